"""Market-size charts: forecast paths on a log scale, a growth-curve fan chart, vendors against the market.

Each function takes a table from :mod:`videomarket.market` / :mod:`videomarket.market._vendors` and
returns a finished :class:`~videomarket.plots._style.ReportFigure` whose title, alt text and source line
are derived from the data unless passed. Grade-D forecasts (when the table holds any) get dotted lines
and hollow markers. Artists carry ids for tests and callers: ``"path:<label>"`` (a forecast path),
``"points"`` / ``"range"`` (consensus points and their spread), ``"fit:<model>"`` and
``"band:<model>"`` (a fitted curve and its band), ``"horizon"``, ``"bar:<basis>:<company>:<year>"`` and
``"market:<year>"``.

Example::

    >>> from videomarket import data, market, plots                                  # doctest: +SKIP
    >>> paths = market.forecast_paths(data.load_forecasts(), min_evidence="C")      # doctest: +SKIP
    >>> plots.forecast_paths_chart(paths, highlight="ai-video-generator")           # doctest: +SKIP
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

from videomarket.plots._market_vendors import market_source, report_name, source_names, usd_axis
from videomarket.plots._panels import HOLLOW_FACE, SECONDARY_LINESTYLE
from videomarket.plots._style import (
    MUTED_COLOR,
    OKABE_ITO,
    SERIES_COLORS,
    finish,
    house_style,
    new_figure,
)
from videomarket.stories import fmt

#: Market definitions in the words a chart shows (legend headings, titles, alt text).
DEFINITION_NAMES = {
    "ai-video-generator": "AI video generators",
    "ai-video-broad": "broad AI video",
    "text-to-video": "text-to-video",
    "adjacent": "adjacent market",
}
_MARKERS = ("o", "s", "D", "^", "v", "P", "X", "h")
MODEL_COLORS = {
    "exponential": OKABE_ITO["vermillion"],
    "logistic": OKABE_ITO["orange"],
    "gompertz": OKABE_ITO["bluish_green"],
    "richards": OKABE_ITO["reddish_purple"],
    "bass": OKABE_ITO["sky_blue"],
}
_BAND_COLOR = OKABE_ITO["blue"]
_WEAK_GRADE = "D"


#: The forecast-paths chart's tick, legend and label size (pt at page width): one size a reader can read.
_PATHS_TEXT = 12.0
#: The longest legend label (characters) that still fits two legend columns across the chart's width.
_LEGEND_TWO_COLUMNS = 48


def forecast_paths_chart(
    paths: pd.DataFrame,
    *,
    highlight: str | None = None,
    horizon: int | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    source: str | None = None,
    alt: str | None = None,
    labels: Mapping[str, str] | None = None,
    sources: pd.DataFrame | None = None,
) -> Any:
    """Every forecast path of a :func:`~videomarket.market.forecast_paths` table on one log-scale chart.

    One line per path through its stated values (markers on them), each in its own colour of the house
    palette (the ``highlight`` definition's paths first), one marker shape per path within a
    definition; the legend groups the paths under their market's name (:data:`DEFINITION_NAMES`), each
    named by ``labels`` (path -> legend label; default :func:`path_words`). Where two paths state the
    same value for a year, the first drawn gets a ring around the point, and the subtitle says the
    points coincide. ``highlight``: a definition drawn bold (others thinner and lighter). ``horizon``: a
    dashed vertical rule at that year. Grade-D paths are dotted and hollow. Pass global paths only: a
    regional value is not a point of a global market. ``sources`` names each value's publisher in the
    CSV download, which carries no internal ids.
    """
    needed = ("path", "definition", "year", "value_usd_m", "path_evidence", "publisher", "source_id")
    missing = [column for column in needed if column not in paths.columns]
    if missing or paths.empty:
        raise ValueError(f"forecast_paths_chart: need a non-empty forecast_paths table; missing {missing}")
    colors = _path_colors(paths, highlight)
    names = {str(p): (labels or {}).get(str(p), path_words(str(p))) for p in paths["path"].unique()}
    shared = _shared_points(paths)
    under = {p for found in shared.values() for p in found[:-1]}  # drawn dashed on top of the later ones
    with house_style():
        fig, ax = new_figure(figsize=(10.0, 8.0))
        for definition, group in paths.groupby("definition", sort=True):
            for index, (label, rows) in enumerate(group.groupby("path", sort=True)):
                _draw_path(
                    ax,
                    rows.sort_values("year"),
                    str(label),
                    colors[str(label)],
                    highlight is None or definition == highlight,
                    _MARKERS[index % len(_MARKERS)],
                    names[str(label)],
                    dashed=str(label) in under,
                )
                if highlight is not None and definition == highlight:
                    _label_inner_points(ax, rows.sort_values("year"), colors[str(label)])
        for (year, value), found in shared.items():  # a ring shows the point hidden under another
            ax.plot([year], [value], marker="o", markersize=13, markerfacecolor="none",
                    markeredgecolor=colors[found[0]], markeredgewidth=1.8, linestyle="none", zorder=1,
                    gid=f"shared:{year}")
        if horizon is not None:
            ax.axvline(horizon, color="#777777", linestyle="--", linewidth=1.0, gid="horizon")
            ax.annotate(
                f"horizon {horizon}",
                (horizon, 1.0),
                xycoords=("data", "axes fraction"),
                xytext=(3, -3),
                textcoords="offset points",
                ha="left",
                va="top",
                fontsize=9,
                color="#555555",
            )
        ax.set_yscale("log")
        usd_axis(ax, log=True)
        _tick_below(ax, float(paths["value_usd_m"].min()))
        ax.set_xlabel("Year", fontsize=_PATHS_TEXT + 1)
        ax.set_ylabel("Market size (USD, log scale)", fontsize=_PATHS_TEXT + 1)
        ax.tick_params(labelsize=_PATHS_TEXT)
        ax.xaxis.get_major_locator().set_params(integer=True)
        _grouped_legend(ax, paths, highlight)
    weak = paths["path_evidence"].eq(_WEAK_GRADE).any()
    bold = f"; bold: {DEFINITION_NAMES.get(highlight, highlight)}" if highlight else ""
    default_subtitle = (
        "One line per forecast through its stated values, steady growth in between" + bold
        + ("; dotted, hollow = evidence grade D" if weak
           else "; unattributed and other weak forecasts left out")
        + "".join(f"; {_joined_editions([names[p] for p in found])} share the {year} point (ringed, "
                  f"{_and([_edition_only(names[p]) for p in found[:-1]])} dashed)"
                  for (year, _), found in shared.items())
    )
    # the forecast's name already says its edition, and its grade is the one grade shown (a value's own
    # grade never differs from its forecast's here), so no internal edition letter or second grade column
    columns = ("definition", "path", "publisher", "report", "year", "value_usd_m", "path_evidence",
               "source_id")
    data = paths[[c for c in columns if c in paths.columns]].sort_values(["definition", "path", "year"])
    data = data.assign(
        definition=data["definition"].map(lambda d: DEFINITION_NAMES.get(str(d), str(d))),
        path=data["path"].map(lambda p: names[str(p)]),
        found_in=[source_names(i, sources) for i in data["source_id"]],
    )
    if "publisher" in data:  # a credit only inferred stays flagged in the download's publisher column too
        data = data.assign(publisher=[f"{pub} (publisher inferred)" if "inferred" in str(name) else pub
                                      for pub, name in zip(data["publisher"], data["path"], strict=True)])
    data = data.drop(columns=["source_id"] + ([] if sources is not None else ["found_in"]))
    if "report" in data:
        data = data.assign(report=data["report"].map(report_name))
    data = data.rename(columns={"definition": "market", "path": "forecast",
                                "path_evidence": "evidence_grade"})
    return finish(
        fig,
        title=title or _paths_title(paths, highlight),
        subtitle=subtitle or default_subtitle,
        source=source or market_source(paths),
        alt=alt or _paths_alt(paths, highlight, names),
        data=data,
    )


def _path_colors(paths: pd.DataFrame, highlight: str | None) -> dict[str, str]:
    """One colour per path, the highlighted definition's paths first; grey beyond the palette."""
    order = paths.assign(first=paths["definition"] != highlight).sort_values(["first", "definition", "path"])
    labels = list(dict.fromkeys(order["path"].astype(str)))
    return {label: SERIES_COLORS[i] if i < len(SERIES_COLORS) else MUTED_COLOR
            for i, label in enumerate(labels)}


def _shared_points(paths: pd.DataFrame) -> dict[tuple[int, float], list[str]]:
    """{(year, value): [paths]} for the values that two or more paths state alike, paths in drawing order."""
    found: dict[tuple[int, float], list[str]] = {}
    for row in paths.sort_values(["definition", "path"]).itertuples():
        found.setdefault((int(row.year), float(row.value_usd_m)), []).append(str(row.path))
    return {key: list(dict.fromkeys(value)) for key, value in found.items() if len(set(value)) > 1}


def _joined_editions(names: list[str]) -> str:
    """'Fortune Business Insights, edition B', '..., edition C' -> 'Fortune Business Insights' editions B
    and C'; "FBI's 2025–2032 edition", "FBI's 2025–2034 edition" -> "FBI's 2025–2032 edition and 2025–2034
    edition"; other names listed as they are."""
    spans = [re.match(r"^(.*?'s? )(\d{4}–\d{4} edition.*)$", name) for name in names]
    if len(names) > 1 and all(spans) and len({m[1] for m in spans if m}) == 1:  # "X' 2025–2032 edition"
        return spans[0][1] + _and([m[2] for m in spans if m])
    publishers = {name.partition(", edition ")[0] for name in names}
    if len(publishers) == 1 and all(", edition " in name for name in names):
        publisher = publishers.pop()
        owner = f"{publisher}'" if publisher.endswith("s") else f"{publisher}'s"
        return f"{owner} editions {_and([name.partition(', edition ')[2] for name in names])}"
    return _and(names)


def _and(items: list[str]) -> str:
    return ", ".join(items[:-1]) + f" and {items[-1]}" if len(items) > 1 else "".join(items)


def path_words(label: str) -> str:
    """A path label in a chart's words: 'FBI ed. B' -> 'FBI, edition B'; a '[definition]' tag dropped."""
    text = label.split(" [", 1)[0] if label.endswith("]") else label
    return text.replace(" ed. ", ", edition ")


def _edition_only(name: str) -> str:
    """'FBI, edition B' -> 'edition B'; "FBI's 2025–2032 edition" -> 'the 2025–2032 edition'; other names as
    they are."""
    span = re.match(r"^.*?'s? (\d{4}–\d{4} edition.*)$", name)
    if span:
        return f"the {span[1]}"
    return "edition " + name.partition(", edition ")[2] if ", edition " in name else name


def _tick_below(ax: Any, lowest: float) -> None:
    """Lower a log axis so a labelled 1-2-5 tick sits at or below ``lowest`` (no point below every label)."""
    tick = 10 ** math.floor(math.log10(lowest))
    tick = max(t for t in (tick, 2 * tick, 5 * tick) if t <= lowest)
    bottom, top = ax.get_ylim()
    if bottom > tick * 0.9:
        ax.set_ylim(tick * 0.9, top)


def _label_inner_points(ax: Any, rows: pd.DataFrame, color: str) -> None:
    """Label each value a forecast states between its first and last: 'USD 847M stated for 2026'."""
    for row in rows.iloc[1:-1].itertuples():
        ax.annotate(f"{fmt.usd_m(float(row.value_usd_m))} stated for {int(row.year)}",
                    (float(row.year), float(row.value_usd_m)), xytext=(8, -12), textcoords="offset points",
                    ha="left", va="top", fontsize=_PATHS_TEXT, color=color, gid=f"stated:{int(row.year)}")


def _draw_path(ax: Any, rows: pd.DataFrame, label: str, color: str, bold: bool, marker: str,
               name: str | None = None, *, dashed: bool = False) -> None:
    weak = rows["path_evidence"].iloc[0] == _WEAK_GRADE
    ax.plot(
        rows["year"].to_numpy(dtype=float),
        rows["value_usd_m"].to_numpy(dtype=float),
        color=color,
        marker=marker,
        markersize=6.5 if bold else 5.0,
        linewidth=2.2 if bold else 1.2,
        alpha=1.0 if bold else 0.7,
        linestyle=SECONDARY_LINESTYLE if weak else "--" if dashed else "-",
        zorder=3 if dashed else 2,
        markerfacecolor=HOLLOW_FACE if weak else color,
        markeredgecolor=color,
        gid=f"path:{label}",
        label=name or path_words(label),
    )


def _grouped_legend(ax: Any, paths: pd.DataFrame, highlight: str | None = None) -> None:
    """Legend entries under one bold heading per market definition, in plain words, the highlighted
    definition first."""
    from matplotlib.lines import Line2D

    by_gid = {
        (line.get_gid() or "")[5:]: line
        for line in ax.get_lines()
        if (line.get_gid() or "").startswith("path:")
    }
    handles, headings = [], []
    groups = sorted(paths.groupby("definition", sort=True), key=lambda item: item[0] != highlight)
    for definition, group in groups:
        headings.append(len(handles))
        heading = DEFINITION_NAMES.get(definition, definition)
        if group["path"].nunique() == 1 and heading.endswith("markets"):
            heading = heading[:-1]  # one line: 'Adjacent market'
        handles.append(Line2D([], [], linestyle="none", label=heading[:1].upper() + heading[1:]))
        handles += [by_gid[str(label)] for label in sorted(set(group["path"]))]
    longest = max(len(str(h.get_label())) for h in handles)
    legend = ax.legend(  # below the plot, in two columns (one when a label is long), within the page's width
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.13),
        ncol=2 if longest <= _LEGEND_TWO_COLUMNS else 1,
        fontsize=_PATHS_TEXT,
        handlelength=2.6,
        borderaxespad=0.0,
        frameon=False,
    )
    for index, text in enumerate(legend.get_texts()):
        if index in headings:
            text.set_fontweight("bold")
            text.set_color("#333333")


