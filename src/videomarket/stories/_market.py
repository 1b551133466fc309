"""Sentences for the market report, written from the tables of :mod:`videomarket.market`, so no number
is typed by hand and no claim is stronger than its evidence.

* The headline growth is :func:`videomarket.market.edition_growth` fitted to each publisher's latest
  edition (editions of one report are not independent forecasts), worded with its interval and what the
  interval assumes and measures; the fit over every edition is given beside it, said to understate.
* Vendors' own figures are a floor on the market (:mod:`videomarket.stories._market_vendors`): nothing
  here says a forecast is too low or too high; what a floor implies is worded as a condition.
* Forecasts are named by the pages we read them in, with links; period codes, report ids and path labels
  are put in words (:func:`period_words`, :func:`report_title`, :func:`path_label`); forecast values are
  quoted as their sources state them (:func:`usd_stated`), stated rates as stated ("20%").

The ``*_TABLE`` dictionaries (or functions, where a header depends on the data) are the columns a reader
sees of each table, with plain headers and units, and the ``*_FORMATS`` how to show them (for
:func:`videomarket.plots.table`); money columns are numbers in USD millions, so the CSV download stays
numeric.

Example:
    >>> round(claim_rate({2025: 716.8, 2032: 2560.0}), 4)
    0.1994
    >>> usd_stated(2562.9), usd_stated(2560.0), usd_stated(847.0), usd_billions(716.8, 788.5)
    ('USD 2,562.9M', 'USD 2.56B', 'USD 847M', 'USD 0.72B–0.79B')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal

import pandas as pd

from videomarket import growth, market
from videomarket.stories import _wording as wording
from videomarket.stories import fmt
from videomarket.stories._notes import sources_section, term

#: The glossary entry that explains each market definition, where there is one.
DEFINITION_TERMS = {"ai-video-broad": "broad-ai-video", "adjacent": "adjacent-market"}
#: A definition's name before a noun ("the AI video generator forecast").
DEFINITION_ATTRIBUTIVE = {"ai-video-generator": "AI video generator", "ai-video-broad": "broad AI video",
                          "text-to-video": "text-to-video", "adjacent": "adjacent-market"}


def percent_a_year(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with its rate columns (``implied_rate``, ``stated_rate``, fractions) as percentages a year,
    0-100 numbers for readers and their CSV downloads: implied to one decimal, stated as stated."""
    out = table.copy()
    if "implied_rate" in out:
        out["implied_rate"] = (out["implied_rate"].astype(float) * 100).round(1)
    if "stated_rate" in out:
        out["stated_rate"] = (out["stated_rate"].astype(float) * 100).round(2)
    return out


#: Publisher labels that would read as a contradiction, in words.
_PUBLISHER_WORDS = {"Unattributed (MarkNtel Advisors inferred)":
                    "Unattributed (figures match MarkNtel Advisors)"}
_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def definition_label(definition: object) -> str:
    """A market definition in plain words."""
    return wording.DEFINITION_LABELS.get(str(definition), str(definition))


def claim_rate(claim: Mapping[int, float]) -> float:
    """The compound annual rate between the first and last year of a {year: value} claim."""
    first, last = min(claim), max(claim)
    return growth.cagr(claim[first], claim[last], last - first)


def number_word(n: int) -> str:
    """'one' ... 'nine' for small counts, digits beyond: number_word(3) -> 'three'."""
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else fmt.number(n)


def usd_stated(value_usd_m: float) -> str:
    """A forecast value as its source states it: 'USD 716.8M', 'USD 847M', 'USD 2,562.9M'; a value stated
    in billions (a whole number of ten millions) as 'USD 2.56B', 'USD 42.29B'."""
    value = float(value_usd_m)
    if value >= 1000 and value % 10 == 0:
        return f"USD {value / 1000:g}B"
    decimals = 0 if value.is_integer() else 1
    return f"USD {fmt.number(value, decimals)}M"


