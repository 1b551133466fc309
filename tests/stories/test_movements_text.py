"""Sentences and tables of the "leaderboard movements" report, on a small hand-made history shaped like the
Artificial Analysis text-to-video pool (press boards in December 2025, archived boards with intervals from
April 2026, a re-anchoring on 1 October 2026, an entry listed twice) plus an image-to-video pool and an
LMArena pool; then a few checks on the shipped data.

What must hold: the answer names the latest #1 and how sure (approximate, independence said, correlated
value beside it); each change of #1 is told once; the December 2025 launch leader's drift is told once;
pools, scales and developers are in words (parent companies); no "spell", no internal id, no underscore
in any reader text; a selection without the data a section needs gets one sentence, not a crash.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from videomarket import data, leaderboard, plots, stories
from videomarket.stories._rebuilt import ABOUT_THE_DATA

AA, LM = "Artificial Analysis", "LMArena"
T2V, I2V = "text-to-video", "image-to-video"
NAMES = {
    "runway": ("Runway Gen-4.5", "Runway"), "veo": ("Veo 3", "Google"),
    "horse": ("HappyHorse-1.0", "Alibaba-ATH"), "seed": ("Dreamina Seedance 2.0", "ByteDance Seed"),
    "kling": ("Kling 3.0", "KlingAI"), "gemini": ("Gemini Omni Flash", "Google"),
    "wan": ("Wan 3.0", "Alibaba"),
    "h3": ("MiniMax H3 (768p)", "MiniMax"), "h3max": ("MiniMax H3 Max (based on MiniMax H3)", "Fal"),
    "g11": ("gemini-omni-1.1-flash", "Google"), "gof": ("gemini-omni-flash", "Google"),
    "flux": ("flux-3-video", "Black Forest Labs"),
}
IDS = set(NAMES) | {"e1", "e2", "i1", "lm", "press-dec", "copy-dec"}


def board(date: str, rows: list[tuple], *, arena: str = AA, category: str = T2V, evidence: str = "A",
          epoch: str = "e1", precision: str = "day", source: str | None = None) -> list[dict]:
    """rows: (model, rank, elo, interval half-width or None)."""
    return [{"snapshot_date": pd.Timestamp(date), "date_precision": precision, "arena": arena,
             "category": category, "model": m, "model_name": NAMES[m][0], "creator": NAMES[m][1], "rank": r,
             "elo": e, "ci_low": None if h is None else e - h, "ci_high": None if h is None else e + h,
             "scale_epoch": epoch, "evidence": evidence,
             "source_id": source or f"s-{arena[:2]}-{category}-{date}"}
            for m, r, e, h in rows]


def rankings() -> pd.DataFrame:
    rows = board("2025-12-01", [("runway", 1, 1247.0, None), ("veo", 2, 1226.0, None)], evidence="B",
                 source="press-dec")
    rows += board("2025-12-20", [("runway", 1, 1243.0, None), ("veo", 2, 1226.0, None)], evidence="C",
                  precision="approx", source="copy-dec")
    rows += board("2026-04-10", [("horse", 1, 1389.0, 12), ("seed", 2, 1274.0, 8), ("runway", 3, 1223.0, 8),
                                 ("kling", 4, 1220.0, 8)])
    rows += board("2026-07-23", [("gemini", 1, 1327.0, 6), ("horse", 2, 1288.0, 6), ("seed", 3, 1270.0, 6),
                                 ("runway", 4, 1214.0, 6)])
    rows += board("2026-09-03", [("wan", 1, 1333.0, 9), ("gemini", 2, 1324.0, 6), ("horse", 3, 1286.0, 6),
                                 ("runway", 4, 1214.0, 6)])
    rows += board("2026-09-30", [("wan", 1, 1335.0, 7), ("gemini", 2, 1332.0, 6), ("horse", 3, 1286.0, 6),
                                 ("runway", 4, 1214.0, 6)])
    for day in ("2026-10-01", "2026-10-10"):  # re-anchored; MiniMax H3 Max repeats MiniMax H3's numbers
        rows += board(day, [("wan", 1, 1128.0, 12), ("h3", 2, 1116.0, 12), ("h3max", 2, 1116.0, 12),
                            ("horse", 4, 1038.0, 8)], epoch="e2")
    rows += board("2026-07-23", [("gemini", 1, 1300.0, 5), ("seed", 2, 1290.0, 5)], category=I2V, epoch="i1")
    rows += board("2026-10-10", [("gemini", 1, 1301.0, 5), ("seed", 2, 1295.0, 5)], category=I2V, epoch="i1")
    rows += board("2026-08-22", [("gof", 1, 1510.0, 10), ("flux", 2, 1490.0, 10)], arena=LM, epoch="lm")
    rows += board("2026-09-21", [("g11", 1, 1516.0, 15), ("gof", 2, 1513.0, 9), ("flux", 3, 1493.0, 17)],
                  arena=LM, epoch="lm")
    frame = pd.DataFrame(rows)
    return frame.astype({"rank": "Int64", "elo": "Float64", "ci_low": "Float64", "ci_high": "Float64"})


@pytest.fixture(scope="module")
def t() -> dict[str, object]:
    """Everything the notebook computes, on the hand-made history (top 3 places)."""
    ranks = rankings()
    archive = ranks[ranks["evidence"] == "A"]
    spells = leaderboard.spell_odds(ranks, AA, T2V)
    share = leaderboard.creator_share(archive, AA, T2V, 3)
    complete = share[share["complete"]]
    return {
        "rankings": ranks, "archive": archive, "spells": spells,
        "by_pool": {T2V: spells, I2V: leaderboard.spell_odds(ranks, AA, I2V)},
        "changes": leaderboard.lead_changes(ranks, AA, T2V),
        "breaks": leaderboard.epoch_breaks(ranks, AA, T2V),
        "daily": leaderboard.daily_leader_odds(ranks, AA, T2V),
        "odds": leaderboard.board_leader_odds(ranks, AA, T2V),
        "history": leaderboard.rank_history(archive, AA, T2V, 3),
        "moves": leaderboard.rank_moves(archive, AA, T2V, 3),
        "complete": complete, "places": leaderboard.creator_places(complete),
    }


def reader_text_is_clean(text: str) -> None:
    """No run at #1 called a spell, no internal id, no code identifier, no unqualified P(truly #1)."""
    assert "spell" not in text.lower()
    words = set(re.findall(r"\b[a-z0-9][a-z0-9_.-]*\b", text))
    assert not words & IDS, words & IDS
    assert "_" not in text
    for match in re.finditer(r"(\S+) likely (to be )?truly #1", text):
        assert re.search(r"(about|than|under) (\d+–)?\d+%$", text[:match.end(1)]), text[:match.end()]


# --- small wording helpers ------------------------------------------------------------------------------

# --- the answer and the key findings --------------------------------------------------------------------

