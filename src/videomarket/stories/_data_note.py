"""Sentences and tables of the "about the data" note's main line: the verdict on the data, how much of each
pool's history was downloaded rather than rebuilt, what a rebuild error would do, the rebuilt share on its
three bases, the re-rating's anchor shift and churn, and the data ages by kind.

Example::

    >>> import pandas as pd
    >>> d = pd.DataFrame({"unchanged": [False, False, False], "rebuilt_only": [True, False, False]})
    >>> print(downloaded_share(d))
    67%
"""

from __future__ import annotations

import pandas as pd

from videomarket.stories import fmt
from videomarket.stories._guide import about, pool_label

REBUILT = "[rebuilt, not verified](#glossary-rebuilt-file)"


def _distinct_counts(distinct: pd.DataFrame) -> tuple[int, int]:
    """(boards held only by rebuilt copies, distinct boards) of ``distinct`` (stories.rebuilt_distinct)."""
    kept = distinct[~distinct["unchanged"].astype(bool)]
    return int(kept["rebuilt_only"].astype(bool).sum()), len(kept)


def downloaded_share(distinct: pd.DataFrame) -> str:
    """The share of distinct boards that were downloaded (not held only by rebuilt copies), whole percent."""
    only, n = _distinct_counts(distinct)
    return fmt.pct((n - only) / n, 0)


def data_verdict(distinct: pd.DataFrame, latest_day: object, forecasts: pd.DataFrame, build: object = None,
                 arena: str = "Artificial Analysis") -> str:
    """The note's answer, a verdict on the data: the share of ``arena``'s distinct boards (``distinct``:
    :func:`rebuilt_distinct`) that were downloaded, the age of the newest board (``latest_day``) at the
    build, and the best grade any market forecast reaches (``forecasts``, ``evidence``).

    >>> d = pd.DataFrame({"unchanged": [False, False, False, True],
    ...                   "rebuilt_only": [True, False, False, True]})
    >>> f = pd.DataFrame({"evidence": ["C", "D"]})
    >>> print(data_verdict(d, "2026-10-10", f, "2026-12-07", "AA"))  # doctest: +NORMALIZE_WHITESPACE
    67% of AA's distinct boards (2 of 3) were downloaded byte for byte from public archives, the rest
    only rebuilt from text. The newest leaderboard is about two months old, and no market forecast is
    better than a single second-hand quote.
    """
    only, n = _distinct_counts(distinct)
    built = pd.Timestamp(build if build is not None else pd.Timestamp.today()).normalize()
    months = round((built - pd.Timestamp(latest_day)).days / 30.4)
    age = {0: "under a month", 1: "about one month", 2: "about two months", 3: "about three months"}.get(
        months, f"about {months} months")
    grades = set(forecasts["evidence"].astype(str))
    market = ("no market forecast is better than a single second-hand quote" if not grades & {"A", "B"}
              else "some market forecasts reach grade B")
    return (f"{downloaded_share(distinct)} of {arena}'s distinct boards ({n - only:,} of {n:,}) were "
            "downloaded byte for byte from public archives, the rest only rebuilt from text. "
            f"The newest leaderboard is {age} old, and {market}.")


def rebuilt_boards_finding(distinct: pd.DataFrame, boards: pd.DataFrame, rebuilt_ratings: int,
                           arena: str = "Artificial Analysis") -> str:
    """One finding: the share of ``arena``'s distinct boards held only by rebuilt copies and how many
    rebuilt ratings could be checked against a downloaded copy of the same day (``boards``:
    :func:`videomarket.data.rebuilt_boards`, ``shared`` ratings on ``checked`` boards; ``rebuilt_ratings``:
    the rebuilt ratings counted apart from those).

    >>> d = pd.DataFrame({"unchanged": [False, False, False], "rebuilt_only": [True, False, False]})
    >>> b = pd.DataFrame({"checked": [True, False], "shared": [8, 0], "agree": [True, pd.NA]})
    >>> print(rebuilt_boards_finding(d, b, 92, "AA"))  # doctest: +NORMALIZE_WHITESPACE
    33% of AA's [distinct boards](#glossary-distinct-board) (1 of 3) exist only as rebuilt copies. Only 8 of
    all 100 rebuilt ratings could be checked against a downloaded copy, and all 8 matched.
    """
    only, n = _distinct_counts(distinct)
    checked = boards[boards["checked"].astype(bool)]
    shared = int(checked["shared"].sum())
    matched = ("all matched" if shared != 1 else "it matched") if checked["agree"].astype(bool).all() \
        else "not all matched"
    matched = f"all {shared} matched" if matched == "all matched" else matched
    return (f"{fmt.pct(only / n, 0)} of {arena}'s [distinct boards](#glossary-distinct-board) ({only:,} of "
            f"{n:,}) exist only as rebuilt copies. Only {shared:,} of all {shared + rebuilt_ratings:,} "
            f"rebuilt ratings could be checked against a downloaded copy, and {matched}.")


