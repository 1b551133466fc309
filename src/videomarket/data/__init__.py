"""The tables: load, validate and rebuild the tidy CSVs of ``data/``.

Loaders return typed, validated DataFrames (dates ``datetime64``, enumerations ``category``, counts
``Int64``, measurements ``Float64``); any problem raises :class:`DataValidationError` naming every
failing file, line and column. :func:`build_all` rebuilds the tables from ``data/raw`` and
``data/curated`` (``make data``). Column definitions live in :mod:`videomarket.data.schemas`.

Example::

    >>> from videomarket import data
    >>> ranks = data.load_rankings()
    >>> sorted(ranks["arena"].cat.categories)
    ['Artificial Analysis', 'LMArena']
"""

from __future__ import annotations

from videomarket.data import schemas
from videomarket.data._aliases import (
    AliasError,
    general_mapping,
    newest_names,
    readable_name,
    readable_names,
    resolve,
)
from videomarket.data._build import build_all
from videomarket.data._coverage import (
    archive_versions,
    boards_from_index_text,
    cloned_from_git,
    copied_from_index_text,
    coverage_change,
    coverage_gaps,
    evidence_mix,
    grade_counts,
    is_rebuilt_board,
    last_downloaded_day,
    neighbour_day_changes,
    next_day_check,
    pool_coverage,
    rated_values,
    ratings_once,
    rebuilt_boards,
    rebuilt_from_text,
    same_day_differences,
    same_day_widest,
    snapshot_coverage,
)
from videomarket.data._loaders import (
    load_company_metrics,
    load_forecasts,
    load_model_aliases,
    load_models,
    load_provenance,
    load_rankings,
    load_scale_epochs,
    load_sources,
    load_table,
    validate_all,
)
from videomarket.data._prices import ModelListError, load_pool_prices, load_prompt_category_elo
from videomarket.data._tablecheck import read_table
from videomarket.data.schemas import DataValidationError

__all__ = [
    "AliasError",
    "DataValidationError",
    "ModelListError",
    "archive_versions",
    "boards_from_index_text",
    "build_all",
    "cloned_from_git",
    "copied_from_index_text",
    "coverage_change",
    "coverage_gaps",
    "evidence_mix",
    "general_mapping",
    "grade_counts",
    "is_rebuilt_board",
    "last_downloaded_day",
    "load_company_metrics",
    "load_forecasts",
    "load_model_aliases",
    "load_models",
    "load_pool_prices",
    "load_prompt_category_elo",
    "load_provenance",
    "load_rankings",
    "load_scale_epochs",
    "load_sources",
    "load_table",
    "neighbour_day_changes",
    "newest_names",
    "next_day_check",
    "pool_coverage",
    "rated_values",
    "ratings_once",
    "read_table",
    "readable_name",
    "readable_names",
    "rebuilt_boards",
    "rebuilt_from_text",
    "resolve",
    "same_day_differences",
    "same_day_widest",
    "schemas",
    "snapshot_coverage",
    "validate_all",
]
