"""Sentences and tables of the "about the data" note's main line: the verdict on the data, how much of each
pool's history was downloaded rather than rebuilt, what a rebuild error would do, the rebuilt share on its
three bases, the re-rating's anchor shift and churn, and the data ages by kind.

Example::

    >>> import pandas as pd
    >>> b = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06"]), "rebuilt_only": [False]})
    >>> print(download_finding(b))
    Artificial Analysis: the last downloaded board is of 6 October 2026.
"""

from __future__ import annotations

import pandas as pd

from videomarket.leaderboard import digit_slips_possible
from videomarket.stories import fmt
from videomarket.stories._guide import pool_label
from videomarket.stories._guide_box import ARENA_SITE

REBUILT = "[rebuilt, not verified](#glossary-rebuilt-file)"


def _distinct_counts(distinct: pd.DataFrame) -> tuple[int, int]:
    """(boards held only by rebuilt copies, distinct boards) of ``distinct`` (stories.rebuilt_distinct)."""
    kept = distinct[~distinct["unchanged"].astype(bool)]
    return int(kept["rebuilt_only"].astype(bool).sum()), len(kept)


def _share_words(share: float) -> str:
    """'a quarter', 'a third' or 'half' (nearest of these to ``share``)."""
    words = {1 / 4: "a quarter", 1 / 3: "a third", 1 / 2: "half", 2 / 3: "two thirds",
             3 / 4: "three quarters"}
    return words[min(words, key=lambda f: abs(f - share))]


def _cite_until(boards: pd.DataFrame, link: bool = True) -> str:
    """'1 August 2026 for silent pools and 25 June 2026 for pools with audio': the last downloaded board of
    ``boards`` (:func:`videomarket.data.rebuilt_boards`) per kind of pool, one day when both agree.

    >>> b = pd.DataFrame({"category": ["text-to-video", "text-to-video-audio"], "rebuilt_only": False,
    ...     "snapshot_date": pd.to_datetime(["2026-08-01", "2026-06-25"])})
    >>> _cite_until(b, link=False)
    '1 August 2026 for silent pools and 25 June 2026 for pools with audio'
    """
    kept = boards[~boards["rebuilt_only"].astype(bool)]
    audio = kept["category"].astype(str).str.endswith("-audio")
    silent_last, audio_last = kept.loc[~audio, "snapshot_date"].max(), kept.loc[audio, "snapshot_date"].max()
    if pd.isna(audio_last) or pd.isna(silent_last) or silent_last == audio_last:
        return fmt.day(kept["snapshot_date"].max())
    pools = "[pools](#glossary-pool)" if link else "pools"
    return f"{fmt.day(silent_last)} for silent {pools} and {fmt.day(audio_last)} for pools with audio"


def data_verdict(distinct: pd.DataFrame, latest_day: object, forecasts: pd.DataFrame, build: object = None,
                 arena: str = "Artificial Analysis", *, boards: pd.DataFrame | None = None) -> str:
    """The note's answer in plain words: with ``boards`` (:func:`videomarket.data.rebuilt_boards`) the day
    the exact copies end (for pools with audio apart when the day differs), that everything later, the
    other notes' current #1 included, rests on rebuilt copies not yet checked, and whether any market
    forecast (``forecasts``, ``evidence``) is confirmed by
    established news or its own publisher (grade A or B). Without ``boards``, the downloaded share and the
    age of the newest board (``latest_day``) at the build.

    >>> d = pd.DataFrame({"unchanged": [False, False, False, True],
    ...                   "rebuilt_only": [True, False, False, True]})
    >>> f = pd.DataFrame({"evidence": ["C", "D"]})
    >>> print(data_verdict(d, "2026-10-10", f, "2026-12-07", "AA"))  # doctest: +NORMALIZE_WHITESPACE
    50% of the 4 AA [boards](#glossary-board) held were downloaded from public archives, the rest rebuilt
    from text. The newest is about two months old, and no market forecast is confirmed by established
    news.
    >>> b = pd.DataFrame({"category": "text-to-video", "rebuilt_only": [False, True],
    ...                   "snapshot_date": pd.to_datetime(["2026-10-01", "2026-10-04"])})
    >>> print(data_verdict(d, "2026-10-04", f, "2026-12-07", "AA",
    ...                    boards=b))  # doctest: +NORMALIZE_WHITESPACE
    Exact copies of the AA leaderboards end on 1 October 2026. Everything later, including the current #1
    reported in [our other notes](03-how-sure-is-number-one.html), rests on copies
    [rebuilt](#glossary-rebuilt-file) from text and not yet checked. No market forecast is confirmed by
    established news.
    >>> a = pd.concat([b, b.assign(category="text-to-video-audio",
    ...                            snapshot_date=pd.to_datetime(["2026-09-01", "2026-10-04"]))])
    >>> print(data_verdict(d, "2026-10-04", f, "2026-12-07", "AA", boards=a).split(". ")[0])
    ... # doctest: +NORMALIZE_WHITESPACE
    Exact copies of the AA leaderboards end on 1 October 2026 (1 September for [pools](#glossary-pool)
    with audio)
    """
    grades = set(forecasts["evidence"].astype(str))
    market = ("no market forecast is confirmed by established news" if not grades & {"A", "B"}
              else "some market forecasts are confirmed by established news")
    every = len(distinct)
    n_rebuilt = int(distinct["rebuilt_only"].astype(bool).sum())
    if boards is not None:
        kept = boards[~boards["rebuilt_only"].astype(bool)]
        audio = kept["category"].astype(str).str.endswith("-audio")
        silent_last = kept.loc[~audio, "snapshot_date"].max()
        audio_last = kept.loc[audio, "snapshot_date"].max()
        until = fmt.day(kept["snapshot_date"].max())
        if pd.notna(silent_last) and pd.notna(audio_last) and silent_last != audio_last:
            until = (f"{fmt.day(silent_last)} ({pd.Timestamp(audio_last):%-d %B} for "
                     "[pools](#glossary-pool) with audio)")
        return (f"Exact copies of the {arena} leaderboards end on {until}. Everything later, including the "
                "current #1 reported in [our other notes](03-how-sure-is-number-one.html), rests on copies "
                "[rebuilt](#glossary-rebuilt-file) from text and not yet checked. "
                f"{market[0].upper() + market[1:]}.")
    built = pd.Timestamp(build if build is not None else pd.Timestamp.today()).normalize()
    months = round((built - pd.Timestamp(latest_day)).days / 30.4)
    age = {0: "under a month", 1: "about one month", 2: "about two months", 3: "about three months"}.get(
        months, f"about {months} months")
    held = (f"{fmt.pct((every - n_rebuilt) / every, 0)} of the {every:,} {arena} [boards](#glossary-board) "
            "held were downloaded from public archives, the rest rebuilt from text")
    return f"{held}. The newest is {age} old, and {market}."


def download_finding(boards: pd.DataFrame, arena: str = "Artificial Analysis", *,
                     other: pd.DataFrame | None = None, other_arena: str = "LMArena") -> str:
    """One finding on the arena's downloaded and rebuilt boards (``boards``:
    :func:`videomarket.data.rebuilt_boards`): its last downloaded board and, from the first board held
    only by rebuilt copies, how many of the boards since are only rebuilt. With ``other`` (the same for
    ``other_arena``), that arena's last downloaded and last rebuilt day.

    >>> b = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-08-20", "2026-10-01", "2026-10-02",
    ...     "2026-10-03", "2026-10-03"]), "rebuilt_only": [False, True, True, True, False]})
    >>> print(download_finding(b, "AA"))  # doctest: +NORMALIZE_WHITESPACE
    AA: the last downloaded board is of 3 October 2026; 3 of the 4 boards since 1 October are
    [rebuilt, not verified](#glossary-rebuilt-file).
    >>> print(download_finding(b, "AA", other=b.iloc[:2], other_arena="L"))  # doctest: +NORMALIZE_WHITESPACE
    AA: the last downloaded board is of 3 October 2026; 3 of the 4 boards since 1 October are
    [rebuilt, not verified](#glossary-rebuilt-file). L: downloaded to 20 August, rebuilt to 1 October.
    """
    only = boards["rebuilt_only"].astype(bool)
    last = pd.Timestamp(boards.loc[~only, "snapshot_date"].max())
    text = f"{arena}: the last downloaded board is of {fmt.day(last)}"
    if not only.any():
        return text + "."
    first = pd.Timestamp(boards.loc[only, "snapshot_date"].min())
    late = boards[boards["snapshot_date"] >= first]
    n_only = int(late["rebuilt_only"].astype(bool).sum())
    text = f"{text}; {n_only:,} of the {len(late):,} boards since {first:%-d %B} are {REBUILT}."
    if other is None or other.empty:
        return text
    theirs = other["rebuilt_only"].astype(bool)
    down, copied = other.loc[~theirs, "snapshot_date"].max(), other.loc[theirs, "snapshot_date"].max()
    said = [f"downloaded to {pd.Timestamp(down):%-d %B}"] if pd.notna(down) else []
    said += [f"rebuilt to {pd.Timestamp(copied):%-d %B}"] if pd.notna(copied) else []
    return text + f" {other_arena}: {', '.join(said)}."


def latest_leader_finding(latest: pd.DataFrame, downloaded: pd.DataFrame) -> str:
    """One finding: the #1 of the newest board (``latest``: board_certainty, leader first, a rebuilt copy)
    against the #1 of the last exact download of that pool (``downloaded``: the same for that board).

    >>> n = pd.DataFrame({"model_name": ["Wan 3.0"], "category": "text-to-video",
    ...     "snapshot_date": pd.Timestamp("2026-10-10")})
    >>> o = n.assign(model_name=["Gemini Omni Flash"], snapshot_date=pd.Timestamp("2026-08-01"))
    >>> print(latest_leader_finding(n, o))  # doctest: +NORMALIZE_WHITESPACE
    The current #1 of text to video (silent), Wan 3.0 on the 10 October board, rests entirely on
    rebuilt copies; the last exact download, of 1 August, shows a different #1, Gemini Omni Flash.
    >>> print(latest_leader_finding(n, o.assign(model_name=["Wan 3.0"])).split("; ")[1])
    the last exact download, of 1 August, shows the same #1.
    """
    now, then = latest.iloc[0], downloaded.iloc[0]
    same = str(now["model_name"]) == str(then["model_name"])
    shows = "the same #1" if same else f"a different #1, {then['model_name']}"
    return (f"The current #1 of {pool_label(str(now['category'])).lower()}, {now['model_name']} on the "
            f"{pd.Timestamp(now['snapshot_date']):%-d %B} board, rests entirely on rebuilt copies; the last "
            "exact "            f"download, of {pd.Timestamp(then['snapshot_date']):%-d %B}, shows {shows}.")


