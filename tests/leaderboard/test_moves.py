"""rank_moves(): first-to-last rank and rating moves per scale epoch, entries, partial boards, order."""

from __future__ import annotations

import pandas as pd
import pytest

from videomarket.leaderboard import rank_moves

ARENA, POOL = "Artificial Analysis", "text-to-video"


def board(date: str, ranks: dict[str, int], epoch: str = "e1", source: str | None = None) -> list[dict]:
    return [{"snapshot_date": pd.Timestamp(date), "arena": ARENA, "category": POOL, "model": m, "rank": r,
             "elo": 1300.0 - 3 * r, "scale_epoch": epoch, "evidence": "A", "source_id": source or f"s-{date}"}
            for m, r in ranks.items()]


def history() -> pd.DataFrame:
    rows = board("2026-08-01", {"gemini": 1, "horse": 2, "kling": 3, "runway": 14})
    rows += board("2026-08-05", {"gemini": 1, "kling": 2, "horse": 4, "runway": 3})
    rows += board("2026-08-09", {"wan": 1, "gemini": 2, "runway": 3, "kling": 5, "horse": 6})
    rows += board("2026-08-12", {"wan": 1, "gemini": 2, "runway": 4})  # a partial top-4 copy
    rows += board("2026-10-06", {"wan": 1, "horse": 2, "gemini": 3}, epoch="e2")
    return pd.DataFrame(rows)


def test_moves_within_an_epoch_counting_ranks_outside_the_top_n() -> None:
    moves = rank_moves(history(), ARENA, POOL, top_n=3)
    e1 = moves[moves["scale_epoch"] == "e1"].set_index("model")
    columns = ["first_rank", "last_rank", "rank_change", "best_rank", "worst_rank"]
    assert e1.loc["runway", columns].tolist() == [14, 4, 10, 3, 14]
    assert e1.loc["runway", "elo_change"] == pytest.approx(30.0)  # 1300 - 3 * rank
    assert e1.loc["horse", "rank_change"] == -4 and not e1.loc["horse", "listed_at_end"]
    assert e1.loc["horse", "last_date"] == pd.Timestamp("2026-08-09")  # missing from the partial copy
    assert e1.loc["wan", "new_entry"] and not e1.loc["gemini", "new_entry"]


def test_a_re_anchored_epoch_gets_its_own_rows_never_compared_across() -> None:
    moves = rank_moves(history(), ARENA, POOL, top_n=3)
    e2 = moves[moves["scale_epoch"] == "e2"].set_index("model")
    assert set(e2.index) == {"wan", "horse", "gemini"}
    assert (e2["rank_change"] == 0).all() and (e2["boards"] == 1).all()
    assert (moves.groupby(["scale_epoch", "model"]).size() == 1).all()


def test_only_models_reaching_the_top_n_and_biggest_move_first() -> None:
    moves = rank_moves(history(), ARENA, POOL, top_n=2)
    assert "runway" not in set(moves["model"])  # best rank 3
    e1 = moves[moves["scale_epoch"] == "e1"]
    assert e1["model"].tolist() == ["horse", "kling", "gemini", "wan"]
    assert e1["rank_change"].tolist() == [-4, -2, -1, 0]


def test_equal_moves_list_the_climber_first() -> None:
    rows = board("2026-08-01", {"a": 1, "b": 2, "c": 3}) + board("2026-08-02", {"b": 1, "a": 2, "c": 3})
    moves = rank_moves(pd.DataFrame(rows), ARENA, POOL, top_n=3)
    assert moves["model"].tolist() == ["b", "a", "c"] and moves["rank_change"].tolist() == [1, -1, 0]


def test_bad_top_n_is_refused() -> None:
    with pytest.raises(ValueError, match="top_n must be a positive integer"):
        rank_moves(history(), ARENA, POOL, top_n=0)
