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


def test_answer_dates_the_shift_to_rebuilt_boards_and_gives_the_leader_odds() -> None:
    boards = pd.DataFrame({"category": ["text-to-video"] * 4 + ["text-to-video-audio"] * 3,
                           "snapshot_date": pd.to_datetime(["2026-08-01", "2026-08-27", "2026-09-01",
                                                            "2026-10-10", "2026-08-27", "2026-08-28",
                                                            "2026-10-10"]),
                           "rebuilt_only": [False, True, False, True, True, True, True]})
    text = stories.data_answer_short(boards, _leaders(), "W", "text-to-video", 0.879)
    assert text == ("The leaderboard history rests mostly on downloaded archive copies until late August "
                    "2026, but since then about 3 in 4 boards are rebuilt from text, and most with-audio "
                    "boards are rebuilt. W was #1 of text to video (silent) on 10 October "
                    "2026, [about 88% likely truly #1](03-how-sure-is-number-one.html).")
    assert len(text.split()) <= 50 and "\n#" not in text and ";" not in text
    silent = boards[boards["category"] == "text-to-video"].assign(rebuilt_only=[False, False, True, True])
    assert stories.data_answer_short(silent, _leaders(), "G", "text-to-video") == (
        "The leaderboard history rests mostly on downloaded archive copies until early September 2026, but "
        "since then about 4 in 4 boards are rebuilt from text. G was not #1 of text to video (silent) on "
        "the last board.")


def test_changes_table_gives_both_sides_with_their_grades() -> None:
    table = stories.leader_changes_table(_leaders(), _days(), "text-to-video")
    assert table[["change", "before", "after", "gap", "grades"]].values.tolist() == [
        ["G replacing R", "1 Dec 2025", "around 29 Jan 2026", 58, "B → C"],
        ["W replacing G", "2 Sep 2026", "3 Sep 2026", 0, "A → A, rebuilt (not verified)"]]
    assert stories.leader_changes_finding(table, "text-to-video", 7) == (
        "In text to video (silent), #1 changed hands at least once (2 counting a [second-hand "
        "copy](#glossary-second-hand-copy)); 1 of the 2 changes were first seen only after 58 days "
        "without a board.")
    assert stories.leader_changes_text(table, "text-to-video").startswith(
        "In text to video (silent), #1 changed hands at least once on archived boards and press reports, 2 "
        "counting a second-hand copy of January 2026. Each change happened")


def test_share_finding_and_kept_text() -> None:
    values = pd.DataFrame({"evidence": ["A"] * 4 + ["B"], "rebuilt": [True, False, False, False, False]})
    assert stories.rebuilt_share_finding(values, "AA") == (
        "20% of AA's 5 daily rating entries come from copies rebuilt from text, not verified.")
    gaps = {"t": pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-01", "2026-09-02", "2026-09-03"]),
                               "evidence": ["A", "A", "C"], "unchanged": [False, False, False]})}
    kept = pd.DataFrame({"category": "t", "snapshot_date": pd.to_datetime(["2026-09-01", "2026-09-02"]),
                         "rebuilt_only": [True, False]})
    distinct = stories.rebuilt_distinct(gaps, kept)
    assert len(distinct) == 2
    assert stories.rebuilt_share_finding(values, "AA", distinct) == (
        "20% of AA's 5 daily rating entries, and 50% of its [distinct boards](#glossary-distinct-board), "
        "come from copies rebuilt from text, not verified.")
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
                             "previous_date": pd.Timestamp("2026-09-30"), "date": pd.Timestamp("2026-10-01"),
                             "models_before": 81, "models_after": 30})
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
        "On 1 October 2026 AA [re-rated](#glossary-re-rating) text to video (silent): text to video (silent) "
        "went from 81 models to 30. Over the three weeks from 14 September to 4 October, gaps between models "
        "moved by up to 80 points.")


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


def test_firm_changes_drop_grade_c_boards() -> None:
    assert stories.firm_changes_text(_leaders(), _days(), "text-to-video") == (
        "Without the grade-C values, 2 changes of #1 remain: G replacing R and W replacing G.")
    few = _days().assign(evidence="C")
    assert stories.firm_changes_text(_leaders(), few, "text-to-video") == (
        "Without the grade-C values, no change of #1 remains.")


def test_rebuilt_distinct_text_counts_distinct_boards() -> None:
    distinct = pd.DataFrame({"category": ["t", "t", "t", "u"], "unchanged": [False, True, False, False],
                             "rebuilt_only": [True, True, True, False]})
    assert stories.rebuilt_distinct_text(distinct) == (
        "Across the 2 pools, 2 of the 3 distinct archived boards rest only on rebuilt copies.")
