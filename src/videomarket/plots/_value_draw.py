"""Drawing for the quality-against-price charts of :mod:`videomarket.plots._value`.

:func:`value_parts` checks a priced board and picks out what is drawn (priced rows, the frontier rows
the table marks ``on_frontier``, the caller's ``pick``, unpriced rows); nothing is computed here (the
frontier comes from :func:`videomarket.guide.with_prices`). :func:`draw_value` draws it on one Axes:
points coloured per developer (at most :data:`MAX_DEVELOPERS` colours, the rest grey) with thin
interval bars, the frontier staircase with labels nudged apart, the pick starred, the budget shaded;
price on a log axis when prices span more than a factor of :data:`LOG_SPAN`.

Example::

    >>> import pandas as pd
    >>> t = pd.DataFrame({"model": ["a", "b", "c"], "elo": [1200.0, 1100.0, 1000.0],
    ...                   "price_usd_per_min": [6.0, 1.0, 3.0], "on_frontier": [True, True, False]})
    >>> value_parts(t, None, "demo")["frontier"]["model"].tolist()
    ['b', 'a']
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from videomarket.plots._panels import require_table
from videomarket.plots._style import OTHER_COLOR, series_colors

LOG_SPAN = 8.0  # price max / min above which the price axis is logarithmic
NICE_PRICES = (0.1, 0.2, 0.3, 0.5, 1, 2, 3, 5, 10, 20, 30, 50, 100, 200)
MAX_DEVELOPERS = 7  # developers with a colour of their own; with "other developers", 8 series
MAX_FRONTIER_LABELS = 8
DEVELOPER_MARKERS = ("o", "s", "D", "v", "P", "X", "h", "p")
LABEL_SIZE = 9.0
OTHER_DEVELOPERS = "other developers"
PICK_COLOR = "#F0E442"  # Okabe-Ito yellow: handed to a developer only past eleven, so never here
_LABEL_BOX = {"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 0.6}


def value_parts(
    priced: pd.DataFrame, budget: float | None, who: str, pick: str | None = None
) -> dict[str, Any]:
    """What a quality-against-price panel draws, checked: ``shown`` (priced and rated rows), ``frontier``
    (its ``on_frontier`` rows, cheapest first), ``pick`` (the row of model ``pick``, or None),
    ``unpriced``, ``top_all`` (the best-rated row, priced or not), ``pool``, ``date``, ``basis``."""
    if isinstance(priced, pd.DataFrame) and "on_frontier" not in priced.columns:
        raise ValueError(f"{who}: table lacks column `on_frontier`, the frontier to draw "
                         "(videomarket.guide.with_prices adds it)")
    table = require_table(priced, ("model", "elo", "price_usd_per_min", "on_frontier"), who)
    if budget is not None and (not isinstance(budget, int | float) or budget < 0):
        raise ValueError(f"{who}: budget must be a non-negative number of USD per minute, got {budget!r}")
    for column, default in (("model_name", None), ("developer", ""), ("ci_low", pd.NA), ("ci_high", pd.NA)):
        if column not in table.columns:
            table[column] = table["model"] if default is None else default
    table["developer"] = table["developer"].map(
        lambda d: " ".join(str(d).split()) if pd.notna(d) and str(d).strip() else "unknown developer")
    shown = table.loc[table["price_usd_per_min"].notna() & table["elo"].notna()].copy()
    if shown.empty:
        raise ValueError(f"{who}: no row has both a rating and a price")
    shown["price_usd_per_min"] = shown["price_usd_per_min"].astype(float)
    shown["elo"] = shown["elo"].astype(float)
    shown["on_frontier"] = shown["on_frontier"].fillna(False).astype(bool)
    frontier = shown[shown["on_frontier"]].sort_values(["price_usd_per_min", "elo"], ascending=[True, False])
    picked = None
    if pick is not None:
        rows = shown[shown["model"].astype(str) == str(pick)]
        if rows.empty:
            raise ValueError(f"{who}: pick {pick!r} is not a priced, rated model of this board")
        picked = rows.iloc[0]
    unpriced = table.loc[table["price_usd_per_min"].isna()]
    top_all = table.sort_values("elo", ascending=False).iloc[0]
    return {
        "shown": shown,
        "frontier": frontier,
        "pick": picked,
        "unpriced": unpriced,
        "top_all": top_all,
        "pool": _first(priced, "category", ""),
        "date": _first(priced, "snapshot_date", None),
        "basis": _first(priced, "price_basis", ""),
    }


def _first(table: pd.DataFrame, column: str, default: Any) -> Any:
    """The value a board repeats on every row (pool, day, price basis), or ``default``."""
    return table[column].iloc[0] if column in table.columns and len(table) else default


def developer_styles(shown: pd.DataFrame) -> dict[str, dict[str, str]]:
    """``{developer: {"color", "marker"}}``: a colour and marker of its own for each of the
    :data:`MAX_DEVELOPERS` developers with most priced models (ties: the higher best rating, then the
    name); grey triangles for the rest."""
    ranked = shown.groupby("developer").agg(n=("model", "size"), best=("elo", "max")).reset_index()
    ranked = ranked.sort_values(["n", "best", "developer"], ascending=[False, False, True])
    colors = series_colors(ranked["developer"].tolist(), max_colored=MAX_DEVELOPERS)
    markers = iter(DEVELOPER_MARKERS)
    return {name: {"color": color, "marker": "^" if color == OTHER_COLOR else next(markers)}
            for name, color in colors.items()}


def draw_value(
    ax: Any, parts: dict[str, Any], budget: float | None, styles: dict[str, dict[str, str]], *,
    pick_label: str,
) -> pd.DataFrame:
    """Draw one panel; returns the frontier rows to label once the figure is laid out
    (:func:`label_frontiers`), since label spacing depends on the axes' final height."""
    shown, frontier, pick = parts["shown"], parts["frontier"], parts["pick"]
    over = shown["price_usd_per_min"] > budget if budget is not None else pd.Series(False, index=shown.index)
    for row, is_over in zip(shown.itertuples(), over, strict=True):
        style = styles.get(row.developer, {"color": OTHER_COLOR, "marker": "^"})
        color, marker = style["color"], style["marker"]
        alpha = 0.3 if is_over else 0.9
        if pd.notna(row.ci_low) and pd.notna(row.ci_high):
            bar = ax.vlines(
                row.price_usd_per_min,
                row.ci_low,
                row.ci_high,
                color=color,
                alpha=alpha * 0.5,
                linewidth=1.0,
                zorder=2,
            )
            bar.set_gid(f"interval:{row.model}")
        (point,) = ax.plot(
            [row.price_usd_per_min],
            [row.elo],
            linestyle="None",
            marker=marker,
            color=color,
            markersize=6.5 if color != OTHER_COLOR else 5.5,
            alpha=alpha,
            zorder=3 if color != OTHER_COLOR else 2.5,
        )
        point.set_gid(f"point:{row.model}")
    _scale_price_axis(ax, shown["price_usd_per_min"])
    if not frontier.empty:
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
    if pick is not None:
        (star,) = ax.plot(
            [pick["price_usd_per_min"]],
            [pick["elo"]],
            linestyle="None",
            marker="*",
            markersize=17,
            color=PICK_COLOR,
            markeredgecolor="#222222",
            markeredgewidth=0.8,
            zorder=5,
            label=pick_label,
        )
        star.set_gid("pick")
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
            fontsize=LABEL_SIZE,
            color="#D55E00",
            va="top",
        )
    return frontier if len(frontier) <= MAX_FRONTIER_LABELS else frontier.nlargest(MAX_FRONTIER_LABELS, "elo")


