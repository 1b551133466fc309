"""How sure is #1: rank bounds, P(#1) per board and over time, gaps as preference and votes, comparison."""

from __future__ import annotations

import math
from statistics import NormalDist

import numpy as np
import pandas as pd
import pytest

from videomarket import arena, data, leaderboard
from videomarket.arena import _votes as votes

ARENA, POOL = "Artificial Analysis", "text-to-video"
Z = NormalDist().inv_cdf(0.975)


def board(date: str, rows: list[tuple], *, source: str, evidence: str = "A", epoch: str = "e1") -> list[dict]:
    """rows: (model, rank, elo, ci half-width or None)."""
    return [
        {
            "snapshot_date": pd.Timestamp(date),
            "arena": ARENA,
            "category": POOL,
            "model": model,
            "model_name": model.upper(),
            "creator": "Lab",
            "rank": rank,
            "elo": elo,
            "ci_low": None if half is None else elo - half,
            "ci_high": None if half is None else elo + half,
            "scale_epoch": epoch,
            "evidence": evidence,
            "source_id": source,
        }
        for model, rank, elo, half in rows
    ]


@pytest.fixture(scope="module")
def demo() -> pd.DataFrame:
    rows = board("2026-01-01", [("a", 1, 1300.0, 5), ("b", 2, 1260.0, 5), ("c", 3, 1200.0, 5)], source="s1")
    rows += board("2026-01-02", [("a", 1, 1301.0, None), ("b", 2, 1262.0, None)], source="s2")  # no intervals
    rows += board(
        "2026-01-05",
        [("b", 1, 1200.0, 10), ("a", 2, 1195.0, 10), ("c", 3, 1100.0, 10)],
        source="s3",
        epoch="e2",
    )
    return pd.DataFrame(rows)


# --- rank bounds and one board ------------------------------------------------------------------


def test_rank_upper_bound_counts_models_entirely_above() -> None:
    table = pd.DataFrame({"model": list("abcd"), "ci_low": [10, 5, 0, -20], "ci_high": [20, 15, 4, -10]})
    result = arena.rank_upper_bounds(table)
    # c: a's low (10) and b's low (5) are above its high (4); d: all three are above
    assert result["rank_ub"].tolist() == [1, 1, 3, 4]
    assert result["could_be_first"].tolist() == [True, True, False, False]


def test_rank_upper_bound_needs_every_interval() -> None:
    with pytest.raises(ValueError, match="ci_low and ci_high"):
        arena.rank_upper_bounds(pd.DataFrame({"model": ["a"], "ci_low": [None], "ci_high": [1.0]}))


def test_board_certainty_defaults_to_the_latest_board_with_intervals(demo: pd.DataFrame) -> None:
    table = leaderboard.board_certainty(demo, ARENA, POOL, draws=50_000)
    assert set(table["snapshot_date"]) == {pd.Timestamp("2026-01-05")}
    assert table["model"].tolist() == ["b", "a", "c"]
    # b vs a: gap 5, each sd 10 / 1.96 -> exact P(b above a)
    expected = NormalDist().cdf(5 / math.hypot(10 / Z, 10 / Z))
    assert table.loc[0, "p_above_next"] == pytest.approx(expected, abs=1e-12)
    assert table.loc[0, "p_leader"] == pytest.approx(expected, abs=0.01)  # c never wins: two-way race
    assert table["rank_ub"].tolist() == [1, 1, 3]


def test_board_without_intervals_is_refused(demo: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="without a rating interval"):
        leaderboard.board_certainty(demo, ARENA, POOL, "2026-01-02")
    with pytest.raises(ValueError, match="no Artificial Analysis / text-to-video board on 2026-01-03"):
        leaderboard.board_certainty(demo, ARENA, POOL, "2026-01-03")


# --- history --------------------------------------------------------------------------------------


