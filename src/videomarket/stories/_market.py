"""Sentences for the market report, written from the tables of :mod:`videomarket.market`, so no number
is typed by hand and no claim is stronger than its evidence.

* The headline growth is :func:`videomarket.market.edition_growth` (one rate shared by the editions,
  each keeping its own level), worded with its interval and what the interval measures.
* Vendors' own figures are a floor on the market: run-rates are set against calendar forecasts only
  after conversion under a stated assumption, and nothing here says a forecast is too low or too high.
* Curves through per-year medians are an illustration (appendix); with five points they cannot be
  ranked, and the text says so.

The ``*_TABLE`` dictionaries are the columns a reader sees of each table, with plain headers, and the
``*_FORMATS`` how to show them (for :func:`videomarket.plots.table`).

Example:
    >>> round(claim_rate({2025: 716.8, 2032: 2560.0}), 4)
    0.1994
    >>> definition_label("ai-video-broad")
    'AI video in the broad sense (generation, editing and analytics)'
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from videomarket import growth
from videomarket.stories import fmt

DEFINITION_LABELS = {
    "ai-video-generator": "AI video generators",
    "ai-video-broad": "AI video in the broad sense (generation, editing and analytics)",
    "text-to-video": "text-to-video",
    "adjacent": "adjacent markets (AI in film, all generative content)",
}
#: Short names for labels that sit inside a sentence or a table cell.
DEFINITION_SHORT = {
    "ai-video-generator": "AI video generators",
    "ai-video-broad": "broad AI video",
    "text-to-video": "text-to-video",
    "adjacent": "adjacent markets",
}
METRIC_LABELS = {
    "revenue": "revenue",
    "arr": "ARR",
    "run_rate": "run-rate",
    "revenue_guidance": "company guidance",
    "cumulative_revenue": "revenue since launch",
    "analyst_forecast": "broker forecast",
}

CLAIM_TABLE = {
    "edition_label": "Report edition",
    "matched": "Figures of the claim it states",
    "stated_years": "Years it states",
    "value_first": "First value",
    "value_last": "Last value",
    "implied_rate": "Growth its values imply",
    "stated_rate": "Growth it states",
    "evidence": "Evidence grade",
}
CLAIM_FORMATS = {"value_first": "usd_m", "value_last": "usd_m", "implied_rate": "pct1", "stated_rate": "pct1"}
AUDIT_TABLE = {
    "edition_label": "Report",
    "definition_label": "Market it measures",
    "region": "Region",
    "period": "Years",
    "start_value_usd_m": "First value",
    "end_value_usd_m": "Last value",
    "implied_rate": "Growth its values imply",
    "stated_rate": "Growth it states",
    "gap": "Gap",
    "evidence": "Evidence grade",
}
AUDIT_FORMATS = {"start_value_usd_m": "usd_m", "end_value_usd_m": "usd_m", "implied_rate": "pct1",
                 "stated_rate": "pct1"}
EDITION_GROWTH_TABLE = {
    "path": "Report edition",
    "first_year": "First year",
    "last_year": "Last year",
    "n_values": "Values stated",
    "first_value_usd_m": "First value",
    "last_value_usd_m": "Last value",
}
EDITION_GROWTH_FORMATS = {"first_value_usd_m": "usd_m", "last_value_usd_m": "usd_m"}
FIGURE_TABLE = {
    "company": "Company",
    "metric_label": "Figure",
    "period": "Period",
    "value_usd_m": "USD",
    "original": "As reported",
    "evidence": "Evidence grade",
    "use": "Used in the comparison?",
}
FIGURE_FORMATS = {"value_usd_m": "usd_m"}
COMPARISON_TABLE = {
    "year": "Year",
    "basis_label": "Vendor figures",
    "vendors": "Vendors (USD millions as reported)",
    "calendar_usd_m": "Calendar-year equivalent",
    "market_usd_m": "Forecast market",
    "share": "Share of the forecast",
}
COMPARISON_FORMATS = {"year": "int", "calendar_usd_m": "usd_m", "market_usd_m": "usd_m", "share": "pct"}
VENDOR_GROWTH_TABLE = {
    "company": "Company",
    "figure": "Series",
    "span": "Span",
    "change": "Change",
    "yearly": "Yearly rate (95% interval)",
}
FIT_TABLE = {
    "model": "Curve",
    "n_params": "Parameters",
    "df_resid": "Points left over",
    "value": "Value at the horizon",
    "lower": "Low",
    "upper": "High",
    "ranked": "Can the data rank it?",
}
FIT_FORMATS = {"value": "usd_m", "lower": "usd_m", "upper": "usd_m", "n_params": "int", "df_resid": "int"}


def definition_label(definition: object) -> str:
    """A market definition in plain words."""
    return DEFINITION_LABELS.get(str(definition), str(definition))


def claim_rate(claim: Mapping[int, float]) -> float:
    """The compound annual rate between the first and last year of a {year: value} claim."""
    first, last = min(claim), max(claim)
    return growth.cagr(claim[first], claim[last], last - first)


def edition_label(row: object) -> str:
    """'Fortune Business Insights, edition B' / 'Grand View Research (AI video in the broad sense)'."""
    publisher = str(_get(row, "publisher"))
    edition = str(_get(row, "edition") or "")
    if len(edition) <= 2 and edition:
        return f"{publisher}, edition {edition}"
    definition = _get(row, "definition")
    if definition and definition != "ai-video-generator":
        return f"{publisher} ({DEFINITION_SHORT.get(str(definition), str(definition))})"
    return publisher


def _get(row: object, name: str) -> object:
    return row[name] if isinstance(row, Mapping | pd.Series) else getattr(row, name, None)


def claim_table(matches: pd.DataFrame) -> pd.DataFrame:
    """The :func:`videomarket.market.match_claim` table with its reader columns."""
    return matches.assign(
        edition_label=[edition_label(r) for r in matches.itertuples()],
        implied_rate=matches["implied_cagr_pct"] / 100,
        stated_rate=matches["stated_cagr_pct"] / 100,
    )


def audit_table(audit: pd.DataFrame) -> pd.DataFrame:
    """The :func:`videomarket.market.cagr_table` with its reader columns."""
    return audit.assign(
        edition_label=[edition_label(r) for r in audit.itertuples()],
        definition_label=audit["definition"].map(definition_label),
        period=[f"{int(a)}–{int(b)}" if pd.notna(a) and pd.notna(b) else "—"
                for a, b in zip(audit["start_year"], audit["end_year"], strict=True)],
        implied_rate=audit["implied_cagr_pct"] / 100,
        stated_rate=audit["stated_cagr_pct"] / 100,
        gap=[f"{g:.1f} points" + (" (flagged)" if f else "") if pd.notna(g) else "—"
             for g, f in zip(audit["gap_pts"], audit["flagged"], strict=True)],
    )


def claim_text(claim: Mapping[int, float], claimed_rate: float, matches: pd.DataFrame) -> str:
    """What the claim's endpoints imply and which report edition states them (a
    :func:`videomarket.market.match_claim` table, best match first)."""
    first, last = min(claim), max(claim)
    text = (
        f"The quoted endpoints, {fmt.usd_m(claim[first])} in {first} and {fmt.usd_m(claim[last])} in "
        f"{last}, imply **{fmt.pct(claim_rate(claim), 1)} a year**; the quote rounds it to "
        f"{fmt.pct(claimed_rate, 0)}. "
    )
    if matches.empty or not bool(matches["all_matched"].iloc[0]):
        return text + "No report edition we hold states both figures."
    origin = matches.iloc[0]
    text += (
        f"The only report edition that states both is **{edition_label(origin)}** of the "
        f"\u201c{origin['report']}\u201d report (read secondhand, evidence grade {origin['evidence']}): "
        "its own "
        f"values, {fmt.usd_m(origin['value_first'])} and {fmt.usd_m(origin['value_last'])}, imply "
        f"{origin['implied_cagr_pct']:.1f}% a year, and it states {origin['stated_cagr_pct']:g}%."
    )
    partial = matches.iloc[1:]
    if len(partial):
        text += " " + "; ".join(
            f"{edition_label(row)} states the {row.matched} value only (its years: {row.stated_years})"
            for row in partial.itertuples()
        ) + "."
    return text


def editions_text(editions: pd.DataFrame) -> str:
    """How one publisher's editions differ (a :func:`videomarket.market.cagr_table` of one publisher):
    the reason secondary articles quote slightly different rates for what they present as one forecast."""
    ordered = editions.sort_values("edition")
    lines = [
        f"**Edition {row.edition}** ({row.start_year}–{row.end_year}, evidence grade {row.evidence}): "
        f"{fmt.usd_m(row.start_value_usd_m)} to {fmt.usd_m(row.end_value_usd_m)}, stated "
        f"{row.stated_cagr_pct:g}% a year, implied {row.implied_cagr_pct:.1f}%."
        for row in ordered.itertuples()
    ]
    changes = [
        _edition_change(before, after)
        for before, after in zip(ordered.itertuples(), ordered.iloc[1:].itertuples(), strict=False)
    ]
    text = "\n".join(f"- {line}" for line in lines)
    return text + ("\n\n" + " ".join(changes) if changes else "")


def _edition_change(before: object, after: object) -> str:
    parts = []
    if after.start_year != before.start_year:
        parts.append(f"moves the base year from {before.start_year} to {after.start_year}")
    if after.end_year != before.end_year:
        parts.append(f"moves the horizon from {before.end_year} to {after.end_year}")
    if after.start_year == before.start_year and after.start_value_usd_m == before.start_value_usd_m:
        parts.append(f"keeps the {after.start_year} value")
    rate = f"{after.stated_cagr_pct:g}% instead of {before.stated_cagr_pct:g}%"
    return f"Edition {after.edition} {', '.join(parts) or 'restates the values'}, and states {rate}."


def paths_text(paths: pd.DataFrame, definition: str, min_evidence: str) -> str:
    """How many forecast paths the chart shows, and how different the markets they measure are."""
    chosen = paths[paths["definition"] == definition]
    text = (
        f"The chart shows {fmt.count(paths['path'].nunique(), 'forecast path')} from "
        f"{fmt.count(paths['publisher'].nunique(), 'publisher')} (evidence grade {min_evidence} or better), "
        f"measuring {fmt.count(paths['definition'].nunique(), 'different market')}; "
        f"{fmt.count(chosen['path'].nunique(), 'path')} measure {definition_label(definition)}."
    )
    spread = definition_spread(paths)
    if spread is not None:
        year, low, high, ratio = spread
        text += (
            f" For {year} the paths range from {fmt.usd_m(low)} to {fmt.usd_m(high)}, a factor of "
            f"{ratio:.0f}: sizes of different markets, not estimates of one."
        )
    return text


def definition_spread(paths: pd.DataFrame) -> tuple[int, float, float, float] | None:
    """(year, lowest, highest, ratio) of the global values stated for the most-covered year."""
    world = paths[paths["region"] == "Global"]
    if world.empty:
        return None
    counts = world.groupby("year")["definition"].nunique()
    year = int(counts[counts == counts.max()].index.max())
    values = world.loc[world["year"] == year, "value_usd_m"]
    return year, float(values.min()), float(values.max()), float(values.max() / values.min())


def growth_text(result: object, claim: Mapping[int, float]) -> str:
    """The common growth rate of the editions (:class:`videomarket.market.EditionGrowth`), what it
    assumes and what its interval measures."""
    return (
        f"Fitting one growth rate to all {fmt.count(result.n_editions, 'report edition')} of "
        f"{definition_label(result.definition)} we hold ({fmt.count(result.n_values, 'stated value')}), "
        f"each edition keeping its own level, gives **{fmt.pct(result.rate)} a year** "
        f"({fmt.pct(result.lower)} to {fmt.pct(result.upper)}, a {fmt.pct(1 - result.alpha, 0)} "
        f"interval), close to the {fmt.pct(claim_rate(claim))} the quoted claim implies. The editions "
        "disagree about the market's size far more than about its pace. The interval says how well one "
        "rate fits the editions' paths, which were themselves drawn at near-constant rates; it is not the "
        "uncertainty of the market's growth, which no forecast here measures."
    )


def audit_text(audit: pd.DataFrame) -> str:
    """The reports whose stated growth rate their own first and last values do not give."""
    flagged = audit[audit["flagged"]]
    if flagged.empty:
        return f"Each of the {len(audit)} reports states the growth rate its own values give."
    return (
        f"{fmt.count(len(flagged), 'report')} of {len(audit)} "
        f"{'states a growth rate its' if len(flagged) == 1 else 'state growth rates their'} own values do "
        "not give: "
        + "; ".join(
            f"**{edition_label(row)}** states {row.stated_cagr_pct:g}% but its {row.start_year}–"
            f"{row.end_year} values imply {row.implied_cagr_pct:.1f}%"
            for row in flagged.itertuples()
        )
        + "."
    )


def figure_table(figures: pd.DataFrame) -> pd.DataFrame:
    """The :func:`videomarket.market.vendor_figures` table with its reader columns."""
    original = [
        f"{currency} {value:,.1f}M" if pd.notna(value) else "—"
        for currency, value in zip(figures["original_currency"], figures["original_value"], strict=True)
    ]
    return figures.assign(
        metric_label=figures["metric"].map(lambda m: METRIC_LABELS.get(m, m)),
        original=original,
        use=["yes" if counted else f"no: {reason}" for counted, reason in
             zip(figures["counted"], figures["reason"], strict=True)],
    )


def vendors_text(comparison: pd.DataFrame, definition: str) -> str:
    """Vendors' own figures against the forecast market: a floor, like for like, never a verdict."""
    compared = comparison.dropna(subset=["share"])
    if compared.empty:
        return (f"No year has both counted vendor figures and a forecast of {definition_label(definition)}, "
                "so the two cannot be set side by side.")
    lines = [_share_line(row) for row in compared.itertuples()]
    growth_rates = sorted({float(g) for g in compared["assumed_growth"].dropna()})
    assumption = (
        f" Run-rates (ARR) are a month's pace times twelve, not revenue over a year: to set them against a "
        f"calendar-year forecast they are converted assuming each vendor's run-rate "
        f"{'doubles' if growth_rates == [1.0] else 'grows ' + fmt.pct(growth_rates[0], 0)} each year, "
        "which makes a year-end run-rate worth about 0.72 times its value in calendar revenue; the shares "
        "are therefore approximate."
        if growth_rates else ""
    )
    return (
        "\n".join(f"- {line}" for line in lines)
        + "\n\nThese are floors: only a few vendors disclose anything, and those that do tend to be the "
          "fastest growing. They neither confirm nor refute the forecast." + assumption
    )