def _partial_words(values: pd.DataFrame) -> str:
    """'. Of the downloaded boards, 4 are top-8 copies, and 23 of the 31 ratings of one come from a rebuilt
    copy' for the archived boards of ``values`` (:func:`videomarket.data.rated_values`: ``evidence``,
    ``rebuilt`` per entry) that hold a downloaded copy of 8 models or fewer; '' when none or the columns lack.

    >>> v = pd.DataFrame({"category": "t", "snapshot_date": ["d1"] * 8 + ["d2"] * 31 + ["d3"] * 9,
    ...     "evidence": "A", "rebuilt": [False] * 8 + [False] * 8 + [True] * 23 + [False] * 9})
    >>> _partial_words(v)
    '. Of the downloaded boards, 2 are top-8 copies, and 23 of the 31 ratings of one come from a rebuilt copy'
    """
    if not {"category", "snapshot_date", "evidence"} <= set(values.columns):
        return ""
    archived = values[values["evidence"].astype(str) == "A"]
    counts = archived.groupby(["category", "snapshot_date"], observed=True)["rebuilt"].agg(["size", "sum"])
    counts = counts[(counts["size"] - counts["sum"] <= 8) & (counts["sum"] < counts["size"])]
    if counts.empty:
        return ""
    copies = "is a top-8 copy" if len(counts) == 1 else "are top-8 copies"
    text = f". Of the downloaded boards, {len(counts):,} {copies}"
    mixed = counts[counts["sum"] > 0]
    if len(mixed) == 1:
        text += (f", and {int(mixed['sum'].iloc[0])} of the {int(mixed['size'].iloc[0])} ratings of one come "
                 "from a rebuilt copy")
    elif len(mixed) > 1:
        text += f", and {len(mixed)} of them are completed by rebuilt copies"
    return text


def rebuilt_bases_table(distinct: pd.DataFrame, values: pd.DataFrame) -> pd.DataFrame:
    """The rebuilt share on its three bases, headline first: every archived board and distinct boards
    (``distinct``: :func:`rebuilt_distinct`) and daily rating entries (``values``:
    :func:`videomarket.data.rated_values`, ``rebuilt``), each with why it differs.

    >>> d = pd.DataFrame({"unchanged": [False, True, False], "rebuilt_only": [True, True, False]})
    >>> v = pd.DataFrame({"rebuilt": [True, False, False, False]})
    >>> rebuilt_bases_table(d, v)[["rebuilt", "total", "share"]].values.tolist()
    [[2, 3, '67%'], [1, 2, '50%'], [1, 4, '25%']]
    """
    only, n = _distinct_counts(distinct)
    every = int(distinct["rebuilt_only"].astype(bool).sum())
    entries = int(values["rebuilt"].astype(bool).sum())
    rows = [("Archived boards, one per pool and day (the count used at the top of this note)", every,
             len(distinct),
             "Counts repeats of an unchanged board; rebuilt copies repeat more often"
             + _partial_words(values)),
            ("Distinct boards", only, n, "A copy identical to the board before it is counted once"),
            ("Daily rating entries", entries, len(values),
             "Counts each model on each day, quoted values included; boards differ in size")]
    return pd.DataFrame([{"basis": b, "rebuilt": r, "total": t, "share": fmt.pct(r / t, 0), "why": w}
                         for b, r, t, w in rows])


def download_coverage_table(boards: pd.DataFrame) -> pd.DataFrame:
    """Per pool (``boards``: :func:`videomarket.data.rebuilt_boards`, one row per archived board), the days
    from its first archived board to its last, and how many of them have any archived board and how many
    a downloaded one (not held only by rebuilt copies), with their shares.

    >>> b = pd.DataFrame({"category": "text-to-video", "snapshot_date": pd.to_datetime(["2026-10-01",
    ...     "2026-10-02", "2026-10-04"]), "rebuilt_only": [False, True, False]})
    >>> download_coverage_table(b).drop(columns="pool").values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [[Timestamp('2026-10-01 00:00:00'), Timestamp('2026-10-04 00:00:00'), 4, 3, '75%', 2, '50%']]
    """
    rows = []
    for cat in ("text-to-video", "image-to-video", "text-to-video-audio", "image-to-video-audio"):
        mine = boards[boards["category"].astype(str) == cat]
        if mine.empty:
            continue
        first, last = pd.Timestamp(mine["snapshot_date"].min()), pd.Timestamp(mine["snapshot_date"].max())
        span = (last - first).days + 1
        anyday = int(mine["snapshot_date"].nunique())
        down = int(mine.loc[~mine["rebuilt_only"].astype(bool), "snapshot_date"].nunique())
        rows.append({"pool": pool_label(cat), "first": first, "last": last, "span": span,
                     "archived": anyday, "archived_share": fmt.pct(anyday / span, 0),
                     "downloaded": down, "downloaded_share": fmt.pct(down / span, 0)})
    return pd.DataFrame(rows, columns=["pool", "first", "last", "span", "archived", "archived_share",
                                       "downloaded", "downloaded_share"])


def _pct_range(shares: pd.Series) -> str:
    low, high = min(shares, key=lambda s: int(s[:-1])), max(shares, key=lambda s: int(s[:-1]))
    return low if low == high else f"{low[:-1]}% to {high}"


def other_coverage_text(boards: pd.DataFrame, arena: str = "LMArena", *, archives: int | None = None,
                        rebuilt_archives: int | None = None, from_text: int | None = None) -> str:
    """One sentence on another arena's coverage (``boards``: :func:`videomarket.data.rebuilt_boards` of that
    arena): per pool, days with a board and with a downloaded one, their span and the last downloaded day.
    Its pools are named without "silent": an arena whose list mixes silent and with-audio entries. With
    ``archives`` (how many public archives copied that arena), how many boards they give in all and how
    many of those are only rebuilt from text; with ``rebuilt_archives`` too (how many of those archives the
    rebuilt boards come from), each count with its own number of archives; with ``from_text`` too (how
    many of the rebuilt boards were rebuilt from search-index text), those split from the ones of
    unrecorded origin.

    >>> b = pd.DataFrame({"category": ["text-to-video"] * 3 + ["image-to-video"] * 2, "snapshot_date":
    ...     pd.to_datetime(["2026-03-06", "2026-09-05", "2026-09-21", "2026-03-06", "2026-09-21"]),
    ...     "rebuilt_only": [False, False, True, False, True]})
    >>> print(other_coverage_text(b, "L"))  # doctest: +NORMALIZE_WHITESPACE
    L, counted apart, has a board on 3 days in text to video and 2 in image to video from 6 March to 21
    September 2026. 2 and 1 of them were downloaded (1% and 1% of the days), the last on 5 September 2026.
    >>> print(other_coverage_text(b, "L", archives=1).split(". ")[-1])
    2 of its 5 boards, from 1 public archive, are [rebuilt, not verified](#glossary-rebuilt-file).
    >>> print(other_coverage_text(b, "L", archives=3, rebuilt_archives=2).split("2026. ")[-1])
    ... # doctest: +NORMALIZE_WHITESPACE
    Its 5 boards come from 3 public archives; 2 of them, from 2 of those archives, are
    [rebuilt, not verified](#glossary-rebuilt-file).
    >>> print(other_coverage_text(b, "L", archives=3, rebuilt_archives=2, from_text=1).split("2026. ")[-1])
    ... # doctest: +NORMALIZE_WHITESPACE
    Its 5 boards come from 3 public archives; 2 of them, from 2 of those archives, were not downloaded: 1
    [rebuilt](#glossary-rebuilt-file) from search-index text and 1 of unrecorded origin, none verified.
    """
    t = download_coverage_table(boards)
    names = [p.split(" (")[0].lower() for p in t["pool"]]
    parts = [f"{n} {'days ' if i == 0 else ''}in {name}"
             for i, (n, name) in enumerate(zip(t["archived"], names, strict=True))]
    down = boards.loc[~boards["rebuilt_only"].astype(bool), "snapshot_date"].max()
    text = (f"{arena}, counted apart, has a board on {' and '.join(parts)} from {t['first'].min():%-d %B} "
            f"to {fmt.day(t['last'].max())}. "
            f"{' and '.join(str(n) for n in t['downloaded'])} of them were downloaded "
            f"({' and '.join(t['downloaded_share'])} of the days), the last on {fmt.day(down)}.")
    n_rebuilt = int(boards["rebuilt_only"].astype(bool).sum())
    if archives is not None and rebuilt_archives is not None and from_text is not None:
        return (text + f" Its {len(boards):,} boards come from {fmt.count(archives, 'public archive')}; "
                f"{n_rebuilt:,} of them, from {rebuilt_archives:,} of those archives, were not downloaded: "
                f"{from_text:,} [rebuilt](#glossary-rebuilt-file) from search-index text and "
                f"{n_rebuilt - from_text:,} of unrecorded origin, none verified.")
    if archives is not None and rebuilt_archives is not None:
        return (text + f" Its {len(boards):,} boards come from {fmt.count(archives, 'public archive')}; "
                f"{n_rebuilt:,} of them, from {rebuilt_archives:,} of those archives, are {REBUILT}.")
    return text + ("" if archives is None else
                   f" {n_rebuilt:,} of its {len(boards):,} boards, from "
                   f"{fmt.count(archives, 'public archive')}, are {REBUILT}.")


def download_coverage_title(boards: pd.DataFrame, arena: str = "Artificial Analysis") -> str:
    """The coverage chart's title: its finding, the range over pools of the share of days with a downloaded
    board and with any archived board (:func:`download_coverage_table`), and the one arena it shows.

    >>> b = pd.DataFrame({"category": ["text-to-video"] * 3 + ["image-to-video"] * 2, "snapshot_date":
    ...     pd.to_datetime(["2026-10-01", "2026-10-02", "2026-10-04", "2026-10-01", "2026-10-02"]),
    ...     "rebuilt_only": [False, True, False, True, False]})
    >>> print(download_coverage_title(b, "AA"))  # doctest: +NORMALIZE_WHITESPACE
    AA only: downloaded boards cover 50% of the days between each pool's first and last archived board, 75%
    to 100% with rebuilt copies
    """
    t = download_coverage_table(boards)
    return (f"{arena} only: downloaded boards cover {_pct_range(t['downloaded_share'])} of the days between "
            f"each pool's first and last archived board, {_pct_range(t['archived_share'])} with rebuilt "
            "copies")


