"""The "about the data" note's market-forecast sources table: the forecasts one row each, with the page
each was read on, its grade, and whether its publisher is named by the page or only inferred."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pandas as pd

from videomarket.stories import fmt
from videomarket.stories._market import definition_label, relayed_by, usd_stated

#: Words in a forecast's data note saying its publisher was not named on the page but inferred.
_INFERRED = ("infer", "not named in-line", "names no publisher")


def _shown_publisher(publisher: object) -> str:
    """A forecast's publisher as the note shows it: an unattributed forecast whose figures match a named
    house's reads 'Unattributed (figures match House)', not '(House inferred)', so that it is not taken
    for one credited by inference.

    >>> _shown_publisher("Unattributed (MarkNtel Advisors inferred)")
    'Unattributed (figures match MarkNtel Advisors)'
    """
    return re.sub(r"^Unattributed \((.+) inferred\)$", r"Unattributed (figures match \1)", str(publisher))


def _inferred(rows: pd.DataFrame) -> str:
    if str(rows["publisher"].iloc[0]).startswith("Unattributed"):
        return "no publisher named"
    notes = " ".join(rows["note"].dropna().astype(str)).lower() if "note" in rows else ""
    return "yes" if any(word in notes for word in _INFERRED) else "no"


def _implied(group: pd.DataFrame) -> tuple[float, int, int] | None:
    """The yearly growth a forecast's own values imply from its first to its last stated year (the span
    Market size and growth uses, so one forecast gets one implied rate in every report), with those
    years, over the values of its last value's ``region`` (a first value of another region is no base);
    None with fewer than two years."""
    years = group.dropna(subset=["value_usd_m"]).sort_values("year")
    if "region" in years and len(years):
        years = years[years["region"].astype(str) == str(years["region"].iloc[-1])]
    if years["year"].nunique() < 2:
        return None
    ends = years.iloc[[0, -1]]
    (y0, v0), (y1, v1) = [(int(y), float(v)) for y, v in zip(ends["year"], ends["value_usd_m"], strict=True)]
    return ((v1 / v0) ** (1 / (y1 - y0)) - 1) * 100, y0, y1


def _plain_report(report: object) -> str:
    """A market's name without the web-address slug some pages add: 'AI Video Generator Market
    (ai-video-generator-market-report)' -> 'AI Video Generator Market'."""
    return re.sub(r" \([a-z0-9]+(?:-[a-z0-9]+)+\)$", "", str(report))


def _rate_words(rate: float) -> str:
    return f"{fmt.number(rate, 1)}% a year"


def _dated(group: pd.DataFrame, sources: pd.DataFrame | None = None) -> str:
    """A forecast's date (``published``), said to be the quoting page's when it equals the date the Sources
    list gives that page, or its edition label when the page names one ('2025 edition (as quoted)'), said
    to be no date; '—' when neither is known (bare edition letters and 'unknown' are the data's own
    labels)."""
    published = group["published"].dropna().astype(str) if "published" in group else pd.Series(dtype=str)
    if len(published):
        day = published.iloc[0]
        if sources is not None and "source_id" in group and "published" in sources:
            page = sources.set_index(sources["source_id"].astype(str))["published"].astype(str)
            if page.get(str(group["source_id"].iloc[0])) == day:
                return f"{day} (the quoting page's date)"
        return day
    edition = str(group["edition"].iloc[0]) if "edition" in group else ""
    return f"{edition}: a label, not a date" if re.search(r"\d{4}", edition) else "—"


def _stated_period(group: pd.DataFrame) -> str:
    """The years a forecast's stated growth rate is said to cover ('2024–2030'), or 'years not given'."""
    ends = [group[c].dropna() for c in ("cagr_from", "cagr_to") if c in group]
    if len(ends) == 2 and len(ends[0]) and len(ends[1]):
        return f"{int(ends[0].iloc[0])}–{int(ends[1].iloc[0])}"
    return "years not given"


def _page_names(source_ids: list[str], sources: pd.DataFrame) -> str:
    """The pages' names as the Sources list heads them (their ``publisher``)."""
    by_id = sources.set_index(sources["source_id"].astype(str))["publisher"]
    return "; ".join(dict.fromkeys(str(by_id.get(s, s)) for s in source_ids))


def _page_dates(source_ids: list[str], sources: pd.DataFrame) -> str:
    """The pages' dates as the Sources list gives them (``published``), '—' when none is dated.

    >>> _page_dates(["a", "b"], pd.DataFrame({"source_id": ["a", "b"], "published": ["2026-07-31", None]}))
    '2026-07-31'
    """
    if "published" not in sources:
        return "—"
    by_id = sources.set_index(sources["source_id"].astype(str))["published"]
    days = [str(by_id.get(s)) for s in source_ids if pd.notna(by_id.get(s))]
    return "; ".join(dict.fromkeys(days)) or "—"


