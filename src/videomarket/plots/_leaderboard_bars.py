"""Bar charts of the leaderboard: who held #1 over time, and developers' share of the top places.

Both draw on one date axis (bars compare who, not rating values), with a dashed rule at each
scale re-anchoring. Bars resting only on secondary evidence are hollow and hatched.

Example::

    >>> from videomarket import data, leaderboard, plots                       # doctest: +SKIP
    >>> spells = leaderboard.leader_spells(data.load_rankings(), "LMArena", "text-to-video")  # doctest: +SKIP
    >>> plots.leader_timeline(spells)                                           # doctest: +SKIP
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import pandas as pd

from videomarket.leaderboard import parent_developer
from videomarket.plots._leaderboard import REBUILT_HATCH, REBUILT_LABEL, graded, rebuilt_days
from videomarket.plots._panels import (
    ARCHIVE_GRADE,
    HOLLOW_FACE,
    break_dates,
    chart_data,
    date_range_text,
    day_text,
    default_source,
    legend_below,
    mark_epoch_breaks,
    pool_text,
    require_table,
    row_name,
)
from videomarket.plots._style import (
    CONFUSABLE,
    MAX_HIGHLIGHTED,
    OTHER_COLOR,
    SERIES_COLORS,
    finish,
    house_style,
    new_figure,
    series_colors,
)
from videomarket.stories import fmt

SECONDARY_HATCH = "////"
OTHER_DEVELOPERS = "Other developers"
UNSEEN_BAR = "#C8C8C8"  # the stretch between a leader's last board and the next leader's first
GAP_SLOT_DAYS = 7  # the share chart leaves a blank column where more days than this pass without a board


def leader_timeline(
    spells: pd.DataFrame,
    *,
    epoch_breaks: pd.DataFrame | None = None,
    rebuilt: pd.DataFrame | None = None,
    colors: dict[str, str] | None = None,
    boards: Sequence[Any] | None = None,
    archived: Sequence[Any] | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    source: str | None = None,
    alt: str | None = None,
) -> Any:
    """Who held #1, as one bar per run at #1 (a "spell" of :func:`~videomarket.leaderboard.leader_spells`),
    one row per run, oldest on top.

    A solid bar runs from the first to the last board showing the model at #1; a thin grey bar continues
    to the first board showing the next leader (the change happened somewhere in it). Bars of runs
    seen only in press pages or third-party copies are hollow and hatched. Each run is labelled, right of its
    grey bar, with its boards and the days from the first to the last (or, for a single board, its date
    with its precision) and, when
    ``spells`` comes from :func:`~videomarket.leaderboard.spell_odds`, the lowest chance of being truly
    #1 over its boards with intervals ("no intervals" when none has them). Bars are coloured by
    developer, as parent company (:func:`videomarket.leaderboard.parent_developer`: HappyHorse's
    "Alibaba-ATH" and Wan's "Alibaba" are one developer), in colours readers tell apart (no orange
    beside vermillion). The default title's lead claim carries the run's probability of being truly #1,
    worded as approximate and as assuming independent intervals, when known.
    ``epoch_breaks``: the re-anchorings to mark (:func:`videomarket.leaderboard.epoch_breaks` of the
    same pool); spells alone do not say where a scale changed. ``rebuilt``
    (:func:`videomarket.data.rebuilt_boards`): board days whose every copy was rebuilt from a search index's
    text get a hatched band and a key in the legend. ``colors`` (model id -> colour,
    :func:`videomarket.plots.model_colors`): bars in their model's colour, as in the report's other charts
    (no developer key then: the rows name the models). ``boards``: the pool's board dates; a stretch of
    more than :data:`GAP_INSIDE_DAYS` days without a board inside a run is drawn like the stretches between
    leaders (a thin grey bar, not a solid one). ``archived``: the pool's archived (grade A) board dates; an
    archived run's days before its first archived board (seen only in press pages) are hollow and hatched.
    The date axis names the first and last board's dates.
    """
    import matplotlib.dates as mdates
    from matplotlib.patches import Patch

    table = require_table(spells, ("model", "start", "end", "evidence"), "leader_timeline")
    table = table.sort_values("start").reset_index(drop=True)
    names = table["model_name"] if "model_name" in table.columns else table["model"]
    table["developer"] = _developers(table, parent=True)
    # the developers longest at #1 keep their house colours; a look-alike colour goes to the shorter-lived
    held = table.assign(_days=table.get("days", 1)).groupby("developer", sort=False)["_days"]
    by_model = colors is not None
    if by_model:
        colors = {m: colors.get(m, OTHER_COLOR) for m in table["model"].astype(str)}
    else:
        colors = series_colors(held.sum().sort_values(ascending=False, kind="stable").index.tolist(),
                               avoid_confusable=True)
    with house_style():
        fig, ax = new_figure(figsize=(9.0, 2.6 + 0.42 * len(table)))
        # Bars at least 1.5 % of the time axis wide, so a run seen on a single board stays visible.
        span = (table["end"].max() - table["start"].min()).days + 1
        # a label that would run past the last board goes left of its bar when it fits there (one run per
        # row: room there); days per inch of the axes, about 6.6 inches wide
        right = mdates.date2num(table["end"].max()) + 1 + 0.03 * span
        first = mdates.date2num(table["start"].min())
        late = (first, right, (right - first) / 6.6)
        inside = False
        for row, spell in enumerate(table.itertuples()):
            _spell_bars(ax, spell, row, mdates, min_width=max(1.0, 0.015 * span),
                        color=colors[str(spell.model) if by_model else spell.developer], late=late)
            inside |= _gaps_inside(ax, spell, row, boards, mdates)
            _secondary_start(ax, spell, row, archived, mdates,
                             color=colors[str(spell.model) if by_model else spell.developer])
        ax.set_yticks(range(len(table)), [str(n) for n in names])
        ax.set_ylim(len(table) - 0.5, -0.5)  # first leader on top
        ax.xaxis_date()
        # Room right of the last bar for its label, which the layout does not reserve.
        last = table["end"].max()
        if "next_start" in table and pd.notna(table["next_start"].max()):
            last = max(last, table["next_start"].max())
        ax.set_xlim(right=max(right, mdates.date2num(last) + 1))
        _run_date_ticks(ax, table["start"].min(), table["end"].max())
        ax.grid(False, axis="y")
        ax.set_xlabel("Date (bars span the boards that showed the model at #1)")
        mark_epoch_breaks(ax, break_dates(epoch_breaks), "re-rating", outside=True)
        kinds = _timeline_legend(table, inside)
        if _rebuilt_on_rows(ax, table, rebuilt_days(rebuilt, table), mdates, boards):
            kinds.append(Patch(facecolor="white", edgecolor="#333333", hatch=REBUILT_HATCH,
                               label=f"cross-hatch: {REBUILT_LABEL}"))
        if not by_model:
            ax.add_artist(_developer_legend_beside(ax, colors, rows=len(kinds)))
        # The bars' key is the axes' own legend, the one the layout makes room for; the developers' key
        # beside it never has more rows, so it fits in the same room (and off the source line).
        key = "Bars (colour: the model's; textures below)" if by_model else "Bars (textures below)"
        legend_below(ax, kinds, ncols=1, fontsize=9, alignment="left", title=key, title_fontsize=9)
    current = table.iloc[-1]
    by_length = table.sort_values(["days", "start"], ascending=[False, True]) if "days" in table else table
    longest = by_length.iloc[0]
    current_name, pool = row_name(current), pool_text(table)
    n_models = table["model"].nunique()
    span_text = date_range_text(pd.concat([table["start"], table["end"]]))
    default_title = (f"{current_name} has been #1 since {day_text(current['start'])}{_how_sure(current)}; "
                     f"{fmt.count(n_models, 'model')} led since {table['start'].min():%b %Y}")
    default_alt = (
        f"Timeline of the #1 place on the {pool} board, {span_text}: {fmt.count(len(table), 'run')} at #1 by "
        f"{fmt.count(n_models, 'model')}, one row per run. Longest observed run: {row_name(longest)} "
        f"({boards_over_days(longest.get('n_snapshots'), longest.get('days', 0), _approximate(longest))}). "
        "Current leader: "
        f"{current_name}, at #1 since "
        f"{day_text(current['start'])}{_how_sure(current)}. Solid bars: archived copies; hatched hollow "
        "bars: press pages or third-party copies only; thin grey bars: no board seen between the last board "
        "showing a leader and the first showing the next. Each bar is labelled with the number of boards "
        "showing the model at #1 and the days from the first to the last"
        + (", and the lowest chance of being truly #1 on its boards with intervals."
           if "p_leader_min" in table
           else ".")
    )
    data = chart_data(_runs_marked(table, rebuilt_days(rebuilt, table)),
                      ("model_name", "developer", "start", "start_precision", "end",
                       "end_precision", "days", "n_snapshots", "n_distinct", "boards_rebuilt,_not_verified",
                       "next_start",
                       "evidence",
                       "p_leader_min", "p_leader_last", "arena", "category"))
    return finish(fig, title=title or default_title, subtitle=subtitle or pool or None,
                  source=source or default_source(table), alt=alt or default_alt, data=data)


def _runs_marked(table: pd.DataFrame, days: list[pd.Timestamp]) -> pd.DataFrame:
    """The runs for the timeline's CSV: how many of each run's boards were rebuilt from text (not
    verified), and a first or last board that was rebuilt says so beside its precision."""
    done = {pd.Timestamp(d).normalize() for d in days}
    start, end = pd.to_datetime(table["start"]).dt.normalize(), pd.to_datetime(table["end"]).dt.normalize()
    count = [sum(a <= d <= b for d in done) if str(e) == "A" else 0
             for a, b, e in zip(start, end, table["evidence"].astype(str), strict=True)]
    marked = table.assign(**{"boards_rebuilt,_not_verified": count})
    if "n_snapshots" in marked.columns:  # grade A only for the boards downloaded, the rest said rebuilt
        boards = pd.to_numeric(marked["n_snapshots"], errors="coerce")
        rebuilt = pd.Series(count, index=marked.index)
        grade_a = marked["evidence"].astype(str) == "A"
        marked["evidence"] = [
            "rebuilt, not verified" if a and r >= n
            else f"A on {int(n - r)} of {int(n)} boards, the rest rebuilt" if a and r > 0 else e
            for a, r, n, e in zip(grade_a, rebuilt, boards, marked["evidence"].astype(str), strict=True)]
    for side, when in (("start", start), ("end", end)):
        if f"{side}_precision" in marked.columns:
            marked[f"{side}_precision"] = [f"{p}, rebuilt, not verified" if w in done else p
                                           for p, w in zip(marked[f"{side}_precision"], when, strict=True)]
    return marked


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


def _developer_legend_beside(ax: Any, colors: dict[str, str], rows: int = 2) -> Any:
    """The developers' colours, under the chart to the right of the bars' key, in at most ``rows`` rows."""
    from matplotlib.patches import Patch
    from matplotlib.transforms import ScaledTranslation

    from videomarket.plots._panels import LEGEND_DROP_INCHES

    handles = [Patch(facecolor=color, edgecolor=color, label=name) for name, color in colors.items()]
    drop = ScaledTranslation(0, -LEGEND_DROP_INCHES, ax.figure.dpi_scale_trans)
    ncols = min(4, max(2, -(-len(handles) // max(rows, 1))))
    return ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.5, 0.0),
                     bbox_transform=ax.transAxes + drop, ncols=ncols, fontsize=9, title="Developer",
                     title_fontsize=9, alignment="left")


def _how_sure(spell: pd.Series) -> str:
    """The uncertainty a title owes its lead claim: the probability (spell_odds tables), said as
    approximate and as assuming independent intervals, else whether intervals overlapped."""
    from videomarket.stories import about

    p = spell.get("p_leader_last")
    if p is not None and pd.notna(p):
        return (f" ({about(float(p))} likely truly #1 on its latest board, every listing counted as a model, "
                "if intervals are independent)")
    if spell.get("contested"):
        return " (a rival's interval overlaps its own, or the top is shared)"
    return " (no intervals to say how sure)" if "contested" in spell.index else ""


def run_label(spell: Any) -> str:
    """A run's label: its length (a single board: its date, with its precision; "about" the days when a
    date is approximate, as the tables say it) and the lowest chance of being truly #1 on its boards with
    intervals.

    >>> run = pd.Series({"start": pd.Timestamp("2026-04-08"), "end": pd.Timestamp("2026-06-25"), "days": 79,
    ...                  "n_snapshots": 37, "p_leader_min": 0.7518, "start_precision": "approx",
    ...                  "end_precision": "day"})
    >>> run_label(run)
    '37 boards over about 79 days, lowest chance 75%'
    """
    from videomarket.stories import short_when

    fields = spell.index if isinstance(spell, pd.Series) else spell._fields

    def get(key: str, default: object = None) -> Any:
        return spell.get(key, default) if isinstance(spell, pd.Series) else getattr(spell, key, default)

    boards = get("n_snapshots")
    precision = {side: str(get(f"{side}_precision", "day") or "day") for side in ("start", "end")}
    if boards is not None and int(boards) == 1:
        text = f"1 board, {short_when(get('start'), precision['start'])}"
    else:
        text = boards_over_days(boards, get("days"), about=any(p != "day" for p in precision.values()))
        distinct = get("n_distinct")
        if distinct is not None and pd.notna(distinct):  # one unit for every run: days, then distinct boards
            text = (boards_over_days(None, get("days"), about=any(p != "day" for p in precision.values()))
                    + f", {fmt.count(int(distinct), 'distinct board')}")
    lowest = get("p_leader_min")
    if lowest is not None and pd.notna(lowest):
        text += f", lowest chance {_chance(float(lowest))}"
    elif "p_leader_min" in fields:
        text += ", no intervals"
    return text


def _approximate(spell: pd.Series) -> bool:
    return any(str(spell.get(f"{side}_precision", "day") or "day") != "day" for side in ("start", "end"))


def boards_over_days(boards: object, days: object, about: bool = False) -> str:
    """A run's length, the boards seen first: '37 boards over 79 days' (first to last board, both counted),
    "about" before the days when a date is approximate; the days alone without a board count.

    >>> boards_over_days(37, 79), boards_over_days(37, 79, about=True), boards_over_days(None, 9)
    ('37 boards over 79 days', '37 boards over about 79 days', '9 days')
    """
    if days is None or pd.isna(days):
        return ""
    span = ("about " if about else "") + fmt.count(int(days), "day")
    return span if boards is None or pd.isna(boards) else f"{fmt.count(int(boards), 'board')} over {span}"


def _chance(p: float) -> str:
    return ">99%" if p >= 0.995 else "<1%" if p < 0.005 else f"{p:.0%}"


def _rebuilt_on_rows(ax: Any, table: pd.DataFrame, days: list[pd.Timestamp], mdates: Any,
                     boards: Sequence[Any] | None = None) -> bool:
    """White hatching over the part of each run's bar whose board days were all rebuilt from text (runs of
    consecutive such days, a day wide each; with ``boards``, every board day of the pool, rebuilt days with
    no downloaded board between them make one stretch, so the solid colour between them never reads as a
    downloaded copy); True when any was drawn."""
    drawn = False
    seen = sorted({pd.Timestamp(d).normalize() for d in boards}) if boards is not None else []
    made = set(days)
    for row, spell in enumerate(table.itertuples()):
        mine = [d for d in days if spell.start <= d <= spell.end]
        spans: list[list[pd.Timestamp]] = []
        for day in mine:
            joined = (bool(seen) and spans and (day - spans[-1][1]).days - 1 <= GAP_INSIDE_DAYS
                      and not any(spans[-1][1] < d < day and d not in made for d in seen))
            if spans and ((day - spans[-1][1]).days <= 2 or joined):
                spans[-1][1] = day
            else:
                spans.append([day, day])
        for first, last in spans:
            left = mdates.date2num(first)
            (band,) = ax.barh(row, mdates.date2num(last) + 1 - left, left=left, height=0.6, facecolor="none",
                              edgecolor="white", hatch=REBUILT_HATCH, linewidth=0, zorder=4)
            band.set_gid("rebuilt")
            drawn = True
    return drawn


def _label_days(text: str, per_inch: float) -> float:
    """About how many days of the axis a 9-pt label spans (its longest line)."""
    return max(len(line) for line in text.split("\n")) * 0.075 * per_inch


def _spell_bars(ax: Any, spell: Any, y: int, mdates: Any, min_width: float, color: str,
                late: tuple[float, float, float] | None = None) -> None:
    start, end = mdates.date2num(spell.start), mdates.date2num(spell.end) + 1  # the last board's day counts
    archived = str(spell.evidence) == ARCHIVE_GRADE
    drawn_end = start + max(end - start, min_width)
    (bar,) = ax.barh(y, drawn_end - start, left=start, height=0.6, edgecolor=color, linewidth=1.2,
                     color=color if archived else HOLLOW_FACE, hatch=None if archived else SECONDARY_HATCH,
                     zorder=3)
    bar.set_gid(f"spell:{spell.model}")
    label_at = drawn_end
    next_start = getattr(spell, "next_start", pd.NaT)
    if pd.notna(next_start) and mdates.date2num(next_start) > drawn_end:
        (tail,) = ax.barh(y, mdates.date2num(next_start) - drawn_end, left=drawn_end, height=0.16,
                          color=UNSEEN_BAR, linewidth=0, zorder=2)
        tail.set_gid(f"unobserved:{spell.model}")
        label_at = mdates.date2num(next_start)
    text = run_label(spell)
    left = False
    if late is not None:
        first, last, per_inch = late
        if label_at + _label_days(text, per_inch) > last and " (" in text:
            text = text.replace(" (", "\n(", 1)
        need = _label_days(text, per_inch)
        left = label_at + need > last and start - need >= first
        if label_at + need > last and not left and ", " in text:  # fits on neither side: two lines
            text = text.replace(", ", ",\n", 1)
            need = _label_days(text, per_inch)
            left = label_at + need > last and start - need >= first
    ax.annotate(text, xy=(start, y) if left else (label_at, y), xytext=(-4 if left else 4, 0),
                textcoords="offset points", va="center", ha="right" if left else "left",
                fontsize=9, color="#333333", annotation_clip=False,
                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 1.0, "pad": 1}).set_gid("label")


GAP_INSIDE_DAYS = 7  # days without a board inside a run drawn as a gap (the bump chart's grey band)


def _secondary_start(ax: Any, spell: Any, y: int, archived: Sequence[Any] | None, mdates: Any,
                     color: str) -> None:
    """Over an archived run's solid bar, its days before its first archived board (``archived``: the
    pool's archived board dates), seen only in press pages, drawn hollow and hatched like a press run."""
    if archived is None or str(spell.evidence) != ARCHIVE_GRADE:
        return
    days = [pd.Timestamp(d).normalize() for d in archived if spell.start <= pd.Timestamp(d) <= spell.end]
    if not days or min(days) <= pd.Timestamp(spell.start).normalize():
        return
    left = mdates.date2num(spell.start)
    (part,) = ax.barh(y, mdates.date2num(min(days)) - left, left=left, height=0.6, edgecolor=color,
                      linewidth=1.2, color=HOLLOW_FACE, hatch=SECONDARY_HATCH, zorder=3.2)
    part.set_gid(f"secondary-start:{spell.model}")


