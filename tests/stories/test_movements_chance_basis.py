"""Exact sentences of report 02's chances on one basis: the answer's range (a repeated listing counted as one
model or as two rivals), the like-for-like series counted as two rivals, the tables' cells, leads per run
before the re-rating, LMArena's changes of #1 and board counts in distinct boards."""

from __future__ import annotations

import pandas as pd

from videomarket import stories

AA, T2V = "Artificial Analysis", "text-to-video"
_DOWN = pd.DataFrame({"model": ["w"], "model_name": ["Wan 3.0"], "p_leader": [0.8958],
                      "snapshot_date": pd.to_datetime(["2026-10-06"])})
_HISTORY = pd.DataFrame({
    "snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07", "2026-10-08", "2026-10-09", "2026-10-10"]),
    "model_name": "Wan 3.0", "runner_up_name": ["MiniMax H3 (768p)"] + ["MiniMax H3 Max"] * 4,
    "margin": [11.0, 9.0, 10.0, 10.0, 11.0], "p_leader": [0.8958, 0.7799, 0.8175, 0.8175, 0.87865],
    "listed_twice": ["MiniMax H3 Max = MiniMax H3 (768p)", None, None, None, None],
    "p_leader_counting_twice": [0.83045, None, None, None, None]})
# the newest board, whose "based on" listing is rated 1 point from its original (based_on_odds)
_NEWEST = pd.DataFrame({"model": ["w"], "model_name": ["Wan 3.0"], "p_leader": [0.87865],
                        "snapshot_date": pd.to_datetime(["2026-10-10"])})
_BASED_ON = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"]), "leader": ["w"],
                          "model_name": ["MiniMax H3 Max"], "same_as_name": ["MiniMax H3 (768p)"],
                          "elo": [1118.0], "same_as_elo": [1117.0], "identical": [False],
                          "p_leader_as_one": [0.93495]})
_REBUILT = pd.DataFrame({"arena": AA, "category": T2V, "rebuilt_only": True, "checked": False,
                         "snapshot_date": pd.to_datetime(["2026-09-03", "2026-09-24", "2026-10-07",
                                                          "2026-10-08", "2026-10-09", "2026-10-10"])})


def _spells() -> pd.DataFrame:
    return pd.DataFrame({"model": ["h", "g", "w"],
                         "model_name": ["HappyHorse-1.0", "Gemini Omni Flash", "Wan 3.0"],
                         "creator": ["Alibaba-ATH", "Google", "Alibaba"],
                         "start": pd.to_datetime(["2026-04-08", "2026-07-23", "2026-09-03"]),
                         "end": pd.to_datetime(["2026-06-25", "2026-09-02", "2026-10-10"]),
                         "days": [79, 42, 38], "arena": AA, "category": T2V})


def test_the_newest_board_gives_both_readings() -> None:
    newest = stories.with_counted_twice(_NEWEST, _HISTORY, _BASED_ON)
    assert stories.as_one(newest) == (0.93495, 1.0) and stories.counted_twice(newest) is None
    # a listing repeated with identical numbers: the range from the history, said the other way
    down = stories.with_counted_twice(_DOWN, _HISTORY)
    assert stories.counted_twice(down) == 0.83045


def test_the_like_for_like_series_counts_two_rivals() -> None:
    newest = stories.with_counted_twice(_NEWEST, _HISTORY, _BASED_ON)
    rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"] * 2),
                         "model_name": ["MiniMax H3 Max", "MiniMax H3 (768p)"], "elo": [1118.0, 1117.0]})
    assert stories.counted_as_two_text(_HISTORY, newest, rows, _REBUILT, AA, T2V) == (
        "On the newest board, 10 October 2026 (a rebuilt copy), Wan 3.0 led MiniMax H3 Max by 11 points. "
        "That board lists MiniMax H3 twice, as MiniMax H3 Max at 1118 and MiniMax H3 (768p) at 1117. "
        "Counted as two rivals, as this note counts listings rated apart, Wan 3.0's chance of being truly #1 "
        "is 88%; counted as one model, rated as the higher of the two, 93%. Like for like, with the two "
        "listings counted as two rivals on "
        "every board, it reads 83% on 6 October (when both listings had identical numbers), 78–82% on 7–9 "
        "October and 88% on 10 October.")
    # without the pair's other reading there is nothing to say
    assert stories.counted_as_two_text(_HISTORY, _NEWEST, rows, _REBUILT, AA, T2V) == ""


