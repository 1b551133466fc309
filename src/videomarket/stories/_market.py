"""Sentences for the market-size notebook, written from the tables of :mod:`videomarket.market`,
:mod:`videomarket.market._fits` and :mod:`videomarket.market._vendors`, so no number is typed by hand.

Each function returns Markdown; every number in it goes through :mod:`videomarket.stories.fmt` or is a stated
percentage shown as stated. The ``*_COLUMNS`` lists are the columns the notebook shows of each table.

Example:
    >>> round(claim_rate({2025: 716.8, 2032: 2560.0}), 4)
    0.1994
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from videomarket import growth
from videomarket.market import BASIS_LABELS
from videomarket.market import GROWTH_COLUMNS as vendor_columns
from videomarket.stories import fmt

CLAIM_COLUMNS = [
    "path",
    "matched",
    "stated_years",
    "value_first",
    "value_last",
    "implied_cagr_pct",
    "stated_cagr_pct",
    "evidence",
    "source_id",
]
EDITION_COLUMNS = [
    "path",
    "start_year",
    "end_year",
    "start_value_usd_m",
    "end_value_usd_m",
    "implied_cagr_pct",
    "stated_cagr_pct",
    "gap_pts",
    "evidence",
    "source_id",
]
AUDIT_COLUMNS = [
    "path",
    "definition",
    "region",
    "start_year",
    "end_year",
    "start_value_usd_m",
    "end_value_usd_m",
    "implied_cagr_pct",
    "stated_cagr_pct",
    "gap_pts",
    "flagged",
    "evidence",
]
FIT_COLUMNS = [
    "model",
    "n_params",
    "df_resid",
    "aicc",
    "bic",
    "delta_aicc",
    "value",
    "lower",
    "upper",
    "parameters",
    "reason",
]
FIGURE_COLUMNS = [
    "company",
    "metric",
    "period",
    "value_usd_m",
    "original_currency",
    "original_value",
    "evidence",
    "basis",
    "counted",
    "reason",
]
COMPARISON_COLUMNS = [
    "year",
    "basis",
    "vendor_total_usd_m",
    "n_vendors",
    "vendors",
    "market_usd_m",
    "market_low",
    "market_high",
    "n_forecasts",
    "share",
    "share_low",
    "share_high",
]
#: The columns of :func:`videomarket.market._vendors.vendor_growth` a reader needs (no bookkeeping).
GROWTH_COLUMNS = [c for c in vendor_columns if c not in {"years", "source_ids"}]
_SEPARABLE_AIC = 2.0  # the usual rule: AIC differences below 2 do not separate two models
# A few named vendors reaching a tenth of a whole market is already a sizeable floor under it.
_LARGE_SHARE = 0.10


def claim_rate(claim: Mapping[int, float]) -> float:
    """The compound annual rate between the first and last year of a {year: value} claim."""
    first, last = min(claim), max(claim)
    return growth.cagr(claim[first], claim[last], last - first)


def claim_text(claim: Mapping[int, float], claimed_rate: float, matches: pd.DataFrame) -> str:
    """What the claim's endpoints imply and which report edition states them (a
    :func:`videomarket.market.match_claim` table, best match first)."""
    first, last = min(claim), max(claim)
    text = (
        f"The quoted endpoints imply **{fmt.pct(claim_rate(claim), 2)} a year** ({fmt.usd_m(claim[first])} "
        f"in {first} to {fmt.usd_m(claim[last])} in {last}); the quote says {fmt.pct(claimed_rate, 0)}. "
    )
    if matches.empty or not bool(matches["all_matched"].iloc[0]):
        return text + "No report in the table states both figures."
    origin = matches.iloc[0]
    text += (
        f'The only report that states both is **{origin["path"]}** ("{origin["report"]}", evidence '
        f"{origin['evidence']}, source `{origin['source_id']}`): its own values, "
        f"{fmt.usd_m(origin['value_first'])} and {fmt.usd_m(origin['value_last'])}, imply "
        f"{origin['implied_cagr_pct']:.2f}% a year against a stated {origin['stated_cagr_pct']:g}%."
    )
    partial = matches.iloc[1:]
    if len(partial):
        text += (
            " The other matches share one endpoint only: "
            + "; ".join(
                f"{row.path} states the {row.matched} value (its years: {row.stated_years})"
                for row in partial.itertuples()
            )
            + "."
        )
    return text


def editions_text(editions: pd.DataFrame, note: str | None = None) -> str:
    """Each edition's period, values, stated and implied rate, then what changed from one edition to
    the next (a :func:`videomarket.market.cagr_table` of one publisher, in edition order)."""
    ordered = editions.sort_values("edition")
    lines = [
        f"- **Edition {row.edition}** ({row.start_year}–{row.end_year}, evidence {row.evidence}): "
        f"{fmt.usd_m(row.start_value_usd_m)} to {fmt.usd_m(row.end_value_usd_m)}, stated "
        f"{row.stated_cagr_pct:g}% a year (rounded: {row.stated_cagr_pct:.0f}%), implied "
        f"{row.implied_cagr_pct:.2f}%."
        for row in ordered.itertuples()
    ]
    changes = [
        _edition_change(before, after)
        for before, after in zip(ordered.itertuples(), ordered.iloc[1:].itertuples(), strict=False)
    ]
    text = "How the quoted rates differ by edition:\n\n" + "\n".join(lines)
    if changes:
        text += "\n\n" + " ".join(changes)
    if note:
        text += f"\n\nThe note recorded with the source of the quoted edition:\n\n> {note}"
    return text


def _edition_change(before, after) -> str:
    parts = []
    if after.start_year != before.start_year:
        parts.append(f"moves the base year from {before.start_year} to {after.start_year}")
    if after.end_year != before.end_year:
        parts.append(f"moves the horizon from {before.end_year} to {after.end_year}")
    else:
        values = sorted({fmt.usd_m(before.end_value_usd_m), fmt.usd_m(after.end_value_usd_m)})
        parts.append(f"keeps the {after.end_year} end point ({' and '.join(values)})")
    if after.start_year == before.start_year and after.start_value_usd_m == before.start_value_usd_m:
        parts.append(f"keeps the {after.start_year} value")
    rate = f"{after.stated_cagr_pct:g}% instead of {before.stated_cagr_pct:g}%"
    return f"Edition {after.edition} {', '.join(parts)}, and states {rate}."


def paths_text(paths: pd.DataFrame, definition: str, min_evidence: str) -> str:
    """How many paths, publishers and definitions the chart shows, and how many measure ``definition``."""
    chosen = paths[paths["definition"] == definition]
    return (
        f"With evidence {min_evidence} or better the table holds "
        f"{fmt.count(paths['path'].nunique(), 'forecast path')} from "
        f"{fmt.count(paths['publisher'].nunique(), 'publisher')} across "
        f"{fmt.count(paths['definition'].nunique(), 'market definition')}; "
        f"{fmt.count(chosen['path'].nunique(), 'path')} measure '{definition}', with "
        f"{fmt.count(len(chosen), 'stated value')} between them."
    )


def audit_text(audit: pd.DataFrame) -> str:
    """The reports whose stated CAGR their own endpoints do not give (a cagr_table)."""
    flagged = audit[audit["flagged"]]
    if flagged.empty:
        return f"None of the {len(audit)} reports states a rate its own endpoints do not give."
    return (
        f"{fmt.count(len(flagged), 'report')} of {len(audit)} state a rate their own endpoints do not give: "
        + "; ".join(
            f"**{row.path}** ({row.definition}) states {row.stated_cagr_pct:g}% but its "
            f"{row.start_year}–{row.end_year} values imply {row.implied_cagr_pct:.1f}%"
            for row in flagged.itertuples()
        )
        + "."
    )


def fits_text(fits, definition: str, min_evidence: str, claim: Mapping[int, float]) -> str:
    """Which curves were fitted, which the data supports, how far apart their horizon values are,
    what could not be fitted and why, and the exponential rate against the claim's."""
    failed = "; ".join(f"**{row.model}**: {row.reason}" for row in fits.failed.itertuples()) or "none"
    if fits.best is None:
        return (
            f"No growth curve could be fitted to the {fmt.count(fits.n_points, 'consensus point')} of "
            f"'{definition}' (evidence {min_evidence} or better). Not fitted: {failed}."
        )
    done = fits.converged
    best = done.iloc[0]
    text = (
        f"{fmt.count(fits.n_points, 'consensus point')}, {fmt.count(len(done), 'curve')} fitted. Lowest AIC: "
        f"**{fits.best}**; {_support(done)} (AIC differences below {_SEPARABLE_AIC:g} do not separate "
        f"models). The simplest curve within {_SEPARABLE_AIC:g} AIC units "
        f"of the best is **{fits.preferred}**, drawn below with its {fmt.pct(1 - fits.alpha, 0)} confidence "
        f"band. At {fits.horizon} the fitted curves give {fmt.usd_m(done['value'].min())} to "
        f"{fmt.usd_m(done['value'].max())}; the best one {fmt.usd_m(best['value'])} "
        f"({fmt.usd_m(best['lower'])} to {fmt.usd_m(best['upper'])}). Not fitted: {failed}."
    )
    if fits.exponential_rate is not None:
        rate = fits.exponential_rate
        text += (
            f"\n\nThe exponential curve is a constant growth rate: **{fmt.pct(rate['rate'])} a year** "
            f"({fmt.pct(rate['lower'])} to {fmt.pct(rate['upper'])}), against the "
            f"{fmt.pct(claim_rate(claim))} implied by the quoted claim."
        )
    return text


