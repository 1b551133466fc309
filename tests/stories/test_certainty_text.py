"""Sentences of the "how sure is #1" report: approximate wording, the independence assumption said,
the rank bound the right way round, one base (distinct boards) for every count and median, leads
given apart on either side of a change of scale, no cross-pool claim the anchors could explain."""

from __future__ import annotations

import re

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


def test_quoted_gap_text_reads_the_gap_as_a_vote_with_rounded_counts_and_the_rounding_range() -> None:
    text = stories.quoted_gap_text(_rivals(), stories.vote_test_words(0.05, 0.8))
    assert text == (
        "Read as votes, Runway Gen-4.5's 21 points over Veo 3 mean that Runway Gen-4.5 would be preferred in "
        "**about 53%** of [head-to-head votes](#glossary-head-to-head) between the two under the [rating "
        "model](#glossary-bradley-terry): close to a coin flip. Telling 21 points "
        "from a tie takes **about 2,200 decisive votes** between those two models alone (a two-sided test at "
        "the 5% [significance level](#glossary-significance) with 80% power); the quoted ratings are rounded "
        "to whole points, so the gap could be up to a point narrower or wider, which needs 2,000 to 2,400 "
        "votes. The 53% says how often one vote favours the leader. How sure the order is depends on "
        "how many "
        "such votes were cast, which the arena does not publish per pair.")
    tied = arena.head_to_head(pd.DataFrame({"model": ["r", "v", "k"],
                                            "model_name": ["R", "Veo 3", "Kling 2.5"],
                                            "elo": [1247.0, 1226.0, 1225.0]}))
    assert "The press ranked Veo 3 #2, but Veo 3 and Kling 2.5 were 1 point apart, a tie in practice." in \
        stories.quoted_gap_text(tied, "x")


def test_rivals_table_rounds_votes_to_two_figures_with_the_rounding_range() -> None:
    table = stories.rivals_table(_rivals())
    assert table[["votes_rounded", "votes_low", "votes_high"]].values.tolist() == [
        [2200.0, 2000.0, 2400.0], [570.0, 540.0, 600.0]]
    assert "(approximate)" in stories.RIVALS_TABLE["votes_rounded"]
    assert stories.RIVALS_TABLE["votes_rounded"].startswith("Decisive votes needed to tell from a tie")


def _changes(**values: object) -> pd.DataFrame:
    row = {"previous_date": pd.Timestamp("2026-09-30"), "date": pd.Timestamp("2026-10-01"),
           "anchor_before": "Mochi 1", "anchor_after": "Kling 3.0 1080p (Pro)", "models_before": 81,
           "models_after": 30, "latest_date": pd.Timestamp("2026-10-10"), "models_latest": 32,
           "models_on_both": 21, "shift_min": -314.0, "shift_max": -125.0, "common_shift": False}
    return pd.DataFrame([{**row, **values}])


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


def test_rank_bound_is_worded_the_right_way_round_and_called_cautious() -> None:
    board = pd.DataFrame({"model_name": ["Wan 3.0", "H3", "X"], "could_be_first": [True, True, False],
                          "p_leader": [0.95, 0.05, 0.0], "also_listed_as": ["", "H3 Max (based on H3)", ""],
                          "snapshot_date": pd.to_datetime(["2026-10-06"] * 3), "rank_ub": [1, 1, 2]})
    assert stories.contenders_text(board) == (
        "On the board of 6 October 2026, 2 models of 3 (4 listings) [could be #1](#glossary-rank-bound): no "
        "other model's "
        "whole interval lies above theirs. The table also shows the next model, which cannot be #1. H3 is "
        "listed twice on that board (also as H3 Max (based on H3)), with the same rating and interval: it "
        "counts once.")
    alone = board.assign(could_be_first=[True, False, False], also_listed_as="")
    assert "cautious" not in stories.contenders_text(alone)
    two = board.assign(rank_ub=[1, 2, 2], could_be_first=[True, False, False])  # singular/plural computed
    assert " The table also shows the next 2 models, which cannot be #1." in stories.contenders_text(two)
    assert "cannot be #1." not in stories.contenders_text(board.assign(rank_ub=[1, 1, 3]))
    assert stories.CONTENDERS_TABLE["could_be_first"] == "Could be #1?"


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


