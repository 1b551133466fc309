"""Prose of the market notebook: the sentences follow the tables (numbers, choices of wording), name the
intermediaries, put codes in words and never turn a floor into a verdict."""

from __future__ import annotations

import dataclasses
import re

import numpy as np
import pandas as pd
import pytest
from builders import forecast_row

from videomarket import data, market, stories
from videomarket.plots import _market_vendors as plots_vendors
from videomarket.stories import _market as market_prose
from videomarket.stories import _market_summary as summary
from videomarket.stories import _market_vendors as vendor_prose
from videomarket.stories import _wording as wording

CLAIM = {2025: 716.8, 2032: 2560.0}
GEN = "ai-video-generator"


def _forecast(edition, year, value, stated, evidence="C", publisher="FBI", report="AI Video Generator Market",
              definition=GEN, region="Global", source=None):
    return forecast_row(publisher=publisher, report=report, edition=edition, definition=definition, year=year,
                        value=value, stated=stated, evidence=evidence, region=region,
                        source=source or f"s-{edition}")


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
        "source_id": ["s-A", "s-B", "s-C", "s-g", "s-w", "v", "fx"],
        "url": [github.format("ann/pricing"), github.format("kangise/roadmap"), github.format("jolin/brief"),
                github.format("seventeen/research"), "https://gingerliu.example/p", "https://news.example/v",
                "https://fx.example/p"],
        "title": ["ann", "kangise", "jolin", "seventeen", "Generative AI Headlines", "Sora downloads",
                  "Moonshot's cash"],
        "publisher": ["ann (GitHub)", "kangise/roadmap (GitHub)", "jolin/brief (GitHub)",
                      "seventeen (GitHub)", "Ginger Liu (Substack)", "ForkLog (relaying Appfigures)",
                      "fx.example"],
        "published": [None, "2026-07-31", None, "2026-07-31", None, "2026", "2026"],
        "evidence": ["D", "C", "C", "C", "C", "B", "C"],
    })


# --- the quote and its editions -----------------------------------------------------------------------------


def test_claim_text_names_the_quotes_own_page_apart_from_the_report_its_figures_come_from() -> None:
    sources = _sources().assign(cites_url=["", "https://fbi.example/report-110060", "", "", "", "", ""])
    text = market_prose.claim_text(CLAIM, 0.20, market.match_claim(_fbi(), CLAIM), sources)
    assert text == (
        "\"20% a year\" is FBI's rate, quoted second-hand: a GitHub page gives it in a chapter titled "
        "\"[kangise](https://github.com/kangise/roadmap/blob/0123abc/notes.md)\", with USD 716.8M for 2025 "
        "and USD 2,562.9M for 2032.\n\nThose two figures imply 20.0% a year, so the quote is internally "
        "consistent. The page credits them to [FBI's report page](https://fbi.example/report-110060), which "
        "could not be read for this note.\n\nThe quote may combine two [editions](#glossary-edition) of the "
        "report (its own page gives the forecast quoted as 2025→2032). Its 2032 value, 2,562.9, is close to "
        "the 2,560 of the forecast quoted as 2024→2032: a match only after rounding, possibly by chance. Its "
        "2025 value matches that of the forecast quoted as 2025→2034 (716.8). Without the "
        "publisher's page we cannot tell."
    )
    titled = sources.assign(title_en=[None, "A7. AI video (Chinese chapter, last updated 2026-07-31)", None,
                                      None, None, None, None])
    assert 'gives it in a chapter titled "[AI video](https' in market_prose.claim_text(
        CLAIM, 0.20, market.match_claim(_fbi(), CLAIM), titled)  # no ISO date or section number in the title
    piped = sources.assign(title_en=[None, "A7. AI image and video generation | AI Visual Content Creation",
                                     None, None, None, None, None])
    assert 'gives it in a chapter titled "[AI image and video generation](https' in market_prose.claim_text(
        CLAIM, 0.20, market.match_claim(_fbi(), CLAIM), piped)
    nothing = market_prose.claim_text(CLAIM, 0.20, market.match_claim(_fbi(), {2025: 1.0, 2032: 2.0}),
                                      _sources())
    assert nothing == ("The quote gives USD 716.8M for 2025 and USD 2.56B for 2032, which imply 19.9% a "
                       "year, rounded to 20%. No report edition we hold states both figures.")


def test_claim_table_keeps_numbers_numeric_and_names_where_each_edition_was_read() -> None:
    table = market_prose.claim_table(market.match_claim(_fbi(), CLAIM), _sources())
    assert table["edition_label"].tolist() == [  # named by the years each states, no letters
        "FBI, quoted as 2024→2032", "FBI, quoted as 2025→2032", "FBI, quoted as 2025→2034"]
    assert table["matched_words"].tolist() == ["2032", "(the quote itself)", "2025"]
    assert table["read_in"].tolist() == ["GitHub page"] * 3
    assert table["stated_rate"].tolist() == [19.5, 20.0, 18.8]  # % a year as 0-100 numbers, as stated
    assert table["implied_rate"].iloc[1] == round(((2562.9 / 716.8) ** (1 / 7) - 1) * 100, 1)
    assert table["implied_rate"].isna().tolist() == [True, False, True]  # no editions: only the full match
    editions = market.cagr_table(_fbi(), "D", GEN)
    own = market_prose.claim_table(market.match_claim(_fbi(), CLAIM), _sources(), editions)["implied_rate"]
    assert own.tolist() == [19.5, 20.0, 18.7]  # (2560/614.8)^(1/8), (2562.9/716.8)^(1/7), (3350/716.8)^(1/9)
    columns = market_prose.claim_columns(CLAIM)
    assert columns["value_first"] == "2025 value (USD millions)"
    assert columns["matched_words"] == "Year whose value matches the quote"
    assert columns["implied_rate"] == "Growth its own first and last values imply (% a year)"
    assert set(market_prose.claim_columns(CLAIM)) <= set(table.columns)
    assert wording.CLAIM_FORMATS["stated_rate"] == "stated"  # a stated 20% shows as 20, not 20.0 (r79 #8)
    assert wording.EDITION_GROWTH_FORMATS["stated_rate"] == "stated"  # the growth table's too (r79 #8)


def test_sources_are_named_by_who_relays_them_and_archived_files_by_repository() -> None:
    assert market_prose.relayed_by("s-w; s-B", _sources()) == (
        "Ginger Liu (Substack); GitHub file (kangise/roadmap)")
    assert market_prose.read_in("s-B", _sources()) == "GitHub page"
    with pytest.raises(ValueError, match="not in the sources table"):
        market_prose.relayed_by("nope", _sources())


# --- the forecasts side by side and the common rate ---------------------------------------------------------


def test_forecasts_chart_title_text_and_legend_in_words() -> None:
    paths = market.forecast_paths(_market(), None, "C")
    assert market_prose.paths_title(paths, GEN) == (
        "Forecasts for AI video generators (bold lines) all grow 18.7%–20.2% a year; other markets (one "
        "broader, two adjacent) are forecast to grow faster")  # one finding; sizes in the text
    assert market_prose.paths_text(paths, GEN) == (
        "The chart shows six forecasts (on a [log scale](#glossary-log-scale)); three are for AI video "
        "generators: forecasts from two publishers (one of them in two editions). The other three measure "
        "different markets: "
        "Market.us (Film, an [adjacent market](#glossary-adjacent-market)), Market.us (Film, an [adjacent "
        "market](#glossary-adjacent-market)), North America and GVR ([broad AI "
        "video](#glossary-broad-ai-video)). In 2033 they are 4×–5× and 12×–15× the size of the AI video "
        "generator forecasts (USD 2.82B–3.44B that year). "
        "They measure different markets, so the sizes are not rival estimates of one."
    )
    fbi_c_2033 = 847 * (3350 / 847) ** (7 / 8)  # edition C between its 2026 and 2034 values
    assert round(fbi_c_2033) == 2821 and round(14100 / fbi_c_2033) == 5 and round(42290 / fbi_c_2033) == 15
    assert round(14100 / 3440) == 4 and round(42290 / 3440) == 12
    assert market_prose.path_legend(paths) == {
        "Market.us": "Market.us (Film)", "Market.us, North America": "Market.us (Film), North America",
        "GVR [ai-video-broad]": "GVR (broad AI video)", "FBI ed. B": "FBI, quoted as 2025→2032",
        "FBI ed. C": "FBI, quoted as 2025→2034", "GVR [ai-video-generator]": "GVR (AI video generators)"}
    quoted = paths.assign(note=paths["path"].map({"FBI ed. B": "ORIGIN OF THE SEED CLAIM"}).fillna(""))
    assert market_prose.path_legend(quoted)["FBI ed. B"] == (  # as the tables read (r84 #5)
        "FBI, quoted as 2025→2032 (the headline forecast)")


def test_growth_text_heads_with_one_edition_per_publisher_and_shows_every_edition_beside_it() -> None:
    latest = market.edition_growth(_market(), GEN, "C", one_per_publisher=True)
    common = market.edition_growth(_market(), GEN, "C")
    assert (latest.n_publishers, latest.n_editions, common.n_editions) == (2, 2, 3)
    text = market_prose.growth_text(latest, common, CLAIM)
    assert text == (
        "The three forecasts for AI video generators imply 18.7% to 20.2% a year from their own first and "
        "last values (they state 18.8% to 20.3%), so the quoted 20% is inside their range.\n\nA caveat: two "
        "editions of FBI's forecast, the forecast quoted as 2025→2032 and the one quoted as 2025→2034, share "
        "their 2025 value (USD 716.8M), so they are not independent forecasts."
    )  # the weaker forecasts are named in About the data, not in the main line (review r47 #2)
    assert "19.3%" not in text  # the combined rate and its interval are in the method notes (review r43 #9)
    assert f"{latest.rate:.1%}" == "19.3%" and f"{common.rate:.1%}" == "19.5%"
    table = market_prose.edition_growth_table(common, latest, _sources())
    assert "in_headline" not in table  # the combined rate is told in the method notes (review r45 #4)
    assert table["read_in"].tolist() == ["GitHub page"] * 3
    assert set(wording.EDITION_GROWTH_TABLE) <= set(table.columns)


# --- vendors ------------------------------------------------------------------------------------------------

FX_NOTE = "USD at RMB 7.14/USD, the 2025 average rate as stated by fx (secondhand)."


def _metric(company, metric, period, end, usd, evidence="B", currency="USD", original=None, note=""):
    converted = currency != "USD" and not pd.isna(usd)
    return {"company": company, "metric": metric, "period": period, "period_end": pd.Timestamp(end),
            "value_usd_m": usd, "original_currency": currency,
            "original_value": usd if original is None else original,
            "fx_rate": 7.14 if converted else np.nan, "fx_date": "2025-12-31" if converted else None,
            "evidence": evidence, "source_id": "v", "note": FX_NOTE if converted else note}


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


def _vendors(metrics: pd.DataFrame | None = None, within_years: int | None = 1):
    """figures, the forecasts' values in the figures' years, the comparison, the headroom and the growth
    against the forecasts, as the notebook computes them."""
    metrics = _metrics() if metrics is None else metrics
    figures = market.vendor_figures(metrics)
    years = figures["year"].unique()
    values = market.forecast_values(_market(), GEN, "C", years=years)
    comparison = market.vendor_vs_market(figures, market.forecasts_by_year(_market(), GEN, "C", years=years),
                                         growth_range=(0.0, 2.0))
    room = market.forecast_headroom(comparison, figures, within_years=within_years)
    rates = market.growth_against_forecasts(market.vendor_growth(metrics), _market(), GEN, "C")
    return figures, values, comparison, room, rates


#: What the vendors' text and the pace check both say of Kling AI's Q1 2026 pace (one wording, two tests).
PACE_CHECK = (
    "Kling reported Q1 2026 revenue of CNY 650M (about "
    "USD 91M at the 2025 average rate), a pace of about USD 364M a year, 27% below the USD 500M run-rate. "
    "Low case, Kling's Q1 pace all year: the two vendors' figures come to about USD 514M for 2026, 54%–61% "
    "of the forecasts. High case, its Q1 as reported, then the run-rate stated on 28 May: about USD 616M, "
    "65%–73% "
    "of the forecasts. "
    "The run-rate is higher than the quarter's pace. It may show growth after the quarter, or a wider "
    "scope: a run-rate is a pace at one date, a quarter an average over three months. Our data cannot say "
    "which."
)


