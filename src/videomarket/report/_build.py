"""``videomarket report``: execute notebooks, write offline HTML reports and ``reports/index.html``.

Only notebooks whose inputs changed are executed. The key of each HTML file hashes the notebook bytes,
every file under ``src/videomarket``, all of ``data/``, the ``-p`` values, the code flag and the versions
of Python and the Jupyter stack (:mod:`videomarket.report._plan`); ``--force`` ignores it. Notebooks run in
parallel worker processes, each driving its own ``videomarket`` kernel (:mod:`videomarket.report._job`).
A failing notebook is reported with its path, cell number, the cell's first line and the error; its previous
HTML is left untouched and the other notebooks still build.

Example (shell)::

    videomarket report                                  # every notebook in notebooks/, if changed
    videomarket report --force --jobs 2 --with-code     # rebuild all, also write <name>--code.html
    videomarket report -p category=image-to-video notebooks/02-leaders.ipynb
    videomarket report --list-params notebooks/02-leaders.ipynb   # name, type, default, comment

Example (Python)::

    >>> from videomarket import report
    >>> report.build_parser().parse_args(["-p", "n=3", "x.ipynb"]).parameters
    ['n=3']
"""

from __future__ import annotations

import argparse
import os
import queue
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from videomarket import paths
from videomarket.files import atomic_write_text
from videomarket.report._cache import ReportCache
from videomarket.report._index import SnapshotDate, data_snapshot_date, render_index
from videomarket.report._job import JobOptions, JobResult, init_worker, run_job_in_worker
from videomarket.report._page import build_day, site_neighbours
from videomarket.report._params import describe_parameters
from videomarket.report._plan import (
    Parameter,
    ReportJob,
    display_path,
    find_notebooks,
    inputs_digest,
    notebook_json,
    parameter_specs,
    parameters_cell_index,
    parse_parameters,
    plan_jobs,
)
from videomarket.report._progress import Progress

DEFAULT_TIMEOUT = 600  # seconds per cell; nbclient's own default is "no limit"
INDEX_NAME = "index.html"


@dataclass
class BuildSummary:
    """Outcome of one ``build_reports`` call."""

    built: list[str] = field(default_factory=list)
    up_to_date: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    index_written: bool = False
    written: list[Path] = field(default_factory=list)  # HTML files whose bytes changed, then the index
    unchanged: list[Path] = field(default_factory=list)  # rebuilt, but the same bytes as before

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def build_parser() -> argparse.ArgumentParser:
    """The ``videomarket report`` argument parser."""
    parser = argparse.ArgumentParser(
        prog="videomarket report",
        description="Execute notebooks and write offline HTML reports plus reports/index.html "
        "(only notebooks whose inputs changed).",
    )
    parser.add_argument("notebooks", nargs="*", metavar="NOTEBOOK", help="notebook paths (default: all)")
    parser.add_argument("--force", action="store_true", help="rebuild even when nothing changed")
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="notebooks executed at the same time (default: number of cores)",
    )
    parser.add_argument("--with-code", action="store_true", help="also write <name>--code.html with the code")
    parser.add_argument(
        "-p",
        dest="parameters",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="set a variable of the parameters cell (repeatable), converted to the type of its default "
        "(see --list-params); writes <name>--NAME=VALUE.html with VALUE spelled canonically (False, 0.5)",
    )
    parser.add_argument(
        "--list-params",
        action="store_true",
        help="list each notebook's parameters (name, type, default, comment) and exit without building",
    )
    parser.add_argument(
        "--timeout",
        type=int,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"time limit per cell (default: {DEFAULT_TIMEOUT})",
    )
    parser.add_argument("--reports-dir", type=Path, default=None, help="output folder (default: reports/)")
    parser.add_argument(
        "--notebooks-dir", type=Path, default=None, help="notebook folder (default: notebooks/)"
    )
    return parser


