"""Exact titles and source lines of report 02's tables (r76): each table states its finding and its
source. Synthetic inputs only."""

from __future__ import annotations

import pandas as pd

from videomarket import stories

AA, T2V = "Artificial Analysis", "text-to-video"


def _rebuilt(*days: str) -> pd.DataFrame:
    return pd.DataFrame({"arena": AA, "category": T2V, "rebuilt_only": True, "checked": False,
                         "snapshot_date": pd.to_datetime(list(days))})


def test_runs_table_title_and_source() -> None:
    spells = pd.DataFrame({"start": pd.to_datetime(["2025-12-01", "2026-01-29", "2026-04-08"]),
                           "end": pd.to_datetime(["2025-12-20", "2026-01-29", "2026-10-10"]),
                           "days": [20, 1, 186]})
    assert stories.runs_title(spells) == "3 models were seen at #1 from December 2025 to October 2026"
    # counted as the #1 timeline's title counts: a model seen only on a second-hand copy in brackets
    graded = spells.assign(model=["r", "g", "h"], evidence=["B", "C", "A"])
    named = graded.assign(model_name=["R", "Grok Imagine Video", "H"], n_snapshots=[2, 1, 3])
    assert stories.runs_title(named) == (
        "2 models were seen at #1 from December 2025 to October 2026 (3 counting Grok Imagine Video, seen "
        "only in one third party's copy)")
    timeline = stories.timeline_title(named.assign(start_precision="day", end_precision="day"), short=True)
    assert timeline.endswith("the last of 2 models seen at #1 since December 2025 (3 counting Grok Imagine "
                             "Video, seen only in one third party's copy)")
    assert stories.runs_source(spells, AA, T2V) == (
        "Source: Artificial Analysis video arena, text to video (silent), boards of 1 December 2025 to 10 "
        "October 2026; publishers in the last column, files and pages under Sources.")


def test_other_arena_runs_title_and_source() -> None:
    table = pd.DataFrame({"start": pd.to_datetime(["2026-04-07", "2026-06-10"]),
                          "end": pd.to_datetime(["2026-05-29", "2026-08-22"]),
                          "developer": ["ByteDance", "Google"], "evidence_min": ["A", "A"],
                          "start_text": ["7 Apr 2026", "10 Jun 2026"],
                          "end_text": ["29 May 2026", "22 Aug 2026"]})
    assert stories.other_runs_title(table, AA) == (
        "Two models held LMArena's text-to-video #1 from April to August 2026; Google's held it last")
    assert stories.other_runs_source(table, AA) == (
        "Source: LMArena text-to-video boards, 7 April to 22 August 2026 (archived copies); files and pages "
        "under Sources.")


def test_pool_leaders_title_names_the_leader_of_most_pools() -> None:
    table = pd.DataFrame({"leader": ["W", "G (open race)", "W", "M"], "last": [0.8725, 0.618, 0.835, 0.978]})
    assert stories.pool_leaders_title(table) == (
        "On their latest boards, W led 2 of the 4 pools; the leaders were 62%–98% likely truly #1")
    alone = table.assign(leader=["A", "B", "C", "D"])
    assert stories.pool_leaders_title(alone) == (
        "On their latest boards, each of the 4 pools had its own leader; the leaders were 62%–98% likely "
        "truly #1")


def test_odds_title_gives_lead_in_points_and_chance() -> None:
    odds = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"] * 3), "model_name": ["W", "M", "N"],
                         "elo": [1130.0, 1121.0, 1120.0], "p_leader": [0.8, 0.12, 0.08]})
    assert stories.odds_title(odds) == "On 10 October 2026, W led M by 9 points and was 80% likely truly #1"


