"""Report 04's plain picks per need: the answer a buyer can quote, the dated prices and the priced
choices when a leader or a near rival lists no price."""
from __future__ import annotations

import pandas as pd

from videomarket.stories import fmt
from videomarket.stories._guide import BUDGET_POINTS, _usd, budget_pick, copy_dates, race_names

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


def needs_answer(leaders: pd.DataFrame, tops: dict[str, pd.DataFrame] | None,
                 priced: dict[str, pd.DataFrame] | None, *, arena: str = "", day: object = None,
                 picks: pd.DataFrame | None = None) -> str:
    """The answer as one plain pick per need: text to video's leader with its list price and cheaper
    alternative (:func:`budget_pick`); image to video's leader, or an open race (:func:`race_names`) with
    the likeliest #1 and whether it is also the cheapest contender; with sound, each with-audio leader, "no
    list price" when it has none. With ``day`` (and ``arena``), :func:`copies_sentence` follows, so the
    answer is one block: the picks, then the boards they stand on; whether the rebuilt copies agree is read
    from ``picks`` (:func:`picks_frame`, its ``downloaded`` column "Yes" on every row).

    >>> lead = pd.DataFrame({"category": ["text-to-video", "image-to-video", "text-to-video-audio",
    ...     "image-to-video-audio"], "model": ["w", "g", "w", "m"],
    ...     "model_name": ["Wan 3.0", "Gemini Omni Flash", "Wan 3.0", "MiniMax H3 Max"],
    ...     "p_leader": [0.9, 0.64, 0.87, 0.98]})
    >>> top = pd.DataFrame({"model": ["g", "b"], "model_name": ["Gemini Omni Flash", "Bach"],
    ...     "rank": [1, 2], "p_leader": [0.64, 0.36]})
    >>> t = pd.DataFrame({"model": ["w", "h"], "model_name": ["Wan 3.0", "HappyHorse-1.1"], "rank": [1, 2],
    ...     "elo": [1127.0, 1044.0], "price_usd_per_min": [12.0, 9.9]})
    >>> i = pd.DataFrame({"model": ["g", "b"], "model_name": ["Gemini Omni Flash", "Bach"], "rank": [1, 2],
    ...     "elo": [1368.0, 1362.0], "price_usd_per_min": [6.0, 7.2]})
    >>> a = pd.DataFrame({"model": ["m", "h3"], "model_name": ["MiniMax H3 Max", "MiniMax H3"],
    ...     "rank": [1, 2], "elo": [1195.0, 1181.0], "price_usd_per_min": [None, 7.8]})
    >>> print(needs_answer(lead, {"image-to-video": top},
    ...     {"text-to-video": t, "image-to-video": i, "image-to-video-audio": a}))
    ... # doctest: +NORMALIZE_WHITESPACE
    Text to video: Wan 3.0 (USD 12.00 a minute); cheaper: HappyHorse-1.1 (USD 9.90). Image to video: open
    race, Gemini Omni Flash likeliest and cheapest (USD 6.00). With sound: Wan 3.0 from text; MiniMax H3 Max
    from an image (no list price; priced: MiniMax H3, USD 7.80).
    """
    rows = {str(r.category): r for r in leaders.dropna(subset=["model"]).itertuples(index=False)}
    boards = priced or {}
    parts = []
    for medium in ("text-to-video", "image-to-video"):
        row = rows.get(medium)
        if row is None:
            continue
        board = boards.get(medium)
        words = medium.replace("-", " ").capitalize()
        racers = race_names(row, (tops or {}).get(medium))
        own = _price(board, row.model)
        if racers:
            costs = {n: _priced_name(board, n) for n in racers}
            known = [c for c in costs.values() if c is not None]
            cheapest = own is not None and known and own <= min(known)
            text = (f"{words}: open race, {row.model_name} likeliest"
                    + (f" and cheapest ({_usd(own)})" if cheapest
                       else f" ({_usd(own)} a minute)" if own is not None else ""))
        else:
            text = f"{words}: {row.model_name}" + (f" ({_usd(own)} a minute)" if own is not None else "")
            pick = budget_pick(priced, medium)
            if pick is not None and pick["model"] != pick["best_model"] and pick["best_model"] == row.model:
                text += f"; cheaper: {pick['name']} ({_usd(pick['price'])})"
        parts.append(text + ".")
    sound = []
    for medium, how in (("text-to-video-audio", "from text"), ("image-to-video-audio", "from an image")):
        row = rows.get(medium)
        if row is None:
            continue
        board = boards.get(medium)
        unpriced = board is not None and _price(board, row.model) is None
        paid = (board.dropna(subset=["price_usd_per_min", "elo"]).sort_values("elo", ascending=False)
                if unpriced else None)
        priced_pick = (f"; priced: {paid.iloc[0]['model_name']}, {_usd(paid.iloc[0]['price_usd_per_min'])}"
                       if paid is not None and not paid.empty else "")
        sound.append(f"{row.model_name} {how}" + (f" (no list price{priced_pick})" if unpriced else ""))
    if sound:
        parts.append(f"With sound: {'; '.join(sound)}.")
    if day is not None:
        agree = picks is None or bool((picks["downloaded"].astype(str) == "Yes").all())
        parts.append(copies_sentence(arena, day, agree=agree))
    return " ".join(parts)


