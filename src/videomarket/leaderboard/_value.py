"""Quality against price: the Pareto frontier, the cheapest model near the top, the best under a budget.

Rules:

* **Dominance.** A row is dominated when another row is at least as good on both (quality >=, cost
  <=) and strictly better on one. So of two models with the same rating the dearer one is
  dominated, and of two with the same price the lower-rated one; exact duplicates (same rating and
  price) are both kept.
* **Missing values.** Rows without a price (or without a rating) are left out; count them on the
  input table (``df["price_usd_per_min"].isna().sum()``) when a reader needs to know.
* **One scale.** Ratings compare only within one board: a table mixing several ``scale_epoch``,
  ``arena`` or ``category`` values is refused.
* **Near the top.** :func:`cheapest_near_top` answers "what is the cheapest model about as good as
  the best?": the cheapest priced model rated within ``within`` points of the pool's best priced
  model, or whose 95% interval overlaps the best's. :func:`best_under_budget` answers "what is the
  best I can have for this price?": the highest-rated model at or under a price per minute.
* **Rating per dollar** (:func:`best_value`) is kept for compatibility only. A rating is on an
  interval scale (its zero is arbitrary), so it is measured above a baseline:
  ``value = (quality - baseline) / cost``, baseline = the lowest rating among the priced rows unless
  given. The pick depends on that baseline and explodes as a price approaches zero: it recommends
  near-free models far down the board, so the reports do not use it.

Example::

    >>> import pandas as pd
    >>> from videomarket.leaderboard import pareto_frontier
    >>> t = pd.DataFrame({"model": ["a", "b", "c", "d"], "elo": [1250.0, 1200.0, 1190.0, 1300.0],
    ...                   "price_usd_per_min": [6.0, 2.0, 3.0, None]})
    >>> pareto_frontier(t)["model"].tolist()
    ['b', 'a']
"""

from __future__ import annotations

import numpy as np
import pandas as pd

_SINGLE_VALUED = ("scale_epoch", "arena", "category")


def pareto_frontier(df: pd.DataFrame, quality: str = "elo", cost: str = "price_usd_per_min") -> pd.DataFrame:
    """The rows no other row beats (higher-or-equal quality at lower-or-equal cost, one strictly).

    Returned sorted by cost, then quality descending; rows without a price or rating are left out.
    """
    priced = _priced_rows(df, quality, cost)
    q = priced[quality].to_numpy(dtype=float)
    c = priced[cost].to_numpy(dtype=float)
    no_worse = (q[None, :] >= q[:, None]) & (c[None, :] <= c[:, None])  # [i, j]: j is no worse than i
    better = (q[None, :] > q[:, None]) | (c[None, :] < c[:, None])
    dominated = (no_worse & better).any(axis=1)
    return priced.loc[~dominated].sort_values([cost, quality], ascending=[True, False], kind="stable")


def best_value(
    df: pd.DataFrame,
    quality: str = "elo",
    cost: str = "price_usd_per_min",
    *,
    baseline: float | None = None,
    budget: float | None = None,
) -> pd.DataFrame:
    """Rows ranked by rating points above ``baseline`` per unit of cost (best first).

    Adds ``baseline`` (the rating the points are counted from), ``points_above_baseline``, ``value``
    (points per cost unit, e.g. per USD/min) and ``on_frontier``. With ``budget``, rows costing more
    are left out. Ties in value are broken by higher quality, then lower cost. The pick depends on the
    baseline and grows without bound as a price approaches zero: for a recommendation prefer
    :func:`cheapest_near_top` or :func:`best_under_budget`.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"model": ["a", "b", "c"], "elo": [1250.0, 1200.0, 1150.0],
    ...                   "price_usd_per_min": [10.0, 2.0, 1.0]})
    >>> best_value(t)[["model", "value"]].values.tolist()
    [['b', 25.0], ['a', 10.0], ['c', 0.0]]
    """
    priced = _priced_rows(df, quality, cost)
    if budget is not None:
        if not np.isfinite(budget) or budget < 0:
            raise ValueError(f"budget must be a non-negative number, got {budget!r}")
        priced = priced.loc[priced[cost] <= budget]
    if priced.empty:
        raise ValueError(f"best_value: no row has both `{quality}` and `{cost}`" +
                         (f" within the budget {budget:g}" if budget is not None else ""))
    base = float(priced[quality].min()) if baseline is None else float(baseline)
    result = priced.copy()
    result["baseline"] = base
    result["points_above_baseline"] = result[quality].astype(float) - base
    with np.errstate(divide="ignore", invalid="ignore"):
        value = result["points_above_baseline"] / result[cost].astype(float)
    # A free model at the baseline is worth 0 points per dollar, not NaN.
    result["value"] = value.where(result["points_above_baseline"] != 0, 0.0)
    frontier_index = pareto_frontier(result, quality, cost).index
    result["on_frontier"] = result.index.isin(frontier_index)
    return result.sort_values(["value", quality, cost], ascending=[False, False, True], kind="stable")


