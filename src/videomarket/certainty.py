"""How sure is #1? Published leaderboards turned into probabilities, rank bounds and vote counts.

Built on :mod:`videomarket.leaderboard` (which board counts for a day, who leads it) and
:mod:`videomarket.arena` (win probability, leader probability, votes needed); nothing here picks
boards or fits ratings itself.

* :func:`board_certainty`: one day's board with each model's probability of being truly #1 and
  its rank upper bound (``rank_ub``, the LMArena convention: 1 + the models whose interval lies
  entirely above this one's). ``could_be_first`` marks the models no other model is separated from.
* :func:`leader_probability_history`: the same for every day of a pool whose board carries
  intervals, one row per day, for the leader.
* :func:`leader_certainty_by_pool`: a one-row summary of that history per pool.

What gaps mean as preference and votes, and the comparison of our ratings with a publisher's, are
in :mod:`videomarket.certainty_gaps`.

Example::

    >>> import pandas as pd
    >>> from videomarket.certainty import rank_upper_bounds
    >>> board = pd.DataFrame({"model": ["a", "b"], "ci_low": [1300, 1270], "ci_high": [1320, 1290]})
    >>> rank_upper_bounds(board)["rank_ub"].tolist()
    [1, 2]
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from videomarket import arena
from videomarket.leaderboard_boards import daily_boards, daily_leaders, epoch_breaks

__all__ = [
    "board_certainty",
    "leader_certainty_by_pool",
    "leader_probability_history",
    "rank_upper_bounds",
]

DEFAULT_DRAWS = 20_000  # Monte Carlo error of a probability <= 0.0035: ample for a chart, fast per board
HISTORY_COLUMNS = (
    "snapshot_date",
    "scale_epoch",
    "model",
    "model_name",
    "creator",
    "elo",
    "ci_low",
    "ci_high",
    "runner_up",
    "runner_up_name",
    "margin",
    "p_leader",
    "p_beats_runner_up",
    "n_could_be_first",
    "could_be_first",
    "board_size",
    "evidence",
    "source_id",
)


def rank_upper_bounds(board: pd.DataFrame) -> pd.DataFrame:
    """Add ``rank_ub`` (1 + models whose ci_low is above this model's ci_high) and ``could_be_first``.

    ``board`` needs ``ci_low`` and ``ci_high`` on every row. ``could_be_first`` is ``rank_ub == 1``:
    no model's interval lies entirely above this one's, so the board cannot rule out that it is #1.

    Example::

        >>> b = pd.DataFrame({"model": ["a", "b", "c"], "ci_low": [10, 5, 0], "ci_high": [20, 15, 4]})
        >>> rank_upper_bounds(b)[["rank_ub", "could_be_first"]].values.tolist()
        [[1, True], [1, True], [3, False]]
    """
    low, high = _interval_arrays(board)
    result = board.copy()
    result["rank_ub"] = 1 + (low[None, :] > high[:, None]).sum(axis=1)
    result["could_be_first"] = result["rank_ub"] == 1
    return result


def board_certainty(
    rankings: pd.DataFrame,
    arena_name: str,
    category: str,
    date: object = None,
    *,
    draws: int = DEFAULT_DRAWS,
    seed: int = 0,
) -> pd.DataFrame:
    """One day's board (default: the latest with intervals) with p_leader, p_above_next and rank_ub.

    Columns: model, model_name, creator, rank, elo, ci_low, ci_high, sd, p_leader, p_above_next,
    rank_ub, could_be_first, best first by rating; ``attrs`` carry the date, scale epoch and source.
    Raises ValueError when that day has no board, or its board lacks intervals.

    Example::

        >>> from videomarket import data
        >>> board_certainty(data.load_rankings(), "Artificial Analysis", "text-to-video").iloc[0]["model"]
        ... # doctest: +SKIP
        'wan-3-0'
    """
    boards = daily_boards(rankings, arena_name, category)
    if date is None:
        with_intervals = [day for day, board in boards.groupby("snapshot_date") if _has_intervals(board)]
        if not with_intervals:
            raise ValueError(f"no board of {arena_name} / {category} carries rating intervals")
        date = with_intervals[-1]
    day = pd.Timestamp(date)
    board = boards[boards["snapshot_date"] == day]
    if board.empty:
        raise ValueError(f"no {arena_name} / {category} board on {day.date()}")
    if not _has_intervals(board):
        raise ValueError(
            f"the {arena_name} / {category} board of {day.date()} ({board['source_id'].iloc[0]}) "
            "has rows without a rating interval: no probability can be derived from it"
        )
    rated = board[board["elo"].notna()]
    table = _certainty_table(rated, draws=draws, seed=seed)
    table.attrs.update(
        snapshot_date=day,
        scale_epoch=str(board["scale_epoch"].iloc[0]),
        source_id=str(board["source_id"].iloc[0]),
        evidence=str(board["evidence"].iloc[0]),
        pool={"arena": arena_name, "category": category},
        draws=draws,
    )
    return table


def leader_probability_history(
    rankings: pd.DataFrame, arena_name: str, category: str, *, draws: int = DEFAULT_DRAWS, seed: int = 0
) -> pd.DataFrame:
    """The leader of every day whose board carries intervals, and how sure its lead is.

    One row per day (the day's board as chosen by :func:`videomarket.leaderboard.daily_boards`,
    the leader as in :func:`~videomarket.leaderboard.daily_leaders`): ``p_leader`` (probability
    the leader is truly #1, :func:`videomarket.arena.leader_probability` with ``draws``
    simulations seeded with ``seed`` on every board, so a day's value equals
    :func:`board_certainty`'s), ``p_beats_runner_up`` (exact normal probability it is above the best other
    model), ``n_could_be_first`` and ``could_be_first`` (display names of the models with
    ``rank_ub == 1``), plus the board's margin, epoch, grade and source. Boards without an interval
    on every rated row are left out and listed in ``attrs["skipped"]``; ``attrs["epoch_breaks"]``
    lists the re-anchorings (as in :func:`videomarket.leaderboard.leader_spells`).

    Example::

        >>> from videomarket import data
        >>> history = leader_probability_history(data.load_rankings(), "Artificial Analysis",
        ...                                      "text-to-video")  # doctest: +SKIP
        >>> history[["snapshot_date", "model", "p_leader"]].tail(1)  # doctest: +SKIP
    """
    boards = daily_boards(rankings, arena_name, category)
    leaders = daily_leaders(rankings, arena_name, category).set_index("snapshot_date")
    records, skipped = [], []
    for day, board in boards.groupby("snapshot_date", sort=True):
        if day not in leaders.index:
            skipped.append({"snapshot_date": day, "reason": "no rank-1 row"})
            continue
        if not _has_intervals(board):
            skipped.append({"snapshot_date": day, "reason": f"no intervals ({board['source_id'].iloc[0]})"})
            continue
        table = _certainty_table(board[board["elo"].notna()], draws=draws, seed=seed)
        records.append(_history_record(leaders.loc[day], table, board))
    history = pd.DataFrame.from_records(records, columns=list(HISTORY_COLUMNS))
    history = history.astype(
        {
            "snapshot_date": "datetime64[ns]",
            "p_leader": "float64",
            "p_beats_runner_up": "float64",
            "n_could_be_first": "int64",
            "board_size": "int64",
        }
    )
    history.attrs.update(
        pool={"arena": arena_name, "category": category},
        draws=draws,
        skipped=skipped,
        epoch_breaks=epoch_breaks(rankings, arena_name, category).to_dict("records"),
    )
    return history


def leader_certainty_by_pool(
    rankings: pd.DataFrame,
    arena_name: str,
    categories: list[str],
    *,
    threshold: float = 0.95,
    draws: int = DEFAULT_DRAWS,
    seed: int = 0,
) -> pd.DataFrame:
    """Per pool: boards with intervals, leaders seen, and how often the lead was ``threshold``-sure.

    Columns: category, boards, first, last, leaders (distinct models at #1), median_p_leader,
    min_p_leader, boards_sure (boards with p_leader >= threshold), share_sure,
    median_could_be_first (models that cannot be ruled out as #1, median over boards) and
    median_half_width (half the leader's 95% interval, rating points, median over boards).
    ``attrs["source_ids"]``: every board source behind the summary.

    Example::

        >>> from videomarket import data
        >>> leader_certainty_by_pool(data.load_rankings(), "Artificial Analysis",
        ...                          ["text-to-video", "image-to-video"])  # doctest: +SKIP
    """
    if not 0 < threshold < 1:
        raise ValueError(f"threshold must lie strictly between 0 and 1, got {threshold!r}")
    rows, source_ids = [], set()
    for category in categories:
        history = leader_probability_history(rankings, arena_name, category, draws=draws, seed=seed)
        if history.empty:
            raise ValueError(f"no {arena_name} / {category} board carries rating intervals")
        source_ids |= set(history["source_id"].astype(str))
        sure = history["p_leader"] >= threshold
        rows.append(
            {
                "category": category,
                "boards": len(history),
                "first": history["snapshot_date"].min(),
                "last": history["snapshot_date"].max(),
                "leaders": history["model"].nunique(),
                "median_p_leader": float(history["p_leader"].median()),
                "min_p_leader": float(history["p_leader"].min()),
                "boards_sure": int(sure.sum()),
                "share_sure": float(sure.mean()),
                "median_could_be_first": float(history["n_could_be_first"].median()),
                "median_half_width": float(((history["ci_high"] - history["ci_low"]) / 2).median()),
            }
        )
    summary = pd.DataFrame(rows)
    summary.attrs.update(arena=arena_name, threshold=threshold, draws=draws, source_ids=sorted(source_ids))
    return summary


def _has_intervals(board: pd.DataFrame) -> bool:
    rated = board[board["elo"].notna()]
    return not rated.empty and bool(rated["ci_low"].notna().all() and rated["ci_high"].notna().all())


def _interval_arrays(board: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    missing = [c for c in ("ci_low", "ci_high") if c not in board.columns]
    if missing:
        raise ValueError(f"board lacks column(s) {missing}")
    low = pd.to_numeric(board["ci_low"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    high = pd.to_numeric(board["ci_high"], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    if np.isnan(low).any() or np.isnan(high).any():
        raise ValueError("every row of the board needs ci_low and ci_high")
    return low, high


def _certainty_table(rated: pd.DataFrame, *, draws: int, seed: int) -> pd.DataFrame:
    published = rated[["model", "elo", "ci_low", "ci_high"]].astype(
        {"elo": "float64", "ci_low": "float64", "ci_high": "float64"}
    )
    probabilities = arena.leader_probability(published, draws=draws, seed=seed)
    details = rated[["model", "model_name", "creator", "rank", "elo", "ci_low", "ci_high"]]
    table = details.merge(
        probabilities[["model", "sd", "p_leader", "p_above_next"]], on="model", validate="one_to_one"
    )
    table = rank_upper_bounds(table)
    return table.sort_values(["elo", "model"], ascending=[False, True], ignore_index=True)


def _history_record(leader: pd.Series, table: pd.DataFrame, board: pd.DataFrame) -> dict[str, object]:
    row = table[table["model"] == leader["model"]].iloc[0]
    top = table.iloc[0]
    # leader_probability gives P(first row above second row); the daily leader is that first row
    # unless it shares the top rating, and then the chance it beats the runner-up is exactly 1/2.
    beats = float(top["p_above_next"]) if top["elo"] == row["elo"] else float("nan")
    runner = table[table["model"] == leader["runner_up"]]
    could = table[table["could_be_first"]]
    return {
        "snapshot_date": leader.name,
        "scale_epoch": leader["scale_epoch"],
        "model": leader["model"],
        "model_name": leader["model_name"],
        "creator": leader["creator"],
        "elo": float(row["elo"]),
        "ci_low": float(row["ci_low"]),
        "ci_high": float(row["ci_high"]),
        "runner_up": leader["runner_up"],
        "runner_up_name": runner["model_name"].iloc[0] if not runner.empty else pd.NA,
        "margin": float(leader["margin"]) if pd.notna(leader["margin"]) else np.nan,
        "p_leader": float(row["p_leader"]),
        "p_beats_runner_up": beats,
        "n_could_be_first": len(could),
        "could_be_first": ", ".join(could["model_name"].astype(str)),
        "board_size": len(board),
        "evidence": leader["evidence"],
        "source_id": leader["source_id"],
    }
