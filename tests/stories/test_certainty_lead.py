"""Report 03's opening, votes paragraph and appendix sentences (exact sentences, synthetic inputs)."""

from __future__ import annotations

import pandas as pd

from videomarket import stories


def _board() -> pd.DataFrame:
    return pd.DataFrame({
        "model": ["w", "m", "n", "d"],
        "model_name": ["Wan 3.0", "MiniMax H3 Max", "MiniMax H3 (768p)", "Dreamina Seedance 2.5"],
        "creator": ["Alibaba", "MiniMax", "MiniMax", "ByteDance Seed"],
        "elo": [1129.0, 1118.0, 1117.0, 1105.0], "ci_low": [1118.0, 1107.0, 1106.0, 1094.0],
        "ci_high": [1140.0, 1129.0, 1128.0, 1116.0], "p_leader": [0.8725, 0.0729, 0.0542, 0.0004],
        "rank_ub": [1, 1, 1, 2], "snapshot_date": pd.to_datetime(["2026-10-10"] * 4),
        "p_leader_as_one": [0.9166, None, None, None], "pair_apart": [1.0, None, None, None],
        "pair_name": "MiniMax H3"})


def _rebuilt() -> pd.DataFrame:
    return pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
                         "snapshot_date": pd.to_datetime(["2026-10-10"]), "rebuilt_only": [True]})


def test_newest_answer_gives_chance_what_independent_means_and_votes() -> None:
    answer = stories.newest_answer(_board(), "text-to-video")
    assert answer == (
        "On the newest board, 10 October 2026, Wan 3.0 narrowly led Artificial Analysis's silent "
        "text-to-video arena, about 87% likely to be [truly #1](#glossary-p-first) there if rating errors "
        "are independent (one model's error says nothing about another's). It would take about 7,800 "
        "[decisive votes](#glossary-decisive-vote) between Wan 3.0 and MiniMax H3 Max to tell reliably "
        "(8 times in 10) whether its 11-point lead is real; the arena does not publish how many they have "
        "had.")
    # one vote count only: the intervals read as votes (1,900) are the method notes', not the answer's
    assert "1,900" not in answer and "as precise as" not in answer
    # the other count of the rival listed twice (92%) is the appendix's, not the answer's
    assert "92%" not in answer and "listings" not in answer
    # a rebuilt board says so in a second short sentence: three sentences at most
    rebuilt = stories.newest_answer(_board(), "text-to-video", rebuilt=_rebuilt())
    assert rebuilt == answer.replace(
        "another's). ", "another's). That board is an unverified copy [rebuilt](#glossary-rebuilt-file) "
        "from text. ")
    assert rebuilt.count(". ") == 2
    assert stories.newest_answer(_board(), "text-to-video", rebuilt=_rebuilt().assign(
        rebuilt_only=[False])) == answer
    # at 90% power the count grows; without intervals only the chance is given
    assert stories.newest_answer(_board(), "text-to-video", power=0.9).endswith(
        "It would take about 10,000 [decisive votes](#glossary-decisive-vote) between Wan 3.0 and MiniMax H3 "
        "Max to tell reliably (9 times in 10) whether its 11-point lead is real; the arena does not publish "
        "how many they have had.")
    assert stories.newest_answer(_board().drop(columns=["ci_low", "ci_high"]), "text-to-video").endswith(
        "says nothing about another's).")


