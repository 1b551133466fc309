"""window(): date range and evidence grades, inclusive bounds, clear errors."""

from __future__ import annotations

import pandas as pd
import pytest

from videomarket.leaderboard import leader_spells, window

ARENA, POOL = "Artificial Analysis", "text-to-video"


def rankings() -> pd.DataFrame:
    rows = [("2025-12-01", "runway", "B", "press"), ("2026-04-09", "horse", "D", "blog"),
            ("2026-07-23", "gemini", "A", "archive-1"), ("2026-10-06", "wan", "A", "archive-2")]
    frame = pd.DataFrame([{"snapshot_date": pd.Timestamp(d), "arena": ARENA, "category": POOL, "model": m,
                           "rank": 1, "elo": 1250.0, "scale_epoch": "e1", "evidence": g, "source_id": s}
                          for d, m, g, s in rows])
    return frame


def test_dates_are_inclusive_and_open_ends_allowed() -> None:
    t = rankings()
    assert window(t, start="2025-12-01", end="2026-07-23")["model"].tolist() == ["runway", "horse", "gemini"]
    assert window(t, start="2026-07-23")["model"].tolist() == ["gemini", "wan"]
    assert window(t, end=pd.Timestamp("2025-12-01"))["model"].tolist() == ["runway"]
    assert len(window(t, start=None, end=None)) == 4


def test_grades_select_evidence_and_change_the_leaders() -> None:
    t = rankings()
    assert window(t, grades=("A", "B", "C"))["model"].tolist() == ["runway", "gemini", "wan"]
    assert window(t, grades="A")["model"].tolist() == ["gemini", "wan"]
    spells = leader_spells(window(t, grades=["a", "b", "c"]), ARENA, POOL)
    assert "horse" not in set(spells["model"])  # the grade-D spell is gone


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"start": "2026-13-01"}, "`start` must be a date"),
    ({"end": "soon"}, "`end` must be a date"),
    ({"start": "2026-10-01", "end": "2026-09-01"}, "start 2026-10-01 is after end 2026-09-01"),
    ({"grades": ("A", "E")}, "grades must be a non-empty selection"),
    ({"grades": ()}, "grades must be a non-empty selection"),
    ({"start": "2027-01-01"}, "no rankings rows between 2027-01-01 and the last date"),
])
def test_bad_selection_raises_one_clear_error(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        window(rankings(), **kwargs)


def test_missing_column_is_named() -> None:
    with pytest.raises(ValueError, match="lacks column `evidence`"):
        window(rankings().drop(columns="evidence"))
