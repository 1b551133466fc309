"""Drawing helpers shared by the leaderboard charts: one panel per scale epoch, evidence-aware lines.

* **Epoch panels.** Ratings (and ranks, which re-shuffle when a pool is re-anchored) are drawn in one
  panel per ``scale_epoch``, side by side, so no line ever joins two scales.
* **Evidence.** Archived snapshots (grade A) get filled markers and solid lines; anything resting on
  secondary evidence (B-D) gets hollow markers and dotted lines, so the two never look alike.
* **Artist ids.** Line artists carry ``gid`` ``"path:<model>"`` (connecting lines) or
  ``"points:<model>"`` (markers), so tests and callers can find what was drawn for a model.

Example::

    >>> import pandas as pd
    >>> from videomarket.plots._panels import epoch_spans
    >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-29", "2026-10-06"]),
    ...                   "scale_epoch": ["e1", "e2"]})
    >>> [(e, str(a.date()), str(b.date())) for e, a, b in epoch_spans(t)]
    [('e1', '2026-09-29', '2026-09-29'), ('e2', '2026-10-06', '2026-10-06')]
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from videomarket.data.schemas import POOL_LABELS
from videomarket.plots._style import new_figure
from videomarket.stories import fmt

ARCHIVE_GRADE = "A"
HOLLOW_FACE = "white"
SECONDARY_LINESTYLE = ":"
PANEL_TITLE_SIZE = 9.0
LEGEND_DROP_INCHES = 0.62  # below the axes: clears tick labels, the date-offset text and the x label
UNSEEN_COLOR = "#EEEEEE"  # shading of stretches without a board (see shade_unseen)
_LABEL_BOX = {"facecolor": "white", "edgecolor": "none", "alpha": 0.8, "pad": 1}


def epoch_spans(table: pd.DataFrame) -> list[tuple[str, pd.Timestamp, pd.Timestamp]]:
    """``(scale_epoch, first date, last date)`` for each epoch in ``table``, oldest first."""
    if table.empty:
        raise ValueError("nothing to draw: the table is empty")
    for column in ("snapshot_date", "scale_epoch"):
        if column not in table.columns:
            raise ValueError(f"table lacks column `{column}`")
    spans = table.groupby(table["scale_epoch"].astype(str))["snapshot_date"].agg(["min", "max"])
    spans = spans.sort_values("min")
    return [(str(epoch), row["min"], row["max"]) for epoch, row in spans.iterrows()]


def epoch_figure(
    table: pd.DataFrame,
    *,
    sharey: bool,
    xlabel: str = "Date of board",
    figsize: tuple[float, float] = (9.0, 5.0),
) -> tuple[Any, list[Any], list[tuple[str, pd.Timestamp, pd.Timestamp]]]:
    """A figure with one panel per scale epoch, widths proportional to the dates each covers.

    A panel is at least a fifth of the widest one, so a re-anchoring a few days old stays readable.
    """
    spans = epoch_spans(table)
    days = [max((end - start).days, 1) for _, start, end in spans]
    widths = [max(d, 0.2 * max(days)) for d in days]
    fig, axes = new_figure(1, len(spans), figsize=figsize, sharey=sharey, width_ratios=widths, squeeze=False)
    axes = list(axes[0])
    for index, (ax, (_epoch, start, end)) in enumerate(zip(axes, spans, strict=True)):
        # Wrapped to the panel's width: a narrow panel's long epoch id ran off the figure's edge.
        panel_inches = 0.75 * figsize[0] * widths[index] / sum(widths)
        # Readers see the scale's number, not its internal id (the id stays in the chart's data).
        label = "\n".join(_wrap_to(_scale_title(spans, index), panel_inches, PANEL_TITLE_SIZE))
        ax.set_title(label, fontsize=PANEL_TITLE_SIZE, fontweight="normal", color="#555555", loc="left")
        _limit_dates(ax, start, end)
        ax.set_xlabel(xlabel)
    return fig, axes, spans


def _wrap_to(text: str, inches: float, fontsize: float) -> list[str]:
    import textwrap

    chars = max(8, int(inches * 72 / (0.6 * fontsize)))  # DejaVu Sans: about 0.6 em per character
    return textwrap.wrap(text, chars, break_on_hyphens=True) or [text]


def _limit_dates(ax: Any, start: pd.Timestamp, end: pd.Timestamp) -> None:
    import matplotlib.dates as mdates

    pad = pd.Timedelta(days=max((end - start).days * 0.04, 1.0))
    ax.set_xlim(start - pad, end + pad)
    if (end - start).days <= 21:  # a short epoch: tick its first (and last) board only
        ax.set_xticks([start, end] if (end - start).days >= 5 else [start])
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b\n%Y"))
    else:
        format_date_axis(ax)


def format_date_axis(ax: Any) -> None:
    """Concise date ticks that fit narrow panels."""
    import matplotlib.dates as mdates

    locator = mdates.AutoDateLocator(minticks=2, maxticks=6)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def draw_path(
    ax: Any,
    dates: Sequence[Any],
    values: Sequence[float],
    evidence: Sequence[str],
    *,
    model: str,
    color: str,
    marker: str,
    linewidth: float = 1.8,
    markersize: float = 5.0,
    zorder: float = 3,
    max_gap_days: float | None = None,
) -> list[Any]:
    """Draw one model's points, joined only between neighbours that both have a value (NaN breaks) and,
    with ``max_gap_days``, that are at most that many days apart (no line across a stretch without boards).

    Segments touching a secondary-evidence point are dotted; such points are hollow.
    """
    x = pd.to_datetime(pd.Series(dates)).to_numpy(dtype="datetime64[ns]")
    y = np.asarray(values, dtype=float)
    archived = np.array([str(e) == ARCHIVE_GRADE for e in evidence], dtype=bool)
    far = np.zeros(len(x), dtype=bool)
    if max_gap_days is not None and len(x) > 1:
        far[1:] = np.diff(x) > np.timedelta64(int(max_gap_days * 86400), "s")
    artists = []
    for solid, (lo, hi) in _segment_runs(y, archived, far):
        (line,) = ax.plot(x[lo:hi + 1], y[lo:hi + 1], color=color, marker="None", zorder=zorder,
                          linewidth=linewidth if solid else linewidth * 0.8,
                          linestyle="-" if solid else SECONDARY_LINESTYLE, label="_path")
        line.set_gid(f"path:{model}")
        artists.append(line)
    has_value = ~np.isnan(y)
    for filled in (True, False):
        keep = has_value & (archived if filled else ~archived)
        if not keep.any():
            continue
        (points,) = ax.plot(x[keep], y[keep], linestyle="None", marker=marker, markersize=markersize,
                            color=color, markerfacecolor=color if filled else HOLLOW_FACE,
                            markeredgecolor=color, markeredgewidth=1.2, zorder=zorder + 0.5,
                            label="_archived" if filled else "_secondary")
        points.set_gid(f"points:{model}")
        artists.append(points)
    return artists


def _segment_runs(y: np.ndarray, archived: np.ndarray,
                  far: np.ndarray | None = None) -> list[tuple[bool, tuple[int, int]]]:
    """Maximal runs of consecutive drawable segments with the same style: (solid?, (first, last index)).
    ``far[i]``: point i is too far from point i - 1 to be joined to it."""
    runs: list[tuple[bool, tuple[int, int]]] = []
    for i in range(len(y) - 1):
        if np.isnan(y[i]) or np.isnan(y[i + 1]) or (far is not None and far[i + 1]):
            continue
        solid = bool(archived[i] and archived[i + 1])
        if runs and runs[-1][0] == solid and runs[-1][1][1] == i:
            runs[-1] = (solid, (runs[-1][1][0], i + 1))
        else:
            runs.append((solid, (i, i + 1)))
    return runs


def short_name(name: object, limit: int = 24) -> str:
    """A long board name without its bracketed note ("Utopai X (based on MiniMax H3)" -> "Utopai X")."""
    import re

    text = str(name)
    if len(text) <= limit:
        return text
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", text)
    return bare if len(bare) <= limit else bare[: limit - 1] + "…"


def label_at_end(ax: Any, date: Any, value: float, text: str, *, color: str, fontsize: float = 9.0) -> Any:
    """Direct label to the right of a line's last point (instead of a legend); long names shortened."""
    annotation = ax.annotate(short_name(text), xy=(pd.Timestamp(date), value), xytext=(5, 0),
                             textcoords="offset points", va="center", ha="left", fontsize=fontsize,
                             color=color, annotation_clip=False)
    annotation.set_gid("label")
    return annotation


