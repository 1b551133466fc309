"""Report 02's top lines, each naming the leaderboard it speaks of: the quotable answer, the key findings on
changes of #1, the longest observed run and the latest #1's chance over its run, and what a lead in rating
points means in head-to-head votes.

    >>> import pandas as pd
"""

from __future__ import annotations

import itertools
import math

import pandas as pd

from videomarket.arena import win_probability
from videomarket.stories import fmt
from videomarket.stories._certainty import (
    PLAIN_POOLS,
    _date_span,
    _early_window,
    _late_window,
    _pct_range,
    _rival_gone,
)
from videomarket.stories._changes import FIRM_GRADES, firm_changes
from videomarket.stories._changes import times as _times
from videomarket.stories._guide import (
    _chance_span,
    as_one,
    other_reading,
    pool_label,
    two_boards_chance,
)
from videomarket.stories._movements import (
    _chance_text,
    _developer,
    _is_rebuilt,
    day_range,
    other_arena,
    start_words,
)
from videomarket.stories._notes import term


def board_name(arena: str, category: str) -> str:
    """The leaderboard in plain words, so that no #1 reads as overall.

    >>> board_name("Artificial Analysis", "text-to-video")
    "Artificial Analysis's silent text-to-video leaderboard"
    """
    return f"{arena}'s {PLAIN_POOLS.get(category, category)} leaderboard"


def scoped_headline(spells: pd.DataFrame, board: pd.DataFrame | None, rebuilt: pd.DataFrame | None,
                    arena: str, category: str, *, otherwise: str = "",
                    rows: pd.DataFrame | None = None) -> str:
    """The quotable answer with its leaderboard named: the latest #1 (``spells``: spell_odds of the pool)
    from when to when ("rebuilt copies" when its first and last boards are both rebuilt: ``rebuilt``,
    rebuilt_boards), its chance on the newest board (``board``: board_certainty of it, through
    :func:`with_counted_twice`, so a rival listed twice makes the chance a range, said why); then the
    caveats in plain words. ``otherwise`` when the board's #1 is not the run's. With ``rows`` (the pool's
    board rows) the rebuilt-copy caveat is :func:`rebuilt_run_caveat` when it applies.

    >>> sp = pd.DataFrame({"model": ["w"], "model_name": ["Wan 3.0"], "creator": ["Alibaba"],
    ...     "start": pd.to_datetime(["2026-09-03"]), "end": pd.to_datetime(["2026-10-10"]),
    ...     "arena": ["AA"], "category": ["text-to-video"]})
    >>> new = pd.DataFrame({"model": ["w"], "p_leader": [0.8787],
    ...                     "snapshot_date": pd.to_datetime(["2026-10-10"])})
    >>> rb = pd.DataFrame({"arena": ["AA"] * 2, "category": ["text-to-video"] * 2,
    ...     "snapshot_date": pd.to_datetime(["2026-09-03", "2026-10-10"]), "rebuilt_only": [True] * 2,
    ...     "checked": [False] * 2})
    >>> print(scoped_headline(sp, new, rb, "AA", "text-to-video"))  # doctest: +NORMALIZE_WHITESPACE
    On AA's silent text-to-video leaderboard, **Wan 3.0** (Alibaba) was #1 from 3 September to 10 October
    2026 (rebuilt copies), about 88% likely truly #1 on the newest board, 10 October, if rating errors are
    independent.

    With a rival listed twice (:func:`with_counted_twice`) the chance is a range, and the next sentence
    says why.

    >>> two = new.assign(p_leader_as_one=[0.93495], pair_name=["MiniMax H3"], pair_apart=[1.0])
    >>> print(scoped_headline(sp, two, rb, "AA", "text-to-video"))  # doctest: +NORMALIZE_WHITESPACE
    On AA's silent text-to-video leaderboard, **Wan 3.0** (Alibaba) was #1 from 3 September to 10 October
    2026 (rebuilt copies), 88%–93% likely truly #1 on the newest board, 10 October, if rating errors are
    independent. The range depends on whether MiniMax H3's two [listings](#glossary-repeated-listing),
    one "based on" the other and rated 1 point apart, are one model or two rivals.
    """
    if spells.empty or board is None or board.empty:
        return otherwise
    run = spells.iloc[-1]
    if str(board["model"].iloc[0]) != str(run["model"]):
        return otherwise
    day = pd.Timestamp(board["snapshot_date"].iloc[0])
    start, end = pd.Timestamp(run["start"]), pd.Timestamp(run["end"])
    copies = (" (rebuilt copies)" if _is_rebuilt(rebuilt, arena, category, start)
              and _is_rebuilt(rebuilt, arena, category, end) else "")
    other, reason = other_reading(board)
    chance = two_boards_chance(float("nan"), end, float(board["p_leader"].iloc[0]), day, still=False,
                               counted_twice=other)
    text = (f"On {board_name(arena, category)}, **{run['model_name']}** ({_developer(run)}) was #1 from "
            f"{day_range(start, end)}{copies}, {chance}.")
    caveat = rebuilt_run_caveat(spells, rows, rebuilt, arena, category) if rows is not None else ""
    return " ".join(t for t in (text, reason, caveat) if t)


def _run_boards(spells: pd.DataFrame, rows: pd.DataFrame | None, rebuilt: pd.DataFrame | None, arena: str,
                category: str) -> tuple[list[pd.Timestamp], list[bool]]:
    """The latest run's board days with its model at #1 (``rows``: the pool's board rows), oldest first,
    and whether each is only a rebuilt copy."""
    if spells.empty or rows is None or rows.empty or not {"model", "rank"} <= set(rows.columns):
        return [], []
    run = spells.iloc[-1]
    top = rows[(rows["model"].astype(str) == str(run["model"])) & (pd.to_numeric(rows["rank"]) == 1)]
    days = sorted(pd.to_datetime(top["snapshot_date"]).drop_duplicates())
    days = [d for d in days if pd.Timestamp(run["start"]) <= d <= pd.Timestamp(run["end"])]
    return days, [_is_rebuilt(rebuilt, arena, category, d) for d in days]


