"""videomarket.growth: CAGR arithmetic and audit, named growth curves, the model comparison table, the
published R nls Bass fit, and the input checks."""

from __future__ import annotations

import math
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from reference.strd import digits, load_nist

from videomarket.growth import (
    FitError,
    cagr,
    cagr_audit,
    compare_growth_models,
    exponential_ols,
    fit_growth,
    project,
)
from videomarket.growth._models import GROWTH_MODELS

BASS_DIR = Path(__file__).resolve().parents[1] / "reference" / "bass"


# --- cagr / project -------------------------------------------------------------------------------

def test_cagr_reproduces_the_rates_quoted_in_issue_4():
    assert round(100 * cagr(716.8, 2562.9, 2032 - 2025), 2) == 19.96
    assert round(100 * cagr(3.86, 42.29, 2033 - 2024), 1) == 30.5


def test_cagr_edge_cases():
    assert cagr(100, 100, 5) == 0.0
    assert cagr(100, 50, 1) == pytest.approx(-0.5, rel=1e-15)
    assert cagr(1, 2, 0.5) == pytest.approx(3.0, rel=1e-15)  # doubling in half a year


def test_project_is_the_inverse_of_cagr():
    rate = cagr(614.8, 2560.0, 8)
    assert project(614.8, rate, 8) == pytest.approx(2560.0, rel=1e-13)
    assert project(2560.0, rate, -8) == pytest.approx(614.8, rel=1e-13)
    assert project(42.0, 0.3, 0) == 42.0
    assert project(100, 0.1, 2) == pytest.approx(121.0, rel=1e-15)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: cagr(0, 10, 5), "positive start and end"),
        (lambda: cagr(10, -1, 5), "positive start and end"),
        (lambda: cagr(10, 20, 0), "positive number of years"),
        (lambda: cagr(float("nan"), 20, 3), "start must be finite"),
        (lambda: cagr("ten", 20, 3), "start must be a number"),
        (lambda: project(10, -1.0, 2), "rate must be above -1"),
        (lambda: project(10, 0.1, float("inf")), "years must be finite"),
    ],
)
def test_cagr_and_project_reject_bad_input(call, message):
    with pytest.raises(ValueError, match=message):
        call()


# --- cagr_audit -----------------------------------------------------------------------------------

def _forecast_rows(publisher, report, edition, points, stated=None, period=(None, None)):
    return [
        {"publisher": publisher, "report": report, "edition": edition, "published": None,
         "definition": "ai-video-generator", "region": "Global", "year": year, "value_usd_m": value,
         "kind": "forecast", "stated_cagr_pct": stated, "cagr_from": period[0], "cagr_to": period[1],
         "evidence": "D", "source_id": f"src-{publisher}"}
        for year, value in points
    ]


@pytest.fixture
def forecasts() -> pd.DataFrame:
    rows = [
        # Issue 4's example: 3.86B (2024) -> 42.29B (2033) stated as 32.2 % is really 30.5 %.
        *_forecast_rows("GVR", "AI video", "2025", [(2024, 3860.0), (2033, 42290.0)], 32.2, (2024, 2033)),
        # Issue 4's headline claim: 716.8 (2025) -> 2,562.9 (2032) at 20 %: 19.96 %, within 0.5 points.
        *_forecast_rows("FBI", "AI video generator", "B", [(2025, 716.8), (2032, 2562.9)], 20.0),
        # Stated period with a value for each end: those years are used, not the first and last.
        *_forecast_rows("X", "Mid", None, [(2023, 50.0), (2024, 100.0), (2030, 400.0), (2031, 10_000.0)],
                        26.0, (2024, 2030)),
        # Stated period without values at its ends: the first and last year are shown, never compared.
        *_forecast_rows("Y", "Gap", "1", [(2023, 1500.0), (2028, 10000.0)], 28.5, (2024, 2030)),
        *_forecast_rows("Z", "NoRate", "1", [(2022, 100.0), (2027, 900.0)]),
        *_forecast_rows("W", "OnePoint", "1", [(2024, 310.0)], 18.0),
    ]
    return pd.DataFrame(rows)


def _row(audit: pd.DataFrame, publisher: str) -> pd.Series:
    return audit.set_index("publisher").loc[publisher]


