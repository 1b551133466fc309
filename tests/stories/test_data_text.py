"""Sentences of the "about the data" report: counts that match the tables, no rounded-up shares, pools
named in words, re-anchorings read from the epochs table rather than assumed."""

from __future__ import annotations

from pathlib import Path

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
    assert text == ("For Artificial Analysis, 3 days from 1 December 2025 to 24 July 2026 have a board of at "
                    "least one of the 2 pools: 2 with an archived copy, 1 with only quoted values.")
    rankings = pd.DataFrame({"arena": ["AA", "AA", "AA", "B"], "evidence": ["D", "D", "C", "D"],
                             "snapshot_date": pd.to_datetime(["2026-04-09", "2026-04-09", "2026-04-09",
                                                              "2026-05-01"])})
    assert stories.coverage_text(_days(), _pools(), "AA", "C", rankings).endswith(
        "The 2 grade-D values of AA, quoted for 9 April 2026, are left out of the chart, the day counts and "
        "the stretches without a board.")
    assert "grade-D" not in stories.coverage_text(_days(), _pools(), "AA", "D", rankings)
    pd.DataFrame({"evidence": ["A", "A", "A", "A", "C"], "rebuilt": [True, False, False, False,
                                                                               False]})
    pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-07-23", "2026-07-24"]),
                           "rebuilt_only": [False, True]})
    pd.DataFrame({"category": "text-to-video", "archived": True,
                         "snapshot_date": pd.to_datetime(["2026-04-10", "2026-04-12", "2026-04-13"])})


def test_shipped_answer_and_grade_d_sentence_agree_with_the_tables() -> None:
    from videomarket import data, leaderboard

    rankings = data.load_rankings()
    shown = leaderboard.window(rankings[rankings["arena"] == "Artificial Analysis"], min_evidence="C")
    days, pools = data.snapshot_coverage(shown), data.pool_coverage(shown)
    text = stories.coverage_text(days, pools, "Artificial Analysis", "C", rankings)
    weak = rankings[rankings["evidence"].astype(str) == "D"]
    mix = data.evidence_mix({"rankings": rankings})
    assert int(mix.loc["rankings", "D"]) == len(weak) == 11
    assert ("The 11 grade-D values of Artificial Analysis, quoted for around 9 April 2026 and April 2026 "
            "(month only), are left out") in text
    gaps = data.coverage_gaps(shown, min_days=7)
    all_gaps = data.coverage_gaps(shown, min_days=1)
    short = stories.missing_short_text(gaps, days, pools, 7, "2026-12-06", all_gaps,
                                       len(stories.merged_gaps_table(gaps)))
    assert short == ("Before the first archived copy (10 April 2026), text to video (silent) has 4 days of "
                     "grade B or C quoted values (1 December 2025, around 20 December 2025, around 29 "
                     "January 2026 and around 8 April 2026) and image to video (silent) 1 (around 29 January "
                     "2026). The table covers only the 12 stretches of 7 "
                     "days or more without a board of a pool, shown in 7 rows; 51 shorter stretches (1 to 6 "
                     "days) are left out.")
    assert len(all_gaps) - len(gaps) == 51
    assert len(stories.gaps_table(gaps)) == 12
    assert "103 days from 1 December 2025 to 10 October 2026" in text and "99 with an archived copy" in text
    values = data.rated_values(shown, data.load_provenance())
    boards = data.rebuilt_boards(shown, data.load_provenance())
    check = data.next_day_check(shown, data.load_provenance())
    leaderboard.leader_gaps(data.readable_names(shown), "Artificial Analysis", "text-to-video")
    leaders = stories.board_leaders(data.readable_names(shown), boards, "text-to-video")
    # the last exact download, 1 August 2026 (data/README.md: the first Maicarons commit was cloned), sits
    # between rebuilt copies of the days either side; the newest board is rebuilt
    named = leaders.set_index("snapshot_date").loc[pd.to_datetime(["2026-07-31", "2026-08-01", "2026-08-02",
                                                                   "2026-10-10"])]
    assert named["leader"].tolist() == ["Gemini Omni Flash"] * 3 + ["Wan 3.0"]
    assert named["rebuilt_only"].tolist() == [True, False, True, True] and not named["checked"].any()
    graded = values[values["evidence"].astype(str) == "A"]
    assert round(100 * graded["rebuilt"].astype(bool).mean()) == 67
    assert stories.newest_rebuilt_run(boards)[0] == pd.Timestamp("2026-08-02")
    assert (int(check["shared"].sum()), float(check["max_diff"].max())) == (228, 12.0)


