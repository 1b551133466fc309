"""Market helpers on hand-made tables: forecast paths, consensus points, the claim check, the per-region
CAGR audit, growth-curve fits, and vendor figures against the market."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from builders import forecast_row

from videomarket import data, growth, market
from videomarket.market import _vendors as market_vendors
from videomarket.market._fits import ConsensusFits


def _forecast(publisher, edition, definition, year, value, evidence="C", region="Global", stated=np.nan,
              source="s-x", report="R"):
    return forecast_row(publisher=publisher, report=report, edition=edition, definition=definition, year=year,
                        value=value, stated=stated, evidence=evidence, region=region, source=source)


@pytest.fixture
def forecasts() -> pd.DataFrame:
    """Shaped on the FBI editions A/B/C and a GVR pair (values as in the research notes)."""
    gen = "ai-video-generator"
    rows = [
        _forecast("FBI", "A", gen, 2024, 614.8, "D", stated=19.5, source="fa"),
        _forecast("FBI", "A", gen, 2032, 2560.0, "D", stated=19.5, source="fa"),
        _forecast("FBI", "B", gen, 2025, 716.8, stated=20.0, source="fb"),
        _forecast("FBI", "B", gen, 2032, 2562.9, stated=20.0, source="fb"),
        _forecast("FBI", "C", gen, 2025, 716.8, stated=18.8, source="fc"),
        _forecast("FBI", "C", gen, 2026, 847.0, stated=18.8, source="fc"),
        _forecast("FBI", "C", gen, 2034, 3350.0, stated=18.8, source="fc"),
        _forecast("GVR", "2025 edition", gen, 2025, 788.5, stated=20.3, source="gv", report="G1"),
        _forecast("GVR", "2025 edition", gen, 2033, 3440.0, stated=20.3, source="gv", report="G1"),
        _forecast("GVR", "as quoted", "ai-video-broad", 2024, 3860.0, stated=32.2, source="gb", report="G2"),
        _forecast("GVR", "as quoted", "ai-video-broad", 2033, 42290.0, stated=32.2, source="gb", report="G2"),
    ]
    return pd.DataFrame(rows)


# --- forecast paths -----------------------------------------------------------------------------------------


def test_forecast_paths_drops_grade_d_unless_asked(forecasts: pd.DataFrame) -> None:
    default = market.forecast_paths(forecasts)
    assert "FBI ed. A" not in set(default["path"])
    assert set(default["evidence"]) == {"C"}
    with_d = market.forecast_paths(forecasts, min_evidence="D")
    assert with_d.loc[with_d["path"] == "FBI ed. A", "year"].tolist() == [2024, 2032]
    assert set(with_d.loc[with_d["path"] == "FBI ed. A", "path_evidence"]) == {"D"}


def test_forecast_paths_labels_count_points_and_filter_definition(forecasts: pd.DataFrame) -> None:
    paths = market.forecast_paths(forecasts)
    # GVR has two reports: the labels collide, so each carries its definition.
    assert {"GVR [ai-video-generator]", "GVR [ai-video-broad]"} <= set(paths["path"])
    assert paths.loc[paths["path"] == "FBI ed. C", "n_points"].unique().tolist() == [3]
    narrow = market.forecast_paths(forecasts, "ai-video-generator")
    assert set(narrow["definition"]) == {"ai-video-generator"}
    assert narrow["path"].nunique() == 3  # B, C and GVR (A is grade D)


def test_forecast_paths_rejects_unknown_grade_definition_and_missing_column(forecasts: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="min_evidence"):
        market.forecast_paths(forecasts, min_evidence="E")
    with pytest.raises(ValueError, match="definition"):
        market.forecast_paths(forecasts, definition="ai-video")
    with pytest.raises(ValueError, match="year"):
        market.forecast_paths(forecasts.drop(columns="year"))


def test_regional_value_gets_its_own_path() -> None:
    rows = pd.DataFrame(
        [
            _forecast("M", "q", "adjacent", 2023, 500.0, region="North America"),
            _forecast("M", "q", "adjacent", 2024, 1800.0),
            _forecast("M", "q", "adjacent", 2033, 14100.0),
        ]
    )
    paths = market.forecast_paths(rows)
    assert sorted(paths["path"].unique()) == ["M", "M, North America"]


# --- consensus points ---------------------------------------------------------------------------------------


def test_consensus_points_count_each_publisher_once(forecasts: pd.DataFrame) -> None:
    points = market.consensus_points(forecasts, "ai-video-generator")
    assert points["year"].tolist() == [2025, 2026, 2032, 2033, 2034]
    first = points.iloc[0]
    # FBI B and C both state 716.8 for 2025: one publisher, one forecast; the median is of FBI and GVR,
    # not of 716.8, 716.8 and 788.5 (which would give 716.8).
    assert first["value_usd_m"] == pytest.approx((716.8 + 788.5) / 2)
    assert (first["n_values"], first["n_publishers"], first["publishers"]) == (3, 2, "FBI; GVR")
    assert (first["low"], first["high"]) == (716.8, 788.5)
    assert first["source_ids"] == "fb; fc; gv"
    assert points.set_index("year").loc[2026, "n_publishers"] == 1
    assert set(points["definition"]) == {"ai-video-generator"} and set(points["region"]) == {"Global"}
    geo = market.consensus_points(forecasts, "ai-video-generator", how="geomean")
    assert geo["value_usd_m"].iloc[0] == pytest.approx((716.8 * 788.5) ** (1 / 2))
    with_d = market.consensus_points(forecasts, "ai-video-generator", "D")
    # FBI A (2560.0) and B (2562.9) for 2032: one publisher, their median
    assert with_d.set_index("year").loc[2032, "value_usd_m"] == pytest.approx((2560.0 + 2562.9) / 2)
    assert with_d.set_index("year").loc[2032, "n_publishers"] == 1


def test_consensus_points_refuse_empty_selection_and_unknown_aggregate(forecasts: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="no forecast values for definition 'text-to-video'"):
        market.consensus_points(forecasts, "text-to-video")
    with pytest.raises(ValueError, match="how must be"):
        market.consensus_points(forecasts, "ai-video-generator", how="mean")


# --- the seed claim and the audit ---------------------------------------------------------------------------


def test_match_claim_finds_the_edition_that_states_both_points(forecasts: pd.DataFrame) -> None:
    table = market.match_claim(forecasts, {2025: 716.8, 2032: 2560.0})
    top = table.iloc[0]
    assert top["path"] == "FBI ed. B" and bool(top["all_matched"])
    # Research notes: 716.8 -> 2,562.9 over 2025-2032 is 19.96 % a year.
    assert top["implied_cagr_pct"] == pytest.approx(100 * ((2562.9 / 716.8) ** (1 / 7) - 1))
    assert round(float(top["implied_cagr_pct"]), 2) == 19.96
    others = table.set_index("path")
    assert others.loc["FBI ed. C", "matched"] == "2025" and others.loc["FBI ed. A", "matched"] == "2032"
    assert "GVR [ai-video-generator]" not in others.index  # 788.5 is not 716.8


def test_match_claim_tolerance_is_relative(forecasts: pd.DataFrame) -> None:
    assert market.match_claim(forecasts, {2032: 2500.0}).empty  # 2.4 % off: not the same figure
    assert len(market.match_claim(forecasts, {2032: 2500.0}, rel_tol=0.03)) == 2


def test_cagr_table_keeps_regions_apart() -> None:
    rows = pd.DataFrame(
        [
            _forecast("M", "q", "adjacent", 2023, 500.0, region="North America", stated=25.7),
            _forecast("M", "q", "adjacent", 2024, 1800.0, stated=25.7),
            _forecast("M", "q", "adjacent", 2033, 14100.0, stated=25.7),
        ]
    )
    audit = growth.cagr_audit(rows)  # regions are separate paths: no rate from 2023 (regional) to 2033
    assert not audit["flagged"].any()
    table = market.cagr_table(rows).set_index("region")
    assert table.loc["Global", "implied_cagr_pct"] == pytest.approx(100 * ((14100 / 1800) ** (1 / 9) - 1))
    assert not bool(table.loc["Global", "flagged"])
    assert table.loc["Global", "path"] == "M" and table.loc["North America", "endpoints"].startswith(
        "one year"
    )


def test_cagr_table_flags_the_published_inconsistency(forecasts: pd.DataFrame) -> None:
    table = market.cagr_table(forecasts).set_index("path")
    broad = table.loc["GVR [ai-video-broad]"]
    assert round(float(broad["implied_cagr_pct"]), 1) == 30.5 and bool(broad["flagged"])
    assert not table.loc["FBI ed. B", "flagged"]


# --- growth fits --------------------------------------------------------------------------------------------


def test_consensus_fits_recover_an_exponential_with_its_band() -> None:
    years = np.arange(2025, 2031)
    values = 700 * 1.2 ** (years - 2025) * (1 + 0.01 * np.cos(3 * years))
    points = pd.DataFrame({"year": years, "value_usd_m": values})
    fits = market.consensus_fits(points, 2032, models=("exponential",))
    assert fits.best == "exponential" and fits.n_points == 6
    rate = fits.exponential_rate
    assert rate["rate"] == pytest.approx(0.2, abs=0.01) and rate["lower"] < 0.2 < rate["upper"]
    row = fits.converged.iloc[0]
    assert (
        row["value"] == pytest.approx(700 * 1.2**7, rel=0.03) and row["lower"] < row["value"] < row["upper"]
    )
    band = fits.bands[fits.bands["model"] == "exponential"]
    assert band["year"].min() == 2025 and band["year"].max() == 2032
    assert (band["lower"] <= band["mean"]).all() and (band["mean"] <= band["upper"]).all()


def test_consensus_fits_keep_a_failed_fit_with_its_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    real_fit = growth.fit_growth

    def failing_gompertz(x, y, model, **kwargs):
        if model == "gompertz":
            raise growth.FitError(
                "gompertz fit failed from 3 starting point(s): no attempt reached a "
                "least-squares minimum (first attempt: stopped at a point that is not a minimum)"
            )
        return real_fit(x, y, model, **kwargs)

    # patched where the comparison looks it up: a real gompertz failure on these data takes seconds
    from videomarket.growth import _compare

    monkeypatch.setattr(_compare, "fit_growth", failing_gompertz)
    monkeypatch.setattr(growth, "fit_growth", failing_gompertz)
    t = np.arange(8.0)
    points = pd.DataFrame(
        {"year": 2025 + t, "value_usd_m": 700 * np.exp(0.18 * t) * (1 + 0.01 * np.cos(3 * t))}
    )
    fits = market.consensus_fits(points, 2032, models=("exponential", "gompertz"))
    failed = fits.failed.set_index("model")
    assert failed.loc["gompertz", "reason"] == (
        "gompertz fit failed from 3 starting point(s): no attempt reached a least-squares minimum"
    )
    assert "first attempt" in failed.loc["gompertz", "note"]  # the full FitError text is kept
    assert fits.table["model"].iloc[-1] == "gompertz" and set(fits.bands["model"]) == {"exponential"}


def test_consensus_fits_say_when_there_are_too_few_points() -> None:
    points = pd.DataFrame({"year": [2024, 2033, 2034], "value_usd_m": [3860.0, 42290.0, 50000.0]})
    fits = market.consensus_fits(points, 2032, models=("exponential", "logistic"))
    failed = fits.failed.set_index("model")
    assert failed.loc["logistic", "reason"] == (
        "the logistic model has 3 parameters but only 3 points were given: need at least 4"
    )
    # three points and two parameters: the exponential is fitted and drawn, but AICc cannot rank it
    assert fits.best is None and fits.preferred is None and set(fits.bands["model"]) == {"exponential"}
    assert "n - k - 1 = -1" in fits.converged.set_index("model").loc["exponential", "note"]
    nothing = market.consensus_fits(points.iloc[:2], 2032, models=("exponential", "logistic"))
    assert nothing.best is None and nothing.preferred is None and nothing.exponential_rate is None
    expected = {"aic", "aicc", "delta_aicc", "rank", "value", "lower", "upper", "reason", "df_resid"}
    assert expected <= set(nothing.table.columns)


def test_consensus_fits_pick_the_logistic_on_logistic_data() -> None:
    t = np.arange(12.0)
    points = pd.DataFrame(
        {"year": 2020 + t, "value_usd_m": 50 / (1 + np.exp(-0.9 * (t - 6))) + 0.05 * np.cos(3 * t)}
    )
    fits = market.consensus_fits(points, 2035, models=("exponential", "logistic"))
    assert fits.best == "logistic" and fits.preferred == "logistic"
    assert fits.table.set_index("model").loc["exponential", "delta_aicc"] > 2
    assert fits.converged.set_index("model").loc["logistic", "value"] == pytest.approx(50, rel=0.01)


def test_preferred_is_the_simplest_ranked_model_within_two_aicc_units() -> None:
    table = pd.DataFrame(
        {
            "model": ["bass", "logistic", "exponential", "richards", "gompertz"],
            "n_params": [3, 3, 2, 4, 3],
            "aicc": [71.6, 71.9, 73.0, np.nan, np.nan],
            "delta_aicc": [0.0, 0.3, 1.4, np.nan, np.nan],
            "rank": pd.array([1, 2, 3, pd.NA, pd.NA], dtype="Int64"),
            "converged": [True, True, True, False, True],  # gompertz fitted but not rankable
        }
    )
    fits = ConsensusFits(table, pd.DataFrame(), "bass", 2032, 0.05, 8, None)
    assert fits.preferred == "exponential"
    far = table.assign(aicc=[71.6, 71.9, 74.0, np.nan, np.nan], delta_aicc=[0.0, 0.3, 2.4, np.nan, np.nan])
    assert ConsensusFits(far, pd.DataFrame(), "bass", 2032, 0.05, 8, None).preferred == "bass"


def test_consensus_fits_need_year_and_value_columns() -> None:
    with pytest.raises(ValueError, match="value_usd_m"):
        market.consensus_fits(pd.DataFrame({"year": [1, 2, 3]}), 2032)


# --- vendors ------------------------------------------------------------------------------------------------


def _metric(company, metric, period, end, usd, evidence="B", currency="USD", original=None, source="v"):
    return {
        "company": company,
        "metric": metric,
        "period": period,
        "period_end": pd.Timestamp(end),
        "value_usd_m": usd,
        "original_currency": currency,
        "original_value": usd if original is None else original,
        "evidence": evidence,
        "source_id": source,
    }


@pytest.fixture
def metrics() -> pd.DataFrame:
    """Shaped on company_metrics.csv (Kling quarters in CNY, ARR snapshots, guidance, group revenue)."""
    return pd.DataFrame(
        [
            _metric("Kling", "revenue", "2025-Q1", "2025-03-31", 21.01, "C", "CNY", 150.0),
            _metric("Kling", "revenue", "2025-Q2", "2025-06-30", 35.01, "B", "CNY", 250.0),
            _metric("Kling", "revenue", "2025-Q3", "2025-09-30", 42.02, "C", "CNY", 300.0),
            _metric("Kling", "revenue_guidance", "FY2025", "2025-12-31", 140.0, "C"),
            _metric("Kling", "cumulative_revenue", "launch-2025-02", "2025-02-28", np.nan, "B", "CNY", 100.0),
            _metric("Runway", "run_rate", "2024-12", "2024-12-31", 70.0),
            _metric("Runway", "run_rate", "2025-06", "2025-06-30", 90.0),
            _metric("Synthesia", "revenue", "FY2022", "2022-12-31", np.nan, "B", "GBP", 8.6),
            _metric("Synthesia", "revenue", "FY2023", "2023-12-31", np.nan, "B", "GBP", 25.7),
            _metric("Synthesia", "arr", "2025-04", "2025-04-30", 100.0),
            _metric("Synthesia", "arr", "2025-01", "2025-01-31", 80.0, "C"),
            _metric("MiniMax (group, incl. Hailuo AI)", "revenue", "FY2024", "2024-12-31", 30.52),
            _metric("Rumour", "arr", "2025-05", "2025-05-31", 500.0, "D"),
        ]
    )


def test_vendor_figures_count_only_like_for_like_actuals(metrics: pd.DataFrame) -> None:
    figures = market_vendors.vendor_figures(metrics).set_index(["company", "period"])
    counted = figures[figures["counted"]]
    assert sorted(counted.index) == [
        ("Kling", "2025-Q1"),
        ("Kling", "2025-Q2"),
        ("Kling", "2025-Q3"),
        ("Runway", "2024-12"),
        ("Runway", "2025-06"),
        ("Synthesia", "2025-04"),
    ]
    reasons = figures["reason"]
    assert reasons[("Kling", "FY2025")].startswith("company guidance")
    assert reasons[("Kling", "launch-2025-02")].startswith("cumulative")
    assert reasons[("Synthesia", "2025-01")] == "superseded by a later snapshot in the same year"
    assert reasons[("Synthesia", "FY2022")].startswith("no USD value (reported in GBP")
    assert "not video-only" in reasons[("MiniMax (group, incl. Hailuo AI)", "FY2024")]
    assert reasons[("Rumour", "2025-05")] == "evidence D is below C"
    assert figures.loc[("Kling", "2025-Q2"), "basis"] == "revenue"
    assert figures.loc[("Runway", "2025-06"), "basis"] == "annualized"


def test_vendor_figures_exclusions_are_a_parameter(metrics: pd.DataFrame) -> None:
    figures = market_vendors.vendor_figures(metrics, min_evidence="D", exclude={})
    counted = set(figures.loc[figures["counted"], "company"])
    assert {"MiniMax (group, incl. Hailuo AI)", "Rumour"} <= counted


def test_not_comparable_names_exist_in_the_shipped_table() -> None:
    from videomarket import data

    companies = set(data.load_company_metrics()["company"])
    assert set(market_vendors.NOT_COMPARABLE) <= companies


def test_vendor_vs_market_sums_per_basis_and_divides_by_the_consensus(metrics: pd.DataFrame) -> None:
    figures = market_vendors.vendor_figures(metrics)
    points = pd.DataFrame(
        {"year": [2025], "value_usd_m": [716.8], "low": [716.8], "high": [788.5], "n_values": [3]}
    )
    table = market_vendors.vendor_vs_market(figures, points).set_index(["year", "basis"])
    revenue = table.loc[(2025, "revenue")]
    assert revenue["vendor_total_usd_m"] == pytest.approx(21.01 + 35.01 + 42.02)
    assert revenue["n_vendors"] == 1 and revenue["vendors"] == "Kling 98.0"
    annual = table.loc[(2025, "annualized")]
    assert annual["vendor_total_usd_m"] == pytest.approx(190.0) and annual["n_vendors"] == 2
    # Run-rates are converted to calendar 2025 revenue, assuming each doubles in a year:
    calendar = sum(
        market_vendors.calendar_revenue_from_arr(arr, when, 2025)
        for arr, when in ((90.0, "2025-06-30"), (100.0, "2025-04-30"))
    )
    assert annual["calendar_usd_m"] == pytest.approx(calendar) and annual["assumed_growth"] == 1.0
    assert annual["share"] == pytest.approx(calendar / 716.8)
    assert annual["share_low"] == pytest.approx(calendar / 788.5)
    assert revenue["calendar_usd_m"] == revenue["vendor_total_usd_m"]
    assert math.isnan(revenue["assumed_growth"])
    no_forecast = table.loc[(2024, "annualized")]
    assert math.isnan(no_forecast["share"]) and no_forecast["n_forecasts"] == 0


@pytest.mark.parametrize("date", ["2025-01-31", "2025-07-02", "2025-12-31"])
@pytest.mark.parametrize("multiple", [1.5, 2.0, 3.0])
def test_calendar_revenue_is_the_stated_formula_on_hand_values(date: str, multiple: float) -> None:
    # calendar = R * m ** (-t) * (m - 1) / ln m for a run-rate R stated at fraction t of the year
    t = pd.Timestamp(date).day_of_year / 365
    expected = 100.0 * multiple ** (-t) * (multiple - 1) / math.log(multiple)
    got = market_vendors.calendar_revenue_from_arr(100.0, date, 2025, annual_growth=multiple - 1)
    assert got == pytest.approx(expected, rel=1e-12)


def test_calendar_revenue_direction_depends_on_the_date() -> None:
    convert = market_vendors.calendar_revenue_from_arr
    assert convert(100.0, "2025-07-02", 2025, annual_growth=0.0) == 100.0  # flat: the run-rate itself
    assert convert(100.0, "2025-12-31", 2025, annual_growth=1.0) == pytest.approx(50 / math.log(2))  # 0.72
    assert convert(100.0, "2025-12-31", 2025, annual_growth=1.0) < 100.0  # year-end ARR overstates
    assert convert(100.0, "2025-07-02", 2025, annual_growth=1.0) > 100.0  # mid-year run-rate understates
    # the range over flat..tripling: its lowest value is a floor under every growth in between
    low, high = market.calendar_revenue_range(100.0, "2025-12-31", 2025, (0.0, 2.0))
    assert low == pytest.approx(100 / 3 * 2 / math.log(3)) and high == 100.0
    low, high = market.calendar_revenue_range(100.0, "2025-05-28", 2025, (0.0, 2.0))
    t = pd.Timestamp("2025-05-28").day_of_year / 365
    assert low == 100.0 and high == pytest.approx(100 * 3 ** (-t) * 2 / math.log(3))
    grid = [convert(100.0, "2025-09-15", 2025, g) for g in np.linspace(0, 2, 41)]
    low, high = market.calendar_revenue_range(100.0, "2025-09-15", 2025, (0.0, 2.0))
    assert low <= min(grid) + 1e-9 and high >= max(grid) - 1e-9
    with pytest.raises(ValueError, match="growth_range"):
        market.calendar_revenue_range(100.0, "2025-09-15", 2025, (2.0, 0.0))


def test_vendor_vs_market_floor_is_the_lowest_calendar_revenue_of_the_range(metrics: pd.DataFrame) -> None:
    figures = market_vendors.vendor_figures(metrics)
    points = pd.DataFrame({"year": [2025], "value_usd_m": [752.65], "low": [716.8], "high": [788.5],
                           "n_values": [3], "n_publishers": [2], "paths": ["FBI ed. B; FBI ed. C; GVR"]})
    table = market_vendors.vendor_vs_market(figures, points, growth_range=(0.0, 2.0)).set_index(
        ["year", "basis"])
    annual = table.loc[(2025, "annualized")]
    lows = [market.calendar_revenue_range(arr, when, 2025, (0.0, 2.0))[0]
            for arr, when in ((90.0, "2025-06-30"), (100.0, "2025-04-30"))]
    highs = [market.calendar_revenue_range(arr, when, 2025, (0.0, 2.0))[1]
             for arr, when in ((90.0, "2025-06-30"), (100.0, "2025-04-30"))]
    assert annual["calendar_low_usd_m"] == pytest.approx(sum(lows)) == pytest.approx(190.0)  # both mid-year
    assert annual["calendar_high_usd_m"] == pytest.approx(sum(highs))
    assert annual["calendar_low_usd_m"] <= annual["calendar_usd_m"] <= annual["calendar_high_usd_m"]
    assert (annual["growth_low"], annual["growth_high"]) == (0.0, 2.0)
    assert annual["floor_share_low"] == pytest.approx(190.0 / 788.5)
    assert annual["floor_share_high"] == pytest.approx(190.0 / 716.8)
    assert annual["n_publishers"] == 2 and annual["forecast_paths"] == "FBI ed. B; FBI ed. C; GVR"
    assert annual["evidence"] == "B"
    revenue = table.loc[(2025, "revenue")]
    assert revenue["calendar_low_usd_m"] == revenue["calendar_high_usd_m"] == pytest.approx(98.04)
    assert revenue["evidence"] == "B, C" and math.isnan(revenue["growth_low"])
    # a year-end snapshot: the floor is below the run-rate (tripling), the top is the run-rate (flat)
    converted = market.calendar_figures(figures, growth_range=(0.0, 2.0)).set_index(["company", "period"])
    december = converted.loc[("Runway", "2024-12")]
    assert december["calendar_high_usd_m"] == pytest.approx(70.0)
    assert december["calendar_low_usd_m"] == pytest.approx(70 / 3 * 2 / math.log(3), rel=1e-3)


def test_vendor_growth_matches_an_independent_log_linear_fit(metrics: pd.DataFrame) -> None:
    from scipy import stats

    quarters = pd.DataFrame([
        _metric("Kling", "revenue", "2025-Q1", "2025-03-31", 21.01, "C", "CNY", 150.0),
        _metric("Kling", "revenue", "2025-Q3", "2025-09-30", 42.02, "C", "CNY", 300.0),
        _metric("Kling", "revenue", "2026-Q1", "2026-03-31", 91.0, "B", "CNY", 650.0),
    ])
    table = market_vendors.vendor_growth(quarters).set_index(["company", "metric", "kind"])
    kling = table.loc[("Kling", "revenue", "quarter")]
    ends = pd.to_datetime(["2025-03-31", "2025-09-30", "2026-03-31"])
    x = ends.year + ends.day_of_year / 365
    y = np.log([150.0, 300.0, 650.0])
    fit = stats.linregress(x, y)
    half = stats.t.ppf(0.975, 1) * fit.stderr
    assert kling["currency"] == "CNY" and kling["n_points"] == 3
    assert kling["annual_growth"] == pytest.approx(np.expm1(fit.slope))
    assert kling["lower"] == pytest.approx(np.expm1(fit.slope - half))
    assert kling["upper"] == pytest.approx(np.expm1(fit.slope + half))
    assert kling["doubling_months"] == pytest.approx(12 * np.log(2) / fit.slope)


def test_vendor_growth_two_points_use_the_cagr_in_the_original_currency(metrics: pd.DataFrame) -> None:
    table = market_vendors.vendor_growth(metrics).set_index(["company", "metric", "kind"])
    synthesia = table.loc[("Synthesia", "revenue", "year")]
    assert synthesia["currency"] == "GBP"
    assert synthesia["annual_growth"] == pytest.approx(25.7 / 8.6 - 1)
    assert math.isnan(synthesia["lower"]) and synthesia["method"].startswith("two points")
    assert synthesia["endpoint_rate"] == pytest.approx(25.7 / 8.6 - 1)  # 12 months: the multiple - 1
    runway = table.loc[("Runway", "run_rate", "snapshot")]  # six months: a multiple, not a yearly rate
    assert runway["months"] == 6 and runway["multiple"] == pytest.approx(90 / 70)
    assert math.isnan(runway["annual_growth"]) and "not annualised" in runway["method"]
    assert math.isnan(runway["endpoint_rate"])
    assert ("Kling", "revenue_guidance", "guidance") not in table.index
    assert table["months"].is_monotonic_decreasing


def test_period_kinds_and_bad_input() -> None:
    kinds = [
        market_vendors.period_kind(m, p)
        for m, p in [
            ("revenue", "2025-Q3"),
            ("revenue", "FY2024"),
            ("revenue", "9M2025"),
            ("revenue", "H1 2025"),
            ("run_rate", "2025-06"),
            ("revenue_guidance", "FY2025"),
        ]
    ]
    assert kinds == ["quarter", "year", "nine months", "unknown", "snapshot", "guidance"]
    with pytest.raises(ValueError, match="period_end"):
        market_vendors.vendor_figures(pd.DataFrame({"company": ["V"]}))
    with pytest.raises(ValueError, match="alpha"):
        market_vendors.vendor_growth(pd.DataFrame(), alpha=1.5)


def test_vendor_growth_endpoint_rate_annualises_the_first_and_last_values_only() -> None:
    quarters = pd.DataFrame([
        _metric("Kling", "revenue", "2025-Q1", "2025-03-31", 21.01, "C", "CNY", 150.0),
        _metric("Kling", "revenue", "2025-Q3", "2025-09-30", 42.02, "C", "CNY", 300.0),
        _metric("Kling", "revenue", "2026-Q1", "2026-03-31", 91.0, "B", "CNY", 650.0),
        _metric("V", "arr", "2023-01", "2023-01-31", 10.0),
        _metric("V", "arr", "2025-01", "2025-01-31", 40.0),
    ])
    table = market_vendors.vendor_growth(quarters).set_index("company")
    assert table.loc["Kling", "endpoint_rate"] == pytest.approx(650 / 150 - 1)  # x4.3 in 12 months: +333%
    assert table.loc["V", "endpoint_rate"] == pytest.approx(4 ** (1 / 2) - 1, rel=1e-3)  # x4 in 24 months


def test_newest_source_date_reads_the_precision_the_sources_give() -> None:
    sources = pd.DataFrame({"source_id": ["a", "b", "c", "d"],
                            "published": ["2026-07-31", "2026-06", "2026", None]})
    assert market.newest_source_date(sources, ["a", "b", "c", "d"]) == "2026-07-31"
    assert market.newest_source_date(sources, ["b", "c"]) == "2026-06"
    with pytest.raises(ValueError, match="publication date"):
        market.newest_source_date(sources, ["d"])


def test_cited_source_ids_read_columns_lists_and_notes() -> None:
    sources = pd.DataFrame({"source_id": ["web-a", "web-a-2", "fx-rate", "gh-b"]})
    used = pd.DataFrame(
        {"source_id": ["web-a", "web-a"], "note": ["USD at the rate stated by fx-rate.", None]}
    )
    pooled = pd.DataFrame({"source_ids": ["gh-b; web-a"]})
    assert market.cited_source_ids(sources, used, pooled) == ["fx-rate", "gh-b", "web-a"]  # not web-a-2
    with pytest.raises(ValueError, match="not in the sources table: \\['nope'\\]"):
        market.cited_source_ids(sources, pd.DataFrame({"source_id": ["nope"]}))


def test_only_reports_with_two_years_of_values_have_a_rate_to_check() -> None:
    """Market.us quotes North America for 2023 alone: no growth can be implied from one value."""
    audit = market.cagr_table(data.load_forecasts(), "C")
    checked = market.checkable_rates(audit)
    assert (checked["start_year"] < checked["end_year"]).all()
    single = audit[audit["start_year"] == audit["end_year"]]
    assert not single.empty and set(single["region"]) == {"North America"}
    assert len(checked) == len(audit) - len(single)
