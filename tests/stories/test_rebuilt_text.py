"""The data box's sentence on boards rebuilt from text: the newest stretch only, a single day in the
singular, nothing when the newest board was downloaded, and the shipped history's October boards."""

from __future__ import annotations

import pandas as pd

from videomarket import data, stories


def _boards(flags: list[bool], arena: str = "AA") -> pd.DataFrame:
    days = pd.date_range("2026-10-01", periods=len(flags), freq="D")
    return pd.DataFrame({"arena": arena, "category": "text-to-video", "snapshot_date": days,
                         "rebuilt_only": flags})


def test_only_the_newest_unbroken_stretch_of_rebuilt_days_is_named() -> None:
    text = stories.rebuilt_note(_boards([True, False, True, True]), "AA")
    assert text == ("The newest boards, 3 October 2026 to 4 October 2026, rest only on archive files that "
                    "could not be downloaded and were [rebuilt](#glossary-rebuilt-file) from the text a "
                    "search index of GitHub shows, not verified.")  # the checks: the glossary entry


def test_a_single_rebuilt_day_is_singular_and_a_downloaded_newest_day_says_nothing() -> None:
    assert stories.rebuilt_note(_boards([False, True]), "AA").startswith("The newest board, 2 October 2026, "
                                                                          "rests only on")
    assert stories.rebuilt_note(_boards([True, False]), "AA") == ""
    assert stories.rebuilt_note(_boards([True], arena="B"), "AA") == ""


def test_a_day_counts_as_rebuilt_only_when_no_pool_of_it_was_downloaded() -> None:
    boards = pd.concat([_boards([False, True]), _boards([False, False]).assign(category="image-to-video")])
    assert stories.rebuilt_note(boards, "AA") == ""


def test_the_shipped_history_newest_artificial_analysis_boards_are_rebuilt() -> None:
    boards = data.rebuilt_boards(data.load_rankings(), data.load_provenance())
    assert stories.rebuilt_note(boards, "Artificial Analysis").startswith(
        "The newest boards, 2 August 2026 to 10 October 2026, rest only on archive files that could not be "
        "downloaded")
