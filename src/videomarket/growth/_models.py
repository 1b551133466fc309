"""Named growth curves with readable parameters and automatic starting values.

| model | curve | parameters |
|---|---|---|
| exponential | a·exp(r·(x − origin)) | a (value at x = origin), r (continuous rate) |
| logistic | K / (1 + exp(−r·(x − x0))) | K (ceiling), r (rate), x0 (inflection) |
| gompertz | K·exp(−exp(−r·(x − x0))) | K, r, x0 (inflection) |
| richards | K / (1 + exp(−r·(x − x0)))^(1/nu) | K, r, x0, nu (shape; nu = 1 is the logistic) |
| bass | m·f(x − origin), f the Bass density | m (market potential), p (innovation), q (imitation) |

The Bass curve is per-period adoptions S(t) = m·((p+q)²/p)·e^(−(p+q)t) / (1 + (q/p)·e^(−(p+q)t))², t the
time since launch, as R's ``nls`` examples fit it. Starting values come from linearising transforms
(log, logit, log-log) over a grid of ceilings, or the discrete Bass regression, ranked by their residual
sum of squares, so no ``p0`` is needed.

Example:
    >>> import numpy as np
    >>> spec = GROWTH_MODELS["logistic"]
    >>> spec.names
    ('K', 'r', 'x0')
    >>> x = np.arange(10.0)
    >>> starts = spec.starts(x, 100 / (1 + np.exp(-0.8 * (x - 5))), 0.0)
    >>> bool(abs(starts[0][0] - 100) < 15)
    True
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

_CEILING_FACTORS = (1.01, 1.05, 1.15, 1.3, 1.6, 2.0, 3.0, 5.0, 10.0, 30.0)
_RICHARDS_SHAPES = (0.25, 0.5, 1.0, 2.0, 4.0)
_MAX_STARTS = 3


@dataclass(frozen=True)
class GrowthModel:
    """A named curve: ``curve(origin)`` gives ``f(x, *params)``; ``starts`` ranked starting vectors."""

    name: str
    names: tuple[str, ...]
    formula: str
    make_curve: Callable[[float], Callable[..., np.ndarray]]
    starts: Callable[[np.ndarray, np.ndarray, float], list[np.ndarray]]
    positive_data: bool = True
    location: int | None = None  # index of a parameter on the x axis (x0), scaled by 1 / r not by |x0|
    increasing: bool = False  # an S-curve rising to a ceiling: meaningless on data that do not increase
    uses_origin: bool = False  # x counts from ``origin`` (exponential, Bass), so origin must be near the data

    def curve(self, origin: float = 0.0) -> Callable[..., np.ndarray]:
        return self.make_curve(origin)

    def param_scale(self, start: np.ndarray) -> np.ndarray | None:
        """Typical sizes for fit_curve: |start|, except x0, which moves on the time scale 1/r."""
        if self.location is None:
            return None
        scale = np.where(np.abs(start) > 0, np.abs(start), 1.0)
        scale[self.location] = 1.0 / max(abs(float(start[1])), 1e-12)
        return scale


def _exponential(origin: float) -> Callable[..., np.ndarray]:
    def exponential(x, a, r):
        return a * np.exp(r * (np.asarray(x, dtype=float) - origin))

    return exponential


def _logistic(origin: float) -> Callable[..., np.ndarray]:
    def logistic(x, K, r, x0):
        # K / (1 + e^-z) written as K·exp(-softplus(-z)), which neither overflows nor loses digits.
        return K * np.exp(-np.logaddexp(0.0, -r * (np.asarray(x, dtype=float) - x0)))

    return logistic


def _gompertz(origin: float) -> Callable[..., np.ndarray]:
    def gompertz(x, K, r, x0):
        return K * np.exp(-np.exp(-r * (np.asarray(x, dtype=float) - x0)))

    return gompertz


def _richards(origin: float) -> Callable[..., np.ndarray]:
    def richards(x, K, r, x0, nu):
        return K * np.exp(-np.logaddexp(0.0, -r * (np.asarray(x, dtype=float) - x0)) / nu)

    return richards


def _bass(origin: float) -> Callable[..., np.ndarray]:
    def bass(x, m, p, q):
        decay = np.exp(-(p + q) * (np.asarray(x, dtype=float) - origin))
        return m * ((p + q) ** 2 / p) * decay / (1 + (q / p) * decay) ** 2

    return bass


def _line(x: np.ndarray, z: np.ndarray) -> tuple[float, float]:
    """Least-squares intercept and slope of z on x (numpy only: starting values need no statsmodels)."""
    design = np.column_stack([np.ones_like(x), x])
    (intercept, slope), *_ = np.linalg.lstsq(design, z, rcond=None)
    return float(intercept), float(slope)


def _ranked(curve, x, y, candidates) -> list[np.ndarray]:
    scored = []
    for params in candidates:
        with np.errstate(all="ignore"):
            fitted = curve(x, *params)
        ssr = float(np.sum((fitted - y) ** 2))
        if np.all(np.isfinite(params)) and np.isfinite(ssr):
            scored.append((ssr, tuple(params)))
    scored.sort()
    return [np.array(params) for _, params in scored[:_MAX_STARTS]]


def _exponential_starts(x: np.ndarray, y: np.ndarray, origin: float) -> list[np.ndarray]:
    intercept, slope = _line(x - origin, np.log(y))
    return [np.array([np.exp(intercept), slope])]


def _sigmoid_candidates(x, y, linearise) -> list[np.ndarray]:
    """For each trial ceiling K, a transform of y/K is linear in x: slope r, x0 where it crosses 0."""
    candidates = []
    for factor in _CEILING_FACTORS:
        ceiling = factor * float(np.max(y))
        intercept, slope = _line(x, linearise(y / ceiling))
        if slope > 0:
            candidates.append([ceiling, slope, -intercept / slope])
    return candidates


def _logistic_starts(x, y, origin):
    candidates = _sigmoid_candidates(x, y, lambda share: np.log(share / (1 - share)))
    return _ranked(_logistic(origin), x, y, candidates)


def _gompertz_starts(x, y, origin):
    candidates = _sigmoid_candidates(x, y, lambda share: -np.log(-np.log(share)))
    return _ranked(_gompertz(origin), x, y, candidates)


def _richards_starts(x, y, origin):
    candidates = []
    for nu in _RICHARDS_SHAPES:
        for start in _sigmoid_candidates(x, y, lambda share, nu=nu: -np.log(share ** (-nu) - 1)):
            candidates.append([*start, nu])
    return _ranked(_richards(origin), x, y, candidates)


def _bass_starts(x, y, origin):
    """The discrete Bass regression S_t = a + b·Y + c·Y² (Y adoptions before t), plus a small grid."""
    candidates = []
    before = np.concatenate([[0.0], np.cumsum(y)[:-1]])
    design = np.column_stack([np.ones_like(before), before, before**2])
    (a, b, c), *_ = np.linalg.lstsq(design, y, rcond=None)
    if c < 0 and b * b - 4 * a * c > 0:
        m = (-b - np.sqrt(b * b - 4 * a * c)) / (2 * c)
        if m > 0 and a > 0:
            candidates.append([m, a / m, -c * m])
    total = float(np.sum(y))
    for factor in (1.2, 1.5, 2.0, 3.0):
        for p in (0.003, 0.01, 0.03):
            for q in (0.1, 0.3, 0.6):
                candidates.append([factor * total, p, q])
    return _ranked(_bass(origin), x, y, candidates)


GROWTH_MODELS: dict[str, GrowthModel] = {
    spec.name: spec
    for spec in (
        GrowthModel("exponential", ("a", "r"), "a·exp(r·(x − origin))", _exponential, _exponential_starts,
                    uses_origin=True),
        GrowthModel("logistic", ("K", "r", "x0"), "K / (1 + exp(−r·(x − x0)))", _logistic, _logistic_starts,
                    location=2, increasing=True),
        GrowthModel("gompertz", ("K", "r", "x0"), "K·exp(−exp(−r·(x − x0)))", _gompertz, _gompertz_starts,
                    location=2, increasing=True),
        GrowthModel("richards", ("K", "r", "x0", "nu"), "K / (1 + exp(−r·(x − x0)))^(1/nu)", _richards,
                    _richards_starts, location=2, increasing=True),
        GrowthModel("bass", ("m", "p", "q"),
                    "m·((p+q)²/p)·e^(−(p+q)t) / (1 + (q/p)·e^(−(p+q)t))², t = x − origin", _bass,
                    _bass_starts, positive_data=False, uses_origin=True),
    )
}
