"""Sentences for the "about the data" report: what the history rests on, what the archives added, what
is still missing, and how good each table's evidence is.

Example::

    >>> import pandas as pd
    >>> gaps = pd.DataFrame({"category": ["text-to-video"], "from": pd.to_datetime(["2025-12-21"]),
    ...                      "to": pd.to_datetime(["2026-01-28"]), "days": [39]})
    >>> longest_gap(gaps)
    'the longest is 39 days (21 December 2025 to 28 January 2026, text to video (silent))'
"""

from __future__ import annotations

import pandas as pd

from videomarket.stories import fmt
from videomarket.stories._guide import pool_label

TABLE_LABELS = {
    "rankings": "Leaderboard values",
    "market_forecasts": "Market forecasts",
    "company_metrics": "Vendor figures",
    "sources": "Sources",
}
FORMAT_LABELS = {
    "aa-api-media": "Artificial Analysis API copy",
    "aa-api-v2": "Artificial Analysis API copy",
    "aa-api-data": "Artificial Analysis API copy",
    "aa-api-v2-archived": "Artificial Analysis API copy",
    "aa-web-table": "Artificial Analysis web-table copy",
    "aa-api-top": "Artificial Analysis top-8 copy",
    "aa-models-csv": "Artificial Analysis model list",
    "aa-leaderboards-json": "Artificial Analysis board copy",
    "aa-leaderboards-free-json": "Artificial Analysis API copy",
    "aa-leaderboards-web-json": "Artificial Analysis web-board copy",
    "lmarena-scrape": "LMArena board copy",
    "lmarena-board": "LMArena board copy",
    "lmarena-board-json": "LMArena board copy",
    "lmarena-board-wrapped": "LMArena board copy",
    "genai-arena-votes": "GenAI-Arena votes",
    "genai-arena-battles-json": "GenAI-Arena votes",
    "genai-arena-leaderboard-csv": "GenAI-Arena leaderboard",
    "leaderbot-pair-counts-json": "Chatbot Arena vote counts",
    "http-headers": "",  # the response headers kept beside a copy are not a kind of copy
}
COVERAGE_TABLE = {
    "pool": "Pool",
    "first": "First day",
    "last": "Last day",
    "days": "Days with a board",
    "archived_days": "Of them archived",
    "first_archived": "First archived copy",
    "longest_gap": "Longest stretch without a board (days)",
}
COVERAGE_FORMATS = {"first": "date", "last": "date", "first_archived": "date", "days": "int",
                 "archived_days": "int", "longest_gap": "int"}
CHANGE_TABLE = {
    "pool": "Pool",
    "days_before": "Days before",
    "days_after": "Days after",
    "archived_days_after": "Archived days after",
    "first_archived_before": "First archived copy before",
    "first_archived_after": "First archived copy after",
    "longest_gap_before": "Longest gap before (days)",
    "longest_gap_after": "Longest gap after (days)",
}
CHANGE_FORMATS = {"first_archived_before": "date", "first_archived_after": "date", "days_before": "int",
                  "days_after": "int", "archived_days_after": "int", "longest_gap_before": "int",
                  "longest_gap_after": "int"}
GAPS_TABLE = {"pool": "Pool", "from": "From", "to": "To", "days": "Days without a board"}
GAPS_FORMATS = {"from": "date", "to": "date", "days": "int"}
ARCHIVES_TABLE = {
    "repository": "Public archive",
    "kind": "What it copied",
    "files": "Files kept",
    "dated_days": "Days",
    "first": "First",
    "last": "Last",
}
ARCHIVES_FORMATS = {"files": "count", "dated_days": "int", "first": "date", "last": "date"}
MIX_TABLE = {"table": "Table", "A": "Grade A", "B": "Grade B", "C": "Grade C", "D": "Grade D"}
MIX_FORMATS = {grade: "count" for grade in "ABCD"}
EPOCHS_TABLE = {"pool": "Pool", "start": "From", "end": "To", "anchor_model_name": "Model pinned at 1,000"}
EPOCHS_FORMATS = {"start": "date", "end": "date"}


def with_pool_names(table: pd.DataFrame) -> pd.DataFrame:
    """A table with its ``category`` named in words as ``pool``."""
    return table.assign(pool=table["category"].map(pool_label))


def copy_kind(formats: object) -> str:
    """What a folder's formats copied, in words ("aa-api-data, http-headers" -> one label).

    Example::

        >>> copy_kind("genai-arena-battles-json, genai-arena-leaderboard-csv")
        'GenAI-Arena votes and GenAI-Arena leaderboard'
    """
    labels: list[str] = []
    for name in str(formats).split(","):
        label = FORMAT_LABELS.get(name.strip(), "archived copy")
        if label and label not in labels:
            labels.append(label)
    return " and ".join(labels)


def archives_table(versions: pd.DataFrame) -> pd.DataFrame:
    """The archive folders in reader terms (repository and what it copied, never folder ids)."""
    return versions.assign(kind=versions["format"].map(copy_kind),
                           repository=versions["repository"].fillna("(hand-entered)"))


def mix_table(mix: pd.DataFrame) -> pd.DataFrame:
    """The evidence mix with the tables named in words."""
    return mix.reset_index().assign(table=lambda f: f["table"].map(lambda t: TABLE_LABELS.get(t, t)))


