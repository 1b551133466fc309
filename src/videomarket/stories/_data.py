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

from videomarket.data.schemas import AA_POOLS
from videomarket.stories import fmt
from videomarket.stories._guide import pool_label, pools_text
from videomarket.stories._notes import _ARCHIVED_FILE

TABLE_LABELS = {
    "rankings": "Leaderboard values",
    "market_forecasts": "Market forecasts",
    "company_metrics": "Vendor figures",
    "sources": "Sources cited by any note",
}
FEED = "Artificial Analysis data feed"
FORMAT_LABELS = {
    "aa-api-media": FEED,
    "aa-api-v2": FEED,
    "aa-api-data": FEED,
    "aa-api-v2-archived": FEED,
    "aa-web-table": "Artificial Analysis leaderboard page",
    "aa-api-top": "Artificial Analysis top 8 only",
    "aa-models-csv": "Artificial Analysis model list",
    "aa-leaderboards-json": "Artificial Analysis leaderboards",
    "aa-leaderboards-free-json": FEED,
    "aa-leaderboards-web-json": "Artificial Analysis leaderboard page",
    "lmarena-scrape": "LMArena leaderboards",
    "lmarena-board": "LMArena leaderboards",
    "lmarena-board-json": "LMArena leaderboards",
    "lmarena-board-wrapped": "LMArena leaderboards",
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
    "leaderbot": "no note: only the test suite and the speed benchmark use it (text chatbots' votes)",
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
    "history": "History",
    "days": "Days with a board",
    "archived_days": "Of them archived",
    "first_archived": "First archived copy",
    "longest_gap": "Longest stretch without a board (days)",
    "last": "Last day",
}
CHANGE_FORMATS = {"days": "int", "archived_days": "int", "first_archived": "date", "longest_gap": "int",
                  "last": "date"}
GAPS_TABLE = {"pool": "Pool", "from": "From", "to": "To", "days": "Days without a board"}
GAPS_FORMATS = {"from": "date", "to": "date", "days": "int"}
ARCHIVES_TABLE = {
    "repository": "Public archive",
    "kind": "What it copied",
    "used_for": "Used for",
    "files": "Files kept",
    "rebuilt": "Of them rebuilt from text",
    "dated_days": "Days",
    "first": "First",
    "last": "Last",
}
ARCHIVES_FORMATS = {"files": "count", "rebuilt": "count", "dated_days": "int", "first": "date",
                    "last": "date"}
MIX_TABLE = {"table": "Table", "A": "Grade A", "B": "Grade B", "C": "Grade C", "D": "Grade D"}
MIX_FORMATS = {grade: "count" for grade in "ABCD"}
EPOCHS_TABLE = {"pool": "Pool", "first_board": "First archived board on this scale",
                "last_board": "Last archived board on this scale",
                "anchor_model_name": "Model pinned at 1,000"}
EPOCHS_FORMATS = {"first_board": "date", "last_board": "date"}
#: Fractions a reader says in words ("about half"); others are given as a percentage.
SHARE_WORDS = {1 / 10: "a tenth", 1 / 5: "a fifth", 1 / 4: "a quarter", 1 / 3: "a third", 1 / 2: "half",
               2 / 3: "two thirds", 3 / 4: "three quarters", 4 / 5: "four fifths", 9 / 10: "nine tenths"}


def share_words(fraction: float, tolerance: float = 0.04) -> str:
    """A share as a reader says it: "about half" within ``tolerance`` of a simple fraction, "all" and
    "none" when exact, else the percentage ("62%").

    >>> share_words(99 / 184), share_words(0.62), share_words(1.0), share_words(0.34)
    ('about half', '62%', 'all', 'about a third')
    """
    if fraction >= 1:
        return "all"
    if fraction <= 0:
        return "none"
    nearest = min(SHARE_WORDS, key=lambda f: abs(f - fraction))
    if abs(nearest - fraction) <= tolerance:
        return f"about {SHARE_WORDS[nearest]}"
    return fmt.pct(fraction, 0)


def _archived_days(days: pd.DataFrame) -> pd.Series:
    """The distinct days with an archived board of at least one pool, sorted."""
    return pd.Series(sorted(days.loc[days["archived"], "snapshot_date"].unique()), dtype="datetime64[ns]")


def _month_span(first: pd.Timestamp, last: pd.Timestamp) -> str:
    """'from April to October 2026' ('from December 2025 to October 2026' across years; 'in April 2026')."""
    if (first.year, first.month) == (last.year, last.month):
        return f"in {fmt.month(first)}"
    start = f"{first:%B}" if first.year == last.year else fmt.month(first)
    return f"from {start} to {fmt.month(last)}"


