"""Bootstrap intervals for Bradley–Terry ratings, all rounds fitted at once.

Resampling N battles with replacement (what LMSYS and GenAI-Arena do with
``battles.sample(frac=1, replace=True)``) is the same, in distribution, as drawing the counts of
every (pair, outcome) cell from one multinomial with N trials and the observed cell shares. So each
round is a vector of pair counts drawn in one call, and the rounds are fitted together by batched
Newton steps warm-started at the full-data estimate: cost grows with models and pairs, never with
battles.

Example::

    >>> import pandas as pd
    >>> from videomarket.arena import bootstrap_ratings
    >>> votes = pd.DataFrame({"model_a": ["x", "y", "z"], "model_b": ["y", "z", "x"],
    ...                       "wins_a": [30, 25, 10], "wins_b": [10, 15, 30], "ties": [5, 5, 5]})
    >>> table = bootstrap_ratings(votes, rounds=200, seed=1)
    >>> table.columns.tolist()
    ['model', 'rating', 'ci_low', 'ci_high', 'rank', 'rank_ub', 'battles']
"""

from __future__ import annotations

from typing import Unpack

import numpy as np
import pandas as pd

from videomarket.arena._fit import FitKeywords, FitOptions, Problem, fit_problem, prepare
from videomarket.arena._newton import chord_batch, newton_batch, solve_abilities
from videomarket.arena._pairs import ArenaInputError, NoFiniteRatingsError, win_graph_is_strong
from videomarket.arena._published import shared_wins

HESSIAN_BUDGET = 8_000_000  # floats of batched Hessians (64 MB) if a chunk of rounds needs full Newton


def bootstrap_draws(
    votes: pd.DataFrame, rounds: int = 1000, seed: int = 0, **options: Unpack[FitKeywords]
) -> pd.DataFrame:
    """Ratings of every bootstrap round: one row per round, one column per model.

    Same options as :func:`videomarket.arena.bradley_terry` (:class:`FitOptions`); each round is
    normalised the same way (mean ``init_rating``, or the anchor pinned). Reproducible for a given ``seed``.
    """
    problem = prepare(votes, FitOptions.from_keywords(options))
    theta_hat = solve_abilities(problem.design, problem.score, problem.totals, problem.lam)
    draws = _draw_ratings(problem, theta_hat, rounds, seed)
    return pd.DataFrame(draws, columns=list(problem.pairs.models))


def bootstrap_ratings(
    votes: pd.DataFrame, rounds: int = 1000, seed: int = 0, **options: Unpack[FitKeywords]
) -> pd.DataFrame:
    """Maximum-likelihood ratings with bootstrap 95% intervals and rank bounds.

    Returns model, rating (the full-data estimate), ci_low and ci_high (2.5th and 97.5th
    percentiles of ``rounds`` bootstrap fits), rank (1 + models rated strictly higher), rank_ub
    (1 + models whose ci_low is above this model's ci_high: the LMArena convention) and battles,
    best first. With an anchor, the anchored model's interval has zero width by construction.
    Raises :class:`NoFiniteRatingsError` when a resample leaves a model with no finite rating
    (likely with few votes); ``l2 > 0`` avoids that.

    Example::

        >>> import pandas as pd
        >>> votes = pd.DataFrame({"model_a": ["x", "y", "z"], "model_b": ["y", "z", "x"],
        ...                       "wins_a": [30, 25, 10], "wins_b": [10, 15, 30], "ties": [5, 5, 5]})
        >>> bootstrap_ratings(votes, rounds=200)["model"].tolist()
        ['x', 'y', 'z']
    """
    problem = prepare(votes, FitOptions.from_keywords(options))
    fit = fit_problem(problem)
    theta_hat = fit.theta.to_numpy()
    draws = _draw_ratings(problem, theta_hat, rounds, seed)
    low, high = np.percentile(draws, [2.5, 97.5], axis=0)
    intervals = pd.DataFrame({"model": list(problem.pairs.models), "ci_low": low, "ci_high": high})
    table = fit.ratings[["model", "rating", "battles"]].merge(intervals, on="model", validate="one_to_one")
    rating, ci_low, ci_high = (table[c].to_numpy() for c in ("rating", "ci_low", "ci_high"))
    table["rank"] = 1 + (rating[None, :] > rating[:, None]).sum(axis=1)
    table["rank_ub"] = 1 + (ci_low[None, :] > ci_high[:, None]).sum(axis=1)
    return table[["model", "rating", "ci_low", "ci_high", "rank", "rank_ub", "battles"]]