def rebuilt_run_caveat(spells: pd.DataFrame, rows: pd.DataFrame | None, rebuilt: pd.DataFrame | None,
                       arena: str, category: str) -> str:
    """The answer's caveat when most of the latest run's boards (``rows``: the pool's board rows; ``rebuilt``:
    rebuilt_boards), its first and last among them, are rebuilt copies; '' otherwise.

    >>> sp = pd.DataFrame({"model": ["w"], "start": pd.to_datetime(["2026-09-03"]),
    ...                    "end": pd.to_datetime(["2026-10-10"])})
    >>> rows = pd.DataFrame({"model": "w", "rank": 1,
    ...     "snapshot_date": pd.to_datetime(["2026-09-03", "2026-09-10", "2026-09-20", "2026-10-10"])})
    >>> rb = pd.DataFrame({"arena": "AA", "category": "t2v", "rebuilt_only": True, "checked": False,
    ...     "snapshot_date": pd.to_datetime(["2026-09-03", "2026-09-20", "2026-10-10"])})
    >>> print(rebuilt_run_caveat(sp, rows, rb, "AA", "t2v"))  # doctest: +NORMALIZE_WHITESPACE
    Most of its boards, including the first and the last, are [rebuilt](#glossary-rebuilt-file) copies not
    yet checked; the downloaded ones show the same leader.
    >>> rebuilt_run_caveat(sp, rows, rb.iloc[1:], "AA", "t2v")
    ''
    """
    days, made = _run_boards(spells, rows, rebuilt, arena, category)
    if not days or not (made[0] and made[-1]) or 2 * sum(made) <= len(made) or all(made):
        return ""
    return (f"Most of its boards, including the first and the last, are {term('rebuilt-file', 'rebuilt')} "
            "copies not yet checked; the downloaded ones show the same leader.")


def with_counted_twice(board: pd.DataFrame | None, history: pd.DataFrame,
                       based_on: pd.DataFrame | None = None) -> pd.DataFrame | None:
    """``board`` (board_certainty of the headline's board, leader first) with the leader's chance under the
    other way of counting a rival listed twice, and the pair's shared name ("MiniMax H3"), so the answer
    and the tables give both readings: when the second listing repeats the first's rating and interval,
    its chance counted as a rival (``p_leader_counting_twice``, from ``history``:
    leader_probability_history); when a listing "based on" another is rated apart from it (``based_on``:
    based_on_odds), its chance with the two counted as one model (``p_leader_as_one``) and the gap in
    points (``pair_apart``). Unchanged without such a pair that day.

    >>> down = pd.DataFrame({"model": ["w"], "p_leader": [0.8958],
    ...                      "snapshot_date": pd.to_datetime(["2026-10-06"])})
    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06"]),
    ...                   "p_leader_counting_twice": [0.83045],
    ...                   "listed_twice": ["MiniMax H3 Max = MiniMax H3 (768p)"]})
    >>> out = with_counted_twice(down, h)
    >>> float(out["p_leader_counting_twice"].iloc[0]), out["pair_name"].iloc[0]
    (0.83045, 'MiniMax H3')
    >>> b = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06"]), "leader": ["w"],
    ...     "model_name": ["MiniMax H3 Max"], "same_as_name": ["MiniMax H3 (768p)"], "elo": [1118.0],
    ...     "same_as_elo": [1117.0], "identical": [False], "p_leader_as_one": [0.93495]})
    >>> out = with_counted_twice(down, h.iloc[:0], b)
    >>> float(out["p_leader_as_one"].iloc[0]), out["pair_name"].iloc[0], float(out["pair_apart"].iloc[0])
    (0.93495, 'MiniMax H3', 1.0)
    """
    if board is None or board.empty:
        return board
    day = pd.Timestamp(board["snapshot_date"].iloc[0])
    hit = (history[pd.to_datetime(history["snapshot_date"]) == day] if history is not None
           and {"p_leader_counting_twice", "listed_twice"} <= set(history.columns) else pd.DataFrame())
    if not hit.empty and pd.notna(hit["p_leader_counting_twice"].iloc[0]):
        out = board.copy()
        out["p_leader_counting_twice"] = pd.NA
        out.loc[out.index[0], "p_leader_counting_twice"] = float(hit["p_leader_counting_twice"].iloc[0])
        out["pair_name"] = fmt.shared_words(*(str(hit["listed_twice"].iloc[0]).split(" = ") * 2)[:2])
        return out
    pair = _based_on_pair(board, based_on, day)
    if pair is None:
        return board
    out = board.copy()
    out["p_leader_as_one"] = pd.NA
    out.loc[out.index[0], "p_leader_as_one"] = float(pair["p_leader_as_one"])
    out["pair_name"] = fmt.shared_words(pair["model_name"], pair["same_as_name"])
    out["pair_apart"] = abs(float(pair["elo"]) - float(pair["same_as_elo"]))
    return out


def _based_on_pair(board: pd.DataFrame, based_on: pd.DataFrame | None, day: pd.Timestamp) -> pd.Series | None:
    """The board's "based on" pair rated apart, when the board's leader is that day's leader; else None."""
    if based_on is None or based_on.empty or "p_leader_as_one" not in based_on.columns:
        return None
    rows = based_on[(pd.to_datetime(based_on["snapshot_date"]) == day)
                    & (based_on["leader"].astype(str) == str(board["model"].iloc[0]))
                    & ~based_on["identical"].astype(bool)]
    return None if rows.empty or pd.isna(rows["p_leader_as_one"].iloc[0]) else rows.iloc[0]