def grade_b_text(ratings: dict[str, pd.DataFrame], rankings: pd.DataFrame, tables: list[pd.DataFrame],
                 sources: pd.DataFrame) -> str:
    """What grade B is in the data: how many values hold it (``ratings``: the ratings counted once,
    :func:`videomarket.data.ratings_once`; ``rankings`` gives their pages; ``tables``: market forecasts
    and vendor figures, each row a value with its ``source_id``, a vendor figure's ``metric``
    'analyst_forecast' an analyst's forecast of its revenue), how many rest on several pages that agree,
    and how many only on a page that is a vendor's blog (its licence says so) or undated rather than
    established news (``sources``: :func:`videomarket.data.load_sources`).

    >>> keys = {"arena": "AA", "category": "t2v", "snapshot_date": pd.Timestamp("2026-04-08")}
    >>> once = pd.DataFrame({**keys, "model": ["m", "n"], "evidence": ["B", "B"]})
    >>> r = pd.DataFrame({**keys, "model": ["m", "m", "n"], "evidence": "B", "source_id": ["p", "q", "v"]})
    >>> f = pd.DataFrame({"evidence": ["B", "C"], "source_id": ["u", "p"],
    ...                   "metric": ["analyst_forecast", "revenue"]})
    >>> s = pd.DataFrame({"source_id": ["p", "q", "v", "u"], "publisher": ["P", "Q", "Vendor", "Blog"],
    ...     "published": ["2026-04", "2026-04", "2026-04-10", None],
    ...     "licence": ["news site", "news site", "all rights reserved (vendor blog)", None]})
    >>> print(grade_b_text({"AA": once}, r, [f], s))  # doctest: +NORMALIZE_WHITESPACE
    Grade B covers 3 values here (2 quoted ratings and 1 vendor figure, 1 of them an analyst's revenue
    forecast): 1 rests on several pages that agree, 2 on one named page each, of which 2 are a vendor's
    blog (Vendor) or an undated page (Blog) rather than established news.
    """
    every = pd.concat(list(ratings.values()))
    found = every[every["evidence"].astype(str) == "B"]
    keys = ["arena", "category", "snapshot_date", "model"]
    quoted = rankings[rankings["evidence"].astype(str) == "B"].merge(found[keys], on=keys)
    pages = [list(dict.fromkeys(group["source_id"].astype(str))) for _, group in quoted.groupby(keys)]
    graded = [frame[frame["evidence"].astype(str) == "B"] for frame in tables]
    others = [[sid] for frame in graded for sid in frame["source_id"].astype(str)]
    vendor_rows = [frame for frame in graded if "metric" in frame]
    n_vendor = sum(len(frame) for frame in vendor_rows)
    n_forecast = len(others) - n_vendor
    analyst = sum(int((frame["metric"].astype(str) == "analyst_forecast").sum()) for frame in vendor_rows)
    info = sources.assign(source_id=sources["source_id"].astype(str)).set_index("source_id")
    vendor = info["licence"].astype("string").str.contains("vendor blog", regex=False).fillna(False)
    undated = info["published"].isna()
    single = [p[0] for p in pages + others if len(p) == 1]
    several = sum(len(p) > 1 for p in pages)
    weak_blogs = [sid for sid in single if vendor.get(sid, False)]
    weak_undated = [sid for sid in single if undated.get(sid, False) and not vendor.get(sid, False)]
    total = len(pages) + len(others)
    if not total:
        return "No value here reaches grade B."
    parts = [fmt.count(len(pages), "quoted rating")] if pages else []
    if n_forecast:
        parts.append(fmt.count(n_forecast, "market forecast value"))
    whose = "an analyst's" if analyst == 1 else "analysts'"
    if n_vendor:
        parts.append(fmt.count(n_vendor, "vendor figure")
                     + (f", {analyst} of them {whose} revenue "
                        f"forecast{'' if analyst == 1 else 's'}" if analyst else ""))
    held = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    text = (f"Grade B covers {fmt.count(total, 'value')} here ({held}): "
            f"{several} {'rests' if several == 1 else 'rest'} on several pages that agree, {len(single)} "
            "on one named page each")
    weak = len(weak_blogs) + len(weak_undated)
    if not weak:
        return text + ", each established news."

    def names(ids: list[str]) -> str:
        # the publisher without what it relays: "nextweb.blog (summary of TechCrunch)" -> "nextweb.blog"
        return ", ".join(dict.fromkeys(str(info.loc[i, "publisher"]).split(" (")[0] for i in ids))

    kinds = ([f"a vendor's blog ({names(weak_blogs)})"] if weak_blogs else []) + (
        [f"an undated page ({names(weak_undated)})"] if weak_undated else [])
    return (text + f", of which {weak} {'is' if weak == 1 else 'are'} {' or '.join(kinds)} rather than "
            "established news.")


def market_holdings_text(forecasts: pd.DataFrame, metrics: pd.DataFrame) -> str:
    """What the two market tables hold, for the main line: the forecasts (one per publisher, edition and
    definition in ``forecasts``), their yearly values and years, how many come from named analyst houses,
    and the vendor figures (``metrics``): how many, on how many companies and for which periods.

    >>> f = pd.DataFrame({"publisher": ["H", "H", "Unattributed (blog)"], "edition": ["A", "A", "unknown"],
    ...                   "definition": "d", "year": [2024, 2032, 2030]})
    >>> m = pd.DataFrame({"company": ["K", "K", "R"], "metric": ["revenue", "run_rate", "revenue"],
    ...                   "period_end": pd.to_datetime(["2023-12-31", "2025-06-30", "2026-03-31"])})
    >>> print(market_holdings_text(f, m))  # doctest: +NORMALIZE_WHITESPACE
    The two market tables hold 2 market-size forecasts (3 yearly values for 2024 to 2032): 1 credited to
    a named analyst house, 1 to no one. They also hold 3 vendor figures on 2 companies, for periods ending
    from 2023 to 2026.
    """
    keys = [c for c in ("publisher", "edition", "definition") if c in forecasts]
    reports = forecasts.drop_duplicates(keys)
    named = int((~reports["publisher"].astype(str).str.startswith("Unattributed")).sum())
    houses = forecasts.loc[~forecasts["publisher"].astype(str).str.startswith("Unattributed"), "publisher"]
    n_houses = houses.astype(str).str.replace(r" \(as attributed\)$", "", regex=True).nunique()
    house = "a named analyst house" if n_houses == 1 else f"{n_houses} named analyst houses"
    ends = pd.to_datetime(metrics["period_end"]).dropna()
    return (f"The two market tables hold {len(reports):,} market-size "
            f"forecasts ({len(forecasts):,} yearly values for {int(forecasts['year'].min())} to "
            f"{int(forecasts['year'].max())}): {named} credited to {house}, {len(reports) - named} to no "
            f"one. They also hold {len(metrics):,} vendor figures on {metrics['company'].nunique()} "
            f"companies, for periods ending from {ends.min().year} to {ends.max().year}.")


def _pair(shown: pd.DataFrame, category: str, before: object, after: object) -> tuple[pd.Series, pd.Series]:
    mine = shown[shown["category"].astype(str) == category]
    x = mine[mine["snapshot_date"] == pd.Timestamp(before)].set_index("model_name")["elo"]
    y = mine[mine["snapshot_date"] == pd.Timestamp(after)].set_index("model_name")["elo"]
    return x, y


def rescale_churn_table(table: pd.DataFrame, rescales: pd.DataFrame, shown: pd.DataFrame) -> pd.DataFrame:
    """The re-rating table's pairs of boards (``table``: :func:`rescale_downloaded_table`, ``pool``,
    ``boards``, ``before``, ``after``) with the models that left and joined, the new anchor's rating on the
    board before (``rescales``: :func:`videomarket.leaderboard.scale_changes`, ``anchor_after``), and the
    median fall of the models on both boards with its middle half (``shown``: ratings with ``elo``).

    >>> t = pd.DataFrame({"pool": ["Text to video (silent)"], "boards": ["30 Sep → 1 Oct (downloaded)"],
    ...     "before": pd.Timestamp("2026-09-30"), "after": pd.Timestamp("2026-10-01")})
    >>> r = pd.DataFrame({"category": ["text-to-video"], "anchor_after": ["b"]})
    >>> s = pd.DataFrame({"category": "text-to-video", "snapshot_date": pd.to_datetime(["2026-09-30"] * 3
    ...     + ["2026-10-01"] * 3), "model_name": list("abcabd"),
    ...     "elo": [1300.0, 1200.0, 1100.0, 1100.0, 1000.0, 990.0]})
    >>> [str(v) for v in rescale_churn_table(t, r, s).iloc[0, 2:]]  # doctest: +NORMALIZE_WHITESPACE
    ['3', '1', '1', '2', '3', '1200.0', '200.0', '200–200']
    """
    rows = []
    for r in table.itertuples():
        cat = {pool_label(c): c for c in rescales["category"].astype(str)}[r.pool]
        x, y = _pair(shown, cat, r.before, r.after)
        both = x.index.intersection(y.index)
        fall = (x[both] - y[both]).astype(float)
        anchor = rescales.loc[rescales["category"].astype(str) == cat, "anchor_after"].iloc[0]
        rows.append({"pool": r.pool, "boards": r.boards, "models_before": len(x),
                     "left": len(x) - len(both), "joined": len(y) - len(both), "on_both": len(both),
                     "models_after": len(y),
                     "anchor_before": float(x.get(anchor, float("nan"))), "fall_median": fall.median(),
                     "fall_middle": f"{fall.quantile(0.25):.0f}–{fall.quantile(0.75):.0f}"})
    return pd.DataFrame(rows)


