"""Sentences and reader tables for the "leaderboard movements" report: who held #1, for how long, how sure.

Each function takes result tables of :mod:`videomarket.leaderboard` (runs at #1 from ``spell_odds``,
``lead_changes``, ``epoch_breaks``, ``reanchoring_moves``, ``rank_moves``, ``leader_drift``,
``board_leader_odds``, ``based_on_odds``, ``creator_places``) and returns Markdown or a table ready for
:func:`videomarket.plots.table` with the matching ``*_TABLE`` headers and ``*_FORMATS`` kinds (chances
stay numbers, shown with the ``chance`` kind, so the CSV downloads stay numeric). Reader text follows
the house rules: pools in words, developers as parent companies, no internal ids, a run at #1 is never
a "spell", every probability of being truly #1 is approximate ("about 88%") and read from published
intervals as if the ratings were independent (the value with correlated ratings is given once, as a
labelled illustration), dates carry their precision, and ranks or ratings are never compared across a
re-anchoring (the scales are named by it). When the selection leaves a section without data, its
function says so in one sentence instead of failing.

Example::

    >>> import pandas as pd
    >>> day_spans(pd.to_datetime(["2026-10-02", "2026-10-04", "2026-10-05", "2026-10-06"]))
    '2 and 4–6 October 2026'
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from videomarket.arena import votes_needed
from videomarket.data import last_downloaded_day
from videomarket.guide import AA_POOLS
from videomarket.leaderboard import (
    daily_boards,
    daily_leader_odds,
    parent_developer,
    spell_odds,
)
from videomarket.stories import _wording as wording
from videomarket.stories import fmt
from videomarket.stories._certainty import (
    _rival_gone,
    arena_name,
    copy_words,
)
from videomarket.stories._changes import FIRM_GRADES, changes_count, firm_changes
from videomarket.stories._changes import times as _times
from videomarket.stories._guide import pool_label, two_boards_chance
from videomarket.stories._leaderboard import (
    probability,
    short_when,
    when,
)
from videomarket.stories._notes import data_as_of, term
from videomarket.stories._rebuilt import ABOUT_THE_DATA, rebuilt_span, rebuilt_subject

RERATING_RULE = ("the #1 is read board by board, so a run can span the re-rating; rank changes and rating "
                 "gaps are not computed across it")
DOUBLE_ENTRY = "[report 03](03-how-sure-is-number-one.html#which-models-could-be-1-on-the-latest-board)"
UNSEEN_DAYS = 7  # more days than this without a board is a stretch the charts shade and lines never cross

RUNS_TABLE = {
    "model_name": "Model",
    "developer": "Developer",
    "start_text": "First board at #1",
    "end_text": "Last board at #1",
    "seen": "Days at #1, first to last board; distinct boards",
    "seen_in": "Kinds of copy (best first)",
    "p_leader_min": "Lowest chance of being truly #1",
    "last_text": "Chance on its last board",
}
POOL_LEADERS_TABLE = {
    "pool": "Pool",
    "leader": "Latest #1",
    "since_text": "First board of its run",
    "latest_text": "Latest board",
    "last": "Chance of being truly #1 on the latest board (every listing counted as a model)",
}
ODDS_TABLE = {
    "model_name": "Model",
    "developer": "Developer",
    "elo": "Rating (points)",
    "ci_low": "95% interval, low (points)",
    "ci_high": "95% interval, high (points)",
    "p_leader": "Chance of being truly #1 (every listing counted as a model)",
    "above_next": "Chance of rating above the next model down",
}

REPORT_00 = "00-about-the-data.html"  # where the data bookkeeping this note links to is told


# --- small wording helpers ------------------------------------------------------------------------------

def _developer(row: pd.Series | object) -> str:
    creator = getattr(row, "creator", None) if not isinstance(row, pd.Series) else row.get("creator")
    name = getattr(row, "model_name", None) if not isinstance(row, pd.Series) else row.get("model_name")
    return parent_developer(creator, name) if isinstance(creator, str) and creator.strip() else "unknown"


def _with_developer(table: pd.DataFrame) -> pd.DataFrame:
    return table.assign(developer=[_developer(row) for row in table.itertuples(index=False)])


def _pool(arena: str, category: str) -> str:
    return f"{arena} {pool_label(category).lower()} pool"


def _listing(items: Sequence[str], last: str = "and") -> str:
    items = [str(i) for i in items]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {last} " + items[-1]


def _plain(name: object) -> str:
    """A name without the board's "(based on …)" tag.

    >>> _plain("MiniMax H3 Max (based on MiniMax H3)")
    'MiniMax H3 Max'
    """
    return re.sub(r"\s*\(based on [^)]*\)$", "", str(name))


def day_range(first: object, last: object, joiner: str = "to") -> str:
    """Two dates in words without repeating what they share: '2 to 6 October 2026', '15 May to 24 June
    2026', '20 December 2025 to 29 January 2026', or one date when they are the same day; ``joiner="and"``
    after "between".

    >>> day_range("2026-10-02", "2026-10-06"), day_range("2026-09-30", "2026-10-01", "and")
    ('2 to 6 October 2026', '30 September and 1 October 2026')
    """
    a, b = pd.Timestamp(first), pd.Timestamp(last)
    if a == b:
        return fmt.day(a)
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day} {joiner} {fmt.day(b)}"
    if a.year == b.year:
        return f"{a.day} {a:%B} {joiner} {fmt.day(b)}"
    return f"{fmt.day(a)} {joiner} {fmt.day(b)}"


def day_list(dates: Iterable[object]) -> str:
    """Board days in words, each named (never a span that would imply boards on days without one), months
    and years said once per run of days that share them.

    >>> day_list(["2026-10-06", "2026-10-02", "2026-10-04", "2026-10-05"])
    '2, 4, 5 and 6 October 2026'
    >>> day_list(["2026-09-29", "2026-10-02", "2026-10-02"])
    '29 September and 2 October 2026'
    """
    days = sorted({pd.Timestamp(d).normalize() for d in dates})
    words = []
    for i, d in enumerate(days):
        after = days[i + 1] if i + 1 < len(days) else None
        if after is not None and (after.year, after.month) == (d.year, d.month):
            words.append(str(d.day))
        elif after is not None and after.year == d.year:
            words.append(f"{d.day} {d:%B}")
        else:
            words.append(fmt.day(d))
    return _listing(words)


def _chance_cell(p: object) -> object:
    return pd.NA if p is None or pd.isna(p) else float(p)


# --- the answer, the key findings and the data's date -----------------------------------------------------

def movements_answer(spells: pd.DataFrame, changes: pd.DataFrame, arena: str, category: str,
                     based_on: pd.DataFrame | None = None, rebuilt: pd.DataFrame | None = None,
                     daily_odds: pd.DataFrame | None = None, opposed: pd.DataFrame | None = None,
                     downloaded: pd.DataFrame | None = None) -> str:
    """The report's answer in two sentences, in the past tense (the data are dated): the latest #1 from
    when to the latest board, how likely it was then to be truly #1 (with ``rebuilt``,
    :func:`videomarket.data.rebuilt_boards`, "the latest, rebuilt board" when that board's every copy was
    rebuilt; with ``opposed``, :func:`videomarket.arena.leader_probability` of the board's possible #1s with
    errors correlated at ``OPPOSED_CORRELATION``, the span of readings as report 03 gives it), and how many
    changes of #1 the boards show (:func:`changes_count`).
    ``based_on`` and ``daily_odds`` are kept for callers.

    ``spells``: :func:`videomarket.leaderboard.spell_odds` of the pool; ``changes``: its
    :func:`~videomarket.leaderboard.lead_changes`.
    """
    if spells.empty:
        return f"No board of the {_pool(arena, category)} in this selection shows a #1."
    both = both_boards_answer(spells, arena, category, rebuilt, downloaded, daily_odds)
    if both:
        return both
    run, first = spells.iloc[-1], spells.iloc[0]
    latest = when(run["end"], run["end_precision"], after="")
    if int(run["n_snapshots"]) > 1:
        days = run["start_precision"] == "day" and run["end_precision"] == "day"
        span = (day_range(run["start"], run["end"], "–") if days  # 50 words at most: a dash, not "from … to"
                else f"{when(run['start'], run['start_precision'], after='')} – {latest}")
        held = f"led {arena}'s {pool_label(category).lower()} {span}"
    else:
        held = f"was #1 of the {_pool(arena, category)} on a single board, {latest}"
    text = f"**{run['model_name']}** {held}"  # the developer is the runs table's: 50 words at most
    if int(run["boards_with_odds"]):
        # the span of readings with correlated errors is the body's (odds_text): the answer stays plain
        text += f", {_answer_chance(run, opposed, rebuilt, arena, category, check=True)}."
    else:
        text += ", with no published intervals, so how sure that lead was cannot be computed."
    start = when(first["start"], first["start_precision"], after="since")
    if changes.empty:
        return text + f" The boards show no change of #1 {start}."
    # the month: the answer keeps to 50 words, so the count is brief (in full in the runs text)
    brief = "evidence" not in spells.columns or firm_changes(spells) > 0  # none firm: the full words
    count = changes_count(spells, brief=brief)
    return text + f" Since {fmt.month(first['start'])} that pool's #1 changed hands {count}."


def both_boards_answer(spells: pd.DataFrame, arena: str, category: str, rebuilt: pd.DataFrame | None,
                       downloaded: pd.DataFrame | None, daily_odds: pd.DataFrame | None = None) -> str:
    """The answer in one sentence when the latest board was only rebuilt from text and ``downloaded``
    (:func:`videomarket.leaderboard.board_certainty` of the board of
    :func:`videomarket.data.last_downloaded_day`) is given: the leader on every board since its run
    began (with its developer) and how likely truly #1 on the last downloaded board, the one number
    reports 03 and 04 head with too (:func:`two_boards_chance`);
    '' otherwise (the run may still go on: it is never said to end). ``daily_odds`` is kept for callers."""
    if downloaded is None or downloaded.empty or last_downloaded_day(rebuilt, arena, category) is None:
        return ""
    run = spells.iloc[-1]
    if int(run["n_snapshots"]) < 2 or run["start_precision"] != "day" or pd.isna(run["p_leader_last"]):
        return ""
    mine = downloaded[downloaded["model"] == run["model"]]
    if mine.empty:
        return ""
    # past tense: the last board is weeks old, so the run is never said to go on; the arena is the title's
    hits = _rebuilt_hits(run.reindex(run.index.union(["arena", "category"])).fillna(
        {"arena": arena, "category": category}), rebuilt)
    most = f", most of them {term('rebuilt-file', 'rebuilt')}" if 2 * hits > int(run["n_snapshots"]) else ""
    # one headline figure, as in reports 03 and 04: the range over the two last boards
    # the answer already says the run reached the latest (rebuilt) board: the downloaded board's chance alone
    chance = two_boards_chance(run["p_leader_last"], run["end"], mine["p_leader"].iloc[0],
                               downloaded["snapshot_date"].iloc[0], still=False)
    return (f"**{run['model_name']}** ({_developer(run)}) was #1 on every archived "
            f"{pool_label(category).lower()} board from {day_range(run['start'], run['end'])}{most}: "
            f"{chance}.")


def _answer_chance(run: pd.Series, opposed: pd.DataFrame | None, rebuilt: pd.DataFrame | None,
                   arena: str, category: str, spread: bool = True, check: bool = False) -> str:
    """'about 88% likely truly #1 on the latest board, 83–93% depending on how rating errors move together'
    (the independent, correlated and ``opposed`` readings); with ``check``, the answer's headline form
    'about 88% likely to be truly #1 (if rating errors are independent) on the latest board', no span."""
    p = float(run["p_leader_last"])
    board = "the latest board"
    if rebuilt is not None and len(rebuilt):
        mine = rebuilt[(rebuilt["arena"] == arena) & (rebuilt["category"] == category)
                       & (pd.to_datetime(rebuilt["snapshot_date"]) == pd.Timestamp(run["end"]))]
        if mine["rebuilt_only"].astype(bool).any():
            board = f"an unverified {term('rebuilt-file', 'rebuilt')} board"
    if check:  # the answer's headline form: the correlated-errors check is the body's (odds_text)
        sure = f"{probability(p)} likely to be truly #1 (if rating errors are independent)"
        return f"{sure} on {board}" if board.startswith("the ") else f"ending {sure} on {board}"
    text = (f"{probability(p)} likely truly #1 on {board}" if board.startswith("the ")
            else f"ending {probability(p)} likely truly #1 on {board}")
    if not spread:
        return text
    chances = [p]
    if pd.notna(run.get("p_leader_last_correlated")):
        chances.append(float(run["p_leader_last_correlated"]))
    if opposed is not None and len(opposed):
        chances += [float(x) for x in opposed.loc[opposed["model"] == run["model"], "p_leader"]]
    low, high = fmt.pct(min(chances), 0), fmt.pct(max(chances), 0)
    if low != high:
        text += (f", {low.removesuffix('%')}–{high} depending on how "
                 f"{term('correlation', 'rating errors move together')}")
    return text


def movements_as_of(rows: pd.DataFrame, arena: str, category: str, spells: pd.DataFrame | None = None,
                    rebuilt: pd.DataFrame | None = None, *, other_board: bool = True,
                    daily_odds: pd.DataFrame | None = None) -> str:
    """The data-as-of notice (:func:`videomarket.stories.data_as_of`): the chosen arena's newest board and
    how often #1 changed before that date; with ``spells`` (:func:`videomarket.leaderboard.spell_odds` of
    the pool) only that #1 may have changed since (the count is a key finding); with
    ``rebuilt`` (:func:`videomarket.data.rebuilt_boards`), one sentence on the newest boards rebuilt from
    text (:func:`rebuilt_copy_note`), and, with ``spells``, the other arena's newest board (its section's;
    left out without ``other_board``, when that section opens with it); with ``daily_odds``
    (daily_leader_odds) the rebuilt boards are counted as distinct boards (:func:`rebuilt_box_note`)."""
    from videomarket.stories._leaderboard import lead_change_warning

    warning = lead_change_warning(rows, arena, category)
    if spells is not None and len(spells) > 1:
        warning = "#1 may have changed since."  # how often it changed before is a key finding
    note = ""
    if rebuilt is not None:
        note = (rebuilt_box_note(rebuilt, spells, arena, category, distinct=daily_odds) if spells is not None
                else "") or rebuilt_copy_note(rebuilt, arena)
    others = rows.loc[rows["arena"].astype(str) != arena]
    other = ""
    if spells is not None and len(others) and other_board:
        newest = others.loc[others["snapshot_date"] == others["snapshot_date"].max()]
        other = (f" The {newest['arena'].iloc[0]!s} section rests on its newest board, "
                 f"{fmt.day(newest['snapshot_date'].iloc[0])}.")
    return data_as_of(rows.loc[rows["arena"].astype(str) == arena, "snapshot_date"].max(),
                      what_may_have_changed=" ".join(w for w in (warning, note) if w)) + other


def rebuilt_copy_note(rebuilt: pd.DataFrame, arena: str) -> str:
    """One sentence for the data box: from which day the newest boards of ``arena`` were rebuilt from
    text (``rebuilt``: :func:`videomarket.data.rebuilt_boards`), with a link to About the data; '' when the
    newest board was downloaded."""
    which = rebuilt_subject(rebuilt, arena, "The newest board, {newest}, was",
                            "The boards from {first} on were")
    if not which:
        return ""
    return (f"{which} rebuilt from the text a search index of GitHub shows, not "
            f"verified (see {ABOUT_THE_DATA}).")


def rebuilt_box_note(rebuilt: pd.DataFrame, spells: pd.DataFrame, arena: str, category: str, *,
                     copies: bool = False, distinct: pd.DataFrame | None = None) -> str:
    """The data box's one sentence on rebuilt boards of the pool (``rebuilt``:
    :func:`videomarket.data.rebuilt_boards`): how many of its archived boards, every one from which day
    and how many of the latest run's (``spells``); '' when the newest board was downloaded. ``copies``
    counts them as archived daily copies (a report whose other counts are of distinct boards).

    >>> rebuilt = pd.DataFrame({"arena": "AA", "category": "t", "snapshot_date": pd.to_datetime(
    ...     ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04"]),
    ...     "rebuilt_only": [True, False, True, True]})
    >>> spells = pd.DataFrame({"model_name": ["Wan"], "start": pd.to_datetime(["2026-10-01"]),
    ...                        "end": pd.to_datetime(["2026-10-04"])})
    >>> rebuilt_box_note(rebuilt, spells, "AA", "t")  # doctest: +NORMALIZE_WHITESPACE
    "3 of 4 boards were [rebuilt](#glossary-rebuilt-file) from text, not verified, including every board from
    1 October on except the downloaded 2 October copy and 3 of Wan's 4 ([About the
    data](00-about-the-data.html))."
    >>> rebuilt_box_note(rebuilt.assign(rebuilt_only=[False, False, True, True]), spells, "AA", "t")
    ... # doctest: +NORMALIZE_WHITESPACE
    "2 of 4 boards were [rebuilt](#glossary-rebuilt-file) from text, not verified, including every board from
    3 October on and 2 of Wan's 4 ([About the data](00-about-the-data.html))."
    >>> rebuilt_box_note(rebuilt, spells, "AA", "t", copies=True)  # doctest: +NORMALIZE_WHITESPACE
    "3 of 4 archived daily copies were [rebuilt](#glossary-rebuilt-file) from text, not verified, including
    every copy from 1 October on except the downloaded 2 October copy and 3 of Wan's 4 copies ([About the
    data](00-about-the-data.html))."

    With ``distinct`` (daily_leader_odds, ``unchanged``) a board that repeats the one before counts once:

    >>> d = pd.DataFrame({"snapshot_date": rebuilt["snapshot_date"],
    ...                   "unchanged": [False, False, True, False]})
    >>> rebuilt_box_note(rebuilt, spells, "AA", "t", distinct=d)  # doctest: +NORMALIZE_WHITESPACE
    "2 of 3 distinct boards were [rebuilt](#glossary-rebuilt-file) from text, not verified, including every
    board from 1 October on except the downloaded 2 October copy and 2 of Wan's 3 ([About the
    data](00-about-the-data.html))."
    """
    span = rebuilt_span(rebuilt, arena)
    pool = rebuilt[(rebuilt["arena"].astype(str) == arena) & (rebuilt["category"].astype(str) == category)]
    only = pool["rebuilt_only"].astype(bool)
    if span is None or not only.any():
        return ""
    days = pool.sort_values("snapshot_date")
    flags = days["rebuilt_only"].astype(bool).tolist()
    tail = len(flags) - next((i for i in range(len(flags) - 1, -1, -1) if not flags[i]), -1) - 1
    first = days["snapshot_date"].iloc[len(flags) - tail] if tail else None
    # one downloaded board inside the rebuilt stretch is named as the exception, not the stretch's start
    kept_at = [i for i, f in enumerate(flags) if not f]
    lone = None
    if kept_at:
        start = kept_at[-2] + 1 if len(kept_at) > 1 else 0
        if start < kept_at[-1] and tail:
            first, lone = days["snapshot_date"].iloc[start], days["snapshot_date"].iloc[kept_at[-1]]
    unit = "archived daily copies" if copies else "boards"
    counted = pool
    if distinct is not None and not copies and "unchanged" in distinct.columns:
        kept = pd.to_datetime(distinct.loc[~distinct["unchanged"].astype(bool), "snapshot_date"])
        counted = pool[pd.to_datetime(pool["snapshot_date"]).isin(kept)]
        unit = "distinct boards"
    parts = [f"{int(counted['rebuilt_only'].astype(bool).sum())} of {len(counted)} {unit} were "
             f"{term('rebuilt-file', 'rebuilt')}"]
    if first is not None:
        but = "" if lone is None else f" except the downloaded {pd.Timestamp(lone):%-d %B} copy"
        parts.append(f"every {'copy' if copies else 'board'} from {pd.Timestamp(first):%-d %B} on{but}")
    if len(spells):
        run = spells.iloc[-1]
        inside = counted[(counted["snapshot_date"] >= run["start"])
                         & (counted["snapshot_date"] <= run["end"])]
        hit = int(inside["rebuilt_only"].astype(bool).sum())
        if hit:
            share = f"all {hit}" if hit == len(inside) else f"{hit} of {run['model_name']}'s {len(inside)}"
            owner = f" of {run['model_name']}'s" if hit == len(inside) else ""
            parts.append(f"{share}{owner}{' copies' if copies else ''}")
    which = f", including {_listing(parts[1:])}" if len(parts) > 1 else ""
    return f"{parts[0]} from text, not verified{which} ({ABOUT_THE_DATA})."


def _first_with_leader(spells: pd.DataFrame) -> str:
    return when(spells["start"].iloc[0], spells["start_precision"].iloc[0], after="")


def lasting_runs(spells: pd.DataFrame) -> int:
    """Runs at #1 seen on two boards or more (a run on a single board may be a one-board flip)."""
    return int((spells["n_snapshots"].astype(int) >= 2).sum()) if len(spells) else 0


