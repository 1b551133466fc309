"""Vendors' own revenue and ARR figures against the forecast market size, plus the USD axis and source
line shared by the market charts (see :mod:`videomarket.plots._market`).

Example::

    >>> from videomarket import data, market, plots                      # doctest: +SKIP
    >>> figures = market.vendor_figures(data.load_company_metrics())             # doctest: +SKIP
    >>> points = market.consensus_points(data.load_forecasts(), "ai-video-generator")    # doctest: +SKIP
    >>> comparison = market.vendor_vs_market(figures, points)                    # doctest: +SKIP
    >>> plots.vendor_vs_market_chart(comparison, market.calendar_figures(figures))       # doctest: +SKIP
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from videomarket.plots._style import OTHER_COLOR, finish, house_style, new_figure
from videomarket.stories import fmt, read_in

BASIS_SHORT = {"revenue": "revenue within the year", "annualized": "run-rates and ARR, latest in the year"}
#: A year's run-rates when one vendor's quarterly pace is below its stated run-rate (named as in the tables).
PACED_SHORT = "revenue pace, run-rates and ARR"
_BASIS_HATCH = {"revenue": "", "annualized": "///"}
#: The hatch of a quarter's revenue times four among run-rates (figures_label starting 'revenue pace').
_PACE_HATCH = "..."
_BAR_WIDTH = 0.36


def usd_axis(ax: Any, *, log: bool) -> None:
    """Label the y axis in USD ('USD 300M', 'USD 1.0B'); on a log axis, ticks at 1, 2 and 5 per decade."""
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

    if log:
        ax.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
        ax.yaxis.set_minor_formatter(NullFormatter())
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: fmt.usd_m(value, 2) if value > 0 else "0"))


def market_source(table: pd.DataFrame, what: str = "analyst market-size reports",
                  *extra: pd.DataFrame) -> str:
    """'Source: <what>, quoted second-hand; N sources, listed under Sources; evidence grade C' (the ids and
    grades of ``table`` and of any ``extra`` tables, counted once)."""
    ids: set[str] = set()
    grades: set[str] = set()
    for frame in (table, *extra):
        ids |= {
            sid.strip()
            for column in ("source_id", "source_ids", "forecast_source_ids")
            if column in frame.columns
            for text in frame[column].dropna()
            for sid in str(text).split(";")
            if sid.strip()
        }
        grades |= set(frame["evidence"].astype(str)) if "evidence" in frame.columns else set()
    ordered = sorted(grades)
    graded = (f"; evidence grade {ordered[0]}" if len(ordered) == 1
              else f"; evidence grades {', '.join(ordered)}" if ordered else "")
    return (f"Source: {what}, quoted second-hand; {fmt.count(len(ids), 'source')}, listed under "
            f"Sources{graded}")


def source_names(source_ids: object, sources: pd.DataFrame | None) -> str:
    """The publishers of ``source_ids`` ('a; b'), as the Sources list names them, for readers' CSV
    downloads instead of internal ids ('' without a sources table); an archived GitHub file is named as
    the page's tables describe it, then as the Sources list does: 'GitHub page on e-commerce AI
    (kangise/ecommerce-ai-roadmap, GitHub)'."""
    if sources is None:
        return ""
    rows = {str(r["source_id"]): r for _, r in sources.iterrows()}
    ids = [part.strip() for part in str(source_ids).split(";") if part.strip()]
    names = []
    for sid in ids:
        row = rows.get(sid)
        if row is None:
            names.append(sid)
            continue
        publisher, name = str(row["publisher"]), read_in(sid, sources)
        repository = publisher.replace(" (GitHub)", ", GitHub")
        names.append(publisher if name == publisher else f"{name} ({repository})")
    return "; ".join(dict.fromkeys(names))


def reader_period(period: object) -> str:
    """A period code for a CSV reader: '2025-Q1' -> '2025 Q1'; other codes unchanged."""
    return re.sub(r"^(\d{4})-Q([1-4])$", r"\1 Q\2", str(period))


