"""The findings and method notes of the market report (notebooks/01): the pieces that draw on both the
forecasts' stories (:mod:`videomarket.stories._market`) and the vendors'
(:mod:`videomarket.stories._market_vendors`)."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from videomarket.stories import _wording as wording
from videomarket.stories import fmt
from videomarket.stories._market import (
    _and,
    _relay,
    _sources_of,
    _top,
    github_page,
    number_word,
    own_rates,
    period_words,
    published_words,
    read_in,
    share_range,
    usd_billions,
    usd_stated,
)
from videomarket.stories._market_vendors import (
    _floor_line,
    _vendor_names,
    market_staleness_brief,
    missing_quarters,
    year_forecasts_text,
)
from videomarket.stories._notes import term

#: The vendor chart's y-axis: the revenue a year would bring if the stated pace held all year.
VENDOR_CHART_YLABEL = "Revenue (USD), earned\nor at stated pace"


def market_findings(
    common: object,
    matches: pd.DataFrame,
    claim: Mapping[int, float],
    comparison: pd.DataFrame,
    rates: pd.DataFrame,
    figures: pd.DataFrame,
    weaker: pd.DataFrame | None = None,
    values: pd.DataFrame | None = None,
) -> list[str]:
    """Up to five computed findings for the top of the report, one idea each and none resting on a grade-D
    figure: the headline sum, low case first, with the better-graded share and what the top of the range
    rests on (:func:`headline_finding`), that the later quarters of the vendor with two cases could move
    it either way, with the break-even point (:func:`later_quarters_finding`), whose revenue that sum
    mostly is (:func:`share_finding`), the forecasts' own rates and where we read them
    (:func:`agreement_finding`) and the vendors' growth against the forecasts' over the same months
    (:func:`growth_finding`, from ``rates``). ``claim``, ``weaker`` and ``values`` are kept for the
    notebook's call."""
    del claim, weaker, values
    top = _top(comparison)
    findings = []
    if top is not None:
        lines = (headline_finding(comparison, figures), later_quarters_finding(comparison, figures),
                 share_finding(top, figures))
        findings += [line for line in lines if line]
    findings.append(agreement_finding(common, matches, None))
    growth = growth_finding(rates)
    if growth:
        findings.append(growth)
    return findings[:5]


def growth_finding(rates: pd.DataFrame) -> str:
    """The key finding on the rate, one sentence per vendor whose two comparable figures fall in years the
    forecasts cover (:func:`videomarket.market.growth_against_forecasts`): its multiple over its own months
    against the forecasts' over the same months, then why it is a weak test: "Kling AI's revenue grew
    about 4.3× in 12 months, against 1.18×–1.20× for the forecasts. Synthesia's ARR grew about 1.5× in 9
    months, against 1.13×–1.15×. A weak test: vendors that publish tend to be fast growers."
    ('' when no vendor
    series falls in those years).

    >>> r = pd.DataFrame({"caveat": ["", ""], "first_end": [1, 2], "company": ["A", "B"],
    ...                   "metric": ["revenue", "arr"], "n_forecasts": [3, 3], "multiple": [4.33, 1.5],
    ...                   "months": [12, 9], "forecast_multiple_low": [1.1816, 1.1345],
    ...                   "forecast_multiple_high": [1.2022, 1.1494]})
    >>> print(growth_finding(r))  # doctest: +NORMALIZE_WHITESPACE
    A's revenue grew about 4.3× in 12 months, against 1.18×–1.20× for the forecasts. B's ARR grew about
    1.5× in 9 months, against 1.13×–1.15×. A weak test: vendors that publish tend to be fast
    growers.
    >>> growth_finding(r.assign(n_forecasts=0))
    ''
    """
    comparable = rates[rates["caveat"].fillna("") == ""].sort_values(["first_end", "company"], kind="stable")
    covered = comparable[comparable["n_forecasts"] > 0]
    if covered.empty:
        return ""
    kinds = {"revenue": "revenue", "arr": "ARR", "run_rate": "run-rate"}
    parts = []
    for i, r in enumerate(covered.drop_duplicates("company").itertuples()):
        lo, hi = f"{r.forecast_multiple_low:.2f}", f"{r.forecast_multiple_high:.2f}"
        forecast = f"{lo}×" if lo == hi else f"{lo}×–{hi}×"
        tail = " for the forecasts" if i == 0 else ""
        parts.append(f"{fmt.possessive(short_name(r.company))} {kinds.get(str(r.metric), 'figures')} grew "
                     f"about {r.multiple:.1f}× in {int(r.months)} months, against {forecast}{tail}.")
    return " ".join(parts) + " A weak test: vendors that publish tend to be fast growers."


def headline_finding(comparison: pd.DataFrame, figures: pd.DataFrame) -> str:
    """The headline key finding, low case first: the vendors' sum in the comparison table's top year with
    the vendor with two cases at its quarterly pace (:func:`pace_low_total`) and its share of that year's
    forecasts, the better-graded figures' share (:func:`better_graded_total`), then what the top of the
    range rests on (:func:`high_case_basis`): "Three vendors' latest stated paces (Kling AI's Q1 2026)
    come to about USD 604M for 2026, 64%–71% of the forecasts; better-graded figures only: 58%–65%. The
    high
    case (up to 83%) rests on a weaker figure: Kling AI's USD 500M run-rate of 28 May 2026, for no stated
    period ([grade](...) C)." With one case only, the sum against the forecasts ('' without a compared
    year)."""
    top = _top(comparison)
    if top is None:
        return ""
    count = number_word(len(_vendor_names(top["vendors"])))
    market_low, market_high = float(top["market_low"]), float(top["market_high"])
    low = pace_low_total(top, figures)
    shares = share_range(low / market_high, low / market_low)
    own = _kling_cases(top, figures)
    if own is None:
        return (f"At their latest stated pace, {count} vendors' figures come to about {fmt.usd_m(low)} for "
                f"{int(top['year'])}, {shares} of the forecasts ({usd_range(market_low, market_high)}).")
    quarter = figures[(figures["company"] == own[0]["company"]) & (figures["kind"] == "quarter")
                      & (figures["year"] == int(top["year"]))].sort_values("period_end").iloc[-1]
    graded = better_graded_total(comparison, figures)
    better = "" if graded is None else (
        f"; better-graded figures only: {share_range(graded / market_high, graded / market_low)}")
    high = quarters_then_pace_total(top, figures) / market_low
    whose = fmt.possessive(short_name(own[0]["company"]))
    text = (f"{count.capitalize()} vendors' latest stated paces ({whose} "
            f"{period_words(quarter['period'])}) come to about {fmt.usd_m(low)} for {int(top['year'])}, "
            f"{shares} of the forecasts{better}.")
    return f"{text} The high case (up to {fmt.pct(high, 0)}) rests on {high_case_basis(top, figures)}."


def high_case_basis(top: pd.Series, figures: pd.DataFrame) -> str:
    """What the high case adds, in plain words, for the vendor whose stated figure replaces its quarterly
    pace (:func:`quarter_pace`): the figure, when it was stated, that no period was given when its period
    names only the day it was stated, and its evidence grade linked to the glossary: "a weaker figure:
    Kling AI's USD 500M run-rate of 28 May 2026, for no stated period ([grade](...) C)" ('a weaker'
    for grades C and D only; '' when no quarter is below its stated pace)."""
    found = quarter_pace(top, figures)
    if found is None:
        return ""
    row = found[0]
    what, no_period = _stated_figure(row)
    unstated = ", for no stated period" if no_period else ""
    grade = str(row.get("evidence", ""))
    weaker = "a weaker figure: " if grade in ("C", "D") else ""
    return (f"{weaker}{fmt.possessive(short_name(row['company']))} {fmt.usd_m(float(row['value_usd_m']))} "
            f"{what} of {fmt.day(row['period_end'])}{unstated} ({term('grade-market', 'grade')} "
            f"{grade})")


def later_direction(top: pd.Series, figures: pd.DataFrame) -> tuple[str, str, str] | None:
    """Which way the later quarters of the vendor with two cases more likely move the low case, when its
    stated pace was given after its latest quarter ended and is above that quarter's pace (the low case):
    (its stated figure, the day it was stated, that quarter's pace), e.g. ('USD 500M run-rate',
    '28 May 2026', 'USD 364M'). None without two cases or when the stated figure is not later than the
    quarter."""
    own = _kling_cases(top, figures)
    if own is None:
        return None
    stated = own[0]
    quarters = figures[(figures["company"] == stated["company"]) & (figures["year"] == int(top["year"]))
                       & (figures["metric"] == "revenue") & (figures["kind"] == "quarter")]
    if quarters.empty or pd.Timestamp(stated["period_end"]) <= pd.Timestamp(quarters["period_end"].max()):
        return None
    what = "run-rate" if stated["metric"] == "run_rate" else "ARR"
    return (f"{fmt.usd_m(float(stated['value_usd_m']))} {what}", fmt.day(stated["period_end"]),
            fmt.usd_m(own[1]))


def later_quarters_finding(comparison: pd.DataFrame, figures: pd.DataFrame) -> str:
    """The key finding on what the vendor with two cases has yet to report: which way its later quarters
    more likely move the low case when the data say (:func:`later_direction`; else 'either way', since no
    later figure is known), and the break-even point readers can set against them
    (:func:`_needed_parts`): 'Kling AI's later quarters, not yet in our sources, more likely raise the low
    case than lower it: its USD 500M run-rate (28 May 2026) is above its Q1 pace (USD 364M). The three
    vendors fill the 2026 forecasts only if it earns USD 607M–708M (1.7×–1.9× its Q1 pace).' ('' without
    two cases)."""
    parts = _needed_parts(comparison, figures)
    if parts is None:
        return ""
    _, count, year, name, needed, multiple, quarter = parts
    direction = later_direction(_top(comparison), figures)
    if direction is None:
        lean = "could move the range either way, as no later figure of its own is known"
    else:
        stated, day, pace = direction
        lean = (f"more likely raise the low case than lower it: its {stated} ({day}) is above its {quarter} "
                f"pace ({pace})")
    return (f"{fmt.possessive(name)} later quarters, not yet in our sources, {lean}. The {count} vendors "
            f"fill the {year} forecasts only if it earns {needed} ({multiple} its {quarter} pace).")


def agreement_finding(common: object, matches: pd.DataFrame | None, top: pd.Series | None) -> str:
    """The first key finding, about the market: the rate the publishers' forecasts agree on and, with the
    comparison table's top year (``top``), that year's forecast size in billions, and that we read them
    only second-hand (:func:`_quoting_pages`): "Forecasts from Fortune Business Insights and probably Grand
    View Research put AI video generators' growth at about 19–20% a year. We read them second-hand, on
    GitHub pages, not on the publishers' own." Falls back on :func:`independent_rates` when only one
    publisher is fitted."""
    low, high, _, _ = own_rates(common)
    count = common.editions["publisher"].nunique()
    if count < 2:
        return independent_rates(common, matches).removesuffix(".") + ", read second-hand."
    lo, hi = fmt.pct(low, 0), fmt.pct(high, 0)
    span = lo if lo == hi else f"{lo.removesuffix('%')}–{hi}"
    size = ""
    if top is not None:
        size = (f", roughly {usd_billions(float(top['market_low']), float(top['market_high']))} in "
                f"{int(top['year'])}")
    named, guessed = _credits(common.editions)
    who = _and(named + [f"probably {p}" for p in guessed])
    return (f"Forecasts from {who} put AI video generators' growth at about {span} a year{size}. We read "
            f"them second-hand, on {_quoting_pages(common.editions)}, not on the publishers' own.")


def _quoting_pages(editions: pd.DataFrame) -> str:
    """Where the forecasts reach us, plainly: 'GitHub pages' when every source id is a GitHub file's
    (an id starting 'gh-'), else 'other websites'."""
    ids = [i.strip() for ids in editions["source_ids"] for i in str(ids).split(";") if i.strip()] \
        if "source_ids" in editions else []
    return "GitHub pages" if ids and all(i.startswith("gh-") for i in ids) else "other websites"


#: Words in a forecast's note saying the page did not name its publisher, which was inferred.
_INFERRED_WORDS = ("infer", "not named in-line", "names no publisher")


def _credited_forecasts(editions: pd.DataFrame, short: bool = False) -> str:
    """Whose the forecasts are, one per publisher, saying which publisher is credited only by inference
    (a note with 'infer' or 'not named in-line'): 'two second-hand forecasts, one from Fortune Business
    Insights and one credited by inference to Grand View Research'; ``short``: 'second-hand
    forecasts from one publisher, Fortune Business Insights, and probably a second, Grand View Research'.

    >>> e = pd.DataFrame({"publisher": ["FBI", "FBI", "GVR"], "note": ["", None, "GVR attribution inferred"]})
    >>> _credited_forecasts(e)
    'two second-hand forecasts, one from FBI and one credited by inference to GVR'
    >>> _credited_forecasts(e, short=True)
    'second-hand forecasts from one publisher, FBI, and probably a second, GVR'
    """
    named, guessed = _credits(editions)
    count = len(named) + len(guessed)
    if short and len(named) == 1 and len(guessed) == 1:
        return f"second-hand forecasts from one publisher, {named[0]}, and probably a second, {guessed[0]}"
    if short:
        parts = named + [f"probably {p}" for p in guessed]
        return f"second-hand forecasts from {number_word(count)} publishers, {_and(parts)}"
    parts = [f"one from {p}" for p in named] + [f"one credited by inference to {p}" for p in guessed]
    return f"{number_word(count)} second-hand forecasts, {_and(parts)}"


def independent_rates(common: object, matches: pd.DataFrame | None) -> str:
    """The forecasts' own rates with the quote's own edition left out (it cannot test itself): the other
    publishers' editions are the independent ones, the quote publisher's other editions named apart
    ("Besides the quote's own edition, the forecasts ... imply 20.2% a year (GVR, independent) and 18.7%
    (another FBI edition)"); one independent forecast alone is the finding's one number: "Only one other
    forecast of the same market is independent of the quote: Grand View Research's, at 20.2% a year."
    The plain range when no edition matches the quote."""
    editions = common.editions
    quote = _quote_path(matches)
    if quote is None or quote not in set(editions["path"]):
        low, high, _, _ = own_rates(common)
        return f"The forecasts for AI video generators imply {fmt.pct(low)}–{fmt.pct(high)} a year."
    publisher = editions.loc[editions["path"] == quote, "publisher"].iloc[0]
    rest = editions[editions["path"] != quote]
    free = rest[rest["publisher"] != publisher]
    same = rest[rest["publisher"] == publisher]
    if len(free) == 1:  # one headline number: the one forecast that can test the quote
        row = free.iloc[0]
        return (f"Only one other forecast of the same market is independent of the quote: "
                f"{fmt.possessive(row['publisher'])}, at {fmt.pct(row['implied_rate'])} a year.")
    parts = []
    for row in free.itertuples():
        only = ", the only independent one" if len(free) == 1 else ", independent"
        parts.append(f"{fmt.pct(row.implied_rate)} a year ({row.publisher}{only})" if not parts
                     else f"{fmt.pct(row.implied_rate)} ({row.publisher}{only})")
    for row in same.itertuples():
        rate = fmt.pct(row.implied_rate) + (" a year" if not parts else "")
        parts.append(f"{rate} (another {row.publisher} edition)")
    if not parts:
        return "No forecast apart from the quote's own edition is left to test it."
    return ("Besides the quote's own edition, the forecasts for AI video generators imply "
            f"{_and(parts)}.")


