"""Benchmark growth fits: ``compare_growth_models`` on the market series, per call (issue 9, item 5).

The series: the narrow market definition (``definition == "ai-video-generator"``, Global) in
``data.load_forecasts()``, one point per year, the median of the values every publisher and edition
gives for that year (computed here as benchmark input, not a published figure). ``x`` is the calendar
year, ``origin`` the first year, ``horizon`` 2032 (the headline claim's end year).

- ``compare``: ``growth.compare_growth_models(x, y, horizon, origin=...)`` with its default models
  (exponential, logistic, gompertz, richards): automatic starts, robust retries, Ridders Jacobians,
  standard errors, AIC/BIC and a confidence band at the horizon for each.
- ``curve_fit`` (baseline): ONE ``scipy.optimize.curve_fit`` of the logistic K/(1+exp(-r(x-x0))) on
  the same points from a hand-chosen start, returning parameters and covariance only.
- ``fit_growth``: ``growth.fit_growth(x, y, "logistic")``, the like-for-like single-model figure.

Runs in a fresh subprocess: its first call (which pays for importing scipy and statsmodels) is reported
separately, then one more warm-up call of each, then medians of ``repeats`` timed calls (the cheap
``curve_fit`` is timed ``20 * repeats`` times). Also checks that the baseline found the same logistic
as ``fit_growth`` (largest relative parameter difference).

Run it: ``.venv/bin/python bench/bench_growth.py [--repeats 9]``; or ``run(repeats=9)`` from
``bench/run.py``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import numpy as np

DEFINITION = "ai-video-generator"
HORIZON = 2032.0


def market_series() -> tuple[np.ndarray, np.ndarray]:
    """Years and the per-year median forecast value (USD million) of the narrow market definition."""
    from videomarket import data

    forecasts = data.load_forecasts()
    narrow = forecasts[(forecasts["definition"] == DEFINITION) & (forecasts["region"] == "Global")]
    by_year = narrow.groupby("year")["value_usd_m"].median().sort_index()
    return by_year.index.to_numpy(dtype=float), by_year.to_numpy(dtype=float)


def _logistic(x: np.ndarray, k: float, r: float, x0: float) -> np.ndarray:
    return k / (1.0 + np.exp(-r * (x - x0)))


def _seconds(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def child(repeats: int) -> dict:
    """Time the three calls in this (fresh) process; see the module docstring."""
    x, y = market_series()
    origin = float(x[0])
    start = [2.0 * y.max(), 0.5, float(x.mean())]

    def compare():
        from videomarket import growth

        return growth.compare_growth_models(x, y, HORIZON, origin=origin)

    def baseline():
        from scipy.optimize import curve_fit

        return curve_fit(_logistic, x, y, p0=start, maxfev=10_000)

    def single():
        from videomarket import growth

        return growth.fit_growth(x, y, "logistic")

    first_compare = _seconds(compare)  # includes importing scipy and statsmodels
    for call in (compare, baseline, single):  # warm-up
        call()
    compare_times = [_seconds(compare) for _ in range(repeats)]
    baseline_times = [_seconds(baseline) for _ in range(20 * repeats)]
    single_times = [_seconds(single) for _ in range(repeats)]

    table = compare()
    ours = single().params.to_numpy()
    theirs = baseline()[0]
    return {
        "points": len(x),
        "years": [int(v) for v in x],
        "values": [float(v) for v in y],
        "origin": origin,
        "horizon": HORIZON,
        "models": table["model"].tolist(),
        "converged": table["converged"].tolist(),
        "best_model": str(table["model"].iloc[0]),
        "first_compare_s": first_compare,
        "compare_times": compare_times,
        "baseline_times": baseline_times,
        "single_times": single_times,
        "logistic_max_rel_diff": float(np.max(np.abs(ours - theirs) / np.abs(ours))),
    }


def run(repeats: int = 9) -> dict:
    """Run :func:`child` in a fresh interpreter; return medians (seconds), ratios and checks."""
    completed = subprocess.run(
        [sys.executable, __file__, "--child", "--repeats", str(repeats)],
        capture_output=True, text=True, check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"growth child failed (exit {completed.returncode}):\n{completed.stderr[-3000:]}")
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    result["repeats"] = repeats
    result["compare_s"] = statistics.median(result["compare_times"])
    result["baseline_s"] = statistics.median(result["baseline_times"])
    result["single_s"] = statistics.median(result["single_times"])
    result["compare_over_baseline"] = result["compare_s"] / result["baseline_s"]
    result["single_over_baseline"] = result["single_s"] / result["baseline_s"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.repeats)))
        return
    result = run(args.repeats)
    span = f"{result['years'][0]}-{result['years'][-1]}"
    print(f"{result['points']} points {span}, best: {result['best_model']}")
    print(f"compare_growth_models: {result['compare_s'] * 1000:.1f} ms per call "
          f"(first call {result['first_compare_s']:.2f} s)")
    print(f"fit_growth logistic:   {result['single_s'] * 1000:.1f} ms per call")
    print(f"curve_fit logistic:    {result['baseline_s'] * 1000:.2f} ms per call")
    print(f"ratio compare / curve_fit: {result['compare_over_baseline']:.0f}; "
          f"logistic parameters agree to {result['logistic_max_rel_diff']:.1e}")


if __name__ == "__main__":
    main()