def report_name(report: object) -> str:
    """A report title without its code in brackets: 'AI Video Market (ai-video-market-report)' -> 'AI
    Video Market'."""
    return re.sub(r"\s*\((?:report \d+|[a-z0-9]+(?:-[a-z0-9]+)+)\)$", "", str(report))


# Companies take colours the forecast chart does not use (its forecasts take the house palette's first
# ones), so a colour never means a forecast in one chart and a vendor in the next; black is the forecasts'.
VENDOR_COLORS = ("#332288", "#44AA99", "#CC6677", "#999933", "#117733", "#AA4499", "#DDCC77", "#88CCEE")
_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _company_colors(companies: list[str]) -> dict[str, str]:
    """A distinct colour per company from :data:`VENDOR_COLORS`; grey past eight."""
    names = sorted(set(companies))
    return {name: VENDOR_COLORS[i] if i < len(VENDOR_COLORS) else OTHER_COLOR for i, name in enumerate(names)}


def vendor_vs_market_chart(
    comparison: pd.DataFrame,
    figures: pd.DataFrame,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    source: str | None = None,
    alt: str | None = None,
    years_without_forecast: bool = False,
    sources: pd.DataFrame | None = None,
    legend_labels: dict[str, str] | None = None,
    csv_columns: dict[str, str] | None = None,
    csv_rows: pd.DataFrame | None = None,
    ylabel: str = "Revenue or yearly pace (USD)",
    group_labels: dict[int, str] | None = None,
) -> Any:
    """Per year with a forecast, the calendar revenue vendors' own figures give at least (bars stacked by
    company; hatched = run-rates and ARR converted to calendar revenue, solid = revenue within the
    year), the rest of the range the conversion gives (a whisker up to its highest value), the run-rates
    as reported (a marker), and the publishers' forecasts for that year (black rules; grey between the
    lowest and highest). Beside each bar, in words, what it is as a share of the forecasts ('at least
    69–77% of the forecasts'). ``years_without_forecast`` also draws the years no forecast covers.

    ``comparison``: :func:`~videomarket.market.vendor_vs_market`; ``figures``:
    :func:`~videomarket.market.calendar_figures` (one row per counted figure, with its
    ``calendar_low_usd_m``: the stacks). ``sources`` (:func:`~videomarket.data.load_sources`) names each
    figure's publisher in the CSV download, which carries no internal ids; shares there are 0-100.
    ``legend_labels`` renames the legend's 'pace' (hatched bars) and 'whisker' entries, and a 'partial'
    entry names the pale, dashed bar of revenue for part of a year (no entry without it); where a bar has a
    high case above it, the bar's label gives the bar's own share and the diamond's 'up to' the high case's
    share of the lowest forecast; ``ylabel`` names the y-axis; ``csv_rows`` (optional: rows with a
    ``series`` and the bars' columns, ``source_id`` mapped like theirs) adds inputs the bars rest on to the
    download without drawing them; ``csv_columns``
    (download column -> header, in order) keeps and names the download's columns. An optional
    ``figures_label`` column in either frame names a row's figures in the download instead of the house
    label. An optional ``slot`` column ('left' / 'right') in both frames places a row's bar, and the
    figures in it, on that side of its year, so one basis can be split into two bars; an optional
    ``row_label`` names such a bar's row in the download (else 'sum of the vendors that year').
    ``group_labels`` (year -> text) writes a label centred above that year's bars, e.g. their sum.
    """
    for column in (
        "year",
        "basis",
        "vendor_total_usd_m",
        "calendar_low_usd_m",
        "calendar_high_usd_m",
        "market_usd_m",
        "market_low",
        "market_high",
        "floor_share_low",
        "floor_share_high",
    ):
        if column not in comparison.columns:
            raise ValueError(f"vendor_vs_market_chart: comparison lacks `{column}` (use vendor_vs_market)")
    if not years_without_forecast:
        comparison = comparison.dropna(subset=["market_usd_m"])
    if comparison.empty:
        raise ValueError("vendor_vs_market_chart: nothing to draw (no counted vendor figure in a year with a "
                         "forecast)")
    if "calendar_low_usd_m" not in figures.columns:
        raise ValueError("vendor_vs_market_chart: figures lack `calendar_low_usd_m` (use calendar_figures)")
    years = sorted(comparison["year"].astype(int).unique())
    counted = figures[figures["counted"].astype(bool) & figures["year"].astype(int).isin(years)]
    colors = _company_colors(sorted(set(counted["company"])))
    with house_style():
        fig, ax = new_figure(figsize=(10.0, 6.6))
        for row in comparison.itertuples():
            slot = _slot(row)
            offset = -_BAR_WIDTH / 2 if slot == "left" else _BAR_WIDTH / 2
            _draw_stack(ax, counted, int(row.year), row.basis, offset, colors,
                        slot if "slot" in comparison.columns else None)
            _draw_range(ax, row, offset)
            inside = slot == "left" and row.basis != "revenue"  # a split run-rate bar: its label inside it
            if np.isfinite(row.floor_share_low) and inside:
                ax.annotate(
                    f"{_share_label(*_bar_shares(row))}\nof the\nforecasts",
                    (row.year + offset, row.calendar_low_usd_m / 2), ha="center", va="center", fontsize=9,
                    fontweight="bold", color="white", zorder=6, gid="share",
                    bbox={"boxstyle": "round,pad=0.2", "facecolor": "#333333", "edgecolor": "none"},
                )
            elif np.isfinite(row.floor_share_low):  # beside the bar it describes, outside it
                left = slot == "left"
                ax.annotate(
                    f"{_share_label(*_bar_shares(row))}\nof the\nforecasts"
                    + _part_label(counted, row),
                    # the left label (up to four lines) stands on the axis, so it never crosses it
                    (row.year + offset + (-1 if left else 1) * _BAR_WIDTH / 2,
                     0.0 if left else row.calendar_low_usd_m / 2),
                    xytext=(-4, 3) if left else (4, 0),
                    textcoords="offset points",
                    ha="right" if left else "left",
                    va="bottom" if left else "center",
                    fontsize=9,
                    fontweight="bold",
                    zorder=6,
                    gid="share",
                )
        for year, text in (group_labels or {}).items():
            tops = comparison.loc[comparison["year"].astype(int) == int(year), "calendar_low_usd_m"]
            if len(tops):
                ax.annotate(text, (int(year), float(tops.max())), xytext=(0, 8), textcoords="offset points",
                            ha="center", va="bottom", fontsize=9, fontweight="bold", zorder=6, gid="group")
        _draw_market(ax, comparison)
        _legend(ax, colors, sorted(set(comparison["basis"])), legend_labels or {},
                paced=bool(_revenue_pace(counted).any()))
        ax.set_xticks(years)
        ax.set_xticklabels([str(year) for year in years])
        ax.set_xlim(years[0] - 1.2, years[-1] + 1.0)
        usd_axis(ax, log=False)
        ax.set_ylim(bottom=0, top=_top(comparison) * 1.12)
        ax.set_xlabel("Calendar year")
        ax.set_ylabel(ylabel)
    columns = ("company", "year", "basis", "figures_label", "period", "value_usd_m", "calendar_low_usd_m",
               "calendar_usd_m",
               "calendar_high_usd_m", "evidence", "source_id")
    bars = counted[[c for c in columns if c in counted.columns]].assign(series="one vendor's figure")
    bars = bars.assign(read_in=[source_names(i, sources) for i in bars["source_id"]],
                       period=bars["period"].map(reader_period)).drop(columns="source_id")
    if "carried" in counted:  # a figure held into the next year says so beside its own period
        carried = counted.loc[bars.index, "carried"].fillna(False).astype(bool)
        bars = bars.assign(period=bars["period"].where(~carried, bars["period"].astype(str) + " (held flat)"))
    if sources is None:
        bars = bars.drop(columns="read_in")
    market_columns = ("year", "basis", "figures_label", "vendor_total_usd_m", "calendar_low_usd_m",
                      "calendar_usd_m",
                      "calendar_high_usd_m", "market_low", "market_high", "floor_share_high",
                      "floor_share_low")
    totals = comparison[[c for c in market_columns if c in comparison.columns]].assign(
        series=comparison.get("row_label", "sum of the vendors that year"))
    totals = totals.assign(**{c: (totals[c] * 100).round(1) for c in ("floor_share_low", "floor_share_high")
                              if c in totals})
    extra = []
    if csv_rows is not None and len(csv_rows):  # inputs the bars rest on but do not draw
        extra = [csv_rows.assign(read_in=[source_names(i, sources) for i in csv_rows["source_id"]])
                 .drop(columns="source_id") if sources is not None and "source_id" in csv_rows
                 else csv_rows.drop(columns="source_id", errors="ignore")]
        if {"company", "year", "calendar_low_usd_m"} <= set(csv_rows) and "calendar_low_usd_m" in bars:
            # a low case that rests on those inputs is theirs: the stated figure's row keeps only its own case
            inputs = set(zip(csv_rows["company"], csv_rows["year"], strict=True))
            theirs = [(c, y) in inputs and lo != hi for c, y, lo, hi in zip(
                bars["company"], bars["year"], bars["calendar_low_usd_m"],
                bars.get("calendar_high_usd_m", bars["calendar_low_usd_m"]), strict=True)]
            bars.loc[theirs, "calendar_low_usd_m"] = float("nan")
    data = pd.concat([bars, *extra, totals], ignore_index=True)
    money = [c for c in ("value_usd_m", "vendor_total_usd_m", "calendar_low_usd_m", "calendar_usd_m",
                         "calendar_high_usd_m", "market_low", "market_high") if c in data]
    data = data.assign(**{c: data[c].astype(float).round(1) for c in money},
                       basis=data["basis"].map(lambda b: BASIS_SHORT.get(b, b)))
    if "figures_label" in data:  # a caller's own words for a row's figures win over the house labels
        own = data["figures_label"]
        data = data.assign(basis=own.where(own.notna(), data["basis"])).drop(columns="figures_label")
    return finish(
        fig,
        title=title or _vendor_title(comparison),
        subtitle=subtitle or _vendor_subtitle(comparison),
        source=source
        or market_source(counted, "vendor disclosures and press reports, and the forecasts above",
                         comparison[[c for c in ("forecast_source_ids",) if c in comparison.columns]]),
        alt=alt or _vendor_alt(comparison, title),
        data=_download(data, csv_columns),
    )


