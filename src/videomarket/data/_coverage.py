"""What the data covers: which days each leaderboard pool is known on, from what kind of source.

Example::

    >>> import pandas as pd
    >>> ranks = pd.DataFrame({
    ...     "snapshot_date": pd.to_datetime(["2025-12-01", "2026-08-01", "2026-08-01"]),
    ...     "arena": "Artificial Analysis", "category": "text-to-video",
    ...     "model": ["a", "a", "b"], "evidence": ["B", "A", "A"], "source_id": ["p", "s", "s"],
    ...     "date_precision": "day"})
    >>> pool_coverage(ranks)[["days", "archived_days", "secondary_days"]].iloc[0].tolist()
    [2, 1, 1]
"""

from __future__ import annotations

import pandas as pd

KEYS = ["arena", "category", "snapshot_date"]


def snapshot_coverage(rankings: pd.DataFrame) -> pd.DataFrame:
    """One row per (arena, category, day): models listed, sources, and the best evidence grade.

    ``archived`` is True when a machine copy of the board (grade A) exists for that day.
    """
    table = rankings.assign(evidence=rankings["evidence"].astype(str))
    days = table.groupby(KEYS, observed=True).agg(
        models=("model", "nunique"),
        sources=("source_id", "nunique"),
        evidence=("evidence", "min"),
        date_precision=("date_precision", lambda s: "day" if (s.astype(str) == "day").any() else s.iloc[0]),
    )
    days = days.reset_index()
    days["archived"] = days["evidence"] == "A"
    return days.sort_values(KEYS, kind="mergesort").reset_index(drop=True)


def pool_coverage(rankings: pd.DataFrame) -> pd.DataFrame:
    """One row per (arena, category): first and last day, and how many days are archived or secondary."""
    days = snapshot_coverage(rankings)
    grouped = days.groupby(["arena", "category"], observed=True)
    summary = grouped.agg(
        first=("snapshot_date", "min"),
        last=("snapshot_date", "max"),
        days=("snapshot_date", "nunique"),
        archived_days=("archived", "sum"),
        first_archived=("snapshot_date", lambda s: s[days.loc[s.index, "archived"]].min()),
    )
    summary["secondary_days"] = summary["days"] - summary["archived_days"]
    return summary.reset_index().astype({"archived_days": int, "secondary_days": int})


def archive_versions(provenance: pd.DataFrame) -> pd.DataFrame:
    """Per raw archive folder: files kept, distinct snapshot days, first and last day, repository.

    ``provenance`` is :func:`videomarket.data.load_provenance` (one row per raw file).
    """
    table = provenance.assign(day=provenance["snapshot_time"].str.slice(0, 10))
    grouped = table.groupby("folder")
    summary = grouped.agg(
        repository=("repository", "first"),
        files=("file", "count"),
        dated_days=("day", "nunique"),
        first=("day", "min"),
        last=("day", "max"),
        format=("format", "first"),
    )
    return summary.reset_index()


def evidence_mix(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Rows per evidence grade for each named table (columns A-D, one row per table)."""
    counts = {
        name: table["evidence"].astype(str).value_counts().reindex(list("ABCD"), fill_value=0)
        for name, table in tables.items()
    }
    return pd.DataFrame(counts).T.rename_axis("table")