def _share_line(row: object) -> str:
    vendors = fmt.count(int(row.n_vendors), "vendor")
    listed = _vendor_values(row.vendors)
    if row.basis == "revenue":
        return (
            f"{row.year}: the revenue {vendors} reported for periods within the year ({listed}) comes to "
            f"at least {fmt.usd_m(row.calendar_usd_m)}, at least {fmt.pct(row.share, 0)} of the "
            f"{fmt.usd_m(row.market_usd_m)} forecast for that year"
        )
    return (
        f"{row.year}: the latest run-rates of {vendors} ({listed}), converted to calendar revenue, come to "
        f"about {fmt.usd_m(row.calendar_usd_m)}, about {fmt.pct(row.share, 0)} of the "
        f"{fmt.usd_m(row.market_usd_m)} forecast for that year"
    )


def _vendor_values(vendors: str) -> str:
    """'Runway 90.0; Synthesia 100.0' (USD millions) -> 'Runway USD 90M; Synthesia USD 100M'."""
    parts = []
    for item in str(vendors).split("; "):
        name, _, value = item.rpartition(" ")
        try:
            parts.append(f"{name} {fmt.usd_m(float(value.replace(',', ''))).replace('.0M', 'M')}")
        except ValueError:
            parts.append(item)
    return "; ".join(parts)


