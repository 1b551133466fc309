"""Report 04's answer box and the notes beside its picks: the other arena's preference said in the box,
the fragile cheaper pick, the plain words over the picks table, a pick's name that left the boards, the
board sizes and who a "based on" listing counts for."""
from __future__ import annotations

import re

import pandas as pd

from videomarket.arena import win_probability
from videomarket.stories import fmt
from videomarket.stories._guide import (
    BUDGET_POINTS,
    _and,
    _table_chance,
    budget_pick,
    pool_label,
    race_names,
)


def picks_intro(leaders: pd.DataFrame, tops: dict[str, pd.DataFrame] | None,
                priced: dict[str, pd.DataFrame] | None) -> str:
    """The words over the picks table, only what the table cannot say: the cut-off of the cheaper
    alternative in votes, and in an open race the contenders' list prices
    (:func:`videomarket.stories.racer_prices`).

    >>> lead = pd.DataFrame({"category": ["image-to-video"], "model": ["g"], "model_name": ["G"],
    ...                      "p_leader": [0.64]})
    >>> top = pd.DataFrame({"model": ["g", "b"], "model_name": ["G", "B"], "rank": [1, 2],
    ...                     "p_leader": [0.64, 0.3]})
    >>> board = pd.DataFrame({"model_name": ["G", "B"], "price_usd_per_min": [6.0, 7.2]})
    >>> print(picks_intro(lead, {"image-to-video": top}, {"image-to-video": board}))
    ... # doctest: +NORMALIZE_WHITESPACE
    A cheaper alternative is the cheapest model with a list price within 100 points of the top-rated one
    with a price, a tolerance this note chose: across 100 points the better model still wins about 64 of
    100 decisive votes. In the open race for silent clips from an image, price can decide: list prices G
    USD 6.00, B USD 7.20 a minute; the cheapest is G, also the likeliest #1.
    """
    from videomarket.stories._guide_needs import NEED_WORDS
    from videomarket.stories._guide_picks import racer_prices

    share = round(100 * float(win_probability(BUDGET_POINTS, 0.0)))
    text = (f"A cheaper alternative is the cheapest model with a list price within {BUDGET_POINTS} points "
            f"of the top-rated one with a price, a tolerance this note chose: across {BUDGET_POINTS} points "
            f"the better model still wins about {share} of 100 decisive votes.")
    for row in leaders.dropna(subset=["model"]).itertuples(index=False):
        pool = str(row.category)
        racers = race_names(row, (tops or {}).get(pool))
        board = (priced or {}).get(pool)
        if racers and board is not None:
            text += (f" In the open race for {NEED_WORDS.get(pool, pool_label(pool))}, price can decide"
                     f"{racer_prices(board, racers)}.")
    return text


