"""Prices on a board, and a per-pool summary of quality against price.

* :func:`with_prices` adds the catalogue facts (developer, native audio, open weights) and a
  ``price_usd_per_min`` to a board from :func:`videomarket.guide.board_on`. With ``prices`` (from
  :func:`videomarket.data.load_pool_prices`) the price is the one AA lists for the board's
  pool (image-to-video and audio prices can differ); without, the catalogue's single price (silent
  text-to-video, else image-to-video); the ``price_basis`` column says which. ``on_frontier`` marks
  the rows on the board's Pareto frontier (:func:`videomarket.leaderboard.pareto_frontier`), which
  the quality-against-price charts draw as they are given.
* :func:`value_summary` gives, per pool, the best-rated priced model, the best rating per dollar
  (:func:`videomarket.leaderboard.best_value`) and the Pareto frontier
  (:func:`videomarket.leaderboard.pareto_frontier`), optionally under a budget cap.

Example::

    >>> import pandas as pd
    >>> board = pd.DataFrame({"model": ["a", "b"], "model_name": ["A", "B"], "creator": ["X", "Y"],
    ...     "category": "text-to-video", "rank": [1, 2], "elo": [1250.0, 1200.0]})
    >>> models = pd.DataFrame({"model": ["a", "b"], "developer": ["X", "Y"], "native_audio": [True, False],
    ...     "open_weights": [False, True], "api_price_usd_per_min": [12.0, None]})
    >>> priced = with_prices(board, models)
    >>> priced["price_usd_per_min"].tolist(), priced["on_frontier"].tolist()
    ([12.0, nan], [True, False])
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from videomarket.guide._boards import AA_POOLS, ARENA, NoBoardError, board_on, catalogue_facts, with_catalogue
from videomarket.leaderboard import best_value, pareto_frontier

CATALOGUE_BASIS = "catalogue price (AA's silent text-to-video price, else image-to-video)"
SUMMARY_COLUMNS = (
    "category", "snapshot_date", "n_models", "n_priced", "top_model", "top_name", "top_elo", "top_ci_low",
    "top_ci_high", "top_price",
    "value_model", "value_name", "value_elo", "value_price", "value_points_per_usd", "baseline",
    "frontier", "n_over_budget", "note",
)


_NUMERIC_SUMMARY = (
    "top_elo", "top_ci_low", "top_ci_high", "top_price", "value_elo", "value_price", "value_points_per_usd",
    "baseline",
)


def with_prices(
    board: pd.DataFrame, models: pd.DataFrame, prices: pd.DataFrame | None = None
) -> pd.DataFrame:
    """The board with ``developer``, ``native_audio``, ``open_weights``, ``price_usd_per_min`` and
    ``price_source_id``, ``price_basis`` (rules in the module docstring), ``on_frontier`` (no other
    priced model rates at least as high for at most the price, one of them strictly) and, with
    ``prices``, ``price_dating``.
    """
    if not isinstance(board, pd.DataFrame) or "model" not in board.columns:
        raise ValueError("board must be a DataFrame with a `model` column (see guide.board_on)")
    facts = catalogue_facts(models, ["native_audio", "open_weights", "api_price_usd_per_min"])
    if "creator" not in board.columns:
        board = board.assign(creator="")
    priced = with_catalogue(board, facts)
    if prices is None:
        priced["price_usd_per_min"] = pd.to_numeric(priced["api_price_usd_per_min"]).astype(float)
        priced["price_source_id"] = pd.NA
        basis = CATALOGUE_BASIS
    else:
        category = _one_category(board)
        pool = _pool_prices(prices, category)
        priced = priced.merge(pool, on="model", how="left")
        basis = f"AA list price for the {category} pool"
    priced = priced.drop(columns=["api_price_usd_per_min"]).assign(price_basis=basis)
    frontier = pareto_frontier(priced).index if "elo" in priced.columns else []
    priced["on_frontier"] = priced.index.isin(frontier)
    return priced


def priced_boards(
    rankings: pd.DataFrame,
    models: pd.DataFrame,
    prices: pd.DataFrame | None = None,
    date: object = None,
    *,
    categories: tuple[str, ...] = AA_POOLS,
    not_before: object = None,
    arena: str = ARENA,
) -> dict[str, pd.DataFrame]:
    """``{category: with_prices(board_on(...))}`` for the pools that have a board in the window
    (pools without one are simply absent)."""
    boards = {}
    for category in categories:
        try:
            board = board_on(rankings, date, arena, category, not_before=not_before)
        except NoBoardError:
            continue
        boards[category] = with_prices(board, models, prices)
    return boards


def value_summary(priced_boards: dict[str, pd.DataFrame], budget: float | None = None) -> pd.DataFrame:
    """One row per pool of ``{category: with_prices(board, ...)}``: best-rated priced model, best
    value (points above the pool's lowest priced rating per USD/min), the frontier as text, all
    within ``budget`` (USD per minute) when given. A pool with nothing priced (or nothing within
    the budget) gets a ``note`` instead.
    """
    records = []
    for category, priced in priced_boards.items():
        day = priced["snapshot_date"].iloc[0] if "snapshot_date" in priced and len(priced) else pd.NaT
        base = {"category": category, "snapshot_date": day,
                "n_models": len(priced), "n_priced": int(priced["price_usd_per_min"].notna().sum())}
        try:
            ranked = best_value(priced, budget=budget)
        except ValueError as nothing:
            records.append(base | {"note": str(nothing)})
            continue
        top = ranked.sort_values(["elo", "price_usd_per_min"], ascending=[False, True]).iloc[0]
        best = ranked.iloc[0]
        frontier = pareto_frontier(ranked)
        records.append(base | {
            "top_model": top["model"], "top_name": top["model_name"], "top_elo": top["elo"],
            "top_ci_low": top.get("ci_low", pd.NA), "top_ci_high": top.get("ci_high", pd.NA),
            "top_price": top["price_usd_per_min"], "value_model": best["model"],
            "value_name": best["model_name"],
            "value_elo": best["elo"], "value_price": best["price_usd_per_min"],
            "value_points_per_usd": best["value"], "baseline": best["baseline"],
            "frontier": "; ".join(f"{n} ({p:g} USD/min)" for n, p in
                                  zip(frontier["model_name"], frontier["price_usd_per_min"], strict=True)),
            "n_over_budget": _over_budget(priced, budget), "note": "",
        })
    table = pd.DataFrame.from_records(records, columns=list(SUMMARY_COLUMNS))
    for column in _NUMERIC_SUMMARY:
        table[column] = pd.to_numeric(table[column]).astype("Float64")
    return table


def _over_budget(priced: pd.DataFrame, budget: float | None) -> int:
    return 0 if budget is None else int((priced["price_usd_per_min"] > budget).sum())


def _one_category(board: pd.DataFrame) -> str:
    if "category" not in board.columns:
        raise ValueError("board has no `category` column: cannot pick the pool's prices")
    categories = sorted(set(board["category"].dropna().astype(str)))
    if len(categories) != 1:
        raise ValueError(f"board must hold one pool to price it, found categories {categories}")
    return categories[0]


def _pool_prices(prices: pd.DataFrame, category: str) -> pd.DataFrame:
    missing = [c for c in ("model", "category", "price_usd_per_min") if c not in prices.columns]
    if missing:
        raise ValueError(f"prices table lacks column(s) {missing} (see data.load_pool_prices)")
    pool = prices[prices["category"].astype(str) == category].copy()
    repeated = pool["model"][pool["model"].duplicated()]
    if not repeated.empty:
        names = sorted(set(repeated.astype(str)))
        raise ValueError(f"prices table has several {category} prices for {names}")
    pool["price_usd_per_min"] = pd.to_numeric(pool["price_usd_per_min"]).astype(float)
    if (pool["price_usd_per_min"] < 0).any() or not np.isfinite(pool["price_usd_per_min"].dropna()).all():
        raise ValueError(f"prices table has a negative or infinite {category} price")
    for column in ("price_source_id", "price_dating"):
        if column not in pool.columns:
            pool[column] = pd.NA
    return pool[["model", "price_usd_per_min", "price_source_id", "price_dating"]]
