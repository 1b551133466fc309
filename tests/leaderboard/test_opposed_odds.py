"""The opposed-correlation check: only the possible #1s take part, with their errors moving apart."""

from __future__ import annotations

import math

import pandas as pd
from scipy.stats import norm

from videomarket import leaderboard


def _board() -> pd.DataFrame:
    return pd.DataFrame({"model": ["a", "b", "c"], "elo": [1130.0, 1127.0, 1000.0],
                         "ci_low": [1120.0, 1117.0, 990.0], "ci_high": [1140.0, 1137.0, 1010.0],
                         "could_be_first": [True, True, False]})


def test_two_possible_leaders_match_the_closed_form_with_negative_correlation() -> None:
    # For two normals the chance a beats b is Phi(gap / sd of the difference), whose variance grows
    # by 2 * 0.3 * sd^2 when the errors move apart: 64.2%, against 66.1% if they were independent.
    sd = 10 / 1.96
    expected = norm.cdf(3 / (sd * math.sqrt(2 * (1 + leaderboard.CORRELATION_CHECK))))
    odds = leaderboard.opposed_odds(_board(), draws=400_000)
    assert odds["model"].tolist() == ["a", "b"]  # the model that cannot be #1 takes no part
    assert abs(float(odds.loc[odds["model"] == "a", "p_leader"].iloc[0]) - expected) < 0.004
    assert abs(expected - norm.cdf(3 / (sd * math.sqrt(2)))) > 0.015  # the check can tell the signs apart


def test_wrong_digit_odds_move_the_leader_down_then_up_by_ten_points() -> None:
    # Two models 11 points apart with equal ±11 intervals: the leader's chance is Phi(gap / (sd * sqrt 2)),
    # with the gap 1 point (nudged down) and 21 points (nudged up); a sign slip would swap them.
    board = pd.DataFrame({"model": ["w", "m"], "elo": [1129.0, 1118.0], "ci_low": [1118.0, 1107.0],
                          "ci_high": [1140.0, 1129.0]})
    sd = 11 / 1.959964
    low, high = leaderboard.wrong_digit_odds(board, draws=400_000)
    for table, gap in ((low, 1.0), (high, 21.0)):
        chance = float(table.loc[table["model"] == "w", "p_leader"].iloc[0])
        assert abs(chance - norm.cdf(gap / (sd * math.sqrt(2)))) < 0.004
    assert board["elo"].tolist() == [1129.0, 1118.0]  # the caller's board is left as it was
