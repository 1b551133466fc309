"""The Elo arithmetic of a rating gap and the Bradley–Terry front door.

:func:`win_probability` (one vote), :func:`votes_needed` (to tell a gap from zero) and
:func:`bradley_terry` (the ratings table of :func:`videomarket.arena.fit_bradley_terry`).

Example::

    >>> round(win_probability(1226, 1247), 3), votes_needed(50)
    (0.47, 382)
"""

from __future__ import annotations

import math
from statistics import NormalDist
from typing import Unpack

import numpy as np
import pandas as pd

from videomarket.arena._fit import FitKeywords, check_options, fit_bradley_terry
from videomarket.arena._pairs import (
    ArenaInputError,
    comparison_components,
    pair_counts,
)

Z_975 = NormalDist().inv_cdf(0.975)  # 1.959964..., the "1.96" of a 95% interval


def win_probability(elo_a: float | np.ndarray, elo_b: float | np.ndarray, scale: float = 400,
                    base: float = 10) -> float | np.ndarray:
    """Probability that A is preferred to B in one vote: ``1 / (1 + base ** ((elo_b - elo_a) / scale))``.

    Raises :class:`ArenaInputError` when a rating is missing (None, NA) or not a number: a probability
    computed from nothing would come back as NaN and travel on unnoticed.

    Example::

        >>> round(win_probability(1247, 1226), 4)
        0.5302
    """
    check_options(scale, base, 0.0, "half")
    gap = _ratings(elo_b, "elo_b") - _ratings(elo_a, "elo_a")
    result = 1.0 / (1.0 + np.power(float(base), gap / scale))
    return float(result) if np.ndim(result) == 0 else result


def _ratings(value: object, name: str) -> np.ndarray:
    """``value`` as a float array; ArenaInputError naming ``name`` for a missing or non-numeric rating."""
    if value is None or value is pd.NA:
        raise ArenaInputError(f"win_probability: {name} is {value}; give a rating (a number or an array)")
    try:
        values = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise ArenaInputError(
            f"win_probability: {name} must be a rating (a number or an array of numbers), got {value!r}"
        ) from None
    raw = np.asarray(value, dtype=object) if np.asarray(value).dtype == object else None
    if raw is not None:
        missing = [i for i, item in enumerate(raw.ravel()) if item is None or item is pd.NA]
        if missing:
            raise ArenaInputError(f"win_probability: {name} has a missing rating at position {missing[0]}")
    return values


def bradley_terry(votes: pd.DataFrame, **options: Unpack[FitKeywords]) -> pd.DataFrame:
    """Maximum-likelihood Bradley–Terry ratings from votes: model, rating, se, battles (best first).

    ``votes`` is one row per battle (``model_a``, ``model_b``, ``winner`` in {"model_a",
    "model_b", "tie", "tie (bothbad)"}) or counts (``model_a``, ``model_b``, ``wins_a``,
    ``wins_b``, ``ties``). With ``ties="half"`` both kinds of tie count as half a win each way
    (LMSYS, GenAI-Arena); ``ties="ignore"`` drops them. A model against itself is ignored. The
    options (``scale``, ``base``, ``init_rating``, ``anchor``, ``ties``, ``l2``) are the fields of
    :class:`FitOptions`, shared by every fit, bootstrap and leader probability of this package.
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
    return fit_bradley_terry(votes, **options).ratings


def comparison_groups(votes: pd.DataFrame, ties: str = "half") -> list[list[str]]:
    """Groups of models linked by battles (largest first); more than one means separate fits.

    Example::

        >>> votes = pd.DataFrame({"model_a": ["a", "c"], "model_b": ["b", "d"], "winner": ["tie", "model_a"]})
        >>> comparison_groups(votes)
        [['a', 'b'], ['c', 'd']]
    """
    return comparison_components(pair_counts(votes), ties)


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
