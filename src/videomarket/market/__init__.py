"""The AI-video market: analysts' forecasts, their consensus and growth, and vendors' own figures.

* Forecasts: :func:`forecast_paths` (one path per report edition), :func:`edition_growth` (the one
  annual rate the editions share, with its interval), :func:`match_claim` (which edition states a
  quoted figure), :func:`cagr_table` (stated against implied growth), :func:`consensus_points` and
  :func:`consensus_fits` (growth curves through per-year medians: an illustration, not evidence).
* Vendors: :func:`vendor_figures`, :func:`vendor_vs_market`, :func:`vendor_growth`,
  :func:`growth_against_market`.

Example::

    >>> from videomarket import data, market
    >>> paths = market.forecast_paths(data.load_forecasts(), "ai-video-generator", "C")
    >>> bool((paths["value_usd_m"] > 0).all())
    True
"""

from __future__ import annotations

from videomarket.market._editions import EditionGrowth, edition_growth
from videomarket.market._fits import ALL_MODELS, ConsensusFits, consensus_fits
from videomarket.market._forecasts import (
    cagr_table,
    cited_source_ids,
    consensus_points,
    forecast_paths,
    grades_at_least,
    match_claim,
)
from videomarket.market._vendors import (
    BASES,
    BASIS_LABELS,
    GROWTH_COLUMNS,
    NOT_COMPARABLE,
    growth_against_market,
    period_kind,
    vendor_figures,
    vendor_growth,
    vendor_vs_market,
)

__all__ = [
    "ALL_MODELS",
    "BASES",
    "BASIS_LABELS",
    "GROWTH_COLUMNS",
    "NOT_COMPARABLE",
    "ConsensusFits",
    "EditionGrowth",
    "cagr_table",
    "cited_source_ids",
    "consensus_fits",
    "consensus_points",
    "edition_growth",
    "forecast_paths",
    "grades_at_least",
    "growth_against_market",
    "match_claim",
    "period_kind",
    "vendor_figures",
    "vendor_growth",
    "vendor_vs_market",
]
