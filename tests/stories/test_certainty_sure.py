"""Exact sentences of report 03's answer, its one-board finding and its table of readings."""

from __future__ import annotations

import pandas as pd

from videomarket import stories
from videomarket.stories import fmt


def _history() -> pd.DataFrame:
    return pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07", "2026-10-10"]),
                         "model": ["w"] * 3, "model_name": ["Wan 3.0"] * 3,
                         "p_leader": [0.8958, 0.78, 0.87865],
                         "p_leader_counting_twice": [0.83045, None, None],
                         "p_leader_correlated": [0.94, 0.85, 0.9292]})


def _downloaded() -> pd.DataFrame:
    return pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06"] * 2),
                         "model_name": ["Wan 3.0", "MiniMax H3 (768p)"], "p_leader": [0.8958, 0.103],
                         "elo": [1127.0, 1116.0], "ci_low": [1115.0, 1104.0], "ci_high": [1139.0, 1128.0]})


def test_not_proven_finding_names_its_board() -> None:
    assert stories.not_proven_finding(_downloaded()) == (
        "Likely is not proven: on the 6 October board, a lead must be about 17 points to pass a standard 95% "
        "significance test (if rating errors are independent); Wan 3.0 has 11.")
    wide = _downloaded().assign(elo=[1140.0, 1116.0])
    assert stories.not_proven_finding(wide) == (
        "On the 6 October board, Wan 3.0's 24-point lead passes a standard 95% significance test, which "
        "needs about 17 points.")
    assert stories.not_proven_finding(_downloaded().iloc[:1]) == ""


def test_robustness_table_names_each_board_and_reading() -> None:
    pairs = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"]), "p_leader_as_one": [0.93495],
                          "same_as_name": ["MiniMax H3 (768p)"]})
    opposed = pd.DataFrame({"model": ["w", "m", "n"], "p_leader": [0.826, 0.1, 0.07]})
    lower = pd.DataFrame({"model": ["w"], "p_leader": [0.4213]})
    higher = pd.DataFrame({"model": ["w"], "p_leader": [0.9912]})
    table = stories.robustness_table(_history(), "2026-10-06", pairs=pairs, opposed=opposed, lower=lower,
                                     higher=higher)
    SIX = "6 October 2026"  # every board one kind of copy: said once, in the table's source line
    assert table.assign(chance=[fmt.pct(p, 0) for p in table["chance"]]).values.tolist() == [
        [SIX, "Identical listing counted once, errors independent", "90%"],
        [SIX, "The two MiniMax H3 (768p) listings counted as two rivals", "83%"],
        ["7 October 2026", "As published, errors independent", "78%"],
        ["10 October 2026", "As published, errors independent", "88%"],
        ["10 October 2026", "The two MiniMax H3 (768p) listings counted as one model",
         "93%"],
        ["10 October 2026", "Errors of all models correlated at +0.3 (illustration)",
         "93%"],
        ["10 October 2026",
         "Errors of the 3 possible #1s correlated at \u22120.3 (illustration)", "83%"],
        ["10 October 2026", "Leader's rating 10 points lower (a wrong tens digit)",
         "42%"],
        ["10 October 2026", "Leader's rating 10 points higher (a wrong tens digit)",
         "99%"],
    ]
    assert list(stories.ROBUSTNESS_TABLE) == list(table.columns)


def test_genai_source_names_the_votes_file_and_commit() -> None:
    battles = pd.DataFrame({"tstamp": pd.to_datetime(["2024-02-12", "2024-02-20"]), "source_id": "v"})
    sources = pd.DataFrame({"source_id": ["v"], "title": [
        "TIGER-AI-Lab/GenAI-Arena arena_elo/clean_battle_20240220.json at e4e4637"]})
    assert stories.genai_source(battles, sources) == (
        "Source: GenAI-Arena (TIGER-AI-Lab), anonymous text-to-image votes to 20 February 2024 (file "
        "arena_elo/clean_battle_20240220.json at commit e4e4637, listed under Sources) and the leaderboard "
        "fitted from them")
    assert stories.genai_source(battles) == (
        "Source: GenAI-Arena (TIGER-AI-Lab), anonymous text-to-image votes to 20 February 2024 and the "
        "leaderboard fitted from them")