def test_history_has_one_row_per_board_with_intervals(demo: pd.DataFrame) -> None:
    history = leaderboard.leader_probability_history(demo, ARENA, POOL, draws=40_000)
    assert history["snapshot_date"].tolist() == [pd.Timestamp("2026-01-01"), pd.Timestamp("2026-01-05")]
    skipped = leaderboard.boards_without_odds(demo, ARENA, POOL, complete=True)
    assert skipped["snapshot_date"].tolist() == [pd.Timestamp("2026-01-02")]
    assert "no intervals (s2)" in skipped["reason"].iloc[0]
    first, second = history.iloc[0], history.iloc[1]
    assert first["model"] == "a" and first["p_leader"] > 0.999 and first["n_could_be_first"] == 1
    assert second["model"] == "b" and second["could_be_first"] == "B, A"
    assert second["p_beats_runner_up"] == pytest.approx(NormalDist().cdf(5 / math.hypot(10 / Z, 10 / Z)))
    assert second["margin"] == 5.0 and second["scale_epoch"] == "e2"
    assert history["scale_epoch"].tolist() == ["e1", "e2"]  # the timeline reads the re-anchoring from here


def test_history_chances_are_exact_so_no_seed_or_draw_count_changes_them(demo: pd.DataFrame) -> None:
    one = leaderboard.leader_probability_history(demo, ARENA, POOL, draws=2_000, seed=3)
    other = leaderboard.leader_probability_history(demo, ARENA, POOL, draws=50_000, seed=4)
    assert one["p_leader"].tolist() == other["p_leader"].tolist()
    # two rivals with intervals on the second board: P(#1) is the exact normal P(above the runner-up)
    assert one["p_leader"].iloc[1] == pytest.approx(one["p_beats_runner_up"].iloc[1], abs=1e-6)


@pytest.fixture(scope="module")
def rankings() -> pd.DataFrame:
    return data.load_rankings()


def test_real_history_being_first_is_no_likelier_than_beating_the_runner_up(rankings: pd.DataFrame) -> None:
    history = leaderboard.leader_probability_history(rankings, ARENA, POOL, draws=20_000)
    assert history["snapshot_date"].is_unique and len(history) >= 20
    assert history["evidence"].eq("A").all()  # only archived boards carry intervals
    # P(max) <= P(above the runner-up), up to Monte Carlo error (sd <= 0.0036 at 20,000 draws)
    assert (history["p_leader"] <= history["p_beats_runner_up"] + 0.015).all()
    skipped = set(leaderboard.boards_without_odds(rankings, ARENA, POOL, complete=True)["snapshot_date"])
    assert pd.Timestamp("2026-09-29") in skipped  # the top-8 copy without intervals


def test_pool_summary_counts_sure_boards(demo: pd.DataFrame) -> None:
    summary = leaderboard.leader_certainty_by_pool(demo, ARENA, [POOL], draws=20_000)
    row = summary.iloc[0]
    assert row["boards"] == 2 and row["leaders"] == 2
    assert row["boards_sure"] == 1 and row["share_sure"] == 0.5  # only the 40-point lead is 95 % sure
    assert row["median_half_width"] == 7.5
    newest = leaderboard.leader_probability_history(demo, ARENA, POOL).iloc[-1]
    assert row["latest_half_width"] == (newest["ci_high"] - newest["ci_low"]) / 2  # the newest board's leader
    assert row["source_ids"] == "s1, s3"  # s2 had no intervals
    assert row["distinct_boards"] == 2 and row["median_margin"] == pytest.approx(22.5)
    assert row["latest_leader"] == leaderboard.leader_probability_history(demo, ARENA, POOL).iloc[-1][
        "model_name"] and row["latest_could_be_first"] >= 1
    with pytest.raises(ValueError, match="threshold"):
        leaderboard.leader_certainty_by_pool(demo, ARENA, [POOL], threshold=1.0)


# --- quoted ratings and head-to-head -------------------------------------------------------------


