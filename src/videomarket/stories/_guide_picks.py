"""Report 04's picks table: one row per pool, its leader, cheapest pick within the budget cut-off and best
open-weights model, checked against the last downloaded boards."""
from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from videomarket.stories import fmt
from videomarket.stories._guide import (
    BUDGET_POINTS,
    POOL_LABELS,
    SURE,
    _and,
    _first_upper,
    _gone_leaders,
    _racer_chances,
    _table_chance,
    _usd,
    budget_chances,
    budget_pick,
    leader_range_cell,
    pool_label,
    race_names,
)
from videomarket.stories._guide_needs import (
    closest_unpriced_cell,
)


def _leader_cell(row: pd.Series, top: pd.DataFrame | None) -> str:
    racers = race_names(row, top)
    if racers:
        return "Open race: " + ", ".join(_racer_chances(top, racers))
    p = row.get("p_leader", pd.NA)
    return str(row["model_name"]) + ("" if pd.isna(p) else f" ({fmt.pct(float(p), 0)})")


def _value_cells(priced: dict[str, pd.DataFrame] | None, pool: str) -> dict[str, str]:
    """The pool's best value within :data:`BUDGET_POINTS` of the top priced model (:func:`budget_pick`) as
    short cells: its name, price, the model it is measured against (the top priced model), points below it
    and chance of being truly within the cut-off; "none within 100 points" when nothing cheaper comes that
    close."""
    pick = budget_pick(priced, pool)
    if pick is None:
        return {"value": "no priced model", "value_price": "", "saving": "", "value_ref": "", "value_gap": "",
                "value_chance": ""}
    if pick["model"] == pick["best_model"]:
        return {"value": f"none within {BUDGET_POINTS} points", "value_price": "", "saving": "",
                "value_ref": str(pick["best_name"]), "value_gap": "",
                "value_chance": "n/a"}
    chances = budget_chances(priced, pool)
    p = chances[0]["p"] if chances else float("nan")
    saving = pick["best_price"] - pick["price"]
    percent = round(100 * saving / pick["best_price"] + 1e-9)
    return {"value": str(pick["name"]), "value_price": _usd(pick["price"]).removeprefix("USD "),
            "saving": f"{_usd(saving)} a minute ({percent}%) against {pick['best_name']}",
            "value_ref": str(pick["best_name"]),
            "value_gap": f"{fmt.points(pick['gap']).split()[0]} below {pick['best_name']}",
            "value_chance": "" if pd.isna(p) else _table_chance(float(p))}


def cheapest_listed(priced: dict[str, pd.DataFrame] | None, pool: str) -> dict | None:
    """The pool's cheapest model with a list price and a rating (the higher-rated one on a tie): its name,
    price and points below the top priced model (:func:`budget_pick`); None when no model has a price.

    >>> board = pd.DataFrame({"model": ["w", "l"], "model_name": ["Wan", "LTX"], "rank": [1, 2],
    ...                       "elo": [1129.0, 857.0], "price_usd_per_min": [12.0, 2.4]})
    >>> cheapest_listed({"t": board}, "t")["gap"]
    272.0
    """
    pick = budget_pick(priced, pool)
    if pick is None:
        return None
    rated = priced[pool].dropna(subset=["price_usd_per_min", "elo"])
    low = rated.sort_values(["price_usd_per_min", "elo"], ascending=[True, False]).iloc[0]
    return {"model": low["model"], "name": str(low["model_name"]), "price": float(low["price_usd_per_min"]),
            "gap": pick["best_elo"] - float(low["elo"]), "best_name": pick["best_name"]}


def _cheapest_cell(priced: dict[str, pd.DataFrame] | None, pool: str) -> str:
    low = cheapest_listed(priced, pool)
    if low is None:
        return "no priced model"
    ties = same_price_names(priced, pool)
    tie = f" (tied on price with {_and(ties)}, rated higher)" if ties else ""
    return f"{low['name']}, {_usd(low['price'])}{tie}, {fmt.points(low['gap'])} below {low['best_name']}"


