"""How sure is a lead: the probability that a board's #1 is truly #1, from its published intervals.

Built on :func:`videomarket.arena.leader_probability` (each true rating normal around the
published one, sd = interval half-width / 1.96, independent across models), applied to the rows
of a board that carry an interval (or only its ``top_k`` highest-rated ones). The leader is the one
:func:`videomarket.leaderboard_boards.daily_leaders` picks. Boards without intervals (press
quotes, top-8 copies, the LMArena scrapes) give no odds: such days are left out, never guessed.

Example::

    >>> import pandas as pd
    >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-10"] * 3), "arena": "LMArena",
    ...     "category": "text-to-video", "model": ["a", "b", "c"], "rank": [1, 2, 3],
    ...     "elo": [1250.0, 1240.0, 1200.0], "ci_low": [1240.0, 1230.0, 1190.0],
    ...     "ci_high": [1260.0, 1250.0, 1210.0], "scale_epoch": "e1", "evidence": "A", "source_id": "s"})
    >>> odds = daily_leader_odds(t, "LMArena", "text-to-video")
    >>> odds[["model", "runner_up"]].values.tolist(), round(float(odds["p_beats_runner_up"].iloc[0]), 2)
    ([['a', 'b']], 0.92)
"""

from __future__ import annotations

from statistics import NormalDist

import pandas as pd

from videomarket.leaderboard_boards import daily_boards, daily_leaders

DEFAULT_DRAWS = 20_000  # Monte Carlo error of p_leader about 0.0035 at most: enough for two decimals
ODDS_COLUMNS = (
    "snapshot_date", "scale_epoch", "model", "model_name", "elo", "ci_low", "ci_high", "p_leader",
    "runner_up", "runner_up_elo", "p_beats_runner_up", "n_compared", "source_id",
)


def board_leader_odds(
    rankings: pd.DataFrame, arena: str, category: str, date: object = None, *,
    top_k: int | None = None, draws: int = DEFAULT_DRAWS, seed: int = 0,
) -> pd.DataFrame:
    """:func:`~videomarket.arena.leader_probability` for the rated rows with intervals of one board.

    ``date``: the board's day; default the latest board with at least two rows with intervals.
    Adds ``snapshot_date``, ``rank``, ``model_name``, ``scale_epoch`` and ``source_id``. Raises
    ValueError when the pool has no such board, or the chosen day's board lacks intervals.
    """
    _check_top_k(top_k)
    rated = _rated_boards(rankings, arena, category)
    if date is None:
        usable = rated.groupby("snapshot_date")["model"].size()
        usable = usable[usable >= 2]
        if usable.empty:
            raise ValueError(f"no {arena} {category} board publishes rating intervals: no odds to compute")
        day = usable.index.max()
    else:
        day = pd.Timestamp(date)
    board = _top(rated[rated["snapshot_date"] == day], top_k)
    if len(board) < 2:
        raise ValueError(f"the {arena} {category} board of {day.date()} has under two rows with intervals")
    return _odds_table(board, draws, seed)


def daily_leader_odds(
    rankings: pd.DataFrame, arena: str, category: str, *, top_k: int | None = None,
    draws: int = DEFAULT_DRAWS, seed: int = 0,
) -> pd.DataFrame:
    """One row per board whose leader and at least one rival carry intervals: how sure that lead is.

    ``p_leader``: probability that the day's #1 is truly highest among the rated rows with intervals
    (all of them, or the ``top_k`` highest);
    ``p_beats_runner_up``: exact normal probability that it is truly above the next-rated row
    (``runner_up``). Empty (same columns) when no board has intervals.
    """
    _check_top_k(top_k)
    leaders = daily_leaders(rankings, arena, category).set_index("snapshot_date")["model"]
    rated = _rated_boards(rankings, arena, category)
    records = []
    for day, board in rated.groupby("snapshot_date", sort=True):
        leader = leaders.get(day)
        top = _top(board, top_k)
        if leader is None or len(top) < 2:
            continue
        if leader not in set(top["model"]):
            continue  # the leader has no interval that day: nothing to say about its lead
        odds = _odds_table(top, draws, seed)
        records.append(_leader_odds_record(odds, str(leader)))
    return pd.DataFrame.from_records(records, columns=list(ODDS_COLUMNS)).astype({
        "snapshot_date": "datetime64[ns]", "elo": "Float64", "ci_low": "Float64", "ci_high": "Float64",
        "p_leader": "float64", "runner_up_elo": "Float64", "p_beats_runner_up": "float64",
        "n_compared": "int64",
    })