def between_days(first: object, last: object) -> int:
    """Days strictly between two boards (the notes' one convention, as ``data.coverage_gaps``): 0 for
    consecutive days. ``first`` may be 0 and ``last`` a whole number of days apart.

    >>> between_days("2026-01-29", "2026-04-08"), between_days(0, 1), between_days(0, 0)
    (68, 0, 0)
    """
    if isinstance(first, int) and isinstance(last, int):
        return max(0, last - first - 1)
    return max(0, (pd.Timestamp(last) - pd.Timestamp(first)).days - 1)


def renamed_rival_note(history: pd.DataFrame, rows: pd.DataFrame, downloaded: pd.DataFrame | None) -> str:
    """Where the rival the re-rating dropped may have gone: a separate
    entry whose name extends its name, with its rank on the last downloaded board (``downloaded``:
    board_certainty of it; ``rows``: the pool's board rows with ranks); '' when there is none. The rank is
    the board's own, as reports 03 and 04 give it.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30", "2026-10-01", "2026-10-06"]),
    ...     "scale_epoch": ["a", "b", "b"], "model": "w", "model_name": "Wan 3.0",
    ...     "runner_up": ["g", "m", "m"], "runner_up_name": ["Gemini Omni Flash", "M", "M"],
    ...     "p_leader": [0.64, 0.88, 0.8958]})
    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01"] * 2 + ["2026-10-06"]),
    ...     "model": ["w", "m", "g1"], "model_name": ["Wan 3.0", "M", "Gemini Omni Flash 1.1"],
    ...     "rank": [1, 2, 8]})
    >>> down = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06"]), "p_leader": [0.8958]})
    >>> print(renamed_rival_note(h, rows, down))  # doctest: +NORMALIZE_WHITESPACE
    A separate entry, Gemini Omni Flash 1.1, is #8 on 6 October; whether it is Gemini Omni Flash renamed
    is unknown.
    """
    pair = _rival_gone(history, rows)
    if pair is None or downloaded is None or downloaded.empty:
        return ""
    rival = str(pair[0]["runner_up_name"])
    day = pd.Timestamp(downloaded["snapshot_date"].iloc[0])
    board = rows[pd.to_datetime(rows["snapshot_date"]) == day]
    twin = board[board["model_name"].astype(str).str.startswith(f"{rival} ")]
    if twin.empty:
        return ""
    return (f"A separate entry, {twin['model_name'].iloc[0]}, is #{int(twin['rank'].iloc[0])} on "
            f"{day:%-d %B}; whether it is {rival} renamed is unknown.")


def rerating_anchor(epochs: pd.DataFrame, rows: pd.DataFrame, arena: str, category: str,
                    breaks: pd.DataFrame | None) -> tuple[str, str] | None:
    """The model fixed at the anchor rating by the pool's first re-rating and its parent company
    (``epochs``: :func:`videomarket.data.load_scale_epochs`; ``rows``: ranking rows naming its developer;
    ``breaks``: :func:`videomarket.leaderboard.epoch_breaks`); None without a re-rating or a named anchor.

    >>> epochs = pd.DataFrame({"arena": ["AA"], "category": ["t2v"], "start": pd.to_datetime(["2026-10-01"]),
    ...                        "anchor_model_name": ["Kling X"]})
    >>> rows = pd.DataFrame({"model_name": ["Kling X"], "creator": ["Kuaishou"]})
    >>> rerating_anchor(epochs, rows, "AA", "t2v", pd.DataFrame({"date": pd.to_datetime(["2026-10-01"])}))
    ('Kling X', 'Kuaishou')
    """
    if breaks is None or breaks.empty:
        return None
    day = pd.Timestamp(breaks["date"].iloc[0])
    mine = epochs[(epochs["arena"] == arena) & (epochs["category"] == category)
                  & (pd.to_datetime(epochs["start"]) == day)]
    if mine.empty or pd.isna(mine["anchor_model_name"].iloc[0]):
        return None
    name = str(mine["anchor_model_name"].iloc[0])
    made = rows.loc[rows["model_name"] == name, "creator"]
    if made.empty:
        return None
    return name, parent_developer(made.iloc[0], name)


def developers_trend(share: pd.DataFrame, top_n: int, breaks: pd.DataFrame | None = None,
                     category: str | None = None, anchor: tuple[str, str] | None = None,
                     listed: pd.DataFrame | None = None, *, dates: bool = False) -> str:
    """Who held the most top places first and who last (``share``: complete boards of
    :func:`videomarket.leaderboard.creator_share`, spans of :func:`most_places_spans`); with ``breaks``
    (:func:`videomarket.leaderboard.epoch_breaks`), those spans are read before the re-rating only and the
    boards after it are a separate comparison: whether the first developer held none there and, with
    ``listed`` (the pool's ranking rows), whether its models were still listed and how high. With
    ``category``, the pool is named. '' with fewer than two developers taking turns. ``anchor`` is kept for
    callers (fixing a model at 1,000 moves every rating alike, so the anchor is no cause of an exit).

    >>> share = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-04-10"] * 2 + ["2026-05-14"] * 2
    ...                                                          + ["2026-07-23"] * 2 + ["2026-10-01"]),
    ...                       "creator": ["K", "A"] * 3 + ["A"], "places": [3, 1, 3, 1, 2, 3, 3]})
    >>> breaks = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"])})
    >>> developers_trend(share, 10, breaks, "text-to-video")  # doctest: +NORMALIZE_WHITESPACE
    'Before the 1 October re-rating, K held the most top-10 places of text to video (silent) in April–May
    2026, A on 23 July.'

    With ``dates`` the first span is given by its observed boards, not whole months:

    >>> print(developers_trend(share, 10, breaks, dates=True))  # doctest: +NORMALIZE_WHITESPACE
    Before the 1 October re-rating, K held the most top-10 places from 10 April to 14 May 2026, A on
    23 July.
    """
    rerated = pd.Timestamp(breaks["date"].iloc[0]) if breaks is not None and len(breaks) else None
    before = share[share["snapshot_date"] < rerated] if rerated is not None else share
    spans = most_places_spans(before)
    if len(spans) < 2 or spans[0][0] == spans[-1][0]:
        return ""
    (a, a0, a1), (b, b0, b1) = spans[0], spans[-1]
    months = month_span(a0, a1)
    later = f"on {b0:%-d %B}" if b0 == b1 else f"from {b0:%-d %B} to {b1:%-d %B}"
    where = f" of {pool_label(category).lower()}" if category else ""
    lead = f"Before the {rerated:%-d %B} re-rating, " if rerated is not None else ""
    if dates:
        months = f"on {a0:%-d %B %Y}" if a0 == a1 else f"from {a0:%-d %B} to {a1:%-d %B %Y}"
    else:
        months = f"in {months}"
    text = f"{lead}{a} held the most top-{top_n} places{where} {months}, {b} {later}."
    if rerated is None or listed is None or listed.empty:
        return text
    sizes = _board_sizes(listed, rerated, share)
    if not sizes:
        return text
    # the board shrank at the re-rating: a share of the top places is read beside the board's size
    return text.replace(f"{lead}", f"{lead.removesuffix(', ')}, on boards of {sizes[0]} models ({sizes[1]} "
                        "after it), ", 1)


def _board_sizes(listed: pd.DataFrame, rerated: pd.Timestamp,
                 share: pd.DataFrame | None = None) -> tuple[str, str] | None:
    """The archived boards' sizes before and after a re-rating ('73–88', '30–32'), from the pool's ranking
    rows; None when either side has no archived board."""
    rows = listed[listed["evidence"].astype(str) == "A"] if "evidence" in listed.columns else listed
    if {"arena", "category", "source_id"} <= set(rows.columns) and len(rows):
        # one copy per day, ranked models only: the sizes the developers text gives
        rows = daily_boards(rows, str(rows["arena"].iloc[0]), str(rows["category"].iloc[0]))
        rows = rows[rows["rank"].notna()]
    if share is not None:  # complete boards only: a copy of the top 8 is no board size
        rows = rows[pd.to_datetime(rows["snapshot_date"]).isin(pd.to_datetime(share["snapshot_date"]))]
    days = pd.to_datetime(rows["snapshot_date"])
    counts = rows.groupby(days)["model"].nunique()
    before, after = counts[counts.index < rerated], counts[counts.index >= rerated]
    if before.empty or after.empty:
        return None

    def span(c: pd.Series) -> str:
        return f"{int(c.min())}" if c.min() == c.max() else f"{int(c.min())}–{int(c.max())}"

    return span(before), span(after)


