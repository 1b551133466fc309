"""Readers for the raw leaderboard snapshots in ``data/raw/``, one per archive format.

Each reader takes the file path and its provenance row and returns board rows with the columns
of :data:`BOARD_COLUMNS` (names as shown on the board; canonical ids come later from the alias
table). A file that does not have the expected shape raises ``ValueError`` naming the file and
the field.

Example::

    >>> from videomarket.data._rawformats import RANKING_READERS
    >>> RANKING_READERS["aa-leaderboards-json"].__name__
    'read_aa_leaderboards'
    >>> import json
    >>> from videomarket import paths
    >>> path = paths.raw_dir() / "aa-oolong" / "2026-04-10T065838Z--text-to-video.json.gz"
    >>> json.loads(raw_bytes(path))["meta"]["model_count"]
    80

Large originals are stored gzip-compressed (``*.json.gz``); every reader opens them through
:func:`raw_bytes`, which returns the original bytes.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

BOARD_COLUMNS = [
    "snapshot_date",
    "date_precision",
    "arena",
    "category",
    "model_name",
    "creator",
    "rank",
    "elo",
    "ci_low",
    "ci_high",
    "appearances",
    "evidence",
    "source_id",
    "snapshot_time",
]

AA = "Artificial Analysis"


class RawFormatError(ValueError):
    """A raw snapshot does not have the shape its format promises."""


def raw_bytes(path: Path) -> bytes:
    """The original bytes of a raw file: ``*.gz`` files (large originals) are decompressed."""
    data = Path(path).read_bytes()
    if Path(path).suffix != ".gz":
        return data
    try:
        return gzip.decompress(data)
    except (OSError, EOFError) as error:
        raise RawFormatError(f"{path}: not a readable gzip file ({error})") from None


def _load_json(path: Path) -> Any:
    try:
        return json.loads(raw_bytes(path).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise RawFormatError(f"{path}: not valid UTF-8 JSON ({error})") from None


def _field(record: Mapping[str, Any], key: str, path: Path, where: str) -> Any:
    if not isinstance(record, Mapping) or key not in record or record[key] is None:
        raise RawFormatError(f"{path}: {where}: field '{key}' is missing")
    return record[key]


def _number(value: Any, path: Path, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise RawFormatError(f"{path}: {where}: {value!r} is not a number")
    return float(value)


def competition_rank(elo: pd.Series) -> pd.Series:
    """Rank by rating, best first; equal ratings share the better rank (1, 2, 2, 4)."""
    return elo.rank(method="min", ascending=False).astype("Int64")


def read_aa_api_media(path: Path, provenance: Mapping[str, Any]) -> pd.DataFrame:
    """Artificial Analysis API v2 ``media/<pool>`` JSON as archived: ``fetched_at`` and ``data[]``
    with ``name``, ``model_creator.name``, ``elo``, ``ci_95`` (symmetric 95% half-width).

    The API gives no rank, so rank is derived from the order of ratings (ties share a rank).
    """
    payload = _load_json(path)
    fetched = pd.Timestamp(_field(payload, "fetched_at", path, "top level"))
    return _finish(_api_ratings(payload, path), fetched, provenance)


def _api_ratings(payload: Any, path: Path) -> pd.DataFrame:
    """The ``data[]`` list of an AA API media response as board rows with a derived rank."""
    entries = _field(payload, "data", path, "top level")
    if not isinstance(entries, list) or not entries:
        raise RawFormatError(f"{path}: 'data' must be a non-empty list")
    return _half_width_rows(entries, path, "data", "model_creator")


def _half_width_rows(entries: list, path: Path, list_name: str, creator_key: str) -> pd.DataFrame:
    """API entries with ``name``, ``<creator_key>.name``, ``elo`` and a symmetric ``ci_95`` half-width as
    board rows, ranked from the ratings (ties share the better rank)."""
    rows = []
    for position, entry in enumerate(entries):
        where = f"{list_name}[{position}]"
        elo = _number(_field(entry, "elo", path, where), path, where)
        half = _number(_field(entry, "ci_95", path, where), path, where)
        rows.append(
            {
                "model_name": str(_field(entry, "name", path, where)),
                "creator": str(_field(_field(entry, creator_key, path, where), "name", path, where)),
                "elo": elo,
                "ci_low": elo - half,
                "ci_high": elo + half,
            }
        )
    frame = pd.DataFrame(rows)
    frame["rank"] = competition_rank(frame["elo"])
    return frame


_GLUED_BADGE = re.compile(r"(?<=\S)Open Weights$")


def read_aa_web_table(path: Path, provenance: Mapping[str, Any]) -> pd.DataFrame:
    """Artificial Analysis leaderboard web table as scraped: ``updatedAt`` and ``models[]`` with
    ``rank``, ``name``, ``creator``, ``elo``, ``ci`` ("-x/y"), ``samples`` (appearances).

    The rank is the one the page printed; the interval is ``elo - x`` to ``elo + y``. The scraper glued
    the page's "Open Weights" badge to some names ("LTX-2.3 FastOpen Weights"): the badge is not part of
    the name and is dropped, so the board shows the name the arena gives.
    """
    payload = _load_json(path)
    fetched = pd.Timestamp(_field(payload, "updatedAt", path, "top level"))
    entries = _field(payload, "models", path, "top level")
    if not isinstance(entries, list) or not entries:
        raise RawFormatError(f"{path}: 'models' must be a non-empty list")
    rows = []
    for position, entry in enumerate(entries):
        where = f"models[{position}]"
        elo = _number(_field(entry, "elo", path, where), path, where)
        below, above = _parse_ci(str(_field(entry, "ci", path, where)), path, where)
        samples = entry.get("samples")
        rows.append(
            {
                "model_name": _GLUED_BADGE.sub("", str(_field(entry, "name", path, where))),
                "creator": str(_field(entry, "creator", path, where)),
                "rank": int(_number(_field(entry, "rank", path, where), path, where)),
                "elo": elo,
                "ci_low": elo - below,
                "ci_high": elo + above,
                "appearances": None if samples is None else int(_number(samples, path, where)),
            }
        )
    frame = pd.DataFrame(rows).astype({"rank": "Int64", "appearances": "Int64"})
    return _finish(frame, fetched, provenance)


def _parse_ci(text: str, path: Path, where: str) -> tuple[float, float]:
    """``"-7/7"`` -> (7.0, 7.0): distances below and above the rating."""
    below, sep, above = text.replace(" ", "").partition("/")
    try:
        if not sep:
            raise ValueError(text)
        return abs(float(below)), abs(float(above))
    except ValueError:
        raise RawFormatError(f"{path}: {where}: interval {text!r} is not of the form '-x/y'") from None


def _finish(
    frame: pd.DataFrame, fetched: pd.Timestamp, provenance: Mapping[str, Any], **fixed: Any
) -> pd.DataFrame:
    """Add the snapshot-level columns and return the frame in :data:`BOARD_COLUMNS` order."""
    fetched = fetched.tz_convert("UTC") if fetched.tzinfo else fetched.tz_localize("UTC")
    constant = {
        "snapshot_date": fetched.tz_localize(None).normalize(),
        "snapshot_time": fetched.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "date_precision": "day",
        "arena": fixed.pop("arena", AA),
        "category": fixed.pop("category", provenance["category"]),
        "evidence": "A",
        "source_id": provenance["source_id"],
        **fixed,
    }
    # One construction instead of a column insertion per field: hundreds of files are read per build.
    columns = {
        name: frame[name] if name in frame else pd.Series(constant.get(name, pd.NA), index=frame.index)
        for name in BOARD_COLUMNS
    }
    return pd.DataFrame(columns, index=frame.index)


def read_aa_api_v2(path: Path, provenance: Mapping[str, Any]) -> pd.DataFrame:
    """Artificial Analysis API v2 ``media/<pool>/models/free`` response saved verbatim by
    ``videomarket refresh``: ``data[]`` as in :func:`read_aa_api_media`, but no ``fetched_at``
    (the API does not send one), so the snapshot time is the provenance ``snapshot_time`` (the
    fetcher's UTC clock when the response arrived).
    """
    return _finish(_api_ratings(_load_json(path), path), _provenance_time(path, provenance), provenance)


#: Board keys in the koiro archive (Finnish names) and the AA pool each one copies.
KOIRO_BOARDS = {"video": "text-to-video", "kuvasta-video": "image-to-video"}


def read_aa_api_top(path: Path, provenance: Mapping[str, Any]) -> pd.DataFrame:
    """Top-8 boards copied from the AA API (koiro archive): ``updated`` and ``categories`` with
    ``video`` (silent text-to-video) and ``kuvasta-video`` (silent image-to-video) ``items[]``
    holding ``name``, ``creator`` and ``score`` (Elo). No intervals or appearances.
    """
    payload = _load_json(path)
    fetched = pd.Timestamp(_field(payload, "updated", path, "top level"))
    boards = _field(payload, "categories", path, "top level")
    frames = []
    for key, category in KOIRO_BOARDS.items():
        items = _field(boards, key, path, "categories").get("items") if key in boards else None
        if not items:
            raise RawFormatError(f"{path}: categories.{key}: no 'items' list")
        rows = [
            {
                "model_name": str(_field(item, "name", path, f"{key}.items[{i}]")),
                "creator": str(_field(item, "creator", path, f"{key}.items[{i}]")),
                "elo": _number(_field(item, "score", path, f"{key}.items[{i}]"), path, f"{key}.items[{i}]"),
            }
            for i, item in enumerate(items)
        ]
        frame = pd.DataFrame(rows)
        frame["rank"] = competition_rank(frame["elo"])
        frames.append(_finish(frame, fetched, provenance, category=category))
    return pd.concat(frames, ignore_index=True)


def _optional_int(entry: Mapping[str, Any], key: str, path: Path, where: str) -> int | None:
    value = entry.get(key) if isinstance(entry, Mapping) else None
    return None if value is None else int(_number(value, path, where))


def _entries(payload: Any, key: str, path: Path, where: str = "top level") -> list[Any]:
    entries = _field(payload, key, path, where)
    if not isinstance(entries, list) or not entries:
        raise RawFormatError(f"{path}: '{key}' must be a non-empty list")
    return entries


def _published_rows(entries: list[Any], path: Path, list_name: str, creator_key: str) -> pd.DataFrame:
    """AA records that carry their own rank (empty for entries AA lists but no longer ranks), a
    ``ci95`` text ``"-x/+y"`` and ``appearances``: the web-arena JSON and the API ``data`` endpoint.
    """
    rows = []
    for position, entry in enumerate(entries):
        where = f"{list_name}[{position}]"
        elo = _number(_field(entry, "elo", path, where), path, where)
        below, above = _parse_ci(str(_field(entry, "ci95", path, where)), path, where)
        rows.append(
            {
                "model_name": str(_field(entry, "name", path, where)),
                "creator": str(_field(_field(entry, creator_key, path, where), "name", path, where)),
                "rank": _optional_int(entry, "rank", path, where),
                "elo": elo,
                "ci_low": elo - below,
                "ci_high": elo + above,
                "appearances": _optional_int(entry, "appearances", path, where),
            }
        )
    return pd.DataFrame(rows).astype({"rank": "Int64", "appearances": "Int64"})


def _with_meta(path: Path) -> tuple[Any, Any, pd.Timestamp]:
    """A collector's JSON file with a ``meta`` block: the payload, the block and its ``fetched_at``."""
    payload = _load_json(path)
    meta = _field(payload, "meta", path, "top level")
    return payload, meta, pd.Timestamp(_field(meta, "fetched_at", path, "meta"))


def read_aa_leaderboards(path: Path, provenance: Mapping[str, Any]) -> pd.DataFrame:
    """The ``artificial-analysis-leaderboards`` archives' layout (oolong-tea-2026 and its forks):
    ``meta.fetched_at`` and ``models[]`` with ``name``, ``creator.name``, ``rank``, ``elo``,
    ``ci95`` (``"-x/+y"``) and ``appearances``.

    The same layout holds AA's web-arena JSON (2-decimal ratings; the per-tag ratings are not read)
    and the fork's mapping of the API ``data/media`` endpoint (whole-number ratings). Entries AA
    still lists but no longer ranks (``rank`` null, e.g. superseded previews) keep an empty rank.
    """
    payload, _, fetched = _with_meta(path)
    rows = _published_rows(_entries(payload, "models", path), path, "models", "creator")
    return _finish(rows, fetched, provenance)


def read_aa_leaderboards_free(path: Path, provenance: Mapping[str, Any]) -> pd.DataFrame:
    """The same archives' copy of the free API (antoniovho): ``meta.fetched_at`` and ``models[]``
    with ``name``, ``creator.name``, ``elo`` and ``ci_95`` (symmetric half-width).

    The file's ``rank`` is the collector's list position, not a rank AA published, so the rank is
    derived from the ratings as for every API copy (ties share the better rank).
    """
    payload, _, fetched = _with_meta(path)
    frame = _half_width_rows(_entries(payload, "models", path), path, "models", "creator")
    return _finish(frame, fetched, provenance)


def read_aa_api_data(path: Path, provenance: Mapping[str, Any]) -> pd.DataFrame:
    """AA API v2 ``data/media/<pool>`` response saved verbatim: ``data[]`` with ``name``,
    ``model_creator.name``, ``elo``, ``rank``, ``ci95`` (``"-x/y"``) and ``appearances``.

    The response has no timestamp; the snapshot time is the provenance ``snapshot_time`` (the
    HTTP ``date`` header saved beside it).
    """
    rows = _published_rows(_entries(_load_json(path), "data", path), path, "data", "model_creator")
    return _finish(rows, _provenance_time(path, provenance), provenance)


def _provenance_time(path: Path, provenance: Mapping[str, Any]) -> pd.Timestamp:
    when = provenance.get("snapshot_time")
    if not isinstance(when, str) or not when:
        raise RawFormatError(
            f"{path}: provenance has no snapshot_time (needed for format {provenance.get('format')})"
        )
    return pd.Timestamp(when)


def read_lmarena_scrape(path: Path, provenance: Mapping[str, Any]) -> pd.DataFrame:
    """LMArena (arena.ai) video leaderboard scrape: ``meta.fetched_at``, ``meta.leaderboard`` and
    ``models[]`` with ``rank``, ``model``, ``vendor``, ``score`` and, when captured, ``ci``/``votes``.

    Dated by the day of the copy (``fetched_at``).
    """
    payload, meta, fetched = _with_meta(path)
    category = str(_field(meta, "leaderboard", path, "meta"))
    return _finish(_lmarena_rows(payload, path), fetched, provenance, arena="LMArena", category=category)


def _lmarena_rows(payload: Any, path: Path) -> pd.DataFrame:
    """``models[]`` of an LMArena scrape: rank, name, vendor, score, votes and the 95% interval,
    given as ``ci`` (the page's ±) or as ``ci_low``/``ci_high`` (distances below and above).
    """
    rows = []
    for i, entry in enumerate(_entries(payload, "models", path)):
        where = f"models[{i}]"
        score = _number(_field(entry, "score", path, where), path, where)
        below = above = entry.get("ci")
        if entry.get("ci_low") is not None or entry.get("ci_high") is not None:
            below, above = _field(entry, "ci_low", path, where), _field(entry, "ci_high", path, where)
        rows.append(
            {
                "model_name": str(_field(entry, "model", path, where)),
                "creator": str(entry.get("vendor") or ""),
                "rank": int(_number(_field(entry, "rank", path, where), path, where)),
                "elo": score,
                "ci_low": None if below is None else score - _number(below, path, where),
                "ci_high": None if above is None else score + _number(above, path, where),
                "appearances": _optional_int(entry, "votes", path, where),
            }
        )
    return pd.DataFrame(rows).astype({"rank": "Int64", "appearances": "Int64", "ci_low": "Float64",
                                      "ci_high": "Float64"})


def read_lmarena_board(path: Path, provenance: Mapping[str, Any]) -> pd.DataFrame:
    """One distinct published LMArena board (``aabao325/arena-ai-leaderboards`` layouts): as
    :func:`read_lmarena_scrape`, but dated by the provenance ``board_date`` (LMArena's own "last
    updated" date of the board), not by the day the archive happened to copy it.

    The file's ``meta.last_updated`` (when present) must not be later than ``board_date``.
    """
    return _board(_load_json(path), path, provenance)


def read_lmarena_board_wrapped(path: Path, provenance: Mapping[str, Any]) -> pd.DataFrame:
    """An LMArena board wrapped by a collector (antoniovho): ``meta`` about the copy and ``data``
    holding the board as in :func:`read_lmarena_board`; dated the same way."""
    return _board(_field(_load_json(path), "data", path, "top level"), path, provenance)


def _board(payload: Any, path: Path, provenance: Mapping[str, Any]) -> pd.DataFrame:
    meta = _field(payload, "meta", path, "top level")
    fetched = pd.Timestamp(_field(meta, "fetched_at", path, "meta"))
    category = str(_field(meta, "leaderboard", path, "meta"))
    board_date = provenance.get("board_date")
    if board_date is None or pd.isna(board_date) or board_date == "":
        needed = f"needed for format {provenance.get('format')}"
        raise RawFormatError(f"{path}: provenance has no board_date ({needed})")
    board_date = pd.Timestamp(board_date)
    published = meta.get("last_updated")
    if published and pd.Timestamp(published) > board_date:
        raise RawFormatError(
            f"{path}: meta.last_updated {published!r} is after the provenance board_date {board_date.date()}"
        )
    frame = _finish(_lmarena_rows(payload, path), fetched, provenance, arena="LMArena", category=category)
    return frame.assign(snapshot_date=board_date)


#: Columns of the AA model-list CSV (Avo archive) that describe a model rather than rate it.
MODEL_FACT_COLUMNS = (
    "model",
    "family",
    "release_date",
    "open_weights",
    "audio",
    "price_per_min_t2v",
    "price_per_min_i2v",
)


def read_aa_models_csv(path: Path) -> pd.DataFrame:
    """Artificial Analysis model list as archived (CSV): one row per model with its AA family,
    release date, open weights, audio capability and USD price per minute of video.

    Only the descriptive columns are returned; this undated copy is not used for ratings.
    """
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError) as error:
        raise RawFormatError(f"{path}: not a readable UTF-8 CSV ({error})") from None
    missing = [c for c in MODEL_FACT_COLUMNS if c not in frame.columns]
    if missing:
        raise RawFormatError(f"{path}: column(s) {', '.join(missing)} missing")
    return frame[list(MODEL_FACT_COLUMNS)]


Reader = Callable[[Path, Mapping[str, Any]], pd.DataFrame]

RANKING_READERS: dict[str, Reader] = {
    "aa-api-media": read_aa_api_media,
    "aa-web-table": read_aa_web_table,
    "aa-api-v2": read_aa_api_v2,
    "aa-api-v2-archived": read_aa_api_v2,  # the same response, saved by an archive instead of refresh
    "aa-api-data": read_aa_api_data,
    "aa-api-top": read_aa_api_top,
    "aa-leaderboards-json": read_aa_leaderboards,
    "aa-leaderboards-free-json": read_aa_leaderboards_free,
    "lmarena-scrape": read_lmarena_scrape,
    "lmarena-board": read_lmarena_board,
    "lmarena-board-wrapped": read_lmarena_board_wrapped,
}
