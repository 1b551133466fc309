"""Report 04's plain picks per need: the answer a buyer can quote, the dated prices and the priced
choices when a leader or a near rival lists no price."""
from __future__ import annotations

import pandas as pd

from videomarket.arena import win_probability
from videomarket.stories import fmt
from videomarket.stories._guide import (
    BUDGET_POINTS,
    _usd,
    budget_miss,
    budget_pick,
    copy_dates,
    lead_term,
    lead_word,
    race_names,
)
from videomarket.stories._notes import term

#: How the notes tell a reader that prices are old: said once in the picks table title and the findings.
PRICE_CHECK = "check the provider's current price"


def _price(board: pd.DataFrame | None, model: object) -> float | None:
    if board is None:
        return None
    own = board.loc[board["model"] == model, "price_usd_per_min"].dropna()
    return float(own.iloc[0]) if len(own) else None


def _priced_name(board: pd.DataFrame | None, name: object) -> float | None:
    if board is None:
        return None
    own = board.loc[board["model_name"] == name, "price_usd_per_min"].dropna()
    return float(own.iloc[0]) if len(own) else None


def prices_as_of(prices: pd.DataFrame) -> str:
    """The newest price copy's date in words, for "list prices as of about late September 2026".

    >>> prices_as_of(pd.DataFrame({"price_dating": ["a copy of about early August 2026 (x)",
    ...                                             "a copy of about late September 2026 (y)"]}))
    'about late September 2026'
    """
    return copy_dates(prices["price_dating"]).split(" and ")[-1]


def dated_picks_caption(day: object, prices: pd.DataFrame) -> str:
    """The picks table's title: its boards' day and the prices' date, with a reminder to check them.

    >>> print(dated_picks_caption("2026-10-06", pd.DataFrame({"price_dating":
    ...     ["a copy of about late September 2026 (y)"]})))  # doctest: +NORMALIZE_WHITESPACE
    Picks on the boards of 6 October 2026; list prices as of about late September 2026 (check the
    provider's current price)
    """
    return (f"Picks on the boards of {fmt.day(day)}; list prices as of {prices_as_of(prices)} "
            f"({PRICE_CHECK})")


def _pool_words(category: str) -> str:
    medium = category.removesuffix("-audio").replace("-", " ")
    return f"{medium} with audio" if category.endswith("-audio") else f"silent {medium}"


def unpriced_above(priced: dict[str, pd.DataFrame] | None, pool: str) -> tuple[int, int]:
    """How many of the models rated above the pool's best value (:func:`budget_pick`) have no list price,
    and how many are rated above it: (0, 0) when there is no pick.

    >>> board = pd.DataFrame({"model": ["a", "b", "c", "d"], "model_name": ["A", "B", "C", "D"],
    ...     "rank": [1, 2, 3, 4], "elo": [1129.0, 1120.0, 1110.0, 1042.0],
    ...     "price_usd_per_min": [12.0, None, None, 9.9]})
    >>> unpriced_above({"t": board}, "t")
    (2, 3)
    """
    pick = budget_pick(priced, pool)
    if pick is None:
        return 0, 0
    board = priced[pool].dropna(subset=["elo"])
    above = board[board["elo"] > pick["elo"]]
    same = [c for c in ("elo", "ci_low", "ci_high", "price_usd_per_min") if c in above]
    above = above.drop_duplicates(same)  # a listing repeating another's rating and interval is one model
    return int(above["price_usd_per_min"].isna().sum()), len(above)


#: What each line of the answer list is about, by pool.
NEED_WORDS = {"text-to-video": "silent clips from text", "image-to-video": "silent clips from an image",
              "text-to-video-audio": "clips with sound from text",
              "image-to-video-audio": "clips with sound from an image"}


def _overlap(board: pd.DataFrame, a: object, b: object) -> bool:
    """Whether two rows' published 95% intervals overlap (the note's "cannot be told apart")."""
    one = board.loc[board["model"] == a].iloc[0]
    two = board.loc[board["model"] == b].iloc[0]
    return bool(one["ci_low"] <= two["ci_high"] and two["ci_low"] <= one["ci_high"])


def _chance(p: float, other: float | None = None) -> str:
    """A leader's chance as the answer says it, a range (lower first) when ``other`` (the chance under the
    other way of counting a rival listed twice) rounds apart."""
    from videomarket.stories._guide import _table_chance

    if other is None or pd.isna(other) or _table_chance(float(other)) == _table_chance(float(p)):
        return _table_chance(float(p))
    low, high = sorted((float(other), float(p)))
    return f"{_table_chance(low)}–{_table_chance(high)}"