def test_pools_point_names_the_open_race_with_each_chance_and_says_why_a_median_is_missing() -> None:
    board = pd.DataFrame({"model_name": ["Gemini Omni Flash", "Bach", "Wan 3.0", "X"],
                          "p_leader": [0.6, 0.16, 0.19, 0.0], "could_be_first": [True, True, True, False]})
    assert stories.pools_point(_pools(), "text-to-video", board) == (
        "The image to video (silent) leader, Gemini Omni Flash, was the least sure of the three pools' "
        "latest leaders, about 60% likely to be truly #1. Two others cannot be ruled out: Wan 3.0 (19%) and "
        "Bach (16%). The text to video (silent) and text to video with audio pools have no median lead: "
        "they were re-rated, and a median across the re-rating would mix two sets of estimates.")
    alone = board.assign(could_be_first=[True, False, False, False])
    assert stories.pools_point(_pools().assign(re_rated=False), "text-to-video", alone) == (
        "The image to video (silent) leader, Gemini Omni Flash, was the least sure of the three pools' "
        "latest leaders, about 60% likely to be truly #1.")


def test_pools_table_keeps_the_sure_boards_as_numbers() -> None:
    table = stories.pools_table(_pools())
    assert table[["boards_sure", "distinct_boards"]].values.tolist() == [[50, 74], [49, 72], [4, 38]]
    # the count beside the boards (as the text says "49 of 72"); a share column would repeat it
    assert stories.POOLS_FORMATS["boards_sure"] == "int" and "share_sure" not in stories.POOLS_TABLE
    assert table["median_margin"].isna().tolist() == [True, False, True]  # re-rated: two scales
    assert stories.POOLS_MISSING == {"median_margin": "—"}  # the text says why
    assert table["pool"].tolist()[0] == "Text to video (silent)"
    assert stories.POOLS_TABLE["first"] == "First board"
    assert "independent" in stories.POOLS_TABLE["latest_p_leader"]
    assert table["latest_copy"].tolist() == ["", "", ""]  # without the archive record, nothing is claimed
    kept = pd.DataFrame({"category": ["text-to-video", "image-to-video"],
                         "snapshot_date": pd.to_datetime(["2026-10-10", "2026-10-10"]),
                         "rebuilt_only": [True, False], "checked": [False, False]})
    assert stories.pools_table(_pools(), kept)["latest_copy"].tolist() == ["rebuilt", "downloaded", ""]


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


def _latest_board() -> pd.DataFrame:
    return pd.DataFrame({"model": ["w", "m1", "m2", "d"],
                         "model_name": ["Wan 3.0", "MiniMax H3 Max", "MiniMax H3 (768p)", "D"],
                         "creator": ["Alibaba", "MiniMax", "MiniMax", "ByteDance"],
                         "p_leader": [0.874, 0.07, 0.056, 0.0], "could_be_first": [True, True, True, False],
                         "elo": [1129.0, 1118.0, 1117.0, 1105.0],
                         "snapshot_date": pd.to_datetime(["2026-10-10"] * 4)})


def test_answer_names_the_arena_and_gives_the_latest_chance_and_the_lead_that_made_leaders_sure() -> None:
    history = _run_history().assign(source_id="s")
    pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
                            "snapshot_date": pd.to_datetime(["2026-10-10"]), "rebuilt_only": [True]})
    downloaded = _latest_board().assign(snapshot_date=pd.Timestamp("2026-10-06"), p_leader=0.9012)
    downloaded.assign(also_listed_as=[""] + ["M twin"] * (len(downloaded) - 1))
    pd.DataFrame({"model": ["w", "m"], "p_leader": [0.4213, 0.5]})
    pd.DataFrame({"model": ["w", "m"], "p_leader": [0.9912, 0.004]})
    # a reading that rounds like the independent one is not repeated
    history.assign(p_leader_correlated=history["p_leader"])
    assert stories.least_sure_date(history) == pd.Timestamp("2026-06-25")
    assert stories.chance_timeline_title(history) == (  # each leader's own count
        "HappyHorse-1.0 was at least 95% likely to be #1 on 1 of the 2 distinct boards it led, Gemini on its "
        "only board, Wan 3.0 on none of the 4 it led")
    surer = history.assign(p_leader_correlated=history["p_leader_correlated"].where(
        history["snapshot_date"] != pd.Timestamp("2026-10-10"), 0.96))
    assert stories.chance_timeline_title(surer).endswith("Wan 3.0 on none of the 4 it led")  # independent


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


def _new_leaders() -> pd.DataFrame:
    seen = _changes_seen().assign(
        model=["grok-imagine-video", "h", "h", "g", "w", "w", "w", "w"],
        first_grade=["C", "B", "B", "A", "A", "A", "A", "A"],
        first_kind=["developer's GitHub copy", "press quote", "", "", "", "", "", ""],
        first_source=["dev/repo", "MCPlato", "", "", "", "", "", ""])
    seen.loc[0, ["new_leader", "days_unseen_before"]] = [True, 39.0]
    return seen.assign(snapshot_date=seen["snapshot_date"].where(seen["model"] != "h",
                                                                 pd.Timestamp("2026-04-10")))