def legend_below(ax: Any, handles: list[Any], **kwargs: Any) -> Any:
    """A legend under the axes' x label, at a fixed distance in inches (not a fraction of the axes height,
    which put it on top of the x label in short charts). Constrained layout makes room for it."""
    from matplotlib.transforms import ScaledTranslation

    drop = ScaledTranslation(0, -LEGEND_DROP_INCHES, ax.figure.dpi_scale_trans)
    return ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.0, 0.0),
                     bbox_transform=ax.transAxes + drop, **kwargs)


def spread_labels(fig: Any, gap_points: float = 2.5) -> None:
    """Move the direct labels (``gid == "label"``) of each axes apart vertically so none overlap.

    Labels whose horizontal extents meet are treated as one column; each run of overlapping labels is
    centred on its points' mean height. Call it on a finished figure (it lays the figure out first, so
    distances are those of the final drawing); offsets are in points, so any dpi keeps the spacing.
    """
    fig.draw_without_rendering()
    to_points = 72.0 / fig.dpi
    for ax in fig.axes:
        labels = [t for t in ax.texts if t.get_gid() == "label" and t.get_visible()]
        for column in _label_columns(labels):
            _spread_column(column, gap_points / to_points, to_points)


def _label_columns(labels: list[Any]) -> list[list[Any]]:
    """Groups of labels whose horizontal extents overlap (transitively)."""
    boxes = sorted(((t.get_window_extent(), t) for t in labels), key=lambda item: item[0].x0)
    columns: list[list[Any]] = []
    right = -np.inf
    for box, text in boxes:
        if not columns or box.x0 > right:
            columns.append([])
            right = box.x1
        columns[-1].append(text)
        right = max(right, box.x1)
    return columns


