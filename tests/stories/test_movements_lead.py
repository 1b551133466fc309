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
        "After it, Wan 3.0 was 78%–93% likely truly #1 on 1–10 October, highest on 4–5 October. Its "
        "closest rival, Gemini Omni Flash, was not on the re-rated silent text-to-video board under that "
        "name.")
    others = pd.DataFrame({"category": ["image-to-video", "image-to-video", "text-to-video"],
                           "model": ["g", "v", "g"], "rank": [1, 2, 1],
                           "snapshot_date": pd.Timestamp("2026-10-10")})
    still = stories.rerating_findings(history, rows, down, others=others)[1]
    assert still == (
        "After it, Wan 3.0 was 78%–93% likely truly #1 on 1–10 October. Its closest rival, Gemini "
        "Omni Flash, was not on the re-rated silent text-to-video board under that name; it still leads "
        "silent image-to-video.")
    for finding in (before, after, still):
        assert len(finding.replace("[re-rating](#glossary-re-rating)", "re-rating").split()) <= 35
    # the top value on the newest board needs no date
    top_now = history.assign(p_leader=[0.8771, 0.90385, 0.76455, 0.64465, 0.88, 0.9, 0.9, 0.7762, 0.95])
    assert "on 1–10 October. Its" in stories.rerating_findings(top_now, rows, down)[1]
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
