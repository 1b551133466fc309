"""Benchmark the data layer (issue 14): the table build and the validated loader against plain reads.

6. ``videomarket data`` (the whole rebuild: read every raw snapshot, map names, attach epochs, validate,
   write the tables and ``datapackage.json``) against a plain script that imports pandas and reads
   every raw file once (``gzip`` where compressed, ``json.loads`` or ``pd.read_csv``), each in a fresh
   interpreter, on the same copy of ``data/`` (``VIDEOMARKET_DATA_DIR``), so the working tree is never
   written. Target: at most 4x.
7. ``data.load_rankings(path)`` (typed, every value and reference checked) on a rankings file of about
   200,000 rows against a plain ``pd.read_csv(path)`` of the same file, in one fresh process after a
   warm-up of each. The file repeats the shipped ``rankings.csv`` with every copy's dates moved back
   400 days more than the previous one (the history spans less than 400 days, so keys stay unique).
   Target: at most 5x.

Both sides alternate run by run, so a busy machine slows them alike; figures are medians.

Run it: ``.venv/bin/python bench/bench_data.py [--repeats 5]``; or ``run(repeats=5)`` from ``bench/run.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROWS = 200_000
SHIFT_DAYS = 400

PLAIN_READ = """
import gzip, json, sys
from pathlib import Path
import pandas as pd
for path in sorted(Path(sys.argv[1]).glob("*/*")):
    if path.name == "README.md":
        continue
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    if path.name.endswith((".json", ".json.gz")):
        json.loads(data)
    elif path.suffix == ".csv":
        pd.read_csv(path)
"""


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - started


def build_times(copy: Path, repeats: int) -> dict:
    """``videomarket data`` and the plain read, alternating, after one warm-up each (file cache, .pyc)."""
    env = {**os.environ, "VIDEOMARKET_DATA_DIR": str(copy)}
    ours = [str(Path(sys.executable).with_name("videomarket")), "data"]
    plain = [sys.executable, "-c", PLAIN_READ, str(copy / "raw")]
    times: dict[str, list[float]] = {"data": [], "plain": []}
    for round_number in range(repeats + 1):
        order = [("data", ours), ("plain", plain)]
        for name, command in order if round_number % 2 else order[::-1]:
            seconds = _timed(command, env)
            if round_number:
                times[name].append(seconds)
    files = [p for p in (copy / "raw").glob("*/*") if p.name != "README.md"]
    return {
        "data_times": times["data"],
        "plain_times": times["plain"],
        "data_s": statistics.median(times["data"]),
        "plain_s": statistics.median(times["plain"]),
        "raw_files": len(files),
        "raw_mb": sum(p.stat().st_size for p in files) / 1e6,
    }


def write_big_rankings(target: Path, rows: int = ROWS) -> int:
    """A rankings file of at least ``rows`` rows: shifted copies of the shipped one. Returns its rows."""
    import pandas as pd

    shipped = pd.read_csv(ROOT / "data" / "rankings.csv", dtype=str, keep_default_na=False)
    copies = -(-rows // len(shipped))
    frames = []
    for copy in range(copies):
        moved = pd.to_datetime(shipped["snapshot_date"]) - pd.Timedelta(days=SHIFT_DAYS * copy)
        frames.append(shipped.assign(snapshot_date=moved.dt.strftime("%Y-%m-%d")))
    big = pd.concat(frames, ignore_index=True)
    big.to_csv(target, index=False, lineterminator="\n")
    return len(big)


def child_load(path: Path, repeats: int) -> dict:
    """In this process: one warm-up of each, then ``repeats`` alternating timed calls of each."""
    import pandas as pd

    from videomarket import data

    data.load_rankings(path)
    pd.read_csv(path)
    times: dict[str, list[float]] = {"load": [], "read_csv": []}
    calls = {"load": lambda: data.load_rankings(path), "read_csv": lambda: pd.read_csv(path)}
    for round_number in range(repeats):
        for name in (["load", "read_csv"] if round_number % 2 else ["read_csv", "load"]):
            started = time.perf_counter()
            calls[name]()
            times[name].append(time.perf_counter() - started)
    return {"load_times": times["load"], "read_csv_times": times["read_csv"],
            "load_s": statistics.median(times["load"]), "read_csv_s": statistics.median(times["read_csv"])}


def run(repeats: int = 5, load_repeats: int = 9) -> dict:
    """Both comparisons; times in seconds, ratios ours / baseline."""
    if repeats < 1 or load_repeats < 1:
        raise ValueError("repeats must be at least 1")
    with tempfile.TemporaryDirectory(prefix="vm-bench-data-") as folder:
        copy = Path(folder) / "data"
        shutil.copytree(ROOT / "data", copy, ignore=shutil.ignore_patterns(".build-*"))
        result = build_times(copy, repeats)
        big = Path(folder) / "rankings-200k.csv"
        result["rows"] = write_big_rankings(big)
        result["file_mb"] = big.stat().st_size / 1e6
        done = subprocess.run(
            [sys.executable, __file__, "--child-load", str(big), "--repeats", str(load_repeats)],
            check=True, capture_output=True, text=True,
        )
        result.update(json.loads(done.stdout.splitlines()[-1]))
    result["repeats"], result["load_repeats"] = repeats, load_repeats
    result["data_over_plain"] = result["data_s"] / result["plain_s"]
    result["load_over_read_csv"] = result["load_s"] / result["read_csv_s"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--child-load", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_load:
        print(json.dumps(child_load(args.child_load, args.repeats)))
        return
    r = run(args.repeats)
    print(f"videomarket data {r['data_s']:.2f} s vs plain read {r['plain_s']:.2f} s: "
          f"{r['data_over_plain']:.2f} (target <= 4)")
    print(f"load_rankings {r['load_s']:.3f} s vs read_csv {r['read_csv_s']:.3f} s on {r['rows']:,} rows: "
          f"{r['load_over_read_csv']:.2f} (target <= 5)")


if __name__ == "__main__":
    main()