def _floor(board: pd.DataFrame, pool: str) -> float | None:
    """The rating a rival must beat to matter to a buyer: the cheaper option's rating, or the cut-off under
    the best priced model when nothing cheaper comes within it; None without a priced model."""
    pick = budget_pick({pool: board}, pool)
    if pick is None:
        return None
    if pick["model"] == pick["best_model"]:
        return float(pick["best_elo"]) - BUDGET_POINTS
    return float(pick["elo"])


def closest_unpriced_cell(priced: dict[str, pd.DataFrame] | None, pool: str, leader: object) -> str:
    """The picks table's "Runner-up without a list price" cell: the model rated nearest below the
    pool's leader (model id ``leader``) when it has no list price and is rated above the cheaper option (or
    the cut-off), "X, N points behind"; "—" otherwise (a priced model is nearer, or none is near), so an
    unpriced model is never named while a priced one is closer.

    >>> b = pd.DataFrame({"model": ["w", "m", "u", "h"], "model_name": ["Wan", "M", "U", "H"],
    ...     "rank": [1, 2, 3, 4], "elo": [1129.0, 1120.0, 1110.0, 1050.0],
    ...     "price_usd_per_min": [12.0, 7.8, None, 6.0]})
    >>> closest_unpriced_cell({"t": b}, "t", "w")
    '—'
    >>> closest_unpriced_cell({"t": b}, "t", "m")
    '—'
    >>> closest_unpriced_cell({"t": b.drop(index=1)}, "t", "w")
    'U, 19 points behind'
    """
    board = (priced or {}).get(pool)
    if board is None:
        return ""
    floor = _floor(board, pool)
    rated = board.dropna(subset=["elo"])
    lead = rated.loc[rated["model"] == leader, "elo"]
    if floor is None or lead.empty:
        return "—"
    others = rated[rated["model"] != leader].sort_values("elo", ascending=False)
    if others.empty or pd.notna(others.iloc[0]["price_usd_per_min"]) or float(others.iloc[0]["elo"]) <= floor:
        return "—"
    near = others.iloc[0]
    gap = round(float(lead.iloc[0])) - round(float(near["elo"]))
    return f"{near['model_name']}, {fmt.points(gap)} behind"


def _within_counts(board: pd.DataFrame, best: dict) -> tuple[int, int]:
    """How many of the other models within the cut-off of the best priced model have no list price, and how
    many there are (a listing repeating another's rating and interval counted once)."""
    rated = board.dropna(subset=["elo"])
    near = rated[(rated["model"] != best["best_model"])
                 & (rated["elo"] >= float(best["best_elo"]) - BUDGET_POINTS)]
    same = [c for c in ("elo", "ci_low", "ci_high", "price_usd_per_min") if c in near]
    near = near.drop_duplicates(same)
    return int(near["price_usd_per_min"].isna().sum()), len(near)


def _gap_words(share: int) -> str:
    """How a head-to-head share of decisive votes reads: 60 of 100 or more is "a noticeable gap"."""
    return "a noticeable gap" if share >= 60 else "a small gap"


def _cheaper_clause(board: pd.DataFrame, pick: dict) -> str:
    """The cheaper option after the best priced model, short: its name and list price, the points it is
    rated below, and "statistically indistinguishable" when the two 95% intervals overlap (never "lower
    rated" then); the head-to-head votes are in :func:`cheaper_votes_text`."""
    gap = round(pick["best_elo"]) - round(pick["elo"])
    tie = ", statistically indistinguishable" if _overlap(board, pick["model"], pick["best_model"]) else ""
    return f"cheaper option: {pick['name']} ({_usd(pick['price'])}, {fmt.points(gap)} lower{tie})"


def _digit_words(low: float | None) -> str:
    """The leader's chance under one mistyped digit of its rebuilt rating, in the words of reports 02/03."""
    if low is None or pd.isna(low):
        return ""
    return f"; could be as low as about {fmt.pct(float(low), 0)} if one digit of the rebuilt copy is wrong"


