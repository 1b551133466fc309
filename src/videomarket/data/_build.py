"""Build the tidy tables in ``data/`` from ``data/raw`` and ``data/curated`` (``make data``).

The build is a pure function of those two folders: the same inputs give byte-identical CSVs
(rows sorted by key, fixed number formatting, Unix newlines). All tables are written to a
temporary folder and validated together first; only then are they moved into ``data/``, so a
failed build leaves every existing table untouched.

Example::

    >>> from videomarket import paths
    >>> tables = build_tables(paths.data_dir())   # what `make data` would write, in memory
    >>> list(tables["rankings"].columns[:4])
    ['snapshot_date', 'date_precision', 'arena', 'category']
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import shutil
import tempfile
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from videomarket import paths
from videomarket.data import _datapackage, schemas
from videomarket.data._aliases import AliasError, resolve
from videomarket.data._loaders import load_provenance
from videomarket.data._rawformats import RANKING_READERS, read_aa_models_csv
from videomarket.data._tablecheck import read_table
from videomarket.data.schemas import DataValidationError, TableSpec
from videomarket.files import atomic_write_text

#: Tables written by the build, in dependency order (referenced tables first).
OUTPUTS = (
    "sources",
    "developers",
    "scale_epochs",
    "models",
    "model_aliases",
    "rankings",
    "market_forecasts",
    "company_metrics",
)

#: Who published the values in each raw format (the archive only copied them).
PUBLISHERS = {
    "aa-api-media": "Artificial Analysis (API copy archived on GitHub)",
    "aa-web-table": "Artificial Analysis (web-table copy archived on GitHub)",
    "aa-api-top": "Artificial Analysis (API copy archived on GitHub)",
    "aa-models-csv": "Artificial Analysis (model-page copy archived on GitHub)",
    "lmarena-scrape": "LMArena (leaderboard copy archived on GitHub)",
    "aa-api-v2": "Artificial Analysis (API, fetched by videomarket refresh)",
    "aa-api-v2-archived": "Artificial Analysis (API copy archived on GitHub)",
    "aa-api-data": "Artificial Analysis (API copy archived on GitHub)",
    "aa-leaderboards-json": "Artificial Analysis (leaderboard copy archived on GitHub)",
    "aa-leaderboards-free-json": "Artificial Analysis (API copy archived on GitHub)",
    "http-headers": "Artificial Analysis (HTTP headers of an API response archived on GitHub)",
    "lmarena-board": "LMArena (leaderboard copy archived on GitHub)",
    "lmarena-board-wrapped": "LMArena (leaderboard copy archived on GitHub)",
}


def build_all(data_dir: Path | None = None) -> list[Path]:
    """Rebuild every tidy table and ``datapackage.json`` (the tables as a Frictionless Data Package);
    return the paths written.

    Raises :class:`DataValidationError` (and writes nothing) when an input or a result is invalid.
    """
    data_dir = data_dir or paths.data_dir()
    tables = build_tables(data_dir)
    texts = {name: to_csv(tables[name], schemas.TABLES[name]) for name in OUTPUTS}
    files = {f"{name}.csv": text for name, text in texts.items()}
    files[_datapackage.FILE_NAME] = _datapackage.to_json(_datapackage.datapackage(tables, texts))
    staging = Path(tempfile.mkdtemp(prefix=".build-", dir=data_dir))
    try:
        for file_name, text in files.items():
            atomic_write_text(staging / file_name, text)
        from videomarket.data._loaders import validate_all

        validate_all(staging)
        written = []
        for file_name in files:
            os.replace(staging / file_name, data_dir / file_name)
            written.append(data_dir / file_name)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def build_tables(data_dir: Path) -> dict[str, pd.DataFrame]:
    """All output tables as DataFrames (nothing written)."""
    raw, curated = data_dir / "raw", data_dir / "curated"
    provenance = load_provenance(raw)
    sources = _concat_unique(
        [
            *(_read(p, schemas.SOURCES) for p in sorted(curated.glob("sources-*.csv"))),
            raw_sources(provenance),
        ],
        "source_id",
        curated,
    )
    aliases = _read(curated / "model_aliases.csv", schemas.MODEL_ALIASES)
    epochs = _read(curated / "scale_epochs.csv", schemas.SCALE_EPOCHS)
    board = pd.concat([read_raw_boards(raw, provenance), read_secondary(curated)], ignore_index=True)
    developers = _read(curated / "developers.csv", schemas.DEVELOPERS)
    curated_models = _read(curated / "models.csv", schemas.MODELS)
    models = complete_models(curated_models, aliases, developers, raw, provenance)
    return {
        "sources": sources,
        "developers": developers,
        "scale_epochs": epochs,
        "models": models,
        "model_aliases": aliases,
        "rankings": rankings_from_board(board, aliases, epochs),
        "market_forecasts": _read(curated / "market_forecasts.csv", schemas.MARKET_FORECASTS),
        "company_metrics": _read(curated / "company_metrics.csv", schemas.COMPANY_METRICS),
    }


def raw_sources(provenance: pd.DataFrame) -> pd.DataFrame:
    """One source row per raw snapshot, generated from its provenance."""
    title = (
        provenance["repository"].fillna(provenance["folder"])
        + " "
        + provenance["path"].fillna(provenance["file"])
    )
    with_commit = provenance["commit"].notna()
    title = title.where(~with_commit, title + " at " + provenance["commit"].str.slice(0, 7))
    published = provenance["snapshot_time"].str.slice(0, 10)
    return pd.DataFrame(
        {
            "source_id": provenance["source_id"],
            "url": provenance["url"],
            "title": title,
            "title_en": pd.NA,
            "publisher": provenance["format"]
            .map(PUBLISHERS)
            .fillna(provenance["repository"])
            .fillna("unknown"),
            "published": published,
            "accessed": provenance["retrieved"],
            "licence": provenance["licence"],
            "evidence": "A",
            "cites_url": pd.NA,
            "note": ("raw snapshot data/raw/" + provenance["folder"] + "/" + provenance["file"]),
        }
    )


def read_raw_boards(raw: Path, provenance: pd.DataFrame) -> pd.DataFrame:
    """Board rows from every raw snapshot whose format carries a leaderboard.

    When an archive holds several snapshots of one pool on the same day, the latest is kept.
    """
    frames = []
    for row in provenance.itertuples(index=False):
        reader = RANKING_READERS.get(row.format)
        if reader is not None:
            frames.append(_remembered_read(reader, raw / row.folder / row.file, row._asdict()))
    if not frames:
        return pd.DataFrame()
    board = pd.concat(frames, ignore_index=True)
    board["folder"] = board["source_id"].map(
        dict(zip(provenance["source_id"], provenance["folder"], strict=True))
    )
    latest = board.groupby(["folder", "arena", "category", "snapshot_date"])["snapshot_time"].transform("max")
    return board[board["snapshot_time"] == latest].drop(columns=["folder", "snapshot_time"])


_RAW_READS: OrderedDict[tuple, pd.DataFrame] = OrderedDict()
_RAW_KEPT = 2048  # every raw snapshot of the shipped data, several times over


def _remembered_read(reader: Callable[..., pd.DataFrame], path: Path, provenance: dict) -> pd.DataFrame:
    """``reader(path, provenance)``, answered from memory (as a copy) when the same reader read the same
    bytes with the same provenance row before: a reader sees nothing but that file and that row, and
    builds, refreshes and tests rebuild hundreds of unchanged snapshots. Errors are never remembered."""
    try:
        content = path.read_bytes()
    except OSError:
        return reader(path, provenance)  # the reader names the file in its own error
    digest = hashlib.blake2b(content, digest_size=20).digest()
    key = (reader.__module__, reader.__qualname__, str(path), digest, repr(sorted(provenance.items())))
    if key not in _RAW_READS:
        _RAW_READS[key] = reader(path, provenance)
        while len(_RAW_READS) > _RAW_KEPT:
            _RAW_READS.popitem(last=False)
    _RAW_READS.move_to_end(key)
    return _RAW_READS[key].copy()


def complete_models(
    models: pd.DataFrame, aliases: pd.DataFrame, developers: pd.DataFrame, raw: Path, provenance: pd.DataFrame
) -> pd.DataFrame:
    """Fill each model's empty facts from the source its row names, and its developer's country.

    A curated row whose ``source_id`` is an archived Artificial Analysis model list takes AA's
    family, release date, open-weights flag, audio capability and price per minute (text-to-video
    price, else image-to-video) from that file; values typed in the curated row win. The model is
    found in the list by the names the alias table gives it on Artificial Analysis boards.
    """
    models = models.copy()
    lists = provenance[provenance["format"] == "aa-models-csv"]
    aa_names = aliases[aliases["arena"] == "Artificial Analysis"].groupby("model")["model_name"].agg(list)
    for row in lists.itertuples(index=False):
        facts = read_aa_models_csv(raw / row.folder / row.file).set_index("model")
        for index in models.index[models["source_id"] == row.source_id]:
            names = [n for n in aa_names.get(models.at[index, "model"], []) if n in facts.index]
            if not names:
                raise DataValidationError(
                    raw / row.folder / row.file,
                    [f"model {models.at[index, 'model']!r} names this list as its source but is not in it"],
                )
            _fill_from_list(models, index, facts.loc[names[0]], row.source_id)
    countries = dict(zip(developers["developer"], developers["country"], strict=True))
    models["country"] = models["country"].fillna(models["developer"].map(countries).astype("string"))
    return models


def _fill_from_list(models: pd.DataFrame, index: int, facts: pd.Series, source_id: str) -> None:
    """Copy one AA model-list row into an empty curated cell (curated values win)."""
    price = facts["price_per_min_t2v"] or facts["price_per_min_i2v"]
    values = {
        "family": facts["family"] or None,
        "released": pd.Timestamp(facts["release_date"]) if facts["release_date"] else None,
        "open_weights": _flag(facts["open_weights"]),
        "native_audio": _flag(facts["audio"]),
        "api_price_usd_per_min": float(price) if price else None,
    }
    for column, value in values.items():
        if value is not None and pd.isna(models.at[index, column]):
            models.at[index, column] = value
    if price and pd.isna(models.at[index, "price_source_id"]):
        models.at[index, "price_source_id"] = source_id


def _flag(text: str) -> bool | None:
    return {"true": True, "false": False}.get(text.strip().lower())


def read_secondary(curated: Path) -> pd.DataFrame:
    """Hand-entered leaderboard values (press-relayed or developer-copied), one source per row."""
    path = curated / "rankings_secondary.csv"
    if not path.is_file():
        return pd.DataFrame()
    frame = read_table(path, schemas.RANKINGS_SECONDARY)
    return frame.drop(columns=["note"])


def rankings_from_board(board: pd.DataFrame, aliases: pd.DataFrame, epochs: pd.DataFrame) -> pd.DataFrame:
    """Map shown names to canonical ids and attach the scale epoch of each row's pool and date.

    An alias row may be limited to one pool (``category``) and to snapshot days (``valid_from``,
    ``valid_to``); among the rows that apply, the most specific wins (a pool beats no pool, a date
    bound beats none). This covers copies that reuse an old entry's name for a new entry, e.g. a
    top-8 copy that shortened "MiniMax H3 (768p)" to "MiniMax H3" on the re-anchored text-to-video board.
    """
    board = board.assign(model=_models_for(board, aliases))
    board["scale_epoch"] = _epochs_for(board, epochs)
    return board[schemas.RANKINGS.names]


def _models_for(board: pd.DataFrame, aliases: pd.DataFrame) -> list[str]:
    problems = []
    models = pd.Series("", index=board.index, dtype=object)
    for arena, rows in board.groupby("arena", observed=True):
        try:
            resolved = resolve(aliases, str(arena), list(rows["model_name"]), list(rows["category"]),
                               list(rows["snapshot_date"]))
        except AliasError as error:
            problems += [f"{p}: see data/curated/model_aliases.csv" for p in error.problems]
            continue
        models[rows.index] = resolved
    if problems:
        raise DataValidationError("model_aliases.csv", problems)
    return models.tolist()


def _epochs_for(board: pd.DataFrame, epochs: pd.DataFrame) -> list[str]:
    """The scale epoch of each board row (exactly one must cover its pool and day), by one merge."""
    rows = board[["arena", "category", "snapshot_date"]].astype({"arena": str, "category": str})
    rows = rows.reset_index(drop=True).assign(row=lambda f: f.index)
    spans = epochs[["arena", "category", "start", "end", "scale_epoch"]]
    spans = spans.astype({"arena": str, "category": str})
    pairs = rows.merge(spans, on=["arena", "category"], how="left")
    covers = (pairs["start"] <= pairs["snapshot_date"]) & (
        pairs["end"].isna() | (pairs["end"] >= pairs["snapshot_date"])
    )
    covering = pairs[covers.fillna(False).astype(bool)]
    counts = covering.groupby("row").size().reindex(rows["row"], fill_value=0)
    wrong = rows[counts.to_numpy() != 1].drop_duplicates(["arena", "category", "snapshot_date"])
    if len(wrong):
        raise DataValidationError(
            "scale_epochs.csv",
            [
                f"{int(counts.iloc[r.row])} scale epochs cover {r.arena} / {r.category} on "
                f"{pd.Timestamp(r.snapshot_date).date()}: exactly one must"
                for r in wrong.itertuples(index=False)
            ],
        )
    return covering.sort_values("row")["scale_epoch"].astype(str).tolist()


def _read(path: Path, spec: TableSpec) -> pd.DataFrame:
    return read_table(path, spec)


def _concat_unique(frames: list[pd.DataFrame], key: str, where: Path) -> pd.DataFrame:
    frame = pd.concat([f for f in frames if len(f)], ignore_index=True)
    duplicated = sorted(set(frame.loc[frame[key].duplicated(), key]))
    if duplicated:
        raise DataValidationError(
            where, [f"{key} {value!r} is defined more than once" for value in duplicated]
        )
    return frame


def to_csv(frame: pd.DataFrame, spec: TableSpec) -> str:
    """The table as CSV text: spec column order, rows sorted by key, stable number formatting."""
    ordered = frame[spec.names].sort_values(list(spec.key), kind="mergesort", na_position="first")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(spec.names)
    cells = [_formatted(ordered[column.name], _FORMATTERS[column.kind]) for column in spec.columns]
    writer.writerows(zip(*cells, strict=True))
    return buffer.getvalue()


def _formatted(values: pd.Series, fmt: Callable[[object], str]) -> list[str]:
    """Each cell as text, formatting every distinct value once (dates, ids and ratings repeat)."""
    codes, uniques = pd.factorize(values.astype(object), use_na_sentinel=True)
    texts = np.array([fmt(v) for v in uniques] + [""], dtype=object)  # code -1 (missing) -> ""
    return texts[codes].tolist()


def _is_missing(value: object) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value)


def _fmt_text(value: object) -> str:
    return "" if _is_missing(value) else str(value)


def _fmt_date(value: object) -> str:
    return "" if _is_missing(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


def _fmt_int(value: object) -> str:
    return "" if _is_missing(value) else str(int(value))


def _fmt_float(value: object) -> str:
    return "" if _is_missing(value) else format(float(value), ".10g")


def _fmt_bool(value: object) -> str:
    return "" if _is_missing(value) else ("true" if bool(value) else "false")


_FORMATTERS = {
    "str": _fmt_text,
    "id": _fmt_text,
    "url": _fmt_text,
    "category": _fmt_text,
    "partial_date": _fmt_text,
    "date": _fmt_date,
    "int": _fmt_int,
    "float": _fmt_float,
    "bool": _fmt_bool,
}
