"""The leaderboard's memory: a table with the same content is answered again, anything else afresh."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from videomarket import leaderboard
from videomarket.leaderboard._memo import fingerprint, remembered


def _counted() -> tuple[list[int], object]:
    calls: list[int] = []

    @remembered
    def total(table: pd.DataFrame, scale: float = 1.0) -> pd.DataFrame:
        calls.append(1)
        if table["x"].isna().any():
            raise ValueError("a cell is empty")
        return pd.DataFrame({"total": [float(table["x"].sum()) * scale]})

    return calls, total


def test_same_content_is_answered_from_memory_and_a_changed_cell_is_not() -> None:
    calls, total = _counted()
    table = pd.DataFrame({"x": [1.0, 2.0]})
    assert total(table)["total"].iloc[0] == 3.0
    assert total(table.copy())["total"].iloc[0] == 3.0 and len(calls) == 1
    changed = table.copy()
    changed.loc[1, "x"] = 2.5
    assert total(changed)["total"].iloc[0] == 3.5 and len(calls) == 2
    assert total(table, scale=2.0)["total"].iloc[0] == 6.0 and len(calls) == 3  # another argument


def test_types_index_and_names_are_part_of_the_content() -> None:
    table = pd.DataFrame({"x": [1, 2]})
    assert fingerprint(table) == fingerprint(table.copy())
    assert fingerprint(table) != fingerprint(table.astype("float64"))
    assert fingerprint(table) != fingerprint(table.rename(columns={"x": "y"}))
    assert fingerprint(table) != fingerprint(table.set_axis([5, 6]))
    assert fingerprint([1, 2]) is None


def test_a_caller_that_edits_its_answer_cannot_change_the_next_answer() -> None:
    _, total = _counted()
    table = pd.DataFrame({"x": [1.0, 2.0]})
    first = total(table)
    first.loc[0, "total"] = -1.0
    assert total(table)["total"].iloc[0] == 3.0


def test_errors_are_not_remembered_and_unplain_arguments_skip_the_memory() -> None:
    calls, total = _counted()
    broken = pd.DataFrame({"x": [1.0, None]})
    for _ in range(2):
        with pytest.raises(ValueError, match="empty"):
            total(broken)
    assert len(calls) == 2
    drawn: list[int] = []

    @remembered
    def noisy(table: pd.DataFrame, rng: object) -> pd.DataFrame:
        drawn.append(1)
        return table.assign(noise=rng.normal(size=len(table)))  # type: ignore[attr-defined]

    table, rng = pd.DataFrame({"x": [1.0]}), np.random.default_rng(0)
    assert noisy(table, rng)["noise"].iloc[0] != noisy(table, rng)["noise"].iloc[0]  # the state moved
    assert len(drawn) == 2


def test_daily_leaders_answer_the_same_as_a_fresh_computation() -> None:
    t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-10"] * 2 + ["2026-09-11"] * 2),
                      "arena": "LMArena", "category": "text-to-video", "model": ["a", "b", "a", "b"],
                      "rank": [1, 2, 2, 1], "elo": [1250.0, 1240.0, 1240.0, 1250.0], "scale_epoch": "e1",
                      "evidence": "A", "source_id": "s"})
    leaderboard.daily_leaders.forget()
    fresh = leaderboard.daily_leaders(t, "LMArena", "text-to-video")
    again = leaderboard.daily_leaders(t.copy(), "LMArena", "text-to-video")
    pd.testing.assert_frame_equal(fresh, again)
    assert fresh["model"].tolist() == ["a", "b"]
    t.loc[3, "elo"] = 1230.0  # now a leads both days
    t.loc[2, ["rank", "elo"]] = [1, 1250.0]
    t.loc[3, "rank"] = 2
    assert leaderboard.daily_leaders(t, "LMArena", "text-to-video")["model"].tolist() == ["a", "a"]
