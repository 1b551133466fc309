"""What a change of rating scale did to a board: one common shift (a new anchor only) or a spread of
moves with a shorter list and a new order (re-anchored and re-rated)."""

from __future__ import annotations

import pandas as pd

from videomarket import leaderboard


def _boards(after_elo: list[float], after_models: list[str]) -> pd.DataFrame:
    before = pd.DataFrame({"model": ["a", "b", "c"], "rank": [1, 2, 3], "elo": [1300.0, 1290.0, 1200.0],
                           "snapshot_date": pd.Timestamp("2026-09-30"), "scale_epoch": "e1"})
    after = pd.DataFrame({"model": after_models, "elo": after_elo,
                          "snapshot_date": pd.Timestamp("2026-10-01"), "scale_epoch": "e2"})
    after["rank"] = after["elo"].rank(ascending=False, method="min").astype(int)
    return pd.concat([before, after], ignore_index=True).assign(
        arena="AA", category="text-to-video", evidence="A", source_id=lambda f: f["scale_epoch"])


def test_a_spread_of_moves_a_shorter_board_and_a_new_order_are_reported() -> None:
    row = leaderboard.scale_changes(_boards([1050.0, 1100.0], ["a", "b"]), "AA", "text-to-video").iloc[0]
    assert (row["previous_date"], row["date"]) == (pd.Timestamp("2026-09-30"), pd.Timestamp("2026-10-01"))
    assert (row["previous_epoch"], row["scale_epoch"]) == ("e1", "e2")
    counts = ("models_before", "models_after", "models_on_both", "shift_min", "shift_max")
    assert [row[c] for c in counts] == [3, 2, 2, -250.0, -190.0]
    assert bool(row["order_changed"])


def test_a_new_anchor_alone_is_one_common_shift_in_the_same_order() -> None:
    row = leaderboard.scale_changes(_boards([1000.0, 990.0, 900.0], ["a", "b", "c"]), "AA",
                                    "text-to-video").iloc[0]
    assert (row["shift_min"], row["shift_max"], row["models_after"]) == (-300.0, -300.0, 3)
    assert not bool(row["order_changed"])


def test_several_pools_and_pools_without_a_change() -> None:
    boards = _boards([1050.0, 1100.0], ["a", "b"])
    steady = boards.assign(category="image-to-video", scale_epoch="i1", source_id="i1")
    both = pd.concat([boards, steady], ignore_index=True)
    table = leaderboard.scale_changes(both, "AA", ["image-to-video", "text-to-video"])
    assert table["category"].tolist() == ["text-to-video"]
    assert list(table.columns) == list(leaderboard.scale_changes(steady, "AA", "image-to-video").columns)
    assert leaderboard.scale_changes(steady, "AA", "image-to-video").empty
    assert leaderboard.scale_changes(steady, "AA", ["image-to-video"]).empty
