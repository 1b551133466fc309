"""General nonlinear least squares with a statsmodels-style results object.

statsmodels has no nonlinear least-squares model, so the optimisation runs on
``scipy.optimize.least_squares`` and this module adds what a statistics package gives around it:
parameters scaled to order one, tight tolerances, a convergence check of its own (the Bates–Watts
relative-offset criterion that R's ``nls`` uses), a robust retry, and standard errors from the Jacobian
at the optimum computed stably by SVD. Its accuracy is tested against the NIST StRD certified results.

Non-convergence never passes quietly: when neither the first attempt nor the retries reach a point that
passes the convergence check, :func:`fit_curve` raises :class:`FitError` naming why.

Example:
    >>> import numpy as np
    >>> x = np.arange(10.0)
    >>> res = fit_curve(lambda x, a, r: a * np.exp(r * x), x, 2 * np.exp(0.3 * x) + 0.01 * np.sin(x),
    ...                 [1.0, 0.1], names=["a", "r"])
    >>> round(float(res.params["r"]), 3)
    0.3
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from videomarket.growth._numdiff import STEP_FD, jacobian_fd, precise_jacobian, relative_offset, scale_of
from videomarket.growth._problem import BAD_RESIDUAL, Problem, build_problem
from videomarket.growth._results import NLSResults

# Tolerances close to machine precision so the optimizer reaches certified values; the convergence
# decision itself is made by the relative-offset check below, not by which tolerance fired.
_TOL = 1e-15
# Bates & Watts (1981) relative offset: the part of the residual vector lying in the tangent plane,
# relative to the part orthogonal to it. At a least-squares minimum it is zero; R's nls uses 1e-5.
_RELATIVE_OFFSET_TOL = 1e-6
_N_PERTURBED_STARTS = 6
_POLISH_STEPS = 3


class FitError(RuntimeError):
    """The optimizer did not reach a least-squares minimum; the message says why."""


@dataclass(frozen=True)
class _Attempt:
    label: str
    params: np.ndarray
    nfev: int
    status: int
    converged: bool
    reason: str
    ssr: float


def fit_curve(
    func: Callable[..., np.ndarray],
    x: Sequence[float] | np.ndarray | pd.Series,
    y: Sequence[float] | np.ndarray | pd.Series,
    p0: Sequence[float] | np.ndarray,
    *,
    names: Sequence[str] | None = None,
    sigma: float | Sequence[float] | np.ndarray | None = None,
    bounds: tuple[float | Sequence[float], float | Sequence[float]] | None = None,
    max_nfev: int | None = None,
    param_scale: Sequence[float] | np.ndarray | None = None,
) -> NLSResults:
    """Fit ``y ≈ func(x, *params)`` by nonlinear least squares, from the starting values ``p0``.

    ``func`` is called as in ``scipy.optimize.curve_fit``. ``sigma`` (scalar or one per point) gives
    relative uncertainties: residuals are divided by it and the error variance is still estimated from
    the weighted residuals (as statsmodels' WLS and curve_fit with ``absolute_sigma=False``).
    ``bounds`` is ``(lower, upper)``, scalars or one per parameter. ``max_nfev`` caps the function
    evaluations of each attempt (default ``1000 * (k + 1)``). ``param_scale`` gives the typical size of
    a change in each parameter (default |p0|, 1 for zeros); give it for location parameters such as a
    year, whose size says nothing about the scale on which the curve moves.

    The first attempt is Levenberg–Marquardt (trust-region reflective when bounded). If it does not
    stop at a minimum, the fit is retried with a soft-L1 loss started from ``p0`` and then from
    deterministic perturbations of ``p0``, each polished with the ordinary loss. A point counts as a
    minimum when the relative offset is below 1e-6, the Jacobian there has full rank and no parameter
    sits on a bound; otherwise :class:`FitError` is raised with the reason of every attempt (the choice
    here is to raise, never to return ``converged=False``).

    Duplicate and unsorted ``x`` are allowed here (replicates are ordinary regression data).

    Example:
        >>> import numpy as np
        >>> x = np.array([1.0, 2, 3, 4, 5, 6])
        >>> y = np.array([1.1, 1.9, 3.2, 3.9, 5.1, 6.0])
        >>> res = fit_curve(lambda x, a, b: a + b * x, x, y, [0, 1], names=["a", "b"])
        >>> round(float(res.params["b"]), 4), res.df_resid
        (0.9943, 4)
    """
    problem = build_problem(func, x, y, p0, names, sigma, bounds, param_scale)
    k = len(problem.p0)
    budget = int(max_nfev) if max_nfev is not None else 1000 * (k + 1)
    if budget < 1:
        raise ValueError(f"max_nfev must be a positive integer, got {max_nfev!r}")
    attempts: list[_Attempt] = []
    for label, start, loss in _plan(problem):
        attempt = _attempt(problem, label, start, loss, budget)
        attempts.append(attempt)
        if attempt.converged:
            return _make_results(problem, attempt, x, y, sigma)
    reasons = "; ".join(f"{a.label}: {a.reason}" for a in attempts)
    raise FitError(f"no attempt reached a least-squares minimum ({reasons})")


def _plan(problem: Problem):
    """Starting points and losses to try, in order; deterministic so fits are reproducible."""
    yield "first attempt", problem.p0, "linear"
    yield "soft-L1 retry", problem.p0, "soft_l1"
    rng = np.random.default_rng(20240601)
    for i in range(_N_PERTURBED_STARTS):
        spread = 0.1 if i < _N_PERTURBED_STARTS // 2 else 0.5
        # p0·e^N for the default scale |p0|; the same relative move in units of param_scale otherwise.
        moves = np.expm1(rng.normal(0.0, spread, size=problem.p0.size))
        direction = np.where(problem.p0 < 0, -1.0, 1.0)
        start = problem.p0 + direction * scale_of(problem.p0, problem.typical) * moves
        start = np.clip(start, problem.lower, problem.upper)
        yield f"perturbed start {i + 1}", start, "soft_l1"


def _attempt(problem: Problem, label: str, start: np.ndarray, loss: str, budget: int) -> _Attempt:
    params, nfev, status = _least_squares(problem, start, loss, budget)
    if loss != "linear" and status >= 0:
        # A robust loss only brings the fit into the basin; least squares is polished from there.
        params, more, status = _least_squares(problem, params, "linear", budget)
        nfev += more
    if status >= 1:
        # Re-scaling by the estimate and restarting squeezes out the last digits cheaply.
        params, more, status_polish = _least_squares(problem, params, "linear", budget)
        nfev += more
        status = status_polish if status_polish >= 0 else status
        params = _gauss_newton_polish(problem, params)
    converged, reason = _check_minimum(problem, params, status)
    ssr = float(np.sum(problem.residuals(params) ** 2))
    return _Attempt(label, params, nfev, status, converged, reason, ssr)


def _gauss_newton_polish(problem: Problem, params: np.ndarray) -> np.ndarray:
    """A few Gauss–Newton steps with the extrapolated Jacobian, kept only while the RSS does not rise.

    The optimizer stops where its own finite-difference gradient vanishes; when that Jacobian is off in
    the 6th digit (a parameter whose curve bends on a scale much finer than its size), so is the
    optimum. Near the minimum Gauss–Newton converges quadratically, so two or three steps settle it.
    """
    residuals = problem.residuals(params)
    ssr = float(residuals @ residuals)
    for _ in range(_POLISH_STEPS):
        jac = precise_jacobian(problem.residuals, params, problem.lower, problem.upper, problem.typical)
        step, *_ = np.linalg.lstsq(jac, -residuals, rcond=None)
        trial = np.clip(params + step, problem.lower, problem.upper)
        trial_residuals = problem.residuals(trial)
        trial_ssr = float(trial_residuals @ trial_residuals)
        if not trial_ssr <= ssr:
            break
        params, residuals, ssr = trial, trial_residuals, trial_ssr
    return params


def _least_squares(problem: Problem, start: np.ndarray, loss: str, budget: int):
    from scipy.optimize import least_squares

    scale = scale_of(start, problem.typical)

    def fun(u: np.ndarray) -> np.ndarray:
        return problem.residuals(u * scale)

    def jac(u: np.ndarray) -> np.ndarray:
        return jacobian_fd(fun, u, problem.lower / scale, problem.upper / scale, STEP_FD,
                           fixed_scale=problem.typical is not None)

    method = "lm" if (loss == "linear" and not problem.bounded) else "trf"
    kwargs = {}
    if method == "trf":
        kwargs["bounds"] = (problem.lower / scale, problem.upper / scale)
        if loss != "linear":
            kwargs["loss"] = loss
            kwargs["f_scale"] = _robust_scale(fun(start / scale))
    try:
        # Rejected trial points carry huge residuals on purpose: their overflow is expected, not news.
        with np.errstate(over="ignore", invalid="ignore"):
            sol = least_squares(fun, start / scale, jac=jac, method=method, x_scale="jac", ftol=_TOL,
                                xtol=_TOL, gtol=_TOL, max_nfev=budget, **kwargs)
    except (ValueError, np.linalg.LinAlgError, FloatingPointError):
        return start, 0, -1
    return sol.x * scale, int(sol.nfev), int(sol.status)


def _robust_scale(residuals: np.ndarray) -> float:
    mad = float(np.median(np.abs(residuals - np.median(residuals))))
    return max(mad * 1.4826, 1e-8 * (float(np.max(np.abs(residuals))) + 1.0))


def _check_minimum(problem: Problem, params: np.ndarray, status: int) -> tuple[bool, str]:
    if status == -1:
        return False, "the optimizer could not run from this start"
    if not np.all(np.isfinite(params)):
        return False, "parameters became non-finite"
    residuals = problem.residuals(params)
    if np.any(residuals >= BAD_RESIDUAL):
        return False, "the model is not finite at the final parameters"
    at_bound = np.isclose(params, problem.lower, rtol=1e-9, atol=0) | np.isclose(params, problem.upper,
                                                                                 rtol=1e-9, atol=0)
    if at_bound.any():
        name = problem.names[int(np.flatnonzero(at_bound)[0])]
        return False, f"{name} ended on its bound ({params[at_bound][0]:.6g}): the least-squares minimum " \
                      f"lies outside the bounds and standard errors there would not be valid"
    jac = precise_jacobian(problem.residuals, params, problem.lower, problem.upper, problem.typical)
    singular = np.linalg.svd(jac, compute_uv=False)
    rank = int(np.sum(singular > singular[0] * max(jac.shape) * np.finfo(float).eps)) if singular[0] else 0
    if rank < params.size:
        return False, f"the Jacobian at the final point is singular (rank {rank} of {params.size})"
    offset = relative_offset(jac, residuals)
    if offset <= _RELATIVE_OFFSET_TOL:
        return True, f"converged (relative offset {offset:.1e})"
    why = "evaluation limit reached" if status == 0 else "stopped"
    return False, f"{why} at a point that is not a minimum (relative offset {offset:.1e})"


def _make_results(problem: Problem, attempt: _Attempt, x, y, sigma) -> NLSResults:
    jac = precise_jacobian(problem.residuals, attempt.params, problem.lower, problem.upper, problem.typical)
    n, k = jac.shape
    _, singular, vt = np.linalg.svd(jac, full_matrices=False)
    # (J'J)^-1 = V S^-2 V' avoids forming J'J, whose condition number is the square of J's.
    unscaled_cov = (vt.T / singular**2) @ vt
    residuals = problem.residuals(attempt.params)
    ssr = float(residuals @ residuals)
    sigma2 = ssr / (n - k)
    index = x.index if isinstance(x, pd.Series) else None
    return NLSResults(
        func=problem.func,
        names=problem.names,
        x=problem.x,
        y=problem.y,
        weights=problem.weights_sqrt**2,
        params=pd.Series(attempt.params, index=list(problem.names), name="params"),
        normalized_cov=unscaled_cov,
        ssr=ssr,
        sigma2=sigma2,
        converged=attempt.converged,
        method=attempt.label,
        nfev=attempt.nfev,
        message=attempt.reason,
        row_index=index,
        weighted=sigma is not None,
        param_scale=problem.typical,
    )
