"""Ranks and ratings of one board must agree: a better rank is not rated clearly below a worse one.

A board is one source's list of one day and pool (``snapshot_date``, ``arena``, ``category``,
``source_id``). Published ratings are rounded, so a better (smaller) rank may sit up to
:data:`~videomarket.data.schemas.RANK_ORDER_TOLERANCE` points below a worse rank; more than that is a
transcription or parsing error, and would make a leader with a negative margin downstream.

Example::

    >>> import pandas as pd
    >>> board = pd.DataFrame({"snapshot_date": ["2026-01-01"] * 2, "arena": "LMArena",
    ...     "category": "text-to-video", "source_id": "s", "rank": [1, 2], "elo": [1200.0, 1250.0]})
    >>> board_order_problems(board, [2, 3], "rankings.csv")  # doctest: +NORMALIZE_WHITESPACE
    ["rankings.csv:2: column 'elo': rank 1 is rated 1200, more than 1 point below rank 2 (1250, line 3)
      on the same board (2026-01-01, LMArena, text-to-video, source s)"]
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from videomarket.data.schemas import RANK_ORDER_TOLERANCE

BOARD = ("snapshot_date", "arena", "category", "source_id")
BOARD_COLUMNS = frozenset({*BOARD, "rank", "elo"})


def board_order_problems(frame: pd.DataFrame, lines: Sequence[int], path: Path | str) -> list[str]:
    """One problem per row rated more than the tolerance below a worse rank of its board."""
    rated = _rated_rows(frame, lines)
    if rated.empty:
        return []
    rated["best_worse"] = _best_rating_of_worse_ranks(rated)
    inverted = rated[rated["elo"] < rated["best_worse"] - RANK_ORDER_TOLERANCE]
    return [_describe(row, rated, Path(path).name) for row in inverted.itertuples(index=False)]


def _rated_rows(frame: pd.DataFrame, lines: Sequence[int]) -> pd.DataFrame:
    has_both = (frame["rank"].notna() & frame["elo"].notna()).to_numpy(dtype=bool)
    rows = frame.loc[has_both, list(BOARD)].astype(str).reset_index(drop=True)
    rows["board"] = rows.groupby(list(BOARD), sort=False).ngroup()
    rows["rank"] = frame.loc[has_both, "rank"].astype("int64").to_numpy()
    rows["elo"] = frame.loc[has_both, "elo"].astype("float64").to_numpy()
    rows["line"] = pd.Series(lines, dtype="int64").to_numpy()[has_both]
    return rows


def _best_rating_of_worse_ranks(rated: pd.DataFrame) -> pd.Series:
    """For each row, the highest rating among rows of the same board with a strictly larger rank."""
    per_rank = rated.groupby(["board", "rank"])["elo"].max().sort_index(ascending=False)
    running = per_rank.groupby(level="board").cummax()  # over this rank and every worse one
    strictly_worse = running.groupby(level="board").shift(1)  # drop this rank itself
    keys = pd.MultiIndex.from_arrays([rated["board"], rated["rank"]])
    return pd.Series(strictly_worse.reindex(keys).to_numpy(), index=rated.index)


def _describe(row: object, rated: pd.DataFrame, file_name: str) -> str:
    same_board = rated[(rated["board"] == row.board) & (rated["rank"] > row.rank)]
    worse = same_board.sort_values(["elo", "rank"], ascending=[False, True]).iloc[0]
    board = f"{row.snapshot_date}, {row.arena}, {row.category}, source {row.source_id}"
    return (
        f"{file_name}:{row.line}: column 'elo': rank {row.rank} is rated {row.elo:g}, more than "
        f"{RANK_ORDER_TOLERANCE:g} point below rank {int(worse['rank'])} ({worse['elo']:g}, line "
        f"{int(worse['line'])}) on the same board ({board})"
    )
