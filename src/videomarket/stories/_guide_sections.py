"""The guide's sections ("which model for which need"): each section's sentences, its table's frame and
plain headers (``*_TABLE``, ``*_FORMATS`` and, where a missing value means something, ``*_MISSING`` for
:func:`videomarket.plots.table`), and the appendix's method notes.

Sections: who leads each pool (:func:`leaders_frame`), quality against price
(:func:`value_intro`, :func:`prices_text`, :func:`value_text`, :func:`value_frame`), open weights and
native audio (:func:`flagged_frame`), developers
(:func:`offer_text`, :func:`offer_frame`), the December 2025 shortlist (:func:`december_brief`,
:func:`shortlist_text`, :func:`shortlist_frame`, :func:`claim_verdict`), people prompts
(:func:`people_text`, :func:`people_frame`, :func:`people_caption`) and :func:`guide_method_notes`. The
answer, the key findings and the phrases they share are in :mod:`videomarket.stories._guide`.

Example::

    >>> value_layout(None)[2]["leader_price"]
    'no price listed'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from videomarket.arena import win_probability
from videomarket.guide import NEAR_TOP_POINTS
from videomarket.stories import _wording as wording
from videomarket.stories import fmt
from videomarket.stories._guide import (
    BUDGET_POINTS,
    NEAR_TOP_LABEL,
    REPORT_02,
    REPORT_03,
    _and,
    _budget_finding,
    _complete,
    _first_upper,
    _id_words,
    _indirect,
    _listed,
    _usd,
    _where,
    budget_chances,
    budget_chances_text,
    budget_edge,
    closest_entry,
    copy_date,
    copy_dates,
    pool_label,
    rating_text,
    runner_up_text,
)

LEADERS_TABLE = {
    "pool": "Pool",
    "board": "Board",
    "copy": "Copy (downloaded or rebuilt)",
    "model_name": "Leader",
    "creator": "Developer",
    "rating": "Rating [95% interval]",
    "p_leader": "Chance of being #1 (independent ratings)",
    "runner_up": "Runner-up",
    "margin": "Lead (points)",
}
VALUE_TABLE = {
    "pool": "Pool",
    "priced": "Models with a list price",
    "leader_name": "Leader",
    "leader_price": "Leader's list price (USD per minute)",
    "near_name": f"Cheapest within {NEAR_TOP_POINTS} points of the highest-rated model with a list price",
    "near_price": "Its list price (USD per minute)",
    "near_gap": "Points below the highest-rated model with a list price",
    "near_within": "Chance it is truly within 100 points (independent errors)",
    "frontier": "Price–quality frontier, cheapest first (USD per minute)",
}
VALUE_BUDGET_TABLE = {
    **{k: v for k, v in VALUE_TABLE.items() if k != "frontier"},
    "budget_name": "Best at or under the budget",
    "budget_price": "Its list price, at or under the budget (USD per minute)",
    "budget_gap": "Points below the highest-rated model with a list price (at or under the budget)",
}
VALUE_BUDGET_FORMATS = {**wording.VALUE_FORMATS, "budget_price": "usd", "budget_gap": "rating"}
VALUE_BUDGET_MISSING = {**wording.VALUE_MISSING, "budget_name": "none within the budget",
                        "budget_price": "none within the budget"}
# --- who leads each pool --------------------------------------------------------------------------


def leaders_frame(leaders: pd.DataFrame, rebuilt: pd.DataFrame | None = None,
                  counted_twice: dict[str, float] | None = None) -> pd.DataFrame:
    """:func:`videomarket.guide.pool_leaders` for :data:`LEADERS_TABLE`: pools with a board, in words,
    chances as numbers (format ``chance``), a model built on another said, a tie for second named, and
    each board's date and copy, "rebuilt" when every copy of it was rebuilt from text (``rebuilt``:
    :func:`videomarket.data.rebuilt_boards`), else "downloaded". With ``counted_twice`` (pool: the
    leader's chance with a repeated listing counted as a rival) the chances are written out as the tables
    write them, that pool's as a range ("83%–90%"), so the column needs no "chance" format."""
    from videomarket.stories._guide import _table_chance, leader_range_cell

    held = leaders.dropna(subset=["model"])
    chances = held["p_leader"].astype("Float64")
    if counted_twice is not None:
        chances = pd.Series(
            [pd.NA if pd.isna(r.p_leader) else
             leader_range_cell("", float(r.p_leader), counted_twice[str(r.category)]).strip(" ()")
             if str(r.category) in counted_twice else _table_chance(float(r.p_leader))
             for r in held.itertuples()], index=held.index, dtype=object)
    return pd.DataFrame({
        "pool": held["category"].map(pool_label),
        "board": pd.to_datetime(held["snapshot_date"]),
        "copy": ["rebuilt" if board_label(r.category, r.snapshot_date, rebuilt).endswith("(rebuilt)")
                 else "downloaded" for r in held.itertuples()],
        "model_name": [_named(r.model_name, r.built_on) for r in held.itertuples()],
        "creator": held["creator"].astype(str).tolist(),  # the parent company, as in the other reports
        "rating": [_unbroken(rating_text(r.elo, r.ci_low, r.ci_high)) for r in held.itertuples()],
        "p_leader": chances,
        "p_leader_correlated": held["p_leader_correlated"].astype("Float64"),
        "runner_up": [_runner_up_cell(r) for _, r in held.iterrows()],
        "margin": held["margin"],
    }).reset_index(drop=True)


def leaders_layout(leaders: pd.DataFrame,
                   rebuilt: pd.DataFrame | None = None) -> tuple[dict[str, str], dict[str, str], str]:
    """The leaders table's columns, formats and title: the boards' date moves to the title when every
    pool's board is of one day, and "rebuilt, not verified" too when every one of them was rebuilt from text
    (:func:`rebuilt_chart_note`); otherwise those columns stay.

    >>> lead = pd.DataFrame({"model": ["w"], "category": ["text-to-video"],
    ...                      "snapshot_date": [pd.Timestamp("2026-10-10")]})
    >>> rebuilt = pd.DataFrame({"category": ["text-to-video"], "snapshot_date": [pd.Timestamp("2026-10-10")],
    ...                         "rebuilt_only": [True]})
    >>> columns, formats, title = leaders_layout(lead, rebuilt)
    >>> title, "board" in columns, "copy" in columns, "board" in formats
    ("Each pool's leader on the 10 October 2026 boards (all rebuilt, not verified)", False, False, False)
    """
    from videomarket.stories._guide import guide_table_title

    held = leaders.dropna(subset=["model"])
    columns = dict(LEADERS_TABLE)
    title = guide_table_title("leaders", leaders)
    if held["snapshot_date"].nunique() <= 1:
        del columns["board"]
    note = rebuilt_chart_note(leaders, rebuilt)
    if note is None:
        del columns["copy"]
    elif note.startswith("All boards"):
        del columns["copy"]
        title += " (all rebuilt, not verified)"
    return columns, {k: v for k, v in wording.LEADERS_FORMATS.items() if k in columns}, title


def board_label(category: object, day: object, rebuilt: pd.DataFrame | None = None) -> str:
    """A board's date, with "(rebuilt)" when every copy of that pool's board of that day was rebuilt from
    text (``rebuilt``: :func:`videomarket.data.rebuilt_boards`): "10 October 2026 (rebuilt)"."""
    text = fmt.day(day)
    if rebuilt is None or not len(rebuilt):
        return text
    mine = rebuilt[(rebuilt["category"].astype(str) == str(category))
                   & (pd.to_datetime(rebuilt["snapshot_date"]) == pd.Timestamp(day))]
    return f"{text} (rebuilt)" if len(mine) and bool(mine["rebuilt_only"].all()) else text


def rebuilt_chart_note(leaders: pd.DataFrame, rebuilt: pd.DataFrame | None = None,
                       category: str | None = None) -> str | None:
    """A chart subtitle naming the boards shown and, when every one of them was rebuilt from text, saying
    so: "All boards of 10 October 2026: rebuilt, not verified"; None when no board is rebuilt. With
    ``category``, the one board of that pool: "Board of 10 October 2026 (rebuilt, not verified)"."""
    held = leaders.dropna(subset=["model"])
    if category is not None:
        mine = held[held["category"].astype(str) == category]
        if mine.empty:
            return None
        label = board_label(category, mine.iloc[0]["snapshot_date"], rebuilt)
        if not label.endswith("(rebuilt)"):
            return f"Board of {label}"
        return f"Board of {label.removesuffix(' (rebuilt)')} (rebuilt, not verified)"
    labels = [board_label(r.category, r.snapshot_date, rebuilt) for r in held.itertuples()]
    marked = [x for x in labels if x.endswith("(rebuilt)")]
    if not marked:
        return None
    days = sorted({x.removesuffix(" (rebuilt)") for x in marked}, key=lambda d: pd.Timestamp(d))
    which = "All boards" if len(marked) == len(labels) else "Boards"
    return f"{which} of {' and '.join(days)}: rebuilt, not verified"


def leaders_chart_note(leaders: pd.DataFrame, rebuilt: pd.DataFrame | None = None, *,
                       repeated: bool = False, extra: str = "") -> str:
    """The leaders chart's subtitle: what the percentages in its labels are (and, when ``repeated``, what
    "counted once" means), then :func:`rebuilt_chart_note` when the boards shown were rebuilt.

    >>> print(leaders_chart_note(pd.DataFrame({"model": []}), repeated=True))
    % = chance of being truly #1, independent errors; "counted once" = an identical listing of the model above
    """
    rebuilt_note = rebuilt_chart_note(leaders, rebuilt)
    text = "% = chance of being truly #1, independent errors"
    if repeated:
        text += '; "counted once" = an identical listing of the model above'
    if extra:
        text += f". {extra}"
    return f"{text}. {rebuilt_note}" if rebuilt_note else text


def _unbroken(text: str) -> str:
    """A rating with its interval kept on one line in a table cell: "1129\u00a0[1118\u2060–\u20601140]"."""
    return text.replace(" [", "\u00a0[").replace("–", "\u2060–\u2060")


def _named(name: object, base: object) -> str:
    return f"{name} (based on {base})" if base is not None and pd.notna(base) else str(name)


def _runner_up_cell(row: pd.Series) -> str:
    """The runner-up by name only: a "based on" tag is said for leaders, where the text explains it."""
    if int(row.get("n_runner_ups", 1) or 1) > 1:
        return runner_up_text(row)
    return str(row["runner_up_name"])


def _day_mark(rebuilt: pd.DataFrame | None, arena: str, pool: str, day: object) -> str:
    """:func:`rebuilt_mark` of ``arena``'s board of ``pool`` on ``day``, unlinked."""
    return rebuilt_mark(rebuilt, pd.DataFrame({"arena": [arena], "category": [pool],
                                               "snapshot_date": [pd.Timestamp(day)]}), link=False)


def absent_leaders_text(rankings: pd.DataFrame, leaders: pd.DataFrame, breaks: pd.DataFrame | None = None,
                        arena: str = "Artificial Analysis", *, rebuilt: pd.DataFrame | None = None) -> str:
    """Each pool leader missing from another pool's current board: its place there on the last day it
    was listed and its gap to that pool's current leader then, whether it left in that pool's re-rating
    (``breaks``: :func:`videomarket.guide.scale_breaks`), its developer's best entry on the current
    board, and that the current lead is measured without it. "" when every leader is on every board."""
    held = leaders.dropna(subset=["model"])
    rows = rankings[rankings["arena"].astype(str) == arena]
    cut = {str(b.category): b for b in breaks.itertuples()} if breaks is not None and len(breaks) else {}
    said = []
    pairs = zip(held["model"].astype(str), held["model_name"].astype(str), strict=True)
    for model, name in dict.fromkeys(pairs):
        places, lefts, kin_words, day_now, firsts = [], set(), [], None, set()
        for other in held.itertuples():
            pool = rows[rows["category"].astype(str) == str(other.category)]
            now = pool[pool["snapshot_date"] == other.snapshot_date]
            mine = pool[(pool["model"].astype(str) == model) & pool["rank"].notna()]
            if mine.empty or (now["model"].astype(str) == model).any():
                continue
            last_day = mine["snapshot_date"].max()
            then = pool[pool["snapshot_date"] == last_day]
            last = mine[mine["snapshot_date"] == last_day].sort_values("rank").iloc[0]
            places.append((str(other.category), int(last["rank"]), int(then["model"].nunique()), last_day))
            b = cut.get(str(other.category))
            lefts.add(f"in the {fmt.day(b.date)} re-rating"
                      if b is not None and pd.Timestamp(b.previous_date) == last_day else "")
            dev = str(last.get("creator", "")) if pd.notna(last.get("creator", pd.NA)) else ""
            kin = now[now["creator"].astype(str) == dev] if dev and "creator" in now else now[:0]
            if len(kin):
                best = kin.sort_values("rank").iloc[0]
                kin_words.append((dev, str(best["model_name"]),
                                  f"#{int(best['rank'])} of "
                                  f"{int(now['model'].nunique())}", str(other.category)))
                day_now = other.snapshot_date
                after = pool.loc[pool["snapshot_date"] > last_day, "snapshot_date"].min()  # the board it left
                born = pool.loc[pool["model"].astype(str) == str(best["model"]), "snapshot_date"].min()
                firsts.add(fmt.day(after) if pd.notna(after) and born == after else "")
        if not places:
            continue
        days = {p[3] for p in places}
        where = _and([f"#{r} of {n} in {pool_label(c).lower()}{_day_mark(rebuilt, arena, c, d)}"
                      for c, r, n, d in places])
        when = f" on {fmt.day(places[0][3])}" if len(days) == 1 else ""
        left = lefts.pop() if len(lefts) == 1 else ""
        boards = "both boards" if len(places) == 2 else ("that board" if len(places) == 1 else "those boards")
        if kin_words and len({k[1] for k in kin_words}) == 1 and len(firsts) == 1 and "" not in firsts:
            first = firsts.pop()  # the successor first listed on the very board it left: maybe a new name
            said.append(f"{name} was {where}{when}. It left {boards} under that name on {first}; a "
                        f"separate entry, {kin_words[0][1]}, is "
                        f"{_and([f'{k[2]} in {pool_label(k[3]).lower()}' for k in kin_words])} on "
                        f"{fmt.day(day_now)} — the data cannot tell whether it is the same model renamed.")
            continue
        text = (f"{name} was {where}{when}, and left {boards}{f' {left}' if left else ''}; the data "
                "do not show why.")
        if kin_words and len({k[1] for k in kin_words}) == 1:
            text += (f" {kin_words[0][0]}'s best there on {fmt.day(day_now)} is {kin_words[0][1]}, "
                     f"{_and([f'{k[2]} in {pool_label(k[3]).lower()}' for k in kin_words])}.")
        said.append(text)
    return " ".join(said)


# --- quality against price ------------------------------------------------------------------------


def value_chart_labels(now: pd.DataFrame, priced: dict[str, pd.DataFrame] | None, category: str,
                       extra: Iterable[str] = ()) -> list[str]:
    """The ids the quality-against-price chart names beside the frontier it labels itself: the
    December 2025 picks on that pool's board (``now``: :func:`videomarket.guide.recommendation_check`),
    for a pick on no board the closest entry the shortlist table names (:func:`closest_entry`), and
    ``extra`` ids other tables name.

    >>> now = pd.DataFrame({"category": ["t", "t", "u"], "claim": ["Runway", "Pika 2.5 Turbo", "X"],
    ...                     "claim_model": ["runway", None, "x"]})
    >>> board = pd.DataFrame({"model": ["runway", "pika-2-5"], "model_name": ["Runway", "Pika 2.5"]})
    >>> value_chart_labels(now, {"t": board}, "t", ["p"])
    ['runway', 'pika-2-5', 'p']
    """
    from videomarket.stories._guide import closest_entry

    mine = now[now["category"].astype(str) == category]
    ids = [str(m) for m in mine["claim_model"].dropna()]
    board = (priced or {}).get(category)
    for claim in mine.loc[mine["claim_model"].isna(), "claim"]:
        hit = closest_entry(str(claim), board)
        if hit is not None:
            ids.append(str(hit["model"]))
    return list(dict.fromkeys([*ids, *extra]))


def value_chart_subtitle(leaders: pd.DataFrame, rebuilt: pd.DataFrame | None, category: str,
                         prices: pd.DataFrame | None = None, *, numbered: bool = False) -> str:
    """The quality-against-price chart's subtitle: the board (:func:`rebuilt_chart_note`), with ``prices``
    the list prices' dates, and where the unlabelled points are named (``numbered``: none, the chart
    numbers them and keys the numbers itself).

    >>> print(value_chart_subtitle(pd.DataFrame({"model": [None], "category": ["t"]}), None, "t"))
    Bars: 95% intervals. Unlabelled points: every model is named in the chart's data download
    """
    note = rebuilt_chart_note(leaders, rebuilt, category=category)
    if prices is not None and "price_dating" in prices and prices["price_dating"].notna().any():
        note += f"{'. ' if note else ''}List prices as of {copy_dates(prices['price_dating'])}"
    named = "Unlabelled points: every model is named in the chart's data download"
    tail = "Bars: 95% intervals" + ("" if numbered else f". {named}")
    return ". ".join(t for t in (note, tail) if t) + ("." if numbered and note else "")


def leaders_chart_source(tops: dict[str, pd.DataFrame], rebuilt: pd.DataFrame | None = None,
                         arena: str = "Artificial Analysis") -> str:
    """The source line under the chart of each pool's top rows (``tops``: pool → its board's top rows):
    the arena's ratings and intervals, and each board's date with how its copy was kept
    (:func:`videomarket.stories.boards_source`, ``rebuilt``: :func:`videomarket.data.rebuilt_boards`).

    >>> t = {c: pd.DataFrame({"snapshot_date": [pd.Timestamp("2026-10-10")]})
    ...      for c in ("text-to-video", "image-to-video")}
    >>> rb = pd.DataFrame({"arena": "Artificial Analysis", "category": ["text-to-video", "image-to-video"],
    ...     "snapshot_date": pd.Timestamp("2026-10-10"), "rebuilt_only": True})
    >>> print(leaders_chart_source(t, rb))  # doctest: +NORMALIZE_WHITESPACE
    Source: Artificial Analysis video arena (ratings and their 95% intervals), 2 pools' boards of 10 October
    2026 (rebuilt from text, not verified); files listed under Sources.
    """
    from videomarket.stories._certainty import boards_source

    days = sorted({pd.Timestamp(d) for t in tops.values() for d in t["snapshot_date"].dropna()})
    count = {1: "one pool's", 2: "2 pools'", 3: "3 pools'", 4: "all four pools'"}.get(len(tops),
                                                                                   f"{len(tops)} pools'")
    return boards_source(rebuilt, days, list(tops), arena,
                         scope=f"{arena} video arena (ratings and their 95% intervals), {count}")


def value_source(prices: pd.DataFrame, board: pd.DataFrame | None = None, *, unverified: bool = False,
                 rebuilt: pd.DataFrame | None = None) -> str:
    """The source line under the quality-against-price chart, with the copies' dates in words and, from
    ``board`` (the chart's priced board), the anchor model's name: the one rated 1,000 without an
    interval. ``unverified``: the copies are third-party copies not verified
    (:func:`videomarket.stories.unverified_prices` says so). With ``rebuilt``
    (:func:`videomarket.data.rebuilt_boards`), the ratings' board is named with how its copy was kept, as
    the other charts' source lines say it.

    >>> b = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
    ...     "snapshot_date": pd.Timestamp("2026-10-10"), "model_name": ["A"], "elo": [1000.0],
    ...     "ci_low": [None], "ci_high": [None], "price_dating": ["about late September 2026"]})
    >>> rb = pd.DataFrame({"arena": ["Artificial Analysis"], "category": ["text-to-video"],
    ...     "snapshot_date": [pd.Timestamp("2026-10-10")], "rebuilt_only": [True]})
    >>> print(value_source(b, b, rebuilt=rb))  # doctest: +NORMALIZE_WHITESPACE
    Source: Artificial Analysis video arena (ratings; text to video (silent) board of 10 October 2026,
    rebuilt from text, not verified) and Artificial Analysis's model list (list API prices per minute;
    undated copies of about late September 2026). The anchor model, A, pinned at 1,000, has no interval.
    """
    from videomarket.stories._certainty import _KEPT_WORDS, copy_words

    ratings = "ratings"
    if rebuilt is not None and board is not None and {"arena", "category", "snapshot_date"} <= set(board):
        one = board.iloc[0]
        day = board["snapshot_date"].max()
        kept = _KEPT_WORDS.get(copy_words(rebuilt, day, str(one["category"]), str(one["arena"])), "")
        ratings = f"ratings; {pool_label(str(one['category'])).lower()} board of {fmt.day(day)}, {kept}"
    anchor = ""
    if board is not None and {"elo", "ci_low", "model_name"} <= set(board.columns):
        flat = board["ci_low"].isna() | (board["ci_low"] == board["ci_high"])
        pinned = board[(board["elo"].astype(float) == 1000.0) & flat]
        anchor = f", {pinned['model_name'].iloc[0]}," if len(pinned) == 1 else ""
    return (f"Source: Artificial Analysis video arena ({ratings}) and Artificial Analysis's model list (list "
            f"API prices per minute; undated copies of {copy_dates(prices['price_dating'])}"
            f"{'; third-party copies, not verified' if unverified else ''}"
            "). The anchor "
            f"model{anchor} pinned at 1,000, has no interval.").replace("model pinned", "model, pinned")


def value_text(value: pd.DataFrame, category: str,
               priced: dict[str, pd.DataFrame] | None = None, *, models: int | None = None,
               assumption: bool = True) -> str:
    """The chosen pool's quality against price (a row of :func:`videomarket.guide.value_summary`); without
    ``assumption``, what the within-cut-off chances assume is left to the method notes; with
    ``priced`` (:func:`videomarket.guide.priced_boards`), the model just outside the budget cut-off
    (:func:`budget_edge`). ``models``: the board's size in models when a listing repeating another's rating
    counts once, said beside its listings ("21 of its 31 listings (30 models) have a list price")."""
    mine = value[value["category"] == category]
    if mine.empty:
        return f"There is no {pool_label(category).lower()} board for that date."
    row = mine.iloc[0]
    pool = pool_label(category).lower()
    listed = int(row["n_models"])
    size = (f"its {listed} listings ({models} models)" if models is not None and models != listed
            else f"{listed} models")
    text = (f"On the {pool} board of {fmt.day(row['snapshot_date'])}, {int(row['n_priced'])} of "
            f"{size} have a list price, set per pool: a model's silent and with-audio "
            "prices can differ.")
    if pd.isna(row["near_model"]):
        return text
    if row["leader_model"] != row["top_model"]:
        text += f" The board's leader, {row['leader_name']}, has none."
    best = (f"{row['top_name']} ({rating_text(row['top_elo'], row['top_ci_low'], row['top_ci_high'])}, "
            f"{_usd(row['top_price'])} a minute)")
    text += f" The highest-rated model with a list price is {best}."
    text += (f" The price–quality frontier runs through {fmt.count(int(row['n_frontier']), 'model')}: "
             f"{row['frontier']}.")
    if pd.notna(row["budget"]):
        text += " " + _budget_finding(row)
        if int(row["n_over_budget"]):
            text += f" {fmt.count(int(row['n_over_budget']), 'priced model')} cost more than the budget."
    elif priced is not None and budget_edge(priced, category):
        text += " " + budget_edge(priced, category)
    if pd.isna(row["budget"]) and priced is not None and budget_chances_text(priced, category):
        text += " " + budget_chances_text(priced, category, assumption=assumption)
    return text


def value_frame(value: pd.DataFrame, priced: dict[str, pd.DataFrame] | None = None, *,
                cheapest: dict[str, str] | None = None) -> pd.DataFrame:
    """:func:`videomarket.guide.value_summary` for :data:`VALUE_TABLE` (or the budget layout). With
    ``priced`` (:func:`videomarket.guide.priced_boards`), the "cheapest" columns hold each pool's budget
    pick (:func:`videomarket.stories.budget_pick`) instead, headed by :data:`VALUE_BUDGET_PICK`: "none
    within 100 points" when the highest-rated model with a list price is also the cheapest within the
    cut-off, and the model each is measured against; ``cheapest`` (pool: cell,
    :func:`videomarket.stories.cheapest_cells`) fills the "cheapest listed model" column."""
    from videomarket.stories._guide import budget_pick

    frame = value.assign(pool=value["category"].map(pool_label),
                         priced=[f"{int(p)} of {int(n)}" for p, n in zip(value["n_priced"], value["n_models"],
                                                                        strict=True)])
    if priced is not None:
        picks = [budget_pick(priced, str(c)) or {} for c in frame["category"]]
        # the top priced model is not its own cheaper alternative: "none", measured against it
        alone = [bool(p) and p["model"] == p["best_model"] for p in picks]
        none = f"none within {BUDGET_POINTS} points"
        frame = frame.assign(near_name=[none if a else p.get("name", pd.NA)
                                        for p, a in zip(picks, alone, strict=True)],
                             near_price=[pd.NA if a else p.get("price", pd.NA)
                                         for p, a in zip(picks, alone, strict=True)],
                             near_gap=[pd.NA if a else p.get("gap", pd.NA)
                                       for p, a in zip(picks, alone, strict=True)],
                             near_ref=[p.get("best_name", pd.NA) for p in picks],
                             near_list=[_price_list(priced, str(c), p.get("model"))
                                        for c, p in zip(frame["category"], picks, strict=True)],
                             cheapest=[(cheapest or {}).get(str(c), pd.NA) for c in frame["category"]])
    if "near_ref" not in frame:
        frame["near_ref"] = pd.NA
    # the budget pick's chance of being truly within the cut-off (NA when it is the best priced model)
    chances = [budget_chances(priced, str(c)) if priced is not None else [] for c in frame["category"]]
    frame["near_within"] = pd.array([c[0]["p"] if c else pd.NA for c in chances], dtype="Float64")
    return frame.reset_index(drop=True)


def _price_list(priced: dict[str, pd.DataFrame], pool: str, model: object) -> object:
    """The date in words of the price list a pool's model takes its price from ("about late September
    2026"); "no priced model" when the model or its dating is missing."""
    from videomarket.stories._guide import copy_date

    board = priced.get(pool)
    if board is None or model is None or "price_dating" not in board:
        return "no priced model"
    dating = board.loc[board["model"] == model, "price_dating"].dropna()
    return copy_date(dating.iloc[0]) if len(dating) else "no priced model"


#: The headers of :func:`value_frame` with ``priced``: the budget pick's column (the price list's date is in
#: the title, :func:`value_title`; the frontier and the cheapest model in :data:`VALUE_FRONTIER_TABLE`).
VALUE_BUDGET_PICK = {"near_name": ("Cheaper option (cheapest within 100 points of the highest-rated model "
                                   "with a list price)")}
#: The second value table: each pool's price–quality frontier and cheapest priced model.
VALUE_FRONTIER_TABLE = {"pool": "Pool", "frontier": VALUE_TABLE["frontier"],
                        "cheapest": "Cheapest model with a list price"}


def value_layout(budget: float | None) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """The value table's headers, formats and words for missing values, with the "best at or under the
    budget" columns given a budget; the frontier is a table of its own (:data:`VALUE_FRONTIER_TABLE`).

    >>> "frontier" in value_layout(None)[0], "frontier" in value_layout(5.0)[0]
    (False, False)
    """
    table = VALUE_TABLE if budget is None else VALUE_BUDGET_TABLE
    columns = {k: v for k, v in table.items() if k != "frontier"}
    if budget is None:
        return columns, wording.VALUE_FORMATS, wording.VALUE_MISSING
    return columns, VALUE_BUDGET_FORMATS, VALUE_BUDGET_MISSING


def value_title(key: str, leaders: pd.DataFrame, frame: pd.DataFrame) -> str:
    """A value table's title (:func:`guide_table_title` of ``key``) with the date of the price lists its
    rows use (``frame``: :func:`value_frame` with ``priced``), said once.

    >>> lead = pd.DataFrame({"model": ["w"], "snapshot_date": [pd.Timestamp("2026-10-10")]})
    >>> frame = pd.DataFrame({"near_list": ["about late September 2026", "no priced model"]})
    >>> print(value_title("value", lead, frame))  # doctest: +NORMALIZE_WHITESPACE
    Quality against price in every pool on the 10 October 2026 boards; list prices of about late
    September 2026
    """
    from videomarket.stories._guide import guide_table_title

    title = guide_table_title(key, leaders)
    dates = [d for d in dict.fromkeys(frame.get("near_list", pd.Series(dtype=object)).dropna().astype(str))
             if d != "no priced model"]
    return f"{title}; list prices of {' and '.join(dates)}" if dates else title


# --- open weights and native audio ----------------------------------------------------------------


def flagged_frame(flagged: pd.DataFrame) -> pd.DataFrame:
    """:func:`videomarket.guide.flagged_leaders` for :data:`OPEN_PICK_TABLE`: one model per row, the pool's
    best flagged model with its own place, developer, rating and gap (higher unflagged listings are said in
    the text, not in this row)."""
    return flagged.assign(
        pool=flagged["category"].map(pool_label),
        pick=[f"{r.model_name} (#{int(r.rank)})" if pd.notna(r.model) else pd.NA
              for r in flagged.itertuples()],
        rating=[_unbroken(rating_text(r.elo, r.ci_low, r.ci_high)) if pd.notna(r.model) else pd.NA
                for r in flagged.itertuples()],
    ).reset_index(drop=True)


# --- what each developer offers -------------------------------------------------------------------


# --- the December 2025 shortlist ------------------------------------------------------------------


def shortlist_frame(then: pd.DataFrame, now: pd.DataFrame, december: pd.DataFrame | None = None,
                    priced: dict[str, pd.DataFrame] | None = None,
                    people: pd.DataFrame | None = None, rebuilt: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per claim and pool: one verdict per cell, for December 2025 and now
    (:data:`SHORTLIST_TABLE`; NA where that month had no board, shown with :data:`SHORTLIST_MISSING`).

    ``then`` and ``now`` are :func:`videomarket.guide.recommendation_check` of the same claims;
    ``december`` (:func:`videomarket.leaderboard.reported_ratings` of the launch day) gives a December
    leader's lead over the runner-up, said without a chance (no intervals). ``priced``
    (:func:`videomarket.guide.priced_boards`) gives, for a pick named on no board, the closest entry
    (:func:`closest_entry`) as indirect evidence. ``people``
    (:func:`videomarket.guide.prompt_category_ranks` of the people prompts) judges a claim no board
    measures on that nearest proxy, now (:func:`proxy_verdict`). ``rebuilt``
    (:func:`videomarket.data.rebuilt_boards`) flags a verdict that rests on a rebuilt last board listing
    the model (:func:`_last_board_flag`).
    """
    keys = ["need", "claim", "category"]
    merged = now.merge(then, on=keys, how="left", suffixes=("", "_then"), sort=False)
    held = ~then["status"].isin(["no board", "unknown model"])
    boards = set(then.loc[held, "category"].dropna().astype(str))
    rows = []
    for _, row in merged.iterrows():
        old = pd.Series({c: row.get(f"{c}_then", row.get(c)) for c in now.columns})
        checked = ""
        rows.append({
            "need": _first_upper(str(row["need"])),
            "claim": str(row["claim"]) + checked,
            "pool": pool_label(row["category"]) if pd.notna(row["category"]) else pd.NA,
            # an unknown name in a pool with no board that month: "no board that month", as the others
            "then": (pd.NA if str(old["status"]) == "unknown model" and str(row["category"]) not in boards
                     else _then_verdict(old, december)),
            "now": _closest_verdict(row[list(now.columns)], (priced or {}).get(str(row["category"])))
            or (proxy_verdict(str(row["claim"]), people) if str(row["status"]) == "not measured" else None)
            or claim_verdict(row[list(now.columns)]),
        })
        rows[-1]["now"] = _last_board_flag(rows[-1]["now"], row, rebuilt)
    return pd.DataFrame(rows, columns=list(wording.SHORTLIST_TABLE))


def _last_board_flag(verdict: object, row: pd.Series, rebuilt: pd.DataFrame | None,
                    arena: str = "Artificial Analysis") -> object:
    """``verdict`` with "(that board rebuilt, not verified)" when it names the last board listing a
    model that has left (``row``: ``status`` "not on this board", ``last_seen``) and that board is a
    rebuilt copy only (``rebuilt``: :func:`videomarket.data.rebuilt_boards`, ``rebuilt_only``).

    >>> rb = pd.DataFrame({"arena": ["Artificial Analysis"], "category": ["t"],
    ...                    "snapshot_date": [pd.Timestamp("2026-09-30")], "rebuilt_only": [True]})
    >>> row = pd.Series({"status": "not on this board", "category": "t", "last_seen": "2026-09-30"})
    >>> print(_last_board_flag("#16 of 36 on 30 September 2026, the last board listing it", row, rb))
    #16 of 36 on 30 September 2026, the last board listing it (that board rebuilt, not verified)
    >>> print(_last_board_flag("x", row, None))
    x
    """
    if (rebuilt is None or not isinstance(verdict, str) or str(row.get("status")) != "not on this board"
            or pd.isna(row.get("last_seen", pd.NA))):
        return verdict
    hit = rebuilt[(rebuilt["arena"] == arena) & (rebuilt["category"].astype(str) == str(row["category"]))
                  & (pd.to_datetime(rebuilt["snapshot_date"]) == pd.Timestamp(row["last_seen"]))]
    if hit.empty or not bool(hit["rebuilt_only"].fillna(False).any()):
        return verdict
    return f"{verdict} (that board rebuilt, not verified)"


def proxy_verdict(name: str, people: pd.DataFrame | None) -> str | None:
    """A verdict on a claim no board measures, from its nearest proxy, the ratings on people prompts
    (:func:`videomarket.guide.prompt_category_ranks`): "Cannot be judged. Proxy from an early August 2026
    copy, not this board: Veo 3 placed #16 of 89 on people prompts (no intervals)"; None when ``name`` is
    not in that list."""
    if people is None or people.empty:
        return None
    hit = people[people["model_name"].astype(str).str.casefold() == name.casefold()]
    if hit.empty:
        return None
    dating = str(people["dating"].iloc[0]) if "dating" in people else ""
    match = re.search(r"about [a-z]+ ?[A-Z][a-z]+ \d{4}", dating)
    when = f"{match.group(0)}, " if match else ""
    copy = f"an {when.removesuffix(', ').removeprefix('about ')} copy" if when else "an undated copy"
    return (f"Cannot be judged. Proxy from {copy}, not this board: {name} placed "
            f"{_shared(people, 'rank_prompt', hit.iloc[0])} of {len(people)} on people prompts "
            "(no intervals)")


def _closest_verdict(row: pd.Series, board: pd.DataFrame | None) -> str | None:
    """"Cannot be judged directly (no Pika 2.5 Turbo on the board; the closest entry, Pika 2.5, is #30
    of 32 at USD 12.80 a minute, rated 847, off the price–quality frontier)" for a pick named on no board."""
    if str(row["status"]) != "unknown model":
        return None
    near = closest_entry(str(row["claim"]), board)
    if near is None:
        return None
    price = near.get("price_usd_per_min", pd.NA)
    cost = f" at {_usd(price)} a minute" if pd.notna(price) else " with no list price"
    text = (f"Cannot be judged directly (no {row['claim']} on the board; the closest entry, "
            f"{near['model_name']}, is #{int(near['rank'])} of {len(board)}{cost}, rated "
            f"{float(near['elo']):.0f}")
    if str(row.get("pick", "")) == "frontier" and pd.notna(price):
        rated = board.dropna(subset=["price_usd_per_min", "elo"])
        top = rated.sort_values(["elo", "price_usd_per_min"], ascending=[False, True]).iloc[0]
        if float(price) > float(top["price_usd_per_min"]) and top["model"] != near["model"]:
            extra = [w for w in str(row["claim"]).split() if w not in str(near["model_name"]).split()]
            which = (f"the non-{' '.join(extra)} {near['model_name']}" if extra
                     else f"the closest entry, {near['model_name']},")
            return (f"Cannot be judged: {row['claim']} is not on the board; {which} is "
                    f"#{int(near['rank'])} of {len(board)} at {_usd(price)} a minute")
        text += (", on the price–quality frontier" if bool(near.get("on_frontier", False))
                 else ", off the price–quality frontier")
    return text + ")"


def _then_verdict(row: pd.Series, december: pd.DataFrame | None) -> object:
    """A December 2025 leader's verdict as "Was #1 (21 points over Veo 3 at 1226; ...)" from the
    launch-day ratings; else :func:`claim_verdict`."""
    if (december is None or december.empty or str(row["status"]) != "is the pick"
            or str(row.get("pick", "")) != "leader"):
        return claim_verdict(row, then=True)
    quoted = december.dropna(subset=["elo"]).sort_values("elo", ascending=False)
    names = (str(row["claim"]), str(row["claim_name"]))
    if len(quoted) < 2 or str(quoted.iloc[0]["model_name"]) not in names:
        return claim_verdict(row, then=True)
    top, second = quoted.iloc[0], quoted.iloc[1]
    gap = float(top["elo"]) - float(second["elo"])
    return (f"Was #1 on {fmt.day(top['snapshot_date'])} ({fmt.points(gap)} over {second['model_name']} at "
            f"{float(second['elo']):.0f}; no intervals, so how sure is unknown)")


def claim_verdict(row: pd.Series, *, then: bool = False) -> object:
    """One verdict (see :func:`_verdict`); a pick checked through a stand-in (``checked_as``) is marked
    indirect, with the model actually checked named. A name the matching rule accepts ("Runway Gen-4.5
    (720p)" for "Runway Gen-4.5") is the pick itself, said once in the section, not per row."""
    verdict = _verdict(row, then=then)
    if not isinstance(verdict, str) or str(row["status"]) not in ("is the pick", "not the pick"):
        return verdict
    head, _, rest = verdict.partition(" (")
    if _indirect(row):
        return (f"{head} (indirect: the named model is not listed; the nearest listed model, "
                f"{row['claim_name']}, is {rest}")
    return verdict


def _verdict(row: pd.Series, *, then: bool = False) -> object:
    """One verdict on one :func:`videomarket.guide.recommendation_check` row, with its reason in brackets:
    "Holds", "Does not hold" ("Does not lead now" / "Did not lead" for a leader pick) or "Cannot be
    judged" (NA: no board that month).

    ``then``: a December 2025 row, whose ratings :func:`december_board` gives once; its verdicts say
    ranks, not ratings.
    """
    status = str(row["status"])
    if status == "no board":
        return pd.NA
    if status == "not measured":
        return "Cannot be judged (no board measures it)"
    if status == "unknown model":
        if then:
            return "Cannot be judged (only the top of that month's board and no prices survive)"
        return "Cannot be judged (no model of that name on any board in the data)"
    where = _where(row)
    if status == "no prices":
        listed = where or (f"not among {_listed(row)}" if not _complete(row) else "not on the board")
        reason = "no prices from that time" if then else "no list price"
        return f"Cannot be judged ({listed}; {reason})"
    if status == "not on this board":
        if pd.isna(row["last_seen"]):
            return "Cannot be judged (never listed on this pool's boards)"
        last = f"#{int(row['last_seen_rank'])}"
        if pd.notna(row.get("last_seen_size", pd.NA)):
            last += f" of {int(row['last_seen_size'])}"
        lead = ", not leading" if int(row["last_seen_rank"]) > 1 else ""
        return f"Not on the board now; {last} on {fmt.day(row['last_seen'])}, the last board listing it{lead}"
    if str(row.get("pick", "")) == "frontier":
        return _frontier_verdict(row, where)
    if str(row.get("pick", "")) == "near-top":
        return _near_top_verdict(row, where)
    if status == "is the pick":
        return f"Holds (leads, {where})"
    gap = f"{where}, {fmt.points(float(row['gap']))} behind {row['pick_name']}"
    listed, claim = str(row.get("claim_name", "")), str(row.get("claim", ""))
    if not then and listed != claim and listed.startswith(f"{claim} ("):
        version = listed.removeprefix(f"{claim} (").removesuffix(")")
        return (f"Does not lead now: its {version} listing is {where}; {_votes_against(row)}")
    return f"{'Did not lead' if then else 'Does not lead now'} ({gap})"


def _votes_against(row: pd.Series) -> str:
    """"Wan 3.0 would win about 77 of 100 decisive votes against it" (the board's leader against a pick
    on the same board: ratings within one board compare)."""
    share = round(100 * float(win_probability(float(row["gap"]), 0.0)))
    return f"{row['pick_name']} would win about {share} of 100 decisive votes against it"


def _frontier_verdict(row: pd.Series, where: str) -> str:
    """A budget pick: holds on or near the frontier; else the cheapest model rated higher is named."""
    price = _usd(row["claim_price"])
    if row["status"] == "is the pick":
        if bool(row.get("claim_on_frontier", False)):
            return f"Holds (on the price–quality frontier; {where} at {price})"
        return (f"Holds (near the price–quality frontier; {where} at {price}, "
                f"{fmt.points(float(row['gap']))} below {row['pick_name']})")
    if pd.notna(row.get("cheaper_name", pd.NA)):
        gap = float(row["cheaper_elo"]) - float(row["claim_elo"])
        return (f"Does not hold ({where} at {price}; the cheapest model rated higher, {row['cheaper_name']}, "
                f"rates {fmt.points(gap)} higher for {_usd(row['cheaper_price'])})")
    return (f"Does not hold ({where} at {price}; {row['pick_name']} rates {fmt.points(float(row['gap']))} "
            f"higher for {_usd(row['pick_price'])})")


def _near_top_verdict(row: pd.Series, where: str) -> str:
    if row["status"] == "is the pick":
        return f"Holds ({NEAR_TOP_LABEL}; {where} at {_usd(row['pick_price'])})"
    below = float(row["best_elo"]) - float(row["claim_elo"])
    price = f"at {_usd(row['claim_price'])}" if pd.notna(row["claim_price"]) else "with no list price"
    return (f"Does not hold ({where} {price}, {fmt.points(below)} below the best; {NEAR_TOP_LABEL}: "
            f"{row['pick_name']} at {_usd(row['pick_price'])})")


def december_brief(rankings: pd.DataFrame) -> str:
    """What the shortlist check needs of the December 2025 board (the full account is report 02's)."""
    from videomarket.stories._leaderboard import december_board

    return (december_board(rankings, copies="third-party")
            + f" The full account of that month is in {REPORT_02}.")


# --- realistic human motion -----------------------------------------------------------------------


def people_frame(ranks: pd.DataFrame, models: Iterable[str], top: int = 5) -> pd.DataFrame:
    """The ``top`` models of :func:`videomarket.guide.prompt_category_ranks` (and any sharing the last
    rank shown) and the given ``models`` below them (e.g. the ids of Veo 3), for :data:`PEOPLE_TABLE`;
    ranks as text, a shared rank written "=4" as in every table of the guide."""
    wanted = set(models)
    cut = int(ranks["rank_prompt"].iloc[min(top, len(ranks)) - 1]) if len(ranks) else 0
    head = ranks[ranks["rank_prompt"] <= cut]
    rest = ranks.loc[~ranks.index.isin(head.index)]
    frame = pd.concat([head, rest[rest["model"].isin(wanted)]], ignore_index=True)
    for column in ("rank_prompt", "rank_overall"):  # ties written as every table writes them: "=4"
        tied = ranks[column].duplicated(keep=False)
        shared = set(ranks.loc[tied, column].astype(int))
        frame[column] = [f"={int(r)}" if int(r) in shared else str(int(r)) for r in frame[column]]
    return frame


def people_caption(ranks: pd.DataFrame, rerated: pd.DataFrame | None = None,
                   shown: pd.DataFrame | None = None) -> str:
    """The people-prompt table's title: the pool and the copy's date; with ``rerated``
    (:func:`videomarket.guide.scale_breaks`), that its ratings are on the old scale when the copy's month
    comes before its pool's re-rating; with ``shown`` (:func:`people_frame`), how many of the pool's models
    the table shows and which ranks between them it leaves out.

    >>> full = pd.DataFrame({"category": "text-to-video", "model": list("abcdefg"),
    ...     "rank_prompt": [1, 2, 3, 4, 5, 6, 7], "dating": "an undated copy of about early August 2026 (x)"})
    >>> print(people_caption(full, shown=full[full["model"].isin(["a", "b", "g"])]))
    ... # doctest: +NORMALIZE_WHITESPACE
    Ratings on people prompts, text to video (silent) pool, 3 of 7 models, ranks 3 to 6 left out (undated
    copy of about early August 2026, without intervals)

    >>> ranks = pd.DataFrame({"category": ["text-to-video"],
    ...                       "dating": ["an undated copy of about early August 2026 (x)"]})
    >>> breaks = pd.DataFrame({"category": ["text-to-video"], "date": pd.to_datetime(["2026-10-01"])})
    >>> print(people_caption(ranks, breaks))  # doctest: +NORMALIZE_WHITESPACE
    Ratings on people prompts, text to video (silent) pool (undated copy of about early August 2026, without
    intervals; old rating scale, from before the re-rating of 1 October 2026: not comparable with the
    newest board's ratings)
    """
    pool = pool_label(ranks["category"].iloc[0]).lower() if "category" in ranks else "one pool"
    dated = copy_date(ranks["dating"].iloc[0]) if "dating" in ranks else "an undated copy"
    old = ""
    if rerated is not None and "category" in ranks and "dating" in ranks:
        mine = rerated[rerated["category"].astype(str) == str(ranks["category"].iloc[0])]
        month = re.search(r"([A-Z][a-z]+ \d{4})", str(ranks["dating"].iloc[0]))
        if len(mine) and month and pd.Timestamp(month.group(1)) < pd.Timestamp(mine["date"].max()):
            old = (f"; old rating scale, from before the re-rating of {fmt.day(mine['date'].max())}: not "
                   "comparable with the newest board's ratings")
    some = ""
    if shown is not None and "model" in ranks:
        seen = set(shown["model"])
        last = int(ranks.loc[ranks["model"].isin(seen), "rank_prompt"].max())
        gap = ranks[~ranks["model"].isin(seen) & (ranks["rank_prompt"] < last)]["rank_prompt"]
        some = f", {len(seen)} of {ranks['model'].nunique()} models"
        some += f", ranks {int(gap.min())} to {int(gap.max())} left out" if len(gap) else ""
    return f"Ratings on people prompts, {pool} pool{some} (undated copy of {dated}, without intervals{old})"


def _shared(ranks: pd.DataFrame, column: str, row: pd.Series) -> str:
    """A rank as the tables write it: "=16" when another model shares it, else "#16"."""
    rank = int(row[column])
    return f"{'=' if int((ranks[column] == rank).sum()) > 1 else '#'}{rank}"


def people_text(t2v: pd.DataFrame, i2v: pd.DataFrame, models: Iterable[str], name: str,
                board_size: int | None = None, board_day: object = None) -> str:
    """What the per-prompt ratings on people prompts say about ``name`` (its ids ``models``), and what not.

    ``board_size`` / ``board_day``: the current silent text-to-video board, against which the copy's
    longer list is set (its ranks are on that older board).
    """
    wanted = set(models)
    dated = copy_date(t2v["dating"].iloc[0]) if "dating" in t2v.columns else "an undated copy"
    best = t2v.iloc[0]
    text = (f"In that copy, dated by its contents to {dated}, **{best['model_name']}** rates highest on "
            f"people prompts of the silent text-to-video pool ({best['elo_prompt']:.0f})")
    mine = t2v[t2v["model"].isin(wanted)]
    if len(mine):
        row = mine.iloc[0]
        text += (f"; {name} is {_shared(t2v, 'rank_prompt', row)} of {len(t2v)} "
                 f"(rated {row['elo_prompt']:.0f}, "
                 f"and {_shared(t2v, 'rank_overall', row)} on all prompts)")
    else:
        text += f"; {name} is not in that list"
    text += f". From an image, {i2v.iloc[0]['model_name']} rates highest"
    theirs = i2v[i2v["model"].isin(wanted)]
    text += (f" and {name} is {_shared(i2v, 'rank_prompt', theirs.iloc[0])} of {len(i2v)}" if len(theirs)
             else f"; {name} is not in that pool's list")
    text += "."
    if board_size is not None:
        when = f" of {fmt.day(board_day)}" if board_day is not None else ""
        text += (f" The copy lists {len(t2v)} models in that pool, against {board_size} on the re-rated "
                 f"board{when}: its ranks are places on the older, longer board.")
    text += " With no intervals, ratings a few points apart cannot be told apart"
    return text + f"; nothing here speaks to December 2025, when {name} was recommended."


# --- method notes and sources ---------------------------------------------------------------------


def guide_method_notes(breaks: pd.DataFrame, prices: pd.DataFrame, people: pd.DataFrame,
                       budget: float | None = None, rankings: pd.DataFrame | None = None, *,
                       sizes: str = "", based_on: str = "") -> str:
    """The appendix's method notes as Markdown bullets, one idea each, with the copies' dates computed;
    the re-rating (``breaks``: :func:`videomarket.guide.scale_breaks`) and the possible double entry are
    linked to reports 00 and 03, not told again; the budget rule only when a ``budget`` is set.
    ``rankings`` is kept for callers. ``sizes`` (:func:`board_sizes_note`) is added after the scales;
    ``based_on``, an optional sentence on whom each "based on" listing counts for."""

    rerated = ""
    if breaks is not None and not breaks.empty:
        first = breaks[breaks["date"] == breaks["date"].min()]
        pools = _and([pool_label(c).lower() for c in first["category"].astype(str)])
        cuts = _and([f"from {int(r['n_before'])} to {int(r['n_after'])} models" for _, r in first.iterrows()])
        rerated = (f" Artificial Analysis [re-rated]({RERATING_00}) {pools} on "
                   f"{fmt.day(first['date'].min())} "
                   f"and cut {'them' if len(first) > 1 else 'it'} ({cuts}), so ranks before and after are on "
                   "different boards and a place such as "
                   f"\"#2 of {int(first['n_before'].iloc[0])}\" is on the older, larger board.")
    notes = [
        "**Separate pools, separate scales.** Ratings compare only within one pool and one scale; across "
        "pools this note compares places (\"#2 of 36\"), never rating points." + rerated,
        "**How sure a lead is.** Each published interval is read as a normal 95% interval; the chances are "
        f"computed exactly from every rating and interval, as in {REPORT_03}, with rating errors "
        "assumed independent. The chance that a cheaper model is truly within 100 points of the "
        "highest-rated model with a list price reads the two intervals the same way.",
        *([sizes] if sizes else []),
        "**Ties.** Rebuilt ratings are whole numbers, so a tie on a rebuilt board may come from rounding.",
        f"**Identical listings count as one model** in every chance of being #1 ({REPORT_03} tells the "
        f"[pair's story]({DOUBLE_03})).",
        "**Prices** come from two undated copies of Artificial Analysis's model list, dated by what they "
        f"list to {copy_dates(prices['price_dating'])}. A model in the newer copy takes its price from it; "
        "the older copy fills only models the newer one lacks. Prices leave out subscriptions, resolution "
        "tiers and volume discounts.",
        "**Cheapest within 100 points, not rating per dollar.** A rating has no natural zero, so \"rating "
        "per dollar\" moves with the baseline chosen; the cheaper alternative is the cheapest priced model "
        "within 100 points of the highest-rated one with a list price"
        + (f"; with the budget of {_usd(budget)} a minute, also the best model at or under it."
           if budget is not None else "."),
        "**Developers are parent companies**, as in [report 00](00-about-the-data.html)."
        + (f" {based_on}" if based_on else ""),
        "**Catalogue flags** (open weights, native audio) are Artificial Analysis's; models newer than the "
        "archived list have none.",
    ]
    return "\n".join(f"- {note}" for note in notes)


RERATING_00 = "00-about-the-data.html#the-re-rating-of-1-october-2026"
DOUBLE_03 = "03-how-sure-is-number-one.html#which-models-could-be-1-on-the-latest-board"


def catalogue_uses(prices: pd.DataFrame, people: pd.DataFrame | None = None, *,
                   commits: bool = False) -> dict[str, str]:
    """For :func:`videomarket.stories.sources_section`'s ``uses``: what the note takes from each archived
    copy of the model list and how that undated copy is dated by its contents (``prices``:
    :func:`videomarket.data.load_pool_prices`; ``people``: :func:`videomarket.data.load_prompt_category_elo`).

    >>> prices = pd.DataFrame({"price_source_id": ["new", "old"],
    ...     "price_dating": ["an undated copy of about late September 2026 (x)",
    ...                      "an undated copy of about early August 2026 (y)"]})
    >>> people = pd.DataFrame({"source_id": ["old"],
    ...                        "dating": ["an undated copy of about early August 2026 (y)"]})
    >>> catalogue_uses(prices, people)["old"]
    'list prices and ratings on people prompts (a copy of about early August 2026, dated by its contents)'

    ``commits``: each use starts with the copy's short commit, as the Sources list names it.

    >>> catalogue_uses(prices.assign(price_source_id=["x-005d573", "x-d9489f1"]), commits=True)["x-005d573"]
    '005d573: list prices (a copy of about late September 2026, dated by its contents)'
    """
    uses: dict[str, list[str]] = {}
    dating: dict[str, str] = {}
    for sid, when in zip(prices["price_source_id"].astype(str), prices["price_dating"], strict=True):
        uses.setdefault(sid, ["list prices"])
        dating[sid] = copy_date(when)
    if people is not None:
        for sid, when in zip(people["source_id"].astype(str), people["dating"], strict=True):
            if "ratings on people prompts" not in uses.setdefault(sid, []):
                uses[sid].append("ratings on people prompts")
            dating[sid] = copy_date(when)
    def commit(sid: str) -> str:  # the short commit a source id ends with, so each use names its copy
        found = re.search(r"-([0-9a-f]{7})$", sid)
        return f"{found[1]}: " if commits and found else ""

    return {sid: f"{commit(sid)}{' and '.join(what)} (a copy of {dating[sid]}, dated by its contents)"
            for sid, what in uses.items()}


def guide_source_ids(*tables: pd.DataFrame) -> list[str]:
    """Every ``source_id``, ``source_ids`` (comma-separated) and ``price_source_id`` of the tables."""
    ids: set[str] = set()
    for table in tables:
        for column in ("source_id", "price_source_id"):
            if column in table.columns:
                ids |= set(table[column].dropna().astype(str))
        if "source_ids" in table.columns:
            ids |= {i.strip() for cell in table["source_ids"].dropna() for i in str(cell).split(",")}
    return sorted(ids - {""})


def lmarena_names(lm_board: pd.DataFrame, aa_rows: pd.DataFrame | None = None,
                  same: dict[str, str] | None = None) -> list[str]:
    """A readable name for each row of an LMArena board: Artificial Analysis's name for the same model
    id, or for the id ``same`` maps it to, where ``aa_rows`` list it; else the id written as words
    (:func:`videomarket.data.readable_name`).

    >>> lm = pd.DataFrame({"model": ["g-1-1", "wan"], "model_name": ["g-1.1", "wan-video"]})
    >>> aa = pd.DataFrame({"model": ["g-x-1-1"], "model_name": ["G X 1.1"]})
    >>> lmarena_names(lm, aa, {"g-1-1": "g-x-1-1"}), lmarena_names(lm[:1], aa.assign(model="1-1-g"))
    (['G X 1.1', 'Wan Video'], ['G X 1.1'])
    """
    from videomarket.data import readable_name

    if aa_rows is not None and "arena" in aa_rows:
        aa_rows = aa_rows[aa_rows["arena"].astype(str) == "Artificial Analysis"].sort_values("snapshot_date")
    known = ({} if aa_rows is None else
             dict(zip(aa_rows["model"].astype(str), aa_rows["model_name"].astype(str), strict=True)))
    by_words = {_id_words(k): v for k, v in known.items()}
    return [known.get((same or {}).get(str(m), str(m)),
                      by_words.get(_id_words(str(m)), str(readable_name(n))))
            for m, n in zip(lm_board["model"], lm_board["model_name"], strict=True)]


def _arena_ranks(lm_board: pd.DataFrame, aa_board: pd.DataFrame, aa_rows: pd.DataFrame | None,
                 same: dict[str, str] | None) -> tuple[pd.DataFrame, dict[str, int], str] | None:
    """The Artificial Analysis board sorted by rank, each model's LMArena rank by id (``same`` maps
    LMArena ids to Artificial Analysis ids) and LMArena's #1 by name; None when either board is empty."""
    if lm_board.empty or aa_board.empty:
        return None
    lm = lm_board.sort_values("rank")
    back = {v: k for k, v in (same or {}).items()}
    ranks = {str(m): int(r) for m, r in zip(lm["model"].astype(str), lm["rank"], strict=True)}
    aa = aa_board.dropna(subset=["rank"]).sort_values("rank")
    by_words = {_id_words(m): m for m in ranks}  # the same model under its words in another order
    lm_rank = {str(m): ranks.get(back.get(str(m)) or by_words.get(_id_words(str(m)), str(m)))
               for m in aa["model"]}
    return aa, lm_rank, lmarena_names(lm.head(1), aa_rows, same)[0]


def _lm_place(rank: int | None) -> str:
    return f"#{rank}" if rank is not None else "not listed"


def lmarena_board_note(lm_board: pd.DataFrame, rows: pd.DataFrame | None = None,
                       sources: pd.DataFrame | None = None) -> str:
    """Whether LMArena's board (``lm_board``, rows of one day) is silent or with audio, read from every
    entry of that board in ``rows`` (all rankings): ids marked "audio" beside unmarked ones mean one
    mixed list; and, with ``sources``, the board's date against the day its copy was archived.

    >>> lm = pd.DataFrame({"snapshot_date": pd.Timestamp("2026-09-21"), "arena": "LMArena",
    ...                    "category": "text-to-video", "model": ["veo-3-audio", "wan"], "source_id": "s"})
    >>> src = pd.DataFrame({"source_id": ["s"], "published": [pd.Timestamp("2026-09-25")]})
    >>> print(lmarena_board_note(lm, lm, src))  # doctest: +NORMALIZE_WHITESPACE
    That board is one list of silent and with-audio entries: 1 of its 2 entries is marked as a
    with-audio variant. Its date is LMArena's own update date; the copy used was archived on
    25 September 2026.
    """
    day = pd.Timestamp(lm_board["snapshot_date"].max())
    board = lm_board
    if rows is not None and "arena" in rows:
        board = rows[(rows["arena"].astype(str) == "LMArena") & (rows["snapshot_date"] == day)
                     & rows["category"].astype(str).isin(set(lm_board.get("category", rows["category"])
                                                            .astype(str)))]
    marked = int(board["model"].astype(str).str.contains("audio").sum())
    text = (f"That board is one list of silent and with-audio entries: {marked} of its {len(board)} entries "
            f"{'is marked as a with-audio variant' if marked == 1 else 'are marked as with-audio variants'}."
            if marked
            else "LMArena's board does not say whether its videos are silent or with audio.")
    if sources is not None and "source_id" in lm_board:
        hit = sources[sources["source_id"].isin(set(lm_board["source_id"].astype(str)))]["published"].dropna()
        if len(hit) and pd.Timestamp(hit.max()) != day:
            text += (f" Its date is LMArena's own update date; the copy used was archived on "
                     f"{fmt.day(pd.Timestamp(hit.max()))}.")
    return text


def _full_lm_board(lm_board: pd.DataFrame, rows: pd.DataFrame | None) -> pd.DataFrame:
    """Every entry of LMArena's board of ``lm_board``'s day and pool, from ``rows`` (all rankings) when
    given, else ``lm_board`` itself."""
    if rows is None or "arena" not in rows or "category" not in lm_board:
        return lm_board
    day = pd.Timestamp(lm_board["snapshot_date"].max())
    board = rows[(rows["arena"].astype(str) == "LMArena") & (rows["snapshot_date"] == day)
                 & rows["category"].astype(str).isin(set(lm_board["category"].astype(str)))]
    return board if len(board) else lm_board


def interval_ranks(board: pd.DataFrame, model: str) -> tuple[int, int] | None:
    """The ranks ``model`` could hold on ``board`` by its 95% interval: one below every model whose
    interval lies wholly above its own, down to the last model whose interval reaches its own; None
    when it is not on the board or has no interval.

    >>> b = pd.DataFrame({"model": ["a", "b", "c", "d"], "ci_low": [1500.0, 1470.0, 1463.0, 1400.0],
    ...                   "ci_high": [1530.0, 1490.0, 1489.0, 1420.0]})
    >>> interval_ranks(b, "c"), interval_ranks(b, "a"), interval_ranks(b, "x")
    ((2, 3), (1, 1), None)
    """
    row = board[board["model"].astype(str) == str(model)]
    if row.empty or row[["ci_low", "ci_high"]].isna().any(axis=None):
        return None
    low, high = float(row["ci_low"].iloc[0]), float(row["ci_high"].iloc[0])
    return 1 + int((board["ci_low"] > high).sum()), int((board["ci_high"] >= low).sum())


def indistinct_ranks(board: pd.DataFrame, model: str, z: float = 1.96) -> tuple[int, int] | None:
    """The lowest and highest rank of the other models on ``board`` that ``model`` cannot be told apart
    from: their rating gap is within ``z`` times the gap's standard error, each rating's error read from its
    95% interval (half-width / 1.96) and the two errors assumed independent; None when it is not on the
    board, has no interval or every other model differs from it.

    >>> b = pd.DataFrame({"model": list("abcd"), "rank": [1, 2, 3, 4],
    ...                   "elo": [1516.0, 1493.0, 1476.0, 1456.0], "ci_low": [1501.0, 1476.0, 1463.0, 1441.0],
    ...                   "ci_high": [1531.0, 1510.0, 1489.0, 1471.0]})
    >>> indistinct_ranks(b, "c"), indistinct_ranks(b, "a"), indistinct_ranks(b, "x")
    ((2, 2), None, None)
    """
    if not {"elo", "ci_low", "ci_high", "rank"} <= set(board):
        return None
    row = board[board["model"].astype(str) == str(model)]
    if row.empty or row[["elo", "ci_low", "ci_high"]].isna().any(axis=None):
        return None
    me = row.iloc[0]
    others = board[(board["model"].astype(str) != str(model))].dropna(subset=["elo", "ci_low", "ci_high"])
    se_me = (float(me["ci_high"]) - float(me["ci_low"])) / 2 / 1.96
    se = (others["ci_high"] - others["ci_low"]) / 2 / 1.96
    near = others[(others["elo"] - float(me["elo"])).abs() <= z * (se**2 + se_me**2) ** 0.5]
    if near.empty:
        return None
    return int(near["rank"].min()), int(near["rank"].max())


def _lm_standing(lm_board: pd.DataFrame, aa_board: pd.DataFrame, rows: pd.DataFrame | None,
                 same: dict[str, str] | None) -> tuple[str, list[str], tuple[int, int] | None] | None:
    """Artificial Analysis's #1's id on LMArena, the names of the LMArena models whose intervals lie
    wholly above its own, and its rank range there (:func:`indistinct_ranks`); None when it is not listed."""
    found = _arena_ranks(lm_board, aa_board, rows, same)
    if found is None:
        return None
    aa, lm_rank, _ = found
    board = _full_lm_board(lm_board, rows)
    one = str(aa.iloc[0]["model"])
    if lm_rank[one] is None:
        return None
    lm_id = str(board.loc[board["rank"] == lm_rank[one], "model"].iloc[0])
    me = board[board["model"].astype(str) == lm_id]
    above = board[board["ci_low"] > float(me["ci_high"].iloc[0])].sort_values("rank")
    return lm_id, lmarena_names(above, rows, same), indistinct_ranks(board, lm_id)


def _rank_span(low: int, high: int) -> str:
    """Ranks as a span ("#3–#7") or one rank ("#5")."""
    return f"#{low}" if low == high else f"#{low}–#{high}"


def rebuilt_mark(rebuilt: pd.DataFrame | None, board: pd.DataFrame, *, link: bool = True) -> str:
    """ " (rebuilt, not verified)" when ``board`` (rows of one arena, pool and day) is a rebuilt copy with
    no downloaded one (``rebuilt``: :func:`videomarket.data.rebuilt_boards`), "rebuilt" linked to its
    glossary entry when ``link``; "" otherwise.

    >>> rb = pd.DataFrame({"arena": ["LMArena"], "category": ["text-to-video"],
    ...                    "snapshot_date": [pd.Timestamp("2026-09-21")], "rebuilt_only": [True]})
    >>> b = pd.DataFrame({"arena": ["LMArena"], "category": ["text-to-video"],
    ...                   "snapshot_date": [pd.Timestamp("2026-09-21")]})
    >>> rebuilt_mark(rb, b, link=False), rebuilt_mark(rb, b.assign(arena="X"), link=False)
    (' (rebuilt, not verified)', '')
    """
    from videomarket.stories._certainty import copy_words
    from videomarket.stories._notes import term

    if board.empty or not {"arena", "category"} <= set(board):
        return ""
    one = board.iloc[0]
    day = board["snapshot_date"].max()
    if copy_words(rebuilt, day, str(one["category"]), str(one["arena"])) != "a rebuilt copy":
        return ""
    return f" ({term('rebuilt-file', 'rebuilt') if link else 'rebuilt'}, not verified)"


def _lm_leader_on_aa(aa: pd.DataFrame, lm_rank: dict[str, int | None]) -> pd.Series | None:
    """LMArena's #1 as listed on the Artificial Analysis board ``aa``; None when it is not there."""
    hit = aa[aa["model"].astype(str).map(lm_rank) == 1]
    return None if hit.empty else hit.iloc[0]


def arenas_text(lm_board: pd.DataFrame, aa_board: pd.DataFrame, aa_rows: pd.DataFrame | None = None,
                same: dict[str, str] | None = None, sources: pd.DataFrame | None = None,
                rebuilt: pd.DataFrame | None = None) -> str:
    """LMArena's #1 (``lm_board``, its rows of one day, with ``p_leader``) and its place on Artificial
    Analysis's board (``aa_board``, one whole board), Artificial Analysis's #1 and the ranks LMArena's
    intervals cannot tell it apart from (:func:`indistinct_ranks`), named as in :func:`lmarena_names`, each
    board marked when rebuilt (:func:`rebuilt_mark`); with ``sources``, what the LMArena board mixes
    (:func:`lmarena_board_note`); "" when either board is empty."""
    found = _arena_ranks(lm_board, aa_board, aa_rows, same)
    if found is None:
        return ""
    aa, lm_rank, lm_top = found
    one = aa.iloc[0]
    lm_day = fmt.day(lm_board["snapshot_date"].max())
    note = (f" {lmarena_board_note(lm_board, aa_rows, sources).split(' Its date is ')[0]}"
            if sources is not None else "")
    aa_words = (f"Artificial Analysis's silent text-to-video board of {fmt.day(one['snapshot_date'])}"
                f"{rebuilt_mark(rebuilt, aa)}")
    top_on_aa = _lm_leader_on_aa(aa, lm_rank)
    there = (f"is #{int(top_on_aa['rank'])} of {len(aa)} on {aa_words}, where {one['model_name']} is #1"
             if top_on_aa is not None else f"is not on {aa_words}, where {one['model_name']} is #1")
    standing = _lm_standing(lm_board, aa_board, aa_rows, same)
    place = f"{one['model_name']} is {_lm_place(lm_rank[str(one['model'])])} on LMArena"
    if standing is not None and standing[2] is not None:
        place = (f"{one['model_name']} is listed #{lm_rank[str(one['model'])]} on LMArena, but it cannot be "
                 f"told apart from {_rank_span(*standing[2])}: its rating gap to "
                 f"{'each' if standing[2][0] != standing[2][1] else 'it'} is within 1.96 times the gap's "
                 "standard error (each read from its 95% interval, the two errors assumed independent)")
    return (f"The two arenas order the leading models differently. LMArena's #1 on "
            f"{lm_day}{rebuilt_mark(rebuilt, lm_board)}, {lm_top}, {there}. {fmt.capital(place)}.{note}")


def lmarena_shown(lm_board: pd.DataFrame, aa_board: pd.DataFrame, aa_rows: pd.DataFrame | None = None,
                  same: dict[str, str] | None = None, top_n: int = 6) -> int:
    """How many of LMArena's top rows its table shows: ``top_n``, or down to one below the last rank
    :func:`arenas_text` names for Artificial Analysis's #1 (:func:`indistinct_ranks`) when that is lower,
    so the table shows where the models it can be told apart from begin.

    >>> lm = pd.DataFrame({"snapshot_date": pd.Timestamp("2026-09-21"), "model": list("abcdefgh"),
    ...                    "model_name": list("ABCDEFGH"), "rank": range(1, 9),
    ...                    "elo": [1505.0] * 7 + [1495.0], "ci_low": [1500.0] * 7 + [1490.0],
    ...                    "ci_high": [1510.0] * 7 + [1500.0]})
    >>> aa = pd.DataFrame({"snapshot_date": pd.Timestamp("2026-09-30"), "model": ["b", "c"],
    ...                    "model_name": ["B", "C"], "rank": [1, 2]})
    >>> lmarena_shown(lm, aa), lmarena_shown(lm[:5], aa)
    (8, 6)
    """
    standing = _lm_standing(lm_board, aa_board, aa_rows, same)
    return max(top_n, standing[2][1] + 1) if standing is not None and standing[2] is not None else top_n


def lmarena_frame(lm_board: pd.DataFrame, top_n: int = 6, aa_rows: pd.DataFrame | None = None,
                  same: dict[str, str] | None = None) -> pd.DataFrame:
    """The top ``top_n`` rows of one LMArena board (``lm_board``) for :data:`LMARENA_TABLE`, named as in
    :func:`lmarena_names`, developers as parent companies."""
    from videomarket.leaderboard import canonical_creator

    rows = lm_board.sort_values("rank").head(top_n)
    return pd.DataFrame({"rank": rows["rank"],
                         "model_name": lmarena_names(rows, aa_rows, same),
                         "developer": [canonical_creator(c) if pd.notna(c) else c for c in rows["creator"]],
                         "rating": [rating_text(e, lo, hi) for e, lo, hi in
                                    zip(rows["elo"], rows["ci_low"], rows["ci_high"], strict=True)],
                         "p_leader": rows["p_leader"]}).reset_index(drop=True)


def lmarena_contenders(lm_board: pd.DataFrame, aa_rows: pd.DataFrame | None = None) -> pd.DataFrame:
    """The LMArena table (:func:`lmarena_frame`) with whether each model could be #1, for
    :data:`LMARENA_CONTENDERS_TABLE`.

    >>> b = pd.DataFrame({"rank": [1, 2], "model": ["g", "f"], "model_name": ["G", "F"],
    ...     "creator": ["Google", "xAI"], "elo": [1516.0, 1476.0], "ci_low": [1501.0, 1463.0],
    ...     "ci_high": [1531.0, 1489.0], "p_leader": [0.99, 0.01], "could_be_first": [True, False]})
    >>> lmarena_contenders(b)["could_be_first"].tolist()
    [True, False]
    """
    rows = lm_board.sort_values("rank").head(6)
    return lmarena_frame(lm_board, aa_rows=aa_rows).assign(
        could_be_first=rows["could_be_first"].astype(bool).to_numpy())


def lmarena_title(lm_board: pd.DataFrame, top_n: int = 6, rebuilt: pd.DataFrame | None = None) -> str:
    """The LMArena table's title: the board's pool, date (LMArena's update date), how many rows it
    shows and, when the board is a rebuilt copy, "(rebuilt, not verified)" (:func:`rebuilt_mark`).

    >>> lmarena_title(pd.DataFrame({"snapshot_date": [pd.Timestamp("2026-09-21")]}))
    "The top 6 of LMArena's text-to-video board of 21 September 2026"
    """
    day = pd.Timestamp(lm_board["snapshot_date"].max())
    mark = rebuilt_mark(rebuilt, lm_board, link=False)
    return f"The top {top_n} of LMArena's text-to-video board of {fmt.day(day)}{mark}"


