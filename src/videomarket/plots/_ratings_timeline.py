"""The leader's-chance timeline: how sure each day's leader was, board by board, epochs kept apart.

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

from videomarket.leaderboard import canonical_creator
from videomarket.plots._panels import (
    break_dates,
    chart_data,
    date_range_text,
    day_text,
    default_source,
    mark_epoch_breaks,
    pool_text,
    require_table,
)
from videomarket.plots._style import (
    MUTED_COLOR,
    finish,
    house_style,
    new_figure,
    percent_for_download,
    series_colors,
)
from videomarket.stories import fmt

GAP_DAYS = 7  # a line never bridges more days than this without a board (nothing drawn where nothing seen)
LEADER_LINE = "#8A8A8A"  # P(#1): a wide grey line under everything else
RUNNER_UP_LINE = "#332288"  # P(beats runner-up): a dark dashed line on top, so it shows where they coincide


def leader_probability_timeline(
    history: pd.DataFrame,
    *,
    threshold: float = 0.95,
    runner_up: bool = True,
    title: str | None = None,
    source: str | None = None,
    alt: str | None = None,
    rebuilt: pd.DataFrame | None = None,
    mark_twice: bool = False,
    note: str | None = None,
) -> Any:
    """The chance that the day's leader is truly #1, and that it is above the runner-up, per board;
    below, how many models the board cannot rule out as #1. Lines never join across a re-anchoring
    (dashed rule), a change of leader, or more than :data:`GAP_DAYS` days without a board. Markers
    are coloured by leader (one colour per model); the legend names each leader with its developer
    (:func:`leader_label`).

    ``history``: :func:`videomarket.leaderboard.leader_probability_history`; the re-anchorings are
    read from its ``scale_epoch`` column. ``runner_up=False`` leaves out the chance that the leader is
    above the runner-up (the dashed line and its legend entry). ``mark_twice=True`` marks the boards
    that list one entry twice (``listed_twice``), which count it once: a cross gives the chance with
    both rows counted (``p_leader_counting_twice``), as on every other board, and their bars are hatched.
    ``note``, one clause, follows the pool in the subtitle (for example when the counting rule changes).
    """
    table = require_table(
        history,
        ("snapshot_date", "scale_epoch", "model", "p_leader", "n_could_be_first"),
        "leader_probability_timeline",
    )
    breaks = break_dates(table)
    table = _mark_rebuilt(table, rebuilt)
    leaders = table["model_name"].astype(str)
    colors = series_colors(list(dict.fromkeys(leaders)))
    with house_style():
        fig, (top, bottom) = new_figure(2, 1, figsize=(9.0, 6.0), sharex=True, height_ratios=(3, 1.3))
        # One line per run of boards with the same epoch and leader: no line joins two scales or two leaders.
        changed = (table[["scale_epoch", "model"]] != table[["scale_epoch", "model"]].shift()).any(axis=1)
        unseen = table["snapshot_date"].diff().dt.days.gt(GAP_DAYS)
        run = (changed | unseen).cumsum()
        for _, rows in table.groupby(run, sort=True):
            _probability_lines(top, rows if runner_up else rows.drop(columns="p_beats_runner_up",
                                                                      errors="ignore"),
                               str(rows["scale_epoch"].iloc[0]), leaders, colors)
        top.axhline(100 * threshold, color=MUTED_COLOR, linestyle=":", linewidth=1.0)
        top.annotate(
            f"{fmt.pct(threshold, 0)}",
            xy=(0, 100 * threshold),
            xycoords=("axes fraction", "data"),
            xytext=(2, 2),
            textcoords="offset points",
            fontsize=9,
            color="#555555",
        )
        shown = table.get("p_beats_runner_up", table["p_leader"]) if runner_up else table["p_leader"]
        lowest = 100 * float(min(table["p_leader"].min(), shown.min()))
        top.set_ylim(min(80.0, 10 * np.floor((lowest - 3) / 10)), 101)
        top.set_ylabel("Chance the leader is\ntruly #1 (%, independent\nratings)")  # clear of the lower label
        top.legend(
            handles=_timeline_legend(table, colors, runner_up=runner_up, mark_twice=mark_twice),
            loc="lower left",
            bbox_to_anchor=(0.0, 1.0), fontsize=9, ncols=2,
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
        if mark_twice:
            _mark_twice(top, bars, table)
        bottom.set_ylim(0, max(3, int(table["n_could_be_first"].max())) + 0.5)
        from matplotlib.ticker import MaxNLocator

        bottom.yaxis.set_major_locator(MaxNLocator(integer=True))  # a count of models: whole numbers
        bottom.set_ylabel("Models that\ncould be #1")
        bottom.set_xlabel("Date of board (archived copies with 95% intervals)")
        _month_axis(bottom, table["snapshot_date"])
        # the label once, in the upper panel: in the lower one it would run over the bars
        mark_epoch_breaks(top, breaks, label="re-rated")
        for when in breaks:  # each side of a re-rating named: the line does not join across it
            for text, ha, shift in (("← before the re-rating", "right", -4), ("after →", "left", 4)):
                side = top.annotate(text, xy=(pd.Timestamp(when), 0.0), xycoords=("data", "axes fraction"),
                                    xytext=(shift, 4), textcoords="offset points", fontsize=9,
                                    color="#555555", ha=ha, va="bottom")
                side.set_gid("epoch-side-label")
        mark_epoch_breaks(bottom, breaks, label=None)
    distinct = table[~table["unchanged"]] if "unchanged" in table.columns else table
    below = distinct[distinct["p_leader"] < threshold]
    latest = table.iloc[-1]
    weakest = table.loc[table["p_leader"].idxmin()]
    pool = pool_text(table)
    default_title = (
        f"The leader's chance of being truly #1 was under {fmt.pct(threshold, 0)} on {len(below)} of "
        f"{len(distinct)} distinct boards; {latest['model_name']}'s is about "
        f"{fmt.pct(latest['p_leader'], 0)} on the latest"
    )
    default_alt = (
        f"Two-panel time series for the {pool} board, {date_range_text(table['snapshot_date'])}, "
        f"{len(table)} archived daily copies ({len(distinct)} distinct boards) on "
        f"{table['scale_epoch'].nunique()} "
        f"rating scale{'s' if table['scale_epoch'].nunique() > 1 else ''}"
        f"{', separated by a dashed rule where the arena re-rated the pool' if breaks else ''}. Top: "
        "the chance that the day's leader is truly #1 (markers coloured by leader)"
        + (" and that it is above the runner-up" if runner_up else "") + ", assuming"
        f" independent ratings; lines break where no board was seen for more than "
        f"{GAP_DAYS} days. The chance is below {fmt.pct(threshold, 0)} on {len(below)} distinct boards; "
        f"lowest {fmt.pct(weakest['p_leader'])} for {weakest['model_name']} on "
        f"{day_text(weakest['snapshot_date'])}; latest {fmt.pct(latest['p_leader'])} for "
        f"{latest['model_name']} on {day_text(latest['snapshot_date'])}. "
        f"Bottom: models whose interval does not lie entirely below another's (could be #1), between "
        f"{int(table['n_could_be_first'].min())} and {int(table['n_could_be_first'].max())} per board."
    )
    twice = table[_twice_rows(table)] if mark_twice else table.iloc[:0]
    if len(twice):
        both = twice["p_leader_counting_twice"].astype(float)
        # boards counted as distinct ones, as the alt text's other counts are; the daily copies beside
        alike = int(twice["unchanged"].astype(bool).sum()) if "unchanged" in twice.columns else 0
        copies = f" ({fmt.count(len(twice), 'daily copy', 'daily copies')})" if alike else ""
        default_alt += (
            f" On {fmt.count(len(twice) - alike, 'distinct board')}{copies} an entry listed twice counts "
            "once (hatched bars); a cross "
            f"gives the chance with both rows counted, {fmt.pct(both.min(), 0)} to {fmt.pct(both.max(), 0)}."
        )
    # readers' CSV: no internal ids; the rating scale as its order of first appearance (1, 2, ...)
    scales = table.assign(**{"rating scale (1 = the first seen)": pd.factorize(table["scale_epoch"])[0] + 1}
                          if "scale_epoch" in table.columns else {})
    chance = "chance of being truly #1 (%, independent ratings)"
    scales = scales.assign(**{chance: [csv_percent(p) for p in scales["p_leader"]]})
    if "creator" in scales.columns:  # the developer's name, not the arena's team label
        scales = scales.assign(developer=scales["creator"].map(
            lambda c: canonical_creator(" ".join(str(c).split())) if pd.notna(c) else c))
    # the correlated reading the report gives beside the independent one, labelled as an illustration
    correlated = "chance of being truly #1 (%, errors correlated at +0.3, an illustration)"
    if "p_leader_correlated" in scales.columns:
        scales = scales.assign(**{correlated: [csv_percent(p) for p in scales["p_leader_correlated"]]})
    copy = "copy (downloaded, rebuilt or partly rebuilt)"
    if "rebuilt_only" in scales.columns:  # what the hollow and half-filled markers say
        partly = np.where(scales["partly_rebuilt"], "partly rebuilt", "downloaded")
        scales = scales.assign(**{copy: np.where(scales["rebuilt_only"], "rebuilt", partly)})
    same = "same as the board before"
    if "unchanged" in scales.columns:
        scales = scales.assign(**{same: np.where(scales["unchanged"].astype(bool), "yes", "no")})
    # what the hatched bars and crosses say: on other boards both rows already count
    merged, both_rows = "entry listed twice counted once", "chance with both rows counted (%)"
    if len(twice):
        flag = _twice_rows(scales)
        counted = scales["p_leader_counting_twice"].where(flag, scales["p_leader"])
        scales = scales.assign(**{merged: np.where(flag, "yes", "no"),
                                  both_rows: [csv_percent(p) for p in counted]})
    extra = (merged, both_rows) if merged in scales.columns else ()
    data = chart_data(scales, ("snapshot_date", "rating scale (1 = the first seen)", "model_name",
                               "developer", *((copy,) if copy in scales.columns else ()),
                               *((same,) if same in scales.columns else ()), chance, *extra,
                               *((correlated,) if correlated in scales.columns else ()),
                               *(("p_beats_runner_up",) if runner_up else ()), "n_could_be_first",
                               "arena", "category"))
    return finish(
        fig,
        title=title or default_title,
        subtitle="; ".join(part for part in (pool, note) if part) or None,
        source=source or default_source(table),
        alt=alt or default_alt,
        data=data,
    )


def leader_label(rows: pd.DataFrame) -> str:
    """A leader as the legend names it: the model with its developer, named as the parent company
    (:func:`videomarket.leaderboard.canonical_creator`: "Alibaba" for the arena's "Alibaba-ATH").

    >>> rows = pd.DataFrame({"model_name": ["HappyHorse-1.0"] * 2, "creator": ["HappyHorse", "Alibaba-ATH"]})
    >>> leader_label(rows), leader_label(rows.assign(creator="Google"))
    ('HappyHorse-1.0 (Alibaba)', 'HappyHorse-1.0 (Google)')
    """
    name = str(rows["model_name"].iloc[-1])
    creators = rows["creator"].dropna().astype(str) if "creator" in rows.columns else pd.Series(dtype=str)
    if creators.empty or not creators.iloc[-1].strip():
        return name
    listed = " ".join(creators.iloc[-1].split())
    parent = canonical_creator(listed)
    return f"{name} ({parent})"


def _month_axis(ax: Any, dates: pd.Series | None = None) -> None:
    """A tick on the first of every month (every second month past a year), labelled with its month and,
    in January and on the first tick, its year; the axis runs a few days past the last board so the end
    shows."""
    import matplotlib.dates as mdates

    if dates is not None and len(dates):
        first, last = pd.Timestamp(dates.min()), pd.Timestamp(dates.max())
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        ax.set_xlim(first - pd.Timedelta(days=4), last + pd.Timedelta(days=6))
        ax.xaxis.set_major_locator(mdates.MonthLocator(interval=1 if months <= 13 else 2))
        from matplotlib.ticker import FuncFormatter

        def label(value: float, position: int | None) -> str:
            day = mdates.num2date(value)
            return day.strftime("%b\n%Y") if position == 0 or day.month == 1 else day.strftime("%b")

        ax.xaxis.set_major_formatter(FuncFormatter(label))
        return

    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=6))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))


def _probability_lines(
    ax: Any, rows: pd.DataFrame, epoch: str, leaders: pd.Series, colors: dict[str, str]
) -> None:
    dates = rows["snapshot_date"].to_numpy()
    (line,) = ax.plot(dates, 100 * rows["p_leader"], color=LEADER_LINE, linewidth=2.6, zorder=2,
                      solid_capstyle="round")
    line.set_gid(f"p_leader:{epoch}")
    if "p_beats_runner_up" in rows.columns:
        # Above the P(#1) line and dashed: where the two coincide, both stay visible.
        (runner,) = ax.plot(
            dates,
            100 * rows["p_beats_runner_up"],
            color=RUNNER_UP_LINE,
            linestyle=(0, (4, 2.5)),
            linewidth=1.5,
            zorder=3,
        )
        runner.set_gid(f"p_runner_up:{epoch}")
    for leader, group in rows.groupby(leaders.loc[rows.index], sort=False):
        # a copy identical to the board before is drawn small: the big markers are the distinct boards
        repeated = (group["unchanged"] if "unchanged" in group.columns
                    else group["p_leader"].isna()).astype(bool)
        color = colors.get(leader, MUTED_COLOR)
        for kind, part, size in (("leader_points", group[~repeated], 6.5),
                                 ("repeated_points", group[repeated], 3.0)):
            if kind == "repeated_points" and part.empty:
                continue
            filled = part
            for style, column in (("rebuilt_points", "rebuilt_only"),
                                  ("partly_rebuilt_points", "partly_rebuilt")):
                flagged = part[part[column].astype(bool)] if column in part.columns else part.iloc[:0]
                filled = filled.drop(flagged.index)
                if len(flagged):  # hollow: every copy rebuilt; half-filled: partly rebuilt
                    (marked,) = ax.plot(flagged["snapshot_date"].to_numpy(), 100 * flagged["p_leader"],
                                        linestyle="None", marker="o", markersize=size,
                                        markerfacecolor="white", markerfacecoloralt=color,
                                        fillstyle="full" if column == "rebuilt_only" else "left",
                                        markeredgecolor=color, markeredgewidth=1.6 if size > 5 else 1.0,
                                        zorder=4)
                    marked.set_gid(f"{style}:{epoch}")
            (points,) = ax.plot(filled["snapshot_date"].to_numpy(), 100 * filled["p_leader"],
                                linestyle="None", marker="o", markersize=size, markeredgecolor="white",
                                markeredgewidth=0.6, color=color, zorder=5)  # downloaded on top
            points.set_gid(f"{kind}:{epoch}")


def csv_percent(p: float) -> float:
    """A chance as a CSV percentage by the one rule every download uses (:func:`percent_for_download`: two
    decimals, and two significant figures of a distance from 0 or 100 that would round away), a number, so
    the chart's download and the tables' give one chance alike.

    >>> csv_percent(0.87254), csv_percent(0.99996), csv_percent(4.2e-11), csv_percent(0.0)
    (87.25, 99.996, 4.2e-09, 0.0)
    """
    return float(percent_for_download(pd.Series([float(p)])).iloc[0])


def _mark_rebuilt(table: pd.DataFrame, rebuilt: pd.DataFrame | None) -> pd.DataFrame:
    """``table`` with ``rebuilt_only``: the board's every copy was rebuilt from text (drawn hollow), and
    ``partly_rebuilt``: it has a downloaded and a rebuilt copy (drawn half-filled)."""
    if rebuilt is None or rebuilt.empty or not {"arena", "category"} <= set(table.columns):
        return table
    only = rebuilt[rebuilt["rebuilt_only"].astype(bool)]
    keys = set(zip(only["arena"].astype(str), only["category"].astype(str),
                   pd.to_datetime(only["snapshot_date"]), strict=True))
    marked = [(str(a), str(c), pd.Timestamp(d)) in keys
              for a, c, d in zip(table["arena"], table["category"], table["snapshot_date"], strict=True)]
    partly = rebuilt[rebuilt["checked"].astype(bool)] if "checked" in rebuilt.columns else rebuilt.iloc[:0]
    both = set(zip(partly["arena"].astype(str), partly["category"].astype(str),
                   pd.to_datetime(partly["snapshot_date"]), strict=True))
    halves = [(str(a), str(c), pd.Timestamp(d)) in both
              for a, c, d in zip(table["arena"], table["category"], table["snapshot_date"], strict=True)]
    return table.assign(rebuilt_only=marked, partly_rebuilt=halves)


def _twice_rows(table: pd.DataFrame) -> pd.Series:
    """Which boards list one entry twice (counted once) and give the chance with both rows counted."""
    if not {"listed_twice", "p_leader_counting_twice"} <= set(table.columns):
        return pd.Series(False, index=table.index)
    named = table["listed_twice"].fillna("").astype(str).str.strip().ne("")
    return named & table["p_leader_counting_twice"].notna()


def _mark_twice(top: Any, bars: Any, table: pd.DataFrame) -> None:
    """A cross at the chance with both rows of a twice-listed entry counted, joined to the day's point by
    a dotted stem, and a hatched bar: the days the counting rule differs."""
    twice = _twice_rows(table)
    if not twice.any():
        return
    rows = table[twice]
    dates = rows["snapshot_date"].to_numpy()
    for day, once, both in zip(dates, rows["p_leader"], rows["p_leader_counting_twice"], strict=True):
        (stem,) = top.plot([day, day], [100 * float(once), 100 * float(both)], color="#333333",
                           linestyle=":", linewidth=1.0, zorder=3)
        stem.set_gid("counting_twice_stem")
    (crosses,) = top.plot(dates, 100 * rows["p_leader_counting_twice"].astype(float), linestyle="None",
                          marker="x", markersize=6, markeredgewidth=1.6, color="#333333", zorder=6)
    crosses.set_gid("counting_twice")
    for bar, flagged in zip(bars, twice, strict=True):
        if flagged:
            bar.set_hatch("////")
            bar.set_facecolor("white")


def _timeline_legend(table: pd.DataFrame, colors: dict[str, str], *, runner_up: bool = True,
                     mark_twice: bool = False) -> list[Any]:
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], color=LEADER_LINE, linewidth=2.6, label="Chance the leader is truly #1")]
    if runner_up:
        handles.append(Line2D([], [], color=RUNNER_UP_LINE, linestyle=(0, (4, 2.5)), linewidth=1.5,
                              label="Chance it is above the runner-up"))
    # One entry per leader (marker colour), with its developer.
    for name, rows in table.groupby(table["model_name"].astype(str), sort=False):
        handles.append(Line2D([], [], linestyle="None", marker="o", color=colors.get(name, MUTED_COLOR),
                              label=leader_label(rows)))
    if "rebuilt_only" in table.columns and table["rebuilt_only"].any():
        handles.append(Line2D([], [], linestyle="None", marker="o", markerfacecolor="white",
                              markeredgecolor="#555555", markeredgewidth=1.6, label="Hollow: rebuilt copy"))
    if "partly_rebuilt" in table.columns and table["partly_rebuilt"].any():
        handles.append(Line2D([], [], linestyle="None", marker="o", markerfacecolor="white",
                              markerfacecoloralt="#555555", fillstyle="left", markeredgecolor="#555555",
                              markeredgewidth=1.6, label="Half-filled: partly rebuilt"))
    if "unchanged" in table.columns and table["unchanged"].any():
        handles.append(Line2D([], [], linestyle="None", marker="o", markersize=3.0, color="#555555",
                              label="Small: same as the board before"))
    if mark_twice and _twice_rows(table).any():
        from matplotlib.patches import Patch

        handles.append(Patch(facecolor="white", edgecolor="#777777", hatch="////",
                             label="Hatched: a model listed twice counted once"))
        handles.append(Line2D([], [], linestyle="None", marker="x", markersize=6, markeredgewidth=1.6,
                              color="#333333",
                              label="×: chance if the model listed twice counts as two rivals"))
    return handles