def coverage_title(days: pd.DataFrame, long_days: int = 21) -> str:
    """The coverage chart's finding: the share of days with an archived board since the first, and the
    months where stretches of ``long_days`` or more without any archived board fall.

    >>> d = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-04-10", "2026-04-11", "2026-05-20",
    ...     "2026-05-21"]), "archived": True})
    >>> coverage_title(d)
    'About a tenth of the days from April to May 2026 have an archived board; long gaps remain in April–May'
    """
    archived = _archived_days(days)
    if archived.empty:
        return "No archived copy of any board: every day rests on press values"
    first, last = archived.iloc[0], archived.iloc[-1]
    span = (last - first).days + 1
    share = share_words(len(archived) / span)
    share = "All" if share == "all" else (share[0].upper() + share[1:] if share[0].isalpha() else share)
    title = f"{share} of the days {_month_span(first, last)} have an archived board"
    missing = archived.diff().dt.days - 1
    long = missing[missing >= long_days]
    if long.empty:
        return title + f"; no gap lasts {long_days} days or more"
    starts = [archived[i - 1] + pd.Timedelta(days=1) for i in long.index]
    ends = [archived[i] - pd.Timedelta(days=1) for i in long.index]
    begin, end = min(starts), max(ends)
    months = f"{begin:%B}" if (begin.year, begin.month) == (end.year, end.month) else f"{begin:%B}–{end:%B}"
    return title + f"; long gaps remain in {months}"


def with_pool_names(table: pd.DataFrame) -> pd.DataFrame:
    """A table with its ``category`` named in words as ``pool``."""
    return table.assign(pool=table["category"].map(pool_label))


def _pool_order(categories: pd.Series) -> pd.Series:
    order = {c: i for i, c in enumerate(AA_POOLS)}
    return categories.astype(str).map(order).fillna(len(order))


def gaps_table(gaps: pd.DataFrame) -> pd.DataFrame:
    """The stretches without a board, longest first, ties in the tables' pool order, pools in words.

    >>> g = pd.DataFrame({"category": ["image-to-video", "text-to-video", "text-to-video"],
    ...     "from": pd.to_datetime(["2026-01-30"] * 3), "to": pd.to_datetime(["2026-04-08"] * 3),
    ...     "days": [69, 69, 20]})
    >>> gaps_table(g)["pool"].tolist()
    ['Text to video (silent)', 'Image to video (silent)', 'Text to video (silent)']
    """
    table = with_pool_names(gaps).assign(order=_pool_order(gaps["category"]), longest=-gaps["days"])
    return table.sort_values(["longest", "order", "from"], kind="mergesort").drop(
        columns=["order", "longest"]).reset_index(drop=True)


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
    """The archive folders in reader terms (repository, what it copied, what for; never folder ids); an
    archive whose files carry no date has no count of days ("—"), not 0."""
    undated = versions["first"].isna() if "first" in versions else pd.Series(False, index=versions.index)
    table = versions.assign(kind=versions["format"].map(copy_kind), used_for=versions["format"].map(copy_use),
                            repository=versions["repository"].fillna("(hand-entered)"))
    if "dated_days" in table:
        table["dated_days"] = table["dated_days"].astype("Int64").mask(undated)
    return table


def archives_text(provenance: pd.DataFrame, rebuilt: pd.Series) -> str:
    """How the archived files were obtained and checked: how many are the archive's own bytes, how many
    were rebuilt from a search service's text (``rebuilt``: :func:`videomarket.data.rebuilt_from_text`),
    and what each file's checksum covers.

    >>> p = pd.DataFrame({"repository": ["o/a", "o/a", "o/b"]})
    >>> print(archives_text(p, pd.Series([True, False, True])))  # doctest: +NORMALIZE_WHITESPACE
    2 of the 3 archived files (1 from o/a, 1 from o/b) could not be downloaded: a search service showed
    their text, and each was rebuilt from it value by value in the archive's own layout, kept only if its
    length in characters and its number of models matched that text. A digit mistyped into another digit
    would pass that check; where two archives copied the same hour, their values agree. The other 1 is
    the archive's own bytes. Every file's SHA-256 checksum (a fingerprint of its exact bytes) is recorded:
    for a downloaded file, of the bytes the archive stores, so anyone can check our copy; for a rebuilt
    file, of the rebuilt bytes, which equal the archive's only if the rebuild is exact.
    """
    rebuilt = rebuilt.astype(bool)
    total, n = len(provenance), int(rebuilt.sum())
    if not n:
        return (f"All {fmt.count(total, 'archived file')} are the archives' own bytes, downloaded as "
                "stored; each file's SHA-256 checksum (a fingerprint of its exact bytes) is recorded, so "
                "anyone can check our copy against the archive.")
    by_repo = provenance.loc[rebuilt.to_numpy(), "repository"].astype(str).value_counts()
    by_repo = by_repo.sort_index().sort_values(ascending=False, kind="mergesort")
    where = ", ".join(f"{count} from {repo}" for repo, count in by_repo.items())
    kept = total - n
    return (
        f"{n} of the {fmt.count(total, 'archived file')} ({where}) could not be downloaded: a search "
        "service showed their text, and each was rebuilt from it value by value in the archive's own "
        "layout, kept only if its length in characters and its number of models matched that text. A digit "
        "mistyped into another digit would pass that check; where two archives copied the same hour, their "
        f"values agree. The other {kept} {'is' if kept == 1 else 'are'} the archive's own bytes. Every "
        "file's SHA-256 checksum (a fingerprint of its exact bytes) is recorded: for a downloaded file, of "
        "the bytes the archive stores, so anyone can check our copy; for a rebuilt file, of the rebuilt "
        "bytes, which equal the archive's only if the rebuild is exact."
    )


