"""Report 00's sentences on the shipped data: the headline, the LMArena line, the correction's before
and after chances, the mistyped-digit answer and the table of every vendor figure."""

from __future__ import annotations

import pandas as pd

from videomarket import data, leaderboard, stories

ARENA, POOL = "Artificial Analysis", "text-to-video"


def _rankings() -> pd.DataFrame:
    return data.readable_names(data.load_rankings())


def test_headline_and_first_finding_on_the_shipped_data() -> None:
    rankings, provenance = _rankings(), data.load_provenance()
    shown = leaderboard.window(rankings[rankings["arena"] == ARENA], min_evidence="C")
    boards = data.rebuilt_boards(shown, provenance)
    pool_gaps = {c: leaderboard.leader_gaps(shown, ARENA, c)
                 for c in data.pool_coverage(shown)["category"].astype(str)}
    distinct = stories.rebuilt_distinct(pool_gaps, boards)
    text = stories.data_verdict(distinct, boards["snapshot_date"].max(), data.load_forecasts(), boards=boards)
    assert text == (
        "Exact copies of the Artificial Analysis leaderboards end on 1 August 2026 (25 June for "
        "[pools](#glossary-pool) with audio). Everything later, including the current #1 reported in [our "
        "other notes](03-how-sure-is-number-one.html), rests on copies [rebuilt](#glossary-rebuilt-file) "
        "from text and not yet checked. No market forecast is confirmed by established news.")
    latest = leaderboard.board_certainty(rankings, ARENA, POOL).assign(category=POOL)
    last = leaderboard.board_certainty(rankings, ARENA, POOL, data.last_downloaded_day(boards, ARENA, POOL))
    assert stories.latest_leader_finding(latest, last) == (
        "The current #1 of text to video (silent), Wan 3.0 on the 10 October board, rests entirely on "
        "rebuilt copies; the last exact download, of 1 August, shows a different #1, Gemini Omni Flash.")
    other = data.rebuilt_boards(rankings[rankings["arena"] != ARENA], provenance)
    lm = other[other["arena"] == "LMArena"]
    assert stories.download_finding(boards, ARENA, other=lm) == (
        "Artificial Analysis: the last downloaded board is of 1 August 2026; 229 of the 231 boards since 23 "
        "July are [rebuilt, not verified](#glossary-rebuilt-file). LMArena: downloaded to 14 August, rebuilt "
        "to 21 September.")


def test_lmarena_sentence_splits_rebuilt_from_unrecorded() -> None:
    b = pd.DataFrame({"category": ["text-to-video"] * 3 + ["image-to-video"] * 2, "snapshot_date":
                      pd.to_datetime(["2026-03-06", "2026-09-05", "2026-09-21", "2026-03-06", "2026-09-21"]),
                      "rebuilt_only": [False, True, True, False, True]})
    text = stories.other_coverage_text(b, "LMArena", archives=3, rebuilt_archives=2, from_text=2)
    assert text.endswith(
        "Its 5 boards come from 3 public archives; 3 of them, from 2 of those archives, were not downloaded: "
        "2 [rebuilt](#glossary-rebuilt-file) from search-index text and 1 of unrecorded origin, none "
        "verified.")