def _spread_column(column: list[Any], gap: float, to_points: float) -> None:
    items = []
    for text in column:
        box = text.get_window_extent()
        anchor = text.axes.transData.transform((text.axes.get_xlim()[0], text.xy[1]))[1]
        items.append({"text": text, "anchor": anchor, "height": box.height})
    items.sort(key=lambda item: item["anchor"])
    runs: list[list[dict[str, Any]]] = []
    for item in items:
        runs.append([item])
        while len(runs) > 1 and _run_bottom(runs[-1], gap) < _run_top(runs[-2], gap) + gap:
            runs[-2:] = [runs[-2] + runs[-1]]
    for run in runs:
        y = _run_bottom(run, gap)
        for item in run:
            centre = y + item["height"] / 2
            item["text"].xyann = (item["text"].xyann[0], (centre - item["anchor"]) * to_points)
            y += item["height"] + gap


def _run_extent(run: list[dict[str, Any]], gap: float) -> float:
    return sum(item["height"] for item in run) + gap * (len(run) - 1)


def _run_bottom(run: list[dict[str, Any]], gap: float) -> float:
    centre = float(np.mean([item["anchor"] for item in run]))
    return centre - _run_extent(run, gap) / 2


def _run_top(run: list[dict[str, Any]], gap: float) -> float:
    return _run_bottom(run, gap) + _run_extent(run, gap)


