"""Growth arithmetic and growth curves: CAGR and its audit, nonlinear least squares, named curves.

- :func:`cagr` / :func:`project`: compound annual growth, as fractions (0.2 is 20 % a year).
- :func:`cagr_audit`: for each forecast report, the CAGR its endpoints imply beside the stated one.
- :func:`fit_curve`: general nonlinear least squares returning a statsmodels-style
  :class:`NLSResults` (``params``, ``bse``, ``conf_int()``, ``summary()``, ``predict()``); statsmodels
  has no NLS model, so scipy runs underneath.
- :func:`fit_growth`: the named curves of :data:`GROWTH_MODELS` with automatic starts;
  :func:`exponential_ols` its statsmodels OLS cross-check; :func:`compare_growth_models` one table of
  information criteria and a horizon value per curve.

Example::

    >>> from videomarket import growth
    >>> round(growth.cagr(716.8, 2562.9, 7) * 100, 2)
    19.96
    >>> round(growth.project(100.0, 0.2, 2), 6)
    144.0
"""

from __future__ import annotations

from videomarket.growth._cagr import cagr, cagr_audit, project
from videomarket.growth._compare import compare_growth_models, exponential_ols, fit_growth
from videomarket.growth._models import GROWTH_MODELS, GrowthModel
from videomarket.growth._nls import FitError, fit_curve
from videomarket.growth._results import NLSResults

__all__ = [
    "GROWTH_MODELS",
    "FitError",
    "GrowthModel",
    "NLSResults",
    "cagr",
    "cagr_audit",
    "compare_growth_models",
    "exponential_ols",
    "fit_curve",
    "fit_growth",
    "project",
]