def test_correction_gives_the_chances_before_and_after() -> None:
    rankings, provenance = _rankings(), data.load_provenance()
    history = leaderboard.leader_probability_history(rankings, ARENA, POOL, draws=20000, seed=0)
    pairs = leaderboard.based_on_odds(rankings, ARENA, POOL, draws=20000, seed=0)
    now = stories.with_counted_twice(leaderboard.board_certainty(rankings, ARENA, POOL, draws=20000, seed=0),
                                     history, pairs)
    then = stories.with_counted_twice(leaderboard.board_certainty(
        rankings, ARENA, POOL, stories.formerly_downloaded_until(rankings, provenance), draws=20000, seed=0),
        history, pairs)
    shown = leaderboard.window(rankings[rankings["arena"] == ARENA], min_evidence="C")
    last = leaderboard.board_certainty(
        rankings, ARENA, POOL, data.last_downloaded_day(data.rebuilt_boards(shown, provenance), ARENA, POOL),
        draws=20000, seed=0)
    text = stories.transcribed_correction(rankings, provenance, link=False, then=then, now=now, fallback=last)
    assert text.endswith(
        "No value changed, only these labels. Separately, the notes now read the newest board, 10 October "
        "2026 (itself a rebuilt copy), instead of 6 October, so the headline moved: Wan 3.0's [chance of "
        "being truly #1](#glossary-p-first) of text to video (silent) is 87%–92% there, against 83%–90% on 6 "
        "October. The newest exact download, 1 August 2026, is 10 weeks older and has a different #1 (Gemini "
        "Omni Flash), so the headlines do not use it.")
    assert stories.transcribed_correction(rankings, provenance, link=False, then=then, now=now) == (
        "**Correction.** Earlier editions of these notes labelled 115 archive files \"downloaded\" "
        "(grade A). None is an exact download; all are now marked rebuilt or, for 10 of them, of unrecorded "
        "origin ([list of repositories](#where-the-archived-copies-come-from)). No value changed, only these "
        "labels. Separately, the notes now read the newest board, 10 October 2026 (itself a rebuilt copy), "
        "instead of 6 October, so the headline moved: Wan 3.0's [chance of being truly "
        "#1](#glossary-p-first) of text to video (silent) is 87%–92% there, against 83%–90% on 6 October.")


def test_digit_slip_intro_and_table_read_the_shipped_boards() -> None:
    rankings = _rankings()
    board = leaderboard.board_certainty(rankings, ARENA, POOL)
    shown = leaderboard.window(rankings[rankings["arena"] == ARENA], min_evidence="C")
    before = leaderboard.previous_distinct_day(leaderboard.leader_gaps(shown, ARENA, POOL))
    earlier = leaderboard.board_certainty(rankings, ARENA, POOL, before)
    assert stories.digit_slip_intro(board, earlier, earlier_rebuilt=True) == (
        "Wan 3.0 leads MiniMax H3 Max by 11 points on the rebuilt 10 October copy. A wrong tens digit in "
        "either rating would leave a lead of 1 or 21 points, so the order stays. All 32 rated "
        "listings on that board (a model listed twice counts twice) lie within 3 points of their values on "
        "the 8 October board; that board is itself rebuilt, so this is a check of consistency, not a "
        "verification. The table compares each possible true rating of Wan 3.0 with that board.")
    low, high = leaderboard.wrong_digit_odds(board)
    spread = float(data.same_day_differences(shown, data.load_provenance()).max())
    assert spread == 8.0
    lead = stories.digit_slip_intro(board, earlier, earlier_rebuilt=True, slips=(low, high), spread=spread)
    assert lead.split(". All 32")[0] == (
        "Wan 3.0 leads MiniMax H3 Max by 11 points on the rebuilt 10 October copy. A wrong tens digit in "
        "either rating would leave a lead of 1 or 21 points, so the order stays. But one slip the board "
        "before cannot rule out, a rating 10 points too high, could make Wan 3.0's chance of being truly #1 "
        "as low as about 41% (87% as copied)")
    assert stories.slip_chance_sentence(board, earlier, (low, high), 1.0) == (
        "The board before rules out a slip either way.")
    assert stories.slip_chance_sentence(board, earlier, (low, high), 20.0) == (
        "Neither slip is ruled out by the board before: they would make Wan 3.0's chance of being truly #1 "
        "about 41% or 99% (87% as copied).")
    low100, high100 = leaderboard.wrong_digit_odds(board, points=100)
    table = stories.digit_slip_table(board, earlier, {-10: low, 10: high, -100: low100, 100: high100}, 8.0)
    assert table.to_dict("records") == [
        {"slip": "Tens, 10 too high", "reading": "1119", "chance": "41%",
         "ruled_out": "No: 8 points from 1127 on 8 October, within the 8 points two copies of one day "
                      "differ"},
        {"slip": "Tens, 10 too low", "reading": "1139", "chance": "99%",
         "ruled_out": "Yes: 12 points from 1127 on 8 October"},
        {"slip": "Hundreds, 100 too high", "reading": "1029", "chance": "under 0.1%",
         "ruled_out": "Yes: 98 points from 1127 on 8 October"},
        {"slip": "Hundreds, 100 too low", "reading": "1229", "chance": "over 99.9%",
         "ruled_out": "Yes: 102 points from 1127 on 8 October"},
    ]