def usd_billions(low: float, high: float) -> str:
    """A range of USD millions in billions to two decimals, halves up: 'USD 0.72B–0.79B', or one value."""
    a, b = (str(Decimal(repr(v / 1000)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
            for v in (low, high))
    return f"USD {a}B" if a == b else f"USD {a}B–{b}B"


#: The data note marking the quote's own figures (their edition letter is a reconstruction), and their label.
QUOTE_NOTE = "ORIGIN OF THE SEED CLAIM"
QUOTE_LABEL = "the headline forecast"


def edition_label(row: object) -> str:
    """A forecast in words, short and alike everywhere: 'Fortune Business Insights C' ('Fortune Business
    Insights, quoted as 2025→2034' when the row gives its first and last years: the pages name no edition,
    so the label is the years it is quoted with), the quote's own
    figures (a ``note`` holding :data:`QUOTE_NOTE`) 'Fortune Business Insights B (the headline forecast)',
    'Grand View Research (broad AI video)',
    'Market.us (AI in Film Market)' (an adjacent market is named by its report), plus a region that is
    not global. A credit only inferred (:func:`credit_inferred`) is tagged: 'Grand View Research
    (publisher inferred)', 'Grand View Research (publisher inferred; broad AI video)'."""
    publisher = str(_get(row, "publisher"))
    publisher = _PUBLISHER_WORDS.get(publisher, publisher)
    edition = str(_get(row, "edition") or "")
    definition = str(_get(row, "definition") or "")
    first, last = _get(row, "first_year"), _get(row, "last_year")
    spanned = len(edition) <= 2 and bool(edition) and first is not None and last is not None
    if spanned:  # a lettered edition named by the years it is quoted with
        edition = f"quoted as {int(first)}→{int(last)}"
    if spanned and QUOTE_NOTE in str(_get(row, "note") or ""):
        text = f"{publisher}, {edition} ({QUOTE_LABEL})"
    elif len(edition) <= 2 and edition and QUOTE_NOTE in str(_get(row, "note") or ""):
        text = f"{publisher} {edition} ({QUOTE_LABEL})"
    elif spanned:
        text = f"{publisher}, {edition}"
    elif len(edition) <= 2 and edition:
        text = f"{publisher} {edition}"
    elif definition == "adjacent" and _get(row, "report"):
        text = f"{publisher} ({report_title(_get(row, 'report'))})"
    elif definition and definition != "ai-video-generator":
        text = f"{publisher} ({wording.DEFINITION_SHORT.get(definition, definition)})"
    else:
        text = publisher
    if credit_inferred(row) and not publisher.startswith("Unattributed"):
        text = (text.replace(f"{publisher} (", f"{publisher} (publisher inferred; ", 1)
                if text.startswith(f"{publisher} (") else f"{text} (publisher inferred)")
    region = str(_get(row, "region") or "Global")
    return text if region in ("Global", "", "nan", "<NA>") else f"{text}, {region}"


#: Words in a forecast's data note saying the page did not name its publisher, which was inferred.
INFERRED_WORDS = ("infer", "not named in-line", "names no publisher")


def credit_inferred(row: object) -> bool:
    """Whether a forecast's credit to its publisher is only inferred: its ``note`` (one row's, or all its
    rows' joined) holds :data:`INFERRED_WORDS`.

    >>> credit_inferred({"note": "publisher not named in-line, Grand View attribution inferred"})
    True
    >>> credit_inferred({"note": "Stated as 'USD 847M (2026)'."})
    False
    """
    note = str(_get(row, "note") or "").lower()
    return any(word in note for word in INFERRED_WORDS)


def edition_word(row: object) -> str:
    """An edition named on its own: 'edition C' ('the forecast quoted as 2025→2034' when the row gives its
    first and last years), or 'the headline forecast' (:data:`QUOTE_LABEL`) for the quote's own figures (a
    ``note`` holding :data:`QUOTE_NOTE`)."""
    if QUOTE_NOTE in str(_get(row, "note") or ""):
        return QUOTE_LABEL
    first, last = _get(row, "first_year"), _get(row, "last_year")
    if 0 < len(str(_get(row, "edition") or "")) <= 2 and first is not None and last is not None:
        return f"the forecast quoted as {int(first)}→{int(last)}"
    return f"edition {_get(row, 'edition')}"


def path_label(path: object) -> str:
    """A :func:`videomarket.market.forecast_paths` label in words: 'Fortune Business Insights ed. B' ->
    'Fortune Business Insights B'; a '[definition]' tag is dropped, a region kept.

    >>> path_label("Fortune Business Insights ed. C"), path_label("Grand View Research [ai-video-broad]")
    ('Fortune Business Insights C', 'Grand View Research')
    """
    text = re.sub(r"\s*\[[^\]]*\]$", "", str(path))
    return text.replace(" ed. ", " ")


def path_legend(paths: pd.DataFrame) -> dict[str, str]:
    """The label each forecast path of a :func:`videomarket.market.forecast_paths` table shows in a
    chart's legend (:func:`edition_label`), so two reports of one publisher never read alike: a publisher
    with forecasts of two markets has each named ('Grand View Research (AI video generators)'); the quoted
    forecast keeps the text's mark, and each reads as in the tables ('Fortune Business Insights, quoted as
    2025→2032 (the headline forecast)')."""
    spans = paths.groupby("path")["year"].agg(["min", "max"]) if "year" in paths else None
    first = paths.drop_duplicates("path")
    if "note" in paths:  # a credit inferred in any of a forecast's rows is inferred for all of them
        notes = paths.groupby("path")["note"].agg(lambda n: " ".join(n.dropna().astype(str)))
        first = first.assign(note=first["path"].map(notes))
    if spans is not None:  # a lettered edition is named by the years it spans
        first = first.assign(first_year=first["path"].map(spans["min"]),
                             last_year=first["path"].map(spans["max"]))
    labels = {str(row["path"]): edition_label(row) for _, row in first.iterrows()}  # as in the tables
    markets = first.groupby("publisher")["definition"].nunique() if "definition" in first else {}
    for _, row in first.iterrows():  # one publisher's forecasts of two markets: name each one's market
        if markets.get(row["publisher"], 1) > 1 and "(" not in labels[str(row["path"])]:
            what = wording.DEFINITION_SHORT.get(str(row["definition"]), str(row["definition"]))
            labels[str(row["path"])] += f" ({what})"
    return labels


def report_title(report: object) -> str:
    """A report's title without the publisher's catalogue id: 'AI Video Generator Market (report
    110060)' -> 'AI Video Generator Market'.

    >>> report_title("AI Video Generator Market (ai-video-generator-market-report)")
    'AI Video Generator Market'
    """
    return re.sub(r"\s*\((report \d+|[a-z0-9]+(-[a-z0-9]+)+)\)$", "", str(report))


def _get(row: object, name: str) -> object:
    value = row.get(name) if isinstance(row, Mapping | pd.Series) else getattr(row, name, None)
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else value


_ARCHIVED_FILE = r"^https://github\.com/([^/]+/[^/]+)/blob/"


def relayed_by(source_ids: object, sources: pd.DataFrame) -> str:
    """Where a figure was read, in words: 'GitHub file (owner/repository)' for a file of a public
    repository, else the source's publisher; several sources joined with '; '.

    >>> s = pd.DataFrame({"source_id": ["g", "w"], "publisher": ["x (GitHub)", "Ginger Liu (Substack)"],
    ...     "url": ["https://github.com/kangise/roadmap/blob/2a78/ch.md", "https://gingerliu.example/p"]})
    >>> relayed_by("g; w", s)
    'GitHub file (kangise/roadmap); Ginger Liu (Substack)'
    """
    names = []
    for source in _sources_of(source_ids, sources):
        kind, name = _relay(source)
        names.append(f"GitHub file ({name})" if kind == "github" else name)
    return "; ".join(dict.fromkeys(names))


#: What the GitHub projects quoting the forecasts are, in words for readers (their repository names go
#: to the Sources list only).
GITHUB_PAGES = {
    "kangise/ecommerce-ai-roadmap": "GitHub page on e-commerce AI",
    "Jolin-ma/legacy-link-studio": "GitHub product brief",
    "aainanarang29/dodo-ai-video-pricing-guide": "GitHub guide to AI-video pricing",
    "SeventeenLabs/seventeenlabs": "GitHub market-research page",
    "sneakyfree/SceneMachine": "GitHub business plan",
}


def github_page(name: str) -> str:
    """A GitHub repository described for readers: 'GitHub page on e-commerce AI'; 'GitHub page' for one
    not described."""
    return GITHUB_PAGES.get(name, "GitHub page")


def read_in(source_ids: object, sources: pd.DataFrame) -> str:
    """Where a figure was read, as short as a table cell allows: a GitHub file described in words
    (:func:`github_page`), else the source's publisher ('GitHub page', 'Ginger Liu (Substack)')."""
    return "; ".join(dict.fromkeys(github_page(name) if kind == "github" else name
                                   for kind, name in map(_relay, _sources_of(source_ids, sources))))


def _sources_of(source_ids: object, sources: pd.DataFrame) -> list[pd.Series]:
    by_id = sources.set_index(sources["source_id"].astype(str))
    found = []
    for sid in (part.strip() for part in str(source_ids).split(";") if part.strip()):
        if sid not in by_id.index:
            raise ValueError(f"relayed_by: source id {sid!r} is not in the sources table")
        found.append(by_id.loc[sid])
    return found


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
    ('Jan–Sep 2025', 'Q2 2025', 'stated 28 May 2026, period not given')
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
    if re.fullmatch(r"\d{4}", main) and note.startswith("stated "):  # a pace stated on a day, of no period
        return f"{_dates_in_words(note)}, period not given"
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
    >>> figure_label("revenue", "Lower bound ('more than'); RMB million")
    'revenue (≥, a lower bound)'
    """
    text = str(note) if isinstance(note, str) else ""
    if "Appfigures estimate" in text:
        return "app-store spending since launch (Appfigures estimate, not company revenue)"
    label = wording.METRIC_LABELS.get(str(metric), str(metric))
    if "source of the figure not shown" in text:
        return f"{label} (as quoted; its source not shown)"
    if text.startswith("Lower bound"):
        return f"{label} (≥, a lower bound)"
    return label


def _and(items: Iterable[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = list(items)
    return ", ".join(items[:-1]) + f" and {items[-1]}" if len(items) > 1 else (items[0] if items else "")


def _years_words(text: object) -> str:
    """'2025, 2026, 2034' -> '2025, 2026 and 2034'."""
    return _and(part.strip() for part in str(text).split(","))


# --- the quote and its editions -----------------------------------------------------------------------------


def claim_columns(claim: Mapping[int, float], *, values: bool = False) -> dict[str, str]:
    """The headers of :func:`claim_table`, with the quote's years in them; ``values`` (a table built with
    ``forecasts``): one column of every value an edition states, by year, instead of the quote's two
    years, so its growth can be checked from the table."""
    first, last = min(claim), max(claim)
    if values:
        years = {"stated_years": "Values in our source (USD millions, by year)"}
    else:
        years = {"stated_years": "Years with values in our source",
                 "value_first": f"{first} value (USD millions)",
                 "value_last": f"{last} value (USD millions)"}
    return {
        "edition_label": "Report edition",
        "matched_words": "Year whose value matches the quote",
        **years,
        "implied_rate": "Growth its own first and last values imply (% a year)",
        "stated_rate": "Growth it states (% a year)",
        "evidence": "Evidence grade",
        "read_in": "Found in",
    }


def claim_table(matches: pd.DataFrame, sources: pd.DataFrame,
                editions: pd.DataFrame | None = None, *,
                forecasts: pd.DataFrame | None = None) -> pd.DataFrame:
    """The :func:`videomarket.market.match_claim` table with its reader columns (:func:`claim_columns`), in
    edition order; the growth an edition's own first and last values imply comes from ``editions`` (a
    :func:`videomarket.market.cagr_table` of its publisher) where the quote's two figures are not both
    in it. A lettered edition is named by the years it states: "Fortune Business Insights' 2025–2034
    edition". With ``forecasts`` the years column lists every value the edition states: '2024: 614.8;
    2032: 2,560' (:func:`edition_values`)."""
    implied = matches["implied_cagr_pct"] / 100
    if editions is not None and len(editions):
        own = editions.drop_duplicates("edition").set_index("edition")["implied_cagr_pct"] / 100
        implied = implied.fillna(matches["edition"].map(own))
    years = matches["stated_years"].astype(str).str.findall(r"\d{4}")
    spans = matches.assign(first_year=[int(y[0]) if y else None for y in years],
                           last_year=[int(y[-1]) if y else None for y in years])
    table = matches.assign(  # the year-named edition, with the letter the appendix's text uses
        edition_label=[edition_label(r) for r in spans.itertuples()],
        matched_words=_quote_itself(matches["matched"]),
        stated_years=(matches["stated_years"].map(_years_words) if forecasts is None else
                      [edition_values(forecasts, r) for r in matches.itertuples()]),
        implied_rate=implied,
        stated_rate=matches["stated_cagr_pct"] / 100,
        read_in=[read_in(ids, sources) for ids in matches["source_id"]],
    )
    return percent_a_year(table.sort_values("edition", kind="stable"))