def main(argv: Sequence[str]) -> int:
    """``videomarket report [NOTEBOOK ...] [options]``; returns the exit status (0 ok, 1 failed, 2 usage)."""
    args = build_parser().parse_args(list(argv))
    try:
        if args.list_params:
            notebooks_dir = (args.notebooks_dir or paths.notebooks_dir()).resolve()
            list_parameters(find_notebooks(args.notebooks, notebooks_dir), sys.stdout)
            return 0
        if args.jobs < 1 or args.timeout < 1:
            raise ValueError("--jobs and --timeout must be at least 1")
        summary = build_reports(
            args.notebooks,
            parameters=parse_parameters(args.parameters),
            with_code=args.with_code,
            force=args.force,
            jobs=args.jobs,
            timeout=args.timeout,
            reports_dir=args.reports_dir,
            notebooks_dir=args.notebooks_dir,
        )
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return summary.exit_code


def build_reports(
    notebooks: Sequence[str] = (),
    *,
    parameters: tuple[Parameter, ...] = (),
    with_code: bool = False,
    force: bool = False,
    jobs: int | None = None,
    timeout: int = DEFAULT_TIMEOUT,
    reports_dir: Path | None = None,
    notebooks_dir: Path | None = None,
    snapshot_date: SnapshotDate = data_snapshot_date,
    stream: TextIO | None = None,
    live: bool | None = None,
) -> BuildSummary:
    """Build the reports that are out of date (all with ``force``), then refresh the index.

    Raises ValueError before anything runs for an unknown notebook or a ``-p`` name the notebook's
    parameters cell does not define. ``snapshot_date(data_dir)`` gives the data date shown on the index.
    """
    stream = stream or sys.stdout
    reports_dir = (reports_dir or paths.reports_dir()).resolve()
    notebooks_dir = (notebooks_dir or paths.notebooks_dir()).resolve()
    # The whole package (this file sits in videomarket/report/): a chart or story change rebuilds the reports.
    shared = inputs_digest(Path(__file__).resolve().parents[1], paths.data_dir())
    site = site_neighbours(find_notebooks([], notebooks_dir)) if notebooks_dir.is_dir() else {}
    planned = plan_jobs(find_notebooks(list(notebooks), notebooks_dir), parameters, with_code, shared, site)
    cache = ReportCache.load(reports_dir)
    todo = [job for job in planned if force or not all(cache.is_current(o.name, o.key) for o in job.outputs)]
    progress = Progress([job.label for job in planned], stream, live)
    summary = BuildSummary()
    for job in planned:
        if job not in todo:
            summary.up_to_date.append(job.label)
            progress.update(job.label, "up to date")
    if todo:
        # The kernel environment is passed explicitly: forked workers would otherwise see the environment
        # of the fork server, which may be older than this call (tests change VIDEOMARKET_DATA_DIR).
        options = JobOptions(reports_dir, timeout, snapshot_date(paths.data_dir()), dict(os.environ), site,
                             build_day())
        _run_jobs(todo, options, min(jobs or os.cpu_count() or 1, len(todo)), cache, progress, summary)
    summary.index_written = write_index(cache)
    if summary.index_written:
        summary.written.append(reports_dir / INDEX_NAME)
    _print_failures(summary)
    _print_written(summary, stream)
    return summary


def list_parameters(notebooks: list[Path], stream: TextIO) -> None:
    """Print each notebook's parameters: name, type (what ``-p`` accepts), default, comment."""
    for position, notebook in enumerate(notebooks):
        where = display_path(notebook)
        content = notebook_json(notebook.read_bytes(), where)
        specs = parameter_specs(content, where)
        stream.write(("\n" if position else "") + f"{where}\n")
        if parameters_cell_index(content) is None:
            stream.write("  no cell tagged `parameters`: nothing can be set with -p\n")
        elif not specs:
            stream.write("  the parameters cell assigns no variable\n")
        for line in describe_parameters(specs) if specs else []:
            stream.write(f"  {line}\n")