def test_findings_give_the_recent_range_every_change_and_leads_by_leader() -> None:
    findings = stories.certainty_findings(_run_history().assign(source_id="s"), _latest_board())
    assert findings == [
        "3 of 4 listings could be #1 on 10 October 2026: Wan 3.0, 11 points ahead, and MiniMax H3 Max and "
        "MiniMax H3 (768p), about 7% and 6% likely if rating errors are independent.",
        "HappyHorse-1.0 was at least 95% likely to be #1 on 1 of the 2 distinct boards it led, Gemini on its "
        "only board, Wan 3.0 on none of the 4 it led.",
    ]
    lower = pd.DataFrame({"model": ["w"], "p_leader": [0.4213]})
    higher = pd.DataFrame({"model": ["w"], "p_leader": [0.9912]})
    gaps = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-24", "2026-10-10"]),
                         "model_name": ["Wan 3.0", "Wan 3.0"], "margin": [3.0, 11.0],
                         "votes_needed": [105276.0, 7834.0]})
    full = stories.certainty_findings(
        _run_history().assign(source_id="s"), _latest_board(), gaps=gaps, lower=lower, higher=higher,
        other_arena="On L, X led.")
    assert full == [
        findings[0],
        "The latest board is rebuilt from text, so one wrong digit could matter: with Wan 3.0's rating and "
        "interval 10 points lower or higher (1119 or 1139), its chance would be about 42% or 99%.",
        findings[1],
        "Telling Wan 3.0's latest 11-point lead from a tie would take about 7,800 decisive votes [between "
        "the two models alone](#glossary-votes-needed), and its 3-point lead of 24 September about 100,000.",
        "On L, X led.",
    ]
    assert all(len(f.split()) <= 35 for f in full)
    assert all(len(f.split()) <= 45 for f in findings)  # one idea each, the caveats in the body
    assert SENSITIVITY not in " ".join(findings)  # no sensitivity unless the count differs
    assert not [f for f in findings if f.lstrip().startswith("#")]  # Markdown would read it as a heading


def test_gaps_text_in_brief_counts_the_changes_and_leaves_the_history_to_report_02() -> None:
    levels = stories.vote_test_words(0.05, 0.8)
    text = stories.gaps_text(_gaps(), _new_leaders(), "text-to-video", "C", levels, _changes(), brief=True)
    assert text.endswith(
        "11–13 points after it. [Leaderboard movements](02-leaderboard-movements.html) tells who held #1, "
        "since when and for how long.")
    assert "grok-imagine-video" not in text and "first seen" not in text and "80% power" not in text
    counted = stories.gaps_text(_gaps(), _new_leaders(), "text-to-video", "C", levels, _changes(), brief=True,
                                spells=_spells())
    # the count is said in full once, here; who took over when is report 02's
    assert counted.endswith(
        "11–13 points after it. In text to video (silent), the #1 changed hands "
        f"{stories.changes_count(_spells())} ([Leaderboard movements](02-leaderboard-movements.html) dates "
        "each change).")
    assert "took over" not in counted


def _spells() -> pd.DataFrame:
    return pd.DataFrame({
        "model": ["r", "x", "h", "g", "w"],
        "model_name": ["Runway Gen-4.5", "grok-imagine-video", "HappyHorse-1.0", "Gemini", "Wan 3.0"],
        "start": pd.to_datetime(["2025-12-01", "2026-01-29", "2026-04-08", "2026-07-23", "2026-09-03"]),
        "end": pd.to_datetime(["2025-12-20", "2026-01-29", "2026-06-25", "2026-09-02", "2026-10-10"]),
        "evidence": ["B", "C", "A", "A", "A"]})


