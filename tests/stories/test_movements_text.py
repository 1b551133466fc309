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


def epochs() -> pd.DataFrame:
    return pd.DataFrame({
        "scale_epoch": ["e1", "e2", "i1", "lm"], "arena": [AA, AA, AA, LM], "category": [T2V, T2V, I2V, T2V],
        "start": pd.to_datetime(["2025-12-01", "2026-10-01", "2025-12-01", "2026-03-01"]),
        "end": pd.to_datetime(["2026-09-30", None, None, None]),
        "anchor_model_name": ["Mochi 1", "Kling 3.0 1080p (Pro)", "Wan 2.1 14B", None],
        "anchor_elo": [1000.0, 1000.0, 1000.0, None],
    })


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
        "drift": leaderboard.leader_drift(archive, AA, T2V, models=stories.drift_models(spells)),
        "launch_drift": leaderboard.leader_drift(ranks, AA, T2V, models=stories.launch_leader(spells)),
        "complete": complete, "places": leaderboard.creator_places(complete),
    }


def reader_text_is_clean(text: str) -> None:
    """No run at #1 called a spell, no internal id, no code identifier, no unqualified P(truly #1)."""
    assert "spell" not in text.lower()
    words = set(re.findall(r"\b[a-z0-9][a-z0-9_.-]*\b", text))
    assert not words & IDS, words & IDS
    assert "_" not in text
    for match in re.finditer(r"(\S+) likely (to be )?truly #1", text):
        assert re.search(r"(about|than|under) \d+%$", text[:match.end(1)]), text[:match.end()]


# --- small wording helpers ------------------------------------------------------------------------------

def test_scales_are_named_by_the_re_anchoring_around_them() -> None:
    two = pd.DataFrame({"date": pd.to_datetime(["2026-06-01", "2026-10-01"]), "scale_epoch": ["b", "c"],
                        "previous_epoch": ["a", "b"], "previous_date": pd.to_datetime(["2026-05-30",
                                                                                       "2026-09-30"])})
    assert [stories.scale_words(e, two) for e in "abc"] == [
        "before the June 2026 "
        "re-anchoring", "between the June 2026 re-anchoring and October 2026 re-anchoring",
        "after the October 2026 re-anchoring"]
    assert stories.scale_words("a", two.iloc[0:0]) == "one scale throughout"


# --- the answer and the key findings --------------------------------------------------------------------

def test_answer_names_the_latest_leader_since_when_how_sure_and_the_changes(t: dict) -> None:
    spells = t["spells"]
    last = spells.iloc[-1]
    answer = stories.movements_answer(spells, t["changes"], AA, T2V)
    assert answer == (
        "**Wan 3.0** (Alibaba) is #1 of the Artificial Analysis text to video (silent) pool on the latest "
        "board (10 October 2026), and has been since 3 September 2026: "
        f"{stories.about(last['p_leader_last'])} likely to be truly #1 if the published intervals are "
        f"independent, {stories.about(last['p_leader_last_correlated'])} if ratings move together "
        "(correlation 0.3). #1 changed hands 3 times since 1 December 2025."
    )
    assert last["p_leader_last_correlated"] > last["p_leader_last"] > 0.5  # correlated ratings: surer gaps
    reader_text_is_clean(answer)


def test_answer_without_intervals_or_changes_says_so() -> None:
    press = rankings().query("evidence != 'A'")
    spells = leaderboard.spell_odds(press, AA, T2V)
    answer = stories.movements_answer(spells, leaderboard.lead_changes(press, AA, T2V), AA, T2V)
    assert answer == (
        "**Runway Gen-4.5** (Runway) is #1 of the Artificial Analysis text to video (silent) pool on the "
        "latest board (around 20 December 2025), and has been since 1 December 2025: its boards publish no "
        "intervals, so how sure that lead is cannot be computed. #1 has not changed hands since 1 December "
        "2025.")
    one_board = spells.assign(n_snapshots=1, end=spells["start"], end_precision="day")
    assert "(1 December 2025), the only board so far to show it at #1: " in stories.movements_answer(
        one_board, leaderboard.lead_changes(press, AA, T2V), AA, T2V)
    assert stories.movements_answer(spells.iloc[0:0], spells.iloc[0:0], AA, T2V) == (
        "No board of the Artificial Analysis text to video (silent) pool in this selection shows a #1.")


