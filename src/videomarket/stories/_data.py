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

from videomarket.data import grade_counts
from videomarket.data.schemas import AA_POOLS
from videomarket.stories import _wording as wording
from videomarket.stories import fmt
from videomarket.stories._changes import FIRM_GRADES, changes_count, changes_count_of
from videomarket.stories._guide import pool_label, pools_text
from videomarket.stories._notes import _ARCHIVED_FILE

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
    "genai-arena": "a test of the rating method: its ratings refitted from the arena's own votes (image "
                   "models, 2024)",
    "leaderbot": "not used in these notes; kept to test the rating method on text-chatbot votes",
}
MIX_FORMATS = {grade: "count" for grade in ("A", "A_rebuilt", "B", "C", "D", "total")}
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


def coverage_title(days: pd.DataFrame) -> str:
    """The coverage chart's finding: how many days from the first to the last archived board have one (of
    any pool), and how many days with only quoted values come before.

    >>> d = pd.DataFrame({"snapshot_date": pd.to_datetime(["2025-12-01", "2026-04-10", "2026-04-11",
    ...     "2026-05-20"]), "archived": [False, True, True, True]})
    >>> print(coverage_title(d))  # doctest: +NORMALIZE_WHITESPACE
    Archived boards of at least one pool cover 3 of the 41 days from 10 April to 20 May 2026; before that, 1
    day with only quoted values
    """
    archived = _archived_days(days)
    if archived.empty:
        return "No archived copy of any board: every day rests on quoted values"
    first, last = archived.iloc[0], archived.iloc[-1]
    span = (last - first).days + 1
    start = f"{first.day} {first:%B}" if first.year == last.year else fmt.day(first)
    title = (f"Archived boards of at least one pool cover {len(archived)} of the {span} days from {start} to "
             f"{fmt.day(last)}")
    earlier = days.loc[days["snapshot_date"] < first, "snapshot_date"].nunique()
    return title + (f"; before that, {fmt.count(earlier, 'day')} with only quoted values" if earlier else "")


def with_pool_names(table: pd.DataFrame) -> pd.DataFrame:
    """A table with its ``category`` named in words as ``pool``."""
    return table.assign(pool=table["category"].map(pool_label))


def board_copy(boards: pd.DataFrame | None, category: object, day: object) -> str:
    """How a pool's archived board of one day was kept (``boards``: :func:`videomarket.data.rebuilt_boards`):
    "rebuilt" when every copy was rebuilt from a search index's text, "partly rebuilt" when there are both
    a downloaded and a rebuilt copy, "downloaded" otherwise, "" for a day without an archived board.

    >>> b = pd.DataFrame({"category": "t2v", "snapshot_date": pd.to_datetime(["2026-10-05", "2026-10-10"]),
    ...     "rebuilt_only": [False, True], "checked": [True, False]})
    >>> [board_copy(b, "t2v", d) for d in ("2026-10-05", "2026-10-10", "2026-10-01")]
    ['partly rebuilt', 'rebuilt', '']
    """
    if boards is None or boards.empty:
        return ""
    row = boards[(boards["category"].astype(str) == str(category))
                 & (pd.to_datetime(boards["snapshot_date"]) == pd.Timestamp(day))]
    if row.empty:
        return ""
    if bool(row["rebuilt_only"].astype(bool).iloc[0]):
        return "rebuilt"
    return "partly rebuilt" if bool(row["checked"].astype(bool).iloc[0]) else "downloaded"


def coverage_table(pools: pd.DataFrame, gaps: pd.DataFrame, days: pd.DataFrame | None = None,
                   boards: pd.DataFrame | None = None) -> pd.DataFrame:
    """The coverage table: pools in words, with the longest stretch without a board as text, a range when a
    stretch is bounded by a board dated only to its month (``gaps``: :func:`videomarket.data.coverage_gaps`),
    and the first day as text, "Apr 2026 (month only)" when that board is dated only to its month
    (``days``: :func:`videomarket.data.snapshot_coverage`); with ``boards``
    (:func:`videomarket.data.rebuilt_boards`), how the last day's board was kept (:func:`board_copy`).

    >>> p = pd.DataFrame({"category": ["text-to-video-audio", "text-to-video"], "longest_gap": [70, 68]})
    >>> g = pd.DataFrame({"category": ["text-to-video-audio", "text-to-video-audio"], "days": [70, 27],
    ...     "days_min": [55, 27], "days_max": [84, 27]})
    >>> coverage_table(p, g)[["pool", "longest_text"]].values.tolist()
    [['Text to video with audio', '55 to 84'], ['Text to video (silent)', '68']]
    """
    low, high = _gap_range(gaps) if len(gaps) else (pd.Series(dtype=int), pd.Series(dtype=int))

    def longest(mine: object, fallback: str) -> str:
        if len(gaps) and mine.any():
            lo, hi = int(low[mine].max()), int(high[mine].max())
            about = bool((_approx(gaps)[mine] & (high[mine] == hi) & (low[mine] == hi)).any())
            return (f"about {hi}" if about else str(hi)) if lo == hi else f"{lo} to {hi}"
        return fallback

    texts, before, since = [], [], []
    for row in pools.itertuples():
        mine = (gaps["category"].astype(str) == str(row.category)).to_numpy() if len(gaps) else []
        texts.append(longest(mine, str(int(row.longest_gap))))
        if len(gaps) and hasattr(row, "first_archived"):
            early = (pd.to_datetime(gaps["to"]) < row.first_archived).to_numpy()
            before.append(longest(mine & early, "none"))
            since.append(longest(mine & ~early, "none"))
    monthly: set[tuple[str, pd.Timestamp]] = set()
    if days is not None and "date_precision" in days:
        month_only = days[days["date_precision"].astype(str) == "month"]
        monthly = set(zip(month_only["category"].astype(str), month_only["snapshot_date"], strict=True))
    firsts = [f"{_short_month(first)} (month only)" if (str(c), first) in monthly else _short_day(first)
              for c, first in zip(pools["category"], pd.to_datetime(pools["first"]), strict=True)] \
        if "first" in pools else None
    table = with_pool_names(pools).assign(longest_text=texts)
    if before:
        table = table.assign(before_text=before, since_text=since)
    if boards is not None and "last" in pools:
        table = table.assign(last_copy=[board_copy(boards, c, d) for c, d in
                                        zip(pools["category"], pools["last"], strict=True)])
    return table.assign(first_text=firsts) if firsts is not None else table


def last_copy_text(pools: pd.DataFrame, boards: pd.DataFrame | None) -> str:
    """One line for the coverage table: how each pool's last day's board was kept (:func:`board_copy`),
    said once when every pool's is the same.

    >>> p = pd.DataFrame({"category": ["t2v", "i2v"], "last": pd.to_datetime(["2026-10-10"] * 2)})
    >>> b = pd.DataFrame({"category": ["t2v", "i2v"], "snapshot_date": pd.to_datetime(["2026-10-10"] * 2),
    ...     "rebuilt_only": [True, True], "checked": [False, False]})
    >>> print(last_copy_text(p, b))  # doctest: +NORMALIZE_WHITESPACE
    Every pool's last board, of 10 October 2026, was [rebuilt from text](#glossary-rebuilt-file) (not
    verified).
    """
    kinds = [board_copy(boards, c, d) for c, d in zip(pools["category"], pools["last"], strict=True)]
    lasts = pd.to_datetime(pools["last"])
    words = {"rebuilt": "was [rebuilt from text](#glossary-rebuilt-file) (not verified)",
             "partly rebuilt": "was partly [rebuilt from text](#glossary-rebuilt-file)",
             "downloaded": "was downloaded"}
    if len(set(kinds)) == 1 and lasts.nunique() == 1 and kinds[0]:
        return f"Every pool's last board, of {fmt.day(lasts.iloc[0])}, {words[kinds[0]]}."
    return " ".join(f"The last board of {pool_label(str(c)).lower()}, of {fmt.day(d)}, {words[k]}."
                    for c, d, k in zip(pools["category"], lasts, kinds, strict=True) if k)


def _pool_order(categories: pd.Series) -> pd.Series:
    order = {c: i for i, c in enumerate(AA_POOLS)}
    return categories.astype(str).map(order).fillna(len(order))


def gaps_table(gaps: pd.DataFrame) -> pd.DataFrame:
    """The stretches without a board in date order (by first day without a board), ties in the tables'
    pool order, pools in words.

    >>> g = pd.DataFrame({"category": ["image-to-video", "text-to-video", "text-to-video"],
    ...     "from": pd.to_datetime(["2026-01-30", "2026-01-30", "2025-12-02"]),
    ...     "to": pd.to_datetime(["2026-04-08"] * 2 + ["2025-12-20"]), "days": [69, 69, 18]})
    >>> gaps_table(g)[["pool", "from_text"]].values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [['Text to video (silent)', '2 Dec 2025'], ['Text to video (silent)', '30 Jan 2026'],
     ['Image to video (silent)', '30 Jan 2026']]
    """
    table = with_pool_names(gaps).assign(order=_pool_order(gaps["category"]), longest=-gaps["days"])
    low, high = _gap_range(table)
    after = table.get("after_month_only", pd.Series(False, index=table.index)).astype(bool)
    before = table.get("before_month_only", pd.Series(False, index=table.index)).astype(bool)
    rough_after = table.get("after_approx", pd.Series(False, index=table.index)).astype(bool)
    rough_before = table.get("before_approx", pd.Series(False, index=table.index)).astype(bool)
    table["from_text"] = [f"{_short_month(d - pd.Timedelta(days=1))} (month only)" if a
                          else ("about " if r else "") + _short_day(d)
                          for d, a, r in zip(table["from"], after, rough_after, strict=True)]
    table["to_text"] = [f"before a quote of {_short_month(d + pd.Timedelta(days=1))} (month only)" if b
                        else ("about " if r else "") + _short_day(d)
                        for d, b, r in zip(table["to"], before, rough_before, strict=True)]
    approx = _approx(table)
    table["days_text"] = [(f"about {lo}" if a else str(lo)) if lo == hi else f"{lo} to {hi}"
                          for lo, hi, a in zip(low, high, approx, strict=True)]
    return table.sort_values(["from", "order"], kind="mergesort").drop(
        columns=["order", "longest"]).reset_index(drop=True)


def merged_gaps_table(gaps: pd.DataFrame) -> pd.DataFrame:
    """:func:`gaps_table` with one row for each stretch that several pools share (same first and last day
    and length), its pools named together ("All four pools", "Both silent pools") and ``stretches``
    counting the pools' stretches it stands for.

    >>> g = pd.DataFrame({"category": ["text-to-video", "image-to-video", "text-to-video-audio",
    ...     "image-to-video-audio", "text-to-video"], "from": pd.to_datetime(["2026-06-26"] * 4
    ...     + ["2026-05-15"]), "to": pd.to_datetime(["2026-07-22"] * 4 + ["2026-06-24"]),
    ...     "days": [27, 27, 27, 27, 41]})
    >>> merged_gaps_table(g)[["pool", "from_text", "days_text", "stretches"]].values.tolist()
    ... # doctest: +NORMALIZE_WHITESPACE
    [['Text to video (silent)', '15 May 2026', '41', 1], ['All four pools', '26 Jun 2026', '27', 4]]
    >>> merged_gaps_table(g.assign(after_approx=[False] * 4 + [True]))["from_text"].tolist()
    ['about 15 May 2026', '26 Jun 2026']
    """
    table = gaps_table(gaps)
    keys = ["from_text", "to_text", "days_text"]
    rows = []
    for _, group in table.groupby(keys, sort=False):
        cats = frozenset(group["category"].astype(str))
        row = group.iloc[0].copy()
        row["stretches"] = len(group)
        if len(group) > 1:
            pair = _PAIRS.get(cats)
            row["pool"] = ("All four pools" if cats == frozenset(AA_POOLS) else
                           f"Both {pair.removeprefix('the ')}" if pair else
                           " and ".join(group["pool"].astype(str)))
        rows.append(row)
    return pd.DataFrame(rows).reset_index(drop=True)


def _short_day(day: pd.Timestamp) -> str:
    return f"{day.day} {day:%b %Y}"


def _short_month(day: pd.Timestamp) -> str:
    return f"{day:%b %Y}"