def test_places_title_and_source() -> None:
    places = pd.DataFrame({"creator": ["K", "A"], "distinct_places": [2.21, 2.28], "distinct_boards": 3})
    share = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-04-10", "2026-04-10", "2026-09-01",
                                                           "2026-10-10"])})
    # a gap under 0.2 places per board is a near-tie: both named
    assert stories.places_title(places, share) == (
        "A and K held the most top-10 places, 2.3 and 2.2 per observed board, 10 April to 10 October 2026 "
        "(3 distinct boards, each weighted by the days it stood, at most 7)")
    clear = places.assign(distinct_places=[1.9, 2.28])
    assert stories.places_title(clear, share) == (
        "A held the most top-10 places, 2.3 per observed board, 10 April to 10 October 2026 (3 distinct "
        "boards, each weighted by the days it stood, at most 7)")
    # without the count of distinct boards it leaves out the base
    assert stories.places_title(clear.drop(columns="distinct_boards"), share) == (
        "A held the most top-10 places, 2.3 per observed board, 10 April to 10 October 2026")
    assert stories.places_source(share, _rebuilt("2026-09-01", "2026-10-10"), AA, T2V) == (
        "Source: Artificial Analysis video arena, text to video (silent): 3 complete archived boards, 10 "
        "April to 10 October 2026, 2 of them rebuilt from text, not verified; files listed under Sources.")


def test_no_places_after_the_rerating() -> None:
    share = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-04-10", "2026-04-10", "2026-05-14",
                                                           "2026-05-14", "2026-10-01", "2026-10-10"]),
                          "creator": ["K", "A", "K", "A", "A", "A"], "places": [3, 1, 3, 1, 4, 4]})
    breaks = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"])})
    assert stories.no_places_after(share, breaks, 10) == (
        "K, which held the most top-10 places from 10 April to 14 May 2026, held none on any board from the "
        "1 October re-rating to 10 October 2026.")
    kept = pd.concat([share, pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"]), "creator": ["K"],
                                           "places": [1]})])
    assert stories.no_places_after(kept, breaks, 10) == ""
    assert stories.no_places_after(share, None, 10) == ""


def test_how_to_read_counts_the_archives_of_the_rerating() -> None:
    rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30", "2026-10-01", "2026-10-02",
                                                          "2026-10-03"]),
                         "source_id": ["a", "b", "c", "d"]})
    prov = pd.DataFrame({"source_id": ["a", "b", "c", "d"], "repository": ["o/1", "o/2", "p/3", "o/2"]})
    text = stories.how_to_read(rows, pd.DataFrame({"date": pd.to_datetime(["2026-10-01"])}), prov)
    assert text == (
        "**How to read this note.** A *board* is one day's copy of a leaderboard; a "
        "[**rebuilt**](#glossary-rebuilt-file) board, reconstructed value by value from an archive file's "
        "text (linked in Sources), is provisional. On 1 October Artificial Analysis reset its scale and "
        "pruned its board (the [**re-rating**](#glossary-re-rating)). "
        "*Truly #1*: the leader if ratings carried no error.")
    assert "re-rating" not in stories.how_to_read(rows, None, prov)


def test_other_arena_table_says_a_month_dated_page_gives_no_day() -> None:
    """LMArena's first #1 was first seen on 6 March 2026 and last on a page dated March 2026 only: the cell
    says the page gives no day, so it does not read as a date before the first."""
    from videomarket import data, leaderboard

    rows = stories.first_names(leaderboard.window(data.readable_names(data.load_rankings()),
                                                  start="2025-12-01", grades=leaderboard.GRADES[:3]))
    table = stories.other_arena_table(rows, AA, T2V, data.rebuilt_boards(rows, data.load_provenance()))
    first = table.sort_values("start").iloc[0]
    assert (first["start_text"], first["end_text"]) == ("6 Mar 2026", "Mar 2026 (page gives no day)")
    assert stories.short_when("2026-01-15", "month") == "Jan 2026 (page gives no day)"


def test_developer_exit_under_the_chart_explains_kuaishous_empty_september_bars() -> None:
    from videomarket import data, leaderboard

    rows = stories.first_names(data.readable_names(data.load_rankings()))
    archived = rows[rows["evidence"] == "A"]
    share = leaderboard.creator_share(archived, AA, T2V, 10)
    complete = share[share["complete"]]
    pool = rows.query("arena == @AA and category == @T2V")
    breaks = leaderboard.epoch_breaks(rows, AA, T2V)
    assert stories.developer_exit(complete, breaks, 10, rows=pool, under_chart=True) == (
        "In the chart, the 25 and 30 September 2026 copies show Kuaishou with no top-10 place only because "
        "they number the tie at #10 one by one; copies that give the tie a shared rank (24, 27 and 28 "
        "September 2026) show it with 2. This is a counting difference, not a move.")
