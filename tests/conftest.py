"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from videomarket import paths


@pytest.fixture(scope="session")
def project_root() -> Path:
    return paths.project_root()


@pytest.fixture(scope="session")
def notebook_paths(project_root: Path) -> list[Path]:
    return sorted((project_root / "notebooks").glob("*.ipynb"))
