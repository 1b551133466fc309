"""Exact sentences of report 03 on the latest #1's chance as a range (its repeated listing counted once and
as two rivals), the two 95% bars, the like-for-like series, the changed field and the same-day arenas."""

from __future__ import annotations

import pandas as pd

from videomarket import stories
from videomarket.stories import fmt


def _history() -> pd.DataFrame:
    return pd.DataFrame({
        "snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07", "2026-10-08", "2026-10-09",
                                         "2026-10-10"]),
        "model": "w", "model_name": "Wan 3.0", "p_leader": [0.8958, 0.7799, 0.8175, 0.8175, 0.87865],
        "p_leader_counting_twice": [0.83045, None, None, None, None]})


def _downloaded() -> pd.DataFrame:
    return pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06"] * 3),
                         "model_name": ["Wan 3.0", "MiniMax H3 (768p)", "Dreamina Seedance 2.5"],
                         "p_leader": [0.8958, 0.103, 0.001], "elo": [1127.0, 1116.0, 1102.0],
                         "ci_low": [1115.0, 1104.0, 1090.0], "ci_high": [1139.0, 1128.0, 1114.0],
                         "could_be_first": [True, True, False],
                         "also_listed_as": ["", "MiniMax H3 Max (based on MiniMax H3)", ""]})


def _pairs() -> pd.DataFrame:
    return pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"]), "model_name": ["MiniMax H3 Max"],
                         "same_as_name": ["MiniMax H3 (768p)"], "elo": [1118.0], "same_as_elo": [1117.0]})


def test_contenders_finding_counts_models_and_listings() -> None:
    assert stories.contenders_finding(_downloaded(), listings=True) == (
        "Only 2 of 3 models (3 of 4 listings) could be #1 on 6 October 2026: "
        "Wan 3.0 and MiniMax H3 (768p).")


def test_two_bars_text_keeps_the_test_and_the_chance_apart() -> None:
    assert stories.two_bars_text(_downloaded()) == (
        "Two different 95% bars appear in this note. On the 6 October board, a standard 95% significance "
        "test needs a lead of about 17 points, as it asks whether the gap could be zero; \"at least 95% "
        "likely #1\" in a two-model race needs about 14, as it asks only which model is ahead. Read as "
        "votes, the published ±12-point intervals are as wide as about 1,600 "
        "[decisive votes](#glossary-decisive-vote) between Wan 3.0 and MiniMax H3 (768p) alone would give: "
        "a measure of how precise the ratings are, not a count of votes cast. About 3,800 such votes would "
        "let its 11-point lead pass the test only half the time.")
    assert stories.two_bars_text(_downloaded().iloc[:1]) == ""
    # beside the votes section's count at 80% power, when the latest lead is the same size
    assert stories.two_bars_text(_downloaded(), gaps=_gaps()).endswith(
        "pass the test only half the time. To detect a real gap of that size 8 times in 10, a study would "
        "plan for more, about 7,800 (the count the votes section and its chart give).")


def test_rival_series_text_counts_two_rivals_on_every_board() -> None:
    assert stories.rival_series_text(_history(), "2026-10-06", _pairs()) == (
        "Counted as two rivals on every board, Wan 3.0's chance reads 83% on 6 October, 78–82% "
        "on 7–9 October and 88% on 10 October. On 10 October the two "
        "MiniMax H3 listings are rated apart, 1118 and 1117: they no longer share a rating, so by this "
        "note's rule they count as two listings.")
    assert stories.rival_series_text(_history().iloc[:1], "2026-10-06") == ""


