"""Sentences of the "how sure is #1" report: approximate wording, the independence assumption said,
the rank bound the right way round, no cross-pool claim the anchors could explain."""

from __future__ import annotations

import pandas as pd

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
    assert ("read as independent, the published intervals give it a chance of being truly first of about "
            "90% (about 93% if the ratings were correlated at 0.3, an illustration)") in text
    repeated = _history().assign(unchanged=[False, True])
    counted = stories.history_text(repeated, "text-to-video", skipped=0, breaks=pd.DataFrame())
    assert "2 daily copies of the text to video (silent) board" in counted
    assert "1 repeats the day before unchanged, leaving 1 distinct board. On 0 of them" in counted
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


def _pools() -> pd.DataFrame:
    return pd.DataFrame({
        "category": ["text-to-video", "image-to-video", "text-to-video-audio"],
        "share_sure": [0.68, 0.69, 0.11], "median_margin": [38.5, 28.5, 5.0],
        "median_half_width": [10.0, 11.0, 9.0],
        "latest_leader": ["Wan 3.0", "Gemini Omni Flash", "Wan 3.0"], "latest_p_leader": [0.874, 0.6, 0.83],
        "latest_p_leader_correlated": [0.921, 0.66, 0.88], "latest_could_be_first": [3, 5, 1],
    })


def test_pool_contrast_is_explained_by_the_leads_not_by_an_anchor() -> None:
    text = stories.pool_certainty_text(_pools())
    assert text.startswith("On the latest boards the leaders are text to video (silent): Wan 3.0, about 87% "
                           "(about 92% if the ratings were correlated at 0.3, an illustration) (3 models "
                           "cannot be ruled out)")
    assert ("69% of the distinct image to video (silent) boards but on 11% of the text to video with "
            "audio") in text
    assert ("Pools with bigger leads had surer leaders; the leader's interval is ±9 to ±11 points in every "
            "pool.") in text
    assert "anchor" not in text
    mixed = _pools().assign(median_margin=[5.0, 6.0, 40.0], median_half_width=[5.0, 11.0, 20.0])
    assert "bigger leads" not in stories.pool_certainty_text(mixed)
    assert "in every pool" not in stories.pool_certainty_text(mixed)


def test_the_correlated_value_is_a_labelled_sensitivity_not_a_range() -> None:
    sensitivity = "if the ratings were correlated at 0.3, an illustration"
    assert stories.chance_range(0.874, 0.921) == f"about 87% (about 92% {sensitivity})"
    assert stories.chance_range(0.9, 0.903) == "about 90%"
    assert stories.chance_range(0.98, 0.999) == f"about 98% (more than 99% {sensitivity})"


def _run_history() -> pd.DataFrame:
    return pd.DataFrame({
        "snapshot_date": pd.to_datetime(["2026-08-01", "2026-08-02", "2026-09-03", "2026-09-04",
                                         "2026-10-10"]),
        "model": ["g", "g", "w", "w", "w"],
        "model_name": ["Gemini", "Gemini", "Wan 3.0", "Wan 3.0", "Wan 3.0"],
        "margin": [21.0, 21.0, 9.0, 3.0, 11.0], "runner_up_name": ["Wan 3.0", "Wan 3.0", "G", "G", "H3"],
        "p_leader": [0.997, 0.997, 0.877, 0.649, 0.874],
        "p_leader_correlated": [0.999, 0.999, 0.9, 0.7, 0.921],
        "unchanged": [False, True, False, False, False], "listed_twice": [""] * 5,
        "p_leader_counting_twice": [pd.NA] * 5,
    })


def test_answer_says_how_sure_leads_were_before_and_since_the_latest_leader() -> None:
    board = pd.DataFrame({"could_be_first": [True, True, True, False]})
    answer = stories.certainty_answer(_run_history(), board, "text-to-video")
    assert answer == ("In the text to video (silent) pool, leads were at least 95% sure on 1 of 1 distinct "
                      "boards "
                      "before 3 September 2026; since Wan 3.0 took over on 3 September 2026, its chance of "
                      "being "
                      "truly #1 has ranged from about 65% to 88% (independent ratings), and on the latest "
                      "board "
                      "(10 October 2026) 3 models cannot be ruled out.")


