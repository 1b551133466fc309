"""Benchmark the report build (issue 6): how much faster than plain nbconvert, and how cheap a no-op is.

Measures, as wall-clock medians over ``repeats`` runs after one warm-up run each:

- cold build: ``videomarket report --force`` over every notebook (parallel, ``--jobs`` = cores);
- baseline: ``jupyter nbconvert --execute --to html`` on the same notebooks, one after another;
- no-change rebuild: ``videomarket report`` right after a build (nothing to execute).

Reports go to ``bench/.work/`` (git-ignored), never to ``reports/``. ``videomarket report`` is run as
``python -m videomarket.report`` (the same ``report.main``; the console script only dispatches to it).

Usage::

    .venv/bin/python bench/bench_reports.py                       # notebooks/ , 3 repeats
    .venv/bin/python bench/bench_reports.py --repeats 5 --notebooks-dir tests/fixtures/notebooks

From Python (for bench/run.py)::

    from bench_reports import run
    result = run(repeats=3)   # {"cold_s": ..., "nbconvert_s": ..., "no_change_s": ..., ratios ...}
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "bench" / ".work" / "reports"
BIN = Path(sys.executable).parent


def _timed(command: list[str]) -> float:
    return _timed_with_output(command)[0]


def _timed_with_output(command: list[str]) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
    return time.perf_counter() - started, result.stdout


def _no_change(notebooks_dir: Path, reports_dir: Path, attempts: int = 5) -> float:
    """Time a run that executes nothing. Other people editing src/ or data/ meanwhile legitimately
    invalidate the cache; such a run is discarded and retried, never counted."""
    command = _report_command(notebooks_dir, reports_dir)
    for _ in range(attempts):
        _timed(command)  # bring everything up to date
        seconds, output = _timed_with_output(command)
        if ": built" not in output:
            return seconds
    raise RuntimeError("inputs kept changing during the no-change measurement; rerun on a quiet tree")


def _report_command(notebooks_dir: Path, reports_dir: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "videomarket.report",
        "--notebooks-dir",
        str(notebooks_dir),
        "--reports-dir",
        str(reports_dir),
        *extra,
    ]


def _nbconvert_sequential(notebooks: list[Path], out_dir: Path) -> float:
    jupyter = str(BIN / "jupyter")
    total = 0.0
    for notebook in notebooks:
        total += _timed(
            [jupyter, "nbconvert", "--execute", "--to", "html", "--output-dir", str(out_dir), str(notebook)]
        )
    return total


def _median(measure: Callable[[], float], repeats: int) -> float:
    measure()  # warm-up: file caches, .pyc files, the kernel's first start
    return statistics.median(measure() for _ in range(repeats))


def run(repeats: int = 3, notebooks_dir: Path | None = None) -> dict[str, float | int | str]:
    """Run the three measurements; returns medians in seconds and the two ratios."""
    notebooks_dir = (notebooks_dir or ROOT / "notebooks").resolve()
    notebooks = sorted(notebooks_dir.glob("*.ipynb"))
    if not notebooks:
        raise ValueError(f"no notebooks in {notebooks_dir}")
    reports_dir, baseline_dir = WORK / "videomarket", WORK / "nbconvert"
    shutil.rmtree(WORK, ignore_errors=True)
    baseline_dir.mkdir(parents=True)
    jobs = os.cpu_count() or 1

    cold = _median(lambda: _timed(_report_command(notebooks_dir, reports_dir, "--force")), repeats)
    no_change = _median(lambda: _no_change(notebooks_dir, reports_dir), repeats)
    baseline = _median(lambda: _nbconvert_sequential(notebooks, baseline_dir), repeats)
    return {
        "notebooks": len(notebooks),
        "notebooks_dir": os.path.relpath(notebooks_dir, ROOT),
        "jobs": jobs,
        "repeats": repeats,
        "cold_s": round(cold, 3),
        "nbconvert_s": round(baseline, 3),
        "no_change_s": round(no_change, 3),
        "nbconvert_over_cold": round(baseline / cold, 2),
        "no_change_over_cold": round(no_change / cold, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--notebooks-dir", type=Path, default=None)
    args = parser.parse_args()
    result = run(args.repeats, args.notebooks_dir)
    width = max(map(len, result))
    for key, value in result.items():
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
