"""One board per day and its leader: the rules every leaderboard analysis builds on.

Rules (tested in ``tests/leaderboard/test_spells.py``):

* **Pool.** A board is one ``arena`` and ``category``; nothing is compared across pools.
* **One source per day.** When several sources give the same day, the day's board is the one
  source that (1) shows a rank-1 row, then (2) has the best evidence grade (A = archived
  snapshot best, D worst), then (3) lists the most models (the fuller board), then (4) has the
  smallest ``source_id`` (so the choice is deterministic). Sources are not mixed within a day:
  ranks from a partial press list and a full archive are not on the same footing.
* **Leader.** The leader of a day is a row with ``rank == 1``. A board without a rank-1 row
  establishes no leader (a partial list is never promoted). Rank-only rows (``elo`` NA) establish
  the leader but give no margin. When several rows share rank 1, the highest rating leads; if they
  are level, yesterday's leader keeps the lead (so a tie never flips a spell), then the smallest id.
* **Ties at the top.** ``tied_with`` lists the other models of the same board with rank 1, the
  leader's exact rating, or a confidence interval overlapping the leader's; ``contested`` is true
  when that list is not empty. Ties are reported, never used to split a spell.
* **Margin.** Leader rating minus the best other rating *on the same board* (same day, source and
  scale epoch); NA when either is unknown.
* **Scale epochs.** A board belongs to one ``scale_epoch``; values are never compared across
  epochs (see :func:`epoch_breaks`).

Example::

    >>> import pandas as pd
    >>> from videomarket.leaderboard import daily_leaders
    >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-01-01"] * 2), "arena": "LMArena",
    ...     "category": "text-to-video", "model": ["a", "b"], "rank": [1, 2], "elo": [1250.0, 1240.0],
    ...     "scale_epoch": "e1", "evidence": "A", "source_id": "s"})
    >>> daily_leaders(t, "LMArena", "text-to-video")[["model", "margin"]].to_dict("records")
    [{'model': 'a', 'margin': 10.0}]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np
import pandas as pd

from videomarket.data.schemas import check_pool
from videomarket.leaderboard._memo import remembered

GRADES = ("A", "B", "C", "D")  # best to worst
REQUIRED_COLUMNS = (
    "snapshot_date", "arena", "category", "model", "rank", "elo", "scale_epoch", "evidence", "source_id",
)
_OPTIONAL_DEFAULTS: dict[str, object] = {
    "model_name": None,  # filled with the model id
    "creator": "",
    "ci_low": pd.NA,
    "ci_high": pd.NA,
    "date_precision": "day",
}
BOARD_COLUMNS = (
    "snapshot_date", "date_precision", "arena", "category", "scale_epoch", "model", "model_name", "creator",
    "rank", "elo", "ci_low", "ci_high", "evidence", "source_id", "n_sources",
)


def grade_order(grade: str) -> int:
    """0 for A (best) ... 3 for D (worst)."""
    return GRADES.index(grade)


def pool_rows(rankings: pd.DataFrame, arena: str, category: str) -> pd.DataFrame:
    """The rows of one pool, checked and typed (dates, nullable numbers, grade letters)."""
    if not isinstance(rankings, pd.DataFrame):
        raise ValueError(f"rankings must be a pandas DataFrame, got {type(rankings).__name__}")
    missing = [c for c in REQUIRED_COLUMNS if c not in rankings.columns]
    if missing:
        raise ValueError(f"rankings table lacks column(s) {missing}")
    in_pool = (rankings["arena"].astype("string") == arena) & (
        rankings["category"].astype("string") == category
    )
    rows = rankings.loc[in_pool.fillna(False).to_numpy(dtype=bool)].copy()
    if rows.empty:
        check_pool(arena, category)  # a typo gets the allowed values, a real pool the ones present
        pools = sorted({f"{a} / {c}" for a, c in zip(rankings["arena"], rankings["category"], strict=True)})
        raise ValueError(
            f"no rankings rows for arena={arena!r}, category={category!r}; pools present: {pools}"
        )
    for column, default in _OPTIONAL_DEFAULTS.items():
        if column not in rows.columns:
            rows[column] = default
    return _typed(rows)


def _typed(rows: pd.DataFrame) -> pd.DataFrame:
    try:
        rows["snapshot_date"] = pd.to_datetime(rows["snapshot_date"]).astype("datetime64[ns]")
    except (ValueError, TypeError) as error:
        raise ValueError(f"rankings column `snapshot_date` holds a non-date value: {error}") from None
    if rows["snapshot_date"].isna().any():
        raise ValueError("rankings column `snapshot_date` has empty cells")
    for column in ("model", "scale_epoch", "source_id", "arena", "category", "date_precision"):
        rows[column] = rows[column].astype("string")
        if column != "date_precision" and rows[column].isna().any():
            raise ValueError(f"rankings column `{column}` has empty cells in this pool")
    rows["model_name"] = rows["model_name"].astype("string").fillna(rows["model"])
    rows["creator"] = rows["creator"].astype("string").fillna("")
    rows["rank"] = pd.to_numeric(rows["rank"], errors="raise").astype("Int64")
    for column in ("elo", "ci_low", "ci_high"):
        rows[column] = pd.to_numeric(rows[column], errors="raise").astype("Float64")
    rows["evidence"] = rows["evidence"].astype("string").str.strip().str.upper()
    bad = sorted(set(rows.loc[~rows["evidence"].isin(GRADES).fillna(False), "evidence"].astype(str)))
    if bad:
        raise ValueError(f"rankings column `evidence` must be one of {GRADES}, found {bad}")
    duplicated = rows.duplicated(["snapshot_date", "model", "source_id"], keep=False)
    if duplicated.any():
        first = rows.loc[duplicated].iloc[0]
        raise ValueError(
            f"rankings has {int(duplicated.sum())} rows repeating (snapshot_date, model, source_id), e.g. "
            f"{first['snapshot_date'].date()} {first['model']} {first['source_id']}"
        )
    epochs_per_board = rows.groupby(["snapshot_date", "source_id"])["scale_epoch"].nunique()
    if (epochs_per_board > 1).any():
        date, source = epochs_per_board[epochs_per_board > 1].index[0]
        raise ValueError(f"board {date.date()} from {source} mixes several scale_epoch values")
    return rows


@remembered
def daily_boards(rankings: pd.DataFrame, arena: str, category: str) -> pd.DataFrame:
    """One source's board per day (see the module rules), sorted by date then rank.

    Adds ``n_sources``: how many sources gave a board for that day.
    """
    rows = pool_rows(rankings, arena, category)
    per_source = rows.groupby(["snapshot_date", "source_id"], as_index=False).agg(
        has_top=("rank", lambda r: bool((r == 1).fillna(False).any())),
        grade=("evidence", lambda g: min(grade_order(x) for x in g)),
        size=("model", "size"),
    )
    per_source["n_sources"] = per_source.groupby("snapshot_date")["source_id"].transform("size")
    chosen = (
        per_source.sort_values(
            ["snapshot_date", "has_top", "grade", "size", "source_id"],
            ascending=[True, False, True, False, True],
        )
        .drop_duplicates("snapshot_date")[["snapshot_date", "source_id", "n_sources"]]
    )
    boards = rows.merge(chosen, on=["snapshot_date", "source_id"], how="inner")
    boards = boards.sort_values(
        ["snapshot_date", "rank", "elo", "model"], ascending=[True, True, False, True], na_position="last"
    )
    return boards[list(BOARD_COLUMNS)].reset_index(drop=True)


def epoch_breaks(rankings: pd.DataFrame, arena: str, category: str) -> pd.DataFrame:
    """Where the rating scale changes: one row per new epoch after the first.

    Columns ``date`` (first board of the new epoch), ``scale_epoch``, ``previous_epoch``,
    ``previous_date`` (last board of the previous epoch).
    """
    boards = daily_boards(rankings, arena, category)
    days = boards.drop_duplicates("snapshot_date")[["snapshot_date", "scale_epoch"]].reset_index(drop=True)
    changed = days["scale_epoch"].ne(days["scale_epoch"].shift()) & days.index.to_series().gt(0)
    result = pd.DataFrame({
        "date": days.loc[changed, "snapshot_date"].to_numpy(),
        "scale_epoch": days.loc[changed, "scale_epoch"].to_numpy(),
        "previous_epoch": days["scale_epoch"].shift().loc[changed].to_numpy(),
        "previous_date": days["snapshot_date"].shift().loc[changed].to_numpy(),
    })
    return result.astype({"date": "datetime64[ns]", "previous_date": "datetime64[ns]"})


@remembered
def daily_leaders(rankings: pd.DataFrame, arena: str, category: str) -> pd.DataFrame:
    """The #1 of every day whose board shows a rank-1 row, with runner-up, margin and ties.

    Columns: ``snapshot_date``, ``date_precision``, ``scale_epoch``, ``model``, ``model_name``,
    ``creator``, ``elo``, ``ci_low``, ``ci_high``, ``runner_up``, ``runner_up_elo``, ``margin``,
    ``tied_with`` (comma-separated model ids, "" if none), ``contested``, ``evidence``,
    ``source_id``, ``board_size``.
    """
    boards = daily_boards(rankings, arena, category)
    # one list per column, read by position: pandas per board costs more than the whole rule
    cells = {column: boards[column].tolist() for column in boards.columns}
    records: list[dict[str, object]] = []
    previous: str | None = None
    for rows in _day_rows(boards["snapshot_date"]):
        leader = _pick_leader(cells, rows, previous)
        if leader is None:
            continue  # no rank-1 row that day: the day says nothing about the leader
        records.append(_leader_record(cells, rows, leader))
        previous = str(cells["model"][leader])
    return pd.DataFrame.from_records(records, columns=_LEADER_COLUMNS).astype(_LEADER_TYPES)


_LEADER_COLUMNS = (
    "snapshot_date", "date_precision", "scale_epoch", "model", "model_name", "creator", "elo", "ci_low",
    "ci_high", "runner_up", "runner_up_elo", "margin", "tied_with", "contested", "evidence", "source_id",
    "board_size",
)
_LEADER_TYPES = {
    "snapshot_date": "datetime64[ns]", "elo": "Float64", "ci_low": "Float64", "ci_high": "Float64",
    "runner_up_elo": "Float64", "margin": "Float64", "contested": "bool", "board_size": "int64",
    "model": "string", "model_name": "string", "creator": "string", "runner_up": "string",
    "tied_with": "string", "scale_epoch": "string", "evidence": "string", "source_id": "string",
    "date_precision": "string",
}
_Cells = dict[str, list]


def _day_rows(dates: pd.Series) -> Iterator[range]:
    """The positions of each day's rows in a table sorted by day (a day without a date is skipped)."""
    values = dates.to_numpy()
    if len(values) == 0:
        return
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]]).tolist()
    for start, end in zip(starts, [*starts[1:], len(values)], strict=True):
        if not pd.isna(values[start]):
            yield range(start, end)


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _equals(value: object, target: object) -> bool:
    return not _missing(value) and value == target