def test_answer_names_the_latest_leader_since_when_how_sure_and_the_changes(t: dict) -> None:
    spells = t["spells"]
    last = spells.iloc[-1]
    answer = stories.movements_answer(spells, t["changes"], AA, T2V)
    assert answer == (
        "**Wan 3.0** led Artificial Analysis's text to video (silent) 3 "
        f"September – 10 October 2026, {stories.about(last['p_leader_last'])} likely to be truly #1 "
        "(if rating errors are independent) on the latest board. Since December 2025 that pool's #1 "
        "changed hands at least 3 times."
    )
    # the round-22 answer: at most 2 sentences, 50 words, no semicolon; parentheses only the pool's and the
    # headline's condition (round 30: "if rating errors are independent")
    assert answer.count(". ") <= 1 and len(answer.split()) <= 50 and answer.count("(") == 2
    assert ";" not in answer
    assert last["p_leader_last_correlated"] > last["p_leader_last"] > 0.5  # correlated ratings: surer gaps
    reader_text_is_clean(answer)


def test_answer_without_intervals_or_changes_says_so() -> None:
    press = rankings().query("evidence != 'A'")
    spells = leaderboard.spell_odds(press, AA, T2V)
    answer = stories.movements_answer(spells, leaderboard.lead_changes(press, AA, T2V), AA, T2V)
    assert answer == (
        "**Runway Gen-4.5** led Artificial Analysis's text to video (silent) 1 "
        "December 2025 – around 20 December 2025, with no published "
        "intervals, so how sure that lead was cannot be computed. The boards show no change of #1 since 1 "
        "December 2025.")
    one_board = spells.assign(n_snapshots=1, end=spells["start"], end_precision="day")
    assert "pool on a single board, 1 December 2025, with no " in stories.movements_answer(
        one_board, leaderboard.lead_changes(press, AA, T2V), AA, T2V)
    assert stories.movements_answer(spells.iloc[0:0], spells.iloc[0:0], AA, T2V) == (
        "No board of the Artificial Analysis text to video (silent) pool in this selection shows a #1.")


def test_data_as_of_names_both_arenas_and_how_often_the_lead_changed(t: dict) -> None:
    text = stories.movements_as_of(t["rankings"], AA, T2V)
    assert text.startswith("Data as of 10 October 2026 (")
    assert "LMArena" not in text  # the other arena's date is the Appendix's
    assert text.endswith("In the 10 months before that date, #1 of the Artificial Analysis text to video "
                         "(silent) pool changed hands at least 3 times, so the leader may have changed "
                         "since.")
    # with the pool's runs, counted as in the answer
    counted = stories.movements_as_of(t["rankings"], AA, T2V, t["spells"])
    assert counted.endswith("#1 may have changed since. The LMArena section rests on its newest board, "
                            "21 September 2026.")  # the count is a key finding; the other arena's date
    rebuilt = pd.DataFrame({"arena": [AA] * 3, "category": [T2V] * 3, "rebuilt_only": [False, True, True],
                            "checked": [True, False, False],
                            "snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07", "2026-10-10"])})
    boxed = stories.movements_as_of(t["rankings"], AA, T2V, t["spells"], rebuilt)
    assert ("may have changed since. 2 of 3 boards were [rebuilt](#glossary-rebuilt-file) from text, "
            "not verified") in boxed
    assert boxed.endswith("were [rebuilt](#glossary-rebuilt-file) from text, not verified, including every "
                          "board from 7 October on "
                          f"and 2 of Wan 3.0's 3 ({ABOUT_THE_DATA}). The LMArena section rests on its newest "
                          "board, 21 September 2026.")
    assert stories.rebuilt_copy_note(rebuilt.iloc[:2], AA) == (
        "The newest board, 7 October 2026, was rebuilt from the text a search index of GitHub shows, not "
        f"verified (see {ABOUT_THE_DATA}).")
    assert stories.rebuilt_copy_note(rebuilt.iloc[:1], AA) == ""


# --- who held #1 and how the lead changed hands -----------------------------------------------------------

def test_runs_text_and_title_say_the_lowest_chance_and_the_press_runs(t: dict) -> None:
    spells = t["spells"]
    low = stories.about(spells["p_leader_min"].iloc[-1])
    assert stories.runs_text(spells, T2V) == (
        "**Text to video (silent)**: 4 runs at #1 by 4 models since 1 December 2025: #1 changed hands at "
        "least 3 times. Wan 3.0 (Alibaba) was "
        "#1 on every board from 3 September to 10 October 2026 (38 days, 4 distinct boards, seen in archived "
        "copies of the board). Its "
        f"chance of being truly #1 was never below {low} on its 4 boards with intervals.")
    # a press page (grade B) counts as firm; a model seen only in third parties' copies is counted apart
    assert stories.timeline_title(spells) == (
        "Wan 3.0 was #1 on every board from 3 September to 10 October 2026; at least 4 models held #1 since "
        "December 2025")
    every = stories.timeline_title(spells.assign(evidence="A"))
    assert every.endswith("4 models held #1 since December 2025")
    weak = spells.assign(evidence=["A", "C", "A", "A"], n_snapshots=[2, 1, 3, 4])
    assert stories.timeline_title(weak) == (
        "Wan 3.0 was #1 on every board from 3 September to 10 October 2026; at least 3 models held #1 since "
        "December 2025, 4 counting a single second-hand (grade C) copy")
    assert stories.held_count(weak, capital=True) == (
        "At least three models held #1 since December 2025, four counting a single second-hand (grade C) "
        "copy")
    assert stories.held_count(weak.assign(evidence=["A", "C", "D", "A"]), capital=True) == (
        "At least two models held #1 since December 2025, four counting 2 second-hand (grade C) copies")


