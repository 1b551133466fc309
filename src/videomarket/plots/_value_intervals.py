"""The top of each board with 95% intervals and the chance of being truly #1 (a chart of
:mod:`videomarket.plots._value`), plus the pieces the value charts share.

Artists carry ``gid`` values for tests: ``"point:<model>"`` and ``"interval:<model>"``; each row's
tick label ends with its chance, e.g. ``"#1 Wan 3.0 · P(#1) 83%"``.

Example::

    >>> from videomarket import data, guide, plots                                  # doctest: +SKIP
    >>> board = guide.board_on(data.load_rankings())                                 # doctest: +SKIP
    >>> plots.leaders_with_intervals({"text-to-video": guide.board_top(board, 8)})   # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from videomarket.plots._panels import day_text, require_table
from videomarket.plots._panels import short_name as _short
from videomarket.plots._style import DPI, OKABE_ITO, finish, house_style, new_figure
from videomarket.stories import chance_text

POOL_NAMES = {
    "text-to-video": "Text to video (silent)",
    "image-to-video": "Image to video (silent)",
    "text-to-video-audio": "Text to video with audio",
    "image-to-video-audio": "Image to video with audio",
}
RATINGS_SOURCE = "Source: Artificial Analysis video arena (ratings), via the videomarket rankings table"
NAME_LIMIT = 28  # characters of a model name in a row label: "Dreamina Seedance 2.0 720p" whole


def leaders_with_intervals(
    tops: dict[str, pd.DataFrame],
    *,
    title: str | None = None,
    subtitle: str | None = None,
    source: str | None = None,
    alt: str | None = None,
) -> Any:
    """The first rows of each pool's board, best on top, with 95% intervals and P(truly #1).

    ``tops`` maps a pool to :func:`videomarket.guide.board_top` output. Rows without an interval
    are hollow points; their chance is shown as "no interval".
    """
    if not tops:
        raise ValueError("leaders_with_intervals: no pools given")
    tables = {
        c: require_table(t, ("model", "elo", "ci_low", "ci_high", "p_leader"), "leaders_with_intervals")
        for c, t in tops.items()
    }
    ncols = 2 if len(tables) > 1 else 1
    nrows = -(-len(tables) // ncols)
    height = max(len(t) for t in tables.values())
    with house_style():
        fig, axes = report_figure(nrows, ncols, figsize=(10.0, (0.34 * height + 1.4) * nrows), squeeze=False)
        flat = [ax for row in axes for ax in row]
        for ax, (category, table) in zip(flat, tables.items(), strict=False):
            _draw_intervals(ax, table)
            date = table["snapshot_date"].iloc[0] if "snapshot_date" in table.columns else None
            when = f", {day_text(date)}" if date is not None and pd.notna(date) else ""
            # Right-aligned: a left title starts over the plot and ran off a narrow panel's right edge.
            ax.set_title(f"{POOL_NAMES.get(category, category)}{when}", fontsize=10, loc="right")
        for ax in flat[len(tables) :]:
            ax.set_visible(False)
    data = pd.concat([t.assign(category=c) for c, t in tables.items()], ignore_index=True)
    columns = ("category", "snapshot_date", "rank", "model", "model_name", "creator", "elo", "ci_low",
               "ci_high", "p_leader")
    return finish(
        fig,
        title=title or _intervals_title(tables),
        source=source or RATINGS_SOURCE,
        subtitle=subtitle
        or (
            "Bars: published 95% intervals. P(#1): how likely the model is to be truly first on its "
            "board, from those intervals read as independent."
        ),
        alt=alt or _intervals_alt(tables),
        data=data[[c for c in columns if c in data.columns]],
    )


def report_figure(nrows: int = 1, ncols: int = 1, **kwargs: Any) -> tuple[Any, Any]:
    """A house figure laid out at the PNG's resolution.

    Text is relatively wider at 150 dpi than at the default 100, so a layout computed at 100 dpi
    clips long tick labels in the PNG.
    """
    fig, axes = new_figure(nrows, ncols, **kwargs)
    fig.set_dpi(DPI)
    return fig, axes


def _draw_intervals(ax: Any, table: pd.DataFrame) -> None:
    rows = table.sort_values(["rank", "elo"], ascending=[True, False]).reset_index(drop=True)
    names = rows["model_name"] if "model_name" in rows.columns else rows["model"]
    # One colour for every row: colour would otherwise encode the developer with no legend to read it by.
    style = {"color": OKABE_ITO["blue"], "marker": "o"}
    for y, row in rows.iterrows():
        has_ci = pd.notna(row["ci_low"]) and pd.notna(row["ci_high"])
        if has_ci:
            (bar,) = ax.plot(
                [row["ci_low"], row["ci_high"]],
                [y, y],
                color=style["color"],
                linewidth=2.2,
                alpha=0.55,
                solid_capstyle="butt",
            )
            bar.set_gid(f"interval:{row['model']}")
        (point,) = ax.plot(
            [row["elo"]],
            [y],
            linestyle="None",
            marker=style["marker"],
            markersize=6.5,
            color=style["color"],
            markerfacecolor=style["color"] if has_ci else "white",
        )
        point.set_gid(f"point:{row['model']}")
    labels = [
        f"#{int(r)} {_short(n, NAME_LIMIT)} · {_chance(p)}"
        for r, n, p in zip(rows["rank"], names, rows["p_leader"], strict=True)
    ]
    ax.set_yticks(range(len(rows)), labels, fontsize=9)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.grid(False, axis="y")
    ax.set_xlabel("Rating (Elo, this pool)", fontsize=9.5)


def _chance(p: object) -> str:
    return "no interval" if pd.isna(p) else f"P(#1) {chance_text(p)}"


def _intervals_title(tables: dict[str, pd.DataFrame]) -> str:
    leads = [float(t["p_leader"].iloc[0]) for t in tables.values() if pd.notna(t["p_leader"].iloc[0])]
    sure = sum(round(p, 2) >= 0.95 for p in leads)  # as the labels print it: 94.6% reads "95%"
    if not leads:
        return "No interval is published for these boards, so no lead can be called certain"
    return (
        f"{sure} of {len(leads)} pool leads {'is' if sure == 1 else 'are'} near-certain "
        f"(at least 95% likely to be truly #1)"
    )


def _intervals_alt(tables: dict[str, pd.DataFrame]) -> str:
    parts = []
    for category, table in tables.items():
        first = table.sort_values(["rank", "elo"], ascending=[True, False]).iloc[0]
        name = first["model_name"] if "model_name" in table.columns else first["model"]
        chance = _chance(first["p_leader"])
        parts.append(
            f"{POOL_NAMES.get(category, category)}: {name} leads at {first['elo']:.0f} ({chance}), "
            f"{len(table)} rows shown"
        )
    return "Dot-and-interval chart of the top of each board. " + "; ".join(parts) + "."