def cheapest_near_top(
    board: pd.DataFrame,
    within: float = 20,
    quality: str = "elo",
    cost: str = "price_usd_per_min",
) -> pd.DataFrame:
    """The cheapest priced model about as good as the best priced one: one row, or none.

    A model is "near the top" when its rating is within ``within`` points of the best priced model's,
    or (when the board publishes intervals) its 95% interval overlaps the best's. Of those, the
    cheapest wins (ties: the higher rating). The row gets ``best_model``, ``best_rating``, ``gap``
    (points below the best) and ``near_by`` ("rating" or "interval"). Empty (same columns) when no row
    has both a rating and a price.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"model": ["top", "close", "cheap"], "elo": [1300.0, 1285.0, 1200.0],
    ...                   "price_usd_per_min": [12.0, 3.0, 0.2]})
    >>> cheapest_near_top(t)[["model", "gap"]].values.tolist()
    [['close', 15.0]]
    """
    if not np.isfinite(within) or within < 0:
        raise ValueError(f"within must be a non-negative number of rating points, got {within!r}")
    priced = _priced_rows(board, quality, cost)
    columns = [*board.columns, "best_model", "best_rating", "gap", "near_by"]
    if priced.empty:
        return pd.DataFrame(columns=columns)
    best = priced.sort_values([quality, cost], ascending=[False, True]).iloc[0]
    gap = float(best[quality]) - priced[quality]
    by_rating = gap <= within
    by_interval = pd.Series(False, index=priced.index)
    if {"ci_low", "ci_high"} <= set(priced.columns) and pd.notna(best.get("ci_low")):
        high = pd.to_numeric(priced["ci_high"], errors="coerce")
        by_interval = (high >= float(best["ci_low"])).fillna(False)
    near_by = pd.Series(np.where(by_rating, "rating", "interval"), index=priced.index)
    keep = by_rating | by_interval
    near = priced[keep].assign(gap=gap[keep], near_by=near_by[keep])
    pick = near.sort_values([cost, quality], ascending=[True, False], kind="stable").head(1)
    return pick.assign(best_model=best["model"], best_rating=float(best[quality]))[columns]


def best_under_budget(
    board: pd.DataFrame, budget: float, quality: str = "elo", cost: str = "price_usd_per_min"
) -> pd.DataFrame:
    """The highest-rated priced model costing at most ``budget`` (ties: the cheaper): one row, or none.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"model": ["top", "mid", "cheap"], "elo": [1300.0, 1250.0, 1200.0],
    ...                   "price_usd_per_min": [12.0, 3.0, 0.2]})
    >>> best_under_budget(t, 5)["model"].tolist(), best_under_budget(t, 0.1)["model"].tolist()
    (['mid'], [])
    """
    if isinstance(budget, bool) or not isinstance(budget, int | float | np.number) or not budget >= 0:
        raise ValueError(f"budget must be a non-negative price per minute, got {budget!r}")
    priced = _priced_rows(board, quality, cost)
    within = priced[priced[cost] <= budget]
    return within.sort_values([quality, cost], ascending=[False, True], kind="stable").head(1)


def _priced_rows(df: pd.DataFrame, quality: str, cost: str) -> pd.DataFrame:
    if not isinstance(df, pd.DataFrame):
        raise ValueError(f"expected a pandas DataFrame, got {type(df).__name__}")
    missing = [c for c in (quality, cost) if c not in df.columns]
    if missing:
        raise ValueError(f"table lacks column(s) {missing}; columns are {list(df.columns)}")
    for column in _SINGLE_VALUED:
        if column in df.columns and df[column].nunique(dropna=True) > 1:
            raise ValueError(f"ratings from several `{column}` values are not comparable: "
                             f"{sorted(df[column].dropna().astype(str).unique())}; filter to one first")
    values = {}
    for column in (quality, cost):
        try:
            values[column] = pd.to_numeric(df[column], errors="raise").astype("Float64")
        except (ValueError, TypeError) as error:
            raise ValueError(f"column `{column}` must be numeric: {error}") from None
    if (values[cost] < 0).fillna(False).any():
        raise ValueError(f"column `{cost}` has negative values")
    keep = (values[cost].notna() & values[quality].notna()).to_numpy(dtype=bool)
    priced = df.loc[keep].copy()
    priced[quality], priced[cost] = values[quality][keep].astype(float), values[cost][keep].astype(float)
    return priced
