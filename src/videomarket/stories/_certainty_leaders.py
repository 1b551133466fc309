"""Per-leader words for the "how sure is number one" report: each leader's run of boards, where a new #1
was first seen, the chance of a developer or a model family, and counts rounded to what they can carry.

Example::

    >>> sig2(2152), sig2(6583), sig2(75), sig2(11700)
    (2200.0, 6600.0, 75.0, 12000.0)
"""

from __future__ import annotations

import math
import re

import pandas as pd

from videomarket.arena import votes_needed
from videomarket.stories import fmt

SURE = 0.95  # a leader at least this likely to be truly #1 is called sure


def sig2(value: float) -> float:
    """``value`` to two significant figures (an approximate count never reads more precise than it is)."""
    value = float(value)
    if value <= 0 or not math.isfinite(value):
        return value
    digits = 1 - math.floor(math.log10(value))
    return float(round(value, digits))


def sig3(value: float) -> float:
    """``value`` as :func:`videomarket.stories.fmt.approx_count` gives it: three significant figures from
    1,000 up, whole below (the rule for votes read from archived leads).

    >>> sig3(6583.2), sig3(105276), sig3(75.4), sig3(11749)
    (6580.0, 105000.0, 75.0, 11700.0)
    """
    return float(fmt.approx_count(value, "x").split()[1].replace(",", ""))


def approx2(value: float, noun: str, plural: str | None = None) -> str:
    """An approximate count to two significant figures, in words.

    >>> approx2(2152, "decisive vote"), approx2(105_087, "vote")
    ('about 2,200 decisive votes', 'about 110,000 votes')
    """
    return f"about {fmt.count(int(sig2(value)), noun, plural)}"


def vote_range(gap: float, alpha: float = 0.05, power: float = 0.8,
               rounding: float = 1.0) -> tuple[float, float]:
    """The votes needed for ``gap`` ± ``rounding`` points (two ratings rounded to whole points each move
    the gap by up to 1), fewest first, to two significant figures.

    >>> vote_range(21.0)
    (2000.0, 2400.0)
    """
    return (sig2(votes_needed(gap + rounding, alpha=alpha, power=power)),
            sig2(votes_needed(max(gap - rounding, 0.5), alpha=alpha, power=power)))


def lead_votes(gap: float, votes: float, alpha: float = 0.05, power: float = 0.8) -> tuple[int, str]:
    """The decisive votes to tell a published lead of ``gap`` points from a tie (``votes``, unrounded),
    rounded to what whole-point ratings carry, and the range that rounding allows (:func:`vote_range`):
    one significant figure when the range's top is over 1.5 times its bottom, else two.

    >>> lead_votes(3.0, 105276.0), lead_votes(11.0, 7834.0)
    ((100000, 'roughly 59,000 to 240,000'), (7800, 'roughly 6,600 to 9,500'))
    """
    low, high = vote_range(gap, alpha, power)
    value = float(votes)
    one = float(round(value, -math.floor(math.log10(value))))
    value = one if high > 1.5 * low else sig2(value)
    return int(value), f"roughly {int(low):,} to {int(high):,}"


