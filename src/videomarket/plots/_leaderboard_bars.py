"""Bar charts of the leaderboard: who held #1 over time, and developers' share of the top places.

Both draw on one date axis (bars compare who, not rating values), with a dashed rule at each
scale re-anchoring. Bars resting only on secondary evidence are hollow and hatched.

Example::

    >>> from videomarket import data, leaderboard, plots                       # doctest: +SKIP
    >>> spells = leaderboard.leader_spells(data.load_rankings(), "LMArena", "text-to-video")  # doctest: +SKIP
    >>> plots.leader_timeline(spells)                                           # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from videomarket.leaderboard import parent_developer
from videomarket.plots._panels import (
    ARCHIVE_GRADE,
    HOLLOW_FACE,
    break_dates,
    chart_data,
    date_range_text,
    day_text,
    default_source,
    format_date_axis,
    legend_below,
    mark_epoch_breaks,
    pool_text,
    require_table,
    row_name,
)
from videomarket.plots._style import (
    MAX_HIGHLIGHTED,
    OTHER_COLOR,
    finish,
    house_style,
    new_figure,
    series_colors,
)
from videomarket.stories import fmt

SECONDARY_HATCH = "////"
OTHER_DEVELOPERS = "Other developers"


def leader_timeline(
    spells: pd.DataFrame,
    *,
    epoch_breaks: pd.DataFrame | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    source: str | None = None,
    alt: str | None = None,
) -> Any:
    """Who held #1, as one bar per run at #1 (a "spell" of :func:`~videomarket.leaderboard.leader_spells`).

    A solid bar runs from the first to the last board showing the model at #1; a faint bar continues
    to the first board showing the next leader (the change happened somewhere in it). Bars of runs
    seen only in secondary sources are hollow and hatched; "(contested)" marks runs whose lead a
    rival's overlapping interval or a shared top put in doubt. Bars are coloured by developer, as
    parent company (:func:`videomarket.leaderboard.parent_developer`: HappyHorse's "Alibaba-ATH" and
    Wan's "Alibaba" are one developer). The title's lead claim carries the run's probability of being
    truly #1, worded as approximate and as assuming independent intervals, when ``spells`` comes from
    :func:`~videomarket.leaderboard.spell_odds`, else its contested flag.
    ``epoch_breaks``: the re-anchorings to mark (:func:`videomarket.leaderboard.epoch_breaks` of the
    same pool); spells alone do not say where a scale changed.
    """
    import matplotlib.dates as mdates

    table = require_table(spells, ("model", "start", "end", "evidence"), "leader_timeline")
    rows = {m: i for i, m in enumerate(table.sort_values("start")["model"].astype(str).drop_duplicates())}
    names = table.groupby("model")["model_name"].last() if "model_name" in table.columns else None
    table["developer"] = _developers(table, parent=True)
    colors = series_colors(table.sort_values("start")["developer"].tolist())
    with house_style():
        fig, ax = new_figure(figsize=(9.0, 2.5 + 0.42 * len(rows)))
        # Bars at least 1.5 % of the time axis wide, so a spell seen on a single board stays visible.
        span = (table["end"].max() - table["start"].min()).days + 1
        for spell in table.itertuples():
            _spell_bars(ax, spell, rows[str(spell.model)], mdates, min_width=max(1.0, 0.015 * span),
                        color=colors[spell.developer])
        ax.set_yticks(list(rows.values()), [str(names[m]) if names is not None else m for m in rows])
        ax.set_ylim(len(rows) - 0.5, -0.5)  # first leader on top
        ax.xaxis_date()
        # Room right of the last bar for its "27 d (contested)" label, which the layout does not reserve.
        last = table["end"].max()
        if "next_start" in table and pd.notna(table["next_start"].max()):
            last = max(last, table["next_start"].max())
        ax.set_xlim(right=mdates.date2num(last) + 1 + 0.24 * span)
        format_date_axis(ax)
        ax.grid(False, axis="y")
        ax.set_xlabel("Date (bars span the boards that showed the model at #1)")
        mark_epoch_breaks(ax, break_dates(epoch_breaks))
        legend_below(ax, _developer_legend(colors) + _timeline_legend(), ncols=3, fontsize=9)
    current = table.sort_values("start").iloc[-1]
    by_length = table.sort_values(["days", "start"], ascending=[False, True]) if "days" in table else table
    longest = by_length.iloc[0]
    current_name, pool = row_name(current), pool_text(table)
    span = date_range_text(pd.concat([table["start"], table["end"]]))
    default_title = (f"{current_name} has been #1 since {day_text(current['start'])}{_how_sure(current)}; "
                     f"{fmt.count(len(rows), 'model')} led since {table['start'].min():%b %Y}")
    default_alt = (
        f"Timeline of the #1 place on the {pool} board, {span}: {fmt.count(len(table), 'run')} at #1 by "
        f"{fmt.count(len(rows), 'model')}, one row per model. Longest observed run: {row_name(longest)} "
        f"({fmt.count(int(longest.get('days', 0)), 'day')}). Current leader: {current_name}, at #1 since "
        f"{day_text(current['start'])}{_how_sure(current)}. Solid bars: archived snapshots; hatched hollow "
        "bars: secondary sources only; faint bars: time between the last board showing a leader and the "
        "first showing the next."
    )
    data = chart_data(table, ("model", "model_name", "developer", "start", "end", "days", "next_start",
                              "evidence", "contested", "p_leader_last", "arena", "category", "source_id"))
    return finish(fig, title=title or default_title, subtitle=subtitle or pool or None,
                  source=source or default_source(table), alt=alt or default_alt, data=data)


def _developers(table: pd.DataFrame, *, parent: bool = False) -> pd.Series:
    """Each row's developer as the table gives it (spaces trimmed), or with ``parent`` as its parent
    company; "Unknown developer" when absent."""
    if "creator" not in table.columns:
        return pd.Series("Unknown developer", index=table.index)
    names = table["model_name"] if "model_name" in table.columns else pd.Series(None, index=table.index)
    return pd.Series([
        "Unknown developer" if pd.isna(c) or not str(c).strip()
        else parent_developer(c, n) if parent else " ".join(str(c).split())
        for c, n in zip(table["creator"], names, strict=True)
    ], index=table.index, dtype=object)


def _developer_legend(colors: dict[str, str]) -> list[Any]:
    from matplotlib.patches import Patch

    return [Patch(facecolor=color, edgecolor=color, label=name) for name, color in colors.items()]


def _how_sure(spell: pd.Series) -> str:
    """The uncertainty a title owes its lead claim: the probability (spell_odds tables), said as
    approximate and as assuming independent intervals, else the flag."""
    from videomarket.stories import about

    p = spell.get("p_leader_last")
    if p is not None and pd.notna(p):
        return f" ({about(float(p))} likely truly #1 on its latest board, if intervals are independent)"
    if spell.get("contested"):
        return " (contested: intervals overlap or the top is shared)"
    return " (no intervals to say how sure)" if "contested" in spell.index else ""


def _spell_bars(ax: Any, spell: Any, y: int, mdates: Any, min_width: float, color: str) -> None:
    start, end = mdates.date2num(spell.start), mdates.date2num(spell.end) + 1  # the last board's day counts
    archived = str(spell.evidence) == ARCHIVE_GRADE
    drawn_end = start + max(end - start, min_width)
    (bar,) = ax.barh(y, drawn_end - start, left=start, height=0.6, edgecolor=color, linewidth=1.2,
                     color=color if archived else HOLLOW_FACE, hatch=None if archived else SECONDARY_HATCH,
                     zorder=3)
    bar.set_gid(f"spell:{spell.model}")
    next_start = getattr(spell, "next_start", pd.NaT)
    if pd.notna(next_start) and mdates.date2num(next_start) > end:
        (tail,) = ax.barh(y, mdates.date2num(next_start) - end, left=end, height=0.2, color=color, alpha=0.35,
                          linewidth=0, zorder=2)
        tail.set_gid(f"unobserved:{spell.model}")
    days = getattr(spell, "days", None)
    contested = " (contested)" if getattr(spell, "contested", False) else ""
    text = (f"{int(days)} d" if days is not None else "") + contested
    ax.annotate(text, xy=(drawn_end, y), xytext=(3, 0), textcoords="offset points", va="center", fontsize=9,
                color="#444444", annotation_clip=False).set_gid("label")


def _timeline_legend() -> list[Any]:
    from matplotlib.patches import Patch

    grey = "#777777"
    return [
        Patch(facecolor=grey, edgecolor=grey, label="archived snapshot(s)"),
        Patch(facecolor=HOLLOW_FACE, edgecolor=grey, hatch=SECONDARY_HATCH, label="secondary sources only"),
        Patch(facecolor=grey, alpha=0.35, label="until the next leader was seen"),
    ]


def creator_share_chart(
    share: pd.DataFrame,
    *,
    max_creators: int = 8,
    title: str | None = None,
    subtitle: str | None = None,
    source: str | None = None,
    alt: str | None = None,
) -> Any:
    """Stacked bars: each developer's share of the top-N places on every board.

    ``share``: :func:`~videomarket.leaderboard.creator_share`; developers are drawn as the table names
    them (parent companies, if that is how it counts). The ``max_creators`` (at most 8) developers with
    the most places get a colour each (the others are pooled in grey). Boards from secondary sources are
    hatched; partial boards (fewer than N places known) are shares of the known places.
    """
    import matplotlib.dates as mdates

    table = require_table(share, ("snapshot_date", "creator", "places", "top_places_known", "share"),
                   "creator_share_chart")
    table["developer"] = _developers(table)  # unpooled, for the title, alt text and data
    table["creator"] = _pooled_creators(table, min(max_creators, MAX_HIGHLIGHTED))
    wide = table.pivot_table(index="snapshot_date", columns="creator", values="share", aggfunc="sum",
                             fill_value=0.0) * 100
    order = table.groupby("creator")["places"].sum().sort_values(ascending=False).index.tolist()
    order = [c for c in order if c != OTHER_DEVELOPERS] + [c for c in order if c == OTHER_DEVELOPERS]
    dates = wide.index
    x, widths = mdates.date2num(dates.to_pydatetime()), _bar_widths(dates)
    secondary = _secondary_boards(table, dates)
    top_n = int(table["top_n"].iloc[0]) if "top_n" in table.columns else int(table["top_places_known"].max())
    colors = series_colors([c for c in order if c != OTHER_DEVELOPERS]) | {OTHER_DEVELOPERS: OTHER_COLOR}
    with house_style():
        fig, ax = new_figure(figsize=(9.0, 4.8))
        bottom = pd.Series(0.0, index=dates)
        for creator in order:
            bars = ax.bar(x, wide[creator].to_numpy(), width=widths, bottom=bottom.to_numpy(),
                          color=colors[creator], label=creator, linewidth=0, gid=f"share:{creator}")
            for patch, is_secondary in zip(bars.patches, secondary, strict=True):
                patch.set_hatch(SECONDARY_HATCH if is_secondary else None)
                if is_secondary:
                    patch.set_alpha(0.55)
            bottom += wide[creator]
        ax.xaxis_date()
        format_date_axis(ax)
        ax.set_ylim(0, 100)
        ax.set_ylabel(f"Share of the top-{top_n} places (%)")
        ax.set_xlabel("Snapshot date")
        if "scale_epoch" in table.columns:
            mark_epoch_breaks(ax, break_dates(table))
        ax.legend(handles=_share_legend(order, colors, any(secondary)), loc="upper left",
                  bbox_to_anchor=(1.0, 1.0), fontsize=9)
    return _finish_share(fig, table, top_n, title=title, subtitle=subtitle, source=source, alt=alt)


def _share_legend(order: list[str], colors: dict[str, str], has_secondary: bool) -> list[Any]:
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=colors[c], label=c) for c in order]
    if not has_secondary:  # a key for hatching that is nowhere in the chart would only puzzle
        return handles
    return [*handles, Patch(facecolor="#BBBBBB", hatch=SECONDARY_HATCH, alpha=0.55, label="secondary source")]


def _finish_share(fig: Any, table: pd.DataFrame, top_n: int, **text: str | None) -> Any:
    latest_date = table["snapshot_date"].max()
    latest = table[table["snapshot_date"] == latest_date].groupby("developer")["places"].sum().reset_index()
    latest = latest.sort_values(["places", "developer"], ascending=[False, True])
    latest = latest.set_index("developer")["places"]
    leaders = [str(c) for c, n in latest.items() if n == latest.iloc[0]]
    most = int(latest.iloc[0])
    pool = pool_text(table)
    if len(leaders) == 1:
        default_title = f"{leaders[0]} holds {most} of the top {top_n} places on the latest board"
    elif len(leaders) == 2:
        default_title = (f"{leaders[0]} and {leaders[1]} each hold {most} of the top {top_n} places "
                         "on the latest board")
    else:
        default_title = (f"No developer holds more than {most} of the top {top_n} places on the latest board "
                         f"({len(leaders)} tied)")
    counts = ", ".join(f"{c} {int(n)}" for c, n in latest.items())
    partial = int((table.drop_duplicates("snapshot_date")["top_places_known"] < top_n).sum())
    default_alt = (
        f"Stacked bar chart of each developer's share of the top {top_n} places on the {pool} board, "
        f"{table['snapshot_date'].nunique()} boards from {date_range_text(table['snapshot_date'])}. "
        f"Latest board ({day_text(latest_date)}): {counts}. Hatched bars: boards from secondary sources. "
        f"{partial} board(s) show fewer than {top_n} places."
    )
    data = chart_data(table.assign(shown_as=table["creator"]),
                      ("snapshot_date", "developer", "shown_as", "places", "top_places_known", "share",
                       "evidence", "scale_epoch", "arena", "category", "source_id"))
    return finish(fig, title=text["title"] or default_title, subtitle=text["subtitle"] or pool or None,
                  source=text["source"] or default_source(table), alt=text["alt"] or default_alt, data=data)


def _pooled_creators(table: pd.DataFrame, max_creators: int) -> pd.Series:
    names = table["developer"]
    totals = table.groupby("developer", as_index=False)["places"].sum()
    totals = totals.sort_values(["places", "developer"], ascending=[False, True])  # ties: alphabetical
    kept = totals["developer"].tolist()[:max_creators]
    return names.where(names.isin(kept), OTHER_DEVELOPERS)


def _bar_widths(dates: pd.DatetimeIndex) -> list[float]:
    """Daily boards touch (1 day wide); sparser ones get 0.85 of the gap to the nearest board, max 7 days."""
    days = pd.Series(dates).diff().dt.days
    nearest = pd.concat([days, days.shift(-1)], axis=1).min(axis=1).fillna(7.0)
    return [1.0 if d <= 1 else min(0.85 * d, 7.0) for d in nearest]


def _secondary_boards(table: pd.DataFrame, dates: pd.DatetimeIndex) -> list[bool]:
    if "evidence" not in table.columns:
        return [False] * len(dates)
    grade = table.groupby("snapshot_date")["evidence"].first().reindex(dates)
    return [str(g) != ARCHIVE_GRADE for g in grade]