def copies_sentence(arena: str, day: object, *, agree: bool) -> str:
    """The one sentence on which boards the picks stand and what the later, rebuilt copies show.

    >>> print(copies_sentence("Artificial Analysis", "2026-10-06", agree=True))
    ... # doctest: +NORMALIZE_WHITESPACE
    Ratings from Artificial Analysis's boards of 6 October 2026; later copies, reconstructed from text and
    not yet checked, give the same picks.
    >>> print(copies_sentence("Artificial Analysis", "2026-10-06", agree=False))
    ... # doctest: +NORMALIZE_WHITESPACE
    Ratings from Artificial Analysis's boards of 6 October 2026; later copies, reconstructed from text and
    not yet checked, differ in places (see the picks table).
    """
    later = "give the same picks" if agree else "differ in places (see the picks table)"
    return (f"Ratings from {arena}'s boards of {fmt.day(day)}; later copies, reconstructed from text and not "
            f"yet checked, {later}.")


def dated_picks_caption(day: object, prices: pd.DataFrame) -> str:
    """The picks table's title: its boards' day and the prices' date, with a reminder to check them.

    >>> print(dated_picks_caption("2026-10-06", pd.DataFrame({"price_dating":
    ...     ["a copy of about late September 2026 (y)"]})))  # doctest: +NORMALIZE_WHITESPACE
    Picks on the boards of 6 October 2026; list prices as of about late September 2026 (check the
    provider's current price)
    """
    return (f"Picks on the boards of {fmt.day(day)}; list prices as of {prices_as_of(prices)} "
            f"({PRICE_CHECK})")


def priced_value_finding(priced: dict[str, pd.DataFrame] | None, category: str,
                         prices: pd.DataFrame, *, rival: bool = False) -> str:
    """The cheaper alternative of ``category`` (:func:`budget_pick`) as a key finding that says it is
    chosen among priced models, how much cheaper and lower it is, and how old the prices are. With
    ``rival``, shorter (the prices' date is left to the data-as-of line) and followed by the better pick an
    unpriced listing would be if its base model's price covered it (:func:`unpriced_rival_if`).

    >>> board = pd.DataFrame({"model": ["w", "m", "h"], "model_name": ["Wan 3.0", "M", "HappyHorse-1.1"],
    ...     "rank": [1, 2, 3], "elo": [1127.0, 1116.0, 1044.0], "price_usd_per_min": [12.0, None, 9.9]})
    >>> p = pd.DataFrame({"price_dating": ["a copy of about late September 2026 (y)"]})
    >>> print(priced_value_finding({"text-to-video": board}, "text-to-video", p))
    ... # doctest: +NORMALIZE_WHITESPACE
    Among models with a list price in silent text to video, HappyHorse-1.1 is 18% cheaper than Wan 3.0
    (USD 9.90 a minute, as of about late September 2026) but 83 points lower.
    """
    pick = budget_pick(priced, category)
    words = _pool_words(category)
    if pick is None or pick["model"] == pick["best_model"]:
        return ""
    saving = fmt.pct(round(pick["best_price"] - pick["price"], 2) / pick["best_price"], 0)
    if rival:
        text = (f"In {words}, {pick['name']} is {saving} cheaper than {pick['best_name']} "
                f"({_usd(pick['price'])} a minute) but "
                f"{round(pick['best_elo']) - round(pick['elo'])} points lower.")
        extra = unpriced_rival_if(priced, category)
        return f"{text} {extra}" if extra else text
    return (f"Among models with a list price in {words}, {pick['name']} is {saving} cheaper than "
            f"{pick['best_name']} ({_usd(pick['price'])} a minute, as of {prices_as_of(prices)}) but "
            f"{round(pick['best_elo']) - round(pick['elo'])} points lower.")


def _pool_words(category: str) -> str:
    medium = category.removesuffix("-audio").replace("-", " ")
    return f"{medium} with audio" if category.endswith("-audio") else f"silent {medium}"


