"""Plan and apply what ``videomarket refresh`` writes: raw snapshots, provenance, alias and model rows.

Nothing is written while planning. :func:`apply_plan` writes every file atomically, remembers what
each file held before, runs the rebuild, and puts every file back if anything fails, so the data
folder is either fully updated or exactly as it was.

Rules (all tested in ``tests/refresh/test_refresh.py``):

* The raw store ``data/raw/aa-api/`` is append-only: a file is never overwritten or deleted, and
  ``provenance.csv`` only gains rows.
* Same pool, same UTC day, same content (JSON-equal to a stored snapshot of that day): nothing is
  stored. Same day, different content: the new snapshot is stored too, and the build keeps only the
  latest snapshot of a pool per day and folder, so rankings never hold two rows for one day.
* A board name the alias table does not know gets an ``unreviewed`` alias row whose canonical id is
  derived from the API slug, plus (if that id is not in the catalogue) a minimal ``models.csv`` row:
  name, developer = the API's creator name, source_id = the snapshot's source id, the rest empty.
* Existing lines of the curated tables are kept byte for byte; new rows are appended.

Example::

    >>> from videomarket.refresh._store import canonical_id
    >>> canonical_id("Kling 3.0 1080p (Pro)", "kling-3-0-1080p-pro")
    'kling-3-0-1080p-pro'
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from videomarket.data import general_mapping, schemas
from videomarket.files import atomic_write_bytes
from videomarket.refresh import _client as aa_api

RAW_FOLDER = "aa-api"
FORMAT = "aa-api-v2"
ARENA = "Artificial Analysis"
POOL_CODES = {
    "text-to-video": "t2v",
    "image-to-video": "i2v",
    "text-to-video-audio": "t2v-audio",
    "image-to-video-audio": "i2v-audio",
}
LICENCE = (
    "values are Artificial Analysis's published leaderboard data, obtained through its API "
    "(free tier) under the API's terms of use (https://artificialanalysis.ai)"
)
_ID_UNSAFE = re.compile(r"[^a-z0-9.+-]+")


class RefreshError(ValueError):
    """A refresh cannot be planned or applied; nothing was kept."""


@dataclass(frozen=True)
class Snapshot:
    """A fetched, validated response of one pool, ready to be stored."""

    fetched: aa_api.Fetched
    records: list[dict[str, Any]]
    public_base_url: str = aa_api.DEFAULT_BASE_URL

    @property
    def pool(self) -> str:
        return self.fetched.pool

    @property
    def stamp(self) -> str:
        return self.fetched.fetched_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H%M%SZ")

    @property
    def day(self) -> str:
        return self.stamp[:10]

    @property
    def snapshot_time(self) -> str:
        return self.fetched.fetched_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    @property
    def file_name(self) -> str:
        return f"{self.stamp}--{self.pool}.json"

    @property
    def source_id(self) -> str:
        stamp = self.fetched.fetched_at.astimezone(dt.UTC).strftime("%Y%m%d-%H%M%S")
        return f"aa-api-{stamp}-{POOL_CODES[self.pool]}"

    def provenance_row(self) -> dict[str, str]:
        """The ``provenance.csv`` row of this snapshot (the contract's columns)."""
        url, note = self.fetched.url, ""
        if not url.startswith("https://"):
            # The table requires a public https URL; record the public endpoint and say plainly
            # where the bytes actually came from.
            url = aa_api.endpoint_url(self.public_base_url, self.pool)
            note = f"fetched through {self.fetched.url} (--api-url), not from the public endpoint; "
        digest = hashlib.sha256(self.fetched.body).hexdigest()
        return {
            "file": self.file_name,
            "source_id": self.source_id,
            "repository": "",
            "commit": "",
            "path": "",
            "url": url,
            "snapshot_time": self.snapshot_time,
            "retrieved": self.day,
            "licence": LICENCE,
            "format": FORMAT,
            "category": self.pool,
            "sha256": digest,
            "board_date": "",
            "note": (
                f"{note}Artificial Analysis API v2 response saved verbatim by `videomarket refresh`; "
                f"snapshot_time is the fetcher's UTC clock when the response arrived (the API sends "
                f"no timestamp); {len(self.records)} models"
            ),
        }


@dataclass
class Plan:
    """Everything a refresh would write (nothing is written yet)."""

    store: list[Snapshot] = field(default_factory=list)
    unchanged: list[tuple[Snapshot, str]] = field(default_factory=list)  # (snapshot, stored twin)
    new_aliases: list[dict[str, str]] = field(default_factory=list)
    new_models: list[dict[str, str]] = field(default_factory=list)
    known_aliases: dict[str, str] = field(default_factory=dict)  # board name -> canonical id

    @property
    def writes_anything(self) -> bool:
        return bool(self.store)

    def model_for(self, name: str) -> str:
        """Canonical id of a board name, including the ids this plan adds."""
        added = {row["model_name"]: row["model"] for row in self.new_aliases}
        return self.known_aliases.get(name) or added[name]


def canonical_id(name: str, slug: str, api_id: str = "", taken: frozenset[str] = frozenset()) -> str:
    """A ``models.csv`` id from the API slug, falling back to the name, then the API id.

    ``taken``: ids other names on the same board already map to; two board rows must not share
    an id, so a slug that collides falls back to the name (then to slug + API id).
    """
    candidates = (slug, name, f"{slug}-{api_id}", f"{name}-{api_id}", api_id)
    for candidate in candidates:
        text = _ID_UNSAFE.sub("-", candidate.lower()).strip("-.+")
        if text and text[0].isalnum() and text not in taken:
            return text
    raise RefreshError(f"cannot derive a free model id from name {name!r}, slug {slug!r}, id {api_id!r}")


def plan_refresh(data_dir: Path, snapshots: Iterable[Snapshot]) -> Plan:
    """What to store and which alias/model rows to add; reads the data folder, writes nothing."""
    from videomarket.data import read_table

    curated = data_dir / "curated"
    aliases = read_table(curated / "model_aliases.csv", schemas.MODEL_ALIASES)
    models = read_table(curated / "models.csv", schemas.MODELS)
    plan = Plan(
        known_aliases={
            **{n: m for a, n, m in zip(aliases["arena"], aliases["model_name"], aliases["model"], strict=True)
               if a == ARENA},
            **general_mapping(aliases, ARENA),  # where a name has scoped rows too, its general row
        }
    )
    known_models = set(models["model"])
    raw = data_dir / "raw" / RAW_FOLDER
    for snapshot in snapshots:
        if (raw / snapshot.file_name).exists():
            raise RefreshError(
                f"{raw / snapshot.file_name} already exists; the raw store is append-only, "
                "so it is not overwritten (wait a second and run again)"
            )
        twin = _same_day_twin(raw, snapshot)
        if twin:
            plan.unchanged.append((snapshot, twin))
            continue
        plan.store.append(snapshot)
        _plan_names(plan, snapshot, known_models)
    return plan


def _same_day_twin(raw: Path, snapshot: Snapshot) -> str | None:
    """A stored file of the same pool and UTC day with the same JSON content, if any."""
    content = json.loads(snapshot.fetched.body)
    for path in sorted(raw.glob(f"{snapshot.day}T*--{snapshot.pool}.json")):
        try:
            if json.loads(path.read_bytes()) == content:
                return path.name
        except (ValueError, UnicodeDecodeError):
            continue  # an unreadable stored file is the build's problem, not a twin
    return None


def _plan_names(plan: Plan, snapshot: Snapshot, known_models: set[str]) -> None:
    planned = {row["model_name"]: row["model"] for row in plan.new_aliases}
    on_board = {plan.known_aliases.get(r["name"]) or planned.get(r["name"]) for r in snapshot.records}
    for record in snapshot.records:
        name = record["name"]
        if name in plan.known_aliases or name in planned:
            continue
        model = canonical_id(name, record["slug"], str(record["id"]), frozenset(on_board - {None}))
        on_board.add(model)
        reused = model in known_models
        plan.new_aliases.append(
            {
                "arena": ARENA,
                "model_name": name,
                "model": model,
                "status": "unreviewed",
                "note": (
                    f"added by videomarket refresh on {snapshot.day} from {snapshot.pool} "
                    f"(API slug {record['slug']!r}); "
                    + ("id matches an existing catalogue model: check" if reused else "new catalogue row")
                ),
            }
        )
        planned[name] = model
        if not reused:
            known_models.add(model)
            plan.new_models.append(
                {
                    "model": model,
                    "model_name": name,
                    "developer": record["model_creator"]["name"],
                    "source_id": snapshot.source_id,
                }
            )


class _Changes:
    """Files written in this run and what they held before (None: did not exist)."""

    def __init__(self) -> None:
        self.before: dict[Path, bytes | None] = {}
        self.written: list[Path] = []
        self.created_dirs: list[Path] = []

    def remember(self, path: Path) -> None:
        if path not in self.before:
            self.before[path] = path.read_bytes() if path.exists() else None

    def write(self, path: Path, payload: bytes) -> None:
        if not path.parent.exists():
            self.created_dirs.append(path.parent)
        self.remember(path)
        atomic_write_bytes(path, payload)
        self.written.append(path)

    def undo(self) -> None:
        for path, payload in reversed(list(self.before.items())):
            if payload is None:
                path.unlink(missing_ok=True)
            elif not path.exists() or path.read_bytes() != payload:
                atomic_write_bytes(path, payload)
        for folder in reversed(self.created_dirs):
            if folder.exists() and not any(folder.iterdir()):
                folder.rmdir()


def apply_plan(data_dir: Path, plan: Plan, rebuild: Callable[[Path], Any]) -> list[Path]:
    """Write the plan, then ``rebuild(data_dir)``; on any failure put every file back and raise.

    Returns the raw and curated files written (the rebuilt tables are the rebuild's business).
    """
    changes = _Changes()
    raw, curated = data_dir / "raw" / RAW_FOLDER, data_dir / "curated"
    for name in schemas.TABLES:  # a rebuild that fails half-way must not leave new tables either
        changes.remember(data_dir / f"{name}.csv")
    stage = "writing"
    try:
        for snapshot in plan.store:
            target = raw / snapshot.file_name
            if target.exists():
                raise RefreshError(f"{target} already exists; not overwritten")
            changes.write(target, snapshot.fetched.body)
        provenance = [snapshot.provenance_row() for snapshot in plan.store]
        _append_rows(changes, raw / "provenance.csv", schemas.RAW_PROVENANCE, provenance)
        _append_rows(changes, curated / "model_aliases.csv", schemas.MODEL_ALIASES, plan.new_aliases)
        _append_rows(changes, curated / "models.csv", schemas.MODELS, plan.new_models)
        stage = "rebuild"
        rebuild(data_dir)
    except BaseException as error:
        changes.undo()
        if isinstance(error, (KeyboardInterrupt, SystemExit)):
            raise
        raise RefreshError(
            f"{stage} failed, so nothing was kept (every file is as before):\n{error}"
        ) from None
    return changes.written


def _append_rows(changes: _Changes, path: Path, spec: schemas.TableSpec, rows: list[dict[str, str]]) -> None:
    """Append ``rows`` to a CSV in the file's own column order, keeping existing bytes unchanged."""
    if not rows:
        return
    existing = path.read_bytes() if path.exists() else b""
    text = existing.decode("utf-8-sig") if existing else ""
    header = next(csv.reader(io.StringIO(text)), None) if text.strip() else None
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if header is None:
        header = spec.names
        writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header])
    separator = b"" if not existing or existing.endswith(b"\n") else b"\n"
    changes.write(path, existing + separator + buffer.getvalue().encode("utf-8"))
