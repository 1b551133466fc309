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
    """One row per (arena, category): first and last day, how many days are archived or secondary,
    and ``longest_gap``, the most days in a row without any board between the first and last day."""
    days = snapshot_coverage(rankings)
    grouped = days.groupby(["arena", "category"], observed=True)
    summary = grouped.agg(
        first=("snapshot_date", "min"),
        last=("snapshot_date", "max"),
        days=("snapshot_date", "nunique"),
        archived_days=("archived", "sum"),
        first_archived=("snapshot_date", lambda s: s[days.loc[s.index, "archived"]].min()),
        longest_gap=("snapshot_date", _longest_gap),
    )
    summary["secondary_days"] = summary["days"] - summary["archived_days"]
    return summary.reset_index().astype({"archived_days": int, "secondary_days": int, "longest_gap": int})


def _longest_gap(dates: pd.Series) -> int:
    """Most consecutive days without a board between two known days (0 for one or adjacent days)."""
    steps = dates.sort_values().diff().dt.days.max()
    return 0 if pd.isna(steps) else int(steps) - 1


def coverage_change(rankings: pd.DataFrame, provenance: pd.DataFrame, folders: list[str]) -> pd.DataFrame:
    """What the raw archive ``folders`` add to each pool: days known and archived, and the longest gap
    between known days, without those folders' snapshots (``_before``) and with them (``_after``).

    ``provenance`` is :func:`videomarket.data.load_provenance`; ``added_days`` counts the days known
    only thanks to those folders.

    Example::

        >>> import pandas as pd
        >>> ranks = pd.DataFrame({
        ...     "snapshot_date": pd.to_datetime(["2025-12-01", "2026-04-10", "2026-04-11"]),
        ...     "arena": "AA", "category": "t2v", "model": "a", "evidence": ["B", "A", "A"],
        ...     "source_id": ["press", "new-1", "new-2"], "date_precision": "day"})
        >>> prov = pd.DataFrame({"folder": ["new", "new"], "source_id": ["new-1", "new-2"]})
        >>> change = coverage_change(ranks, prov, ["new"])
        >>> change[["days_before", "days_after", "archived_days_after", "added_days"]].iloc[0].tolist()
        [1, 3, 2, 2]
    """
    added = set(provenance.loc[provenance["folder"].isin(folders), "source_id"].astype(str))
    before_rows = rankings[~rankings["source_id"].astype(str).isin(added)]
    columns = ["days", "archived_days", "first_archived", "longest_gap", "last"]
    after = pool_coverage(rankings).set_index(["arena", "category"])[columns]
    table = after.add_suffix("_after")
    if len(before_rows):
        before = pool_coverage(before_rows).set_index(["arena", "category"])[columns]
        table = before.add_suffix("_before").join(table, how="outer")
    table = table.reset_index()
    for name in ("days_before", "archived_days_before"):
        table[name] = table.get(name, pd.Series(0, index=table.index)).fillna(0).astype(int)
    table["added_days"] = table["days_after"] - table["days_before"]
    order = ["arena", "category", "days_before", "days_after", "added_days", "archived_days_before",
             "archived_days_after", "first_archived_before", "first_archived_after", "longest_gap_before",
             "longest_gap_after", "last_before", "last_after"]
    return table.reindex(columns=order)