def developer_exit(share: pd.DataFrame, breaks: pd.DataFrame | None, top_n: int = 10,
                   rows: pd.DataFrame | None = None, *, under_chart: bool = False) -> str:
    """Where the developer first holding the most top places (:func:`most_places_spans` before the
    re-rating) already held none on copies before the re-rating while copies days apart gave it places,
    one sentence that says so and what the boards after the re-rating show ('' when it never fell to none
    before the re-rating, or without a re-rating). ``share``: complete boards of
    :func:`videomarket.leaderboard.creator_share`; ``breaks``: :func:`videomarket.leaderboard.epoch_breaks`.
    With ``rows`` (the pool's ranking rows), when every such copy cuts the top places inside a run of equal
    ratings that it numbers one by one, the sentence says the difference is how the copies number a tie.
    ``under_chart``: said of the chart's bars, without what the boards after the re-rating show.

    >>> share = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-24", "2026-09-25", "2026-10-01"]),
    ...                       "creator": ["K", "A", "A"], "places": [10, 10, 10]})
    >>> print(developer_exit(share, pd.DataFrame({"date": pd.to_datetime(["2026-10-01"])}),
    ...                      under_chart=True))  # doctest: +NORMALIZE_WHITESPACE
    In the chart, K already held none of the top 10 places on the 25 September 2026 copies, before the
    re-rating, but 10 on those of 24 September 2026: copies days apart disagree, so when it left the top
    places cannot be dated.
    """
    if breaks is None or breaks.empty or share.empty:
        return ""
    rerated = pd.Timestamp(breaks["date"].iloc[0])
    spans = most_places_spans(share[share["snapshot_date"] < rerated])
    if not spans:
        return ""
    who = spans[0][0]
    wide = share.pivot_table(index="snapshot_date", columns="creator", values="places", aggfunc="sum",
                             fill_value=0).sort_index()
    mine = wide[who]
    before = mine[(mine.index < rerated) & (mine.index >= mine[mine > 0].index.min())]
    zeros = before[before == 0]
    if zeros.empty:
        return ""
    held = before[(before > 0) & (before.index >= before[before.index < zeros.index.min()].index.max())
                  & (before.index < zeros.index.max())]
    after = mine[mine.index >= rerated]
    text = (f"{who} already held none of the top {top_n} places on the "
            f"{day_list(zeros.index)} copies, before the re-rating")
    if len(held):
        counts = sorted({int(v) for v in held})
        places = _listing([str(c) for c in counts], "or")
        text += f", but {places} on those of {day_list(held.index)}"
        if rows is not None and all(_tie_cut(rows, day, top_n) for day in zeros.index):
            text = (f"The {day_list(zeros.index)} copies show {who} with no top-{top_n} place only because "
                    f"they number the tie at #{top_n} one by one; copies that give the tie a shared rank "
                    f"({day_list(held.index)}) show it with {places}. This is a counting difference, not "
                    "a move")
        else:
            text += ": copies days apart disagree, so when it left the top places cannot be dated"
    if under_chart:
        return f"In the chart, {'the ' + text[4:] if text.startswith('The ') else text}."
    if len(after) and (after == 0).all():
        text += (f". After the re-rating it held none on any board from "
                 f"{day_range(after.index.min(), after.index.max())}")
    return text + "."


def _tie_cut(rows: pd.DataFrame, day: object, top_n: int) -> bool:
    """Whether the board of ``day`` numbers ranks one by one through a run of equal ratings that the cut
    at ``top_n`` splits (#top_n and #top_n + 1 share a rating but not a rank)."""
    board = rows[pd.to_datetime(rows["snapshot_date"]) == pd.Timestamp(day)].drop_duplicates("model")
    board = board.dropna(subset=["rank", "elo"]).sort_values("rank")
    inside = board[board["rank"] <= top_n]
    outside = board[board["rank"] > top_n]
    if inside.empty or outside.empty:
        return False
    last, first_out = inside.iloc[-1], outside.iloc[0]
    return float(last["elo"]) == float(first_out["elo"]) and int(last["rank"]) != int(first_out["rank"])


def month_span(first: object, last: object) -> str:
    """The months of two dates: 'May 2026', 'April–May 2026', 'December 2025–January 2026'.

    >>> month_span("2026-04-10", "2026-05-14"), month_span("2026-05-01", "2026-05-14")
    ('April–May 2026', 'May 2026')
    """
    a, b = pd.Timestamp(first), pd.Timestamp(last)
    if (a.year, a.month) == (b.year, b.month):
        return f"{a:%B %Y}"
    return f"{a:%B}–{b:%B %Y}" if a.year == b.year else f"{a:%B %Y}–{b:%B %Y}"


def most_places_spans(share: pd.DataFrame) -> list[tuple[str, pd.Timestamp, pd.Timestamp]]:
    """The developer holding the most top places alone, board by board (``share``: complete boards of
    :func:`videomarket.leaderboard.creator_share`), as spans (developer, first board, last board); a board
    where several are level neither ends nor starts a span.

    >>> share = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-04-10"] * 2 + ["2026-06-25"] * 2
    ...                                                          + ["2026-07-23"] * 2),
    ...                       "creator": ["K", "A"] * 3, "places": [3, 1, 2, 2, 2, 3]})
    >>> [(c, f"{a:%d %b}", f"{b:%d %b}") for c, a, b in most_places_spans(share)]
    [('K', '10 Apr', '10 Apr'), ('A', '23 Jul', '23 Jul')]
    """
    wide = share.pivot_table(index="snapshot_date", columns="creator", values="places", aggfunc="sum",
                             fill_value=0).sort_index()
    spans: list[tuple[str, pd.Timestamp, pd.Timestamp]] = []
    for day, row in wide.iterrows():
        top = row[row == row.max()]
        if len(top) != 1:
            continue
        who = str(top.index[0])
        if spans and spans[-1][0] == who:
            spans[-1] = (who, spans[-1][1], pd.Timestamp(day))
        else:
            spans.append((who, pd.Timestamp(day), pd.Timestamp(day)))
    return spans


def rescale_summary(rescale: pd.DataFrame | None, top_n: int = 10) -> dict[str, object] | None:
    """What the first re-anchoring of a :func:`videomarket.leaderboard.reanchoring_moves` table did:
    board sizes, the range of rating shifts, the biggest rise and fall in rank among models in the top
    ``top_n`` of either board, and the old top-``top_n`` models that left the board (None when the pool
    kept one scale)."""
    if rescale is None or rescale.empty:
        return None
    first = rescale[rescale["date"] == rescale["date"].min()]
    both = first[first["status"] == "both"].copy()
    both["rank_change"] = (both["rank_before"] - both["rank_after"]).astype(float)
    near_top = both[(both["rank_before"] <= top_n) | (both["rank_after"] <= top_n)]
    rise = near_top[near_top["rank_change"] > 0].sort_values("rank_change", ascending=False).head(1)
    fall = near_top[near_top["rank_change"] < 0].sort_values("rank_change").head(1)
    left = first[(first["status"] == "left") & (first["rank_before"] <= top_n)].sort_values("rank_before")
    row = first.iloc[0]
    return {
        "previous_date": row["previous_date"], "date": row["date"], "size_before": int(row["size_before"]),
        "size_after": int(row["size_after"]), "shared": len(both),
        "low": float(both["shift"].min()) if len(both) else None,
        "high": float(both["shift"].max()) if len(both) else None,
        "moves": [*rise.itertuples(), *fall.itertuples()], "left": list(left.itertuples()),
        "leader": both.sort_values("rank_after").head(1),
        "after_names": first.loc[first["status"] != "left", "model_name"].astype(str).tolist(),
    }


def _in_pool_order(spells_by_pool: Mapping[str, pd.DataFrame],
                   first: str | None = None) -> list[tuple[str, pd.DataFrame]]:
    order = {c: i for i, c in enumerate(AA_POOLS)}
    return sorted(spells_by_pool.items(),
                  key=lambda item: (item[0] != first, order.get(item[0], len(order)), item[0]))


# --- who held #1 ------------------------------------------------------------------------------------------

def timeline_source(spells: pd.DataFrame, arena: str = "Artificial Analysis") -> str:
    """The timeline's source line: the arena's leaderboard, and the press and third-party copies its hatched
    bars rest on when a run's evidence is below grade A.

    >>> print(timeline_source(pd.DataFrame({"evidence": ["B", "A"]})))  # doctest: +NORMALIZE_WHITESPACE
    Source: Artificial Analysis leaderboard via public archives, press reports and third-party copies
    (see Sources)
    """
    weak = spells["evidence_min"] if "evidence_min" in spells.columns else spells["evidence"]
    extra = ", press reports and third-party copies" if (weak.astype(str) != "A").any() else ""
    return f"Source: {arena} leaderboard via public archives{extra} (see Sources)"


def _second_hand_count(spells: pd.DataFrame, models: int, firm: int) -> str:
    """The bracket after a count of models seen at #1 (``firm``, on archived boards and press reports):
    the count with those seen at #1 only in third parties' copies (``models``), the one such model named
    with how many copies showed it (``spells``: spell_odds with ``evidence`` and ``n_snapshots``); ''
    when there are none.

    >>> sp = pd.DataFrame({"model": ["g", "h"], "model_name": ["Grok Imagine Video", "H"],
    ...                    "evidence": ["C", "A"], "n_snapshots": [1, 30]})
    >>> _second_hand_count(sp, 2, 1)
    " (2 counting Grok Imagine Video, seen only in one third party's copy)"
    >>> _second_hand_count(sp.assign(n_snapshots=[2, 30]), 2, 1)
    " (2 counting Grok Imagine Video, seen only in third parties' copies)"
    >>> _second_hand_count(sp.assign(evidence="C"), 2, 0), _second_hand_count(sp, 1, 1)
    (" (2 counting models seen at #1 only in third parties' copies)", '')
    """
    weak = models - firm
    if weak <= 0:
        return ""
    if weak > 1 or "evidence" not in spells.columns:
        return f" ({models} counting models seen at #1 only in third parties' copies)"
    run = spells[~spells["evidence"].astype(str).isin(FIRM_GRADES)].iloc[0]
    where = ("one third party's copy" if int(run.get("n_snapshots", 1)) <= 1
             else "third parties' copies")
    return f" ({models} counting {run['model_name']}, seen only in {where})"


def timeline_title(spells: pd.DataFrame, *, short: bool = False) -> str:
    """The #1 timeline's title, in the past tense: the latest leader on every board of its run, and how
    many models held #1 since the first board (as the runs text counts them), with those seen at #1 only in
    third parties' copies (grades C and D) named as such.

    >>> t = pd.DataFrame({"model": ["a", "b"], "model_name": ["A", "B"],
    ...                   "start": pd.to_datetime(["2025-12-01", "2026-09-03"]), "start_precision": "day",
    ...                   "end": pd.to_datetime(["2025-12-20", "2026-10-10"]), "end_precision": "day",
    ...                   "n_snapshots": [2, 3]})
    >>> print(timeline_title(t))  # doctest: +NORMALIZE_WHITESPACE
    B was #1 on every board from 3 September to 10 October 2026; at least 2 models held #1 since
    December 2025

    ``short``: one line for a chart, counting as the key findings do, with the models seen at #1 only in
    third parties' copies added in brackets.

    >>> print(timeline_title(t, short=True))
    B was #1 from 3 September to 10 October 2026, the last of 2 models seen at #1 since December 2025
    >>> print(timeline_title(t.assign(evidence=["C", "A"]), short=True))  # doctest: +NORMALIZE_WHITESPACE
    B was #1 from 3 September to 10 October 2026, the last of 1 models seen at #1 since December 2025 (2
    counting A, seen only in third parties' copies)
    """
    run = spells.iloc[-1]
    if int(run.get("n_snapshots", 2)) > 1:
        span = (day_range(run["start"], run["end"])
                if run.get("start_precision", "day") == run.get("end_precision", "day") == "day"
                else f"{when(run['start'], run.get('start_precision', 'day'), after='')} to "
                     f"{when(run['end'], run.get('end_precision', 'day'), after='')}")
        text = f"{run['model_name']} was #1 on every board from {span}"
        if short:
            models = spells["model"].nunique()
            firm = (spells.loc[spells["evidence"].astype(str).isin(FIRM_GRADES), "model"].nunique()
                    if "evidence" in spells.columns else models)
            also = _second_hand_count(spells, models, firm)
            return (f"{run['model_name']} was #1 from {span}, the last of {firm} models seen at #1 since "
                    f"{fmt.month(spells['start'].min())}{also}")
    else:
        text = (f"{run['model_name']} was #1 on the board of "
                f"{when(run['end'], run.get('end_precision', 'day'), after='')}")
    return f"{text}; {held_count(spells)}"


def held_count(spells: pd.DataFrame, capital: bool = False) -> str:
    """'at least 4 models held #1 since December 2025, 5 counting a single second-hand (grade C) copy': the
    models with a run at #1 on an archived board or a press report, then with those seen only in third
    parties' copies (grades C and D);
    with ``capital``, the count in words to open a sentence ('Four models ...').

    >>> t = pd.DataFrame({"model": ["a", "b", "c"], "evidence": ["B", "C", "A"],
    ...                   "start": pd.to_datetime(["2025-12-01", "2026-01-29", "2026-04-10"])})
    >>> held_count(t, capital=True)
    'At least two models held #1 since December 2025, three counting a single second-hand (grade C) copy'
    """
    models = spells["model"].nunique()
    firm = (spells.loc[spells["evidence"].astype(str).isin(FIRM_GRADES), "model"].nunique()
            if "evidence" in spells.columns else models)
    weak = models - firm
    first = NUMBER_WORDS.get(firm, str(firm)) if capital else str(firm)
    head = (f"{'At least' if capital else 'at least'} {first} {'model' if firm == 1 else 'models'} held #1 "
            f"since {fmt.month(spells['start'].min())}")
    if not weak:
        return head
    copies = ("a single second-hand (grade C) copy" if weak == 1
              else f"{weak} second-hand (grade C) copies")
    total = NUMBER_WORDS.get(models, str(models)) if capital else str(models)
    return f"{head}, {total} counting {copies}"


NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
                9: "nine", 10: "ten"}


def runs_text(spells: pd.DataFrame, category: str, daily_odds: pd.DataFrame | None = None,
              breaks: pd.DataFrame | None = None, rows: pd.DataFrame | None = None,
              rebuilt: pd.DataFrame | None = None, both: pd.DataFrame | None = None,
              rerated: bool = True, longest: bool = True, count: bool = True) -> str:
    """The chosen pool's runs at #1, in short sentences: how many, the current run and how sure it stayed
    (with ``daily_odds``, :func:`videomarket.leaderboard.daily_leader_odds`, the date of its lowest
    chance), the longest and its days without a board (strictly between two boards), and the runs that rest
    on pages without intervals, each with its copy's label ("around" dates explained once). With ``breaks``
    (:func:`videomarket.leaderboard.epoch_breaks`), a current run that spans a re-anchoring and re-rating
    says so (:func:`spans_rerating`) and, with ``rows`` (the pool's rows), how its lead over the last #2
    before the re-rating ended (:func:`rerated_lead`). With ``rebuilt``
    (:func:`videomarket.data.rebuilt_boards`), the current run's boards rebuilt from text are counted;
    ``both`` (both arenas' rows) goes to :func:`rerated_lead`; without ``rerated`` that lead is left to
    another section (:func:`since_rerating_text`), and without ``longest`` the longest run to a key
    finding; without ``count`` the opening count of runs and changes is left to the section's lead."""
    pool = pool_label(category)
    if spells.empty:
        return f"**{pool}**: no board in the selection shows a #1."
    since = _first_with_leader(spells)
    sentences = [f"**{pool}**: {fmt.count(len(spells), 'run')} at #1 by "
                 f"{fmt.count(spells['model'].nunique(), 'model')} since {since}"
                 + (f": #1 changed hands {changes_count(spells)}." if len(spells) > 1 else ".")]
    if not count:
        sentences = []
    latest = spells.iloc[-1]
    sentences.append(_current_run(latest, daily_odds, rebuilt))
    note = spans_rerating(latest, breaks)
    if note:  # the rule for a run across a re-rating is the method notes'
        sentences.append(f"Its run {note[0].lower()}{note[1:].split(':')[0]}.")
        sentences.append(rerated_lead(latest, daily_odds, breaks, rows, both) if rerated else "")
    widest = spells.sort_values(["days", "start"], ascending=[False, True]).iloc[0]
    if longest and (widest["model"] != latest["model"] or widest["start"] != latest["start"]):
        gap = between_days(0, int(widest["max_gap_days"]))
        inside = (f", with {fmt.count(gap, 'day')} without any board inside it" if gap > UNSEEN_DAYS else "")
        about = "about " if (widest[["start_precision", "end_precision"]].astype(str) != "day").any() else ""
        going = (f"; {latest['model_name']}'s run was still going when the data end"
                 if bool(latest.get("ongoing", False)) else "")
        inside = f", {gap} of them without any board" if gap > UNSEEN_DAYS else ""
        sentences.append(f"{widest['model_name']} was seen at #1 across the widest span ({about}"
                         f"{fmt.count(int(widest['days']), 'day')}{inside}){going}.")
    # the runs resting on pages without intervals are the table's "Kinds of copy" column; how the table
    # counts boards and "around" dates are the method notes'
    return " ".join(t for t in sentences if t)