def _download(data: pd.DataFrame, columns: dict[str, str] | None) -> pd.DataFrame:
    """The chart's download: every column, or those of ``columns`` (in its order, renamed)."""
    data = data[["series", *[c for c in data.columns if c != "series"]]].rename(
        columns={"series": "row", "basis": "figures"})
    if columns is None:
        return data
    return data[[c for c in columns if c in data.columns]].rename(columns=columns)


_GROWTH_VERBS = {1.0: "doubled", 2.0: "tripled"}


def _vendor_subtitle(comparison: pd.DataFrame) -> str:
    """What the bars, the whisker and the labels show; the whisker is named by the growth that gives its
    top when that growth is the fastest assumed for every bar."""
    annual = comparison[comparison["basis"] == "annualized"]
    text = "Bars: what the vendors' own figures give for the calendar year"
    if (comparison["basis"] == "revenue").any():
        text += " (solid: revenue reported)"
    if len(annual):
        text += " (hatched: run-rates and ARR, if each vendor earned at its stated pace all year)"
        fastest = float(annual["growth_high"].iloc[0])
        gaps = (annual["calendar_fastest_usd_m"] - annual["calendar_high_usd_m"]).abs() if (
            "calendar_fastest_usd_m" in annual) else pd.Series([1.0])
        at_top = bool((gaps < 1e-6).all())
        verb = _GROWTH_VERBS.get(fastest, f"grew {fmt.pct(fastest, 0)}")
        text += (f"; whisker: the value if each vendor's pace {verb} a year" if at_top
                 else "; whisker: up to the highest value for any growth assumed")
    return text + "; labels: each bar as a share of the year's forecasts"


