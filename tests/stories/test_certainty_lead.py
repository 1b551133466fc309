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


def test_newest_answer_gives_chance_votes_and_caveat_in_three_sentences() -> None:
    board = _board()
    low, high = board.assign(p_leader=[0.412, 0.3, 0.2, 0.0]), board.assign(p_leader=[0.988, 0.01, 0.0, 0.0])
    assert stories.newest_answer(board, "text-to-video", low, high, _rebuilt(), build="2026-12-07") == (
        "On the newest board, 10 October 2026, Wan 3.0 was about 9 in 10 likely to be "
        "[truly #1](#glossary-p-first) on Artificial Analysis's silent text-to-video arena (87%, or 92% if "
        "MiniMax H3's two [listings](#glossary-repeated-listing) are one model), if rating errors are "
        "independent. Its 11-point lead means winning about 52 of 100 "
        "[decisive votes](#glossary-decisive-vote). The board is a copy [rebuilt](#glossary-rebuilt-file) "
        "from text, not yet checked against the original, and about two months old; one wrong tens digit in "
        "its rating would make the chance 41% or 99% ([Appendix](#how-robust-is-the-latest-chance)).")


def test_one_model_pointer_is_one_sentence() -> None:
    assert stories.one_model_pointer(_board()) == (
        "Wan 3.0's chance is 92% if the two MiniMax H3 listings count as one model "
        "([Appendix](#how-robust-is-the-latest-chance)).")


def test_votes_body_text_gives_one_count_of_votes_needed() -> None:
    gaps = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-24", "2026-10-10"]),
                         "model_name": ["Wan 3.0", "Wan 3.0"], "margin": [3.0, 11.0],
                         "votes_needed": [105276.0, 7834.0]})
    assert stories.votes_body_text(_board(), gaps) == (
        "Wan 3.0's lead over MiniMax H3 Max is 11 points on 10 October: under the rating model it would win "
        "about 52 of 100 [decisive](#glossary-decisive-vote) head-to-head votes between the two. The "
        "published intervals are worth about 1,900 votes between the pair; to confirm a lead of 11 points "
        "reliably (8 times in 10 at the 95% standard) would take about 7,800. With these intervals a "
        "standard 95% significance test needs a lead of about 16 points; the 87% chance that Wan 3.0 is "
        "truly #1 is a looser bar. So the order is likely, not proven.")


def test_draws_note_says_the_rows_shown_reproduce_the_chances() -> None:
    assert stories.draws_note(_board(), 20000, shown=3) == (
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
        "downloaded 1 August copy ([About the data](00-about-the-data.html#how-strong-is-the-evidence)).")


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
        "arena_elo/clean_battle_20240220.json at commit e4e4637, a copy whose origin the data notes do not "
        "record, not checked against the original; listed under Sources) and the leaderboard fitted from "
        "them (file arena_elo/results/20240220/leaderboard.csv at commit e4e4637)")


def test_contenders_table_keeps_a_tiny_chance_unrounded_for_the_download() -> None:
    table = stories.contenders_table(_board(), _rebuilt())
    assert table["p_leader"].iloc[-1] == 0.0004
