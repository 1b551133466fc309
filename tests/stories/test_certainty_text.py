"""Sentences of the "how sure is #1" report: approximate wording, the independence assumption said,
the rank bound the right way round, one base (distinct boards) for every count and median, leads
given apart on either side of a change of scale, no cross-pool claim the anchors could explain."""

from __future__ import annotations

import pandas as pd
import pytest

from videomarket import arena, data, guide, leaderboard, stories

SENSITIVITY = "if the ratings were correlated at 0.3, an illustration"


def test_probabilities_are_worded_as_approximate() -> None:
    assert [stories.about(p) for p in (0.8958, 0.951, 0.9996, 0.0004, None)] == [
        "about 90%", "about 95%", "more than 99%", "under 1%", "not computable"]


def _rivals() -> pd.DataFrame:
    return arena.head_to_head(pd.DataFrame({"model": ["runway", "veo", "sora"],
                                            "model_name": ["Runway Gen-4.5", "Veo 3", "Sora 2 Pro"],
                                            "elo": [1247.0, 1226.0, 1206.0]}))


def test_quoted_gap_text_reads_the_gap_as_a_vote_with_an_approximate_count() -> None:
    text = stories.quoted_gap_text(_rivals(), stories.vote_test_words(0.05, 0.8))
    assert text == (
        "Read as votes, Runway Gen-4.5's 21 points over Veo 3 mean that Runway Gen-4.5 would be preferred in "
        "**53.0%** of head-to-head votes between the two: close to a coin flip. Even the widest quoted gap, "
        "41 points over Sora 2 Pro, is a 55.9% preference. Telling the 21 points from a tie takes **about "
        "2,150 decisive votes** between those two models alone (a two-sided test at the 5% [significance "
        "level](#glossary-significance) with 80% power).")


def test_the_quoted_chart_names_who_relayed_the_values() -> None:
    rivals = _rivals().assign(arena="Artificial Analysis", category="text-to-video",
                              snapshot_date=pd.Timestamp("2025-12-01"))
    assert stories.quoted_source(rivals) == (
        "Source: Artificial Analysis, text to video (silent) leaderboard of 1 December 2025: values relayed "
        "by the press and copied by developers (listed under Sources)")


def _changes(**values: object) -> pd.DataFrame:
    row = {"previous_date": pd.Timestamp("2026-09-30"), "date": pd.Timestamp("2026-10-01"),
           "anchor_before": "Mochi 1", "anchor_after": "Kling 3.0 1080p (Pro)", "models_before": 81,
           "models_after": 30, "latest_date": pd.Timestamp("2026-10-10"), "models_latest": 32,
           "models_on_both": 21, "shift_min": -314.0, "shift_max": -125.0, "common_shift": False}
    return pd.DataFrame([{**row, **values}])


def test_a_re_anchoring_with_a_re_rating_is_said_with_its_computed_numbers() -> None:
    assert stories.rerating_text(_changes()) == (
        "Between 30 September 2026 and 1 October 2026 the arena re-anchored and re-rated the pool: Kling 3.0 "
        "1080p (Pro) replaced Mochi 1 as the model pinned at 1,000, the board went from 81 models to 30 (32 "
        "on 10 October 2026) and the 21 models on both boards fell by 125 to 314 points, not by one common "
        "shift. Gaps between models changed with it, so leads on either side are given apart and not "
        "compared.")
    plain = _changes(shift_min=-20.0, shift_max=-20.0, common_shift=True,
                     latest_date=pd.Timestamp("2026-10-01"),
                     anchor_before=pd.NA)
    assert stories.rerating_text(plain, "this pool") == (
        "Between 30 September 2026 and 1 October 2026 the arena re-anchored this pool: the board went from "
        "81 "
        "models to 30 and the 21 models on both boards all fell by 20 points. Gaps compare across it; "
        "ratings do not.")
    assert stories.rerating_text(_changes().iloc[0:0]) == ""


