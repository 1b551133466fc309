"""Named growth curves fitted with automatic starts, their OLS cross-check and their comparison.

- :func:`fit_growth`: the named curves of :mod:`videomarket.growth._models` with automatic starts.
- :func:`exponential_ols`: the statsmodels OLS cross-check of an exponential (log y on x).
- :func:`compare_growth_models`: one table of AIC, BIC, RSS, parameters and a horizon value.

Example:
    >>> res = fit_growth([0, 1, 2, 3], [100, 120, 144, 172.8], "exponential")
    >>> round(float(res.params.iloc[1]), 4)
    0.1823
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np
import pandas as pd

from videomarket.growth._models import GROWTH_MODELS
from videomarket.growth._nls import FitError, fit_curve
from videomarket.growth._results import NLSResults

DEFAULT_COMPARISON = ("exponential", "logistic", "gompertz", "richards")

ArrayLike = Sequence[float] | np.ndarray | pd.Series

#: Evaluations per parameter and attempt for named models (fit_curve's own default is 1000).
AUTO_START_NFEV = 200


def fit_growth(x: ArrayLike, y: ArrayLike, model: str, *, origin: float = 0.0,
               p0: Sequence[float] | None = None, max_nfev: int | None = None) -> NLSResults:
    """Fit a named growth curve (see :mod:`videomarket.growth._models`) with automatic starting values.

    ``x`` must be strictly increasing (a time axis); ``origin`` is where x counts from for the
    exponential (``a`` is the value there) and the Bass model (the launch). For calendar years pass
    e.g. ``origin=2020``. The exponential result carries ``ols``, the statsmodels cross-check of
    :func:`exponential_ols`. Raises ``ValueError`` for bad data and :class:`FitError` when no start
    reaches a minimum, with the reason and the fix where there is one: the S-curves (logistic, gompertz,
    richards) need increasing data; calendar-year x with the default ``origin=0`` asks for e.g.
    ``origin=2024``. Each attempt is capped at ``max_nfev`` evaluations (default ``AUTO_START_NFEV``
    per parameter): with several automatic starts a hopeless model fails in seconds, not minutes.

    Example:
        >>> import numpy as np
        >>> t = np.arange(12.0)
        >>> res = fit_growth(t, 50 / (1 + np.exp(-0.9 * (t - 6))) + 0.01 * np.cos(t), "logistic")
        >>> round(float(res.params["K"]), 1), round(float(res.params["x0"]), 2)
        (50.0, 6.0)
    """
    spec = _model(model)
    xs, ys = _series_checked(x, y, spec.name, len(spec.names), spec.positive_data)
    if spec.increasing:
        _check_increasing(spec.name, xs, ys)
    max_nfev = max_nfev if max_nfev is not None else AUTO_START_NFEV * (len(spec.names) + 1)
    starts = [np.asarray(p0, dtype=float)] if p0 is not None else spec.starts(xs, ys, origin)
    if not starts:
        raise FitError(f"{spec.name}: no automatic starting values fit these data; pass p0 "
                       f"(one value each for {', '.join(spec.names)})")
    try:
        return _fit_from_starts(spec, xs, ys, origin, starts, max_nfev)
    except (FitError, ValueError) as exc:
        hint = _origin_hint(spec, xs, origin)
        if hint is None:
            raise
        raise FitError(f"{spec.name} fit failed: {hint}\nWhat the optimizer reported: {exc}") from exc


def _fit_from_starts(spec, xs: np.ndarray, ys: np.ndarray, origin: float, starts: list[np.ndarray],
                     max_nfev: int) -> NLSResults:
    """The first start that reaches a least-squares minimum; FitError listing why each one failed."""
    curve = spec.curve(origin)
    failures = []
    for start in starts:
        try:
            res = fit_curve(curve, xs, ys, start, names=spec.names, max_nfev=max_nfev,
                            param_scale=spec.param_scale(start))
        except FitError as exc:
            failures.append(str(exc))
            continue
        extra = exponential_ols(xs, ys, origin=origin) if spec.name == "exponential" else None
        return dataclasses.replace(res, model_name=spec.name, formula=spec.formula, ols=extra)
    raise FitError(f"{spec.name} fit failed from {len(starts)} starting point(s): " + " | ".join(failures))


def _check_increasing(model: str, xs: np.ndarray, ys: np.ndarray) -> None:
    """S-curves rise to a ceiling: on a flat or falling series there is nothing for them to fit."""
    slope = float(np.polyfit(xs, ys, 1)[0])
    flat = abs(slope) * (xs[-1] - xs[0]) <= 1e-9 * float(np.max(np.abs(ys)))  # rounding noise, not a trend
    if slope > 0 and not flat:
        return
    trend = "flat" if flat else f"{slope:+.3g} per unit of x"
    raise FitError(
        f"the {model} model is a growth curve and growth curves need increasing data, but y does not "
        f"increase: {ys[0]:g} at x = {xs[0]:g}, {ys[-1]:g} at x = {xs[-1]:g} (least-squares trend: "
        f"{trend}). For a decline fit 'exponential' (its rate r comes out negative) or a curve of your "
        "own with fit_curve."
    )


#: How far (in units of x) the origin may sit from the data before exp(r·(x − origin)) loses all precision.
_FAR_FROM_ORIGIN = 100.0


def _origin_hint(spec, xs: np.ndarray, origin: float) -> str | None:
    """The fix for the usual cause of a failed exponential or Bass fit: calendar years counted from 0."""
    distance = float(np.min(np.abs(xs - origin)))
    span = float(xs[-1] - xs[0])
    if not spec.uses_origin or distance <= max(_FAR_FROM_ORIGIN, 10 * span):
        return None
    first = int(np.floor(xs[0]))
    which = "the launch year, e.g." if spec.name == "bass" else "the first year,"
    return (f"x starts at {xs[0]:g}, {distance:g} units from origin={origin:g}, where the curve's "
            f"exponential over- or underflows (calendar years?). Count x from the data: pass "
            f"origin={first} ({which} origin={first}) or subtract it (x - {first}).")


def exponential_ols(x: ArrayLike, y: ArrayLike, *, origin: float = 0.0):
    """statsmodels OLS of log y on (x − origin): exp(const) and the slope estimate a and r.

    The least-squares fit on the log scale weights small values more than the NLS fit does, so the two
    agree closely only when the curve is exponential; a large gap is itself a finding.

    Example:
        >>> import numpy as np
        >>> ols = exponential_ols(np.arange(5.0), 3 * np.exp(0.2 * np.arange(5.0)))
        >>> round(float(np.exp(ols.params["const"])), 6), round(float(ols.params["x"]), 6)
        (3.0, 0.2)
    """
    # the model's own module: ``statsmodels.api`` imports every model family (about 1 s more)
    from statsmodels.regression.linear_model import OLS
    from statsmodels.tools.tools import add_constant

    xs, ys = _series_checked(x, y, "exponential", 2, positive=True)
    design = add_constant(pd.DataFrame({"x": xs - origin}))
    return OLS(np.log(ys), design).fit()


def compare_growth_models(x: ArrayLike, y: ArrayLike, horizon: float, *,
                          models: Sequence[str] = DEFAULT_COMPARISON, origin: float = 0.0,
                          alpha: float = 0.05, interval: str = "confidence") -> pd.DataFrame:
    """Fit each model and return one table ranked by AICc where the data can rank them.

    Columns: model, n_params, df_resid (points minus parameters), aic, aicc, bic, delta_aicc, rank,
    ssr, parameters (name=value (se) text), horizon, value, lower, upper (the curve at ``horizon`` with
    its ``interval`` at level 1 − alpha), converged, note. AICc (:attr:`NLSResults.aicc`, which counts
    the error variance as a parameter: K = n_params + 1) needs ``n - K - 1 > 0``; a fit without it gets
    ``aicc`` NaN and no ``rank`` (its note says why), so it is never called best. Ranked fits come first,
    then unranked ones, then failures. A ``delta_aicc`` under 2 does not separate two curves.

    Example:
        >>> import numpy as np
        >>> t = np.arange(12.0)
        >>> y = 50 / (1 + np.exp(-0.9 * (t - 6))) + 0.05 * np.cos(3 * t)
        >>> table = compare_growth_models(t, y, horizon=15, models=("exponential", "logistic"))
        >>> table["model"].iloc[0]
        'logistic'
    """
    rows = []
    for name in models:
        spec = _model(name)
        try:
            res = fit_growth(x, y, spec.name, origin=origin)
        except FitError as exc:
            rows.append({"model": spec.name, "n_params": len(spec.names), "converged": False,
                         "note": str(exc)})
            continue
        band = res.predict([horizon], interval=interval, alpha=alpha).iloc[0]
        rows.append({
            "model": spec.name, "n_params": len(spec.names), "df_resid": res.nobs - len(spec.names),
            "aic": res.aic, "aicc": res.aicc, "bic": res.bic, "ssr": res.ssr, "parameters": _describe(res),
            "horizon": horizon, "value": band["mean"], "lower": band["lower"], "upper": band["upper"],
            "converged": True,
            "note": "" if np.isfinite(res.aicc) else _unrankable(res.nobs, len(spec.names)),
        })
    columns = ["model", "n_params", "df_resid", "aic", "aicc", "bic", "delta_aicc", "rank", "ssr",
               "parameters", "horizon", "value", "lower", "upper", "converged", "note"]
    table = pd.DataFrame(rows).reindex(columns=columns)
    table["delta_aicc"] = table["aicc"] - table["aicc"].min()
    table["rank"] = table["aicc"].rank(method="min").astype("Int64")
    converged = table["converged"].fillna(False).astype(bool)
    order = table.assign(_group=np.select([table["aicc"].notna(), converged], [0, 1], 2))
    order = order.sort_values(["_group", "aicc", "aic"], kind="stable").drop(columns="_group")
    return order.reset_index(drop=True)


def _unrankable(nobs: int, n_params: int) -> str:
    k = n_params + 1  # the error variance counts as a parameter
    return (f"not ranked: {nobs} points and {n_params} curve parameters plus the error variance leave "
            f"n - k - 1 = {nobs - k - 1}, so AICc is undefined and the fit cannot be told apart from others")


def _describe(res: NLSResults) -> str:
    return ", ".join(f"{name}={res.params[name]:.6g} ({res.bse[name]:.2g})" for name in res.names)


def _model(name: str):
    if name not in GROWTH_MODELS:
        raise ValueError(f"unknown growth model {name!r}; choose one of {sorted(GROWTH_MODELS)}")
    return GROWTH_MODELS[name]


def _series_checked(x: ArrayLike, y: ArrayLike, model: str, k: int, positive: bool):
    """A growth series: finite, x strictly increasing, enough points, positive y where logs are taken."""
    try:
        xs, ys = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    except (TypeError, ValueError) as error:
        raise ValueError(f"x and y must be numbers (a list, array or Series of them): {error}") from None
    if xs.ndim != 1 or xs.shape != ys.shape:
        raise ValueError(f"x and y must be one-dimensional and of equal length, got shapes {xs.shape} "
                         f"and {ys.shape}")
    for what, values in (("x", xs), ("y", ys)):
        bad = np.flatnonzero(~np.isfinite(values))
        if bad.size:
            raise ValueError(f"{what} has a non-finite value at position {bad[0]}: {float(values[bad[0]])!r}")
    if xs.size <= k:
        raise ValueError(f"the {model} model has {k} parameters but only {xs.size} points were given: "
                         f"need at least {k + 1}")
    steps = np.diff(xs)
    if np.any(steps <= 0):
        i = int(np.flatnonzero(steps <= 0)[0])
        kind = "duplicate" if steps[i] == 0 else "unsorted"
        raise ValueError(f"x must be strictly increasing: {kind} x at positions {i} and {i + 1} "
                         f"({float(xs[i])!r}, {float(xs[i + 1])!r})")
    if positive and np.any(ys <= 0):
        i = int(np.flatnonzero(ys <= 0)[0])
        raise ValueError(f"the {model} model needs positive y; y[{i}] = {float(ys[i])!r}")
    if not positive and (np.any(ys < 0) or not np.any(ys > 0)):
        raise ValueError(f"the {model} model needs non-negative y with at least one positive value")
    return xs, ys
