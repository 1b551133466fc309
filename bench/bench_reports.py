"""Benchmark the report build (issue 6): how much faster than plain nbconvert, and how cheap a no-op is.

Measures wall-clock medians of:

- cold build: ``videomarket report --force`` over every notebook (parallel, ``--jobs`` = cores);
- baseline: ``jupyter nbconvert --execute --to html`` on the same notebooks, one after another;
- no-change rebuild: ``videomarket report`` right after a build (nothing to execute).

First a warm-up: the smallest notebook once through each path (imports, .pyc files, font cache, the
first kernel start), untimed. Then up to ``repeats`` cold/nbconvert pairs, the order alternating from
pair to pair, so that the load of a shared machine falls on both sides alike; an optional time budget
stops starting pairs when the next would not fit (the first pair always runs). Then one warm-up and
``repeats`` timed no-change runs.

By default everything runs on a frozen copy of the package source, ``data/`` and the notebooks taken at
the start (``bench/.work/reports/snapshot/``): other people's edits during the run change neither side.

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
SNAPSHOT = WORK / "snapshot"
BIN = Path(sys.executable).parent


def snapshot_inputs(notebooks_dir: Path) -> tuple[Path, dict[str, str]]:
    """Freeze the inputs: copy the package source, ``data/`` and the notebooks into ``SNAPSHOT``.

    Other people edit src/, data/ and notebooks/ while the benchmark runs; without the copy an edit
    mid-run makes the cold and the nbconvert runs execute different code and every no-change run
    rebuild. The copy keeps the repository layout (``src/videomarket``, ``data``, ``notebooks``), so
    ``paths.project_root()`` inside it is the snapshot, and ``PYTHONPATH`` puts its ``src`` first for
    every subprocess and the kernels they start. Returns the copied notebooks folder and that environment.
    """
    import videomarket
    from videomarket import paths

    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")
    shutil.rmtree(SNAPSHOT, ignore_errors=True)
    package = Path(videomarket.__file__).resolve().parent
    shutil.copytree(package, SNAPSHOT / "src" / "videomarket", ignore=ignore)
    shutil.copytree(paths.data_dir(), SNAPSHOT / "data", ignore=ignore)
    shutil.copytree(notebooks_dir, SNAPSHOT / "notebooks", ignore=ignore)
    env = dict(os.environ)
    env.pop(paths.DATA_ENV, None)  # the snapshot's own data/
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SNAPSHOT / "src"), env.get("PYTHONPATH")]))
    probe = [sys.executable, "-c", "import videomarket; print(videomarket.__file__)"]
    imported = subprocess.run(probe, env=env, check=True, capture_output=True, text=True).stdout.strip()
    if not Path(imported).resolve().is_relative_to(SNAPSHOT.resolve()):
        raise RuntimeError(f"subprocesses import videomarket from {imported}, not from the snapshot")
    return SNAPSHOT / "notebooks", env


def _timed(command: list[str], env: dict[str, str] | None) -> float:
    return _timed_with_output(command, env)[0]


def _timed_with_output(command: list[str], env: dict[str, str] | None) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    return time.perf_counter() - started, result.stdout


def _no_change(
    notebooks_dir: Path, reports_dir: Path, env: dict[str, str] | None, attempts: int = 5
) -> float:
    """Time a run that executes nothing. Without the snapshot, other people editing src/ or data/
    meanwhile legitimately invalidate the cache; such a run is discarded and retried, never counted."""
    command = _report_command(notebooks_dir, reports_dir)
    for _ in range(attempts):
        _timed(command, env)  # bring everything up to date
        seconds, output = _timed_with_output(command, env)
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


def _nbconvert_sequential(notebooks: list[Path], out_dir: Path, env: dict[str, str] | None) -> float:
    jupyter = str(BIN / "jupyter")
    total = 0.0
    for notebook in notebooks:
        total += _timed(
            [jupyter, "nbconvert", "--execute", "--to", "html", "--output-dir", str(out_dir), str(notebook)],
            env,
        )
    return total


def _timed_runs(measure: Callable[[], float], repeats: int) -> list[float]:
    """One warm-up run, then ``repeats`` timed runs."""
    measure()
    return [measure() for _ in range(repeats)]


def _warm_up(notebook: Path, env: dict[str, str] | None) -> float:
    """Run one notebook through both paths, untimed: .pyc files, the font cache, the first kernel start."""
    started = time.perf_counter()
    _timed(_report_command(notebook.parent, WORK / "warm-up", "--force", str(notebook)), env)
    _nbconvert_sequential([notebook], WORK / "warm-up-nbconvert", env)
    return time.perf_counter() - started


def _paired_runs(
    ours: Callable[[], float], plain: Callable[[], float], repeats: int, budget_s: float | None,
    started: float,
) -> tuple[list[float], list[float]]:
    """Up to ``repeats`` pairs, the order alternating (ours-plain, plain-ours, ...) so that a slow
    phase of a shared machine hits both sides alike. With ``budget_s`` (seconds since ``started``), no
    new pair starts when it would not fit; the first pair always runs."""
    ours_times: list[float] = []
    plain_times: list[float] = []
    for index in range(repeats):
        pair_started = time.perf_counter()
        if index % 2 == 0:
            ours_times.append(ours())
            plain_times.append(plain())
        else:
            plain_times.append(plain())
            ours_times.append(ours())
        now = time.perf_counter()
        if budget_s is not None and now - started + (now - pair_started) > budget_s:
            break
    return ours_times, plain_times


def run(
    repeats: int = 3, notebooks_dir: Path | None = None, budget_s: float | None = None, snapshot: bool = True
) -> dict[str, float | int | str | list[float]]:
    """Run the three measurements; returns medians in seconds, the two ratios and every timed run.

    ``budget_s`` caps the wall time of the warm-up and the cold/nbconvert pairs: fewer pairs when the
    notebooks are slow, never none. With ``snapshot`` (the default) everything runs on a frozen copy of
    the inputs (:func:`snapshot_inputs`); without it, on the live tree.
    """
    started = time.perf_counter()
    source_dir = (notebooks_dir or ROOT / "notebooks").resolve()
    shutil.rmtree(WORK, ignore_errors=True)
    notebooks_dir, env = snapshot_inputs(source_dir) if snapshot else (source_dir, None)
    notebooks = sorted(notebooks_dir.glob("*.ipynb"))
    if not notebooks:
        raise ValueError(f"no notebooks in {source_dir}")
    reports_dir, baseline_dir = WORK / "videomarket", WORK / "nbconvert"
    baseline_dir.mkdir(parents=True)
    jobs = os.cpu_count() or 1

    warm_up_notebook = min(notebooks, key=lambda path: path.stat().st_size)
    warm_up_s = _warm_up(warm_up_notebook, env)
    cold_command = _report_command(notebooks_dir, reports_dir, "--force")
    cold, baseline = _paired_runs(
        lambda: _timed(cold_command, env),
        lambda: _nbconvert_sequential(notebooks, baseline_dir, env),
        repeats, budget_s, started,
    )
    no_change = _timed_runs(lambda: _no_change(notebooks_dir, reports_dir, env), repeats)
    cold_s, baseline_s, no_change_s = map(statistics.median, (cold, baseline, no_change))
    return {
        "notebooks": len(notebooks),
        "notebook_names": [notebook.name for notebook in notebooks],
        "notebooks_dir": os.path.relpath(source_dir, ROOT),
        "snapshot": snapshot,
        "jobs": jobs,
        "repeats": repeats,
        "warm_up_notebook": warm_up_notebook.name,
        "warm_up_s": round(warm_up_s, 3),
        "cold_s": round(cold_s, 3),
        "nbconvert_s": round(baseline_s, 3),
        "no_change_s": round(no_change_s, 3),
        "nbconvert_over_cold": round(baseline_s / cold_s, 2),
        "no_change_over_cold": round(no_change_s / cold_s, 3),
        "cold_times": cold,
        "nbconvert_times": baseline,
        "no_change_times": no_change,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--notebooks-dir", type=Path, default=None)
    parser.add_argument("--budget", type=float, default=None, help="seconds for the warm-up and the pairs")
    parser.add_argument("--live", action="store_true", help="use the live tree, not a frozen copy")
    args = parser.parse_args()
    result = run(args.repeats, args.notebooks_dir, args.budget, snapshot=not args.live)
    width = max(map(len, result))
    for key, value in result.items():
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    main()
