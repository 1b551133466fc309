"""Vendors' own revenue and ARR figures against the forecast market size, plus the USD axis and source
line shared by the market charts (see :mod:`videomarket.plots._market`).

Example::

    >>> from videomarket import data, market, plots                      # doctest: +SKIP
    >>> figures = market.vendor_figures(data.load_company_metrics())             # doctest: +SKIP
    >>> points = market.consensus_points(data.load_forecasts(), "ai-video-generator")    # doctest: +SKIP
    >>> comparison = market.vendor_vs_market(figures, points)                    # doctest: +SKIP
    >>> plots.vendor_vs_market_chart(comparison, figures)                                # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from videomarket.plots._style import OKABE_ITO, OTHER_COLOR, SERIES_COLORS, finish, house_style, new_figure
from videomarket.stories import fmt

BASIS_SHORT = {"revenue": "reported revenue", "annualized": "ARR / run-rate"}
_BASIS_HATCH = {"revenue": "", "annualized": "///"}
_BAR_WIDTH = 0.36


def usd_axis(ax: Any, *, log: bool) -> None:
    """Label the y axis in USD ('USD 300M', 'USD 1.0B'); on a log axis, ticks at 1, 2 and 5 per decade."""
    from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

    if log:
        ax.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
        ax.yaxis.set_minor_formatter(NullFormatter())
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: fmt.usd_m(value, 2) if value > 0 else "0"))


def market_source(table: pd.DataFrame, what: str = "analyst market-size reports") -> str:
    """'Source: <what>, quoted secondhand (N sources, listed in the notebook); evidence grades ...'."""
    ids = {
        sid.strip()
        for column in ("source_id", "source_ids")
        if column in table.columns
        for text in table[column].dropna()
        for sid in str(text).split(";")
        if sid.strip()
    }
    grades = sorted(set(table["evidence"].astype(str))) if "evidence" in table.columns else []
    graded = f"; evidence grades {', '.join(grades)}" if grades else ""
    return f"Source: {what}, quoted secondhand ({fmt.count(len(ids), 'source')}, listed in the notes){graded}"


def _company_colors(companies: list[str]) -> dict[str, str]:
    """A distinct colour per company (black is the forecast's, so no company takes it); grey past eleven."""
    palette = [color for color in SERIES_COLORS if color != OKABE_ITO["black"]]
    names = sorted(set(companies))
    return {name: palette[i] if i < len(palette) else OTHER_COLOR for i, name in enumerate(names)}


def vendor_vs_market_chart(
    comparison: pd.DataFrame,
    figures: pd.DataFrame,
    *,
    title: str | None = None,
    subtitle: str | None = None,
    source: str | None = None,
    alt: str | None = None,
) -> Any:
    """Per year, vendors' counted figures (bars stacked by company; hatched = ARR / run-rate) beside the
    forecast market size (black rule; grey span = range of the forecasts), with the share as a label.

    ``comparison``: :func:`~videomarket.market._vendors.vendor_vs_market`; ``figures``:
    :func:`~videomarket.market._vendors.vendor_figures` (its counted rows give the stacks).
    """
    for column in (
        "year",
        "basis",
        "vendor_total_usd_m",
        "market_usd_m",
        "market_low",
        "market_high",
        "share",
    ):
        if column not in comparison.columns:
            raise ValueError(f"vendor_vs_market_chart: comparison lacks `{column}` (use vendor_vs_market)")
    if comparison.empty:
        raise ValueError("vendor_vs_market_chart: nothing to draw (no counted vendor figure)")
    counted = figures[figures["counted"].astype(bool)]
    colors = _company_colors(sorted(set(counted["company"])))
    years = sorted(comparison["year"].astype(int).unique())
    with house_style():
        fig, ax = new_figure(figsize=(9.0, 5.2))
        for row in comparison.itertuples():
            offset = -_BAR_WIDTH / 2 if row.basis == "revenue" else _BAR_WIDTH / 2
            _draw_stack(ax, counted, int(row.year), row.basis, offset, colors)
            if np.isfinite(row.share):
                ax.annotate(
                    f"{fmt.pct(row.share, 0)}",
                    (row.year + offset, row.vendor_total_usd_m),
                    xytext=(0, 3),
                    textcoords="offset points",
                    ha="center",
                    va="bottom",
                    fontsize=9,
                )
        _draw_market(ax, comparison)
        _legend(ax, colors, sorted(set(comparison["basis"])))
        ax.set_xticks(years)
        ax.set_xticklabels([str(year) for year in years])
        ax.set_xlim(years[0] - 0.6, years[-1] + 0.6)
        usd_axis(ax, log=False)
        ax.set_ylim(bottom=0)
        ax.set_xlabel("Calendar year of the figure")
        ax.set_ylabel("USD")
    definition = comparison["definition"].iloc[0] if "definition" in comparison.columns else None
    default_subtitle = (
        "Bars: vendors' own figures (solid = revenue within the year, a floor; hatched = latest "
        "ARR / run-rate, not calendar revenue); labels: share of the forecast"
        + (f" '{definition}' market" if definition else " market")
    )
    columns = ("company", "year", "basis", "value_usd_m", "evidence", "source_id")
    bars = counted[[c for c in columns if c in counted.columns]].assign(series="vendor figure")
    market_columns = ("year", "basis", "vendor_total_usd_m", "market_usd_m", "market_low", "market_high",
                      "share")
    totals = comparison[[c for c in market_columns if c in comparison.columns]].assign(series="year total")
    data = pd.concat([bars, totals], ignore_index=True)
    return finish(
        fig,
        title=title or _vendor_title(comparison),
        subtitle=subtitle or default_subtitle,
        source=source
        or market_source(counted, "vendor disclosures and press reports; forecasts as in the forecast chart"),
        alt=alt or _vendor_alt(comparison),
        data=data[["series", *[c for c in data.columns if c != "series"]]],
    )


def _draw_stack(
    ax: Any, counted: pd.DataFrame, year: int, basis: str, offset: float, colors: dict[str, str]
) -> None:
    rows = counted[(counted["year"] == year) & (counted["basis"] == basis)]
    bottom = 0.0
    for company, value in rows.groupby("company", sort=True)["value_usd_m"].sum().items():
        ax.bar(
            year + offset,
            value,
            width=_BAR_WIDTH,
            bottom=bottom,
            color=colors[company],
            hatch=_BASIS_HATCH.get(basis, ""),
            edgecolor="white",
            linewidth=0.6,
            gid=f"bar:{basis}:{company}:{year}",
        )
        bottom += float(value)


def _draw_market(ax: Any, comparison: pd.DataFrame) -> None:
    market = comparison.dropna(subset=["market_usd_m"]).drop_duplicates("year")
    for row in market.itertuples():
        left, right = row.year - 0.5, row.year + 0.5
        if row.market_high > row.market_low:
            ax.fill_between(
                [left, right],
                row.market_low,
                row.market_high,
                color="#000000",
                alpha=0.08,
                linewidth=0,
                gid=f"market-range:{row.year}",
            )
        ax.hlines(row.market_usd_m, left, right, color="#000000", linewidth=2.0, gid=f"market:{row.year}")
        ax.annotate(
            f"forecast {fmt.usd_m(row.market_usd_m)}",
            (row.year, row.market_high),
            xytext=(0, 4),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=9,
        )


def _legend(ax: Any, colors: dict[str, str], bases: list[str]) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [Patch(facecolor=color, label=name) for name, color in colors.items()]
    handles += [
        Patch(facecolor="#888888", hatch=_BASIS_HATCH[basis], edgecolor="white", label=BASIS_SHORT[basis])
        for basis in bases
        if basis in _BASIS_HATCH
    ]
    handles.append(Line2D([], [], color="#000000", linewidth=2.0, label="forecast market size (consensus)"))
    handles.append(Patch(facecolor="#000000", alpha=0.08, label="range of the forecasts that year"))
    ax.legend(handles=handles, loc="upper left", fontsize=9)


def _vendor_title(comparison: pd.DataFrame) -> str:
    compared = comparison.dropna(subset=["share"])
    if compared.empty:
        return "No year has both counted vendor figures and a forecast of the market"
    top = compared.sort_values("share", ascending=False).iloc[0]
    single = int(top["n_vendors"]) == 1
    vendors = fmt.count(int(top["n_vendors"]), "vendor") + ("'s" if single else "'")
    approx = "about " if top["basis"] == "annualized" else "at least "
    return (
        f"A floor, not a check: in {int(top['year'])}, {vendors} own "
        f"{BASIS_SHORT.get(top['basis'], top['basis'])} come to {approx}{fmt.pct(top['share'], 0)} of the "
        "forecast market"
    )


def _vendor_alt(comparison: pd.DataFrame) -> str:
    parts = []
    for row in comparison.itertuples():
        market = (
            f", {fmt.pct(row.share, 0)} of the forecast {fmt.usd_m(row.market_usd_m)}"
            if np.isfinite(row.share)
            else ", no forecast for that year"
        )
        parts.append(
            f"{row.year} {BASIS_SHORT.get(row.basis, row.basis)}: {fmt.usd_m(row.vendor_total_usd_m)} "
            f"from {fmt.count(int(row.n_vendors), 'vendor')} ({row.vendors}){market}"
        )
    return (
        "Bar chart of vendors' own figures against the forecast market size. "
        + _vendor_title(comparison)
        + ". "
        + "; ".join(parts)
        + "."
    )