def forecast_sources_table(forecasts: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """One row per market forecast (publisher, edition and market definition): publisher as credited, the
    market as named, its own date or edition when known, its yearly values as stated, the stated yearly
    rate, the growth from its first to its last value, grade(s), the page it was read on (named as the
    Sources list names it), that page's date in the Sources list (the latest the forecast can have been
    published; '—' when undated) and whether the publisher is only inferred.

    >>> f = pd.DataFrame({"publisher": ["House", "House", "Unattributed (blog)"], "edition": ["A", "A", "u"],
    ...     "report": ["Video market", "Video market", "AI video"], "definition": ["ai-video-generator"] * 3,
    ...     "year": [2024, 2032, 2030], "value_usd_m": [614.8, 2560.0, 2070.0],
    ...     "stated_cagr_pct": [19.5, 19.5, None], "evidence": ["D", "D", "D"],
    ...     "source_id": ["gh-x", "gh-x", "web-y"], "note": ["attribution is an inference", None, None]})
    >>> s = pd.DataFrame({"source_id": ["gh-x", "web-y"], "publisher": ["x (GitHub)", "Blog"],
    ...     "url": ["https://github.com/a/b/blob/c/d.md", "https://blog.example/p"]})
    >>> t = forecast_sources_table(f, s).drop(columns="definition")
    >>> t.to_dict("records")  # doctest: +NORMALIZE_WHITESPACE
    [{'publisher': 'House', 'report': 'Video market', 'dated': '—',
      'values': '2024: USD 614.8M; 2032: USD 2.56B', 'rate': '19.5% a year (years not given)',
      'implied': '19.5% a year (2024–2032)', 'grade': 'D', 'read_on': 'x (GitHub)', 'page_dated': '—',
      'inferred': 'yes'},
     {'publisher': 'Unattributed (blog)', 'report': 'AI video', 'dated': '—', 'values': '2030: USD 2.07B',
      'rate': 'not stated', 'implied': 'one year only', 'grade': 'D', 'read_on': 'Blog', 'page_dated': '—',
      'inferred': 'no publisher named'}]
    """
    rows = []
    keys = ["publisher", "edition", "definition"]
    for _, group in forecasts.groupby(keys, sort=False, dropna=False):
        group = group.sort_values("year")
        rates = group["stated_cagr_pct"].dropna().unique()
        pages = list(dict.fromkeys(group["source_id"].astype(str)))
        implied = _implied(group)
        rows.append({
            "publisher": _shown_publisher(group["publisher"].iloc[0]),
            "report": _plain_report(group["report"].iloc[0]),
            "definition": definition_label(group["definition"].iloc[0]),
            "dated": _dated(group, sources),
            "values": "; ".join(f"{int(y)}: {usd_stated(v)}"
                                for y, v in zip(group["year"], group["value_usd_m"], strict=True)),
            "rate": ("; ".join(f"{fmt.number(float(r), 2).rstrip('0').rstrip('.')}% a year "
                               f"({_stated_period(group)})" for r in rates)
                     if len(rates) else "not stated"),
            "implied": (f"{_rate_words(implied[0])} ({implied[1]}–{implied[2]})" if implied is not None
                        else "one year only"),
            "grade": "/".join(sorted(group["evidence"].astype(str).unique())),
            "read_on": _page_names(pages, sources),
            "page_dated": _page_dates(pages, sources),
            "inferred": _inferred(group),
        })
    return pd.DataFrame(rows)


def _rate_gaps(forecasts: pd.DataFrame) -> Iterator[tuple[pd.DataFrame, float, tuple]]:
    """Each forecast (publisher, edition, definition) that states a yearly growth rate the values can check:
    its rows, the stated rate and the implied rate with its years (:func:`_implied`)."""
    for _, group in forecasts.groupby(["publisher", "edition", "definition"], sort=False, dropna=False):
        stated = group["stated_cagr_pct"].dropna()
        implied = _implied(group)
        if not stated.empty and implied is not None:
            yield group, float(stated.iloc[0]), implied


def forecast_rate_check(forecasts: pd.DataFrame, tolerance: float = 1.0) -> str:
    """One sentence on the forecasts whose stated yearly growth differs by more than ``tolerance``
    percentage points from the growth their own values imply between the two latest stated years, each
    with both rates (and the years the stated rate is said to cover, ``cagr_from``/``cagr_to``, when given).

    >>> f = pd.DataFrame({"publisher": ["Unattributed (zoonop)"] * 2 + ["House"] * 2,
    ...     "edition": ["u", "u", "A", "A"], "definition": ["t2v"] * 4, "report": ["T2V"] * 2 + ["Video"] * 2,
    ...     "year": [2022, 2027, 2024, 2032], "value_usd_m": [100.0, 900.0, 614.8, 2560.0],
    ...     "stated_cagr_pct": [37.1, 37.1, 19.5, 19.5]})
    >>> print(forecast_rate_check(f))  # doctest: +NORMALIZE_WHITESPACE
    1 of the 2 stated growth rates that can be checked does not match the growth the forecast's own values
    imply (a gap of more than 1 percentage point): zoonop's forecast implies 55.2% a year (2022–2027),
    against 37.1% stated.
    """
    said, rated = [], 0
    for group, rate, implied in _rate_gaps(forecasts):
        rated += 1
        if abs(implied[0] - rate) <= tolerance:
            continue
        name = str(group["publisher"].iloc[0])
        name = name[len("Unattributed ("):-1] if name.startswith("Unattributed (") else name
        name = name + ("'" if name.endswith("s") else "'s")
        if forecasts["publisher"].eq(group["publisher"].iloc[0]).sum() > len(group):
            name = f"{name} {_plain_report(group['report'].iloc[0])}"
        span = ""
        if {"cagr_from", "cagr_to"} <= set(group) and group["cagr_from"].notna().any():
            span = f" for {int(group['cagr_from'].dropna().iloc[0])}–{int(group['cagr_to'].dropna().iloc[0])}"
        elif "cagr_from" in group:
            span = " for years it does not give"
        said.append(f"{name} forecast implies {_rate_words(implied[0])} ({implied[1]}–{implied[2]}), "
                    f"against {fmt.number(rate, 2).rstrip('0').rstrip('.')}% stated{span}")
    if not said:
        return (f"Every stated growth rate matches the growth its forecast's own values imply to within "
                f"{tolerance:g} percentage point.")
    verb = "does" if len(said) == 1 else "do"
    return (f"{len(said)} of the {rated} stated growth rates that can be checked {verb} not match the "
            f"growth the forecast's own values imply (a gap of more than {tolerance:g} percentage point): "
            + "; ".join(said) + ".")


def forecast_rate_finding(forecasts: pd.DataFrame, tolerance: float = 1.0, *, plain: bool = False) -> str:
    """One finding: how many of the stated yearly growth rates that can be checked differ by more than
    ``tolerance`` percentage points from the rate the forecast's own values imply (the rates
    :func:`forecast_rate_check` lists), and for how many of those the stated rate covers other years than
    the values (``cagr_from``/``cagr_to``) or years the page does not give.

    >>> f = pd.DataFrame({"publisher": ["Unattributed (zoonop)"] * 2 + ["House"] * 2,
    ...     "edition": ["u", "u", "A", "A"], "definition": ["t2v"] * 4,
    ...     "year": [2022, 2027, 2024, 2032], "value_usd_m": [100.0, 900.0, 614.8, 2560.0],
    ...     "stated_cagr_pct": [37.1, 37.1, 19.5, 19.5], "cagr_from": pd.NA, "cagr_to": pd.NA})
    >>> print(forecast_rate_finding(f))  # doctest: +NORMALIZE_WHITESPACE
    1 of 2 checkable stated growth rates differs by over 1 percentage point from the rate its own values
    imply; it spans other or unstated years. Quote forecasts' values, not their stated growth rates.

    With ``plain``, one short idea for the key findings (the years are told in the appendix):

    >>> print(forecast_rate_finding(f, plain=True))  # doctest: +NORMALIZE_WHITESPACE
    Of the 2 stated growth rates we could check, 1 differs by more than 1 point from the rate implied by
    the values quoted with it (their periods may differ): quote the values, not the rates.

    The hedge on periods is left out when every such rate is stated for the very years of its values.
    """
    rated = off = elsewhere = 0
    for group, rate, implied in _rate_gaps(forecasts):
        rated += 1
        if abs(implied[0] - rate) <= tolerance:
            continue
        off += 1
        span = None
        if {"cagr_from", "cagr_to"} <= set(group) and group["cagr_from"].notna().any():
            span = (int(group["cagr_from"].dropna().iloc[0]), int(group["cagr_to"].dropna().iloc[0]))
        elsewhere += int(span != (implied[1], implied[2]))
    if not off:
        return (f"All {rated:,} checkable stated growth rates match the rate their own values imply to "
                f"within {tolerance:g} percentage point.")
    verb, own = ("differs", "its") if off == 1 else ("differ", "their")
    if plain:
        return (f"Of the {rated:,} stated growth rates we could check, {off:,} {verb} by more than "
                f"{tolerance:g} point from the rate implied by the values quoted with "
                + ("it" if off == 1 else "them")
                + (" (their periods may differ)" if elsewhere else "")
                + ": quote the values, not the rates.")
    text = (f"{off:,} of {rated:,} checkable stated growth rates {verb} by over {tolerance:g} "
            f"percentage point from the rate {own} own values imply")
    advice = " Quote forecasts' values, not their stated growth rates."
    if not elsewhere:
        return text + "." + advice
    which = ("it spans" if off == 1 else f"all {off} span" if elsewhere == off
             else f"{elsewhere} of them span")
    return text + f"; {which} other or unstated years." + advice


#: Plain words for the vendor figures' ``metric`` codes.
_METRIC_WORDS = {
    "arr": "Annual recurring revenue",
    "run_rate": "Annualized revenue (run rate)",
    "revenue": "Revenue",
    "cumulative_revenue": "Revenue since launch (cumulative)",
    "revenue_guidance": "Revenue target given by the company",
    "analyst_forecast": "Analyst forecast of revenue",
}


def _lower_bound(note: object) -> bool:
    """Whether a vendor figure's data note calls it a lower bound (its source says 'more than'): the rule
    report 01 marks '(≥, a lower bound)' by (:func:`videomarket.stories.figure_label`)."""
    return isinstance(note, str) and note.startswith("Lower bound")


def _borrowed_rates(figures: pd.DataFrame) -> dict[str, tuple[float, int]]:
    """{currency: (rate per USD, year)} of the latest figure converted at a sourced rate, per currency."""
    if "fx_rate" not in figures:
        return {}
    rated = figures[figures["fx_rate"].notna()].sort_values("period_end", kind="mergesort")
    return {str(r.original_currency): (float(r.fx_rate), pd.Timestamp(r.period_end).year)
            for r in rated.itertuples(index=False)}


def vendor_figures_table(figures: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Every vendor figure (``figures``: :func:`videomarket.data.load_company_metrics`) with the page it was
    read on (``sources``): company, the metric in plain words, the period as stated, the value in its
    own currency (with its USD value where converted; a figure of a later year than any sourced rate in
    its currency converted at the latest one, 'at the 2025 rate', as report 01 does), marked '≥ ' when its
    source gives a lower bound (its data note starts 'Lower bound'), the evidence grade, and the page's
    title, publisher and date; ordered by company and period end.

    >>> f = pd.DataFrame({"company": ["Kling AI (Kuaishou)"], "metric": ["revenue"], "period": ["2025-Q1"],
    ...     "period_end": pd.to_datetime(["2025-03-31"]), "value_usd_m": [21.01],
    ...     "original_currency": ["CNY"], "original_value": [150.0], "evidence": ["C"], "source_id": ["s"]})
    >>> s = pd.DataFrame({"source_id": ["s"], "title": ["Titel"], "title_en": ["Title"],
    ...     "publisher": ["Pub"], "published": ["2025-05-29"]})
    >>> vendor_figures_table(f, s).iloc[0].to_dict()  # doctest: +NORMALIZE_WHITESPACE
    {'company': 'Kling AI (Kuaishou)', 'metric': 'Revenue', 'period': '2025-Q1',
     'value': 'CNY 150M (about USD 21M)', 'grade': 'C', 'page': 'Pub: Title, 2025-05-29'}

    A lower bound, and a later quarter without a rate of its own:

    >>> g = pd.concat([f.assign(fx_rate=7.14, note="Lower bound ('more than'); RMB million"),
    ...     f.assign(period="2026-Q1", period_end=pd.to_datetime(["2026-03-31"]), value_usd_m=[None],
    ...              original_value=[650.0], fx_rate=[None], note="Lower bound; no 2026 rate")])
    >>> list(vendor_figures_table(g, s)["value"])
    ['≥ CNY 150M (about USD 21M)', '≥ CNY 650M (about USD 91M at the 2025 rate)']
    """
    pages = sources.set_index("source_id")
    rates = _borrowed_rates(figures)
    rows = []
    for row in figures.sort_values(["company", "period_end"], kind="mergesort").itertuples(index=False):
        currency, own = str(row.original_currency), float(row.original_value)
        value = ("≥ " if _lower_bound(getattr(row, "note", None)) else "") + fmt.money_m(own, currency)
        if currency != "USD" and pd.notna(row.value_usd_m):
            value += f" (about {fmt.usd_m(float(row.value_usd_m))})"
        elif currency in rates and rates[currency][1] < pd.Timestamp(row.period_end).year:
            rate, year = rates[currency]
            value += f" (about {fmt.usd_m(own / rate)} at the {year} rate)"
        page = ""
        if row.source_id in pages.index:
            src = pages.loc[row.source_id]
            title = src.get("title_en")
            title = src["title"] if title is None or pd.isna(title) or not str(title) else title
            when = src.get("published")
            when = "undated" if when is None or pd.isna(when) or not str(when) else str(when)
            page = f"{src['publisher']}: {title}, {when}"
        metric = _METRIC_WORDS.get(str(row.metric), str(row.metric))
        rows.append({"company": str(row.company), "metric": metric,
                     "period": str(row.period).replace("launch-", "launch to "), "value": value,
                     "grade": str(row.evidence), "page": page})
    return pd.DataFrame(rows, columns=["company", "metric", "period", "value", "grade", "page"])


def _grade_reason(note: object) -> str:
    """Why a figure's grade differs from its page's, in the data note's own words: the clause after
    '<grade> because', else the note's parts that say the figure is approximate or what is not stated;
    source ids in brackets dropped; '' when the note says neither.

    >>> _grade_reason("Group revenue. B because it equals the sum (53 + 26 = 79, web-x); not read.")
    'because it equals the sum (53 + 26 = 79)'
    >>> _grade_reason("'5亿' (USD 500M); an approximate level; neither month nor definition is stated, so x.")
    'an approximate level; neither month nor definition is stated'
    """
    text = "" if note is None or pd.isna(note) else str(note)
    found = re.search(r"\b[A-D] (because [^;]*?)(?:; |\.(?: |$))", text + " ")
    if found:
        return re.sub(r", (?:web|gh)-[\w-]+\)", ")", found.group(1))
    parts = [re.split(r", so |\. ", p)[0].rstrip(".") for p in text.split("; ")]
    said = [p for p in parts if "'" not in p and ("approximate" in p or " stated" in p)]
    return "; ".join(said)


def grade_per_figure_note(figures: pd.DataFrame, sources: pd.DataFrame) -> str:
    """The note under the vendor figures table: grades are given per figure, not per page, and for each
    figure (``figures``: :func:`videomarket.data.load_company_metrics`) graded apart from the page it was
    read on (``sources``, ``evidence``), both grades and the reason its data note gives.

    >>> f = pd.DataFrame({"company": ["K", "M", "N"], "metric": ["run_rate", "revenue", "revenue"],
    ...     "period": ["2026", "FY2025", "FY2024"], "value_usd_m": [500.0, 79.04, 3.0],
    ...     "original_currency": "USD", "original_value": [500.0, 79.04, 3.0], "evidence": ["C", "B", "B"],
    ...     "source_id": ["e", "a", "e"],
    ...     "note": ["an approximate level; neither month nor definition is stated",
    ...     "B because it equals the sum of two segments (53 + 26 = 79, web-l).", None]})
    >>> s = pd.DataFrame({"source_id": ["e", "a"], "publisher": ["Ebrun", "AIbase"], "evidence": ["B", "C"]})
    >>> print(grade_per_figure_note(f, s))  # doctest: +NORMALIZE_WHITESPACE
    Grades are given per figure, not per page: 2 of the 3 figures are graded apart from the page they were
    read on. K's run rate (2026, USD 500M) is grade C on a grade-B page, Ebrun: its data note calls it an
    approximate level; neither month nor definition is stated. M's revenue (FY2025, USD 79M) is grade B on
    a grade-C page, AIbase, because it equals the sum of two segments (53 + 26 = 79).
    """
    pages = sources.set_index(sources["source_id"].astype(str))
    said = []
    for row in figures.itertuples(index=False):
        sid = str(row.source_id)
        if sid not in pages.index or str(pages.loc[sid, "evidence"]) == str(row.evidence):
            continue
        reason = _grade_reason(getattr(row, "note", None))
        metric = _METRIC_WORDS.get(str(row.metric), str(row.metric)).split(" (")[0].lower()
        metric = "run rate" if str(row.metric) == "run_rate" else metric
        head = (f"{row.company}'s {metric} ({str(row.period).split(' (')[0]}, "
                f"{fmt.money_m(float(row.original_value), str(row.original_currency))}) "
                f"is grade {row.evidence} "
                f"on a grade-{pages.loc[sid, 'evidence']} page, {pages.loc[sid, 'publisher']}")
        if reason.startswith("because"):
            said.append(f"{head}, {reason}.")
        else:
            said.append(f"{head}" + (f": its data note calls it {reason}." if reason else "."))
    if not said:
        return "Grades are given per figure, not per page; every figure here has its page's grade."
    return (f"Grades are given per figure, not per page: {len(said)} of the {len(figures):,} figures "
            f"{'is' if len(said) == 1 else 'are'} graded apart from the page they were read on. "
            + " ".join(sorted(said)))


def vendor_figures_intro(figures: pd.DataFrame) -> str:
    """The sentence before the vendor figures table: how many figures on how many companies it lists,
    each with its page, and that report 01 uses only those that fit its comparison.

    >>> f = pd.DataFrame({"company": ["A", "A", "B"]})
    >>> print(vendor_figures_intro(f))  # doctest: +NORMALIZE_WHITESPACE
    The table below lists all 3 vendor figures we hold, on 2 companies, each with the page it was read on;
    [Market size and growth](01-market-size-and-growth.html) uses only those that fit its comparison.
    """
    return (f"The table below lists all {len(figures):,} vendor figures we hold, on "
            f"{fmt.count(figures['company'].nunique(), 'company', 'companies')}, each with the page it was "
            "read on; [Market size and growth](01-market-size-and-growth.html) uses only those that fit its "
            "comparison.")


def vendor_figures_title(table: pd.DataFrame, figures: pd.DataFrame | None = None) -> str:
    """The vendor figures table's title: how many figures on how many companies, and how many of grade B.
    With ``figures`` (:func:`videomarket.data.load_company_metrics`, its ``metric``), the title says how
    many of them are analyst forecasts and company targets rather than reported results.

    >>> t = pd.DataFrame({"company": ["A", "A", "B"], "grade": ["B", "C", "B"]})
    >>> vendor_figures_title(t)
    'All 3 vendor figures on 2 companies, 2 of grade B and none of grade A'
    >>> f = pd.DataFrame({"metric": ["revenue", "analyst_forecast", "revenue_guidance"]})
    >>> print(vendor_figures_title(t, f))  # doctest: +NORMALIZE_WHITESPACE
    All 3 figures on 2 companies, including 1 analyst forecast and 1 company target; 2 of grade B and none
    of grade A
    """
    n_b = int((table["grade"] == "B").sum())
    n_a = int((table["grade"] == "A").sum())
    grades = f"{n_b:,} of grade B and {'none' if not n_a else f'{n_a:,}'} of grade A"
    if figures is None or "metric" not in figures:
        return f"All {len(table):,} vendor figures on {table['company'].nunique():,} companies, {grades}"
    metric = figures["metric"].astype(str)
    kinds = [fmt.count(int((metric == "analyst_forecast").sum()), "analyst forecast"),
             fmt.count(int((metric == "revenue_guidance").sum()), "company target")]
    kinds = [k for k in kinds if not k.startswith("0 ")]
    including = f", including {' and '.join(kinds)};" if kinds else ","
    return f"All {len(table):,} figures on {table['company'].nunique():,} companies{including} {grades}"


def vendor_table_note(figures: pd.DataFrame, sources: pd.DataFrame) -> str:
    """The note under the vendor figures table: what '≥' marks (a lower bound, its source saying 'more
    than'), and the exchange rate each converted currency uses, what it is and who states it (the source
    id its data note names, ``sources``), and that a later year is converted at it too.

    >>> f = pd.DataFrame({"original_currency": ["CNY", "CNY", "USD"],
    ...     "period_end": pd.to_datetime(["2025-03-31", "2026-03-31", "2025-06-30"]),
    ...     "fx_rate": [7.14, None, None], "value_usd_m": [21.0, None, 90.0],
    ...     "note": ["Lower bound. USD at RMB 7.14/USD, the 2025 average rate as stated by fx-s.",
    ...              "Lower bound; no rate", "x"]})
    >>> s = pd.DataFrame({"source_id": ["fx-s"], "publisher": ["reportify.cn"], "url": ["https://r.cn/a"]})
    >>> print(vendor_table_note(f, s))  # doctest: +NORMALIZE_WHITESPACE
    "≥" marks a lower bound: its source says the figure exceeded the value shown. CNY values are converted
    at CNY 7.14 per USD, the 2025 average rate, as stated by reportify.cn (second-hand), so every USD value is
    approximate. No source we read gives a rate for 2026, so 2026 figures use the 2025 rate.
    """
    text = ['"≥" marks a lower bound: its source says the figure exceeded the value shown.']
    rates = _borrowed_rates(figures)
    by_id = set(sources["source_id"].astype(str))
    for currency, (rate, year) in sorted(rates.items()):
        rows = figures[(figures["original_currency"] == currency) & figures["fx_rate"].notna()]
        note = " ".join(str(n) for n in rows["note"].dropna()) if "note" in rows else ""
        found = [sid for sid in sorted(by_id) if re.search(rf"(?<![\w-]){re.escape(sid)}(?![\w-])", note)]
        average = re.search(r"the (\d{4}) average rate", note)
        what = f"the {average[1]} average rate" if average else f"the rate of {year}"
        who = f", as stated by {relayed_by(found[0], sources)} (second-hand)" if found else ""
        text.append(f"{currency} values are converted at {currency} {rate:g} per USD, {what}{who}, so every "
                    "USD value is approximate.")
        later = figures[(figures["original_currency"] == currency) & figures["value_usd_m"].isna()
                        & (pd.to_datetime(figures["period_end"]).dt.year > year)]
        years = sorted(set(pd.to_datetime(later["period_end"]).dt.year))
        if years:
            said = " and ".join(str(y) for y in years)
            text.append(f"No source we read gives a rate for {said}, so {said} figures use the {year} rate.")
    return " ".join(text)


def forecast_region_note(forecasts: pd.DataFrame) -> str:
    """A note under the forecast table on each forecast whose values mix regions (``region``): the jump
    between its first two stated years, in percent, and which years are for which region, so the jump is
    not read as growth; '' when no forecast mixes regions.

    >>> f = pd.DataFrame({"publisher": ["House"] * 3, "edition": "e", "definition": "film",
    ...     "report": "AI in Film", "region": ["North America", "Global", "Global"],
    ...     "year": [2023, 2024, 2033], "value_usd_m": [500.0, 1800.0, 14100.0]})
    >>> print(forecast_region_note(f))  # doctest: +NORMALIZE_WHITESPACE
    Note: House's AI in Film forecast jumps from USD 500M (2023) to USD 1.8B (2024), +260% in one year,
    because its 2023 value is for North America only and the others are global; the jump is not growth.
    """
    said = []
    for _, group in forecasts.groupby(["publisher", "edition", "definition"], sort=False, dropna=False):
        group = group.sort_values("year")
        regions = group["region"].astype(str)
        if regions.nunique() < 2 or len(group) < 2:
            continue
        first, second = group.iloc[0], group.iloc[1]
        span = int(second["year"]) - int(first["year"])
        jump = float(second["value_usd_m"]) / float(first["value_usd_m"]) - 1
        main = regions.mode().iloc[0]
        odd = group[regions != main]
        years = ", ".join(str(int(y)) for y in odd["year"])
        verb = "value is" if len(odd) == 1 else "values are"
        place = str(odd["region"].iloc[0])
        said.append(f"{group['publisher'].iloc[0]!s}'s {_plain_report(group['report'].iloc[0])} forecast "
                    f"jumps from {usd_stated(first['value_usd_m'])} ({int(first['year'])}) to "
                    f"{usd_stated(second['value_usd_m'])} ({int(second['year'])}), "
                    f"+{fmt.pct(jump, 0)} in {'one year' if span == 1 else f'{span} years'}, because its "
                    f"{years} {verb} for {place} only and the others are {main.lower()}; "
                    "the jump is not growth")
    return ("Note: " + "; ".join(said) + ".") if said else ""


def forecast_sources_title(table: pd.DataFrame) -> str:
    """The forecast-sources table's title, its finding: how many forecasts, how many name no publisher or
    only an inferred one.

    >>> t = pd.DataFrame({"inferred": ["yes", "no", "no publisher named"], "grade": ["C", "C", "D"]})
    >>> print(forecast_sources_title(t))  # doctest: +NORMALIZE_WHITESPACE
    Of the 3 market forecasts, 1 names no publisher and 1 is credited only by inference; none is above
    grade C
    """
    unnamed = int((table["inferred"] == "no publisher named").sum())
    inferred = int((table["inferred"] == "yes").sum())
    best = min(g for grades in table["grade"] for g in str(grades).split("/"))
    return (f"Of the {fmt.count(len(table), 'market forecast')}, {unnamed} "
            f"name{'s' if unnamed == 1 else ''} no publisher and {inferred} "
            f"{'is' if inferred == 1 else 'are'} credited only by inference; none is above grade {best}")


def coverage_table_title(table: pd.DataFrame) -> str:
    """The coverage table's title (``table``: :func:`download_coverage_table`), its finding.

    >>> coverage_table_title(pd.DataFrame({"downloaded": [33, 24], "archived": [48, 58], "span": [100, 100]}))
    "Downloaded boards cover 24% to 33% of each pool's days; counting rebuilt copies, 48% to 58%"
    """
    def span(col: str) -> str:
        share = table[col] / table["span"]
        return f"{fmt.pct(share.min(), 0)} to {fmt.pct(share.max(), 0)}"
    return (f"Downloaded boards cover {span('downloaded')} of each pool's days; counting rebuilt "
            f"copies, {span('archived')}")


def evidence_table_title(forecasts: pd.DataFrame, vendor: pd.DataFrame) -> str:
    """The evidence table's title: the market tables' best grades (``evidence`` of each).

    >>> evidence_table_title(pd.DataFrame({"evidence": ["C", "D"]}), pd.DataFrame({"evidence": ["B", "C"]}))
    'No market forecast value reaches grade B; 1 of 2 vendor figures does, none grade A'
    """
    f, v = forecasts["evidence"].astype(str), vendor["evidence"].astype(str)
    good_f = int(f.isin(["A", "B"]).sum())
    head = ("No market forecast value reaches grade B" if not good_f
            else f"{good_f} of {len(f)} market forecast values reach grade B")
    good_v, top_v = int(v.isin(["A", "B"]).sum()), int((v == "A").sum())
    return (f"{head}; {good_v} of {fmt.count(len(v), 'vendor figure')} {'does' if good_v == 1 else 'do'}, "
            + ("none grade A" if not top_v else f"{top_v} grade A"))


def gaps_table_title(table: pd.DataFrame, min_days: int) -> str:
    """The gaps table's title: how many stretches of ``min_days`` or more without a board of a pool
    (``table``: :func:`videomarket.data.coverage_gaps`, one row a stretch, before the table merges pools).

    >>> gaps_table_title(pd.DataFrame({"pool": ["a", "b"]}), 7)
    '2 stretches of 7 days or more without a board of a pool'
    """
    return (f"{fmt.count(len(table), 'stretch', 'stretches')} of {min_days} days or more without a board "
            "of a pool")


def changes_table_title(changes: pd.DataFrame) -> str:
    """The changes-of-#1 table's title: how many changes, and the longest stretch without a board around
    one (``gap_text``: 'about 39', '0').

    >>> changes_table_title(pd.DataFrame({"gap_text": ["about 39", "about 68", "0"]}))
    'Of 3 changes of #1, the least closely seen fell in about 68 days without a board'
    """
    gaps = changes["gap_text"].astype(str).str.extract(r"(\d+)")[0].astype(float)
    return (f"Of {len(changes)} changes of #1, the least closely seen fell in about {gaps.max():.0f} days "
            "without a board")


def rebuilt_bases_title(table: pd.DataFrame) -> str:
    """The rebuilt-share table's title: the range of the shares (``rebuilt`` of ``total``).

    >>> rebuilt_bases_title(pd.DataFrame({"rebuilt": [43, 32, 38], "total": [100, 100, 100]}))
    'Rebuilt copies make up 32% to 43% of the data, depending on what is counted'
    """
    share = table["rebuilt"] / table["total"]
    return (f"Rebuilt copies make up {fmt.pct(share.min(), 0)} to "
            f"{fmt.pct(share.max(), 0)} of the data, depending on what is counted")


def market_uses(forecasts: pd.DataFrame, vendor: pd.DataFrame, sources: pd.DataFrame | None = None
                ) -> dict[str, str]:
    """What the note takes from each market page, for the Sources list: the forecasts it quotes (publisher
    as credited, years) and the companies whose vendor figures it gives; with ``sources``, a page a vendor
    figure's note names for its exchange rate (``fx_rate``) is said to give that rate only.

    >>> f = pd.DataFrame({"publisher": ["House", "House", "Unattributed (blog)"], "year": [2024, 2032, 2030],
    ...                   "source_id": ["gh-x", "gh-x", "web-y"]})
    >>> v = pd.DataFrame({"company": ["Runway", "Pika"], "source_id": ["web-y", "web-z"]})
    >>> market_uses(f, v)  # doctest: +NORMALIZE_WHITESPACE
    {'gh-x': 'market forecast: House, 2024–2032',
     'web-y': 'market forecast: unattributed (blog), 2030; vendor figures: Runway',
     'web-z': 'vendor figures: Pika'}
    >>> fx = v.assign(fx_rate=[None, 7.14], original_currency="CNY", note=[None, "USD at 7.14, per web-fx."])
    >>> market_uses(f.iloc[:0], fx, pd.DataFrame({"source_id": ["web-fx"]}))["web-fx"]
    'the CNY-to-USD exchange rate only (CNY 7.14 per USD)'
    """
    uses: dict[str, list[str]] = {}
    for sid, rows in forecasts.groupby("source_id", sort=False):
        said = []
        for publisher, one in rows.groupby("publisher", sort=False):
            name = _shown_publisher(publisher)
            name = name[0].lower() + name[1:] if name.startswith("Unattributed") else name
            first, last = int(one["year"].min()), int(one["year"].max())
            said.append(f"{name}, {first}" + (f"–{last}" if last != first else ""))
        uses.setdefault(str(sid), []).append("market forecast: " + "; ".join(said))
    for sid, rows in vendor.groupby("source_id", sort=False):
        uses.setdefault(str(sid), []).append(
            "vendor figures: " + ", ".join(dict.fromkeys(rows["company"].astype(str))))
    if sources is not None and {"fx_rate", "note"} <= set(vendor.columns):
        rated = vendor[vendor["fx_rate"].notna()].drop_duplicates(["original_currency", "fx_rate"])
        for row in rated.itertuples():
            for sid in sorted(set(sources["source_id"].astype(str))):
                if re.search(rf"(?<![\w-]){re.escape(sid)}(?![\w-])", str(row.note)):
                    uses.setdefault(sid, []).append(f"the {row.original_currency}-to-USD exchange rate only "
                                                    f"({row.original_currency} {row.fx_rate:g} per USD)")
    return {sid: "; ".join(parts) for sid, parts in sorted(uses.items())}
