"""Newton's method for Bradley–Terry likelihoods, one data set or a thousand bootstrap rounds at once.

Abilities are on the natural log-odds scale. Per pair the data are the first model's score (wins
plus half the ties) and the number of battles; rows of ``score``/``totals`` are independent data
sets sharing one comparison graph. The negative log-likelihood is convex, its Hessian is a
weighted graph Laplacian, so Newton steps with a backtracking line search converge from any start
and, warm-started near the answer, in three or four steps.

Example::

    >>> import numpy as np
    >>> from videomarket.arena._pairs import PairCounts
    >>> pairs = PairCounts(("a", "b"), np.array([0]), np.array([1]), np.array([3.0]), np.array([1.0]),
    ...                    np.array([0.0]))
    >>> theta = solve_abilities(Design(pairs), np.array([3.0]), np.array([4.0]), 0.0)
    >>> round(float(theta[0] - theta[1]), 6) == round(float(np.log(3)), 6)
    True
"""

from __future__ import annotations

import numpy as np

from videomarket.arena._pairs import PairCounts

NEWTON_TOL = 1e-10  # largest step (natural log-odds) at which Newton has converged


class Design:
    """Index arrays of the comparison graph, built once per fit and reused by every Newton step."""

    def __init__(self, pairs: PairCounts) -> None:
        from scipy.sparse import csr_matrix

        count, n = len(pairs.first), pairs.n_models
        self.n_models = n
        self.first, self.second = pairs.first, pairs.second
        rows = np.concatenate([np.arange(count), np.arange(count)])
        cols = np.concatenate([pairs.first, pairs.second])
        signs = np.concatenate([np.ones(count), -np.ones(count)])
        self.incidence_t = csr_matrix((signs, (rows, cols)), shape=(count, n)).T.tocsr()
        self.touch_t = abs(self.incidence_t)
        self.upper = pairs.first * n + pairs.second
        self.lower = pairs.second * n + pairs.first


def solve_abilities(design: Design, score: np.ndarray, totals: np.ndarray, lam: float) -> np.ndarray:
    """Abilities maximising the (penalised) likelihood: scipy trust-region Newton, then polished.

    Without a penalty the first ability is fixed at 0 (the likelihood only sees differences).
    """
    from scipy.optimize import minimize

    n = design.n_models
    free = slice(1, None) if lam == 0 else slice(None)
    weight = 1.0 / totals.sum()  # keep the objective O(1) so tolerances mean the same at any size

    def full(x: np.ndarray) -> np.ndarray:
        theta = np.zeros(n)
        theta[free] = x
        return theta[None, :]

    def value_and_gradient(x: np.ndarray) -> tuple[float, np.ndarray]:
        theta = full(x)
        value = objective(design, theta, score[None, :], totals[None, :], lam)[0]
        grad = gradient(design, theta, score[None, :], totals[None, :], lam)[0, free]
        return weight * value, weight * grad

    def hess(x: np.ndarray) -> np.ndarray:
        return weight * hessian(design, full(x), totals[None, :], lam)[0][free, free]

    start = np.zeros(n)[free]
    result = minimize(value_and_gradient, start, jac=True, hess=hess, method="trust-exact",
                      options={"gtol": 1e-9, "maxiter": 500})
    theta, converged = newton_batch(design, score[None, :], totals[None, :], lam, full(result.x))
    if not converged[0]:
        raise RuntimeError("Bradley–Terry fit did not converge; please report the votes that cause this")
    return theta[0]


def newton_batch(
    design: Design, score: np.ndarray, totals: np.ndarray, lam: float, theta0: np.ndarray,
    *, max_iter: int = 100,
) -> tuple[np.ndarray, np.ndarray]:
    """Damped Newton on many count sets at once (row b of ``score``/``totals`` is one data set).

    Returns the abilities (rows) and whether each row converged. Each step solves the rows'
    Hessian systems in one batched call; a backtracking line search keeps every row descending.
    """
    theta = np.array(theta0, dtype=float, copy=True)
    rows = theta.shape[0]
    free = slice(1, None) if lam == 0 else slice(None)
    if lam == 0:
        theta -= theta[:, :1]
    value = objective(design, theta, score, totals, lam)
    converged = np.zeros(rows, dtype=bool)
    for _ in range(max_iter):
        active = ~converged
        if not active.any():
            break
        sub = (slice(None),) if active.all() else (active,)
        grad = gradient(design, theta[sub], score[sub], totals[sub], lam)[:, free]
        hess = hessian(design, theta[sub], totals[sub], lam)[:, free, free]
        step = np.zeros_like(theta[sub])
        step[:, free] = -np.linalg.solve(hess, grad[..., None])[..., 0]
        slope = np.einsum("bi,bi->b", grad, step[:, free])
        new_theta, new_value, length = _backtrack(design, theta[sub], value[sub], step, slope,
                                                  score[sub], totals[sub], lam)
        moved = np.abs(length[:, None] * step).max(axis=1)
        theta[sub], value[sub] = new_theta, new_value
        converged[np.flatnonzero(active)[moved < NEWTON_TOL]] = True
    return theta, converged


