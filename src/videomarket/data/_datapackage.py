"""The tidy tables as a Frictionless Data Package (``data/datapackage.json``), generated from the schemas.

Every table becomes a tabular data resource whose fields carry the type, description, unit and
constraints of :mod:`videomarket.data.schemas`, with its primary and foreign keys, the sources its
rows cite and its licence. The build (``make data``) writes the descriptor next to the CSVs; it holds
no date or other changing value, so the same tables give the same bytes. Any tool that reads data
packages can open the folder; ``frictionless validate data/datapackage.json`` checks every table
against it.

Example::

    >>> from videomarket.data import schemas
    >>> field = field_descriptor(schemas.RANKINGS.columns[8])
    >>> field["name"], field["type"], field["unit"], field["constraints"]["exclusiveMinimum"]
    ('elo', 'number', 'rating points', 0)
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping

import pandas as pd

from videomarket.data import schemas
from videomarket.data.schemas import Column, TableSpec

FILE_NAME = "datapackage.json"
PROFILES = "https://datapackage.org/profiles/2.0"  # Data Package v2: exclusiveMinimum, typed resources
MIT = {"name": "MIT", "path": "https://opensource.org/licenses/MIT", "title": "MIT License"}
QUOTED = (
    " The table is MIT-licensed; the values it quotes remain their publishers' and are quoted with "
    "attribution: each source's licence or terms is in sources.csv (column licence)."
)
_TYPES = {
    "str": "string",
    "id": "string",
    "url": "string",
    "category": "string",
    "partial_date": "string",
    "date": "date",
    "int": "integer",
    "float": "number",
    "bool": "boolean",
}
_RAW_NOTE = re.compile(r"^raw snapshot data/raw/([^/]+)/")
_GITHUB = re.compile(r"^(https://github\.com/[^/]+/[^/]+)/")


def field_descriptor(column: Column) -> dict[str, object]:
    """One Table Schema field: name, type, description, unit and constraints of a schema column."""
    field: dict[str, object] = {"name": column.name, "type": _TYPES[column.kind]}
    if column.kind == "url":
        field["format"] = "uri"
    if column.kind == "bool":
        field["trueValues"], field["falseValues"] = ["true"], ["false"]
    if column.description:
        field["description"] = column.description
    if column.unit:
        field["unit"] = column.unit
    constraints: dict[str, object] = {"required": column.required}
    if column.allowed:
        constraints["enum"] = list(column.allowed)
    if column.minimum is not None:
        bound = "exclusiveMinimum" if column.exclusive_minimum else "minimum"
        constraints[bound] = _number(column.minimum)
    if column.maximum is not None:
        constraints["maximum"] = _number(column.maximum)
    pattern = column.pattern or (r"^\d{4}(-\d{2}(-\d{2})?)?$" if column.kind == "partial_date" else None)
    if pattern:
        constraints["pattern"] = pattern
    field["constraints"] = constraints
    return field


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def table_schema(spec: TableSpec) -> dict[str, object]:
    """The Table Schema of one table: fields, primary key, foreign keys, empty cells as missing."""
    schema: dict[str, object] = {
        "$schema": f"{PROFILES}/tableschema.json",
        "fields": [field_descriptor(column) for column in spec.columns],
        "missingValues": [""],
        "primaryKey": list(spec.key),
    }
    if spec.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": column, "reference": {"resource": target, "fields": schemas.TABLES[target].key[0]}}
            for column, target in spec.foreign_keys.items()
        ]
    return schema


def cited_sources(table: pd.DataFrame, sources: pd.DataFrame) -> list[dict[str, str]]:
    """The sources a table's rows cite: one entry per raw archive folder, one per curated source."""
    columns = [c for c in ("source_id", "price_source_id") if c in table.columns]
    used = set(pd.concat([table[c] for c in columns]).dropna().astype(str)) if columns else set()
    cited = sources[sources["source_id"].astype(str).isin(used)].sort_values("source_id")
    archives: dict[str, dict[str, str]] = {}
    pages: list[dict[str, str]] = []
    for row in cited.itertuples(index=False):
        folder = _RAW_NOTE.match(str(row.note)) if isinstance(row.note, str) else None
        if folder is None:
            pages.append({"title": str(row.title), "path": str(row.url)})
            continue
        repository = _GITHUB.match(str(row.url))
        archives.setdefault(folder.group(1), {
            "title": f"data/raw/{folder.group(1)}: snapshots archived by "
            + (repository.group(1).removeprefix("https://github.com/") if repository else str(row.publisher))
            + " (each file is a row of sources.csv)",
            "path": repository.group(1) if repository else str(row.url),
        })
    return [archives[name] for name in sorted(archives)] + pages


def resource(spec: TableSpec, table: pd.DataFrame, text: str, sources: pd.DataFrame) -> dict[str, object]:
    """The data resource of one table written as ``text`` (its CSV)."""
    body = text.encode("utf-8")
    descriptor: dict[str, object] = {
        "$schema": f"{PROFILES}/dataresource.json",
        "name": spec.name,
        "type": "table",
        "path": f"{spec.name}.csv",
        "title": spec.title or spec.name,
        "description": spec.description + QUOTED,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        # stated, not sniffed: a table whose text holds many ';' or '|' could be misread otherwise
        "dialect": {"$schema": f"{PROFILES}/tabledialect.json", "delimiter": ",", "header": True,
                    "quoteChar": '"', "doubleQuote": True},
        "bytes": len(body),
        "hash": f"sha256:{hashlib.sha256(body).hexdigest()}",
        "licenses": [MIT],
        "schema": table_schema(spec),
    }
    cited = cited_sources(table, sources) if spec.name != "sources" else []
    if cited:
        descriptor["sources"] = cited
    return descriptor


def datapackage(tables: Mapping[str, pd.DataFrame], texts: Mapping[str, str]) -> dict[str, object]:
    """The package descriptor for the tables (by name) and their CSV texts, in ``texts`` order."""
    return {
        "$schema": f"{PROFILES}/datapackage.json",
        "name": "videomarket",
        "title": "videomarket: AI video generation leaderboards and market figures",
        "description": (
            "Dated copies of the Artificial Analysis Video Arena and LMArena video leaderboards, analyst "
            "market-size forecasts and vendors' revenue figures, each row with a public https source and an "
            "evidence grade (A archived copy ... D low quality). Rebuilt by `make data` from data/raw and "
            "data/curated; see data/README.md."
        ),
        "licenses": [MIT],
        "resources": [
            resource(schemas.TABLES[name], tables[name], texts[name], tables["sources"]) for name in texts
        ],
    }


def to_json(descriptor: Mapping[str, object]) -> str:
    """The descriptor as stable JSON text (key order as built, 2-space indent, Unix newline)."""
    return json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
