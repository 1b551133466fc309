"""Sentences for the market report, written from the tables of :mod:`videomarket.market`, so no number
is typed by hand and no claim is stronger than its evidence.

* The headline growth is :func:`videomarket.market.edition_growth` (one rate shared by the editions,
  each keeping its own level), worded with its interval and what the interval measures.
* Vendors' own figures are a floor on the market: run-rates are set against calendar forecasts only
  after conversion over a range of growth assumptions (the floor is its lowest value), and nothing here
  says a forecast is too low or too high.
* Forecasts are named by the intermediaries that relay them; period codes, report ids and path
  labels are put in words (:func:`period_words`, :func:`report_title`, :func:`path_label`).

The ``*_TABLE`` dictionaries are the columns a reader sees of each table, with plain headers, and the
``*_FORMATS`` how to show them (for :func:`videomarket.plots.table`).

Example:
    >>> round(claim_rate({2025: 716.8, 2032: 2560.0}), 4)
    0.1994
    >>> definition_label("ai-video-broad")
    'AI video in the broad sense (generation, editing and analytics)'
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from videomarket import growth, market
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
    "matched": "Figures of the quote it states",
    "stated_years": "Years it states",
    "value_first": "Value, first year of the quote",
    "value_last": "Value, last year of the quote",
    "implied_rate": "Growth its values imply",
    "stated_rate": "Growth it states",
    "evidence": "Evidence grade",
    "relayed_by": "Relayed by",
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
    "check": "Stated minus implied",
    "evidence": "Evidence grade",
    "relayed_by": "Relayed by",
}
AUDIT_FORMATS = {"start_value_usd_m": "usd_m", "end_value_usd_m": "usd_m", "implied_rate": "pct1",
                 "stated_rate": "pct1"}
EDITION_GROWTH_TABLE = {
    "forecast": "Forecast",
    "first_year": "First year",
    "last_year": "Last year",
    "n_values": "Values stated",
    "first_value_usd_m": "First value",
    "last_value_usd_m": "Last value",
    "implied_rate": "Growth its values imply",
    "stated_rate": "Growth it states",
    "evidence": "Evidence grade",
    "relayed_by": "Relayed by",
}
EDITION_GROWTH_FORMATS = {"first_year": "int", "last_year": "int", "n_values": "int",
                          "first_value_usd_m": "usd_m", "last_value_usd_m": "usd_m", "implied_rate": "pct1",
                          "stated_rate": "pct1"}
FIGURE_TABLE = {
    "company": "Company",
    "metric_label": "Figure",
    "period_label": "Period",
    "value_usd_m": "USD",
    "original": "As reported",
    "evidence": "Evidence grade",
    "source": "Source",
    "use": "Used in the comparison?",
}
FIGURE_FORMATS = {"value_usd_m": "usd_m"}
COMPARISON_TABLE = {
    "year": "Year",
    "basis_label": "Vendor figures",
    "vendor_list": "Vendors (as reported)",
    "vendor_total_usd_m": "Sum as reported",
    "calendar_low_usd_m": "Calendar revenue: floor",
    "calendar_usd_m": "If doubling a year",
    "calendar_high_usd_m": "Highest",
    "forecast": "Forecast for the year",
    "floor_share": "Floor as a share of the forecast",
}
COMPARISON_FORMATS = {"year": "int", "vendor_total_usd_m": "usd_m", "calendar_low_usd_m": "usd_m",
                      "calendar_usd_m": "usd_m", "calendar_high_usd_m": "usd_m"}
VENDOR_GROWTH_TABLE = {
    "company": "Company",
    "figure": "Series",
    "span": "Span",
    "change": "Change",
    "yearly": "A year",
}
_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def definition_label(definition: object) -> str:
    """A market definition in plain words."""
    return DEFINITION_LABELS.get(str(definition), str(definition))


def claim_rate(claim: Mapping[int, float]) -> float:
    """The compound annual rate between the first and last year of a {year: value} claim."""
    first, last = min(claim), max(claim)
    return growth.cagr(claim[first], claim[last], last - first)


def number_word(n: int) -> str:
    """'one' ... 'nine' for small counts, digits beyond: number_word(3) -> 'three'."""
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else fmt.number(n)


def edition_label(row: object) -> str:
    """'Fortune Business Insights, edition B' / 'Grand View Research (broad AI video)'."""
    publisher = str(_get(row, "publisher"))
    edition = str(_get(row, "edition") or "")
    if len(edition) <= 2 and edition:
        return f"{publisher}, edition {edition}"
    definition = _get(row, "definition")
    if definition and definition != "ai-video-generator":
        return f"{publisher} ({DEFINITION_SHORT.get(str(definition), str(definition))})"
    return publisher


def path_label(path: object) -> str:
    """A :func:`videomarket.market.forecast_paths` label in words: 'Fortune Business Insights ed. B' ->
    'Fortune Business Insights, edition B'; a '[definition]' tag is dropped, a region kept.

    >>> path_label("Fortune Business Insights ed. C"), path_label("Grand View Research [ai-video-broad]")
    ('Fortune Business Insights, edition C', 'Grand View Research')
    """
    text = re.sub(r"\s*\[[^\]]*\]$", "", str(path))
    return text.replace(" ed. ", ", edition ")


def report_title(report: object) -> str:
    """A report's title without the publisher's catalogue id: 'AI Video Generator Market (report
    110060)' -> 'AI Video Generator Market'.

    >>> report_title("AI Video Generator Market (ai-video-generator-market-report)")
    'AI Video Generator Market'
    """
    return re.sub(r"\s*\((report \d+|[a-z0-9]+(-[a-z0-9]+)+)\)$", "", str(report))


def _get(row: object, name: str) -> object:
    return row[name] if isinstance(row, Mapping | pd.Series) else getattr(row, name, None)


_ARCHIVED_FILE = r"^https://github\.com/([^/]+/[^/]+)/blob/"


def relayed_by(source_ids: object, sources: pd.DataFrame) -> str:
    """Who a figure reaches us through, in words: 'GitHub file (owner/repository)' for a file of a
    public repository, else the source's publisher; several sources joined with '; '.

    >>> s = pd.DataFrame({"source_id": ["g", "w"], "publisher": ["x (GitHub)", "Ginger Liu (Substack)"],
    ...     "url": ["https://github.com/kangise/roadmap/blob/2a78/ch.md", "https://gingerliu.example/p"]})
    >>> relayed_by("g; w", s)
    'GitHub file (kangise/roadmap); Ginger Liu (Substack)'
    """
    by_id = sources.set_index(sources["source_id"].astype(str))
    names = []
    for sid in (part.strip() for part in str(source_ids).split(";") if part.strip()):
        if sid not in by_id.index:
            raise ValueError(f"relayed_by: source id {sid!r} is not in the sources table")
        kind, name = _relay(by_id.loc[sid])
        names.append(f"GitHub file ({name})" if kind == "github" else name)
    return "; ".join(dict.fromkeys(names))


def _relay(source: pd.Series) -> tuple[str, str]:
    found = re.match(_ARCHIVED_FILE, str(source.get("url", "")))
    return ("github", found.group(1)) if found else ("web", str(source.get("publisher", "")))


def published_words(published: object) -> str:
    """A publication date as the sources give it, in words: '2026-07-31' -> '31 July 2026', '2026-07' ->
    'July 2026', '2026' -> '2026'."""
    text = str(published)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return fmt.day(text)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return fmt.month(f"{text}-01")
    return text


def period_words(period: object) -> str:
    """A period code of the company-metrics table in words.

    >>> period_words("9M2025"), period_words("2025-Q2"), period_words("2026 (stated 2026-05-28)")
    ('Jan–Sep 2025', 'Q2 2025', '2026, stated 28 May 2026')
    >>> period_words("FY2025 (broker 2Q25 preview)"), period_words("launch-2025-02")
    ('full year 2025, broker preview of Q2 2025 results', 'from launch to February 2025')
    """
    text = str(period).strip()
    main, _, note = text.partition(" (")
    words = _period_main(main)
    note = note.removesuffix(")")
    if not note:
        return words
    if note == "approx.":
        return f"about {words}"
    note = re.sub(r"\b([1-4])Q(\d{2})\b", r"Q\1 20\2 results", note)
    note = re.sub(r"^broker (Q\d \d{4} results) preview$", r"broker preview of \1", note)
    return f"{words}, {_dates_in_words(note)}"


def _period_main(main: str) -> str:
    if found := re.fullmatch(r"(\d{4})-Q([1-4])", main):
        return f"Q{found[2]} {found[1]}"
    if found := re.fullmatch(r"9M(\d{4})", main):
        return f"Jan–Sep {found[1]}"
    if found := re.fullmatch(r"FY(\d{4})", main):
        return f"full year {found[1]}"
    if found := re.fullmatch(r"launch-(\d{4}-\d{2})", main):
        return f"from launch to {published_words(found[1])}"
    if found := re.fullmatch(r"lifetime to (\d{4}-\d{2}-\d{2})", main):
        return f"from launch to {published_words(found[1])}"
    return _dates_in_words(main)


def _dates_in_words(text: str) -> str:
    """ISO dates and months inside a text in words: 'guided 2025-11' -> 'guided November 2025'."""
    return re.sub(r"\b\d{4}-\d{2}(-\d{2})?\b", lambda found: published_words(found[0]), text)


def figure_label(metric: object, note: object = "") -> str:
    """What a vendor figure measures, in words, from its metric and the note that qualifies it: app-store
    spending estimated by Appfigures is said to be that, not the company's revenue.

    >>> figure_label("run_rate"), figure_label("cumulative_revenue", "Appfigures estimate of spending")
    ('run-rate', 'app-store spending since launch (Appfigures estimate, not company revenue)')
    """
    text = str(note) if isinstance(note, str) else ""
    if "Appfigures estimate" in text:
        return "app-store spending since launch (Appfigures estimate, not company revenue)"
    label = METRIC_LABELS.get(str(metric), str(metric))
    if "source of the figure not shown" in text:
        return f"{label} (as quoted; its source not shown)"
    return label


def claim_table(matches: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The :func:`videomarket.market.match_claim` table with its reader columns (who relays each)."""
    return matches.assign(
        edition_label=[edition_label(r) for r in matches.itertuples()],
        implied_rate=matches["implied_cagr_pct"] / 100,
        stated_rate=matches["stated_cagr_pct"] / 100,
        relayed_by=[relayed_by(ids, sources) for ids in matches["source_id"]],
    )


