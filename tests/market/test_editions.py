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
