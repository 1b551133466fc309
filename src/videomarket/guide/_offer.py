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

from typing import Unpack

import pandas as pd

from videomarket.guide._boards import (
    AA_POOLS,
    ARENA,
    NoBoardError,
    PoolOptions,
    board_options,
    board_top,
    boards_by_pool,
    built_on,
    catalogue_facts,
    model_names,
    pool_options,
    typed_table,
    usable_rows,
    with_catalogue,
)
from videomarket.leaderboard import canonical_creator, drop_duplicate_entries, parent_developer


def flagged_leaders(
    rankings: pd.DataFrame, models: pd.DataFrame, flag: str, date: object = None,
    **options: Unpack[PoolOptions],
) -> pd.DataFrame:
    """Per pool, the best-rated model whose catalogue ``flag`` (e.g. ``"open_weights"``) is True.

    Options: :class:`~videomarket.guide._boards.PoolOptions` (those of :func:`pool_leaders`).
    Columns: ``category``, ``snapshot_date``, ``board_size``, ``model``, ``model_name``, ``developer``,
    ``rank``, ``elo``, ``ci_low``, ``ci_high``, ``p_best`` (probability of being truly best among the
    flagged top rows), ``leader_name``, ``gap_to_leader``, ``n_flagged``, ``n_unknown`` (flag not in
    the catalogue), ``n_unknown_above`` (of those, rated above the flagged best), ``unknown_models``
    and ``unknown_above_models`` (their ids, joined by ", "), ``variants`` (of those above, the ones
    whose name starts with the name of a model the catalogue flags, e.g. "MiniMax H3 (768p) (#3)"
    beside the flagged MiniMax H3, joined by "; ") and ``variant_of`` (the flagged models they extend),
    ``note``.
    """
    if flag not in models.columns:
        raise ValueError(f"models table has no column {flag!r}")
    facts = catalogue_facts(models, [flag])
    names = models.loc[models[flag].fillna(False).astype(bool), "model_name"] if "model_name" in models \
        else pd.Series(dtype=object)
    flagged_names = sorted({str(n) for n in names.dropna()}, key=len, reverse=True)
    records = []
    chosen = pool_options(options)
    for category, board in boards_by_pool(rankings, date, *board_options(chosen)):
        if isinstance(board, NoBoardError):
            records.append({"category": category, "note": str(board)})
            continue
        records.append(_flagged_record(category, with_catalogue(board, facts), flag, chosen["top_n"],
                                       chosen["seed"], flagged_names))
    return typed_table(pd.DataFrame.from_records(records, columns=list(_FLAGGED_COLUMNS)))


_FLAGGED_COLUMNS = (
    "category", "snapshot_date", "board_size", "model", "model_name", "developer", "rank", "elo", "ci_low",
    "ci_high", "p_best", "leader_name", "gap_to_leader", "n_flagged", "n_unknown", "n_unknown_above",
    "unknown_models", "unknown_above_models", "variants", "variant_of", "note",
)


def _flagged_record(category: str, board: pd.DataFrame, flag: str, top_n: int, seed: int,
                    flagged_names: list[str]) -> dict:
    known = board[flag].notna()
    flagged = board[known & board[flag].fillna(False).astype(bool)]
    unknown = board[~known]
    base = {"category": category, "snapshot_date": board["snapshot_date"].iloc[0], "board_size": len(board),
            "n_flagged": len(flagged), "n_unknown": len(unknown), "leader_name": board["model_name"].iloc[0],
            "unknown_models": ", ".join(unknown["model"].astype(str))}
    if flagged.empty:
        return base | {"note": f"no model on the board has {flag} = True"}
    best = board_top(flagged, top_n, seed=seed).iloc[0]
    above_unknown = unknown[(unknown["elo"] > best["elo"]).fillna(False)].sort_values("rank")
    bases = {str(r.model_name): (_variant_of(str(r.model_name), flagged_names)
                                 or _based_on(str(r.model), flagged_names))
             for r in above_unknown.itertuples()}
    variants = [f"{r.model_name} (#{int(r.rank)})" for r in above_unknown.itertuples()
                if bases[str(r.model_name)]]
    return base | {
        "model": best["model"], "model_name": best["model_name"], "developer": best["developer"],
        "rank": best["rank"], "elo": best["elo"], "ci_low": best["ci_low"], "ci_high": best["ci_high"],
        "p_best": best["p_leader"], "gap_to_leader": board["elo"].max() - best["elo"],
        "n_unknown_above": len(above_unknown),
        "unknown_above_models": ", ".join(above_unknown["model"].astype(str)),
        "variants": "; ".join(variants),
        "variant_of": "; ".join(dict.fromkeys(b for b in bases.values() if b)), "note": "",
    }


def _based_on(model: str, flagged_names: list[str]) -> str:
    """The flagged model an entry is listed as based on, from its id ("MiniMax H3" for
    "utopai-x-based-on-minimax-h3"), or "".

    >>> _based_on("utopai-x-based-on-minimax-h3", ["MiniMax H3"]), _based_on("wan-3-0", ["MiniMax H3"])
    ('MiniMax H3', '')
    """
    if "-based-on-" not in model:
        return ""
    base = model.split("-based-on-", 1)[1]
    return next((name for name in flagged_names if name.lower().replace(" ", "-") == base), "")