def test_december_2025_quotes_and_the_53_percent_of_issue_5(rankings: pd.DataFrame) -> None:
    quoted = leaderboard.reported_ratings(rankings, ARENA, POOL, "2025-12-01")
    # press values of 1 Dec 2025 (arena_history.md): Runway Gen-4.5 1247, Veo 3 1226, Kling 2.5 1225,
    # Sora 2 Pro 1206
    assert quoted["elo"].tolist() == [1247.0, 1226.0, 1225.0, 1206.0]
    assert quoted["model"].iloc[0] == "runway-gen-4-5"
    rivals = arena.head_to_head(quoted)
    veo = rivals.set_index("model").loc["veo-3"]
    assert veo["gap"] == 21 and round(veo["p_preferred"], 2) == 0.53  # "1247 vs 1226 is about 53%"
    assert veo["p_preferred"] == pytest.approx(1 / (1 + 10 ** (-21 / 400)))
    assert veo["votes_needed"] == arena.votes_needed(21)
    assert set(rivals["leader_name"]) == {"Runway Gen-4.5"}


def test_quotes_prefer_the_better_grade_and_flag_disagreement() -> None:
    rows = board("2026-01-01", [("a", 1, 1250.0, None)], source="press-c", evidence="C")
    rows += board(
        "2026-01-01", [("a", None, 1249.0, None), ("b", None, 1240.0, None)], source="news-b", evidence="B"
    )
    quoted = leaderboard.reported_ratings(pd.DataFrame(rows), ARENA, POOL, "2026-01-01")
    a = quoted.set_index("model").loc["a"]
    assert a["elo"] == 1249.0 and a["source_id"] == "news-b" and a["n_sources"] == 2 and a["values_disagree"]
    with pytest.raises(ValueError, match="no Artificial Analysis / text-to-video rating is quoted"):
        leaderboard.reported_ratings(pd.DataFrame(rows), ARENA, POOL, "2026-01-02")


def test_head_to_head_options_and_errors() -> None:
    quoted = pd.DataFrame({"model": ["x", "y", "z"], "rating": [1000.0, 1100.0, 1050.0]})
    rivals = arena.head_to_head(quoted, leader="z", alpha=0.01, power=0.9)
    assert rivals.set_index("model")["gap"].to_dict() == {"x": 50.0, "y": -50.0}
    assert rivals.set_index("model").loc["x", "votes_needed"] == arena.votes_needed(50, alpha=0.01, power=0.9)
    with pytest.raises(ValueError, match="not among"):
        arena.head_to_head(quoted, leader="w")
    with pytest.raises(ValueError, match="at least two"):
        arena.head_to_head(quoted.head(1))


# --- gaps over time, votes curve --------------------------------------------------------------------


def test_leader_gaps_and_summary(demo: pd.DataFrame) -> None:
    gaps = leaderboard.leader_gaps(demo, ARENA, POOL, alpha=0.05, power=0.8)
    assert gaps["margin"].tolist() == [40.0, 39.0, 5.0]
    assert gaps["new_leader"].tolist() == [False, False, True]
    assert gaps["runner_up_name"].tolist() == ["B", "B", "A"]
    assert gaps["votes_needed"].tolist() == [float(arena.votes_needed(m)) for m in (40, 39, 5)]
    summary = leaderboard.gap_summary(gaps)
    assert summary["median_margin"] == 39.0 and summary["votes_for_median"] == arena.votes_needed(39)
    assert summary["median_margin_new"] == 5.0 and summary["new_leader_boards"] == 1
    strict = leaderboard.gap_summary(leaderboard.leader_gaps(demo, ARENA, POOL, alpha=0.01))
    assert strict["votes_for_median"] == arena.votes_needed(39, alpha=0.01) > summary["votes_for_median"]


