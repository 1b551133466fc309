"""Sentences about leads for notebooks and reports, always with their uncertainty attached.

A lead is never stated bare: :func:`lead_qualifier` adds the probability of being truly #1 (from
:func:`videomarket.leaderboard.spell_odds`) when the boards publish intervals, else says that it
cannot be computed and gives the rating margin, and always says whether intervals overlapped or the
top was shared. Dates carry their precision ("around", "in April 2026"); numbers go through
:mod:`videomarket.stories.fmt`.

Example::

    >>> import pandas as pd
    >>> spell = pd.Series({"model": "wan-3-0", "model_name": "Wan 3.0", "creator": "Alibaba",
    ...     "start": pd.Timestamp("2026-09-10"), "end": pd.Timestamp("2026-10-06"), "days": 27,
    ...     "n_snapshots": 7, "evidence": "A", "evidence_min": "A", "start_precision": "day",
    ...     "end_precision": "day", "contested": True, "n_contested": 5, "min_margin": 3.0,
    ...     "max_margin": 13.0, "boards_with_odds": 5, "p_leader_min": 0.826, "p_leader_max": 0.903,
    ...     "p_leader_last": 0.826})
    >>> for part in lead_qualifier(spell).split("; "):
    ...     print(part)
    83% likely to be truly #1 on its last board with intervals (lowest 83% across 5 boards with intervals)
    a rival's interval overlapped its own on 5 of 7 boards
"""

from __future__ import annotations

import pandas as pd

from videomarket.leaderboard import canonical_creator
from videomarket.stories import fmt

EVIDENCE_WORDS = {
    "A": "archived copies of the board",
    "B": "press reports relaying the board",
    "C": "secondary copies of the board",
    "D": "unverified quotes",
}


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


def probability(p: float) -> str:
    """A probability as a whole percentage, never rounded to a certainty: 'over 99%', 'under 1%'."""
    if p >= 0.995:
        return "over 99%"
    if p <= 0.005:
        return "under 1%"
    return fmt.pct(p, 0)


def lead_qualifier(spell: pd.Series) -> str:
    """How sure a spell's lead was: probability when intervals exist, else why not, plus ties/overlaps."""
    boards = int(spell.get("boards_with_odds", 0) or 0)
    if boards:
        last, low = (probability(float(spell[f"p_leader_{end}"])) for end in ("last", "min"))
        text = f"{last} likely to be truly #1 on its last board with intervals"
        if boards > 1:
            text += f" (lowest {low} across {fmt.count(boards, 'board')} with intervals)"
    else:
        text = "no interval published, so how sure the lead was cannot be computed"
        if pd.notna(spell.get("max_margin")):
            text += f"; {_margin_text(spell)} ahead of the next rating on the same board"
    if spell.get("contested"):
        overlap = "a rival's interval overlapped its own" if boards else "it shared the top"
        boards_seen = fmt.count(int(spell["n_snapshots"]), "board")
        text += f"; {overlap} on {int(spell['n_contested'])} of {boards_seen}"
    elif boards:
        text += "; no rival's interval overlapped its own"
    return text


def spell_sentence(spell: pd.Series) -> str:
    """'Wan 3.0 (Alibaba) was #1 from 10 September 2026 to 6 October 2026 (27 days, 7 boards), seen in
    archived copies of the board: <lead_qualifier>'."""
    boards = int(spell["n_snapshots"])
    start = when(spell["start"], spell.get("start_precision", "day"), after="")
    if boards == 1:
        span = f"on one board, {start}"
    else:
        end = when(spell["end"], spell.get("end_precision", "day"), after="")
        span = (f"from {start} to {end} "
                f"({fmt.count(int(spell['days']), 'day')}, {fmt.count(boards, 'board')})")
    return f"{_name(spell)} was #1 {span}, seen in {_evidence_text(spell)}: {lead_qualifier(spell)}"


