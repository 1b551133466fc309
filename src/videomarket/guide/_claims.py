"""Check a recommendation ("quality: Runway Gen-4.5") against the boards of a date.

A claim names a need, a model (as people write it) and how the data would pick for that need:

* ``pick="leader"``: the best-rated model of each listed pool (``categories``);
* ``pick="near-top"``: the cheapest priced model about as good as the best priced one
  (:func:`videomarket.leaderboard.cheapest_near_top`, within :data:`NEAR_TOP_POINTS` points or
  overlapping intervals), which needs prices for the date (``prices``); without them the row says so.
  The claimed model's price and whether it is on the board's price–quality frontier are reported too.
  ("Rating per dollar" is not used: it depends on an arbitrary baseline);
* ``pick="frontier"`` (a budget pick): whether the claimed model is on or near the price–quality
  frontier: the best model costing no more than it (``pick_*``) is rated at most
  :data:`NEAR_TOP_POINTS` points higher, or their intervals overlap (``near_by``). If not, the row
  names that better model for no more money and the cheapest model rated higher (``cheaper_*``).
  A claimed model without a listed price cannot be judged ("no prices");
* no ``categories``: no board measures the need, and the row says so instead of guessing.

Names are resolved with :func:`resolve_model_names`: the catalogue and alias names equal to the
claim once a trailing qualifier in brackets is dropped ("Sora 2 (December)" is a "Sora 2", "Sora 2
Pro" is not), case, dashes and dots ignored. An optional ``checked_as`` column names the model
checked instead when no board lists the claimed one (the nearest we hold); it is carried to the
result. A name that matches nothing is reported as not on any board we hold. When the claimed model
is missing from a board, the last board (on or before the date) that listed it is given.

:func:`december_shortlist` is the popular December 2025 advice the guide re-checks, as claims.

``status`` is one of: ``"is the pick"``, ``"not the pick"``, ``"not on this board"``,
``"no board"``, ``"no prices"``, ``"not measured"``, ``"unknown model"``.

Example::

    >>> import pandas as pd
    >>> models = pd.DataFrame({"model": ["sora-2-december", "sora-2-pro"],
    ...                        "model_name": ["Sora 2 (December)", "Sora 2 Pro"]})
    >>> aliases = pd.DataFrame({"arena": ["LMArena"], "model_name": ["sora-2"], "model": ["sora-2"]})
    >>> resolve_model_names("Sora 2", models, aliases)
    ['sora-2', 'sora-2-december']
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from videomarket.data.schemas import AA_POOLS, check_choice
from videomarket.guide._boards import ARENA, NoBoardError, board_on, board_top, usable_rows
from videomarket.guide._value import NEAR_TOP_POINTS, with_prices
from videomarket.leaderboard import cheapest_near_top, daily_boards, daily_leaders

CHECK_COLUMNS = (
    "need", "claim", "checked_as", "pick", "category", "status", "snapshot_date", "claim_model", "claim_name",
    "claim_rank", "claim_elo", "claim_ci_low", "claim_ci_high", "claim_price", "claim_on_frontier",
    "n_priced", "board_size", "board_complete", "pick_model", "pick_name", "pick_rank", "pick_elo",
    "pick_price", "best_name", "best_elo", "gap", "near_by", "cheaper_name", "cheaper_price", "cheaper_elo",
    "p_pick_above_claim", "last_seen", "last_seen_rank", "last_seen_size", "note", "claim_tied",
)
PICKS = ("leader", "near-top", "frontier")
SHORTLIST = (
    ("quality", "Runway Gen-4.5", "", "text-to-video,image-to-video", "leader"),
    ("audio", "Sora 2", "", "text-to-video-audio,image-to-video-audio", "leader"),
    ("realistic human motion", "Veo 3", "", "", "leader"),
    ("budget", "Pika 2.5 Turbo", "", "text-to-video,image-to-video", "frontier"),
)


def december_shortlist() -> pd.DataFrame:
    """The December 2025 shortlist as claims for :func:`recommendation_check` (a fresh copy).

    "Quality: Runway Gen-4.5; audio: Sora 2; realistic human motion: Veo 3; budget: Pika 2.5 Turbo",
    popular advice of that month whose first author is unknown. Quality is checked on the silent
    pools, audio on the with-audio pools, budget as being on or near the price–quality frontier of the
    silent pools (no board lists a "Pika 2.5 Turbo", and Pika 2.5 is another model, so it cannot be
    judged); no board measures motion.

    >>> december_shortlist()[["need", "claim", "pick"]].values.tolist()[-1]
    ['budget', 'Pika 2.5 Turbo', 'frontier']
    """
    return pd.DataFrame(list(SHORTLIST), columns=["need", "claim", "checked_as", "categories", "pick"])


def resolve_model_names(name: str, models: pd.DataFrame, aliases: pd.DataFrame) -> list[str]:
    """Model ids whose catalogue or alias name is ``name`` (see the module rules), sorted."""
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"model name must be a non-empty string, got {name!r}")
    wanted = _normalised(name)
    names = pd.concat([models[["model", "model_name"]], aliases[["model", "model_name"]]], ignore_index=True)
    hits = names[names["model_name"].astype(str).map(_normalised) == wanted]
    return sorted(set(hits["model"].astype(str)))


def recommendation_check(
    rankings: pd.DataFrame,
    models: pd.DataFrame,
    aliases: pd.DataFrame,
    claims: pd.DataFrame,
    date: object = None,
    *,
    not_before: object = None,
    prices: pd.DataFrame | None = None,
    budget: float | None = None,
    arena: str = ARENA,
    worst_grade: str = "C",
    seed: int = 0,
) -> pd.DataFrame:
    """One row per (claim, pool): what the board of ``date`` says about the claim (module rules).

    ``claims`` has columns ``need``, ``claim`` (model name), ``categories`` (comma-separated pools,
    "" when no board measures the need), ``pick`` (``"leader"`` or ``"near-top"``) and optionally
    ``checked_as`` (the model name to look up instead, "" for the claim's own).
    """
    _check_claims(claims)
    usable = usable_rows(rankings, worst_grade)
    records = []
    for claim in claims.itertuples(index=False):
        stand_in = str(getattr(claim, "checked_as", "") or "").strip()
        base = {"need": claim.need, "claim": claim.claim, "checked_as": stand_in, "pick": claim.pick}
        ids = resolve_model_names(stand_in or claim.claim, models, aliases)
        categories = [c.strip() for c in str(claim.categories or "").split(",") if c.strip()]
        if not ids:
            name = stand_in or claim.claim
            note = f"no model named {name!r} in the catalogue or alias table: on no board we hold"
            records += [base | {"category": c, "status": "unknown model", "note": note}
                        for c in categories or [pd.NA]]
        elif not categories:
            records.append(base | {"status": "not measured", "note": "no board measures this need"})
        for category in categories if ids else []:
            window = {"date": date, "not_before": not_before, "arena": arena, "worst_grade": worst_grade}
            records.append(base | {"category": category} | _check_pool(
                usable, models, ids, category, claim.pick, window, prices, budget, seed))
    return _typed(pd.DataFrame.from_records(records, columns=list(CHECK_COLUMNS)))


def _check_pool(usable: pd.DataFrame, models: pd.DataFrame, ids: list[str], category: str, pick: str,
                window: dict, prices: pd.DataFrame | None, budget: float | None, seed: int) -> dict:
    try:
        board = board_on(usable, window["date"], window["arena"], category, not_before=window["not_before"],
                         worst_grade=window["worst_grade"])
    except NoBoardError as missing:
        return {"status": "no board", "note": str(missing)}
    complete = bool(board[["ci_low", "ci_high"]].notna().all(axis=None))
    result: dict = {"snapshot_date": board["snapshot_date"].iloc[0], "board_size": len(board),
                    "board_complete": complete}
    claimed = board[board["model"].isin(ids)].sort_values(["rank", "elo"], ascending=[True, False])
    if pick == "frontier":
        return result | _frontier_check(usable, models, board, claimed, ids, window, prices)
    if pick == "near-top":
        if prices is None:
            absent = "" if not claimed.empty else f"not among the {len(board)} models listed; "
            no_prices = {"status": "no prices", "note": absent + "no prices for that date"}
            return result | _claim_fields(claimed, board) | no_prices
        priced = with_prices(board, models, prices)
        near = cheapest_near_top(priced, within=NEAR_TOP_POINTS)
        if near.empty:
            return result | _claim_fields(claimed, board) | {"status": "no prices",
                                                      "note": "no model on this board has a listed price"}
        chosen = near.iloc[0]
        best = priced[priced["model"] == chosen["best_model"]].iloc[0]
        result |= {"pick_price": chosen["price_usd_per_min"], "best_name": best["model_name"],
                   "best_elo": best["elo"], "n_priced": int(priced["price_usd_per_min"].notna().sum())}
        if not claimed.empty:
            mine = priced[priced["model"] == claimed.iloc[0]["model"]].iloc[0]
            result |= {"claim_price": mine["price_usd_per_min"],
                       "claim_on_frontier": bool(mine["on_frontier"])}
    else:
        leaders = daily_leaders(usable, window["arena"], category)
        leader = leaders.loc[leaders["snapshot_date"] == board["snapshot_date"].iloc[0], "model"].iloc[0]
        chosen = board[board["model"] == leader].iloc[0]  # the same tie rules as every leader table
    result |= {"pick_model": chosen["model"], "pick_name": chosen["model_name"], "pick_rank": chosen["rank"],
               "pick_elo": chosen["elo"]}
    if claimed.empty:
        return result | _last_seen(usable, window["arena"], category, ids, board["snapshot_date"].iloc[0])
    mine = claimed.iloc[0]
    pair = board[board["model"].isin([mine["model"], chosen["model"]])]
    chances = board_top(pair, 2, seed=seed).set_index("model")["p_leader"]
    same = mine["model"] == chosen["model"]
    return result | _claim_fields(claimed, board) | {
        "status": "is the pick" if same else "not the pick",
        "gap": chosen["elo"] - mine["elo"],
        # The chance only means something for a rating pick; a price pick may be rated lower on purpose.
        "p_pick_above_claim": pd.NA if same or pick != "leader" else chances.get(chosen["model"], pd.NA),
        "note": "",
    }


def _frontier_check(usable: pd.DataFrame, models: pd.DataFrame, board: pd.DataFrame, claimed: pd.DataFrame,
                    ids: list[str], window: dict, prices: pd.DataFrame | None) -> dict:
    """A budget pick: is the claimed model on or near the price–quality frontier (module rules)?"""
    if prices is None:
        absent = "" if not claimed.empty else f"not among the {len(board)} models listed; "
        return _claim_fields(claimed, board) | {"status": "no prices",
                                                "note": absent + "no prices for that date"}
    if claimed.empty:
        return _last_seen(usable, window["arena"], str(board["category"].iloc[0]), ids,
                          board["snapshot_date"].iloc[0])
    priced = with_prices(board, models, prices)
    mine = priced[priced["model"] == claimed.iloc[0]["model"]].iloc[0]
    fields = _claim_fields(claimed, board) | {"n_priced": int(priced["price_usd_per_min"].notna().sum())}
    if pd.isna(mine["price_usd_per_min"]):
        return fields | {"status": "no prices", "note": "the model has no listed price"}
    price, rating = float(mine["price_usd_per_min"]), float(mine["elo"])
    no_dearer = priced[(priced["price_usd_per_min"] <= price).fillna(False)]
    best = no_dearer.sort_values(["elo", "price_usd_per_min"], ascending=[False, True]).iloc[0]
    gap = float(best["elo"]) - rating
    overlap = (pd.notna(best["ci_low"]) and pd.notna(mine["ci_high"])
               and float(mine["ci_high"]) >= float(best["ci_low"]))
    near_by = "rating" if gap <= NEAR_TOP_POINTS else ("interval" if overlap else pd.NA)
    better = priced[(priced["elo"] > rating).fillna(False)
                    & (priced["price_usd_per_min"] < price).fillna(False)]
    cheaper = better.sort_values(["price_usd_per_min", "elo"], ascending=[True, False]).head(1)
    return fields | {
        "status": "is the pick" if pd.notna(near_by) else "not the pick", "claim_price": price,
        "claim_on_frontier": bool(mine["on_frontier"]), "pick_model": best["model"],
        "pick_name": best["model_name"], "pick_rank": best["rank"], "pick_elo": best["elo"],
        "pick_price": best["price_usd_per_min"], "gap": gap, "near_by": near_by,
        "cheaper_name": cheaper["model_name"].iloc[0] if len(cheaper) else pd.NA,
        "cheaper_price": cheaper["price_usd_per_min"].iloc[0] if len(cheaper) else pd.NA,
        "cheaper_elo": cheaper["elo"].iloc[0] if len(cheaper) else pd.NA, "note": "",
    }


def _claim_fields(claimed: pd.DataFrame, board: pd.DataFrame) -> dict:
    if claimed.empty:
        return {}
    mine = claimed.iloc[0]
    # Models that share a rating exactly share the rank (the smallest of theirs), as every table writes it.
    level = board[board["elo"] == mine["elo"]] if pd.notna(mine["elo"]) else claimed.head(1)
    return {"claim_model": mine["model"], "claim_name": mine["model_name"],
            "claim_rank": min(level["rank"].min(), mine["rank"]) if len(level) else mine["rank"],
            "claim_elo": mine["elo"], "claim_ci_low": mine["ci_low"], "claim_ci_high": mine["ci_high"],
            "claim_tied": bool(len(level) > 1)}


def _last_seen(usable: pd.DataFrame, arena: str, category: str, ids: list[str], before: pd.Timestamp) -> dict:
    boards = daily_boards(usable, arena, category)
    seen = boards[boards["model"].isin(ids) & (boards["snapshot_date"] <= before)]
    status = {"status": "not on this board"}
    if seen.empty:
        return status | {"note": "never listed on this pool's boards up to this date"}
    last = seen.sort_values(["snapshot_date", "rank"], ascending=[False, True]).iloc[0]
    size = int((boards["snapshot_date"] == last["snapshot_date"]).sum())
    return status | {"claim_model": last["model"], "claim_name": last["model_name"],
                     "last_seen": last["snapshot_date"], "last_seen_rank": last["rank"],
                     "last_seen_size": size,
                     "note": f"last listed on {last['snapshot_date']:%Y-%m-%d} at #{last['rank']} of {size}"}


def prompt_category_ranks(table: pd.DataFrame, category: str) -> pd.DataFrame:
    """One silent pool of :func:`videomarket.data._prices.load_prompt_category_elo`, with
    competition ranks ``rank_overall`` and ``rank_prompt`` (1 = best), best on the prompt first.

    Ranks are taken on whole rating points (halves rounded up), as the ratings are shown: two
    models a fraction of a point apart share a rank rather than being ordered as if separable.

    >>> t = pd.DataFrame({"model": ["a", "b", "c"], "model_name": ["A", "B", "C"],
    ...     "category": "text-to-video", "prompt_category": "people", "elo_overall": [1300.0, 1250.0, 1200.0],
    ...     "elo_prompt": [1290.0, 1310.0, 1290.0], "source_id": "s"})
    >>> prompt_category_ranks(t, "text-to-video")[["model", "rank_prompt", "rank_overall"]].values.tolist()
    [['b', 1, 2], ['a', 2, 1], ['c', 2, 3]]
    """
    missing = [c for c in ("model", "category", "elo_overall", "elo_prompt") if c not in table.columns]
    if missing:
        raise ValueError(f"prompt-category table lacks column(s) {missing}")
    pool = table[table["category"].astype(str) == category].copy()
    if pool.empty:
        check_choice(category, AA_POOLS, "category")
        raise ValueError(f"no {category!r} rows; pools present: {sorted(set(table['category'].astype(str)))}")
    for kind in ("overall", "prompt"):  # on whole points: ratings a fraction of a point apart share a rank
        whole = _whole_points(pool[f"elo_{kind}"])
        pool[f"rank_{kind}"] = whole.rank(method="min", ascending=False).astype(int)
    # a tie at whole points is listed by the unrounded rating, so the table's order matches its download
    return pool.sort_values(["rank_prompt", "elo_prompt", "rank_overall", "model"],
                            ascending=[True, False, True, True], ignore_index=True)


def _whole_points(ratings: pd.Series) -> pd.Series:
    """Ratings rounded to whole points, halves up (as the tables print them)."""
    return np.floor(pd.to_numeric(ratings).astype(float) + 0.5)


def _check_claims(claims: pd.DataFrame) -> None:
    missing = [c for c in ("need", "claim", "categories", "pick") if c not in claims.columns]
    if missing:
        raise ValueError(f"claims table lacks column(s) {missing}")
    bad = sorted(set(claims["pick"].astype(str)) - set(PICKS))
    if bad:
        raise ValueError(f"claims column `pick` must be one of {PICKS}, found {bad}")


def _normalised(name: str) -> str:
    base = re.sub(r"\s*\([^)]*\)\s*$", "", str(name))  # drop one trailing "(qualifier)"
    return " ".join(re.sub(r"[^0-9a-z]+", " ", base.lower()).split())


_FLOATS = (
    "claim_elo", "claim_ci_low", "claim_ci_high", "claim_price", "pick_elo", "pick_price", "best_elo", "gap",
    "p_pick_above_claim", "cheaper_price", "cheaper_elo",
)
_INTS = ("claim_rank", "n_priced", "board_size", "pick_rank", "last_seen_rank", "last_seen_size")


def _typed(table: pd.DataFrame) -> pd.DataFrame:
    for column in table.columns:
        if column in _FLOATS:
            table[column] = pd.to_numeric(table[column]).astype("Float64")
        elif column in _INTS:
            table[column] = pd.to_numeric(table[column]).astype("Int64")
        elif column in ("claim_on_frontier", "board_complete", "claim_tied"):
            table[column] = table[column].astype("boolean")
        elif column in ("snapshot_date", "last_seen"):
            table[column] = pd.to_datetime(table[column]).astype("datetime64[ns]")
        else:
            table[column] = table[column].astype("string")
    return table
