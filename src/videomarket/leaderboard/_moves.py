"""Biggest movers: how far each model that reached the top N moved, from its first to its last board.

Ranks and ratings are compared only within one ``scale_epoch`` (a re-anchoring reshuffles both), so
a model seen in two epochs gets one row per epoch. The boards are those of
:func:`videomarket.leaderboard._boards.daily_boards` (one source per day). A model's rows on every
board of the epoch count, also outside the top N (so a climb from #14 to #3 shows as +11).

Partial boards (a top-8 copy, a press list) do not list every model: ``last_date`` says which board
a model was last seen on, and ``listed_at_end`` whether that is the epoch's last board.

Example::

    >>> import pandas as pd
    >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-08-01"] * 2 + ["2026-08-05"] * 2),
    ...     "arena": "LMArena", "category": "text-to-video", "model": ["a", "b", "b", "a"],
    ...     "rank": [1, 2, 1, 2], "elo": [1250.0, 1240.0, 1252.0, 1249.0], "scale_epoch": "e1",
    ...     "evidence": "A", "source_id": ["s1", "s1", "s2", "s2"]})
    >>> moves = rank_moves(t, "LMArena", "text-to-video", top_n=2)
    >>> moves[["model", "rank_change", "elo_change"]].values.tolist()
    [['b', 1, 12.0], ['a', -1, -1.0]]
"""

from __future__ import annotations

import pandas as pd

from videomarket.leaderboard._boards import boards_once, daily_boards

MOVE_COLUMNS = (
    "model", "model_name", "creator", "scale_epoch", "first_date", "first_rank", "last_date", "last_rank",
    "rank_change", "best_rank", "worst_rank", "elo_first", "elo_last", "elo_change", "boards", "new_entry",
    "listed_at_end", "first_of", "last_of", "first_tied", "last_tied",
)


def rank_moves(rankings: pd.DataFrame, arena: str, category: str, top_n: int = 10) -> pd.DataFrame:
    """One row per (scale epoch, model that reached the top ``top_n`` in it), biggest move first.

    ``rank_change`` = first rank - last rank (positive: moved up); ``elo_change`` = last - first
    rating (NA when either is unrated); ``best_rank`` / ``worst_rank`` over the epoch's boards;
    ``new_entry``: first seen after the epoch's first board (a launch, or a model a partial first
    board did not list); ``listed_at_end``: seen on the epoch's last board. Models with the same rating on
    a board share the best of their ranks (``first_tied`` / ``last_tied`` mark a shared rank);
    ``first_of`` / ``last_of`` are the sizes of the first and last boards (ranks fall as a board grows).
    Ties in size of move are ordered by the better last rank.
    """
    if isinstance(top_n, bool) or not isinstance(top_n, int) or top_n < 1:
        raise ValueError(f"top_n must be a positive integer, got {top_n!r}")
    boards = boards_once(daily_boards(rankings, arena, category))  # an entry listed twice counts once
    boards = _shared_ranks(boards[boards["rank"].notna()])
    records = []
    for epoch, rows in boards.groupby("scale_epoch", sort=False):
        first_board, last_board = rows["snapshot_date"].min(), rows["snapshot_date"].max()
        reached = rows.loc[rows["rank"] <= top_n, "model"].unique()
        for model in sorted(reached):
            seen = rows[rows["model"] == model].sort_values("snapshot_date")
            records.append(_move_record(seen, str(epoch), first_board, last_board))
    moves = pd.DataFrame.from_records(records, columns=list(MOVE_COLUMNS)).astype({
        "first_date": "datetime64[ns]", "last_date": "datetime64[ns]", "first_rank": "Int64",
        "last_rank": "Int64", "rank_change": "Int64", "best_rank": "Int64", "worst_rank": "Int64",
        "elo_first": "Float64", "elo_last": "Float64", "elo_change": "Float64", "boards": "int64",
        "new_entry": "bool", "listed_at_end": "bool", "first_of": "int64", "last_of": "int64",
        "first_tied": "bool", "last_tied": "bool",
    })
    size = moves["rank_change"].abs()
    moves = moves.assign(_size=size).sort_values(
        ["_size", "rank_change", "last_rank", "model"], ascending=[False, False, True, True]
    )
    return moves.drop(columns="_size").reset_index(drop=True)


def _move_record(seen: pd.DataFrame, epoch: str, first_board: pd.Timestamp,
                 last_board: pd.Timestamp) -> dict[str, object]:
    first, last = seen.iloc[0], seen.iloc[-1]
    rated = pd.notna(first["elo"]) and pd.notna(last["elo"])
    return {
        "model": first["model"], "model_name": last["model_name"], "creator": last["creator"],
        "scale_epoch": epoch, "first_date": first["snapshot_date"], "first_rank": first["rank"],
        "last_date": last["snapshot_date"], "last_rank": last["rank"],
        "rank_change": int(first["rank"]) - int(last["rank"]), "best_rank": seen["rank"].min(),
        "worst_rank": seen["rank"].max(), "elo_first": first["elo"], "elo_last": last["elo"],
        "elo_change": last["elo"] - first["elo"] if rated else pd.NA, "boards": len(seen),
        "new_entry": bool(first["snapshot_date"] > first_board),
        "listed_at_end": bool(last["snapshot_date"] == last_board),
        "first_of": int(first["_of"]), "last_of": int(last["_of"]),
        "first_tied": bool(first["_tied"]), "last_tied": bool(last["_tied"]),
    }


def _shared_ranks(boards: pd.DataFrame) -> pd.DataFrame:
    """Models with the same rating on one board share its best rank (their listed order is arbitrary:
    rebuilt boards round ratings to whole points); ``_tied`` marks them, ``_of`` is the board's size."""
    day = boards.groupby("snapshot_date")
    shared = boards.groupby(["snapshot_date", "elo"])["rank"].transform("min")
    same = boards.groupby(["snapshot_date", "elo"])["rank"].transform("size")
    return boards.assign(rank=shared.fillna(boards["rank"]).astype(boards["rank"].dtype),
                         _tied=(same.fillna(1) > 1) & boards["elo"].notna(),
                         _of=day["model"].transform("size"))