def _path_ends(paths: pd.DataFrame) -> pd.DataFrame:
    ordered = paths.sort_values("year")
    return ordered.groupby("path", sort=True).agg(
        definition=("definition", "first"),
        first_year=("year", "first"),
        first_value=("value_usd_m", "first"),
        last_year=("year", "last"),
        last_value=("value_usd_m", "last"),
        evidence=("path_evidence", "first"),
    )


def _paths_title(paths: pd.DataFrame, highlight: str | None) -> str:
    ends = _path_ends(paths)
    chosen = ends[ends["definition"] == highlight] if highlight else ends
    others = ends[ends["definition"] != highlight] if highlight else ends.iloc[0:0]
    if chosen.empty:
        return (
            f"{len(ends)} forecast paths span {fmt.usd_m(paths['value_usd_m'].min())} to "
            f"{fmt.usd_m(paths['value_usd_m'].max())}"
        )
    last = chosen[chosen["last_year"] > chosen["first_year"]]
    last = last if not last.empty else chosen
    low, high = fmt.usd_m(last["last_value"].min()), fmt.usd_m(last["last_value"].max())
    first_year, last_year = int(last["last_year"].min()), int(last["last_year"].max())
    values = low if low == high else f"{low} to {high}"
    years = str(first_year) if first_year == last_year else f"{first_year}–{last_year}"
    what = f"Forecasts for {DEFINITION_NAMES.get(highlight, highlight)}" if highlight else "Forecasts"
    text = f"{what} end at {values} ({years})"
    if not others.empty:
        text += f"; forecasts for other markets reach {fmt.usd_m(others['last_value'].max())}"
    return text


