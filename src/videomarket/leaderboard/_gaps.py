"""Gaps between #1 and #2 over a pool's history, and the votes it takes to tell them.

* :func:`reported_ratings`: the ratings quoted on one day, gathered across all the sources that
  relayed them (read them with :func:`videomarket.arena.head_to_head`).
* :func:`leader_gaps`: the #1–#2 margin of every day's board (from
  :func:`videomarket.leaderboard.daily_leaders`), what it means as head-to-head preference and how
  many votes separate it; :func:`gap_summary` condenses it (median gap and its votes).

Example::

    >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-01-01"] * 2), "arena": "LMArena",
    ...     "category": "text-to-video", "model": ["a", "b"], "rank": [1, 2], "elo": [1250.0, 1229.0],
    ...     "scale_epoch": "e1", "evidence": "A", "source_id": "s"})
    >>> float(gap_summary(leader_gaps(t, "LMArena", "text-to-video"))["median_margin"])
    21.0
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from videomarket import arena
from videomarket.leaderboard._boards import daily_boards, daily_leaders, grade_order, pool_rows
from videomarket.leaderboard._odds import board_fingerprint, why_no_odds

GAP_COLUMNS = (
    "snapshot_date",
    "scale_epoch",
    "model",
    "model_name",
    "runner_up",
    "runner_up_name",
    "margin",
    "p_preferred",
    "votes_needed",
    "new_leader",
    "leader_since",
    "days_unseen_before",
    "evidence",
    "source_id",
    "unchanged",
)


def reported_ratings(rankings: pd.DataFrame, arena_name: str, category: str, date: object) -> pd.DataFrame:
    """Every model's rating quoted for one day, gathered across all the sources that relayed it.

    Press articles each quote part of the same day's board, so no single source holds the day's
    gaps: this takes, per model, the best-graded quote (then the smallest source id); its ``rank`` is
    the best-graded rank any source gave that model that day (a page may give the rank and another
    the rating). Columns: model, model_name, creator, rank, elo, evidence, source_id, rank_source_id,
    source_ids (every source quoting the model that day), n_sources, values_disagree (another source
    quoted a different rating), snapshot_date, arena, category, best first. Raises ValueError if no
    rating is quoted.

    Example::

        >>> from videomarket import data
        >>> reported_ratings(data.load_rankings(), "Artificial Analysis", "text-to-video",
        ...                  "2025-12-01")["elo"].tolist()  # doctest: +SKIP
        [1247.0, 1226.0, 1225.0, 1206.0]
    """
    rows = pool_rows(rankings, arena_name, category)
    day = pd.Timestamp(date)
    that_day = rows[rows["snapshot_date"] == day].assign(grade=lambda f: f["evidence"].map(grade_order))
    quoted = that_day[that_day["elo"].notna()].copy()
    if quoted.empty:
        raise ValueError(f"no {arena_name} / {category} rating is quoted for {day.date()}")
    ranked = that_day[that_day["rank"].notna()].sort_values(["model", "grade", "source_id"])
    ranked = ranked.drop_duplicates("model").set_index("model")
    every_source = that_day.groupby("model")["source_id"].agg(lambda s: ", ".join(sorted(set(map(str, s)))))
    quoted = quoted.sort_values(["model", "grade", "source_id"])
    spread = quoted.groupby("model")["elo"].agg(["nunique", "size"])
    best = quoted.drop_duplicates("model").set_index("model")
    best["n_sources"] = spread["size"]
    best["values_disagree"] = spread["nunique"] > 1
    best["rank"] = best["rank"].fillna(ranked["rank"].reindex(best.index)).astype("Int64")
    best["rank_source_id"] = ranked["source_id"].reindex(best.index).astype("string")
    best["source_ids"] = every_source.reindex(best.index)
    best = best.reset_index().sort_values(["elo", "model"], ascending=[False, True], ignore_index=True)
    columns = [
        "model",
        "model_name",
        "creator",
        "rank",
        "elo",
        "evidence",
        "source_id",
        "rank_source_id",
        "source_ids",
        "n_sources",
        "values_disagree",
    ]
    result = best[columns].astype({"n_sources": "int64", "values_disagree": "bool", "elo": "float64"})
    return result.assign(snapshot_date=day, arena=arena_name, category=category)


def leader_gaps(
    rankings: pd.DataFrame, arena_name: str, category: str, *, alpha: float = 0.05, power: float = 0.8,
    complete: bool = False, distinct: bool = False,
) -> pd.DataFrame:
    """The #1–#2 margin of every day's board with one, as preference and as votes needed.

    One row per day with a margin: ``runner_up`` and ``runner_up_name`` (its latest board name),
    ``margin`` (rating points, same board), ``p_preferred`` (how
    often the leader would be preferred to the runner-up in one vote), ``votes_needed`` (head-to-head
    votes to tell that gap from zero at ``alpha`` with ``power``; inf for a zero gap),
    ``new_leader`` (the first board with a margin of a run at #1 that follows another leader's),
    ``leader_since`` (the run's first board, which may have had no runner-up) and
    ``days_unseen_before`` (days without any board between the previous leader's last board and that
    first board: the change happened somewhere in them), epoch, grade and source,
    ``unchanged`` (the board repeats the previous row's board exactly: same models, ratings and
    intervals, an archive's copy made before the arena re-rated),
    and the pool (``arena``, ``category``) and the test's ``alpha`` and ``power`` on every row.

    ``complete=True`` keeps only the boards with an interval on every rated row (the boards
    :func:`~videomarket.leaderboard.leader_probability_history` uses); ``distinct=True`` drops the
    ``unchanged`` rows. With both, the rows are the distinct boards of that history, day for day.
    Runs at #1 and ``new_leader`` are found on every board of the pool before either option drops a
    row, so a change first measured on a board without intervals keeps no ``new_leader`` row under
    ``complete=True``.

    Example::

        >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-01-01"] * 2), "arena": "LMArena",
        ...     "category": "text-to-video", "model": ["a", "b"], "rank": [1, 2], "elo": [1250.0, 1229.0],
        ...     "scale_epoch": "e1", "evidence": "A", "source_id": "s"})
        >>> leader_gaps(t, "LMArena", "text-to-video")[["margin", "votes_needed"]].values.tolist()
        [[21.0, 2152.0]]
    """
    leaders = daily_leaders(rankings, arena_name, category)
    names = (
        pool_rows(rankings, arena_name, category).sort_values("snapshot_date").groupby("model")["model_name"]
    )
    leaders["runner_up_name"] = leaders["runner_up"].map(names.last()).astype("string")
    # a run at #1 starts on the first board showing its leader, even a board with no runner-up (a
    # single quoted rating): its first board WITH a margin is the run's "new leader" row
    leaders = leaders.reset_index(drop=True)
    starts = leaders["model"].ne(leaders["model"].shift()).fillna(True).astype(bool)
    run = starts.cumsum()
    leaders["leader_since"] = leaders.groupby(run)["snapshot_date"].transform("min")
    previous_board = leaders["snapshot_date"].shift()
    unseen = (leaders["snapshot_date"] - previous_board).dt.days - 1
    leaders["days_unseen_before"] = unseen.where(starts).groupby(run).transform("first")
    gaps = leaders[leaders["margin"].notna()].copy()
    gaps["new_leader"] = (~run[gaps.index].duplicated() & (run[gaps.index] > 1)).astype(bool)
    gaps = _mark_repeats(gaps, daily_boards(rankings, arena_name, category), complete=complete)
    if distinct:
        gaps = gaps[~gaps["unchanged"]]
    margin = gaps["margin"].to_numpy(dtype=float)
    gaps["margin"] = margin
    gaps["p_preferred"] = arena.win_probability(margin, np.zeros_like(margin)) if len(gaps) else []
    gaps["votes_needed"] = np.asarray(arena.votes_needed(margin, alpha=alpha, power=power), dtype=float)
    gaps = gaps[list(GAP_COLUMNS)].reset_index(drop=True)
    return gaps.assign(arena=arena_name, category=category, alpha=alpha, power=power)


def _mark_repeats(gaps: pd.DataFrame, boards: pd.DataFrame, *, complete: bool) -> pd.DataFrame:
    """Keep the boards with intervals (``complete``); flag each board identical to the previous one kept."""
    by_day = dict(tuple(boards.groupby("snapshot_date", sort=True)))
    kept, unchanged, previous = [], [], None
    for index, day in gaps["snapshot_date"].items():
        board = by_day[day]
        if complete and why_no_odds(board, True, None) is not None:
            continue
        fingerprint = board_fingerprint(board)
        kept.append(index)
        unchanged.append(fingerprint == previous)
        previous = fingerprint
    return gaps.loc[kept].assign(unchanged=pd.Series(unchanged, index=kept, dtype=bool))


def gap_summary(gaps: pd.DataFrame) -> pd.Series:
    """Median #1–#2 gap and the votes it takes, over all boards and over the boards of a new leader.

    ``gaps`` is a :func:`leader_gaps` table (its ``alpha`` and ``power``, else 0.05 and 0.8, set the
    test). Returns boards,
    median_margin, min_margin, max_margin, p_preferred_median, votes_for_median,
    new_leader_boards, median_margin_new, votes_for_median_new (NaN without a change of leader).
    """
    if gaps.empty:
        raise ValueError("gap_summary: no board with a #1–#2 margin")
    alpha = float(gaps["alpha"].iloc[0]) if "alpha" in gaps.columns else 0.05
    power = float(gaps["power"].iloc[0]) if "power" in gaps.columns else 0.8
    median = float(gaps["margin"].median())
    new = gaps[gaps["new_leader"]]
    median_new = float(new["margin"].median()) if not new.empty else float("nan")
    return pd.Series(
        {
            "boards": len(gaps),
            "median_margin": median,
            "min_margin": float(gaps["margin"].min()),
            "max_margin": float(gaps["margin"].max()),
            "p_preferred_median": float(arena.win_probability(median, 0.0)),
            "votes_for_median": float(arena.votes_needed(median, alpha=alpha, power=power)),
            "new_leader_boards": len(new),
            "median_margin_new": median_new,
            "votes_for_median_new": (
                float(arena.votes_needed(median_new, alpha=alpha, power=power))
                if np.isfinite(median_new)
                else float("nan")
            ),
            "alpha": alpha,
            "power": power,
        }
    )


