"""About the data's main line: the verdict, the rebuilt share, coverage by downloaded boards, the rebuild
error, the re-rating's churn and the data box, each as exact sentences on small hand-made frames."""

from __future__ import annotations

import pandas as pd

from videomarket import stories


def _distinct() -> pd.DataFrame:
    return pd.DataFrame({"unchanged": [False, False, False, False, True],
                         "rebuilt_only": [True, False, False, False, True]})


def _boards() -> pd.DataFrame:
    return pd.DataFrame({"arena": "AA", "category": ["text-to-video"] * 3 + ["text-to-video-audio"] * 2,
                         "snapshot_date": pd.to_datetime(["2026-10-01", "2026-10-02", "2026-10-04",
                                                          "2026-10-03", "2026-10-04"]),
                         "rebuilt_only": [False, True, False, True, False], "checked": [False, True, False,
                                                                                      False, False],
                         "shared": [0, 8, 0, 0, 0], "agree": [pd.NA, True, pd.NA, pd.NA, pd.NA]})


def test_verdict_is_short_and_about_the_data() -> None:
    text = stories.data_verdict(_distinct(), "2026-10-10", pd.DataFrame({"evidence": ["C", "D"]}),
                                "2026-12-07", "AA")
    assert text == ("60% of the 5 AA [boards](#glossary-board) held were downloaded from public archives, "
                    "the rest rebuilt from text. The newest is about two months old, and no market forecast "
                    "is confirmed by established news.")
    days = stories.data_verdict(_distinct(), "2026-10-10", pd.DataFrame({"evidence": ["C", "D"]}),
                                "2026-12-07", "AA", boards=_boards())
    assert days == ("Exact copies of the AA leaderboards end on 4 October 2026. Everything later, including "
                    "the current #1 reported in [our other notes](03-how-sure-is-number-one.html), rests on "
                    "copies [rebuilt](#glossary-rebuilt-file) from text and not yet checked. No market "
                    "forecast is confirmed by established news.")
    split = stories.data_verdict(_distinct(), "2026-10-10", pd.DataFrame({"evidence": ["C", "D"]}),
                                 "2026-12-07", "Artificial Analysis",
                                 boards=_boards().assign(snapshot_date=pd.to_datetime(
                                     ["2026-08-01", "2026-08-02", "2026-08-01", "2026-06-26", "2026-06-25"]),
                                     rebuilt_only=[False, True, False, True, False]))
    assert split == ("Exact copies of the Artificial Analysis leaderboards end on 1 August 2026 (25 June for "
                     "[pools](#glossary-pool) with audio). Everything later, including the current #1 "
                     "reported in [our other notes](03-how-sure-is-number-one.html), rests on copies "
                     "[rebuilt](#glossary-rebuilt-file) from text and not yet checked. No market forecast is "
                     "confirmed by established news.")
    for said in (text, days, split):  # the answer's first sentence stays within 50 words
        first = said.split(". No market")[0]
        assert len(first.replace("](#glossary-rebuilt-file)", "").split()) <= 50


def test_rebuilt_finding_and_bases_table() -> None:
    assert stories.download_finding(_boards()) == (
        "Artificial Analysis: the last downloaded board is of 4 October 2026; 2 of the 4 boards since 2 "
        "October are [rebuilt, not verified](#glossary-rebuilt-file).")
    assert stories.download_finding(_boards().assign(rebuilt_only=False), "AA") == (
        "AA: the last downloaded board is of 4 October 2026.")
    assert stories.download_finding(_boards(), other=_boards()) == (
        "Artificial Analysis: the last downloaded board is of 4 October 2026; 2 of the 4 boards since 2 "
        "October are [rebuilt, not verified](#glossary-rebuilt-file). LMArena: downloaded to 4 October, "
        "rebuilt to 3 October.")
    table = stories.rebuilt_bases_table(_distinct(), pd.DataFrame({"rebuilt": [True] + [False] * 9}))
    assert table[["rebuilt", "total", "share"]].values.tolist() == [[2, 5, "40%"], [1, 4, "25%"],
                                                                    [1, 10, "10%"]]
    assert table["basis"].iloc[0] == (
        "Archived boards, one per pool and day (the count used at the top of this note)")
    assert set(table.columns) == set(stories.REBUILT_BASES_TABLE)