def _named(run: pd.Series) -> str:
    return f"{run['model_name']} ({_developer(run)})"


def _current_run(run: pd.Series, daily_odds: pd.DataFrame | None = None,
                 rebuilt: pd.DataFrame | None = None) -> str:
    since = when(run["start"], run["start_precision"], after="since")
    boards = int(run["n_snapshots"])
    seen = wording.EVIDENCE_WORDS[str(run["evidence"])]
    if boards > 1:
        span = (day_range(run["start"], run["end"]) if run["start_precision"] == run["end_precision"] == "day"
                else f"{since.removeprefix('since ')} to {when(run['end'], run['end_precision'], after='')}")
        text = (f"{_named(run)} was #1 on every board from {span} ("
                f"{run_length(int(run['days']), boards, distinct=_distinct_count(run, daily_odds))}"
                f"{_rebuilt_words(run, rebuilt, seen, daily_odds)}).")
    else:
        text = f"{_named(run)} was #1 on one board, {since.removeprefix('since ')} (seen in {seen})."
    with_odds = int(run["boards_with_odds"])
    if with_odds and rebuilt is None:  # the short note gives the low in its findings and the runs table
        low = _lowest_day(run, daily_odds)
        on = (f"its {fmt.count(with_odds, 'board')} with intervals" if with_odds >= boards
              else f"the {with_odds} boards with intervals")
        text += (f" Its chance of being truly #1 was never below {probability(float(run['p_leader_min']))}"
                 f"{low} on {on}.")
    return text


def _rebuilt_words(run: pd.Series, rebuilt: pd.DataFrame | None, seen: str,
                   daily_odds: pd.DataFrame | None = None) -> str:
    """'; 24 of its 31 boards are rebuilt copies; its first downloaded board at #1 was 10 September 2026':
    how many of a run's boards were rebuilt from text only (``rebuilt``:
    :func:`videomarket.data.rebuilt_boards`) and its first board downloaded whole; ', seen in <seen>' when
    none was rebuilt."""
    hit = _rebuilt_hits(run, rebuilt)
    if not hit:
        return f", seen in {seen}"
    boards = int(run["n_snapshots"])
    text = f"; {hit} of its {boards} boards are rebuilt copies"
    distinct = _rebuilt_distinct(run, rebuilt, daily_odds)
    if distinct is not None:  # one base with the run's distinct boards
        text = "; all rebuilt" if distinct[0] == distinct[1] else f"; {distinct[0]} of them rebuilt"
    pool = rebuilt[(rebuilt["arena"].astype(str) == str(run["arena"]))
                   & (rebuilt["category"].astype(str) == str(run["category"]))
                   & ~rebuilt["rebuilt_only"].astype(bool)]
    dates = pd.to_datetime(pool["snapshot_date"])
    inside = dates[(dates >= pd.Timestamp(run["start"])) & (dates <= pd.Timestamp(run["end"]))]
    if len(inside) and inside.min() > pd.Timestamp(run["start"]):
        text += f"; its first downloaded board at #1 was {fmt.day(inside.min())}"
    return text


def _distinct_count(run: pd.Series, daily_odds: pd.DataFrame | None) -> int:
    """How many of a run's boards with intervals differ from the board before; 0 when none repeats it
    exactly (or without ``daily_odds``)."""
    if daily_odds is None or daily_odds.empty or "unchanged" not in daily_odds.columns:
        return 0
    days = daily_odds[(daily_odds["model"] == run["model"])
                      & (daily_odds["snapshot_date"] >= pd.Timestamp(run["start"]))
                      & (daily_odds["snapshot_date"] <= pd.Timestamp(run["end"]))].dropna(subset=["p_leader"])
    distinct = int((~days["unchanged"].astype(bool)).sum())
    return 0 if distinct == len(days) else distinct


def _lowest_day(run: pd.Series, daily_odds: pd.DataFrame | None) -> str:
    """' (on 5 September 2026)': the day of the run's lowest chance of being truly #1, if known."""
    low = _lowest(run, daily_odds)
    return "" if low is None else f" (its low, on {fmt.day(low[0])})"


def _lowest(run: pd.Series, daily_odds: pd.DataFrame | None) -> tuple[pd.Timestamp, float] | None:
    """The day and value of a run's lowest chance of being truly #1 in ``daily_odds``, or None."""
    if daily_odds is None or daily_odds.empty:
        return None
    days = daily_odds[(daily_odds["model"] == run["model"])
                      & (daily_odds["snapshot_date"] >= pd.Timestamp(run["start"]))
                      & (daily_odds["snapshot_date"] <= pd.Timestamp(run["end"]))]
    days = days.dropna(subset=["p_leader"])
    if days.empty:
        return None
    at = days["p_leader"].astype(float).idxmin()
    return pd.Timestamp(days.loc[at, "snapshot_date"]), float(days.loc[at, "p_leader"])


def runs_table(spells: pd.DataFrame, rebuilt: pd.DataFrame | None = None,
               breaks: pd.DataFrame | None = None, rows: pd.DataFrame | None = None,
               sources: pd.DataFrame | None = None, daily_odds: pd.DataFrame | None = None,
               headline: pd.DataFrame | None = None) -> pd.DataFrame:
    """The runs at #1 of a :func:`videomarket.leaderboard.spell_odds` table, for :data:`RUNS_TABLE`: dates
    with their precision, chances as numbers (the ``chance`` format shows them). With ``rebuilt``
    (:func:`videomarket.data.rebuilt_boards`), a first or last board whose copies were all rebuilt reads
    "(rebuilt)" after its date, one with some rebuilt copies "(partly rebuilt)". With ``breaks``
    (:func:`videomarket.leaderboard.epoch_breaks`), a run that spans a re-anchoring and re-rating says so
    in its note (:func:`spans_rerating`, kept for callers: the text tells it). The kinds of copy run
    from the best to the weakest; day counts that rest on a page's approximate date read "about 20", and a
    run of one board has no stretch without a board (blank). With ``rows`` (the pool's ranking rows) and
    ``sources``, an approximate first board known from pages all published later names the first of them
    ("around 8 Apr 2026 (MCPlato's page of 10 Apr 2026)"). With ``daily_odds``
    (:func:`videomarket.leaderboard.daily_leader_odds`), a run whose boards repeat one another also gives
    its distinct boards, as report 03 counts them; third parties are named in the Sources, not here. The
    chance on a run's last board is text (:func:`last_chance_text`); with ``headline`` (the headline board
    through :func:`with_counted_twice`) the latest run's gives both readings of a rival listed twice."""
    starts = _marked(spells, "start", rebuilt)
    for i, (_, r) in enumerate(spells.iterrows()):
        page = _later_page(r, rows, sources)
        if page is not None:
            starts[i] += f" ({page[0]}'s page of {page[1]:%-d %b %Y})"
    distinct = [_distinct_count(r, daily_odds) for _, r in spells.iterrows()]
    approx = [str(a) != "day" or str(b) != "day"
              for a, b in zip(spells["start_precision"], spells["end_precision"], strict=True)]
    weakest = spells["evidence_min"] if "evidence_min" in spells.columns else spells["evidence"]
    return _with_developer(spells).assign(
        start_text=starts, end_text=_marked(spells, "end", rebuilt),
        seen_in=[_kinds(str(b), str(w), _rebuilt_share(r, rebuilt, daily_odds))
                 for b, w, (_, r) in zip(spells["evidence"], weakest, spells.iterrows(), strict=True)],
        days=[f"about {int(d)}" if a and int(n) > 1 else int(d)
              for d, n, a in zip(spells["days"], spells["n_snapshots"], approx, strict=True)],
        seen=[run_length(d, n, a, k) + _press_days(r, rows)
              for d, n, a, k, (_, r) in zip(spells["days"], spells["n_snapshots"], approx, distinct,
                                            spells.iterrows(), strict=True)],
        max_gap_days=[pd.NA if int(n) < 2 else f"about {between_days(0, int(d))}" if a and int(n) == 2
                      else between_days(0, int(d))
                      for d, n, a in zip(spells["max_gap_days"], spells["n_snapshots"], approx, strict=True)],
        note=[spans_rerating(r, breaks) for _, r in spells.iterrows()],
        last_text=[last_chance_text(r, headline if i == len(spells) - 1 else None)
                   for i, (_, r) in enumerate(spells.iterrows())],
    )


def _chance_text(p: object) -> object:
    """A chance as a table writes it: '90%', '>99%', '<1%'; missing stays missing.

    >>> _chance_text(0.8958), _chance_text(0.9996), _chance_text(0.001)
    ('90%', '>99%', '<1%')
    """
    if p is None or pd.isna(p):
        return pd.NA
    p = float(p)
    return ">99%" if p >= 0.995 else "<1%" if p <= 0.005 else f"{p * 100:.0f}%"


def last_chance_text(run: pd.Series, headline: pd.DataFrame | None = None) -> object:
    """A run's chance of being truly #1 on its last board; when ``headline`` (the headline board through
    :func:`with_counted_twice`) is that board and gives a rival listed twice another reading, both, as the
    answer gives them.

    >>> run = pd.Series({"model": "w", "start": pd.Timestamp("2026-09-03"), "end": pd.Timestamp("2026-10-10"),
    ...                  "p_leader_last": 0.87865})
    >>> new = pd.DataFrame({"model": ["w"], "p_leader": [0.87865], "p_leader_as_one": [0.93495],
    ...     "pair_name": ["MiniMax H3"], "pair_apart": [1.0],
    ...     "snapshot_date": pd.to_datetime(["2026-10-10"])})
    >>> last_chance_text(run, new)
    '88%–93% (MiniMax H3 as two rivals or one model)'
    >>> last_chance_text(run)
    '88%'
    """
    from videomarket.stories._guide import other_reading

    last = _chance_text(run["p_leader_last"])
    if headline is None or headline.empty or pd.isna(last):
        return last
    if (str(headline["model"].iloc[0]) != str(run["model"])
            or pd.Timestamp(headline["snapshot_date"].iloc[0]) != pd.Timestamp(run["end"])):
        return last
    other, _ = other_reading(headline)
    if other is None or _chance_text(other) == last:
        return last
    low, high = sorted((float(other), float(run["p_leader_last"])))
    pair = headline["pair_name"].iloc[0]
    return f"{_chance_text(low)}–{_chance_text(high)} ({pair} as two rivals or one model)"


def _kinds(best: str, worst: str, rebuilt: str = "") -> str:
    """The best and weakest kind of copy of a run, for a table cell; ``rebuilt`` ("all", "some" or ""):
    how many of the run's boards are archived copies rebuilt from a search index's text.

    >>> _kinds("A", "B"), _kinds("A", "A"), _kinds("B", "C"), _kinds("A", "A", "all")
    ('Archived copy; press report', 'Archived copy', "Press report; third party's copy", \
'Rebuilt copy (not verified)')
    >>> _kinds("A", "A", "3 of 31")
    'Archived copy, 3 of its 31 boards rebuilt, not verified'
    """
    if rebuilt == "all" and best == "A":
        return "Rebuilt copy (not verified)"
    some = ""
    if rebuilt and best == "A":
        hit, _, of = rebuilt.partition(" of ")  # boards of the run, not copies of one board day
        some = f", {hit} of its {of} boards rebuilt, not verified" if of else f", {hit} rebuilt, not verified"
    def graded(g: str) -> str:  # each kind in words, without its grade letter (plain for journalists)
        return wording.EVIDENCE_SHORT[g].removesuffix(f" (grade {g})")

    first = graded(best) + some
    if worst == best or worst not in wording.EVIDENCE_SHORT:
        return first
    second = graded(worst)
    return f"{first}; {second[:1].lower()}{second[1:]}"


def _rebuilt_hits(run: pd.Series, rebuilt: pd.DataFrame | None) -> int:
    """How many boards of a run were rebuilt from a search index's text only."""
    if rebuilt is None or rebuilt.empty:
        return 0
    days = rebuilt[(rebuilt["arena"].astype(str) == str(run["arena"]))
                   & (rebuilt["category"].astype(str) == str(run["category"]))
                   & rebuilt["rebuilt_only"].astype(bool)]
    dates = pd.to_datetime(days["snapshot_date"])
    return int(((dates >= pd.Timestamp(run["start"])) & (dates <= pd.Timestamp(run["end"]))).sum())


def _rebuilt_distinct(run: pd.Series, rebuilt: pd.DataFrame | None,
                      daily_odds: pd.DataFrame | None) -> tuple[int, int] | None:
    """(rebuilt, all) counted in distinct boards (a board day that repeats the one before counted once,
    ``daily_odds``: daily_leader_odds with ``unchanged``); None without them or without a rebuilt board."""
    if (daily_odds is None or daily_odds.empty or "unchanged" not in daily_odds.columns or rebuilt is None
            or rebuilt.empty or not _rebuilt_hits(run, rebuilt)):
        return None
    days = daily_odds[(daily_odds["model"] == run["model"])
                      & (daily_odds["snapshot_date"] >= pd.Timestamp(run["start"]))
                      & (daily_odds["snapshot_date"] <= pd.Timestamp(run["end"]))].dropna(subset=["p_leader"])
    days = days[~days["unchanged"].astype(bool)]
    if days.empty:
        return None
    hits = sum(_is_rebuilt(rebuilt, str(run["arena"]), str(run["category"]), d)
               for d in days["snapshot_date"])
    return int(hits), len(days)


