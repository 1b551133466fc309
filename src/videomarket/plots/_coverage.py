"""Chart of what the leaderboard history covers: one row per pool, one mark per known day.

Example::

    >>> import pandas as pd
    >>> from videomarket.plots import coverage_chart
    >>> days = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
    ...     "snapshot_date": pd.to_datetime(["2025-12-01", "2026-08-01"]), "archived": [False, True],
    ...     "evidence": ["B", "A"], "models": [4, 56]})
    >>> coverage_chart(days).alt_text.startswith("Tick chart")
    True
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from videomarket.data.schemas import POOL_LABELS
from videomarket.plots._style import OKABE_ITO, finish, new_figure
from videomarket.stories import coverage_title, fmt

ARCHIVED_COLOR = OKABE_ITO["blue"]
SECONDARY_COLOR = OKABE_ITO["orange"]
#: a strong wine red (Paul Tol's), so that thin rebuilt ticks stand apart from the blue downloaded ones
REBUILT_COLOR = "#882255"


def coverage_chart(days: pd.DataFrame, *, title: str | None = None, source: str | None = None,
                   rescaled: Any = (), rebuilt: pd.DataFrame | None = None,
                   grades: pd.DataFrame | None = None, cite_until: Any = None) -> Any:
    """One day-wide bar for each day a pool's archived board is known, a hollow diamond for a day known only
    from the press; a dashed line at each date in ``rescaled`` (changes of rating scale): across every row
    for plain dates, only on the changed pools' rows when ``rescaled`` is a frame with ``date`` and
    ``category`` (:func:`videomarket.leaderboard.scale_changes`). With ``rebuilt``
    (:func:`videomarket.data.rebuilt_boards`), boards whose every copy was rebuilt from a search index's
    text get their own colour, boards with both a downloaded and a rebuilt copy a hollow circle
    ("partly rebuilt"), and the chart data say which ("rebuilt_from_text", "partly_rebuilt", grade
    "rebuilt, not verified").

    ``days`` is :func:`videomarket.data._coverage.snapshot_coverage` output (optionally filtered). With
    ``grades`` (:func:`videomarket.data.grade_counts` per board), the data file counts each board's ratings
    by grade, as the grade table does, and its grade column is the board's best grade. With
    ``cite_until``, a dotted black line marks the last downloaded board, the last safe to cite: with
    ``rebuilt``, only on the rows of the pools whose last downloaded board it is.
    """
    import matplotlib.dates as mdates

    pools = _pool_labels(days)
    days = _with_rebuilt(days, rebuilt)
    fig, ax = new_figure(figsize=(10.0, 0.55 * len(pools) + 2.9))
    press_grades = sorted(set(days.loc[~days["archived"].astype(bool), "evidence"].astype(str))) \
        if "evidence" in days else []
    press_label = "quoted values" + (f" (grade {' or '.join(press_grades)})" if press_grades else "")
    month_only = (days.loc[~days["archived"].astype(bool)
                           & days["date_precision"].astype(str).eq("month"), "snapshot_date"]
                  if "date_precision" in days else pd.Series(dtype="datetime64[ns]"))
    months = " or ".join(dict.fromkeys(f"{pd.Timestamp(d):%B}" for d in sorted(month_only)))
    kinds = (("downloaded", ARCHIVED_COLOR, "day with a downloaded board (grade A)"),
             ("rebuilt", REBUILT_COLOR, "day with only a rebuilt board (not verified)"),
             ("press", SECONDARY_COLOR, press_label),
             ("month", SECONDARY_COLOR, f"quoted, {months or 'month only'} (day unknown, drawn mid-month)"))
    shown: set[str] = set()
    for y, key in enumerate(pools):
        rows = days[(days["arena"] == key[0]) & (days["category"] == key[1])]
        archived = rows["archived"].astype(bool)
        monthly = (rows["date_precision"].astype(str).eq("month") if "date_precision" in rows
                   else pd.Series(False, index=rows.index))
        parts = {"downloaded": rows[archived & ~rows["rebuilt_from_text"]],
                 "rebuilt": rows[archived & rows["rebuilt_from_text"]], "press": rows[~archived & ~monthly],
                 "month": rows[~archived & monthly]}
        partly = rows[archived & rows["partly_rebuilt"]]
        if not partly.empty:
            ax.scatter(partly["snapshot_date"], [y - 0.28] * len(partly), s=28, marker="o",
                       facecolors="white", edgecolors=REBUILT_COLOR, linewidths=1.2, zorder=4,
                       label=None if "partly" in shown else "partly rebuilt (downloaded and rebuilt copies)")
            shown.add("partly")
        for kind, color, label in kinds:
            part = parts[kind]
            if part.empty:
                continue
            if kind in ("downloaded", "rebuilt"):
                # one day-wide bar per board: runs of days read as solid blocks, not as a comb of ticks
                spans = [(mdates.date2num(pd.Timestamp(d)) - 0.5, 1.0) for d in part["snapshot_date"]]
                if kind == "downloaded":  # runs of days as one outlined block, not a comb of outlines
                    runs: list[list[float]] = []
                    for start, _ in sorted(spans):
                        if runs and start <= runs[-1][0] + runs[-1][1]:
                            runs[-1][1] = start + 1.0 - runs[-1][0]
                        else:
                            runs.append([start, 1.0])
                    spans = [(a, w) for a, w in runs]
                # downloaded bars taller and outlined, so a lone downloaded day among rebuilt ones shows
                half, edge = (0.3, OKABE_ITO["black"]) if kind == "downloaded" else (0.22, "none")
                ax.broken_barh(spans, (y - half, 2 * half), facecolors=color, edgecolors=edge, linewidths=0.8,
                               label=None if kind in shown else label,
                               zorder=3.5 if kind == "downloaded" else 3)
            else:
                ax.scatter(part["snapshot_date"], [y] * len(part), s=30,
                           marker="D" if kind == "press" else "s", facecolors="white", edgecolors=color,
                           linewidths=1.2,
                           label=None if kind in shown else label, zorder=3)
            shown.add(kind)
    rows_of = {c: y for y, (_, c) in enumerate(pools)}
    before = (dict(zip(pd.to_datetime(rescaled["date"]), pd.to_datetime(rescaled["previous_date"]),
                       strict=False))
              if isinstance(rescaled, pd.DataFrame) and {"date", "previous_date"} <= set(rescaled.columns)
              else {})
    for date, rows in _rescale_rows(rescaled, rows_of).items():
        label = f"re-anchoring and re-rating, {fmt.day(date)}"
        if date in before and pd.notna(before[date]):
            start = before[date]
            since = f"{start.day} {start:%B}" if start.year == date.year else fmt.day(start)
            label = f"re-anchoring and re-rating\nbetween {since} and {fmt.day(date)}"
        if 0 < len(rows) < len(rows_of):  # the legend says the line is drawn on some pools only
            label += "\n(only on the pools it crosses)"
        # drawn between the two boards' days, thin and behind the ticks, so it hides neither day's tick
        at = before[date] + (date - before[date]) / 2 if date in before and pd.notna(before[date]) else date
        for y in rows:
            ax.plot([at, at], [y - 0.42, y + 0.42], color=OKABE_ITO["vermillion"], linestyle="--",
                    linewidth=0.8, zorder=1, label=label)
            label = None
    if cite_until is not None:
        last = pd.Timestamp(cite_until)
        label = f"last downloaded board ({fmt.day(last)})"
        on = list(rows_of.values())
        if rebuilt is not None and not rebuilt.empty:
            kept = rebuilt[~rebuilt["rebuilt_only"].astype(bool)]
            ends = kept.groupby(kept["category"].astype(str))["snapshot_date"].max()
            on = [y for c, y in rows_of.items() if pd.Timestamp(ends.get(str(c), pd.NaT)) == last] or on
        if len(on) < len(rows_of):  # the legend says the line is drawn on some pools only
            label += "\n(only on the pools whose last it is)"
        # behind the ticks, so the downloaded tick on that day stays visible
        for y in on:
            ax.plot([last, last], [y - 0.5, y + 0.5], color=OKABE_ITO["black"], linestyle=":",
                    linewidth=1.2, zorder=0.5, label=label)
            label = None
    ax.set_yticks(range(len(pools)), list(pools.values()))
    ax.set_ylim(len(pools) - 0.5, -0.6)
    ax.set_xlabel("Date of board")
    _month_ticks(ax, days["snapshot_date"])
    # the legend below the axis, so that it takes no room from the pools' rows
    handles, labels = ax.get_legend_handles_labels()
    order = ("day with a downloaded", "day with only a rebuilt", "partly", "quoted values",
             "quoted, ", "re-", "last downloaded")
    ranked = sorted(zip(handles, labels, strict=True),
                    key=lambda hl: next((k for k, p in enumerate(order) if hl[1].startswith(p)), len(order)))
    if ranked:
        ax.legend([h for h, _ in ranked], [lab for _, lab in ranked], loc="upper center",
                  bbox_to_anchor=(0.42, -0.26), ncol=2, fontsize=9, frameon=False)
    summary = _summary(days, rescaled)
    columns = [c for c in ("arena", "category", "snapshot_date", "archived", "rebuilt_from_text",
                           "partly_rebuilt", "evidence", "models") if c in days.columns]
    data = days[columns].reset_index(drop=True)
    if "evidence" in data:
        data["evidence"] = data["evidence"].astype(str).mask(data["rebuilt_from_text"],
                                                             "rebuilt, not verified")
    if grades is not None:
        keys = ["arena", "category", "snapshot_date"]
        named = {"A": "Ratings of grade A, downloaded", "A_rebuilt": "Ratings rebuilt, not verified",
                 "B": "Ratings of grade B", "C": "Ratings of grade C", "D": "Ratings of grade D"}
        counts = days[keys].merge(grades, on=keys, how="left")[list(named)].fillna(0).astype(int)
        counts = counts.loc[:, counts.any() | (counts.columns != "D")]  # no grade-D column when none is drawn
        data = pd.concat([data, counts.rename(columns=named).reset_index(drop=True)], axis=1)
        data = data.rename(columns={"evidence": "Best evidence grade on the board"})
    return finish(
        fig,
        title=title or summary["title"],
        source=source or summary["source"],
        alt=summary["alt"],
        data=data,
    )


def _month_ticks(ax: Any, dates: pd.Series) -> None:
    """A tick on the first of every month the data span, "Jan" above its year on January and on the first
    tick, the month alone elsewhere."""
    import matplotlib.dates as mdates
    from matplotlib.ticker import FixedFormatter, FixedLocator

    first, last = pd.Timestamp(dates.min()), pd.Timestamp(dates.max())
    months = pd.date_range(first.to_period("M").to_timestamp(), last, freq="MS")
    labels = [f"{m:%b}\n{m.year}" if k == 0 or m.month == 1 else f"{m:%b}" for k, m in enumerate(months)]
    ax.xaxis.set_major_locator(FixedLocator(mdates.date2num(months.to_pydatetime())))
    ax.xaxis.set_major_formatter(FixedFormatter(labels))
    ax.set_xlim(mdates.date2num(first - pd.Timedelta(days=6)), mdates.date2num(last + pd.Timedelta(days=6)))


def _with_rebuilt(days: pd.DataFrame, rebuilt: pd.DataFrame | None) -> pd.DataFrame:
    """``days`` with ``rebuilt_from_text``: an archived board whose every copy was rebuilt from text."""
    if rebuilt is None or rebuilt.empty:
        return days.assign(rebuilt_from_text=False, partly_rebuilt=False)
    keys = ["arena", "category", "snapshot_date"]
    mine = days[keys].astype({"arena": str, "category": str})
    archived = days["archived"].astype(bool)

    def flagged(column: str) -> pd.Series:
        if column not in rebuilt:
            return pd.Series(False, index=days.index)
        rows = rebuilt.loc[rebuilt[column].astype(bool), keys].astype({"arena": str, "category": str})
        flags = set(map(tuple, rows.itertuples(index=False)))
        marked = [tuple(row) in flags for row in mine.itertuples(index=False)]
        return pd.Series(marked, index=days.index) & archived

    return days.assign(rebuilt_from_text=flagged("rebuilt_only"), partly_rebuilt=flagged("checked"))


def _rescale_rows(rescaled: Any, rows_of: dict[str, int]) -> dict[pd.Timestamp, list[int]]:
    """Each change of scale's date with the chart rows its line crosses (every row for a plain date)."""
    if isinstance(rescaled, pd.DataFrame) and "category" in rescaled:
        out: dict[pd.Timestamp, list[int]] = {}
        for date, group in rescaled.groupby("date", sort=True):
            cats = group["category"].astype(str)
            out[pd.Timestamp(date)] = sorted({rows_of[c] for c in cats if c in rows_of})
        return out
    dates = pd.to_datetime(pd.Series(list(rescaled), dtype=object)).drop_duplicates().sort_values()
    return {pd.Timestamp(d): sorted(set(rows_of.values())) for d in dates}


