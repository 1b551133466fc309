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
from videomarket.stories._changes import changes_count_of
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
    table["from_text"] = [f"after a quoted value of {_short_month(d - pd.Timedelta(days=1))} (day unknown)"
                          if a
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


_OTHER_POOLS = {"multi": "Several pools", "text-chat": "Text chat (not video)",
                "image-editing": "Image editing (not video)"}
ARCHIVE_FILE_KINDS = ("Downloaded (exact file)", "Rebuilt, not verified (from search-index text)",
                      "Rebuilt, not verified (origin not recorded)")


def archive_files_table(provenance: pd.DataFrame) -> pd.DataFrame:
    """Every archived file, for a reader who wants to check one: repository, file path, short commit id,
    board date (the save date where the file gives none), what the notes use it for (:func:`copy_use`),
    pool (LMArena has no silent/audio split), how we hold it (``kind``: downloaded by a
    git clone, :func:`videomarket.data.cloned_from_git`; rebuilt from a search index's text,
    :func:`videomarket.data.copied_from_index_text`; or origin not recorded) and its SHA-256 fingerprint
    (for a rebuilt file, that of our copy). Sorted by repository, date and path.

    >>> p = pd.DataFrame({"repository": ["o/b", "o/a", "o/a"], "path": ["x.json", "t.json", "m.csv"],
    ...     "commit": ["abcdef0123456789", "1234567abc", "9876543fff"], "sha256": ["s1", "s2", "s3"],
    ...     "board_date": pd.to_datetime([None, "2026-10-10", None]),
    ...     "snapshot_time": ["2026-08-01T10:00:00Z", "2026-10-10T09:00:00Z", None],
    ...     "category": ["text-to-video-audio", "text-to-video", "multi"],
    ...     "note": ["(git clone)", "search index", "scraped"], "format": ["aa-api-media", "lmarena-board",
    ...     "aa-models-csv"]})
    >>> archive_files_table(p)[["repository", "commit", "pool", "kind"]].values.tolist()
    ... # doctest: +NORMALIZE_WHITESPACE
    [['o/a', '1234567', 'Text to video', 'Rebuilt, not verified (from search-index text)'],
     ['o/a', '9876543', 'Several pools', 'Rebuilt, not verified (origin not recorded)'],
     ['o/b', 'abcdef0', 'Text to video with audio', 'Downloaded (exact file)']]
    """
    from videomarket.data import cloned_from_git, copied_from_index_text

    cloned = cloned_from_git(provenance).to_numpy()
    copied = copied_from_index_text(provenance).to_numpy() & ~cloned
    kind = pd.Series(ARCHIVE_FILE_KINDS[2], index=provenance.index)
    kind[copied] = ARCHIVE_FILE_KINDS[1]
    kind[cloned] = ARCHIVE_FILE_KINDS[0]
    saved = pd.to_datetime(provenance["snapshot_time"].astype("string").str.slice(0, 10), errors="coerce")
    day = pd.to_datetime(provenance["board_date"]).fillna(saved)
    uses = provenance["format"].map(copy_use)
    pools = pd.Series([_OTHER_POOLS.get(c) or (pool_label(c).removesuffix(" (silent)")
                                               if use == "LMArena boards" else pool_label(c))
                       for c, use in zip(provenance["category"].astype(str), uses, strict=True)],
                      index=provenance.index)
    table = pd.DataFrame({
        "repository": provenance["repository"].astype(str), "path": provenance["path"].astype(str),
        "commit": provenance["commit"].astype(str).str.slice(0, 7), "day": day,
        "used_for": provenance["format"].map(copy_use), "pool": pools, "kind": kind,
        "sha256": provenance["sha256"].astype(str)})
    order = table.assign(key=table["repository"].str.lower()).sort_values(["key", "day", "path"],
                                                                          na_position="last")
    return order.drop(columns="key").reset_index(drop=True)


def archive_files_title(table: pd.DataFrame) -> str:
    """The title of :func:`archive_files_table`: how many files of each kind it lists, and that only the
    downloaded files' fingerprints can be checked against the originals (a rebuilt copy's is our copy's).

    >>> print(archive_files_title(pd.DataFrame({"kind": [ARCHIVE_FILE_KINDS[0], ARCHIVE_FILE_KINDS[2],
    ...     ARCHIVE_FILE_KINDS[1], ARCHIVE_FILE_KINDS[1]]})))
    ... # doctest: +NORMALIZE_WHITESPACE
    Every archived file with its fingerprint: 1 downloaded, checkable against the original; 3 rebuilt, not
    verified (2 from search-index text, 1 of unrecorded origin), whose fingerprints identify our copy only
    """
    counts = table["kind"].value_counts()
    text, unknown = int(counts.get(ARCHIVE_FILE_KINDS[1], 0)), int(counts.get(ARCHIVE_FILE_KINDS[2], 0))
    rebuilt = f"{text + unknown:,} rebuilt, not verified"
    if unknown:
        rebuilt += f" ({text:,} from search-index text, {unknown:,} of unrecorded origin)"
    if text + unknown:
        rebuilt += (", whose fingerprint identifies our copy only" if text + unknown == 1
                    else ", whose fingerprints identify our copy only")
    down = int(counts.get(ARCHIVE_FILE_KINDS[0], 0))
    return (f"Every archived file with its fingerprint: {down:,} downloaded, checkable against the "
            f"original{'' if down == 1 else 's'}; {rebuilt}")


def archives_text(provenance: pd.DataFrame, rebuilt: pd.Series, boards: pd.DataFrame | None = None,
                  quoting: int = 0, read_on: object = None) -> str:
    """How the archived files were obtained and how a reader can check them: which repositories the
    build machine could clone (their files' provenance ``note`` says "git clone",
    :func:`videomarket.data.cloned_from_git`), how many files were rebuilt from a search index's text
    (``rebuilt``: :func:`videomarket.data.rebuilt_from_text`) and how, the check against downloaded copies
    (``boards``: :func:`videomarket.data.rebuilt_boards`), how many other files are counted as downloaded
    without a recorded clone, and what each file's SHA-256 fingerprint lets a reader check; with
    ``quoting`` (:func:`quoting_files`), how the Sources list's count of archived files splits into the
    archives' copies and GitHub files that only quote values; with ``read_on``, the day the index was read.

    >>> one = pd.DataFrame({"repository": ["o/a"], "note": ["(git clone)"]})
    >>> print(archives_text(one, pd.Series([False]), quoting=2))  # doctest: +NORMALIZE_WHITESPACE
    The Sources list 3 archived files: 1 copy kept by the public archives and 2 GitHub files that only quote
    values. All 1 archived file are the archives' own bytes, downloaded as stored; the table below gives
    each file's SHA-256 fingerprint, so anyone can check our copy.

    >>> p = pd.DataFrame({"repository": ["o/a", "o/a", "o/b", "o/c"],
    ...     "note": ["(git clone)", "search index", "search index", "scraped"]})
    >>> print(archives_text(p, pd.Series([False, True, True, True])))  # doctest: +NORMALIZE_WHITESPACE
    The project could download only 1 archive repository (o/a, for 1 of its 2 files): its 1 file is an exact
    copy of the stored file. We could not download the other archives' files: only the text a code-search
    index (not a public service) held of them was reachable, not the files themselves. 2 files (1 from o/a, 1
    from o/b) were made this way: every value was transcribed from the index's text of the file at its commit,
    the file was regenerated in the archive's own layout, and it was kept only if its character count and its
    number of models equalled the index's text. The other 1 file, from 1 repository, came with no record of
    how it was obtained. The second table below gives each file's commit and SHA-256 fingerprint. Only the
    fingerprint of the 1 downloaded file can be checked against the originals: download such a file at its
    commit, and the same fingerprint means the same file. A rebuilt copy's fingerprint identifies our copy
    only; to check a rebuilt file, compare its values with the original's. We could not check whether the
    linked files still open.
    """
    from videomarket.data import cloned_from_git

    rebuilt = rebuilt.astype(bool).to_numpy()
    total, n = len(provenance), int(rebuilt.sum())
    lead = ""
    if quoting:
        lead = (f"The Sources list {fmt.count(total + quoting, 'archived file')}: "
                f"{fmt.count(total, 'copy', 'copies')} kept by the public archives and "
                f"{fmt.count(quoting, 'GitHub file')} that only {'quotes' if quoting == 1 else 'quote'} "
                "values. ")
    if not n:
        return (f"{lead}All {fmt.count(total, 'archived file')} are the archives' own bytes, downloaded as "
                "stored; the table below gives each file's SHA-256 fingerprint, so anyone can check our "
                "copy.")
    repos = provenance["repository"].astype(str)
    cloned = cloned_from_git(provenance).to_numpy()
    from videomarket.data import copied_from_index_text

    others = rebuilt & ~copied_from_index_text(provenance).to_numpy()
    by_repo = repos[rebuilt & ~others].value_counts()
    by_repo = by_repo.sort_index().sort_values(ascending=False, kind="mergesort")
    where = ", ".join(f"{count} from {repo}" for repo, count in by_repo.items())
    names = []
    for repo in sorted(set(repos[cloned]), key=lambda r: (bool((repos[~cloned] == r).any()), r.lower())):
        mine, kept = int((repos == repo).sum()), int((repos[cloned] == repo).sum())
        one = ("commit" in provenance.columns
               and provenance.loc[cloned & (repos == repo).to_numpy(), "commit"].nunique() == 1)
        names.append(repo if kept == mine else
                     f"{repo}, {'at one commit only: ' if one else 'for '}{kept} of its {mine} files")
    n_clone = int(cloned.sum())
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" and {names[-1]}"
    clone = (f"The project could download only "
             f"{fmt.count(len(names), 'archive repository', 'archive repositories')} "
             f"({listed}): {'its' if n_clone == 1 else 'their'} {fmt.count(n_clone, 'file')} "
             f"{'is an exact copy' if n_clone == 1 else 'are exact copies'} of the stored "
             f"file{'' if n_clone == 1 else 's'}. ")
    n_other, n_other_repos = int(others.sum()), repos[others].nunique()
    other = ("" if not n_other else
             f" The other {fmt.count(n_other, 'file')}, from "
             f"{fmt.count(n_other_repos, 'repository', 'repositories')}, "
             + ("came with no record of how it was" if n_other == 1 else
                "came with no record of how they were") + " obtained.")
    check = f" {rebuilt_check_text(boards)}" if boards is not None else ""
    when = "" if read_on is None else f" (read on {fmt.day(read_on)})"
    return lead + (
        clone + "We could not download the other archives' files: only the text a code-search index (not a "
        "public service) held of them was reachable, not the files themselves. "
        f"{fmt.count(n - n_other, 'file')} ({where}) {'was' if n - n_other == 1 else 'were'} made this "
        f"way{when}: every value was transcribed from the index's text of the file at its commit, "
        "the file was regenerated in the archive's own layout, and it was kept only if its character count "
        f"and its number of models equalled the index's text.{check}{other} The second table "
        "below gives each file's commit and SHA-256 fingerprint. Only the "
        f"fingerprint{'' if n_clone == 1 else 's'} of the {fmt.count(n_clone, 'downloaded file')} can be "
        "checked against the originals: download such a file "
        "at its commit, and the same fingerprint means the same file. A rebuilt copy's fingerprint "
        "identifies our copy only; to check a rebuilt file, compare its values with the original's. We "
        "could not check whether the linked files still open."
    )


def unrecorded_files_text(provenance: pd.DataFrame, rankings: pd.DataFrame) -> str:
    """What the archived files of unrecorded origin (neither downloaded nor rebuilt from search-index text:
    :func:`videomarket.data.rebuilt_from_text` without :func:`videomarket.data.copied_from_index_text`)
    carry, so a reader sees whether a headline rests on them: whether any is an Artificial Analysis board
    or the latest board of an arena (``rankings``, each row with its ``source_id``), which boards rest on
    them alone, and what the rest are used for (:func:`copy_use`); '' when there are none.

    >>> p = pd.DataFrame({"repository": ["o/a", "o/s", "o/s", "o/g"], "source_id": ["a", "s1", "s2", "g"],
    ...     "note": ["(git clone)", "scraped", "scraped", "no record"],
    ...     "format": ["aa-api-data", "lmarena-scrape", "aa-models-csv", "genai-arena-votes"]})
    >>> r = pd.DataFrame({"arena": ["Artificial Analysis", "LMArena", "LMArena"], "category": "t",
    ...     "snapshot_date": pd.to_datetime(["2026-10-10", "2026-09-05", "2026-09-21"]),
    ...     "source_id": ["a", "s1", "x"]})
    >>> print(unrecorded_files_text(p, r))  # doctest: +NORMALIZE_WHITESPACE
    None of the 3 files of unrecorded origin holds an Artificial Analysis board or the latest LMArena
    board (21 September 2026). 1 LMArena board, of 5 September 2026, rests on them alone; 1 is an
    Artificial Analysis model list (model facts: release dates, prices, open weights, audio); 1 serves
    only a test of the rating method.
    """
    from videomarket.data import copied_from_index_text, rebuilt_from_text

    unknown = (rebuilt_from_text(provenance) & ~copied_from_index_text(provenance)).to_numpy()
    files = provenance[unknown]
    if files.empty:
        return ""
    ids = set(files["source_id"].astype(str))
    mine = rankings["source_id"].astype(str).isin(ids)
    keys = ["arena", "category", "snapshot_date"]
    boards = rankings[keys].assign(mine=mine).groupby(keys, observed=True)["mine"].agg(["any", "all"])
    alone = boards[boards["all"]].reset_index()
    latest = rankings.groupby("arena")["snapshot_date"].max()
    held = boards[boards["any"]].reset_index()
    said, held_latest = [], []
    for arena, day in latest.items():
        mine_here = held[held["arena"] == arena]
        if mine_here.empty:
            said.append(f"an {arena} board" if arena[0] in "AEIOU" else f"a {arena} board")
        elif (mine_here["snapshot_date"] == day).any():
            held_latest.append(f"the latest {arena} board ({fmt.day(day)})")
        else:
            said.append(f"the latest {arena} board ({fmt.day(day)})")
    files_said = f"{fmt.count(len(files), 'file')} of unrecorded origin"
    head = f"None of the {files_said} holds {' or '.join(said)}." if said else ""
    if held_latest:
        verb = "holds" if len(files) == 1 else "hold"
        start = f" They do {verb.removesuffix('s')} " if said else f"The {files_said} {verb} "
        head += start + " and ".join(held_latest) + "."
    parts = []
    for arena, group in alone.groupby("arena"):
        days = sorted(pd.Timestamp(d) for d in group["snapshot_date"].unique())
        first = f"{days[0]:%-d %B}" if days[0].year == days[-1].year else fmt.day(days[0])
        when = fmt.day(days[0]) if len(days) == 1 else f"{first} to {fmt.day(days[-1])}"
        n = len(group)
        parts.append(f"{n:,} {arena} board{'' if n == 1 else 's'}, of {when}, "
                     f"{'rests' if n == 1 else 'rest'} on them alone")
    uses = files["format"].map(copy_use)
    facts = int(uses.str.startswith("model facts").sum())
    if facts:
        parts.append(f"{facts:,} {'is an' if facts == 1 else 'are'} Artificial Analysis model "
                     f"list{'' if facts == 1 else 's'} ({USES['aa-models-csv']})")
    method = int(uses.str.contains("rating method").sum())
    if method:
        parts.append(f"{method:,} {'serves' if method == 1 else 'serve'} only "
                     f"{'a test' if method == 1 else 'tests'} of the rating method")
    return (head.strip() + (" " + "; ".join(parts) + "." if parts else "")).strip()


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


def quoted_uses(rankings: pd.DataFrame, archive_ids: object) -> dict[str, str]:
    """What the note takes from each page that quotes ratings (the sources of ``rankings`` that are not
    archived files, ``archive_ids``), for the Sources list: the arena, the pools and the board's date,
    worded by how exactly the page dates it (``date_precision``: day, approx, month).

    >>> r = pd.DataFrame({"arena": "Artificial Analysis", "source_id": ["q", "q", "m", "a"],
    ...     "category": ["text-to-video", "image-to-video", "text-to-video", "text-to-video"],
    ...     "snapshot_date": pd.to_datetime(["2025-12-20", "2025-12-20", "2026-04-15", "2026-10-01"]),
    ...     "date_precision": ["approx", "approx", "month", "day"]})
    >>> quoted_uses(r, ["a"])  # doctest: +NORMALIZE_WHITESPACE
    {'m': 'quoted ratings: Artificial Analysis, text to video (silent), board of April 2026',
     'q': 'quoted ratings: Artificial Analysis, text to video (silent) and image to video (silent), board of
     about 20 December 2025'}
    """
    archives = {str(i) for i in archive_ids}
    uses: dict[str, str] = {}
    for sid, rows in rankings.groupby("source_id", sort=True):
        if str(sid) in archives:
            continue
        days = []
        for (when, precision), _ in rows.groupby(["snapshot_date", "date_precision"], sort=True):
            stamp = pd.Timestamp(when)
            days.append(f"{stamp:%B %Y}" if precision == "month"
                        else ("about " if precision == "approx" else "") + fmt.day(stamp))
        boards = "board of " if len(days) == 1 else "boards of "
        uses[str(sid)] = (f"quoted ratings: {', '.join(dict.fromkeys(rows['arena'].astype(str)))}, "
                          f"{pools_text(list(dict.fromkeys(rows['category'].astype(str))))}, "
                          + boards + " and ".join(dict.fromkeys(days)))
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
    amount = (_same_after_rounding(forecasts) if "value_usd_m" in forecasts else forecasts["edition"])
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


def _same_after_rounding(forecasts: pd.DataFrame, tolerance: float = 0.005) -> pd.Series:
    """Each forecast value's amount, with amounts of the same house and year that agree within
    ``tolerance`` (relative: a value stated rounded, USD 2.56B beside USD 2,562.9M) set to the first of
    them, so that one value quoted twice at different precision counts as one value.

    >>> f = pd.DataFrame({"publisher": ["H", "H", "H"], "year": [2032, 2032, 2032],
    ...                   "value_usd_m": [2560.0, 2562.9, 3000.0]})
    >>> _same_after_rounding(f).tolist()
    [2560.0, 2560.0, 3000.0]
    """
    out = forecasts["value_usd_m"].astype(float).copy()
    for _, group in forecasts.groupby(["publisher", "year"], dropna=False):
        first = None
        for i, v in group["value_usd_m"].astype(float).sort_values().items():
            if first is None or abs(v - first) > tolerance * first:
                first = v
            out.loc[i] = first
    return out


def _why_not_b(forecasts: pd.DataFrame, sources: pd.DataFrame) -> str:
    """Why the forecasts stay below grade B, from the pages that carry them: no established press among
    them, and any agreeing quotes come from GitHub files rather than independent reporting; two
    sentences, without the final stop."""
    c = _carriers(forecasts, sources)
    pages = (f"{fmt.count(c['pages'], 'page')} in all: {fmt.count(c['github'], 'GitHub file')} and "
             f"{fmt.count(c['pages'] - c['github'], 'other web page')}")
    press = ("none of the pages that quote them is established news" if not c["press"]
             else f"only {fmt.count(c['press'], 'page')} of those that quote them "
             f"{'is' if c['press'] == 1 else 'are'} established news")
    if c["most_pages"] <= 1:
        agree = "no value is quoted by more than one page"
    else:
        which = ("the one value quoted by more than one page is" if c["shared"] == 1 else
                 f"the {c['shared']} values quoted by more than one page, allowing for rounding, are")
        only = (f"quoted only by {fmt.count(c['shared_pages'], 'GitHub file')}" if c["shared"] == 1 else
                f"each quoted only by GitHub files ({c['shared_pages']} in all)")
        agree = (f"{which} {only}, not independent "
                 "reporting" if c["shared_github"] == c["shared_pages"] else
                 f"{which} quoted by {fmt.count(c['shared_pages'], 'page')}, "
                 + ("none of them graded B" if not c["shared_press"] else
                    f"{c['shared_press']} of them graded B"))
    return f"{press[0].upper()}{press[1:]} ({pages}). {agree[0].upper()}{agree[1:]}"


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
    own report. None of the pages that quote them is established news (3 pages in all: 2 GitHub files and
    1 other web page). No value is quoted by more than one page. None of the 3 therefore reaches grade B. The
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
        f"report. {_why_not_b(forecasts, sources)}. "
        + (f"Only {good} of the {total} therefore {'reaches' if good == 1 else 'reach'} grade B." if good
           else f"None of the {total} therefore reaches grade B.")
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


_PAIRS = {frozenset({"text-to-video", "image-to-video"}): "the silent pools",
          frozenset({"text-to-video-audio", "image-to-video-audio"}): "the pools with audio"}


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
    None of the 2 market forecasts (3 yearly values) reaches grade B (a named page relaying the first-hand
    source, or several independent quotes that agree), and 2 of the values are grade D.
    """
    grades = forecasts["evidence"].astype(str)
    weak = int((grades == "D").sum())
    weak_text = f", and {weak} of the values are grade D" if weak else ""
    good = int(grades.isin(["A", "B"]).sum())
    n = _forecasts_held(forecasts)
    held = f"{fmt.count(n, 'market forecast')} ({len(forecasts)} yearly values)"
    return (
        f"None of the {held} reaches grade B (a named page relaying the first-hand source, or several "
        f"independent quotes that agree){weak_text}."
        if not good else
        f"Of the {held} {good} values reach grade B or better{weak_text}."
    )


def _pool_order_list(cats: frozenset[str]) -> list[str]:
    """``cats`` in the tables' pool order."""
    return sorted(cats, key=lambda c: AA_POOLS.index(c) if c in AA_POOLS else len(AA_POOLS))


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
    change, the last board of the old leader and the first of the new one with their grades (and, when the
    new #1 was first seen on a rebuilt board, the grade and day of its first downloaded one), and the days
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
    >>> leader_changes_table(L2, d2, "t").iloc[-1][["after", "read_on", "read_text", "grades"]].tolist()
    ['3 Sep 2026', Timestamp('2026-09-03 00:00:00'), '3 Sep 2026', 'A → rebuilt, not verified; A on 10 Sep']
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
        elif bool(b.get("rebuilt_only", False)):  # first seen rebuilt: its first downloaded board
            down = archived[~archived["rebuilt_only"].fillna(False).astype(bool)] if "rebuilt_only" in \
                archived else archived.iloc[:0]
            if len(down):
                first = pd.Timestamp(down["snapshot_date"].iloc[0])
                grades += f"; {_grade_of(down.iloc[0])} on {first.day} {first:%b}"
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