def _rebuilt_share(run: pd.Series, rebuilt: pd.DataFrame | None,
                   daily_odds: pd.DataFrame | None = None) -> str:
    """"all" when every board of a run was rebuilt from a search index's text (``rebuilt``:
    :func:`videomarket.data.rebuilt_boards`, column ``rebuilt_only``), "24 of 31" when some were, else "";
    with ``daily_odds`` counted in distinct boards ("17 of 23 distinct")."""
    hit = _rebuilt_hits(run, rebuilt)
    if not hit:
        return ""
    distinct = _rebuilt_distinct(run, rebuilt, daily_odds)
    if distinct is not None:
        return "all" if distinct[0] >= distinct[1] else f"{distinct[0]} of {distinct[1]} distinct"
    return "all" if hit >= int(run["n_snapshots"]) else f"{hit} of {int(run['n_snapshots'])}"


def spans_rerating(run: pd.Series, breaks: pd.DataFrame | None) -> str:
    """A run's note when it spans a re-anchoring and re-rating (a board on each scale), else empty.

    >>> run = pd.Series({"start": pd.Timestamp("2026-09-03"), "end": pd.Timestamp("2026-10-10")})
    >>> b = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"]),
    ...                   "previous_date": pd.to_datetime(["2026-09-30"])})
    >>> spans_rerating(run, b)  # doctest: +NORMALIZE_WHITESPACE
    'Spans the 1 October 2026 re-rating: the #1 is read board by board, so a run can span the re-rating;
    rank changes and rating gaps are not computed across it'
    """
    if breaks is None or breaks.empty:
        return ""
    start, end = pd.Timestamp(run["start"]), pd.Timestamp(run["end"])
    inside = breaks[(breaks["date"] > start) & (breaks["date"] <= end)]
    if inside.empty:
        return ""
    spans = [f"the {fmt.day(b.date)} re-rating" for b in inside.itertuples()]
    return f"Spans {_listing(spans)}: {RERATING_RULE}"


def rerated_lead(run: pd.Series, daily_odds: pd.DataFrame | None, breaks: pd.DataFrame | None,
                 rows: pd.DataFrame | None, both: pd.DataFrame | None = None) -> str:
    """How a run's lead over the #2 of the last board before a re-rating ended: with the re-rating, not
    with votes, when that #2 has no entry under its name on the first board after it ('' otherwise). With
    ``both`` (ranking rows of both arenas), a later entry whose name extends the #2's is said to be a
    separate entry on the other arena when that arena lists the two on one board.

    >>> run = pd.Series({"model": "w", "start": pd.Timestamp("2026-09-03"),
    ...                  "end": pd.Timestamp("2026-10-10")})
    >>> b = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"]),
    ...                   "previous_date": pd.to_datetime(["2026-09-30"])})
    >>> odds = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30"]), "model": ["w"],
    ...                      "runner_up_name": ["Gemini"], "margin": [3.0]})
    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01"]), "model_name": ["Wan"]})
    >>> rerated_lead(run, odds, b, rows)  # doctest: +NORMALIZE_WHITESPACE
    'Gemini, 3 points behind on 30 September 2026, left the board under that name on 1 October.'
    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01"] * 2), "rank": [1, 2],
    ...                      "model_name": ["Wan", "Gemini 1.1"]})
    >>> print(rerated_lead(run, odds, b, rows))  # doctest: +NORMALIZE_WHITESPACE
    Gemini, 3 points behind on 30 September 2026, left the board under that name on 1 October; a separate
    entry, Gemini 1.1, is #2 of 2 on 1 October — the data cannot tell whether it is the same model renamed.
    """
    if daily_odds is None or daily_odds.empty or rows is None or rows.empty or breaks is None or breaks.empty:
        return ""
    start, end = pd.Timestamp(run["start"]), pd.Timestamp(run["end"])
    inside = breaks[(breaks["date"] > start) & (breaks["date"] <= end) & breaks["previous_date"].notna()]
    if inside.empty:
        return ""
    cut = inside.iloc[0]
    last = daily_odds[(daily_odds["snapshot_date"] == cut["previous_date"])
                      & (daily_odds["model"].astype(str) == str(run["model"]))]
    if last.empty or pd.isna(last["runner_up_name"].iloc[0]):
        return ""
    rival = str(last["runner_up_name"].iloc[0])
    after = set(rows.loc[rows["snapshot_date"] == cut["date"], "model_name"].astype(str))
    if not after or rival in after:
        return ""
    behind = fmt.count(round(float(last['margin'].iloc[0])), 'point')
    day = pd.Timestamp(cut["date"])
    text = (f"{rival}, {behind} behind on {fmt.day(cut['previous_date'])}, left the board under that name on "
            f"{day.day} {day:%B}")
    newest = rows[rows["snapshot_date"] == rows["snapshot_date"].max()]
    twin = newest[newest["model_name"].astype(str).str.startswith(f"{rival} ")]
    if len(twin) and "rank" in twin.columns:
        entry = twin.iloc[0]
        text += (f"; a separate entry, {entry['model_name']}, is #{int(entry['rank'])} of {len(newest)} on "
                 f"{pd.Timestamp(entry['snapshot_date']):%-d %B} — the data cannot tell whether it is the "
                 "same model renamed")
        other = other_arena(str(run.get("arena", "")))
        if both is not None and _listed_together(both, other, str(run.get("category", "")),
                                                 rival, str(entry["model_name"])):
            text += (f". On {other}, {entry['model_name']} is listed beside {rival}, so there they are "
                     "separate entries")
    return text + "."


def _listed_together(rows: pd.DataFrame, arena: str, category: str, a: str, b: str) -> bool:
    """Whether ``arena`` lists models named ``a`` and ``b`` (names by :func:`arena_name`) on one board of
    ``category``."""
    mine = rows[(rows["arena"].astype(str) == arena) & (rows["category"].astype(str) == category)]
    if mine.empty:
        return False
    names = [arena_name(m, n, rows) for m, n in zip(mine["model"], mine["model_name"], strict=True)]
    named = mine.assign(_name=names)
    days = named.groupby("snapshot_date")["_name"].agg(set)
    return any({a, b} <= d for d in days)


def _marked(spells: pd.DataFrame, side: str, rebuilt: pd.DataFrame | None) -> list[str]:
    """:func:`_dated`, with "(rebuilt)" or "(partly rebuilt)" after a board rebuilt from a search index's
    text."""
    texts = _dated(spells, side)
    if rebuilt is None or rebuilt.empty or spells.empty:
        return texts
    marks = {(str(r.arena), str(r.category), pd.Timestamp(r.snapshot_date).normalize()):
             f" ({_copy_word(r.rebuilt_only, r.checked)})" for r in rebuilt.itertuples()
             if _copy_word(r.rebuilt_only, r.checked)}
    return [t + marks.get((str(a), str(c), pd.Timestamp(d).normalize()), "") if p == "day" else t
            for t, a, c, d, p in zip(texts, spells["arena"], spells["category"], spells[side],
                                     spells[f"{side}_precision"], strict=True)]


def _dated(spells: pd.DataFrame, side: str) -> list[str]:
    """A run's first or last board date for a table cell, with its precision."""
    return [short_when(d, p) for d, p in zip(spells[side], spells[f"{side}_precision"], strict=True)]


_POOL_COLUMNS = ["pool", "first", "runs", "lasting", "models", "leader", "developer", "since", "since_text",
                 "latest_text", "last", "last_correlated", "longest", "longest_days", "longest_status"]