def coverage_gaps(rankings: pd.DataFrame, min_days: int = 7, archived_only: bool = False) -> pd.DataFrame:
    """Every stretch of at least ``min_days`` days without a board in a pool, between known days.

    ``archived_only``: count only days with an archived copy (grade A), so press-only days fall inside
    gaps. Columns: arena, category, ``from`` and ``to`` (the first and last missing day), ``days``;
    longest first within each pool. A board dated only to a month (placed on the 15th for drawing) cannot
    bound an exact gap: ``days_min`` and ``days_max`` give the gap if that board were from the month's
    last or first day (equal to ``days`` between two exactly dated boards), and ``after_month_only`` /
    ``before_month_only`` say which side is dated only to its month; ``after_approx`` / ``before_approx``
    say which side is a board dated only approximately (``date_precision`` "approx": "around 29 January"),
    so that ``days`` is itself approximate.

    Example::

        >>> import pandas as pd
        >>> ranks = pd.DataFrame({"snapshot_date": pd.to_datetime(["2025-12-20", "2026-04-10"]),
        ...     "arena": "AA", "category": "t2v", "model": "a", "evidence": ["C", "A"],
        ...     "source_id": ["p", "s"], "date_precision": "day"})
        >>> coverage_gaps(ranks)[["from", "to", "days"]].astype(str).values.tolist()
        [['2025-12-21', '2026-04-09', '110']]
    """
    days = snapshot_coverage(rankings)
    if archived_only:
        days = days[days["archived"]]
    rows = []
    for (arena, category), group in days.groupby(["arena", "category"], observed=True, sort=True):
        group = group.sort_values("snapshot_date").reset_index(drop=True)
        dates = group["snapshot_date"]
        monthly = group["date_precision"].astype(str).eq("month")
        approx = group["date_precision"].astype(str).eq("approx")
        missing = dates.diff().dt.days - 1
        for i in missing.index[missing >= min_days]:
            before, after = _month_bounds(dates[i - 1], monthly[i - 1]), _month_bounds(dates[i], monthly[i])
            rows.append({"arena": arena, "category": category,
                         "from": dates[i - 1] + pd.Timedelta(days=1), "to": dates[i] - pd.Timedelta(days=1),
                         "days": int(missing[i]),
                         "days_min": int((after[0] - before[1]).days - 1),
                         "days_max": int((after[1] - before[0]).days - 1),
                         "after_month_only": bool(monthly[i - 1]), "before_month_only": bool(monthly[i]),
                         "after_approx": bool(approx[i - 1]), "before_approx": bool(approx[i])})
    table = pd.DataFrame(rows, columns=["arena", "category", "from", "to", "days", "days_min", "days_max",
                                        "after_month_only", "before_month_only", "after_approx",
                                        "before_approx"])
    return table.sort_values(["arena", "category", "days"], ascending=[True, True, False],
                             kind="mergesort").reset_index(drop=True)


def _month_bounds(day: pd.Timestamp, month_only: bool) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The earliest and latest day a board can be from: its month's first and last day if it is dated only
    to the month, else its own day twice."""
    if not month_only:
        return day, day
    first = day.replace(day=1)
    return first, first + pd.offsets.MonthEnd(0)


def rebuilt_from_text(provenance: pd.DataFrame) -> pd.Series:
    """True for each raw file that is not an archive file's exact bytes: every file whose provenance
    ``note`` does not record a git clone (:func:`cloned_from_git`). Such files were copied value by value
    from the text a search index showed of the archive file (data/README.md, "Archive versions"), or their
    notes do not say how they were obtained; either way they cannot be checked byte for byte.

    >>> rebuilt_from_text(pd.DataFrame({"note": ["33 models; obtained through the search index's "
    ...     "read_file, not as git bytes", "33 models", "exact bytes (git clone)", None]})).tolist()
    [True, True, False, True]
    """
    return ~cloned_from_git(provenance)


# Archives that data/README.md ("Archive versions") says were reached only through a search index and
# copied from its text, though their provenance notes do not say so (data/raw is never edited).
INDEX_COPIED_REPOSITORIES = ("qunqin24/Oriel", "amant03/ai-news", "koiro-svg/yo-tutka")


def copied_from_index_text(provenance: pd.DataFrame) -> pd.Series:
    """True for each raw file known to be a copy of a search index's text: its provenance note says so
    ("search index") or it comes from one of :data:`INDEX_COPIED_REPOSITORIES`. The other files rebuilt
    from text (:func:`rebuilt_from_text`) are those whose notes do not record how they were obtained.

    >>> copied_from_index_text(pd.DataFrame({"repository": ["qunqin24/Oriel", "o/a", "o/b"],
    ...     "note": ["87 models", "search index", "(git clone)"]})).tolist()
    [True, True, False]
    """
    notes = (provenance["note"].astype("string") if "note" in provenance.columns
             else pd.Series(pd.NA, index=provenance.index, dtype="string"))
    flagged = notes.str.contains("search index", regex=False).fillna(False).astype(bool)
    if "repository" not in provenance.columns:
        return flagged
    return flagged | provenance["repository"].astype(str).isin(INDEX_COPIED_REPOSITORIES)


def archive_versions(provenance: pd.DataFrame) -> pd.DataFrame:
    """Per raw archive folder: files kept, how many of them were rebuilt from a search index's text
    (``rebuilt``, :func:`rebuilt_from_text`), distinct snapshot days, first and last day, repository.

    ``provenance`` is :func:`videomarket.data.load_provenance` (one row per raw file).
    """
    table = provenance.assign(day=provenance["snapshot_time"].str.slice(0, 10),
                              rebuilt=rebuilt_from_text(provenance))
    grouped = table.groupby("folder")
    summary = grouped.agg(
        repository=("repository", "first"),
        files=("file", "count"),
        rebuilt=("rebuilt", "sum"),
        dated_days=("day", "nunique"),
        first=("day", "min"),
        last=("day", "max"),
        format=("format", lambda formats: ", ".join(sorted(set(formats)))),
    )
    return summary.reset_index()


def evidence_mix(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Rows per evidence grade for each named table (columns A-D, one row per table)."""
    counts = {
        name: table["evidence"].astype(str).value_counts().reindex(list("ABCD"), fill_value=0)
        for name, table in tables.items()
    }
    return pd.DataFrame(counts).T.rename_axis("table")


