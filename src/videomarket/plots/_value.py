"""Charts for choosing a model: rating against price with the price–quality frontier, and the top of each
board.

* :func:`quality_vs_price`: one pool; every priced model as a point (colour and marker per
  developer, at most seven developers coloured, the rest grey; 95% interval as a thin bar), the
  price–quality (Pareto) frontier as a staircase with its models labelled (and any others asked for),
  the caller's ``pick`` starred, an optional budget cap shaded. Price on a log axis when prices span
  more than a factor of 8. Views only: the frontier is the table's ``on_frontier`` column
  (:func:`videomarket.guide.with_prices` adds it) and the pick is whatever the caller chose (e.g.
  :func:`videomarket.leaderboard.cheapest_near_top`). Drawing:
  :mod:`videomarket.plots._value_draw`.
* :func:`quality_vs_price_grid`: the same for several pools, one panel each, one legend below.
* :func:`leaders_with_intervals` (from :mod:`videomarket.plots._value_intervals`): the first rows of
  each pool's board with their intervals and the chance of being truly #1.

Titles, subtitles and alt text are computed from the data. Artists carry ``gid`` values for tests:
``"point:<model>"``, ``"interval:<model>"``, ``"frontier"``, ``"frontier-label:<model>"``,
``"pick"``, ``"budget"``.

Example::

    >>> from videomarket import data, guide, leaderboard, plots                     # doctest: +SKIP
    >>> board = guide.with_prices(guide.board_on(data.load_rankings(), category="image-to-video"),
    ...                           data.load_models())                              # doctest: +SKIP
    >>> pick = leaderboard.cheapest_near_top(board)["model"].iloc[0]                # doctest: +SKIP
    >>> plots.quality_vs_price(board, pick=pick,
    ...                        pick_label="cheapest within 20 points of the best")  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from videomarket.data.schemas import POOL_LABELS
from videomarket.plots._panels import day_text
from videomarket.plots._style import finish, house_style, legend_under_panels
from videomarket.plots._value_draw import (
    FRONTIER_MEANING,
    developer_handles,
    developer_styles,
    draw_value,
    label_frontiers,
    price_label,
    value_parts,
)
from videomarket.plots._value_intervals import _with_shared_ranks, report_figure

DEFAULT_SOURCE = (
    "Source: Artificial Analysis video arena (ratings) and Artificial Analysis's archived model list "
    "(list API prices per minute)"
)
DEFAULT_PICK_LABEL = "the pick"
DATA_COLUMNS = ("category", "snapshot_date", "model", "model_name", "developer", "rank", "elo", "ci_low",
                "ci_high", "price_usd_per_min", "price_basis", "on_frontier")


def quality_vs_price(
    priced: pd.DataFrame,
    *,
    pick: str | None = None,
    pick_label: str = DEFAULT_PICK_LABEL,
    budget: float | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    source: str | None = None,
    alt: str | None = None,
    label: tuple[str, ...] | list[str] = (),
    number_rest: bool = False,
) -> Any:
    """Rating against API price per minute for one pool (see the module docstring).

    ``priced`` is :func:`videomarket.guide.with_prices` output (``model``, ``model_name``, ``elo``,
    ``price_usd_per_min``, ``developer``, ``on_frontier``; ``ci_low``/``ci_high`` optional). ``pick``:
    a model id to star, named ``pick_label`` in the legend and the title. ``label``: ids of other
    models to name beside their point (those with a price), e.g. the ones a reader checks.
    ``number_rest``: every other point gets a number beside it (best-rated first), keyed by name and
    price under the subtitle, so that no point is left unnamed.
    """
    parts = value_parts(priced, budget, "quality_vs_price", pick)
    styles = developer_styles(parts["shown"])
    with house_style():
        fig, ax = report_figure(figsize=(9.5, 7.6))
        to_label = draw_value(ax, parts, budget, styles, pick_label=pick_label, label=tuple(label),
                              number_rest=number_rest)
        ax.set_xlabel(price_label(parts["shown"]))
        pool = POOL_LABELS.get(parts["pool"], "")
        ax.set_ylabel(f"Elo rating, {pool.lower()}" if pool else "Rating (Elo; this pool's scale only)")
        handles = developer_handles(parts["shown"], styles, pick_label=pick_label if pick else None,
                                    frontier=not parts["frontier"].empty)
    fig = finish(
        fig,
        title=title or _value_title(parts, budget, pick_label),
        subtitle=(subtitle or _value_subtitle(parts, budget)) + _number_key(to_label),
        source=source or DEFAULT_SOURCE,
        alt=alt or _value_alt(parts, budget, pick_label),
        data=_value_data(parts),
    )
    legend_under_panels(fig, handles, ncols=3, fontsize=9)
    with house_style():
        label_frontiers(fig, [(ax, to_label)])
    return fig


def quality_vs_price_grid(
    priced_boards: dict[str, pd.DataFrame],
    *,
    pick: Mapping[str, str] | None = None,
    pick_label: str = DEFAULT_PICK_LABEL,
    budget: float | None = None,
    title: str | None = None,
    source: str | None = None,
    alt: str | None = None,
) -> Any:
    """One :func:`quality_vs_price` panel per pool of ``{category: priced board}`` (two columns), one
    legend under the panels; ``pick`` maps a pool to the model id starred in its panel."""
    if not priced_boards:
        raise ValueError("quality_vs_price_grid: no pools given")
    picks = dict(pick or {})
    unknown = sorted(set(picks) - set(priced_boards))
    if unknown:
        raise ValueError(f"quality_vs_price_grid: pick given for pool(s) {unknown} that are not drawn")
    parts = {c: value_parts(t, budget, f"quality_vs_price_grid[{c}]", picks.get(c))
             for c, t in priced_boards.items()}
    shown = pd.concat([p["shown"] for p in parts.values()], ignore_index=True)
    styles = developer_styles(shown)  # one colour per developer across the panels
    ncols = 2 if len(parts) > 1 else 1
    nrows = -(-len(parts) // ncols)
    with house_style():
        fig, axes = report_figure(nrows, ncols, figsize=(10.0, 4.6 * nrows + 1.2), squeeze=False)
        flat = [ax for row in axes for ax in row]
        to_label = []
        for ax, (category, part) in zip(flat, parts.items(), strict=False):
            to_label.append((ax, draw_value(ax, part, budget, styles, pick_label=pick_label)))
            ax.set_title(
                f"{POOL_LABELS.get(category, category)}, {day_text(part['date'])}"
                if part["date"] is not None
                else POOL_LABELS.get(category, category),
                fontsize=10,
            )
            ax.set_xlabel(price_label(part["shown"]))
            ax.set_ylabel("Rating (Elo, this pool)")
        for ax in flat[len(parts) :]:
            ax.set_visible(False)
        handles = developer_handles(shown, styles, pick_label=pick_label if picks else None,
                                    frontier=any(not p["frontier"].empty for p in parts.values()))
    fig = finish(
        fig,
        title=title or _grid_title(parts, pick_label),
        source=source or DEFAULT_SOURCE,
        subtitle=f"Ratings compare only within a panel. Staircase: price–quality frontier "
        f"({FRONTIER_MEANING})." + (f" Star: {pick_label}." if picks else "") + _budget_text(budget),
        alt=alt or " ".join(_value_alt(p, budget, pick_label) for p in parts.values()),
        data=pd.concat([_value_data(p, c) for c, p in parts.items()], ignore_index=True),
    )
    legend_under_panels(fig, handles, ncols=4, fontsize=9)
    with house_style():
        label_frontiers(fig, to_label)
    return fig


def _value_data(parts: dict[str, Any], category: str | None = None) -> pd.DataFrame:
    shown = parts["shown"] if category is None else parts["shown"].assign(category=category)
    # models sharing a rating share a rank in the download, as in the tables ("=25": 25 and 25)
    shown = _with_shared_ranks(shown.sort_values("rank")) if "rank" in shown.columns else shown
    data = shown[[c for c in DATA_COLUMNS if c in shown.columns]].sort_values(
        ["price_usd_per_min", "elo"], ascending=[True, False])
    pick = parts["pick"]
    return data.assign(pick=data["model"].astype(str) == (str(pick["model"]) if pick is not None else None))


def _number_key(labelled: pd.DataFrame) -> str:
    """The key to the numbered points (:func:`draw_value` with ``number_rest``): "" when none."""
    numbered = labelled.attrs.get("numbered")
    if numbered is None or numbered.empty:
        return ""
    return " Numbered points: " + "; ".join(
        f"{n} {r.model_name} · USD {r.price_usd_per_min:.2f}" for n, r in zip(numbered["number"],
                                                                           numbered.itertuples(), strict=True)
    ) + "."


def _value_title(parts: dict[str, Any], budget: float | None, pick_label: str) -> str:
    shown = parts["shown"]
    if budget is not None:
        shown = shown[shown["price_usd_per_min"] <= budget]
    if shown.empty:
        return f"No priced model costs USD {budget:.2f}/min or less on this board"
    top = shown.sort_values(["elo", "price_usd_per_min"], ascending=[False, True]).iloc[0]
    scope = "Among priced models" if budget is None else f"Within USD {budget:.2f}/min"
    head = f"{scope}, {top['model_name']} rates highest (USD {top['price_usd_per_min']:.2f}/min)"
    pick = parts["pick"]
    if pick is None:
        return head
    if pick["model"] == top["model"]:
        return head + f" and is also {pick_label}"
    return head + f"; {pick_label}: {pick['model_name']} (USD {pick['price_usd_per_min']:.2f}/min)"


def _value_subtitle(parts: dict[str, Any], budget: float | None) -> str:
    pool = POOL_LABELS.get(parts["pool"], parts["pool"]).lower()
    when = f" on {day_text(parts['date'])}" if parts["date"] is not None else ""
    text = f"Artificial Analysis {pool} board{when}. " + _unpriced_text(parts)
    if not parts["frontier"].empty:
        text += f" Dashed staircase: the price–quality frontier ({FRONTIER_MEANING})."
    return (text + _budget_text(budget)).strip()


def _unpriced_text(parts: dict[str, Any]) -> str:
    unpriced = parts["unpriced"]
    if unpriced.empty:
        return ""
    top = parts["top_all"]
    lead = (
        f", including the board's top-rated {top['model_name']}" if pd.isna(top["price_usd_per_min"]) else ""
    )
    many = len(unpriced) != 1
    # a listing repeating another's rating and interval exactly is one model (the notes' counting rule)
    keys = [c for c in ("elo", "ci_low", "ci_high") if c in unpriced.columns]
    models = len(unpriced.drop_duplicates(keys)) if keys else len(unpriced)
    if models != len(unpriced):
        return (f"Not shown: {len(unpriced)} listings ({models} model{'s' if models != 1 else ''}) without a "
                f"list price{lead}.")
    return f"Not shown: {len(unpriced)} model{'s' if many else ''} without a list price{lead}."


def _budget_text(budget: float | None) -> str:
    return f" Shaded: over the USD {budget:.2f}/min budget." if budget is not None else ""


def _value_alt(parts: dict[str, Any], budget: float | None, pick_label: str) -> str:
    shown, frontier, pick = parts["shown"], parts["frontier"], parts["pick"]
    pool = POOL_LABELS.get(parts["pool"], parts["pool"]).lower() or "one pool"
    steps = ", ".join(
        f"{r.model_name} ({r.elo:.0f} at USD {r.price_usd_per_min:.2f}/min)" for r in frontier.itertuples()
    )
    text = (
        f"Scatter of {len(shown)} priced models on the {pool} board: rating against API price per minute. "
        f"Price–quality frontier from cheapest: {steps}."
    )
    if pick is not None:
        where = f"{pick['elo']:.0f} at USD {pick['price_usd_per_min']:.2f}/min"
        text += f" Starred, {pick_label}: {pick['model_name']} ({where})."
    if budget is not None:
        text += f" Budget cap USD {budget:.2f}/min."
    return text + (" " + _unpriced_text(parts) if not parts["unpriced"].empty else "")


def _grid_title(parts: dict[str, dict[str, Any]], pick_label: str) -> str:
    picks = [p["pick"]["model_name"] for p in parts.values() if p["pick"] is not None]
    if picks:
        counts = pd.Series(picks).value_counts(sort=False)
        named = ", ".join(f"{name} ({n} pools)" if n > 1 else str(name) for name, n in counts.items())
        return f"{pick_label[:1].upper()}{pick_label[1:]} across the {len(parts)} pools: {named}"
    tops = []
    for part in parts.values():
        top = part["shown"].sort_values(["elo", "price_usd_per_min"], ascending=[False, True]).iloc[0]
        tops.append(f"{top['model_name']} (USD {top['price_usd_per_min']:.2f}/min)")
    return f"Best-rated priced model in each of the {len(parts)} pools: {', '.join(dict.fromkeys(tops))}"
