"""The parts every research note shares: key findings, the data's date and age, a glossary, sources.

Each report opens with its answer, three to five key findings and the date of its newest data (with a
visible notice when that data is more than a month older than the build); unavoidable terms link to a
glossary; sources are listed by title and publisher, grouped, in a collapsed list.

Example::

    >>> print(data_as_of("2026-10-10", "2026-10-20"))
    Data as of 10 October 2026 (10 days old when this note was built, 20 October 2026).
    >>> term("pool")
    '[pool](#glossary-pool)'
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from urllib.parse import unquote

import pandas as pd

from videomarket.stories import fmt

STALE_AFTER_DAYS = 30

#: The terms a reader may not know, in plain words (anchors ``glossary-<key>``).
GLOSSARY: dict[str, tuple[str, str]] = {
    "pool": ("Pool", "One arena's separate contest, e.g. Artificial Analysis's silent text-to-video "
             "pool. Models are rated against the others in the same pool only."),
    "board": ("Board", "One day's leaderboard of one pool, as one source copied it."),
    "rating": ("Rating (Elo scale)", "A score from blind pairwise votes (Bradley–Terry, shown on the "
               "chess Elo scale): a gap of 400 points means 10-to-1 odds in one vote. Only gaps within "
               "one pool and one scale mean anything."),
    "interval": ("95% interval", "The range a publisher gives around a rating. The arena does not say how "
                 "it is made; as a modelling assumption, these notes treat the model's true rating as "
                 "spread like a bell curve around the published value, inside the interval with 95% "
                 "probability."),
    "arena": ("Arena", "A website where people compare two AI outputs for the same prompt without "
              "knowing which model made which, and vote for the better one; the votes are turned into "
              "ratings. The notes follow the Artificial Analysis Video Arena and LMArena's video "
              "arena."),
    "re-anchoring": ("Re-anchoring", "An arena fixing a different model's rating to 1,000: on its own it "
                     "shifts every rating by the same amount, so values before and after are on different "
                     "scales while gaps between models stay the same."),
    "grade": ("Evidence grade", "How directly a value was seen. A: an archived machine copy of the "
              "publisher's data held as the archive's exact file, or a company's own filing read "
              "first-hand (copies rebuilt from text get no letter: they are marked \"rebuilt, not "
              "verified\"); B: a named page relaying the first-hand source, mostly established news, or "
              "several independent quotes that agree (a filing read through the press is B); C: a single "
              "second-hand quote or an inferred attribution; D: unattributed or low quality, kept but "
              "left out of headlines."),
    "grade-market": ("Evidence grade", "How directly a figure was seen. A: a company's own filing read "
                     "first-hand; B: a named page relaying the first-hand source, mostly established "
                     "news, or several independent quotes that agree (a filing read through the press is "
                     "B); C: a single second-hand "
                     "quote or an inferred attribution; D: unattributed or low quality, kept but left out "
                     "of headlines."),
    "archived-copy": ("Archived copy", "A copy of an arena's leaderboard data saved by a public archive "
                      "(a GitHub project that stores it day by day), read from one saved version of the "
                      "archive (a git commit): every model with its rating, except a few copies of only "
                      "the top 8."),
    "bootstrap": ("Bootstrap (resampling)", "Refitting the ratings many times, each time on votes drawn at "
                  "random, with replacement, from the real ones; the spread of the refits gives the "
                  "intervals and the chance of being #1, with no assumption about how ratings move "
                  "together."),
    "standard-error": ("Standard error", "The typical size of the error in an estimate such as a rating "
                       "gap. A 95% interval spans about 1.96 standard errors either side, so a standard "
                       "95% test calls a gap real only when it is at least 1.96 standard errors wide."),
    "votes-needed": ("Votes needed to tell a gap", "How many head-to-head votes between two models, ties "
                     "left out, it takes to show that a gap of that size is not zero: the usual test "
                     "settings (5% significance, 80% power) mean such a count detects a real gap of that "
                     "size four times out of five."),
    "re-rating": ("Re-rating", "An arena recomputing its ratings (for example with new votes, settings or "
                  "models) so that models move by different amounts: gaps and order can change."),
    "pools-video": ("The four video pools", "Artificial Analysis runs four separate contests: text to "
                    "video and image to video (the model starts from a picture), each silent or with "
                    "audio (the clip has sound, judged with it)."),
    "rebuilt-file": ("Rebuilt file", "An archive file the project could not download as a file: its "
                     "values were copied one by one from the text a third party's search index of GitHub "
                     "shows of it (for a few files, how they were obtained was not recorded). "
                     "It gets no grade letter and is marked \"rebuilt, not verified\" wherever it is "
                     "shown. Each copy was kept only if its length and model count matched that text, a "
                     "check that a digit mistyped into another digit would pass; two archives' copies of "
                     "the same board that agree were made the same way and are no check against the "
                     "original files."),
    "checksum": ("Checksum (SHA-256)", "A fingerprint of a file's exact bytes: any change to the file "
                 "changes it, so anyone can check that a copy is the same file."),
    "anchor": ("Anchor", "The model an arena pins at a fixed rating (1,000 on Artificial Analysis) so "
               "that the other ratings have a reference point."),
    "p-first": ("Chance of being truly #1", "How likely a model is to be #1 of this arena with unlimited "
                "votes (its voters and prompts), given the uncertainty of the ratings: not whether it is the "
                "best model. From published intervals it assumes the ratings' errors are independent, which "
                "the arena does not say (see the method notes)."),
    "run": ("Run at #1", "The stretch from the first to the last board showing one model at #1, with no "
            "other model at #1 in between. Days between two boards neither end nor extend it, so its length "
            "is what the boards show: the model may have taken #1 earlier and kept it longer."),
    "grade-boards": ("Evidence grade", "How directly a leaderboard value was seen. A: an archived machine "
                     "copy of the arena's data (machine-made even when the copy carries no date of its "
                     "own), held as the archive's exact file; copies rebuilt from text get no letter; B: "
                     "a named page relaying the first-hand source, mostly established news, or several "
                     "independent quotes that agree; C: a single second-hand quote or "
                     "an inferred attribution; D: unattributed or low quality, kept but left out of "
                     "headlines."),
    "list-price": ("List price", "The price a provider publishes for using a model through its API, here in "
                   "US dollars per minute of generated video. It leaves out subscriptions, resolution tiers "
                   "and volume discounts, and newer models often have none yet."),
    "frontier": ("Price–quality frontier", "The models that no other model beats on both counts: none is "
                 "rated higher and at least as cheap, or rated the same and cheaper. Along it, each step up "
                 "in rating costs more; a model off it can be bettered for the same money or less."),
    "open-weights": ("Open weights", "A model whose trained parameters (its weights) the developer "
                     "publishes, so anyone can download it and run it on their own hardware, within the "
                     "licence's terms."),
    "native-audio": ("Native audio", "A video model that generates the sound (speech, music, effects) "
                     "together with the picture, rather than leaving it to a separate tool."),
    "correlation": ("Correlation (of rating errors)", "How far the errors of two published ratings move "
                    "together. Two effects pull opposite ways: ratings fixed against one anchor model share "
                    "the error of the anchor's own estimate, so their errors tend to move together (a "
                    "positive correlation, which makes a gap between them surer), while two models judged "
                    "often against each other gain what the other loses (a negative correlation, which "
                    "makes it less sure). Arenas do not publish it: a value shown beside the independent "
                    "reading is an illustration, not an estimate and not a bound."),
    "distinct-board": ("Distinct board", "A board that differs from the copy before it. Archives often "
                       "copy a board again on days when it has not changed: a copy identical to the "
                       "previous one adds no evidence and is counted once."),
    "repeated-listing": ("Repeated listing", "A board sometimes lists one model twice, for example a "
                         "provider's version \"based on\" it, with the same or nearly the same rating and "
                         "interval. Counted as one model, the leader has one rival fewer; counted as two "
                         "rivals, its chance of being #1 is lower. The data cannot say which is right. The "
                         "headline chances count an exact repeat once and listings rated apart as two "
                         "rivals; where it matters, the other reading is given beside them or in the "
                         "appendix."),
    "runner-up": ("Runner-up", "The highest-rated model after the leader on the same board (#2); the lead "
                  "is the gap between their two ratings on that board. Models that share that rating exactly "
                  "are runners-up together (tied)."),
    "rank-bound": ("Could be #1", "A model could be #1 when no other model's whole 95% interval lies "
                   "above its own (its best rank the intervals allow is first); this overlap rule is "
                   "cautious, keeping a model in the running even when its chance of being #1 is small."),
    "head-to-head": ("Head-to-head preference", "How often one model would be preferred over another in "
                     "a blind vote between the two, read from their rating gap on the Elo scale: a gap of "
                     "g points means a share of 1 / (1 + 10^(−g/400)) of the decisive votes, e.g. about "
                     "53% for 20 points and 64% for 100."),
    "top-8-copy": ("Top-8 copy", "A copy of a board that lists only its first eight models, without "
                   "intervals: it shows who led and by how much, but gives no chance of being #1."),
    "decisive-vote": ("Decisive vote", "A head-to-head vote in which the voter preferred one of the two "
                      "models; ties decide nothing and are left out of the votes needed."),
    "significance": ("Significance level and power", "The two settings of a test that a gap is real. The "
                     "significance level is the chance of calling a gap real when there is none (5% is "
                     "usual); the power is the chance of detecting a real gap of the size tested (80% is "
                     "usual)."),
    "arr": ("ARR", "Annual recurring revenue: the yearly value of the subscriptions (recurring revenue) "
            "a firm has at one date. A snapshot of the pace, not revenue earned over a year: a growing firm "
            "earns less in a calendar year than its year-end ARR."),
    "run-rate": ("Run-rate", "A recent period's revenue scaled to a year (a month's times twelve, a "
                 "quarter's times four), whatever its source. Like ARR, a snapshot of the pace, not revenue "
                 "earned over a year."),
    "cagr": ("Growth rate a year (CAGR)", "Compound annual growth rate: the steady yearly rate that takes "
             "a start value to an end value."),
    "edition": ("Report edition", "One release of an analyst's market report; later editions restate "
                "the base year and the forecast."),
    "edition-label": ("Edition label", "A letter (A, B, C) these notes give one publisher's editions of a "
                      "report when the sources name none; the letters follow the base year, then the "
                      "horizon, moving later, because no source gives the editions' publication dates."),
    "group-revenue": ("Group revenue", "Revenue of a whole company, all its products together, where the "
                      "part from one product (such as video) is not given."),
    "least-squares": ("Least squares", "Fitting a line by making the sum of squared gaps between the line "
                      "and the values as small as possible."),
    "degrees-of-freedom": ("Degrees of freedom", "The values left over once a fit's own numbers are fixed: "
                           "with few, a fit can look close by chance, and an interval from it says little."),
    "percentage-point": ("Percentage point", "The difference between two percentages: from 18.8% to 20.3% "
                         "is 1.5 percentage points."),
    "base-year": ("Base year and horizon", "A market report's first year (its latest estimate of the "
                  "market) and its last forecast year."),
    "calendar-revenue": ("Calendar revenue", "What a firm earns from 1 January to 31 December of one year, "
                         "the measure a yearly market forecast uses. A run-rate or ARR, a pace at one date, "
                         "has to be converted to it under an assumption about growth."),
    "log-scale": ("Log scale", "An axis on which each step multiplies the value by the same factor (1, "
                  "10, 100), so steady growth draws a straight line and equal slopes mean equal growth "
                  "rates, whatever the size."),
    "broad-ai-video": ("Broad AI video", "A market definition that counts AI used anywhere in video: "
                       "generation, but also editing and analytics such as video search or monitoring. "
                       "Far wider than AI video generators, so its size is not theirs."),
    "adjacent-market": ("Adjacent market", "A market that overlaps AI video generation without being it, "
                        "such as AI in film production or all generative content."),
    "guidance": ("Company guidance", "A company's own target or expectation for a future period's "
                 "revenue: a forecast, not a result."),
    "broker-forecast": ("Broker forecast", "A bank's or broker's estimate of one company's future revenue: "
                        "a forecast, not company data."),
    "tied-second": ("Runner-up and ties", "The highest-rated model after the leader on the same board; the "
                    "lead is the gap between their two ratings. Models that share a rating exactly share "
                    "the rank: two runners-up at the same rating are both \"#2, tied\" (written =2)."),
    "catalogue": ("Catalogue (model list)", "The publisher's list of models with their facts (developer, "
                  "list price, open weights, native audio), separate from the leaderboards; archived "
                  "copies of it carry no date of their own."),
    "hosting-platform": ("Hosting platform", "A company (such as Fal) that runs other developers' models "
                         "for paying users through its own API; a board may list a model once under its "
                         "developer and again as hosted there."),
    "variant": ("Variant (\"based on\")", "A board entry that the publisher lists as based on another "
                "model, for example a hosted or higher-setting version of it, under a name and id of its "
                "own."),
    "near-certain": ("Near-certain lead", "A lead whose chance of being truly #1 is 95% or more, assuming "
                     "independent ratings."),
    "open-race": ("Open race", "A pool whose leader has under a 75% chance of being truly #1: another "
                  "model near the top may well be the one rated higher by this arena's voters."),
    "people-prompts": ("People prompts", "The prompts of one subject, people on screen, whatever they do; "
                       "a per-subject rating re-rates a pool on those prompts only. It does not measure "
                       "how real their motion looks."),
    "residual": ("Residual", "The gap between a value and what a fitted line gives for it; small residuals "
                 "mean the line fits the values closely."),
    "method-check": ("Method check", "A second calculation that tests how a result was computed (for "
                     "example, whether one fitted rate matches the rates the sources state), not new "
                     "evidence about the market."),
    "revenue-vs-run-rate": ("Revenue and run-rate", "Revenue is money earned over a period that has "
                            "ended; a run-rate or ARR is the pace of earning at one date, scaled to a year. "
                            "A growing firm's run-rate is above the revenue it earned in the year before."),
    "avatar-platform": ("Avatar platform", "A product that makes videos of a presenter speaking a script, "
                        "rather than open-ended video from a prompt; a market report may or may not "
                        "count it."),
    "held-flat": ("Held flat", "A vendor's latest figure, from an earlier year, counted at the same level "
                  "in a later year: no growth is assumed, so for a growing firm the sum leans low."),
    "kling-ai": ("Kling AI", "The video-generation product of Kuaishou, a company based in China; Kuaishou "
                 "gives Kling AI's revenue in its quarterly results."),
    "runway": ("Runway", "A company based in the US that develops video-generation models, such as Runway "
               "Gen-4.5."),
    "synthesia": ("Synthesia", "A UK company whose product makes avatar videos: a presenter speaking a "
                  "script."),
    "aggregator": ("Aggregator", "A service that resells other vendors' models under one subscription; its "
                   "revenue overlaps theirs."),
    "whisker": ("Whisker", "A thin line on a bar that shows how far the value could reach under another "
                "assumption."),
    "period-not-given": ("Period not given", "A figure whose source states no month or period it refers to; "
                         "it is dated by the day the source stated it."),
    "interval-95": ("95% interval", "The range a fitted number would fall in 95 times in 100 if the values "
                    "scattered around the line as its residuals do. With few values it says how closely the "
                    "line fits them, not how uncertain the thing measured is."),
    "edition-shared-values": ("Editions sharing a value", "Two editions of one report may state the same "
                              "value for a year (for example the same base year) while differing in their "
                              "horizon or rate; they are then not independent forecasts."),
    "quoted-value": ("Quoted value", "A rating that a web page or a file (press, a developer, a GitHub "
                     "project) quoted for a day, rather than one read from an archived copy of the board: "
                     "often rounded, without an interval, sometimes dated only to a month. Its grade is "
                     "that of the page or file."),
    "search-index": ("Search index", "A service that stores the text of public GitHub files so they can be "
                     "searched and read; it shows a file's text, not its exact bytes."),
    "data-feed": ("Data feed", "The machine-readable list of ratings an arena serves to programs, as "
                  "opposed to the web page people read."),
    "bradley-terry": ("Bradley–Terry model", "The standard way to turn head-to-head votes into ratings: "
                      "each model gets one number, and the chance that one model beats another depends "
                      "only on the gap between their numbers. Arenas fit it to all their votes at once and "
                      "show the numbers on the Elo scale."),
    "headline-fit-furthest": ("Headline fit", "The fit that takes one edition per publisher, the edition "
                              "whose forecast runs furthest ahead, so that no report is counted twice."),
    "stated-pace-year": ("Stated pace", "A vendor's stated run-rate or ARR used as its revenue for a "
                         "whole calendar year, as if it earned at that pace from 1 January to 31 December. "
                         "For a growing firm, a pace stated early in the year understates that year's "
                         "revenue, and one stated late in the year overstates it."),
    "pace-cases": ("Low and high case", "Two ways to turn a vendor's latest quarter and its stated run-rate "
                   "into a calendar year's revenue without assuming growth: the quarter's pace all year "
                   "(low), or the quarter as reported, then the stated run-rate for the rest of the year "
                   "(high)."),
    "shared-rank": ("Runner-up and shared rank", "The runner-up is the highest-rated model after the "
                    "leader on the same board; the lead is the gap between their two ratings. Models whose "
                    "ratings are equal at whole points, as the tables show them, share a rank, written with "
                    "an equals sign (=2); the next model down takes the rank after all of them."),
    "second-hand-copy": ("Second-hand copy", "A copy of a board made by a third party, such as a "
                         "developer's page or repository, rather than an archive of the publisher's own "
                         "data, and seen in one place only (evidence grade C). It can show who led, but "
                         "nothing checks it against the publisher."),
    "cheapest-near-top": ("Cheaper option (somewhat lower rated)",
                          "The cheapest model with a list price "
                          "rated within a fixed number of points of its pool's highest-rated model with a "
                          "list price. This note's cut-off is 100 points: across that gap the better model "
                          "wins about 64 of 100 decisive votes, so the option is cheaper and somewhat "
                          "lower rated. "
                          "Models further down the "
                          "price–quality frontier cost less and rate lower."),
    "daily-rating-entry": ("Daily rating entry", "One model's rating on one pool's board of one day, however "
                           "many archives copied it: an unchanged board copied again on a later day counts "
                           "again."),
    "likely-lead": ("Likely lead", "A lead whose chance of being truly #1 is 75% or more but under 95%: the "
                    "leader is probably, but not surely, the model rated higher by this arena's voters."),
    "partly-rebuilt": ("Partly rebuilt", "A board day with both a downloaded copy and a rebuilt file; "
                       "the values they share can be compared, so it counts apart from the rebuilt days."),
    "video-pools": ("Text to video, image to video; silent, with audio", "Text to video makes a clip from a "
                    "written prompt; image to video animates a given picture. Silent pools judge the picture "
                    "alone; with-audio pools judge clips with the sound the model generates."),
    "resolution-tag": ("Resolution tag (720p, 768p, 1080p)", "Part of a listing's name: the video height in "
                       "pixels the entry was run at. One model can be listed once per resolution or setting, "
                       "each entry rated on its own."),
}


def term(key: str, text: str | None = None) -> str:
    """A Markdown link from a term's use to its glossary entry (``text`` defaults to the key)."""
    if key not in GLOSSARY:
        raise ValueError(f"term: {key!r} is not in the glossary; terms: {sorted(GLOSSARY)}")
    return f"[{text or key}](#glossary-{key})"


