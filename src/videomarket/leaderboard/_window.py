"""Choosing which rankings rows an analysis looks at: a date range and the evidence grades to trust.

A notebook or report narrows the rankings table with :func:`window` before calling the leaderboard
functions (what each pool's history rests on is :func:`videomarket.data._coverage.pool_coverage`). Dates
are inclusive; grades are the rankings' ``evidence`` letters (A = archived machine copy ... D =
weakest secondary quote).

Example::

    >>> import pandas as pd
    >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2025-12-01", "2026-08-01", "2026-08-01"]),
    ...     "arena": "LMArena", "category": "text-to-video", "model": ["a", "a", "b"], "rank": [1, 1, 2],
    ...     "elo": [1250.0, 1251.0, 1240.0], "scale_epoch": "e1", "evidence": ["B", "A", "D"],
    ...     "source_id": ["press", "archive", "blog"]})
    >>> window(t, start="2026-01-01", grades=("A", "B", "C"))["source_id"].tolist()
    ['archive']
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from videomarket.data.schemas import grades_at_least
from videomarket.leaderboard._boards import GRADES


def window(
    rankings: pd.DataFrame,
    *,
    start: object = None,
    end: object = None,
    grades: Sequence[str] = GRADES,
    min_evidence: str | None = None,
) -> pd.DataFrame:
    """The rows dated ``start``..``end`` (inclusive; None = open) with an ``evidence`` grade in ``grades``
    (or, with ``min_evidence``, every grade as good as that one: ``"C"`` keeps A, B and C).

    Raises ValueError for an unparseable date, ``start`` after ``end``, an unknown grade, or when no
    row is left (the message says what the table holds).
    """
    for column in ("snapshot_date", "evidence"):
        if column not in rankings.columns:
            raise ValueError(f"rankings table lacks column `{column}`")
    first, last = _as_date(start, "start"), _as_date(end, "end")
    if first is not None and last is not None and first > last:
        raise ValueError(f"window: start {first.date()} is after end {last.date()}")
    wanted = _checked_grades(grades_at_least(min_evidence) if min_evidence is not None else grades)
    dates = pd.to_datetime(rankings["snapshot_date"])
    keep = rankings["evidence"].astype("string").str.strip().str.upper().isin(wanted).fillna(False)
    if first is not None:
        keep &= dates >= first
    if last is not None:
        keep &= dates <= last
    selected = rankings.loc[keep.to_numpy(dtype=bool)].copy()
    if selected.empty:
        held = f"{dates.min().date()} to {dates.max().date()}" if len(dates) else "no rows"
        raise ValueError(
            f"window: no rankings rows between {_text(first, 'the first date')} and "
            f"{_text(last, 'the last date')} with grades {list(wanted)} "
            f"(the table holds {held})"
        )
    return selected


def _as_date(value: object, name: str) -> pd.Timestamp | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        raise ValueError(f"window: `{name}` must be a date like '2025-12-01', got {value!r}") from None
    if pd.isna(stamp):
        return None
    return stamp


def _checked_grades(grades: Sequence[str]) -> list[str]:
    if isinstance(grades, str):
        grades = list(grades)  # "ABC" -> A, B, C
    wanted = [str(g).strip().upper() for g in grades]
    unknown = sorted(set(wanted) - set(GRADES))
    if unknown or not wanted:
        raise ValueError(f"window: grades must be a non-empty selection of {GRADES}, got {list(grades)!r}")
    return wanted


def _text(date: pd.Timestamp | None, open_end: str) -> str:
    return open_end if date is None else str(date.date())
