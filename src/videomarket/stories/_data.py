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
    "sources": "Sources cited by any note",
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
#: What each kind of copy is used for in the notes (formats not listed feed the Artificial Analysis boards).
USES = {
    "aa-models-csv": "model facts: release dates, prices, open weights, audio",
    "lmarena": "LMArena boards",
    "genai-arena": "method check: refitting a published arena from its votes (image models, 2024)",
    "leaderbot": "method check: a text arena's vote counts, for the vote-based chance of being #1",
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
    "days_before": "Days with a board, before",
    "days_after": "Days with a board, after",
    "archived_days_before": "Archived days, before",
    "archived_days_after": "Archived days, after",
    "first_archived_after": "First archived copy, after",
    "longest_gap_before": "Longest gap before (days)",
    "longest_gap_after": "Longest gap after (days)",
}
CHANGE_FORMATS = {"first_archived_after": "date", "days_before": "int", "days_after": "int",
                  "archived_days_before": "int", "archived_days_after": "int", "longest_gap_before": "int",
                  "longest_gap_after": "int"}
GAPS_TABLE = {"pool": "Pool", "from": "From", "to": "To", "days": "Days without a board"}
GAPS_FORMATS = {"from": "date", "to": "date", "days": "int"}
ARCHIVES_TABLE = {
    "repository": "Public archive",
    "kind": "What it copied",
    "used_for": "Used for",
    "files": "Files kept",
    "dated_days": "Days",
    "first": "First",
    "last": "Last",
}
ARCHIVES_FORMATS = {"files": "count", "dated_days": "int", "first": "date", "last": "date"}
MIX_TABLE = {"table": "Table", "A": "Grade A", "B": "Grade B", "C": "Grade C", "D": "Grade D"}
MIX_FORMATS = {grade: "count" for grade in "ABCD"}
EPOCHS_TABLE = {"pool": "Pool", "first_board": "First board on this scale",
                "last_board": "Last board on this scale", "anchor_model_name": "Model pinned at 1,000"}
EPOCHS_FORMATS = {"first_board": "date", "last_board": "date"}


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


def copy_use(formats: object) -> str:
    """What the notes use a folder's copies for.

    >>> copy_use("lmarena-board-wrapped"), copy_use("aa-api-media")
    ('LMArena boards', 'Artificial Analysis boards')
    """
    text = str(formats)
    for prefix, use in USES.items():
        if text.startswith(prefix):
            return use
    return "Artificial Analysis boards"


def archives_table(versions: pd.DataFrame) -> pd.DataFrame:
    """The archive folders in reader terms (repository, what it copied, what for; never folder ids)."""
    return versions.assign(kind=versions["format"].map(copy_kind), used_for=versions["format"].map(copy_use),
                           repository=versions["repository"].fillna("(hand-entered)"))


def mix_table(mix: pd.DataFrame) -> pd.DataFrame:
    """The evidence mix with the tables named in words."""
    return mix.reset_index().assign(table=lambda f: f["table"].map(lambda t: TABLE_LABELS.get(t, t)))


def epochs_table(epochs: pd.DataFrame, rankings: pd.DataFrame) -> pd.DataFrame:
    """Each rating scale with the first and last board actually seen on it (not the dates the scale is
    assumed to cover), pools in words; scales with no board are left out."""
    seen = rankings.groupby("scale_epoch", observed=True)["snapshot_date"].agg(["min", "max"])
    table = epochs.merge(seen, left_on="scale_epoch", right_index=True, how="inner")
    table = table.rename(columns={"min": "first_board", "max": "last_board"})
    return with_pool_names(table).sort_values(["first_board", "pool"]).reset_index(drop=True)


def coverage_text(days: pd.DataFrame, pools: pd.DataFrame, arena: str) -> str:
    """How many days of boards the history holds, and how many rest on archived copies."""
    archived = days[days["archived"]]
    return (
        f"For {arena}, the tables hold {fmt.count(days['snapshot_date'].nunique(), 'distinct day')} of "
        f"leaderboard values between {fmt.day(days['snapshot_date'].min())} and "
        f"{fmt.day(days['snapshot_date'].max())}, across {fmt.count(len(pools), 'pool')}. On "
        f"{fmt.count(archived['snapshot_date'].nunique(), 'day')} a public archive saved a copy of the "
        "arena's own data for at least one pool (usually every model with its rating and interval); the "
        "other days rest on values relayed by the press or copied by developers, often only the top of "
        "the list and without intervals."
    )