def audit_table(audit: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The :func:`videomarket.market.cagr_table` with its reader columns."""
    return audit.assign(
        edition_label=[edition_label(r) for r in audit.itertuples()],
        definition_label=audit["definition"].map(definition_label),
        period=[_years(a, b) for a, b in zip(audit["start_year"], audit["end_year"], strict=True)],
        implied_rate=audit["implied_cagr_pct"] / 100,
        stated_rate=audit["stated_cagr_pct"] / 100,
        check=[_check_words(row) for row in audit.itertuples()],
        relayed_by=[relayed_by(ids, sources) for ids in audit["source_id"]],
    )


def _years(first: object, last: object) -> str:
    if pd.isna(first) or pd.isna(last):
        return "—"
    return str(int(first)) if int(first) == int(last) else f"{int(first)}–{int(last)}"


def _check_words(row: object) -> str:
    if bool(row.checkable):
        gap = f"{row.gap_pts:+.1f}" if round(row.gap_pts, 1) != 0 else "0.0"
        return f"{gap} points" + (", flagged" if bool(row.flagged) else "")
    return f"not checkable: {_not_checkable_reason(row)}"


def _not_checkable_reason(row: object) -> str:
    if str(row.endpoints).startswith("one year only"):
        return "one value only"
    if pd.isna(row.stated_cagr_pct):
        return "no stated rate"
    return "no values for the years its rate covers"


def edition_growth_table(result: object, sources: pd.DataFrame) -> pd.DataFrame:
    """The forecasts in the common-rate fit (:class:`videomarket.market.EditionGrowth`) with their reader
    columns: each forecast in words, the rates its values imply and it states, and who relays it."""
    editions = result.editions
    return editions.assign(
        forecast=editions["path"].map(path_label),
        relayed_by=[relayed_by(ids, sources) for ids in editions["source_ids"]],
    )


def claim_text(claim: Mapping[int, float], claimed_rate: float, matches: pd.DataFrame) -> str:
    """What the claim's endpoints imply, which report edition's figures they match (an attribution, as
    reconstructed, not a fact) and why one quote gets several growth rates."""
    first, last = min(claim), max(claim)
    text = (
        f"The quoted endpoints, {fmt.usd_m(claim[first], 4)} in {first} and {fmt.usd_m(claim[last], 4)} in "
        f"{last}, imply **{fmt.pct(claim_rate(claim), 1)} a year**; the quote rounds it to "
        f"{fmt.pct(claimed_rate, 0)}. "
    )
    if matches.empty or not bool(matches["all_matched"].iloc[0]):
        return text + "No report edition we hold states both figures."
    origin = matches.iloc[0]
    text += (
        f"They match the figures attributed to **{origin['publisher']}** (edition {origin['edition']}, as "
        f"reconstructed here) in its \u201c{report_title(origin['report'])}\u201d report, which we read "
        f"secondhand (evidence grade {origin['evidence']}). "
    )
    unrounded = [(year, origin[column]) for year, column in ((first, "value_first"), (last, "value_last"))
                 if abs(origin[column] - claim[year]) > 1e-9]
    if unrounded:
        year, value = unrounded[-1]
        text += (
            f"That edition gives the {year} value unrounded, {_quoted(value)}, which gives "
            f"{origin['implied_cagr_pct']:.1f}% a year, and it states {origin['stated_cagr_pct']:g}%: the "
            "different rates come from rounding the same figures. "
        )
    partial = matches.iloc[1:]
    if len(partial):
        text += "; ".join(
            f"{edition_label(row)} states the {row.matched} value only (its years: {row.stated_years})"
            for row in partial.itertuples()
        ) + "."
    return text.strip()


def _quoted(value_usd_m: float) -> str:
    """A figure as stated, unrounded: 'USD 716.8M', 'USD 2,562.9M'."""
    decimals = 0 if float(value_usd_m).is_integer() else 1
    return f"USD {fmt.number(value_usd_m, decimals)}M"


def relay_text(matches: pd.DataFrame, sources: pd.DataFrame) -> str:
    """How the quoted figures reach us: through named intermediaries, never the analyst's report."""
    if matches.empty:
        return ""
    parts, kinds = [], []
    for row in matches.itertuples():
        for sid in (p.strip() for p in str(row.source_id).split(";") if p.strip()):
            kind, name = _relay(sources.set_index(sources["source_id"].astype(str)).loc[sid])
            kinds.append(kind)
            parts.append(f"{edition_label(row)}: {name}")
    files, pages = kinds.count("github"), kinds.count("web")
    what = " and ".join(
        text for text in (fmt.count(files, "file in a public GitHub repository", "files in public GitHub "
                                    "repositories") if files else "",
                          fmt.count(pages, "web page") if pages else "") if text
    )
    return (
        "None of these figures was read in the analyst's own report: they reach us through named "
        f"intermediaries, {what} ({'; '.join(parts)})."
    )


def editions_text(editions: pd.DataFrame) -> str:
    """How one publisher's editions differ (a :func:`videomarket.market.cagr_table` of one publisher):
    the reason secondary articles quote slightly different rates for what they present as one forecast."""
    ordered = editions.sort_values("edition")
    lines = [
        f"**Edition {row.edition}** ({row.start_year}–{row.end_year}, evidence grade {row.evidence}"
        f"{_published_part(row)}): {fmt.usd_m(row.start_value_usd_m)} to {fmt.usd_m(row.end_value_usd_m)}, "
        f"stated {row.stated_cagr_pct:g}% a year, implied {row.implied_cagr_pct:.1f}%."
        for row in ordered.itertuples()
    ]
    changes = [
        _edition_change(before, after)
        for before, after in zip(ordered.itertuples(), ordered.iloc[1:].itertuples(), strict=False)
    ]
    text = "\n".join(f"- {line}" for line in lines)
    text += "\n\n" + " ".join(changes) if changes else ""
    if "published" not in ordered or ordered["published"].isna().all():
        text += " None of our sources gives these editions' publication dates."
    return text


def _published_part(row: object) -> str:
    published = getattr(row, "published", None)
    return f", published {published_words(published)}" if isinstance(published, str) and published else ""


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


def edition_drift(editions: pd.DataFrame) -> str:
    """How one publisher's stated rate moved as its base year and horizon moved, in one sentence."""
    ordered = editions.sort_values("edition")
    steps = [
        f"{row.stated_cagr_pct:g}% in edition {row.edition} ({row.start_year}–{row.end_year}"
        + (f", grade {row.evidence})" if row.evidence != ordered["evidence"].min() else ")")
        for row in ordered.itertuples()
    ]
    listed = ", ".join(steps[:-1]) + f" and {steps[-1]}" if len(steps) > 1 else steps[0]
    publisher = _possessive(ordered["publisher"].iloc[0])
    return f"{publisher} stated rate moved as its base year and horizon moved: {listed}."


def paths_text(paths: pd.DataFrame, definition: str, min_evidence: str) -> str:
    """How many forecasts the chart shows, and how different the markets they measure are."""
    chosen = paths[paths["definition"] == definition]
    text = (
        f"The chart shows {fmt.count(paths['path'].nunique(), 'forecast')} from "
        f"{fmt.count(paths['publisher'].nunique(), 'publisher')} (evidence grade {min_evidence} or better), "
        f"measuring {fmt.count(paths['definition'].nunique(), 'different market')}; "
        f"{fmt.count(chosen['path'].nunique(), 'forecast')} measure {definition_label(definition)}."
    )
    spread = definition_spread(paths)
    if spread is not None:
        year, low, high, ratio = spread
        text += (
            f" For {year} the forecasts range from {fmt.usd_m(low)} to {fmt.usd_m(high)}, a factor of "
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


def forecasts_in_fit(result: object) -> str:
    """The forecasts of the common-rate fit in words, counted per publisher: 'three forecasts (two
    Fortune Business Insights editions and one Grand View Research report)'."""
    publishers = result.editions["publisher"].astype(str)
    unattributed = publishers.str.startswith("Unattributed")
    per_publisher = publishers[~unattributed].value_counts(sort=False)
    parts = [
        f"{number_word(int(n))} {publisher} {'editions' if n > 1 else 'report'}"
        for publisher, n in per_publisher.sort_values(ascending=False, kind="stable").items()
    ]
    if unattributed.any():
        n = int(unattributed.sum())
        parts.append(f"{number_word(n)} unattributed {'forecasts' if n > 1 else 'forecast'}")
    listed = ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else parts[0]
    return f"{number_word(result.n_editions)} forecasts ({listed})"


def own_rates(result: object) -> tuple[float, float, float, float]:
    """(lowest, highest) rate the fitted forecasts' own first and last values imply, then (lowest,
    highest) rate they state: the plain range beside the common rate."""
    implied, stated = result.editions["implied_rate"].dropna(), result.editions["stated_rate"].dropna()
    return float(implied.min()), float(implied.max()), float(stated.min()), float(stated.max())


def growth_text(result: object, claim: Mapping[int, float]) -> str:
    """The common growth rate of the forecasts (:class:`videomarket.market.EditionGrowth`), beside the
    plain range of their own rates, with what the interval assumes and measures and what was left out."""
    low, high, stated_low, stated_high = own_rates(result)
    text = (
        f"Fitting one growth rate to {forecasts_in_fit(result)}, "
        f"{fmt.count(result.n_values, 'stated value')} in all, each forecast keeping its own level, gives "
        f"**{fmt.pct(result.rate)} a year** "
        f"({fmt.pct(1 - result.alpha, 0)} interval {fmt.pct(result.lower)} to {fmt.pct(result.upper)}), "
        f"close to the {fmt.pct(claim_rate(claim))} the quote implies. Taken one at a time, their own first "
        f"and last values imply {fmt.pct(low)} to {fmt.pct(high)} a year (they state {fmt.pct(stated_low)} "
        f"to {fmt.pct(stated_high)}). The interval assumes the forecasts' deviations from one common rate "
        "are independent; it measures how well one common rate fits these forecasts, not the uncertainty "
        "of the market's growth, which no forecast here measures."
    )
    return text + _left_out_text(result)


def _left_out_text(result: object) -> str:
    left = result.left_out
    if left is None or left.empty:
        return ""
    unattributed = left["publisher"].astype(str).str.startswith("Unattributed")
    named = [edition_label(row) for row in left[~unattributed].itertuples()]
    if unattributed.any():
        named.append(fmt.count(int(unattributed.sum()), "unattributed forecast"))
    listed = ", ".join(named[:-1]) + f" and {named[-1]}" if len(named) > 1 else named[0]
    reasons = sorted(set(left["reason"]))
    return f" Not in the fit: {listed} ({'; '.join(reasons)})."


def audit_text(audit: pd.DataFrame) -> str:
    """The reports whose stated growth rate their own values do not give, counted among those that can be
    checked; where the source does not say which years a flagged rate covers, what a period starting a
    year later would need."""
    checkable = audit[audit["checkable"]]
    flagged = audit[audit["flagged"]]
    unchecked = audit[~audit["checkable"]]
    text = f"Of the {len(audit)} reports, {len(checkable)} can be checked"
    if len(unchecked):
        text += " (not " + "; ".join(
            f"{_audit_label(row)}: {_not_checkable_reason(row)}" for row in unchecked.itertuples()) + ")"
    if flagged.empty:
        return text + "; each of them states the growth rate its own values give."
    text += (
        f". {len(flagged)} of {len(checkable)} checkable "
        f"{'states a growth rate its' if len(flagged) == 1 else 'state growth rates their'} own values do "
        "not give: "
        + "; ".join(
            f"**{_audit_label(row)}** states {row.stated_cagr_pct:g}% but its {row.start_year}–"
            f"{row.end_year} values imply {row.implied_cagr_pct:.1f}%"
            for row in flagged.itertuples()
        )
        + "."
    )
    for row in flagged.itertuples():
        if str(row.endpoints).endswith("(no stated CAGR period)") and row.end_year - row.start_year > 1:
            years = row.end_year - row.start_year - 1
            needed = row.end_value_usd_m / (1 + row.stated_cagr_pct / 100) ** years
            text += (
                f" Our source does not say which years the {row.stated_cagr_pct:g}% covers: over "
                f"{row.start_year + 1}–{row.end_year} it would need a {row.start_year + 1} value of about "
                f"{fmt.usd_m(needed)}, which none of our sources gives."
            )
    return text


def _audit_label(row: object) -> str:
    region = str(getattr(row, "region", "Global"))
    return edition_label(row) + ("" if region in ("Global", "", "nan") else f", {region}")


def figure_table(figures: pd.DataFrame, comparison: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The :func:`videomarket.market.vendor_figures` table with its reader columns, the figures used in the
    comparison first."""
    compared = set(comparison.dropna(subset=["market_usd_m"])["year"].astype(int))
    notes = figures["note"] if "note" in figures else pd.Series("", index=figures.index)
    use, order = [], []
    for counted, year, reason in zip(figures["counted"], figures["year"], figures["reason"], strict=True):
        if counted and int(year) in compared:
            use.append("yes")
            order.append(0)
        elif counted:
            use.append(f"no forecast for {int(year)} (on the chart only)")
            order.append(1)
        else:
            use.append(f"no: {reason}")
            order.append(2)
    table = figures.assign(
        metric_label=[figure_label(m, n) for m, n in zip(figures["metric"], notes, strict=True)],
        period_label=figures["period"].map(period_words),
        original=[fmt.money_m(v, c) if pd.notna(v) else "—"
                  for c, v in zip(figures["original_currency"], figures["original_value"], strict=True)],
        source=[relayed_by(sid, sources) for sid in figures["source_id"]],
        use=use,
        _order=order,
    )
    return table.sort_values(["_order", "company", "period_end"], kind="stable").drop(columns="_order")


def _forecast_words(row: object) -> str:
    """'USD 847M (Fortune Business Insights, edition C)' or 'USD 717M to USD 789M (Fortune Business
    Insights, editions B and C; Grand View Research)'."""
    names = _publishers_words(getattr(row, "forecast_paths", None))
    named = f" ({names})" if names else ""
    if int(row.n_publishers) <= 1 or row.market_low == row.market_high:
        return f"{fmt.usd_m(row.market_low)}{named}"
    return f"{fmt.usd_m(row.market_low)} to {fmt.usd_m(row.market_high)}{named}"


def _publishers_words(paths: object) -> str:
    """'Fortune Business Insights ed. B; Fortune Business Insights ed. C; Grand View Research' ->
    'Fortune Business Insights, editions B and C; Grand View Research'."""
    if not isinstance(paths, str) or not paths:
        return ""
    editions: dict[str, list[str]] = {}
    for path in (path_label(p.strip()) for p in paths.split(";")):
        publisher, _, edition = path.partition(", edition ")
        editions.setdefault(publisher, [])
        if edition:
            editions[publisher].append(edition)
    parts = []
    for publisher, found in editions.items():
        if len(found) == 1:
            parts.append(f"{publisher}, edition {found[0]}")
        elif found:
            parts.append(f"{publisher}, editions {', '.join(found[:-1])} and {found[-1]}")
        else:
            parts.append(publisher)
    return "; ".join(parts)


def _share_words(low: float, high: float) -> str:
    low_text, high_text = fmt.pct(low, 0), fmt.pct(high, 0)
    return low_text if low_text == high_text else f"{low_text} to {high_text}"


def comparison_table(comparison: pd.DataFrame) -> pd.DataFrame:
    """:func:`videomarket.market.vendor_vs_market` for a reader: the years with a forecast, the vendors'
    figures as reported, their calendar-revenue range and the floor as a share of the forecast."""
    compared = comparison.dropna(subset=["market_usd_m"]).sort_values(["year", "basis"])
    return compared.assign(
        basis_label=compared["basis"].map({"revenue": "revenue within the year",
                                           "annualized": "run-rates and ARR (latest in the year)"}),
        vendor_list=compared["vendors"].map(_vendor_values),
        forecast=[_forecast_words(row) for row in compared.itertuples()],
        floor_share=[_share_words(row.floor_share_low, row.floor_share_high)
                     for row in compared.itertuples()],
    )


def _vendor_values(vendors: str) -> str:
    """'Runway 90.0; Synthesia 100.0' (USD millions) -> 'Runway USD 90M; Synthesia USD 100M'."""
    parts = []
    for item in str(vendors).split("; "):
        name, _, value = item.rpartition(" ")
        try:
            parts.append(f"{name} {fmt.usd_m(float(value.replace(',', '')))}")
        except ValueError:
            parts.append(item)
    return "; ".join(parts)


def vendors_text(comparison: pd.DataFrame, figures: pd.DataFrame) -> str:
    """Vendors' own figures against the forecast market, like for like: the floor of each year under a
    range of growth assumptions, what it implies and does not, and which figures stay out and why."""
    compared = comparison.dropna(subset=["market_usd_m"]).sort_values(["year", "basis"],
                                                                     ascending=[False, True])
    if compared.empty:
        return ("No year has both counted vendor figures and a forecast, so the two cannot be set side by "
                "side.")
    lines = [_floor_line(row, figures) for row in compared.itertuples()]
    top = compared.sort_values("floor_share_low").iloc[-1]
    meaning = (
        "These are floors from the few vendors that disclose: they neither confirm nor refute the forecast."
    )
    if top["floor_share_low"] >= 0.5:
        meaning += (
            f" Still, {number_word(int(top['n_vendors']))} vendors alone already reach most of the "
            f"{top['year']} forecast, so either the market is larger than that forecast or its definition "
            "leaves out products like theirs (avatar video, models sold through APIs)."
        )
    left_out = _left_out_figures(figures, int(compared["year"].max()))
    return "\n".join(f"- {line}" for line in lines) + "\n\n" + meaning + left_out


def _floor_line(row: object, figures: pd.DataFrame) -> str:
    counted = figures[figures["counted"] & (figures["year"] == row.year) & (figures["basis"] == row.basis)]
    per_company = []
    for company, group in counted.sort_values(["company", "period_end"]).groupby("company", sort=True):
        values = [f"{fmt.usd_m(r.value_usd_m)} ({period_words(r.period)}; grade {r.evidence})"
                  for r in group.itertuples()]
        per_company.append(f"{company} {_and(values)}")
    vendors = number_word(int(row.n_vendors)) + (" vendor" if int(row.n_vendors) == 1 else " vendors")
    share = _floor_share_words(row)
    if row.basis == "revenue":
        return (
            f"**{row.year}**, revenue {vendors} reported for periods within the year: "
            f"{_and(per_company)}. Together at least {fmt.usd_m(row.calendar_low_usd_m)}: {share}."
        )
    return (
        f"**{row.year}**, latest run-rates and ARR of {vendors}: {_and(per_company)}. As calendar revenue "
        f"they give {fmt.usd_m(row.calendar_low_usd_m)} to {fmt.usd_m(row.calendar_high_usd_m)} for any "
        f"growth between {_growth_words(row.growth_low)} and {_growth_words(row.growth_high)} "
        f"({fmt.usd_m(row.calendar_usd_m)} if {_growth_words(row.assumed_growth)}); the floor, "
        f"{fmt.usd_m(row.calendar_low_usd_m)}, is {share}."
    )


def _floor_share_words(row: object) -> str:
    """'at least 77% of the forecast for that year, USD 847M (...)' or, against several publishers'
    forecasts, 'at least 24% of the highest and 27% of the lowest of the two forecasts for that year, ...'."""
    low, high = _get(row, "floor_share_low"), _get(row, "floor_share_high")
    forecast = _forecast_words(row)
    if fmt.pct(low, 0) == fmt.pct(high, 0):
        return f"at least {fmt.pct(low, 0)} of the forecast for that year, {forecast}"
    n = int(_get(row, "n_publishers"))
    ends = ("higher", "lower") if n == 2 else ("highest", "lowest")
    return (f"at least {fmt.pct(low, 0)} of the {ends[0]} and {fmt.pct(high, 0)} of the {ends[1]} of the "
            f"{number_word(n)} forecasts for that year, {forecast}")


def _and(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return ", ".join(items[:-1]) + f" and {items[-1]}" if len(items) > 1 else (items[0] if items else "")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _possessive(name: str) -> str:
    """"Runway's", "Fortune Business Insights'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _growth_words(annual_growth: float) -> str:
    """0.0 -> 'flat', 1.0 -> 'doubling a year', 2.0 -> 'tripling a year', 0.5 -> '50% a year'."""
    names = {0.0: "flat", 1.0: "doubling a year", 2.0: "tripling a year"}
    return names.get(float(annual_growth), f"{fmt.pct(annual_growth, 0)} a year")


def _left_out_figures(figures: pd.DataFrame, year: int) -> str:
    """Figures of ``year`` left out for want of a sourced exchange rate, and vendors counted before but
    without a figure in ``year``: both say why the floor is a floor."""
    text = ""
    no_rate = figures[(figures["year"] == year) & figures["reason"].str.startswith("no USD value")
                      & (figures["basis"] != "")]
    for row in no_rate.itertuples():
        text += (
            f" {_possessive(row.company)} {METRIC_LABELS.get(row.metric, row.metric)} of "
            f"{fmt.money_m(row.original_value, row.original_currency)} for {period_words(row.period)} "
            f"(grade {row.evidence}) stays out: our data hold no sourced {row.original_currency}-to-USD rate "
            f"for {year}, and we do not make one up."
        )
    counted = figures[figures["counted"]]
    now = set(counted.loc[counted["year"] == year, "company"])
    before = counted[(counted["year"] < year) & ~counted["company"].isin(now)].sort_values("period_end")
    last = before.groupby("company", sort=False).tail(1).sort_values("period_end", ascending=False)
    if len(last):
        names = [f"{row.company} (last figure {period_words(row.period)})" for row in last.itertuples()]
        listed = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]
        text += (
            f" {listed} {'has' if len(names) == 1 else 'have'} no {year} figure in our data, so the {year} "
            f"floor leaves {'it' if len(names) == 1 else 'them'} out."
        )
    return text


def vendor_growth_table(rates: pd.DataFrame) -> pd.DataFrame:
    """:func:`videomarket.market.vendor_growth` in words, like-for-like series only (group revenue that
    is not video-only is left out): the change over each span, and a yearly rate only for spans of a
    year or more, said how it was computed."""
    rows = []
    for row in rates[rates["caveat"].fillna("") == ""].itertuples():
        change = (
            f"from {fmt.money_m(row.first_value, row.currency)} to "
            f"{fmt.money_m(row.last_value, row.currency)} in {fmt.count(int(row.months), 'month')} "
            f"(×{row.multiple:.1f})"
        )
        yearly = (
            "not annualised (under 12 months)" if pd.isna(row.endpoint_rate)
            else f"×{row.multiple:.1f} over {fmt.count(int(row.months), 'month')} = "
                 f"{_signed_pct(row.endpoint_rate)} a year"
        )
        rows.append({
            "company": row.company,
            "figure": f"{METRIC_LABELS.get(row.metric, row.metric)}, {_kind_words(row.kind)}",
            "span": f"{period_words(row.first_period)} to {period_words(row.last_period)}",
            "change": change,
            "yearly": yearly,
        })
    return pd.DataFrame(rows, columns=list(VENDOR_GROWTH_TABLE))


def _signed_pct(fraction: float) -> str:
    return ("+" if fraction >= 0 else "") + fmt.pct(fraction, 0)


def _kind_words(kind: str) -> str:
    return {"snapshot": "snapshots", "quarter": "quarters", "year": "full years",
            "nine months": "nine-month periods"}.get(kind, kind)


def vendor_growth_text(rates: pd.DataFrame) -> str:
    """The vendors' growth in words: multiples over each span, a yearly rate only for a year or more,
    and which series are left out as not like for like."""
    if rates.empty:
        return "No vendor discloses two comparable figures, so no vendor growth can be shown."
    comparable = rates[rates["caveat"].fillna("") == ""]
    left = rates[rates["caveat"].fillna("") != ""]
    lines = [
        f"{_possessive(row.company)} {METRIC_LABELS.get(row.metric, row.metric)} went from "
        f"{fmt.money_m(row.first_value, row.currency)} to {fmt.money_m(row.last_value, row.currency)} in "
        f"{fmt.count(int(row.months), 'month')} (×{row.multiple:.1f})"
        for row in comparable.sort_values("multiple", ascending=False).itertuples()
    ]
    text = "; ".join(lines) + "."
    text = text[0].upper() + text[1:]
    short = comparable["endpoint_rate"].isna().sum()
    if short:
        text += (
            f" {fmt.count(int(short), 'series', 'series')} cover less than 12 months and are shown as a "
            "multiple only; a yearly rate is given for spans of 12 months or more, from the first and last "
            "values."
        )
    if len(left):
        text += " Left out as not like for like: " + "; ".join(
            f"{row.company}, {row.caveat}" for row in left.drop_duplicates("company").itertuples()) + "."
    return text


def market_answer(result: object, matches: pd.DataFrame, comparison: pd.DataFrame,
                  claimed_rate: float) -> str:
    """The report's answer to "does the quoted rate hold up?", in two short sentences."""
    low, high, _, _ = own_rates(result)
    holds = round(low, 3) - 0.005 <= claimed_rate <= round(high, 3) + 0.005
    traced = int(result.editions["implied_rate"].notna().sum())
    first = (
        f"{'Yes' if holds else 'No'}, as a summary of the analysts' forecasts: the "
        f"{number_word(traced)} forecasts we can trace imply {fmt.pct(low)} to {fmt.pct(high)} a year."
    )
    compared = comparison.dropna(subset=["market_usd_m"])
    if compared.empty:
        return first + " No one has measured the market itself, and no vendor figure can be set against it."
    top = compared.sort_values("floor_share_low").iloc[-1]
    return (
        f"{first} No one has measured the market itself; vendors' own figures are a floor (at least "
        f"{fmt.pct(top['floor_share_low'], 0)} of the {top['year']} forecast from "
        f"{number_word(int(top['n_vendors']))} {'vendor' if int(top['n_vendors']) == 1 else 'vendors'}) "
        "that neither confirms nor refutes it."
    )


def market_findings(
    result: object,
    matches: pd.DataFrame,
    claim: Mapping[int, float],
    editions: pd.DataFrame,
    comparison: pd.DataFrame,
    audit: pd.DataFrame,
    sources: pd.DataFrame,
) -> list[str]:
    """Three to five computed findings for the top of the report."""
    findings = [_claim_finding(matches, claim, sources)]
    low, high, _, _ = own_rates(result)
    findings.append(
        f"{_capital(forecasts_in_fit(result))} imply {fmt.pct(low)} to {fmt.pct(high)} a year; one "
        f"common rate fits them at {fmt.pct(result.rate)} ({fmt.pct(1 - result.alpha, 0)} interval "
        f"{fmt.pct(result.lower)} to {fmt.pct(result.upper)}, assuming their deviations are independent: "
        "how well one rate fits them, not the market's uncertainty)."
    )
    if len(editions) > 1:
        findings.append(edition_drift(editions))
    compared = comparison.dropna(subset=["market_usd_m"])
    if not compared.empty:
        top = compared.sort_values("floor_share_low").iloc[-1]
        counted = top["vendors"]
        names = ", ".join(item.rpartition(" ")[0] for item in str(counted).split("; "))
        what = "run-rates and ARR" if top["basis"] == "annualized" else "revenue"
        floor = (
            f"{_capital(number_word(int(top['n_vendors'])))} vendors' own {top['year']} {what} ({names}; "
            f"evidence grade {top['evidence']}) come to at least {fmt.usd_m(top['calendar_low_usd_m'])} of "
            "calendar revenue"
            + (f" under any growth between {_growth_words(top['growth_low'])} and "
               f"{_growth_words(top['growth_high'])}" if top["basis"] == "annualized" else "")
            + f", {_floor_share_words(pd.Series(top))}: a floor that neither confirms nor refutes it"
        )
        if top["floor_share_low"] >= 0.5:
            floor += (", but either the market is larger than that forecast or its definition leaves "
                      "products like theirs out")
        findings.append(floor + ".")
    checkable = audit[audit["checkable"]]
    flagged = audit[audit["flagged"]]
    if len(flagged):
        worst = flagged.sort_values("gap_pts").iloc[-1]
        findings.append(
            f"{len(flagged)} of {len(checkable)} checkable reports "
            f"{'states a growth rate its' if len(flagged) == 1 else 'state growth rates their'} own values "
            f"do not give ({_audit_label(pd.Series(worst))}: {worst['stated_cagr_pct']:g}% stated, "
            f"{worst['implied_cagr_pct']:.1f}% implied over {worst['start_year']}–{worst['end_year']}"
            + ("; the source does not say which years the rate covers"
               if str(worst["endpoints"]).endswith("(no stated CAGR period)") else "")
            + ")."
        )
    return findings[:5]


def _claim_finding(matches: pd.DataFrame, claim: Mapping[int, float], sources: pd.DataFrame) -> str:
    first, last = min(claim), max(claim)
    if matches.empty or not bool(matches["all_matched"].iloc[0]):
        return f"No report edition we hold states both {first} and {last} values of the quoted claim."
    origin = matches.iloc[0]
    return (
        f"The quote matches the figures attributed to {origin['publisher']} (edition {origin['edition']}, "
        f"as reconstructed here): {_quoted(origin['value_first'])} in {first} to "
        f"{_quoted(origin['value_last'])} in {last}, {origin['implied_cagr_pct']:.1f}% a year, read "
        f"secondhand (evidence grade {origin['evidence']}) in a {relayed_by(origin['source_id'], sources)}."
    )


def market_method_notes(result: object, comparison: pd.DataFrame) -> str:
    """The method notes of the market report, as Markdown bullets, with the numbers they quote computed."""
    grades = sorted(set(result.editions["evidence"]) | set(result.left_out["evidence"]))
    year_end = market.calendar_revenue_from_arr(1.0, "2025-12-31", 2025, market.ASSUMED_ARR_GROWTH)
    snapshots = comparison[comparison["basis"] == "annualized"]
    low, high = ((float(snapshots["growth_low"].iloc[0]), float(snapshots["growth_high"].iloc[0]))
                 if len(snapshots) else market.GROWTH_RANGE)
    notes = [
        "**Secondhand and thin.** No analyst's report was read directly: every forecast reaches us through "
        f"GitHub files, blog posts or newsletters, graded {' or '.join(grades)}. Edition labels (A, B, C) "
        "are our reconstruction, and several publisher attributions are inferences.",
        "**Definitions.** \"AI video generators\", AI video in the broad sense and adjacent markets measure "
        "different things; only values of one definition are pooled or fitted together.",
        "**One forecast per publisher.** Where several editions of one publisher state the same year, they "
        "count as one forecast; a year's forecast is one publisher's value, or the range of several "
        "publishers' values, never a median that counts one publisher twice.",
        "**The common rate** is a least-squares line on the logarithm of the stated values, one level per "
        f"forecast and one slope ({fmt.count(result.n_values, 'value')}, "
        f"{fmt.count(result.df_resid, 'degree')} of freedom left). Its interval is a t interval from the "
        "fit's residuals: it assumes the forecasts' deviations from the common line are independent, and "
        "it measures how well one rate fits them, not the market's uncertainty.",
        "**Run-rates and ARR are not calendar revenue.** To set a figure R stated at a fraction t of the "
        "year against a calendar-year forecast, we assume it grows steadily by a multiple m a year and "
        "add up that year's revenue: R × m^(−t) × (m − 1) / ln m. The direction depends on when the figure "
        "was stated: a year-end ARR overstates that year's calendar revenue (about "
        f"{year_end:.2f} times it when doubling), a mid-year run-rate of a growing firm understates it. "
        f"We compute the range for any growth between {_growth_words(low)} and {_growth_words(high)} and "
        "call its lowest value the floor.",
        "**Scope.** Avatar platforms may or may not be inside a given report's scope; group revenue that "
        "is not video-only and aggregators reselling other vendors' models are left out because they are "
        "not like for like.",
    ]
    return "\n".join(f"- {note}" for note in notes)


MARKET_STALENESS = (
    "Vendors disclose figures a few times a year and analysts reissue their reports about once a year; "
    "anything published after this date is not in these tables."
)