def test_gaps_text_gives_leads_and_votes_per_leader_and_traces_the_first_sightings() -> None:
    levels = stories.vote_test_words(0.05, 0.8)
    text = stories.gaps_text(_gaps(), _new_leaders(), "text-to-video", "C", levels, _changes())
    assert text == (
        "Over the text to video (silent) pool's 7 distinct boards (10 April–10 October 2026), the lead of #1 "
        "over its "
        "[runner-up](#glossary-runner-up) depended on who led: HappyHorse-1.0 5–115 points; Gemini 39 "
        "points; Wan 3.0 3–9 points before the re-rating of 1 October 2026 and 11–13 "
        "points after it. Counting every board of evidence grades A to C, "
        "with press quotes and copies without intervals, #1 changed hands at least 4 times (table below). "
        "3 of the new leaders were first seen after 27 to 68 days without any board, so the table gives "
        "each one's lead on its first board with a runner-up. "
        "HappyHorse-1.0 was first seen as #1 on 8 April 2026 in a grade-B press quote (MCPlato), its lead"
        " first measured on 10 April 2026. grok-imagine-video's change rests on a single source, a "
        "developer's GitHub copy (grade C), which gives only the arena's id as its name.")
    counted = stories.gaps_text(_gaps().assign(votes_needed=5610.0), _new_leaders(), "text-to-video", "C",
                                levels, _changes())
    assert ("after it. To have an 80% chance of detecting a real gap the size of Wan 3.0's latest lead, 13 "
            "points on 10 October 2026, a standard test needs about 5,600 decisive votes between the two "
            "models; an observed 13-point lead would just pass that test after about 2,700. A real 3-point "
            "gap, its lead of 24 September 2026, would need about 6,000. Each lead is on its own board's "
            "scale. Counting every board") in counted
    archived = stories.gaps_text(_gaps(), _gaps().assign(new_leader=False), "text-to-video", "A", "x")
    assert "changed hands" not in archived and "change of scale on 1 October 2026" in archived
    assert "median" not in text


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
        "within **0.05 points** of every published rating, with resampled "
        "intervals of ±23 to ±26 points. Because the votes are public, the chance of being #1 can be read "
        "two ways: jointly "
        "from the resampling rounds, with no independence assumed, and the way this note reads the video "
        "boards, from each rating's interval as an independent bell curve. Both give A more than 99%. But A "
        "leads by 72 points, about 2.8 times its interval's ± width, a far clearer lead than the video "
        "leaders': the check shows that the two readings agree on a clear lead, not how far apart they would "
        "be on a lead of a few points.")  # a gap under 1 point, unseen in the table, is not claimed
    assert "inside" not in text and "reproduces" not in text
    apart = stories.genai_text(battles, comparison, joint, independent.assign(p_leader=[0.8, 0.15, 0.05]))
    assert "For A the first gives more than 99%, the second about 80%; the two differ by up to 20 " \
           "percentage " \
           "points." in apart
    shown = stories.genai_rounded(comparison.assign(rating=[921.3949, 1078.0, 1027.0],
                                                    published=[921.4449, 1078.05, 1027.0]))
    assert shown["difference"].tolist() == [-0.05, -0.05, 0.0]  # the difference of the values shown


def test_contenders_are_credited_to_their_parent_developer() -> None:
    board = pd.DataFrame({"model_name": ["Wan 3.0", "MiniMax H3 Max (based on MiniMax H3)", "X"],
                          "creator": ["Alibaba", "Fal", "Lab"], "rank_ub": [1, 1, 3]})
    table = stories.contenders_table(board)
    assert table["developer"].tolist() == ["Alibaba", "MiniMax"]
    assert table["copy"].tolist() == ["downloaded", "downloaded"]
    assert stories.contenders_title(board.assign(snapshot_date=pd.Timestamp("2026-10-10"))) == (
        "Text to video (silent), 10 October 2026")
    dated = board.assign(snapshot_date=pd.Timestamp("2026-10-10"))
    rebuilt = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
                            "snapshot_date": pd.to_datetime(["2026-10-10"]), "rebuilt_only": [False],
                            "checked": [True]})
    assert stories.contenders_table(dated, rebuilt)["copy"].tolist() == ["partly rebuilt"] * 2
    assert stories.contenders_table(dated, rebuilt.assign(rebuilt_only=True))["copy"].iloc[0] == (
        "rebuilt, not verified")
    assert "copy" not in stories.CONTENDERS_TABLE  # the caption says it once
    assert stories.CONTENDERS_TABLE["could_be_first"] == "Could be #1?"
    assert stories.contenders_title(dated, rebuilt.assign(rebuilt_only=True)) == (
        "Text to video (silent), 10 October 2026 (rebuilt copy, not verified)")


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


def test_shipped_answer_and_title_give_the_latest_chance_and_each_leaders_record(shipped: dict) -> None:
    rankings, history = shipped["rankings"], shipped["history"]
    gaps = shipped["gaps"]
    rows = rankings[(rankings["arena"] == guide.ARENA) & (rankings["category"] == "text-to-video")]
    del gaps, rows
    rebuilt = data.rebuilt_boards(rankings, data.load_provenance())
    # the last exact download of the silent pool is the first Maicarons commit (data/README.md)
    assert data.last_downloaded_day(rebuilt, guide.ARENA, "text-to-video") == pd.Timestamp("2026-08-01")
    spells = leaderboard.leader_spells(leaderboard.window(rankings, min_evidence="C"), guide.ARENA,
                                       "text-to-video")
    assert stories.change_warning(spells, "text-to-video") == (
        "The #1 changed at least 3 times (4 counting a second-hand copy) since December 2025, and may "
        "again.")
    rebuilt_findings = stories.certainty_findings(history, _latest_board(), rebuilt=rebuilt)
    assert rebuilt_findings[1] == (  # the chart's title, each leader's own count
        "HappyHorse-1.0 was at least 95% likely to be #1 on 35 of the 36 distinct boards it led, Gemini Omni "
        "Flash on all 15, Wan 3.0 on none of the 23 it led.")
    [len(re.sub(r"\]\([^)]*\)", "]", f).split()) for f in rebuilt_findings]
    assert stories.copy_words(rebuilt, "2026-10-10", "text-to-video") == "a rebuilt copy"
    title = stories.chance_timeline_title(history, data.load_sources())
    assert title == ("HappyHorse-1.0 was at least 95% likely to be #1 on 35 of the 36 distinct boards it "
                     "led, Gemini Omni Flash on all 15, Wan 3.0 on none of the 23 it led")
    day = stories.least_sure_date(history)
    june = leaderboard.board_certainty(rankings, guide.ARENA, "text-to-video", day, draws=4_000)
    text = stories.chance_history_text(history, june)
    assert ("The only board before Wan 3.0 with a leader below 95%, 25 June 2026, had HappyHorse-1.0 "
            "5 points above its "
            "sibling HappyHorse-1.1") in text and "Alibaba" not in text