def edition_values(forecasts: pd.DataFrame, row: object) -> str:
    """Every value one edition states, by year, in USD millions: '2024: 614.8; 2032: 2,560'.

    >>> f = pd.DataFrame({"publisher": ["P", "P", "P"], "edition": ["A", "A", "B"],
    ...                   "year": [2032, 2024, 2025], "value_usd_m": [2560.0, 614.8, 716.8],
    ...                   "definition": ["d", "d", "d"]})
    >>> edition_values(f, pd.Series({"publisher": "P", "edition": "A", "definition": "d"}))
    '2024: 614.8; 2032: 2,560'
    """
    rows = forecasts[(forecasts["publisher"] == _get(row, "publisher"))
                     & (forecasts["edition"].astype(str) == str(_get(row, "edition")))
                     & (forecasts["definition"] == _get(row, "definition"))].sort_values("year")
    return "; ".join(f"{int(r.year)}: {float(r.value_usd_m):,.1f}".removesuffix(".0")
                     for r in rows.itertuples())


def _spanned(matches: pd.DataFrame) -> pd.DataFrame:
    """The matches with the first and last year each edition states, so editions are named by years."""
    years = matches["stated_years"].astype(str).str.findall(r"\d{4}")
    return matches.assign(first_year=[int(y[0]) if y else None for y in years],
                          last_year=[int(y[-1]) if y else None for y in years])


def _quote_itself(matched: pd.Series) -> pd.Series:
    """The figures each edition shares with the quote, in words, with '(the quote itself)' for the edition
    that holds every figure of the quote (the most years matched, at least two): '2025' / '(the quote
    itself)'."""
    counts = matched.map(lambda text: len([p for p in str(text).split(",") if p.strip()]))
    top = counts.max() if len(counts) else 0
    words = matched.map(_years_words)
    return words.where(~((counts == top) & (counts >= 2)), "(the quote itself)")


def _repeat_sentence(row: object, origin: pd.Series, first: int, last: int) -> str:
    """How one other edition repeats a figure of the quote, in one short sentence: 'Its 2025 value matches
    edition C's (716.8).', or, when it matches only after rounding, 'Its 2032 value, 2,562.9, is close to
    edition A's 2,560: a match only after rounding, possibly by chance.'"""
    for year, own, quoted in ((first, row.value_first, origin["value_first"]),
                              (last, row.value_last, origin["value_last"])):
        if pd.isna(own):
            continue
        if float(own) == float(quoted):
            return f"Its {year} value matches that of {edition_word(row)} ({float(own):,.1f})."
        return (f"Its {year} value, {float(quoted):,.1f}, is close to the {float(own):,.0f} of "
                f"{edition_word(row)}: a match only after rounding, possibly by chance.")
    return f"It shares a figure with {edition_word(row)}."


