"""Bradley–Terry maximum likelihood on pair counts: ratings, standard errors, a results object.

The model: model *i* beats model *j* with probability ``1 / (1 + base ** ((r_j - r_i) / scale))``.
Internally abilities are kept on the natural log-odds scale, ``theta = (r - init_rating) * ln(base) /
scale``. The log-likelihood only needs, per pair, the score of one side (wins plus half the ties) and
the number of battles, so a fit costs the same for ten thousand or ten million battles.

With ``l2 > 0`` the fit maximises ``loglik - (l2 / 2) * sum(((r - init_rating) / scale) ** 2)``. This
is exactly what the FastChat / GenAI-Arena notebooks computed with scikit-learn's
``LogisticRegression()`` (default ``C=1``) on battles duplicated so that a tie counts as one win
each way: their objective is ``2 * loglik - 0.5 * sum(w ** 2)``, the same optimum as ``l2=0.5``.

Example::

    >>> import pandas as pd
    >>> from videomarket.arena import fit_bradley_terry
    >>> votes = pd.DataFrame({"model_a": ["x", "y", "z"], "model_b": ["y", "z", "x"],
    ...                       "wins_a": [3, 3, 3], "wins_b": [1, 1, 1], "ties": [0, 0, 0]})
    >>> fit = fit_bradley_terry(votes)
    >>> fit.ratings["rating"].round(6).tolist()
    [1000.0, 1000.0, 1000.0]
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import TypedDict, Unpack

import numpy as np
import pandas as pd

from videomarket.arena._newton import Design, hessian, objective, solve_abilities
from videomarket.arena._pairs import (
    ArenaInputError,
    PairCounts,
    check_tie_rule,
    pair_counts,
    require_connected,
    require_finite_mle,
)


class FitKeywords(TypedDict, total=False):
    """The keyword arguments every Bradley–Terry function takes (fields of :class:`FitOptions`)."""

    scale: float
    base: float
    init_rating: float
    anchor: tuple[str, float] | None
    ties: str
    l2: float


@dataclass(frozen=True)
class FitOptions:
    """How votes become ratings, checked once for every fit, bootstrap and leader probability.

    ``scale`` and ``base``: the Elo convention (a gap of ``scale`` points means odds of ``base`` to 1);
    ``init_rating``: the mean rating, unless ``anchor=("model", rating)`` pins one model instead;
    ``ties``: ``"half"`` (half a win each way, as LMSYS and GenAI-Arena) or ``"ignore"``;
    ``l2``: the ridge penalty ``(l2 / 2) * sum(((rating - init_rating) / scale) ** 2)``.

    Example::

        >>> FitOptions(l2=0.5).l2
        0.5
        >>> try:
        ...     FitOptions.from_keywords({"scale": 400, "tie": "half"})
        ... except ValueError as error:
        ...     print(error)
        unknown option 'tie'; the options are scale, base, init_rating, anchor, ties, l2
    """

    scale: float = 400
    base: float = 10
    init_rating: float = 1000
    anchor: tuple[str, float] | None = None
    ties: str = "half"
    l2: float = 0.0

    def __post_init__(self) -> None:
        check_options(self.scale, self.base, self.l2, self.ties)
        if isinstance(self.init_rating, bool) or not np.isfinite(self.init_rating):
            raise ArenaInputError(f"init_rating must be a finite number, got {self.init_rating!r}")

    @classmethod
    def from_keywords(cls, options: FitKeywords | dict[str, object]) -> FitOptions:
        """The options from keyword arguments, naming an unknown keyword instead of a TypeError."""
        names = [f.name for f in dataclasses.fields(cls)]
        unknown = [k for k in options if k not in names]
        if unknown:
            raise ArenaInputError(f"unknown option {unknown[0]!r}; the options are {', '.join(names)}")
        return cls(**options)  # type: ignore[arg-type]


@dataclass(frozen=True)
class RatingScale:
    """How log-odds map to ratings: ``rating = init_rating + scale * theta / ln(base)``."""

    scale: float = 400.0
    base: float = 10.0
    init_rating: float = 1000.0
    anchor: tuple[str, float] | None = None

    @property
    def per_log_odds(self) -> float:
        return self.scale / math.log(self.base)

    def ratings(self, theta: np.ndarray, models: tuple[str, ...]) -> np.ndarray:
        """Ratings from abilities (last axis = models): mean ``init_rating``, or the anchor pinned."""
        centred = theta - theta.mean(axis=-1, keepdims=True)
        ratings = self.init_rating + self.per_log_odds * centred
        if self.anchor is not None:
            at = models.index(self.anchor[0])
            ratings = ratings + (self.anchor[1] - ratings[..., at : at + 1])
        return ratings

    def constraint(self, models: tuple[str, ...]) -> np.ndarray:
        """Linear map from abilities to the identified contrasts the ratings report."""
        n = len(models)
        if self.anchor is None:
            return np.eye(n) - np.full((n, n), 1.0 / n)
        transform = np.eye(n)
        transform[:, models.index(self.anchor[0])] -= 1.0
        return transform


@dataclass(frozen=True)
class BradleyTerryFit:
    """A fitted Bradley–Terry model, in the spirit of a statsmodels results object.

    ``ratings``: model, rating, se, battles (best first). ``covariance``: rating covariance under the
    reported constraint (mean fixed, or the anchor fixed). ``theta``: natural log-odds abilities.
    """

    ratings: pd.DataFrame
    covariance: pd.DataFrame
    theta: pd.Series
    log_likelihood: float
    l2: float
    rating_scale: RatingScale

    def log_odds(self, reference: str) -> pd.Series:
        """Coefficients on the natural log-odds scale relative to ``reference`` (as R's BTm prints)."""
        return (self.theta - self.theta[reference]).drop(reference)

    def log_odds_se(self, reference: str) -> pd.Series:
        """Standard errors of :meth:`log_odds`, from the observed Fisher information."""
        cov = self.covariance / self.rating_scale.per_log_odds**2
        others = [m for m in cov.index if m != reference]
        ref = cov.loc[reference, reference]
        var = np.array([cov.loc[m, m] + ref - 2 * cov.loc[m, reference] for m in others])
        return pd.Series(np.sqrt(var), index=others)


def check_options(scale: float, base: float, l2: float, ties: str) -> None:
    """Raise :class:`ArenaInputError` for a scale, base, penalty or tie rule that makes no sense."""
    check_tie_rule(ties)
    for name, value in (("scale", scale), ("base", base), ("l2", l2)):
        if isinstance(value, bool) or not isinstance(value, int | float | np.number):
            raise ArenaInputError(f"{name} must be a number, got {value!r}")
    if not (np.isfinite(scale) and scale > 0):
        raise ArenaInputError(f"scale must be a positive number, got {scale!r}")
    if not (np.isfinite(base) and base > 1):
        raise ArenaInputError(f"base must be a number above 1, got {base!r}")
    if not (np.isfinite(l2) and l2 >= 0):
        raise ArenaInputError(f"l2 must be a number >= 0, got {l2!r}")


def check_anchor(anchor: tuple[str, float] | None, models: tuple[str, ...]) -> None:
    """Raise unless ``anchor`` is None or (a fitted model's name, a finite rating)."""
    if anchor is None:
        return
    if not (isinstance(anchor, tuple | list) and len(anchor) == 2):
        raise ArenaInputError(f"anchor must be a (model, rating) pair, got {anchor!r}")
    if anchor[0] not in models:
        raise ArenaInputError(f"anchor model {anchor[0]!r} has no battles in the votes")
    if not np.isfinite(float(anchor[1])):
        raise ArenaInputError(f"anchor rating must be finite, got {anchor[1]!r}")


@dataclass(frozen=True)
class Problem:
    """Checked votes and options, ready to fit: pair counts, scores under the tie rule, penalty."""

    pairs: PairCounts
    design: Design
    rating_scale: RatingScale
    ties: str
    l2: float
    score: np.ndarray
    totals: np.ndarray

    @property
    def lam(self) -> float:
        """The penalty on the natural log-odds scale."""
        return self.l2 / math.log(self.rating_scale.base) ** 2


def prepare(votes: pd.DataFrame, options: FitOptions) -> Problem:
    """Validate votes and options; refuse graphs whose ratings are not comparable or not finite."""
    pairs = pair_counts(votes)
    anchor = options.anchor
    check_anchor(anchor, pairs.models)
    rating_scale = RatingScale(float(options.scale), float(options.base), float(options.init_rating),
                               None if anchor is None else (str(anchor[0]), float(anchor[1])))
    require_connected(pairs, options.ties)
    score, totals = pairs.scores(options.ties)
    if options.l2 == 0:
        require_finite_mle(score, totals - score, pairs)
    return Problem(pairs, Design(pairs), rating_scale, options.ties, float(options.l2), score, totals)


def fit_bradley_terry(votes: pd.DataFrame, **options: Unpack[FitKeywords]) -> BradleyTerryFit:
    """Maximum-likelihood Bradley–Terry fit with standard errors (see ``arena.bradley_terry``)."""
    return fit_problem(prepare(votes, FitOptions.from_keywords(options)))


def fit_problem(problem: Problem) -> BradleyTerryFit:
    """Fit a prepared :class:`Problem`."""
    pairs, design, lam = problem.pairs, problem.design, problem.lam
    theta = solve_abilities(design, problem.score, problem.totals, lam)
    ratings = problem.rating_scale.ratings(theta, pairs.models)
    information = hessian(design, theta[None, :], problem.totals[None, :], lam)[0]
    covariance = _covariance(information, lam, problem.rating_scale, pairs.models)
    table = pd.DataFrame({
        "model": list(pairs.models),
        "rating": ratings,
        "se": np.sqrt(np.clip(np.diag(covariance), 0, None)),
        "battles": pairs.battles_per_model(problem.ties),
    }).sort_values(["rating", "model"], ascending=[False, True], ignore_index=True)
    loglik = -objective(design, theta[None, :], problem.score[None, :], problem.totals[None, :], 0.0)[0]
    return BradleyTerryFit(
        ratings=table,
        covariance=pd.DataFrame(covariance, index=list(pairs.models), columns=list(pairs.models)),
        theta=pd.Series(theta - theta.mean(), index=list(pairs.models)),
        log_likelihood=float(loglik),
        l2=problem.l2,
        rating_scale=problem.rating_scale,
    )


def _covariance(hessian: np.ndarray, lam: float, scale: RatingScale, models: tuple[str, ...]) -> np.ndarray:
    n = len(models)
    theta_cov = np.zeros((n, n))
    if lam == 0:
        theta_cov[1:, 1:] = np.linalg.inv(hessian[1:, 1:])  # first ability fixed at 0
    else:
        theta_cov = np.linalg.inv(hessian)
    transform = scale.constraint(models)
    return scale.per_log_odds**2 * transform @ theta_cov @ transform.T