def _history(**last: object) -> pd.DataFrame:
    rows = pd.DataFrame({
        "snapshot_date": pd.to_datetime(["2026-09-10", "2026-10-06"]), "model": ["w", "w"],
        "model_name": ["Wan 3.0", "Wan 3.0"], "scale_epoch": ["e1", "e2"],
        "margin": [9.0, 12.0], "runner_up_name": ["Gemini", "MiniMax H3 (768p)"],
        "p_leader": [0.88, 0.896], "p_leader_correlated": [0.91, 0.934], "listed_twice": ["", ""],
        "p_leader_counting_twice": [pd.NA, pd.NA],
    })
    for column, value in last.items():
        rows.loc[1, column] = value
    return rows


def test_history_text_gives_the_base_the_least_sure_lead_and_the_re_rating() -> None:
    repeated = pd.concat([_history(), _history().tail(1).assign(snapshot_date=pd.Timestamp("2026-10-07"))],
                         ignore_index=True).assign(unchanged=[False, False, True])
    text = stories.history_text(repeated, "text-to-video", skipped=3, changes=_changes())
    assert text == (
        "The archives hold 3 daily copies of the text to video (silent) board with intervals (10 September "
        "2026 to 7 October 2026); 1 repeats the copy before unchanged, leaving 2 [distinct "
        "boards](#glossary-distinct-board), the base of every count, share and median in this note. On 0 of "
        "them the leader was at least 95% likely to be truly #1; the least sure lead was Wan 3.0's on 10 "
        "September 2026, 9 points over Gemini, about 88%. On the latest board (7 October 2026) Wan 3.0 leads "
        "MiniMax H3 (768p) by 12 points; the table below gives the chance of each model that could be #1. "
        + stories.rerating_text(_changes(), "this pool")
        + " Days whose copies carry no intervals (press quotes, [top-8 copies](#glossary-top-8-copy)) give "
        "no "
        "chance and are left out: 3 days of this pool.")
    assert "88% (" not in text and SENSITIVITY not in text  # the latest chance is given once, in a finding


def test_history_text_counts_a_double_listing_once() -> None:
    twice = stories.history_text(
        _history(listed_twice="MiniMax H3 Max (based on MiniMax H3) = MiniMax H3 (768p)",
                 p_leader_counting_twice=0.83), "text-to-video", skipped=0, changes=_changes().iloc[0:0])
    assert ("That board lists one entry twice (MiniMax H3 Max (based on MiniMax H3) = MiniMax H3 (768p): the "
            "same rating and interval); it is counted once here, and counting it twice would give about "
            "83%.") \
        in twice
    assert "re-anchored" not in twice


def test_rank_bound_is_worded_the_right_way_round_and_called_cautious() -> None:
    board = pd.DataFrame({"model_name": ["Wan 3.0", "H3", "X"], "could_be_first": [True, True, False],
                          "p_leader": [0.95, 0.05, 0.0], "also_listed_as": ["", "H3 Max (based on H3)", ""],
                          "snapshot_date": pd.to_datetime(["2026-10-06"] * 3)})
    assert stories.contenders_text(board) == (
        "On the board of 6 October 2026, 2 models of 3 cannot be ruled out as #1: no other model's whole "
        "interval lies above theirs. A model's rank can be no better than one plus the number of models "
        "whose "
        "whole interval lies above its own; the table lists every model whose [best rank the intervals "
        "allow](#glossary-rank-bound) is first or second. Overlapping intervals are a cautious test: they "
        "keep a model in the running even when its chance of being #1 is small (about 5% for H3). H3 is "
        "listed twice on that board (also as H3 Max (based on H3)), with the same rating and interval: it "
        "counts once.")
    alone = board.assign(could_be_first=[True, False, False], also_listed_as="")
    assert "cautious" not in stories.contenders_text(alone)
    assert stories.CONTENDERS_TABLE["rank_ub"] == "Best rank the intervals allow"