def test_coverage_by_downloaded_boards() -> None:
    table = stories.download_coverage_table(_boards())
    assert table[["pool", "span", "archived", "archived_share", "downloaded", "downloaded_share"]
                 ].values.tolist() == [["Text to video (silent)", 4, 3, "75%", 2, "50%"],
                                       ["Text to video with audio", 2, 2, "100%", 1, "50%"]]
    lm = _boards().assign(arena="L")
    assert stories.other_coverage_text(lm, "L") == (
        "L, counted apart, has a board on 3 days in text to video and 2 in text to video with audio from "
        "1 October to 4 October 2026. 2 and 1 of them were downloaded (50% and 50% of the days), the last "
        "on 4 October 2026.")
    assert stories.other_coverage_text(lm, "L", archives=2).endswith(
        "the last on 4 October 2026. 2 of its 5 boards, from 2 public archives, are [rebuilt, not "
        "verified](#glossary-rebuilt-file).")
    assert stories.other_coverage_text(lm, "L", archives=3, rebuilt_archives=2).endswith(
        "the last on 4 October 2026. Its 5 boards come from 3 public archives; 2 of them, from 2 of those "
        "archives, are [rebuilt, not verified](#glossary-rebuilt-file).")
    dated = pd.DataFrame({"publisher": ["p", "q", "r"], "published": ["2024", None, None]})
    assert stories.data_box(_boards(), lm.iloc[:0], "2026-05-28", dated, "2026-12-07", arena="AA").endswith(
        "Market forecasts: 1 of 3 carries its own date (2024). The age of the other 2 forecasts is unknown."
        "<br>\nBuilt 7 December 2026.")
    quoted = dated.assign(source_id=["page", "x", "y"])
    pages = pd.DataFrame({"source_id": ["page"], "published": ["2024"]})
    assert stories.data_box(_boards(), lm.iloc[:0], "2026-05-28", quoted, "2026-12-07", arena="AA",
                            pages=pages).endswith(
        "Market forecasts: none is dated by its publisher. 1 of 3 can be dated only by the page quoting it "
        "(2024); the other 2 not at all.<br>\nBuilt 7 December 2026.")


def test_rebuild_error_reads_a_wrong_tens_digit() -> None:
    board = pd.DataFrame({"model": ["w", "m"], "model_name": ["W", "M"], "elo": [1129.0, 1118.0],
                          "ci_low": [1118.0, 1107.0], "ci_high": [1140.0, 1129.0],
                          "p_leader": [0.87865, 0.1], "snapshot_date": pd.Timestamp("2026-10-10")})
    pd.DataFrame({"model": ["w", "m"], "p_leader": [0.4213, 0.5]})
    pd.DataFrame({"model": ["w", "m"], "p_leader": [0.9991, 0.0]})
    downloaded = board.assign(elo=[1127.0, 1116.0], ci_low=[1115.0, 1104.0], ci_high=[1139.0, 1128.0],
                              p_leader=[0.8958, 0.1], snapshot_date=pd.Timestamp("2026-10-06"))
    assert stories.download_coverage_title(_boards(), "AA") == (
        "AA only: downloaded boards cover 50% of the days between each pool's first and last archived board, "
        "75% to 100% with rebuilt copies")
    downloaded.assign(elo=[1117.0, 1116.0])



def test_rescale_churn_counts_left_joined_and_the_anchor() -> None:
    table = pd.DataFrame({"pool": ["Text to video (silent)"] * 2,
                          "boards": ["30 Sep → 1 Oct (rebuilt, not verified)", "14 Sep → 4 Oct (downloaded)"],
                          "before": pd.to_datetime(["2026-09-30", "2026-09-14"]),
                          "after": pd.to_datetime(["2026-10-01", "2026-10-04"])})
    rescales = pd.DataFrame({"category": ["text-to-video"], "anchor_after": ["k"]})
    shown = pd.DataFrame({"category": "text-to-video",
                          "snapshot_date": pd.to_datetime(["2026-09-30"] * 4 + ["2026-10-01"] * 3
                                                          + ["2026-09-14"] * 3 + ["2026-10-04"] * 2),
                          "model_name": list("akbc") + list("akd") + list("akb") + list("ak"),
                          "elo": [1300.0, 1200.0, 1100.0, 1000.0, 1090.0, 1000.0, 950.0,
                                  1310.0, 1210.0, 1110.0, 1100.0, 1000.0]})
    churn = stories.rescale_churn_table(table, rescales, shown)
    assert churn[["models_before", "left", "joined", "on_both", "models_after", "anchor_before",
                  "fall_median"]
                 ].values.tolist() == [[4, 2, 1, 2, 3, 1200.0, 205.0], [3, 1, 0, 2, 2, 1210.0, 210.0]]
    assert churn["fall_middle"].tolist() == ["202–208", "210–210"]
    assert stories.rescale_finding(churn) == (
        "On 1 October the arena [re-rated](#glossary-re-rating) text to video (silent) against a new anchor "
        "model, and its ratings fell a median 205 to 210 points. Do not compare ratings across that date.")
    # one pair, both rebuilt: the finding says the ratings compared are rebuilt copies
    assert stories.rescale_finding(churn.iloc[:1].assign(fall_median=400.0)) == (
        "On 1 October the arena [re-rated](#glossary-re-rating) text to video (silent) against a new anchor "
        "model; between the rebuilt copies of 30 September and 1 October its ratings fell a median 400 "
        "points. Do not compare ratings across that date.")
    assert stories.rescale_churn_text(churn) == (
        "The text to video (silent) board shrank at the re-rating itself: of its 4 models of 30 September, 2 "
        "were gone a day later and 1 was new. The model pinned at "
        "1,000 after the "
        "change had been rated 1200 on the "
        "rebuilt 30 September board and 1210 on the downloaded 14 September one. Of the median fall of 205 "
        "to 210 points, about 200 to 210 come from moving the reference point to that model and about 0 to 5 "
        "from the re-rating itself (depending on the pair of boards compared), if the re-rating left the "
        "anchor's own rating in place. Models did not all fall alike: the middle half of the falls spans 0 "
        "to 6 points (table "
        "below), so the gaps between models changed as well.")