def glossary(keys: Iterable[str] | None = None) -> str:
    """A "Glossary" section (Markdown with anchors) for ``keys`` (default: every term), in that order.

    >>> print(glossary(["cagr"]).splitlines()[0])
    ## Glossary
    """
    chosen = list(GLOSSARY) if keys is None else list(keys)
    unknown = [k for k in chosen if k not in GLOSSARY]
    if unknown:
        raise ValueError(f"glossary: unknown term(s) {unknown}; terms: {sorted(GLOSSARY)}")
    entries = [
        f'<a id="glossary-{key}"></a>**{GLOSSARY[key][0]}**: {GLOSSARY[key][1]}' for key in chosen
    ]
    return "## Glossary\n\n" + "\n\n".join(entries)


def key_findings(findings: Iterable[str]) -> str:
    """The "Key findings" list a report opens with: three to five computed sentences.

    >>> print(key_findings(["One.", "Two.", "Three."]))
    **Key findings**
    <BLANKLINE>
    - One.
    - Two.
    - Three.
    """
    items = [str(f).strip() for f in findings if str(f).strip()]
    if not 3 <= len(items) <= 5:
        raise ValueError(f"key_findings: a research note opens with 3 to 5 findings, got {len(items)}")
    return "**Key findings**\n\n" + "\n".join(f"- {item}" for item in items)