def test_runs_table_has_parent_developers_dates_with_precision_and_numeric_chances(t: dict) -> None:
    table = stories.runs_table(t["spells"])
    # HappyHorse is labelled Alibaba-ATH on the boards
    assert table["developer"].tolist() == ["Runway", "Alibaba", "Google", "Alibaba"]
    # the best and the weakest kind of copy of each run
    assert table["seen_in"].tolist() == ["Press report; third party's copy", "Archived copy",
                                         "Archived copy", "Archived copy"]
    assert table["end_text"].tolist() == ["around 20 Dec 2025", "10 Apr 2026", "23 Jul 2026", "10 Oct 2026"]
    rebuilt = pd.DataFrame({"arena": AA, "category": T2V, "snapshot_date": pd.to_datetime(
        ["2026-10-10", "2026-07-23", "2025-12-20", "2026-04-10"]), "rebuilt_only": [True, False, True, False],
        "checked": [False, True, False, False]})  # 10 April: every copy downloaded, so no mark
    marked = stories.runs_table(t["spells"], rebuilt)  # a month- or around-dated board is never marked
    assert marked["end_text"].tolist() == [
        "around 20 Dec 2025", "10 Apr 2026", "23 Jul 2026 (partly rebuilt)", "10 Oct 2026 (rebuilt)"]
    # a run with boards rebuilt from text never reads plain "Archived copy"
    assert marked["seen_in"].tolist() == ["Press report; third party's copy", "Archived copy",
                                          "Archived copy",
                                          "Archived copy, 1 of its 4 boards rebuilt, not verified"]
    # the current run's rebuilt boards are counted in the text, with its first downloaded board at #1
    assert ("(38 days, 4 distinct boards; 1 of its 4 boards are rebuilt copies).") in stories.runs_text(
        t["spells"], T2V, rebuilt=rebuilt)
    later = pd.concat([rebuilt, rebuilt.iloc[:1].assign(snapshot_date=pd.Timestamp("2026-09-20"),
                                                         rebuilt_only=False)])
    assert ("(38 days, 4 distinct boards; 1 of its 4 boards are rebuilt copies; its first downloaded "
            "board at #1 "
            "was 20 September 2026).") in stories.runs_text(t["spells"], T2V, rebuilt=later)
    every = t["spells"].tail(1).assign(n_snapshots=1)
    assert stories.runs_table(every, rebuilt)["seen_in"].tolist() == ["Rebuilt copy (not verified)"]
    assert pd.isna(table["p_leader_last"].iloc[0]) and table["p_leader_last"].iloc[1] == 1.0  # numeric
    shown = plots.table(table, columns=stories.RUNS_TABLE, formats={"p_leader_min": "chance"})
    assert shown.cells()[0][-2:] == ["—", "—"]
    assert shown.cells()[1][-2:] == [">99%", ">99%"]  # never "100%"
    assert len(shown.headers) == 8 and shown.headers[1] == "Developer"  # the parent company, named
    # an approximate date makes the day counts approximate; a run of one board has no stretch without one
    assert table["days"].iloc[0] == "about 20" and table["max_gap_days"].iloc[0] == "about 18"
    assert "Note" not in shown.headers
    assert all("_" not in h for h in shown.headers)
    assert "Lowest chance of being truly #1" in shown.headers
    pools = stories.pool_leaders_table(t["by_pool"])
    assert pools[["pool", "runs", "models", "leader", "developer"]].values.tolist() == [
        ["Text to video (silent)", 4, 4, "Wan 3.0", "Alibaba"],
        ["Image to video (silent)", 1, 1, "Gemini Omni Flash", "Google"]]
    assert pools["first"].tolist() == list(pd.to_datetime(["2025-12-01", "2026-07-23"]))
    assert len(plots.table(pools, columns=stories.POOL_LEADERS_TABLE,
                           formats=stories.POOL_LEADERS_FORMATS).headers) == 5


def test_a_run_across_the_re_rating_says_so_in_the_table_and_the_text(t: dict) -> None:
    spells, breaks = t["spells"], t["breaks"]
    note = ("Spans the 1 October 2026 re-rating: the #1 is read board by board, so a run can span the "
            "re-rating; rank changes and rating gaps are not computed across it")
    assert stories.runs_table(spells, breaks=breaks)["note"].tolist() == ["", "", "", note]
    assert stories.runs_table(spells)["note"].tolist() == ["", "", "", ""]
    text = stories.runs_text(spells, T2V, breaks=breaks)
    assert "Its run spans the 1 October 2026 re-rating." in text  # the rule is the method notes'
    # the lead at the re-rating and the longest run can be left to other parts of the note
    short = stories.runs_text(spells, T2V, breaks=breaks, longest=False, rerated=False)
    assert "widest span" not in short and text.startswith(short)
    assert short.endswith("Its run spans the 1 October 2026 re-rating.")
    assert "board by board" not in text
    assert "re-rating" not in stories.runs_text(spells, T2V)
    # the table leaves the note to the text (it repeated the prose)
    assert "note" not in stories.RUNS_TABLE


def test_pool_leaders_table_marks_a_rebuilt_latest_board(t: dict) -> None:
    rebuilt = pd.DataFrame({"arena": AA, "category": [T2V, I2V], "snapshot_date": pd.to_datetime(
        ["2026-10-10", "2026-10-10"]), "rebuilt_only": [True, False], "checked": [False, True]})
    table = stories.pool_leaders_table(t["by_pool"], rebuilt)
    # the latest board and its copy, the same for every pool, are said once in the text, not in columns
    assert "latest_copy" not in stories.POOL_LEADERS_TABLE and "latest_copy" not in table.columns
    # the latest leader's board and its run's first, marked as the runs table marks them
    assert table[["leader", "latest_text", "last"]].values.tolist()[1][:2] == [
        "Gemini Omni Flash", "10 Oct 2026 (partly rebuilt)"]
    assert table["latest_text"].iloc[0] == "10 Oct 2026 (rebuilt)"
    assert list(stories.POOL_LEADERS_TABLE) == ["pool", "leader", "since_text", "latest_text", "last"]


# --- the December 2025 launch -----------------------------------------------------------------------------


# --- day by day in the archive ----------------------------------------------------------------------------

def test_the_re_rating_summary_is_computed_from_the_two_boards(t: dict) -> None:
    rescale = leaderboard.reanchoring_moves(t["rankings"], AA, T2V)
    summary = stories.rescale_summary(rescale, 3)
    assert (summary["size_before"], summary["size_after"], summary["shared"]) == (4, 3, 2)
    assert (summary["low"], summary["high"]) == (-248.0, -207.0)
    assert [m.model_name for m in summary["moves"]] == ["HappyHorse-1.0"]
    assert [m.model_name for m in summary["left"]] == ["Gemini Omni Flash"]
    assert stories.rescale_summary(rescale.iloc[0:0], 3) is None
    assert [stories.day_range("2026-10-01", "2026-10-10"), stories.day_range("2026-04-10", "2026-10-10"),
            stories.day_range("2025-12-01", "2026-10-10"), stories.day_range("2026-10-10", "2026-10-10")] == [
        "1 to 10 October 2026", "10 April to 10 October 2026", "1 December 2025 to 10 October 2026",
        "10 October 2026"]


# --- how sure is the latest #1 ----------------------------------------------------------------------------

def _based_on_board(h3max_elo: float) -> pd.DataFrame:
    rows = board("2026-10-10", [("wan", 1, 1129.0, 11), ("h3max", 2, h3max_elo, 11), ("h3", 3, 1117.0, 11),
                                ("horse", 4, 1038.0, 8)], epoch="e2")
    return pd.DataFrame(rows).astype({"rank": "Int64", "elo": "Float64", "ci_low": "Float64",
                                      "ci_high": "Float64"})


# --- drift, developers, the other arena -------------------------------------------------------------------

def test_developers_are_parent_companies_and_merges_are_named(t: dict) -> None:
    text = stories.developers_text(t["places"], 6, 3, AA, T2V)
    # the repeat listed twice counts once and the model below it moves up into the top 3
    assert text == ("Over 6 complete archived boards, 5 developers held at least one of the top 3 places. "
                    "Alibaba averages 1.7 places per board and Google 0.5. On "
                    "the latest board Alibaba held 2 places, and the top 3 spread over 2 developers.")
    assert stories.shares_title(t["places"], 6, 3) == (
        "Alibaba held the most top-3 places on average: 1.7 per board over 6 boards (ties at #3 all count)")
    assert "Fal" not in set(t["places"]["creator"])  # fal's post-trained H3 Max counts for MiniMax, once
    # the fixture's H3 Max is only ever the repeat of H3, counted once: no hosted model left to name
    assert stories.developers_text(None, 0, 3, AA, T2V) == (
        "No complete archived top-3 board of the Artificial Analysis text to video (silent) pool in this "
        "selection: shares of the top places cannot be shown.")
    plots.table(t["places"].assign(distinct_places=t["places"]["mean_places"]), columns=stories.SHARES_TABLE,
                formats=stories.SHARES_FORMATS)