def _pools() -> pd.DataFrame:
    return pd.DataFrame({
        "category": ["text-to-video", "image-to-video", "text-to-video-audio"],
        "first": pd.to_datetime(["2026-04-10", "2026-04-10", "2026-06-25"]),
        "last": pd.to_datetime(["2026-10-10"] * 3),
        "boards_sure": [50, 49, 4], "distinct_boards": [74, 72, 38],
        "share_sure": [50 / 74, 49 / 72, 4 / 38], "median_margin": [38.5, 28.5, 5.0],
        "median_half_width": [10.0, 11.0, 9.0],
        "latest_leader": ["Wan 3.0", "Gemini Omni Flash", "Wan 3.0"], "latest_p_leader": [0.874, 0.6, 0.83],
        "latest_p_leader_correlated": [0.921, 0.66, 0.88], "latest_could_be_first": [3, 5, 1],
        "re_rated": [True, False, True],
    })


def test_pool_contrast_is_explained_by_the_leads_with_periods_and_re_ratings_said() -> None:
    text = stories.pool_certainty_text(_pools())
    assert text == (
        "Over each pool's distinct boards, the lead was at least 95% sure on 68% of the image to video "
        "(silent) boards but on 11% of the text to video with audio boards, whose median lead was 5 points "
        "against 29 points. Pools with bigger leads had surer leaders, while the leader's interval was ±9 to "
        "±11 points in every pool: the size of the lead, not the width of the intervals, set how sure it "
        "was. "
        "The pools were not seen over the same period: from 10 April 2026 for text to video (silent) and "
        "image to video (silent); from 25 June 2026 for text to video with audio, all to 10 October 2026. "
        "The "
        "text to video (silent) and text to video with audio pools were re-anchored and re-rated within "
        "their "
        "period, so their medians mix leads from two boards that do not compare.")
    assert "anchor " not in text and "Wan 3.0" not in text  # the leaders' chances are in the table, once
    mixed = _pools().assign(median_margin=[5.0, 6.0, 40.0], median_half_width=[5.0, 11.0, 20.0],
                            first=pd.Timestamp("2026-04-10"), re_rated=False)
    assert stories.pool_certainty_text(mixed) == (
        "Over each pool's distinct boards, the lead was at least 95% sure on 68% of the image to video "
        "(silent) boards but on 11% of the text to video with audio boards, whose median lead was 40 points "
        "against 6 points.")


def test_pools_table_gives_the_sure_boards_as_a_count_of_the_distinct_ones() -> None:
    table = stories.pools_table(_pools())
    assert table["sure"].tolist() == ["50 of 74 (68%)", "49 of 72 (68%)", "4 of 38 (11%)"]
    assert table["pool"].tolist()[0] == "Text to video (silent)"
    assert {"first", "last", "latest_p_leader"} <= set(stories.POOLS_TABLE)
    assert "independent" in stories.POOLS_TABLE["latest_p_leader"]


def test_the_correlated_value_is_a_labelled_sensitivity_not_a_range() -> None:
    assert stories.chance_range(0.874, 0.921) == f"about 87% (about 92% {SENSITIVITY})"
    assert stories.chance_range(0.9, 0.903) == "about 90%"
    assert stories.chance_range(0.98, 0.999) == f"about 98% (more than 99% {SENSITIVITY})"


def _run_history() -> pd.DataFrame:
    return pd.DataFrame({
        "snapshot_date": pd.to_datetime(["2026-05-14", "2026-06-25", "2026-08-01", "2026-08-02",
                                         "2026-09-03", "2026-09-04", "2026-10-01", "2026-10-10"]),
        "model": ["h", "h", "g", "g", "w", "w", "w", "w"],
        "model_name": ["HappyHorse-1.0", "HappyHorse-1.0", "Gemini", "Gemini", "Wan 3.0", "Wan 3.0",
                       "Wan 3.0",
                       "Wan 3.0"],
        "scale_epoch": ["e1"] * 6 + ["e2"] * 2,
        "margin": [81.0, 5.0, 21.0, 21.0, 9.0, 3.0, 11.0, 11.0],
        "runner_up_name": ["S", "HappyHorse-1.1", "Wan 3.0", "Wan 3.0", "G", "G", "H3", "H3 Max"],
        "p_leader": [1.0, 0.7575, 0.997, 0.997, 0.877, 0.649, 0.79, 0.874],
        "p_leader_correlated": [1.0, 0.8, 0.999, 0.999, 0.9, 0.7, 0.83, 0.921],
        "unchanged": [False, False, False, True, False, False, False, False], "listed_twice": [""] * 8,
        "p_leader_counting_twice": [pd.NA] * 8,
    })