def test_coverage_title_states_the_archived_days_and_the_press_days_before() -> None:
    dates = pd.to_datetime(["2026-04-10", "2026-04-11", "2026-04-12", "2026-05-20", "2026-07-01",
                            "2026-07-02"])
    days = pd.DataFrame({"snapshot_date": dates, "archived": True})
    assert stories.coverage_title(days) == (
        "Archived boards of at least one pool cover 6 of the 84 days from 10 April to 2 July 2026")
    press = pd.DataFrame({"snapshot_date": pd.to_datetime(["2025-12-01", "2025-12-20"]),
                          "archived": [False, False]})
    assert stories.coverage_title(pd.concat([press, days.iloc[:3]])) == (
        "Archived boards of at least one pool cover 3 of the 3 days from 10 April to 12 April 2026; before "
        "that, 2 days with only quoted values")


def test_evidence_text_counts_ratings_as_the_chart_does_and_reconciles_the_table() -> None:
    values = pd.DataFrame({"evidence": ["A"] * 4 + ["B", "C", "C"],
                           "archived_board": [True] * 5 + [False] * 2,
                           "rebuilt": [True, True, False, False, False, False, False]})
    text = stories.evidence_text(values, "AA", _mix())
    assert text == ("The AA history holds 7 [daily rating entries](#glossary-daily-rating-entry):\n\n"
                    "- 2 downloaded from archived copies (grade A);\n"
                    '- 2 rebuilt from search-index text, not verified;\n'
                    "- 1 quoted value (grade B) on a day whose pool also has an archived board, kept beside "
                    "it;\n- 2 on days with only quoted values.\n\nThe 3 quoted "
                    "values are 1 "
                    "grade B and 2 grade C. The grade table below "
                    "counts every copy of every value in both arenas instead: 19,233.")
    assert "\n#" not in text
    assert "100%" not in text


def test_evidence_text_on_the_shipped_data_matches_the_chart_data() -> None:
    from videomarket import data, leaderboard

    rankings = data.load_rankings()
    shown = leaderboard.window(rankings[rankings["arena"] == "Artificial Analysis"], min_evidence="C")
    days = data.snapshot_coverage(shown)
    values = data.rated_values(shown, data.load_provenance())
    text = stories.evidence_text(values, "Artificial Analysis")
    on_archived = int(days.loc[days["archived"], "models"].sum())
    press = int(days.loc[~days["archived"], "models"].sum())
    rebuilt = int(values["rebuilt"].astype(bool).sum())
    assert f"holds {on_archived + press:,} [daily rating entries](#glossary-daily-rating-entry):" in text
    assert f"- {on_archived - 1 - rebuilt:,} downloaded from archived copies (grade A);" in text
    assert f'- {rebuilt:,} rebuilt from search-index text, not verified;' in text
    assert ("- 1 quoted value (grade C) on a day whose pool also has an archived board, kept beside it;\n"
            f"- {press} on days with only quoted values.") in text
    boards = data.rebuilt_boards(shown, data.load_provenance())
    only = boards.loc[boards["rebuilt_only"].astype(bool), ["category", "snapshot_date"]]
    marked = int(days[days["archived"]].merge(only, on=["category", "snapshot_date"])["models"].sum())
    # no board day has both kinds of copy, so every rebuilt rating sits on a day with only rebuilt copies
    assert marked == rebuilt == 11612