def test_changed_field_text_says_the_rise_partly_reflects_a_changed_field() -> None:
    history = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30", "2026-10-01"]),
                            "scale_epoch": ["a", "b"], "model": "w", "model_name": "Wan 3.0",
                            "runner_up": ["g", "m"], "runner_up_name": ["Gemini Omni Flash", "M"],
                            "margin": [3.0, 11.0], "board_size": [81, 30], "p_leader": [0.64465, 0.88]})
    rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01"] * 2), "model": ["w", "m"]})
    assert stories.changed_field_text(history, rows) == (
        "Wan 3.0's rise after the 1 October [re-rating](#glossary-re-rating) partly reflects a changed "
        "field: Gemini Omni Flash, its closest rival, is not on the re-rated board under that name. The "
        "re-rating also changed the rating scale.")
    # with ratings, how many of the models on both boards the re-rating moved
    rated = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30"] * 4 + ["2026-10-01"] * 4),
                          "model": ["w", "g", "x", "y", "w", "m", "x", "y"],
                          "elo": [1360.0, 1357.0, 1300.0, 1200.0, 1129.0, 1118.0, 1050.0, 1200.0]})
    assert stories.changed_field_text(history, rated).endswith(
        "name. The re-rating also moved the ratings of 2 of the 3 models on both boards.")
    assert stories.changed_field_text(history, rated.assign(elo=rated["elo"] + [0, 0, 0, 0, 0, 0, 0, 1])
                                      ).endswith("The re-rating also moved the ratings of all 3 models on "
                                                 "both boards.")
    assert stories.changed_field_text(history, rows.assign(model=["w", "g"])) == ""


def test_safe_wording_names_the_rival_once() -> None:
    undated = _downloaded().drop(columns="snapshot_date")
    assert stories.safe_wording(undated) == (
        "**Safe wording.** \"Wan 3.0 narrowly leads Artificial Analysis's silent text-to-video arena; "
        "MiniMax H3 cannot be ruled out as the true #1.\" Avoid: \"Wan 3.0 is the best video model.\"")


def test_safe_wording_is_dated_in_the_past_and_says_the_copy_is_unchecked() -> None:
    rebuilt = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
                            "snapshot_date": pd.to_datetime(["2026-10-06"]), "rebuilt_only": [True],
                            "checked": [False]})
    assert stories.safe_wording(_downloaded(), rebuilt=rebuilt) == (
        "**Safe wording.** \"On 6 October 2026, Wan 3.0 narrowly led Artificial Analysis's silent "
        "text-to-video arena, on a copy of the board not yet checked against the original; MiniMax H3 could "
        "not be ruled out as the true #1.\" Avoid: \"Wan 3.0 is the best video model.\"")
    # an exact download is not called unchecked
    assert "not yet checked" not in stories.safe_wording(_downloaded(), rebuilt=rebuilt.assign(
        rebuilt_only=[False]))


def test_draws_note_says_the_chances_are_exact_and_reproducible() -> None:
    assert stories.chances_method_note(pd.DataFrame({"p_leader": [0.87249]})) == (
        "Chances are computed exactly (by numerical integration, not simulation), so anyone can reproduce "
        "them from the ratings and intervals shown, up to rounding.")


def test_same_days_text_sets_the_arenas_side_by_side() -> None:
    history = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-18", "2026-09-20", "2026-09-22"]),
                            "model_name": ["Wan 3.0"] * 3, "p_leader": [0.76455] * 3, "margin": [6.0] * 3,
                            "runner_up_name": ["Gemini Omni Flash"] * 3})
    table = pd.DataFrame({"rank": [1, 6], "model_name": ["Gemini Omni Flash 1.1", "Wan 3.0"]})
    rebuilt = history.assign(arena="Artificial Analysis", category="text-to-video", rebuilt_only=True)
    assert stories.same_days_text(history, table, "2026-09-21", rebuilt) == (
        "On the nearest days, Artificial Analysis's boards of 20 and 22 September (rebuilt copies) had "
        "Wan 3.0 at #1, about 76% likely and 6 points ahead of Gemini Omni Flash; on LMArena's board of "
        "21 September it was #6.")
    assert stories.same_days_text(history, table, "2026-08-01") == ""


def test_votes_curve_mark_is_the_quoted_point() -> None:
    gaps = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-24", "2026-10-10"]),
                         "model_name": ["Wan 3.0", "Wan 3.0"], "margin": [3.0, 11.0],
                         "votes_needed": [105276.0, 7834.0]})
    assert stories.votes_curve_mark(gaps) == (11.0, 7834.0,
                                              "Wan 3.0's latest lead, 11 points:\nabout 7,800 votes")


def test_robustness_table_labels_the_headline_reading() -> None:
    table = stories.robustness_table(_history(), "2026-10-06")
    assert table["reading"].tolist()[:2] == ["Identical listing counted once, errors independent",
                                             "The two identical listings counted as two rivals"]
    assert [fmt.pct(p, 0) for p in table["chance"]][:2] == ["90%", "83%"]
    assert table["chance"].dtype == float  # a number: the download is numeric
    assert table["reading"].iloc[-1] == "As published, errors independent"