def test_data_box_by_kind() -> None:
    others = pd.DataFrame({"arena": "L", "category": "t", "snapshot_date": pd.to_datetime(["2026-09-21"]),
                           "rebuilt_only": [False]})
    forecasts = pd.DataFrame({"publisher": ["p", "q", "r"], "published": [None, None, None]})
    text = stories.data_box(_boards(), others, "2026-05-28", forecasts, "2026-12-07", arena="AA")
    assert text == ("AA leaderboards: to 4 October 2026, 64 days old.<br>\nL leaderboards: to 21 September "
                    "2026, 77 days old.<br>\nVendor figures: newest is dated 28 May 2026, 193 days old.<br>\n"
                    "Market forecasts: none of the 3 dated.<br>\nBuilt 7 December 2026.")
    assert len(text.replace("**", "").split()) <= 70
    # short lines: no sentence of the box runs past 25 words
    assert max(len(s.split()) for s in text.replace("<br>", ".").split(".")) <= 25
    paged = stories.data_box(_boards(), others, "2026-05-28", forecasts, "2026-12-07", arena="AA",
                             vendor_pages=pd.Series(["2026-06-03", "2026-05", None]))
    assert ("Vendor figures: newest figure of 28 May 2026, 193 days old. The newest page, of "
            "3 June 2026, reports an older figure.<br>\nMarket forecasts:") in paged
    earlier = stories.data_box(_boards(), others, "2026-05-28", forecasts, "2026-12-07", arena="AA",
                               vendor_pages=pd.Series(["2026-05-28"]))
    assert "Vendor figures: newest figure of 28 May 2026, 193 days old.<br>\nMarket" in earlier
    quoted = forecasts.assign(published=["2024", None, None], source_id=["a", "b", "c"])
    pages = pd.DataFrame({"source_id": ["a", "b", "c"], "published": ["2024", "2026-07-31", None]})
    assert stories.data_box(_boards(), others, "2026-05-28", quoted, "2026-12-07", arena="AA",
                            pages=pages).endswith(
        "Market forecasts: none is dated by its publisher. 2 of 3 can be dated only by the page quoting them "
        "(2024 to July 2026); the other 1 not at all.<br>\nBuilt 7 December 2026.")


def test_latest_leader_finding_sets_the_newest_against_the_last_download() -> None:
    now = pd.DataFrame({"model_name": ["W"], "category": "text-to-video-audio",
                        "snapshot_date": pd.Timestamp("2026-10-10")})
    then = now.assign(model_name=["G"], snapshot_date=pd.Timestamp("2026-06-25"))
    assert stories.latest_leader_finding(now, then) == (
        "The current #1 of text to video with audio, W on the 10 October board, rests entirely on rebuilt "
        "copies; the last exact download, of 25 June, shows a different #1, G.")


def test_evidence_text_says_rough_and_month_only_days() -> None:
    values = pd.DataFrame({"category": ["text-to-video"] * 3 + ["text-to-video-audio"] * 2,
                           "snapshot_date": pd.to_datetime(["2025-12-01", "2025-12-20", "2026-10-01",
                                                            "2026-04-15", "2026-04-16"]),
                           "evidence": ["B", "C", "A", "C", "D"],
                           "archived_board": [False, False, True, False, False], "rebuilt": False})
    days = pd.DataFrame({"category": ["text-to-video", "text-to-video", "text-to-video-audio"],
                         "snapshot_date": pd.to_datetime(["2025-12-01", "2025-12-20", "2026-04-15"]),
                         "date_precision": ["day", "approx", "month"]})
    assert stories.evidence_text(values, "AA", days=days) == (
        "The AA history holds 5 [daily rating entries](#glossary-daily-rating-entry):\n\n"
        "- 1 downloaded from archived copies (grade A);\n"
        "- 3 quoted values forming 3 boards with no archived copy: text to video (silent) on 1 Dec 2025 and "
        "around 20 Dec 2025; text to video with audio in Apr 2026 (day unknown);\n"
        "- 1 grade-D rating, left out of the chart.\n\n"
        "The 4 quoted values are 1 grade B, 2 grade C and 1 grade D.")


