"""Sentences about leads: every lead carries its probability or says why it has none; dates keep precision."""

from __future__ import annotations

import pandas as pd

from videomarket import stories

ARENA, POOL = "Artificial Analysis", "text-to-video"


def board(date: str, rows: list[tuple], *, evidence: str = "A", epoch: str = "e1", precision: str = "day",
          source: str | None = None) -> list[dict]:
    """rows: (model, rank, elo, ci half-width or None)."""
    return [{"snapshot_date": pd.Timestamp(date), "date_precision": precision, "arena": ARENA,
             "category": POOL, "model": m, "model_name": m.title(), "creator": "Lab", "rank": r, "elo": e,
             "ci_low": None if h is None else e - h, "ci_high": None if h is None else e + h,
             "scale_epoch": epoch, "evidence": evidence, "source_id": source or f"s-{date}"}
            for m, r, e, h in rows]


def history() -> pd.DataFrame:
    rows = board("2025-12-20", [("runway", 1, 1243.0, None), ("veo", 2, 1226.0, None)], evidence="C",
                 precision="approx")
    rows += board("2026-04-15", [("horse", 1, None, None)], evidence="C", precision="month")
    rows += board("2026-08-01", [("gemini", 1, 1330.0, 7), ("horse", 2, 1290.0, 7), ("runway", 9, 1212.0, 7)])
    rows += board("2026-08-05", [("gemini", 1, 1326.0, 7), ("horse", 2, 1318.0, 7)])
    rows += board("2026-10-04", [("wan", 1, 1128.0, 12), ("gemini", 2, 1120.0, 12)], epoch="e2")
    frame = pd.DataFrame(rows)
    return frame.astype({"elo": "Float64", "ci_low": "Float64", "ci_high": "Float64", "rank": "Int64"})


def test_probability_is_approximate_and_never_rounds_to_certainty() -> None:
    assert [stories.probability(p) for p in (0.9995, 0.995, 0.826, 0.004, 0.5)] == [
        "more than 99%", "more than 99%", "about 83%", "under 1%", "about 50%"]


def test_dates_keep_their_precision() -> None:
    assert stories.when("2026-10-06") == "on 6 October 2026"
    assert stories.when("2025-12-20", "approx") == "around 20 December 2025"
    assert stories.when("2026-04-15", "month") == "in April 2026"
    assert stories.when("2026-04-15", "month", after="since") == "since April 2026"
    assert stories.when("2025-12-20", "approx", after="since") == "since around 20 December 2025"
    assert [stories.when("2026-04-15", p, after="") for p in ("day", "approx", "month")] == [
        "15 April 2026", "around 15 April 2026", "April 2026"]


def test_one_account_of_the_december_2025_board_from_the_shipped_data() -> None:
    from videomarket import data

    text = stories.december_board(data.load_rankings())
    # The review's consistency requirement: 1247 at #1, Sora 2 Pro at #7, the 20 December copy at 1243.
    assert "**Runway Gen-4.5 #1 at 1247**" in text and "Sora 2 Pro #7 at 1206" in text
    assert "Veo 3 #2 at 1226" in text
    assert "around 20 December 2025 shows Runway Gen-4.5 #1 at 1243 (grade C)" in text
    assert "Kling 2.5 at 1225 (no rank given; a single page quotes it)" in text
    assert "then" not in text  # no ranks implied that the pages do not give