def _need_line(row: object, top: pd.DataFrame | None, board: pd.DataFrame | None, pool: str,
               other: float | None = None, low: float | None = None) -> str:
    """One pool's answer in one short line: the pick, its list price, its chance of being truly #1 (with
    ``low``, its chance if one digit of the rebuilt copy is wrong), then the cheaper option
    (:func:`_cheaper_clause`). When the leader has no list price the line leads with what a buyer can pay
    for: the best priced model and its cheaper option, then the unpriced leader."""
    own = _price(board, row.model)
    chance = f"about {_chance(row.p_leader, other)} chance{_digit_words(low)}"
    pick = budget_pick({pool: board} if board is not None else None, pool)
    racers = race_names(row, top)
    if own is None and pick is not None and not racers:
        base = getattr(row, "built_on", None)
        second = (f", an unpriced second listing of {base}," if isinstance(base, str)
                  and (board["model_name"] == base).any() else ", with no list price,")
        buy = f"{pick['best_name']} ({_usd(pick['best_price'])} a minute)"
        if pick["model"] != pick["best_model"]:
            gap = round(pick["best_elo"]) - round(pick["elo"])
            tie = (", statistically indistinguishable" if _overlap(board, pick["model"], pick["best_model"])
                   else f", {pick['best_name']} rated higher")
            buy += f" or {pick['name']} ({_usd(pick['price'])}), {fmt.points(gap)} apart{tie}"
        return (f"{buy}; {row.model_name}{second} leads "
                f"({lead_term(float(row.p_leader))} #1, {chance}).")
    cost = "" if own is None else f", {_usd(own)} a minute"
    if racers:
        costs = [c for c in (_priced_name(board, n) for n in racers) if c is not None]
        cheapest = own is not None and costs and own <= min(costs)
        head = (f"an open race; likeliest #1 {row.model_name}{cost} ({chance})"
                + (f", the cheapest of the {len(racers)} contenders" if cheapest else ""))
    else:
        low_p = float(row.p_leader) if other is None or pd.isna(other) else min(float(row.p_leader), other)
        word = (f"{lead_term(low_p)} #1" if lead_word(low_p) != "open race"
                else f"likeliest #1 in an {term('open-race', 'open race')}")
        head = f"{row.model_name}{cost}, {word} ({chance})"
    if pick is None:
        return f"{head}."
    if pick["model"] == pick["best_model"]:
        return f"{head}; no cheaper model with a list price within {BUDGET_POINTS} points."
    return f"{head}; {_cheaper_clause(board, pick)}."


def cheaper_votes_text(priced: dict[str, pd.DataFrame] | None) -> str:
    """The details the answer leaves out, for the picks section: in each pool whose cheaper option is rated
    apart from the best priced model (95% intervals not overlapping), how many of 100 decisive votes the
    best would win against it ("a noticeable gap" from 60), and a close call (:func:`_close_call`); ""
    when no pool has one.

    >>> t = pd.DataFrame({"model": ["w", "h", "o"], "model_name": ["Wan 3.0", "HappyHorse-1.1", "Wan 2.7"],
    ...     "rank": [1, 2, 3], "elo": [1129.0, 1042.0, 1028.0], "ci_low": [1118.0, 1031.0, 1017.0],
    ...     "ci_high": [1140.0, 1053.0, 1039.0], "price_usd_per_min": [12.0, 9.9, 9.0]})
    >>> print(cheaper_votes_text({"text-to-video": t}))  # doctest: +NORMALIZE_WHITESPACE
    In silent clips from text, Wan 3.0 would win about 62 of 100 decisive votes against HappyHorse-1.1, a
    noticeable gap; a close call, as Wan 2.7 (USD 9.00) misses the 100-point cut-off by only 1 point.
    """
    said = []
    for pool, need in NEED_WORDS.items():
        board = (priced or {}).get(pool)
        pick = budget_pick({pool: board} if board is not None else None, pool)
        if pick is None or pick["model"] == pick["best_model"] or _overlap(board, pick["model"],
                                                                             pick["best_model"]):
            continue
        gap = round(pick["best_elo"]) - round(pick["elo"])
        share = round(100 * float(win_probability(float(gap), 0.0)))
        said.append(f"In {need}, {pick['best_name']} would win about {share} of 100 decisive votes against "
                    f"{pick['name']}, {_gap_words(share)}{_close_call(board, pool)}.")
    return " ".join(said)


def _close_call(board: pd.DataFrame, pool: str) -> str:
    """A clause for a cheaper option that is a close call: the cheaper priced model just outside the
    cut-off (:func:`budget_miss`, by under 10 points), with its price; "" otherwise."""
    missed = budget_miss({pool: board}, pool)
    if missed is None or not missed[2] - BUDGET_POINTS < 10:
        return ""
    near, gap = missed[1], missed[2]
    return (f"; a close call, as {near['model_name']} ({_usd(float(near['price_usd_per_min']))}) misses the "
            f"{BUDGET_POINTS}-point cut-off by only {fmt.points(gap - BUDGET_POINTS)}")