def label_frontiers(fig: Any, pending: list[tuple[Any, pd.DataFrame]]) -> None:
    """Label each panel's frontier points after the final layout (call it on a finished figure)."""
    fig.freeze_layout()
    for ax, frontier in pending:
        _label_frontier(ax, frontier, size=LABEL_SIZE)


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
    gap = (high - low) * (size * 1.6) / max(height_pt, 1.0)  # one label line, in rating units
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


def developer_handles(shown: pd.DataFrame, styles: dict[str, dict[str, str]], *, pick_label: str | None,
                      frontier: bool = True) -> list[Any]:
    """Legend entries: one per coloured developer, "other developers", the frontier and the pick."""
    from matplotlib.lines import Line2D

    present = set(shown["developer"])
    handles = [
        Line2D([], [], linestyle="None", label=name, markersize=7, color=style["color"],
               marker=style["marker"])
        for name, style in styles.items()
        if style["color"] != OTHER_COLOR and name in present
    ]
    if any(styles.get(d, {"color": OTHER_COLOR})["color"] == OTHER_COLOR for d in present):
        handles.append(
            Line2D([], [], linestyle="None", marker="^", color=OTHER_COLOR, label=OTHER_DEVELOPERS)
        )
    if frontier:
        handles.append(
            Line2D([], [], linestyle="--", color="#222222", marker="o", markerfacecolor="none",
                   label="Pareto frontier (no model both better and cheaper)")
        )
    if pick_label:
        handles.append(
            Line2D([], [], linestyle="None", marker="*", markersize=12, color=PICK_COLOR,
                   markeredgecolor="#222222", label=pick_label)
        )
    return handles