def mix_table(mix: pd.DataFrame) -> pd.DataFrame:
    """The evidence mix of the tables of values, named in words (the sources table counts pages, not
    values, so it is left out)."""
    values = mix.drop(index=[t for t in ("sources",) if t in mix.index])
    return values.reset_index().assign(table=lambda f: f["table"].map(lambda t: TABLE_LABELS.get(t, t)))


def epochs_table(epochs: pd.DataFrame, rankings: pd.DataFrame) -> pd.DataFrame:
    """Each rating scale with the first and last ARCHIVED board seen on it (a press quote does not show
    which model was pinned, so it cannot date a scale), pools in words and in the tables' order; scales
    with no archived board are left out."""
    archived = rankings[rankings["evidence"].astype(str) == "A"]
    seen = archived.groupby("scale_epoch", observed=True)["snapshot_date"].agg(["min", "max"])
    table = epochs.merge(seen, left_on="scale_epoch", right_index=True, how="inner")
    table = table.rename(columns={"min": "first_board", "max": "last_board"})
    table = with_pool_names(table).assign(order=lambda f: _pool_order(f["category"]))
    return table.sort_values(["order", "first_board"]).drop(columns="order").reset_index(drop=True)


def _moved(low: float, high: float) -> str:
    if high < 0:
        return f"fell by {fmt.points(-high)[:-len(' points')]} to {fmt.points(-low)}"
    if low > 0:
        return f"rose by {fmt.points(low)[:-len(' points')]} to {fmt.points(high)}"
    return f"moved by {low:+.0f} to {high:+.0f} points"


def rescale_text(changes: pd.DataFrame, epochs: pd.DataFrame) -> str:
    """What each change of rating scale did (``changes``: :func:`videomarket.leaderboard.scale_changes`
    of several pools): the anchors, the boards' sizes, how far the shared models' ratings moved and
    whether their order changed; a spread of moves is called a re-rating, not just a re-anchoring.

    >>> ch = pd.DataFrame({"arena": "AA", "category": ["text-to-video"],
    ...     "previous_date": pd.to_datetime(["2026-09-30"]), "date": pd.to_datetime(["2026-10-01"]),
    ...     "previous_epoch": ["e1"], "scale_epoch": ["e2"], "models_before": [81], "models_after": [30],
    ...     "models_on_both": [21], "shift_min": [-314.0], "shift_max": [-125.0], "order_changed": [True]})
    >>> ep = pd.DataFrame({"scale_epoch": ["e1", "e2"], "anchor_model_name": ["Mochi 1", "Kling 3.0"]})
    >>> print(rescale_text(ch, ep))  # doctest: +NORMALIZE_WHITESPACE
    Between the 30 September 2026 and 1 October 2026 boards, AA re-anchored and re-rated text to video
    (silent). Text to video (silent): Mochi 1 was pinned at 1,000 before, Kling 3.0 after; the board went
    from 81 models to 30; the 21 models on both boards fell by 125 to 314 points, and their order
    changed. Because the ratings moved by different amounts, gaps and ranks changed too: the notes never
    compare ratings, ranks or gaps across that date.
    """
    if changes.empty:
        return "No pool's rating scale changed between two archived boards."
    anchors = dict(zip(epochs["scale_epoch"].astype(str), epochs["anchor_model_name"], strict=False))
    parts = []
    for (before_day, after_day), group in changes.groupby(["previous_date", "date"], sort=True):
        group = group.assign(order=_pool_order(group["category"])).sort_values("order")
        re_rated = bool((group["shift_max"] - group["shift_min"] > 1).any())
        verb = "re-anchored and re-rated" if re_rated else "re-anchored"
        text = (f"Between the {fmt.day(before_day)} and {fmt.day(after_day)} boards, "
                f"{group['arena'].iloc[0]} {verb} {pools_text(group['category'])}.")
        for row in group.itertuples():
            old, new = anchors.get(str(row.previous_epoch)), anchors.get(str(row.scale_epoch))
            pinned = (f"{old} was pinned at 1,000 before, {new} after; " if isinstance(old, str)
                      and isinstance(new, str) else "")
            order = ", and their order changed" if row.order_changed else ", in the same order"
            text += (f" {pool_label(row.category)}: {pinned}the board went from "
                     f"{fmt.count(int(row.models_before), 'model')} to {int(row.models_after)}; the "
                     f"{fmt.count(int(row.models_on_both), 'model')} on both boards "
                     f"{_moved(row.shift_min, row.shift_max)}{order}.")
        if re_rated:
            text += (" Because the ratings moved by different amounts, gaps and ranks changed too: the notes "
                     "never compare ratings, ranks or gaps across that date.")
        else:
            text += (" Every rating moved by the same amount: the notes never compare ratings across that "
                     "date.")
        parts.append(text)
    return " ".join(parts)


def coverage_text(days: pd.DataFrame, pools: pd.DataFrame, arena: str) -> str:
    """How many days of boards the history holds, and how many rest on archived copies."""
    archived = days.loc[days["archived"], "snapshot_date"].nunique()
    total = days["snapshot_date"].nunique()
    return (
        f"For {arena}, we have leaderboard values for {fmt.count(total, 'distinct day')} between "
        f"{fmt.day(days['snapshot_date'].min())} and {fmt.day(days['snapshot_date'].max())}, across "
        f"{fmt.count(len(pools), 'pool')}. On {archived} of them a public archive saved a copy of the "
        "arena's own data for at least one pool (usually every model with its rating and interval); the "
        f"other {fmt.count(total - archived, 'day')} rest only on values quoted by the press or copied by "
        "developers, often only the top of the list and without intervals."
    )