def claim_text(claim: Mapping[int, float], claimed_rate: float, matches: pd.DataFrame,
               sources: pd.DataFrame) -> str:
    """Where the quote is stated, named apart from where its figures come from: the quote's own page
    (publisher, title and link), the report page it credits (its link, not read by us), what the figures
    imply, and the other files that repeat one figure each."""
    first, last = min(claim), max(claim)
    rate = fmt.pct(claim_rate(claim), 1)
    if matches.empty or not bool(matches["all_matched"].iloc[0]):
        return (f"The quote gives {usd_stated(claim[first])} for {first} and {usd_stated(claim[last])} for "
                f"{last}, which imply {rate} a year, rounded to {fmt.pct(claimed_rate, 0)}. No report "
                "edition we hold states both figures.")
    origin = matches.iloc[0]
    by_id = sources.set_index(sources["source_id"].astype(str))
    sid = str(origin["source_id"]).split(";")[0].strip()
    page = by_id.loc[sid]
    english = page.get("title_en")
    title = str(english) if isinstance(english, str) and english else str(page.get("title", ""))
    title = re.sub(r"\s*\([^()]*\d{4}-\d\d[^()]*\)$", "", title)
    said = (f"\"{_stated_pct(origin['stated_cagr_pct'])} a year\"" if pd.notna(origin["stated_cagr_pct"])
            else "the quote")
    title = re.sub(r"^[A-Z]?\d+\.\s*", "", title.split(" | ")[0]).strip() or title  # 'A7. x | y' -> 'x'
    kind, name = _relay(page)
    who = f"a {github_page(name)}" if kind == "github" else name
    where = "a chapter" if kind == "github" else "a page"
    text = (f"{said} is {fmt.possessive(origin['publisher'])} rate, quoted second-hand: {who} gives it in "
            f"{where} titled \"[{title}]({page['url']})\", with {usd_stated(origin['value_first'])} for "
            f"{first} and {usd_stated(origin['value_last'])} for {last}.")
    cites = page.get("cites_url")
    credit = (f"[{owner(origin['publisher'])} report page]({cites})" if isinstance(cites, str) and cites
              else f"{owner(origin['publisher'])} report")
    implied = fmt.pct(origin["implied_cagr_pct"] / 100, 1)
    consistent = round(float(origin["implied_cagr_pct"])) == round(claimed_rate * 100)
    text += (f"\n\nThose two figures imply {implied} a year"
             + (", so the quote is internally consistent." if consistent else ".")
             + f" The page credits them to {credit}, which could not be read for this note.")
    others = matches.iloc[1:]
    if len(others) > 1 and pd.notna(origin.get("edition")):  # the conclusion first, then a figure a sentence
        own = edition_word(_spanned(matches.iloc[:1]).assign(note="").iloc[0])
        text += (f"\n\nThe quote may combine two {term('edition', 'editions')} of the report (its own page "
                 f"gives {own}). " + " ".join(
                     _repeat_sentence(row, origin, first, last)
                     for row in _spanned(others).sort_values("edition").itertuples())
                 + " Without the publisher's page we cannot tell.")
    elif len(others):
        text += (f"\n\n{fmt.capital(number_word(len(others)))} other "
                 f"{'file matches' if len(others) == 1 else 'files each match'} one of the quote's figures.")
    return text


def quote_origin(matches: pd.DataFrame, editions: pd.DataFrame, sources: pd.DataFrame) -> str:
    """Where the quote comes from, in one plain sentence for the main line, with what the publisher's
    other editions state: 'The "20% a year" is Fortune Business Insights' forecast as passed on by a
    GitHub page on e-commerce AI; the publisher's other editions we hold state 18.8%–19.5% a year, and the
    quoted figures may mix two of them.' It opens the section "Where the 20% a year comes from", so it
    links to no section. ``editions``: the publisher's editions (:func:`videomarket.market.cagr_table`
    rows); '' when no edition states every figure of the quote."""
    if matches.empty or not bool(matches["all_matched"].iloc[0]):
        return ""
    origin = matches.iloc[0]
    by_id = sources.set_index(sources["source_id"].astype(str))
    sid = str(origin["source_id"]).split(";")[0].strip()
    kind, name = _relay(by_id.loc[sid]) if sid in by_id.index else ("web", "a secondary page")
    who = f"a {github_page(name)}" if kind == "github" else name
    said = (f"\"{_stated_pct(origin['stated_cagr_pct'])} a year\"" if pd.notna(origin["stated_cagr_pct"])
            else "quote")
    text = f"The {said} is {fmt.possessive(origin['publisher'])} forecast as quoted by {who}"
    own = editions[(editions["publisher"] == origin["publisher"])
                   & (editions["edition"].astype(str) != str(origin.get("edition")))]
    stated = sorted(own["stated_cagr_pct"].dropna().astype(float))
    if not stated:
        return f"{text}."
    span = (_stated_pct(stated[0]) if stated[0] == stated[-1]
            else f"{_stated_pct(stated[0]).removesuffix('%')}%–{_stated_pct(stated[-1])}")
    which = "edition" if len(stated) == 1 else "editions"
    mix = ", and the quoted figures may mix two of them" if len(matches) > 2 and len(stated) > 1 else ""
    return (f"{text}; the publisher's other {which} we hold state {span} a year{mix}.")


def owner(name: object) -> str:
    """A possessive that reads right after a name in brackets or ending in s: "Runway's", "Fortune
    Business Insights'", "Kling AI's (Kuaishou)" is avoided by callers; this is for plain names."""
    text = str(name)
    return f"{text}'" if text.endswith("s") else f"{text}'s"


def _stated_pct(pct_value: float) -> str:
    """A stated rate as stated: 20.0 -> '20%', 18.8 -> '18.8%'."""
    return f"{float(pct_value):g}%"


# --- the forecasts side by side -----------------------------------------------------------------------------


def _own_rates_of(paths: pd.DataFrame) -> pd.Series:
    """Each path's rate from its first to its last stated value (paths with two or more years)."""
    ordered = paths.sort_values("year").groupby("path", sort=True)
    first, last = ordered.first(), ordered.last()
    span = (last["year"] - first["year"]).astype(float)
    keep = span > 0
    return (last.loc[keep, "value_usd_m"] / first.loc[keep, "value_usd_m"]) ** (1 / span[keep]) - 1


def _value_at(path: pd.DataFrame, year: int) -> float | None:
    """A forecast's value in ``year``: stated, or at steady growth between the stated values either side."""
    rows = path.sort_values("year")
    years, values = rows["year"].astype(int).tolist(), rows["value_usd_m"].astype(float).tolist()
    for i in range(len(years) - 1):
        (y0, v0), (y1, v1) = (years[i], values[i]), (years[i + 1], values[i + 1])
        if y0 <= year <= y1 and y1 > y0:
            return float(v0 * (v1 / v0) ** ((year - y0) / (y1 - y0)))
    return values[years.index(year)] if year in years else None


