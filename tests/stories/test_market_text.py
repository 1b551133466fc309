"""Prose of the market notebook: the sentences follow the tables (numbers, choices of wording), name the
intermediaries, put codes in words and never turn a floor into a verdict."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from videomarket import data, market
from videomarket.stories import _market as market_prose

CLAIM = {2025: 716.8, 2032: 2560.0}
GEN = "ai-video-generator"


def _forecast(edition, year, value, stated, evidence="C", publisher="FBI", report="AI Video Generator Market",
              definition=GEN, region="Global", source=None):
    return {
        "publisher": publisher,
        "report": report,
        "edition": edition,
        "definition": definition,
        "region": region,
        "year": year,
        "value_usd_m": value,
        "evidence": evidence,
        "source_id": source or f"s-{edition}",
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


def _market() -> pd.DataFrame:
    """FBI's editions, a GVR generator report, a GVR broad report and a Market.us regional figure."""
    return pd.concat([_fbi(), pd.DataFrame([
        _forecast("2025 edition", 2025, 788.5, 20.3, publisher="GVR", report="G (gvr-report)", source="s-g"),
        _forecast("2025 edition", 2033, 3440.0, 20.3, publisher="GVR", report="G (gvr-report)", source="s-g"),
        _forecast("as quoted", 2024, 3860.0, 32.2, publisher="GVR", report="Broad",
                  definition="ai-video-broad", source="s-w"),
        _forecast("as quoted", 2033, 42290.0, 32.2, publisher="GVR", report="Broad",
                  definition="ai-video-broad", source="s-w"),
        _forecast("as quoted", 2023, 500.0, 25.7, publisher="Market.us", report="Film", definition="adjacent",
                  region="North America", source="s-w"),
        _forecast("as quoted", 2024, 1800.0, 25.7, publisher="Market.us", report="Film",
                  definition="adjacent", source="s-w"),
        _forecast("as quoted", 2033, 14100.0, 25.7, publisher="Market.us", report="Film",
                  definition="adjacent", source="s-w"),
    ])], ignore_index=True)


def _sources() -> pd.DataFrame:
    github = "https://github.com/{}/blob/0123abc/notes.md"
    return pd.DataFrame({
        "source_id": ["s-A", "s-B", "s-C", "s-g", "s-w", "v"],
        "url": [github.format("ann/pricing"), github.format("kangise/roadmap"), github.format("jolin/brief"),
                github.format("seventeen/research"), "https://gingerliu.example/p", "https://news.example/v"],
        "publisher": ["ann (GitHub)", "kangise/roadmap (GitHub)", "jolin/brief (GitHub)",
                      "seventeen (GitHub)", "Ginger Liu (Substack)", "ForkLog (relaying Appfigures)"],
        "published": [None, "2026-07-31", None, "2026-07-31", None, "2026"],
    })


# --- the quote and its editions -----------------------------------------------------------------------------


def test_claim_text_attributes_as_reconstructed_and_explains_the_rounding() -> None:
    text = market_prose.claim_text(CLAIM, 0.20, market.match_claim(_fbi(), CLAIM))
    assert text.startswith(
        "The quoted endpoints, USD 716.8M in 2025 and USD 2.56B in 2032, imply **19.9% a year**; the quote "
        "rounds it to 20%. They match the figures attributed to **FBI** (edition B, as reconstructed here) "
        "in its \u201cAI Video Generator Market\u201d report, which we read secondhand (evidence grade C). "
        "That edition gives the 2032 value unrounded, USD 2,562.9M, which gives 20.0% a year, and it states "
        "20%: the different rates come from rounding the same figures."
    )
    assert "FBI, edition C states the 2025 value only (its years: 2025, 2026, 2034)" in text
    assert "s-B" not in text and "`" not in text and "is FBI" not in text  # an attribution, not a fact
    nothing = market_prose.claim_text(CLAIM, 0.20, market.match_claim(_fbi(), {2025: 1.0, 2032: 2.0}))
    assert nothing.endswith("No report edition we hold states both figures.")