def change_text(change: pd.DataFrame, read_on: object, earlier: object) -> str:
    """What the newest archives (read on ``read_on``) added to the history read on ``earlier``."""
    widest = change.loc[change["added_days"].idxmax()]
    added = ", ".join(
        f"{fmt.count(int(row.added_days), 'day')} to {pool_label(row.category).lower()}"
        for row in change.itertuples()
    )
    return (
        f"The archives found most recently, read on {fmt.day(read_on)}, add {added} to the history as it "
        f"stood on {fmt.day(earlier)}. In {pool_label(widest['category']).lower()} the history grows from "
        f"{fmt.count(int(widest['days_before']), 'day')} ({int(widest['archived_days_before'])} archived) "
        f"to {fmt.count(int(widest['days_after']), 'day')} ({int(widest['archived_days_after'])} archived); "
        "its longest stretch without any board shrinks from "
        f"{fmt.count(int(widest['longest_gap_before']), 'day')} "
        f"to {fmt.count(int(widest['longest_gap_after']), 'day')}, and archived copies now run from "
        f"{fmt.day(widest['first_archived_after'])} to {fmt.day(widest['last_after'])}."
    )


def longest_gap(gaps: pd.DataFrame) -> str:
    """The longest stretch without a board, in words (every pool that shares it named)."""
    longest = int(gaps["days"].max())
    rows = gaps[gaps["days"] == longest]
    spans = sorted({(row["from"], row["to"]) for _, row in rows.iterrows()})
    where = "; ".join(
        f"{fmt.day(start)} to {fmt.day(end)}, "
        + " and ".join(pool_label(c).lower() for c in rows[(rows["from"] == start) & (rows["to"] == end)]
                       ["category"])
        for start, end in spans
    )
    return f"the longest is {fmt.count(longest, 'day')} ({where})"


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
    """How much of the leaderboard history is archived, in counts (never a share rounded up)."""
    ranks = mix.loc["rankings"]
    return (
        f"Of {fmt.count(int(ranks.sum()), 'leaderboard value')}, {int(ranks['A']):,} come from archived "
        f"copies (grade A) and {int(ranks.sum() - ranks['A']):,} from press or developer pages."
    )


def market_evidence_text(forecasts: pd.DataFrame, metrics: pd.DataFrame, sources: pd.DataFrame) -> str:
    """How the market figures reached the project: named and unnamed publishers, through whom, graded how.

    >>> f = pd.DataFrame({"publisher": ["Fortune Business Insights", "Unattributed (blog)"],
    ...                   "evidence": ["C", "D"], "source_id": ["gh-x", "web-y"]})
    >>> m = pd.DataFrame({"evidence": ["B", "C"]})
    >>> s = pd.DataFrame({"source_id": ["gh-x", "web-y"], "publisher": ["x/y (GitHub)", "Blog"]})
    >>> print(market_evidence_text(f, m, s))  # doctest: +NORMALIZE_WHITESPACE
    The market tables are the weak part. Of the 2 forecast values, 1 are credited to 1 named analyst house
    (Fortune Business Insights) and 1 to no one; none could be read in the analyst's own report, so every
    one reaches us through an intermediary that quotes it (2 pages: 1 GitHub file, 1 other page) and
    none reaches grade B. Of the 2 vendor figures, 1 is grade B (established press or several agreeing
    quotes); none is read from a company's own filing.
    """
    named = forecasts.loc[~forecasts["publisher"].astype(str).str.startswith("Unattributed"), "publisher"]
    houses = sorted(named.astype(str).str.replace(r" \(as attributed\)$", "", regex=True).unique())
    unnamed = int((~forecasts["publisher"].astype(str).isin(named)).sum())
    carriers = sources[sources["source_id"].isin(forecasts["source_id"])]
    on_github = int(carriers["publisher"].astype(str).str.contains("GitHub").sum())
    good = int(forecasts["evidence"].astype(str).isin(["A", "B"]).sum())
    vendor_b = int(metrics["evidence"].astype(str).isin(["B"]).sum())
    vendor_a = int(metrics["evidence"].astype(str).isin(["A"]).sum())
    return (
        f"The market tables are the weak part. Of the {fmt.count(len(forecasts), 'forecast value')}, "
        f"{len(forecasts) - unnamed} are credited to {fmt.count(len(houses), 'named analyst house')} "
        f"({', '.join(houses)}) and {unnamed} to no one; none could be read in the analyst's own report, "
        "so every one reaches us through an intermediary that quotes it "
        f"({fmt.count(len(carriers), 'page')}: "
        f"{fmt.count(on_github, 'GitHub file')}, {fmt.count(len(carriers) - on_github, 'other page')}) and "
        + (f"only {good} reach grade B." if good else "none reaches grade B.")
        + f" Of the {fmt.count(len(metrics), 'vendor figure')}, {vendor_b} "
        + ("is" if vendor_b == 1 else "are")
        + " grade B (established press or several agreeing quotes); "
        + (f"{vendor_a} come from a company's own filing." if vendor_a else
           "none is read from a company's own filing.")
    )


