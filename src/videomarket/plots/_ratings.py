"""Charts of rating certainty: head-to-head preference, the leader's chance over time, intervals, votes.

Each function takes a table from :mod:`videomarket.leaderboard` (certainty and gaps)
and returns a finished figure (finding as title, source line,
alt text derived from the data). Artists carry ``gid`` values so tests and callers can find what was
drawn: ``curve``, ``rival:<model>``, ``ours``, ``published``, ``observed``, ``median``. The timeline
of the leader's chance of being #1 is drawn by :func:`videomarket.plots.leader_probability_timeline`.

Example::

    >>> from videomarket import arena, data, leaderboard, plots
    >>> quoted = leaderboard.reported_ratings(data.load_rankings(), "Artificial Analysis",
    ...                                          "text-to-video", "2025-12-01")   # doctest: +SKIP
    >>> plots.win_probability_curve(arena.head_to_head(quoted),
    ...                             arena.votes_needed_table())          # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from videomarket.plots._panels import chart_data, day_text, default_source, require_table
from videomarket.plots._style import MUTED_COLOR, OKABE_ITO, finish, house_style, new_figure
from videomarket.stories import fmt

COIN_FLIP = 0.5


def win_probability_curve(
    head_to_head_table: pd.DataFrame,
    curve: pd.DataFrame,
    *,
    max_labels: int = 4,
    title: str | None = None,
    source: str | None = None,
    alt: str | None = None,
) -> Any:
    """How often the leader is preferred in one vote, against the rating gap, with each rival marked.

    ``head_to_head_table``: :func:`videomarket.arena.head_to_head` (its ``leader_name`` names the
    leader); ``curve``: gap and p_preferred (:func:`videomarket.arena.votes_needed_table`). Every
    rival gets a point; the ``max_labels`` closest ones (smallest gaps) also get a label, placed
    alternately below and above the curve so that rivals a point apart stay legible. No formula: the
    curve is the arena's Elo formula, and the title says what it means.
    """
    rivals = require_table(head_to_head_table, ("model", "gap", "p_preferred"), "win_probability_curve")
    line = require_table(curve, ("gap", "p_preferred"), "win_probability_curve")
    leader = str(rivals["leader_name"].iloc[0]) if "leader_name" in rivals.columns else "the leader"
    names = rivals["model_name"] if "model_name" in rivals.columns else rivals["model"]
    with house_style():
        fig, ax = new_figure(figsize=(8.0, 4.6))
        (drawn,) = ax.plot(line["gap"], 100 * line["p_preferred"], color=OKABE_ITO["blue"], zorder=2)
        drawn.set_gid("curve")
        ax.axhline(100 * COIN_FLIP, color=MUTED_COLOR, linestyle="--", linewidth=1.0, zorder=1)
        ax.annotate(
            "coin flip",
            xy=(line["gap"].max(), 50),
            xytext=(0, 3),
            textcoords="offset points",
            ha="right",
            va="bottom",
            fontsize=9,
            color="#555555",
        )
        for index, (row, name) in enumerate(zip(rivals.itertuples(), names, strict=True)):
            (point,) = ax.plot(
                [row.gap],
                [100 * row.p_preferred],
                marker="o",
                linestyle="None",
                markerfacecolor="none",
                markeredgecolor=OKABE_ITO["vermillion"],
                markeredgewidth=1.6,
                markersize=7,
                zorder=3,
            )
            point.set_gid(f"rival:{row.model}")
            if index >= max_labels:
                continue
            below = index % 2 == 0
            rightward = below and row.gap < 0.6 * float(line["gap"].max())  # else the label would run off
            ax.annotate(
                f"vs {name}: {fmt.points(row.gap)}, {fmt.pct(row.p_preferred)}",
                xy=(row.gap, 100 * row.p_preferred),
                xytext=((10 if rightward else -10), (-16 if below else 14)),
                textcoords="offset points",
                ha="left" if rightward else "right",
                va="top" if below else "bottom",
                fontsize=9,
                color="#333333",
                arrowprops={"arrowstyle": "-", "color": "#888888", "linewidth": 0.7},
            ).set_gid("label")
        ax.set_xlim(0, float(line["gap"].max()))
        ax.set_xlabel("Rating gap (points on the arena's Elo scale)")
        ax.set_ylabel(f"Votes preferring {leader} (%)")
    closest = rivals.sort_values("gap").iloc[0]
    closest_name = str(closest.get("model_name", closest["model"]))
    day = rivals["snapshot_date"].iloc[0] if "snapshot_date" in rivals.columns else None
    when = f"On {day_text(day)}, a" if day is not None else "A"
    default_title = (
        f"{when} {closest['gap']:.0f}-point lead means {leader} would be preferred to {closest_name} in "
        f"about {fmt.pct(closest['p_preferred'], 0)} of votes"
    )
    listed = "; ".join(
        f"{n} {fmt.points(g)} behind, {fmt.pct(p)}"
        for n, g, p in zip(names, rivals["gap"], rivals["p_preferred"], strict=True)
    )
    default_alt = (
        f"Line chart of the share of votes preferring {leader} against the rating gap, rising from "
        f"50% at a zero gap to {fmt.pct(line['p_preferred'].max())} at "
        f"{fmt.points(line['gap'].max())}. Marked rivals: {listed}."
    )
    leader_source = rivals["leader_source_id"].iloc[0] if "leader_source_id" in rivals.columns else ""
    sourced = pd.concat([rivals, rivals.head(1).assign(source_id=leader_source)]) if leader_source else rivals
    data = pd.concat(
        [
            chart_data(line, ("gap", "p_preferred")).assign(series="curve"),
            chart_data(rivals, ("model", "model_name", "leader_name", "snapshot_date", "gap", "p_preferred",
                                "source_id")).assign(series="rival"),
        ],
        ignore_index=True,
    )
    return finish(
        fig,
        title=title or default_title,
        source=source or default_source(sourced),
        alt=alt or default_alt,
        data=data[["series", *[c for c in data.columns if c != "series"]]],
    )


def rating_intervals_chart(
    comparison: pd.DataFrame,
    *,
    publisher: str = "publisher",
    title: str | None = None,
    source: str | None = None,
    alt: str | None = None,
) -> Any:
    """Our ratings with 95% intervals from resampled votes (bars; a bootstrap) and the publisher's ratings
    (diamonds), best on top.

    ``comparison``: :func:`videomarket.leaderboard._gaps.compare_with_published`.
    """
    table = require_table(
        comparison, ("model", "rating", "ci_low", "ci_high", "published"), "rating_intervals_chart"
    )
    table = table.sort_values("rating", ascending=False, ignore_index=True)
    y = np.arange(len(table))
    with house_style():
        fig, ax = new_figure(figsize=(8.0, 1.6 + 0.5 * len(table)))
        errors = np.vstack([table["rating"] - table["ci_low"], table["ci_high"] - table["rating"]])
        ours = ax.errorbar(
            table["rating"],
            y,
            xerr=errors,
            fmt="o",
            color=OKABE_ITO["blue"],
            capsize=4,
            markersize=6,
            label="Our refit of the raw votes, 95% interval from resampled votes",
        )
        ours.lines[0].set_gid("ours")
        (theirs,) = ax.plot(
            table["published"],
            y + 0.22,  # just below the refit's dot, so neither hides the other
            linestyle="None",
            marker="D",
            markersize=7,
            markerfacecolor="none",
            markeredgecolor=OKABE_ITO["vermillion"],
            markeredgewidth=1.6,
            label=f"{publisher}'s published rating",
        )
        theirs.set_gid("published")
        ax.set_yticks(y, table["model"].astype(str))
        ax.set_ylim(len(table) - 0.5, -0.5)
        ax.grid(False, axis="y")
        ax.set_xlabel("Rating (Elo scale, mean 1000)")
        ax.legend(loc="lower left", bbox_to_anchor=(0.0, 1.0), ncols=1, fontsize=9)
    worst = float(table["difference"].abs().max()) if "difference" in table else float("nan")
    inside = int(table["published_inside"].sum()) if "published_inside" in table else 0
    width = table["ci_high"] - table["ci_low"]
    default_title = (
        f"Refitting the raw votes reproduces {publisher}'s table within "
        f"{fmt.points(worst, 2)}; each rating is uncertain by about ±{fmt.points(width.median() / 2)}"
    )
    top, bottom = table.iloc[0], table.iloc[-1]
    default_alt = (
        f"Dot plot of {len(table)} models (best on top): our rating from the raw votes with its "
        f"95% interval from resampled votes, and {publisher}'s published rating as a diamond. The largest "
        f"difference is {fmt.points(worst, 2)}; {inside} of {len(table)} published ratings fall inside "
        f"our intervals, whose widths run from {fmt.points(width.min())} to {fmt.points(width.max())}. "
        f"Top: {top['model']} ({top['rating']:.0f}); bottom: {bottom['model']} ({bottom['rating']:.0f})."
    )
    default_source_line = f"Source: {publisher}'s published ratings and raw votes"
    data = chart_data(table.rename(columns={"model": "model_name", "rating": "refitted rating",
                                            "published": "published rating",
                                            "difference": "refitted minus published (points)",
                                            "published_inside": "published rating inside the interval"}),
                      ("model_name", "refitted rating", "ci_low", "ci_high", "published rating",
                       "refitted minus published (points)", "published rating inside the interval"))
    return finish(
        fig, title=title or default_title, source=source or default_source_line, alt=alt or default_alt,
        data=data,
    )


def votes_needed_curve(
    curve: pd.DataFrame,
    gaps: pd.DataFrame | None = None,
    summary: pd.Series | None = None,
    *,
    by_leader: bool = False,
    title: str | None = None,
    source: str | None = None,
    alt: str | None = None,
    mark: tuple[float, float, str] | None = None,
    note: str | None = None,
) -> Any:
    """Head-to-head votes needed to tell a gap from zero (log scale), with observed #1–#2 gaps marked.

    ``note`` is added to the subtitle after the test's settings (e.g. what the counts are not).

    ``mark`` (gap, votes, label) puts a labelled dot on the curve where the text quotes it.

    ``by_leader=True`` marks each leader's range of leads instead of every board and a median: one
    coloured stretch of the curve per run of boards with the same leader and rating scale (``gid``
    ``leader:<model>``), from its smallest lead to its largest, named in the legend.

    ``curve``: :func:`videomarket.arena.votes_needed_table`; ``gaps``: optional
    :func:`videomarket.leaderboard.leader_gaps` (its margins within the curve's range are drawn
    at their exact vote counts: give the curve a range past the largest gap, so none is left out);
    ``summary``: its :func:`~videomarket.leaderboard.gap_summary`, whose median gap and votes are
    marked (default: the median of ``gaps``, read off the curve). Gaps taken with
    ``distinct=True`` (no ``unchanged`` row) are called distinct boards in the title, legend and
    source line.
    """
    line = require_table(curve, ("gap", "votes_needed"), "votes_needed_curve")
    alpha = float(line["alpha"].iloc[0]) if "alpha" in line.columns else 0.05
    power = float(line["power"].iloc[0]) if "power" in line.columns else 0.8
    spread = by_leader and gaps is not None and not gaps.empty
    with house_style():
        if spread:
            fig, (ax, strip) = new_figure(2, 1, figsize=(8.0, 5.8), sharex=True, height_ratios=(3, 1.5))
        else:
            fig, ax = new_figure(figsize=(8.0, 4.6))
        (drawn,) = ax.plot(line["gap"], line["votes_needed"], color="#333333", zorder=2)
        drawn.set_gid("curve")
        ax.set_yscale("log")
        ax.yaxis.set_major_formatter(_thousands())
        ax.set_xlim(0, float(line["gap"].max()))
        (strip if spread else ax).set_xlabel("Rating gap between two models (points)")
        ax.set_ylabel("Decisive votes needed (log scale)")
        boards = _boards_word(gaps)
        if spread:
            median = None
            spans = _mark_leader_spans(strip, gaps)
        else:
            spans = None
            marked = gaps is not None and not gaps.empty
            median = _mark_gaps(ax, gaps, line, summary, boards) if marked else None
        if mark is not None:
            gap, votes, label = mark
            (dot,) = ax.plot([gap], [votes], marker="o", markersize=7, color="#000000", linestyle="None",
                             zorder=5)
            dot.set_gid("quoted-point")
            ax.annotate(label, (gap, votes), xytext=(10, 10), textcoords="offset points", fontsize=9,
                        ha="left", va="bottom")
    levels = test_settings_words(alpha, power)
    if spans is not None:
        widest, narrowest = spans.loc[spans["high"].idxmax()], spans.loc[spans["low"].idxmin()]
        default_title = (
            f"Telling a lead from a tie would take {fmt.approx_count(widest['votes_few'], 'vote')} "
            f"for {widest['name']}'s largest lead and "
            f"{fmt.approx_count(narrowest['votes_many'], 'vote')} for "
            f"{narrowest['name']}'s smallest, counting votes between the two models alone"
        )
    elif median is not None:
        default_title = (
            f"The median lead of #1 over #2 on {len(gaps)} {boards}s, {fmt.points(median[0])}, takes "
            f"{fmt.approx_count(median[1], 'head-to-head vote')} to tell from a tie"
        )
    else:
        first = line.iloc[(line["gap"] - 10).abs().argmin()]
        default_title = (
            f"A {first['gap']:.0f}-point gap takes {fmt.approx_count(first['votes_needed'], 'vote')} to tell "
            "from a tie"
        )
    observed = (
        " Below the curve, a strip gives each leader's range of leads: " + "; ".join(
            f"{r.label} {r.low:.0f} to {r.high:.0f} points"
            + (f" and {r.apart:.0f} points on one board" if pd.notna(r.apart) else "")
            for r in spans.itertuples()) + "."
        if spans is not None
        else ""
        if median is None
        else (
            f" Observed #1–#2 gaps ({_drawn_words(gaps, line, boards)}) are marked on the curve; their "
            f"median, {fmt.points(median[0])}, needs {median[1]:,.0f} votes."
        )
    )
    # the curve's ends to two significant figures: an approximate count never reads more precise than it is
    most, fewest = (float(f"{v:.2g}") for v in line["votes_needed"].iloc[[0, -1]])
    narrow = float(line["gap"].iloc[0])
    default_alt = (
        f"Line chart, log scale: votes needed to tell a rating gap from zero "
        f"({levels[0].lower() + levels[1:]}), falling from "
        f"about {most:,.0f} at a gap of {narrow:g} point{'' if narrow == 1 else 's'} to about "
        f"{fewest:,.0f} at {line['gap'].iloc[-1]:g} points.{observed}"
    )
    default_source_line = (
        default_source(gaps).replace(" boards (", f" {boards}s (").replace(" board (", f" {boards} (")
        if gaps is not None and not gaps.empty
        else "Source: computed (normal approximation to a binomial test)"
    )
    # readers' CSV: the test's levels in words and as percentages, not "Alpha"/"Power"
    by_level = line.assign(**{"significance level (%)": 100 * alpha, "power (%)": 100 * power})
    parts = [chart_data(by_level, ("gap", "votes_needed", "significance level (%)", "power (%)"))
             .assign(series="curve")]
    if gaps is not None and not gaps.empty:
        parts.append(chart_data(gaps, ("snapshot_date", "model_name", "margin", "votes_needed", "arena",
                                       "category")).assign(series="observed #1-#2 gap"))
    if spans is not None:
        parts.append(spans.drop(columns=["label"]).rename(columns={
            "name": "leader", "low": "smallest lead in the band (points)",
            "high": "largest lead in the band (points)", "votes_few": "votes needed at the largest lead",
            "votes_many": "votes needed at the smallest lead",
            "first": "first board", "last": "last board", "apart": "lead on a board drawn apart (points)",
            "apart_date": "date of the board drawn apart"}).assign(series="leader's range of leads"))
    if median is not None:
        median_row = {"margin": [median[0]], "votes_needed": [median[1]], "series": "median gap"}
        parts.append(pd.DataFrame(median_row))
    data = pd.concat(parts, ignore_index=True)
    return finish(
        fig,
        title=title or default_title,
        subtitle=f"{levels}; {note}" if note else levels,
        source=source or default_source_line,
        alt=alt or default_alt,
        data=data[["series", *[c for c in data.columns if c != "series"]]],
    )


def test_settings_words(alpha: float, power: float) -> str:
    """The test behind "votes needed" in plain words, for a chart's subtitle (its power as times in 10
    when that is a whole number).

    >>> test_settings_words(0.05, 0.8)
    'Enough votes to detect a real gap of that size 8 times in 10, with a 5% chance of a false alarm'
    >>> test_settings_words(0.01, 0.85)
    'Enough votes to detect a real gap of that size 85% of the time, with a 1% chance of a false alarm'
    """
    tenths = 10 * power
    whole = abs(tenths - round(tenths)) < 1e-9
    often = f"{tenths:.0f} times in 10" if whole else f"{fmt.pct(power, 0)} of the time"
    return (f"Enough votes to detect a real gap of that size {often}, with a {fmt.pct(alpha, 0)} chance of a "
            "false alarm")


def _boards_word(gaps: pd.DataFrame | None) -> str:
    """"distinct board" when the gaps leave out boards copied again unchanged, else "board"."""
    if gaps is not None and "unchanged" in gaps.columns and not gaps["unchanged"].astype(bool).any():
        return "distinct board"
    return "board"


def _shown(gaps: pd.DataFrame, line: pd.DataFrame) -> pd.DataFrame:
    """The gaps the curve's range can show (a zero gap has no finite vote count)."""
    return gaps[(gaps["margin"] > 0) & (gaps["margin"] <= line["gap"].max())]


