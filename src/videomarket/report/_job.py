"""One report job, start to finish: execute, clean, check, export, write. Runs in a worker process.

Nothing is written unless every step succeeded, and then only through atomic renames, so a failing
notebook leaves its previous HTML byte-for-byte as it was.

Example (the orchestration in :mod:`videomarket.report` does this for every job)::

    result = run_job(job, JobOptions(reports_dir=Path("reports"), timeout=600, snapshot_date="2026-05-01"))
    result.error or [entry.name for entry in result.entries]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from videomarket.files import atomic_write_bytes
from videomarket.report._cache import ReportEntry
from videomarket.report._execute import (
    ReportBuildError,
    execute_notebook,
    inject_parameters,
    make_deterministic,
    numbering_for,
    read_notebook,
)
from videomarket.report._export import (
    check_alt_text,
    check_html,
    export_html,
    key_chart,
    remove_tagged,
    thumbnail_data_uri,
)
from videomarket.report._index import _plain, notebook_snapshot_date, title_and_summary
from videomarket.report._page import (
    Neighbours,
    build_day,
    finish_page,
    page_context,
    page_facts,
    page_notebook,
    uncovered_text,
)
from videomarket.report._plan import ReportJob

Notify = Callable[[str, str, str], None]
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_events: Any = None  # the queue of the pool's parent, set by init_worker


@dataclass(frozen=True)
class JobOptions:
    """Settings shared by every job of one build."""

    reports_dir: Path
    timeout: int
    snapshot_date: str
    kernel_env: dict[str, str] = field(default_factory=dict)
    site: dict[str, Neighbours] = field(default_factory=dict)  # notebook stem -> previous/next report
    built: dt.date = field(default_factory=build_day)


@dataclass
class JobResult:
    """What a job produced: the cache entries of the files it wrote, or an error naming the cell."""

    label: str
    entries: list[ReportEntry] = field(default_factory=list)
    error: str = ""
    details: str = ""
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    written: list[str] = field(default_factory=list)  # names whose bytes changed (others were identical)


def run_job(job: ReportJob, options: JobOptions, notify: Notify | None = None) -> JobResult:
    """Build every output of ``job``; never raises (errors come back in ``JobResult.error``)."""
    started = time.monotonic()
    say = notify or (lambda *_: None)
    say(job.label, "running", "starting kernel")
    try:
        result = _build(job, options, say)
    except ReportBuildError as error:
        result = JobResult(job.label, error=str(error), details=error.details)
    except Exception as error:  # a bug or an unexpected library error: still name the notebook
        result = JobResult(
            job.label,
            error=f"{job.display_path}: {type(error).__name__}: {error}",
            details=traceback.format_exc(),
        )
    result.seconds = time.monotonic() - started
    return result


def _build(job: ReportJob, options: JobOptions, say: Notify) -> JobResult:
    where, cwd = job.display_path, job.notebook.parent
    nb = read_notebook(job.source)
    numbering = numbering_for(nb, inject_parameters(nb, job.parameters))
    execute_notebook(
        nb,
        where,
        cwd,
        options.timeout,
        numbering,
        on_cell=lambda i, n: say(job.label, "running", f"cell {i}/{n}"),
        env=options.kernel_env or None,
    )
    say(job.label, "running", "exporting")
    make_deterministic(nb)
    check_alt_text(nb, where, numbering)
    title, summary = title_and_summary(nb, fallback=job.notebook.stem)
    facts = page_facts(nb, title, summary, where, numbering)  # before tag removal: cell numbers still hold
    remove_tagged(nb)
    stem = job.notebook.stem
    snapshot = notebook_snapshot_date(nb, options.snapshot_date)
    pages = {}
    for out in job.outputs:
        context = page_context(facts, neighbours=options.site.get(stem, Neighbours()),
                               built=options.built, with_code=out.with_code, fallback_date=snapshot)
        page_nb = page_notebook(nb, with_code=out.with_code, stem=stem)
        pages[out.name] = finish_page(export_html(page_nb, with_code=out.with_code, title=title, cwd=cwd,
                                                  page=context))
    for page in pages.values():
        check_html(page, where)
    chart = key_chart(nb)
    thumbnail = thumbnail_data_uri(chart[1]) if chart else ""
    now = datetime.now(UTC)
    built_at = (f"{options.built.isoformat()} {now:%H:%M} UTC" if options.built != now.date()
                else now.strftime("%Y-%m-%d %H:%M UTC"))
    result = JobResult(job.label)
    for _, characters in uncovered_text(nb, with_code=any(out.with_code for out in job.outputs)):
        result.warnings.append(
            f"{where}: the report shows text no font on a reader's machine may have, so it would print as "
            f"boxes: {characters!r}; give it in English (keep the original in the data)"
        )
    for out in job.outputs:  # every page exported and checked: only now touch reports/
        payload = pages[out.name].encode("utf-8")
        if _write_if_changed(options.reports_dir / out.name, payload):
            result.written.append(out.name)
        if _UUID.search(pages[out.name]):
            result.warnings.append(f"{out.name}: contains a UUID, so two builds may differ (e.g. set_uuid())")
        result.entries.append(
            ReportEntry(
                name=out.name,
                notebook=str(job.notebook),
                notebook_stem=job.notebook.stem,
                parameters=[[p.name, p.text] for p in job.parameters],
                with_code=out.with_code,
                key=out.key,
                sha256=hashlib.sha256(payload).hexdigest(),
                title=title,
                summary=summary,
                thumbnail=thumbnail,
                thumbnail_alt=chart[2] if chart else "",
                snapshot_date=snapshot,
                built_at=built_at,
                answer=_plain(facts.answer),
                audience=facts.audience,
                data_as_of=facts.data_as_of,
            )
        )
    return result


def _write_if_changed(path: Path, payload: bytes) -> bool:
    # Same bytes -> leave the file (and its mtime) alone.
    if path.is_file() and path.read_bytes() == payload:
        return False
    atomic_write_bytes(path, payload)
    return True


def init_worker(events: Any) -> None:
    """Process-pool initializer: keep the queue that carries progress events to the parent."""
    global _events
    _events = events


def run_job_in_worker(job: ReportJob, options: JobOptions) -> JobResult:
    """``run_job`` with progress events sent to the parent process."""

    def notify(label: str, state: str, detail: str) -> None:
        if _events is not None:
            _events.put((label, state, detail))

    return run_job(job, options, notify)
