"""The findings and method notes of the market report (notebooks/01): the pieces that draw on both the
forecasts' stories (:mod:`videomarket.stories._market`) and the vendors'
(:mod:`videomarket.stories._market_vendors`)."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from videomarket import market
from videomarket.stories import fmt
from videomarket.stories._market import (
    _and,
    _read_where,
    _stated_pct,
    _top,
    claim_rate,
    number_word,
    own_rates,
    owner,
    period_words,
    share_range,
    usd_stated,
)
from videomarket.stories._market_vendors import (
    _vendor_names,
    forecast_times,
    growth_finding,
    growth_words,
    headroom_finding,
    two_digits,
)


def market_findings(
    latest: object,
    common: object,
    matches: pd.DataFrame,
    claim: Mapping[int, float],
    comparison: pd.DataFrame,
    room: object,
    rates: pd.DataFrame,
    sources: pd.DataFrame,
    figures: pd.DataFrame,
) -> list[str]:
    """Five computed findings for the top of the report, none resting on a grade-D figure: where the quote
    comes from, the common rate (each publisher's latest edition, and every edition beside it), the
    vendors' floor, the condition it sets on everyone else, and the vendors' growth against the
    forecasts' over the same months."""
    findings = [_claim_finding(matches, claim, sources)]
    low, high, _, _ = own_rates(common)
    findings.append(
        f"The {number_word(common.n_editions)} forecasts for AI video generators, from "
        f"{number_word(latest.n_publishers)} publishers, grow {fmt.pct(low)} to {fmt.pct(high)} a year "
        "each, so "
        f"\"{_quoted_rate(matches, claim)} a year\" faithfully summarises them; one rate fitted "
        f"to each publisher's latest edition is {fmt.pct(latest.rate)} a year (a method check in the "
        "appendix)."
    )
    top = _top(comparison)
    if top is not None:
        findings.append(pace_finding(top, figures))
        findings.append(headroom_finding(room))
    line = growth_finding(rates)
    if line:
        findings.append(line)
    return findings[:5]


def _quoted_rate(matches: pd.DataFrame, claim: Mapping[int, float]) -> str:
    """The rate the quote states, as stated ('20%'), or its figures' rate when no edition states it."""
    if len(matches) and pd.notna(matches["stated_cagr_pct"].iloc[0]):
        return _stated_pct(matches["stated_cagr_pct"].iloc[0])
    return fmt.pct(claim_rate(claim), 0)


def _claim_finding(matches: pd.DataFrame, claim: Mapping[int, float], sources: pd.DataFrame) -> str:
    first, last = min(claim), max(claim)
    if matches.empty or not bool(matches["all_matched"].iloc[0]):
        return f"No report edition we hold states both {first} and {last} values of the quoted claim."
    origin = matches.iloc[0]
    return (
        f"The quote, {usd_stated(claim[first])} in {first} to {usd_stated(claim[last])} in {last} at "
        f"\"{_quoted_rate(matches, claim)} a year\" (its figures imply {fmt.pct(claim_rate(claim))} a year), "
        f"matches {owner(origin['publisher'])} figures, which we read secondhand in "
        f"{_read_where(origin['source_id'], sources)} (evidence grade {origin['evidence']})."
    )


def market_method_notes(latest: object, common: object, comparison: pd.DataFrame) -> str:
    """The method notes of the market report, as Markdown bullets, with the numbers they quote computed."""
    grades = sorted(set(common.editions["evidence"]) | set(common.left_out["evidence"]))
    year_end = market.calendar_revenue_from_arr(1.0, "2025-12-31", 2025, market.ASSUMED_ARR_GROWTH)
    snapshots = comparison[comparison["basis"] == "annualized"]
    low, high = ((float(snapshots["growth_low"].iloc[0]), float(snapshots["growth_high"].iloc[0]))
                 if len(snapshots) else market.GROWTH_RANGE)
    notes = [
        "**Secondhand and thin.** No analyst's report was read directly: every forecast reaches us through "
        f"GitHub files, blog posts or newsletters, graded {' or '.join(grades)}, and several publisher "
        "attributions are inferences.",
        "**Definitions.** AI video generators, broad AI video and adjacent markets measure different "
        "things; only values of one definition are fitted or compared together.",
        "**A year's forecasts** are the values the forecasts state for it or, for a forecast that spans the "
        "year without stating it, its value at its own steady rate between the two stated values around it; "
        "a forecast is never extended beyond its first or last stated year.",
        "**The common rate** is a least-squares line (the line that makes the squared gaps to the values "
        "smallest) on the logarithm of the stated values, with one level per forecast and one slope: "
        f"{fmt.count(latest.n_values, 'value')} and {fmt.count(latest.df_resid, 'degree')} of freedom "
        "(values left over once the levels and the slope are fitted) for the headline, "
        f"{fmt.count(common.n_values, 'value')} and {fmt.count(common.df_resid, 'degree')} with every "
        f"edition. As a method check, its {fmt.pct(1 - latest.alpha, 0)} interval from the fit's residuals "
        f"is {fmt.pct(latest.lower)} to {fmt.pct(latest.upper)} ({fmt.pct(common.lower)} to "
        f"{fmt.pct(common.upper)} with every edition, too narrow because editions share values): with so few "
        "degrees of freedom it measures only how closely one rate fits these few values, not how uncertain "
        "the market's growth is.",
        "**Run-rates and ARR are not calendar revenue.** To set a figure R stated at a fraction t of the "
        "year against a calendar-year forecast, we assume it grows steadily by a multiple m a year and "
        "add up that year's revenue: R × m^(−t) × (m − 1) / ln m. The direction depends on when the figure "
        "was stated: a year-end ARR overstates that year's calendar revenue (which is about "
        f"{year_end:.2f} times the ARR when doubling), a mid-year run-rate of a growing firm understates it. "
        f"We compute the range for any growth between {growth_words(low)} and {growth_words(high)}; its "
        "lowest value is the figure at the stated pace for the whole year (flat from 1 January). It is not a "
        "floor: a vendor's pace before the date stated may have been lower.",
        "**Vendors against the forecasts' growth.** For a vendor series from one calendar year to another, "
        "each forecast's own yearly rate between its values for those years, compounded over the series' "
        "own span in years.",
        "**Scope.** Avatar platforms may or may not be inside a given report's scope; group revenue that "
        "is not video-only and aggregators reselling other vendors' models are left out because they are "
        "not comparable.",
    ]
    return "\n".join(f"- {note}" for note in notes)


# --- the answer and the vendors' pace ----------------------------------------------------------------------


def usd_range(low: float, high: float) -> str:
    """'USD 860M–948M' (three significant digits), or one value: 'USD 847M'."""
    a, b = fmt.usd_m(low), fmt.usd_m(high)
    return a if a == b else f"{a}–{b.removeprefix('USD ')}"


def year_values_words(values: pd.DataFrame, year: int) -> str:
    """Which of a year's forecast values are stated and which implied by a forecast's own growth rate
    (a :func:`videomarket.market.forecast_values` table): 'one forecast states USD 847M; the others imply
    about USD 860M–948M'."""
    rows = values[values["year"].astype(int) == int(year)]
    stated = rows[rows["stated"].astype(bool)]
    implied = rows[~rows["stated"].astype(bool)]
    parts = []
    if len(stated):
        n = len(stated)
        verb = "one forecast states" if n == 1 else f"{number_word(n)} forecasts state"
        parts.append(f"{verb} {usd_range(stated['value_usd_m'].min(), stated['value_usd_m'].max())}")
    if len(implied):
        who = ("the other implies" if len(implied) == 1 else "the others imply") if len(stated) else (
            "the forecasts imply")
        parts.append(f"{who} about {usd_range(implied['value_usd_m'].min(), implied['value_usd_m'].max())}")
    return "; ".join(parts)


def stated_pace(top: pd.Series, room: object) -> tuple[float, list[str]]:
    """What the vendors with a figure for the year (``top``) and those held at their last pace
    (``room.held``) earn in that year if each earns at its stated pace for the whole year, and their
    names."""
    names = _vendor_names(top["vendors"]) + [str(c) for c in room.held["company"]]
    return float(top["calendar_low_usd_m"]) + float(room.held_usd_m), names


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


def pace_check(figures: pd.DataFrame, top: pd.Series) -> str:
    """A vendor's own quarterly revenue in the year set against the run-rate it stated for that year: when
    four times the quarter is below the stated pace, the year's total at that pace may be too high ('' when
    no quarter says so). A quarter in another currency with no rate for its year is converted at the rate
    used for an earlier year, said to be an illustration."""
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
            illustration = f" (about {fmt.usd_m(usd)} at {what}, an illustration)"
        pace = float(pace_rows["value_usd_m"].iloc[-1])
        if 4 * usd >= pace:
            continue
        more = "more than " if str(getattr(row, "note", "")).startswith("Lower bound") else ""
        return (
            f"That is not a floor: {row.company} reported {period_words(row.period)} revenue of {more}"
            f"{fmt.money_m(row.original_value, row.original_currency)}{illustration}, a pace of about "
            f"{fmt.usd_m(4 * usd)} a year, below the {fmt.usd_m(pace)} it stated, so its {year} total may "
            "be lower."
        )
    return ""


def _without(top: pd.Series, figures: pd.DataFrame, company: str) -> tuple[float, float] | None:
    """The year's pace total without one vendor, as shares of the highest and the lowest forecast."""
    counted = figures[figures["counted"].astype(bool) & (figures["year"] == top["year"])
                      & (figures["basis"] == top["basis"]) & (figures["company"] != company)]
    if len(counted) == int(top["n_vendors"]):
        return None
    total = float(counted["value_usd_m"].sum())
    return total / float(top["market_high"]), total / float(top["market_low"])


def market_answer(common: object, comparison: pd.DataFrame, room: object, rates: pd.DataFrame,
                  values: pd.DataFrame, figures: pd.DataFrame, claimed_rate: float) -> str:
    """The report's answer to "does the quoted rate hold up?": whether the quoted rate summarises the
    forecasts (their plain range of rates), the forecasts' level in the latest year vendors can be set
    against (stated and implied apart), and the tension with the vendors' own figures, worded with its
    assumptions."""
    low, high, _, _ = own_rates(common)
    holds = round(low, 3) - 0.005 <= claimed_rate <= round(high, 3) + 0.005
    n = number_word(common.editions["publisher"].nunique())
    first = (
        f"As a summary of the forecasts, {'yes' if holds else 'no'}: {n} publishers' secondhand forecasts "
        f"for AI video generators grow {fmt.pct(low)} to {fmt.pct(high)} a year each, which "
        f"\"{fmt.pct(claimed_rate, 0)} a year\" {'faithfully summarises' if holds else 'does not match'}."
    )
    top = _top(comparison)
    if top is None:
        return first + " No one has measured the market itself, and no vendor figure can be set against it."
    year = int(top["year"])
    total, names = stated_pace(top, room)
    covered = rates[(rates["caveat"].fillna("") == "") & (rates["n_forecasts"] > 0)]
    text = (f"{first} The vendors' own figures are in tension with the forecasts' {year} level "
            f"({year_values_words(values, year)}): if each earned at its stated pace for the whole of "
            f"{year}, the "
            f"{number_word(len(names))} that disclose one ({_and(names)}) would earn about "
            f"{fmt.usd_m(total)}")
    if pace_check(figures, top):
        text += (" (less if their pace was lower earlier in the year, as one vendor's first-quarter revenue "
                 "suggests)")
    if len(covered):
        grew = vendor_times(covered["multiple"].min(), covered["multiple"].max())
        forecast = forecast_times(covered["forecast_multiple_low"].min(),
                                  covered["forecast_multiple_high"].max())
        text += (f", and those whose growth can be compared grew {grew} over months in which the forecasts "
                 f"grow {forecast}")
    return text + (f", so the forecasts' {year} level may be low or narrowly defined (no one has measured "
                   "the market itself).")


def vendor_times(low: float, high: float) -> str:
    """Vendors' multiples to two significant digits: '1.5×–4.3×', or one: '4.3×'."""
    a, b = (f"{two_digits(v):g}" for v in (low, high))
    return f"{a}×" if a == b else f"{a}×–{b}×"


#: Vendors that sell avatar video (a presenter speaking a script) rather than open-ended generation: a report
#: on AI video generators may or may not count them.
AVATAR_PLATFORMS = ("Synthesia", "HeyGen")


def pace_finding(top: pd.Series, figures: pd.DataFrame) -> str:
    """The key finding on what the vendors with a figure for the year earn at their stated pace, as shares
    of that year's forecasts, without an avatar platform too, and why it is not a floor when a vendor's own
    quarter says so."""
    names = _vendor_names(top["vendors"])
    year = int(top["year"])
    text = (
        f"If each vendor earned at its stated pace for the whole of {year}, {_and(names)} (evidence grade "
        f"{top['evidence']}) would earn {fmt.usd_m(top['calendar_low_usd_m'])} in {year}: "
        f"{share_range(top['floor_share_low'], top['floor_share_high'])} of the {year} forecasts "
        f"({fmt.usd_m(top['market_low'])} to {fmt.usd_m(top['market_high'])})"
    )
    for company in (c for c in AVATAR_PLATFORMS if c in names):
        shares = _without(top, figures, company)
        if shares:
            text += (f", or {share_range(*shares)} without {company}, an avatar platform a forecast may "
                     "not count")
            break
    check = pace_check(figures, top)
    return text + "." + (f" {check}" if check else "")
