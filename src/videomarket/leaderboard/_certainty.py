"""How sure is #1? Published leaderboards turned into probabilities, rank bounds and vote counts.

The notebook-03 facade over :mod:`videomarket.leaderboard._odds`, where boards become probabilities
(on top of :mod:`videomarket.leaderboard` for which board counts and who leads, and
:mod:`videomarket.arena` for the interval statistics); nothing here picks boards, fits ratings or
computes a probability itself. Every board used here carries an interval on each rated row.

* :func:`board_certainty`: one day's board with each model's probability of being truly #1 and
  its rank upper bound (``rank_ub``, the LMArena convention: 1 + the models whose interval lies
  entirely above this one's). ``could_be_first`` marks the models no other model is separated from.
* :func:`leader_probability_history`: the same for every day of a pool whose board carries
  intervals, one row per day, for the leader.
* :func:`leader_certainty_by_pool`: a one-row summary of that history per pool.
* :func:`opposed_odds`: the possible #1s with their errors moving apart, the other side of the
  correlated sensitivity check.
* :func:`nudged_board`: a board with its leader's rating and interval moved by some points, to read
  what a rebuilt value off by that much would give.

What gaps mean as preference and votes, and the comparison of our ratings with a publisher's, are
in :mod:`videomarket.leaderboard._gaps`.

Example::

    >>> import pandas as pd
    >>> from videomarket.arena import rank_upper_bounds
    >>> board = pd.DataFrame({"model": ["a", "b"], "ci_low": [1300, 1270], "ci_high": [1320, 1290]})
    >>> rank_upper_bounds(board)["rank_ub"].tolist()
    [1, 2]
"""

from __future__ import annotations

import pandas as pd

from videomarket.arena import leader_probability
from videomarket.leaderboard._odds import CORRELATION_CHECK, board_leader_odds, daily_leader_odds
from videomarket.leaderboard._scales import scale_changes