def rated_values(rankings: pd.DataFrame, provenance: pd.DataFrame) -> pd.DataFrame:
    """One row per rating: one model on one pool's board of one day (arena, category, snapshot_date, model),
    however many copies hold it. ``evidence``: the best grade of its copies; ``archived_board``: the pool
    has an archived copy (grade A) that day, as :func:`snapshot_coverage` counts; ``rebuilt``: every grade-A
    copy of it comes from a file rebuilt from a search index's text (:func:`rebuilt_from_text`).

    >>> r = pd.DataFrame({"arena": "AA", "category": "t2v",
    ...     "snapshot_date": pd.to_datetime(["2026-10-01"] * 3), "model": ["a", "a", "b"],
    ...     "evidence": ["A", "A", "C"], "source_id": ["x", "y", "p"]})
    >>> prov = pd.DataFrame({"source_id": ["x", "y"], "note": ["from the search index", "(git clone)"]})
    >>> rated_values(r, prov)[["model", "evidence", "archived_board", "rebuilt"]].values.tolist()
    [['a', 'A', True, False], ['b', 'C', True, False]]
    """
    rebuilt_ids = set(provenance.loc[rebuilt_from_text(provenance), "source_id"].astype(str))
    table = rankings.assign(evidence=rankings["evidence"].astype(str),
                            from_rebuilt=rankings["source_id"].astype(str).isin(rebuilt_ids))
    table = table.assign(downloaded_a=(table["evidence"] == "A") & ~table["from_rebuilt"])
    keys = [*KEYS, "model"]
    # grades as numbers (A = 0): a numeric minimum is far faster than a string one on the whole history
    order = sorted(set(table["evidence"]))
    table = table.assign(grade=table["evidence"].map({g: k for k, g in enumerate(order)}),
                         downloaded_a=table["downloaded_a"].astype(int))
    values = table.groupby(keys, observed=True).agg(grade=("grade", "min"),
                                                    downloaded_a=("downloaded_a", "max")).reset_index()
    values.insert(len(keys), "evidence", values.pop("grade").map(dict(enumerate(order))))
    values["downloaded_a"] = values["downloaded_a"].astype(bool)
    values["rebuilt"] = (values["evidence"] == "A") & ~values["downloaded_a"]
    is_a = (values["evidence"] == "A").astype(int)
    board = is_a.groupby([values[k] for k in KEYS], observed=True).transform("max")
    values["archived_board"] = board.astype(bool)
    return values.drop(columns="downloaded_a")


#: The grade columns of :func:`grade_counts`: grade A split into downloaded and rebuilt copies, then B-D.
GRADE_COLUMNS = ["A", "A_rebuilt", "B", "C", "D"]


