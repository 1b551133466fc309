"""Column definitions, allowed values and checks for every table; ``DataValidationError``.

Each table is described once here, as a list of :class:`Column`. The loaders in
:mod:`videomarket.data` parse a CSV into these types and run the checks; the build in
:mod:`videomarket.data._build` writes tables in exactly this column order.

Checks run with pandera (``lazy=True``) so that every failure in a file is reported at once, each
with its file, line and column. pandera was chosen over frictionless because it validates the
pandas DataFrames the rest of the package works with (no second data model), its schemas are plain
Python next to the loaders, and it collects all failures with their row index, which maps directly
to a CSV line number.

Example::

    >>> from videomarket.data import schemas
    >>> [c.name for c in schemas.TABLES["sources"]][:3]
    ['source_id', 'url', 'title']
    >>> schemas.EVIDENCE_GRADES
    ('A', 'B', 'C', 'D')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["str", "category", "date", "partial_date", "int", "float", "bool", "url", "id"]

EVIDENCE_GRADES = ("A", "B", "C", "D")
ARENAS = ("Artificial Analysis", "LMArena")
AA_POOLS = ("text-to-video", "image-to-video", "text-to-video-audio", "image-to-video-audio")
DATE_PRECISIONS = ("day", "approx", "month")
DEFINITIONS = ("ai-video-generator", "ai-video-broad", "text-to-video", "adjacent")
FORECAST_KINDS = ("actual", "estimate", "forecast")
METRICS = (
    "revenue",
    "arr",
    "run_rate",
    "cumulative_revenue",
    "revenue_guidance",
    "analyst_forecast",
)
ALIAS_STATUS = ("reviewed", "unreviewed")


class DataValidationError(ValueError):
    """A table failed validation; the message lists every failure with file, line and column."""

    def __init__(self, path: object, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:200])
        more = f"\n  ... and {len(problems) - 200} more" if len(problems) > 200 else ""
        super().__init__(f"{path}: {len(problems)} problem(s):\n{shown}{more}")


@dataclass(frozen=True)
class Column:
    """One column: its type, whether it may be empty, and its value checks."""

    name: str
    kind: Kind
    required: bool = True  # False: empty cells allowed (NA)
    allowed: tuple[str, ...] | None = None
    minimum: float | None = None
    exclusive_minimum: bool = False
    maximum: float | None = None
    pattern: str | None = None
    description: str = ""
    unit: str = ""
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class TableSpec:
    """A table: its columns, primary key and foreign keys (column -> table)."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    foreign_keys: dict[str, str] = field(default_factory=dict)

    def __iter__(self):  # iterate over columns, e.g. ``[c.name for c in spec]``
        return iter(self.columns)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _evidence() -> Column:
    return Column("evidence", "category", allowed=EVIDENCE_GRADES, description="evidence grade A-D")


def _source() -> Column:
    return Column("source_id", "id", description="id of the row's source in sources.csv")


SOURCES = TableSpec(
    "sources",
    (
        Column("source_id", "id", pattern=r"^[a-z0-9][a-z0-9._-]*$", description="stable source id"),
        Column("url", "url", description="https URL of what was actually read"),
        Column("title", "str", description="title of the page, file or report"),
        Column("publisher", "str", description="who published it"),
        Column("published", "partial_date", required=False, description="YYYY, YYYY-MM or YYYY-MM-DD"),
        Column("accessed", "date", description="date the source was read"),
        Column("licence", "str", required=False, description="licence or terms"),
        _evidence(),
        Column("cites_url", "url", required=False, description="primary source the page relays"),
        Column("note", "str", required=False),
    ),
    key=("source_id",),
)

RANKINGS = TableSpec(
    "rankings",
    (
        Column("snapshot_date", "date", description="day the leaderboard showed these values"),
        Column("date_precision", "category", allowed=DATE_PRECISIONS, description="day, approx or month"),
        Column("arena", "category", allowed=ARENAS),
        Column("category", "category", allowed=AA_POOLS, description="separate rating pool"),
        Column("model", "id", description="canonical model id (models.csv)"),
        Column("model_name", "str", description="name as shown on the board"),
        Column("creator", "str", required=False, description="developer as shown on the board (if shown)"),
        Column("rank", "int", required=False, minimum=1, description="rank as published or by rating"),
        Column("elo", "float", required=False, minimum=0, exclusive_minimum=True, unit="rating points"),
        Column("ci_low", "float", required=False, minimum=0, unit="rating points"),
        Column("ci_high", "float", required=False, minimum=0, unit="rating points"),
        Column("appearances", "int", required=False, minimum=0, description="votes the model appeared in"),
        Column("scale_epoch", "id", description="rating scale: values compare only within one epoch"),
        _evidence(),
        _source(),
    ),
    key=("snapshot_date", "arena", "category", "model", "source_id"),
    foreign_keys={"model": "models", "source_id": "sources", "scale_epoch": "scale_epochs"},
)

MARKET_FORECASTS = TableSpec(
    "market_forecasts",
    (
        Column("publisher", "str"),
        Column("report", "str"),
        Column("edition", "str", required=False),
        Column("published", "partial_date", required=False),
        Column("definition", "category", allowed=DEFINITIONS, description="how the market is defined"),
        Column("region", "str"),
        Column("year", "int", minimum=2015, maximum=2040),
        Column("value_usd_m", "float", minimum=0, exclusive_minimum=True, unit="USD million"),
        Column("kind", "category", allowed=FORECAST_KINDS),
        Column("stated_cagr_pct", "float", required=False, unit="% per year"),
        Column("cagr_from", "int", required=False, minimum=2015, maximum=2040),
        Column("cagr_to", "int", required=False, minimum=2015, maximum=2040),
        _evidence(),
        _source(),
        Column("note", "str", required=False),
    ),
    key=("publisher", "report", "edition", "year"),
    foreign_keys={"source_id": "sources"},
)