def test_the_quote_reaches_us_through_named_intermediaries() -> None:
    matches = market.match_claim(_fbi(), CLAIM)
    text = market_prose.relay_text(matches, _sources())
    assert text == (
        "None of these figures was read in the analyst's own report: they reach us through named "
        "intermediaries, 3 files in public GitHub repositories (FBI, edition B: kangise/roadmap; FBI, "
        "edition C: jolin/brief; FBI, edition A: ann/pricing)."
    )
    table = market_prose.claim_table(matches, _sources())
    assert table["relayed_by"].tolist() == [
        "GitHub file (kangise/roadmap)", "GitHub file (jolin/brief)", "GitHub file (ann/pricing)"]
    assert market_prose.relayed_by("s-w; s-B", _sources()) == (
        "Ginger Liu (Substack); GitHub file (kangise/roadmap)")
    with pytest.raises(ValueError, match="not in the sources table"):
        market_prose.relayed_by("nope", _sources())


def test_editions_text_says_what_changed_and_which_dates_are_missing() -> None:
    editions = market.cagr_table(_fbi(), "D")
    text = market_prose.editions_text(editions)
    assert ("- **Edition A** (2024–2032, evidence grade D): USD 615M to USD 2.56B, "
            "stated 19.5% a year") in text
    assert "Edition B moves the base year from 2024 to 2025, and states 20% instead of 19.5%." in text
    assert "Edition C moves the horizon from 2032 to 2034, keeps the 2025 value, and states 18.8%" in text
    assert text.endswith("None of our sources gives these editions' publication dates.")
    dated = market.cagr_table(_fbi().assign(published=["2024-05", "2024-05"] + [None] * 5), "D")
    dated_text = market_prose.editions_text(dated)
    assert "(2024–2032, evidence grade D, published May 2024)" in dated_text
    assert "publication dates" not in dated_text
    assert market_prose.edition_drift(editions) == (
        "FBI's stated rate moved as its base year and horizon moved: 19.5% in edition A (2024–2032, grade "
        "D), 20% in edition B (2025–2032) and 18.8% in edition C (2025–2034)."
    )


# --- the common rate ----------------------------------------------------------------------------------------


def test_growth_text_gives_the_plain_range_and_what_the_interval_assumes() -> None:
    result = market.edition_growth(_market(), GEN, "C")
    text = market_prose.growth_text(result, CLAIM)
    rate, low, high = (f"{v * 100:.1f}%" for v in (result.rate, result.lower, result.upper))
    assert text.startswith(
        "Fitting one growth rate to three forecasts (two FBI editions and one GVR report), 7 stated values "
        f"in all, each forecast keeping its own level, gives **{rate} a year** (95% interval {low} to {high})"
    )
    assert ("Taken one at a time, their own first and last values imply 18.7% to 20.2% a year (they state "
            "18.8% to 20.3%).") in text
    assert ("The interval assumes the forecasts' deviations from one common rate are independent; it "
            "measures how well one common rate fits these forecasts, not the uncertainty") in text
    assert text.endswith("Not in the fit: FBI, edition A (evidence grade D, below C).")
    assert "far more" not in text
    assert market_prose.forecasts_in_fit(result) == "three forecasts (two FBI editions and one GVR report)"


def test_the_answer_leads_with_the_verdict_in_two_sentences() -> None:
    result = market.edition_growth(_market(), GEN, "C")
    comparison = pd.DataFrame({
        "year": [2026], "basis": ["annualized"], "market_usd_m": [847.0], "floor_share_low": [0.767],
        "n_vendors": [2],
    })
    answer = market_prose.market_answer(result, market.match_claim(_market(), CLAIM), comparison, 0.20)
    assert answer == (
        "Yes, as a summary of the analysts' forecasts: the three forecasts we can trace imply 18.7% to 20.2% "
        "a year. No one has measured the market itself; vendors' own figures are a floor (at least 77% of "
        "the 2026 forecast from two vendors) that neither confirms nor refutes it."
    )
    assert answer.count(". ") == 1
    no = market_prose.market_answer(result, market.match_claim(_market(), CLAIM), comparison, 0.25)
    assert no.startswith("No, as a summary of the analysts' forecasts")


# --- the audit ----------------------------------------------------------------------------------------------


