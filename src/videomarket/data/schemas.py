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
#: Each pool in words, in the order the notes list them (silent before audio, text before image).
POOL_LABELS = {
    "text-to-video": "Text to video (silent)",
    "image-to-video": "Image to video (silent)",
    "text-to-video-audio": "Text to video with audio",
    "image-to-video-audio": "Image to video with audio",
}
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

#: Plausible ratings. AA video ratings sit around 900-1400 with an anchor model at 1000; a value outside
#: (ELO_MIN, ELO_MAX) means a changed unit or a broken source, not a rating. ``refresh`` rejects it in an
#: API response and the loaders in a table: one constant for both, so refresh never stores a board that
#: the rebuild would then refuse.
ELO_MIN, ELO_MAX = 0.0, 5000.0  # both exclusive
#: Half-width of a published 95% interval (the API's ``ci_95``): CI_MIN inclusive, CI_MAX exclusive.
CI_MIN, CI_MAX = 0.0, 500.0
#: Within one source's board a better (smaller) rank may be rated at most this many points below a worse
#: rank: published ratings are rounded, a larger inversion is a transcription or parsing error.
RANK_ORDER_TOLERANCE = 1.0


def check_choice(value: object, allowed: tuple[str, ...], what: str) -> None:
    """Raise ValueError naming the allowed values when ``value`` is not one of them.

    >>> check_choice("t2v", AA_POOLS, "category")
    Traceback (most recent call last):
    ...
    ValueError: unknown category 't2v'; allowed: text-to-video, image-to-video, ...-audio
    """
    if value not in allowed:
        raise ValueError(f"unknown {what} {value!r}; allowed: {', '.join(allowed)}")


def check_pool(arena: object, category: object) -> None:
    """ValueError naming the allowed values when ``arena`` or ``category`` is not one the tables allow."""
    check_choice(arena, ARENAS, "arena")
    check_choice(category, AA_POOLS, "category")


class DataValidationError(ValueError):
    """A table failed validation; the message lists every failure with file, line and column."""

    def __init__(self, path: object, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:200])
        more = f"\n  ... and {len(problems) - 200} more" if len(problems) > 200 else ""
        super().__init__(f"{path}: {len(problems)} problem(s):\n{shown}{more}")


def grades_at_least(min_evidence: str) -> tuple[str, ...]:
    """The evidence grades as good as ``min_evidence`` or better (A is best).

    Example:
        >>> grades_at_least("C")
        ('A', 'B', 'C')
    """
    if min_evidence not in EVIDENCE_GRADES:
        raise ValueError(f"min_evidence must be one of {list(EVIDENCE_GRADES)}, got {min_evidence!r}")
    return EVIDENCE_GRADES[: EVIDENCE_GRADES.index(min_evidence) + 1]


# reader-facing names must print with any font: no Chinese, Japanese or Korean characters
LATIN_SCRIPT = r"^[^\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]*$"


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
    exclusive_maximum: bool = False
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
    title: str = ""
    description: str = ""

    def __iter__(self):  # iterate over columns, e.g. ``[c.name for c in spec]``
        return iter(self.columns)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _evidence() -> Column:
    return Column(
        "evidence",
        "category",
        allowed=EVIDENCE_GRADES,
        description="evidence grade: A primary (archived copy of the publisher's data or a primary "
        "disclosure), B solid secondhand, C a single secondhand quote or an inferred attribution, "
        "D unattributed or low quality",
    )


def _source() -> Column:
    return Column("source_id", "id", description="the row's source (sources.csv)")


def _note(what: str = "what the source actually says, and any caveat") -> Column:
    return Column("note", "str", required=False, description=what)


