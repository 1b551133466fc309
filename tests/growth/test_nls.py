"""fit_curve against published reference results: NIST StRD certified fits from both official starts,
statsmodels OLS/WLS for a model linear in its parameters, and the non-convergence path."""

from __future__ import annotations

import math

import numpy as np
import pytest
from reference.strd import digits, load_nist

from videomarket.growth._nls import FitError, fit_curve

# The model formulas, transcribed from the 'Model:' section of each file.
NIST_MODELS = {
    "Misra1a": lambda x, b1, b2: b1 * (1 - np.exp(-b2 * x)),
    "Misra1b": lambda x, b1, b2: b1 * (1 - (1 + b2 * x / 2) ** (-2)),
    "Chwirut2": lambda x, b1, b2, b3: np.exp(-b1 * x) / (b2 + b3 * x),
    "DanWood": lambda x, b1, b2: b1 * x**b2,
    "Rat42": lambda x, b1, b2, b3: b1 / (1 + np.exp(b2 - b3 * x)),
    "Rat43": lambda x, b1, b2, b3, b4: b1 / ((1 + np.exp(b2 - b3 * x)) ** (1 / b4)),
    "MGH09": lambda x, b1, b2, b3, b4: b1 * (x**2 + x * b2) / (x**2 + x * b3 + b4),
    "MGH10": lambda x, b1, b2, b3: b1 * np.exp(b2 / (x + b3)),
    "Thurber": lambda x, b1, b2, b3, b4, b5, b6, b7: (b1 + b2 * x + b3 * x**2 + b4 * x**3)
    / (1 + b5 * x + b6 * x**2 + b7 * x**3),
    "BoxBOD": lambda x, b1, b2: b1 * (1 - np.exp(-b2 * x)),
    "Eckerle4": lambda x, b1, b2, b3: (b1 / b2) * np.exp(-0.5 * ((x - b3) / b2) ** 2),
    "Bennett5": lambda x, b1, b2, b3: b1 * (b2 + x) ** (-1 / b3),
}


def test_nist_files_parse_to_their_declared_shapes():
    # The 'Degrees of Freedom' lines are not used: Rat43.dat prints 9 where n - k = 15 - 4 = 11, and its
    # certified residual standard deviation is sqrt(RSS / 11); n - k is checked through that instead.
    for name in NIST_MODELS:
        problem = load_nist(name)
        assert len(problem.x) == len(problem.y) == problem.nobs, name
        dof = problem.nobs - len(problem.certified)
        assert math.isclose(math.sqrt(problem.rss / dof), problem.residual_sd, rel_tol=1e-9), name


@pytest.mark.parametrize("start", [1, 2], ids=["start1", "start2"])
@pytest.mark.parametrize("name", list(NIST_MODELS))
def test_nist_certified_values_from_both_official_starts(name: str, start: int):
    problem = load_nist(name)
    res = fit_curve(NIST_MODELS[name], problem.x, problem.y, problem.starts[:, start - 1])
    assert res.converged
    assert digits(res.params.to_numpy(), problem.certified) >= 6
    assert digits(res.bse.to_numpy(), problem.certified_sd) >= 4
    assert digits(res.ssr, problem.rss) >= 6
    assert digits(math.sqrt(res.sigma2), problem.residual_sd) >= 6
    assert res.df_resid == problem.nobs - len(problem.certified)


def test_bounds_path_reaches_the_certified_values_too():
    problem = load_nist("Rat43")
    res = fit_curve(NIST_MODELS["Rat43"], problem.x, problem.y, problem.starts[:, 1],
                    bounds=([0, 0, 0, 0.1], [1e4, 100, 10, 10]))
    assert digits(res.params.to_numpy(), problem.certified) >= 6
    assert digits(res.bse.to_numpy(), problem.certified_sd) >= 4


def test_evaluation_limit_raises_fit_error_instead_of_returning_the_last_point():
    problem = load_nist("Misra1a")
    with pytest.raises(FitError, match="evaluation limit reached at a point that is not a minimum"):
        fit_curve(NIST_MODELS["Misra1a"], problem.x, problem.y, problem.starts[:, 0], max_nfev=3)


