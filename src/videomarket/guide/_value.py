"""Prices on a board, and a per-pool summary of quality against price.

* :func:`with_prices` adds the catalogue facts (developer, native audio, open weights) and a
  ``price_usd_per_min`` to a board from :func:`videomarket.guide.board_on`. With ``prices`` (from
  :func:`videomarket.data.load_pool_prices`) the price is the one AA lists for the board's
  pool (image-to-video and audio prices can differ); without, the catalogue's single price (silent
  text-to-video, else image-to-video); the ``price_basis`` column says which. ``on_frontier`` marks
  the rows on the board's price–quality (Pareto) frontier
  (:func:`videomarket.leaderboard.pareto_frontier`), which the quality-against-price charts draw as
  they are given.
* :func:`value_summary` gives, per pool, the board's leader and its price, the best-rated priced
  model, the cheapest model about as good (:func:`videomarket.leaderboard.cheapest_near_top`,
  within :data:`NEAR_TOP_POINTS`), with a budget the best model under it
  (:func:`videomarket.leaderboard.best_under_budget`), and the Pareto frontier. It does not use
  "rating per dollar" (:func:`videomarket.leaderboard.best_value`): a rating's zero is arbitrary, so
  that pick depends on a baseline and favours near-free models far down the board.

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

from videomarket.guide._boards import (
    AA_POOLS,
    ARENA,
    POOL_LABELS,
    NoBoardError,
    board_on,
    catalogue_facts,
    with_catalogue,
)
from videomarket.leaderboard import best_under_budget, cheapest_near_top, pareto_frontier

CATALOGUE_BASIS = ("catalogue price (Artificial Analysis's text to video (silent) price, else image to video "
                   "(silent))")
NEAR_TOP_POINTS = 20  # "about as good as the best": within this many rating points, or overlapping intervals
SUMMARY_COLUMNS = (
    "category", "snapshot_date", "n_models", "n_priced", "leader_model", "leader_name", "leader_elo",
    "leader_price", "top_model", "top_name", "top_elo", "top_ci_low", "top_ci_high", "top_price",
    "near_model", "near_name", "near_elo", "near_price", "near_gap", "near_by", "next_name", "next_price",
    "next_gap", "n_close", "n_close_unpriced", "close_unpriced", "budget", "budget_model",
    "budget_name", "budget_elo", "budget_price", "budget_gap", "n_over_budget", "frontier", "n_frontier",
    "note",
)
_NUMERIC_SUMMARY = (
    "leader_elo", "leader_price", "top_elo", "top_ci_low", "top_ci_high", "top_price", "near_elo",
    "near_price", "near_gap", "next_price", "next_gap", "budget", "budget_elo", "budget_price", "budget_gap",
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
        basis = f"Artificial Analysis list price for the {POOL_LABELS.get(category, category).lower()} pool"
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


def value_summary(priced_boards: dict[str, pd.DataFrame], budget: float | None = None,
                  within: float = NEAR_TOP_POINTS) -> pd.DataFrame:
    """One row per pool of ``{category: with_prices(board, ...)}`` (rules in the module docstring).

    Columns: ``n_models``, ``n_priced``; the board's leader (``leader_*``, its price NA when unlisted);
    the best-rated priced model (``top_*``); the cheapest priced model within ``within`` points of it
    or overlapping its interval (``near_*``, ``near_gap`` points below it, ``near_by`` "rating" or
    "interval"); the next cheaper model on the frontier, what saving more costs (``next_name``,
    ``next_price``, ``next_gap`` points below the best; NA when there is none); ``n_close`` (the other
    models as close to the best priced one, or rated above it, priced or not), ``n_close_unpriced`` and
    ``close_unpriced`` (those without a listed price, best first, joined by "; ": one of them may be
    cheaper); with ``budget`` (USD
    per minute) the best priced model at or under it (``budget_*``, ``budget_gap`` points below the
    best priced) and ``n_over_budget``; ``frontier`` (the Pareto
    frontier, cheapest first, as "name (USD price)" joined by "; ") and ``n_frontier``. A pool with
    nothing priced gets a ``note`` instead; nothing under the budget leaves ``budget_*`` NA.

    >>> board = pd.DataFrame({"model": ["a", "b", "c"], "model_name": ["A", "B", "C"],
    ...     "elo": [1300.0, 1290.0, 1200.0], "price_usd_per_min": [12.0, 6.0, 1.0],
    ...     "on_frontier": [True, True, True]})
    >>> row = value_summary({"text-to-video": board}, budget=2).iloc[0]
    >>> row["near_name"], float(row["near_gap"]), row["next_name"], row["budget_name"], row["frontier"]
    ('B', 10.0, 'C', 'C', 'C (USD 1.00); B (USD 6.00); A (USD 12.00)')
    """
    if budget is not None and (isinstance(budget, bool) or not budget >= 0):
        raise ValueError(f"budget must be a non-negative price per minute, got {budget!r}")
    records = []
    for category, priced in priced_boards.items():
        day = priced["snapshot_date"].iloc[0] if "snapshot_date" in priced and len(priced) else pd.NaT
        leader = _leader(priced)
        base = {"category": category, "snapshot_date": day, "budget": budget,
                "n_models": len(priced), "n_priced": int(priced["price_usd_per_min"].notna().sum())}
        if leader is not None:
            base |= {"leader_model": leader["model"], "leader_name": leader["model_name"],
                     "leader_elo": leader["elo"], "leader_price": leader["price_usd_per_min"]}
        near = cheapest_near_top(priced, within=within)
        if near.empty:
            records.append(base | {"note": "no model on this board has a listed price"})
            continue
        pick = near.iloc[0]
        top = priced[priced["model"] == pick["best_model"]].iloc[0]
        frontier = priced[priced["on_frontier"].fillna(False).astype(bool)].sort_values(
            ["price_usd_per_min", "elo"], ascending=[True, False])
        record = base | {
            "top_model": top["model"], "top_name": top["model_name"], "top_elo": top["elo"],
            "top_ci_low": top.get("ci_low", pd.NA), "top_ci_high": top.get("ci_high", pd.NA),
            "top_price": top["price_usd_per_min"], "near_model": pick["model"],
            "near_name": pick["model_name"],
            "near_elo": pick["elo"], "near_price": pick["price_usd_per_min"], "near_gap": pick["gap"],
            "near_by": pick["near_by"],
            "frontier": "; ".join(f"{n} (USD {p:.2f})" for n, p in
                                  zip(frontier["model_name"], frontier["price_usd_per_min"], strict=True)),
            **_close(priced, top, within),
            "n_frontier": len(frontier), "n_over_budget": _over_budget(priced, budget), "note": "",
        }
        cheaper = frontier[frontier["price_usd_per_min"] < pick["price_usd_per_min"]]
        if not cheaper.empty:
            step = cheaper.iloc[-1]
            record |= {"next_name": step["model_name"], "next_price": step["price_usd_per_min"],
                       "next_gap": float(top["elo"]) - float(step["elo"])}
        if budget is not None:
            under = best_under_budget(priced, budget)
            if not under.empty:
                best = under.iloc[0]
                record |= {"budget_model": best["model"], "budget_name": best["model_name"],
                           "budget_elo": best["elo"], "budget_price": best["price_usd_per_min"],
                           "budget_gap": float(top["elo"]) - float(best["elo"])}
        records.append(record)
    table = pd.DataFrame.from_records(records, columns=list(SUMMARY_COLUMNS))
    for column in _NUMERIC_SUMMARY:
        table[column] = pd.to_numeric(table[column]).astype("Float64")
    for column in ("n_models", "n_priced", "n_over_budget", "n_frontier", "n_close", "n_close_unpriced"):
        table[column] = pd.to_numeric(table[column]).astype("Int64")
    return table


def _close(priced: pd.DataFrame, top: pd.Series, within: float) -> dict:
    """The other models about as good as the best priced one (within ``within`` points, its interval
    overlapping, or rated above it), priced or not: how many, and which have no listed price."""
    others = priced[(priced["model"] != top["model"]) & priced["elo"].notna()]
    near = (others["elo"] >= float(top["elo"]) - within).fillna(False)
    if {"ci_low", "ci_high"} <= set(others.columns) and pd.notna(top.get("ci_low")):
        overlap = (others["ci_high"] >= top["ci_low"]) & (others["ci_low"] <= top["ci_high"])
        near |= overlap.fillna(False).astype(bool)
    close = others[near].sort_values("elo", ascending=False)
    unpriced = close[close["price_usd_per_min"].isna()]
    return {"n_close": len(close), "n_close_unpriced": len(unpriced),
            "close_unpriced": "; ".join(unpriced["model_name"].astype(str))}


def _leader(priced: pd.DataFrame) -> pd.Series | None:
    """The board's #1 (by rank, then rating), priced or not."""
    if priced.empty:
        return None
    if "rank" in priced.columns:
        return priced.sort_values(["rank", "elo"], ascending=[True, False], na_position="last").iloc[0]
    return priced.sort_values("elo", ascending=False).iloc[0]


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