SOURCES = TableSpec(
    "sources",
    (
        Column("source_id", "id", pattern=r"^[a-z0-9][a-z0-9._-]*$", description="stable source id"),
        Column(
            "url",
            "url",
            description="https URL of what was actually read (for GitHub files: the file at its commit)",
        ),
        Column("title", "str", description="title of the page, file or report, as published"),
        Column(
            "title_en",
            "str",
            required=False,
            pattern=LATIN_SCRIPT,
            description="the title in English where the published one is in another script (our translation)",
        ),
        Column("publisher", "str", pattern=LATIN_SCRIPT, description="who published it, in Latin script"),
        Column(
            "published",
            "partial_date",
            required=False,
            description="when it was published, as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD",
        ),
        Column("accessed", "date", description="date the source was read"),
        Column("licence", "str", required=False, description="licence or terms of the source"),
        _evidence(),
        Column("cites_url", "url", required=False, description="the primary page a secondary source relays"),
        _note("what the source states and how it was read"),
    ),
    key=("source_id",),
    title="Sources",
    description="Every public source cited by the other tables: curated pages and one row per raw snapshot "
    "file (generated from data/raw/*/provenance.csv).",
)

RANKINGS = TableSpec(
    "rankings",
    (
        Column(
            "snapshot_date",
            "date",
            description="day the board showed these values (UTC day of the snapshot's own timestamp; "
            "LMArena boards: the board's 'last updated' date)",
        ),
        Column(
            "date_precision",
            "category",
            allowed=DATE_PRECISIONS,
            description="day; approx: within a few days (the curated note says why); month: only the "
            "month is known, stored as the 15th",
        ),
        Column("arena", "category", allowed=ARENAS, description="the arena (separate rating scales)"),
        Column(
            "category",
            "category",
            allowed=AA_POOLS,
            description="the rating pool; LMArena has text-to-video and image-to-video boards",
        ),
        Column("model", "id", description="canonical model id (models.csv)"),
        Column("model_name", "str", description="name exactly as the board or page showed it"),
        Column(
            "creator",
            "str",
            required=False,
            description="developer as the board showed it (empty where it showed none)",
        ),
        Column(
            "rank",
            "int",
            required=False,
            minimum=1,
            description="rank as published; for API copies (which carry no rank) the competition rank by "
            "rating (ties share the better rank); empty for entries a board lists but does not rank",
        ),
        Column(
            "elo",
            "float",
            required=False,
            minimum=ELO_MIN,
            exclusive_minimum=True,
            maximum=ELO_MAX,
            exclusive_maximum=True,
            unit="rating points",
            description="the published rating (Bradley-Terry on an Elo-like scale), strictly between "
            "ELO_MIN and ELO_MAX (the range refresh accepts); empty when a source gives only a rank",
        ),
        Column(
            "ci_low",
            "float",
            required=False,
            minimum=ELO_MIN,
            maximum=ELO_MAX,
            exclusive_maximum=True,
            unit="rating points",
            description="lower end of the published 95% interval; empty when not published",
        ),
        Column(
            "ci_high",
            "float",
            required=False,
            minimum=ELO_MIN,
            maximum=ELO_MAX + CI_MAX,
            exclusive_maximum=True,
            unit="rating points",
            description="upper end of the published 95% interval; empty when not published",
        ),
        Column(
            "appearances",
            "int",
            required=False,
            minimum=0,
            unit="votes",
            description="votes the model appeared in, where the board shows them",
        ),
        Column(
            "scale_epoch",
            "id",
            description="the rating scale (scale_epochs.csv); compare ratings only within one epoch",
        ),
        _evidence(),
        _source(),
    ),
    key=("snapshot_date", "arena", "category", "model", "source_id"),
    foreign_keys={"model": "models", "source_id": "sources", "scale_epoch": "scale_epochs"},
    title="Leaderboard history",
    description="Artificial Analysis Video Arena and LMArena video boards, one row per snapshot day, arena, "
    "pool, model and source: archived machine copies (grade A) and press or developer-copied values (B-D). "
    "Ratings compare only within one arena, pool and scale epoch.",
)