def _gaps_inside(ax: Any, spell: Any, y: int, boards: Sequence[Any] | None, mdates: Any) -> bool:
    """An archived run's stretches of more than :data:`GAP_INSIDE_DAYS` days without a board, drawn over its
    solid bar as the thin grey bar of the stretches between leaders (a press run's hollow bar already says
    its boards are few); True when any was drawn."""
    if boards is None or int(getattr(spell, "n_snapshots", 2)) < 2 or str(spell.evidence) != ARCHIVE_GRADE:
        return False
    days = sorted({pd.Timestamp(d).normalize() for d in boards
                   if spell.start <= pd.Timestamp(d) <= spell.end})
    drawn = False
    for before, after in itertools.pairwise(days):
        if (after - before).days - 1 <= GAP_INSIDE_DAYS:
            continue
        left, right = mdates.date2num(before) + 1, mdates.date2num(after)
        ax.barh(y, right - left, left=left, height=0.66, color="white", linewidth=0, zorder=3.5)
        (gap,) = ax.barh(y, right - left, left=left, height=0.16, color=UNSEEN_BAR, linewidth=0, zorder=3.6)
        gap.set_gid(f"unseen-inside:{spell.model}")
        drawn = True
    return drawn


def _run_date_ticks(ax: Any, first: pd.Timestamp, last: pd.Timestamp) -> None:
    """Date ticks at the first and the last board (with their years) and every few months between, a
    month's year said where it changes."""
    import matplotlib.dates as mdates

    first, last = pd.Timestamp(first).normalize(), pd.Timestamp(last).normalize()
    months = max(1, round((last - first).days / 30 / 5))
    ticks = [first]
    day = (first + pd.offsets.MonthBegin(1)).normalize()
    while day < last:
        if (day - ticks[-1]).days >= 45 and (last - day).days >= 30:
            ticks.append(day)
            day = (day + pd.offsets.MonthBegin(months)).normalize()
        else:
            day = (day + pd.offsets.MonthBegin(1)).normalize()
    ticks.append(last)
    labels = []
    for i, tick in enumerate(ticks):
        dated = f"{tick.day} {tick:%b %Y}" if tick.day != 1 or i == len(ticks) - 1 else f"{tick:%b %Y}"
        new_year = i == 0 or i == len(ticks) - 1 or tick.year != ticks[i - 1].year
        labels.append(dated if new_year else f"{tick:%b}")
    ax.set_xticks([mdates.date2num(t) for t in ticks], labels)