def _rival(priced: dict[str, pd.DataFrame] | None, category: str) -> dict | None:
    """The pool's highest-rated unpriced listing named "<base> (<setting>)" that would be a cheaper
    alternative if its base model's price elsewhere covered it: rated above the cheaper alternative (or
    within :data:`BUDGET_POINTS` of the top priced model when there is none) with its base priced in
    another pool; None otherwise."""
    board = (priced or {}).get(category)
    if board is None:
        return None
    board = board.dropna(subset=["elo"])
    paid = board.dropna(subset=["price_usd_per_min"]).sort_values("elo", ascending=False)
    if paid.empty:
        return None
    best = paid.iloc[0]
    pick = budget_pick(priced, category)
    floor = (pick["elo"] if pick is not None and pick["model"] != pick["best_model"]
             else float(best["elo"]) - BUDGET_POINTS)
    above = board[(board["elo"] > floor) & board["price_usd_per_min"].isna()].sort_values("elo",
                                                                                          ascending=False)
    for _, rival in above.iterrows():
        name = str(rival["model_name"])
        if " (" not in name:
            continue
        base, setting = name.split(" (", 1)
        for pool, other in (priced or {}).items():
            price = None if pool == category else _priced_name(other, base)
            if price is not None and price < float(best["price_usd_per_min"]):
                return {"name": name, "base": base, "setting": setting.rstrip(")"),
                        "rank": int(rival["rank"]),
                        "gap": round(float(best["elo"])) - round(float(rival["elo"])), "price": price,
                        "pool": pool, "best_name": str(best["model_name"]),
                        "best_price": float(best["price_usd_per_min"])}
    return None


def unpriced_rival_if(priced: dict[str, pd.DataFrame] | None, category: str) -> str:
    """What the pool's cheaper pick would be if an unpriced listing's base model price covered it
    (:func:`_rival`), with its gap to the top priced model and the saving; "" when there is none.

    >>> board = pd.DataFrame({"model": ["w", "m7", "h"], "model_name": ["Wan 3.0", "MiniMax H3 (768p)",
    ...     "HappyHorse-1.1"], "rank": [1, 2, 3], "elo": [1127.0, 1116.0, 1044.0],
    ...     "price_usd_per_min": [12.0, None, 9.9]})
    >>> i = pd.DataFrame({"model": ["m"], "model_name": ["MiniMax H3"], "rank": [4], "elo": [1350.0],
    ...     "price_usd_per_min": [7.8]})
    >>> print(unpriced_rival_if({"text-to-video": board, "image-to-video": i}, "text-to-video"))
    ... # doctest: +NORMALIZE_WHITESPACE
    If MiniMax H3's USD 7.80 price also covers its 768p text listing, it would be the better cheaper pick
    (11 points behind, 35% cheaper; check with the provider).
    """
    rival = _rival(priced, category)
    if rival is None:
        return ""
    medium = "text" if category.startswith("text") else "image"
    saving = fmt.pct(round(rival["best_price"] - rival["price"], 2) / rival["best_price"], 0)
    return (f"If {rival['base']}'s {_usd(rival['price'])} price also covers its {rival['setting']} {medium} "
            f"listing, it would be the better cheaper pick ({fmt.points(rival['gap'])} behind, {saving} "
            "cheaper; check with the provider).")


def audio_image_finding(leaders: pd.DataFrame, priced: dict[str, pd.DataFrame] | None,
                        pool: str = "image-to-video-audio") -> str:
    """With sound from an image: the leader, its chance, and, when it lists no price, what it is (the host's
    listing based on another model, when the leaders say so) and the practical pick: the highest-rated
    priced model with its price and gap to the leader; "" otherwise.

    >>> lead = pd.DataFrame({"category": ["image-to-video-audio"], "model": ["m"],
    ...     "model_name": ["MiniMax H3 Max"], "elo": [1195.0], "p_leader": [0.984], "hosted_by": ["Fal"],
    ...     "built_on": ["MiniMax H3"]})
    >>> a = pd.DataFrame({"model": ["m", "h3", "g"], "model_name": ["MiniMax H3 Max", "MiniMax H3",
    ...     "Gemini Omni Flash"], "rank": [1, 2, 3], "elo": [1195.0, 1181.0, 1178.0],
    ...     "price_usd_per_min": [None, 7.8, 6.0]})
    >>> print(audio_image_finding(lead, {"image-to-video-audio": a}))  # doctest: +NORMALIZE_WHITESPACE
    With sound from an image, MiniMax H3 Max leads (98%), but it is Fal's unpriced listing based on MiniMax
    H3; the practical pick is MiniMax H3 at USD 7.80 a minute, 14 points behind.
    """
    rows = leaders[leaders["category"].astype(str) == pool].dropna(subset=["model"])
    board = (priced or {}).get(pool)
    if rows.empty or board is None:
        return ""
    row = rows.iloc[0]
    if _price(board, row["model"]) is not None:
        return ""
    paid = board.dropna(subset=["price_usd_per_min", "elo"]).sort_values("elo", ascending=False)
    if paid.empty:
        return ""
    first = paid.iloc[0]
    gap = round(float(row["elo"])) - round(float(first["elo"]))
    host, base = row.get("hosted_by", pd.NA), row.get("built_on", pd.NA)
    what = (f"it is {host}'s unpriced listing based on {base}" if pd.notna(host) and pd.notna(base)
            else "it has no list price")
    chance = fmt.pct(float(row["p_leader"]), 0)
    return (f"With sound from an image, {row['model_name']} leads ({chance}), but "
            f"{what}; the practical pick is {first['model_name']} at {_usd(first['price_usd_per_min'])} a "
            f"minute, {fmt.points(gap)} behind.")