def _size_ratios(paths: pd.DataFrame,
                 definition: str) -> tuple[int, tuple[float, float], dict[str, tuple[float, float]]] | None:
    """(year, (lowest, highest) of the ``definition`` forecasts that year, {other path: (its value over the
    highest, over the lowest)}) in the year most definitions state; the ``definition`` forecasts' values are
    stated or at steady growth between their stated values."""
    spread = definition_spread(paths)
    if spread is None:
        return None
    year = spread[0]
    world = paths[paths["region"] == "Global"]
    chosen = world[world["definition"] == definition]
    bases = [v for _, path in chosen.groupby("path") if (v := _value_at(path, year)) is not None]
    others = world[(world["definition"] != definition) & (world["year"] == year)]
    if not bases or others.empty:
        return None
    low, high = min(bases), max(bases)
    ratios = {str(row.path): (float(row.value_usd_m) / high, float(row.value_usd_m) / low)
              for row in others.itertuples()}
    return year, (low, high), ratios


def _times(low: float, high: float) -> str:
    """'4×' or '4×–5×' (whole multiples)."""
    a, b = f"{low:.0f}", f"{high:.0f}"
    return f"{a}×" if a == b else f"{a}×–{b}×"


def paths_title(paths: pd.DataFrame, definition: str) -> str:
    """The forecast chart's title, one finding, in the text's rounding: 'Forecasts for AI video generators
    (bold lines) all grow 18.7%–20.2% a year; other markets (one broader, one adjacent) are forecast to grow
    faster' (:func:`other_markets_words`; how the other markets compare is in :func:`paths_text`)."""
    rates = _own_rates_of(paths[paths["definition"] == definition])
    what = wording.DEFINITION_SHORT.get(definition, definition)
    low, high = (fmt.pct(v) for v in (rates.min(), rates.max()))
    others = _own_rates_of(paths[paths["definition"] != definition])
    kinds = other_markets_words(paths[paths["definition"] != definition])
    faster = (f"; {kinds} are forecast to grow faster" if len(others) and others.min() > rates.max()
              else "")
    span = low if low == high else f"{low}–{high}"
    return f"Forecasts for {what} (bold lines) all grow {span} a year{faster}"


#: How a market charted beside the headline one relates to it, in a word.
_MARKET_KINDS = {"ai-video-broad": "broader", "adjacent": "adjacent", "text-to-video": "narrower"}


def other_markets_words(paths: pd.DataFrame) -> str:
    """The markets of ``paths`` (those other than the headline one), with how each relates to it, one
    forecast each: 'other markets (one broader, one adjacent)'; 'another market (broader)' for one.

    >>> other_markets_words(pd.DataFrame({"path": ["a", "b"], "definition": ["adjacent", "ai-video-broad"]}))
    'other markets (one broader, one adjacent)'
    >>> other_markets_words(pd.DataFrame({"path": ["a"], "definition": ["ai-video-broad"]}))
    'another market (broader)'
    """
    kinds = paths.drop_duplicates("path")["definition"].map(lambda d: _MARKET_KINDS.get(str(d), "other"))
    if len(kinds) == 1:
        return f"another market ({kinds.iloc[0]})"
    counts = kinds.value_counts()
    order = [k for k in ("broader", "narrower", "adjacent", "other") if k in counts]
    return "other markets (" + ", ".join(f"{number_word(int(counts[k]))} {k}" for k in order) + ")"


def paths_text(paths: pd.DataFrame, definition: str) -> str:
    """How many forecasts the chart shows, their grades when they differ (one grade is said just before,
    by :func:`forecast_count_words`), how fast those of ``definition`` grow, the rates
    the other markets' first and last values imply (with the stated rates beside them when those differ),
    and how much larger the other markets charted are (sizes of different markets, not estimates of one).
    A stated rate is given only where it differs from the implied one by over a point: 'They grow an
    implied 25.7% and 30.5% a year (the second states 32.2%)'."""
    chosen = paths[paths["definition"] == definition]
    grades = sorted(set(paths["path_evidence"].astype(str)))
    graded = (f"all of {term('grade-market', 'evidence grade')} {grades[0]}" if len(grades) == 1
              else f"{term('grade-market', 'evidence grades')} {_and(grades)}")
    n_chosen = chosen["path"].nunique()
    text = (
        f"The chart shows {number_word(paths['path'].nunique())} forecasts ("
        f"{'' if len(grades) == 1 else graded + ', '}on a "
        f"{term('log-scale', 'log scale')}); {number_word(n_chosen)} are for "
        f"{definition_label(definition)}: {forecast_count(chosen.drop_duplicates('path'))}."
    )
    others = paths[paths["definition"] != definition].drop_duplicates("path")
    ratios = _size_ratios(paths, definition)
    if len(others):
        named = [_linked_label(row) for _, row in others.iterrows()]
        text += (f" The other {number_word(len(others))} measure different markets: {_and(named)}"
                 if len(others) > 1 else f" The other one measures a different market: {named[0]}")
        grown, said = [], []
        for path in others["path"]:
            rows = paths[paths["path"] == path].dropna(subset=["value_usd_m"]).sort_values("year")
            span = int(rows["year"].iloc[-1]) - int(rows["year"].iloc[0]) if len(rows) > 1 else 0
            if span > 0:
                ratio = float(rows["value_usd_m"].iloc[-1]) / float(rows["value_usd_m"].iloc[0])
                grown.append(fmt.pct(ratio ** (1 / span) - 1))
                stated = rows["stated_cagr_pct"].dropna() if "stated_cagr_pct" in rows else rows["year"][:0]
                said.append(fmt.pct(float(stated.iloc[0]) / 100) if len(stated) else "")
        rated = bool(grown) and len(grown) == len(others)  # one rate per market named, in the same order
        if rated:
            off = [i for i, (g, t) in enumerate(zip(grown, said, strict=True))
                   if t and abs(float(g.rstrip("%")) - float(t.rstrip("%"))) > 1]
            stated = ""
            if len(off) == 1 and len(said) > 1:
                which = ("first", "second", "third", "fourth", "fifth")[off[0]] if off[0] < 5 else "one"
                stated = f" (the {which} states {said[off[0]]})"
            elif off:
                stated = f" (stated: {_and(said)})"
            grow = "They grow" if len(grown) > 1 else "It grows"
            text += f". {grow} an implied {_and(grown)} a year{stated}"
        if ratios:
            year, (low, high), found = ratios
            sizes = _and(_times(*found[str(p)]) for p in others["path"] if str(p) in found)
            many = len(found) > 1
            verb = (" and in {year} are" if many else " and in {year} is") if rated else (
                ". In {year} they are" if many else ". In {year} it is")
            text += (f"{verb.format(year=year)} {sizes} the size of the "
                     f"{DEFINITION_ATTRIBUTIVE.get(definition, definition)} forecasts "
                     f"({usd_billions(low, high)} that year). They measure "
                     "different markets, so the sizes are not rival estimates of one")
        text += "."
    return text


