"""Every story notebook runs clean with the project kernel and renders to an offline report.

The notebooks are built once per session, in parallel, into a temporary reports folder (never the
real reports/), through the same code path as `make reports` (fixture ``project_reports``).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from videomarket import paths

NOTEBOOKS = sorted(p.name for p in paths.notebooks_dir().glob("*.ipynb"))


@pytest.mark.notebook
@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_clean_and_renders(project_reports: tuple[object, Path, str], name: str) -> None:
    summary, reports, log = project_reports
    assert not [label for label in summary.failed if Path(name).stem in label], f"{name} failed:\n{log}"
    html = (reports / f"{Path(name).stem}.html").read_text(encoding="utf-8")
    assert "<img" in html, f"{name}: a story notebook should show at least one chart"
    for marker in ("Traceback (most recent call last)", "No description has been provided"):
        assert marker not in html, f"{name}: {marker!r} in the report"


def test_there_are_story_notebooks() -> None:
    assert len(NOTEBOOKS) >= 1


@pytest.mark.notebook
def test_include_grade_d_false_leaves_grade_d_out(tmp_path: Path) -> None:
    """`-p include_grade_d=false` injects the Python False: the headline uses grades A, B, C only."""
    from videomarket.report import build_reports
    from videomarket.report._plan import parse_parameters

    out = io.StringIO()
    summary = build_reports(
        ["02-leaderboard-movements.ipynb"],
        parameters=parse_parameters(["include_grade_d=false"]),
        reports_dir=tmp_path,
        stream=out,
        live=False,
    )
    assert not summary.failed, summary.failed
    page = tmp_path / "02-leaderboard-movements--include_grade_d=False.html"
    assert f"wrote {page}" in out.getvalue()
    html = page.read_text(encoding="utf-8")
    assert "evidence grades A, B, C." in html and "evidence grades A, B, C, D" not in html