def _timeline_legend(table: pd.DataFrame, inside: bool = False) -> list[Any]:
    from matplotlib.patches import Patch

    edge = "#333333"  # neutral swatches: the texture is the key, the colour is the model's
    handles = [Patch(facecolor="#777777", edgecolor=edge, label="filled: downloaded archived copies")]
    if (table["evidence"].astype(str) != ARCHIVE_GRADE).any():
        handles.append(Patch(facecolor="white", edgecolor=edge, hatch=SECONDARY_HATCH,
                             label="diagonal lines: press or third-party copies only"))
    if "next_start" in table and table["next_start"].notna().any():
        handles.append(Patch(facecolor=UNSEEN_BAR, label="no board seen until the next leader's first"
                             + (f" (inside a run: more than {GAP_INSIDE_DAYS} days without a board)"
                                if inside else "")))
    return handles


def creator_share_chart(
    share: pd.DataFrame,
    *,
    max_creators: int = 8,
    avoid: list[str] | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    source: str | None = None,
    alt: str | None = None,
    rebuilt: pd.DataFrame | None = None,
    time_axis: bool = False,
) -> Any:
    """Stacked bars: how many of the top-N places each developer holds, one equal-width bar per board.
    With ``time_axis``, each board's bar stands at its date on a calendar axis (one day wide), so days
    without a board show as blank stretches of their real length.
    ``avoid``: colours the report's other charts give models; developers then take other colours
    (:func:`_free_colors`), so one colour never means a model in one chart and a developer in another.

    ``share``: :func:`~videomarket.leaderboard.creator_share`; developers are drawn as the table names
    them (parent companies, if that is how it counts). The ``max_creators`` (at most 8) developers with
    the most places get a colour each; the others are pooled in grey as "Other developers (N)". Boards
    stand side by side in date order, each as wide as the next whatever the days between them; a blank
    column marks more than :data:`GAP_SLOT_DAYS` days without a board, and a dashed rule a re-anchoring
    (labelled above the plot). Boards from secondary sources are hatched; with ``rebuilt``
    (:func:`videomarket.data.rebuilt_boards`), boards whose every copy was rebuilt from text keep their
    plain colours (no hatching over the developers' colours) and get a grey mark above the bar, with a key
    in the legend.
    """
    table = require_table(share, ("snapshot_date", "creator", "places", "top_places_known", "share"),
                          "creator_share_chart")
    table["developer"] = _developers(table)  # unpooled, for the title, alt text and data
    table["creator"] = _pooled_creators(table, min(max_creators, MAX_HIGHLIGHTED))
    wide = table.pivot_table(index="snapshot_date", columns="creator", values="places", aggfunc="sum",
                             fill_value=0)
    order = table.groupby("creator")["places"].sum().sort_values(ascending=False).index.tolist()
    order = [c for c in order if c != OTHER_DEVELOPERS] + [c for c in order if c == OTHER_DEVELOPERS]
    dates = wide.index
    if time_axis:
        import matplotlib.dates as mdates

        x = [float(mdates.date2num(d)) for d in dates]
    else:
        x = board_positions(dates)
    secondary = _secondary_boards(table, dates)
    remade = set(rebuilt_days(rebuilt, table)) if rebuilt is not None else set()
    rebuilt_bar = [pd.Timestamp(d) in remade for d in dates]  # every copy rebuilt from text: a mark above
    top_n = int(table["top_n"].iloc[0]) if "top_n" in table.columns else int(table["top_places_known"].max())
    named = [c for c in order if c != OTHER_DEVELOPERS]
    colors = (dict(zip(named, _free_colors(avoid, len(named)), strict=True)) if avoid
              else series_colors(named, avoid_confusable=True))
    colors |= {OTHER_DEVELOPERS: OTHER_COLOR}
    pooled = sorted(set(table.loc[table["creator"] == OTHER_DEVELOPERS, "developer"]))
    with house_style():
        fig, ax = new_figure(figsize=(9.0, 4.8))
        bottom = pd.Series(0.0, index=dates)
        for creator in order:
            bars = ax.bar(x, wide[creator].to_numpy(), width=0.9, bottom=bottom.to_numpy(),
                          color=colors[creator], label=creator, linewidth=0, gid=f"share:{creator}")
            for patch, is_secondary in zip(bars.patches, secondary, strict=True):
                patch.set_hatch(SECONDARY_HATCH if is_secondary else None)
                if is_secondary:
                    patch.set_alpha(0.55)
            bottom += wide[creator]
        most = int(max(bottom.max(), top_n))
        marked = [xi for xi, is_rebuilt in zip(x, rebuilt_bar, strict=True) if is_rebuilt]
        if marked:  # a grey mark above each rebuilt board keeps the developers' colours plain
            ax.bar(marked, REBUILT_MARK_HEIGHT, width=0.9, bottom=most + REBUILT_MARK_GAP, color=REBUILT_MARK,
                   linewidth=0, gid="rebuilt-mark")
        if time_axis:
            ax.xaxis_date()
            _run_date_ticks(ax, dates.min(), dates.max())
            ax.set_xlim(min(x) - 2, max(x) + 3)
        else:
            _month_ticks(ax, dates, x)
            ax.set_xlim(min(x) - 0.8, max(x) + 0.8)
        ax.set_ylim(0, most + (REBUILT_MARK_GAP + REBUILT_MARK_HEIGHT + 0.1 if marked else 0.3))
        ax.set_yticks(range(0, most + 1, 2 if most > 6 else 1))
        ax.grid(False, axis="x")
        ax.set_ylabel(f"Places among the top {top_n}")
        ax.set_xlabel("Board date (one bar per board; blank stretches: days without a board)" if time_axis
                      else "Boards in date order, one bar each (a blank column: more than "
                      f"{GAP_SLOT_DAYS} days without a board)")
        if "scale_epoch" in table.columns:
            _mark_breaks_between_bars(ax, table, dates, x)
        handles = _share_legend(order, colors, any(secondary), len(pooled))
        if any(rebuilt_bar):
            from matplotlib.patches import Patch

            handles.append(Patch(facecolor=REBUILT_MARK,
                                 label="Grey mark above a bar:\nboard rebuilt from text,\nnot verified"))
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=9)
    # a rebuilt board day has no grade letter in the CSV (``rebuilt``: data.rebuilt_boards)
    if "evidence" in table.columns:
        table = table.assign(_csv_grade=graded(rebuilt, table)["evidence"])
    return _finish_share(fig, table, top_n, pooled, title=title, subtitle=subtitle, source=source, alt=alt,
                         time_axis=time_axis, marked=len(marked))