def test_findings_are_three_to_five_computed_sentences(t: dict) -> None:
    findings = stories.movements_findings(
        t["by_pool"], AA, T2V, breaks=t["breaks"], epochs=epochs(), drift=t["drift"], places=t["places"],
        boards=t["complete"]["snapshot_date"].nunique(), top_n=3, brands=stories.merged_brands(t["history"]))
    assert len(findings) == 5
    pools, longest, drift, developers, anchors = findings
    assert pools == ("Since December 2025, 4 models have held #1 of the Artificial Analysis text to video "
                     "(silent) pool (now Wan 3.0); 1 of image to video (silent) (now Gemini Omni Flash).")
    assert longest.startswith("The longest run at #1 is Gemini Omni Flash's in image to video (silent): 80 "
                              "days (23 July 2026 to 10 October 2026, 2 boards), still running; on its last "
                              "board with intervals it is about ")
    assert "if the published intervals are independent (about " in longest
    # The current leader (Wan 3.0) is not a former leader; HappyHorse's 103-point fall is the largest.
    assert drift == ("Of the former leaders of text to video (silent), HappyHorse-1.0 moved most: it lost "
                     "103 points on the scale before the October 2026 re-anchoring, from 1389 (#1, 10 April "
                     "2026) to 1286 (#3, 30 September 2026); its first and last 95% intervals no longer "
                     "overlap.")
    assert developers == ("Alibaba holds the most of the top 3 places of text to video (silent): 1.3 per "
                          "board on average over 6 complete archived boards, up to 2, counting Alibaba-ATH "
                          "as Alibaba; an entry a board lists twice counts once.")
    assert anchors == ("Artificial Analysis re-anchored the text to video (silent) scale between 30 "
                       "September 2026 and 1 October 2026 (Mochi 1 pinned at 1,000 before, Kling 3.0 1080p "
                       "(Pro) after): every rating moved at once, so ratings before and after are never "
                       "compared.")
    for finding in findings:
        reader_text_is_clean(finding)
    stories.key_findings(findings)  # 3 to 5: accepted


def test_findings_without_archived_boards_still_give_three(t: dict) -> None:
    findings = stories.movements_findings(t["by_pool"], AA, T2V, breaks=t["breaks"].iloc[0:0],
                                          epochs=epochs())
    assert len(findings) == 3
    assert findings[-1] == ("The text to video (silent) rating scale of Artificial Analysis was not "
                            "re-anchored in this selection: its ratings compare from the first board to the "
                            "last.")


# --- who held #1 and how the lead changed hands -----------------------------------------------------------

def test_runs_table_has_parent_developers_words_and_no_certainties(t: dict) -> None:
    table = stories.runs_table(t["spells"])
    # HappyHorse is labelled Alibaba-ATH on the boards
    assert table["developer"].tolist() == ["Runway", "Alibaba", "Google", "Alibaba"]
    assert table["seen_in"].tolist() == ["Press report", "Archived copy", "Archived copy", "Archived copy"]
    assert pd.isna(table["last"].iloc[0]) and table["last"].iloc[1] == "> 99.9%"  # never "100%"
    shown = plots.table(table, columns=stories.RUNS_TABLE, formats=stories.RUNS_FORMATS)
    assert shown.cells()[0][-3:] == ["—", "—", "—"]
    assert all("_" not in h for h in shown.headers) and any("independent" in h for h in shown.headers)
    pools = stories.pool_leaders_table(t["by_pool"])
    assert pools[["pool", "runs", "models", "leader", "developer"]].values.tolist() == [
        ["Text to video (silent)", 4, 4, "Wan 3.0", "Alibaba"],
        ["Image to video (silent)", 1, 1, "Gemini Omni Flash", "Google"]]
    plots.table(pools, columns=stories.POOL_LEADERS_TABLE, formats=stories.POOL_LEADERS_FORMATS)


def test_each_change_is_told_once_with_its_odds(t: dict) -> None:
    text = stories.changes_text(t["changes"], t["spells"], t["daily"], AA, T2V)
    bullets = text.splitlines()
    assert len(bullets) == len(t["changes"]) == 3 and all(b.startswith("- ") for b in bullets)
    assert [b.split(" was first seen")[0][2:] for b in bullets] == ["HappyHorse-1.0", "Gemini Omni Flash",
                                                                    "Wan 3.0"]
    assert "9 points ahead of Gemini Omni Flash, now #2; the new lead was contested" in bullets[2]
    assert "On that board it was about " in bullets[2]
    assert "if the published intervals are independent" in text
    reader_text_is_clean(text)
    one = stories.changes_text(t["changes"].iloc[0:0], t["spells"], None, AA, T2V)
    assert one == ("#1 of the Artificial Analysis text to video (silent) pool never changed hands in this "
                   "selection: every board with a #1 shows the same model.")