def change_heading(read_on: object) -> str:
    """The appendix heading of what the latest archives added, dated."""
    return f"### What the archives read on {fmt.day(read_on)} added"


def change_table(change: pd.DataFrame, read_on: object) -> pd.DataFrame:
    """Each pool's history before the archives read on ``read_on`` and after, one row each (pools in
    words, in the tables' order), with the coverage table's columns."""
    columns = ["days", "archived_days", "first_archived", "longest_gap", "last"]
    rows = []
    labels = ((f"Before the archives read on {fmt.day(read_on)}", "_before"), ("After", "_after"))
    for label, suffix in labels:
        part = change[["category"] + [c + suffix for c in columns]].rename(
            columns={c + suffix: c for c in columns})
        rows.append(part.assign(history=label, step=len(rows)))
    table = with_pool_names(pd.concat(rows, ignore_index=True)).assign(
        order=lambda f: _pool_order(f["category"]))
    return table.sort_values(["order", "step"]).drop(columns=["order", "step"]).reset_index(drop=True)


def change_text(change: pd.DataFrame, read_on: object, earlier: object, repositories: list[str]) -> str:
    """What the archives read on ``read_on`` (``repositories``) added to the history read on ``earlier``."""
    change = change.assign(order=_pool_order(change["category"])).sort_values("order")
    widest = change.loc[change["added_days"].idxmax()]
    added = [f"{fmt.count(int(row.added_days), 'day')} to {pool_label(row.category).lower()}"
             for row in change.itertuples()]
    added_text = added[0] if len(added) == 1 else ", ".join(added[:-1]) + " and " + added[-1]
    names = sorted(set(repositories), key=str.lower)
    return (
        f"The {fmt.count(len(names), 'archive')} read on {fmt.day(read_on)} ({', '.join(names)}) add "
        f"{added_text}, against the history as it stood on {fmt.day(earlier)}. In "
        f"{pool_label(widest['category']).lower()} the history grows from "
        f"{fmt.count(int(widest['days_before']), 'day')} ({int(widest['archived_days_before'])} archived) "
        f"to {fmt.count(int(widest['days_after']), 'day')} ({int(widest['archived_days_after'])} archived); "
        "its longest stretch without any board shrinks from "
        f"{fmt.count(int(widest['longest_gap_before']), 'day')} "
        f"to {fmt.count(int(widest['longest_gap_after']), 'day')}, and archived copies now run from "
        f"{fmt.day(widest['first_archived_after'])} to {fmt.day(widest['last_after'])}."
    )


def longest_gap(gaps: pd.DataFrame) -> str:
    """The longest stretch without a board, in words (every pool that shares it named, in the tables'
    pool order)."""
    longest = int(gaps["days"].max())
    rows = gaps[gaps["days"] == longest]
    rows = rows.assign(order=_pool_order(rows["category"])).sort_values("order", kind="mergesort")
    spans = sorted({(row["from"], row["to"]) for _, row in rows.iterrows()})
    where = "; ".join(
        f"{fmt.day(start)} to {fmt.day(end)}, "
        + " and ".join(pool_label(c).lower() for c in rows[(rows["from"] == start) & (rows["to"] == end)]
                       ["category"])
        for start, end in spans
    )
    return f"the longest is {fmt.count(longest, 'day')} ({where})"


def _press_date(day: pd.Timestamp, precision: str) -> str:
    """'of 15 April 2026', or 'dated only to April 2026 (drawn on the 15th)' when pages give the month."""
    if precision == "month":
        return f"dated only to {fmt.month(day)} (drawn on the {day.day}th)"
    return f"of {fmt.day(day)}"


def press_after_text(days: pd.DataFrame, pools: pd.DataFrame) -> str:
    """Press-only boards of a pool dated on or after the arena's first archived copy, pool by pool: the
    only board of a pool before its own first archived copy, or a press day inside its archived history
    ("" when there are none).

    >>> d = pd.DataFrame({"category": ["text-to-video", "text-to-video-audio", "text-to-video-audio"],
    ...     "snapshot_date": pd.to_datetime(["2026-04-10", "2026-04-15", "2026-06-25"]),
    ...     "archived": [True, False, True], "models": [80, 2, 30],
    ...     "date_precision": ["day", "month", "day"]})
    >>> p = pd.DataFrame({"category": ["text-to-video", "text-to-video-audio"],
    ...     "first_archived": pd.to_datetime(["2026-04-10", "2026-06-25"])})
    >>> print(press_after_text(d, p))  # doctest: +NORMALIZE_WHITESPACE
    Not every pool starts then: the only board of text to video with audio before its first archived copy
    (25 June 2026) is a press quote dated only to April 2026 (drawn on the 15th), with 2 models.
    """
    start = pools["first_archived"].min()
    late = days[~days["archived"] & (days["snapshot_date"] >= start)]
    if late.empty:
        return ""
    first = dict(zip(pools["category"].astype(str), pools["first_archived"], strict=False))
    late = late.assign(order=_pool_order(late["category"]),
                       own_first=late["category"].astype(str).map(first))
    parts = []
    keys = ["snapshot_date", "date_precision", "models", "own_first"]
    for (day, precision, models, own_first), group in late.sort_values("order").groupby(keys, sort=True):
        names = pools_text(group["category"])
        several = len(group) > 1
        quote = f"a press quote {_press_date(day, str(precision))}, with {fmt.count(int(models), 'model')}"
        quote += " each" if several else ""
        if pd.notna(own_first) and own_first > day:
            only = (f"the only board of {names} before {'their' if several else 'its'} first archived copy "
                    f"({fmt.day(own_first)}) is {quote}")
        else:
            only = f"one board of {names} is only {quote}"
        parts.append(only)
    return "Not every pool starts then: " + "; ".join(parts) + "."


