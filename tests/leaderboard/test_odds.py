"""How sure a lead is: daily and per-spell leader probabilities from published intervals."""

from __future__ import annotations

import pandas as pd
import pytest

from videomarket import arena, leaderboard
from videomarket.arena import board_odds
from videomarket.leaderboard import board_leader_odds, boards_without_odds, daily_leader_odds, spell_odds

ARENA, POOL = "Artificial Analysis", "text-to-video"
HALF = 9.8  # 95% half-width: sd = 9.8 / 1.96 = 5.0 points
PHI_SQRT2 = 0.92135  # standard normal cdf at sqrt(2), from tables: a 10-point gap, two sds of 5


def board(date: str, rows: list[tuple], *, source: str | None = None, evidence: str = "A") -> list[dict]:
    """rows: (model, rank, elo, with_interval)."""
    return [{"snapshot_date": pd.Timestamp(date), "arena": ARENA, "category": POOL, "model": m, "rank": r,
             "elo": e, "ci_low": e - HALF if ci else None, "ci_high": e + HALF if ci else None,
             "scale_epoch": "e1", "evidence": evidence, "source_id": source or f"s-{date}"}
            for m, r, e, ci in rows]


def table(*boards: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame([row for b in boards for row in b])
    return frame.astype({"ci_low": "Float64", "ci_high": "Float64", "elo": "Float64", "rank": "Int64"})


def history() -> pd.DataFrame:
    return table(
        board("2025-12-01", [("runway", 1, 1247.0, False), ("veo", 2, 1226.0, False)], evidence="C"),
        board("2026-08-01", [("gemini", 1, 1300.0, True), ("horse", 2, 1290.0, True),
                             ("kling", 3, 1200.0, True)]),
        board("2026-08-02", [("gemini", 1, 1320.0, True), ("horse", 2, 1280.0, True),
                             ("kling", 3, 1200.0, True)]),
        board("2026-08-03", [("gemini", 1, 1300.0, False), ("horse", 2, 1290.0, True)]),  # leader unrated
        board("2026-08-04", [("wan", 1, 1300.0, True), ("gemini", 1, 1300.0, True)]),
    )


def test_one_row_per_board_whose_leader_has_an_interval() -> None:
    odds = daily_leader_odds(history(), ARENA, POOL)
    assert odds["snapshot_date"].dt.strftime("%m-%d").tolist() == ["08-01", "08-02", "08-04"]
    assert odds["model"].tolist() == ["gemini", "gemini", "gemini"]  # a level tie keeps yesterday's leader
    assert odds["runner_up"].tolist() == ["horse", "horse", "wan"]


def test_probabilities_match_the_normal_model_of_published_intervals() -> None:
    odds = daily_leader_odds(history(), ARENA, POOL).set_index("snapshot_date")
    first = odds.loc[pd.Timestamp("2026-08-01")]
    assert first["p_beats_runner_up"] == pytest.approx(PHI_SQRT2, abs=1e-4)
    assert first["p_leader"] == pytest.approx(PHI_SQRT2, abs=0.01)  # kling, 100 points behind, never leads
    assert odds.loc[pd.Timestamp("2026-08-02"), "p_leader"] > 0.99
    tie = odds.loc[pd.Timestamp("2026-08-04")]
    assert tie["p_beats_runner_up"] == pytest.approx(0.5) and tie["p_leader"] == pytest.approx(0.5, abs=0.02)


def test_p_leader_is_arena_leader_probability_of_the_boards_rated_rows() -> None:
    t = history()
    day = t[t["snapshot_date"] == pd.Timestamp("2026-08-01")]
    direct = arena.leader_probability(day[["model", "elo", "ci_low", "ci_high"]], draws=5000, seed=3)
    odds = daily_leader_odds(t, ARENA, POOL, draws=5000, seed=3)
    assert odds["p_leader"].iloc[0] == direct.set_index("model").loc["gemini", "p_leader"]


def test_top_k_limits_the_rows_compared() -> None:
    assert daily_leader_odds(history(), ARENA, POOL)["n_compared"].tolist() == [3, 3, 2]
    assert daily_leader_odds(history(), ARENA, POOL, top_k=2)["n_compared"].tolist() == [2, 2, 2]
    with pytest.raises(ValueError, match="top_k must be an integer of at least 2"):
        daily_leader_odds(history(), ARENA, POOL, top_k=1)


def test_board_odds_default_to_the_latest_board_with_intervals() -> None:
    odds = board_leader_odds(history(), ARENA, POOL)
    assert set(odds["snapshot_date"]) == {pd.Timestamp("2026-08-04")}
    assert odds["p_leader"].sum() == pytest.approx(1.0)
    assert board_leader_odds(history(), ARENA, POOL, "2026-08-01")["model"].tolist() == ["gemini", "horse",
                                                                                          "kling"]
    with pytest.raises(ValueError, match="2025-12-01 has under two rows with intervals"):
        board_leader_odds(history(), ARENA, POOL, "2025-12-01")
    press_only = history()[lambda t: t["evidence"] == "C"]
    with pytest.raises(ValueError, match="publishes rating intervals"):
        board_leader_odds(press_only, ARENA, POOL)


def test_spells_carry_the_range_of_their_daily_odds_or_na() -> None:
    spells = spell_odds(history(), ARENA, POOL).set_index("model")
    assert spells.loc["runway", "boards_with_odds"] == 0 and pd.isna(spells.loc["runway", "p_leader_min"])
    gemini = spells.loc["gemini"]
    assert gemini["boards_with_odds"] == 3 and gemini["n_snapshots"] == 4
    assert gemini["p_leader_min"] == pytest.approx(0.5, abs=0.02) and gemini["p_leader_max"] > 0.99
    assert gemini["p_leader_last"] == pytest.approx(0.5, abs=0.02)
    assert gemini["p_beats_runner_up_min"] == pytest.approx(0.5)


def test_no_intervals_anywhere_gives_an_empty_table_with_the_columns() -> None:
    press_only = history()[lambda t: t["evidence"] == "C"]
    odds = daily_leader_odds(press_only, ARENA, POOL)
    assert odds.empty and {"p_leader", "p_beats_runner_up", "runner_up"} <= set(odds.columns)


def test_board_odds_compares_the_rows_with_intervals_under_the_normal_model() -> None:
    day = table(board("2026-08-01", [("gemini", 1, 1300.0, True), ("horse", 2, 1290.0, True),
                                     ("kling", 3, 1295.0, False)]))
    odds = board_odds(day, draws=50_000)
    assert odds["model"].tolist() == ["gemini", "horse"]  # kling has no interval: left out, not guessed
    assert odds.loc[0, "p_above_next"] == pytest.approx(PHI_SQRT2, abs=1e-4)
    assert odds.loc[0, "p_leader"] == pytest.approx(PHI_SQRT2, abs=0.01)  # two-way race: the same number
    assert odds["rank_ub"].tolist() == [1, 1] and odds["could_be_first"].all()  # the intervals overlap
    with pytest.raises(ValueError, match="two rows with a rating and an interval"):
        board_odds(day.head(1))


def test_complete_boards_need_an_interval_on_every_rated_row_and_a_rival() -> None:
    t = table(*[board(d, rows) for d, rows in [
        ("2026-08-01", [("gemini", 1, 1300.0, True), ("horse", 2, 1290.0, True),
                        ("kling", 3, 1200.0, False)]),
        ("2026-08-02", [("gemini", 1, 1320.0, True), ("horse", 2, 1280.0, True)]),
        ("2026-08-03", [("gemini", 1, 1320.0, True)]),  # a quote of the leader alone says nothing of its lead
    ]])
    partial = daily_leader_odds(t, ARENA, POOL)
    assert partial["snapshot_date"].dt.strftime("%m-%d").tolist() == ["08-01", "08-02"]
    complete = daily_leader_odds(t, ARENA, POOL, complete=True)
    assert complete["snapshot_date"].dt.strftime("%m-%d").tolist() == ["08-02"]
    skipped = boards_without_odds(t, ARENA, POOL, complete=True)
    reasons = dict(zip(skipped["snapshot_date"].dt.strftime("%m-%d"), skipped["reason"], strict=True))
    assert reasons == {"08-01": "no intervals (s-2026-08-01)", "08-03": "under two rows with intervals"}
    with pytest.raises(ValueError, match="2026-08-01 has no intervals"):
        board_leader_odds(t, ARENA, POOL, "2026-08-01", complete=True)


def test_a_days_leader_odds_are_its_boards_odds() -> None:
    daily = daily_leader_odds(history(), ARENA, POOL, draws=3000, seed=7).set_index("snapshot_date")
    board_day = board_leader_odds(history(), ARENA, POOL, "2026-08-01", draws=3000, seed=7).set_index("model")
    first = daily.loc[pd.Timestamp("2026-08-01")]
    assert first["p_leader"] == board_day.loc["gemini", "p_leader"]
    assert first["margin"] == 10.0 and first["runner_up_name"] == "horse" and first["n_could_be_first"] == 2


def _twice_listed_board(day: str = "2026-10-06") -> pd.DataFrame:
    rows = [("wan", "Wan 3.0", 1, 1128.0), ("h3", "MiniMax H3 (768p)", 2, 1116.0),
            ("h3max", "MiniMax H3 Max (based on MiniMax H3)", 2, 1116.0), ("x", "X Video", 4, 1116.0),
            ("y", "Y Video", 5, 1090.0)]
    return pd.DataFrame([{
        "snapshot_date": pd.Timestamp(day), "arena": ARENA, "category": POOL, "model": m, "model_name": n,
        "creator": "Lab", "rank": r, "elo": e, "ci_low": e - 12, "ci_high": e + 12, "scale_epoch": "e2",
        "evidence": "A", "source_id": "s", "date_precision": "day",
    } for m, n, r, e in rows])


def test_an_entry_listed_twice_counts_once_and_both_values_are_reported() -> None:
    # Review finding: "MiniMax H3 (768p)" and "MiniMax H3 Max (based on MiniMax H3)" carry identical
    # ratings and intervals; counting both gave the rival two chances and cut the leader's P(#1).
    t = _twice_listed_board()
    assert leaderboard.duplicate_entries(t).values.tolist() == [["h3max", "h3"]]
    odds = daily_leader_odds(t, ARENA, POOL, draws=40_000).iloc[0]
    assert odds["listed_twice"] == "MiniMax H3 Max (based on MiniMax H3) = MiniMax H3 (768p)"
    assert odds["p_leader"] > odds["p_leader_counting_twice"] + 0.03
    assert odds["n_compared"] == 4  # x keeps its row: same numbers, but no "based on" link
    board = board_leader_odds(t, ARENA, POOL).set_index("model")
    assert "h3max" not in board.index and board.loc["h3", "also_listed_as"].startswith("MiniMax H3 Max")
    assert board["p_leader"].sum() == pytest.approx(1.0)
    plain = t[t["model"] != "h3max"]
    assert daily_leader_odds(plain, ARENA, POOL).iloc[0]["listed_twice"] == ""


def test_the_correlation_check_raises_a_clear_leaders_odds() -> None:
    odds = daily_leader_odds(_twice_listed_board(), ARENA, POOL, draws=40_000).iloc[0]
    assert odds["p_leader_correlated"] > odds["p_leader"]  # correlated errors cancel in the gap
    assert 0 < odds["p_leader"] < 1


def test_board_odds_carry_the_correlated_value_beside_the_independent_one() -> None:
    odds = board_leader_odds(history(), ARENA, POOL, "2026-08-01").set_index("model")
    assert odds["p_leader_correlated"].sum() == pytest.approx(1.0)
    # Positively correlated ratings make the same gaps surer: the leader gains, the rest lose.
    assert odds.loc["gemini", "p_leader_correlated"] > odds.loc["gemini", "p_leader"]
    daily = daily_leader_odds(history(), ARENA, POOL).set_index("snapshot_date")
    assert odds.loc["gemini", "p_leader_correlated"] == daily.loc[pd.Timestamp("2026-08-01"),
                                                                  "p_leader_correlated"]


def test_a_board_seen_before_gives_the_same_odds_from_memory_and_a_changed_board_new_ones() -> None:
    from videomarket.leaderboard import _odds

    full = history()
    first = daily_leader_odds(full, ARENA, POOL)
    # a shorter window is a new call, but its boards are the same boards: their odds come from memory
    later = full[full["snapshot_date"] > full["snapshot_date"].min()]  # drops the board without intervals
    assert len(_odds._RECORDS) > 0
    pd.testing.assert_frame_equal(daily_leader_odds(later, ARENA, POOL), first)
    # the runner-up's interval widened on 2 August: that board is computed afresh and its odds fall
    moved = full.copy()
    day = moved["snapshot_date"] == pd.Timestamp("2026-08-02")
    moved.loc[day & (moved["model"] == "horse"), "ci_low"] -= 30.0
    moved.loc[day & (moved["model"] == "horse"), "ci_high"] += 30.0
    changed = daily_leader_odds(moved, ARENA, POOL).set_index("snapshot_date")
    before = first.set_index("snapshot_date")
    assert changed.loc["2026-08-02", "p_leader"] < before.loc["2026-08-02", "p_leader"]
    pd.testing.assert_frame_equal(changed.drop(index=pd.Timestamp("2026-08-02")),
                                  before.drop(index=pd.Timestamp("2026-08-02")))