def _scale_title(spans: list[tuple[str, pd.Timestamp, pd.Timestamp]], index: int) -> str:
    """A panel's scale named by the re-rating(s) around it, the notes' one label: "Before the 1 October 2026
    re-rating" / "After the 1 October 2026 re-rating" (the first board on the new scale dates it)."""
    if len(spans) == 1:
        return "Rating scale 1"
    cuts = [fmt.day(start) for _, start, _ in spans[1:]]
    if index == 0:
        return f"Before the {cuts[0]} re-rating"
    if index == len(spans) - 1:
        return f"After the {cuts[-1]} re-rating"
    return f"Between the {cuts[index - 1]} and {cuts[index]} re-ratings"


def mark_epoch_breaks(ax: Any, dates: Sequence[Any], label: str | None = "scale re-anchored", *,
                      outside: bool = False, x: Sequence[float] | None = None) -> None:
    """A dashed vertical rule at each re-anchoring, for charts that share one time axis (bars, shares);
    ``label`` is written along the rule (None: the rule alone, e.g. in a panel under a labelled one).

    The label runs down inside the top of the plot, or with ``outside`` sits above the plot area, level,
    where no bar or line can lie under it. ``x``: the rules' positions when the axis is not a date axis
    (one per date).
    """
    for index, date in enumerate(dates):
        where = pd.Timestamp(date) if x is None else x[index]
        rule = ax.axvline(where, color="#666666", linestyle="--", linewidth=1.0, zorder=1)
        rule.set_gid("epoch-break")
        if label is None:
            continue
        if outside:
            note = ax.annotate(label, xy=(where, 1.0), xycoords=("data", "axes fraction"), xytext=(0, 3),
                               textcoords="offset points", fontsize=9, color="#555555", va="bottom",
                               ha="center", annotation_clip=False)
        else:
            note = ax.annotate(label, xy=(where, 1.0), xycoords=("data", "axes fraction"), xytext=(-3, -3),
                               textcoords="offset points", fontsize=9, color="#555555", va="top",
                               ha="right", rotation=90, bbox=_LABEL_BOX)
        note.set_gid("epoch-break-label")


def unseen_spans(dates: Sequence[Any], min_days: float) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """Stretches between consecutive boards more than ``min_days`` apart: ``(last board, next board)``.

    >>> unseen_spans(pd.to_datetime(["2026-05-14", "2026-06-25", "2026-06-27"]), 7)
    [(Timestamp('2026-05-14 00:00:00'), Timestamp('2026-06-25 00:00:00'))]
    """
    days = sorted(pd.to_datetime(pd.Series(list(dates))).drop_duplicates())
    return [(a, b) for a, b in itertools.pairwise(days) if (b - a).days > min_days]


def shade_unseen(ax: Any, dates: Sequence[Any], min_days: float) -> list[Any]:
    """Light shading over each stretch of more than ``min_days`` days without a board (``gid`` "unseen")."""
    spans = []
    for start, end in unseen_spans(dates, min_days):
        span = ax.axvspan(start + pd.Timedelta(days=1), end - pd.Timedelta(days=1), color=UNSEEN_COLOR,
                          linewidth=0, zorder=0)
        span.set_gid("unseen")
        spans.append(span)
    return spans


def date_range_text(dates: pd.Series) -> str:
    """``"1 Dec 2025 to 6 Oct 2026"``."""
    first, last = pd.Timestamp(dates.min()), pd.Timestamp(dates.max())
    return f"{day_text(first)} to {day_text(last)}"


def day_text(date: Any) -> str:
    """``"6 Oct 2026"`` (no zero padding)."""
    date = pd.Timestamp(date)
    return f"{date.day} {date:%b %Y}"


def pool_text(table: pd.DataFrame) -> str:
    """``"Artificial Analysis, text to video (silent)"`` from the ``arena`` and ``category`` columns (the
    pool in words), else what is known of them, else ""."""
    if not len(table):
        return ""
    arena = str(table["arena"].iloc[0]) if "arena" in table.columns else ""
    category = str(table["category"].iloc[0]) if "category" in table.columns else ""
    pool = POOL_LABELS.get(category, category).lower() if category else ""
    return ", ".join(part for part in (arena, pool) if part)