def missing_text(gaps: pd.DataFrame, days: pd.DataFrame, pools: pd.DataFrame, arena: str, min_days: int,
                 read_on: object) -> str:
    """What no public archive covers: before the first archived copy, press-only boards after it, the
    newest board of any archive read (last read on ``read_on``), and the stretches without any board."""
    first_archived = pools["first_archived"].min()
    before = sorted(days.loc[days["snapshot_date"] < first_archived, "snapshot_date"].unique())
    text = f"Archived copies of the {arena} boards start on {fmt.day(first_archived)}. "
    if before:
        text += (
            f"Before that we have only {fmt.count(len(before), 'day')} of values quoted by the press or "
            f"copied by developers ({', '.join(fmt.day(d) for d in before)}); no public archive covers the "
            "months between them. "
        )
    after = press_after_text(days, pools)
    text += (after + " " if after else "") + (
        f"The newest board in any archive we read (last read on {fmt.day(read_on)}) is from "
        f"{fmt.day(days['snapshot_date'].max())}. Within the history, "
        f"{fmt.count(len(gaps), 'stretch', 'stretches')} of {min_days} days or more have no board at all"
    )
    if not len(gaps):
        return text + "."
    longest = gaps[gaps["days"] == gaps["days"].max()]
    eve = longest.assign(day=longest["from"] - pd.Timedelta(days=1)).merge(
        days, left_on=["category", "day"], right_on=["category", "snapshot_date"])
    follows = ""
    if after and len(eve) and bool((~eve["archived"]).all()):
        follows = (", counted from the day after that press quote (drawn mid-month)"
                   if (eve["date_precision"].astype(str) == "month").all()
                   else ", starting the day after that press quote")
    return text + f"; {longest_gap(gaps)}{follows}."


def evidence_text(mix: pd.DataFrame) -> str:
    """How much of the leaderboard history is archived, in counts (never a share rounded up)."""
    ranks = mix.loc["rankings"]
    return (
        f"Of {fmt.count(int(ranks.sum()), 'leaderboard value')}, {int(ranks['A']):,} come from archived "
        f"copies (grade A) and {int(ranks.sum() - ranks['A']):,} from press or developer pages."
    )


def _named(forecasts: pd.DataFrame) -> pd.Series:
    return ~forecasts["publisher"].astype(str).str.startswith("Unattributed")


def _carriers(forecasts: pd.DataFrame, sources: pd.DataFrame) -> dict[str, int]:
    """The pages the forecasts are quoted from: how many, on GitHub, graded A or B (established press or
    better), and the most pages quoting one value of one edition."""
    pages = sources[sources["source_id"].isin(forecasts["source_id"])]
    per_value = forecasts.groupby(["publisher", "edition", "year"], dropna=False)["source_id"].nunique()
    return {
        "pages": len(pages),
        "github": int(pages["publisher"].astype(str).str.contains("GitHub").sum()),
        "press": int(pages["evidence"].astype(str).isin(["A", "B"]).sum()) if "evidence" in pages else 0,
        "most_pages": int(per_value.max()) if len(per_value) else 0,
        "shared": int((per_value > 1).sum()),
    }


def _why_not_b(forecasts: pd.DataFrame, sources: pd.DataFrame) -> str:
    """Why the forecasts stay below grade B, from the pages that carry them."""
    c = _carriers(forecasts, sources)
    pages = (f"{fmt.count(c['pages'], 'page')} in all: {fmt.count(c['github'], 'GitHub file')} and "
             f"{fmt.count(c['pages'] - c['github'], 'other web page')}")
    single = ("each value is quoted by a single page" if c["most_pages"] <= 1 else
              f"only {fmt.count(c['shared'], 'value')} {'is' if c['shared'] == 1 else 'are'} quoted by more "
              "than one page")
    press = ("none of those pages is graded as established press" if not c["press"] else
             f"{fmt.count(c['press'], 'page')} of them {'is' if c['press'] == 1 else 'are'} graded as "
             "established press")
    return f"{single} ({pages}), and {press}"


