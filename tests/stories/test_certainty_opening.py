"""Report 03, round 74: the answer leads with the note's own count and its wrong-digit caveat, the two 95%
bars told apart, the double listing introduced before its series, the votes section's comparison, the
chart subtitle's counting change and the robustness table's boards said once."""

import pandas as pd

from videomarket import stories


def _board() -> pd.DataFrame:
    return pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"] * 2), "model": ["w", "m"],
                         "model_name": ["Wan 3.0", "MiniMax H3 Max"], "elo": [1129.0, 1118.0],
                         "ci_low": [1118.0, 1107.0], "ci_high": [1140.0, 1129.0], "p_leader": [0.8765, 0.07],
                         "p_leader_as_one": [0.92, None], "pair_apart": [1.0, None],
                         "pair_name": "MiniMax H3"})


def _history() -> pd.DataFrame:
    return pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01", "2026-10-02", "2026-10-06",
                                                          "2026-10-07", "2026-10-10"]),
                         "scale_epoch": "e2", "model": "w", "model_name": "Wan 3.0", "arena": "AA",
                         "category": "t", "p_leader_counting_twice": [None, 0.83, 0.845, None, None]})


def _pairs() -> pd.DataFrame:
    return pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"]), "model_name": ["MiniMax H3 Max"],
                         "same_as_name": ["MiniMax H3 (768p)"], "elo": [1118.0], "same_as_elo": [1117.0]})


def test_double_listing_is_introduced_with_its_base_and_the_chart_says_the_change() -> None:
    assert stories.double_listing_text(_history(), _pairs()) == (
        "The boards of 2 and 6 October 2026 list MiniMax H3 twice with identical numbers: as MiniMax H3 "
        "(768p) and as MiniMax H3 Max, listed as \"based on\" it. From 7 October the two are rated apart "
        "(1118 and 1117 on 10 October), so by this note's rule they count as two rivals.")
    assert stories.double_listing_text(_history(), None) == ""
    assert stories.counting_change_note(_history(), _pairs()) == (
        "from 7 October the two MiniMax H3 listings are rated apart and count as two rivals (no hatching or "
        "cross)")
    assert stories.counting_change_note(_history().iloc[:3], _pairs()) == ""


def test_votes_section_compares_the_published_precision_with_the_test() -> None:
    gaps = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"]), "model_name": ["Wan 3.0"],
                         "margin": [11.0], "votes_needed": [7834.0]})
    assert stories.lead_as_votes_text(_board(), gaps, planning=False) == (
        "Wan 3.0's lead over MiniMax H3 Max is 11 points on 10 October: under the rating model it would win "
        "about 52 of 100 [decisive](#glossary-decisive-vote) head-to-head votes between the two. The 10 "
        "October board's published ±11-point intervals are as precise as about 1,900 decisive votes between "
        "just those two would make them: about half the 3,800 the 11-point lead would need to pass a "
        "standard 95% significance test. So the order is likely, not proven.")