def _paths_alt(paths: pd.DataFrame, highlight: str | None, names: Mapping[str, str] | None = None) -> str:
    ends = _path_ends(paths)
    named = dict(names or {})
    parts = []
    for label, row in ends.iterrows():
        name = named.get(str(label), path_words(str(label)))
        grade = ", grade D" if row["evidence"] == _WEAK_GRADE else ""
        market = DEFINITION_NAMES.get(row["definition"], row["definition"])
        # the legend's label may already name the market, alone or after another note in its brackets
        if f"({market})" in name:
            name = name.replace(f" ({market})", "")
        elif f"; {market})" in name:
            name = name.replace(f"; {market})", ")")
        if row["first_year"] == row["last_year"]:
            parts.append(
                f"{name} ({market}{grade}): one value, {fmt.usd_m(row['first_value'])} "
                f"in {row['first_year']}"
            )
        else:
            parts.append(
                f"{name} ({market}{grade}): {fmt.usd_m(row['first_value'])} in "
                f"{row['first_year']} to {fmt.usd_m(row['last_value'])} in {row['last_year']}"
            )
    lead = (
        f"Log-scale line chart of {len(ends)} market-size forecasts from "
        f"{paths['publisher'].nunique()} publishers"
        + (f", those for {DEFINITION_NAMES.get(highlight, highlight)} in bold" if highlight else "")
        + ". "
    )
    return lead + _paths_title(paths, highlight) + ". " + "; ".join(parts) + "."