def data_as_of(latest: object, build: object = None, *, what_may_have_changed: str = "", what: str = "",
               also: Mapping[str, object] | None = None, sources_read: object = None,
               age_notice: bool = True, sources_words: str = "sources read up to") -> str:
    """'Data as of <date> (<N> days old when this note was built, <build date>).', one paragraph, flagged
    "More than a month old" when N > 30.

    ``build`` defaults to today. ``what`` names the data the date belongs to ("the leaderboards");
    ``also`` gives other data's dates ({"the market figures": "2026-05-28"}), so a note that uses two
    kinds of data dates both. ``what_may_have_changed`` completes the notice (e.g. how often #1 changed
    before that date), so a reader knows how much the answer may have moved since.
    ``sources_read`` (the newest publication date of the sources, as they give it: '2026-07-31',
    '2026-07' or '2026') is for data whose sources were published after the figures they report: the
    line then reads 'Newest figure dated <date> (...); sources read up to <date>.', so the two dates
    never seem to contradict each other (``sources_words`` may say it otherwise: 'newest source dated').
    ``age_notice=False`` leaves out the "These data are ... old" notice
    (for a line whose every date already gives its own age).

    >>> print(data_as_of("2026-05-28", "2026-06-10", sources_read="2026-06-03"))
    ... # doctest: +NORMALIZE_WHITESPACE
    Newest figure dated 28 May 2026 (13 days old when this note was built, 10 June 2026); sources read up to
    3 June 2026.

    >>> print(data_as_of("2026-10-06", "2026-12-06", what_may_have_changed="#1 changed 5 times."))
    ... # doctest: +NORMALIZE_WHITESPACE
    Data as of 6 October 2026 (61 days old when this note was built, 6 December 2026). **These data are
    more than a month old.** #1 changed 5 times.
    >>> data_as_of("2026-10-10", "2026-10-20", what="the leaderboards",
    ...            also={"the market figures": "2026-05-28"}).split("; ")  # doctest: +NORMALIZE_WHITESPACE
    ['Data as of 10 October 2026 for the leaderboards (10 days old when this note was built,
     20 October 2026)',
     '28 May 2026 for the market figures (145 days old).']
    """
    newest = pd.Timestamp(latest).normalize()
    built = pd.Timestamp(build if build is not None else pd.Timestamp.today()).normalize()
    age = (built - newest).days
    if age < 0:
        raise ValueError(f"data_as_of: the data ({newest.date()}) is newer than the build ({built.date()})")
    subject = f" for {what}" if what else ""
    others = "".join(
        f"; {fmt.day(date)} for {name} ({fmt.count(_days_between(date, built), 'day')} old)"
        for name, date in (also or {}).items()
    )
    age_words = f"({fmt.count(age, 'day')} old when this note was built, {fmt.day(built)})"
    line = f"Data as of {fmt.day(newest)}{subject} {age_words}{others}."
    if sources_read is not None:
        line = (f"Newest figure dated {fmt.day(newest)} {age_words}; {sources_words} "
                f"{_date_words(sources_read)}{others}.")
    if age <= STALE_AFTER_DAYS:
        return line
    if not age_notice:
        return f"{line} {what_may_have_changed}".rstrip()
    # one paragraph: the report page frames it as a notice when the data are old
    return f"{line} **These data are {_age_words(age)}.** {what_may_have_changed}".rstrip()