def test_the_other_arena_on_its_own_scale_with_names_and_its_runs(t: dict) -> None:
    assert stories.other_arena_heading(AA) == "## LMArena, on its own scale"
    assert stories.other_arena_heading(AA, 3) == "### LMArena, on its own scale"
    assert stories.other_arena_heading(LM) == "## Artificial Analysis, on its own scale"
    # raw lower-case ids become names
    assert stories.arena_name("g11", "gemini-omni-1.1-flash", t["rankings"]) == "Gemini Omni 1.1 Flash"
    runs = stories.other_arena_table(t["rankings"], AA, T2V)
    assert runs[["name", "developer", "start_text", "end_text"]].values.tolist() == [
        ["Gemini Omni Flash", "Google", "22 Aug 2026", "22 Aug 2026"],
        ["Gemini Omni 1.1 Flash", "Google", "21 Sep 2026", "21 Sep 2026"]]
    shown = plots.table(runs, columns=stories.OTHER_RUNS_TABLE, formats=stories.OTHER_RUNS_FORMATS)
    assert not {"g11", "gof"} & {cell for row in shown.cells() for cell in row}


# --- appendix -----------------------------------------------------------------------------------------------

def test_counting_both_rows_lowers_the_leader_and_board_days_are_each_named(t: dict) -> None:
    daily = t["daily"].set_index("snapshot_date")
    once, twice = daily.loc[pd.Timestamp("2026-10-01"), ["p_leader", "p_leader_counting_twice"]]
    assert twice < once  # a second rival with the same chance lowers the leader's probability
    # board days are each named: a span would imply boards on the days between them
    assert stories.day_list(pd.to_datetime(["2026-10-06", "2026-10-02", "2026-10-04", "2026-10-05"])) == (
        "2, 4, 5 and 6 October 2026")
    assert stories.day_list(["2025-12-31", "2026-01-02"]) == "31 December 2025 and 2 January 2026"


def test_names_note_says_names_are_the_boards_own() -> None:
    rows = board("2026-09-30", [("seed", 1, 1300.0, 5), ("h3", 2, 1290.0, 5)])
    rows += board("2026-10-01", [("seed", 1, 1301.0, 5), ("h3", 2, 1291.0, 5)])
    frame = pd.DataFrame(rows)
    frame.loc[frame["snapshot_date"] == pd.Timestamp("2026-09-30"), "model_name"] = frame["model_name"].where(
        frame["model"] != "seed", "Dreamina Seedance 2.0 720p")
    frame = frame.astype({"rank": "Int64", "elo": "Float64"})
    history = leaderboard.rank_history(frame, AA, T2V, 2)
    note = stories.names_note(frame, AA, T2V, history)
    assert note == (
        "- **Names.** One rule: a model keeps, in every sentence, table and chart, the name most of its "
        "boards gave it. Entries the board renamed are followed as one model each: Dreamina Seedance 2.0, "
        "also listed "
        "as Dreamina Seedance 2.0 720p. LMArena lists models by lower-case ids; this note gives Artificial "
        "Analysis's name where both arenas list the same model, even with the words in another order "
        "(LMArena's \"gemini-omni-1.1-flash\" is Gemini Omni Flash 1.1), else the id written as words.")
    # the same rule on the rows every table and chart is drawn from: most boards, the latest on a tie
    frame.loc[len(frame)] = frame.iloc[0].to_dict() | {"snapshot_date": pd.Timestamp("2026-09-29")}
    named = stories.first_names(frame)
    assert set(named.loc[named["model"] == "seed", "model_name"]) == {"Dreamina Seedance 2.0 720p"}
    assert set(stories.first_names(frame.iloc[:-1]).query("model == 'seed'")["model_name"]) == {
        "Dreamina Seedance 2.0"}
    assert stories.look_alikes(pd.DataFrame({"model": ["a", "b", "c"], "model_name": [
        "MiniMax H3", "MiniMax H3 (768p)", "Wan 3.0"], "snapshot_date": pd.Timestamp("2026-10-10")})) == [
        ("MiniMax H3", "MiniMax H3 (768p)")]


# --- the shipped data -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def shipped() -> dict[str, object]:
    ranks = leaderboard.window(data.load_rankings(), start="2025-12-01", grades=("A", "B", "C"))
    spells = leaderboard.spell_odds(ranks, AA, T2V)
    return {"rankings": ranks, "spells": spells, "changes": leaderboard.lead_changes(ranks, AA, T2V)}


def test_shipped_answer_matches_the_runs_table(shipped: dict) -> None:
    spells, changes = shipped["spells"], shipped["changes"]
    answer = stories.movements_answer(spells, changes, AA, T2V)
    last = spells.iloc[-1]
    assert answer.startswith(f"**{last['model_name']}** led ")
    p = stories.about(last["p_leader_last"])
    based_on = leaderboard.based_on_odds(shipped["rankings"], AA, T2V)
    pair = based_on[~based_on["identical"].astype(bool)].iloc[0]
    rebuilt = data.rebuilt_boards(shipped["rankings"], data.load_provenance())
    daily = leaderboard.daily_leader_odds(shipped["rankings"], AA, T2V)
    answer = stories.movements_answer(spells, changes, AA, T2V, based_on, rebuilt, daily)
    one = stories.about(pair["p_leader_as_one"]).replace("about ", "")
    # the latest board (10 October 2026, rebuilt copies only) with report 03's range; the MiniMax pair
    # counted as one (92%) is told once, in the section on the latest board
    opposed = pd.DataFrame({"model": [last["model"]], "p_leader": [0.82688]})
    answer = stories.movements_answer(spells, changes, AA, T2V, based_on, rebuilt, daily, opposed)
    assert ("(silent) 3 September – 10 October 2026, ending about 87% likely to be truly #1 (if rating "
            "errors are independent) on an "
            "unverified [rebuilt](#glossary-rebuilt-file) board. ") in answer
    assert "83" not in answer and "sensitivity" not in answer  # the check is the body's
    assert p == "about 87%" and one == "92%" and "64%" not in answer
    # grok-imagine-video's run rests on one third party's copy: 3 changes without it, 4 with it (in full in
    # the runs text)
    assert answer.endswith("Since December 2025 that pool's #1 changed hands at least 3 "
                           "times (4 counting a second-hand copy).")
    assert stories.firm_changes(spells) == 3
    answer = answer.replace("[rebuilt](#glossary-rebuilt-file)", "rebuilt")
    words = answer.split()
    # the pool name, the headline's "(if rating errors are independent)" and the brief count's "(4 counting
    # ...)": three parentheses, no more
    assert len(changes) == 4 and len(words) <= 50 and answer.count(" (") == 3 and ";" not in answer
    reader_text_is_clean(answer)