def cheapest_cells(priced: dict[str, pd.DataFrame] | None) -> dict[str, str]:
    """Each priced pool's cheapest listed model as a table cell, for the value table's "cheapest listed
    model" column.

    >>> board = pd.DataFrame({"model": ["w", "l"], "model_name": ["Wan", "LTX"], "rank": [1, 2],
    ...                       "elo": [1129.0, 857.0], "price_usd_per_min": [12.0, 2.4]})
    >>> cheapest_cells({"t": board})
    {'t': 'LTX, USD 2.40, 272 points below Wan'}
    """
    return {pool: _cheapest_cell(priced, pool) for pool in (priced or {})}


def _open_row(open_best: pd.DataFrame | None, pool: str) -> pd.Series | None:
    if open_best is None or open_best.empty:
        return None
    mine = open_best[open_best["category"].astype(str) == pool].dropna(subset=["model"])
    return None if mine.empty else mine.iloc[0]


def _own_ranks(best: pd.Series) -> tuple[str, list[int]]:
    """The unflagged model whose own listings rank above a pool's best flagged model, and their places:
    only listings named after it ("MiniMax H3 (768p) (#2)"), not another developer's listing "based on" it
    ("Utopai X (based on MiniMax H3) (#2)"), which is a different model, nor a variant with a name of its
    own ("MiniMax H3 Max (#2)", see :func:`_variant_above`) unless no listing of its own is there.

    >>> _own_ranks(pd.Series({"model_name": "LTX", "variant_of": "MiniMax H3",
    ...     "variants": "Utopai X (based on MiniMax H3) (#2); MiniMax H3 Max (#3); MiniMax H3 (768p) (#4)"}))
    ('MiniMax H3', [4])
    >>> _own_ranks(pd.Series({"model_name": "LTX", "variant_of": "MiniMax H3",
    ...                       "variants": "MiniMax H3 Max (#2)"}))
    ('MiniMax H3', [2])
    """
    base = best.get("variant_of", "")
    if not isinstance(base, str) or not base or base == best["model_name"]:
        return "", []
    named = [c for c in _listed(best) if c.startswith(base) and "based on" not in c]
    own = [c for c in named if c.startswith(f"{base} (")] or named  # a variant only when no own listing
    ranks = [int(m) for c in own for m in re.findall(r"\(#(\d+)\)$", c)]
    return (base, ranks) if ranks else ("", [])


def _listed(best: pd.Series) -> list[str]:
    return [c.strip() for c in str(best.get("variants", "") or "").split(";") if c.strip()]


def _variant_above(best: pd.Series, *, inline: bool = False) -> str:
    """Where a variant of the base model with a name of its own ("MiniMax H3 Max") ranks above the base
    model's own listing (:func:`_own_ranks`): " (#2 counting its variant MiniMax H3 Max)", ``inline``
    ", #2 counting its variant MiniMax H3 Max,"; "" otherwise.

    >>> _variant_above(pd.Series({"model_name": "LTX", "variant_of": "MiniMax H3",
    ...     "variants": "MiniMax H3 Max (#2); MiniMax H3 (768p) (#3)"}))
    ' (#2 counting its variant MiniMax H3 Max)'
    """
    base, ranks = _own_ranks(best)
    if not ranks:
        return ""
    for c in _listed(best):
        found = re.match(r"(.+) \(#(\d+)\)$", c)
        if (found and found[1].startswith(f"{base} ") and not found[1].startswith(f"{base} (")
                and "based on" not in c and int(found[2]) < min(ranks)):
            said = f"#{found[2]} counting its variant {found[1]}"
            return f", {said}," if inline else f" ({said})"
    return ""


def open_pick_cell(best: pd.Series | None) -> str:
    """One pool's open-weights recommendation, short, in the summary table: the best model the catalogue
    flags as open weights and its place; when another model's own listings rank higher without the flag,
    that model's place (and a variant's, when that ranks higher still) and a licence to confirm after it.

    >>> print(open_pick_cell(pd.Series({"model_name": "LTX-2.5 Fast", "rank": 21, "board_size": 30,
    ...                                 "variants": "MiniMax H3 Max (#2); MiniMax H3 (768p) (#3)",
    ...                                 "variant_of": "MiniMax H3"})))
    LTX-2.5 Fast (#21); MiniMax H3 is #3 (#2 counting its variant MiniMax H3 Max) but confirm its licence
    >>> print(open_pick_cell(pd.Series({"model_name": "MiniMax H3", "rank": 2, "board_size": 35,
    ...                                 "variants": "MiniMax H3 Max (#1)", "variant_of": "MiniMax H3"})))
    MiniMax H3 (#2)
    >>> open_pick_cell(None)
    'none on the board'
    """
    if best is None:
        return "none on the board"
    place = f"{best['model_name']} (#{int(best['rank'])})"
    base, ranks = _own_ranks(best)
    return (f"{place}; {base} is #{min(ranks)}{_variant_above(best)} but confirm its licence" if ranks
            else place)


