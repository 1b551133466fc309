"""Exact sentences of report 02's r58 wording: the leaderboard named in the answer and first finding, the
longest reign, the latest #1's chance over its run, and leads as head-to-head win shares."""

from __future__ import annotations

import pandas as pd

from videomarket import stories

_DOWN = pd.DataFrame({"model": ["w"], "model_name": ["Wan 3.0"], "p_leader": [0.8958],
                      "snapshot_date": pd.to_datetime(["2026-10-06"])})


def _spells() -> pd.DataFrame:
    return pd.DataFrame({
        "model": ["r", "h", "g", "w"], "model_name": ["Runway Gen-4.5", "HappyHorse-1.0", "Gemini Omni Flash",
                                                      "Wan 3.0"],
        "creator": ["Runway", "Alibaba-ATH", "Google", "Alibaba"], "evidence": ["B", "A", "A", "A"],
        "start": pd.to_datetime(["2025-12-01", "2026-04-08", "2026-07-23", "2026-09-03"]),
        "end": pd.to_datetime(["2025-12-20", "2026-06-25", "2026-09-02", "2026-10-10"]),
        "days": [20, 79, 42, 38], "start_precision": ["day", "approx", "day", "day"],
        "end_precision": ["approx", "day", "day", "day"],
        "arena": "Artificial Analysis", "category": "text-to-video"})


def _rebuilt() -> pd.DataFrame:
    return pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
                         "snapshot_date": pd.to_datetime(["2026-09-03", "2026-09-18", "2026-09-30",
                                                          "2026-10-10"]),
                         "rebuilt_only": True, "checked": False})


def test_scoped_changes_finding_names_the_leaderboard() -> None:
    assert stories.scoped_changes_finding(_spells(), "Artificial Analysis", "text-to-video") == (
        "On Artificial Analysis's silent text-to-video leaderboard, #1 changed hands at least 3 times since "
        "December 2025; Wan 3.0 took it last, first seen at #1 on 3 September 2026.")


def test_longest_reign_finding_is_a_market_fact() -> None:
    finding = stories.longest_reign_finding(_spells())
    assert finding == ("Longest observed run: HappyHorse-1.0 (Alibaba), #1 on every board seen from about 8 "
                       "April to 25 June 2026 (79 days).")
    assert len(finding.split()) <= 35