def _support(done: pd.DataFrame) -> str:
    """Which fitted curves the data cannot tell from the best, and which fit clearly worse."""
    close = done[~(done["delta_aicc"] >= _SEPARABLE_AIC)]
    worse = done[done["delta_aicc"] >= _SEPARABLE_AIC]
    if worse.empty:
        return (
            f"the AIC differences are all below {_SEPARABLE_AIC:g} (largest {done['delta_aicc'].max():.1f}), "
            "so the data cannot tell the curves apart"
        )
    behind = ", ".join(f"{row.model} ({row.delta_aicc:.1f} behind)" for row in worse.itertuples())
    if len(close) == 1:
        return f"the data favour it over every other curve: {behind}"
    return f"{', '.join(close['model'])} cannot be told apart; {behind} fit worse"


def verdict_text(
    comparison: pd.DataFrame,
    against: pd.DataFrame | None,
    claim: Mapping[int, float],
    origin: pd.Series,
    latest: pd.Series,
    definition: str,
    horizon: int,
    min_evidence: str,
) -> str:
    """The verdict: vendors' share of the forecast market, vendor growth against the consensus rate
    (``against``: :func:`videomarket.market._vendors.growth_against_market`, or None without a rate),
    and what the headline claim is."""
    return "\n\n".join(
        [
            _share_verdict(comparison, definition, min_evidence),
            _growth_verdict(against, horizon),
            _claim_verdict(claim, origin, latest),
        ]
    )


