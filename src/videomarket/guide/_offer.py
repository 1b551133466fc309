"""What each developer offers across pools, and the best model with a catalogue flag.

* :func:`flagged_leaders`: per pool, the best-rated model whose catalogue flag (``open_weights``,
  ``native_audio``) is True, with its chance of being truly best among the flagged top rows. Models
  whose flag is unknown are counted, and so are those rated above the flagged best (one of them may
  belong to the subset).
* :func:`developer_offer`: one row per developer, counted as its parent company
  (:func:`videomarket.leaderboard.parent_developer`: brands and sub-teams count for their parent, a
  hosting platform is never credited), its best model and rank on each pool's board of the date, and
  the board labels that were counted for it.

Boards are those of :func:`videomarket.guide.board_on` (same date window and evidence rules).

Example::

    >>> from videomarket import data, guide
    >>> guide.developer_offer(data.load_rankings(), data.load_models()).head(3)  # doctest: +SKIP
"""

from __future__ import annotations

import pandas as pd

from videomarket.guide._boards import (
    AA_POOLS,
    ARENA,
    NoBoardError,
    board_top,
    boards_by_pool,
    catalogue_facts,
    typed_table,
    with_catalogue,
)
from videomarket.leaderboard import canonical_creator, drop_duplicate_entries, parent_developer


def flagged_leaders(
    rankings: pd.DataFrame,
    models: pd.DataFrame,
    flag: str,
    date: object = None,
    *,
    arena: str = ARENA,
    categories: tuple[str, ...] = AA_POOLS,
    not_before: object = None,
    worst_grade: str = "C",
    top_n: int = 10,
    seed: int = 0,
) -> pd.DataFrame:
    """Per pool, the best-rated model whose catalogue ``flag`` (e.g. ``"open_weights"``) is True.

    Columns: ``category``, ``snapshot_date``, ``model``, ``model_name``, ``developer``, ``rank``,
    ``elo``, ``ci_low``, ``ci_high``, ``p_best`` (probability of being truly best among the flagged
    top rows), ``leader_name``, ``gap_to_leader``, ``n_flagged``, ``n_unknown`` (flag not in the
    catalogue), ``n_unknown_above`` (of those, rated above the flagged best), ``note``.
    """
    if flag not in models.columns:
        raise ValueError(f"models table has no column {flag!r}")
    facts = catalogue_facts(models, [flag])
    records = []
    for category, board in boards_by_pool(rankings, date, arena, categories, not_before, worst_grade):
        if isinstance(board, NoBoardError):
            records.append({"category": category, "note": str(board)})
            continue
        records.append(_flagged_record(category, with_catalogue(board, facts), flag, top_n, seed))
    return typed_table(pd.DataFrame.from_records(records, columns=list(_FLAGGED_COLUMNS)))


_FLAGGED_COLUMNS = (
    "category", "snapshot_date", "model", "model_name", "developer", "rank", "elo", "ci_low", "ci_high",
    "p_best", "leader_name", "gap_to_leader", "n_flagged", "n_unknown", "n_unknown_above", "note",
)


def _flagged_record(category: str, board: pd.DataFrame, flag: str, top_n: int, seed: int) -> dict:
    known = board[flag].notna()
    flagged = board[known & board[flag].fillna(False).astype(bool)]
    base = {"category": category, "snapshot_date": board["snapshot_date"].iloc[0], "n_flagged": len(flagged),
            "n_unknown": int((~known).sum()), "leader_name": board["model_name"].iloc[0]}
    if flagged.empty:
        return base | {"note": f"no model on the board has {flag} = True"}
    best = board_top(flagged, top_n, seed=seed).iloc[0]
    above_unknown = board[~known & (board["elo"] > best["elo"]).fillna(False)]
    return base | {
        "model": best["model"], "model_name": best["model_name"], "developer": best["developer"],
        "rank": best["rank"], "elo": best["elo"], "ci_low": best["ci_low"], "ci_high": best["ci_high"],
        "p_best": best["p_leader"], "gap_to_leader": board["elo"].max() - best["elo"],
        "n_unknown_above": len(above_unknown), "note": "",
    }


