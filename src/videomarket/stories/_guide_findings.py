"""Report 04's key findings for a buyer: how sure each pool's lead is, what the cheaper options save and
cost, the two arenas' split, where top models have no list price; and the answer's scope, interval caveat
and short table note."""
from __future__ import annotations

import pandas as pd

from videomarket.arena import win_probability
from videomarket.stories import fmt
from videomarket.stories._guide import BUDGET_POINTS, budget_pick, lead_word, pool_label
from videomarket.stories._guide_needs import NEED_WORDS, _within_counts, unpriced_above
from videomarket.stories._notes import term

#: What the guide weighs, said once near the top.
GUIDE_SCOPE = ("This guide weighs arena preference and list price only, not clip length, resolution, speed "
               "or licence terms.")

_WORDS = {1: "One", 2: "Two", 3: "Three", 4: "four", 5: "five"}


def _span(values: list[float]) -> str:
    """Whole percentages as a range, lowest first ("84%–98%"), or one value (halves rounded up, as the
    picks table rounds)."""
    low, high = (round(100 * v + 1e-9) for v in (min(values), max(values)))
    return f"{low}%" if low == high else f"{low}%–{high}%"


def leads_finding(leaders: pd.DataFrame) -> str:
    """A key finding: how many pools have a near-certain leader and how many a likely one, in the
    glossary's words (:func:`~videomarket.stories._guide.lead_word`), each with the range of their chances
    of being truly #1, and the pools that are an open race with their likeliest #1's chance.

    >>> lead = pd.DataFrame({"category": ["text-to-video", "image-to-video", "text-to-video-audio",
    ...     "image-to-video-audio"], "model": ["w", "g", "w", "m"], "p_leader": [0.87, 0.62, 0.84, 0.98]})
    >>> print(leads_finding(lead))  # doctest: +NORMALIZE_WHITESPACE
    One of four pools has a [near-certain](#glossary-near-certain) leader (98% chance of being truly #1)
    and two have a [likely](#glossary-likely-lead) one (84%–87%); for silent clips from an image it is an
    [open race](#glossary-open-race) (62%).
    """
    rows = leaders.dropna(subset=["model", "p_leader"])
    words = rows["p_leader"].map(lambda p: lead_word(float(p)))
    race = rows[words == "open race"]
    said = []
    for word, key in (("near-certain", "near-certain"), ("likely", "likely-lead")):
        these = rows[words == word]
        if these.empty:
            continue
        count = _WORDS.get(len(these), str(len(these)))
        verb = "has" if len(these) == 1 else "have"
        said.append((count, verb, term(key, word), _span(list(these["p_leader"]))))
    if not said:
        return ""
    count, verb, word, span = said[0]
    text = (f"{count} of {_WORDS.get(len(rows), str(len(rows))).lower()} pools {verb} a {word} leader "
            f"({span} chance of being truly #1)")
    if len(said) > 1:
        count, verb, word, span = said[1]
        text += f" and {count.lower()} {verb} a {word} one ({span})"
    if race.empty:
        return text + "."
    pools = [NEED_WORDS[str(c)] for c in race["category"]]
    where = pools[0] if len(pools) == 1 else f"{', '.join(pools[:-1])} and {pools[-1]}"
    return f"{text}; for {where} it is an {term('open-race', 'open race')} ({_span(list(race['p_leader']))})."


def savings_finding(priced: dict[str, pd.DataFrame] | None) -> str:
    """A key finding: where a cheaper option with a list price sits within the cut-off of a pool's best
    priced model, the range of what it saves a minute and of the share of
    [decisive votes](#glossary-decisive-vote) the pricier model would win against it; "" when none does.

    >>> b = pd.DataFrame({"model": ["w", "h"], "model_name": ["Wan 3.0", "H"], "rank": [1, 2],
    ...     "elo": [1129.0, 1042.0], "price_usd_per_min": [12.0, 9.9]})
    >>> g = pd.DataFrame({"model": ["g", "k"], "model_name": ["G", "K"], "rank": [1, 2],
    ...     "elo": [1368.0, 1328.0], "price_usd_per_min": [6.0, 4.2]})
    >>> print(savings_finding({"t": b, "i": g}))  # doctest: +NORMALIZE_WHITESPACE
    The cheaper options save 18%–30% a minute; the pricier model would win 56–62 of 100
    [decisive votes](#glossary-decisive-vote) against them.
    """
    saves, shares = [], []
    for pool in priced or {}:
        pick = budget_pick(priced, pool)
        if pick is None or pick["model"] == pick["best_model"] or not pick["best_price"] > pick["price"]:
            continue
        saves.append((pick["best_price"] - pick["price"]) / pick["best_price"])
        gap = round(pick["best_elo"]) - round(pick["elo"])
        shares.append(round(100 * float(win_probability(float(gap), 0.0))))
    if not saves:
        return ""
    won = f"{min(shares)}" if min(shares) == max(shares) else f"{min(shares)}–{max(shares)}"
    verb = "saves" if len(saves) == 1 else "save"
    them = "it" if len(saves) == 1 else "them"
    option = "option" if len(saves) == 1 else "options"
    return (f"The cheaper {option} {verb} {_span(saves)} a minute; the pricier model would win {won} of 100 "
            f"{term('decisive-vote', 'decisive votes')} against {them}.")


