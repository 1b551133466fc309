"""The top of each board with 95% intervals and the chance of being truly #1 (a chart of
:mod:`videomarket.plots._value`), plus the pieces the value charts share.

Artists carry ``gid`` values for tests: ``"point:<model>"`` and ``"interval:<model>"`` (and
``"clipped:<model>"`` for a row drawn at the panel's edge); each row's tick label ends with its chance
of being truly #1, e.g. ``"#1 Wan 3.0 · 83%"``. A row far below the others (its interval ends more than
:data:`OUTLIER_WIDTHS` median interval widths below the row above) does not set the panel's range: it
is drawn at the left edge as an arrow with its rating, so one outlier cannot squash the rest.

Example::

    >>> from videomarket import data, guide, plots                                  # doctest: +SKIP
    >>> board = guide.board_on(data.load_rankings())                                 # doctest: +SKIP
    >>> plots.leaders_with_intervals({"text-to-video": guide.board_top(board, 8)})   # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from videomarket.data.schemas import POOL_LABELS
from videomarket.plots._panels import day_text, require_table
from videomarket.plots._panels import short_name as _short
from videomarket.plots._style import DPI, OKABE_ITO, finish, house_style, new_figure
from videomarket.stories import chance_text

RATINGS_SOURCE = "Source: Artificial Analysis video arena (ratings and their 95% intervals)"
SAME_AS = "Same entry as (listed twice, counted once)"  # the download's column for a repeated entry
NAME_LIMIT = 28  # characters of a model name in a row label: "Dreamina Seedance 2.0 720p" whole
OUTLIER_WIDTHS = 2.0  # a gap to the row above wider than this many median interval widths: drawn clipped


def leaders_with_intervals(
    tops: dict[str, pd.DataFrame],
    *,
    title: str | None = None,
    subtitle: str | None = None,
    source: str | None = None,
    alt: str | None = None,
) -> Any:
    """The first rows of each pool's board, best on top, with 95% intervals and the chance of being
    truly #1.

    ``tops`` maps a pool to :func:`videomarket.guide.board_top` output. Rows without an interval
    are hollow points; their chance is shown as "no interval". A row with ``same_as`` (an entry listed
    twice, counted once) reads "counted once" and names that entry in the download.
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
            ax.set_title(f"{POOL_LABELS.get(category, category)}{when}", fontsize=10, loc="right")
        for ax in flat[len(tables) :]:
            ax.set_visible(False)
    # models sharing a rating share a rank in the download too ("=2" on the chart: 2 and 2, not 2 and 3)
    data = pd.concat([_with_shared_ranks(t).assign(category=c) for c, t in tables.items()], ignore_index=True)
    data = data.rename(columns={"same_as": SAME_AS})
    columns = ("category", "snapshot_date", "rank", "model", "model_name", "creator", "elo", "ci_low",
               "ci_high", "p_leader", SAME_AS)
    return finish(
        fig,
        title=title or _intervals_title(tables),
        source=source or RATINGS_SOURCE,
        subtitle=subtitle or _intervals_subtitle(tables),
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


def _intervals_subtitle(tables: dict[str, pd.DataFrame]) -> str:
    text = ("Bars: published 95% intervals. The percentage after each name: its chance of being truly first "
            "on its board, from those intervals read as independent.")
    if any(_inverted(t) for t in tables.values()):
        text += " A model ranked lower can show a higher chance when its interval is wider."
    return text


def _inverted(table: pd.DataFrame) -> bool:
    """True when a row shows a higher chance (as printed, at least 1%) than a row ranked above it."""
    rows = table.dropna(subset=["p_leader"]).sort_values(["rank", "elo"], ascending=[True, False])
    chances = rows["p_leader"].astype(float).round(2).tolist()
    return any(low >= 0.01 and low > min(chances[:i]) for i, low in enumerate(chances) if i)


def _outliers(rows: pd.DataFrame) -> pd.Series:
    """Rows whose interval (or rating) ends more than :data:`OUTLIER_WIDTHS` median interval widths below
    the lowest point of the rows above them, and every row after the first such one."""
    low = rows["ci_low"].where(rows["ci_low"].notna(), rows["elo"]).astype(float)
    high = rows["ci_high"].where(rows["ci_high"].notna(), rows["elo"]).astype(float)
    width = (high - low).median()
    if not width or pd.isna(width):
        return pd.Series(False, index=rows.index)
    floor = low.cummin().shift()
    far = (floor - high) > OUTLIER_WIDTHS * width
    return far.cummax().fillna(False).astype(bool)


def _with_shared_ranks(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with tied models (same rating) given the best of their ranks (:func:`_shared_ranks`)."""
    if "rank" not in table.columns or "elo" not in table.columns or table.empty:
        return table
    return table.assign(rank=_shared_ranks(table.reset_index(drop=True))[1])


def _shared_ranks(rows: pd.DataFrame) -> tuple[list[str], list[int]]:
    """Each row's rank mark and rank: models sharing a rating share the best of their ranks ("=2").

    >>> _shared_ranks(pd.DataFrame({"rank": [1, 2, 3], "elo": [9.0, 8.0, 8.0]}))
    (['#', '=', '='], [1, 2, 2])
    """
    tied = rows["elo"].duplicated(keep=False) & rows["elo"].notna()
    shared = rows.groupby("elo")["rank"].transform("min").where(tied, rows["rank"])
    return ["=" if t else "#" for t in tied], [int(r) for r in shared]


def _draw_intervals(ax: Any, table: pd.DataFrame) -> None:
    rows = table.sort_values(["rank", "elo"], ascending=[True, False]).reset_index(drop=True)
    names = rows["model_name"] if "model_name" in rows.columns else rows["model"]
    # One colour for every row: colour would otherwise encode the developer with no legend to read it by.
    style = {"color": OKABE_ITO["blue"], "marker": "o"}
    clipped = _outliers(rows)
    kept = rows[~clipped]
    left = float(kept["ci_low"].where(kept["ci_low"].notna(), kept["elo"]).min())
    right = float(kept["ci_high"].where(kept["ci_high"].notna(), kept["elo"]).max())
    pad = max((right - left) * 0.06, 1.0)
    for y, row in rows.iterrows():
        if clipped.iloc[y]:
            (edge,) = ax.plot([left - pad * 0.5], [y], linestyle="None", marker="<", markersize=7,
                              color=style["color"], markerfacecolor="white")
            edge.set_gid(f"clipped:{row['model']}")
            ax.annotate(f"{row['elo']:.0f}, off the scale", xy=(left - pad * 0.5, y), xytext=(7, 0),
                        textcoords="offset points", va="center", fontsize=9, color="#444444")
            continue
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
    # a repeat the board lists twice (guide.board_top's show_repeats) has no chance of its own
    repeats = rows["same_as"] if "same_as" in rows.columns else pd.Series(pd.NA, index=rows.index)
    labels = [
        f"{mark}{int(r)} {_short(n, NAME_LIMIT)} · {'counted once' if pd.notna(s) else _chance(p)}"
        for mark, r, n, p, s in zip(*_shared_ranks(rows), names, rows["p_leader"], repeats, strict=True)
    ]
    ax.set_yticks(range(len(rows)), labels, fontsize=9)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlim(left - pad, right + pad)
    ax.grid(False, axis="y")
    ax.set_xlabel("Rating (Elo, this pool)", fontsize=9.5)


def _chance(p: object) -> str:
    return "no interval" if pd.isna(p) else chance_text(p)


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
        chance = chance if chance == "no interval" else f"{chance} chance of being truly #1"
        parts.append(
            f"{POOL_LABELS.get(category, category)}: {name} leads at {first['elo']:.0f} ({chance}), "
            f"{len(table)} rows shown"
        )
    return "Dot-and-interval chart of the top of each board. " + "; ".join(parts) + "."
