"""How one model's rating moved since it first appeared, per pool and scale epoch.

Ratings drift after launch as votes accumulate and newer models join (the research notes show
Runway Gen-4.5 at 1247 on launch day and about 1212 nine months later). Values are compared only
within one ``arena``, ``category`` and ``scale_epoch``: a model seen in two epochs gets two rows.

Row choice: for each day the model's row with the best evidence grade is used, then one with an
interval, then the smallest ``source_id``; rank-only rows (no rating) are skipped.

Example::

    >>> import pandas as pd
    >>> from videomarket.leaderboard import rating_drift
    >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2025-12-01", "2026-09-02"]),
    ...     "arena": "Artificial Analysis", "category": "text-to-video", "model": "runway-gen-4-5",
    ...     "rank": [1, 15], "elo": [1247.0, 1212.0], "scale_epoch": "aa-t2v-1", "evidence": ["C", "A"],
    ...     "source_id": ["press", "archive"]})
    >>> rating_drift("runway-gen-4-5", t)[["first_elo", "latest_elo", "change", "days"]].values.tolist()
    [[1247.0, 1212.0, -35.0, 275]]
"""

from __future__ import annotations

import difflib

import pandas as pd

from videomarket.data.schemas import AA_POOLS, ARENAS, check_pool
from videomarket.leaderboard._boards import grade_order, pool_rows
from videomarket.leaderboard._spells import leader_spells

DEBUT_COLUMNS = (
    "snapshot_date", "source_id", "evidence", "model", "model_name", "rank", "elo", "gap", "p_model_wins",
    "votes_to_tell",
)
DRIFT_COLUMNS = (
    "model", "model_name", "arena", "category", "scale_epoch", "first_date", "first_elo", "first_rank",
    "first_evidence", "latest_date", "latest_elo", "latest_rank", "latest_evidence", "change", "days",
    "n_snapshots", "peak_elo", "peak_date", "intervals_overlap",
)


def rating_drift(
    model: str, rankings: pd.DataFrame, arena: str | None = None, category: str | None = None
) -> pd.DataFrame:
    """First and latest rating of ``model`` (canonical id), per pool and scale epoch.

    ``change`` = latest - first (rating points), ``days`` = days between the two boards,
    ``intervals_overlap`` = whether the first and latest confidence intervals overlap (NA when one
    is unknown): a change whose intervals overlap may be noise. Leave ``arena`` / ``category`` as
    None to cover every pool the model appears in.
    """
    if "model" not in rankings.columns:
        raise ValueError("rankings table lacks column `model`")
    mine = rankings[rankings["model"].astype("string") == model]
    if mine.empty:
        raise ValueError(_unknown_model_message(model, rankings))
    pools = mine[["arena", "category"]].astype("string").drop_duplicates()
    if arena is not None:
        pools = pools[pools["arena"] == arena]
    if category is not None:
        pools = pools[pools["category"] == category]
    if pools.empty:
        check_pool(ARENAS[0] if arena is None else arena, AA_POOLS[0] if category is None else category)
        raise ValueError(f"model {model!r} has no rows for arena={arena!r}, category={category!r}")
    records = []
    for pool in pools.sort_values(["arena", "category"]).itertuples():
        rows = pool_rows(mine, pool.arena, pool.category)
        rows = _one_row_per_day(rows[rows["elo"].notna()])
        records += [_drift_record(epoch_rows) for _, epoch_rows in rows.groupby("scale_epoch", sort=False)]
    if not records:
        raise ValueError(f"model {model!r} has no rating (elo) in the selected pools, only ranks")
    result = pd.DataFrame.from_records(records, columns=list(DRIFT_COLUMNS))
    return result.astype({"first_date": "datetime64[ns]", "latest_date": "datetime64[ns]",
                          "peak_date": "datetime64[ns]", "first_elo": "Float64", "latest_elo": "Float64",
                          "change": "Float64", "peak_elo": "Float64", "first_rank": "Int64",
                          "latest_rank": "Int64", "days": "int64", "n_snapshots": "int64",
                          "intervals_overlap": "boolean"})


def leader_drift(
    rankings: pd.DataFrame, arena: str, category: str, models: object = None
) -> pd.DataFrame:
    """:func:`rating_drift` of several models in one pool, stacked (oldest leader first).

    ``models``: canonical ids, in order (default: every model that was #1 on a board of ``rankings``,
    :func:`videomarket.leaderboard.leader_spells`). A model without any rating in the pool's rows of
    ``rankings`` (a rank-only quote, or not listed at all) is left out, so passing archived rows only
    gives the drift between boards with intervals. Empty (same columns) when no model is left.

    >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-04-10", "2026-09-30"] * 2),
    ...     "arena": "Artificial Analysis", "category": "text-to-video", "model": ["h", "h", "w", "w"],
    ...     "rank": [1, 4, 9, 1], "elo": [1389.0, 1286.0, 1230.0, 1335.0], "scale_epoch": "e1",
    ...     "evidence": "A", "source_id": ["s1", "s2", "s1", "s2"]})
    >>> leader_drift(t, "Artificial Analysis", "text-to-video")[["model", "change"]].values.tolist()
    [['h', -103.0], ['w', 105.0]]
    """
    rows = pool_rows(rankings, arena, category)
    if models is None:
        models = leader_spells(rows, arena, category)["model"]
    rated = set(rows.loc[rows["elo"].notna(), "model"].astype(str))
    chosen = [m for m in dict.fromkeys(str(m) for m in models) if m in rated]
    frames = [rating_drift(m, rows, arena, category) for m in chosen]
    if not frames:
        return pd.DataFrame(columns=list(DRIFT_COLUMNS))
    return pd.concat(frames, ignore_index=True)