def _pick_leader(cells: _Cells, rows: range, previous: str | None) -> int | None:
    rank, elo, model = cells["rank"], cells["elo"], cells["model"]
    top = [i for i in rows if _equals(rank[i], 1)]
    if not top:
        return None
    rated = [elo[i] for i in top if not _missing(elo[i])]  # none when all rank-1 rows are rank-only
    level = [i for i in top if _equals(elo[i], max(rated))] if rated else top
    same = [i for i in level if previous is not None and model[i] == previous]
    return same[0] if same else min(level, key=lambda i: (model[i], i))


def _leader_record(cells: _Cells, rows: range, leader: int) -> dict[str, object]:
    elo, rank, model = cells["elo"], cells["rank"], cells["model"]
    others = [i for i in rows if i != leader]
    rated = [i for i in others if not _missing(elo[i])]
    if rated:  # the best-rated other row; equal ratings by model, then board order
        runner: int | None = min(rated, key=lambda i: (-elo[i], model[i], i))
    else:
        second = [i for i in others if _equals(rank[i], 2)]
        runner = min(second, key=lambda i: (model[i], i)) if second else None
    runner_elo = elo[runner] if runner is not None else pd.NA
    margin = elo[leader] - runner_elo if not (_missing(elo[leader]) or _missing(runner_elo)) else pd.NA
    tied = _tied_with(cells, leader, others)
    row = {column: cells[column][leader] for column in (
        "snapshot_date", "date_precision", "scale_epoch", "model", "model_name", "creator", "elo", "ci_low",
        "ci_high", "evidence", "source_id")}
    return {
        **row, "runner_up": model[runner] if runner is not None else pd.NA, "runner_up_elo": runner_elo,
        "margin": margin, "tied_with": ", ".join(tied), "contested": bool(tied), "board_size": len(rows),
    }


