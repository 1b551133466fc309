"""Prose of the market notebook: the sentences follow the tables (numbers, choices of wording)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from videomarket import market
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


def test_claim_text_names_the_origin_and_both_rates_without_internal_ids() -> None:
    text = market_prose.claim_text(CLAIM, 0.20, market.match_claim(_fbi(), CLAIM))
    assert text.startswith(
        "The quoted endpoints, USD 716.8M in 2025 and USD 2.56B in 2032, imply **19.9% a year**"
    )
    assert "the quote rounds it to 20%" in text
    assert "**FBI, edition B** of the \u201cAI Video Generator Market\u201d report" in text
    assert "imply 20.0% a year, and it states 20%" in text
    assert "FBI, edition C states the 2025 value only (its years: 2025, 2026, 2034)" in text
    assert "s-B" not in text and "`" not in text  # no source ids or code in reader text
    nothing = market_prose.claim_text(CLAIM, 0.20, market.match_claim(_fbi(), {2025: 1.0, 2032: 2.0}))
    assert nothing.endswith("No report edition we hold states both figures.")


def test_editions_text_says_what_changed_between_editions() -> None:
    editions = market.cagr_table(_fbi(), "D")
    text = market_prose.editions_text(editions)
    assert ("- **Edition A** (2024–2032, evidence grade D): USD 614.8M to USD 2.56B, "
            "stated 19.5% a year") in text
    assert "Edition B moves the base year from 2024 to 2025, and states 20% instead of 19.5%." in text
    assert "Edition C moves the horizon from 2032 to 2034, keeps the 2025 value, and states 18.8%" in text


def test_audit_text_lists_flagged_reports_or_says_none() -> None:
    audit = market.cagr_table(_fbi(), "D").assign(flagged=[False, True, False], gap_pts=[0.0, 1.7, 0.1])
    text = market_prose.audit_text(audit)
    assert text.startswith(
        "1 report of 3 states a growth rate its own values do not give: **FBI, edition B**"
    )
    assert market_prose.audit_text(audit.assign(flagged=False)).startswith("Each of the 3 reports states")
    shown = market_prose.audit_table(audit)
    assert shown["gap"].tolist()[1] == "1.7 points (flagged)" and shown["period"].iloc[0] == "2024–2032"
    assert shown["implied_rate"].iloc[0] == pytest.approx(audit["implied_cagr_pct"].iloc[0] / 100)


def test_growth_text_and_answer_state_the_rate_with_its_interval_and_what_it_measures() -> None:
    result = market.edition_growth(_fbi(), min_evidence="D")
    text = market_prose.growth_text(result, CLAIM)
    rate, low, high = (f"{v * 100:.1f}%" for v in (result.rate, result.lower, result.upper))
    assert f"**{rate} a year** ({low} to {high}" in text
    assert "not the uncertainty of the market's growth" in text
    assert "each edition keeping its own level" in text
    answer = market_prose.market_answer(result, market.match_claim(_fbi(), CLAIM), CLAIM)
    assert answer.startswith(
        "The quoted \u201cUSD 716.8M in 2025 to USD 2.56B in 2032\u201d is FBI, edition B's"
    )
    assert f"about {result.rate * 100:.1f}% growth a year" in answer


def _comparison(share: float, basis: str = "annualized") -> pd.DataFrame:
    return pd.DataFrame({
        "year": [2025], "basis": [basis], "vendor_total_usd_m": [190.0], "calendar_usd_m": [share * 716.8],
        "assumed_growth": [1.0 if basis == "annualized" else np.nan], "n_vendors": [2],
        "vendors": ["Runway 90.0; Synthesia 100.0"], "market_usd_m": [716.8], "share": [share],
    })


def test_vendor_text_is_a_floor_and_never_a_verdict_on_the_forecast() -> None:
    text = market_prose.vendors_text(_comparison(0.29), "ai-video-generator")
    assert ("the latest run-rates of 2 vendors (Runway USD 90M; Synthesia USD 100M), "
            "converted to calendar") in text
    assert "about 29% of the USD 716.8M forecast" in text and "neither confirm nor refute" in text
    assert "assuming each vendor's run-rate doubles each year" in text and "0.72" in text
    for overreach in ("already equal", "too low", "too high", "looks low"):
        assert overreach not in text
    revenue = market_prose.vendors_text(_comparison(0.14, "revenue"), "ai-video-generator")
    assert "at least 14%" in revenue and "doubles" not in revenue
    empty = market_prose.vendors_text(_comparison(0.2).assign(share=np.nan), "ai-video-generator")
    assert empty.startswith("No year has both")


def test_vendor_growth_in_words_for_short_spans_never_a_five_digit_interval() -> None:
    rates = pd.DataFrame({
        "company": ["HeyGen", "Synthesia"], "metric": ["arr", "revenue"], "kind": ["snapshot", "year"],
        "currency": ["USD", "GBP"], "n_points": [3, 2], "first_period": ["2023-03", "FY2022"],
        "last_period": ["2023-11", "FY2023"], "first_value": [1.0, 8.6], "last_value": [18.0, 25.7],
        "months": [8, 12], "multiple": [18.0, 25.7 / 8.6], "annual_growth": [np.nan, 25.7 / 8.6 - 1],
        "lower": [np.nan, np.nan], "upper": [np.nan, np.nan], "caveat": ["", ""],
    })
    table = market_prose.vendor_growth_table(rates).set_index("company")
    assert table.loc["HeyGen", "change"] == "from USD 1M to USD 18M (x18.0)"
    assert table.loc["HeyGen", "yearly"] == "not annualised (under a year)"
    assert table.loc["Synthesia", "yearly"] == "199%"
    text = market_prose.vendor_growth_text(rates)
    assert "HeyGen: ARR from USD 1M to USD 18M in 8 months" in text and "6,416" not in text


def test_fits_are_an_illustration_and_unranked_curves_are_never_called_best() -> None:
    points = pd.DataFrame({"year": [2025, 2026, 2029, 2032, 2034],
                           "value_usd_m": [716.8, 847.0, 1480.0, 2562.9, 3350.0]})
    fits = market.consensus_fits(points, 2032, models=("exponential", "logistic"))
    text = market_prose.fits_text(fits, "ai-video-generator")
    assert text.startswith("For illustration only") and "none is called best" in text
    assert "never the market itself" in text
    shown = market_prose.fit_table(fits).set_index("model")
    assert shown.loc["exponential", "ranked"] == "yes"
    assert shown.loc["logistic", "ranked"] == "no: too few points"