def test_cagr_audit_flags_the_issue_example_and_passes_the_headline(forecasts):
    audit = cagr_audit(forecasts)
    gvr = _row(audit, "GVR")
    assert round(gvr["implied_cagr_pct"], 1) == 30.5
    assert gvr["gap_pts"] == pytest.approx(32.2 - 30.4718, abs=1e-3)
    assert bool(gvr["flagged"]) is True
    fbi = _row(audit, "FBI")
    assert round(fbi["implied_cagr_pct"], 2) == 19.96
    assert bool(fbi["flagged"]) is False
    assert fbi["endpoints"].startswith("first and last year")


def test_cagr_audit_uses_the_stated_period_when_both_years_have_values(forecasts):
    mid = _row(cagr_audit(forecasts), "X")
    assert (mid["start_year"], mid["end_year"]) == (2024, 2030)
    assert mid["endpoints"] == "stated CAGR period"
    assert mid["implied_cagr_pct"] == pytest.approx(100 * (4 ** (1 / 6) - 1), rel=1e-12)
    assert bool(mid["flagged"]) is False  # 25.99 % against 26.0 %
    assert pd.isna(mid["edition"])  # a missing edition is its own report, not dropped


def test_cagr_audit_never_compares_a_stated_period_with_other_years(forecasts):
    audit = cagr_audit(forecasts)
    gap = _row(audit, "Y")  # 28.5 % stated for 2024-2030; values for 2023 and 2028 only
    assert (gap["start_year"], gap["end_year"]) == (2023, 2028)
    assert gap["endpoints"].endswith("no values for the stated period 2024-2030): not checkable")
    assert gap["implied_cagr_pct"] == pytest.approx(100 * ((10000 / 1500) ** 0.2 - 1), rel=1e-12)
    assert pd.isna(gap["gap_pts"]) and bool(gap["flagged"]) is False and bool(gap["checkable"]) is False
    no_rate = _row(audit, "Z")
    assert no_rate["implied_cagr_pct"] == pytest.approx(100 * (9 ** 0.2 - 1), rel=1e-12)
    assert pd.isna(no_rate["gap_pts"]) and bool(no_rate["flagged"]) is False
    assert bool(no_rate["checkable"]) is False  # no stated rate: nothing to check
    one = _row(audit, "W")
    assert pd.isna(one["implied_cagr_pct"]) and one["endpoints"] == "one year only: no rate"
    assert bool(one["checkable"]) is False
    # the stated period when it has values, first and last year when no period is stated: checkable
    assert audit.set_index("publisher")["checkable"].to_dict() == {
        "GVR": True, "FBI": True, "X": True, "Y": False, "Z": False, "W": False}
    assert len(audit) == 6


def test_cagr_audit_keeps_regions_apart():
    # Market.us AI in film: North America 2023 beside the global 2024 and 2033 values (25.7 % stated).
    rows = _forecast_rows("M", "Film", "1", [(2024, 1800.0), (2033, 14100.0)], 25.7, (2024, 2033))
    rows += [{**rows[0], "region": "North America", "year": 2023, "value_usd_m": 500.0}]
    audit = cagr_audit(pd.DataFrame(rows)).set_index("region")
    assert round(audit.loc["Global", "implied_cagr_pct"], 1) == 25.7
    assert bool(audit.loc["Global", "flagged"]) is False
    assert audit.loc["North America", "endpoints"] == "one year only: no rate"


def test_cagr_audit_reports_bad_tables(forecasts):
    with pytest.raises(ValueError, match=r"lacks column\(s\) \['cagr_to'\]"):
        cagr_audit(forecasts.drop(columns="cagr_to"))
    repeated = pd.concat([forecasts, forecasts.iloc[[0]]])
    with pytest.raises(ValueError, match="GVR / AI video / 2025 / Global has a missing or repeated year"):
        cagr_audit(repeated)
    conflicting = forecasts.copy()
    conflicting.loc[1, "stated_cagr_pct"] = 30.0
    with pytest.raises(ValueError, match="several stated_cagr_pct values"):
        cagr_audit(conflicting)
    negative = forecasts.copy()
    negative.loc[2, "value_usd_m"] = 0.0
    with pytest.raises(ValueError, match="non-positive or missing value_usd_m in row 2"):
        cagr_audit(negative)


# --- named growth models --------------------------------------------------------------------------