def test_shipped_pool_runs_count_runs_of_two_boards_or_more(shipped: dict) -> None:
    ranks = shipped["rankings"]
    audio = leaderboard.spell_odds(ranks, AA, "text-to-video-audio")
    assert (len(audio), stories.lasting_runs(audio)) == (7, 6)  # one run rests on a single board
    by_pool = {c: leaderboard.spell_odds(ranks, AA, c) for c in
               ["text-to-video", "image-to-video", "text-to-video-audio", "image-to-video-audio"]}
    # counted over the pool's own boards, as in the pool table (7 runs, 6 of two boards or more)
    table = stories.pool_leaders_table(by_pool).set_index("pool")
    assert table.loc["Text to video with audio", "runs"] == 7
    # Gemini Omni Flash's image-to-video run is the longest of its pool and still going on the latest board
    assert table.loc["Image to video (silent)", ["longest", "longest_days", "longest_status"]].tolist() == [
        "Gemini Omni Flash", 80, "yes"]
    share = leaderboard.creator_share(ranks[ranks["evidence"] == "A"], AA, T2V, 10)
    complete = share[share["complete"]]
    places = leaderboard.creator_places(complete)
    distinct = places.assign(distinct_places=[2.3, 2.2] + [0.5] * (len(places) - 2), distinct_boards=74)
    assert stories.shares_title(distinct, 88, 10) == (
        "Alibaba and Kuaishou held close shares of the top-10 places: 2.3 and 2.2 per distinct board")


def test_shipped_re_anchoring_moves_agree_with_the_measured_scale_change(shipped: dict) -> None:
    ranks = shipped["rankings"]
    moves = leaderboard.reanchoring_moves(ranks, AA, T2V)
    change = leaderboard.scale_changes(ranks, AA, T2V).iloc[0]
    assert (moves["size_before"].iloc[0], moves["size_after"].iloc[0]) == (change["models_before"],
                                                                          change["models_after"])
    both = moves[moves["status"] == "both"]
    assert len(both) == change["models_on_both"]
    assert (both["shift"].min(), both["shift"].max()) == (change["shift_min"], change["shift_max"])
    assert not change["common_shift"]  # re-rated, not only re-anchored
    sky = moves.set_index("model_name").loc["SkyReels V4"]
    assert (sky["rank_before"], sky["rank_after"]) == (22, 5)  # ranks reshuffled across the change
    summary = stories.rescale_summary(moves, 10)
    assert "Gemini Omni Flash" in [m.model_name for m in summary["left"]]


def test_shipped_based_on_pair_is_two_rivals_on_the_latest_board(shipped: dict) -> None:
    based_on = leaderboard.based_on_odds(shipped["rankings"], AA, T2V)
    row = based_on.iloc[0]
    assert not row["identical"] and row["same_as_name"] == "MiniMax H3 (768p)"
    last = shipped["spells"].iloc[-1]
    assert row["p_leader"] == last["p_leader_last"]  # the headline chance
    assert row["p_leader_as_one"] > row["p_leader"]


# --- round 4: labelled headline, renamed look-alikes, re-rating flag, one-sentence moves, weighting --------

def _runs(**columns: object) -> pd.DataFrame:
    base = {"model": ["a", "b"], "model_name": ["Alpha", "Beta"], "creator": ["Alibaba", "xAI"],
            "start": pd.to_datetime(["2026-01-29", "2026-04-08"]),
            "end": pd.to_datetime(["2026-01-29", "2026-10-10"]), "start_precision": "day",
            "end_precision": "day", "n_snapshots": [1, 9], "boards_with_odds": [0, 9], "days": [1, 185],
            "p_leader_last": [None, 0.88], "p_leader_last_correlated": [None, 0.93]}
    base.update(columns)
    return pd.DataFrame(base)


def test_answer_says_changes_at_least_without_grades() -> None:
    spells = _runs()
    changes = pd.DataFrame({"new_leader": ["b"], "evidence": ["C"], "source_id": ["gh-someone-page"]})
    assert stories.movements_answer(spells, changes, AA, T2V) == (
        "**Beta** led Artificial Analysis's text to video (silent) 8 April "
        "– 10 October 2026, about 88% likely to be truly #1 (if rating errors are independent) on the "
        "latest board. Since "
        "January 2026 that pool's #1 changed hands at least once.")


def test_answer_names_the_change_that_rests_on_a_single_grade_c_quote() -> None:
    spells = _runs(model=["a", "b", "c"], model_name=["Alpha", "Beta", "Gamma"],
                   creator=["Alibaba", "xAI", "Alibaba"],
                   start=pd.to_datetime(["2025-12-01", "2026-01-29", "2026-04-08"]),
                   end=pd.to_datetime(["2025-12-20", "2026-01-29", "2026-10-10"]), n_snapshots=[2, 1, 9],
                   boards_with_odds=[0, 0, 9], days=[20, 1, 185], p_leader_last=[None, None, 0.88],
                   p_leader_last_correlated=[None, None, 0.93], evidence=["B", "C", "A"])
    changes = pd.DataFrame({"new_leader": ["b", "c"]})
    assert stories.movements_answer(spells, changes, AA, T2V).endswith(  # in full in the runs text
        "Since December 2025 that pool's #1 changed hands at least once (2 counting a "
        "second-hand copy).")
    assert stories.changes_count(spells) == (
        "at least once on archived boards and press reports, 2 counting a second-hand copy of January 2026")
    both = spells.assign(evidence=["B", "C", "D"])
    assert stories.movements_answer(both, changes, AA, T2V).endswith(
        "Since December 2025 that pool's #1 changed hands at least twice, every change seen "
        "only in second-hand copies.")


def test_runs_text_dates_the_lowest_chance() -> None:
    spells = _runs(max_gap_days=[0, 3], contested=[False, True], n_contested=[0, 9],
                   p_leader_min=[None, 0.64], evidence=["A", "A"])
    daily = pd.DataFrame({"model": ["b", "b"], "p_leader": [0.9, 0.64],
                          "snapshot_date": pd.to_datetime(["2026-05-01", "2026-09-24"])})
    text = stories.runs_text(spells, T2V, daily)
    assert ("Its chance of being truly #1 was never below about 64% (its low, on 24 September 2026) on its 9 "
            "boards with intervals.") in text
    assert stories.between_days("2026-01-29", "2026-04-08") == 68  # 30 January to 7 April


def test_renamed_look_alikes_are_offered_for_models_that_left() -> None:
    rescale = pd.DataFrame({
        "date": pd.Timestamp("2026-10-01"), "previous_date": pd.Timestamp("2026-09-30"),
        "model": ["w", "g", "g2"], "model_name": ["Wan 3.0", "Gemini Omni Flash", "Gemini Omni Flash 1.1"],
        "rank_before": [1, 2, None], "rank_after": [1, None, 5], "elo_before": [1335.0, 1332.0, None],
        "elo_after": [1129.0, None, 1050.0], "shift": [-206.0, None, None],
        "status": ["both", "left", "joined"], "size_before": 81, "size_after": 30})
    summary = stories.rescale_summary(rescale, 10)
    assert summary["after_names"] == ["Wan 3.0", "Gemini Omni Flash 1.1"]


