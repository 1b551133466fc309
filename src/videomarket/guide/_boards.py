"""Which model for which need: the board of a date, each pool's leader with its uncertainty, and more.

Rules:

* **One board per pool and date.** :func:`board_on` takes the day's board exactly as
  :func:`videomarket.leaderboard.daily_boards` chooses it (one source per day), for the latest day on
  or before ``date`` (``None``: the newest) and, with ``not_before``, not earlier than that. Grade-D
  rows are left out by default (``worst_grade="C"``). No board in the window raises
  :class:`NoBoardError`; a caller asking several pools turns it into a row saying so. A name a
  scraper glued the page's "Open Weights" badge to ("MiniMax H3Open Weights", see data/README) is
  shown without it.
* **Leader.** The leader is :func:`videomarket.leaderboard.daily_leaders`' leader of that day (so the
  tie rules are the same everywhere); its runner-up, margin and ties come from there too.
* **How sure.** ``p_leader`` is :func:`videomarket.arena.board_odds` over every row of the board
  that publishes a 95% interval, with the draws and seed of
  :func:`videomarket.leaderboard.daily_leader_odds` (so a leader's value is the one notebook 03
  gives for that day); ``p_leader_correlated`` the same with a correlation of
  :data:`videomarket.leaderboard.CORRELATION_CHECK` between the ratings (independence is an
  assumption: this shows what it is worth); ``p_beats_runner_up`` the exact normal probability over
  the leader and the runner-up alone. Rows without intervals (secondary sources) give NA, never a
  guess. An entry the board lists twice (:func:`videomarket.leaderboard.duplicate_entries`) counts
  once: the runner-up is never the leader's or another row's repeat, and ``listed_twice`` names the
  pairs.
* **Runner-up.** ``runner_up_names`` lists the runner-up and every row at its very rating ("Bach 1.0
  Pro; Wan 3.0", a tie for second), ``n_runner_ups`` counts them.
* **Developer.** The leader's ``creator`` is its parent company
  (:func:`videomarket.leaderboard.parent_developer`: "KlingAI" counts for Kuaishou). A model "based on"
  another counts for the base model's developer only when a hosting platform lists it
  (``hosted_by``, e.g. "Fal" for MiniMax H3 Max); a developer that builds its own product on another's
  model keeps it (Utopai Studios' Utopai X). ``built_on`` names the base model either way
  (:func:`built_on`), for the leader and (``runner_up_*``) the runner-up.
* **Catalogue facts.** :func:`with_catalogue` adds the catalogue's developer (spellings unified) and
  flags to a board; a model the catalogue lacks keeps the board's developer name. Subsets
  (open weights, native audio) and developers' offers are in :mod:`videomarket.guide._offer`,
  prices in :mod:`videomarket.guide._value`, claims in :mod:`videomarket.guide._claims`.

Example::

    >>> from videomarket import data, guide
    >>> guide.pool_leaders(data.load_rankings())[["category", "model", "p_leader"]]  # doctest: +SKIP
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, TypedDict, Unpack

import pandas as pd

from videomarket.arena import board_odds, leader_probability, rows_with_intervals
from videomarket.data import readable_name
from videomarket.data.schemas import AA_POOLS, check_pool
from videomarket.data.schemas import POOL_LABELS as POOL_LABELS  # part of guide's public surface
from videomarket.leaderboard import (
    CORRELATION_CHECK,
    GRADES,
    canonical_creator,
    daily_boards,
    daily_leaders,
    drop_duplicate_entries,
    duplicate_entries,
    parent_developer,
)

ARENA = "Artificial Analysis"
LEADER_COLUMNS = (
    "category", "snapshot_date", "date_precision", "evidence", "source_id", "board_size", "model",
    "model_name", "creator", "elo", "ci_low", "ci_high", "runner_up", "runner_up_name", "runner_up_elo",
    "margin", "runner_up_names", "n_runner_ups", "tied_with", "p_leader", "p_leader_correlated",
    "p_beats_runner_up", "n_compared", "listed_twice", "built_on", "hosted_by", "runner_up_built_on",
    "runner_up_hosted_by", "note",
)


DRAWS = 20_000  # as leaderboard.daily_leader_odds: the same seed and draws give notebook 03's values
NO_INTERVAL_NOTE = "no interval published: the lead is a point estimate, its chance cannot be computed"


class NoBoardError(ValueError):
    """No board of the pool in the asked date window."""


def board_on(
    rankings: pd.DataFrame,
    date: object = None,
    arena: str = ARENA,
    category: str = "text-to-video",
    *,
    not_before: object = None,
    worst_grade: str = "C",
) -> pd.DataFrame:
    """The pool's board of the latest day in ``[not_before, date]`` (rules in the module docstring).

    Its rows carry the board's ``arena``, ``category``, ``snapshot_date``, ``source_id``, ``evidence``
    and ``date_precision``.

    >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-01-01", "2026-02-01"]), "arena": "A",
    ...     "category": "c", "model": ["a", "b"], "rank": 1, "elo": 1200.0, "scale_epoch": "e",
    ...     "evidence": "A", "source_id": ["s1", "s2"]})
    >>> board_on(t, "2026-01-20", "A", "c")["model"].tolist()
    ['a']
    """
    upto, since = _day(date, "date"), _day(not_before, "not_before")
    usable = usable_rows(rankings, worst_grade)
    in_pool = (usable["arena"].astype(str) == arena) & (usable["category"].astype(str) == category)
    if not in_pool.any():
        check_pool(arena, category)  # ValueError, not NoBoardError: a typo must not become a "no board" note
        raise NoBoardError(f"no {arena} {category} rows with evidence {worst_grade!r} or better")
    boards = daily_boards(usable, arena, category)
    days = boards["snapshot_date"]
    window = pd.Series(True, index=boards.index)
    if upto is not None:
        window &= days <= upto
    if since is not None:
        window &= days >= since
    if not window.any():
        raise NoBoardError(f"no {arena} {category} board {_window_text(since, upto)}; its boards run from "
                           f"{days.min():%Y-%m-%d} to {days.max():%Y-%m-%d}")
    day = days[window].max()
    board = boards[days == day].reset_index(drop=True)
    if "model_name" in board.columns:
        board["model_name"] = board["model_name"].map(board_name)
        if arena == ARENA:  # an id where the copy gives no display name: said as a name (LMArena keeps ids)
            board["model_name"] = board["model_name"].map(readable_name)
    return board


_GLUED_BADGE = re.compile(r"(?<=\S)Open Weights$")
def board_name(name: object) -> object:
    """A board's model name without the "Open Weights" badge a scraper glued to it (NA kept).

    >>> board_name("MiniMax H3Open Weights"), board_name("LTX-2.3 Fast"), board_name("Open Weights X")
    ('MiniMax H3', 'LTX-2.3 Fast', 'Open Weights X')
    """
    if not isinstance(name, str):
        return name
    return _GLUED_BADGE.sub("", name)


def usable_rows(rankings: pd.DataFrame, worst_grade: str = "C") -> pd.DataFrame:
    """The rankings rows whose evidence grade is ``worst_grade`` or better (A best)."""
    if worst_grade not in GRADES:
        raise ValueError(f"worst_grade must be one of {GRADES}, got {worst_grade!r}")
    if not isinstance(rankings, pd.DataFrame) or "evidence" not in rankings.columns:
        raise ValueError("rankings must be a DataFrame with an `evidence` column")
    allowed = GRADES[: GRADES.index(worst_grade) + 1]
    keep = rankings["evidence"].astype(str).str.strip().str.upper().isin(allowed).to_numpy()
    return rankings[keep]


def board_top(board: pd.DataFrame, top_n: int = 10, *, seed: int = 0,
              show_repeats: bool = False) -> pd.DataFrame:
    """The board's first ``top_n`` rows with ``p_leader`` (probability of being truly #1 on the board)
    and ``p_leader_correlated`` (the same with correlated ratings; see the module rules).

    Every row of the board with a published interval takes part, not only the rows returned; the
    others get NA, and so do all rows when fewer than two have intervals. ``n_compared`` counts the
    rows compared. An entry the board lists twice (:func:`videomarket.leaderboard.duplicate_entries`)
    counts once; with ``show_repeats`` its repeat stays among the rows, with no chance of its own and
    ``same_as`` naming the row it repeats.

    >>> t = pd.DataFrame({"model": ["a", "b", "c"], "rank": [1, 2, 3], "elo": [1300.0, 1200.0, 1190.0],
    ...                   "ci_low": [1290.0, 1190.0, None], "ci_high": [1310.0, 1210.0, None]})
    >>> top = board_top(t, 2)
    >>> top["model"].tolist(), top["p_leader"].round(3).tolist(), int(top["n_compared"].iloc[0])
    (['a', 'b'], [1.0, 0.0], 2)
    """
    if isinstance(top_n, bool) or not isinstance(top_n, int) or top_n < 1:
        raise ValueError(f"top_n must be a positive integer, got {top_n!r}")
    once = drop_duplicate_entries(board)
    shown = once
    if show_repeats:
        pairs = duplicate_entries(board)
        names = board.set_index("model")["model_name"] if "model_name" in board.columns else None
        same = pairs.set_index("model")["same_as"]
        shown = board.assign(same_as=board["model"].map(same if names is None else same.map(names)))
    top = shown.sort_values(["rank", "elo"], ascending=[True, False], na_position="last").head(top_n).copy()
    compared = rows_with_intervals(once)
    for column in ("p_leader", "p_leader_correlated"):
        top[column] = pd.Series(pd.NA, index=top.index, dtype="Float64")
    if len(compared) >= 2:
        for column, rho in (("p_leader", 0.0), ("p_leader_correlated", CORRELATION_CHECK)):
            odds = board_odds(once, draws=DRAWS, seed=seed, rho=rho).set_index("model")["p_leader"]
            top[column] = top["model"].map(odds).astype("Float64")  # a shown repeat maps to NA
    top["n_compared"] = len(compared) if len(compared) >= 2 else 0
    return top.reset_index(drop=True)


def board_tops(
    rankings: pd.DataFrame,
    date: object = None,
    top_n: int = 8,
    *,
    arena: str = ARENA,
    categories: tuple[str, ...] = AA_POOLS,
    worst_grade: str = "C",
    seed: int = 0,
    drop: str | None = None,
    show_repeats: bool = False,
) -> dict[str, pd.DataFrame]:
    """``{category: board_top(board_on(...), top_n)}`` for the pools with a board on ``date`` (the
    others are absent): the top of each board with each model's chance of being truly #1.

    ``drop`` leaves that model off every board: the chances if it and a model it copies counted as one
    rival (a sensitivity, not a correction). ``show_repeats``: see :func:`board_top`."""
    if drop is not None:
        rankings = rankings[rankings["model"].astype(str) != str(drop)]
    return {category: board_top(board, top_n, seed=seed, show_repeats=show_repeats)
            for category, board in boards_by_pool(rankings, date, arena, categories, None, worst_grade)
            if not isinstance(board, NoBoardError)}


def same_rating_days(rankings: pd.DataFrame, first: str, second: str, category: str,
                     arena: str = ARENA) -> pd.DatetimeIndex:
    """The board dates on which the models ``first`` and ``second`` share the same rating and 95%
    interval in ``category`` (rows with an interval only).

    >>> rows = pd.DataFrame({"arena": ARENA, "category": "c", "model": ["a", "b", "a", "b"],
    ...     "snapshot_date": pd.to_datetime(["2026-10-02"] * 2 + ["2026-10-03"] * 2),
    ...     "elo": [5.0, 5.0, 6.0, 5.0], "ci_low": [4.0, 4.0, 5.0, 4.0], "ci_high": [6.0, 6.0, 7.0, 6.0]})
    >>> [f"{d:%d %b}" for d in same_rating_days(rows, "a", "b", "c")]
    ['02 Oct']
    """
    pool = rankings[(rankings["arena"].astype(str) == arena) & (rankings["category"].astype(str) == category)
                    & rankings["ci_low"].notna()]
    keys = ["snapshot_date", "elo", "ci_low", "ci_high"]
    a = pool[pool["model"].astype(str) == first][keys].drop_duplicates()
    b = pool[pool["model"].astype(str) == second][keys].drop_duplicates()
    return pd.DatetimeIndex(sorted(a.merge(b, on=keys)["snapshot_date"].unique()))


def first_interval_board(
    rankings: pd.DataFrame,
    after: object,
    arena: str = ARENA,
    category: str = "text-to-video",
    *,
    scale_epoch: str | None = None,
    worst_grade: str = "C",
) -> pd.DataFrame:
    """The earliest board after ``after`` whose rows publish 95% intervals (in ``scale_epoch`` if given).

    For a board without intervals, this is the nearest later board that says how wide they were.
    """
    start = _day(after, "after")
    boards = daily_boards(usable_rows(rankings, worst_grade), arena, category)
    later = boards[(boards["snapshot_date"] > start) & boards["ci_low"].notna()]
    if scale_epoch is not None:
        later = later[later["scale_epoch"] == scale_epoch]
    if later.empty:
        raise NoBoardError(f"no {arena} {category} board with intervals after {start:%Y-%m-%d}"
                           + (f" in scale epoch {scale_epoch}" if scale_epoch else ""))
    day = later["snapshot_date"].min()
    return board_on(rankings, day, arena, category, not_before=day, worst_grade=worst_grade)


def typical_half_width(board: pd.DataFrame, top_n: int = 10) -> float:
    """Median half-width of the 95% intervals among the board's first ``top_n`` rows (NaN if none).

    >>> t = pd.DataFrame({"model": ["a", "b", "c"], "rank": [1, 2, 3], "elo": [1200.0, 1190.0, 1100.0],
    ...                   "ci_low": [1190.0, 1184.0, None], "ci_high": [1210.0, 1196.0, None]})
    >>> typical_half_width(t)
    8.0
    """
    top = board.sort_values(["rank", "elo"], ascending=[True, False], na_position="last").head(top_n)
    half = (pd.to_numeric(top["ci_high"]) - pd.to_numeric(top["ci_low"])).astype(float) / 2
    return float(half.median()) if half.notna().any() else float("nan")


class PoolOptions(TypedDict, total=False):
    """The keyword options :func:`pool_leaders` and :func:`~videomarket.guide.flagged_leaders` share.

    ``arena`` and ``categories`` (the pools, default all four of Artificial Analysis); ``not_before``, the
    earliest board day taken (default: any); ``worst_grade``, the weakest evidence grade taken (default
    "C"); ``top_n``, the top places compared for the chances (default 10); ``seed`` of the simulations
    (default 0). Defaults in :data:`POOL_DEFAULTS`.
    """

    arena: str
    categories: tuple[str, ...]
    not_before: object
    worst_grade: str
    top_n: int
    seed: int


POOL_DEFAULTS: PoolOptions = {
    "arena": ARENA, "categories": AA_POOLS, "not_before": None, "worst_grade": "C", "top_n": 10, "seed": 0,
}


def pool_options(given: Mapping[str, object]) -> dict[str, Any]:
    """``given`` over :data:`POOL_DEFAULTS`; an unknown option is a TypeError naming it (as Python's own).

    >>> pool_options({"top_n": 5})["top_n"], pool_options({})["worst_grade"]
    (5, 'C')
    """
    unknown = sorted(set(given) - set(POOL_DEFAULTS))
    if unknown:
        raise TypeError(f"unexpected keyword argument(s) {unknown}; the options are {sorted(POOL_DEFAULTS)}")
    return {**POOL_DEFAULTS, **given}


def board_options(chosen: Mapping[str, Any]) -> tuple[Any, ...]:
    """The options :func:`boards_by_pool` takes, in its order."""
    return tuple(chosen[k] for k in ("arena", "categories", "not_before", "worst_grade"))


def pool_leaders(rankings: pd.DataFrame, date: object = None, **options: Unpack[PoolOptions]) -> pd.DataFrame:
    """One row per pool: the leader of its board on ``date``, with interval and chances (see rules).

    Options: :class:`PoolOptions`. A pool without a board in the window gets a row with only
    ``category`` and ``note``.
    """
    chosen = pool_options(options)
    usable = usable_rows(rankings, chosen["worst_grade"])
    names = model_names(usable)
    records = []
    for category, board in boards_by_pool(usable, date, *board_options(chosen)):
        if isinstance(board, NoBoardError):
            records.append({"category": category, "note": str(board)})
            continue
        leaders = daily_leaders(usable, chosen["arena"], category)
        leader = leaders[leaders["snapshot_date"] == board["snapshot_date"].iloc[0]].iloc[0]
        records.append(_leader_record(category, board, leader, chosen["top_n"], chosen["seed"], names))
    return typed_table(pd.DataFrame.from_records(records, columns=list(LEADER_COLUMNS)))


def boards_by_pool(
    rankings: pd.DataFrame,
    date: object,
    arena: str,
    categories: tuple[str, ...],
    not_before: object,
    worst_grade: str,
) -> list[tuple[str, pd.DataFrame | NoBoardError]]:
    """Each pool's board on ``date`` (see :func:`board_on`), or the reason it has none."""
    found: list[tuple[str, pd.DataFrame | NoBoardError]] = []
    for category in categories:
        try:
            found.append((category, board_on(rankings, date, arena, category, not_before=not_before,
                                             worst_grade=worst_grade)))
        except NoBoardError as missing:
            found.append((category, missing))
    return found


def _leader_record(category: str, board: pd.DataFrame, leader: pd.Series, top_n: int, seed: int,
                   names_by_id: dict[str, str]) -> dict:
    repeats = duplicate_entries(board)
    kept = dict(zip(repeats["model"], repeats["same_as"], strict=True))
    model = kept.get(leader["model"], leader["model"])
    top = board_top(board, top_n, seed=seed)
    mine = top[top["model"] == model]
    once = drop_duplicate_entries(board)
    runner = _runner_up(once, model, leader["runner_up"], kept)
    level = _level_with(once, runner, model)
    pair = pd.concat([board[board["model"] == model], runner])
    has_ci = pd.notna(leader["ci_low"])
    first = board.iloc[0]
    names = board.set_index("model")["model_name"].astype(str)
    return {
        "category": category, "snapshot_date": first["snapshot_date"],
        "date_precision": str(first["date_precision"]), "evidence": str(first["evidence"]),
        "source_id": str(first["source_id"]), "board_size": len(board) - len(repeats), "model": model,
        "model_name": names[model], "creator": parent_developer(leader["creator"], names[model]),
        "elo": leader["elo"], "ci_low": leader["ci_low"], "ci_high": leader["ci_high"],
        "runner_up": runner["model"].iloc[0] if not runner.empty else pd.NA,
        "runner_up_name": runner["model_name"].iloc[0] if not runner.empty else pd.NA,
        "runner_up_elo": runner["elo"].iloc[0] if not runner.empty else pd.NA,
        "margin": leader["elo"] - runner["elo"].iloc[0] if not runner.empty else pd.NA,
        "runner_up_names": "; ".join(level["model_name"].astype(str)), "n_runner_ups": len(level),
        "tied_with": leader["tied_with"],
        "p_leader": mine["p_leader"].iloc[0] if not mine.empty else pd.NA,
        "p_leader_correlated": mine["p_leader_correlated"].iloc[0] if not mine.empty else pd.NA,
        "p_beats_runner_up": _p_beats(pair, model),
        "n_compared": int(top["n_compared"].iloc[0]),
        "listed_twice": "; ".join(f"{names[r.model]} = {names[r.same_as]}" for r in repeats.itertuples()),
        **_origin(board, model, "", names_by_id),
        **(_origin(board, runner["model"].iloc[0], "runner_up_", names_by_id) if not runner.empty else {}),
        "note": "" if has_ci else NO_INTERVAL_NOTE,
    }


def _level_with(once: pd.DataFrame, runner: pd.DataFrame, model: str) -> pd.DataFrame:
    """The runner-up and every other row at its very rating (a tie for second), in board order."""
    if runner.empty:
        return runner
    rating = runner["elo"].iloc[0]
    same = once[(once["model"] != model) & (once["elo"] == rating).fillna(False)]
    level = pd.concat([runner, same[same["model"] != runner["model"].iloc[0]]])
    return level.sort_values(["rank", "elo"], ascending=[True, False], na_position="last", kind="stable")


_BASED_ON_NAME = re.compile(r"\((?:based on|post-trained from)\s+(?P<base>[^)]+)\)", re.IGNORECASE)
_BASED_ON_ID = re.compile(r"-based-on-(?P<base>[a-z0-9-]+)$")


def built_on(model: object, model_name: object, names: dict[str, str]) -> object:
    """The model a row says it is built on, by name ("MiniMax H3"), or NA.

    From the board name ("Utopai X (based on MiniMax H3)") or, once a board drops the words, the id
    ("utopai-x-based-on-minimax-h3", the base named from ``names``: model id -> name).

    >>> built_on("utopai-x-based-on-minimax-h3", "Utopai X", {"minimax-h3": "MiniMax H3"})
    'MiniMax H3'
    >>> built_on("x", "X (post-trained from Wan 2.2)", {}), built_on("wan-3-0", "Wan 3.0", {})
    ('Wan 2.2', <NA>)
    """
    match = _BASED_ON_NAME.search(str(model_name))
    if match is not None:
        return match.group("base").strip()
    slug = _BASED_ON_ID.search(str(model))
    if slug is None:
        return pd.NA
    base = slug.group("base")
    return names.get(base, base.replace("-", " "))


def hosted_by(creator: object, model_name: object) -> object:
    """The hosting platform a board credits a model to ("Fal"), or NA when the label is a developer's.

    >>> hosted_by("Fal", "MiniMax H3 Max"), hosted_by("Utopai Studios", "Utopai X")
    ('Fal', <NA>)
    """
    label = str(creator).strip()
    return label if label and canonical_creator(label) != parent_developer(label, model_name) else pd.NA


def model_names(rankings: pd.DataFrame) -> dict[str, str]:
    """Model id -> its latest board name over ``rankings`` (to name a model a row is built on)."""
    latest = rankings.sort_values("snapshot_date").drop_duplicates("model", keep="last")
    names = latest["model_name"].map(board_name).astype(str)
    return dict(zip(latest["model"].astype(str), names, strict=True))


def _origin(board: pd.DataFrame, model: str, prefix: str, names: dict[str, str]) -> dict:
    """``built_on`` and ``hosted_by`` of one row of the board (keys with ``prefix``)."""
    row = board[board["model"] == model].iloc[0]
    return {f"{prefix}built_on": built_on(model, row["model_name"], names),
            f"{prefix}hosted_by": hosted_by(row.get("creator", ""), row["model_name"])}


def _runner_up(once: pd.DataFrame, model: str, named: object, kept: dict) -> pd.DataFrame:
    """The leader's runner-up row: the day's runner-up, or the row it repeats (never the leader)."""
    if pd.isna(named):
        return once.iloc[0:0]
    runner = kept.get(named, named)
    if runner == model:  # the runner-up was the leader listed twice: take the best other row
        others = once[once["model"] != model].sort_values("elo", ascending=False)
        return others.head(1)
    return once[once["model"] == runner].head(1)


def _p_beats(pair: pd.DataFrame, model: str) -> object:
    """Exact normal probability that ``model`` is truly above the other row of ``pair``.

    NA when either row lacks an interval.
    """
    rated = rows_with_intervals(pair)
    if len(rated) != 2:
        return pd.NA
    odds = leader_probability(rated[["model", "elo", "ci_low", "ci_high"]]).set_index("model")
    first = odds.index[0]
    p_first = float(odds.loc[first, "p_above_next"])
    return p_first if first == model else 1.0 - p_first


def with_catalogue(board: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """The board with catalogue columns. ``developer`` is the parent company of the board's developer
    label (:func:`videomarket.leaderboard.parent_developer`, so every report spells a developer the
    same way, e.g. "Skywork AI" as the boards do); a row without a label takes the catalogue's."""
    merged = board.merge(facts, on="model", how="left")
    names = merged["model_name"] if "model_name" in merged.columns else merged["model"]
    from_board = [parent_developer(c, n) if isinstance(c, str) and c.strip() else pd.NA
                  for c, n in zip(merged["creator"], names, strict=True)]
    merged["developer"] = pd.Series(from_board, index=merged.index, dtype=object).where(
        pd.notna(pd.Series(from_board, index=merged.index)), merged["developer"].astype(object))
    return merged


_FLOATS = ("elo", "ci_low", "ci_high", "runner_up_elo", "margin", "p_leader", "p_leader_correlated",
           "p_beats_runner_up", "p_best", "gap_to_leader")
_INTS = ("board_size", "n_compared", "rank", "n_flagged", "n_unknown", "n_unknown_above", "n_runner_ups")


def typed_table(table: pd.DataFrame) -> pd.DataFrame:
    """The guide tables' columns as nullable numbers, dates and text (in place, returned).

    A pool without a board leaves NA cells; typing keeps numbers numeric rather than object.
    """
    for column in table.columns:
        if column in _FLOATS:
            table[column] = pd.to_numeric(table[column]).astype("Float64")
        elif column in _INTS:
            table[column] = pd.to_numeric(table[column]).astype("Int64")
        elif column == "snapshot_date":
            table[column] = pd.to_datetime(table[column]).astype("datetime64[ns]")
        else:
            table[column] = table[column].astype("string")
    return table


def catalogue_facts(models: pd.DataFrame, flags: list[str]) -> pd.DataFrame:
    """``model``, ``developer`` (the parent company) and the asked catalogue columns, one row per model."""
    missing = [c for c in ("model", "developer", *flags) if c not in models.columns]
    if missing:
        raise ValueError(f"models table lacks column(s) {missing}")
    repeated = models["model"][models["model"].duplicated()]
    if not repeated.empty:
        raise ValueError(f"models table repeats model id(s) {sorted(set(repeated.astype(str)))}")
    facts = models[["model", "developer", *flags]].copy()
    names = models["model_name"] if "model_name" in models.columns else models["model"]
    facts["developer"] = [parent_developer(d, n) if pd.notna(d) else pd.NA
                          for d, n in zip(models["developer"], names, strict=True)]
    return facts


def _day(value: object, name: str) -> pd.Timestamp | None:
    if value is None:
        return None
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError) as error:
        raise ValueError(f"{name} must be a date such as '2025-12-31', got {value!r} ({error})") from None
    if pd.isna(stamp):
        raise ValueError(f"{name} must be a date, got {value!r}")
    return stamp.normalize()


def _window_text(since: pd.Timestamp | None, upto: pd.Timestamp | None) -> str:
    if since is not None and upto is not None:
        return f"between {since:%Y-%m-%d} and {upto:%Y-%m-%d}"
    if upto is not None:
        return f"on or before {upto:%Y-%m-%d}"
    return f"on or after {since:%Y-%m-%d}" if since is not None else "at all"


def rows_on(rankings: pd.DataFrame, days: Iterable[object], categories: Iterable[object],
            arena: str = ARENA) -> pd.DataFrame:
    """The rows of ``arena``'s boards of ``days`` in ``categories`` (e.g. to list the sources of boards a
    text cites beside the current ones).

    >>> r = pd.DataFrame({"arena": ARENA, "category": ["text-to-video", "image-to-video"],
    ...                   "snapshot_date": pd.Timestamp("2026-09-30"), "source_id": ["a", "b"]})
    >>> rows_on(r, ["2026-09-30"], ["text-to-video"])["source_id"].tolist()
    ['a']
    """
    wanted = {pd.Timestamp(d) for d in days}
    keep = (rankings["arena"].astype(str) == arena) & rankings["category"].astype(str).isin(
        {str(c) for c in categories}) & rankings["snapshot_date"].isin(wanted)
    return rankings[keep]
