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
from videomarket.leaderboard import digit_slips_possible
from videomarket.stories import fmt
from videomarket.stories._certainty import (
    PLAIN_POOLS,
    _date_span,
    _early_window,
    _late_window,
    _pct_range,
    _rival_gone,
    changed_field_cause,
)
from videomarket.stories._changes import FIRM_GRADES, firm_changes
from videomarket.stories._changes import times as _times
from videomarket.stories._guide import (
    as_one,
    other_reading,
    pool_label,
)
from videomarket.stories._movements import (
    STOOD_CAP,
    _chance_text,
    _developer,
    _is_rebuilt,
    _listing,
    _second_hand_count,
    day_range,
    most_places_spans,
    other_arena,
    places_by_period,
    start_words,
)
from videomarket.stories._notes import github_repository, term


def board_name(arena: str, category: str) -> str:
    """The leaderboard in plain words, so that no #1 reads as overall.

    >>> board_name("Artificial Analysis", "text-to-video")
    "Artificial Analysis's silent text-to-video leaderboard"
    """
    return f"{arena}'s {PLAIN_POOLS.get(category, category)} leaderboard"


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


def rerating_findings(history: pd.DataFrame, rows: pd.DataFrame,
                      downloaded: pd.DataFrame | None, *, others: pd.DataFrame | None = None) -> list[str]:
    """The latest #1's chance of being truly #1 over its run, as two key findings: before the re-rating,
    its first two weeks (:func:`_early_window`) and its last two weeks with the closest rival's gap in
    points (:func:`_late_window`); after it, the range over every board up to the newest on one counting
    rule, a model listed twice counted as two rivals on every board (:func:`_as_two_rivals` of
    ``history``, leader_probability_history), with the cause report 03 gives (:func:`changed_field_cause`),
    naming the boards of the top value when they are not the newest
    (``downloaded``: board_certainty of the newest board). ``rows``: the pool's board rows. [] when the
    rival stayed on the board.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-03", "2026-09-16", "2026-09-18",
    ...     "2026-09-30", "2026-10-01", "2026-10-04", "2026-10-05", "2026-10-10"]),
    ...     "scale_epoch": ["a"] * 4 + ["b"] * 4, "model": "w", "model_name": "Wan 3.0",
    ...     "runner_up": ["g"] * 4 + ["m"] * 4, "runner_up_name": ["G"] * 4 + ["M"] * 4,
    ...     "margin": [9.0, 8.0, 6.0, 3.0, 11.0, 13.0, 13.0, 11.0], "board_size": [81] * 4 + [30] * 4,
    ...     "p_leader": [0.8771, 0.90385, 0.76455, 0.64465, 0.78, 0.9331, 0.9331, 0.87865], "arena": "AA",
    ...     "category": "text-to-video"})
    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01"] * 2), "model": ["w", "m"]})
    >>> down = pd.DataFrame({"model_name": ["Wan 3.0"], "p_leader": [0.87865],
    ...     "snapshot_date": pd.to_datetime(["2026-10-10"])})
    >>> for f in rerating_findings(h, rows, down):
    ...     print(f)  # doctest: +NORMALIZE_WHITESPACE
    Before the 1 October [re-rating](#glossary-re-rating), Wan 3.0 was 88%–90% likely truly #1 on 3–16
    September, then 64%–76% on 18–30 September, as G closed to within 3–6 points.
    After it, Wan 3.0 was 78%–93% likely truly #1 on 1–10 October, highest on 4–5 October. Wan 3.0's rise
    after the 1 October [re-rating](#glossary-re-rating) partly reflects a changed field: G, its closest
    rival, is not on the re-rated board under that name.

    With ``others`` (the arena's board rows of every pool), it names another pool the rival still leads on
    that pool's latest board:

    >>> o = pd.DataFrame({"category": ["image-to-video"], "model": ["g"], "rank": [1],
    ...                   "snapshot_date": pd.to_datetime(["2026-10-10"])})
    >>> print(rerating_findings(h, rows, down, others=o)[1])
    ... # doctest: +NORMALIZE_WHITESPACE
    After it, Wan 3.0 was 78%–93% likely truly #1 on 1–10 October. Wan 3.0's rise after the 1 October
    [re-rating](#glossary-re-rating) partly reflects a changed field: G, its closest rival, is not on the
    re-rated board under that name. It still leads silent image-to-video.

    When the chance did not rise above the last weeks' before it, the rival's exit is told as a fact:

    >>> print(rerating_findings(h.assign(p_leader=[0.88, 0.9, 0.76, 0.64, 0.7, 0.93, 0.93, 0.88]), rows,
    ...       down)[1])  # doctest: +NORMALIZE_WHITESPACE
    After it, Wan 3.0 was 70%–93% likely truly #1 on 1–10 October, highest on 4–5 October. Its closest
    rival, G, was not on the re-rated silent text-to-video board under that name.
    """
    pair = _rival_gone(history, rows)
    if pair is None or downloaded is None or downloaded.empty:
        return []
    before, first = pair
    early, late = _early_window(history, first), _late_window(history, first)
    if early.empty or late.empty:
        return []
    gaps = late.loc[late["runner_up"] == before["runner_up"], "margin"].round().astype(int)
    gap = f"{gaps.min()}–{gaps.max()}" if gaps.min() != gaps.max() else f"{gaps.min()}"
    name = before["model_name"]
    day = pd.Timestamp(downloaded["snapshot_date"].iloc[0])
    rerated = pd.Timestamp(first["snapshot_date"])
    late_span = _span(late['p_leader'].min(), late['p_leader'].max())
    ahead = (f"Before the {rerated:%-d %B} {term('re-rating', 're-rating')}, {name} was "
             f"{_span(early['p_leader'].min(), early['p_leader'].max())} likely truly #1 on "
             f"{_date_span(early['snapshot_date'])}, then {late_span}"
             f" on {_date_span(late['snapshot_date'])}, as {before['runner_up_name']} closed to within {gap} "
             "points.")
    dates = pd.to_datetime(history["snapshot_date"])
    since = history[(history["scale_epoch"] == _scale_of(history, day)) & (dates <= day)]
    since, pair_words = _as_two_rivals(since)
    said = since["p_leader"].map(lambda p: fmt.pct(float(p), 0))
    top = since.loc[said == fmt.pct(float(since["p_leader"].max()), 0), "snapshot_date"]
    at = [i for i, hit in enumerate(said == fmt.pct(float(since["p_leader"].max()), 0)) if hit]
    where = ("" if pd.Timestamp(top.max()) == day or at[-1] - at[0] + 1 != len(at)  # one stretch only
             else f", highest on {_date_span(top)}")
    led = _pools_led(others, before["runner_up"], history)
    still = f"; it still leads {' and '.join(led)}" if led else ""
    cat = str(history["category"].iloc[0]) if "category" in history.columns else ""
    board = f"re-rated {PLAIN_POOLS.get(cat, pool_label(cat).lower())} board" if cat else "re-rated board"
    chances = _span(since['p_leader'].min(), since['p_leader'].max())
    rival = before["runner_up_name"]
    if float(since["p_leader"].min()) > float(late["p_leader"].max()):  # the rise: partly the rival's exit
        cause = changed_field_cause(before, first)
        after = (f"After it, {name} was {chances} likely truly #1 on "
                 f"{_date_span(since['snapshot_date'])}{'' if led else where}{pair_words}. {cause}"
                 + (f" It still leads {' and '.join(led)}." if led else ""))
        return [ahead, after]
    after = (f"After it, {name} was {chances} likely truly #1 "
             f"on {_date_span(since['snapshot_date'])}{'' if led else where}{pair_words}. Its closest rival, "
             f"{rival}, was not on the {board} under that name{still}.")
    return [ahead, after]