def test_shipped_december_copy_names_the_full_kling_entry(shipped: dict) -> None:
    text = stories.december_board(shipped["rankings"])
    assert "Kling 2.5 Turbo 1080p at the same 1225 (#3), probably the model quoted as Kling 2.5" in text


def test_shipped_re_rating_removed_the_closest_rival_and_kept_the_based_on_pair(shipped: dict) -> None:
    rankings = shipped["rankings"]
    rows = rankings[(rankings["arena"] == guide.ARENA) & (rankings["category"] == "text-to-video")]
    after = rows[rows["snapshot_date"] >= pd.Timestamp("2026-10-01")]
    assert "gemini-omni-flash" not in set(after["model"])  # only Gemini Omni Flash 1.1, a separate entry
    pairs = leaderboard.based_on_odds(rankings, guide.ARENA, "text-to-video", draws=4_000)
    # the as-one reading leaves out the "based on" row (1118) and keeps the one it is based on (1117)
    assert pairs["model_name"].iloc[0] == "MiniMax H3 Max" and float(pairs["same_as_elo"].iloc[0]) == 1117.0
    assert float(pairs["p_leader_as_one"].iloc[0]) > float(pairs["p_leader"].iloc[0])


def test_pools_table_drops_the_columns_every_pool_shares_and_says_them_once() -> None:
    boards = pd.DataFrame({"category": ["text-to-video", "image-to-video", "text-to-video-audio"],
                           "snapshot_date": pd.to_datetime(["2026-10-10"] * 3),
                           "rebuilt_only": [True] * 3, "checked": [False] * 3})
    table = stories.pools_table(_pools(), boards)
    columns = stories.pools_columns(table)
    assert "last" not in columns and "latest_copy" not in columns and "first" in columns
    assert set(stories.pools_formats(table)) <= set(columns)
    assert not [h for h in columns.values() if "_" in h]
    board = pd.DataFrame({"model_name": ["G"], "p_leader": [0.6], "could_be_first": [True]})
    text = stories.pools_point(_pools(), "text-to-video", board, table)
    assert text == (
        "The image to video (silent) leader, Gemini Omni Flash, was the least sure of the three pools' "
        "latest leaders, about 60% likely to be truly #1. Every pool's latest board is of 10 October 2026, a "
        "rebuilt copy, not verified. The text to video (silent) and text to video with audio pools have no "
        "median lead: they were re-rated, and a median across the re-rating would mix two sets of "
        "estimates.")
    mixed = stories.pools_table(_pools(), boards.assign(rebuilt_only=[True, False, True]))
    assert "latest_copy" in stories.pools_columns(mixed)
    assert stories.pools_same_words(mixed) == "Every pool's latest board is of 10 October 2026."


def test_shipped_december_table_has_the_leaders_row_and_each_values_source(shipped: dict) -> None:
    rankings = shipped["rankings"]
    quoted = leaderboard.reported_ratings(rankings, guide.ARENA, "text-to-video", "2025-12-01")
    rivals = arena.head_to_head(quoted)
    table = stories.rivals_table(rivals, quoted, data.load_sources())
    rows = table[["model_name", "elo", "source"]].values.tolist()
    assert rows == [["Runway Gen-4.5", 1247.0, "Desbugados (grade B)"],
                    ["Veo 3", 1226.0, "AI CERTs and allmídia (grade B)"],
                    ["Kling 2.5", 1225.0, "CometAPI (grade C)"],
                    ["Sora 2 Pro", 1206.0, "AI CERTs and allmídia (grade B)"]]
    assert table["rank"].fillna(0).astype(int).tolist() == [1, 2, 0, 7]  # Kling 2.5: no rank quoted
    assert table["gap"].isna().tolist() == [True, False, False, False]
    assert "source" in stories.RIVALS_TABLE