def test_vendor_text_uses_the_answers_figures_with_why_not_a_floor_and_where_the_data_stop() -> None:
    figures, values, comparison, _, _ = _vendors()
    text = summary.vendors_text(comparison, figures, values, _sources(), cross_check=False)
    fbi_b_2026 = 716.8 * (2562.9 / 716.8) ** (1 / 7)
    gvr_2026 = 788.5 * (3440 / 788.5) ** (1 / 8)
    assert (round(fbi_b_2026), round(gvr_2026)) == (860, 948)
    assert (round(650 / gvr_2026, 2), round(650 / 847, 2)) == (0.69, 0.77)
    assert text == (
        "In 2026: Kling USD 364M–466M + Synthesia USD 150M = USD 514M–616M, against forecasts of USD "
        "847M–948M. So the forecasts leave about USD 231M–434M for every other AI-video vendor in the world "
        "(Runway and Sora app among them). The 54%–73% range comes from two estimates of Kling's revenue "
        "(its Q1 pace, or the "
        "[run-rate](#glossary-run-rate) it stated on 28 May 2026) and the spread of the forecasts. For "
        "2026 one forecast states USD 847M; the other two give USD 860M and USD 948M at their own steady "
        "rates.\n"
        "\n"
        "- **Low case.** Kling's Q1 pace all year: the two vendors' figures come to about USD 514M for "
        "2026, 54%–61% of the forecasts.\n"
        "- **High case.** Q1 as reported, then the run-rate stated on 28 May: about USD 616M, 65%–73% of "
        "the forecasts.\n"
        "- **Mostly Kling.** It makes up 71%–76% of these sums.\n"
        "- **What the forecasts cover.** The pages quoting the forecasts do not define their market: which "
        "countries, and whether consumer subscriptions count. If they leave out China, where Kling is "
        "based, or consumer apps, these shares overstate the vendors' part of that market. If they count "
        "both, the forecasts look low. Synthesia alone, without Kling, comes to about USD 150M, 16%–18% of "
        "the 2026 forecasts.\n"
        "- **Which way each may err.** The high case rests on one grade-C run-rate of unknown scope, "
        "applied from April though stated on 28 May, and may lean high.\n"
        "- **Vendors not counted.** Runway (latest figure from June 2025; a figure is held only into the "
        "next calendar year, not to 2026) and Sora app (cumulative since launch: spans several periods). "
        "No other developer has a revenue figure in our sources, so the sum is a floor.\n"
        "- **In 2025.** No like-for-like sum (revenue and run-rates mixed), as Kling stated no 2025 "
        "run-rate and its Q3 and Q4 2025 revenue are not in our data. Adding them anyway gives a floor of "
        "about USD 246M, 31%–34% of the 2025 forecasts. The run-rates likely lean low, if "
        "anything. For a growing firm, Runway's June 2025 pace is about the year's average and Synthesia's "
        "April 2025 pace below it.\n"
        "- **Caveats.** The run-rate is higher than the quarter's pace. It may show growth after the "
        "quarter, or a wider scope: a run-rate is a pace at one date, a quarter an average over three "
        "months. Our data cannot say which. If a forecast left out [avatar "
        "platforms](#glossary-avatar-platform) such as Synthesia, Kling alone, at USD 364M–466M in its two "
        "cases, is 38%–55% of the forecasts. For Kling, Q3 2025 and Q4 2025 revenue are not in our data "
        "(no source we hold gives it), so its 2025 figure covers Q1–Q2 only. The table's 2025 and 2026 "
        "run-rate rows are not a trend: different vendors disclose in each year (2025: Runway and "
        "Synthesia, 2026: Kling and Synthesia)."
    )
    assert round(290 / 948, 2) == 0.31  # the lowest case (Kling's Q2 2025 pace) against the highest forecast
    bare = summary.vendors_text(comparison, figures, values, _sources(), caveats=False, cross_check=False)
    lean = ("The high case rests on one grade-C run-rate of unknown scope, applied from April though stated "
            "on 28 May, and may lean high.")
    early = ("The run-rates likely lean low, if anything. For a growing firm, Runway's June 2025 pace is "
             "about the year's average and Synthesia's April 2025 pace below it.")
    assert bare == (text.split("\n- **Caveats.**")[0].replace(f"\n- **Which way each may err.** {lean}", "")
                    .replace(f" {early}", ""))  # both go to the appendix's caveats
    assert summary.vendor_caveats_text(comparison, figures) == (  # a short list, the vendor named each time
        "**What could make the 54%–73% too high.**\n\n- **High case.** It rests on Kling's grade-C "
        "run-rate of unknown "
        "scope, applied from April though stated on 28 May, and may lean high.\n- **Kling's USD 500M "
        "run-rate against its quarter's pace.** Kling's USD 500M run-rate is higher than its quarterly pace "
        "(about USD 364M a year). It may show growth after the quarter, or a wider scope: a run-rate is a "
        "pace at one date, a quarter an average over three months. Our data cannot say which.\n- **Without "
        "avatar platforms.** If a forecast left out [avatar "
        "platforms](#glossary-avatar-platform) such as Synthesia, Kling alone, at USD 364M–466M in its two "
        "cases, is 38%–55% of the forecasts.\n\n**Other limits.**\n\n- **2025 "
        "paces of Runway and Synthesia.** They likely lean low, if anything. For a growing firm, Runway's "
        "June 2025 pace is about the year's average and Synthesia's April 2025 pace below it.\n- **2025 "
        "gaps.** For Kling, Q3 2025 and Q4 2025 revenue are not in our data (no source we hold gives it), so "
        "its 2025 figure covers Q1–Q2 only.\n- **Not a trend.** The table's 2025 and 2026 run-rate rows are "
        "not a trend: different vendors disclose in each year (2025: Runway and Synthesia, 2026: Kling and "
        "Synthesia).")  # three short lists: too high, too low (none here), other limits (review r70 #3)
    # Q1 as reported (CNY 650M at 7.14) and three quarters of the USD 500M run-rate, plus Synthesia
    assert round(650 / 7.14 + 500 * 3 / 4 + 150) == 616
    assert (round(616 / 948, 2), round(616 / 847, 2)) == (0.65, 0.73)
    assert round(1 - 4 * 650 / 7.14 / 500, 2) == 0.27  # the quarter's pace against the run-rate
    assert (round(4 * 650 / 7.14 / 948, 2), round(4 * 650 / 7.14 / 847, 2)) == (0.38, 0.43)  # Kling alone
    assert (round(150 + 4 * 650 / 7.14), round(514 / 948, 2), round(514 / 847, 2)) == (514, 0.54, 0.61)
    # Kling alone in its two cases: Q1 pace all year, Q1 as reported then three quarters of USD 500M
    assert (round(4 * 650 / 7.14), round(650 / 7.14 + 375)) == (364, 466)
    assert (round(364 / 948, 2), round(466 / 847, 2)) == (0.38, 0.55)
    # the section's figures are the answer's and the comparison table's top row: no Runway or HeyGen
    body = text.split("\n- **Which way each may err.**")[0]
    assert "for every other AI-video vendor in the world (Runway and Sora app among them)" in body  # r82 #2
    body = body.replace("(Runway and Sora app among them)", "")  # the vendors left for the residual
    assert "Runway" not in body and "HeyGen" not in text  # Runway only in the 2025 row's lean and the caveats
    for overreach in ("too low", "too high", "looks low", "fastest growing", "reach most", "flagged"):
        assert overreach not in text
    unrated = vendor_prose.fx_text(figures.drop(columns=["fx_rate", "fx_date"]), _sources(), 2026)
    assert unrated == ("Revenue of CNY 650M in Q1 2026 (Kling, grade B) stays out of the sums: no source "
                       "we read states a CNY-to-USD rate for 2026, so we use only the rate a source states "
                       "rather than make one up.")
    assert vendor_prose.fx_text(figures, _sources(), 2026).endswith(
        "Revenue of CNY 650M in Q1 2026 (Kling, grade B) is converted the same way, at the 2025 rate, as no "
        "source we read states one for 2026: about USD 91M, used for both ends of the 2026 range.")


def test_comparison_table_has_numeric_columns_with_units_and_no_redundant_sum() -> None:
    figures, _, comparison, _, _ = _vendors()
    table = vendor_prose.comparison_table(comparison, figures).set_index(["year", "basis"])
    row = table.loc[(2026, "annualized")]
    assert row["vendor_list"] == "Kling USD 500M; Synthesia USD 150M"
    assert (row["calendar_low_usd_m"], row["calendar_usd_m"], row["calendar_high_usd_m"]) == (650, 749, 832)
    assert (row["floor_share_low"], row["floor_share_high"]) == (69, 77)  # whole percent, as the text
    revenue = table.loc[(2025, "revenue")]
    assert revenue["vendor_list"] == (  # converted: said so; the quarters no figure gives named
        "Kling CNY 400M (about USD 56M), Q1–Q2 only (Q3 and Q4 not in our data)")
    assert np.isnan(revenue["calendar_usd_m"])  # revenue as reported is both its low and its high case
    assert (revenue["calendar_low_usd_m"], revenue["calendar_high_usd_m"]) == (56, 56)


def test_figure_table_puts_used_rows_first_in_words() -> None:
    figures, _, comparison, room, rates = _vendors()
    table = vendor_prose.figure_table(figures, comparison, _sources(), room, rates)
    assert table["use"].tolist() == [
        "yes: 2025 comparison; vendor growth table", "yes: 2025 comparison", "yes: 2026 comparison",
        "yes: 2025 comparison; held at its last pace for 2026", "yes: 2025 comparison; vendor growth table",
        "yes: 2026 comparison; vendor growth table",
        "yes: vendor growth table; both ends of the 2026 range (USD value at the 2025 rate)",
        "no: a broker's estimate, not company data", "no: cumulative since launch: spans several periods"]
    # the Q1 2026 quarter, reported in CNY, shows the USD value the text uses (at the 2025 rate)
    assert table["value_usd_m"].tolist()[6] == 91.0
    # the sentence above the table counts the same column
    assert vendor_prose.figure_table_text(figures, comparison, room, rates) == (
        "We hold 9 vendor figures. Seven are in the comparison table; the other two are not used, for the "
        "reason given ([company "
        "guidance](#glossary-guidance) and [broker forecasts](#glossary-broker-forecast) are forecasts, "
        "never counted).")
    assert vendor_prose.figure_table_text(figures, comparison, room, rates, used_only=True) == (
        "Of the 9 vendor figures we hold, the 7 listed here are used, all in the comparison table. The other "
        "two are in no sum or growth figure here ([company guidance](#glossary-guidance) and [broker "
        "forecasts](#glossary-broker-forecast) are forecasts, never counted, at most cross-checks).")
    assert len(vendor_prose.figure_table(figures, comparison, _sources(), room, rates, used_only=True)) == 7
    # a series the vendor growth table does not show (no forecast covers it) is no use of its figures
    hidden = vendor_prose.figure_uses(figures, comparison, room, rates.assign(n_forecasts=0))
    assert not any("vendor growth table" in u for u in hidden)
    plain = vendor_prose.figure_table(figures, comparison, _sources())
    assert plain["use"].iloc[6:].tolist() == [
        "yes: both ends of the 2026 range (USD value at the 2025 rate)", "no: a broker's estimate, not "
        "company data",
        "no: cumulative since launch: spans several periods"]
    words = table.set_index("period")
    assert words.loc["2026 (stated 2026-05-28)", "period_label"] == "not given; stated 28 May 2026"
    assert words.loc["2026 (stated 2026-05-28)", "stated_on"] == pd.Timestamp("2026-05-28")
    assert words["stated_on"].isna().sum() == len(words) - 1  # only a figure of no period has a day
    assert words.loc["FY2025 (broker 2Q25 preview)", "period_label"] == (
        "full year 2025, broker preview of Q2 2025 results")
    assert words.loc["launch-2026-01", "metric_label"] == (
        "app-store spending since launch (Appfigures estimate, not company revenue)")
    assert words.loc["launch-2026-01", "source"] == "ForkLog (relaying Appfigures)"
    assert words.loc["2025-Q1", "value_usd_m"] == 21.0  # three significant figures of a converted value
    assert set(wording.FIGURE_TABLE) <= set(table.columns)


