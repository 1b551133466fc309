"""Quality against price: the Pareto frontier and the best rating per dollar.

Rules:

* **Dominance.** A row is dominated when another row is at least as good on both (quality >=, cost
  <=) and strictly better on one. So of two models with the same rating the dearer one is
  dominated, and of two with the same price the lower-rated one; exact duplicates (same rating and
  price) are both kept.
* **Missing values.** Rows without a price (or without a rating) are left out and counted:
  ``attrs["missing_price"]``, ``attrs["missing_quality"]`` and a sentence in ``attrs["note"]``.
* **One scale.** Ratings compare only within one board: a table mixing several ``scale_epoch``,
  ``arena`` or ``category`` values is refused.
* **Value.** A rating is on an interval scale (its zero is arbitrary), so "rating per dollar" is
  measured above a baseline: ``value = (quality - baseline) / cost``, baseline = the lowest rating
  among the priced rows unless given. A free model above the baseline has infinite value.

Example::

    >>> import pandas as pd
    >>> from videomarket.leaderboard import pareto_frontier
    >>> t = pd.DataFrame({"model": ["a", "b", "c", "d"], "elo": [1250.0, 1200.0, 1190.0, 1300.0],
    ...                   "price_usd_per_min": [6.0, 2.0, 3.0, None]})
    >>> pareto_frontier(t)["model"].tolist(), pareto_frontier(t).attrs["missing_price"]
    (['b', 'a'], 1)
"""

from __future__ import annotations

import numpy as np
import pandas as pd

_SINGLE_VALUED = ("scale_epoch", "arena", "category")


def pareto_frontier(df: pd.DataFrame, quality: str = "elo", cost: str = "price_usd_per_min") -> pd.DataFrame:
    """The rows no other row beats (higher-or-equal quality at lower-or-equal cost, one strictly).

    Returned sorted by cost, then quality descending; rows without a price or rating are counted
    in ``attrs`` (see the module rules).
    """
    priced, attrs = _priced_rows(df, quality, cost)
    q = priced[quality].to_numpy(dtype=float)
    c = priced[cost].to_numpy(dtype=float)
    no_worse = (q[None, :] >= q[:, None]) & (c[None, :] <= c[:, None])  # [i, j]: j is no worse than i
    better = (q[None, :] > q[:, None]) | (c[None, :] < c[:, None])
    dominated = (no_worse & better).any(axis=1)
    frontier = priced.loc[~dominated].sort_values([cost, quality], ascending=[True, False], kind="stable")
    frontier.attrs = attrs | {"n_dominated": int(dominated.sum())}
    return frontier


def best_value(
    df: pd.DataFrame,
    quality: str = "elo",
    cost: str = "price_usd_per_min",
    *,
    baseline: float | None = None,
    budget: float | None = None,
) -> pd.DataFrame:
    """Rows ranked by rating points above ``baseline`` per unit of cost (best first).

    Adds ``points_above_baseline``, ``value`` (points per cost unit, e.g. per USD/min) and
    ``on_frontier``. With ``budget``, rows costing more are left out and counted in
    ``attrs["over_budget"]``. Ties in value are broken by higher quality, then lower cost.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"model": ["a", "b", "c"], "elo": [1250.0, 1200.0, 1150.0],
    ...                   "price_usd_per_min": [10.0, 2.0, 1.0]})
    >>> best_value(t)[["model", "value"]].values.tolist()
    [['b', 25.0], ['a', 10.0], ['c', 0.0]]
    """
    priced, attrs = _priced_rows(df, quality, cost)
    if budget is not None:
        if not np.isfinite(budget) or budget < 0:
            raise ValueError(f"budget must be a non-negative number, got {budget!r}")
        over = priced[cost] > budget
        attrs["over_budget"] = int(over.sum())
        attrs["note"] = _join(attrs["note"], f"{int(over.sum())} row(s) over the budget {budget:g} left out.")
        priced = priced.loc[~over]
    if priced.empty:
        raise ValueError(f"best_value: no row has both `{quality}` and `{cost}`" +
                         (f" within the budget {budget:g}" if budget is not None else ""))
    base = float(priced[quality].min()) if baseline is None else float(baseline)
    result = priced.copy()
    result["points_above_baseline"] = result[quality].astype(float) - base
    with np.errstate(divide="ignore", invalid="ignore"):
        value = result["points_above_baseline"] / result[cost].astype(float)
    # A free model at the baseline is worth 0 points per dollar, not NaN.
    result["value"] = value.where(result["points_above_baseline"] != 0, 0.0)
    frontier_index = pareto_frontier(result, quality, cost).index
    result["on_frontier"] = result.index.isin(frontier_index)
    result = result.sort_values(["value", quality, cost], ascending=[False, False, True], kind="stable")
    result.attrs = attrs | {"baseline": base}
    return result


def _priced_rows(df: pd.DataFrame, quality: str, cost: str) -> tuple[pd.DataFrame, dict[str, object]]:
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
    no_cost, no_quality = values[cost].isna(), values[quality].isna() & values[cost].notna()
    attrs: dict[str, object] = {
        "missing_price": int(no_cost.sum()),
        "missing_quality": int(no_quality.sum()),
        "note": _join(
            _left_out(df, no_cost, f"without `{cost}`"), _left_out(df, no_quality, f"without `{quality}`")
        ),
    }
    keep = (~no_cost & ~no_quality).to_numpy(dtype=bool)
    priced = df.loc[keep].copy()
    priced[quality], priced[cost] = values[quality][keep].astype(float), values[cost][keep].astype(float)
    return priced, attrs


def _left_out(df: pd.DataFrame, mask: pd.Series, why: str) -> str:
    count = int(mask.sum())
    if not count:
        return ""
    names = df.loc[mask.to_numpy(dtype=bool), "model"].astype(str).tolist() if "model" in df.columns else []
    listed = f": {', '.join(names)}" if names else ""
    return f"{count} row(s) {why} left out{listed}."


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)
