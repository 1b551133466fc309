"""Sentences and reader tables of the market report's vendor side: the floor the vendors that disclose put
under the market, the condition that floor sets on every other vendor, and their growth beside the
forecasts' growth over the same months.

Rules: a floor is never a verdict on a forecast ("neither confirms nor refutes"); what it implies is a
condition ("only if all other vendors together earn under ..."); faster vendor growth is a tension with
the forecasts, not a refutation (leaders can gain share); every "at least" says its assumption (the pace
does not fall after the date stated); an exchange rate is named with its source, and none is made up.

Example:
    >>> growth_words(2.0), times(18.0), times(4.333), forecast_times(1.1816, 1.2022)
    ('tripling a year', 'about 18×', 'about 4.3×', '1.18×–1.20×')
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from videomarket import market
from videomarket.stories import _wording as wording
from videomarket.stories import fmt
from videomarket.stories._market import (
    _and,
    edition_label,
    figure_label,
    number_word,
    path_label,
    period_words,
    relayed_by,
    share_range,
    usd_stated,
)
from videomarket.stories._notes import _date_words, term

_VERBS = {1.0: "doubles", 2.0: "triples"}
def growth_words(annual_growth: float) -> str:
    """0.0 -> 'flat', 1.0 -> 'doubling a year', 2.0 -> 'tripling a year', 0.5 -> '50% a year'."""
    names = {0.0: "flat", 1.0: "doubling a year", 2.0: "tripling a year"}
    return names.get(float(annual_growth), f"{fmt.pct(annual_growth, 0)} a year")


def two_digits(value: float) -> float:
    """``value`` to two significant digits, halves up: 4.333 -> 4.3, 18.0 -> 18.0, 1.2857 -> 1.3."""
    return float(fmt._significant(float(value), 2))


def times(multiple: float) -> str:
    """A vendor's multiple to two significant digits, never more precise than a few months of data:
    'about 18×', 'about 4.3×', 'about 3×'."""
    return f"about {two_digits(multiple):g}×"


def forecast_times(low: float, high: float) -> str:
    """The forecasts' multiple over a span, two decimals: '1.18×–1.20×' or '1.18×'."""
    a, b = f"{low:.2f}", f"{high:.2f}"
    return f"{a}×" if a == b else f"{a}×–{b}×"


def _vendor_names(vendors: object) -> list[str]:
    """'Kling AI (Kuaishou) 500.0; Synthesia 150.0' -> ['Kling AI (Kuaishou)', 'Synthesia']."""
    return [item.rpartition(" ")[0] for item in str(vendors).split("; ") if item]


# --- the floor ----------------------------------------------------------------------------------------------


def year_forecasts_text(values: pd.DataFrame, year: int, editions: pd.DataFrame | None = None, *,
                        short: bool = False) -> str:
    """Which forecasts give a value for ``year`` (a :func:`videomarket.market.forecast_values` table): the
    values stated, as stated, and those implied at a forecast's own steady rate, said to be that. With
    ``editions`` (rows with ``path``, ``first_year``, ``last_year``) a lettered edition is named by the
    years it spans. ``short`` counts the forecasts instead of naming them (a table beside names them):
    'For 2026 one forecast states USD 847M; the other two give USD 860M and USD 948M at their own steady
    rates.'"""
    rows = values[values["year"].astype(int) == int(year)]
    if short and len(rows):
        said = rows[rows["stated"].astype(bool)]
        grown = rows[~rows["stated"].astype(bool)]
        first = (f"For {year} {number_word(len(said))} forecast{'s' if len(said) > 1 else ''} "
                 f"state{'' if len(said) > 1 else 's'} {_and(usd_stated(v) for v in said['value_usd_m'])}"
                 if len(said) else f"No forecast states {year}")
        if not len(grown):
            return first + "."
        whom = f"the other {number_word(len(grown))}" if len(said) else f"all {number_word(len(grown))}"
        if len(grown) == 1:
            whom = "the other" if len(said) else "it"
        return (f"{first}; {whom} give{'s' if len(grown) == 1 else ''} "
                f"{_and(fmt.usd_m(v) for v in grown['value_usd_m'])} at "
                f"{'its' if len(grown) == 1 else 'their'} own steady rate{'' if len(grown) == 1 else 's'}.")
    if editions is not None and "first_year" not in rows:
        spans = editions.set_index("path")
        rows = rows.assign(first_year=rows["path"].map(spans["first_year"]),
                           last_year=rows["path"].map(spans["last_year"]))
    stated = rows[rows["stated"].astype(bool)]
    grown = rows[~rows["stated"].astype(bool)]
    by_value: dict[float, list[str]] = {}
    named = {str(r.path): edition_label(r) for r in rows.itertuples()}
    for row in stated.itertuples():
        by_value.setdefault(float(row.value_usd_m), []).append(str(row.path))
    said = [f"{usd_stated(value)} ({_paths_words(paths, named)})"
            for value, paths in sorted(by_value.items())]
    if len(said) == 1 and not len(grown):
        text = f"For {year} the forecasts state {said[0]}."
    elif len(stated) == 1:
        text = (f"For {year} only {_paths_words(stated['path'], named)} states a value, "
                f"{usd_stated(stated['value_usd_m'].iloc[0])}")
    elif len(said):
        text = f"For {year} the forecasts state {_and(said)}"
    else:
        text = f"No forecast states {year}"
    if len(grown):
        n = len(grown)
        text += (
            f"; {_paths_words(grown['path'], named)} {'do' if n > 1 else 'does'} not, and at "
            f"{'their' if n > 1 else 'its'} own steady rate{'s' if n > 1 else ''} give"
            f"{'' if n > 1 else 's'} {_and(fmt.usd_m(v) for v in grown['value_usd_m'])}."
        )
    elif not text.endswith("."):
        text += "."
    return text


def _paths_words(paths: object, named: dict[str, str] | None = None) -> str:
    """'Fortune Business Insights ed. B', 'Fortune Business Insights ed. C', 'Grand View Research' ->
    'Fortune Business Insights, editions B and C, and Grand View Research'."""
    editions: dict[str, list[str]] = {}
    for path in ((named or {}).get(str(p)) or path_label(p) for p in paths):
        publisher, _, edition = path.partition(", edition ")
        editions.setdefault(publisher, [])
        if edition:
            editions[publisher].append(edition)
    parts = []
    for publisher, found in editions.items():
        if len(found) == 1:
            parts.append(f"{publisher}, edition {found[0]}")
        elif found:
            parts.append(f"{publisher}, editions {_and(found)}")
        else:
            parts.append(publisher)
    return ", and ".join(parts) if any(", " in p for p in parts[:-1]) else _and(parts)


