"""``videomarket report``: execute the notebooks and write offline HTML reports and their index.

Only notebooks whose inputs changed are executed (content hashes of the notebook, the package, the
data and the parameters); a failing cell is named with its notebook, number and first line, and the
previous HTML stays untouched.

Example::

    >>> from videomarket import report
    >>> report.build_parser().parse_args(["-p", "n=3", "x.ipynb"]).parameters
    ['n=3']
"""

from __future__ import annotations

from videomarket.report._build import (
    DEFAULT_TIMEOUT,
    INDEX_NAME,
    BuildSummary,
    build_parser,
    build_reports,
    main,
    write_index,
)
from videomarket.report._cache import CACHE_DIR
from videomarket.report._execute import ReportBuildError

__all__ = [
    "CACHE_DIR",
    "DEFAULT_TIMEOUT",
    "INDEX_NAME",
    "BuildSummary",
    "ReportBuildError",
    "build_parser",
    "build_reports",
    "main",
    "write_index",
]