def test_december_text_points_to_the_table_for_each_values_source() -> None:
    quoted = pd.DataFrame({"model": ["runway"], "model_name": ["Runway Gen-4.5"], "source_id": ["s1"],
                           "evidence": ["B"], "snapshot_date": pd.to_datetime(["2025-12-01"])})
    sources = pd.DataFrame({"source_id": ["s1"], "publisher": ["Desbugados"]})
    text = stories.december_text("The board read: X.", quoted, quoted.iloc[0:0], sources, "x", _rivals())
    assert text.startswith("The board read: X. The table below gives the source and evidence grade of each "
                           "1 December 2025 value.\n\nRead as votes,")
    assert "Desbugados" not in text  # named once, in the table
    pieced = quoted.assign(source_ids="s1", rank_source_id="s2")
    both = pd.DataFrame({"source_id": ["s1", "s2"], "publisher": ["Desbugados", "AI CERTs"]})
    told = stories.december_text("The board read: X.", pieced, quoted.iloc[0:0], both, "x", _rivals())
    assert told.startswith(
        "The board read: X. No single page gives this board: it is pieced together from two pages, by "
        "Desbugados and AI CERTs. The table below")
    later = pd.DataFrame({"model": ["runway", "veo"], "model_name": ["Runway Gen-4.5", "Veo 3 (No Audio)"],
                          "elo": [1243.0, 1226.0], "source_id": "s1", "evidence": "C",
                          "snapshot_date": pd.to_datetime(["2025-12-20"] * 2)})
    text = stories.december_text("The board read: X.", quoted, later, sources, "x", _rivals())
    check = text.split("\n\n")[-1]
    assert check == (  # both ratings given, so the gap can be checked
        "The 20 December 2025 copy is a copy (grade C) dated only by its page's \"updated 20 December 2025\" "
        "line, so the board it copied may be a few days older. On it Runway Gen-4.5 (1243) leads Veo 3 (No "
        "Audio) at 1226 by 17 points, about a 52% preference in one vote under the rating model, about 3,300 "
        "decisive votes to tell from a tie.")


def test_contenders_table_leaves_the_correlated_illustrations_to_the_method_notes() -> None:
    board = pd.DataFrame({"model": ["w", "m"], "model_name": ["W", "M"], "creator": "Lab",
                          "rank_ub": [1, 3], "p_leader": [0.88, 0.12], "p_leader_correlated": [0.93, 0.07],
                          "snapshot_date": pd.to_datetime(["2026-10-10"] * 2)})
    table = stories.contenders_table(board)
    assert table["model_name"].tolist() == ["W"]  # only the models that could rank first or second
    assert not set(stories.CONTENDERS_TABLE) & {"p_leader_opposed", "p_leader_correlated"}


def test_second_hand_change_text_names_its_page_and_grade() -> None:
    spells = pd.DataFrame({"model": ["r", "x", "h"], "model_name": ["R", "X", "H"],
                           "evidence": ["B", "C", "A"],
                           "start": pd.to_datetime(["2025-12-01", "2026-01-29", "2026-04-08"]),
                           "end": pd.to_datetime(["2025-12-20", "2026-01-29", "2026-06-25"]),
                           "min_margin": [17.0, 12.0, 80.0]})
    rows = pd.DataFrame({"model": ["x", "r"], "snapshot_date": pd.to_datetime(["2026-01-29", "2026-01-29"]),
                         "source_id": ["g", "g"]})
    sources = pd.DataFrame({"source_id": ["g"], "publisher": ["o/r (GitHub)"], "published": ["2026-01"],
                            "url": ["https://github.com/o/r/blob/abc/guide.md"], "title": ["Guide"],
                            "evidence": ["C"]})
    assert stories.second_hand_change_text(spells, rows, sources, "C") == (
        "[A developer's copy](https://github.com/o/r/blob/abc/guide.md) dated January 2026 shows X #1 by 12 "
        "points: a [second-hand copy](#glossary-second-hand-copy) of the board (grade C), the only page to "
        "show that change. When X took over and lost #1 is not known ([Leaderboard "
        "movements](02-leaderboard-movements.html) gives the earliest and latest dates it could have "
        "happened).")
    firm = spells.assign(evidence=["B", "A", "A"])
    assert stories.second_hand_change_text(firm, rows, sources) == ""