def _tied_with(cells: _Cells, leader: int, others: list[int]) -> list[str]:
    """Other rows sharing rank 1, the leader's rating, or an overlapping interval; by rank, then model."""
    rank, elo, low, high, model = (cells[c] for c in ("rank", "elo", "ci_low", "ci_high", "model"))
    has_interval = not (_missing(low[leader]) or _missing(high[leader]))

    def tied(i: int) -> bool:
        overlaps = (has_interval and not (_missing(low[i]) or _missing(high[i]))
                    and high[i] >= low[leader] and low[i] <= high[leader])
        return _equals(rank[i], 1) or _equals(elo[i], elo[leader]) or overlaps

    def order(i: int) -> tuple:
        return (_missing(rank[i]), 0 if _missing(rank[i]) else rank[i], model[i], i)

    return [str(model[i]) for i in sorted(filter(tied, others), key=order)]


_BASED_ON = re.compile(r"\((?:based on|post-trained from)\s+(?P<base>[^)]+)\)", re.IGNORECASE)


def duplicate_entries(board: pd.DataFrame) -> pd.DataFrame:
    """Rows of one board that list the same entry twice: ``model`` (the repeat) and ``same_as`` (kept).

    The rule (documented in data/README): two rows are one entry listed twice when they carry the same
    rating and the same interval ends, and one row's name says it is based on the other's model
    ("MiniMax H3 Max (based on MiniMax H3)" beside "MiniMax H3 (768p)"). Identical numbers alone are
    not enough: with whole-point ratings, different models share them often. The "based on" row is
    the repeat; the base model's row is kept.

    >>> b = pd.DataFrame({"model": ["wan", "h3", "h3max", "x"], "elo": [1128.0, 1116.0, 1116.0, 1116.0],
    ...     "ci_low": [1116.0, 1104.0, 1104.0, 1104.0], "ci_high": [1140.0, 1128.0, 1128.0, 1128.0],
    ...     "model_name": ["Wan 3.0", "MiniMax H3 (768p)", "MiniMax H3 Max (based on MiniMax H3)", "X"]})
    >>> duplicate_entries(b).values.tolist()
    [['h3max', 'h3']]
    """
    columns = ["model", "same_as"]
    if board.empty or "model_name" not in board.columns:
        return pd.DataFrame(columns=columns)
    raw = board["model"].tolist()
    names, models = [str(v) for v in board["model_name"].tolist()], [str(v) for v in raw]
    numbers = list(zip(*(board[c].tolist() for c in ("elo", "ci_low", "ci_high")), strict=True))
    pairs = []
    for at, base in _based_on_rows(pd.Series(names), pd.Series(models)):
        if any(map(_missing, numbers[at])):  # the rule needs a rating and both interval ends to match
            continue
        same = [other for other in range(len(raw)) if other != at
                and all(_equals(v, own) for v, own in zip(numbers[other], numbers[at], strict=True))
                and (names[other].lower().startswith(base)
                     or models[other].replace("-", " ").startswith(base))]
        pairs += [(raw[at], raw[other]) for other in same[:1]]
    return pd.DataFrame(pairs, columns=columns)


