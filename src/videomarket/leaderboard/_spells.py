"""Leaderboard movements: who held #1 and for how long, lead changes, rank history, drift, shares.

All functions take the rankings table (``videomarket.data.load_rankings()`` or any DataFrame of
the same shape) and return DataFrames; they never read files or draw. How a day's board is chosen
among several sources, what makes a leader, a tie and a margin: see
:mod:`videomarket.leaderboard._boards`. Rules specific to this module:

* **Gaps.** A spell runs from the first to the last board on which the model was #1 (``start``,
  ``end``). Days without a board, and boards without a rank-1 row, neither break nor extend a
  spell; ``n_snapshots`` and ``max_gap_days`` say how densely a spell is observed, and
  ``next_start`` (first board showing the next leader) bounds when it really ended.
* **Leaving and coming back.** A model that is #1 again after another model was seen at #1 starts a
  new spell; a model merely missing from a board (partial lists) keeps its spell.
* **Renamed variants.** Everything works on the canonical ``model`` id; ``model_name`` shows the
  latest name seen on the board.
* **Scale epochs.** A spell can run across a re-anchoring (who is #1 does not depend on the
  scale), and a change of leader across a break is still a change (``epoch_break`` is True);
  ratings and margins are only ever compared within one board or one epoch.
* **Evidence.** A spell carries ``evidence`` = the best grade among its boards (A best) and
  ``evidence_min`` = the worst.

Example::

    >>> from videomarket import data, leaderboard
    >>> ranks = data.load_rankings()                                          # doctest: +SKIP
    >>> leaderboard.leader_spells(ranks, "Artificial Analysis", "text-to-video")  # doctest: +SKIP
"""

from __future__ import annotations

import pandas as pd

from videomarket.leaderboard._boards import boards_once, daily_boards, daily_leaders, grade_order
from videomarket.leaderboard._creators import parent_developer
from videomarket.leaderboard._memo import remembered

SPELL_COLUMNS = (
    "model", "model_name", "creator", "start", "end", "days", "n_snapshots", "max_gap_days", "next_start",
    "ongoing", "evidence", "evidence_min", "start_precision", "end_precision", "contested", "n_contested",
    "tied_with", "min_margin", "max_margin", "scale_epochs", "arena", "category",
)


@remembered
def leader_spells(rankings: pd.DataFrame, arena: str, category: str) -> pd.DataFrame:
    """Who held #1, from when to when: one row per uninterrupted spell, oldest first.

    ``days`` = ``end - start + 1`` (calendar days between the first and last board showing the model
    at #1, inclusive); ``tied_with`` is the union of the models tied with it on any of its boards;
    ``scale_epochs`` the rating scales its boards were on (re-anchorings: :func:`epoch_breaks`).

    >>> import pandas as pd
    >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-01-01", "2026-01-05", "2026-01-09"]),
    ...     "arena": "LMArena", "category": "text-to-video", "model": ["a", "a", "b"], "rank": 1,
    ...     "elo": 1200.0, "scale_epoch": "e1", "evidence": "A", "source_id": "s"})
    >>> leader_spells(t, "LMArena", "text-to-video")[["model", "days", "n_snapshots"]].values.tolist()
    [['a', 5, 2], ['b', 1, 1]]
    """
    leaders = daily_leaders(rankings, arena, category)
    spell_id = leaders["model"].ne(leaders["model"].shift()).fillna(True).astype(int).cumsum()
    spells = [_spell_record(group) for _, group in leaders.groupby(spell_id, sort=True)]
    result = pd.DataFrame.from_records(spells, columns=list(SPELL_COLUMNS))
    result = result.assign(arena=arena, category=category)
    if not result.empty:
        result["next_start"] = result["start"].shift(-1)
        result["ongoing"] = result.index == result.index[-1]
    result = result.astype({
        "start": "datetime64[ns]", "end": "datetime64[ns]", "next_start": "datetime64[ns]", "days": "int64",
        "n_snapshots": "int64", "max_gap_days": "int64", "ongoing": "bool", "contested": "bool",
        "n_contested": "int64", "min_margin": "Float64", "max_margin": "Float64",
    })
    return result