def _gap_range(gaps: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Each gap's shortest and longest length (both ``days`` when the gap has no month-only end)."""
    days = gaps["days"].astype(int)
    return (gaps["days_min"].astype(int) if "days_min" in gaps else days,
            gaps["days_max"].astype(int) if "days_max" in gaps else days)


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


def archives_text(provenance: pd.DataFrame, rebuilt: pd.Series, boards: pd.DataFrame | None = None,
                  quoting: int = 0, read_on: object = None) -> str:
    """How the archived files were obtained and checked: how many were rebuilt from a search index's text
    (``rebuilt``: :func:`videomarket.data.rebuilt_from_text`), how, the check against downloaded copies
    (``boards``: :func:`videomarket.data.rebuilt_boards`) and what each file's checksum covers; with
    ``quoting`` (:func:`quoting_files`), how the Sources list's count of archived files splits into the
    archives' copies and GitHub files that only quote values; with ``read_on``, the day the index was read.

    >>> print(archives_text(pd.DataFrame({"repository": ["o/a"]}), pd.Series([False]), quoting=2))
    ... # doctest: +NORMALIZE_WHITESPACE
    The Sources list 3 archived files: 1 copy kept by the public archives and 2 GitHub files that only quote
    values. All 1 archived file are the archives' own bytes, downloaded as stored; each file's SHA-256
    checksum is recorded, so anyone can check our copy.

    >>> p = pd.DataFrame({"repository": ["o/a", "o/a", "o/b"]})
    >>> print(archives_text(p, pd.Series([True, False, True])))  # doctest: +NORMALIZE_WHITESPACE
    2 of the 3 archived files (1 from o/a, 1 from o/b) could not be downloaded. A search index of GitHub
    showed their text, and each was rebuilt from it value by value in the archive's own layout, kept only
    if its length in characters and its number of models matched that text (the check told at the top of the
    note). The other 1 is the archive's own bytes. Every file's SHA-256 checksum is
    recorded, but it verifies only downloaded files: a rebuilt file's checksum is of our rebuild, so it
    cannot show that the rebuild is exact.
    """
    rebuilt = rebuilt.astype(bool)
    total, n = len(provenance), int(rebuilt.sum())
    lead = ""
    if quoting:
        lead = (f"The Sources list {fmt.count(total + quoting, 'archived file')}: "
                f"{fmt.count(total, 'copy', 'copies')} kept by the public archives and "
                f"{fmt.count(quoting, 'GitHub file')} that only {'quotes' if quoting == 1 else 'quote'} "
                "values. ")
    if not n:
        return (f"{lead}All {fmt.count(total, 'archived file')} are the archives' own bytes, downloaded as "
                "stored; each file's SHA-256 checksum is recorded, so anyone can check our copy.")
    by_repo = provenance.loc[rebuilt.to_numpy(), "repository"].astype(str).value_counts()
    by_repo = by_repo.sort_index().sort_values(ascending=False, kind="mergesort")
    where = ", ".join(f"{count} from {repo}" for repo, count in by_repo.items())
    kept = total - n
    check = f" {rebuilt_check_text(boards)}" if boards is not None else ""
    return lead + (
        f"{n} of the {fmt.count(total, 'archived file')} ({where}) could not be downloaded. "
        + ("A search index of GitHub showed their text" if read_on is None else
           "A third-party search index of public GitHub files, a tool without a public address, showed "
           f"their text when we read it on {fmt.day(read_on)}")
        + ", and each was rebuilt from it value by value in the archive's own "
        "layout, kept only if its length in characters and its number of models matched that text (the check "
        f"told at the top of the note).{check} The other {kept} "
        f"{'is' if kept == 1 else 'are'} the archive's own bytes. Every file's SHA-256 checksum is recorded, "
        "but it verifies only downloaded files: a rebuilt file's checksum is of our rebuild, so it cannot "
        "show that the rebuild is exact."
    )


def quoting_files(source_ids: object, sources: pd.DataFrame, archive_ids: object) -> int:
    """How many of the GitHub files among ``source_ids`` are not the public archives' copies
    (``archive_ids``: the provenance's source ids) but files that only quote values.

    >>> s = pd.DataFrame({"source_id": ["a", "b", "c"], "url": ["https://x.example/a",
    ...     "https://github.com/o/r/blob/abc1234/f.json", "https://github.com/p/q/blob/abc1234/g.md"]})
    >>> quoting_files(["a", "b", "c", "c"], s, ["b"])
    1
    """
    wanted = {str(i) for i in pd.Series(list(source_ids), dtype=object).dropna()}
    used = sources[sources["source_id"].astype(str).isin(wanted)]
    on_github = used["url"].astype(str).str.extract(_ARCHIVED_FILE, expand=False).notna()
    archives = {str(i) for i in archive_ids}
    return int((on_github & ~used["source_id"].astype(str).isin(archives)).sum())


def archive_uses(provenance: pd.DataFrame) -> dict[str, str]:
    """What the note takes from the archived files that do not feed a board, for the Sources list (which
    joins the uses of a repository's files, so each use is given for one file of its repository): model
    facts, a test of the rating method, the response headers that date a copy.

    >>> p = pd.DataFrame({"source_id": ["g", "h", "h2", "b"], "repository": ["o/g", "o/h", "o/h", "o/b"],
    ...     "format": ["genai-arena-battles-json", "http-headers", "http-headers", "aa-api-data"]})
    >>> sorted(archive_uses(p)), archive_uses(p)["h"]
    (['g', 'h'], 'dating the copies kept beside them, by the time each was served')
    """
    words = {**USES, "http-headers": "dating the copies kept beside them, by the time each was served",
             "leaderbot": "a test of the rating method on text-chatbot votes, in no figure of these notes"}
    uses: dict[str, str] = {}
    seen = set()
    for row in provenance.itertuples():
        form = str(row.format)
        use = next((w for prefix, w in words.items() if form.startswith(prefix) and prefix != "lmarena"), "")
        key = (str(getattr(row, "repository", "")), use)
        if use and key not in seen:
            seen.add(key)
            uses[str(row.source_id)] = use
    return uses


def mix_table(mix: pd.DataFrame, rebuilt: dict[str, int] | None = None,
              ratings: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """The evidence mix of the tables of values, named in words (the sources table counts pages, not
    values, so it is left out), grade A split into downloaded copies and copies rebuilt from a search
    index's text (``rebuilt``: how many grade-A values of each table come from rebuilt files). With
    ``ratings`` (arena -> :func:`videomarket.data.rated_values`, every grade:
    :func:`videomarket.data.ratings_once`), a first row per arena counts each rating once
    (:func:`videomarket.data.grade_counts`, as the coverage chart's data file does), beside the rows that
    count every copy; ``total`` sums each row. Market forecasts and vendor figures are never rebuilt
    copies: their counts show 0 there.

    >>> v = pd.DataFrame({"evidence": ["A", "A", "B"], "rebuilt": [True, False, False]})
    >>> m = pd.DataFrame({"A": [5], "B": [2], "C": [0], "D": [0]}, index=pd.Index(["AA"], name="table"))
    >>> mix_table(m, {"AA": 1}, {"AA": v}).values.tolist()
    [['AA daily rating entries', 1, 1, 0, 0, 1, 3], ['AA', 4, 2, 0, 0, 1, 7]]

    >>> m = pd.DataFrame({"A": [10, 0], "B": [1, 2], "C": [0, 3], "D": [1, 0]},
    ...                  index=pd.Index(["rankings", "market_forecasts"], name="table"))
    >>> mix_table(m, {"rankings": 4})[["table", "A", "A_rebuilt", "total"]].values.tolist()
    ... # doctest: +NORMALIZE_WHITESPACE
    [['Leaderboard values (every copy, both arenas)', 6, 4, 12],
     ['Market forecasts (yearly values)', 0, 0, 5]]
    """
    values = mix.drop(index=[t for t in ("sources",) if t in mix.index])
    counts = pd.Series(rebuilt or {}, dtype=int).reindex(values.index).fillna(0).astype(int)
    values = values.assign(A=values["A"] - counts, A_rebuilt=counts)
    labels = wording.TABLE_LABELS
    units = {"market_forecasts": " (yearly values)", "company_metrics": ""}  # each row's unit
    table = values.reset_index().assign(table=lambda f: f["table"].map(
        lambda t: labels.get(t, t) + units.get(t, "")))
    rows = []
    for arena, rated in (ratings or {}).items():
        counts = grade_counts(rated).iloc[0]
        rows.append({"table": f"{arena} daily rating entries",
                     **{g: int(n) for g, n in counts.items()}})
    out = pd.concat([pd.DataFrame(rows, columns=table.columns), table], ignore_index=True) if rows else table
    return out.assign(total=out[["A", "A_rebuilt", "B", "C", "D"]].sum(axis=1).astype(int))


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
    The boards show that between the 30 September 2026 and 1 October 2026 boards, AA re-anchored and
    re-rated text to video (silent). Text to video (silent): Mochi 1 was pinned at 1,000 before, Kling 3.0
    after; the board went from 81 models to 30; the 21 models on both boards fell by 125 to 314 points, and
    their order changed. Because the ratings moved by different amounts, gaps and ranks changed too: the
    notes never compare ratings, ranks or gaps across that date.
    """
    if changes.empty:
        return "No pool's rating scale changed between two archived boards."
    anchors = dict(zip(epochs["scale_epoch"].astype(str), epochs["anchor_model_name"], strict=False))
    parts = []
    for (before_day, after_day), group in changes.groupby(["previous_date", "date"], sort=True):
        group = group.assign(order=_pool_order(group["category"])).sort_values("order")
        re_rated = bool((group["shift_max"] - group["shift_min"] > 1).any())
        verb = "re-anchored and re-rated" if re_rated else "re-anchored"
        text = (f"The boards show that between the {fmt.day(before_day)} and {fmt.day(after_day)} boards, "
                f"{group['arena'].iloc[0]} {verb} {pools_text(group['category'])}.")
        for row in group.itertuples():
            old, new = anchors.get(str(row.previous_epoch)), anchors.get(str(row.scale_epoch))
            pinned = (f"{old} was pinned at 1,000 before, {new} after; " if isinstance(old, str)
                      and isinstance(new, str) else "")
            order = ", and their order changed" if row.order_changed else ", in the same order"
            text += (f" {pool_label(row.category)}: {pinned}the board went from "
                     f"{fmt.count(int(row.models_before), 'model')} to {int(row.models_after)}; the "
                     f"{fmt.count(int(row.models_on_both), 'model')} on both boards "
                     f"{fmt.shift(row.shift_min, row.shift_max)}{order}.")
        if re_rated:
            text += (" Because the ratings moved by different amounts, gaps and ranks changed too: the notes "
                     "never compare ratings, ranks or gaps across that date.")
        else:
            text += (" Every rating moved by the same amount: the notes never compare ratings across that "
                     "date.")
        parts.append(text)
    return " ".join(parts)


def coverage_text(days: pd.DataFrame, pools: pd.DataFrame, arena: str, min_evidence: str = "D",
                  rankings: pd.DataFrame | None = None, part: str = "all") -> str:
    """How many days of boards the history holds, and how many rest on archived copies; with
    ``min_evidence`` "C" or stronger and ``rankings`` (every value), how many weaker values of ``arena``
    are left out, and on which days.

    >>> d = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-04-08", "2026-04-10"]),
    ...     "archived": [False, True]})
    >>> r = pd.DataFrame({"arena": "AA", "evidence": ["A", "D", "D"],
    ...     "snapshot_date": pd.to_datetime(["2026-04-10", "2026-04-09", "2026-04-15"])})
    >>> print(coverage_text(d, pd.DataFrame({"category": ["t"]}), "AA", "C", r))
    ... # doctest: +NORMALIZE_WHITESPACE
    For AA, 2 days from 8 April 2026 to 10 April 2026 have a board of at least one of the 1 pool: 1 with an
    archived copy, 1 with only quoted values. The 2 grade-D values of AA, quoted for 9 April 2026 and 15
    April 2026, are left out of the chart, the day counts and the stretches without a board.
    >>> r = pd.DataFrame({"arena": "AA", "category": "t", "model": ["a", "a", "b"],
    ...     "evidence": ["A", "D", "D"],
    ...     "snapshot_date": pd.to_datetime(["2026-04-15", "2026-04-15", "2026-04-09"])})
    >>> print(coverage_text(d, pd.DataFrame({"category": ["t"]}), "AA", "C", r).split(". ", 1)[1])
    ... # doctest: +NORMALIZE_WHITESPACE
    The 2 grade-D values of AA, quoted for 9 April 2026 and 15 April 2026, are left out of the chart, the
    day counts and the stretches without a board. The grade table counts them as 1 rating: the other one
    repeats a rating held at a better grade.
    >>> print(coverage_text(d, pd.DataFrame({"category": ["t"]}), "AA", "C", r, "rest").split(". ")[0])
    ... # doctest: +NORMALIZE_WHITESPACE
    The 2 grade-D values of AA, quoted for 9 April 2026 and 15 April 2026, are left out of the chart, the
    day counts and the stretches without a board
    """
    archived = days.loc[days["archived"], "snapshot_date"].nunique()
    total = days["snapshot_date"].nunique()
    text = (f"For {arena}, {fmt.count(total, 'day')} from {fmt.day(days['snapshot_date'].min())} to "
            f"{fmt.day(days['snapshot_date'].max())} have a board of at least one of the "
            f"{fmt.count(len(pools), 'pool')}: {archived} with an archived copy, {total - archived} with "
            "only quoted values.")
    if min_evidence < "D" and rankings is not None:
        mine = rankings[(rankings["arena"].astype(str) == arena)
                        & (rankings["evidence"].astype(str) > min_evidence)]
        if len(mine):
            grades = "/".join(sorted(set(mine["evidence"].astype(str))))
            precision = (dict(zip(mine["snapshot_date"], mine["date_precision"].astype(str), strict=False))
                         if "date_precision" in mine else {})
            when = " and ".join(f"{fmt.month(d)} (month only)" if precision.get(d) == "month" else
                                _around(d, {k for k, v in precision.items() if v == "approx"})
                                for d in sorted(mine["snapshot_date"].unique()))
            text += (f" The {len(mine)} grade-{grades} values of {arena}, quoted for {when}, are left out "
                     "of the chart, the day counts and the stretches without a board")
            if "model" in rankings and "category" in rankings:
                keys = ["category", "snapshot_date", "model"]
                ours = rankings[rankings["arena"].astype(str) == arena]
                best = ours.assign(evidence=ours["evidence"].astype(str)).groupby(keys)["evidence"].min()
                held = list(mine[keys].drop_duplicates().itertuples(index=False))
                own = int((best.loc[held] > min_evidence).sum())
                again = len(mine) - own
                text += (f". The grade table counts them as {fmt.count(own, 'rating')}" + (
                    (f": the other {again} repeat" if again > 1 else ": the other one repeats")
                    + " a rating held at a better grade." if again else "."))
            else:
                text += "."
    if part == "rest":
        return text.split(". ", 1)[1] if ". " in text else ""
    return text


def _spans_text(rows: pd.DataFrame) -> str:
    """'21 December 2025 to 28 January 2026, text to video (silent)', one span per distinct dates, every
    pool that shares it named in the tables' pool order; a month-only end is said as such."""
    rows = rows.assign(order=_pool_order(rows["category"])).sort_values("order", kind="mergesort")
    after = rows.get("after_month_only", pd.Series(False, index=rows.index)).astype(bool)
    parts = []
    for (start, end), group in rows.groupby(["from", "to"], sort=True):
        begin = (f"after a press quote dated only to {fmt.month(start - pd.Timedelta(days=1))}"
                 if bool(after[group.index].any()) else fmt.day(start))
        pools = " and ".join(pool_label(c).lower() for c in group["category"])
        parts.append(f"{begin} to {fmt.day(end)}, {pools}")
    return "; ".join(parts)


def _ranged_text(rows: pd.DataFrame) -> str:
    """'text to video with audio from a press quote dated only to April 2026 to 24 June 2026': pools in the
    tables' order, a month-only end said as such."""
    rows = rows.assign(order=_pool_order(rows["category"])).sort_values("order", kind="mergesort")
    first, last = rows.iloc[0], rows.iloc[-1]
    after = bool(rows.get("after_month_only", pd.Series(False, index=rows.index)).astype(bool).any())
    before = bool(rows.get("before_month_only", pd.Series(False, index=rows.index)).astype(bool).any())
    start = (f"a press quote dated only to {fmt.month(first['from'] - pd.Timedelta(days=1))}" if after
             else fmt.day(first["from"]))
    end = (f"a press quote dated only to {fmt.month(last['to'] + pd.Timedelta(days=1))}" if before
           else fmt.day(last["to"]))
    return f"{pools_text(rows['category'].drop_duplicates())} from {start} to {end}"


def _approx(gaps: pd.DataFrame) -> pd.Series:
    """Whether each gap is bounded by a board dated only approximately ("around 29 January")."""
    flags = [gaps.get(c, pd.Series(False, index=gaps.index)).astype(bool)
             for c in ("after_approx", "before_approx")]
    return flags[0] | flags[1]


def _around(day: pd.Timestamp, rough: set) -> str:
    """'around 29 January 2026' for a day dated only approximately, else the day."""
    return ("around " if day in rough else "") + fmt.day(day)


def longest_gap(gaps: pd.DataFrame) -> str:
    """The longest stretch without a board, in words (every pool that shares it named, in the tables'
    pool order). A stretch bounded by a board dated only to its month is given as a range and called the
    longest only if it is the longest whatever that board's day; one bounded by a board dated only
    approximately is "about" its length, and "exactly dated" excludes both.

    >>> g = pd.DataFrame({"category": ["text-to-video", "text-to-video-audio"],
    ...     "from": pd.to_datetime(["2026-01-30", "2026-04-16"]), "to": pd.to_datetime(["2026-04-08",
    ...     "2026-06-24"]), "days": [69, 70], "days_min": [69, 55], "days_max": [69, 84],
    ...     "after_month_only": [False, True]})
    >>> print(longest_gap(g))  # doctest: +NORMALIZE_WHITESPACE
    the longest exactly dated is 69 days (30 January 2026 to 8 April 2026, text to video (silent)); the
    stretch of text to video with audio from a press quote dated only to April 2026 to 24 June 2026 lasts
    55 to 84 days, depending on the quote's day
    >>> g = pd.DataFrame({"category": ["image-to-video", "text-to-video"],
    ...     "from": pd.to_datetime(["2026-01-30", "2026-05-15"]), "to": pd.to_datetime(["2026-04-09",
    ...     "2026-06-24"]), "days": [70, 41], "after_approx": [True, False]})
    >>> print(longest_gap(g))  # doctest: +NORMALIZE_WHITESPACE
    the longest exactly dated is 41 days (15 May 2026 to 24 June 2026, text to video (silent)); the longest
    next to a press quote dated only approximately lasts about 70 days (30 January 2026 to 9 April 2026,
    image to video (silent))
    """
    low, high = _gap_range(gaps)
    approx = _approx(gaps)
    exact = gaps[(low == high) & ~approx]
    about = gaps[(low == high) & approx]
    ranged = gaps[low != high]
    top = int(exact["days"].max()) if len(exact) else 0
    about_top = int(about["days"].max()) if len(about) else 0
    top_any = max(top, about_top)
    longer = ranged[high[ranged.index] > top_any]
    caveat = ", depending on the quote's day"
    groups = longer.groupby([low[longer.index], high[longer.index]], sort=True)
    ranges = "; ".join(f"of {_ranged_text(group)} lasts {lo} to {hi} days" for (lo, hi), group in groups)
    if len(longer) and not len(exact) and about_top <= top:
        return "the longest is the stretch " + ranges + caveat
    parts = []
    if len(exact):
        exact_text = f"{fmt.count(top, 'day')} ({_spans_text(exact[exact['days'] == top])})"
        if about_top > top or len(longer):
            parts.append(f"the longest exactly dated is {exact_text}")
        else:
            return f"the longest is {exact_text}"
    if about_top > top:
        parts.append(f"the longest next to a press quote dated only approximately lasts about "
                     f"{fmt.count(about_top, 'day')} ({_spans_text(about[about['days'] == about_top])})")
    if len(longer):
        parts.append("the stretch " + ranges + caveat)
    return "; ".join(parts)


def _press_date(day: pd.Timestamp, precision: str) -> str:
    """'of 15 April 2026', or 'dated only to April 2026 (placed on 15 April for drawing)' when pages give
    only the month."""
    if precision == "month":
        return f"dated only to {fmt.month(day)} (placed on {day.day} {day:%B} for drawing)"
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
    Not every pool starts then: the only values of text to video with audio before its first archived copy
    (25 June 2026) are a press quote dated only to April 2026 (placed on 15 April for drawing), with 2
    models.
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
            only = (f"the only values of {names} before {'their' if several else 'its'} first archived copy "
                    f"({fmt.day(own_first)}) are {quote}")
        else:
            only = f"one day of {names} has only {quote}"
        parts.append(only)
    return "Not every pool starts then: " + "; ".join(parts) + "."