def test_staleness_names_what_is_likely_missing_per_vendor_and_the_date_meant() -> None:
    figures, *_ = _vendors()
    undated = pd.DataFrame({"publisher": ["P"], "published": [None]})
    assert vendor_prose.market_staleness(figures, "2026-07-31", undated).endswith(
        " The market forecasts compared here give no publication date, so their age is unknown and may "
        "exceed the vendor figures'.")
    assert vendor_prose.market_staleness(figures, "2026-07-31", undated.assign(edition=["2025 edition (as "
                                                                                  "quoted)"])).endswith(
        " The market forecasts compared here give no publication date (P's is quoted as its 2025 edition), "
        "so their age is unknown and may exceed the vendor figures'.")
    assert vendor_prose.market_staleness(figures, "2026-07-31", undated.assign(published=["2025"])) == (
        vendor_prose.market_staleness(figures, "2026-07-31"))
    assert vendor_prose.market_staleness(figures, "2026-07-31") == (
        "Likely missing: report editions, pages and vendor figures published after 31 July 2026, the newest "
        "source read here. For Kling the data stop at the figure dated 28 May 2026 (revenue to Q1 2026): its "
        "results for later quarters are not in these data."
    )
    assert vendor_prose.data_stop(figures[figures["kind"] != "quarter"]) == ""


def test_vendor_growth_sets_each_series_against_the_forecasts_over_the_same_months() -> None:
    metrics = pd.concat([_metrics(), pd.DataFrame([
        _metric("HeyGen", "arr", "2023-03", "2023-03-31", 1.0),
        _metric("HeyGen", "arr", "2023-11", "2023-11-30", 18.0),
        _metric("MiniMax (group, incl. Hailuo AI)", "revenue", "FY2023", "2023-12-31", 3.46),
        _metric("MiniMax (group, incl. Hailuo AI)", "revenue", "FY2025", "2025-12-31", 79.04),
    ])], ignore_index=True)
    *_, rates = _vendors(metrics)
    text = vendor_prose.vendor_growth_text(rates)
    assert text == (
        "Kling's revenue and Synthesia's ARR grew faster than the forecasts over the same months; no other "
        "vendor series lies wholly in years the forecasts cover. Over the same months the forecasts grow "
        "only 1.18×–1.20× (Kling's 12 months) and 1.13×–1.15× (Synthesia's 9 months). Spans are counted "
        "in exact days (Synthesia's 9 months: 276 days). "
        "Vendors that publish figures tend to be the fast growers, leading vendors can gain share, and ARR "
        "is a pace rather than a calendar year's revenue, so faster growth alone does not show a forecast "
        "wrong."
    )
    # FBI ed. C grows 847/716.8 in 2025-2026: the lowest forecast multiple over Kling's 12 months
    assert round(847 / 716.8, 2) == 1.18
    ends = rates[rates["company"] == "Kling"].iloc[0]
    floors = pd.DataFrame({"company": ["Kling", "Kling"],
                           "period": [ends["first_period"], ends["last_period"]],
                           "note": ["Lower bound ('more than')", "Lower bound ('more than')"]})
    table = vendor_prose.vendor_growth_table(rates)
    # by date, no ranking; only series the forecasts cover (HeyGen's 2023 ARR is before them: round 32)
    assert table["company"].tolist() == ["Kling", "Synthesia"]
    assert table["multiple_shown"].tolist() == [4.3, 1.5]  # two significant figures, numbers (r75 #10)
    assert table["forecast_multiple_low"].tolist() == [1.18, 1.13]  # 2 decimals, as the text gives them
    bounded = vendor_prose.vendor_growth_table(rates, floors)  # a ratio of two 'more than' amounts is rough
    assert bounded["lower_bounds"].tolist() == ["both", "neither"]  # the bound in its own column
    assert bounded["multiple_shown"].tolist() == [4.3, 1.5]
    assert table["months"].tolist() == [12, 9]
    assert set(wording.VENDOR_GROWTH_TABLE) <= set(table.columns)
    assert vendor_prose.times(18.0) == "about 18×" and vendor_prose.times(4.333) == "about 4.3×"
    kling = table.set_index("company").loc["Kling"]
    bound = pd.DataFrame({"company": ["Kling"], "period": [kling["last_period"]],
                          "note": ["Lower bound ('more than'); RMB million"]})
    marked = vendor_prose.vendor_growth_table(rates, bound).set_index("company").loc["Kling"]
    assert marked["lower_bounds"] == "to"  # a 'more than' value is marked as one
    assert (marked["from_value"], marked["to_period"]) == (kling["from_value"], "Q1 2026")


# --- the answer, the findings, the notes, the sources -------------------------------------------------------


def test_the_answer_is_two_short_sentences_on_the_findings_figures() -> None:
    common = market.edition_growth(_market(), GEN, "C")
    figures, values, comparison, room, rates = _vendors()
    answer = summary.market_answer(common, comparison, room, rates, values, figures, 0.20)
    assert answer == (
        "Two publishers' forecasts agree that AI video generators grow about 19% to 20% a year, as quoted, "
        "but we read both only second-hand. Two vendors alone would already earn about half to three "
        "quarters of the 2026 forecasts, so the forecasts' level may be low."
    )
    assert len(answer.split()) <= 50 and "(" not in answer
    latest = market.edition_growth(_market(), GEN, "C", one_per_publisher=True)
    quote = market.match_claim(_market(), {2025: 716.8, 2032: 2560.0})  # FBI ed. B states both figures
    fitted = summary.market_answer(common, comparison, room, rates, values, figures, 0.20, quote, fit=latest)
    assert fitted == (  # a plain verdict first, dated by the newest vendor figure
        "The \"20% a year\" is a forecast, not a measurement: two publishers' forecasts agree on 19–20%. "
        "The rate cannot be tested against any measurement of the market; the two vendors with comparable "
        "figures grew 1.5×–4.3× in 9–12 months, far faster than the forecasts, from a small base. The level "
        "looks low, "
        "or the scope narrow: at their latest stated figures (Kling Q1 2026 revenue or May 2026 "
        "[run-rate](#glossary-run-rate), [Synthesia](#glossary-synthesia) January 2026), two vendors alone "
        "would earn 54%–73% of the 2026 forecasts.")
    assert all(len(x.split()) <= 50 for x in fitted.split(". ")) and "18.7%" not in fitted  # own: no test
    assert "20.0%" not in fitted  # the quote's own edition is not a test of it
    # without the quote the answer is the same: the quote only decides which rates are independent of it
    assert summary.market_answer(common, comparison, room, rates, values, figures, 0.20, fit=latest) == fitted
    assert summary.independent_rates(common, quote) == (
        "Only one other forecast of the same market is independent of the quote: GVR's, at 20.2% a year.")
    assert "interval" not in fitted
    flat = summary.market_answer(common, comparison, room, rates.assign(multiple=1.0), values, figures, 0.20,
                                 quote, fit=latest)
    assert flat.split(". ")[-1] == fitted.split(". ")[-1]  # the level rests on the share, not on growth
    assert "grew 1.0× in 9–12 months, slower than the forecasts." in flat
    assert all(len(x.split()) <= 50 for x in re.sub(r"\]\(#[^)]*\)", "]", fitted).split(". "))
    assert summary.market_answer(common, comparison, room, rates, values, figures, 0.25, fit=latest) == (
        summary.market_answer(common, comparison, room, rates, values, figures, 0.25))  # no 'Yes' if outside
    assert summary.quarter_share_words(0.54, 0.73) == "half to three quarters"
    assert summary.quarter_share_words(0.49, 0.52) == "half"
    # the low end: Kling's Q1 pace all year against the highest forecast; the high end: Q1 as reported and
    # the run-rate after, against the lowest
    assert (round((4 * 650 / 7.14 + 150) / 948, 2), round((650 / 7.14 + 375 + 150) / 847, 2)) == (0.54, 0.73)
    assert 500 + 150 == 650  # Kling and Synthesia in 2026: the comparison table's 2026 row, not Runway
    assert len(answer.split()) <= 60 and ";" not in answer and answer.count("(") <= 1
    # no "at least": the answer gives the vendors' totals as they are, with no condition on Runway
    assert "interval" not in answer and "floor" not in answer and "at least" not in answer
    assert summary.market_answer(common, comparison, room, rates, values, figures, 0.25).startswith(
        "Two publishers' forecasts agree that AI video generators grow about 19% to 20% a year, not the "
        "quoted \"25% a year\", and we read both only second-hand. ")
    # the quote is one of FBI's editions: only the other publisher's forecast is independent of it
    assert "FBI" not in answer
    bare = summary.market_answer(common, comparison.assign(market_usd_m=np.nan), room, rates, values, figures,
                                 0.20)
    assert bare.endswith("only second-hand. No vendor figure can be set against the market's size.")
    assert summary.short_name("Kling AI (Kuaishou)") == "Kling AI"


def test_pace_check_says_when_a_vendors_own_quarter_is_below_its_stated_pace() -> None:
    figures, _, comparison, _, _ = _vendors()
    assert summary.vendor_chart_title(comparison, figures) == (
        "At their latest stated pace, two vendors' figures come to about 54%–73% of the "
        "2026 "
        "forecasts")  # each vendor's date is in the subtitle
    top = comparison.dropna(subset=["market_usd_m"]).sort_values("floor_share_low").iloc[-1]
    parts = summary.pace_parts(figures, top)
    assert " ".join([parts["inputs"], parts["cases"], parts["caveat"]]) == PACE_CHECK
    with_broker = pd.concat([figures, figures[figures["period"] == "2026-Q1"].assign(
        metric="analyst_forecast", period="FY2026 (Goldman Sachs, after 2Q25)", kind="year",
        value_usd_m=250.0,
        counted=False)], ignore_index=True)
    assert summary.pace_parts(with_broker, top)["cross"] == (
        "Goldman Sachs forecast USD 250M of Kling revenue for 2026 (grade B, made after Q2 2025 results, "
        "before Q1 2026 results), below the low and high cases (USD 364M–466M for Kling).")
    assert summary.case_names(top, figures) == (
        "Q1 pace all year", "Q1 as reported, then the run-rate stated on 28 May")
    # the sensitivity case: Kling at its latest quarter of 2025 (Q2, CNY 250M) instead of Q1 2026
    assert summary.earlier_quarter(top, figures)[0]["period"] == "2025-Q2"
    assert round(summary.earlier_quarter(top, figures)[1], 2) == round(250 / 7.14, 2)
    assert round(summary.sensitivity_total(top, figures)) == round(4 * 250 / 7.14 + 150) == 290
    assert summary.sensitivity_words(top, figures) == (
        "At Kling's Q2 2025 pace instead (about USD 35M a quarter), the two vendors' figures would "
        "come to about USD 290M, 31%–34% of the forecasts.")
    no_2025 = figures[figures["year"] != 2025]
    assert summary.earlier_quarter(top, no_2025) is None and summary.sensitivity_total(top, no_2025) is None
    assert summary.sensitivity_words(top, no_2025) == ""
    # the stress test, in the appendix: the case the latest quarter already contradicts
    assert summary.stress_test_note(comparison, figures) == (
        "**Stress test.** At Kling's Q2 2025 pace instead (about USD 35M a quarter), the two vendors' "
        "figures would come to about USD 290M, 31%–34% of the forecasts. The Q1 2026 figure already "
        "contradicts it: Kling earned about USD 91M or more in Q1 2026 alone, so USD 140M for the year "
        "would leave about USD 49M for Q2–Q4.")
    assert summary.stress_test_note(comparison, no_2025) == ""
    assert round(650 / 7.14 * 4) == 364
    bounded = figures.copy()
    bounded.loc[bounded["period"] == "2026-Q1", "note"] = "Lower bound ('more than RMB 650M')"
    assert "revenue of more than CNY 650M" in summary.pace_parts(bounded, top)["inputs"]
    fast = figures.copy()
    fast.loc[fast["period"] == "2026-Q1", "original_value"] = 1000.0  # USD 140M a quarter: a USD 560M pace
    assert summary.pace_parts(fast, top) == {}