def _variant_of(name: str, flagged_names: list[str]) -> str:
    """The flagged model whose name ``name`` extends ("MiniMax H3" for "MiniMax H3 (768p)" and "MiniMax
    H3 Max"; none for "LTX-2.5 Fast", which is not "LTX-2 Fast"), or ""."""
    return next((base for base in flagged_names if name.startswith((f"{base} ", f"{base}("))), "")


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
    ``best_rank`` (its best rank on any pool), ``best_share`` (its best rank as a share of the board's
    size) and ``best_place`` ("#1 of 32": its best rank, on the larger board when two boards give the
    same rank; models sharing a rating share the rank, marked "=2"),
    ``n_pools`` (boards it has a model on),
    then one column per pool with ``"<model name> (#rank of board size)"`` or NA when absent,
    ``n_led`` (pools where it has the #1 model, a shared #1 included), ``order`` (its place in the
    order: "#1", or "=3" for developers equal on pools led and best rank), ``brands`` (other
    developer labels the boards use for it, e.g. "KlingAI" for Kuaishou, joined by ", "), ``hosted``
    (its models a hosting platform lists under its own name, e.g. "MiniMax H3 Max
    (listed by Fal)") and ``derived`` (its own models built on another's model, e.g. "Utopai X
    (based on MiniMax H3)"; see :func:`videomarket.guide.built_on`). Developers leading the most pools
    first, then by best rank, then by name. Pools without a board on ``date``
    are left out (no column). An entry a board lists twice counts once.

    >>> board = pd.DataFrame({"snapshot_date": pd.Timestamp("2026-10-10"), "arena": "Artificial Analysis",
    ...     "category": "text-to-video", "model": ["k", "h"], "model_name": ["Kling 3.0", "MiniMax H3 Max"],
    ...     "creator": ["KlingAI", "Fal"], "rank": [1, 2], "elo": [1200.0, 1190.0], "scale_epoch": "e",
    ...     "evidence": "A", "source_id": "s"})
    >>> offer = developer_offer(board, pd.DataFrame({"model": [], "developer": []}),
    ...                         categories=("text-to-video",))
    >>> offer[["order", "developer", "n_led", "text-to-video", "best_place", "brands"]].values.tolist()
    ... # doctest: +NORMALIZE_WHITESPACE
    [['#1', 'Kuaishou', 1, 'Kling 3.0 (#1 of 2)', '#1 of 2', 'KlingAI'],
     ['#2', 'MiniMax', 0, 'MiniMax H3 Max (#2 of 2)', '#2 of 2', '']]
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
    names = model_names(usable_rows(rankings, worst_grade))
    boards["built_on"] = [built_on(m, n, names)
                          for m, n in zip(boards["model"], boards["model_name"], strict=True)]
    sizes = boards.groupby("category")["model"].transform("size")
    tied = boards.duplicated(["category", "elo"], keep=False) & boards["elo"].notna()
    shared = boards.groupby(["category", "elo"])["rank"].transform("min")
    boards = boards.assign(board_size=sizes, rank=boards["rank"].where(~tied, shared),
                           mark=pd.Series("#", index=boards.index).where(~tied, "="))
    boards = boards.assign(share=boards["rank"].astype(float) / boards["board_size"])
    best = boards.sort_values(["share", "rank", "board_size", "elo"], ascending=[True, True, False, False])
    best = best.drop_duplicates(["developer", "category"])
    best = best.assign(cell=best["model_name"].astype(str) + " (" + best["mark"] + best["rank"].astype(int)
                       .astype(str) + " of " + best["board_size"].astype(str) + ")")
    table = best.pivot(index="developer", columns="category", values="cell")
    table = table[[c for c in categories if c in table.columns]]
    summary = boards.groupby("developer").agg(n_models=("model", "nunique"), best_rank=("rank", "min"),
                                              best_share=("share", "min"))
    first = (best.sort_values(["rank", "board_size", "elo"], ascending=[True, False, False])
             .drop_duplicates("developer").set_index("developer"))
    summary["best_place"] = (first["mark"] + first["rank"].astype(int).astype(str) + " of "
                             + first["board_size"].astype(str)).reindex(summary.index)
    summary["n_pools"] = best.groupby("developer")["category"].nunique().reindex(summary.index)
    summary["n_led"] = (best.loc[best["rank"] == 1].groupby("developer")["category"].nunique()
                        .reindex(summary.index).fillna(0).astype(int))
    labels = boards.groupby("developer").apply(_labels, include_groups=False)
    result = summary.join(table).join(labels).reset_index()
    result = result.sort_values(["n_led", "best_rank", "developer"], ascending=[False, True, True],
                                ignore_index=True)
    key = list(zip(-result["n_led"], result["best_rank"], strict=True))
    place = pd.Series([1 + key.index(k) for k in key], index=result.index)
    shared = pd.Series(key, index=result.index).duplicated(keep=False)
    result["order"] = ("#" + place.astype(str)).where(~shared, "=" + place.astype(str))
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
    own = rows[~pd.Series(hosted_by, index=rows.index, dtype=bool) & rows["built_on"].notna()]
    derived = {f"{n} (based on {b})"
               for n, b in zip(own["model_name"].astype(str), own["built_on"].astype(str), strict=True)}
    return pd.Series({"brands": ", ".join(brands), "hosted": "; ".join(sorted(hosted)),
                      "derived": "; ".join(sorted(derived))})
