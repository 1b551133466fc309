"""Charts for choosing a model: rating against price with the Pareto frontier, and the top of each board.

* :func:`quality_vs_price`: one pool; every priced model as a point (colour and marker per
  developer, 95% interval as a thin bar), the Pareto frontier as a staircase with its models
  labelled, the best rating per dollar starred, an optional budget cap shaded. Price on a log axis
  when prices span more than a factor of 8. Drawing: :mod:`videomarket.plots._value_draw`.
* :func:`quality_vs_price_grid`: the same for several pools, one panel each, one developer legend.
* :func:`leaders_with_intervals` (from :mod:`videomarket.plots._value_intervals`): the first rows of
  each pool's board with their intervals and the chance of being truly #1.

Titles, subtitles and alt text are computed from the data. Artists carry ``gid`` values for tests:
``"point:<model>"``, ``"interval:<model>"``, ``"frontier"``, ``"frontier-label:<model>"``,
``"best-value"``, ``"budget"``.

Example::

    >>> from videomarket import data, guide, plots                 # doctest: +SKIP
    >>> board = guide.board_on(data.load_rankings(), category="image-to-video")  # doctest: +SKIP
    >>> plots.quality_vs_price(guide.with_prices(board, data.load_models()))  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from videomarket.plots._panels import day_text
from videomarket.plots._style import finish, house_style
from videomarket.plots._value_draw import developer_handles, draw_value, price_label, value_parts
from videomarket.plots._value_intervals import POOL_NAMES, report_figure

DEFAULT_SOURCE = (
    "Source: Artificial Analysis video arena (ratings) and AA's archived model list (API prices "
    "per minute, ~Aug–Sep 2026), via the videomarket rankings and model tables"
)


def quality_vs_price(
    priced: pd.DataFrame,
    *,
    budget: float | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    source: str | None = None,
    alt: str | None = None,
) -> Any:
    """Rating against API price per minute for one pool (see the module docstring).

    ``priced`` is :func:`videomarket.guide._value.with_prices` output (``model``, ``model_name``,
    ``elo``, ``price_usd_per_min``, ``developer``; ``ci_low``/``ci_high`` optional).
    """
    parts = value_parts(priced, budget, "quality_vs_price")
    with house_style():
        fig, ax = report_figure(figsize=(9.5, 6.2))
        draw_value(ax, parts, budget, label_size=8.0)
        ax.set_xlabel(price_label(parts["shown"]))
        ax.set_ylabel("Rating (Elo; this pool's scale only)")
        ax.legend(handles=developer_handles(parts["shown"]), loc="lower right", fontsize=7.5, ncols=2)
    return finish(
        fig,
        title=title or _value_title(parts, budget),
        subtitle=subtitle or _value_subtitle(parts, budget),
        source=source or DEFAULT_SOURCE,
        alt=alt or _value_alt(parts, budget),
    )


def quality_vs_price_grid(
    priced_boards: dict[str, pd.DataFrame],
    *,
    budget: float | None = None,
    title: str | None = None,
    source: str | None = None,
    alt: str | None = None,
) -> Any:
    """One :func:`quality_vs_price` panel per pool of ``{category: priced board}`` (two columns)."""
    if not priced_boards:
        raise ValueError("quality_vs_price_grid: no pools given")
    parts = {c: value_parts(t, budget, f"quality_vs_price_grid[{c}]") for c, t in priced_boards.items()}
    ncols = 2 if len(parts) > 1 else 1
    nrows = -(-len(parts) // ncols)
    with house_style():
        fig, axes = report_figure(nrows, ncols, figsize=(12.0, 4.3 * nrows + 0.4), squeeze=False)
        flat = [ax for row in axes for ax in row]
        for ax, (category, part) in zip(flat, parts.items(), strict=False):
            draw_value(ax, part, budget, label_size=6.8)
            ax.set_title(
                f"{POOL_NAMES.get(category, category)}, {day_text(part['date'])}"
                if part["date"] is not None
                else POOL_NAMES.get(category, category),
                fontsize=9.5,
            )
            ax.set_xlabel(price_label(part["shown"]), fontsize=8.5)
            ax.set_ylabel("Rating (Elo, this pool)", fontsize=8.5)
        for ax in flat[len(parts) :]:
            ax.set_visible(False)
        shown = pd.concat([p["shown"] for p in parts.values()], ignore_index=True)
        fig.legend(handles=developer_handles(shown), loc="outside right upper", ncols=1, fontsize=7.5)
    return finish(
        fig,
        title=title or _grid_title(parts),
        source=source or DEFAULT_SOURCE,
        subtitle="Ratings compare only within a panel. Staircase: Pareto frontier (no model both "
        "better and cheaper). Star: most rating per dollar." + _budget_text(budget),
        alt=alt or " ".join(_value_alt(p, budget) for p in parts.values()),
    )


def _value_title(parts: dict[str, Any], budget: float | None = None) -> str:
    shown = parts["shown"]
    if budget is not None:
        shown = shown[shown["price_usd_per_min"] <= budget]
    if shown.empty:
        return f"No priced model costs USD {budget:g}/min or less on this board"
    top = shown.sort_values(["elo", "price_usd_per_min"], ascending=[False, True]).iloc[0]
    scope = "Among priced models" if budget is None else f"Within USD {budget:g}/min"
    head = f"{scope}, {top['model_name']} rates highest (USD {top['price_usd_per_min']:g}/min)"
    best = parts["best"]
    if best["model"] == top["model"]:
        return head + " and also gives the most rating per dollar"
    price = f"USD {best['price_usd_per_min']:g}/min"
    return head + f"; {best['model_name']} gives the most rating per dollar ({price})"


def _value_subtitle(parts: dict[str, Any], budget: float | None) -> str:
    pool = POOL_NAMES.get(parts["pool"], parts["pool"]).lower()
    when = f" on {day_text(parts['date'])}" if parts["date"] is not None else ""
    text = f"Artificial Analysis {pool} board{when}. " + _unpriced_text(parts) + _budget_text(budget)
    return text.strip()


def _unpriced_text(parts: dict[str, Any]) -> str:
    unpriced = parts["unpriced"]
    if unpriced.empty:
        return ""
    top = parts["top_all"]
    lead = (
        f", including the board's top-rated {top['model_name']}" if pd.isna(top["price_usd_per_min"]) else ""
    )
    return f"Not shown: {len(unpriced)} model(s) without a listed price{lead}."


def _budget_text(budget: float | None) -> str:
    return f" Shaded: over the USD {budget:g}/min budget." if budget is not None else ""


def _value_alt(parts: dict[str, Any], budget: float | None) -> str:
    shown, frontier, best = parts["shown"], parts["frontier"], parts["best"]
    pool = POOL_NAMES.get(parts["pool"], parts["pool"]).lower() or "one pool"
    steps = ", ".join(
        f"{r.model_name} ({r.elo:.0f} at USD {r.price_usd_per_min:g})" for r in frontier.itertuples()
    )
    text = (
        f"Scatter of {len(shown)} priced models on the {pool} board: rating against API price per minute. "
        f"Pareto frontier from cheapest: {steps}."
    )
    if best is not None:
        text += f" Most rating per dollar: {best['model_name']}."
    if budget is not None:
        text += f" Budget cap USD {budget:g}/min."
    return text + (" " + _unpriced_text(parts) if not parts["unpriced"].empty else "")


def _grid_title(parts: dict[str, dict[str, Any]]) -> str:
    bests = [p["best"]["model_name"] for p in parts.values() if p["best"] is not None]
    if not bests:
        return "No priced model fits the budget in any pool"
    counts = pd.Series(bests).value_counts()
    named = ", ".join(f"{name} ({n} pools)" if n > 1 else str(name) for name, n in counts.items())
    return f"Most rating per dollar across the {len(parts)} pools: {named}"