REBUILT_MARK = "#555555"  # the mark above a developer-share bar whose board was rebuilt from text
REBUILT_MARK_GAP, REBUILT_MARK_HEIGHT = 0.35, 0.3  # in places, above the tallest bar


# Developer colours beside models' colours: Paul Tol's muted and dark colours first (none of them a
# model's usual colour), then the series colours a report's models left free
_DEVELOPER_COLORS = ("#332288", "#999933", "#44AA99", "#CC6677", "#DDCC77", "#661100", "#6699CC", "#F0E442",
                     "#AA4499", "#88CCEE", "#117733")


def _free_colors(avoid: list[str] | None, n: int) -> list[str]:
    """``n`` colours none of which is in ``avoid`` (case-insensitive) or confusable with one in it
    (orange beside vermillion), :data:`_DEVELOPER_COLORS` first, then the series colours; grey beyond.

    >>> _free_colors(["#332288"], 2)
    ['#999933', '#44AA99']
    """
    taken = {c.upper() for c in (avoid or [])} | {OTHER_COLOR.upper()}
    for pair in CONFUSABLE:
        if {c.upper() for c in pair} & taken:
            taken |= {c.upper() for c in pair}
    free = [c for c in dict.fromkeys([*_DEVELOPER_COLORS, *SERIES_COLORS]) if c.upper() not in taken]
    return (free + [OTHER_COLOR] * n)[:n]


