"""Sentences about leads for notebooks and reports, always with their uncertainty attached.

A lead is never stated bare: the probability of being truly #1 (from
:func:`videomarket.leaderboard.spell_odds`) is worded as approximate (:func:`probability`) and says
that it assumes independent ratings, with the value under correlated ratings beside it
(:func:`independence`). A run at #1 (the code's "spell") is never called a spell in reader text.
Developers are parent companies. Dates carry their precision ("around", "in April 2026"); numbers go
through :mod:`videomarket.stories.fmt`.

Example::

    >>> when("2026-10-06"), when("2025-12-20", "approx"), when("2026-04-15", "month", after="since")
    ('on 6 October 2026', 'around 20 December 2025', 'since April 2026')
"""

from __future__ import annotations

import pandas as pd

from videomarket.leaderboard import parent_developer
from videomarket.stories import fmt
from videomarket.stories._certainty import about
from videomarket.stories._changes import changes_count_of
from videomarket.stories._guide import pool_label, recent_changes


def when(date: object, precision: object = "day", *, after: str = "on") -> str:
    """A date in words with its precision, after a preposition: 'on 6 October 2026', 'around 20 December
    2025', 'in April 2026'; ``after="since"``: 'since April 2026'; ``after=""``: the bare date
    ('6 October 2026', 'around 20 December 2025', 'April 2026')."""
    if str(precision) == "month":
        word = "in" if after == "on" else after
        return f"{word} {fmt.month(date)}".strip()
    if str(precision) == "approx":
        return f"{'' if after in ('on', '') else after + ' '}around {fmt.day(date)}"
    return f"{after} {fmt.day(date)}".strip()


def short_when(date: object, precision: object = "day") -> str:
    """A date for a table cell or a chart label, with its precision: '1 Dec 2025', 'around 20 Dec 2025'
    (known within a few days), 'Jan 2026 (page gives no day)' (a page dated to the month only, so the
    day may fall before or after another date of that month).

    >>> short_when("2025-12-01"), short_when("2025-12-20", "approx"), short_when("2026-01-15", "month")
    ('1 Dec 2025', 'around 20 Dec 2025', 'Jan 2026 (page gives no day)')
    """
    stamp = pd.Timestamp(date)
    if str(precision) == "month":
        return f"{stamp:%b %Y} (page gives no day)"
    text = f"{stamp.day} {stamp:%b %Y}"
    return f"around {text}" if str(precision) == "approx" else text


def probability(p: float) -> str:
    """A probability worded as approximate, never rounded to a certainty (:func:`about`): 'about 83%',
    'more than 99%', 'under 1%'."""
    return about(p)


def independence(p: object, correlated: object = None) -> str:
    """The words that follow a P(truly #1) read from published intervals: what it assumes, and the
    value under correlated ratings (``correlated``, e.g. ``p_leader_correlated``) when known.

    >>> independence(0.8787, 0.9292)
    'if the published intervals are independent (about 93% if ratings move together)'
    >>> independence(0.8787)
    'if the published intervals are independent'
    """
    text = "if the published intervals are independent"
    if correlated is not None and pd.notna(correlated):
        text += f" ({about(float(correlated))} if ratings move together)"
    return text


def _precision(spells: pd.DataFrame, model: object, side: str, date: object) -> str:
    match = spells[(spells["model"] == model) & (spells[side] == date)]
    column = f"{side}_precision"
    return str(match[column].iloc[0]) if len(match) and column in match.columns else "day"


def _name(spell: pd.Series) -> str:
    name = spell.get("model_name")
    name = str(name) if pd.notna(name) else str(spell["model"])
    creator = spell.get("creator")
    return f"{name} ({parent_developer(creator, name)})" if isinstance(creator, str) and creator else name


def december_board(rankings: pd.DataFrame, launch: object = "2025-12-01", *,
                   arena: str = "Artificial Analysis", category: str = "text-to-video",
                   brief: bool = False, copies: str = "developer") -> str:
    """The one account of the December 2025 text-to-video board that every report uses.

    The ratings quoted on the launch day of Runway Gen-4.5 (gathered across the pages that relayed
    them, each rank and rating from the best-graded page that gives it), then the next December copy
    of the board, with what the copies lack (intervals; a second page for a value quoted once).
    ``brief``: the leader only, on launch day and in the next copy, for a note that needs no more.
    ``copies``: what the non-press copies are called ("developer", or "third-party" where a report
    calls a GitHub repository's owner a third party).

    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2025-12-01"] * 3 + ["2025-12-20"] * 2),
    ...     "date_precision": ["day"] * 3 + ["approx"] * 2, "arena": "Artificial Analysis",
    ...     "category": "text-to-video", "model": ["r", "v", "k", "r", "v"],
    ...     "model_name": ["Runway Gen-4.5", "Veo 3", "Kling 2.5", "Runway Gen-4.5", "Veo 3"],
    ...     "creator": "x", "rank": [1, 2, None, 1, 2], "elo": [1247.0, 1226.0, 1225.0, 1243.0, 1226.0],
    ...     "scale_epoch": "e1", "evidence": ["B", "B", "C", "C", "C"],
    ...     "source_id": ["p1", "p1", "p2", "d", "d"]})
    >>> print(december_board(rows))  # doctest: +NORMALIZE_WHITESPACE
    On 1 December 2025, the day Runway Gen-4.5 launched, the Artificial Analysis text to video (silent)
    board as the press relayed it read: **Runway Gen-4.5 #1 at 1247**, Veo 3 #2 at 1226 and Kling 2.5 at
    1225 (no rank given; a single page quotes it). A copy of the board dated around 20 December 2025
    shows Runway Gen-4.5 #1 at 1243 (grade C). Press and developer copies publish no intervals, so how
    sure that lead was cannot be computed.
    """
    from videomarket.leaderboard import reported_ratings

    day = pd.Timestamp(launch)
    quoted = reported_ratings(rankings, arena, category, day)
    if brief:
        return _december_leader(rankings, quoted, day, arena, category)
    parts = [_quoted_model(row, first=i == 0) for i, row in enumerate(quoted.itertuples())]
    listed = ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else parts[0]
    text = (
        f"On {fmt.day(day)}, the day {quoted['model_name'].iloc[0]} launched, the {arena} "
        f"{pool_label(category).lower()} board as the press relayed it read: {listed}."
    )
    nxt = _next_copy_that_month(rankings, day, arena, category)
    if not nxt.empty:
        top = nxt.sort_values("rank").iloc[0]
        text += (f" A copy of the board dated {when(top['snapshot_date'], top['date_precision'], after='')} "
                 f"shows {top['model_name']} #{int(top['rank'])} at {top['elo']:.0f}{_grade(top)}"
                 + _also_on(quoted, nxt) + ".")
    return text + (f" Press and {copies} copies publish no intervals, so how sure that lead was cannot be "
                   "computed.")