def _audio_days() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Two silent pools archived from 10 April; two audio pools with only a month-dated press quote (drawn
    on 15 April) before their first archived copy on 25 June."""
    rows = [("text-to-video", "2026-04-10", True, 80, "day"),
            ("text-to-video", "2026-06-25", True, 81, "day"),
            ("text-to-video-audio", "2026-04-15", False, 2, "month"),
            ("image-to-video-audio", "2026-04-15", False, 2, "month"),
            ("text-to-video-audio", "2026-06-25", True, 30, "day"),
            ("image-to-video-audio", "2026-06-25", True, 31, "day")]
    days = pd.DataFrame(rows, columns=["category", "snapshot_date", "archived", "models", "date_precision"])
    days["snapshot_date"] = pd.to_datetime(days["snapshot_date"])
    pools = pd.DataFrame({"category": ["text-to-video", "text-to-video-audio", "image-to-video-audio"],
                          "first_archived": pd.to_datetime(["2026-04-10", "2026-06-25", "2026-06-25"])})
    return days, pools


def test_press_quotes_after_the_first_archived_copy_are_named_per_pool() -> None:
    days, _pools = _audio_days()
    gaps = pd.DataFrame({"category": ["text-to-video-audio", "image-to-video-audio", "text-to-video"],
                         "from": pd.to_datetime(["2026-04-16", "2026-04-16", "2026-04-11"]),
                         "to": pd.to_datetime(["2026-06-24", "2026-06-24", "2026-06-24"]),
                         "days": [70, 70, 75], "days_min": [55, 55, 75], "days_max": [84, 84, 75],
                         "after_month_only": [True, True, False], "before_month_only": False})
    table = stories.gaps_table(gaps)
    assert table[["from_text", "to_text", "days_text"]].values.tolist()[:2] == [
        ["11 Apr 2026", "24 Jun 2026", "75"],
        ["after a quoted value of Apr 2026 (day unknown)", "24 Jun 2026", "55 to 84"]]
    days.assign(date_precision="day")
    pd.DataFrame({"category": ["text-to-video"] * 3, "archived": [True, False, True],
                           "snapshot_date": pd.to_datetime(["2026-04-10", "2026-04-20", "2026-04-30"]),
                           "models": [80, 1, 80], "date_precision": "day"})


def test_shipped_gaps_never_call_a_month_dated_stretch_the_longest() -> None:
    from videomarket import data, leaderboard

    rankings = data.load_rankings()
    shown = leaderboard.window(rankings[rankings["arena"] == "Artificial Analysis"], min_evidence="C")
    gaps = data.coverage_gaps(shown, min_days=7)
    ranged = gaps[gaps["days_min"] != gaps["days_max"]]
    assert ranged[["days_min", "days_max"]].drop_duplicates().values.tolist() == [[55, 84]]
    _days, _pools = data.snapshot_coverage(shown), data.pool_coverage(shown)
    assert stories.gaps_table(gaps)["days_text"].tolist()[:4] == ["about 18", "about 39", "about 68",
                                                                  "about 70"]


def _market() -> tuple[pd.DataFrame, pd.DataFrame]:
    forecasts = pd.DataFrame({
        "publisher": ["Fortune Business Insights", "Fortune Business Insights", "Unattributed (blog)"],
        "edition": ["A", "B", "unknown"], "year": [2025, 2032, 2030], "evidence": ["C", "D", "D"],
        "source_id": ["gh-x", "gh-z", "web-y"]})
    sources = pd.DataFrame({"source_id": ["gh-x", "gh-z", "web-y"], "evidence": ["C", "D", "C"],
                            "publisher": ["x/y (GitHub)", "z/w (GitHub)", "Blog"],
                            "url": ["https://github.com/x/y/blob/abc1234/a.md",
                                    "https://github.com/z/w/blob/abc1234/b.md", "https://blog.example/y"]})
    return forecasts, sources


def test_rebuilt_finding_on_the_shipped_data_names_the_days_that_rest_only_on_rebuilt_files() -> None:
    from videomarket import data, leaderboard

    rankings = data.load_rankings()
    shown = leaderboard.window(rankings[rankings["arena"] == "Artificial Analysis"], min_evidence="C")
    provenance = data.load_provenance()
    values, boards = data.rated_values(shown, provenance), data.rebuilt_boards(shown, provenance)
    shared = int(boards.loc[boards["checked"].astype(bool), "shared"].sum())
    lmarena = rankings[rankings["arena"] == "LMArena"]
    other = data.rebuilt_boards(lmarena, provenance)
    int(lmarena["source_id"].isin(
        provenance.loc[data.rebuilt_from_text(provenance), "source_id"]).sum())
    # the top-8 copy of 5 October (koiro-svg/yo-tutka) was once counted as downloaded and checked the
    # rebuilt copy of that day; both are copies of index text, so no day has both kinds of copy now
    day5 = (values["snapshot_date"] == pd.Timestamp("2026-10-05")) & (values["category"] == "text-to-video")
    top = shown[(shown["snapshot_date"] == pd.Timestamp("2026-10-05"))
                & (shown["category"] == "text-to-video")
                & (shown["rank"] <= 8)]["model"]
    assert len(set(top)) == 8
    assert values.loc[day5 & values["model"].isin(top), "rebuilt"].astype(bool).all()
    assert not boards["checked"].astype(bool).any() and not other["checked"].astype(bool).any()
    assert shared == 0
    assert stories.rebuilt_check_text(boards) == (
        "No day has both a rebuilt and a downloaded copy of the same pool to compare.")


def test_leader_gap_finding_on_the_shipped_text_to_video_pool() -> None:
    from videomarket import data, leaderboard

    shown = leaderboard.window(data.load_rankings().query("arena == 'Artificial Analysis'"), min_evidence="C")
    changes = leaderboard.leader_gaps(shown, "Artificial Analysis", "text-to-video")
    # with the boards' copies, Wan 3.0's first board at #1 is rebuilt; the first downloaded one is named
    boards = data.rebuilt_boards(shown, data.load_provenance())
    leaders = stories.board_leaders(shown, boards, "text-to-video")
    by_day = leaders.set_index("snapshot_date")
    assert bool(by_day.loc["2026-09-03", "rebuilt_only"])
    first = by_day[(by_day["leader"] == "Wan 3.0") & ~by_day["rebuilt_only"] & ~by_day["checked"]
                   & (by_day["models"] > 8)].index.min()
    # every board Wan 3.0 led is a copy of index text: none was downloaded
    assert pd.isna(first)
    # 127 days: 2 December 2025 to 7 April 2026, after the last grade-B board (1 December)
    assert (pd.Timestamp("2026-04-08") - pd.Timestamp("2025-12-01")).days - 1 == 127
    new = changes[changes["new_leader"].astype(bool)]
    firm = new[new["evidence"].astype(str).isin(["A", "B"])]
    assert firm["days_unseen_before"].tolist() == [68.0, 27.0, 0.0]
    assert new.loc[~new.index.isin(firm.index), "days_unseen_before"].tolist() == [39.0]


def test_epochs_table_dates_each_scale_by_its_archived_boards_in_pool_order() -> None:
    epochs = pd.DataFrame({"scale_epoch": ["old", "new", "empty", "i2v"],
                           "category": ["text-to-video"] * 3 + ["image-to-video"],
                           "start": pd.to_datetime(["2025-12-01", "2026-10-01", "2027-01-01", "2025-12-01"]),
                           "anchor_model_name": ["Mochi 1", "Kling 3.0", "X", "Wan 2.1 14B"]})
    rankings = pd.DataFrame({"scale_epoch": ["old", "old", "old", "new", "i2v"],
                             "evidence": ["B", "A", "A", "A", "A"],
                             "snapshot_date": pd.to_datetime(["2025-12-01", "2026-01-29", "2026-09-30",
                                                              "2026-10-01", "2026-01-30"])})
    table = stories.epochs_table(epochs, rankings)
    assert table[["pool", "anchor_model_name", "first_board", "last_board"]].astype(str).values.tolist() == [
        ["Text to video (silent)", "Mochi 1", "2026-01-29", "2026-09-30"],
        ["Text to video (silent)", "Kling 3.0", "2026-10-01", "2026-10-01"],
        ["Image to video (silent)", "Wan 2.1 14B", "2026-01-30", "2026-01-30"]]


def test_shipped_scales_start_at_archived_boards_never_at_a_press_quote() -> None:
    from videomarket import data

    epochs = data.load_scale_epochs().query("arena == 'Artificial Analysis'")
    table = stories.epochs_table(epochs, data.load_rankings()).set_index("scale_epoch")
    assert table.loc["aa-text-to-video-1", "first_board"] == pd.Timestamp("2026-04-10")
    assert table.loc["aa-text-to-video-audio-1", "first_board"] == pd.Timestamp("2026-06-25")
    assert list(table["pool"]) == ["Text to video (silent)", "Text to video (silent)",
                                   "Image to video (silent)", "Text to video with audio",
                                   "Text to video with audio", "Image to video with audio"]


def test_market_evidence_says_why_nothing_reaches_b_and_why_named_values_are_d() -> None:
    forecasts, sources = _market()
    text = stories.market_evidence_text(forecasts, pd.DataFrame({"evidence": ["B", "C"]}), sources)
    assert ("None was read in the analyst's own report. None of the pages that quote them is "
            "established news (3 pages in all: 2 GitHub files and 1 other web page). No value is quoted "
            "by more than one page. None of the 3 therefore reaches grade B.") in text
    assert ("The 1 unattributed value is grade D, and so is 1 of the 2 named-house values, because the page "
            "that credits it is itself graded D; the other 1 is grade C, a single second-hand "
            "quote.") in text
    shared = pd.concat([forecasts, forecasts.iloc[[0]].assign(source_id="web-y")])
    press = sources.assign(evidence=["C", "D", "B"])
    text = stories.market_evidence_text(shared, pd.DataFrame({"evidence": ["B"]}), press)
    assert ("Only 1 page of those that quote them is established news (3 pages in all: 2 GitHub files and "
            "1 other web page). The one value quoted by more than one page is quoted by 2 pages, 1 of them "
            "graded B. None of the 4 therefore reaches grade B.") in text
    assert "0 of" not in text
    on_github = pd.concat([forecasts, forecasts.iloc[[0]].assign(source_id="gh-z")])
    text = stories.market_evidence_text(on_github, pd.DataFrame({"evidence": ["B"]}), sources)
    assert ("The one value quoted by more than one page is quoted only by 2 GitHub files, not "
            "independent reporting. None of the 4 therefore reaches grade B.") in text


def test_market_evidence_on_the_shipped_tables_agrees_with_the_grade_table() -> None:
    from videomarket import data

    forecasts, sources = data.load_forecasts(), data.load_sources()
    text = stories.market_evidence_text(forecasts, data.load_company_metrics(), sources)
    assert ("Of the 27 forecast values, 15 are attributed, some by inference, to 4 named analyst houses "
            "(Fortune Business Insights, "
            "Grand View Research, Market.us, The Business Research Company) and 12 to no one.") in text
    # Fortune Business Insights' 2025 value (716.8) and 2032 value (2.56B = 2,562.9M) are each quoted by two
    # GitHub files, three files in all
    assert ("None of the pages that quote them is established news (12 pages in all: 5 GitHub files and 7 "
            "other web pages). The 2 values quoted by more than one page, allowing for rounding, are "
            "each quoted only by GitHub files (3 in all), not independent reporting. None of the 27 "
            "therefore reaches grade B.") in text
    assert ("The 12 unattributed values are grade D, and so are 3 of the 15 named-house values, because the "
            "2 "
            "pages that credit them are themselves graded D; the other 12 are grade C") in text
    grades = forecasts["evidence"].astype(str).value_counts()
    assert (grades.get("C", 0), grades.get("D", 0)) == (12, 12 + 3)
    assert "(as attributed)" not in text and "intermediary" not in text


def test_mix_table_counts_values_only() -> None:
    mix = _mix()
    with_sources = pd.concat([mix, pd.DataFrame({"A": [373], "B": [22], "C": [30], "D": [10]},
                                                index=pd.Index(["sources"], name="table"))])
    assert list(stories.mix_table(with_sources)["table"]) == ["Leaderboard values (every copy, both arenas)",
                                                              "Market forecasts (yearly values)"]


def test_every_shipped_archive_format_has_a_reader_label() -> None:
    from videomarket import data

    table = stories.archives_table(data.archive_versions(data.load_provenance()))
    assert table["kind"].str.len().gt(0).all()
    jargon = "archived copy|-json|-csv|aa-|API|web-table|top-8|copy"
    assert not table["kind"].str.contains(jargon).any(), table["kind"].tolist()
    uses = dict(zip(table["repository"], table["used_for"], strict=False))
    assert uses["TIGER-AI-Lab/GenAI-Arena"].startswith("a test of the rating method")
    assert uses["aabao325/arena-ai-leaderboards"] == "LMArena boards"
    assert uses["suquark/leaderbot"] == ("not used in these notes; kept to test the rating method on "
                                         "text-chatbot votes")
    undated = table.set_index("repository").loc["Avo-Sarkissian/AI-Frontier-Database", "dated_days"]
    assert pd.isna(undated)
    hand = pd.DataFrame({"format": ["aa-api-data, aa-api-v2-archived, http-headers"], "repository": [None],
                         "first": [None], "dated_days": [0]})
    row = stories.archives_table(hand).iloc[0]
    assert (row["kind"], row["repository"]) == ("Artificial Analysis data feed", "(hand-entered)")
    assert pd.isna(row["dated_days"])


def test_archives_text_counts_rebuilt_files_from_the_provenance() -> None:
    from videomarket import data

    provenance = data.load_provenance()
    rebuilt = data.rebuilt_from_text(provenance)
    assert provenance.loc[rebuilt, "folder"].value_counts().to_dict() == {
        "aa-antoniovho": 125, "aa-oriel": 88, "aa-amant03": 15, "lmarena-antoniovho": 8, "aa-maicarons": 6,
        "lmarena-modelcompass": 4, "genai-arena": 3, "aa-avo": 2, "aa-koiro": 2, "chatbot-arena": 1}
    boards = pd.DataFrame({"rebuilt_only": [False], "checked": [True], "shared": [8], "agree": [True]})
    text = stories.archives_text(provenance, rebuilt, boards)
    assert text.startswith(
        "The project could download only 4 archive repositories "
        "(aabao325/arena-ai-leaderboards, luruishuang48-hue/my-paper-project, "
        "oolong-tea-2026/artificial-analysis-leaderboards and Maicarons/artificial-analysis-leaderboards, "
        "at one commit only: 2 of its 8 files): their 118 files are exact copies of the stored files. We "
        "could not "
        "download the other archives' files: only the text a code-search index (not a public service) "
        "held of them was reachable, not the files themselves. 244 files (133 from "
        "antoniovho/artificial-analysis-leaderboards, 88 from qunqin24/Oriel, 15 from amant03/ai-news, 6 "
        "from Maicarons/artificial-analysis-leaderboards, 2 from koiro-svg/yo-tutka) were made this way: "
        "every value was transcribed from the index's text of the file at its commit, the file "
        "was regenerated in the archive's own layout, and it was kept only if its character count and its "
        "number of models equalled the index's text.")
    assert ("equalled the index's text. On the only day with both a rebuilt and a downloaded copy of the "
            "same pool, all 8 ratings on both copies match. The other 10 files, from 4 repositories, came "
            "with no record of how they were obtained.") in text
    assert text.endswith(
        "The second table below gives each file's commit and SHA-256 fingerprint. Only the fingerprints of "
        "the 118 downloaded files can be checked against the originals: download such a file at its commit, "
        "and the same fingerprint means the same file. A rebuilt copy's fingerprint identifies our copy "
        "only; to check a rebuilt file, compare its values with the original's. We could not check whether "
        "the linked files still open.")
    assert "git clone" not in text and "git's" not in text
    assert "computer the project" not in text and "its tools" not in text
    assert "build machine" not in text and "data note" not in text
    assert "by hand" not in text and "by script" not in text and "re-typed" not in text
    dated = stories.archives_text(provenance, rebuilt, boards, read_on="2026-12-06")
    assert "were made this way (read on 6 December 2026): every value was transcribed" in dated
    none = stories.archives_text(provenance.iloc[:3], pd.Series([False] * 3))
    assert none.startswith("All 3 archived files are the archives' own bytes")
    assert none.endswith(
        "the table below gives each file's SHA-256 fingerprint, so anyone can check our copy.")


def test_unrecorded_files_hold_no_artificial_analysis_board_nor_a_latest_board() -> None:
    from videomarket import data

    text = stories.unrecorded_files_text(data.load_provenance(), data.readable_names(data.load_rankings()))
    assert text == (
        "None of the 10 files of unrecorded origin holds an Artificial Analysis board or the latest LMArena "
        "board (21 September 2026). 4 LMArena boards, of 17 August to 5 September 2026, rest on them alone; "
        "2 are Artificial Analysis model lists (model facts: release dates, prices, open weights, audio); 4 "
        "serve only tests of the rating method.")
    p = pd.DataFrame({"repository": ["o/s"], "source_id": ["s"], "note": ["scraped"],
                      "format": ["lmarena-scrape"]})
    latest = pd.DataFrame({"arena": "LMArena", "category": "t",
                           "snapshot_date": pd.to_datetime(["2026-09-21"]), "source_id": ["s"]})
    assert stories.unrecorded_files_text(p, latest) == (
        "The 1 file of unrecorded origin holds the latest LMArena board (21 September 2026). 1 LMArena "
        "board, of 21 September 2026, rests on them alone.")
    assert stories.unrecorded_files_text(p.assign(note="(git clone)"), latest) == ""


def test_archive_files_table_lists_every_file_with_its_fingerprint_and_kind() -> None:
    from videomarket import data

    provenance = data.load_provenance()
    table = stories.archive_files_table(provenance)
    assert len(table) == len(provenance)
    assert table["kind"].value_counts().to_dict() == {
        "Rebuilt, not verified (from search-index text)": 244, "Downloaded (exact file)": 118,
        "Rebuilt, not verified (origin not recorded)": 10}
    assert table["sha256"].str.fullmatch("[0-9a-f]{64}").all()
    assert stories.archive_files_title(table) == (
        "Every archived file with its fingerprint: 118 downloaded, checkable against the originals; 254 "
        "rebuilt, not verified (244 from search-index text, 10 of unrecorded origin), whose fingerprints "
        "identify our copy only")
    assert table["commit"].str.len().eq(7).all()
    assert list(stories.ARCHIVE_FILES_TABLE.values()) == [
        "Public archive", "File", "Commit", "Board date (else save date)", "Used for", "Pool",
        "How we hold it", "SHA-256 fingerprint"]
    assert "_" not in "".join(stories.ARCHIVE_FILES_TABLE.values())
    assert stories.ARCHIVES_TABLE["rebuilt"] == "Not downloaded (rebuilt, or origin not recorded)"


def test_gaps_table_lists_the_stretches_in_date_order_ties_in_pool_order() -> None:
    gaps = pd.DataFrame({"category": ["image-to-video-audio", "text-to-video-audio", "text-to-video"],
                         "from": pd.to_datetime(["2026-04-16", "2026-04-16", "2025-12-02"]),
                         "to": pd.to_datetime(["2026-06-24", "2026-06-24", "2025-12-19"]),
                         "days": [70, 70, 18]})
    assert stories.gaps_table(gaps)[["pool", "days"]].values.tolist() == [
        ["Text to video (silent)", 18], ["Text to video with audio", 70], ["Image to video with audio", 70]]


def test_mix_table_splits_grade_a_into_downloaded_and_rebuilt() -> None:
    table = stories.mix_table(_mix(), {"rankings": 6670})
    row = table.set_index("table").loc["Leaderboard values (every copy, both arenas)"]
    assert (row["A"], row["A_rebuilt"], row["D"]) == (19155 - 6670, 6670, 11)
    assert row["total"] == row[["A", "A_rebuilt", "B", "C", "D"]].sum()
    assert list(stories.MIX_TABLE.values())[1:6] == [
        "Grade A", "Grade B", "Grade C", "Grade D", "Rebuilt or of unrecorded origin (not verified)"]
    assert stories.MIX_TABLE["total"] == "Total"


def test_merged_gaps_table_lists_each_shared_stretch_once_on_the_shipped_data() -> None:
    from videomarket import data, leaderboard

    shown = leaderboard.window(data.load_rankings().query("arena == 'Artificial Analysis'"), min_evidence="C")
    table = stories.merged_gaps_table(data.coverage_gaps(shown, min_days=7))
    assert table[["pool", "from_text", "to_text", "days_text"]].values.tolist()[-3:] == [
        ["Both pools with audio", "after a quoted value of Apr 2026 (day unknown)", "24 Jun 2026",
         "55 to 84"],
        ["Both silent pools", "15 May 2026", "24 Jun 2026", "41"],
        ["All four pools", "26 Jun 2026", "22 Jul 2026", "27"],
    ]
    assert len(table) == 7


def test_mix_table_shows_zero_grade_a_and_rebuilt_for_market_figures() -> None:
    mix = pd.DataFrame({"A": [0, 0], "B": [0, 20], "C": [12, 12], "D": [15, 0]},
                       index=pd.Index(["market_forecasts", "company_metrics"], name="table"))
    table = stories.mix_table(mix)
    assert table["A"].tolist() == [0, 0] and table["A_rebuilt"].tolist() == [0, 0]
    assert table["total"].tolist() == [27, 32]


def test_mix_table_first_row_counts_each_rating_once_as_the_text_does() -> None:
    values = pd.DataFrame({"evidence": ["A", "A", "A", "B", "C"],
                           "rebuilt": [True, False, False, False, False]})
    mix = pd.DataFrame({"A": [7], "B": [3], "C": [1], "D": [0]}, index=pd.Index(["AA"], name="table"))
    table = stories.mix_table(mix, {"AA": 2}, {"AA": values})
    assert table.values.tolist() == [["AA daily rating entries", 2, 1, 1, 0, 1, 5],
                                     ["AA", 5, 3, 1, 0, 2, 11]]
    text = stories.evidence_text(values.assign(archived_board=True), "AA", mix)
    assert text.endswith("The grade table below gives these counts in its first row; its other rows count "
                         "copies, one per archive that holds a value: 11 for AA.")
    assert "1 grade B and 1 grade C" in text


def test_shipped_stretches_table_rows_add_up_to_the_stretches_the_text_counts() -> None:
    from videomarket import data, leaderboard

    rankings = data.load_rankings()
    shown = leaderboard.window(rankings[rankings["arena"] == "Artificial Analysis"], min_evidence="C")
    gaps = data.coverage_gaps(shown, min_days=7)
    table = stories.merged_gaps_table(gaps)
    assert len(table) == 7 and int(table["stretches"].sum()) == len(gaps) == 12
    # a stretch bounded by a quote dated only approximately says so at that end
    first = table.iloc[0]
    assert (first["from_text"], first["to_text"], first["days_text"]) == (
        "2 Dec 2025", "about 19 Dec 2025", "about 18")
    provenance = data.load_provenance()
    boards = data.rebuilt_boards(shown, provenance)
    assert [f"{d:%Y-%m-%d}" for d in stories.newest_rebuilt_run(boards)] == ["2026-08-02", "2026-10-10"]


def test_archives_text_says_what_the_other_github_files_are() -> None:
    from videomarket import data

    sources, provenance = data.load_sources(), data.load_provenance()
    cited = list(provenance["source_id"]) + list(sources["source_id"])
    quoting = stories.quoting_files(cited, sources, provenance["source_id"])
    text = stories.archives_text(provenance, data.rebuilt_from_text(provenance), quoting=quoting)
    assert text.startswith(f"The Sources list {len(provenance) + quoting} archived files: {len(provenance)} "
                           f"copies kept by the public archives and {quoting} GitHub files that only quote "
                           "values. The project could download only 4 archive repositories")
    uses = stories.archive_uses(provenance)
    headers = provenance.loc[provenance["format"] == "http-headers", "source_id"]
    said = [uses[s] for s in headers if s in uses]
    assert said == ["dating the copies kept beside them, by the time each was served"]  # once per repository
    assert not any(str(s).startswith("lmarena") for s in uses)


def test_grade_table_counts_every_grade_and_agrees_with_the_coverage_chart_data() -> None:
    """The grade table once filtered the arena to the report's min_evidence ("C"), so it showed 0 grade-D
    values of Artificial Analysis although 11 grade-D copies (3 ratings of their own) are held; and its
    grade B count (4 ratings) differed from the chart data's (the 1 December 2025 board, 3 B and 1 C,
    counted as 4 grade B). Both now count through data.grade_counts."""
    from videomarket import data, leaderboard

    rankings, provenance = data.load_rankings(), data.load_provenance()
    once = data.ratings_once(rankings, provenance)
    table = stories.mix_table(pd.DataFrame(columns=list("ABCD")).rename_axis("table"), {}, once)
    aa = table.set_index("table").loc["Artificial Analysis daily rating entries"]
    assert (int(aa["B"]), int(aa["C"]), int(aa["D"])) == (4, 51, 3)
    shown = leaderboard.window(rankings[rankings["arena"] == "Artificial Analysis"], min_evidence="C")
    per_board = data.grade_counts(data.rated_values(shown, provenance), per_board=True)
    assert int(per_board["B"].sum()) == int(aa["B"]) and int(per_board["C"].sum()) == int(aa["C"])
    # the old computation (the arena windowed to min_evidence "C") lost every grade-D rating
    old = data.rated_values(shown, provenance)
    assert (old["evidence"] == "D").sum() == 0
    notebook = (Path(__file__).parents[2] / "notebooks" / "00-about-the-data.ipynb").read_text()
    assert "data.ratings_once(" in notebook and "grades=grades" in notebook


def test_next_day_check_on_the_shipped_newest_boards() -> None:
    from videomarket import data

    rankings = data.load_rankings()
    check = data.next_day_check(rankings[rankings["arena"] == "Artificial Analysis"], data.load_provenance())
    # the last exact downloads: 1 August 2026 (silent pools) and 25 June 2026 (pools with audio)
    assert len(check) == 4 and int(check["shared"].sum()) == 228 and float(check["max_diff"].max()) == 12.0
    assert set(check["downloaded_day"]) == {pd.Timestamp("2026-08-01"), pd.Timestamp("2026-06-25")}
    assert set(check["rebuilt_day"]) == {pd.Timestamp("2026-08-02"), pd.Timestamp("2026-07-23")}