def test_audit_counts_only_checkable_reports_and_says_what_an_unstated_period_would_need() -> None:
    audit = market.cagr_table(_market(), "C")
    text = market_prose.audit_text(audit)
    assert text.startswith(
        "Of the 6 reports, 5 can be checked (not Market.us (adjacent markets), North America: one value "
        "only). 1 of 5 checkable states a growth rate its own values do not give: **GVR (broad AI video)** "
        "states 32.2% but its 2024–2033 values imply 30.5%."
    )
    needed = 42290 / 1.322 ** 8  # 32.2 % over 2025-2033 ends at 42,290: the 2025 value it needs
    assert round(needed) == 4533
    assert text.endswith(
        "Our source does not say which years the 32.2% covers: over 2025–2033 it would need a 2025 value of "
        "about USD 4.53B, which none of our sources gives."
    )
    shown = market_prose.audit_table(audit, _sources()).set_index(["edition_label", "region"])
    assert shown.loc[("GVR (broad AI video)", "Global"), "check"] == "+1.7 points, flagged"
    assert shown.loc[("FBI, edition B", "Global"), "check"] == "0.0 points"  # never "+0.0"
    assert shown.loc[("Market.us (adjacent markets)", "North America"), "check"] == (
        "not checkable: one value only")
    assert shown.loc[("Market.us (adjacent markets)", "North America"), "period"] == "2023"
    assert shown.loc[("FBI, edition B", "Global"), "relayed_by"] == "GitHub file (kangise/roadmap)"
    clean = market_prose.audit_text(audit[~audit["flagged"]])
    assert clean.endswith("; each of them states the growth rate its own values give.")


# --- vendors ------------------------------------------------------------------------------------------------


def _metric(company, metric, period, end, usd, evidence="B", currency="USD", original=None, note=""):
    return {"company": company, "metric": metric, "period": period, "period_end": pd.Timestamp(end),
            "value_usd_m": usd, "original_currency": currency,
            "original_value": usd if original is None else original, "evidence": evidence, "source_id": "v",
            "note": note}


def _metrics() -> pd.DataFrame:
    return pd.DataFrame([
        _metric("Kling", "revenue", "2025-Q1", "2025-03-31", 21.01, "C", "CNY", 150.0),
        _metric("Kling", "revenue", "2025-Q2", "2025-06-30", 35.01, "B", "CNY", 250.0),
        _metric("Kling", "revenue", "2026-Q1", "2026-03-31", np.nan, "B", "CNY", 650.0),
        _metric("Kling", "run_rate", "2026 (stated 2026-05-28)", "2026-05-28", 500.0, "C"),
        _metric("Kling", "analyst_forecast", "FY2025 (broker 2Q25 preview)", "2025-12-31", np.nan, "C", "CNY",
                1200.0),
        _metric("Runway", "run_rate", "2025-06", "2025-06-30", 90.0),
        _metric("Synthesia", "arr", "2025-04", "2025-04-30", 100.0),
        _metric("Synthesia", "arr", "2026-01", "2026-01-31", 150.0, "C"),
        _metric("Sora app", "cumulative_revenue", "launch-2026-01", "2026-01-31", 1.4,
                note="Appfigures estimate of consumer in-app spending"),
    ])