def test_answer_names_the_one_unsure_board_and_splits_the_latest_run_by_scale() -> None:
    answer = stories.certainty_answer(_run_history(), "text-to-video", _changes())
    assert answer == (
        "In the text to video (silent) pool, leads were at least 95% sure on 2 of 3 distinct boards before "
        "Wan 3.0 took over on 3 September 2026 (the exception: 25 June 2026, a single copy after 41 days "
        "without a board, with HappyHorse-1.0 5 points ahead of HappyHorse-1.1, about 76%). Since then, Wan "
        "3.0's chance of being truly #1 has been about 65% to 88% before the re-anchoring and re-rating of 1 "
        "October 2026 and about 79% to 87% after it, reading the published intervals as independent.")
    many = _run_history().assign(p_leader=[0.9, 0.7575, 0.9, 0.9, 0.877, 0.649, 0.79, 0.874])
    assert "exception" not in stories.certainty_answer(many, "text-to-video", _changes())  # 3 unsure: counted


def _gaps() -> pd.DataFrame:
    return pd.DataFrame({
        "snapshot_date": pd.to_datetime(["2026-04-10", "2026-06-25", "2026-07-23", "2026-09-03", "2026-09-24",
                                         "2026-10-01", "2026-10-10"]),
        "model": ["h", "h", "g", "w", "w", "w", "w"],
        "model_name": ["HappyHorse-1.0", "HappyHorse-1.0", "Gemini"] + ["Wan 3.0"] * 4,
        "scale_epoch": ["e1"] * 5 + ["e2"] * 2,
        "margin": [115.0, 5.0, 39.0, 9.0, 3.0, 11.0, 13.0],
        "new_leader": [True, False, True, True, False, False, False],
        "leader_since": pd.to_datetime(["2026-04-08", "2026-04-08", "2026-07-23", "2026-09-03", "2026-09-03",
                                        "2026-09-03", "2026-09-03"]),
        "days_unseen_before": [68.0, 68.0, 27.0, 0.0, 0.0, 0.0, 0.0],
        "alpha": 0.05, "power": 0.8,
    })


def _changes_seen() -> pd.DataFrame:
    """Every board of grades A to C: one more change, seen on a press copy without intervals."""
    early = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-01-29"]), "model": ["x"],
                          "model_name": ["grok-imagine-video"], "scale_epoch": ["e1"], "margin": [12.0],
                          "new_leader": [False], "leader_since": pd.to_datetime(["2026-01-29"]),
                          "days_unseen_before": [None]})
    return pd.concat([early, _gaps()], ignore_index=True)


def test_findings_give_the_latest_chance_once_every_change_and_leads_by_scale() -> None:
    rivals = arena.head_to_head(pd.DataFrame({"model": ["r", "v"], "model_name": ["Runway Gen-4.5", "Veo 3"],
                                              "elo": [1247.0, 1226.0]}))
    board = pd.DataFrame({"could_be_first": [True, True, True, False]})
    findings = stories.certainty_findings(rivals, _run_history(), board, _pools(), _gaps(), _changes_seen(),
                                          "text-to-video", _changes())
    assert findings == [
        "On the latest text to video (silent) board (10 October 2026), Wan 3.0 leads H3 Max by 11 points; "
        "reading the published intervals as independent, its chance of being truly #1 is about 87% (about "
        "92% "
        f"{SENSITIVITY}), and 3 models cannot be ruled out as #1.",
        "The #1 spot changed hands 3 times: HappyHorse-1.0 (April 2026), Gemini (July 2026), Wan 3.0 "
        "(September 2026); 2 of these changes happened while no board was seen for 27 to 68 days.",
        "Leads came in very different sizes: HappyHorse-1.0 5–115 points while it led; since Wan 3.0 took "
        "over, 3–9 points before the re-anchoring and re-rating of 1 October 2026 and 11–13 points after it. "
        "A 3-point lead means being preferred in 50.4% of head-to-head votes, about 105,000 decisive votes "
        "to "
        "tell from a tie.",
        "In the other pools, the latest leaders' chances of being truly #1 (independent ratings) are about "
        "60% "
        "for Gemini Omni Flash in image to video (silent) and about 83% for Wan 3.0 in text to video with "
        "audio.",
        "December 2025's 21-point lead of Runway Gen-4.5 over Veo 3, as the press relayed it, is a 53.0% "
        "head-to-head preference; telling it from a tie takes about 2,150 decisive votes between the two.",
    ]
    assert " ".join(findings).count(SENSITIVITY) == 1
    assert not [f for f in findings if f.lstrip().startswith("#")]  # Markdown would read it as a heading