def test_answer_gives_the_range_its_source_and_the_rebuilt_copies() -> None:
    spells = _runs(model=["a", "b"], model_name=["Alpha", "Beta"], evidence=["A", "A"])
    changes = pd.DataFrame({"new_leader": ["b"]})
    based_on = pd.DataFrame({"model_name": ["Max H3 Max"], "same_as_name": ["Max H3 (768p)"],
                             "elo": [1118.0], "same_as_elo": [1117.0], "p_leader_as_one": [0.93],
                             "identical": [False]})
    rebuilt = pd.DataFrame({"arena": [AA], "category": [T2V], "snapshot_date": pd.to_datetime(["2026-10-10"]),
                            "rebuilt_only": [True], "checked": [False]})
    daily = pd.DataFrame({"model": "b", "snapshot_date": pd.to_datetime(["2026-04-08", "2026-09-24",
                                                                         "2026-10-10"]),
                          "p_leader": [0.9, 0.64, 0.88]})
    # one chance on the latest board and the span of readings (report 03's); the run's low is a finding's
    opposed = pd.DataFrame({"model": ["b"], "p_leader": [0.83]})
    assert stories.movements_answer(spells, changes, AA, T2V, based_on, rebuilt, daily, opposed) == (
        "**Beta** led Artificial Analysis's text to video (silent) 8 April – 10 October "
        "2026, ending about 88% likely to be truly #1 (if rating errors are independent) on an unverified "
        "[rebuilt](#glossary-rebuilt-file) board. Since January 2026 that pool's #1 changed "
        "hands at least once.")
    downloaded = rebuilt.assign(rebuilt_only=False)
    assert "about 88% likely to be truly #1 (if rating errors are independent) on the latest board." in (
        stories.movements_answer(spells, changes, AA, T2V, based_on, downloaded, daily, opposed))


def test_tied_ranks_are_shared_and_ranks_carry_the_board_size() -> None:
    """Two models with one (rounded) rating share a rank, so a swap between them is no move; each rank is
    told with its board's size, as boards grow."""
    t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-08-01"] * 3 + ["2026-08-05"] * 4),
                      "arena": AA, "category": T2V, "model": ["a", "b", "c", "c", "b", "a", "d"],
                      "model_name": ["A", "B", "C", "C", "B", "A", "D"], "creator": "X",
                      "rank": [1, 2, 3, 1, 2, 3, 4], "elo": [1250.0, 1240.0, 1230.0, 1260.0, 1241.0, 1241.0,
                                                             1200.0],
                      "scale_epoch": "e1", "evidence": "A", "source_id": ["s1"] * 3 + ["s2"] * 4})
    moves = leaderboard.rank_moves(t, AA, T2V, top_n=3).set_index("model")
    assert moves.loc["a", ["first_rank", "last_rank", "rank_change", "first_of", "last_of"]].tolist() == [
        1, 2, -1, 3, 4]
    assert bool(moves.loc["a", "last_tied"]) and bool(moves.loc["b", "last_tied"])
    assert moves.loc["b", "rank_change"] == 0  # #2 to a shared #2: no move


def test_developers_trend_names_who_led_the_top_places_first_and_last() -> None:
    share = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-04-10"] * 2 + ["2026-05-14"] * 2
                                                          + ["2026-07-23"] * 2 + ["2026-10-01"]),
                          "creator": ["K", "A"] * 3 + ["A"], "places": [3, 1, 3, 1, 2, 3, 3]})
    breaks = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"])})
    # the spans are read before the re-rating; the boards after it are a separate comparison
    assert stories.developers_trend(share, 10, breaks, T2V) == (
        "Before the 1 October re-rating, K held the most top-10 places of text to video (silent) in "
        "April–May 2026, A on 23 July.")
    places = pd.DataFrame({"creator": ["A", "K"], "mean_places": [2.0, 2.0]})
    assert stories.shares_title(places, 3, 10, share, breaks) == (
        "Before the 1 October re-rating, K held the most top-10 places in April–May 2026, A on 23 July")
    assert stories.developers_trend(share.iloc[:4], 10, breaks) == ""  # one developer throughout
    # whether K's models were still listed after the re-rating, and how high (its parent: Kuaishou)
    listed = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30", "2026-10-01", "2026-10-01"]),
                           "model": ["k1", "k1", "k2"], "model_name": ["K1", "K1", "K2"],
                           "creator": ["K", "K", "K"], "rank": [1, 13, 15]})
    # the board sizes before and after the re-rating go beside the claim (complete boards only)
    listed = listed.assign(evidence="A", snapshot_date=pd.to_datetime(["2026-07-23", "2026-10-01",
                                                                       "2026-10-01"]))
    assert stories.developers_trend(share, 10, breaks, listed=listed) == (
        "Before the 1 October re-rating, on boards of 1 models (2 after it), K held the most top-10 places "
        "in April–May 2026, A on 23 July.")
    assert stories.developers_trend(share, 10, breaks, listed=listed.iloc[:1]).endswith("A on 23 July.")
    # no re-rating: one comparison
    assert stories.developers_trend(share, 10).endswith("A from 23 July to 1 October.")


# --- round 30: observed boards first, the gaps behind the developers chart, the repeats counted once -------

def test_answer_gives_the_rebuilt_latest_board_and_the_last_downloaded_one() -> None:
    spells = _runs(model=["a", "b"], model_name=["Alpha", "Beta"], evidence=["A", "A"])
    changes = pd.DataFrame({"new_leader": ["b"]})
    rebuilt = pd.DataFrame({"arena": AA, "category": T2V, "rebuilt_only": [False, True, True],
                            "snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07", "2026-10-10"])})
    assert data.last_downloaded_day(rebuilt, AA, T2V) == pd.Timestamp("2026-10-06")
    assert data.last_downloaded_day(rebuilt.assign(rebuilt_only=False), AA, T2V) is None
    board = pd.DataFrame({"model": ["b", "a"], "p_leader": [0.897, 0.1],
                          "snapshot_date": pd.Timestamp("2026-10-06")})
    assert stories.movements_answer(spells, changes, AA, T2V, rebuilt=rebuilt, downloaded=board) == (
        "**Beta** (xAI) was #1 on every archived text to video (silent) board from 8 April to 10 October "
        "2026: about 90% likely truly #1 on the newest board, 6 October, if rating errors "
        "are independent.")
    # most of the run rebuilt: said (and linked there); the headline keeps one number, and leaves a pair
    # listed twice to the body
    few = spells.assign(n_snapshots=[1, 3])
    once = board.assign(also_listed_as=["", "Alpha 2"])
    based_on = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"]), "p_leader_as_one": [0.9301]})
    assert stories.movements_answer(few, changes, AA, T2V, based_on, rebuilt, downloaded=once) == (
        "**Beta** (xAI) was #1 on every archived text to video (silent) board from 8 April to 10 October "
        "2026, most of them [rebuilt](#glossary-rebuilt-file): about 90% likely truly #1 on the newest board,"
        " 6 October, if rating errors are independent.")
    assert stories.movements_answer(spells, changes, AA, T2V, rebuilt=rebuilt,
                                    downloaded=board.assign(p_leader=[0.7, 0.3])).endswith(
        "about 70% likely truly #1 on the newest board, 6 October, if rating errors are "
        "independent.")
    # the latest board downloaded, or the leader not on the downloaded one: the usual answer
    assert stories.both_boards_answer(spells, AA, T2V, rebuilt.assign(rebuilt_only=False), board) == ""
    assert stories.both_boards_answer(spells, AA, T2V, rebuilt, board.assign(model=["x", "a"])) == ""