DEFAULT_DRAWS = 20_000  # used only where a chance is still simulated (a negative correlation)
BOARD_COLUMNS = (
    "model", "model_name", "creator", "rank", "elo", "ci_low", "ci_high", "sd", "p_leader", "p_above_next",
    "rank_ub", "could_be_first", "also_listed_as", "snapshot_date", "scale_epoch", "evidence", "source_id",
    "p_leader_correlated",
)
HISTORY_COLUMNS = (
    "snapshot_date", "scale_epoch", "model", "model_name", "creator", "elo", "ci_low", "ci_high", "runner_up",
    "runner_up_name", "margin", "p_leader", "p_beats_runner_up", "n_could_be_first", "could_be_first",
    "board_size", "evidence", "source_id", "p_leader_correlated", "listed_twice", "p_leader_counting_twice",
    "unchanged", "arena", "category",
)


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

    :func:`videomarket.leaderboard.board_leader_odds` of a board with an interval on every rated
    row. Columns: model, model_name, creator, rank, elo, ci_low, ci_high, sd, p_leader, p_above_next,
    rank_ub, could_be_first, and the board's snapshot_date, scale_epoch, evidence and source_id, then
    p_leader_correlated (errors correlated at 0.3); best
    first by rating.
    Raises ValueError when that day has no board, or its board lacks intervals.

    Example::

        >>> from videomarket import data
        >>> board_certainty(data.load_rankings(), "Artificial Analysis", "text-to-video").iloc[0]["model"]
        ... # doctest: +SKIP
        'wan-3-0'
    """
    table = board_leader_odds(rankings, arena_name, category, date, complete=True, draws=draws, seed=seed)
    return table[list(BOARD_COLUMNS)]


def leader_probability_history(
    rankings: pd.DataFrame, arena_name: str, category: str, *, draws: int = DEFAULT_DRAWS, seed: int = 0
) -> pd.DataFrame:
    """The leader of every day whose board carries intervals, and how sure its lead is.

    :func:`videomarket.leaderboard.daily_leader_odds` over the boards with an interval on every
    rated row (so a day's ``p_leader`` equals :func:`board_certainty`'s): ``p_leader``,
    ``p_beats_runner_up``, ``n_could_be_first`` and ``could_be_first`` (display names of the models
    with ``rank_ub == 1``), plus the board's margin, epoch, grade and source. The boards left out,
    and why, are ``boards_without_odds(..., complete=True)``; re-anchorings are :func:`epoch_breaks`.

    Example::

        >>> from videomarket import data
        >>> history = leader_probability_history(data.load_rankings(), "Artificial Analysis",
        ...                                      "text-to-video")  # doctest: +SKIP
        >>> history[["snapshot_date", "model", "p_leader"]].tail(1)  # doctest: +SKIP
    """
    odds = daily_leader_odds(rankings, arena_name, category, complete=True, draws=draws, seed=seed)
    return odds[list(HISTORY_COLUMNS)].astype(
        {"elo": "float64", "ci_low": "float64", "ci_high": "float64", "margin": "float64"}
    )


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

    Columns: category, boards (daily copies with intervals), distinct_boards (leaving out copies that
    repeat the previous board unchanged; the medians, minimum and shares below are over these), first,
    last, leaders (distinct models at #1), median_p_leader, min_p_leader, boards_sure (boards with
    p_leader >= threshold), share_sure, median_margin (#1 over #2, rating points),
    median_could_be_first (models that cannot be ruled out as #1), median_half_width (half the
    leader's 95% interval, rating points), latest_leader, latest_p_leader,
    latest_p_leader_correlated, latest_could_be_first, latest_half_width (the newest board's),
    scale_changes (how often the scale changed within these boards), re_rated (some change moved
    ratings by different amounts: gaps before and after are not comparable;
    :func:`~videomarket.leaderboard.scale_changes`) and
    source_ids (every board source behind the row, comma-separated).

    Example::

        >>> from videomarket import data
        >>> leader_certainty_by_pool(data.load_rankings(), "Artificial Analysis",
        ...                          ["text-to-video", "image-to-video"])  # doctest: +SKIP
    """
    if not 0 < threshold < 1:
        raise ValueError(f"threshold must lie strictly between 0 and 1, got {threshold!r}")
    rows = []
    for category in categories:
        history = leader_probability_history(rankings, arena_name, category, draws=draws, seed=seed)
        if history.empty:
            raise ValueError(f"no {arena_name} / {category} board carries rating intervals")
        distinct = history[~history["unchanged"]]  # a board copied again unchanged is not new evidence
        sure = distinct["p_leader"] >= threshold
        latest = history.iloc[-1]
        changes = scale_changes(rankings, arena_name, category)
        changes = changes[(changes["date"] > history["snapshot_date"].min())
                          & (changes["date"] <= history["snapshot_date"].max())]
        rows.append(
            {
                "category": category,
                "boards": len(history),
                "distinct_boards": len(distinct),
                "first": history["snapshot_date"].min(),
                "last": history["snapshot_date"].max(),
                "leaders": history["model"].nunique(),
                "median_p_leader": float(distinct["p_leader"].median()),
                "min_p_leader": float(distinct["p_leader"].min()),
                "boards_sure": int(sure.sum()),
                "share_sure": float(sure.mean()),
                "median_margin": float(distinct["margin"].median()),
                "median_could_be_first": float(distinct["n_could_be_first"].median()),
                "median_half_width": float(((distinct["ci_high"] - distinct["ci_low"]) / 2).median()),
                "latest_leader": str(latest["model_name"]),
                "latest_p_leader": float(latest["p_leader"]),
                "latest_p_leader_correlated": float(latest["p_leader_correlated"]),
                "latest_could_be_first": int(latest["n_could_be_first"]),
                "latest_half_width": float((latest["ci_high"] - latest["ci_low"]) / 2),
                "scale_changes": len(changes),
                "re_rated": bool((~changes["common_shift"]).any()),
                "source_ids": ", ".join(sorted(set(history["source_id"].astype(str)))),
            }
        )
    return pd.DataFrame(rows)


def opposed_odds(board: pd.DataFrame, *, draws: int = DEFAULT_DRAWS, seed: int = 0) -> pd.DataFrame:
    """The board's possible #1s with their rating errors correlated at ``-CORRELATION_CHECK``.

    The other side of the correlated sensitivity check: rivals' errors moving apart make a lead less
    sure. Only the models that ``could_be_first`` take part, because a negative correlation shared by
    a whole long board is impossible (it must stay above -1 / (models - 1)). ``board`` is
    :func:`board_certainty`; returns :func:`videomarket.arena.leader_probability` of those rows.

    Example::

        >>> board = pd.DataFrame({"model": ["a", "b", "c"], "elo": [1130.0, 1127.0, 1000.0],
        ...                       "ci_low": [1120.0, 1117.0, 990.0], "ci_high": [1140.0, 1137.0, 1010.0],
        ...                       "could_be_first": [True, True, False]})
        >>> opposed_odds(board)["model"].tolist()
        ['a', 'b']
    """
    return leader_probability(board[board["could_be_first"]], draws=draws, seed=seed, rho=-CORRELATION_CHECK)