def growth_fan_chart(
    points: pd.DataFrame,
    fits: Any,
    *,
    model: str | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    source: str | None = None,
    alt: str | None = None,
) -> Any:
    """Consensus points with a fitted growth curve and its band, out to the fits' horizon.

    ``points``: :func:`~videomarket.market.consensus_points`; ``fits``:
    :func:`~videomarket.market.consensus_fits`. ``model`` (default: the best by AICc, else the
    exponential) gets the line and the shaded band; the other fitted models are thin dashed lines. When
    no model could be fitted the chart shows the points only and says so.
    """
    for column in ("year", "value_usd_m", "low", "high", "n_values"):
        if column not in points.columns:
            raise ValueError(f"growth_fan_chart: points lack column `{column}` (use consensus_points)")
    fitted = set(fits.bands["model"]) if len(fits.bands) else set()
    chosen = model or fits.best or ("exponential" if "exponential" in fitted else None)
    if chosen is not None and chosen not in set(fits.bands["model"]):
        raise ValueError(
            f"growth_fan_chart: model {chosen!r} was not fitted; fitted: {sorted(set(fits.bands['model']))}"
        )
    level = f"{100 * (1 - fits.alpha):.0f}%"
    with house_style():
        fig, ax = new_figure(figsize=(9.0, 5.2))
        if chosen is not None:
            _draw_fits(ax, fits, chosen, level)
        spread = points[points["n_values"] > 1]
        if not spread.empty:
            ax.vlines(
                spread["year"],
                spread["low"],
                spread["high"],
                color="#333333",
                linewidth=1.2,
                gid="range",
                label="range of stated values",
            )
        ax.plot(
            points["year"],
            points["value_usd_m"],
            linestyle="none",
            marker="o",
            markersize=7,
            color="#000000",
            gid="points",
            label="consensus point (median of stated values)",
            zorder=4,
        )
        ax.axvline(fits.horizon, color="#777777", linestyle="--", linewidth=1.0, gid="horizon")
        usd_axis(ax, log=False)
        ax.set_ylim(bottom=0)
        ax.set_xlabel("Year")
        ax.set_ylabel("Market size (USD)")
        ax.legend(loc="upper left", fontsize=9)
    return finish(
        fig,
        title=title or _fan_title(fits, chosen),
        subtitle=subtitle or _fan_subtitle(points, level),
        source=source or market_source(points),
        alt=alt or _fan_alt(points, fits, chosen, level),
        data=_fan_data(points, fits),
    )