def missing_short_text(gaps: pd.DataFrame, days: pd.DataFrame, pools: pd.DataFrame, min_days: int,
                       read_on: object, all_gaps: pd.DataFrame | None = None, rows: int | None = None) -> str:
    """What no public archive covers, briefly: the days with only quoted values before the first archived
    copy (with their grades when ``days`` has them), how many stretches the table
    lists (in ``rows`` rows, when the table merges pools), and with ``all_gaps``
    (:func:`videomarket.data.coverage_gaps` with ``min_days=1``) how many shorter stretches it leaves out.

    >>> d = pd.DataFrame({"snapshot_date": pd.to_datetime(["2025-12-01", "2026-01-29", "2026-04-10"]),
    ...     "date_precision": ["day", "approx", "day"]})
    >>> p = pd.DataFrame({"first_archived": pd.to_datetime(["2026-04-10"])})
    >>> print(missing_short_text(pd.DataFrame({"days": [39]}), d, p, 7, "2026-12-06"))
    ... # doctest: +NORMALIZE_WHITESPACE
    Before the first archived copy (10 April 2026), only 2 days have quoted values (1 December 2025
    and around 29 January 2026). The table covers only the 1 stretch of 7 days or more without a board of a
    pool.
    >>> d["evidence"] = ["B", "C", "A"]
    >>> print(missing_short_text(pd.DataFrame({"days": [39]}), d, p, 7, "2026-12-06").split(". ")[0])
    ... # doctest: +NORMALIZE_WHITESPACE
    Before the first archived copy (10 April 2026), only 2 days have grade B or C quoted values (1 December
    2025 and around 29 January 2026)
    >>> d["category"] = ["text-to-video", "image-to-video", "text-to-video"]
    >>> e = pd.concat([d, d.iloc[[1]].assign(category="text-to-video")], ignore_index=True)
    >>> print(missing_short_text(pd.DataFrame({"days": [39]}), e, p, 7, "2026-12-06").split(". ")[0])
    ... # doctest: +NORMALIZE_WHITESPACE
    Before the first archived copy (10 April 2026), text to video (silent) has 2 days of grade B or C quoted
    values (1 December 2025 and around 29 January 2026) and image to video (silent) 1 (around 29 January
    2026)
    """
    first_archived = pools["first_archived"].min()
    before = sorted(days.loc[days["snapshot_date"] < first_archived, "snapshot_date"].unique())
    rough = (set(days.loc[days["date_precision"].astype(str) == "approx", "snapshot_date"])
             if "date_precision" in days else set())
    text = ""
    if before:
        listed = [_around(pd.Timestamp(d), rough) for d in before]
        listed_text = ", ".join(listed[:-1]) + " and " + listed[-1] if len(listed) > 1 else listed[0]
        grades = (sorted(days.loc[days["snapshot_date"] < first_archived, "evidence"].astype(str).unique())
                  if "evidence" in days else [])
        graded = ("grade " + " or ".join(grades) + " ") if grades else ""
        # the audio pools' first values are dated only to a month: say whose days these are
        silent = ("category" in days and not days.loc[days["snapshot_date"] < first_archived, "category"]
                  .astype(str).str.endswith("-audio").any())
        who = "the silent pools have only " if silent else "only "
        verb = "" if silent else ("has " if len(before) == 1 else "have ")
        text = (f"Before the first archived copy ({fmt.day(first_archived)}), {who}"
                f"{fmt.count(len(before), 'day')} {verb or 'of '}{graded}quoted values ({listed_text}). ")
        early = days[days["snapshot_date"] < first_archived] if "category" in days else days.iloc[:0]
        if silent and early["category"].nunique() > 1:  # each silent pool its own days
            said = []
            for cat in _pool_order_list(frozenset(early["category"].astype(str))):
                mine = sorted(early.loc[early["category"].astype(str) == cat, "snapshot_date"].unique())
                names = [_around(pd.Timestamp(d), rough) for d in mine]
                names_text = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
                n = fmt.count(len(mine), "day") + f" of {graded}quoted values" if not said else str(len(mine))
                said.append(f"{pool_label(cat).lower()}{' has' if not said else ''} {n} ({names_text})")
            text = (f"Before the first archived copy ({fmt.day(first_archived)}), " + _and(said) + ". ")
    text += (
        "The table covers only the "
        f"{fmt.count(len(gaps), 'stretch', 'stretches')} of {min_days} days or more without a board of a "
        "pool" + (f", shown in {rows} rows" if rows is not None and rows != len(gaps) else ""))
    if all_gaps is None:
        return text + "."
    short = all_gaps[all_gaps["days"].astype(float) < min_days]
    text += (f"; {fmt.count(len(short), 'shorter stretch', 'shorter stretches')} (1 to {min_days - 1} days) "
             "are left out." if len(short) else "; there is no shorter one.")
    return text


def evidence_text(values: pd.DataFrame, arena: str, mix: pd.DataFrame | None = None,
                  days: pd.DataFrame | None = None) -> str:
    """How much of the arena's leaderboard history is archived, counted in ratings (``values``:
    :func:`videomarket.data.rated_values` of the arena: one model on one pool's board of one day, however
    many copies hold it), as a short list, with how many come from rebuilt files; ``mix`` (the grade table,
    every copy of both arenas) is reconciled with it.

    >>> v = pd.DataFrame({"evidence": ["A", "A", "C", "B"], "archived_board": [True, True, True, False],
    ...     "rebuilt": [True, False, False, False]})
    >>> mix = pd.DataFrame({"A": [3], "B": [1], "C": [1], "D": [1]}, index=["rankings"])
    >>> text = evidence_text(v, "AA", mix).split("\\n\\n")
    >>> print(text[0])
    The AA history holds 4 [daily rating entries](#glossary-daily-rating-entry):
    >>> print(text[1])
    - 1 downloaded from archived copies (grade A);
    - 1 rebuilt from search-index text, not verified;
    - 1 quoted value (grade C) on a day whose pool also has an archived board, kept beside it;
    - 1 on days with only quoted values.
    >>> print(text[2])  # doctest: +NORMALIZE_WHITESPACE
    The 2 quoted values are 1 grade B and 1 grade C. The grade table below counts every copy of every value
    in both arenas instead: 6.
    >>> last = evidence_text(v, "AA", mix.rename(index={"rankings": "AA"})).split(". ")[-1]
    >>> print(last)  # doctest: +NORMALIZE_WHITESPACE
    The grade table below gives these counts in its first row; its other rows count copies, one per archive
    that holds a value: 6 for AA.
    """
    board = values["archived_board"].astype(bool)
    grades = values["evidence"].astype(str)
    read = board & (grades == "A")
    rebuilt = int((read & values.get("rebuilt", pd.Series(False, index=values.index)).astype(bool)).sum())
    beside = int((board & (grades != "A")).sum())
    press = int((~board).sum())
    quoted = grades[~read].value_counts().sort_index()
    parts = [f"{n:,} grade {g}" for g, n in quoted.items()]
    mix_text = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else "".join(parts)
    items = ([f"{int(read.sum()) - rebuilt:,} downloaded from archived copies (grade A)",
              f'{rebuilt:,} rebuilt from search-index text, not verified'] if rebuilt
             else
             [f"{int(read.sum()):,} downloaded from archived copies (grade A)"])
    if beside:
        letters = _and(sorted(set(grades[board & (grades != "A")])))
        items.append(f"{beside} quoted {'value' if beside == 1 else 'values'} (grade {letters}) on a day "
                     "whose pool also has an archived board, kept beside it")
    items += _press_words(values, board, grades, press, days)
    entries = fmt.count(len(values), 'daily rating entry', 'daily rating entries').split(" ", 1)
    text = (f"The {arena} history holds {entries[0]} "
            f"[{entries[1]}](#glossary-daily-rating-entry):\n\n"
            + ";\n".join(f"- {item}" for item in items) + ".\n\n")
    if mix_text:
        text += (f"The {fmt.count(beside + press, 'quoted value')} {'is' if beside + press == 1 else 'are'} "
                 f"{mix_text}.")
    if mix is not None and arena in mix.index:
        text += (" The grade table below gives these counts in its first row; its other rows count copies, "
                 f"one per archive that holds a value: {int(mix.loc[arena].sum()):,} for {arena}.")
    elif mix is not None and "rankings" in mix.index:
        text += (" The grade table below counts every copy of every value in both arenas instead: "
                 f"{int(mix.loc['rankings'].sum()):,}.")
    return text.strip()


def _press_words(values: pd.DataFrame, board: pd.Series, grades: pd.Series, press: int,
                 days: pd.DataFrame | None = None) -> list[str]:
    """The quoted values on boards without an archived copy, as list items: those shown, with their pool
    boards and days, and the grade-D ones (which the chart leaves out) apart; with ``days``
    (:func:`videomarket.data.snapshot_coverage`, ``date_precision``) a day known only roughly is said
    "around" it, one known only to the month as that month.

    >>> v = pd.DataFrame({"category": "t", "snapshot_date": pd.to_datetime(["2026-01-29", "2026-01-29",
    ...     "2026-04-09"])})
    >>> g = pd.Series(["C", "C", "D"])
    >>> for item in _press_words(v, pd.Series([False] * 3), g, 3):
    ...     print(item)
    2 quoted values forming 1 board with no archived copy: t on 29 Jan 2026
    1 grade-D rating, left out of the chart
    >>> d = pd.DataFrame({"category": "t", "snapshot_date": pd.to_datetime(["2026-01-29"]),
    ...                   "date_precision": ["approx"]})
    >>> print(_press_words(v, pd.Series([False] * 3), g, 3, d)[0])
    2 quoted values forming 1 board with no archived copy: t around 29 Jan 2026
    >>> print(_press_words(v, pd.Series([False] * 3), g, 3, d.assign(date_precision="month"))[0])
    2 quoted values forming 1 board with no archived copy: t in Jan 2026 (day unknown)
    >>> w = pd.concat([v, pd.DataFrame({"category": ["s", "u"], "snapshot_date": pd.to_datetime(
    ...     ["2026-01-29", "2026-02-01"])})], ignore_index=True)
    >>> print(_press_words(w, pd.Series([False, False, False, True, False]),
    ...     pd.Series(["C", "C", "D", "A", "C"]), 4)[0])  # doctest: +NORMALIZE_WHITESPACE
    3 quoted values forming 2 boards with no archived copy: t on 29 Jan 2026; u on 1 Feb 2026

    """
    weak = ~board & (grades == "D")
    keys = ["category", "snapshot_date"]
    if not press:
        return []
    if not weak.any() or not set(keys) <= set(values.columns):
        return [f"{press:,} on days with only quoted values"]
    shown = ~board & ~weak
    held = values.loc[shown, keys].drop_duplicates()
    precision = ({} if days is None or "date_precision" not in days else
                 {(str(c), pd.Timestamp(d)): str(p) for c, d, p in
                  zip(days["category"], days["snapshot_date"], days["date_precision"], strict=True)})

    def said(cat: str, day: pd.Timestamp) -> str:
        how = precision.get((cat, pd.Timestamp(day)), "day")
        if how == "month":
            return f"in {day:%b %Y} (day unknown)"
        return f"{'around' if how == 'approx' else 'on'} {day:%-d %b %Y}"

    per_pool = []
    for c, g in held.groupby(held["category"].astype(str), sort=False):
        named = [said(c, d) for d in sorted(g["snapshot_date"])]
        plain = all(n.startswith("on ") for n in named)
        listed = "on " + _and([n[3:] for n in named]) if plain else _and(named)
        per_pool.append(f"{pool_label(c)[0].lower() + pool_label(c)[1:]} {listed}")
    text = (f"{int(shown.sum()):,} quoted values forming {fmt.count(len(held), 'board')} with no archived "
            "copy: " + "; ".join(per_pool))
    return [text, f"{fmt.count(int(weak.sum()), 'grade-D rating')}, left out of the chart"]


def _named(forecasts: pd.DataFrame) -> pd.Series:
    return ~forecasts["publisher"].astype(str).str.startswith("Unattributed")


def _carriers(forecasts: pd.DataFrame, sources: pd.DataFrame) -> dict[str, int]:
    """The pages the forecasts are quoted from: how many, on GitHub, graded A or B (established press or
    better), and the values (same house, year and amount) quoted by more than one page, with how many of
    those pages are GitHub files."""
    pages = sources[sources["source_id"].isin(forecasts["source_id"])]
    amount = forecasts["value_usd_m"] if "value_usd_m" in forecasts else forecasts["edition"]
    per_value = forecasts.assign(amount=amount).groupby(["publisher", "year", "amount"], dropna=False)[
        "source_id"].nunique()
    shared = per_value[per_value > 1]
    is_github = pages["publisher"].astype(str).str.contains("GitHub")
    on_github = dict(zip(pages["source_id"].astype(str), is_github, strict=False))
    shared_ids = forecasts.assign(amount=amount).set_index(["publisher", "year", "amount"]).loc[
        list(shared.index), "source_id"].astype(str).unique() if len(shared) else []
    return {
        "pages": len(pages),
        "github": int(pages["publisher"].astype(str).str.contains("GitHub").sum()),
        "press": int(pages["evidence"].astype(str).isin(["A", "B"]).sum()) if "evidence" in pages else 0,
        "most_pages": int(per_value.max()) if len(per_value) else 0,
        "shared": len(shared),
        "shared_pages": len(shared_ids),
        "shared_github": int(sum(bool(on_github.get(i, False)) for i in shared_ids)),
        "shared_press": int(pages.loc[pages["source_id"].astype(str).isin(list(shared_ids)), "evidence"]
                            .astype(str).isin(["A", "B"]).sum()) if "evidence" in pages else 0,
    }


def _why_not_b(forecasts: pd.DataFrame, sources: pd.DataFrame) -> str:
    """Why the forecasts stay below grade B, from the pages that carry them: no established press among
    them, and any agreeing quotes come from GitHub files rather than independent reporting."""
    c = _carriers(forecasts, sources)
    pages = (f"{fmt.count(c['pages'], 'page')} in all: {fmt.count(c['github'], 'GitHub file')} and "
             f"{fmt.count(c['pages'] - c['github'], 'other web page')}")
    press = ("none of the pages that quote them is established news" if not c["press"]
             else f"only {fmt.count(c['press'], 'page')} of those that quote them "
             f"{'is' if c['press'] == 1 else 'are'} established news")
    if c["most_pages"] <= 1:
        agree = "and no value is quoted by more than one page"
    else:
        which = ("the one value quoted by more than one page is" if c["shared"] == 1 else
                 f"the {c['shared']} values quoted by more than one page are")
        agree = (f"and {which} quoted only by {fmt.count(c['shared_pages'], 'GitHub file')}, not independent "
                 "reporting" if c["shared_github"] == c["shared_pages"] else
                 f"and {which} quoted by {fmt.count(c['shared_pages'], 'page')}, "
                 + ("none of them graded B" if not c["shared_press"] else
                    f"{c['shared_press']} of them graded B"))
    return f"{press} ({pages}), {agree}"


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
    Of the 3 forecast values, 2 are attributed, some by inference, to
    1 named analyst house (Fortune Business Insights) and 1 to no one. None was read in the analyst's
    own report; none of the pages that quote them is established news (3 pages in
    all: 2 GitHub files and
    1 other web page), and no value is quoted by more than one page, so none of the 3 reaches grade B. The
    1 unattributed value is
    grade D, and so is 1 of the 2 named-house values, because the page that credits it is itself graded D;
    the other 1 is grade C, a single second-hand quote. Of the 2 vendor figures, 1 is grade B
    and 1 grade C; none is read from a company's own
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
        f"Of the {fmt.count(total, 'forecast value')}, {len(named)} "
        f"{'is' if len(named) == 1 else 'are'} attributed, some by inference, to "
        f"{fmt.count(len(houses), 'named analyst house')} "
        f"({', '.join(houses)}) and {len(unnamed)} to no one. None was read in the analyst's own "
        f"report; {_why_not_b(forecasts, sources)}, so "
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
            reason = f", because {pages_words} graded D"
        text += (f"{', and so is' if len(named_d) == 1 else ', and so are'} {len(named_d)} of the "
                 f"{fmt.count(len(named), 'named-house value')}{reason}")
        if named_c:
            text += (f"; the other {named_c} {'is' if named_c == 1 else 'are'} grade C, a single "
                     "second-hand quote")
    text += "."
    vendor = metrics["evidence"].astype(str)
    vendor_b, vendor_c = int((vendor == "B").sum()), int((vendor == "C").sum())
    vendor_a = int((vendor == "A").sum())
    text += (f" Of the {fmt.count(len(metrics), 'vendor figure')}, {vendor_b} "
             f"{'is' if vendor_b == 1 else 'are'} grade B"
             + (f" and {vendor_c} grade C" if vendor_c else "") + "; "
             + (f"{vendor_a} come from a company's own filing." if vendor_a else
                "none is read from a company's own filing."))
    return text


def _forecasts_held(forecasts: pd.DataFrame) -> int:
    """How many market forecasts the values make: one per publisher, edition and market definition (a
    forecast is one publisher's projection, with a value for each of several years).

    >>> _forecasts_held(pd.DataFrame({"publisher": ["A", "A", "B"], "edition": ["1", "1", "1"],
    ...     "year": [2025, 2030, 2025]}))
    2
    """
    keys = [c for c in ("publisher", "edition", "definition") if c in forecasts]
    return len(forecasts.drop_duplicates(keys)) if keys else len(forecasts)


def newest_quoting_page(forecasts: pd.DataFrame, sources: pd.DataFrame) -> pd.Timestamp | None:
    """The newest day-dated page or file that quotes a market forecast (``forecasts``: the market-forecast
    table; ``sources``: its sources, ``published`` as they give it), or None when none gives a day: an
    undated forecast is at least as old as the page quoting it.

    >>> f = pd.DataFrame({"source_id": ["a", "b", "c"]})
    >>> s = pd.DataFrame({"source_id": ["a", "b", "c", "d"],
    ...     "published": ["2026-07-31", "2026-08", None, "2026-09-01"]})
    >>> newest_quoting_page(f, s)
    Timestamp('2026-07-31 00:00:00')
    """
    quoted = sources[sources["source_id"].isin(forecasts["source_id"])]
    days = quoted["published"].dropna().astype(str)
    days = days[days.str.fullmatch(r"\d{4}-\d{2}-\d{2}")]
    return pd.Timestamp(days.max()) if len(days) else None