def test_the_tables_show_both_readings() -> None:
    newest = stories.with_counted_twice(_NEWEST, _HISTORY, _BASED_ON)
    run = pd.Series({"model": "w", "start": pd.Timestamp("2026-09-03"), "end": pd.Timestamp("2026-10-10"),
                     "p_leader_last": 0.87865, "arena": AA, "category": T2V})
    assert stories.last_chance_text(run, newest) == "88%–93% (MiniMax H3 as two rivals or one model)"
    spells = _spells().assign(p_leader_last=[0.75, 0.99, 0.87865], p_leader_last_correlated=None,
                              n_snapshots=[37, 22, 31], ongoing=[False, False, True],
                              start_precision="day", end_precision="day", evidence="A",
                              max_gap_days=[5, 3, 2])
    table = stories.runs_table(spells, _REBUILT, headline=newest)
    assert table["last_text"].tolist() == ["75%", "99%", "88%–93% (MiniMax H3 as two rivals or one model)"]


def test_what_this_means_is_an_observation_on_the_last_three_leaders() -> None:
    gaps = pd.DataFrame({"model": ["h"] * 3 + ["g"] * 3 + ["w"] * 4,
                         "model_name": ["HappyHorse-1.0"] * 3 + ["Gemini Omni Flash"] * 3 + ["Wan 3.0"] * 4,
                         "runner_up": ["s", "s", "h1", "w", "w", "w", "g", "g", "g", "m"],
                         "runner_up_name": ["S", "S", "HappyHorse-1.1", "W", "W", "W", "G", "G", "G", "M"],
                         "snapshot_date": pd.to_datetime(["2026-04-10", "2026-05-02", "2026-06-25",
                                                          "2026-07-23", "2026-08-10", "2026-09-02",
                                                          "2026-09-03", "2026-09-10", "2026-09-24",
                                                          "2026-10-01"]),
                         "scale_epoch": ["a"] * 9 + ["b"], "margin": [94.0, 115.0, 5.0, 17.0, 20.0, 39.0,
                                                                      9.0, 10.0, 3.0, 11.0]})
    spells = pd.concat([pd.DataFrame({"model": ["r", "x"], "model_name": ["Runway Gen-4.5", "Grok"],
                                      "creator": ["Runway", "xAI"], "evidence": ["B", "C"],
                                      "start": pd.to_datetime(["2025-12-01", "2026-01-29"]),
                                      "end": pd.to_datetime(["2025-12-20", "2026-01-29"]), "days": [20, 1]}),
                        _spells().assign(evidence="A")], ignore_index=True)
    rows = pd.DataFrame({"arena": AA, "category": T2V, "model": ["r", "v", "h", "h1"],
                         "creator": ["Runway", "Google", "Alibaba-ATH", "Alibaba-ATH"],
                         "elo": [1247.0, 1226.0, None, None],
                         "snapshot_date": pd.to_datetime(["2025-12-01"] * 2 + ["2026-06-25"] * 2)})
    assert stories.shrinking_lead_meaning(gaps, spells, rows, rebuilt=_REBUILT) == (
        "**What this means.** Of the last three leaders, each led the #2 by less than the one before "
        "(medians 94, 20 and 9 points before the [re-rating](#glossary-re-rating)); HappyHorse-1.0's low, 5 "
        "points, came on its last board, 25 June, over HappyHorse-1.1, from the same developer. In "
        "December, Runway Gen-4.5 led by 21 points in press reports; no intervals were published then, so "
        "how sure that lead was cannot be judged. At its smallest, "
        "3 points on a rebuilt copy (24 September), Wan 3.0's lead "
        "meant winning about 50.4% of head-to-head votes: a coin toss. No leader was seen at #1 for more "
        "than 79 days, and each new #1 was first seen 42–128 days after the previous one (42–106 counting "
        "the model seen at #1 only on a third party's copy); treat #1 as a snapshot and check the live board "
        "before citing it.")
    assert stories.shrinking_lead_meaning(gaps, spells, rows, rebuilt=_REBUILT, brief=True) == (
        "**What this means.** Of the last three leaders, each led the #2 by less than the one before "
        "(medians 94, 20 and 9 points before the [re-rating](#glossary-re-rating)); HappyHorse-1.0's low, 5 "
        "points, came on its last board, 25 June, over HappyHorse-1.1, from the same developer. In "
        "December, Runway Gen-4.5 led by 21 points in press reports; no intervals were published then, so "
        "how sure that lead was cannot be judged. No leader was "
        "seen at #1 for more than 79 days: treat #1 as a snapshot and "
        "check the live board before citing it.")


