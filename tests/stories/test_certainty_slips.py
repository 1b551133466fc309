"""Report 03, round 84: one reading of a wrong tens digit everywhere (report 00's check against the board
before: the slip down stays possible, the slip up is ruled out), the robustness table shown in percents,
and the appendix's copies told once."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from videomarket import plots, stories

# a number with more than two decimals, as a raw float would print
_RAW_FLOAT = re.compile(r"\d\.\d{3,}")


@pytest.fixture(scope="module")
def shipped() -> dict[str, object]:
    """The latest text-to-video boards as report 03 reads them."""
    from videomarket import data, guide, leaderboard

    rankings = data.readable_names(data.load_rankings())
    provenance = data.load_provenance()
    rebuilt = data.rebuilt_boards(rankings, provenance)
    history = leaderboard.leader_probability_history(rankings, guide.ARENA, "text-to-video", draws=4_000)
    board = leaderboard.board_certainty(rankings, guide.ARENA, "text-to-video", draws=4_000)
    earlier = leaderboard.board_certainty(rankings, guide.ARENA, "text-to-video",
                                          leaderboard.previous_distinct_day(history), draws=4_000)
    spread = data.same_day_differences(rankings[rankings["arena"] == guide.ARENA], provenance).max()
    lower, higher = leaderboard.wrong_digit_odds(board, draws=4_000)
    return {"rankings": rankings, "provenance": provenance, "rebuilt": rebuilt, "history": history,
            "board": board, "earlier": earlier, "spread": float(spread), "lower": lower, "higher": higher,
            "possible": leaderboard.digit_slips_possible(board, earlier, spread)}


def test_only_the_slip_down_stays_possible_on_the_shipped_boards(shipped: dict) -> None:
    # 1119 lies 8 points from 8 October's 1127 (within the 8 points two copies of one day differ), 1139 12
    assert shipped["possible"] == (True, False)
    assert shipped["spread"] == 8.0


def test_health_warning_gives_the_reason_the_other_slip_is_ruled_out(shipped: dict) -> None:
    text = stories.health_warning(shipped["board"], shipped["lower"], shipped["higher"], None,
                                  "text-to-video", build="2026-12-07", possible=shipped["possible"],
                                  before=shipped["earlier"], before_rebuilt=True)
    assert text.startswith(
        "**Health warning.** The board is about two months old; one wrong tens digit in Wan 3.0's rating "
        "(1119 for 1129) could cut the chance to 41%, a slip the board of 8 October (1127; a rebuilt copy "
        "too) cannot rule out ([Appendix](#how-robust-is-the-latest-chance)).")
    # the slip the other way is the appendix's, and the warning names "rebuilt" once
    assert "1139" not in text and text.count("rebuilt") == 1


def test_appendix_check_agrees_with_the_health_warning(shipped: dict) -> None:
    text = stories.rating_error_text(shipped["board"], shipped["lower"], shipped["higher"], step=10,
                                     downloaded=shipped["earlier"], spread=shipped["spread"],
                                     before_rebuilt=True)
    assert text == (
        "Wan 3.0's 10 October rating, 1129, comes from a rebuilt copy; a wrong tens digit would make the "
        "true rating 1119 or 1139. The board of 8 October gives it 1127, and two copies of one day differ by "
        "up to 8 points: 1119 lies 8 points from 1127, so that slip cannot be ruled out and would cut its "
        "chance to about 41%; 1139 lies 12 points away, so the slip up, to 99%, is ruled out. The 8 October "
        "board is itself a rebuilt copy, so this checks copies against each other, not against the original "
        "files ([About the data](00-about-the-data.html#a-wrong-digit-in-the-latest-1-s-rating)).")
    # the old wording that left the slip up open is gone
    assert "not enough to rule such a slip out" not in text


def test_archives_agree_text_without_the_slips_tells_the_copies_once(shipped: dict) -> None:
    assert stories.archives_agree_text(shipped["history"], shipped["rankings"], shipped["provenance"],
                                       rebuilt=shipped["rebuilt"], slips=False) == (
        "The boards of 1 to 10 October 2026 come from 4 archives, one or two copies a day, all of them "
        "rebuilt; every one has Wan 3.0 at #1, rated 1125–1129 and 9–13 points ahead.")


def _readings(possible: tuple[bool, bool]) -> pd.DataFrame:
    history = pd.DataFrame({
        "snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07", "2026-10-10"]),
        "model": "w", "model_name": "Wan 3.0", "p_leader": [0.8958, 0.7799, 0.87865],
        "p_leader_counting_twice": [0.83045, None, None], "p_leader_correlated": [0.93355, 0.8394, 0.9292]})
    lower = pd.DataFrame({"model": ["w"], "p_leader": [0.408429672570854]})
    higher = pd.DataFrame({"model": ["w"], "p_leader": [0.9934201433780037]})
    return stories.robustness_table(history, "2026-10-06", lower=lower, higher=higher, possible=possible)


def test_robustness_table_shows_no_raw_float_and_offers_only_the_possible_slip() -> None:
    readings = _readings((True, False))
    title = stories.robustness_title(readings, "Wan 3.0", "2026-10-06")
    assert title == ("On the 6 October board Wan 3.0 is 83–90% likely #1 under every reading; on the boards "
                     "after it, 78–93%, or 41% with a wrong tens digit the board before cannot rule out")
    shown = plots.table(readings, columns=stories.ROBUSTNESS_TABLE, formats=stories.ROBUSTNESS_FORMATS,
                        title=title, download=False)
    text = re.sub(r"<[^>]+>", " ", shown.html)
    assert not _RAW_FLOAT.search(text), _RAW_FLOAT.findall(text)
    assert not any(_RAW_FLOAT.search(cell) for row in shown.cells() for cell in row)
    assert readings["reading"].iloc[-1] == (
        "Leader's rating 10 points higher (a wrong tens digit; ruled out by the board before)")
    assert [row[-1] for row in shown.cells()][-2:] == ["41%", "99%"]
    # with both slips possible both are offered, each as a whole percent
    both = stories.robustness_title(_readings((True, True)), "Wan 3.0", "2026-10-06")
    assert both.endswith("78–93%, or 41% or 99% with a wrong tens digit")
    assert not _RAW_FLOAT.search(both)


def test_rebuilt_days_text_without_pairs_leaves_the_rule_to_the_text_before() -> None:
    history = pd.DataFrame({
        "snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07", "2026-10-09", "2026-10-10"]),
        "model_name": "Wan 3.0", "p_leader": [0.8958, 0.7799, 0.8175, 0.87865],
        "margin": [11.0, 9.0, 10.0, 11.0],
        "n_could_be_first": [2, 4, 4, 3],
        "could_be_first": ["W, M", "Wan 3.0, M Max, M (768p), D", "Wan 3.0, M Max, M (768p), D", "x"]})
    assert stories.rebuilt_days_text(history, "2026-10-06") == (
        "On the boards of 7–9 October, Wan 3.0 reads 78–82%: its lead narrows to 9–10 points and 4 models "
        "could be #1 (Wan 3.0, M Max, M (768p) and D).")