def renamed_pick_note(rankings: pd.DataFrame, leaders: pd.DataFrame,
                      priced: dict[str, pd.DataFrame] | None, day: object,
                      arena: str = "Artificial Analysis", *, short: bool = False,
                      images: bool = False) -> str:
    """A note on image-to-video picks (leaders and cheaper alternatives) whose name is gone from
    ``arena``'s text-to-video boards of ``day`` after being on them: the day it left and the advice to
    confirm the current version and price; "" when none. ``short``: one sentence per day for the
    answer, the names together, with the entries on the text-to-video boards of ``day`` named "<name>
    <version>" as possible replacements. With ``images`` (and ``short``), names still listed on ``arena``'s
    image-to-video boards of ``day`` are said so: those picks stand.

    >>> r = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video", "model": ["g", "w"],
    ...     "snapshot_date": pd.to_datetime(["2026-09-30", "2026-10-01"])})
    >>> lead = pd.DataFrame({"category": ["image-to-video", "image-to-video-audio"], "model": ["g", "g"],
    ...                      "model_name": ["Gemini Omni Flash", "Gemini Omni Flash"]})
    >>> print(renamed_pick_note(r, lead, None, "2026-10-06"))  # doctest: +NORMALIZE_WHITESPACE
    Gemini Omni Flash, a pick in both image pools, left the text-to-video boards under that name on 1
    October 2026: confirm its current version and price with the provider.
    >>> print(renamed_pick_note(r, lead, None, "2026-10-06", short=True))  # doctest: +NORMALIZE_WHITESPACE
    Gemini Omni Flash left the text-to-video boards under that name on 1 October 2026: check it is still
    offered before buying.
    """
    picks: dict[str, tuple[str, set[str]]] = {}
    for row in leaders.dropna(subset=["model"]).itertuples(index=False):
        pool = str(row.category)
        if not pool.startswith("image"):
            continue
        found = [(row.model, row.model_name)]
        pick = budget_pick(priced, pool)
        if pick is not None:
            found.append((pick["model"], pick["name"]))
        for model, name in found:
            picks.setdefault(str(model), (str(name), set()))[1].add(pool)
    text_rows = rankings[(rankings["arena"] == arena)
                         & rankings["category"].astype(str).str.startswith("text-to-video")]
    dates = pd.to_datetime(text_rows["snapshot_date"])
    image_rows = rankings[(rankings["arena"] == arena)
                          & rankings["category"].astype(str).str.startswith("image-to-video")]
    image_dates = pd.to_datetime(image_rows["snapshot_date"])
    notes = []
    gone: dict[str, list[str]] = {}
    kept: dict[str, bool] = {}
    for model, (name, pools) in picks.items():
        seen = dates[text_rows["model"].astype(str) == model]
        on_day = (seen == pd.Timestamp(day)).any()
        if seen.empty or on_day:
            continue
        after = dates[dates > seen.max()]
        if after.empty:
            continue
        where = "both image pools" if len(pools) > 1 else f"{pool_label(next(iter(pools))).lower()}"
        gone.setdefault(fmt.day(after.min()), []).append(name)
        kept[name] = bool(((image_dates == pd.Timestamp(day))
                           & (image_rows["model"].astype(str) == model)).any())
        notes.append(f"{name}, a pick in {where}, left the text-to-video boards under that name on "
                     f"{fmt.day(after.min())}: confirm its current version and price with the provider.")
    if short:
        on_day = (text_rows.loc[dates == pd.Timestamp(day), "model_name"].astype(str).unique()
                  if "model_name" in text_rows else [])
        said = []
        for left, names in gone.items():
            heirs = [n for name in names for n in sorted(on_day)
                     if re.fullmatch(rf"{re.escape(name)} \d+(\.\d+)*", n)]
            many = len(names) > 1
            under = "those names" if many else "that name"
            if images and all(kept[n] for n in names):
                stand = "those picks stand" if many else "that pick stands"
                start = (f"{_and(names)} {'are' if many else 'is'} still listed under {under} in image to "
                         f"video on {fmt.day(day)}, so {stand}; "
                         f"{'they' if many else 'it'} left the text-to-video boards on {left}")
                said.append(f"{start} and may have been replaced there by {' / '.join(heirs)}." if heirs
                            else f"{start}.")
                continue
            start = f"{_and(names)} left the text-to-video boards under {under} on {left}"
            said.append(f"{start}; {'they' if many else 'it'} may have been replaced by {' / '.join(heirs)} "
                        "(check before buying)." if heirs
                        else f"{start}: check {'they are' if many else 'it is'} still offered before buying.")
        return " ".join(said)
    return " ".join(notes)


def board_sizes_note(rankings: pd.DataFrame, breaks: pd.DataFrame, day: object,
                     arena: str = "Artificial Analysis") -> str:
    """A method note: how each re-rated pool's board grew from its first board after the re-rating
    (``breaks``: :func:`videomarket.guide.scale_breaks`) to ``day``, which listings were added and
    whether one repeats another's rating and interval exactly (then counted as one model); listings added
    alike to every pool are said once."""
    parts: list = []
    for _, brk in breaks.iterrows():
        pool = str(brk["category"])
        mine = rankings[(rankings["arena"] == arena) & (rankings["category"].astype(str) == pool)]
        first = mine[pd.to_datetime(mine["snapshot_date"]) == pd.Timestamp(brk["date"])]
        now = mine[pd.to_datetime(mine["snapshot_date"]) == pd.Timestamp(day)]
        if first.empty or now.empty:
            continue
        added = now[~now["model"].isin(set(first["model"]))]
        said, own = [], []
        for _, row in added.iterrows():
            twin = now[(now["model"] != row["model"]) & (now["elo"] == row["elo"])
                       & (now["ci_low"] == row["ci_low"]) & (now["ci_high"] == row["ci_high"])]
            if len(twin):
                said.append(f"{row['model_name']} added, repeating {twin.iloc[0]['model_name']}'s rating "
                            "and interval exactly, so counted as one model with it")
            else:
                own.append(str(row["model_name"]))
        if own:
            said.append(f"{_and(own)} added, {'each ' if len(own) > 1 else ''}rated on its own")
        sizes = (f"{pool_label(pool).lower()} from {first['model'].nunique()} listings on "
                 f"{fmt.day(brk['date'])} to {now['model'].nunique()} on {fmt.day(day)}")
        parts.append((sizes, "; ".join(said)))
    if not parts:
        return ""
    added = {a for _, a in parts}
    if len(parts) > 1 and len(added) == 1 and "" not in added:
        return (f"**Board sizes.** After the re-rating the boards grew: {_and([p for p, _ in parts])}; "
                f"{'both' if len(parts) == 2 else 'each'} added {added.pop().replace(' added, ', ', ', 1)}.")
    parts = [f"{p} ({a})" if a else p for p, a in parts]
    return f"**Board sizes.** After the re-rating the boards grew: {_and(parts)}."