def _share_label(low: float, high: float) -> str:
    """'77%' or '69%–77%' (the floor against the highest and the lowest forecast), written as the report's
    text writes a range of shares."""
    a, b = fmt.pct(low, 0), fmt.pct(high, 0)
    return a if a == b else f"{a}–{b}"


def _top(comparison: pd.DataFrame) -> float:
    values = pd.concat([comparison["calendar_high_usd_m"], comparison["vendor_total_usd_m"],
                        comparison["market_high"]]).dropna()
    return float(values.max()) if len(values) else 1.0


def _slot(row: Any) -> str:
    """Where a row's bar stands in its year: its own ``slot`` ('left' or 'right') where the comparison has
    one, else revenue on the left and run-rates on the right."""
    slot = getattr(row, "slot", None)
    if isinstance(slot, str) and slot in ("left", "right"):
        return slot
    return "left" if row.basis == "revenue" else "right"


def _draw_stack(
    ax: Any, counted: pd.DataFrame, year: int, basis: str, offset: float, colors: dict[str, str],
    slot: str | None = None,
) -> None:
    rows = counted[(counted["year"] == year) & (counted["basis"] == basis)]
    if slot is not None and "slot" in rows.columns:  # the figures of one bar where a year splits a basis
        rows = rows[rows["slot"].isna() | (rows["slot"] == slot)]
    bottom = 0.0
    paced = set(rows.loc[_revenue_pace(rows), "company"])
    partial = bool(_part_label(rows.assign(year=year), pd.Series({"year": year, "basis": basis})))
    for company, value in rows.groupby("company", sort=True)["calendar_low_usd_m"].sum().items():
        # revenue for part of the year: outlined in the company's colour over a pale fill, not solid
        ax.bar(
            year + offset,
            value,
            width=_BAR_WIDTH,
            bottom=bottom,
            color=_pale(colors[company]) if partial else colors[company],
            hatch=_PACE_HATCH if company in paced else _BASIS_HATCH.get(basis, ""),
            edgecolor=colors[company] if partial else "white",
            linewidth=1.8 if partial else 0.6,
            linestyle="--" if partial else "-",
            gid=f"bar:{basis}:{company}:{year}",
        )
        bottom += float(value)