def scoped_changes_finding(spells: pd.DataFrame, arena: str, category: str,
                           rows: pd.DataFrame | None = None, sources: pd.DataFrame | None = None,
                           rebuilt: pd.DataFrame | None = None) -> str:
    """How often #1 changed on the named leaderboard (counted on archived boards and press reports, as the
    runs section says), and the latest leader's first day seen at #1; when that board is a rebuilt copy
    (``rebuilt``: rebuilt_boards; ``rows``: the pool's board rows), its first downloaded board at #1 too.

    >>> sp = pd.DataFrame({"model_name": ["H", "W"], "model": ["h", "w"], "evidence": ["A", "A"],
    ...     "start_precision": "day", "start": pd.to_datetime(["2026-04-08", "2026-09-03"]),
    ...     "end": pd.to_datetime(["2026-06-25", "2026-10-10"])})
    >>> rows = pd.DataFrame({"model": "w", "rank": 1, "arena": "AA", "category": "text-to-video",
    ...     "snapshot_date": pd.to_datetime(["2026-09-03", "2026-09-10"])})
    >>> rb = pd.DataFrame({"arena": "AA", "category": "text-to-video", "rebuilt_only": True,
    ...     "checked": False, "snapshot_date": pd.to_datetime(["2026-09-03"])})
    >>> print(scoped_changes_finding(sp, "AA", "text-to-video", rows, rebuilt=rb))
    ... # doctest: +NORMALIZE_WHITESPACE
    On AA's silent text-to-video leaderboard, #1 changed hands at least once since April 2026; W took it
    last, first seen at #1 on 3 September 2026 (a rebuilt copy; first downloaded board at #1: 10 September).

    >>> spells = pd.DataFrame({"model_name": ["R", "G", "H", "W"], "model": ["r", "g", "h", "w"],
    ...     "evidence": ["B", "C", "A", "A"], "start_precision": ["day", "approx", "day", "day"],
    ...     "start": pd.to_datetime(["2025-12-01", "2026-01-29", "2026-04-08", "2026-09-03"])})
    >>> print(scoped_changes_finding(spells, "AA", "text-to-video"))  # doctest: +NORMALIZE_WHITESPACE
    On AA's silent text-to-video leaderboard, #1 changed hands at least twice since December 2025; W took
    it last, first seen at #1 on 3 September 2026.
    """
    if len(spells) < 2:
        return ""
    firm = firm_changes(spells) if "evidence" in spells.columns else len(spells) - 1
    if not firm:
        return ""
    latest = spells.iloc[-1]
    day = start_words(latest, rows, sources)[1]
    on = "" if day.startswith("around") else "on "
    first = ""
    if rebuilt is not None and _is_rebuilt(rebuilt, arena, category, latest["start"]):
        days, made = _run_boards(spells, rows, rebuilt, arena, category)
        downloaded = [d for d, m in zip(days, made, strict=True) if not m]
        if downloaded:
            first = f" (a rebuilt copy; first downloaded board at #1: {downloaded[0]:%-d %B})"
    return (f"On {board_name(arena, category)}, #1 changed hands at least {_times(firm)} since "
            f"{fmt.month(spells['start'].min())}; {latest['model_name']} took it last, first seen at #1 "
            f"{on}{day} {pd.Timestamp(latest['start']).year}{first}.")


def longest_reign_finding(spells: pd.DataFrame) -> str:
    """The longest run at #1 as a market fact: who, the developer, from when to when, in days.

    >>> sp = pd.DataFrame({"model_name": ["H", "G"], "creator": ["Alibaba-ATH", "Google"],
    ...     "start": pd.to_datetime(["2026-04-08", "2026-07-23"]),
    ...     "end": pd.to_datetime(["2026-06-25", "2026-09-02"]), "days": [79, 42],
    ...     "start_precision": ["approx", "day"], "end_precision": ["day", "day"]})
    >>> print(longest_reign_finding(sp))
    Longest observed run: H (Alibaba), #1 on every board seen from about 8 April to 25 June 2026 (79 days).
    """
    if spells.empty:
        return ""
    run = spells.loc[spells["days"].astype(int).idxmax()]
    approx = "about " if str(run.get("start_precision", "day")) != "day" else ""
    return (f"Longest observed run: {run['model_name']} ({_developer(run)}), #1 on every board seen from "
            f"{approx}{day_range(run['start'], run['end'])} ({fmt.count(int(run['days']), 'day')}).")


def chance_over_run_finding(history: pd.DataFrame, rows: pd.DataFrame, downloaded: pd.DataFrame | None,
                            rebuilt: pd.DataFrame | None = None) -> str:
    """The latest #1's run in two plain sentences: its last two weeks before the re-rating, with the closest
    rival's gap in points (:func:`_late_window`; the first two weeks, :func:`_early_window`, must exist), and
    its chance on the last downloaded board after the re-rating, which removed that rival's name (``history``:
    leader_probability_history; ``rows``: the pool's board rows; ``downloaded``: board_certainty of the
    last downloaded board); '' when the rival stayed.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-03", "2026-09-30", "2026-10-01",
    ...     "2026-10-06"]), "scale_epoch": ["a", "a", "b", "b"], "model": "w", "model_name": "Wan 3.0",
    ...     "runner_up": ["g", "g", "m", "m"], "runner_up_name": ["G", "G", "M", "M"],
    ...     "margin": [9.0, 3.0, 11.0, 11.0], "board_size": [81, 81, 30, 30],
    ...     "p_leader": [0.8771, 0.64465, 0.88, 0.8958], "arena": "AA", "category": "t2v"})
    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01"] * 2), "model": ["w", "m"]})
    >>> down = pd.DataFrame({"model_name": ["Wan 3.0"], "p_leader": [0.8958],
    ...                      "snapshot_date": pd.to_datetime(["2026-10-06"])})
    >>> print(chance_over_run_finding(h, rows, down))  # doctest: +NORMALIZE_WHITESPACE
    On 30 September, Wan 3.0 was 64% likely #1, leading G by 3 points. After the
    [re-rating](#glossary-re-rating) removed that name, it led M by 11 points: about 90% on 6 October.

    Both halves are one measure, the chance of being truly #1 (``p_leader``), the first over the late
    window's boards (:func:`_pct_range` style, "64%–76%"); what a lead in points means in votes is told in
    :func:`shrinking_lead_meaning`.
    """
    pair = _rival_gone(history, rows)
    if pair is None or downloaded is None or downloaded.empty:
        return ""
    before, first = pair
    early, late = _early_window(history, first), _late_window(history, first)
    if early.empty or late.empty:
        return ""
    hits = [_is_rebuilt(rebuilt, str(r.get("arena", "")), str(r.get("category", "")), r["snapshot_date"])
            for _, r in late.iterrows()] if rebuilt is not None else []
    copies = " (rebuilt copies)" if hits and all(hits) else ""
    gaps = late.loc[late["runner_up"] == before["runner_up"], "margin"].round().astype(int)
    gap = f"{gaps.min()}–{gaps.max()}" if gaps.min() != gaps.max() else f"{gaps.min()}"
    cut = term("re-rating", "re-rating")
    low, high = fmt.pct(float(late["p_leader"].min()), 0), fmt.pct(float(late["p_leader"].max()), 0)
    then = low if low == high else f"{low}–{high}"
    day = pd.Timestamp(downloaded["snapshot_date"].iloc[0])
    chance = _chance_span(float(downloaded["p_leader"].iloc[0]), other_reading(downloaded)[0])
    now = history[pd.to_datetime(history["snapshot_date"]) == day]
    if len(now) and pd.notna(now["margin"].iloc[0]):  # why it rose: the new runner-up and its gap
        return (f"On {_date_span(late['snapshot_date'])}, {before['model_name']} was {then} likely #1, "
                f"leading {before['runner_up_name']} by {gap} points. After the {cut} removed that name, it "
                f"led {now['runner_up_name'].iloc[0]} by {fmt.points(float(now['margin'].iloc[0]))}: "
                f"{chance} on {day:%-d %B}.")
    return (f"On {_date_span(late['snapshot_date'])}{copies}, {before['model_name']} was {then} likely #1, "
            f"leading {before['runner_up_name']} by {gap} points. After the {cut} removed that name, it was "
            f"{chance} likely #1 on {day:%-d %B}.")