# --- the December 2025 launch -----------------------------------------------------------------------------

def test_the_launch_board_then_the_launch_leaders_drift_once(t: dict) -> None:
    assert stories.launch_leader(t["spells"]) == ["runway"]
    assert stories.drift_models(t["spells"]) == ["horse", "gemini", "wan"]  # the launch leader is told apart
    text = stories.launch_text(t["rankings"], t["launch_drift"], t["breaks"], t["spells"])
    assert text.startswith(stories.december_board(t["rankings"]))
    assert text.count("33 points lower") == 1
    assert text.endswith("How Runway Gen-4.5's rating moved afterwards, on each rating scale:\n\n- Before "
                         "the October 2026 re-anchoring: from 1247 on 1 December 2025 (#1, press report) to "
                         "1214 on 30 September 2026 (#4, archived copy), 33 points lower; the first value "
                         "has no interval.")
    reader_text_is_clean(text)
    drift = stories.drift_text(t["drift"], t["breaks"], ["runway"], t["spells"], AA, T2V)
    assert "Runway Gen-4.5's drift is told with the December 2025 launch above." in drift
    assert "1247" not in drift and "runway" not in set(t["drift"]["model"])


def test_a_selection_without_the_launch_board_gets_one_sentence(t: dict) -> None:
    later = leaderboard.spell_odds(t["rankings"].query("snapshot_date >= '2026-01-01'"), AA, T2V)
    assert stories.launch_leader(later) == [] and stories.launch_leader(t["by_pool"][I2V]) == []
    text = stories.launch_text(t["rankings"], t["launch_drift"].iloc[0:0], t["breaks"], later)
    assert text == ("The December 2025 launch board belongs to the Artificial Analysis text to video "
                    "(silent) pool from 1 December 2025; this selection does not include it (the report with "
                    "the default parameters tells it).")


# --- day by day in the archive ----------------------------------------------------------------------------

def test_archive_moves_and_bump_title(t: dict) -> None:
    pool = t["archive"].query("arena == @AA and category == @T2V")
    assert stories.archive_text(pool, t["history"], 3, AA, T2V) == (
        "6 archived boards from 10 April 2026 to 10 October 2026; 7 models reached the top 3 on at least one "
        "of them.")
    assert stories.archive_text(pool.iloc[0:0], None, 3, AA, T2V) == (
        "The selection holds no archived board of the Artificial Analysis text to video (silent) pool: "
        "day-by-day movements cannot be shown.")
    p = stories.about(t["odds"]["p_leader"].iloc[0])
    assert stories.bump_title(t["history"], t["odds"], 3) == (
        f"Wan 3.0 is #1 on the latest archived board ({p} likely truly #1 if intervals are independent); 7 "
        "models reached the top 3")
    assert "no intervals on that board" in stories.bump_title(t["history"], None, 3)
    text = stories.moves_text(t["moves"], 3, t["breaks"])
    assert text.startswith("Of the models already on the first archived board of a scale, HappyHorse-1.0 "
                           "fell furthest, #1 to #3 (before the October 2026 re-anchoring). 2 models entered "
                           "the top 3 after a scale's first archived board and were still listed on its "
                           "last: Gemini Omni Flash (best #1, first seen 23 July 2026) and Wan 3.0 (best #1, "
                           "first seen 3 September 2026).")
    assert stories.moves_text(None, 3, t["breaks"]) == ""
    table = stories.moves_table(t["moves"], t["breaks"])
    assert set(table["scale"]) == {"Before the October 2026 re-anchoring",
                                   "After the October 2026 re-anchoring"}
    shown = plots.table(table, columns=stories.MOVES_TABLE, formats=stories.MOVES_FORMATS)
    assert not {"e1", "e2"} & {cell for row in shown.cells() for cell in row}
    reader_text_is_clean(text)


# --- how sure is the latest #1 ----------------------------------------------------------------------------