def test_market_holdings_say_what_the_two_tables_hold() -> None:
    forecasts = pd.DataFrame({"publisher": ["H (as attributed)", "H", "G", "Unattributed (blog)"],
                              "edition": ["A", "B", "A", "unknown"], "definition": "d",
                              "year": [2023, 2030, 2025, 2033]})
    metrics = pd.DataFrame({"company": ["K", "R"], "metric": ["analyst_forecast", "arr"],
                            "period_end": pd.to_datetime(["2027-12-31", "2024-06-30"])})
    assert stories.market_holdings_text(forecasts, metrics) == (
        "The two market tables hold 4 market-size forecasts (4 yearly values for 2023 to 2033): 3 credited "
        "to 2 named analyst houses, 1 to no one. They also hold 2 vendor figures on 2 companies, for periods "
        "ending from 2024 to 2027.")


def test_primer_says_what_rebuilt_means_and_what_to_cite() -> None:
    boards = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-08-20", "2026-08-27", "2026-10-06",
                                                            "2026-10-10"]),
                           "rebuilt_only": [False, True, False, True], "checked": [False, False, True, False],
                           "shared": [0, 0, 8, 0], "agree": [pd.NA, pd.NA, True, pd.NA]})
    assert stories.rebuilt_primer(boards.assign(category="text-to-video"), "2026-12-06", "2026-10-01") == (
        "**How to read this note.**\n\n"
        "- **What this means for you:** cite downloaded boards, up to 6 October 2026; treat rebuilt boards, "
        "which all date from 27 August on, as provisional; do not compare ratings "
        "across the 1 October 2026 [re-rating](#glossary-re-rating).\n"
        "- Artificial Analysis and LMArena run blind-vote video [arenas](#glossary-arena): people pick the "
        "better of two clips from hidden models, and the arenas publish ratings as leaderboards. "
        "A [board](#glossary-board) is one day's leaderboard of one [pool](#glossary-pool), "
        "one of an arena's separate contests.\n"
        "- The project relies on public GitHub archives that saved copies of these leaderboards. A "
        "downloaded board is an archive's exact file at one commit. We could not download some archive "
        "files; we transcribed their values from a third-party code-search service's copy of them. Each such "
        "[rebuilt copy](#glossary-rebuilt-file) names its archive file and commit, linked in the Sources, so "
        "anyone can [check it](#where-the-archived-copies-come-from).\n"
        "- Each was kept only if its length and model count matched the service's text; a mistyped digit "
        "would pass. Only one board has both kinds of copy, text to video (silent) on 6 October 2026, and "
        "its 8 shared ratings all match.")


def test_primer_gives_the_last_downloaded_day_per_kind_of_pool() -> None:
    boards = pd.DataFrame({"category": ["text-to-video", "text-to-video-audio", "text-to-video"],
                           "snapshot_date": pd.to_datetime(["2026-08-01", "2026-06-25", "2026-08-02"]),
                           "rebuilt_only": [False, False, True], "checked": False, "shared": 0})
    assert stories.rebuilt_primer(boards, "2026-12-06").splitlines()[2] == (
        "- **What this means for you:** cite downloaded boards, up to 1 August 2026 for silent pools, 25 "
        "June 2026 for pools with audio; treat rebuilt boards, which all date from 2 August on, as "
        "provisional.")


def test_primer_names_the_verified_and_the_latest_number_one() -> None:
    boards = pd.DataFrame({"category": "text-to-video",
                           "snapshot_date": pd.to_datetime(["2026-07-23", "2026-08-01", "2026-10-10"]),
                           "rebuilt_only": [True, False, True], "checked": False, "shared": 0})
    verified = pd.DataFrame({"model_name": ["Gemini Omni Flash", "X"],
                             "snapshot_date": pd.Timestamp("2026-08-01")})
    latest = pd.DataFrame({"model_name": ["Wan 3.0", "Y"], "snapshot_date": pd.Timestamp("2026-10-10")})
    text = stories.rebuilt_primer(boards, "2026-12-06", "2026-10-01", verified=verified, latest=latest,
                                  built="2026-12-07")
    assert text.splitlines()[2] == (
        "- **What this means for you:** For a #1 from an exactly downloaded copy, cite the 1 August 2026 "
        "board (Gemini Omni Flash; a third party's archive, not checked with the publisher). For the latest "
        "#1, cite 10 October 2026 (Wan 3.0) as unverified. Check the [live "
        "leaderboard](https://artificialanalysis.ai/) for today's #1; the newest board here is 58 days old. "
        "Treat rebuilt boards, which all date from 23 July on, as provisional; do not compare ratings across "
        "the 1 October 2026 [re-rating](#glossary-re-rating).")


