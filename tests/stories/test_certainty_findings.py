"""Exact sentences of report 03's short key findings, appendix sentence and table titles."""

from __future__ import annotations

import pandas as pd

from videomarket import stories


def test_sure_record_finding_names_the_rebuilt_share() -> None:
    h = pd.DataFrame({"model": ["h", "h", "w", "w"], "model_name": ["HappyHorse-1.0", "HappyHorse-1.0",
                                                                     "Wan 3.0", "Wan 3.0"],
                      "snapshot_date": pd.to_datetime(["2026-06-01", "2026-06-02", "2026-09-20",
                                                       "2026-10-07"]),
                      "p_leader": [0.99, 0.97, 0.7, 0.88], "unchanged": False})
    b = h.assign(arena="Artificial Analysis", category="text-to-video",
                 rebuilt_only=[False, False, False, True])
    assert stories.sure_record_finding(h, b, "text-to-video") == (
        "Wan 3.0 never reached 95%: 70–88% on its 2 distinct boards (70% on its 1 downloaded one); "
        "HappyHorse-1.0 did on 2 of its 2.")
    assert stories.sure_record_finding(h, b.assign(rebuilt_only=True), "text-to-video") == (
        "Wan 3.0 never reached 95%: 70–88% on its 2 distinct boards (all of them rebuilt copies, not yet "
        "checked); HappyHorse-1.0 did on 2 of its 2.")
    assert stories.sure_record_finding(h, b.assign(rebuilt_only=False), "text-to-video") == (
        "Wan 3.0 never reached 95%: 70–88% on its 2 distinct boards (70–88% on the 2 downloaded ones); "
        "HappyHorse-1.0 did on 2 of its 2.")
    # a leader sure on some of its boards keeps the count
    assert stories.sure_record_finding(h.assign(p_leader=[0.99, 0.97, 0.96, 0.88]), b, "text-to-video") == (
        "Wan 3.0 was at least 95% likely #1 on 1 of the 2 distinct boards it led, including its 1 "
        "downloaded board (96%); HappyHorse-1.0 was on 2 of its 2.")


def test_dip_finding_says_all_rebuilt() -> None:
    h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-18", "2026-09-30", "2026-10-01"]),
                      "scale_epoch": ["a", "a", "b"], "model": "w", "model_name": "Wan 3.0",
                      "runner_up": ["g", "g", "m"], "runner_up_name": ["Gemini Omni Flash"] * 2 + ["M"],
                      "margin": [6.0, 3.0, 11.0], "board_size": [81, 81, 30],
                      "p_leader": [0.76455, 0.64465, 0.9]})
    rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01"] * 2), "model": ["w", "m"],
                         "model_name": ["Wan 3.0", "M"], "elo": [1129.0, 1118.0]})
    b = h.assign(arena="Artificial Analysis", category="text-to-video", rebuilt_only=[True, True, False])
    assert stories.dip_finding(h, rows, b, "text-to-video") == (
        "Wan 3.0 was 64–76% likely #1 on 18–30 September (all rebuilt copies), while Gemini Omni Flash ran "
        "close; that name is gone from the board since the 1 October [re-rating](#glossary-re-rating).")
    # with the pools' latest leaders: the board is named, and the pool the rival still leads
    pools = pd.DataFrame({"category": ["text-to-video", "image-to-video"],
                          "latest_leader": ["Wan 3.0", "Gemini Omni Flash"]})
    assert stories.dip_finding(h, rows, b, "text-to-video", pools=pools) == (
        "Wan 3.0 was 64–76% likely #1 on 18–30 September (all rebuilt copies), with Gemini Omni Flash close; "
        "the 1 October [re-rating](#glossary-re-rating) dropped that name from the silent text-to-video "
        "board (it still leads silent image-to-video).")


def test_lmarena_finding() -> None:
    t = pd.DataFrame({"rank": [1, 2, 6],
                      "model_name": ["Gemini Omni Flash 1.1", "Gemini Omni Flash", "Wan 3.0"],
                      "p_leader": [0.626, 0.362, 0.0]})
    assert stories.lmarena_finding(t, pd.Timestamp("2026-09-21"), "Wan 3.0") == (
        "On LMArena, a separate arena with its own voters, two Gemini Omni Flash entries led on 21 September "
        "2026 (about 63% and 36% likely #1); Wan 3.0 was #6.")


def test_table_titles() -> None:
    t = pd.DataFrame({"reading": ["As published, errors independent", "Counted as two rivals",
                                  "Leader's rating 10 points lower (a wrong tens digit)",
                                  "Leader's rating 10 points higher (a wrong tens digit)"],
                      "chance": ["90%", "78%", "42%", "99%"]})
    assert stories.robustness_title(t, "Wan 3.0") == (
        "Wan 3.0 stays 78–90% likely #1 under every reading but a wrong tens digit (42% or 99%)")
    r = pd.DataFrame({"leader_name": ["Runway Gen-4.5"] * 2, "model_name": ["Veo 3", "Kling 2.5"],
                      "gap": [21.0, 22.0], "p_preferred": [0.5302, 0.532]})
    assert stories.rivals_title(r, "2025-12-01") == (
        "On 1 December 2025 Runway Gen-4.5 led Veo 3 by 21 points: preferred in about 53% of their "
        "head-to-head votes")


def test_boards_note_says_a_month_dated_board_as_late_in_its_month() -> None:
    h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01", "2026-10-02"]), "unchanged": False})
    skipped = pd.DataFrame({"snapshot_date": pd.to_datetime(["2025-12-01", "2026-01-29", "2026-04-08"])})
    rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-01-29", "2026-04-08"]),
                         "source_id": ["dev", "press"]})
    sources = pd.DataFrame({"source_id": ["dev", "press"], "published": ["2026-01", "2026-04-10"]})
    late = stories.month_dated_days(rows, sources)
    assert late == [pd.Timestamp("2026-01-29")]
    assert stories.boards_note(h, "text-to-video", skipped, late=late).endswith(
        "give no chance and are left out: 3 days (1 December 2025, late January, 8 April 2026) of this pool.")
