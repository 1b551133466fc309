"""About the data's short answer, findings and tables (round 22): exact sentences on hand-made frames."""

from __future__ import annotations

import pandas as pd

from videomarket import stories


def _leaders() -> pd.DataFrame:
    return pd.DataFrame({"snapshot_date": pd.to_datetime(["2025-12-01", "2026-01-29", "2026-09-02",
                                                          "2026-09-03", "2026-10-04", "2026-10-06",
                                                          "2026-10-10"]),
                         "leader": ["R", "G", "G", "W", "W", "W", "W"], "models": [6, 15, 80, 81, 31, 31, 32],
                         "rebuilt_only": [False, False, False, True, False, False, True], "checked": False})


def _days() -> pd.DataFrame:
    return pd.DataFrame({"category": "text-to-video", "snapshot_date": _leaders()["snapshot_date"],
                         "evidence": ["B", "C", "A", "A", "A", "A", "A"],
                         "date_precision": ["day", "approx", "day", "day", "day", "day", "day"],
                         "archived": [False, False, True, True, True, True, True]})


def _boards() -> pd.DataFrame:
    return pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07", "2026-10-10"]),
                         "rebuilt_only": [False, True, True], "checked": False, "shared": 0, "agree": pd.NA})


def test_answer_names_the_leader_its_last_board_and_the_downloaded_boards() -> None:
    text = stories.data_answer_short(_boards(), _leaders(), "W", "text-to-video")
    assert text == ("The leaderboard history rests mostly on downloaded archive copies, but every board "
                    "since "
                    "7 October 2026 is rebuilt from text, not verified. W is #1 of text to video (silent) on "
                    "the last board, 10 October 2026 (rebuilt), and on the downloaded boards of 4 and 6 "
                    "October.")
    assert len(text.split()) <= 50 and "\n#" not in text


def test_changes_table_gives_both_sides_with_their_grades() -> None:
    table = stories.leader_changes_table(_leaders(), _days(), "text-to-video")
    assert table[["change", "before", "after", "gap", "grades"]].values.tolist() == [
        ["G replacing R", "1 Dec 2025", "around 29 Jan 2026", 58, "B → C"],
        ["W replacing G", "2 Sep 2026", "3 Sep 2026", 0, "A → rebuilt, not verified"]]
    assert stories.leader_changes_finding(table, "text-to-video", 7) == (
        "In text to video (silent), #1 changed hands at least once (2 counting a second-hand copy); 1 of the "
        "2 changes were first seen only after 58 days without a board.")
    assert stories.leader_changes_text(table, "text-to-video").startswith(
        "In text to video (silent), #1 changed hands at least once on archived boards and press reports, 2 "
        "counting a second-hand copy of January 2026. Each change happened")


def test_share_finding_and_kept_text() -> None:
    values = pd.DataFrame({"evidence": ["A"] * 4 + ["B"], "rebuilt": [True, False, False, False, False]})
    assert stories.rebuilt_share_finding(values, "AA") == (
        "25% of the archived AA ratings, 1 of 4, come from copies rebuilt from text, not verified.")
    boards = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-05"]), "checked": [True],
                           "shared": [8], "agree": [False]})
    assert stories.rebuilt_kept_text(boards).endswith(
        "and the 8 ratings that also have a downloaded copy of the same day, 5 October 2026, do not all "
        "match it. Those 8 are counted once, as downloaded.")


def test_data_as_of_text_is_short_and_flags_the_age() -> None:
    table = stories.leader_changes_table(_leaders(), _days(), "text-to-video")
    text = stories.data_as_of_text("2026-10-10", table, "text-to-video", _boards(), "2026-12-06")
    assert text == ("Data as of 10 October 2026 for the leaderboards (57 days old when this note was built, "
                    "6 December 2026). **These data are more than a month old.** The #1 of text to video "
                    "(silent) changed at least once (2 counting a second-hand copy) before then and may "
                    "have changed since. Every board since 7 October 2026 is a [rebuilt copy, not "
                    "verified](#how-strong-is-the-evidence).")
    assert len(text.split()) <= 70


def test_rescale_on_downloaded_boards_only() -> None:
    rescales = pd.DataFrame({"arena": "AA", "category": ["text-to-video"],
                             "previous_date": pd.Timestamp("2026-09-30"), "date": pd.Timestamp("2026-10-01")})
    shown = pd.DataFrame({"category": "text-to-video",
                          "snapshot_date": pd.to_datetime(["2026-09-14"] * 10 + ["2026-09-30"] * 10
                                                          + ["2026-10-04"] * 9),
                          "model_name": list("abcdefghij") * 2 + list("abcdefghi"),
                          "rank": list(range(1, 11)) * 2 + list(range(1, 10)),
                          "elo": [1300.0 - 10 * i for i in range(10)] * 2
                          + [1000.0 - 20 * i for i in range(9)]})
    boards = pd.DataFrame({"category": "text-to-video",
                           "snapshot_date": pd.to_datetime(["2026-09-14", "2026-09-30", "2026-10-04"]),
                           "rebuilt_only": [False, True, False], "checked": False})
    table = stories.rescale_downloaded_table(rescales, shown, boards)
    assert table[["before", "after", "on_both", "spread"]].values.tolist() == [
        [pd.Timestamp("2026-09-14"), pd.Timestamp("2026-10-04"), 9, 80.0]]
    assert stories.rescale_downloaded_finding(rescales, shown, boards) == (
        "On 1 October 2026 AA [re-anchored](#glossary-re-anchoring) and [re-rated](#glossary-re-rating) text "
        "to video (silent): on downloaded boards of 14 September and 4 October, gaps between models moved by "
        "up to 80 points.")


def test_coverage_short_finding_is_one_idea() -> None:
    days = pd.DataFrame({"category": ["text-to-video"] * 2 + ["text-to-video-audio"],
                         "snapshot_date": pd.to_datetime(["2026-04-10", "2026-04-13", "2026-04-13"]),
                         "archived": True})
    pools = pd.DataFrame({"category": ["text-to-video", "text-to-video-audio"],
                          "first_archived": pd.to_datetime(["2026-04-10", "2026-04-13"])})
    gaps = pd.DataFrame({"category": ["text-to-video"], "days": [68], "days_max": [68],
                         "to": pd.to_datetime(["2026-04-09"])})
    assert stories.coverage_short_finding(days, pools, gaps) == (
        "Archived boards cover 60% of the days since each pool's first archived copy: 2 of 4 silent, 1 of 1 "
        "with audio. Earlier, gaps between boards lasted up to 68 days.")