_MONTH_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve")


def _age_words(days: int) -> str:
    """'more than a month old' up to two months, then 'about six months old' (months of 30.44 days).

    >>> _age_words(45), _age_words(192), _age_words(400)
    ('more than a month old', 'about six months old', 'about 13 months old')
    """
    if days <= 61:
        return "more than a month old"
    months = int(days / 30.44 + 0.5)
    return f"about {_MONTH_WORDS[months] if months < len(_MONTH_WORDS) else months} months old"


def _days_between(date: object, built: pd.Timestamp) -> int:
    return int((built - pd.Timestamp(date).normalize()).days)


def _date_words(value: object) -> str:
    """'2026-07-31' -> '31 July 2026', '2026-07' -> 'July 2026', '2026' -> '2026' (a Timestamp: its day)."""
    text = str(value)
    if len(text) == 7:
        return fmt.month(f"{text}-01")
    if len(text) == 4:
        return text
    return fmt.day(value)


def sources_section(
    source_ids: Iterable[object], sources: pd.DataFrame, *, title: str = "Sources",
    uses: Mapping[str, str] | None = None, rebuilt: Iterable[object] | None = None,
    boards: pd.DataFrame | None = None, unrecorded: Iterable[object] | None = None,
) -> str:
    """The sources behind ``source_ids`` as a collapsed list: grouped by publisher, each by its title,
    date and evidence grade, linking to its URL (HTML, so it stays collapsed in every viewer). Files
    archived in one GitHub repository collapse into one line per repository that names every board they
    hold: the board's date, how many pools, the day the copy was saved when that differs, and whether the
    files were downloaded (grade) or rebuilt; each file stays listed in the project's sources table.
    ``uses`` maps a source id to what the note takes from it ("Runway's run-rate"), shown after its line,
    so a page whose title is about something else says why it is cited. ``rebuilt`` lists the ids of
    archived files rebuilt from a search index's text and ``boards`` gives each archived file's
    ``board_date`` and ``category`` (default for both: the shipped provenance); ``unrecorded`` (default:
    the shipped provenance) lists the rebuilt files whose origin is not recorded, said so. A repository
    that keeps copies from several publishers says so, so that a name like
    "artificial-analysis-leaderboards" under LMArena does not puzzle.

    >>> s = pd.DataFrame({"source_id": ["a"], "url": ["https://x.example/a"], "title": ["A page"],
    ...     "publisher": ["X"], "published": ["2026-01"], "evidence": ["C"]})
    >>> print(sources_section(["a"], s))  # doctest: +NORMALIZE_WHITESPACE
    <details><summary>Sources (1)</summary>
    <p><strong>X</strong></p><ul><li><a href="https://x.example/a">A page</a>, 2026-01 (grade C)</li></ul>
    </details>
    """
    wanted = {str(i) for i in pd.Series(list(source_ids), dtype=object).dropna()}
    unknown = sorted(wanted - set(sources["source_id"].astype(str)))
    if unknown:
        raise ValueError(f"sources_section: source ids not in the sources table: {unknown}")
    used = sources[sources["source_id"].astype(str).isin(wanted)]
    if rebuilt is None or boards is None or unrecorded is None:  # read them off the data
        from videomarket.data import copied_from_index_text, load_provenance, rebuilt_from_text

        provenance = load_provenance()
        if rebuilt is None:  # a rebuilt file never takes a grade letter
            rebuilt = provenance.loc[rebuilt_from_text(provenance), "source_id"]
        if boards is None:
            boards = _file_boards(provenance)
        if unrecorded is None:
            unrecorded = provenance.loc[rebuilt_from_text(provenance) & ~copied_from_index_text(provenance),
                                        "source_id"]
    rebuilt_ids = {str(i) for i in pd.Series(list(rebuilt), dtype=object).dropna()}
    unrecorded_ids = {str(i) for i in pd.Series(list(unrecorded), dtype=object).dropna()} & rebuilt_ids
    archived = github_repository(used["url"])
    keepers = _repository_publishers(sources)
    groups = []
    by_publisher = sorted(used.groupby(used["publisher"].astype(str)), key=lambda item: item[0].casefold())
    for publisher, group in by_publisher:  # case-insensitive order: 'alphaseek.cn' before 'Wallstreetcn'
        repository = github_repository(group["url"])
        singles = group[repository.isna()].sort_values(["title", "source_id"])
        items = "".join(_source_item(row, uses) for row in singles.itertuples())
        items += "".join(_repository_item(name, files, uses, rebuilt_ids, boards, keepers.get(name, ()),
                                          unrecorded_ids)
                         for name, files in group[repository.notna()].groupby(repository, sort=True))
        groups.append(f"<p><strong>{html.escape(publisher)}</strong></p><ul>{items}</ul>")
    summary = f"{html.escape(title)} ({len(used)})"
    if archived.notna().any():
        pages = int(archived.isna().sum())
        # the files counted by kind as each repository's line counts them, so the parts add to the total
        kinds = [kind for _, files in used[archived.notna()].groupby(archived)
                 for kind in [_file_kind(files)] * len(files)]
        parts = [fmt.count(kinds.count(kind), f"{kind} file") for kind in ("archived", "third-party")
                 if kind in kinds]
        parts = ([fmt.count(pages, "page")] if pages else []) + parts
        summary = (f"{html.escape(title)} ({_and(parts)} from "
                   f"{fmt.count(archived.nunique(), 'repository', 'repositories')})")
    return f"<details><summary>{summary}</summary>\n" + "\n".join(groups) + "\n</details>"