def arenas_split_finding(lm_board: pd.DataFrame, leaders: pd.DataFrame, aa_board: pd.DataFrame,
                         pool: str = "text-to-video", rows: pd.DataFrame | None = None) -> str:
    """A key finding in one plain line: the ``pool`` leader's place on LMArena's board (``lm_board``; "which
    mixes silent and audio clips" when some of its ids are marked "audio"), the ranks it is statistically
    tied with (:func:`~videomarket.stories._guide_sections.indistinct_ranks`; the test is told in the
    Appendix), its place on Artificial Analysis's board (``aa_board``) of about the same day, and the
    advice that follows; "" when it holds the same place on both or is missing from either. ``rows`` (all
    rankings) gives LMArena's whole board, not only its top rows.

    >>> lm = pd.DataFrame({"model": ["g", "x", "w", "v-audio"], "rank": [1, 2, 3, 4],
    ...     "elo": [1515.0, 1480.0, 1476.0, 1460.0],
    ...     "ci_low": [1500.0, 1470.0, 1463.0, 1450.0], "ci_high": [1530.0, 1490.0, 1489.0, 1470.0],
    ...     "snapshot_date": pd.Timestamp("2026-09-21")})
    >>> aa = pd.DataFrame({"model": ["w", "g"], "model_name": ["Wan 3.0", "G"], "rank": [1, 2],
    ...     "elo": [1336.0, 1330.0], "snapshot_date": pd.Timestamp("2026-09-20")})
    >>> lead = pd.DataFrame({"category": ["text-to-video"], "model": ["w"], "model_name": ["Wan 3.0"]})
    >>> print(arenas_split_finding(lm, lead, aa))  # doctest: +NORMALIZE_WHITESPACE
    On LMArena (which mixes silent and audio clips), Wan 3.0 was #3 on 21 September 2026 but statistically
    tied with #2–#4, while Artificial Analysis had it #1; the arenas disagree on #1, so test the top few on
    your own prompts.
    """
    from videomarket.stories._guide_sections import _full_lm_board, _rank_span, indistinct_ranks

    lead = leaders[leaders["category"].astype(str) == pool].dropna(subset=["model"])
    if lead.empty:
        return ""
    row = lead.iloc[0]
    if "category" in aa_board:
        aa_board = aa_board[aa_board["category"].astype(str) == pool]
    here = aa_board.loc[aa_board["model"] == row["model"], "rank"]
    there = lm_board.loc[lm_board["model"] == row["model"], "rank"]
    if here.empty or there.empty or int(here.iloc[0]) == int(there.iloc[0]):
        return ""
    board = _full_lm_board(lm_board, rows)
    audio = board["model"].astype(str).str.contains("audio").any()
    what = " (which mixes silent and audio clips)" if audio else ""
    text = (f"On LMArena{what}, {row['model_name']} was #{int(there.iloc[0])} on "
            f"{fmt.day(lm_board['snapshot_date'].max())}")
    tied = (indistinct_ranks(board, str(row["model"])) if {"elo", "ci_low", "ci_high"} <= set(board)
            else None)
    if tied is not None:
        text += f" but statistically tied with {_rank_span(*tied)}"
    on = "#1" if 1 in (int(here.iloc[0]), int(there.iloc[0])) else "its place"
    return (f"{text}, while Artificial Analysis had it #{int(here.iloc[0])}; the arenas disagree on {on}, so "
            "test the top few on your own prompts.")