def leader_probability_from_votes(
    votes: pd.DataFrame,
    *,
    rounds: int = 1000,
    seed: int = 0,
    anchor: tuple[str, float] | None = None,
    alpha: float = 0.05,
    **options: Unpack[FitKeywords],
) -> pd.DataFrame:
    """How likely each model is to be truly #1, and its best possible rank, from joint bootstrap draws.

    Every round refits all ratings on one resample of the battles, so the uncertainty of each model
    and the correlation between them (shared opponents, the anchor) are both kept. ``p_leader`` is
    the share of rounds in which the model rates highest (a round's win is shared among models tied
    at its top); ``rank_ub`` is 1 + the number of models rated above it in at least ``1 - alpha / 2``
    of the rounds (the one-sided bound of the pairwise difference excludes zero). Both depend only
    on differences within a round, so neither moves with the ``anchor`` or ``init_rating``: unlike
    :func:`videomarket.arena.leader_probability`, which must assume independent published intervals.

    Returns model, rating (full-data estimate, on the anchor's scale), p_leader, rank_ub, battles,
    best first. Options as :func:`videomarket.arena.bradley_terry` (:class:`FitOptions`).

    Example::

        >>> votes = pd.DataFrame({"model_a": ["x", "y", "z"], "model_b": ["y", "z", "x"],
        ...                       "wins_a": [60, 50, 20], "wins_b": [20, 30, 60], "ties": [5, 5, 5]})
        >>> odds = leader_probability_from_votes(votes, rounds=300)
        >>> odds[["model", "rank_ub"]].values.tolist(), bool(odds["p_leader"].iloc[0] > 0.99)
        ([['x', 1], ['y', 2], ['z', 3]], True)
    """
    if not 0 < alpha < 1:
        raise ArenaInputError(f"alpha must lie strictly between 0 and 1, got {alpha!r}")
    problem = prepare(votes, FitOptions.from_keywords({**options, "anchor": anchor}))
    fit = fit_problem(problem)
    draws = _draw_ratings(problem, fit.theta.to_numpy(), rounds, seed)
    models = list(problem.pairs.models)
    # differences[r, i, j] = rating_j - rating_i in round r: j is clearly above i when its lower bound > 0.
    lower = np.quantile(draws[:, None, :] - draws[:, :, None], alpha / 2, axis=0)
    table = pd.DataFrame({
        "model": models,
        "p_leader": shared_wins(draws) / len(draws),
        "rank_ub": 1 + (lower > 0).sum(axis=1),
    })
    table = fit.ratings[["model", "rating", "battles"]].merge(table, on="model", validate="one_to_one")
    return table[["model", "rating", "p_leader", "rank_ub", "battles"]]


def _draw_ratings(problem: Problem, theta_hat: np.ndarray, rounds: int, seed: int) -> np.ndarray:
    if isinstance(rounds, bool) or not isinstance(rounds, int | np.integer) or rounds < 2:
        raise ArenaInputError(f"rounds must be an integer >= 2, got {rounds!r}")
    cells = _outcome_cells(problem)
    battles = int(cells.sum())
    rng = np.random.default_rng(seed)
    n_models = problem.pairs.n_models
    chunk = max(1, HESSIAN_BUDGET // (n_models * n_models))
    draws = np.empty((rounds, n_models))
    for start in range(0, rounds, chunk):
        size = min(chunk, rounds - start)
        counts = rng.multinomial(battles, cells / cells.sum(), size=size).astype(float)
        score, totals = _scores_of_cells(counts, problem)
        _require_finite(problem, score, totals, first_round=start)
        theta = _fit_rounds(problem, score, totals, theta_hat)
        draws[start : start + size] = problem.rating_scale.ratings(theta, problem.pairs.models)
    return draws


def _outcome_cells(problem: Problem) -> np.ndarray:
    """Observed counts of every (pair, outcome) cell, outcome blocks side by side."""
    pairs = problem.pairs
    blocks = [pairs.wins_first, pairs.wins_second] + ([pairs.ties] if problem.ties == "half" else [])
    cells = np.concatenate(blocks)
    if not np.allclose(cells, np.round(cells)):
        raise ArenaInputError("bootstrap resamples battles, so the vote counts must be whole numbers")
    return np.round(cells)


def _scores_of_cells(counts: np.ndarray, problem: Problem) -> tuple[np.ndarray, np.ndarray]:
    n_pairs = len(problem.pairs.first)
    wins_first, wins_second = counts[:, :n_pairs], counts[:, n_pairs : 2 * n_pairs]
    ties = counts[:, 2 * n_pairs :] if problem.ties == "half" else 0.0
    return wins_first + 0.5 * ties, wins_first + wins_second + ties


def _require_finite(problem: Problem, score: np.ndarray, totals: np.ndarray, first_round: int) -> None:
    if problem.l2 > 0:
        return  # the penalty keeps every resample finite
    # Where every pair kept wins both ways, the win graph is the connected comparison graph with
    # every edge both ways, hence strongly connected: only the other rounds need the graph search.
    doubtful = ((score <= 0) | (totals - score <= 0)).any(axis=1)
    for offset in np.flatnonzero(doubtful):
        if not win_graph_is_strong(score[offset], totals[offset] - score[offset], problem.pairs):
            raise NoFiniteRatingsError(
                f"bootstrap round {first_round + offset} (seed-dependent) resampled the votes so that some "
                "model never lost, never won or lost all its links: its rating has no finite maximum. "
                "There are too few votes for an unpenalised bootstrap; pass l2 > 0."
            )


def _fit_rounds(problem: Problem, score: np.ndarray, totals: np.ndarray, theta_hat: np.ndarray) -> np.ndarray:
    start = np.broadcast_to(theta_hat, score.shape[:1] + theta_hat.shape)
    theta, converged = chord_batch(problem.design, score, totals, problem.lam, start)
    if not converged.all():  # sparse votes: rounds whose Hessian is far from the full-data one
        rows = np.flatnonzero(~converged)
        theta[rows], converged[rows] = newton_batch(problem.design, score[rows], totals[rows], problem.lam,
                                                    theta[rows])
    for row in np.flatnonzero(~converged):  # rare: restart that round from scratch with scipy
        theta[row] = solve_abilities(problem.design, score[row], totals[row], problem.lam)
    return theta