def test_hard_problem_with_too_small_budget_raises_on_every_retry():
    problem = load_nist("MGH10")
    with pytest.raises(FitError) as caught:
        fit_curve(NIST_MODELS["MGH10"], problem.x, problem.y, problem.starts[:, 0], max_nfev=100)
    message = str(caught.value)
    assert "first attempt" in message and "soft-L1 retry" in message and "perturbed start 6" in message


def test_unidentifiable_model_raises_and_names_the_singular_jacobian():
    problem = load_nist("DanWood")
    # Only the product a·b is identified: every attempt ends where the Jacobian has rank 1.
    with pytest.raises(FitError, match=r"singular \(rank 1 of 2\)") as caught:
        fit_curve(lambda x, a, b: a * b * x, problem.x, problem.y, [1.0, 2.0])
    assert "perturbed start 6" in str(caught.value)


def test_minimum_outside_the_bounds_raises_instead_of_reporting_the_bound():
    problem = load_nist("Misra1a")  # certified b1 = 238.94
    with pytest.raises(FitError, match="b1 ended on its bound \\(200\\)"):
        fit_curve(NIST_MODELS["Misra1a"], problem.x, problem.y, [150, 5e-4], bounds=([0, 0], [200, 1]))


def test_retry_rescues_a_start_where_the_model_is_flat():
    problem = load_nist("BoxBOD")
    # At b1 = b2 = 0 both derivatives vanish, so the first attempt cannot move; a perturbed start can.
    res = fit_curve(NIST_MODELS["BoxBOD"], problem.x, problem.y, [0.0, 0.0])
    assert res.method.startswith("perturbed start")
    assert digits(res.params.to_numpy(), problem.certified) >= 6


def _line(x, a, b):
    return a + b * x


@pytest.fixture(scope="module")
def linear_case():
    import statsmodels.api as sm

    problem = load_nist("DanWood")  # small real data set; any model linear in its parameters will do
    x, y = np.log(problem.x), np.log(problem.y) + 0.01 * np.sin(7 * problem.x)
    res = fit_curve(_line, x, y, [1.0, 1.0], names=["a", "b"])
    ols = sm.OLS(y, sm.add_constant(x)).fit()
    return res, ols, sm


def test_linear_model_matches_statsmodels_ols_estimates(linear_case):
    res, ols, _ = linear_case
    np.testing.assert_allclose(res.params.to_numpy(), ols.params, rtol=1e-9)
    np.testing.assert_allclose(res.bse.to_numpy(), ols.bse, rtol=1e-8)
    np.testing.assert_allclose(res.conf_int(0.1).to_numpy(), ols.conf_int(0.1), rtol=1e-8)
    np.testing.assert_allclose(res.pvalues.to_numpy(), ols.pvalues, rtol=1e-6)
    np.testing.assert_allclose(res.cov_params().to_numpy(), ols.cov_params(), rtol=1e-8)
    assert res.ssr == pytest.approx(ols.ssr, rel=1e-12)
    assert res.sigma2 == pytest.approx(ols.scale, rel=1e-12)
    assert res.llf == pytest.approx(ols.llf, rel=1e-12)
    assert res.aic == pytest.approx(ols.aic, rel=1e-12)
    assert res.bic == pytest.approx(ols.bic, rel=1e-12)
    np.testing.assert_allclose(res.resid.to_numpy(), ols.resid, atol=1e-12)


@pytest.mark.parametrize("alpha", [0.05, 0.2])
def test_delta_method_bands_match_statsmodels_get_prediction(linear_case, alpha):
    res, ols, sm = linear_case
    new_x = np.array([-0.5, 0.3, 0.9, 1.4, 3.0])
    frame = ols.get_prediction(sm.add_constant(new_x)).summary_frame(alpha=alpha)
    confidence = res.predict(new_x, interval="confidence", alpha=alpha)
    prediction = res.predict(new_x, interval="prediction", alpha=alpha)
    np.testing.assert_allclose(confidence["mean"], frame["mean"], rtol=0, atol=1e-8)
    np.testing.assert_allclose(confidence["lower"], frame["mean_ci_lower"], rtol=0, atol=1e-8)
    np.testing.assert_allclose(confidence["upper"], frame["mean_ci_upper"], rtol=0, atol=1e-8)
    np.testing.assert_allclose(prediction["lower"], frame["obs_ci_lower"], rtol=0, atol=1e-8)
    np.testing.assert_allclose(prediction["upper"], frame["obs_ci_upper"], rtol=0, atol=1e-8)
    assert list(confidence.index) == list(new_x)