def data_answer(days: pd.DataFrame, pools: pd.DataFrame, arena: str) -> str:
    """The report's one-line answer."""
    archived = days[days["archived"]]["snapshot_date"]
    return (
        f"The {arena} history rests on {fmt.count(archived.nunique(), 'day')} of archived board copies from "
        f"{fmt.day(pools['first_archived'].min())} to {fmt.day(archived.max())}; before that, on a few "
        "values relayed by the press and by developers."
    )


def data_findings(days: pd.DataFrame, pools: pd.DataFrame, gaps: pd.DataFrame, mix: pd.DataFrame,
                  epochs: pd.DataFrame) -> list[str]:
    """Three to five computed findings for the top of the report."""
    archived = days.loc[days["archived"], "snapshot_date"]
    first, last = archived.min(), archived.max()
    span = (last - first).days + 1
    findings = [
        f"Between the first archived copy ({fmt.day(first)}) and the last ({fmt.day(last)}), "
        f"{archived.nunique()} of the {span} days ({fmt.pct(archived.nunique() / span, 0)}) have an archived "
        "board; the others are gaps or rest on press values.",
    ]
    busiest = pools.loc[pools["archived_days"].idxmax()]
    thinnest = pools.loc[pools["archived_days"].idxmin()]
    findings.append(
        f"The pools are not covered equally: {pool_label(busiest['category']).lower()} has "
        f"{int(busiest['archived_days'])} archived days, {pool_label(thinnest['category']).lower()} "
        f"{int(thinnest['archived_days'])}."
    )
    if len(gaps):
        findings.append("Stretches without any board remain, so a lead can change unseen; "
                        f"{longest_gap(gaps)}.")
    re_anchored = epochs[epochs["end"].notna()]
    if len(re_anchored):
        row = re_anchored.sort_values("end").iloc[-1]
        names = " and ".join(sorted({pool_label(c).lower() for c in re_anchored["category"]}))
        findings.append(
            f"The arena moved the rating scale of {names} after {fmt.day(row['end'])}: ratings before and "
            "after are on different scales, so the notes never compare them across that date."
        )
    forecasts = mix.loc["market_forecasts"]
    findings.append(
        f"The market figures are secondhand: {int(forecasts[['A', 'B']].sum())} of {int(forecasts.sum())} "
        "forecast values reach grade B, because no analyst report could be read first-hand."
    )
    return findings[:5]


def other_arenas_text(rankings: pd.DataFrame, arena: str) -> str:
    """One sentence on the arenas this note does not follow: their boards per pool and dates.

    >>> r = pd.DataFrame({"arena": ["A", "LMArena", "LMArena"], "category": ["text-to-video"] * 3,
    ...                   "snapshot_date": pd.to_datetime(["2026-01-01", "2026-03-19", "2026-09-21"])})
    >>> print(other_arenas_text(r, "A"))  # doctest: +NORMALIZE_WHITESPACE
    The history also holds LMArena, on its own rating scale: 2 boards of text to video (silent) from
    19 March 2026 to 21 September 2026. Its ratings are never compared with A's.
    """
    others = rankings[rankings["arena"] != arena]
    if others.empty:
        return f"The history holds no other arena than {arena}."
    parts = []
    for name, boards in others.groupby("arena", sort=True):
        per_pool = boards.groupby("category", observed=True)["snapshot_date"].nunique()
        pools = " and ".join(f"{fmt.count(int(n), 'board')} of {pool_label(c).lower()}"
                             for c, n in per_pool.items())
        parts.append(f"{name}, on its own rating scale: {pools} from "
                     f"{fmt.day(boards['snapshot_date'].min())} "
                     f"to {fmt.day(boards['snapshot_date'].max())}")
    return f"The history also holds {'; '.join(parts)}. Its ratings are never compared with {arena}'s."