def open_picks(open_best: pd.DataFrame, leaders: pd.DataFrame) -> pd.DataFrame:
    """``open_best`` (:func:`videomarket.guide.flagged_leaders`) with each board's size counted in models, as
    ``leaders`` (:func:`videomarket.guide.pool_leaders`) counts it (a listing repeating another's rating and
    interval is one model), and each pool's recommendation (:func:`open_pick_cell`) in a ``pick`` column.

    >>> best = pd.DataFrame({"category": ["t"], "model": ["l"], "model_name": ["L"], "rank": [21],
    ...                      "board_size": [31], "variants": [""]})
    >>> open_picks(best, pd.DataFrame({"category": ["t"], "board_size": [30]}))["pick"].tolist()
    ['L (#21)']
    """
    sizes = (leaders.assign(category=leaders["category"].astype(str)).drop_duplicates("category")
             .set_index("category")["board_size"])
    frame = open_best.copy()
    pools = frame["category"].astype(str)
    frame["board_size"] = pools.map(sizes).fillna(frame["board_size"]).astype(int)
    frame["pick"] = [open_pick_cell(r) if pd.notna(r["model"]) else open_pick_cell(None)
                     for _, r in frame.iterrows()]
    return frame


def open_picks_text(frame: pd.DataFrame, boards: dict[str, pd.DataFrame] | None = None) -> str:
    """The body's open-weights sentences, said once: each pool's best model the catalogue flags as
    [open weights](#glossary-open-weights), one clause per model with its places; then any model whose own
    listings rank higher where they are not flagged, with a licence to confirm (``frame``:
    :func:`open_picks`).

    >>> frame = pd.DataFrame({"category": ["text-to-video", "image-to-video"],
    ...     "model_name": ["LTX-2.5 Fast", "MiniMax H3"], "rank": [21, 4],
    ...     "variants": ["MiniMax H3 (768p) (#2)", ""], "variant_of": ["MiniMax H3", ""]})
    >>> print(open_picks_text(frame))  # doctest: +NORMALIZE_WHITESPACE
    If you need weights you can run yourself, the best model known to be
    [open weights](#glossary-open-weights) is LTX-2.5 Fast, #21 in text to
    video (silent); and MiniMax H3,
    #4 in image to video (silent). The catalogue flags MiniMax H3 as open weights only in its image to video
    listings, not in the listings where it ranks higher, so check its licence before relying on it.

    With ``boards`` (each pool's board with its ``open_weights`` flag), :func:`open_unknown_text` follows.
    """
    rows = frame.dropna(subset=["model_name"])
    if rows.empty:
        return "No model on these boards is flagged as open weights in the catalogue."
    groups: dict[str, list[str]] = {}
    for _, r in rows.iterrows():
        groups.setdefault(str(r["model_name"]), []).append(
            f"#{int(r['rank'])} in {pool_label(r['category']).lower()}")
    text = ("If you need weights you can run yourself, the best model known to be "
            "[open weights](#glossary-open-weights) is "
            + "; and ".join(f"{name}, {_and(places)}" for name, places in groups.items()) + ".")
    higher: dict[str, list[str]] = {}
    for _, r in rows.iterrows():
        base, ranks = _own_ranks(r)
        if ranks:
            higher.setdefault(base, []).append(
                f"#{min(ranks)} in {pool_label(r['category']).lower()}{_variant_above(r, inline=True)}")
    for base in higher:
        home = [str(c) for c in rows.loc[rows["model_name"].astype(str) == base, "category"]]
        where = ("image to video" if home and all(c.startswith("image-to-video") for c in home)
                 else "text to video" if home and all(c.startswith("text-to-video") for c in home)
                 else _and([pool_label(c).lower() for c in home]))
        only = f"only in its {where} listings" if home else "in none of its listings"
        text += (f" The catalogue flags {base} as open weights {only}, not in the listings where it ranks "
                 "higher, so check its licence before relying on it.")
    unknown = open_unknown_text(frame, boards) if boards is not None else ""
    return f"{text} {unknown}" if unknown else text