def _linked_label(row: pd.Series) -> str:
    """A forecast's label with its market linked to the glossary: 'Grand View Research ([broad AI
    video](#glossary-broad-ai-video))', 'Market.us (AI in Film Market, an [adjacent market](...))'."""
    definition = str(row["definition"])
    label = edition_label(row)
    if definition not in DEFINITION_TERMS:
        return label
    if definition == "adjacent":
        linked = f", an {term(DEFINITION_TERMS[definition], 'adjacent market')})"
        main, _, region = label.partition("), ")
        return main.removesuffix(")") + linked + (f", {region}" if region else "")
    short = wording.DEFINITION_SHORT[definition]
    return re.sub(rf"\(((?:publisher inferred; )?){re.escape(short)}\)",
                  lambda m: f"({m[1]}{term(DEFINITION_TERMS[definition], short)})", label, count=1)


def definition_spread(paths: pd.DataFrame) -> tuple[int, float, float, float] | None:
    """(year, lowest, highest, ratio) of the global values stated for the year most definitions state."""
    world = paths[paths["region"] == "Global"]
    if world.empty:
        return None
    counts = world.groupby("year")["definition"].nunique()
    year = int(counts[counts == counts.max()].index.max())
    values = world.loc[world["year"] == year, "value_usd_m"]
    return year, float(values.min()), float(values.max()), float(values.max() / values.min())


# --- one growth rate ----------------------------------------------------------------------------------------


def own_rates(result: object) -> tuple[float, float, float, float]:
    """(lowest, highest) rate the fitted forecasts' own first and last values imply, then (lowest,
    highest) rate they state: the plain range beside the common rate."""
    implied, stated = result.editions["implied_rate"].dropna(), result.editions["stated_rate"].dropna()
    return float(implied.min()), float(implied.max()), float(stated.min()), float(stated.max())


def _shared_values(result: object) -> str:
    """The fitted editions of one publisher that state the same value for a year, in plain words, the
    headline forecast first: "two editions of Fortune Business Insights' forecast, the headline forecast
    and the one quoted as 2025→2034, share their 2025 value (USD 716.8M)"; 'editions B and C of ...' when
    the editions have letters only; else ''."""
    parts = []
    for publisher, group in result.editions.groupby("publisher", sort=True):
        if len(group) < 2:
            continue
        points: dict[tuple[int, float], list[str]] = {}
        for row in group.itertuples():
            ends = ((row.first_year, row.first_value_usd_m), (row.last_year, row.last_value_usd_m))
            for year, value in ends:
                points.setdefault((int(year), float(value)), []).append(edition_word(row))
        found = {key: set(names) for key, names in points.items() if len(set(names)) > 1}
        if not found:
            parts.append(f"{number_word(len(group))} of them are editions of one {publisher} report")
            continue
        editions = sorted({e for names in found.values() for e in names},
                          key=lambda e: (e != QUOTE_LABEL, e.startswith("edition "), e))
        values = _and(f"{year} value ({fmt.usd_m(value, 4)})" for year, value in sorted(found))
        if all(e.startswith("edition ") for e in editions):
            letters = _and(e.removeprefix("edition ") for e in editions)
            named = f"editions {letters} of {owner(publisher)} report"
        else:
            quoted = "the forecast quoted as "
            names = [editions[0]] + [e.replace(quoted, "the one quoted as ", 1) for e in editions[1:]]
            named = (f"{number_word(len(editions))} editions of {owner(publisher)} forecast, "
                     f"{_and(names)},")
        parts.append(f"{named} share their {values}")
    return "; ".join(parts)


def forecast_count(editions: pd.DataFrame) -> str:
    """The one phrase for the forecasts fitted, used alike in the answer, the findings and the body:
    'forecasts from two publishers (one of them in two editions)'; 'forecasts from two publishers' when
    each has one edition. ``editions``: one row per forecast, with its ``publisher``."""
    editions = editions.groupby("publisher").size()
    text = f"forecasts from {number_word(len(editions))} publisher{'s' if len(editions) != 1 else ''}"
    several = editions[editions > 1]
    if several.empty:
        return text
    if len(several) == 1:
        return text + f" (one of them in {number_word(int(several.iloc[0]))} editions)"
    return text + f" ({number_word(len(several))} of them in more than one edition)"

def growth_text(latest: object, common: object, claim: Mapping[int, float], *,
                matches: pd.DataFrame | None = None, forecasts: pd.DataFrame | None = None) -> str:
    """The growth section's point first: the quote against the forecasts other than its own edition (with
    ``matches``, :func:`_quote_test`; else the forecasts' own range); then, in its own paragraph, why
    editions sharing a value are not independent; then (with ``forecasts``) where each forecast held went
    (:func:`forecast_count_words`) and which were left out. ``latest`` (the combined fit) is kept for the
    notebook's call: its rate and interval are in the method notes."""
    low, high, stated_low, stated_high = own_rates(common)
    quoted = claim_rate(claim)
    text = _quote_test(common, matches, quoted)
    if not text:
        inside = "inside" if round(low, 3) <= round(quoted, 3) <= round(high, 3) else "outside"
        text = (
            f"The {number_word(len(common.editions))} forecasts for AI video generators imply {fmt.pct(low)} "
            f"to {fmt.pct(high)} a year from their own first and last values (they state "
            f"{_stated_pct(100 * stated_low)} to {_stated_pct(100 * stated_high)}), so the quoted "
            f"{fmt.pct(quoted, 0)} is {inside} their range."
        )
    del latest  # the combined rate and its interval are in the method notes
    shared = _shared_values(common)
    if shared:
        text += f"\n\nA caveat: {shared}, so they are not independent forecasts."
    counts = (forecast_count_words(forecasts, common) + " ") if forecasts is not None else ""
    rest = counts.strip()
    return text + (f"\n\n{rest}" if rest else "")


def _quote_test(common: object, matches: pd.DataFrame | None, quoted: float) -> str:
    """The quote's own figures and rate, defining 'the headline forecast' (:data:`QUOTE_LABEL`), then the
    forecasts other than its own edition: 'The headline forecast (Fortune Business Insights, quoted as
    2025→2032: USD 716.8M in 2025, USD 2.56B in 2032) implies 20.0% a year. The two other forecasts imply
    18.7% (Fortune Business Insights C) and 20.2% (Grand View Research) a year; they state 18.8% and 20.3%.
    So the headline 20% lies between them.' ('' when no fitted edition states every figure of
    the quote)."""
    if matches is None or matches.empty or "all_matched" not in matches:
        return ""
    found = matches[matches["all_matched"].astype(bool)]
    editions = common.editions
    if found.empty or str(found["path"].iloc[0]) not in set(editions["path"]):
        return ""
    own = editions[editions["path"] == str(found["path"].iloc[0])].iloc[0]
    rest = editions[editions["path"] != own["path"]]
    if rest.empty:
        return ""
    named = _and(f"{fmt.pct(r.implied_rate)} ({_edition_name(r)}"
                 f"{', publisher inferred, not named by the source' if credit_inferred(r) else ''})"
                 for r in rest.itertuples())
    stated = _and(_stated_pct(100 * r.stated_rate) for r in rest.itertuples())
    low, high = rest["implied_rate"].min(), rest["implied_rate"].max()
    inside = round(low, 3) - 0.005 <= quoted <= round(high, 3) + 0.005
    holds = "lies between them" if inside else "lies outside them"
    others = (f"The {number_word(len(rest))} other forecasts imply {named} a year; they state {stated}."
              if len(rest) > 1 else f"The one other forecast implies {named} a year; it states {stated}.")
    name = edition_label(own).split(" (")[0]
    return (f"{QUOTE_LABEL[0].upper()}{QUOTE_LABEL[1:]} ({name}: {fmt.usd_m(own['first_value_usd_m'], 4)} in "
            f"{int(own['first_year'])}, {fmt.usd_m(own['last_value_usd_m'])} in {int(own['last_year'])}) "
            f"implies {fmt.pct(own['implied_rate'])} a year. {others} So the headline "
            f"{fmt.pct(quoted, 0)} {holds}.")