def vendor_growth_table(rates: pd.DataFrame) -> pd.DataFrame:
    """:func:`videomarket.market.vendor_growth` in words: the change over each span, and a yearly rate
    only where the span is a year or more."""
    rows = []
    for row in rates.itertuples():
        change = (
            f"from {_money(row.first_value, row.currency)} to {_money(row.last_value, row.currency)} "
            f"(x{row.multiple:.1f})"
        )
        yearly = (
            "not annualised (under a year)" if pd.isna(row.annual_growth)
            else f"{fmt.pct(row.annual_growth, 0)}"
            + (f" ({fmt.pct(row.lower, 0)} to {fmt.pct(row.upper, 0)})" if pd.notna(row.lower) else "")
        )
        rows.append({
            "company": row.company,
            "figure": f"{METRIC_LABELS.get(row.metric, row.metric)}, {_kind_words(row.kind)}",
            "span": f"{row.first_period} to {row.last_period} ({fmt.count(int(row.months), 'month')})",
            "change": change,
            "yearly": yearly,
            "caveat": row.caveat,
        })
    return pd.DataFrame(rows, columns=[*VENDOR_GROWTH_TABLE, "caveat"])


def _money(value: float, currency: str) -> str:
    return f"{currency} {value:,.1f}M".replace(".0M", "M")


