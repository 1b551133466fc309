"""Run the five comparisons of issue 9 and write ``bench/results.md`` (``make bench``).

Each comparison times our way and a baseline in the same run, one after the other, and prints one line
(both figures and their ratio) as soon as it completes:

1. reports: cold ``videomarket report --force`` vs ``jupyter nbconvert --execute --to html`` one
   notebook after another (``bench_reports``). Target: ratio <= 0.6.
2. reports: no-change rebuild vs the cold build (``bench_reports``). Target: ratio < 0.05.
3. start-up: ``python -c "import videomarket"`` vs ``python -c "import pandas"`` (``bench_startup``).
   Target: ratio <= 1.2.
4. ratings: 1,000 bootstrap rounds vs one per-battle statsmodels GLM on the 1.67M Chatbot Arena
   battles, with the peak memory of both (``bench_arena``). Target: ratio < 1.0.
5. growth: ``compare_growth_models`` on the market series vs one scipy ``curve_fit`` of a logistic,
   per call (``bench_growth``). No target in the issue; reported for scale.
6. data (issue 14): ``videomarket data`` vs a plain script that imports pandas and reads every raw file
   once (``bench_data``). Target: ratio <= 4.
7. data (issue 14): ``data.load_rankings`` on a 200,000-row file vs a plain ``pd.read_csv`` of it
   (``bench_data``). Target: ratio <= 5.

The whole run keeps to a time budget (``--budget``, default 570 s, so ``make bench`` ends within 10
minutes). Only the statsmodels GLM, which runs last, is ever cut: stopped at the deadline, its fit time
so far is a lower bound, which bounds the ratio from above. A comparison that fails is recorded as not
measured (with the reason) and the others still run; ``results.md`` is always written (atomically) and
the exit status is 1 if anything failed.

Usage::

    make bench                                  # or: .venv/bin/python bench/run.py
    .venv/bin/python bench/run.py --budget 0    # no time limit: let the GLM finish however long it takes
    .venv/bin/python bench/run.py --no-glm      # skip the 17 GB statsmodels baseline
    .venv/bin/python bench/run.py --output /tmp/results.md --startup-repeats 5
    .venv/bin/python bench/run.py --only 6 7    # just these; the other rows of results.md are kept

With ``--only``, the rows not measured are carried over from the existing ``results.md`` and the
header says which run each row comes from.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

import bench_arena
import bench_data
import bench_growth
import bench_reports
import bench_startup
import machine
from results_md import Line, fmt_ratio, fmt_runs, fmt_seconds, previous_lines, render

from videomarket.files import atomic_write_text

RESULTS = Path(__file__).resolve().parent / "results.md"
MIN_GLM_WINDOW_S = 60  # less time than this left: do not start the 17 GB statsmodels fit at all
WRITE_UP_S = 10  # kept back from the budget for writing results.md
MEMORY = "Peak memory (bootstrap vs GLM)"
NO_TARGET = "none (reported)"


def reports_lines(args: argparse.Namespace) -> list[Line]:
    """Items 1 and 2."""
    budget = args.reports_budget if args.budget > 0 else None
    r = bench_reports.run(repeats=args.reports_repeats, budget_s=budget)
    names = ", ".join(f"`{n}`" for n in r["notebook_names"])
    cold, plain, none = r["cold_s"], r["nbconvert_s"], r["no_change_s"]
    pairs = len(r["cold_times"])
    how = (f"Notebooks: {names}, run from a copy of src/, data/ and notebooks/ taken at the start (other "
           "sessions' edits cannot change either side mid-run). Warm-up: the smallest notebook "
           f"(`{r['warm_up_notebook']}`) once through each path, untimed ({fmt_seconds(r['warm_up_s'])}). "
           f"Then {pairs} timed pair{'s' * (pairs > 1)} of a cold build and an nbconvert pass (the sum over "
           "the notebooks), the order alternating from pair to pair"
           + (f"; only {pairs} because one pair takes minutes and the whole run has a "
              f"{args.budget:g} s budget" if pairs < args.reports_repeats else "")
           + f". Cold: {fmt_runs(r['cold_times'])}; nbconvert: {fmt_runs(r['nbconvert_times'])}"
           + ("; medians." if pairs > 1 else "."))
    return [
        Line("1", f"Reports: cold `videomarket report --force` ({r['jobs']} jobs) vs `jupyter nbconvert "
             f"--execute --to html` one after another, {r['notebooks']} notebooks",
             fmt_seconds(cold), fmt_seconds(plain), cold / plain, "<= 0.6", cold / plain <= 0.6, [how]),
        Line("2", "Reports: no-change rebuild vs the cold build", fmt_seconds(none), fmt_seconds(cold),
             none / cold, "< 0.05", none / cold < 0.05,
             [f"1 warm-up + {len(r['no_change_times'])} timed no-change runs right after a build "
              f"({fmt_runs(r['no_change_times'])}); median. The cold figure is item 1's."]),
    ]


def startup_lines(args: argparse.Namespace) -> list[Line]:
    """Item 3, plus the import every notebook starts with."""
    r = bench_startup.run(repeats=args.startup_repeats)
    m = r["medians"]
    how = (f"Fresh interpreter per run, wall time of the whole process; 1 warm-up round + {r['repeats']} "
           "timed rounds, the statements interleaved with their order rotated each round; medians. "
           f"Bare `python -c pass`: {fmt_seconds(m['python'])}.")
    ratio = r["videomarket_over_pandas"]
    pandas = fmt_seconds(m["pandas"])
    return [
        Line("3", '`python -c "import videomarket"` vs `python -c "import pandas"`',
             fmt_seconds(m["videomarket"]), pandas, ratio, "<= 1.2", ratio <= 1.2, [how]),
        Line("3b", '`python -c "from videomarket import data, growth, arena, leaderboard, plots"` vs '
             '`python -c "import pandas"`', fmt_seconds(m["modules"]), pandas, r["modules_over_pandas"],
             "none (context)", None),
    ]


def arena_lines(args: argparse.Namespace) -> list[Line]:
    """Item 4 and the peak memory of both sides."""
    left = None if args.deadline is None else args.deadline - time.monotonic()
    no_time = left is not None and left < MIN_GLM_WINDOW_S
    r = bench_arena.run(repeats=args.arena_repeats, glm_repeats=args.glm_repeats,
                        statsmodels=not (args.no_glm or no_time), deadline=args.deadline)
    runs = len(r["bootstrap_times"])
    boot = (f"Bootstrap: fresh subprocess, warm-up of 20 rounds, then {runs} timed run{'s' * (runs > 1)} "
            f"of {r['bootstrap_rounds']:,} rounds ({fmt_runs(r['bootstrap_times'])}); median. Peak memory "
            "is each subprocess's peak resident set, loading the data included.")
    what = (f"Ratings: {r['bootstrap_rounds']:,} bootstrap rounds vs one per-battle statsmodels GLM, "
            f"{r['battles']:,} battles, {r['models']} models")
    ours, ours_mb = fmt_seconds(r["bootstrap_seconds"]), f"{r['bootstrap_peak_mb']:,.0f} MB"
    if "ratio" in r:
        return _arena_measured(r, what, boot, ours, ours_mb)
    stopped = r.get("statsmodels_stopped")
    if stopped and stopped["fit_s_at_least"]:
        return _arena_stopped(r, stopped, args.budget, what, boot, ours, ours_mb)
    if args.no_glm:
        reason = "skipped by --no-glm"
    elif no_time:
        reason = (f"skipped: the {args.budget:g} s time budget had "
                  + (f"only {left:.0f} s left" if left > 0 else f"been used up ({-left:.0f} s over)"))
    else:
        reason = r.get("statsmodels_skipped") or r.get("statsmodels_error") or stopped["reason"]
    return [
        Line("4", what, ours, "not measured", None, "< 1.0", None,
             [boot, f"statsmodels GLM not measured: {reason}."]),
        Line("4m", MEMORY, ours_mb, "not measured", None, NO_TARGET, None),
    ]


def _glm_how(runs: int) -> str:
    once = " (ONCE: one fit needs ~17 GB and minutes)" if runs == 1 else ""
    return (f"statsmodels GLM: fresh subprocess, warm-up fit on a 20,000-battle slice, then {runs} timed "
            f"full fit{'s' * (runs > 1)}{once}")


def _arena_measured(r: dict, what: str, boot: str, ours: str, ours_mb: str) -> list[Line]:
    runs = len(r["statsmodels_times"])
    glm = (f"{_glm_how(runs)}: {fmt_runs(r['statsmodels_times'])}, {r['statsmodels_iterations']} IRLS "
           f"iterations{'; median' if runs > 1 else ''}. Building its dense "
           f"{r['statsmodels_design_mb']:,.0f} MB design took {fmt_seconds(r['statsmodels_design_seconds'])} "
           f"(not timed). The two maximum-likelihood ratings agree to {r['max_abs_rating_difference']:.1e} "
           "rating points.")
    ratio = r["ratio"]
    return [
        Line("4", what, ours, fmt_seconds(r["statsmodels_seconds"]), ratio, "< 1.0", ratio < 1.0,
             [boot, glm]),
        Line("4m", MEMORY, ours_mb, f"{r['statsmodels_peak_mb']:,.0f} MB",
             r["bootstrap_peak_mb"] / r["statsmodels_peak_mb"], NO_TARGET, None),
    ]


def _arena_stopped(r: dict, stopped: dict, budget: float, what: str, boot: str, ours: str,
                   ours_mb: str) -> list[Line]:
    bound, peak, ratio = stopped["fit_s_at_least"], stopped["peak_mb_at_least"], stopped["ratio_below"]
    glm = (f"{_glm_how(1)}, stopped at the end of the {budget:g} s time budget after "
           f"{fmt_seconds(bound)} of fitting without finishing: its fit time is at least that, so the ratio "
           f"is below {fmt_ratio(ratio)}, and its peak memory at least what it had reached. "
           "Rerun with `--budget 0` to let it finish.")
    memory = Line("4m", MEMORY, ours_mb, "not measured", None, NO_TARGET, None)
    if peak:
        memory.baseline, memory.ratio = f">= {peak:,.0f} MB (when stopped)", r["bootstrap_peak_mb"] / peak
        memory.ratio_prefix = "<= "
    return [
        Line("4", what, ours, f"> {fmt_seconds(bound)} (stopped)", ratio, "< 1.0", ratio < 1.0, [boot, glm],
             ratio_prefix="< "),
        memory,
    ]


def growth_lines(args: argparse.Namespace) -> list[Line]:
    """Item 5."""
    r = bench_growth.run(repeats=args.growth_repeats)
    points = ", ".join(f"{year}: {value:g}" for year, value in zip(r["years"], r["values"], strict=True))
    failed = [m for m, ok in zip(r["models"], r["converged"], strict=True) if not ok]
    series = (f"Series: narrow definition (`{bench_growth.DEFINITION}`, Global) of `data.load_forecasts()`, "
              f"per-year median over publishers and editions (USD M; computed benchmark input): {points}; "
              f"origin {r['origin']:g}, horizon {r['horizon']:g}. Best by AIC: {r['best_model']}"
              + (f"; failed: {', '.join(failed)}." if failed else "; every model converged."))
    how = (f"Fresh subprocess; its first call took {fmt_seconds(r['first_compare_s'])} (importing scipy and "
           f"statsmodels included); then 1 warm-up call each and medians of {r['repeats']} calls "
           f"({20 * r['repeats']} for `curve_fit`).")
    like = (f"Like for like: `fit_growth(x, y, \"logistic\")` takes {fmt_seconds(r['single_s'])} per call, "
            f"{fmt_ratio(r['single_over_baseline'])}x `curve_fit`, and finds the same logistic (parameters "
            f"agree to {r['logistic_max_rel_diff']:.1e} relative). The extra time buys automatic starts, "
            "retries, a checked minimum, precise standard errors and intervals.")
    return [Line(
        "5", f"Growth: `compare_growth_models` ({len(r['models'])} models, {r['points']} market points) per "
        "call vs one scipy `curve_fit` of a logistic", fmt_seconds(r["compare_s"]),
        fmt_seconds(r["baseline_s"]), r["compare_over_baseline"], "none in issue 9", None,
        [series, how, like],
    )]


def data_lines(args: argparse.Namespace) -> list[Line]:
    """Items 6 and 7 (issue 14)."""
    r = bench_data.run(repeats=args.data_repeats, load_repeats=args.load_repeats)
    build_how = (f"Fresh interpreter per run, wall time of the whole process, on a copy of `data/` "
                 f"(`VIDEOMARKET_DATA_DIR`; {r['raw_files']} raw files, {r['raw_mb']:.1f} MB as stored). "
                 "The plain script imports pandas and reads every raw file once (gunzip where compressed, "
                 "`json.loads` or `pd.read_csv`); ours rebuilds every table and `datapackage.json`, "
                 f"validated. 1 warm-up each, then {r['repeats']} alternating timed runs. Ours: "
                 f"{fmt_runs(r['data_times'])}; plain: {fmt_runs(r['plain_times'])}; medians.")
    load_how = (f"{r['rows']:,} rows ({r['file_mb']:.1f} MB): the shipped `rankings.csv` repeated, each copy "
                f"dated {bench_data.SHIFT_DAYS} days earlier than the previous. One fresh process, a "
                f"warm-up of each, then {r['load_repeats']} alternating timed calls. `load_rankings` "
                "(typed, every value, key and reference checked): "
                f"{fmt_runs(r['load_times'])}; `pd.read_csv`: {fmt_runs(r['read_csv_times'])}; medians.")
    build, load = r["data_over_plain"], r["load_over_read_csv"]
    return [
        Line("6", "Data: `videomarket data` vs a plain script that imports pandas and reads every raw file "
             "once",
             fmt_seconds(r["data_s"]), fmt_seconds(r["plain_s"]), build, "<= 4", build <= 4, [build_how]),
        Line("7", f"Data: `data.load_rankings` vs `pd.read_csv`, {r['rows']:,}-row rankings file",
             fmt_seconds(r["load_s"]), fmt_seconds(r["read_csv_s"]), load, "<= 5", load <= 5, [load_how]),
    ]


# Cheap comparisons first; the statsmodels GLM (minutes, 17 GB) last, so the time budget only ever cuts it.
ITEMS: list[tuple[str, Callable[[argparse.Namespace], list[Line]]]] = [
    ("3", startup_lines), ("5", growth_lines), ("6", data_lines), ("1", reports_lines), ("4", arena_lines),
]
# The result keys each measurement writes (one run can give several rows).
KEYS = {"1": ("1", "2"), "3": ("3", "3b"), "4": ("4", "4m"), "5": ("5",), "6": ("6", "7")}


def _failed(key: str, exc: BaseException) -> list[Line]:
    message = " ".join(str(exc).split())[-600:] or type(exc).__name__
    return [Line(key, "not measured (error)", "n/a", "n/a", None, "see issue 9", None,
                 [f"{type(exc).__name__}: {message}"])]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=RESULTS)
    parser.add_argument("--budget", type=float, default=570.0,
                        help="seconds for the whole run; the GLM is stopped when it runs out (0: no limit)")
    parser.add_argument("--startup-repeats", type=int, default=15)
    parser.add_argument("--growth-repeats", type=int, default=9)
    parser.add_argument("--reports-repeats", type=int, default=3)
    parser.add_argument("--reports-budget", type=float, default=300.0,
                        help="seconds for the report warm-up and cold/nbconvert pairs (at least one pair)")
    parser.add_argument("--arena-repeats", type=int, default=3)
    parser.add_argument("--glm-repeats", type=int, default=1)
    parser.add_argument("--no-glm", action="store_true", help="skip the statsmodels GLM baseline")
    parser.add_argument("--data-repeats", type=int, default=5)
    parser.add_argument("--load-repeats", type=int, default=9)
    keys = sorted({key for keys in KEYS.values() for key in keys})
    parser.add_argument("--only", nargs="+", metavar="N", choices=keys,
                        help="run only these comparisons (e.g. 6 7); the other rows of --output are kept")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    args.deadline = started + args.budget - WRITE_UP_S if args.budget > 0 else None
    context = {"date": machine.now(), "machine": machine.describe(), "load_start": machine.load(),
               "settings": vars(args).copy()}
    print(f"bench: {context['machine']['cpu']}, {context['machine']['cores']}, load {context['load_start']}",
          flush=True)
    lines, errors = [], 0
    chosen = [(key, measure) for key, measure in ITEMS if not args.only or set(KEYS[key]) & set(args.only)]
    for key, measure in chosen:
        load = machine.load()
        try:
            new = measure(args)
        except Exception as exc:  # one broken comparison must not lose the others
            traceback.print_exc()
            errors += 1
            new = _failed(key, exc)
        for line in new:
            line.load = load
            print(line.console(), flush=True)
        lines += new
    if args.only:  # rows not measured now come from the previous results file, said so in its header
        measured = {line.key for line in lines}
        kept, context["kept_from"] = previous_lines(args.output)
        lines += [line for line in kept if line.key not in measured]
    lines.sort(key=lambda ln: ln.key)
    minutes, seconds = divmod(time.monotonic() - started, 60)
    context.update(load_end=machine.load(), wall=f"{int(minutes)} min {seconds:.0f} s")
    atomic_write_text(args.output, render(lines, context))
    print(f"bench: wrote {args.output} in {context['wall']}", flush=True)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