MARKET_FORECASTS = TableSpec(
    "market_forecasts",
    (
        Column("publisher", "str", description="who published the report"),
        Column("report", "str", description="the report's name"),
        Column(
            "edition",
            "str",
            required=False,
            description="which edition (editions are re-issues with new figures)",
        ),
        Column(
            "published",
            "partial_date",
            required=False,
            description="when the edition was published, as precisely as known (YYYY[-MM[-DD]])",
        ),
        Column(
            "definition",
            "category",
            allowed=DEFINITIONS,
            description="how the report defines the market; compare only within one definition",
        ),
        Column("region", "str", description="geography (Global unless stated)"),
        Column("year", "int", minimum=2015, maximum=2040, description="the year the value refers to"),
        Column(
            "value_usd_m",
            "float",
            minimum=0,
            exclusive_minimum=True,
            unit="USD million",
            description="market size stated for that year (never computed here)",
        ),
        Column(
            "kind",
            "category",
            allowed=FORECAST_KINDS,
            description="actual: historical value; estimate: base-year estimate; forecast",
        ),
        Column(
            "stated_cagr_pct",
            "float",
            required=False,
            unit="% per year",
            description="growth rate as the source states it, repeated on each row of the edition",
        ),
        Column("cagr_from", "int", required=False, minimum=2015, maximum=2040, description="first year of "
               "the stated rate's period"),
        Column("cagr_to", "int", required=False, minimum=2015, maximum=2040, description="last year of the "
               "stated rate's period"),
        _evidence(),
        _source(),
        _note(),
    ),
    key=("publisher", "report", "edition", "year"),
    foreign_keys={"source_id": "sources"},
    title="Market-size forecasts",
    description="Analyst market-size figures for AI video, one row per report edition and year, each as its "
    "source states it; reports define the market differently.",
)

COMPANY_METRICS = TableSpec(
    "company_metrics",
    (
        Column("company", "str", description="company or product (e.g. 'Kling AI (Kuaishou)')"),
        Column(
            "metric",
            "category",
            allowed=METRICS,
            description="revenue: recognised over a period; arr / run_rate: annualised snapshots at a date; "
            "cumulative_revenue: since launch; revenue_guidance: the company's target; analyst_forecast: a "
            "broker's forecast of the company's revenue",
        ),
        Column("period", "str", description="period as stated: 2025-Q2, FY2024, 2026-06 ..."),
        Column(
            "period_end",
            "date",
            description="last day of the period, or the date of an ARR / run-rate statement (month-only "
            "statements: last day of the month); forecasts and guidance may end in the future",
            # a forecast or a company's guidance may refer to a period that has not ended yet
            extra={"future_if": ("metric", ("analyst_forecast", "revenue_guidance"))},
        ),
        Column(
            "value_usd_m",
            "float",
            required=False,
            minimum=0,
            exclusive_minimum=True,
            unit="USD million",
            description="as stated in USD, or converted with the FX rate given; empty when no sourced rate",
        ),
        Column(
            "original_currency",
            "str",
            required=False,
            pattern=r"^[A-Z]{3}$",
            description="ISO code of the currency the figure was stated in",
        ),
        Column(
            "original_value",
            "float",
            required=False,
            minimum=0,
            exclusive_minimum=True,
            unit="million, original currency",
            description="the figure as stated, in original_currency",
        ),
        Column(
            "fx_rate",
            "float",
            required=False,
            minimum=0,
            exclusive_minimum=True,
            unit="original currency per USD",
            description="the conversion rate used, from a cited source",
        ),
        Column("fx_date", "date", required=False, description="date of the conversion rate"),
        _evidence(),
        _source(),
        _note("what the source says; 'more than X' statements are entered as X and called a lower bound"),
    ),
    key=("company", "metric", "period", "source_id"),
    foreign_keys={"source_id": "sources"},
    title="Vendor revenue figures",
    description="Vendors' revenue, ARR, run-rate, guidance and brokers' forecasts, one row per company, "
    "metric, period and source. ARR and run-rates are not calendar revenue.",
)

