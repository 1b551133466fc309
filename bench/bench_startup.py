"""Benchmark start-up: ``python -c "import videomarket"`` vs ``python -c "import pandas"`` (issue 9, item 3).

Each statement runs in a fresh interpreter (the project venv's ``python``), wall-clock timed around the
whole process, so interpreter start-up is included on both sides. The statements are interleaved, one
round at a time, with the order rotated every round: slow phases of a shared machine then hit every
statement alike instead of biasing whichever happened to run during them. One warm-up round (file
cache, ``.pyc`` files) is discarded; the figures are medians of the ``repeats`` timed rounds.

Also timed, for context: ``pass`` (the bare interpreter) and the import every notebook starts with,
``from videomarket import data, growth, arena, leaderboard, plots``.

Run it: ``.venv/bin/python bench/bench_startup.py [--repeats 15]``; or ``run(repeats=15)`` from
``bench/run.py``, which returns a dict of medians (seconds) and ratios.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

STATEMENTS = {
    "python": "pass",
    "pandas": "import pandas",
    "videomarket": "import videomarket",
    "modules": "from videomarket import data, growth, arena, leaderboard, plots",
}


def _timed(statement: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True, capture_output=True)
    return time.perf_counter() - started


def run(repeats: int = 15) -> dict:
    """Interleaved, order-rotated timings of each statement; medians in seconds and ratios to pandas."""
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, got {repeats}")
    names = list(STATEMENTS)
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(repeats + 1):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            seconds = _timed(STATEMENTS[name])
            if round_number:  # round 0 is the warm-up
                times[name].append(seconds)
    medians = {name: statistics.median(values) for name, values in times.items()}
    return {
        "repeats": repeats,
        "statements": dict(STATEMENTS),
        "times": times,
        "medians": medians,
        "videomarket_over_pandas": medians["videomarket"] / medians["pandas"],
        "modules_over_pandas": medians["modules"] / medians["pandas"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    result = run(parser.parse_args().repeats)
    for name, seconds in result["medians"].items():
        print(f"{STATEMENTS[name]:<66} {seconds * 1000:7.1f} ms")
    print(f"videomarket / pandas: {result['videomarket_over_pandas']:.2f} (target <= 1.2)")
    print(f"modules / pandas:     {result['modules_over_pandas']:.2f} (no target)")


if __name__ == "__main__":
    main()
