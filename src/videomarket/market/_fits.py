"""Growth curves fitted to consensus market-size points, compared at a horizon year, with bands.

Thin data: a handful of points per market definition. So every model is tried, models with too few
points are reported as such (not silently dropped), failed fits keep their
:class:`~videomarket.growth.FitError` text, and models are ranked by AICc only where the data leave at
least two residual degrees of freedom: with five points, three-parameter curves cannot be ranked at
all. These curves illustrate what analysts' figures look like; they are not evidence of the market's
growth (for that, see :func:`videomarket.market.edition_growth`).

Example:
    >>> import pandas as pd
    >>> pts = pd.DataFrame({"year": [2025, 2026, 2027, 2028, 2029],
    ...                     "value_usd_m": [100.0, 121.0, 144.0, 174.0, 207.0]})
    >>> fits = consensus_fits(pts.iloc[:4], 2030, models=("exponential", "richards"))
    >>> fits.best, fits.failed["reason"].tolist()  # 4 points: the exponential is fitted but not ranked
    (None, ['the richards model has 4 parameters but only 4 points were given: need at least 5'])
    >>> fits = consensus_fits(pts, 2030, models=("exponential", "bass"))
    >>> fits.preferred
    'exponential'
    >>> fits.converged.set_index("model")["rank"].isna().tolist()  # bass: 5 points, 3 parameters
    [False, True]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np
import pandas as pd

from videomarket import growth

ALL_MODELS = ("exponential", "logistic", "gompertz", "richards", "bass")
_BAND_STEP = 0.25  # years between the points of a drawn band
_TABLE_COLUMNS = [
    "model",
    "n_params",
    "df_resid",
    "aic",
    "aicc",
    "bic",
    "delta_aicc",
    "rank",
    "ssr",
    "parameters",
    "horizon",
    "value",
    "lower",
    "upper",
    "converged",
    "note",
]


@dataclasses.dataclass(frozen=True)
class ConsensusFits:
    """Growth curves fitted to consensus points.

    ``table``: :func:`videomarket.growth.compare_growth_models` rows (ranked by AICc where the data can
    rank them), plus rows for the models that had too few points, all with a one-line ``reason`` when a
    fit failed. ``bands``: the fitted curve of every converged model with its confidence band, long
    format (model, year, mean, lower, upper). ``best``: the lowest-AICc model among those with a defined
    AICc (at least two residual degrees of freedom), or None when no model can be ranked.
    ``preferred``: the model with the fewest parameters among the ranked ones within 2 AICc units of the
    best (the usual rule when the data cannot separate models), or None. ``exponential_rate``:
    the exponential fit's annual growth rate exp(r) − 1 with its interval (rate, lower, upper) or None.
    """

    table: pd.DataFrame
    bands: pd.DataFrame
    best: str | None
    horizon: int
    alpha: float
    n_points: int
    exponential_rate: pd.Series | None

    @property
    def converged(self) -> pd.DataFrame:
        """Rows of the models that were fitted."""
        return self.table[self.table["converged"].astype(bool)].reset_index(drop=True)

    @property
    def preferred(self) -> str | None:
        """The simplest ranked model within 2 AICc units of the best (ties: the better AICc)."""
        ranked = self.converged[self.converged["rank"].notna()]
        if ranked.empty:
            return None
        close = ranked[ranked["delta_aicc"] < 2]
        return str(close.sort_values(["n_params", "aicc"], kind="stable")["model"].iloc[0])

    @property
    def failed(self) -> pd.DataFrame:
        """Rows of the models that could not be fitted, with the reason."""
        return self.table[~self.table["converged"].astype(bool)].reset_index(drop=True)


def consensus_fits(
    points: pd.DataFrame,
    horizon: int,
    *,
    models: Sequence[str] = ALL_MODELS,
    alpha: float = 0.05,
    origin: float | None = None,
) -> ConsensusFits:
    """Fit each growth model to ``points`` (year, value_usd_m) and compare them at ``horizon``.

    Models with no more points than parameters are not attempted; their row says so (the message of
    the ``ValueError`` that :func:`videomarket.growth.fit_growth` raises). Models whose fit fails keep
    their :class:`~videomarket.growth.FitError` text in ``note`` and its first clause in ``reason``.
    ``origin`` (default: the first year) is where the exponential's ``a`` and the Bass curve's launch
    sit. Bands are confidence intervals of the curve at level 1 − alpha (delta method, t quantiles).

    Example:
        >>> import pandas as pd
        >>> pts = pd.DataFrame({"year": [2025, 2026, 2027, 2028, 2029],
        ...                     "value_usd_m": [100.0, 121.0, 144.0, 174.0, 207.0]})
        >>> fits = consensus_fits(pts, 2030, models=("exponential", "bass"))
        >>> fits.best, fits.converged["model"].tolist()  # bass is fitted, but 5 points cannot rank it
        ('exponential', ['exponential', 'bass'])
    """
    for column in ("year", "value_usd_m"):
        if column not in points.columns:
            raise ValueError(f"consensus_fits: points lack column `{column}`")
    x = points["year"].to_numpy(dtype=float)
    y = points["value_usd_m"].to_numpy(dtype=float)
    if not np.isfinite(horizon):
        raise ValueError(f"consensus_fits: horizon must be a finite year, got {horizon!r}")
    start = float(x.min()) if origin is None and x.size else float(origin or 0.0)
    if not models:
        raise ValueError("consensus_fits: give at least one model")
    feasible, skipped = [], []
    for name in models:
        if name not in growth.GROWTH_MODELS:
            raise ValueError(
                f"consensus_fits: unknown model {name!r}; choose from {sorted(growth.GROWTH_MODELS)}"
            )
        k = len(growth.GROWTH_MODELS[name].names)
        if x.size > k:
            feasible.append(name)
            continue
        try:
            growth.fit_growth(x, y, name, origin=start)
            message = "not attempted"
        except ValueError as exc:  # too few points: the library names the count
            message = str(exc)
        skipped.append({"model": name, "n_params": k, "converged": False, "note": message})
    parts = []
    if feasible:
        parts.append(growth.compare_growth_models(x, y, horizon, models=feasible, origin=start, alpha=alpha))
    if skipped:
        parts.append(pd.DataFrame(skipped))
    # Same columns whatever was fitted, so a caller can select them even when nothing converged.
    table = pd.concat(parts, ignore_index=True).reindex(columns=_TABLE_COLUMNS)
    table["converged"] = table["converged"].fillna(False).astype(bool)
    table["df_resid"] = x.size - table["n_params"].astype(int)
    table["reason"] = table["note"].fillna("").map(_first_clause)
    bands = _bands(x, y, table, horizon, alpha, start)
    converged = table[table["converged"]]
    ranked = converged[converged["rank"].notna()].sort_values("aicc")
    best = str(ranked["model"].iloc[0]) if not ranked.empty else None
    rate = _exponential_rate(x, y, alpha, start) if "exponential" in set(converged["model"]) else None
    return ConsensusFits(table, bands, best, int(horizon), alpha, int(x.size), rate)


def _first_clause(note: str) -> str:
    """'richards fit failed from 3 starting point(s): no attempt reached ... (first attempt: ...' ->
    'richards fit failed from 3 starting point(s): no attempt reached a least-squares minimum'."""
    if not note:
        return ""
    return note.split(" (")[0].split(" | ")[0].strip()


def _bands(
    x: np.ndarray, y: np.ndarray, table: pd.DataFrame, horizon: float, alpha: float, origin: float
) -> pd.DataFrame:
    grid = np.arange(x.min(), max(float(horizon), x.max()) + _BAND_STEP / 2, _BAND_STEP)
    frames = []
    for name in table.loc[table["converged"], "model"]:
        res = growth.fit_growth(x, y, name, origin=origin)
        band = res.predict(grid, interval="confidence", alpha=alpha).reset_index()
        frames.append(band.rename(columns={"x": "year"}).assign(model=name))
    if not frames:
        return pd.DataFrame(columns=["model", "year", "mean", "lower", "upper"])
    return pd.concat(frames, ignore_index=True)[["model", "year", "mean", "lower", "upper"]]


def _exponential_rate(x: np.ndarray, y: np.ndarray, alpha: float, origin: float) -> pd.Series:
    res = growth.fit_growth(x, y, "exponential", origin=origin)
    low, high = res.conf_int(alpha).loc["r"]
    r = float(res.params["r"])
    return pd.Series({"rate": np.expm1(r), "lower": np.expm1(low), "upper": np.expm1(high)})
