"""Small hand-made rows shared by tests: a forecast row as data/forecasts.csv has it, and the curated
tables of the small data folders that the build and refresh tests make."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from videomarket.data import schemas

#: The one press page every small data folder cites.
PRESS_SOURCE = "press,https://example.com/a,Launch,,Example News,2025-12-01,2026-11-24,,B,,\n"
#: Three models: A, B and the anchor Mochi 1 (open weights).
THREE_MODELS = ("model-a,Model A,A,X,,,,,,,,press,\n"
                "model-b,Model B,B,Y,,2025-12-01,false,false,10,,,press,\n"
                "mochi-1,Mochi 1,Mochi,Genmo,USA,,,true,,,,press,\n")


def forecast_row(
    *, publisher: str, report: str, edition: str, definition: str, year: int, value: float,
    stated: float = np.nan, evidence: str = "C", region: str = "Global", source: str = "s-x",
) -> dict[str, object]:
    """One row of the forecasts table: a value for a year from one report edition."""
    return {
        "publisher": publisher, "report": report, "edition": edition, "definition": definition,
        "region": region, "year": year, "value_usd_m": value, "evidence": evidence, "source_id": source,
        "stated_cagr_pct": stated, "cagr_from": np.nan, "cagr_to": np.nan,
    }


def write_three_models(curated: Path, aliases: list[str]) -> None:
    """The press source, the board-name aliases (``aliases``: the rows after the arena, e.g.
    ``"Model A,model-a,reviewed,,,,"``) and :data:`THREE_MODELS` into ``curated``."""
    (curated / "sources-test.csv").write_text(",".join(schemas.SOURCES.names) + "\n" + PRESS_SOURCE)
    rows = "".join(f"Artificial Analysis,{row}\n" for row in aliases)
    (curated / "model_aliases.csv").write_text(",".join(schemas.MODEL_ALIASES.names) + "\n" + rows)
    (curated / "models.csv").write_text(",".join(schemas.MODELS.names) + "\n" + THREE_MODELS)
