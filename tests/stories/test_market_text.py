"""Prose of the market notebook: the sentences follow the tables (numbers, choices of wording)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from videomarket import market
from videomarket.market._fits import ConsensusFits
from videomarket.stories import _market as market_prose

CLAIM = {2025: 716.8, 2032: 2560.0}


def _forecast(edition, year, value, stated, evidence="C"):
    return {
        "publisher": "FBI",
        "report": "AI Video Generator Market",
        "edition": edition,
        "definition": "ai-video-generator",
        "region": "Global",
        "year": year,
        "value_usd_m": value,
        "evidence": evidence,
        "source_id": f"s-{edition}",
        "stated_cagr_pct": stated,
        "cagr_from": np.nan,
        "cagr_to": np.nan,
    }


def _fbi() -> pd.DataFrame:
    return pd.DataFrame(
        [
            _forecast("A", 2024, 614.8, 19.5, "D"),
            _forecast("A", 2032, 2560.0, 19.5, "D"),
            _forecast("B", 2025, 716.8, 20.0),
            _forecast("B", 2032, 2562.9, 20.0),
            _forecast("C", 2025, 716.8, 18.8),
            _forecast("C", 2026, 847.0, 18.8),
            _forecast("C", 2034, 3350.0, 18.8),
        ]
    )


def test_claim_text_names_the_origin_and_both_rates() -> None:
    text = market_prose.claim_text(CLAIM, 0.20, market.match_claim(_fbi(), CLAIM))
    assert text.startswith(
        "The quoted endpoints imply **19.94% a year** (USD 716.8M in 2025 to USD 2.56B in 2032)"
    )
    assert "the quote says 20%" in text
    assert '**FBI ed. B** ("AI Video Generator Market", evidence C, source `s-B`)' in text
    assert "imply 19.96% a year against a stated 20%" in text
    assert "FBI ed. C states the 2025 value (its years: 2025, 2026, 2034)" in text
    nothing = market_prose.claim_text(CLAIM, 0.20, market.match_claim(_fbi(), {2025: 1.0, 2032: 2.0}))
    assert nothing.endswith("No report in the table states both figures.")


def test_editions_text_says_what_changed_between_editions() -> None:
    editions = market.cagr_table(_fbi(), "D")
    text = market_prose.editions_text(editions, "says 'about 19% CAGR'")
    assert (
        "- **Edition C** (2025–2034, evidence C): USD 716.8M to USD 3.35B, stated 18.8% a year (rounded: 19%)"
        in text
    )
    assert (
        "Edition B moves the base year from 2024 to 2025, keeps the 2032 end point (USD 2.56B), and "
        "states 20% instead of 19.5%."
    ) in text
    assert (
        "Edition C moves the horizon from 2032 to 2034, keeps the 2025 value, and states 18.8% instead "
        "of 20%." in text
    )
    assert text.endswith("> says 'about 19% CAGR'")


def test_audit_text_lists_flagged_reports_or_says_none() -> None:
    audit = pd.DataFrame(
        {
            "path": ["GVR", "FBI"],
            "definition": ["ai-video-broad", "ai-video-generator"],
            "stated_cagr_pct": [32.2, 20.0],
            "implied_cagr_pct": [30.47, 19.96],
            "start_year": [2024, 2025],
            "end_year": [2033, 2032],
            "flagged": [True, False],
        }
    )
    assert market_prose.audit_text(audit) == (
        "1 report of 2 state a rate their own endpoints do not give: **GVR** "
        "(ai-video-broad) states 32.2% but its 2024–2033 values imply 30.5%."
    )
    assert market_prose.audit_text(audit.assign(flagged=False)).startswith("None of the 2 reports")


def _fits(deltas: list[float], best_first: list[str], n_params: list[int]) -> ConsensusFits:
    table = pd.DataFrame(
        {
            "model": [*best_first, "richards"],
            "n_params": [*n_params, 4],
            "aicc": [70 + d for d in deltas] + [np.nan],
            "delta_aicc": [*deltas, np.nan],
            "rank": pd.array([*range(1, len(deltas) + 1), pd.NA], dtype="Int64"),
            "value": [2700.0] * (len(deltas) - 1) + [2580.0, np.nan],
            "lower": [1800.0] * len(deltas) + [np.nan],
            "upper": [3700.0] * len(deltas) + [np.nan],
            "converged": [True] * len(deltas) + [False],
            "reason": [""] * len(deltas) + ["richards fit failed from 3 starting point(s): x"],
        }
    )
    rate = pd.Series({"rate": 0.1855, "lower": 0.0852, "upper": 0.2951})
    return ConsensusFits(table, pd.DataFrame(), best_first[0], 2032, 0.05, 5, rate)


def test_fits_text_reports_support_spread_failures_and_rate() -> None:
    close = market_prose.fits_text(
        _fits([0.0, 0.3], ["bass", "exponential"], [3, 2]), "ai-video-generator", "C", CLAIM
    )
    assert "so the data cannot tell the curves apart" in close
    assert "The simplest curve within 2 AIC units of the best is **exponential**" in close
    assert "At 2032 the fitted curves give USD 2.58B to USD 2.70B" in close
    assert "Not fitted: **richards**: richards fit failed from 3 starting point(s): x." in close
    assert "**18.6% a year** (8.5% to 29.5%), against the 19.9% implied by the quoted claim" in close
    apart = market_prose.fits_text(
        _fits([0.0, 0.4, 3.4], ["bass", "logistic", "exponential"], [3, 3, 2]),
        "ai-video-generator",
        "D",
        CLAIM,
    )
    assert "bass, logistic cannot be told apart; exponential (3.4 behind) fit worse" in apart
    alone = market_prose.fits_text(_fits([0.0, 2.5], ["bass", "exponential"], [3, 2]), "x", "C", CLAIM)
    assert "the data favour it over every other curve: exponential (2.5 behind)" in alone


def test_fits_text_when_nothing_could_be_fitted() -> None:
    points = pd.DataFrame({"year": [2024, 2033], "value_usd_m": [3860.0, 42290.0]})
    fits = market.consensus_fits(points, 2032, models=("exponential",))
    text = market_prose.fits_text(fits, "ai-video-broad", "C", CLAIM)
    assert text.startswith("No growth curve could be fitted to the 2 consensus points of 'ai-video-broad'")
    assert "the exponential model has 2 parameters but only 2 points were given" in text


def _comparison(share: float) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "year": [2025],
            "basis": ["annualized"],
            "vendor_total_usd_m": [190.0],
            "n_vendors": [2],
            "vendors": ["Runway 90.0; Synthesia 100.0"],
            "share": [share],
            "share_low": [share * 0.9],
            "share_high": [share],
            "n_forecasts": [3],
        }
    )


def test_verdict_wording_follows_the_numbers() -> None:
    origin = pd.Series({"path": "FBI ed. B", "implied_cagr_pct": 19.963, "evidence": "C"})
    latest = pd.Series({"path": "FBI ed. C", "stated_cagr_pct": 18.8, "end_year": 2034})
    against = pd.DataFrame(
        {
            "company": ["Kling", "Runway"],
            "metric": ["revenue", "run_rate"],
            "first_period": ["2025-Q1", "2024-12"],
            "last_period": ["2025-Q3", "2025-06"],
            "annual_growth": [2.98, 0.66],
            "lower": [-0.97, np.nan],
            "n_points": [3, 2],
        }
    )
    against = against.assign(faster=True, clearly_faster=False, market_upper=0.295)
    big = market_prose.verdict_text(
        _comparison(0.2651), against, CLAIM, origin, latest, "ai-video-generator", 2032, "C"
    )
    assert big.startswith("**The own figures of 2 vendors already equal 27% of the forecast market.**")
    assert "(24% to 27% across 3 forecasts)" in big and "base looks low rather than high" in big
    assert "**2 of 2 like-for-like vendor series grow faster than the consensus rate" in big
    assert "the slowest, Runway (run_rate, 2024-12 to 2025-06), grew 66% a year" in big
    assert (
        "None does so with an interval that excludes the consensus rate: the 1 series with an interval "
        "rest on 3 points at most, and their intervals reach down to -97% a year; 1 series with two "
        "points only"
    ) in big
    assert "19.96% a year is what FBI ed. B's own endpoints give (the rounded quote gives 19.94%)" in big
    assert "FBI ed. C, states 18.8% a year to 2034 instead" in big
    small = market_prose.verdict_text(
        _comparison(0.02), None, CLAIM, origin, latest, "ai-video-broad", 2032, "C"
    )
    assert "equal 2% of the forecast market" in small and "already" not in small.split("**")[1]
    assert "says little either way" in small
    assert "No consensus growth rate could be fitted" in small
