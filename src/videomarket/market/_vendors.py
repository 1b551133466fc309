"""Vendor revenue, ARR and run-rate figures as a reality check on market forecasts.

The figures (``data.load_company_metrics()``) measure different things, so nothing is added across
kinds:

- **revenue** (a quarter, nine months or a fiscal year that lies inside one calendar year): summed per
  calendar year, it is a floor on those vendors' revenue in that year;
- **annualized** (ARR, run-rate): a pace at one date scaled to a year, not calendar revenue; the latest
  snapshot of each vendor in a year is used. To set it against a calendar-year market it is converted
  under an assumed steady growth (:func:`calendar_revenue_from_arr`), over a range of growth
  assumptions (:func:`calendar_revenue_range`, flat to tripling a year by default): the lowest value of
  that range is the floor. Which way the conversion goes depends on the date: a year-end ARR overstates
  that year's calendar revenue (for a firm doubling each year, calendar revenue is about 0.72 times its
  year-end ARR), a mid-year run-rate of a growing firm understates it.

Vendor figures are a floor on the market (only some vendors disclose): they can neither confirm nor
refute a forecast.

Guidance (a company's revenue target), cumulative-since-launch figures and brokers' estimates are
forecasts or span several periods, so they are never counted; nor are companies in
:data:`NOT_COMPARABLE` (group revenue that is not video-only, aggregators that resell other vendors'
models and so double count them). Growth rates (:func:`vendor_growth`) use the original currency, so
no exchange rate is needed.

Example:
    >>> import pandas as pd
    >>> metrics = pd.DataFrame({"company": ["V", "V"], "metric": ["revenue", "revenue"],
    ...     "period": ["2025-Q1", "2025-Q2"], "period_end": pd.to_datetime(["2025-03-31", "2025-06-30"]),
    ...     "value_usd_m": [10.0, 20.0], "original_currency": ["USD"] * 2, "original_value": [10.0, 20.0],
    ...     "evidence": ["B", "B"], "source_id": ["s", "s"]})
    >>> vendor_figures(metrics)[["year", "basis", "counted"]].values.tolist()
    [[2025, 'revenue', True], [2025, 'revenue', True]]
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from videomarket import growth
from videomarket.market._forecasts import grades_at_least

BASES = ("revenue", "annualized")
BASIS_LABELS = {
    "revenue": "revenue reported within the year (a floor)",
    "annualized": "ARR / run-rate (latest in the year; not calendar revenue)",
}
# Companies whose figures are not like-for-like with a video-generator market, and why (from the
# notes of company_metrics.csv).
NOT_COMPARABLE: dict[str, str] = {
    "MiniMax (group, incl. Hailuo AI)": "group revenue (chat apps, LLM API and Hailuo video): not video-only",
    "Higgsfield AI": "aggregator reselling other vendors' models: its run-rate double counts theirs",
}
_NEEDED = [
    "company",
    "metric",
    "period",
    "period_end",
    "value_usd_m",
    "original_currency",
    "original_value",
    "evidence",
    "source_id",
]
_METRIC_BASIS = {"revenue": "revenue", "arr": "annualized", "run_rate": "annualized"}
_NEVER_COUNTED = {
    "revenue_guidance": "company guidance: a forecast, not an actual",
    "cumulative_revenue": "cumulative since launch: spans several periods",
    "analyst_forecast": "a broker's estimate, not company data",
}


ASSUMED_ARR_GROWTH = 1.0  # a run-rate that doubles in a year: the central assumption
GROWTH_RANGE = (0.0, 2.0)  # flat to tripling a year: the range of assumptions whose lowest value is the floor


def calendar_revenue_from_arr(
    arr_usd_m: float, snapshot: object, year: int, annual_growth: float = ASSUMED_ARR_GROWTH
) -> float:
    """Approximate calendar-year revenue from one run-rate (ARR) snapshot, assuming steady growth.

    With ``m = 1 + annual_growth`` the yearly multiple (2 = doubling) and the run-rate ``R`` stated at
    fraction ``t`` of ``year`` (day of the year / days in the year), the run-rate at time s of the year
    is ``R * m ** (s - t)`` and calendar revenue is its integral over the year:
    ``R * m ** (-t) * (m - 1) / ln(m)`` (just R when m = 1). A year-end snapshot (t = 1) of a growing
    firm gives less than R (0.72 x R when doubling); an early or mid-year snapshot gives more. An
    assumption, not a measurement: say so wherever the result is shown.

    Example::

        >>> round(calendar_revenue_from_arr(100.0, "2025-12-31", 2025), 1)
        72.1
        >>> round(calendar_revenue_from_arr(100.0, "2025-06-30", 2025, annual_growth=0.0), 1)
        100.0
        >>> round(calendar_revenue_from_arr(100.0, "2025-06-30", 2025), 1)  # mid-year, doubling
        102.3
    """
    if not np.isfinite(annual_growth) or annual_growth <= -1:
        raise ValueError(f"annual_growth must be above -1, got {annual_growth!r}")
    stamp = pd.Timestamp(snapshot)
    when = stamp.year + (stamp.day_of_year / (365 + stamp.is_leap_year))
    at_start = arr_usd_m * (1 + annual_growth) ** (int(year) - when)
    factor = annual_growth / np.log1p(annual_growth) if annual_growth != 0 else 1.0
    return float(at_start * factor)


def calendar_revenue_range(
    arr_usd_m: float, snapshot: object, year: int, growth_range: tuple[float, float] = GROWTH_RANGE,
    *, steps: int = 201,
) -> tuple[float, float]:
    """The lowest and highest calendar-year revenue :func:`calendar_revenue_from_arr` gives for any
    yearly growth in ``growth_range`` (fractions: 0.0 flat, 2.0 tripling), searched on ``steps`` evenly
    spaced rates including both ends. The lowest is a floor under every assumption in the range.

    Example::

        >>> [round(v, 1) for v in calendar_revenue_range(100.0, "2025-12-31", 2025)]  # year end: falls
        [60.7, 100.0]
        >>> [round(v, 1) for v in calendar_revenue_range(100.0, "2025-01-31", 2025)]  # January: rises
        [100.0, 165.8]
    """
    low, high = (float(g) for g in growth_range)
    if not (np.isfinite(low) and np.isfinite(high) and -1 < low <= high) or steps < 2:
        raise ValueError(f"growth_range must be (low, high) with -1 < low <= high, got {growth_range!r}")
    values = [calendar_revenue_from_arr(arr_usd_m, snapshot, year, g) for g in np.linspace(low, high, steps)]
    return float(min(values)), float(max(values))


def period_kind(metric: str, period: str) -> str:
    """What a figure covers: 'quarter', 'nine months', 'year', 'snapshot' (ARR, run-rate), 'guidance',
    'cumulative', 'estimate' or 'unknown'.

    Example:
        >>> period_kind("revenue", "2025-Q2"), period_kind("revenue", "9M2025"), period_kind("arr", "2025-04")
        ('quarter', 'nine months', 'snapshot')
    """
    if metric in ("arr", "run_rate"):
        return "snapshot"
    if metric == "revenue_guidance":
        return "guidance"
    if metric == "cumulative_revenue":
        return "cumulative"
    if metric == "analyst_forecast":
        return "estimate"
    text = str(period).strip()
    if re.fullmatch(r"\d{4}-Q[1-4]", text):
        return "quarter"
    if re.fullmatch(r"9M\d{4}", text):
        return "nine months"
    if re.fullmatch(r"FY\d{4}", text):
        return "year"
    return "unknown"


def _checked(metrics: pd.DataFrame, who: str) -> pd.DataFrame:
    missing = [column for column in _NEEDED if column not in metrics.columns]
    if missing:
        raise ValueError(f"{who}: the company-metrics table lacks column(s) {missing}")
    table = metrics.copy()
    for column in ("company", "metric", "period", "original_currency", "evidence", "source_id"):
        table[column] = table[column].astype("string").fillna("").astype(str)
    table["period_end"] = pd.to_datetime(table["period_end"], errors="raise")
    if table["period_end"].isna().any():
        raise ValueError(
            f"{who}: period_end is missing in row {int(np.flatnonzero(table['period_end'].isna())[0])}"
        )
    for column in ("value_usd_m", "original_value"):
        table[column] = pd.to_numeric(table[column], errors="raise").astype(float)
    table["kind"] = [period_kind(m, p) for m, p in zip(table["metric"], table["period"], strict=True)]
    return table


def vendor_figures(
    metrics: pd.DataFrame, min_evidence: str = "C", exclude: dict[str, str] | None = None
) -> pd.DataFrame:
    """Every figure with its calendar ``year``, ``basis`` (revenue / annualized, or empty),
    ``counted`` (used in :func:`vendor_vs_market`) and the ``reason`` when it is not counted (and the
    exchange rate ``fx_rate`` / ``fx_date`` and the source's ``note`` when the table has them).

    ``exclude`` maps company -> reason (default :data:`NOT_COMPARABLE`). Sorted by company and date.

    Example:
        >>> import pandas as pd
        >>> metrics = pd.DataFrame({"company": ["V", "V"], "metric": ["arr", "arr"],
        ...     "period": ["2025-04", "2025-10"], "period_end": pd.to_datetime(["2025-04-30", "2025-10-31"]),
        ...     "value_usd_m": [50.0, 80.0], "original_currency": ["USD"] * 2, "original_value": [50.0, 80.0],
        ...     "evidence": ["B", "B"], "source_id": ["s", "s"]})
        >>> vendor_figures(metrics)[["counted", "reason"]].values.tolist()
        [[False, 'superseded by a later snapshot in the same year'], [True, '']]
    """
    table = _checked(metrics, "vendor_figures")
    grades = grades_at_least(min_evidence)
    exclude = NOT_COMPARABLE if exclude is None else exclude
    table["year"] = table["period_end"].dt.year.astype(int)
    table["basis"] = table["metric"].map(_METRIC_BASIS).fillna("")
    reasons = []
    for _, row in table.iterrows():
        reasons.append(_reason(row, grades, exclude))
    table["reason"] = reasons
    table = table.sort_values(["company", "period_end", "metric"], kind="stable").reset_index(drop=True)
    # ARR and run-rates are snapshots: only a vendor's latest one in a year is counted.
    snapshot = (table["basis"] == "annualized") & (table["reason"] == "")
    latest = table[snapshot].groupby(["company", "basis", "year"])["period_end"].transform("max")
    superseded = snapshot & (table["period_end"] < latest.reindex(table.index))
    table.loc[superseded, "reason"] = "superseded by a later snapshot in the same year"
    table["counted"] = table["reason"] == ""
    columns = [
        "company",
        "metric",
        "period",
        "period_end",
        "year",
        "kind",
        "basis",
        "value_usd_m",
        "original_currency",
        "original_value",
        "evidence",
        "source_id",
        "counted",
        "reason",
    ]
    extra = [column for column in ("fx_rate", "fx_date", "note") if column in table.columns]
    return table[columns + extra]


def _reason(row: pd.Series, grades: tuple[str, ...], exclude: dict[str, str]) -> str:
    if row["metric"] in _NEVER_COUNTED:
        return _NEVER_COUNTED[row["metric"]]
    if row["evidence"] not in grades:
        return f"evidence {row['evidence']} is below {grades[-1]}"
    if row["company"] in exclude:
        return exclude[row["company"]]
    if not np.isfinite(row["value_usd_m"]):
        return (
            f"no USD value (reported in {row['original_currency'] or 'an unknown currency'}, no sourced rate)"
        )
    if row["basis"] == "revenue" and row["kind"] not in ("quarter", "nine months", "year"):
        return f"revenue period {row['period']!r} is not a quarter, nine months or fiscal year"
    if row["basis"] == "":
        return f"metric {row['metric']!r} is not revenue, ARR or run-rate"
    return ""


def carry_forward(figures: pd.DataFrame, year: int, within_years: int = 1) -> pd.DataFrame:
    """:func:`vendor_figures` plus, for each vendor with no counted figure in ``year``, its latest counted
    run-rate or ARR from at most ``within_years`` years before, copied into ``year`` at its last pace
    (``year`` set, date kept, ``carried`` True; other rows ``carried`` False), so :func:`vendor_vs_market`
    counts it: a figure counts if stated in the year or the year before.

    Example:
        >>> import pandas as pd
        >>> figs = pd.DataFrame({"company": ["V", "W", "X"], "year": [2025, 2026, 2024],
        ...     "basis": ["annualized"] * 3, "period_end": pd.to_datetime(["2025-06-30", "2026-01-31",
        ...     "2024-06-30"]), "value_usd_m": [90.0, 150.0, 10.0], "counted": [True] * 3})
        >>> out = carry_forward(figs, 2026)
        >>> out[out["carried"]][["company", "year"]].values.tolist()
        [['V', 2026]]
    """
    table = figures.copy()
    table["carried"] = False
    counted = table[table["counted"].astype(bool)]
    present = set(counted.loc[counted["year"].astype(int) == int(year), "company"])
    earlier = counted[(counted["year"].astype(int) < int(year))
                      & (counted["year"].astype(int) >= int(year) - int(within_years))
                      & (counted["basis"] == "annualized") & ~counted["company"].isin(present)]
    held = earlier.sort_values("period_end").groupby("company", sort=True).tail(1).copy()
    held["year"] = int(year)
    held["carried"] = True
    return pd.concat([table, held], ignore_index=True)


def calendar_figures(
    figures: pd.DataFrame,
    *,
    annual_growth: float = ASSUMED_ARR_GROWTH,
    growth_range: tuple[float, float] = GROWTH_RANGE,
) -> pd.DataFrame:
    """The counted rows of :func:`vendor_figures` with their calendar-year revenue: revenue as is;
    an ARR or run-rate converted at ``annual_growth`` (``calendar_usd_m``), over ``growth_range``
    (``calendar_low_usd_m``, the floor, and ``calendar_high_usd_m``) and at the range's fastest growth
    (``calendar_fastest_usd_m``: the highest value, except for a figure stated late in the year), from
    its date (``period_end``, or the year's last day when absent). What :func:`vendor_vs_market` sums
    and its chart stacks.

    Example:
        >>> import pandas as pd
        >>> figs = pd.DataFrame({"company": ["V"], "year": [2025], "basis": ["annualized"],
        ...     "period_end": pd.to_datetime(["2025-12-31"]), "value_usd_m": [100.0], "counted": [True]})
        >>> columns = ["calendar_low_usd_m", "calendar_usd_m", "calendar_high_usd_m"]
        >>> calendar_figures(figs)[columns].round(1).values.tolist()
        [[60.7, 72.1, 100.0]]
    """
    for column in ("company", "year", "basis", "value_usd_m", "counted"):
        if column not in figures.columns:
            raise ValueError(f"calendar_figures: figures lack column `{column}` (use vendor_figures)")
    counted = figures[figures["counted"].astype(bool)].copy()
    snapshots = counted["period_end"] if "period_end" in counted else pd.to_datetime(
        counted["year"].astype(int).astype(str) + "-12-31"
    )
    annualized = counted["basis"] == "annualized"
    rows = zip(counted["value_usd_m"], snapshots, counted["year"], annualized, strict=True)
    converted = [
        (calendar_revenue_from_arr(value, when, year, annual_growth),
         *calendar_revenue_range(value, when, year, growth_range),
         calendar_revenue_from_arr(value, when, year, float(growth_range[1]))) if snap
        else (value, value, value, value)
        for value, when, year, snap in rows
    ]
    counted["calendar_usd_m"] = [c for c, _, _, _ in converted]
    counted["calendar_low_usd_m"] = [low for _, low, _, _ in converted]
    counted["calendar_high_usd_m"] = [high for _, _, high, _ in converted]
    counted["calendar_fastest_usd_m"] = [fastest for _, _, _, fastest in converted]
    return counted


def vendor_vs_market(
    figures: pd.DataFrame,
    market: pd.DataFrame,
    *,
    annual_growth: float = ASSUMED_ARR_GROWTH,
    growth_range: tuple[float, float] = GROWTH_RANGE,
) -> pd.DataFrame:
    """Counted vendor figures summed per (year, basis) beside the forecast market size of that year.

    ``figures``: :func:`vendor_figures`; ``market``: :func:`videomarket.market.consensus_points`
    (year, value_usd_m, low, high, n_values; n_publishers, publishers and paths when present).
    Columns: year, basis, vendor_total_usd_m (as reported: revenue inside the year, or the sum of
    run-rates), calendar_usd_m (like for like with a calendar market: revenue as is; run-rates
    converted by :func:`calendar_revenue_from_arr` assuming they grow ``annual_growth`` a year),
    calendar_low_usd_m and calendar_high_usd_m (the range over every growth in ``growth_range``, each
    vendor's own lowest and highest summed, :func:`calendar_revenue_range`; the low end is the
    **floor**), calendar_fastest_usd_m (at the range's fastest growth), assumed_growth, growth_low,
    growth_high (NaN for revenue), n_vendors, vendors ('name value' list), evidence (the grades of
    the figures used, e.g. 'B, C'), market_usd_m (the value of
    :func:`~videomarket.market.consensus_points`), market_low, market_high, n_forecasts (stated
    values), n_publishers, forecast_paths, forecast_source_ids (the forecasts' sources, when ``market``
    gives ``source_ids``), share (calendar_usd_m / market_usd_m), share_low
    (/ highest forecast), share_high (/ lowest forecast), floor_share_low and floor_share_high (the
    floor over the highest and the lowest forecast), and the market's ``definition`` when it has one.
    Years without a forecast keep NaN market columns. Sorted by year and basis. A share is a floor
    from the vendors that disclose: it neither confirms nor refutes the forecast.

    Example:
        >>> import pandas as pd
        >>> figs = pd.DataFrame({"company": ["V", "W"], "year": [2025, 2025], "basis": ["annualized"] * 2,
        ...     "value_usd_m": [100.0, 90.0], "counted": [True, True]})
        >>> market = pd.DataFrame({"year": [2025], "value_usd_m": [716.8], "low": [716.8], "high": [788.5],
        ...     "n_values": [3]})
        >>> table = vendor_vs_market(figs, market)  # year-end run-rates, doubling a year: x 0.72
        >>> round(float(table["calendar_usd_m"].iloc[0]), 1), round(float(table["share"].iloc[0]), 3)
        (137.1, 0.191)
        >>> round(float(table["calendar_low_usd_m"].iloc[0]), 1)  # tripling a year: x 0.61
        115.3
    """
    for column in ("company", "year", "basis", "value_usd_m", "counted"):
        if column not in figures.columns:
            raise ValueError(f"vendor_vs_market: figures lack column `{column}` (use vendor_figures)")
    for column in ("year", "value_usd_m", "low", "high", "n_values"):
        if column not in market.columns:
            raise ValueError(f"vendor_vs_market: market lacks column `{column}` (use consensus_points)")
    counted = calendar_figures(figures, annual_growth=annual_growth, growth_range=growth_range)
    sums = ["value_usd_m", "calendar_usd_m", "calendar_low_usd_m", "calendar_high_usd_m",
            "calendar_fastest_usd_m"]
    rows = []
    for (year, basis), group in counted.groupby(["year", "basis"], sort=True):
        per_company = group.groupby("company", sort=True)[sums].sum()
        snapshot = basis == "annualized"
        rows.append(
            {
                "year": int(year),
                "basis": basis,
                "vendor_total_usd_m": float(per_company["value_usd_m"].sum()),
                "calendar_usd_m": float(per_company["calendar_usd_m"].sum()),
                "calendar_low_usd_m": float(per_company["calendar_low_usd_m"].sum()),
                "calendar_high_usd_m": float(per_company["calendar_high_usd_m"].sum()),
                "calendar_fastest_usd_m": float(per_company["calendar_fastest_usd_m"].sum()),
                "assumed_growth": annual_growth if snapshot else np.nan,
                "growth_low": float(growth_range[0]) if snapshot else np.nan,
                "growth_high": float(growth_range[1]) if snapshot else np.nan,
                "n_vendors": len(per_company),
                "vendors": "; ".join(
                    f"{name} {value:,.1f}" for name, value in per_company["value_usd_m"].items()
                ),
                "evidence": ", ".join(sorted(set(group["evidence"].astype(str))))
                if "evidence" in group else "",
            }
        )
    columns = ["year", "basis", "vendor_total_usd_m", "calendar_usd_m", "calendar_low_usd_m",
               "calendar_high_usd_m", "calendar_fastest_usd_m", "assumed_growth", "growth_low", "growth_high",
               "n_vendors"]
    table = pd.DataFrame(rows, columns=[*columns, "vendors", "evidence"])
    side = market.set_index(market["year"].astype(int))
    table["market_usd_m"] = table["year"].map(side["value_usd_m"]).astype(float)
    table["market_low"] = table["year"].map(side["low"]).astype(float)
    table["market_high"] = table["year"].map(side["high"]).astype(float)
    table["n_forecasts"] = table["year"].map(side["n_values"]).fillna(0).astype(int)
    publishers = side["n_publishers"] if "n_publishers" in side else side["n_values"]
    table["n_publishers"] = table["year"].map(publishers).fillna(0).astype(int)
    table["forecast_paths"] = table["year"].map(side["paths"]) if "paths" in side else pd.NA
    table["forecast_source_ids"] = table["year"].map(side["source_ids"]) if "source_ids" in side else pd.NA
    table["share"] = table["calendar_usd_m"] / table["market_usd_m"]
    table["share_low"] = table["calendar_usd_m"] / table["market_high"]
    table["share_high"] = table["calendar_usd_m"] / table["market_low"]
    table["floor_share_low"] = table["calendar_low_usd_m"] / table["market_high"]
    table["floor_share_high"] = table["calendar_low_usd_m"] / table["market_low"]
    table["basis_label"] = table["basis"].map(BASIS_LABELS)
    if "definition" in market.columns:
        table["definition"] = market["definition"].iloc[0] if len(market) else pd.NA
    return table


def vendor_growth(metrics: pd.DataFrame, min_evidence: str = "C", *, alpha: float = 0.05) -> pd.DataFrame:
    """How each like-for-like vendor series grew: the multiple over its span, and a yearly rate where the
    span allows one.

    A series is one company, one metric, one period kind (quarters with quarters, fiscal years with
    fiscal years, ARR with ARR) and one currency, in the original currency. ``months`` is its span and
    ``multiple`` last / first value: for spans under a year that is all that is reported (annualising a
    few months multiplies their noise; "from 1 to 18 in 8 months" says it plainly). For a year or
    more, ``endpoint_rate`` is the yearly rate of the first and last values (multiple ** (1 / years)
    − 1: a multiple of 4.3 over 12 months is +333% a year), the one to show a reader. Besides it, with
    three or more points ``annual_growth`` is exp(slope) − 1 of a statsmodels OLS fit of log value on
    time in years, with its 1 − alpha interval (t distribution, n − 2 degrees of freedom: wide for three
    points); with two points the CAGR between them and no interval. Guidance, cumulative figures and
    estimates are not series. ``caveat`` repeats :data:`NOT_COMPARABLE` where it applies. Longest
    span first.

    Example:
        >>> import pandas as pd
        >>> metrics = pd.DataFrame({"company": ["V"] * 2, "metric": ["arr"] * 2,
        ...     "period": ["2024-12", "2025-12"],
        ...     "period_end": pd.to_datetime(["2024-12-31", "2025-12-31"]), "value_usd_m": [50.0, 100.0],
        ...     "original_currency": ["USD"] * 2, "original_value": [50.0, 100.0], "evidence": ["B"] * 2,
        ...     "source_id": ["s"] * 2})
        >>> row = vendor_growth(metrics).iloc[0]
        >>> round(float(row["annual_growth"]), 2), round(float(row["endpoint_rate"]), 2)
        (1.0, 1.0)
    """
    if not 0 < alpha < 1:
        raise ValueError(f"vendor_growth: alpha must lie strictly between 0 and 1, got {alpha!r}")
    table = _checked(metrics, "vendor_growth")
    table = table[table["evidence"].isin(grades_at_least(min_evidence))]
    table = table[table["kind"].isin(["quarter", "nine months", "year", "snapshot"])]
    table = table[np.isfinite(table["original_value"]) & (table["original_value"] > 0)]
    rows = []
    for (company, metric, kind, currency), group in table.groupby(
        ["company", "metric", "kind", "original_currency"], sort=True
    ):
        group = group.sort_values("period_end").drop_duplicates("period_end", keep="last")
        if len(group) >= 2:
            rows.append(_series_growth(company, metric, kind, currency, group, alpha))
    result = pd.DataFrame(rows, columns=GROWTH_COLUMNS)
    return result.sort_values(["months", "company"], ascending=[False, True], kind="stable").reset_index(
        drop=True
    )


#: Columns of :func:`vendor_growth`, in order.
GROWTH_COLUMNS = [
    "company", "metric", "kind", "currency", "n_points", "first_period", "last_period", "first_end",
    "last_end", "first_value", "last_value", "months", "multiple", "years", "endpoint_rate", "annual_growth",
    "lower", "upper", "doubling_months",
    "method", "evidence", "source_ids", "caveat",
]


def _decimal_years(dates: pd.Series) -> np.ndarray:
    stamps = pd.to_datetime(dates)
    return (stamps.dt.year + (stamps.dt.day_of_year / (365 + stamps.dt.is_leap_year))).to_numpy(dtype=float)


_YEAR_IN_MONTHS = 11.5  # a "year" of quarters Q1 to Q4 spans 9 months between period ends; a year is 12


def _series_growth(
    company: str, metric: str, kind: str, currency: str, group: pd.DataFrame, alpha: float
) -> dict:
    x = _decimal_years(group["period_end"])
    y = group["original_value"].to_numpy(dtype=float)
    span = float(x[-1] - x[0])
    months = 12 * span
    rate = lower = upper = slope = np.nan
    if months < _YEAR_IN_MONTHS:
        method = f"span of {months:.0f} months: not annualised (the multiple says it)"
    elif len(group) >= 3:
        ols = growth.exponential_ols(x, y, origin=float(x[0]))
        slope = float(ols.params["x"])
        low, high = (float(v) for v in ols.conf_int(alpha).loc["x"])
        rate, lower, upper = np.expm1(slope), np.expm1(low), np.expm1(high)
        method = f"OLS on log values, {len(group)} points ({len(group) - 2} residual df)"
    else:
        rate = growth.cagr(y[0], y[-1], span)
        slope = np.log1p(rate)
        method = "two points: CAGR, no interval"
    return {
        "company": company,
        "metric": metric,
        "kind": kind,
        "currency": currency,
        "n_points": len(group),
        "first_period": group["period"].iloc[0],
        "last_period": group["period"].iloc[-1],
        "first_end": group["period_end"].iloc[0],
        "last_end": group["period_end"].iloc[-1],
        "first_value": y[0],
        "last_value": y[-1],
        "months": round(months),
        "multiple": y[-1] / y[0],
        "years": span,
        "endpoint_rate": (y[-1] / y[0]) ** (1 / span) - 1 if months >= _YEAR_IN_MONTHS else np.nan,
        "annual_growth": rate,
        "lower": lower,
        "upper": upper,
        "doubling_months": 12 * np.log(2) / slope if slope > 0 else np.nan,
        "method": method,
        "evidence": group["evidence"].max(),
        "source_ids": "; ".join(sorted(set(group["source_id"]))),
        "caveat": NOT_COMPARABLE.get(company, ""),
    }


def newest_figure_date(metrics: pd.DataFrame, forecasts: pd.DataFrame | None = None) -> pd.Timestamp:
    """The most recent date a reported figure refers to: the latest period end of an actual vendor figure
    (revenue, ARR, run-rate; not guidance or forecasts, which end in the future), or a forecast edition's
    publication date when later. The "data as of" date of a market report.

    Example:
        >>> import pandas as pd
        >>> m = pd.DataFrame({"metric": ["arr", "revenue_guidance"],
        ...                   "period_end": pd.to_datetime(["2026-01-31", "2026-12-31"])})
        >>> newest_figure_date(m).date()
        datetime.date(2026, 1, 31)
    """
    actual = metrics[metrics["metric"].isin(list(_METRIC_BASIS))]
    dates = list(pd.to_datetime(actual["period_end"]).dropna())
    if forecasts is not None and "published" in forecasts.columns:
        published = forecasts["published"].dropna().astype(str)
        dates += [pd.Timestamp(p if len(p) == 10 else f"{p}-01" if len(p) == 7 else f"{p}-01-01")
                  for p in published]
    if not dates:
        raise ValueError("newest_figure_date: no dated vendor figure or forecast edition")
    return max(dates)