def test_logistic_auto_start_reaches_the_nist_rat42_certified_fit():
    problem = load_nist("Rat42")  # y = b1 / (1 + exp(b2 - b3 x)): K = b1, r = b3, x0 = b2 / b3
    res = fit_growth(problem.x, problem.y, "logistic")
    b1, b2, b3 = problem.certified
    assert digits(res.params[["K", "r", "x0"]].to_numpy(), np.array([b1, b3, b2 / b3])) >= 6
    assert digits(res.bse[["K", "r"]].to_numpy(), problem.certified_sd[[0, 2]]) >= 4
    assert digits(res.ssr, problem.rss) >= 6
    assert res.model_name == "logistic"


def test_richards_auto_start_reaches_the_nist_rat43_certified_fit():
    problem = load_nist("Rat43")  # y = b1 / (1 + exp(b2 - b3 x))^(1/b4): K, r, x0 = b2/b3, nu = b4
    res = fit_growth(problem.x, problem.y, "richards")
    b1, b2, b3, b4 = problem.certified
    assert digits(res.params.to_numpy(), np.array([b1, b3, b2 / b3, b4])) >= 6
    assert digits(res.bse[["K", "r", "nu"]].to_numpy(), problem.certified_sd[[0, 2, 3]]) >= 4
    assert digits(res.ssr, problem.rss) >= 6


def _published_bass_table() -> dict[str, tuple[float, float, float]]:
    text = (BASS_DIR / "nls_summary.txt").read_text()
    rows = re.findall(r"^## ([MPQ]) (\S+) (\S+) (\S+) \S+", text, flags=re.MULTILINE)
    return {name.lower(): (float(est), float(se), float(t)) for name, est, se, t in rows}


def test_bass_reproduces_the_published_r_nls_fit():
    data = pd.read_csv(BASS_DIR / "sales.csv")
    res = fit_growth(data["t"], data["sales"], "bass")
    published = _published_bass_table()
    assert set(published) == {"m", "p", "q"}
    for name, (estimate, se, t_value) in published.items():
        assert float(f"{res.params[name]:.3g}") == estimate, name  # R prints 3 significant digits
        assert float(f"{res.bse[name]:.3g}") == se, name
        assert round(res.tvalues[name], 2) == t_value, name
    summary = (BASS_DIR / "nls_summary.txt").read_text()
    rse, dof = re.search(r"Residual standard error: (\S+) on (\d+) degrees", summary).groups()
    assert round(math.sqrt(res.sigma2)) == float(rse) and res.df_resid == int(dof)


@pytest.mark.parametrize(
    ("model", "truth"),
    [
        ("exponential", {"a": 3.0, "r": 0.25}),
        ("logistic", {"K": 500.0, "r": 0.7, "x0": 2028.0}),
        ("gompertz", {"K": 800.0, "r": 0.4, "x0": 2027.0}),
        ("richards", {"K": 600.0, "r": 0.5, "x0": 2029.0, "nu": 2.5}),
        ("bass", {"m": 1000.0, "p": 0.02, "q": 0.5}),
    ],
)
def test_every_model_recovers_known_parameters_from_automatic_starts(model, truth):
    origin = 2020.0 if model in ("exponential", "bass") else 0.0
    x = np.arange(2020.0, 2036.0)
    curve = GROWTH_MODELS[model].curve(origin)
    wiggle = 1 + 1e-4 * np.sin(3 * x)  # tiny multiplicative noise so the error variance is not zero
    res = fit_growth(x, curve(x, *truth.values()) * wiggle, model, origin=origin)
    assert list(res.params.index) == list(truth)
    np.testing.assert_allclose(res.params.to_numpy(), list(truth.values()), rtol=2e-3)


def test_exponential_carries_the_statsmodels_log_ols_cross_check():
    x = np.arange(2018.0, 2026.0)
    y = 120 * np.exp(0.3 * (x - 2018)) * (1 + 0.02 * np.cos(x))
    res = fit_growth(x, y, "exponential", origin=2018)
    slope, intercept = np.polyfit(x - 2018, np.log(y), 1)
    assert res.ols.params["x"] == pytest.approx(slope, rel=1e-12)
    assert math.exp(res.ols.params["const"]) == pytest.approx(math.exp(intercept), rel=1e-12)
    # Two estimators of the same rate on nearly exponential data: within a standard error of each other.
    assert abs(res.params["r"] - res.ols.params["x"]) < res.bse["r"] + res.ols.bse["x"]
    assert exponential_ols(x, y, origin=2018).params["x"] == pytest.approx(slope, rel=1e-12)