MODELS = TableSpec(
    "models",
    (
        Column(
            "model",
            "id",
            pattern=r"^[a-z0-9][a-z0-9.+-]*$",
            description="canonical id: the board name in lower case with hyphens",
        ),
        Column("model_name", "str", description="display name (the board's name)"),
        Column("family", "str", required=False, description="product family (AA's family where listed)"),
        Column("developer", "str", description="developer (parent company)"),
        Column(
            "country",
            "str",
            required=False,
            description="developer's country, from developers.csv; empty where unsourced",
        ),
        Column("released", "date", required=False, description="release date as AA lists it"),
        Column("native_audio", "bool", required=False, description="makes audio with the video (AA flag)"),
        Column("open_weights", "bool", required=False, description="weights published (AA's flag)"),
        Column(
            "max_clip_s",
            "float",
            required=False,
            minimum=0,
            exclusive_minimum=True,
            unit="seconds",
            description="longest clip (empty: no sourced value yet)",
        ),
        Column(
            "api_price_usd_per_min",
            "float",
            required=False,
            minimum=0,
            unit="USD per minute of video",
            description="AA's listed API price (text-to-video, else image-to-video)",
        ),
        Column("price_date", "date", required=False, description="date of the price (empty: undated list)"),
        Column(
            "source_id",
            "id",
            description="source of the facts (the archived AA model list where the model is in it, else "
            "the board where it was first seen)",
        ),
        Column("price_source_id", "id", required=False, description="source of the price (sources.csv)"),
    ),
    key=("model",),
    foreign_keys={"source_id": "sources", "price_source_id": "sources"},
    title="Model catalogue",
    description="One row per canonical model: developer, country, release, audio, open weights, API price.",
)

DEVELOPERS = TableSpec(
    "developers",
    (
        Column("developer", "str", description="developer (parent company) as used in models.csv"),
        Column("country", "str", description="country of the developer's headquarters"),
        _source(),
        _note("how the boards name the developer, or other remarks"),
    ),
    key=("developer",),
    foreign_keys={"source_id": "sources"},
    title="Developers",
    description="Each developer's country, with its own source.",
)

MODEL_ALIASES = TableSpec(
    "model_aliases",
    (
        Column("arena", "category", allowed=ARENAS, description="the arena whose boards show the name"),
        Column("model_name", "str", description="name exactly as shown on a board"),
        Column("model", "id", description="canonical model id (models.csv)"),
        Column(
            "status",
            "category",
            allowed=ALIAS_STATUS,
            description="reviewed, or unreviewed for names added automatically by videomarket refresh",
        ),
        _note("why the name maps to this model (renames, labels, scraper artefacts)"),
        Column(
            "category",
            "category",
            required=False,
            allowed=AA_POOLS,
            description="the mapping applies only to this pool (empty: every pool)",
        ),
        Column("valid_from", "date", required=False, description="first snapshot day the mapping applies to"),
        Column("valid_to", "date", required=False, description="last snapshot day the mapping applies to"),
    ),
    key=("arena", "model_name", "category", "valid_from"),
    foreign_keys={"model": "models"},
    title="Board names",
    description="Every name seen on a board mapped to a canonical model id; the most specific row that "
    "applies wins.",
)

SCALE_EPOCHS = TableSpec(
    "scale_epochs",
    (
        Column("scale_epoch", "id", description="stable id of the rating scale"),
        Column("arena", "category", allowed=ARENAS, description="the arena"),
        Column("category", "category", allowed=AA_POOLS, description="the rating pool"),
        Column("start", "date", description="first day of the epoch"),
        Column("end", "date", required=False, description="last day of the epoch; empty if current"),
        Column(
            "anchor_model_name",
            "str",
            required=False,
            description="the model fixed at anchor_elo with a zero interval (AA pools)",
        ),
        Column("anchor_elo", "float", required=False, unit="rating points", description="anchor's rating"),
        _source(),
        _note("how the start and end were established"),
    ),
    key=("scale_epoch",),
    foreign_keys={"source_id": "sources"},
    title="Rating scales",
    description="Each pool's rating scale and its anchor; an epoch ends when the anchor changes.",
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