def _pale(color: str) -> str:
    """``color`` mixed three parts white to one: the fill of a bar that covers part of the year."""
    from matplotlib.colors import to_hex, to_rgb

    return to_hex([0.75 + 0.25 * c for c in to_rgb(color)])


def _revenue_pace(rows: pd.DataFrame) -> pd.Series:
    """Which figures are a quarter's revenue times four (their figures_label starts 'revenue pace')."""
    if "figures_label" not in rows:
        return pd.Series(False, index=rows.index)
    return rows["figures_label"].fillna("").astype(str).str.startswith("revenue pace")


def _draw_range(ax: Any, row: Any, offset: float) -> None:
    """The high case (annualized figures only, where it is above the bar): a marker at its value, not a
    whisker (which would read as an error bar), labelled 'high case: USD 616M'."""
    x = row.year + offset
    if row.basis == "annualized" and row.calendar_high_usd_m > row.calendar_low_usd_m:
        ax.plot([x], [row.calendar_high_usd_m], marker="D", markersize=8, color="#333333", linestyle="none",
                zorder=6, gid=f"range:{row.basis}:{row.year}")
        share = (f",\nup to {fmt.pct(row.calendar_high_usd_m / row.market_low, 0)} of the forecasts"
                 if _has_high_case(row) else "")
        # left of the diamond, where the year's slot is empty, so the label never widens the figure
        ax.annotate(f"high case: {fmt.usd_m(row.calendar_high_usd_m)}{share}", (x, row.calendar_high_usd_m),
                    xytext=(-8, 0), textcoords="offset points", ha="right", va="center", fontsize=9,
                    gid="whisker-top")