def _comparison(metrics: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    figures = market.vendor_figures(metrics)
    points = pd.DataFrame({
        "year": [2025, 2026], "value_usd_m": [752.65, 847.0], "low": [716.8, 847.0], "high": [788.5, 847.0],
        "n_values": [3, 1], "n_publishers": [2, 1], "paths": ["FBI ed. B; FBI ed. C; GVR", "FBI ed. C"]})
    return market.vendor_vs_market(figures, points, growth_range=(0.0, 2.0)), figures


def test_vendor_text_gives_the_floor_what_follows_and_never_a_verdict() -> None:
    comparison, figures = _comparison(_metrics())
    text = market_prose.vendors_text(comparison, figures)
    lines = text.split("\n")
    assert lines[0] == (
        "- **2026**, latest run-rates and ARR of two vendors: Kling USD 500M (2026, stated 28 May 2026; "
        "grade C) and Synthesia USD 150M (January 2026; grade C). As calendar revenue they give USD 650M to "
        "USD 832M for any growth between flat and tripling a year (USD 749M if doubling a year); the floor, "
        "USD 650M, is at least 77% of the forecast for that year, USD 847M (FBI, edition C)."
    )
    assert ("- **2025**, revenue one vendor reported for periods within the year: Kling USD 21M (Q1 2025; "
            "grade C) and USD 35M (Q2 2025; grade B). Together at least USD 56M: at least 7% of the higher "
            "and 8% of the lower of the two forecasts for that year, USD 717M to USD 789M (FBI, editions B "
            "and C; GVR).") in lines
    assert "neither confirm nor refute the forecast" in text
    assert ("Still, two vendors alone already reach most of the 2026 forecast, so either the market is "
            "larger than that forecast or its definition leaves out products like theirs") in text
    assert ("Kling's revenue of CNY 650M for Q1 2026 (grade B) stays out: our data hold no sourced "
            "CNY-to-USD rate for 2026, and we do not make one up.") in text
    assert ("Runway (last figure June 2025) has no 2026 figure in our data, so the 2026 floor leaves it "
            "out.") in text
    for overreach in ("too low", "too high", "looks low", "fastest growing", "0.72"):
        assert overreach not in text
    small = comparison.assign(floor_share_low=0.3, floor_share_high=0.3)
    assert "reach most" not in market_prose.vendors_text(small, figures)
    empty = market_prose.vendors_text(comparison.assign(market_usd_m=np.nan), figures)
    assert empty.startswith("No year has both")


def test_comparison_table_shows_the_range_and_the_floor_share() -> None:
    comparison, _ = _comparison(_metrics())
    table = market_prose.comparison_table(comparison).set_index(["year", "basis"])
    row = table.loc[(2026, "annualized")]
    assert row["forecast"] == "USD 847M (FBI, edition C)" and row["floor_share"] == "77%"
    assert row["vendor_list"] == "Kling USD 500M; Synthesia USD 150M"
    assert table.loc[(2025, "annualized"), "floor_share"] == "24% to 27%"
    assert set(market_prose.COMPARISON_TABLE) <= set(table.reset_index().columns)


def test_figure_table_puts_used_rows_first_in_words() -> None:
    comparison, figures = _comparison(_metrics())
    table = market_prose.figure_table(figures, comparison, _sources())
    assert table["use"].iloc[0] == "yes" and (table["use"].iloc[:6] == "yes").all()
    assert table["use"].iloc[6:].str.startswith("no").all()
    words = table.set_index("period")
    assert words.loc["2026 (stated 2026-05-28)", "period_label"] == "2026, stated 28 May 2026"
    assert words.loc["FY2025 (broker 2Q25 preview)", "period_label"] == (
        "full year 2025, broker preview of Q2 2025 results")
    assert words.loc["FY2025 (broker 2Q25 preview)", "original"] == "CNY 1.2B"
    assert words.loc["launch-2026-01", "metric_label"] == (
        "app-store spending since launch (Appfigures estimate, not company revenue)")
    assert words.loc["launch-2026-01", "source"] == "ForkLog (relaying Appfigures)"
    assert not table["original"].str.contains(r"\.0M").any()


@pytest.mark.parametrize(
    ("period", "words"),
    [
        ("2025-Q1", "Q1 2025"),
        ("9M2025", "Jan–Sep 2025"),
        ("FY2023", "full year 2023"),
        ("2025-06", "June 2025"),
        ("2026-01 (approx.)", "about January 2026"),
        ("2026 (stated 2026-05-28)", "2026, stated 28 May 2026"),
        ("launch-2025-02", "from launch to February 2025"),
        ("lifetime to 2026-03-24", "from launch to 24 March 2026"),
        ("FY2025 (guided 2025-11)", "full year 2025, guided November 2025"),
        ("FY2025 (raised 2025-08-21)", "full year 2025, raised 21 August 2025"),
        ("FY2025 (broker 2Q25 preview)", "full year 2025, broker preview of Q2 2025 results"),
        ("FY2025 (broker note after 2Q25)", "full year 2025, broker note after Q2 2025 results"),
        ("FY2026 (Goldman Sachs, after 2Q25)", "full year 2026, Goldman Sachs, after Q2 2025 results"),
        ("FY2025 (AI-native products segment)", "full year 2025, AI-native products segment"),
    ],
)
def test_period_codes_in_words(period: str, words: str) -> None:
    assert market_prose.period_words(period) == words


def test_report_titles_and_path_labels_lose_their_codes() -> None:
    title = market_prose.report_title("AI Video Generator Market (report 110060)")
    assert title == "AI Video Generator Market"
    assert market_prose.report_title("AI in Film Market") == "AI in Film Market"
    assert market_prose.path_label("Grand View Research [ai-video-generator]") == "Grand View Research"
    assert market_prose.path_label("Market.us, North America") == "Market.us, North America"


def test_vendor_growth_in_words_without_intervals_or_group_revenue() -> None:
    metrics = pd.DataFrame([
        _metric("Kling", "revenue", "2025-Q1", "2025-03-31", 21.01, "C", "CNY", 150.0),
        _metric("Kling", "revenue", "2025-Q3", "2025-09-30", 42.02, "C", "CNY", 300.0),
        _metric("Kling", "revenue", "2026-Q1", "2026-03-31", np.nan, "B", "CNY", 650.0),
        _metric("HeyGen", "arr", "2023-03", "2023-03-31", 1.0),
        _metric("HeyGen", "arr", "2023-11", "2023-11-30", 18.0),
        _metric("MiniMax (group, incl. Hailuo AI)", "revenue", "FY2023", "2023-12-31", 3.46),
        _metric("MiniMax (group, incl. Hailuo AI)", "revenue", "FY2025", "2025-12-31", 79.04),
    ])
    rates = market.vendor_growth(metrics)
    table = market_prose.vendor_growth_table(rates).set_index("company")
    assert "MiniMax (group, incl. Hailuo AI)" not in table.index
    assert table.loc["Kling", "change"] == "from CNY 150M to CNY 650M in 12 months (×4.3)"
    assert table.loc["Kling", "yearly"] == "×4.3 over 12 months = +333% a year"
    assert table.loc["Kling", "span"] == "Q1 2025 to Q1 2026"
    assert table.loc["HeyGen", "yearly"] == "not annualised (under 12 months)"
    assert not table["yearly"].str.contains(r"interval|%\s*\(").any()  # no interval, ever
    text = market_prose.vendor_growth_text(rates)
    assert text.startswith("HeyGen's ARR went from USD 1M to USD 18M in 8 months (×18.0)")
    assert text.endswith("Left out as not like for like: MiniMax (group, incl. Hailuo AI), group revenue "
                         "(chat apps, LLM API and Hailuo video): not video-only.")


def test_method_notes_give_the_conversion_direction_and_the_year_end_factor_only() -> None:
    comparison, _ = _comparison(_metrics())
    result = market.edition_growth(_market(), GEN, "C")
    notes = market_prose.market_method_notes(result, comparison)
    assert ("a year-end ARR overstates that year's calendar revenue (about 0.72 times it when doubling), a "
            "mid-year run-rate of a growing firm understates it") in notes
    assert "between flat and tripling a year and call its lowest value the floor" in notes
    assert "(7 values, 3 degrees of freedom left)" in notes and "independent" in notes
    assert "slower pace" not in notes


# --- the whole report on the shipped data -------------------------------------------------------------------


def test_the_shipped_report_text_has_no_codes_and_five_findings() -> None:
    forecasts, metrics, sources = data.load_forecasts(), data.load_company_metrics(), data.load_sources()
    claim = {2025: 716.8, 2032: 2560.0}
    matches = market.match_claim(forecasts, claim)
    editions = market.cagr_table(forecasts, "D", GEN)
    editions = editions[editions["publisher"] == matches["publisher"].iloc[0]]
    result = market.edition_growth(forecasts, GEN, "C")
    audit = market.cagr_table(forecasts, "C")
    figures = market.vendor_figures(metrics, "C")
    comparison = market.vendor_vs_market(figures, market.consensus_points(forecasts, GEN, "C"))
    rates = market.vendor_growth(metrics, "C")
    findings = market_prose.market_findings(result, matches, claim, editions, comparison, audit, sources)
    assert len(findings) == 5
    assert findings[1].startswith(
        "Three forecasts (two Fortune Business Insights editions and one Grand View Research report) imply "
        "18.7% to 20.2% a year; one common rate fits them at 19.5% (95% interval 18.2% to 20.8%")
    assert findings[2].startswith("Fortune Business Insights' stated rate moved as its base year")
    assert "at least USD 650M" in findings[3] and "at least 77% of the forecast" in findings[3]
    assert "evidence grade C" in findings[3] and "neither confirms nor refutes" in findings[3]
    assert findings[4].startswith("1 of 5 checkable reports")
    texts = [
        market_prose.market_answer(result, matches, comparison, 0.20), *findings,
        market_prose.claim_text(claim, 0.20, matches), market_prose.relay_text(matches, sources),
        market_prose.editions_text(editions), market_prose.growth_text(result, claim),
        market_prose.audit_text(audit), market_prose.vendors_text(comparison, figures),
        market_prose.vendor_growth_text(rates), market_prose.market_method_notes(result, comparison),
        *market_prose.figure_table(figures, comparison, sources)[list(market_prose.FIGURE_TABLE)]
        .map(str).to_numpy().ravel(),
        *market_prose.vendor_growth_table(rates).map(str).to_numpy().ravel(),
    ]
    joined = "\n".join(texts)
    for code in ("ai-video-generator", "launch-20", "9M20", "FY20", "report 110060", " ed. ", "2Q25", ".0M",
                 "consensus", "far more", "too low", "too high"):
        assert code not in joined, code
    assert not re.search(r"\b20\d\d-\d\d\b", joined)  # no ISO months or dates in reader text