def rebuilt_bases_table(distinct: pd.DataFrame, values: pd.DataFrame) -> pd.DataFrame:
    """The rebuilt share on its three bases, headline first: distinct boards and every archived board
    (``distinct``: :func:`rebuilt_distinct`) and daily rating entries (``values``:
    :func:`videomarket.data.rated_values`, ``rebuilt``), each with why it differs.

    >>> d = pd.DataFrame({"unchanged": [False, True, False], "rebuilt_only": [True, True, False]})
    >>> v = pd.DataFrame({"rebuilt": [True, False, False, False]})
    >>> rebuilt_bases_table(d, v)[["rebuilt", "total", "share"]].values.tolist()
    [[1, 2, '50%'], [2, 3, '67%'], [1, 4, '25%']]
    """
    only, n = _distinct_counts(distinct)
    every = int(distinct["rebuilt_only"].astype(bool).sum())
    entries = int(values["rebuilt"].astype(bool).sum())
    rows = [("Distinct boards (the headline)", only, n,
             "A copy identical to the board before it is counted once"),
            ("Archived boards, one per pool and day", every, len(distinct),
             "Counts repeats of an unchanged board; rebuilt copies repeat more often"),
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


def download_coverage_finding(boards: pd.DataFrame) -> str:
    """One finding: the range over pools of the share of days with a downloaded board, then with any
    archived board (:func:`download_coverage_table`).

    >>> b = pd.DataFrame({"category": ["text-to-video"] * 3 + ["image-to-video"] * 2, "snapshot_date":
    ...     pd.to_datetime(["2026-10-01", "2026-10-02", "2026-10-04", "2026-10-01", "2026-10-02"]),
    ...     "rebuilt_only": [False, True, False, True, False]})
    >>> print(download_coverage_finding(b))  # doctest: +NORMALIZE_WHITESPACE
    Downloaded boards cover 50% of the days since each pool's first archived copy, 75% to 100% counting
    rebuilt copies.
    """
    t = download_coverage_table(boards)
    return (f"Downloaded boards cover {_pct_range(t['downloaded_share'])} of the days since each pool's "
            f"first archived copy, {_pct_range(t['archived_share'])} counting rebuilt copies.")


def download_coverage_title(boards: pd.DataFrame, arena: str = "Artificial Analysis") -> str:
    """The coverage chart's title: its finding, the range over pools of the share of days with a downloaded
    board and with any archived board (:func:`download_coverage_table`), and the one arena it shows.

    >>> b = pd.DataFrame({"category": ["text-to-video"] * 3 + ["image-to-video"] * 2, "snapshot_date":
    ...     pd.to_datetime(["2026-10-01", "2026-10-02", "2026-10-04", "2026-10-01", "2026-10-02"]),
    ...     "rebuilt_only": [False, True, False, True, False]})
    >>> print(download_coverage_title(b, "AA"))
    AA only: downloaded boards cover 50% of each pool's days, 75% to 100% with rebuilt copies
    """
    t = download_coverage_table(boards)
    return (f"{arena} only: downloaded boards cover {_pct_range(t['downloaded_share'])} of each pool's days, "
            f"{_pct_range(t['archived_share'])} with rebuilt copies")


def rebuild_error_table(board: pd.DataFrame, lower: pd.DataFrame, higher: pd.DataFrame,
                        step: int = 10, as_one: pd.DataFrame | None = None) -> pd.DataFrame:
    """The latest leader's rating, interval and chance of being truly #1 as rebuilt (``board``:
    board_certainty of the latest board, leader first, #2 second, with ``ci_low`` and ``ci_high``) and with
    its rating and interval ``step`` points lower and higher (``lower``, ``higher``: leader_probability of
    :func:`videomarket.leaderboard.nudged_board`, as report 03 computes them), #2 beside each; with
    ``as_one`` (:func:`videomarket.leaderboard.based_on_odds`), a last row counting a near-identical pair as
    one model.

    >>> b = pd.DataFrame({"model": ["w", "m"], "model_name": ["W", "M"], "elo": [1129.0, 1118.0],
    ...     "ci_low": [1118.0, 1107.0], "ci_high": [1140.0, 1129.0], "p_leader": [0.87865, 0.1],
    ...     "snapshot_date": pd.Timestamp("2026-10-10")})
    >>> lo, hi = pd.DataFrame({"model": ["w"], "p_leader": [0.42]}), pd.DataFrame({"model": ["w"], "p_leader":
    ...     [0.991]})
    >>> one = pd.DataFrame({"model_name": ["M"], "same_as_name": ["M (768p)"], "p_leader_as_one": [0.935]})
    >>> rebuild_error_table(b, lo, hi, as_one=one).values.tolist()  # doctest: +NORMALIZE_WHITESPACE
    [['As rebuilt, 10 October', 1129.0, '1118–1140', 'M: 1118 (1107–1129)', 0.87865],
     ['W 10 points lower', 1119.0, '1108–1130', 'M: 1118 (1107–1129)', 0.42],
     ['W 10 points higher', 1139.0, '1128–1150', 'M: 1118 (1107–1129)', 0.991],
     ['As rebuilt, M and M (768p) counted as one model', 1129.0, '1118–1140', 'M: 1118 (1107–1129)', 0.935]]
    """
    lead, second = board.iloc[0], board.iloc[1]

    def chance(table: pd.DataFrame) -> float:
        return float(table.loc[table["model"] == lead["model"], "p_leader"].iloc[0])

    def ci(shift: float) -> str:
        return f"{float(lead['ci_low']) + shift:.0f}–{float(lead['ci_high']) + shift:.0f}"

    elo = float(lead["elo"])
    rival = (f"{second['model_name']}: {float(second['elo']):.0f} "
             f"({float(second['ci_low']):.0f}–{float(second['ci_high']):.0f})")
    rows = [(f"As rebuilt, {pd.Timestamp(lead['snapshot_date']):%-d %B}", elo, ci(0), rival,
             float(lead["p_leader"])),
            (f"{lead['model_name']} {step} points lower", elo - step, ci(-step), rival, chance(lower)),
            (f"{lead['model_name']} {step} points higher", elo + step, ci(step), rival, chance(higher))]
    if as_one is not None and len(as_one):
        pair = as_one.iloc[0]
        rows.append((f"As rebuilt, {pair['model_name']} and {pair['same_as_name']} counted as one model", elo,
                     ci(0), rival, float(pair["p_leader_as_one"])))
    return pd.DataFrame(rows, columns=["case", "elo", "ci", "second", "p_leader"])


WRONG_DIGIT = "#a-wrong-digit-in-the-latest-1-s-rating"  # report 00's scenarios table: other reports link it


def rebuild_error_finding(board: pd.DataFrame, lower: pd.DataFrame, higher: pd.DataFrame,
                          category: str, table: str = WRONG_DIGIT) -> str:
    """One finding: the latest leader's chance of being truly #1 if its rebuilt rating had a wrong tens
    digit (``lower``, ``higher``: :func:`rebuild_error_table`'s cases), linked to that table (``table``,
    which also gives the chance as rebuilt, so the finding does not restate it).

    >>> b = pd.DataFrame({"model": ["w"], "model_name": ["Wan 3.0"], "elo": [1129.0], "p_leader": [0.87865],
    ...                   "snapshot_date": [pd.Timestamp("2026-10-10")]})
    >>> lo, hi = pd.DataFrame({"model": ["w"], "p_leader": [0.4213]}), pd.DataFrame({"model": ["w"],
    ...     "p_leader": [0.9912]})
    >>> print(rebuild_error_finding(b, lo, hi, "text-to-video", "#t"))  # doctest: +NORMALIZE_WHITESPACE
    A wrong tens digit (10 points either way) in Wan 3.0's rebuilt 10 October rating would put its chance
    of being [truly #1](#glossary-p-first) of text to video (silent) at about 42% or 99% ([scenarios](#t)).
    """
    lead = board.iloc[0]
    low, high = (float(x.loc[x["model"] == lead["model"], "p_leader"].iloc[0]) for x in (lower, higher))
    return (f"A wrong tens digit (10 points either way) in {lead['model_name']}'s rebuilt "
            f"{pd.Timestamp(lead['snapshot_date']):%-d %B} rating would put its chance of being "
            f"[truly #1](#glossary-p-first) of {pool_label(category).lower()} at {about(low)} or "
            f"{about(high).removeprefix('about ')} ([scenarios]({table})).")


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
    ['3', '1', '1', '3', '1200.0', '200.0', '200–200']
    """
    rows = []
    for r in table.itertuples():
        cat = {pool_label(c): c for c in rescales["category"].astype(str)}[r.pool]
        x, y = _pair(shown, cat, r.before, r.after)
        both = x.index.intersection(y.index)
        fall = (x[both] - y[both]).astype(float)
        anchor = rescales.loc[rescales["category"].astype(str) == cat, "anchor_after"].iloc[0]
        rows.append({"pool": r.pool, "boards": r.boards, "models_before": len(x),
                     "left": len(x) - len(both), "joined": len(y) - len(both), "models_after": len(y),
                     "anchor_before": float(x.get(anchor, float("nan"))), "fall_median": fall.median(),
                     "fall_middle": f"{fall.quantile(0.25):.0f}–{fall.quantile(0.75):.0f}"})
    return pd.DataFrame(rows)


def rescale_finding(churn: pd.DataFrame) -> str:
    """One finding: the silent pool's median fall at the re-rating on its day-apart boards (first row of
    ``churn``: :func:`rescale_churn_table`, named by their grade) and on the nearest downloaded boards
    (second row), so that ratings either side cannot be compared directly.

    >>> c = pd.DataFrame({"pool": ["Text to video (silent)"] * 2, "boards": ["30 Sep → 1 Oct (rebuilt, not "
    ...     "verified)", "14 Sep → 4 Oct (downloaded)"], "fall_median": [240.0, 242.0]})
    >>> print(rescale_finding(c))  # doctest: +NORMALIZE_WHITESPACE
    At the 1 October [re-rating](#glossary-re-rating), text to video (silent) ratings fell by a median 240
    points on the rebuilt boards (242 on the downloaded ones), so ratings before and after cannot be
    compared directly.
    """
    a = churn.iloc[0]
    day = a["boards"].split(" → ")[1].split(" (")[0]
    months = {"Oct": "October", "Sep": "September", "Nov": "November", "Aug": "August"}
    d, m = day.split()
    kind = "rebuilt" if "rebuilt" in a["boards"] else "archived"
    other = ""
    if len(churn) > 1 and churn.iloc[1]["pool"] == a["pool"]:
        other = f" ({churn.iloc[1]['fall_median']:.0f} on the downloaded ones)"
    return (f"At the {d} {months.get(m, m)} [re-rating](#glossary-re-rating), {a['pool'].lower()} "
            f"ratings fell by a median {a['fall_median']:.0f} points on the {kind} boards{other}, "
            "so ratings before and after cannot be compared directly.")


def rescale_churn_text(churn: pd.DataFrame) -> str:
    """How the silent pool's board shrank at the re-rating (``churn``: :func:`rescale_churn_table`, first
    row the day-apart boards, second the downloaded ones), and how much of the fall is the anchor.

    >>> c = pd.DataFrame({"pool": ["P", "P"], "boards": ["30 Sep → 1 Oct (rebuilt)",
    ...     "14 Sep → 4 Oct (downloaded)"], "models_before": [81, 83], "left": [60, 63], "joined": [9, 11],
    ... "models_after": [30, 31], "anchor_before": [1230.0, 1240.0], "fall_median": [240.0, 241.5]})
    >>> print(rescale_churn_text(c))  # doctest: +NORMALIZE_WHITESPACE
    The board shrank at the re-rating itself: of the 81 models of 30 September, 60 were gone a day later
    and 9 were new (on the downloaded boards of 14 September and 4 October, 83 → 31: 63 left, 11 joined).
    The data do not say whether the models that left were retired or dropped from the board. The new
    anchor had been rated 1230 on the old scale, so it alone accounts for 230 of the median fall of 240.
    """
    a, b = churn.iloc[0], churn.iloc[1]

    def days(row: pd.Series) -> tuple[str, str]:
        pre, post = row["boards"].split(" (")[0].split(" → ")
        full = {"Sep": "September", "Oct": "October", "Aug": "August", "Nov": "November"}
        return tuple(f"{d.split()[0]} {full.get(d.split()[1], d.split()[1])}" for d in (pre, post))

    (a0, _), (b0, b1) = days(a), days(b)
    were = 'was' if a['joined'] == 1 else 'were'
    return (f"The board shrank at the re-rating itself: of the {a['models_before']} models of {a0}, "
            f"{a['left']} were gone a day later and {a['joined']} {were} new (on the downloaded boards of "
            f"{b0} and {b1}, {b['models_before']} → {b['models_after']}: {b['left']} left, "
            f"{b['joined']} joined). "
            "The data do not say whether the models that left were retired or dropped from the board. "
            f"The new anchor had been rated {a['anchor_before']:.0f} on the old scale, so it alone accounts "
            f"for {a['anchor_before'] - 1000:.0f} of the median fall of {a['fall_median']:.0f}.")


def data_box(latest: pd.DataFrame, others: pd.DataFrame, vendor_day: object, forecasts: pd.DataFrame,
             build: object = None, *, arena: str = "Artificial Analysis") -> str:
    """The data-as-of box by kind of data: leaderboards (newest board of ``arena``, ``latest``:
    :func:`videomarket.data.rebuilt_boards`, with the newest downloaded one, and of each arena of
    ``others``), vendor figures (``vendor_day``) and market forecasts (how many give a publication date),
    each with its age at the build.

    >>> b = pd.DataFrame({"arena": "A", "category": "t", "snapshot_date": pd.to_datetime(["2026-10-06",
    ...     "2026-10-10"]), "rebuilt_only": [False, True]})
    >>> o = pd.DataFrame({"arena": "L", "category": "t", "snapshot_date": pd.to_datetime(["2026-09-21"]),
    ...     "rebuilt_only": [True]})
    >>> f = pd.DataFrame({"publisher": ["p", "q"], "published": ["2024", None]})
    >>> print(data_box(b, o, "2026-05-28", f, "2026-12-07", arena="A"))  # doctest: +NORMALIZE_WHITESPACE
    Leaderboards: A to 10 October 2026, 58 days old ([rebuilt, not verified](#glossary-rebuilt-file);
    downloaded to 6 October); L to 21 September 2026, 77 days old (rebuilt, not verified).
    Vendor figures: to 28 May
    2026, 193 days old. Market forecasts: 1 of 2 dated (2024), the other undated. Built 7 December
    2026.
    """
    built = pd.Timestamp(build if build is not None else pd.Timestamp.today()).normalize()

    def board(frame: pd.DataFrame, name: str, first: bool) -> str:
        day = pd.Timestamp(frame["snapshot_date"].max())
        said = f"{name} to {fmt.day(day)}, {(built - day).days} days old"
        if not frame.loc[frame["snapshot_date"] == day, "rebuilt_only"].astype(bool).all():
            return said
        if not first:
            return said + " (rebuilt, not verified)"
        down = frame.loc[~frame["rebuilt_only"].astype(bool), "snapshot_date"]
        tail = f"; downloaded to {pd.Timestamp(down.max()):%-d %B}" if len(down) else ""
        return said + f" ({REBUILT}{tail})"

    boards = [board(latest, arena, True)] + [board(g, name, False) for name, g in others.groupby("arena")]
    vendor = pd.Timestamp(vendor_day).normalize()
    keys = [c for c in ("publisher", "edition", "definition") if c in forecasts]
    dated = forecasts.dropna(subset=["published"]) if "published" in forecasts else forecasts.iloc[:0]
    n_all = len(forecasts.drop_duplicates(keys)) if keys else len(forecasts)
    n_dated = len(dated.drop_duplicates(keys)) if keys else len(dated)
    if n_dated:
        newest = max(dated["published"].astype(str), key=lambda p: (p + "-99-99")[:10])
        rest = "the other undated" if n_all - n_dated == 1 else "the others undated"
        market = f"{n_dated} of {n_all} dated ({newest}), {rest}"
    else:
        market = f"none of the {n_all} dated"
    return (f"Leaderboards: {'; '.join(boards)}. Vendor figures: to {fmt.day(vendor)}, "
            f"{(built - vendor).days} days old. Market forecasts: {market}. Built {fmt.day(built)}.")