def test_health_warning_gives_copy_age_wrong_digit_and_alike_intervals() -> None:
    board = _board()
    low, high = board.assign(p_leader=[0.412, 0.3, 0.2, 0.0]), board.assign(p_leader=[0.988, 0.01, 0.0, 0.0])
    wider = pd.DataFrame({"model_name": ["X"], "elo": [1000.0], "ci_high": [1012.0]})
    assert stories.health_warning(pd.concat([board, wider]), low, high, _rebuilt(), build="2026-12-07") == (
        "**Health warning.** The board is an unverified copy [rebuilt](#glossary-rebuilt-file) from text, "
        "about two months old; one wrong digit in Wan 3.0's rating could move the chance to 41% or 99% "
        "([Appendix](#how-robust-is-the-latest-chance)). Nearly every model on it has the same ±11-point "
        "interval, which may be a house convention rather than each model's own vote count; the chances are "
        "only as good as those intervals ([Method notes](#method-notes)).")
    alike = stories.health_warning(board, low, high, _rebuilt(), build="2026-12-07").split("). ")[1]
    assert alike.startswith("Every model on it has the same ±11-point interval")
    # intervals of many widths go unmentioned; a downloaded board is only dated
    assert stories.health_warning(board.assign(ci_high=[1140.0, 1130.0, 1129.0, 1118.0]), low, high,
                                  build="2026-10-30") == (
        "**Health warning.** The board is 20 days old; one wrong digit in Wan 3.0's rating could move the "
        "chance to 41% or 99% ([Appendix](#how-robust-is-the-latest-chance)).")


def test_publisher_note_names_the_live_site() -> None:
    assert stories.publisher_note() == (
        "Artificial Analysis publishes its video arena's live boards at "
        "[artificialanalysis.ai](https://artificialanalysis.ai/); the boards in this note are archived "
        "copies of them, each file listed under Sources.")


def test_chance_timeline_source_says_copies_and_distinct_boards() -> None:
    history = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01", "2026-10-02", "2026-10-03"]),
                            "unchanged": [False, True, False]})
    assert stories.chance_timeline_source(history, "text-to-video") == (
        "Source: Artificial Analysis video arena, text to video (silent) pool: 3 archived daily copies "
        "(2 distinct boards), files listed under Sources.")
    assert stories.VOTES_CURVE_NOTE == (
        "the counts measure how small a lead is and are not a count of votes cast")


def test_contenders_source_names_the_repository() -> None:
    sources = pd.DataFrame({"source_id": ["s"], "url": [
        "https://github.com/Maicarons/artificial-analysis-leaderboards/blob/abc/data/x.json"]})
    assert stories.contenders_source(_board().assign(source_id="s"), _rebuilt(), sources=sources) == (
        "Source: Artificial Analysis video arena, text to video (silent) board of 10 October 2026, copy "
        "rebuilt from text, not verified (file in the Maicarons/artificial-analysis-leaderboards repository "
        "on GitHub, listed under Sources).")


def test_one_model_pointer_gives_the_other_count_and_why_it_is_not_the_headline() -> None:
    assert stories.one_model_pointer(_board()) == (
        "Counted as one model, the two MiniMax H3 listings would give Wan 3.0 a chance of 92%; it is not "
        "the headline, because on this board the two are rated apart, and this note counts a listing with a "
        "rating of its own as a rival.")
    identical = _board().drop(columns=["p_leader_as_one"]).assign(p_leader_counting_twice=0.83)
    assert stories.one_model_pointer(identical) == (
        "Counted as two rivals, the two MiniMax H3 listings would give Wan 3.0 a chance of 83%; it is not "
        "the headline, because on this board the two are identical, and this note counts an identical "
        "listing once.")


def test_votes_body_text_gives_one_count_of_votes_needed() -> None:
    gaps = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-24", "2026-10-10"]),
                         "model_name": ["Wan 3.0", "Wan 3.0"], "margin": [3.0, 11.0],
                         "votes_needed": [105276.0, 7834.0]})
    assert stories.votes_body_text(_board(), gaps) == (
        "Wan 3.0's lead over MiniMax H3 Max is 11 points on 10 October: under the rating model it would win "
        "about 52 of 100 [decisive](#glossary-decisive-vote) head-to-head votes between the two. To detect a "
        "lead of 11 points reliably, 8 times in 10 at the 95% standard, would take about 7,800 decisive "
        "votes between the pair. With these intervals a standard 95% significance test needs a lead of "
        "about 16 points; the 87% chance that Wan 3.0 is truly #1 is a looser bar. So the order is likely, "
        "not proven.")


