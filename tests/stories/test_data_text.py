"""Sentences of the "about the data" report: counts that match the tables, no rounded-up shares, pools
named in words, re-anchorings read from the epochs table rather than assumed."""

from __future__ import annotations

import pandas as pd

from videomarket import stories


def _days() -> pd.DataFrame:
    return pd.DataFrame({
        "snapshot_date": pd.to_datetime(["2025-12-01", "2026-07-23", "2026-07-24", "2026-07-24"]),
        "category": ["text-to-video", "text-to-video", "text-to-video", "image-to-video"],
        "archived": [False, True, True, True],
    })


def _pools() -> pd.DataFrame:
    return pd.DataFrame({"category": ["text-to-video", "image-to-video"], "days": [3, 1],
                         "archived_days": [2, 1],
                         "first_archived": pd.to_datetime(["2026-07-23", "2026-07-24"])})


def _mix(archived: int = 19155, secondary: tuple[int, int, int] = (8, 59, 11)) -> pd.DataFrame:
    return pd.DataFrame({"A": [archived, 0], "B": [secondary[0], 0], "C": [secondary[1], 12],
                         "D": [secondary[2], 15]},
                        index=pd.Index(["rankings", "market_forecasts"], name="table"))


def test_coverage_and_answer_count_distinct_days_and_archived_days() -> None:
    text = stories.coverage_text(_days(), _pools(), "Artificial Analysis")
    assert "3 distinct days of leaderboard values between 1 December 2025 and 24 July 2026" in text
    assert "across 2 pools. On 2 days a public archive saved a copy of the arena's own data" in text
    answer = stories.data_answer(_days(), _pools(), "Artificial Analysis")
    assert answer.startswith("The Artificial Analysis history rests on 2 days of archived board copies from "
                             "23 July 2026 to 24 July 2026")


def test_evidence_text_never_rounds_a_share_up_to_everything() -> None:
    text = stories.evidence_text(_mix())
    assert "Of 19,233 leaderboard values, 19,155 come from archived copies (grade A) and 78 from" in text
    assert "100%" not in text and text.endswith("78 from press or developer pages.")


def test_missing_text_lists_the_days_before_the_archives_and_the_longest_gap() -> None:
    gaps = pd.DataFrame({"category": ["text-to-video", "image-to-video"],
                         "from": pd.to_datetime(["2025-12-02", "2026-01-30"]),
                         "to": pd.to_datetime(["2025-12-19", "2026-04-08"]), "days": [18, 69]})
    text = stories.missing_text(gaps, _days(), _pools(), "Artificial Analysis", min_days=7)
    assert "start on 23 July 2026. Before that the tables hold 1 day of press" in text
    assert "(1 December 2025)" in text
    assert "2 stretches of 7 days or more have no board at all; the longest is 69 days (30 January 2026 " \
           "to 8 April 2026, image to video (silent))." in text
    tied = pd.concat([gaps, gaps.iloc[[1]].assign(category="text-to-video")])
    tied_text = stories.missing_text(tied, _days(), _pools(), "Artificial Analysis", min_days=7)
    assert ("the longest is 69 days (30 January 2026 to 8 April 2026, image to video (silent) and text to "
            "video (silent))") in tied_text
    none = stories.missing_text(gaps.iloc[0:0], _days(), _pools(), "Artificial Analysis", min_days=7)
    assert none.endswith("0 stretches of 7 days or more have no board at all.")