def _quote_path(matches: pd.DataFrame | None) -> str | None:
    """The path of the edition that states every figure of the quote (None when none does)."""
    if matches is None or matches.empty or "all_matched" not in matches:
        return None
    found = matches[matches["all_matched"].astype(bool)]
    return None if found.empty else str(found["path"].iloc[0])


def lean_words(top: pd.Series, figures: pd.DataFrame, short: bool = False) -> str:
    """Which way the top year's inputs push its sums, computed: a figure of an earlier year kept at its
    level and the inputs that are 'more than' amounts (a note starting 'Lower bound'), both making the sums
    low:
    "Runway's June 2025 figure, the newest we have, is kept at its 2025 level and all three of its inputs
    are 'at least' amounts, so the sums lean low" (the low case's inputs: the quarter's pace stands in for
    that vendor's run-rate); ``short`` (the finding's): "Runway kept at earlier levels, 'at least' amounts"
    ('' when neither)."""
    used = pace_figures(top, figures)
    found = quarter_pace(top, figures)
    inputs = [used]
    if found is not None:  # the low case: the quarter's pace replaces that vendor's stated run-rate
        inputs = [used[used["company"] != found[0]["company"]]]
        inputs.append(figures[(figures["company"] == found[0]["company"]) & (figures["kind"] == "quarter")
                              & (figures["year"] == int(top["year"]))].sort_values("period_end").iloc[-1:])
    rows = pd.concat(inputs)
    notes = rows["note"] if "note" in rows else pd.Series("", index=rows.index)
    bounds = int(notes.fillna("").astype(str).str.startswith("Lower bound").sum())
    held = used[pd.to_datetime(used["period_end"]).dt.year < int(top["year"])]
    if short:
        parts = ([f"{_and(short_name(c) for c in held['company'].unique())} kept at earlier levels"]
                 if len(held) else [])
        return ", ".join(parts + (["'at least' amounts"] if bounds else []))
    parts = [f"{fmt.possessive(short_name(r.company))} {pd.Timestamp(r.period_end):%B %Y} figure"
             + (", the newest we have," if _newest_of(figures, r.company, r.period_end) else "")
             + f" is kept at its {pd.Timestamp(r.period_end).year} level"
             for r in held.drop_duplicates("company").itertuples()]
    if bounds == len(rows):
        parts.append(f"all {number_word(len(rows))} of its inputs are 'at least' amounts" if len(rows) > 1
                     else "its one input is an 'at least' amount")
    elif bounds:
        what = "is an 'at least' amount" if bounds == 1 else "are 'at least' amounts"
        parts.append(f"{bounds} of its {len(rows)} inputs {what}")
    return f"{_and(parts)}, so the sums lean low" if parts else ""


def _newest_of(figures: pd.DataFrame, company: object, period_end: object) -> bool:
    """Whether no figure of ``company`` in ``figures`` ends after ``period_end``."""
    own = pd.to_datetime(figures.loc[figures["company"] == company, "period_end"], errors="coerce")
    return bool(own.dropna().le(pd.Timestamp(period_end)).all())


def share_finding(top: pd.Series, figures: pd.DataFrame) -> str:
    """The key finding on whose revenue the vendors' sums are, which the answer leaves out: the vendor with
    two cases as a share of the low and the high case's sums, and the other vendors alone against the
    year's forecasts: 'Kling AI makes up about 60%–66% of the three vendors' 2026 sums. Without it, the
    figures of Runway and Synthesia come to 25%–28% of the forecasts.' ('' without two cases)."""
    own = _kling_cases(top, figures)
    if own is None:
        return ""
    part = share_range(own[1] / pace_low_total(top, figures), own[2] / quarters_then_pace_total(top, figures))
    rest = _others(top, own[0]["company"])
    others = sum(value for _, value in rest)
    count = number_word(len(rest) + 1)
    alone = share_range(others / float(top["market_high"]), others / float(top["market_low"]))
    names = _and(short_name(name) for name, _ in rest)
    return (f"{short_name(own[0]['company'])} makes up about {part} of the {count} vendors' "
            f"{int(top['year'])} sums. Without it, the figures of {names} come to {alone} of the forecasts.")


def _stated_figure(row: pd.Series) -> tuple[str, bool]:
    """A stated pace's kind in words and whether its period names only the day it was stated.

    >>> _stated_figure(pd.Series({"metric": "run_rate", "period": "2026-05-28 (stated)"}))
    ('run-rate', True)
    """
    period = str(row.get("period", ""))
    return ("run-rate" if row["metric"] == "run_rate" else "ARR",
            "(stated" in period or "not given" in period.lower())


def high_case_words(top: pd.Series, figures: pd.DataFrame) -> str:
    """What the high case rests on, when a stated run-rate replaces a vendor's lower quarterly pace
    (:func:`quarter_pace`): 'rests on one grade-C run-rate of unknown scope and may lean high' (a run-rate
    whose period is not given, only the day it was stated, has an unknown scope); '' when no quarter is
    below its stated pace."""
    found = quarter_pace(top, figures)
    if found is None:
        return ""
    row = found[0]
    what, no_period = _stated_figure(row)
    scope = " of unknown scope" if no_period else ""
    return f"rests on one grade-{row['evidence']} {what}{scope} and may lean high"


def early_pace_words(comparison: pd.DataFrame, figures: pd.DataFrame) -> str:
    """For the earliest compared year's run-rate row, which way counting each stated pace as the whole
    year's revenue pushes it, for a growing firm: a pace of June or July is about the year's average, an
    earlier one below it, a later one above it; with 'at least' amounts the row leans low or is neutral:
    "The run-rates likely lean low, if anything. For a growing firm, Runway's June 2025 pace is about the
    year's average and Synthesia's April 2025 pace below it; both are 'at least' amounts."
    '' when a pace is from August or later (it could lean either way)."""
    rows = comparison.dropna(subset=["market_usd_m"])
    rows = rows[rows["basis"] == "annualized"].sort_values("year")
    if len(rows) < 2:
        return ""
    row = rows.iloc[0]
    used = pace_figures(row, figures).drop_duplicates("company")
    months = pd.to_datetime(used["period_end"]).dt.month
    if used.empty or (months > 7).any():
        return ""
    parts = [f"{fmt.possessive(short_name(r.company))} {pd.Timestamp(r.period_end):%B %Y} pace "
             + ("is about the year's average" if m >= 6 else "below it" if i
                else "is below the year's average")
             for i, (r, m) in enumerate(zip(used.itertuples(), months, strict=True))]
    notes = used["note"].fillna("").astype(str) if "note" in used else pd.Series("", index=used.index)
    floors = notes.str.startswith("Lower bound").all()
    many = "both are" if len(used) == 2 else "all are"
    tail = (f"; {many} 'at least' amounts" if floors and len(used) > 1
            else "; it is an 'at least' amount" if floors else "")
    return (f"The run-rates likely lean low, if anything. For a growing firm, "
            f"{_and(parts)}{tail}.")


def earlier_year_words(comparison: pd.DataFrame, figures: pd.DataFrame) -> str:
    """Why the earliest compared year has no total under the top year's rules, and the floor it does
    give, all rows of the year added, in the chart label's words (:func:`vendor_chart_group_labels`): "No
    like-for-like sum (revenue and run-rates mixed), as Kling AI stated no 2025 run-rate and its Q4 2025
    revenue is not in our data. Adding them anyway gives a floor of about USD 288M, 37%–40% of the 2025
    forecasts." ('' when the top year is the only compared year)."""
    top = _top(comparison)
    compared = comparison.dropna(subset=["market_usd_m"])
    if top is None or compared["year"].nunique() < 2:
        return ""
    year = int(compared["year"].min())
    rows = compared[compared["year"] == year]
    found = quarter_pace(top, figures)
    total = float(rows["vendor_total_usd_m"].sum())
    low, high = float(rows["market_low"].iloc[0]), float(rows["market_high"].iloc[0])
    share = share_range(total / high, total / low)
    if found is None:
        return (f"In {year} the same vendors' figures add to roughly {fmt.usd_m(total)}, probably a floor: "
                f"{share} of the forecasts.")
    company = found[0]["company"]
    held = sorted(str(p)[-2:] for p in figures.loc[
        (figures["company"] == company) & (figures["year"] == year) & (figures["kind"] == "quarter")
        & (figures["metric"] == "revenue"), "period"])
    gone = [q for q in ("Q1", "Q2", "Q3", "Q4") if q not in held]
    stated = figures[(figures["company"] == company) & (figures["year"] == year)
                     & (figures["basis"] == "annualized") & figures["counted"].astype(bool)]
    why = [f"{short_name(company)} stated no {year} run-rate"] if stated.empty else []
    if gone:
        why.append(f"its {_and(gone)} {year} revenue {'is' if len(gone) == 1 else 'are'} not in our data")

    return (f"No like-for-like sum (revenue and run-rates mixed), as {_and(why)}. Adding them anyway gives "
            f"a floor of about {fmt.usd_m(total)}, {share} of the {year} forecasts.")


def market_method_notes(latest: object, common: object, comparison: pd.DataFrame) -> str:
    """The method notes of the market report, as Markdown bullets, with the numbers they quote computed
    (``comparison`` is kept for the notebook's call); that the forecasts are second-hand is said once, in
    :func:`market_staleness`, just before. No combined rate is fitted: the forecasts' own rates are the
    figures quoted (``latest`` is kept for the notebook's call)."""
    del latest, common, comparison
    notes = [
        "**One market at a time.** AI video generators, broad AI video and adjacent markets measure "
        "different things; only values of one market are compared.",
        "**A year's forecasts** are the values stated for it or, between two stated values, the value at "
        "the forecast's own steady rate; no forecast is extended beyond its stated years.",
        "**Stated pace.** A run-rate or ARR counts as that year's revenue at its stated pace, with no "
        "growth. When a vendor states no figure for the next year, its last figure is held flat into it.",
        "**Vendors against the forecasts' growth.** The forecasts' multiple over a vendor series' months "
        "is each forecast's own yearly rate between its values for those years, compounded over the span "
        "counted in exact days, not whole months.",
        "**Scope.** Avatar platforms (Synthesia, HeyGen) count as AI video generators. Group revenue that "
        "is not video-only and aggregators reselling other vendors' models are left out as not comparable.",
    ]
    return "\n".join(f"- {note}" for note in notes)


# --- the answer and the vendors' pace ----------------------------------------------------------------------


def usd_range(low: float, high: float) -> str:
    """'USD 860M–948M' (three significant digits), or one value: 'USD 847M'."""
    a, b = fmt.usd_m(low), fmt.usd_m(high)
    return a if a == b else f"{a}–{b.removeprefix('USD ')}"


def _fx_rates(figures: pd.DataFrame) -> dict[str, tuple[float, str]]:
    """{currency: (rate per USD, 'the 2025 average rate' or 'the rate of 1 May 2025')} of the counted
    figures converted from another currency."""
    if "fx_rate" not in figures:
        return {}
    rated = figures[figures["counted"].astype(bool) & figures["fx_rate"].notna()]
    found: dict[str, tuple[float, str]] = {}
    for row in rated.sort_values("fx_date").itertuples():
        average = re.search(r"the (\d{4}) average rate", str(getattr(row, "note", "")))
        what = f"the {average[1]} average rate" if average else f"the rate of {fmt.day(row.fx_date)}"
        found[str(row.original_currency)] = (float(row.fx_rate), what)
    return found


def pace_parts(figures: pd.DataFrame, top: pd.Series) -> dict[str, str]:
    """A vendor's own quarterly revenue in the year set against the run-rate it stated for that year, when
    four times the quarter is below the stated pace, in four parts: 'inputs' (the quarter and its pace
    against the run-rate), 'cases' (the year's total in the two cases, :func:`case_names`), 'cross' (a
    broker's forecast, :func:`broker_check`) and 'caveat' (why the two paces differ); {} when no quarter
    says so. A quarter in another currency with no rate for its year is converted at the rate used for an
    earlier year, said to be an illustration."""
    year = int(top["year"])
    rates = _fx_rates(figures)
    stated = figures[figures["counted"].astype(bool) & (figures["year"] == year)
                     & (figures["basis"] == "annualized")]
    quarters = figures[(figures["year"] == year) & (figures["metric"] == "revenue")
                       & (figures["kind"] == "quarter")].sort_values("period_end")
    for row in quarters.itertuples():
        pace_rows = stated[stated["company"] == row.company]
        if pace_rows.empty:
            continue
        illustration = ""
        usd = row.value_usd_m
        if pd.isna(usd):
            if str(row.original_currency) not in rates:
                continue
            rate, what = rates[str(row.original_currency)]
            usd = float(row.original_value) / rate
            illustration = f" (about {fmt.usd_m(usd)} at {what})"
        pace = float(pace_rows["value_usd_m"].iloc[-1])
        if 4 * usd >= pace:
            continue
        more = "more than " if str(getattr(row, "note", "")).startswith("Lower bound") else ""
        total = float(top["calendar_low_usd_m"]) - pace + 4 * usd
        rest = quarters_then_pace_total(top, figures)
        low, high = float(top["market_low"]), float(top["market_high"])
        gap = 1 - 4 * usd / pace
        low_name, high_name = case_names(top, figures)
        cases = _kling_cases(top, figures)
        own = f" ({usd_range(cases[1], cases[2])} for {short_name(row.company)})" if cases else ""
        return {
            "inputs": (f"{short_name(row.company)} reported {period_words(row.period)} revenue of "
                       f"{more}{fmt.money_m(row.original_value, row.original_currency)}{illustration}, a "
                       f"pace of about {fmt.usd_m(4 * usd)} a year, {fmt.pct(gap, 0)} below the "
                       f"{fmt.usd_m(pace)} run-rate."),
            "cases": (f"Low case, {fmt.possessive(short_name(row.company))} {low_name}: the "
                      f"{number_word(stated['company'].nunique())} vendors' figures come to about "
                      f"{fmt.usd_m(total)} for {year}, "
                      f"{share_range(total / high, total / low)} of the forecasts. High case, its "
                      f"{high_name}: about {fmt.usd_m(rest)}, {share_range(rest / high, rest / low)} of "
                      "the forecasts."),
            "cross": broker_check(figures, str(row.company), year, cases[1] if cases else 4 * usd,
                                  cases[2] if cases else pace).strip().removeprefix("As a cross-check, ")
            .replace(", below both.", f", below the low and high cases{own}.")
            .replace("),", f", before {period_words(row.period)} results),", 1),
            "caveat": ("The run-rate is higher than the quarter's pace. It may show growth after the "
                       "quarter, or a wider scope: a run-rate is a pace at one date, a quarter an average "
                       "over three months. Our data cannot say which."),
        }
    return {}