def test_rerating_findings_split_before_and_after() -> None:
    days = pd.to_datetime(["2026-09-03", "2026-09-16", "2026-09-18", "2026-09-30", "2026-10-01",
                           "2026-10-04", "2026-10-05", "2026-10-07", "2026-10-10"])
    history = pd.DataFrame({
        "snapshot_date": days, "scale_epoch": ["a"] * 4 + ["b"] * 5, "model": "w", "model_name": "Wan 3.0",
        "runner_up": ["g"] * 4 + ["m"] * 5, "runner_up_name": ["Gemini Omni Flash"] * 4 + ["M"] * 5,
        "margin": [9.0, 10.0, 6.0, 3.0, 11.0, 13.0, 13.0, 9.0, 11.0], "board_size": [81] * 4 + [30] * 5,
        "p_leader": [0.8771, 0.90385, 0.76455, 0.64465, 0.88, 0.9331, 0.9331, 0.7762, 0.8725],
        "arena": "Artificial Analysis", "category": "text-to-video"})
    rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01"] * 2), "model": ["w", "m"]})
    down = _DOWN.assign(snapshot_date=pd.Timestamp("2026-10-10"), p_leader=0.8725)
    before, after = stories.rerating_findings(history, rows, down)
    assert before == (
        "Before the 1 October [re-rating](#glossary-re-rating), Wan 3.0 was 88%–90% likely truly #1 on 3–16 "
        "September, then 64%–76% on 18–30 September, as Gemini Omni Flash closed to within 3–6 points.")
    cause = ("Wan 3.0's rise after the 1 October [re-rating](#glossary-re-rating) partly reflects a changed "
             "field: Gemini Omni Flash, its closest rival, is not on the re-rated board under that name.")
    assert after == ("After it, Wan 3.0 was 78%–93% likely truly #1 on 1–10 October, highest on 4–5 October. "
                     + cause)
    others = pd.DataFrame({"category": ["image-to-video", "image-to-video", "text-to-video"],
                           "model": ["g", "v", "g"], "rank": [1, 2, 1],
                           "snapshot_date": pd.Timestamp("2026-10-10")})
    still = stories.rerating_findings(history, rows, down, others=others)[1]
    assert still == ("After it, Wan 3.0 was 78%–93% likely truly #1 on 1–10 October. " + cause
                     + " It still leads silent image-to-video.")
    assert cause in stories.changed_field_text(history, rows)  # report 03 gives the same cause
    assert len(before.replace("[re-rating](#glossary-re-rating)", "re-rating").split()) <= 35
    # the top value on the newest board needs no date
    top_now = history.assign(p_leader=[0.8771, 0.90385, 0.76455, 0.64465, 0.88, 0.9, 0.9, 0.7762, 0.95])
    assert "on 1–10 October. Wan 3.0's rise" in stories.rerating_findings(top_now, rows, down)[1]
    # a model listed twice with identical numbers counts as two rivals on every board, one reading throughout
    twice = history.assign(p_leader_counting_twice=[None] * 5 + [0.8849, 0.8849, None, None],
                           listed_twice=[None] * 5 + ["MiniMax H3 Max = MiniMax H3 (768p)"] * 2 + [None] * 2)
    assert stories.rerating_findings(twice, rows, down)[1].startswith(
        "After it, Wan 3.0 was 78%–88% likely truly #1 on 1–10 October, highest on 1–5 October (MiniMax "
        "H3's two listings counted as two rivals throughout). Wan 3.0's rise")
    # highest on boards that are not one stretch (a lower board between): no date named
    gap = twice.assign(p_leader=[0.8771, 0.90385, 0.76455, 0.64465, 0.88, 0.8, 0.8, 0.7762, 0.8725],
                       p_leader_counting_twice=[None] * 5 + [0.79, None, None, 0.79],
                       listed_twice=[None] * 5 + ["MiniMax H3 Max = MiniMax H3 (768p)"] + [None] * 2
                       + ["MiniMax H3 Max = MiniMax H3 (768p)"])
    apart = gap.assign(p_leader=[0.8771, 0.90385, 0.76455, 0.64465, 0.88, 0.8, 0.88, 0.7762, 0.8725])
    assert "on 1–10 October (MiniMax H3's two listings counted as two rivals throughout). Wan" in (
        stories.rerating_findings(apart, rows, down)[1])
    assert stories.rerating_findings(history, rows, None) == []


def test_reign_with_gap_says_how_long_it_was_not_observed() -> None:
    rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-04-10", "2026-05-14", "2026-06-25"])})
    finding = stories.reign_with_gap_finding(_spells(), rows)
    assert finding == ("Longest observed run: HappyHorse-1.0 (Alibaba), #1 from about 8 April to 25 June "
                       "2026: 79 days between first and last sighting, with a 41-day gap in which #1 was not "
                       "observed.")
    assert len(finding.split()) <= 35


def test_board_name_is_plain() -> None:
    assert stories.board_name("Artificial Analysis", "image-to-video-audio") == (
        "Artificial Analysis's image-to-video (with audio) leaderboard")


def test_other_arena_age_gives_age_and_kind_of_copy() -> None:
    rows = pd.DataFrame({"arena": ["LMArena", "Artificial Analysis"], "category": "text-to-video",
                         "snapshot_date": pd.to_datetime(["2026-09-21", "2026-10-10"])})
    rebuilt = pd.DataFrame({"arena": ["LMArena"], "category": ["text-to-video"],
                            "snapshot_date": pd.to_datetime(["2026-09-21"]), "rebuilt_only": [True],
                            "checked": [False]})
    assert stories.other_arena_age(rows, "Artificial Analysis", "text-to-video", rebuilt, "2026-12-07") == (
        "LMArena's newest board here, 21 September 2026, is 77 days old and a rebuilt copy, not yet checked.")
    assert stories.other_arena_age(rows, "Artificial Analysis", "image-to-video", rebuilt, "2026-12-07") == ""


