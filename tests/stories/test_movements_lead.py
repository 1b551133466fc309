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
    assert after == (
        "After it, Wan 3.0 was 78%–93% likely truly #1 on 1–10 October, highest on 4–5 October, up mainly "
        "because its closest rival, Gemini Omni Flash, left the re-rated silent text-to-video board under "
        "that name.")
    others = pd.DataFrame({"category": ["image-to-video", "image-to-video", "text-to-video"],
                           "model": ["g", "v", "g"], "rank": [1, 2, 1],
                           "snapshot_date": pd.Timestamp("2026-10-10")})
    still = stories.rerating_findings(history, rows, down, others=others)[1]
    assert still == (
        "After it, Wan 3.0 was 78%–93% likely truly #1 on 1–10 October, up mainly because its closest "
        "rival, Gemini Omni Flash, left the re-rated silent text-to-video board under that name (it still "
        "leads silent image-to-video).")
    for finding in (before, after, still):
        assert len(finding.replace("[re-rating](#glossary-re-rating)", "re-rating").split()) <= 35
    # the top value on the newest board needs no date
    top_now = history.assign(p_leader=[0.8771, 0.90385, 0.76455, 0.64465, 0.88, 0.9, 0.9, 0.7762, 0.95])
    assert "on 1–10 October, up mainly" in stories.rerating_findings(top_now, rows, down)[1]
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
    assert places["distinct_places"].tolist() == [7.0, 4.0]  # the repeated 2 August copy counts once
    assert stories.places_basis(places, share) == (
        "Every board, large or small, has 10 top-10 places (12 on 1 of the 3 complete copies, where models "
        "tie at #10), so the developer table (appendix) averages each developer's places over the 2 distinct "
        "boards, each counted once however many days it stood, not day by day.")
    assert stories.places_title(places, share) == (
        "A held the most top-10 places, 7.0 per board averaged over 2 distinct boards, from 1 August to 1 "
        "October 2026")
    columns = stories.shares_columns(stories.SHARES_TABLE, share.assign(arena="AA", category="t2v"), None,
                                     places)
    assert columns["distinct_places"] == (
        "Top-10 places per board (average over 2 distinct boards, each counted once)")


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
    assert out == ["GitHub file: githa4/AUTOPOSTER; web page: Desbugados"]