def _spell_record(days: pd.DataFrame) -> dict[str, object]:
    grades = sorted(days["evidence"].astype(str), key=grade_order)
    tied = sorted({m for cell in days["tied_with"].astype(str) for m in cell.split(", ") if m})
    gaps = days["snapshot_date"].diff().dt.days.dropna()
    return {
        "model": days["model"].iloc[0], "model_name": days["model_name"].iloc[-1],
        "creator": days["creator"].iloc[-1], "start": days["snapshot_date"].iloc[0],
        "end": days["snapshot_date"].iloc[-1],
        "days": (days["snapshot_date"].iloc[-1] - days["snapshot_date"].iloc[0]).days + 1,
        "n_snapshots": len(days), "max_gap_days": int(gaps.max()) if len(gaps) else 0, "next_start": pd.NaT,
        "ongoing": False, "evidence": grades[0], "evidence_min": grades[-1],
        "start_precision": days["date_precision"].iloc[0], "end_precision": days["date_precision"].iloc[-1],
        "contested": bool(days["contested"].any()), "n_contested": int(days["contested"].sum()),
        "tied_with": ", ".join(tied), "min_margin": days["margin"].min(), "max_margin": days["margin"].max(),
        "scale_epochs": ", ".join(dict.fromkeys(days["scale_epoch"].astype(str))),
    }


def lead_changes(rankings: pd.DataFrame, arena: str, category: str) -> pd.DataFrame:
    """One row per change of #1: ``date`` (first board showing the new leader), ``new_leader``,
    ``previous_leader``, ``margin`` (new leader over the best other model on that board, rating points).

    Also: ``margin_over_previous`` (over the previous leader on that same board, NA if it is not
    rated there), ``previous_rank`` (its rank that day), ``previous_last_seen`` and ``gap_days``
    (the change happened somewhere in between), ``epoch_break`` (the scale changed in between),
    ``contested``, ``evidence`` and ``source_id`` of the board.
    """
    leaders = daily_leaders(rankings, arena, category).set_index("snapshot_date")
    boards = daily_boards(rankings, arena, category)
    spells = leader_spells(rankings, arena, category)
    records = []
    for previous, current in zip(spells.iloc[:-1].itertuples(), spells.iloc[1:].itertuples(), strict=True):
        day = leaders.loc[current.start]
        board = boards[boards["snapshot_date"] == current.start]
        old = board[board["model"] == previous.model]
        old_elo = old["elo"].iloc[0] if not old.empty else pd.NA
        over_previous = day["elo"] - old_elo if pd.notna(day["elo"]) and pd.notna(old_elo) else pd.NA
        records.append({
            "date": current.start, "new_leader": current.model, "previous_leader": previous.model,
            "margin": day["margin"],
            "margin_over_previous": over_previous,
            "previous_rank": old["rank"].iloc[0] if not old.empty else pd.NA,
            "previous_last_seen": previous.end, "gap_days": (current.start - previous.end).days,
            "epoch_break": leaders.loc[previous.end, "scale_epoch"] != day["scale_epoch"],
            "scale_epoch": day["scale_epoch"], "contested": bool(day["contested"]),
            "evidence": day["evidence"], "source_id": day["source_id"],
        })
    columns = ["date", "new_leader", "previous_leader", "margin", "margin_over_previous", "previous_rank",
               "previous_last_seen", "gap_days", "epoch_break", "scale_epoch", "contested", "evidence",
               "source_id"]
    return pd.DataFrame.from_records(records, columns=columns).astype({
        "date": "datetime64[ns]", "previous_last_seen": "datetime64[ns]", "margin": "Float64",
        "margin_over_previous": "Float64", "previous_rank": "Int64", "gap_days": "int64",
        "epoch_break": "bool", "contested": "bool",
    })