def market_evidence_text(forecasts: pd.DataFrame, metrics: pd.DataFrame, sources: pd.DataFrame) -> str:
    """How the market figures reached the project: named and unnamed publishers, the pages that quote
    them, why none reaches grade B and why some named-house values are grade D.

    >>> f = pd.DataFrame({"publisher": ["Fortune Business Insights", "Fortune Business Insights",
    ...                                 "Unattributed (blog)"], "edition": ["A", "B", "unknown"],
    ...                   "year": [2025, 2032, 2030], "evidence": ["C", "D", "D"],
    ...                   "source_id": ["gh-x", "gh-z", "web-y"]})
    >>> m = pd.DataFrame({"evidence": ["B", "C"]})
    >>> s = pd.DataFrame({"source_id": ["gh-x", "gh-z", "web-y"], "evidence": ["C", "D", "C"],
    ...                   "publisher": ["x/y (GitHub)", "z/w (GitHub)", "Blog"]})
    >>> print(market_evidence_text(f, m, s))  # doctest: +NORMALIZE_WHITESPACE
    The market tables are the weak part. Of the 3 forecast values, 2 are credited to 1 named analyst house
    (Fortune Business Insights) and 1 to no one. None could be read in the analyst's own report: each value
    is quoted by a single page (3 pages in all: 2 GitHub files and 1 other web page), and none of those
    pages is graded as established press, so none of the 3 reaches grade B. The 1 unattributed value is
    grade D, and so is 1 of the 2 named-house values, because the page that credits it is itself graded D
    (low quality); the other 1 is grade C, a single secondhand quote. Of the 2 vendor figures, 1 is grade B
    (established press or several agreeing quotes) and 1 grade C; none is read from a company's own
    filing.
    """
    named_mask = _named(forecasts)
    named = forecasts[named_mask]
    unnamed = forecasts[~named_mask]
    publishers = named["publisher"].astype(str).str.replace(r" \(as attributed\)$", "", regex=True)
    houses = sorted(publishers.unique())
    total = len(forecasts)
    good = int(forecasts["evidence"].astype(str).isin(["A", "B"]).sum())
    text = (
        f"The market tables are the weak part. Of the {fmt.count(total, 'forecast value')}, {len(named)} "
        f"{'is' if len(named) == 1 else 'are'} credited to {fmt.count(len(houses), 'named analyst house')} "
        f"({', '.join(houses)}) and {len(unnamed)} to no one. None could be read in the analyst's own "
        f"report: {_why_not_b(forecasts, sources)}, so "
        + (f"only {good} of the {total} reach grade B." if good else f"none of the {total} reaches grade B.")
    )
    page_grade = dict(zip(sources["source_id"].astype(str), sources["evidence"].astype(str), strict=False))
    unnamed_d = int((unnamed["evidence"].astype(str) == "D").sum())
    named_d = named[named["evidence"].astype(str) == "D"]
    low_pages = named_d["source_id"].astype(str).map(page_grade).eq("D")
    named_c = int((named["evidence"].astype(str) == "C").sum())
    if len(unnamed):
        all_d = unnamed_d == len(unnamed)
        text += (f" The {fmt.count(len(unnamed), 'unattributed value')} "
                 + ((f"{'is' if len(unnamed) == 1 else 'are'} grade D") if all_d else
                    f"include {unnamed_d} of grade D"))
    if len(named_d):
        pages = named_d.loc[low_pages.to_numpy(), "source_id"].nunique()
        reason = ""
        if bool(low_pages.all()):
            them = "it" if len(named_d) == 1 else "them"
            pages_words = ("the page that credits " + them + " is itself" if pages == 1
                           else f"the {pages} pages that credit {them} are themselves")
            reason = f", because {pages_words} graded D (low quality)"
        text += (f"{', and so is' if len(named_d) == 1 else ', and so are'} {len(named_d)} of the "
                 f"{fmt.count(len(named), 'named-house value')}{reason}")
        if named_c:
            text += (f"; the other {named_c} {'is' if named_c == 1 else 'are'} grade C, a single "
                     "secondhand quote")
    text += "."
    vendor = metrics["evidence"].astype(str)
    vendor_b, vendor_c = int((vendor == "B").sum()), int((vendor == "C").sum())
    vendor_a = int((vendor == "A").sum())
    text += (f" Of the {fmt.count(len(metrics), 'vendor figure')}, {vendor_b} "
             f"{'is' if vendor_b == 1 else 'are'} grade B (established press or several agreeing quotes)"
             + (f" and {vendor_c} grade C" if vendor_c else "") + "; "
             + (f"{vendor_a} come from a company's own filing." if vendor_a else
                "none is read from a company's own filing."))
    return text


def sources_count_text(source_ids: object, sources: pd.DataFrame, archive_ids: object = ()) -> str:
    """How many sources this note cites, counted as its Sources list counts them (pages, and files kept
    in GitHub repositories); ``archive_ids`` (the provenance's source ids) splits those files into the
    archives' copies and other GitHub files that quote values.

    >>> s = pd.DataFrame({"source_id": ["a", "b", "c"], "url": ["https://x.example/a",
    ...     "https://github.com/o/r/blob/abc1234/f.json", "https://github.com/p/q/blob/abc1234/g.md"]})
    >>> print(sources_count_text(["a", "b", "b", "c"], s, ["b"]))  # doctest: +NORMALIZE_WHITESPACE
    This note cites 1 page and 2 archived files from 2 repositories (1 file from the public archives and 1
    other GitHub file that quotes values), all listed under Sources at the end.
    """
    wanted = {str(i) for i in pd.Series(list(source_ids), dtype=object).dropna()}
    used = sources[sources["source_id"].astype(str).isin(wanted)]
    archived = used["url"].astype(str).str.extract(_ARCHIVED_FILE, expand=False)
    pages = int(archived.isna().sum())
    files = int(archived.notna().sum())
    text = f"This note cites {fmt.count(pages, 'page')}"
    if files:
        text += (f" and {fmt.count(files, 'archived file')} from "
                 f"{fmt.count(archived.nunique(), 'repository', 'repositories')}")
        archives = {str(i) for i in archive_ids}
        own = int(used.loc[archived.notna().to_numpy(), "source_id"].astype(str).isin(archives).sum())
        if archives and own < files:
            other = files - own
            text += (f" ({fmt.count(own, 'file')} from the public archives and "
                     f"{fmt.count(other, 'other GitHub file')} that {'quotes' if other == 1 else 'quote'} "
                     "values)")
    return text + ", all listed under Sources at the end."