def _fan_data(points: pd.DataFrame, fits: Any) -> pd.DataFrame:
    """The consensus points and every fitted curve with its band, one long table with a ``series`` column."""
    columns = [c for c in ("year", "value_usd_m", "low", "high", "n_values", "definition", "source_ids")
               if c in points.columns]
    parts = [points[columns].assign(series="consensus point")]
    if len(fits.bands):
        bands = fits.bands.rename(columns={"mean": "fitted_usd_m", "lower": "band_low", "upper": "band_high"})
        parts.append(bands.assign(series="fitted curve"))
    data = pd.concat(parts, ignore_index=True)
    return data[["series", *[c for c in data.columns if c != "series"]]]


def _draw_fits(ax: Any, fits: Any, chosen: str, level: str) -> None:
    for name, band in fits.bands.groupby("model", sort=False):
        if name == chosen:
            continue
        ax.plot(
            band["year"],
            band["mean"],
            color=MODEL_COLORS.get(str(name), MUTED_COLOR),
            linestyle="--",
            linewidth=1.2,
            gid=f"fit:{name}",
            label=f"{name} fit (no band drawn)",
        )
    band = fits.bands[fits.bands["model"] == chosen]
    color = _BAND_COLOR
    ax.fill_between(
        band["year"],
        band["lower"],
        band["upper"],
        color=color,
        alpha=0.18,
        linewidth=0,
        gid=f"band:{chosen}",
        label=f"{level} confidence band ({chosen})",
    )
    ax.plot(
        band["year"], band["mean"], color=color, linewidth=2.2, gid=f"fit:{chosen}", label=f"{chosen} fit"
    )
    row = fits.table.set_index("model").loc[chosen]
    ax.errorbar(
        [fits.horizon],
        [row["value"]],
        yerr=[[row["value"] - row["lower"]], [row["upper"] - row["value"]]],
        fmt="D",
        color=color,
        capsize=4,
        markersize=6,
        zorder=5,
    )
    ax.annotate(
        f"{fits.horizon}: {fmt.usd_m(row['value'])}\n({fmt.usd_m(row['lower'])}–{fmt.usd_m(row['upper'])})",
        (fits.horizon, row["value"]),
        xytext=(10, 0),
        textcoords="offset points",
        fontsize=9,
        va="center",
        color=color,
        bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.85, "pad": 1.5},
        zorder=6,
    )