def grade_counts(values: pd.DataFrame, *, per_board: bool = False) -> pd.DataFrame:
    """How many ratings (``values``: :func:`rated_values`, each counted once) have each best grade, grade A
    split into downloaded (``A``) and rebuilt from text (``A_rebuilt``): one row, or with ``per_board``
    one row per board (arena, category, snapshot_date). The grade table and the coverage chart's data file
    both count through it, so their grade B and C counts always agree.

    >>> v = pd.DataFrame({"arena": "AA", "category": "t2v", "snapshot_date": pd.to_datetime(
    ...     ["2025-12-01"] * 3 + ["2026-04-10"] * 2), "evidence": ["B", "B", "C", "A", "A"],
    ...     "rebuilt": [False, False, False, True, False]})
    >>> grade_counts(v).values.tolist()
    [[1, 1, 2, 1, 0]]
    >>> grade_counts(v, per_board=True)[["snapshot_date", *GRADE_COLUMNS]].values.tolist()[0][1:]
    [0, 0, 2, 1, 0]
    """
    grades = values["evidence"].astype(str)
    rebuilt = values.get("rebuilt", pd.Series(False, index=values.index)).astype(bool)
    kind = grades.mask((grades == "A") & rebuilt, "A_rebuilt")
    flags = pd.DataFrame({g: (kind == g).astype(int) for g in GRADE_COLUMNS}, index=values.index)
    if not per_board:
        return flags.sum().to_frame().T.astype(int)
    flags = pd.concat([values[KEYS], flags], axis=1)
    return flags.groupby(KEYS, observed=True, sort=True)[GRADE_COLUMNS].sum().astype(int).reset_index()


