"""Leaderboard charts: bump chart, rating trajectories, #1 timeline, developer shares.

Each function takes a table from :mod:`videomarket.leaderboard` and returns a finished
:class:`~videomarket.plots._style.ReportFigure`. Titles, source lines and alt texts are derived from
the data unless passed. Scale epochs are separate panels (lines never cross a re-anchoring) or
dashed rules; archived snapshots have filled markers / bars, secondary evidence hollow or hatched.

Example::

    >>> from videomarket import data, leaderboard, plots                       # doctest: +SKIP
    >>> ranks = data.load_rankings()                                            # doctest: +SKIP
    >>> history = leaderboard.rank_history(ranks, "Artificial Analysis", "text-to-video")  # doctest: +SKIP
    >>> plots.bump_chart(history)                                               # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from videomarket.plots._panels import (
    chart_data,
    date_range_text,
    day_text,
    default_source,
    draw_path,
    epoch_figure,
    label_at_end,
    latest_creator,
    legend_below,
    model_names,
    pool_text,
    require_table,
    row_name,
    shade_unseen,
    spread_labels,
    unseen_spans,
)
from videomarket.plots._ratings_timeline import GAP_DAYS
from videomarket.plots._style import (
    MAX_HIGHLIGHTED,
    MUTED_COLOR,
    creator_color,
    creator_style,
    finish,
    house_style,
    series_colors,
)

EVIDENCE_NOTE = "Filled markers: archived copies; hollow markers and dotted lines: secondary sources."
UNSEEN_NOTE = f"no board for more than {GAP_DAYS} days"
MAX_HIGHLIGHT = MAX_HIGHLIGHTED
HISTORY_COLUMNS = ("snapshot_date", "arena", "category", "model_name", "creator",
                   "rank", "elo", "ci_low", "ci_high", "evidence")
#: A chart CSV's evidence value for a row of an archived board day, by how that day was kept: a rebuilt
#: copy has no grade letter (the glossary's "rebuilt, not verified").
GRADE_BY_COPY = {"downloaded": "A", "rebuilt": "rebuilt, not verified",
                 "partly rebuilt": "partly rebuilt, not verified"}
REBUILT_HATCH = "xxx"
REBUILT_LABEL = "rebuilt copies only"


def rebuilt_days(rebuilt: pd.DataFrame | None, table: pd.DataFrame) -> list[pd.Timestamp]:
    """The board days of ``table``'s arena and pool whose every archived copy was rebuilt from text
    (``rebuilt``: :func:`videomarket.data.rebuilt_boards`; None or empty: none)."""
    if rebuilt is None or rebuilt.empty or table.empty:
        return []
    mine = rebuilt[rebuilt["rebuilt_only"].astype(bool)]
    for key in ("arena", "category"):
        if key in table.columns:
            mine = mine[mine[key].astype(str).isin(set(table[key].astype(str)))]
    return sorted(pd.to_datetime(mine["snapshot_date"]).dt.normalize().unique())


def copy_column(rebuilt: pd.DataFrame | None, table: pd.DataFrame) -> list[str]:
    """How each row's board day was kept, for a chart's CSV: "rebuilt", "partly rebuilt" or "downloaded"
    (rows not from an archived copy: empty)."""
    if not {"arena", "category", "snapshot_date", "evidence"} <= set(table.columns):
        return [""] * len(table)
    marks: dict[tuple[str, str, pd.Timestamp], str] = {}
    if rebuilt is not None and len(rebuilt):
        marks = {(str(r.arena), str(r.category), pd.Timestamp(r.snapshot_date).normalize()):
                 "rebuilt" if bool(r.rebuilt_only) else "partly rebuilt" if bool(r.checked) else "downloaded"
                 for r in rebuilt.itertuples()}
    keys = zip(table["arena"], table["category"], table["snapshot_date"], table["evidence"], strict=True)
    return [marks.get((str(a), str(c), pd.Timestamp(d).normalize()), "downloaded") if str(e) == "A" else ""
            for a, c, d, e in keys]


def graded(rebuilt: pd.DataFrame | None, table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with its ``evidence`` column as a chart's CSV gives it: "A" only for downloaded archived
    copies, "rebuilt, not verified" or "partly rebuilt, not verified" for rebuilt board days (other
    grades unchanged)."""
    if "evidence" not in table.columns:
        return table
    copies = copy_column(rebuilt, table)
    return table.assign(evidence=[GRADE_BY_COPY.get(c, e) if c else e
                                  for c, e in zip(copies, table["evidence"].astype(str), strict=True)])