def rank_history(rankings: pd.DataFrame, arena: str, category: str, top_n: int = 10) -> pd.DataFrame:
    """Long table of the top-``top_n`` places on every day's board, for a bump chart.

    Columns ``snapshot_date``, ``model``, ``model_name`` (latest name), ``creator``, ``rank``, ``elo``,
    ``ci_low``, ``ci_high``, ``scale_epoch``, ``evidence``, ``source_id``, ``arena``, ``category``.
    Rows with an unknown rank are left out; a model outside the top N on a day has no row that day. An
    entry a board lists twice counts once, the ranks below it re-numbered (:func:`boards_once`).
    """
    _check_top_n(top_n)
    boards = boards_once(daily_boards(rankings, arena, category))
    top = boards[(boards["rank"] <= top_n).fillna(False)].copy()
    latest_name = boards.groupby("model")["model_name"].last()
    top["model_name"] = top["model"].map(latest_name).astype("string")
    columns = ["snapshot_date", "model", "model_name", "creator", "rank", "elo", "ci_low", "ci_high",
               "scale_epoch", "evidence", "source_id", "arena", "category"]
    return top[columns].sort_values(["snapshot_date", "rank", "model"]).reset_index(drop=True)


def creator_share(
    rankings: pd.DataFrame, arena: str, category: str, top_n: int = 10, *, by: str = "parent"
) -> pd.DataFrame:
    """Share of the top-``top_n`` places held by each developer on every day's board.

    One row per (``snapshot_date``, ``creator``) with ``places``, ``top_places_known`` (places of the
    top N the board shows: fewer on a partial board, more when ranks are shared), ``share`` =
    places / top_places_known, ``complete`` (the board shows at least N top places), and the board's
    ``scale_epoch``, ``evidence`` and ``source_id``, and the ``top_n`` asked for. ``by="parent"``
    (default) counts each place for the parent company (:func:`videomarket.leaderboard.parent_developer`:
    Alibaba-ATH for Alibaba, KlingAI for Kuaishou, a hosted model for its own developer);
    ``by="developer"`` keeps the label the board shows. An entry a board lists twice
    (:func:`videomarket.leaderboard.duplicate_entries`: same rating and interval, one "based on" the
    other) holds one place: the repeat is left out and the ranks below it re-numbered
    (:func:`videomarket.leaderboard.boards_once`), as in :func:`rank_history` and ``rank_moves``.
    """
    if by not in ("parent", "developer"):
        raise ValueError(f"creator_share: by must be 'parent' or 'developer', got {by!r}")
    _check_top_n(top_n)
    published = daily_boards(rankings, arena, category)
    shown = published[(published["rank"] <= top_n).fillna(False)].groupby("snapshot_date")["model"].size()
    shown = shown.rename("shown")  # complete reads the board as published
    boards = boards_once(published)
    top = boards[(boards["rank"] <= top_n).fillna(False)].copy()
    if by == "parent":
        parents = [parent_developer(c, n) for c, n in zip(top["creator"], top["model_name"], strict=True)]
        top["creator"] = pd.Series(parents, index=top.index, dtype="string")
    else:
        top["creator"] = top["creator"].astype("string").str.strip()
    keys = ["snapshot_date", "scale_epoch", "evidence", "source_id"]
    known = top.groupby("snapshot_date")["model"].size().rename("top_places_known")
    share = top.groupby([*keys, "creator"], as_index=False).agg(places=("model", "size"))
    share = share.join(known, on="snapshot_date").join(shown, on="snapshot_date")
    share["share"] = share["places"] / share["top_places_known"]
    share["complete"] = share["shown"] >= top_n
    share = share.sort_values(["snapshot_date", "places", "creator"], ascending=[True, False, True])
    share = share[["snapshot_date", "creator", "places", "top_places_known", "share", "complete", *keys[1:]]]
    return share.reset_index(drop=True).assign(top_n=top_n, arena=arena, category=category)


def _check_top_n(top_n: int) -> None:
    if isinstance(top_n, bool) or not isinstance(top_n, int) or top_n < 1:
        raise ValueError(f"top_n must be a positive integer, got {top_n!r}")

