"""The P(#1) timeline: how sure each day's leader was, board by board, epochs kept apart.

Re-exported by :mod:`videomarket.plots._ratings` and :mod:`videomarket.plots`. Artists carry ``gid``
values: ``p_leader:<epoch>``, ``p_runner_up:<epoch>``, ``leader_points:<epoch>``, ``could_be_first``
(one per bar) and ``epoch-break``.

Example::

    >>> from videomarket import data, leaderboard, plots                                  # doctest: +SKIP
    >>> history = leaderboard.leader_probability_history(data.load_rankings(), "Artificial Analysis",
    ...                                                "text-to-video")                  # doctest: +SKIP
    >>> plots.leader_probability_timeline(history)                                       # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from videomarket.plots._panels import (
    break_dates,
    date_range_text,
    day_text,
    default_source,
    format_date_axis,
    mark_epoch_breaks,
    pool_text,
    require_table,
)
from videomarket.plots._style import MUTED_COLOR, OKABE_ITO, creator_color, finish, house_style, new_figure
from videomarket.stories import fmt


def leader_probability_timeline(
    history: pd.DataFrame,
    *,
    threshold: float = 0.95,
    title: str | None = None,
    source: str | None = None,
    alt: str | None = None,
) -> Any:
    """P(the day's leader is truly #1) and P(it beats the runner-up) per board; below, how many models
    the board cannot rule out as #1. Lines never join across a re-anchoring (dashed rule) nor
    across a change of leader.

    ``history``: :func:`videomarket.leaderboard.leader_probability_history`; the re-anchorings are
    read from its ``scale_epoch`` column.
    """
    table = require_table(
        history,
        ("snapshot_date", "scale_epoch", "model", "p_leader", "n_could_be_first"),
        "leader_probability_timeline",
    )
    breaks = break_dates(table)
    with house_style():
        fig, (top, bottom) = new_figure(2, 1, figsize=(9.0, 6.0), sharex=True, height_ratios=(3, 1.3))
        # One line per run of boards with the same epoch and leader: no line joins two scales or two leaders.
        run = (
            (table[["scale_epoch", "model"]] != table[["scale_epoch", "model"]].shift()).any(axis=1).cumsum()
        )
        for _, rows in table.groupby(run, sort=True):
            _probability_lines(top, rows, str(rows["scale_epoch"].iloc[0]))
        top.axhline(100 * threshold, color=MUTED_COLOR, linestyle=":", linewidth=1.0)
        top.annotate(
            f"{fmt.pct(threshold, 0)}",
            xy=(0, 100 * threshold),
            xycoords=("axes fraction", "data"),
            xytext=(2, 2),
            textcoords="offset points",
            fontsize=8,
            color="#555555",
        )
        lowest = 100 * float(
            min(table["p_leader"].min(), table.get("p_beats_runner_up", table["p_leader"]).min())
        )
        top.set_ylim(min(80.0, 10 * np.floor((lowest - 3) / 10)), 101)
        top.set_ylabel("Probability (%)")
        top.legend(
            handles=_timeline_legend(table), loc="lower left", bbox_to_anchor=(0.0, 1.0), fontsize=8, ncols=2
        )
        bars = bottom.bar(
            table["snapshot_date"],
            table["n_could_be_first"],
            width=1.6,
            color=MUTED_COLOR,
            edgecolor="#777777",
            linewidth=0.6,
        )
        for bar in bars:
            bar.set_gid("could_be_first")
        bottom.set_ylim(0, max(3, int(table["n_could_be_first"].max())) + 0.5)
        bottom.set_ylabel("Could be #1\n(models)")
        bottom.set_xlabel("Snapshot date (archived boards with 95% intervals)")
        format_date_axis(bottom)
        for ax in (top, bottom):
            mark_epoch_breaks(ax, breaks)
    below = table[table["p_leader"] < threshold]
    latest = table.iloc[-1]
    weakest = table.loc[table["p_leader"].idxmin()]
    pool = pool_text(table)
    default_title = (
        f"The #1 was less than {fmt.pct(threshold, 0)} sure on {len(below)} of "
        f"{len(table)} archived boards; {latest['model_name']} is {fmt.pct(latest['p_leader'], 0)} "
        "likely to be truly #1 on the latest"
    )
    default_alt = (
        f"Two-panel time series for the {pool} board, {date_range_text(table['snapshot_date'])}, "
        f"{len(table)} archived boards in {table['scale_epoch'].nunique()} scale epoch(s)"
        f"{' separated by a dashed rule at the re-anchoring' if breaks else ''}. Top: probability that the "
        f"day's leader is truly #1 (markers coloured by developer) and that it beats the runner-up. "
        f"It is below {fmt.pct(threshold, 0)} on {len(below)} boards; lowest "
        f"{fmt.pct(weakest['p_leader'])} for {weakest['model_name']} on "
        f"{day_text(weakest['snapshot_date'])}; latest {fmt.pct(latest['p_leader'])} for "
        f"{latest['model_name']} on {day_text(latest['snapshot_date'])}. "
        f"Bottom: models whose interval does not lie entirely below another's (could be #1), between "
        f"{int(table['n_could_be_first'].min())} and {int(table['n_could_be_first'].max())} per board."
    )
    return finish(
        fig,
        title=title or default_title,
        subtitle=pool or None,
        source=source or default_source(table),
        alt=alt or default_alt,
    )


def _probability_lines(ax: Any, rows: pd.DataFrame, epoch: str) -> None:
    dates = rows["snapshot_date"].to_numpy()
    (line,) = ax.plot(dates, 100 * rows["p_leader"], color="#333333", linewidth=1.4, zorder=2)
    line.set_gid(f"p_leader:{epoch}")
    if "p_beats_runner_up" in rows.columns:
        (runner,) = ax.plot(
            dates,
            100 * rows["p_beats_runner_up"],
            color=OKABE_ITO["sky_blue"],
            linestyle="--",
            linewidth=1.2,
            zorder=1,
        )
        runner.set_gid(f"p_runner_up:{epoch}")
    creators = rows["creator"] if "creator" in rows.columns else pd.Series("", index=rows.index)
    for creator, group in rows.groupby(creators.astype(str), sort=False):
        (points,) = ax.plot(
            group["snapshot_date"].to_numpy(),
            100 * group["p_leader"],
            linestyle="None",
            marker="o",
            markersize=6,
            color=creator_color(creator),
            zorder=3,
        )
        points.set_gid(f"leader_points:{epoch}")


def _timeline_legend(table: pd.DataFrame) -> list[Any]:
    from matplotlib.lines import Line2D

    handles = [
        Line2D([], [], color="#333333", label="P(leader is truly #1)"),
        Line2D([], [], color=OKABE_ITO["sky_blue"], linestyle="--", label="P(leader beats runner-up)"),
    ]
    # One entry per marker colour: developers without a colour of their own share grey, so their
    # leaders share an entry instead of showing two identical swatches.
    leaders = table[["model_name", "creator"]].drop_duplicates("model_name")
    colours = leaders["creator"].astype(str).map(creator_color)
    for colour, names in leaders.groupby(colours, sort=False)["model_name"]:
        label = "leader: " + " / ".join(names.astype(str))
        handles.append(Line2D([], [], linestyle="None", marker="o", color=colour, label=label))
    return handles
