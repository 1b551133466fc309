"""Numerical derivatives and the convergence measure used by the nonlinear least-squares fits.

Derivatives are taken in scaled coordinates u = params / |params| so every coordinate is of order one;
:func:`precise_jacobian` extrapolates central differences (Ridders) so that a location parameter such
as a year gets as accurate a derivative as a rate does.

Example:
    >>> import numpy as np
    >>> precise_jacobian(lambda b: np.array([b[0] ** 2, b[0] * b[1]]), np.array([3.0, 2.0])).round(8)
    array([[6., 0.],
           [2., 3.]])
"""

from __future__ import annotations

import numpy as np

STEP_FD = np.finfo(float).eps ** (1 / 3)
_RIDDERS_FIRST_STEPS = (0.05, 2e-3, 1e-4)
_RIDDERS_SHRINK = 1.6
_RIDDERS_LEVELS = 12


def scale_of(params: np.ndarray, typical: np.ndarray | None = None) -> np.ndarray:
    """The size of each parameter used for scaling: ``typical`` when given, else |params| (1 for zeros).

    Dividing by it puts every coordinate at order one. |params| is wrong for a location parameter such
    as a year (2028 is not the scale on which an inflection point moves), hence ``typical``.
    """
    if typical is not None:
        return np.asarray(typical, dtype=float)
    scale = np.abs(params)
    return np.where(scale > 0, scale, 1.0)


def jacobian_fd(fun, u: np.ndarray, lower: np.ndarray, upper: np.ndarray, step: float,
                fixed_scale: bool = False) -> np.ndarray:
    """Second-order finite differences, central where the bounds allow and one-sided otherwise.

    Steps are ``step`` times max(|u|, 1), or ``step`` itself when the coordinates were scaled by a
    given typical size (``fixed_scale``): then |u| is a position, not a scale.
    """
    f0 = fun(u)
    jac = np.empty((f0.size, u.size))
    for i in range(u.size):
        h = step * (1.0 if fixed_scale else max(abs(u[i]), 1.0))
        e = np.zeros_like(u)
        e[i] = h
        if u[i] - h >= lower[i] and u[i] + h <= upper[i]:
            jac[:, i] = (fun(u + e) - fun(u - e)) / (2 * h)
        elif u[i] + 2 * h <= upper[i]:
            jac[:, i] = (-3 * f0 + 4 * fun(u + e) - fun(u + 2 * e)) / (2 * h)
        else:
            jac[:, i] = (3 * f0 - 4 * fun(u - e) + fun(u - 2 * e)) / (2 * h)
    return jac


def precise_jacobian(fun, params: np.ndarray, lower: np.ndarray | None = None,
                     upper: np.ndarray | None = None, typical: np.ndarray | None = None) -> np.ndarray:
    """Jacobian of ``fun`` at ``params`` by Ridders' extrapolation of central differences.

    Each column is extrapolated from a few first steps (5 %, 0.2 % and 0.01 % of the parameter's
    scale, see :func:`scale_of`), and the estimate with the smallest error estimate is kept, so a
    parameter whose curve bends on a scale much finer than its size (a peak position, a year) still
    gets an accurate derivative. Used for the standard errors, the convergence check and the delta
    method, where the optimizer's cheaper Jacobian would cost digits.

    Example:
        >>> import numpy as np
        >>> precise_jacobian(lambda b: np.array([b[0] ** 2, b[0] * b[1]]), np.array([3.0, 2.0])).round(8)
        array([[6., 0.],
               [2., 3.]])
    """
    params = np.asarray(params, dtype=float)
    scale = scale_of(params, typical)
    lo = np.full(params.size, -np.inf) if lower is None else np.asarray(lower) / scale
    hi = np.full(params.size, np.inf) if upper is None else np.asarray(upper) / scale

    def scaled(u: np.ndarray) -> np.ndarray:
        return np.asarray(fun(u * scale), dtype=float)

    u = params / scale
    columns = []
    for i in range(u.size):
        size = 1.0 if typical is not None else max(abs(u[i]), 1.0)
        feasible = [h * size for h in _RIDDERS_FIRST_STEPS
                    if lo[i] <= u[i] - h * size and u[i] + h * size <= hi[i]]
        if feasible:
            estimates = [_ridders(scaled, u, i, h0) for h0 in feasible]
            columns.append(min(estimates, key=lambda estimate: estimate[1])[0])
        else:
            # Next to an active bound: one-sided second-order differences, Richardson-extrapolated.
            fixed = typical is not None
            coarse = jacobian_fd(scaled, u, lo, hi, STEP_FD, fixed)[:, i]
            fine = jacobian_fd(scaled, u, lo, hi, STEP_FD / 2, fixed)[:, i]
            columns.append((4 * fine - coarse) / 3)
    return np.column_stack(columns) / scale


def _ridders(fun, u: np.ndarray, i: int, h0: float) -> tuple[np.ndarray, float]:
    """Ridders' method (Numerical Recipes' dfridr) for one column; returns (estimate, error estimate)."""
    shrink_sq = _RIDDERS_SHRINK**2
    table: list[list[np.ndarray]] = []
    best, best_error = None, np.inf
    h = h0
    for level in range(_RIDDERS_LEVELS):
        e = np.zeros_like(u)
        e[i] = h
        row = [(fun(u + e) - fun(u - e)) / (2 * h)]
        factor = shrink_sq
        for j in range(1, level + 1):
            row.append((row[j - 1] * factor - table[level - 1][j - 1]) / (factor - 1))
            factor *= shrink_sq
            error = max(np.max(np.abs(row[j] - row[j - 1])), np.max(np.abs(row[j] - table[level - 1][j - 1])))
            if error <= best_error:
                best, best_error = row[j], error
        if level and np.max(np.abs(row[level] - table[level - 1][level - 1])) >= 2 * best_error:
            break  # higher orders are now dominated by rounding: stop with the best estimate so far
        table.append(row)
        h /= _RIDDERS_SHRINK
    return (best, float(best_error)) if best is not None else (table[0][0], np.inf)


def relative_offset(jac: np.ndarray, residuals: np.ndarray) -> float:
    """Bates–Watts relative offset: 0 at a least-squares minimum, O(1) far from it.

    Example:
        >>> import numpy as np
        >>> relative_offset(np.array([[1.0], [1.0], [1.0]]), np.array([1.0, -2.0, 1.0]))
        0.0
    """
    q, _ = np.linalg.qr(jac)
    tangent = q.T @ residuals
    n, k = jac.shape
    orthogonal_sq = max(float(residuals @ residuals - tangent @ tangent), 0.0)
    tangent_rms = float(np.sqrt(tangent @ tangent / k))
    if orthogonal_sq <= (np.finfo(float).eps * float(residuals @ residuals)) or n == k:
        # An (almost) exact fit: judge the gradient against the size of the Jacobian instead.
        return tangent_rms / (np.linalg.norm(jac) + 1.0)
    return tangent_rms / float(np.sqrt(orthogonal_sq / (n - k)))
