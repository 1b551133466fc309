"""Sentences for the "how sure is number one" report: gaps as votes, leads as probabilities.

Every probability computed from published intervals is worded as approximate ("about 90%") and says it
assumes independent ratings; the value under a plausible correlation is given once, as a labelled
illustration, and where votes exist the joint bootstrap is set beside the independent reading. A
model's rank bound is stated the right way round: a model can rank no better than one plus the number
of models whose whole interval lies above its own. Counts, shares and medians are over distinct
boards (a copy identical to the one before counts once), and leads on either side of a change of
rating scale are given apart.

Example::

    >>> about(0.8958), about(0.9996), about(0.004)
    ('about 90%', 'more than 99%', 'under 1%')
"""

from __future__ import annotations

import re

import pandas as pd

from videomarket.arena import votes_needed, win_probability
from videomarket.guide import POOL_LABELS
from videomarket.leaderboard import CORRELATION_CHECK, canonical_creator, is_main_creator
from videomarket.stories import _wording as wording
from videomarket.stories import fmt
from videomarket.stories._certainty_leaders import (
    approx2,
    chance_timeline_title,
    lead_votes,
    sig2,
    vote_range,
)
from videomarket.stories._changes import changes_count
from videomarket.stories._data import board_copy
from videomarket.stories._guide import (
    RACE,
    _id_words,
    about,
    counted_twice,
    other_reading,
    pool_label,
)
from videomarket.stories._market import published_words
from videomarket.stories._notes import term

#: What the votes-needed chart's counts are not, for its subtitle.
VOTES_CURVE_NOTE = "the counts measure how small a lead is and are not a count of votes cast"
CORRELATION_SHOWN = 0.3  # the correlation the notes show beside the independent value (an illustration)
OPPOSED_CORRELATION = -CORRELATION_CHECK  # as leaderboard.opposed_odds reads it: the same size the other way
OPPOSED_WORDS = str(OPPOSED_CORRELATION).replace("-", "\u2212")  # as the text writes it
SURE = 0.95  # a lead at least this likely to be real is called sure
ALONE_DAYS = 7  # a copy with no other copy within this many days either side is a single copy


def rivals_columns(rivals: pd.DataFrame) -> dict[str, str]:
    """The quoted-gaps table's headers, the gap named after the leader.

    >>> rivals_columns(pd.DataFrame({"leader_name": ["Runway Gen-4.5"]}))["gap"]
    'Gap to Runway Gen-4.5 (points)'
    """
    return {**wording.RIVALS_TABLE, "gap": f"Gap to {rivals['leader_name'].iloc[0]} (points)"}


def chance_span(low: float, high: float) -> str:
    """Two chances as one span, said once when they round alike.

    >>> chance_span(0.649, 0.9005), chance_span(0.87, 0.874), chance_span(0.98, 0.999)
    ('about 65% to 90%', 'about 87%', 'about 98% to more than 99%')
    """
    if about(low) == about(high):
        return about(low)
    return f"{about(low)} to {about(high).removeprefix('about ')}"


def vote_test_words(alpha: float, power: float) -> str:
    """The test behind "votes needed", in words, its level linked to the glossary.

    >>> vote_test_words(0.05, 0.8)
    'a two-sided test at the 5% [significance level](#glossary-significance) with 80% power'
    """
    return (f"a two-sided test at the {fmt.pct(alpha, 0)} {term('significance', 'significance level')} with "
            f"{fmt.pct(power, 0)} power")


def quoted_gap_text(rivals: pd.DataFrame, levels: str) -> str:
    """What the launch-day gaps mean (an :func:`videomarket.arena.head_to_head` table of press-quoted,
    whole-point ratings): the preference, a near tie between rivals (the wider gaps are in the table),
    the votes with the range that rounding allows, and a preference told apart from a certainty."""
    leader = str(rivals["leader_name"].iloc[0])
    closest = rivals.iloc[0]
    alpha = float(rivals["alpha"].iloc[0]) if "alpha" in rivals else 0.05
    power = float(rivals["power"].iloc[0]) if "power" in rivals else 0.8
    low, high = vote_range(float(closest["gap"]), alpha, power)
    text = (
        f"Read as votes, {leader}'s {fmt.points(closest['gap'])} over {closest['model_name']} mean that "
        f"{leader} would be preferred in **about {fmt.pct(closest['p_preferred'], 0)}** of "
        f"{term('head-to-head', 'head-to-head votes')} between the two under the "
        f"{term('bradley-terry', 'rating model')}: close to a coin flip."
    )
    if len(rivals) > 1:
        second = rivals.iloc[1]
        apart = float(second["gap"] - closest["gap"])
        if apart <= 1:
            text += (f" The press ranked {closest['model_name']} #2, but {closest['model_name']} and "
                     f"{second['model_name']} were {fmt.points(apart)} apart, a tie in practice"
                     + (f" ({second['model_name']}'s value from a grade-{second['evidence']} page)"
                        if "evidence" in rivals.columns and pd.notna(second["evidence"]) else "") + ".")
    return text + (
        f" Telling {fmt.points(closest['gap'])} from a tie takes "
        f"**{approx2(closest['votes_needed'], 'decisive vote')}** between those two models alone"
        + (f" ({levels})" if levels else "") + "; "
        f"the quoted ratings are rounded to whole points, so the gap could be up to a point narrower or "
        f"wider, which needs {fmt.count(int(low), 'vote').split()[0]} to {fmt.count(int(high), 'vote')}. "
        f"The {fmt.pct(closest['p_preferred'], 0)} says how often one vote favours the leader. How sure the "
        "order is depends on how many such votes were cast, which the arena does not publish per pair."
    )


def boards_note(history: pd.DataFrame, category: str, skipped: int | pd.DataFrame,
                every: pd.DataFrame | None = None, *, late: list | None = None) -> str:
    """The copies behind the chances (a leader_probability_history table): daily copies with intervals,
    the distinct boards among them, long stretches without a board, and the days left out for want of
    intervals (``skipped``: their count, or leaderboard.boards_without_odds to list them; ``late``: days
    whose source dates the board only to its month, said "late <month>", :func:`month_dated_days`), for the
    appendix.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01", "2026-10-02", "2026-10-03"]),
    ...                   "unchanged": [False, True, False]})
    >>> print(boards_note(h, "text-to-video", 2))
    The archives hold 3 daily copies of the text to video (silent) board with intervals over the 3 days from
    1 October 2026 to 3 October 2026, 2 of them [distinct boards](#glossary-distinct-board). Days whose
    copies carry no intervals (press quotes, [top-8 copies](#glossary-top-8-copy)) give no chance and are
    left out: 2 days of this pool.
    >>> every = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01", "2026-10-02", "2026-10-03",
    ...                       "2026-10-04"]), "unchanged": [False, False, False, False]})
    >>> h4 = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01", "2026-10-03", "2026-10-04"]),
    ...                    "unchanged": [False, True, False]})
    >>> print(boards_note(h4, "text-to-video", 1, every).split("pool. ")[1])
    Counting the days without intervals too gives 4 distinct boards, not 2: the copy without intervals of
    2 October is one, and it makes 3 October a new board.
    """
    distinct = _distinct(history)
    repeats = len(history) - len(distinct)
    first, newest = history["snapshot_date"].min(), history["snapshot_date"].max()
    return (
        f"The archives hold {fmt.count(len(history), 'daily copy', 'daily copies')} of the "
        f"{pool_label(category).lower()} board with intervals over the {(newest - first).days + 1} days from "
        f"{fmt.day(first)} to {fmt.day(newest)}"
        + (f", {len(distinct)} of them {term('distinct-board', 'distinct boards')}" if repeats else "")
        + "." + "".join(f" {gap}" for gap in sparse_stretches(history["snapshot_date"]))
        + f" Days whose copies carry no intervals (press quotes, {term('top-8-copy', 'top-8 copies')}) give "
        f"no chance and are left out: {_skipped_days(skipped, late)} of this pool."
        + _other_count(history, every)
    )


def _skipped_days(skipped: int | pd.DataFrame, late: list | None = None) -> str:
    """'2 days', or with a boards_without_odds table, the days listed: '2 days (1 December 2025 and 29
    September 2026)'; days in ``late`` (dated only to their month) said "late <month>".

    >>> d = pd.DataFrame({"snapshot_date": pd.to_datetime(["2025-12-01", "2025-12-20", "2026-01-29",
    ...                                                    "2026-04-08", "2026-09-29"])})
    >>> _skipped_days(d.iloc[[0, 1, 3, 4]])
    '4 days (1 and 20 December 2025, 8 April and 29 September 2026)'
    >>> _skipped_days(d, [pd.Timestamp("2026-01-29")])
    '5 days (1 and 20 December 2025, late January, 8 April and 29 September 2026)'
    """
    if isinstance(skipped, int | float):
        return fmt.count(int(skipped), "day")
    days = pd.Series(sorted(pd.to_datetime(skipped["snapshot_date"]).unique()))
    vague = set(pd.to_datetime(list(late or [])))
    years = []
    for year, part in days.groupby(days.dt.year, sort=True):
        named = [f"late {d:%B}" if d in vague else None for d in part]
        if not any(named):
            years.append(f"{_day_list(part)} {year}")
            continue
        runs: list[str] = []
        exact: list[pd.Timestamp] = []
        for d, said in zip(part, named, strict=True):
            if said is None:
                exact.append(d)
                continue
            if exact:
                runs.append(_day_list(pd.Series(exact)))
                exact = []
            runs.append(said)
        if exact:
            runs.append(_day_list(pd.Series(exact)))
        years.append(f"{', '.join(runs)} {year}")
    return f"{fmt.count(len(days), 'day')} ({', '.join(years)})"


def month_dated_days(rows: pd.DataFrame, sources: pd.DataFrame) -> list[pd.Timestamp]:
    """The board days (``rows``: board rows with ``source_id``) whose only source is a page dated to the
    month alone, the board placed late in it, as :func:`estimated_dates_note` says them ("late January").

    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-01-29", "2026-04-08"]),
    ...                      "source_id": ["g", "m"]})
    >>> sources = pd.DataFrame({"source_id": ["g", "m"], "published": ["2026-01", "2026-04-10"]})
    >>> [d.day for d in month_dated_days(rows, sources)]
    [29]
    """
    published = dict(zip(sources["source_id"], sources["published"].astype(str), strict=True))
    days = []
    for day, part in rows.groupby(pd.to_datetime(rows["snapshot_date"])):
        own = {published.get(i, "") for i in part["source_id"]}
        if own == {f"{day:%Y-%m}"} and day.day > 20:
            days.append(pd.Timestamp(day))
    return days


def _other_count(history: pd.DataFrame, every: pd.DataFrame | None) -> str:
    """Why counting every archived day gives more distinct boards (``every``: leader_gaps of every archived
    day, with ``unchanged``): the days without intervals it keeps, and the days that repeat the copy before
    only once those are left out."""
    if every is None or every.empty:
        return ""
    first = history["snapshot_date"].min()
    every = every[every["snapshot_date"] >= first]
    theirs = int((~every["unchanged"].astype(bool)).sum())
    ours = len(_distinct(history))
    if theirs == ours:
        return ""
    kept = set(pd.to_datetime(history["snapshot_date"]))
    bare = [d for d in pd.to_datetime(every["snapshot_date"]) if d not in kept]
    mine = history.set_index(pd.to_datetime(history["snapshot_date"]))["unchanged"].astype(bool)
    repeat = [d for d, u in zip(pd.to_datetime(every["snapshot_date"]), every["unchanged"].astype(bool),
                                strict=True) if d in kept and mine.get(d, False) and not u]
    why = f"the cop{'y' if len(bare) == 1 else 'ies'} without intervals of {_day_spans(bare)} "
    why += "is one" if len(bare) == 1 else "are boards too"
    if repeat:
        why += f", and {'it makes' if len(bare) == 1 else 'they make'} {_day_spans(repeat)} a new board"
    return f" Counting the days without intervals too gives {theirs} distinct boards, not {ours}: {why}."


