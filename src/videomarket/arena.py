"""Arena statistics: ratings from pairwise votes, and how sure a lead is.

Arenas rank models by Bradley–Terry fits to blind pairwise votes and announce a new #1 on gaps of
a few points. This module turns votes into ratings with intervals, and published ratings into
the probabilities that matter: how often the leader would win a head-to-head vote, how likely it
is to be truly #1, and how many votes it takes to tell a gap from zero.

The fit itself lives in :mod:`videomarket.arena_fit`, the bootstrap in
:mod:`videomarket.arena_bootstrap` and vote parsing in :mod:`videomarket.arena_pairs`; everything
a user needs is re-exported here.

Example::

    >>> from videomarket import arena
    >>> round(arena.win_probability(1247, 1226), 3)
    0.53
    >>> arena.votes_needed(21)
    2152
"""

from __future__ import annotations

import math
from statistics import NormalDist

import numpy as np
import pandas as pd

from videomarket.arena_bootstrap import bootstrap_draws, bootstrap_ratings
from videomarket.arena_fit import BradleyTerryFit, check_options, fit_bradley_terry
from videomarket.arena_pairs import (
    ArenaInputError,
    DisconnectedComparisonError,
    NoFiniteRatingsError,
    comparison_components,
    pair_counts,
)

__all__ = [
    "ArenaInputError",
    "BradleyTerryFit",
    "DisconnectedComparisonError",
    "NoFiniteRatingsError",
    "bootstrap_draws",
    "bootstrap_ratings",
    "bradley_terry",
    "comparison_groups",
    "fit_bradley_terry",
    "leader_probability",
    "votes_needed",
    "win_probability",
]

Z_975 = NormalDist().inv_cdf(0.975)  # 1.959964..., the "1.96" of a 95% interval


def win_probability(elo_a: float | np.ndarray, elo_b: float | np.ndarray, scale: float = 400,
                    base: float = 10) -> float | np.ndarray:
    """Probability that A is preferred to B in one vote: ``1 / (1 + base ** ((elo_b - elo_a) / scale))``.

    Example::

        >>> round(win_probability(1247, 1226), 4)
        0.5302
    """
    check_options(scale, base, 0.0, "half")
    gap = np.asarray(elo_b, dtype=float) - np.asarray(elo_a, dtype=float)
    result = 1.0 / (1.0 + np.power(float(base), gap / scale))
    return float(result) if np.ndim(result) == 0 else result


def bradley_terry(
    votes: pd.DataFrame,
    *,
    scale: float = 400,
    base: float = 10,
    init_rating: float = 1000,
    anchor: tuple[str, float] | None = None,
    ties: str = "half",
    l2: float = 0.0,
) -> pd.DataFrame:
    """Maximum-likelihood Bradley–Terry ratings from votes: model, rating, se, battles (best first).

    ``votes`` is one row per battle (``model_a``, ``model_b``, ``winner`` in {"model_a",
    "model_b", "tie", "tie (bothbad)"}) or counts (``model_a``, ``model_b``, ``wins_a``,
    ``wins_b``, ``ties``). With ``ties="half"`` both kinds of tie count as half a win each way
    (LMSYS, GenAI-Arena); ``ties="ignore"`` drops them. A model against itself is ignored.
    Without an anchor the mean rating is ``init_rating``; ``anchor=("model", 1114)`` pins one
    model. ``se`` is the standard error under that constraint (observed Fisher information).

    ``l2 > 0`` adds the penalty ``(l2 / 2) * sum(((rating - init_rating) / scale) ** 2)``;
    ``l2=0.5`` is what scikit-learn's default ``LogisticRegression`` fitted in the FastChat and
    GenAI-Arena notebooks. Raises :class:`DisconnectedComparisonError` when some models never met
    the others, and :class:`NoFiniteRatingsError` (for ``l2=0``) when a group never lost or never
    won against the rest. For the full results object (covariance, log-odds coefficients) use
    :func:`fit_bradley_terry`.

    Example::

        >>> votes = pd.DataFrame({"model_a": ["x", "x", "y"], "model_b": ["y", "z", "z"],
        ...                       "wins_a": [6, 8, 5], "wins_b": [4, 2, 5], "ties": [0, 0, 0]})
        >>> bradley_terry(votes, anchor=("z", 1000))["rating"].round(1).tolist()
        [1172.5, 1049.2, 1000.0]
    """
    return fit_bradley_terry(votes, scale=scale, base=base, init_rating=init_rating, anchor=anchor,
                             ties=ties, l2=l2).ratings


def comparison_groups(votes: pd.DataFrame, ties: str = "half") -> list[list[str]]:
    """Groups of models linked by battles (largest first); more than one means separate fits.

    Example::

        >>> votes = pd.DataFrame({"model_a": ["a", "c"], "model_b": ["b", "d"], "winner": ["tie", "model_a"]})
        >>> comparison_groups(votes)
        [['a', 'b'], ['c', 'd']]
    """
    return comparison_components(pair_counts(votes), ties)