def test_gaps_text_uses_the_distinct_boards_and_dates_the_changes_from_every_board() -> None:
    summary = leaderboard.gap_summary(_gaps())
    text = stories.gaps_text(summary, _gaps(), _changes_seen(), "text-to-video", "C",
                             stories.vote_test_words(0.05, 0.8), _changes())
    assert text == (
        "Over the same 7 distinct boards of the text to video (silent) pool, the lead of #1 over its "
        "[runner-up](#glossary-runner-up) ranged from 3 to 115 points and depended on who led: "
        "HappyHorse-1.0 "
        "5–115 points; Gemini 39 points; Wan 3.0 3–9 points before the re-anchoring and re-rating of 1 "
        "October 2026 and 11–13 points after it. Their median, 11 points, is a 51.6% head-to-head "
        "preference, "
        "which takes **about 7,830 decisive votes** between the two to tell from a tie (a two-sided test at "
        "the 5% [significance level](#glossary-significance) with 80% power). Counting every board of "
        "evidence grades A to C, which adds press quotes and copies without intervals, #1 changed hands 3 "
        "times (table below); before 2 of the changes no board was seen for 27 to 68 days, so the lead a new "
        "#1 took over with is not known: the table gives its lead on its first board with a runner-up, with "
        "the date and grade of that board.")
    archived = stories.gaps_text(summary, _gaps(), _gaps().assign(new_leader=False), "text-to-video", "A",
                                 "x")
    assert "changed hands" not in archived and "change of scale on 1 October 2026" in archived


def test_new_leaders_table_says_when_and_on_what_the_lead_was_measured() -> None:
    assert stories.NEW_LEADERS_TABLE["snapshot_date"] == "Lead measured on (first board with a runner-up)"
    assert stories.NEW_LEADERS_TABLE["evidence"] == "Grade of that board"
    assert "full board" not in " ".join(stories.NEW_LEADERS_TABLE.values())


def _genai() -> tuple[pd.DataFrame, ...]:
    battles = pd.DataFrame({"tstamp": pd.to_datetime(["2024-02-12", "2024-02-20", "2024-02-15"])})
    comparison = pd.DataFrame({"model": ["A", "B", "C"], "rating": [1150.0, 1078.0, 1027.0],
                               "ci_low": [1125.0, 1055.0, 1004.0], "ci_high": [1177.0, 1103.0, 1050.0],
                               "published": [1150.03, 1078.05, 1027.0],
                               "difference": [-0.03, -0.05, 0.0], "published_inside": [True] * 3})
    joint = pd.DataFrame({"model": ["A", "B", "C"], "p_leader": [1.0, 0.0, 0.0]})
    independent = pd.DataFrame({"model": ["A", "B", "C"], "p_leader": [0.9999, 0.0001, 0.0]})
    return battles, comparison, joint, independent