def _coverage(group: pd.DataFrame) -> str:
    """' for Q1–Q3 only' when a company's revenue in a year covers fewer than four quarters, ' for
    January–September only' for nine months, '' for a full year."""
    kinds = set(group["kind"])
    if kinds == {"quarter"}:
        quarters = sorted(int(str(p)[-1]) for p in group["period"])
        if len(quarters) >= 4:
            return ""
        contiguous = quarters == list(range(quarters[0], quarters[-1] + 1))
        listed = f"Q{quarters[0]}–Q{quarters[-1]}" if contiguous and len(quarters) > 1 else _and(
            f"Q{q}" for q in quarters)
        return f" for {listed} only"
    if kinds == {"nine months"}:
        return " for January–September only"
    return ""


def _unreported(group: pd.DataFrame) -> str:
    """' (Q4 not in our data)': the quarters of a year of quarterly revenue no figure gives ('' else)."""
    if set(group["kind"]) != {"quarter"}:
        return ""
    held = {int(str(p)[-1]) for p in group["period"]}
    gone = [f"Q{q}" for q in range(1, 5) if q not in held]
    return f" ({_and(gone)} not in our data)" if gone else ""


def _high_words(row: object, figures: pd.DataFrame) -> str:
    """'USD 832M if each triples' when the top of the range is the fastest growth's value, else 'up to
    USD 832M'."""
    counted = figures[figures["counted"].astype(bool) & (figures["year"] == row.year)
                      & (figures["basis"] == row.basis)]
    top = market.calendar_figures(counted, annual_growth=float(row.growth_high),
                                  growth_range=(float(row.growth_low), float(row.growth_high)))
    verb = _VERBS.get(float(row.growth_high), f"grows {fmt.pct(row.growth_high, 0)}")
    if abs(float(top["calendar_usd_m"].sum()) - float(row.calendar_high_usd_m)) < 1e-6:
        return f"{fmt.usd_m(row.calendar_high_usd_m)} if each {verb} a year"
    return f"up to {fmt.usd_m(row.calendar_high_usd_m)} for growth up to {growth_words(row.growth_high)}"


def _floor_share_words(row: object) -> str:
    """'77% of the lowest 2026 forecast and 69% of the highest', or '77% of the 2026 forecast'."""
    low, high = fmt.pct(row.floor_share_low, 0), fmt.pct(row.floor_share_high, 0)
    if low == high and row.market_low == row.market_high:
        return f"{low} of the {row.year} forecast"
    if low == high:
        return f"{low} of the {row.year} forecasts"
    return f"{high} of the lowest {row.year} forecast and {low} of the highest"


def _unstated_term(words: str) -> str:
    """A period in words with 'period not given' linked to the glossary."""
    return words.replace("period not given", term("period-not-given", "period not given"))


def _floor_line(row: object, figures: pd.DataFrame, *, pace: bool = True) -> str:
    """The year's figures with their dates and grades and, with ``pace``, what they give at their stated
    pace all year (without it, the run-rates and ARR listed only)."""
    counted = figures[figures["counted"] & (figures["year"] == row.year) & (figures["basis"] == row.basis)]
    per_company = []
    for company, group in counted.sort_values(["company", "period_end"]).groupby("company", sort=True):
        held = ", held flat: a figure counts in its year and the next"
        values = [f"{fmt.usd_m(r.value_usd_m)} ({_unstated_term(period_words(r.period))}"
                  f"{held if getattr(r, 'carried', False) else ''}; grade {r.evidence})"
                  for r in group.itertuples()]
        per_company.append(f"{company} {_and(values)}")
        coverage = _coverage(group) if row.basis == "revenue" else ""
    n = int(row.n_vendors)
    if row.basis == "revenue":
        return (
            f"Revenue reported within {row.year}: {_and(per_company)}; together "
            f"{fmt.usd_m(row.calendar_low_usd_m)}{coverage if n == 1 else ''}: {_floor_share_words(row)}."
        )
    they = "it" if n == 1 else "they"
    if not pace:
        return f"The {row.year} run-rates and ARR are {_and(per_company)}."
    return (
        f"The {row.year} run-rates and ARR are {_and(per_company)}. If each vendor earned at its stated pace "
        f"for the whole of {row.year}, {they} would earn {fmt.usd_m(row.calendar_low_usd_m)} "
        f"({fmt.usd_m(row.calendar_usd_m)} if each pace {_VERBS.get(float(row.assumed_growth), 'grows')} a "
        f"year, {_high_words(row, figures)}): {_floor_share_words(row)}."
    )


def fx_text(figures: pd.DataFrame, sources: pd.DataFrame, year: int) -> str:
    """The exchange rates used (rate, what it is, who states it) and the figures of ``year`` left without
    one, with, for a currency converted in an earlier year, what that earlier rate would give: an
    illustration, said to be one."""
    text = []
    counted = figures[figures["counted"].astype(bool)]
    if "fx_rate" not in counted:
        counted = counted.assign(fx_rate=np.nan, fx_date=pd.NaT)
    rated = counted[counted["fx_rate"].notna()]
    by_id = sources.set_index(sources["source_id"].astype(str))
    rates: dict[str, tuple[float, int]] = {}
    for (currency, rate), group in rated.groupby(["original_currency", "fx_rate"], sort=True):
        note = " ".join(str(n) for n in group.get("note", pd.Series(dtype=str)).dropna())
        found = [sid for sid in by_id.index if re.search(rf"(?<![\w-]){re.escape(sid)}(?![\w-])", note)]
        average = re.search(r"the (\d{4}) average rate", note)
        fx_year = int(average[1]) if average else pd.Timestamp(group["fx_date"].iloc[0]).year
        what = (f"the {fx_year} average rate (the mean over calendar {fx_year})" if average
                else f"the rate of {fmt.day(group['fx_date'].iloc[0])}")
        weak = _weak_rate_source(found[0], sources) if found else ""
        who = (f", taken from {weak}" if weak else
               f" as stated by {relayed_by(found[0], sources)} (second-hand)" if found else "")
        companies = _and(sorted(set(group["company"])))
        years = _and(str(y) for y in sorted(set(group["year"].astype(int))))
        kinds = set(group["kind"])
        each = "quarter by quarter" if kinds == {"quarter"} else "period by period"
        check = ("Our data hold no official rate, and we did not check this one against a central bank's, so "
                 if weak else "So ")
        text.append(
            f"Revenue reported in {currency} ({companies}, {years}) is converted, {each}, at {currency} "
            f"{rate:g} per USD, {what}{who}. {check}every converted figure is approximate, written "
            "\"about USD\".")
        rates[str(currency)] = (float(rate), fx_year)
    missing = figures[(figures["year"].astype(int) == int(year)) & figures["value_usd_m"].isna()
                      & (figures["basis"] != "")]
    missing = missing[missing["reason"].str.startswith("no USD value")]
    for row in missing.itertuples():
        what = (f"Revenue of {fmt.money_m(row.original_value, row.original_currency)} in "
                f"{period_words(row.period)} ({row.company}, grade {row.evidence})")
        if str(row.original_currency) in rates:
            rate, fx_year = rates[str(row.original_currency)]
            text.append(
                f"{what} is converted the same way, at the {fx_year} rate, as no source we read states one "
                f"for {year}: about {fmt.usd_m(row.original_value / rate)}, used for both ends of the "
                f"{year} range.")
            continue
        text.append(f"{what} stays out of the sums: no source we read states a "
                    f"{row.original_currency}-to-USD rate for {year}, so we use only the rate a source "
                    "states rather than make one up.")
    return " ".join(t for t in text if t)