def test_movements_as_of_can_leave_the_other_board_to_its_section() -> None:
    rows = pd.DataFrame({"arena": ["LMArena", "Artificial Analysis"], "category": "text-to-video",
                         "snapshot_date": pd.to_datetime(["2026-09-21", "2026-10-10"]), "model": ["g", "w"],
                         "rank": [1, 1], "elo": [1300.0, 1129.0], "scale_epoch": "a", "evidence": "A",
                         "source_id": "s"})
    with_other = stories.movements_as_of(rows, "Artificial Analysis", "text-to-video", _spells())
    without = stories.movements_as_of(rows, "Artificial Analysis", "text-to-video", _spells(),
                                      other_board=False)
    assert with_other == without + " The LMArena section rests on its newest board, 21 September 2026."


def test_plain_findings_are_market_statements() -> None:
    findings = stories.plain_findings(_spells(), "Artificial Analysis", "text-to-video", rows=pd.DataFrame(),
                                      history=pd.DataFrame(), downloaded=None, developers="D.")
    assert findings == [
        "On Artificial Analysis's silent text-to-video leaderboard, #1 changed hands at least 3 times since "
        "December 2025; Wan 3.0 took it last, first seen at #1 on 3 September 2026.",
        "Longest observed run: HappyHorse-1.0 (Alibaba), #1 on every board seen from about 8 April to 25 "
        "June 2026 (79 days).",
        "D."]
    for finding in findings:
        assert len(finding.split()) <= 35


def test_places_basis_and_title_say_what_the_developer_average_is() -> None:
    days = pd.to_datetime(["2026-08-01", "2026-08-02", "2026-10-01"])
    share = pd.DataFrame({"snapshot_date": days.repeat(2), "creator": ["A", "B"] * 3,
                          "places": [6, 4, 6, 4, 8, 4]})
    boards = pd.DataFrame({"snapshot_date": days, "model": ["a", "a", "b"], "elo": [1000.0, 1000.0, 990.0]})
    places = stories.with_distinct_places(pd.DataFrame({"creator": ["A", "B"]}), share, boards)
    # 1 August stood 7 days at most (the 2 August copy repeats it), 1 October, the newest, one day
    assert places["distinct_places"].tolist() == [(6 * 7 + 8) / 8, 4.0]
    assert places["distinct_days"].tolist() == [8, 8]
    assert stories.places_basis(places, share) == (
        "Every board, large or small, has 10 top-10 places (12 on 1 of the 3 complete copies, where models "
        "tie at #10). The averages weight each of the 2 distinct boards by the days it stood until the next "
        "one, at most 7 (a longer wait was not observed), so weeks the archive copied daily count no more "
        "than others.")
    assert stories.places_title(places, share) == (
        "A held the most top-10 places, 6.2 per observed board, 1 August to 1 October 2026 (2 distinct "
        "boards, each weighted by the days it stood, at most 7)")
    columns = stories.shares_columns(stories.SHARES_TABLE, share.assign(arena="AA", category="t2v"), None,
                                     places)
    assert columns["distinct_places"] == (
        "Top-10 places per board (average over 2 distinct boards, each weighted by the days it stood)")
    # daily copies of one board weigh no more than one copy of it: the board's days count, not its copies
    daily = pd.to_datetime(["2026-08-01", "2026-08-02", "2026-08-03", "2026-08-04", "2026-08-05"])
    many = pd.DataFrame({"snapshot_date": daily.repeat(2), "creator": ["A", "B"] * 5,
                         "places": [6, 4, 6, 4, 6, 4, 6, 4, 3, 7]})
    copies = pd.DataFrame({"snapshot_date": daily, "model": ["a"] * 4 + ["b"], "elo": 1000.0})
    once = many[many["snapshot_date"].isin(daily[[0, 4]])]
    assert (stories.with_distinct_places(pd.DataFrame({"creator": ["A"]}), many, copies)["distinct_places"]
            .tolist() == stories.with_distinct_places(pd.DataFrame({"creator": ["A"]}), once, copies)
            ["distinct_places"].tolist() == [(6 * 4 + 3) / 5])