def tied_ranks(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with equal ratings of one board sharing the best of their ranks, as the tables write
    "=9" (for a chart's CSV; rows without a rating keep their rank)."""
    if not {"snapshot_date", "elo", "rank"} <= set(table.columns) or table.empty:
        return table
    keys = [c for c in ("arena", "category", "snapshot_date") if c in table.columns]
    rank = pd.to_numeric(table["rank"], errors="coerce")
    shared = rank.groupby([table[k] for k in keys] + [table["elo"]], dropna=False).transform("min")
    return table.assign(rank=shared.where(table["elo"].notna(), rank).astype("Int64"))


def mark_rebuilt(ax: Any, days: list[pd.Timestamp], *, x: list[float] | None = None) -> bool:
    """A hatched band over each stretch of consecutive rebuilt board days (half a day either side on a date
    axis; ``x``: positions when the axis is not a date axis). True when a band was drawn."""
    if not days:
        return False
    spans: list[list[Any]] = []
    for i, day in enumerate(days):
        if spans and (day - spans[-1][1]).days <= 1:
            spans[-1][1] = day
            spans[-1][3] = i
        else:
            spans.append([day, day, i, i])
    for first, last, i, j in spans:
        if x is None:
            left, right = first - pd.Timedelta(hours=12), last + pd.Timedelta(hours=12)
        else:
            left, right = x[i] - 0.5, x[j] + 0.5
        band = ax.axvspan(left, right, facecolor="none", edgecolor="#999999", hatch=REBUILT_HATCH,
                          linewidth=0, zorder=0)
        band.set_gid("rebuilt")
    return True


def rebuilt_handle() -> Any:
    from matplotlib.patches import Patch

    return Patch(facecolor="white", edgecolor="#999999", hatch=REBUILT_HATCH, label=REBUILT_LABEL)


def bump_chart(
    rank_history_table: pd.DataFrame,
    *,
    highlight: list[str] | None = None,
    rebuilt: pd.DataFrame | None = None,
    colors: dict[str, str] | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    source: str | None = None,
    alt: str | None = None,
) -> Any:
    """Rank over time for the models in a :func:`~videomarket.leaderboard.rank_history` table.

    Rank 1 at the top; one panel per scale epoch; a line breaks where a model is outside the top N and
    across more than :data:`GAP_DAYS` days without a board (such stretches are shaded).
    ``highlight`` (model ids, at most 8) get a colour of their own (their developer's while free) and a
    direct label; default: every model that reached #1 plus the top 3 of the latest board (at most 8).
    The other models are thin grey context lines without labels. ``rebuilt``
    (:func:`videomarket.data.rebuilt_boards`): board days whose every copy was rebuilt from a search index's
    text get a hatched band and a legend key, and the CSV a "Copy" column. ``colors`` (model id -> colour,
    :func:`model_colors`): the report's colours, so a model keeps one colour in every chart.
    """
    needed = ("snapshot_date", "model", "rank", "scale_epoch")
    history = require_table(rank_history_table, needed, "bump_chart")
    history = history[history["rank"].notna()]
    top_n = int(history["rank"].max())  # rank_history keeps the top N places
    latest = history[history["snapshot_date"] == history["snapshot_date"].max()].sort_values("rank")
    chosen = [str(m) for m in highlight] if highlight is not None else _default_highlight(history, latest)
    if len(chosen) > MAX_HIGHLIGHT:
        raise ValueError(f"bump_chart: at most {MAX_HIGHLIGHT} models can be highlighted, got {len(chosen)}")
    colors = _chosen_colors(colors, history, chosen)
    with house_style():
        fig, axes, spans = epoch_figure(history, sharey=True)
        departed: dict[str, Any] = {}
        marked = False
        for ax, (epoch, _start, _end) in zip(axes, spans, strict=True):
            panel = history[history["scale_epoch"].astype(str) == epoch]
            shade_unseen(ax, panel["snapshot_date"], GAP_DAYS)
            marked = mark_rebuilt(ax, [d for d in rebuilt_days(rebuilt, history)
                                       if d in set(pd.to_datetime(panel["snapshot_date"]))]) or marked
            departed |= _draw_ranks(ax, panel, colors)
        axes[0].set_ylim(top_n + 0.5, 0.5)  # inverted: rank 1 on top
        axes[0].set_yticks(range(1, top_n + 1, 1 if top_n <= 15 else 2))
        axes[0].set_ylabel("Rank (1 = top of the board)")
        # under the chart: inside a panel the legend hid lines wherever it went
        handles = [_legend_proxy(artist, f"{name} (left the top {top_n})")
                   for name, artist in departed.items()]
        handles += _unseen_handle(history)
        handles += [rebuilt_handle()] if marked else []
        if handles:
            legend_below(axes[0], handles, fontsize=9, ncols=min(2, len(handles)), alignment="left")
    leader = row_name(latest.iloc[0])
    n_models = history["model"].nunique()
    pool = pool_text(history)
    leaders = history.loc[history["rank"] == 1, "model"].map(model_names(history)).drop_duplicates().tolist()
    default_title = f"{leader} is #1 on the latest board; {n_models} models reached the top {top_n}"
    default_alt = (
        f"Bump chart of the top {top_n} ranks on the {pool} board, "
        f"{date_range_text(history['snapshot_date'])}: {n_models} models over "
        f"{history['snapshot_date'].nunique()} boards, {_panels_text(spans)}. "
        f"{leader} is #1 on the latest board ({day_text(latest['snapshot_date'].iloc[0])}). "
        f"Models that held #1: {', '.join(leaders)}. Highlighted: "
        f"{', '.join(model_names(history)[m] for m in chosen if m in model_names(history))}; other models "
        f"are grey context lines. Lines break where no board was seen for more than {GAP_DAYS} days "
        f"(shaded). {EVIDENCE_NOTE}"
    )
    data = chart_data(graded(rebuilt, tied_ranks(history)), HISTORY_COLUMNS).assign(
        highlighted=history["model"].astype(str).isin(chosen).to_numpy())
    fig = finish(fig, title=title or default_title, subtitle=subtitle or pool or None,
                 source=source or default_source(history), alt=alt or default_alt, data=data)
    spread_labels(fig)  # shared ranks would print their labels on top of each other
    return fig


def model_colors(rows: pd.DataFrame, models: list[str],
                 history: pd.DataFrame | None = None) -> dict[str, str]:
    """One colour per model for every chart of a report (model id -> colour): ``models`` (e.g. the runs'
    leaders, in order) first, then, with ``history`` (:func:`~videomarket.leaderboard.rank_history`), the
    models :func:`bump_chart` highlights by default; at most 8 coloured, each its developer's colour while
    free. ``rows``: the pool's rows (model, creator, snapshot_date)."""
    chosen = list(dict.fromkeys(str(m) for m in models))
    if history is not None and len(history):
        ranked = history[history["rank"].notna()]
        latest = ranked[ranked["snapshot_date"] == ranked["snapshot_date"].max()].sort_values("rank")
        chosen = list(dict.fromkeys(chosen + _default_highlight(ranked, latest)))
    return _model_colors(rows, chosen[:MAX_HIGHLIGHT])


def _chosen_colors(colors: dict[str, str] | None, table: pd.DataFrame, chosen: list[str]) -> dict[str, str]:
    """The given colours of the chosen models (missing ones get colours the given ones leave free)."""
    if not colors:
        return _model_colors(table, chosen)
    given = {m: colors[m] for m in chosen if m in colors}
    rest = [m for m in chosen if m not in given]
    if rest:
        free = series_colors([*colors, *rest], max_colored=len(colors) + len(rest), prefer=colors)
        given |= {m: free[m] for m in rest}
    return given


def _model_colors(table: pd.DataFrame, chosen: list[str]) -> dict[str, str]:
    """A distinct colour per highlighted model, its developer's own while no other model has taken it
    (nor a colour readers confuse with it: two Alibaba models are orange and blue, not orange and
    vermillion)."""
    ordered = table.sort_values("snapshot_date")
    developers = {str(m): latest_creator(rows) for m, rows in ordered.groupby("model")}
    prefer = {m: creator_color(developers.get(m, "")) for m in chosen}
    return series_colors(chosen, prefer=prefer, avoid_confusable=True)


def _panels_text(spans: list) -> str:
    return "in one panel" if len(spans) == 1 else f"in {len(spans)} panels, one per rating scale"


def _unseen_handle(table: pd.DataFrame) -> list[Any]:
    """A legend key for the shaded stretches without a board, when a panel has any."""
    from matplotlib.patches import Patch

    from videomarket.plots._panels import UNSEEN_COLOR

    by_scale = table.groupby(table["scale_epoch"].astype(str))["snapshot_date"]
    if not any(unseen_spans(dates, GAP_DAYS) for _, dates in by_scale):
        return []
    return [Patch(facecolor=UNSEEN_COLOR, label=UNSEEN_NOTE)]


def _draw_ranks(ax: Any, panel: pd.DataFrame, colors: dict[str, str]) -> dict[str, Any]:
    """Highlighted models on the panel's last board get a direct label; highlighted ones that left earlier
    are returned (name -> line artist) for the legend. Context models: thin grey lines, no label."""
    dates = sorted(panel["snapshot_date"].unique())
    names = model_names(panel)
    departed: dict[str, Any] = {}
    for model, rows in panel.groupby("model", sort=True):
        rows = rows.set_index("snapshot_date").reindex(dates)  # NaN where outside the top N: the line breaks
        featured = str(model) in colors
        style = creator_style(latest_creator(rows))
        color = colors[str(model)] if featured else MUTED_COLOR
        artists = draw_path(ax, dates, rows["rank"].astype(float), rows["evidence"].fillna("A"),
                            model=str(model), color=color, marker=style["marker"] if featured else "o",
                            linewidth=2.4 if featured else 0.9, markersize=5.5 if featured else 2.5,
                            zorder=3 if featured else 2, max_gap_days=GAP_DAYS)
        if not featured:
            continue
        seen = rows["rank"].dropna()
        if seen.index[-1] == dates[-1]:
            label_at_end(ax, seen.index[-1], float(seen.iloc[-1]), names[model], color=color)
        else:
            departed[names[model]] = artists[-1]
    return departed


def _legend_proxy(artist: Any, name: str) -> Any:
    from matplotlib.lines import Line2D

    return Line2D([], [], color=artist.get_color(), marker=artist.get_marker(), linewidth=2.0,
                  markerfacecolor=artist.get_markerfacecolor(), label=name)


def rating_trajectories(
    history: pd.DataFrame,
    models: list[str] | None = None,
    *,
    colors: dict[str, str] | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    source: str | None = None,
    alt: str | None = None,
    rebuilt: pd.DataFrame | None = None,
) -> Any:
    """Rating of each model over time with its confidence interval as a ribbon.

    ``history``: :func:`~videomarket.leaderboard.daily_boards` or
    :func:`~videomarket.leaderboard.rank_history`. One panel per scale epoch, each with its own
    y-axis (values are not comparable across epochs). ``models``: ids to draw (at most 8, each in its
    own colour); default: every model that was #1 in the table, else the top 5 of the latest board.
    Lines and ribbons break across more than :data:`GAP_DAYS` days without a board (shaded); a board
    whose neighbours give no interval shows its interval as a bar in the model's colour. ``rebuilt``
    (:func:`videomarket.data.rebuilt_boards`): board days whose every copy was rebuilt from text get the
    hatched band :func:`bump_chart` gives them, and a "copy" column in the chart's data.
    """
    needed = ("snapshot_date", "model", "elo", "scale_epoch")
    table = require_table(history, needed, "rating_trajectories")
    table = table[table["elo"].notna()]
    if table.empty:
        raise ValueError("rating_trajectories: no rated rows (elo) to draw")
    chosen = [str(m) for m in models] if models else _default_trajectory_models(table)
    unknown = sorted(set(chosen) - set(table["model"].astype(str)))
    if unknown:
        raise ValueError(f"rating_trajectories: model(s) {unknown} have no rating in the table")
    if len(chosen) > MAX_HIGHLIGHT:
        raise ValueError(f"rating_trajectories: at most {MAX_HIGHLIGHT} models per chart, got {len(chosen)}")
    table = table[table["model"].isin(chosen)]
    colors = _chosen_colors(colors, table, chosen)
    with house_style():
        fig, axes, spans = epoch_figure(table, sharey=False)
        marked = False
        for ax, (epoch, _start, _end) in zip(axes, spans, strict=True):
            panel = table[table["scale_epoch"].astype(str) == epoch]
            shade_unseen(ax, panel["snapshot_date"], GAP_DAYS)
            marked = mark_rebuilt(ax, [d for d in rebuilt_days(rebuilt, table)
                                       if d in set(pd.to_datetime(panel["snapshot_date"]))]) or marked
            _draw_ratings(ax, panel, colors)
        axes[0].set_ylabel("Rating (points; each panel its own scale)")
        legend_below(axes[0], _interval_handles(table) + ([rebuilt_handle()] if marked else []), fontsize=9,
                     ncols=2, alignment="left")
    last = table[table["snapshot_date"] == table["snapshot_date"].max()].sort_values("elo", ascending=False)
    best = last.iloc[0]
    pool = pool_text(table)
    shown = ", ".join(model_names(table)[m] for m in chosen)
    default_title = f"{row_name(best)} rates highest of these models on the latest board ({best['elo']:.0f})"
    default_alt = (
        f"Line chart of ratings with 95% interval ribbons on the {pool} board, "
        f"{date_range_text(table['snapshot_date'])}, for {len(chosen)} models: {shown}. "
        f"{_panels_text(spans)}" + (", values not comparable across panels" if len(spans) > 1 else "")
        + f". Shaded bands are 95% intervals; lines break where no board was seen for more than {GAP_DAYS} "
        f"days. Latest board ({day_text(best['snapshot_date'])}): {row_name(best)} highest at "
        f"{best['elo']:.0f}. {EVIDENCE_NOTE}"
    )
    fig = finish(fig, title=title or default_title, subtitle=subtitle or pool or None,
                 source=source or default_source(table), alt=alt or default_alt,
                 data=chart_data(graded(rebuilt, table), HISTORY_COLUMNS))
    spread_labels(fig)  # lines ending a few points apart would print their labels on top of each other
    return fig


def _interval_handles(table: pd.DataFrame) -> list[Any]:
    from matplotlib.patches import Patch

    return [Patch(facecolor="#777777", alpha=0.25, label="95% interval (a bar where a board stands alone)"),
            *_unseen_handle(table)]


def _draw_ratings(ax: Any, panel: pd.DataFrame, colors: dict[str, str]) -> None:
    from matplotlib.ticker import MaxNLocator

    # whole points, in round steps (10, 20, 25, 50), not 15s
    ax.yaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10], integer=True))
    names = model_names(panel)
    for model, rows in panel.groupby("model", sort=True):
        rows = _best_row_per_day(rows)
        style = creator_style(latest_creator(rows))
        color = colors[str(model)]
        if {"ci_low", "ci_high"} <= set(rows.columns):
            _draw_intervals(ax, rows, color, str(model))
        draw_path(ax, rows["snapshot_date"], rows["elo"].astype(float), rows["evidence"].fillna("A"),
                  model=str(model), color=color, marker=style["marker"], max_gap_days=GAP_DAYS)
        label_at_end(ax, rows["snapshot_date"].iloc[-1], float(rows["elo"].iloc[-1]), names[model],
                     color=color)