def test_the_vendor_chart_draws_the_two_vendors_of_its_title_in_one_bar_and_its_alt_text_agrees() -> None:
    figures, _, comparison, _, _ = _vendors()
    drawn = summary.answer_comparison(comparison, figures)
    bars = summary.chart_comparison(drawn, figures)
    year = bars[bars["year"] == 2026]
    assert len(year) == 1  # Kling and Synthesia stacked in one bar, as the title counts them
    row = year.iloc[0]
    assert (row["slot"], row["row_label"]) == ("right", "sum of the vendors that year")
    assert (round(row["calendar_low_usd_m"]), round(row["calendar_high_usd_m"])) == (514, 616)
    assert (f"{row['floor_share_low']:.0%}", f"{row['floor_share_high']:.0%}") == ("54%", "73%")
    shown = summary.answer_figures(market.calendar_figures(figures), comparison, figures)
    placed = summary.chart_figures(shown, drawn, figures)
    stack = placed[(placed["year"] == 2026) & placed["counted"].astype(bool)]
    assert set(stack["slot"]) == {"right"} and set(stack["company"]) == {"Kling", "Synthesia"}
    assert round(stack["calendar_low_usd_m"].sum()) == 514  # the stack is the bar's low case
    assert set(placed.loc[placed["basis"] == "revenue", "slot"]) <= {"left"}
    title = summary.vendor_chart_title(comparison, figures)
    alt = plots_vendors._vendor_alt(bars.dropna(subset=["market_usd_m"]), title)
    assert alt.startswith(
        "Bar chart of the calendar revenue vendors' own figures give at their stated pace, against the "
        "forecast market size. At their latest stated pace, two vendors' figures come to about 54%–73% of "
        "the 2026 forecasts. ")
    assert alt.endswith(
        "2026 revenue pace, run-rates and ARR: USD 514M (up to USD 616M) from "
        "2 vendors (low case: "
        "Kling (Q1 2026 pace × 4) USD 364M; Synthesia USD 150M), 54%–73% of the forecast range USD "
        "847M to USD "
        "948M.")
    assert "38" not in alt  # the old alt gave Kling alone's 38–55% as the two vendors' share
    from videomarket import plots

    fig = plots.vendor_vs_market_chart(bars, placed, legend_labels=summary.vendor_chart_legend(comparison,
                                                                                                 figures))
    ax = fig.axes[0]
    hatches = {p.get_gid(): p.get_hatch() for p in ax.patches if p.get_gid()}
    # Kling's quarter × 4 is dotted, apart from Synthesia's hatched ARR; the high case's top is labelled
    assert (hatches["bar:annualized:Kling:2026"], hatches["bar:annualized:Synthesia:2026"]) == ("...", "///")
    assert [t.get_text() for t in ax.texts if t.get_gid() == "whisker-top"] == [
        "high case: USD 616M,\nup to 73% of the forecasts"]  # the high case's share of the lowest forecast
    assert round(616 / 847, 2) == 0.73
    # the high case is a marker, not a whisker; Kling's 2025 revenue (Q1–Q2 only) is outlined, not solid
    assert [line.get_marker() for line in ax.lines if line.get_gid() == "range:annualized:2026"] == ["D"]
    partial = next(p for p in ax.patches if p.get_gid() == "bar:revenue:Kling:2025")
    assert partial.get_linestyle() == "--" and partial.get_facecolor() != partial.get_edgecolor()
    full = next(p for p in ax.patches if p.get_gid() == "bar:annualized:Synthesia:2026")
    assert full.get_linestyle() == "-"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Kling: Q1 2026 revenue pace (reported quarter × 4)" in legend and "Run-rate or ARR" in legend
    swatch = next(h for h, t in zip(ax.get_legend().legend_handles, legend, strict=False)
                  if t.endswith("(part of the year)"))
    assert swatch.get_facecolor() == partial.get_facecolor()  # the swatch looks like its bar (r75 #7)
    assert swatch.get_edgecolor() == partial.get_edgecolor()


def test_findings_are_five_short_ones_and_none_rests_on_a_grade_d_figure() -> None:
    common = market.edition_growth(_market(), GEN, "C")
    figures, _, comparison, _, rates = _vendors()
    findings = summary.market_findings(common, market.match_claim(_market(), CLAIM), CLAIM,
                                       comparison, rates, figures)
    assert findings == [
        "Two vendors' latest stated paces (Kling's Q1 2026) come to about USD 514M for "
        "2026, 54%–61% of the forecasts; better-graded figures only: 49%–55%. The high case (up to "
        "73%) rests on a weaker figure: "
        "Kling's USD 500M run-rate of 28 May 2026, for no stated period ([grade](#glossary-grade-market) C).",
        "Kling's later quarters, not yet in our sources, more likely raise the low case than lower "
        "it: its USD 500M run-rate (28 May 2026) is above its Q1 pace (USD 364M). The two vendors "
        "fill the 2026 forecasts only if it earns USD 697M–798M (1.9×–2.2× its Q1 pace).",
        "Kling makes up about 71%–76% of the two vendors' 2026 sums. Without it, the figures of Synthesia "
        "come to 16%–18% of the forecasts.",
        "Forecasts from FBI and GVR put AI video generators' growth at about 19–20% a year. We read them "
        "second-hand, on other websites, not on the publishers' own.",
        "Kling's revenue grew about 4.3× in 12 months, against 1.18×–1.20× for the forecasts. Synthesia's "
        "ARR grew about 1.5× in 9 months, against 1.13×–1.15×. A weak test: vendors that publish tend to "
        "be fast growers.",
    ]  # r84 #3-#4, r85 #2-#4: a sum of stated paces, the high case's basis, the later quarters' likely way
    assert (round(514 / 948, 3), round(514 / 847, 3), round(616 / 847, 2)) == (0.542, 0.607, 0.73)
    assert (round(464 / 948, 3), round(464 / 847, 3)) == (0.489, 0.548)  # Kling's Q1 pace + Synthesia's B
    assert (round(150 / 948, 2), round(150 / 847, 2), 847 - 150, 948 - 150) == (0.16, 0.18, 697, 798)
    assert (847 - 616, 948 - 514) == (231, 434)
    assert (round(650 / 150, 1), round(150 / 100, 1)) == (4.3, 1.5)  # Kling Q1 2026/Q1 2025; Synthesia ARR
    assert all(len(re.sub(r"\]\(#[^)]*\)", "]", line).split()) <= 50 for line in findings)
    weaker = market.cagr_table(_market(), "D", GEN).assign(evidence="D",
                                                           stated_cagr_pct=[18.9, 32.78, 19.5, 20.0])
    with_d = summary.market_findings(common, market.match_claim(_market(), CLAIM), CLAIM, comparison,
                                     rates, figures, weaker)
    assert with_d == findings  # a grade-D edition never makes a finding (the quote's editions: appendix)
    # held flat and 'more than' inputs: the sums lean low, said after the span
    top = summary._top(comparison)
    bounded = figures.assign(note=["Lower bound ('more than')" if p == "2026-Q1" else "" for p in
                                   figures["period"]])
    assert summary.lean_words(top, bounded, short=True) == "'at least' amounts"
    assert summary.share_finding(top, bounded) == (
        "Kling makes up about 71%–76% of the two vendors' 2026 sums. Without it, the figures of Synthesia "
        "come to 16%–18% of the forecasts.")
    assert summary.share_finding(top, figures[figures["company"] != "Kling"]) == ""  # no two cases
    # a June pace is about a growing firm's yearly average, an April one below it: the row leans low or is
    # neutral, never high
    assert summary.early_pace_words(comparison, figures) == (
        "The run-rates likely lean low, if anything. For a growing firm, Runway's June 2025 pace is "
        "about the year's average and Synthesia's April 2025 pace below it.")
    assert summary.high_case_words(top, figures) == (
        "rests on one grade-C run-rate of unknown scope and may lean high")
    assert summary.early_pace_words(comparison[comparison["year"] == 2026], figures) == ""
    assert summary.lean_words(top, bounded) == (
        "1 of its 2 inputs is an 'at least' amount, so the sums lean low")  # low case: Q1 pace, Synthesia
    assert summary.lean_words(top, figures.assign(note="")) == ""
    _, values, _, _, _ = _vendors()
    named = summary.market_findings(common, market.match_claim(_market(), CLAIM), CLAIM, comparison,
                                    rates, figures, weaker, values)
    assert named == findings  # the span finding does not depend on which values are stated
    fitted = market.edition_growth(_market(), GEN, "C")
    on_github = dataclasses.replace(fitted, editions=fitted.editions.assign(source_ids="gh-a; gh-b"))
    assert vendor_prose.sourcing_words(on_github) == (  # a data-quality remark: the data box's, not a finding
        "Every forecast of AI video generators here reaches us through GitHub project files quoting the "
        "publishers (grade C), not through the publishers' own pages, so which edition is current and "
        "which market each covers stay open.")
    assert vendor_prose.market_staleness(figures, "2026-07-31", fit=fitted).endswith(
        " Every forecast of AI video generators here reaches us through second-hand copies quoting the "
        "publishers (grade C), not through the publishers' own pages, so which edition is current and "
        "which market each covers stay open.")
    assert all(len(re.sub(r"\]\(#[^)]*\)", "]", line).split()) <= 50 for line in findings)
    assert not any("grade D" in line or "edition A" in line for line in findings)
    # the fit's interval is the fit finding's only, beside its few residual degrees of freedom (round 26)
    assert not any("interval" in line for line in findings)  # the fit's interval is a method note (round 32)
    assert "second-hand" in findings[3].lower()  # agreement between second-hand forecasts (round 38)
    assert not any("at least" in line or "neither confirms" in line for line in findings)


def test_method_notes_give_the_common_rate_with_its_interval_and_the_stated_pace_rule() -> None:
    latest = market.edition_growth(_market(), GEN, "C", one_per_publisher=True)
    common = market.edition_growth(_market(), GEN, "C")
    _, _, comparison, _, _ = _vendors()
    notes = summary.market_method_notes(latest, common, comparison)
    assert "One combined rate" not in notes and "19.3" not in notes  # dropped (r77 #8)
    assert ("compounded over the span counted in exact days, not whole months.") in notes  # r75 #11
    assert ("- **Stated pace.** A run-rate or ARR counts as that year's revenue at its stated pace, with no "
            "growth. When a vendor states no figure for the next year, its last figure is held flat into "
            "it.") in notes
    assert notes.startswith("- **One market at a time.**")
    assert "Second-hand" not in notes  # said once, in About these data, just before (review r68 #4)
    assert " level" not in notes and "not a floor" not in notes
    assert notes.count("\n- ") == 4


def test_sources_say_what_the_note_takes_from_each_and_the_best_grade_of_those_figures() -> None:
    figures, *_ = _vendors()
    paths = market.forecast_paths(_market(), None, "D")
    uses = market_prose.source_uses(paths, figures, _sources())
    assert uses["fx"] == "the CNY-to-USD exchange rate only (CNY 7.14 per USD)"
    assert uses["s-w"] == "the forecast of Market.us (Film); the forecast of GVR (broad AI video)"
    assert uses["v"].startswith("Kling: revenue (Q1 2025); revenue (Q2 2025); broker forecast")
    text = market_prose.market_sources(["s-B", "v", "fx"], _sources(), paths, figures)
    assert text.startswith(
        "[Evidence grades](#glossary-grade-market) belong to figures, not pages: one page can give a grade-B "
        "figure and a grade-C one, and a figure confirmed elsewhere can rise a grade. Beside each source is "
        "the best grade of the figures this note takes from it, and what those are.")
    assert ('<a href="https://github.com/kangise/roadmap/blob/0123abc/notes.md">kangise/roadmap</a>: 1 '
            "third-party file, 2026-07-31 (grade C): used for the forecast of FBI, quoted as 2025→2032"
            ) in text
    assert "Sora downloads</a>, 2026 (grade B): used for Kling" in text
    assert "s-A" not in text and "ann/pricing" not in text  # only the sources asked for
    # split: the sources of the tables shown (and of the exchange rate) apart from those held, unused
    split = market_prose.market_sources(["s-B", "v", "fx"], _sources(), paths, figures,
                                        used=[paths[paths["source_id"] == "s-B"]])
    shown, held = split.split("Held but not used in this note")
    assert "Beside each source used here is" in shown and "Used in this note (" in shown
    assert "used for the forecast of FBI, quoted as 2025→2032" in shown
    assert "CNY-to-USD exchange rate" in shown
    assert "Sora downloads</a>, 2026 (grade B)</li>" in held and "used for" not in held
    assert shown.split("\n\n")[0].endswith(
        "Beside each source used here is the best grade of the figures this note takes from it, and what "
        "those are. Beside each source held but not used is the grade of the page itself.")
    paged = _sources().assign(evidence=["D", "C", "C", "C", "C", "C", "C"])  # figure B on a grade-C page
    unused = market_prose.market_sources(["s-B", "v", "fx"], paged, paths, figures,
                                         used=[paths[paths["source_id"] == "s-B"]])
    assert "Sora downloads</a>, 2026 (grade C)</li>" in unused.split("Held but not used in this note")[1]