def rescale_churn_title(churn: pd.DataFrame) -> str:
    """The re-rating table's title, its finding: the first pool's median fall over its pairs of boards
    (``churn``: :func:`rescale_churn_table`) and how much of it the new reference model explains.

    >>> c = pd.DataFrame({"pool": ["Text to video (silent)"] * 2, "boards": ["30 Sep → 1 Oct (rebuilt)",
    ...     "14 Sep → 4 Oct (downloaded)"], "fall_median": [240.0, 241.5], "anchor_before": [1230.0, 1240.0]})
    >>> print(rescale_churn_title(c))  # doctest: +NORMALIZE_WHITESPACE
    Text to video (silent) ratings fell by a median 240 to 242 points at the re-rating, nearly all of it the
    change of reference model (if the anchor's own rating held)
    """
    pool = churn[churn["pool"] == churn["pool"].iloc[0]]
    low, high = round(float(pool["fall_median"].min())), round(float(pool["fall_median"].max()))
    fall = f"{low}" if low == high else f"{low} to {high}"
    shift = (pool["anchor_before"] - 1000) / pool["fall_median"]
    part = "nearly all of it" if shift.min() >= 0.9 else "much of it"
    return (f"{pool['pool'].iloc[0]} ratings fell by a median {fall} points at the re-rating, {part} the "
            "change of reference model (if the anchor's own rating held)")


def rescale_finding(churn: pd.DataFrame) -> str:
    """One finding: on the day of the re-rating the silent pool moved to a new anchor and its ratings fell
    a median so many points (the range over the pairs of boards of ``churn``: :func:`rescale_churn_table`,
    its first pool), so ratings either side cannot be compared.

    >>> c = pd.DataFrame({"pool": ["Text to video (silent)"] * 2, "boards": ["30 Sep → 1 Oct (rebuilt, not "
    ...     "verified)", "14 Sep → 4 Oct (downloaded)"], "fall_median": [240.0, 242.0],
    ...     "anchor_before": [1230.0, 1240.0]})
    >>> print(rescale_finding(c))  # doctest: +NORMALIZE_WHITESPACE
    On 1 October the arena [re-rated](#glossary-re-rating) text to video (silent) against a new anchor model,
    and its ratings fell a median 240 to 242 points. Do not compare ratings across that date.

    When every pair compared is of rebuilt copies, the finding says so:

    >>> print(rescale_finding(c.iloc[:1]))  # doctest: +NORMALIZE_WHITESPACE
    On 1 October the arena [re-rated](#glossary-re-rating) text to video (silent) against a new anchor model;
    between the rebuilt copies of 30 September and 1 October its ratings fell a median 240 points. Do not
    compare ratings across that date.
    """
    first = churn.iloc[0]
    months = {"Oct": "October", "Sep": "September", "Nov": "November", "Aug": "August"}

    def long_day(text: str) -> str:
        d, m = text.split()
        return f"{d} {months.get(m, m)}"

    before, after = (long_day(part.split(" (")[0]) for part in str(first["boards"]).split(" → "))
    pool = churn[churn["pool"] == first["pool"]]
    low, high = round(float(pool["fall_median"].min())), round(float(pool["fall_median"].max()))
    fall = f"{low}" if low == high else f"{low} to {high}"
    rebuilt = pool["boards"].astype(str).str.contains("(rebuilt", regex=False).all()
    if rebuilt and len(pool) == 1:
        fell = f"; between the rebuilt copies of {before} and {after} its ratings fell"
    elif rebuilt:
        fell = "; on rebuilt copies either side its ratings fell"
    else:
        fell = ", and its ratings fell"
    return (f"On {after} the arena [re-rated](#glossary-re-rating) {first['pool'].lower()} "
            f"against a new anchor model{fell} a median {fall} points. Do not compare "
            "ratings across that date.")


def rescale_shrink_intro(churn: pd.DataFrame) -> str:
    """The re-rating section's opening: roughly what share of its models each re-anchored pool lost from
    the day before to the day of the re-rating (``churn``: :func:`rescale_churn_table`, the first row of
    each pool the day-apart boards), in words, and that both moved to a new anchor.

    >>> c = pd.DataFrame({"pool": ["Text to video (silent)", "Text to video (silent)",
    ...     "Text to video with audio"], "models_before": [81, 83, 36], "left": [60, 63, 17]})
    >>> print(rescale_shrink_intro(c))  # doctest: +NORMALIZE_WHITESPACE
    On 1 October text to video (silent) lost about three quarters of its models and text to video with
    audio about half, and both moved to a new [anchor](#glossary-anchor), the model pinned at 1,000.
    """
    first = churn.drop_duplicates("pool")
    parts = [(str(r.pool)[0].lower() + str(r.pool)[1:], _share_words(r.left / r.models_before))
             for r in first.itertuples()]
    lost = f"{parts[0][0]} lost about {parts[0][1]} of its models"
    lost += "".join(f" and {name} about {share}" for name, share in parts[1:])
    both = "both" if len(parts) == 2 else "all" if len(parts) > 2 else "it"
    return (f"On 1 October {lost}, and {both} moved to a new [anchor](#glossary-anchor), the model pinned "
            "at 1,000.")


def rescale_churn_text(churn: pd.DataFrame) -> str:
    """How the silent pool's board shrank at the re-rating (``churn``: :func:`rescale_churn_table`, first
    row the day-apart boards, second the downloaded ones), and roughly how much of the fall is the anchor,
    with the range of the rest over every pair of boards of ``churn``.

    >>> c = pd.DataFrame({"pool": ["P", "P"], "boards": ["30 Sep → 1 Oct (rebuilt)",
    ...     "14 Sep → 4 Oct (downloaded)"], "models_before": [81, 83], "left": [60, 63], "joined": [9, 11],
    ... "models_after": [30, 31], "anchor_before": [1230.0, 1240.0], "fall_median": [240.0, 241.5]})
    >>> print(rescale_churn_text(c))  # doctest: +NORMALIZE_WHITESPACE
    The p board shrank at the re-rating itself: of its 81 models of 30 September, 60 were gone a day later
    and 9 were new. The model pinned at 1,000 after the change had been
    rated
    1230 on the rebuilt 30 September board and 1240 on the downloaded 14 September one. Of the median fall
    of 240 to 242 points, about 230 to 240 come from moving the reference point to that model and about 2 to
    10 from the re-rating itself (depending on the pair of boards compared), if the re-rating left the
    anchor's own rating in place.
    >>> q = pd.DataFrame({"pool": ["Q", "Q"], "boards": c["boards"], "models_before": 36, "left": 17,
    ...     "joined": 8, "models_after": 27, "anchor_before": [1095.0, 1108.0],
    ...     "fall_median": [104.0, 110.0]})
    >>> print(rescale_churn_text(pd.concat([c, q])).split("model and ")[1])  # doctest: +NORMALIZE_WHITESPACE
    about 2 to 10 from the re-rating itself (depending on the pair of boards compared), if the re-rating left
    the anchor's own rating in place; in q, about 95 to 108 and 2 to 9 of a fall of 104 to 110.
    """
    first_pool = churn[churn["pool"] == churn["pool"].iloc[0]]
    a, b = first_pool.iloc[0], first_pool.iloc[-1]

    def days(row: pd.Series) -> tuple[str, str]:
        pre, post = row["boards"].split(" (")[0].split(" → ")
        full = {"Sep": "September", "Oct": "October", "Aug": "August", "Nov": "November"}
        return tuple(f"{d.split()[0]} {full.get(d.split()[1], d.split()[1])}" for d in (pre, post))

    (a0, _), (b0, _) = days(a), days(b)
    def span(values: pd.Series) -> str:
        low, high = round(float(values.min())), round(float(values.max()))
        return f"{low}" if low == high else f"{low} to {high}"

    def kind(row: pd.Series) -> str:
        return "downloaded" if "(downloaded" in row["boards"] else "rebuilt"

    if len(first_pool) == 1:
        rated = f"{a['anchor_before']:.0f} on the {kind(a)} {a0} board"
    elif a["anchor_before"] == b["anchor_before"]:
        rated = f"{a['anchor_before']:.0f} on the old scale"
    else:
        rated = (f"{a['anchor_before']:.0f} on the {kind(a)} {a0} board and {b['anchor_before']:.0f} on the "
                 f"{kind(b)} {b0} one")
    others = churn[churn["pool"] != a["pool"]]
    also = "".join(f"; in {pool.lower()}, about {span(g['anchor_before'] - 1000)} and "
                   f"{span(g['fall_median'] - g['anchor_before'] + 1000)} of a fall of "
                   f"{span(g['fall_median'])}" for pool, g in others.groupby("pool", sort=False))
    mine = churn[churn["pool"] == a["pool"]]
    were = 'was' if a['joined'] == 1 else 'were'
    return (f"The {a['pool'].lower()} board shrank at the re-rating itself: of its {a['models_before']} "
            f"models of {a0}, "
            f"{a['left']} were gone a day later and {a['joined']} {were} new. "
            "The model pinned at 1,000 after "
            f"the change had been rated {rated}. Of the median fall of {span(mine['fall_median'])} points, "
            f"about {span(mine['anchor_before'] - 1000)} come from moving the reference point to that model "
            f"and about {span(mine['fall_median'] - mine['anchor_before'] + 1000)} from the re-rating itself"
            f"{' (depending on the pair of boards compared)' if len(first_pool) > 1 else ''}, if the "
            f"re-rating left the anchor's own rating in place{also}.{_spread_words(churn)}")


def _spread_words(rows: pd.DataFrame) -> str:
    """' Models did not all fall alike: ...' from the middle half of the falls (``fall_middle``, 'low–high')
    of each pool's pairs of boards (``rows``: :func:`rescale_churn_table`, ``pool``), the first pool named
    in full and the others by what they add to it; '' without that column.

    >>> r = pd.DataFrame({"pool": ["Text to video (silent)"] * 2 + ["Text to video with audio"] * 2,
    ...                   "fall_middle": ["230–262", "222–259", "80–122", "88–125"]})
    >>> print(_spread_words(r))  # doctest: +NORMALIZE_WHITESPACE
     Models did not all fall alike: the middle half of the falls spans 32 to 37 points in text to video
    (silent) and 37 to 42 with audio (table below), so the gaps between models changed as well.
    >>> print(_spread_words(r.iloc[:2].drop(columns="pool")))  # doctest: +NORMALIZE_WHITESPACE
     Models did not all fall alike: the middle half of the falls spans 32 to 37 points (table below), so
    the gaps between models changed as well.
    """
    if "fall_middle" not in rows:
        return ""

    def width(middles: pd.Series) -> str:
        bounds = [tuple(int(v) for v in str(m).split("–")) for m in middles]
        widths = sorted(high - low for low, high in bounds)
        return f"{widths[0]}" if widths[0] == widths[-1] else f"{widths[0]} to {widths[-1]}"

    if "pool" not in rows or rows["pool"].nunique() < 2:
        said = f"{width(rows['fall_middle'])} points"
    else:
        groups = list(rows.groupby("pool", sort=False)["fall_middle"])
        first = str(groups[0][0])
        said = f"{width(groups[0][1])} points in {first[0].lower() + first[1:]}"
        for name, middles in groups[1:]:
            name = str(name)
            rest = name[len(first.split(" (")[0]):].strip() if name.startswith(first.split(" (")[0]) else name
            said += f" and {width(middles)} {rest[0].lower() + rest[1:]}"
    return (f" Models did not all fall alike: the middle half of the falls spans {said} (table below), so "
            "the gaps between models changed as well.")