def _share_verdict(comparison: pd.DataFrame, definition: str, min_evidence: str) -> str:
    compared = comparison.dropna(subset=["share"]).sort_values("share")
    if compared.empty:
        return (
            f"No year has both counted vendor figures and a '{definition}' forecast at evidence "
            f"{min_evidence} or better, so the sizes cannot be compared here."
        )
    top = compared.iloc[-1]
    others = " ".join(
        f"{row.year}, {BASIS_LABELS[row.basis]}: {fmt.usd_m(row.vendor_total_usd_m)} from "
        f"{fmt.count(int(row.n_vendors), 'vendor')}, {fmt.pct(row.share, 0)} of the forecast."
        for row in compared.iloc[:-1].itertuples()
    )
    spread = (
        f" ({fmt.pct(top['share_low'], 0)} to {fmt.pct(top['share_high'], 0)} across "
        f"{fmt.count(int(top['n_forecasts']), 'forecast')})"
        if top["share_low"] < top["share_high"]
        else ""
    )
    large = top["share"] >= _LARGE_SHARE
    reading = (
        "Most developers of video models publish no video revenue at all, so these sums are floors, and the "
        "forecasts' base looks low rather than high."
        if large
        else "At this size the named vendors are a small part of the forecast market, which says little "
        "either way about the forecast."
    )
    vendors = fmt.count(int(top["n_vendors"]), "vendor")
    verb = "already equal" if large else "equal"
    return (
        f"**The own figures of {vendors} {verb} {fmt.pct(top['share'], 0)} of the forecast market.** "
        f"In {top['year']}, {vendors} ({top['vendors']}) reported "
        f"{BASIS_LABELS[top['basis']]} of {fmt.usd_m(top['vendor_total_usd_m'])}: {fmt.pct(top['share'], 0)} "
        f"of the '{definition}' market forecast for that year{spread}. "
        + (others + " " if others else "")
        + reading
    )


