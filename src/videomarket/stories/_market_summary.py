"""The findings and method notes of the market report (notebooks/01): the pieces that draw on both the
forecasts' stories (:mod:`videomarket.stories._market`) and the vendors'
(:mod:`videomarket.stories._market_vendors`)."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from videomarket import market
from videomarket.stories import fmt
from videomarket.stories._market import (
    _capital,
    _read_where,
    _stated_pct,
    _top,
    number_word,
    own_rates,
    owner,
    usd_stated,
)
from videomarket.stories._market_vendors import floor_finding, growth_finding, growth_words, headroom_finding


def market_findings(
    latest: object,
    common: object,
    matches: pd.DataFrame,
    claim: Mapping[int, float],
    comparison: pd.DataFrame,
    room: object,
    rates: pd.DataFrame,
    sources: pd.DataFrame,
) -> list[str]:
    """Five computed findings for the top of the report, none resting on a grade-D figure: where the quote
    comes from, the common rate (each publisher's latest edition, and every edition beside it), the
    vendors' floor, the condition it sets on everyone else, and the vendors' growth against the
    forecasts' over the same months."""
    findings = [_claim_finding(matches, claim, sources)]
    low, high, _, _ = own_rates(common)
    growth_line = (
        f"{_capital(number_word(latest.n_publishers))} publishers' forecasts "
        f"({number_word(common.n_editions)} editions) grow {fmt.pct(low)} to {fmt.pct(high)} a year each; "
        f"one rate fitted to each publisher's latest edition is {fmt.pct(latest.rate)} a year "
        f"({fmt.pct(1 - latest.alpha, 0)} interval {fmt.pct(latest.lower)} to {fmt.pct(latest.upper)}: how "
        "well one rate fits them, not the market's uncertainty)."
    )
    if common.n_editions > latest.n_editions:
        growth_line += (f" Counting every edition as independent gives {fmt.pct(common.rate)} "
                        f"({fmt.pct(common.lower)} to {fmt.pct(common.upper)}), an interval too narrow.")
    findings.append(growth_line)
    top = _top(comparison)
    if top is not None:
        findings.append(floor_finding(top))
        findings.append(headroom_finding(room))
    line = growth_finding(rates)
    if line:
        findings.append(line)
    return findings[:5]


def _claim_finding(matches: pd.DataFrame, claim: Mapping[int, float], sources: pd.DataFrame) -> str:
    first, last = min(claim), max(claim)
    if matches.empty or not bool(matches["all_matched"].iloc[0]):
        return f"No report edition we hold states both {first} and {last} values of the quoted claim."
    origin = matches.iloc[0]
    return (
        f"The quote matches {owner(origin['publisher'])} figures, {usd_stated(origin['value_first'])} in "
        f"{first} to "
        f"{usd_stated(origin['value_last'])} in {last} (they imply "
        f"{fmt.pct(origin['implied_cagr_pct'] / 100)} a year; the page states "
        f"{_stated_pct(origin['stated_cagr_pct'])}), "
        f"which we read secondhand in {_read_where(origin['source_id'], sources)} (evidence grade "
        f"{origin['evidence']})."
    )


def market_method_notes(latest: object, common: object, comparison: pd.DataFrame) -> str:
    """The method notes of the market report, as Markdown bullets, with the numbers they quote computed."""
    grades = sorted(set(common.editions["evidence"]) | set(common.left_out["evidence"]))
    year_end = market.calendar_revenue_from_arr(1.0, "2025-12-31", 2025, market.ASSUMED_ARR_GROWTH)
    snapshots = comparison[comparison["basis"] == "annualized"]
    low, high = ((float(snapshots["growth_low"].iloc[0]), float(snapshots["growth_high"].iloc[0]))
                 if len(snapshots) else market.GROWTH_RANGE)
    notes = [
        "**Secondhand and thin.** No analyst's report was read directly: every forecast reaches us through "
        f"GitHub files, blog posts or newsletters, graded {' or '.join(grades)}, and several publisher "
        "attributions are inferences.",
        "**Definitions.** AI video generators, broad AI video and adjacent markets measure different "
        "things; only values of one definition are fitted or compared together.",
        "**A year's forecasts** are the values the forecasts state for it or, for a forecast that spans the "
        "year without stating it, its value at its own steady rate between the two stated values around it; "
        "a forecast is never extended beyond its first or last stated year.",
        "**The common rate** is a least-squares line on the logarithm of the stated values, with one level "
        f"per forecast and one slope: {fmt.count(latest.n_values, 'value')} and "
        f"{fmt.count(latest.df_resid, 'degree')} of freedom left for the headline, "
        f"{fmt.count(common.n_values, 'value')} and {fmt.count(common.df_resid, 'degree')} with every "
        "edition. Its interval is a t interval from the fit's residuals.",
        "**Run-rates and ARR are not calendar revenue.** To set a figure R stated at a fraction t of the "
        "year against a calendar-year forecast, we assume it grows steadily by a multiple m a year and "
        "add up that year's revenue: R × m^(−t) × (m − 1) / ln m. The direction depends on when the figure "
        "was stated: a year-end ARR overstates that year's calendar revenue (which is about "
        f"{year_end:.2f} times the ARR when doubling), a mid-year run-rate of a growing firm understates it. "
        f"We compute the range for any growth between {growth_words(low)} and {growth_words(high)}; its "
        "lowest value is the floor, reached when no vendor's pace falls after the date stated.",
        "**Vendors against the forecasts' growth.** For a vendor series from one calendar year to another, "
        "each forecast's own yearly rate between its values for those years, compounded over the series' "
        "own span in years.",
        "**Scope.** Avatar platforms may or may not be inside a given report's scope; group revenue that "
        "is not video-only and aggregators reselling other vendors' models are left out because they are "
        "not comparable.",
    ]
    return "\n".join(f"- {note}" for note in notes)