def _weak_rate_source(source_id: str, sources: pd.DataFrame) -> str:
    """For an exchange rate read on a grade-C or -D page, that page as a weak source, named: 'one weak
    source: a grade-C page that states it in passing, "Moonshot AI's funding and cash position (summary)"
    (reportify.cn, 2026)' ('' for a grade-A or -B page)."""
    row = sources[sources["source_id"].astype(str) == source_id].iloc[0]
    if str(row["evidence"]) not in {"C", "D"}:
        return ""
    title = row["title_en"] if "title_en" in row and pd.notna(row["title_en"]) else row["title"]
    when = f", {row['published']}" if pd.notna(row.get("published")) else ""
    return (f"one weak source: a grade-{row['evidence']} page that states it in passing, \"{title}\" "
            f"({row['publisher']}{when})")


# --- what the forecasts leave for everyone else -------------------------------------------------------------


# --- growth against the forecasts ---------------------------------------------------------------------------


def _series_words(row: object) -> str:
    label = wording.METRIC_LABELS.get(row.metric, row.metric)
    kind = {"quarter": "quarterly revenue", "year": "yearly revenue",
            "nine months": "nine-month revenue"}.get(row.kind)
    return kind if row.metric == "revenue" and kind else label


def _comparable(rates: pd.DataFrame) -> pd.DataFrame:
    return rates[rates["caveat"].fillna("") == ""].sort_values(["first_end", "company"], kind="stable")


def vendor_growth_text(rates: pd.DataFrame, *, forecast_start: int | None = None) -> str:
    """The vendors' growth beside the forecasts' (:func:`videomarket.market.growth_against_forecasts`),
    by date: each series' multiple over its own months and, where a forecast covers those years, the
    multiple the forecasts give over each series' own months, each at its own rate between its stated
    values ("Over the same months the forecasts grow only 1.18×–1.20× (Kling AI's 12 months) and
    1.13×–1.15× (Synthesia's 9 months)."), how the span is counted (:func:`span_days`); then what that
    does and does not mean. With ``forecast_start`` (the forecasts' first year), why a series reaching
    into the forecasts' years is still left out (:func:`early_series`)."""
    if rates.empty:
        return "No vendor discloses two comparable figures, so no vendor growth can be shown."
    comparable = _comparable(rates)
    text = ""
    covered = comparable[comparable["n_forecasts"] > 0]
    if len(covered):
        faster = (covered["multiple"] > covered["forecast_multiple_high"]).all()
        slower = (covered["multiple"] < covered["forecast_multiple_low"]).all()
        pace = "faster than" if faster else "slower than" if slower else "both faster and slower than"
        kinds = {"revenue": "revenue", "arr": "ARR", "run_rate": "run-rate"}
        names = _and(dict.fromkeys(f"{fmt.possessive(_bare(r.company))} {kinds.get(str(r.metric), 'figures')}"
                                   for r in covered.itertuples()))
        text += (f"{names[0].upper()}{names[1:]} grew {pace} the forecasts over the same months; no other "
                 "vendor series lies wholly in years the forecasts cover.")
        steps = [f"{forecast_times(r.forecast_multiple_low, r.forecast_multiple_high)} "
                 f"({fmt.possessive(_bare(r.company))} {int(r.months)} months)"
                 for r in covered.sort_values("multiple", ascending=False).itertuples()]
        text += f" Over the same months the forecasts grow {'only ' if faster else ''}{_and(steps)}."
        text += (" " + span_days(covered)).rstrip()
        if forecast_start is not None:
            text += " " + early_series(comparable, forecast_start)
        if faster:
            text += " " + SHARE_CAVEAT
    return text.strip() or "No vendor series falls in years the forecasts cover."


def bounds_caveat(rates: pd.DataFrame, figures: pd.DataFrame) -> str:
    """For the multiples in :func:`vendor_growth_table` whose two ends are both 'at least' amounts, that
    such a ratio can err either way: "Both multiples compare two 'at least' amounts, so each is
    approximate: Kling AI's about 4.3× and Synthesia's about 1.5×, direction of error unknown." ('' when
    no multiple is such a ratio)."""
    table = vendor_growth_table(rates, figures)
    if table.empty:
        return ""
    both = table[table["lower_bounds"] == "both"]
    if both.empty:
        return ""
    each = _and([f"{fmt.possessive(_bare(r.company))} {times(r.multiple)}" for r in both.itertuples()])
    if len(both) == 1:
        return (f"{each[0].upper()}{each[1:]} multiple compares two 'at least' amounts, so it is "
                "approximate, direction of error unknown.")
    many = "Both" if len(both) == 2 else "These"
    return (f"{many} multiples compare two 'at least' amounts, so each is approximate: {each}, direction of "
            "error unknown.")


def span_days(covered: pd.DataFrame) -> str:
    """How a series' span is counted when the forecasts' multiple is compounded over it: in exact days
    between the two figures' dates, not whole months, with each series whose days are not its whole months
    (a 365-day year): "Spans are counted in exact days (Synthesia's 9 months: 276 days)." ('' when every
    span is whole months).

    >>> c = pd.DataFrame({"company": ["K (P)", "S"], "months": [12, 9], "multiple": [4.3, 1.5],
    ...                   "first_end": pd.to_datetime(["2025-03-31", "2025-04-30"]),
    ...                   "last_end": pd.to_datetime(["2026-03-31", "2026-01-31"])})
    >>> print(span_days(c))
    Spans are counted in exact days (S's 9 months: 276 days).
    """
    rows = covered.sort_values("multiple", ascending=False)
    days = {r.Index: (pd.Timestamp(r.last_end) - pd.Timestamp(r.first_end)).days for r in rows.itertuples()}
    parts = [f"{fmt.possessive(_bare(r.company))} {int(r.months)} months: {days[r.Index]} days"
             for r in rows.itertuples() if days[r.Index] * 12 != int(r.months) * 365]
    return f"Spans are counted in exact days ({'; '.join(parts)})." if parts else ""