def range_chart_note(leaders: pd.DataFrame, counted_twice: dict[str, float] | None,
                     pair_name: str) -> str:
    """For the leaders chart's subtitle: each pool whose leader's chance is a range, its two readings, the
    chart's first (``counted_twice``: pool: the chance under the other way of counting the rival listed
    twice, ``pair_name``; counted as one model the leader's chance is the higher); "" when none differ.

    >>> lead = pd.DataFrame({"category": ["text-to-video"], "model": ["w"], "model_name": ["Wan 3.0"],
    ...                      "p_leader": [0.8958]})
    >>> print(range_chart_note(lead, {"text-to-video": 0.83045}, "MiniMax H3"))
    ... # doctest: +NORMALIZE_WHITESPACE
    Wan 3.0 in text to video (silent): 90% with MiniMax H3's two listings counted as one model, 83% as two
    rivals
    >>> print(range_chart_note(lead.assign(p_leader=0.87865), {"text-to-video": 0.93495}, "MiniMax H3"))
    ... # doctest: +NORMALIZE_WHITESPACE
    Wan 3.0 in text to video (silent): 88% with MiniMax H3's two listings counted as two rivals, 93% as one
    model
    """
    said = []
    for row in leaders.dropna(subset=["model", "p_leader"]).itertuples(index=False):
        other = (counted_twice or {}).get(str(row.category))
        if other is None or pd.isna(other) or (
                _table_chance(float(other)) == _table_chance(float(row.p_leader))):
            continue
        shown, rest = (("one model", "two rivals") if float(other) < float(row.p_leader)
                       else ("two rivals", "one model"))
        said.append(f"{row.model_name} in {pool_label(row.category).lower()}: "
                    f"{_table_chance(float(row.p_leader))} with {pair_name}'s two listings counted as "
                    f"{shown}, "
                    f"{_table_chance(float(other))} as {rest}")
    return "; ".join(said)


def digit_caveat(board: pd.DataFrame, lower: pd.DataFrame, higher: pd.DataFrame, *, link: bool = True,
                 possible: tuple[bool, bool] | None = None) -> str:
    """One caveat for the picks: the silent text-to-video leader's chance (``board``: board_certainty of
    the board the picks read, best first) rests on a rebuilt copy, and what a wrong tens digit in its rating
    would make it (``lower``, ``higher``: :func:`videomarket.leaderboard.wrong_digit_odds`), with a link to
    report 03's readings.

    >>> b = pd.DataFrame({"model": ["w", "m"], "model_name": ["Wan 3.0", "M"], "p_leader": [0.88, 0.1]})
    >>> low, high = (pd.DataFrame({"model": ["w"], "p_leader": [p]}) for p in (0.42, 0.994))
    >>> print(digit_caveat(b, low, high))  # doctest: +NORMALIZE_WHITESPACE
    Wan 3.0's chance rests on a copy rebuilt from text: one wrong tens digit in its rating would make it
    about 42% or 99% ([How sure is number
    one?](03-how-sure-is-number-one.html#how-robust-is-the-latest-chance)).

    Without ``link`` (in report 03 itself) the sentence ends at the two chances:

    >>> print(digit_caveat(b, low, high, link=False))  # doctest: +NORMALIZE_WHITESPACE
    Wan 3.0's chance rests on a copy rebuilt from text: one wrong tens digit in its rating would make it
    about 42% or 99%.

    With ``possible`` (:func:`videomarket.leaderboard.digit_slips_possible`: which slip, lower or higher,
    the board before leaves possible), only a slip left possible is told, in report 02's words:

    >>> print(digit_caveat(b, low, high, possible=(True, False)))  # doctest: +NORMALIZE_WHITESPACE
    Wan 3.0's chance rests on a copy rebuilt from text: one mistyped tens digit in its rating could make its
    chance as low as about 42%, a slip the neighbouring boards cannot rule out ([About the
    data](00-about-the-data.html#a-wrong-digit-in-the-latest-1-s-rating)).
    """
    lead = board.iloc[0]

    def chance(table: pd.DataFrame) -> str:
        return fmt.pct(float(table.loc[table["model"] == lead["model"], "p_leader"].iloc[0]), 0)

    start = f"{lead['model_name']}'s chance rests on a copy rebuilt from text: "
    if possible is not None and sum(possible) == 1:
        table, way = (lower, "low") if possible[0] else (higher, "high")
        where = (" ([About the data](00-about-the-data.html#a-wrong-digit-in-the-latest-1-s-rating))"
                 if link else "")
        return (f"{start}one mistyped tens digit in its rating could make its chance as {way} as about "
                f"{chance(table)}, a slip the neighbouring boards cannot rule out{where}.")
    where = (" ([How sure is number one?](03-how-sure-is-number-one.html#how-robust-is-the-latest-chance))"
             if link else "")
    return (f"{start}one wrong tens digit in its rating would make it about {chance(lower)} or "
            f"{chance(higher)}{where}.")


