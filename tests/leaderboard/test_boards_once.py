"""boards_once: an entry a board lists twice counts once, looked for within each pool's board only."""

import pandas as pd

from videomarket import leaderboard

SAME = {"elo": 1116.0, "ci_low": 1104.0, "ci_high": 1128.0}
WAN = {"elo": 1127.0, "ci_low": 1115.0, "ci_high": 1139.0}
SEEDANCE = {"elo": 1102.0, "ci_low": 1090.0, "ci_high": 1114.0}


def _rows(category: str, rows: list[tuple[str, str, int, dict]]) -> pd.DataFrame:
    return pd.DataFrame([{"arena": "AA", "category": category, "snapshot_date": pd.Timestamp("2026-10-06"),
                          "model": m, "model_name": n, "rank": r, **nums} for m, n, r, nums in rows])


def test_a_repeat_is_found_within_its_pool_and_never_across_pools() -> None:
    silent = _rows("text-to-video", [("wan", "Wan 3.0", 1, WAN),
                                      ("h3", "MiniMax H3 (768p)", 2, SAME),
                                      ("h3max", "MiniMax H3 Max (based on MiniMax H3)", 2, SAME),
                                      ("s", "Seedance", 4, SEEDANCE)])
    # the audio pool rates the based-on listing with the silent base's numbers but its own base apart
    audio = _rows("text-to-video-audio", [("h3max", "MiniMax H3 Max (based on MiniMax H3)", 1, SAME),
                                          ("h3", "MiniMax H3 (768p)", 2,
                                           {"elo": 1110.0, "ci_low": 1098.0, "ci_high": 1122.0})])
    once = leaderboard.boards_once(pd.concat([silent, audio], ignore_index=True))
    by_pool = {c: g.sort_values("rank")[["model", "rank"]].values.tolist()
               for c, g in once.groupby("category")}
    # the silent repeat dropped, #4 -> #3
    assert by_pool["text-to-video"] == [["wan", 1], ["h3", 2], ["s", 3]]
    assert by_pool["text-to-video-audio"] == [["h3max", 1], ["h3", 2]]  # two rivals: their numbers differ
    # each pool alone gives the same rows as all pools at once
    alone = pd.concat([leaderboard.boards_once(silent), leaderboard.boards_once(audio)], ignore_index=True)
    pd.testing.assert_frame_equal(once.sort_values(["category", "rank"]).reset_index(drop=True),
                                  alone.sort_values(["category", "rank"]).reset_index(drop=True))