def _one_row_per_day(rows: pd.DataFrame) -> pd.DataFrame:
    ranked = rows.assign(
        _grade=rows["evidence"].map(grade_order),
        _no_ci=rows["ci_low"].isna() | rows["ci_high"].isna(),
    ).sort_values(["snapshot_date", "_grade", "_no_ci", "source_id"])
    return ranked.drop_duplicates("snapshot_date").drop(columns=["_grade", "_no_ci"])


def _drift_record(rows: pd.DataFrame) -> dict[str, object]:
    rows = rows.sort_values("snapshot_date")
    first, latest = rows.iloc[0], rows.iloc[-1]
    peak = rows.loc[rows["elo"].astype(float).idxmax()]
    return {
        "model": first["model"], "model_name": latest["model_name"], "arena": first["arena"],
        "category": first["category"], "scale_epoch": first["scale_epoch"],
        "first_date": first["snapshot_date"], "first_elo": first["elo"], "first_rank": first["rank"],
        "first_evidence": first["evidence"], "latest_date": latest["snapshot_date"],
        "latest_elo": latest["elo"], "latest_rank": latest["rank"], "latest_evidence": latest["evidence"],
        "change": latest["elo"] - first["elo"],
        "days": (latest["snapshot_date"] - first["snapshot_date"]).days,
        "n_snapshots": len(rows), "peak_elo": peak["elo"], "peak_date": peak["snapshot_date"],
        "intervals_overlap": _overlap(first, latest),
    }


def _overlap(a: pd.Series, b: pd.Series) -> object:
    bounds = (a["ci_low"], a["ci_high"], b["ci_low"], b["ci_high"])
    if any(pd.isna(v) for v in bounds):
        return pd.NA
    return bool(a["ci_low"] <= b["ci_high"] and b["ci_low"] <= a["ci_high"])


def _unknown_model_message(model: str, rankings: pd.DataFrame) -> str:
    ids = sorted(set(rankings["model"].dropna().astype(str)))
    by_name = {}
    if "model_name" in rankings.columns:
        by_name = dict(zip(rankings["model_name"].astype(str), rankings["model"].astype(str), strict=True))
    if model in by_name:
        return f"model {model!r} is a board name; use its canonical id {by_name[model]!r} (column `model`)"
    close = difflib.get_close_matches(model, ids, n=3)
    hint = f"; did you mean {close}?" if close else ""
    return f"model {model!r} not found in column `model` (canonical ids){hint}"


def debut_context(model: str, rankings: pd.DataFrame, arena: str, category: str) -> pd.DataFrame:
    """What every source quoted on the first day ``model`` appears in a pool: its debut in context.

    One row per (source, model) of that day, the model itself included, best rank first. Unlike a
    day's board (one source, see :mod:`videomarket.leaderboard._boards`) this keeps every source, as
    press coverage of a launch is scattered; each row names its source and grade. ``gap`` = the
    model's rating minus the row's (the model's best-grade rating that day, same scale epoch),
    ``p_model_wins`` = chance the model wins one vote against that row's model
    (:func:`videomarket.arena.win_probability`), ``votes_to_tell`` =
    :func:`videomarket.arena.votes_needed` for that gap; NA where a rating is missing.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2025-12-01"] * 2), "arena": "LMArena",
    ...     "category": "text-to-video", "model": ["runway", "veo"], "rank": [1, pd.NA],
    ...     "elo": [1247.0, 1226.0], "scale_epoch": "e1", "evidence": "B", "source_id": ["p1", "p2"]})
    >>> context = debut_context("runway", t, "LMArena", "text-to-video")
    >>> context[["model", "gap", "votes_to_tell"]].values.tolist()
    [['runway', 0.0, <NA>], ['veo', 21.0, 2152]]
    """
    rows = pool_rows(rankings, arena, category)
    mine = rows[rows["model"] == model]
    if mine.empty:
        raise ValueError(f"model {model!r} has no rows in {arena} {category}")
    today = rows[rows["snapshot_date"] == mine["snapshot_date"].min()]
    context = today.sort_values(["rank", "elo", "source_id"], ascending=[True, False, True],
                                na_position="last").reset_index(drop=True)
    own = _one_row_per_day(today[(today["model"] == model) & today["elo"].notna()])
    gaps, wins, votes = _against(own.iloc[0] if not own.empty else None, context, model)
    context = context.assign(gap=pd.array(gaps, dtype="Float64"),
                             p_model_wins=pd.array(wins, dtype="Float64"),
                             votes_to_tell=pd.array(votes, dtype="Int64"))
    return context[list(DEBUT_COLUMNS)]


def _against(own: pd.Series | None, context: pd.DataFrame, model: str) -> tuple[list, list, list]:
    """Gap, one-vote win chance and votes needed of ``own`` against each row (same scale epoch only)."""
    from videomarket.arena import votes_needed, win_probability

    gaps, wins, votes = [], [], []
    for row in context.itertuples():
        comparable = own is not None and pd.notna(row.elo) and row.scale_epoch == own["scale_epoch"]
        gap = float(own["elo"] - row.elo) if comparable else None
        rival = comparable and row.model != model
        gaps.append(gap)
        wins.append(float(win_probability(float(own["elo"]), float(row.elo))) if rival else None)
        votes.append(votes_needed(abs(gap)) if rival and gap else None)
    return gaps, wins, votes
