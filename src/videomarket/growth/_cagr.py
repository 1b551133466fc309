"""Compound annual growth: the rate between two values, projection at a rate, and the audit of the
CAGRs that market reports state against the endpoints they publish.

Example:
    >>> round(cagr(716.8, 2562.9, 2032 - 2025) * 100, 2)
    19.96
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

_REPORT_KEY = ["publisher", "report", "edition"]
_REQUIRED = [*_REPORT_KEY, "year", "value_usd_m", "stated_cagr_pct", "cagr_from", "cagr_to"]
_CONTEXT = ["definition", "region", "source_id", "published"]
AUDIT_COLUMNS = [
    *_REPORT_KEY, "definition", "region", "start_year", "end_year", "start_value_usd_m", "end_value_usd_m",
    "implied_cagr_pct", "stated_cagr_pct", "gap_pts", "flagged", "checkable", "endpoints", "source_id",
    "published",
]


def cagr(start: float, end: float, years: float) -> float:
    """Compound annual growth rate taking ``start`` to ``end`` in ``years``, as a fraction.

    Example:
        >>> round(cagr(3860, 42290, 2033 - 2024), 4)
        0.3047
    """
    start, end, years = _finite(start, "start"), _finite(end, "end"), _finite(years, "years")
    if start <= 0 or end <= 0:
        raise ValueError(f"cagr needs positive start and end values, got start={start}, end={end}")
    if years <= 0:
        raise ValueError(f"cagr needs a positive number of years, got {years}")
    return math.exp(math.log(end / start) / years) - 1


def project(value: float, rate: float, years: float) -> float:
    """``value`` grown at ``rate`` (a fraction: 0.20 is 20 %) per year for ``years`` (negative years go back).

    A rate above 1 (more than doubling a year) is refused as a likely percent typed as a fraction.

    Example:
        >>> round(project(716.8, 0.20, 7), 1)
        2568.4
    """
    value, rate, years = _finite(value, "value"), _finite(rate, "rate"), _finite(years, "years")
    if rate <= -1:
        raise ValueError(f"rate must be above -1 (a loss of less than 100 % a year), got {rate}")
    if rate > 1:
        raise ValueError(
            f"rate {rate:g} means more than doubling every year; rates are fractions, e.g. 0.20 for 20 % a "
            f"year (pass {rate / 100:g} if you meant {rate:g} %)"
        )
    return value * math.exp(years * math.log1p(rate))


def _finite(value: float, what: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be a number, got {value!r}") from None
    if not math.isfinite(number):
        raise ValueError(f"{what} must be finite, got {value!r}")
    return number


def cagr_audit(forecasts: pd.DataFrame, *, threshold_pts: float = 0.5) -> pd.DataFrame:
    """One row per (publisher, report, edition[, region]): implied versus stated CAGR, in percent a year.

    A report's regional values (e.g. a North America figure beside the global ones) form their own
    path when the table has a ``region`` column, so a rate is never computed from one region to another.

    The implied rate uses the values at the stated ``cagr_from`` and ``cagr_to`` years when the report
    gives values for both; when it states no period, its first and last year (``endpoints`` says which).
    A report that states a period but gives no values at both of its ends is not checkable: the rate of
    its first and last values covers other years, so it is shown but never compared (no gap, not
    flagged). ``gap_pts`` is stated minus implied, in percentage points (positive: the report states
    more growth than its own numbers show); ``flagged`` marks gaps larger than ``threshold_pts`` in
    absolute value; ``checkable`` is True where a gap could be computed. Reports without a stated CAGR
    get the implied rate and no gap; reports with one year only get neither.

    Example:
        >>> import pandas as pd
        >>> table = pd.DataFrame({"publisher": ["P", "P"], "report": ["R", "R"], "edition": ["2025", "2025"],
        ...     "year": [2024, 2033], "value_usd_m": [3860.0, 42290.0], "stated_cagr_pct": [32.2, 32.2],
        ...     "cagr_from": [2024, 2024], "cagr_to": [2033, 2033]})
        >>> row = cagr_audit(table).iloc[0]
        >>> round(float(row["implied_cagr_pct"]), 2), round(float(row["gap_pts"]), 2), bool(row["flagged"])
        (30.47, 1.73, True)
    """
    missing = [column for column in _REQUIRED if column not in forecasts.columns]
    if missing:
        raise ValueError(f"cagr_audit: the forecasts table lacks column(s) {missing}")
    if not (isinstance(threshold_pts, int | float) and threshold_pts >= 0):
        raise ValueError(f"threshold_pts must be a non-negative number, got {threshold_pts!r}")
    key_columns = [*_REPORT_KEY, "region"] if "region" in forecasts.columns else _REPORT_KEY
    rows = [
        _audit_report(dict(zip(key_columns, key, strict=True)), group, threshold_pts)
        for key, group in forecasts.groupby(key_columns, dropna=False, sort=True)
    ]
    return pd.DataFrame(rows, columns=AUDIT_COLUMNS)


def _audit_report(key: dict, group: pd.DataFrame, threshold_pts: float) -> dict:
    where = " / ".join(str(value) for value in key.values())
    years = pd.to_numeric(group["year"], errors="coerce")
    values = pd.to_numeric(group["value_usd_m"], errors="coerce")
    if years.isna().any() or years.duplicated().any():
        raise ValueError(f"cagr_audit: report {where} has a missing or repeated year: "
                         f"{sorted(group['year'])}")
    bad = group.index[~(np.isfinite(values) & (values > 0))]
    if len(bad):
        raise ValueError(f"cagr_audit: report {where} has a non-positive or missing value_usd_m "
                         f"in row {bad[0]}")
    by_year = dict(zip(years.astype(int), values.astype(float), strict=True))
    stated = _single(group, "stated_cagr_pct", where)
    start_year, end_year, endpoints = _endpoints(by_year, _single(group, "cagr_from", where),
                                                 _single(group, "cagr_to", where))
    implied = gap = np.nan
    if end_year > start_year:
        implied = 100 * cagr(by_year[start_year], by_year[end_year], end_year - start_year)
        comparable = not endpoints.endswith(_NOT_CHECKABLE)
        gap = stated - implied if not np.isnan(stated) and comparable else np.nan
    context = {column: _joined(group, column) for column in _CONTEXT}
    return {
        **key, **context, "start_year": start_year, "end_year": end_year,
        "start_value_usd_m": by_year[start_year], "end_value_usd_m": by_year[end_year],
        "implied_cagr_pct": implied, "stated_cagr_pct": stated, "gap_pts": gap,
        "flagged": bool(abs(gap) > threshold_pts) if not np.isnan(gap) else False,
        "checkable": bool(not np.isnan(gap)), "endpoints": endpoints,
    }


def _endpoints(by_year: dict[int, float], cagr_from: float, cagr_to: float) -> tuple[int, int, str]:
    first, last = min(by_year), max(by_year)
    if first == last:
        return first, last, "one year only: no rate"
    if np.isnan(cagr_from) or np.isnan(cagr_to):
        return first, last, "first and last year (no stated CAGR period)"
    start, end = int(cagr_from), int(cagr_to)
    if start in by_year and end in by_year and end > start:
        return start, end, "stated CAGR period"
    missing = f"no values for the stated period {start}-{end}"
    return first, last, f"first and last year ({missing}){_NOT_CHECKABLE}"


_NOT_CHECKABLE = ": not checkable"


def _single(group: pd.DataFrame, column: str, where: str) -> float:
    """The one value a report gives for a per-report column (repeated on its rows), or NaN."""
    present = pd.to_numeric(group[column], errors="coerce").dropna().unique()
    if len(present) > 1:
        raise ValueError(f"cagr_audit: report {where} gives several {column} values: {sorted(present)}")
    return float(present[0]) if len(present) else np.nan


def _joined(group: pd.DataFrame, column: str) -> str | None:
    if column not in group.columns:
        return None
    present = sorted({str(value) for value in group[column].dropna()})
    return "; ".join(present) if present else None