def _file_boards(provenance: pd.DataFrame) -> pd.DataFrame:
    """Each archived file's board date (the board's own date where the copy gives one, else the day the
    copy was made) and pool, from the provenance table; files that hold no dated board are left out."""
    made = pd.to_datetime(provenance["snapshot_time"].astype("string").str[:10], errors="coerce")
    dated = pd.to_datetime(provenance["board_date"], errors="coerce").fillna(made)
    out = pd.DataFrame({"source_id": provenance["source_id"].astype(str), "board_date": dated,
                        "category": provenance["category"].astype("string")})
    return out[out["board_date"].notna()]


def _repository_publishers(sources: pd.DataFrame) -> dict[str, tuple[str, ...]]:
    """Repository -> the publishers (their names before any bracket) whose copies it keeps."""
    repository = sources["url"].astype(str).str.extract(_ARCHIVED_FILE, expand=False)
    names = sources["publisher"].astype(str).str.replace(r"\s*\(.*$", "", regex=True)
    frame = pd.DataFrame({"repository": repository, "name": names}).dropna()
    return {repo: tuple(sorted(set(group["name"]), key=str.casefold))
            for repo, group in frame.groupby("repository")}


# a file of a public repository read at a commit: one source per file, one line per repository
_ARCHIVED_FILE = r"^https://github\.com/([^/]+/[^/]+)/blob/[0-9a-f]{7,40}/"