def test_sigma_weights_match_statsmodels_wls():
    import statsmodels.api as sm

    problem = load_nist("Chwirut2")
    x, y = problem.x, problem.y
    sigma = 0.5 + 0.1 * x
    res = fit_curve(_line, x, y, [80, -10], names=["a", "b"], sigma=sigma)
    wls = sm.WLS(y, sm.add_constant(x), weights=1 / sigma**2).fit()
    np.testing.assert_allclose(res.params.to_numpy(), wls.params, rtol=1e-9)
    np.testing.assert_allclose(res.bse.to_numpy(), wls.bse, rtol=1e-8)
    assert res.llf == pytest.approx(wls.llf, rel=1e-10)
    assert res.aic == pytest.approx(wls.aic, rel=1e-10)


def test_summary_and_names_follow_the_statsmodels_shape():
    problem = load_nist("Misra1a")
    res = fit_curve(NIST_MODELS["Misra1a"], problem.x, problem.y, problem.starts[:, 1],
                    names=["Asym", "rate"])
    assert list(res.params.index) == ["Asym", "rate"] == list(res.bse.index)
    assert list(res.conf_int().columns) == [0, 1]
    text = res.summary()
    assert "Asym" in text and "rate" in text and "Converged: True" in text
    assert res.nobs == 14 and res.df_model == 2
    np.testing.assert_allclose(res.fittedvalues + res.resid, problem.y, rtol=1e-12)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"x": [1.0, 2.0], "y": [1.0, 2.0]}, "need more points than parameters"),
        ({"y": [1.0, np.nan, 3.0, 4.0]}, r"y has a non-finite value at position 1"),
        ({"x": [1.0, 2.0, 3.0]}, "x has 3 values but y has 4"),
        ({"names": ["a"]}, "names must be 2 distinct labels"),
        ({"names": ["a", "a"]}, "names must be 2 distinct labels"),
        ({"sigma": [1.0, 0.0, 1.0, 1.0]}, "sigma must be positive and finite; position 1"),
        ({"bounds": ([0, 5], [10, 10])}, "p0 for b2 .* outside its bounds"),
        ({"p0": [1.0, "x"]}, "p0 must be numbers"),
        ({"param_scale": [1.0, -2.0]}, "param_scale must be positive"),
    ],
)
def test_bad_input_raises_a_clear_value_error(kwargs, message):
    args = {"x": [1.0, 2.0, 3.0, 4.0], "y": [2.0, 4.1, 5.9, 8.2], "p0": [0.0, 1.0]}
    args.update(kwargs)
    with pytest.raises(ValueError, match=message):
        fit_curve(_line, args["x"], args["y"], args["p0"], names=args.get("names"), sigma=args.get("sigma"),
                  bounds=args.get("bounds"), param_scale=args.get("param_scale"))


def test_func_that_is_not_finite_at_the_start_is_reported():
    with pytest.raises(ValueError, match=r"func is not finite at p0 for x\[0\]"):
        fit_curve(lambda x, a, b: a * np.log(x - b), [1.0, 2, 3, 4], [0.0, 1, 2, 3], [1.0, 1.0])


def test_predict_rejects_unknown_interval_and_bad_alpha():
    res = fit_curve(_line, [1.0, 2, 3, 4], [2.0, 4.1, 5.9, 8.2], [0.0, 1.0])
    with pytest.raises(ValueError, match="interval must be None"):
        res.predict([5.0], interval="credible")
    with pytest.raises(ValueError, match="alpha must lie strictly between 0 and 1"):
        res.predict([5.0], interval="confidence", alpha=1.5)