def cross_archive_text(rankings: pd.DataFrame, provenance: pd.DataFrame, rebuilt: pd.Series) -> str:
    """How well two independent archives agree where both downloaded the same pool on the same day: the
    grade-A ratings of ``rankings`` (``source_id``, ``elo``, ``evidence``) whose files (``provenance``:
    ``source_id``, ``repository``, ``snapshot_time``; ``rebuilt`` marks rebuilt files) come from two
    repositories, with the hours between the saves; '' when no board of a pool and day is held twice.

    >>> r = pd.DataFrame({"arena": "A", "category": "t", "snapshot_date": pd.Timestamp("2026-08-20"),
    ...     "model": ["a", "b", "a", "b"], "elo": [916.0, 900.0, 914.0, 900.0], "evidence": "A",
    ...     "source_id": ["x", "x", "y", "y"]})
    >>> p = pd.DataFrame({"source_id": ["x", "y"], "repository": ["o/x", "o/y"],
    ...     "snapshot_time": ["2026-08-20T01:56:20Z", "2026-08-20T12:48:22Z"]})
    >>> print(cross_archive_text(r, p, pd.Series([False, False])))  # doctest: +NORMALIZE_WHITESPACE
    Two independent downloaded archives both hold one board (20 August 2026), saved 11 hours apart: of
    their 2 shared ratings, 1 is identical and the rest differ by a median 2 points, at most 2. The arena
    may change its board between saves, so this shows close agreement, not exactness.
    """
    files = provenance.loc[~rebuilt.astype(bool).to_numpy(), ["source_id", "repository", "snapshot_time"]]
    m = rankings[rankings["evidence"].astype(str) == "A"].merge(files, on="source_id")
    keys = ["arena", "category", "snapshot_date"]
    days = m.groupby(keys, observed=True)["repository"].nunique()
    days = days[days > 1]
    if days.empty:
        return ""
    m = m.set_index(keys).loc[days.index].reset_index()
    per = m.groupby([*keys, "model"], observed=True).agg(n=("repository", "nunique"), lo=("elo", "min"),
                                                        hi=("elo", "max"))
    diff = (per.loc[per["n"] > 1, "hi"] - per.loc[per["n"] > 1, "lo"]).astype(float)
    saved = pd.to_datetime(m["snapshot_time"]).groupby([m[k] for k in keys]).agg(["min", "max"])
    hours = ((saved["max"] - saved["min"]).dt.total_seconds() / 3600).round().astype(int)
    apart = f"{hours.min()}" if hours.min() == hours.max() else f"{hours.min()} to {hours.max()}"
    dates = sorted(pd.Timestamp(d) for d in days.index.get_level_values("snapshot_date").unique())
    when = fmt.day(dates[0]) if len(dates) == 1 else f"{dates[0]:%-d}–{fmt.day(dates[-1])}"
    n = len(days)
    held = "one board" if n == 1 else f"the same {n} boards"
    same = int((diff == 0).sum())
    rest = diff[diff > 0]
    moved = (f"the rest differ by a median {rest.median():.0f} points, at most {rest.max():.0f}" if len(rest)
             else "none differs")
    return (f"Two independent downloaded archives both hold {held} ({when}), saved {apart} hours apart: of "
            f"their {len(diff):,} shared ratings, {same:,} {'is' if same == 1 else 'are'} identical and "
            f"{moved}. The arena may change its board between saves, so this shows close agreement, not "
            "exactness.")


def data_box(latest: pd.DataFrame, others: pd.DataFrame, vendor_day: object, forecasts: pd.DataFrame,
             build: object = None, *, arena: str = "Artificial Analysis",
             vendor_pages: pd.Series | None = None, pages: pd.DataFrame | None = None) -> str:
    """The data-as-of box by kind of data: leaderboards (newest board of ``arena``, ``latest``:
    :func:`videomarket.data.rebuilt_boards`, with the newest downloaded one, and of each arena of
    ``others``), vendor figures (``vendor_day``, the date the newest figure refers to; with
    ``vendor_pages``, the publication dates of the pages that report them, the newest page when it is
    later) and market forecasts (how many give a publication date; with ``pages``, the Sources list's
    ``source_id`` and ``published``, how many are dated by their publisher, how many only by the date of the
    page quoting them, and the range of those dates),
    each with its age at the build: one short line each, joined by line breaks.

    >>> b = pd.DataFrame({"arena": "A", "category": "t", "snapshot_date": pd.to_datetime(["2026-10-06",
    ...     "2026-10-10"]), "rebuilt_only": [False, True]})
    >>> o = pd.DataFrame({"arena": "L", "category": "t", "snapshot_date": pd.to_datetime(["2026-09-05",
    ...     "2026-09-21"]), "rebuilt_only": [False, True]})
    >>> f = pd.DataFrame({"publisher": ["p", "q"], "published": ["2024", None]})
    >>> print(data_box(b, o, "2026-05-28", f, "2026-12-07", arena="A"))  # doctest: +NORMALIZE_WHITESPACE
    A leaderboards: to 10 October 2026, 58 days old. The newest boards are [rebuilt, not
    verified](#glossary-rebuilt-file); exact downloads end on 6 October.<br>
    L leaderboards: to 21 September 2026, 77 days old. The newest boards are rebuilt, not verified; exact
    downloads end on 5 September.<br>
    Vendor figures: newest is dated 28 May 2026, 193 days old.<br>
    Market forecasts: 1 of 2 carries its own date (2024). The age of the other forecast is unknown.<br>
    Built 7 December 2026.
    >>> pages = pd.Series(["2026-06-03", "2026", None])
    >>> print(data_box(b, o, "2026-05-28", f, "2026-12-07", arena="A",
    ...                vendor_pages=pages))  # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
    A leaderboards: ... Vendor figures: newest figure of 28 May 2026, 193 days old. The newest page, of
    3 June 2026, reports an older figure.<br> Market forecasts: ...
    """
    built = pd.Timestamp(build if build is not None else pd.Timestamp.today()).normalize()

    def board(frame: pd.DataFrame, name: str, first: bool) -> str:
        day = pd.Timestamp(frame["snapshot_date"].max())
        said = f"{name} leaderboards: to {fmt.day(day)}, {(built - day).days} days old."
        if not frame.loc[frame["snapshot_date"] == day, "rebuilt_only"].astype(bool).all():
            return said
        down = frame.loc[~frame["rebuilt_only"].astype(bool), "snapshot_date"]
        tail = f"; exact downloads end on {pd.Timestamp(down.max()):%-d %B}" if len(down) else ""
        return said + f" The newest boards are {REBUILT if first else 'rebuilt, not verified'}{tail}."

    boards = [board(latest, arena, True)] + [board(g, name, False) for name, g in others.groupby("arena")]
    vendor = pd.Timestamp(vendor_day).normalize()
    keys = [c for c in ("publisher", "edition", "definition") if c in forecasts]
    dated = forecasts.dropna(subset=["published"]) if "published" in forecasts else forecasts.iloc[:0]
    n_all = len(forecasts.drop_duplicates(keys)) if keys else len(forecasts)
    n_dated = len(dated.drop_duplicates(keys)) if keys else len(dated)
    if n_dated:
        newest = max(dated["published"].astype(str), key=lambda p: (p + "-99-99")[:10])
        rest = ("age of the other forecast is unknown" if n_all - n_dated == 1
                else f"age of the other {n_all - n_dated} forecasts is unknown")
        market = f"{n_dated} of {n_all} carries its own date ({newest}). The {rest}"
    else:
        market = f"none of the {n_all} dated"
    if pages is not None and "source_id" in forecasts and keys:
        market = _forecast_dating(forecasts, pages, keys)
    if vendor_pages is None:
        vendor_said = f"newest is dated {fmt.day(vendor)}, {(built - vendor).days} days old"
    else:
        full = [pd.Timestamp(d) for d in vendor_pages.dropna().astype(str) if len(d) == 10]
        page = max(full) if full else None
        vendor_said = (f"newest figure of {fmt.day(vendor)}, {(built - vendor).days} days old"
                       + (f". The newest page, of {fmt.day(page)}, reports an older figure"
                          if page is not None and page > vendor else ""))
    # one short line per kind of data; the leaderboards' date comes first (the page header takes it)
    return "<br>\n".join([*boards, f"Vendor figures: {vendor_said}.", f"Market forecasts: {market}.",
                          f"Built {fmt.day(built)}."])


def _month(stamp: str) -> str:
    """'2024', 'January 2026' or 'July 2026' from a date given to the year, month or day."""
    return stamp if len(stamp) == 4 else f"{pd.Timestamp(stamp[:7] + '-01'):%B %Y}"