def test_every_vendor_figure_is_listed_with_its_page() -> None:
    figures, sources = data.load_company_metrics(), data.load_sources()
    table = stories.vendor_figures_table(figures, sources)
    assert len(table) == len(figures) == 32
    assert list(table.columns) == list(stories.VENDOR_FIGURES_TABLE)
    assert not (table == "").any().any() and not table.isna().any().any()
    assert stories.vendor_figures_title(table) == (
        "All 32 vendor figures on 7 companies, 20 of grade B and none of grade A")
    assert stories.vendor_figures_title(table, figures) == (
        "All 32 figures on 7 companies, including 4 analyst forecasts and 3 company targets; 20 of grade B "
        "and none of grade A")
    assert stories.vendor_figures_intro(figures) == (
        "The table below lists all 32 vendor figures we hold, on 7 companies, each with the page it was read "
        "on; [Market size and growth](01-market-size-and-growth.html) uses only those that fit its "
        "comparison.")
    assert stories.grade_per_figure_note(figures, sources) == (
        "Grades are given per figure, not per page: 2 of the 32 figures are graded apart from the page they "
        "were read on. Kling AI (Kuaishou)'s run rate (2026, USD 500M) is grade C on a grade-B page, Ebrun: "
        "its data note calls it an approximate level, not a lower bound; neither the month nor the "
        "definition is stated. MiniMax (group, incl. Hailuo AI)'s revenue (FY2025, USD 79M) is grade B on a "
        "grade-C "
        "page, AIbase (aibase.cn), because it equals the sum of the two segments reported by Wallstreetcn "
        "(53.075 + 25.963 = 79.038).")
    bounds = table[table["value"].str.startswith("≥ ")]
    assert [(r.company, r.period, r.value) for r in bounds.itertuples()] == [
        ("Kling AI (Kuaishou)", "launch to 2025-02", "≥ CNY 100M"),
        ("Kling AI (Kuaishou)", "2025-Q1", "≥ CNY 150M (about USD 21M)"),
        ("Kling AI (Kuaishou)", "2025-Q2", "≥ CNY 250M (about USD 35M)"),
        ("Kling AI (Kuaishou)", "2025-Q3", "≥ CNY 300M (about USD 42M)"),
        ("Kling AI (Kuaishou)", "2026-Q1", "≥ CNY 650M (about USD 91M at the 2025 rate)"),
        ("Runway", "2025-06", "≥ USD 90M"),
        ("Synthesia", "2025-04", "≥ USD 100M"),
        ("Synthesia", "2026-01", "≥ USD 150M")]
    # the same rule report 01 marks "(≥, a lower bound)" by
    assert all(stories.figure_label(m, n).endswith("(≥, a lower bound)")
               for m, n in zip(figures["metric"], figures["note"], strict=True)
               if isinstance(n, str) and n.startswith("Lower bound"))
    assert stories.vendor_table_note(figures, sources) == (
        '"≥" marks a lower bound: its source says the figure exceeded the value shown. CNY values are '
        "converted at CNY 7.14 per USD, the 2025 average rate, as stated by reportify.cn (second-hand), so "
        "every USD value is approximate. No source we read gives a rate for 2026, so 2026 figures use the "
        "2025 rate.")
    runway = table[table["company"] == "Runway"].iloc[-1].to_dict()
    assert runway == {"company": "Runway", "metric": "Annualized revenue (run rate)", "period": "2025-06",
                      "value": "≥ USD 90M", "grade": "B",
                      "page": "36Kr (English), relaying The Information: Two major AI video unicorns are "
                              "vying for new financing (Runway, Luma), 2025-08"}