def coverage_text(days: pd.DataFrame, pools: pd.DataFrame, arena: str) -> str:
    """How many days of boards the history holds, and how many are archived machine copies."""
    archived = days[days["archived"]]
    return (
        f"For {arena}, the tables hold {fmt.count(days['snapshot_date'].nunique(), 'distinct day')} of "
        f"leaderboard values between {fmt.day(days['snapshot_date'].min())} and "
        f"{fmt.day(days['snapshot_date'].max())}, across {fmt.count(len(pools), 'pool')}. "
        f"{fmt.count(archived['snapshot_date'].nunique(), 'day')} have an archived machine copy of the board "
        "(every model with its rating and, where published, its interval); the rest are values relayed by "
        "the press or copied by developers, often only the top of the list and without intervals."
    )


def change_text(change: pd.DataFrame) -> str:
    """What the archives reached last added to each pool's history."""
    widest = change.loc[change["added_days"].idxmax()]
    added = ", ".join(
        f"{fmt.count(int(row.added_days), 'day')} to {pool_label(row.category).lower()}"
        for row in change.itertuples()
    )
    return (
        f"The archives reached last add {added}. In "
        f"{pool_label(widest['category']).lower()} the history grows from "
        f"{fmt.count(int(widest['days_before']), 'day')} to {fmt.count(int(widest['days_after']), 'day')}, "
        f"{fmt.count(int(widest['archived_days_after']), 'archived day')} of them; its longest stretch "
        "without "
        f"any board shrinks from {fmt.count(int(widest['longest_gap_before']), 'day')} to "
        f"{fmt.count(int(widest['longest_gap_after']), 'day')}, and archived copies now run from "
        f"{fmt.day(widest['first_archived_after'])} to {fmt.day(widest['last_after'])}."
    )


def longest_gap(gaps: pd.DataFrame) -> str:
    """The longest stretch without a board, in words."""
    row = gaps.loc[gaps["days"].idxmax()]
    return (f"the longest is {fmt.count(int(row['days']), 'day')} ({fmt.day(row['from'])} to "
            f"{fmt.day(row['to'])}, {pool_label(row['category']).lower()})")


def missing_text(
    gaps: pd.DataFrame, days: pd.DataFrame, pools: pd.DataFrame, arena: str, min_days: int
) -> str:
    """What no public archive covers: before the first archived copy, after the last board, the gaps."""
    first_archived = pools["first_archived"].min()
    before = sorted(days.loc[days["snapshot_date"] < first_archived, "snapshot_date"].unique())
    text = f"Archived copies of the {arena} boards start on {fmt.day(first_archived)}. "
    if before:
        text += (
            f"Before that the tables hold {fmt.count(len(before), 'day')} of press or developer-copied "
            "values "
            f"({', '.join(fmt.day(d) for d in before)}); no public archive covers the months between them "
            "day by day. "
        )
    text += (
        f"The last board known is from {fmt.day(days['snapshot_date'].max())}: no archive after it could be "
        f"reached. Within the history, {fmt.count(len(gaps), 'stretch', 'stretches')} of {min_days} days or "
        "more have no board at all"
    )
    return text + (f"; {longest_gap(gaps)}." if len(gaps) else ".")


def evidence_text(mix: pd.DataFrame) -> str:
    """Which table rests on the weakest evidence, in numbers."""
    forecasts = mix.loc["market_forecasts"]
    ranks = mix.loc["rankings"]
    return (
        f"Of {fmt.count(int(ranks.sum()), 'leaderboard value')}, {int(ranks['A']):,} come from archived "
        f"copies (grade A) and {int(ranks.sum() - ranks['A']):,} from press or developer pages. The market "
        "tables are the weak part: of "
        f"{fmt.count(int(forecasts.sum()), 'forecast value')}, {int(forecasts[['A', 'B']].sum())} reach "
        "grade B or better, because no analyst report could be read first-hand; every figure comes through "
        "an intermediary that quotes it."
    )


def data_answer(days: pd.DataFrame, pools: pd.DataFrame, arena: str) -> str:
    """The report's one-line answer."""
    archived = days[days["archived"]]["snapshot_date"]
    return (
        f"The {arena} history rests on {fmt.count(archived.nunique(), 'day')} of archived board copies from "
        f"{fmt.day(pools['first_archived'].min())} to {fmt.day(archived.max())}; before that, on a few "
        "press and developer-copied values."
    )


def data_findings(days: pd.DataFrame, pools: pd.DataFrame, change: pd.DataFrame, gaps: pd.DataFrame,
                  mix: pd.DataFrame, epochs: pd.DataFrame) -> list[str]:
    """Three to five computed findings for the top of the report."""
    counts = "; ".join(
        f"{pool_label(row.category).lower()} {row.days} ({row.archived_days} archived)"
        for row in pools.itertuples()
    )
    findings = [f"Days with a board per pool: {counts}."]
    if len(change):
        widest = change.loc[change["added_days"].idxmax()]
        before, after = int(widest["archived_days_before"]), int(widest["archived_days_after"])
        findings.append(
            f"The archives reached last multiplied the archived history of "
            f"{pool_label(widest['category']).lower()} by {after / before:.1f}: from {before} to {after} "
            f"archived days, starting {fmt.day(widest['first_archived_after'])}."
        )
    if len(gaps):
        findings.append(f"Stretches without any board remain; {longest_gap(gaps)}.")
    re_anchored = epochs[epochs["end"].notna()]
    if len(re_anchored):
        row = re_anchored.sort_values("end").iloc[-1]
        names = " and ".join(sorted({pool_label(c).lower() for c in re_anchored["category"]}))
        findings.append(
            f"Re-anchored: {names}. The last board on the old scale is from {fmt.day(row['end'])}; values "
            "before and after are on different scales and are never joined."
        )
    forecasts = mix.loc["market_forecasts"]
    findings.append(
        f"The market figures are secondhand: {int(forecasts[['A', 'B']].sum())} of "
        f"{int(forecasts.sum())} forecast values reach grade B or better."
    )
    return findings[:5]