def pool_leaders_table(spells_by_pool: Mapping[str, pd.DataFrame],
                       rebuilt: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per pool: its first board with a #1, runs, models, the latest #1, its run's first and latest
    board (marked "(rebuilt)" or "(partly rebuilt)" from ``rebuilt``, :func:`videomarket.data.rebuilt_boards`)
    and how sure on the latest, for :data:`POOL_LEADERS_TABLE`; a latest #1 under :data:`OPEN_RACE` reads
    "(open race)" after its name."""
    records = []
    for category, spells in _in_pool_order(spells_by_pool):
        if spells.empty:
            continue
        run = spells.iloc[-1]
        records.append({
            "pool": pool_label(category), "first": spells["start"].iloc[0], "runs": len(spells),
            "lasting": lasting_runs(spells), "models": spells["model"].nunique(),
            "leader": run["model_name"] + (" (open race)" if pd.notna(run["p_leader_last"])
                                           and float(run["p_leader_last"]) < OPEN_RACE else ""),
            "developer": _developer(run),
            "since": run["start"], "last": _chance_cell(run["p_leader_last"]),
            "since_text": _marked(spells.tail(1), "start", rebuilt)[0],
            "latest_text": _marked(spells.tail(1), "end", rebuilt)[0],
            "last_correlated": _chance_cell(run["p_leader_last_correlated"]),
            **_longest_cells(spells),
        })
    return pd.DataFrame.from_records(records, columns=_POOL_COLUMNS)


def _copy_word(rebuilt_only: object, checked: object) -> str:
    """"rebuilt" when every copy of a board day was rebuilt, "partly rebuilt" when it has a rebuilt and a
    downloaded copy, "" when every copy was downloaded (a row of :func:`videomarket.data.rebuilt_boards`).

    >>> _copy_word(True, False), _copy_word(False, True), _copy_word(False, False)
    ('rebuilt', 'partly rebuilt', '')
    """
    return "rebuilt" if bool(rebuilt_only) else "partly rebuilt" if bool(checked) else ""


def _longest_cells(spells: pd.DataFrame) -> dict[str, object]:
    longest = spells.sort_values(["days", "start"], ascending=[False, True]).iloc[0]
    return {"longest": longest["model_name"], "longest_days": int(longest["days"]),
            "longest_status": "yes" if bool(longest["ongoing"]) else "no"}


# --- how the lead changed hands ---------------------------------------------------------------------------


# --- the December 2025 launch -----------------------------------------------------------------------------


# --- day by day in the archive ----------------------------------------------------------------------------


def place(rank: object, of: object, tied: object = False, mark: str = "#") -> str:
    """A rank on a board of ``of`` models, '=' before a rank shared by models with the same rating.

    >>> place(16, 30), place(9, 81, True), place(9, 81, True, mark="=")
    ('#16 of 30', '#=9 of 81', '=9 of 81')
    """
    shared = "=" if bool(tied) else ""
    lead = shared if mark == "=" else f"#{shared}"
    return f"{lead}{int(rank)} of {int(of)}"


# --- how sure is the latest #1 ----------------------------------------------------------------------------

def day_spans(dates: Iterable[object]) -> str:
    """Days of one month as spans: '2 and 4–6 October 2026'; other dates as :func:`day_list`.

    >>> day_spans(pd.to_datetime(["2026-10-02", "2026-10-04", "2026-10-05", "2026-10-06"]))
    '2 and 4–6 October 2026'
    """
    days = sorted({pd.Timestamp(d).normalize() for d in dates})
    if not days or len({(d.year, d.month) for d in days}) > 1:
        return day_list(days)
    spans: list[list[pd.Timestamp]] = []
    for d in days:
        if spans and (d - spans[-1][-1]).days == 1:
            spans[-1].append(d)
        else:
            spans.append([d])
    parts = [f"{g[0].day}" if len(g) == 1 else f"{g[0].day}–{g[-1].day}" for g in spans]
    return f"{_listing(parts)} {days[0]:%B %Y}"


def _distinct_pairs(based_on: pd.DataFrame | None) -> pd.DataFrame:
    if based_on is None or based_on.empty:
        return pd.DataFrame(columns=["model_name"])
    return based_on[~based_on["identical"].astype(bool)]


def odds_table(odds: pd.DataFrame, rows: int = 6) -> pd.DataFrame:
    """The top ``rows`` of a :func:`videomarket.leaderboard.board_leader_odds` table, for :data:`ODDS_TABLE`;
    the last row's chance of rating above the next model down compares with the first model not shown
    (blank only for the board's last model)."""
    top = _with_developer(odds.head(rows))
    return top.assign(above_next=top["p_above_next"].astype("Float64"))


# --- rating drift of former leaders -----------------------------------------------------------------------


# --- which developers hold the top places -----------------------------------------------------------------

def ties_note(share: pd.DataFrame, top_n: int, rebuilt: pd.DataFrame | None, arena: str,
              category: str) -> str:
    """A method note: how many complete boards (``share``, :func:`videomarket.leaderboard.creator_share`)
    count more than ``top_n`` places because ties at #``top_n`` all count, and how many of them were rebuilt
    (``rebuilt``: :func:`videomarket.data.rebuilt_boards`); '' when none.

    >>> sh = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-07-01", "2026-07-01", "2026-07-02"]),
    ...                    "places": [6, 5, 10]})
    >>> print(ties_note(sh, 10, None, "AA", "t2v"))  # doctest: +NORMALIZE_WHITESPACE
    - **Ties at #10.** Every model ranked #10 or better counts, so ties at #10 give 1 board 11 places.
    """
    totals = share.groupby("snapshot_date")["places"].sum() if len(share) else pd.Series(dtype=float)
    if not (totals > top_n).any():
        return ""
    over = totals[totals > top_n]
    sizes = sorted(int(v) for v in over.unique())
    hit = sum(_is_rebuilt(rebuilt, arena, category, pd.Timestamp(d)) for d in over.index)
    return (f"- **Ties at #{top_n}.** Every model ranked #{top_n} or better counts, so ties at #{top_n} give "
            f"{fmt.count(len(over), 'board')} {_listing([str(v) for v in sizes], 'or')} places"
            + (f" ({'all' if hit == len(over) else hit} of them rebuilt, where ties may come from rounding)."
               if hit else "."))


FRACTION_WORDS = {2: "half", 3: "third", 4: "quarter", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
                  9: "ninth", 10: "tenth"}


def rerated_top_note(rows: pd.DataFrame, breaks: pd.DataFrame | None, epochs: pd.DataFrame, arena: str,
                     category: str, top_n: int = 10) -> str:
    """What the re-rating did to the top places: the top ``top_n`` of the first board after it against the
    last board before (each board's ranked models, ``rows``: the pool's ranking rows), and where the new
    anchor (``epochs``: :func:`videomarket.data.load_scale_epochs`) and its developer stand on the latest
    board; '' without a re-rating or boards on both sides.

    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30"] * 81 + ["2026-10-01"] * 30
    ...                                                      + ["2026-10-10"] * 2),
    ...     "model": [f"m{i}" for i in range(81)] + [f"n{i}" for i in range(30)] + ["w", "k"],
    ...     "model_name": ["x"] * 111 + ["Wan", "Kling X"], "creator": ["c"] * 112 + ["KlingAI"],
    ...     "rank": list(range(1, 82)) + list(range(1, 31)) + [1, 14], "elo": [1.0] * 111 + [1129.0, 1000.0]})
    >>> ep = pd.DataFrame({"arena": ["AA"], "category": ["t2v"], "start": pd.to_datetime(["2026-10-01"]),
    ...                    "anchor_model_name": ["Kling X"], "anchor_elo": [1000.0]})
    >>> br = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"])})
    >>> print(rerated_top_note(rows, br, ep, "AA", "t2v"))  # doctest: +NORMALIZE_WHITESPACE
    The re-rating also pruned the board: on 1 October 2026 the top 10 became the top third of a 30-model
    board, not the top eighth of an 81-model one. Kuaishou is still listed: its Kling X, the new
    [anchor](#glossary-anchor) fixed at 1,000, is #14 on the latest board, 10 October 2026.
    """
    if breaks is None or breaks.empty:
        return ""
    rerated = pd.Timestamp(breaks["date"].iloc[0])
    ranked = rows[rows["rank"].notna()]
    days = pd.to_datetime(ranked["snapshot_date"])
    before, after = days[days < rerated], days[days >= rerated]
    if before.empty or after.empty:
        return ""
    old = ranked.loc[days == before.max(), "model"].nunique()
    new = ranked.loc[days == after.min(), "model"].nunique()

    def part(n: int) -> str:
        return FRACTION_WORDS.get(round(n / top_n), f"top {top_n} of {n}")

    def an(n: int) -> str:
        return "an" if str(n).startswith("8") or n in (11, 18) else "a"

    text = (f"The re-rating also pruned the board: on {fmt.day(after.min())} the top {top_n} became the top "
            f"{part(new)} of {an(new)} {new}-model board, not the top {part(old)} of {an(old)} "
            f"{old}-model one."
            if old > new else "")
    anchor = rerating_anchor(epochs, rows, arena, category, breaks)
    latest = ranked[days == days.max()]
    mine = latest[latest["model_name"] == anchor[0]] if anchor is not None else latest.iloc[0:0]
    if len(mine):
        fixed = epochs.loc[epochs["anchor_model_name"] == anchor[0], "anchor_elo"]
        at = f" fixed at {float(fixed.iloc[0]):,.0f}" if len(fixed) and pd.notna(fixed.iloc[0]) else ""
        text += (f" {anchor[1]} is still listed: its {anchor[0]}, the new {term('anchor', 'anchor')}{at}, is "
                 f"#{int(mine['rank'].iloc[0])} on the latest board, {fmt.day(days.max())}.")
    return text.strip()


def developers_text(places: pd.DataFrame | None, boards: int, top_n: int, arena: str, category: str,
                    rescale: pd.DataFrame | None = None, share: pd.DataFrame | None = None,
                    based_on: pd.DataFrame | None = None, board_rows: pd.DataFrame | None = None,
                    rebuilt: pd.DataFrame | None = None, latest: bool = True, ties: bool = True,
                    averages: bool = True) -> str:
    """Who holds the top places, per board, by parent company (a
    :func:`videomarket.leaderboard.creator_places` table of ``boards`` complete boards, with
    a ``weighted_places`` column if present), and, with ``rescale``
    (:func:`videomarket.leaderboard.reanchoring_moves`), the board sizes the top places come from. With
    ``share`` (the complete boards' :func:`videomarket.leaderboard.creator_share` rows), how many boards
    count more than ``top_n`` places (every model ranked #``top_n`` or better counts) and on how many
    boards the first developer held more places than the second; with ``based_on``
    (:func:`videomarket.leaderboard.based_on_odds`), the near-identical pair on the latest board; with
    ``board_rows`` (archived :func:`videomarket.leaderboard.daily_boards` rows), the range of board sizes per
    scale; with ``rebuilt`` (:func:`videomarket.data.rebuilt_boards`), how many of the over-full boards were
    rebuilt (whole-number ratings, so their ties may come from rounding). With ``board_rows``, complete
    boards fewer than the archived ones are reconciled (the partial copies' dates); without ``latest``,
    the latest board's developers are left to the chart and table; without ``ties``, the over-full boards
    are left to :func:`ties_note`; without ``averages``, the developers' mean places per board are left to
    the table (they mix periods the archive sampled unevenly)."""
    if places is None or places.empty:
        return (f"No complete archived top-{top_n} board of the {_pool(arena, category)} in this selection: "
                "shares of the top places cannot be shown.")
    latest_most = places[places["latest_places"] == places["latest_places"].max()]
    holds = "held" if len(latest_most) == 1 else "each held"
    partial = ""
    if board_rows is not None and share is not None and len(share):
        days = pd.to_datetime(board_rows["snapshot_date"]).drop_duplicates()
        missing = sorted(set(days) - set(pd.to_datetime(share["snapshot_date"])))
        if missing:
            partial = (f" (of {len(days)} archived, less the partial "
                       f"{'copy' if len(missing) == 1 else 'copies'} of {day_list(missing)})")
    text = (f"Over {fmt.count(boards, 'complete archived board')}{partial}, "
            f"{fmt.count(len(places), 'developer')} held at least one of the top {top_n} places.")
    totals = share.groupby("snapshot_date")["places"].sum() if share is not None and len(share) else None
    if ties and totals is not None and (totals > top_n).any():
        sizes = sorted(int(v) for v in totals[totals > top_n].unique())
        text += (f" Every model ranked #{top_n} or better counts, so ties at #{top_n} give "
                 f"{fmt.count(int((totals > top_n).sum()), 'board')} "
                 f"{_listing([str(v) for v in sizes], 'or')} places")
        full = [pd.Timestamp(d) for d in totals[totals > top_n].index]
        hit = sum(_is_rebuilt(rebuilt, arena, category, d) for d in full)
        text += (f" ({hit} of them {term('rebuilt-file', 'rebuilt')}, where ties may come from rounding)."
                 if hit else ".")
    if averages and len(places) > 1:
        first, second = places.iloc[0], places.iloc[1]
        text += (f" {first['creator']} averages {first['mean_places']:.1f} places per board and "
                 f"{second['creator']} {second['mean_places']:.1f}")
        if share is not None and len(share):
            wide = share.pivot_table(index="snapshot_date", columns="creator", values="places",
                                     aggfunc="sum", fill_value=0)
            a = wide.get(first["creator"], 0) - wide.get(second["creator"], 0)
            pair = _leading_pair(places)
            if pair is not None and pair[2] == "distinct_places":
                x, y, column = pair
                close = abs(float(x[column]) - float(y[column])) < LEVEL_PLACES
                text += (f"; but the archive copied some weeks daily, and counting each distinct board once "
                         f"({int(x['distinct_boards'])} of them) gives {x['creator']} {float(x[column]):.1f} "
                         f"and {y['creator']} {float(y[column]):.1f}"
                         + (": the two are close" if close else ""))
            else:
                text += (f"; {first['creator']} held more places than {second['creator']} on "
                         f"{int((a > 0).sum())} of these boards and fewer on {int((a < 0).sum())}")
        text += "."
    if not latest:
        return text + _sizes_words(rescale, top_n, board_rows, share)
    pairs = _distinct_pairs(based_on)
    pair = (f" ({pairs.iloc[0]['model_name']} and {pairs.iloc[0]['same_as_name']} count as 2; they may be "
            f"one entry, see {DOUBLE_ENTRY})") if len(pairs) else ""
    text += (f" On the latest board {_listing(latest_most['creator'])} {holds} "
             f"{fmt.count(int(latest_most['latest_places'].iloc[0]), 'place')}{pair}, and the top {top_n} "
             f"spread over {fmt.count(int((places['latest_places'] > 0).sum()), 'developer')}.")
    return text + _sizes_words(rescale, top_n, board_rows, share)


def _sizes_words(rescale: pd.DataFrame | None, top_n: int, sizes: pd.DataFrame | None = None,
                 share: pd.DataFrame | None = None) -> str:
    """The sizes of the boards the top places come from, per scale: with ``sizes`` (the archived rows of
    :func:`videomarket.leaderboard.daily_boards`) and ``share`` (the complete boards), the smallest and
    largest complete board before and after the re-rating; else the two boards either side of it."""
    summary = rescale_summary(rescale, top_n)
    if summary is None:
        return ""
    if sizes is not None and share is not None and len(share) and "scale_epoch" in sizes.columns:
        kept = sizes[pd.to_datetime(sizes["snapshot_date"]).isin(set(pd.to_datetime(share["snapshot_date"])))]
        if "rank" in kept.columns:  # a board's size is its ranked models, as the movers table gives it
            kept = kept[kept["rank"].notna()]
        counts = kept.groupby(["snapshot_date"], observed=True).agg(
            n=("model", "nunique"), epoch=("scale_epoch", "first"))
        after = pd.to_datetime(counts.index) >= pd.Timestamp(summary["date"])
        spans = [counts.loc[~after, "n"], counts.loc[after, "n"]]
        if all(len(v) for v in spans):
            words = [f"{int(v.min())}" if v.min() == v.max() else f"{int(v.min())}–{int(v.max())}"
                     for v in spans]
            return (f" The top {top_n} come from boards of {words[0]} models before the re-rating and "
                    f"{words[1]} after.")
    return (f" The top {top_n} come from boards of {summary['size_before']} models up to "
            f"{fmt.day(summary['previous_date'])} and of {summary['size_after']} on the first board after "
            f"the re-rating, {fmt.day(summary['date'])}.")


LEVEL_PLACES = 0.5  # two developers this close in places per board are "close": the copies cannot rank them


STOOD_CAP = 7  # days a distinct board is taken to have stood at most: a longer wait for the next is unseen


def with_distinct_places(places: pd.DataFrame, share: pd.DataFrame, boards: pd.DataFrame) -> pd.DataFrame:
    """``places`` (:func:`videomarket.leaderboard.creator_places`) with ``distinct_places``, the mean places
    per distinct board (a complete board of ``share`` whose models and ratings in ``boards``, the archived
    :func:`videomarket.leaderboard.daily_boards` rows, differ from the board before), each weighted by the
    days it stood, from its first copy to the next distinct board's, at most :data:`STOOD_CAP` (the newest
    board: one day), so neither how often a week was copied nor how often the board changed sways it;
    ``distinct_boards``, how many; ``distinct_days``, the days weighed in all.

    >>> share = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-08-01", "2026-08-02", "2026-08-03"]),
    ...                       "creator": ["Google", "Google", "Kuaishou"], "places": [2, 2, 3]})
    >>> boards = pd.DataFrame({"snapshot_date": share["snapshot_date"], "model": ["v", "v", "k"],
    ...                        "elo": [1000.0, 1000.0, 1010.0]})
    >>> places = pd.DataFrame({"creator": ["Google", "Kuaishou"], "mean_places": [4 / 3, 1.0]})
    >>> out = with_distinct_places(places, share, boards)
    >>> out["distinct_places"].round(2).tolist(), out["distinct_boards"].tolist()
    ([1.33, 1.0], [2, 2])
    >>> out["distinct_days"].tolist()
    [3, 3]
    """
    wide, stood = _stood_places(share, boards)
    kept = list(stood.index)
    means = (wide.mul(stood, axis=0).sum() / stood.sum() if len(kept) else pd.Series(dtype=float))
    return places.assign(distinct_places=places["creator"].map(means).fillna(0.0).astype(float).to_numpy(),
                         distinct_boards=len(kept), distinct_days=int(stood.sum()))


def places_by_period(share: pd.DataFrame, boards: pd.DataFrame, split: object) -> tuple[pd.Series, pd.Series]:
    """Each developer's top places per distinct board, weighted by the days it stood as in
    :func:`with_distinct_places` (weights from all the boards, so the last board before ``split`` stands
    until the next board), before ``split`` and from it on.

    >>> share = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-28", "2026-09-30", "2026-10-01"]),
    ...                       "creator": ["K", "K", "A"], "places": [2, 3, 4]})
    >>> boards = pd.DataFrame({"snapshot_date": share["snapshot_date"], "model": ["k", "j", "a"],
    ...                        "elo": [1.0, 2.0, 3.0]})
    >>> before, after = places_by_period(share, boards, "2026-10-01")
    >>> before.round(2).to_dict(), after.to_dict()
    ({'A': 0.0, 'K': 2.33}, {'A': 4.0, 'K': 0.0})
    """
    wide, stood = _stood_places(share, boards)
    cut = pd.to_datetime(pd.Series(wide.index)) < pd.Timestamp(split)
    parts = []
    for mask in (cut.to_numpy(), ~cut.to_numpy()):
        w, st = wide[mask], stood[mask]
        parts.append(w.mul(st, axis=0).sum() / st.sum() if st.sum() else pd.Series(0.0, index=wide.columns))
    return parts[0], parts[1]


def _stood_places(share: pd.DataFrame, boards: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """The places of each distinct complete board (rows) by developer (columns), and the days each stood
    (at most :data:`STOOD_CAP`; the newest board: one day), for :func:`with_distinct_places`."""
    days = set(pd.to_datetime(share["snapshot_date"]))
    rows = boards[pd.to_datetime(boards["snapshot_date"]).isin(days)]
    signature = {pd.Timestamp(d): tuple(sorted(zip(g["model"].astype(str), g["elo"].astype(float).round(1),
                                                   strict=True)))
                 for d, g in rows.groupby("snapshot_date", observed=True)}
    kept, previous = [], None
    for day in sorted(signature):
        if signature[day] != previous:
            kept.append(day)
        previous = signature[day]
    wide = (share[pd.to_datetime(share["snapshot_date"]).isin(kept)]
            .pivot_table(index="snapshot_date", columns="creator", values="places", aggfunc="sum",
                         fill_value=0))
    waits = [min((b - a).days, STOOD_CAP) for a, b in itertools.pairwise(kept)]
    stood = pd.Series([*waits, 1], index=kept) if len(kept) else pd.Series(dtype=int)
    return wide.reindex(kept, fill_value=0), stood


def _leading_pair(places: pd.DataFrame) -> tuple[pd.Series, pd.Series, str] | None:
    """The two developers with most places per board (per distinct board where counted) and the column."""
    column = "distinct_places" if "distinct_places" in places.columns else "mean_places"
    if len(places) < 2:
        return None
    ordered = places.sort_values(column, ascending=False, kind="stable")
    return ordered.iloc[0], ordered.iloc[1], column


def shares_title(places: pd.DataFrame, boards: int, top_n: int, share: pd.DataFrame | None = None,
                 breaks: pd.DataFrame | None = None, anchor: tuple[str, str] | None = None, *,
                 dates: bool = False) -> str:
    """The developer-share chart's title: with ``share`` (complete boards of
    :func:`videomarket.leaderboard.creator_share`) where two developers took turns at the most places, the
    key finding's trend (:func:`developers_trend`, without the pool); else who held the most top places on
    average per board (per distinct board where :func:`with_distinct_places` counted them), or, when the
    first two are within :data:`LEVEL_PLACES`, that they are close (every model ranked #``top_n`` or better
    counts); ``dates`` as :func:`developers_trend`'s."""
    trend = (developers_trend(share, top_n, breaks, anchor=anchor, dates=dates) if share is not None
             and len(share) else "")
    if trend:
        return re.sub(r"\[([^]]*)\]\([^)]*\)", r"\1", trend).removesuffix(".")  # a title takes no links
    pair = _leading_pair(places)
    if pair is not None and abs(float(pair[0][pair[2]]) - float(pair[1][pair[2]])) < LEVEL_PLACES:
        a, b, column = pair
        per = "distinct board" if column == "distinct_places" else "board"
        return (f"{a['creator']} and {b['creator']} held close shares of the top-{top_n} places: "
                f"{float(a[column]):.1f} and {float(b[column]):.1f} per {per}")
    best = places.iloc[0]
    return (f"{best['creator']} held the most top-{top_n} places on average: "
            f"{best['mean_places']:.1f} per board over {fmt.count(boards, 'board')} "
            f"(ties at #{top_n} all count)")


def shares_subtitle(share: pd.DataFrame | None, arena: str, category: str, top_n: int = 10, *,
                    rebuilt: pd.DataFrame | None = None) -> str:
    """The developer-share chart's subtitle: the pool and, when a board's bar passes ``top_n``, why
    (models tied at #``top_n`` all count). ``share``: :func:`videomarket.leaderboard.creator_share`'s rows.
    With ``rebuilt`` (rebuilt_boards), when every such board is a rebuilt copy, that its tie may come from
    rounding (the method notes tell more).

    >>> share = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-05-14"] * 2), "places": [6, 6]})
    >>> shares_subtitle(share, "AA", "text-to-video")
    'AA, text to video (silent); a bar above 10: models tied at #10 all count'
    >>> shares_subtitle(share.assign(places=[6, 4]), "AA", "text-to-video")
    'AA, text to video (silent)'
    >>> rb = pd.DataFrame({"arena": "AA", "category": "text-to-video", "rebuilt_only": [True],
    ...                    "checked": [False], "snapshot_date": pd.to_datetime(["2026-05-14"])})
    >>> print(shares_subtitle(share, "AA", "text-to-video", rebuilt=rb))  # doctest: +NORMALIZE_WHITESPACE
    AA, text to video (silent); a bar above 10: models tied at #10 all count; every such board is a rebuilt
    copy, whose tie may come from rounding (method notes)
    """
    head = f"{arena}, {pool_label(category).lower()}"
    if share is None or share.empty or "places" not in share:
        return head
    totals = share.groupby("snapshot_date")["places"].sum()
    if totals.max() <= top_n:
        return head
    text = f"{head}; a bar above {top_n}: models tied at #{top_n} all count"
    over = [pd.Timestamp(d) for d in totals.index[totals > top_n]]
    if rebuilt is not None and all(_is_rebuilt(rebuilt, arena, category, d) for d in over):
        text += "; every such board is a rebuilt copy, whose tie may come from rounding (method notes)"
    return text


# --- the other arena --------------------------------------------------------------------------------------

def other_arena(arena: str) -> str:
    """The arena not chosen: LMArena for Artificial Analysis and the other way round."""
    return "LMArena" if arena == "Artificial Analysis" else "Artificial Analysis"


def selection_note(rows: pd.DataFrame, arena: str, grades: Sequence[str], other: bool = False) -> str:
    """What the note's selection holds, as a method-note bullet: the arena's board dates and the evidence
    grades used (``rows``: the windowed rankings; ``grades``: the grades kept), so a reader of a variant
    built with other parameters sees what changed; with ``other``, the other arena's board dates too (its
    own section).

    >>> rows = pd.DataFrame({"arena": "AA", "snapshot_date": pd.to_datetime(["2025-12-01", "2026-10-10"])})
    >>> print(selection_note(rows, "AA", ["A", "B", "C"]))  # doctest: +NORMALIZE_WHITESPACE
    - **Selection.** This note uses the AA boards dated 1 December 2025 to 10 October 2026, with evidence
    graded A, B or C; unverified quotes (grade D) are left out.
    """
    mine = rows[rows["arena"].astype(str) == arena]
    graded = _listing(grades, "or")
    d_words = ("unverified quotes (grade D) are included" if "D" in grades
               else "unverified quotes (grade D) are left out")
    dates = day_range(mine["snapshot_date"].min(), mine["snapshot_date"].max())
    theirs = rows[rows["arena"].astype(str) == other_arena(arena)] if other else rows[:0]
    if len(theirs):
        dates += (f" and, in its own section, the {other_arena(arena)} boards dated "
                  f"{day_range(theirs['snapshot_date'].min(), theirs['snapshot_date'].max())}")
    return (f"- **Selection.** This note uses the {arena} boards dated {dates}, with evidence graded "
            f"{graded}; {d_words}.")


def other_arena_heading(arena: str, level: int = 2) -> str:
    """The section heading (of ``level``, 2 = "##") for the arena not chosen."""
    return f"{'#' * level} {other_arena(arena)}, on its own scale"


def _other_runs(rows: pd.DataFrame, arena: str, category: str) -> pd.DataFrame | None:
    other = other_arena(arena)
    present = set(rows.loc[rows["arena"].astype(str) == other, "category"].astype(str))
    if category not in present:
        return None
    spells = spell_odds(rows, other, category)
    return spells.assign(name=[arena_name(m, n, rows) for m, n in zip(spells["model"], spells["model_name"],
                                                                        strict=True)])


def other_arena_table(rows: pd.DataFrame, arena: str, category: str,
                      rebuilt: pd.DataFrame | None = None) -> pd.DataFrame:
    """The other arena's runs at #1 in the same pool, for :data:`OTHER_RUNS_TABLE` (names as words, dates
    with their precision and "(rebuilt)" after a board ``rebuilt`` (:func:`videomarket.data.rebuilt_boards`)
    has rebuilt from text, chances as numbers); empty when it has no such pool."""
    spells = _other_runs(rows, arena, category)
    if spells is None:
        return pd.DataFrame(columns=list(wording.OTHER_RUNS_TABLE))
    return _with_developer(spells).assign(
        start_text=_marked(spells, "start", rebuilt), end_text=_marked(spells, "end", rebuilt),
    )


# --- appendix ---------------------------------------------------------------------------------------------


def pair_entries(rows: pd.DataFrame, based_on: pd.DataFrame | None) -> list[str]:
    """The usual names (:func:`first_names`) of the board entries behind a near-identical "based on" pair
    (:func:`videomarket.leaderboard.based_on_odds`): the pair's two entries and any entry listed under the
    name the variant is "based on", first board first; [] without a pair."""
    if based_on is None or based_on.empty:
        return []
    ids = set(based_on["model"].astype(str)) | set(based_on["same_as"].astype(str))
    spelled = rows[rows["model"].astype(str).isin(ids)]["model_name"].astype(str)
    roots = {m.group(1) for m in spelled.map(lambda n: re.search(r"\(based on (.+)\)$", n)).dropna()}
    ids |= set(rows.loc[rows["model_name"].astype(str).isin(roots), "model"].astype(str))
    mine = rows[rows["model"].astype(str).isin(ids)]
    usual = first_names(mine).groupby("model")["model_name"].first()
    order = mine.groupby("model")["snapshot_date"].min().sort_values().index
    return [str(usual[m]) for m in order]


def names_note(rows: pd.DataFrame, arena: str, category: str, history: pd.DataFrame | None = None,
               told: Sequence[str] = ()) -> str:
    """A method note on names: they are the boards' own; an entry a board renamed is followed under one
    identity (an example from the pool's rows), while differently named entries stay apart even when the
    names look alike (examples among the models of ``history``, the top places drawn). Entries whose
    usual name is in ``told`` (:func:`pair_entries`, told once elsewhere) are left out."""
    pool = rows[(rows["arena"].astype(str) == arena) & (rows["category"].astype(str) == category)
                & (rows["evidence"].astype(str) == "A")]
    text = ("- **Names.** One rule: a model keeps, in every sentence, table and chart, the name most of its "
            "boards gave it.")
    names = pool.sort_values("snapshot_date").groupby("model")["model_name"].unique()
    arena_rows = rows[rows["arena"].astype(str) == arena]
    usual = first_names(arena_rows).groupby("model")["model_name"].first()
    taken = {str(usual[m]): m for m in names.index if m in usual.index}
    renamed, borrowed = [], []
    for m, spellings in names[names.map(len) > 1].items():
        if str(usual.get(m, "")) in set(told):
            continue
        other = [n for n in spellings if n != usual[m] and taken.get(n, m) == m]
        borrowed += [(usual[m], n, pool[(pool["model"] == m) & (pool["model_name"] == n)]["snapshot_date"])
                     for n in spellings if taken.get(n, m) != m]
        if other:
            renamed.append((usual[m], other))
    if renamed:
        told = "; ".join(f"{name}, also listed as {_listing(other, 'or')}" for name, other in renamed)
        text += f" Entries the board renamed are followed as one model each: {told}."
    for name, label, days in borrowed:
        board = "board" if days.nunique() == 1 else "boards"
        text += (f" The {board} of {day_list(days.unique())} list{'s' if board == 'board' else ''} {name} as "
                 f"{label}, the name of another "
                 "entry; the data cannot tell whether the two are one model, so this note keeps the board's "
                 "labels.")
    skip = {str(n) for n in told}
    pairs = [p for p in look_alikes(history if history is not None else pool)
             if not any({p[0], p[1]} == {name, label} for name, label, _ in borrowed)]
    pairs = [p for p in pairs if str(p[0]) not in skip and str(p[1]) not in skip]
    if pairs:
        text += (" Differently named entries are counted as separate entries of the board, even when "
                 "the names look alike: "
                 + "; ".join(f"{a} and {b}" for a, b in pairs[:4]) + ".")
    if arena == "Artificial Analysis" or other_arena(arena) in set(rows["arena"].astype(str)):
        text += (" LMArena lists models by lower-case ids; this note gives Artificial Analysis's name where "
                 "both arenas list the same model, even with the words in another order (LMArena's "
                 "\"gemini-omni-1.1-flash\" is Gemini Omni Flash 1.1), else the id written as words.")
    return text


def look_alikes(table: pd.DataFrame) -> list[tuple[str, str]]:
    """Pairs of different models whose names look alike: one name, letters and digits only, starts the
    other's, which goes on after a space, hyphen or bracket ("Wan 2.7" and "Wan2.7-260612"), not after a
    version dot ("Veo 3" and "Veo 3.1" are plainly two versions).

    >>> t = pd.DataFrame({"model": ["a", "b", "c", "d"], "model_name": ["Wan 2.7", "Wan2.7-260612", "Veo 3",
    ...                   "Veo 3.1"], "snapshot_date": pd.to_datetime(["2026-09-30"] * 4)})
    >>> look_alikes(t)
    [('Wan 2.7', 'Wan2.7-260612')]
    """
    if table is None or table.empty:
        return []
    latest = table.sort_values("snapshot_date").groupby("model")["model_name"].last().astype(str)
    keys = {m: re.sub(r"[^a-z0-9]", "", n.lower()) for m, n in latest.items()}
    pairs = []
    for a, short in keys.items():
        for b, long in keys.items():
            if a == b or not short or len(short) >= len(long) or not long.startswith(short):
                continue
            rest = _after_prefix(latest[b], short)
            if rest[:1] in (" ", "-", "(", "_"):
                pairs.append((latest[a], latest[b]))
    return sorted(set(pairs))


def _after_prefix(name: str, key: str) -> str:
    """What follows, in ``name``, the characters that spell ``key`` (letters and digits only)."""
    seen = 0
    for i, char in enumerate(name):
        if char.lower().isalnum():
            seen += 1
            if seen == len(key):
                return name[i + 1:]
    return ""


def first_names(rows: pd.DataFrame) -> pd.DataFrame:
    """``rows`` with every model of an arena under one name in all its pools: the name most of its boards
    gave it, case and a publisher's "(based on …)" note aside (:func:`name_key`; the latest such name on a
    tie, spelled as its latest board spells it), the notes' one naming rule; the other names are told once,
    in the method notes (:func:`names_note`).

    >>> rows = pd.DataFrame({"arena": "A", "category": "t", "model": ["r", "r", "r"], "snapshot_date":
    ...     pd.to_datetime(["2025-12-01", "2026-04-10", "2026-09-30"]),
    ...     "model_name": ["Gen-4.5", "Gen-4.5", "Gen-4.5 (720p)"]})
    >>> first_names(rows)["model_name"].tolist()
    ['Gen-4.5', 'Gen-4.5', 'Gen-4.5']
    """
    if rows.empty:
        return rows
    keys = ["arena", "model"]
    spelled = rows.assign(name_key=rows["model_name"].map(name_key))
    by = [*keys, "name_key"]
    boards = (spelled.drop_duplicates([*by, "category", "snapshot_date"]).groupby(by, observed=True)
              .agg(n=("snapshot_date", "size"), max=("snapshot_date", "max")))
    boards["spelling"] = spelled.sort_values("snapshot_date", kind="stable").groupby(
        by, observed=True)["model_name"].last()
    boards = boards.reset_index().sort_values(["n", "max"], kind="stable")
    usual = boards.groupby(keys, observed=True)["spelling"].last().rename("usual_name")
    named = rows.join(usual, on=keys)
    return rows.assign(model_name=named["usual_name"].to_numpy())


def name_key(name: object) -> str:
    """A board name without its case or a trailing publisher's note ("(based on …)", "(post-trained by
    …)"): spellings with one key are one name, written as the latest board writes it (:func:`first_names`).

    >>> name_key("Minimax H3 Max (post-trained by fal)"), name_key("MiniMax H3 Max (Based on MiniMax H3)")
    ('minimax h3 max', 'minimax h3 max')
    """
    return re.sub(r"\s*\((based on|post-trained by)\b[^)]*\)\s*$", "", str(name), flags=re.I).strip().lower()


# --- the short note: findings, the chance scenarios, the other arena ---------------------------------------

OPEN_RACE = 0.75  # a #1 less likely than this to be truly #1 is called an open race


def start_words(run: pd.Series, rows: pd.DataFrame | None = None,
                sources: pd.DataFrame | None = None) -> tuple[pd.Timestamp, str]:
    """The day a run's first board is said on, and its words without the year: '3 September', or
    'around 29 January' for an approximate day (the day a page's account puts the board at, the one the
    run's length counts from, even when the page was published later: :func:`_later_page`).

    >>> run = pd.Series({"model": "h", "start": pd.Timestamp("2026-04-08"), "start_precision": "approx"})
    >>> rows = pd.DataFrame({"model": ["h"], "snapshot_date": pd.to_datetime(["2026-04-08"]),
    ...                      "source_id": ["p"]})
    >>> pages = pd.DataFrame({"source_id": ["p"], "published": ["2026-04-10"]})
    >>> start_words(run, rows, pages)[1], start_words(run, rows)[1]
    ('around 8 April', 'around 8 April')
    """
    day = pd.Timestamp(run["start"])
    if str(run["start_precision"]) == "day":
        return day, f"{day:%-d %B}"
    return day, f"around {day:%-d %B}"


def _later_page(run: pd.Series, rows: pd.DataFrame | None = None,
                sources: pd.DataFrame | None = None) -> tuple[str, pd.Timestamp] | None:
    """The publisher and day of the first page behind a run's approximate first board when every such page
    was published after that day (the page dates the board earlier than itself), else None.

    >>> run = pd.Series({"model": "h", "start": pd.Timestamp("2026-04-08"), "start_precision": "approx"})
    >>> rows = pd.DataFrame({"model": ["h"], "snapshot_date": pd.to_datetime(["2026-04-08"]),
    ...                      "source_id": ["p"]})
    >>> pages = pd.DataFrame({"source_id": ["p"], "published": ["2026-04-10"], "publisher": ["MCPlato"]})
    >>> _later_page(run, rows, pages)
    ('MCPlato', Timestamp('2026-04-10 00:00:00'))
    """
    day = pd.Timestamp(run["start"])
    if str(run["start_precision"]) == "day":
        return None
    if rows is not None and sources is not None and {"source_id", "published"} <= (
            set(rows.columns) | set(sources.columns)):
        ids = rows.loc[(rows["model"].astype(str) == str(run["model"]))
                       & (pd.to_datetime(rows["snapshot_date"]) == day), "source_id"]
        published = sources.loc[sources["source_id"].isin(ids), "published"].astype(str)
        if len(published) and published.str.fullmatch(r"\d{4}-\d{2}-\d{2}").all():
            first = pd.to_datetime(published).min()
            if first > day:
                who = sources.loc[sources["source_id"].isin(ids) & (sources["published"].astype(str)
                                                                   == f"{first:%Y-%m-%d}"), "publisher"]
                return (str(who.iloc[0]) if len(who) else "a publisher", first)
    return None


def _is_rebuilt(rebuilt: pd.DataFrame | None, arena: str, category: str, day: object) -> bool:
    return copy_words(rebuilt, day, category, arena) == "a rebuilt copy"


def interval_widths_note(rows: pd.DataFrame, day: object, earlier_day: object = None,
                         rebuilt: pd.DataFrame | None = None, arena: str = "", category: str = "", *,
                         convention: bool = False) -> str:
    """Why the latest board's intervals look alike, from the copies alone: the half-widths of the 95%
    intervals that board's copy gives (the pool's ranking ``rows``; the fixed anchor's zero left out), the
    most common first, and those of an earlier board (``earlier_day``); the arena does not
    say how it sets them. ``rebuilt`` (:func:`videomarket.data.rebuilt_boards`) marks a rebuilt copy.

    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"] * 4 + ["2026-10-06"] * 2),
    ...     "elo": [1129.0, 1118.0, 1000.0, 842.0, 1130.0, 1120.0],
    ...     "ci_high": [1140.0, 1129.0, 1000.0, 854.0, 1142.0, 1133.0]})
    >>> print(interval_widths_note(rows, "2026-10-10", "2026-10-06"))  # doctest: +NORMALIZE_WHITESPACE
    Why the intervals look alike: the 10 October copy rates 4 listings, counting the fixed anchor model,
    which has no interval; it gives 2 of the other 3 the same 95% interval, ±11 points, and the other one
    ±12, in whole points; the board of 6 October gives ±12 or ±13. The arena does not say how it sets
    them.

    With ``convention=True``, when at least 8 in 10 rated listings share one width, what that may mean:

    >>> same = rows.assign(ci_high=[1140.0, 1129.0, 1011.0, 842.0, 1142.0, 1133.0])
    >>> print(interval_widths_note(same, "2026-10-10", convention=True).split("them. ")[1])
    ... # doctest: +NORMALIZE_WHITESPACE
    So alike, they may be a house convention rather than each model's own vote count; every chance in this
    note is only as good as those intervals.
    """
    def widths(when: object) -> pd.Series:
        board = rows[pd.to_datetime(rows["snapshot_date"]) == pd.Timestamp(when)]
        return (board["ci_high"] - board["elo"]).dropna().round(1)

    everyone = widths(day)
    half = everyone[everyone > 0]
    if half.empty:
        return ""
    counts = half.value_counts()
    common = float(counts.index[0])
    others = sorted(float(w) for w in counts.index[1:])
    rest = len(half) - int(counts.iloc[0])
    mark = " rebuilt" if rebuilt is not None and _is_rebuilt(rebuilt, arena, category, day) else ""
    anchored = bool((everyone == 0).any())
    if anchored:
        who = f"all {len(half)} others" if not rest else f"{int(counts.iloc[0])} of the other {len(half)}"
    else:
        who = (f"all {len(half)} of its rated listings" if not rest
               else f"{int(counts.iloc[0])} of its {len(half)} rated listings")
    copy = f"the{mark} {pd.Timestamp(day):%-d %B} copy"
    text = (f"Why the intervals look alike: {copy} rates {fmt.count(len(everyone), 'listing')}, counting the "
            f"fixed anchor model, which has no interval; it gives {who} the same " if anchored
            else f"Why the intervals look alike: {copy} gives {who} the same ")
    text += f"95% interval, ±{fmt.points(common)}"
    if rest:
        text += (f", and the other {'one' if rest == 1 else rest} "
                 f"{_listing([f'±{w:g}' for w in others], 'or')}")
    whole = (half == half.round()).all()
    text += ", in whole points" if whole else ""
    if earlier_day is not None:
        old = sorted(float(w) for w in widths(earlier_day).unique() if w > 0)
        if old:
            text += (f"; the board of {pd.Timestamp(earlier_day):%-d %B} gives "
                     f"{_listing([f'±{w:g}' for w in old], 'or')}")
    text += ". The arena does not say how it sets them."
    if convention and int(counts.iloc[0]) >= 0.8 * len(half):
        text += (" So alike, they may be a house convention rather than each model's own vote count; every "
                 "chance in this note is only as good as those intervals.")
    return text


def _one_figure(n: float) -> float:
    """``n`` to one significant figure, as every report gives votes for a gap ('about 100,000')."""
    if n <= 0:
        return n
    step = 10 ** math.floor(math.log10(n))
    return round(n / step) * step


def _changes_said(spells: pd.DataFrame) -> str:
    """How often #1 changed over ``spells`` (spell_odds), counted as the table counts (different names are
    different models) first, then the lower count when consecutive leaders' names extend one another (one
    model perhaps listed twice).

    >>> sp = pd.DataFrame({"model_name": ["Veo", "Seedance", "Omni", "Omni 1.1"]})
    >>> _changes_said(sp), _changes_said(sp.head(3))
    ('3 times, twice if the two Omni entries are one model', 'twice')
    """
    names = spells["name" if "name" in spells.columns else "model_name"].astype(str).tolist()
    maybe = [min(a, b, key=len) for a, b in itertools.pairwise(names)
             if b.startswith(a + " ") or a.startswith(b + " ")]
    changes = len(names) - 1
    if not maybe:
        return _times(changes)
    return f"{_times(changes)}, {_times(changes - len(maybe))} if the two {maybe[-1]} entries are one model"


def other_arena_short(rows: pd.DataFrame, arena: str, category: str,
                      rebuilt: pd.DataFrame | None = None) -> str:
    """The other arena's section in short, beside the shared finding (not repeated):
    its pool, that its list mixes silent and with-audio entries, where ``arena``'s latest #1
    ranks on its newest board (or that it is not listed), its own scale, how often its #1 changed (the
    table's runs) and the decisive votes its newest lead (its top two named) takes to be detected 8 times
    in 10 by a test at the 5% level (one significant figure; report 03 gives the test).
    ``rebuilt``: :func:`videomarket.data.rebuilt_boards`."""
    other = other_arena(arena)
    spells = _other_runs(rows, arena, category)
    if spells is None:
        return f"{other} has no {pool_label(category).lower()} pool in this selection."
    theirs = daily_leader_odds(rows, other, category)
    kind = pool_label(category.removesuffix("-audio")).split(" (")[0].lower()
    silent = "silent " if "audio" not in category else ""
    text = (f"{other}'s {kind} list is not the same pool as {arena}'s {silent}one: it mixes silent and "
            f"with-audio entries, so the two arenas' #1s are not like for like"
            f"{_rank_there(rows, arena, category)}. Its #1 changed at least {_changes_said(spells)} "
            "(table).")
    day = theirs.dropna(subset=["p_leader"]).sort_values("snapshot_date").iloc[-1]
    if pd.notna(day.get("margin")) and float(day["margin"]) > 0:
        votes = fmt.approx_count(_one_figure(votes_needed(float(day["margin"]))), "decisive vote")
        noun = "decisive votes" if "decisive votes" in votes else "decisive vote"
        votes = votes.replace(noun, term("decisive-vote", noun))
        gap = fmt.points(float(day["margin"]))
        names = [arena_name(day[m], day[n], rows) for m, n in (("model", "model_name"),
                                                                ("runner_up", "runner_up_name"))]
        text += (f" Its top two there, {names[0]} and {names[1]}, were {gap} apart: confirming a real lead "
                 f"that size 8 times in 10, at the usual 5% test level, takes {votes} between the two.")
    return text


def paired_leaders_note(rows: pd.DataFrame, arena: str, category: str,
                        based_on: pd.DataFrame | None = None) -> str:
    """The other arena's newest top two when their names share their first words and one developer (a
    possible double entry, like the near-identical pair of ``arena``'s board in ``based_on``,
    :func:`videomarket.leaderboard.based_on_odds`, whose board ties the two): that no
    source says they are one model, so they are counted apart, and that the developer held #1 either way;
    '' otherwise. ``rows``: ranking rows of both arenas (names by :func:`arena_name`).

    >>> rows = pd.DataFrame({"arena": ["LMArena"] * 3 + ["Artificial Analysis"], "category": "t",
    ...     "snapshot_date": pd.Timestamp("2026-09-21"), "model": ["g11", "g", "v", "w"],
    ...     "model_name": ["Omni Flash 1.1", "Omni Flash", "V", "W"],
    ...     "creator": ["Google", "Google", "Other", "Alibaba"], "rank": [1, 2, 3, 1]})
    >>> pair = pd.DataFrame({"model_name": ["Max"], "same_as_name": ["Max (768p)"], "identical": [False]})
    >>> print(paired_leaders_note(rows, "Artificial Analysis", "t", pair))
    ... # doctest: +NORMALIZE_WHITESPACE
    LMArena's newest top two, Omni Flash 1.1 and Omni Flash, are one developer's (Google) two versions of
    one name: like Max and Max (768p) on Artificial Analysis's board, they may be one model listed twice,
    but unlike that pair no source ties them: they are counted apart. Either way, Google held #1.
    """
    other = other_arena(arena)
    theirs = rows[(rows["arena"].astype(str) == other) & (rows["category"].astype(str) == category)]
    if theirs.empty:
        return ""
    newest = theirs[theirs["snapshot_date"] == theirs["snapshot_date"].max()].sort_values("rank").head(2)
    if len(newest) < 2:
        return ""
    names = [arena_name(m, n, rows) for m, n in zip(newest["model"], newest["model_name"], strict=True)]
    makers = {_developer(r) for _, r in newest.iterrows()}
    shared = fmt.shared_words(*names) or f"{names[0]} and {names[1]}"
    if len(makers) != 1 or " and " in shared or "unknown" in makers:
        return ""
    maker = makers.pop()
    pairs = _distinct_pairs(based_on)
    like = (f"like {pairs['model_name'].iloc[0]} and {pairs['same_as_name'].iloc[0]} on {arena}'s board, "
            "they may be one model listed twice, but unlike that pair no source ties them" if len(pairs)
            else "they may be one model listed twice, but no source ties them")
    return (f"{other}'s newest top two, {names[0]} and {names[1]}, are one developer's ({maker}) two "
            f"versions of one name: {like}: they are counted apart. Either way, {maker} held #1.")


def _rank_there(rows: pd.DataFrame, arena: str, category: str) -> str:
    """'; its newest board, 21 September 2026, does not list Wan 3.0' or '; on its newest board, Wan 3.0 was
    #6 of 48' (the other arena's section gives that board's day first): where ``arena``'s latest #1 stands on
    the other arena's newest board of ``category`` (names by :func:`arena_name`)."""
    own = rows[(rows["arena"].astype(str) == arena) & (rows["category"].astype(str) == category)]
    theirs = rows[(rows["arena"].astype(str) == other_arena(arena))
                  & (rows["category"].astype(str) == category)]
    if own.empty or theirs.empty:
        return ""
    top = own[own["snapshot_date"] == own["snapshot_date"].max()].sort_values("rank").iloc[0]
    newest = theirs[theirs["snapshot_date"] == theirs["snapshot_date"].max()]
    names = [arena_name(m, n, rows) for m, n in zip(newest["model"], newest["model_name"], strict=True)]
    hit = newest.assign(_name=names)
    hit = hit[hit["_name"] == str(top["model_name"])]
    day = fmt.day(newest["snapshot_date"].iloc[0])
    if hit.empty:
        return f"; its newest board, {day}, does not list {top['model_name']}"
    return f"; on its newest board, {top['model_name']} was {place(hit['rank'].iloc[0], len(newest))}"


ROBUST_03 = "[report 03's appendix](03-how-sure-is-number-one.html#how-robust-is-the-latest-chance)"


def run_length(days: object, boards: object, approximate: bool = False, distinct: int = 0) -> str:
    """A run at #1 in one unit for every run: the days from its first to its last board (both counted),
    "about" when a date is approximate, then its distinct boards (``distinct``: daily copies of an unchanged
    board counted once; 0 when every board differs, then ``boards``); one board alone.

    >>> run_length(79, 37, True), run_length(42, 22, distinct=15), run_length(1, 1, True)
    ('about 79 days, 37 distinct boards', '42 days, 15 distinct boards', '1 board')
    """
    if int(boards) == 1:
        return "1 board"
    about = "about " if approximate else ""
    return f"{about}{fmt.count(int(days), 'day')}, {fmt.count(int(distinct or boards), 'distinct board')}"


def _press_days(run: pd.Series, rows: pd.DataFrame | None) -> str:
    """' (36 archived boards plus one press report)' when a run of archived boards also counts days known
    only from press reports (``rows``: the pool's ranking rows), as report 03 counts only the archived ones.

    >>> run = pd.Series({"model": "h", "start": pd.Timestamp("2026-04-08"),
    ...                  "end": pd.Timestamp("2026-04-12")})
    >>> rows = pd.DataFrame({"model": "h", "rank": 1, "evidence": ["B", "A", "A"],
    ...     "snapshot_date": pd.to_datetime(["2026-04-08", "2026-04-10", "2026-04-12"])})
    >>> _press_days(run, rows), _press_days(run, rows.iloc[1:])
    (' (2 archived boards plus one press report)', '')
    """
    if rows is None or rows.empty or not {"model", "rank", "evidence"} <= set(rows.columns):
        return ""
    mine = rows[(rows["model"].astype(str) == str(run["model"])) & (pd.to_numeric(rows["rank"]) == 1)
                & (pd.to_datetime(rows["snapshot_date"]) >= pd.Timestamp(run["start"]))
                & (pd.to_datetime(rows["snapshot_date"]) <= pd.Timestamp(run["end"]))]
    kinds = mine.groupby(pd.to_datetime(mine["snapshot_date"]))["evidence"].agg(lambda e: set(map(str, e)))
    archived = sum("A" in k for k in kinds)
    press = sum(k == {"B"} for k in kinds)
    if not archived or not press:
        return ""
    said = NUMBER_WORDS.get(press, str(press))
    return (f" ({fmt.count(archived, 'archived board')} plus {said} "
            f"{'press report' if press == 1 else 'press reports'})")


def with_distinct_boards(spells: pd.DataFrame, daily_odds: pd.DataFrame | None) -> pd.DataFrame:
    """``spells`` with ``n_distinct``: each run's distinct boards (daily copies of an unchanged board counted
    once, as :func:`run_length` counts them), for the timeline's labels.

    >>> t = pd.DataFrame({"model": ["a"], "start": pd.to_datetime(["2026-01-01"]),
    ...                   "end": pd.to_datetime(["2026-01-03"]), "n_snapshots": [3]})
    >>> with_distinct_boards(t, None)["n_distinct"].tolist()
    [3]
    """
    counts = [_distinct_count(r, daily_odds) or int(r["n_snapshots"]) for _, r in spells.iterrows()]
    return spells.assign(n_distinct=counts)