def board_positions(dates: pd.DatetimeIndex) -> list[float]:
    """One x position per board in date order, one apart, with one empty slot after each stretch of more
    than :data:`GAP_SLOT_DAYS` days without a board.

    >>> board_positions(pd.to_datetime(["2026-05-13", "2026-05-14", "2026-06-25", "2026-06-26"]))
    [0.0, 1.0, 3.0, 4.0]
    """
    gaps = pd.Series(dates).diff().dt.days.gt(GAP_SLOT_DAYS).cumsum()
    return [float(i + int(g)) for i, g in enumerate(gaps)]


def _month_ticks(ax: Any, dates: pd.DatetimeIndex, x: list[float]) -> None:
    """A tick under the first board of each month (the month, with its year under it), unless it would
    crowd the previous tick (fewer than 4 bars apart)."""
    ticks, labels, previous = [], [], None
    for date, position in zip(dates, x, strict=True):
        month = (date.year, date.month)
        if month == previous:
            continue
        previous = month
        if ticks and position - ticks[-1] < 4:
            continue
        ticks.append(position)
        labels.append(f"{date:%b}\n{date:%Y}")
    ax.set_xticks(ticks, labels)


def _mark_breaks_between_bars(ax: Any, table: pd.DataFrame, dates: pd.DatetimeIndex, x: list[float]) -> None:
    epochs = table.groupby("snapshot_date")["scale_epoch"].first().reindex(dates).astype(str).tolist()
    where = [(x[i - 1] + x[i]) / 2 for i in range(1, len(x)) if epochs[i] != epochs[i - 1]]
    mark_epoch_breaks(ax, [dates[0]] * len(where), outside=True, x=where, label="re-rating")