COMPANY_METRICS = TableSpec(
    "company_metrics",
    (
        Column("company", "str"),
        Column("metric", "category", allowed=METRICS),
        Column("period", "str", description="period as stated: 2025-Q2, FY2024, 2026-06 ..."),
        Column(
            "period_end",
            "date",
            description="last day of the period or date of the statement",
            # a forecast or a company's guidance may refer to a period that has not ended yet
            extra={"future_if": ("metric", ("analyst_forecast", "revenue_guidance"))},
        ),
        Column("value_usd_m", "float", required=False, minimum=0, exclusive_minimum=True, unit="USD million"),
        Column("original_currency", "str", required=False, pattern=r"^[A-Z]{3}$"),
        Column("original_value", "float", required=False, minimum=0, exclusive_minimum=True),
        Column("fx_rate", "float", required=False, minimum=0, exclusive_minimum=True, unit="per USD"),
        Column("fx_date", "date", required=False),
        _evidence(),
        _source(),
        Column("note", "str", required=False),
    ),
    key=("company", "metric", "period", "source_id"),
    foreign_keys={"source_id": "sources"},
)

MODELS = TableSpec(
    "models",
    (
        Column("model", "id", pattern=r"^[a-z0-9][a-z0-9.+-]*$", description="canonical model id"),
        Column("model_name", "str", description="display name"),
        Column("family", "str", required=False),
        Column("developer", "str"),
        Column("country", "str", required=False),
        Column("released", "date", required=False),
        Column("native_audio", "bool", required=False),
        Column("open_weights", "bool", required=False),
        Column("max_clip_s", "float", required=False, minimum=0, exclusive_minimum=True, unit="seconds"),
        Column("api_price_usd_per_min", "float", required=False, minimum=0, unit="USD per minute"),
        Column("price_date", "date", required=False),
        _source(),
        Column("price_source_id", "id", required=False),
    ),
    key=("model",),
    foreign_keys={"source_id": "sources", "price_source_id": "sources"},
)

DEVELOPERS = TableSpec(
    "developers",
    (
        Column("developer", "str", description="developer (parent company) as used in models.csv"),
        Column("country", "str", description="country of the developer's headquarters"),
        _source(),
        Column("note", "str", required=False),
    ),
    key=("developer",),
    foreign_keys={"source_id": "sources"},
)

MODEL_ALIASES = TableSpec(
    "model_aliases",
    (
        Column("arena", "category", allowed=ARENAS),
        Column("model_name", "str", description="name exactly as shown on a board"),
        Column("model", "id", description="canonical model id"),
        Column("status", "category", allowed=ALIAS_STATUS),
        Column("note", "str", required=False),
        Column("category", "category", required=False, allowed=AA_POOLS, description="only this pool"),
        Column("valid_from", "date", required=False, description="first snapshot day the mapping applies to"),
        Column("valid_to", "date", required=False, description="last snapshot day the mapping applies to"),
    ),
    key=("arena", "model_name", "category", "valid_from"),
    foreign_keys={"model": "models"},
)

SCALE_EPOCHS = TableSpec(
    "scale_epochs",
    (
        Column("scale_epoch", "id"),
        Column("arena", "category", allowed=ARENAS),
        Column("category", "category", allowed=AA_POOLS),
        Column("start", "date"),
        Column("end", "date", required=False, description="last day of the epoch; empty if current"),
        Column("anchor_model_name", "str", required=False),
        Column("anchor_elo", "float", required=False),
        _source(),
        Column("note", "str", required=False),
    ),
    key=("scale_epoch",),
    foreign_keys={"source_id": "sources"},
)

RANKINGS_SECONDARY = TableSpec(
    "rankings_secondary",
    (
        *(c for c in RANKINGS.columns if c.name not in {"model", "scale_epoch"}),
        Column("note", "str", required=False),
    ),
    key=("snapshot_date", "arena", "category", "model_name", "source_id"),
)

RAW_PROVENANCE = TableSpec(
    "provenance",
    (
        Column("file", "str", description="file name in the same folder"),
        Column("source_id", "id", pattern=r"^[a-z0-9][a-z0-9._-]*$"),
        Column("repository", "str", required=False, description="owner/name for GitHub files"),
        Column("commit", "str", required=False, pattern=r"^[0-9a-f]{40}$"),
        Column("path", "str", required=False, description="path inside the repository"),
        Column("url", "url", description="https URL of the exact version read"),
        Column(
            "snapshot_time",
            "str",
            required=False,
            pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$",
        ),
        Column("retrieved", "date", description="date the snapshot was obtained"),
        Column("licence", "str"),
        Column("format", "str", description="parser key"),
        Column("category", "str", description="pool the values belong to, or multi"),
        Column(
            "sha256",
            "str",
            pattern=r"^[0-9a-f]{64}$",
            description="SHA-256 of the original bytes (before any gzip compression here)",
        ),
        Column(
            "board_date",
            "date",
            required=False,
            description="day the rows are dated by when it is not the snapshot's own day "
            "(LMArena's 'last updated' date of the board)",
        ),
        Column("note", "str", required=False),
    ),
    key=("file",),
)

TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        SOURCES,
        RANKINGS,
        MARKET_FORECASTS,
        COMPANY_METRICS,
        MODELS,
        MODEL_ALIASES,
        SCALE_EPOCHS,
        DEVELOPERS,
    )
}