def leader_probability(ratings: pd.DataFrame, *, draws: int = 100_000, seed: int = 0) -> pd.DataFrame:
    """Probability that each model is truly #1, from published ratings and 95% intervals.

    ``ratings`` has columns model, ``rating`` (or ``elo``), ci_low and ci_high. Each true rating
    is taken as normal around the published one with sd = interval half-width / 1.96 (the mean of
    the two half-widths when the interval is not symmetric), independent across models, which is
    all a published table allows. Returns model, rating, sd, p_leader (share of ``draws`` seeded
    simulations in which the model is highest) and p_above_next (exact normal probability that
    the model's true rating exceeds the next-ranked one's; for #1, that it beats #2), best first.

    Example::

        >>> table = pd.DataFrame({"model": ["a", "b"], "elo": [1250, 1250],
        ...                       "ci_low": [1240, 1240], "ci_high": [1260, 1260]})
        >>> leader_probability(table)["p_leader"].round(2).tolist()
        [0.5, 0.5]
    """
    table = _published_ratings(ratings)
    if isinstance(draws, bool) or not isinstance(draws, int | np.integer) or draws < 1:
        raise ArenaInputError(f"draws must be a positive integer, got {draws!r}")
    mean, sd = table["rating"].to_numpy(), table["sd"].to_numpy()
    rng = np.random.default_rng(seed)
    wins = np.zeros(len(table))
    for start in range(0, draws, 20_000):  # chunks keep memory flat for long tables
        size = min(20_000, draws - start)
        sample = rng.normal(mean, sd, size=(size, len(table)))
        wins += np.bincount(sample.argmax(axis=1), minlength=len(table))
    table["p_leader"] = wins / draws
    gap_sd = np.hypot(sd[:-1], sd[1:])
    with np.errstate(divide="ignore", invalid="ignore"):
        z = (mean[:-1] - mean[1:]) / gap_sd
    above = [NormalDist().cdf(v) if np.isfinite(v) else (1.0 if v > 0 else 0.5) for v in z]
    table["p_above_next"] = [*above, np.nan]
    return table


def _published_ratings(ratings: pd.DataFrame) -> pd.DataFrame:
    if not isinstance(ratings, pd.DataFrame):
        raise ArenaInputError(f"ratings must be a pandas DataFrame, got {type(ratings).__name__}")
    value = "rating" if "rating" in ratings.columns else "elo"
    missing = [c for c in ("model", value, "ci_low", "ci_high") if c not in ratings.columns]
    if missing:
        raise ArenaInputError(f"ratings need model, rating (or elo), ci_low, ci_high; missing {missing}")
    duplicated = ratings["model"].duplicated()
    if duplicated.any():
        raise ArenaInputError(f"duplicate models in ratings: {sorted(set(ratings['model'][duplicated]))}")
    numbers = {
        column: pd.to_numeric(ratings[column], errors="coerce").to_numpy(float)
        for column in (value, "ci_low", "ci_high")
    }
    for column, values in numbers.items():
        if not np.isfinite(values).all():
            row = ratings.index[~np.isfinite(values)][0]
            raise ArenaInputError(f"column {column!r} must be numeric and finite (row {row!r})")
    reversed_rows = numbers["ci_low"] > numbers["ci_high"]
    if reversed_rows.any():
        raise ArenaInputError(f"ci_low is above ci_high at row {ratings.index[reversed_rows][0]!r}")
    table = pd.DataFrame({
        "model": ratings["model"].to_numpy(),
        "rating": numbers[value],
        "sd": (numbers["ci_high"] - numbers["ci_low"]) / (2 * Z_975),
    })
    return table.sort_values(["rating", "model"], ascending=[False, True], ignore_index=True)


def votes_needed(elo_gap: float | np.ndarray, alpha: float = 0.05, power: float = 0.8, *, scale: float = 400,
                 base: float = 10) -> int | float | np.ndarray:
    """Head-to-head votes needed to tell a rating gap from zero.

    A gap means a win probability ``p = win_probability(gap, 0)``. Testing H0: p = 1/2 two-sided
    at level ``alpha`` with the normal approximation, the number of (decisive) votes that reaches
    ``power`` is::

        n = ((z_{1-alpha/2} * sqrt(1/4) + z_{power} * sqrt(p (1 - p))) / (p - 1/2)) ** 2

    rounded up. A zero gap needs infinitely many votes (``math.inf``).

    Example::

        >>> votes_needed(21), votes_needed([10, 50]).tolist()
        (2152, [9478.0, 382.0])
    """
    if not (0 < alpha < 1 and 0 < power < 1):
        raise ArenaInputError(f"alpha and power must lie strictly between 0 and 1, got {alpha!r}, {power!r}")
    gap = np.abs(np.asarray(elo_gap, dtype=float))
    if not np.isfinite(gap).all():
        raise ArenaInputError(f"elo_gap must be finite, got {elo_gap!r}")
    p = np.asarray(win_probability(gap, 0.0, scale=scale, base=base))
    z_alpha, z_power = NormalDist().inv_cdf(1 - alpha / 2), NormalDist().inv_cdf(power)
    with np.errstate(divide="ignore"):
        n = ((z_alpha * 0.5 + z_power * np.sqrt(p * (1 - p))) / (p - 0.5)) ** 2
    n = np.where(gap == 0, np.inf, np.ceil(n - 1e-9))  # the tolerance absorbs rounding at exact integers
    if n.ndim == 0:
        return math.inf if np.isinf(n) else int(n)
    return n