def test_primer_says_why_files_could_not_be_downloaded_on_the_shipped_data() -> None:
    from videomarket import data

    boards = pd.DataFrame({"category": "text-to-video", "snapshot_date": pd.to_datetime(["2026-08-01"]),
                           "rebuilt_only": [False], "checked": False, "shared": 0})
    text = stories.rebuilt_primer(boards, "2026-12-06", provenance=data.load_provenance())
    assert text.splitlines()[4] == (
        "- The project relies on public GitHub archives that saved copies of these leaderboards. It "
        "downloaded 118 of their 372 files exactly. It could not download the other 254 for this edition: "
        "for 244 of them it could read only the text a code-search service held (not public, so it cannot "
        "be linked), and [rebuilt](#glossary-rebuilt-file) their values from that text; how the last 10 "
        "were obtained is not recorded. Anyone with web access can download each file at the commit linked "
        "in the Sources and [check it](#where-the-archived-copies-come-from).")
    assert text.splitlines()[5].startswith(
        "- Each was kept only if its length and model count matched the index's text")
    short = stories.rebuilt_primer(boards, "2026-12-06", provenance=data.load_provenance(), checks=False)
    assert short.splitlines()[-1] == text.splitlines()[4]
    assert stories.download_reason(data.load_provenance()) == (
        "**Why most copies are rebuilt.** The project relies on public GitHub archives of the leaderboards. "
        "It downloaded 118 of their 372 files exactly. It could not download the other 254 for this "
        "edition: for 244 of them it could read only the text a code-search service held (not public, so it "
        "cannot be linked), and [rebuilt](#glossary-rebuilt-file) their values from that text; how the last "
        "10 were obtained is not recorded. Anyone with web access can download each file at the commit "
        "linked in the Sources and [check it](#where-the-archived-copies-come-from).")
    appendix = stories.rebuilt_primer(boards, "2026-12-06", provenance=data.load_provenance(), checks=False,
                                      archives=False)
    assert "GitHub archives" not in appendix and "Each was kept" not in appendix


def test_next_day_text_compares_the_first_rebuilt_board_with_the_last_downloaded() -> None:
    boards = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-08-01", "2026-08-02", "2026-10-10"]),
                           "rebuilt_only": [False, True, True]})
    check = pd.DataFrame({"rebuilt_day": pd.to_datetime(["2026-08-02"]), "max_diff": [6.0]})
    assert stories.next_day_text(boards, check) == (
        "Every rating on the rebuilt 2 August board is within 6 points of the downloaded 1 August board.")
    # a check of a board that is not the next day's is not said
    assert stories.next_day_text(boards, check.assign(rebuilt_day=pd.Timestamp("2026-10-10"))) == ""


def test_forecast_rate_finding_counts_the_mismatched_rates_on_the_shipped_data() -> None:
    from videomarket import data

    assert stories.forecast_rate_finding(data.load_forecasts()) == (
        "3 of 11 checkable stated growth rates differ by over 1 percentage point from the rate their own "
        "values imply; all 3 span other or unstated years. Quote forecasts' values, not their stated growth "
        "rates.")
    assert stories.forecast_rate_finding(data.load_forecasts(), plain=True) == (
        "Of the 11 stated growth rates we could check, 3 differ by more than 1 point from the rate implied "
        "by the values quoted with them (their periods may differ): quote the values, not the rates.")


def test_plain_rate_finding_drops_the_period_hedge_when_the_years_are_the_values_own() -> None:
    f = pd.DataFrame({"publisher": ["House"] * 2 + ["Other"] * 2, "edition": ["A"] * 4,
                      "definition": ["t2v"] * 4, "year": [2022, 2027, 2024, 2032],
                      "value_usd_m": [100.0, 900.0, 614.8, 2560.0],
                      "stated_cagr_pct": [37.1, 37.1, 19.5, 19.5],
                      "cagr_from": [2022, 2022, 2024, 2024], "cagr_to": [2027, 2027, 2032, 2032]})
    assert stories.forecast_rate_finding(f, plain=True) == (
        "Of the 2 stated growth rates we could check, 1 differs by more than 1 point from the rate implied "
        "by the values quoted with it: quote the values, not the rates.")


def test_bases_table_says_which_downloaded_boards_are_partial() -> None:
    values = pd.DataFrame({"category": "t", "snapshot_date": ["d1"] * 8 + ["d2"] * 31 + ["d3"] * 9,
                           "evidence": "A", "rebuilt": [False] * 16 + [True] * 23 + [False] * 9})
    distinct = pd.DataFrame({"unchanged": [False] * 3, "rebuilt_only": [False] * 3})
    assert stories.rebuilt_bases_table(distinct, values)["why"].iloc[0] == (
        "Counts repeats of an unchanged board; rebuilt copies repeat more often. Of the downloaded boards, 2 "
        "are top-8 copies, and 23 of the 31 ratings of one come from a rebuilt copy")


