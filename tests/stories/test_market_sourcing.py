"""Report 01's sourcing words on the shipped data (review r61 of report 01): inferred credits tagged
wherever a forecast is named, edition names instead of letters in the Sources notes, the weaker forecasts'
rates, the worked 2026 sum, what the missing Kling AI results would need to show and the charts' source
lines."""

from __future__ import annotations

import pandas as pd
import pytest

from videomarket import data, market, stories
from videomarket.stories import _market as market_prose
from videomarket.stories import _market_summary as summary

GEN = "ai-video-generator"


@pytest.fixture(scope="module")
def shipped() -> dict[str, object]:
    """The notebook's own tables (notebooks/01, its second cell), on the shipped data."""
    forecasts = data.load_forecasts()
    metrics = stories.plain_company_names(data.load_company_metrics())
    sources = data.load_sources()
    figures = market.vendor_figures(metrics, "C")
    by_year = market.forecasts_by_year(forecasts, GEN, "C", years=figures["year"].unique())
    held_on = market.carry_forward(figures, int(figures.loc[figures["counted"], "year"].max()))
    comparison = market.vendor_vs_market(held_on, by_year, growth_range=(0.0, 2.0))
    paths = market.forecast_paths(forecasts, None, "C")
    return {"forecasts": forecasts, "sources": sources, "held_on": held_on, "comparison": comparison,
            "world": paths[paths["region"] == "Global"],
            "common": market.edition_growth(forecasts, GEN, "C"),
            "weaker": market.cagr_table(forecasts, "D", GEN)}


def test_the_answer_opens_with_a_plain_verdict_on_the_rate(shipped) -> None:
    verdict = summary.rate_verdict(shipped["common"], 0.20)
    assert verdict == (
        "The \"20% a year\" is a forecast, not a measurement: forecasts from one publisher, and probably a "
        "second, agree on 19–20%.")  # the second is inferred; 'probably' says so, no bracket (review r70 #3)
    editions = shipped["common"].editions
    one = type("Fit", (), {"editions": editions[editions["publisher"] == editions["publisher"].iloc[0]]})()
    assert summary.rate_verdict(one, 0.20) == ""


def test_an_inferred_credit_is_tagged_in_every_label(shipped) -> None:
    world = shipped["world"]
    labels = set(market_prose.path_legend(world).values())
    assert {"Grand View Research (publisher inferred)",
            "Grand View Research (publisher inferred; broad AI video)",
            "Fortune Business Insights, quoted as 2025→2034", "Market.us (AI in Film Market)",
            "Fortune Business Insights, quoted as 2025→2032 (the headline forecast)"} <= labels  # r84 #5: as
    assert not any("(inferred" in label for label in labels)  # the tables label them; 'publisher inferred'
    assert market_prose.edition_label({"publisher": "Unattributed (mraivideo)",
                                       "note": "names no publisher"}) == "Unattributed (mraivideo)"


def test_the_sources_notes_name_editions_by_their_years_never_by_a_letter(shipped) -> None:
    rows = market.forecast_paths(shipped["forecasts"], None, "D")
    uses = market_prose.source_uses(rows, shipped["held_on"].iloc[0:0], shipped["sources"])
    assert uses["gh-dodo-ai-video-pricing-readme"].startswith(
        "the forecast of Fortune Business Insights, quoted as 2024→2032 (publisher inferred)")
    assert uses["gh-jolin-ma-legacy-link-brief"].startswith(
        "the forecast of Fortune Business Insights, quoted as 2025→2034")
    assert uses["gh-kangise-a7-visual-content-zh"].startswith(
        "the forecast of Fortune Business Insights, quoted as 2025→2032 (the headline forecast)")
    assert not any(f"Insights {letter}" in text for text in uses.values() for letter in "ABC")


def test_the_weaker_forecasts_rates_are_told_and_why_they_are_left_out(shipped) -> None:
    assert summary.weak_forecasts_note(shipped["weaker"]) == (
        "The 4 grade-D forecasts of AI video generators, left out because their pages name no publisher or "
        "are of low quality, state or imply about 19% to 33% a year.")  # how many state a rate: appendix


def test_the_vendor_section_opens_with_the_worked_sum(shipped) -> None:
    top = summary._top(shipped["comparison"])
    assert summary.worked_sum(top, shipped["held_on"]) == (
        "In 2026: Kling AI USD 364M–466M + Runway USD 90M + Synthesia USD 150M = USD 604M–706M, against "
        "forecasts of USD 847M–948M.")


def test_the_data_line_can_say_newest_source_dated() -> None:
    assert stories.data_as_of("2026-05-28", "2026-06-10", sources_read="2026-06-03",
                              sources_words="newest source dated") == (
        "Newest figure dated 28 May 2026 (13 days old when this note was built, 10 June 2026); newest source "
        "dated 3 June 2026.")


def test_the_market_glossarys_evidence_grade_says_nothing_of_rebuilt_boards() -> None:
    text = stories.glossary(["grade-market"])
    assert "rebuilt" not in text and "C: a single second-hand quote or an inferred attribution" in text


def test_the_charts_source_lines_name_the_publishers_and_the_exchange_rate_page(shipped) -> None:
    assert stories.paths_source(shipped["world"], "2026-07-31") == (
        "Source: forecasts by Fortune Business Insights, Grand View Research (publisher inferred) and "
        "Market.us, "
        "quoted second-hand on 4 pages (newest dated 31 July 2026), listed under Sources; evidence grade C")
    held_on, comparison = shipped["held_on"], shipped["comparison"]
    drawn = summary.answer_comparison(comparison, held_on)
    shown = pd.DataFrame({"company": ["Runway"], "counted": [True], "evidence": ["B"],
                          "source_id": ["web-36kr-runway-annualized-revenue"]})
    line = stories.vendor_chart_source(shown, drawn, shipped["sources"], held_on)
    assert line == (
        "Source: vendor disclosures and press reports on 1 page, the forecasts above on 3 pages and 1 page "
        "giving the CNY-to-USD rate, quoted second-hand; 5 sources, listed under Sources; evidence grade B")


def test_the_title_dates_the_vendor_figures_by_the_newest_one(shipped) -> None:
    """The title carries the vendor figures' age (review r63 #1): its month is the newest figure's."""
    import json
    from pathlib import Path

    notebook = json.loads((Path(__file__).parents[2] / "notebooks" / "01-market-size-and-growth.ipynb")
                          .read_text(encoding="utf-8"))
    title = "".join(notebook["cells"][0]["source"])
    month = summary._newest_month(shipped["held_on"])
    assert month == "May 2026"
    assert title.endswith(f"the \"20% a year\" forecast, to {month}")
    # a static title names the question; the computed answer below it may change with the data
    assert "vendors' own figures" in title and "looks low" not in title