def test_method_check_sets_the_independent_reading_beside_the_joint_one_and_says_its_limit() -> None:
    battles, comparison, joint, independent = _genai()
    text = stories.genai_text(battles, comparison, joint, independent)
    assert text == (
        "From 3 anonymous votes among 3 models (cast 12 February 2024 to 20 February 2024), the refit lands "
        "within **0.05 points** of every published rating, with resampled intervals of ±23 to ±26 points. "
        "Because the votes are public, the chance of being #1 can be read two ways: jointly from the "
        "resampling rounds, with no independence assumed, and the way this note reads the video boards, from "
        "each rating's interval as an independent bell curve. Both give A more than 99%; the two differ by "
        "less than 1 percentage point for every model. But A leads by 72 points, 3 times its interval's "
        "half-width, a far clearer lead than the video leaders': the check shows that the two readings agree "
        "on a clear lead, not how far apart they would be on a lead of a few points. The video arenas "
        "publish "
        "no votes, so this check cannot be made on them.")
    assert "inside" not in text and "reproduces" not in text
    apart = stories.genai_text(battles, comparison, joint, independent.assign(p_leader=[0.8, 0.15, 0.05]))
    assert "For A the first gives more than 99%, the second about 80%; the two differ by up to 20 " \
           "percentage " \
           "points." in apart
    table = stories.genai_table(comparison, joint, independent)
    assert table[["p_leader", "p_independent"]].iloc[0].tolist() == [1.0, 0.9999]
    assert stories.GENAI_TABLE["difference"] == "Difference (unrounded)"
    assert stories.GENAI_FORMATS["rating"] == "num1"


def test_contenders_are_credited_to_their_parent_developer() -> None:
    board = pd.DataFrame({"model_name": ["Wan 3.0", "MiniMax H3 Max (based on MiniMax H3)", "X"],
                          "creator": ["Alibaba", "Fal", "Lab"], "rank_ub": [1, 1, 3]})
    table = stories.contenders_table(board)
    assert table["developer"].tolist() == ["Alibaba", "MiniMax"]


# --- the shipped data: one base, the computed facts the review asked for -----------------------------


@pytest.fixture(scope="module")
def shipped() -> dict:
    rankings = data.load_rankings()
    history = leaderboard.leader_probability_history(rankings, guide.ARENA, "text-to-video", draws=4_000)
    gaps = leaderboard.leader_gaps(rankings, guide.ARENA, "text-to-video", complete=True, distinct=True)
    pools = leaderboard.leader_certainty_by_pool(rankings, guide.ARENA, ["text-to-video"], draws=4_000)
    changes = leaderboard.scale_changes(rankings, guide.ARENA, "text-to-video")
    return {"rankings": rankings, "history": history, "gaps": gaps, "pools": pools, "changes": changes}


def test_shipped_leads_and_pools_rest_on_the_same_distinct_boards(shipped: dict) -> None:
    history, gaps, pools = shipped["history"], shipped["gaps"], shipped["pools"]
    distinct = history[~history["unchanged"]]
    assert gaps["snapshot_date"].tolist() == distinct["snapshot_date"].tolist()
    assert len(gaps) == pools["distinct_boards"].iloc[0] == 74
    assert leaderboard.gap_summary(gaps)["median_margin"] == pools["median_margin"].iloc[0]  # one median


def test_shipped_answer_names_the_june_board_and_the_re_rating(shipped: dict) -> None:
    answer = stories.certainty_answer(shipped["history"], "text-to-video", shipped["changes"])
    assert ("50 of 51 distinct boards before Wan 3.0 took over on 3 September 2026 (the exception: 25 June "
            "2026, a single copy after 41 days without a board, with HappyHorse-1.0 5 points ahead of "
            "HappyHorse-1.1, about") in answer
    assert "before the re-anchoring and re-rating of 1 October 2026 and about" in answer


def test_shipped_re_rating_is_computed_from_the_boards(shipped: dict) -> None:
    text = stories.rerating_text(shipped["changes"], "this pool")
    assert ("Kling 3.0 1080p (Pro) replaced Mochi 1 as the model pinned at 1,000, the board went from 81 "
            "models to 30 (32 on 10 October 2026) and the 21 models on both boards fell by 125 to 314 "
            "points, "
            "not by one common shift") in text
    assert bool(shipped["pools"]["re_rated"].iloc[0])


def test_shipped_december_copy_names_the_full_kling_entry(shipped: dict) -> None:
    text = stories.december_board(shipped["rankings"])
    assert "Kling 2.5 Turbo 1080p at the same 1225 (#3), probably the model quoted as Kling 2.5" in text