def needs_list(leaders: pd.DataFrame, tops: dict[str, pd.DataFrame] | None,
               priced: dict[str, pd.DataFrame] | None, *, arena: str = "", day: object = None,
               rebuilt: pd.DataFrame | None = None, counted_twice: dict[str, float] | None = None,
               caveats: list[str] | None = None, notes: dict[str, str] | None = None,
               digit_low: dict[str, float] | None = None) -> str:
    """The answer as a Markdown list, one short line per need (:func:`_need_line`): the pool's leader (or
    an open race's likeliest #1, said to be the cheapest contender when it is), its list price and chance
    of being truly #1, a range when ``counted_twice`` (pool: the chance under the other way of counting a
    rival listed twice) rounds apart, and with ``digit_low`` (pool: the chance if one digit of the rebuilt
    copy is wrong, :func:`digit_low`) how low it could be; then the cheaper option (:func:`budget_pick`:
    the cheapest priced model within :data:`BUDGET_POINTS` of the highest-rated priced one), "statistically
    indistinguishable" when their 95% intervals overlap. A leader without a list price comes after what a
    buyer can pay for. With ``day`` (and ``arena``) lead lines head the list: when every pool's board of
    that day is a rebuilt copy (``rebuilt``: :func:`videomarket.data.rebuilt_boards`), a bold "Rebuilt, not
    verified" warning; that the picks are a shortlist to verify; the boards' date and what a 100-point gap
    means in votes. ``notes`` (pool: a clause) end that pool's line. ``caveats`` (sentences, e.g.
    :func:`live_board_advice`) make one last "Caveats" line. One paragraph, no blank line, as the answer
    cell must show.

    >>> lead = pd.DataFrame({"category": ["text-to-video", "image-to-video-audio"], "model": ["w", "m"],
    ...     "model_name": ["Wan 3.0", "MiniMax H3 Max"], "p_leader": [0.9, 0.98]})
    >>> t = pd.DataFrame({"model": ["w", "h"], "model_name": ["Wan 3.0", "HappyHorse-1.1"], "rank": [1, 2],
    ...     "elo": [1127.0, 1044.0], "ci_low": [1115.0, 1032.0], "ci_high": [1139.0, 1056.0],
    ...     "price_usd_per_min": [12.0, 9.9]})
    >>> a = pd.DataFrame({"model": ["m", "h3", "g"], "model_name": ["MiniMax H3 Max", "MiniMax H3", "Gemini"],
    ...     "rank": [1, 2, 3], "elo": [1195.0, 1181.0, 1178.0], "ci_low": [1186.0, 1173.0, 1171.0],
    ...     "ci_high": [1204.0, 1189.0, 1185.0], "price_usd_per_min": [None, 7.8, 6.0]})
    >>> text = needs_list(lead, None, {"text-to-video": t, "image-to-video-audio": a},
    ...                   digit_low={"text-to-video": 0.408})
    >>> print(text.splitlines()[0])  # doctest: +NORMALIZE_WHITESPACE
    - Silent clips from text: Wan 3.0, USD 12.00 a minute, [likely](#glossary-likely-lead) #1 (about 90%
    chance; could be as low as about 41% if one digit of the rebuilt copy is wrong); cheaper option:
    HappyHorse-1.1 (USD 9.90, 83 points lower).
    >>> print(text.splitlines()[1])  # doctest: +NORMALIZE_WHITESPACE
    - Clips with sound from an image: MiniMax H3 (USD 7.80 a minute) or Gemini (USD 6.00), 3 points apart,
    statistically indistinguishable; MiniMax H3 Max, with no list price, leads
    ([near-certain](#glossary-near-certain) #1, about 98% chance).
    """
    rows = {str(r.category): r for r in leaders.dropna(subset=["model"]).itertuples(index=False)}
    lines = []
    for pool, need in NEED_WORDS.items():
        row = rows.get(pool)
        if row is None:
            continue
        line = _need_line(row, (tops or {}).get(pool), (priced or {}).get(pool), pool,
                          (counted_twice or {}).get(pool), (digit_low or {}).get(pool))
        if (notes or {}).get(pool):
            line = f"{line.removesuffix('.')}; {notes[pool]}."
        lines.append(f"- {need[0].upper()}{need[1:]}: {line}")
    said = [c for c in (caveats or []) if c]
    if said:
        lines.append("- Caveats: " + " ".join(said))
    text = "\n".join(lines)
    if day is None:
        return text
    share = round(100 * float(win_probability(BUDGET_POINTS, 0.0)))
    warning = ""
    if rebuilt is not None and not rebuilt.empty:
        on_day = rebuilt[(rebuilt["arena"].astype(str) == arena)
                         & (pd.to_datetime(rebuilt["snapshot_date"]) == pd.Timestamp(day))]
        if len(on_day) and on_day["rebuilt_only"].astype(bool).all():
            warning = (f"**{term('rebuilt-file', 'Rebuilt')}, not verified:** the boards behind these picks "
                       "are rebuilt copies, not yet checked against the original. ")
    return (f"{warning}Treat these picks as a shortlist to verify, not a recommendation.\n"
            f"On {arena}'s boards of {fmt.day(day)}, with list prices per minute of video; a "
            f"{BUDGET_POINTS}-point gap means the better model wins about {share} of 100 "
            f"{term('decisive-vote', 'decisive votes')}.\n"
            f"{text}")