def test_developers_finding_on_the_shipped_boards() -> None:
    from videomarket import data, leaderboard

    rows = stories.first_names(data.readable_names(data.load_rankings()))
    archived = rows[rows["evidence"] == "A"]
    share = leaderboard.creator_share(archived, "Artificial Analysis", "text-to-video", 10)
    complete = share[share["complete"]]
    places = stories.with_distinct_places(leaderboard.creator_places(complete), complete,
                                          leaderboard.daily_boards(archived, "Artificial Analysis",
                                                                                   "text-to-video"))
    said = ("On the latest board, 10 October 2026, Alibaba, ByteDance and MiniMax held the most top-10 "
            "places, 2 each. Per observed board, weighted by the days it stood (at most 7), Alibaba held the "
            "most over 10 April to 10 October 2026, 2.7, ahead of Kuaishou, 2.1")
    assert stories.developers_finding(places, complete) == said + "."
    # before and after the 1 October re-rating, each board weighted as over the whole span
    boards = leaderboard.daily_boards(archived, "Artificial Analysis", "text-to-video")
    breaks = leaderboard.epoch_breaks(rows, "Artificial Analysis", "text-to-video")
    assert stories.developers_finding(places, complete, boards=boards, breaks=breaks) == (
        said + ": 2.7 and 2.3 before the 1 October [re-rating](#glossary-re-rating), 2.5 and none after it.")
    before, after = stories.places_by_period(complete, boards, "2026-10-01")
    assert round(before["Kuaishou"], 2) == 2.32 and after["Kuaishou"] == 0.0 and after["Alibaba"] == 2.5


def test_run_sources_list_a_third_party_github_file_apart_from_web_pages() -> None:
    from videomarket import data

    sources, provenance = data.load_sources(), data.load_provenance()
    rows = pd.DataFrame({"model": "r", "rank": 1, "source_id": ["gh-githa4-leaderboard-2025-12"],
                         "snapshot_date": pd.to_datetime(["2025-12-20"])})
    rows = pd.concat([rows, rows.assign(source_id=sources.loc[sources["publisher"] == "Desbugados",
                                                              "source_id"].iloc[0],
                                        snapshot_date=pd.Timestamp("2025-12-01"))])
    table = pd.DataFrame({"model": ["r"], "start": pd.to_datetime(["2025-12-01"]),
                          "end": pd.to_datetime(["2025-12-20"])})
    out = stories.with_run_sources(table, rows, sources, provenance)["sources_text"].tolist()
    assert out == ["GitHub file (githa4); web page: Desbugados"]  # the repository's id is left to Sources
    assert "/" not in out[0]


def test_plain_findings_give_the_chance_before_and_after_the_rerating_as_one_finding() -> None:
    """On the shipped boards the key findings tell Wan 3.0's chance before and after the 1 October re-rating
    in one finding, not two that repeat each other."""
    from videomarket import data, leaderboard

    aa, t2v = "Artificial Analysis", "text-to-video"
    rows = stories.first_names(leaderboard.window(data.readable_names(data.load_rankings()),
                                                  start="2025-12-01", grades=leaderboard.GRADES[:3]))
    pool = rows.query("arena == @aa and category == @t2v")
    history = leaderboard.leader_probability_history(rows, aa, t2v)
    newest = leaderboard.board_certainty(rows, aa, t2v, pool["snapshot_date"].max())
    findings = stories.plain_findings(leaderboard.spell_odds(rows, aa, t2v), aa, t2v, rows=pool,
                                      history=history, downloaded=newest, developers="D.",
                                      others=rows.query("arena == @aa"))
    assert len(findings) == 4
    assert findings[2].startswith("Before the 1 October [re-rating](#glossary-re-rating), Wan 3.0 was "
                                  "88%–90%")
    assert (" After it, Wan 3.0 was 78%–88% likely truly #1 on 1–10 October (MiniMax H3's two listings "
            "counted as two rivals throughout).") in findings[2]
    assert findings[3] == "D."
