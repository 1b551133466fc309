"""Load the tidy tables as typed, validated DataFrames.

Every loader reads ``data/<table>.csv`` (or ``path``, for your own CSV of the same shape), checks
types, allowed values, ranges, keys, dates and (by default) that every model, scale epoch and
source id it mentions exists in the shipped ``models.csv``, ``scale_epochs.csv`` and
``sources.csv``. Any problem raises :class:`DataValidationError` listing every failure with
file, line and column.

Dates are ``datetime64``, enumerations are ``category``, counts are nullable ``Int64`` and
measurements nullable ``Float64``.

Example::

    >>> from videomarket import data
    >>> ranks = data.load_rankings()
    >>> sorted(ranks["arena"].cat.categories)
    ['Artificial Analysis', 'LMArena']
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from videomarket import paths
from videomarket.data import schemas
from videomarket.data._tablecheck import read_keys, read_table_with_lines, show, where
from videomarket.data.schemas import DataValidationError, TableSpec


def load_table(
    name: str,
    path: Path | str | None = None,
    *,
    check_references: bool = True,
    reference_dir: Path | None = None,
) -> pd.DataFrame:
    """Load table ``name`` (a key of :data:`videomarket.data.schemas.TABLES`) from ``path`` or data/.

    References (model, source, scale-epoch ids) are checked against the tables in
    ``reference_dir`` (default: the data folder).
    """
    schemas.check_choice(name, tuple(schemas.TABLES), "table")
    spec = schemas.TABLES[name]
    table_path = Path(path) if path is not None else paths.table_path(name)
    frame, lines = read_table_with_lines(table_path, spec)
    if check_references and spec.foreign_keys:
        problems = _reference_problems(frame, lines, spec, table_path, reference_dir or paths.data_dir())
        if problems:
            raise DataValidationError(table_path, problems)
    return frame


def load_rankings(path: Path | str | None = None, *, check_references: bool = True) -> pd.DataFrame:
    """Leaderboard history, one row per (snapshot_date, arena, category, model, source_id).

    Ratings are comparable only within one ``arena``, ``category`` and ``scale_epoch``.
    """
    return load_table("rankings", path, check_references=check_references)


def load_forecasts(path: Path | str | None = None, *, check_references: bool = True) -> pd.DataFrame:
    """Analyst market-size figures, one row per (report edition, year)."""
    return load_table("market_forecasts", path, check_references=check_references)


def load_company_metrics(path: Path | str | None = None, *, check_references: bool = True) -> pd.DataFrame:
    """Vendor revenue, ARR and run-rate figures, one source per row."""
    return load_table("company_metrics", path, check_references=check_references)


def load_models(path: Path | str | None = None, *, check_references: bool = True) -> pd.DataFrame:
    """The model catalogue: developer, release, audio, open weights, API price per minute."""
    return load_table("models", path, check_references=check_references)


def load_model_aliases(path: Path | str | None = None, *, check_references: bool = True) -> pd.DataFrame:
    """Every name seen on a board mapped to its canonical model id."""
    return load_table("model_aliases", path, check_references=check_references)


def load_scale_epochs(path: Path | str | None = None, *, check_references: bool = True) -> pd.DataFrame:
    """Rating-scale epochs per pool: values compare only within one epoch."""
    return load_table("scale_epochs", path, check_references=check_references)


def load_sources(path: Path | str | None = None) -> pd.DataFrame:
    """Every public source cited by the tables, with URL, licence and evidence grade."""
    return load_table("sources", path, check_references=False)


def load_provenance(raw: Path | None = None) -> pd.DataFrame:
    """Every raw snapshot's provenance (``data/raw/*/provenance.csv``) with its ``folder``.

    Each listed file must exist; raises :class:`DataValidationError` otherwise.
    """
    raw = raw or paths.raw_dir()
    frames, problems = [], []
    for manifest in sorted(raw.glob("*/provenance.csv")):
        frame, lines = read_table_with_lines(manifest, schemas.RAW_PROVENANCE)
        frame["folder"] = manifest.parent.name
        for line, name in zip(lines, frame["file"], strict=True):
            if not (manifest.parent / name).is_file():
                problems.append(
                    f"{manifest.name}:{line}: column 'file': {name!r} does not exist in {manifest.parent}"
                )
        frames.append(frame)
    if problems:
        raise DataValidationError(raw, problems)
    columns = [*schemas.RAW_PROVENANCE.names, "folder"]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)


def validate_all(folder: Path | None = None) -> None:
    """Load every table in ``folder`` (default data/); raise one error listing all problems."""
    folder = folder or paths.data_dir()
    problems: list[str] = []
    for name in schemas.TABLES:
        try:
            load_table(name, folder / f"{name}.csv", reference_dir=folder)
        except DataValidationError as error:
            problems += error.problems
    if problems:
        raise DataValidationError(folder, problems)


def _reference_problems(
    frame: pd.DataFrame, lines: np.ndarray, spec: TableSpec, path: Path, reference_dir: Path
) -> list[str]:
    problems = []
    known_by_table: dict[str, set[str]] = {}
    for column, target in spec.foreign_keys.items():
        if target not in known_by_table:  # only the key column is needed, not a full validation
            target_spec = schemas.TABLES[target]
            known_by_table[target] = read_keys(reference_dir / f"{target}.csv", target_spec)
        unknown = frame[column].notna() & ~frame[column].isin(known_by_table[target])
        for position in np.flatnonzero(unknown.to_numpy(dtype=bool)):
            value = frame[column].iloc[position]
            problems.append(f"{where(path, lines[position], column)}: {show(value)} is not in {target}.csv")
    return problems