def open_unknown_text(frame: pd.DataFrame, boards: dict[str, pd.DataFrame]) -> str:
    """For each pool whose best known open-weights model (``frame``: :func:`open_picks`) ranks below #3:
    how many models rated above it the catalogue flags as closed and how many it has no entry for (a
    listing repeating another's rating and interval counted once); "" when no pool qualifies.

    >>> frame = pd.DataFrame({"category": ["text-to-video"], "model_name": ["LTX"], "rank": [4]})
    >>> board = pd.DataFrame({"model_name": ["A", "B", "B2", "C", "LTX"],
    ...     "elo": [1130.0, 1120, 1120, 1100, 900],
    ...     "ci_low": [1120.0, 1110, 1110, 1090, 890], "ci_high": [1140.0, 1130, 1130, 1110, 910],
    ...     "open_weights": [False, None, None, False, True]})
    >>> print(open_unknown_text(frame, {"text-to-video": board}))  # doctest: +NORMALIZE_WHITESPACE
    Of the 3 models rated above LTX in text to video (silent) (two listings with one rating share a place),
    the catalogue flags 2 as closed and has no entry for 1, so a better open model may exist there.
    """
    parts = []
    for _, r in frame.dropna(subset=["model_name"]).iterrows():
        board = boards.get(str(r["category"]))
        if board is None or int(r["rank"]) <= 3 or "open_weights" not in board:
            continue
        own = board.loc[board["model_name"] == r["model_name"], "elo"]
        if own.empty:
            continue
        listed = board[board["elo"] > float(own.max())]
        above = listed.drop_duplicates([c for c in ("elo", "ci_low", "ci_high") if c in listed])
        shared = (" (two listings with one rating share a place)"
                  if len(listed) > len(above) else "")
        closed = int((above["open_weights"].notna() & ~above["open_weights"].fillna(True).astype(bool)).sum())
        missing = int(above["open_weights"].isna().sum())
        if not missing:
            continue
        parts.append(f"of the {len(above)} models rated above {r['model_name']} in "
                     f"{pool_label(r['category']).lower()}{shared}, the catalogue flags {closed} as closed "
                     f"and has no entry for {missing}")
    if not parts:
        return ""
    return (_first_upper("; ".join(parts)) + ", so a better open model may exist "
            + ("there." if len(parts) == 1 else "in either."))


def _open_cell(open_best: pd.DataFrame | None, pool: str) -> str:
    """The pool's open-weights recommendation, short: the flagged model and its place, pointing to the
    Open weights section when another model's own listings rank higher without the flag
    (:func:`open_pick_cell` says how)."""
    best = _open_row(open_best, pool)
    if best is None:
        return open_pick_cell(best)
    place = f"{best['model_name']} (#{int(best['rank'])})"
    if _own_ranks(best)[1]:
        return f"{place}; see Open weights"
    # flagged here, but ranked higher unflagged in another pool: open weights only in some listings
    unflagged = {_own_ranks(r)[0] for _, r in open_best.dropna(subset=["model"]).iterrows()}
    return f"{place} (licence unconfirmed)" if best["model_name"] in unflagged else place