def _print_written(summary: BuildSummary, stream: TextIO) -> None:
    for path in summary.written:
        stream.write(f"wrote {display_path(path)}\n")
    for path in summary.unchanged:
        stream.write(f"unchanged {display_path(path)} (rebuilt, same bytes)\n")
    if not summary.built and not summary.failed:
        stream.write(f"nothing to rebuild: {len(summary.up_to_date)} report(s) up to date\n")
    stream.flush()


def _run_jobs(
    todo: list[ReportJob],
    options: JobOptions,
    workers: int,
    cache: ReportCache,
    progress: Progress,
    summary: BuildSummary,
) -> None:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    context = _pool_context(multiprocessing)
    events = context.Queue()
    with ProcessPoolExecutor(workers, context, init_worker, (events,)) as pool:
        pending = {pool.submit(run_job_in_worker, job, options): job for job in todo}
        try:
            while pending:
                done, _ = wait(pending, timeout=0.25, return_when=FIRST_COMPLETED)
                _drain(events, progress)
                for future in done:
                    job = pending.pop(future)
                    try:
                        result = future.result()
                    except BrokenProcessPool as error:
                        result = JobResult(job.label, error=f"{job.display_path}: worker died: {error}")
                    _record(job, result, cache, progress, summary)
                progress.refresh()
        except KeyboardInterrupt:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        finally:
            _drain(events, progress)


# Imported once by the fork server, then shared by every worker it forks: importing nbformat/nbconvert
# costs 2-3 s per process (jsonschema's format checkers compile a grammar at import).
_PRELOAD = ["nbformat", "nbclient", "nbconvert.exporters.html", "nbconvert.preprocessors", "PIL.Image"]


def _pool_context(multiprocessing: Any) -> Any:
    # forkserver: workers are forked from a clean, single-threaded server (never from this process, which
    # runs the pool's threads); spawn where forkserver does not exist (Windows).
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def _drain(events: object, progress: Progress) -> None:
    while True:
        try:
            label, state, detail = events.get_nowait()  # type: ignore[attr-defined]
        except queue.Empty:
            return
        if progress.states.get(label) not in ("built", "failed"):
            progress.update(label, state, detail)


def _record(
    job: ReportJob, result: JobResult, cache: ReportCache, progress: Progress, summary: BuildSummary
) -> None:
    if result.error:
        summary.failed[job.label] = result.error + (
            f"\n{_indent_tail(result.details)}" if result.details else ""
        )
        for out in job.outputs:
            cache.mark_failed(out.name, result.error)
        progress.update(job.label, "failed", "see below")
    else:
        for entry in result.entries:
            cache.entries[entry.name] = entry
            changed = entry.name in result.written
            (summary.written if changed else summary.unchanged).append(cache.reports_dir / entry.name)
        summary.built.append(job.label)
        progress.update(job.label, "built")
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    cache.save()  # after every job: an interrupted build keeps what finished


def _indent_tail(details: str, lines: int = 25) -> str:
    tail = details.strip().splitlines()[-lines:]
    return "\n".join("    " + line for line in tail)


def _print_failures(summary: BuildSummary) -> None:
    for message in summary.failed.values():
        print(f"error: {message}", file=sys.stderr)
    if summary.failed:
        print(
            f"{len(summary.failed)} report(s) failed; their previous HTML (if any) was left unchanged.",
            file=sys.stderr,
        )


def write_index(cache: ReportCache) -> bool:
    """Write ``index.html`` from the cache when its content changed; returns True if written."""
    path = cache.reports_dir / INDEX_NAME
    page = render_index(cache.listed())
    if path.is_file() and path.read_text(encoding="utf-8") == page:
        return False
    atomic_write_text(path, page)
    return True




if __name__ == "__main__":  # `python -m videomarket.report ...`, same as `videomarket report ...`
    raise SystemExit(main(sys.argv[1:]))