@pytest.mark.parametrize(
    ("period", "words"),
    [
        ("2025-Q1", "Q1 2025"),
        ("9M2025", "Jan–Sep 2025"),
        ("FY2023", "full year 2023"),
        ("2025-06", "June 2025"),
        ("2026-01 (approx.)", "about January 2026"),
        ("2026 (stated 2026-05-28)", "stated 28 May 2026, period not given"),
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




# --- the whole report on the shipped data -------------------------------------------------------------------


def test_the_shipped_report_text_has_the_quoted_numbers_and_no_codes() -> None:
    forecasts, sources = data.load_forecasts(), data.load_sources()
    metrics = vendor_prose.plain_company_names(data.load_company_metrics())  # as the notebook loads them
    claim = {2025: 716.8, 2032: 2560.0}
    matches = market.match_claim(forecasts, claim)
    editions = market.cagr_table(forecasts, "D", GEN)
    editions = editions[editions["publisher"] == matches["publisher"].iloc[0]]
    latest = market.edition_growth(forecasts, GEN, "C", one_per_publisher=True)
    common = market.edition_growth(forecasts, GEN, "C")
    figures = market.vendor_figures(metrics, "C")
    years = figures["year"].unique()
    values = market.forecast_values(forecasts, GEN, "C", years=years)
    comparison = market.vendor_vs_market(figures, market.forecasts_by_year(forecasts, GEN, "C", years=years))
    room = market.forecast_headroom(comparison, figures, within_years=1)
    rates = market.growth_against_forecasts(market.vendor_growth(metrics, "C"), forecasts, GEN, "C")
    findings = summary.market_findings(common, matches, claim, comparison, rates, figures,
                                       market.cagr_table(forecasts, "D", GEN), values)
    answer = summary.market_answer(common, comparison, room, rates, values, figures, 0.20)
    assert len(findings) == 5  # the low case, the later quarters, whose sum, the rates, the growth (r84 #3)
    assert answer == summary.market_answer(common, comparison, room, rates, values, figures, 0.20, matches)
    assert summary.market_answer(common, comparison, room, rates, values, figures, 0.20, matches,
                                 fit=latest, editions=editions) == (
        "The \"20% a year\" is a forecast, not a measurement: forecasts from one publisher, and probably a "
        "second, agree on 19–20%. "
        "The rate cannot be tested against any measurement of the market; the two vendors with comparable "
        "figures grew 1.5×–4.3× in 9–12 months, far faster than the forecasts, from a small base, and the "
        "4.3× compares two 'at least' amounts. The level looks low, "
        "or the scope narrow: at their latest stated figures ([Kling AI](#glossary-kling-ai) Q1 2026 revenue "
        "or May 2026 [run-rate](#glossary-run-rate), [Synthesia](#glossary-synthesia) January 2026), two "
        "vendors alone would earn 54%–73% of the 2026 forecasts.")
    assert answer == (
        "Two publishers' forecasts agree that AI video generators grow about 19% to 20% a year, as quoted, "
        "but we read both only second-hand. Two vendors alone would already earn about half to three "
        "quarters of the 2026 forecasts, so the forecasts' level may be low.")
    assert "covers more than" not in answer  # the low case does not use the run-rate: no such caveat
    assert (847 - 616 - 90, 948 - 514 - 90) == (141, 344)  # HeyGen's 2023 ARR is too old to take off
    # the answer's figures are exactly the pace finding's and the comparison table's 2026 row
    drawn = summary.answer_comparison(comparison, figures)
    top = vendor_prose.comparison_table(drawn, figures).set_index("year")
    top = top[top["basis"] == "annualized"].loc[2026]
    assert top["vendor_list"] == (  # the paced vendor first, its cases computed: each total is a sum
        "Kling AI Q1 2026 revenue ≥ CNY 650M (about USD 91M): USD 364M at that pace all year (low case), "
        "USD 466M with the USD 500M run-rate for the other three quarters (high case); "
        "Synthesia ≥ USD 150M")  # floors marked ≥
    assert top["basis_label"] == "revenue pace, run-rates and ARR"
    assert (top["calendar_low_usd_m"], top["calendar_high_usd_m"]) == (514, 616)
    assert (top["floor_share_low"], top["floor_share_high"]) == (54, 73)
    assert top["share_range"] == "54–73"  # the table's one share column, as the answer's range
    assert summary.stress_test_note(comparison, figures) == (
        "**Stress test.** At Kling AI's Q3 2025 pace instead (about USD 42M a quarter), the two vendors' "
        "figures would come to about USD 318M, 34%–38% of the forecasts. The Q1 2026 figure already "
        "contradicts it: "
        "Kling AI earned about USD 91M or more in Q1 2026 alone, so USD 168M for the year would leave about "
        "USD 77M for Q2–Q4.")
    assert (round(4 * 300 / 7.14 + 150), round(318.08 / 948, 2), round(318.08 / 847, 2)) == (318, 0.34, 0.38)
    assert "758" not in answer  # Runway and HeyGen are taken off what the forecasts leave, not added
    assert len(answer.split()) <= 60 and ";" not in answer and answer.count("(") <= 1
    assert all(len(re.sub(r"\]\(#[^)]*\)", "]", line).split()) <= 50 for line in findings)
    assert "agree with each other" not in " ".join(findings)  # the forecasts' own range is the answer's
    assert findings[3] == (
        "Forecasts from Fortune Business Insights and probably Grand View Research put AI video generators' "
        "growth at about 19–20% a year. We read them second-hand, on GitHub pages, not on the publishers' "
        "own.")  # said outright where they were read (r72 #2)
    assert len(findings[4].split()) <= 35 and len(findings[3].split()) <= 35
    assert "19.3" not in " ".join(findings)  # the fitted rate stays in the body, with its interval
    assert findings[4] == (  # the growth result, with why it is a weak test (review r70 #4)
        "Kling AI's revenue grew about 4.3× in 12 months, against 1.18×–1.20× for the forecasts. "
        "Synthesia's ARR grew about 1.5× in 9 months, against 1.13×–1.15×. A weak test: vendors that publish "
        "tend to be fast growers.")  # per vendor (r77 #4)
    assert findings[2] == (
        "Kling AI makes up about 71%–76% of the two vendors' 2026 sums. Without it, the figures of Synthesia "
        "come to 16%–18% of the forecasts.")
    assert len(re.sub(r"\]\(#[^)]*\)", "]", findings[0]).split()) <= 50
    assert summary.headline_finding(comparison, figures) == (  # r84 #3: the low case first
        "Two vendors' latest stated paces (Kling AI's Q1 2026) come to about USD 514M for "
        "2026, 54%–61% of the forecasts; better-graded figures only: 49%–55%. The high case (up to "
        "73%) rests on a weaker "
        "figure: Kling AI's USD 500M run-rate of 28 May 2026, for no stated period "
        "([grade](#glossary-grade-market) C).")
    assert summary.later_quarters_finding(comparison, figures) == (  # r84 #4; a threshold (r79 #5)
        "Kling AI's later quarters, not yet in our sources, more likely raise the low case than "
        "lower it: its USD 500M run-rate (28 May 2026) is above its Q1 pace (USD 364M). The two "
        "vendors fill the 2026 forecasts only if it earns USD 697M–798M (1.9×–2.2× its Q1 pace).")
    assert (847 - 616 - 90, 948 - 514 - 90) == (141, 344)  # the answer's room for other makers
    assert "Those left out for this market" not in market_prose.growth_text(
        latest, common, claim)  # the weaker forecasts are named in About the data (review r47 #2)
    assert findings[0] == summary.headline_finding(comparison, figures)
    assert round(650 / 150, 1) == 4.3
    # as the notebook counts them, with Runway's June 2025 run-rate held flat into 2026: the report's figures
    held_on = market.carry_forward(figures, 2026)
    held = market.vendor_vs_market(held_on, market.forecasts_by_year(forecasts, GEN, "C", years=years),
                                   growth_range=(0.0, 2.0))
    assert summary.market_findings(common, matches, claim, held, rates, held_on)[2] == (
        "Kling AI makes up about 60%–66% of the three vendors' 2026 sums. Without it, the figures of Runway "
        "and "
        "Synthesia come to 25%–28% of the forecasts.")  # follows the stated sum (r75 #2)
    assert summary.market_findings(common, matches, claim, held, rates, held_on)[0] == (  # r84 #3
        "Three vendors' latest stated paces (Kling AI's Q1 2026) come to about USD 604M "
        "for 2026, 64%–71% of the forecasts; better-graded figures only: 58%–65%. The high case (up to "
        "83%) rests on a "
        "weaker figure: Kling AI's USD 500M run-rate of 28 May 2026, for no stated period "
        "([grade](#glossary-grade-market) C).")  # the low case first, the weak figure named
    assert summary.market_findings(common, matches, claim, held, rates, held_on)[1] == (  # r84 #4
        "Kling AI's later quarters, not yet in our sources, more likely raise the low case than "
        "lower it: its USD 500M run-rate (28 May 2026) is above its Q1 pace (USD 364M). The three "
        "vendors fill the 2026 forecasts only if it earns USD 607M–708M (1.7×–1.9× its Q1 pace).")
    assert (round(607 / (4 * 650 / 7.14), 1), round(708 / (4 * 650 / 7.14), 1)) == (1.7, 1.9)
    # the headline finding holds the residual (r82 #2)
    assert len(re.sub(r"\]\(#[^)]*\)", "]", summary.market_findings(
        common, matches, claim, held, rates, held_on)[0]).split()) <= 50
    assert (round((4 * 650 / 7.14 + 90 + 150) / 948, 2), round((650 / 7.14 + 375 + 240) / 847, 2)) == (
        0.64, 0.83)  # Kling AI's Q1 2026 pace against the highest forecast; Q1 then the run-rate, the lowest
    body = summary.vendors_text(held, held_on, values, sources, caveats=False)
    caveats = summary.vendor_caveats_text(held, held_on)  # in the appendix, not the main line (round 58)
    assert caveats.startswith(
        "**What could make the 64%–83% too high.**\n\n- **High case.** It rests on Kling AI's grade-C "
        "run-rate of unknown scope, applied from April though stated on 28 May, and may lean high.\n")
    assert ("\n\n**What could make the 64%–83% too low.**\n\n- **Low case.** It leans low: Runway's June "
            "2025 figure, the newest we have, is kept at its 2025 level and all three of its inputs are 'at "
            "least' amounts.\n\n**Other limits.**\n\n") in caveats
    assert "Which way" not in body
    assert "- **What the forecasts cover.**" in body
    assert ("Runway and Synthesia alone, without Kling AI, come to about USD 240M, 25%–28% of the 2026 "
            "forecasts.") in body  # the China and consumer-app bound (round 58)
    assert ("- **In 2025.** No like-for-like sum (revenue and run-rates mixed), as Kling AI stated no 2025 "
            "run-rate and its Q4 2025 revenue is not in our data. Adding them anyway gives a floor of about "
            "USD 288M, 37%–40% of the 2025 forecasts.") in body  # the chart label's words (r75 #6)
    shipped = summary.vendors_text(held, held_on, values, sources, caveats=False, not_counted=False)
    assert ("- **Outside check.** Goldman Sachs forecast USD 250M of Kling AI revenue for 2026 (grade B), "
            "below the low and high cases (USD 364M–466M for Kling AI). Kling AI's Q1 2026 alone (≥ USD 91M) "
            "is over a third of that full-year estimate, made in August 2025.\n- **Kling AI's run-rate.** "
            "Its USD 500M run-rate, above its Q1 pace of about USD 364M a year, is of unknown scope: it may "
            "show later growth or a wider scope.\n") in shipped  # in the body (r75 #5)
    assert shipped.count(
        "Without [avatar platforms](#glossary-avatar-platform) such as Synthesia: 48%–66%.") == 1
    moved = summary.vendor_caveats_text(held, held_on, not_counted=True, in_body=True)
    assert "Without avatar platforms" not in moved and "run-rate against its quarter's pace" not in moved
    assert ("- **2025 paces of Runway and Synthesia.** They likely lean low, if anything. For a growing "
            "firm, "
            "Runway's June 2025 pace is about the year's average and Synthesia's April 2025 pace below it; "
            "both are 'at least' amounts.") in summary.vendor_caveats_text(held, held_on)
    assert round(288 / 788.5, 2) == 0.37 and round(288 / 716.8, 2) == 0.40  # 90 + 100 + 98 (Q1–Q3)
    assert ("- **Mostly Kling AI.** It makes up 60%–66% of these sums.\n- **Outside check.** Goldman Sachs "
            "forecast USD 250M") in body  # beside the two cases, with its reading
    assert "Goldman" not in summary.vendor_caveats_text(held, held_on)
    assert summary.answer_shares(summary._top(held), held_on) == "64%–83%"
    assert ("Less its Q1–Q3 revenue it implies roughly USD 42M for Q4 2025, a gap the 2025 comparison "
            "leaves out.") in summary.vendor_caveats_text(held, held_on)
    assert round(140 - (150 + 250 + 300) / 7.14) == 42
    assert all(len(re.sub(r"\]\(#[^)]*\)", "]", line).split()) <= 50 for line in findings)  # r82 #2
    stop = vendor_prose.data_stop(figures)
    assert stop == ("For Kling AI the data stop at the figure dated 28 May 2026 (revenue to Q1 "
                    "2026): its results for later quarters are not in these data.")
    assert stop not in summary.vendors_text(comparison, figures, values, sources)  # in full in the appendix
    assert "data stop" not in summary.vendors_text(
        comparison, figures, values, sources)  # said in the data box and the appendix only
    assert vendor_prose.market_staleness_brief(figures, common, "2026-12-06", forecasts) == (
        "Kling AI's Q2–Q3 2026 results are very likely published but are not in our sources, so the vendor "
        "comparison is as of May 2026. The "
        "forecasts are second-hand and mostly undated: see "
        "[About the data](00-about-the-data.html#how-strong-is-the-evidence).")
    assert ("For Kling AI, Q4 2025 revenue is not in our data (no source we hold gives it), "
            "so its "
            "2025 figure covers Q1–Q3 only.") in summary.vendors_text(comparison, figures, values, sources)
    assert sum("neither confirms nor refutes" in text for text in (answer, *findings)) == 0
    growth = vendor_prose.vendor_growth_table(rates, figures).set_index("company").loc["Kling AI"]
    assert (growth["currency"], growth["from_period"], growth["from_value"], growth["to_value"],
            growth["lower_bounds"]) == ("CNY", "Q1 2025", 150.0, 650.0, "both")  # numbers (r75 #10)
    assert not any("grade D" in line or "edition A" in line for line in findings)
    fx = vendor_prose.fx_text(figures, sources, 2026)
    assert fx.startswith(  # the rate, its one weak source and that it is approximate, said once (r82 #4)
        "Revenue reported in CNY (Kling AI, 2025) is converted, quarter by quarter, at CNY 7.14 per USD, the "
        "2025 average rate (the mean over calendar 2025), taken from one weak source: a grade-C page that "
        "states it in passing, \"Moonshot AI's funding and cash position (summary)\" (reportify.cn, 2026). "
        "Our data hold no official rate, and we did not check this one against a central bank's, so every "
        "converted figure is approximate, written \"about USD\".")
    assert fx.count("reportify.cn") == 1
    assert "is converted the same way, at the 2025 rate, as no source we read states one for 2026" in fx
    assert ("- **Outside check.** Goldman Sachs forecast USD 250M of Kling AI revenue for 2026 (grade B), "
            "below the low and high cases (USD 364M–466M for Kling AI). Kling AI's Q1 2026 alone (≥ USD 91M) "
            "is over a third of that full-year estimate, made in August 2025.") in summary.vendors_text(
        comparison, figures, values, sources)  # dated by the reading, so the parenthesis keeps the grade
    assert ("Kling AI guided USD 140M of revenue for 2025 (November 2025): [company "
            "guidance](#glossary-guidance), a forecast, not revenue, roughly 18%–20% of the 2025 "
            "forecasts.") in summary.vendor_caveats_text(comparison, figures)  # labelled, not added
    assert "Kuaishou" not in summary.vendors_text(comparison, figures, values, sources)
    texts = [
        answer, *findings, summary.vendors_text(comparison, figures, values, sources),
        market_prose.claim_text(claim, 0.20, matches, sources),
        market_prose.growth_text(latest, common, claim),
        vendor_prose.vendor_growth_text(rates),
        summary.market_method_notes(latest, common, comparison),
        vendor_prose.market_staleness(figures, market.newest_source_date(sources, sources["source_id"])),
        vendor_prose.figure_table_text(figures, comparison, room, rates),
        *vendor_prose.figure_table(figures, comparison, sources, room, rates)[
            [c for c in wording.FIGURE_TABLE if c != "stated_on"]]  # a date, shown as '28 May 2026'
        .map(str).to_numpy().ravel(),
        *vendor_prose.vendor_growth_table(rates)[list(wording.VENDOR_GROWTH_TABLE)]
        .map(str).to_numpy().ravel(),
    ]
    joined = re.sub(r"\]\([^)]*\)", "]", "\n".join(texts))  # link targets are addresses, not reader text
    for code in ("ai-video-generator", "launch-20", "9M20", "FY20", "report 110060", " ed. ", "2Q25", ".0M",
                 "consensus", "far more", "too high", "flagged", "relayed by", "like for like",
                 "as reconstructed", "hold up?.", "Kuaishou)'s", "717M"):
        assert code not in joined, code
    assert not re.search(r"\b20\d\d-\d\d\b", joined)  # no ISO months or dates in reader text
    # "too low" only beside the other reading (a narrower definition), never as a one-sided verdict
    assert joined.count("too low") == joined.count("too low, too narrow or too old, or the vendors' paces")


def test_answer_comparison_draws_the_answers_two_cases_with_no_growth() -> None:
    figures, _, comparison, _, _ = _vendors()
    drawn = summary.answer_comparison(comparison, figures).set_index(["year", "basis"])
    row = drawn.loc[(2026, "annualized")]
    # Kling at its Q1 pace all year plus Synthesia; Q1 as reported, then three quarters of USD 500M
    assert (round(row["calendar_low_usd_m"]), round(row["calendar_high_usd_m"])) == (514, 616)
    assert (round(row["floor_share_low"], 2), round(row["floor_share_high"], 2)) == (0.54, 0.73)
    assert pd.isna(row["calendar_usd_m"])
    early = drawn.loc[(2025, "annualized")]  # no quarter below a stated pace: the stated pace, no whisker
    assert early["calendar_low_usd_m"] == early["calendar_high_usd_m"] == 190
    stacks = summary.answer_figures(market.calendar_figures(figures), comparison, figures)
    kling = stacks[(stacks["year"] == 2026) & (stacks["company"] == "Kling")].iloc[0]
    assert (round(kling["calendar_low_usd_m"]), round(kling["calendar_high_usd_m"])) == (364, 466)
    assert summary.vendor_chart_legend(comparison, figures) == {
        "pace": "Run-rate or ARR", "quarter": "Kling: Q1 2026 revenue pace (reported quarter × 4)",
        "whisker": "High case: Q1 as reported, then the run-rate stated on 28 May",
        "partial": "Kling, Q1–Q2 2025 revenue (part of the year)"}  # the pale, dashed 2025 bar
    assert summary.vendor_chart_subtitle(comparison, figures) == (  # each vendor's dates: the answer's
        "Each year's bars stack different "
        "vendors (2025: Kling, Runway and Synthesia; 2026: Kling and "
        "Synthesia). Bars: the low case, Q1 pace all year; diamond: the high case, Q1 as reported, then "
        "the run-rate stated on 28 May. 2025: revenue earned and run-rates drawn apart; together about USD "
        "246M, 31%–34% of the forecasts, a rough floor")
    assert summary.vendor_chart_subtitle(comparison, figures, labelled=True).endswith(
        "2025: Kling's revenue (Q1–Q2) and the others' run-rates side by side; the label gives their total")
    assert summary.vendor_chart_group_labels(comparison) == {  # the text's words, labelled (r75 #6)
        2025: "No like-for-like sum; adding them anyway\ngives a floor of about USD 246M,\n31%–34% of the "
              "forecasts"}
    assert summary.vendor_chart_group_labels(comparison[comparison["year"] == 2026]) == {}
    assert summary.bar_vendor_sets(comparison) == (
        "2025: Kling, Runway and Synthesia; 2026: Kling and Synthesia")
    assert summary.bar_vendor_sets(comparison[comparison["year"] == 2026]) == ""  # one year: no contrast


def test_stated_on_splits_the_day_from_the_period() -> None:
    assert vendor_prose.stated_on("2026 (stated 2026-05-28)") == pd.Timestamp("2026-05-28")
    assert pd.isna(vendor_prose.stated_on("2025-Q1"))
    assert vendor_prose.period_only("2026 (stated 2026-05-28)") == "not given; stated 28 May 2026"
    assert vendor_prose.period_only("2025-Q1") == "Q1 2025"


def test_forecast_count_is_one_phrase_for_publishers_and_editions() -> None:
    frame = pd.DataFrame({"publisher": ["A", "A", "B"]})
    assert market_prose.forecast_count(frame) == "forecasts from two publishers (one of them in two editions)"
    assert market_prose.forecast_count(frame.iloc[1:]) == "forecasts from two publishers"
    assert market_prose.forecast_count(pd.DataFrame({"publisher": ["A", "A", "B", "B"]})) == (
        "forecasts from two publishers (two of them in more than one edition)")


def test_plain_company_names_drops_a_one_word_parent_only() -> None:
    metrics = pd.DataFrame({"company": ["Kling AI (Kuaishou)", "MiniMax (group, incl. Hailuo AI)", "Runway"]})
    assert vendor_prose.plain_company_names(metrics)["company"].tolist() == [
        "Kling AI", "MiniMax (group, incl. Hailuo AI)", "Runway"]
    assert metrics["company"].iloc[0] == "Kling AI (Kuaishou)"  # a copy: the caller's frame is untouched


# --- round 32: Runway held a year on, the answer on level from share, the quote's own label ---------------


def _held_on():
    """As :func:`_vendors`, with each vendor's run-rate or ARR of the year before counted in 2026 at its last
    pace (the notebook's rule)."""
    figures, values, _, _, rates = _vendors()
    held_on = market.carry_forward(figures, 2026)
    comparison = market.vendor_vs_market(held_on, market.forecasts_by_year(_market(), GEN, "C",
                                                                         years=figures["year"].unique()),
                                         growth_range=(0.0, 2.0))
    return held_on, values, comparison, rates


def test_runway_is_held_in_2026_and_the_share_finding_spells_out_the_pace() -> None:
    held_on, _, comparison, _ = _held_on()
    carried = held_on[held_on["carried"]]
    assert carried[["company", "year", "value_usd_m"]].values.tolist() == [["Runway", 2026, 90.0]]
    top = summary._top(comparison)
    # low: Kling's Q1 pace (650 / 7.14 x 4) + Runway 90 + Synthesia 150 over 948; high: Q1 + 3/4 of 500 + 240
    assert (round((4 * 650 / 7.14 + 240) / 948, 2),
            round((650 / 7.14 + 375 + 240) / 847, 2)) == (0.64, 0.83)
    assert summary.share_finding(top, held_on) == (
        "Kling makes up about 60%–66% of the three vendors' 2026 sums. Without it, the figures of Runway and "
        "Synthesia come to 25%–28% of the forecasts.")
    assert (round(240 / 948, 3), round(240 / 847, 3)) == (0.253, 0.283)
    assert summary.lean_words(top, held_on) == (
        "Runway's June 2025 figure, the newest we have, is kept at its 2025 level, so the sums lean low")
    assert vendor_prose.missing_results(held_on, today="2026-07-01") == (
        "The newest vendor figure is Kling's, dated 28 May 2026 (its revenue up to Q1 2026). Any later "
        "results are not in these data.")
    assert summary.headline_finding(comparison, held_on) == (  # r84 #3: low case, then the weak figure
        "Three vendors' latest stated paces (Kling's Q1 2026) come to about USD 604M for "
        "2026, 64%–71% of the forecasts; better-graded figures only: 58%–65%. The high case (up to "
        "83%) rests on a weaker figure: "
        "Kling's USD 500M run-rate of 28 May 2026, for no stated period ([grade](#glossary-grade-market) C).")
    assert summary.high_case_basis(top, held_on.assign(evidence="B")).startswith("Kling's USD 500M")
    assert summary.later_quarters_finding(comparison, held_on) == (
        "Kling's later quarters, not yet in our sources, more likely raise the low case than lower "
        "it: its USD 500M run-rate (28 May 2026) is above its Q1 pace (USD 364M). The three vendors "
        "fill the 2026 forecasts only if it earns USD 607M–708M (1.7×–1.9× its Q1 pace).")
    assert (847 - 706, 948 - 604) == (141, 344)  # lowest forecast less high case, highest less low case
    assert (847 - 240, 948 - 240, round(4 * 650 / 7.14 + 240), round(650 / 7.14 + 375 + 240)) == (
        607, 708, 604, 706)
    assert summary.headline_finding(comparison.iloc[0:0], held_on) == ""
    assert summary.later_quarters_finding(comparison.iloc[0:0], held_on) == ""
    assert summary.provisional_words(comparison, held_on) == (  # r75 #1, shortened r77
        "Kling's figures stop at Q1 2026 (a run-rate stated 28 May 2026); its later results are not in our "
        "sources, so the range is provisional.")  # one plain sentence in the lead (r79 #1)
    assert summary.without_share(top, held_on) == "25%–28%"  # (90 + 150) / 948, / 847
    assert summary.vendor_chart_legend(comparison, held_on)["pace"] == (  # r79 #7: held flat, said so
        "Run-rate or ARR (Runway's 2026 bar is its June 2025 figure, held flat)")
    assert summary.better_graded_line(comparison, held_on) == (  # r77 #5: grade-B figures only
        "From the better-graded figures only: Kling's Q1 2026 pace, Synthesia's April 2025 ARR and Runway's "
        "June 2025 [run-rate](#glossary-run-rate) come to about USD 554M, 58%–65% of the 2026 forecasts.")
    assert (round(4 * 650 / 7.14 + 100 + 90), round((4 * 650 / 7.14 + 190) / 948, 3),
            round((4 * 650 / 7.14 + 190) / 847, 3)) == (554, 0.585, 0.654)
    assert summary.better_graded_line(comparison.iloc[0:0], held_on) == ""
    assert summary.run_rate_scope(top, held_on) == (  # in the body, beside the 64%–83% (r75 #5)
        "Its USD 500M run-rate, above its Q1 pace of about USD 364M a year, is of unknown scope: it may "
        "show later growth or a wider scope.")
    assert summary.avatar_clause(top, held_on) == (
        "Without [avatar platforms](#glossary-avatar-platform) such as Synthesia: 48%–66%.")
    rows = summary.low_case_rows(comparison, held_on)  # the quarter the low case rests on, for the download
    assert rows.drop(columns="source_id").to_dict("list") == {
        "series": ["quarter behind the low case"], "company": ["Kling"], "year": [2026],
        "figures_label": ["revenue, Q1 2026: CNY 650M, about USD 91M (× 4 = the low case)"],
        "period": ["2026 Q1"], "value_usd_m": [91.0], "calendar_low_usd_m": [364.1], "evidence": ["B"]}
    assert summary.low_case_rows(comparison.iloc[0:0], held_on).empty
    assert summary.avatar_share(top, held_on) == (
        "If a forecast left out [avatar platforms](#glossary-avatar-platform) such as Synthesia, Kling and "
        "Runway alone, at USD 454M–556M in Kling's two cases, are 48%–66% of the forecasts.")
    assert summary.vendor_chart_title(comparison, held_on) == (
        "At their latest stated pace, three vendors' figures come to about 64%–83% of the "
        "2026 "
        "forecasts")


def test_the_answer_says_yes_or_no_and_argues_the_level_from_the_share() -> None:
    held_on, values, comparison, rates = _held_on()
    common = market.edition_growth(_market(), GEN, "C")
    latest = market.edition_growth(_market(), GEN, "C", one_per_publisher=True)
    matches = market.match_claim(_market(), CLAIM)
    editions = market.cagr_table(_market(), "D", GEN)
    editions = editions[editions["publisher"] == "FBI"]
    answer = summary.market_answer(common, comparison, None, rates, values, held_on, 0.20, matches,
                                   fit=latest, editions=editions)
    assert answer == (
        "The \"20% a year\" is a forecast, not a measurement: two publishers' forecasts agree on 19–20%. "
        "The rate cannot be tested against any measurement of the market; the two vendors with comparable "
        "figures grew 1.5×–4.3× in 9–12 months, far faster than the forecasts, from a small base. The level "
        "looks low, "
        "or the scope narrow: at their latest stated figures (Kling Q1 2026 revenue or May 2026 "
        "[run-rate](#glossary-run-rate), [Synthesia](#glossary-synthesia) January 2026, "
        "[Runway](#glossary-runway) June 2025 [held flat](#glossary-held-flat)), three vendors alone would "
        "earn 64%–83% of the "
        "2026 forecasts.")
    # three sentences (source, rate, size), each under 50 words; each vendor dated by its own figure
    assert answer.count(". ") == 2 and all(len(x.split()) <= 50 for x in answer.split(". "))
    few = summary.market_answer(common, comparison.assign(calendar_low_usd_m=100.0), None, rates, values,
                                held_on, 0.20, fit=latest)
    assert few == ("The \"20% a year\" is a forecast, not a measurement: two publishers' forecasts agree on "
                   "19–20%. The rate cannot be tested against any measurement of the market; the two "
                   "vendors with comparable figures grew 1.5×–4.3× in 9–12 months, far faster than the "
                   "forecasts, from a small base. The vendors' own figures are too few to judge the "
                   "forecasts' level.")
    slow = summary.market_answer(common, comparison, None, rates.assign(multiple=1.16), values, held_on,
                                 0.20, fit=latest)
    assert ("the two vendors with comparable figures grew 1.2× in 9–12 months, both faster and slower than "
            "the forecasts."
            in slow)  # 1.16 is below 1.18 over Kling's 12 months, above 1.15 over Synthesia's 9
    assert summary.pace_dates(summary._top(comparison), held_on) == (  # each case's own figure (r70 #5)
        "Kling Q1 2026 revenue or May 2026 run-rate, Synthesia January 2026, Runway June 2025 held flat")
    assert summary.pace_dates(summary._top(comparison), held_on, linked=True) == (  # explained at first use
        "Kling Q1 2026 revenue or May 2026 [run-rate](#glossary-run-rate), [Synthesia](#glossary-synthesia) "
        "January 2026, [Runway](#glossary-runway) June 2025 [held flat](#glossary-held-flat)")
    bounded = held_on.assign(note=["Lower bound ('more than')" if c == "Kling" and str(p).startswith(
        ("2025-Q1", "2026-Q1")) else "" for c, p in zip(held_on["company"], held_on["period"], strict=True)])
    assert summary.growth_verdict(rates, bounded).endswith(  # the 4.3× is a ratio of two floors (r72 #5)
        "from a small base, and the 4.3× compares two 'at least' amounts.")
    assert summary.growth_verdict(rates, held_on.assign(note="")).endswith("from a small base.")


def test_guidance_is_a_labelled_rough_share_never_revenue() -> None:
    metrics = pd.concat([_metrics(), pd.DataFrame([
        _metric("Kling", "revenue_guidance", "FY2025 (guided 2025-11)", "2025-12-31", 140.0, "C"),
        _metric("Kling", "revenue_guidance", "FY2025 (raised 2025-08-21)", "2025-12-31", 125.0, "B"),
    ])], ignore_index=True)
    figures, _, comparison, _, _ = _vendors(metrics)
    assert summary.guidance_words(comparison, figures) == (
        "Kling guided USD 140M of revenue for 2025 (November 2025): [company guidance](#glossary-guidance), "
        "a forecast, not revenue, roughly 18%–20% of the 2025 forecasts. Less its Q1–Q2 revenue it implies "
        "roughly USD 84M for Q3 2025 and Q4 2025, a gap the 2025 comparison leaves out.")
    assert round(140 - 150 / 7.14 - 250 / 7.14) == 84  # guidance less the quarters held
    assert not figures.loc[figures["metric"] == "revenue_guidance", "counted"].any()  # never summed
    assert summary.guidance_words(comparison, _vendors()[0]) == ""


def test_the_quote_is_labelled_as_possibly_mixed_editions_where_the_data_mark_it() -> None:
    row = {"publisher": "FBI", "edition": "B", "note": "ORIGIN OF THE SEED CLAIM (716.8M 2025)"}
    assert market_prose.edition_label(row) == "FBI B (the headline forecast)"
    assert market_prose.edition_label({**row, "note": ""}) == "FBI B"
    assert market_prose.edition_word(row) == "the headline forecast"
    assert market_prose.edition_word({**row, "note": None}) == "edition B"
    origin = pd.Series({"value_first": 716.8, "value_last": 2562.9})
    a = pd.Series({"edition": "A", "note": "", "value_first": np.nan, "value_last": 2560.0})
    c = pd.Series({"edition": "C", "note": "", "value_first": 716.8, "value_last": np.nan})
    assert market_prose._repeat_sentence(a, origin, 2025, 2032) == (
        "Its 2032 value, 2,562.9, is close to the 2,560 of edition A: a match only after rounding, possibly "
        "by "
        "chance.")
    assert market_prose._repeat_sentence(c, origin, 2025, 2032) == (
        "Its 2025 value matches that of edition C (716.8).")


def test_a_figure_held_a_year_on_says_so_where_it_is_listed() -> None:
    held_on, values, comparison, _ = _held_on()
    text = summary.vendors_text(comparison, held_on, values, _sources())
    assert ("- **Which way each may err.** The low case leans low: Runway's June 2025 figure, the newest we "
            "have, is kept at its 2025 level.") in text
    assert "kept at its" not in summary.vendors_text(*_vendors()[2:3], _vendors()[0], values, _sources())


def test_the_growth_text_tests_the_quote_only_against_the_other_editions_and_counts_every_forecast() -> None:
    forecasts = _market()
    common = market.edition_growth(forecasts, GEN, "C")
    latest = market.edition_growth(forecasts, GEN, "C", one_per_publisher=True)
    matches = market.match_claim(forecasts, CLAIM)  # FBI ed. B states both of the quote's figures
    text = market_prose.growth_text(latest, common, CLAIM, matches=matches, forecasts=forecasts)
    assert text == (
        "The headline forecast (FBI, quoted as 2025→2032: USD 716.8M in 2025, USD 2.56B in 2032) implies "
        "20.0% a year. The two other forecasts imply 18.7% (FBI, quoted as 2025→2034) and 20.2% (GVR) a "
        "year; they state 18.8% and 20.3%. So the headline 20% lies between them.\n\nA caveat: two editions "
        "of FBI's forecast, the forecast quoted as 2025→2032 and the one quoted as 2025→2034, share their "
        "2025 value (USD 716.8M), so they are not independent forecasts.\n\nThe chart draws the 5 best "
        "sourced of our 6 forecasts, evidence "
        "[grade](#glossary-grade-market) C (3 for AI video generators, 2 for other markets); it leaves out "
        "the one "
        "weaker forecast, of grade D, for AI video generators (see [About the "
        "data](00-about-the-data.html#how-strong-is-the-evidence)).")
    # where the quote comes from, in the main line, with what the publisher's other editions state
    editions = market.cagr_table(forecasts, "D", GEN)
    editions = editions[editions["publisher"] == "FBI"]
    sources = _sources()
    origin = market_prose.quote_origin(matches, editions, sources)
    assert origin == (
        "The \"20% a year\" is FBI's forecast as quoted by a GitHub page; the publisher's other "
        "editions we hold state 18.8%–19.5% a year, and the quoted figures may mix two of them.")  # no
    # link to the section it opens (r75 #9)
    assert market_prose.quote_origin(matches.assign(all_matched=False), editions, sources) == ""
    assert market_prose.growth_text(latest, common, CLAIM).startswith(  # no match: the plain range
        "The three forecasts for AI video generators imply 18.7% to 20.2% a year from their own first and "
        "last values (they state 18.8% to 20.3%), so the quoted 20% is inside their range.\n\nA caveat")


def test_the_figure_table_says_a_figure_held_flat_is_used_in_the_next_year_too() -> None:
    held_on, _, comparison, _ = _held_on()
    base = held_on[~held_on["carried"]]
    uses = vendor_prose.figure_uses(base, comparison)
    held = [(c, p, u) for c, p, u in zip(base["company"], base["period"], uses, strict=True) if "held" in u]
    assert held == [("Runway", "2025-06", "yes: 2025 and 2026 (held flat) comparisons")]


def test_the_shipped_wider_markets_have_their_rates_and_every_vendor_left_out_says_why() -> None:
    """Review r43 #7 and #4: the chart's wider markets get their own yearly rates, and the vendors in the
    data left out of the 2026 sums are each named with why."""
    forecasts = data.load_forecasts()
    paths = market.forecast_paths(forecasts, None, "C")
    world = paths[paths["region"] == "Global"]
    assert ("(publisher inferred; [broad AI video](#glossary-broad-ai-video)). They grow an implied 25.7% "
            "and 30.5% a year "
            "(the second states 32.2%) and in 2033"
            in market_prose.paths_text(world, "ai-video-generator"))
    metrics = stories.plain_company_names(data.load_company_metrics())
    figures = market.vendor_figures(metrics, "C")
    held_on = market.carry_forward(figures, 2026)
    years = figures["year"].unique()
    comparison = market.vendor_vs_market(
        held_on, market.forecasts_by_year(forecasts, "ai-video-generator", "C", years=years),
        growth_range=(0.0, 2.0))
    assert summary.not_counted_words(summary._top(comparison), held_on) == (
        "HeyGen (latest figure from November 2023; a figure is held only into the next calendar year, not "
        "to 2026), Higgsfield AI (aggregator reselling other vendors' models: its run-rate double counts "
        "theirs), MiniMax (group revenue: not video-only) and OpenAI Sora app (cumulative since launch: "
        "spans several periods). No other developer has a revenue figure in our sources, so the sum is a "
        "floor.")


def test_fx_effect_says_what_a_one_percent_rate_change_does_to_the_cases() -> None:
    forecasts = data.load_forecasts()
    metrics = stories.plain_company_names(data.load_company_metrics())
    figures = market.vendor_figures(metrics, "C")
    by_year = market.forecasts_by_year(forecasts, GEN, "C", years=figures["year"].unique())
    held_on = market.carry_forward(figures, int(figures.loc[figures["counted"], "year"].max()))
    comparison = market.vendor_vs_market(held_on, by_year, growth_range=(0.0, 2.0))
    assert summary.fx_effect(comparison, held_on) == (
        "A CNY rate 1% higher or lower would move Kling AI's 2026 low case by about USD 4M and its high "
        "case by about USD 1M; the 64%–83% range would be 63%–83% at the higher rate and 64%–83% at the "
        "lower.")
    assert round(4 * 650 / 7.14 * 0.01, 2) == 3.64 and round((604.1 - 3.64 / 1.01) / 948, 3) < 0.635
    assert summary.fx_effect(comparison.assign(market_usd_m=np.nan), held_on) == ""


def test_the_shipped_note_explains_by_inference_dates_the_broker_and_names_editions_by_years() -> None:
    forecasts = data.load_forecasts()
    sources = data.load_sources()
    common = market.edition_growth(forecasts, "ai-video-generator", "C")
    assert summary.inference_note(common, sources) == (
        "Why \"publisher inferred\": the GitHub market-research page names no publisher beside these "
        "figures; we provisionally credit them to Grand View Research because its list of sources names it "
        "and they are not Fortune Business Insights' (USD 716.8M for 2025).")
    world = market.forecast_paths(forecasts, None, "C")
    world = world[world["region"] == "Global"]
    assert summary.paths_subtitle(world, "ai-video-generator") == (
        "Bold: AI video generators. Two Fortune Business Insights editions share the 2025 point (ringed).")
    metrics = stories.plain_company_names(data.load_company_metrics())
    figures = market.vendor_figures(metrics, "C")
    held_on = market.carry_forward(figures, 2026)
    comparison = market.vendor_vs_market(
        held_on, market.forecasts_by_year(forecasts, "ai-video-generator", "C",
                                          years=figures["year"].unique()), growth_range=(0.0, 2.0))
    assert summary.broker_reading(summary._top(comparison), held_on) == (
        "Kling AI's Q1 2026 alone (≥ USD 91M) is over a third of that full-year estimate, made in August "
        "2025.")
    assert round(650 / 7.14 / 250, 3) == 0.364  # Q1 2026 (CNY 650M at 7.14) against Goldman's USD 250M
    claim = {2025: 716.8, 2032: 2560.0}
    matches = market.match_claim(forecasts, claim)
    table = market_prose.claim_table(matches, sources, forecasts=forecasts)
    assert table["stated_years"].tolist() == [
        "2024: 614.8; 2032: 2,560", "2025: 716.8; 2032: 2,562.9", "2025: 716.8; 2026: 847; 2034: 3,350"]
    assert not table["edition_label"].str.contains("letter").any()
    assert market_prose.claim_columns(claim, values=True)["stated_years"] == (
        "Values in our source (USD millions, by year)")
    assert "value_first" not in market_prose.claim_columns(claim, values=True)


def test_the_shipped_opening_names_whose_claim_it_tests_and_how_later_results_move_it() -> None:
    """r72 #1-#3: the answer opens with whose claim is tested; the first finding says where the forecasts
    were read; the data box dates the newest source as the quoting page's and says how Kling AI's later
    quarters would move the range (the break-even), all on the shipped data."""
    forecasts, sources = data.load_forecasts(), data.load_sources()
    metrics = vendor_prose.plain_company_names(data.load_company_metrics())
    claim = {2025: 716.8, 2032: 2560.0}
    matches = market.match_claim(forecasts, claim)
    common = market.edition_growth(forecasts, GEN, "C")
    figures = market.vendor_figures(metrics, "C")
    held_on = market.carry_forward(figures, int(figures.loc[figures["counted"], "year"].max()))
    by_year = market.forecasts_by_year(forecasts, GEN, "C", years=figures["year"].unique())
    comparison = market.vendor_vs_market(held_on, by_year, growth_range=(0.0, 2.0))
    paths = market.forecast_paths(forecasts, None, "C")
    editions = market.cagr_table(forecasts, "D", GEN)
    editions = editions[editions["publisher"] == matches["publisher"].iloc[0]]
    held = market.forecast_paths(forecasts, None, "D")
    cited = market.cited_source_ids(sources, paths, matches, editions, held, metrics)
    read = market.newest_source_date(sources, cited)
    assert summary.quote_chain(matches, sources, 0.20) == (  # short, no "commonly" (r75 #4)
        "The 20% is Fortune Business Insights' forecast, as quoted by a GitHub page on e-commerce AI.")
    assert summary.quote_chain(matches.iloc[0:0], sources, 0.20) == ""
    assert summary.market_lead(comparison, held_on, 0.20, matches, sources) == (  # r84 #1: size, then caveats
        "Our data cannot test the \"20% a year\" itself (Fortune Business Insights' forecast, as quoted by a "
        "GitHub page on e-commerce AI). The forecasts' size looks low, or their market narrower than its "
        "name: at their latest stated pace, three vendors' figures alone come to about 64%–83% of the 2026 "
        "forecasts. Caveats: the forecasts reach us only second-hand; Kling AI's figures stop at Q1 2026, "
        "and "
        "its later quarters more likely raise the low end than lower it (its run-rate stated since is above "
        "its pace in that quarter); and whether the forecasts cover China, where Kling AI is based, is "
        "unknown.")  # no growth; r85 #1-#3: a sum of stated paces, three numbers, the likely direction
    assert summary.market_as_of_short(figures, forecasts, today="2026-12-07") == (  # r77 #4: ~40 words
        "Kling AI's Q2–Q3 2026 results are not in our sources; most forecasts give no publication date. See "
        "[About the data](00-about-the-data.html#how-strong-is-the-evidence).")
    rates = market.growth_against_forecasts(market.vendor_growth(metrics, "C"), forecasts, GEN, "C")
    assert vendor_prose.bounds_caveat(rates, figures) == (  # r77 #6: a ratio of two lower bounds
        "Both multiples compare two 'at least' amounts, so each is approximate: Kling AI's about 4.3× and "
        "Synthesia's about 1.5×, direction of error unknown.")
    assert summary.market_lead(comparison, held_on, 0.20, matches, sources, rates) == (  # r84 #1-#2: two
        "Our data cannot test the \"20% a year\" itself (Fortune Business Insights' forecast, as quoted by a "
        "GitHub page on e-commerce AI). The forecasts' size looks low, or their market narrower than its "
        "name: at their latest stated pace, three vendors' figures alone come to about 64%–83% of the 2026 "
        "forecasts. The two vendors whose growth can be compared grew faster than the forecasts over the "
        "same "
        "months, consistent with a faster-growing market but not evidence of it. Caveats: the forecasts "
        "reach us only second-hand; Kling AI's figures stop at Q1 2026, and its later quarters more likely "
        "raise the low end than lower it (its run-rate stated since is above its pace in that quarter); and "
        "whether the forecasts cover China, where Kling AI is based, is "
        "unknown.")  # answers: the rate, then the size; the growth only as consistent
    assert summary.better_graded_total(comparison, held_on) == pytest.approx(554, abs=0.5)
    assert len(summary.market_lead(comparison, held_on, 0.20, matches, sources, rates).split(". ")) <= 4
    assert summary.market_lead(comparison.iloc[0:0], held_on, 0.20, matches, sources) == ""
    lead = summary.market_lead(comparison, held_on, 0.20, matches, sources, rates)
    assert re.findall(r"\d+%", lead) == ["20%", "64%", "83%"]  # r85 #3: the opening keeps to a few numbers
    assert "would earn" not in lead  # r85 #2: a sum of stated paces, not earnings
    top = summary._top(comparison)
    assert summary.later_direction(top, held_on) == ("USD 500M run-rate", "28 May 2026", "USD 364M")
    # a run-rate stated before the quarter ended says nothing of later quarters: either way, and why
    early = held_on.copy()
    early.loc[early["metric"].eq("run_rate") & early["company"].str.startswith("Kling"),
              "period_end"] = pd.Timestamp("2026-03-15")
    assert summary.later_direction(top, early) is None
    assert summary.later_quarters_finding(comparison, early).startswith(
        "Kling AI's later quarters, not yet in our sources, could move the range either way, as no later "
        "figure of its own is known. The three vendors fill the 2026 forecasts only if")
    assert "and later quarters could move the range either way (no later figure is known);" in (
        summary.market_lead(comparison, early, 0.20, matches, sources))
    assert summary.agreement_finding(common, matches, None) == (
        "Forecasts from Fortune Business Insights and probably Grand View Research put AI video generators' "
        "growth at about 19–20% a year. We read them second-hand, on GitHub pages, not on the publishers' "
        "own.")
    assert summary.market_as_of_brief(figures, forecasts, comparison, held_on, sources, cited, read,
                                      today="2026-12-07") == (
        "31 July 2026 is the date of the GitHub pages quoting the forecasts, not of the forecasts. Kling "
        "AI's "
        "Q2–Q3 2026 results are very likely published but are not in our sources, so the vendor comparison "
        "is as of May 2026. Those results would move the 64%–83% range. The forecasts are second-hand and "
        "mostly undated: see [About the data](00-about-the-data.html#how-strong-is-the-evidence).")
    assert (847 - 240, 948 - 240) == (607, 708)  # the forecasts less Runway's 90 and Synthesia's 150