def pool_paragraph(spells: pd.DataFrame, category: str) -> str:
    """One paragraph per pool: how many spells and leaders, the latest leader and the longest spell."""
    if spells.empty:
        return f"**{category}**: no board in the selection shows a #1."
    latest = spells.iloc[-1]
    longest = spells.sort_values(["days", "start"], ascending=[False, True]).iloc[0]
    since = when(spells["start"].iloc[0], spells["start_precision"].iloc[0], after="since")
    text = (f"**{category}**: {fmt.count(len(spells), 'spell')} at #1 by "
            f"{fmt.count(spells['model'].nunique(), 'model')} {since}. Latest: {spell_sentence(latest)}.")
    is_latest = longest["model"] == latest["model"] and longest["start"] == latest["start"]
    if not is_latest and int(longest["n_snapshots"]) > 1:
        text += (f" Longest observed spell: {_name(longest)}, {fmt.count(int(longest['days']), 'day')}; "
                 f"{lead_qualifier(longest)}.")
    return text


def change_sentence(change: pd.Series, spells: pd.DataFrame) -> str:
    """A lead change from :func:`videomarket.leaderboard.lead_changes`, in words (names and date
    precision from ``spells``, the :func:`~videomarket.leaderboard.leader_spells` of the same pool)."""
    names = spells.groupby("model")["model_name"].last()
    new = str(names.get(change["new_leader"], change["new_leader"]))
    old = str(names.get(change["previous_leader"], change["previous_leader"]))
    first = when(change["date"], _precision(spells, change["new_leader"], "start", change["date"]))
    last = when(change["previous_last_seen"],
                _precision(spells, change["previous_leader"], "end", change["previous_last_seen"]))
    text = (f"{new} was first seen at #1 {first} ({EVIDENCE_WORDS[str(change['evidence'])]}); "
            f"{old} was last seen at #1 {last}")
    if int(change["gap_days"]) > 1:
        text += f", so the change happened somewhere in those {fmt.count(int(change['gap_days']), 'day')}"
    text += ". " + _margin_sentence(change, old)
    if change.get("contested"):
        text += "; the new lead was contested (overlapping intervals or a shared top)"
    if change.get("epoch_break"):
        text += "; the rating scale was re-anchored in between, so ratings before and after do not compare"
    return text + "."


def _precision(spells: pd.DataFrame, model: object, side: str, date: object) -> str:
    match = spells[(spells["model"] == model) & (spells[side] == date)]
    column = f"{side}_precision"
    return str(match[column].iloc[0]) if len(match) and column in match.columns else "day"


def _margin_sentence(change: pd.Series, old: str) -> str:
    if pd.isna(change["margin"]):
        return "That board gives no rating margin"
    margin = fmt.points(float(change["margin"]))
    over_old, old_rank = change["margin_over_previous"], change["previous_rank"]
    if pd.isna(over_old) or pd.isna(old_rank):
        return f"On that board the new leader was {margin} ahead of the next model"
    if int(old_rank) == 2:
        return f"On that board the new leader was {margin} ahead of {old}, now #2"
    return (f"On that board the new leader was {margin} ahead of the next model and "
            f"{fmt.points(float(over_old))} ahead of {old}, now #{int(old_rank)}")


def _margin_text(spell: pd.Series) -> str:
    low, high = float(spell["min_margin"]), float(spell["max_margin"])
    if low == high:
        return fmt.points(low)
    return f"{fmt.points(low).split()[0]} to {fmt.points(high)}"


def _evidence_text(spell: pd.Series) -> str:
    best, worst = str(spell["evidence"]), str(spell.get("evidence_min", spell["evidence"]))
    text = EVIDENCE_WORDS[best]
    return text if worst == best else f"{text} (and {EVIDENCE_WORDS[worst]})"


def _name(spell: pd.Series) -> str:
    name = spell.get("model_name")
    name = str(name) if pd.notna(name) else str(spell["model"])
    creator = spell.get("creator")
    return f"{name} ({canonical_creator(creator)})" if isinstance(creator, str) and creator else name
