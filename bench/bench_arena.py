"""Benchmark: 1,000 bootstrap rounds of the arena fit against ONE per-battle logistic regression.

Data: the Chatbot Arena counts in ``data/raw/chatbot-arena/`` (1,670,250 battles, 129 models,
3,460 pairs; both kinds of tie counted as half a win each way, as LMSYS did).

- ``bootstrap``: ``videomarket.arena.bootstrap_ratings(counts, rounds=1000)`` anchored at
  mixtral-8x7b-instruct-v0.1 = 1114 (LMSYS's convention): the point fit plus 1,000 resampled fits.
- ``statsmodels``: one plain maximum-likelihood logistic regression of the same battles, one row per
  battle: ``statsmodels.api.GLM(y, X, family=Binomial()).fit()`` (IRLS). ``X`` has a column per model
  except the anchor (the reference, so coefficients are log-odds relative to it): +1 for model_a,
  -1 for model_b. ``y`` is 1 when model_a won, 0 when model_b won and 0.5 for a tie: a Binomial
  observation of 0.5 has exactly the log-likelihood of half a win plus half a loss, so this equals
  the usual trick of duplicating each tie into two half-weighted rows (y=1 and y=0) without doubling
  the matrix. Building the design is timed separately; the fit time is the number compared.

Each method runs in a fresh subprocess so that its peak memory (``resource.getrusage(...).ru_maxrss``,
which includes loading the data) is its own. Each child does a small warm-up (imports, caches),
then ``repeats`` timed runs; the median is reported. The statsmodels fit is timed ``glm_repeats``
times (default 1: it is the slow side, and one run only flatters it by dropping no outliers).

Run it: ``.venv/bin/python bench/bench_arena.py [--repeats 3] [--glm-repeats 1] [--glm-timeout S]``;
or call ``run(repeats=...)`` from ``bench/run.py``, which returns the measurements as a dict. Needs
about 18 GB of free memory for the statsmodels side and several minutes; with less, that side is
skipped and the reason recorded (the bootstrap figures are still returned). With a deadline (``run``)
or ``--glm-timeout``, a GLM still fitting is stopped and its fit time so far reported as a lower
bound, with the peak memory it had reached (see ``watched.py``).

Measured 2026-11-24 (2 vCPUs, 23 GB, shared with other jobs, so times vary by ~2x):
bootstrap 1,000 rounds 5.9-10.1 s, peak 282 MB; statsmodels GLM one fit 242-392 s (4 IRLS
iterations), peak 17.3 GB (the dense 1.67M x 128 design alone is 1.6 GB); ratio 0.02-0.04;
the two maximum-likelihood ratings agree to 1.4e-12 points. Again 2026-11-24 under load average ~5:
bootstrap 3.70 s (median of 3), statsmodels one fit 702 s, peak 17,305 MB, agreement 1.36e-12.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import watched

from videomarket import arena

ANCHOR = ("mixtral-8x7b-instruct-v0.1", 1114.0)
ROUNDS = 1000
STATSMODELS_NEEDS_MB = 18_500  # measured peak 17.3 GB (see above) plus headroom


def load_counts(path: Path | None = None) -> pd.DataFrame:
    """Chatbot Arena pair counts as arena votes (:func:`videomarket.arena.load_chatbot_arena_counts`)."""
    return arena.load_chatbot_arena_counts(path)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def child_bootstrap(repeats: int) -> dict:
    """Time ``bootstrap_ratings`` with 1,000 rounds; report point ratings for the agreement check."""
    counts = load_counts()
    arena.bootstrap_ratings(counts, rounds=20, seed=1, anchor=ANCHOR)  # warm-up: imports, first calls
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        table = arena.bootstrap_ratings(counts, rounds=ROUNDS, seed=0, anchor=ANCHOR)
        times.append(time.perf_counter() - start)
    return {
        "times": times,
        "peak_mb": _peak_mb(),
        "battles": int(counts[["wins_a", "wins_b", "ties"]].to_numpy().sum()),
        "ratings": dict(zip(table["model"], table["rating"], strict=True)),
        "mean_ci_width": float((table["ci_high"] - table["ci_low"]).mean()),
    }


def battle_design(counts: pd.DataFrame, reference: str) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """One row per battle: X (+1 model_a, -1 model_b, reference column dropped) and y (1, 0, 0.5)."""
    models = sorted(set(counts["model_a"]) | set(counts["model_b"]))
    columns = [m for m in models if m != reference]
    column_of = {m: i for i, m in enumerate(columns)}
    per_pair = counts[["wins_a", "wins_b", "ties"]].to_numpy(dtype=np.int64)
    rows_per_pair = per_pair.sum(axis=1)
    y = np.concatenate([np.repeat([1.0, 0.0, 0.5], counts_row) for counts_row in per_pair])
    x = np.zeros((int(rows_per_pair.sum()), len(columns)))
    row_start = np.concatenate([[0], np.cumsum(rows_per_pair)])
    for k, (a, b) in enumerate(zip(counts["model_a"], counts["model_b"], strict=True)):
        block = slice(row_start[k], row_start[k + 1])
        if a != reference:
            x[block, column_of[a]] = 1.0
        if b != reference:
            x[block, column_of[b]] = -1.0
    return x, y, columns


def child_statsmodels(repeats: int) -> dict:
    """Time one statsmodels GLM Binomial fit on the per-battle design; report its ratings."""
    import statsmodels.api as sm

    counts = load_counts()
    start = time.perf_counter()
    x, y, columns = battle_design(counts, ANCHOR[0])
    design_seconds = time.perf_counter() - start
    sm.GLM(y[:20_000], x[:20_000], family=sm.families.Binomial()).fit()  # warm-up on a slice
    print(json.dumps(watched.TIMING_EVENT), flush=True)  # lets the parent bound a fit it has to stop
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = sm.GLM(y, x, family=sm.families.Binomial()).fit()
        times.append(time.perf_counter() - start)
    per_log_odds = 400 / np.log(10)
    coefficients = dict(zip(columns, result.params, strict=True))
    ratings = {ANCHOR[0]: ANCHOR[1], **{m: ANCHOR[1] + per_log_odds * c for m, c in coefficients.items()}}
    return {
        "times": times,
        "peak_mb": _peak_mb(),
        "design_seconds": design_seconds,
        "rows": int(x.shape[0]),
        "columns": int(x.shape[1]),
        "design_mb": x.nbytes / 2**20,
        "iterations": int(result.fit_history["iteration"]),
        "ratings": ratings,
    }


def _in_subprocess(method: str, repeats: int, deadline: float | None = None) -> watched.Finished:
    command = [sys.executable, __file__, "--child", method, "--repeats", str(repeats)]
    try:
        return watched.run_child(command, deadline)
    except watched.ChildTimedOut:
        raise
    except RuntimeError as exc:
        raise RuntimeError(f"{method}: {exc}") from exc


def available_mb() -> float | None:
    """MemAvailable from /proc/meminfo in MB (None where there is no /proc, e.g. macOS)."""
    try:
        lines = Path("/proc/meminfo").read_text(encoding="ascii").splitlines()
    except OSError:
        return None
    fields = dict(line.split(":", 1) for line in lines if ":" in line)
    return int(fields["MemAvailable"].split()[0]) / 1024 if "MemAvailable" in fields else None


def run(
    repeats: int = 3, glm_repeats: int = 1, statsmodels: bool = True, deadline: float | None = None
) -> dict:
    """Run both methods in fresh subprocesses; return times (s), peak memory (MB), ratio, agreement.

    The statsmodels side is skipped (``statsmodels_skipped`` says why) when ``statsmodels`` is False
    or less than ``STATSMODELS_NEEDS_MB`` is available, and a failed or killed child is reported as
    ``statsmodels_error`` instead of raising: the bootstrap figures are returned either way. When
    ``time.monotonic()`` passes ``deadline`` the statsmodels child is stopped and
    ``statsmodels_stopped`` holds how long its fit had run (a lower bound on the fit time), the peak
    memory seen so far and the resulting upper bound on the ratio.
    """
    boot = _in_subprocess("bootstrap", repeats).result
    boot_median = statistics.median(boot["times"])
    result = {
        "battles": boot["battles"],
        "models": len(boot["ratings"]),
        "bootstrap_rounds": ROUNDS,
        "bootstrap_seconds": boot_median,
        "bootstrap_times": boot["times"],
        "bootstrap_peak_mb": boot["peak_mb"],
        "mean_ci_width": boot["mean_ci_width"],
    }
    if not statsmodels:
        result["statsmodels_skipped"] = "not requested"
        return result
    free_mb = available_mb()
    result["available_mb_before_statsmodels"] = free_mb
    if free_mb is not None and free_mb < STATSMODELS_NEEDS_MB:
        result["statsmodels_skipped"] = (
            f"needs about {STATSMODELS_NEEDS_MB / 1024:.0f} GB of free memory, "
            f"only {free_mb / 1024:.1f} GB available"
        )
        return result
    try:
        glm = _in_subprocess("statsmodels", glm_repeats, deadline).result
    except watched.ChildTimedOut as stop:
        result["statsmodels_stopped"] = {
            "waited_s": stop.waited_s, "fit_s_at_least": stop.timed_s, "peak_mb_at_least": stop.peak_mb,
            "ratio_below": boot_median / stop.timed_s if stop.timed_s else None, "reason": str(stop),
        }
        return result
    except RuntimeError as exc:
        result["statsmodels_error"] = str(exc)
        return result
    common = sorted(boot["ratings"])
    glm_median = statistics.median(glm["times"])
    if glm["rows"] != boot["battles"]:
        raise RuntimeError(f"the GLM saw {glm['rows']:,} battles, the bootstrap {boot['battles']:,}")
    result.update({
        "statsmodels_seconds": glm_median,
        "statsmodels_times": glm["times"],
        "statsmodels_design_seconds": glm["design_seconds"],
        "statsmodels_design_mb": glm["design_mb"],
        "statsmodels_iterations": glm["iterations"],
        "statsmodels_peak_mb": glm["peak_mb"],
        "ratio": boot_median / glm_median,
        "max_abs_rating_difference": max(abs(boot["ratings"][m] - glm["ratings"][m]) for m in common),
    })
    return result


def _report(result: dict) -> str:
    lines = [
        f"Chatbot Arena: {result['battles']:,} battles, {result['models']} models",
        f"bootstrap ({result['bootstrap_rounds']} rounds): {result['bootstrap_seconds']:.2f} s median "
        f"of {len(result['bootstrap_times'])}, peak {result['bootstrap_peak_mb']:.0f} MB",
    ]
    if "ratio" not in result:
        stopped = result.get("statsmodels_stopped", {}).get("reason")
        reason = result.get("statsmodels_skipped") or result.get("statsmodels_error") or stopped
        return "\n".join([*lines, f"statsmodels GLM not measured: {reason}"])
    return "\n".join([
        *lines,
        f"statsmodels GLM (one fit): {result['statsmodels_seconds']:.2f} s "
        f"median of {len(result['statsmodels_times'])} ({result['statsmodels_iterations']} IRLS iterations), "
        f"peak {result['statsmodels_peak_mb']:.0f} MB (design {result['statsmodels_design_mb']:.0f} MB, "
        f"built in {result['statsmodels_design_seconds']:.1f} s, not timed)",
        f"ratio bootstrap / statsmodels: {result['ratio']:.3f} (target < 1)",
        f"max |rating difference| between the two fits: {result['max_abs_rating_difference']:.2e} points",
    ])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--glm-repeats", type=int, default=1)
    parser.add_argument("--glm-timeout", type=float, default=None, help="stop the GLM after this many s")
    parser.add_argument("--child", choices=["bootstrap", "statsmodels"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child == "bootstrap":
        print(json.dumps(child_bootstrap(args.repeats)))
    elif args.child == "statsmodels":
        print(json.dumps(child_statsmodels(args.repeats)))
    else:
        deadline = None if args.glm_timeout is None else time.monotonic() + args.glm_timeout
        print(_report(run(repeats=args.repeats, glm_repeats=args.glm_repeats, deadline=deadline)))


if __name__ == "__main__":
    main()
