"""Drawing for the quality-against-price charts of :mod:`videomarket.plots._value`.

:func:`value_parts` checks a priced board and picks out what is drawn (priced rows, the frontier rows
the table marks ``on_frontier``, the caller's ``pick``, unpriced rows); nothing is computed here (the
frontier comes from :func:`videomarket.guide.with_prices`). :func:`draw_value` draws it on one Axes:
points coloured per developer (at most :data:`MAX_DEVELOPERS` colours that stay apart, the rest grey)
with thin interval bars, the frontier staircase, the pick starred, the budget shaded; price on a log
axis when prices span more than a factor of :data:`LOG_SPAN`. :func:`label_frontiers` then names the
frontier models and any others asked for, with their list price, each where it covers no marker and
no other label.

Example::

    >>> import pandas as pd
    >>> t = pd.DataFrame({"model": ["a", "b", "c"], "elo": [1200.0, 1100.0, 1000.0],
    ...                   "price_usd_per_min": [6.0, 1.0, 3.0], "on_frontier": [True, True, False]})
    >>> value_parts(t, None, "demo")["frontier"]["model"].tolist()
    ['b', 'a']
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pandas as pd

from videomarket.plots._panels import require_table
from videomarket.plots._style import OTHER_COLOR

LOG_SPAN = 8.0  # price max / min above which the price axis is logarithmic
NICE_PRICES = (0.1, 0.2, 0.3, 0.5, 1, 2, 3, 5, 10, 20, 30, 50, 100, 200)
MAX_DEVELOPERS = 7  # developers with a colour of their own; with "other developers", 8 series
MAX_FRONTIER_LABELS = 8
DEVELOPER_MARKERS = ("o", "s", "D", "v", "P", "X", "h", "p")
# Colours that stay apart from each other (no orange beside vermillion, no sky blue beside blue):
# Okabe-Ito blue, vermillion, bluish green, reddish purple and black, then Paul Tol's olive and indigo.
DEVELOPER_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000", "#999933", "#882255")
LABEL_SIZE = 9.0
OTHER_DEVELOPERS = "other developers"
FRONTIER_LABEL = "price–quality frontier"
FRONTIER_MEANING = "no other model rated higher and at least as cheap"
PICK_COLOR = "#F0E442"  # Okabe-Ito yellow: never a developer's colour here
_LABEL_BOX = {"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 0.6}
# Where a label may go, tried in order: (dx, dy) in points from its point, and the text's alignment.
_SPOTS = ((-9, 0, "right", "center"), (9, 0, "left", "center"), (-7, 10, "right", "bottom"),
          (7, 10, "left", "bottom"), (-7, -10, "right", "top"), (7, -10, "left", "top"),
          (0, 16, "center", "bottom"), (0, -16, "center", "top"), (-14, 22, "right", "bottom"),
          (14, 22, "left", "bottom"), (-14, -22, "right", "top"), (14, -22, "left", "top"))


_TIE = {"arrowstyle": "-", "color": "#888888", "linewidth": 0.6, "shrinkA": 0, "shrinkB": 4}


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
    """``{developer: {"color", "marker"}}``: a colour of :data:`DEVELOPER_COLORS` (chosen to stay apart)
    and a marker of its own for each of the :data:`MAX_DEVELOPERS` developers with most priced models
    (ties: the higher best rating, then the name); grey triangles for the rest."""
    ranked = shown.groupby("developer").agg(n=("model", "size"), best=("elo", "max")).reset_index()
    ranked = ranked.sort_values(["n", "best", "developer"], ascending=[False, False, True])
    names = ranked["developer"].tolist()
    colors = dict(zip(names[:MAX_DEVELOPERS], DEVELOPER_COLORS, strict=False))
    markers = iter(DEVELOPER_MARKERS)
    return {name: ({"color": colors[name], "marker": next(markers)} if name in colors
                   else {"color": OTHER_COLOR, "marker": "^"}) for name in names}


def draw_value(
    ax: Any, parts: dict[str, Any], budget: float | None, styles: dict[str, dict[str, str]], *,
    pick_label: str, label: tuple[str, ...] = (), number_rest: bool = False,
) -> pd.DataFrame:
    """Draw one panel; returns the rows to label once the figure is laid out (:func:`label_frontiers`,
    since where a label fits depends on the axes' final size): the frontier (its best
    :data:`MAX_FRONTIER_LABELS`) and the priced models of ``label`` (ids the reader looks for)."""
    shown, frontier, pick = parts["shown"], parts["frontier"], parts["pick"]
    over = shown["price_usd_per_min"] > budget if budget is not None else pd.Series(False, index=shown.index)
    for row, is_over in zip(shown.itertuples(), over, strict=True):
        style = styles.get(row.developer, {"color": OTHER_COLOR, "marker": "^"})
        color, marker = style["color"], style["marker"]
        alpha = 0.3 if is_over else 0.9
        if pd.notna(row.ci_low) and pd.notna(row.ci_high):
            bar = ax.vlines(row.price_usd_per_min, row.ci_low, row.ci_high, color=color, alpha=alpha * 0.5,
                            linewidth=1.0, zorder=2)
            bar.set_gid(f"interval:{row.model}")
        (point,) = ax.plot([row.price_usd_per_min], [row.elo], linestyle="None", marker=marker, color=color,
                           markersize=6.5 if color != OTHER_COLOR else 5.5, alpha=alpha,
                           zorder=3 if color != OTHER_COLOR else 2.5)
        point.set_gid(f"point:{row.model}")
    _scale_price_axis(ax, shown["price_usd_per_min"])
    if not frontier.empty:
        (stairs,) = ax.step(frontier["price_usd_per_min"], frontier["elo"], where="post", color="#222222",
                            linestyle="--", linewidth=1.1, zorder=4)
        stairs.set_gid("frontier")
        ax.plot(frontier["price_usd_per_min"], frontier["elo"], linestyle="None", marker="o", markersize=11,
                markerfacecolor="none", markeredgecolor="#222222", markeredgewidth=1.0, zorder=4)
    if pick is not None:
        (star,) = ax.plot([pick["price_usd_per_min"]], [pick["elo"]], linestyle="None", marker="*",
                          markersize=17, color=PICK_COLOR, markeredgecolor="#222222", markeredgewidth=0.8,
                          zorder=5, label=pick_label)
        star.set_gid("pick")
    if budget is not None:
        rule = ax.axvline(budget, color="#D55E00", linestyle=":", linewidth=1.4, zorder=1)
        rule.set_gid("budget")
        ax.axvspan(budget, ax.get_xlim()[1], color="#EEEEEE", zorder=0)
        ax.annotate(f"budget USD {budget:.2f}/min", xy=(budget, 1.0), xycoords=("data", "axes fraction"),
                    xytext=(3, -3), textcoords="offset points", fontsize=LABEL_SIZE, color="#D55E00",
                    va="top")
    named = (frontier if len(frontier) <= MAX_FRONTIER_LABELS
             else frontier.nlargest(MAX_FRONTIER_LABELS, "elo"))
    extra = shown[shown["model"].astype(str).isin([str(m) for m in label])
                  & ~shown["model"].astype(str).isin(named["model"].astype(str))]
    labelled = pd.concat([named, extra])
    if number_rest:  # the other points get a number, keyed under the subtitle
        rest = shown[~shown["model"].astype(str).isin(labelled["model"].astype(str))]
        rest = rest.sort_values(["elo", "price_usd_per_min"], ascending=[False, True])
        labelled.attrs["numbered"] = rest.assign(number=range(1, len(rest) + 1))
    labelled.attrs["points"] = shown[["price_usd_per_min", "elo"]].to_numpy()  # what labels must not cover
    labelled.attrs["stairs"] = frontier[["price_usd_per_min", "elo"]].to_numpy()
    return labelled


def label_frontiers(fig: Any, pending: list[tuple[Any, pd.DataFrame]]) -> None:
    """Label each panel's chosen points after the final layout (call it on a finished figure): name and
    list price, each at the first spot around its point where it covers no marker and no other label."""
    fig.freeze_layout()
    renderer = None  # each artist measures itself with the figure's own renderer
    for ax, rows in pending:
        placed = _label_points(ax, rows, renderer, size=LABEL_SIZE)
        numbered = rows.attrs.get("numbered")
        if numbered is not None and not numbered.empty:
            numbers = numbered.assign(model_name=numbered["number"].astype(str))
            numbers.attrs = {k: v for k, v in rows.attrs.items() if k != "numbered"}
            _label_points(ax, numbers, renderer, size=LABEL_SIZE, placed=placed, bare=True)


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


def _label_points(ax: Any, rows: pd.DataFrame, renderer: Any, *, size: float,
                  placed: list[tuple[float, float, float, float]] | None = None,
                  bare: bool = False) -> list[tuple[float, float, float, float]]:
    """Name and price ("Wan 3.0 · USD 12.00/min") beside each row's point, at the first spot of
    :data:`_SPOTS` whose text box stays inside the axes and overlaps no marker and no label placed
    before (highest-rated first); if none is free, the spot inside the axes that covers the least of the
    markers, tied by a thin line; a label that would cover another label is left out."""
    dpi = ax.figure.dpi
    marker_px = 9.0 * dpi / 72  # half the side of the box a marker (with its frontier ring) occupies
    points = ax.transData.transform(rows.attrs.get("points", rows[["price_usd_per_min", "elo"]].to_numpy()))
    markers = [(x - marker_px, y - marker_px, x + marker_px, y + marker_px) for x, y in points]
    markers += _stair_boxes(ax, rows.attrs.get("stairs"))
    frame = ax.get_window_extent(renderer)
    placed = [] if placed is None else placed
    for row in rows.sort_values("elo", ascending=False).itertuples():
        text = str(row.model_name) if bare else f"{row.model_name} · USD {row.price_usd_per_min:.2f}/min"
        x, y = ax.transData.transform((row.price_usd_per_min, row.elo))
        own = (x - marker_px - 0.5, y - marker_px - 0.5, x + marker_px + 0.5, y + marker_px + 0.5)
        others = [m for m in markers if not _inside(m, own)]  # its tie line may touch its own point
        best = None
        for dx, dy, ha, va in _SPOTS:
            label = ax.annotate(text, xy=(row.price_usd_per_min, row.elo), xytext=(dx, dy),
                                textcoords="offset points", fontsize=size, ha=ha, va=va, color="#222222",
                                zorder=6, annotation_clip=False, bbox=_LABEL_BOX,
                                arrowprops=_TIE if dy != 0 else None)
            box = label.get_window_extent(renderer)  # with its tie line, if any
            rect = (box.x0, box.y0, box.x1, box.y1)
            inside = box.x0 >= frame.x0 and box.x1 <= frame.x1 and box.y0 >= frame.y0 and box.y1 <= frame.y1
            # outside the axes is worst, then covering another label, then covering markers
            cost = (not inside, sum(_overlap(rect, other) for other in placed),
                    sum(_overlap(rect, other) for other in others))
            label.remove()
            if best is None or cost < best[0]:
                best = (cost, dx, dy, ha, va, rect)
            if cost == (False, 0, 0):
                break
        cost, dx, dy, ha, va, rect = best
        if cost[1] > 0 and not bare:
            continue  # no spot clear of the other labels: left unlabelled (the table lists it)
        far = dy != 0  # a label above or below its point is tied to it by a thin line
        label = ax.annotate(text, xy=(row.price_usd_per_min, row.elo), xytext=(dx, dy),
                            textcoords="offset points", fontsize=size, ha=ha, va=va, color="#222222",
                            zorder=6, annotation_clip=False, bbox=_LABEL_BOX,
                            arrowprops=_TIE if far else None)
        label.set_gid(f"{'number' if bare else 'frontier'}-label:{row.model}")
        placed.append(rect)
    return placed


def _stair_boxes(ax: Any, stairs: Any, step_px: float = 6.0) -> list[tuple[float, float, float, float]]:
    """Small boxes along the frontier staircase (display pixels), so labels keep off its lines too."""
    if stairs is None or len(stairs) < 2:
        return []
    corners = []
    for (x0, y0), (x1, y1) in pairwise(stairs):
        corners += [(x0, y0), (x1, y0), (x1, y0), (x1, y1)]  # "post" steps: across, then up
    pixels = ax.transData.transform(corners)
    boxes = []
    for (ax0, ay0), (ax1, ay1) in zip(pixels[0::2], pixels[1::2], strict=True):
        n = max(int(max(abs(ax1 - ax0), abs(ay1 - ay0)) / step_px), 1)
        for i in range(n + 1):
            x, y = ax0 + (ax1 - ax0) * i / n, ay0 + (ay1 - ay0) * i / n
            boxes.append((x - 1.5, y - 1.5, x + 1.5, y + 1.5))
    return boxes


def _inside(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Box a lies within box b."""
    return a[0] >= b[0] and a[1] >= b[1] and a[2] <= b[2] and a[3] <= b[3]


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """The area two boxes (x0, y0, x1, y1) share, 0 when apart."""
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return width * height if width > 0 and height > 0 else 0.0


def price_label(shown: pd.DataFrame) -> str:
    prices = shown["price_usd_per_min"]
    log = prices.min() > 0 and prices.max() / prices.min() > LOG_SPAN
    return "List price, USD per minute of video" + (" (log scale)" if log else "")


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
                   label=FRONTIER_LABEL)
        )
    if pick_label:
        handles.append(
            Line2D([], [], linestyle="None", marker="*", markersize=12, color=PICK_COLOR,
                   markeredgecolor="#222222", label=pick_label)
        )
    return handles