def _kind_words(kind: str) -> str:
    return {"snapshot": "snapshots", "quarter": "quarters", "year": "years",
            "nine months": "nine-month periods"}.get(kind, kind)


def vendor_growth_text(rates: pd.DataFrame) -> str:
    """The fastest and longest vendor series in words, without annualising short spans."""
    if rates.empty:
        return "No vendor discloses two comparable figures, so no vendor growth can be shown."
    short = rates[rates["annual_growth"].isna()]
    comparable = rates[rates["caveat"].fillna("") == ""]
    lines = []
    for row in comparable.sort_values("multiple", ascending=False).head(3).itertuples():
        lines.append(
            f"{row.company}: {METRIC_LABELS.get(row.metric, row.metric)} from "
            f"{_money(row.first_value, row.currency)} to {_money(row.last_value, row.currency)} in "
            f"{fmt.count(int(row.months), 'month')}"
        )
    return (
        "The vendors that disclose grow fast: " + "; ".join(lines) + ". "
        + (f"{fmt.count(len(short), 'series', 'series')} cover less than a year and are shown as "
           "a multiple, not a yearly rate: annualising a few months of a young company's growth would "
           "multiply their noise into figures no one could use." if len(short) else "")
    )


def fits_text(fits: object, definition: str) -> str:
    """The growth-curve illustration: what was fitted, and that five points cannot rank the curves."""
    done = fits.converged
    ranked = done[done["rank"].notna()] if "rank" in done.columns else done.iloc[0:0]
    failed = "; ".join(f"{row.model}: {_after_model(row.reason)}" for row in fits.failed.itertuples())
    text = (
        f"For illustration only: curves through the {fmt.count(fits.n_points, 'per-year median')} of the "
        f"forecasts of {definition_label(definition)}. "
    )
    if done.empty:
        return text + f"None could be fitted ({failed})."
    text += (
        f"{fmt.count(len(done), 'curve')} could be fitted; at {fits.horizon} they give "
        f"{fmt.usd_m(done['value'].min())} to {fmt.usd_m(done['value'].max())}. "
    )
    if len(ranked) < 2:
        text += ("With so few points, curves with three parameters leave too few degrees of freedom for "
                 "an information criterion to rank them, so none is called best. ")
    if failed:
        text += f"Not fitted: {failed}. "
    return text + ("The medians mix editions with different base years, so the curves summarise "
                   "analysts' statements, never the market itself.")