def _has_high_case(row: Any) -> bool:
    """Whether a run-rate row has a high case above its bar and a forecast to set it against."""
    return (row.basis == "annualized" and row.calendar_high_usd_m > row.calendar_low_usd_m
            and bool(np.isfinite(row.market_low)) and row.market_low > 0)


def _bar_shares(row: Any) -> tuple[float, float]:
    """The shares a bar's label gives: the row's own where it has no high case; else the bar (the low case)
    against the highest and the lowest forecast, the high case being the diamond's label."""
    if not _has_high_case(row):
        return row.floor_share_low, row.floor_share_high
    return row.calendar_low_usd_m / row.market_high, row.calendar_low_usd_m / row.market_low


def _draw_market(ax: Any, comparison: pd.DataFrame) -> None:
    market = comparison.dropna(subset=["market_usd_m"]).drop_duplicates("year")
    for row in market.itertuples():
        left, right = row.year - 0.5, row.year + 0.5
        several = row.market_high > row.market_low
        if several:
            ax.fill_between([left, right], row.market_low, row.market_high, color="#000000", alpha=0.08,
                            linewidth=0, gid=f"market-range:{row.year}")
        for value in sorted({row.market_low, row.market_high}):
            ax.hlines(value, left, right, color="#000000", linewidth=2.0, gid=f"market:{row.year}")
        label = (f"forecasts: {fmt.usd_m(row.market_low)}–{fmt.usd_m(row.market_high)[4:]}" if several
                 else f"forecast: {fmt.usd_m(row.market_low)}")
        ax.annotate(
            label,
            (row.year, row.market_high),
            xytext=(0, 4),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=9,
        )


