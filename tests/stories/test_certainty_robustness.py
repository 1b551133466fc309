"""Report 03, round 58: the robustness table per board, the rebuilt 7–9 October boards, and the short
findings that name their board."""

from __future__ import annotations

import pandas as pd

from videomarket import stories
from videomarket.stories import fmt


def _history() -> pd.DataFrame:
    return pd.DataFrame({
        "snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07", "2026-10-08", "2026-10-09",
                                         "2026-10-10"]),
        "model": "w", "model_name": "Wan 3.0", "p_leader": [0.8958, 0.7799, 0.8175, 0.8175, 0.87865],
        "margin": [11.0, 9.0, 10.0, 10.0, 11.0], "n_could_be_first": [2, 4, 4, 4, 3],
        "could_be_first": ["Wan 3.0, MiniMax H3 (768p)"]
        + ["Wan 3.0, MiniMax H3 Max, MiniMax H3 (768p), Dreamina Seedance 2.5"] * 3
        + ["Wan 3.0, MiniMax H3 Max, MiniMax H3 (768p)"],
        "p_leader_counting_twice": [0.83045, None, None, None, None],
        "p_leader_correlated": [0.93355, 0.8394, 0.8786, 0.8786, 0.9292]})


def _pairs() -> pd.DataFrame:
    return pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"]), "model_name": ["MiniMax H3 Max"],
                         "same_as_name": ["MiniMax H3 (768p)"], "elo": [1118.0], "same_as_elo": [1117.0],
                         "p_leader_as_one": [0.93495]})


def test_rebuilt_days_text_names_the_four_possible_firsts() -> None:
    assert stories.rebuilt_days_text(_history(), "2026-10-06", _pairs()) == (
        "On the boards of 7–9 October, Wan 3.0 reads 78–82%: its lead narrows to 9–10 points and 4 "
        "models could be #1 (Wan 3.0, MiniMax H3 Max, MiniMax H3 (768p) and Dreamina Seedance 2.5), the two "
        "MiniMax H3 listings rated apart and so counted as two rivals.")
    assert stories.rebuilt_days_text(_history().iloc[[0, 4]], "2026-10-06") == ""


def test_robustness_table_and_title_keep_the_boards_apart() -> None:
    opposed = pd.DataFrame({"model": ["w", "m"], "p_leader": [0.86, 0.14]})
    table = stories.robustness_table(_history(), "2026-10-06", pairs=_pairs(), opposed=opposed,
                                     opposed_downloaded=opposed)
    assert [fmt.pct(p, 0) for p in table["chance"]] == ["90%", "83%", "93%", "86%", "78%", "82%", "82%",
                                                        "88%", "93%", "93%", "86%"]
    assert table["reading"].iloc[2] == "Errors of all models correlated at +0.3 (illustration)"
    assert table["reading"].iloc[3] == "Errors of the 2 possible #1s correlated at −0.3 (illustration)"
    digit = pd.DataFrame({"board": ["10 October 2026 (rebuilt, not verified)"] * 2,
                          "reading": ["Leader's rating 10 points lower (a wrong tens digit)",
                                      "Leader's rating 10 points higher (a wrong tens digit)"],
                          "chance": ["42%", "99%"]})
    assert stories.robustness_title(pd.concat([table, digit]), "Wan 3.0", "2026-10-06") == (
        "On the 6 October board Wan 3.0 is 83–93% likely #1 under every reading; on the boards after it,"
        " 78–93%, or 42% or 99% with a wrong tens digit")


def test_lmarena_finding_names_its_board_as_rebuilt() -> None:
    t = pd.DataFrame({"rank": [1, 2, 6],
                      "model_name": ["Gemini Omni Flash 1.1", "Gemini Omni Flash", "Wan 3.0"],
                      "p_leader": [0.626, 0.362, 0.0]})
    lm = pd.DataFrame({"arena": "LMArena", "category": "text-to-video",
                       "snapshot_date": pd.to_datetime(["2026-09-21"]), "rebuilt_only": [True]})
    assert stories.lmarena_finding(t, pd.Timestamp("2026-09-21"), "Wan 3.0", rebuilt=lm) == (
        "On LMArena, a separate arena with its own voters, two Gemini Omni Flash entries led on 21 September "
        "2026 (a rebuilt copy; about 63% and 36% likely #1); Wan 3.0 was #6.")


def test_boards_source_groups_days_by_how_their_copies_were_kept() -> None:
    kept = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
                         "snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07", "2026-10-08",
                                                          "2026-10-10"]),
                         "rebuilt_only": [False, True, True, True], "checked": False})
    days = list(pd.to_datetime(["2026-10-06", "2026-10-07", "2026-10-08", "2026-10-10"]))
    assert stories.boards_source(kept, days, "text-to-video") == (
        "Source: Artificial Analysis video arena, text to video (silent) boards of 6 October 2026 "
        "(downloaded), 7–8 October 2026 (rebuilt from text, not verified) and 10 October 2026 (rebuilt "
        "from text, not verified); files listed under Sources.")
    lm = kept.assign(arena="LMArena")
    assert stories.boards_source(lm, [days[1]], "text-to-video", "LMArena",
                                 scope="LMArena text-to-video") == (
        "Source: LMArena text-to-video board of 7 October 2026 (rebuilt from text, not verified); files "
        "listed under Sources.")
    assert stories.boards_source(kept, [days[0]], ["text-to-video", "image-to-video"],
                                 scope="Artificial Analysis video arena, all four pools'", earlier=True) == (
        "Source: Artificial Analysis video arena, all four pools' boards of 6 October 2026 (downloaded), and "
        "every archived board before it; files listed under Sources.")
