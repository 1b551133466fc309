"""Where the project's folders are, found from the package location, never from the CWD.

Notebooks run with their own folder as working directory, scripts from anywhere, tests from
the repository root: all of them resolve the same folders.

Set ``VIDEOMARKET_DATA_DIR`` to read (and build) the tables in another folder, and
``VIDEOMARKET_REPORTS_DIR`` to write reports elsewhere.

Example::

    >>> from videomarket import paths
    >>> paths.data_dir().name
    'data'
"""

from __future__ import annotations

import os
from pathlib import Path

DATA_ENV = "VIDEOMARKET_DATA_DIR"
REPORTS_ENV = "VIDEOMARKET_REPORTS_DIR"


def project_root() -> Path:
    """The repository root: the folder that holds ``src/videomarket``."""
    return Path(__file__).resolve().parents[2]


def data_dir() -> Path:
    """The data folder (``data/``), or ``$VIDEOMARKET_DATA_DIR`` when set."""
    override = os.environ.get(DATA_ENV)
    return Path(override).expanduser().resolve() if override else project_root() / "data"


def raw_dir() -> Path:
    """Source snapshots exactly as obtained (never edited)."""
    return data_dir() / "raw"


def reports_dir() -> Path:
    """Generated HTML reports, or ``$VIDEOMARKET_REPORTS_DIR`` when set."""
    override = os.environ.get(REPORTS_ENV)
    return Path(override).expanduser().resolve() if override else project_root() / "reports"


def notebooks_dir() -> Path:
    """The story notebooks rendered into reports."""
    return project_root() / "notebooks"


def table_path(name: str) -> Path:
    """Path of a tidy table, e.g. ``table_path("rankings")`` -> ``data/rankings.csv``."""
    return data_dir() / f"{name}.csv"