def _drawn_words(gaps: pd.DataFrame, line: pd.DataFrame, boards: str) -> str:
    drawn = len(_shown(gaps, line))
    if drawn == len(gaps):
        return f"{drawn} {boards}s"
    return f"{drawn} of {len(gaps)} {boards}s, the rest off the curve"


def _mark_gaps(
    ax: Any, gaps: pd.DataFrame, line: pd.DataFrame, summary: pd.Series | None, boards: str = "board"
) -> tuple[float, float]:
    shown = _shown(gaps, line)
    (points,) = ax.plot(
        shown["margin"],
        shown["votes_needed"],
        linestyle="None",
        marker="o",
        markersize=6,
        markerfacecolor="none",
        markeredgecolor=OKABE_ITO["vermillion"],
        alpha=0.8,
        zorder=3,
        label=f"lead of #1 over #2 on a {boards} ({len(shown)})",
    )
    points.set_gid("observed")
    if summary is not None:
        median, median_votes = float(summary["median_margin"]), float(summary["votes_for_median"])
    else:
        median = float(gaps["margin"].median())
        median_votes = float(np.exp(np.interp(median, line["gap"], np.log(line["votes_needed"]))))
    (mark,) = ax.plot(
        [median],
        [median_votes],
        marker="*",
        markersize=14,
        color=OKABE_ITO["vermillion"],
        linestyle="None",
        zorder=4,
        label="their median",
    )
    mark.set_gid("median")
    ax.annotate(
        f"median {fmt.points(median)}:\n{fmt.approx_count(median_votes, 'vote')}",
        xy=(median, median_votes),
        xytext=(14, 10),
        textcoords="offset points",
        fontsize=9,
        color="#333333",
    )
    ax.legend(loc="upper right", fontsize=9)
    return median, median_votes


