"""GenAI-Arena loaders: the shipped votes and the publisher's tables, checked against what they publish."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from videomarket import arena
from videomarket.arena import _votes as votes


@pytest.mark.parametrize(
    ("task", "anonymous_only", "battles", "models"),
    # counts stated in data/raw/genai-arena/README.md: 1,978 generation and 83 editing battles
    [("generation", False, 1978, 6), ("editing", False, 83, 7), ("generation", True, None, 6)],
)
def test_battle_counts_and_models(task: str, anonymous_only: bool, battles: int | None, models: int) -> None:
    table = votes.load_genai_arena(task, anonymous_only)
    if battles is not None:
        assert len(table) == battles
    names = set(table["model_a"]) | set(table["model_b"])
    assert len(names) == models
    assert not any(n.startswith("imagenhub_") or n.endswith(("_generation", "_edition")) for n in names)
    assert set(table["winner"]) <= set(votes.WINNERS)
    assert table.columns.tolist() == ["model_a", "model_b", "winner", "anony", "judge", "tstamp", "source_id"]
    assert set(table["source_id"]) == {"genai-arena-20240220-battles"}


def test_anonymous_only_keeps_exactly_the_anonymous_battles() -> None:
    everything = votes.load_genai_arena("generation", anonymous_only=False)
    anonymous = votes.load_genai_arena("generation", anonymous_only=True)
    assert anonymous["anony"].all()
    assert len(anonymous) == int(everything["anony"].sum()) < len(everything)


def test_timestamps_fall_in_the_collection_window() -> None:
    table = votes.load_genai_arena("generation", anonymous_only=False)
    assert str(table["tstamp"].dt.tz) == "UTC"
    # README: votes from 2024-02-12 to 2024-02-20 (the file's name carries the last one, 22:50:54Z)
    assert table["tstamp"].min() >= pd.Timestamp("2024-02-12", tz="UTC")
    assert table["tstamp"].max().floor("s") == pd.Timestamp("2024-02-20T22:50:54", tz="UTC")


def test_publisher_tables_as_published() -> None:
    generation = votes.load_publisher_leaderboard("generation")
    assert generation["model"].tolist() == [
        "PlayGroundV2",
        "PixArtAlpha",
        "SDXL",
        "SDXLTurbo",
        "OpenJourney",
        "LCM",
    ]
    assert generation["rating"].iloc[0] == pytest.approx(1151.1249217387294)  # leaderboard.csv, (anony)
    full = votes.load_publisher_leaderboard("generation", anonymous_only=False).set_index("model")
    assert full.loc["LCM", "rating"] == pytest.approx(869.3914626032819)  # leaderboard.csv, (full)
    editing = votes.load_publisher_leaderboard("editing")
    assert len(editing) == 7 and editing["model"].iloc[0] == "Prompt2prompt"
    assert editing["rating"].iloc[0] == pytest.approx(1252.820838097007)  # image_editing_leaderboard.csv
    assert set(editing["source_id"]) == {"genai-arena-20240220-editing-leaderboard"}


@pytest.mark.parametrize(
    ("task", "anonymous_only"), [("generation", True), ("editing", True), ("editing", False)]
)
def test_loaded_votes_reproduce_the_loaded_table(task: str, anonymous_only: bool) -> None:
    battles = votes.load_genai_arena(task, anonymous_only)
    ours = arena.bradley_terry(battles, l2=0.5).set_index("model")["rating"]
    theirs = votes.load_publisher_leaderboard(task, anonymous_only).set_index("model")["rating"]
    assert set(ours.index) == set(theirs.index)
    assert np.abs(ours - theirs.loc[ours.index]).max() < 0.5


def test_unknown_task_is_refused() -> None:
    with pytest.raises(votes.VoteDataError, match="task must be one of"):
        votes.load_genai_arena("video")
    with pytest.raises(votes.VoteDataError, match="task must be one of"):
        votes.load_publisher_leaderboard("edition")


def _write_votes(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "battles.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def _vote(a: str = "imagenhub_X_generation", b: str = "imagenhub_Y_generation", **changes: object) -> dict:
    return {
        "model_a": a,
        "model_b": b,
        "winner": "model_a",
        "judge": "j",
        "anony": True,
        "tstamp": 1.7e9,
        **changes,
    }


@pytest.mark.parametrize(
    ("records", "message"),
    [
        ([_vote(), _vote(winner="model_c")], "record 1 has winner 'model_c'"),
        ([_vote(anony="yes")], "record 0 has anony 'yes'"),
        ([_vote(b="imagenhub_Z_edition")], "record 0 pairs a generation model with another task"),
        ([{"model_a": "x", "model_b": "y"}], "lack field"),
        ([_vote(anony=False)], "no anonymous battles"),
    ],
)
def test_malformed_vote_files_raise_one_clear_error(
    tmp_path: Path, records: list[dict], message: str
) -> None:
    with pytest.raises(votes.VoteDataError, match=message):
        votes.load_genai_arena("generation", path=_write_votes(tmp_path, records))


def test_not_json_and_missing_column_are_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[{", encoding="utf-8")
    with pytest.raises(votes.VoteDataError, match="not valid JSON"):
        votes.load_genai_arena(path=bad)
    table = tmp_path / "board.csv"
    table.write_text("key,Model\nimagenhub_X_generation,X\n", encoding="utf-8")
    with pytest.raises(votes.VoteDataError, match="lacks column"):
        votes.load_publisher_leaderboard(path=table)


# --- missing input is an error with a reason, never a NaN or a numpy message ------------------------------


def test_leader_probability_of_an_empty_table_says_so() -> None:
    empty = pd.DataFrame(columns=["model", "elo", "ci_low", "ci_high"])
    expected = r"ratings is empty: P\(truly #1\) needs at least one model"
    with pytest.raises(arena.ArenaInputError, match=expected):
        arena.leader_probability(empty)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (None, 1200, "elo_a is None"),
        (1200, None, "elo_b is None"),
        (pd.NA, 1200, "elo_a is <NA>"),
        ([1200, None], 1100, "elo_a has a missing rating at position 1"),
        ("high", 1200, "elo_a must be a rating (a number or an array of numbers), got 'high'"),
    ],
)
def test_win_probability_of_a_missing_rating_raises(a: object, b: object, expected: str) -> None:
    with pytest.raises(arena.ArenaInputError) as caught:
        arena.win_probability(a, b)
    assert expected in str(caught.value)


def test_win_probability_keeps_working_on_numbers_and_arrays() -> None:
    assert round(arena.win_probability(1247, 1226), 4) == 0.5302
    both = arena.win_probability(np.array([1300.0, 1200.0]), 1200)
    assert both.tolist() == pytest.approx([0.64, 0.5], abs=0.001)