def test_primer_defines_terms_without_the_top_8_detail() -> None:
    boards = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-05", "2026-10-06"]),
                           "rebuilt_only": [False, False], "checked": [False, False], "shared": [0, 0],
                           "category": "text-to-video"})
    assert "top-8" not in stories.rebuilt_primer(boards, "2026-12-06")


def test_churn_text_gives_the_spread_between_models() -> None:
    churn = pd.DataFrame({"pool": ["P", "P"], "boards": ["30 Sep → 1 Oct (rebuilt)",
                                                         "14 Sep → 4 Oct (downloaded)"],
                          "models_before": [81, 83], "left": [60, 63], "joined": [9, 11],
                          "models_after": [30, 31], "anchor_before": [1230.0, 1240.0],
                          "fall_median": [240.0, 241.5], "fall_middle": ["230–262", "222–259"]})
    text = stories.rescale_churn_text(churn)
    assert "about 230 to 240 come from moving the reference point to that model" in text
    assert text.endswith(
        "if the re-rating left the anchor's own rating in place. Models "
        "did not all fall alike: the middle half of the falls spans 32 to 37 points (table below), so the "
        "gaps between models changed as well.")


def test_neighbour_day_text_sets_rebuilt_against_downloaded_neighbours() -> None:
    from videomarket import data

    rankings = data.readable_names(data.load_rankings())
    provenance = data.load_provenance()
    from videomarket import leaderboard

    shown = leaderboard.window(rankings[rankings["arena"] == "Artificial Analysis"], min_evidence="C")
    changes = data.neighbour_day_changes(leaderboard.boards_once(shown), provenance)
    assert stories.neighbour_day_text(changes, data.same_day_differences(shown, provenance)) == (
        "We compared 4 pairs of boards of one pool a day apart, one downloaded and one rebuilt. They share "
        "342 ratings of the same models. A model's rating moved by a median 0 points, and by at most 11. "
        "Between downloaded boards a day apart (68 pairs), the median was 0.4 and the largest 21.4. Two "
        "archives' copies of the same day differ by up to 8. The rebuilt boards move no more than "
        "downloaded ones: a check of plausibility, not a verification.")
    only_downloaded = changes[changes["kind"] == "downloaded"]
    assert stories.neighbour_day_text(only_downloaded, pd.Series([], dtype=float)) == ""


def test_churn_title_states_the_finding() -> None:
    churn = pd.DataFrame({"pool": ["Text to video (silent)"] * 2, "boards": ["30 Sep → 1 Oct (rebuilt)",
                                                                             "14 Sep → 4 Oct (downloaded)"],
                          "fall_median": [240.0, 241.5], "anchor_before": [1230.0, 1240.0]})
    assert stories.rescale_churn_title(churn) == (
        "Text to video (silent) ratings fell by a median 240 to 242 points at the re-rating, nearly all of "
        "it the change of reference model (if the anchor's own rating held)")
    assert stories.rescale_churn_title(churn.assign(anchor_before=[1100.0, 1100.0])) == (
        "Text to video (silent) ratings fell by a median 240 to 242 points at the re-rating, much of it the "
        "change of reference model (if the anchor's own rating held)")


def test_cross_archive_text_compares_two_downloaded_archives() -> None:
    rankings = pd.DataFrame({"arena": "A", "category": ["t"] * 4 + ["u"] * 2,
                             "snapshot_date": pd.to_datetime(["2026-08-20"] * 4 + ["2026-08-21"] * 2),
                             "model": ["a", "b", "a", "b", "a", "a"], "elo": [916.0, 900.0, 914.0, 908.0,
                                                                              950.0, 950.0],
                             "evidence": "A", "source_id": ["x", "x", "y", "y", "z", "w"]})
    provenance = pd.DataFrame({"source_id": ["x", "y", "z", "w"], "repository": ["o/x", "o/y", "o/x", "o/y"],
                               "snapshot_time": ["2026-08-20T01:56:20Z", "2026-08-20T12:48:22Z",
                                                 "2026-08-21T02:03:07Z", "2026-08-21T14:44:22Z"]})
    assert stories.cross_archive_text(rankings, provenance, pd.Series([False] * 4)) == (
        "Two independent downloaded archives both hold the same 2 boards (20–21 August 2026), saved 11 to 13 "
        "hours apart: of their 3 shared ratings, 1 is identical and the rest differ by a median 5 points, "
        "at most 8. The arena may change its board between saves, so this shows close agreement, not "
        "exactness.")
    assert stories.cross_archive_text(rankings, provenance, pd.Series([False, True, False, False])) == (
        "Two independent downloaded archives both hold one board (21 August 2026), saved 13 hours "
        "apart: of their 1 shared ratings, 1 is identical and none differs. The arena may change its board "
        "between saves, so this shows close agreement, not exactness.")