def _based_on_rows(names: pd.Series, models: pd.Series) -> Iterator[tuple[object, str]]:
    """(row label, base model) for each row whose name or id says it is based on another model."""
    for index, name, model in zip(names.index, names, models, strict=True):
        base = _base_of(name, model)
        if base is not None:
            yield index, base


def _base_of(name: str, model: str) -> str | None:
    """The model a row says it is based on, from its board name or, once a board drops the words, its id."""
    match = _BASED_ON.search(name)
    if match is not None:
        return match.group("base").strip().lower()
    slug = re.search(r"-based-on-(?P<base>[a-z0-9-]+)$", model)
    return slug.group("base").replace("-", " ") if slug is not None else None


def drop_duplicate_entries(board: pd.DataFrame) -> pd.DataFrame:
    """The board without the repeats of :func:`duplicate_entries` (each entry counted once)."""
    repeats = set(duplicate_entries(board)["model"])
    return board[~board["model"].isin(repeats)] if repeats else board


def boards_once(boards: pd.DataFrame) -> pd.DataFrame:
    """Daily boards (:func:`daily_boards`) with every entry counted once on every board: the repeats of
    :func:`duplicate_entries` are dropped and the ranks below them re-numbered (each row moves up by the
    number of repeats ranked strictly above it), so a pair listed twice at #2 leaves the next model #3.

    >>> b = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-02"] * 4),
    ...     "model": ["wan", "h3", "h3max", "s"], "rank": [1, 2, 2, 4],
    ...     "elo": [1128.0, 1115.0, 1115.0, 1105.0],
    ...     "ci_low": [1117.0, 1103.0, 1103.0, 1094.0], "ci_high": [1139.0, 1127.0, 1127.0, 1116.0],
    ...     "model_name": ["Wan 3.0", "MiniMax H3 (768p)", "MiniMax H3 Max (based on MiniMax H3)", "S"]})
    >>> boards_once(b)[["model", "rank"]].values.tolist()
    [['wan', 1], ['h3', 2], ['s', 3]]
    """
    if boards.empty:
        return boards
    kept = []
    # one board is one pool of one arena on one day: a repeat is looked for within it, never across pools
    keys = [c for c in ("arena", "category", "snapshot_date") if c in boards.columns]
    for _, board in boards.groupby(keys, sort=False, dropna=False):
        repeats = board[board["model"].isin(set(duplicate_entries(board)["model"]))]
        if repeats.empty:
            kept.append(board)
            continue
        once = board.drop(index=repeats.index).copy()
        above = [(once["rank"] > int(d)).fillna(False).astype(int) for d in repeats["rank"].dropna()]
        once["rank"] = (once["rank"] - sum(above)).astype(board["rank"].dtype)
        kept.append(once)
    return pd.concat(kept).reset_index(drop=True)