def _forecast_dating(forecasts: pd.DataFrame, pages: pd.DataFrame, keys: list[str]) -> str:
    """How the market forecasts (one per ``keys``) can be dated: by their publisher (a ``published`` date
    that is not the quoting page's), only by the date the Sources list (``pages``) gives the page quoting
    them, with the range of those dates, or not at all.

    >>> f = pd.DataFrame({"publisher": ["p", "p", "q", "r", "s"],
    ...     "published": [None, None, "2024", None, None],
    ...     "source_id": ["a", "a", "b", "c", "d"]})
    >>> pages = pd.DataFrame({"source_id": ["a", "b", "c", "d"], "published": ["2026-07-31", "2024", None,
    ...     "2026-01"]})
    >>> print(_forecast_dating(f, pages, ["publisher"]))
    ... # doctest: +NORMALIZE_WHITESPACE
    none is dated by its publisher. 3 of 4 can be dated only by the page quoting them (2024 to July 2026);
    the other 1 not at all
    """
    page_day = pages.set_index(pages["source_id"].astype(str))["published"]
    one = forecasts.drop_duplicates(keys)
    quoted = one["source_id"].astype(str).map(page_day)
    own = one["published"] if "published" in one else pd.Series(None, index=one.index)
    by_publisher = own.notna() & (own.astype(str) != quoted.astype(str))
    by_page = ~by_publisher & quoted.notna()
    n_pub, n_page = int(by_publisher.sum()), int(by_page.sum())
    days = sorted(quoted[by_page].astype(str), key=lambda d: (d + "-99-99")[:10])
    text = ("none is dated by its publisher" if not n_pub
            else f"{n_pub} of {len(one)} {'is' if n_pub == 1 else 'are'} dated by their publisher")
    if n_page:
        first, last = _month(days[0]), _month(days[-1])
        span = first if first == last else f"{first} to {last}"
        text += (f". {n_page} of {len(one)} can be dated only by the page quoting "
                 f"{'it' if n_page == 1 else 'them'} ({span})")
    rest = len(one) - n_pub - n_page
    return text + (f"; the other {rest} not at all" if rest else "")


def rebuilt_primer(boards: pd.DataFrame, read_on: object, rerated: object = None, *,
                   verified: pd.DataFrame | None = None, latest: pd.DataFrame | None = None,
                   provenance: pd.DataFrame | None = None, built: object = None,
                   checks: bool = True, archives: bool = True, advice: bool = True) -> str:
    """The main line's plain account of the data, the one place that states the rebuild caveat in full:
    what a board and a pool are, what a downloaded and a rebuilt copy are, where the rebuilt files are,
    how far the checks on rebuilt copies reach (``boards``: :func:`videomarket.data.rebuilt_boards`,
    ``checked`` pool-days with both kinds of copy, their ``category`` and ``shared`` entries), and, first,
    what that means for the reader: which boards to cite (up to the last downloaded board of each kind of
    pool), which to treat as provisional and, with ``rerated`` (the day of a re-rating), across which day
    not to compare ratings. ``read_on`` is kept for compatibility: the day the search index was read is
    told in the archives section, with how the files were reached. It defines terms only: the top-8 copies
    are told in the method notes. With ``verified`` and ``latest`` (board_certainty of the last downloaded
    board and of the newest, leader first) the advice names the #1 to cite from each and sends the reader to
    the live leaderboard for today's #1, saying how old the newest board is at ``built`` (default: today).
    With ``provenance`` (:func:`videomarket.data.load_provenance`) it says how many archive files could not be
    downloaded and why, as the data notes record it.

    >>> b = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-08-20", "2026-08-27", "2026-10-05",
    ...     "2026-10-06", "2026-10-10"]), "rebuilt_only": [False, True, False, False, True],
    ...     "checked": [False, False, True, False, False], "shared": [0, 0, 8, 0, 0],
    ...     "category": "text-to-video"})
    >>> print(rebuilt_primer(b, "2026-12-06", "2026-10-01"))  # doctest: +NORMALIZE_WHITESPACE
    **How to read this note.**
    <BLANKLINE>
    - **What this means for you:** cite downloaded boards, up to 6 October 2026; treat rebuilt boards,
      which all date from 27 August on, as provisional; do not compare ratings across the 1 October 2026
      [re-rating](#glossary-re-rating).
    - Artificial Analysis and LMArena run blind-vote video [arenas](#glossary-arena): people pick the better
      of two clips from hidden models, and the arenas publish ratings as leaderboards.
      A [board](#glossary-board) is one day's leaderboard of one [pool](#glossary-pool), one
      of an arena's separate contests.
    - The project relies on public GitHub archives that saved copies of these leaderboards. A downloaded
      board is an archive's exact file at one commit. We could not download some archive files; we
      transcribed their values from a third-party code-search service's copy of them. Each such
      [rebuilt copy](#glossary-rebuilt-file) names its archive file and commit, linked in the Sources, so
      anyone can [check it](#where-the-archived-copies-come-from).
    - Each was kept only if its length and model count matched the service's text; a mistyped digit would
      pass. Only one board has both kinds of copy, text to video (silent) on 5
      October 2026, and its 8 shared ratings all match.
    >>> print(rebuilt_primer(b, "2026-12-06").splitlines()[2])  # doctest: +NORMALIZE_WHITESPACE
    - **What this means for you:** cite downloaded boards, up to 6 October 2026; treat rebuilt boards,
      which all date from 27 August on, as provisional.
    >>> v = pd.DataFrame({"model_name": ["Gemini Omni Flash"], "snapshot_date": pd.Timestamp("2026-08-01")})
    >>> n = pd.DataFrame({"model_name": ["Wan 3.0"], "snapshot_date": pd.Timestamp("2026-10-10")})
    >>> print(rebuilt_primer(b, "2026-12-06", "2026-10-01", verified=v, latest=n,
    ...                      built="2026-12-07").splitlines()[2])
    ... # doctest: +NORMALIZE_WHITESPACE
    - **What this means for you:** For a #1 from an exactly downloaded copy, cite the 1 August 2026 board
      (Gemini Omni Flash; a third party's archive, not checked with the publisher). For the latest #1, cite
      10 October 2026 (Wan 3.0) as unverified. Check the [live
      leaderboard](https://artificialanalysis.ai/) for today's #1; the newest board here is 58 days old.
      Treat rebuilt boards, which all date from 27 August on, as provisional; do not compare ratings across
      the 1 October 2026 [re-rating](#glossary-re-rating).
    >>> prov = pd.DataFrame({"repository": ["o/a", "o/b", "o/c"],
    ...     "note": ["(git clone)", "read from the search index", "origin not recorded"]})
    >>> print(rebuilt_primer(b, "2026-12-06", provenance=prov).splitlines()[4])
    ... # doctest: +NORMALIZE_WHITESPACE
    - The project relies on public GitHub archives that saved copies of these leaderboards. It downloaded 1
      of their 3 files exactly. It could not download the other 2 for this edition: for 1 of them it could
      read only the text a code-search service held (not public, so it cannot be linked), and
      [rebuilt](#glossary-rebuilt-file) its values from that text; how the last 1 was
      obtained is not recorded. Anyone with web access can download each file at the commit linked in the
      Sources and [check it](#where-the-archived-copies-come-from).

    With ``checks=False`` the last bullet (how rebuilt copies were kept, and the boards with both kinds of
    copy) is left out, with ``archives=False`` the bullet on the archives (:func:`download_reason` tells it):

    >>> rebuilt_primer(b, "2026-12-06", provenance=prov, checks=False).splitlines()[-1].startswith("- The")
    True
    >>> rebuilt_primer(b, "2026-12-06", provenance=prov, checks=False, archives=False).rstrip().endswith(
    ...     "one of an arena's separate contests.")
    True

    With ``advice=False`` the advice is left out, for a note that gives it in its main line
    (:func:`reader_advice`):

    >>> rebuilt_primer(b, "2026-12-06", advice=False).splitlines()[2].startswith("- Artificial Analysis")
    True
"""
    checked = boards[boards["checked"].astype(bool)]
    shared = int(checked["shared"].sum())
    matched = "all match" if checked.get("agree", pd.Series(True, index=checked.index)).astype(bool).all() \
        else "do not all match"
    if len(checked) == 1:
        row = checked.iloc[0]
        pairs = (f"Only one board has both kinds of copy, {pool_label(row['category']).lower()} on "
                 f"{fmt.day(row['snapshot_date'])}, and its {shared:,} shared ratings {matched}")
    elif checked.empty:
        pairs = "No board has both kinds of copy, so none could be compared"
    else:
        pairs = (f"Only {len(checked):,} boards have both kinds of copy, and their {shared:,} shared "
                 f"ratings {matched}")
    del read_on  # told once, in the archives section
    told = _advice(boards, rerated, verified=verified, latest=latest, built=built)
    copied = ("We could not download some archive files; we transcribed their values from a third-party "
              "code-search service's copy of them. Each such "
              "[rebuilt copy](#glossary-rebuilt-file) names its archive file and commit, linked in the "
              "Sources, so anyone can [check it](#where-the-archived-copies-come-from).")
    index = "the service's"
    if provenance is not None:
        copied = _download_account(provenance)
        index = "the index's"
    return ("**How to read this note.**\n\n"
            + (f"- **What this means for you:** {told}.\n" if advice else "")
            + "- Artificial Analysis and LMArena run blind-vote video [arenas](#glossary-arena): people pick "
            "the better of two clips from hidden models, and the arenas publish ratings as leaderboards. "
            "A [board](#glossary-board) is one day's leaderboard of one "
            "[pool](#glossary-pool), one of an arena's separate contests.\n"
            + ("" if not archives else
               f"- The project relies on public GitHub archives that saved copies of these leaderboards. "
               f"{copied}" if provenance is not None else
               "- The project relies on public GitHub archives that saved copies of these leaderboards. A "
               f"downloaded board is an archive's exact file at one commit. {copied}")
            + ("" if not checks else
               f"\n- Each was kept only if its length and model count matched {index} text; a mistyped "
               f"digit would pass. {pairs}."))