def test_shipped_second_hand_change_names_its_page_and_grade(shipped: dict) -> None:
    kept = leaderboard.window(data.readable_names(shipped["rankings"]), min_evidence="C")
    rows = kept[(kept["arena"] == guide.ARENA) & (kept["category"] == "text-to-video")]
    spells = leaderboard.leader_spells(kept, guide.ARENA, "text-to-video")
    text = stories.second_hand_change_text(spells, rows, data.load_sources(), "C")
    assert text.startswith("[A developer's copy](https://github.com/srikar115/")
    assert "srikar115/tingu-node-srikar]" not in text  # the page named in words, not by its repository id
    assert ("dated January 2026 shows Grok Imagine Video #1 by 12 points: a [second-hand "
            "copy](#glossary-second-hand-copy) of the board (grade C), the only page to show that change."
            ) in text


def test_votes_curve_title_says_the_scale_and_leads_and_periods_are_said_in_words() -> None:
    curve = pd.DataFrame({"gap": [3.0, 4.0, 5.0, 6.0],
                          "votes_needed": [105_213.0, 59_000.0, 38_000.0, 26_310.0]})
    gaps = pd.DataFrame({"model_name": ["Wan 3.0", "HappyHorse-1.0", "Wan 3.0"], "margin": [3.0, 80.0, 6.0],
                         "snapshot_date": pd.to_datetime(["2026-09-24", "2026-05-01", "2026-10-10"])})
    assert stories.votes_curve_title(curve, gaps) == (  # counts read off the curve; none for 80 points
        "Wan 3.0's 3–6-point leads would each need about 30,000–100,000 votes to detect reliably, 8 times "
        "in 10")
    counted = gaps.assign(votes_needed=[105_276.0, 80.0, 7_834.0], margin=[3.0, 80.0, 11.0])
    assert stories.votes_curve_title(curve, counted) == (  # the latest leader's range, the other's typical
        "Wan 3.0's 3–11-point leads would each need about 7,800–100,000 votes to detect reliably, 8 times in "
        "10; HappyHorse-1.0's typical lead needed about 80")
    board = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"] * 3), "arena": "A", "category": "c",
                          "model": ["w", "m", "x"], "rank": [1, 2, 3], "model_name": ["W", "M", "X"],
                          "elo": [1129.0, 1118.0, 1105.0], "ci_low": [1118.0, 1107.0, 1094.0],
                          "ci_high": [1140.0, 1129.0, 1116.0], "scale_epoch": "e", "evidence": "A",
                          "source_id": "s"})
    pools = pd.DataFrame({"category": ["c"], "last": pd.to_datetime(["2026-10-10"])})
    assert stories.latest_leads(board, "A", pools) == {"c": 11.0}
    assert stories.pools_table(pools.assign(category="text-to-video"), leads={"text-to-video": 11.0})[
        "latest_margin"].tolist() == [11.0]


def test_votes_finding_says_a_rebuilt_board_and_latest_lead_votes_gives_the_latest_count() -> None:
    gaps = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-24", "2026-10-10"]),
                         "model_name": ["W", "W"], "margin": [3.0, 11.0], "votes_needed": [105276.0, 7834.0]})
    rebuilt = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
                            "snapshot_date": pd.to_datetime(["2026-09-24"]), "rebuilt_only": [True]})
    assert stories.votes_finding(gaps, rebuilt) == (  # the latest lead first, then the smallest
        "Telling W's latest 11-point lead from a tie would take about 7,800 decisive votes [between the two "
        "models alone](#glossary-votes-needed), and its 3-point lead of 24 September (rebuilt) about "
        "100,000.")
    assert "(rebuilt)" not in stories.votes_finding(gaps, rebuilt.assign(rebuilt_only=False))
    assert stories.latest_lead_votes(gaps) == (  # one or two significant figures, each on its own scale
        "To have an 80% chance of detecting a real gap the size of W's latest lead, 11 points on 10 October "
        "2026, a standard test needs about 7,800 decisive votes between the two models; an observed 11-point "
        "lead would just pass that test after about 3,800. A real 3-point gap, its lead of 24 September "
        "2026, would need about 100,000. Each lead is on its own board's scale.")
    history = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-24", "2026-10-10"]),
                            "p_leader": [0.6449, 0.88]})
    assert stories.votes_and_chance(gaps, history) == (  # the chance and the yardstick told apart
        "The two figures do not conflict: W's 11-point lead is likely real (about 88% on 10 October, if "
        "rating errors are independent) but not proven to a test's 95% standard, and the chance also draws "
        "on votes against all other models.")
    assert stories.votes_and_chance(gaps, history.iloc[:1]) == ""  # no chance on that day: no sentence
    assert stories.lead_votes(21.0, 2152.0) == (2200, "roughly 2,000 to 2,400")  # a narrow range: two figures
    assert stories.latest_lead_votes(gaps.iloc[1:]).endswith(  # the smallest
        "would just pass that test after about 3,800.")
    assert stories.latest_lead_votes(gaps.drop(columns="votes_needed")) == ""