def data_answer(days: pd.DataFrame, arena: str, forecasts: pd.DataFrame) -> str:
    """The report's one-line answer: the share of days since the first archived copy that have one, the
    press-only days before it, and whether any market forecast was read first-hand.

    >>> d = pd.DataFrame({"snapshot_date": pd.to_datetime(["2025-12-01", "2026-04-10", "2026-04-11",
    ...     "2026-04-13"]), "archived": [False, True, True, True]})
    >>> print(data_answer(d, "AA", pd.DataFrame({"evidence": ["C", "D"]})))  # doctest: +NORMALIZE_WHITESPACE
    First-hand copies of the AA boards exist for about three quarters of the days from 10 April 2026 to
    13 April 2026 (3 of 4); before that there is only 1 day of values quoted by the press or by developers,
    and every market forecast is secondhand.
    """
    archived = _archived_days(days)
    first, last = archived.iloc[0], archived.iloc[-1]
    span = (last - first).days + 1
    earlier = days.loc[days["snapshot_date"] < first, "snapshot_date"].nunique()
    first_hand = int(forecasts["evidence"].astype(str).eq("A").sum())
    market = ("every market forecast is secondhand" if not first_hand else
              f"only {first_hand} of {fmt.count(len(forecasts), 'market forecast value')} were read "
              "first-hand")
    press = (f"there {'is' if earlier == 1 else 'are'} only {fmt.count(earlier, 'day')} of values quoted "
             "by the press or by developers" if earlier else "there is nothing")
    return (
        f"First-hand copies of the {arena} boards exist for {share_words(len(archived) / span)} of the days "
        f"from {fmt.day(first)} to {fmt.day(last)} ({len(archived)} of {span}); before that {press}, and "
        f"{market}."
    )


def leader_gap_finding(leader_changes: pd.DataFrame, category: str, min_days: int) -> str:
    """How many changes of #1 (``leader_changes``: :func:`videomarket.leaderboard.leader_gaps`) were first
    seen only after a stretch of ``min_days`` or more without any board.

    >>> g = pd.DataFrame({"new_leader": [False, True, True, True, True],
    ...                   "days_unseen_before": [None, 39.0, 68.0, 27.0, 0.0]})
    >>> print(leader_gap_finding(g, "text-to-video", 7))  # doctest: +NORMALIZE_WHITESPACE
    Gaps hide when the lead changed: in text to video (silent), 3 of the 4 changes of #1 were first seen
    after 27 to 68 days without any board, so each happened somewhere in that stretch.
    """
    new = leader_changes[leader_changes["new_leader"].astype(bool)]
    pool = pool_label(category).lower()
    if new.empty:
        return (f"#1 of {pool} never changed hands in the boards we have, so no change of leader fell in "
                "a gap.")
    late = new[new["days_unseen_before"].astype(float) >= min_days]["days_unseen_before"].astype(float)
    of = f"of the {fmt.count(len(new), 'change')} of #1"
    if late.empty:
        return (f"In {pool}, all {fmt.count(len(new), 'change')} of #1 were seen within {min_days} days of "
                "the previous board.")
    span = (f"{int(late.min())} to {int(late.max())} days" if late.min() != late.max()
            else fmt.count(int(late.min()), "day"))
    each = "each happened somewhere in that stretch" if len(late) > 1 else "it happened somewhere in it"
    return (f"Gaps hide when the lead changed: in {pool}, {len(late)} {of} "
            f"{'was' if len(late) == 1 else 'were'} first seen after {span} without any board, so {each}.")


def rebuilt_finding(rebuilt: pd.Series) -> str:
    """The archived files rebuilt from a search service's text, as a finding.

    >>> rebuilt_finding(pd.Series([True, False, False, True]))[:59]
    '2 of the 4 archived files (50%) could not be downloaded and'
    """
    n, total = int(rebuilt.astype(bool).sum()), len(rebuilt)
    if not n:
        return f"All {fmt.count(total, 'archived file')} are the archives' own bytes, downloaded as stored."
    return (f"{n} of the {fmt.count(total, 'archived file')} ({fmt.pct(n / total, 0)}) could not be "
            "downloaded and were rebuilt value by value from the text a search service shows; each was "
            "checked against that text's length and model count, a check that a digit mistyped into another "
            "digit would pass.")