def unpriced_pools_finding(priced: dict[str, pd.DataFrame] | None) -> str:
    """A key finding: in which kind of pool (text to video, image to video) most models within the cut-off
    of the best priced model have no public list price, with the counts, and where most have one.

    >>> def board(prices):
    ...     return pd.DataFrame({"model": list("abcd"), "model_name": list("ABCD"), "rank": [1, 2, 3, 4],
    ...         "elo": [1100.0, 1090.0, 1080.0, 1070.0], "price_usd_per_min": prices})
    >>> priced = {"text-to-video": board([None, 9.0, None, 8.0]),
    ...     "text-to-video-audio": board([None, None, 9.0, None]),
    ...     "image-to-video": board([6.0, 5.0, 4.0, None]),
    ...     "image-to-video-audio": board([6.0, 5.0, None, 4.0])}
    >>> print(unpriced_pools_finding(priced))  # doctest: +NORMALIZE_WHITESPACE
    For video from text, most models near the top have no public list price: of the other models rated
    within 100 points of the best-priced one, 2 of 3 silent and all 3 with audio have none. For video from
    an image, most of them have one.
    """
    def counts(pool: str) -> tuple[int, int] | None:
        board = (priced or {}).get(pool)
        best = None if board is None else budget_pick({pool: board}, pool)
        return None if best is None else _within_counts(board, best)

    text_pools = {"silent": counts("text-to-video"), "with audio": counts("text-to-video-audio")}
    image_pools = [counts("image-to-video"), counts("image-to-video-audio")]
    if any(c is None or not 2 * c[0] > c[1] for c in text_pools.values()):
        return ""
    silent, audio = (f"all {c[1]}" if c[0] == c[1] else f"{c[0]} of {c[1]}" for c in text_pools.values())
    text = (f"For video from text, most models near the top have no public list price: of the other models "
            f"rated within {BUDGET_POINTS} points of the best-priced one, {silent} silent and {audio} with "
            "audio have none.")
    if all(c is not None and 2 * c[0] < c[1] for c in image_pools):
        text += " For video from an image, most of them have one."
    return text


def interval_caveat(board: pd.DataFrame, category: str | None = None) -> str:
    """The caveat on the chances when (nearly) every rated model on ``board`` (at least 8 in 10; the fixed
    anchor's zero left out) has the same 95% interval; "" otherwise. ``category`` names the board's pool,
    so the caveat is not read as holding for every pool (the others' intervals differ).

    >>> b = pd.DataFrame({"elo": [1129.0, 1118.0, 1000.0], "ci_high": [1140.0, 1129.0, 1011.0]})
    >>> print(interval_caveat(b))  # doctest: +NORMALIZE_WHITESPACE
    All intervals are ±11 points, which may be a house convention, so read these chances as rough.
    >>> print(interval_caveat(b, "text-to-video"))  # doctest: +NORMALIZE_WHITESPACE
    On the text to video (silent) board, all intervals are ±11 points, which may be a house convention, so
    read its chances as rough.
    """
    if "ci_high" not in board:
        return ""
    half = (board["ci_high"] - board["elo"]).dropna().round(1)
    half = half[half > 0]
    if half.empty:
        return ""
    counts = half.value_counts()
    if counts.iloc[0] < 0.8 * len(half):
        return ""
    every = "all" if counts.iloc[0] == len(half) else "nearly all"
    where, whose = (f"On the {pool_label(category).lower()} board, ", "its") if category else ("", "these")
    text = (f"{where}{every} intervals are ±{float(counts.index[0]):g} points, which may be a house "
            f"convention, so read {whose} chances as rough.")
    return text[:1].upper() + text[1:]


def picks_table_note(priced: dict[str, pd.DataFrame] | None, pools: list[str]) -> str:
    """The picks table's note in one sentence: each cheaper option is the cheapest model with a list price,
    and the pools where most models rated above it have none.

    >>> b = pd.DataFrame({"model": ["w", "x", "y", "h"], "model_name": ["W", "X", "Y", "H"],
    ...     "rank": [1, 2, 3, 4], "elo": [1129.0, 1100.0, 1090.0, 1042.0],
    ...     "price_usd_per_min": [12.0, None, None, 9.9]})
    >>> print(picks_table_note({"text-to-video": b}, ["text-to-video"]))  # doctest: +NORMALIZE_WHITESPACE
    Note: each cheaper option is the cheapest model with a list price; in text to video (silent), most models
    rated above it have none, so an unpriced model may be cheaper.
    """
    from videomarket.stories._guide import pool_label

    most = [pool_label(p).lower() for p in pools
            if (lambda n: n[0] and 2 * n[0] > n[1])(unpriced_above(priced, p))]
    if not most:
        return "Note: each cheaper option is the cheapest model with a list price."
    said = most[0] if len(most) == 1 else f"{', '.join(most[:-1])} and {most[-1]}"
    return (f"Note: each cheaper option is the cheapest model with a list price; in {said}, most models "
            "rated above it have none, so an unpriced model may be cheaper.")