def _draw_intervals(ax: Any, rows: pd.DataFrame, color: str, model: str) -> None:
    """Ribbons over runs of boards with intervals, broken across more than :data:`GAP_DAYS` days without
    a board; a board whose neighbours have none (a top-8 copy on either side, or a long gap) gets a
    vertical bar in the model's colour, since a ribbon needs two points and would leave it blank."""
    dates = rows["snapshot_date"].to_numpy()
    low, high = rows["ci_low"].astype(float).to_numpy(), rows["ci_high"].astype(float).to_numpy()
    far = pd.Series(rows["snapshot_date"].diff().dt.days.gt(GAP_DAYS).to_numpy())
    for _, part in pd.Series(range(len(dates))).groupby(far.cumsum().to_numpy()):
        index = part.to_numpy()
        ax.fill_between(dates[index], low[index], high[index], color=color, alpha=0.16, linewidth=0, zorder=1,
                        label="_interval")
    known = pd.Series(~(pd.isna(low) | pd.isna(high)))
    before = known.shift(1, fill_value=False) & ~far
    after = known.shift(-1, fill_value=False) & ~far.shift(-1, fill_value=False)
    alone = known & ~before & ~after
    if alone.any():
        bars = ax.vlines(dates[alone.to_numpy()], low[alone.to_numpy()], high[alone.to_numpy()], color=color,
                         alpha=0.45, linewidth=3, zorder=1, label="_interval")
        bars.set_gid(f"interval:{model}")


def _best_row_per_day(rows: pd.DataFrame) -> pd.DataFrame:
    order = rows["evidence"].astype(str) if "evidence" in rows.columns else pd.Series("A", index=rows.index)
    return rows.assign(_grade=order).sort_values(["snapshot_date", "_grade"]).drop_duplicates(
        "snapshot_date").drop(columns="_grade")


def _default_highlight(history: pd.DataFrame, latest: pd.DataFrame) -> list[str]:
    leaders = history.loc[history["rank"] == 1, "model"].astype(str).drop_duplicates().tolist()
    extra = [m for m in latest["model"].astype(str).head(3) if m not in leaders]
    return (leaders + extra)[:MAX_HIGHLIGHT]


def _default_trajectory_models(table: pd.DataFrame) -> list[str]:
    if "rank" in table.columns and (table["rank"] == 1).any():
        return table.loc[table["rank"] == 1, "model"].astype(str).drop_duplicates().tolist()[:MAX_HIGHLIGHT]
    latest = table[table["snapshot_date"] == table["snapshot_date"].max()].sort_values("elo", ascending=False)
    return latest["model"].astype(str).drop_duplicates().head(5).tolist()