@pytest.mark.parametrize(
    ("x", "y", "model", "message"),
    [
        ([1, 2, 3], [1, 2, 3], "logistic", "has 3 parameters but only 3 points"),
        ([1, 2, 3, 4], [1, 2, np.inf, 4], "exponential", "y has a non-finite value at position 2"),
        ([1, 2, 3, 4], [1, 2, 0, 4], "gompertz", r"needs positive y; y\[2\] = 0.0"),
        ([1, 3, 2, 4], [1, 2, 3, 4], "exponential", "unsorted x at positions 1 and 2"),
        ([1, 2, 2, 4], [1, 2, 3, 4], "exponential", "duplicate x at positions 1 and 2"),
        ([1, 2, 3, 4, 5], [0, 0, 0, 0, 0], "bass", "non-negative y with at least one positive"),
        ([1, 2, 3, 4], [1, 2, 3], "logistic", "equal length"),
        ([1, 2, 3, 4, 5], [1, 2, 3, 4, 5], "weibull", "unknown growth model 'weibull'"),
    ],
)
def test_fit_growth_rejects_bad_series(x, y, model, message):
    with pytest.raises(ValueError, match=message):
        fit_growth(x, y, model)


def test_fit_growth_raises_fit_error_when_no_start_converges():
    problem = load_nist("Rat43")
    with pytest.raises(FitError, match="richards fit failed from 3 starting point"):
        fit_growth(problem.x, problem.y, "richards", max_nfev=2)


# --- compare_growth_models ------------------------------------------------------------------------

def test_compare_growth_models_orders_by_aicc_and_gives_horizon_intervals():
    problem = load_nist("Rat42")
    table = compare_growth_models(problem.x, problem.y, horizon=90)
    assert list(table["model"])[-1] == "exponential"
    assert table["aicc"].is_monotonic_increasing and table["rank"].tolist() == [1, 2, 3, 4]
    assert table["delta_aicc"].iloc[0] == 0.0
    from statsmodels.tools.eval_measures import aicc as reference_aicc

    row = table.set_index("model").loc["logistic"]  # n = 9, 3 curve parameters + the error variance
    llf = fit_growth(problem.x, problem.y, "logistic").llf
    assert row["aicc"] == pytest.approx(reference_aicc(llf, 9, 4), rel=1e-12) and row["df_resid"] == 6
    assert (table["lower"] < table["value"]).all() and (table["value"] < table["upper"]).all()
    logistic = table.set_index("model").loc["logistic"]
    res = fit_growth(problem.x, problem.y, "logistic")
    band = res.predict([90.0], interval="confidence").iloc[0]
    assert logistic["value"] == pytest.approx(band["mean"], rel=1e-12)
    assert logistic["upper"] == pytest.approx(band["upper"], rel=1e-12)
    assert logistic["aic"] == pytest.approx(res.aic, rel=1e-12)
    assert logistic["ssr"] == pytest.approx(problem.rss, rel=1e-6)
    assert logistic["parameters"].startswith("K=72.4622 (1.7), r=0.0673592")


def test_models_with_under_two_residual_degrees_of_freedom_are_never_ranked():
    # Five consensus points: a 3-parameter curve leaves n - k - 1 = 1, so its AICc is undefined and it
    # must not be called best however small its residuals; the 2-parameter exponential can be ranked.
    years = np.array([2025.0, 2026.0, 2027.0, 2029.0, 2032.0])
    values = 3000 / (1 + np.exp(-0.45 * (years - 2029))) + np.array([3.0, -2.0, 1.0, -4.0, 2.0])
    table = compare_growth_models(years, values, 2032, models=("logistic", "exponential"), origin=2025)
    rows = table.set_index("model")
    assert table["model"].iloc[0] == "exponential" and rows.loc["exponential", "rank"] == 1
    assert pd.isna(rows.loc["logistic", "aicc"]) and pd.isna(rows.loc["logistic", "rank"])
    assert "n - k - 1 = 0" in rows.loc["logistic", "note"] and rows.loc["logistic", "converged"]
    four = compare_growth_models(years[:4], values[:4], 2032, models=("exponential",), origin=2025)
    assert four["df_resid"].iloc[0] == 2 and four["aicc"].isna().all() and four["rank"].isna().all()


def test_compare_growth_models_prediction_interval_is_wider_than_confidence():
    problem = load_nist("Rat42")
    confidence = compare_growth_models(problem.x, problem.y, 90, models=("logistic",)).iloc[0]
    prediction = compare_growth_models(problem.x, problem.y, 90, models=("logistic",),
                                       interval="prediction").iloc[0]
    assert prediction["upper"] - prediction["lower"] > confidence["upper"] - confidence["lower"]
    with pytest.raises(ValueError, match="unknown growth model"):
        compare_growth_models(problem.x, problem.y, 90, models=("logistic", "linear"))