def test_findings_name_the_re_anchored_pools_from_the_epochs_table() -> None:
    epochs = pd.DataFrame({"category": ["text-to-video", "image-to-video"],
                           "end": pd.to_datetime(["2026-09-30", None])})
    gaps = pd.DataFrame({"category": ["text-to-video"], "from": pd.to_datetime(["2025-12-02"]),
                         "to": pd.to_datetime(["2025-12-19"]), "days": [18]})
    findings = stories.data_findings(_days(), _pools(), gaps, _mix(), epochs)
    assert 3 <= len(findings) <= 5
    assert findings[0] == ("Between the first archived copy (23 July 2026) and the last (24 July 2026), 2 "
                           "of the "
                           "2 days (100%) have an archived board; the others are gaps or rest on press "
                           "values.")
    assert "text to video (silent) has 2 archived days, image to video (silent) 1" in findings[1]
    assert any(f.startswith("The arena moved the rating scale of text to video (silent) after 30 September "
                            "2026") for f in findings)
    assert not any("image to video" in f and "scale" in f for f in findings)
    unanchored = stories.data_findings(_days(), _pools(), gaps, _mix(), epochs.assign(end=pd.NaT))
    assert not any("rating scale" in f for f in unanchored)


def test_epochs_table_dates_each_scale_by_the_boards_seen_on_it() -> None:
    epochs = pd.DataFrame({"scale_epoch": ["old", "new", "empty"], "category": ["text-to-video"] * 3,
                           "start": pd.to_datetime(["2025-12-01", "2026-10-01", "2027-01-01"]),
                           "anchor_model_name": ["Mochi 1", "Kling 3.0", "X"]})
    rankings = pd.DataFrame({"scale_epoch": ["old", "old", "new"],
                             "snapshot_date": pd.to_datetime(["2026-01-29", "2026-09-30", "2026-10-01"])})
    table = stories.epochs_table(epochs, rankings)
    assert table[["anchor_model_name", "first_board", "last_board"]].astype(str).values.tolist() == [
        ["Mochi 1", "2026-01-29", "2026-09-30"], ["Kling 3.0", "2026-10-01", "2026-10-01"]]
    assert set(table["pool"]) == {"Text to video (silent)"}


def test_change_text_dates_both_readings_and_names_pools_in_words() -> None:
    change = pd.DataFrame({"category": ["text-to-video", "image-to-video"], "added_days": [63, 60],
                           "days_before": [31, 30], "days_after": [94, 90], "archived_days_before": [24, 25],
                           "archived_days_after": [89, 88],
                           "longest_gap_before": [98, 98], "longest_gap_after": [68, 69],
                           "first_archived_after": pd.to_datetime(["2026-04-10", "2026-04-09"]),
                           "last_after": pd.to_datetime(["2026-10-10", "2026-10-10"])})
    text = stories.change_text(change, "2026-12-06", "2026-11-24")
    assert text.startswith("The archives found most recently, read on 6 December 2026, add 63 days to text "
                           "to "
                           "video (silent), 60 days to image to video (silent) to the history as it stood on "
                           "24 November 2026.")
    assert "grows from 31 days (24 archived) to 94 days (89 archived)" in text
    assert "text-to-video" not in text


def test_market_evidence_names_houses_and_carriers() -> None:
    from videomarket import data

    text = stories.market_evidence_text(data.load_forecasts(), data.load_company_metrics(),
                                        data.load_sources())
    assert ("Of the 27 forecast values, 15 are credited to 4 named analyst houses (Fortune Business "
            "Insights, "
            "Grand View Research, Market.us, The Business Research Company) and 12 to no one") in text
    assert "none reaches grade B" in text and "(as attributed)" not in text


def test_every_shipped_archive_format_has_a_reader_label() -> None:
    from videomarket import data

    table = stories.archives_table(data.archive_versions(data.load_provenance()))
    assert table["kind"].str.len().gt(0).all()
    assert not table["kind"].str.contains("archived copy|-json|-csv|aa-").any(), table["kind"].tolist()
    uses = dict(zip(table["repository"], table["used_for"], strict=False))
    assert uses["TIGER-AI-Lab/GenAI-Arena"].startswith("method check")
    assert uses["aabao325/arena-ai-leaderboards"] == "LMArena boards"
    row = stories.archives_table(pd.DataFrame({"format": ["aa-api-data, aa-api-v2-archived, http-headers"],
                                               "repository": [None]})).iloc[0]
    assert (row["kind"], row["repository"]) == ("Artificial Analysis API copy", "(hand-entered)")