def _fan_title(fits: Any, chosen: str | None) -> str:
    if chosen is None:
        return f"No growth curve could be fitted to {fits.n_points} consensus points"
    done = fits.converged
    row = done.set_index("model").loc[chosen]
    if len(done) == 1:
        return f"Only the {chosen} curve could be fitted: {fmt.usd_m(row['value'])} in {fits.horizon}"
    ranked = done[done["rank"].notna()]
    if len(ranked) < 2 or ranked["delta_aicc"].max() < 2:
        verdict = "the points cannot tell the curves apart"
    else:
        verdict = f"{fits.best} fits best by AICc"
    return (
        f"{fits.n_points} points, {len(done)} curves: {verdict}; {fits.horizon} values "
        f"{fmt.usd_m(done['value'].min())} to {fmt.usd_m(done['value'].max())}"
    )


def _fan_subtitle(points: pd.DataFrame, level: str) -> str:
    definition = points["definition"].iloc[0] if "definition" in points.columns and len(points) else None
    what = f"forecasts for {DEFINITION_NAMES.get(definition, definition)}" if definition else "forecasts"
    return f"One point per year: the median of the stated {what}; shaded: {level} confidence band"


def _fan_alt(points: pd.DataFrame, fits: Any, chosen: str | None, level: str) -> str:
    listed = "; ".join(
        f"{int(r.year)}: {fmt.usd_m(r.value_usd_m)} ({r.n_values} stated)" for r in points.itertuples()
    )
    text = (
        f"Chart of {len(points)} consensus market-size points ({listed}). " + _fan_title(fits, chosen) + ". "
    )
    for row in fits.converged.itertuples():
        text += (
            f"{row.model}: {fmt.usd_m(row.value)} in {fits.horizon} ({level} interval "
            f"{fmt.usd_m(row.lower)} to {fmt.usd_m(row.upper)}"
            + (f", delta AICc {row.delta_aicc:.1f}). " if pd.notna(row.delta_aicc) else ", not ranked). ")
        )
    for row in fits.failed.itertuples():
        text += f"{row.model} not fitted: {row.reason}. "
    return text.strip()