def broker_check(figures: pd.DataFrame, company: str, year: int, low: float, high: float) -> str:
    """A broker's forecast of the vendor's revenue for the year, as a cross-check on its two paces: ' As a
    cross-check, Goldman Sachs forecast USD 250M of Kling AI revenue for 2026 (grade B, made after Q2
    2025), below both.' ('' when none is held)."""
    found = figures[(figures["company"] == company) & (figures["metric"] == "analyst_forecast")
                    & (figures["year"] == year) & figures["value_usd_m"].notna()]
    if found.empty:
        return ""
    row = found.iloc[-1]
    label = re.match(r"FY\d{4} \((.*?), after (.*)\)$", str(row["period"]))
    who, after = ((label[1], f", made after {label[2].replace('2Q', 'Q2 20')} results") if label
                  else ("A broker", ""))
    value = float(row["value_usd_m"])
    where = "below both" if value < low else "above both" if value > high else "between the two"
    return (f" As a cross-check, {who} forecast {fmt.usd_m(value)} of {short_name(company)} revenue for "
            f"{year} (grade {row['evidence']}{after}), {where}.")


def _share_words(share: float) -> str:
    """A share in plain words, claiming no more than it is: 'over half', 'over a third', 'over a quarter',
    else a percentage ('about 20%').

    >>> _share_words(0.364), _share_words(0.2)
    ('over a third', 'about 20%')
    """
    for floor, words in ((1.0, "more than all"), (0.5, "over half"), (1 / 3, "over a third"),
                         (0.25, "over a quarter")):
        if share > floor:
            return words
    return f"about {fmt.pct(share, 0)}"


def broker_reading(top: pd.Series, figures: pd.DataFrame) -> str:
    """What the broker's cross-check means, with the vendor's latest quarter against the broker's full-year
    forecast (:func:`broker_check`) and the month the forecast was made (a date in its note): "Kling AI's
    Q1 2026 alone (≥ USD 91M) is over a third of that full-year estimate, made in August 2025." ('' when no
    quarter or broker forecast is held)."""
    found = quarter_pace(top, figures)
    if found is None:
        return ""
    company, year = found[0]["company"], int(top["year"])
    broker = figures[(figures["company"] == company) & (figures["metric"] == "analyst_forecast")
                     & (figures["year"] == year) & figures["value_usd_m"].notna()]
    quarters = figures[(figures["company"] == company) & (figures["year"] == year)
                       & (figures["metric"] == "revenue") & (figures["kind"] == "quarter")]
    if broker.empty or quarters.empty:
        return ""
    quarter = quarters.sort_values("period_end").iloc[-1]
    usd = found[1] / 4
    floor = "≥ " if str(quarter.get("note", "")).startswith("Lower bound") else "about "
    made = re.search(r"\((\d{4}-\d\d-\d\d)\)", str(broker.iloc[-1].get("note", "")))
    when = f", made in {pd.Timestamp(made[1]):%B %Y}" if made else ""
    return (f"{fmt.possessive(short_name(company))} {period_words(quarter['period'])} alone ({floor}"
            f"{fmt.usd_m(usd)}) is {_share_words(usd / float(broker.iloc[-1]['value_usd_m']))} of that "
            f"full-year estimate{when}.")


def _without(top: pd.Series, figures: pd.DataFrame, company: str) -> tuple[float, float] | None:
    """The year's pace total without one vendor, as shares of the highest and the lowest forecast."""
    counted = figures[figures["counted"].astype(bool) & (figures["year"] == top["year"])
                      & (figures["basis"] == top["basis"]) & (figures["company"] != company)]
    if len(counted) == int(top["n_vendors"]):
        return None
    total = float(counted["value_usd_m"].sum())
    return total / float(top["market_high"]), total / float(top["market_low"])


def short_name(company: object) -> str:
    """A vendor's name without its bracketed parent, for the one-parenthesis answer: 'Kling AI (Kuaishou)'
    -> 'Kling AI'."""
    return re.sub(r"\s*\(.*\)$", "", str(company))


def market_answer(common: object, comparison: pd.DataFrame, room: object, rates: pd.DataFrame,
                  values: pd.DataFrame, figures: pd.DataFrame, claimed_rate: float,
                  matches: pd.DataFrame | None = None, *, fit: object | None = None,
                  editions: pd.DataFrame | None = None, sources: pd.DataFrame | None = None) -> str:
    """The report's answer in two plain sentences, no parentheses. First, whether the quoted rate is a fair
    summary of the fitted forecasts, with their own range ('the two publishers' forecasts'). Second, that
    the vendors' own figures are too few and too uncertain to confirm or refute it, and, where the
    comparison table's top year's vendors alone would earn half that year's forecasts or more
    (:func:`pace_low_total` against the highest forecast), how much of them they already are, in words:
    'about half to three quarters of the 2026 forecasts' (:func:`quarter_share_words`).
    With ``fit`` (the headline fit, one edition per publisher) and the quote inside the range, the answer
    says the rate is the forecasts' own, nothing here measures the market's growth, and names the vendors
    growing faster (:func:`_fitted_answer`).
    With ``sources``, the answer is :func:`market_lead` (the liftable sentence, whose claim it tests, and
    that the range is provisional), or opens with whose claim it tests (:func:`quote_chain`).
    ``room``, ``rates``, ``values`` and ``matches`` are kept for the notebook's call."""
    if sources is not None and matches is not None:
        lead = market_lead(comparison, figures, claimed_rate, matches, sources, rates)
        if lead:
            return lead
        rest = market_answer(common, comparison, room, rates, values, figures, claimed_rate, matches, fit=fit,
                             editions=editions)
        return f"{quote_chain(matches, sources, claimed_rate)} {rest}".strip()
    low, high, _, _ = own_rates(common)
    if fit is not None:
        fitted = _fitted_answer(common, comparison, figures, claimed_rate, matches, rates)
        if fitted:
            return fitted
    holds = round(low, 3) - 0.005 <= claimed_rate <= round(high, 3) + 0.005
    publishers = common.editions["publisher"].nunique()
    whose = (f"{number_word(publishers).capitalize()} publishers' forecasts agree that" if publishers > 1
             else "One publisher's forecasts say")
    span = (f"about {fmt.pct(low, 0)}" if fmt.pct(low, 0) == fmt.pct(high, 0)
            else f"about {fmt.pct(low, 0)} to {fmt.pct(high, 0)}")
    rate = f"\"{fmt.pct(claimed_rate, 0)} a year\""
    both = "both" if publishers > 1 else "it"
    first = (f"{whose} AI video generators grow {span} a year, as quoted, but we read {both} only "
             "second-hand." if holds else
             f"{whose} AI video generators grow {span} a year, not the quoted {rate}, and we read {both} "
             "only second-hand.")
    top = _top(comparison)
    if top is None:
        return first + " No vendor figure can be set against the market's size."
    low_share = pace_low_total(top, figures) / float(top["market_high"])
    if low_share < 0.5:
        return f"{first} The vendors' own figures are too few to say whether the forecasts' level is right."
    high_share = quarters_then_pace_total(top, figures) / float(top["market_low"])
    count = len(_vendor_names(top["vendors"]))
    return (f"{first} {number_word(count).capitalize()} vendors alone would already earn about "
            f"{quarter_share_words(low_share, high_share)} of the {int(top['year'])} forecasts, so the "
            "forecasts' level may be low.")


def quote_chain(matches: pd.DataFrame, sources: pd.DataFrame, claimed_rate: float) -> str:
    """One short sentence on whose figure the quoted rate is and where it was read (a GitHub file described
    in words, :func:`github_page`): 'The 20% is Fortune Business Insights' forecast, as quoted by a GitHub
    page on e-commerce AI.' ('' when no forecast states every figure of the quote).

    >>> m = pd.DataFrame({"all_matched": [True], "publisher": ["FBI"], "source_id": ["g"]})
    >>> s = pd.DataFrame({"source_id": ["g"], "publisher": ["x (GitHub)"],
    ...                   "url": ["https://github.com/kangise/ecommerce-ai-roadmap/blob/2a78/a.md"]})
    >>> print(quote_chain(m, s, 0.20))
    The 20% is FBI's forecast, as quoted by a GitHub page on e-commerce AI.
    """
    whose = quote_clause(matches, sources)
    return f"The {fmt.pct(claimed_rate, 0)} is {whose}." if whose else ""


def provisional_words(comparison: pd.DataFrame, figures: pd.DataFrame) -> str:
    """Where the figures of the vendor with two cases stop and that the range is therefore provisional, in
    one plain sentence: its latest quarter of revenue and the day its run-rate was stated: "Kling AI's
    figures stop at Q1 2026 (a run-rate stated 28 May 2026); its later results are not in our sources, so
    the range is provisional." ('' without two cases; the data box says which results are missing)."""
    top = _top(comparison)
    own = _kling_cases(top, figures) if top is not None else None
    if own is None:
        return ""
    company = own[0]["company"]
    quarters = figures[(figures["company"] == company) & (figures["metric"] == "revenue")
                       & (figures["kind"] == "quarter")].sort_values("period_end")
    stated = f"a {own[0]['metric'].replace('_', '-')} stated {fmt.day(own[0]['period_end'])}"
    last = period_words(quarters["period"].iloc[-1]) if len(quarters) else ""
    stop = f"stop at {last} ({stated})" if last else f"stop at {stated}"
    return (f"{fmt.possessive(short_name(company))} figures {stop}; its later results are not in our "
            "sources, so the range is provisional.")


def market_lead(comparison: pd.DataFrame, figures: pd.DataFrame, claimed_rate: float,
                matches: pd.DataFrame, sources: pd.DataFrame, rates: pd.DataFrame | None = None) -> str:
    """The report's opening paragraph, two answers, size first: that our data cannot test the quoted rate
    (whose forecast it is, :func:`quote_clause`); what the top year's vendors' sum says of the forecasts'
    size (:func:`answer_shares`, and the better-graded figures' share, :func:`better_graded_total`, the
    grade linked to the glossary); with ``rates``, how the vendors with comparable figures grew against
    the forecasts, said to be consistent with a faster market but no evidence of it
    (:func:`growth_lead`); then one sentence of caveats (the second-hand forecasts, where the vendor with
    two cases stops and that its later quarters could move the range either way, and, for a vendor with
    figures in yuan, that the pages do not say whether China counts):
    'Our data cannot test the "20% a year" itself (Fortune Business Insights' forecast, as quoted by a
    GitHub page on e-commerce AI). The forecasts' size looks low, or their market narrower than its
    name: three vendors alone would earn about 64%–83% of the 2026 forecasts (58%–65% from the
    better-graded figures only). The two vendors whose growth can be compared grew faster over the same
    months (...), consistent with a faster-growing market but not evidence of it. Caveats: ...'
    ('' when no year is compared or the vendors' low case is under half the highest forecast: the size is
    then not judged)."""
    top = _top(comparison)
    if top is None or pace_low_total(top, figures) / float(top["market_high"]) < 0.5:
        return ""
    count = number_word(len(_vendor_names(top["vendors"])))
    rate = f"\"{fmt.pct(claimed_rate, 0)} a year\""
    whose = quote_clause(matches, sources)
    first = f"Our data cannot test the {rate} itself" + (f" ({whose})." if whose else ".")
    size = (f"The forecasts' size looks low, or their market narrower than its name: at their latest stated "
            f"pace, {count} vendors' figures alone come to about {answer_shares(top, figures)} of the "
            f"{int(top['year'])} forecasts.")
    growth = growth_lead(rates, numbers=False) if rates is not None else ""
    pace = (f"{growth[0].upper()}{growth[1:]}, consistent with a faster-growing market but not evidence of "
            "it.") if growth else ""
    caveats = ["the forecasts reach us only second-hand"]
    own = _kling_cases(top, figures)
    if own is not None:
        name = short_name(own[0]["company"])
        stop = provisional_words(comparison, figures).split(" (")[0].split(";")[0]
        if stop and later_direction(top, figures) is not None:
            caveats.append(f"{stop}, and its later quarters more likely raise the low end than lower it (its "
                           "run-rate stated since is above its pace in that quarter)")
        elif stop:
            caveats.append(f"{stop}, and later quarters could move the range either way (no later figure "
                           "is known)")
        yuan = figures.loc[figures["company"] == own[0]["company"], "original_currency"].astype(str)
        if (yuan == "CNY").any():
            caveats.append(f"whether the forecasts cover China, where {name} is based, is unknown")
    listed = "; ".join(caveats[:-1]) + ("; and " if len(caveats) > 1 else "") + caveats[-1]
    return " ".join(p for p in (first, size, pace, f"Caveats: {listed}.") if p)


def quote_clause(matches: pd.DataFrame, sources: pd.DataFrame) -> str:
    """Whose forecast the quoted rate is and where it was read (a GitHub file described in words,
    :func:`github_page`), as a clause: "Fortune Business Insights' forecast, as quoted by a GitHub page on
    e-commerce AI" ('' when no forecast states every figure of the quote).

    >>> m = pd.DataFrame({"all_matched": [True], "publisher": ["FBI"], "source_id": ["g"]})
    >>> s = pd.DataFrame({"source_id": ["g"], "publisher": ["x (GitHub)"],
    ...                   "url": ["https://github.com/kangise/ecommerce-ai-roadmap/blob/2a78/a.md"]})
    >>> quote_clause(m, s)
    "FBI's forecast, as quoted by a GitHub page on e-commerce AI"
    """
    if matches.empty or "all_matched" not in matches or not bool(matches["all_matched"].iloc[0]):
        return ""
    origin = matches.iloc[0]
    found = _sources_of(str(origin["source_id"]).split(";")[0].strip(), sources)
    kind, name = _relay(found[0]) if found else ("web", "a secondary page")
    who = f"a {github_page(name)}" if kind == "github" else name
    return f"{fmt.possessive(origin['publisher'])} forecast, as quoted by {who}"


def growth_lead(rates: pd.DataFrame, *, numbers: bool = True) -> str:
    """The vendors whose growth falls in years the forecasts cover
    (:func:`videomarket.market.growth_against_forecasts`), for the report's opening, when every one grew
    faster than the forecasts over the same months: 'the two vendors whose growth can be compared grew
    faster over the same months (Kling AI about 4.3× in 12 months, Synthesia about 1.5× in 9, against at
    most 1.2× for the forecasts)' ('' when none falls in those years or any grew no faster);
    ``numbers=False`` leaves the parenthesis out, for an opening kept to a few numbers.

    >>> r = pd.DataFrame({"caveat": ["", ""], "first_end": [1, 2], "company": ["A (P)", "B"],
    ...                   "n_forecasts": [3, 3], "multiple": [4.33, 1.5], "months": [12, 9],
    ...                   "forecast_multiple_low": [1.18, 1.13], "forecast_multiple_high": [1.2, 1.15]})
    >>> print(growth_lead(r))  # doctest: +NORMALIZE_WHITESPACE
    the two vendors whose growth can be compared grew faster over the same months (A about 4.3× in 12
    months, B about 1.5× in 9, against at most 1.2× for the forecasts)
    >>> growth_lead(r.assign(multiple=[1.1, 1.5]))
    ''
    """
    comparable = rates[rates["caveat"].fillna("") == ""].sort_values(["first_end", "company"], kind="stable")
    covered = comparable[comparable["n_forecasts"] > 0].drop_duplicates("company")
    if covered.empty or not (covered["multiple"] > covered["forecast_multiple_high"]).all():
        return ""
    parts = [f"{short_name(r.company)} about {r.multiple:.1f}× in {int(r.months)}"
             + (" months" if i == 0 else "") for i, r in enumerate(covered.itertuples())]
    who = ("the one vendor whose growth can be compared" if len(covered) == 1
           else f"the {number_word(len(covered))} vendors whose growth can be compared")
    if not numbers:
        return f"{who} grew faster than the forecasts over the same months"
    ceiling = f"{covered['forecast_multiple_high'].max():.1f}"
    return (f"{who} grew faster over the same months ({', '.join(parts)}, against "
            f"at most {ceiling}× for the forecasts)")


