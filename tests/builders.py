"""Small hand-made rows shared by tests (a forecast row as data/forecasts.csv has it)."""

from __future__ import annotations

import numpy as np


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
