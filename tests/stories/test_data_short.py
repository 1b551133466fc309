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


def test_changes_table_gives_both_sides_with_their_grades() -> None:
    table = stories.leader_changes_table(_leaders(), _days(), "text-to-video")
    assert table[["change", "before", "after", "gap", "grades"]].values.tolist() == [
        ["G replacing R", "1 Dec 2025", "around 29 Jan 2026, archived 2 Sep 2026", 58, "B → C; A on 2 Sep"],
        ["W replacing G", "2 Sep 2026", "3 Sep 2026", 0, "A → rebuilt, not verified; A on 4 Oct"]]
    # lead and chance are read on the new #1's first archived board, rebuilt or not, never a quote
    assert table["read_on"].tolist() == [pd.Timestamp("2026-09-02"), pd.Timestamp("2026-09-03")]
    assert table["read_text"].tolist() == ["2 Sep 2026", "3 Sep 2026"]
    quoted_only = stories.leader_changes_table(_leaders().iloc[:2], _days().iloc[:2], "text-to-video")
    assert pd.isna(quoted_only["read_on"].iloc[0]) and quoted_only["read_text"].iloc[0] == "—"
    assert stories.leader_changes_text(table, "text-to-video").startswith(
        "In text to video (silent), #1 changed hands at least once on archived boards and press reports, 2 "
        "counting a second-hand copy of January 2026. Each change happened")


def test_share_finding_and_kept_text() -> None:
    gaps = {"t": pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-01", "2026-09-02", "2026-09-03"]),
                               "evidence": ["A", "A", "C"], "unchanged": [False, False, False]})}
    kept = pd.DataFrame({"category": "t", "snapshot_date": pd.to_datetime(["2026-09-01", "2026-09-02"]),
                         "rebuilt_only": [True, False]})
    distinct = stories.rebuilt_distinct(gaps, kept)
    assert len(distinct) == 2
    boards = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-05"]), "checked": [True],
                           "shared": [8], "agree": [False]})
    assert stories.rebuilt_kept_text(boards).endswith(
        "and the 8 ratings that also have a downloaded copy of the same day, 5 October 2026, do not all "
        "match it. Those 8 are counted once, as downloaded.")
    assert stories.rebuilt_kept_text(boards, 92).endswith(
        "do not all match it (only 8 of 100 rebuilt daily entries, 8.0%, could be checked). Those 8 are "
        "counted once, as downloaded, so the tables count 92 rebuilt.")


def test_data_as_of_text_is_short_and_flags_the_age() -> None:
    table = stories.leader_changes_table(_leaders(), _days(), "text-to-video")
    text = stories.data_as_of_text("2026-10-10", table, "text-to-video", _boards(), "2026-12-06",
                                   also={"LMArena": "2026-09-21", "Vendor figures": "2026-05-28"},
                                   forecasts_page=pd.Timestamp("2026-07-31"))
    assert text == ("Leaderboards: 10 October 2026, 57 days.<br>\nLMArena: 21 September 2026, 76 days.<br>\n"
                    "Vendor figures: 28 May 2026, 192 days.<br>\nForecasts: undated, no newer than "
                    "their quoting pages, latest 31 July 2026.<br>\n"
                    "Built 6 December 2026: **these data are more than a month old**.<br>\n"
                    "The #1 of text to video (silent) changed "
                    "at least once (2 counting a second-hand copy) and may have changed since. The last two "
                    "days' boards (7 and 10 October) are [rebuilt copies, not "
                    "verified](#how-strong-is-the-evidence).")
    said = text.replace("<br>", " ").replace("](#how-strong-is-the-evidence)", "").replace("**", "")
    assert len(said.split()) <= 80 and "\n#" not in text
    # the page header and the citation take the box's first date: the leaderboards', not the build's
    from videomarket.report._page import data_date

    assert data_date(text) == "2026-10-10"


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
    assert table[["boards", "before", "after", "on_both", "spread"]].values.tolist() == [
        ["14 Sep → 4 Oct (downloaded)", pd.Timestamp("2026-09-14"), pd.Timestamp("2026-10-04"), 9, 80.0]]
    # with the change's own boards measured, the rebuilt row comes first, falls as positive numbers
    measured = rescales.assign(models_on_both=21, shift_min=-314.0, shift_max=-125.0)
    both = boards.assign(snapshot_date=pd.to_datetime(["2026-09-14", "2026-09-30", "2026-10-01"]),
                         rebuilt_only=[False, True, True])
    rows = stories.rescale_downloaded_table(measured, shown, both)
    assert rows[["boards", "models_before", "models_after", "on_both", "fall_max", "fall_min",
                 "spread"]].values.tolist()[0] == ["30 Sep → 1 Oct (rebuilt, not verified)", 81, 30, 21,
                                                    314.0, 125.0, 189.0]
    half = both.assign(rebuilt_only=[False, False, True])
    assert stories.rescale_downloaded_table(measured, shown, half)["boards"].iloc[0] == (
        "30 Sep → 1 Oct (partly rebuilt)")


def test_missing_short_text_says_the_days_before_the_first_copy_are_the_silent_pools() -> None:
    days = pd.DataFrame({"category": ["text-to-video", "image-to-video", "text-to-video-audio"],
                         "snapshot_date": pd.to_datetime(["2025-12-01", "2026-04-10", "2026-04-15"]),
                         "date_precision": ["day", "day", "month"]})
    pools = pd.DataFrame({"first_archived": pd.to_datetime(["2026-04-10"])})
    text = stories.missing_short_text(pd.DataFrame({"days": [39]}), days, pools, 7, "2026-12-06")
    assert text.startswith("Before the first archived copy (10 April 2026), the silent pools have only 1 day "
                           "of quoted values (1 December 2025). ")