def reading_terms(rescales: pd.DataFrame) -> str:
    """Report 00's short reading guide for the main line, defining the words its key findings use: arena,
    board, pool, anchor and the re-rating (``rescales``: :func:`videomarket.leaderboard.scale_changes`, one
    row per pool that moved to a new anchor, with ``arena``, ``category`` and ``date``; only the first
    day's are told; empty: no re-rating sentence).

    >>> r = pd.DataFrame({"arena": "Artificial Analysis", "date": pd.Timestamp("2026-10-01"),
    ...                   "category": ["text-to-video", "text-to-video-audio"]})
    >>> print(reading_terms(r))  # doctest: +NORMALIZE_WHITESPACE
    **How to read this note.** Artificial Analysis and LMArena are video [arenas](#glossary-arena): people
    vote blind between two models' clips, and the arenas publish ratings as leaderboards. A
    [board](#glossary-board) is one day's leaderboard of one [pool](#glossary-pool), one of an arena's
    separate contests. Artificial Analysis pins one model, the [anchor](#glossary-anchor), at 1,000. On 1
    October 2026 it [re-rated](#glossary-re-rating) text to video (silent) and text to video with audio: it
    recomputed their ratings against a new anchor.
    """
    text = ("**How to read this note.** Artificial Analysis and LMArena are video [arenas](#glossary-arena): "
            "people vote blind between two models' clips, and the arenas publish ratings as leaderboards. A "
            "[board](#glossary-board) is one day's leaderboard of one [pool](#glossary-pool), one of an "
            "arena's separate contests.")
    if rescales.empty:
        return text
    day = pd.Timestamp(rescales["date"].min())
    first = rescales[pd.to_datetime(rescales["date"]) == day]
    arena = str(first["arena"].iloc[0])
    pools = [pool_label(str(c)).lower() for c in dict.fromkeys(first["category"].astype(str))]
    named = pools[0] if len(pools) == 1 else ", ".join(pools[:-1]) + f" and {pools[-1]}"
    return (text + f" {arena} pins one model, the [anchor](#glossary-anchor), at 1,000. On {fmt.day(day)} it "
            f"[re-rated](#glossary-re-rating) {named}: it recomputed their ratings against a new anchor.")


def reader_advice(boards: pd.DataFrame, rerated: object = None, *, verified: pd.DataFrame | None = None,
                  latest: pd.DataFrame | None = None, built: object = None) -> str:
    """What the data means for the reader, as a paragraph for the main line: which #1 to cite from the last
    downloaded board and from the newest, where to check today's, which boards are provisional and across
    which re-rating not to compare (arguments as :func:`rebuilt_primer`, which gives the same advice as a
    bullet).

    >>> b = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-08-01", "2026-10-10"]),
    ...     "rebuilt_only": [False, True], "category": "text-to-video"})
    >>> v = pd.DataFrame({"model_name": ["Gemini Omni Flash"], "snapshot_date": pd.Timestamp("2026-08-01")})
    >>> n = pd.DataFrame({"model_name": ["Wan 3.0"], "snapshot_date": pd.Timestamp("2026-10-10")})
    >>> print(reader_advice(b, "2026-10-01", verified=v, latest=n, built="2026-12-07"))
    ... # doctest: +NORMALIZE_WHITESPACE
    **What this means for you.** For a #1 from an exactly downloaded copy, cite the 1 August 2026 board
    (Gemini Omni Flash; a third party's archive, not checked with the publisher). For the latest #1, cite
    10 October 2026 (Wan 3.0) as unverified. Check the [live
    leaderboard](https://artificialanalysis.ai/) for today's #1; the newest board here is 58 days old.
    Treat rebuilt boards, which all date from 10 October on, as provisional; do not compare ratings across
    the 1 October 2026 [re-rating](#glossary-re-rating).
    """
    told = _advice(boards, rerated, verified=verified, latest=latest, built=built)
    return f"**What this means for you.** {told}."


def _advice(boards: pd.DataFrame, rerated: object = None, *, verified: pd.DataFrame | None = None,
            latest: pd.DataFrame | None = None, built: object = None) -> str:
    """The advice of :func:`rebuilt_primer` and :func:`reader_advice`, without its closing full stop."""
    only = boards["rebuilt_only"].astype(bool)
    last = pd.Timestamp(boards.loc[~only, "snapshot_date"].max())
    first = pd.Timestamp(boards.loc[only, "snapshot_date"].min())
    which = "" if not only.any() else f", which all date from {first:%-d %B} on,"
    across = ("" if rerated is None else
              f"; do not compare ratings across the {fmt.day(rerated)} [re-rating](#glossary-re-rating)")
    until = _cite_until(boards, link=False) if "category" in boards else fmt.day(last)
    up_to = f"up to {until}" if " for " not in until else f"up to {until.replace(' and ', ', ', 1)}"
    advice = f"cite downloaded boards, {up_to}; treat rebuilt boards{which} as provisional{across}"
    if verified is not None and latest is not None and len(verified) and len(latest):
        sure, new = verified.iloc[0], latest.iloc[0]
        today = pd.Timestamp(built if built is not None else pd.Timestamp.today()).normalize()
        age = (today - pd.Timestamp(boards["snapshot_date"].max())).days
        advice = (f"For a #1 from an exactly downloaded copy, cite the {fmt.day(sure['snapshot_date'])} "
                  f"board ({sure['model_name']}; a third party's archive, not checked with the publisher). "
                  f"For the latest #1, cite {fmt.day(new['snapshot_date'])} ({new['model_name']}) as "
                  f"unverified. Check the [live leaderboard]({ARENA_SITE}) for today's #1; the "
                  f"newest board here is {fmt.count(age, 'day')} old. Treat rebuilt "
                  f"boards{which} as provisional{across}")
    return advice


def _download_account(provenance: pd.DataFrame) -> str:
    """How many archive files were downloaded exactly and why the rest were not, as the data notes record
    it (``provenance``: :func:`videomarket.data.load_provenance`)."""
    from videomarket.data import copied_from_index_text, rebuilt_from_text

    missing = rebuilt_from_text(provenance)
    n_text = int((missing & copied_from_index_text(provenance)).sum())
    rest = int(missing.sum()) - n_text
    clones = len(provenance) - int(missing.sum())
    copied = (f"It downloaded {clones:,} of their {fmt.count(len(provenance), 'file')} exactly. It could not "
              f"download the other {int(missing.sum()):,} for this edition: for {n_text:,} of them it could "
              "read only the text a code-search service held (not public, so it cannot be linked), and "
              f"[rebuilt](#glossary-rebuilt-file) {'its' if n_text == 1 else 'their'} values from that "
              "text")
    if rest:
        copied += (f"; how the last {rest:,} {'was' if rest == 1 else 'were'} obtained is not recorded")
    return copied + (". Anyone with web access can download each file at the commit linked in the Sources "
                     "and [check it](#where-the-archived-copies-come-from).")


def download_reason(provenance: pd.DataFrame) -> str:
    """The first screen's short account of why most archive copies are rebuilt, not downloaded
    (``provenance``: :func:`videomarket.data.load_provenance`); :func:`rebuilt_primer` tells the rest.

    >>> prov = pd.DataFrame({"repository": ["o/a", "o/b", "o/c"],
    ...     "note": ["(git clone)", "read from the search index", "origin not recorded"]})
    >>> print(download_reason(prov))  # doctest: +NORMALIZE_WHITESPACE
    **Why most copies are rebuilt.** The project relies on public GitHub archives of the leaderboards. It
    downloaded 1 of their 3 files exactly. It could not download the other 2 for this edition: for 1 of
    them it could read only the text a code-search service held (not public, so it cannot be linked), and
    [rebuilt](#glossary-rebuilt-file) its values from that text; how the last 1 was obtained is not
    recorded. Anyone with web access can download each file at the commit linked in the Sources and
    [check it](#where-the-archived-copies-come-from).
    """
    return ("**Why most copies are rebuilt.** The project relies on public GitHub archives of the "
            f"leaderboards. {_download_account(provenance)}")


def next_day_text(boards: pd.DataFrame, check: pd.DataFrame) -> str:
    """How close the first rebuilt board after the last downloaded one (``boards``:
    :func:`videomarket.data.rebuilt_boards`) lies to it when it is the next day's (``check``:
    :func:`videomarket.data.next_day_check`, ``rebuilt_day``, ``max_diff``); '' otherwise.

    >>> b = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-08-01", "2026-08-02", "2026-10-10"]),
    ...     "rebuilt_only": [False, True, True]})
    >>> c = pd.DataFrame({"rebuilt_day": pd.to_datetime(["2026-08-02"]), "max_diff": [6.0]})
    >>> print(next_day_text(b, c))  # doctest: +NORMALIZE_WHITESPACE
    Every rating on the rebuilt 2 August board is within 6 points of the downloaded 1 August board.
    >>> next_day_text(b, c.iloc[:0])
    ''
    """
    only = boards["rebuilt_only"].astype(bool)
    last = pd.Timestamp(boards.loc[~only, "snapshot_date"].max())
    if not len(check):
        return ""
    next_day = check[pd.to_datetime(check["rebuilt_day"]) == last + pd.Timedelta(days=1)]
    if next_day.empty:
        return ""
    most = float(next_day["max_diff"].max())
    return (f"Every rating on the rebuilt {last + pd.Timedelta(days=1):%-d %B} board is within "
            f"{fmt.number(most)} point{'' if most == 1 else 's'} of the downloaded {last:%-d %B} board.")


def neighbour_day_text(changes: pd.DataFrame, same_day: pd.Series) -> str:
    """The check of rebuilt boards against every downloaded board of the same pool a day away (``changes``:
    :func:`videomarket.data.neighbour_day_changes`), set against the same measure between downloaded
    boards a day apart and against two archives' copies of one day (``same_day``:
    :func:`videomarket.data.same_day_differences`); said to be no verification.

    >>> c = pd.DataFrame({"category": "t", "day": pd.to_datetime(["2026-09-02", "2026-09-02",
    ...     "2026-05-02", "2026-05-02"]), "kind": ["rebuilt", "rebuilt", "downloaded", "downloaded"],
    ...     "diff": [0.0, 3.0, 0.25, 9.5]})
    >>> print(neighbour_day_text(c, pd.Series([0.0, 2.0, 8.0])))  # doctest: +NORMALIZE_WHITESPACE
    We compared 1 pair of boards of one pool a day apart, one downloaded and one rebuilt. They share 2
    ratings of the same models. A model's rating moved by a median 1.5 points, and by at most 3. Between
    downloaded boards a day apart (1 pair), the median was 4.9 and the largest 9.5. Two archives' copies of
    the same day differ by up to 8. The rebuilt boards move no more than downloaded ones: a check of
    plausibility, not a verification.
    """
    def pairs(kind: str) -> pd.DataFrame:
        return changes[changes["kind"] == kind]

    rebuilt, downloaded = pairs("rebuilt"), pairs("downloaded")
    if rebuilt.empty:
        return ""

    def n_pairs(part: pd.DataFrame) -> int:
        return int(part.groupby(["category", "day"], observed=True).ngroups)

    def num(value: float) -> str:
        return f"{value:,.1f}".removesuffix(".0")

    text = (f"We compared {fmt.count(n_pairs(rebuilt), 'pair')} of boards of one pool a day apart, one "
            f"downloaded and one rebuilt. They share {len(rebuilt):,} ratings of the same models. A model's "
            f"rating moved by a median {num(rebuilt['diff'].median())} points, and by at most "
            f"{num(rebuilt['diff'].max())}.")
    if not downloaded.empty:
        text += (f" Between downloaded boards a day apart ({fmt.count(n_pairs(downloaded), 'pair')}), the "
                 f"median was {num(downloaded['diff'].median())} and the largest "
                 f"{num(downloaded['diff'].max())}.")
        text += (f" Two archives' copies of the same day differ by up to "
                 f"{num(float(same_day.max()))}." if len(same_day) else "")
    baseline = max(downloaded["diff"].max(), float(same_day.max()) if len(same_day) else 0.0)
    worse = not downloaded.empty and rebuilt["diff"].max() > baseline
    verdict = ("Some rebuilt boards move more than downloaded ones ever do" if worse
               else "The rebuilt boards move no more than downloaded ones")
    return f"{text} {verdict}: a check of plausibility, not a verification."