def picks_frame(leaders: pd.DataFrame, tops: dict[str, pd.DataFrame] | None,
                priced: dict[str, pd.DataFrame] | None, open_best: pd.DataFrame | None,
                *, counted_twice: dict[str, float] | None = None) -> pd.DataFrame:
    """One row per pool for :data:`PICKS_TABLE`: the leader with its chance of being truly #1 (or "Open race:
    A (61%), B (19%)"), the best value: the cheapest priced model within :data:`BUDGET_POINTS` of the
    highest-rated priced one (:func:`budget_pick`) in short cells (name, USD a minute, points below, chance
    truly within), the cheapest listed model (:func:`cheapest_listed`), the closest unpriced rival
    (:func:`closest_unpriced_cell`), the best model marked open-weights
    (``open_best``: :func:`videomarket.guide.flagged_leaders`, with the versions of an open-weights model
    placed above it). ``counted_twice`` (pool: the leader's chance with a repeated listing
    counted as a rival) shows that pool's chance as a range, lower first (:func:`leader_range_cell`)."""
    rows = []
    for row in leaders.dropna(subset=["model"]).itertuples(index=False):
        pool = str(row.category)
        series = pd.Series(row._asdict())
        top = (tops or {}).get(pool)
        cell = _leader_cell(series, top)
        if pool in (counted_twice or {}) and not race_names(series, top):
            cell = leader_range_cell(str(row.model_name), float(row.p_leader), counted_twice[pool])
        rows.append({"pool": POOL_LABELS.get(pool, pool), "leader": cell,
                     **_value_cells(priced, pool), "cheapest": _cheapest_cell(priced, pool),
                     "rival": closest_unpriced_cell(priced, pool, row.model),
                     "open": _open_cell(open_best, pool)})
    return pd.DataFrame(rows, columns=["pool", "leader", "value", "value_price", "saving", "value_ref",
                                       "value_gap", "value_chance", "cheapest", "rival", "open"])


RERATING_LINK = "00-about-the-data.html#the-re-rating-of-1-october-2026"


def shortlist_now_text(rankings: pd.DataFrame, day: object, maker: str, pick: str,
                       category: str = "text-to-video", arena: str = "Artificial Analysis") -> str:
    """What "now" can say of the December 2025 shortlist on the boards of ``day``: ranks sit on a re-rated
    board (linked to report 00), whether ``maker`` has any model on those boards, and the nearest successor
    of ``pick`` (the best-placed entry named "<pick>.<n>") on ``category``'s board, named as another model."""
    day = pd.Timestamp(day)
    boards = rankings[(rankings["arena"].astype(str) == arena) & (rankings["snapshot_date"] == day)]
    text = (f"Ranks now sit on a [re-rated]({RERATING_LINK}) board, so they are not comparable with "
            "December's.")
    if not (boards["creator"].astype(str) == maker).any():
        text += f" {maker} has no model on the {fmt.day(day)} boards."
    board = boards[boards["category"].astype(str) == category]
    heirs = board[board["model_name"].astype(str).str.fullmatch(rf"{pick}\.\d+")].sort_values("rank")
    if len(heirs):
        heir = heirs.iloc[0]
        pool = POOL_LABELS.get(category, category).lower()
        text += (f" The nearest {heir['creator']} successor to {pick} in {pool}, {heir['model_name']}, is "
                 f"#{int(heir['rank'])} of {len(board)}: not the same model.")
    return text


def leaders_chart_title(leaders: pd.DataFrame, tops: dict[str, pd.DataFrame] | None) -> str:
    """The leaders chart's title from what a buyer needs: the model leading the most pools, "likely" when
    none of its leads is near-certain, and the pools that are open races; a lead over the leader's own base
    model is left to the chart, not the title; another model's near-certain lead of a pool is named too
    ("H3 Max all but certainly leads image to video with audio")."""
    rows = leaders.dropna(subset=["model"])
    races = [POOL_LABELS.get(str(r.category), str(r.category)).lower() for r in rows.itertuples(index=False)
             if race_names(pd.Series(r._asdict()), (tops or {}).get(str(r.category)))]
    clear = rows[~rows["category"].astype(str).map(lambda c: POOL_LABELS.get(c, c).lower()).isin(races)]
    parts = []
    if len(clear):
        counts = clear.groupby("model_name", sort=False)["p_leader"].agg(["size", "max"])
        name = counts.sort_values(["size", "max"], ascending=False).index[0]
        mine = clear[clear["model_name"] == name]
        pools = sorted(str(c) for c in mine["category"])
        where = ("both text-to-video pools" if pools == ["text-to-video", "text-to-video-audio"]
                 else _and([POOL_LABELS.get(c, c).lower() for c in pools]))
        how = "leads" if (mine["p_leader"].astype(float) >= SURE).all() else "likely leads"
        parts.append(f"{name} {how} {where}")
        others = clear[(clear["model_name"] != name) & (clear["p_leader"].astype(float) >= SURE)]
        parts += [f"{r.model_name} all but certainly leads {pool_label(r.category).lower()}"
                  for r in others.itertuples(index=False)]
    if races:
        parts.append(f"{_and(races)} {'is an open race' if len(races) == 1 else 'are open races'}")
    return "; ".join(parts) if parts else "No pool has a leader"


