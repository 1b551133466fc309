"""Shared fixtures."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from videomarket import paths


@pytest.fixture(scope="session")
def project_root() -> Path:
    return paths.project_root()


@pytest.fixture(scope="session")
def notebook_paths(project_root: Path) -> list[Path]:
    return sorted((project_root / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="session")
def project_reports(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, Path, str]:
    """Every story notebook built once per session (as `make reports` does) into a temporary folder.

    Returns the build summary, the reports folder (with index.html) and the build log.
    """
    from videomarket.report import build_reports

    notebooks = sorted(p.name for p in paths.notebooks_dir().glob("*.ipynb"))
    reports = tmp_path_factory.mktemp("project-reports")
    log = io.StringIO()
    summary = build_reports(notebooks, force=True, jobs=2, reports_dir=reports, stream=log, live=False)
    return summary, reports, log.getvalue()