def early_series(comparable: pd.DataFrame, forecast_start: int) -> str:
    """Why a vendor series that ends inside the forecasts' years is not set against them: it starts
    before their first year, and no forecast is extended backwards: "Runway's run-rates (December 2024 to
    June 2025) are not used: they start before 2025, the forecasts' first year." ('' when none).

    >>> c = pd.DataFrame({"company": ["R"], "metric": ["run_rate"], "n_forecasts": [0],
    ...                   "first_period": ["2024-12"], "last_period": ["2025-06"],
    ...                   "first_end": pd.to_datetime(["2024-12-31"]),
    ...                   "last_end": pd.to_datetime(["2025-06-30"])})
    >>> print(early_series(c, 2025))  # doctest: +NORMALIZE_WHITESPACE
    R's run-rates (December 2024 to June 2025) are not used: they start before 2025, the forecasts' first
    year.
    """
    left = comparable[(comparable["n_forecasts"] == 0)
                      & (pd.to_datetime(comparable["last_end"]).dt.year >= forecast_start)
                      & (pd.to_datetime(comparable["first_end"]).dt.year < forecast_start)]
    kinds = {"revenue": "revenue figures", "arr": "ARR figures", "run_rate": "run-rates"}
    parts = [f"{fmt.possessive(_bare(r.company))} {kinds.get(str(r.metric), 'figures')} "
             f"({period_words(r.first_period)} to {period_words(r.last_period)}) are not used: they start "
             f"before {forecast_start}, the forecasts' first year."
             for r in left.itertuples()]
    return " ".join(parts)


def _bare(company: object) -> str:
    """A vendor's name without its bracketed parent: 'Kling AI (Kuaishou)' -> 'Kling AI'."""
    return re.sub(r"\s*\(.*\)$", "", str(company))


#: Why faster vendor growth is a tension with the forecasts, not a refutation.
SHARE_CAVEAT = ("Vendors that publish figures tend to be the fast growers, leading vendors can gain share, "
                "and ARR is a pace rather than a calendar year's revenue, so faster growth alone does not "
                "show a forecast wrong.")


def vendor_growth_table(rates: pd.DataFrame, figures: pd.DataFrame | None = None) -> pd.DataFrame:
    """The comparable vendor series by date (:data:`VENDOR_GROWTH_TABLE`), numbers as numbers so the
    download reads as data: the currency, each end's period in words and value in millions, whether both
    values are lower bounds ('more than', a :func:`videomarket.market.vendor_figures` note starting 'Lower
    bound'), months, the multiple to two significant digits and the forecasts' multiple over the same
    span to 2 decimals, as the text gives them (empty where no forecast covers the years)."""
    comparable = _comparable(rates)
    if "n_forecasts" in comparable:
        comparable = comparable[comparable["n_forecasts"] > 0]
    bounds: set[tuple[str, str]] = set()
    if figures is not None and "note" in figures:
        low = figures[figures["note"].fillna("").astype(str).str.startswith("Lower bound")]
        bounds = {(str(c), str(p)) for c, p in zip(low["company"], low["period"], strict=True)}

    def bound(company: object, first: object, last: object) -> str:
        ends = [(str(company), str(p)) in bounds for p in (first, last)]
        return "both" if all(ends) else "from" if ends[0] else "to" if ends[1] else "neither"

    rows = list(comparable.itertuples())
    return comparable.assign(
        series=[_series_words(row) for row in rows],
        from_period=[period_words(r.first_period) for r in rows],
        to_period=[period_words(r.last_period) for r in rows],
        from_value=[round(float(r.first_value), 1) for r in rows],
        to_value=[round(float(r.last_value), 1) for r in rows],
        lower_bounds=[bound(r.company, r.first_period, r.last_period) for r in rows],
        multiple_shown=[two_digits(r.multiple) for r in rows],
        forecast_multiple_low=comparable["forecast_multiple_low"].astype(float).round(2),
        forecast_multiple_high=comparable["forecast_multiple_high"].astype(float).round(2),
    )


# --- every figure, and what may be missing ------------------------------------------------------------------


def _borrowed_rate(row: object, figures: pd.DataFrame) -> tuple[float, int] | None:
    """(rate per USD, year) of the latest counted figure in the same currency converted at a sourced rate,
    for a figure of a later year left without a USD value for want of its own year's rate; None else."""
    if pd.notna(row.value_usd_m) or "fx_rate" not in figures:
        return None
    if not str(row.reason).startswith("no USD value"):
        return None
    rated = figures[figures["counted"].astype(bool) & figures["fx_rate"].notna()
                    & (figures["original_currency"] == row.original_currency)
                    & (figures["year"].astype(int) < int(row.year))]
    if rated.empty:
        return None
    last = rated.sort_values("period_end").iloc[-1]
    return float(last["fx_rate"]), int(last["year"])