def test_runs_tables_give_the_boards_first_then_the_days() -> None:
    assert stories.run_length(79, 37, True) == "about 79 days, 37 distinct boards"
    assert stories.run_length(38, 31, distinct=23) == "38 days, 23 distinct boards"
    assert stories.run_length(1, 1) == "1 board"
    spells = _runs(evidence=["A", "A"], start_precision=["approx", "day"], days=[1, 185],
                   n_snapshots=[1, 9], max_gap_days=[0, 40], p_leader_min=[None, 0.7])
    assert stories.runs_table(spells)["seen"].tolist() == ["1 board", "185 days, 9 distinct boards"]
    assert list(stories.RUNS_TABLE).index("seen") < list(stories.RUNS_TABLE).index("seen_in")


def test_developers_chart_says_why_a_bar_passes_the_top_10() -> None:
    day = pd.to_datetime(["2026-05-13"] * 3 + ["2026-05-14"] * 2)
    share = pd.DataFrame({"snapshot_date": day, "places": [5, 4, 3, 6, 4]})  # 12 places: a tie at #10
    assert stories.shares_subtitle(share, AA, T2V) == (
        "Artificial Analysis, text to video (silent); a bar above 10: models tied at #10 all count")
    assert stories.shares_subtitle(share.assign(places=[5, 4, 1, 6, 4]), AA, T2V) == (
        "Artificial Analysis, text to video (silent)")  # exactly 10: nothing to explain
    assert stories.shares_subtitle(None, AA, T2V) == "Artificial Analysis, text to video (silent)"
    rebuilt = pd.DataFrame({"arena": AA, "category": T2V, "rebuilt_only": [True], "checked": [False],
                            "snapshot_date": pd.to_datetime(["2026-05-13"])})
    assert stories.shares_subtitle(share, AA, T2V, rebuilt=rebuilt) == (
        "Artificial Analysis, text to video (silent); a bar above 10: models tied at #10 all count; every "
        "such board is a rebuilt copy, whose tie may come from rounding (method notes)")
    assert stories.shares_subtitle(share, AA, T2V, rebuilt=rebuilt.iloc[:0]) == (
        "Artificial Analysis, text to video (silent); a bar above 10: models tied at #10 all count")


# --- round 32: the entries behind a "based on" pair, told once ------------------------------------------

def test_pair_entries_names_each_entry_once() -> None:
    days = pd.to_datetime(["2026-09-30", "2026-10-01", "2026-10-02", "2026-10-02", "2026-10-05",
                           "2026-10-05", "2026-10-07", "2026-10-07"])
    rows = pd.DataFrame({
        "arena": AA, "category": T2V, "snapshot_date": days, "evidence": "A",
        "model": ["h3", "h3-768p", "h3-768p", "h3max", "h3-768p", "h3max", "h3-768p", "h3max"],
        "model_name": ["H3", "H3 (768p)", "H3 (768p)", "H3 Max (based on H3)", "H3", "H3 Max (based on H3)",
                       "H3 (768p)", "H3 Max"]})
    rows = pd.concat([rows, rows[rows["model"] == "h3max"].assign(snapshot_date=pd.Timestamp("2026-10-08"),
                                                                  model_name="H3 Max")], ignore_index=True)
    based_on = pd.DataFrame({"model": ["h3max"], "same_as": ["h3-768p"]})
    assert stories.pair_entries(rows, based_on) == ["H3", "H3 (768p)", "H3 Max"]
    assert stories.pair_entries(rows, None) == []
    # the names note leaves them out: told once
    note = stories.names_note(rows, AA, T2V, told=stories.pair_entries(rows, based_on))
    assert "H3" not in note.replace("(based on", "")


def test_other_arena_short_says_the_pools_differ() -> None:
    rows = pd.DataFrame({"arena": ["LMArena"] * 2 + ["Artificial Analysis"] * 2, "category": T2V,
                         "snapshot_date": pd.to_datetime(["2026-09-21"] * 2 + ["2026-09-20"] * 2),
                         "model": ["g", "h", "wan", "g"], "model_name": ["G", "H", "Wan", "G"],
                         "rank": [1, 2, 1, 2], "scale_epoch": "e", "evidence": "A", "source_id": "s",
                         "elo": [1500.0, 1497.0, 1130.0, 1100.0], "ci_low": [1490.0, 1487.0, 1120.0, 1090.0],
                         "ci_high": [1510.0, 1507.0, 1140.0, 1110.0]})
    assert stories.other_arena_short(rows, "Artificial Analysis", T2V).startswith(
        "LMArena's text to video list is not the same pool as Artificial Analysis's silent one: it mixes "
        "silent and with-audio entries, so the two arenas' #1s are not like for like")
    # the votes are decisive votes (ties left out), as report 03 says them
    assert stories.other_arena_short(rows, "Artificial Analysis", T2V).endswith(
        " Its top two there, G and H, were 3 points apart: confirming a real lead that size 8 times in 10, "
        "at the usual 5% test level, takes about 100,000 [decisive votes](#glossary-decisive-vote) between "
        "the two.")


def test_chart_csvs_give_rebuilt_boards_no_grade_letter() -> None:
    from videomarket import plots

    days = pd.to_datetime(["2026-10-06", "2026-10-07"])
    share = pd.DataFrame({"snapshot_date": list(days) * 2, "creator": ["A", "A", "B", "B"],
                          "places": [6, 6, 4, 4], "top_places_known": 10, "share": [0.6, 0.6, 0.4, 0.4],
                          "evidence": "A", "arena": AA, "category": T2V})
    rebuilt = pd.DataFrame({"arena": AA, "category": T2V, "snapshot_date": days,
                            "rebuilt_only": [False, True], "checked": [False, False]})
    fig = plots.creator_share_chart(share, rebuilt=rebuilt)
    data = fig.data
    grades = dict(zip(pd.to_datetime(data["snapshot_date"]), data["evidence"], strict=False))
    assert grades[days[0]] == "A" and grades[days[1]] == "rebuilt, not verified"
    runs = pd.DataFrame({"model": ["w"], "model_name": ["W"], "creator": ["Alibaba"], "evidence": ["A"],
                         "start": [days[0]], "end": [days[1]], "start_precision": ["day"],
                         "end_precision": ["day"], "days": [2], "n_snapshots": [2], "arena": AA,
                         "category": T2V})
    data = plots.leader_timeline(runs, rebuilt=rebuilt).data
    assert data["end_precision"].tolist() == ["day, rebuilt, not verified"]
    assert data["start_precision"].tolist() == ["day"]
    assert data["boards_rebuilt,_not_verified"].tolist() == [1]