def test_gap_summary_of_nothing_raises() -> None:
    with pytest.raises(ValueError, match="no board"):
        leaderboard.gap_summary(pd.DataFrame({"margin": [], "new_leader": []}))


def test_votes_needed_table_is_the_arena_formula_and_falls() -> None:
    table = arena.votes_needed_table(40, step=0.5, alpha=0.05, power=0.8)
    assert table["gap"].iloc[0] == 0.5 and table["gap"].iloc[-1] == 40 and len(table) == 80
    assert table["votes_needed"].tolist() == arena.votes_needed(table["gap"].to_numpy()).tolist()
    assert (np.diff(table["votes_needed"]) <= 0).all()
    with pytest.raises(ValueError, match="step"):
        arena.votes_needed_table(10, step=0)


# --- ours against the publisher ---------------------------------------------------------------------


def test_comparison_columns_and_mismatch() -> None:
    ours = pd.DataFrame(
        {
            "model": ["a", "b"],
            "rating": [1010.0, 990.0],
            "ci_low": [1000.0, 985.0],
            "ci_high": [1020.0, 995.0],
        }
    )
    theirs = pd.DataFrame({"model": ["b", "a"], "rating": [996.0, 1011.0]})
    table = arena.compare_with_published(ours, theirs)
    assert table["difference"].tolist() == [-1.0, -6.0]
    assert table["published_inside"].tolist() == [True, False]
    assert table["difference"].abs().max() == 6.0
    with pytest.raises(ValueError, match="only published: \\['c'\\]"):
        arena.compare_with_published(
            ours, pd.concat([theirs, pd.DataFrame({"model": ["c"], "rating": [1.0]})])
        )


def test_genai_bootstrap_contains_the_published_table() -> None:
    battles = votes.load_genai_arena("generation", anonymous_only=True)
    ours = arena.bootstrap_ratings(battles, rounds=300, seed=0, l2=0.5)
    table = arena.compare_with_published(ours, votes.load_publisher_leaderboard("generation"))
    assert table["difference"].abs().max() < 0.5  # issue 5 acceptance: within 0.5 rating points
    assert table["published_inside"].all()
    assert table["rank_ub"].tolist() == [1, 2, 3, 4, 5, 6]


def test_a_new_leader_first_seen_without_a_runner_up_still_counts_as_a_change() -> None:
    """A press page quoting only the new #1 starts its run; the change is counted on its first board
    with a margin, dated from the first sighting, with the days no board covers before it."""
    rows = []
    for day, board in (("2026-01-01", {"a": 1100, "b": 1090}), ("2026-01-10", {"c": 1200}),
                       ("2026-01-11", {"c": 1201, "a": 1150}), ("2026-01-12", {"c": 1202, "a": 1151})):
        for rank, (model, elo) in enumerate(board.items(), start=1):
            rows.append({"snapshot_date": pd.Timestamp(day), "arena": ARENA, "category": POOL, "model": model,
                         "model_name": model.upper(), "rank": rank, "elo": float(elo), "scale_epoch": "e1",
                         "evidence": "A", "source_id": "s"})
    gaps = leaderboard.leader_gaps(pd.DataFrame(rows), ARENA, POOL)
    assert gaps["snapshot_date"].dt.day.tolist() == [1, 11, 12]
    assert gaps["new_leader"].tolist() == [False, True, False]
    changed = gaps[gaps["new_leader"]].iloc[0]
    assert changed["leader_since"] == pd.Timestamp("2026-01-10") and changed["days_unseen_before"] == 8