def without_share(top: pd.Series, figures: pd.DataFrame) -> str:
    """The top year's pace total without the vendor with two cases, as a share range of that year's
    forecasts (against the highest, then the lowest): '25%–28%' ('' without such a vendor)."""
    own = _kling_cases(top, figures)
    if own is None:
        return ""
    rest = pace_low_total(top, figures) - own[1]
    if rest <= 0:
        return ""
    return share_range(rest / float(top["market_high"]), rest / float(top["market_low"]))


def _fitted_answer(common: object, comparison: pd.DataFrame, figures: pd.DataFrame,
                   claimed_rate: float, matches: pd.DataFrame | None = None,
                   rates: pd.DataFrame | None = None) -> str:
    """The answer when the quote lies inside the forecasts' own range, in short sentences of one idea each:
    a plain verdict on where the rate comes from (:func:`rate_verdict`; the quote test of
    :func:`_quote_against_others` when one publisher alone agrees with the quote), a verdict on the rate
    itself against the vendors' growth (:func:`growth_verdict`, with ``rates``), then the vendors' share
    over the low and high cases (:func:`answer_shares`), each vendor dated by its own latest figure
    (:func:`pace_dates`, vendors and terms linked to the glossary): 'The "20% a year" is a forecast, not a
    measurement: forecasts from one publisher, and probably a second, agree on 19–20%. The rate cannot be
    tested against any measurement of the market; the two vendors with comparable figures grew 1.5×–4.3× in
    9–12 months, far faster than the forecasts, from a small base, and the 4.3× compares two 'at least'
    amounts. The level looks low, or the scope narrow: at their latest stated figures
    (Kling AI Q1 2026 revenue or May 2026 run-rate, Synthesia January 2026, Runway June 2025 held flat),
    three vendors alone would earn 64%–83% of the 2026 forecasts.'
    ``matches`` names the quote's edition. When the vendors' lowest total
    is under half the highest forecast it says they are too few to judge the level.
    '' when the quote is outside the forecasts' range."""
    low, high, _, _ = own_rates(common)
    if not round(low, 3) - 0.005 <= claimed_rate <= round(high, 3) + 0.005:
        return ""
    top = _top(comparison)
    first = rate_verdict(common, claimed_rate) or _quote_against_others(common, matches, claimed_rate)
    growth = growth_verdict(rates, figures) if rates is not None else ""
    if growth:
        first = f"{first} {growth}"
    if top is None:
        return first + " No vendor figure can be set against the market's size."
    if pace_low_total(top, figures) / float(top["market_high"]) < 0.5:
        return first + " The vendors' own figures are too few to judge the forecasts' level."
    count = len(_vendor_names(top["vendors"]))
    return (f"{first} The level looks low, or the scope narrow: at their latest stated figures "
            f"({pace_dates(top, figures, linked=True)}), {number_word(count)} vendors alone would earn "
            f"{answer_shares(top, figures)} of the {int(top['year'])} forecasts.")


#: Glossary entries introducing the vendors, by their short names.
VENDOR_TERMS = {"Kling AI": "kling-ai", "Runway": "runway", "Synthesia": "synthesia"}
#: The row of data/developers.csv behind each vendor's glossary entry (its country, and its source).
VENDOR_DEVELOPERS = {"Kling AI": "Kuaishou", "Runway": "Runway", "Synthesia": "Synthesia"}


def with_vendor_term_sources(cited: list[str], developers: pd.DataFrame) -> list[str]:
    """``cited`` plus the sources of the vendors' glossary entries (:data:`VENDOR_DEVELOPERS` rows of
    ``developers``, data/developers.csv), so the Sources list covers what the glossary says.

    >>> dev = pd.DataFrame({"developer": ["Kuaishou", "Alibaba"], "source_id": ["k-src", "a-src"]})
    >>> with_vendor_term_sources(["x"], dev)
    ['k-src', 'x']
    """
    rows = developers[developers["developer"].isin(set(VENDOR_DEVELOPERS.values()))]
    return sorted({*cited, *rows["source_id"].dropna().astype(str)})


def pace_dates(top: pd.Series, figures: pd.DataFrame, *, linked: bool = False) -> str:
    """Each counted vendor of the comparison row ``top`` with the month of the figure its pace rests on,
    newest first, a figure of an earlier year marked as held flat; the vendor with two cases
    (:func:`quarter_pace`) names both figures, its latest quarter's revenue (the low case) and its stated
    run-rate (the high case): 'Kling AI Q1 2026 revenue or May 2026 run-rate, Synthesia January 2026,
    Runway June 2025 held flat'. ``linked``: each vendor with a glossary entry (:data:`VENDOR_TERMS`),
    'run-rate' and 'held flat' link to the glossary."""
    rows = pace_figures(top, figures).assign(end=lambda d: pd.to_datetime(d["period_end"]))
    year = int(top["year"])
    found = quarter_pace(top, figures)
    two = str(found[0]["company"]) if found is not None else None
    quarter = ""
    if two is not None:
        own = figures[(figures["company"] == two) & (figures["year"] == year)
                      & (figures["metric"] == "revenue") & (figures["kind"] == "quarter")]
        own = own.sort_values("period_end")
        quarter = f"{period_words(own['period'].iloc[-1])} revenue or " if len(own) else ""
    parts = []
    rate = term("run-rate", "run-rate") if linked else "run-rate"
    flat = term("held-flat", "held flat") if linked else "held flat"
    for r in rows.sort_values("end", ascending=False, kind="stable").itertuples():
        kind = f" {rate}" if str(r.company) == two and quarter else ""
        lead = quarter if str(r.company) == two else ""
        name = short_name(r.company)
        if linked and name in VENDOR_TERMS:
            name = term(VENDOR_TERMS[name], name)
        parts.append(f"{name} {lead}{r.end:%B %Y}{kind}" + (f" {flat}" if r.end.year < year else ""))
    return ", ".join(parts)


def growth_verdict(rates: pd.DataFrame, figures: pd.DataFrame | None = None) -> str:
    """The verdict on the quoted rate itself, against the vendors whose growth falls in years the forecasts
    cover (:func:`videomarket.market.growth_against_forecasts`): their multiples over their own months,
    'far faster' when every vendor's gain is at least twice the forecasts' highest over the same months:
    'The rate cannot be tested against any measurement of the market; the two vendors with comparable
    figures grew 1.5×–4.3× in 9–12 months, far faster than the forecasts, from a small base.' ('' when no
    vendor series falls in those years; 'both faster and slower' when they disagree). With ``figures``,
    a highest multiple whose two values are 'at least' amounts (a note starting 'Lower bound') says so:
    ', and the 4.3× compares two 'at least' amounts'.

    >>> r = pd.DataFrame({"caveat": ["", ""], "first_end": [1, 2], "company": ["A", "B"],
    ...                   "n_forecasts": [3, 3], "multiple": [4.33, 1.5], "months": [12, 9],
    ...                   "forecast_multiple_low": [1.18, 1.13], "forecast_multiple_high": [1.2, 1.15]})
    >>> growth_verdict(r).split("; ")[1].split(", ", 1)[0]
    'the two vendors with comparable figures grew 1.5×–4.3× in 9–12 months'
    >>> growth_verdict(r).split(", ", 1)[1]
    'far faster than the forecasts, from a small base.'
    >>> growth_verdict(r.assign(multiple=[1.1, 1.5])).split(", ", 1)[1]
    'both faster and slower than the forecasts.'
    """
    comparable = rates[rates["caveat"].fillna("") == ""]
    covered = comparable[comparable["n_forecasts"] > 0]
    if covered.empty:
        return ""
    gain, ceiling = covered["multiple"] - 1, covered["forecast_multiple_high"] - 1
    if (gain >= 2 * ceiling).all():
        pace = "far faster than the forecasts, from a small base"
    elif (covered["multiple"] > covered["forecast_multiple_high"]).all():
        pace = "faster than the forecasts, from a small base"
    elif (covered["multiple"] < covered["forecast_multiple_low"]).all():
        pace = "slower than the forecasts"
    else:
        pace = "both faster and slower than the forecasts"
    lo, hi = f"{covered['multiple'].min():.1f}", f"{covered['multiple'].max():.1f}"
    times = f"{lo}×" if lo == hi else f"{lo}×–{hi}×"
    m_lo, m_hi = int(covered["months"].min()), int(covered["months"].max())
    months = f"{m_lo}" if m_lo == m_hi else f"{m_lo}–{m_hi}"
    count = covered["company"].nunique()
    who = "the one vendor" if count == 1 else f"the {number_word(count)} vendors"
    bound = ""
    if figures is not None and "note" in figures and {"first_period", "last_period"} <= set(covered):
        low = figures[figures["note"].fillna("").astype(str).str.startswith("Lower bound")]
        bounds = {(str(c), str(p)) for c, p in zip(low["company"], low["period"], strict=True)}
        top = covered.sort_values("multiple").iloc[-1]
        if {(str(top["company"]), str(top["first_period"])), (str(top["company"]), str(top["last_period"]))} \
                <= bounds:
            bound = f", and the {hi}× compares two 'at least' amounts"
    return (f"The rate cannot be tested against any measurement of the market; {who} with comparable "
            f"figures grew {times} in {months} months, {pace}{bound}.")


def rate_verdict(common: object, claimed_rate: float) -> str:
    """The answer's first sentence, a plain verdict on the quoted rate when two publishers or more are
    fitted, one forecast each, saying which publisher is credited only by inference (:func:`_credits`):
    'The "20% a year" is a forecast, not a measurement: forecasts from one publisher, and probably a second,
    agree on 19–20%.' ('' with one publisher; who the publishers are is the first
    key finding's)."""
    count = common.editions["publisher"].nunique()
    if count < 2:
        return ""
    low, high, _, _ = own_rates(common)
    lo, hi = fmt.pct(low, 0), fmt.pct(high, 0)
    span = lo if lo == hi else f"{lo.removesuffix('%')}–{hi}"
    named, guessed = _credits(common.editions)
    if not guessed:
        whose = f"{number_word(count)} publishers' forecasts"
    elif len(named) == 1 and len(guessed) == 1:
        whose = "forecasts from one publisher, and probably a second,"
    else:
        whose = (f"forecasts from {number_word(len(named))} named and probably {number_word(len(guessed))} "
                 "more publishers,")
    return (f"The \"{fmt.pct(claimed_rate, 0)} a year\" is a forecast, not a measurement: {whose} agree on "
            f"{span}.")


def _credits(editions: pd.DataFrame) -> tuple[list[str], list[str]]:
    """The publishers of ``editions`` named by their pages, and those credited only by inference (a note
    with :data:`_INFERRED_WORDS`), in order."""
    named, guessed = [], []
    for publisher, rows in editions.groupby("publisher", sort=False):
        notes = " ".join(rows["note"].dropna().astype(str)).lower() if "note" in rows else ""
        (guessed if any(w in notes for w in _INFERRED_WORDS) else named).append(str(publisher))
    return named, guessed


def _newest_month(figures: pd.DataFrame) -> str:
    """The month of the newest revenue, ARR or run-rate figure, in words: 'May 2026'."""
    kept = figures[figures["metric"].isin(["revenue", "arr", "run_rate"])]
    return f"{pd.Timestamp(kept['period_end'].max()):%B %Y}"


def _quote_against_others(common: object, matches: pd.DataFrame | None, claimed_rate: float) -> str:
    """The verdict on the quoted rate against the forecasts of the same market other than its own edition,
    in one sentence that claims no more than the test shows (the quote agrees with the forecasts, which
    does not measure the market's growth), naming the quote publisher's own other editions apart from the
    independent publishers', each with its implied rate: 'The quoted "20% a year" matches another Fortune
    Business Insights edition (18.7% implied) and Grand View Research's independent forecast (20.2%
    implied), all second-hand forecasts, not measured growth.' ('is close to' when the quote lies outside
    their range by more than half a point). Where another publisher's forecast agrees with the quote, the
    substance leads, not a yes, with whose forecasts they are (:func:`_credited_forecasts`): 'The "20% a
    year" is a forecast, not measured growth: two second-hand forecasts, from Fortune Business Insights and
    (by inference) Grand View Research, put it at about 19–20%.' The plain range when no edition matches
    the quote."""
    rate = f"the quoted \"{fmt.pct(claimed_rate, 0)} a year\""
    tail = ", all second-hand forecasts, not measured growth."
    editions = common.editions
    quote = _quote_path(matches)
    if quote is None or quote not in set(editions["path"]):
        low, high, _, _ = own_rates(common)
        return (f"{rate[0].upper()}{rate[1:]} is inside the forecasts' own range of {fmt.pct(low)} to "
                f"{fmt.pct(high)} a year, all read second-hand: forecasts, not measured growth.")
    rest = editions[editions["path"] != quote]
    if rest.empty:
        return f"{rate[0].upper()}{rate[1:]} has no forecast other than its own edition to test it against."
    found = sorted(rest["implied_rate"])
    near = min(found) - 0.005 <= claimed_rate <= max(found) + 0.005
    publisher = editions.loc[editions["path"] == quote, "publisher"].iloc[0]
    same = rest[rest["publisher"] == publisher].sort_values("implied_rate")
    free = rest[rest["publisher"] != publisher].sort_values("implied_rate")
    if len(free):  # the plain verdict: only another publisher's forecast can test the quote
        own = list(free["implied_rate"])
        close = min(own) - 0.005 <= claimed_rate <= max(own) + 0.005
        who = (f"{fmt.possessive(free['publisher'].iloc[0])} independent forecast implies "
               f"{fmt.pct(own[0])}" if len(free) == 1 else
               f"the independent forecasts imply {_and(fmt.pct(r) for r in own)}")
        if close:  # lead with the substance: agreement between forecasts, not a test of the market
            low, high, _, _ = own_rates(common)
            lo, hi = fmt.pct(low, 0), fmt.pct(high, 0)
            span = lo if lo == hi else f"{lo.removesuffix('%')}–{hi}"
            return (f"The \"{fmt.pct(claimed_rate, 0)} a year\" is a forecast, not measured growth: "
                    f"{_credited_forecasts(editions, short=True)}, put it at about {span}.")
        return (f"Not quite, even as a forecast: \"{fmt.pct(claimed_rate, 0)} a year\" is "
                f"{fmt.possessive(publisher)} figure, passed on second-hand; {who}.")
    parts = []
    if len(same) == 1:
        parts.append(f"another {publisher} edition ({fmt.pct(same['implied_rate'].iloc[0])} implied)")
    elif len(same):
        parts.append(f"{fmt.possessive(publisher)} other editions "
                     f"({_and(fmt.pct(r) for r in same['implied_rate'])} implied)")
    if len(free) == 1:
        row = free.iloc[0]
        parts.append(f"{fmt.possessive(row['publisher'])} independent forecast "
                     f"({fmt.pct(row['implied_rate'])} implied)")
    elif len(free):
        parts.append(f"the independent forecasts ({_and(fmt.pct(r) for r in free['implied_rate'])} implied)")
    lead = f"{rate[0].upper()}{rate[1:]} {'matches' if near else 'is close to'}"
    return f"{lead} {_and(parts)}{tail}"