def other_arena_age(rows: pd.DataFrame, arena: str, category: str, rebuilt: pd.DataFrame | None = None,
                    build: object = None) -> str:
    """The other arena's section opens with its newest board's day, its age (days before the note was built)
    (``build``, default today) and whether it is a rebuilt copy (``rebuilt``: rebuilt_boards); '' when that
    arena has no board of the pool. ``rows``: ranking rows of both arenas.

    >>> rows = pd.DataFrame({"arena": ["LMArena", "Artificial Analysis"], "category": "text-to-video",
    ...     "snapshot_date": pd.to_datetime(["2026-09-21", "2026-10-10"])})
    >>> rb = pd.DataFrame({"arena": ["LMArena"], "category": ["text-to-video"],
    ...     "snapshot_date": pd.to_datetime(["2026-09-21"]), "rebuilt_only": [True], "checked": [False]})
    >>> aa = "Artificial Analysis"
    >>> print(other_arena_age(rows, aa, "text-to-video", rb, "2026-12-07"))  # doctest: +NORMALIZE_WHITESPACE
    LMArena's newest board here, 21 September 2026, is 77 days old and a rebuilt copy, not yet checked.
    >>> print(other_arena_age(rows, aa, "text-to-video", None, "2026-12-07"))
    LMArena's newest board here, 21 September 2026, is 77 days old.
    """
    other = other_arena(arena)
    mine = rows.loc[(rows["arena"].astype(str) == other) & (rows["category"].astype(str) == category),
                    "snapshot_date"]
    if mine.empty:
        return ""
    day = pd.Timestamp(mine.max())
    built = pd.Timestamp(build) if build is not None else pd.Timestamp.today().normalize()
    copy = (" and a rebuilt copy, not yet checked" if _is_rebuilt(rebuilt, other, category, day) else "")
    age = fmt.count((built - day).days, "day")
    return f"{other}'s newest board here, {fmt.day(day)}, is {age} old{copy}."


def plain_findings(spells: pd.DataFrame, arena: str, category: str, *, rows: pd.DataFrame,
                   history: pd.DataFrame, downloaded: pd.DataFrame | None,
                   rebuilt: pd.DataFrame | None = None, sources: pd.DataFrame | None = None,
                   developers: str = "") -> list[str]:
    """Report 02's key findings as plain market statements, one idea each: the changes of #1 on the named
    leaderboard (:func:`scoped_changes_finding`), the longest observed run (:func:`longest_reign_finding`),
    the latest #1's chance over its run (:func:`chance_over_run_finding`) and the developers' (``developers``,
    e.g. :func:`videomarket.stories.developers_trend`). ``rows``: the pool's board rows.

    >>> sp = pd.DataFrame({"model": ["h", "w"], "model_name": ["H", "W"], "creator": ["Alibaba"] * 2,
    ...     "start": pd.to_datetime(["2026-04-08", "2026-09-03"]),
    ...     "end": pd.to_datetime(["2026-06-25", "2026-10-10"]), "days": [79, 38],
    ...     "start_precision": "day", "end_precision": "day"})
    >>> for f in plain_findings(sp, "AA", "text-to-video", rows=pd.DataFrame(), history=pd.DataFrame(),
    ...                         downloaded=None, developers="D."):
    ...     print(f)  # doctest: +NORMALIZE_WHITESPACE
    On AA's silent text-to-video leaderboard, #1 changed hands at least once since April 2026; W took it
    last, first seen at #1 on 3 September 2026.
    Longest observed run: H (Alibaba), #1 on every board seen from 8 April to 25 June 2026 (79 days).
    D.
    """
    over_run = (chance_over_run_finding(history, rows, downloaded, rebuilt)
                if not history.empty and downloaded is not None else "")
    reign = reign_with_gap_finding(spells, rows) if len(rows) else longest_reign_finding(spells)
    found = [scoped_changes_finding(spells, arena, category, rows, sources, rebuilt), reign,
             over_run, developers]
    return [f for f in found if f][:5]