def spell_odds(
    rankings: pd.DataFrame, arena: str, category: str, *, top_k: int | None = None,
    draws: int = DEFAULT_DRAWS, seed: int = 0,
) -> pd.DataFrame:
    """:func:`~videomarket.leaderboard.leader_spells` with how sure each spell's lead was.

    Adds ``boards_with_odds`` (boards of the spell with intervals), ``p_leader_min`` /
    ``p_leader_max`` (range of the daily ``p_leader``), ``p_leader_last`` (on the spell's last board
    with intervals) and ``p_beats_runner_up_min``; NA when no board of the spell has intervals.
    """
    from videomarket.leaderboard import leader_spells

    spells = leader_spells(rankings, arena, category)
    odds = daily_leader_odds(rankings, arena, category, top_k=top_k, draws=draws, seed=seed)
    columns = {"boards_with_odds": [], "p_leader_min": [], "p_leader_max": [], "p_leader_last": [],
               "p_beats_runner_up_min": []}
    for spell in spells.itertuples():
        inside = odds[(odds["snapshot_date"] >= spell.start) & (odds["snapshot_date"] <= spell.end)
                      & (odds["model"] == spell.model)]
        columns["boards_with_odds"].append(len(inside))
        columns["p_leader_min"].append(inside["p_leader"].min() if len(inside) else pd.NA)
        columns["p_leader_max"].append(inside["p_leader"].max() if len(inside) else pd.NA)
        columns["p_leader_last"].append(inside["p_leader"].iloc[-1] if len(inside) else pd.NA)
        columns["p_beats_runner_up_min"].append(inside["p_beats_runner_up"].min() if len(inside) else pd.NA)
    result = spells.assign(**columns)
    result = result.astype({"boards_with_odds": "int64", **{c: "Float64" for c in list(columns)[1:]}})
    result.attrs = dict(spells.attrs)
    return result


def _rated_boards(rankings: pd.DataFrame, arena: str, category: str) -> pd.DataFrame:
    boards = daily_boards(rankings, arena, category)
    rated = boards[boards[["elo", "ci_low", "ci_high"]].notna().all(axis=1)]
    return rated.sort_values(["snapshot_date", "elo", "model"], ascending=[True, False, True])


def _top(board: pd.DataFrame, top_k: int | None) -> pd.DataFrame:
    return board if top_k is None else board.head(top_k)


def _odds_table(board: pd.DataFrame, draws: int, seed: int) -> pd.DataFrame:
    from videomarket.arena import leader_probability

    odds = leader_probability(board[["model", "elo", "ci_low", "ci_high"]].astype({"model": str}),
                              draws=draws, seed=seed)
    extra = board.set_index(board["model"].astype(str))[
        ["snapshot_date", "rank", "model_name", "elo", "ci_low", "ci_high", "scale_epoch", "source_id"]
    ]
    return odds.join(extra, on="model")


def _leader_odds_record(odds: pd.DataFrame, leader: str) -> dict[str, object]:
    row = odds[odds["model"] == leader].iloc[0]
    rival = odds[odds["model"] != leader].iloc[0]  # best-rated other row
    gap_sd = (row["sd"] ** 2 + rival["sd"] ** 2) ** 0.5
    beats = NormalDist().cdf((row["rating"] - rival["rating"]) / gap_sd) if gap_sd > 0 else (
        1.0 if row["rating"] > rival["rating"] else 0.5)
    return {
        "snapshot_date": row["snapshot_date"], "scale_epoch": row["scale_epoch"], "model": leader,
        "model_name": row["model_name"], "elo": row["elo"], "ci_low": row["ci_low"],
        "ci_high": row["ci_high"],
        "p_leader": float(row["p_leader"]), "runner_up": rival["model"], "runner_up_elo": rival["elo"],
        "p_beats_runner_up": float(beats), "n_compared": len(odds), "source_id": row["source_id"],
    }


def _check_top_k(top_k: int | None) -> None:
    if top_k is None:
        return
    if isinstance(top_k, bool) or not isinstance(top_k, int) or top_k < 2:
        raise ValueError(f"top_k must be an integer of at least 2 (a lead needs a rival), got {top_k!r}")