def _share_legend(order: list[str], colors: dict[str, str], has_secondary: bool, pooled: int) -> list[Any]:
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=colors[c], label=f"{c} ({pooled})" if c == OTHER_DEVELOPERS else c)
               for c in order]
    if not has_secondary:  # a key for hatching that is nowhere in the chart would only puzzle
        return handles
    return [*handles, Patch(facecolor="#BBBBBB", hatch=SECONDARY_HATCH, alpha=0.55, label="secondary source")]


def _finish_share(fig: Any, table: pd.DataFrame, top_n: int, pooled: list[str], *, time_axis: bool = False,
                  marked: int = 0, **text: str | None) -> Any:
    boards = table.drop_duplicates("snapshot_date")
    per_board = table.pivot_table(index="snapshot_date", columns="developer", values="places", aggfunc="sum",
                                  fill_value=0)
    means = per_board.mean().sort_values(ascending=False)
    best = means.index[0]
    latest_date = table["snapshot_date"].max()
    latest = per_board.loc[latest_date]
    latest = latest[latest > 0].sort_values(ascending=False)
    pool = pool_text(table)
    default_title = (f"{best} held the most of the top {top_n} places on average: {means.iloc[0]:.1f} per "
                     f"board over {fmt.count(len(boards), 'board')}")
    counts = ", ".join(f"{c} {int(n)}" for c, n in latest.items())
    short = int((boards["top_places_known"] < top_n).sum())
    hatched = any(_secondary_boards(table, per_board.index))
    default_alt = (
        f"Stacked bar chart of how many of the top {top_n} places each developer holds on the {pool} board, "
        + (f"one bar per board at its date, {fmt.count(len(boards), 'board')} from "
           f"{date_range_text(table['snapshot_date'])}; blank stretches are days without a board. "
           if time_axis else
           f"one equal-width bar per board, {fmt.count(len(boards), 'board')} from "
           f"{date_range_text(table['snapshot_date'])}; blank columns mark more than {GAP_SLOT_DAYS} days "
           "without a board. ")
        + (f"{text['title'].rstrip('.')}." if text.get("title") else
           f"Averaged over these board copies, {best} holds the most ({means.iloc[0]:.1f} per copy).")
        + " Latest board "
        f"({day_text(latest_date)}): {counts}."
        + (f" Other developers (grey): {', '.join(pooled)}." if pooled else "")
        + (" Hatched bars: boards from secondary sources." if hatched else "")
        + (f" A grey mark above a bar: the board was rebuilt from text, not verified "
           f"({marked} of the {len(boards)} boards)." if marked else "")
        + (f" {fmt.count(short, 'board')} show fewer than {top_n} places (an entry a board lists twice "
           "counts once, or a copy lists only the top)." if short else "")
    )
    percent = {"share_of_top_places_(%)": table["share"] * 100}
    graded_rows = table.assign(evidence=table["_csv_grade"]) if "_csv_grade" in table.columns else table
    data = chart_data(graded_rows.assign(shown_as=table["creator"], **percent),
                      ("snapshot_date", "developer", "shown_as", "places", "top_places_known",
                       "share_of_top_places_(%)", "evidence", "arena", "category"))
    return finish(fig, title=text["title"] or default_title, subtitle=text["subtitle"] or pool or None,
                  source=text["source"] or default_source(table), alt=text["alt"] or default_alt, data=data)


def _pooled_creators(table: pd.DataFrame, max_creators: int) -> pd.Series:
    names = table["developer"]
    totals = table.groupby("developer", as_index=False)["places"].sum()
    totals = totals.sort_values(["places", "developer"], ascending=[False, True])  # ties: alphabetical
    kept = totals["developer"].tolist()[:max_creators]
    return names.where(names.isin(kept), OTHER_DEVELOPERS)


def _secondary_boards(table: pd.DataFrame, dates: pd.DatetimeIndex) -> list[bool]:
    if "evidence" not in table.columns:
        return [False] * len(dates)
    grade = table.groupby("snapshot_date")["evidence"].first().reindex(dates)
    return [str(g) != ARCHIVE_GRADE for g in grade]