def test_selection_note_says_which_grades_a_variant_used() -> None:
    rows = pd.DataFrame({"arena": [AA, AA, "LMArena"],
                         "snapshot_date": pd.to_datetime(["2025-12-01", "2026-10-10", "2026-09-21"])})
    assert stories.selection_note(rows, AA, ["A", "B", "C", "D"]) == (
        "- **Selection.** This note uses the Artificial Analysis boards dated 1 December 2025 to 10 October "
        "2026, with evidence graded A, B, C or D; unverified quotes (grade D) are included.")
    assert stories.selection_note(rows, AA, ["A"]).endswith(
        "with evidence graded A; unverified quotes (grade D) are left out.")
    assert stories.selection_note(rows, AA, ["A", "B", "C"], other=True) == (
        "- **Selection.** This note uses the Artificial Analysis boards dated 1 December 2025 to 10 October "
        "2026 and, in its own section, the LMArena boards dated 21 September 2026, with evidence graded A, "
        "B or C; unverified quotes (grade D) are left out.")


def test_interval_widths_note_says_what_the_copies_give() -> None:
    rows = pd.DataFrame({"arena": AA, "category": T2V,
                         "snapshot_date": pd.to_datetime(["2026-10-10"] * 4 + ["2026-10-06"] * 3),
                         "elo": [1129.0, 1118.0, 1000.0, 842.0, 1130.0, 1120.0, 1000.0],
                         "ci_high": [1140.0, 1129.0, 1000.0, 853.0, 1142.0, 1132.0, 1000.0]})
    rebuilt = pd.DataFrame({"arena": AA, "category": T2V, "rebuilt_only": [True],
                            "snapshot_date": pd.to_datetime(["2026-10-10"])})
    assert stories.interval_widths_note(rows, "2026-10-10", "2026-10-06", rebuilt, AA, T2V) == (
        "Why the intervals look alike: the rebuilt 10 October copy rates 4 listings, counting the fixed "
        "anchor model, which has no interval; it gives all 3 others the same 95% interval, ±11 points, in "
        "whole points; the board of 6 October gives ±12. The arena does not say how it sets them.")
    # without an anchor on the board, every rated listing has an interval
    free = rows[rows["elo"] != 1000.0]
    assert stories.interval_widths_note(free, "2026-10-10").startswith(
        "Why the intervals look alike: the 10 October copy gives all 3 of its rated listings the same 95% "
        "interval, ±11 points, in whole points.")
    assert stories.interval_widths_note(rows, "2026-01-01") == ""
    # report 03 adds what so alike an interval may mean; a mix of widths adds nothing
    assert stories.interval_widths_note(rows, "2026-10-10", convention=True).endswith(
        "The arena does not say how it sets them. So alike, they may be a house convention rather than each "
        "model's own vote count; every chance in this note is only as good as those intervals.")
    mixed = rows.assign(ci_high=[1140.0, 1130.0, 1000.0, 853.0, 1142.0, 1132.0, 1000.0])
    assert stories.interval_widths_note(mixed, "2026-10-10", convention=True).endswith("sets them.")


def test_paired_leaders_note_treats_a_versions_pair_like_the_based_on_pair() -> None:
    rows = pd.DataFrame({"arena": [LM] * 3 + [AA], "category": T2V,
                         "snapshot_date": pd.Timestamp("2026-09-21"),
                         "model": ["g11", "g", "v", "w"],
                         "model_name": ["Gemini Omni Flash 1.1", "Gemini Omni Flash", "V", "Wan"],
                         "creator": ["Google", "Google", "Other", "Alibaba"], "rank": [1, 2, 3, 1]})
    pair = pd.DataFrame({"model_name": ["MiniMax H3 Max"], "same_as_name": ["MiniMax H3 (768p)"],
                         "identical": [False]})
    assert stories.paired_leaders_note(rows, AA, T2V, pair) == (
        "LMArena's newest top two, Gemini Omni Flash 1.1 and Gemini Omni Flash, are one developer's (Google) "
        "two versions of one name: like MiniMax H3 Max and MiniMax H3 (768p) on Artificial Analysis's board, "
        "they may be "
        "one model listed twice, but unlike that pair no source ties them: they are counted apart. Either "
        "way, Google held #1.")
    assert stories.paired_leaders_note(rows.assign(creator=["Google", "Other", "Other", "Alibaba"]), AA,
                                       T2V) == ""


def test_pool_leaders_table_labels_an_open_race(t: dict) -> None:
    by_pool = {k: v.assign(p_leader_last=0.61) for k, v in t["by_pool"].items()}
    assert stories.pool_leaders_table(by_pool)["leader"].tolist() == [
        "Wan 3.0 (open race)", "Gemini Omni Flash (open race)"]


def _margins(medians_first: list[float], latest: list[float]) -> pd.DataFrame:
    """Two runs' leads over #2: an earlier run (model a) and the latest (model b)."""
    n, m = len(medians_first), len(latest)
    return pd.DataFrame({"model": ["a"] * n + ["b"] * m, "model_name": ["Alpha"] * n + ["Beta"] * m,
                         "snapshot_date": pd.date_range("2026-05-01", periods=n + m, freq="D"),
                         "margin": medians_first + latest,
                         "runner_up_name": ["X"] * (n - 1) + ["Alpha 2"] + ["Y"] * m})


def test_other_arena_changes_lead_with_the_tables_count() -> None:
    from videomarket.stories._movements import _changes_said

    spells = pd.DataFrame({"model_name": ["Veo 3.1", "Seedance 2.0", "Gemini Omni Flash",
                                          "Gemini Omni Flash 1.1"]})
    assert _changes_said(spells) == "3 times, twice if the two Gemini Omni Flash entries are one model"
    assert _changes_said(spells.head(2)) == "once"


def test_runs_text_says_all_rebuilt_when_every_distinct_board_was(t: dict) -> None:
    run = t["spells"].tail(1)
    days = t["daily"][(t["daily"]["model"] == run["model"].iloc[0])
                      & (t["daily"]["snapshot_date"] >= run["start"].iloc[0])]
    every = pd.DataFrame({"arena": AA, "category": T2V, "snapshot_date": days["snapshot_date"],
                          "rebuilt_only": True, "checked": False})
    text = stories.runs_text(run, T2V, t["daily"], rebuilt=every)
    assert "; all rebuilt)" in text and "of them rebuilt" not in text
    some = every.iloc[1:]
    partly = stories.runs_text(run, T2V, t["daily"], rebuilt=some)
    assert "(38 days, 3 distinct boards; 2 of them rebuilt)" in partly and "all rebuilt" not in partly