def _gap_inside(days: pd.Series, start: object, end: object) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The longest stretch of days with no board strictly between two boards from ``start`` to ``end``
    (first and last day without a board); None when no day is missing."""
    seen = pd.Series(sorted(pd.to_datetime(days).drop_duplicates()))
    seen = seen[(seen >= pd.Timestamp(start)) & (seen <= pd.Timestamp(end))].reset_index(drop=True)
    if len(seen) < 2:
        return None
    steps = seen.diff().dt.days
    at = int(steps.idxmax())
    if float(steps.iloc[at]) < 2:
        return None
    return seen.iloc[at - 1] + pd.Timedelta(days=1), seen.iloc[at] - pd.Timedelta(days=1)


def reign_with_gap_finding(spells: pd.DataFrame, rows: pd.DataFrame) -> str:
    """The longest run at #1 (:func:`longest_reign_finding`) with its longest stretch without any board
    (``rows``: the pool's board rows), so a reader sees how much of the run was not observed.

    >>> sp = pd.DataFrame({"model_name": ["H"], "creator": ["Alibaba-ATH"],
    ...     "start": pd.to_datetime(["2026-04-08"]), "end": pd.to_datetime(["2026-06-25"]), "days": [79],
    ...     "start_precision": ["approx"], "end_precision": ["day"]})
    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-04-08", "2026-05-14", "2026-06-25"])})
    >>> print(reign_with_gap_finding(sp, rows))  # doctest: +NORMALIZE_WHITESPACE
    Longest observed run: H (Alibaba), #1 on every board seen from about 8 April to 25 June 2026 (79 days; no
    board 15 May–24 June).
    """
    text = longest_reign_finding(spells)
    if not text or rows is None or rows.empty:
        return text
    run = spells.loc[spells["days"].astype(int).idxmax()]
    gap = _gap_inside(rows["snapshot_date"], run["start"], run["end"])
    if gap is None:
        return text
    first, last = gap
    span = (f"{first:%-d %B}–{last:%-d %B}" if first.month != last.month else f"{first:%-d}–{last:%-d %B}")
    return text[:-2] + f"; no board {span})."


def unseen_months_note(rows: pd.DataFrame) -> str:
    """The longest stretch with no board of the pool (``rows``: its board rows, with ``date_precision``
    when known) and the whole months inside it, which were not observed; '' when no whole month is missing.

    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-01-29", "2026-04-08", "2026-04-10"]),
    ...                      "date_precision": ["approx", "approx", "day"]})
    >>> print(unseen_months_note(rows))  # doctest: +NORMALIZE_WHITESPACE
    No board was seen between about 29 January and about 8 April 2026: February and March 2026 were not
    observed, and a short run at #1 then would have gone unseen.
    """
    if rows is None or rows.empty:
        return ""
    days = pd.Series(sorted(pd.to_datetime(rows["snapshot_date"]).drop_duplicates()))
    gap = _gap_inside(days, days.min(), days.max())
    if gap is None:
        return ""
    before, after = gap[0] - pd.Timedelta(days=1), gap[1] + pd.Timedelta(days=1)
    months = pd.period_range(gap[0], gap[1], freq="M")
    whole = [m for m in months if m.start_time >= gap[0] and m.end_time.normalize() <= gap[1]]
    if not whole:
        return ""

    def approx(day: pd.Timestamp) -> str:
        if "date_precision" not in rows.columns:
            return ""
        kind = rows.loc[pd.to_datetime(rows["snapshot_date"]) == day, "date_precision"].astype(str)
        return "" if (kind == "day").any() else "about "

    names = [f"{m.start_time:%B}" for m in whole]
    said = " and ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + " and " + names[-1]
    year = f" {before.year}" if before.year != after.year else ""
    return (f"No board was seen between {approx(before)}{before:%-d %B}{year} and {approx(after)}"
            f"{after:%-d %B %Y}: {said} {whole[-1].start_time.year} were not observed, and a short run at "
            "#1 then would have gone unseen.")


def _lead_on_first_board(run: pd.Series, rows: pd.DataFrame) -> float | None:
    """A run's lead over the next rating on its first board (``rows``: the pool's board rows with ratings)."""
    if rows is None or rows.empty or "elo" not in rows.columns:
        return None
    board = rows[pd.to_datetime(rows["snapshot_date"]) == pd.Timestamp(run["start"])].dropna(subset=["elo"])
    mine = board.loc[board["model"].astype(str) == str(run["model"]), "elo"]
    others = board.loc[board["model"].astype(str) != str(run["model"]), "elo"]
    if mine.empty or others.empty:
        return None
    return float(mine.max()) - float(others.max())


_SAID_BY = {"B": " in press reports", "C": " on a third party's copy", "D": " in an unverified quote"}


def shrinking_lead_meaning(gaps: pd.DataFrame, spells: pd.DataFrame, rows: pd.DataFrame,
                           min_boards: int = 3, rebuilt: pd.DataFrame | None = None, *,
                           brief: bool = False) -> str:
    """"What this means" in a few computed facts, said as observations: the leads over the #2 of the runs
    before the re-rating (``gaps``: leader_gaps with ``distinct=True``, its first rating scale only, runs on
    at least ``min_boards`` boards) by their medians, said as each smaller than the one before only when
    they are; the first such run's low when it came on its last board, with its #2; an earlier leader's
    lead on its first board when it breaks the pattern (``rows``: the pool's board rows); the latest run's
    smallest lead as a head-to-head win share ("on a rebuilt copy" from ``rebuilt``, rebuilt_boards); the
    longest run at #1 and the days from one leader's first board to the next's, also without the models
    seen at #1 only in third parties' copies (``spells``: spell_odds). With ``brief``, only the medians, the
    first run's low, the exception and the longest run, for a reader who wants the point in a few sentences.

    >>> g = pd.DataFrame({"model": ["a"] * 3 + ["b"] * 3, "model_name": ["A"] * 3 + ["B"] * 3,
    ...     "snapshot_date": pd.to_datetime(["2026-04-10", "2026-05-02", "2026-06-25",
    ...                                      "2026-09-03", "2026-09-24", "2026-10-01"]),
    ...     "runner_up": ["s"] * 2 + ["a2"] + ["a"] * 3, "runner_up_name": ["S"] * 2 + ["A2"] + ["A"] * 3,
    ...     "scale_epoch": ["e1"] * 5 + ["e2"], "margin": [94.0, 110.0, 5.0, 9.0, 3.0, 11.0]})
    >>> sp = pd.DataFrame({"model": ["r", "a", "c", "b"], "model_name": ["R", "A", "C", "B"],
    ...     "evidence": ["B", "A", "C", "A"], "start": pd.to_datetime(["2025-12-01", "2026-04-08",
    ...     "2026-07-23", "2026-09-03"]), "end": pd.to_datetime(["2025-12-20", "2026-06-25", "2026-07-23",
    ...     "2026-10-10"]), "days": [20, 79, 1, 38]})
    >>> rows = pd.DataFrame({"arena": "AA", "category": "t2v", "model": ["r", "v", "a", "a2"],
    ...     "creator": ["Runway", "Google", "Alibaba", "Alibaba"], "elo": [1247.0, 1226.0, None, None],
    ...     "snapshot_date": pd.to_datetime(["2025-12-01"] * 2 + ["2026-06-25"] * 2)})
    >>> rb = pd.DataFrame({"arena": ["AA"], "category": ["t2v"], "rebuilt_only": [True], "checked": [False],
    ...                    "snapshot_date": pd.to_datetime(["2026-09-24"])})
    >>> print(shrinking_lead_meaning(g, sp, rows, 2, rb))  # doctest: +NORMALIZE_WHITESPACE
    **What this means.** Of the last two leaders, each led the #2 by less than the one before (medians 94
    and 6 points before the [re-rating](#glossary-re-rating)); A's low, 5 points, came on its last board,
    25 June, over A2, from the same developer. That is an observation, not a trend: R's December lead, 21
    points in press reports, was smaller than A's. At its smallest, 3 points on a rebuilt copy (24
    September), B's lead meant winning about 50.4% of head-to-head votes: a coin toss. No leader was seen
    at #1 for more than 79 days, and each new #1 was first seen 128–148 days after the previous one
    (42–128 counting the model seen at #1 only on a third party's copy); treat #1 as a snapshot and check
    the live board before citing it.
    >>> print(shrinking_lead_meaning(g, sp, rows, 2, rb, brief=True))  # doctest: +NORMALIZE_WHITESPACE
    **What this means.** Of the last two leaders, each led the #2 by less than the one before (medians 94
    and 6 points before the [re-rating](#glossary-re-rating)); A's low, 5 points, came on its last board,
    25 June, over A2, from the same developer. That is an observation, not a trend: R's December lead, 21
    points in press reports, was smaller than A's. No leader was seen at #1 for more than 79 days: treat #1
    as a snapshot and check the live board before citing it.
    """
    runs = gaps.sort_values("snapshot_date")
    if runs.empty:
        return ""
    if "scale_epoch" in runs.columns:
        runs = runs[runs["scale_epoch"] == runs["scale_epoch"].iloc[0]]
    runs = runs.assign(run=runs["model"].ne(runs["model"].shift()).cumsum())
    measured = [r for _, r in runs.groupby("run", sort=True) if len(r) >= min_boards]
    if len(measured) < 2:
        return ""
    medians = [math.floor(float(r["margin"].median()) + 0.5) for r in measured]
    shrinking = all(b < a for a, b in itertools.pairwise(medians))
    said = (", ".join(str(m) for m in medians[:-1]) + f" and {medians[-1]}")
    cut = term("re-rating", "re-rating")
    count = {2: "two", 3: "three", 4: "four", 5: "five"}.get(len(measured), str(len(measured)))
    if shrinking:
        text = (f"**What this means.** Of the last {count} leaders, each led the #2 by less than the one "
                f"before (medians {said} points before the {cut})")
    else:
        text = (f"**What this means.** Before the {cut}, leads at #1 varied from leader to leader "
                f"(medians {said})")
    first = measured[0]
    low = first.loc[first["margin"].idxmin()]
    last_day = pd.Timestamp(first["snapshot_date"].max())
    if pd.Timestamp(low["snapshot_date"]) == last_day and "runner_up_name" in low:
        same = ""
        if rows is not None and {"model", "creator"} <= set(rows.columns):
            makers = {str(m): _developer(pd.Series({"creator": c}))
                      for m, c in zip(rows["model"], rows["creator"], strict=True)}
            if makers.get(str(low["model"])) == makers.get(str(low["runner_up"])) is not None:
                same = ", from the same developer"
        text += (f"; {low['model_name']}'s low, {fmt.points(float(low['margin']))}, came on its last board, "
                 f"{pd.Timestamp(low['snapshot_date']):%-d %B}, over {low['runner_up_name']}{same}")
    text += "."
    order = spells.sort_values("start").reset_index(drop=True)
    if shrinking and len(order):
        head = str(first["model"].iloc[0])
        earlier = order[(order["start"] < pd.Timestamp(first["snapshot_date"].min()))
                        & (order["model"].astype(str) != head)]
        if "evidence" in earlier.columns:
            earlier = earlier[earlier["evidence"].astype(str).isin(FIRM_GRADES)]
        if len(earlier):
            run = earlier.iloc[-1]
            lead = _lead_on_first_board(run, rows)
            if lead is not None and lead < medians[0]:
                text += (f" That is an observation, not a trend: {run['model_name']}'s "
                         f"{pd.Timestamp(run['start']):%B} lead, {fmt.points(lead)}"
                         f"{_SAID_BY.get(str(run.get('evidence', 'A')), '')}, was smaller than "
                         f"{first['model_name'].iloc[0]}'s.")
    if brief:
        longest = int(spells["days"].astype(int).max()) if len(spells) else 0
        return text + (f" No leader was seen at #1 for more than {fmt.count(longest, 'day')}: treat #1 as a "
                       "snapshot and check the live board before citing it." if longest else "")
    latest = measured[-1]
    small = latest.loc[latest["margin"].idxmin()]
    narrow = float(small["margin"])
    day = pd.Timestamp(small["snapshot_date"])
    arena = str(rows["arena"].iloc[0]) if "arena" in rows.columns and len(rows) else ""
    pool = str(rows["category"].iloc[0]) if "category" in rows.columns and len(rows) else ""
    copy = "on a rebuilt copy " if _is_rebuilt(rebuilt, arena, pool, day) else ""
    share = 100 * float(win_probability(narrow, 0))
    toss = ": a coin toss" if share <= 55 else ""
    text += (f" At its smallest, {fmt.points(narrow)} {copy}({day:%-d %B}), {latest['model_name'].iloc[0]}'s "
             f"lead meant winning about {share:.1f}% of head-to-head votes{toss}.")
    if len(order) < 2:
        return text + " Treat #1 as a snapshot and check the live board before citing it."
    longest = int(order["days"].astype(int).max())

    def steps_of(runs: pd.DataFrame) -> str:
        steps = pd.to_datetime(runs["start"]).diff().dt.days.dropna().astype(int)
        return f"{steps.min()}–{steps.max()}" if steps.min() != steps.max() else str(steps.min())

    firm = (order[order["evidence"].astype(str).isin(FIRM_GRADES)].reset_index(drop=True)
            if "evidence" in order.columns else order)
    both = steps_of(order)
    if len(firm) >= 2 and len(firm) < len(order):
        weak = len(order) - len(firm)
        left = ("the model seen at #1 only on a third party's copy" if weak == 1
                else "the models seen at #1 only on third parties' copies")
        both = f"{steps_of(firm)} days after the previous one ({both} counting {left})"
    else:
        both += " days after the previous one"
    return (text + f" No leader was seen at #1 for more than {fmt.count(longest, 'day')}, and each new #1 "
            f"was first seen {both}; treat #1 as a snapshot and check the live board before citing it.")


def counted_as_two_text(history: pd.DataFrame, board: pd.DataFrame | None, rows: pd.DataFrame,
                        rebuilt: pd.DataFrame | None, arena: str, category: str) -> str:
    """The latest #1's chance on the newest board (``board``: :func:`with_counted_twice`) with its rival
    listed twice counted both ways, then like for like, the pair counted as two rivals on every board, from
    the last board that gave the two listings identical numbers (``history``:
    leader_probability_history, ``listed_twice``) to the newest; ``rows`` (the pool's board rows) give the
    newest board's two ratings; ``rebuilt`` (rebuilt_boards) marks rebuilt copies. '' without such a pair.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07", "2026-10-09",
    ...     "2026-10-10"]), "model_name": "Wan 3.0",
    ...     "runner_up_name": ["MiniMax H3 (768p)"] + ["MiniMax H3 Max"] * 3,
    ...     "margin": [11.0, 9.0, 10.0, 11.0], "p_leader": [0.8958, 0.7799, 0.8175, 0.87865],
    ...     "listed_twice": ["MiniMax H3 Max = MiniMax H3 (768p)", None, None, None],
    ...     "p_leader_counting_twice": [0.83045, None, None, None]})
    >>> new = pd.DataFrame({"p_leader": [0.87865], "snapshot_date": pd.to_datetime(["2026-10-10"]),
    ...     "p_leader_as_one": [0.93495], "pair_name": ["MiniMax H3"], "pair_apart": [1.0]})
    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"] * 2),
    ...     "model_name": ["MiniMax H3 Max", "MiniMax H3 (768p)"], "elo": [1118.0, 1117.0]})
    >>> rb = pd.DataFrame({"arena": "AA", "category": "t2v", "rebuilt_only": True, "checked": False,
    ...     "snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07", "2026-10-09", "2026-10-10"])})
    >>> print(counted_as_two_text(h, new, rows, rb, "AA", "t2v"))  # doctest: +NORMALIZE_WHITESPACE
    On the newest board, 10 October 2026 (a rebuilt copy), Wan 3.0 led MiniMax H3 Max by 11 points.
    That board lists MiniMax H3 twice, as MiniMax H3 Max at 1118 and MiniMax H3 (768p) at 1117. Counted as
    two rivals, as this
    note counts listings rated apart, Wan 3.0's chance of being truly #1 is 88%; counted as one model, rated
    as the higher of the two, 93%.
    Like for like, with the two listings counted as two rivals on every board, it reads 83% on 6 October
    (when both listings had identical numbers), 78–82% on 7–9 October and 88% on 10 October.
    """
    one = as_one(board)
    if one is None or history.empty:
        return ""
    order = history.sort_values("snapshot_date")
    day = pd.Timestamp(board["snapshot_date"].iloc[0])
    on = order[pd.to_datetime(order["snapshot_date"]) == day]
    if on.empty:
        return ""
    latest = on.iloc[0]
    copy = " (a rebuilt copy)" if _is_rebuilt(rebuilt, arena, category, day) else ""
    text = (f"On the newest board, {fmt.day(day)}{copy}, {latest['model_name']} led "
            f"{latest['runner_up_name']} by {fmt.points(float(latest['margin']))}.")
    names = _pair_ratings(board, rows, day)
    if names:
        text += f" That board lists {board['pair_name'].iloc[0]} twice, as {names}."
    text += (f" Counted as two rivals, as this note counts listings rated apart, {latest['model_name']}'s "
             f"chance of being truly #1 is {fmt.pct(float(board['p_leader'].iloc[0]), 0)}; counted as one "
             f"model, rated as the higher of the two, {fmt.pct(one[0], 0)}.")
    identical = order[order["p_leader_counting_twice"].notna() & (order["snapshot_date"] < day)] if (
        "p_leader_counting_twice" in order.columns) else order.iloc[:0]
    if identical.empty:
        return text
    since = pd.Timestamp(identical["snapshot_date"].max())
    first = identical.iloc[-1]
    between = order[(order["snapshot_date"] > since) & (order["snapshot_date"] < day)]
    middle = (f", {_pct_range(between['p_leader'])} on {_date_span(between['snapshot_date'])}"
              if len(between) else "")
    return text + (" Like for like, with the two listings counted as two rivals on every board, it reads "
                   f"{fmt.pct(float(first['p_leader_counting_twice']), 0)} on {since:%-d %B} (when both "
                   f"listings had identical numbers){middle} and {fmt.pct(float(latest['p_leader']), 0)} on "
                   f"{day:%-d %B}.")


def _pair_ratings(board: pd.DataFrame, rows: pd.DataFrame, day: pd.Timestamp) -> str:
    """'M Max at 1118 and MiniMax H3 (768p) at 1117': the newest board's two listings of the pair named
    ``pair_name`` with their ratings, highest first; '' when the rows lack them."""
    if rows is None or rows.empty or "pair_name" not in board.columns:
        return ""
    pair = str(board["pair_name"].iloc[0])
    on = rows[(pd.to_datetime(rows["snapshot_date"]) == day)
              & rows["model_name"].astype(str).str.startswith(pair)]
    on = on.drop_duplicates("model_name").sort_values("elo", ascending=False, kind="stable")
    if len(on) != 2:
        return ""
    return " and ".join(f"{r.model_name} at {r.elo:.0f}" for r in on.itertuples(index=False))


def after_rerating_note(history: pd.DataFrame, rows: pd.DataFrame, downloaded: pd.DataFrame | None,
                        rebuilt: pd.DataFrame | None, arena: str, category: str,
                        rebuilt_chances: bool = True) -> str:
    """The latest #1's chance on the rebuilt boards between the newest board and the latest
    one (``history``: leader_probability_history; ``downloaded``: board_certainty of the last downloaded
    board; ``rebuilt``: rebuilt_boards; left out when not ``rebuilt_chances``, as when
    :func:`counted_as_two_text` gives them), and where the last #2 before the re-rating went: ``rows`` holds
    the arena's boards of every pool, so a rival gone from this board that leads another pool's latest
    board is said to lead there.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30", "2026-10-01", "2026-10-06",
    ...     "2026-10-07", "2026-10-09", "2026-10-10"]), "scale_epoch": ["a"] + ["b"] * 5,
    ...     "model": "w", "model_name": "Wan 3.0", "runner_up": ["g", "m", "m", "m", "m", "m"],
    ...     "runner_up_name": ["G", "M", "M", "M", "M", "M"], "p_leader": [0.64, 0.9, 0.8958, 0.7799, 0.8175,
    ...     0.8787], "arena": "AA", "category": "t2v"})
    >>> rows = pd.DataFrame({"arena": "AA", "category": ["t2v", "i2v"], "model": ["w", "g"],
    ...     "model_name": ["Wan 3.0", "G"], "rank": [1, 1],
    ...     "snapshot_date": pd.to_datetime(["2026-10-10", "2026-10-10"])})
    >>> down = pd.DataFrame({"model_name": ["Wan 3.0"], "snapshot_date": pd.to_datetime(["2026-10-06"])})
    >>> rb = pd.DataFrame({"arena": "AA", "category": "t2v", "rebuilt_only": True, "checked": False,
    ...     "snapshot_date": pd.to_datetime(["2026-10-07", "2026-10-09", "2026-10-10"])})
    >>> print(after_rerating_note(h, rows, down, rb, "AA", "t2v"))  # doctest: +NORMALIZE_WHITESPACE
    The rebuilt copies of 7–9 October put Wan 3.0 lower, at 78–82% (report 03's
    [appendix](03-how-sure-is-number-one.html#how-robust-is-the-latest-chance) compares the readings). G,
    #2 before the re-rating, is gone from this board but still leads i2v.
    """
    if history.empty or downloaded is None or downloaded.empty:
        return ""
    day = pd.Timestamp(downloaded["snapshot_date"].iloc[0])
    latest = pd.Timestamp(history["snapshot_date"].max())
    between = history[(history["snapshot_date"] > day) & (history["snapshot_date"] < latest)]
    between = between[[_is_rebuilt(rebuilt, arena, category, d) for d in between["snapshot_date"]]]
    text = ""
    if len(between) and rebuilt_chances:
        text = (f"The rebuilt copies of {_date_span(between['snapshot_date'])} put "
                f"{between['model_name'].iloc[-1]} {'lower, ' if between['p_leader'].max() < 0.875 else ''}"
                f"at {_pct_range(between['p_leader'])} (report 03's "
                "[appendix](03-how-sure-is-number-one.html#how-robust-is-the-latest-chance) compares the "
                "readings).")
    pair = _rival_gone(history, rows.loc[rows["category"].astype(str) == category]
                       if "category" in rows.columns else rows)
    if pair is None:
        return text
    rival = pair[0]
    others = rows.loc[(rows["arena"].astype(str) == arena) & (rows["category"].astype(str) != category)]
    led = []
    for pool, board in others.groupby(others["category"].astype(str)):
        top = board[board["snapshot_date"] == board["snapshot_date"].max()]
        if (top.loc[top["rank"] == top["rank"].min(), "model"] == rival["runner_up"]).any():
            led.append(pool_label(pool))
    if led:
        text += (f" {rival['runner_up_name']}, #2 before the re-rating, is gone from this board but still "
                 f"leads {' and '.join(p[0].lower() + p[1:] for p in led)}.")
    return text.strip()


def marked_runs(table: pd.DataFrame, daily_odds: pd.DataFrame | None, rebuilt: pd.DataFrame | None,
                last_day: object) -> pd.DataFrame:
    """The runs table (:func:`videomarket.stories.runs_table`) with its lowest chance as text marked
    "(rebuilt copy)" when read on a rebuilt board (``daily_odds``: daily_leader_odds; ``rebuilt``:
    rebuilt_boards), and a run still going on the last board (``last_day``) marked "still #1 at the end of
    the data".

    >>> t = pd.DataFrame({"model": ["g", "w"], "arena": "AA", "category": "t2v",
    ...     "p_leader_min": [0.987, 0.644],
    ...     "end": pd.to_datetime(["2026-09-02", "2026-10-10"]), "end_text": ["2 Sep 2026", "10 Oct 2026"]})
    >>> d = pd.DataFrame({"model": ["g", "w", "w"], "p_leader": [0.987, 0.644, 0.9],
    ...     "snapshot_date": pd.to_datetime(["2026-08-01", "2026-09-24", "2026-10-06"])})
    >>> rb = pd.DataFrame({"arena": "AA", "category": "t2v", "rebuilt_only": True, "checked": False,
    ...     "snapshot_date": pd.to_datetime(["2026-09-24"])})
    >>> out = marked_runs(t, d, rb, "2026-10-10")
    >>> out["lowest_text"].tolist(), out["end_text"].tolist()
    (['99%', '64% (rebuilt copy)'], ['2 Sep 2026', '10 Oct 2026; still #1 at the end of the data'])
    """
    lowest = []
    for _, r in table.iterrows():
        text = _chance_text(r["p_leader_min"])
        if daily_odds is not None and not pd.isna(text):
            mine = daily_odds[(daily_odds["model"] == r["model"])
                              & (daily_odds["p_leader"] == r["p_leader_min"])]
            if len(mine) and all(_is_rebuilt(rebuilt, str(r["arena"]), str(r["category"]), d)
                                 for d in mine["snapshot_date"]):
                text += " (rebuilt copy)"
        lowest.append(text)
    ends = [f"{e}; still #1 at the end of the data" if pd.Timestamp(d) == pd.Timestamp(last_day) else e
            for e, d in zip(table["end_text"], table["end"], strict=True)]
    return table.assign(lowest_text=lowest, end_text=ends)


def shares_columns(columns: dict[str, str], share: pd.DataFrame | None,
                   rebuilt: pd.DataFrame | None, places: pd.DataFrame | None = None) -> dict[str, str]:
    """The developer table's headers (``columns``, e.g. SHARES_TABLE) with "(rebuilt)" after the latest
    board's when every copy of that board was rebuilt from text (``share``: creator_share rows with arena and
    category; ``rebuilt``: rebuilt_boards); with ``places`` (:func:`with_distinct_places`) each count's base:
    the complete copies (days of ``share``) and the distinct boards the mean is over.

    >>> sh = pd.DataFrame({"arena": "AA", "category": "t2v",
    ...                    "snapshot_date": pd.to_datetime(["2026-10-09", "2026-10-10"])})
    >>> cols = {"boards": "Boards with a place", "distinct_places": "Places per distinct board (mean)"}
    >>> shares_columns(cols, sh, None, pd.DataFrame({"distinct_boards": [1]}))
    ... # doctest: +NORMALIZE_WHITESPACE
    {'boards': 'Boards with a place (of 2 complete copies)',
     'distinct_places': 'Places per distinct board (mean over 1)'}

    >>> sh = pd.DataFrame({"arena": ["AA"], "category": ["t2v"],
    ...                    "snapshot_date": pd.to_datetime(["2026-10-10"])})
    >>> rb = sh.assign(rebuilt_only=True, checked=False)
    >>> shares_columns({"latest_places": "Places on the latest board"}, sh, rb)
    {'latest_places': 'Places on the latest board (rebuilt)'}
    """
    out = dict(columns)
    if share is not None and not share.empty and places is not None and "distinct_boards" in places.columns:
        if "boards" in out:
            out["boards"] += f" (of {share['snapshot_date'].nunique()} complete copies)"
        if "distinct_places" in out and len(places):
            out["distinct_places"] = out["distinct_places"].replace(
                "(mean)", f"(mean over {int(places['distinct_boards'].iloc[0])})")
    if share is None or share.empty or "latest_places" not in out:
        return out
    day = pd.Timestamp(share["snapshot_date"].max())
    if _is_rebuilt(rebuilt, str(share["arena"].iloc[0]), str(share["category"].iloc[0]), day):
        out["latest_places"] += " (rebuilt)"
    return out