def github_repository(urls: pd.Series) -> pd.Series:
    """Each source url's GitHub repository ("owner/name") when it is a file of a public repository read at
    a commit, the rule the Sources list counts archived files by; NaN for any other page.

    >>> github_repository(pd.Series(["https://github.com/a/b/blob/bfd2966/x.md", "https://a.example/b"])).tolist()
    ['a/b', nan]
    """
    return urls.astype(str).str.extract(_ARCHIVED_FILE, expand=False)


def _used_for(source_ids: Iterable[object], uses: Mapping[str, str] | None) -> str:
    found = list(dict.fromkeys(uses[str(sid)] for sid in source_ids  # each use said once
                               if uses and uses.get(str(sid))))
    return f": used for {html.escape('; '.join(found))}" if found else ""


def _source_item(row: object, uses: Mapping[str, str] | None = None) -> str:
    published = getattr(row, "published", None)
    dated = published is not None and pd.notna(published)
    date = f", {html.escape(str(published))}" if dated else ", undated"
    english = getattr(row, "title_en", None)
    # a title in another script is given in English (the original stays in the sources table)
    title = (html.escape(str(english)) + " (translated title)" if isinstance(english, str) and english
             else html.escape(str(row.title)))
    return (f'<li><a href="{html.escape(str(row.url))}">{title}</a>{date} (grade {row.evidence})'
            f"{_used_for([row.source_id], uses)}</li>")