def _pool_labels(days: pd.DataFrame) -> dict[tuple[str, str], str]:
    """Pools in words, in the tables' order (silent before audio, text before image); the arena is
    named only when the chart shows more than one."""
    keys = days[["arena", "category"]].drop_duplicates().astype(str)
    order = {c: i for i, c in enumerate(POOL_LABELS)}
    keys = keys.assign(rank=keys["category"].map(order).fillna(len(order)))
    keys = keys.sort_values(["arena", "rank", "category"], kind="mergesort")
    several = keys["arena"].nunique() > 1
    return {
        (a, c): (f"{a}: " if several else "") + POOL_LABELS.get(c, c)
        for a, c in keys[["arena", "category"]].itertuples(index=False)
    }


def _summary(days: pd.DataFrame, rescaled: Any = ()) -> dict[str, str]:
    """Title (the share of days with an archived board and where the long gaps are), source line naming
    the public sources, and alt text counting every hollow mark, including press values of a pool on a
    day other pools have archived."""
    archived = days[days["archived"]]
    secondary = days[~days["archived"]]
    n_pools = days[["arena", "category"]].drop_duplicates().shape[0]
    archived_days = set(archived["snapshot_date"])
    press_only = {d for d in secondary["snapshot_date"] if d not in archived_days}
    beside = secondary[secondary["snapshot_date"].isin(archived_days)]
    alt = (
        f"Tick chart of known leaderboard days per pool: {days['snapshot_date'].nunique()} distinct days "
        f"across {n_pools} pools; {len(archived_days)} days have an archived copy of at least one pool "
        f"(coloured bars), {len(press_only)} {'day' if len(press_only) == 1 else 'days'} only quoted "
        "values (hollow diamonds)."
    )
    if len(beside):
        dates = sorted(beside["snapshot_date"].unique())
        marks = len(beside)
        shape = ("square" if "date_precision" in beside
                 and bool(beside["date_precision"].astype(str).eq("month").all()) else "diamond")
        what = (f"{shape} marks quoted values of a pool" if marks == 1
                else f"{shape}s mark quoted values of pools")
        alt += (f" {marks} more hollow {what} without an archived copy on "
                + ", ".join(fmt.day(d) for d in dates) + ", when other pools have one.")
    if isinstance(rescaled, pd.DataFrame) and "category" in rescaled:
        for date, group in rescaled.groupby("date", sort=True):
            names = " and ".join(POOL_LABELS.get(c, c).lower() for c in group["category"].astype(str))
            alt += f" A dashed line on {names} marks their re-anchoring and re-rating of {fmt.day(date)}."
    else:
        dates = sorted(pd.to_datetime(pd.Series(list(rescaled), dtype=object)).unique())
        if dates:
            alt += (" A dashed vertical line marks the re-anchoring and re-rating of "
                    + ", ".join(fmt.day(d) for d in dates) + ".")
    rebuilt = int(days.get("rebuilt_from_text", pd.Series(False, index=days.index)).astype(bool).sum())
    if rebuilt:
        alt += (f" {rebuilt} archived {'board rests' if rebuilt == 1 else 'boards rest'} only on files "
                "rebuilt "
                "from a search index's text (dark red bars).")
    arenas = " and ".join(sorted(days["arena"].astype(str).unique()))
    source = (f"Source: archived copies of the {arenas} boards on GitHub and values quoted by press pages "
              "and GitHub files; listed under Sources")
    return {"title": coverage_title(days), "alt": alt, "source": source}
