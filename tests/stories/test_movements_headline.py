"""Exact sentences and cells of report 02's r56 wording: the quotable answer, the re-rating's rise, the
renamed rival, the runs table's two readings and the pools' downloaded boards."""

from __future__ import annotations

import pandas as pd

from videomarket import stories


def _history() -> pd.DataFrame:
    return pd.DataFrame({
        "snapshot_date": pd.to_datetime(["2026-09-18", "2026-09-30", "2026-10-01", "2026-10-06"]),
        "scale_epoch": ["a", "a", "b", "b"], "model": "w", "model_name": "Wan 3.0",
        "runner_up": ["g", "g", "m", "m"], "runner_up_name": ["G", "G", "M", "M"],
        "margin": [5.0, 3.0, 11.0, 11.0], "board_size": [81, 81, 30, 30],
        "p_leader": [0.76455, 0.64465, 0.8765, 0.8958], "arena": "AA", "category": "t2v"})


def _rows() -> pd.DataFrame:
    return pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01"] * 2 + ["2026-10-06"] * 3),
                         "model": ["w", "m", "w", "m", "g1"],
                         "model_name": ["Wan 3.0", "M", "Wan 3.0", "M", "G 1.1"],
                         "rank": [1, 2, 1, 2, 8]})


def _rebuilt() -> pd.DataFrame:
    return pd.DataFrame({"arena": "AA", "category": "t2v",
                         "snapshot_date": pd.to_datetime(["2026-09-18", "2026-09-30", "2026-10-10"]),
                         "rebuilt_only": True, "checked": False})


_DOWN = pd.DataFrame({"model": ["w"], "model_name": ["Wan 3.0"], "p_leader": [0.8958],
                      "snapshot_date": pd.to_datetime(["2026-10-06"])})


def test_renamed_rival_note_names_the_separate_entry() -> None:
    assert stories.renamed_rival_note(_history(), _rows(), _DOWN) == (
        "A separate entry, G 1.1, is #8 on 6 October; whether it is G renamed is unknown.")


def test_last_chance_text_gives_both_readings_only_on_the_run_s_last_board() -> None:
    run = pd.Series({"model": "w", "start": pd.Timestamp("2026-09-03"), "end": pd.Timestamp("2026-10-10"),
                     "p_leader_last": 0.87865, "arena": "AA", "category": "t2v"})
    newest = pd.DataFrame({"model": ["w"], "p_leader": [0.87865], "p_leader_as_one": [0.93495],
                           "pair_name": ["MiniMax H3"], "pair_apart": [1.0],
                           "snapshot_date": pd.to_datetime(["2026-10-10"])})
    assert stories.last_chance_text(run, newest) == "88%–93% (MiniMax H3 as two rivals or one model)"
    # a board before the run's last, or of another model, leaves the last board's chance alone
    assert stories.last_chance_text(run, _DOWN) == "88%"
    assert stories.last_chance_text(run, newest.assign(model=["x"])) == "88%"


def test_pool_leaders_table_gives_the_latest_board_only() -> None:
    spells = pd.DataFrame({"model": ["w"], "model_name": ["Wan 3.0"], "creator": ["Alibaba"],
                           "start": pd.to_datetime(["2026-09-03"]), "end": pd.to_datetime(["2026-10-10"]),
                           "start_precision": "day", "end_precision": "day", "days": [38], "ongoing": [True],
                           "n_snapshots": [31],
                           "p_leader_last": [0.87865], "p_leader_last_correlated": [0.93]})
    table = stories.pool_leaders_table({"text-to-video": spells}, None)
    assert table[["leader", "latest_text", "last"]].values.tolist() == [["Wan 3.0", "10 Oct 2026", 0.87865]]
    assert not any("downloaded" in c for c in table.columns)