def test_a_board_copied_again_unchanged_is_flagged_and_not_counted_twice(demo: pd.DataFrame) -> None:
    last = demo[demo["snapshot_date"] == demo["snapshot_date"].max()]
    again = pd.concat([demo, last.assign(snapshot_date=last["snapshot_date"] + pd.Timedelta(days=1))])
    history = leaderboard.leader_probability_history(again, ARENA, POOL, draws=2_000)
    assert history["unchanged"].tolist() == [False, False, True]
    summary = leaderboard.leader_certainty_by_pool(again, ARENA, [POOL], draws=2_000).iloc[0]
    assert (summary["boards"], summary["distinct_boards"], summary["boards_sure"]) == (3, 2, 1)
    moved = again.copy()
    moved.loc[moved["snapshot_date"] == moved["snapshot_date"].max(), "elo"] += 1.0
    assert not leaderboard.leader_probability_history(moved, ARENA, POOL, draws=2_000)["unchanged"].iloc[-1]


def test_leader_gaps_can_keep_only_distinct_boards_with_intervals(demo: pd.DataFrame) -> None:
    """``unchanged`` flags a copy identical to the board before it; ``complete`` keeps the boards with an
    interval on every rated row, ``distinct`` drops the copies: with both, the boards of the history."""
    last = demo[demo["snapshot_date"] == demo["snapshot_date"].max()]
    again = pd.concat([demo, last.assign(snapshot_date=last["snapshot_date"] + pd.Timedelta(days=1),
                                         source_id="s4")])
    every = leaderboard.leader_gaps(again, ARENA, POOL)
    assert every["snapshot_date"].dt.day.tolist() == [1, 2, 5, 6]
    assert every["unchanged"].tolist() == [False, False, False, True]
    complete = leaderboard.leader_gaps(again, ARENA, POOL, complete=True)
    assert complete["snapshot_date"].dt.day.tolist() == [1, 5, 6]  # 2 January has no intervals
    assert complete["new_leader"].tolist() == [False, True, False]
    both = leaderboard.leader_gaps(again, ARENA, POOL, complete=True, distinct=True)
    assert both["margin"].tolist() == [40.0, 5.0]
    history = leaderboard.leader_probability_history(again, ARENA, POOL, draws=2_000)
    assert both["snapshot_date"].tolist() == history.loc[~history["unchanged"], "snapshot_date"].tolist()
    assert leaderboard.leader_gaps(again, ARENA, POOL, distinct=True)["snapshot_date"].dt.day.tolist() == [
        1, 2, 5]


def test_scale_changes_measure_a_re_anchoring_and_a_re_rating() -> None:
    rows = board("2026-09-30", [("a", 1, 1300.0, 10), ("b", 2, 1250.0, 10), ("m", 3, 1000.0, 0),
                                ("z", 4, 900.0, 10)], source="s1")
    rows += board("2026-10-01", [("a", 1, 1100.0, 10), ("b", 2, 1080.0, 10), ("k", 3, 1000.0, 0)],
                  source="s2", epoch="e2")
    rows += board("2026-10-10", [("a", 1, 1101.0, 10), ("b", 2, 1080.0, 10), ("k", 3, 1000.0, 0),
                                 ("n", 4, 950.0, 10)], source="s3", epoch="e2")
    changes = leaderboard.scale_changes(pd.DataFrame(rows), ARENA, POOL)
    change = changes.iloc[0]
    assert (change["anchor_before"], change["anchor_after"]) == ("M", "K")
    assert (change["models_before"], change["models_after"], change["models_latest"]) == (4, 3, 4)
    assert change["latest_date"] == pd.Timestamp("2026-10-10") and change["models_on_both"] == 2
    assert (change["shift_min"], change["shift_max"]) == (-200.0, -170.0)
    assert not change["common_shift"]  # a re-rating: the gap a-b went from 50 to 20 points
    one_scale = pd.DataFrame(board("2026-09-30", [("a", 1, 1300.0, 10), ("b", 2, 1250.0, 10)], source="s"))
    assert leaderboard.scale_changes(one_scale, ARENA, POOL).empty
    summary = leaderboard.leader_certainty_by_pool(pd.DataFrame(rows), ARENA, [POOL], draws=2_000).iloc[0]
    assert summary["scale_changes"] == 1 and summary["re_rated"]


