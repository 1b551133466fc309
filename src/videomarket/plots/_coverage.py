"""Chart of what the leaderboard history covers: one row per pool, one mark per known day.

Example::

    >>> import pandas as pd
    >>> from videomarket.plots import coverage_chart
    >>> days = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
    ...     "snapshot_date": pd.to_datetime(["2025-12-01", "2026-08-01"]), "archived": [False, True],
    ...     "evidence": ["B", "A"], "models": [4, 56]})
    >>> coverage_chart(days).alt_text.startswith("Tick chart")
    True
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from videomarket.data.schemas import POOL_LABELS
from videomarket.plots._panels import format_date_axis
from videomarket.plots._style import OKABE_ITO, finish, new_figure
from videomarket.stories import coverage_title, fmt

ARCHIVED_COLOR = OKABE_ITO["blue"]
SECONDARY_COLOR = OKABE_ITO["orange"]


def coverage_chart(days: pd.DataFrame, *, title: str | None = None, source: str | None = None,
                   rescaled: Any = ()) -> Any:
    """One thin tick for each day a pool's archived board is known, a hollow diamond for a day known only
    from the press; a dashed vertical line at each date in ``rescaled`` (changes of rating scale).

    ``days`` is :func:`videomarket.data._coverage.snapshot_coverage` output (optionally filtered).
    """
    pools = _pool_labels(days)
    fig, ax = new_figure(figsize=(9.0, 0.55 * len(pools) + 1.8))
    for y, key in enumerate(pools):
        rows = days[(days["arena"] == key[0]) & (days["category"] == key[1])]
        for archived, face in ((True, ARCHIVED_COLOR), (False, "white")):
            part = rows[rows["archived"] == archived]
            ax.scatter(
                part["snapshot_date"],
                [y] * len(part),
                s=120 if archived else 30,
                marker="|" if archived else "D",
                facecolors=ARCHIVED_COLOR if archived else face,
                edgecolors=None if archived else SECONDARY_COLOR,
                linewidths=0.7 if archived else 1.2,
                label=("archived copy (grade A)" if archived
                       else "press or copied values (B–D)")
                if y == 0
                else None,
                zorder=3,
            )
    for date in pd.to_datetime(pd.Series(list(rescaled), dtype=object)).drop_duplicates():
        ax.axvline(date, color=OKABE_ITO["vermillion"], linestyle="--", linewidth=1.0, zorder=2,
                   label=f"re-rating, {fmt.day(date)}")
    ax.set_yticks(range(len(pools)), list(pools.values()))
    ax.set_ylim(len(pools) - 0.5, -0.5)
    ax.set_xlabel("Date of board")
    format_date_axis(ax)
    ax.legend(loc="upper left", bbox_to_anchor=(0, -0.18), ncol=3, fontsize=9)
    summary = _summary(days, rescaled)
    columns = [c for c in ("arena", "category", "snapshot_date", "archived", "evidence", "models")
               if c in days.columns]
    return finish(
        fig,
        title=title or summary["title"],
        source=source or summary["source"],
        alt=summary["alt"],
        data=days[columns].reset_index(drop=True),
    )


def _pool_labels(days: pd.DataFrame) -> dict[tuple[str, str], str]:
    """Pools in words, in the tables' order (silent before audio, text before image); the arena is
    named only when the chart shows more than one."""
    keys = days[["arena", "category"]].drop_duplicates().astype(str)
    order = {c: i for i, c in enumerate(POOL_LABELS)}
    keys = keys.assign(rank=keys["category"].map(order).fillna(len(order)))
    keys = keys.sort_values(["arena", "rank", "category"], kind="mergesort")
    several = keys["arena"].nunique() > 1
    return {
        (a, c): (f"{a}: " if several else "") + POOL_LABELS.get(c, c)
        for a, c in keys[["arena", "category"]].itertuples(index=False)
    }


def _summary(days: pd.DataFrame, rescaled: Any = ()) -> dict[str, str]:
    """Title (the share of days with an archived board and where the long gaps are), source line naming
    the public sources, and alt text counting every hollow mark, including press values of a pool on a
    day other pools have archived."""
    archived = days[days["archived"]]
    secondary = days[~days["archived"]]
    n_pools = days[["arena", "category"]].drop_duplicates().shape[0]
    archived_days = set(archived["snapshot_date"])
    press_only = {d for d in secondary["snapshot_date"] if d not in archived_days}
    beside = secondary[secondary["snapshot_date"].isin(archived_days)]
    alt = (
        f"Tick chart of known leaderboard days per pool: {days['snapshot_date'].nunique()} distinct days "
        f"across {n_pools} pools; {len(archived_days)} days have an archived copy of at least one pool "
        f"(thin ticks), {len(press_only)} {'day' if len(press_only) == 1 else 'days'} only press or copied "
        "values (hollow diamonds)."
    )
    if len(beside):
        dates = sorted(beside["snapshot_date"].unique())
        marks = len(beside)
        what = "diamond marks press values of a pool" if marks == 1 else "diamonds mark press values of pools"
        alt += (f" {marks} more hollow {what} without an archived copy on "
                + ", ".join(fmt.day(d) for d in dates) + ", when other pools have one.")
    dates = sorted(pd.to_datetime(pd.Series(list(rescaled), dtype=object)).unique())
    if dates:
        alt += (" A dashed vertical line marks the re-anchoring and re-rating of "
                + ", ".join(fmt.day(d) for d in dates) + ".")
    arenas = " and ".join(sorted(days["arena"].astype(str).unique()))
    source = (f"Source: archived copies of the {arenas} boards on GitHub and values quoted by the press; "
              "listed under Sources")
    return {"title": coverage_title(days), "alt": alt, "source": source}
