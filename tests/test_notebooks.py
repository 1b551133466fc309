"""Every story notebook runs clean with the project kernel and renders to an offline report.

The notebooks are built once per session, in parallel, into a temporary reports folder (never the
real reports/), through the same code path as `make reports`.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from videomarket import paths

NOTEBOOKS = sorted(p.name for p in paths.notebooks_dir().glob("*.ipynb"))


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, Path, str]:
    from videomarket.report import build_reports

    reports = tmp_path_factory.mktemp("reports")
    log = io.StringIO()
    summary = build_reports(NOTEBOOKS, force=True, jobs=2, reports_dir=reports, stream=log, live=False)
    return summary, reports, log.getvalue()


@pytest.mark.notebook
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_clean_and_renders(built: tuple[object, Path, str], name: str) -> None:
    summary, reports, log = built
    assert not [label for label in summary.failed if Path(name).stem in label], f"{name} failed:\n{log}"
    html = (reports / f"{Path(name).stem}.html").read_text(encoding="utf-8")
    assert "<img" in html, f"{name}: a story notebook should show at least one chart"
    for marker in ("Traceback (most recent call last)", "No description has been provided"):
        assert marker not in html, f"{name}: {marker!r} in the report"


def test_there_are_story_notebooks() -> None:
    assert len(NOTEBOOKS) >= 1