def chord_batch(
    design: Design, score: np.ndarray, totals: np.ndarray, lam: float, theta0: np.ndarray,
    *, max_iter: int = 60,
) -> tuple[np.ndarray, np.ndarray]:
    """Newton steps that reuse the Hessian at ``theta0[0]`` for every row and every step.

    Bootstrap rounds are small perturbations of one data set, so the full-data Hessian is close to
    each round's own: the iteration contracts by a factor of the relative difference (a few % at
    arena scale) per step. Each step is then one gradient and one matrix product, instead of
    a batch of small LAPACK solves, which multithreaded BLAS runs badly. Rows that do not
    converge (sparse data, where the Hessians differ a lot) are returned for a full Newton fit.
    """
    theta = np.array(theta0, dtype=float, copy=True)
    free = slice(1, None) if lam == 0 else slice(None)
    if lam == 0:
        theta -= theta[:, :1]
    base_hessian = hessian(design, theta[:1], totals.mean(axis=0, keepdims=True), lam)[0][free, free]
    inverse = np.linalg.inv(base_hessian)
    converged = np.zeros(theta.shape[0], dtype=bool)
    gave_up = np.zeros(theta.shape[0], dtype=bool)
    previous = np.full(theta.shape[0], np.inf)
    for _ in range(max_iter):
        active = np.flatnonzero(~converged & ~gave_up)
        if active.size == 0:
            break
        step = -gradient(design, theta[active], score[active], totals[active], lam)[:, free] @ inverse
        moved = np.abs(step).max(axis=1)
        growing = moved > previous[active]  # not contracting: keep the last iterate for full Newton
        theta[active[~growing], free] += step[~growing]
        previous[active] = moved
        converged[active[~growing & (moved < NEWTON_TOL)]] = True
        gave_up[active[growing]] = True
    return theta, converged


def _backtrack(
    design: Design, theta: np.ndarray, value: np.ndarray, step: np.ndarray, slope: np.ndarray,
    score: np.ndarray, totals: np.ndarray, lam: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    length = np.ones(theta.shape[0])
    for _ in range(60):
        trial = theta + length[:, None] * step
        trial_value = objective(design, trial, score, totals, lam)
        # Armijo decrease, with slack for rounding once steps are at machine precision.
        ok = trial_value <= value + 1e-4 * length * slope + 1e-13 * np.abs(value)
        ok |= np.abs(length[:, None] * step).max(axis=1) < NEWTON_TOL
        if ok.all():
            break
        length = np.where(ok, length, length / 2)
    return trial, trial_value, length


def objective(design: Design, theta: np.ndarray, score: np.ndarray, totals: np.ndarray,
               lam: float) -> np.ndarray:
    from scipy.special import log_expit

    diff = theta[:, design.first] - theta[:, design.second]
    # log(1 - expit(d)) = log_expit(d) - d: one transcendental call instead of two.
    loglik = (totals * log_expit(diff) - (totals - score) * diff).sum(axis=1)
    return -loglik + 0.5 * lam * (theta**2).sum(axis=1)


def gradient(design: Design, theta: np.ndarray, score: np.ndarray, totals: np.ndarray,
              lam: float) -> np.ndarray:
    from scipy.special import expit

    residual = score - totals * expit(theta[:, design.first] - theta[:, design.second])
    return -(design.incidence_t @ residual.T).T + lam * theta


def hessian(design: Design, theta: np.ndarray, totals: np.ndarray, lam: float) -> np.ndarray:
    from scipy.special import expit

    n = design.n_models
    p = expit(theta[:, design.first] - theta[:, design.second])
    weight = totals * p * (1 - p)
    matrix = np.zeros((theta.shape[0], n * n))
    matrix[:, design.upper] = -weight
    matrix[:, design.lower] = -weight
    matrix = matrix.reshape(theta.shape[0], n, n)
    degree = (design.touch_t @ weight.T).T
    diagonal = np.arange(n)
    matrix[:, diagonal, diagonal] = degree + lam
    return matrix
