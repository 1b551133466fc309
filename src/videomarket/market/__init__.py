"""The AI-video market: analysts' forecasts, their consensus and growth, and vendors' own figures.

* Forecasts: :func:`forecast_paths` (one path per report edition), :func:`edition_growth` (the one
  annual rate the editions share, with its interval), :func:`match_claim` (which edition states a
  quoted figure), :func:`cagr_table` (stated against implied growth), :func:`consensus_points` and
  :func:`consensus_fits` (growth curves through per-year medians: an illustration, not evidence).
* Each forecast's value in a year it spans, stated or implied at its own rate (:func:`forecast_values`,
  :func:`forecasts_by_year`, :func:`value_at`); one publisher's latest edition (:func:`latest_editions`).
* Vendors: :func:`vendor_figures`, :func:`vendor_vs_market` (like for like: run-rates converted to
  calendar revenue under stated assumptions, :func:`calendar_revenue_from_arr`, with the floor over a
  range of them, :func:`calendar_revenue_range`), :func:`vendor_growth`
  (the multiple over each series' span; a yearly rate only for spans of a year or more).
* Vendors against the forecasts: :func:`forecast_headroom` (what a year's forecasts leave for every
  other vendor) and :func:`growth_against_forecasts` (the forecasts' growth over a series' own years);
  :func:`figure_grades` (the best grade of the figures each source gives).

Example::

    >>> from videomarket import data, market
    >>> paths = market.forecast_paths(data.load_forecasts(), "ai-video-generator", "C")
    >>> bool((paths["value_usd_m"] > 0).all())
    True
"""

from __future__ import annotations

from videomarket.market._against import (
    AGAINST_COLUMNS,
    HELD_COLUMNS,
    Headroom,
    forecast_headroom,
    growth_against_forecasts,
)
from videomarket.market._editions import EditionGrowth, edition_growth, latest_editions
from videomarket.market._fits import ALL_MODELS, ConsensusFits, consensus_fits
from videomarket.market._forecasts import (
    cagr_table,
    checkable_rates,
    cited_source_ids,
    consensus_points,
    figure_grades,
    forecast_paths,
    forecast_values,
    forecasts_by_year,
    grades_at_least,
    match_claim,
    newest_source_date,
    value_at,
)
from videomarket.market._vendors import (
    ASSUMED_ARR_GROWTH,
    BASES,
    BASIS_LABELS,
    GROWTH_COLUMNS,
    GROWTH_RANGE,
    NOT_COMPARABLE,
    calendar_figures,
    calendar_revenue_from_arr,
    calendar_revenue_range,
    carry_forward,
    newest_figure_date,
    period_kind,
    vendor_figures,
    vendor_growth,
    vendor_vs_market,
)

__all__ = [
    "AGAINST_COLUMNS",
    "ALL_MODELS",
    "ASSUMED_ARR_GROWTH",
    "BASES",
    "BASIS_LABELS",
    "GROWTH_COLUMNS",
    "GROWTH_RANGE",
    "HELD_COLUMNS",
    "NOT_COMPARABLE",
    "ConsensusFits",
    "EditionGrowth",
    "Headroom",
    "cagr_table",
    "calendar_figures",
    "calendar_revenue_from_arr",
    "calendar_revenue_range",
    "carry_forward",
    "checkable_rates",
    "cited_source_ids",
    "consensus_fits",
    "consensus_points",
    "edition_growth",
    "figure_grades",
    "forecast_headroom",
    "forecast_paths",
    "forecast_values",
    "forecasts_by_year",
    "grades_at_least",
    "growth_against_forecasts",
    "latest_editions",
    "match_claim",
    "newest_figure_date",
    "newest_source_date",
    "period_kind",
    "value_at",
    "vendor_figures",
    "vendor_growth",
    "vendor_vs_market",
]
