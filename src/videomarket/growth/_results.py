"""The results object of a nonlinear least-squares fit, shaped like statsmodels' regression results.

``params``, ``bse``, ``tvalues``, ``pvalues`` are pandas Series by parameter name; ``conf_int()`` and
``cov_params()`` DataFrames; ``predict()`` gives the curve with delta-method confidence or prediction
intervals on the t distribution. Log-likelihood, AIC and BIC follow statsmodels' OLS/WLS convention
(Gaussian errors, k = number of curve parameters, the error variance not counted).

Example:
    >>> import numpy as np
    >>> from videomarket.growth import fit_curve
    >>> x = np.arange(8.0)
    >>> res = fit_curve(lambda x, a, b: a + b * x, x, 1 + 2 * x + 0.1 * np.cos(x), [0, 1], names=["a", "b"])
    >>> list(res.predict([10.0], interval="confidence").columns)
    ['mean', 'lower', 'upper']
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from videomarket.growth._numdiff import precise_jacobian

_INTERVALS = (None, "confidence", "prediction")


class Summary(str):
    """The text of ``summary()``; shown as a table (not a quoted string) at a notebook prompt."""

    def __repr__(self) -> str:
        return str(self)


@dataclass(frozen=True, eq=False, repr=False)
class NLSResults:
    """Estimates, uncertainty and diagnostics of one converged fit (see the module docstring)."""

    func: Callable[..., np.ndarray]
    names: tuple[str, ...]
    x: np.ndarray
    y: np.ndarray
    weights: np.ndarray
    params: pd.Series
    normalized_cov: np.ndarray
    ssr: float
    sigma2: float
    converged: bool
    method: str
    nfev: int
    message: str
    row_index: pd.Index | None = None
    weighted: bool = False
    model_name: str = "nls"
    formula: str = ""
    ols: object | None = field(default=None)
    param_scale: np.ndarray | None = None

    @property
    def nobs(self) -> int:
        return int(self.y.size)

    @property
    def df_model(self) -> int:
        return int(self.params.size)

    @property
    def df_resid(self) -> int:
        return self.nobs - self.df_model

    @property
    def scale(self) -> float:
        """statsmodels' name for the estimated error variance (``sigma2``)."""
        return self.sigma2

    def cov_params(self) -> pd.DataFrame:
        """sigma2 · (J'J)^-1, labelled by parameter name."""
        labels = list(self.names)
        return pd.DataFrame(self.sigma2 * self.normalized_cov, index=labels, columns=labels)

    @property
    def bse(self) -> pd.Series:
        return pd.Series(np.sqrt(np.diag(self.sigma2 * self.normalized_cov)), index=list(self.names),
                         name="bse")

    @property
    def tvalues(self) -> pd.Series:
        return (self.params / self.bse).rename("tvalues")

    @property
    def pvalues(self) -> pd.Series:
        from scipy import stats

        return pd.Series(2 * stats.t.sf(np.abs(self.tvalues.to_numpy()), self.df_resid),
                         index=list(self.names), name="pvalues")

    def conf_int(self, alpha: float = 0.05) -> pd.DataFrame:
        """Wald intervals on the t distribution; columns 0 (lower) and 1 (upper) as in statsmodels."""
        q = _t_quantile(alpha, self.df_resid)
        return pd.DataFrame({0: self.params - q * self.bse, 1: self.params + q * self.bse})

    @property
    def fittedvalues(self) -> pd.Series:
        return pd.Series(np.asarray(self.func(self.x, *self.params.to_numpy()), dtype=float),
                         index=self.row_index, name="fittedvalues")

    @property
    def resid(self) -> pd.Series:
        """Observed minus fitted, on the scale of y (unweighted)."""
        return pd.Series(self.y, index=self.row_index).sub(self.fittedvalues).rename("resid")

    @property
    def wresid(self) -> pd.Series:
        return (self.resid * np.sqrt(self.weights)).rename("wresid")

    @property
    def llf(self) -> float:
        n = self.nobs
        value = -n / 2 * (math.log(2 * math.pi) + math.log(self.ssr / n) + 1)
        return value + 0.5 * float(np.sum(np.log(self.weights))) if self.weighted else value

    @property
    def aic(self) -> float:
        return -2 * self.llf + 2 * self.df_model

    @property
    def aicc(self) -> float:
        """AIC with the small-sample correction, counting the error variance as a parameter.

        ``-2 llf + 2K + 2K(K + 1) / (n - K - 1)`` with ``K`` = the curve's parameters + 1 (Burnham and
        Anderson; statsmodels' ``eval_measures.aicc`` with ``df_modelwc=K``). NaN when ``n - K - 1 <= 0``:
        the correction is then infinite, so the fit cannot be ranked however small its residuals (five
        points leave a three-parameter curve exactly there).
        """
        k = self.df_model + 1
        spare = self.nobs - k - 1
        if spare <= 0:
            return math.nan
        return -2 * self.llf + 2 * k + 2 * k * (k + 1) / spare

    @property
    def bic(self) -> float:
        return -2 * self.llf + self.df_model * math.log(self.nobs)

    def predict(self, x: Sequence[float] | np.ndarray | pd.Series | float, interval: str | None = None,
                alpha: float = 0.05) -> pd.DataFrame:
        """The fitted curve at ``x``, indexed by x, with an optional delta-method interval.

        ``"confidence"`` bounds the curve itself (se² = g' Cov g, g the gradient of the curve in the
        parameters); ``"prediction"`` bounds a new observation (se² + sigma2, a new point of unit
        weight). Both use the t quantile with ``df_resid`` degrees of freedom.

        Example:
            >>> import numpy as np
            >>> from videomarket.growth import fit_curve
            >>> x = np.arange(6.0)
            >>> res = fit_curve(lambda x, a, b: a + b * x, x, x + np.sin(x) / 10, [0, 1])
            >>> band = res.predict([7.0], interval="prediction")
            >>> bool(band["lower"].iloc[0] < band["mean"].iloc[0] < band["upper"].iloc[0])
            True
        """
        if interval not in _INTERVALS:
            raise ValueError(f"interval must be None, 'confidence' or 'prediction', got {interval!r}")
        at = np.atleast_1d(np.asarray(x, dtype=float))
        if at.ndim != 1 or not np.all(np.isfinite(at)):
            raise ValueError("predict needs a finite one-dimensional x")
        params = self.params.to_numpy()
        mean = np.asarray(self.func(at, *params), dtype=float)
        frame = pd.DataFrame({"mean": mean}, index=pd.Index(at, name="x"))
        if interval is None:
            return frame
        gradient = precise_jacobian(lambda b: np.asarray(self.func(at, *b), dtype=float), params,
                                    typical=self.param_scale)
        variance = np.einsum("ij,jk,ik->i", gradient, self.sigma2 * self.normalized_cov, gradient)
        if interval == "prediction":
            variance = variance + self.sigma2
        half = _t_quantile(alpha, self.df_resid) * np.sqrt(variance)
        frame["lower"] = mean - half
        frame["upper"] = mean + half
        return frame

    def __repr__(self) -> str:
        params = ", ".join(f"{name}={value:.6g}" for name, value in self.params.items())
        return f"<NLSResults {self.model_name}: {params}; nobs={self.nobs}, ssr={self.ssr:.6g}>"

    def summary(self) -> Summary:
        """A plain-text table in the manner of statsmodels' ``summary()``."""
        ci = self.conf_int()
        lines = [
            f"Nonlinear least squares: {self.model_name}" + (f"   {self.formula}" if self.formula else ""),
            f"Observations: {self.nobs:<8d} Df residuals: {self.df_resid:<6d} Converged: {self.converged}",
            f"RSS: {self.ssr:<14.6g} Residual std. error: {math.sqrt(self.sigma2):.6g}",
            f"AIC: {self.aic:<14.4f} BIC: {self.bic:.4f}   Log-likelihood: {self.llf:.4f}",
            f"Method: {self.method} ({self.nfev} evaluations; {self.message})",
            "",
            f"{'':>8} {'coef':>13} {'std err':>12} {'t':>9} {'P>|t|':>8} {'[0.025':>13} {'0.975]':>13}",
        ]
        for name in self.names:
            lines.append(
                f"{name:>8} {self.params[name]:>13.6g} {self.bse[name]:>12.4g} {self.tvalues[name]:>9.3f} "
                f"{self.pvalues[name]:>8.3g} {ci.loc[name, 0]:>13.6g} {ci.loc[name, 1]:>13.6g}"
            )
        return Summary("\n".join(lines))


def _t_quantile(alpha: float, df: int) -> float:
    from scipy import stats

    if not 0 < alpha < 1:
        raise ValueError(f"alpha must lie strictly between 0 and 1, got {alpha!r}")
    return float(stats.t.ppf(1 - alpha / 2, df))