def _repository_item(repository: str, files: pd.DataFrame, uses: Mapping[str, str] | None = None,
                     rebuilt: set[str] | None = None, boards: pd.DataFrame | None = None,
                     keepers: Iterable[str] = (), unrecorded: set[str] | None = None) -> str:
    """One line for the archived files of one repository: the boards they hold (``boards``: each file's
    ``board_date`` and ``category``) by date, or the span of the files' dates when none holds a dated
    board; rebuilt files (ids in ``rebuilt``) are said in the grade, as of unrecorded origin when their ids
    are in ``unrecorded``.

    >>> f = pd.DataFrame({"source_id": ["a", "b"], "url": ["u1", "u2"], "published": ["2026-09-01", None],
    ...     "evidence": "A"})
    >>> print(_repository_item("o/r", f, rebuilt={"a"}))  # doctest: +NORMALIZE_WHITESPACE
    <li><a href="https://github.com/o/r">o/r</a>: 2 archived files, 2026-09-01 (grade A for 1 downloaded
    file; 1 rebuilt, not verified): <a href="u1">file 1</a>, <a href="u2">file 2</a></li>
    >>> b = pd.DataFrame({"source_id": ["a", "b"], "board_date": pd.to_datetime(["2026-08-28", "2026-09-01"]),
    ...     "category": ["text-to-video", "image-to-video"]})
    >>> print(_repository_item("o/r", f, rebuilt={"a"}, boards=b))  # doctest: +NORMALIZE_WHITESPACE
    <li><a href="https://github.com/o/r">o/r</a>: 2 archived files, boards of 28 August 2026 (1 pool: <a
    href="u1">text to video</a>, in a copy saved 1 September 2026; rebuilt, not verified) and 1 September
    2026 (1 pool: <a href="u2">image to video</a>; downloaded, grade A)</li>
    >>> print(_repository_item("o/r", f, rebuilt={"a", "b"}, boards=b))  # doctest: +NORMALIZE_WHITESPACE
    <li><a href="https://github.com/o/r">o/r</a>: 2 archived files, boards of 28 August 2026 (1 pool: <a
    href="u1">text to video</a>, in a copy saved 1 September 2026) and 1 September 2026 (1 pool: <a
    href="u2">image to video</a>); rebuilt, not verified</li>
    >>> print(_repository_item("o/r", f, rebuilt={"a", "b"}, unrecorded={"a", "b"}))
    ... # doctest: +NORMALIZE_WHITESPACE
    <li><a href="https://github.com/o/r">o/r</a>: 2 archived files, 2026-09-01 (origin not recorded, not
    verified): <a href="u1">file 1</a>, <a href="u2">file 2</a></li>
    """
    is_rebuilt = files["source_id"].astype(str).isin(rebuilt or set())
    is_unrecorded = files["source_id"].astype(str).isin(unrecorded or set()) & is_rebuilt
    noun = "file" if len(files) == 1 else "files"
    name = html.escape(repository)
    # one file: the link goes to that file at its commit; several: to the repository
    target = html.escape(str(files["url"].iloc[0])) if len(files) == 1 else f"https://github.com/{name}"
    kind = _file_kind(files)
    keeps = list(keepers)
    kept_for = (f" (a repository that keeps copies from {_and(keeps)})" if len(keeps) > 1 else "")
    held = _boards_held(files, is_rebuilt, boards, is_unrecorded)
    body = f", {held}" if held else f"{_date_span(files)} ({_grade_label(files, is_rebuilt, is_unrecorded)})"
    if not held and len(files) > 1:
        body += f": {_file_links(files)}"
    return (f'<li><a href="{target}">{name}</a>{kept_for}: {len(files)} {kind} {noun}{body}'
            f"{_used_for(files['source_id'], uses)}</li>")


def _file_kind(files: pd.DataFrame) -> str:
    """What one repository's files are: "archived" (an archive's copies, some downloaded at grade A) or
    "third-party" (a repository that only quotes values, grade C or D), as its Sources line and the
    list's total count them.

    >>> _file_kind(pd.DataFrame({"evidence": ["A", "C"]})), _file_kind(pd.DataFrame({"evidence": ["C"]}))
    ('archived', 'third-party')
    """
    return "archived" if "A" in set(files["evidence"].astype(str)) else "third-party"


def _file_links(files: pd.DataFrame) -> str:
    """Each file of a repository whose files hold no dated board (a model list, vote records), linked at
    the commit read and named by it, so every file is one click away as a board's pool is.

    >>> f = pd.DataFrame({"url": ["https://github.com/o/r/blob/005d573d105f/data/x.csv", "u2"]})
    >>> print(_file_links(f))  # doctest: +NORMALIZE_WHITESPACE
    <a href="https://github.com/o/r/blob/005d573d105f/data/x.csv">data/x.csv at 005d573</a>,
    <a href="u2">file 2</a>
    """
    links = []
    for number, url in enumerate(files["url"].astype(str), start=1):
        found = re.search(r"/blob/([0-9a-f]{7})[0-9a-f]*/(.+)$", url)
        label = f"{found.group(2)} at {found.group(1)}" if found else f"file {number}"
        links.append(f'<a href="{html.escape(url)}">{html.escape(label)}</a>')
    return ", ".join(links)


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _date_span(files: pd.DataFrame) -> str:
    dates = files["published"].dropna().astype(str).sort_values() if "published" in files else pd.Series()
    if not len(dates):
        return ""
    return f", {dates.iloc[0]}" + (f" to {dates.iloc[-1]}" if dates.iloc[-1] != dates.iloc[0] else "")


def _grade_label(files: pd.DataFrame, is_rebuilt: pd.Series, is_unrecorded: pd.Series | None = None) -> str:
    grades = "grade " + "/".join(sorted(files.loc[~is_rebuilt, "evidence"].astype(str).unique()))
    n = int(is_rebuilt.sum())
    label = _unverified_label(is_rebuilt, is_unrecorded)
    if n == len(files):
        return label  # no letter: few of its values could be checked
    if n:  # a rebuilt file never takes a letter
        kept = len(files) - n
        grades += f" for {kept} downloaded {'file' if kept == 1 else 'files'}; {n} {label}"
    return grades


def _unverified_label(is_rebuilt: pd.Series, is_unrecorded: pd.Series | None = None) -> str:
    """What the files not downloaded are: "rebuilt, not verified" (from search-index text), "origin not
    recorded, not verified" when no record says how any of them was obtained, or both.

    >>> _unverified_label(pd.Series([True, True]), pd.Series([True, False]))
    'rebuilt or of unrecorded origin, not verified'
    """
    rebuilt = is_rebuilt.astype(bool)
    unknown = (is_unrecorded.astype(bool) & rebuilt if is_unrecorded is not None
               else pd.Series(False, index=rebuilt.index))
    if not unknown.any():
        return "rebuilt, not verified"
    return ("origin not recorded, not verified" if unknown.sum() == rebuilt.sum()
            else "rebuilt or of unrecorded origin, not verified")


# More files than this on one board day: the line counts them, the repository link leads to them.
_FILES_INLINE = 2