def quarter_share_words(low: float, high: float) -> str:
    """Two shares in plain words, each to the nearest quarter: 'half to three quarters' (0.54, 0.73);
    one phrase when both round alike ('half')."""
    names = {0: "none", 1: "a quarter", 2: "half", 3: "three quarters", 4: "all"}
    first, last = (names.get(round(v * 4), fmt.pct(v, 0)) for v in (low, high))
    return first if first == last else f"{first} to {last}"


def answer_shares(top: pd.Series, figures: pd.DataFrame) -> str:
    """The one range of the answer, the findings and the vendor chart's title: the lowest total
    (:func:`pace_low_total`) as a share of the highest forecast to the highest total
    (:func:`quarters_then_pace_total`) as a share of the lowest: '54%–73%'."""
    return share_range(pace_low_total(top, figures) / float(top["market_high"]),
                       quarters_then_pace_total(top, figures) / float(top["market_low"]))


def residual_range(top: pd.Series, figures: pd.DataFrame) -> tuple[float, float]:
    """What the year's forecasts leave for every vendor not counted, in USD millions: the lowest forecast
    less the high case (:func:`quarters_then_pace_total`), to the highest forecast less the low case
    (:func:`pace_low_total`); USD 847M - 706M = 141M to USD 948M - 604M = 344M.
    """
    return (float(top["market_low"]) - quarters_then_pace_total(top, figures),
            float(top["market_high"]) - pace_low_total(top, figures))


def residual_words(top: pd.Series, figures: pd.DataFrame) -> str:
    """What the forecasts leave for every other vendor (:func:`residual_range`), naming the vendors in our
    data left out of the sums: 'the forecasts leave about USD 141M–344M for every other AI-video vendor in
    the world (HeyGen, Higgsfield AI, MiniMax and OpenAI Sora app among them)' ('' when even the low case
    reaches the highest forecast).
    """
    low, high = residual_range(top, figures)
    if high <= 0:
        return ""
    counted = {short_name(v) for v in _vendor_names(top["vendors"])}
    others = sorted({short_name(c) for c in figures["company"]} - counted)
    among = f" ({_and(others)} among them)" if others else ""
    amount = f"about {usd_range(max(low, 0.0), high)}" if low > 0 else f"at most {fmt.usd_m(high)}"
    return f"the forecasts leave {amount} for every other AI-video vendor in the world{among}"


def quarter_pace(top: pd.Series, figures: pd.DataFrame) -> tuple[pd.Series, float] | None:
    """The first vendor in a row of :func:`videomarket.market.vendor_vs_market` whose own latest quarterly
    revenue in the year, times four, is below the run-rate it stated: (that stated figure, the quarter's
    pace in USD millions); a quarter in another currency with no rate for its year is converted at the rate
    used for an earlier year. None when no quarter is below its vendor's stated pace."""
    year = int(top["year"])
    rates = _fx_rates(figures)
    stated = pace_figures(top, figures)
    quarters = figures[(figures["year"] == year) & (figures["metric"] == "revenue")
                       & (figures["kind"] == "quarter")].sort_values("period_end")
    for row in quarters.itertuples():
        pace_rows = stated[stated["company"] == row.company]
        usd = row.value_usd_m
        if pace_rows.empty or (pd.isna(usd) and str(row.original_currency) not in rates):
            continue
        if pd.isna(usd):
            usd = float(row.original_value) / rates[str(row.original_currency)][0]
        if 4 * usd < float(pace_rows["value_usd_m"].iloc[-1]):
            return pace_rows.iloc[-1], 4 * float(usd)
    return None


def pace_low_total(top: pd.Series, figures: pd.DataFrame) -> float:
    """The row's total at the stated pace with a vendor's stated run-rate replaced by the pace of its own
    quarterly revenue where that is lower (:func:`quarter_pace`); the row's total when none is."""
    found = quarter_pace(top, figures)
    total = float(top["calendar_low_usd_m"])
    return total if found is None else total - float(found[0]["value_usd_m"]) + found[1]


def _quarters_usd(top: pd.Series, figures: pd.DataFrame, company: object) -> list[float]:
    """A vendor's quarterly revenue in the row's year in USD millions, converted as in :func:`quarter_pace`
    (a quarter in a currency with no rate is left out)."""
    rates = _fx_rates(figures)
    rows = figures[(figures["company"] == company) & (figures["year"] == int(top["year"]))
                   & (figures["metric"] == "revenue") & (figures["kind"] == "quarter")]
    found = []
    for row in rows.itertuples():
        if pd.notna(row.value_usd_m):
            found.append(float(row.value_usd_m))
        elif str(row.original_currency) in rates:
            found.append(float(row.original_value) / rates[str(row.original_currency)][0])
    return found


def quarters_then_pace_total(top: pd.Series, figures: pd.DataFrame) -> float:
    """The row's total at the stated pace with a vendor's stated run-rate (where its own quarterly pace is
    lower, :func:`quarter_pace`) replaced by its reported quarters plus its stated pace for the quarters
    left: USD 91M for Q1 plus three quarters of USD 500M is about USD 466M. The row's total when none is."""
    found = quarter_pace(top, figures)
    total = float(top["calendar_low_usd_m"])
    if found is None:
        return total
    pace = float(found[0]["value_usd_m"])
    quarters = _quarters_usd(top, figures, found[0]["company"])
    return total - pace + sum(quarters) + pace * (4 - len(quarters)) / 4


def vendor_chart_title(comparison: pd.DataFrame, figures: pd.DataFrame) -> str:
    """The vendor chart's title, the answer's range (:func:`answer_shares`) for the top year only (the
    subtitle dates each vendor's pace, :func:`vendor_chart_subtitle`), called an estimate (it rests on
    paces, not on revenue earned): "At their latest stated pace, three vendors' figures come to about
    64%–83% of the 2026 forecasts"."""
    top = _top(comparison)
    if top is None:
        return "No year has both counted vendor figures and a forecast of the market"
    n = int(top["n_vendors"])
    who = "one vendor's" if n == 1 else f"{number_word(n)} vendors'"
    return (f"At {'its' if n == 1 else 'their'} latest stated pace, {who} figures come to about "
            f"{answer_shares(top, figures)} of the {int(top['year'])} forecasts")


def pace_figures(top: pd.Series, figures: pd.DataFrame) -> pd.DataFrame:
    """The counted figures behind one row of :func:`videomarket.market.vendor_vs_market` (same year, same
    basis): the one set of figures the answer, the pace finding and the comparison table use."""
    return figures[figures["counted"].astype(bool) & (figures["year"] == top["year"])
                   & (figures["basis"] == top["basis"])]


#: Vendors that sell avatar video (a presenter speaking a script) rather than open-ended generation: a report
#: on AI video generators may or may not count them.
AVATAR_PLATFORMS = ("Synthesia", "HeyGen")


def avatar_share(top: pd.Series, figures: pd.DataFrame) -> str:
    """The year's total without an avatar platform, as a share of the forecasts, on the answer's two cases
    where one vendor is left and its own quarterly pace is lower (:func:`quarter_pace`): 'If a forecast
    left out avatar platforms such as Synthesia, Kling AI alone, at USD 364M–466M in its two cases, is
    38%–55% of the forecasts.' ('' when none is in the row)."""
    for company in (c for c in AVATAR_PLATFORMS if c in _vendor_names(top["vendors"])):
        shares = _without(top, figures, company)
        if not shares:
            continue
        rest = pace_figures(top, figures)
        rest = rest[rest["company"] != company]
        lead = (f"If a forecast left out {term('avatar-platform', 'avatar platforms')} such as {company}, ")
        cases = _kling_cases(top, figures)
        alone = rest["company"].iloc[0] if rest["company"].nunique() == 1 else None
        if cases is not None and cases[0]["company"] in set(rest["company"]):
            others = float(rest.loc[rest["company"] != cases[0]["company"], "value_usd_m"].sum())
            low, high = cases[1] + others, cases[2] + others
            shares = share_range(low / float(top["market_high"]), high / float(top["market_low"]))
            if cases[0]["company"] == alone:
                return (lead + f"{short_name(alone)} alone, at {usd_range(low, high)} in its two "
                        f"cases, is {shares}"
                        " of the forecasts.")
            names = _and(short_name(c) for c in sorted(set(rest["company"])))
            owner = fmt.possessive(short_name(cases[0]["company"]))
            return (lead + f"{names} alone, at {usd_range(low, high)} in {owner} two cases, are {shares} "
                    "of the forecasts.")
        what = "ARR" if set(rest["metric"]) == {"arr"} else "run-rate" if len(rest) == 1 else "figures"
        single = rest["company"].nunique() == 1
        owner = fmt.possessive(short_name(rest["company"].iloc[0]))
        named = (f"{owner} {fmt.usd_m(rest['value_usd_m'].sum())} {what}" if single
                 else "the other vendors' figures")
        return (lead + f"{named} alone {'is' if single else 'are'} {share_range(*shares)} of the forecasts.")
    return ""


def case_names(top: pd.Series, figures: pd.DataFrame) -> tuple[str, str]:
    """The names of the two cases for a row where a vendor's own quarterly pace is below its stated one
    (:func:`quarter_pace`): ('Q1 pace all year', 'Q1 as reported, then the stated run-rate'); ('Stated pace
    all year', 'Stated pace all year') when none is."""
    found = quarter_pace(top, figures)
    if found is None:
        return "Stated pace all year", "Stated pace all year"
    quarter = figures[(figures["company"] == found[0]["company"]) & (figures["kind"] == "quarter")
                      & (figures["year"] == int(top["year"]))].sort_values("period_end").iloc[-1]
    label = period_words(quarter["period"]).split(" ")[0]
    what = "run-rate" if found[0]["metric"] == "run_rate" else "ARR"
    day = pd.Timestamp(found[0]["period_end"])
    return f"{label} pace all year", f"{label} as reported, then the {what} stated on {day.day} {day:%B}"


def _others(top: pd.Series, company: object) -> list[tuple[str, float]]:
    """The vendors of a comparison row other than ``company``, each with its figure in USD millions."""
    stated = [item.rpartition(" ")[::2] for item in str(top["vendors"]).split("; ")]
    return [(name, float(value.replace(",", ""))) for name, value in stated if name != str(company)]


def worked_sum(top: pd.Series, figures: pd.DataFrame) -> str:
    """The year's sum written out, the vendor with two cases first, against the year's forecasts:
    'In 2026: Kling AI USD 364M–466M + Runway USD 90M + Synthesia USD 150M = USD 604M–706M, against
    forecasts of USD 847M–948M.' ('' without two cases)."""
    own = _kling_cases(top, figures)
    if own is None:
        return ""
    terms = [f"{short_name(own[0]['company'])} {usd_range(own[1], own[2])}"]
    terms += [f"{short_name(name)} {fmt.usd_m(value)}" for name, value in _others(top, own[0]["company"])]
    total = usd_range(pace_low_total(top, figures), quarters_then_pace_total(top, figures))
    market = usd_range(float(top["market_low"]), float(top["market_high"]))
    return f"In {int(top['year'])}: {' + '.join(terms)} = {total}, against forecasts of {market}."


def weak_forecasts_note(weaker: pd.DataFrame) -> str:
    """The grade-D forecasts of a :func:`videomarket.market.cagr_table` (one market), in one sentence: how
    many, why they are left out and the range of the rates they state or imply: 'The 4 grade-D forecasts
    of AI video generators, left out because their pages name no publisher or are of low quality, state or
    imply about 19% to 33% a year.' ('' when there is none).

    >>> w = pd.DataFrame({"evidence": ["C", "D", "D"], "definition": ["ai-video-generator"] * 3,
    ...                   "implied_cagr_pct": [20.0, 32.6, None], "stated_cagr_pct": [20.0, 32.78, 18.9]})
    >>> print(weak_forecasts_note(w))  # doctest: +NORMALIZE_WHITESPACE
    The 2 grade-D forecasts of AI video generators, left out because their pages name no publisher or are
    of low quality, state or imply about 19% to 33% a year.
    """
    weak = weaker[weaker["evidence"].astype(str) == "D"]
    if weak.empty:
        return ""
    rates = pd.concat([weak["implied_cagr_pct"], weak["stated_cagr_pct"]]).dropna().astype(float)
    if rates.empty:
        return ""
    market = wording.DEFINITION_LABELS.get(str(weak["definition"].iloc[0]), str(weak["definition"].iloc[0]))
    low, high = fmt.pct(rates.min() / 100, 0), fmt.pct(rates.max() / 100, 0)
    return (f"The {len(weak)} grade-D forecasts of {market}, left out because their pages name no publisher "
            f"or are of low quality, state or imply about {low.removesuffix('%')}% to {high} a year.")


def _needed_parts(comparison: pd.DataFrame, figures: pd.DataFrame) -> tuple[str, ...] | None:
    """The pieces of the break-even point (:func:`headline_finding`): the condition ('With Runway and
    Synthesia held at their last stated figures (USD 240M together)'), the number of vendors in words, the
    year, the vendor with two cases, the revenue it would need, that as multiples of its quarterly pace, and
    that quarter ('Q1') (None without two cases)."""
    top = _top(comparison)
    own = _kling_cases(top, figures) if top is not None else None
    if own is None:
        return None
    rest = _others(top, own[0]["company"])
    others = sum(value for _, value in rest)
    low, high = float(top["market_low"]) - others, float(top["market_high"]) - others
    names = _and(short_name(name) for name, _ in rest)
    if len(rest) == 1:
        held = f"With {names} held at its last stated figure ({fmt.usd_m(others)})"
    else:
        held = f"With {names} held at their last stated figures ({fmt.usd_m(others)} together)"
    quarters = figures[(figures["company"] == own[0]["company"]) & (figures["year"] == int(top["year"]))
                       & (figures["metric"] == "revenue") & (figures["kind"] == "quarter")]
    quarter = (period_words(quarters.sort_values("period_end")["period"].iloc[-1]).split(" ")[0]
               if len(quarters) else "quarterly")
    return (held, number_word(len(rest) + 1), str(int(top["year"])), short_name(own[0]["company"]),
            usd_range(low, high), f"{low / own[1]:.1f}×–{high / own[1]:.1f}×", quarter)


def _kling_cases(top: pd.Series, figures: pd.DataFrame) -> tuple[pd.Series, float, float] | None:
    """For the vendor whose quarterly pace is below its stated one: (its stated figure, its year's revenue
    in the low case, in the high case)."""
    found = quarter_pace(top, figures)
    if found is None:
        return None
    pace = float(found[0]["value_usd_m"])
    quarters = _quarters_usd(top, figures, found[0]["company"])
    return found[0], found[1], sum(quarters) + pace * (4 - len(quarters)) / 4