def market_dates_text(newest: object, forecasts: pd.DataFrame, metrics: pd.DataFrame,
                      sources: pd.DataFrame) -> str:
    """What the newest market figure's date is (``newest``: :func:`videomarket.market.newest_figure_date`):
    the day a run-rate or ARR was stated when the figure has no period of its own ("stated" in its
    ``period``), else the end of the period it covers or a forecast edition's publication.

    >>> m = pd.DataFrame({"company": ["Kling AI (Kuaishou)"], "metric": ["run_rate"],
    ...     "period": ["2026 (stated 2026-05-28)"], "period_end": pd.to_datetime(["2026-05-28"])})
    >>> print(market_dates_text("2026-05-28", pd.DataFrame(), m, pd.DataFrame()))
    ... # doctest: +NORMALIZE_WHITESPACE
    The newest vendor figure is Kling AI's annualised run-rate, which Kuaishou stated on 28 May 2026: a
    run-rate covers no period of its own, so it is dated by the day it was stated.
    >>> f = pd.DataFrame({"published": ["2023", "2024", None]})
    >>> print(market_dates_text("2026-05-28", f, m, pd.DataFrame()))  # doctest: +NORMALIZE_WHITESPACE
    The newest vendor figure is Kling AI's annualised run-rate, which Kuaishou stated on 28 May 2026: a
    run-rate covers no period of its own, so it is dated by the day it was stated. The newest market
    forecast edition was published in 2024 (its pages give only the year).
    """
    day = pd.Timestamp(newest)
    rows = (metrics[pd.to_datetime(metrics["period_end"]) == day] if "period_end" in metrics
            else metrics.iloc[:0])
    stated = rows[rows["period"].astype(str).str.contains("stated")] if "period" in rows else rows.iloc[:0]
    if len(stated):
        row = stated.iloc[0]
        name = str(row["company"])
        product, _, owner = name.partition(" (")
        owner = owner.rstrip(")") or product
        what = {"run_rate": "annualised run-rate", "arr": "ARR"}.get(str(row["metric"]), str(row["metric"]))
        text = (f"The newest vendor figure is {product}'s {what}, which {owner} stated on {fmt.day(day)}: a "
                f"{'run-rate' if row['metric'] == 'run_rate' else 'figure of this kind'} covers no period of "
                "its own, so it is dated by the day it was stated.")
    else:
        text = f"The newest vendor figure is dated {fmt.day(day)}, the end of the period it covers."
    published = (forecasts["published"].dropna().astype(str) if "published" in forecasts
                 else pd.Series(dtype=str))
    keys = [c for c in ("publisher", "edition", "definition") if c in forecasts]
    dated = forecasts.dropna(subset=["published"]) if "published" in forecasts else forecasts.iloc[:0]
    n_all = len(forecasts.drop_duplicates(keys)) if keys else 0
    n_dated = len(dated.drop_duplicates(keys)) if keys else len(dated)
    if len(published) and n_dated < n_all:  # one dated forecast says nothing of the others' age
        newest = max(published, key=lambda p: (p + "-99-99")[:10])
        when = (newest if len(newest) == 4 else fmt.month(pd.Timestamp(newest + '-01')) if len(newest) == 7
                else fmt.day(newest))
        grade = "/".join(sorted(dated["evidence"].astype(str).unique())) if "evidence" in dated else ""
        graded = f", and it is grade {grade}" if n_dated == 1 and grade else ""
        text += (f" Only {n_dated} of the {n_all} market forecasts we hold gives a publication date "
                 f"({when}){graded}. The others give none, so their age is unknown.")
    elif len(published):
        newest = max(published, key=lambda p: (p + "-99-99")[:10])
        when = (f"in {newest} (its pages give only the year)" if len(newest) == 4 else
                f"in {fmt.month(pd.Timestamp(newest + '-01'))}" if len(newest) == 7 else
                f"on {fmt.day(newest)}")
        text += f" The newest market forecast edition was published {when}."
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


def _missing_share(days: pd.DataFrame) -> float:
    """The share of days without an archived board, over every pool's days from its first archived copy to
    its last (``days``: :func:`videomarket.data.snapshot_coverage`)."""
    archived = days[days["archived"].astype(bool)]
    per = archived.groupby("category", observed=True)["snapshot_date"].agg(["min", "max", "nunique"])
    span = int(((per["max"] - per["min"]).dt.days + 1).sum())
    return 1 - int(per["nunique"].sum()) / span if span else 0.0