# More board dates than this in one repository: the line gives their span, the dates sit one click away.
_DATES_INLINE = 6


def _boards_held(files: pd.DataFrame, is_rebuilt: pd.Series, boards: pd.DataFrame | None,
                 is_unrecorded: pd.Series | None = None) -> str:
    """"boards of 30 September 2026 (2 pools) and 6 October 2026 (4 pools); downloaded, grade A", with
    the label per date when the dates differ in it; "" when no file of the repository holds a dated board
    (a model list, vote records)."""
    if boards is None or boards.empty:
        return ""
    unknown = is_unrecorded if is_unrecorded is not None else pd.Series(False, index=files.index)
    info = files.assign(rebuilt=is_rebuilt.to_numpy(), unrecorded=unknown.to_numpy()).merge(
        boards.drop_duplicates("source_id").assign(source_id=lambda b: b["source_id"].astype(str)),
        on="source_id", how="left")
    dated = info[info["board_date"].notna()]
    if dated.empty:
        return ""
    saved = pd.to_datetime(dated["published"], errors="coerce") if "published" in dated else None
    dated = dated.assign(saved=saved)
    by_day = list(dated.groupby("board_date", sort=True))
    labels = [_board_label(group) for _, group in by_day]
    one_label = len(set(labels)) == 1
    parts = [f"{fmt.day(day)} ({_board_size(group)}" + ("" if one_label else f"; {label}") + ")"
             for (day, group), label in zip(by_day, labels, strict=True)]
    undated = len(info) - len(dated)
    tail = (f"; {labels[0]}" if one_label else "")
    tail += f"; {fmt.count(undated, 'other file')}" if undated else ""
    if len(parts) <= _DATES_INLINE:
        return ("board of " if len(dated) == 1 else "boards of ") + _and(parts) + tail
    return (f"boards of {len(parts)} days, {fmt.day(by_day[0][0])} to {fmt.day(by_day[-1][0])}{tail} "
            f"<details><summary>every board date</summary>{'; '.join(parts)}</details>")


def _board_size(group: pd.DataFrame) -> str:
    """"2 pools: text to video, image to video", each pool linking to its file at the commit read (", in a
    copy saved 25 September 2026" when the copy is later than the board); "6 files" for files holding
    several pools or many files on one day, up to two such files linked at their commits."""
    from videomarket.data.schemas import POOL_LABELS

    pools = group["category"].dropna().astype(str)
    one_pool_each = len(pools) == len(group) and not pools.isin(["multi"]).any()
    # two copies of one pool on one day (two runs of the archive) are counted as files, each linked
    size = (fmt.count(pools.nunique(), "pool") if one_pool_each and pools.is_unique
            else fmt.count(len(group), "file"))
    if one_pool_each and len(group) <= len(POOL_LABELS) and "url" in group:
        links = [f'<a href="{html.escape(str(url))}">{html.escape(_pool_words(pool))}</a>'
                 for pool, url in sorted(zip(pools, group["url"], strict=True),
                                         key=lambda item: list(POOL_LABELS).index(item[0])
                                         if item[0] in POOL_LABELS else len(POOL_LABELS))]
        size += ": " + ", ".join(links)
    elif "url" in group and len(group) <= _FILES_INLINE:
        # a file holding every pool (an API's whole model list) is still linked at its commit
        several = " holding several pools" if pools.isin(["multi"]).all() and len(group) == 1 else ""
        size += f"{several}: {_file_links(group)}"
    elif "url" in group:
        size += _commit_folder(group["url"])
    day = pd.Timestamp(group["board_date"].iloc[0]).normalize()
    later = sorted({d for d in group["saved"].dropna() if d.normalize() != day})
    return size + (f", in a copy saved {_and([fmt.day(d) for d in later])}" if later else "")


def _commit_folder(urls: pd.Series) -> str:
    """" in <folder at commit>" linking to the folder at the commit when files too many to link one by one
    were all read at one commit of one repository; "" otherwise (their repository link leads to them).

    >>> print(_commit_folder(pd.Series(["https://github.com/o/r/blob/d654caefb347/raw/a.json",
    ...                                 "https://github.com/o/r/blob/d654caefb347/raw/b.json"])))
     in <a href="https://github.com/o/r/tree/d654caefb347/raw">raw at d654cae</a>
    >>> _commit_folder(pd.Series(["https://github.com/o/r/blob/d654cae/a.json",
    ...                           "https://github.com/o/r/blob/aaaaaaa/b.json"]))
    ''
    """
    found = urls.astype(str).str.extract(r"^(https://github\.com/[^/]+/[^/]+)/blob/([0-9a-f]{7,40})/(.+)/[^/]+$")
    if found.isna().any().any() or found.nunique().max() > 1:
        return ""
    repo, commit, folder = found.iloc[0]
    label = f"{unquote(folder)} at {commit[:7]}"
    return f' in <a href="{html.escape(f"{repo}/tree/{commit}/{folder}")}">{html.escape(label)}</a>'


def _board_label(group: pd.DataFrame) -> str:
    rebuilt = group["rebuilt"].astype(bool)
    label = _unverified_label(rebuilt, group.get("unrecorded"))
    if rebuilt.all():
        return label
    grades = "/".join(sorted(group.loc[~rebuilt, "evidence"].astype(str).unique()))
    return f"downloaded, grade {grades}" + (f"; some {label}" if rebuilt.any() else "")


def _pool_words(pool: str) -> str:
    """A pool as a file link's words: "text to video", "image to video with audio" (no "(silent)": an
    LMArena list holds silent and with-audio entries in one)."""
    from videomarket.data.schemas import POOL_LABELS

    return POOL_LABELS.get(pool, pool).lower().replace(" (silent)", "")