def _edition_name(row: object) -> str:
    """A forecast's name in running text, its lettered edition said as one: "Fortune Business Insights'
    edition C"; the publisher alone when it has no letter."""
    label = edition_label(row).split(" (")[0]
    edition = str(_get(row, "edition") or "")
    publisher = str(_get(row, "publisher"))
    if 0 < len(edition) <= 2 and label == f"{publisher} {edition}":
        return f"{fmt.possessive(publisher)} edition {edition}"
    return label


def forecast_count_words(forecasts: pd.DataFrame, common: object) -> str:
    """Where every forecast held goes, one forecast per publisher, report, edition and market, in plain
    sentences: 'The chart draws the 5 best sourced of our 14 forecasts, evidence grade C (3 for AI video
    generators, 2 for other markets); it leaves out the 9 of grade D, 4 for AI video generators (see About
    the data).' (the grade linked to the glossary)."""
    keys = forecasts.assign(edition=forecasts["edition"].fillna(""))
    held = keys.groupby(["publisher", "report", "edition", "definition"], dropna=False).agg(
        evidence=("evidence", "first")).reset_index()
    pairs = set(zip(common.editions["publisher"], common.editions["edition"], strict=True))
    mine = keys[[(p, e) in pairs for p, e in zip(keys["publisher"], keys["edition"], strict=True)]]
    definition = str(mine["definition"].mode().iloc[0]) if len(mine) else None
    kept = held[held["evidence"].isin(set(common.editions["evidence"]))]
    weak = held[~held.index.isin(kept.index)]
    own = int((kept["definition"] == definition).sum()) if definition else len(common.editions)
    other = len(kept) - own
    weak_own = int((weak["definition"] == definition).sum()) if definition else 0
    grades = _and(sorted(set(kept["evidence"].astype(str))))
    weak_grades = _and(sorted(set(weak["evidence"].astype(str))))
    label = definition_label(definition) if definition else "this market"
    text = (f"The chart draws the {len(kept)} best sourced of our {len(held)} forecasts, evidence "
            f"{term('grade-market', 'grade')} {grades} ({own} for {label}, {other} for other markets)")
    see = " (see [About the data](00-about-the-data.html#how-strong-is-the-evidence))"
    if weak.empty:
        return text + "."
    if len(weak) == 1:
        tail = f", for {label}" if weak_own else ""
        return f"{text}; it leaves out the one weaker forecast, of grade {weak_grades}{tail}{see}."
    tail = f", {weak_own} for {label}" if weak_own else ""
    return f"{text}; it leaves out the {len(weak)} of grade {weak_grades}{tail}{see}."


def edition_growth_table(common: object, latest: object, sources: pd.DataFrame) -> pd.DataFrame:
    """Every forecast of the fit over all editions, with its reader columns (:data:`EDITION_GROWTH_TABLE`):
    its years, values as stated, rates and where it was read. ``latest`` is kept for the notebook's call
    (which forecasts the combined rate counts is told in the method notes)."""
    del latest
    editions = common.editions
    return percent_a_year(editions.assign(
        forecast=[edition_label(r) for r in editions.itertuples()],
        read_in=[read_in(ids, sources) for ids in editions["source_ids"]],
    ))


# --- the answer, the findings, the notes --------------------------------------------------------------------


def _top(comparison: pd.DataFrame) -> pd.Series | None:
    compared = comparison.dropna(subset=["market_usd_m"])
    return None if compared.empty else compared.sort_values("floor_share_low").iloc[-1]


def share_range(low: float, high: float) -> str:
    """'69%–77%' (a floor against the highest and the lowest forecast), or one value."""
    a, b = fmt.pct(low, 0), fmt.pct(high, 0)
    return a if a == b else f"{a}–{b}"


def market_sources(source_ids: Iterable[object], sources: pd.DataFrame, forecast_rows: pd.DataFrame,
                   figures: pd.DataFrame, used: Iterable[pd.DataFrame] | None = None) -> str:
    """The sources section: a sentence on what a grade belongs to, then the sources
    (:func:`videomarket.stories.sources_section`), each with the best grade of the figures this note takes
    from it (:func:`videomarket.market.figure_grades`) and what those figures are. With ``used`` (the
    tables of forecasts and vendor figures the note shows, each with a 'source_id' column), two lists:
    the sources used in this note (with what it takes from each, a source of an exchange rate included)
    and those held but not used (no uses given); a broker's forecast for the latest year with a counted
    vendor figure is used (the vendors' cross-check)."""
    ids = [str(i) for i in source_ids]
    best = market.figure_grades(forecast_rows, figures)
    pairs = zip(sources["source_id"], sources["evidence"], strict=True)
    graded = sources.assign(evidence=[best.get(str(sid), grade) for sid, grade in pairs])
    uses = source_uses(forecast_rows, figures, sources)
    intro = (
        f"{term('grade-market', 'Evidence grades')} belong to figures, not pages: one page can give a "
        "grade-B "
        "figure and a grade-C one, and a figure confirmed elsewhere can rise a grade. Beside each source is "
        "the best grade of the figures this note takes from it, and what those are."
    )
    if used is None:
        return intro + "\n\n" + sources_section(ids, graded, uses=uses)
    taken = {p.strip() for table in used for sid in table["source_id"].astype(str) for p in sid.split(";")}
    taken |= {sid for sid, text in uses.items() if "exchange rate" in text}
    if "counted" in figures and figures["counted"].astype(bool).any():  # the broker cross-check's year
        top = figures.loc[figures["counted"].astype(bool), "year"].max()
        taken |= set(figures.loc[(figures["metric"] == "analyst_forecast") & (figures["year"] == top),
                                 "source_id"].astype(str))
    shown = [i for i in ids if i in taken]
    held = [i for i in ids if i not in taken]
    # what each used source gives this note: only the forecasts and vendor figures it shows or cites
    rows, picked = _used_rows(forecast_rows, figures, used)
    rates = {k: "; ".join(p for p in v.split("; ") if "exchange rate" in p) for k, v in uses.items()}
    uses = {k: v for k, v in source_uses(rows, picked, sources).items() if k in taken}
    uses |= {k: v for k, v in rates.items() if v and k in taken and k not in uses}
    best = market.figure_grades(rows, picked)
    pairs = zip(graded["source_id"], graded["evidence"], strict=True)
    own = dict(zip(sources["source_id"].astype(str), sources["evidence"], strict=True))
    graded = graded.assign(evidence=[best.get(str(sid), grade) if str(sid) in taken  # not used: the
                                     else own.get(str(sid), grade) for sid, grade in pairs])  # page's grade
    intro = (intro.replace("Beside each source is", "Beside each source used here is")
             + " Beside each source held but not used is the grade of the page itself.")
    text = intro + "\n\n" + sources_section(shown, graded, title="Used in this note", uses=uses)
    return text + ("\n\n" + sources_section(held, graded, title="Held but not used in this note")
                   if held else "")


