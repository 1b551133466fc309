"""The data of one nonlinear least-squares problem, checked: what :func:`fit_curve` works on.

Every input problem is a ``ValueError`` naming what is wrong and where (position, parameter name).

Example:
    >>> import numpy as np
    >>> problem = build_problem(lambda x, a, b: a + b * x, [1.0, 2, 3], [2.0, 4, 6], [0.0, 1.0], ["a", "b"],
    ...                         None, None)
    >>> problem.residuals(np.array([0.0, 2.0])).tolist()
    [0.0, 0.0, 0.0]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

# A huge finite residual makes the trust region reject a step into a region where the model is not
# finite, instead of crashing MINPACK.
BAD_RESIDUAL = 1e100


@dataclass(frozen=True)
class Problem:
    """Checked arrays of one fit; ``residuals(params)`` are weighted and always finite."""

    func: Callable[..., np.ndarray]
    x: np.ndarray
    y: np.ndarray
    weights_sqrt: np.ndarray
    p0: np.ndarray
    names: tuple[str, ...]
    lower: np.ndarray
    upper: np.ndarray
    typical: np.ndarray | None = None

    @property
    def bounded(self) -> bool:
        return bool(np.isfinite(self.lower).any() or np.isfinite(self.upper).any())

    def residuals(self, params: np.ndarray) -> np.ndarray:
        with np.errstate(all="ignore"):
            predicted = np.asarray(self.func(self.x, *params), dtype=float)
        if predicted.shape != self.y.shape:
            raise ValueError(f"func returned shape {predicted.shape}, expected {self.y.shape} (one per x)")
        residuals = (predicted - self.y) * self.weights_sqrt
        return np.where(np.isfinite(residuals), residuals, BAD_RESIDUAL)


def build_problem(func, x, y, p0, names, sigma, bounds, param_scale=None) -> Problem:
    """Check the arguments of :func:`videomarket.growth._nls.fit_curve` and bundle them (see the example
    at the top of this module)."""
    if not callable(func):
        raise ValueError("func must be callable as func(x, *params)")
    x_arr = _finite_vector(x, "x")
    y_arr = _finite_vector(y, "y")
    if len(x_arr) != len(y_arr):
        raise ValueError(f"x has {len(x_arr)} values but y has {len(y_arr)}")
    start = _finite_vector(p0, "p0")
    k = len(start)
    if len(y_arr) <= k:
        raise ValueError(f"{len(y_arr)} data points cannot identify {k} parameters with an error variance: "
                         f"need more points than parameters")
    labels = tuple(names) if names is not None else tuple(f"b{i + 1}" for i in range(k))
    if len(labels) != k or len(set(labels)) != k:
        raise ValueError(f"names must be {k} distinct labels (one per p0 value), got {list(labels)}")
    weights_sqrt = _weights(sigma, len(y_arr))
    lower, upper = _bounds(bounds, k, start, labels)
    typical = None
    if param_scale is not None:
        typical = np.broadcast_to(_finite_vector(np.atleast_1d(param_scale), "param_scale"), (k,)).copy()
        if np.any(typical <= 0):
            raise ValueError(f"param_scale must be positive, got {typical.tolist()}")
    problem = Problem(func, x_arr, y_arr, weights_sqrt, start, labels, lower, upper, typical)
    with np.errstate(all="ignore"):
        first = np.asarray(func(x_arr, *start), dtype=float)
    if first.shape != y_arr.shape:
        raise ValueError(f"func returned shape {first.shape} at p0, expected {y_arr.shape} (one per x)")
    bad = np.flatnonzero(~np.isfinite(first))
    if bad.size:
        raise ValueError(f"func is not finite at p0 for x[{bad[0]}] = {float(x_arr[bad[0]])!r}: "
                         "choose another start")
    return problem


def _finite_vector(values, what: str) -> np.ndarray:
    try:
        arr = np.asarray(values, dtype=float)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{what} must be numbers: {exc}") from None
    if arr.ndim != 1 or arr.size == 0:
        raise ValueError(f"{what} must be a non-empty one-dimensional sequence, got shape {arr.shape}")
    bad = np.flatnonzero(~np.isfinite(arr))
    if bad.size:
        raise ValueError(f"{what} has a non-finite value at position {bad[0]}: {float(arr[bad[0]])!r}")
    return arr


def _weights(sigma, n: int) -> np.ndarray:
    if sigma is None:
        return np.ones(n)
    sig = np.broadcast_to(np.asarray(sigma, dtype=float), (n,)).copy()
    bad = np.flatnonzero(~(np.isfinite(sig) & (sig > 0)))
    if bad.size:
        raise ValueError(f"sigma must be positive and finite; position {bad[0]} is {float(sig[bad[0]])!r}")
    return 1.0 / sig


def _bounds(bounds, k: int, start: np.ndarray, names: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    if bounds is None:
        return np.full(k, -np.inf), np.full(k, np.inf)
    lower = np.broadcast_to(np.asarray(bounds[0], dtype=float), (k,)).copy()
    upper = np.broadcast_to(np.asarray(bounds[1], dtype=float), (k,)).copy()
    for i, name in enumerate(names):
        if not lower[i] < upper[i]:
            raise ValueError(f"bounds for {name} are empty: lower {lower[i]} is not below upper {upper[i]}")
        if not lower[i] <= start[i] <= upper[i]:
            raise ValueError(f"p0 for {name} ({start[i]}) lies outside its bounds [{lower[i]}, {upper[i]}]")
    return lower, upper
