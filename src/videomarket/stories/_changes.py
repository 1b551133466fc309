"""How many times #1 changed hands, said one way in every note: a floor on the archived boards and press
reports, and the count with runs seen only in third parties' copies (grade C or D) when there are any.

Example::

    >>> import pandas as pd
    >>> spells = pd.DataFrame({"model": ["runway", "grok", "happy", "gemini", "wan"],
    ...     "model_name": ["Runway Gen-4.5", "grok-imagine-video", "HappyHorse-1.0", "Gemini", "Wan 3.0"],
    ...     "start": pd.to_datetime(["2025-12-01", "2026-01-29", "2026-04-08", "2026-07-23", "2026-09-03"]),
    ...     "evidence": ["B", "C", "B", "A", "A"]})
    >>> changes_count(spells)
    'at least 3 times on archived boards and press reports, 4 counting a second-hand copy of January 2026'
    >>> changes_count(spells.assign(evidence="A"))
    'at least 4 times'
"""

from __future__ import annotations

import itertools

import pandas as pd

FIRM_GRADES = ("A", "B")  # archived copies and established press; C and D rest on one secondhand copy


def times(n: int) -> str:
    """'never', 'once', 'twice' or 'N times'."""
    return {0: "never", 1: "once", 2: "twice"}.get(n, f"{n} times")


def firm_changes(spells: pd.DataFrame) -> int:
    """Changes of #1 left when runs seen only in third parties' copies (grade C or D) are set aside: the
    count that rests on archived copies and press reports alone."""
    firm = spells[spells["evidence"].astype(str).isin(FIRM_GRADES)]
    models = firm["model"].astype(str).tolist()
    return sum(1 for a, b in itertools.pairwise(models) if a != b)


def changes_count(spells: pd.DataFrame, *, brief: bool = False) -> str:
    """'at least N times' (``spells``: :func:`videomarket.leaderboard.leader_spells`, one row per run at
    #1); when some runs rest only on third parties' copies, the floor without them first and the count with
    them after, naming those copies' months (no parenthesis: answers allow one). A floor either
    way: boards are days or weeks apart. ``brief``: the short form a note uses after giving the count in
    full once, in the same terms ('at least 3 times (4 counting a second-hand copy)').

    >>> changes_count(pd.DataFrame({"model": ["a", "b", "c"], "evidence": ["A", "C", "A"]}), brief=True)
    'at least once (2 counting a second-hand copy)'
    """
    total = max(len(spells) - 1, 0)
    firm = firm_changes(spells) if "evidence" in spells.columns else total
    if brief:
        return (f"at least {times(total)}" if firm == total
                else f"at least {times(firm)} ({total} counting a second-hand copy)")
    if firm == total:
        return f"at least {times(total)}"
    weak = spells.iloc[1:][~spells["evidence"].iloc[1:].astype(str).isin(FIRM_GRADES)]
    if firm == 0:
        return f"at least {times(total)}, every change seen only in second-hand copies"
    months = [f"{pd.Timestamp(start):%B %Y}" for start in weak["start"]]
    copies = (f"a second-hand copy of {months[0]}" if len(weak) == 1
              else f"{len(weak)} second-hand copies, of {', '.join(months[:-1])} and {months[-1]}")
    return f"at least {times(firm)} on archived boards and press reports, {total} counting {copies}"


def changes_count_of(changes: pd.DataFrame, *, brief: bool = False) -> str:
    """:func:`changes_count` from a table of changes (:func:`videomarket.leaderboard.lead_changes`:
    ``date``, ``previous_leader``, ``new_leader``, ``evidence`` of the new leader's first board), the
    first leader taken as firm.

    >>> c = pd.DataFrame({"date": pd.to_datetime(["2026-01-29", "2026-04-08"]),
    ...     "previous_leader": ["a", "b"], "new_leader": ["b", "c"], "evidence": ["C", "B"]})
    >>> changes_count_of(c)
    'at least once on archived boards and press reports, 2 counting a second-hand copy of January 2026'
    >>> changes_count_of(c, brief=True)
    'at least once (2 counting a second-hand copy)'
    """
    if changes.empty:
        return "never"
    first = pd.DataFrame({"model": [changes["previous_leader"].iloc[0]], "start": [pd.NaT],
                          "evidence": ["A"]})
    runs = changes.rename(columns={"new_leader": "model", "date": "start"})[["model", "start", "evidence"]]
    return changes_count(pd.concat([first, runs], ignore_index=True), brief=brief)