def _december_leader(rankings: pd.DataFrame, quoted: pd.DataFrame, day: pd.Timestamp, arena: str,
                     category: str) -> str:
    """:func:`december_board` in brief: the launch-day leader as relayed, and in the next copy."""

    first = next(quoted.itertuples())
    text = (f"On {fmt.day(day)}, the day {first.model_name} launched, the press relayed the {arena} "
            f"{pool_label(category).lower()} board with **{_quoted_model(first, first=False)}**")
    nxt = _next_copy_that_month(rankings, day, arena, category)
    if not nxt.empty:
        top = nxt.sort_values("rank").iloc[0]
        text += (f"; a copy of the top {len(nxt)} of the board dated "
                 f"{when(top['snapshot_date'], top['date_precision'], after='')} shows {top['model_name']} "
                 f"#{int(top['rank'])} at {top['elo']:.0f}{_grade(top)}")
    return text + ". Neither gives intervals."


def _grade(row: pd.Series) -> str:
    """" (grade C)" for a copy's row with an evidence grade, "" without one."""
    grade = row.get("evidence", pd.NA)
    return f" (grade {grade})" if pd.notna(grade) and str(grade) else ""


def _next_copy_that_month(rankings: pd.DataFrame, day: pd.Timestamp, arena: str,
                          category: str) -> pd.DataFrame:
    """The first board after ``day`` in the same month (empty if none): the later December copy."""
    from videomarket.leaderboard import daily_boards

    boards = daily_boards(rankings, arena, category)
    later = boards[(boards["snapshot_date"] > day) & (boards["snapshot_date"].dt.month == day.month)
                   & (boards["snapshot_date"].dt.year == day.year)]
    return later[later["snapshot_date"] == later["snapshot_date"].min()]


def _also_on(quoted: pd.DataFrame, later: pd.DataFrame) -> str:
    """The later copy confirming a value quoted by a single page (same rating, a name that starts with
    the quoted one: probably the same model, named in full)."""
    notes = []
    for row in quoted[quoted["rank"].isna() & (quoted["n_sources"] == 1)].itertuples():
        same = later[(later["elo"] == row.elo)
                     & later["model_name"].str.lower().str.startswith(str(row.model_name).lower())]
        notes += [f"{h.model_name} at the same {row.elo:.0f} (#{int(h.rank)}), probably the model quoted as "
                  f"{row.model_name}" for h in same.itertuples()]
    return f", and {'; '.join(notes)}" if notes else ""


def _quoted_model(row: object, *, first: bool) -> str:
    rank = f" #{int(row.rank)}" if pd.notna(row.rank) else ""
    text = f"{row.model_name}{rank} at {row.elo:.0f}"
    if first:
        return f"**{text}**"
    if pd.isna(row.rank) and int(row.n_sources) == 1 and "," not in str(row.source_ids):
        return f"{text} (no rank given; a single page quotes it)"
    return text


def lead_change_warning(rankings: pd.DataFrame, arena: str = "Artificial Analysis",
                        category: str = "text-to-video", months: int = 10, *, until: object = None) -> str:
    """What may have changed since the newest board (or ``until``, the date of the boards a report
    shows): how often #1 changed in the months before it.

    >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-01-01", "2026-03-01", "2026-06-01"]),
    ...     "arena": "A", "category": "c", "model": ["a", "b", "a"], "model_name": ["A", "B", "A"],
    ...     "rank": 1, "elo": 1200.0, "scale_epoch": "e", "evidence": "A", "source_id": "s",
    ...     "date_precision": "day"})
    >>> print(lead_change_warning(t, "A", "c"))  # doctest: +NORMALIZE_WHITESPACE
    In the 10 months before that date, #1 of the A c pool changed hands at least twice, so the leader may
    have changed since.
    """
    recent = recent_changes(rankings, arena, category, months, until, as_table=True)
    pool = f"{arena} {pool_label(category).lower()}"
    return (f"In the {months} months before that date, #1 of the {pool} pool changed hands "
            f"{changes_count_of(recent)}, so the leader may have changed since.")