def newest_rebuilt_run(boards: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The newest days whose every archived board was rebuilt from text, as a first and last day (a run of
    archived days back from the newest; ``boards``: :func:`videomarket.data.rebuilt_boards`), or None when
    the newest day has a downloaded copy.

    >>> b = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-05", "2026-10-07", "2026-10-10",
    ...     "2026-10-10"]), "rebuilt_only": [False, True, True, True]})
    >>> [f"{d:%d %b}" for d in newest_rebuilt_run(b)]
    ['07 Oct', '10 Oct']
    """
    if boards is None or boards.empty:
        return None
    per_day = boards.groupby("snapshot_date")["rebuilt_only"].apply(lambda s: bool(s.astype(bool).all()))
    per_day = per_day.sort_index(ascending=False)
    run = []
    for day, only in per_day.items():
        if not only:
            break
        run.append(pd.Timestamp(day))
    return (run[-1], run[0]) if run else None


def board_leaders(shown: pd.DataFrame, boards: pd.DataFrame, category: str) -> pd.DataFrame:
    """One row per board of ``category`` in ``shown`` (ratings with ``model_name`` and ``rank``): its day,
    its #1 (``leader``), how many models it lists (``models``) and, from ``boards``
    (:func:`videomarket.data.rebuilt_boards`), whether every copy was rebuilt (``rebuilt_only``) and whether
    a rebuilt copy was checked against a downloaded one (``checked``).

    >>> s = pd.DataFrame({"category": "t", "snapshot_date": pd.to_datetime(["2026-10-04"] * 2
    ...     + ["2026-10-07"]), "model_name": ["W", "K", "W"], "rank": [1, 2, 1]})
    >>> b = pd.DataFrame({"category": "t", "snapshot_date": pd.to_datetime(["2026-10-04", "2026-10-07"]),
    ...     "rebuilt_only": [False, True], "checked": False})
    >>> board_leaders(s, b, "t").to_dict("records")[0]["models"]
    2
    """
    mine = shown[shown["category"].astype(str) == category]
    top = mine[mine["rank"] == 1].drop_duplicates("snapshot_date").set_index("snapshot_date")["model_name"]
    out = pd.DataFrame({"models": mine.groupby("snapshot_date").size()})
    out["leader"] = top.reindex(out.index).astype(object)
    flags = boards[boards["category"].astype(str) == category].set_index("snapshot_date")
    for col in ("rebuilt_only", "checked"):
        out[col] = (flags[col].reindex(out.index).fillna(False).astype(bool) if col in flags
                    else False)
    return out.reset_index().rename(columns={"index": "snapshot_date"})


def _downloaded(leaders: pd.DataFrame) -> pd.DataFrame:
    """The boards of ``leaders`` (:func:`board_leaders`) read from a full downloaded copy: neither rebuilt,
    nor mixed with a rebuilt copy, nor a copy of only the top 8 (8 models or fewer)."""
    return leaders[~leaders["rebuilt_only"] & ~leaders["checked"] & (leaders["models"] > 8)]


def _days_said(days: list[pd.Timestamp]) -> str:
    """'4 and 6 October 2026' for days of one month and year, each in full otherwise."""
    if len({(d.year, d.month) for d in days}) == 1 and len(days) > 1:
        head = ", ".join(str(d.day) for d in days[:-1])
        return f"{head} and {fmt.day(days[-1])}"
    return " and ".join(fmt.day(d) for d in days)


def data_answer(days: pd.DataFrame, arena: str, forecasts: pd.DataFrame,
                values: pd.DataFrame | None = None, boards: pd.DataFrame | None = None, *,
                leader: str | None = None, check: pd.DataFrame | None = None,
                leaders: pd.DataFrame | None = None) -> str:
    """The report's verdict in two sentences: the share of archived ratings rebuilt from text (``values``:
    :func:`videomarket.data.rated_values`), with the newest boards and their #1 (``leader``) when only
    rebuilt copies hold them (``boards``: :func:`videomarket.data.rebuilt_boards`); how the rebuilt copies
    agree where they can be checked (``check``: :func:`videomarket.data.next_day_check`); and the share of
    days without an archived board in the pools archived first (``days``:
    :func:`videomarket.data.snapshot_coverage`). ``forecasts`` is kept for callers.

    >>> d = pd.DataFrame({"category": ["text-to-video"] * 4 + ["image-to-video"] * 3,
    ...     "snapshot_date": pd.to_datetime(["2025-12-01", "2026-04-10", "2026-04-11", "2026-04-16",
    ...     "2026-04-10", "2026-04-12", "2026-04-16"]), "archived": [False] + [True] * 6})
    >>> v = pd.DataFrame({"evidence": ["A", "A", "A", "D"], "rebuilt": [True, False, False, False]})
    >>> b = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-04-12", "2026-04-16"]),
    ...     "rebuilt_only": [False, True], "checked": [True, False], "shared": [8, 0],
    ...     "agree": [True, pd.NA]})
    >>> c = pd.DataFrame({"shared": [31, 76], "max_diff": [4.0, 5.0]})
    >>> print(data_answer(d, "AA", pd.DataFrame(), v, b, leader="Wan 3.0", check=c))
    ... # doctest: +NORMALIZE_WHITESPACE
    33% of the archived AA ratings, including every board since 16 April 2026 and the current #1, Wan 3.0,
    rest on unverified copies rebuilt from text. Checked, they agree (8 of 8 ratings exact, 107 within 5
    points of the day before), but 57% of the days in the silent pools since 10 April 2026 have no
    archived board.

    With ``leaders`` (:func:`board_leaders` of the pool of ``leader``), the second sentence says which
    boards show ``leader`` at #1: the last one and the last two read from a full downloaded copy.

    >>> L = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-04-12", "2026-04-14", "2026-04-16"]),
    ...     "leader": "Wan 3.0", "models": 30, "rebuilt_only": [False, False, True], "checked": False})
    >>> print(data_answer(d, "AA", pd.DataFrame(), v, b, leader="Wan 3.0", leaders=L))
    ... # doctest: +NORMALIZE_WHITESPACE
    33% of the archived AA ratings, including every board since 16 April 2026, rest on unverified copies
    rebuilt from text. Wan 3.0 is #1 on the last board (16 April, rebuilt) and on the downloaded
    boards of 12 and 14 April 2026, but 57% of the days in the silent pools since 10 April 2026 have no
    archived board.
    """
    del forecasts  # the market forecasts' grade is a finding
    archived = days[days["archived"].astype(bool)]
    firsts = archived.groupby("category", observed=True)["snapshot_date"].min()
    first = firsts.min()
    early = [str(c) for c in firsts[firsts == first].index]
    kind = _PAIRS.get(frozenset(early))
    where = kind if kind else pools_text(early)
    share = share_words(_missing_share(days[days["category"].astype(str).isin(early)]))
    share += " the" if share.startswith("about") or share == "all" else " of the"
    tail = (f"{share} days in {where} since {fmt.day(first)} have no archived board.")
    text = ""
    if values is not None and len(values):
        graded = values[values["evidence"].astype(str) == "A"]
        n = int(graded["rebuilt"].astype(bool).sum())
        if n:
            run = newest_rebuilt_run(boards) if boards is not None else None
            newest = ""
            if leaders is not None and leader and run is not None and len(leaders):
                last = leaders.sort_values("snapshot_date").iloc[-1]
                shown_by = _downloaded(leaders)
                shown_by = shown_by[shown_by["leader"].astype(str) == leader].sort_values("snapshot_date")
                if str(last["leader"]) == leader and len(shown_by):
                    copy = ", rebuilt" if bool(last["rebuilt_only"]) else ""
                    days_ = [pd.Timestamp(x) for x in shown_by["snapshot_date"].iloc[-2:]]
                    text = (f"{fmt.pct(n / len(graded), 0)} of the archived {arena} ratings, including every "
                            f"board since {fmt.day(run[0])}, rest on unverified copies rebuilt from text. "
                            f"{leader} is #1 on the last board "
                            f"({pd.Timestamp(last['snapshot_date']):%-d %B}{copy}) and "
                            f"on the downloaded {'boards' if len(days_) > 1 else 'board'} of "
                            f"{_days_said(days_)}, but ")
                    return text + tail
            if run is not None:
                newest = (f", including every board since {fmt.day(run[0])}"
                          + (f" and the current #1, {leader}," if leader else ","))
            text = (f"{fmt.pct(n / len(graded), 0)} of the archived {arena} ratings{newest} rest on "
                    "unverified copies rebuilt from text. ")
            checked = (boards[boards["checked"].astype(bool)] if boards is not None and "checked" in boards
                       else None)
            parts = []
            if checked is not None and len(checked):
                shared = int(checked["shared"].sum())
                agree = bool(checked["agree"].fillna(False).astype(bool).all())
                parts.append(f"{shared:,} of {shared:,} ratings exact" if agree else
                             f"not all {shared:,} ratings")
            if check is not None and len(check):
                parts.append(f"{int(check['shared'].sum()):,} within "
                             f"{fmt.number(float(check['max_diff'].max()))} points of the day before")
            if parts:
                return text + f"Checked, they agree ({', '.join(parts)}), but {tail}"
    return text + tail[0].upper() + tail[1:]


def _days_per_pool(archived: pd.DataFrame) -> str:
    """'Silent pools have archived boards on 89–91 of 184 days, pools with audio on 62–63 of 108.':
    archived days out of each pool's days from its first archived copy to the newest board, pools
    that start alike said together."""
    last = archived["snapshot_date"].max()
    per = archived.groupby("category", observed=True)["snapshot_date"].agg(["min", "nunique"])
    parts = []
    for start, group in per.groupby("min", sort=True):
        low, high = int(group["nunique"].min()), int(group["nunique"].max())
        n = f"{low}" if low == high else f"{low}–{high}"
        span = (last - start).days + 1
        cats = [str(c) for c in group.index]
        kind = _PAIRS.get(frozenset(cats))
        who = (kind.removeprefix("the ") if kind else pools_text(cats))
        parts.append((who, n, span, "have" if kind or len(cats) > 1 else "has"))
    first, *rest = parts
    text = f"{first[0][0].upper()}{first[0][1:]} {first[3]} archived boards on {first[1]} of {first[2]} days"
    text += "".join(f", {who} on {n} of {span}" for who, n, span, _ in rest)
    return text + "."


def _short_range(first: pd.Timestamp, last: pd.Timestamp) -> str:
    """'10 April to 13 April 2026' (the year once when both days share it)."""
    start = f"{first.day} {first:%B}" if first.year == last.year else fmt.day(first)
    return f"{start} to {fmt.day(last)}"


LEADER_NOTE = 'The note "[How sure is number one?](03-how-sure-is-number-one.html)"'


def _seen_on(day: pd.Timestamp, category: str, days: pd.DataFrame | None) -> str:
    """'around 8 April 2026 (a grade-B quoted value)' or '23 July 2026 (an archived board)': a
    board's day as precisely as it is known, with its grade (``days``:
    :func:`videomarket.data.snapshot_coverage`)."""
    if days is None or "evidence" not in days:
        return fmt.day(day)
    row = days[(days["category"].astype(str) == category) & (days["snapshot_date"] == day)]
    if row.empty:
        return fmt.day(day)
    first = row.iloc[0]
    approx = str(first.get("date_precision", "day")) == "approx"
    when = ("around " if approx else "") + fmt.day(day)
    if bool(first.get("archived", False)):
        return f"{when} (an archived board)"
    return f"{when} (a grade-{first['evidence']} quoted value)"


def _on(when: str, first: bool) -> str:
    """'on 3 September 2026' for the first of a list ('around ...' stays as it is)."""
    return when if not first or when.startswith("around") else f"on {when}"


def _firm_view(ordered: pd.DataFrame, days: pd.DataFrame | None, category: str) -> dict:
    """For each change of #1 on grade-A or B evidence in ``ordered`` (leader_gaps rows by day): the leader
    it replaced and the days without a grade-A or B board before it, as if weaker values did not exist
    (``days``: :func:`videomarket.data.snapshot_coverage`)."""
    out: dict = {}
    if not {"evidence", "model_name", "new_leader"} <= set(ordered.columns) or ordered.empty:
        return out
    firm_days = None
    if days is not None and "evidence" in days:
        mine = days[(days["category"].astype(str) == category)
                    & days["evidence"].astype(str).isin(FIRM_GRADES)]
        firm_days = pd.to_datetime(mine["snapshot_date"]).sort_values()
    if firm_days is None:
        return out
    current = str(ordered["model_name"].iloc[0])
    for k, (i, row) in enumerate(ordered.iterrows()):
        if k == 0 or str(row["evidence"]) not in FIRM_GRADES or str(row["model_name"]) == current:
            continue
        gap = float(row["days_unseen_before"] or 0) if bool(row["new_leader"]) else 0.0
        if str(ordered["model_name"].iloc[k - 1]) != current:
            since = row.get("leader_since", row["snapshot_date"])
            since = pd.Timestamp(row["snapshot_date"] if since is None or pd.isna(since) else since)
            before = firm_days[firm_days < since]
            if len(before):
                gap = float((since - before.iloc[-1]).days - 1)
        out[i] = (current, gap)
        current = str(row["model_name"])
    return out


def leader_gap_finding(leader_changes: pd.DataFrame, category: str, min_days: int,
                       days: pd.DataFrame | None = None, leaders: pd.DataFrame | None = None) -> str:
    """How many changes of #1 (``leader_changes``: :func:`videomarket.leaderboard.leader_gaps`) were first
    seen only after a stretch of ``min_days`` or more without any board, naming every change by the first
    board showing the new leader (``leader_since``), with its grade when ``days``
    (:func:`videomarket.data.snapshot_coverage`) is given.

    >>> g = pd.DataFrame({"snapshot_date": pd.to_datetime(["2025-12-01", "2026-01-29", "2026-04-10",
    ...     "2026-07-23", "2026-09-03"]), "model_name": ["A", "B", "C", "D", "E"],
    ...     "leader_since": pd.to_datetime(["2025-12-01", "2026-01-29", "2026-04-08", "2026-07-23",
    ...     "2026-09-03"]), "new_leader": [False, True, True, True, True],
    ...     "days_unseen_before": [None, 39.0, 68.0, 27.0, 0.0]})
    >>> d = pd.DataFrame({"category": "text-to-video", "snapshot_date": pd.to_datetime(["2026-01-29",
    ...     "2026-04-08", "2026-07-23", "2026-09-03"]), "evidence": ["C", "B", "A", "A"],
    ...     "date_precision": ["approx", "approx", "day", "day"], "archived": [False, False, True, True]})
    >>> print(leader_gap_finding(g, "text-to-video", 7, d))  # doctest: +NORMALIZE_WHITESPACE
    Gaps hide when the lead changed: #1 of text to video (silent) changed hands at least 4 times, and 3 of
    those changes were first seen only after 27 to 68 days without any board of that pool, so each happened
    somewhere in that stretch: B replacing A, first seen around 29 January 2026 (a grade-C quoted value); C
    replacing B, around 8 April 2026 (a grade-B quoted value); D replacing C, 23 July 2026 (an archived
    board). The other change, E replacing D, was first seen on 3 September 2026 (an archived board), with no
    day missing before it. The note "[How sure is number one?](03-how-sure-is-number-one.html)" weighs each
    leader's lead.
    >>> g["evidence"], g["model"] = ["B", "C", "B", "A", "A"], list("abcde")
    >>> d2 = pd.concat([pd.DataFrame({"category": "text-to-video", "snapshot_date": [pd.Timestamp(
    ...     "2025-12-01")], "evidence": ["B"], "date_precision": ["day"], "archived": [False]}), d])
    >>> print(leader_gap_finding(g, "text-to-video", 7, d2))  # doctest: +NORMALIZE_WHITESPACE
    Gaps hide when the lead changed: #1 of text to video (silent) changed hands at least 3 times (4 counting
    a second-hand copy). Of the 3
    changes on grade-A or B evidence, 2 were first seen only after 127 and 27 days without a grade-A or B
    board of that pool, so each happened somewhere in that stretch: C replacing A, first seen around 8
    April 2026 (a grade-B quoted value); D replacing C, 23 July 2026 (an archived board). The third, E
    replacing D, was first seen on 3 September 2026 (an archived board), with no day missing before it.
    The change resting on grade C only, B replacing A, was first seen around 29 January 2026 (a grade-C
    quoted value) after 39 days without a board. The note
    "[How sure is number one?](03-how-sure-is-number-one.html)" weighs each
    leader's lead.
    """
    ordered = (leader_changes.sort_values("snapshot_date") if "snapshot_date" in leader_changes
               else leader_changes)
    previous = (ordered["model_name"].shift() if "model_name" in ordered
                else pd.Series(None, index=ordered.index))
    new = ordered[ordered["new_leader"].astype(bool)]
    pool = pool_label(category).lower()
    if new.empty:
        return (f"#1 of {pool} never changed hands in the boards we have, so no change of leader fell in "
                "a gap.")
    # a change on grade-A or B evidence is said against the grade-A or B leader before it
    view = _firm_view(ordered, days, category)
    previous = previous.copy().astype(object)
    new = new.copy()
    for i, (before, gap) in view.items():
        if i in new.index:
            previous[i] = before
            new.loc[i, "days_unseen_before"] = gap
    late_mask = new["days_unseen_before"].astype(float) >= min_days
    late_rows = new[late_mask]
    late = late_rows["days_unseen_before"].astype(float)
    if late.empty:
        return (f"In {pool}, all {fmt.count(len(new), 'change')} of #1 were seen within {min_days} days of "
                "the previous board.")

    def seen(row: object) -> str:
        day = getattr(row, "leader_since", None)
        day = row.snapshot_date if day is None or pd.isna(day) else day
        return _seen_on(pd.Timestamp(day), category, days)

    own = {str(n) for n, m in zip(ordered.get("model_name", []), ordered.get("model", []), strict=False)
           if str(n) == str(m)}
    own_names = frozenset(own)

    def label(name: object) -> str:
        if str(name) in own:
            own.discard(str(name))
            return f"{name} (the board's own label)"
        return str(name)

    def named(rows: pd.DataFrame, first: str) -> list[str]:
        return [f"{label(row.model_name)} replacing {previous[i]}, " + (first if k == 0 else "")
                + _on(seen(row), k == 0) for k, (i, row) in enumerate(rows.iterrows())]

    names = ""
    if "model_name" in late_rows and "snapshot_date" in late_rows:
        names = ": " + "; ".join(named(late_rows, "first seen ")) + "."
    span = (f"{int(late.min())} to {int(late.max())} days" if late.min() != late.max()
            else fmt.count(int(late.min()), "day"))
    each = "each happened somewhere in that stretch" if len(late) > 1 else "it happened somewhere in it"
    firm_mask = (new["evidence"].astype(str).isin(FIRM_GRADES) if "evidence" in new
                 else pd.Series(True, index=new.index))
    firm_late = late_rows[firm_mask.loc[late_rows.index]]
    weak_late = late_rows[~firm_mask.loc[late_rows.index]]
    firm_other = new[~late_mask & firm_mask]
    text = (f"Gaps hide when the lead changed: #1 of {pool} changed hands "
            f"{_count_words(leader_changes, new, brief=True)}.")
    if len(firm_late) and "model_name" in firm_late and "evidence" in new:
        own.update(own_names)  # the names above were only drafted: label each at its first mention here
        n_firm = int(firm_mask.sum())
        said = [str(int(d)) for d in firm_late["days_unseen_before"]]
        gaps_said = ", ".join(said[:-1]) + " and " + said[-1] if len(said) > 1 else said[0]
        text += (f" Of the {n_firm} changes on grade-A or B evidence, {len(firm_late)} "
                 f"{'was' if len(firm_late) == 1 else 'were'} first seen only after {gaps_said} days without "
                 f"{'a grade-A or B' if view else 'any'} board of that pool, so "
                 f"{'each' if len(firm_late) > 1 else 'it'} happened somewhere in that stretch: "
                 + "; ".join(named(firm_late, "first seen ")) + ".")
        for k, (i, row) in enumerate(firm_other.iterrows()):
            gap = float(row["days_unseen_before"] or 0)
            after = ("with no day missing before it" if gap == 0 else
                     f"within {min_days} days of the previous board")
            which = "The third" if k == 0 and len(firm_late) == 2 else "Another"
            when = _on(seen(row), True)
            shown_by = None
            if leaders is not None and len(leaders):
                day = pd.Timestamp(row.snapshot_date)
                board = leaders[leaders["snapshot_date"] == day]
                if len(board) and bool(board["rebuilt_only"].iloc[0]):
                    when = when.replace("(an archived board)", "(a rebuilt board)")
                    later = _downloaded(leaders)
                    later = later[(later["snapshot_date"] >= day)
                                  & (later["leader"].astype(str) == str(row.model_name))]
                    if len(later):
                        shown_by = pd.Timestamp(later["snapshot_date"].min())
            text += (f" {which}, {label(row.model_name)} replacing {previous[i]}, was first seen "
                     f"{when}, {after}.")
            if shown_by is not None:
                text += f" The first downloaded board showing it at #1 is that of {fmt.day(shown_by)}."
        for i, row in weak_late.iterrows():
            text += (f" The change resting on grade C only, {label(row.model_name)} replacing {previous[i]}, "
                     f"was first seen {seen(row)} after {int(row['days_unseen_before'])} days without a "
                     "board.")
        return text + f" {LEADER_NOTE} weighs each leader's lead."
    text = (f"Gaps hide when the lead changed: #1 of {pool} changed hands "
            f"{_count_words(leader_changes, new, brief=True)}, and {len(late)} of those changes "
            f"{'was' if len(late) == 1 else 'were'} first seen only after {span} without any board of that "
            f"pool, so {each}" + (names or "."))
    others = new[~late_mask]
    if len(others) and "model_name" in others:
        gap = others["days_unseen_before"].astype(float)
        after = ("with no day missing before it" if len(others) == 1 and gap.max() == 0 else
                 f"within {min_days} days of the previous board")
        label = "The other change" if len(others) == 1 else "The other changes"
        verb = "was" if len(others) == 1 else "were"
        changes = "; ".join(f"{row.model_name} replacing {previous[i]}" for i, row in others.iterrows())
        when = "; ".join(_on(seen(row), k == 0) for k, (_, row) in enumerate(others.iterrows()))
        text += f" {label}, {changes}, {verb} first seen {when}, {after}."
    return text + f" {LEADER_NOTE} weighs each leader's lead."


_PAIRS = {frozenset({"text-to-video", "image-to-video"}): "the silent pools",
          frozenset({"text-to-video-audio", "image-to-video-audio"}): "the pools with audio"}


def pool_coverage_finding(days: pd.DataFrame) -> str:
    """How many days each pool has an archived board, out of the days from its first to its last archived
    board, pools with the same span together.

    >>> d = pd.DataFrame({"category": ["text-to-video"] * 3 + ["image-to-video"] * 2
    ...     + ["text-to-video-audio"] * 2, "snapshot_date": pd.to_datetime(["2026-04-10", "2026-04-12",
    ...     "2026-04-19", "2026-04-10", "2026-04-19", "2026-04-15", "2026-04-16"]), "archived": True})
    >>> print(pool_coverage_finding(d))  # doctest: +NORMALIZE_WHITESPACE
    Archived boards cover 3 (text to video) and 2 (image to video) of the 10 days from 10 April to 19 April
    2026 in the silent pools, and 2 of the 2 days from 15 April to 16 April 2026 for text to video with
    audio.
    """
    archived = days[days["archived"].astype(bool)]
    per = archived.groupby("category", observed=True)["snapshot_date"].agg(["min", "max", "nunique"])
    per = per.reset_index()
    per = per.assign(order=_pool_order(per["category"]))
    parts = []
    spans = per.groupby(["min", "max"], sort=False)["order"].min().sort_values().index
    for start, end in spans:
        group = per[(per["min"] == start) & (per["max"] == end)].sort_values("order")
        cats = set(group["category"].astype(str))
        kind = _PAIRS.get(frozenset(cats))
        span = (end - start).days + 1
        when = (_short_range(start, end) if not parts or end != spans[0][1] else f"{start.day} {start:%B}")
        if kind and not parts:
            names = [pool_label(c).lower().split(" (")[0].replace(" with audio", "")
                     for c in group["category"]]
            counts = " and ".join(f"{int(n)} ({name})"
                                  for n, name in zip(group["nunique"], names, strict=True))
            parts.append(f"{counts} of the {fmt.count(span, 'day')} from {when} in {kind}")
        elif kind:
            counts = " and ".join(str(int(n)) for n in group["nunique"])
            parts.append(f"{counts} of the {fmt.count(span, 'day')} from {when} in {kind}")
        else:
            counts = " and ".join(str(int(n)) for n in group["nunique"])
            parts.append(f"{counts} of the {fmt.count(span, 'day')} from {when} for "
                         f"{pools_text(group['category'])}")
    return "Archived boards cover " + ", and ".join(parts) + "."


def rebuilt_finding(values: pd.DataFrame, boards: pd.DataFrame, read_on: object = None,
                    others: dict[str, int] | None = None, other_boards: pd.DataFrame | None = None) -> str:
    """How much of the archived history rests on files rebuilt from a search index's text (``values``:
    :func:`videomarket.data.rated_values`; ``boards``: :func:`videomarket.data.rebuilt_boards`, both of one
    arena; ``read_on``: kept for callers, the day the index was read is given in the body): the ratings
    and their own grade label, the newest days with only such files, how few could be checked, and
    (``others``: arena -> rebuilt ratings; ``other_boards``: their :func:`videomarket.data.rebuilt_boards`)
    the other arenas' rebuilt ratings when none of them could be checked.

    >>> v = pd.DataFrame({"evidence": ["A", "A", "A", "C"], "rebuilt": [True, True, False, False]})
    >>> b = pd.DataFrame({"category": "text-to-video", "snapshot_date": pd.to_datetime(["2026-10-05",
    ...     "2026-10-06", "2026-10-07", "2026-10-08"]), "rebuilt_only": [True, False, True, True],
    ...     "checked": [False, True, False, False], "shared": [0, 1, 0, 0],
    ...     "agree": [pd.NA, True, pd.NA, pd.NA]})
    >>> o = pd.DataFrame({"arena": "LM", "checked": [False, False]})
    >>> print(rebuilt_finding(v, b, "2026-12-06", {"LM": 378}, o))  # doctest: +NORMALIZE_WHITESPACE
    2 of the 3 archived ratings (67%) were [rebuilt from text](#glossary-rebuilt-file), not verified. 1
    more rebuilt rating, 6 October 2026's #1, could be compared with a downloaded copy of the same day: it
    matches, and it is counted once, as downloaded.
    >>> print(rebuilt_finding(v, b.assign(checked=False)))  # doctest: +NORMALIZE_WHITESPACE
    2 of the 3 archived ratings (67%) were [rebuilt from text](#glossary-rebuilt-file), not verified: none
    could be checked against a downloaded copy.
    """
    graded = values[values["evidence"].astype(str) == "A"]
    n = int(graded["rebuilt"].astype(bool).sum())
    if not n:
        return f"All {fmt.count(len(graded), 'archived rating')} come from files downloaded as stored."
    text = f"{n:,} of the {fmt.count(len(graded), 'archived rating')} ({fmt.pct(n / len(graded), 0)})"
    del read_on  # the newest rebuilt boards are in the answer, the day the index was read in the body
    text += " were [rebuilt from text](#glossary-rebuilt-file), not verified: "
    checked = boards[boards["checked"].astype(bool)] if "checked" in boards else boards.iloc[0:0]
    shared = int(checked["shared"].sum()) if len(checked) and "shared" in checked else 0
    if not shared:
        text += "none could be checked against a downloaded copy."
    else:
        agree = bool(checked["agree"].fillna(False).astype(bool).all()) if "agree" in checked else False
        where = ""
        if len(checked) == 1 and "snapshot_date" in checked:
            # the downloaded copy of the one checked day is a top-N copy: the shared ratings are its top N
            top = "#1" if shared == 1 else f"top {shared}"
            where = f", {fmt.day(checked['snapshot_date'].iloc[0])}'s {top},"
        # the downloaded copy wins the de-duplication: the checked ratings are not among the n rebuilt
        one = shared == 1
        text = text.removesuffix(": ") + (
            f". {shared:,} more rebuilt {'rating' if one else 'ratings'}{where} could be compared with a "
            "downloaded copy of the same day: "
            + (("it matches" if agree else "it does not match") if one else
               "all match" if agree else "not all match")
            + f", and {'it is' if one else 'they are'} counted once, as downloaded.")
    # the other arenas' unchecked rebuilt ratings are told under Other arenas
    del others, other_boards
    return text


def _board_list(rows: pd.DataFrame) -> str:
    """'the 15 April 2026 board of text to video (silent)' for each distinct board of ``rows``."""
    keys = rows[["snapshot_date", "category"]].drop_duplicates().sort_values("snapshot_date")
    names = [f"the {fmt.day(r.snapshot_date)} board of {pool_label(r.category).lower()}"
             for r in keys.itertuples()]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


def next_day_text(check: pd.DataFrame) -> str:
    """One plausibility check of the newest rebuilt boards against the downloaded boards of the day before
    (``check``: :func:`videomarket.data.next_day_check`), said to be no verification: the days differ.

    >>> c = pd.DataFrame({"category": ["text-to-video", "image-to-video"],
    ...     "downloaded_day": pd.to_datetime(["2026-10-06"] * 2),
    ...     "rebuilt_day": pd.to_datetime(["2026-10-07"] * 2),
    ...     "shared": [31, 76], "max_diff": [4.0, 2.0]})
    >>> print(next_day_text(c))  # doctest: +NORMALIZE_WHITESPACE
    In the 2 pools, the rebuilt boards of 7 October 2026 differ from the downloaded boards of 6 October 2026
    by at most 4 points for the 107 models on both: a check of plausibility, not a verification, since the
    days differ.
    >>> print(next_day_text(c.assign(rebuilt_day=pd.to_datetime(["2026-10-07", "2026-10-08"]))))
    ... # doctest: +NORMALIZE_WHITESPACE
    In the 2 pools, each pool's first board rebuilt from text after its last downloaded one differs from it
    by at most 4 points for the 107 models on both: a check of plausibility, not a verification, since the
    days differ.
    """
    if check.empty:
        return ""
    pools = fmt.count(len(check), "pool")
    shared, most = int(check["shared"].sum()), fmt.number(float(check["max_diff"].max()))
    tail = ": a check of plausibility, not a verification, since the days differ."
    if check["downloaded_day"].nunique() == 1 and check["rebuilt_day"].nunique() == 1:
        return (f"In the {pools}, the rebuilt boards of {fmt.day(check['rebuilt_day'].iloc[0])} differ "
                f"from the downloaded boards of {fmt.day(check['downloaded_day'].iloc[0])} by at most {most} "
                f"points for the {shared:,} models on both" + tail)
    return (f"In the {pools}, each pool's first board rebuilt from text after its last downloaded one "
            f"differs from it by at most {most} points for the {shared:,} models on both" + tail)


def chart_counts_text(days: pd.DataFrame, values: pd.DataFrame, boards: pd.DataFrame) -> str:
    """Why the chart's data file (models per board, ``days``: :func:`videomarket.data.snapshot_coverage`)
    does not sum to the counts of ratings (``values``: :func:`videomarket.data.rated_values`; ``boards``:
    :func:`videomarket.data.rebuilt_boards`): quoted values listed on an archived board, and rebuilt
    ratings on boards that also have a downloaded copy, which the chart marks partly rebuilt.

    >>> d = pd.DataFrame({"category": "text-to-video", "snapshot_date": pd.to_datetime(["2026-04-15",
    ...     "2026-10-05"]), "models": [3, 2], "archived": True})
    >>> v = pd.DataFrame({"category": "text-to-video", "snapshot_date": pd.to_datetime(["2026-04-15"] * 3
    ...     + ["2026-10-05"] * 2), "evidence": ["A", "A", "C", "A", "A"], "archived_board": True,
    ...     "rebuilt": [False, False, False, True, False]})
    >>> b = pd.DataFrame({"category": "text-to-video", "snapshot_date": pd.to_datetime(["2026-10-05"]),
    ...     "rebuilt_only": [False]})
    >>> print(chart_counts_text(d, v, b))  # doctest: +NORMALIZE_WHITESPACE
    The chart's data file counts models per board: its archived boards sum to 5, not the 4 archived
    ratings, because the 15 April 2026 board of text to video (silent) also lists 1 quoted value, and its
    boards marked rebuilt sum to 0, not 1, because the 1 rebuilt rating of the 5 October 2026 board of text
    to video (silent) is on a board that also has a downloaded copy, so the chart marks that board partly
    rebuilt (a hollow circle), not rebuilt.
    """
    archived = days[days["archived"].astype(bool)]
    board = values["archived_board"].astype(bool)
    grade_a = values["evidence"].astype(str) == "A"
    read = int((board & grade_a).sum())
    beside = values[board & ~grade_a]
    rebuilt = values[board & grade_a & values["rebuilt"].astype(bool)]
    keys = ["category", "snapshot_date"]
    marked = rebuilt.merge(boards[[*keys, "rebuilt_only"]], on=keys, how="left")
    mixed = marked[~marked["rebuilt_only"].fillna(True).astype(bool)]
    only = boards.loc[boards["rebuilt_only"].astype(bool), keys]
    shown_rebuilt = int(archived.merge(only, on=keys)["models"].sum())
    parts = []
    total = int(archived["models"].sum())
    if len(beside):
        parts.append(f"its archived boards sum to {total:,}, not the {read:,} archived ratings, because "
                     f"{_board_list(beside)} also "
                     f"{'lists' if len(beside.drop_duplicates(keys)) == 1 else 'list'} "
                     f"{fmt.count(len(beside), 'quoted value')}")
    if len(mixed):
        parts.append(f"its boards marked rebuilt sum to {shown_rebuilt:,}, not {len(rebuilt):,}, because the "
                     f"{fmt.count(len(mixed), 'rebuilt rating')} of {_board_list(mixed)} "
                     f"{'is' if len(mixed) == 1 else 'are'} on a board that also has a downloaded copy, so "
                     f"the chart marks that board partly rebuilt (a hollow circle), not rebuilt")
    if not parts:
        return ""
    return "The chart's data file counts models per board: " + ", and ".join(parts) + "."


def rebuilt_check_text(boards: pd.DataFrame) -> str:
    """The one check of rebuilt files against downloaded copies of the same board (``boards``:
    :func:`videomarket.data.rebuilt_boards`), and what the other files were checked against.

    >>> b = pd.DataFrame({"rebuilt_only": [True, False], "checked": [False, True], "shared": [0, 12],
    ...     "agree": [pd.NA, True]})
    >>> print(rebuilt_check_text(b))  # doctest: +NORMALIZE_WHITESPACE
    On the only day with both a rebuilt and a downloaded copy of the same pool, all 12 ratings on both copies
    match.
    >>> b["category"], b["snapshot_date"] = "text-to-video", pd.to_datetime(["2026-10-04", "2026-10-05"])
    >>> print(rebuilt_check_text(b))  # doctest: +NORMALIZE_WHITESPACE
    On 5 October 2026, the only day with both a rebuilt and a downloaded copy of one pool's board, that of
    text to video (silent), all 12 ratings on both copies match.
    """
    checked = boards[boards["checked"].astype(bool)]
    if not len(checked):
        return "No day has both a rebuilt and a downloaded copy of the same pool to compare."
    agree = int(checked["agree"].fillna(False).astype(bool).sum())
    shared = int(checked["shared"].sum()) if "shared" in checked else 0
    ratings = (f"all {fmt.count(shared, 'rating')} on both copies" if shared
               else "the ratings on both copies")
    verb = "match" if agree == len(checked) else f"match on {agree} of the {len(checked)} days"
    where = "On the only day" if len(checked) == 1 else f"On the {fmt.count(len(checked), 'day')}"
    if len(checked) == 1 and {"category", "snapshot_date"} <= set(checked.columns):
        one = checked.iloc[0]
        return (f"On {fmt.day(one['snapshot_date'])}, the only day with both a rebuilt and a downloaded copy "
                f"of one pool's board, that of {pool_label(one['category']).lower()}, {ratings} {verb}.")
    return f"{where} with both a rebuilt and a downloaded copy of the same pool, {ratings} {verb}."


def forecast_grade_finding(forecasts: pd.DataFrame) -> str:
    """The market forecasts' grade as one finding (``forecasts``: the market-forecast table).

    >>> f = pd.DataFrame({"publisher": ["a", "a", "b"], "edition": "1", "evidence": ["C", "D", "D"]})
    >>> print(forecast_grade_finding(f))  # doctest: +NORMALIZE_WHITESPACE
    None of the 2 market forecasts (3 yearly values) reaches grade B (established news, or several
    independent quotes that agree), and 2 of the values are grade D.
    """
    grades = forecasts["evidence"].astype(str)
    weak = int((grades == "D").sum())
    weak_text = f", and {weak} of the values are grade D" if weak else ""
    good = int(grades.isin(["A", "B"]).sum())
    n = _forecasts_held(forecasts)
    held = f"{fmt.count(n, 'market forecast')} ({len(forecasts)} yearly values)"
    return (
        f"None of the {held} reaches grade B (established news, or several independent quotes that "
        f"agree){weak_text}."
        if not good else
        f"Of the {held} {good} values reach grade B or better{weak_text}."
    )


def coverage_finding(days: pd.DataFrame, pools: pd.DataFrame, gaps: pd.DataFrame) -> str:
    """How many days each pair of pools has an archived board (``days``:
    :func:`videomarket.data.snapshot_coverage`) and the longest stretch without a board in each, as the
    coverage table gives it (``pools``: :func:`videomarket.data.pool_coverage`; ``gaps``:
    :func:`videomarket.data.coverage_gaps`).

    >>> d = pd.DataFrame({"category": ["text-to-video"] * 3 + ["image-to-video"] * 2
    ...     + ["text-to-video-audio"] * 2 + ["image-to-video-audio"] * 2,
    ...     "snapshot_date": pd.to_datetime(["2026-04-10", "2026-04-12", "2026-04-19", "2026-04-10",
    ...     "2026-04-19", "2026-04-15", "2026-04-19", "2026-04-15", "2026-04-19"]), "archived": True})
    >>> p = pd.DataFrame({"category": ["text-to-video", "image-to-video", "text-to-video-audio",
    ...     "image-to-video-audio"], "longest_gap": [6, 8, 3, 3],
    ...     "first_archived": pd.to_datetime(["2026-04-10", "2026-04-10", "2026-04-15", "2026-04-15"])})
    >>> g = pd.DataFrame({"category": ["text-to-video", "image-to-video", "text-to-video-audio",
    ...     "image-to-video-audio"], "days": [6, 8, 70, 70], "days_min": [6, 8, 55, 55],
    ...     "days_max": [6, 8, 84, 84], "to": pd.to_datetime(["2026-04-18", "2026-04-09", "2026-04-14",
    ...     "2026-04-14"])})
    >>> print(coverage_finding(d, p, g))  # doctest: +NORMALIZE_WHITESPACE
    The silent pools have archived boards on 2–3 of 10 days, pools with audio on 2 of 5. Before each pool's
    first archived copy, stretches without a board reached 8 days (silent) and 55 to 84 (audio), 6 at most
    after it.
    """
    archived = days[days["archived"].astype(bool)]
    table = coverage_table(pools, gaps, days)
    head = _days_per_pool(archived)
    head = "The " + head[0].lower() + head[1:] if head.startswith(("Silent", "Pools")) else head
    if "before_text" not in table:
        return head
    before = dict(zip(table["category"].astype(str), table["before_text"], strict=True))
    parts = []
    for cats, name in _PAIRS.items():
        mine = [c for c in _pool_order_list(cats) if c in before and before[c] != "none"]
        texts = list(dict.fromkeys(before[c] for c in mine))
        if len(texts) == 2 and all(t.startswith("about ") for t in texts):
            texts[1] = texts[1].removeprefix("about ")
        if texts:  # "55 to 84 (audio)" after the first pair, to keep the finding short
            short = "silent" if "silent" in name else "audio"
            parts.append(f"{' and '.join(texts)}{' days' if not parts else ''} ({short})")
    since = [int(str(t).split()[-1]) for t in table["since_text"] if t != "none"]
    tail = f", {max(since)} at most after it" if since else ""
    return head + (" Before each pool's first archived copy, stretches without a board reached "
                   + " and ".join(parts) + tail + "." if parts else "")


def _pool_order_list(cats: frozenset[str]) -> list[str]:
    """``cats`` in the tables' pool order."""
    return sorted(cats, key=lambda c: AA_POOLS.index(c) if c in AA_POOLS else len(AA_POOLS))


def leader_gap_short(leader_changes: pd.DataFrame, category: str, min_days: int,
                     days: pd.DataFrame | None = None, *, quote: bool = True, names: bool = False) -> str:
    """The changes of #1 first seen only after ``min_days`` or more without a board, as one finding (the
    changes are named in :func:`leader_gap_finding`); a change resting on one grade-C or weaker quote is
    dated by the stretch it falls in, as precisely as ``days`` (:func:`videomarket.data.snapshot_coverage`)
    knows its ends; ``quote=False`` leaves that sentence to the body; ``names=True`` names the leaders in
    turn (``model_name``: the first row's leader, then each new one).

    >>> g = pd.DataFrame({"snapshot_date": pd.to_datetime(["2025-12-01", "2026-01-29", "2026-04-10"]),
    ...     "new_leader": [False, True, True], "days_unseen_before": [None, 39.0, 3.0]})
    >>> print(leader_gap_short(g, "text-to-video", 7))  # doctest: +NORMALIZE_WHITESPACE
    In text to video (silent), #1 changed hands at least 2 times; 1 was first seen after a 39-day gap.
    >>> g["evidence"], g["model_name"] = ["B", "C", "A"], ["A", "B", "C"]
    >>> g["model"] = ["a", "b-1", "c"]
    >>> print(leader_gap_short(g, "text-to-video", 7))  # doctest: +NORMALIZE_WHITESPACE
    In text to video (silent), #1 changed hands at least once on archived boards and press reports, 2
    counting a second-hand copy of January 2026; 1 was first seen after a 39-day gap. The takeover by B
    rests on one grade-C quote of 29 January 2026, after none since 20 December 2025.
    >>> print(leader_gap_short(g, "text-to-video", 7, quote=False, names=True))
    ... # doctest: +NORMALIZE_WHITESPACE
    In text to video (silent), #1 changed hands at least once on archived boards and press reports, 2
    counting a second-hand copy of January 2026, from A via B to C; 1 followed a 39-day gap.
    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2025-12-01", "2026-01-29", "2026-04-08",
    ...     "2026-07-23"]), "new_leader": [False, True, True, True], "days_unseen_before": [None, 39, 68, 27],
    ...     "evidence": ["B", "C", "B", "A"], "model_name": list("ABCD"), "model": list("abcd")})
    >>> print(leader_gap_short(h, "text-to-video", 7, quote=False, names=True))
    ... # doctest: +NORMALIZE_WHITESPACE
    In text to video (silent), #1 changed hands at least twice on archived boards and press reports, 3
    counting a second-hand copy of January 2026. 2 of the 2 were first seen after 68- and 27-day gaps,
    the second-hand one after a 39-day gap.
    >>> g["model_name"] = g["model"]
    >>> print(leader_gap_short(g, "text-to-video", 7))  # doctest: +NORMALIZE_WHITESPACE
    In text to video (silent), #1 changed hands at least once on archived boards and press reports, 2
    counting a second-hand copy of January 2026; 1 was first seen after a 39-day gap. The takeover by b-1 (the
    board's own label) rests on one grade-C quote of 29 January 2026, after none since 20 December 2025.
    """
    new = leader_changes[leader_changes["new_leader"].astype(bool)]
    pool = pool_label(category).lower()
    if new.empty:
        return f"#1 of {pool} never changed hands in the boards we have."
    view = _firm_view(leader_changes.sort_values("snapshot_date") if "snapshot_date" in leader_changes
                      else leader_changes, days, category) if names else {}
    if view:  # a change on grade-A or B evidence counts the days without a grade-A or B board before it
        new = new.copy()
        for i, (_, gap) in view.items():
            if i in new.index:
                new.loc[i, "days_unseen_before"] = gap
    late = new.loc[new["days_unseen_before"].astype(float) >= min_days, "days_unseen_before"].astype(float)
    if late.empty:
        return (f"In {pool}, all {fmt.count(len(new), 'change')} of #1 were seen within {min_days} days of "
                "the previous board.")
    late_rows = new[new["days_unseen_before"].astype(float) >= min_days]
    firm = (late_rows[late_rows["evidence"].astype(str).isin(FIRM_GRADES)] if "evidence" in late_rows
            else late_rows)
    counted = late if firm.empty else firm["days_unseen_before"].astype(float)
    span = (f"{int(counted.min())}- to {int(counted.max())}-day gaps" if counted.min() != counted.max()
            else f"a {int(counted.min())}-day gap")
    n_late = len(firm) if len(firm) else len(late)
    hedge = (f", {len(late)} counting that copy" if 0 < len(firm) < len(late)
             and len(late) - len(firm) == 1 else
             f", {len(late)} counting those copies" if 0 < len(firm) < len(late) else "")
    turn = ""
    if names and "model_name" in leader_changes:
        holders = [str(leader_changes["model_name"].iloc[0]), *new["model_name"].astype(str)]
        holders = [h for k, h in enumerate(holders) if k == 0 or h != holders[k - 1]]
        middle = holders[1:-1]
        via = (" via " + (", ".join(middle[:-1]) + " and " + middle[-1] if len(middle) > 1 else middle[0])
               if middle else "")
        turn = f", from {holders[0]}{via} to {holders[-1]}"
        hedge = ""  # the firm count alone: the finding has no room for both with the names
    seen = "followed" if names else f"{'was' if n_late == 1 else 'were'} first seen after"
    text = (f"In {pool}, #1 changed hands {_count_words(leader_changes, new)}{turn}; {n_late} "
            f"{seen} {span}{hedge}.")
    if names and 0 < len(firm) < len(late):
        firm_total = len(new[new["evidence"].astype(str).isin(FIRM_GRADES)])
        gaps = [f"{int(d)}" for d in firm.sort_values("snapshot_date")["days_unseen_before"]]
        weak_gaps = late_rows.loc[~late_rows.index.isin(firm.index), "days_unseen_before"].astype(int)
        said = (", ".join(gaps[:-1]) + "- and " + gaps[-1] if len(gaps) > 1 else gaps[0]) + "-day gap"
        said += "s" if len(gaps) > 1 else ""
        if view:
            return (f"In {pool}, #1 changed hands {_count_words(leader_changes, new)}. On grade-A or B "
                    f"evidence, {len(firm)} of the {firm_total} were first seen after {said}.")
        fourth = ", the second-hand one" if len(weak_gaps) == 1 else ", the second-hand ones"
        text = (f"In {pool}, #1 changed hands {_count_words(leader_changes, new)}. {len(firm)} of the "
                f"{firm_total} were first seen after {said}{fourth} after "
                + " and ".join(f"a {d}-day gap" for d in weak_gaps) + ".")
        return text
    weak = new[new["evidence"].astype(str).ge("C")] if "evidence" in new else new.iloc[0:0]
    if quote and len(weak) == 1 and "model_name" in weak:
        first = weak.iloc[0]
        seen = first["snapshot_date"]
        before = seen - pd.Timedelta(days=float(first["days_unseen_before"] or 0) + 1)

        def when(day: pd.Timestamp) -> str:
            return _seen_on(day, category, days).split(" (")[0]

        gap = (f", after none since {when(before)}" if float(first["days_unseen_before"] or 0) >= 1 else "")
        name = str(first["model_name"])
        label = " (the board's own label)" if name == str(first.get("model", "")) else ""
        return (text + f" The takeover by {name}{label} rests on one grade-{first['evidence']} quote of "
                f"{when(seen)}{gap}.")
    if quote and len(weak):
        return text + f" {len(weak)} rest on single grade-C or weaker quotes."
    return text


def _count_words(leader_changes: pd.DataFrame, new: pd.DataFrame, *, brief: bool = False) -> str:
    """The count of changes as every note says it (:func:`~videomarket.stories.changes_count`): the first
    leader and each new one are the runs."""
    if not {"model", "evidence"} <= set(leader_changes.columns):
        return f"at least {fmt.count(len(new), 'time')}"
    # one row per run at #1, graded by its best board (as the runs tables grade them); the first leader is
    # taken as firm, as in changes_count_of: these rows start at the first board with a rating gap
    run = leader_changes["new_leader"].astype(bool).cumsum()
    runs = leader_changes.groupby(run, sort=True).agg(
        model=("model", "first"), start=("snapshot_date", "first"), evidence=("evidence", "min"))
    runs.iloc[0, runs.columns.get_loc("evidence")] = "A"
    return changes_count(runs, brief=brief)


def _rescale_finding(rescales: pd.DataFrame, boards: pd.DataFrame | None = None,
                     leaders: pd.DataFrame | None = None) -> str:
    """The latest change of scale as one finding: the pools, how many models left each board, and how
    far the gaps between the models on both boards changed (``shift_max - shift_min``, the only change
    that means anything within one scale); ``boards`` is kept for callers (rebuilt boards are marked in the
    chart, not in the finding).

    >>> r = pd.DataFrame({"arena": "AA", "category": ["text-to-video", "text-to-video-audio"],
    ...     "previous_date": pd.Timestamp("2026-09-30"), "date": pd.Timestamp("2026-10-01"),
    ...     "models_before": [81, 36], "models_after": [30, 27], "models_on_both": [21, 19],
    ...     "shift_min": [-314.0, -192.0], "shift_max": [-125.0, -17.0]})
    >>> b = pd.DataFrame({"category": ["text-to-video"] * 2 + ["text-to-video-audio"] * 2,
    ...     "snapshot_date": pd.to_datetime(["2026-09-30", "2026-10-01"] * 2), "rebuilt_only": True})
    >>> print(_rescale_finding(r, b))  # doctest: +NORMALIZE_WHITESPACE
    Between 30 September and 1 October 2026 (both boards come from rebuilt files) AA
    [re-anchored](#glossary-re-anchoring) and [re-rated](#glossary-re-rating) both text-to-video pools: gaps
    between models moved up to 189 points, and the silent board went from 81 to 30 models (60 left, 9
    joined).

    With ``leaders`` (:func:`board_leaders` of the first pool), the nearest boards read from a full
    downloaded copy on either side confirm the change of size instead of naming the rebuilt ends:

    >>> L = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-14", "2026-09-29", "2026-10-04"]),
    ...     "leader": "W", "models": [83, 8, 31], "rebuilt_only": False, "checked": False})
    >>> print(_rescale_finding(r, b, L))  # doctest: +NORMALIZE_WHITESPACE
    Between 30 September and 1 October 2026 AA [re-anchored](#glossary-re-anchoring) and
    [re-rated](#glossary-re-rating) both text-to-video pools: gaps between models moved up to 189 points,
    and the silent board went from 81 to 30 models. Downloaded boards on either side (83 models on 14
    September, 31 on 4 October) confirm the drop.
    """
    row = rescales.sort_values("date").iloc[-1]
    group = rescales[rescales["date"] == row["date"]]
    group = group.assign(order=_pool_order(group["category"])).sort_values("order")
    spread = (group["shift_max"] - group["shift_min"]).astype(float)
    re_rated = bool((spread > 1).any())
    verb = ("[re-anchored](#glossary-re-anchoring) and [re-rated](#glossary-re-rating)" if re_rated
            else "[re-anchored](#glossary-re-anchoring)")
    top = group.iloc[0]
    left = int(top["models_before"] - top["models_on_both"])
    joined_n = int(top["models_after"] - top["models_on_both"])

    def joined(values: list[str]) -> str:
        return ", ".join(values[:-1]) + " and " + values[-1] if len(values) > 1 else values[0]

    cats = set(group["category"].astype(str))
    pair = cats == {"text-to-video", "text-to-video-audio"}
    pools = "both text-to-video pools" if pair else joined([pool_label(c).lower() for c in group["category"]])
    before, after = pd.Timestamp(row["previous_date"]), pd.Timestamp(row["date"])
    when = (f"Between {before.day} {before:%B} and {fmt.day(after)}" if before.year == after.year
            else f"Between {fmt.day(before)} and {fmt.day(after)}")
    if leaders is not None and len(leaders):
        full = _downloaded(leaders)
        pre = full[full["snapshot_date"] <= before].sort_values("snapshot_date")
        post = full[full["snapshot_date"] >= after].sort_values("snapshot_date")
        if len(pre) and len(post):
            a, z = pre.iloc[-1], post.iloc[0]
            text = (f"{when} {row['arena']} {verb} {pools}: "
                    + (f"gaps between models moved up to {round(float(spread.max()))} points, and "
                       if re_rated else "")
                    + f"the {'silent' if pair else pool_label(top['category']).lower()} board went from "
                    f"{int(top['models_before'])} to {int(top['models_after'])} models. Downloaded boards on "
                    f"either side ({int(a['models'])} models on {pd.Timestamp(a['snapshot_date']):%-d %B}"
                    f", {int(z['models'])} on {pd.Timestamp(z['snapshot_date']):%-d %B}) confirm the "
                    "drop.")
            return text
    if boards is not None and len(boards) and {"category", "rebuilt_only"} <= set(boards.columns):
        keys = boards[boards["rebuilt_only"].astype(bool)]
        ends = keys[keys["category"].astype(str).isin(group["category"].astype(str))
                    & keys["snapshot_date"].isin([before, after])]
        if len(ends) == 2 * len(group):
            when += " (both boards come from rebuilt files)"
    text = f"{when} {row['arena']} {verb} {pools}: "
    if re_rated:
        text += f"gaps between models moved up to {round(float(spread.max()))} points, and "
    which = "the silent board" if pair else f"the {pool_label(top['category']).lower()} board"
    return text + (f"{which} went from {int(top['models_before'])} to {int(top['models_after'])} models "
                   f"({left} left, {joined_n} joined).")


def other_arenas_text(rankings: pd.DataFrame, arena: str, provenance: pd.DataFrame | None = None,
                      boards: pd.DataFrame | None = None) -> str:
    """One sentence on the arenas this note does not follow: their boards per pool and dates, and that the
    gap analysis covers ``arena`` only; with ``boards`` (:func:`videomarket.data.rebuilt_boards` of the
    other arenas), how each arena's newest boards were kept (:func:`board_copy`).

    >>> r = pd.DataFrame({"arena": "LMArena", "category": ["text-to-video", "image-to-video"],
    ...                   "snapshot_date": pd.Timestamp("2026-09-21")})
    >>> b = r.assign(rebuilt_only=True, checked=False)
    >>> print(other_arenas_text(r, "A", boards=b).split(". ")[1])  # doctest: +NORMALIZE_WHITESPACE
    LMArena's newest boards, of 21 September 2026, were rebuilt from the text a search index of GitHub
    shows (rebuilt files), not downloaded

    >>> r = pd.DataFrame({"arena": ["A", "LMArena", "LMArena"], "category": ["text-to-video"] * 3,
    ...                   "snapshot_date": pd.to_datetime(["2026-01-01", "2026-03-19", "2026-09-21"])})
    >>> print(other_arenas_text(r, "A"))  # doctest: +NORMALIZE_WHITESPACE
    The history also holds LMArena, on its own rating scale: 2 boards of text to video (silent) from
    19 March 2026 to 21 September 2026. Its ratings are never compared with A's, and this note's gap
    analysis covers A only: the LMArena archives and their dates are in the table of archives
    below.
    >>> p = pd.DataFrame({"format": ["lmarena-board"], "snapshot_time": ["2026-03-20T10:00:00Z"]})
    >>> print(other_arenas_text(r, "A", p).split(". ")[1])  # doctest: +NORMALIZE_WHITESPACE
    LMArena's boards are dated by LMArena's own "last updated" date, which is why they can start
    (19 March 2026) before the first archived copy (20 March 2026)
    """
    others = rankings[rankings["arena"] != arena]
    kept_as = boards
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
    dated = ""
    if provenance is not None and "LMArena" in set(others["arena"].astype(str)):
        copies = provenance[provenance["format"].astype(str).str.startswith("lmarena")]
        first_copy = pd.to_datetime(copies["snapshot_time"].str.slice(0, 10)).min()
        first_board = others.loc[others["arena"] == "LMArena", "snapshot_date"].min()
        if pd.notna(first_copy):
            dated = (" LMArena's boards are dated by LMArena's own \"last updated\" date, which is why they "
                     f"can start ({fmt.day(first_board)}) before the first archived copy "
                     f"({fmt.day(first_copy)}).")
    for name, mine in others.groupby("arena", sort=True):
        newest = mine["snapshot_date"].max()
        latest = mine.loc[mine["snapshot_date"] == newest, "category"]
        kinds = {board_copy(kept_as, c, newest) for c in latest}
        kept = {frozenset({"rebuilt"}): "were rebuilt from the text a search index of GitHub shows "
                                         "(rebuilt files), not downloaded",
                frozenset({"downloaded"}): "were downloaded"}.get(frozenset(kinds), "are partly rebuilt")
        if kept_as is not None and kinds - {""}:
            dated += f" {name}'s newest boards, of {fmt.day(newest)}, {kept}."
    return (f"The history also holds {'; '.join(parts)}.{dated} Its ratings are never compared with "
            f"{arena}'s, and "
            f"this note's gap analysis covers {arena} only: the {names} archives and their dates are in the "
            "table of archives below.")


def leaderboard_age_text(rankings: pd.DataFrame, arena: str = "Artificial Analysis",
                         category: str = "text-to-video", months: int = 10, *, brief: bool = False) -> str:
    """What may have changed since the newest board, naming its date (so it cannot be read as the date of
    other data given beside it): how often #1 changed in the months before it; ``brief`` gives that count
    in short ('at least 3 times (4 counting a second-hand copy)') for a note that gave it in full earlier.

    >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-01-01", "2026-03-01", "2026-06-01"]),
    ...     "arena": "A", "category": "text-to-video", "model": ["a", "b", "a"],
    ...     "model_name": ["A", "B", "A"],
    ...     "rank": 1, "elo": 1200.0, "scale_epoch": "e", "evidence": "A", "source_id": "s",
    ...     "date_precision": "day"})
    >>> print(leaderboard_age_text(t, "A"))  # doctest: +NORMALIZE_WHITESPACE
    In the 10 months before its newest board (1 June 2026; gaps between boards can hide more changes), #1
    of the A text to video (silent) pool changed hands at least twice, so the leader may have changed
    since.
    """
    from videomarket.leaderboard import lead_changes

    changes = lead_changes(rankings, arena, category)
    pool = rankings[(rankings["arena"] == arena) & (rankings["category"] == category)]
    newest = pd.to_datetime(pool["snapshot_date"]).max()
    recent = changes[(changes["date"] > newest - pd.DateOffset(months=months)) & (changes["date"] <= newest)]
    return (f"In the {months} months before its newest board ({fmt.day(newest)}; gaps between boards can "
            f"hide more changes), #1 of the {arena} {pool_label(category).lower()} pool changed hands "
            f"{changes_count_of(recent, brief=brief)}{', see above' if brief else ''}, so the leader may "
            "have changed since.")


def _part_of_month(day: pd.Timestamp) -> str:
    """'early', 'mid' or 'late' August 2026 for a day of that month."""
    part = "early" if day.day <= 10 else "mid" if day.day <= 20 else "late"
    return f"{part} {day:%B %Y}"


def data_answer_short(boards: pd.DataFrame, days: pd.DataFrame) -> str:
    """The report's answer in two plain sentences about the data: from the first archived copy
    (``days``: :func:`videomarket.data.snapshot_coverage`) until the first board held only by rebuilt copies
    (``boards``: :func:`videomarket.data.rebuilt_boards`) the history rests mostly on downloaded copies; the
    share of rebuilt boards since then in quarters; and how many days before the first archived copy have
    a board in the silent pools, with the audio pools' start said apart when their first value is dated
    only to a month (``date_precision`` "month").

    >>> b = pd.DataFrame({"category": ["text-to-video"] * 3 + ["text-to-video-audio"] * 2,
    ...     "snapshot_date": pd.to_datetime(["2026-08-01", "2026-08-27", "2026-10-10", "2026-08-28",
    ...     "2026-10-10"]), "rebuilt_only": [False, True, False, True, True]})
    >>> d = pd.DataFrame({"category": "text-to-video", "snapshot_date": pd.to_datetime(["2025-12-01",
    ...     "2026-04-10", "2026-08-01"]), "archived": [False, True, True]})
    >>> print(data_answer_short(b, d))  # doctest: +NORMALIZE_WHITESPACE
    From 10 April to late August 2026 the history rests mostly on downloaded copies, but since 27 August
    about 3 in 4 boards are rebuilt from text, not verified. Earlier, the silent pools have 1 day of
    quoted values.
    >>> a = pd.DataFrame({"category": "text-to-video-audio", "snapshot_date": pd.to_datetime(["2026-04-15"]),
    ...     "archived": [False], "date_precision": ["month"]})
    >>> both = pd.concat([d.assign(date_precision="day"), a])
    >>> print(data_answer_short(b, both).split(". ")[-1])  # doctest: +NORMALIZE_WHITESPACE
    Earlier, the silent pools have 1 day of quoted values, and the audio pools start with values dated
    only to April.
    """
    archived = days[days["archived"].astype(bool)]
    start = pd.Timestamp(archived["snapshot_date"].min())
    rebuilt = boards[boards["rebuilt_only"].astype(bool)]
    if rebuilt.empty:
        text = f"Since {fmt.day(start)} the history rests on downloaded archive copies."
    else:
        first = pd.Timestamp(rebuilt["snapshot_date"].min())
        since = boards[boards["snapshot_date"] >= first]
        quarters = round(4 * float(since["rebuilt_only"].astype(bool).mean()))
        text = (f"From {start:%-d %B} to {_part_of_month(first)} the history rests mostly on downloaded "
                f"copies, but since {first:%-d %B} about {quarters} in 4 boards are rebuilt from "
                "text, not verified.")
    audio = days["category"].astype(str).str.endswith("-audio")
    silent = days[~audio]
    earlier = silent.loc[silent["snapshot_date"] < start, "snapshot_date"].nunique()
    # an audio pool whose first value is dated only to a month may start before or after ``start``
    first = days[audio].sort_values("snapshot_date").groupby("category").head(1)
    month = first[first.get("date_precision", pd.Series("day", index=first.index)).astype(str) == "month"]
    months = " or ".join(dict.fromkeys(f"{pd.Timestamp(d):%B}" for d in sorted(month["snapshot_date"])))
    tail = f"the audio pools start with values dated only to {months}" if months else ""
    if not earlier:
        return text + (f" Earlier, {tail}." if tail else "")
    # a day without an archived (grade A) copy rests on quoted values only
    said = f" Earlier, the silent pools have {fmt.count(earlier, 'day')} of quoted values"
    return text + said + (f", and {tail}." if tail else ".")


def rebuilt_distinct(pool_gaps: dict[str, pd.DataFrame], boards: pd.DataFrame) -> pd.DataFrame:
    """The archived (grade A) days of every pool (``pool_gaps``: pool → :func:`videomarket.leaderboard.
    leader_gaps`) with ``unchanged`` (a copy identical to the board before) and ``rebuilt_only`` (``boards``:
    :func:`videomarket.data.rebuilt_boards`).

    >>> g = {"t": pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-01", "2026-09-02"]),
    ...     "evidence": ["A", "A"], "unchanged": [False, True]})}
    >>> b = pd.DataFrame({"category": "t", "snapshot_date": pd.to_datetime(["2026-09-01", "2026-09-02"]),
    ...     "rebuilt_only": [False, True]})
    >>> rebuilt_distinct(g, b)[["category", "unchanged", "rebuilt_only"]].values.tolist()
    [['t', False, False], ['t', True, True]]
    """
    frames = [g[g["evidence"].astype(str) == "A"][["snapshot_date", "unchanged"]].assign(category=c)
              for c, g in pool_gaps.items()]
    both = pd.concat(frames, ignore_index=True).merge(
        boards[["category", "snapshot_date", "rebuilt_only"]].astype({"category": str}),
        on=["category", "snapshot_date"], how="left")
    both["rebuilt_only"] = both["rebuilt_only"].fillna(False).astype(bool)
    return both[["category", "snapshot_date", "unchanged", "rebuilt_only"]]


def _grade_of(row: pd.Series) -> str:
    """A board's grade as a table says it: 'rebuilt, not verified' (no letter) for a board held only by
    rebuilt copies, else its grade letter."""
    if bool(row.get("rebuilt_only", False)):
        return "rebuilt, not verified"
    return str(row.get("evidence", "A"))


def _table_day(day: pd.Timestamp, approx: bool) -> str:
    """'29 Jan 2026', or 'around 29 Jan 2026' for a day known only roughly."""
    return ("around " if approx else "") + f"{day.day} {day:%b %Y}"


def leader_changes_table(leaders: pd.DataFrame, days: pd.DataFrame, category: str) -> pd.DataFrame:
    """Every change of #1 of ``category`` between two consecutive boards (``leaders``: :func:`board_leaders`;
    ``days``: :func:`videomarket.data.snapshot_coverage`, for each board's grade and date precision): the
    change, the last board of the old leader and the first of the new one with their grades, and the days
    without a board between them (``gap``). ``date``, ``previous_leader``, ``new_leader`` and ``evidence``
    (the grade of the first board after) suit :func:`videomarket.stories.changes_count_of`.

    >>> L = pd.DataFrame({"snapshot_date": pd.to_datetime(["2025-12-01", "2026-01-29", "2026-09-02",
    ...     "2026-09-03"]), "leader": ["R", "G", "G", "W"], "rebuilt_only": [False, False, False, True]})
    >>> d = pd.DataFrame({"category": "t", "snapshot_date": L["snapshot_date"],
    ...     "evidence": ["B", "C", "A", "A"], "date_precision": ["day", "approx", "day", "day"]})
    >>> leader_changes_table(L, d, "t")[["change", "before", "after", "gap", "grades"]].values.tolist()
    ... # doctest: +NORMALIZE_WHITESPACE
    [['G replacing R', '1 Dec 2025', 'around 29 Jan 2026, archived 2 Sep 2026', 58, 'B → C; A on 2 Sep'],
     ['W replacing G', '2 Sep 2026', '3 Sep 2026', 0, 'A → rebuilt, not verified']]
    >>> L2 = pd.concat([L, pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-04", "2026-09-10"]),
    ...     "leader": "W", "rebuilt_only": [True, False]})], ignore_index=True)
    >>> d2 = pd.DataFrame({"category": "t", "snapshot_date": L2["snapshot_date"],
    ...     "evidence": ["B", "C", "A", "A", "A", "A"], "date_precision": ["day", "approx"] + ["day"] * 4})
    >>> leader_changes_table(L2, d2, "t").iloc[-1][["after", "read_on", "read_text"]].tolist()
    ['3 Sep 2026', Timestamp('2026-09-03 00:00:00'), '3 Sep 2026']
    """
    mine = days[days["category"].astype(str) == category][["snapshot_date", "evidence", "date_precision"]]
    boards = leaders.sort_values("snapshot_date").merge(mine, on="snapshot_date", how="left")
    rows = []
    for (_, a), (_, b) in zip(boards.iloc[:-1].iterrows(), boards.iloc[1:].iterrows(), strict=True):
        if str(a["leader"]) == str(b["leader"]):
            continue
        da, db = pd.Timestamp(a["snapshot_date"]), pd.Timestamp(b["snapshot_date"])
        after = _table_day(db, b["date_precision"] == "approx")
        # lead and chance are read on the new #1's first archived board (with intervals), never a quote
        later = boards[boards["snapshot_date"] >= db]
        run = later.iloc[:int((later["leader"].astype(str) != str(b["leader"])).cumsum().eq(0).sum())]
        archived = run[run["evidence"].astype(str) == "A"]
        read_on = pd.Timestamp(archived["snapshot_date"].iloc[0]) if len(archived) else pd.NaT
        read_text = _table_day(read_on, False) if len(archived) else "—"
        if len(archived) and read_on != db:
            after += f", archived {read_text}"
        gap = (db - da).days - 1
        rough = a["date_precision"] == "approx" or b["date_precision"] == "approx"
        gap_text = f"about {gap}" if rough else str(gap)
        grades = f"{_grade_of(a)} → {_grade_of(b)}"
        if len(archived) and read_on != db:  # the archived board's grade too
            grades += f"; {_grade_of(archived.iloc[0])} on {read_on.day} {read_on:%b}"
        rows.append({"change": f"{b['leader']} replacing {a['leader']}",
                     "before": _table_day(da, a["date_precision"] == "approx"), "gap_text": gap_text,
                     "after": after, "read_on": read_on, "read_text": read_text,
                     "gap": gap, "grades": grades,
                     "date": db, "previous_leader": str(a["leader"]), "new_leader": str(b["leader"]),
                     "evidence": str(b["evidence"])})
    return pd.DataFrame(rows, columns=["change", "before", "after", "gap", "gap_text", "grades", "date",
                                       "previous_leader", "new_leader", "evidence", "read_on", "read_text"])


def leader_changes_text(changes: pd.DataFrame, category: str) -> str:
    """The count of changes of #1 in full (the one place a note gives it so) above the table of changes
    (``changes``: :func:`leader_changes_table`).

    >>> c = pd.DataFrame({"date": pd.to_datetime(["2026-01-29", "2026-04-08"]), "previous_leader": ["a", "b"],
    ...     "new_leader": ["b", "c"], "evidence": ["C", "B"], "gap": [39, 68],
    ...     "grades": ["B → C", "C → B"]})
    >>> print(leader_changes_text(c, "text-to-video"))  # doctest: +NORMALIZE_WHITESPACE
    In text to video (silent), #1 changed hands at least once on archived boards and press reports, 2
    counting a second-hand copy of January 2026. Each change happened somewhere between the two boards
    the table gives.
    """
    pool = pool_label(category)
    count = changes_count_of(changes)
    return (f"In {pool[0].lower() + pool[1:]}, #1 changed hands {count}. Each change "
            "happened somewhere between the two boards the table gives.")


def _and(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def rescale_downloaded_table(rescales: pd.DataFrame, shown: pd.DataFrame,
                             boards: pd.DataFrame) -> pd.DataFrame:
    """Per pool of the latest change of scale (``rescales``: :func:`videomarket.leaderboard.scale_changes`),
    the nearest full downloaded board before it and at or after it (``shown``: ratings with ``elo``;
    ``boards``: :func:`videomarket.data.rebuilt_boards`): their days and sizes, the models on both, and
    the smallest and largest shift of those models' ratings and their difference (``spread``: how far the
    gaps between models moved; it also holds three weeks of ordinary votes).

    >>> r = pd.DataFrame({"arena": "AA", "category": ["text-to-video"], "previous_date":
    ...     pd.Timestamp("2026-09-30"), "date": pd.Timestamp("2026-10-01")})
    >>> s = pd.DataFrame({"category": "text-to-video", "snapshot_date": pd.to_datetime(["2026-09-14"] * 3
    ...     + ["2026-10-04"] * 2), "model_name": list("abc") + list("ab"), "rank": [1, 2, 3, 1, 2],
    ...     "elo": [1300.0, 1250.0, 1200.0, 1000.0, 900.0]})
    >>> b = pd.DataFrame({"category": "text-to-video", "snapshot_date": pd.to_datetime(["2026-09-14",
    ...     "2026-10-04"]), "rebuilt_only": False, "checked": False})
    >>> rescale_downloaded_table(r, s, b).empty  # boards of 8 models or fewer are top-8 copies
    True
    """
    row = rescales.sort_values("date").iloc[-1]
    group = rescales[rescales["date"] == row["date"]]
    group = group.assign(order=_pool_order(group["category"])).sort_values("order")
    after = pd.Timestamp(row["date"])
    only = boards[boards["rebuilt_only"].astype(bool)] if "category" in boards else boards.iloc[:0]
    rebuilt_days = set(zip(only["category"].astype(str), pd.to_datetime(only["snapshot_date"]), strict=True))
    rows = []
    for r in group.itertuples():
        cat = str(r.category)
        if pd.notna(getattr(r, "shift_min", pd.NA)):
            prev, day = pd.Timestamp(r.previous_date), pd.Timestamp(r.date)
            n = len({(cat, prev), (cat, day)} & rebuilt_days)
            how = {2: "rebuilt, not verified", 1: "partly rebuilt"}.get(n, "archived")
            rows.append({"pool": pool_label(cat), "boards": f"{prev:%-d %b} → {day:%-d %b} ({how})",
                         "before": prev, "after": day, "models_before": int(r.models_before),
                         "models_after": int(r.models_after), "on_both": int(r.models_on_both),
                         "fall_max": -float(r.shift_min), "fall_min": -float(r.shift_max),
                         "spread": float(r.shift_max) - float(r.shift_min)})
        full = _downloaded(board_leaders(shown, boards, cat))
        pre = full[full["snapshot_date"] < after].sort_values("snapshot_date")
        post = full[full["snapshot_date"] >= after].sort_values("snapshot_date")
        if pre.empty or post.empty:
            continue
        a, z = pre.iloc[-1], post.iloc[0]
        mine = shown[shown["category"].astype(str) == cat]
        x = mine[mine["snapshot_date"] == a["snapshot_date"]].set_index("model_name")["elo"]
        y = mine[mine["snapshot_date"] == z["snapshot_date"]].set_index("model_name")["elo"]
        both = x.index.intersection(y.index)
        shift = (y[both] - x[both]).astype(float)
        before, later = pd.Timestamp(a["snapshot_date"]), pd.Timestamp(z["snapshot_date"])
        rows.append({"pool": pool_label(cat), "boards": f"{before:%-d %b} → {later:%-d %b} (downloaded)",
                     "before": before, "after": later, "models_before": int(a["models"]),
                     "models_after": int(z["models"]), "on_both": len(both), "fall_max": -shift.min(),
                     "fall_min": -shift.max(), "spread": shift.max() - shift.min()})
    return pd.DataFrame(rows, columns=["pool", "boards", "before", "after", "models_before", "models_after",
                                       "on_both", "fall_max", "fall_min", "spread"])


def rebuilt_kept_text(boards: pd.DataFrame, rebuilt_ratings: int = 0) -> str:
    """Why copies rebuilt from text are kept, and how the few that could be checked are counted
    (``boards``: :func:`videomarket.data.rebuilt_boards`, ``checked`` boards with ``shared`` ratings that
    ``agree`` with a downloaded copy of the same day); ``rebuilt_ratings``, the rebuilt ratings counted
    apart from those checked ones, gives the share checked.

    >>> b = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-05", "2026-10-07"]),
    ...     "checked": [True, False], "shared": [8, 0], "agree": [True, pd.NA]})
    >>> print(rebuilt_kept_text(b))  # doctest: +NORMALIZE_WHITESPACE
    The [rebuilt copies](#glossary-rebuilt-file) are kept because each matches the length and model count of
    the search-index text it was rebuilt from, and the 8 ratings that also have a
    downloaded copy of the same day, 5 October 2026, match it exactly. Those 8 are counted once, as
    downloaded.
    >>> print(rebuilt_kept_text(b.assign(category="text-to-video").iloc[:1]).split(", and ")[1][:60])
    the top 8 of text to video (silent) that also have a downloa
    >>> print(rebuilt_kept_text(b, 6662).split(", and ")[1])  # doctest: +NORMALIZE_WHITESPACE
    the 8 ratings that also have a downloaded copy of the same day, 5 October 2026, match it exactly (only 8
    of 6,670 rebuilt daily entries, 0.1%, could be checked). Those 8 are counted once, as downloaded, so the
    tables count 6,662 rebuilt.
    """
    checked = boards[boards["checked"].astype(bool)] if "checked" in boards else boards.iloc[:0]
    head = ("The [rebuilt copies](#glossary-rebuilt-file) are kept because each matches the length and model "
            "count of the search-index text it was rebuilt from")
    if checked.empty:
        return head + "; none could be compared with a downloaded copy of the same day."
    n = int(checked["shared"].sum())
    agree = bool(checked["agree"].fillna(False).astype(bool).all())
    days = _days_said(sorted(pd.Timestamp(d) for d in checked["snapshot_date"].unique()))
    verdict = "match it exactly" if agree else "do not all match it"
    share = ""
    if rebuilt_ratings:  # how little of the rebuilt history that check reaches
        share = (f" (only {n:,} of {rebuilt_ratings + n:,} rebuilt daily entries, "
                 f"{fmt.pct(n / (rebuilt_ratings + n), 1)}, could be checked)")
    what = f"the {n:,} ratings"
    if "category" in checked and len(checked) == 1:  # one pool's top: say which
        what = f"the top {n:,} of {pool_label(str(checked['category'].iloc[0])).lower()}"
    return head + (f", and {what} that also have a downloaded copy of the same day, {days}, "
                   f"{verdict}{share}. Those {n:,} are counted once, as downloaded"
                   + (f", so the tables count {rebuilt_ratings:,} rebuilt." if rebuilt_ratings else "."))


_SMALL = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def data_as_of_text(latest: object, changes: pd.DataFrame, category: str, boards: pd.DataFrame,
                    build: object = None, *, also: dict[str, object] | None = None,
                    forecasts_page: object = None) -> str:
    """The data-as-of box of About the data, one line per data set with its date and age at the build:
    the leaderboards (``latest``), the other data sets in ``also`` (name → newest date) and the market
    forecasts, undated, as old at least as the newest page quoting them (``forecasts_page``); then how
    often #1 changed before it (brief count, ``changes``: :func:`leader_changes_table`) and the newest
    boards held only by rebuilt copies (``boards``: :func:`videomarket.data.rebuilt_boards`), linking the
    evidence section.

    >>> c = pd.DataFrame({"date": pd.to_datetime(["2026-04-08", "2026-09-03"]), "previous_leader": ["a", "b"],
    ...     "new_leader": ["b", "c"], "evidence": ["B", "A"]})
    >>> b = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07"]),
    ...     "rebuilt_only": [False, True]})
    >>> print(data_as_of_text("2026-10-10", c, "text-to-video", b, "2026-12-06",
    ...       also={"LMArena": "2026-09-21"}, forecasts_page="2026-07-31"))
    ... # doctest: +NORMALIZE_WHITESPACE
    Leaderboards: 10 October 2026, 57 days.<br>
    LMArena: 21 September 2026, 76 days.<br>
    Forecasts: undated, no newer than their quoting pages, latest 31 July 2026.<br>
    Built 6 December 2026: **these data are more than a month old**.<br>
    The #1 of text to video (silent) changed at least twice and may have changed since. The last day's
    boards (7 October) are [rebuilt copies, not verified](#how-strong-is-the-evidence).
    """
    newest = pd.Timestamp(latest).normalize()
    built = pd.Timestamp(build if build is not None else pd.Timestamp.today()).normalize()
    age = (built - newest).days
    # the leaderboards' date comes first: the page header and the citation take the box's first date
    lines = [f"Leaderboards: {fmt.day(newest)}, {fmt.count(age, 'day')}."]
    for name, day in (also or {}).items():
        day = pd.Timestamp(day).normalize()
        lines.append(f"{name}: {fmt.day(day)}, {fmt.count((built - day).days, 'day')}.")
    if forecasts_page is not None:
        lines.append("Forecasts: undated, no newer than their quoting pages, latest "
                     f"{fmt.day(forecasts_page)}.")
    lines.append(f"Built {fmt.day(built)}: "
                 + ("**these data are more than a month old**." if age > 30 else "ages as above."))
    run = newest_rebuilt_run(boards)
    if run:
        per_day = sorted(pd.Timestamp(d) for d in boards["snapshot_date"].unique()
                         if run[0] <= pd.Timestamp(d) <= run[1])
        days = [f"{d:%-d}" for d in per_day]
        said = (f"{days[0]} {per_day[0]:%B}" if len(days) == 1 else f"{days[0]} and {days[1]} {per_day[1]:%B}"
                if len(days) == 2 else f"{days[0]} to {days[-1]} {per_day[-1]:%B}")
        quality = (f"The last day's boards ({said}) are [rebuilt copies, not "
                   "verified](#how-strong-is-the-evidence)." if len(days) == 1 else
                   f"The last {_SMALL.get(len(days), str(len(days)))} days' boards ({said}) are "
                   "[rebuilt copies, not verified](#how-strong-is-the-evidence).")
    else:
        quality = "[How strong is the evidence?](#how-strong-is-the-evidence) grades every copy."
    count = changes_count_of(changes, brief=True)
    note = (f"The #1 of {pool_label(category).lower()} changed {count} and may have changed since. "
            f"{quality}")
    return "<br>\n".join([*lines, note])