def digit_low(board: pd.DataFrame, lower: pd.DataFrame, higher: pd.DataFrame, *,
              possible: tuple[bool, bool] | None = None, pool: str = "text-to-video") -> dict[str, float]:
    """The leader's chance if one tens digit of its rebuilt rating is mistyped low (``lower``, ``higher``:
    :func:`videomarket.leaderboard.wrong_digit_odds` of ``board``), keyed by ``pool`` for the answer
    (:func:`needs_list`); empty when ``possible`` (:func:`videomarket.leaderboard.digit_slips_possible`)
    rules that slip out, as :func:`digit_caveat` says it.

    >>> b = pd.DataFrame({"model": ["w", "m"], "model_name": ["Wan 3.0", "M"], "p_leader": [0.88, 0.1]})
    >>> low, high = (pd.DataFrame({"model": ["w"], "p_leader": [p]}) for p in (0.42, 0.994))
    >>> digit_low(b, low, high, possible=(True, False))
    {'text-to-video': 0.42}
    >>> digit_low(b, low, high, possible=(False, True))
    {}
    """
    if possible is not None and not possible[0]:
        return {}
    lead = board.iloc[0]["model"]
    return {pool: float(lower.loc[lower["model"] == lead, "p_leader"].iloc[0])}


#: The Artificial Analysis site, as its archived files name their source ("source": in data/raw/aa-koiro).
ARENA_SITE = "https://artificialanalysis.ai/"


def publisher_note(arena: str = "Artificial Analysis") -> str:
    """The data box's first sentence: where ``arena`` publishes its live board (:data:`ARENA_SITE`, the
    address its archived files give), and that the boards here are archived copies of it.

    >>> print(publisher_note())  # doctest: +NORMALIZE_WHITESPACE
    Artificial Analysis publishes its video arena's live boards at
    [artificialanalysis.ai](https://artificialanalysis.ai/); the boards in this note are archived copies of
    them, each file listed under Sources.
    """
    site = ARENA_SITE.removeprefix("https://").rstrip("/")
    return (f"{arena} publishes its video arena's live boards at [{site}]({ARENA_SITE}); the boards in this "
            "note are archived copies of them, each file listed under Sources.")


def live_board_advice(arena: str = "Artificial Analysis", top_n: int = 3) -> str:
    """One sentence for the answer: confirm the top ``top_n`` on ``arena``'s live board before buying, with
    the site's address as the archived files give it (:data:`ARENA_SITE`).

    >>> print(live_board_advice())  # doctest: +NORMALIZE_WHITESPACE
    Before buying, confirm the top 3 of your pool on Artificial Analysis's live video arena
    ([artificialanalysis.ai](https://artificialanalysis.ai/)).
    """
    site = ARENA_SITE.removeprefix("https://").rstrip("/")
    return (f"Before buying, confirm the top {top_n} of your pool on {arena}'s live video arena "
            f"([{site}]({ARENA_SITE})).")


def resolution_finding(priced: dict[str, pd.DataFrame] | None) -> str:
    """A key finding: list prices may not be comparable, as some listings are rated at a resolution stated
    after their name ("Runway Gen-4.5 (720p)") while the price entry applied to them gives none (it is the
    model's, not that listing's); listings without a price do not count; "" when none is.

    >>> b = pd.DataFrame({"model_name": ["MiniMax H3 (768p)", "Runway Gen-4.5 (720p)",
    ...                                 "Kling 3.0 1080p (Pro)"],
    ...     "price_usd_per_min": [None, 7.0, 13.44]})
    >>> print(resolution_finding({"t": b, "i": b}))  # doctest: +NORMALIZE_WHITESPACE
    Prices may not be comparable: 1 listing is rated at a stated resolution whose price entry gives none
    (Runway Gen-4.5 (720p)); compare at the resolution you need.
    """
    names: list[str] = []
    for board in (priced or {}).values():
        rows = board.dropna(subset=["price_usd_per_min"])
        names += [str(n) for n in rows["model_name"] if re.search(r"\(\d{3,4}p\)$", str(n))
                  and str(n) not in names]
    if not names:
        return ""
    return ("Prices may not be comparable: "
            f"{len(names)} listing{'s are' if len(names) > 1 else ' is'} rated at a stated resolution whose "
            f"price entry gives none ({', '.join(names)}); compare at the resolution you need.")