def vendors_text(comparison: pd.DataFrame, figures: pd.DataFrame, values: pd.DataFrame,
                 sources: pd.DataFrame, *, caveats: bool = True, editions: pd.DataFrame | None = None,
                 not_counted: bool = True, cross_check: bool = True) -> str:
    """The vendors' section, on the comparison table's top row only (the answer's and the findings'
    figures): its point first (where the range comes from: two estimates of one vendor's revenue), that
    year's forecasts, stated or implied, then bullets: the low and high cases, which way the sums lean
    (:func:`lean_words`, :func:`high_case_words`) and the earliest year (:func:`earlier_year_words`,
    :func:`early_pace_words`); the broker's cross-check is a caveat. ``caveats=False`` leaves
    the caveats out, for the appendix
    (:func:`vendor_caveats_text`); the vendor's newest figure and the results not yet in the data are the
    data box's (:func:`missing_results`). ``sources`` is kept for the notebook's call; ``editions`` (the
    forecasts' editions with their years) names a lettered edition by its years. ``not_counted=False``
    leaves the vendors not counted to the appendix (:func:`vendor_caveats_text`); ``cross_check=False``
    leaves the broker's outside check (:func:`outside_check`), the run-rate's unknown scope
    (:func:`run_rate_scope`) and the share without avatar platforms (:func:`avatar_clause`) to it too."""
    top = _top(comparison)
    if top is None:
        return ("No year has both counted vendor figures and a forecast, so the two cannot be set side by "
                "side.")
    found = quarter_pace(top, figures)
    parts = pace_parts(figures, top)
    if found is not None:
        name = short_name(found[0]["company"])
        left = residual_words(top, figures)
        left = f" So {left}." if left else ""
        lead = (f"{worked_sum(top, figures)}{left} The {answer_shares(top, figures)} range comes from two "
                f"estimates of {fmt.possessive(name)} revenue (its Q1 pace, or the "
                f"{term('run-rate', 'run-rate')} it stated on {fmt.day(found[0]['period_end'])}) and the "
                "spread of the forecasts.")
    else:
        lead = "Every vendor is taken at its latest stated pace."
    lean = lean_words(top, figures)
    held = lean.removesuffix(", so the sums lean low")
    lean = f"The low case leans low: {held}." if lean else ""
    high = high_case_words(top, figures)
    if high and found is not None:
        day = pd.Timestamp(found[0]["period_end"])
        when = f", applied from April though stated on {day.day} {day:%B}, and may"
        high = f"The high case {high.replace(' and may', when)}."
    lean = " ".join(p for p in (lean, high) if p)
    earlier = " ".join(p for p in (earlier_year_words(comparison, figures),
                                   early_pace_words(comparison, figures) if caveats else "") if p)
    cases = parts.get("cases", "") or _floor_line(top, figures, pace=found is None)
    own = _kling_cases(top, figures)
    if own is not None and parts.get("cases"):
        part = share_range(own[1] / pace_low_total(top, figures),
                           own[2] / quarters_then_pace_total(top, figures))
        cases += f" {short_name(own[0]['company'])} makes up {part} of these sums."
    scope = scope_words(own[0]["company"], figures) if own is not None and parts.get("cases") else ""
    if scope:
        scope += " " + without_words(top, figures)
        if cross_check:
            scope += " " + avatar_clause(top, figures)
    year = str(int(comparison.dropna(subset=["market_usd_m"])["year"].min()))
    split = re.match(r"Low case, (.+?): (.+?) High case, its (.+?): (.+?of the forecasts\.) ?(.*)$", cases)
    items = ([("Low case", f"{split[1]}: {split[2]}"), ("High case", f"{split[3]}: {split[4]}"),
              (f"Mostly {short_name(own[0]['company'])}",
               re.sub(rf"^{re.escape(short_name(own[0]['company']))} makes", "It makes", split[5]))]
             if split and own is not None else [("Two cases", cases)])
    if cross_check and own is not None:
        items += [("Outside check", outside_check(top, figures).removeprefix("As an outside check, ")),
                  (f"{fmt.possessive(short_name(own[0]['company']))} run-rate", run_rate_scope(top, figures))]
    items += [("What the forecasts cover", scope),
             ("Which way each may err", lean if caveats else ""),
             ("Vendors not counted", not_counted_words(top, figures) if not_counted else ""),
             (f"In {year}", earlier),
             ("Caveats", " ".join(c for c in _vendor_caveats(comparison, figures) if c) if caveats else "")]
    bullets = "\n".join(f"- **{name}.** {body}" for name, body in items if body)
    return f"{lead} {year_forecasts_text(values, int(top['year']), editions, short=True)}\n\n{bullets}"


def run_rate_scope(top: pd.Series, figures: pd.DataFrame) -> str:
    """Why the high case's run-rate may not be a like-for-like pace: 'Its USD 500M run-rate, above its
    Q1 pace of about USD 364M a year, is of unknown scope: it may show later growth or a wider scope.'
    ('' without two cases)."""
    own = _kling_cases(top, figures)
    if own is None:
        return ""
    return (f"Its {fmt.usd_m(float(own[0]['value_usd_m']))} run-rate, above its Q1 pace of about "
            f"{fmt.usd_m(own[1])} a year, is of unknown scope: it may show later growth or a wider scope.")


def avatar_clause(top: pd.Series, figures: pd.DataFrame) -> str:
    """The share without avatar platforms, in one clause (:func:`avatar_share`'s figures): 'Without
    avatar platforms such as Synthesia: 48%–66%.' ('' when no avatar platform is in
    the top year's sum)."""
    found = re.search(r", (?:is|are) (\S+) of the forecasts\.$", avatar_share(top, figures))
    company = next((c for c in AVATAR_PLATFORMS if c in _vendor_names(top["vendors"])), None)
    if found is None or company is None:
        return ""
    return f"Without {term('avatar-platform', 'avatar platforms')} such as {company}: {found[1]}."


def outside_check(top: pd.Series, figures: pd.DataFrame) -> str:
    """The broker's forecast of the vendor with two cases set against them (:func:`pace_parts`' 'cross',
    :func:`broker_reading`): 'As an outside check, Goldman Sachs forecast USD 250M of Kling AI revenue for
    2026 (grade B), below the low and high cases (USD 364M–466M for Kling AI). Kling AI's Q1 2026 alone
    (≥ USD 91M) is over a third of that full-year estimate, made in August 2025.' ('' without one)."""
    cross = pace_parts(figures, top).get("cross", "")
    if not cross:
        return ""
    reading = broker_reading(top, figures)
    if reading:  # the reading dates the broker's forecast, so its parenthesis keeps the grade only
        cross = re.sub(r"\(grade (\w+), [^()]*\)", r"(grade \1)", cross, count=1)
    return f"As an outside check, {cross} {reading}".rstrip()


def scope_words(company: object, figures: pd.DataFrame) -> str:
    """Why the shares depend on the forecasts' unseen market definition, for the vendor that makes up most
    of the sums (``company``): 'The pages quoting the forecasts do not define their market: which countries,
    and whether consumer subscriptions count.
    If they leave out China, where Kling AI is based, or consumer apps, these shares overstate the
    vendors' part of that market. If they count both, the forecasts look low.' (both readings). The China
    clause only for a vendor with a figure in yuan (CNY) in ``figures``."""
    company = str(company)
    name = short_name(company)
    parent = re.search(r"\((.*)\)$", company)
    china = ""
    own = figures.loc[figures["company"] == company, "original_currency"].astype(str)
    if (own == "CNY").any():
        whose = f"{fmt.possessive(name)} parent {parent[1]} is" if parent else f"{name} is"
        china = f"China, where {whose} based, or "
    return ("The pages quoting the forecasts do not define their market: which "
            "countries, and whether consumer subscriptions count. "
            f"If they leave out {china}consumer apps, these shares overstate the vendors' part of that "
            "market. If they count both, the forecasts look low.")


def without_words(top: pd.Series, figures: pd.DataFrame) -> str:
    """The top year's sum without the vendor whose quarterly pace gives the two cases (the China and
    consumer-app bound), as a share of that year's forecasts: 'Runway and Synthesia alone, without Kling AI,
    come to about USD 240M, 25%–28% of the 2026 forecasts.' ('' without such a vendor)."""
    own = _kling_cases(top, figures)
    if own is None:
        return ""
    rest = pace_low_total(top, figures) - own[1]
    name = short_name(own[0]["company"])
    others = [short_name(v) for v in _vendor_names(top["vendors"]) if short_name(v) != name]
    if not others or rest <= 0:
        return ""
    verb = "comes" if len(others) == 1 else "come"
    return (f"{_and(others)} alone, without {name}, {verb} to about {fmt.usd_m(rest)}, "
            f"{share_range(rest / float(top['market_high']), rest / float(top['market_low']))} of the "
            f"{int(top['year'])} forecasts.")


def not_counted_words(top: pd.Series, figures: pd.DataFrame) -> str:
    """The vendors in the data left out of the top year's sums, each with why, then that no other developer
    has a figure: "HeyGen (latest figure from November 2023; a figure is held only into the next calendar
    year, not to 2026), Higgsfield AI
    (aggregator reselling other vendors' models: its run-rate double counts theirs) and MiniMax (group
    revenue: not video-only). No other developer has a revenue figure in our sources, so the sum is a
    floor." ('' when every vendor is counted)."""
    counted = {short_name(v) for v in _vendor_names(top["vendors"])}
    year = int(top["year"])
    parts = []
    for company, rows in figures.groupby("company", sort=True):
        name = short_name(company)
        if name in counted:
            continue
        used = rows[rows["counted"].astype(bool)]
        if len(used):
            last = pd.Timestamp(used["period_end"].max())
            parts.append(f"{name} (latest figure from {last:%B %Y}; a figure is held only into the next "
                         f"calendar year, not to {year})")
            continue
        own = rows[~rows["metric"].isin(["analyst_forecast", "revenue_guidance"])]
        found = (own if len(own) else rows)["reason"].dropna()
        reason = re.sub(r"\s*\(.*?\)", "", str(found.iloc[-1])) if len(found) else ""
        parts.append(f"{name} ({reason})" if reason else name)
    if not parts:
        return ""
    return (f"{_and(parts)}. No other developer has a revenue figure in our sources, so the sum is a "
            "floor.")


def guidance_words(comparison: pd.DataFrame, figures: pd.DataFrame) -> str:
    """A vendor's latest full-year revenue guidance for a year whose revenue in the data covers only part of
    it, as a rough share of that year's forecasts, labelled a forecast and never added to revenue: 'Kling AI
    guided USD 140M of revenue for 2025 (November 2025): company guidance, a forecast, not revenue, roughly
    18%–20% of the 2025 forecasts.' ('' when there is none)."""
    guided = figures[(figures["metric"] == "revenue_guidance") & figures["value_usd_m"].notna()].copy()
    if guided.empty:
        return ""
    guided["said"] = guided["period"].astype(str).str.extract(r"(\d{4}-\d\d)", expand=False)
    guided = guided.dropna(subset=["said"]).sort_values("said")
    compared = comparison.dropna(subset=["market_usd_m"])
    for row in guided.iloc[::-1].itertuples():
        year = compared[compared["year"].astype(int) == int(row.year)]
        if year.empty:
            continue
        low, high = float(year["market_low"].iloc[0]), float(year["market_high"].iloc[0])
        value = float(row.value_usd_m)
        said = pd.Timestamp(f"{row.said}-01")
        text = (f"{short_name(row.company)} guided {fmt.usd_m(value)} of revenue for {int(row.year)} "
                f"({said:%B %Y}): {term('guidance', 'company guidance')}, a forecast, not revenue, roughly "
                f"{share_range(value / high, value / low)} of the {int(row.year)} forecasts.")
        quarters = figures[(figures["company"] == row.company) & (figures["year"] == row.year)
                           & (figures["metric"] == "revenue") & (figures["kind"] == "quarter")]
        held = sorted(str(p)[-2:] for p in quarters["period"])
        gone = [q for q in ("Q1", "Q2", "Q3", "Q4") if q not in held]
        if len(quarters) and gone and quarters["value_usd_m"].notna().all():
            rest = value - float(quarters["value_usd_m"].sum())
            text += (f" Less its {held[0]}–{held[-1]} revenue it implies roughly {fmt.usd_m(rest)} for "
                     f"{_and(f'{q} {int(row.year)}' for q in gone)}, a gap the {int(row.year)} comparison "
                     "leaves out.")
        return text
    return ""


def _vendor_caveats(comparison: pd.DataFrame, figures: pd.DataFrame) -> list[str]:
    top = _top(comparison)
    if top is None:
        return []
    return [pace_parts(figures, top).get("caveat", ""), avatar_share(top, figures),
            missing_quarters(figures),
            guidance_words(comparison, figures), vendor_sets(comparison)]


def vendor_caveats_text(comparison: pd.DataFrame, figures: pd.DataFrame, *, not_counted: bool = False,
                        cross_check: bool = False, in_body: bool = False) -> str:
    """The caveats of the vendors' section (:func:`vendors_text`) as one appendix paragraph: which way each
    case may err (:func:`lean_words`, :func:`high_case_words`), how the earliest year's paces lean
    (:func:`early_pace_words`), why a run-rate and a quarter differ, the share without an avatar platform,
    missing quarters and run-rate rows that are no trend ('' when none); with ``not_counted``, first the
    vendors left out of the sums (:func:`not_counted_words`). The caveats come in three short lists, each
    under a bold heading: what could make the top year's range too high ('**What could make the 64%–83%
    too high.**'), what could make it too low, and the other limits. ``cross_check``: the broker's outside
    check (:func:`outside_check`) opens the first list. ``in_body``: the run-rate's scope and the share
    without avatar platforms are told in the body (:func:`vendors_text` with ``cross_check``), so left
    out here."""
    top = _top(comparison)
    if top is None:
        return ""
    low_items: list[tuple[str, str]] = ([("Vendors not counted", not_counted_words(top, figures))]
                                        if not_counted else [])
    items: list[tuple[str, str]] = ([("Outside check", outside_check(top, figures).removeprefix(
        "As an outside check, "))] if cross_check else [])
    held = lean_words(top, figures).removesuffix(", so the sums lean low")
    if held:
        low_items.append(("Low case", f"It leans low: {held}."))
    high = high_case_words(top, figures)
    found = quarter_pace(top, figures)
    if high and found is not None:
        name = short_name(found[0]["company"])
        day = pd.Timestamp(found[0]["period_end"])
        when = f", applied from April though stated on {day.day} {day:%B}, and may"
        high = high.replace(" and may", when).replace(" one grade-", f" {fmt.possessive(name)} grade-")
        items.append(("High case", f"It {high}."))
        pace = fmt.usd_m(float(found[0]["value_usd_m"]))
        caveat = pace_parts(figures, top).get("caveat", "").removeprefix(
            "The run-rate is higher than the quarter's pace. ")
        if not in_body:
            items.append((f"{fmt.possessive(name)} {pace} run-rate against its quarter's pace",
                          f"{fmt.possessive(name)} {pace} run-rate is higher than its quarterly pace (about "
                          f"{fmt.usd_m(found[1])} a year). {caveat}".strip()))
    early = early_pace_words(comparison, figures)
    rows = comparison.dropna(subset=["market_usd_m"])
    first = rows[rows["basis"] == "annualized"].sort_values("year")
    if early and len(first):
        names = _and(short_name(n) for n in _vendor_names(first.iloc[0]["vendors"]))
        items.append((f"{int(first.iloc[0]['year'])} paces of {names}",
                      early.replace("The run-rates likely", "They likely", 1)))
    gaps = " ".join(c for c in (missing_quarters(figures), guidance_words(comparison, figures)) if c)
    high_items = [item for item in items if not item[0].startswith(str(int(rows["year"].min())))]
    other_items = [item for item in items if item not in high_items]
    high_items.append(("Without avatar platforms", "" if in_body else avatar_share(top, figures)))
    other_items += [(f"{int(rows['year'].min())} gaps", gaps), ("Not a trend", vendor_sets(comparison))]
    shares = answer_shares(top, figures)
    groups = [(f"What could make the {shares} too high", high_items),
              (f"What could make the {shares} too low", low_items), ("Other limits", other_items)]
    parts = []
    for heading, group in groups:
        bullets = "\n".join(f"- **{label}.** {body}" for label, body in group if body)
        if bullets:
            parts.append(f"**{heading}.**\n\n{bullets}")
    return "\n\n".join(parts)


