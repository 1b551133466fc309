"""How sure is a lead: the probability that a board's #1 is truly #1, from its published intervals.

The one place where a published board becomes probabilities; :mod:`videomarket.leaderboard._certainty`
(notebook 03) and :mod:`videomarket.guide` (notebook 04) call it.

* :func:`board_odds`: for one board, each row with an interval with ``p_leader`` and
  ``p_above_next`` (:func:`videomarket.arena.leader_probability`: each true rating normal around
  the published one, sd = interval half-width / 1.96, independent across models) and ``rank_ub``
  (:func:`rank_upper_bounds`).
* :func:`board_leader_odds`: that table for one day's board of a pool (the latest with odds by default).
* :func:`daily_leader_odds`: one row per day for the day's leader, as
  :func:`videomarket.leaderboard._boards.daily_leaders` picks it; :func:`spell_odds` per spell.

Which rows take part: those with a rating and an interval (the ``top_k`` highest-rated of them, if
given). A board gives odds when at least two rows take part and, with ``complete=True``, when no
rated row lacks an interval. Boards without intervals (press quotes, top-8 copies, the LMArena
scrapes) give no odds: such days are left out, never guessed.

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

import hashlib
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from statistics import NormalDist

import numpy as np
import pandas as pd

from videomarket.arena import board_odds, leader_probability, rows_with_intervals
from videomarket.leaderboard._boards import (
    based_on_pairs,
    daily_boards,
    daily_leaders,
    drop_duplicate_entries,
    duplicate_entries,
)
from videomarket.leaderboard._memo import remembered
from videomarket.leaderboard._spells import leader_spells

DEFAULT_DRAWS = 20_000  # used only where a chance is still simulated (a negative correlation)
ODDS_COLUMNS = (
    "snapshot_date", "scale_epoch", "model", "model_name", "creator", "elo", "ci_low", "ci_high", "p_leader",
    "runner_up", "runner_up_name", "runner_up_elo", "margin", "p_beats_runner_up", "n_compared",
    "n_could_be_first", "could_be_first", "board_size", "evidence", "source_id", "p_leader_correlated",
    "listed_twice", "p_leader_counting_twice", "unchanged",
)
CORRELATION_CHECK = 0.3  # a plausible correlation of anchored ratings: what independence is worth
_ODDS_TYPES = {
    "snapshot_date": "datetime64[ns]", "elo": "Float64", "ci_low": "Float64", "ci_high": "Float64",
    "p_leader": "float64", "runner_up_elo": "Float64", "margin": "Float64", "p_beats_runner_up": "float64",
    "n_compared": "int64", "n_could_be_first": "int64", "board_size": "int64",
    "p_leader_correlated": "float64", "listed_twice": "string", "p_leader_counting_twice": "Float64",
    "unchanged": "bool",
}


def board_leader_odds(
    rankings: pd.DataFrame, arena: str, category: str, date: object = None, *, complete: bool = False,
    top_k: int | None = None, draws: int = DEFAULT_DRAWS, seed: int = 0,
) -> pd.DataFrame:
    """:func:`board_odds` of one day's board of a pool (:func:`~videomarket.leaderboard.daily_boards`).

    ``date``: the board's day; default the latest board that gives odds (module rules; ``complete``
    requires an interval on every rated row). The rows keep the board's columns (day, scale epoch,
    source, grade, pool). An entry the board lists twice counts once: the kept row's ``also_listed_as``
    names the repeat ("" otherwise). ``p_leader`` assumes independent ratings; ``p_leader_correlated``
    is the same with a correlation of :data:`CORRELATION_CHECK`. Raises ValueError when the pool has no
    such board, or the day's board gives no odds.
    """
    pool = f"{arena} / {category}"
    boards = daily_boards(rankings, arena, category)
    if date is None:
        days = [day for day, board in boards.groupby("snapshot_date", sort=True)
                if why_no_odds(board, complete, top_k) is None]
        if not days:
            raise ValueError(f"no {pool} board publishes rating intervals"
                             + (" on every rated row" if complete else "") + ": no odds to compute")
        date = days[-1]
    day = pd.Timestamp(date)
    board = boards[boards["snapshot_date"] == day]
    if board.empty:
        raise ValueError(f"no {pool} board on {day.date()}")
    problem = why_no_odds(board, complete, top_k)
    if problem is not None:
        raise ValueError(f"the {pool} board of {day.date()} has {problem}: rows without a rating interval "
                         "give no probability")
    repeats = duplicate_entries(board)
    once = drop_duplicate_entries(board)
    table = board_odds(once, top_k=top_k, draws=draws, seed=seed)
    correlated = board_odds(once, top_k=top_k, draws=draws, seed=seed, rho=CORRELATION_CHECK)
    names = {r.same_as: _name(board, r.model) for r in repeats.itertuples()}
    return table.assign(
        p_leader_correlated=table["model"].map(correlated.set_index("model")["p_leader"]).astype("float64"),
        also_listed_as=[names.get(model, "") for model in table["model"]],
    )


BASED_ON_COLUMNS = (
    "snapshot_date", "leader", "leader_name", "model", "model_name", "same_as", "same_as_name", "elo",
    "same_as_elo", "identical", "p_leader", "p_leader_as_one", "p_leader_correlated",
    "p_leader_as_one_correlated",
)


def based_on_odds(
    rankings: pd.DataFrame, arena: str, category: str, date: object = None, *, draws: int = DEFAULT_DRAWS,
    seed: int = 0,
) -> pd.DataFrame:
    """What counting a "based on" pair as one entry would change on one board (the latest with odds by
    default): one row per pair of :func:`videomarket.leaderboard.based_on_pairs`.

    ``p_leader`` is the board leader's probability as every table gives it (an identical pair counted
    once, any other pair as two rivals); ``p_leader_as_one`` counts the pair as one entry rated as the
    higher of its two rows (the lower row left out: the cautious reading for the leader, which must beat
    the better of the two); both also with correlated ratings (``*_correlated``, :data:`CORRELATION_CHECK`).
    Empty (same columns) when the board has no such pair or gives no odds.

    >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"] * 3), "arena": "A",
    ...     "category": "c", "model": ["wan", "h3", "h3max"], "rank": [1, 3, 2],
    ...     "model_name": ["Wan 3.0", "MiniMax H3 (768p)", "MiniMax H3 Max (based on MiniMax H3)"],
    ...     "elo": [1129.0, 1117.0, 1118.0], "ci_low": [1118.0, 1106.0, 1107.0],
    ...     "ci_high": [1140.0, 1128.0, 1129.0], "scale_epoch": "e", "evidence": "A", "source_id": "s"})
    >>> row = based_on_odds(t, "A", "c").iloc[0]
    >>> bool(row["identical"]), bool(row["p_leader_as_one"] > row["p_leader"])
    (False, True)

    The row kept is the higher-rated one (1118), so the leader gains less than if the lower were kept:

    >>> kept_lower = board_leader_odds(t[t["model"] != "h3max"], "A", "c").iloc[0]["p_leader"]
    >>> bool(row["p_leader_as_one"] < kept_lower)
    True
    """
    try:
        odds = board_leader_odds(rankings, arena, category, date, draws=draws, seed=seed)
    except ValueError:
        return pd.DataFrame(columns=list(BASED_ON_COLUMNS))
    day = odds["snapshot_date"].iloc[0]
    boards = daily_boards(rankings, arena, category)
    board = boards[boards["snapshot_date"] == day]
    leader = odds.iloc[0]
    records = []
    for pair in based_on_pairs(board).itertuples():
        elo = board.set_index("model")["elo"]
        lower = pair.model if float(elo[pair.model]) <= float(elo[pair.same_as]) else pair.same_as
        alone = drop_duplicate_entries(board[board["model"] != lower])
        as_one = board_odds(alone, draws=draws, seed=seed).set_index("model")["p_leader"]
        as_one_correlated = board_odds(alone, draws=draws, seed=seed, rho=CORRELATION_CHECK).set_index(
            "model")["p_leader"]
        records.append({
            "snapshot_date": day, "leader": leader["model"], "leader_name": leader["model_name"],
            "model": pair.model, "model_name": _name(board, pair.model), "same_as": pair.same_as,
            "same_as_name": _name(board, pair.same_as),
            "elo": board.loc[board["model"] == pair.model, "elo"].iloc[0],
            "same_as_elo": board.loc[board["model"] == pair.same_as, "elo"].iloc[0],
            "identical": pair.identical, "p_leader": float(leader["p_leader"]),
            "p_leader_as_one": float(as_one.get(leader["model"], float("nan"))),
            "p_leader_correlated": float(leader["p_leader_correlated"]),
            "p_leader_as_one_correlated": float(as_one_correlated.get(leader["model"], float("nan"))),
        })
    return pd.DataFrame.from_records(records, columns=list(BASED_ON_COLUMNS)).astype(
        {"snapshot_date": "datetime64[ns]", "elo": "Float64", "same_as_elo": "Float64", "identical": "bool"})


@remembered
def daily_leader_odds(
    rankings: pd.DataFrame, arena: str, category: str, *, complete: bool = False, top_k: int | None = None,
    draws: int = DEFAULT_DRAWS, seed: int = 0,
) -> pd.DataFrame:
    """One row per board that gives odds and whose leader takes part: how sure that lead is.

    ``p_leader``: probability that the day's #1 (:func:`~videomarket.leaderboard.daily_leaders`) is
    truly highest among the rows compared (:func:`board_odds`, same ``draws`` and ``seed`` on every
    board, so a day's value equals :func:`board_leader_odds`'); ``runner_up``: the best-rated other
    row compared, ``margin`` the gap to it; ``p_beats_runner_up``: exact normal probability that the
    leader is truly above it; ``n_could_be_first`` / ``could_be_first``: how many / which (display
    names) of the rows compared have ``rank_ub == 1``. These probabilities assume independent ratings;
    ``p_leader_correlated`` is the same with a correlation of :data:`CORRELATION_CHECK` between them,
    to show how much that assumption moves it. An entry a board lists twice
    (:func:`~videomarket.leaderboard.duplicate_entries`) is counted once; ``listed_twice`` names such
    pairs and ``p_leader_counting_twice`` gives the value had both rows counted (NA when the board has
    none). ``unchanged``: the board repeats the previous board's models, ratings and intervals exactly
    (the archive copied it again before the arena re-rated), so it adds no new evidence. Days left
    out, and why, are :func:`boards_without_odds`. Empty (same columns) when no board has intervals.
    """
    records, previous = [], None
    for _, board, leader, problem in _board_status(rankings, arena, category, complete, top_k):
        if problem is not None:
            continue
        record = _remembered_record(board, leader, top_k, draws, seed)
        # an archive copies the board every day; the arena does not re-rate every day
        fingerprint = board_fingerprint(board)
        record["unchanged"] = fingerprint == previous
        previous = fingerprint
        records.append(record)
    odds = pd.DataFrame.from_records(records, columns=list(ODDS_COLUMNS)).astype(_ODDS_TYPES)
    return odds.assign(arena=arena, category=category)


def board_fingerprint(board: pd.DataFrame) -> tuple:
    """What makes two copies of a board the same board: every model with its rating and interval."""
    columns = [c for c in ("model", "elo", "ci_low", "ci_high") if c in board.columns]
    # str() of each cell, as ``astype(str)`` writes it, without building a frame per board
    return tuple(sorted(zip(*([str(v) for v in board[c].tolist()] for c in columns), strict=True)))


_RECORDS: OrderedDict[tuple, dict] = OrderedDict()
_RECORDS_KEPT = 4096  # every board of every pool a report reads, several times over


def _remembered_record(board: pd.DataFrame, leader: str, top_k: int | None, draws: int, seed: int) -> dict:
    """:func:`_board_record`, answered from memory for a board seen before with the same content.

    A board's odds depend only on the board: notebooks and tests ask for them through many windows of
    the history (each a new call of :func:`daily_leader_odds`), and the same boards recur in each.
    """
    key = (_content_digest(board), leader, top_k, draws, seed)
    if key not in _RECORDS:
        _RECORDS[key] = _board_record(board, leader, top_k, draws, seed)
        while len(_RECORDS) > _RECORDS_KEPT:
            _RECORDS.popitem(last=False)
    _RECORDS.move_to_end(key)
    return dict(_RECORDS[key])  # values are scalars and strings: a shallow copy is the caller's own


def _content_digest(board: pd.DataFrame) -> bytes:
    """Every cell, column name and type of a board: reprs of floats round-trip exactly, so equal
    digests mean equal content (about 4× faster than hashing with pandas for a board's few rows)."""
    content = repr([(name, str(dtype), board[name].tolist()) for name, dtype in board.dtypes.items()])
    return hashlib.blake2b(content.encode(), digest_size=20).digest()


def _board_record(board: pd.DataFrame, leader: str, top_k: int | None, draws: int, seed: int) -> dict:
    repeats = duplicate_entries(board)
    leader = dict(zip(repeats["model"], repeats["same_as"], strict=True)).get(leader, leader)
    once = board[~board["model"].isin(set(repeats["model"]))]  # drop_duplicate_entries, found once
    odds = board_odds(once, top_k=top_k, draws=draws, seed=seed)
    record = _leader_record(odds, leader, board_size=len(once))
    # the same rows as ``odds``, so the same draws: only the correlation differs
    correlated = leader_probability(odds[["model", "elo", "ci_low", "ci_high"]], draws=draws, seed=seed,
                                    rho=CORRELATION_CHECK)
    chances = dict(zip(correlated["model"], correlated["p_leader"], strict=True))
    record["p_leader_correlated"] = float(chances[leader])
    record["listed_twice"] = "; ".join(
        f"{_name(board, r.model)} = {_name(board, r.same_as)}" for r in repeats.itertuples()
    )
    record["p_leader_counting_twice"] = pd.NA
    if len(repeats):
        twice = board_odds(board, top_k=top_k, draws=draws, seed=seed).set_index("model")
        if leader in twice.index:
            record["p_leader_counting_twice"] = float(twice.loc[leader, "p_leader"])
    return record


def _name(board: pd.DataFrame, model: str) -> str:
    return str(board.loc[board["model"] == model, "model_name"].iloc[0])


def boards_without_odds(
    rankings: pd.DataFrame, arena: str, category: str, *, complete: bool = False, top_k: int | None = None
) -> pd.DataFrame:
    """The days :func:`daily_leader_odds` leaves out: ``snapshot_date`` and the ``reason``.

    Example::

        >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-10"] * 2), "arena": "LMArena",
        ...     "category": "text-to-video", "model": ["a", "b"], "rank": [1, 2], "elo": [1250.0, 1240.0],
        ...     "ci_low": pd.NA, "ci_high": pd.NA, "scale_epoch": "e1", "evidence": "B", "source_id": "s"})
        >>> boards_without_odds(t, "LMArena", "text-to-video")["reason"].tolist()
        ['under two rows with intervals']
    """
    skipped = [
        {"snapshot_date": day, "reason": problem}
        for day, _, _, problem in _board_status(rankings, arena, category, complete, top_k)
        if problem is not None
    ]
    return pd.DataFrame.from_records(skipped, columns=["snapshot_date", "reason"]).astype(
        {"snapshot_date": "datetime64[ns]", "reason": "string"}
    )


def _board_status(
    rankings: pd.DataFrame, arena: str, category: str, complete: bool, top_k: int | None
) -> Iterator[tuple[pd.Timestamp, pd.DataFrame, str, str | None]]:
    """Each day's board, its leader and why it gives no odds (None when it does)."""
    boards = daily_boards(rankings, arena, category)
    leaders = daily_leaders(rankings, arena, category).set_index("snapshot_date")["model"]
    for day, board in boards.groupby("snapshot_date", sort=True):
        leader = leaders.get(day)
        compared = rows_with_intervals(board, top_k)
        problem = "no rank-1 row" if leader is None else why_no_odds(board, complete, top_k, compared)
        if problem is None and leader not in set(compared["model"]):
            problem = "the leader is not among the rows with intervals compared"
        yield day, board, str(leader), problem


@remembered
def spell_odds(
    rankings: pd.DataFrame, arena: str, category: str, *, top_k: int | None = None,
    draws: int = DEFAULT_DRAWS, seed: int = 0,
) -> pd.DataFrame:
    """:func:`~videomarket.leaderboard.leader_spells` with how sure each spell's lead was.

    Adds ``boards_with_odds`` (boards of the spell with intervals), ``p_leader_min`` /
    ``p_leader_max`` (range of the daily ``p_leader``), ``p_leader_last`` (on the spell's last board
    with intervals), ``p_beats_runner_up_min`` and ``p_leader_last_correlated`` (the last value again,
    with correlated ratings: see :func:`daily_leader_odds`); NA when no board of the spell has intervals.
    """
    spells = leader_spells(rankings, arena, category)
    odds = daily_leader_odds(rankings, arena, category, top_k=top_k, draws=draws, seed=seed)
    columns = {"boards_with_odds": [], "p_leader_min": [], "p_leader_max": [], "p_leader_last": [],
               "p_beats_runner_up_min": [], "p_leader_last_correlated": []}
    for spell in spells.itertuples():
        inside = odds[(odds["snapshot_date"] >= spell.start) & (odds["snapshot_date"] <= spell.end)
                      & (odds["model"] == spell.model)]
        columns["boards_with_odds"].append(len(inside))
        columns["p_leader_min"].append(inside["p_leader"].min() if len(inside) else pd.NA)
        columns["p_leader_max"].append(inside["p_leader"].max() if len(inside) else pd.NA)
        columns["p_leader_last"].append(inside["p_leader"].iloc[-1] if len(inside) else pd.NA)
        columns["p_beats_runner_up_min"].append(inside["p_beats_runner_up"].min() if len(inside) else pd.NA)
        columns["p_leader_last_correlated"].append(
            inside["p_leader_correlated"].iloc[-1] if len(inside) else pd.NA
        )
    result = spells.assign(**columns)
    return result.astype({"boards_with_odds": "int64", **{c: "Float64" for c in list(columns)[1:]}})


def why_no_odds(board: pd.DataFrame, complete: bool, top_k: int | None,
                compared: pd.DataFrame | None = None) -> str | None:
    """None when the board gives odds, else what it lacks (said after "the board ... has"); ``compared``:
    the board's :func:`~videomarket.arena.rows_with_intervals`, when the caller has them already."""
    if complete:
        rated = board[board["elo"].notna()]
        if rated.empty or rated[["ci_low", "ci_high"]].isna().any(axis=None):
            return f"no intervals ({board['source_id'].iloc[0]})"
    if len(rows_with_intervals(board, top_k) if compared is None else compared) < 2:
        return "under two rows with intervals"
    return None


def _leader_record(odds: pd.DataFrame, leader: str, *, board_size: int) -> dict[str, object]:
    cells = {c: odds[c].tolist() for c in (
        "snapshot_date", "scale_epoch", "model", "model_name", "creator", "elo", "ci_low", "ci_high", "sd",
        "p_leader", "could_be_first", "evidence", "source_id")}
    at = cells["model"].index(leader)  # one row per model, best rated first
    row = {c: values[at] for c, values in cells.items()}
    rival = {c: values[1 if at == 0 else 0] for c, values in cells.items()}  # the best-rated other row
    could = [str(name) for name, first in zip(cells["model_name"], cells["could_be_first"], strict=True)
             if first]
    return {
        "snapshot_date": row["snapshot_date"], "scale_epoch": row["scale_epoch"], "model": leader,
        "model_name": row["model_name"], "creator": row["creator"], "elo": row["elo"],
        "ci_low": row["ci_low"], "ci_high": row["ci_high"], "p_leader": float(row["p_leader"]),
        "runner_up": rival["model"], "runner_up_name": rival["model_name"], "runner_up_elo": rival["elo"],
        "margin": row["elo"] - rival["elo"], "p_beats_runner_up": _p_above(row, rival),
        "n_compared": len(cells["model"]), "n_could_be_first": len(could),
        "could_be_first": ", ".join(could), "board_size": board_size,
        "evidence": row["evidence"], "source_id": row["source_id"],
    }


def _p_above(row: Mapping[str, object], rival: Mapping[str, object]) -> float:
    """P(row's true rating > rival's): the normal model and formula of arena's ``p_above_next``."""
    gap, spread = float(row["elo"]) - float(rival["elo"]), float(np.hypot(row["sd"], rival["sd"]))
    return NormalDist().cdf(gap / spread) if spread > 0 else (1.0 if gap > 0 else 0.5)