def test_draws_note_says_the_rows_shown_reproduce_the_chances() -> None:
    assert stories.chances_method_note(_board(), shown=3) == (
        "Chances are computed exactly (by numerical integration, not simulation) from all 4 models on the "
        "board; the 3 rows of the latest board's table alone give the same chances to within 0.1 point, so "
        "anyone can check them from that table.")


def test_pools_point_dates_the_re_rating_and_names_the_pools_left_alone() -> None:
    pools = pd.DataFrame({"category": ["text-to-video", "image-to-video", "text-to-video-audio",
                                       "image-to-video-audio"], "latest_leader": ["W", "G", "W", "M"],
                          "latest_p_leader": [0.87, 0.62, 0.84, 0.98],
                          "re_rated": [True, False, True, False]})
    board = pd.DataFrame({"model_name": ["G", "W"], "p_leader": [0.62, 0.38],
                          "could_be_first": [True, False]})
    changes = pd.DataFrame({"category": ["text-to-video", "text-to-video-audio"],
                            "date": pd.to_datetime(["2026-10-01", "2026-10-01"])})
    assert stories.pools_point(pools, "text-to-video", board, changes=changes) == (
        "The image to video (silent) leader, G, was the least sure of the four pools' latest leaders, about "
        "62% likely to be truly #1. The text to video (silent) and text to video with audio pools have no "
        "median lead: the arena re-rated them on 1 October 2026 (the image to video (silent) and image to "
        "video with audio pools were not re-rated), and a median across the re-rating would mix two sets of "
        "estimates.")


def test_copies_box_note_names_the_downloaded_copy_inside_the_rebuilt_run() -> None:
    days = pd.to_datetime(["2026-07-10", "2026-07-23", "2026-07-27", "2026-08-01", "2026-08-02"])
    boards = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video", "snapshot_date": days,
                           "rebuilt_only": [False, True, True, False, True]})
    assert stories.copies_box_note(boards, boards, "text-to-video") == (
        "3 of the 5 archived daily copies of the text to video (silent) board were "
        "[rebuilt](#glossary-rebuilt-file) from text, including every one from 23 July on except the "
        "downloaded 1 August copy; see "
        "[report 00 (About the data)](00-about-the-data.html#how-strong-is-the-evidence).")


def test_genai_source_names_both_files_and_the_votes_file_origin() -> None:
    battles = pd.DataFrame({"tstamp": pd.to_datetime(["2024-02-12", "2024-02-20"]), "source_id": "v"})
    sources = pd.DataFrame({"source_id": ["v", "p"], "title": [
        "TIGER-AI-Lab/GenAI-Arena arena_elo/clean_battle_20240220.json at e4e4637",
        "TIGER-AI-Lab/GenAI-Arena arena_elo/results/20240220/leaderboard.csv at e4e4637"]})
    provenance = pd.DataFrame({"source_id": ["v"], "repository": ["TIGER-AI-Lab/GenAI-Arena"],
                               "note": ["2,000 votes"]})
    assert stories.genai_source(battles, sources, published=pd.DataFrame({"source_id": ["p"]}),
                                provenance=provenance) == (
        "Source: GenAI-Arena (TIGER-AI-Lab), anonymous text-to-image votes to 20 February 2024 (file "
        "arena_elo/clean_battle_20240220.json at commit e4e4637, a copy of unknown origin, not checked "
        "against the original; listed under Sources) and the leaderboard fitted from them (file "
        "arena_elo/results/20240220/leaderboard.csv at commit e4e4637)")


def test_contenders_table_keeps_a_tiny_chance_unrounded_for_the_download() -> None:
    table = stories.contenders_table(_board(), _rebuilt())
    assert table["p_leader"].iloc[-1] == 0.0004
