"""Each forecast's value in a year it spans, what a year's forecasts leave for the vendors not in the floor,
and the forecasts' growth over a vendor series' own years: computed by hand on small frames, and the
shipped figures the report quotes."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from videomarket import data, market

GEN = "ai-video-generator"


def _row(publisher, edition, year, value, evidence="C", source="s"):
    return {"publisher": publisher, "report": "R", "edition": edition, "definition": GEN, "region": "Global",
            "year": year, "value_usd_m": value, "evidence": evidence, "source_id": source}


@pytest.fixture
def forecasts() -> pd.DataFrame:
    return pd.DataFrame([
        _row("F", "B", 2025, 716.8, source="b"), _row("F", "B", 2032, 2562.9, source="b"),
        _row("F", "C", 2025, 716.8, source="c"), _row("F", "C", 2026, 847.0, source="c"),
        _row("F", "C", 2034, 3350.0, source="c"),
        _row("G", "x", 2025, 788.5, source="g"), _row("G", "x", 2033, 3440.0, source="g"),
        _row("W", "x", 2024, 430.0, "D", source="w"), _row("W", "x", 2030, 2340.0, "D", source="w"),
    ])


def test_forecast_values_interpolate_at_each_forecasts_own_rate_and_never_extrapolate(forecasts) -> None:
    values = market.forecast_values(forecasts, GEN, "C", years=[2024, 2026, 2035])
    by_path = values.set_index("path")
    assert sorted(values["path"]) == ["F ed. B", "F ed. C", "G"]  # grade D left out, nothing in 2024/2035
    assert by_path.loc["F ed. B", "value_usd_m"] == pytest.approx(716.8 * (2562.9 / 716.8) ** (1 / 7))
    assert by_path.loc["G", "value_usd_m"] == pytest.approx(788.5 * (3440 / 788.5) ** (1 / 8))
    assert by_path.loc["F ed. C", "value_usd_m"] == 847.0 and by_path.loc["F ed. C", "stated"]
    assert not by_path.loc["G", "stated"]
    every = market.forecast_values(forecasts, GEN, "C")
    assert every.groupby("path")["year"].agg(["min", "max"]).loc["F ed. C"].tolist() == [2025, 2034]
    assert math.isnan(market.value_at({2025: 1.0, 2027: 4.0}, 2024.5))
    assert market.value_at({2025: 1.0, 2027: 4.0}, 2025.5) == pytest.approx(2 ** 0.5)


def test_forecasts_by_year_span_every_forecast_covering_the_year(forecasts) -> None:
    table = market.forecasts_by_year(forecasts, GEN, "C", years=[2025, 2026]).set_index("year")
    assert table.loc[2025, ["low", "high", "n_values", "n_stated", "n_publishers"]].tolist() == [
        716.8, 788.5, 3, 3, 2]
    row = table.loc[2026]
    assert row["low"] == 847.0 and row["high"] == pytest.approx(788.5 * (3440 / 788.5) ** (1 / 8))
    assert row["n_stated"] == 1 and row["grown_paths"] == "F ed. B; G"
    # one publisher counts once in the middle value: F's two editions pooled first
    f_value = np.median([847.0, 716.8 * (2562.9 / 716.8) ** (1 / 7)])
    assert row["value_usd_m"] == pytest.approx(np.median([f_value, row["high"]]))
    assert table.loc[2025, "value_usd_m"] == pytest.approx(752.65)  # as consensus_points for stated years
    with pytest.raises(ValueError, match="covers the years"):
        market.forecasts_by_year(forecasts, GEN, "C", years=[2040])


def _figures() -> pd.DataFrame:
    return pd.DataFrame({
        "company": ["K", "S", "R", "R", "H", "K"],
        "metric": ["run_rate", "arr", "run_rate", "run_rate", "arr", "revenue"],
        "period": ["2026-05", "2026-01", "2024-12", "2025-06", "2023-11", "2025-Q1"],
        "period_end": pd.to_datetime(["2026-05-28", "2026-01-31", "2024-12-31", "2025-06-30", "2023-11-30",
                                      "2025-03-31"]),
        "year": [2026, 2026, 2024, 2025, 2023, 2025],
        "basis": ["annualized"] * 5 + ["revenue"],
        "value_usd_m": [500.0, 150.0, 70.0, 90.0, 18.0, 21.0],
        "evidence": ["C", "C", "B", "B", "B", "C"],
        "counted": [True] * 6,
    })


def test_headroom_is_the_forecasts_minus_the_floor_and_the_held_run_rates() -> None:
    comparison = pd.DataFrame({
        "year": [2025, 2026], "basis": ["annualized"] * 2, "market_usd_m": [752.65, 900.0],
        "market_low": [716.8, 847.0], "market_high": [788.5, 948.0], "calendar_low_usd_m": [190.0, 650.0],
        "floor_share_low": [0.24, 0.69]})
    room = market.forecast_headroom(comparison, _figures())
    assert (room.year, room.basis, room.floor_usd_m) == (2026, "annualized", 650.0)
    assert (room.headroom_low, room.headroom_high) == (197.0, 298.0)
    # R and H have no 2026 figure: each at its latest run-rate or ARR (R's June 2025, not December 2024)
    assert room.held[["company", "period", "value_usd_m"]].values.tolist() == [
        ["R", "2025-06", 90.0], ["H", "2023-11", 18.0]]
    assert (room.held_usd_m, room.left_low, room.left_high) == (108.0, 89.0, 190.0)
    earlier = market.forecast_headroom(comparison, _figures(), 2025)
    assert earlier.held["company"].tolist() == ["H"]  # K is in 2025 through its revenue
    with pytest.raises(ValueError, match="no revenue vendor figures"):
        market.forecast_headroom(comparison, _figures(), 2026, "revenue")


def test_growth_against_forecasts_uses_each_forecasts_rate_for_the_series_years(forecasts) -> None:
    rates = pd.DataFrame({
        "company": ["K", "S", "R", "H"],
        "first_end": pd.to_datetime(["2025-03-31", "2025-04-30", "2024-12-31", "2023-03-31"]),
        "last_end": pd.to_datetime(["2026-03-31", "2026-01-31", "2025-06-30", "2023-11-30"]),
        "years": [1.0, 0.75, 0.5, 0.67], "multiple": [4.33, 1.5, 1.29, 18.0]})
    table = market.growth_against_forecasts(rates, forecasts, GEN, "C").set_index("company")
    rates_2025_26 = [847 / 716.8 - 1, (2562.9 / 716.8) ** (1 / 7) - 1, (3440 / 788.5) ** (1 / 8) - 1]
    k = table.loc["K"]
    assert k["n_forecasts"] == 3 and k["forecast_paths"] == "F ed. B; F ed. C; G"
    assert k["forecast_rate_low"] == pytest.approx(min(rates_2025_26))
    assert k["forecast_multiple_high"] == pytest.approx(1 + max(rates_2025_26))
    assert table.loc["S", "forecast_multiple_low"] == pytest.approx((1 + min(rates_2025_26)) ** 0.75)
    for company in ("R", "H"):  # 2024 and 2023 lie before every grade-C forecast's first year
        assert table.loc[company, "n_forecasts"] == 0 and math.isnan(table.loc[company, "forecast_rate_low"])
    with pytest.raises(ValueError, match="first_end"):
        market.growth_against_forecasts(rates.drop(columns="first_end"), forecasts, GEN)


def test_figure_grades_are_the_best_grade_of_each_sources_figures() -> None:
    forecasts = pd.DataFrame({"source_id": ["a", "a"], "evidence": ["D", "C"]})
    metrics = pd.DataFrame({"source_id": ["b", "b", "a"], "evidence": ["C", "B", "D"]})
    assert market.figure_grades(forecasts, metrics).to_dict() == {"a": "C", "b": "B"}


def test_shipped_figures_the_report_quotes() -> None:
    forecasts, metrics = data.load_forecasts(), data.load_company_metrics()
    figures = market.vendor_figures(metrics, "C")
    kling = figures.set_index(["company", "period"]).loc[("Kling AI (Kuaishou)", "2025-Q1")]
    assert kling["fx_rate"] == 7.14 and "web-reportify-moonshot-fx-2025avg" in kling["note"]  # kept for words
    years = market.forecasts_by_year(forecasts, GEN, "C", years=figures["year"].unique())
    comparison = market.vendor_vs_market(figures, years)
    row = comparison.set_index(["year", "basis"]).loc[(2026, "annualized")]
    assert (row["calendar_low_usd_m"], row["market_low"]) == (650.0, 847.0)
    assert round(row["market_high"], 1) == 947.9
    assert (round(row["floor_share_low"], 3), round(row["floor_share_high"], 3)) == (0.686, 0.767)
    room = market.forecast_headroom(comparison, figures)
    assert (room.year, room.headroom_low, round(room.headroom_high)) == (2026, 197.0, 298)
    assert room.held["company"].tolist() == ["Runway", "HeyGen"] and room.held_usd_m == 108.0
    against = market.growth_against_forecasts(market.vendor_growth(metrics, "C"), forecasts, GEN, "C")
    kling = against[against["company"] == "Kling AI (Kuaishou)"].iloc[0]
    assert round(kling["multiple"], 1) == 4.3 and kling["n_forecasts"] == 3
    assert round(kling["forecast_multiple_low"], 2) == 1.18
    assert round(kling["forecast_multiple_high"], 2) == 1.2