def developer_offer(
    rankings: pd.DataFrame,
    models: pd.DataFrame,
    date: object = None,
    *,
    arena: str = ARENA,
    categories: tuple[str, ...] = AA_POOLS,
    worst_grade: str = "C",
) -> pd.DataFrame:
    """What each developer (parent company) has on each pool's board: its best model and rank there.

    One row per parent company: ``developer``, ``n_models`` (distinct models on these boards),
    ``best_rank`` (its best rank on any pool), then one column per pool with ``"<model name> (#rank)"``
    or NA when absent, ``brands`` (other developer labels the boards use for it, e.g. "KlingAI" for
    Kuaishou, joined by ", ") and ``hosted`` (its models a hosting platform lists under its own name,
    e.g. "MiniMax H3 Max (listed by Fal)"). Best-ranked developers first. Pools without a board on
    ``date`` are left out (no column). An entry a board lists twice counts once.

    >>> board = pd.DataFrame({"snapshot_date": pd.Timestamp("2026-10-10"), "arena": "Artificial Analysis",
    ...     "category": "text-to-video", "model": ["k", "h"], "model_name": ["Kling 3.0", "MiniMax H3 Max"],
    ...     "creator": ["KlingAI", "Fal"], "rank": [1, 2], "elo": [1200.0, 1190.0], "scale_epoch": "e",
    ...     "evidence": "A", "source_id": "s"})
    >>> offer = developer_offer(board, pd.DataFrame({"model": [], "developer": []}),
    ...                         categories=("text-to-video",))
    >>> offer[["developer", "text-to-video", "brands"]].values.tolist()
    [['Kuaishou', 'Kling 3.0 (#1)', 'KlingAI'], ['MiniMax', 'MiniMax H3 Max (#2)', '']]
    >>> offer["hosted"].tolist()
    ['', 'MiniMax H3 Max (listed by Fal)']
    """
    facts = catalogue_facts(models, [])
    rows = []
    for category, board in boards_by_pool(rankings, date, arena, categories, None, worst_grade):
        if isinstance(board, NoBoardError):
            continue
        rows.append(with_catalogue(drop_duplicate_entries(board), facts).assign(category=category))
    if not rows:
        raise NoBoardError(f"no board on or before {date} in any of {categories}")
    boards = pd.concat(rows, ignore_index=True)
    best = boards.sort_values(["rank", "elo"], ascending=[True, False])
    best = best.drop_duplicates(["developer", "category"])
    best = best.assign(cell=best["model_name"].astype(str) + " (#" + best["rank"].astype(str) + ")")
    table = best.pivot(index="developer", columns="category", values="cell")
    table = table[[c for c in categories if c in table.columns]]
    summary = boards.groupby("developer").agg(n_models=("model", "nunique"), best_rank=("rank", "min"))
    labels = boards.groupby("developer").apply(_labels, include_groups=False)
    result = summary.join(table).join(labels).reset_index()
    result = result.sort_values(["best_rank", "developer"], ignore_index=True)
    result.columns.name = None
    return result


def _labels(rows: pd.DataFrame) -> pd.Series:
    """The board labels counted for one parent: its brands and spellings, and its models a hosting
    platform lists (a label :func:`videomarket.leaderboard.parent_developer` does not credit)."""
    parent = str(rows.name)
    creators = rows["creator"].astype(str).str.strip()
    names = rows["model_name"].astype(str)
    hosted_by = [canonical_creator(c) != parent_developer(c, n) for c, n in zip(creators, names, strict=True)]
    hosted_rows = rows[hosted_by]
    brands = sorted({c for c, host in zip(creators, hosted_by, strict=True)
                     if not host and c != parent and "/" not in c})
    hosted = {f"{n} (listed by {c})" for n, c in zip(hosted_rows["model_name"].astype(str),
                                                     hosted_rows["creator"].astype(str), strict=True)}
    return pd.Series({"brands": ", ".join(brands), "hosted": "; ".join(sorted(hosted))})