def test_shipped_re_anchoring_of_october_2026_was_also_a_re_rating(rankings: pd.DataFrame) -> None:
    change = leaderboard.scale_changes(rankings, ARENA, POOL).iloc[0]
    dates = (pd.Timestamp("2026-09-30"), pd.Timestamp("2026-10-01"))
    assert (change["previous_date"], change["date"]) == dates
    assert (change["anchor_before"], change["anchor_after"]) == ("Mochi 1", "Kling 3.0 1080p (Pro)")
    assert (change["models_before"], change["models_after"], change["models_latest"]) == (81, 30, 32)
    assert (change["shift_min"], change["shift_max"]) == (-314.0, -125.0) and not change["common_shift"]
    audio = leaderboard.scale_changes(rankings, ARENA, "text-to-video-audio").iloc[0]
    assert (audio["models_before"], audio["models_after"]) == (36, 27) and not audio["common_shift"]


def test_nudged_board_moves_only_the_leaders_rating_and_interval() -> None:
    b = pd.DataFrame({"model": ["w", "m"], "elo": [1129.0, 1118.0], "ci_low": [1118.0, 1107.0],
                      "ci_high": [1140.0, 1129.0], "p_leader": [0.88, 0.12]})
    lower = leaderboard.nudged_board(b, -1)
    assert lower[["elo", "ci_low", "ci_high"]].iloc[0].tolist() == [1128.0, 1117.0, 1139.0]
    assert lower.iloc[1].equals(b.iloc[1]) and lower["p_leader"].tolist() == [0.88, 0.12]
    assert b["elo"].tolist() == [1129.0, 1118.0]  # the board given is not changed
    assert leaderboard.nudged_board(b, 1)["ci_high"].tolist() == [1141.0, 1129.0]
    # a 1-point lower leader rating lowers its chance, a higher one raises it
    chance = [float(arena.leader_probability(leaderboard.nudged_board(b, p), draws=2_000, seed=0)
                    .set_index("model").loc["w", "p_leader"]) for p in (-1, 0, 1)]
    assert chance[0] < chance[1] < chance[2]


def test_the_days_the_notes_set_the_newest_board_against() -> None:
    from videomarket.leaderboard import last_identical_pair_day, previous_distinct_day

    history = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-08", "2026-10-09",
                                                             "2026-10-10"]),
                            "p_leader_counting_twice": [0.83, None, None, None],
                            "unchanged": [False, False, True, False]})
    assert last_identical_pair_day(history) == pd.Timestamp("2026-10-06")
    assert last_identical_pair_day(history.assign(p_leader_counting_twice=None)) is None
    # 9 October repeats 8 October unchanged, so 8 October is the distinct board before the newest
    assert previous_distinct_day(history) == pd.Timestamp("2026-10-08")
    with pytest.raises(ValueError, match="fewer than two distinct boards"):
        previous_distinct_day(history.iloc[:1])



def test_digit_slips_possible_keeps_only_slips_within_the_same_day_spread() -> None:
    now = pd.DataFrame({"model": ["w", "m"], "elo": [1129.0, 1118.0]})
    # 8 October's 1127: 1119 is 8 off (within an 8-point spread), 1139 is 12 off (ruled out)
    assert leaderboard.digit_slips_possible(now, pd.DataFrame({"model": ["w"], "elo": [1127.0]}), 8.0) == (
        True, False)
    assert leaderboard.digit_slips_possible(now, pd.DataFrame({"model": ["w"], "elo": [1131.0]}), 8.0) == (
        False, True)
    assert leaderboard.digit_slips_possible(now, pd.DataFrame({"model": ["w"], "elo": [1129.0]}), 12.0) == (
        True, True)
    # a board before that does not rate the leader rules nothing out
    assert leaderboard.digit_slips_possible(now, pd.DataFrame({"model": ["x"], "elo": [1000.0]}), 8.0) == (
        True, True)