def test_first_finding_says_the_first_board_is_rebuilt() -> None:
    rows = pd.DataFrame({"model": "w", "rank": 1, "snapshot_date": pd.to_datetime(
        ["2026-09-03", "2026-09-10", "2026-09-24", "2026-10-06", "2026-10-07", "2026-10-10"])})
    spells = _spells().assign(evidence="A", start_precision="day")
    pool = rows.assign(arena=AA, category=T2V)
    assert stories.scoped_changes_finding(spells, AA, T2V, pool, rebuilt=_REBUILT) == (
        "On Artificial Analysis's silent text-to-video leaderboard, #1 changed hands at least twice since "
        "April 2026; Wan 3.0 took it last, first seen at #1 on 3 September 2026 (a rebuilt copy; first "
        "downloaded board at #1: 10 September).")


def test_board_counts_are_distinct_boards() -> None:
    rebuilt = pd.DataFrame({"arena": AA, "category": T2V, "snapshot_date": pd.to_datetime(
        ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04"]),
        "rebuilt_only": [True, False, True, True]})
    spells = pd.DataFrame({"model_name": ["Wan"], "start": pd.to_datetime(["2026-10-01"]),
                           "end": pd.to_datetime(["2026-10-04"])})
    daily = pd.DataFrame({"snapshot_date": rebuilt["snapshot_date"],
                          "unchanged": [False, False, True, False]})
    assert stories.rebuilt_box_note(rebuilt, spells, AA, T2V, distinct=daily) == (
        "2 of 3 distinct boards were [rebuilt](#glossary-rebuilt-file) from text, not verified, including "
        "every board from 1 October on except the downloaded 2 October copy and 2 of Wan's 3 ([About the "
        "data](00-about-the-data.html)).")
    # with a second downloaded board no exception is named: the stretch starts after the last download
    two = rebuilt.assign(rebuilt_only=[False, False, True, True])
    assert stories.rebuilt_box_note(two, spells, AA, T2V) == (
        "2 of 4 boards were [rebuilt](#glossary-rebuilt-file) from text, not verified, including every board "
        "from 3 October on and 2 of Wan's 4 ([About the data](00-about-the-data.html)).")
    # every board of the run rebuilt: "all", not "3 of Wan's 3"
    every = rebuilt.assign(rebuilt_only=[True, True, True, True])
    assert stories.rebuilt_box_note(every, spells, AA, T2V, distinct=daily) == (
        "3 of 3 distinct boards were [rebuilt](#glossary-rebuilt-file) from text, not verified, including "
        "every board from 1 October on and all 3 of Wan's ([About the data](00-about-the-data.html)).")


def test_the_chart_titles_are_short_and_dated() -> None:
    spells = _spells().assign(start_precision="day", end_precision="day", n_snapshots=[37, 22, 31])
    assert stories.timeline_title(spells, short=True) == (
        "Wan 3.0 was #1 from 3 September to 10 October 2026, the last of 3 models seen at #1 since April "
        "2026")
    share = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-04-10"] * 2 + ["2026-05-14"] * 2
                                                          + ["2026-07-23"] * 2 + ["2026-10-01"]),
                          "creator": ["Kuaishou", "Alibaba"] * 3 + ["Alibaba"],
                          "places": [3, 1, 3, 1, 2, 3, 3]})
    breaks = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"])})
    assert stories.developers_trend(share, 10, breaks, dates=True) == (
        "Before the 1 October re-rating, Kuaishou held the most top-10 places from 10 April to 14 May 2026, "
        "Alibaba on 23 July.")