def audio_caveat_text(leaders: pd.DataFrame, priced: dict[str, pd.DataFrame] | None) -> str:
    """The section's point on the with-audio picks: a leader with no list price, who lists it, what it is
    based on, and the cheapest model within the budget cut-off of its pool (:func:`budget_pick`); "" when
    every with-audio leader has a list price.

    >>> lead = pd.DataFrame({"category": ["image-to-video-audio"], "model": ["h3max-based-on-h3"],
    ...     "model_name": ["MiniMax H3 Max"], "hosted_by": ["Fal"], "built_on": ["MiniMax H3"]})
    >>> board = pd.DataFrame({"model": ["h3max-based-on-h3", "h3", "g"], "model_name": ["MiniMax H3 Max",
    ...     "MiniMax H3", "G"], "rank": [1, 2, 3], "elo": [1195.0, 1181.0, 1178.0],
    ...     "price_usd_per_min": [None, 7.8, 6.0]})
    >>> print(audio_caveat_text(lead, {"image-to-video-audio": board}))  # doctest: +NORMALIZE_WHITESPACE
    The image to video with audio pick, MiniMax H3 Max, has no list price: Fal lists it as based on MiniMax
    H3, and the data do not say whether it is a hosted copy or a higher setting. Every model on the with-audio
    boards makes sound ([native audio](#glossary-native-audio)); the cheaper alternative there is G
    (USD 6.00 a
    minute), 3 points below MiniMax H3, the top-rated model with a list price.
    """
    for _, row in leaders[leaders["category"].astype(str).str.endswith("-audio")].iterrows():
        board = (priced or {}).get(str(row["category"]))
        if board is None:
            continue
        own = board.loc[board["model"] == row["model"], "price_usd_per_min"]
        if not len(own) or pd.notna(own.iloc[0]):
            continue
        pool = POOL_LABELS.get(str(row["category"]), str(row["category"])).lower()
        host, base = row.get("hosted_by", pd.NA), row.get("built_on", pd.NA)
        text = f"The {pool} pick, {row['model_name']}, has no list price"
        if pd.notna(host) and pd.notna(base):
            text += (f": {host} lists it as based on {base}, and the data do not say whether it is a hosted "
                     "copy or a higher setting")
        text += ". Every model on the with-audio boards makes sound ([native audio](#glossary-native-audio))"
        pick = budget_pick(priced, str(row["category"]))
        if pick is not None:
            text += (f"; the cheaper alternative there is {pick['name']} ({_usd(pick['price'])} a minute), "
                     f"{fmt.points(pick['gap'])} below {pick['best_name']}, "
                     "the top-rated model with a list price")
        return text + "."
    return ""


def _lead_start(rankings: pd.DataFrame, leaders: pd.DataFrame, pool: str
                ) -> tuple[tuple, pd.Series, pd.DataFrame] | None:
    """The previous #1 that left ``pool``'s board (:func:`_gone_leaders`), the later board days and the
    pool's leader row, when the leader took #1 on the first board after that exit; else None."""
    gone = _gone_leaders(rankings, leaders, [pool])
    lead = leaders[leaders["category"].astype(str) == pool].dropna(subset=["model"])
    if gone is None or lead.empty:
        return None
    days = rankings.loc[(rankings["arena"].astype(str) == "Artificial Analysis")
                        & (rankings["category"].astype(str) == pool), "snapshot_date"]
    after = days[days > gone[4]]
    if after.empty:
        return None
    first = rankings[(rankings["arena"].astype(str) == "Artificial Analysis")
                     & (rankings["category"].astype(str) == pool)
                     & (rankings["snapshot_date"] == after.min())]
    if not (first.loc[first["model"] == lead.iloc[0]["model"], "rank"] == 1).any():
        return None  # the lead began another way
    return gone, after, lead


