"""Sentences of the "how sure is #1" report: approximate wording, the independence assumption said,
the rank bound the right way round, no cross-pool claim the anchors could explain."""

from __future__ import annotations

import pandas as pd
import pytest

from videomarket import arena, stories


def test_probabilities_are_worded_as_approximate() -> None:
    assert [stories.about(p) for p in (0.8958, 0.951, 0.9996, 0.0004, None)] == [
        "about 90%", "about 95%", "more than 99%", "under 1%", "not computable"]


def test_quoted_gap_text_reads_the_gap_as_a_vote() -> None:
    rivals = arena.head_to_head(pd.DataFrame({"model": ["runway", "veo", "sora"],
                                              "model_name": ["Runway Gen-4.5", "Veo 3", "Sora 2 Pro"],
                                              "elo": [1247.0, 1226.0, 1206.0]}))
    text = stories.quoted_gap_text(rivals, stories.vote_test_words(0.05, 0.8))
    assert "Runway Gen-4.5 would be preferred **53.0%** of the time" in text
    assert "41 points over Sora 2 Pro, is a 55.9% preference" in text
    assert "about **2,152 decisive head-to-head votes**" in text and "5% level with 80% power" in text


def _history(**last: object) -> pd.DataFrame:
    rows = pd.DataFrame({
        "snapshot_date": pd.to_datetime(["2026-09-10", "2026-10-06"]), "model_name": ["Wan 3.0", "Wan 3.0"],
        "margin": [9.0, 12.0], "runner_up_name": ["Gemini", "MiniMax H3 (768p)"],
        "p_leader": [0.88, 0.896], "p_leader_correlated": [0.91, 0.934], "listed_twice": ["", ""],
        "p_leader_counting_twice": [pd.NA, pd.NA],
    })
    for column, value in last.items():
        rows.loc[1, column] = value
    return rows


def test_history_text_says_what_the_probability_assumes_and_counts_a_double_listing_once() -> None:
    text = stories.history_text(_history(), "text-to-video", skipped=3, breaks=pd.DataFrame())
    assert "about 90% likely to be truly first if the ratings are independent, about 93% if they are" in text
    assert "listed" not in text and "3 days of this pool" in text
    twice = stories.history_text(
        _history(listed_twice="MiniMax H3 Max (based on MiniMax H3) = MiniMax H3 (768p)",
                 p_leader_counting_twice=0.83), "text-to-video", skipped=0, breaks=pd.DataFrame())
    assert "counted once here, and counting it twice would give about 83%" in twice


def test_rank_bound_is_worded_the_right_way_round() -> None:
    board = pd.DataFrame({"model_name": ["Wan 3.0", "H3", "X"], "could_be_first": [True, True, False],
                          "also_listed_as": ["", "H3 Max (based on H3)", ""],
                          "snapshot_date": pd.to_datetime(["2026-10-06"] * 3)})
    text = stories.contenders_text(board)
    assert "can be no better than one plus the number of models whose whole interval lies above" in text
    assert "cannot be worse" not in text and "2 models of 3 cannot be ruled out" in text
    assert "H3 is listed twice on that board (also as H3 Max (based on H3))" in text


def test_pool_contrast_is_not_read_as_a_fact_about_the_leads() -> None:
    pools = pd.DataFrame({"category": ["text-to-video", "text-to-video-audio"], "share_sure": [0.77, 0.12],
                          "median_half_width": [6.0, 9.0]})
    text = stories.pool_certainty_text(pools)
    assert "77% of the text to video (silent) boards but on 12%" in text
    assert "partly reflects the anchor" in text
    assert "do not depend on the anchor" not in text


def test_answer_and_findings_are_computed_and_bounded() -> None:
    rivals = arena.head_to_head(pd.DataFrame({"model": ["r", "v"], "model_name": ["Runway Gen-4.5", "Veo 3"],
                                              "elo": [1247.0, 1226.0]}))
    answer = stories.certainty_answer(rivals, _history(), "text-to-video")
    assert answer.startswith("Leads of a few points are open questions: December 2025's 21-point lead")
    assert "Wan 3.0, is about 90% likely" in answer
    with pytest.raises(ValueError):
        stories.key_findings([answer])


def test_gaps_text_says_which_boards_and_what_a_typical_lead_takes() -> None:
    summary = pd.Series({"boards": 94, "median_margin": 8.0, "p_preferred_median": 0.5115,
                         "votes_for_median": 14986, "median_margin_new": 6.5, "votes_for_median_new": 22700})
    new_leaders = pd.DataFrame({"model_name": ["A", "B"]})
    text = stories.gaps_text(summary, new_leaders, "text-to-video", "C", "5% level with 80% power")
    assert text.startswith("Over 94 boards of the text to video (silent) pool (evidence grades A to C), the "
                           "median "
                           "lead of #1 over #2 is **8 points**")
    assert "about **14,986 votes** between the two to establish (5% level with 80% power)" in text
    assert "On the first board of each new leader (2 changes), the median lead was 7 points" in text
    archived = stories.gaps_text(summary, new_leaders.iloc[0:0], "text-to-video", "A", "x")
    assert "(archived copies only)" in archived and "new leader" not in archived