#: Report 03's appendix table of other readings of the latest silent text-to-video chance.
ROBUST_LINK = ("report 03's appendix, [How robust is the latest chance?]"
               "(03-how-sure-is-number-one.html#how-robust-is-the-latest-chance)")


def other_readings_pointer(board: pd.DataFrame) -> str:
    """Where the other readings of the silent text-to-video leader's chance on the newest ``board`` (as for
    :func:`lead_one_way_finding`) are: report 03's table; its rival listed twice is named (counted as one
    model) only when the board has such a pair.

    >>> b = pd.DataFrame({"model_name": ["Wan 3.0"], "p_leader": [0.87865], "p_leader_as_one": [0.93495],
    ...     "pair_name": ["MiniMax H3"]})
    >>> print(other_readings_pointer(b))  # doctest: +NORMALIZE_WHITESPACE
    Other readings of the silent text-to-video leader's chance (MiniMax H3's two
    [listings](#glossary-repeated-listing) counted as one model, correlated rating errors, a mistyped digit,
    the rebuilt boards of the following days) are in one table in report 03's appendix, [How robust is the
    latest chance?](03-how-sure-is-number-one.html#how-robust-is-the-latest-chance).
    """
    top = board.sort_values("p_leader", ascending=False).iloc[0]
    one = top.get("p_leader_as_one")
    pair = ([] if one is None or pd.isna(one)
            else [f"{top['pair_name']}'s two {term('repeated-listing', 'listings')} counted as one model"])
    readings = [*pair, "correlated rating errors", "a mistyped digit",
                "the rebuilt boards of the following days"]
    return (f"Other readings of the silent text-to-video leader's chance ({', '.join(readings)}) are in one "
            f"table in {ROBUST_LINK}.")


def lead_one_way_finding(board: pd.DataFrame) -> str:
    """The silent text-to-video leader of the newest ``board``
    (:func:`videomarket.leaderboard.board_certainty` with :func:`with_counted_twice`) with its chance of
    being truly #1 counted one way: listings rated apart count as two rivals, as the note counts them; the
    chance with the pair counted as one model follows as a sensitivity reading when the board has one.

    >>> b = pd.DataFrame({"model_name": ["Wan 3.0"], "p_leader": [0.87865],
    ...     "snapshot_date": [pd.Timestamp("2026-10-10")], "p_leader_as_one": [0.93495],
    ...     "pair_name": ["MiniMax H3"], "pair_apart": [1.0]})
    >>> print(lead_one_way_finding(b))  # doctest: +NORMALIZE_WHITESPACE
    Wan 3.0 leads silent text to video: about 88% likely truly #1 on the newest board, 10 October 2026, if
    rating errors are independent. This counts MiniMax H3's two [listings](#glossary-repeated-listing), one
    "based on" the other and rated 1 point apart, as two rivals, as this note counts listings rated apart;
    counted as one model, the chance would be 93%.
    """
    from videomarket.stories._guide import _table_chance

    top = board.sort_values("p_leader", ascending=False).iloc[0]
    text = (f"{top['model_name']} leads silent text to video: about {_table_chance(float(top['p_leader']))} "
            f"likely truly #1 on the newest board, {fmt.day(top['snapshot_date'])}, if rating errors are "
            "independent.")
    one = top.get("p_leader_as_one")
    if one is None or pd.isna(one):
        return text
    apart = fmt.points(float(top["pair_apart"]))
    return (f"{text} This counts {top['pair_name']}'s two [listings](#glossary-repeated-listing), one "
            f"\"based on\" the other and rated {apart} apart, as two rivals, as this note counts listings "
            "rated apart; "
            f"counted as one model, the chance would be {_table_chance(float(one))}.")

