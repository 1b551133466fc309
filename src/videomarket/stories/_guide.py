"""Sentences and reader tables of the model guide ("which model for which need"), and the phrases the
other reports share.

Shared phrases:

* :func:`about`: a probability worded as approximate ("about 88%", "more than 99%");
* :func:`chance_text`: a probability for a table cell ("83%", "> 99.9%"), never a certainty;
* :func:`rating_text`: "1127 [1115–1139]" or "1243 (no interval)";
* :func:`pool_label` / :func:`pools_text`: pools in words.

The guide's research note: :func:`guide_findings`,
:func:`guide_data_as_of`, then one function per section (leaders, quality against price, open weights
and audio, developers, the December 2025 shortlist, people prompts), each with its table's frame and
plain headers (``*_TABLE``, ``*_FORMATS`` and, where a missing value means something, ``*_MISSING``
for :func:`videomarket.plots.table`), and :func:`guide_method_notes`. Every probability read from
published intervals is worded as approximate and says that it assumes independent ratings, with the
value under an illustrative correlation beside it. Picks near the top of a board use the cheapest
model about as good as the best, never "rating per dollar" (whose baseline is arbitrary). Points are
compared only within one pool; across pools the note compares places ("#2 of 36").

Example::

    >>> chance_text(0.83), chance_text(0.99996), chance_text(0.004), chance_text(None)
    ('83%', '> 99.9%', '0.4%', 'n/a (no interval)')
    >>> rating_text(1127.0, 1115.0, 1139.0), rating_text(1243.0, None, None)
    ('1127 [1115–1139]', '1243 (no interval)')
    >>> about(0.8958), about(0.9996), about(0.004)
    ('about 90%', 'more than 99%', 'under 1%')
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator

import pandas as pd

from videomarket.arena import win_probability
from videomarket.guide import NEAR_TOP_POINTS, POOL_LABELS
from videomarket.stories import fmt
from videomarket.stories._notes import term

#: The budget pick's quality floor: at most this many points below the pool's highest-rated model with a
#: list price (the
#: better one wins about 64% of head-to-head votes across it).
BUDGET_POINTS = 100
NEAR_TOP_LABEL = f"cheapest priced model within {NEAR_TOP_POINTS} points of the best"
INDEPENDENCE = "assuming independent ratings"
SURE = 0.95  # a lead at least this likely to be real is called near-certain
RACE = 0.75  # a lead less likely than this is an open race
CONTENDER = 0.05  # a model in an open race: at least this chance of being truly #1
REPORT_02 = "[report 02 on leaderboard movements](02-leaderboard-movements.html)"
REPORT_03 = "[report 03 on how sure #1 is](03-how-sure-is-number-one.html)"
#: The glossary of this report (keys of :data:`videomarket.stories.GLOSSARY`), in reading order.
GUIDE_GLOSSARY = ("arena", "pool", "video-pools", "board", "rating", "head-to-head", "decisive-vote",
                  "anchor", "interval",
                  "p-first", "near-certain", "likely-lead", "open-race", "correlation", "shared-rank",
                  "repeated-listing", "list-price", "frontier", "catalogue", "open-weights", "native-audio",
                  "hosting-platform", "variant", "resolution-tag", "re-rating", "rebuilt-file",
                  "people-prompts", "grade-boards", "cheapest-near-top")
REPORT_00 = "[report 00 on the data](00-about-the-data.html)"
# --- shared phrases -------------------------------------------------------------------------------


def about(p: float) -> str:
    """A probability worded as approximate: whole percents, with the extremes said as bounds."""
    if p is None or pd.isna(p):
        return "not computable"
    if p >= 0.995:
        return "more than 99%"
    if p < 0.005:
        return "under 1%"
    return f"about {fmt.pct(p, 0)}"


def chance_text(p: object) -> str:
    """A probability for tables (see the module docstring)."""
    if p is None or pd.isna(p):
        return "n/a (no interval)"
    value = float(p)
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"a probability lies in [0, 1], got {value!r}")
    if value > 0.999:
        return "> 99.9%"
    if value < 0.001:
        return "< 0.1%"
    near_edge = value < 0.01 or value > 0.99  # whole percents would print 0% or 100%
    return fmt.pct(value, 1 if near_edge else 0)


def rating_text(elo: object, low: object = None, high: object = None) -> str:
    """A rating with its 95% interval when published."""
    if elo is None or pd.isna(elo):
        return "n/a"
    if low is None or high is None or pd.isna(low) or pd.isna(high):
        return f"{float(elo):.0f} (no interval)"
    return f"{float(elo):.0f} [{float(low):.0f}–{float(high):.0f}]"


def _id_words(model_id: str) -> tuple[str, ...]:
    """An id's words in any order: the two arenas spell one model 'gemini-omni-1-1-flash' and
    'gemini-omni-flash-1-1'."""
    return tuple(sorted(str(model_id).split("-")))


def pool_label(category: object) -> str:
    """"Text to video (silent)" for "text-to-video" (unknown pools as given)."""
    return POOL_LABELS.get(str(category), str(category))


def pools_text(categories: object) -> str:
    """Pools for prose, lower case: "text to video (silent) and image to video with audio"."""
    names = [pool_label(c).lower() for c in categories]
    if not names:
        return "no pool"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def copy_date(dating: object) -> str:
    """How an undated copy is dated by its contents, in words: "about late September 2026".

    >>> copy_date("an undated copy of about early August 2026 (2026-07-31 to ~2026-08-11 by its contents)")
    'about early August 2026'
    """
    match = re.search(r"about (?:early |mid-|late )?[A-Z][a-z]+ \d{4}", str(dating))
    if match is None:
        raise ValueError(f"copy_date: no 'about <month> <year>' in {dating!r}")
    return match.group(0)


def copy_dates(datings: Iterable[object]) -> str:
    """The distinct copy dates of ``datings`` in words, oldest first, joined by "and".

    >>> copy_dates(["a copy of about late September 2026 (x)", "one of about early August 2026 (y)"])
    'about early August 2026 and about late September 2026'
    """
    copies = sorted({copy_date(d) for d in pd.Series(list(datings), dtype=object).dropna()}, key=_month_order)
    return " and ".join(copies)


# --- answer, key findings, data date -------------------------------------------------------------


def race_names(row: object, top: pd.DataFrame | None) -> list[str]:
    """The models of an open race, likeliest first (each at least :data:`CONTENDER` likely to be truly
    #1), when the leader's chance is under :data:`RACE`; [] when the lead is clear or has no interval."""
    p = getattr(row, "p_leader", pd.NA)
    if top is None or p is None or pd.isna(p) or float(p) >= RACE:
        return []
    racers = [name for name, _ in _contenders(top)]
    return racers if len(racers) > 1 else []


def _racer_chances(top: pd.DataFrame, racers: list[str]) -> list[str]:
    """"Gemini Omni Flash (61%)" for each model of an open race, chance of being truly #1 beside it."""
    p = top.drop_duplicates("model_name").set_index("model_name")["p_leader"]
    return [f"{n} ({fmt.pct(float(p[n]), 0)})" for n in racers]


def budget_pick(priced: dict[str, pd.DataFrame] | None, category: str) -> dict | None:
    """The budget pick of one pool (``priced``: :func:`videomarket.guide.priced_boards`): the cheapest
    priced model rated within :data:`BUDGET_POINTS` of the pool's highest-rated model with a list price,
    with that best model
    and the gap; None when the pool has no priced model."""
    board = (priced or {}).get(category)
    if board is None or "elo" not in board:
        return None
    rated = board.dropna(subset=["price_usd_per_min", "elo"])
    if rated.empty:
        return None
    best = rated.sort_values(["elo", "price_usd_per_min"], ascending=[False, True]).iloc[0]
    floor = rated[rated["elo"] >= float(best["elo"]) - BUDGET_POINTS]
    cheap = floor.sort_values(["price_usd_per_min", "elo"], ascending=[True, False]).iloc[0]
    return {"model": cheap["model"], "name": cheap["model_name"], "price": float(cheap["price_usd_per_min"]),
            "elo": float(cheap["elo"]), "rank": int(cheap["rank"]), "size": len(board),
            "gap": float(best["elo"]) - float(cheap["elo"]), "best_model": best["model"],
            "best_name": best["model_name"], "best_price": float(best["price_usd_per_min"]),
            "best_elo": float(best["elo"]),
            "best_rank": int(best["rank"]), "p_better": _p_better(best, cheap),
            "developer": (str(cheap["developer"]) if "developer" in cheap and pd.notna(cheap["developer"])
                          else None)}


#: Below this chance that the higher-rated of two models is truly better, the two are near-tied.


def _p_better(high: pd.Series, low: pd.Series) -> float:
    """The chance that ``high`` is truly rated above ``low``: each published 95% interval read as a normal
    one, the two errors independent (NaN when either lacks an interval)."""
    spreads = [(float(r.get("ci_high", float("nan"))) - float(r.get("ci_low", float("nan")))) / (2 * 1.959964)
               for r in (high, low)]
    spread = math.hypot(*spreads)
    if not spread > 0:
        return float("nan") if math.isnan(spread) else float(high["elo"] > low["elo"])
    return 0.5 * (1 + math.erf((float(high["elo"]) - float(low["elo"])) / (spread * math.sqrt(2))))


def p_within(best: pd.Series, other: pd.Series, points: float = BUDGET_POINTS) -> float:
    """The chance that ``other``'s true rating is at most ``points`` below ``best``'s: each published 95%
    interval read as a normal one, the two errors independent, as for the chances of being #1 (closed
    form; NaN when either lacks an interval).

    >>> wan = pd.Series({"elo": 1129.0, "ci_low": 1118.0, "ci_high": 1140.0})
    >>> horse = pd.Series({"elo": 1042.0, "ci_low": 1031.0, "ci_high": 1053.0})
    >>> old = pd.Series({"elo": 1028.0, "ci_low": 1017.0, "ci_high": 1039.0})
    >>> round(p_within(wan, horse), 3), round(p_within(wan, old), 3)
    (0.949, 0.45)
    """
    shifted = best.copy()
    for column in ("elo", "ci_low", "ci_high"):
        if column in shifted.index:
            shifted[column] = float(shifted[column]) - points
    return 1.0 - _p_better(shifted, other)


def budget_chances(priced: dict[str, pd.DataFrame] | None, category: str,
                   floor: float = 0.01) -> list[dict]:
    """The budget pick (:func:`budget_pick`) and each cheaper model on the price–quality frontier whose
    chance of being truly within the cut-off (:func:`p_within`) is at least ``floor``, cheapest last:
    ``name``, ``price``, ``gap`` (points below the best priced model), ``p`` and ``copy`` (the price
    list's copy in words, "" when undated). Empty without a pick or when the pick is the best model."""
    pick = budget_pick(priced, category)
    if pick is None or pick["model"] == pick["best_model"]:
        return []
    board = priced[category].dropna(subset=["price_usd_per_min", "elo"])
    best = board[board["model"] == pick["best_model"]].iloc[0]
    cheaper = board[(board["price_usd_per_min"] < pick["price"])
                    & board.get("on_frontier", pd.Series(True, index=board.index)).fillna(False).astype(bool)]
    rows = [board[board["model"] == pick["model"]].iloc[0]]
    rows += [r for _, r in cheaper.sort_values("price_usd_per_min", ascending=False).iterrows()]
    out = []
    for row in rows:
        p = p_within(best, row) if {"ci_low", "ci_high"} <= set(board.columns) else float("nan")
        if out and not (p >= floor):
            continue
        dating = row.get("price_dating", pd.NA)
        out.append({"name": str(row["model_name"]), "price": float(row["price_usd_per_min"]),
                    "gap": float(best["elo"]) - float(row["elo"]), "p": p,
                    "copy": "" if pd.isna(dating) else copy_date(dating)})
    return out


def budget_chances_text(priced: dict[str, pd.DataFrame] | None, category: str, *,
                        assumption: bool = True) -> str:
    """The budget pick's and the cheaper frontier models' chances of being truly within the cut-off
    (:func:`budget_chances`), with what the chance assumes (left to the method notes without
    ``assumption``) and which price list the prices come from; "" when there is no cheaper pick or no
    interval."""
    chances = [c for c in budget_chances(priced, category) if pd.notna(c["p"])]
    if not chances:
        return ""
    best = budget_pick(priced, category)["best_name"]
    said = [f"{c['name']} ({_usd(c['price'])} a minute, {fmt.points(c['gap'])} below)"
            f"{' is' if i == 0 else ''} {about(c['p'])}" for i, c in enumerate(chances)]
    copies = sorted({c["copy"] for c in chances if c["copy"]}, key=_month_order)
    where = (f" These prices come from the price list of {' and '.join(copies)}."
             if copies else "")
    return (f"The cut-off is measured against a rating that has an interval, so it is itself uncertain: "
            f"{_and(said)} likely to be truly within {BUDGET_POINTS} points of {best}."
            + (f" This reads each published {term('interval', '95% interval')} as a normal curve and the two "
               "ratings' errors as independent, as the chances of being #1 do." if assumption else "")
            + where)


def budget_model(priced: dict[str, pd.DataFrame] | None, category: str) -> str | None:
    """The id of :func:`budget_pick` (None without one), for the chart's star."""
    pick = budget_pick(priced, category)
    return None if pick is None else str(pick["model"])


def budget_chart_title(priced: dict[str, pd.DataFrame] | None, category: str) -> str | None:
    """The quality-against-price chart's title under the budget rule (None without a priced model)."""
    pick = budget_pick(priced, category)
    if pick is None:
        return None
    if pick["model"] == pick["best_model"]:
        return (f"{pool_label(category)}: no priced model cheaper than {pick['best_name']} "
                f"({_usd(pick['best_price'])} a minute) comes within {BUDGET_POINTS} points of it")
    saving = pick["best_price"] - pick["price"]
    percent = round(100 * saving / pick["best_price"] + 1e-9)
    share = round(100 * float(win_probability(float(pick["gap"]), 0.0)))
    return (f"{pool_label(category)}: {pick['name']} costs {_usd(saving)} a minute less than "
            f"{pick['best_name']}, about {percent}% cheaper, {fmt.points(pick['gap'])} lower "
            f"({pick['best_name']} would win about {share} of 100 decisive votes)")


def budget_miss(priced: dict[str, pd.DataFrame] | None,
                category: str) -> tuple[dict, pd.Series, float] | None:
    """The budget pick of ``category`` (:func:`budget_pick`), the highest-rated priced model cheaper than it
    but outside the cut-off, and that model's gap to the best priced one; None when there is none."""
    pick = budget_pick(priced, category)
    if pick is None:
        return None
    rated = priced[category].dropna(subset=["price_usd_per_min", "elo"])
    best = float(rated["elo"].max())
    out = rated[(rated["elo"] < best - BUDGET_POINTS) & (rated["price_usd_per_min"] < pick["price"])]
    if out.empty:
        return None
    near = out.sort_values(["elo", "price_usd_per_min"], ascending=[False, True]).iloc[0]
    return pick, near, best - float(near["elo"])


def budget_edge(priced: dict[str, pd.DataFrame] | None, category: str) -> str:
    """The cheaper priced model nearest to the budget cut-off but outside it, said with its gap, so the
    reader sees that the cut-off is a choice; "" when no cheaper priced model misses it."""
    missed = budget_miss(priced, category)
    if missed is None:
        return ""
    pick, near, gap = missed
    if gap >= BUDGET_POINTS + 10:
        return (f"{near['model_name']} ({_usd(near['price_usd_per_min'])} a minute) is {fmt.points(gap)} "
                f"below {pick['best_name']}, outside the {BUDGET_POINTS}-point cut-off.")
    return (f"{near['model_name']} misses the {BUDGET_POINTS}-point cut-off by "
            f"{fmt.points(gap - BUDGET_POINTS)}, so the pick is fragile: it is "
            f"{_usd(pick['price'] - float(near['price_usd_per_min']))} a minute cheaper than {pick['name']} "
            f"and {fmt.points(gap)} below {pick['best_name']}.")


def budget_finding(priced: dict[str, pd.DataFrame] | None, category: str) -> str:
    """The budget pick of ``category`` as a finding (:func:`budget_pick`), with the gap in votes."""
    pick = budget_pick(priced, category)
    pool = pool_label(category).lower()
    if pick is None:
        return f"No model on the {pool} board has a list price."
    if pick["model"] == pick["best_model"]:
        return (f"In {pool}, no priced model cheaper than {pick['best_name']} ({_usd(pick['best_price'])} a "
                f"minute) comes within {BUDGET_POINTS} points of it, so it is also the cheaper alternative.")
    board = priced[category]
    top = "the leader" if pick["best_elo"] >= float(board["elo"].max()) else "the best priced model"
    whose = _developers(board, [pick["model"], pick["best_model"]])
    same = f", both {whose[0]}'s" if len(whose) == 2 and whose[0] and whose[0] == whose[1] else ""
    flip = _edge_model(priced, category, pick)
    if flip is not None:
        chances = budget_chances(priced, category)
        p = chances[0]["p"] if chances else float("nan")
        if pd.notna(p):
            # the pick's chance of being truly inside the cut-off, read as the #1 chances are
            return (f"Cheaper alternative within {BUDGET_POINTS} points of {pick['best_name']} in {pool}: "
                    f"{pick['name']}, {about(p)} likely truly that close; the cheaper {flip[0]} misses the "
                    f"cut-off by {fmt.points(flip[1])}.")
        return (f"The {pool} cheaper alternative depends on the {BUDGET_POINTS}-point cut-off: "
                f"{pick['name']} "
                f"({_usd(pick['price'])} a minute, #{pick['rank']} of {pick['size']}, "
                f"{fmt.points(pick['gap'])} below {pick['best_name']}) qualifies; {flip[0]}, "
                f"{_usd(pick['price'] - flip[2])} cheaper, misses by {fmt.points(flip[1])}.")
    return (f"{pick['name']}, #{pick['rank']} of {pick['size']}, is the cheapest priced {pool} model within "
            f"{BUDGET_POINTS} points of {top}: {_usd(pick['price'])} a minute against "
            f"{_usd(pick['best_price'])} for {pick['best_name']}{same}.")


def _edge_model(priced: dict[str, pd.DataFrame], category: str,
                pick: dict) -> tuple[str, float, float] | None:
    """The cheaper priced model that a cut-off under 10 points wider would pick instead of ``pick``:
    (its name, how many points wider, its price); None when there is none."""
    rated = priced[category].dropna(subset=["price_usd_per_min", "elo"])
    best = float(rated["elo"].max())
    out = rated[(rated["elo"] < best - BUDGET_POINTS) & (rated["price_usd_per_min"] < pick["price"])]
    if out.empty:
        return None
    near = out.sort_values(["elo", "price_usd_per_min"], ascending=[False, True]).iloc[0]
    wider = best - float(near["elo"]) - BUDGET_POINTS
    return None if wider >= 10 else (str(near["model_name"]), wider, float(near["price_usd_per_min"]))


def _developers(board: pd.DataFrame, models: list[object]) -> list[str]:
    """Each model's developer as a parent company (the board's ``developer`` column, else its ``creator``
    read by :func:`videomarket.leaderboard.canonical_creator`); "" when neither says."""
    from videomarket.leaderboard import canonical_creator

    out = []
    for m in models:
        row = board[board["model"] == m]
        dev = row["developer"].dropna() if "developer" in row else pd.Series(dtype=object)
        made = row["creator"].dropna() if "creator" in row else pd.Series(dtype=object)
        maker = str(canonical_creator(made.iloc[0])) if len(made) else ""
        out.append(str(dev.iloc[0]) if len(dev) else maker)
    return out


BUDGET_LABEL = (f"cheaper alternative: cheapest within {BUDGET_POINTS} points of the highest-rated "
                "priced model")


def _contenders(top: pd.DataFrame) -> list[tuple[str, float]]:
    """The models of a board top with at least :data:`CONTENDER` chance of being #1, likeliest first."""
    rated = top.dropna(subset=["p_leader"])
    rated = rated[rated["p_leader"].astype(float) >= CONTENDER]
    rated = rated.sort_values(["p_leader", "rank"], ascending=[False, True])
    return [(str(n), float(p)) for n, p in zip(rated["model_name"], rated["p_leader"], strict=True)]


def _best_open(open_best: pd.DataFrame) -> pd.Series | None:
    """The flagged model with the best place (rank, then the larger board): places compare across pools,
    rating points do not."""
    held = by_share(open_best.dropna(subset=["model"]))
    return None if held.empty else held.iloc[0]


def by_share(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows ordered by place as a share of board size (#4 of 77 before #2 of 36), the one rule the
    guide uses to compare places across pools; ties by the larger board."""
    share = rows["rank"].astype(float) / rows["board_size"].astype(float)
    return rows.assign(_share=share).sort_values(["_share", "board_size"], ascending=[True, False]).drop(
        columns="_share")


def _place(row: pd.Series, size: str = "board_size") -> str:
    return f"#{int(row['rank'])} of {int(row[size])}"


def guide_findings(
    leaders: pd.DataFrame,
    value: pd.DataFrame,
    category: str,
    open_best: pd.DataFrame,
    then: pd.DataFrame,
    now: pd.DataFrame,
    tops: dict[str, pd.DataFrame] | None = None,
    basis: str = "",
    copy: pd.DataFrame | None = None,
    rerated: Iterable[str] = (),
    press: pd.DataFrame | None = None,
    priced: dict[str, pd.DataFrame] | None = None,
    audio_best: pd.DataFrame | None = None,
    rankings: pd.DataFrame | None = None,
    downloaded: pd.DataFrame | None = None,
    shortlist: bool = True,
    open_pool: bool = True,
) -> list[str]:
    """Four or five computed findings, one idea each: how sure the leads are (or, with ``audio_best``,
    :func:`audio_finding`, with ``downloaded`` its last downloaded silent board); the cheapest model near
    the top of ``category`` (or, when :func:`videomarket.guide.value_summary` had a budget, the best
    under it); where the best open-weights model places; what became of the December 2025 shortlist;
    and ``basis`` (:func:`basis_finding`), what the picks rest on, when given.

    ``value`` is :func:`videomarket.guide.value_summary`, ``open_best``
    :func:`videomarket.guide.flagged_leaders` for open weights, ``then`` / ``now``
    :func:`videomarket.guide.recommendation_check` of the shortlist in December 2025 and now, ``tops``
    :func:`videomarket.guide.board_tops` (who is in an open race), ``copy`` the December 2025 board's rows
    (:func:`videomarket.guide.board_on`, named with its grade when partial) and ``rerated`` the pools
    re-rated since (said beside a rank compared across that date); ``press`` the December 2025 press
    ratings (:func:`videomarket.leaderboard.reported_ratings`), which state a judged leader's lead. With
    ``priced`` (:func:`videomarket.guide.priced_boards`) and no budget, the second finding is the budget
    pick of ``category`` (:func:`budget_finding`). ``shortlist=False`` leaves out the shortlist finding,
    ``open_pool=False`` the open-weights one of ``category``.
    """
    findings = [_leaders_finding(leaders, tops) if audio_best is None
                else audio_finding(leaders, audio_best, tops, rankings, downloaded)]
    mine = value[value["category"] == category]
    if mine.empty:
        findings.append(f"There is no {pool_label(category).lower()} board for that date.")
    elif pd.notna(mine.iloc[0]["budget"]):
        findings.append(_budget_finding(mine.iloc[0]))
    elif priced is not None and budget_pick(priced, category) is not None:
        findings.append(budget_finding(priced, category))
    else:
        findings.append(_near_top_finding(mine.iloc[0]))
    if open_pool:
        findings.append(_open_finding(open_best, tops, category))
    if shortlist:
        findings.append(_shortlist_finding(then, now, copy, rerated, press, priced))
    return findings + ([basis] if basis else [])


def _leaders_finding(leaders: pd.DataFrame, tops: dict[str, pd.DataFrame] | None = None) -> str:
    rated = leaders.dropna(subset=["p_leader"]).sort_values("p_leader", ascending=False)
    if rated.empty:
        return "No board of that date publishes intervals, so how sure any lead is cannot be computed."
    sure = rated[_near_certain(rated["p_leader"])]
    named = "; ".join(f"{r.model_name} in {pool_label(r.category).lower()} ({about(r.p_leader)})"
                      for r in sure.itertuples())
    scope = f"at least 95% likely, {INDEPENDENCE}"
    if len(sure) == len(rated):
        return f"All {len(rated)} leads are near-certain ({scope}): {named}."
    if sure.empty:
        head = f"No lead is near-certain ({scope})."
    else:
        head = f"{len(sure)} of {len(rated)} leads {_is(len(sure))} near-certain ({scope}): {named}."
    weakest = rated.iloc[-1]
    pool = pool_label(weakest["category"]).lower()
    racers = race_names(weakest, (tops or {}).get(str(weakest["category"])))
    if racers:
        return head + (f" The closest call, {pool}, is an open race: {weakest['model_name']} has "
                       f"{about(weakest['p_leader'])}.")
    return head + (f" The closest call is {pool}: {weakest['model_name']}, "
                   f"{about(weakest['p_leader'])}.")


def runner_up_text(row: object) -> str:
    """The runner-up in words, a tie for second written as every table writes it: "Bach 1.0 Pro and
    Wan 3.0 (both =2)".

    >>> runner_up_text(pd.Series({"runner_up_name": "Bach 1.0 Pro",
    ...                           "runner_up_names": "Bach 1.0 Pro; Wan 3.0"}))
    'Bach 1.0 Pro and Wan 3.0 (both =2)'
    """
    row = row if isinstance(row, pd.Series) else pd.Series(row._asdict())
    names = row.get("runner_up_names", pd.NA)
    if names is None or pd.isna(names) or not str(names):
        return str(row.get("runner_up_name"))
    listed = [n.strip() for n in str(names).split(";") if n.strip()]
    return _and(listed) + ((" (both =2)" if len(listed) == 2 else " (all =2)") if len(listed) > 1 else "")


def _near_top_finding(row: pd.Series) -> str:
    pool = pool_label(row["category"]).lower()
    if pd.isna(row["near_model"]):
        return f"No model on the {pool} board has a list price."
    if row["near_model"] == row["top_model"]:
        if pd.notna(row.get("next_name", pd.NA)):
            unpriced = [n.strip() for n in str(row.get("close_unpriced", "") or "").split(";") if n.strip()]
            rivals = (f"; {_and(unpriced)} {'comes' if len(unpriced) == 1 else 'come'} as close but "
                      f"{'lacks' if len(unpriced) == 1 else 'lack'} a list price" if unpriced else "")
            return (f"In {pool}, no priced model cheaper than {row['top_name']} ({_usd(row['top_price'])}) "
                    f"comes within {NEAR_TOP_POINTS} points{rivals}. The next priced, {row['next_name']} "
                    f"({_usd(row['next_price'])}), is {fmt.points(float(row['next_gap']))} lower.")
        return (f"In {pool}, the highest-rated model with a list price, {row['top_name']} at "
                f"{_usd(row['top_price'])} a minute, "
                f"is also the cheapest within {NEAR_TOP_POINTS} points of the best.")
    text = (f"In {pool}, {row['near_name']} at {_usd(row['near_price'])} a minute is {_near_words(row)} "
            f"the highest-rated model with a list price, {row['top_name']} at "
            f"{_usd(row['top_price'])}{_by_interval(row)}: the "
            "cheapest model about as good.")
    if row["leader_model"] != row["top_model"]:
        text += f" The board's leader, {row['leader_name']}, has no price in the archived model list."
    return text


def _budget_finding(row: pd.Series) -> str:
    pool, budget = pool_label(row["category"]).lower(), _usd(row["budget"])
    if pd.isna(row["budget_model"]):
        return f"No priced {pool} model costs {budget} a minute or less."
    if row["budget_model"] == row["top_model"]:
        return (f"The highest-rated {pool} model with a list price, {row['top_name']}, is within the "
                f"{budget} a minute budget.")
    return (f"Within {budget} a minute, the best {pool} model is {row['budget_name']} "
            f"({_usd(row['budget_price'])}), {fmt.points(float(row['budget_gap']))} below "
            f"{row['top_name']}: {_preference(row['budget_gap'], row['top_name'])}.")


def unknown_above_words(row: pd.Series) -> str:
    """"9 of the 21 models rated above it have no open-weights status in the catalogue" for a pool's best
    open-weights model (:func:`videomarket.guide.flagged_leaders` row); "" when none above lacks one."""
    above, higher = int(row.get("n_unknown_above", 0) or 0), int(row["rank"]) - 1
    if not above:
        return ""
    if higher == 1:
        return "the model rated above it has no open-weights status in the catalogue"
    share = f"all {higher}" if above == higher else f"{above} of the {higher}"
    return f"{share} models rated above it have no open-weights status in the catalogue"


def _open_finding(open_best: pd.DataFrame, tops: dict[str, pd.DataFrame] | None = None,
                  category: str = "") -> str:
    mine = open_best[open_best["category"].astype(str) == category].dropna(subset=["model"])
    if len(mine) and unknown_above_words(mine.iloc[0]):
        row = mine.iloc[0]
        return (f"In {pool_label(category).lower()}, the best model the catalogue marks as open-weights is "
                f"{row['model_name']}, {_place(row)}, but {unknown_above_words(row)}.")
    best = _best_open(open_best)
    if best is None:
        return "No model on these boards has open weights in the catalogue."
    held = by_share(open_best.dropna(subset=["model"]))
    same = held[held["model"] == best["model"]]
    variant = [(r, top) for _, r in same.iterrows() if int(r["rank"]) == 2
               and (top := _board_leader((tops or {}).get(str(r["category"])))) is not None
               and str(top["model"]).endswith(f"-based-on-{best['model']}")]
    if variant:
        row, top = variant[0]
        return (f"{best['model_name']} is the best model the catalogue marks as open-weights: "
                f"{_place(row)} in "
                f"{pool_label(row['category']).lower()}, behind only its variant {top['model_name']}.")
    places = _and([f"{_place(r)} in {pool_label(r['category']).lower()}" for _, r in same.iterrows()])
    return (f"{best['model_name']} is the best model the catalogue marks as open-weights: {places}, "
            f"{_and([fmt.points(float(g)) for g in same['gap_to_leader']]).replace(' points and ', ' and ')}"
            f" behind the leader{'s' if len(same) > 1 else ''}.")


def _board_leader(board: pd.DataFrame | None) -> pd.Series | None:
    """The #1 row of one board top (:func:`videomarket.guide.board_tops`), or None."""
    if board is None or board.empty or "rank" not in board:
        return None
    return board.sort_values("rank").iloc[0]


def audio_finding(leaders: pd.DataFrame, audio_best: pd.DataFrame,
                  tops: dict[str, pd.DataFrame] | None = None, rankings: pd.DataFrame | None = None,
                  downloaded: pd.DataFrame | None = None) -> str:
    """Native audio as a finding (``audio_best``: :func:`videomarket.guide.flagged_leaders` for native
    audio on the silent boards): when a silent leader makes sound, whether it also leads the with-audio
    board of the same input (only then does wanting sound cost no rank), with its place there from
    ``tops`` (:func:`videomarket.guide.board_tops`); else where the best sound-making model places.
    ``downloaded``: the last downloaded silent board (:func:`videomarket.leaderboard.board_certainty`),
    whose chance for the same leader heads the finding (:func:`two_boards_chance`)."""
    silent = audio_best.dropna(subset=["model"])
    if silent.empty:
        return "No model on the silent boards makes sound in the catalogue."
    top = silent[silent["rank"].astype(int) == 1]
    if len(top) == len(silent):
        lead = leaders.dropna(subset=["model"]).set_index("category")
        free, costly = [], []
        for r in top.itertuples():
            medium = pool_label(r.category).lower().replace(" (silent)", "")
            audio = f"{r.category}-audio"
            if audio not in lead.index:  # no with-audio board to set it against
                continue
            if lead.loc[audio, "model"] == r.model:
                chances = [lead.loc[c].get("p_leader", pd.NA) for c in (r.category, audio)]
                sure = (f" leads silent (about {fmt.pct(float(chances[0]), 0)} likely truly #1) and with "
                        f"audio (about {fmt.pct(float(chances[1]), 0)})" if all(pd.notna(c) for c in chances)
                        else " leads both")
                gone = _gone_leaders(rankings, leaders, [audio])
                if gone is not None:
                    silent_gone = _gone_top(rankings, leaders, str(r.category), gone)
                    if silent_gone is not None:
                        # the headline form of the leader's chance, as every report gives it; who left
                        # the boards and when is told in the body (absent_leaders_text)
                        odds = (f", silent and with audio: about {fmt.pct(float(chances[0]), 0)} and about "
                                f"{fmt.pct(float(chances[1]), 0)} likely to be truly #1 (if rating errors "
                                "are independent)" if all(pd.notna(c) for c in chances)
                                else ", silent and with audio")
                        two = _two_boards(r, lead.loc[r.category, "snapshot_date"], chances[0], downloaded)
                        if two:
                            return f"{r.model_name} leads silent {medium}{two}."
                        return f"{r.model_name} leads {medium}{odds}."
                    ahead = _gone_gap(rankings, gone, str(r.model))
                    free.append(f"In {medium}, {r.model_name}{sure}, but with audio only since "
                                f"{gone[0]}, #1 there{ahead} on {fmt.day(gone[4])}, left the board at the "
                                "re-rating.")
                    return free[-1]
                free.append(f"In {medium}, wanting sound does not change the leader: {r.model_name}{sure}.")
                continue
            board = (tops or {}).get(audio)
            hit = board[board["model"] == r.model] if board is not None else None
            where = (f"#{int(hit['rank'].iloc[0])} of {_size(board, lead, audio)} with audio"
                     if hit is not None and len(hit) else "not on the with-audio board")
            costly.append(f"In {medium}{' it does' if free else ', wanting sound changes the leader'}: "
                          f"silent leader {r.model_name} is {where}, where "
                          f"{lead.loc[audio, 'model_name']} leads.")
        text = " ".join(free + costly)
        if not text:
            named = _and([f"{r.model_name} in {pool_label(r.category).lower()}" for r in top.itertuples()])
            text = (f"The silent leader{'s' if len(top) > 1 else ''} also make{'' if len(top) > 1 else 's'} "
                    f"sound: {named}.")
        return text.strip()
    named = _and([f"{r['model_name']} at {_place(r)} in {pool_label(r['category']).lower()}"
                  for _, r in silent.iterrows()])
    return f"On the silent boards, the best models that make sound are {named}."


def two_boards_chance(rebuilt_chance: float, rebuilt_day: object, downloaded_chance: float,
                      downloaded_day: object, *, link_first: bool = False, link_rebuilt: bool = False,
                      other_leader: str = "", still: bool = True, counted_twice: float | None = None) -> str:
    """The latest leader's chance of being truly #1 as every report heads with it (reports 02, 03 and 04):
    one number, on the last downloaded board (the last one safe to cite, report 00), and with ``still``
    that the rebuilt newest copy has the same #1. The rebuilt copy's own chance, and either board's with a
    near-identical pair counted the other way, are the bodies' (each labelled there), never a headline
    range that mixes boards and counting rules. ``link_first`` and ``link_rebuilt`` link those words to
    the glossary; ``other_leader`` names the downloaded board's #1 when it is another model (then both
    chances are said, each of its own model). One counting rule for every board: a listing that repeats
    another's rating and interval is one model, a listing with its own rating a rival; the bodies say it
    where a board has such a pair. With ``counted_twice`` (the downloaded board's chance with such a pair
    counted as two rivals) the headline gives both readings as one range, lower first; the next sentence
    says why (:func:`chance_range_reason`).

    >>> print(two_boards_chance(0.8787, "2026-10-10", 0.8958, "2026-10-06"))
    about 90% likely truly #1 on the newest board, 6 October, and still #1 on the
    rebuilt 10 October copy, if rating errors are independent
    >>> print(two_boards_chance(0.8787, "2026-10-10", 0.8958, "2026-10-06", still=False))
    about 90% likely truly #1 on the newest board, 6 October, if rating errors are
    independent
    >>> print(two_boards_chance(0.8787, "2026-10-10", 0.70, "2026-10-06", other_leader="Veo 4"))
    about 88% likely to be truly #1 on the rebuilt 10 October copy; Veo 4 about 70% on the last downloaded
    board, 6 October (if rating errors are independent)
    >>> print(two_boards_chance(0.8787, "2026-10-10", 0.8958, "2026-10-06", counted_twice=0.8305))
    83%–90% likely truly #1 on the newest board, 6 October, and still #1 on the rebuilt 10
    October copy, if rating errors are independent
    """
    new, old = pd.Timestamp(rebuilt_day), pd.Timestamp(downloaded_day)
    first = term("p-first", "truly #1") if link_first else "truly #1"
    rebuilt = term("rebuilt-file", "rebuilt") if link_rebuilt else "rebuilt"
    if other_leader:
        return (f"{about(float(rebuilt_chance))} likely to be {first} on the {rebuilt} {new:%-d %B} copy; "
                f"{other_leader} {about(float(downloaded_chance))} on the last downloaded board, "
                f"{old:%-d %B} (if rating errors are independent)")
    same = f", and still #1 on the {rebuilt} {new:%-d %B} copy" if still else ""
    span = _chance_span(float(downloaded_chance), counted_twice)
    return (f"{span} likely {first} on the newest board, "
            f"{old:%-d %B}{same}, if rating errors are independent")


def _chance_span(chance: float, counted_twice: float | None) -> str:
    """'83%–90%' when counting a repeated listing as a rival changes the rounded chance, else 'about 90%'."""
    if counted_twice is None or pd.isna(counted_twice):
        return about(chance)
    low, high = sorted((float(counted_twice), chance))
    if fmt.pct(low, 0) == fmt.pct(high, 0) or high >= 0.995 or low < 0.005:
        return about(chance)
    return f"{fmt.pct(low, 0)}–{fmt.pct(high, 0)}"


def chance_range_reason(pair_name: str, *, link: bool = False, apart: float | None = None) -> str:
    """Why the latest leader's chance is a range (:func:`two_boards_chance` with ``counted_twice``): the
    board lists one rival twice, with identical numbers or (``apart``) rated that many points apart, and
    the data cannot say whether that is one model. ``link`` links the listing to the glossary's entry on
    repeated listings.

    >>> print(chance_range_reason("MiniMax H3"))
    The range depends on whether MiniMax H3, listed twice with identical numbers, counts as one rival or two.
    >>> print(chance_range_reason("MiniMax H3", apart=1.0))
    The range depends on whether MiniMax H3's two listings, one "based on" the other and rated 1 point apart,
    are one model or two rivals.
    """
    if apart is not None:
        listings = term("repeated-listing", "listings") if link else "listings"
        return (f"The range depends on whether {pair_name}'s two {listings}, one \"based on\" the other and "
                f"rated {fmt.count(round(apart), 'point')} apart, are one model or two rivals.")
    twice = term("repeated-listing", "listed twice") if link else "listed twice"
    return (f"The range depends on whether {pair_name}, {twice} with identical numbers, counts as one rival "
            "or two.")


def counted_twice(downloaded: pd.DataFrame | None) -> float | None:
    """The leader's chance with the repeated listing counted as a rival (:func:`with_counted_twice`), or None.

    >>> counted_twice(pd.DataFrame({"p_leader_counting_twice": [0.83]})), counted_twice(None)
    (0.83, None)
    """
    if downloaded is None or downloaded.empty or "p_leader_counting_twice" not in downloaded.columns:
        return None
    value = downloaded["p_leader_counting_twice"].iloc[0]
    return None if pd.isna(value) else float(value)


def as_one(board: pd.DataFrame | None) -> tuple[float, float] | None:
    """The leader's chance with a "based on" listing counted as the same model as its original, and the
    points between the two (:func:`with_counted_twice`), or None.

    >>> as_one(pd.DataFrame({"p_leader_as_one": [0.93], "pair_apart": [1.0]})), as_one(None)
    ((0.93, 1.0), None)
    """
    if board is None or board.empty or "p_leader_as_one" not in board.columns:
        return None
    value = board["p_leader_as_one"].iloc[0]
    return None if pd.isna(value) else (float(value), float(board["pair_apart"].iloc[0]))


def other_reading(board: pd.DataFrame | None) -> tuple[float | None, str]:
    """The leader's chance under the other way of counting a rival listed twice (:func:`with_counted_twice`)
    and the sentence that says why the chance is a range; (None, "") without such a pair.

    >>> other_reading(pd.DataFrame({"p_leader_counting_twice": [0.83], "pair_name": ["MiniMax H3"]}))[0]
    0.83
    >>> other_reading(None)
    (None, '')
    """
    twice = counted_twice(board)
    if twice is not None:
        return twice, chance_range_reason(str(board["pair_name"].iloc[0]), link=True)
    one = as_one(board)
    if one is not None:
        return one[0], chance_range_reason(str(board["pair_name"].iloc[0]), link=True, apart=one[1])
    return None, ""


def _two_boards(row: object, day: object, chance: object, downloaded: pd.DataFrame | None) -> str:
    """The silent leader's chance on the rebuilt board and on the last downloaded one, as every report
    gives it; "" without a downloaded board that rates the same leader."""
    if downloaded is None or downloaded.empty or pd.isna(chance):
        return ""
    hit = downloaded[downloaded["model"].astype(str) == str(row.model)]
    if hit.empty or pd.isna(hit["p_leader"].iloc[0]):
        return ""
    # a key finding (35 words at most): the answer already says the rebuilt copies agree
    return ": " + two_boards_chance(chance, day, hit["p_leader"].iloc[0], hit["snapshot_date"].iloc[0],
                                    still=False)


def _gone_leaders(rankings: pd.DataFrame | None, leaders: pd.DataFrame, pools: list[str]) -> tuple | None:
    """The first earlier leader missing from the current boards of ``pools`` (with-audio place first):
    (name, pool, rank, size, day), or None."""
    if rankings is None:
        return None
    hits = [h for h in _absent_leaders(rankings, leaders, "Artificial Analysis") if h[1] in set(pools)]
    hits = sorted(hits, key=lambda h: (not h[1].endswith("-audio"), h[2]))
    return hits[0] if hits and hits[0][2] == 1 else None


def _gone_top(rankings: pd.DataFrame | None, leaders: pd.DataFrame, pool: str, gone: tuple) -> tuple | None:
    """The same departed model as ``gone`` (:func:`_gone_leaders`) in ``pool``, when it was #1 or #2
    there on the same last day: (name, pool, rank, size, day), or None."""
    if rankings is None:
        return None
    hits = [h for h in _absent_leaders(rankings, leaders, "Artificial Analysis")
            if h[1] == pool and h[0] == gone[0] and h[2] <= 2 and h[4] == gone[4]]
    return hits[0] if hits else None


def _gone_gap(rankings: pd.DataFrame, gone: tuple, model: str) -> str:
    """" by 4 points": how far the gone leader (:func:`_gone_leaders`) was ahead of ``model`` on its last
    day there ("" when either lacks a rating)."""
    rows = rankings[(rankings["category"].astype(str) == gone[1]) & (rankings["snapshot_date"] == gone[4])
                    & (rankings["arena"].astype(str) == "Artificial Analysis")]
    them = rows.loc[rows["model_name"].astype(str) == gone[0], "elo"].dropna()
    mine = rows.loc[rows["model"].astype(str) == model, "elo"].dropna()
    if them.empty or mine.empty or float(them.iloc[0]) <= float(mine.iloc[0]):
        return ""
    return f" by {fmt.points(float(them.iloc[0]) - float(mine.iloc[0]))}"


def _size(board: pd.DataFrame, lead: pd.DataFrame, category: str) -> int:
    """A board's size: the leaders' ``board_size`` when given, else the rows of ``board``."""
    if "board_size" in lead.columns and category in lead.index and pd.notna(lead.loc[category, "board_size"]):
        return int(lead.loc[category, "board_size"])
    return len(board)


def _rerated(row: pd.Series, rerated: Iterable[str]) -> str:
    return " on a re-rated board" if str(row["category"]) in set(rerated) else ""


def _press_lead(press: pd.DataFrame | None, row: pd.Series) -> str:
    """"On 1 December 2025, A was #1 at 1247, 21 points over B (press, grade B, no intervals)." when the
    press ratings (:func:`videomarket.leaderboard.reported_ratings`) put the judged pick first; else ""."""
    if press is None or press.empty:
        return ""
    quoted = press.dropna(subset=["elo"]).sort_values("elo", ascending=False)
    names = {str(row["claim"]), str(row.get("claim_name", ""))}
    if len(quoted) < 2 or str(quoted.iloc[0]["model_name"]) not in names:
        return ""
    top, second = quoted.iloc[0], quoted.iloc[1]
    grade = f", grade {top['evidence']}" if pd.notna(top.get("evidence", pd.NA)) else ""
    return (f"On {fmt.day(top['snapshot_date'])}, {top['model_name']} was #1 at {float(top['elo']):.0f}, "
            f"{fmt.points(float(top['elo']) - float(second['elo']))} over {second['model_name']} "
            f"(press{grade}, no intervals).")


def closest_entry(name: str, board: pd.DataFrame | None) -> pd.Series | None:
    """The board entry whose name is ``name`` with trailing words dropped ("Pika 2.5" for "Pika 2.5
    Turbo"), keeping at least two words; None when there is none."""
    if board is None or board.empty:
        return None
    names = board["model_name"].astype(str).str.casefold()
    words = str(name).split()
    for n in range(len(words) - 1, 1, -1):
        hit = board[names == " ".join(words[:n]).casefold()]
        if len(hit):
            return hit.iloc[0]
    return None


def _unjudged_places(now: pd.DataFrame, judged: Iterable[str], priced: dict[str, pd.DataFrame]) -> str:
    """Where the picks that cannot be judged now last stood: "Sora 2 was last listed at #16 of 36;
    Pika 2.5, nearest to Pika 2.5 Turbo, is #30 of 32." ("" when none is placed)."""
    words = []
    for need in dict.fromkeys(now["need"]):
        if need in set(judged):
            continue
        rows = now[now["need"] == need]
        claim = str(rows["claim"].iloc[0])
        seen = rows.dropna(subset=["last_seen_rank"])
        if len(seen):
            r = seen.iloc[0]
            words.append(f"{claim} was last listed at #{int(r['last_seen_rank'])} of "
                         f"{int(r['last_seen_size'])}")
            continue
        for cat in rows["category"].dropna().astype(str):
            near = closest_entry(claim, priced.get(cat))
            if near is not None and pd.notna(near.get("rank", pd.NA)):
                words.append(f"{near['model_name']}, nearest to {claim}, is #{int(near['rank'])} of "
                             f"{len(priced[cat])}")
                break
    return "; ".join(words) + "." if words else ""


def shortlist_point(then: pd.DataFrame, now: pd.DataFrame, copy: pd.DataFrame | None = None,
                    rerated: Iterable[str] = (), press: pd.DataFrame | None = None,
                    priced: dict[str, pd.DataFrame] | None = None) -> str:
    """The shortlist finding (what became of the December 2025 quality pick) as its section's first
    sentence, for a note whose key findings leave it out (``guide_findings(..., shortlist=False)``)."""
    return _shortlist_finding(then, now, copy, rerated, press, priced)


def _shortlist_finding(then: pd.DataFrame, now: pd.DataFrame, copy: pd.DataFrame | None = None,
                       rerated: Iterable[str] = (), press: pd.DataFrame | None = None,
                       priced: dict[str, pd.DataFrame] | None = None) -> str:
    """Then: which picks could be judged on the December 2025 board and whether they held; now: which
    hold, which fail (best place) and how many cannot be judged; with ``priced``
    (:func:`videomarket.guide.priced_boards`), where the unjudged picks last stood or their nearest entry
    (:func:`_unjudged_places`)."""
    held_then, judged_then = _holds(then)
    quoted = ""
    held_now, judged_now = _holds(now, direct=True)  # a stand-in's verdict is not the pick's
    alone = False  # a finding about the quality pick alone; the other picks are said in the body
    picks = now.drop_duplicates("need").set_index("need")["claim"].astype(str)
    if not judged_then:
        text = "Of the December 2025 shortlist, no pick could be judged on the board of that month."
    elif len(judged_then) == 1:
        need = judged_then[0]
        row = then[(then["need"] == need) & then["status"].isin(["is the pick", "not the pick"])].iloc[0]
        quoted = _press_lead(press, row)
        text = quoted or (f"In December 2025, only {picks[need]} ({need}) could be judged: it "
                          f"{'held' if held_then else 'failed'}, {_where(row, copy)}.")
    else:
        text = (f"Of the December 2025 shortlist, {len(held_then)} of the {len(judged_then)} picks that "
                "could be judged that month held.")
    words = []
    for need in judged_now:
        rows = now[(now["need"] == need) & now["status"].isin(["is the pick", "not the pick"])]
        row = rows.sort_values("claim_rank").iloc[0]
        where = f"{_where(row)} in {pool_label(row['category']).lower()}{_rerated(row, rerated)}"
        who = "it" if len(judged_then) == 1 and judged_then == [need] else picks[need]
        if quoted and who == "it":
            top = press.dropna(subset=["elo"]).sort_values("elo", ascending=False).iloc[0]
            lost = "still leads" if need in held_now else "no longer leads"
            listing = re.match(r"^.*\((.+)\)$", str(row.get("claim_name", "")))
            its = f"its {listing.group(1)} listing is " if listing else ""
            board = (" on the re-rated board, an indicative comparison" if _rerated(row, rerated)
                     else " now")
            text = (f"{picks[need]}, #1 at {float(top['elo']):.0f} on {fmt.day(top['snapshot_date'])}, "
                    f"{lost}: {its}"
                    f"#{int(row['claim_rank'])} of {int(row['board_size'])}{board}.")
            if listing and priced is not None and lost == "no longer leads":
                alone = True
                share = round(100 * float(win_probability(float(row["gap"]), 0.0)))
                text = (f"{picks[need]}, December 2025's {need} pick, no longer leads: its "
                        f"{listing.group(1)} listing is #{int(row['claim_rank'])} of "
                        f"{int(row['board_size'])} "
                        f"on {fmt.day(row['snapshot_date']).rsplit(' ', 1)[0]}, and {row['pick_name']} "
                        f"would win about {share} of 100 decisive votes against it.")
            continue
        words.append(f"{who} holds, at {where}" if need in held_now else f"{who} is {where}")
    rest = len(picks) - len(judged_now)
    others = (("1 other pick" if rest == 1 else f"{rest} other picks") if judged_now
              else fmt.count(rest, "pick"))
    places = _unjudged_places(now, judged_now, priced) if priced is not None else ""
    if alone:
        pass
    elif quoted and not words and places:
        text += f" {places}"
    elif quoted and not words:
        named = len(_unjudged_list(now, judged_now))
        text += (f" The other {fmt.count(named, 'pick')} cannot be judged now." if named > 1
                 else _unjudged_words(now, judged_now))
    elif words:
        text += " Now " + _and(words) + (f"; {others} cannot be judged directly." if rest else ".")
    else:
        text += f" Now {others} cannot be judged."
    return text


#: What each status of a pick that cannot be judged now says in the shortlist finding.
UNJUDGED_WORDS = {
    "not on this board": "is not listed now",
    "unknown model": "is on no board (December copies cover only the top, so absence says little)",
    "not measured": "cannot be judged",
}


def _unjudged_words(now: pd.DataFrame, judged: Iterable[str]) -> str:
    """" Sora 2 is not listed now, Pika 2.5 Turbo is on no board (…) and Veo 3 cannot be judged." for the
    picks of ``now`` (:func:`videomarket.guide.recommendation_check`) outside ``judged``; "" when none."""
    said = _unjudged_list(now, judged)
    return f" {_and(said)}." if said else ""


def _unjudged_list(now: pd.DataFrame, judged: Iterable[str]) -> list[str]:
    """The clauses of :func:`_unjudged_words`, one per pick that cannot be judged."""
    rest = now[~now["need"].isin(list(judged))]
    said = []
    for _, rows in rest.groupby("need", sort=False):
        status = next((st for st in UNJUDGED_WORDS if (rows["status"] == st).any()), None)
        if status is not None:
            said.append(f"{rows['claim'].iloc[0]} {UNJUDGED_WORDS[status]}")
    return said


def _indirect(row: pd.Series) -> bool:
    """The named model is not on the board and a stand-in (``checked_as``) was checked in its place. A
    name the matching rule accepts ("Runway Gen-4.5 (720p)" for "Runway Gen-4.5") is the model itself."""
    return _stand_in(row)


def _stand_in(row: pd.Series) -> bool:
    stand_in = row.get("checked_as", pd.NA)
    return isinstance(stand_in, str) and bool(stand_in.strip())


def _holds(checks: pd.DataFrame, *, direct: bool = False) -> tuple[list[str], list[str]]:
    """The needs whose pick holds on at least one board, and the needs that could be judged (the pick is
    on a board and, for a budget pick, priced); a pick not listed cannot be judged. ``direct``: only
    rows that check the named model itself (no stand-in, no differently named variant)."""
    judged = checks[checks["status"].isin(["is the pick", "not the pick"])]
    if direct and len(judged):
        judged = judged[[not _indirect(r) for _, r in judged.iterrows()]]
    needs = list(dict.fromkeys(judged["need"].astype(str)))
    held = [n for n in needs if (judged.loc[judged["need"] == n, "status"] == "is the pick").any()]
    return held, needs


def guide_data_as_of(latest: object, *, what_may_have_changed: str = "", build: object = None,
                     rebuilt_words: str = "", new_leaders: str = "", other_ages: str = "") -> str:
    """The data box: :func:`videomarket.stories.data_as_of` for the leaderboards, what may have changed
    (``what_may_have_changed``), other sources' ages (``other_ages``: :func:`other_ages_text`) and,
    when the boards shown were rebuilt (``rebuilt_words``
    non-empty, e.g. :func:`rebuilt_chart_note`), one sentence on that, linking the glossary and report 00's
    section on how strong the evidence is, where the checks are told.

    >>> guide_data_as_of("2026-10-10", build="2026-12-06", rebuilt_words="x")[-61:]
    'checked](00-about-the-data.html#how-strong-is-the-evidence)).'
    """
    from videomarket.stories._notes import data_as_of

    line = data_as_of(latest, build, what_may_have_changed=" ".join(
        t for t in (new_leaders, what_may_have_changed) if t))
    if other_ages:
        line += f" {other_ages}"
    if rebuilt_words:
        line += (" All picks rest on [rebuilt](#glossary-rebuilt-file) copies, not verified ([how they were "
                 "checked](00-about-the-data.html#how-strong-is-the-evidence)).")
    return line


def unverified_prices(prices: pd.DataFrame, provenance: pd.DataFrame) -> str:
    """What the price copies are, for the data box and the chart's source line: "from an undated
    third-party copy, not verified" (plural for several copies) when every price copy (``prices``:
    :func:`videomarket.data.load_pool_prices`) is an archive file that was not cloned
    (:func:`videomarket.data.rebuilt_from_text` on ``provenance``); "" otherwise.

    >>> prices = pd.DataFrame({"price_source_id": ["a", "b"],
    ...     "price_dating": ["an undated copy of about late September 2026 (x)", "an undated copy of (y)"]})
    >>> unverified_prices(prices, pd.DataFrame({"source_id": ["a", "b"], "note": ["by content", None]}))
    'from undated third-party copies, not verified'
    >>> unverified_prices(prices.iloc[:1], pd.DataFrame({"source_id": ["a"], "note": ["git clone"]}))
    ''
    """
    from videomarket.data import rebuilt_from_text

    ids = set(prices["price_source_id"].dropna().astype(str))
    files = provenance[provenance["source_id"].astype(str).isin(ids)]
    if files.empty or not bool(rebuilt_from_text(files).all()):
        return ""
    undated = "undated " if prices["price_dating"].astype(str).str.contains("undated").all() else ""
    if len(ids) > 1:
        return f"from {undated}third-party copies, not verified"
    return f"from {'an ' + undated if undated else 'a '}third-party copy, not verified"


def other_ages_text(lm_day: object, prices: pd.DataFrame, build: object = None, *,
                    unverified: str = "") -> str:
    """LMArena's board date and age and the price copies' dates, for the data box (``prices``:
    :func:`videomarket.data.load_pool_prices`, its ``price_dating``).

    >>> prices = pd.DataFrame({"price_dating": ["an undated copy of about early August 2026 (x)",
    ...                                         "an undated copy of about late September 2026 (y)"]})
    >>> print(other_ages_text("2026-09-21", prices, build="2026-12-07"))  # doctest: +NORMALIZE_WHITESPACE
    Also used: LMArena's board of 21 September 2026 (77 days old); prices of about early August 2026 and
    about late September 2026.

    ``unverified`` (:func:`unverified_prices`) follows the prices' dates.
    """
    built = pd.Timestamp(build) if build is not None else pd.Timestamp.today().normalize()
    age = (built - pd.Timestamp(lm_day)).days
    said = f", {unverified}" if unverified else ""
    return (f"Also used: LMArena's board of {fmt.day(lm_day)} ({age} days old); prices of "
            f"{copy_dates(prices['price_dating'])}{said}.")


def recent_changes(rankings: pd.DataFrame, arena: str, category: str, months: int,
                   until: object = None, *, as_table: bool = False) -> int | pd.DataFrame:
    """How many changes of #1 the boards show in the ``months`` before the pool's newest board (or
    ``until``, if earlier): the count both change warnings give (with ``as_table``, those changes)."""
    from videomarket.leaderboard import lead_changes

    changes = lead_changes(rankings, arena, category)
    newest = pd.to_datetime(rankings.loc[(rankings["arena"] == arena)
                                         & (rankings["category"] == category), "snapshot_date"]).max()
    if until is not None:
        newest = min(newest, pd.Timestamp(until))
    recent = (changes["date"] > newest - pd.DateOffset(months=months)) & (changes["date"] <= newest)
    return changes[recent].reset_index(drop=True) if as_table else int(recent.sum())


# --- helpers the findings and sections share ----------------------------------------------------


def _near_words(row: pd.Series) -> str:
    """"12 points below" or "level with" (then "the highest-rated model with a list price")."""
    gap = float(row["near_gap"])
    return f"{fmt.points(gap)} below" if gap else "level with"


def _by_interval(row: pd.Series) -> str:
    """Said when the pick is near the top only because its interval reaches the best's."""
    return ", its 95% interval reaching the best's" if row["near_by"] == "interval" else ""


def _distinct(cells: pd.Series) -> set[str]:
    """The distinct model ids of comma-joined cells."""
    return {i.strip() for cell in cells.dropna() for i in str(cell).split(",") if i.strip()}


def _where(row: pd.Series, copy: pd.DataFrame | None = None) -> str:
    """"#24 of 32", or "#1 of the 20 listed" for a copy that is not the whole board ("" when unranked);
    with ``copy`` (that board's rows, :func:`videomarket.guide.board_on`), a partial copy is named with
    its grade: "#1 of 20 in a developer's GitHub copy (grade C)"."""
    if pd.isna(row.get("claim_rank", pd.NA)):
        return ""
    if copy is not None and len(copy) and not _complete(row):
        grades = sorted(set(copy["evidence"].dropna().astype(str)))
        grade = f" (grade {'/'.join(grades)})" if grades else ""
        return f"#{int(row['claim_rank'])} of {int(row['board_size'])} in a developer's GitHub copy{grade}"
    tied = row.get("claim_tied", False)
    return f"{'=' if pd.notna(tied) and bool(tied) else '#'}{int(row['claim_rank'])} of {_listed(row)}"


def _listed(row: pd.Series) -> str:
    size = int(row["board_size"])
    return str(size) if _complete(row) else f"the {size} listed"


def _complete(row: pd.Series) -> bool:
    """A board copied whole (every row with an interval), not a press list or a copy of its top."""
    complete = row.get("board_complete", pd.NA)
    return bool(pd.notna(complete) and bool(complete))


# --- small words ----------------------------------------------------------------------------------


def _near_certain(p: pd.Series) -> pd.Series:
    """At least 95% as printed (whole percents): 0.946 reads "about 95%" and counts."""
    return p.astype(float).round(2) >= SURE


def lead_word(p: float) -> str:
    """The glossary's word for a lead with chance ``p`` of being truly #1: "near-certain" at 95% or more
    as printed (:func:`_near_certain`), "likely" from :data:`RACE` (75%), else "open race".

    >>> lead_word(0.98), lead_word(0.946), lead_word(0.87), lead_word(0.75), lead_word(0.62)
    ('near-certain', 'near-certain', 'likely', 'likely', 'open race')
    """
    if bool(_near_certain(pd.Series([p])).iloc[0]):
        return "near-certain"
    return "likely" if float(p) >= RACE else "open race"


#: Each word of :func:`lead_word` and its glossary entry.
LEAD_TERMS = {"near-certain": "near-certain", "likely": "likely-lead", "open race": "open-race"}


def lead_term(p: float) -> str:
    """:func:`lead_word` linked to its glossary entry.

    >>> lead_term(0.98)
    '[near-certain](#glossary-near-certain)'
    """
    word = lead_word(p)
    return term(LEAD_TERMS[word], word)


def _usd(price: object) -> str:
    """A list price, always with cents: "USD 12.00", "USD 9.90"."""
    return f"USD {float(price):,.2f}"


def _preference(gap: object, better: str) -> str:
    p = float(win_probability(float(gap), 0.0))
    return f"{better} would win about {round(100 * p)} of 100 decisive votes between the two"


def _is(n: int) -> str:
    return "is" if n == 1 else "are"


def _and(items: list[str]) -> str:
    items = list(items)
    if not items:
        return ""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _month_order(text: str) -> tuple[int, int, int]:
    match = re.search(r"(early |mid-|late )?([A-Z][a-z]+) (\d{4})", text)
    if match is None:
        return (0, 0, 0)
    part = {"early ": 0, "mid-": 1, "late ": 2}.get(match.group(1) or "", 1)
    return (int(match.group(3)), pd.Timestamp(f"1 {match.group(2)} 2000").month, part)


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


TABLE_TITLES = {
    "leaders": "Each pool's leader",
    "open": "Best model known to be open weights in each pool",
    "audio": "Best model that makes sound on the silent boards",
    "developers": "What each developer has",
    "shortlist": "The December 2025 shortlist checked on the December 2025 boards and",
    "value": "Quality against price in every pool",
    "frontier": "Price–quality frontier and cheapest model with a list price in every pool",
}


def guide_table_title(key: str, leaders: pd.DataFrame) -> str:
    """A table's title line with its boards' date (:data:`TABLE_TITLES`): "Each pool's leader on the 10
    October 2026 boards"."""
    held = leaders.dropna(subset=["model"])
    day = f" on the {fmt.day(held['snapshot_date'].max())} boards" if len(held) else ""
    return f"{TABLE_TITLES[key]}{day}" if day else TABLE_TITLES[key].removesuffix(" and")


def _absent_leaders(rankings: pd.DataFrame, leaders: pd.DataFrame,
                    arena: str) -> Iterator[tuple[str, str, int, int, pd.Timestamp]]:
    """Each pool leader listed before on another pool's board but not on that pool's current one: its
    name, that pool, its last rank there, the board's size that day and the day."""
    held = leaders.dropna(subset=["model"])
    rows = rankings[rankings["arena"].astype(str) == arena]
    for model, name in dict.fromkeys(zip(held["model"].astype(str), held["model_name"].astype(str),
                                         strict=True)):
        for other in held.itertuples():
            pool = rows[rows["category"].astype(str) == str(other.category)]
            mine = pool[(pool["model"].astype(str) == model) & pool["rank"].notna()]
            if mine.empty or (pool.loc[pool["snapshot_date"] == other.snapshot_date, "model"].astype(str)
                              == model).any():
                continue
            day = mine["snapshot_date"].max()
            rank = int(mine.loc[mine["snapshot_date"] == day, "rank"].min())
            size = int(pool.loc[pool["snapshot_date"] == day, "model"].nunique())
            yield name, str(other.category), rank, size, day


def _table_chance(p: float) -> str:
    """A chance as every table of the note writes it (the tables' "chance" format): ">99%", "<1%", "95%".

    >>> _table_chance(0.9999), _table_chance(0.949), _table_chance(0.001)
    ('>99%', '95%', '<1%')
    """
    return ">99%" if p >= 0.995 else "<1%" if p <= 0.005 else fmt.pct(p, 0)


def leader_range_cell(name: str, chance: float, counted_twice: float) -> str:
    """A leader with its chance counted both ways, lower first; one number when both round alike.

    >>> leader_range_cell("Wan 3.0", 0.8958, 0.83045), leader_range_cell("Wan 3.0", 0.8958, 0.8999)
    ('Wan 3.0 (83%–90%)', 'Wan 3.0 (90%)')
    """
    low, high = sorted((float(counted_twice), float(chance)))
    if pd.isna(low) or _table_chance(low) == _table_chance(high):
        return f"{name} ({_table_chance(float(chance))})"
    return f"{name} ({_table_chance(low)}–{_table_chance(high)})"