def break_dates(table: pd.DataFrame | None) -> list[pd.Timestamp]:
    """Where to draw re-anchorings: midway between the last board on the old scale and the first on the new.

    ``table`` is either :func:`videomarket.leaderboard.epoch_breaks` (``previous_date``, ``date``) or
    any per-board table with ``snapshot_date`` and ``scale_epoch``, whose changes of epoch are used.
    The re-anchoring happened somewhere in between, and a rule on the new board's own date would run
    through its bar.
    """
    if table is None or len(table) == 0:
        return []
    if {"previous_date", "date"} <= set(table.columns):
        pairs = zip(table["previous_date"], table["date"], strict=True)
    else:
        days = table.drop_duplicates("snapshot_date").sort_values("snapshot_date")
        changed = days["scale_epoch"].ne(days["scale_epoch"].shift()).to_numpy().copy()
        changed[0] = False
        previous = days["snapshot_date"].shift()
        pairs = zip(previous[changed], days["snapshot_date"][changed], strict=True)
    return [_midway(before, after) for before, after in pairs]


def _midway(before: Any, after: Any) -> pd.Timestamp:
    after = pd.Timestamp(after)
    if before is None or pd.isna(before):
        return after
    before = pd.Timestamp(before)
    return before + (after - before) / 2


def default_source(table: pd.DataFrame) -> str:
    """A source line naming the pool and how many boards the chart draws (dates of boards, not days: the
    copies are not daily; no internal ids: the ids travel in the chart's data, and the report lists the
    sources by title)."""
    pool = pool_text(table) or "the arena's"
    boards = table["snapshot_date"].nunique() if "snapshot_date" in table.columns else 0
    if boards:
        what = f"{boards} board{'s' if boards != 1 else ''}"
    else:  # values quoted by pages: how many pages quoted them
        ids = set(table["source_id"].dropna().astype(str)) if "source_id" in table.columns else set()
        what = "leaderboard values"
        if ids:
            what = f"values quoted by {len(ids)} source{'s' if len(ids) != 1 else ''}"
    return f"Source: {pool} leaderboard, {what} (listed in the report's sources)"


def require_table(table: pd.DataFrame, columns: tuple[str, ...], who: str) -> pd.DataFrame:
    """A copy of ``table`` with the columns checked, dates parsed, ``evidence`` defaulted."""
    if not isinstance(table, pd.DataFrame):
        raise ValueError(f"{who}: expected a DataFrame, got {type(table).__name__}")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{who}: table lacks column(s) {missing}")
    if table.empty:
        raise ValueError(f"{who}: nothing to draw, the table is empty")
    out = table.copy()
    for column in ("snapshot_date", "start", "end", "next_start"):
        if column in out.columns:
            out[column] = pd.to_datetime(out[column])
    if "evidence" not in out.columns:
        out["evidence"] = "A"
    return out


def model_names(table: pd.DataFrame) -> dict[str, str]:
    """Model id -> latest display name (the id when no name column)."""
    if "model_name" not in table.columns:
        return {str(m): str(m) for m in table["model"].unique()}
    latest = table.sort_values("snapshot_date").groupby("model")["model_name"].last()
    return {str(m): str(n) for m, n in latest.items()}


def row_name(row: pd.Series) -> str:
    """Display name of one row (``model_name``, else the id)."""
    has_name = "model_name" in row and pd.notna(row["model_name"])
    return str(row["model_name"]) if has_name else str(row["model"])


def latest_creator(rows: pd.DataFrame) -> str:
    """The developer of the latest row, as the table gives it (spaces trimmed); "" when unknown."""
    if "creator" not in rows.columns or rows["creator"].dropna().empty:
        return ""
    return " ".join(str(rows["creator"].dropna().iloc[-1]).split())


def chart_data(table: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """The columns of ``table`` a chart drew (those present, in this order), for its CSV download."""
    return table[[c for c in dict.fromkeys(columns) if c in table.columns]].reset_index(drop=True)