def _after_model(reason: str) -> str:
    """'richards fit failed from 3 starting point(s): no attempt reached ...' -> 'no attempt reached ...'."""
    return str(reason).split(": ", 1)[-1]


def fit_table(fits: object) -> pd.DataFrame:
    """The fits table with a plain "can the data rank it" column."""
    table = fits.table.copy()
    table["ranked"] = [
        "yes" if pd.notna(rank) else ("no: too few points" if converged else "not fitted")
        for rank, converged in zip(table.get("rank", pd.Series(pd.NA, index=table.index)),
                                   table["converged"], strict=True)
    ]
    return table


def market_answer(result: object, matches: pd.DataFrame, claim: Mapping[int, float]) -> str:
    """The report's one-line answer."""
    first, last = min(claim), max(claim)
    found = len(matches) and bool(matches["all_matched"].iloc[0])
    source = (f"is {edition_label(matches.iloc[0])}'s forecast" if found
              else "matches no report edition we hold")
    return (
        f"The quoted \u201c{fmt.usd_m(claim[first])} in {first} to {fmt.usd_m(claim[last])} in {last}\u201d "
        f"{source}; the editions we hold agree on about {fmt.pct(result.rate)} growth a year "
        f"({fmt.pct(result.lower)} to {fmt.pct(result.upper)}) far more than on the market's size."
    )