def test_twins_note_and_the_other_board_say_the_rule_and_the_board() -> None:
    pd.Series({"snapshot_date": pd.Timestamp("2026-10-10"), "model_name": "MiniMax H3 Max",
                      "same_as_name": "MiniMax H3 (768p)", "elo": 1118.0, "same_as_elo": 1117.0,
                      "p_leader_as_one": 0.9349})
    list(pd.to_datetime(["2026-10-02", "2026-10-04", "2026-10-05", "2026-10-06"]))
    pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01", "2026-10-02", "2026-10-04"]),
                            "model_name": ["Wan 3.0"] * 3, "p_leader": [0.8765, 0.88675, 0.9316],
                            "p_leader_counting_twice": [None, 0.8194, 0.88455]})
    rows = pd.DataFrame({"arena": ["Artificial Analysis"], "model": ["wan-3-0"], "model_name": ["Wan 3.0"],
                         "snapshot_date": pd.to_datetime(["2026-09-20"])})
    board = pd.DataFrame({"model": ["g", "f", "x"], "model_name": ["g", "f", "x"], "rank": [1, 2, 3],
                          "could_be_first": [True, True, False],
                          "snapshot_date": pd.to_datetime(["2026-09-21"] * 3)})
    assert stories.other_board_text(board, rows, "Wan 3.0") == (
        "The two arenas disagree on the #1, but they are not comparing like with like: LMArena has its own "
        "votes and rating scale, and its one text-to-video list mixes silent and with-audio entries. On it, "
        "2 of 3 models could be #1 and Wan 3.0 was not listed (table). The board is dated 21 September "
        "2026, the day LMArena gives for it.")
    saved = pd.DataFrame({"source_id": ["s"], "published": ["2026-09-25"]})
    assert stories.other_board_text(board.assign(source_id="s"), rows, "G", sources=saved) == (
        "The two arenas agree on the #1, though not like with like: LMArena has its own votes and rating "
        "scale, and its one text-to-video list mixes silent and with-audio entries. On it, 2 of 3 models "
        "could be #1 and G ranked #1 (table). The board is dated 21 September 2026, the day LMArena gives "
        "for it; the source list dates the archived copy 25 September, the day it was saved.")
    assert stories.other_board_text(board, rows, "Wan 3.0", dated=False) == (
        "The two arenas disagree on the #1, but they are not comparing like with like: LMArena has its own "
        "votes and rating scale, and its one text-to-video list mixes silent and with-audio entries. On it, "
        "2 of 3 models could be #1 and Wan 3.0 was not listed (table).")
    contenders = stories.lmarena_contenders(board.assign(
        creator="Google", elo=[1516.0, 1513.0, 1493.0], ci_low=[1501.0, 1504.0, 1476.0],
        ci_high=[1531.0, 1522.0, 1510.0], p_leader=[0.63, 0.36, 0.01]))
    assert contenders["could_be_first"].tolist() == [True, True, False]
    assert list(stories.LMARENA_CONTENDERS_TABLE)[-1] == "could_be_first"
    assert stories.pools_title(pd.DataFrame({"category": ["a", "b"]})) == (
        "The two pools: each latest leader's chance, and how sure their leaders were over all distinct "
        "boards")


def test_chance_history_text_calls_a_low_under_75_percent_open_and_a_rebuilt_low_unsure() -> None:
    h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-20", "2026-09-24"]),
                      "model_name": ["W", "W"], "runner_up_name": ["G", "G"], "margin": [12.0, 3.0],
                      "p_leader": [0.9, 0.6449], "unchanged": False, "scale_epoch": "a"})
    b = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
                      "snapshot_date": pd.to_datetime(["2026-09-24"]), "rebuilt_only": [True]})
    assert stories.chance_history_text(h, rebuilt=b) == (
        "The least sure lead was W's on 24 September 2026, 3 points over G: about 64%, an open race. That "
        "copy was rebuilt from text, so the data cannot tell a real lead from a rebuild error.")
    assert stories.chance_history_text(h) == (
        "The least sure lead was W's on 24 September 2026, 3 points over G: about 64%, an open race.")


def test_gaps_text_can_leave_the_latest_lead_votes_to_the_section_start() -> None:
    levels = stories.vote_test_words(0.05, 0.8)
    gaps = _gaps().assign(votes_needed=[100.0, 60000.0, 900.0, 12000.0, 105276.0, 7834.0, 5000.0])
    full = stories.gaps_text(gaps, _new_leaders(), "text-to-video", "C", levels, _changes(), brief=True)
    assert "13 points on 10 October 2026, a standard test needs about" in full
    assert stories.gaps_text(gaps, _new_leaders(), "text-to-video", "C", levels, _changes(), brief=True,
                             votes=False) == stories.gaps_text(_gaps(), _new_leaders(), "text-to-video", "C",
                                                               levels, _changes(), brief=True)