def _growth_verdict(against: pd.DataFrame | None, horizon: int) -> str:
    if against is None:
        return "No consensus growth rate could be fitted, so vendor growth is not compared with one."
    series = fmt.count(len(against), "like-for-like vendor series", "like-for-like vendor series")
    upper = float(against["market_upper"].iloc[0]) if len(against) else float("nan")
    text = (
        f"**{int(against['faster'].sum())} of {series} grow faster than the consensus rate, but the "
        f"evidence per vendor is thin.** Faster means above the top of the consensus rate's interval "
        f"({fmt.pct(upper)} a year)"
    )
    if len(against):
        slowest = against.sort_values("annual_growth").iloc[0]
        text += (
            f"; the slowest, {slowest['company']} ({slowest['metric']}, {slowest['first_period']} to "
            f"{slowest['last_period']}), grew {fmt.pct(slowest['annual_growth'], 0)} a year"
        )
    return (
        text
        + ". "
        + _interval_clause(against)
        + (
            f" Hypergrowth from a small base cannot last until {horizon}, so this says the forecasts' "
            f"near-term growth looks too low, not that their {horizon} value is."
        )
    )


def _interval_clause(against: pd.DataFrame) -> str:
    clearly = int(against["clearly_faster"].sum())
    with_interval = against.dropna(subset=["lower"])
    without = len(against) - len(with_interval)
    lead = ("None does so" if clearly == 0 else f"{clearly} of them do so") + (
        " with an interval that excludes the consensus rate"
    )
    details = []
    if len(with_interval):
        details.append(
            f"the {fmt.count(len(with_interval), 'series', 'series')} with an interval rest on "
            f"{int(with_interval['n_points'].max())} points at most, and their intervals reach down to "
            f"{fmt.pct(with_interval['lower'].min(), 0)} a year"
        )
    if without:
        details.append(f"{fmt.count(without, 'series', 'series')} with two points only have no interval")
    return lead + (": " + "; ".join(details) if details else "") + "."


def _claim_verdict(claim: Mapping[int, float], origin: pd.Series, latest: pd.Series) -> str:
    return (
        f"**The headline rate is real but narrow.** {origin['implied_cagr_pct']:.2f}% a year is what "
        f"{origin['path']}'s own endpoints give (the rounded quote gives {fmt.pct(claim_rate(claim), 2)}). "
        f"It is one publisher's narrow definition, quoted "
        f"secondhand (evidence {origin['evidence']}), and the publisher's latest edition in the table, "
        f"{latest['path']}, "
        f"states {latest['stated_cagr_pct']:g}% a year to {latest['end_year']} instead."
    )
