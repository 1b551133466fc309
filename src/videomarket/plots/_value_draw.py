"""Drawing for the quality-against-price charts of :mod:`videomarket.plots._value`.

:func:`value_parts` checks a priced board and computes what is drawn (priced rows, Pareto frontier,
best value under an optional budget, unpriced rows); :func:`draw_value` draws it on one Axes:
points coloured per developer with thin interval bars, the frontier staircase with labels nudged
apart, the best value starred, the budget shaded; price on a log axis when prices span more than
a factor of :data:`LOG_SPAN`.

Example::

    >>> import pandas as pd
    >>> t = pd.DataFrame({"model": ["a", "b"], "elo": [1200.0, 1100.0], "price_usd_per_min": [6.0, 1.0]})
    >>> value_parts(t, None, "demo")["frontier"]["model"].tolist()
    ['b', 'a']
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from videomarket.leaderboard import best_value, canonical_creator, is_main_creator, pareto_frontier
from videomarket.plots._panels import require_table
from videomarket.plots._style import OTHER_COLOR, creator_style

LOG_SPAN = 8.0  # price max / min above which the price axis is logarithmic
NICE_PRICES = (0.1, 0.2, 0.3, 0.5, 1, 2, 3, 5, 10, 20, 30, 50, 100, 200)
_LABEL_BOX = {"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 0.6}


def value_parts(priced: pd.DataFrame, budget: float | None, who: str) -> dict[str, Any]:
    table = require_table(priced, ("model", "elo", "price_usd_per_min"), who)
    if budget is not None and (not isinstance(budget, int | float) or budget < 0):
        raise ValueError(f"{who}: budget must be a non-negative number of USD per minute, got {budget!r}")
    for column, default in (("model_name", None), ("developer", ""), ("ci_low", pd.NA), ("ci_high", pd.NA)):
        if column not in table.columns:
            table[column] = table["model"] if default is None else default
    frontier = pareto_frontier(table)
    shown = table.loc[table["price_usd_per_min"].notna() & table["elo"].notna()].copy()
    if shown.empty:
        raise ValueError(f"{who}: no row has both a rating and a price")
    shown["price_usd_per_min"] = shown["price_usd_per_min"].astype(float)
    shown["elo"] = shown["elo"].astype(float)
    try:
        best = best_value(table, budget=budget).iloc[0]
    except ValueError:  # nothing within the budget
        best = None
    unpriced = table.loc[table["price_usd_per_min"].isna()]
    top_all = table.sort_values("elo", ascending=False).iloc[0]
    return {
        "shown": shown,
        "frontier": frontier,
        "best": best,
        "unpriced": unpriced,
        "top_all": top_all,
        "pool": _first(priced, "category", ""),
        "date": _first(priced, "snapshot_date", None),
        "basis": _first(priced, "price_basis", ""),
    }


def _first(table: pd.DataFrame, column: str, default: Any) -> Any:
    """The value a board repeats on every row (pool, day, price basis), or ``default``."""
    return table[column].iloc[0] if column in table.columns and len(table) else default


def draw_value(ax: Any, parts: dict[str, Any], budget: float | None, *, label_size: float) -> None:
    shown, frontier, best = parts["shown"], parts["frontier"], parts["best"]
    over = shown["price_usd_per_min"] > budget if budget is not None else pd.Series(False, index=shown.index)
    for row, is_over in zip(shown.itertuples(), over, strict=True):
        style = (
            creator_style(row.developer)
            if is_main_creator(row.developer)
            else {"color": OTHER_COLOR, "marker": "^"}
        )
        alpha = 0.3 if is_over else 0.9
        if pd.notna(row.ci_low) and pd.notna(row.ci_high):
            bar = ax.vlines(
                row.price_usd_per_min,
                row.ci_low,
                row.ci_high,
                color=style["color"],
                alpha=alpha * 0.5,
                linewidth=1.0,
                zorder=2,
            )
            bar.set_gid(f"interval:{row.model}")
        (point,) = ax.plot(
            [row.price_usd_per_min],
            [row.elo],
            linestyle="None",
            marker=style["marker"],
            color=style["color"],
            markersize=6.5,
            alpha=alpha,
            zorder=3,
        )
        point.set_gid(f"point:{row.model}")
    _scale_price_axis(ax, shown["price_usd_per_min"])
    (stairs,) = ax.step(
        frontier["price_usd_per_min"],
        frontier["elo"],
        where="post",
        color="#222222",
        linestyle="--",
        linewidth=1.1,
        zorder=4,
    )
    stairs.set_gid("frontier")
    ax.plot(
        frontier["price_usd_per_min"],
        frontier["elo"],
        linestyle="None",
        marker="o",
        markersize=11,
        markerfacecolor="none",
        markeredgecolor="#222222",
        markeredgewidth=1.0,
        zorder=4,
    )
    if best is not None:
        (star,) = ax.plot(
            [best["price_usd_per_min"]],
            [best["elo"]],
            linestyle="None",
            marker="*",
            markersize=17,
            color="#E69F00",
            markeredgecolor="#222222",
            markeredgewidth=0.8,
            zorder=5,
        )
        star.set_gid("best-value")
    if budget is not None:
        rule = ax.axvline(budget, color="#D55E00", linestyle=":", linewidth=1.4, zorder=1)
        rule.set_gid("budget")
        ax.axvspan(budget, ax.get_xlim()[1], color="#EEEEEE", zorder=0)
        ax.annotate(
            f"budget USD {budget:g}/min",
            xy=(budget, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(3, -3),
            textcoords="offset points",
            fontsize=7.5,
            color="#D55E00",
            va="top",
        )
    _label_frontier(ax, frontier, size=label_size)


def _scale_price_axis(ax: Any, prices: pd.Series) -> None:
    low, high = float(prices.min()), float(prices.max())
    if low > 0 and high / low > LOG_SPAN:
        ax.set_xscale("log")
        ax.set_xlim(low / 1.35, high * 1.6)
        ticks = [p for p in NICE_PRICES if low / 1.35 <= p <= high * 1.6]
        ax.set_xticks(ticks, [f"{p:g}" for p in ticks])
        ax.minorticks_off()
    else:
        pad = max((high - low) * 0.08, 0.5)
        ax.set_xlim(max(low - pad, 0), high + pad * 2.5)


def _label_frontier(ax: Any, frontier: pd.DataFrame, *, size: float) -> None:
    """Name and price left of each frontier point (the staircase runs right of it), nudged apart.

    A label with no room on the left (the cheapest points) goes right of its point, just above the
    staircase's flat step.
    """
    low, high = ax.get_ylim()
    width_pt, height_pt = (ax.get_position().size * ax.figure.get_size_inches()) * 72
    gap = (high - low) * (size * 1.5) / max(height_pt, 1.0)  # one label line, in rating units
    placed: list[float] = []
    for row in frontier.sort_values("elo").itertuples():
        text = f"{row.model_name} · {row.price_usd_per_min:g}"
        room_left = (
            _axis_fraction(ax, row.price_usd_per_min) > len(text) * size * 0.62 / max(width_pt, 1.0) + 0.02
        )
        y = max([row.elo if room_left else row.elo + gap * 0.9] + [p + gap for p in placed])
        placed.append(y)
        arrow = {"arrowstyle": "-", "color": "#888888", "linewidth": 0.6} if y - row.elo > gap * 1.2 else None
        label = ax.annotate(
            text,
            xy=(row.price_usd_per_min, row.elo),
            xytext=(_beside(ax, row.price_usd_per_min, room_left), y),
            textcoords="data",
            fontsize=size,
            va="center",
            ha="right" if room_left else "left",
            color="#222222",
            zorder=6,
            annotation_clip=False,
            arrowprops=arrow,
            bbox=_LABEL_BOX,
        )
        label.set_gid(f"frontier-label:{row.model}")
    if placed and placed[-1] + gap > high:
        ax.set_ylim(low, placed[-1] + gap)


def _axis_fraction(ax: Any, x: float) -> float:
    """Where ``x`` sits across the axis, 0 (left) to 1 (right), on a linear or log axis."""
    left, right = ax.get_xlim()
    if ax.get_xscale() == "log":
        return (math.log(x) - math.log(left)) / (math.log(right) - math.log(left))
    return (x - left) / (right - left)


def _beside(ax: Any, x: float, left: bool) -> float:
    """A point a little left (or right) of ``x`` in data units, on a linear or log axis."""
    lo, hi = ax.get_xlim()
    sign = -1 if left else 1
    if ax.get_xscale() == "log":
        return x * (hi / lo) ** (0.018 * sign)
    return x + sign * (hi - lo) * 0.018


def price_label(shown: pd.DataFrame) -> str:
    prices = shown["price_usd_per_min"]
    log = prices.min() > 0 and prices.max() / prices.min() > LOG_SPAN
    return "API price, USD per minute of video" + (" (log scale)" if log else "")


def developer_handles(shown: pd.DataFrame) -> list[Any]:
    from matplotlib.lines import Line2D

    names = sorted({canonical_creator(d) for d in shown["developer"] if is_main_creator(d)})
    handles = [
        Line2D([], [], linestyle="None", label=n, markersize=6, **_marker(creator_style(n))) for n in names
    ]
    if any(not is_main_creator(d) for d in shown["developer"]):
        handles.append(
            Line2D([], [], linestyle="None", marker="^", color=OTHER_COLOR, label="other developers")
        )
    handles.append(
        Line2D(
            [],
            [],
            linestyle="--",
            color="#222222",
            marker="o",
            markerfacecolor="none",
            label="Pareto frontier",
        )
    )
    handles.append(
        Line2D(
            [],
            [],
            linestyle="None",
            marker="*",
            markersize=11,
            color="#E69F00",
            markeredgecolor="#222222",
            label="most rating per dollar",
        )
    )
    return handles


def _marker(style: dict[str, str]) -> dict[str, str]:
    return {"marker": style["marker"], "color": style["color"]}