def test_contenders_table_and_pools_table_round_as_the_page() -> None:
    board = _downloaded().assign(creator=["Alibaba", "MiniMax", "ByteDance"], rank_ub=[1, 2, 3],
                                 p_leader=[0.87865, 0.06805, 0.00035])
    assert stories.contenders_table(board)["p_leader"].tolist() == [0.87865, 0.06805]
    pools = pd.DataFrame({"category": ["image-to-video"], "last": pd.to_datetime(["2026-10-06"]),
                          "median_margin": [38.205], "re_rated": [False]})
    assert stories.pools_table(pools)["median_margin"].tolist() == [38.0]


def _gaps() -> pd.DataFrame:
    return pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-24", "2026-10-10"]),
                         "model_name": ["Wan 3.0", "Wan 3.0"], "margin": [3.0, 11.0],
                         "votes_needed": [105276.0, 7834.0]})


def test_lead_as_votes_text_leads_with_the_board_as_votes_then_the_planning_count() -> None:
    assert stories.lead_as_votes_text(_downloaded(), _gaps()) == (
        "Wan 3.0's lead over MiniMax H3 is 11 points on both 6 October and 10 October: under"
        " the rating model it would win about 52 of 100 [decisive](#glossary-decisive-vote) "
        "head-to-head votes between the two. The 6 October board's published ±12-point intervals are as "
        "precise as about 1,600 decisive votes between just those two would make them: about 40% of the "
        "3,800 the 11-point lead would need to pass a standard 95% significance test. So the order is "
        "likely, not proven. To tell a real gap that size from a tie 8 times in 10, a study would plan for "
        "about 7,800.")
    assert stories.lead_as_votes_text(_downloaded().iloc[:1], _gaps()) == ""


def test_contenders_title_as_a_finding_names_who_could_be_first() -> None:
    assert stories.contenders_title(_downloaded(), listings=True, finding=True) == (
        "Only Wan 3.0 and MiniMax H3 could be #1 on 6 October 2026 (text to video, silent; two identical"
        " listings counted as one)")


def test_lmarena_board_title_states_the_finding() -> None:
    table = pd.DataFrame({"rank": [1, 2, 3, 4, 5, 6],
                          "model_name": ["Gemini Omni Flash 1.1", "Gemini Omni Flash", "Flux 3 Video",
                                         "Grok Imagine Video 1.5 Agent", "Dreamina Seedance 2.0 720p",
                                         "Wan 3.0"],
                          "could_be_first": [True, True, True, True, False, False]})
    rebuilt = pd.DataFrame({"arena": "LMArena", "category": "text-to-video",
                            "snapshot_date": pd.to_datetime(["2026-09-21"]), "rebuilt_only": [True]})
    assert stories.lmarena_board_title(table, "2026-09-21", "Wan 3.0", rebuilt) == (
        "4 of the top 6 could be #1 on LMArena's text-to-video board of 21 September 2026; Wan 3.0 is #6 "
        "(rebuilt copy, not verified)")


def test_archives_agree_text_on_the_shipped_boards_since_the_re_rating() -> None:
    from videomarket import data, guide, leaderboard

    rankings = data.readable_names(data.load_rankings())
    history = leaderboard.leader_probability_history(rankings, guide.ARENA, "text-to-video", draws=4_000)
    provenance = data.load_provenance()
    rebuilt = data.rebuilt_boards(rankings, provenance)
    # antoniovho, Oriel, Maicarons and koiro-svg each hold boards of 1-10 October with Wan 3.0 at #1
    assert stories.archives_agree_text(history, rankings, provenance, rebuilt=rebuilt) == (
        "The boards of 1 to 10 October 2026 come from 4 archives, one or two copies a day, all of them "
        "rebuilt; every one has Wan 3.0 at #1, rated 1125–1129 and 9–13 points ahead. A wrong tens digit in "
        "the newest copy (1119 or 1139) would sit 6 or 10 points outside the earlier copies' ratings; but "
        "these copies were made the same way and are no check against the original files.")
    # one archive alone is no cross-check
    one = provenance.assign(repository="o/one")
    assert stories.archives_agree_text(history, rankings, one) == ""