def _gaps() -> pd.DataFrame:
    return pd.DataFrame({
        "model": ["r", "h", "h", "g", "w", "w"],
        "model_name": ["Runway", "HappyHorse-1.0", "HappyHorse-1.0", "Gemini", "Wan 3.0", "Wan 3.0"],
        "margin": [21.0, 115.0, 80.0, 39.0, 9.0, 3.0],
        "new_leader": [False, True, False, True, True, False],
        "leader_since": pd.to_datetime(["2025-12-01", "2026-04-08", "2026-04-08", "2026-07-23", "2026-09-03",
                                        "2026-09-03"]),
        "days_unseen_before": [None, 68.0, 68.0, 27.0, 0.0, 0.0],
    })


def test_findings_count_every_change_and_say_when_no_board_saw_it() -> None:
    rivals = arena.head_to_head(pd.DataFrame({"model": ["r", "v"], "model_name": ["Runway Gen-4.5", "Veo 3"],
                                              "elo": [1247.0, 1226.0]}))
    board = pd.DataFrame({"could_be_first": [True, True, False]})
    findings = stories.certainty_findings(rivals, _run_history(), board, _pools(), _gaps(), "text-to-video")
    assert 3 <= len(findings) <= 5
    assert findings[0].startswith("On the latest text to video (silent) board (10 October 2026), Wan 3.0's "
                                  "chance of being truly #1 is about 87% (about 92% if the ratings were "
                                  "correlated")
    assert findings[1] == ("The #1 spot changed hands 3 times: HappyHorse-1.0 (April 2026), Gemini (July "
                           "2026), Wan 3.0 (September 2026); 2 of these changes happened while no board was "
                           "seen for 27 to "
                           "68 "
                           "days.")
    assert findings[2].startswith("Leads came in very different sizes: 80–115 points while HappyHorse-1.0 "
                                  "led, "
                                  "3–9 points since Wan 3.0 took over. A 3-point lead means being preferred "
                                  "in 50.4% of")
    assert "December 2025's 21-point lead of Runway Gen-4.5 over Veo 3 is a 53.0%" in findings[4]
    assert "anchor" not in " ".join(findings)


def test_gaps_text_gives_each_leaders_leads_and_the_unseen_days() -> None:
    summary = pd.Series({"boards": 91, "median_margin": 21.0, "min_margin": 3.0, "max_margin": 115.0,
                         "p_preferred_median": 0.530, "votes_for_median": 2152})
    text = stories.gaps_text(summary, _gaps(), "text-to-video", "C", "5% level with 80% power")
    assert text.startswith("Over 91 boards of the text to video (silent) pool (evidence grades A to C), the "
                           "lead "
                           "of #1 over #2 ranged from 3 points to 115 points, and it depends on who led: "
                           "Runway 21 "
                           "points; HappyHorse-1.0 80–115 points; Gemini 39 points; Wan 3.0 3–9 points.")
    assert "about **2,152 votes** between the two to establish (5% level with 80% power)" in text
    assert ("The #1 spot changed hands 3 times in these boards; before 2 of the changes no board was seen "
            "for 27 to 68 days") in text
    archived = stories.gaps_text(summary, _gaps().assign(new_leader=False), "text-to-video", "A", "x")
    assert "(archived copies only)" in archived and "changed hands" not in archived


def test_contenders_are_credited_to_their_parent_developer() -> None:
    board = pd.DataFrame({"model_name": ["Wan 3.0", "MiniMax H3 Max (based on MiniMax H3)", "X"],
                          "creator": ["Alibaba", "Fal", "Lab"], "rank_ub": [1, 1, 3]})
    table = stories.contenders_table(board)
    assert table["developer"].tolist() == ["Alibaba", "MiniMax"]


def test_no_finding_starts_with_a_hash_that_markdown_would_read_as_a_heading() -> None:
    rivals = arena.head_to_head(pd.DataFrame({"model": ["r", "v"], "model_name": ["Runway Gen-4.5", "Veo 3"],
                                              "elo": [1247.0, 1226.0]}))
    board = pd.DataFrame({"could_be_first": [True, False]})
    findings = stories.certainty_findings(rivals, _run_history(), board, _pools(), _gaps(), "text-to-video")
    assert not [f for f in findings if f.lstrip().startswith("#")]