def vendor_sets(comparison: pd.DataFrame) -> str:
    """When the run-rate rows of two years name different vendors, that they are no trend: 'The table's
    2025 and 2026 run-rate rows are not a trend: different vendors disclose in each year (2025: Runway and
    Synthesia; 2026: Kling AI and Synthesia).' ('' when one year or the same vendors)."""
    rows = comparison.dropna(subset=["market_usd_m"])
    rows = rows[rows["basis"] == "annualized"].sort_values("year")
    sets = {int(r.year): _vendor_names(r.vendors) for r in rows.itertuples()}
    if len(sets) < 2 or len({tuple(sorted(v)) for v in sets.values()}) == 1:
        return ""
    years = _and(str(y) for y in sets)
    listed = ", ".join(f"{y}: {_and(short_name(n) for n in names)}" for y, names in sets.items())
    return (f"The table's {years} run-rate rows are not a trend: different vendors disclose in each year "
            f"({listed}).")


def answer_comparison(comparison: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """:func:`videomarket.market.vendor_vs_market` on the answer's two cases, with no growth:
    run-rates and ARR at their stated pace (no whisker), and for a row where a vendor's own quarterly pace
    is lower (:func:`quarter_pace`) the lowest total (:func:`pace_low_total`) to the highest
    (:func:`quarters_then_pace_total`); floor_share_low / floor_share_high are then the answer's range
    (:func:`answer_shares`). The doubling column (calendar_usd_m) is emptied for run-rates."""
    table = comparison.copy()
    annual = table["basis"] == "annualized"
    table.loc[annual, "calendar_usd_m"] = float("nan")
    table.loc[annual, "calendar_high_usd_m"] = table.loc[annual, "calendar_low_usd_m"]
    for index, row in table[annual].iterrows():
        if quarter_pace(row, figures) is None:
            continue
        low, high = pace_low_total(row, figures), quarters_then_pace_total(row, figures)
        table.loc[index, ["calendar_low_usd_m", "calendar_high_usd_m"]] = [low, high]
        table.loc[index, "floor_share_low"] = low / float(row["market_high"])
        table.loc[index, "floor_share_high"] = high / float(row["market_low"])
        table.loc[index, "figures_label"] = "revenue pace, run-rates and ARR"
    return table


def answer_figures(converted: pd.DataFrame, comparison: pd.DataFrame,
                   figures: pd.DataFrame) -> pd.DataFrame:
    """:func:`videomarket.market.calendar_figures` on the answer's two cases (the stacks of
    :func:`answer_comparison`): run-rates and ARR at their stated pace with no growth, the vendor whose own
    quarterly pace is lower at that pace (its reported quarters then its stated pace at the high end)."""
    table = converted.copy()
    annual = table["basis"] == "annualized"
    table.loc[annual, "calendar_usd_m"] = float("nan")
    table.loc[annual, "calendar_high_usd_m"] = table.loc[annual, "calendar_low_usd_m"]
    for _, row in comparison[comparison["basis"] == "annualized"].iterrows():
        found = quarter_pace(row, figures)
        if found is None:
            continue
        pace = float(found[0]["value_usd_m"])
        quarters = _quarters_usd(row, figures, found[0]["company"])
        where = annual & (table["year"] == row["year"]) & (table["company"] == found[0]["company"])
        table.loc[where, "calendar_low_usd_m"] = found[1]
        table.loc[where, "calendar_high_usd_m"] = sum(quarters) + pace * (4 - len(quarters)) / 4
        table.loc[where, "figures_label"] = ("revenue pace for the low case (its own row, below); this "
                                             "run-rate, after the quarters, for the high case")
    return table


def chart_comparison(drawn: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """:func:`answer_comparison` for the vendor chart: one bar per year and basis holding every vendor with
    a figure of that basis (revenue on the left, run-rates and ARR on the right), so the bar, its label,
    the chart's title (:func:`vendor_chart_title`) and its alt text all rest on the same combined rows.
    Where the low case counts a vendor at its quarter's pace (:func:`quarter_pace`), that vendor's figure in
    the row's vendor list is the low case's, named as such: 'Kling AI (Q1 2026 pace × 4) 364.1'."""
    vendors = []
    for _, row in drawn.iterrows():
        found = quarter_pace(row, figures) if pd.notna(row.get("market_usd_m")) else None
        items = str(row["vendors"]).split("; ")
        if found is not None:
            name = short_name(found[0]["company"])
            quarters = figures[(figures["company"] == found[0]["company"]) & (figures["year"] == row["year"])
                               & (figures["metric"] == "revenue") & (figures["kind"] == "quarter")]
            pace = (f"{period_words(quarters.sort_values('period_end')['period'].iloc[-1])} pace × 4"
                    if len(quarters) else "quarterly pace × 4")
            items = [f"{name} ({pace}) {found[1]:.1f}"
                     if item.startswith(name) else item for item in items]
        vendors.append("; ".join(items))
    return drawn.assign(slot=["left" if b == "revenue" else "right" for b in drawn["basis"]],
                        row_label="sum of the vendors that year", vendors=vendors).reset_index(drop=True)


def chart_figures(shown: pd.DataFrame, drawn: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """:func:`answer_figures` placed as in :func:`chart_comparison`: every figure in its basis's bar
    (``drawn`` and ``figures`` are kept for the notebook's call)."""
    return shown.assign(slot=["left" if b == "revenue" else "right" for b in shown["basis"]])


def vendor_chart_legend(comparison: pd.DataFrame, figures: pd.DataFrame) -> dict[str, str]:
    """The vendor chart's legend for :func:`answer_comparison`, named by the two cases (:func:`case_names`),
    a quarter's revenue times four apart from run-rates and ARR, a figure of an earlier year held flat named:
    {'pace': "Run-rate or ARR (Runway's 2026 bar is its June 2025 figure, held flat)", 'quarter':
    'Kling AI: Q1 2026 revenue pace (reported quarter × 4)', 'whisker': 'High case: Q1 as reported, then
    the stated run-rate'}."""
    top = _top(comparison)
    found = None if top is None else quarter_pace(top, figures)
    if found is None:
        return {"pace": "Run-rate or ARR, at its stated pace all year", "whisker": "Range"}
    name = short_name(found[0]["company"])
    quarter = figures[(figures["company"] == found[0]["company"]) & (figures["kind"] == "quarter")
                      & (figures["year"] == int(top["year"]))].sort_values("period_end").iloc[-1]
    when = period_words(quarter["period"])
    high = case_names(top, figures)[1]
    used = pace_figures(top, figures)
    held = used[pd.to_datetime(used["period_end"]).dt.year < int(top["year"])]
    flat = "; ".join(f"{short_name(r.company)}'s {int(top['year'])} bar is its "
                     f"{pd.Timestamp(r.period_end):%B %Y} figure, held flat" for r in held.itertuples())
    labels = {"pace": "Run-rate or ARR" + (f" ({flat})" if flat else ""),
              "quarter": f"{name}: {when} revenue pace (reported quarter × 4)",
              "whisker": f"High case: {high}"}
    part = _part_year_words(comparison, figures)
    if part:
        labels["partial"] = part
    return labels


def _part_year_words(comparison: pd.DataFrame, figures: pd.DataFrame) -> str:
    """The vendor chart's legend entry for a revenue bar that covers part of a year (pale, dashed): 'Kling
    AI, Q1–Q3 2025 revenue (part of the year)'; '' when every counted revenue bar covers its whole year."""
    years = set(comparison.dropna(subset=["market_usd_m"])["year"].astype(int))
    counted = figures[figures["counted"].astype(bool) & (figures["kind"] == "quarter")
                      & figures["year"].astype(int).isin(years)]
    for (company, year), rows in counted.groupby(["company", "year"], sort=True):
        quarters = sorted(int(str(p)[-1]) for p in rows["period"])
        if 0 < len(quarters) < 4:
            span = f"Q{quarters[0]}–Q{quarters[-1]}" if len(quarters) > 1 else f"Q{quarters[0]}"
            return f"{short_name(company)}, {span} {int(year)} revenue (part of the year)"
    return ""



def low_case_rows(comparison: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """The quarters the low case of the vendor with two cases rests on (:func:`quarter_pace`), as rows for
    the vendor chart's download: company, year, figures, period, the quarter in USD, the low case it
    gives, grade and source id, series 'quarter behind the low case' (empty when there is no such vendor)."""
    top = _top(comparison)
    found = None if top is None else quarter_pace(top, figures)
    if found is None:
        return pd.DataFrame()
    company, year = found[0]["company"], int(top["year"])
    rows = figures[(figures["company"] == company) & (figures["year"] == year)
                   & (figures["kind"] == "quarter") & (figures["metric"] == "revenue")]
    rows = rows.sort_values("period_end")
    usd = _quarters_usd(top, figures, company)
    if len(rows) != len(usd):
        return pd.DataFrame()
    return pd.DataFrame({
        "series": "quarter behind the low case", "company": company, "year": year,
        "figures_label": [f"revenue, {period_words(r.period)}: "
                          f"{'≥ ' if str(r.note).startswith('Lower bound') else ''}"
                          f"{fmt.money_m(r.original_value, r.original_currency)}"
                          f", about {fmt.usd_m(v)} (× 4 = the low case)"
                          for r, v in zip(rows.itertuples(), usd, strict=True)],
        "period": [str(p).replace("-Q", " Q") for p in rows["period"]],
        "value_usd_m": [round(v, 1) for v in usd],
        "calendar_low_usd_m": round(float(found[1]), 1),
        "evidence": rows["evidence"].astype(str).tolist(),
        "source_id": rows["source_id"].astype(str).tolist(),
    })

def vendor_chart_group_labels(comparison: pd.DataFrame) -> dict[int, str]:
    """The label above a year drawn apart in two bars (revenue earned beside run-rates): their sum and its
    share of that year's forecasts, in the text's words (:func:`earlier_year_words`), {2025: 'No
    like-for-like sum; adding them anyway\ngives a floor of about USD 288M,\n37%–40% of the forecasts'}
    ({} when no single year is drawn apart)."""
    drawn = comparison.dropna(subset=["market_usd_m"])
    split = [int(y) for y, n in drawn.groupby("year").size().items() if n > 1]
    if len(split) != 1:
        return {}
    rows = drawn[drawn["year"].astype(int) == split[0]]
    total = float(rows["calendar_low_usd_m"].sum())
    share = share_range(total / float(rows["market_high"].max()), total / float(rows["market_low"].min()))
    return {split[0]: (f"No like-for-like sum; adding them anyway\ngives a floor of about {fmt.usd_m(total)},"
                       f"\n{share} of the forecasts")}


def vendor_chart_subtitle(comparison: pd.DataFrame, figures: pd.DataFrame, *, labelled: bool = False) -> str:
    """What the vendor chart's bars and diamond show, in the answer's two cases, and which vendors
    each year's bars stack, since they differ by year (:func:`bar_vendor_sets`); the hatching and outlines
    are the legend's (each vendor's dates are the answer's, :func:`pace_dates`). A year drawn apart in two
    bars gets their sum and its share of that year's forecasts
    ('2025: revenue earned and run-rates drawn apart; together about USD 288M, 37%–40% of the forecasts, a
    rough floor'); ``labelled``: that sum is labelled on the chart (:func:`vendor_chart_group_labels`), so
    the subtitle only says what the bars are: '2025: Kling AI's revenue (Q1–Q3) and the others' run-rates
    side by side; the label gives their total'."""
    sets = bar_vendor_sets(comparison)
    lead = (f"Each year's bars stack different vendors ({sets}). " if sets else "")
    top = _top(comparison)
    if top is None or quarter_pace(top, figures) is None:
        return (lead + "Bars: the calendar year at each vendor's stated pace; labels: each bar as a share of "
                "the year's forecasts")
    low, high = case_names(top, figures)
    text = f"{lead}Bars: the low case, {low}; diamond: the high case, {high}"
    drawn = comparison.dropna(subset=["market_usd_m"])
    split = sorted(int(y) for y, n in drawn.groupby("year").size().items() if n > 1)
    if split:
        names = [_vendor_names(v) for v in drawn[drawn["year"].astype(int).isin(split)]["vendors"]]
        apart = sum(len(n) for n in names) == len({short_name(v) for n in names for v in n})
        floor = ""
        part = re.match(r"(.+), (Q\d(?:–Q\d)?) \d{4} revenue", _part_year_words(comparison, figures))
        if apart and len(split) == 1 and labelled and part:
            return (f"{text}. {split[0]}: {fmt.possessive(part[1])} revenue ({part[2]}) and the others' "
                    "run-rates side by side; the label gives their total")
        if apart and len(split) == 1 and labelled:
            floor = "; the label above them adds them"
        elif apart and len(split) == 1:
            rows = drawn[drawn["year"].astype(int) == split[0]]
            total = float(rows["calendar_low_usd_m"].sum())
            share = share_range(total / float(rows["market_high"].max()),
                                total / float(rows["market_low"].min()))
            floor = f"; together about {fmt.usd_m(total)}, {share} of the forecasts, a rough floor"
        text += (f". {_and(str(y) for y in split)}: revenue earned and run-rates drawn apart"
                 + (floor or ("; the text adds them as a rough floor" if apart else ", not to be added")))
    return text


def bar_vendor_sets(comparison: pd.DataFrame) -> str:
    """The vendors each year's bars stack, when they differ by year: '2025: Kling AI, Runway and Synthesia;
    2026: Kling AI and Synthesia' ('' when every year has the same vendors)."""
    rows = comparison.dropna(subset=["market_usd_m"])
    sets: dict[int, list[str]] = {}
    for row in rows.sort_values("year").itertuples():
        names = sets.setdefault(int(row.year), [])
        names.extend(short_name(n) for n in _vendor_names(row.vendors) if short_name(n) not in names)
    if len({tuple(sorted(v)) for v in sets.values()}) < 2:
        return ""
    return "; ".join(f"{year}: {_and(sorted(names))}" for year, names in sets.items())


# --- which quarter is annualised: the sensitivity case ----------------------------------------------------


def earlier_quarter(top: pd.Series, figures: pd.DataFrame) -> tuple[pd.Series, float] | None:
    """For the vendor whose own quarterly pace sets the low case (:func:`quarter_pace`), its latest reported
    quarter of the year before, with its revenue in USD millions (converted as in :func:`quarter_pace`):
    (Kling AI's Q3 2025 row, 42.0). None when there is no such vendor or quarter."""
    found = quarter_pace(top, figures)
    if found is None:
        return None
    rows = figures[(figures["company"] == found[0]["company"]) & (figures["year"] == int(top["year"]) - 1)
                   & (figures["metric"] == "revenue") & (figures["kind"] == "quarter")]
    rates = _fx_rates(figures)
    for row in rows.sort_values("period_end", ascending=False).itertuples():
        if pd.notna(row.value_usd_m):
            return figures.loc[row.Index], float(row.value_usd_m)
        if str(row.original_currency) in rates:
            return figures.loc[row.Index], float(row.original_value) / rates[str(row.original_currency)][0]
    return None


def sensitivity_total(top: pd.Series, figures: pd.DataFrame) -> float | None:
    """The low case (:func:`pace_low_total`) with the vendor's latest quarter of the year annualised
    replaced by its latest quarter of the year before (:func:`earlier_quarter`), times four: Kling AI at its
    Q3 2025 pace plus Synthesia's ARR, about USD 318M. None when there is no such quarter."""
    found, earlier = quarter_pace(top, figures), earlier_quarter(top, figures)
    if found is None or earlier is None:
        return None
    return pace_low_total(top, figures) - found[1] + 4 * earlier[1]


def _sensitivity_parts(top: pd.Series, figures: pd.DataFrame) -> tuple[str, str, str] | None:
    """(the vendor's short name, the earlier quarter's words 'Q3 2025', the share range '34%–38%')."""
    total, earlier = sensitivity_total(top, figures), earlier_quarter(top, figures)
    if total is None or earlier is None:
        return None
    shares = share_range(total / float(top["market_high"]), total / float(top["market_low"]))
    return short_name(earlier[0]["company"]), period_words(earlier[0]["period"]), shares


def sensitivity_words(top: pd.Series, figures: pd.DataFrame) -> str:
    """The vendors' section's sentence on the sensitivity case: 'At Kling AI's Q3 2025 pace instead (about
    USD 42M a quarter), the two vendors' figures would come to about USD 318M, 34%–38% of the forecasts: the
    share
    depends on which quarter is annualised.' ('' when no such quarter)."""
    parts, earlier = _sensitivity_parts(top, figures), earlier_quarter(top, figures)
    if parts is None or earlier is None:
        return ""
    name, quarter, shares = parts
    count = number_word(len(_vendor_names(top["vendors"])))
    return (f"At {fmt.possessive(name)} {quarter} pace instead (about {fmt.usd_m(earlier[1])} a quarter), "
            f"the {count} vendors' figures would come to about {fmt.usd_m(sensitivity_total(top, figures))}, "
            f"{shares} of the forecasts.")


def stress_test_note(comparison: pd.DataFrame, figures: pd.DataFrame) -> str:
    """The appendix's stress test (:func:`sensitivity_words`), labelled as one the latest quarter already
    contradicts, with the rest of the year that case would need: '**Stress test.** At Kling AI's Q3 2025
    pace instead (about USD 42M a quarter), the three vendors' figures would come to about USD 408M,
    43%–48% of the forecasts. The Q1 2026 figure already contradicts it: Kling AI earned about USD 91M or
    more in Q1 2026 alone, so USD 168M for the year would leave about USD 77M for Q2–Q4.' ('' when there is
    no such case)."""
    top = _top(comparison)
    text = "" if top is None else sensitivity_words(top, figures)
    found = None if top is None else _kling_cases(top, figures)
    earlier = None if top is None else earlier_quarter(top, figures)
    if not text or found is None or earlier is None:
        return ""
    name = short_name(found[0]["company"])
    quarter = float(found[1]) / 4
    year_total = 4 * float(earlier[1])
    return (f"**Stress test.** {text} The Q1 {int(top['year'])} figure already contradicts it: {name} earned "
            f"about {fmt.usd_m(quarter)} or more in Q1 {int(top['year'])} alone, so {fmt.usd_m(year_total)} "
            f"for the year would leave about {fmt.usd_m(year_total - quarter)} for Q2–Q4.")




def fx_effect(comparison: pd.DataFrame, figures: pd.DataFrame, change: float = 0.01) -> str:
    """What an exchange rate ``change`` (a share: 0.01 is 1%) higher or lower does to the answer's vendor
    whose quarter is converted from another currency (:func:`quarter_pace`): its low case is four such
    quarters, its high case one, so the low case moves by about ``change`` of the quarter's yearly pace and
    the high case by a quarter of that; then the answer's range (:func:`answer_shares`), said unchanged
    when it rounds alike: 'A CNY rate 1% higher or lower would move Kling AI's 2026 low case by about USD
    4M and its high case by about USD 1M; the 64%–83% range would be 63%–83% at the higher rate and
    64%–83% at the lower.' '' when no quarter is converted."""
    top = _top(comparison)
    found = quarter_pace(top, figures) if top is not None else None
    if found is None:
        return ""
    company, year = found[0]["company"], int(top["year"])
    quarters = figures[(figures["company"] == company) & (figures["year"] == year)
                       & (figures["metric"] == "revenue") & (figures["kind"] == "quarter")]
    currency = str(quarters["original_currency"].iloc[-1]) if len(quarters) else "USD"
    if currency == "USD":
        return ""
    pace = found[1]
    low, high = pace_low_total(top, figures), quarters_then_pace_total(top, figures)
    market_low, market_high = float(top["market_low"]), float(top["market_high"])
    now = answer_shares(top, figures)
    moved = []
    for factor in (1 / (1 + change), 1 / (1 - change)):  # more or fewer units per USD
        shift = factor - 1
        moved.append(share_range((low + pace * shift) / market_high, (high + pace / 4 * shift) / market_low))
    after = (f"the {now} range would stay the same" if set(moved) == {now}
             else f"the {now} range would be {moved[0]} at the higher rate and {moved[1]} at the lower")
    return (f"A {currency} rate {fmt.pct(change, 0)} higher or lower would move "
            f"{fmt.possessive(short_name(company))} {year} low case by about "
            f"{fmt.usd_m(round(pace * change))} and its high case by about "
            f"{fmt.usd_m(round(pace / 4 * change))}; {after}.")


def inference_note(common: object, sources: pd.DataFrame) -> str:
    """Why a forecast is credited to its publisher only by inference ('publisher inferred'), once, for
    each such forecast (a note with :data:`_INFERRED_WORDS`): what the page that relays it gives, and why
    the publisher is credited: its list of sources names the publisher (the source's note says so), and the
    figures differ from the other publishers' (their value for the same first year): 'Why "publisher
    inferred": the GitHub market-research page names no publisher beside these figures; we provisionally
    credit them to Grand View Research because its list of sources names it and they are not Fortune
    Business Insights' (USD 716.8M for 2025).' ('' when every publisher is named)."""
    editions = common.editions
    by_id = sources.set_index(sources["source_id"].astype(str))
    texts = []
    for row in editions.itertuples():
        if not any(w in str(row.note).lower() for w in _INFERRED_WORDS):
            continue
        sid = str(row.source_ids).split(";")[0].strip()
        page = read_in(sid, sources)
        source_note = str(by_id.loc[sid].get("note", "")) if sid in by_id.index else ""
        publisher = str(row.publisher)
        reasons = []
        if publisher.split()[0] in source_note and "source list" in source_note:
            reasons.append("its list of sources names it")
        others = editions[(editions["publisher"] != publisher) & (editions["first_year"] == row.first_year)
                          & (editions["first_value_usd_m"] != row.first_value_usd_m)]
        if len(others):
            other = others.iloc[0]
            reasons.append(f"they are not {fmt.possessive(other['publisher'])} "
                           f"({usd_stated(float(other['first_value_usd_m']))} for "
                           f"{int(other['first_year'])})")
        why = f" because {_and(reasons)}" if reasons else ""
        texts.append(
            f"Why \"publisher inferred\": the {page} names no publisher beside these figures; we "
            f"provisionally credit them to {publisher}{why}.")
    return " ".join(texts)


def paths_subtitle(paths: pd.DataFrame, definition: str) -> str:
    """The forecast chart's subtitle, short: which lines are bold and which editions share a point (drawn
    ringed): 'Bold: AI video generators. Two Fortune Business Insights editions share the 2025 point
    (ringed).'"""
    mine = paths[paths["definition"] == definition]
    text = f"Bold: {wording.DEFINITION_SHORT.get(definition, definition)}."
    points = mine.groupby(["year", "value_usd_m"])
    for (year, _), rows in points:
        found = rows.drop_duplicates("path")
        if len(found) < 2:
            continue
        publishers = found["publisher"].unique()
        who = (f"{number_word(len(found)).capitalize()} {publishers[0]} editions" if len(publishers) == 1
               else f"{number_word(len(found)).capitalize()} forecasts")
        text += f" {who} share the {int(year)} point (ringed)."
    return text


def market_as_of_brief(figures: pd.DataFrame, forecasts: pd.DataFrame, comparison: pd.DataFrame,
                       held: pd.DataFrame, sources: pd.DataFrame, source_ids: object, read: object,
                       today: object = None) -> str:
    """The data box's notice for the market report: what the newest source's date is (when every cited
    source of that date is a GitHub file, the date of the pages quoting the forecasts, not of the
    forecasts), the vendor results not yet in our sources (:func:`market_staleness_brief`) and how they
    would move the share (what the vendor with two cases must earn is :func:`headline_finding`'s):
    "31 July 2026 is the date of the GitHub pages quoting the forecasts, not of the forecasts. Kling AI's
    Q2–Q3 2026 results are very likely published but are not in our sources, so the vendor comparison is
    as of May 2026. Those results would move the 64%–83% range. The forecasts are second-hand and mostly
    undated: see About the data." ``held``: the vendor figures with the last ones carried into the next
    year (the comparison's); ``source_ids``: the sources cited; ``read``: their newest date."""
    brief = market_staleness_brief(figures, None, today, forecasts=forecasts)
    dated = sources[sources["source_id"].astype(str).isin({str(i) for i in source_ids})
                    & (sources["published"].astype(str) == str(read))]
    lead = ""
    if len(dated) and all(kind == "github" for kind, _ in (_relay(r) for _, r in dated.iterrows())):
        pages = "pages" if len(dated) > 1 else "page"
        lead = (f"{published_words(read)} is the date of the GitHub {pages} quoting the forecasts, not of "
                "the forecasts. ")
    parts = _needed_parts(comparison, held)
    top = _top(comparison)
    found = re.match(r"(.*? results are very likely published but are not in our sources, so the vendor "
                     r"comparison is as of [A-Z][a-z]+ \d{4}\.) (.*)$", brief)
    if parts is None or top is None or not found:
        return f"{lead}{brief}"
    move = f"Those results would move the {answer_shares(top, held)} range."
    return f"{lead}{found[1]} {move} {found[2]}"


def better_graded_total(comparison: pd.DataFrame, figures: pd.DataFrame,
                        grades: tuple[str, ...] = ("A", "B")) -> float | None:
    """The top year's vendors' sum from the better-graded figures only (:func:`_better_graded`): about
    USD 554M for 2026 on the shipped data (None when :func:`better_graded_line` would say nothing)."""
    found = _better_graded(comparison, figures, grades)
    return None if found is None else found[0]


def _better_graded(comparison: pd.DataFrame, figures: pd.DataFrame, grades: tuple[str, ...],
                   ) -> tuple[float, list[str]] | None:
    """(the sum, the words naming each figure it adds) for :func:`better_graded_line`: the low case's
    quarterly pace (:func:`low_case_rows`) and, for each other vendor, its newest counted run-rate or ARR
    of ``grades`` up to the top year. None without two cases, when a vendor has no such figure, or when
    every figure used is already of those grades."""
    top = _top(comparison)
    if top is None:
        return None
    rows = low_case_rows(comparison, figures)
    own = _kling_cases(top, figures)
    if own is None or rows.empty or not rows["evidence"].astype(str).isin(grades).all():
        return None
    name = short_name(own[0]["company"])
    total = float(rows["calendar_low_usd_m"].iloc[0])
    last = str(rows["period"].iloc[-1]).replace(" Q", "-Q")
    parts = [f"{fmt.possessive(name)} {period_words(last)} pace"]
    used = pace_figures(top, figures)
    changed = False
    kinds = {"arr": "ARR", "run_rate": term("run-rate", "run-rate")}
    for company in dict.fromkeys(used["company"]):
        if short_name(company) == name:
            continue
        pool = figures[(figures["company"] == company) & figures["counted"].astype(bool)
                       & (figures["basis"] == "annualized") & figures["evidence"].astype(str).isin(grades)
                       & (figures["year"] <= top["year"])]
        if pool.empty:
            return None
        row = pool.sort_values("period_end", kind="stable").iloc[-1]
        newest = used[used["company"] == company].sort_values("period_end", kind="stable").iloc[-1]
        changed = changed or str(newest["evidence"]) not in grades
        total += float(row["value_usd_m"])
        parts.append(f"{fmt.possessive(short_name(company))} {pd.Timestamp(row['period_end']):%B %Y} "
                     f"{kinds.get(str(row['metric']), 'figure')}")
    return (total, parts) if changed else None


def better_graded_line(comparison: pd.DataFrame, figures: pd.DataFrame, grades: tuple[str, ...] = ("A", "B"),
                       ) -> str:
    """The robustness line beside the headline share: the top year's sum from the better-graded figures
    only (``grades``, :func:`_better_graded`) against the year's forecasts (the highest, then the lowest):
    'From the better-graded figures only: Kling AI's Q1 2026 pace, Runway's June 2025 run-rate and
    Synthesia's April 2025 ARR come to about USD 554M, 58%–65% of the 2026 forecasts.' ('' without two
    cases, when a vendor has no such figure, or when every figure used is already of those grades)."""
    found = _better_graded(comparison, figures, grades)
    top = _top(comparison)
    if found is None or top is None:
        return ""
    total, parts = found
    share = share_range(total / float(top["market_high"]), total / float(top["market_low"]))
    return (f"From the better-graded figures only: {_and(parts)} come to about {fmt.usd_m(total)}, "
            f"{share} of the {int(top['year'])} forecasts.")


def market_as_of_short(figures: pd.DataFrame, forecasts: pd.DataFrame, today: object = None) -> str:
    """The data box's short notice (the full one, :func:`market_as_of_brief`, goes to About these data):
    which vendor results are not in our sources and that most forecasts give no publication date, linking
    About the data: "Kling AI's Q2–Q3 2026 results are not in our sources; most forecasts give no
    publication date. See [About the data](...)." (the brief as it is when it does not take that form)."""
    brief = market_staleness_brief(figures, None, today, forecasts=forecasts)
    found = re.match(r"(.*?) results are very likely published but are not in our sources, so the vendor "
                     r"comparison is as of [A-Z][a-z]+ \d{4}\. The forecasts are second-hand( and mostly "
                     r"undated)?: see (.*)$", brief)
    if not found:
        return brief
    undated = "; most forecasts give no publication date" if found[2] else ""
    return f"{found[1]} results are not in our sources{undated}. See {found[3]}"
