"""``videomarket refresh``: add today's Artificial Analysis video leaderboards to the history.

Fetches each pool from the API (key in ``ARTIFICIAL_ANALYSIS_API_KEY``), checks every response
completely, then stores it verbatim under ``data/raw/aa-api/`` and rebuilds the tables; on any failure
every file stays as it was. Each request is bounded (``--timeout``, default 30 s) and so is the whole
run (``--deadline``, default 300 s); attempts and retries are logged on stderr; ``data/.refresh.lock``
keeps a second refresh out. Exit status: 0 done, 1 failed or another refresh running, 2 missing or
rejected key, bad arguments.

Example::

    >>> import os
    >>> from videomarket import refresh
    >>> os.environ.pop("ARTIFICIAL_ANALYSIS_API_KEY", None) and None
    >>> refresh.main(["--dry-run"])  # prints "error: ARTIFICIAL_ANALYSIS_API_KEY is not set ..." on stderr
    2
"""

from __future__ import annotations

from videomarket.refresh._client import ApiError, KeyRejectedError, MissingKeyError
from videomarket.refresh._command import main, parser, run
from videomarket.refresh._lock import LockedError
from videomarket.refresh._store import RefreshError

__all__ = [
    "ApiError",
    "KeyRejectedError",
    "LockedError",
    "MissingKeyError",
    "RefreshError",
    "main",
    "parser",
    "run",
]