def _as_two_rivals(history: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """``history`` (leader_probability_history) read on one rule, a model listed twice counted as two rivals
    on every board (``p_leader_counting_twice`` where the two listings repeat each other's numbers), and
    the words that say so (" (MiniMax H3's two listings counted as two rivals throughout)"); the words are
    "" when no board lists a model twice.

    >>> h = pd.DataFrame({"p_leader": [0.93, 0.78], "p_leader_counting_twice": [0.88, None],
    ...                   "listed_twice": ["MiniMax H3 Max = MiniMax H3 (768p)", None]})
    >>> out, words = _as_two_rivals(h)
    >>> out["p_leader"].round(2).tolist(), words
    ([0.88, 0.78], " (MiniMax H3's two listings counted as two rivals throughout)")
    """
    if "p_leader_counting_twice" not in history.columns or history["p_leader_counting_twice"].isna().all():
        return history, ""
    twice = pd.to_numeric(history["p_leader_counting_twice"], errors="coerce")
    out = history.assign(p_leader=twice.fillna(pd.to_numeric(history["p_leader"])))
    pair = str(history.loc[twice.notna(), "listed_twice"].iloc[0]).split(" = ")
    name = fmt.shared_words(*(pair * 2)[:2])
    return out, f" ({name}'s two listings counted as two rivals throughout)"


def _pools_led(others: pd.DataFrame | None, model: object, history: pd.DataFrame) -> list[str]:
    """The plain names of the pools other than ``history``'s whose latest board in ``others`` (board rows
    with category, model, rank) has ``model`` at #1; [] without ``others``.

    >>> o = pd.DataFrame({"category": ["image-to-video", "t2v", "text-to-video-audio"],
    ...     "model": ["g", "g", "m"], "rank": 1, "snapshot_date": pd.Timestamp("2026-10-10")})
    >>> _pools_led(o, "g", pd.DataFrame({"category": ["t2v"]}))
    ['silent image-to-video']
    """
    if others is None or others.empty:
        return []
    mine = str(history["category"].iloc[0]) if "category" in history.columns and len(history) else ""
    led = []
    for pool, board in others.groupby(others["category"].astype(str)):
        if pool == mine:
            continue
        top = board[board["snapshot_date"] == board["snapshot_date"].max()]
        if (top.loc[top["rank"] == top["rank"].min(), "model"] == model).any():
            led.append(PLAIN_POOLS.get(pool, pool_label(pool).lower()))
    return led


def _scale_of(history: pd.DataFrame, day: pd.Timestamp) -> object:
    """The rating scale of the board of ``day`` in ``history`` (leader_probability_history), or the newest
    board's scale when that day has none.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30", "2026-10-10"]),
    ...                   "scale_epoch": ["a", "b"]})
    >>> _scale_of(h, pd.Timestamp("2026-10-10")), _scale_of(h, pd.Timestamp("2026-10-11"))
    ('b', 'b')
    """
    dates = pd.to_datetime(history["snapshot_date"])
    on = history.loc[dates == day, "scale_epoch"]
    return on.iloc[0] if len(on) else history.loc[dates.idxmax(), "scale_epoch"]


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
                   developers: str = "", others: pd.DataFrame | None = None) -> list[str]:
    """Report 02's key findings as plain market statements, one idea each: the changes of #1 on the named
    leaderboard (:func:`scoped_changes_finding`), the longest observed run (:func:`longest_reign_finding`),
    the latest #1's chance before and after the re-rating as one finding (:func:`rerating_findings`) and the
    developers'
    (``developers``, e.g. :func:`videomarket.stories.developers_trend`). ``rows``: the pool's board rows;
    ``others``: the arena's board rows of every pool, to name a pool the rival gone at the re-rating still
    leads.

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
    over_run = (rerating_findings(history, rows, downloaded, others=others)
                if not history.empty and downloaded is not None else [])
    reign = reign_with_gap_finding(spells, rows) if len(rows) else longest_reign_finding(spells)
    found = [scoped_changes_finding(spells, arena, category, rows, sources, rebuilt), reign,
             " ".join(over_run), developers]  # before and after the re-rating: one finding
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
    Longest observed run: H (Alibaba), #1 from about 8 April to 25 June 2026: 79 days between first and last
    sighting, with a 41-day gap in which #1 was not observed.
    """
    text = longest_reign_finding(spells)
    if not text or rows is None or rows.empty:
        return text
    run = spells.loc[spells["days"].astype(int).idxmax()]
    gap = _gap_inside(rows["snapshot_date"], run["start"], run["end"])
    if gap is None:
        return text
    first, last = gap
    approx = "about " if str(run.get("start_precision", "day")) != "day" else ""
    days = (last - first).days + 1
    return (f"Longest observed run: {run['model_name']} ({_developer(run)}), #1 from {approx}"
            f"{day_range(run['start'], run['end'])}: {fmt.count(int(run['days']), 'day')} between first and "
            f"last sighting, with a {days}-day gap in which #1 was not observed.")


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


def _measured_runs(gaps: pd.DataFrame, min_boards: int = 3) -> list[pd.DataFrame]:
    """The runs at #1 on the first rating scale of ``gaps`` (leader_gaps with ``distinct=True``), oldest
    first, each on at least ``min_boards`` boards."""
    runs = gaps.sort_values("snapshot_date")
    if runs.empty:
        return []
    if "scale_epoch" in runs.columns:
        runs = runs[runs["scale_epoch"] == runs["scale_epoch"].iloc[0]]
    runs = runs.assign(run=runs["model"].ne(runs["model"].shift()).cumsum())
    return [r for _, r in runs.groupby("run", sort=True) if len(r) >= min_boards]


def _median_lead(run: pd.DataFrame) -> int:
    """A run's median lead over the #2 in whole points, halves rounded up."""
    return math.floor(float(run["margin"].median()) + 0.5)


def with_median_leads(table: pd.DataFrame, gaps: pd.DataFrame, min_boards: int = 3) -> pd.DataFrame:
    """The runs table (:func:`videomarket.stories.runs_table`) with ``median_lead``: each run's median lead
    over the #2 before the re-rating, as "What this means" (:func:`shrinking_lead_meaning`) gives it, in
    points as text; a dash for a run with fewer than ``min_boards`` distinct boards on that scale.

    >>> g = pd.DataFrame({"model": ["a"] * 3 + ["b"] * 4, "snapshot_date": pd.date_range("2026-04-10",
    ...     periods=7), "scale_epoch": ["e1"] * 6 + ["e2"], "margin": [94.0, 110.0, 5.0, 9.0, 3.0, 10.0,
    ...     11.0]})
    >>> t = pd.DataFrame({"model": ["r", "a", "b"], "start": pd.to_datetime(["2025-12-01", "2026-04-10",
    ...     "2026-04-13"])})
    >>> with_median_leads(t, g)["median_lead"].tolist()
    ['—', '94', '9']
    """
    leads: dict[tuple[str, pd.Timestamp], str] = {}
    for run in _measured_runs(gaps, min_boards):
        leads[(str(run["model"].iloc[0]), pd.Timestamp(run["snapshot_date"].min()))] = str(_median_lead(run))

    def lead(row: pd.Series) -> str:
        start = pd.Timestamp(row["start"])
        hits = [v for (m, d), v in leads.items() if m == str(row["model"]) and d >= start]
        return hits[0] if hits else "—"

    return table.assign(median_lead=[lead(r) for _, r in table.iterrows()])