def test_latest_board_odds_say_what_they_assume_and_count_a_repeat_once(t: dict) -> None:
    odds = t["odds"]
    assert "h3max" not in set(odds["model"])  # the repeat is counted once
    text = stories.odds_text(odds, AA, T2V)
    top = odds.iloc[0]
    assert text.startswith(
        "On the latest board with intervals (10 October 2026), **Wan 3.0** rates 1128 (95% interval 1116 to "
        f"1140). It is {stories.about(top['p_leader'])} likely to be truly #1 if the published intervals are "
        f"independent ({stories.about(top['p_leader_correlated'])} if ratings move together)")
    assert text.endswith("The board also lists MiniMax H3 (768p) as MiniMax H3 Max (based on MiniMax H3), "
                         "with the same rating and interval: the entry counts once.")
    assert "2 models cannot be ruled out as #1" in text
    table = stories.odds_table(odds)
    assert table["first"].tolist()[-1] == "< 0.1%" and len(table) == 3
    plots.table(table, columns=stories.ODDS_TABLE, formats=stories.ODDS_FORMATS)
    assert stories.odds_text(None, AA, T2V) == (
        "No board of the Artificial Analysis text to video (silent) pool in this selection publishes rating "
        "intervals, so how sure the latest #1 is cannot be computed; only the rating gaps are known.")


# --- drift, developers, the other arena -------------------------------------------------------------------

def test_drift_text_title_and_table(t: dict) -> None:
    drift = t["drift"]
    text = stories.drift_text(drift, t["breaks"], [], t["spells"], AA, T2V)
    assert text == ("Between each leader's first and last archived board on one scale, HappyHorse-1.0 moved "
                    "most: it lost 103 points (before the October 2026 re-anchoring), and its first and last "
                    "95% intervals no longer overlap. In 4 of the 5 comparisons below the two intervals "
                    "overlap: such moves may be noise.")
    assert stories.drift_title(drift) == ("HappyHorse-1.0 lost 103 points between its first and last "
                                          "archived board; each panel is its own scale")
    table = stories.drift_table(drift, t["breaks"])
    assert table["overlap"].tolist() == ["No", "Yes", "Yes", "Yes", "Yes"]
    plots.table(table, columns=stories.DRIFT_TABLE, formats=stories.DRIFT_FORMATS)
    assert "no drift to show" in stories.drift_text(None, t["breaks"], [], t["spells"], AA, T2V)
    # one scale throughout: no column repeating it on every row
    assert "scale" in stories.scale_columns(stories.DRIFT_TABLE, t["breaks"])
    single = stories.scale_columns(stories.DRIFT_TABLE, t["breaks"].iloc[0:0])
    assert "scale" not in single and next(iter(single)) == "model_name"
    assert len(single) == len(stories.DRIFT_TABLE) - 1


def test_developers_are_parent_companies_and_merges_are_named(t: dict) -> None:
    text = stories.developers_text(t["places"], 6, 3, AA, T2V)
    assert text.startswith("Over 6 complete archived boards, 5 developers held at least one of the top 3 "
                           "places. Alibaba held the most on average (1.3 per board, up to 2); on the latest "
                           "board Alibaba and MiniMax each hold 1 place")
    assert "Fal" not in set(t["places"]["creator"])  # fal's post-trained H3 Max counts for MiniMax, once
    assert stories.merged_developers_text(t["history"]) == (
        "Developers are counted as parent companies: Alibaba-ATH as Alibaba; ByteDance Seed as ByteDance. A "
        "model a hosting platform lists (such as fal) counts for its own developer: MiniMax H3 Max (based on "
        "MiniMax H3) for MiniMax.")
    assert stories.merged_brands(t["history"]) == {"Alibaba": ["Alibaba-ATH"],
                                                   "ByteDance": ["ByteDance Seed"]}
    assert stories.developers_text(None, 0, 3, AA, T2V) == (
        "No complete archived top-3 board of the Artificial Analysis text to video (silent) pool in this "
        "selection: shares of the top places cannot be shown.")
    plots.table(t["places"], columns=stories.SHARES_TABLE, formats=stories.SHARES_FORMATS)