def market_findings(
    result: object,
    matches: pd.DataFrame,
    claim: Mapping[int, float],
    paths: pd.DataFrame,
    comparison: pd.DataFrame,
    audit: pd.DataFrame,
) -> list[str]:
    """Three to five computed findings for the top of the report."""
    findings = [_claim_finding(matches, claim)]
    findings.append(
        f"One growth rate fits all {fmt.count(result.n_editions, 'edition')} of the AI-video-generator "
        f"forecasts: {fmt.pct(result.rate)} a year ({fmt.pct(result.lower)} to {fmt.pct(result.upper)}); "
        "the interval measures how closely the editions agree, not the market's uncertainty."
    )
    spread = definition_spread(paths)
    if spread is not None:
        year, low, high, ratio = spread
        findings.append(
            f"Forecasts of differently defined markets differ by a factor of {ratio:.0f} for {year} "
            f"({fmt.usd_m(low)} to {fmt.usd_m(high)}): only forecasts of one definition compare."
        )
    compared = comparison.dropna(subset=["share"])
    if not compared.empty:
        top = compared.sort_values("share").iloc[-1]
        findings.append(
            f"Vendors' own figures are a floor that neither confirms nor refutes the forecasts: in "
            f"{top['year']}, the "
            f"{'run-rates, converted to calendar revenue,' if top['basis'] == 'annualized' else 'revenue'} "
            f"of {fmt.count(int(top['n_vendors']), 'vendor')} come to "
            f"{'about' if top['basis'] == 'annualized' else 'at least'} {fmt.pct(top['share'], 0)} "
            "of the forecast market."
        )
    flagged = audit[audit["flagged"]]
    if len(flagged):
        worst = flagged.sort_values("gap_pts").iloc[-1]
        findings.append(
            f"{fmt.count(len(flagged), 'report')} of {len(audit)} "
            f"{'states a growth rate its' if len(flagged) == 1 else 'state growth rates their'} own values "
            f"do not give ({edition_label(worst)}: {worst['stated_cagr_pct']:g}% stated, "
            f"{worst['implied_cagr_pct']:.1f}% implied)."
        )
    return findings[:5]


def _claim_finding(matches: pd.DataFrame, claim: Mapping[int, float]) -> str:
    first, last = min(claim), max(claim)
    if matches.empty or not bool(matches["all_matched"].iloc[0]):
        return f"No report edition we hold states both {first} and {last} values of the quoted claim."
    origin = matches.iloc[0]
    return (
        f"The quoted claim is {edition_label(origin)}'s: {fmt.usd_m(origin['value_first'])} in {first} to "
        f"{fmt.usd_m(origin['value_last'])} in {last}, {origin['implied_cagr_pct']:.1f}% a year, read "
        f"secondhand (evidence grade {origin['evidence']})."
    )


MARKET_STALENESS = (
    "Vendors disclose figures a few times a year and analysts reissue their reports about once a year; "
    "anything published after this date is not in these tables."
)


def fan_title(fits: object) -> str:
    """The title of the growth-curve chart: an illustration, never a ranking the points cannot carry."""
    done = fits.converged
    if done.empty:
        return f"Illustration: no growth curve could be fitted to {fmt.count(fits.n_points, 'point')}"
    return (
        f"Illustration: curves through {fmt.count(fits.n_points, 'per-year median')} of the forecasts give "
        f"{fmt.usd_m(done['value'].min())} to {fmt.usd_m(done['value'].max())} in {fits.horizon}"
    )