def based_on_pairs(board: pd.DataFrame) -> pd.DataFrame:
    """Rows of one board whose name (or id) says they are based on another row's model, whatever their
    numbers: ``model`` (the "based on" row), ``same_as`` (the base row) and ``identical`` (same rating
    and interval ends, so :func:`duplicate_entries` counts them once). Where several rows start with the
    base's name, the one with the same numbers, else the closest rating, is the base.

    A pair that is not identical stays two rivals in every probability; this table lets a method check
    say what counting it once would change.

    >>> b = pd.DataFrame({"model": ["wan", "h3", "h3max"], "elo": [1129.0, 1117.0, 1118.0],
    ...     "ci_low": [1118.0, 1106.0, 1107.0], "ci_high": [1140.0, 1128.0, 1129.0],
    ...     "model_name": ["Wan 3.0", "MiniMax H3 (768p)", "MiniMax H3 Max (based on MiniMax H3)"]})
    >>> based_on_pairs(b).values.tolist()
    [['h3max', 'h3', False]]
    """
    columns = ["model", "same_as", "identical"]
    if board.empty or "model_name" not in board.columns:
        return pd.DataFrame(columns=columns)
    names = board["model_name"].astype(str)
    models = board["model"].astype(str)
    numbers = board[["elo", "ci_low", "ci_high"]]
    pairs = []
    for index, base in _based_on_rows(names, models):
        candidates = board[(board.index != index)
                           & (names.str.lower().str.startswith(base)
                              | models.str.replace("-", " ").str.startswith(base))]
        if candidates.empty:
            continue
        same = numbers.loc[candidates.index].eq(numbers.loc[index]).fillna(False).all(axis=1)
        distance = (candidates["elo"].astype("Float64") - board.loc[index, "elo"]).abs().fillna(float("inf"))
        ranked = candidates.assign(_same=~same, _distance=distance).sort_values(["_same", "_distance"])
        chosen = ranked.index[0]
        identical = bool(same.loc[chosen]) and not numbers.loc[index].isna().any()
        pairs.append((board.loc[index, "model"], board.loc[chosen, "model"], identical))
    return pd.DataFrame(pairs, columns=columns).astype({"identical": "bool"})