def ratings_once(rankings: pd.DataFrame, provenance: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """:func:`rated_values` of each arena over EVERY grade, A to D, for the grade table: a report may draw
    and count only grades as good as its ``min_evidence``, but the grade table shows every grade held.

    >>> r = pd.DataFrame({"arena": "AA", "category": "t2v", "snapshot_date": pd.to_datetime(["2026-04-09"]),
    ...     "model": ["a"], "evidence": ["D"], "source_id": ["q"]})
    >>> ratings_once(r, pd.DataFrame({"source_id": [], "note": []}))["AA"]["evidence"].tolist()
    ['D']
    """
    return {str(arena): rated_values(group, provenance)
            for arena, group in rankings.groupby("arena", observed=True, sort=True)}


def rebuilt_boards(rankings: pd.DataFrame, provenance: pd.DataFrame) -> pd.DataFrame:
    """One row per archived board day of a pool (arena, category, snapshot_date): ``rebuilt_only`` when
    every archived copy of it was rebuilt from text; ``checked`` when a rebuilt and a downloaded copy
    exist that day, and then ``shared`` (how many models both copies rate) and ``agree``: the models on both
    have the same ratings (to 0.5 points)."""
    rebuilt_ids = set(provenance.loc[rebuilt_from_text(provenance), "source_id"].astype(str))
    archived = rankings[rankings["evidence"].astype(str) == "A"]
    archived = archived.assign(from_rebuilt=archived["source_id"].astype(str).isin(rebuilt_ids))
    rows = []
    for key, board in archived.groupby(KEYS, observed=True, sort=True):
        kinds = set(board["from_rebuilt"])
        agree, shared = pd.NA, 0
        if kinds == {True, False}:
            ratings = board.groupby(["model", "from_rebuilt"])["elo"].mean().unstack().dropna()
            agree = bool(((ratings[True] - ratings[False]).abs() <= 0.5).all()) if len(ratings) else pd.NA
            shared = len(ratings)
        rows.append(dict(zip(KEYS, key, strict=True), rebuilt_only=kinds == {True},
                         checked=kinds == {True, False}, shared=shared, agree=agree))
    return pd.DataFrame(rows, columns=[*KEYS, "rebuilt_only", "checked", "shared", "agree"])


def is_rebuilt_board(boards: pd.DataFrame, category: str, day: object) -> bool:
    """Whether every archived copy of the ``category`` board of ``day`` was rebuilt from text (``boards``:
    :func:`rebuilt_boards`); False for a day it does not list.

    >>> b = pd.DataFrame({"category": ["t2v", "t2v"], "snapshot_date": pd.to_datetime(["2026-10-08",
    ...     "2026-08-01"]), "rebuilt_only": [True, False]})
    >>> is_rebuilt_board(b, "t2v", "2026-10-08"), is_rebuilt_board(b, "t2v", "2026-08-01")
    (True, False)
    """
    rows = boards[(boards["category"].astype(str) == category)
                  & (pd.to_datetime(boards["snapshot_date"]) == pd.Timestamp(day))]
    return bool(len(rows)) and bool(rows["rebuilt_only"].all())


def boards_from_index_text(rankings: pd.DataFrame, boards: pd.DataFrame, provenance: pd.DataFrame) -> int:
    """How many of ``boards`` (category, snapshot_date rows, e.g. the rebuilt-only rows of
    :func:`rebuilt_boards` for one arena) have a copy in ``rankings`` copied from a search index's text
    (:func:`copied_from_index_text`), not of unrecorded origin.

    >>> r = pd.DataFrame({"category": "t2v", "snapshot_date": pd.to_datetime(["2026-10-08", "2026-10-09"]),
    ...                   "source_id": ["s1", "s2"]})
    >>> prov = pd.DataFrame({"source_id": ["s1", "s2"], "note": ["search index text", "origin unknown"]})
    >>> boards_from_index_text(r, r[["category", "snapshot_date"]], prov)
    1
    """
    copied = rankings.merge(boards[["category", "snapshot_date"]])
    text_ids = provenance.loc[copied_from_index_text(provenance), "source_id"]
    from_text = copied.assign(text=copied["source_id"].isin(text_ids))
    return int(from_text.groupby(["category", "snapshot_date"], observed=True)["text"].any().sum())


def next_day_check(rankings: pd.DataFrame, provenance: pd.DataFrame) -> pd.DataFrame:
    """A plausibility check of the newest rebuilt boards, not a verification (the days differ): per pool
    (arena, category), the last day with a downloaded archived copy (``downloaded_day``), the first board
    after it whose every copy was rebuilt from text (``rebuilt_day``), how many models both rate
    (``shared``) and the largest gap between their ratings (``max_diff``, points). Pools with no such pair
    are left out.

    >>> r = pd.DataFrame({"arena": "AA", "category": "t2v", "snapshot_date": pd.to_datetime(
    ...     ["2026-10-06", "2026-10-06", "2026-10-07", "2026-10-07", "2026-10-08"]),
    ...     "model": ["a", "b", "a", "b", "a"], "elo": [1200.0, 1100.0, 1203.0, 1099.0, 1300.0],
    ...     "evidence": "A", "source_id": ["d", "d", "r1", "r1", "r2"]})
    >>> prov = pd.DataFrame({"source_id": ["d", "r1", "r2"],
    ...     "note": ["(git clone)", "search index", "search index"]})
    >>> next_day_check(r, prov)[["rebuilt_day", "shared", "max_diff"]].values.tolist()
    [[Timestamp('2026-10-07 00:00:00'), 2, 3.0]]
    """
    rebuilt_ids = set(provenance.loc[rebuilt_from_text(provenance), "source_id"].astype(str))
    archived = rankings[rankings["evidence"].astype(str) == "A"]
    archived = archived.assign(from_rebuilt=archived["source_id"].astype(str).isin(rebuilt_ids))
    rows = []
    for (arena, category), pool in archived.groupby(["arena", "category"], observed=True, sort=True):
        downloaded = pool[~pool["from_rebuilt"]]
        if downloaded.empty:
            continue
        last = downloaded["snapshot_date"].max()
        kinds = pool.groupby("snapshot_date")["from_rebuilt"].all()
        later = kinds[(kinds.index > last) & kinds]
        if later.empty:
            continue
        first = later.index.min()
        before = downloaded[downloaded["snapshot_date"] == last].groupby("model")["elo"].mean()
        after = pool[pool["snapshot_date"] == first].groupby("model")["elo"].mean()
        both = pd.concat([before, after], axis=1, keys=["before", "after"]).dropna()
        if both.empty:
            continue
        rows.append({"arena": arena, "category": category, "downloaded_day": last, "rebuilt_day": first,
                     "shared": len(both), "max_diff": float((both["after"] - both["before"]).abs().max())})
    return pd.DataFrame(rows, columns=["arena", "category", "downloaded_day", "rebuilt_day", "shared",
                                       "max_diff"])


def last_downloaded_day(rebuilt: pd.DataFrame | None, arena: str, category: str) -> pd.Timestamp | None:
    """The pool's last board day with a downloaded copy, when a later day's board was only rebuilt from text
    (``rebuilt``: :func:`rebuilt_boards`); None when the latest board was downloaded.

    >>> rebuilt = pd.DataFrame({"arena": "AA", "category": "t", "rebuilt_only": [False, True, True],
    ...     "snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07", "2026-10-10"])})
    >>> last_downloaded_day(rebuilt, "AA", "t")
    Timestamp('2026-10-06 00:00:00')
    """
    if rebuilt is None or rebuilt.empty:
        return None
    pool = rebuilt[(rebuilt["arena"].astype(str) == arena)
                   & (rebuilt["category"].astype(str) == category)].sort_values("snapshot_date")
    if pool.empty or not bool(pool["rebuilt_only"].iloc[-1]):
        return None
    kept = pool[~pool["rebuilt_only"].astype(bool)]
    return None if kept.empty else pd.Timestamp(kept["snapshot_date"].iloc[-1])


def cloned_from_git(provenance: pd.DataFrame) -> pd.Series:
    """True for each raw file whose provenance ``note`` says it is the exact bytes of a git clone.

    >>> cloned_from_git(pd.DataFrame({"note": ["exact bytes of the file at this commit (git clone)",
    ...     "obtained through the search index's read_file", None]})).tolist()
    [True, False, False]
    """
    if "note" not in provenance.columns:
        return pd.Series(False, index=provenance.index)
    notes = provenance["note"].astype("string")
    return notes.str.contains("git clone", regex=False).fillna(False).astype(bool)


def neighbour_day_changes(rankings: pd.DataFrame, provenance: pd.DataFrame) -> pd.DataFrame:
    """Every model's rating change between archived boards of one pool a day apart, for pairs of a
    downloaded and a rebuilt board (``kind`` "rebuilt") and of two downloaded boards (``kind``
    "downloaded"); a board counts as rebuilt when every archived copy of it was rebuilt from text
    (:func:`rebuilt_from_text`), and a day's copies of one kind are averaged per model. Pairs whose model
    pinned at 1,000 differs (a re-rating between them) are left out. One row per model and pair: arena,
    category, ``day`` (the later day), kind, model and ``diff`` (absolute change, points).

    >>> r = pd.DataFrame({"arena": "AA", "category": "t", "snapshot_date": pd.to_datetime(
    ...     ["2026-10-05", "2026-10-05", "2026-10-06", "2026-10-06", "2026-10-07", "2026-10-07"]),
    ...     "model": ["z", "a", "z", "a", "z", "a"], "elo": [1000.0, 1200.0, 1000.0, 1201.0, 1000.0, 1204.0],
    ...     "evidence": "A", "source_id": ["d1", "d1", "d2", "d2", "r", "r"]})
    >>> prov = pd.DataFrame({"source_id": ["d1", "d2", "r"],
    ...                      "note": ["(git clone)", "(git clone)", "search index"]})
    >>> neighbour_day_changes(r, prov)[["kind", "model", "diff"]].values.tolist()
    [['downloaded', 'a', 1.0], ['downloaded', 'z', 0.0], ['rebuilt', 'a', 3.0], ['rebuilt', 'z', 0.0]]
    """
    rebuilt_ids = set(provenance.loc[rebuilt_from_text(provenance), "source_id"].astype(str))
    archived = rankings[rankings["evidence"].astype(str) == "A"]
    archived = archived.assign(from_rebuilt=archived["source_id"].astype(str).isin(rebuilt_ids))
    rows = []
    for (arena, category), pool in archived.groupby(["arena", "category"], observed=True, sort=True):
        only = pool.groupby("snapshot_date")["from_rebuilt"].all()
        boards = {}
        for day, rebuilt in only.items():
            copies = pool[(pool["snapshot_date"] == day) & (pool["from_rebuilt"] == rebuilt)]
            boards[pd.Timestamp(day)] = (bool(rebuilt), copies.groupby("model")["elo"].mean())
        for day, (rebuilt, after) in sorted(boards.items()):
            before_day = day - pd.Timedelta(days=1)
            if before_day not in boards:
                continue
            rebuilt_before, before = boards[before_day]
            if rebuilt and rebuilt_before:
                continue
            anchors = [set(b.index[b == 1000.0]) for b in (before, after)]
            if all(anchors) and anchors[0] != anchors[1]:
                continue
            both = pd.concat([before, after], axis=1, keys=["before", "after"]).dropna()
            kind = "rebuilt" if rebuilt or rebuilt_before else "downloaded"
            rows += [{"arena": arena, "category": category, "day": day, "kind": kind, "model": model,
                      "diff": float(abs(row["after"] - row["before"]))} for model, row in both.iterrows()]
    return pd.DataFrame(rows, columns=["arena", "category", "day", "kind", "model", "diff"])


def same_day_differences(rankings: pd.DataFrame, provenance: pd.DataFrame) -> pd.Series:
    """Per model and board held by two or more repositories' archived copies (downloaded or rebuilt from
    text), the gap between the highest and the lowest rating (points): the same-day baseline for
    day-to-day checks (copies of one day may be saved hours apart).

    >>> r = pd.DataFrame({"arena": "A", "category": "t", "snapshot_date": pd.Timestamp("2026-08-20"),
    ...     "model": ["a", "b", "a", "b"], "elo": [916.0, 900.0, 914.0, 900.0], "evidence": "A",
    ...     "source_id": ["x", "x", "y", "y"]})
    >>> p = pd.DataFrame({"source_id": ["x", "y"], "repository": ["o/x", "o/y"], "note": ["bytes", "bytes"]})
    >>> same_day_differences(r, p).tolist()
    [2.0, 0.0]
    """
    files = provenance[["source_id", "repository"]]
    m = rankings[rankings["evidence"].astype(str) == "A"].merge(files, on="source_id")
    per = m.groupby([*KEYS, "model"], observed=True).agg(n=("repository", "nunique"), lo=("elo", "min"),
                                                         hi=("elo", "max"))
    per = per[per["n"] > 1]
    return (per["hi"] - per["lo"]).astype(float).rename("diff")


def same_day_widest(rankings: pd.DataFrame, provenance: pd.DataFrame) -> pd.Series:
    """The widest gap between two repositories' archived copies of one board (:func:`same_day_differences`):
    ``diff`` (points), ``rebuilt`` (True when every copy of that model on that board was rebuilt from text,
    :func:`rebuilt_from_text`) and ``hours`` (between the earliest and latest save of those copies, from
    ``snapshot_time``); an empty Series when no board has two repositories' copies.

    >>> r = pd.DataFrame({"arena": "A", "category": "t", "snapshot_date": pd.Timestamp("2026-08-20"),
    ...     "model": ["a", "a"], "elo": [1228.0, 1236.0], "evidence": "A", "source_id": ["x", "y"]})
    >>> p = pd.DataFrame({"source_id": ["x", "y"], "repository": ["o/x", "o/y"], "note": ["idx", "idx"],
    ...     "snapshot_time": ["2026-08-20T12:48:22Z", "2026-08-20T01:56:20Z"]})
    >>> same_day_widest(r, p).to_dict()
    {'diff': 8.0, 'rebuilt': True, 'hours': 10.9}
    """
    gaps = same_day_differences(rankings, provenance)
    if gaps.empty:
        return pd.Series(dtype=object)
    key = gaps.idxmax()
    files = provenance[["source_id", "repository", "snapshot_time"]].assign(
        rebuilt=rebuilt_from_text(provenance).to_numpy())
    m = rankings[rankings["evidence"].astype(str) == "A"].merge(files, on="source_id")
    mine = m.set_index([*KEYS, "model"]).loc[[key]]
    times = pd.to_datetime(mine["snapshot_time"], utc=True, errors="coerce")
    hours = round((times.max() - times.min()).total_seconds() / 3600, 1) if times.notna().all() else None
    return pd.Series({"diff": float(gaps.max()), "rebuilt": bool(mine["rebuilt"].all()), "hours": hours})