def nudged_board(board: pd.DataFrame, points: float) -> pd.DataFrame:
    """The board (a :func:`board_certainty` table, leader first) with its leader's rating and both ends of
    its interval moved by ``points``, every other row as it was: what a rebuilt value off by that much
    would read, once passed to :func:`videomarket.arena.leader_probability`.

    Example::

        >>> b = pd.DataFrame({"model": ["w", "m"], "elo": [1129.0, 1118.0], "ci_low": [1118.0, 1107.0],
        ...                   "ci_high": [1140.0, 1129.0]})
        >>> nudged_board(b, -1)["elo"].tolist(), nudged_board(b, 1)["ci_high"].tolist()
        ([1128.0, 1118.0], [1141.0, 1129.0])
    """
    out = board.copy()
    for column in ("elo", "ci_low", "ci_high"):
        out.loc[out.index[0], column] = float(out[column].iloc[0]) + points
    return out


WRONG_DIGIT_POINTS = 10.0  # the smallest error a wrong tens digit in a rebuilt rating makes


def wrong_digit_odds(board: pd.DataFrame, *, points: float = WRONG_DIGIT_POINTS, draws: int = DEFAULT_DRAWS,
                     seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The chances of being truly #1 with the leader's rating (and interval) ``points`` lower and higher
    (:func:`nudged_board`): what a wrong tens digit in a rebuilt leader's value would give. Reports 00,
    02, 03 and 04 all read the latest board this way; returns (lower, higher)
    :func:`videomarket.arena.leader_probability` tables.

    Example::

        >>> b = pd.DataFrame({"model": ["w", "m"], "elo": [1129.0, 1118.0], "ci_low": [1118.0, 1107.0],
        ...                   "ci_high": [1140.0, 1129.0]})
        >>> low, high = wrong_digit_odds(b)
        >>> [round(float(t.loc[t["model"] == "w", "p_leader"].iloc[0]), 2) for t in (low, high)]
        [0.55, 1.0]
    """
    return tuple(leader_probability(nudged_board(board, step), draws=draws, seed=seed)
                 for step in (-points, points))


def digit_slips_possible(board: pd.DataFrame, before: pd.DataFrame, spread: float, *,
                         points: float = WRONG_DIGIT_POINTS) -> tuple[bool, bool]:
    """Whether the leader's rating on ``board`` could be a wrong tens digit (``points`` too high, too low)
    given the distinct board ``before``: a slip stays possible when the true rating it implies lies within
    ``spread`` (the widest gap between two copies of one day) of the leader's rating there. Returns
    (lower possible, higher possible); both True when ``before`` does not rate the leader.

    Example::

        >>> now = pd.DataFrame({"model": ["w"], "elo": [1129.0]})
        >>> digit_slips_possible(now, pd.DataFrame({"model": ["w"], "elo": [1127.0]}), 8.0)
        (True, False)
    """
    lead = board.iloc[0]
    old = before.loc[before["model"] == lead["model"], "elo"]
    if old.empty:
        return True, True
    return tuple(abs(float(lead["elo"]) + sign * points - float(old.iloc[0])) <= spread
                 for sign in (-1, 1))


def last_identical_pair_day(history: pd.DataFrame) -> pd.Timestamp | None:
    """The last board of ``history`` (:func:`leader_probability_history`) that listed one of the leader's
    rivals twice with identical numbers (its ``p_leader_counting_twice`` is set): where a like-for-like
    series of the leader's chance starts. None when no board did.

    Example::

        >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-05", "2026-10-06", "2026-10-07"]),
        ...                   "p_leader_counting_twice": [0.88, 0.83, None]})
        >>> last_identical_pair_day(h)
        Timestamp('2026-10-06 00:00:00')
    """
    days = history.loc[history["p_leader_counting_twice"].notna(), "snapshot_date"]
    return None if days.empty else pd.Timestamp(days.max())


def previous_distinct_day(boards: pd.DataFrame) -> pd.Timestamp:
    """The day of the distinct board before the newest one (``boards``: one row per board with
    ``snapshot_date`` and ``unchanged``, as :func:`leader_probability_history` or ``leader_gaps`` give
    them): the board a newest rating is set against.

    Example::

        >>> b = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-08", "2026-10-09", "2026-10-10"]),
        ...                   "unchanged": [False, True, False]})
        >>> previous_distinct_day(b)
        Timestamp('2026-10-08 00:00:00')
    """
    distinct = boards.loc[~boards["unchanged"].astype(bool)].sort_values("snapshot_date")
    if len(distinct) < 2:
        raise ValueError("previous_distinct_day: fewer than two distinct boards")
    return pd.Timestamp(distinct["snapshot_date"].iloc[-2])
