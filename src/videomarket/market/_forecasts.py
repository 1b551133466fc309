"""Market-size forecasts: paths per report edition, the per-year consensus, the seed-claim check, the
CAGR audit per region and growth curves fitted to the consensus.

The forecast table (``data.load_forecasts()``) is thin and secondhand: each report edition states two
or three values. So the functions here keep every edition apart (:func:`forecast_paths`), pool only
what shares a market definition (:func:`consensus_points`, one row per year) and fit curves with the
uncertainty that such thin data allows (:func:`consensus_fits`, from :mod:`videomarket.market._fits`).
Evidence grades run from A (best) to D; ``min_evidence="C"`` keeps A, B and C.

Vendor revenues against these forecasts live in :mod:`videomarket.market._vendors`.

Example:
    >>> import pandas as pd
    >>> table = pd.DataFrame({
    ...     "publisher": ["P", "P", "Q"], "report": ["R", "R", "S"], "edition": ["B", "B", "x"],
    ...     "definition": ["ai-video-generator"] * 3, "region": ["Global"] * 3, "year": [2025, 2032, 2025],
    ...     "value_usd_m": [716.8, 2562.9, 788.5], "evidence": ["C", "C", "D"],
    ...     "source_id": ["s1", "s1", "s2"]})
    >>> forecast_paths(table)["path"].unique().tolist()
    ['P ed. B']
    >>> consensus_points(table, "ai-video-generator", min_evidence="D")["value_usd_m"].tolist()
    [752.65, 2562.9]
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np
import pandas as pd

from videomarket import growth
from videomarket.data.schemas import DEFINITIONS, grades_at_least

_PATH_KEY = ["publisher", "report", "edition", "region"]
_NEEDED = [
    "publisher",
    "report",
    "edition",
    "definition",
    "region",
    "year",
    "value_usd_m",
    "evidence",
    "source_id",
]
_AGGREGATES = ("median", "geomean")


def forecast_paths(
    forecasts: pd.DataFrame, definition: str | None = None, min_evidence: str = "C"
) -> pd.DataFrame:
    """One row per stated value, labelled by its forecast path (publisher, report, edition, region).

    Keeps rows graded ``min_evidence`` or better, of ``definition`` (all definitions when None).
    Added columns: ``path`` (a short label, unique per path), ``n_points`` (stated values on the
    path) and ``path_evidence`` (the worst grade on the path, which styles its line). Sorted by
    definition, path and year.

    Example:
        >>> import pandas as pd
        >>> rows = pd.DataFrame({"publisher": ["P"] * 2, "report": ["R"] * 2, "edition": ["A"] * 2,
        ...     "definition": ["adjacent"] * 2, "region": ["Global"] * 2, "year": [2024, 2030],
        ...     "value_usd_m": [1.0, 2.0], "evidence": ["C", "C"], "source_id": ["s"] * 2})
        >>> forecast_paths(rows)[["path", "year", "n_points"]].values.tolist()
        [['P ed. A', 2024, 2], ['P ed. A', 2030, 2]]
    """
    table = _selected(forecasts, definition, min_evidence, "forecast_paths")
    if table.empty:
        return table.assign(
            path=pd.Series(dtype=str), n_points=pd.Series(dtype=int), path_evidence=pd.Series(dtype=str)
        )
    keys = table[_PATH_KEY].astype(str).agg(" / ".join, axis=1)
    labels = _path_labels(table)
    table = table.assign(path=labels)
    table["n_points"] = keys.map(keys.value_counts()).astype(int)
    table["path_evidence"] = table.groupby(keys)["evidence"].transform("max")
    order = ["definition", "path", "year"]
    return table.sort_values(order, kind="stable").reset_index(drop=True)


def _selected(forecasts: pd.DataFrame, definition: str | None, min_evidence: str, who: str) -> pd.DataFrame:
    missing = [column for column in _NEEDED if column not in forecasts.columns]
    if missing:
        raise ValueError(f"{who}: the forecasts table lacks column(s) {missing}")
    if definition is not None and definition not in DEFINITIONS:
        raise ValueError(f"{who}: definition must be one of {list(DEFINITIONS)} or None, got {definition!r}")
    grades = grades_at_least(min_evidence)
    table = forecasts.copy()
    for column in ("publisher", "report", "edition", "definition", "region", "evidence", "source_id"):
        table[column] = table[column].astype("string").fillna("").astype(str)
    table["year"] = pd.to_numeric(table["year"], errors="raise").astype(int)
    table["value_usd_m"] = pd.to_numeric(table["value_usd_m"], errors="raise").astype(float)
    keep = table["evidence"].isin(grades)
    if definition is not None:
        keep &= table["definition"] == definition
    return table[keep].reset_index(drop=True)


def _path_labels(table: pd.DataFrame) -> pd.Series:
    """'Publisher ed. B', plus the region when not global, plus the definition where labels collide."""

    def label(row: pd.Series) -> str:
        text = row["publisher"]
        if re.fullmatch(r"[A-Z]{1,2}\d?", row["edition"]):
            text += f" ed. {row['edition']}"
        if row["region"] not in ("", "Global"):
            text += f", {row['region']}"
        return text

    labels = table.apply(label, axis=1)
    keys = table[_PATH_KEY].astype(str).agg(" / ".join, axis=1)
    paths_per_label = keys.groupby(labels).transform("nunique")
    clash = paths_per_label > 1
    labels[clash] = labels[clash] + " [" + table.loc[clash, "definition"] + "]"
    return labels


def consensus_points(
    forecasts: pd.DataFrame,
    definition: str,
    min_evidence: str = "C",
    *,
    region: str = "Global",
    how: str = "median",
) -> pd.DataFrame:
    """The stated values of one market definition pooled across publishers: one row per year.

    One publisher is one forecast: when several editions of one publisher state the same year (FBI B
    and C both give 2025), they count once, with the ``how`` of their values; the year's value is then
    the ``how`` ("median" or "geomean") across publishers. ``n_publishers`` and ``publishers`` say how
    many forecasts that is, ``n_values``, ``low`` and ``high`` show every stated value's spread, and
    ``paths`` / ``source_ids`` where they came from, with the ``definition`` and ``region`` pooled.
    With one publisher the value is that publisher's forecast, not a consensus. This is a summary of
    analysts' statements, not a measurement of the market.

    Example:
        >>> import pandas as pd
        >>> rows = pd.DataFrame({"publisher": ["P", "P", "Q", "Q"], "report": ["R", "R", "S", "S"],
        ...     "edition": ["B", "C", "x", "x"], "definition": ["text-to-video"] * 4,
        ...     "region": ["Global"] * 4, "year": [2025, 2025, 2025, 2030],
        ...     "value_usd_m": [100.0, 100.0, 400.0, 900.0], "evidence": ["C"] * 4,
        ...     "source_id": ["s1", "s1", "s2", "s2"]})
        >>> points = consensus_points(rows, "text-to-video", how="geomean")
        >>> points[["year", "value_usd_m", "n_values", "n_publishers"]].round(6).values.tolist()
        [[2025.0, 200.0, 3.0, 2.0], [2030.0, 900.0, 1.0, 1.0]]
    """
    if how not in _AGGREGATES:
        raise ValueError(f"consensus_points: how must be one of {list(_AGGREGATES)}, got {how!r}")
    if definition is None:
        raise ValueError(
            "consensus_points: pass one market definition (values of different definitions "
            "measure different markets)"
        )
    paths = forecast_paths(forecasts, definition, min_evidence)
    paths = paths[paths["region"] == region]
    if paths.empty:
        raise ValueError(
            f"consensus_points: no forecast values for definition {definition!r}, region "
            f"{region!r} with evidence {min_evidence} or better"
        )
    rows = []
    for year, group in paths.groupby("year", sort=True):
        values = group["value_usd_m"].to_numpy(dtype=float)
        per_publisher = [_pooled(g["value_usd_m"].to_numpy(dtype=float), how)
                         for _, g in group.groupby("publisher", sort=True)]
        rows.append(
            {
                "year": int(year),
                "value_usd_m": _pooled(np.asarray(per_publisher), how),
                "n_publishers": len(per_publisher),
                "publishers": "; ".join(sorted(set(group["publisher"]))),
                "n_values": len(values),
                "low": float(values.min()),
                "high": float(values.max()),
                "paths": "; ".join(sorted(set(group["path"]))),
                "source_ids": "; ".join(sorted(set(group["source_id"]))),
            }
        )
    return pd.DataFrame(rows).assign(definition=definition, region=region)


def forecast_values(
    forecasts: pd.DataFrame,
    definition: str,
    min_evidence: str = "C",
    *,
    years: object = None,
    region: str = "Global",
) -> pd.DataFrame:
    """Each forecast's value in each year it covers: the value it states, or, between two stated years,
    the value it implies at its own steady rate between them (geometric interpolation). Never
    extrapolated beyond a forecast's first or last stated year.

    One row per (path, year) for the :func:`forecast_paths` of ``definition`` and ``region``, graded
    ``min_evidence`` or better; ``years`` (an iterable of years) keeps those only. Columns: path,
    publisher, edition, year, value_usd_m, stated (True where the forecast states that year),
    evidence (the path's worst grade), source_id.

    Example:
        >>> import pandas as pd
        >>> rows = pd.DataFrame({"publisher": ["P", "P"], "report": ["R", "R"], "edition": ["B", "B"],
        ...     "definition": ["text-to-video"] * 2, "region": ["Global"] * 2, "year": [2025, 2027],
        ...     "value_usd_m": [100.0, 144.0], "evidence": ["C", "C"], "source_id": ["s", "s"]})
        >>> forecast_values(rows, "text-to-video")[["year", "value_usd_m", "stated"]].values.tolist()
        [[2025, 100.0, True], [2026, 120.0, False], [2027, 144.0, True]]
    """
    paths = forecast_paths(forecasts, definition, min_evidence)
    paths = paths[paths["region"].astype(str) == region]
    wanted = None if years is None else {int(y) for y in years}  # type: ignore[union-attr]
    rows = []
    for label, group in paths.groupby("path", sort=True):
        stated = dict(zip(group["year"].astype(int), group["value_usd_m"].astype(float), strict=True))
        for year in range(min(stated), max(stated) + 1):
            if wanted is not None and year not in wanted:
                continue
            rows.append({
                "path": label, "publisher": group["publisher"].iloc[0], "edition": group["edition"].iloc[0],
                "year": year, "value_usd_m": value_at(stated, year), "stated": year in stated,
                "evidence": group["path_evidence"].iloc[0],
                "source_id": "; ".join(sorted(set(group["source_id"]))),
                "note": _first_given(group, "note"),
            })
    columns = ["path", "publisher", "edition", "year", "value_usd_m", "stated", "evidence", "source_id",
               "note"]
    return pd.DataFrame(rows, columns=columns)


def value_at(stated: Mapping[int, float], when: float) -> float:
    """A forecast's value at ``when`` (a year, may be fractional) from its ``stated`` {year: value}: the
    stated value, or geometric interpolation between the two stated years around it (the forecast's own
    steady rate between them); NaN outside its first and last stated years.

    >>> value_at({2025: 100.0, 2027: 144.0}, 2026), value_at({2025: 100.0}, 2025), value_at({2025: 1.0}, 2026)
    (120.0, 100.0, nan)
    """
    years = sorted(stated)
    if not years or when < years[0] or when > years[-1]:
        return float("nan")
    if when in stated:
        return float(stated[when])  # type: ignore[index]
    after = next(year for year in years if year > when)
    before = max(year for year in years if year < when)
    share = (when - before) / (after - before)
    return float(stated[before] * (stated[after] / stated[before]) ** share)


def forecasts_by_year(
    forecasts: pd.DataFrame,
    definition: str,
    min_evidence: str = "C",
    *,
    years: object = None,
    region: str = "Global",
    how: str = "median",
) -> pd.DataFrame:
    """Like :func:`consensus_points`, but every forecast that covers a year counts in it, with the value it
    states or implies at its own rate between two stated years (:func:`forecast_values`): so a year that
    only one forecast states still shows the spread of all the forecasts that span it.

    The same columns as :func:`consensus_points` (one publisher counts once in ``value_usd_m``; ``low`` and
    ``high`` span every forecast's value) plus ``n_stated`` (values stated, not implied) and
    ``grown_paths`` (the forecasts whose value that year is implied, "; "-joined).

    Example:
        >>> import pandas as pd
        >>> rows = pd.DataFrame({"publisher": ["P", "P", "Q"], "report": ["R", "R", "S"],
        ...     "edition": ["B", "B", "x"], "definition": ["text-to-video"] * 3, "region": ["Global"] * 3,
        ...     "year": [2025, 2027, 2026], "value_usd_m": [100.0, 144.0, 150.0], "evidence": ["C"] * 3,
        ...     "source_id": ["s", "s", "t"]})
        >>> row = forecasts_by_year(rows, "text-to-video", years=[2026]).iloc[0]
        >>> float(row["low"]), float(row["high"]), int(row["n_stated"]), row["grown_paths"]
        (120.0, 150.0, 1, 'P ed. B')
    """
    if how not in _AGGREGATES:
        raise ValueError(f"forecasts_by_year: how must be one of {list(_AGGREGATES)}, got {how!r}")
    values = forecast_values(forecasts, definition, min_evidence, years=years, region=region)
    if values.empty:
        raise ValueError(
            f"forecasts_by_year: no forecast of {definition!r} ({region}, evidence {min_evidence} or better) "
            "covers the years asked for"
        )
    rows = []
    for year, group in values.groupby("year", sort=True):
        per_publisher = [_pooled(g["value_usd_m"].to_numpy(dtype=float), how)
                         for _, g in group.groupby("publisher", sort=True)]
        rows.append({
            "year": int(year),
            "value_usd_m": _pooled(np.asarray(per_publisher), how),
            "n_publishers": len(per_publisher),
            "publishers": "; ".join(sorted(set(group["publisher"]))),
            "n_values": len(group),
            "low": float(group["value_usd_m"].min()),
            "high": float(group["value_usd_m"].max()),
            "paths": "; ".join(sorted(set(group["path"]))),
            "source_ids": "; ".join(sorted({part.strip() for ids in group["source_id"]
                                            for part in ids.split(";")})),
            "n_stated": int(group["stated"].sum()),
            "grown_paths": "; ".join(sorted(set(group.loc[~group["stated"], "path"]))),
        })
    return pd.DataFrame(rows).assign(definition=definition, region=region)


def _pooled(values: np.ndarray, how: str) -> float:
    return float(np.median(values)) if how == "median" else float(np.exp(np.mean(np.log(values))))


def match_claim(
    forecasts: pd.DataFrame, claim: Mapping[int, float], *, rel_tol: float = 0.005, min_evidence: str = "D"
) -> pd.DataFrame:
    """Which forecast paths state the values of a quoted ``claim`` ({year: USD million}).

    A stated value matches when it is within ``rel_tol`` (relative) of the claimed one, so a quote
    rounded to three significant digits ("USD 2.56B") still matches 2,562.9. One row per path with at
    least one match, best match first: ``matched`` (years), ``n_matched``, ``all_matched``, the path's
    own values at the claim's first and last year, the CAGR they imply over the claim's span (when
    the path states both) and the stated CAGR.

    Example:
        >>> import pandas as pd
        >>> rows = pd.DataFrame({"publisher": ["F"] * 2, "report": ["R"] * 2, "edition": ["B"] * 2,
        ...     "definition": ["ai-video-generator"] * 2, "region": ["Global"] * 2, "year": [2025, 2032],
        ...     "value_usd_m": [716.8, 2562.9], "evidence": ["C"] * 2, "source_id": ["s"] * 2,
        ...     "stated_cagr_pct": [20.0, 20.0]})
        >>> row = match_claim(rows, {2025: 716.8, 2032: 2560.0}).iloc[0]
        >>> row["path"], bool(row["all_matched"]), round(float(row["implied_cagr_pct"]), 2)
        ('F ed. B', True, 19.96)
    """
    if len(claim) < 1 or not 0 <= rel_tol < 1:
        raise ValueError("match_claim: give at least one {year: value} and 0 <= rel_tol < 1")
    first, last = min(claim), max(claim)
    paths = forecast_paths(forecasts, None, min_evidence)
    rows = []
    for label, group in paths.groupby("path", sort=True):
        by_year = dict(zip(group["year"], group["value_usd_m"], strict=True))
        matched = [
            year
            for year, value in claim.items()
            if year in by_year and abs(by_year[year] - value) <= rel_tol * abs(value)
        ]
        if not matched:
            continue
        implied = np.nan
        if first in by_year and last in by_year and last > first:
            implied = 100 * growth.cagr(by_year[first], by_year[last], last - first)
        stated = (
            pd.to_numeric(group["stated_cagr_pct"], errors="coerce").dropna().unique()
            if "stated_cagr_pct" in group
            else []
        )
        rows.append(
            {
                "path": label,
                "publisher": group["publisher"].iloc[0],
                "report": group["report"].iloc[0],
                "edition": group["edition"].iloc[0],
                "definition": group["definition"].iloc[0],
                "matched": ", ".join(map(str, sorted(matched))),
                "n_matched": len(matched),
                "all_matched": len(matched) == len(claim),
                "stated_years": ", ".join(map(str, sorted(by_year))),
                "value_first": by_year.get(first, np.nan),
                "value_last": by_year.get(last, np.nan),
                "implied_cagr_pct": implied,
                "stated_cagr_pct": float(stated[0]) if len(stated) else np.nan,
                "evidence": group["path_evidence"].iloc[0],
                "source_id": "; ".join(sorted(set(group["source_id"]))),
                "published": _first_given(group, "published"),
                "note": _first_given(group, "note") if "note" in group else pd.NA,
            }
        )
    table = pd.DataFrame(rows)
    if table.empty:
        return table
    return table.sort_values(["n_matched", "evidence"], ascending=[False, True], kind="stable").reset_index(
        drop=True
    )


def _first_given(group: pd.DataFrame, column: str) -> object:
    """The first non-empty value of ``column`` in ``group`` (None when the column is absent or empty)."""
    if column not in group.columns:
        return None
    given = group[column].dropna().astype(str)
    given = given[given.str.strip() != ""]
    return given.iloc[0] if len(given) else None


def cagr_table(
    forecasts: pd.DataFrame,
    min_evidence: str = "C",
    definition: str | None = None,
    *,
    threshold_pts: float = 0.5,
) -> pd.DataFrame:
    """:func:`videomarket.growth.cagr_audit` run separately for each region, with path labels.

    ``cagr_audit`` keys a report by publisher, report and edition; a report that quotes a regional
    value beside its global ones (Market.us gives North America 2023) would otherwise have its
    implied CAGR computed from the regional value to a global one. Columns: those of ``cagr_audit``
    plus ``path`` and ``evidence`` (the worst grade of the report's rows).

    Example:
        >>> import pandas as pd
        >>> rows = pd.DataFrame({"publisher": ["M"] * 3, "report": ["R"] * 3, "edition": ["q"] * 3,
        ...     "definition": ["adjacent"] * 3, "region": ["North America", "Global", "Global"],
        ...     "year": [2023, 2024, 2033], "value_usd_m": [500.0, 1800.0, 14100.0], "evidence": ["C"] * 3,
        ...     "source_id": ["s"] * 3, "stated_cagr_pct": [25.7] * 3, "cagr_from": [None] * 3,
        ...     "cagr_to": [None] * 3})
        >>> audit = cagr_table(rows)
        >>> audit.loc[audit["region"] == "Global", "implied_cagr_pct"].round(1).tolist()
        [25.7]
    """
    paths = forecast_paths(forecasts, definition, min_evidence)
    parts = []
    for _, group in paths.groupby("region", sort=True):
        audit = growth.cagr_audit(group, threshold_pts=threshold_pts)
        labels = group.drop_duplicates(["publisher", "report", "edition"]).set_index(
            ["publisher", "report", "edition"]
        )[["path", "path_evidence", *(["note"] if "note" in group else [])]]
        audit = audit.join(labels, on=["publisher", "report", "edition"])
        parts.append(audit.rename(columns={"path_evidence": "evidence"}))
    if not parts:
        return pd.DataFrame(columns=[*growth.cagr_audit(paths).columns, "path", "evidence"])
    table = pd.concat(parts, ignore_index=True)
    return table.sort_values(["definition", "path"], kind="stable").reset_index(drop=True)


def checkable_rates(audit: pd.DataFrame) -> pd.DataFrame:
    """The rows of a :func:`cagr_table` whose report gives values for two or more years, so that its
    stated rate can be checked against the growth its own values imply (a single year cannot be).

    Example:
        >>> import pandas as pd
        >>> audit = pd.DataFrame({"report": ["A", "B"], "start_year": [2025, 2023], "end_year": [2032, 2023]})
        >>> checkable_rates(audit)["report"].tolist()
        ['A']
    """
    return audit[audit["start_year"] < audit["end_year"]].reset_index(drop=True)


def cited_source_ids(sources: pd.DataFrame, *tables: pd.DataFrame) -> list[str]:
    """Every source id the ``tables`` rest on: their ``source_id`` / ``source_ids`` columns (";"-joined
    lists allowed) plus any known id named in a ``note`` (e.g. the source of an exchange rate).

    Raises ``ValueError`` for an id that ``sources`` does not list.

    Example:
        >>> import pandas as pd
        >>> sources = pd.DataFrame({"source_id": ["a", "b", "fx"]})
        >>> used = pd.DataFrame({"source_id": ["b", "a"], "note": ["USD at the rate stated by fx", None]})
        >>> cited_source_ids(sources, used, pd.DataFrame({"source_ids": ["a; b"]}))
        ['a', 'b', 'fx']
    """
    known = set(sources["source_id"].astype(str))
    found: set[str] = set()
    for table in tables:
        for column in ("source_id", "source_ids"):
            if column in table.columns:
                found |= {
                    part.strip()
                    for text in table[column].dropna()
                    for part in str(text).split(";")
                    if part.strip()
                }
        if "note" in table.columns:
            notes = " ".join(str(text) for text in table["note"].dropna())
            found |= {sid for sid in known if re.search(rf"(?<![\w-]){re.escape(sid)}(?![\w-])", notes)}
    unknown = sorted(found - known)
    if unknown:
        raise ValueError(f"cited_source_ids: source ids not in the sources table: {unknown}")
    return sorted(found)


def figure_grades(*tables: pd.DataFrame) -> pd.Series:
    """The best evidence grade of the figures each source gives in ``tables`` (rows with ``evidence`` and
    ``source_id`` or ";"-joined ``source_ids``), indexed by source id: grades belong to figures, so one
    page can give a grade-B figure and a grade-C one.

    Example:
        >>> import pandas as pd
        >>> a = pd.DataFrame({"source_id": ["p", "p", "q"], "evidence": ["C", "B", "D"]})
        >>> figure_grades(a, pd.DataFrame({"source_ids": ["q; r"], "evidence": ["C"]})).to_dict()
        {'p': 'B', 'q': 'C', 'r': 'C'}
    """
    best: dict[str, str] = {}
    for table in tables:
        column = "source_id" if "source_id" in table.columns else "source_ids"
        if column not in table.columns or "evidence" not in table.columns:
            continue
        for ids, grade in zip(table[column], table["evidence"].astype(str), strict=True):
            for sid in (part.strip() for part in str(ids).split(";") if part.strip() and pd.notna(ids)):
                best[sid] = min(best.get(sid, grade), grade)
    return pd.Series(best, dtype=object).sort_index()


def newest_source_date(sources: pd.DataFrame, source_ids: object) -> str:
    """The newest publication date among ``source_ids`` as the sources table gives it ('2026-07-31',
    '2026-07' or '2026'): what the sources were read up to. Dates at month or year precision are
    placed at their first day for the comparison. Raises ``ValueError`` when none of them is dated.

    Example:
        >>> import pandas as pd
        >>> sources = pd.DataFrame({"source_id": ["a", "b", "c"],
        ...                         "published": ["2026-07-31", "2026-08", None]})
        >>> newest_source_date(sources, ["a", "b", "c"]), newest_source_date(sources, ["a", "c"])
        ('2026-08', '2026-07-31')
    """
    wanted = {str(i) for i in source_ids}
    dated = sources[sources["source_id"].astype(str).isin(wanted)]["published"].dropna().astype(str)
    dated = dated[dated.str.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?")]
    if dated.empty:
        raise ValueError("newest_source_date: none of these sources gives a publication date")
    starts = pd.to_datetime([d if len(d) == 10 else f"{d}-01" if len(d) == 7 else f"{d}-01-01"
                             for d in dated])
    return str(dated.iloc[int(np.argmax(starts))])