def test_compare_growth_models_keeps_failed_fits_last_with_their_reason(monkeypatch):
    from videomarket.growth import _compare

    real_fit = _compare.fit_growth

    def gompertz_fails(x, y, model, **kwargs):
        if model == "gompertz":
            raise FitError("gompertz fit failed from 3 starting point(s): test double")
        return real_fit(x, y, model, **kwargs)

    monkeypatch.setattr(_compare, "fit_growth", gompertz_fails)
    problem = load_nist("Rat42")
    table = compare_growth_models(problem.x, problem.y, 90, models=("gompertz", "exponential", "logistic"))
    assert list(table["model"]) == ["logistic", "exponential", "gompertz"]
    failed = table.iloc[-1]
    assert bool(failed["converged"]) is False and pd.isna(failed["aic"]) and "test double" in failed["note"]


def test_importing_growth_modules_stays_light(tmp_path):
    code = (
        "import sys\n"
        "import videomarket.growth, videomarket.growth._nls, videomarket.growth._models\n"
        "import videomarket.growth._results, videomarket.growth._cagr, videomarket.growth._numdiff\n"
        "import videomarket.growth._problem\n"
        "print(','.join(m for m in ('scipy', 'statsmodels', 'matplotlib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""


def test_project_refuses_a_percent_typed_as_a_fraction():
    with pytest.raises(ValueError, match=r"0.20 for 20 % a year \(pass 0.2 if you meant 20 %\)"):
        project(716.8, 20, 7)
    assert project(716.8, 1.0, 1) == pytest.approx(1433.6)  # doubling is still allowed
# --- errors that say why, and the fix -------------------------------------------------------------------


@pytest.mark.parametrize("model", ["logistic", "gompertz", "richards"])
def test_s_curves_on_decreasing_data_say_growth_curves_need_increasing_data(model: str) -> None:
    with pytest.raises(FitError) as caught:
        fit_growth([0, 1, 2, 3, 4, 5], [100, 80, 60, 50, 40, 30], model)
    message = str(caught.value)
    assert "growth curves need increasing data" in message
    assert "100 at x = 0, 30 at x = 5" in message and "'exponential'" in message


def test_decreasing_data_still_fits_an_exponential_decay_and_the_comparison_keeps_the_reasons() -> None:
    x, y = [0, 1, 2, 3, 4, 5], [100, 80, 60, 50, 40, 30]
    assert fit_growth(x, y, "exponential").params["r"] < 0
    table = compare_growth_models(x, y, 8, models=("exponential", "logistic")).set_index("model")
    assert bool(table.loc["exponential", "converged"]) and not bool(table.loc["logistic", "converged"])
    assert "need increasing data" in table.loc["logistic", "note"]


@pytest.mark.parametrize("model", ["exponential", "bass"])
def test_calendar_years_without_origin_suggest_an_origin(model: str) -> None:
    years = np.arange(2020.0, 2026.0)
    values = [100, 120, 144, 172.8, 207.4, 248.8] if model == "exponential" else [5, 12, 20, 18, 10, 4]
    with pytest.raises(FitError) as caught:
        fit_growth(years, values, model)
    first_line = str(caught.value).splitlines()[0]
    assert first_line.startswith(f"{model} fit failed: x starts at 2020, 2020 units from origin=0")
    assert "origin=2020" in first_line and "subtract it (x - 2020)" in first_line
    assert fit_growth(years, values, model, origin=2020).model_name == model  # the fix works


def test_calendar_years_hint_also_replaces_a_bare_non_finite_start_error() -> None:
    t = np.arange(12.0)
    with pytest.raises(FitError, match="pass origin=2015"):
        fit_growth(t + 2015, 50 / (1 + np.exp(-0.9 * (t - 6))) + 5, "exponential")


def test_flat_data_is_called_flat_and_text_is_not_a_number() -> None:
    with pytest.raises(FitError, match=r"need increasing data, .*\(least-squares trend: flat\)"):
        fit_growth([0, 1, 2, 3, 4], [5, 5, 5, 5, 5], "logistic")
    with pytest.raises(ValueError, match="x and y must be numbers"):
        fit_growth(["a", "b", "c", "d"], [1, 2, 3, 4], "exponential")
