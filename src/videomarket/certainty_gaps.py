"""Gaps between #1 and #2 and the votes it takes to tell them; our ratings against a publisher's.

* :func:`reported_ratings` and :func:`head_to_head`: the ratings quoted on one day (across all the
  sources that relayed them) and what the leader's gaps mean as head-to-head preference and votes.
* :func:`leader_gaps`: the #1–#2 margin of every day's board (from
  :func:`videomarket.leaderboard.daily_leaders`), what it means as head-to-head preference and how
  many votes separate it; :func:`gap_summary` condenses it (median gap and its votes).
* :func:`votes_needed_table`: the votes-needed curve over a range of gaps.
* :func:`compare_with_published`: bootstrap ratings from raw votes next to the ratings a publisher
  printed, with the differences.

Example::

    >>> quoted = pd.DataFrame({"model": ["runway", "veo"], "elo": [1247.0, 1226.0]})
    >>> head_to_head(quoted)[["model", "gap", "p_preferred", "votes_needed"]].round(3).values.tolist()
    [['veo', 21.0, 0.53, 2152]]
    >>> table = votes_needed_table(max_gap=50, step=25)
    >>> table[["gap", "votes_needed"]].values.tolist()
    [[25.0, 1519.0], [50.0, 382.0]]
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from videomarket import arena
from videomarket.leaderboard_boards import daily_leaders, grade_order, pool_rows

__all__ = [
    "compare_with_published",
    "gap_summary",
    "head_to_head",
    "leader_gaps",
    "reported_ratings",
    "votes_needed_table",
]

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
    "evidence",
    "source_id",
)


def reported_ratings(rankings: pd.DataFrame, arena_name: str, category: str, date: object) -> pd.DataFrame:
    """Every model's rating quoted for one day, gathered across all the sources that relayed it.

    Press articles each quote part of the same day's board, so no single source holds the day's
    gaps: this takes, per model, the best-graded quote (then the smallest source id). Columns:
    model, model_name, creator, rank, elo, evidence, source_id, n_sources, values_disagree (another
    source quoted a different rating that day), best first. Raises ValueError if no rating is quoted.

    Example::

        >>> from videomarket import data
        >>> reported_ratings(data.load_rankings(), "Artificial Analysis", "text-to-video",
        ...                  "2025-12-01")["elo"].tolist()  # doctest: +SKIP
        [1247.0, 1226.0, 1225.0, 1206.0]
    """
    rows = pool_rows(rankings, arena_name, category)
    day = pd.Timestamp(date)
    quoted = rows[(rows["snapshot_date"] == day) & rows["elo"].notna()].copy()
    if quoted.empty:
        raise ValueError(f"no {arena_name} / {category} rating is quoted for {day.date()}")
    quoted["grade"] = quoted["evidence"].map(grade_order)
    quoted = quoted.sort_values(["model", "grade", "source_id"])
    spread = quoted.groupby("model")["elo"].agg(["nunique", "size"])
    best = quoted.drop_duplicates("model").set_index("model")
    best["n_sources"] = spread["size"]
    best["values_disagree"] = spread["nunique"] > 1
    best = best.reset_index().sort_values(["elo", "model"], ascending=[False, True], ignore_index=True)
    columns = [
        "model",
        "model_name",
        "creator",
        "rank",
        "elo",
        "evidence",
        "source_id",
        "n_sources",
        "values_disagree",
    ]
    result = best[columns].astype({"n_sources": "int64", "values_disagree": "bool", "elo": "float64"})
    result.attrs.update(snapshot_date=day, pool={"arena": arena_name, "category": category})
    return result


def head_to_head(
    ratings: pd.DataFrame, *, leader: str | None = None, alpha: float = 0.05, power: float = 0.8
) -> pd.DataFrame:
    """What the leader's gap to each other model means: preference in one vote, votes to tell it.

    ``ratings`` has model and elo (or rating), optionally model_name. ``leader`` defaults to the
    highest rated. Returns one row per other model: model, model_name, elo, [evidence, source_id
    when given], gap (leader minus it), p_preferred (:func:`videomarket.arena.win_probability` of
    the leader) and votes_needed (:func:`videomarket.arena.votes_needed` at ``alpha`` and
    ``power``), smallest gap first. ``attrs`` keep those of ``ratings`` and add the leader's id,
    name, rating and source id.
    """
    value = "elo" if "elo" in ratings.columns else "rating"
    missing = [c for c in ("model", value) if c not in ratings.columns]
    if missing:
        raise ValueError(f"head_to_head: ratings lack column(s) {missing}")
    table = ratings.dropna(subset=[value]).sort_values(value, ascending=False, ignore_index=True)
    if len(table) < 2:
        raise ValueError("head_to_head needs at least two rated models")
    names = table["model_name"] if "model_name" in table.columns else table["model"]
    carried = {c: table[c].astype(str) for c in ("evidence", "source_id") if c in table.columns}
    table = pd.DataFrame(
        {
            "model": table["model"].astype(str),
            "model_name": names.astype(str),
            "elo": table[value].astype(float),
            **carried,
        }
    )
    leader = leader if leader is not None else table["model"].iloc[0]
    if leader not in set(table["model"]):
        raise ValueError(f"head_to_head: leader {leader!r} is not among the rated models")
    top = table[table["model"] == leader].iloc[0]
    rivals = table[table["model"] != leader].copy()
    rivals["gap"] = top["elo"] - rivals["elo"]
    rivals["p_preferred"] = arena.win_probability(top["elo"], rivals["elo"].to_numpy())
    rivals["votes_needed"] = arena.votes_needed(rivals["gap"].to_numpy(), alpha=alpha, power=power)
    rivals["votes_needed"] = rivals["votes_needed"].astype("float64")
    if np.isfinite(rivals["votes_needed"]).all():
        rivals["votes_needed"] = rivals["votes_needed"].astype("int64")
    rivals = rivals.sort_values(["gap", "model"], ignore_index=True)
    rivals.attrs.update(ratings.attrs)  # keeps the day and pool of reported_ratings
    rivals.attrs.update(
        leader=leader,
        leader_name=str(top["model_name"]),
        leader_elo=float(top["elo"]),
        leader_source_id=str(top.get("source_id", "")),
        alpha=alpha,
        power=power,
    )
    return rivals


def leader_gaps(
    rankings: pd.DataFrame, arena_name: str, category: str, *, alpha: float = 0.05, power: float = 0.8
) -> pd.DataFrame:
    """The #1–#2 margin of every day's board with one, as preference and as votes needed.

    One row per day with a margin: ``runner_up`` and ``runner_up_name`` (its latest board name),
    ``margin`` (rating points, same board), ``p_preferred`` (how
    often the leader would be preferred to the runner-up in one vote), ``votes_needed`` (head-to-head
    votes to tell that gap from zero at ``alpha`` with ``power``; inf for a zero gap),
    ``new_leader`` (first board showing this leader after another one), epoch, grade and source.

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
    leaders["new_leader"] = leaders["model"].ne(leaders["model"].shift()) & (leaders.index > 0)
    gaps = leaders[leaders["margin"].notna()].copy()
    margin = gaps["margin"].to_numpy(dtype=float)
    gaps["margin"] = margin
    gaps["p_preferred"] = arena.win_probability(margin, np.zeros_like(margin)) if len(gaps) else []
    gaps["votes_needed"] = np.asarray(arena.votes_needed(margin, alpha=alpha, power=power), dtype=float)
    gaps = gaps[list(GAP_COLUMNS)].reset_index(drop=True)
    gaps.attrs.update(pool={"arena": arena_name, "category": category}, alpha=alpha, power=power)
    return gaps