def test_rescale_shrink_intro_words_each_pool_from_its_counts() -> None:
    churn = pd.DataFrame({"pool": ["Text to video (silent)", "Text to video (silent)",
                                   "Text to video with audio", "Text to video with audio"],
                          "models_before": [81, 83, 36, 36], "left": [60, 63, 17, 18]})
    assert stories.rescale_shrink_intro(churn) == (
        "On 1 October text to video (silent) lost about three quarters of its models and text to video with "
        "audio about half, and both moved to a new [anchor](#glossary-anchor), the model pinned at 1,000.")


def test_quoted_uses_name_the_board_each_page_supports() -> None:
    ranks = pd.DataFrame({"arena": "Artificial Analysis", "source_id": ["q", "m", "a"],
                          "category": ["text-to-video", "image-to-video", "text-to-video"],
                          "snapshot_date": pd.to_datetime(["2025-12-01", "2026-04-15", "2026-10-01"]),
                          "date_precision": ["day", "month", "day"]})
    assert stories.quoted_uses(ranks, ["a"]) == {
        "m": "quoted ratings: Artificial Analysis, image to video (silent), board of April 2026",
        "q": "quoted ratings: Artificial Analysis, text to video (silent), board of 1 December 2025"}


def test_the_correction_names_every_archive_the_data_readme_says_was_copied_from_index_text() -> None:
    # data/README.md lists the archives reached only through a search index; files of those not flagged
    # rebuilt must be named in the correction, and the 6 October boards (all from qunqin24/Oriel) with them
    import re
    from pathlib import Path

    from videomarket import data
    from videomarket.stories import transcribed_correction

    readme = Path(data.__file__).resolve().parents[3] / "data" / "README.md"
    listed = re.search(r"Otherwise \(([^)]*)\) only the\s+commits a search index knows", readme.read_text())
    assert listed, "data/README.md no longer says which archives were reached through the index"
    provenance = data.load_provenance()
    copied = data.copied_from_index_text(provenance)
    repos = provenance["repository"].astype(str)
    for short in ("Oriel", "amant03", "koiro", "antoniovho"):
        assert short in listed.group(1)
        mine = repos.str.contains(short, case=False)
        assert mine.any() and copied[mine].all(), short
    # every file of those archives is now counted as rebuilt, whatever its provenance note says
    assert data.rebuilt_from_text(provenance)[copied].all()
    text = transcribed_correction(data.load_rankings(), provenance)
    assert text == (
        "**Correction.** Earlier editions of these notes labelled 115 archive files \"downloaded\" (grade "
        "A). None is an exact download; all are now marked [rebuilt](#glossary-rebuilt-file) or, for 10 of "
        "them, of unrecorded origin ([list of repositories](#where-the-archived-copies-come-from)). No value "
        "changed, only these labels. Separately, the leaderboard notes' headlines now read the newest board, "
        "10 October 2026 (itself a rebuilt copy), instead of 6 October.")
    # the repositories are named once, in the archives section, not in the box
    assert "qunqin24" not in text
    assert stories.relabelled_archives_text(provenance) == (
        "The 115 files earlier editions labelled downloaded come from 7 repositories: amant03/ai-news, "
        "Avo-Sarkissian/AI-Frontier-Database, koiro-svg/yo-tutka, qunqin24/Oriel, Sternpaul/ModelCompass, "
        "suquark/leaderbot and TIGER-AI-Lab/GenAI-Arena.")
    assert stories.formerly_downloaded_until(data.load_rankings(), provenance) == pd.Timestamp("2026-10-06")
    # 105 of the 115 come from the three archives the data notes name; the other 10 record no method
    former = ~data.cloned_from_git(provenance) & ~provenance["note"].astype(str).str.contains("search index")
    assert (int((former & copied).sum()), int((former & ~copied).sum())) == (105, 10)


def test_no_correction_when_every_file_not_cloned_is_flagged_rebuilt() -> None:
    import pandas as pd

    from videomarket.stories import transcribed_correction

    r = pd.DataFrame({"arena": "AA", "evidence": "A", "source_id": ["c1", "r1"],
                      "snapshot_date": pd.to_datetime(["2026-08-01", "2026-10-10"])})
    p = pd.DataFrame({"source_id": ["c1", "r1"], "repository": ["o/c", "o/r"],
                      "note": ["(git clone)", "read through the search index"]})
    assert transcribed_correction(r, p, arena="AA") == ""
    assert stories.relabelled_archives_text(p) == ""