def age_words(period: object, period_end: object, year: int) -> str:
    """How old a figure is against the year it would stand for: 'November 2023, over two years before
    2026' (whole years from the figure's end to 1 January of ``year``)."""
    years = int((pd.Timestamp(year=int(year), month=1, day=1) - pd.Timestamp(period_end)).days // 365.25)
    span = f"over {number_word(years)} year{'s' if years != 1 else ''}" if years >= 1 else "under a year"
    return f"{period_words(period)}, {span} before {int(year)}"


def _held_into(row: object, figures: pd.DataFrame, comparison: pd.DataFrame) -> int | None:
    """The next compared year whose run-rate row names the vendor of a counted figure, when the vendor
    has no counted figure of its own that year and this is its latest before it (the figure held flat)."""
    rows = comparison.dropna(subset=["market_usd_m"])
    later = rows[(rows["year"].astype(int) == int(row.year) + 1) & (rows["basis"] == row.basis)]
    if later.empty or row.company not in _vendor_names(later["vendors"].iloc[0]):
        return None
    own = figures[(figures["company"] == row.company) & figures["counted"].astype(bool)]
    if (own["year"].astype(int) == int(row.year) + 1).any():
        return None
    same = own[(own["year"].astype(int) == int(row.year)) & (own["basis"] == row.basis)]
    if str(same.sort_values("period_end")["period"].iloc[-1]) != str(row.period):
        return None
    return int(row.year) + 1


def figure_uses(figures: pd.DataFrame, comparison: pd.DataFrame, room: object = None,
                rates: pd.DataFrame | None = None) -> list[str]:
    """Where each figure of :func:`videomarket.market.vendor_figures` is used, in words, in its order: the
    one function behind the figure table's column and the sentence above it (:func:`figure_table_text`).
    'yes: 2026 comparison' (a counted figure of a year with forecasts), 'held at its last pace for
    2026' (a vendor without a figure that year, :func:`videomarket.market.forecast_headroom`), 'vendor
    growth table' (the first or last value of a series the vendor growth table shows), several joined
    with '; ', a figure kept
    out of the sums saying why; else 'no: no forecast for 2023' or 'no: <why it is left out>'."""
    compared = set(comparison.dropna(subset=["market_usd_m"])["year"].astype(int))
    held = set()
    if room is not None and len(room.held):
        held = {(str(r.company), str(r.period)) for r in room.held.itertuples()}
    too_old = {}
    if room is not None and len(getattr(room, "too_old", ())):
        too_old = {(str(r.company), str(r.period)): age_words(r.period, r.period_end, room.year)
                   for r in room.too_old.itertuples()}
    series = set()
    if rates is not None and len(rates):
        shown = _comparable(rates)  # only the series the vendor growth table shows
        if "n_forecasts" in shown:
            shown = shown[shown["n_forecasts"] > 0]
        for r in shown.itertuples():
            series |= {(str(r.company), str(r.first_period)), (str(r.company), str(r.last_period))}
    uses = []
    for row in figures.itertuples():
        key = (str(row.company), str(row.period))
        parts = [f"{int(row.year)} comparison"] if row.counted and int(row.year) in compared else []
        later = _held_into(row, figures, comparison) if row.counted else None
        if parts and later:
            parts = [f"{int(row.year)} and {later} (held flat) comparisons"]
        if key in held:
            parts.append(f"held at its last pace for {room.year}")
        if key in series:
            parts.append("vendor growth table")
        borrowed = _borrowed_rate(row, figures)
        if borrowed and int(row.year) in compared and row.kind == "quarter":
            parts.append(f"both ends of the {int(row.year)} range (USD value at the {borrowed[1]} rate)")
        if parts:
            kept_out = "" if row.counted or borrowed else f"; not in sums: {row.reason}"
            if key in too_old:
                kept_out = f"; not in sums: {too_old[key]}"
            uses.append("yes: " + "; ".join(parts) + kept_out)
        elif key in too_old:
            uses.append(f"no: {too_old[key]}")
        elif row.counted:
            uses.append(f"no: no forecast for {int(row.year)}")
        else:
            uses.append(f"no: {row.reason}")
    return uses


def figure_table_text(figures: pd.DataFrame, comparison: pd.DataFrame, room: object = None,
                      rates: pd.DataFrame | None = None, *, used_only: bool = False) -> str:
    """The sentence above the figure table, counted from :func:`figure_uses` (so the two cannot disagree);
    ``used_only`` for the table of the used figures only (:func:`figure_table`)."""
    uses = pd.Series(figure_uses(figures, comparison, room, rates), dtype=object)
    compared = int(uses.str.contains("comparison|both ends").sum())
    other = int((uses.str.startswith("yes") & ~uses.str.contains("comparison|both ends")).sum())
    text = (f"We hold {fmt.count(len(uses), 'vendor figure')}. {fmt.capital(number_word(compared))} "
            f"{'is' if compared == 1 else 'are'} in the comparison table")
    if other:
        text += (f" and {number_word(other)} more {'is' if other == 1 else 'are'} used only in the vendor "
                 "growth table or as a vendor's last pace")
    rest = len(uses) - compared - other
    if used_only:
        where = (f": {compared} in the comparison table, {number_word(other)} only in the vendor growth "
                 "table or as a vendor's last pace" if other else ", all in the comparison table")
        return (f"Of the {fmt.count(len(uses), 'vendor figure')} we hold, the {compared + other} listed "
                f"here are used{where}. The other {number_word(rest)} are "
                "in no sum or growth figure here ([company guidance](#glossary-guidance) and [broker "
                "forecasts](#glossary-broker-forecast) are forecasts, never counted, at most "
                "cross-checks).")
    return text + (f"; the other {number_word(rest)} are not used, for the "
                   "reason given ([company guidance](#glossary-guidance) and [broker "
                   "forecasts](#glossary-broker-forecast) are forecasts, never counted).")


def stated_on(period: object) -> pd.Timestamp:
    """The day a figure was stated on when its period code carries one, else NaT (a date column: the page
    shows '28 May 2026', the download '2026-05-28'): '2026 (stated 2026-05-28)' -> 2026-05-28."""
    found = re.search(r"\(stated (\d{4}-\d{2}-\d{2})\)", str(period))
    return pd.Timestamp(found[1]) if found else pd.NaT


def period_only(period: object) -> str:
    """A period code in words without the day it was stated on (that is :func:`stated_on`):
    '2026 (stated 2026-05-28)' -> 'not given; stated 28 May 2026', '2025-Q1' -> 'Q1 2025'."""
    if re.fullmatch(r"\d{4} \(stated \d{4}-\d{2}-\d{2}\)", str(period).strip()):
        return f"not given; stated {fmt.day(stated_on(period))}"
    return period_words(period)


def figure_table(figures: pd.DataFrame, comparison: pd.DataFrame, sources: pd.DataFrame,
                 room: object = None, rates: pd.DataFrame | None = None, *,
                 used_only: bool = False) -> pd.DataFrame:
    """The :func:`videomarket.market.vendor_figures` table with its reader columns (:data:`FIGURE_TABLE`),
    the figures used first (:func:`figure_uses`): values rounded to three significant digits, as the prose
    gives them. ``used_only`` keeps only the figures used in the note, sorted by company and date, with
    where each is used ('2025 comparison; vendor growth table')."""
    notes = figures["note"] if "note" in figures else pd.Series("", index=figures.index)
    use = figure_uses(figures, comparison, room, rates)
    order = [0 if "comparison" in u else 1 if u.startswith("yes") else
             2 if u.startswith("no: no forecast") else 3 for u in use]
    filled = [row.original_value / _borrowed_rate(row, figures)[0] if _borrowed_rate(row, figures)
              else row.value_usd_m for row in figures.itertuples()]
    usd = [float(fmt._significant(v, 3)) if pd.notna(v) else v for v in filled]
    reported = [float(fmt._significant(v, 3)) if pd.notna(v) else v for v in figures["original_value"]]
    table = figures.assign(
        metric_label=[figure_label(m, n) for m, n in zip(figures["metric"], notes, strict=True)],
        stated_on=pd.to_datetime(figures["period"].map(stated_on)),
        period_label=figures["period"].map(period_only),
        value_usd_m=usd,
        original_value=reported,
        source=[relayed_by(sid, sources) for sid in figures["source_id"]],
        use=use,
        _order=order,
    )
    table = table.sort_values(["_order", "company", "period_end"], kind="stable").drop(columns="_order")
    if not used_only:
        return table
    table = table[table["use"].str.startswith("yes")].sort_values(["company", "period_end"], kind="stable")
    return table.assign(use=table["use"].str.removeprefix("yes: "))


def market_staleness(figures: pd.DataFrame, sources_read: object,
                     editions: pd.DataFrame | None = None, fit: object = None) -> str:
    """What is likely missing from old market data: anything published after the newest source read, and
    where the quarterly results of a vendor stop (:func:`data_stop`); with ``editions`` (the forecasts the
    answer rests on), that their age is unknown when none gives a publication date; with ``fit`` (an
    :func:`videomarket.market.edition_growth` result), where its forecasts reach us from
    (:func:`sourcing_words`)."""
    stop = data_stop(figures)
    text = (f"Likely missing: report editions, pages and vendor figures published after "
            f"{_date_words(sources_read)}, the newest source read here." + (f" {stop}" if stop else ""))
    if editions is not None and len(editions) and (
            "published" not in editions or editions["published"].isna().all()):
        quoted = [f"{fmt.possessive(r.publisher)} is quoted as its {m[1]} edition"
                  for r in editions.drop_duplicates([c for c in ("publisher", "edition") if c in editions])
                  .itertuples()
                  if (m := re.match(r"(\d{4}) edition", str(getattr(r, "edition", ""))))]
        aside = f" ({_and(quoted)})" if quoted else ""
        text += (f" The market forecasts compared here give no publication date{aside}, so their age is "
                 "unknown and may exceed the vendor figures'.")
    return text + (f" {sourcing_words(fit)}" if fit is not None else "")


def missing_results(figures: pd.DataFrame, today: object = None) -> str:
    """The quarterly results of the vendor with quarterly revenue that are due by ``today`` (quarters ended
    at least 60 days before; default the build day) but not in the data, after the date of that vendor's
    newest figure: 'The newest vendor figure is Kling AI's, dated 28 May 2026 (its revenue up to Q1 2026). Its
    Q2–Q3 2026 results are very likely out by now but were not in the sources read; no figure for them is
    assumed here.' (a general
    sentence when no vendor reports quarters)."""
    quarterly = figures[(figures["metric"] == "revenue") & (figures["kind"] == "quarter")]
    if quarterly.empty:
        return "Newer forecast editions and vendor figures may change the picture."
    last = quarterly.sort_values("period_end").iloc[-1]
    due = pd.Timestamp(today if today is not None else pd.Timestamp.today()).normalize() - pd.Timedelta(
        days=60)
    ends = pd.period_range(pd.Period(str(last["period"]).replace("-", ""), "Q") + 1,
                           pd.Period(due, "Q"), freq="Q")
    ends = [q for q in ends if q.end_time.normalize() <= due]
    name = fmt.possessive(_bare(last["company"]))
    actual = figures[figures["metric"].isin(["revenue", "arr", "run_rate"])
                     & (figures["company"] == last["company"])]
    every = figures[figures["metric"].isin(["revenue", "arr", "run_rate"])]["period_end"].max()
    which = "The newest vendor figure is" if actual["period_end"].max() >= every else "The newest figure of"
    newest = (f"{which} {name}, dated {fmt.day(actual['period_end'].max())} (its revenue up "
              f"to {period_words(last['period'])}). ")
    if not ends:
        return f"{newest}Any later results are not in these data."
    first, final = ends[0], ends[-1]
    span = (f"Q{first.quarter} {first.year}" if first == final else
            f"Q{first.quarter}–Q{final.quarter} {final.year}" if first.year == final.year else
            f"Q{first.quarter} {first.year}–Q{final.quarter} {final.year}")
    return (f"{newest}Its {span} results are very likely out by now but were not in the sources read; no "
            "figure for them is assumed here.")


def market_staleness_brief(figures: pd.DataFrame, fit: object, today: object = None,
                           forecasts: pd.DataFrame | None = None) -> str:
    """The data box's short notice, two sentences: the quarterly results of the vendor with quarterly
    revenue that are due by ``today`` (quarters ended at least 60 days before; default the build day) but
    not in the data, and that the forecasts are second-hand and (with ``forecasts``, every forecast we
    hold) mostly undated, linking About the data: "Kling AI's Q2–Q3 2026 results are very likely published
    but are not in our sources, so the vendor comparison is as of May 2026.
    The forecasts are
    second-hand and mostly undated: see About the data." The full notice is :func:`market_staleness`;
    ``fit`` is kept for the notebook's call."""
    del fit
    text = missing_results(figures, today)
    found = re.match(r"The newest (?:vendor )?figure (?:is|of) (.*?), dated .*?\)\. Its (.*)$", text)
    if found:
        text = f"{found[1]} {found[2]}"
    found = re.match(r"(.*?)'s (Q\S+ \d{4}) results are very likely out by now but were not in the sources "
                     r"read; no figure for them is assumed here\.$", text)
    if found:
        kept = figures[figures["metric"].isin(["revenue", "arr", "run_rate"])]
        month = f"{pd.Timestamp(kept['period_end'].max()):%B %Y}"
        text = (f"{found[1]}'s {found[2]} results are very likely published but are not in our sources, so "
                f"the vendor comparison is as of {month}.")
    text = text.strip()
    undated = ""
    if forecasts is not None and "published" in forecasts:
        keys = [c for c in ("publisher", "edition", "definition") if c in forecasts]
        n_all = len(forecasts.drop_duplicates(keys))
        n_dated = len(forecasts.dropna(subset=["published"]).drop_duplicates(keys))
        undated = " and mostly undated" if n_dated * 2 < n_all else ""
    return (f"{text} The forecasts are second-hand{undated}: see "
            "[About the data](00-about-the-data.html#how-strong-is-the-evidence).").strip()


def sourcing_words(fit: object) -> str:
    """Where the fitted forecasts reach us from (GitHub project files when every source id is one) and that
    no publisher's page was read: 'Every forecast of AI video generators here reaches us through GitHub
    project files quoting the publishers (grade C), not through the publishers' own pages, so which edition
    is current and which market each covers stay open.'"""
    ids = [i.strip() for ids in fit.editions["source_ids"] for i in str(ids).split(";") if i.strip()]
    on_github = bool(ids) and all(i.startswith("gh-") for i in ids)
    grades = " or ".join(sorted(set(fit.editions["evidence"].astype(str))))
    where = "GitHub project files" if on_github else "second-hand copies"
    return (f"Every forecast of AI video generators here reaches us through {where} quoting the publishers "
            f"(grade {grades}), not through the publishers' own pages, so which edition is current and which "
            "market each covers stay open.")


def data_stop(figures: pd.DataFrame) -> str:
    """Where the vendor with the newest quarterly revenue stops: 'For Kling AI (Kuaishou) the data stop at
    the figure dated 28 May 2026 (revenue to Q1 2026): its results for later quarters are not in these
    data.' ('' when no vendor reports quarters)."""
    actual = figures[figures["metric"].isin(["revenue", "arr", "run_rate"])]
    quarterly = actual[(actual["metric"] == "revenue") & (actual["kind"] == "quarter")]
    if quarterly.empty:
        return ""
    last = quarterly.sort_values("period_end").iloc[-1]
    newest = actual[actual["company"] == last["company"]]["period_end"].max()
    return (f"For {last['company']} the data stop at the figure dated {fmt.day(newest)} (revenue to "
            f"{period_words(last['period'])}): its results for later quarters are not in these data.")


def missing_quarters(figures: pd.DataFrame) -> str:
    """The quarters missing before a vendor's latest reported quarter, said plainly: 'For Kling AI
    (Kuaishou), Q4 2025 revenue is not in our data (no source we hold gives it), so its 2025 figure covers
    Q1–Q3 only.' ('' when none is missing)."""
    quarterly = figures[(figures["metric"] == "revenue") & (figures["kind"] == "quarter")]
    lines = []
    for company, group in quarterly.groupby("company", sort=True):
        last_year = int(group["year"].max())
        for year, rows in group[group["year"] < last_year].groupby("year", sort=True):
            held = sorted(int(str(p)[-1]) for p in rows["period"] if re.search(r"Q[1-4]$", str(p)))
            gone = [q for q in range(1, 5) if q not in held]
            if not gone or not held:
                continue
            span = f"Q{held[0]}–Q{held[-1]}" if len(held) > 1 else f"Q{held[0]}"
            verb = "is" if len(gone) == 1 else "are"
            quarters = _and(f"Q{q} {year}" for q in gone)
            lines.append(f"For {company}, {quarters} revenue {verb} not in our data "
                         f"(no source we hold gives it), so its {year} figure covers {span} only.")
    return " ".join(lines)


def comparison_table(comparison: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """:func:`videomarket.market.vendor_vs_market` for a reader: the years
    with forecasts, the vendors' figures as reported, the calendar revenue they give (only the floor for
    revenue, which needs no growth assumption: its low and high cases are the revenue as reported) and the
    floor's share of the lowest and highest forecast."""
    compared = comparison.dropna(subset=["market_usd_m"]).sort_values(["year", "basis"])
    revenue = compared["basis"] == "revenue"
    computed = ["vendor_total_usd_m", "calendar_low_usd_m", "calendar_usd_m", "calendar_high_usd_m",
                "market_low", "market_high"]
    # a value as stated keeps its digits; a computed one is shown to three significant digits, as in the prose
    compared = compared.assign(**{column: [_three(v) for v in compared[column]] for column in computed})
    paced = [bool(row.basis == "annualized" and _quarter_rows(row, figures) is not None)
             for row in compared.itertuples()]
    labels = ["revenue pace, run-rates and ARR" if p else "run-rates and ARR, latest in the year"
              for p in paced]
    return compared.assign(
        basis_label=compared["basis"].map({"revenue": "revenue within the year"}).where(revenue, labels),
        vendor_list=[_paced_list(row, figures) if p else _vendor_values(row, figures)
                     for row, p in zip(compared.itertuples(), paced, strict=True)],
        calendar_usd_m=compared["calendar_usd_m"].where(~revenue),
        calendar_high_usd_m=compared["calendar_high_usd_m"],
        floor_share_low=[float(fmt.pct(v, 0)[:-1]) for v in compared["floor_share_low"]],
        floor_share_high=[float(fmt.pct(v, 0)[:-1]) for v in compared["floor_share_high"]],
        share_range=[share_range(a, b).replace("%", "") for a, b in
                     zip(compared["floor_share_low"], compared["floor_share_high"], strict=True)],
    )


def _paced_list(row: object, figures: pd.DataFrame) -> str:
    """The figures of a row whose cases rest on a vendor's quarters, that vendor first with its two cases
    computed, so each case's total is the sum of the listed values: 'Kling AI Q1 2026 revenue ≥ CNY 650M
    (about USD 91M): USD 364M at that pace all year (low case), USD 466M with the USD 500M run-rate for
    the other three quarters (high case); Runway ≥ USD 90M; Synthesia ≥ USD 150M'. The figures as reported
    then the quarters when the row names no vendor with quarters and others beside it."""
    base = _vendor_values(row, figures)
    found = _quarter_rows(row, figures)
    stated = dict(item.rpartition(" ")[::2] for item in str(row.vendors).split("; "))
    company = None if found is None else str(found["company"].iloc[0])
    if company not in stated or len(stated) < 2:
        return base + _quarter_words(row, figures)
    others = sum(float(v.replace(",", "")) for name, v in stated.items() if name != company)
    low, high = float(row.calendar_low_usd_m) - others, float(row.calendar_high_usd_m) - others
    pace = float(stated[company].replace(",", ""))
    left = 4 - len(found)
    which = f"the other {number_word(left)} quarters" if left != 1 else "the last quarter"
    cases = (f"{_quarter_words(row, figures).removeprefix('; ')}: {fmt.usd_m(low)} at that pace all year "
             f"(low case), {fmt.usd_m(high)} with the {fmt.usd_m(pace)} run-rate for {which} (high case)")
    rest = [part for part in base.split("; ") if not part.startswith(f"{company} ")]
    return "; ".join([cases, *rest])


def _quarter_rows(row: object, figures: pd.DataFrame) -> pd.DataFrame | None:
    """The quarterly revenue in the row's year of a vendor in a run-rate row whose cases rest on it (a row
    :func:`videomarket.stories.answer_comparison` labels with ``figures_label``); None else."""
    if pd.isna(getattr(row, "figures_label", None)):
        return None
    names = {item.rpartition(" ")[0] for item in str(row.vendors).split("; ")}
    found = figures[figures["company"].isin(names) & (figures["year"] == row.year)
                    & (figures["metric"] == "revenue") & (figures["kind"] == "quarter")]
    return None if found.empty else found.sort_values("period_end")


def _quarter_words(row: object, figures: pd.DataFrame) -> str:
    """'; Kling AI (Kuaishou) Q1 2026 revenue CNY 650M (about USD 91M)': the quarters the low and high
    cases rest on, as reported."""
    found = _quarter_rows(row, figures)
    rates = {str(r.original_currency): float(r.fx_rate) for r in figures[figures["fx_rate"].notna()]
             .sort_values("period_end").itertuples()} if "fx_rate" in figures else {}
    parts = []
    for q in found.itertuples():
        usd = q.value_usd_m
        if pd.isna(usd) and str(q.original_currency) in rates:
            usd = float(q.original_value) / rates[str(q.original_currency)]
        about = f" (about {fmt.usd_m(usd)})" if pd.notna(usd) and str(q.original_currency) != "USD" else ""
        more = "≥ " if str(getattr(q, "note", "")).startswith("Lower bound") else ""
        parts.append(f"; {q.company} {period_words(q.period)} revenue "
                     f"{more}{fmt.money_m(q.original_value, q.original_currency)}{about}")
    return "".join(parts)


def _three(value: float) -> float:
    if pd.isna(value) or round(float(value), 1) == float(value):
        return value
    return float(fmt._significant(float(value), 3))


def _vendor_values(row: object, figures: pd.DataFrame) -> str:
    """'Runway ≥ USD 90M; Synthesia ≥ USD 100M' (the vendors' figures as reported, '≥ ' where every figure
    summed is a lower bound, its note starting 'Lower bound'), revenue that covers part of the year said
    to ('Kling AI (Kuaishou) USD 98M, Q1–Q3 only')."""
    counted = figures[figures["counted"].astype(bool) & (figures["year"] == row.year)
                      & (figures["basis"] == row.basis)]
    parts = []
    for item in str(row.vendors).split("; "):
        name, _, value = item.rpartition(" ")
        own = counted[counted["company"] == name]
        coverage = _coverage(own) if row.basis == "revenue" else ""
        usd = fmt.usd_m(float(value.replace(",", "")))
        currencies = set(own["original_currency"].astype(str)) if "original_currency" in own else {"USD"}
        if len(currencies) == 1 and currencies != {"USD"}:
            usd = (f"{fmt.money_m(float(own['original_value'].sum()), currencies.pop())} "
                   f"(about {usd})")
        gone = _unreported(own) if coverage else ""
        notes = own["note"].fillna("").astype(str) if "note" in own else pd.Series([], dtype=str)
        floor = "≥ " if len(notes) and notes.str.startswith("Lower bound").all() else ""
        parts.append(f"{name} {floor}{usd}" + (f",{coverage.removeprefix(' for')}{gone}" if coverage else ""))
    return "; ".join(parts)


def plain_company_names(metrics: pd.DataFrame) -> pd.DataFrame:
    """The company metrics with a product's one-word parent dropped from its name, so the report names it
    once and then plainly: 'Kling AI (Kuaishou)' -> 'Kling AI'; a longer bracket ('MiniMax (group, incl.
    Hailuo AI)') is kept, as it says what the figure covers."""
    names = metrics["company"].astype(str).str.replace(r"\s*\([A-Z][\w-]*\)$", "", regex=True)
    return metrics.assign(company=names)


def _ids(*tables: pd.DataFrame) -> set[str]:
    """The source ids a set of tables cite ('a; b' cells split)."""
    return {sid.strip() for table in tables for column in ("source_id", "source_ids", "forecast_source_ids")
            if column in table for text in table[column].dropna() for sid in str(text).split(";")
            if sid.strip()}


def _graded(*tables: pd.DataFrame) -> str:
    grades = sorted({str(g) for t in tables if "evidence" in t for g in t["evidence"].dropna()})
    return (f"; evidence grade {grades[0]}" if len(grades) == 1
            else f"; evidence grades {', '.join(grades)}" if grades else "")


def paths_source(paths: pd.DataFrame, newest: object) -> str:
    """The forecast chart's source line, naming the publishers (a credit only inferred tagged) and how
    many pages quote them, with the newest page's date, so the chart read alone says whose figures it
    draws: 'Source: forecasts by Fortune Business Insights, Grand View Research (publisher inferred) and
    Market.us, quoted second-hand on 4 pages (newest dated 31 July 2026), listed under Sources; evidence
    grade C'.

    >>> p = pd.DataFrame({"publisher": ["P", "Q"], "note": ["", "credit inferred"], "source_id": ["a", "b"],
    ...                   "evidence": ["C", "C"]})
    >>> print(paths_source(p, "2026-07-31"))  # doctest: +NORMALIZE_WHITESPACE
    Source: forecasts by P and Q (publisher inferred), quoted second-hand on 2 pages (newest dated 31 July
    2026), listed under Sources; evidence grade C
    """
    names = []
    if "definition" in paths:  # AI video generators' publishers first, as the chart draws them bold
        paths = paths.assign(_other=paths["definition"] != "ai-video-generator").sort_values("_other",
                                                                                          kind="stable")
    for publisher, rows in paths.groupby("publisher", sort=False):
        notes = " ".join(rows["note"].dropna().astype(str)).lower() if "note" in rows else ""
        inferred = any(word in notes for word in ("infer", "not named in-line", "names no publisher"))
        names.append(f"{publisher} (publisher inferred)" if inferred else str(publisher))
    pages = len(_ids(paths))
    return (f"Source: forecasts by {_and(names)}, quoted second-hand on {fmt.count(pages, 'page')} (newest "
            f"dated {_date_words(newest)}), listed under Sources{_graded(paths)}")


def vendor_chart_source(shown: pd.DataFrame, comparison: pd.DataFrame, sources: pd.DataFrame,
                        figures: pd.DataFrame) -> str:
    """The vendor chart's source line, counting the page that gives the exchange rate the converted
    figures use (a source id named in the note of a converted figure of ``figures``): 'Source: vendor
    disclosures and press
    reports on 7 pages, the forecasts above on 3 pages and 1 page giving the CNY-to-USD rate, quoted
    second-hand; 11 sources, listed under Sources; evidence grades B, C'. Only the counted figures of
    ``shown`` (the bars) in the years with a forecast count."""
    if "counted" in shown:
        shown = shown[shown["counted"].astype(bool)]
    if {"market_low", "year"} <= set(comparison) and "year" in shown:  # only the years drawn (forecast)
        drawn = set(comparison.dropna(subset=["market_low"])["year"].astype(int))
        shown = shown[shown["year"].astype(int).isin(drawn)]
        comparison = comparison[comparison["year"].astype(int).isin(drawn)]
    vendor_ids, forecast_ids = _ids(shown), _ids(comparison)
    ids = vendor_ids | forecast_ids
    known = set(sources["source_id"].astype(str))
    rate = ""
    rate_ids: set[str] = set()
    if "fx_rate" in figures and "note" in figures:
        rated = figures[figures["fx_rate"].notna()]
        found = {sid for note in rated["note"].dropna().astype(str) for sid in known
                 if re.search(rf"(?<![\w-]){re.escape(sid)}(?![\w-])", note)}
        if found:
            rate_ids = found - ids
            currency = str(rated["original_currency"].iloc[0])
            rate = f" and {fmt.count(len(rate_ids), 'page')} giving the {currency}-to-USD rate"
    return (f"Source: vendor disclosures and press reports on {fmt.count(len(vendor_ids), 'page')}, the "
            f"forecasts above on {fmt.count(len(forecast_ids - vendor_ids), 'page')}{rate}, quoted "
            f"second-hand; {fmt.count(len(ids | rate_ids), 'source')}, listed under Sources{_graded(shown)}")