def gap_summary(gaps: pd.DataFrame) -> pd.Series:
    """Median #1–#2 gap and the votes it takes, over all boards and over the boards of a new leader.

    ``gaps`` is a :func:`leader_gaps` table (its ``attrs`` give alpha and power). Returns boards,
    median_margin, min_margin, max_margin, p_preferred_median, votes_for_median,
    new_leader_boards, median_margin_new, votes_for_median_new (NaN without a change of leader).
    """
    if gaps.empty:
        raise ValueError("gap_summary: no board with a #1–#2 margin")
    alpha, power = gaps.attrs.get("alpha", 0.05), gaps.attrs.get("power", 0.8)
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


def votes_needed_table(
    max_gap: float = 100, *, step: float = 1, alpha: float = 0.05, power: float = 0.8
) -> pd.DataFrame:
    """gap (``step`` .. ``max_gap`` rating points), p_preferred and votes_needed, for a curve."""
    if not (np.isfinite(max_gap) and np.isfinite(step)) or step <= 0 or max_gap < step:
        raise ValueError(f"need 0 < step <= max_gap, got step={step!r}, max_gap={max_gap!r}")
    gap = np.arange(step, max_gap + step / 2, step, dtype=float)
    table = pd.DataFrame(
        {
            "gap": gap,
            "p_preferred": arena.win_probability(gap, np.zeros_like(gap)),
            "votes_needed": np.asarray(arena.votes_needed(gap, alpha=alpha, power=power), dtype=float),
        }
    )
    table.attrs.update(alpha=alpha, power=power)
    return table


def compare_with_published(ours: pd.DataFrame, published: pd.DataFrame) -> pd.DataFrame:
    """Our ratings with intervals next to a publisher's ratings for the same models.

    ``ours``: model, rating, ci_low, ci_high (e.g. :func:`videomarket.arena.bootstrap_ratings`,
    whose rank_ub and battles are kept when present); ``published``: model, rating. Returns model,
    rating, ci_low, ci_high, published, difference (ours minus theirs), published_inside (their
    value within our interval), [rank_ub, battles], best first. ``attrs["max_abs_difference"]``.
    Raises ValueError when the two tables do not rate the same models.
    """
    for name, table, needed in (
        ("ours", ours, ("model", "rating", "ci_low", "ci_high")),
        ("published", published, ("model", "rating")),
    ):
        missing = [c for c in needed if c not in table.columns]
        if missing:
            raise ValueError(f"compare_with_published: `{name}` lacks column(s) {missing}")
    only_ours = sorted(set(ours["model"]) - set(published["model"]))
    only_theirs = sorted(set(published["model"]) - set(ours["model"]))
    if only_ours or only_theirs:
        raise ValueError(
            f"compare_with_published: models differ (only ours: {only_ours}; only published: {only_theirs})"
        )
    extra = [c for c in ("rank_ub", "battles") if c in ours.columns]
    theirs = published[["model", "rating"]].rename(columns={"rating": "published"})
    table = ours[["model", "rating", "ci_low", "ci_high", *extra]].merge(
        theirs, on="model", validate="one_to_one"
    )
    table["difference"] = table["rating"] - table["published"]
    table["published_inside"] = (table["published"] >= table["ci_low"]) & (
        table["published"] <= table["ci_high"]
    )
    table = table[
        ["model", "rating", "ci_low", "ci_high", "published", "difference", "published_inside", *extra]
    ]
    table = table.sort_values("rating", ascending=False, ignore_index=True)
    table.attrs.update(
        max_abs_difference=float(table["difference"].abs().max()), source_id=published.attrs.get("source_id")
    )
    return table
