"""Exact sentences of report 02's re-rating, sighting, ties and why-lower wording."""

from __future__ import annotations

import pandas as pd

from videomarket import stories


def _boards() -> tuple[pd.DataFrame, pd.DataFrame]:
    down = pd.DataFrame({"model": ["w", "m", "x"], "model_name": ["Wan", "M", "M Max"],
                         "elo": [1127.0, 1116.0, 1116.0], "ci_low": [1117.0, 1106.0, 1106.0],
                         "ci_high": [1137.0, 1126.0, 1126.0], "p_leader": [0.8958, 0.1, 0.1],
                         "snapshot_date": pd.to_datetime(["2026-10-06"] * 3)})
    odds = pd.DataFrame({"model": ["w", "x"], "model_name": ["Wan", "M Max"], "elo": [1129.0, 1118.0],
                         "p_leader": [0.8787, 0.07], "snapshot_date": pd.to_datetime(["2026-10-10"] * 2)})
    return down, odds


def test_ties_note_counts_over_full_boards() -> None:
    sh = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-07-01", "2026-07-01", "2026-07-02"]),
                       "places": [6, 6, 10]})
    assert stories.ties_note(sh, 10, None, "AA", "t2v") == (
        "- **Ties at #10.** Every model ranked #10 or better counts, so ties at #10 give 1 board 12 places.")
    assert stories.ties_note(sh.iloc[2:], 10, None, "AA", "t2v") == ""
    # every such board rebuilt: "all", not "1 of them"
    rebuilt = pd.DataFrame({"arena": "AA", "category": "t2v", "snapshot_date": pd.to_datetime(["2026-07-01"]),
                            "rebuilt_only": [True], "checked": [False]})
    assert stories.ties_note(sh, 10, rebuilt, "AA", "t2v").endswith(
        "give 1 board 12 places (all of them rebuilt, where ties may come from rounding).")


def test_rerated_top_note_gives_board_sizes_and_anchor() -> None:
    rows = pd.DataFrame({
        "snapshot_date": pd.to_datetime(["2026-09-30"] * 81 + ["2026-10-01"] * 30 + ["2026-10-10"] * 2),
        "model": [f"m{i}" for i in range(81)] + [f"n{i}" for i in range(30)] + ["w", "k"],
        "model_name": ["x"] * 111 + ["Wan", "Kling X"], "creator": ["c"] * 112 + ["KlingAI"],
        "rank": list(range(1, 82)) + list(range(1, 31)) + [1, 14], "elo": [1.0] * 111 + [1129.0, 1000.0]})
    ep = pd.DataFrame({"arena": ["AA"], "category": ["t2v"], "start": pd.to_datetime(["2026-10-01"]),
                       "anchor_model_name": ["Kling X"], "anchor_elo": [1000.0]})
    br = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"])})
    assert stories.rerated_top_note(rows, br, ep, "AA", "t2v") == (
        "The re-rating also pruned the board: on 1 October 2026 the top 10 became the top third of a "
        "30-model board, not the top eighth of an 81-model one. Kuaishou is still listed: its Kling X, the "
        "new [anchor](#glossary-anchor) fixed at 1,000, is #14 on the latest board, 10 October 2026.")
    assert stories.rerated_top_note(rows, None, ep, "AA", "t2v") == ""