def racer_prices(board: pd.DataFrame, racers: list[str]) -> str:
    """The list prices of an open race's contenders (``board``: one pool of
    :func:`videomarket.guide.priced_boards`), and the cheapest of them that has one.

    >>> board = pd.DataFrame({"model_name": ["G", "B", "W"], "price_usd_per_min": [6.0, None, 7.5]})
    >>> racer_prices(board, ["G", "B", "W"])
    ': list prices G USD 6.00, W USD 7.50 a minute (B none); the cheapest is G, also the likeliest #1'
    >>> racer_prices(board, ["G", "B"])
    ': G, USD 6.00 a minute, is the only one with a list price'
    >>> racer_prices(board, ["B"])
    ': none of them has a list price'
    """
    listed = board.drop_duplicates("model_name").set_index("model_name")["price_usd_per_min"]
    prices = [(n, float(listed[n])) for n in racers if n in listed.index and pd.notna(listed[n])]
    unpriced = [n for n in racers if n not in dict(prices)]
    if not prices:
        return ": none of them has a list price"
    if len(prices) == 1:
        return f": {prices[0][0]}, {_usd(prices[0][1])} a minute, is the only one with a list price"
    text = ": list prices " + ", ".join(f"{n} {_usd(v)}" for n, v in prices) + " a minute"
    if unpriced:
        text += f" ({_and(unpriced)} none)"
    low = min(prices, key=lambda x: x[1])[0]
    return text + f"; the cheapest is {low}" + (", also the likeliest #1" if low == racers[0] else "")


def audio_lead_start_text(rankings: pd.DataFrame, leaders: pd.DataFrame,
                          pool: str = "text-to-video-audio", *, rerated: Iterable[object] = (),
                          rebuilt: pd.DataFrame | None = None, short: bool = False) -> str:
    """When the with-audio leader's lead began, the day the previous #1 left the board: "Wan 3.0's lead in
    text to video with audio began on 1 October 2026, when Gemini Omni Flash, #1 of 36 there on 30 September
    2026, left that board under that name." ("" when the previous #1 did not leave). The next board day is
    the first board after the last one listing it. When that day is among ``rerated`` (days the pool was
    re-rated), the lead is said to have coincided with the re-rating, one of that day's changes, not caused by
    the exit. ``short``: the previous #1 is only named, for a note followed by the account of its exit
    (:func:`~videomarket.stories._guide_sections.absent_leaders_text`)."""
    start = _lead_start(rankings, leaders, pool)
    if start is None:
        return ""
    gone, after, lead = start
    from videomarket.stories._guide_sections import rebuilt_mark

    day = pd.Timestamp(after.min())
    mark = rebuilt_mark(rebuilt, pd.DataFrame({"arena": ["Artificial Analysis"], "category": [pool],
                                               "snapshot_date": [pd.Timestamp(gone[4])]}), link=False)
    when = (f"coincided with the [re-rating]({RERATING_LINK}) of {fmt.day(day)}"
            if day in {pd.Timestamp(d) for d in rerated} else f"began on {fmt.day(day)}")
    if short:
        joint = " and" if when.startswith("coincided") else ","
        return (f"{lead.iloc[0]['model_name']}'s lead in {pool_label(pool).lower()} {when}{joint} with the "
                f"exit of the previous #1 there, {gone[0]}.")
    return (f"{lead.iloc[0]['model_name']}'s lead in {pool_label(pool).lower()} {when}, when {gone[0]}, "
            f"#{gone[2]} of {gone[3]} there on {fmt.day(gone[4])}{mark}, left that "
            "board under that name.")






#: Each pool said as what a creator makes.
def same_price_names(priced: dict[str, pd.DataFrame] | None, pool: str) -> list[str]:
    """The other models as cheap as the pool's cheapest listed one (:func:`cheapest_listed`, which names
    the higher-rated on a tie).

    >>> board = pd.DataFrame({"model": ["w", "l", "p"], "model_name": ["Wan", "LTX", "P-Video"],
    ...     "rank": [1, 2, 3], "elo": [1129.0, 857.0, 850.0], "price_usd_per_min": [12.0, 2.4, 2.4]})
    >>> same_price_names({"t": board}, "t")
    ['P-Video']
    """
    low = cheapest_listed(priced, pool)
    if low is None:
        return []
    board = priced[pool].dropna(subset=["price_usd_per_min", "elo"])
    ties = board[(board["price_usd_per_min"] == low["price"]) & (board["model"] != low["model"])]
    return [str(n) for n in ties.sort_values("elo", ascending=False)["model_name"]]