def shrinking_lead_meaning(gaps: pd.DataFrame, spells: pd.DataFrame, rows: pd.DataFrame,
                           min_boards: int = 3, rebuilt: pd.DataFrame | None = None, *,
                           brief: bool = False) -> str:
    """"What this means" in a few computed facts, said as observations: the leads over the #2 of the runs
    before the re-rating (``gaps``: leader_gaps with ``distinct=True``, its first rating scale only, runs on
    at least ``min_boards`` boards) by their medians, said as each smaller than the one before only when
    they are; the first such run's low when it came on its last board, with its #2; an earlier leader's
    lead on its first board when it breaks the pattern, with no intervals
    published then, so not judged (``rows``: the pool's board rows); the latest run's
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
    25 June, over A2, from the same developer. In December, R led by 21 points in press reports; no
    intervals were published then, so how sure that lead was cannot be judged. At its smallest, 3 points
    on a rebuilt copy (24
    September), B's lead meant winning about 50.4% of head-to-head votes: a coin toss. No leader was seen
    at #1 for more than 79 days, and each new #1 was first seen 128–148 days after the previous one
    (42–128 counting the model seen at #1 only on a third party's copy); treat #1 as a snapshot and check
    the live board before citing it.
    >>> print(shrinking_lead_meaning(g, sp, rows, 2, rb, brief=True))  # doctest: +NORMALIZE_WHITESPACE
    **What this means.** Of the last two leaders, each led the #2 by less than the one before (medians 94
    and 6 points before the [re-rating](#glossary-re-rating)); A's low, 5 points, came on its last board,
    25 June, over A2, from the same developer. In December, R led by 21 points in press reports; no
    intervals were published then, so how sure that lead was cannot be judged. No leader was seen at #1 for
    more than 79 days: treat #1 as a snapshot and check the live board before citing it.
    """
    measured = _measured_runs(gaps, min_boards)
    if len(measured) < 2:
        return ""
    medians = [_median_lead(r) for r in measured]
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
            said_by = _SAID_BY.get(str(run.get("evidence", "A")), "")
            if lead is not None and lead < medians[0] and said_by:  # no intervals: said, not judged
                text += (f" In {pd.Timestamp(run['start']):%B}, {run['model_name']} led by {fmt.points(lead)}"
                         f"{said_by}; no intervals were published then, so how sure that lead was cannot be "
                         "judged.")
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
                        rebuilt: pd.DataFrame | None, arena: str, category: str, *,
                        like_for_like: bool | None = None) -> str:
    """The latest #1's chance on the newest board (``board``: :func:`with_counted_twice`) with its rival
    listed twice counted both ways, then like for like, the pair counted as two rivals on every board, from
    the last board that gave the two listings identical numbers (``history``:
    leader_probability_history, ``listed_twice``) to the newest; ``rows`` (the pool's board rows) give the
    newest board's two ratings; ``rebuilt`` (rebuilt_boards) marks rebuilt copies. '' without such a pair.
    ``like_for_like`` False leaves out the like-for-like sentence, True gives it alone.

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
    >>> print(counted_as_two_text(h, new, rows, rb, "AA", "t2v", like_for_like=True))
    ... # doctest: +NORMALIZE_WHITESPACE
    Like for like, with the two listings counted as two rivals on every board, it reads 83% on 6 October
    (when both listings had identical numbers), 78–82% on 7–9 October and 88% on 10 October.
    >>> print(counted_as_two_text(h, new, rows, rb, "AA", "t2v", like_for_like=False).split(". ")[-1])
    ... # doctest: +NORMALIZE_WHITESPACE
    Counted as two rivals, as this note counts listings rated apart, Wan 3.0's chance of being truly #1 is
    88%; counted as one model, rated as the higher of the two, 93%.
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
    if identical.empty or like_for_like is False:
        return "" if like_for_like else text
    since = pd.Timestamp(identical["snapshot_date"].max())
    first = identical.iloc[-1]
    between = order[(order["snapshot_date"] > since) & (order["snapshot_date"] < day)]
    middle = (f", {_pct_range(between['p_leader'])} on {_date_span(between['snapshot_date'])}"
              if len(between) else "")
    like = ("Like for like, with the two listings counted as two rivals on every board, it reads "
            f"{fmt.pct(float(first['p_leader_counting_twice']), 0)} on {since:%-d %B} (when both "
            f"listings had identical numbers){middle} and {fmt.pct(float(latest['p_leader']), 0)} on "
            f"{day:%-d %B}.")
    return like if like_for_like else f"{text} {like}"


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
    #2 before the re-rating, is not on this board under that name but still leads i2v.
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
        text += (f" {rival['runner_up_name']}, #2 before the re-rating, is not on this board under that name "
                 f"but still leads {' and '.join(p[0].lower() + p[1:] for p in led)}.")
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
    >>> cols = {"boards": "Boards with a place", "distinct_places": "Top-10 places per board (average)"}
    >>> shares_columns(cols, sh, None, pd.DataFrame({"distinct_boards": [2]}))
    ... # doctest: +NORMALIZE_WHITESPACE
    {'boards': 'Boards with a place (of 2 complete copies)',
     'distinct_places': 'Top-10 places per board (average over 2 distinct boards, each weighted by the days
     it stood)'}

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
            over = fmt.count(int(places["distinct_boards"].iloc[0]), "distinct board")
            out["distinct_places"] = out["distinct_places"].replace(
                "(average)", f"(average over {over}, each weighted by the days it stood)")
    if share is None or share.empty or "latest_places" not in out:
        return out
    day = pd.Timestamp(share["snapshot_date"].max())
    if _is_rebuilt(rebuilt, str(share["arena"].iloc[0]), str(share["category"].iloc[0]), day):
        out["latest_places"] += " (rebuilt)"
    return out


def _span(low: float, high: float) -> str:
    """'78%–81%' in whole percents, one figure when both round alike."""
    a, b = fmt.pct(low, 0), fmt.pct(high, 0)
    return a if a == b else f"{a}–{b}"


def _before_newest(history: pd.DataFrame | None, day: pd.Timestamp) -> pd.DataFrame:
    """The boards on the newest board's rating scale before it, from the day after the last one that listed
    a rival twice with identical numbers (the readings like for like with the newest); empty without."""
    if history is None or history.empty:
        return pd.DataFrame()
    dates = pd.to_datetime(history["snapshot_date"])
    mine = history[(history["scale_epoch"] == _scale_of(history, day)) & (dates < day)]
    twice = (mine["listed_twice"].astype("string").fillna("").str.len() > 0 if "listed_twice" in mine.columns
             else pd.Series(False, index=mine.index))
    if twice.any():
        last = pd.to_datetime(mine.loc[twice, "snapshot_date"]).max()
        mine = mine[pd.to_datetime(mine["snapshot_date"]) > last]
    return mine


def quotable_answer(board: pd.DataFrame | None, arena: str, category: str, *, otherwise: str = "",
                    rebuilt: pd.DataFrame | None = None) -> str:
    """Report 02's answer: one number, one condition, one caveat. The newest board's day, its #1 and its
    chance of being the true #1 with the rival listed twice counted as two (:func:`with_counted_twice`),
    the reading with the pair as one model in brackets, the assumption of independent rating errors; then
    that the board is a copy rebuilt from text (only when it is, with ``rebuilt``: rebuilt_boards).
    ``board``: board_certainty of the newest board, leader first; ``otherwise`` without one.

    >>> b = pd.DataFrame({"model": ["w", "m", "n"], "model_name": ["Wan 3.0", "MiniMax H3 Max", "MiniMax H3"],
    ...     "creator": ["Alibaba", "Fal", "MiniMax"], "p_leader": [0.87865, 0.07, 0.05],
    ...     "snapshot_date": pd.to_datetime(["2026-10-10"] * 3), "p_leader_as_one": [0.91715, None, None],
    ...     "pair_name": "MiniMax H3", "pair_apart": 1.0})
    >>> print(quotable_answer(b, "Artificial Analysis", "text-to-video"))  # doctest: +NORMALIZE_WHITESPACE
    On 10 October 2026 **Wan 3.0** led Artificial Analysis's silent text-to-video arena and was about 88%
    likely to be the true #1 (92% if MiniMax H3's two [listings](#glossary-repeated-listing) are one model),
    assuming the rating errors are independent. That board is an unverified copy
    [rebuilt](#glossary-rebuilt-file) from text.

    Without a rival listed twice the chance is one figure; a downloaded board has no caveat.

    >>> rb = pd.DataFrame({"arena": "AA", "category": "text-to-video", "rebuilt_only": [False],
    ...     "checked": [False], "snapshot_date": pd.to_datetime(["2026-10-10"])})
    >>> plain = b[["model", "model_name", "creator", "p_leader", "snapshot_date"]]
    >>> print(quotable_answer(plain, "AA", "text-to-video", rebuilt=rb))  # doctest: +NORMALIZE_WHITESPACE
    On 10 October 2026 **Wan 3.0** led AA's silent text-to-video arena and was about 88% likely to be the
    true #1, assuming the rating errors are independent.
    >>> quotable_answer(None, "AA", "text-to-video", otherwise="x")
    'x'
    """
    if board is None or board.empty or len(board) < 2:
        return otherwise
    lead = board.iloc[0]
    day = pd.Timestamp(lead["snapshot_date"])
    other = other_reading(board)[0]
    pool = board_name(arena, category).replace(" leaderboard", " arena")
    pair = ("" if other is None else
            f" ({fmt.pct(float(other), 0)} if {board['pair_name'].iloc[0]}'s two "
            f"{term('repeated-listing', 'listings')} are one model)")
    text = (f"On {fmt.day(day)} **{lead['model_name']}** led {pool} and was about "
            f"{fmt.pct(float(lead['p_leader']), 0)} likely to be the true #1{pair}, assuming the rating "
            "errors are independent.")
    if rebuilt is not None and not _is_rebuilt(rebuilt, arena, category, day):
        return text
    return text + f" That board is an unverified copy {term('rebuilt-file', 'rebuilt')} from text."


def latest_detail_note(board: pd.DataFrame | None, lower: pd.DataFrame, higher: pd.DataFrame,
                       history: pd.DataFrame | None, *, before: pd.DataFrame | None = None,
                       spread: float | None = None, step: int = 10) -> str:
    """What the answer leaves out, for the body: the boards just before the newest on its scale, after the
    last one that listed the rival twice with identical numbers (``history``: leader_probability_history),
    and what one mistyped tens digit in the leader's rating would make its chance (``lower``, ``higher``:
    :func:`videomarket.leaderboard.wrong_digit_odds`). ``board``: board_certainty of the newest board.

    >>> b = pd.DataFrame({"model": ["w", "m"], "model_name": ["Wan 3.0", "M"], "p_leader": [0.87865, 0.1],
    ...     "snapshot_date": pd.to_datetime(["2026-10-10"] * 2)})
    >>> low, high = (pd.DataFrame({"model": ["w"], "p_leader": [p]}) for p in (0.42, 0.994))
    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07", "2026-10-09",
    ...     "2026-10-10"]), "scale_epoch": "b", "p_leader": [0.9, 0.776, 0.812, 0.87865],
    ...     "listed_twice": ["M = N", None, None, None]})
    >>> print(latest_detail_note(b, low, high, h))  # doctest: +NORMALIZE_WHITESPACE
    The boards of 7–9 October read lower, 78%–81%. One mistyped tens digit in Wan 3.0's rating on the 10
    October copy could make its chance about 42% or 99% ([How sure is number
    one?](03-how-sure-is-number-one.html#how-robust-is-the-latest-chance)).

    With ``before`` (board_certainty of the distinct board before, with ``elo``) and ``spread`` (the
    widest gap between two archives' copies of one day), the check of About the data: when only one tens
    reading lies within ``spread`` of the earlier rating, only its chance is given, as the one the
    neighbouring boards cannot rule out.

    >>> b = b.assign(elo=[1129.0, 1118.0])
    >>> e = pd.DataFrame({"model": ["w"], "elo": [1127.0]})
    >>> print(latest_detail_note(b, low, high, h, before=e, spread=8.0))  # doctest: +NORMALIZE_WHITESPACE
    The boards of 7–9 October read lower, 78%–81%. One mistyped tens digit in Wan 3.0's rating on the 10
    October copy could make its chance as low as about 42%, a slip the neighbouring boards cannot rule out
    ([About the data](00-about-the-data.html#a-wrong-digit-in-the-latest-1-s-rating)).
    """
    if board is None or board.empty:
        return ""
    lead = board.iloc[0]
    day = pd.Timestamp(lead["snapshot_date"])
    chance = float(lead["p_leader"])
    text = ""
    earlier = _before_newest(history, day)
    if len(earlier):
        read = "read lower, " if float(earlier["p_leader"].max()) < chance else "read "
        text = (f"The boards of {_date_span(earlier['snapshot_date'])} {read}"
                f"{_span(float(earlier['p_leader'].min()), float(earlier['p_leader'].max()))}. ")

    def digit(table: pd.DataFrame) -> str:
        return fmt.pct(float(table.loc[table["model"] == lead["model"], "p_leader"].iloc[0]), 0)

    said = f"about {digit(lower)} or {digit(higher)}"
    if before is not None and spread is not None and "elo" in board.columns:
        possible = digit_slips_possible(board, before, spread, points=step)
        readings = zip((lower, higher), ("low", "high"), possible, strict=True)
        near = [(table, way) for table, way, kept in readings if kept]
        if len(near) == 1:
            table, way = near[0]
            return text + (f"One mistyped tens digit in {lead['model_name']}'s rating on the "
                           f"{day:%-d %B} copy could make its chance as {way} as about {digit(table)}, "
                           "a slip the neighbouring boards cannot rule out ([About the data]"
                           "(00-about-the-data.html#a-wrong-digit-in-the-latest-1-s-rating)).")
    return text + (f"One mistyped tens digit in {lead['model_name']}'s rating on the {day:%-d %B} copy could "
                   f"make its chance {said} ([How sure is number one?]"
                   "(03-how-sure-is-number-one.html#how-robust-is-the-latest-chance)).")


def rerating_readings_note(history: pd.DataFrame, day: object) -> str:
    """The latest #1's chance on every board of the newest board's rating scale up to ``day``, on the key
    findings' rule, a model listed twice counted as two rivals on every board (:func:`_as_two_rivals` of
    ``history``, leader_probability_history), consecutive boards with the same whole percent told once;
    then, on the boards where the two listings repeat each other's numbers, the reading counting them once.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30", "2026-10-01", "2026-10-04",
    ...     "2026-10-05", "2026-10-07", "2026-10-10"]), "scale_epoch": ["a"] + ["b"] * 5,
    ...     "model_name": "Wan 3.0", "p_leader": [0.64, 0.8686, 0.9331, 0.9331, 0.7762, 0.8725],
    ...     "listed_twice": [None, None, "M Max = M (768p)", "M Max = M (768p)", None, None],
    ...     "p_leader_counting_twice": [None, None, 0.8849, 0.8849, None, None]})
    >>> print(rerating_readings_note(h, "2026-10-10"))  # doctest: +NORMALIZE_WHITESPACE
    Counting M's two listings as two rivals on every board, as the key findings do, Wan 3.0's chance of
    being truly #1 read 87% on 1 October, 88% on 4–5 October, 78% on 7 October and 87% on 10 October.
    Where the two listings had identical numbers, counting them as one model reads 93% on 4–5 October.
    """
    day = pd.Timestamp(day)
    if history is None or history.empty:
        return ""
    dates = pd.to_datetime(history["snapshot_date"])
    mine = history[(history["scale_epoch"] == _scale_of(history, day)) & (dates <= day)]
    mine = mine.sort_values("snapshot_date")
    if mine.empty:
        return ""
    rivals, words = _as_two_rivals(mine)
    name = mine["model_name"].iloc[-1]
    listed = _readings_by_day(rivals["p_leader"], mine["snapshot_date"])
    if not words:
        return (f"Counting listings rated apart as two and identical ones once, {name}'s chance of being "
                f"truly #1 read {listed}.")
    pair = words.removeprefix(" (").split("'s two listings")[0]
    text = (f"Counting {pair}'s two listings as two rivals on every board, as the key findings do, {name}'s "
            f"chance of being truly #1 read {listed}.")
    twice = pd.to_numeric(mine["p_leader_counting_twice"], errors="coerce").notna()
    if not twice.any():
        return text
    once = _readings_by_day(mine["p_leader"].where(twice), mine["snapshot_date"])
    return f"{text} Where the two listings had identical numbers, counting them as one model reads {once}."


def _readings_by_day(chances: pd.Series, dates: pd.Series) -> str:
    """'88% on 1 October, 93% on 4–5 October and 87% on 10 October': ``chances`` (in date order, missing
    ones skipped) in whole percents, with neighbouring boards of the same percent told once.

    >>> d = pd.Series(pd.to_datetime(["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04"]))
    >>> _readings_by_day(pd.Series([0.93, None, 0.931, 0.93]), d)
    '93% on 1 October and 93% on 3–4 October'
    """
    said = pd.Series([fmt.pct(float(p), 0) if pd.notna(p) else "" for p in chances], index=chances.index)
    groups = said.ne(said.shift()).cumsum()
    parts = [f"{g.iloc[0]} on {_date_span(dates.loc[g.index])}" for _, g in said.groupby(groups, sort=False)
             if g.iloc[0]]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def downloaded_fallback(history: pd.DataFrame, day: object) -> str:
    """The safe wording's fallback: the #1 of the pool's last board from an exactly downloaded copy
    (``day``: :func:`videomarket.data.last_downloaded_day`; ``history``: leader_probability_history);
    '' without one.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-08-01"]), "model_name": ["G"]})
    >>> print(downloaded_fallback(h, pd.Timestamp("2026-08-01")))
    For a #1 from an exactly downloaded copy, cite 1 August 2026 (G).
    >>> downloaded_fallback(h, None)
    ''
    """
    if day is None or pd.isna(day) or history is None or history.empty:
        return ""
    on = history[pd.to_datetime(history["snapshot_date"]) == pd.Timestamp(day)]
    if on.empty:
        return ""
    return f"For a #1 from an exactly downloaded copy, cite {fmt.day(day)} ({on['model_name'].iloc[0]})."


def earlier_copies_note(history: pd.DataFrame, board: pd.DataFrame | None, rebuilt: pd.DataFrame | None,
                        arena: str, category: str) -> str:
    """What the copies before the newest board since the last re-rating (same rating scale) add (``history``:
    leader_probability_history, with ``unchanged``; ``board``: board_certainty of the newest board): how
    many daily copies, how many distinct, whether all show the same leader and were all rebuilt (then no
    independent check). '' without earlier copies on the scale.

    >>> h = pd.DataFrame({"snapshot_date": pd.date_range("2026-10-01", "2026-10-10"), "scale_epoch": "b",
    ...     "model": "w", "model_name": "Wan 3.0", "unchanged": [False] * 4 + [True] + [False] * 3
    ...     + [True, False]})
    >>> b = pd.DataFrame({"model": ["w"], "snapshot_date": pd.to_datetime(["2026-10-10"])})
    >>> rb = pd.DataFrame({"arena": "AA", "category": "t2v", "rebuilt_only": True, "checked": False,
    ...     "snapshot_date": h["snapshot_date"]})
    >>> print(earlier_copies_note(h, b, rb, "AA", "t2v"))  # doctest: +NORMALIZE_WHITESPACE
    The 9 daily copies since the [re-rating](#glossary-re-rating), 1–9 October (7 distinct boards), show
    the same leader, but all were rebuilt the same way, so they are not an independent check.
    >>> print(earlier_copies_note(h, b, rb.iloc[:0], "AA", "t2v"))  # doctest: +NORMALIZE_WHITESPACE
    The 9 daily copies since the [re-rating](#glossary-re-rating), 1–9 October (7 distinct boards), show
    the same leader.
    """
    if board is None or board.empty or history.empty:
        return ""
    day = pd.Timestamp(board["snapshot_date"].iloc[0])
    order = history.sort_values("snapshot_date")
    dates = pd.to_datetime(order["snapshot_date"])
    scale = order.loc[dates == day, "scale_epoch"]
    if scale.empty:
        return ""
    before = order[(dates < day) & (order["scale_epoch"] == scale.iloc[0])]
    if before.empty:
        return ""
    repeats = before["unchanged"].astype(bool)
    distinct = int((~repeats).sum() + bool(repeats.iloc[0]))  # the scale's first copy is new to it
    same = (before["model"].astype(str) == str(board["model"].iloc[0])).all()
    made = all(_is_rebuilt(rebuilt, arena, category, d) for d in before["snapshot_date"])
    leader = "show the same leader" if same else "do not all show the same leader"
    return (f"The {len(before):,} daily copies since the {term('re-rating', 're-rating')}, "
            f"{_date_span(before['snapshot_date'])} "
            f"({fmt.count(distinct, 'distinct board')}), {leader}"
            + (", but all were rebuilt the same way, so they are not an independent check." if made else "."))


def same_day_rule(arena: str, category: str, same_day: pd.Series) -> str:
    """A method note: which copy is read on a day two archives copied
    (:func:`videomarket.leaderboard.daily_boards` keeps the copy that shows a #1, then the best evidence
    grade, then the most models, then the first source by name) and how far two archives' copies of one day
    differ (``same_day``: :func:`videomarket.data.same_day_differences` over the arena's pools), in this pool
    and in any.

    >>> idx = pd.MultiIndex.from_tuples([("AA", "t2v", pd.Timestamp("2026-10-05"), "w"),
    ...     ("AA", "t2va", pd.Timestamp("2026-08-20"), "x")],
    ...     names=["arena", "category", "snapshot_date", "model"])
    >>> print(same_day_rule("AA", "t2v", pd.Series([0.0, 8.0], index=idx, name="diff")))
    ... # doctest: +NORMALIZE_WHITESPACE
    **Two copies of one day.** When two archives copied the same day, this note reads the copy that shows
    a #1, then the one with the better evidence grade, then the one with more models. In this pool only 5
    October 2026 has two, and they agree exactly; across this arena's pools, two copies of one day differ
    by up to 8 points.
    >>> print(same_day_rule("AA", "t2v", pd.Series([], dtype=float)))  # doctest: +NORMALIZE_WHITESPACE
    **Two copies of one day.** When two archives copied the same day, this note reads the copy that shows
    a #1, then the one with the better evidence grade, then the one with more models.
    """
    text = ("**Two copies of one day.** When two archives copied the same day, this note reads the copy that "
            "shows a #1, then the one with the better evidence grade, then the one with more models.")
    if same_day.empty:
        return text
    levels = same_day.rename("diff").reset_index()
    mine = levels[(levels["arena"].astype(str) == arena) & (levels["category"].astype(str) == category)]
    days = sorted(pd.to_datetime(mine["snapshot_date"]).unique())
    anywhere = f"two copies of one day differ by up to {fmt.points(float(same_day.max()))}"
    if not days:
        return f"{text} Across this arena's pools, {anywhere}."
    named = ", ".join(fmt.day(d) for d in days)
    gap = float(mine["diff"].max())
    agree = "they agree exactly" if gap == 0 else f"they differ by up to {fmt.points(gap)}"
    which = f"only {named} has two" if len(days) == 1 else f"{named} have two"
    return f"{text} In this pool {which}, and {agree}; across this arena's pools, {anywhere}."


def with_run_sources(table: pd.DataFrame, rows: pd.DataFrame, sources: pd.DataFrame,
                     provenance: pd.DataFrame) -> pd.DataFrame:
    """The runs table (:func:`videomarket.stories.runs_table`, with ``model``, ``start`` and ``end``) with
    ``sources_text``: who published the boards that show each run's model at #1 (``rows``: the pool's board
    rows), oldest first: the owners of the GitHub archives (``provenance``: load_provenance), the other
    files of GitHub repositories, by owner (a ``sources`` url of a file at a commit, the rule the Sources
    list counts archived files by; the repository's id is left to Sources) and the publishers of the web
    pages (``sources``: load_sources), each named once; all are listed in Sources.

    >>> t = pd.DataFrame({"model": ["h"], "start": pd.to_datetime(["2026-04-08"]),
    ...                   "end": pd.to_datetime(["2026-06-25"])})
    >>> rows = pd.DataFrame({"model": "h", "rank": 1, "source_id": ["p", "a1", "a2", "b1"],
    ...     "snapshot_date": pd.to_datetime(["2026-04-08", "2026-04-10", "2026-04-11", "2026-06-25"])})
    >>> prov = pd.DataFrame({"source_id": ["a1", "a2", "b1"], "repository": ["oolong/x", "oolong/x", "lu/y"]})
    >>> src = pd.DataFrame({"source_id": ["p"], "publisher": ["MCPlato"]})
    >>> with_run_sources(t, rows, src, prov)["sources_text"].tolist()
    ['GitHub archives (oolong, lu); web page: MCPlato']

    A third party's file on GitHub is a GitHub file, not a web page:

    >>> src = pd.DataFrame({"source_id": ["p", "g"], "publisher": ["Press", "gh/repo (GitHub)"],
    ...     "url": ["https://press.example/a", "https://github.com/gh/repo/blob/bfd2966/doc/a.md"]})
    >>> rows = pd.DataFrame({"model": "h", "rank": 1, "source_id": ["p", "g"],
    ...     "snapshot_date": pd.to_datetime(["2026-04-08", "2026-04-20"])})
    >>> with_run_sources(t, rows, src, prov)["sources_text"].tolist()
    ['GitHub file (gh); web page: Press']
    """
    owners = {str(s): str(r).split("/")[0] for s, r in zip(provenance["source_id"], provenance["repository"],
                                                          strict=True)}
    publishers = dict(zip(sources["source_id"].astype(str), sources["publisher"].astype(str), strict=True))
    urls = sources["url"] if "url" in sources.columns else pd.Series("", index=sources.index)
    files = {s: r.split("/")[0] for s, r in zip(sources["source_id"].astype(str), github_repository(urls),
                                                strict=True) if isinstance(r, str)}  # the owner, no file id
    top = rows[pd.to_numeric(rows["rank"], errors="coerce") == 1].sort_values("snapshot_date")

    def named(run: pd.Series) -> str:
        dates = pd.to_datetime(top["snapshot_date"])
        mine = top[(top["model"].astype(str) == str(run["model"])) & (dates >= pd.Timestamp(run["start"]))
                   & (dates <= pd.Timestamp(run["end"]))]["source_id"].astype(str)
        archives = list(dict.fromkeys(owners[s] for s in mine if s in owners))
        github = list(dict.fromkeys(files[s] for s in mine if s not in owners and s in files))
        pages = list(dict.fromkeys(publishers[s] for s in mine
                                   if s not in owners and s not in files and s in publishers))
        parts = ([f"GitHub archives ({', '.join(archives)})"] if archives else []) + (
            [f"GitHub {'file' if len(github) == 1 else 'files'} ({', '.join(github)})"] if github else []) + (
            [f"web {'page' if len(pages) == 1 else 'pages'}: {', '.join(pages)}"] if pages else [])
        text = "; ".join(parts)
        return text[:1].upper() + text[1:] if text else "—"

    return table.assign(sources_text=[named(r) for _, r in table.iterrows()])


_NUMBER_WORDS = {2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven", 8: "Eight", 9: "Nine"}


def runs_title(spells: pd.DataFrame) -> str:
    """The runs table's title, its finding: how many models were seen at #1 over which months, counted as
    the #1 timeline's title counts them (those seen only in third parties' copies, grades C and D, in
    brackets; ``spells``: spell_odds); the longest run is a key finding.

    >>> sp = pd.DataFrame({"model": ["r", "h"], "start": pd.to_datetime(["2025-12-01", "2026-04-08"]),
    ...                    "end": pd.to_datetime(["2025-12-20", "2026-06-25"]), "days": [20, 79]})
    >>> runs_title(sp)
    '2 models were seen at #1 from December 2025 to June 2026'
    >>> print(runs_title(sp.assign(evidence=["C", "A"], model_name=["R", "H"])))
    ... # doctest: +NORMALIZE_WHITESPACE
    1 model was seen at #1 from December 2025 to June 2026 (2 counting R, seen only in one third party's
    copy)
    """
    models = spells["model"].nunique() if "model" in spells.columns else len(spells)
    firm = (spells.loc[spells["evidence"].astype(str).isin(FIRM_GRADES), "model"].nunique()
            if "evidence" in spells.columns else models)
    also = _second_hand_count(spells, models, firm)
    first, last = pd.Timestamp(spells["start"].min()), pd.Timestamp(spells["end"].max())
    seen = "model was" if firm == 1 else "models were"
    return f"{firm} {seen} seen at #1 from {first:%B %Y} to {last:%B %Y}{also}"


def runs_source(spells: pd.DataFrame, arena: str, category: str) -> str:
    """The source line under the runs table: the arena and pool and the span of boards read.

    >>> sp = pd.DataFrame({"start": pd.to_datetime(["2025-12-01"]), "end": pd.to_datetime(["2026-10-10"])})
    >>> print(runs_source(sp, "AA", "text-to-video"))  # doctest: +NORMALIZE_WHITESPACE
    Source: AA video arena, text to video (silent), boards of 1 December 2025 to 10 October 2026;
    publishers in the last column, files and pages under Sources.
    """
    first, last = pd.Timestamp(spells["start"].min()), pd.Timestamp(spells["end"].max())
    return (f"Source: {arena} video arena, {pool_label(category).lower()}, boards of {fmt.day(first)} to "
            f"{fmt.day(last)}; publishers in the last column, files and pages under Sources.")


def other_runs_title(table: pd.DataFrame, arena: str) -> str:
    """The other arena's runs table's title (``table``: :func:`videomarket.stories.other_arena_table`; the
    other arena is the one ``arena`` is not): how many models held its #1, over which months, and whose
    model held it last.

    >>> t = pd.DataFrame({"start": pd.to_datetime(["2026-03-06", "2026-08-25"]),
    ...     "end": pd.to_datetime(["2026-03-15", "2026-09-21"]), "developer": ["Google", "ByteDance"]})
    >>> other_runs_title(t, "Artificial Analysis")
    "Two models held LMArena's text-to-video #1 from March to September 2026; ByteDance's held it last"
    """
    n, other = len(table), other_arena(arena)
    first, last = pd.Timestamp(table["start"].min()), pd.Timestamp(table["end"].max())
    span = (f"{first:%B} to {last:%B %Y}" if first.year == last.year else f"{first:%B %Y} to {last:%B %Y}")
    who = str(table.sort_values("end")["developer"].iloc[-1])
    return (f"{_NUMBER_WORDS.get(n, str(n))} models held {other}'s text-to-video #1 from {span}; "
            f"{who}'s held it last")


def other_runs_source(table: pd.DataFrame, arena: str) -> str:
    """The source line under the other arena's runs table (the arena ``arena`` is not): the span of its
    boards and the kinds of copy
    (rebuilt copies when a date is marked rebuilt; a third party's copy when a run's weakest grade is C).

    >>> t = pd.DataFrame({"start": pd.to_datetime(["2026-03-06", "2026-08-25"]),
    ...     "end": pd.to_datetime(["2026-03-15", "2026-09-21"]), "evidence_min": ["C", "A"],
    ...     "start_text": ["6 Mar 2026", "25 Aug 2026 (rebuilt)"], "end_text": ["Mar 2026", "21 Sep 2026"]})
    >>> print(other_runs_source(t, "Artificial Analysis"))  # doctest: +NORMALIZE_WHITESPACE
    Source: LMArena text-to-video boards, 6 March to 21 September 2026 (archived copies, some rebuilt from
    text and not verified; a third party's copy); files and pages under Sources.
    """
    first, last = pd.Timestamp(table["start"].min()), pd.Timestamp(table["end"].max())
    other = other_arena(arena)
    kinds = ["archived copies"]
    if table[["start_text", "end_text"]].astype(str).apply(lambda c: c.str.contains("rebuilt")).any().any():
        kinds[0] += ", some rebuilt from text and not verified"
    if "evidence_min" in table.columns and (table["evidence_min"].astype(str) == "C").any():
        kinds.append("a third party's copy")
    return (f"Source: {other} text-to-video boards, {day_range(first, last)} ({'; '.join(kinds)}); files and "
            "pages under Sources.")


def pool_leaders_title(table: pd.DataFrame) -> str:
    """The pool leaders table's title (``table``: :func:`videomarket.stories.pool_leaders_table`): the model
    leading most pools and how sure the leaders were.

    >>> t = pd.DataFrame({"leader": ["W", "G (open race)", "W"], "last": [0.87, 0.62, 0.84]})
    >>> pool_leaders_title(t)
    'On their latest boards, W led 2 of the 3 pools; the leaders were 62%–87% likely truly #1'
    """
    names = table["leader"].astype(str).str.replace(" (open race)", "", regex=False)
    top = names.value_counts()
    lead = (f"{top.index[0]} led {top.iloc[0]} of the {len(table)} pools" if top.iloc[0] > 1
            else f"each of the {len(table)} pools had its own leader")
    return (f"On their latest boards, {lead}; the leaders were "
            f"{_span(float(table['last'].min()), float(table['last'].max()))} likely truly #1")


def odds_title(odds: pd.DataFrame) -> str:
    """The latest board's top table's title (``odds``: :func:`videomarket.stories.odds_table`, leader first):
    the day, the leader's lead over the #2 in points and its chance of being truly #1.

    >>> o = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"] * 2), "model_name": ["W", "M"],
    ...                   "elo": [1129.0, 1118.0], "p_leader": [0.8725, 0.07]})
    >>> odds_title(o)
    'On 10 October 2026, W led M by 11 points and was 87% likely truly #1'
    """
    lead, second = odds.iloc[0], odds.iloc[1]
    return (f"On {fmt.day(pd.Timestamp(lead['snapshot_date']))}, {lead['model_name']} led "
            f"{second['model_name']} by {fmt.points(float(lead['elo']) - float(second['elo']))} and was "
            f"{fmt.pct(float(lead['p_leader']), 0)} likely truly #1")


def places_title(places: pd.DataFrame, share: pd.DataFrame, tie: float = 0.2) -> str:
    """The developer table's title (``places``: :func:`videomarket.stories.with_distinct_places`;
    ``share``: the complete creator_share rows): the developer with the most top-10 places per observed
    board (each distinct board weighted by the days it stood) and over which days; the top two together, as a
    near-tie, when they differ by less than ``tie`` places.

    >>> pl = pd.DataFrame({"creator": ["Alibaba", "Kuaishou"], "distinct_places": [2.28, 2.22],
    ...                    "distinct_boards": 74})
    >>> sh = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-04-10", "2026-10-10"])})
    >>> places_title(pl, sh)  # doctest: +NORMALIZE_WHITESPACE
    'Alibaba and Kuaishou held the most top-10 places, 2.3 and 2.2 per observed board, 10 April to
    10 October 2026 (74 distinct boards, each weighted by the days it stood, at most 7)'
    >>> places_title(pl.assign(distinct_places=[2.68, 2.14]), sh)  # doctest: +NORMALIZE_WHITESPACE
    'Alibaba held the most top-10 places, 2.7 per observed board, 10 April to 10 October 2026 (74 distinct
    boards, each weighted by the days it stood, at most 7)'
    """
    order = places.sort_values("distinct_places", ascending=False, kind="stable")
    top = order.iloc[0]
    days = pd.to_datetime(share["snapshot_date"])
    span = day_range(days.min(), days.max())
    over = (f" ({fmt.count(int(order['distinct_boards'].iloc[0]), 'distinct board')}, each weighted by the "
            f"days it stood, at most {STOOD_CAP})" if "distinct_boards" in order.columns else "")
    if len(order) > 1 and float(top["distinct_places"]) - float(order["distinct_places"].iloc[1]) < tie:
        second = order.iloc[1]
        return (f"{top['creator']} and {second['creator']} held the most top-10 places, "
                f"{float(top['distinct_places']):.1f} and {float(second['distinct_places']):.1f} per "
                f"observed board, {span}{over}")
    return (f"{top['creator']} held the most top-10 places, {float(top['distinct_places']):.1f} per "
            f"observed board, {span}{over}")


def developers_finding(places: pd.DataFrame | None, share: pd.DataFrame, top_n: int = 10, *,
                       boards: pd.DataFrame | None = None, breaks: pd.DataFrame | None = None) -> str:
    """The developer section's finding, first: who holds the most top places on the latest board
    (``places``: :func:`videomarket.stories.with_distinct_places`; ``share``: complete creator_share rows),
    then the first two per observed board over all the boards (each distinct board weighted by the days it
    stood, at most :data:`STOOD_CAP`), and, with ``boards`` (the archived daily_boards rows) and
    ``breaks`` (epoch_breaks), the same two before and after the first re-rating
    (:func:`places_by_period`); '' without places.

    >>> pl = pd.DataFrame({"creator": ["Alibaba", "Kuaishou", "MiniMax"], "latest_places": [2, 0, 2],
    ...                    "distinct_places": [2.68, 2.14, 0.5]})
    >>> sh = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-04-10", "2026-10-10"])})
    >>> print(developers_finding(pl, sh))  # doctest: +NORMALIZE_WHITESPACE
    On the latest board, 10 October 2026, Alibaba and MiniMax held the most top-10 places, 2 each. Per
    observed board, weighted by the days it stood (at most 7), Alibaba held the most over 10 April to
    10 October 2026, 2.7, ahead of Kuaishou, 2.1.
    """
    if places is None or places.empty or share.empty:
        return ""
    days = pd.to_datetime(share["snapshot_date"])
    most = places[places["latest_places"] == places["latest_places"].max()]
    count = int(most["latest_places"].iloc[0])
    held = (f"{_listing(most['creator'])} held the most top-{top_n} places, {count} each" if len(most) > 1
            else f"{most['creator'].iloc[0]} held the most top-{top_n} places, {count}")
    text = f"On the latest board, {fmt.day(days.max())}, {held}."
    order = places.sort_values("distinct_places", ascending=False, kind="stable")
    if len(order) < 2:
        return text
    a, b = order.iloc[0], order.iloc[1]
    text += (f" Per observed board, weighted by the days it stood (at most {STOOD_CAP}), {a['creator']} "
             f"held the most over {day_range(days.min(), days.max())}, {float(a['distinct_places']):.1f}, "
             f"ahead of {b['creator']}, {float(b['distinct_places']):.1f}")
    if boards is None or breaks is None or breaks.empty:
        return text + "."
    split = pd.Timestamp(breaks["date"].iloc[0])
    if not ((days < split).any() and (days >= split).any()):
        return text + "."
    before, after = places_by_period(share, boards, split)

    def two(means: pd.Series) -> str:
        said = [f"{float(means.get(c, 0.0)):.1f}" if float(means.get(c, 0.0)) >= 0.05 else "none"
                for c in (a["creator"], b["creator"])]
        return " and ".join(said)

    return (text + f": {two(before)} before the {split:%-d %B} {term('re-rating', 're-rating')}, "
            f"{two(after)} after it.")


def places_basis(places: pd.DataFrame, share: pd.DataFrame, top_n: int = 10) -> str:
    """For the developer section: what the developer table's figure is (``places``:
    :func:`videomarket.stories.with_distinct_places`) and why boards of different sizes weigh alike: every
    complete board (``share``: complete creator_share rows) has ``top_n`` top places, more only where
    models tie at #``top_n``, counted here.

    >>> share = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-08-01"] * 2 + ["2026-10-01"] * 2),
    ...                       "creator": ["A", "B", "A", "B"], "places": [6, 4, 7, 4]})
    >>> pl = pd.DataFrame({"creator": ["A", "B"], "distinct_boards": 2})
    >>> print(places_basis(pl, share))  # doctest: +NORMALIZE_WHITESPACE
    Every board, large or small, has 10 top-10 places (11 on 1 of the 2 complete copies, where models
    tie at #10). The averages weight each of the 2 distinct boards by the days it stood until the next
    one, at most 7 (a longer wait was not observed), so weeks the archive copied daily count no more than
    others.
    >>> print(places_basis(pl, share[share["snapshot_date"] < "2026-09-01"]))
    ... # doctest: +NORMALIZE_WHITESPACE
    Every board, large or small, has 10 top-10 places. The averages weight each of the 2 distinct boards
    by the days it stood until the next one, at most 7 (a longer wait was not observed), so weeks the
    archive copied daily count no more than others.
    """
    if places is None or places.empty or share.empty or "distinct_boards" not in places.columns:
        return ""
    totals = share.groupby("snapshot_date")["places"].sum()
    over = totals[totals > top_n]
    ties = ""
    if len(over):
        sizes = sorted({int(v) for v in over})
        copies = fmt.count(len(totals), "complete copy", "complete copies")
        ties = (f" ({_listing([str(v) for v in sizes], 'or')} on {len(over)} of the {copies}, where models "
                f"tie at #{top_n})")
    boards = fmt.count(int(places["distinct_boards"].iloc[0]), "distinct board")
    return (f"Every board, large or small, has {top_n} top-{top_n} places{ties}. The averages weight each "
            f"of the {boards} by the days it stood until the next one, at most {STOOD_CAP} (a longer wait "
            "was not observed), so weeks the archive copied daily count no more than others.")


def no_places_after(share: pd.DataFrame, breaks: pd.DataFrame | None, top_n: int = 10) -> str:
    """For the body: the developer that first held the most top places before the re-rating
    (:func:`videomarket.stories.most_places_spans`) held none on any board from the re-rating on
    (``share``: complete creator_share rows; ``breaks``: epoch_breaks); '' otherwise.

    >>> share = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-04-10", "2026-04-10", "2026-10-01",
    ...     "2026-10-10"]), "creator": ["K", "A", "A", "A"], "places": [3, 1, 4, 4]})
    >>> print(no_places_after(share, pd.DataFrame({"date": pd.to_datetime(["2026-10-01"])})))
    ... # doctest: +NORMALIZE_WHITESPACE
    K, which held the most top-10 places on 10 April 2026, held none on any board from the 1 October
    re-rating to 10 October 2026.
    """
    if breaks is None or breaks.empty or share.empty:
        return ""
    rerated = pd.Timestamp(breaks["date"].iloc[0])
    spans = most_places_spans(share[share["snapshot_date"] < rerated])
    after = share[share["snapshot_date"] >= rerated]
    if not spans or after.empty:
        return ""
    who, a0, a1 = spans[0]
    if (after.loc[after["creator"] == who, "places"] > 0).any():
        return ""
    when_ = f"on {a0:%-d %B %Y}" if a0 == a1 else f"from {a0:%-d %B} to {a1:%-d %B %Y}"
    return (f"{who}, which held the most top-{top_n} places {when_}, held none on any board from the "
            f"{rerated:%-d %B} re-rating to {fmt.day(after['snapshot_date'].max())}.")


def how_to_read(rows: pd.DataFrame, breaks: pd.DataFrame | None, provenance: pd.DataFrame) -> str:
    """Report 02's reading guide: what a board and a rebuilt board are, the re-rating told as what the
    copies show (how many archives' copies, ``rows``: the pool's board rows with ``source_id``,
    ``provenance``: data.load_provenance, from the re-rating in ``breaks`` on), and what truly #1 means.

    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30", "2026-10-01", "2026-10-02"]),
    ...                      "source_id": ["a", "b", "c"]})
    >>> prov = pd.DataFrame({"source_id": ["a", "b", "c"], "repository": ["x/1", "y/2", "z/3"]})
    >>> print(how_to_read(rows, pd.DataFrame({"date": pd.to_datetime(["2026-10-01"])}), prov))
    ... # doctest: +NORMALIZE_WHITESPACE
    **How to read this note.** A *board* is one day's copy of a leaderboard; a
    [**rebuilt**](#glossary-rebuilt-file) board, reconstructed value by value from an archive file's text
    (linked in Sources), is provisional. On 1 October Artificial Analysis reset its scale and pruned its
    board (the [**re-rating**](#glossary-re-rating)). *Truly #1*: the leader if ratings carried no error.
    """
    text = ("**How to read this note.** A *board* is one day's copy of a leaderboard; a "
            "[**rebuilt**](#glossary-rebuilt-file) board, reconstructed value by value from an archive "
            "file's text (linked in Sources), is provisional.")
    if breaks is not None and len(breaks):
        rerated = pd.Timestamp(breaks["date"].iloc[0])
        after = rows[pd.to_datetime(rows["snapshot_date"]) >= rerated]
        repos = after["source_id"].map(provenance.drop_duplicates("source_id").set_index("source_id")
                                       ["repository"]).dropna().nunique()
        if repos:
            # archived copies show it; which archives is for About the data, not this box
            text += (f" On {rerated:%-d %B} Artificial Analysis reset its scale and pruned its board (the "
                     "[**re-rating**](#glossary-re-rating)).")
    return text + " *Truly #1*: the leader if ratings carried no error."


def places_source(share: pd.DataFrame, rebuilt: pd.DataFrame | None, arena: str, category: str) -> str:
    """The source line under the developer table: how many complete archived boards, their span and how
    many were rebuilt from text (``rebuilt``: rebuilt_boards).

    >>> sh = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-04-10", "2026-10-10"])})
    >>> rb = pd.DataFrame({"arena": "AA", "category": "t2v", "rebuilt_only": True, "checked": False,
    ...                    "snapshot_date": pd.to_datetime(["2026-10-10"])})
    >>> print(places_source(sh, rb, "AA", "t2v"))  # doctest: +NORMALIZE_WHITESPACE
    Source: AA video arena, t2v: 2 complete archived boards, 10 April to 10 October 2026, 1 of them rebuilt
    from text, not verified; files listed under Sources.
    """
    days = pd.Series(sorted(pd.to_datetime(share["snapshot_date"]).drop_duplicates()))
    made = sum(_is_rebuilt(rebuilt, arena, category, d) for d in days)
    return (f"Source: {arena} video arena, {pool_label(category).lower()}: {len(days)} complete archived "
            f"boards, {day_range(days.min(), days.max())}, {made} of them rebuilt from text, not verified; "
            "files listed under Sources.")
