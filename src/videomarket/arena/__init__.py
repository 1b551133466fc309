"""Arena statistics: ratings from pairwise votes, and what published ratings say about a lead.

Arenas rank models by Bradley–Terry fits to blind pairwise votes and announce a new #1 on gaps of a
few points. This package turns votes into ratings with intervals (:func:`bradley_terry`,
:func:`bootstrap_ratings`), and ratings into the probabilities that matter: how often the leader would
win one head-to-head vote (:func:`win_probability`), how likely it is to be truly #1
(:func:`leader_probability` from published intervals, assuming independence), and how many votes it
takes to tell a gap from zero (:func:`votes_needed`). GenAI-Arena's public votes load with
:func:`load_genai_arena`.

Example::

    >>> from videomarket import arena
    >>> round(arena.win_probability(1247, 1226), 3)
    0.53
    >>> arena.votes_needed(21)
    2152
"""

from __future__ import annotations

from videomarket.arena._bootstrap import bootstrap_draws, bootstrap_ratings, leader_probability_from_votes
from videomarket.arena._fit import BradleyTerryFit, FitOptions, fit_bradley_terry
from videomarket.arena._pairs import ArenaInputError, DisconnectedComparisonError, NoFiniteRatingsError
from videomarket.arena._published import (
    board_odds,
    compare_with_published,
    head_to_head,
    leader_probability,
    rank_upper_bounds,
    rows_with_intervals,
    votes_needed_table,
)
from videomarket.arena._ratings import bradley_terry, comparison_groups, votes_needed, win_probability
from videomarket.arena._votes import (
    VoteDataError,
    load_chatbot_arena_counts,
    load_genai_arena,
    load_publisher_leaderboard,
)

__all__ = [
    "ArenaInputError",
    "BradleyTerryFit",
    "DisconnectedComparisonError",
    "FitOptions",
    "NoFiniteRatingsError",
    "VoteDataError",
    "board_odds",
    "bootstrap_draws",
    "bootstrap_ratings",
    "bradley_terry",
    "compare_with_published",
    "comparison_groups",
    "fit_bradley_terry",
    "head_to_head",
    "leader_probability",
    "leader_probability_from_votes",
    "load_chatbot_arena_counts",
    "load_genai_arena",
    "load_publisher_leaderboard",
    "rank_upper_bounds",
    "rows_with_intervals",
    "votes_needed",
    "votes_needed_table",
    "win_probability",
]