def test_primer_says_when_no_board_has_both_kinds_of_copy() -> None:
    boards = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-08-01", "2026-08-02"]),
                           "rebuilt_only": [False, True], "checked": False, "shared": 0,
                           "category": "text-to-video"})
    assert stories.rebuilt_primer(boards, "2026-12-06").endswith(
        "- Each was kept only if its length and model count matched the service's text; a mistyped digit "
        "would pass. No board has both kinds of copy, so none could be compared.")


def test_churn_text_splits_each_pools_fall_in_one_sentence() -> None:
    churn = pd.DataFrame({"pool": ["Text to video (silent)", "Text to video with audio"],
                          "boards": ["30 Sep → 1 Oct (rebuilt)"] * 2, "models_before": [81, 36],
                          "left": [60, 17], "joined": [9, 8], "models_after": [30, 27],
                          "anchor_before": [1230.0, 1095.0], "fall_median": [240.0, 104.0]})
    assert stories.rescale_churn_text(churn).split("board. ")[1] == (
        "Of the median fall of 240 points, about 230 come from moving the reference point to that model and "
        "about 10 from the re-rating itself, if the re-rating left the anchor's own rating in place; in text "
        "to video with audio, about 95 and 9 of a fall of 104.")


def test_reader_advice_is_the_primers_advice_for_the_main_line() -> None:
    boards = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-08-01", "2026-10-10"]),
                           "rebuilt_only": [False, True], "checked": False, "shared": 0,
                           "category": "text-to-video"})
    verified = pd.DataFrame({"model_name": ["G"], "snapshot_date": pd.Timestamp("2026-08-01")})
    latest = pd.DataFrame({"model_name": ["W"], "snapshot_date": pd.Timestamp("2026-10-10")})
    advice = stories.reader_advice(boards, "2026-10-01", verified=verified, latest=latest, built="2026-12-07")
    assert advice == (
        "**What this means for you.** For a #1 from an exactly downloaded copy, cite the 1 August 2026 board "
        "(G; a third party's archive, not checked with the publisher). For the latest #1, cite 10 October "
        "2026 (W) as unverified. Check the [live leaderboard](https://artificialanalysis.ai/) for today's "
        "#1; the newest board here is 58 days old. Treat rebuilt boards, which all date from 10 October on, "
        "as provisional; do not compare ratings across the 1 October 2026 [re-rating](#glossary-re-rating).")
    primer = stories.rebuilt_primer(boards, "2026-12-06", "2026-10-01", verified=verified, latest=latest,
                                    built="2026-12-07", checks=False, archives=False, advice=False)
    assert "What this means" not in primer and primer.startswith("**How to read this note.**\n\n- Artificial")


def test_grade_b_text_on_the_shipped_data() -> None:
    from videomarket import data

    rankings = data.readable_names(data.load_rankings())
    once = data.ratings_once(rankings, data.load_provenance())
    text = stories.grade_b_text(once, rankings, [data.load_forecasts(), data.load_company_metrics()],
                                data.load_sources())
    assert text == (
        "Grade B covers 24 values here (4 quoted ratings and 20 vendor figures, 2 of them analysts' revenue "
        "forecasts): 2 rest on several pages that agree, 22 on one named page each, of which 2 are a "
        "vendor's blog (MCPlato) or an undated page (nextweb.blog) rather than established news.")
    assert "weaker than the grade" not in text


def test_reading_terms_define_the_key_findings_words_on_the_shipped_data() -> None:
    from videomarket import data, leaderboard

    rankings = data.readable_names(data.load_rankings())
    shown = leaderboard.window(rankings[rankings["arena"] == "Artificial Analysis"], min_evidence="C")
    rescales = leaderboard.scale_changes(shown, "Artificial Analysis", data.pool_coverage(shown)["category"])
    assert stories.reading_terms(rescales) == (
        "**How to read this note.** Artificial Analysis and LMArena are video [arenas](#glossary-arena): "
        "people vote blind between two models' clips, and the arenas publish ratings as leaderboards. A "
        "[board](#glossary-board) is one day's leaderboard of one [pool](#glossary-pool), one of an arena's "
        "separate contests. Artificial Analysis pins one model, the [anchor](#glossary-anchor), at 1,000. "
        "On 1 October 2026 it [re-rated](#glossary-re-rating) text to video (silent) and text to video with "
        "audio: it recomputed their ratings against a new anchor.")
    assert stories.reading_terms(rescales.iloc[:0]).endswith("one of an arena's separate contests.")


def test_grade_b_is_defined_as_a_named_page_in_the_finding_and_the_glossary() -> None:
    from videomarket import data

    assert stories.forecast_grade_finding(data.load_forecasts()) == (
        "None of the 14 market forecasts (27 yearly values) reaches grade B (a named page relaying the "
        "first-hand source, or several independent quotes that agree), and 15 of the values are grade D.")
    glossary = stories.glossary(["grade"])
    assert "B: a named page relaying the first-hand source, mostly established news, or several" in glossary
    assert "B: established news relaying" not in glossary