def test_the_other_arena_on_its_own_scale_or_one_sentence(t: dict) -> None:
    assert stories.other_arena_heading(AA) == "## LMArena, on its own scale"
    text = stories.other_arena_text(t["rankings"], AA, T2V)
    assert text.startswith("LMArena runs its own vote and its own rating scale: its numbers never compare "
                           "with those above. Since 22 August 2026 its text to video (silent) pool had 2 "
                           "runs at #1 by 2 models. On its latest board (21 September 2026) "
                           "**gemini-omni-1.1-flash** (Google) is #1, 3 points ahead of gemini-omni-flash: "
                           "about ")
    assert text.endswith("Telling a gap of 3 points from a tie takes about 105,276 decisive head-to-head "
                         "votes between the two (a two-sided test at the 5% level with 80% power).")
    assert stories.other_arena_text(t["rankings"], AA, I2V) == (
        "LMArena has no image to video (silent) pool in this selection.")
    assert stories.other_arena_heading(LM) == "## Artificial Analysis, on its own scale"
    assert "**Wan 3.0** (Alibaba) is #1, 12 points ahead of MiniMax H3 (768p)" in stories.other_arena_text(
        t["rankings"], LM, T2V)


# --- appendix -----------------------------------------------------------------------------------------------

def test_selection_and_re_anchoring_in_words(t: dict) -> None:
    coverage = data.pool_coverage(t["rankings"]).query("arena == @AA")
    assert stories.selection_text(t["rankings"], coverage, AA, T2V, ("A", "B", "C")) == (
        "Selected: Artificial Analysis, boards from 1 December 2025 to 10 October 2026, evidence grades A, "
        "B, C. The text to video (silent) pool has 8 boards in that range, 6 of them archived (from 10 April "
        "2026), plus 2 boards from press or developer pages only.")
    archived = t["archive"]
    assert stories.selection_text(archived, data.pool_coverage(archived).query("arena == @AA"), AA, T2V,
                                  ("A",)).endswith("6 of them archived (from 10 April 2026), and none from "
                                                   "press or developer pages only.")
    text = stories.reanchoring_text(t["breaks"], epochs(), AA, T2V)
    assert ("the last board of the text to video (silent) pool on the old scale is from 30 September 2026, "
            "the first on the new one from 1 October 2026: Mochi 1 was pinned at 1,000 before, Kling 3.0 "
            "1080p (Pro) "
            "after") in text
    reader_text_is_clean(text)
    assert stories.reanchoring_text(t["breaks"].iloc[0:0], epochs(), LM, T2V) == (
        "LMArena does not say which model anchors its scale; the text to video (silent) scale was not "
        "re-anchored in this selection, so its ratings compare from the first board to the last.")


def test_the_listed_twice_check_says_what_counting_both_rows_would_give(t: dict) -> None:
    text = stories.listed_twice_text(t["daily"], AA, T2V)
    daily = t["daily"].set_index("snapshot_date")
    assert text.startswith("2 boards of the Artificial Analysis text to video (silent) pool (1 October 2026 "
                           "to 10 October 2026) list one entry twice, with the same rating and interval "
                           "(MiniMax H3 Max (based on MiniMax H3) repeats MiniMax H3 (768p)). Counted once")
    once, twice = daily.loc[pd.Timestamp("2026-10-01"), ["p_leader", "p_leader_counting_twice"]]
    assert twice < once  # a second rival with the same chance lowers the leader's probability
    assert f"{stories.about(once)} likely to be truly #1 on the board of 1 October 2026 if the published " \
           "intervals are independent" in text and f"give {stories.about(twice)}" in text
    reader_text_is_clean(text)
    assert stories.listed_twice_text(t["daily"].iloc[0:0], AA, T2V) == (
        "No board of the Artificial Analysis text to video (silent) pool in this selection lists an entry "
        "twice.")


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
    assert answer.startswith(f"**{last['model_name']}** (")
    p = stories.about(last["p_leader_last"])
    assert f"{p} likely to be truly #1 if the published intervals" in answer
    assert f"#1 changed hands {len(changes)} times since 1 December 2025." in answer
    reader_text_is_clean(answer)


def test_shipped_launch_story_is_runway_and_told_once(shipped: dict) -> None:
    ranks, spells = shipped["rankings"], shipped["spells"]
    launch = stories.launch_leader(spells)
    assert launch == ["runway-gen-4-5"]
    drift = leaderboard.leader_drift(ranks, AA, T2V, models=launch)
    text = stories.launch_text(ranks, drift, leaderboard.epoch_breaks(ranks, AA, T2V), spells)
    assert text.count("**Runway Gen-4.5 #1 at 1247**") == 1 and "Sora 2 Pro #7 at 1206" in text
    first_scale = drift.iloc[0]
    assert text.count(f"{fmt_points(first_scale['change'])} lower") == 1
    assert "runway-gen-4-5" not in stories.drift_models(spells)


def fmt_points(change: float) -> str:
    return stories.fmt.points(abs(float(change)))