def _used_rows(forecast_rows: pd.DataFrame, figures: pd.DataFrame,
               used: Iterable[pd.DataFrame]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The forecast rows and vendor figures this note shows or cites: the forecasts whose source and path
    a shown table holds, the vendor figures a shown table lists (same source, company, figure and period),
    the broker forecast for the latest year with a counted figure (the cross-check) and each company's
    latest-stated revenue guidance for a year with a counted figure (the guidance line)."""
    used = list(used)
    paths = {(str(sid).strip(), str(path)) for table in used if {"source_id", "path"} <= set(table)
             for ids, path in zip(table["source_id"], table["path"], strict=True)
             for sid in str(ids).split(";")}
    keys = ["source_id", "company", "metric", "period"]
    shown = {tuple(str(v) for v in row) for table in used if set(keys) <= set(table)
             for row in table[keys].itertuples(index=False)}
    rows = forecast_rows[[(str(sid).strip(), str(path)) in paths or any(
        (p.strip(), str(path)) in paths for p in str(sid).split(";"))
        for sid, path in zip(forecast_rows["source_id"], forecast_rows["path"], strict=True)]]
    if not {"metric", "company", "period"} <= set(figures):
        return rows, figures.iloc[0:0]
    purposes = {tuple(str(v) for v in row[:-1]): str(row[-1]) for table in used
                if {*keys, "use"} <= set(table) for row in table[[*keys, "use"]].itertuples(index=False)}
    found = [tuple(str(v) for v in row) for row in figures[keys].itertuples(index=False)]
    keep = pd.Series([key in shown for key in found], index=figures.index)
    figures = figures.assign(use=[purposes.get(key, "a cross-check, not counted") for key in found])
    if "counted" in figures and figures["counted"].astype(bool).any():
        years = set(figures.loc[figures["counted"].astype(bool), "year"].astype(int))
        keep |= (figures["metric"] == "analyst_forecast") & (figures["year"] == max(years))
        guided = figures[(figures["metric"] == "revenue_guidance") & figures["value_usd_m"].notna()
                         & figures["year"].astype(int).isin(years)].copy()
        guided["said"] = guided["period"].astype(str).str.extract(r"(\d{4}-\d\d)", expand=False)
        latest = guided.dropna(subset=["said"]).sort_values("said").groupby("company").tail(1)
        keep |= figures.index.isin(latest.index)
    return rows, figures[keep]


def _purpose_words(use: object) -> str:
    """What the note uses a figure for, after it: '2025 comparison; vendor growth table' -> ', for the 2025
    comparison and the vendor growth table'; 'a cross-check, not counted' -> ', as a cross-check, not
    counted'; '' when none."""
    text = str(use or "").strip()
    if not text:
        return ""
    if text.startswith("a "):
        return f", as {text}"
    parts = [p if p.startswith(("the ", "both ")) else f"the {p}" for p in text.split("; ")]
    return f", for {_and(parts)}"


def source_uses(forecast_rows: pd.DataFrame, figures: pd.DataFrame, sources: pd.DataFrame) -> dict[str, str]:
    """What this note takes from each source, in words: the forecasts it gives (by edition), the vendor
    figures (by company, figure and period), for a source cited in a figure's note for its exchange
    rate, that rate, and for a GitHub file the name the tables' 'Found in' column gives it
    (:func:`github_page`); a vendor figure with a 'use' (what the note uses it for) says so after it."""
    uses: dict[str, list[str]] = {}
    if "year" in forecast_rows:  # a lettered edition is named by the years it spans, never by its letter
        spans = forecast_rows.groupby("path")["year"].agg(["min", "max"])
        forecast_rows = forecast_rows.assign(first_year=forecast_rows["path"].map(spans["min"]),
                                             last_year=forecast_rows["path"].map(spans["max"]))
    if "note" in forecast_rows:  # a credit inferred in any of a forecast's rows is inferred for all of them
        notes = forecast_rows.groupby("path")["note"].agg(lambda n: " ".join(n.dropna().astype(str)))
        forecast_rows = forecast_rows.assign(note=forecast_rows["path"].map(notes))
    for _, row in forecast_rows.drop_duplicates(["source_id", "path"]).iterrows():
        label = edition_label(row.drop("region") if "region" in row else row)
        for sid in (p.strip() for p in str(row["source_id"]).split(";") if p.strip()):
            uses.setdefault(sid, []).append(f"the forecast of {label}")
    for (sid, company), group in figures.groupby(["source_id", "company"], sort=False):
        notes = group["note"] if "note" in group else pd.Series("", index=group.index)
        purposes = group["use"] if "use" in group else pd.Series("", index=group.index)
        what = "; ".join(dict.fromkeys(
            f"{figure_label(m, n)} ({period_words(p)})" + _purpose_words(u)
            for m, n, p, u in zip(group["metric"], notes, group["period"], purposes, strict=True)))
        uses.setdefault(str(sid), []).append(f"{company}: {what}")
    known = set(sources["source_id"].astype(str))
    if "fx_rate" in figures:
        rated = figures[figures["fx_rate"].notna()].drop_duplicates(["original_currency", "fx_rate"])
        for row in rated.itertuples():
            for sid in known:
                if re.search(rf"(?<![\w-]){re.escape(sid)}(?![\w-])", str(getattr(row, "note", ""))):
                    uses.setdefault(sid, []).append(f"the {row.original_currency}-to-USD exchange rate only "
                                                    f"({row.original_currency} {row.fx_rate:g} per USD)")
    for _, source in sources[sources["source_id"].astype(str).isin(set(uses))].iterrows():
        kind, name = _relay(source)
        if kind == "github":  # the name the tables' 'Found in' column gives this repository
            uses[str(source["source_id"])].append(f"shown in the tables as '{github_page(name)}'")
    return {sid: "; ".join(dict.fromkeys(found)) for sid, found in uses.items()}
