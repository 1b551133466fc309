"""Leaderboard movements: boards per day, who held #1 and for how long, how sure, ranks and drift.

Every function takes the rankings table (:func:`videomarket.data.load_rankings` or any DataFrame of
the same shape) and returns DataFrames; nothing here reads files or draws.

* Boards: :func:`daily_boards` (one board per pool and day, the best-graded, fullest copy),
  :func:`daily_leaders`, :func:`epoch_breaks` (re-anchorings; :func:`scale_changes` measures them,
  :func:`reanchoring_moves` lines up each model before and after), :func:`window` (dates and grades),
  :func:`duplicate_entries` (an entry a board lists twice, counted once in every probability),
  :func:`based_on_pairs` and :func:`based_on_odds` (a "based on" pair that is not identical, and what
  counting it once would change).
* #1 over time: :func:`leader_spells`, :func:`lead_changes`, with how sure each lead was
  (:func:`spell_odds`, :func:`daily_leader_odds`, :func:`board_leader_odds`,
  :func:`leader_probability_history`, :func:`board_certainty`, :func:`leader_certainty_by_pool`,
  :func:`nudged_board` for a leader's rating off by some points) and
  the #1–#2 gaps as votes (:func:`reported_ratings`, :func:`leader_gaps`, :func:`gap_summary`).
* Movements: :func:`rank_history`, :func:`rank_moves`, :func:`rating_drift` (:func:`leader_drift` for
  every leader of a pool), :func:`debut_context`.
* Developers by parent company: :func:`creator_share`, :func:`creator_places`, :func:`canonical_creator`,
  :func:`parent_developer`, :func:`sub_brands`.
* Price and quality: :func:`pareto_frontier`, :func:`cheapest_near_top`, :func:`best_under_budget`
  (and :func:`best_value`, rating per dollar above a baseline, kept for compatibility).

Example::

    >>> from videomarket import data, leaderboard
    >>> spells = leaderboard.leader_spells(data.load_rankings(), "Artificial Analysis", "text-to-video")
    >>> spells["model"].iloc[0]
    'runway-gen-4-5'
"""

from __future__ import annotations

from videomarket.leaderboard._boards import (
    GRADES,
    based_on_pairs,
    boards_once,
    daily_boards,
    daily_leaders,
    drop_duplicate_entries,
    duplicate_entries,
    epoch_breaks,
    grade_order,
)
from videomarket.leaderboard._certainty import (
    board_certainty,
    digit_slips_possible,
    last_identical_pair_day,
    leader_certainty_by_pool,
    leader_probability_history,
    nudged_board,
    opposed_odds,
    previous_distinct_day,
    wrong_digit_odds,
)
from videomarket.leaderboard._creators import (
    canonical_creator,
    creator_key,
    creator_places,
    is_main_creator,
    parent_developer,
    sub_brands,
)
from videomarket.leaderboard._drift import debut_context, leader_drift, rating_drift
from videomarket.leaderboard._gaps import gap_summary, leader_gaps, reported_ratings
from videomarket.leaderboard._moves import rank_moves
from videomarket.leaderboard._odds import (
    CORRELATION_CHECK,
    based_on_odds,
    board_leader_odds,
    boards_without_odds,
    daily_leader_odds,
    spell_odds,
)
from videomarket.leaderboard._rescale import reanchoring_moves
from videomarket.leaderboard._scales import scale_changes
from videomarket.leaderboard._spells import creator_share, lead_changes, leader_spells, rank_history
from videomarket.leaderboard._value import best_under_budget, best_value, cheapest_near_top, pareto_frontier
from videomarket.leaderboard._window import window

__all__ = [
    "CORRELATION_CHECK",
    "GRADES",
    "based_on_odds",
    "based_on_pairs",
    "best_under_budget",
    "best_value",
    "board_certainty",
    "board_leader_odds",
    "boards_once",
    "boards_without_odds",
    "canonical_creator",
    "cheapest_near_top",
    "creator_key",
    "creator_places",
    "creator_share",
    "daily_boards",
    "daily_leader_odds",
    "daily_leaders",
    "debut_context",
    "digit_slips_possible",
    "drop_duplicate_entries",
    "duplicate_entries",
    "epoch_breaks",
    "gap_summary",
    "grade_order",
    "is_main_creator",
    "last_identical_pair_day",
    "lead_changes",
    "leader_certainty_by_pool",
    "leader_drift",
    "leader_gaps",
    "leader_probability_history",
    "leader_spells",
    "nudged_board",
    "opposed_odds",
    "parent_developer",
    "pareto_frontier",
    "previous_distinct_day",
    "rank_history",
    "rank_moves",
    "rating_drift",
    "reanchoring_moves",
    "reported_ratings",
    "scale_changes",
    "spell_odds",
    "sub_brands",
    "window",
    "wrong_digit_odds",
]