def _mark_leader_spans(ax: Any, gaps: pd.DataFrame) -> pd.DataFrame:
    """Each run of boards with one leader and one rating scale as one row of the strip under the curve: a
    bar from its smallest lead to its largest, a tick per distinct board."""
    from videomarket.plots._style import series_colors

    keys = gaps[["model", "scale_epoch"]] if "scale_epoch" in gaps.columns else gaps[["model"]]
    run = (keys != keys.shift()).any(axis=1).cumsum()
    colors = series_colors(list(dict.fromkeys(gaps["model_name"].astype(str))))
    rows: list[dict] = []
    rows_labels: list[str] = []
    epochs: list[object] = []
    for _, part in gaps.groupby(run, sort=True):
        epochs.append(part["scale_epoch"].iloc[0] if "scale_epoch" in part.columns else None)
        name = str(part["model_name"].iloc[-1])
        ordered = part.sort_values("margin")
        # a single board under half the run's next smallest lead is marked apart, not joined to the band
        odd = ordered.iloc[0] if len(part) >= 3 and float(ordered["margin"].iloc[0]) < float(
            ordered["margin"].iloc[1]) / 2 else None
        band = ordered.iloc[1:] if odd is not None else ordered
        low, high = float(band["margin"].min()), float(band["margin"].max())
        ys = [float(band["votes_needed"].iloc[0]), float(band["votes_needed"].iloc[-1])]
        scales = part["scale_epoch"].nunique() if "scale_epoch" in part.columns else 1
        later = "scale_epoch" in gaps.columns and (gaps.loc[run < run.loc[part.index[0]], "model"]
                                                  == part["model"].iloc[0]).any()
        earlier = "scale_epoch" in gaps.columns and (gaps.loc[run > run.loc[part.index[0]], "model"]
                                                    == part["model"].iloc[0]).any()
        label = (f"{name}{' (after the re-rating)' if later and scales == 1 else ''}"
                 f"{' (before the re-rating)' if earlier and not later and scales == 1 else ''}")
        row = len(rows)
        (drawn,) = ax.plot([low, high], [row, row], color=colors.get(name, MUTED_COLOR), linewidth=7,
                           alpha=0.55, solid_capstyle="round", zorder=2)
        drawn.set_gid(f"leader:{part['model'].iloc[0]}")
        ax.plot(part["margin"], [row] * len(part), linestyle="None", marker="|", markersize=9,
                color=colors.get(name, MUTED_COLOR), markeredgewidth=1.2, zorder=3)
        words = f"{low:.0f} points" if round(low) == round(high) else f"{low:.0f}–{high:.0f} points"
        wide = high - low > 0.3 * float(gaps["margin"].max())
        ax.annotate(words, xy=((low + high) / 2 if wide else high, row), xytext=(0, 6) if wide else (8, 0),
                    textcoords="offset points", fontsize=8.5, color="#333333",
                    ha="center" if wide else "left", va="bottom" if wide else "center")
        if odd is not None:
            ax.annotate(f"{float(odd['margin']):.0f} points ({odd['snapshot_date']:%d %b})",
                        xy=(float(odd["margin"]), row), xytext=(8, 0), textcoords="offset points",
                        fontsize=8.5, color="#333333", ha="left", va="center")
        rows_labels.append(label)
        rows.append({"name": name, "label": label, "low": low, "high": high, "votes_few": ys[-1],
                     "votes_many": ys[0],
                     "first": part["snapshot_date"].min(), "last": part["snapshot_date"].max(),
                     "apart": float(odd["margin"]) if odd is not None else np.nan,
                     "apart_date": odd["snapshot_date"] if odd is not None else pd.NaT})
    ax.set_yticks(range(len(rows_labels)), rows_labels, fontsize=9)
    ax.set_ylim(len(rows_labels) - 0.5, -0.5)
    # a re-rating splits the strip: leads on two rating scales are not drawn as one comparable set
    for row in [i for i in range(1, len(epochs)) if epochs[i] != epochs[i - 1]]:
        day = pd.Timestamp(rows[row]["first"])
        rule = ax.axhline(row - 0.5, color="#666666", linestyle="--", linewidth=1.0, zorder=1)
        rule.set_gid("epoch-break")
        for text, offset, va in ((f"before the {day_text(day)} re-rating ↑", 3, "bottom"),
                                 ("after the re-rating (another rating scale) ↓", -3, "top")):
            note = ax.annotate(text, xy=(1.0, row - 0.5), xycoords=("axes fraction", "data"),
                               xytext=(-3, offset), textcoords="offset points", fontsize=8.5,
                               color="#555555", ha="right", va=va)
            note.set_gid("epoch-break-label")
    ax.set_title("Leads of #1 over #2, one tick per distinct board", fontsize=9, loc="left")
    ax.grid(False, axis="y")
    return pd.DataFrame(rows)


def _thousands() -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _position: f"{value:,.0f}")