def _legend(ax: Any, colors: dict[str, str], bases: list[str], labels: dict[str, str],
            paced: bool = False) -> None:
    """The vendors' colours, the hatches (run-rate or ARR; a quarter's revenue times four where ``paced``),
    the whisker and the forecasts (one entry: the band and its edges drawn together). Solid bars (revenue
    reported) are named in the subtitle: a swatch in one colour would stand for no bar."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=color, label=name) for name, color in colors.items()]
    if "annualized" in bases:
        handles.append(Patch(facecolor="white", hatch=_BASIS_HATCH["annualized"], edgecolor="#555555",
                             label=labels.get("pace", "Run-rate or ARR, at its stated pace all year")))
    if paced:
        handles.append(Patch(facecolor="white", hatch=_PACE_HATCH, edgecolor="#555555",
                             label=labels.get("quarter", "Revenue pace (reported quarter × 4)")))
    if "annualized" in bases:
        handles.append(Line2D([], [], color="#333333", marker="D", markersize=7, linestyle="none",
                              label=labels.get("whisker", "If each vendor's pace tripled a year")))
    if "partial" in labels:
        # drawn as its bar is: the company's colour as a dashed outline over a pale fill
        owner = next((c for name, c in colors.items() if labels["partial"].startswith(f"{name},")), "#555555")
        handles.append(Patch(facecolor=_pale(owner) if owner != "#555555" else "#eeeeee", edgecolor=owner,
                             linestyle="--", linewidth=1.5, label=labels["partial"]))
    handles.append((Patch(facecolor="#000000", alpha=0.08), Line2D([], [], color="#000000", linewidth=2.0)))
    from matplotlib.legend_handler import HandlerTuple

    names = [h.get_label() for h in handles[:-1]] + ["Forecasts: lowest and highest, range shaded"]
    ax.legend(handles=handles, labels=names, loc="upper center", bbox_to_anchor=(0.5, -0.14),
              borderaxespad=0.0, fontsize=9, ncol=2, frameon=False,
              handler_map={tuple: HandlerTuple(ndivide=1)})


def _part_label(counted: pd.DataFrame, row: Any) -> str:
    """'\n(Q1–Q3 only)' under the label of revenue that covers part of the year, else ''."""
    if row.basis != "revenue" or "period" not in counted:
        return ""
    rows = counted[(counted["year"] == row.year) & (counted["basis"] == "revenue")]
    quarters = sorted(int(str(p)[-1]) for p in rows["period"] if str(p)[-3:-1] == "-Q")
    if not quarters or len(quarters) >= 4 or len(quarters) != len(rows):
        return ""
    return f"\n(Q{quarters[0]}–Q{quarters[-1]} only)" if len(quarters) > 1 else f"\n(Q{quarters[0]} only)"


def _vendor_title(comparison: pd.DataFrame) -> str:
    compared = comparison.dropna(subset=["floor_share_low"])
    if compared.empty:
        return "No year has both counted vendor figures and a forecast of the market"
    top = compared.sort_values("floor_share_low", ascending=False).iloc[0]
    n = int(top["n_vendors"])
    word = _NUMBER_WORDS[n] if n < len(_NUMBER_WORDS) else str(n)
    return (
        f"At their stated pace all of {int(top['year'])}, {word} {'vendor' if n == 1 else 'vendors'} alone "
        f"would earn {_share_label(top['floor_share_low'], top['floor_share_high'])} of the forecasts"
    )


def _vendor_words(vendors: object) -> str:
    """'Runway 90.0; Synthesia 100.0' -> 'Runway USD 90M; Synthesia USD 100M'."""
    parts = []
    for item in str(vendors).split("; "):
        name, _, value = item.rpartition(" ")
        try:
            parts.append(f"{name} {fmt.usd_m(float(value.replace(',', '')))}")
        except ValueError:
            parts.append(item)
    return "; ".join(parts)


def _vendor_alt(comparison: pd.DataFrame, title: str | None = None) -> str:
    """The chart's alt text: its title (``title``, else :func:`_vendor_title`) and every drawn bar's total
    and share, all from the same ``comparison`` rows the bars and their labels are drawn from."""
    parts = []
    for row in comparison.itertuples():
        market = (
            f", {_share_label(row.floor_share_low, row.floor_share_high)} of the forecast "
            + (f"{fmt.usd_m(row.market_low)}" if row.market_low == row.market_high
               else f"range {fmt.usd_m(row.market_low)} to {fmt.usd_m(row.market_high)}")
            if np.isfinite(row.floor_share_low)
            else ", no forecast for that year"
        )
        higher = row.calendar_high_usd_m > row.calendar_low_usd_m
        # the high case only: the sum of the stated figures is neither case when a quarter's pace is lower
        reported = (f" (up to {fmt.usd_m(row.calendar_high_usd_m)})"
                    if row.basis == "annualized" and higher else "")
        # a year with a quarter's pace below the stated run-rate is named as the tables name it
        label = PACED_SHORT if reported else BASIS_SHORT.get(row.basis, row.basis)
        parts.append(
            f"{row.year} {label}: "
            f"{fmt.usd_m(row.calendar_low_usd_m)}{reported} from {fmt.count(int(row.n_vendors), 'vendor')} "
            + ("(low case: " if reported else "(") + f"{_vendor_words(row.vendors)}){market}"
        )
    return (
        "Bar chart of the calendar revenue vendors' own figures give at their stated pace, against the "
        "forecast market size. " + (title or _vendor_title(comparison)).rstrip(".") + ". " + "; ".join(parts)
        + "."
    )
