"""What a re-anchoring did to a board: the last board on the old scale beside the first on the new one.

An arena that re-anchors a pool pins a new model at a fixed rating; Artificial Analysis re-rated its
pools at the same time (October 2026), so ratings did not move by one common shift, ranks reshuffled and
the board got shorter. :func:`reanchoring_moves` lines the two boards up, one row per model on either, so
the stories can say by how much ratings moved, which ranks reshuffled and which models left or joined,
all computed, never typed by hand.

Boards are those of :func:`videomarket.leaderboard.daily_boards` (one source per day); an entry a board
lists twice counts once (:func:`videomarket.leaderboard.drop_duplicate_entries`).

Example::

    >>> import pandas as pd
    >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30"] * 3 + ["2026-10-01"] * 2),
    ...     "arena": "Artificial Analysis", "category": "text-to-video", "model": ["a", "b", "c", "a", "b"],
    ...     "rank": [1, 2, 3, 2, 1], "elo": [1335.0, 1211.0, 1200.0, 1129.0, 1130.0],
    ...     "scale_epoch": ["e1"] * 3 + ["e2"] * 2, "evidence": "A", "source_id": ["s1"] * 3 + ["s2"] * 2})
    >>> moves = reanchoring_moves(t, "Artificial Analysis", "text-to-video")
    >>> moves[["model", "rank_before", "rank_after", "shift", "status"]].values.tolist()
    [['b', 2, 1, -81.0, 'both'], ['a', 1, 2, -206.0, 'both'], ['c', 3, <NA>, <NA>, 'left']]
"""

from __future__ import annotations

import pandas as pd

from videomarket.leaderboard._boards import daily_boards, drop_duplicate_entries, epoch_breaks

RESCALE_COLUMNS = (
    "date", "previous_date", "scale_epoch", "previous_epoch", "model", "model_name", "creator",
    "rank_before", "rank_after", "elo_before", "elo_after", "shift", "status", "size_before", "size_after",
)


def reanchoring_moves(rankings: pd.DataFrame, arena: str, category: str) -> pd.DataFrame:
    """One row per model on the last board before or the first board after each re-anchoring.

    ``date`` / ``previous_date``: the first board on the new scale and the last on the old one
    (:func:`videomarket.leaderboard.epoch_breaks`); ``rank_before`` / ``rank_after`` and ``elo_before`` /
    ``elo_after`` on those boards (NA where the model is not listed); ``shift`` = ``elo_after -
    elo_before`` (only for models on both); ``status``: ``"both"``, ``"left"`` (on the old board only) or
    ``"joined"`` (on the new board only); ``size_before`` / ``size_after``: how many entries each board
    lists. Rows: models on both boards by their new rank, then those that left by their old rank, then
    those that joined. Empty (same columns) when the pool kept one scale.
    """
    breaks = epoch_breaks(rankings, arena, category)
    if breaks.empty:
        return pd.DataFrame(columns=list(RESCALE_COLUMNS))
    boards = daily_boards(rankings, arena, category)
    frames = [_one_break(boards, b) for b in breaks.itertuples()]
    return pd.concat(frames, ignore_index=True)[list(RESCALE_COLUMNS)]


def _one_break(boards: pd.DataFrame, b: object) -> pd.DataFrame:
    columns = ["model", "model_name", "creator", "rank", "elo"]
    before = drop_duplicate_entries(boards[boards["snapshot_date"] == b.previous_date])[columns]
    after = drop_duplicate_entries(boards[boards["snapshot_date"] == b.date])[columns]
    both = before.merge(after, on="model", how="outer", suffixes=("_before", "_after"), indicator=True)
    both["status"] = both["_merge"].astype(str).map({"both": "both", "left_only": "left",
                                                     "right_only": "joined"})
    both["model_name"] = both["model_name_after"].fillna(both["model_name_before"])
    both["creator"] = both["creator_after"].fillna(both["creator_before"])
    both["shift"] = both["elo_after"] - both["elo_before"]
    order = both["status"].map({"both": 0, "left": 1, "joined": 2}).astype(int)
    key = both["rank_after"].where(both["status"] != "left", both["rank_before"]).astype(float)
    both = both.assign(_order=order, _key=key).sort_values(["_order", "_key", "model"])
    both = both.drop(columns=["_merge", "_order", "_key"])
    return both.assign(
        date=b.date, previous_date=b.previous_date, scale_epoch=b.scale_epoch,
        previous_epoch=b.previous_epoch,
        size_before=len(before), size_after=len(after),
    ).astype({"rank_before": "Int64", "rank_after": "Int64", "elo_before": "Float64", "elo_after": "Float64",
              "shift": "Float64", "status": "string"}).reset_index(drop=True)