def rivals_table(rivals: pd.DataFrame, quoted: pd.DataFrame | None = None,
                 sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """The press-quoted gaps (an arena.head_to_head table) with the votes rounded to two significant
    figures and the range that rounding each quoted rating to a whole point allows; with ``quoted`` (the
    day's reported_ratings) the leader's own row first (no gap) and each model's quoted rank, missing where
    the page gave none; with ``sources`` each value's source and evidence grade (``source``).

    >>> rivals = pd.DataFrame({"model": ["v"], "model_name": ["Veo 3"], "elo": [1226.0], "gap": [21.0],
    ...     "p_preferred": [0.53], "votes_needed": [2152.0], "evidence": ["B"], "source_id": ["s2"],
    ...     "leader": ["r"], "leader_name": ["Runway Gen-4.5"], "leader_elo": [1247.0],
    ...     "leader_source_id": ["s1"]})
    >>> quoted = pd.DataFrame({"model": ["r", "v"], "rank": [1, 2], "evidence": ["B", "B"]})
    >>> sources = pd.DataFrame({"source_id": ["s1", "s2"], "publisher": ["Desbugados", "AI CERTs"]})
    >>> t = rivals_table(rivals, quoted, sources)
    >>> t[["model_name", "rank", "source", "votes_rounded"]].values.tolist()
    [['Runway Gen-4.5', 1, 'Desbugados (grade B)', nan], ['Veo 3', 2, 'AI CERTs (grade B)', 2200.0]]
    >>> q = quoted.assign(source_ids=["s1", "s2, s3"], rank_source_id=["s1", "s3"])
    >>> src = pd.concat([sources, pd.DataFrame({"source_id": ["s3"], "publisher": ["allmídia"]})])
    >>> rivals_table(rivals, q, src)["source"].tolist()
    ['Desbugados (grade B)', 'AI CERTs and allmídia (grade B)']
    """
    alpha = float(rivals["alpha"].iloc[0]) if "alpha" in rivals.columns else 0.05
    power = float(rivals["power"].iloc[0]) if "power" in rivals.columns else 0.8
    ranges = [vote_range(g, alpha, power) for g in rivals["gap"]]
    out = rivals.assign(votes_rounded=[sig2(v) for v in rivals["votes_needed"]],
                        votes_low=[r[0] for r in ranges], votes_high=[r[1] for r in ranges])
    if quoted is not None and "rank" in quoted.columns:
        first = rivals.iloc[0]
        grades = dict(zip(quoted["model"], quoted["evidence"], strict=True))
        lead = pd.DataFrame([{"model": first["leader"], "model_name": first["leader_name"],
                              "elo": float(first["leader_elo"]), "source_id": first["leader_source_id"],
                              "evidence": grades.get(first["leader"], "")}])
        out = pd.concat([lead, out], ignore_index=True)
        ranks = dict(zip(quoted["model"], quoted["rank"], strict=True))
        out = out.assign(rank=pd.array([ranks.get(m) for m in out["model"]], dtype="Int64"))
    if sources is not None:
        publisher = dict(zip(sources["source_id"], sources["publisher"].fillna(""), strict=True))
        pages = {m: [s] for m, s in zip(out["model"], out["source_id"], strict=True)}
        if quoted is not None and "source_ids" in quoted.columns:
            for row in quoted.itertuples():
                cells = [*str(row.source_ids).split(","), str(getattr(row, "rank_source_id", None))]
                pages[row.model] = [c.strip() for c in cells if c.strip() not in ("", "None", "<NA>", "nan")]
        out = out.assign(source=[
            " and ".join(dict.fromkeys(publisher.get(i, "") for i in pages.get(m, [s]))) + f" (grade {g})"
            for m, s, g in zip(out["model"], out["source_id"], out["evidence"], strict=True)])
    return out


def leader_runs(history: pd.DataFrame, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per leader's run of boards with intervals (a leader_probability_history table): its
    distinct boards, how many had the leader at least 95% likely to be truly #1, and which archive
    copied most of them (``archive``: the GitHub repository of the most frequent source, from
    ``sources``; ``archive_boards``: its distinct boards).

    >>> h = pd.DataFrame({"model": ["a", "a", "a", "b"], "model_name": ["A", "A", "A", "B"],
    ...     "snapshot_date": pd.to_datetime(["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"]),
    ...     "p_leader": [0.99, 0.99, 0.7, 0.8], "unchanged": [False, True, False, False],
    ...     "source_id": ["s1", "s1", "s1", "s2"]})
    >>> leader_runs(h)[["model_name", "boards", "sure", "archive_boards"]].values.tolist()
    [['A', 2, 1, 2], ['B', 1, 0, 1]]
    """
    run = history["model"].ne(history["model"].shift()).cumsum()
    rows = []
    urls = {} if sources is None else dict(zip(sources["source_id"], sources["url"].fillna(""), strict=True))
    for _, part in history.groupby(run, sort=True):
        distinct = part[~part["unchanged"]] if "unchanged" in part.columns else part
        archives = distinct["source_id"].map(lambda s: _repository(urls.get(s, ""), s))
        top = archives.value_counts()
        rows.append({
            "model": part["model"].iloc[0], "model_name": str(part["model_name"].iloc[-1]),
            "first": part["snapshot_date"].min(), "last": part["snapshot_date"].max(),
            "boards": len(distinct), "sure": int((distinct["p_leader"] >= SURE).sum()),
            "sure_correlated": int((distinct["p_leader_correlated"] >= SURE).sum())
            if "p_leader_correlated" in distinct.columns else pd.NA,
            "archive": str(top.index[0]), "archive_boards": int(top.iloc[0]),
        })
    return pd.DataFrame(rows)


def _repository(url: str, source_id: str) -> str:
    found = re.search(r"github(?:usercontent)?\.com/([^/]+/[^/]+)", url)
    return found.group(1) if found else source_id


def least_sure_date(history: pd.DataFrame) -> pd.Timestamp:
    """The day of the least sure distinct board before the latest leader took over (else of all)."""
    distinct = history[~history["unchanged"]] if "unchanged" in history.columns else history
    run = history["model"].ne(history["model"].shift()).cumsum()
    start = history.loc[run == run.iloc[-1], "snapshot_date"].min()
    before = distinct[distinct["snapshot_date"] < start]
    rows = before if len(before) else distinct
    return pd.Timestamp(rows.loc[rows["p_leader"].idxmin(), "snapshot_date"])


def first_sightings(changes: pd.DataFrame, pool_rows: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The new leaders of a leader_gaps table with where each was first seen as #1: ``first_grade``
    (best grade that day), ``first_source`` (its publisher for a press quote, else "an archived copy"
    or "a developer's GitHub copy"; the kind said in ``first_kind``) and ``votes_rounded`` (votes
    needed, three significant figures as the text gives them)."""
    new = changes[changes["new_leader"]].copy()
    publisher = dict(zip(sources["source_id"], sources["publisher"].fillna(""), strict=True))
    grades, names, kinds = [], [], []
    for row in new.itertuples():
        seen = pool_rows[(pool_rows["model"] == row.model) & (pool_rows["snapshot_date"] == row.leader_since)
                         & (pool_rows["rank"] == 1)].sort_values("evidence")
        if seen.empty:
            grades.append(row.evidence)
            names.append(publisher.get(row.source_id, ""))
            kinds.append("")
            continue
        first = seen.iloc[0]
        who = publisher.get(first["source_id"], "")
        grades.append(first["evidence"])
        archived = "archived" in who.lower()
        on_github = who.endswith(" (GitHub)")
        names.append("an archived copy" if archived else "a developer's GitHub copy" if on_github else who)
        kinds.append("archived copy" if archived else
                     "developer's GitHub copy" if on_github else "press quote")
    return new.assign(first_grade=grades, first_source=names, first_kind=kinds,
                      votes_rounded=[sig3(v) for v in new["votes_needed"]])


def chance_timeline_title(history: pd.DataFrame, sources: pd.DataFrame | None = None) -> str:
    """The chance-over-time chart's title: each leader's record of boards at least 95% likely, read as the
    chart draws it (independent ratings only; the correlated count is told in the text).

    >>> h = pd.DataFrame({"model": ["a", "a", "b", "b"], "model_name": ["A", "A", "B", "B"],
    ...     "snapshot_date": pd.to_datetime(["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"]),
    ...     "p_leader": [0.99, 0.97, 0.8, 0.9], "p_leader_correlated": [0.99, 0.98, 0.85, 0.96],
    ...     "source_id": "s"})
    >>> chance_timeline_title(h)
    'A was at least 95% likely to be #1 on all of the 2 distinct boards it led, B on none of the 2 it led'
    >>> print(chance_timeline_title(h.assign(model=["a", "a", "c", "b"],
    ...                                      model_name=["A", "A", "C", "B"])))
    A was at least 95% likely to be #1 on all of the 2 distinct boards it led, C on none, B on none of the 1
    it led
    """
    runs = leader_runs(history, sources)
    earlier, latest = runs.iloc[:-1], runs.iloc[-1]

    def record(sure: int, boards: int) -> str:
        return ("every distinct board" if sure == boards else "none" if sure == 0
                else "all but one distinct board" if sure == boards - 1
                else f"{sure} of {boards} distinct boards")

    last = record(int(latest["sure"]), int(latest["boards"]))
    if last == "none":  # the base of "none", in the same unit as the leaders before
        last = f"none of the {int(latest['boards'])} it led"
    if earlier.empty:
        return f"{latest['model_name']} was at least {fmt.pct(SURE, 0)} likely to be #1 on {last}"
    parts = []
    for i, row in enumerate(earlier.itertuples()):
        sure, boards = int(row.sure), int(row.boards)
        tail = f" {boards}" if sure == boards else f" of {boards}"
        said = ("all" if sure == boards else "none" if sure == 0 else str(sure)) + (
            f" of the {boards} distinct boards it led" if i == 0 else tail)
        if boards == 1:
            said = "its only board" if sure else "none"
        parts.append(f"{row.model_name} on {said}" if i else said)
    return (f"{earlier['model_name'].iloc[0]} was at least {fmt.pct(SURE, 0)} likely to be #1 on "
            f"{', '.join(parts)}, {latest['model_name']} on {last}")


def archives_agree_text(history: pd.DataFrame, rankings: pd.DataFrame, provenance: pd.DataFrame, *,
                        rebuilt: pd.DataFrame | None = None, slips: bool = True) -> str:
    """A plausibility check of the newest board against the other boards since the latest change of rating
    scale (``history``: leader_probability_history with ``scale_epoch``; ``rankings`` with every copy's
    ``source_id``; ``provenance`` naming each file's ``repository``): when one model led every board since,
    how many archives copied those boards and how many copies a day, the range of its rating and of its
    lead, and what a wrong tens digit in the newest copy would look like beside them; said as no check
    against the original files when every copy is rebuilt (``rebuilt``:
    :func:`videomarket.data.rebuilt_boards`).
    '' when the leader changed or a single archive holds every copy.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01", "2026-10-06", "2026-10-10"]),
    ...     "scale_epoch": "e2", "model": "w", "model_name": "Wan 3.0", "margin": [11.0, 13.0, 9.0],
    ...     "arena": "AA", "category": "t"})
    >>> r = pd.DataFrame({"arena": "AA", "category": "t", "model": "w", "rank": 1,
    ...     "snapshot_date": pd.to_datetime(["2026-10-01", "2026-10-06", "2026-10-10"]),
    ...     "elo": [1126.0, 1128.0, 1129.0], "source_id": ["a", "b", "c"]})
    >>> p = pd.DataFrame({"source_id": ["a", "b", "c"], "repository": ["o/x", "o/y", "o/z"]})
    >>> b = pd.DataFrame({"arena": "AA", "category": "t", "rebuilt_only": True,
    ...                   "snapshot_date": pd.to_datetime(["2026-10-01", "2026-10-06", "2026-10-10"])})
    >>> print(archives_agree_text(h, r, p, rebuilt=b))  # doctest: +NORMALIZE_WHITESPACE
    The boards of 1 to 10 October 2026 come from 3 archives, one copy a day, all of them rebuilt; every one
    has Wan 3.0 at #1, rated 1126–1129 and 9–13 points ahead. A wrong tens digit in the newest copy (1119
    or 1139) would sit 7 or 11 points outside the earlier copies' ratings; but these copies were made the
    same way and are no check against the original files.

    With ``slips=False`` only the first sentence: the wrong tens digit and what the copies can check are
    told once, by the check against the board before (``rating_error_text`` with its ``spread``).

    >>> print(archives_agree_text(h, r, p, rebuilt=b, slips=False))  # doctest: +NORMALIZE_WHITESPACE
    The boards of 1 to 10 October 2026 come from 3 archives, one copy a day, all of them rebuilt; every one
    has Wan 3.0 at #1, rated 1126–1129 and 9–13 points ahead.
    """
    if history.empty or "scale_epoch" not in history.columns:
        return ""
    rows = history[history["scale_epoch"] == history["scale_epoch"].iloc[-1]]
    if rows["model"].nunique() != 1:
        return ""
    lead = rows.iloc[-1]
    days = pd.to_datetime(rows["snapshot_date"])
    copies = rankings[(rankings["arena"] == lead["arena"]) & (rankings["category"] == lead["category"])
                      & (rankings["model"] == lead["model"]) & (pd.to_numeric(rankings["rank"]) == 1)
                      & pd.to_datetime(rankings["snapshot_date"]).isin(days)]
    copies = copies.merge(provenance[["source_id", "repository"]], on="source_id")
    archives = copies["repository"].nunique()
    if archives < 2:
        return ""
    first, last = days.min(), days.max()
    low, high = int(rows["margin"].min()), int(rows["margin"].max())
    ahead = f"{low}–{high}" if low != high else f"{low}"
    pool = (rebuilt[(rebuilt["arena"] == lead["arena"]) & (rebuilt["category"] == lead["category"])
                    & pd.to_datetime(rebuilt["snapshot_date"]).isin(days)] if rebuilt is not None
            else pd.DataFrame(columns=["snapshot_date", "rebuilt_only"]))
    every_rebuilt = len(pool) == days.nunique() and bool(pool["rebuilt_only"].astype(bool).all())
    per_day = copies.groupby("snapshot_date")["repository"].nunique()
    a_day = "one copy a day" if per_day.max() == 1 else "one or two copies a day" if per_day.max() == 2 \
        else f"up to {per_day.max()} copies a day"
    kind = ", all of them rebuilt" if every_rebuilt else ""
    span = (f"{first:%-d} to {last:%-d %B %Y}" if (first.month, first.year) == (last.month, last.year)
            else f"{fmt.day(first)} to {fmt.day(last)}")
    elo_low, elo_high = int(copies["elo"].min()), int(copies["elo"].max())
    rated = f"{elo_low}–{elo_high}" if elo_low != elo_high else f"{elo_low}"
    newest = float(copies.loc[pd.to_datetime(copies["snapshot_date"]) == last, "elo"].iloc[0])
    others = copies.loc[pd.to_datetime(copies["snapshot_date"]) < last, "elo"]
    below, above = float(others.min()) - (newest - 10), (newest + 10) - float(others.max())
    readings = f"{newest - 10:.0f} or {newest + 10:.0f}"
    caution = ("but these copies were made the same way and are no check against the original files"
               if every_rebuilt else "but this is no check against the original files")
    first_sentence = (f"The boards of {span} come from {archives} archives, {a_day}{kind}; every one has "
                      f"{lead['model_name']} at #1, rated {rated} and {ahead} points ahead.")
    if not slips:
        return first_sentence
    return (f"{first_sentence} A wrong tens digit in the newest copy ({readings}) would sit {below:.0f} or "
            f"{above:.0f} points outside the earlier copies' ratings; {caution}.")


def double_listing_text(history: pd.DataFrame, pairs: pd.DataFrame | None) -> str:
    """Before the like-for-like series (:func:`rival_series_text`): on which boards a rival was listed twice
    with identical numbers (``history``: leader_probability_history, ``p_leader_counting_twice`` set on
    those days), under which two names, which listing is "based on" which (``pairs``: based_on_odds, the
    newest board's pair: ``model_name`` is based on ``same_as_name``), and from which board they are rated
    apart. '' without such boards or pair.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-02", "2026-10-03", "2026-10-04",
    ...     "2026-10-06", "2026-10-07", "2026-10-10"]),
    ...     "p_leader_counting_twice": [0.83, None, 0.9, 0.85, None, None]})
    >>> p = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"]), "model_name": ["MiniMax H3 Max"],
    ...     "same_as_name": ["MiniMax H3 (768p)"]})
    >>> print(double_listing_text(h, p))  # doctest: +NORMALIZE_WHITESPACE
    The boards of 2, 4 and 6 October 2026 list MiniMax H3 twice with identical numbers: as MiniMax H3 (768p)
    and as MiniMax H3 Max, listed as "based on" it. From 7 October the two are rated apart, so by this
    note's rule they count as two rivals.
    >>> print(double_listing_text(h, p.assign(elo=[1118.0], same_as_elo=[1117.0])).split(". ")[-1])
    From 7 October the two are rated apart (1118 and 1117 on 10 October), so by this note's rule they count
    as two rivals.
    """
    if pairs is None or pairs.empty or "p_leader_counting_twice" not in history.columns:
        return ""
    dates = pd.to_datetime(history["snapshot_date"])
    twice = dates[history["p_leader_counting_twice"].notna()].sort_values()
    if twice.empty:
        return ""
    after = dates[dates > twice.max()]
    pair = pairs.iloc[-1]
    family = fmt.shared_words(pair["model_name"], pair["same_as_name"]) or str(pair["same_as_name"])
    if (twice.dt.month.nunique(), twice.dt.year.nunique()) == (1, 1):
        numbers = [f"{d:%-d}" for d in twice]
        listed = (numbers[0] if len(numbers) == 1 else f"{', '.join(numbers[:-1])} and {numbers[-1]}")
        days = f"{listed} {twice.iloc[-1]:%B %Y}"
    else:
        parts = [fmt.day(d) for d in twice]
        days = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    board = "board" if len(twice) == 1 else "boards"
    text = (f"The {board} of {days} list {family} twice with identical numbers: as {pair['same_as_name']} "
            f"and as {pair['model_name']}, listed as \"based on\" it.")
    if after.empty:
        return text
    text += f" From {after.min():%-d %B} the two are rated apart"
    rated = {"elo", "same_as_elo"} <= set(pairs.columns)
    if rated and not pairs[["elo", "same_as_elo"]].iloc[-1].isna().any():
        high, low = sorted((float(pair["elo"]), float(pair["same_as_elo"])), reverse=True)
        text += f" ({high:.0f} and {low:.0f} on {pd.Timestamp(pair['snapshot_date']):%-d %B})"
    return f"{text}, so by this note's rule they count as two rivals."


def counting_change_note(history: pd.DataFrame, pairs: pd.DataFrame | None) -> str:
    """One clause for the chance chart's subtitle (:func:`double_listing_text` in short): from which board
    the rival listed twice with identical numbers is rated apart, and so counted as two rivals, with no
    hatching or cross. '' without such a change.

    >>> h = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07"]),
    ...     "p_leader_counting_twice": [0.85, None]})
    >>> p = pd.DataFrame({"model_name": ["MiniMax H3 Max"], "same_as_name": ["MiniMax H3 (768p)"]})
    >>> print(counting_change_note(h, p))
    from 7 October the two MiniMax H3 listings are rated apart and count as two rivals (no hatching or cross)
    """
    if pairs is None or pairs.empty or "p_leader_counting_twice" not in history.columns:
        return ""
    dates = pd.to_datetime(history["snapshot_date"])
    twice = dates[history["p_leader_counting_twice"].notna()]
    after = dates[dates > twice.max()] if len(twice) else dates.iloc[:0]
    if after.empty:
        return ""
    pair = pairs.iloc[-1]
    family = fmt.shared_words(pair["model_name"], pair["same_as_name"]) or str(pair["same_as_name"])
    return (f"from {after.min():%-d %B} the two {family} listings are rated apart and count as two rivals "
            "(no hatching or cross)")