#: Plain headers of :func:`digit_slip_table`.
DIGIT_SLIP_TABLE = {
    "slip": "Wrong digit in the copy",
    "reading": "True rating if so",
    "chance": "Chance of being truly #1",
    "ruled_out": "Ruled out by the board before?",
}


def _chance_words(p: float) -> str:
    """A chance of being #1 as the tables give it; rounding never shows 0% or 100%."""
    if p >= 0.9995:
        return "over 99.9%"
    if p < 0.0005:
        return "under 0.1%"
    return fmt.pct(p, 0)


def slip_chance_sentence(board: pd.DataFrame, earlier: pd.DataFrame,
                         slips: tuple[pd.DataFrame, pd.DataFrame], spread: float, step: int = 10) -> str:
    """What a wrong tens digit (``step`` points) in the latest #1's rating that the board before
    (``earlier``) cannot rule out would make its chance of being truly #1 (``board``: board_certainty,
    leader first; ``slips``: the chances with its rating ``step`` lower and higher, as
    :func:`videomarket.leaderboard.wrong_digit_odds` gives them), in reports 02 and 04's words ("as low
    as about"); a slip is ruled out when the rating it implies lies more than ``spread`` points from the
    leader's rating on ``earlier`` (:func:`videomarket.leaderboard.digit_slips_possible`).

    >>> b = pd.DataFrame({"model": ["w", "m"], "model_name": ["Wan 3.0", "M"], "elo": [1129.0, 1118.0],
    ...                   "p_leader": [0.8725, 0.1]})
    >>> e = pd.DataFrame({"model": ["w"], "elo": [1127.0]})
    >>> odds = tuple(pd.DataFrame({"model": ["w"], "p_leader": [p]}) for p in (0.4084, 0.994))
    >>> print(slip_chance_sentence(b, e, odds, 8.0))  # doctest: +NORMALIZE_WHITESPACE
    But one slip the board before cannot rule out, a rating 10 points too high, could make Wan 3.0's
    chance of being truly #1 as low as about 41% (87% as copied).
    >>> print(slip_chance_sentence(b, e, odds, 1.0))
    The board before rules out a slip either way.
    """
    lead = board.iloc[0]

    def chance(table: pd.DataFrame) -> str:
        return _chance_words(float(table.loc[table["model"] == lead["model"], "p_leader"].iloc[0]))

    kept = [(table, way) for table, way, possible
            in zip(slips, ("high", "low"), digit_slips_possible(board, earlier, spread, points=step),
                   strict=True) if possible]
    copied = f"({_chance_words(float(lead['p_leader']))} as copied)"
    if not kept:
        return "The board before rules out a slip either way."
    if len(kept) == 2:
        return (f"Neither slip is ruled out by the board before: they would make {lead['model_name']}'s "
                f"chance of being truly #1 about {chance(slips[0])} or {chance(slips[1])} {copied}.")
    table, way = kept[0]
    direction = "low" if way == "high" else "high"
    return (f"But one slip the board before cannot rule out, a rating {step} points too {way}, could make "
            f"{lead['model_name']}'s chance of being truly #1 as {direction} as about {chance(table)} "
            f"{copied}.")


def digit_slip_intro(board: pd.DataFrame, earlier: pd.DataFrame, step: int = 10, *,
                     earlier_rebuilt: bool = False, slips: tuple[pd.DataFrame, pd.DataFrame] | None = None,
                     spread: float | None = None) -> str:
    """The short answer to "could a mistyped digit change the latest #1?": the leader's lead over the
    runner-up on the latest board (``board``: board_certainty, leader first), what a wrong tens digit
    (``step``) in either rating would leave of it, and, against the board before with different ratings
    (``earlier``), how far the ratings of the listings on both moved, each listing counted once (a model
    listed twice counts twice); ``earlier_rebuilt`` says that board is a rebuilt copy too. With ``slips``
    (the chances with the leader's rating ``step`` lower and higher:
    :func:`videomarket.leaderboard.wrong_digit_odds`) and ``spread`` (the widest gap between two copies of
    one day), it also says what a slip the board before cannot rule out would make the leader's chance
    (:func:`slip_chance_sentence`).

    >>> b = pd.DataFrame({"model": ["w", "m", "n"], "model_name": ["Wan 3.0", "MiniMax H3 Max", "X"],
    ...     "elo": [1129.0, 1118.0, 1117.0], "snapshot_date": pd.Timestamp("2026-10-10")})
    >>> e = b.assign(elo=[1127.0, 1117.0, 1116.0], snapshot_date=pd.Timestamp("2026-10-08"))
    >>> print(digit_slip_intro(b, e))  # doctest: +NORMALIZE_WHITESPACE
    Wan 3.0 leads MiniMax H3 Max by 11 points on the rebuilt 10 October copy. A wrong tens digit in either
    rating would leave a lead of 1 or 21 points, so the order stays. All 3 rated listings on
    that board (a model listed twice counts twice) lie within 2 points of their values on the 8 October
    board; the table compares each possible true rating of Wan 3.0 with that board.
    >>> print(digit_slip_intro(b, e, earlier_rebuilt=True).split("; ")[-1])  # doctest: +NORMALIZE_WHITESPACE
    that board is itself rebuilt, so this is a check of consistency, not a verification. The table compares
    each possible true rating of Wan 3.0 with that board.
    """
    lead, second = board.iloc[0], board.iloc[1]
    margin = float(lead["elo"]) - float(second["elo"])
    day = pd.Timestamp(lead["snapshot_date"])
    low, high = margin - step, margin + step
    effect = (f"A wrong tens digit in either rating would leave a lead of {low:.0f} or {high:.0f} points, "
              "so the order stays." if low > 0 else
              f"A wrong tens digit in either rating could leave the lead at {low:+.0f} or {high:.0f} points, "
              "so it could reverse the order.")
    if slips is not None and spread is not None:
        effect += " " + slip_chance_sentence(board, earlier, slips, spread, step)
    both = board[["model", "elo"]].merge(earlier[["model", "elo"]], on="model", suffixes=("", "_then"))
    most = float((both["elo"] - both["elo_then"]).abs().max())
    then = pd.Timestamp(earlier["snapshot_date"].iloc[0])
    return (f"{lead['model_name']} leads {second['model_name']} by {margin:.0f} points on the rebuilt "
            f"{day:%-d %B} copy. {effect} All {len(both):,} rated listings on that board (a model listed "
            f"twice counts twice) lie within {most:.0f} point{'' if most == 1 else 's'} of their values on "
            f"the {then:%-d %B} board; "
            + ("that board is itself rebuilt, so this is a check of consistency, not a verification. The "
               if earlier_rebuilt else "the ")
            + f"table compares each possible true rating of {lead['model_name']} with that board.")


def digit_slip_table(board: pd.DataFrame, earlier: pd.DataFrame, slips: dict[int, pd.DataFrame],
                     spread: float) -> pd.DataFrame:
    """One row per possible wrong digit in the latest #1's rebuilt rating (``board``: board_certainty,
    leader first): ``slips`` maps how many points the true rating lies from the copy's (e.g. -10, 10,
    -100, 100) to the chances with that rating (:func:`videomarket.leaderboard.wrong_digit_odds`), and the
    row says whether the board before (``earlier``) rules it out: it does when the true rating would lie
    more than ``spread`` points (the widest gap between two archives' copies of one day) from the leader's
    rating there.

    >>> b = pd.DataFrame({"model": ["w"], "elo": [1129.0]})
    >>> e = b.assign(elo=[1127.0], snapshot_date=pd.Timestamp("2026-10-08"))
    >>> odds = {-10: pd.DataFrame({"model": ["w"], "p_leader": [0.4084]}),
    ...         100: pd.DataFrame({"model": ["w"], "p_leader": [1.0]})}
    >>> digit_slip_table(b, e, odds, 8.0).to_dict("records")  # doctest: +NORMALIZE_WHITESPACE
    [{'slip': 'Tens, 10 too high', 'reading': '1119', 'chance': '41%',
      'ruled_out': 'No: 8 points from 1127 on 8 October, within the 8 points two copies of one day differ'},
     {'slip': 'Hundreds, 100 too low', 'reading': '1229', 'chance': 'over 99.9%',
      'ruled_out': 'Yes: 102 points from 1127 on 8 October'}]
    """
    lead = board.iloc[0]
    old = float(earlier.loc[earlier["model"] == lead["model"], "elo"].iloc[0])
    then = pd.Timestamp(earlier["snapshot_date"].iloc[0])
    rows = []
    for points, odds in slips.items():
        reading = float(lead["elo"]) + points
        place = "Tens" if abs(points) < 100 else "Hundreds"
        off = abs(reading - old)
        where = f"{off:.0f} point{'' if off == 1 else 's'} from {old:.0f} on {then:%-d %B}"
        rows.append({
            "slip": f"{place}, {abs(points)} too {'high' if points < 0 else 'low'}",
            "reading": f"{reading:.0f}",
            "chance": _chance_words(float(odds.loc[odds["model"] == lead["model"], "p_leader"].iloc[0])),
            "ruled_out": (f"Yes: {where}" if off > spread else
                          f"No: {where}, within the {spread:.0f} points two copies of one day differ"),
        })
    return pd.DataFrame(rows, columns=list(DIGIT_SLIP_TABLE))