def sparse_stretches(dates: pd.Series, days: int = ALONE_DAYS) -> list[str]:
    """Each stretch in which boards were more than ``days`` days apart, as a sentence: its ends and the
    boards inside it (days counted strictly between boards).

    >>> d = pd.Series(pd.to_datetime(["2026-05-13", "2026-05-14", "2026-06-25", "2026-07-23", "2026-07-24"]))
    >>> print(sparse_stretches(d)[0])
    Between 14 May 2026 and 23 July 2026 there is a single board, 25 June 2026 (41 and 27 days without a
    board either side).
    >>> sparse_stretches(pd.Series(pd.to_datetime(["2026-05-01", "2026-05-20"])))
    ['No board was copied between 1 May 2026 and 20 May 2026 (18 days).']
    """
    ordered = pd.Series(sorted(pd.to_datetime(dates).unique()))
    between = (ordered.diff().dt.days - 1).iloc[1:]
    wide = (between > days).tolist()
    out, i = [], 0
    while i < len(wide):
        if not wide[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(wide) and wide[j + 1]:
            j += 1
        start, end, inside = ordered.iloc[i], ordered.iloc[j + 1], ordered.iloc[i + 1:j + 1]
        counts = [int(v) for v in between.iloc[i:j + 1]]
        if inside.empty:
            out.append(f"No board was copied between {fmt.day(start)} and {fmt.day(end)} ({counts[0]} days).")
        else:
            boards = "a single board" if len(inside) == 1 else f"only {len(inside)} boards"
            out.append(f"Between {fmt.day(start)} and {fmt.day(end)} there is {boards}, "
                       f"{_listing([fmt.day(d) for d in inside])} ({_listing([str(c) for c in counts])} days "
                       f"without a board{' either side' if len(counts) == 2 else ' between them'}).")
        i = j + 1
    return out


COPY_LABELS = {"a rebuilt copy": "rebuilt, not verified", "partly rebuilt": "partly rebuilt"}


def contenders_table(board: pd.DataFrame, rebuilt: pd.DataFrame | None = None,
                     category: str = "text-to-video", arena: str = "Artificial Analysis") -> pd.DataFrame:
    """The models that could rank first or second, each credited to its parent developer (a hosting
    platform never), with how the board's copy was kept (``copy``, from ``rebuilt``:
    :func:`videomarket.data.rebuilt_boards`, by :func:`copy_words`): "rebuilt, not verified", "partly
    rebuilt" or "downloaded". The correlated-error illustrations are the method notes', not this table's.

    >>> board = pd.DataFrame({"model_name": ["W"], "creator": ["Alibaba"], "rank_ub": [1],
    ...                       "snapshot_date": pd.to_datetime(["2026-10-10"])})
    >>> b = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
    ...     "snapshot_date": pd.to_datetime(["2026-10-10"]), "rebuilt_only": [True]})
    >>> contenders_table(board, b)["copy"].tolist(), contenders_table(board)["copy"].tolist()
    (['rebuilt, not verified'], ['downloaded'])
    """
    from videomarket.leaderboard import parent_developer

    shown = board[board["rank_ub"] <= 2]
    kept = copy_words(rebuilt, shown["snapshot_date"].iloc[0], category, arena) \
        if rebuilt is not None and len(shown) and "snapshot_date" in shown.columns else ""
    shown = shown.assign(developer=[parent_developer(c, m) for c, m in
                                    zip(shown["creator"], shown["model_name"], strict=True)],
                         copy=COPY_LABELS.get(kept, "downloaded"))
    # chances stay unrounded: the page rounds them to whole percents, the download as every chance download
    # does (videomarket.plots.percent_for_download), so this table and the pools table agree
    if "also_listed_as" in shown.columns:
        also = shown["also_listed_as"].fillna("").astype(str).str.split(" (based on", regex=False).str[0]
        shown = shown.assign(model_name=[f"{n}, also listed as {a}" if a else n
                                         for n, a in zip(shown["model_name"], also, strict=True)])
    return shown


def contenders_title(board: pd.DataFrame, rebuilt: pd.DataFrame | None = None,
                     category: str = "text-to-video", arena: str = "Artificial Analysis", *,
                     listings: bool = False, finding: bool = False) -> str:
    """The contenders table's caption: the pool, the board's date and, from ``rebuilt``
    (:func:`copy_words`), how its copy was kept, so no column repeats it in every row. With
    ``listings``, whether an entry listed twice with the same rating and interval counts once (``board``'s
    ``also_listed_as``).

    >>> last = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06"] * 2),
    ...                      "also_listed_as": ["", "M Max (based on M)"]})
    >>> print(contenders_title(last, listings=True))
    Text to video (silent), 6 October 2026 (two identical listings counted as one)

    >>> board = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"])})
    >>> b = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
    ...     "snapshot_date": pd.to_datetime(["2026-10-10"]), "rebuilt_only": [True]})
    >>> print(contenders_title(board, b)); print(contenders_title(board))
    Text to video (silent), 10 October 2026 (rebuilt copy, not verified)
    Text to video (silent), 10 October 2026

    With ``finding``, the title says who could be #1 (``could_be_first``), a listing repeated with the same
    numbers said once by the name both share:

    >>> two = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06"] * 3),
    ...     "model_name": ["Wan 3.0", "MiniMax H3 (768p)", "D"], "could_be_first": [True, True, False],
    ...     "also_listed_as": ["", "MiniMax H3 Max", ""]})
    >>> print(contenders_title(two, listings=True, finding=True))  # doctest: +NORMALIZE_WHITESPACE
    Only Wan 3.0 and MiniMax H3 could be #1 on 6 October 2026 (text to video, silent; two identical
    listings counted as one)
    >>> print(contenders_title(pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"] * 2),
    ...     "model_name": ["W", "X"], "could_be_first": [True, False]}), b, finding=True))
    Only W could be #1 on 10 October 2026 (text to video, silent; rebuilt copy, not verified)
    """
    day = board["snapshot_date"].iloc[0]
    kept = copy_words(rebuilt, day, category, arena)
    how = {"a rebuilt copy": " (rebuilt copy, not verified)",
           "partly rebuilt": " (partly rebuilt)"}.get(kept, "")
    if listings and "also_listed_as" in board.columns and (board["also_listed_as"].fillna("") != "").any():
        how += " (two identical listings counted as one)"
    if finding and "could_be_first" in board.columns:
        able = board[board["could_be_first"].astype(bool)]
        family = _repeated_family(able)
        names = list(dict.fromkeys(family if family and str(n).startswith(family) else str(n)
                                   for n in able["model_name"]))
        label = pool_label(category)
        words = f"{label[0].lower()}{label[1:]}".replace(" (", ", ").rstrip(")")
        kept = how.removeprefix(": ").strip().removeprefix("(").rstrip(")").replace(" (", "; ")
        notes = "; ".join(w for w in (words, kept) if w)
        only = "Only " if len(able) < len(board) else ""
        return f"{only}{_listing(names)} could be #1 on {fmt.day(day)} ({notes})"
    return f"{pool_label(category)}, {fmt.day(day)}{how}"


def contenders_source(board: pd.DataFrame, rebuilt: pd.DataFrame | None = None,
                      category: str = "text-to-video", arena: str = "Artificial Analysis", *,
                      sources: pd.DataFrame | None = None) -> str:
    """The source line under a contenders table: the arena, pool and board date, how the copy was kept
    (:func:`copy_words`) and where the archived file is listed; with ``sources`` (the sources table) the
    GitHub repository that holds the board's file (its ``source_id``), named from the file's address.

    >>> board = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06"])})
    >>> print(contenders_source(board))  # doctest: +NORMALIZE_WHITESPACE
    Source: Artificial Analysis video arena, text to video (silent) board of 6 October 2026, downloaded
    copy (file listed under Sources).
    >>> src = pd.DataFrame({"source_id": ["s"],
    ...                     "url": ["https://github.com/Maicarons/aa-boards/blob/c/x.json"]})
    >>> print(contenders_source(board.assign(source_id="s"), sources=src))  # doctest: +NORMALIZE_WHITESPACE
    Source: Artificial Analysis video arena, text to video (silent) board of 6 October 2026, downloaded
    copy (file in the Maicarons/aa-boards repository on GitHub, listed under Sources).
    """
    day = board["snapshot_date"].iloc[0]
    kept = copy_words(rebuilt, day, category, arena)
    how = {"a rebuilt copy": "copy rebuilt from text, not verified",
           "partly rebuilt": "partly rebuilt copy"}.get(kept, "downloaded copy")
    where = "file listed under Sources"
    if sources is not None and "source_id" in board.columns:
        urls = sources.loc[sources["source_id"].isin(board["source_id"].dropna()), "url"].astype(str)
        repos = sorted({"/".join(u.split("/")[3:5]) for u in urls if u.startswith("https://github.com/")})
        if len(repos) == 1:
            where = f"file in the {repos[0]} repository on GitHub, listed under Sources"
    return (f"Source: {arena} video arena, {pool_label(category).lower()} board of {fmt.day(day)}, {how} "
            f"({where}).")


def second_hand_change_text(spells: pd.DataFrame, pool_rows: pd.DataFrame, sources: pd.DataFrame,
                            min_evidence: str = "C") -> str:
    """Each change of #1 seen only in a second-hand copy (``spells``: leader_spells over the kept boards,
    ``evidence`` not A or B), with the page that shows it (``pool_rows``: the pool's kept rows, whose
    ``source_id`` for the new leader on its first day names the page in ``sources``), the page's grade and
    the kept boards either side (``min_evidence``: the weakest grade kept); "" when every change rests on
    archived boards or press reports.

    >>> sp = pd.DataFrame({"model": ["r", "x", "h"], "model_name": ["R", "X", "H"],
    ...     "evidence": ["B", "C", "A"],
    ...     "start": pd.to_datetime(["2025-12-01", "2026-01-29", "2026-04-08"]),
    ...     "end": pd.to_datetime(["2025-12-20", "2026-01-29", "2026-06-25"]), "min_margin": [17, 12, 80]})
    >>> rows = pd.DataFrame({"model": ["x"], "snapshot_date": pd.to_datetime(["2026-01-29"]), "rank": [1],
    ...                      "source_id": ["s"], "evidence": ["C"]})
    >>> src = pd.DataFrame({"source_id": ["s"], "url": ["https://example.org/p"], "title": ["Guide"],
    ...                     "publisher": ["x/y (GitHub)"], "published": ["2026-01"], "evidence": ["C"]})
    >>> print(second_hand_change_text(sp, rows, src))
    [A developer's copy](https://example.org/p) dated January 2026 shows X #1 by 12 points: a [second-hand
    copy](#glossary-second-hand-copy) of the board (grade C), the only page to show that change. When X
    took over and lost #1 is not known ([Leaderboard movements](02-leaderboard-movements.html) gives the
    earliest and latest dates it could have happened).
    """
    texts = []
    for before, row, after in zip(spells.iloc[:-1].itertuples(), spells.iloc[1:].itertuples(),
                                  [*spells.iloc[2:].itertuples(), None], strict=True):
        grade = str(getattr(row, "evidence", "A"))
        if grade in ("A", "B"):
            continue
        shown = pool_rows[(pool_rows["model"] == row.model) & (pool_rows["snapshot_date"] == row.start)]
        page = sources[sources["source_id"].isin(shown["source_id"])]
        if page.empty:
            continue
        page = page.iloc[0]
        margin = getattr(row, "min_margin", None)
        lead = f" by {fmt.count(int(margin), 'point')}" if pd.notna(margin) else ""
        span = (f"between about {fmt.day(before.end)} and about {fmt.day(after.start)}" if after is not None
                else f"after about {fmt.day(before.end)}")
        publisher = _plain_publisher(str(page.get("publisher", "") or ""))
        whose = ("A developer's copy" if publisher == "a developer's GitHub page"
                 else f"A copy on {publisher}" if publisher else "A copy")
        del span, min_evidence  # the boards either side are report 02's
        texts.append(
            f"[{whose}]({page['url']}) dated {published_words(page['published'])} shows {row.model_name} "
            f"#1{lead}: a {term('second-hand-copy', 'second-hand copy')} of the board (grade "
            f"{page['evidence']}), the only page to show that change. When {row.model_name} took "
            "over and lost #1 is not known ([Leaderboard movements](02-leaderboard-movements.html) gives "
            "the earliest and latest dates it could have happened).")
    return " ".join(texts)


def contenders_text(board: pd.DataFrame) -> str:
    """Which models the latest board cannot rule out as #1 (a board_certainty table); how cautious that
    overlap rule is, the glossary's entry says."""
    could = board[board["could_be_first"]]
    day = fmt.day(board["snapshot_date"].iloc[0])
    twice = (board[board["also_listed_as"].fillna("") != ""] if "also_listed_as" in board.columns
             else board.iloc[:0])
    text = (
        f"On the board of {day}, {fmt.count(len(could), 'model')} of {len(board)}"
        f"{f' ({len(board) + len(twice)} listings)' if len(twice) else ''} "
        f"{term('rank-bound', 'could be #1')}: no other model's whole interval lies above theirs."
    )
    if "rank_ub" in board.columns:
        second = int(((board["rank_ub"] == 2) & ~board["could_be_first"].astype(bool)).sum())
        if second:
            text += (" The table also shows the next model, which cannot be #1." if second == 1 else
                     f" The table also shows the next {second} models, which cannot be #1.")
    if len(twice):
        text += (
            f" {twice['model_name'].iloc[0]} is listed twice on that board (also as "
            f"{twice['also_listed_as'].iloc[0]}), with the same rating and interval: it counts once."
        )
    return text


def pools_columns(table: pd.DataFrame) -> dict[str, str]:
    """:data:`POOLS_TABLE` without the columns whose value is the same in every row of ``table`` (a
    :func:`pools_table`; :func:`pools_same_words` says those values once).

    >>> t = pd.DataFrame({"pool": ["a", "b"], "last": pd.to_datetime(["2026-10-10"] * 2),
    ...                   "latest_copy": ["rebuilt", "downloaded"]})
    >>> list(pools_columns(t))[:4]
    ['pool', 'first', 'latest_copy', 'latest_leader']
    """
    same = set(_same_columns(table))
    return {key: label for key, label in wording.POOLS_TABLE.items() if key not in same}


def pools_formats(table: pd.DataFrame) -> dict[str, str]:
    """:data:`POOLS_FORMATS` for the columns :func:`pools_columns` keeps.

    >>> t = pd.DataFrame({"pool": ["a", "b"], "last": pd.to_datetime(["2026-10-10"] * 2),
    ...                   "latest_copy": ["rebuilt"] * 2})
    >>> "last" in pools_formats(t), "first" in pools_formats(t)
    (False, True)
    """
    shown = pools_columns(table)
    return {key: kind for key, kind in wording.POOLS_FORMATS.items() if key in shown}


def _same_columns(table: pd.DataFrame) -> list[str]:
    if len(table) < 2:
        return []
    return [c for c in ("last", "latest_copy") if c in table.columns and table[c].astype(str).nunique() == 1]


def _rescaled_pools(pools: pd.DataFrame) -> str:
    if "re_rated" not in pools.columns or not pools["re_rated"].any():
        return ""
    names = [pool_label(c).lower() for c in pools.loc[pools["re_rated"], "category"]]
    one = len(names) == 1
    return (f"The {_listing(names)} {'pool has' if one else 'pools have'} no median lead: "
            f"{'it was' if one else 'they were'} re-rated, and a median across the re-rating would mix two "
            "sets of estimates.")


def _listing(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" and {items[-1]}"


def evidence_scope(min_evidence: str) -> str:
    """Which boards a selection by weakest evidence grade keeps, in words.

    >>> evidence_scope("A"), evidence_scope("C")
    ('archived copies only', 'evidence grades A to C')
    """
    return "archived copies only" if min_evidence == "A" else f"evidence grades A to {min_evidence}"


def gaps_text(gaps: pd.DataFrame, changes: pd.DataFrame, category: str, min_evidence: str, levels: str,
              rescaled: pd.DataFrame | None = None, *, brief: bool = False,
              spells: pd.DataFrame | None = None, history: pd.DataFrame | None = None,
              votes: bool = True) -> str:
    """The #1–#2 leads over the distinct boards with intervals (a leader_gaps table taken with
    ``complete=True, distinct=True``) by leader and scale (the chart reads them as votes, by the test
    ``levels`` names), and the changes of leader over every board of ``min_evidence`` or better (``changes``:
    :func:`first_sightings` of a leader_gaps table of those boards). ``brief``: only the count of changes,
    leaving who held #1 and when to report 02 (Leaderboard movements); with ``spells`` (leader_spells of
    the same boards) that count is :func:`videomarket.stories.changes_count`'s. With ``history``
    (leader_probability_history), :func:`votes_and_chance` follows the votes. ``votes=False`` leaves out
    the latest lead's votes (:func:`latest_lead_votes`), said before the chart
    (:func:`lead_as_votes_text`)."""
    spans = "; ".join(run_spans(gaps, rescaled))
    first, last = pd.Timestamp(gaps["snapshot_date"].min()), pd.Timestamp(gaps["snapshot_date"].max())
    period = (f"{first.day} {first:%B}–{fmt.day(last)}" if first.year == last.year
              else f"{fmt.day(first)} – {fmt.day(last)}")
    text = (
        f"Over the {pool_label(category).lower()} pool's {fmt.count(len(gaps), 'distinct board')} "
        f"({period}), "
        f"the lead of #1 over its {term('runner-up')} depended on who led: {spans}. "
    )
    latest = latest_lead_votes(gaps) if votes else ""
    text += f"{latest} " if latest else ""
    both = votes_and_chance(gaps, history) if history is not None and latest else ""
    if both:  # its own paragraph, after the count of changes
        rest = gaps_text(gaps, changes, category, min_evidence, levels, rescaled, brief=brief, spells=spells)
        return f"{rest}\n\n{both}"
    del levels  # the chart's subtitle gives the test settings
    new = changes[changes["new_leader"]]
    if brief and len(new):
        if spells is not None and len(spells) > 1:  # said in full here, briefly in the data box
            return (f"{text}In {pool_label(category).lower()}, the #1 changed hands {changes_count(spells)} "
                    "([Leaderboard movements](02-leaderboard-movements.html) dates each change).")
        return (f"{text}[Leaderboard movements](02-leaderboard-movements.html) tells who held #1, since "
                "when and for how long.")
    if len(new):
        unseen = new["days_unseen_before"].dropna()
        text += (
            f"Counting every board of {evidence_scope(min_evidence)}, with press quotes and copies without "
            f"intervals, #1 changed hands at least {fmt.count(len(new), 'time')} (table below)."
            + (f" {int((unseen > 0).sum())} of the new leaders were first seen after "
               f"{int(unseen[unseen > 0].min())} to {int(unseen.max())} days without any board, so the table "
               "gives each one's lead on its first board with a runner-up." if (unseen > 0).any() else "")
        )
        later = new[new["leader_since"] != new["snapshot_date"]]
        for row in later.itertuples():
            text += (f" {row.model_name} was first seen as #1 on {fmt.day(row.leader_since)} in a "
                     f"grade-{row.first_grade} {row.first_kind or 'source'}"
                     + ("" if "GitHub" in str(row.first_kind) else f" ({row.first_source})") + ", its lead "
                     f"first measured on {fmt.day(row.snapshot_date)}.")
        if "first_grade" in new.columns:
            for row in new[new["first_grade"].isin(["C", "D"])].itertuples():
                named = "" if row.model != row.model_name else ", which gives only the arena's id as its name"
                text += (f" {row.model_name}'s change rests on a single source, a "
                         f"{row.first_kind or 'copy of the board'} (grade {row.first_grade}){named}.")
    return text.rstrip()


def latest_lead_votes(gaps: pd.DataFrame, alpha: float = 0.05) -> str:
    """The decisive votes it takes to have an 80% chance of detecting a real gap the size of the latest
    board's lead, and of the smallest lead (``gaps``: leader_gaps of the distinct boards, its
    ``votes_needed``), with a standard test, beside the votes at which the observed latest lead would
    just pass that test (significance ``alpha``, no power), rounded as :func:`lead_votes` gives them
    (the range whole-point ratings allow is the method notes'); "" without a count.

    >>> g = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-24", "2026-10-10"]),
    ...     "model_name": ["Wan 3.0", "Wan 3.0"], "margin": [3.0, 11.0], "votes_needed": [105276.0, 7834.0]})
    >>> print(latest_lead_votes(g))
    To have an 80% chance of detecting a real gap the size of Wan 3.0's latest lead, 11 points on 10
    October 2026, a standard test needs about 7,800 decisive votes between the two models; an observed
    11-point lead would just pass that test after about 3,800. A real 3-point gap, its lead of 24
    September 2026, would need about 100,000. Each lead is on its own board's scale.
    """
    if gaps.empty or "votes_needed" not in gaps.columns:
        return ""
    last = gaps.loc[pd.to_datetime(gaps["snapshot_date"]).idxmax()]
    if pd.isna(last["votes_needed"]):
        return ""
    margin = float(last["margin"])
    count = lead_votes(margin, float(last["votes_needed"]))[0]
    # power 50%: the observed lead sits exactly at the test's cut-off (significance only)
    passing = lead_votes(margin, votes_needed(margin, alpha=alpha, power=0.5), alpha, 0.5)[0]
    text = (f"To have an 80% chance of detecting a real gap the size of {last['model_name']}'s latest lead, "
            f"{fmt.points(margin)} on {fmt.day(last['snapshot_date'])}, a standard test needs about "
            f"{fmt.count(count, 'decisive vote')} between the two models; an observed "
            f"{margin:.0f}-point lead would just pass that test after about {passing:,}.")
    low = gaps.loc[gaps["margin"].idxmin()]
    if float(low["margin"]) < margin and pd.notna(low["votes_needed"]):
        least = lead_votes(float(low["margin"]), float(low["votes_needed"]))[0]
        who = "its" if low["model_name"] == last["model_name"] else f"{low['model_name']}'s"
        text += (f" A real {low['margin']:.0f}-point gap, {who} lead of {fmt.day(low['snapshot_date'])}, "
                 f"would need about {least:,}. Each lead is on its own board's scale.")
    return text


def votes_and_chance(gaps: pd.DataFrame, history: pd.DataFrame, alpha: float = 0.05) -> str:
    """Why the latest lead's chance of being #1 (``history``: leader_probability_history) and the votes it
    takes to tell from a tie (``gaps``: leader_gaps of the distinct boards) do not conflict, in plain
    words: likely is not proven; "" without both numbers.

    >>> g = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-24", "2026-10-10"]),
    ...     "model_name": ["Wan 3.0", "Wan 3.0"], "margin": [3.0, 11.0], "votes_needed": [105276.0, 7834.0]})
    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-24", "2026-10-10"]),
    ...                   "p_leader": [0.6449, 0.87865]})
    >>> print(votes_and_chance(g, h))
    The two figures do not conflict: Wan 3.0's 11-point lead is likely real (about 88% on 10 October, if
    rating errors are independent) but not proven to a test's 95% standard, and the chance also draws on
    votes against all other models.
    """
    if gaps.empty or "votes_needed" not in gaps.columns or history.empty:
        return ""
    last = gaps.loc[pd.to_datetime(gaps["snapshot_date"]).idxmax()]
    day = history[pd.to_datetime(history["snapshot_date"]) == pd.Timestamp(last["snapshot_date"])]
    if day.empty or pd.isna(last["votes_needed"]):
        return ""
    return (f"The two figures do not conflict: {last['model_name']}'s {last['margin']:.0f}-point lead is "
            f"likely real ({about(float(day['p_leader'].iloc[-1]))} on "
            f"{pd.Timestamp(last['snapshot_date']):%-d %B}, if rating errors are independent) but not proven "
            f"to a test's {fmt.pct(1 - alpha, 0)} standard, and the chance also draws on votes against all "
            "other models.")


def run_spans(gaps: pd.DataFrame, changes: pd.DataFrame | None = None,
              votes: tuple[float, float] | None = None) -> list[str]:
    """Each leader's leads in words, split where the rating scale changed within its run (named from
    ``changes``, a scale_changes table, when given); with ``votes`` (alpha, power), each range with the
    decisive votes it takes to tell from a tie, two significant figures.

    >>> gaps = pd.DataFrame({"model": ["h", "h", "w", "w", "w"], "model_name": ["H", "H", "W", "W", "W"],
    ...     "scale_epoch": ["e1", "e1", "e1", "e2", "e2"], "margin": [115.0, 5.0, 3.0, 9.0, 13.0],
    ...     "snapshot_date": pd.to_datetime(["2026-04-10", "2026-06-25", "2026-09-24", "2026-10-01",
    ...                                      "2026-10-10"])})
    >>> run_spans(gaps)
    ['H 5–115 points', 'W 3 points before the change of scale on 1 October 2026 and 9–13 points after it']
    >>> run_spans(gaps.iloc[:2], votes=(0.05, 0.8))
    ['H 5–115 points (about 75 to 37,900 decisive votes)']

    A single board whose lead is under half the run's next smallest is said apart, with its runner-up
    (a "sibling" when both names share the family name before the version):

    >>> odd = pd.DataFrame({"model": "h", "model_name": "HappyHorse-1.0", "scale_epoch": "e1",
    ...     "margin": [115.0, 81.0, 5.0], "runner_up_name": ["S", "S", "HappyHorse-1.1"],
    ...     "snapshot_date": pd.to_datetime(["2026-04-10", "2026-05-14", "2026-06-25"])})
    >>> run_spans(odd)
    ['HappyHorse-1.0 81–115 points on 2 boards; 5 points over its sibling HappyHorse-1.1 on 25 June 2026']
    """
    def span(rows: pd.DataFrame) -> str:
        ordered = rows.sort_values("margin")
        if len(rows) >= 3 and "runner_up_name" in rows.columns and \
                float(ordered["margin"].iloc[0]) < float(ordered["margin"].iloc[1]) / 2:
            odd, rest = ordered.iloc[0], ordered.iloc[1:]
            kin = "its sibling " if _family(str(odd["runner_up_name"])) == _family(
                str(rows["model_name"].iloc[-1])) else ""
            return (f"{span(rest)} on {len(rest)} boards; {fmt.points(odd['margin'])} over {kin}"
                    f"{odd['runner_up_name']} on {fmt.day(odd['snapshot_date'])}")
        low, high = float(rows["margin"].min()), float(rows["margin"].max())
        text = _span(low, high)
        if votes is None:
            return text
        few = votes_needed(high, alpha=votes[0], power=votes[1])
        many = votes_needed(low, alpha=votes[0], power=votes[1])
        if fmt.approx_count(few, "v") == fmt.approx_count(many, "v"):
            return f"{text} ({fmt.approx_count(few, 'decisive vote')})"
        return (f"{text} (about {fmt.approx_count(few, 'decisive vote').split()[1]} to "
                f"{fmt.approx_count(many, 'decisive vote').removeprefix('about ')})")

    spans = []
    for _, run in gaps.groupby(_runs_of(gaps["model"]), sort=True):
        name = str(run["model_name"].iloc[-1])
        parts = list(run.groupby(_runs_of(run["scale_epoch"]), sort=True))
        if len(parts) == 1:
            spans.append(f"{name} {span(run)}")
            continue
        pieces = [span(p) for _, p in parts]
        changed = scale_change_name(parts[1][1]["snapshot_date"].min(), changes)
        spans.append(f"{name} {pieces[0]} before {changed} and "
                     + " and ".join(pieces[1:]) + " after it")
    return spans


def _family(name: str) -> str:
    """A model's family name: its name before the version number.

    >>> _family("HappyHorse-1.1"), _family("Wan 3.0")
    ('happyhorse', 'wan')
    """
    return re.split(r"[-\s]v?\d", name, maxsplit=1)[0].strip().lower()


def scale_change_name(date: object, changes: pd.DataFrame | None = None) -> str:
    """A change of rating scale named by what it was (a scale_changes row dated ``date``), else by date.

    >>> changes = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"]), "common_shift": [False]})
    >>> scale_change_name("2026-10-01", changes), scale_change_name("2026-10-01")
    ('the re-rating of 1 October 2026', 'the change of scale on 1 October 2026')
    """
    day = pd.Timestamp(date)
    match = changes[changes["date"] == day] if changes is not None and len(changes) else pd.DataFrame()
    if len(match):
        plain = bool(match["common_shift"].iloc[0])
        return f"the {'re-anchoring' if plain else 're-rating'} of {fmt.day(day)}"
    return f"the change of scale on {fmt.day(day)}"


def _span(low: float, high: float) -> str:
    return fmt.points(low) if fmt.points(low) == fmt.points(high) else (
        f"{fmt.points(low).split()[0]}–{fmt.points(high)}")


def genai_text(battles: pd.DataFrame, comparison: pd.DataFrame, odds: pd.DataFrame,
               independent: pd.DataFrame) -> str:
    """The refit of GenAI-Arena's published table from its raw votes (the method check), and the chance
    of being #1 read both ways: jointly from the resampling rounds (``odds``,
    leader_probability_from_votes) and from the refit's intervals as independent bell curves
    (``independent``, arena.leader_probability of the refit), as this note reads the video boards."""
    half = (comparison["ci_high"] - comparison["ci_low"]) / 2
    both = odds[["model", "p_leader"]].merge(independent[["model", "p_leader"]], on="model",
                                             suffixes=("_joint", "_independent"), validate="one_to_one")
    apart = float((both["p_leader_joint"] - both["p_leader_independent"]).abs().max())
    leader = both.loc[both["p_leader_joint"].idxmax()]
    ranked = comparison.sort_values("rating", ascending=False)
    lead = float(ranked["rating"].iloc[0] - ranked["rating"].iloc[1])
    first_half = float(half[ranked.index[0]])
    # a gap under 1 point does not show in the table's whole percents: not said
    differ = "" if apart < 0.01 else f"; the two differ by up to {fmt.pct_points(100 * apart, 0)}"
    return (
        f"From {fmt.count(len(battles), 'anonymous vote')} among {fmt.count(len(comparison), 'model')} "
        f"(cast {fmt.day(battles['tstamp'].min())} to {fmt.day(battles['tstamp'].max())}), the refit lands "
        f"within **{refit_gap(comparison)}** of every published rating, with resampled intervals of "
        f"±{half.min():.0f} to ±{half.max():.0f} points. Because the votes are public, the chance of being "
        "#1 can be read two ways: jointly from the resampling rounds, with no independence assumed, and the "
        "way this note reads the video boards, from each rating's interval as an independent bell curve. "
        + (f"Both give {leader['model']} {about(leader['p_leader_joint'])}"
           if about(leader["p_leader_joint"]) == about(leader["p_leader_independent"]) else
           f"For {leader['model']} the first gives {about(leader['p_leader_joint'])}, the second "
           f"{about(leader['p_leader_independent'])}")
        + f"{differ}. But {leader['model']} leads by "
        f"{fmt.points(lead)}, about {lead / first_half:.1f} times its interval's ± width, a far clearer "
        "lead "
        "than the video leaders': the check shows that the two readings agree on a clear lead, not how far "
        "apart they would be on a lead of a few points."
    )


def refit_gap(comparison: pd.DataFrame) -> str:
    """The largest difference between the refit and the published ratings, in words ('0.06 points')."""
    return fmt.points(comparison["difference"].abs().max(), 2)


def change_warning(spells: pd.DataFrame, category: str, arena: str = "Artificial Analysis", *,
                   pool: bool = False) -> str:
    """What may have changed since the newest board: how often #1 changed over the boards of ``spells``
    (:func:`videomarket.leaderboard.leader_spells`), said by :func:`videomarket.stories.changes_count`;
    ``pool``, naming ``category``'s pool, for a note whose answer covers several pools.

    >>> sp = pd.DataFrame({"model": ["a", "b"], "start": pd.to_datetime(["2025-12-01", "2026-09-03"]),
    ...                    "evidence": ["B", "A"]})
    >>> print(change_warning(sp, "text-to-video"))
    The #1 changed at least once since December 2025, and may again.
    >>> print(change_warning(sp, "text-to-video", pool=True))
    The #1 in text to video (silent) changed at least once since December 2025, and may again.
    """
    del arena  # named in the answer; the data box is kept short
    where = f" in {POOL_LABELS.get(category, category).lower()}" if pool else ""
    return (f"The #1{where} changed {changes_again(spells)} since {fmt.month(spells['start'].iloc[0])}, and "
            "may again.")


def changes_again(spells: pd.DataFrame) -> str:
    """The count of changes of #1 after :func:`videomarket.stories.changes_count` has been said once in
    full (in the key findings): its brief form, in the same terms.

    >>> sp = pd.DataFrame({"model": ["a", "b", "c"], "evidence": ["B", "C", "A"],
    ...                    "start": pd.to_datetime(["2025-12-01", "2026-01-29", "2026-04-08"])})
    >>> changes_again(sp), changes_again(sp.assign(evidence="A"))
    ('at least once (2 counting a second-hand copy)', 'at least twice')
    """
    return changes_count(spells, brief=True)


def _day_list(days: pd.Series) -> str:
    """Days grouped by month: '2, 10 and 12 September and 4 October'.

    >>> _day_list(pd.Series(pd.to_datetime(["2026-09-02", "2026-09-10", "2026-09-12", "2026-10-04"])))
    '2, 10 and 12 September and 4 October'
    """
    days = pd.Series(sorted(pd.to_datetime(days)))
    parts = []
    for _, month in days.groupby([days.dt.year, days.dt.month], sort=True):
        numbers = [str(d.day) for d in month]
        parts.append(_listing(numbers) + f" {month.iloc[0]:%B}")
    return _listing(parts)


def _number_word(n: int) -> str:
    """Small counts in words.

    >>> _number_word(2), _number_word(12)
    ('two', '12')
    """
    return {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}.get(n, str(n))


def _runs_of(values: pd.Series) -> pd.Series:
    """A run number for each stretch of equal values (the first row opens the first run).

    >>> _runs_of(pd.Series(["a", "a", "b", "a"], dtype="string")).tolist()
    [1, 1, 2, 3]
    """
    return values.ne(values.shift()).fillna(True).astype(bool).cumsum()


def _distinct(history: pd.DataFrame) -> pd.DataFrame:
    return history[~history["unchanged"]] if "unchanged" in history.columns else history


def copy_words(rebuilt: pd.DataFrame | None, day: object, category: str,
               arena: str = "Artificial Analysis") -> str:
    """How a pool's board of ``day`` was kept (``rebuilt``: :func:`videomarket.data.rebuilt_boards`):
    "a rebuilt copy" when every copy of it was rebuilt from text, "partly rebuilt" when a downloaded copy
    exists too, "" otherwise.

    >>> b = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
    ...     "snapshot_date": pd.to_datetime(["2026-10-04", "2026-10-10"]), "rebuilt_only": [False, True],
    ...     "checked": [True, False]})
    >>> copy_words(b, "2026-10-10", "text-to-video"), copy_words(b, "2026-10-04", "text-to-video")
    ('a rebuilt copy', 'partly rebuilt')
    """
    if rebuilt is None or rebuilt.empty:
        return ""
    rows = rebuilt[(rebuilt["arena"].astype(str) == arena) & (rebuilt["category"].astype(str) == category)
                   & (pd.to_datetime(rebuilt["snapshot_date"]) == pd.Timestamp(day))]
    if rows.empty:
        return ""
    if bool(rows["rebuilt_only"].iloc[0]):
        return "a rebuilt copy"
    return "partly rebuilt" if "checked" in rows.columns and bool(rows["checked"].iloc[0]) else ""


def votes_finding(gaps: pd.DataFrame, rebuilt: pd.DataFrame | None = None,
                  category: str = "text-to-video", arena: str = "Artificial Analysis") -> str:
    """The votes it takes to tell the latest lead and the smallest archived lead (``gaps``: leader_gaps
    of the distinct boards, rounded as :func:`lead_votes` gives them) from a tie, each on its own board's
    scale; with ``rebuilt`` (:func:`videomarket.data.rebuilt_boards`), "(rebuilt)" after a board rebuilt
    from text.

    >>> g = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-24", "2026-06-01", "2026-10-10"]),
    ...     "model_name": ["Wan 3.0", "H", "Wan 3.0"], "margin": [3.0, 90.0, 11.0],
    ...     "votes_needed": [105276.0, 80.0, 7834.0]})
    >>> print(votes_finding(g))
    Telling Wan 3.0's latest 11-point lead from a tie would take about 7,800 decisive votes [between the two
    models alone](#glossary-votes-needed), and its 3-point lead of 24 September about 100,000.
    >>> b = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
    ...     "snapshot_date": pd.to_datetime(["2026-09-24"]), "rebuilt_only": [True]})
    >>> print(votes_finding(g.iloc[:2], b))
    Telling Wan 3.0's 3-point lead of 24 September 2026 (rebuilt) from a tie would take about 100,000
    decisive votes between the two models alone.
    >>> print(votes_finding(g.assign(scale_epoch=["a", "a", "b"]), b))
    Telling Wan 3.0's latest 11-point lead from a tie would take about 7,800 decisive votes [between the two
    models alone](#glossary-votes-needed), and its 3-point lead of 24 September (rebuilt, earlier rating
    scale) about 100,000.
    """
    def copy(row: pd.Series) -> str:
        return (" (rebuilt)" if rebuilt is not None
                and copy_words(rebuilt, row["snapshot_date"], category, arena) == "a rebuilt copy" else "")

    low = gaps.loc[gaps["margin"].idxmin()]
    last = gaps.loc[pd.to_datetime(gaps["snapshot_date"]).idxmax()]
    least = lead_votes(float(low["margin"]), float(low["votes_needed"]))[0]
    if float(last["margin"]) > float(low["margin"]):
        votes = fmt.count(lead_votes(float(last["margin"]), float(last["votes_needed"]))[0], "decisive vote")
        who = "its" if low["model_name"] == last["model_name"] else f"{low['model_name']}'s"
        earlier = ("scale_epoch" in gaps.columns and low["scale_epoch"] != last["scale_epoch"])
        marks = ", ".join(m for m in [copy(low).strip(" ()"), "earlier rating scale" if earlier else ""] if m)
        marks = f" ({marks})" if marks else ""
        return (f"Telling {last['model_name']}'s latest {last['margin']:.0f}-point lead from a tie would "
                f"take about {votes} {term('votes-needed', 'between the two models alone')}, and {who} "
                f"{low['margin']:.0f}-point lead of {low['snapshot_date']:%-d %B}{marks} "
                f"about {least:,}.")
    return (f"Telling {low['model_name']}'s {low['margin']:.0f}-point lead of "
            f"{fmt.day(low['snapshot_date'])}{copy(low)} from a tie would take about "
            f"{fmt.count(least, 'decisive vote')} between the two models alone.")


def rating_error_text(board: pd.DataFrame, lower: pd.DataFrame, higher: pd.DataFrame, step: int = 1, *,
                      downloaded: pd.DataFrame | None = None, spread: float | None = None,
                      before_rebuilt: bool = False) -> str:
    """What an error of ``step`` points in the leader's rebuilt rating and interval does to its chance:
    ``board`` (board_certainty), ``lower`` and ``higher`` (leader_probability of
    :func:`videomarket.leaderboard.nudged_board` at ``-step`` and ``+step``); ``step=10`` reads a wrong tens
    digit, and with ``downloaded`` (board_certainty of an earlier board) how close that board's rating
    lies.

    >>> b = pd.DataFrame({"model": ["w", "m"], "model_name": ["Wan 3.0", "M"], "elo": [1129.0, 1118.0],
    ...                   "p_leader": [0.87865, 0.1]})
    >>> lo = pd.DataFrame({"model": ["w"], "p_leader": [0.84685]})
    >>> hi = pd.DataFrame({"model": ["w"], "p_leader": [0.9032]})
    >>> print(rating_error_text(b, lo, hi))
    The latest board is a rebuilt copy, so its values could be off: if Wan 3.0's rating were 1128 or 1130
    instead of 1129, its chance would be about 85% or 90% instead of 88%.
    >>> print(rating_error_text(b, lo.assign(p_leader=0.43), hi.assign(p_leader=0.996), step=10))
    The latest board is rebuilt from text, so one wrong digit could matter: with Wan 3.0's rating and
    interval 10 points lower or higher (1119 or 1139), its chance would be about 43% or more than 99%.
    >>> d = pd.DataFrame({"model": ["w"], "elo": [1127.0], "snapshot_date": pd.to_datetime(["2026-10-06"])})
    >>> print(rating_error_text(b.assign(snapshot_date=pd.Timestamp("2026-10-10")), lo.assign(p_leader=0.42),
    ...                         hi.assign(p_leader=0.99), step=10, downloaded=d))
    Wan 3.0's 10 October rating, 1129, comes from a rebuilt copy. A wrong tens digit (1119 or 1139) would
    make its chance about 42% or 99%. The board of 6 October gives it 1127, 2 points away, close, though
    not enough to rule such a slip out ([About the
    data](00-about-the-data.html#a-wrong-digit-in-the-latest-1-s-rating)).

    With ``spread`` (the widest gap between two copies of one day) the check is report 00's
    (:func:`videomarket.leaderboard.digit_slips_possible`): a slip is ruled out when the true rating it
    implies lies farther than ``spread`` from the earlier board's; ``before_rebuilt`` says that board is a
    rebuilt copy too, so the check compares copies only with each other.

    >>> print(rating_error_text(b.assign(snapshot_date=pd.Timestamp("2026-10-10")), lo.assign(p_leader=0.41),
    ...                         hi.assign(p_leader=0.99), step=10, downloaded=d.assign(
    ...                         snapshot_date=pd.Timestamp("2026-10-08")), spread=8.0, before_rebuilt=True))
    ... # doctest: +NORMALIZE_WHITESPACE
    Wan 3.0's 10 October rating, 1129, comes from a rebuilt copy; a wrong tens digit would make the true
    rating 1119 or 1139. The board of 8 October gives it 1127, and two copies of one day differ by up to 8
    points: 1119 lies 8 points from 1127, so that slip cannot be ruled out and would cut its chance to about
    41%; 1139 lies 12 points away, so the slip up, to 99%, is ruled out. The 8 October board is itself a
    rebuilt copy, so this checks copies against each other, not against the original files ([About the
    data](00-about-the-data.html#a-wrong-digit-in-the-latest-1-s-rating)).
    """
    lead = board.iloc[0]

    def chance(table: pd.DataFrame) -> str:
        return about(float(table.loc[table["model"] == lead["model"], "p_leader"].iloc[0]))

    elo = float(lead["elo"])
    if step != 1 and downloaded is not None and spread is not None:
        then = downloaded[downloaded["model"] == lead["model"]]
        if len(then):
            return _slip_check_text(lead, float(then["elo"].iloc[0]), then["snapshot_date"].iloc[0],
                                    (chance(lower), chance(higher)), step, spread, before_rebuilt)
    if step != 1 and downloaded is not None:
        then = downloaded[downloaded["model"] == lead["model"]].iloc[0]
        gap = abs(elo - float(then["elo"]))
        # boards a few days apart move by up to about 20 points (About the data): near is not proof
        verdict = ("close, though not enough to rule such a slip out" if gap <= 3
                   else "too far to rule such a slip out")
        return (f"{lead['model_name']}'s {pd.Timestamp(lead['snapshot_date']):%-d %B} rating, {elo:.0f}, "
                f"comes from a rebuilt copy. A wrong tens digit ({elo - step:.0f} or {elo + step:.0f}) "
                f"would make its chance {chance(lower)} or "
                f"{chance(higher).removeprefix('about ')}. The board of "
                f"{pd.Timestamp(then['snapshot_date']):%-d %B} gives it {float(then['elo']):.0f}, "
                f"{gap:.0f} points away, {verdict} ([About the "
                "data](00-about-the-data.html#a-wrong-digit-in-the-latest-1-s-rating)).")
    if step != 1:
        return (f"The latest board is rebuilt from text, so one wrong digit could matter: with "
                f"{lead['model_name']}'s rating and interval {step} points lower or higher "
                f"({elo - step:.0f} or {elo + step:.0f}), its chance would be {chance(lower)} or "
                f"{chance(higher).removeprefix('about ')}.")
    return (f"The latest board is a rebuilt copy, so its values could be off: if {lead['model_name']}'s "
            f"rating were {elo - 1:.0f} or {elo + 1:.0f} instead of {elo:.0f}, its chance would be "
            f"{chance(lower)} or {chance(higher).removeprefix('about ')} instead of "
            f"{fmt.pct(float(lead['p_leader']), 0)}.")


def _slip_check_text(lead: pd.Series, old: float, then: object, chances: tuple[str, str], step: int,
                     spread: float, before_rebuilt: bool) -> str:
    """:func:`rating_error_text`'s check of a wrong tens digit against the board before (``old``: the
    leader's rating there, on ``then``): which slip lies within ``spread`` and which is ruled out, with
    the chance each would give (``chances``: lower, higher, as "about 41%")."""
    elo = float(lead["elo"])
    day, before = pd.Timestamp(lead["snapshot_date"]), pd.Timestamp(then)
    slips = [(elo - step, chances[0], "down", "cut"), (elo + step, chances[1], "up", "raise")]
    parts = []
    for reading, said, way, verb in slips:
        off = abs(reading - old)
        if off <= spread:
            parts.append(f"{reading:.0f} lies {fmt.points(off)} from {old:.0f}, so that slip cannot be ruled "
                         f"out and would {verb} its chance to {said}")
        else:
            parts.append(f"{reading:.0f} lies {fmt.points(off)} away, so the slip {way}, to "
                         f"{said.removeprefix('about ')}, is ruled out")
    caution = (f". The {before:%-d %B} board is itself a rebuilt copy, so this checks copies against each "
               "other, not against the original files" if before_rebuilt else "")
    return (f"{lead['model_name']}'s {day:%-d %B} rating, {elo:.0f}, comes from a rebuilt copy; a wrong tens "
            f"digit would make the true rating {elo - step:.0f} or {elo + step:.0f}. The board of "
            f"{before:%-d %B} gives it {old:.0f}, and two copies of one day differ by up to "
            f"{fmt.points(spread)}: {'; '.join(parts)}{caution} ([About the "
            "data](00-about-the-data.html#a-wrong-digit-in-the-latest-1-s-rating)).")


def certainty_findings(
    history: pd.DataFrame, board: pd.DataFrame, sources: pd.DataFrame | None = None,
    arena: str = "Artificial Analysis", rebuilt: pd.DataFrame | None = None,
    gaps: pd.DataFrame | None = None, lower: pd.DataFrame | None = None,
    higher: pd.DataFrame | None = None, other_arena: str = "", *,
    downloaded: pd.DataFrame | None = None, rows: pd.DataFrame | None = None,
) -> list[str]:
    """Up to five one-idea findings: who could be #1 on the latest board (``board``: board_certainty of
    it, :func:`contenders_finding`); with ``lower`` and ``higher`` what a wrong tens digit in the rebuilt
    rating would do (:func:`rating_error_text`); each leader's record of sure boards
    (:func:`chance_timeline_title`, the chart's title); with ``gaps`` (leader_gaps of the distinct boards)
    the votes its leads take (:func:`votes_finding`); ``other_arena``, a finished sentence on the other
    arena's leader. With ``downloaded`` (board_certainty of the last
    downloaded board) the wrong-digit finding says how close that board's rating lies; with ``rows`` (the
    pool's board rows) the votes finding becomes :func:`lead_jump_finding` when the leader's closest rival
    is not on the board after the re-rating, and :func:`likely_not_proven_finding` (the latest lead's votes)
    comes second, read from ``board``'s published intervals (:func:`lead_in_errors`)."""
    category = str(history["category"].iloc[-1]) if "category" in history.columns else "text-to-video"
    findings = [contenders_finding(downloaded) if downloaded is not None
                and not downloaded.empty else contenders_finding(board)]
    if lower is not None and higher is not None:
        findings.append(rating_error_text(board, lower, higher, step=10, downloaded=downloaded))
    jump = lead_jump_finding(history, rows) if rows is not None and gaps is not None and len(gaps) else ""
    if jump:
        findings.append(not_proven_finding(downloaded) if downloaded is not None and not downloaded.empty
                        else likely_not_proven_finding(gaps, board))
    title = chance_timeline_title(history, sources)
    findings.append(f"{title[0].upper()}{title[1:]}.")
    if gaps is not None and len(gaps):
        findings.append(jump or votes_finding(gaps, rebuilt, category, arena))
    if other_arena:
        findings.append(other_arena)
    return findings[:5]


def contenders_finding(board: pd.DataFrame, *, listings: bool = False) -> str:
    """How many models of the latest board (board_certainty, best first) could be #1, the leader's lead
    over #2 and the others' chances; with ``listings`` the names alone, with how many listings they make
    when a rival is listed twice and counted once (``also_listed_as``).

    >>> d = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06"] * 3),
    ...     "model_name": ["Wan 3.0", "MiniMax H3 (768p)", "D"], "elo": [1127.0, 1116.0, 1102.0],
    ...     "p_leader": [0.8958, 0.103, 0.0], "could_be_first": [True, True, False],
    ...     "also_listed_as": ["", "MiniMax H3 Max", ""]})
    >>> print(contenders_finding(d, listings=True))
    Only 2 of 3 models (3 of 4 listings) could be #1 on 6 October 2026: Wan 3.0 and MiniMax H3 (768p).

    >>> b = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"] * 4),
    ...     "model_name": ["Wan 3.0", "M Max", "M", "D"], "elo": [1129.0, 1118.0, 1117.0, 1105.0],
    ...     "p_leader": [0.8787, 0.07, 0.05, 0.0], "could_be_first": [True, True, True, False]})
    >>> print(contenders_finding(b))
    3 of 4 listings could be #1 on 10 October 2026: Wan 3.0, 11 points ahead, and M Max and M, about 7%
    and 5% likely if rating errors are independent.
    >>> print(contenders_finding(b.assign(could_be_first=[True, False, False, False])))
    Only Wan 3.0 of 4 listings could be #1 on 10 October 2026, 11 points ahead of M Max.
    """
    could = board[board["could_be_first"].astype(bool)]
    lead, second = board.iloc[0], board.iloc[1]
    gap = fmt.points(float(lead["elo"]) - float(second["elo"]))
    day = fmt.day(board["snapshot_date"].iloc[0])
    if listings:
        names = [str(n) for n in could["model_name"]]
        twice = (board["also_listed_as"].fillna("").astype(str) != "" if "also_listed_as" in board.columns
                 else pd.Series(False, index=board.index))
        counted = (f" ({len(could) + int(twice[could.index].sum())} of {len(board) + int(twice.sum())} "
                   "listings)" if twice.any() else "")
        only = "Only " if len(could) < 4 else ""
        return f"{only}{len(could)} of {len(board)} models{counted} could be #1 on {day}: {_listing(names)}."
    if len(could) < 2:
        return (f"Only {lead['model_name']} of {len(board)} listings could be #1 on {day}, {gap} ahead of "
                f"{second['model_name']}.")
    others = could.iloc[1:]
    chances = _listing([about(float(p)) for p in others["p_leader"]]).replace(" and about ", " and ")
    return (f"{len(could)} of {len(board)} listings could be #1 on {day}: {lead['model_name']}, {gap} ahead, "
            f"and {_listing([str(n) for n in others['model_name']])}, {chances} likely if rating errors are "
            "independent.")


def least_sure_pool(pools: pd.DataFrame, category: str) -> str:
    """The pool, other than ``category``, whose latest leader is least sure of #1.

    >>> least_sure_pool(pd.DataFrame({"category": ["a", "b", "c"], "latest_p_leader": [0.5, 0.6, 0.9]}), "a")
    'b'
    """
    others = pools[pools["category"] != category]
    return str(others.loc[others["latest_p_leader"].idxmin(), "category"])


def _day_spans(days: list) -> str:
    """Days of one month as runs: '2 and 4–6 October'.

    >>> _day_spans(list(pd.to_datetime(["2026-10-02", "2026-10-04", "2026-10-05", "2026-10-06"])))
    '2 and 4–6 October'
    """
    days = sorted(pd.Timestamp(d) for d in days)
    runs: list[list[pd.Timestamp]] = []
    for day in days:
        if runs and (day - runs[-1][-1]).days == 1 and day.month == runs[-1][-1].month:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = [f"{r[0].day}" if len(r) == 1 else f"{r[0].day}–{r[-1].day}" for r in runs]
    months = {(d.year, d.month) for d in days}
    if len(months) > 1:
        return _day_list(pd.Series(days))
    return f"{_listing(parts)} {days[0]:%B}"


def chance_cell(p: float) -> str:
    """A chance as the table and its download both show it: never a bare 0 or 100.

    >>> chance_cell(1.0), chance_cell(0.0), chance_cell(0.534)
    ('>99%', '<1%', '53%')
    """
    if p >= 0.995:
        return ">99%"
    if p <= 0.005:
        return "<1%"
    return fmt.pct(p, 0)


def genai_rounded(comparison: pd.DataFrame) -> pd.DataFrame:
    """The refit beside the published ratings as the table and chart show them: ratings to two decimals,
    intervals to one, the difference that of the rounded ratings.

    >>> c = pd.DataFrame({"rating": [921.3949], "published": [921.4449], "ci_low": [897.61],
    ...                   "ci_high": [942.44], "difference": [-0.05]})
    >>> genai_rounded(c).iloc[0].tolist()
    [921.39, 921.44, 897.6, 942.4, -0.05]
    """
    out = comparison.assign(rating=comparison["rating"].round(2), published=comparison["published"].round(2),
                            ci_low=comparison["ci_low"].round(1), ci_high=comparison["ci_high"].round(1))
    return out.assign(difference=(out["rating"] - out["published"]).round(2))


def latest_leads(rankings: pd.DataFrame, arena: str, pools: pd.DataFrame) -> dict[str, float]:
    """Each pool's lead of #1 over #2 in points on its latest board (``pools``: a
    leader_certainty_by_pool table, whose ``last`` dates the board), an entry listed twice with the same
    rating and interval counted once.

    >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"] * 3), "arena": "A",
    ...     "category": "c", "model": ["wan", "h3", "h3max"], "rank": [1, 3, 2],
    ...     "model_name": ["Wan 3.0", "MiniMax H3 (768p)", "MiniMax H3 Max (based on MiniMax H3)"],
    ...     "elo": [1129.0, 1117.0, 1118.0], "ci_low": [1118.0, 1106.0, 1107.0],
    ...     "ci_high": [1140.0, 1128.0, 1129.0], "scale_epoch": "e", "evidence": "A", "source_id": "s"})
    >>> latest_leads(t, "A", pd.DataFrame({"category": ["c"], "last": pd.to_datetime(["2026-10-10"])}))
    {'c': 11.0}
    """
    from videomarket.leaderboard import daily_boards, drop_duplicate_entries

    leads = {}
    for row in pools.itertuples():
        boards = daily_boards(rankings, arena, str(row.category))
        board = drop_duplicate_entries(boards[boards["snapshot_date"] == pd.Timestamp(row.last)])
        elo = board["elo"].dropna().astype("float64").sort_values(ascending=False)
        if len(elo) > 1:
            leads[str(row.category)] = float(elo.iloc[0] - elo.iloc[1])
    return leads


def pools_table(pools: pd.DataFrame, boards: pd.DataFrame | None = None,
                leads: dict[str, float] | None = None) -> pd.DataFrame:
    """The per-pool certainty summary with the pools named in words (counts stay numbers); a re-rated
    pool's median lead is left empty (:data:`POOLS_MISSING`), its leads being on two rating scales.
    ``boards`` (:func:`videomarket.data.rebuilt_boards` of the same arena) says how each latest board
    was kept, "rebuilt" or "downloaded" (:func:`board_copy`; "" without it); ``leads``
    (:func:`latest_leads`) adds each latest leader's lead over #2, ``latest_margin``. Median leads are
    whole points, as the page shows them."""
    table = pools.assign(pool=pools["category"].map(pool_label))
    if leads is not None:
        table["latest_margin"] = table["category"].map(leads).astype("float64")
    table["latest_copy"] = [board_copy(boards, c, day)
                            for c, day in zip(table["category"], table["last"], strict=True)]
    if "re_rated" in table.columns:
        kept = ~table["re_rated"].astype(bool)
        table["median_margin"] = table["median_margin"].astype("float64").where(kept)
    if "median_margin" in table.columns:  # whole points, as the page shows it
        table["median_margin"] = table["median_margin"].astype("float64").round(0)
    return table


GENAI_NAMES = {"PlayGroundV2": "Playground v2", "PixArtAlpha": "PixArt-α", "SDXLTurbo": "SDXL Turbo",
               "OpenJourney": "Openjourney"}  # GenAI-Arena's short ids as the models' makers name them


def genai_plain_names(table: pd.DataFrame) -> pd.DataFrame:
    """GenAI-Arena votes or leaderboard (``model``, ``model_a``, ``model_b`` columns) with the models named
    as their makers name them (:data:`GENAI_NAMES`), other names unchanged.

    >>> genai_plain_names(pd.DataFrame({"model_a": ["PlayGroundV2"], "model_b": ["SDXL"]})).iloc[0].tolist()
    ['Playground v2', 'SDXL']
    """
    named = [c for c in ("model", "model_a", "model_b") if c in table.columns]
    return table.assign(**{c: table[c].replace(GENAI_NAMES) for c in named})


def genai_source(battles: pd.DataFrame, sources: pd.DataFrame | None = None, *,
                 published: pd.DataFrame | None = None, provenance: pd.DataFrame | None = None) -> str:
    """The source line under the GenAI-Arena chart (publisher and dates, no internal ids); with ``sources``
    (the sources table) the votes file and its commit, read from the title of the votes' source.

    >>> b = pd.DataFrame({"tstamp": pd.to_datetime(["2024-02-12", "2024-02-20"]), "source_id": "v"})
    >>> print(genai_source(b))  # doctest: +NORMALIZE_WHITESPACE
    Source: GenAI-Arena (TIGER-AI-Lab), anonymous text-to-image votes to 20 February 2024 and the leaderboard
    fitted from them
    >>> src = pd.DataFrame({"source_id": ["v"],
    ...     "title": ["TIGER-AI-Lab/GenAI-Arena arena_elo/clean_battle_20240220.json at e4e4637"]})
    >>> print(genai_source(b, src))  # doctest: +NORMALIZE_WHITESPACE
    Source: GenAI-Arena (TIGER-AI-Lab), anonymous text-to-image votes to 20 February 2024 (file
    arena_elo/clean_battle_20240220.json at commit e4e4637, listed under Sources) and the leaderboard fitted
    from them

    With ``published`` (the leaderboard compared against, with its ``source_id``) that file is named too;
    with ``provenance`` (:func:`videomarket.data.load_provenance`) a votes file that is neither a git clone
    nor a known copy of a search index's text is said to be of unknown origin:

    >>> src = pd.concat([src, pd.DataFrame({"source_id": ["p"],
    ...     "title": ["TIGER-AI-Lab/GenAI-Arena arena_elo/results/20240220/leaderboard.csv at e4e4637"]})])
    >>> prov = pd.DataFrame({"source_id": ["v"], "repository": ["TIGER-AI-Lab/GenAI-Arena"], "note": ["x"]})
    >>> print(genai_source(b, src, published=pd.DataFrame({"source_id": ["p"]}), provenance=prov))
    ... # doctest: +NORMALIZE_WHITESPACE
    Source: GenAI-Arena (TIGER-AI-Lab), anonymous text-to-image votes to 20 February 2024 (file
    arena_elo/clean_battle_20240220.json at commit e4e4637, a copy of unknown origin, not checked against
    the original; listed under Sources) and the leaderboard fitted from them
    (file arena_elo/results/20240220/leaderboard.csv at commit e4e4637)
    """
    from videomarket.data import cloned_from_git, copied_from_index_text

    def named(table: pd.DataFrame | None) -> re.Match[str] | None:
        if sources is None or table is None or "source_id" not in table.columns:
            return None
        hit = sources[sources["source_id"].isin(set(table["source_id"].astype(str)))]
        title = str(hit["title"].iloc[0]) if len(hit) == 1 else ""
        return re.fullmatch(r"\S+/\S+ (\S+) at ([0-9a-f]{7,40})", title)

    origin = ""
    if provenance is not None and "source_id" in battles.columns:
        rows = provenance[provenance["source_id"].astype(str).isin(set(battles["source_id"].astype(str)))]
        if len(rows) and not cloned_from_git(rows).any() and not copied_from_index_text(rows).any():
            origin = ", a copy of unknown origin, not checked against the original;"
        elif len(rows) and not cloned_from_git(rows).any():
            origin = ", rebuilt from text, not verified;"
    votes, board = named(battles), named(published)
    file = (f" (file {votes.group(1)} at commit {votes.group(2)}{origin or ','} listed under Sources)"
            if votes else "")
    fitted = f" (file {board.group(1)} at commit {board.group(2)})" if board else ""
    return (
        "Source: GenAI-Arena (TIGER-AI-Lab), anonymous text-to-image votes to "
        f"{fmt.day(battles['tstamp'].max())}{file} and the leaderboard fitted from them{fitted}"
    )


def source_ids(*tables: pd.DataFrame) -> list[str]:
    """Every ``source_id`` of the given tables (for a sources section)."""
    ids: set[str] = set()
    for table in tables:
        if "source_id" in table.columns:
            ids |= set(table["source_id"].dropna().astype(str))
        if "source_ids" in table.columns:
            ids |= {i.strip() for cell in table["source_ids"].dropna() for i in str(cell).split(",")}
    return sorted(ids)


def leader_names_note(rankings: pd.DataFrame, rivals: pd.DataFrame, arena_name: str = "Artificial Analysis",
               category: str = "text-to-video") -> str:
    """The method note on names: the quoted leader's display names across the pool's boards, when
    boards name it differently ("" otherwise).

    >>> r = pd.DataFrame({"arena": "A", "category": "c", "model": ["r", "r"],
    ...                   "model_name": ["Runway Gen-4.5", "Gen-4.5"]})
    >>> leader_names_note(r, pd.DataFrame({"leader": ["r"]}), "A", "c")
    '- **Names.** Boards name one model differently: Runway Gen-4.5 and Gen-4.5 are one model in the data.'
    """
    leader = str(rivals["leader"].iloc[0])
    pool = rankings[(rankings["arena"] == arena_name) & (rankings["category"] == category)]
    names = list(dict.fromkeys(pool.loc[pool["model"] == leader, "model_name"].astype(str)))
    if len(names) < 2:
        return ""
    return f"- **Names.** Boards name one model differently: {_listing(names)} are one model in the data."


def pieced_words(quoted: pd.DataFrame, sources: pd.DataFrame) -> str:
    """Which pages a press-quoted board (``quoted``: reported_ratings, with ``source_ids`` and
    ``rank_source_id``) is pieced together from, by publisher, in one sentence; "" for one page.

    >>> q = pd.DataFrame({"source_ids": ["a", "b, c", "d"], "rank_source_id": ["a", "c", None]})
    >>> src = pd.DataFrame({"source_id": ["a", "b", "c", "d"], "publisher": ["P", "Q", "R", "S"]})
    >>> pieced_words(q, src)
    'No single page gives this board: it is pieced together from four pages, by P, Q, R and S. '
    """
    publisher = dict(zip(sources["source_id"], sources["publisher"].fillna(""), strict=True))
    ids: list[str] = []
    for row in quoted.itertuples():
        own = getattr(row, "source_ids", None) or getattr(row, "source_id", None)
        cells = [*str(own).split(","), str(getattr(row, "rank_source_id", None))]
        ids += [i.strip() for i in cells if i.strip() not in ("", "None", "<NA>", "nan")]
    ids = list(dict.fromkeys(ids))
    names = list(dict.fromkeys(publisher.get(i) or i for i in ids))
    if len(ids) < 2:
        return ""
    return (f"No single page gives this board: it is pieced together from {_number_word(len(ids))} pages, by "
            f"{_listing(names)}. ")


def press_name(row: pd.Series, quoted: pd.DataFrame) -> str:
    """", the press's Veo 3" when a later copy's model (``row``) is the quoted board's (``quoted``) under
    another name; "" otherwise.

    >>> press_name(pd.Series({"model": "veo-3", "model_name": "Veo 3 (No Audio)"}),
    ...            pd.DataFrame({"model": ["veo-3"], "model_name": ["Veo 3"]}))
    ", the press's Veo 3,"
    """
    names = dict(zip(quoted["model"], quoted["model_name"], strict=True)) if "model" in quoted.columns else {}
    said = names.get(row["model"])
    return f", the press's {said}," if said and said != row["model_name"] else ""


def december_text(board: str, quoted: pd.DataFrame, later: pd.DataFrame, sources: pd.DataFrame,
                  levels: str, rivals: pd.DataFrame) -> str:
    """The December 2025 lead in one paragraph: the shared account of the board (``board``:
    :func:`videomarket.stories.december_board`, passed in), a pointer to the table that gives each
    value's source (``quoted``: the launch day's reported_ratings), why the later copy's date is
    approximate
    (``later``: that copy's rows, best first), its lead read as votes, and the launch-day lead as votes
    (:func:`quoted_gap_text` of ``rivals``). Counts from these whole-point ratings have two significant
    figures."""
    publisher = dict(zip(sources["source_id"], sources["publisher"].fillna(""), strict=True))
    text = (f"{board} {pieced_words(quoted, sources)}The table below gives the source and evidence grade of "
            f"each {fmt.day(quoted['snapshot_date'].iloc[0])} value.")
    check = ""
    if len(later) > 1:
        top, second = later.iloc[0], later.iloc[1]
        gap = float(top["elo"] - second["elo"])
        github = publisher.get(top["source_id"], "").endswith("(GitHub)")
        kind = "a developer's GitHub copy" if github else "a copy"
        check = (
            f"The {fmt.day(top['snapshot_date'])} copy is {kind} (grade {top['evidence']}) dated only by "
            "its "
            f"page's \"updated {fmt.day(top['snapshot_date'])}\" line, so the board it copied may be a few "
            "days older. On it "
            f"{top['model_name']} ({top['elo']:.0f}) leads {second['model_name']}"
            f"{press_name(second, quoted)} at {second['elo']:.0f} by {gap:.0f} points, about a "
            f"{fmt.pct(float(win_probability(gap, 0.0)), 0)} preference in one vote under the rating model, "
            f"{approx2(votes_needed(gap), 'decisive vote')} to tell from a tie.")
    del levels  # the test's levels are told once, under the votes chart
    return "\n\n".join(part for part in (text, quoted_gap_text(rivals, ""), check) if part)


def _published_words(value: object) -> str:
    text = str(value)
    return fmt.month(text + "-01") if len(text) == 7 else fmt.day(text)


def _plain_publisher(name: str) -> str:
    """A source named for readers: a GitHub repository ("x/y (GitHub)") as "a developer's GitHub page".

    >>> _plain_publisher("githa4/AUTOPOSTER (GitHub)"), _plain_publisher("MCPlato")
    ("a developer's GitHub page", 'MCPlato')
    """
    return "a developer's GitHub page" if name.endswith("(GitHub)") and "/" in name else name


def estimated_dates_note(rows: pd.DataFrame, sources: pd.DataFrame, days: list | None = None) -> str:
    """A method-notes bullet listing every board date of ``rows`` (a pool's rows with ``date_precision``)
    that the data estimate rather than read from the source, with the source and its own date; "" when
    every date is the source's own day. With ``days``, only the board dates the note states (the starts
    and ends of the runs at #1 it dates) are listed.

    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-01-29", "2026-04-15", "2026-05-01"]),
    ...     "source_id": ["g", "w", "a"], "date_precision": ["approx", "month", "day"]})
    >>> sources = pd.DataFrame({"source_id": ["g", "w", "a"], "publisher": ["x/y (GitHub)", "W", "A"],
    ...                         "published": ["2026-01", "2026-04", "2026-05-01"]})
    >>> print(estimated_dates_note(rows, sources))
    - **Estimated dates.** A board's date is the day its source gives for the board, which for press pages
    can be earlier than the page's own date. These board dates are estimates: late January 2026 (a
    developer's GitHub page, dated January 2026) and April 2026, month only (W, dated April 2026).
    >>> print(estimated_dates_note(rows, sources, days=[pd.Timestamp("2026-01-29")]))
    - **Estimated dates.** A board's date is the day its source gives for the board, which for press pages
    can be earlier than the page's own date. These board dates are estimates: late January 2026 (a
    developer's GitHub page, dated January 2026).
    """
    told = rows[rows["date_precision"].astype(str) != "day"][["snapshot_date", "source_id", "date_precision"]]
    if days is not None:
        told = told[pd.to_datetime(told["snapshot_date"]).isin(set(pd.to_datetime(list(days))))]
    told = told.drop_duplicates().sort_values(["snapshot_date", "source_id"])
    if told.empty:
        return ""
    publisher = dict(zip(sources["source_id"], sources["publisher"].fillna(""), strict=True))
    published = dict(zip(sources["source_id"], sources["published"], strict=True))
    def month_only(row: object) -> bool:  # a page dated to the month only, its board placed within it
        own = str(published.get(row.source_id) or "")
        return len(own) == 7 and own == f"{pd.Timestamp(row.snapshot_date):%Y-%m}"

    items = [(f"{fmt.month(row.snapshot_date)}, month only" if str(row.date_precision) == "month"
              else f"late {fmt.month(row.snapshot_date)}" if month_only(row)
              and pd.Timestamp(row.snapshot_date).day > 20 else fmt.day(row.snapshot_date))
             + f" ({_plain_publisher(publisher.get(row.source_id, ''))}, dated "
               f"{_published_words(published.get(row.source_id))})"
             for row in told.itertuples()]
    return ("- **Estimated dates.** A board's date is the day its source gives for the board, which for "
            "press pages can be earlier than the page's own date. These board dates are estimates: "
            f"{_listing(items)}.")


def votes_curve_title(curve: pd.DataFrame, gaps: pd.DataFrame, power: float = 0.8) -> str:
    """The votes-needed chart's title as its finding from the data (``gaps``: leader_gaps of the distinct
    boards, with ``snapshot_date``, ``margin`` and ``votes_needed``): the range of decisive votes between
    the pair that the latest leader's leads would each need to be detected reliably (``power`` as times in
    10), rounded as the text rounds them
    (:func:`lead_votes`), and the typical (median board's) count for the leader of the most other boards.

    >>> curve = pd.DataFrame({"gap": [3.0, 11.0], "votes_needed": [105_213.0, 7_834.0]})
    >>> gaps = pd.DataFrame({"model_name": ["W", "W", "H", "H", "H"], "margin": [3.0, 11.0, 5.0, 80.0, 95.0],
    ...     "votes_needed": [105_213.0, 7_834.0, 37_901.0, 150.0, 107.0],
    ...     "snapshot_date": pd.to_datetime(["2026-09-24", "2026-10-10", "2026-06-25", "2026-05-01",
    ...                                      "2026-05-02"])})
    >>> print(votes_curve_title(curve, gaps))  # doctest: +NORMALIZE_WHITESPACE
    W's 3–11-point leads would each need about 7,800–100,000 votes to detect reliably, 8 times in 10; H's
    typical lead needed about 150
    >>> print(votes_curve_title(curve, gaps[gaps["model_name"] == "W"]))
    W's 3–11-point leads would each need about 7,800–100,000 votes to detect reliably, 8 times in 10
    """
    if "votes_needed" not in gaps.columns:  # the curve's count at each whole-point lead
        votes = curve.set_index(curve["gap"].astype(float))["votes_needed"]
        gaps = gaps.assign(votes_needed=gaps["margin"].astype(float).round().map(votes))
    last = gaps.loc[pd.to_datetime(gaps["snapshot_date"]).idxmax()]
    mine = gaps[gaps["model_name"] == last["model_name"]].astype({"margin": float})
    widest, narrowest = mine.loc[mine["margin"].idxmax()], mine.loc[mine["margin"].idxmin()]
    few = lead_votes(float(widest["margin"]), float(widest["votes_needed"]))[0]
    many = lead_votes(float(narrowest["margin"]), float(narrowest["votes_needed"]))[0]
    leads = (f"{widest['margin']:.0f}-point lead" if round(widest["margin"]) == round(narrowest["margin"])
             else f"{narrowest['margin']:.0f}–{widest['margin']:.0f}-point leads")
    votes = f"{few:,}" if few == many else f"{few:,}–{many:,}"
    text = (f"{fmt.possessive(str(last['model_name']))} {leads} would each need about {votes} votes to "
            f"detect reliably, {round(power * 10)} times in 10")
    others = gaps[(gaps["model_name"] != last["model_name"]) & gaps["votes_needed"].notna()]
    if others.empty:
        return text
    name = others["model_name"].value_counts().index[0]
    theirs = others[others["model_name"] == name].sort_values("votes_needed")
    typical = theirs.iloc[(len(theirs) - 1) // 2]
    count = lead_votes(float(typical["margin"]), float(typical["votes_needed"]))[0]
    return f"{text}; {fmt.possessive(str(name))} typical lead needed about {count:,}"


def chance_history_text(history: pd.DataFrame, weakest: pd.DataFrame | None = None,
                        rebuilt: pd.DataFrame | None = None, category: str = "text-to-video") -> str:
    """After the chance-over-time chart (a leader_probability_history table): the earlier leaders' one
    unsure board (``weakest``: its board_certainty, :func:`least_sure_date`), the least sure lead (an
    open race under 75%; with ``rebuilt``, :func:`videomarket.data.rebuilt_boards`, the caveat when its
    copy was rebuilt from text), and the pool's re-rating in one sentence linked to About the data, where
    it is told in full.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-06-25", "2026-09-24", "2026-10-01"]),
    ...     "model_name": ["H", "Wan 3.0", "Wan 3.0"], "runner_up_name": ["H1", "G", "M"],
    ...     "margin": [5.0, 3.0, 11.0], "p_leader": [0.75, 0.6449, 0.8765], "unchanged": False,
    ...     "scale_epoch": ["a", "a", "b"]})
    >>> w = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-06-25"] * 2), "model_name": ["H", "H1"],
    ...     "creator": ["Alibaba", "Alibaba"], "elo": [1300.0, 1295.0], "p_leader": [0.75, 0.25]})
    >>> print(chance_history_text(h, w))
    The only board before Wan 3.0 with a leader below 95%, 25 June 2026, had H 5 points above its sibling H1
    (about 75%). The least sure lead was Wan 3.0's on 24 September 2026, 3 points over G: about 64%, an open
    race. The arena re-rated this pool on 1 October 2026 ([About the
    data](00-about-the-data.html#the-re-rating-of-1-october-2026)), so leads on either side are reported
    separately.
    """
    distinct = _distinct(history)
    low, last = distinct.loc[distinct["p_leader"].idxmin()], history.iloc[-1]
    text = ""
    if weakest is not None and len(weakest) > 1:
        from videomarket.leaderboard import parent_developer

        lead, second = weakest.iloc[0], weakest.iloc[1]
        same = parent_developer(lead["creator"], lead["model_name"]) == parent_developer(
            second["creator"], second["model_name"])
        text = (f"The only board before {last['model_name']} with a leader below {fmt.pct(SURE, 0)}, "
                f"{fmt.day(lead['snapshot_date'])}, had {lead['model_name']} "
                f"{fmt.points(lead['elo'] - second['elo'])} above "
                + (f"its sibling {second['model_name']}" if same else str(second["model_name"]))
                + f" ({about(lead['p_leader'])}). ")
    text += (f"The least sure lead was {low['model_name']}'s on {fmt.day(low['snapshot_date'])}, "
             f"{fmt.points(low['margin'])} over {low['runner_up_name']}: {about(low['p_leader'])}"
             + (", an open race" if float(low["p_leader"]) < RACE else "") + ".")
    if rebuilt is not None and copy_words(rebuilt, low["snapshot_date"], category) == "a rebuilt copy":
        text += (" That copy was rebuilt from text, so the data cannot tell a real lead from a rebuild "
                 "error.")
    epochs = history["scale_epoch"].astype(str)
    if epochs.nunique() > 1:
        day = history.loc[epochs != epochs.shift(), "snapshot_date"].iloc[-1]
        anchor = f"the-re-rating-of-{pd.Timestamp(day):%-d-%B-%Y}".lower()
        text += (f" The arena re-rated this pool on {fmt.day(day)} ([About the data](00-about-the-data.html"
                 f"#{anchor})), so leads on either side are reported separately.")
    return text


def pools_same_words(table: pd.DataFrame) -> str:
    """The values the pools' table leaves out because every pool shares them (:func:`pools_columns`).

    >>> t = pd.DataFrame({"pool": ["a", "b"], "last": pd.to_datetime(["2026-10-10"] * 2),
    ...                   "latest_copy": ["rebuilt"] * 2})
    >>> pools_same_words(t)
    "Every pool's latest board is of 10 October 2026, a rebuilt copy, not verified."
    """
    same = _same_columns(table)
    if "last" not in same:
        return ""
    copy = str(table["latest_copy"].iloc[0]) if "latest_copy" in same else ""
    how = {"rebuilt": ", a rebuilt copy, not verified",
           "partly rebuilt": ", partly rebuilt, not verified",
           "downloaded": ", downloaded from its archive"}.get(copy, "")
    return f"Every pool's latest board is of {fmt.day(table['last'].iloc[0])}{how}."


def pools_point(pools: pd.DataFrame, category: str, open_board: pd.DataFrame,
                table: pd.DataFrame | None = None, *, changes: pd.DataFrame | None = None) -> str:
    """The pools' section: the least sure other pool's latest leader (:func:`least_sure_pool`) and every
    other model that cannot be ruled out there with its chance (``open_board``: board_certainty of that
    pool's latest board), then which pools were re-rated (the table gives each pool's first board); with
    ``table`` (:func:`pools_table`) the values it leaves out because every pool shares them
    (:func:`pools_same_words`).

    >>> pools = pd.DataFrame({"category": ["text-to-video", "image-to-video"], "latest_leader": ["W", "G"],
    ...     "latest_p_leader": [0.88, 0.614], "re_rated": [True, False]})
    >>> board = pd.DataFrame({"model_name": ["G", "B", "W", "V", "X"],
    ...                       "p_leader": [0.614, 0.16, 0.19, 0.004, 0.0],
    ...                       "could_be_first": [True, True, True, True, False]})
    >>> print(pools_point(pools, "text-to-video", board))
    The image to video (silent) leader, G, was the least sure of the two pools' latest leaders, about 61%
    likely to be truly #1. Three others cannot be ruled out: W (19%), B (16%) and V (<1%). The text to video
    (silent) pool has no median lead: it was re-rated, and a median across the re-rating would mix two sets
    of estimates.

    With ``changes`` (leaderboard.scale_changes of the pools), the day of each re-rating and the pools
    left as they were:

    >>> ch = pd.DataFrame({"category": ["text-to-video"], "date": pd.to_datetime(["2026-10-01"])})
    >>> print(pools_point(pools, "text-to-video", board, changes=ch).split("(<1%). ")[1])
    ... # doctest: +NORMALIZE_WHITESPACE
    The text to video (silent) pool has no median lead: the arena re-rated it on 1 October 2026 (the image
    to video (silent) pool was not re-rated), and a median across the re-rating would mix two sets of
    estimates.
    """
    race = least_sure_pool(pools, category)
    row = pools[pools["category"] == race].iloc[0]
    most = (f"the least sure of the {_number_word(len(pools))} pools' latest leaders"
            if float(row["latest_p_leader"]) <= float(pools["latest_p_leader"].min())
            else "the least sure of the other pools' latest leaders")
    text = (f"The {pool_label(race).lower()} leader, {row['latest_leader']}, was {most}, "
            f"{about(float(row['latest_p_leader']))} likely to be truly #1.")
    rivals = open_board[open_board["could_be_first"].astype(bool)].iloc[1:].sort_values(
        "p_leader", ascending=False, kind="stable")
    if len(rivals):
        count = _number_word(len(rivals))
        listed = _listing([f"{r.model_name} ({chance_cell(float(r.p_leader))})" for r in rivals.itertuples()])
        text += (f" {count[0].upper() + count[1:]} other{'s' if len(rivals) > 1 else ''} cannot be ruled "
                 f"out: {listed}.")
    shared = pools_same_words(table) if table is not None else ""
    rescaled = _rescaled_pools(pools) if changes is None else _rescaled_pools_dated(pools, changes)
    return " ".join(part for part in (text, shared, rescaled) if part)


def _rescaled_pools_dated(pools: pd.DataFrame, changes: pd.DataFrame) -> str:
    """:func:`_rescaled_pools` with the day(s) of the re-rating (``changes``: scale_changes of the pools)
    and the pools that were not re-rated."""
    if "re_rated" not in pools.columns or not pools["re_rated"].any():
        return ""
    rated = pools.loc[pools["re_rated"].astype(bool), "category"].astype(str).tolist()
    names = [pool_label(c).lower() for c in rated]
    days = pd.to_datetime(changes.loc[changes["category"].astype(str).isin(rated), "date"]).drop_duplicates()
    when = f" on {_listing([fmt.day(d) for d in sorted(days)])}" if len(days) else ""
    one = len(names) == 1
    others = [pool_label(c).lower() for c in pools.loc[~pools["re_rated"].astype(bool), "category"]]
    left = (f" (the {_listing(others)} {'pools were' if len(others) > 1 else 'pool was'} not re-rated)"
            if others else "")
    return (f"The {_listing(names)} {'pool has' if one else 'pools have'} no median lead: the arena "
            f"re-rated {'it' if one else 'them'}{when}{left}, and a median across the re-rating would mix "
            "two sets of estimates.")


def copies_box_note(rebuilt: pd.DataFrame, history: pd.DataFrame, category: str,
                    arena: str = "Artificial Analysis") -> str:
    """The data box's one sentence on the pool's archived daily copies (``rebuilt``:
    :func:`videomarket.data.rebuilt_boards`): how many were rebuilt from text, how many of the distinct
    boards the latest leader led were (``history``: leader_probability_history, when it names leaders)
    and from which day every copy was; "" when none was. The copies without intervals are listed in the
    appendix (:func:`boards_note`).

    >>> b = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
    ...     "snapshot_date": pd.to_datetime(["2026-09-28", "2026-09-29", "2026-10-05", "2026-10-07",
    ...                                      "2026-10-10"]),
    ...     "rebuilt_only": [False, False, False, True, True], "checked": [False, False, True, False, False]})
    >>> print(copies_box_note(b, b, "text-to-video"))
    2 of the 5 archived daily copies of the text to video (silent) board were
    [rebuilt](#glossary-rebuilt-file) from text, including every one from 7 October on; see [report 00 (About
    the data)](00-about-the-data.html#how-strong-is-the-evidence).
    >>> h = b.assign(model_name=["H", "W", "W", "W", "W"], unchanged=[False, False, False, False, True])
    >>> print(copies_box_note(b, h, "text-to-video"))
    2 of the 5 archived daily copies of the text to video (silent) board (1 of its 4 distinct boards) were
    [rebuilt](#glossary-rebuilt-file) from text: 1 of the 3 distinct boards W led, and every copy from
    7 October on; see [report 00 (About the data)](00-about-the-data.html#how-strong-is-the-evidence).

    A single downloaded copy inside the rebuilt run is named as the exception:

    >>> r = b.assign(rebuilt_only=[False, True, False, True, True])
    >>> print(copies_box_note(r, b, "text-to-video"))  # doctest: +NORMALIZE_WHITESPACE
    3 of the 5 archived daily copies of the text to video (silent) board were
    [rebuilt](#glossary-rebuilt-file) from text, including every one from 29 September on except the
    downloaded 5 October copy; see [report 00 (About the
    data)](00-about-the-data.html#how-strong-is-the-evidence).

    A copy the history leaves out (no intervals) is not counted, so the count matches the chances':

    >>> print(copies_box_note(b, h.iloc[[0, 2, 3, 4]], "text-to-video").split(" board")[0])
    2 of the 4 archived daily copies with intervals of the text to video (silent)
    """
    pool = rebuilt[(rebuilt["arena"].astype(str) == arena) & (rebuilt["category"].astype(str) == category)]
    pool = pool.sort_values("snapshot_date")
    with_odds = ""
    if "model_name" in history.columns and not history.empty:  # the copies the chances read, as below
        kept = pool[pd.to_datetime(pool["snapshot_date"]).isin(pd.to_datetime(history["snapshot_date"]))]
        with_odds = " with intervals" if len(kept) < len(pool) else ""
        pool = kept
    only = pool["rebuilt_only"].astype(bool)
    if not only.any():
        return ""
    flags = only.tolist()
    tail = len(flags) - next((i for i in range(len(flags) - 1, -1, -1) if not flags[i]), -1) - 1
    start = pd.Timestamp(pool["snapshot_date"].iloc[len(flags) - tail]) if tail else None
    # a single downloaded copy inside a longer rebuilt run: the run is said from its start, with the exception
    except_day, cut = None, len(flags) - tail - 1
    if tail and cut >= 1 and flags[cut - 1]:
        except_day = pd.Timestamp(pool["snapshot_date"].iloc[cut])
        first = cut - 1
        while first > 0 and flags[first - 1]:
            first -= 1
        start = pd.Timestamp(pool["snapshot_date"].iloc[first])
    but = f" except the downloaded {except_day:%-d %B} copy" if except_day is not None else ""
    verb = "was" if only.sum() == 1 else "were"
    led = _leader_rebuilt_words(pool, history)
    if led:
        since = f", and every copy from {start:%-d %B} on{but}" if start is not None else ""
        rest = f": {led}{since}"
    else:
        rest = f", including every one from {start:%-d %B} on{but}" if start is not None else ""
    distinct = ""
    if led and "unchanged" in history.columns:  # the same share counted in distinct boards
        boards = history[~history["unchanged"].astype(bool)]
        days = set(pd.to_datetime(pool.loc[only, "snapshot_date"]))
        rebuilt_boards = int(pd.to_datetime(boards["snapshot_date"]).isin(days).sum())
        distinct = f" ({rebuilt_boards} of its {fmt.count(len(boards), 'distinct board')})"
    return (f"{int(only.sum())} of the {len(pool)} archived daily copies{with_odds} of the "
            f"{pool_label(category).lower()} board{distinct} {verb} {term('rebuilt-file', 'rebuilt')} from "
            f"text{rest}; see "
            "[report 00 (About the data)](00-about-the-data.html#how-strong-is-the-evidence).")


def _leader_rebuilt_words(pool: pd.DataFrame, history: pd.DataFrame | None) -> str:
    """'19 of the 23 distinct boards Wan 3.0 led': the latest leader's distinct boards held only by
    rebuilt copies; "" when ``history`` names no leader or none of its boards was rebuilt."""
    if history is None or history.empty or "model_name" not in history.columns:
        return ""
    leader = str(history.sort_values("snapshot_date")["model_name"].iloc[-1])
    led = history[history["model_name"].astype(str) == leader]
    if "unchanged" in led.columns:
        led = led[~led["unchanged"].astype(bool)]
    rebuilt_days = set(pd.to_datetime(pool.loc[pool["rebuilt_only"].astype(bool), "snapshot_date"]))
    count = int(pd.to_datetime(led["snapshot_date"]).isin(rebuilt_days).sum())
    if not count:
        return ""
    return f"{count} of the {fmt.count(len(led), 'distinct board')} {leader} led"


def arena_name(model: object, name: object, rows: pd.DataFrame) -> str:
    """A model's name for readers: Artificial Analysis's name for the same model where its boards list it,
    else the board's name, with an LMArena-style lower-case id ("gemini-omni-1.1-flash") written as words.

    >>> rows = pd.DataFrame({"arena": ["Artificial Analysis"], "model": ["g"], "model_name": ["Gemini X"],
    ...                      "snapshot_date": pd.to_datetime(["2026-09-01"])})
    >>> arena_name("g", "gemini-x", rows), arena_name("h", "gemini-omni-1.1-flash", rows)
    ('Gemini X', 'Gemini Omni 1.1 Flash')
    >>> arena_name("m", "minimax-h3", rows), arena_name("v", "Veo 3.1 Audio 1080p", rows)
    ('MiniMax H3', 'Veo 3.1 Audio 1080p')
    >>> arena_name("x-1-1-g", "x-1.1-g", rows.assign(model="g-x-1-1", model_name="G X 1.1"))
    'G X 1.1'
    """
    aa = rows[rows["arena"].astype(str) == "Artificial Analysis"]
    # the two arenas spell one model's id with its words in another order: 'gemini-omni-1-1-flash'
    same = aa[(aa["model"].astype(str) == str(model))
              | (aa["model"].astype(str).map(_id_words) == _id_words(str(model)))]
    if len(same):
        return str(same.sort_values("snapshot_date")["model_name"].iloc[-1])
    text = str(name)
    if not re.fullmatch(r"[a-z0-9][a-z0-9.\-]*", text):
        return text
    words = [canonical_creator(w) if is_main_creator(w) else w[:1].upper() + w[1:] for w in text.split("-")]
    return " ".join(words)


def other_board_text(board: pd.DataFrame, rows: pd.DataFrame, leader: str, arena: str = "LMArena",
                     own: str = "Artificial Analysis", sources: pd.DataFrame | None = None, *,
                     dated: bool = True) -> str:
    """What the other arena's finding does not say (``board``: board_certainty of its newest board;
    ``rows``: ranking rows of both arenas): whether the two arenas' leaders differ and why the boards are
    not like with like (its own scale, a list that mixes silent and with-audio entries), how many models
    could be #1 there and where ``leader`` (the chosen arena's #1) ranked; with ``sources``, how the
    board's date differs from the day its archived copy was saved; ``dated=False`` leaves the board's date
    to the table's title (last example).

    >>> rows = pd.DataFrame({"arena": ["Artificial Analysis"], "model": ["wan-3-0"],
    ...     "model_name": ["Wan 3.0"], "snapshot_date": pd.to_datetime(["2026-09-20"])})
    >>> board = pd.DataFrame({"model": ["g", "f", "wan-3-0"], "model_name": ["g", "f", "wan3.0"],
    ...     "rank": [1, 2, 6], "could_be_first": [True, True, False], "source_id": "s",
    ...     "snapshot_date": pd.to_datetime(["2026-09-21"] * 3)})
    >>> src = pd.DataFrame({"source_id": ["s"], "published": ["2026-09-25"]})
    >>> print(other_board_text(board, rows, "Wan 3.0", sources=src))
    The two arenas disagree on the #1, but they are not comparing like with like: LMArena has its own votes
    and rating scale, and its one text-to-video list mixes silent and with-audio entries. On it, 2 of 3
    models could be #1 and Wan 3.0 ranked #6 (table). The board is dated 21 September 2026, the day
    LMArena gives for it; the source list dates the archived copy 25 September, the day it was saved.
    >>> print(other_board_text(board, rows, "Wan 3.0", dated=False))  # doctest: +NORMALIZE_WHITESPACE
    The two arenas disagree on the #1, but they are not comparing like with like: LMArena has its own votes
    and rating scale, and its one text-to-video list mixes silent and with-audio entries. On it, 2 of 3
    models could be #1 and Wan 3.0 ranked #6 (table).
    """
    named = [arena_name(m, n, rows) for m, n in zip(board["model"], board["model_name"], strict=True)]
    ranks = [int(r) for r, n in zip(board["rank"], named, strict=True) if n == leader]
    where = f" and {leader} ranked #{ranks[0]}" if ranks else f" and {leader} was not listed"
    could = int(board["could_be_first"].astype(bool).sum())
    day = fmt.day(board["snapshot_date"].iloc[0])
    first = named[int(pd.Series(board["rank"]).reset_index(drop=True).idxmin())]
    opening = ("The two arenas disagree on the #1, but they are not comparing like with like: "
               if first != leader else "The two arenas agree on the #1, though not like with like: ")
    text = (f"{opening}{arena} has its own votes and rating scale, and its one text-to-video list mixes "
            f"silent and with-audio entries. On it, {could} of {len(board)} models could be #1{where} "
            "(table)")
    if not dated:
        return text + "."
    text += f". The board is dated {day}, the day {arena} gives for it"
    if sources is not None and "source_id" in board.columns:
        hit = sources[sources["source_id"].isin(set(board["source_id"].astype(str)))]
        if len(hit):
            saved = pd.Timestamp(hit["published"].iloc[0])
            text += f"; the source list dates the archived copy {saved:%-d %B}, the day it was saved"
    return text + "."


def pools_title(pools: pd.DataFrame, rebuilt: pd.DataFrame | None = None) -> str:
    """The pools table's caption (``pools``: leader_certainty_by_pool), with the latest boards' day when
    ``pools`` has their ``last`` day and all agree; ``rebuilt`` (rebuilt_boards of the arena) says when
    every one of those boards is a rebuilt copy.

    >>> print(pools_title(pd.DataFrame({"category": ["a", "b", "c", "d"]})))
    The four pools: each latest leader's chance, and how sure their leaders were over all distinct boards
    >>> print(pools_title(pd.DataFrame({"category": ["a", "b"], "last": pd.to_datetime(["2026-10-10"] * 2)}),
    ...     pd.DataFrame({"category": ["a", "b"], "snapshot_date": pd.to_datetime(["2026-10-10"] * 2),
    ...                   "rebuilt_only": True})))  # doctest: +NORMALIZE_WHITESPACE
    The two pools: each leader's chance on the latest boards, 10 October 2026 (rebuilt copies, not
    verified), as in the headline, and how sure their leaders were over all distinct boards
    """
    days = pd.to_datetime(pools["last"]).unique() if "last" in pools.columns else []
    if len(days) != 1:
        return (f"The {_number_word(len(pools))} pools: each latest leader's chance, and how sure their "
                "leaders were over all distinct boards")
    copies = ""
    if rebuilt is not None and not rebuilt.empty:
        on_day = rebuilt[(pd.to_datetime(rebuilt["snapshot_date"]) == days[0])
                         & rebuilt["category"].isin(pools["category"])]
        if len(on_day) == len(pools) and on_day["rebuilt_only"].astype(bool).all():
            copies = " (rebuilt copies, not verified)"
    return (f"The {_number_word(len(pools))} pools: each leader's chance on the latest boards, "
            f"{fmt.day(days[0])}{copies}, as in the headline, and how sure their leaders were over all "
            "distinct boards")


def _rerating_pair(history: pd.DataFrame) -> tuple[pd.Series, pd.Series] | None:
    """The last board before the latest rating scale and the first board on it (``history``:
    leader_probability_history with ``scale_epoch``), when the latest leader led both; else None."""
    if "scale_epoch" not in history.columns or history["scale_epoch"].nunique() < 2:
        return None
    rows = history.sort_values("snapshot_date")
    new = rows["scale_epoch"] == rows["scale_epoch"].iloc[-1]
    first = rows[new].iloc[0]
    before = rows[~new & (rows["snapshot_date"] < first["snapshot_date"])]
    if before.empty or before.iloc[-1]["model"] != rows.iloc[-1]["model"]:
        return None
    return before.iloc[-1], first


def _rival_gone(history: pd.DataFrame, rows: pd.DataFrame) -> tuple[pd.Series, pd.Series] | None:
    """The pair of :func:`_rerating_pair` when the earlier board's runner-up is missing from the first
    board of the new scale (``rows``: the pool's board rows, model ids as in ``history``)."""
    pair = _rerating_pair(history)
    if pair is None:
        return None
    before, first = pair
    dates = pd.to_datetime(rows["snapshot_date"])
    on_first = rows.loc[dates == pd.Timestamp(first["snapshot_date"]), "model"]
    return None if before["runner_up"] in set(on_first) else pair


def lead_jump_finding(history: pd.DataFrame, rows: pd.DataFrame) -> str:
    """One finding: the latest leader looks surer than on its last boards before the re-rating
    (:func:`_late_window`, their chance range), mainly because its closest rival then is not on the board
    after it under that name (``history``: leader_probability_history; ``rows``: the pool's board rows);
    "" when the rival stayed (leads across a re-rating are not compared).

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30", "2026-10-01", "2026-10-10"]),
    ...     "scale_epoch": ["a", "b", "b"], "model": "w", "model_name": "Wan 3.0",
    ...     "runner_up": ["g", "m", "m"], "runner_up_name": ["Gemini Omni Flash", "M", "M"],
    ...     "margin": [3.0, 11.0, 11.0], "board_size": [81, 30, 32], "p_leader": [0.64465, 0.88, 0.88]})
    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01"] * 2 + ["2026-10-10"] * 3),
    ...     "model": ["w", "m", "w", "m", "g1"], "model_name": ["Wan 3.0", "M", "Wan 3.0", "M",
    ...     "Gemini Omni Flash 1.1"], "elo": [1129.0, 1118.0, 1129.0, 1118.0, 1069.0]})
    >>> print(lead_jump_finding(h, rows))  # doctest: +NORMALIZE_WHITESPACE
    Wan 3.0 looks surer than on 30 September (64%), mainly because its closest rival then, Gemini Omni
    Flash, is not on the board under that name after the 1 October [re-rating](#glossary-re-rating).
    """
    pair = _rival_gone(history, rows)
    if pair is None:
        return ""
    before, first = pair
    late = _late_window(history, first)
    return (f"{before['model_name']} looks surer than on {_date_span(late['snapshot_date'])} "
            f"({_pct_range(late['p_leader'])}), mainly because its closest rival then, "
            f"{before['runner_up_name']}, is not on the board under that name after the "
            f"{pd.Timestamp(first['snapshot_date']):%-d %B} {term('re-rating', 're-rating')}.")


def _late_window(history: pd.DataFrame, first: pd.Series, days: int = 14) -> pd.DataFrame:
    """The latest leader's boards of the old scale in the ``days`` before the first board of the new one
    (``first``), all with the same leader."""
    rows = history.sort_values("snapshot_date")
    dates = pd.to_datetime(rows["snapshot_date"])
    start = pd.Timestamp(first["snapshot_date"])
    return rows[(dates < start) & (dates > start - pd.Timedelta(days=days))
                & (rows["model"] == first["model"])]


def _early_window(history: pd.DataFrame, first: pd.Series, days: int = 14) -> pd.DataFrame:
    """The latest leader's first ``days`` days at #1 in its run up to the re-rating (``first``, the first
    board of the new scale)."""
    rows = history.sort_values("snapshot_date")
    rows = rows[pd.to_datetime(rows["snapshot_date"]) < pd.Timestamp(first["snapshot_date"])]
    other = rows[rows["model"] != first["model"]]
    if not other.empty:
        rows = rows[pd.to_datetime(rows["snapshot_date"]) > pd.Timestamp(other["snapshot_date"].max())]
    start = pd.Timestamp(rows["snapshot_date"].min())
    return rows[pd.to_datetime(rows["snapshot_date"]) < start + pd.Timedelta(days=days)]


def _date_span(dates: pd.Series) -> str:
    """'18–30 September' (or one day) for dates of one month; '31 August–13 September' across two.

    >>> _date_span(pd.Series(pd.to_datetime(["2026-09-18", "2026-09-30"])))
    '18–30 September'
    """
    a, b = pd.Timestamp(dates.min()), pd.Timestamp(dates.max())
    if a == b:
        return f"{a:%-d %B}"
    return f"{a.day}–{b:%-d %B}" if a.month == b.month else f"{a:%-d %B}–{b:%-d %B}"


def _pct_range(p: pd.Series) -> str:
    """'64–76%' (whole percents), one figure when they agree.

    >>> _pct_range(pd.Series([0.64465, 0.76455]))
    '64–76%'
    """
    low, high = fmt.pct(float(p.min()), 0), fmt.pct(float(p.max()), 0)
    return low if low == high else f"{low.rstrip('%')}–{high}"


def _later_entry(rows: pd.DataFrame, rival: str) -> tuple[str, int, pd.Timestamp] | None:
    """The latest board's entry whose name starts with ``rival``'s, its rank by rating and the day."""
    if "elo" not in rows.columns:
        return None
    dates = pd.to_datetime(rows["snapshot_date"])
    latest = rows[dates == dates.max()].drop_duplicates("model").sort_values("elo", ascending=False)
    latest = latest.reset_index(drop=True)
    later = latest[latest["model_name"].astype(str).str.startswith(f"{rival} ")]
    if later.empty:
        return None
    return str(later["model_name"].iloc[0]), int(later.index[0]) + 1, dates.max()


def rival_exit_text(history: pd.DataFrame, rows: pd.DataFrame,
                    other_board: pd.DataFrame | None = None) -> str:
    """How sure the latest leader was before the re-rating: in its first two weeks at #1 and on its last
    boards before it (:func:`_early_window`, :func:`_late_window`, with the rival's leads), and that the
    runner-up of the last board before it was not on the first board after under that name, with how
    many models each board had (``history``: leader_probability_history; ``rows``: the pool's board rows
    with ``model_name``, used to name a later entry whose name starts with the rival's and its rank on
    the latest board; ``other_board``: the other arena's newest board, which may list both names side by
    side); "" when the runner-up stayed.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-03", "2026-09-24", "2026-09-30",
    ...     "2026-10-01", "2026-10-10"]), "scale_epoch": ["a", "a", "a", "b", "b"], "model": "w",
    ...     "model_name": "Wan 3.0", "runner_up": ["g", "g", "g", "m", "m"],
    ...     "runner_up_name": ["Gemini Omni Flash"] * 3 + ["M", "M"], "margin": [9.0, 6.0, 3.0, 11.0, 11.0],
    ...     "board_size": [80, 81, 81, 30, 32], "p_leader": [0.8771, 0.76455, 0.64465, 0.88, 0.88]})
    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01"] * 2 + ["2026-10-10"] * 3),
    ...     "model": ["w", "m", "w", "m", "g1"], "model_name": ["Wan 3.0", "M", "Wan 3.0", "M",
    ...     "Gemini Omni Flash 1.1"], "elo": [1129.0, 1118.0, 1129.0, 1118.0, 1069.0]})
    >>> lm = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-21"] * 2),
    ...                    "model_name": ["Gemini Omni Flash 1.1", "Gemini Omni Flash"]})
    >>> print(rival_exit_text(h, rows, lm))  # doctest: +NORMALIZE_WHITESPACE
    Wan 3.0 was already about 88% likely truly #1 in its first two weeks at #1 (3 September), and
    64–76% on 24–30 September, when its closest rival, Gemini Omni Flash, was 3–6 points behind. That
    rival is not on the board re-rated on 1 October under that name: the re-rating cut the board from
    81 models on 30 September to 30. A separate entry, Gemini Omni Flash 1.1, is #3 on 10 October; the
    data cannot tell whether it is the same model renamed, and LMArena's board of 21 September lists the
    two names side by side, so it may instead be a newer version.
    """
    pair = _rival_gone(history, rows)
    if pair is None:
        return ""
    before, first = pair
    rival = str(before["runner_up_name"])
    early, late = _early_window(history, first), _late_window(history, first)
    late = late[late["runner_up_name"] == rival] if "runner_up_name" in late.columns else late
    chance = _pct_range(early["p_leader"])
    text = (f"{before['model_name']} was already {'about ' if '–' not in chance else ''}{chance} likely "
            f"truly #1 in its first two weeks at #1 ({_date_span(early['snapshot_date'])}), and "
            f"{_pct_range(late['p_leader'])} on {_date_span(late['snapshot_date'])}, when its closest rival, "
            f"{rival}, was {_points_range(late['margin'])} behind. That rival is not on the board "
            f"re-rated on {pd.Timestamp(first['snapshot_date']):%-d %B} under that name: the re-rating cut "
            "the board from "
            f"{int(before['board_size'])} models on {pd.Timestamp(before['snapshot_date']):%-d %B} to "
            f"{int(first['board_size'])}.")
    later = _later_entry(rows, rival)
    if later is not None:
        name, rank, latest = later
        text += (f" A separate entry, {name}, is #{rank} on {latest:%-d %B}; the data cannot tell whether "
                 "it is the same model renamed")
        both = _side_by_side(other_board, rival, name)
        text += (f", and LMArena's board of {both:%-d %B} lists the two names side by side, so it may "
                 "instead be a newer version." if both is not None else ".")
    return text


def _points_range(margins: pd.Series) -> str:
    """'3–6 points' (whole points), '3 points' when they agree.

    >>> _points_range(pd.Series([6.0, 3.0]))
    '3–6 points'
    """
    low, high = round(float(margins.min())), round(float(margins.max()))
    return fmt.points(low) if low == high else f"{low}–{high} points"


def _side_by_side(board: pd.DataFrame | None, first: str, second: str) -> pd.Timestamp | None:
    """The day of ``board`` (the other arena's board) when it lists both names, else None."""
    if board is None or board.empty:
        return None
    names = set(board["model_name"].astype(str))
    return pd.Timestamp(board["snapshot_date"].iloc[0]) if {first, second} <= names else None


def lead_in_errors(board: pd.DataFrame, alpha: float = 0.05) -> dict[str, float] | None:
    """The board's lead of #1 over #2 (``board``: board_certainty, best first) in standard errors read
    from the two published 95% intervals, errors taken as independent, and the two-sided normal cut-off
    a test at level ``alpha`` needs; None without two rated models with intervals.

    >>> b = pd.DataFrame({"elo": [1129.0, 1118.0], "ci_low": [1118.0, 1107.0], "ci_high": [1140.0, 1129.0]})
    >>> {k: round(v, 2) for k, v in lead_in_errors(b).items()}
    {'gap': 11.0, 'first': 11.0, 'second': 11.0, 'ratio': 1.39, 'needed': 1.96}
    """
    from statistics import NormalDist

    if len(board) < 2 or not {"elo", "ci_low", "ci_high"} <= set(board.columns):
        return None
    top = board.sort_values("elo", ascending=False).iloc[:2]
    halves = [(float(r.ci_high) - float(r.ci_low)) / 2 for r in top.itertuples()]
    if any(pd.isna(h) or h <= 0 for h in halves):
        return None
    needed = NormalDist().inv_cdf(1 - alpha / 2)
    gap = float(top["elo"].iloc[0]) - float(top["elo"].iloc[1])
    error = (halves[0] ** 2 + halves[1] ** 2) ** 0.5 / needed
    return {"gap": gap, "first": halves[0], "second": halves[1], "ratio": gap / error, "needed": needed}


def _interval_words(first: float, second: float) -> str:
    """"±11-point intervals" or "±11- and ±12-point intervals"."""
    if round(first) == round(second):
        return f"±{first:.0f}-point intervals"
    return f"±{first:.0f}- and ±{second:.0f}-point intervals"


def likely_not_proven_finding(gaps: pd.DataFrame, board: pd.DataFrame | None = None,
                              alpha: float = 0.05) -> str:
    """One finding: the latest lead is likely but not proven. With ``board`` (board_certainty of the
    latest board) the lead in standard errors read from the published intervals (:func:`lead_in_errors`);
    otherwise the decisive votes a test of the two models alone would need (``gaps``: leader_gaps of the
    distinct boards); "" without a latest lead.

    >>> g = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"]), "model": ["w"],
    ...     "model_name": ["Wan 3.0"], "runner_up": ["m"], "runner_up_name": ["MiniMax H3 Max"],
    ...     "margin": [11.0], "votes_needed": [7834.0]})
    >>> b = pd.DataFrame({"elo": [1129.0, 1118.0], "ci_low": [1118.0, 1107.0], "ci_high": [1140.0, 1129.0]})
    >>> print(likely_not_proven_finding(g, b))  # doctest: +NORMALIZE_WHITESPACE
    Likely is not proven: Wan 3.0's 11-point lead on 10 October is about 1.4 standard errors by the
    published ±11-point intervals, short of the 1.96 a 95% test needs.
    >>> print(likely_not_proven_finding(g))  # doctest: +NORMALIZE_WHITESPACE
    Likely is not proven: telling Wan 3.0's 11-point lead from a tie would take a test of the two leaders
    about 7,800 [decisive votes](#glossary-decisive-vote).
    """
    if gaps.empty or "votes_needed" not in gaps.columns:
        return ""
    last = gaps.loc[pd.to_datetime(gaps["snapshot_date"]).idxmax()]
    if pd.isna(last["votes_needed"]):
        return ""
    errors = lead_in_errors(board, alpha) if board is not None else None
    if errors is not None and round(errors["gap"]) == round(float(last["margin"])):
        return (f"Likely is not proven: {last['model_name']}'s {last['margin']:.0f}-point lead on "
                f"{pd.Timestamp(last['snapshot_date']):%-d %B} is about {errors['ratio']:.1f} standard "
                f"errors by the published {_interval_words(errors['first'], errors['second'])}, short of the "
                f"{errors['needed']:.2f} a {1 - alpha:.0%} test needs.")
    votes = lead_votes(float(last["margin"]), float(last["votes_needed"]))[0]
    return (f"Likely is not proven: telling {last['model_name']}'s {last['margin']:.0f}-point lead from a "
            f"tie would take a test of the two leaders about {votes:,} "
            f"{term('decisive-vote', 'decisive votes')}.")


PLAIN_POOLS = {"text-to-video": "silent text-to-video", "image-to-video": "silent image-to-video",
               "text-to-video-audio": "text-to-video (with audio)",
               "image-to-video-audio": "image-to-video (with audio)"}


def newest_answer(board: pd.DataFrame, category: str, arena: str = "Artificial Analysis", *,
                  alpha: float = 0.05, power: float = 0.8, rebuilt: pd.DataFrame | None = None) -> str:
    """The report's answer in at most three sentences (``board``: board_certainty of the newest board, best
    first): the leader's chance of being truly #1 on this arena as published ("narrowly led" when its lead
    is short of the one that would make it at least 95% likely ahead in a two-model race, read from the
    two published intervals at level ``alpha``, :func:`lead_in_errors`), with what independent errors
    means; with ``rebuilt`` (:func:`videomarket.data.rebuilt_boards`) a sentence saying when that board is a
    copy rebuilt from text, as report 02's answer does; and the lead against votes: the decisive votes
    between #1 and #2 that would tell the lead from a tie ``power`` of the time, said as a count the arena
    does not publish (what the intervals are as precise as is :func:`two_bars_text`'s, in the method
    notes: a second count in the answer read as votes cast). Other readings of the board (a rival listed
    twice, correlated errors) are the appendix's; the other caveats are :func:`health_warning`'s.

    >>> d = pd.DataFrame({"model_name": ["Wan 3.0", "MiniMax H3 Max"], "elo": [1129.0, 1118.0],
    ...     "ci_low": [1118.0, 1107.0], "ci_high": [1140.0, 1129.0],
    ...     "p_leader": [0.8725, 0.07], "snapshot_date": pd.to_datetime(["2026-10-10"] * 2)})
    >>> print(newest_answer(d, "text-to-video"))  # doctest: +NORMALIZE_WHITESPACE
    On the newest board, 10 October 2026, Wan 3.0 narrowly led Artificial Analysis's silent text-to-video
    arena, about 87% likely to be [truly #1](#glossary-p-first) there if rating errors are independent (one
    model's error says nothing about another's). It would take about 7,800 [decisive
    votes](#glossary-decisive-vote) between Wan 3.0 and MiniMax H3 Max to tell reliably (8 times in 10)
    whether its 11-point lead is real; the arena does not publish how many they have had.
    >>> print(newest_answer(d.assign(elo=[1149.0, 1118.0]), "text-to-video").split(" (")[0])
    ... # doctest: +NORMALIZE_WHITESPACE
    On the newest board, 10 October 2026, Wan 3.0 led Artificial Analysis's silent text-to-video arena,
    about 87% likely to be [truly #1](#glossary-p-first) there if rating errors are independent
    >>> rb = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
    ...     "snapshot_date": pd.to_datetime(["2026-10-10"]), "rebuilt_only": [True]})
    >>> print(newest_answer(d, "text-to-video", rebuilt=rb).split(". ")[1])
    That board is an unverified copy [rebuilt](#glossary-rebuilt-file) from text
    """
    from statistics import NormalDist

    top = board.sort_values("elo", ascending=False) if "elo" in board.columns else board
    lead = board.iloc[0]
    day = pd.Timestamp(lead["snapshot_date"])
    p = float(lead["p_leader"])
    pool = PLAIN_POOLS.get(category, pool_label(category).lower())
    errors = lead_in_errors(top, alpha) if "ci_low" in board else None
    narrow = errors is not None and errors["ratio"] < NormalDist().inv_cdf(1 - alpha)
    how = "narrowly led" if narrow else "led"
    text = (f"On the newest board, {fmt.day(day)}, {lead['model_name']} {how} {arena}'s {pool} arena, "
            f"{about(p) if not 0.05 <= p <= 0.95 else 'about ' + fmt.pct(p, 0)} likely to be "
            f"{term('p-first', 'truly #1')} there if rating errors are independent (one model's error says "
            "nothing about another's).")
    if copy_words(rebuilt, day, category, arena) == "a rebuilt copy":
        text += f" That board is an unverified copy {term('rebuilt-file', 'rebuilt')} from text."
    read = _interval_votes(top, alpha) if "ci_low" in board else None
    if read is not None:
        gap = read[2]["gap"]
        count = lead_votes(gap, votes_needed(gap, alpha=alpha, power=power), alpha, power)[0]
        text += (f" It would take about {count:,} {term('decisive-vote', 'decisive votes')} between "
                 f"{lead['model_name']} and {top['model_name'].iloc[1]} to tell reliably "
                 f"({round(power * 10)} times in 10) whether its {gap:.0f}-point lead is real; the arena "
                 "does not publish how many they have had.")
    return text


def chance_timeline_source(history: pd.DataFrame, category: str, arena: str = "Artificial Analysis") -> str:
    """The source line under the chance-over-time chart (``history``: leader_probability_history, its
    ``unchanged``): the pool, its archived daily copies and how many distinct boards they make.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01", "2026-10-02", "2026-10-03"]),
    ...                   "unchanged": [False, True, False]})
    >>> print(chance_timeline_source(h, "text-to-video"))  # doctest: +NORMALIZE_WHITESPACE
    Source: Artificial Analysis video arena, text to video (silent) pool: 3 archived daily copies
    (2 distinct boards), files listed under Sources.
    """
    copies = history["snapshot_date"].nunique()
    distinct = len(_distinct(history))
    return (f"Source: {arena} video arena, {pool_label(category).lower()} pool: "
            f"{fmt.count(copies, 'archived daily copy', 'archived daily copies')} "
            f"({fmt.count(distinct, 'distinct board')}), files listed under Sources.")


def health_warning(board: pd.DataFrame, lower: pd.DataFrame, higher: pd.DataFrame,
                   rebuilt: pd.DataFrame | None = None, category: str = "text-to-video",
                   arena: str = "Artificial Analysis", *, build: object = None,
                   possible: tuple[bool, bool] | None = None, before: pd.DataFrame | None = None,
                   before_rebuilt: bool = False) -> str:
    """The answer's caveats in plain words (``board``: board_certainty of the newest board, best first,
    every rated model): how the board's copy was kept (``rebuilt``: :func:`videomarket.data.rebuilt_boards`)
    and its age on ``build`` (default today); the chances one wrong tens digit in the leader's rating would
    give (``lower``, ``higher``: the board with it 10 points lower and higher, best first); and, when
    (nearly) every rated model (at least 8 in 10; the fixed anchor's zero left out) has the same interval,
    that the intervals may be a house convention. ``possible``
    (:func:`videomarket.leaderboard.digit_slips_possible`: which slip, lower or higher, the board before
    leaves possible) keeps only the reading that cannot be ruled out, as report 00 does; with ``before``
    (board_certainty of that board, with ``model``) it gives the reason, and ``before_rebuilt`` says that
    board is a rebuilt copy too, so the check compares copies only with each other.

    >>> d = pd.DataFrame({"model_name": ["Wan 3.0", "MiniMax H3 Max", "A", "B", "C", "Anchor"],
    ...     "elo": [1129.0, 1118.0, 1000.0, 990.0, 980.0, 1000.0], "p_leader": [0.8725, 0.07, 0, 0, 0, 0],
    ...     "ci_high": [1140.0, 1129.0, 1011.0, 1001.0, 992.0, 1000.0],
    ...     "snapshot_date": pd.to_datetime(["2026-10-10"] * 6)})
    >>> low, high = d.assign(p_leader=0.41), d.assign(p_leader=0.99)
    >>> b = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
    ...     "snapshot_date": pd.to_datetime(["2026-10-10"]), "rebuilt_only": [True]})
    >>> print(health_warning(d, low, high, b, build="2026-12-07"))  # doctest: +NORMALIZE_WHITESPACE
    **Health warning.** The board is an unverified copy [rebuilt](#glossary-rebuilt-file) from text, about
    two months old; one wrong digit in Wan 3.0's rating could move the chance to 41% or 99%
    ([Appendix](#how-robust-is-the-latest-chance)). Nearly every model on it has the same ±11-point
    interval, which may be a house convention rather than each model's own vote count; the chances are
    only as good as those intervals ([Method notes](#method-notes)).
    >>> print(health_warning(d.iloc[:2].assign(ci_high=[1140.0, 1130.0]), low, high, build="2026-10-30",
    ...                      possible=(True, False)))  # doctest: +NORMALIZE_WHITESPACE
    **Health warning.** The board is 20 days old; one wrong tens digit in Wan 3.0's rating could cut the
    chance to 41%; the board before rules out the slip the other way, to 99%
    ([Appendix](#how-robust-is-the-latest-chance)).
    >>> e = pd.DataFrame({"model": ["w"], "elo": [1127.0], "snapshot_date": pd.to_datetime(["2026-10-08"])})
    >>> print(health_warning(d.iloc[:2].assign(ci_high=[1140.0, 1130.0], model=["w", "m"]), low, high,
    ...                      build="2026-10-30", possible=(True, False), before=e, before_rebuilt=True))
    ... # doctest: +NORMALIZE_WHITESPACE
    **Health warning.** The board is 20 days old; one wrong tens digit in Wan 3.0's rating (1119 for 1129)
    could cut the chance to 41%, a slip the board of 8 October (1127; a rebuilt copy too) cannot rule out
    ([Appendix](#how-robust-is-the-latest-chance)).
    >>> print(health_warning(d.iloc[:2].assign(ci_high=[1140.0, 1130.0]), low, high, build="2026-10-30"))
    ... # doctest: +NORMALIZE_WHITESPACE
    **Health warning.** The board is 20 days old; one wrong digit in Wan 3.0's rating could move the
    chance to 41% or 99% ([Appendix](#how-robust-is-the-latest-chance)).
    """
    lead = board.iloc[0]
    day = pd.Timestamp(lead["snapshot_date"])
    built = pd.Timestamp(build if build is not None else pd.Timestamp.today()).normalize()
    days = (built - day).days
    months = round(days / 30.4)
    age = (f"about {_number_word(months)} months old" if months >= 2 and days >= 45
           else fmt.count(days, "day") + " old")
    copy = ("an unverified copy " + term("rebuilt-file", "rebuilt") + " from text, "
            if copy_words(rebuilt, day, category, arena) == "a rebuilt copy" else "")
    low_p, high_p = float(lower["p_leader"].iloc[0]), float(higher["p_leader"].iloc[0])
    chances = sorted([low_p, high_p])
    whose = fmt.possessive(str(lead["model_name"]))
    where = "([Appendix](#how-robust-is-the-latest-chance))"
    old = (before.loc[before["model"] == lead["model"]] if before is not None and "model" in board.columns
           else pd.DataFrame())
    if possible is not None and sum(possible) == 1 and len(old):
        kept, other, verb = (low_p, high_p, "cut") if possible[0] else (high_p, low_p, "raise")
        elo, sign = float(lead["elo"]), (-1 if possible[0] else 1)
        also = "; a rebuilt copy too" if before_rebuilt else ""
        text = (f"**Health warning.** The board is {copy}{age}; one wrong tens digit in {whose} rating "
                f"({elo + sign * 10:.0f} for {elo:.0f}) could {verb} the chance to {fmt.pct(kept, 0)}, "
                f"a slip the board of {pd.Timestamp(old['snapshot_date'].iloc[0]):%-d %B} "
                f"({float(old['elo'].iloc[0]):.0f}{also}) cannot rule out {where}.")
    elif possible is not None and sum(possible) == 1:
        kept, other, verb = (low_p, high_p, "cut") if possible[0] else (high_p, low_p, "raise")
        text = (f"**Health warning.** The board is {copy}{age}; one wrong tens digit in {whose} rating "
                f"could {verb} the chance to {fmt.pct(kept, 0)}; the board before rules out the slip the "
                f"other way, to {fmt.pct(other, 0)} {where}.")
    else:
        text = (f"**Health warning.** The board is {copy}{age}; one wrong digit in {whose} rating could move "
                f"the chance to {fmt.pct(chances[0], 0)} or {fmt.pct(chances[1], 0)} {where}.")
    same = _shared_width(board)
    if same is not None and same[1] >= 0.8 * same[2]:
        every = "Every" if same[1] == same[2] else "Nearly every"
        text += (f" {every} model on it has the same ±{same[0]:g}-point interval, which may be a house "
                 "convention rather than each model's own vote count; the chances are only as good as those "
                 "intervals ([Method notes](#method-notes)).")
    return text


def _shared_width(board: pd.DataFrame) -> tuple[float, int, int] | None:
    """The most common half-width of the board's 95% intervals (the fixed anchor's zero left out), how many
    rated models have it and how many are rated; None without intervals.

    >>> _shared_width(pd.DataFrame({"elo": [10.0, 8.0, 5.0, 0.0], "ci_high": [21.0, 19.0, 17.0, 0.0]}))
    (11.0, 2, 3)
    """
    if "ci_high" not in board.columns:
        return None
    half = (board["ci_high"] - board["elo"]).dropna().round(1)
    half = half[half > 0]
    if half.empty:
        return None
    counts = half.value_counts()
    return float(counts.index[0]), int(counts.iloc[0]), len(half)


def one_model_pointer(board: pd.DataFrame) -> str:
    """One sentence for the appendix (``board``: board_certainty through :func:`with_counted_twice`): the
    leader's chance with the rival listed twice counted the other way, and why that reading is not the
    headline (this note's rule: identical listings count once, a listing rated apart is a rival); "" without
    such a reading.

    >>> d = pd.DataFrame({"model_name": ["Wan 3.0", "MiniMax H3 Max"], "p_leader": [0.8725, 0.07],
    ...     "p_leader_as_one": [0.9166, None], "pair_apart": [1.0, None], "pair_name": "MiniMax H3"})
    >>> print(one_model_pointer(d))  # doctest: +NORMALIZE_WHITESPACE
    Counted as one model, the two MiniMax H3 listings would give Wan 3.0 a chance of 92%; it is not the
    headline, because on this board the two are rated apart, and this note counts a listing with a rating of
    its own as a rival.
    >>> one_model_pointer(d.drop(columns=["p_leader_as_one"]))
    ''
    """
    other, _ = other_reading(board)
    if other is None:
        return ""
    pair = (str(board["pair_name"].iloc[0]) if "pair_name" in board.columns
            else _repeated_family(board))
    leader = str(board["model_name"].iloc[0])
    if counted_twice(board) is None:
        return (f"Counted as one model, the two {pair} listings would give {leader} a chance of "
                f"{fmt.pct(other, 0)}; it is not the headline, because on this board the two are rated "
                "apart, and this note counts a listing with a rating of its own as a rival.")
    return (f"Counted as two rivals, the two {pair} listings would give {leader} a chance of "
            f"{fmt.pct(other, 0)}; it is not the headline, because on this board the two are identical, "
            "and this note counts an identical listing once.")


def votes_body_text(board: pd.DataFrame, gaps: pd.DataFrame, alpha: float = 0.05, power: float = 0.8) -> str:
    """The votes section's paragraph, with one count of votes needed (at ``power``, as the chart and the
    glossary give it): the lead as a share of decisive votes (:func:`lead_as_votes_text`, first sentence),
    the votes that would detect the lead reliably (8 times in 10 at the default ``power``);
    then the lead a standard test at level ``alpha`` needs with these intervals, against the leader's
    chance of being ahead (``board``: board_certainty of the newest board, best first; ``gaps``:
    leader_gaps of the distinct boards). The test's own count, at even power, is the method notes'.

    >>> d = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"] * 2),
    ...     "model_name": ["Wan 3.0", "MiniMax H3 Max"], "elo": [1129.0, 1118.0],
    ...     "ci_low": [1118.0, 1107.0], "ci_high": [1140.0, 1129.0], "p_leader": [0.8725, 0.07]})
    >>> g = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-24", "2026-10-10"]),
    ...     "model_name": ["Wan 3.0", "Wan 3.0"], "margin": [3.0, 11.0], "votes_needed": [105276.0, 7834.0]})
    >>> print(votes_body_text(d, g))  # doctest: +NORMALIZE_WHITESPACE
    Wan 3.0's lead over MiniMax H3 Max is 11 points on 10 October: under the rating model it would win about
    52 of 100 [decisive](#glossary-decisive-vote) head-to-head votes between the two. To detect a lead of
    11 points reliably, 8 times in 10 at the 95% standard, would take about 7,800 decisive votes between the
    pair. With these intervals a standard 95% significance test needs a lead of about 16 points; the 87%
    chance that Wan 3.0 is truly #1 is a looser bar. So the order is likely, not proven.
    >>> votes_body_text(d.iloc[:1], g)
    ''
    """
    first = lead_as_votes_text(board, gaps, power, alpha=alpha, brief=True, planning=False)
    read = _interval_votes(board.sort_values("elo", ascending=False), alpha)
    if not first or read is None:
        return first
    _, _, errors = read
    last = gaps.loc[pd.to_datetime(gaps["snapshot_date"]).idxmax()]
    count = lead_votes(float(last["margin"]), float(last["votes_needed"]), alpha, power)[0]
    text = (f"{first} To detect a lead of {fmt.points(float(last['margin']))} reliably, "
            f"{round(power * 10)} times in 10 at the {1 - alpha:.0%} standard, would take about {count:,} "
            "decisive votes between the pair.")
    if errors["ratio"] < errors["needed"]:
        needed = fmt.points(errors["gap"] * errors["needed"] / errors["ratio"])
        text += (f" With these intervals a standard {1 - alpha:.0%} significance test needs a lead of about "
                 f"{needed}; the {fmt.pct(float(board['p_leader'].iloc[0]), 0)} chance that "
                 f"{board['model_name'].iloc[0]} is truly #1 is a looser bar. So the order is likely, not "
                 "proven.")
    return text


def lead_as_votes_text(downloaded: pd.DataFrame, gaps: pd.DataFrame, power: float = 0.8, *,
                       scale: float = 400, base: float = 10, alpha: float = 0.05, brief: bool = False,
                       planning: bool = True) -> str:
    """The votes section's first sentences, in plain words (``downloaded``: board_certainty of the last
    downloaded board, best first; ``gaps``: leader_gaps of the distinct boards, its latest board's
    ``votes_needed`` at ``power``): the leader's lead on both boards and the share of decisive head-to-head
    votes it means under the rating model (the arena's ``scale`` and ``base``); with the board's intervals,
    the decisive votes between the two alone those intervals are as wide as, and the votes the lead would
    need to pass a standard test at level ``alpha`` (:func:`_interval_votes`), and why a small edge per
    vote still gives a fairly sure order; last, the planning count that tells a real gap that size from a
    tie ``power`` of the time; "" without both. With ``brief`` the interval sentences are left to the
    method notes (:func:`two_bars_text`), so the section gives one count; without ``planning`` the
    planning count is left to the method notes instead.

    >>> d = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06"] * 2),
    ...     "model_name": ["Wan 3.0", "MiniMax H3 (768p)"], "elo": [1127.0, 1116.0],
    ...     "ci_low": [1115.0, 1104.0], "ci_high": [1139.0, 1128.0],
    ...     "also_listed_as": ["", "MiniMax H3 Max"]})
    >>> g = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-24", "2026-10-10"]),
    ...     "model_name": ["Wan 3.0", "Wan 3.0"], "margin": [3.0, 11.0], "votes_needed": [105276.0, 7834.0]})
    >>> print(lead_as_votes_text(d, g))  # doctest: +NORMALIZE_WHITESPACE
    Wan 3.0's lead over MiniMax H3 is 11 points on both 6 October and 10 October: under the rating model it
    would win about 52 of 100 [decisive](#glossary-decisive-vote) head-to-head votes between the two. The 6
    October board's published ±12-point intervals are as precise as about 1,600 decisive votes between just
    those two would make them: about 40% of the 3,800 the 11-point lead would need to pass a standard 95%
    significance test. So the order is likely, not proven. To tell a real gap that size from a tie 8 times
    in 10, a study would plan for about 7,800.
    >>> print(lead_as_votes_text(d.drop(columns=["ci_low", "ci_high"]), g))  # doctest: +NORMALIZE_WHITESPACE
    Wan 3.0's lead over MiniMax H3 is 11 points on both 6 October and 10 October: under the rating model it
    would win about 52 of 100 [decisive](#glossary-decisive-vote) head-to-head votes between the two. To
    tell a real gap that size from a tie 8 times in 10, a study would plan for about 7,800.
    >>> lead_as_votes_text(d, g, brief=True) == lead_as_votes_text(d.drop(columns=["ci_low", "ci_high"]), g)
    True
    >>> print(lead_as_votes_text(d.assign(ci_low=[1116.0, 1105.0], ci_high=[1138.0, 1127.0]), g,
    ...                          planning=False))  # doctest: +NORMALIZE_WHITESPACE
    Wan 3.0's lead over MiniMax H3 is 11 points on both 6 October and 10 October: under the rating model it
    would win about 52 of 100 [decisive](#glossary-decisive-vote) head-to-head votes between the two. The 6
    October board's published ±11-point intervals are as precise as about 1,900 decisive votes between just
    those two would make them: about half the 3,800 the 11-point lead would need to pass a standard 95%
    significance test. So the order is likely, not proven.
    """
    if len(downloaded) < 2 or gaps.empty or "votes_needed" not in gaps.columns:
        return ""
    last = gaps.loc[pd.to_datetime(gaps["snapshot_date"]).idxmax()]
    if pd.isna(last["votes_needed"]):
        return ""
    top = downloaded.sort_values("elo", ascending=False)
    first = top.iloc[0]
    rival = _repeated_family(top.iloc[1:2]) or str(top["model_name"].iloc[1])
    day, later = pd.Timestamp(first["snapshot_date"]), pd.Timestamp(last["snapshot_date"])
    gap, margin = float(first["elo"]) - float(top["elo"].iloc[1]), float(last["margin"])
    if later == day:
        boards = f"{fmt.points(gap)} on {day:%-d %B}"
    elif round(gap) == round(margin):
        boards = f"{fmt.points(gap)} on both {day:%-d %B} and {later:%-d %B}"
    else:
        boards = f"{gap:.0f} points on {day:%-d %B} and {margin:.0f} on {later:%-d %B}"
    share = round(100 * float(win_probability(margin, 0.0, scale, base)))
    count = lead_votes(margin, float(last["votes_needed"]))[0]
    text = (f"{first['model_name']}'s lead over {rival} is {boards}: under the rating model it would win "
            f"about {share} of 100 {term('decisive-vote', 'decisive')} head-to-head votes between the two.")
    read = None if brief else _interval_votes(top, alpha, scale, base)
    if read is not None:
        wide, passing, errors = read
        share_of = wide / passing
        part = "about half" if 0.45 <= share_of < 0.55 else f"about {round(share_of * 10) * 10}% of"
        text += (f" The {day:%-d %B} board's published {_interval_words(errors['first'], errors['second'])} "
                 f"are as precise as about {wide:,} decisive votes between just those two would make them: "
                 f"{part} the {passing:,} the {gap:.0f}-point lead would need to pass a standard "
                 f"{1 - alpha:.0%} significance test. So the order is likely, not proven.")
    if not planning:
        return text
    return (text + f" To tell a real gap that size from a tie {round(power * 10)} times in 10, a study would "
            f"plan for about {count:,}.")


def _interval_votes(board: pd.DataFrame, alpha: float = 0.05, scale: float = 400,
                    base: float = 10) -> tuple[int, int, dict[str, float]] | None:
    """The board's two published intervals read as decisive votes between #1 and #2 alone (``board``:
    board_certainty, best first; the standard error of a head-to-head share at even odds, on the arena's
    ``scale`` and ``base``), to two significant figures; the votes the observed lead would need to pass a
    standard test at level ``alpha``; and :func:`lead_in_errors`. None without two intervals.

    >>> b = pd.DataFrame({"elo": [1127.0, 1116.0], "ci_low": [1115.0, 1104.0], "ci_high": [1139.0, 1128.0]})
    >>> _interval_votes(b)[:2]
    (1600, 3800)
    """
    import math

    errors = lead_in_errors(board, alpha)
    if errors is None:
        return None
    error = errors["gap"] / errors["ratio"]  # the gap's standard error, points
    # a share of n decisive votes at even odds has standard error 1/(2√n); in points, ×4·scale/ln(base)
    votes = (2 * scale / math.log(base) / error) ** 2
    passing = lead_votes(errors["gap"], votes_needed(errors["gap"], alpha=alpha, power=0.5), alpha, 0.5)[0]
    return int(sig2(votes)), passing, errors


def _counted_twice(history: pd.DataFrame, day: pd.Timestamp) -> float | None:
    """The leader's chance on the board of ``day`` with its repeated listing counted as a rival
    (``history``: leader_probability_history, ``p_leader_counting_twice``), or None."""
    if "p_leader_counting_twice" not in history.columns:
        return None
    hit = history.loc[pd.to_datetime(history["snapshot_date"]) == day, "p_leader_counting_twice"].dropna()
    return float(hit.iloc[0]) if len(hit) else None


def _repeated_family(board: pd.DataFrame) -> str:
    """The name two listings of one model share ("MiniMax H3" for "MiniMax H3 (768p)", also listed as
    "MiniMax H3 Max"), from ``board``'s ``also_listed_as``; "" without such a listing.

    >>> _repeated_family(pd.DataFrame({"model_name": ["W", "MiniMax H3 (768p)"],
    ...                                "also_listed_as": ["", "MiniMax H3 Max"]}))
    'MiniMax H3'
    """
    if "also_listed_as" not in board.columns:
        return ""
    listed = board[board["also_listed_as"].fillna("").astype(str) != ""]
    if listed.empty:
        return ""
    first = listed.iloc[0]
    return fmt.shared_words(first["model_name"], first["also_listed_as"]) or str(first["model_name"])


def not_proven_finding(board: pd.DataFrame, alpha: float = 0.05) -> str:
    """One finding on one named board (``board``: board_certainty, best first): the leader's lead is
    smaller than the margin a standard test needs, in standard errors read from the two published
    intervals (:func:`lead_in_errors`); "" without them.

    >>> b = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06"] * 2),
    ...     "model_name": ["Wan 3.0", "MiniMax H3 (768p)"], "elo": [1127.0, 1116.0],
    ...     "ci_low": [1115.0, 1104.0], "ci_high": [1139.0, 1128.0]})
    >>> print(not_proven_finding(b))  # doctest: +NORMALIZE_WHITESPACE
    Likely is not proven: on the 6 October board, a lead must be about 17 points to pass a standard 95%
    significance test (if rating errors are independent); Wan 3.0 has 11.
    >>> print(not_proven_finding(b.assign(elo=[1140.0, 1116.0])))  # doctest: +NORMALIZE_WHITESPACE
    On the 6 October board, Wan 3.0's 24-point lead passes a standard 95% significance test, which needs
    about 17 points.
    """
    errors = lead_in_errors(board, alpha)
    if errors is None:
        return ""
    top = board.sort_values("elo", ascending=False).iloc[0]
    day = f"{pd.Timestamp(top['snapshot_date']):%-d %B}"
    # the lead at which gap / standard error reaches the cut-off: the two half-widths added in quadrature
    needed = fmt.points(errors["gap"] * errors["needed"] / errors["ratio"])
    if errors["ratio"] < errors["needed"]:
        return (f"Likely is not proven: on the {day} board, a lead must be about {needed} to pass a "
                f"standard {1 - alpha:.0%} significance test (if rating errors are independent); "
                f"{top['model_name']} has {errors['gap']:.0f}.")
    return (f"On the {day} board, {top['model_name']}'s {errors['gap']:.0f}-point lead passes a standard "
            f"{1 - alpha:.0%} significance test, which needs about {needed}.")


ROBUSTNESS_TABLE = {"board": "Board", "reading": "Reading", "chance": "Chance the leader is truly #1"}
# the chance a number (shown as a whole percent; downloaded as a percentage, as every chance in the notes)
ROBUSTNESS_FORMATS = {"chance": "chance"}


def robustness_table(history: pd.DataFrame, downloaded_day: object, rebuilt: pd.DataFrame | None = None, *,
                     pairs: pd.DataFrame | None = None, opposed: pd.DataFrame | None = None,
                     lower: pd.DataFrame | None = None, higher: pd.DataFrame | None = None,
                     category: str = "text-to-video", arena: str = "Artificial Analysis",
                     opposed_downloaded: pd.DataFrame | None = None,
                     possible: tuple[bool, bool] | None = None) -> pd.DataFrame:
    """Every reading of the latest leader's chance, one row each, from ``downloaded_day`` (the last board
    that listed a rival twice with identical numbers) on: as published (errors independent; on that
    board, its identical listing counted once), the
    entry listed twice counted as two rivals (``p_leader_counting_twice``), the newest board's "based on"
    pair counted once (``pairs``: based_on_odds), errors correlated at +0.3 (``p_leader_correlated``)
    and, for the possible #1s, at
    −0.3 (``opposed``: opposed_odds), and the leader's rating a tens digit lower or higher (``lower``,
    ``higher``); each board is labelled with its kind of copy (``rebuilt``) when the boards are not all of
    one kind (the source line says it then). With ``opposed_downloaded``
    (opposed_odds of the ``downloaded_day`` board) that board gets its +0.3 and −0.3 readings too. Chances as
    numbers, unrounded (:data:`ROBUSTNESS_FORMATS` shows them as whole percents). ``possible``
    (:func:`videomarket.leaderboard.digit_slips_possible`: which tens slip, lower or higher, the board
    before leaves possible) marks the other slip's row as ruled out.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-05", "2026-10-06", "2026-10-10"]),
    ...     "model": ["w"] * 3, "model_name": ["Wan 3.0"] * 3, "p_leader": [0.93, 0.8958, 0.87865],
    ...     "p_leader_counting_twice": [None, 0.83045, None], "p_leader_correlated": [0.96, 0.94, 0.9292]})
    >>> p = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"]), "p_leader_as_one": [0.93495],
    ...                   "same_as_name": ["M"]})
    >>> o = pd.DataFrame({"model": ["w", "m"], "p_leader": [0.826, 0.17]})
    >>> lo = pd.DataFrame({"model": ["w"], "p_leader": [0.42]})
    >>> hi = pd.DataFrame({"model": ["w"], "p_leader": [0.99]})
    >>> t = robustness_table(h, "2026-10-06", pairs=p, opposed=o, lower=lo, higher=hi)
    >>> [fmt.pct(p, 0) for p in t["chance"]]
    ['90%', '83%', '88%', '93%', '93%', '83%', '42%', '99%']
    >>> t["reading"].iloc[1]
    'The two M listings counted as two rivals'
    >>> t["board"].iloc[0]
    '6 October 2026'
    >>> [fmt.pct(p, 0) for p in robustness_table(h, "2026-10-06", opposed_downloaded=o)["chance"]]
    ['90%', '83%', '94%', '83%', '88%', '93%']
    >>> robustness_table(h, "2026-10-06", lower=lo, higher=hi, possible=(True, False))["reading"].iloc[-1]
    "Leader's rating 10 points higher (a wrong tens digit; ruled out by the board before)"
    """
    day = pd.Timestamp(downloaded_day)
    dates = pd.to_datetime(history["snapshot_date"])
    rows: list[dict[str, str | float]] = []
    latest = dates.max()
    family = ""
    if pairs is not None and len(pairs) and "same_as_name" in pairs.columns:
        pair = pairs.iloc[-1]
        family = _repeated_family(pd.DataFrame({"model_name": [pair.get("model_name", pair["same_as_name"])],
                                                "also_listed_as": [pair["same_as_name"]]}))
    name = f"the two {family} listings" if family else "the two identical listings"

    def kind(d: pd.Timestamp) -> str:
        words = copy_words(rebuilt, d, category, arena) if rebuilt is not None else "a rebuilt copy"
        return COPY_LABELS.get(words, "rebuilt, not verified")

    # one kind of copy throughout is said once, in the table's source line, not in every row
    kinds = {kind(d) for d in dates if d >= day}

    def label(d: pd.Timestamp) -> str:
        return fmt.day(d) if len(kinds) == 1 else f"{fmt.day(d)} ({kind(d)})"

    def add(d: pd.Timestamp, reading: str, p: float) -> None:
        rows.append({"board": label(d), "reading": reading, "chance": float(p)})

    for d, row in zip(dates, history.itertuples(), strict=True):
        if d < day:
            continue
        twice = getattr(row, "p_leader_counting_twice", None)
        counted = d == day and twice is not None and not pd.isna(twice)
        add(d, "Identical listing counted once, errors independent" if counted
            else "As published, errors independent", row.p_leader)
        if d == day and twice is not None and not pd.isna(twice):
            add(d, f"{name[0].upper()}{name[1:]} counted as two rivals", twice)
        correlated = getattr(row, "p_leader_correlated", None)
        if d == day and opposed_downloaded is not None:
            if correlated is not None and not pd.isna(correlated):
                add(d, f"Errors of all models correlated at +{CORRELATION_SHOWN} (illustration)", correlated)
            mine = opposed_downloaded[opposed_downloaded["model"] == row.model]
            if len(mine):
                add(d, f"Errors of the {len(opposed_downloaded)} possible #1s correlated at {OPPOSED_WORDS} "
                    "(illustration)", mine["p_leader"].iloc[0])
        if d != latest:
            continue
        if pairs is not None and len(pairs):
            pair = pairs.iloc[-1]
            if pd.Timestamp(pair["snapshot_date"]) == d and not pd.isna(pair["p_leader_as_one"]):
                add(d, f"{name[0].upper()}{name[1:]} counted as one model", pair["p_leader_as_one"])
        if correlated is not None and not pd.isna(correlated):
            add(d, f"Errors of all models correlated at +{CORRELATION_SHOWN} (illustration)", correlated)
        if opposed is not None:
            mine = opposed[opposed["model"] == row.model]
            if len(mine):
                add(d, f"Errors of the {len(opposed)} possible #1s correlated at {OPPOSED_WORDS} "
                    "(illustration)", mine["p_leader"].iloc[0])
        kept = possible if possible is not None else (True, True)
        for table, way, open_ in ((lower, "10 points lower", kept[0]), (higher, "10 points higher", kept[1])):
            if table is not None:
                mine = table[table["model"] == row.model]
                if len(mine):
                    why = "" if open_ else "; ruled out by the board before"
                    add(d, f"Leader's rating {way} (a wrong tens digit{why})", mine["p_leader"].iloc[0])
    return pd.DataFrame(rows, columns=list(ROBUSTNESS_TABLE))


def sure_record_finding(history: pd.DataFrame, rebuilt: pd.DataFrame, category: str,
                        arena: str = "Artificial Analysis") -> str:
    """One finding: on how many of its distinct boards the latest leader was at least 95% likely to be #1,
    how many of them are rebuilt copies only (``rebuilt``: :func:`videomarket.data.rebuilt_boards`), and
    the first leader's record beside it (``history``: leader_probability_history).

    >>> h = pd.DataFrame({"model": ["h", "h", "w", "w", "w"], "model_name": ["H", "H", "W", "W", "W"],
    ...     "snapshot_date": pd.to_datetime(["2026-09-01", "2026-09-02", "2026-09-03", "2026-10-07",
    ...                                      "2026-10-08"]),
    ...     "p_leader": [0.99, 0.9, 0.8, 0.88, 0.9], "unchanged": False})
    >>> b = h.assign(arena="Artificial Analysis", category="text-to-video",
    ...              rebuilt_only=[False, False, False, True, True])
    >>> print(sure_record_finding(h, b, "text-to-video"))
    W never reached 95%: 80–90% on its 3 distinct boards (80% on its 1 downloaded one); H did on 1 of its 2.

    With several downloaded boards, their range of chances:

    >>> print(sure_record_finding(h, b.assign(rebuilt_only=False), "text-to-video"))
    W never reached 95%: 80–90% on its 3 distinct boards (80–90% on the 3 downloaded ones); H did on 1 of
    its 2.

    A leader that did reach it on some boards:

    >>> print(sure_record_finding(h.assign(p_leader=[0.99, 0.9, 0.8, 0.96, 0.9]), b, "text-to-video"))
    W was at least 95% likely #1 on 1 of the 3 distinct boards it led, including its 1 downloaded board
    (80%); H was on 1 of its 2.
    """
    rows = history.sort_values("snapshot_date")
    if "unchanged" in rows.columns:
        rows = rows[~rows["unchanged"].astype(bool)]
    leader = str(rows["model_name"].iloc[-1])
    first = str(rows["model_name"].iloc[0])

    def record(name: str) -> tuple[int, int]:
        led = rows[rows["model_name"].astype(str) == name]
        return int((led["p_leader"] >= SURE).sum()), len(led)

    sure, boards = record(leader)
    said = "none" if sure == 0 else "all" if sure == boards else str(sure)
    pool = rebuilt[(rebuilt["arena"].astype(str) == arena) & (rebuilt["category"].astype(str) == category)]
    only = set(pd.to_datetime(pool.loc[pool["rebuilt_only"].astype(bool), "snapshot_date"]))
    led = rows[rows["model_name"].astype(str) == leader]
    fetched = led[~pd.to_datetime(led["snapshot_date"]).isin(only)]
    chances = fetched["p_leader"].map(lambda p: fmt.pct(p, 0).removesuffix("%"))
    span = chances.iloc[0] if chances.nunique() == 1 else (
        f"{fetched['p_leader'].min() * 100:.0f}–{fetched['p_leader'].max() * 100:.0f}")
    if sure == 0:
        every = _pct_range(led["p_leader"]) if len(led) > 1 else fmt.pct(float(led["p_leader"].iloc[0]), 0)
        mine = (f"{span}% on its 1 downloaded one" if len(fetched) == 1 else
                f"{span}% on the {len(fetched)} downloaded ones" if len(fetched) else
                "all of them rebuilt copies, not yet checked")
        text = (f"{leader} never reached {fmt.pct(SURE, 0)}: {every} on its "
                f"{fmt.count(boards, 'distinct board')} ({mine})")
        if first == leader:
            return f"{text}."
        their_sure, their_boards = record(first)
        return f"{text}; {first} did on {their_sure} of its {their_boards}."
    if len(fetched) == 1:
        note = f", including its 1 downloaded board ({span}%)"
    elif len(fetched):
        note = f", including all {len(fetched)} downloaded ones ({span}%)"
    else:
        note = f" (all {boards} of them rebuilt copies, not yet checked)"
    text = (f"{leader} was at least {fmt.pct(SURE, 0)} likely #1 on {said} of the {boards} distinct boards "
            f"it led{note}")
    if first == leader:
        return f"{text}."
    their_sure, their_boards = record(first)
    return f"{text}; {first} was on {their_sure} of its {their_boards}."


def dip_finding(history: pd.DataFrame, rows: pd.DataFrame, rebuilt: pd.DataFrame, category: str,
                arena: str = "Artificial Analysis", *, pools: pd.DataFrame | None = None) -> str:
    """One short finding: the latest leader's chance range on its last boards before the re-rating, whether
    all of them are rebuilt copies (``rebuilt``: :func:`videomarket.data.rebuilt_boards`), and that its
    closest rival then is not on the board under that name after it (``rows``: the pool's board rows);
    "" when the rival stayed (:func:`lead_jump_finding`).

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30", "2026-10-01", "2026-10-10"]),
    ...     "scale_epoch": ["a", "b", "b"], "model": "w", "model_name": "Wan 3.0",
    ...     "runner_up": ["g", "m", "m"], "runner_up_name": ["Gemini Omni Flash", "M", "M"],
    ...     "margin": [3.0, 11.0, 11.0], "board_size": [81, 30, 32], "p_leader": [0.64465, 0.88, 0.88]})
    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01"] * 2 + ["2026-10-10"] * 3),
    ...     "model": ["w", "m", "w", "m", "g1"], "model_name": ["Wan 3.0", "M", "Wan 3.0", "M",
    ...     "Gemini Omni Flash 1.1"], "elo": [1129.0, 1118.0, 1129.0, 1118.0, 1069.0]})
    >>> b = h.assign(arena="Artificial Analysis", category="text-to-video", rebuilt_only=[True, False, True])
    >>> print(dip_finding(h, rows, b, "text-to-video"))  # doctest: +NORMALIZE_WHITESPACE
    Wan 3.0 was 64% likely #1 on 30 September (a rebuilt copy), while Gemini Omni Flash ran close;
    that name is gone from the board since the 1 October [re-rating](#glossary-re-rating).

    With ``pools`` (leader_certainty_by_pool) it names the pool, and another pool the rival still leads.

    >>> pools = pd.DataFrame({"category": ["text-to-video", "image-to-video"],
    ...                       "latest_leader": ["Wan 3.0", "Gemini Omni Flash"]})
    >>> print(dip_finding(h, rows, b, "text-to-video", pools=pools))  # doctest: +NORMALIZE_WHITESPACE
    Wan 3.0 was 64% likely #1 on 30 September (a rebuilt copy), with Gemini Omni Flash close; the 1
    October [re-rating](#glossary-re-rating) dropped that name from the silent text-to-video board (it
    still leads silent image-to-video).
    """
    pair = _rival_gone(history, rows)
    if pair is None:
        return ""
    before, first = pair
    late = _late_window(history, first)
    pool = rebuilt[(rebuilt["arena"].astype(str) == arena) & (rebuilt["category"].astype(str) == category)]
    only = set(pd.to_datetime(pool.loc[pool["rebuilt_only"].astype(bool), "snapshot_date"]))
    flags = pd.to_datetime(late["snapshot_date"]).isin(only)
    kind = ("" if not flags.any() else " (a rebuilt copy)" if len(late) == 1
            else " (all rebuilt copies)" if flags.all() else f" ({int(flags.sum())} of them rebuilt copies)")
    where, still = "the board", ""
    if pools is not None:
        where = f"the {PLAIN_POOLS.get(category, pool_label(category).lower())} board"
        other = pools[(pools["category"].astype(str) != category)
                      & (pools["latest_leader"].astype(str) == str(before["runner_up_name"]))]
        if len(other):
            pool = str(other["category"].iloc[0])
            still = f" (it still leads {PLAIN_POOLS.get(pool, pool_label(pool).lower())})"
        return (f"{before['model_name']} was {_pct_range(late['p_leader'])} likely #1 on "
                f"{_date_span(late['snapshot_date'])}{kind}, with {before['runner_up_name']} close; the "
                f"{pd.Timestamp(first['snapshot_date']):%-d %B} {term('re-rating', 're-rating')} dropped "
                f"that name from {where}{still}.")
    return (f"{before['model_name']} was {_pct_range(late['p_leader'])} likely #1 on "
            f"{_date_span(late['snapshot_date'])}{kind}, while {before['runner_up_name']} ran close; that "
            f"name is gone from {where} since the {pd.Timestamp(first['snapshot_date']):%-d %B} "
            f"{term('re-rating', 're-rating')}{still}.")


def lmarena_finding(table: pd.DataFrame, day: object, leader: str, *,
                    rebuilt: pd.DataFrame | None = None, category: str = "text-to-video") -> str:
    """One short finding on LMArena's newest board (``table``: :func:`lmarena_contenders`, best first, of
    the board of ``day``): its top two and their chances, and where ``leader`` (the other arena's #1)
    ranks; two entries of one model said as such.

    >>> t = pd.DataFrame({"rank": [1, 2, 3], "model_name": ["Gemini Omni Flash 1.1", "Gemini Omni Flash",
    ...     "Wan 3.0"], "p_leader": [0.6257, 0.362, 0.001]})
    >>> print(lmarena_finding(t, pd.Timestamp("2026-09-21"), "Wan 3.0"))
    On LMArena, a separate arena with its own voters, two Gemini Omni Flash entries led on 21 September
    2026 (about 63% and 36% likely #1); Wan 3.0 was #3.
    >>> print(lmarena_finding(t.iloc[:2].assign(model_name=["A", "B"]), pd.Timestamp("2026-09-21"), "W"))
    On LMArena, a separate arena with its own voters, A and B led on 21 September 2026 (about 63% and 36%
    likely #1); W was outside the top 2.

    With ``rebuilt`` (:func:`videomarket.data.rebuilt_boards`) a rebuilt board is said as one.

    >>> b = pd.DataFrame({"arena": "LMArena", "category": "text-to-video",
    ...     "snapshot_date": pd.to_datetime(["2026-09-21"]), "rebuilt_only": [True]})
    >>> print(lmarena_finding(t, pd.Timestamp("2026-09-21"), "Wan 3.0", rebuilt=b))
    On LMArena, a separate arena with its own voters, two Gemini Omni Flash entries led on 21 September
    2026 (a rebuilt copy; about 63% and 36% likely #1); Wan 3.0 was #3.
    """
    top = table.sort_values("rank").reset_index(drop=True)
    a, b = str(top.loc[0, "model_name"]), str(top.loc[1, "model_name"])
    short, long = sorted([a.strip(), b.strip()], key=len)  # one name the other plus a version or setting
    family = short if short and long.casefold().startswith(short.casefold() + " ") else ""
    who = f"two {family} entries" if family else f"{a} and {b}"
    chances = (f"about {fmt.pct(float(top.loc[0, 'p_leader']), 0)} and "
               f"{fmt.pct(float(top.loc[1, 'p_leader']), 0)}")
    hit = top[top["model_name"].astype(str) == leader]
    where = f"was #{int(hit['rank'].iloc[0])}" if len(hit) else f"was outside the top {len(top)}"
    kind = copy_words(rebuilt, day, category, "LMArena") if rebuilt is not None else ""
    said = f"{kind}; " if kind else ""
    return (f"On LMArena, a separate arena with its own voters, {who} led on {fmt.day(day)} ({said}{chances} "
            f"likely #1); {leader} {where}.")


def _shown_chance(chance: object) -> str:
    """A chance as the tables show it, from a number (:func:`robustness_table`) or an already shown percent.

    >>> _shown_chance(0.408429672570854), _shown_chance("42%")
    ('41%', '42%')
    """
    return chance if isinstance(chance, str) else fmt.pct(float(chance), 0)


def robustness_title(table: pd.DataFrame, leader: str, downloaded_day: object = None) -> str:
    """The robustness table's title as its finding (``table``: :func:`robustness_table`): the range of the
    leader's chance over every reading but a wrong tens digit, and the wrong-digit readings the board before
    does not rule out (a row marked "ruled out" is left out of the title), each as a whole percent.

    >>> t = pd.DataFrame({"reading": ["As published", "Counted as two", "Leader's rating 10 points lower "
    ...     "(a wrong tens digit)", "Leader's rating 10 points higher (a wrong tens digit)"],
    ...     "chance": ["90%", "78%", "42%", "99%"]})
    >>> print(robustness_title(t, "Wan 3.0"))
    Wan 3.0 stays 78–90% likely #1 under every reading but a wrong tens digit (42% or 99%)

    With ``downloaded_day`` the title keeps the boards apart: that board's range first, then the later
    boards'.

    >>> t = t.assign(board=["6 October 2026 (downloaded)", "10 October 2026 (rebuilt, not verified)",
    ...     "10 October 2026 (rebuilt, not verified)", "10 October 2026 (rebuilt, not verified)"])
    >>> print(robustness_title(t, "Wan 3.0", "2026-10-06"))  # doctest: +NORMALIZE_WHITESPACE
    On the 6 October board Wan 3.0 is 90% likely #1 under every reading; on the boards after it, 78%, or
    42% or 99% with a wrong tens digit
    >>> print(robustness_title(t.assign(board=t["board"].str.split(" [(]", regex=True).str[0]), "Wan 3.0",
    ...                        "2026-10-06"))  # doctest: +NORMALIZE_WHITESPACE
    On the 6 October board Wan 3.0 is 90% likely #1 under every reading; on the boards after it, 78%, or
    42% or 99% with a wrong tens digit

    Chances as numbers are shown as percents; a slip ruled out by the board before is not offered.

    >>> n = t.assign(chance=[0.9, 0.78, 0.408429672570854, 0.9934201433780037],
    ...     reading=[*t["reading"][:3], "Leader's rating 10 points higher (a wrong tens digit; ruled out)"])
    >>> print(robustness_title(n, "Wan 3.0", "2026-10-06"))  # doctest: +NORMALIZE_WHITESPACE
    On the 6 October board Wan 3.0 is 90% likely #1 under every reading; on the boards after it, 78%, or
    41% with a wrong tens digit the board before cannot rule out
    """
    reading = table["reading"].astype(str)
    ruled = reading.str.contains("ruled out")
    table = table[~ruled]
    if downloaded_day is not None and "board" in table.columns:
        day = pd.Timestamp(downloaded_day)
        # a board labelled with its date alone, or with its kind of copy after it
        mine = (table["board"].astype(str) + " ").str.startswith(f"{fmt.day(day)} ")
        digit = table["reading"].astype(str).str.contains("wrong tens digit")

        def span(rows: pd.Series) -> str:
            # chances as numbers (robustness_table) or as the page's whole percents
            values = [float(c.rstrip("%")) if isinstance(c, str) else float(fmt.pct(float(c), 0).rstrip("%"))
                      for c in rows]
            low, high = f"{min(values):.0f}", f"{max(values):.0f}%"
            return f"{low}–{high}" if low != high[:-1] else high

        text = (f"On the {day:%-d %B} board {leader} is {span(table.loc[mine, 'chance'])} likely #1 under "
                "every reading")
        later = ~mine & ~digit
        if later.any():
            text += f"; on the boards after it, {span(table.loc[later, 'chance'])}"
        wrong = [_shown_chance(c) for c in table.loc[digit, "chance"]]
        how = " the board before cannot rule out" if ruled.any() else ""
        return f"{text}, or {' or '.join(wrong)} with a wrong tens digit{how}" if wrong else text
    digit = table["reading"].astype(str).str.contains("wrong tens digit")
    values = [float(_shown_chance(c).rstrip("%")) for c in table.loc[~digit, "chance"]]
    low, high = f"{min(values):.0f}", f"{max(values):.0f}%"
    text = f"{leader} stays {low}–{high} likely #1 under every reading"
    wrong = [_shown_chance(c) for c in table.loc[digit, "chance"]]
    if not wrong:
        return text
    how = " the board before cannot rule out" if ruled.any() else ""
    return f"{text} but a wrong tens digit{how} ({' or '.join(wrong)})"


def rebuilt_days_text(history: pd.DataFrame, downloaded_day: object,
                      pairs: pd.DataFrame | None = None) -> str:
    """Why the boards between ``downloaded_day`` (the last that listed a rival twice with identical
    numbers) and the newest read lower (``history``:
    leader_probability_history): their lead and how many models could be #1, named; ``pairs``
    (based_on_odds of the newest board) names the pair rated apart and how it counts; without it (the
    text before already says so) that clause is left out. "" when there is no board in between.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07", "2026-10-08",
    ...     "2026-10-10"]), "model_name": ["Wan 3.0"] * 4, "p_leader": [0.8958, 0.7799, 0.8175, 0.87865],
    ...     "margin": [11.0, 9.0, 10.0, 11.0], "n_could_be_first": [2, 4, 4, 3],
    ...     "could_be_first": ["W, M", "Wan 3.0, M Max, M (768p), D", "Wan 3.0, M Max, M (768p), D", "x"]})
    >>> p = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"]), "model_name": ["M Max"],
    ...     "same_as_name": ["M (768p)"], "elo": [1118.0], "same_as_elo": [1117.0]})
    >>> print(rebuilt_days_text(h, "2026-10-06", p))  # doctest: +NORMALIZE_WHITESPACE
    On the boards of 7–8 October, Wan 3.0 reads 78–82%: its lead narrows to 9–10 points and 4
    models could be #1 (Wan 3.0, M Max, M (768p) and D), the two M listings rated apart and so counted
    as two rivals.
    >>> print(rebuilt_days_text(h, "2026-10-06"))  # doctest: +NORMALIZE_WHITESPACE
    On the boards of 7–8 October, Wan 3.0 reads 78–82%: its lead narrows to 9–10 points and 4
    models could be #1 (Wan 3.0, M Max, M (768p) and D).
    """
    rows = history.sort_values("snapshot_date")
    dates = pd.to_datetime(rows["snapshot_date"])
    between = rows[(dates > pd.Timestamp(downloaded_day)) & (dates < dates.max())]
    texts = []
    rule = ""
    if pairs is not None and len(pairs):
        shared = fmt.shared_words(pairs["model_name"].iloc[-1], pairs["same_as_name"].iloc[-1])
        family = f"two {shared}" if shared else "two"
        rule = f", the {family} listings rated apart and so counted as two rivals"
    if len(between):
        names = [n.strip() for n in str(between["could_be_first"].iloc[0]).split(",")]
        listed = f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else names[0]
        counts = sorted(set(between["n_could_be_first"].astype(int)))
        count = str(counts[0]) if len(counts) == 1 else f"{counts[0]}–{counts[-1]}"
        texts.append(
            f"On the boards of {_date_span(between['snapshot_date'])}, {rows['model_name'].iloc[-1]} "
            f"reads {_pct_range(between['p_leader'])}: its lead narrows to "
            f"{_num_range(between['margin'])} points and {count} models could be #1 ({listed}){rule}.")
    return " ".join(texts)


def _num_range(values: pd.Series) -> str:
    low, high = float(values.min()), float(values.max())
    return f"{low:.0f}" if round(low) == round(high) else f"{low:.0f}–{high:.0f}"


def rivals_title(rivals: pd.DataFrame, quoted_day: object) -> str:
    """The December quoted-gaps table's title as its finding (``rivals``: arena.head_to_head of the day's
    quoted ratings, nearest rival first): the leader's lead over #2 as a one-vote preference.

    >>> r = pd.DataFrame({"leader_name": ["Runway Gen-4.5"], "model_name": ["Veo 3"], "gap": [21.0],
    ...                   "p_preferred": [0.5302]})
    >>> print(rivals_title(r, "2025-12-01"))
    On 1 December 2025 Runway Gen-4.5 led Veo 3 by 21 points: preferred in about 53% of their head-to-head
    votes
    """
    first = rivals.sort_values("gap").iloc[0]
    return (f"On {fmt.day(quoted_day)} {first['leader_name']} led {first['model_name']} by "
            f"{fmt.points(float(first['gap']))}: preferred in {about(float(first['p_preferred']))} of their "
            "head-to-head votes")


_KEPT_WORDS = {"": "downloaded", "a rebuilt copy": "rebuilt from text, not verified",
               "partly rebuilt": "partly rebuilt"}


def boards_source(rebuilt: pd.DataFrame | None, days: list, category: str | list[str],
                  arena: str = "Artificial Analysis", *, scope: str = "", earlier: bool = False) -> str:
    """The source line under a table read from one or more boards of ``days``: the arena and pool (or
    ``scope``, which replaces both), each board date with how its copy was kept (:func:`copy_words`;
    for several pools, ``category`` a list, every pool's copy must be kept the same way, else "partly
    rebuilt"), days of the same kind grouped; ``earlier``: the table also counts every archived board
    before them.

    >>> b = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
    ...     "snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07", "2026-10-08"]),
    ...     "rebuilt_only": [False, True, True], "checked": False})
    >>> days = pd.to_datetime(["2026-10-06", "2026-10-07", "2026-10-08"])
    >>> print(boards_source(b, list(days), "text-to-video"))  # doctest: +NORMALIZE_WHITESPACE
    Source: Artificial Analysis video arena, text to video (silent) boards of 6 October 2026 (downloaded)
    and 7–8 October 2026 (rebuilt from text, not verified); files listed under Sources.
    >>> print(boards_source(b, [days[0]], ["text-to-video", "image-to-video"],
    ...                     scope="Artificial Analysis video arena, all four pools'", earlier=True))
    ... # doctest: +NORMALIZE_WHITESPACE
    Source: Artificial Analysis video arena, all four pools' boards of 6 October 2026 (downloaded), and
    every archived board before it; files listed under Sources.
    """
    pools = [category] if isinstance(category, str) else list(category)
    scope = scope or f"{arena} video arena, {pool_label(pools[0]).lower()}"
    stamps = sorted(pd.Timestamp(d) for d in days)
    kinds = []
    for day in stamps:
        kept = {copy_words(rebuilt, day, pool, arena) for pool in pools}
        kinds.append(_KEPT_WORDS.get(kept.pop(), "partly rebuilt") if len(kept) == 1 else "partly rebuilt")
    parts, start = [], 0
    for i in range(1, len(stamps) + 1):
        if i == len(stamps) or kinds[i] != kinds[start] or (stamps[i] - stamps[i - 1]).days != 1:
            first, last = stamps[start], stamps[i - 1]
            span = fmt.day(first) if first == last else (
                f"{first.day}–{fmt.day(last)}" if (first.year, first.month) == (last.year, last.month)
                else f"{fmt.day(first)} – {fmt.day(last)}")
            parts.append(f"{span} ({kinds[start]})")
            start = i
    plural = "boards" if len(stamps) > 1 or len(pools) > 1 else "board"
    before = ", and every archived board before it" if earlier else ""
    return f"Source: {scope} {plural} of {_listing(parts)}{before}; files listed under Sources."


def two_bars_text(board: pd.DataFrame, alpha: float = 0.05, *, scale: float = 400, base: float = 10,
                  gaps: pd.DataFrame | None = None, power: float = 0.8) -> str:
    """Where the note's two 95% bars first meet (``board``: board_certainty of the last downloaded board,
    best first): the lead a standard significance test on the gap needs, the lead at which the leader is
    at least 95% likely ahead in a two-model race, both read from the published intervals as independent
    (:func:`lead_in_errors`); then those intervals as decisive votes between the two alone (the standard
    error of a head-to-head share at even odds, on the arena's ``scale`` and ``base``) beside the votes the
    observed lead would need to pass the test; "" without two intervals. With ``gaps`` (leader_gaps of the
    distinct boards, its latest lead the same size) the votes section's count at ``power`` is set beside it.

    >>> b = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06"] * 2),
    ...     "model_name": ["Wan 3.0", "MiniMax H3 (768p)"], "elo": [1127.0, 1116.0],
    ...     "ci_low": [1115.0, 1104.0], "ci_high": [1139.0, 1128.0]})
    >>> print(two_bars_text(b))  # doctest: +NORMALIZE_WHITESPACE
    Two different 95% bars appear in this note. On the 6 October board, a standard 95% significance test
    needs a lead of about 17 points, as it asks whether the gap could be zero; "at least 95% likely #1" in
    a two-model race needs about 14, as it asks only which model is ahead. Read as votes, the published
    ±12-point intervals are as wide as about 1,600 [decisive votes](#glossary-decisive-vote) between Wan 3.0
    and MiniMax H3 (768p) alone would give: a measure of how precise the ratings are, not a count of votes
    cast. About 3,800 such votes would let its 11-point lead pass the test only half the time.
    >>> g = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"]), "margin": [11.0],
    ...                   "votes_needed": [7834.0]})
    >>> print(two_bars_text(b, gaps=g).split("time. ")[-1])  # doctest: +NORMALIZE_WHITESPACE
    To detect a real gap of that size 8 times in 10, a study would plan for more, about 7,800 (the count the
    votes section and its chart give).
    """
    from statistics import NormalDist

    read = _interval_votes(board, alpha, scale, base)
    if read is None:
        return ""
    votes, passing, errors = read
    top = board.sort_values("elo", ascending=False).iloc[:2]
    error = errors["gap"] / errors["ratio"]  # the gap's standard error, points
    test = fmt.points(errors["needed"] * error)
    sure = fmt.points(NormalDist().inv_cdf(1 - alpha) * error)
    gap = errors["gap"]
    day = pd.Timestamp(top["snapshot_date"].iloc[0])
    level = f"{1 - alpha:.0%}"
    return (f"Two different {level} bars appear in this note. On the {day:%-d %B} board, a standard {level} "
            f"significance test needs a lead of about {test}, as it asks whether the gap could be zero; "
            f"\"at least {level} likely #1\" in a two-model race needs about "
            f"{sure.removesuffix(' points')}, as it asks only which model is ahead. Read as votes, the "
            f"published {_interval_words(errors['first'], errors['second'])} are as wide as about "
            f"{votes:,} {term('decisive-vote', 'decisive votes')} between "
            f"{top['model_name'].iloc[0]} and {top['model_name'].iloc[1]} alone would give: a measure of how "
            f"precise the ratings are, not a count of votes cast. About {passing:,} such votes would let its "
            f"{gap:.0f}-point lead pass the test only half the time."
            + _power_count(gaps, gap, power))


def lmarena_board_title(table: pd.DataFrame, day: object, leader: str,
                        rebuilt: pd.DataFrame | None = None) -> str:
    """The LMArena table's title as a finding (``table``: :func:`lmarena_contenders`, best first, its
    ``rank`` and ``could_be_first``): how many of the rows shown could be #1 and where the other arena's
    ``leader`` ranks, with how the board of ``day`` was kept (``rebuilt``: :func:`copy_words`).

    >>> t = pd.DataFrame({"rank": [1, 2, 3, 6], "model_name": ["G 1.1", "G", "F", "Wan 3.0"],
    ...                   "could_be_first": [True, True, True, False]})
    >>> b = pd.DataFrame({"arena": "LMArena", "category": "text-to-video",
    ...     "snapshot_date": pd.to_datetime(["2026-09-21"]), "rebuilt_only": [True]})
    >>> print(lmarena_board_title(t, "2026-09-21", "Wan 3.0", b))  # doctest: +NORMALIZE_WHITESPACE
    3 of the top 4 could be #1 on LMArena's text-to-video board of 21 September 2026; Wan 3.0 is #6
    (rebuilt copy, not verified)
    """
    able = int(table["could_be_first"].astype(bool).sum())
    hit = table[table["model_name"].astype(str) == leader]
    where = f"; {leader} is #{int(hit['rank'].iloc[0])}" if len(hit) else ""
    kept = {"a rebuilt copy": " (rebuilt copy, not verified)", "partly rebuilt": " (partly rebuilt)"}.get(
        copy_words(rebuilt, day, "text-to-video", "LMArena"), "")
    return (f"{able} of the top {len(table)} could be #1 on LMArena's text-to-video board of "
            f"{fmt.day(day)}{where}{kept}")


def _power_count(gaps: pd.DataFrame | None, gap: float, power: float) -> str:
    """' To detect a real gap of that size 8 times in 10, ...': the latest lead's votes at ``power``
    (``gaps``: leader_gaps of the distinct boards) when that lead is ``gap`` points; "" otherwise."""
    if gaps is None or gaps.empty or "votes_needed" not in gaps.columns:
        return ""
    last = gaps.loc[pd.to_datetime(gaps["snapshot_date"]).idxmax()]
    if pd.isna(last["votes_needed"]) or round(float(last["margin"])) != round(gap):
        return ""
    count = lead_votes(float(last["margin"]), float(last["votes_needed"]))[0]
    return (f" To detect a real gap of that size {round(power * 10)} times in 10, a study would plan for "
            f"more, about {count:,} (the count the votes section and its chart give).")


def rival_series_text(history: pd.DataFrame, downloaded_day: object,
                      pairs: pd.DataFrame | None = None) -> str:
    """The latest leader's chance like for like from the last board that listed a rival twice with
    identical numbers (``downloaded_day``; ``history``: leader_probability_history, its
    ``p_leader_counting_twice`` that day) to the newest, every repeated listing counted as a rival; with
    ``pairs`` (based_on_odds) the newest board's pair, rated apart, named. "" without later boards.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07", "2026-10-09",
    ...     "2026-10-10"]), "model_name": ["Wan 3.0"] * 4, "p_leader": [0.8958, 0.7799, 0.8175, 0.87865],
    ...     "p_leader_counting_twice": [0.83045, None, None, None]})
    >>> p = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"]), "model_name": ["MiniMax H3 Max"],
    ...     "same_as_name": ["MiniMax H3 (768p)"], "elo": [1118.0], "same_as_elo": [1117.0]})
    >>> print(rival_series_text(h, "2026-10-06", p))  # doctest: +NORMALIZE_WHITESPACE
    Counted as two rivals on every board, Wan 3.0's chance reads 83% on 6 October, 78–82% on 7–9 October
    and 88% on 10 October. On 10 October the two MiniMax H3 listings are rated apart, 1118 and 1117: they
    no longer share a rating, so by this note's rule they count as two listings.
    """
    rows = history.sort_values("snapshot_date")
    dates = pd.to_datetime(rows["snapshot_date"])
    day = pd.Timestamp(downloaded_day)
    on, after = rows[dates == day], rows[dates > day]
    if on.empty or after.empty:
        return ""
    twice = _counted_twice(rows, day)
    first = twice if twice is not None else float(on["p_leader"].iloc[0])
    last, between = after.iloc[-1], after.iloc[:-1]
    middle = (f", {_pct_range(between['p_leader'])} on {_date_span(between['snapshot_date'])} and"
              if len(between) else " and")
    text = (f"Counted as two rivals on every board, {last['model_name']}'s chance reads {fmt.pct(first, 0)} "
            f"on {day:%-d %B}{middle} {fmt.pct(float(last['p_leader']), 0)} on "
            f"{pd.Timestamp(last['snapshot_date']):%-d %B}.")
    if pairs is None or pairs.empty:
        return text
    pair = pairs.iloc[-1]
    if pd.Timestamp(pair["snapshot_date"]) != pd.Timestamp(last["snapshot_date"]):
        return text
    family = fmt.shared_words(pair["model_name"], pair["same_as_name"])
    high, low = sorted((float(pair["elo"]), float(pair["same_as_elo"])), reverse=True)
    return (f"{text} On {pd.Timestamp(pair['snapshot_date']):%-d %B} the two {family} listings are rated "
            f"apart, {high:.0f} and {low:.0f}: they no longer share a rating, so by this note's rule they "
            "count as two listings.")


def changed_field_cause(before: pd.Series, first: pd.Series) -> str:
    """The one sentence reports 02 and 03 share on why the leader looks surer after the re-rating: partly a
    changed field (``before``: the leader's last board before it, with its closest rival; ``first``: the
    first board after it, rows of leader_probability_history).

    >>> b = pd.Series({"model_name": "Wan 3.0", "runner_up_name": "Gemini Omni Flash"})
    >>> print(changed_field_cause(b, pd.Series({"snapshot_date": pd.Timestamp("2026-10-01")})))
    ... # doctest: +NORMALIZE_WHITESPACE
    Wan 3.0's rise after the 1 October [re-rating](#glossary-re-rating) partly reflects a changed field:
    Gemini Omni Flash, its closest rival, is not on the re-rated board under that name.
    """
    return (f"{before['model_name']}'s rise after the {pd.Timestamp(first['snapshot_date']):%-d %B} "
            f"{term('re-rating', 're-rating')} partly reflects a changed field: "
            f"{before['runner_up_name']}, its closest rival, is not on the re-rated board under that name.")


def changed_field_text(history: pd.DataFrame, rows: pd.DataFrame, category: str = "text-to-video") -> str:
    """One sentence under the chance chart: the leader's rise after the re-rating partly reflects a changed
    field, its closest rival before it gone from this pool's board under that name (``rows``: the pool's
    board rows), and partly the new scale: how many of the models on both boards the re-rating moved (read
    from ``rows``' ratings, when it has them); "" when the rival stayed.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30", "2026-10-01"]),
    ...     "scale_epoch": ["a", "b"], "model": "w", "model_name": "Wan 3.0",
    ...     "runner_up": ["g", "m"], "runner_up_name": ["Gemini Omni Flash", "M"],
    ...     "margin": [3.0, 11.0], "board_size": [81, 30], "p_leader": [0.64465, 0.88]})
    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01"] * 2), "model": ["w", "m"]})
    >>> print(changed_field_text(h, rows))  # doctest: +NORMALIZE_WHITESPACE
    Wan 3.0's rise after the 1 October [re-rating](#glossary-re-rating) partly reflects a changed field:
    Gemini Omni Flash, its closest rival, is not on the re-rated board under that name. The re-rating also
    changed the rating scale.
    >>> rated = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30"] * 3 + ["2026-10-01"] * 3),
    ...     "model": ["w", "g", "x", "w", "m", "x"], "elo": [1360.0, 1357.0, 1300.0, 1129.0, 1118.0, 1050.0]})
    >>> print(changed_field_text(h, rated).split(". ")[1])
    The re-rating also moved the ratings of all 2 models on both boards.
    """
    pair = _rival_gone(history, rows)
    if pair is None:
        return ""
    before, first = pair
    del category  # the chart is of one pool
    text = changed_field_cause(before, first)
    moved = _moved_ratings(rows, before["snapshot_date"], first["snapshot_date"])
    if moved is None:
        return text + " The re-rating also changed the rating scale."
    count, both = moved
    which = (f"all {fmt.count(both, 'model')}" if count == both and both > 1
             else f"{count:,} of the {fmt.count(both, 'model')}")
    return text + f" The re-rating also moved the ratings of {which} on both boards."


def _moved_ratings(rows: pd.DataFrame, before: object, after: object) -> tuple[int, int] | None:
    """How many models rated on both boards (``rows``: the pool's board rows, one day ``before`` and one
    ``after``) changed rating between them, and how many are on both; None without ratings on both.

    >>> r = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30"] * 2 + ["2026-10-01"] * 2),
    ...     "model": ["a", "b", "a", "b"], "elo": [10.0, 5.0, 8.0, 5.0]})
    >>> _moved_ratings(r, "2026-09-30", "2026-10-01")
    (1, 2)
    """
    if "elo" not in rows.columns:
        return None
    dates = pd.to_datetime(rows["snapshot_date"])

    def rated(day: object) -> pd.Series:
        one = rows.loc[dates == pd.Timestamp(day)].dropna(subset=["elo"])
        return one.drop_duplicates("model").set_index("model")["elo"].astype(float)

    old, new = rated(before), rated(after)
    both = old.index.intersection(new.index)
    if both.empty:
        return None
    return int((old[both] != new[both]).sum()), len(both)


def safe_wording(board: pd.DataFrame, category: str = "text-to-video",
                 arena: str = "Artificial Analysis", rebuilt: pd.DataFrame | None = None, *,
                 fallback: str = "") -> str:
    """A short box for journalists (``board``: board_certainty of the headline's board, best first): a
    wording the data support and one they do not; a repeated listing said once by the name both share.
    With the board's ``snapshot_date`` the wording is dated and in the past tense (the data age), and with
    ``rebuilt`` (:func:`videomarket.data.rebuilt_boards`) it says when that board is a copy not yet checked.

    >>> b = pd.DataFrame({"model_name": ["Wan 3.0", "MiniMax H3 (768p)", "D"],
    ...     "could_be_first": [True, True, False], "also_listed_as": ["", "MiniMax H3 Max", ""]})
    >>> print(safe_wording(b))  # doctest: +NORMALIZE_WHITESPACE
    **Safe wording.** "Wan 3.0 narrowly leads Artificial Analysis's silent text-to-video arena; MiniMax H3
    cannot be ruled out as the true #1." Avoid: "Wan 3.0 is the best video model."
    >>> print(safe_wording(b.assign(could_be_first=[True, False, False])))  # doctest: +NORMALIZE_WHITESPACE
    **Safe wording.** "Wan 3.0 leads Artificial Analysis's silent text-to-video arena." Avoid: "Wan 3.0 is
    the best video model."
    >>> day = b.assign(snapshot_date=pd.Timestamp("2026-10-10"))
    >>> r = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
    ...     "snapshot_date": pd.to_datetime(["2026-10-10"]), "rebuilt_only": [True], "checked": [False]})
    >>> print(safe_wording(day, rebuilt=r))  # doctest: +NORMALIZE_WHITESPACE
    **Safe wording.** "On 10 October 2026, Wan 3.0 narrowly led Artificial Analysis's silent text-to-video
    arena, on a copy of the board not yet checked against the original; MiniMax H3 could not be ruled out
    as the true #1." Avoid: "Wan 3.0 is the best video model."

    ``fallback`` (e.g. :func:`videomarket.stories.downloaded_fallback`) ends the box:

    >>> print(safe_wording(b.assign(could_be_first=[True, False, False]), fallback="Cite X."))
    ... # doctest: +NORMALIZE_WHITESPACE
    **Safe wording.** "Wan 3.0 leads Artificial Analysis's silent text-to-video arena." Avoid: "Wan 3.0 is
    the best video model." Cite X.
    """
    if fallback:
        return f"{safe_wording(board, category, arena, rebuilt)} {fallback}"
    lead = str(board["model_name"].iloc[0])
    pool = PLAIN_POOLS.get(category, pool_label(category).lower())
    others = board.iloc[1:]
    others = others[others["could_be_first"].astype(bool)]
    avoid = f"Avoid: \"{lead} is the best video model.\""
    dated = "snapshot_date" in board.columns and pd.notna(board["snapshot_date"].iloc[0])
    day = pd.Timestamp(board["snapshot_date"].iloc[0]) if dated else None
    when = f"On {fmt.day(day)}, " if dated else ""
    lead_verb, rest_verb = ("led", "could not") if dated else ("leads", "cannot")
    copy = (", on a copy of the board not yet checked against the original"
            if dated and copy_words(rebuilt, day, category, arena) == "a rebuilt copy" else "")
    if others.empty:
        return f"**Safe wording.** \"{when}{lead} {lead_verb} {arena}'s {pool} arena{copy}.\" {avoid}"
    family = _repeated_family(others)
    names = [family if family and str(n).startswith(family) else str(n) for n in others["model_name"]]
    return (f"**Safe wording.** \"{when}{lead} narrowly {lead_verb} {arena}'s {pool} arena{copy}; "
            f"{_listing(names)} {rest_verb} be ruled out as the true #1.\" {avoid}")


def chances_method_note(board: pd.DataFrame, *, shown: int | None = None) -> str:
    """How a table's chances are computed (``board``: board_certainty, best first): exactly, by numerical
    integration, so they reproduce from the table's ratings and intervals up to rounding. With ``shown``,
    the rows the latest board's table shows: the chances are said to come from every rated model, and how
    far those rows alone (their ratings and intervals) would move them, computed.

    >>> print(chances_method_note(pd.DataFrame({"p_leader": [0.87249, 0.0729]})))
    Chances are computed exactly (by numerical integration, not simulation), so anyone can reproduce them from
    the ratings and intervals shown, up to rounding.
    >>> b = pd.DataFrame({"model": ["a", "b", "c"], "elo": [1129.0, 1118.0, 1040.0],
    ...     "ci_low": [1118.0, 1107.0, 1029.0], "ci_high": [1140.0, 1129.0, 1051.0],
    ...     "p_leader": [0.9166, 0.0834, 0.0]})
    >>> print(chances_method_note(b, shown=2))  # doctest: +NORMALIZE_WHITESPACE
    Chances are computed exactly (by numerical integration, not simulation) from all 3 models on the board;
    the 2 rows of the latest board's table alone give the same chances to within 0.1 point, so anyone
    can check them from that table.
    """
    if shown is None or shown >= len(board):
        return ("Chances are computed exactly (by numerical integration, not simulation), so anyone can "
                "reproduce them from the ratings and intervals shown, up to rounding.")
    from videomarket.arena import board_odds

    rated = board.dropna(subset=["ci_low", "ci_high"])
    columns = [c for c in ("model", "elo", "ci_low", "ci_high") if c in rated.columns]
    full = board_odds(rated[columns]).set_index("model")["p_leader"]
    part = board_odds(rated[columns].iloc[:shown]).set_index("model")["p_leader"]
    apart = float((full.reindex(part.index) - part).abs().max())
    close = ("to within 0.1 point, so anyone can check them from that table" if apart < 0.001
             else f"to within {apart * 100:.1f} points")
    return (f"Chances are computed exactly (by numerical integration, not simulation) from all "
            f"{len(rated)} models on the board; the {shown} rows of the latest board's table alone give "
            f"the same chances {close}.")


def votes_curve_mark(gaps: pd.DataFrame) -> tuple[float, float, str] | None:
    """The point of the votes chart the text quotes (:func:`latest_lead_votes`): the latest lead, its
    decisive votes and a label saying both (``gaps``: leader_gaps of the distinct boards); None without.

    >>> g = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-24", "2026-10-10"]),
    ...     "model_name": ["Wan 3.0", "Wan 3.0"], "margin": [3.0, 11.0], "votes_needed": [105276.0, 7834.0]})
    >>> votes_curve_mark(g)
    (11.0, 7834.0, "Wan 3.0's latest lead, 11 points:\\nabout 7,800 votes")
    """
    if gaps.empty or "votes_needed" not in gaps.columns:
        return None
    last = gaps.loc[pd.to_datetime(gaps["snapshot_date"]).idxmax()]
    if pd.isna(last["votes_needed"]):
        return None
    margin, votes = float(last["margin"]), float(last["votes_needed"])
    count = lead_votes(margin, votes)[0]
    return margin, votes, f"{last['model_name']}'s latest lead, {fmt.points(margin)}:\nabout {count:,} votes"


def same_days_text(history: pd.DataFrame, table: pd.DataFrame, day: object,
                   rebuilt: pd.DataFrame | None = None, category: str = "text-to-video",
                   arena: str = "Artificial Analysis") -> str:
    """The two arenas on the same days: the leader of ``arena``'s boards within a day of LMArena's board
    of ``day`` (``history``: leader_probability_history), its chance and lead, whether those copies are
    rebuilt (``rebuilt``: :func:`videomarket.data.rebuilt_boards`), and where LMArena ranks it (``table``:
    :func:`lmarena_contenders`); "" without such a board or with two leaders on them.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-18", "2026-09-20", "2026-09-22"]),
    ...     "model_name": ["Wan 3.0"] * 3, "p_leader": [0.76455] * 3, "margin": [6.0] * 3,
    ...     "runner_up_name": ["Gemini Omni Flash"] * 3})
    >>> t = pd.DataFrame({"rank": [1, 6], "model_name": ["Gemini Omni Flash 1.1", "Wan 3.0"]})
    >>> b = h.assign(arena="Artificial Analysis", category="text-to-video", rebuilt_only=True)
    >>> print(same_days_text(h, t, "2026-09-21", b))  # doctest: +NORMALIZE_WHITESPACE
    On the nearest days, Artificial Analysis's boards of 20 and 22 September (rebuilt copies) had Wan 3.0
    at #1, about 76% likely and 6 points ahead of Gemini Omni Flash; on LMArena's board of 21 September it
    was #6.
    """
    day = pd.Timestamp(day)
    dates = pd.to_datetime(history["snapshot_date"])
    near = history[(dates - day).abs() <= pd.Timedelta(days=1)]
    if near.empty or near["model_name"].nunique() > 1:
        return ""
    leader = str(near["model_name"].iloc[-1])
    kind = ""
    if rebuilt is not None:
        mine = (rebuilt["arena"].astype(str) == arena) & (rebuilt["category"].astype(str) == category)
        pool = rebuilt[mine]
        only = set(pd.to_datetime(pool.loc[pool["rebuilt_only"].astype(bool), "snapshot_date"]))
        flags = pd.to_datetime(near["snapshot_date"]).isin(only)
        kind = ("" if not flags.all() else " (rebuilt copies)" if len(near) > 1 else " (a rebuilt copy)")
    hit = table[table["model_name"].astype(str) == leader]
    where = f"#{int(hit['rank'].iloc[0])}" if len(hit) else f"outside the top {len(table)}"
    boards = "boards" if len(near) > 1 else "board"
    days = _day_spans(list(pd.to_datetime(near["snapshot_date"])))
    return (f"On the nearest days, {arena}'s {boards} of {days}{kind} had {leader} at #1, "
            f"{_about_range(near['p_leader'])} likely and {_num_range(near['margin'])} points ahead of "
            f"{near['runner_up_name'].iloc[-1]}; on LMArena's board of {day:%-d %B} it was {where}.")


def _about_range(p: pd.Series) -> str:
    """'about 76%' for one rounded value, else '64–76%'."""
    text = _pct_range(p)
    return f"about {text}" if "–" not in text else text
