"""edition_growth: one common rate across forecast editions, each keeping its own level."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from videomarket import data, market


def editions(rows: list[tuple[str, int, float]]) -> pd.DataFrame:
    return pd.DataFrame([{
        "publisher": publisher, "report": "R", "edition": "1", "definition": "ai-video-generator",
        "region": "Global", "year": year, "value_usd_m": value, "evidence": "C",
        "source_id": f"s-{publisher}",
    } for publisher, year, value in rows])


def test_levels_apart_one_rate_recovered_exactly() -> None:
    # Two editions growing at exactly 25 % from very different bases: per-year medians would mix the
    # levels, one level per edition recovers the rate exactly, with a zero-width interval.
    rows = [("P", y, 100 * 1.25 ** (y - 2025)) for y in (2025, 2027, 2030)]
    rows += [("Q", y, 400 * 1.25 ** (y - 2024)) for y in (2024, 2031)]
    result = market.edition_growth(editions(rows))
    assert result.rate == pytest.approx(0.25, abs=1e-12)
    assert result.upper - result.lower == pytest.approx(0.0, abs=1e-9)
    assert (result.n_values, result.n_editions, result.df_resid) == (5, 2, 2)
    assert result.editions["path"].tolist() == ["P", "Q"]


def test_matches_an_independent_statsmodels_formula_fit_on_the_shipped_forecasts() -> None:
    import statsmodels.formula.api as smf

    forecasts = data.load_forecasts()
    result = market.edition_growth(forecasts, "ai-video-generator", "C")
    paths = market.forecast_paths(forecasts, "ai-video-generator", "C")
    paths = paths[paths["region"] == "Global"].assign(log_value=lambda f: np.log(f["value_usd_m"]))
    fit = smf.ols("log_value ~ C(path) + year", data=paths).fit()
    low, high = fit.conf_int().loc["year"]
    assert result.rate == pytest.approx(np.expm1(fit.params["year"]), rel=1e-9)
    assert (result.lower, result.upper) == pytest.approx((np.expm1(low), np.expm1(high)), rel=1e-9)
    # The review's figure for the shipped editions: 19.5 % (18.2 to 20.8 %).
    assert [round(v, 3) for v in (result.rate, result.lower, result.upper)] == [0.195, 0.182, 0.208]


def test_too_few_values_for_a_common_rate_say_why() -> None:
    rows = [("P", 2025, 100.0), ("P", 2030, 250.0), ("Q", 2024, 300.0)]
    with pytest.raises(ValueError, match="leave no degree of freedom for a common rate"):
        market.edition_growth(editions(rows))
    with pytest.raises(ValueError, match="alpha"):
        market.edition_growth(editions(rows), alpha=0)


def test_editions_carry_their_rates_and_the_ones_left_out_say_why() -> None:
    rows = editions([("P", 2025, 100.0), ("P", 2030, 248.83), ("Q", 2024, 300.0), ("Q", 2031, 1070.0),
                     ("Q", 2026, 432.0)])
    rows["stated_cagr_pct"] = [20.0, 20.0, 19.9, 19.9, 19.9]
    weak = editions([("W", 2024, 50.0), ("W", 2030, 200.0)]).assign(evidence="D", stated_cagr_pct=25.0)
    result = market.edition_growth(pd.concat([rows, weak], ignore_index=True), min_evidence="C")
    table = result.editions.set_index("path")
    assert table.loc["P", "implied_rate"] == pytest.approx((248.83 / 100) ** (1 / 5) - 1)
    assert table.loc["Q", "implied_rate"] == pytest.approx((1070 / 300) ** (1 / 7) - 1)
    assert table.loc["P", "stated_rate"] == pytest.approx(0.20) and table.loc["Q", "publisher"] == "Q"
    assert table.loc["Q", "source_ids"] == "s-Q" and table.loc["Q", "evidence"] == "C"
    left = result.left_out
    assert left["path"].tolist() == ["W"] and left["reason"].tolist() == ["evidence grade D, below C"]
    assert market.edition_growth(pd.concat([rows, weak]), min_evidence="D").left_out.empty


def test_one_per_publisher_fits_each_publishers_latest_edition_like_a_statsmodels_fit() -> None:
    import statsmodels.formula.api as smf

    forecasts = data.load_forecasts()
    result = market.edition_growth(forecasts, "ai-video-generator", "C", one_per_publisher=True)
    assert result.one_per_publisher and result.n_publishers == result.n_editions == 2
    assert result.editions["path"].tolist() == ["Fortune Business Insights ed. C", "Grand View Research"]
    paths = market.forecast_paths(forecasts, "ai-video-generator", "C")
    paths = paths[(paths["region"] == "Global") & paths["path"].isin(result.editions["path"])]
    fit = smf.ols("log_value ~ C(path) + year",
                  data=paths.assign(log_value=lambda f: np.log(f["value_usd_m"]))).fit()
    low, high = fit.conf_int().loc["year"]
    assert result.rate == pytest.approx(np.expm1(fit.params["year"]), rel=1e-9)
    assert (result.lower, result.upper) == pytest.approx((np.expm1(low), np.expm1(high)), rel=1e-9)
    assert (result.n_values, result.df_resid) == (5, 2)
    assert [round(v, 3) for v in (result.rate, result.lower, result.upper)] == [0.193, 0.171, 0.216]
    left = result.left_out.set_index("path")["reason"]
    assert left["Fortune Business Insights ed. B"] == (
        "an earlier edition of a publisher whose latest edition is fitted")
    assert left["Fortune Business Insights ed. A"] == "evidence grade D, below C"
    every = market.edition_growth(forecasts, "ai-video-generator", "C")
    assert not every.one_per_publisher and every.n_editions == 3 and every.n_publishers == 2


def test_latest_edition_by_publication_date_then_base_year_then_horizon() -> None:
    rows = pd.DataFrame({"path": ["P1", "P1", "P2", "P2", "P3", "P3"], "publisher": ["P"] * 6,
                         "year": [2024, 2032, 2025, 2032, 2025, 2034]})
    assert market.latest_editions(rows) == ["P3"]  # same base year as P2, later horizon
    dated = rows.assign(published=["2026-05", "2026-05", None, None, "2025-01", "2025-01"])
    assert market.latest_editions(dated) == ["P1"]  # a publication date beats the years
    assert market.latest_editions(rows.iloc[0:0]) == []


def test_one_per_publisher_with_too_few_values_says_so() -> None:
    rows = [("P", 2024, 90.0), ("P", 2030, 240.0), ("P", 2025, 100.0), ("P", 2030, 250.0), ("Q", 2024, 300.0)]
    frame = editions(rows).assign(edition=["A", "A", "B", "B", "1"])
    assert market.edition_growth(frame).df_resid == 1  # every edition: one degree of freedom left
    with pytest.raises(ValueError, match="latest edition per publisher"):
        market.edition_growth(frame, one_per_publisher=True)