def data_findings(days: pd.DataFrame, leader_changes: pd.DataFrame, rescales: pd.DataFrame,
                  forecasts: pd.DataFrame, sources: pd.DataFrame, rebuilt: pd.Series, *, category: str,
                  min_days: int) -> list[str]:
    """Three to five computed findings for the top of the report: archived coverage, the changes of #1
    hidden in gaps (``leader_changes`` of ``category``), the re-anchoring and re-rating (``rescales``:
    :func:`videomarket.leaderboard.scale_changes` of every pool), the market figures' grade and the
    rebuilt files."""
    archived = _archived_days(days)
    first, last = archived.iloc[0], archived.iloc[-1]
    span = (last - first).days + 1
    findings = [
        f"Between the first archived copy ({fmt.day(first)}) and the last ({fmt.day(last)}), "
        f"{len(archived)} of the {span} days ({fmt.pct(len(archived) / span, 0)}) have an archived board of "
        f"at least one pool; the other {span - len(archived)} have none.",
        leader_gap_finding(leader_changes, category, min_days),
    ]
    if len(rescales):
        findings.append(_rescale_finding(rescales))
    findings.append(
        f"The market figures are secondhand: none of the {len(forecasts)} forecast values reaches grade B, "
        f"because {_why_not_b(forecasts, sources)}."
        if not forecasts["evidence"].astype(str).isin(["A", "B"]).any() else
        f"Of the {len(forecasts)} market forecast values, "
        f"{int(forecasts['evidence'].astype(str).isin(['A', 'B']).sum())} reach grade B or better."
    )
    findings.append(rebuilt_finding(rebuilt))
    return findings[:5]


def _rescale_finding(rescales: pd.DataFrame) -> str:
    row = rescales.sort_values("date").iloc[-1]
    group = rescales[rescales["date"] == row["date"]]
    group = group.assign(order=_pool_order(group["category"])).sort_values("order")
    re_rated = bool((group["shift_max"] - group["shift_min"] > 1).any())
    sizes = [f"the {pool_label(r.category).lower()} board went from {r.models_before} to {r.models_after} "
             "models" for r in group.itertuples()]
    sizes[1:] = [s.replace(" board went from ", " one from ").replace(" models", "") for s in sizes[1:]]
    moved = _moved(float(group["shift_min"].min()), float(group["shift_max"].max()))
    verb = "re-anchored and re-rated" if re_rated else "re-anchored"
    return (f"Between the {fmt.day(row['previous_date'])} and {fmt.day(row['date'])} boards, "
            f"{row['arena']} {verb} {pools_text(group['category'])}: " + " and ".join(sizes)
            + f", and the ratings of the models on both boards {moved}"
            + (", not by one common amount, so ratings, ranks and gaps are never compared across that date."
               if re_rated else ", so ratings are never compared across that date."))


def other_arenas_text(rankings: pd.DataFrame, arena: str) -> str:
    """One sentence on the arenas this note does not follow: their boards per pool and dates, and that the
    gap analysis covers ``arena`` only.

    >>> r = pd.DataFrame({"arena": ["A", "LMArena", "LMArena"], "category": ["text-to-video"] * 3,
    ...                   "snapshot_date": pd.to_datetime(["2026-01-01", "2026-03-19", "2026-09-21"])})
    >>> print(other_arenas_text(r, "A"))  # doctest: +NORMALIZE_WHITESPACE
    The history also holds LMArena, on its own rating scale: 2 boards of text to video (silent) from
    19 March 2026 to 21 September 2026. Its ratings are never compared with A's, and this note's gap
    analysis covers A only: the LMArena archives and their dates are in the table of archives in the
    appendix.
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
    names = " and ".join(sorted(others["arena"].astype(str).unique()))
    return (f"The history also holds {'; '.join(parts)}. Its ratings are never compared with {arena}'s, and "
            f"this note's gap analysis covers {arena} only: the {names} archives and their dates are in the "
            "table of archives in the appendix.")


def leaderboard_age_text(rankings: pd.DataFrame, arena: str = "Artificial Analysis",
                         category: str = "text-to-video", months: int = 10) -> str:
    """What may have changed since the newest board, naming its date (so it cannot be read as the date of
    other data given beside it): how often #1 changed in the months before it.

    >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-01-01", "2026-03-01", "2026-06-01"]),
    ...     "arena": "A", "category": "text-to-video", "model": ["a", "b", "a"],
    ...     "model_name": ["A", "B", "A"],
    ...     "rank": 1, "elo": 1200.0, "scale_epoch": "e", "evidence": "A", "source_id": "s",
    ...     "date_precision": "day"})
    >>> print(leaderboard_age_text(t, "A"))  # doctest: +NORMALIZE_WHITESPACE
    #1 of the A text to video (silent) pool changed 2 times in the 10 months before its newest board
    (1 June 2026), so the leader may have changed since.
    """
    from videomarket.leaderboard import lead_changes

    changes = lead_changes(rankings, arena, category)
    pool = rankings[(rankings["arena"] == arena) & (rankings["category"] == category)]
    newest = pd.to_datetime(pool["snapshot_date"]).max()
    recent = changes[(changes["date"] > newest - pd.DateOffset(months=months)) & (changes["date"] <= newest)]
    return (f"#1 of the {arena} {pool_label(category).lower()} pool changed "
            f"{fmt.count(len(recent), 'time')} in the {months} months before its newest board "
            f"({fmt.day(newest)}), so the leader may have changed since.")

