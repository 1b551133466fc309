"""The report cache: what each HTML file in ``reports/`` was built from, and what the index shows about it.

One JSON file, ``reports/.cache/reports.json``, rewritten atomically after every finished notebook. An
entry is current when its key equals the freshly computed key and the HTML file on disk still has the
bytes that were written (a deleted or hand-edited report is rebuilt).

Example::

    >>> from pathlib import Path
    >>> from videomarket.report._cache import ReportCache
    >>> cache = ReportCache.load(Path("/tmp/vm-doc-reports"))
    >>> cache.is_current("00-x.html", "some-key")
    False
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from videomarket.files import atomic_write_text

CACHE_DIR = ".cache"
CACHE_FILE = "reports.json"
SCHEMA = 2  # 2: answer, audience and data_as_of for the index


@dataclass
class ReportEntry:
    """What the index needs about one HTML report, plus the key and bytes hash it was built with."""

    name: str
    notebook: str
    notebook_stem: str
    parameters: list[list[str]]
    with_code: bool
    key: str
    sha256: str
    title: str
    summary: str
    thumbnail: str
    thumbnail_alt: str
    snapshot_date: str
    built_at: str
    last_error: str = ""
    answer: str = ""  # the notebook's one-line answer (plain text), "" without an `answer` cell
    audience: str = ""
    data_as_of: str = ""  # ISO date stated by the `data-as-of` cell, "" without one


@dataclass
class ReportCache:
    """All entries of one reports folder, by HTML file name."""

    reports_dir: Path
    entries: dict[str, ReportEntry] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return self.reports_dir / CACHE_DIR / CACHE_FILE

    @classmethod
    def load(cls, reports_dir: Path) -> ReportCache:
        """Read the cache; a missing, unreadable or older-schema file means "nothing built yet"."""
        cache = cls(reports_dir)
        try:
            raw = json.loads(cache.path.read_text(encoding="utf-8"))
            if raw.get("schema") == SCHEMA:
                cache.entries = {name: ReportEntry(**entry) for name, entry in raw["reports"].items()}
        except FileNotFoundError:
            pass
        except (ValueError, TypeError, KeyError, AttributeError) as error:
            print(f"warning: ignoring unreadable report cache {cache.path}: {error}", file=sys.stderr)
        return cache

    def save(self) -> None:
        """Write the cache atomically (sorted, so the file itself is deterministic)."""
        payload = {
            "schema": SCHEMA,
            "reports": {name: asdict(self.entries[name]) for name in sorted(self.entries)},
        }
        atomic_write_text(self.path, json.dumps(payload, indent=1, sort_keys=True) + "\n")

    def is_current(self, name: str, key: str) -> bool:
        """True when ``name`` was built with ``key``, succeeded, and is unchanged on disk."""
        entry = self.entries.get(name)
        if entry is None or entry.key != key or entry.last_error:
            return False
        html = self.reports_dir / name
        return html.is_file() and hashlib.sha256(html.read_bytes()).hexdigest() == entry.sha256

    def mark_failed(self, name: str, message: str) -> None:
        """Remember that the last rebuild failed; the previous HTML (if any) stays listed, flagged."""
        entry = self.entries.get(name)
        if entry is not None:
            entry.last_error = message.splitlines()[0] if message else "build failed"

    def listed(self) -> list[ReportEntry]:
        """Entries whose HTML and notebook still exist, for the index."""
        return [
            entry
            for name, entry in sorted(self.entries.items())
            if (self.reports_dir / name).is_file() and Path(entry.notebook).is_file()
        ]
