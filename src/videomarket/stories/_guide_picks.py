"""Report 04's picks table: one row per pool, its leader, cheapest pick within the budget cut-off and best
open-weights model, checked against the last downloaded boards."""
from __future__ import annotations

import pandas as pd

from videomarket.stories import fmt
from videomarket.stories._guide import (
    BUDGET_POINTS,
    POOL_LABELS,
    RACE,
    SURE,
    _and,
    _racer_chances,
    _usd,
    boards_anchor,
    budget_pick,
    race_names,
)


def _leader_cell(row: pd.Series, top: pd.DataFrame | None) -> str:
    racers = race_names(row, top)
    if racers:
        return "Open race: " + ", ".join(_racer_chances(top, racers))
    p = row.get("p_leader", pd.NA)
    return str(row["model_name"]) + ("" if pd.isna(p) else f" ({fmt.pct(float(p), 0)})")


def _cheap_cell(priced: dict[str, pd.DataFrame] | None, pool: str) -> str:
    pick = budget_pick(priced, pool)
    if pick is None:
        return "no priced model"
    if pick["model"] == pick["best_model"]:
        return f"{pick['name']} itself, {_usd(pick['price'])}"
    return f"{pick['name']}, {_usd(pick['price'])}, {fmt.points(pick['gap'])} below {pick['best_name']}"


def _open_row(open_best: pd.DataFrame | None, pool: str) -> pd.Series | None:
    if open_best is None or open_best.empty:
        return None
    mine = open_best[open_best["category"].astype(str) == pool].dropna(subset=["model"])
    return None if mine.empty else mine.iloc[0]


def _open_cell(open_best: pd.DataFrame | None, pool: str) -> str:
    best = _open_row(open_best, pool)
    return "none on the board" if best is None else (
        f"{best['model_name']}, #{int(best['rank'])} of {int(best['board_size'])}")


def _picks(leaders: pd.DataFrame, priced: dict[str, pd.DataFrame] | None, open_best: pd.DataFrame | None,
           pool: str) -> tuple[object, object, object]:
    """The pool's leader, budget pick and best open-weights model, as model keys (None when missing)."""
    lead = leaders[leaders["category"].astype(str) == pool].dropna(subset=["model"])
    pick = budget_pick(priced, pool)
    best = _open_row(open_best, pool)
    return (None if lead.empty else lead.iloc[0]["model"], None if pick is None else pick["model"],
            None if best is None else best["model"])


def _check_cell(leaders: pd.DataFrame, priced: dict[str, pd.DataFrame] | None, open_best: pd.DataFrame | None,
                downloaded: tuple[pd.DataFrame, dict[str, pd.DataFrame], pd.DataFrame], pool: str) -> str:
    d_leaders, d_priced, d_open = downloaded
    lead = d_leaders[d_leaders["category"].astype(str) == pool].dropna(subset=["model"])
    if lead.empty:
        return "no downloaded board"
    row = lead.iloc[0]
    p = row.get("p_leader", pd.NA)
    chance = "" if pd.isna(p) else f", {fmt.pct(float(p), 0)}"
    race = "open race led by " if pd.notna(p) and float(p) < RACE else ""
    now, then = _picks(leaders, priced, open_best, pool), _picks(d_leaders, d_priced, d_open, pool)
    names = ("leader", "cheapest pick", "open-weights pick")
    differ = [n for n, a, b in zip(names, now, then, strict=True) if a != b]
    head = "same 3 picks" if not differ else "differs: " + ", ".join(differ)
    same = leaders[(leaders["category"].astype(str) == pool) & (leaders["model"] == row["model"])]
    name = same.iloc[0]["model_name"] if len(same) else row["model_name"]  # one name for one model
    return f"{head} ({race}{name}{chance})"


def picks_frame(leaders: pd.DataFrame, tops: dict[str, pd.DataFrame] | None,
                priced: dict[str, pd.DataFrame] | None, open_best: pd.DataFrame | None,
                downloaded: tuple[pd.DataFrame, dict[str, pd.DataFrame], pd.DataFrame] | None = None
                ) -> pd.DataFrame:
    """One row per pool for :data:`PICKS_TABLE`: the leader with its chance of being truly #1 (or "Open race:
    A (61%), B (19%)"), the cheapest priced model within :data:`BUDGET_POINTS` of the highest-rated priced
    one (:func:`budget_pick`), the best model marked open-weights (``open_best``:
    :func:`videomarket.guide.flagged_leaders`) and, with ``downloaded`` (the same three inputs on the last
    downloaded boards), whether those picks are the same there."""
    rows = []
    for row in leaders.dropna(subset=["model"]).itertuples(index=False):
        pool = str(row.category)
        series = pd.Series(row._asdict())
        rows.append({"pool": POOL_LABELS.get(pool, pool),
                     "leader": _leader_cell(series, (tops or {}).get(pool)),
                     "cheapest": _cheap_cell(priced, pool), "open": _open_cell(open_best, pool),
                     "downloaded": (pd.NA if downloaded is None
                                    else _check_cell(leaders, priced, open_best, downloaded, pool))})
    return pd.DataFrame(rows, columns=["pool", "leader", "cheapest", "open", "downloaded"])


def picks_caption(leaders: pd.DataFrame, rebuilt: pd.DataFrame | None = None,
                  downloaded_day: object = None) -> str:
    """The picks table's title: its boards (:func:`boards_anchor`) and the downloaded boards it is checked
    against."""
    text = f"Picks on {boards_anchor(leaders, rebuilt)}"
    if downloaded_day is not None:
        text += f", checked against the last downloaded boards, {fmt.day(downloaded_day)}"
    return text


def picks_check_text(frame: pd.DataFrame, downloaded_day: object, *, brief: bool = False) -> str:
    """One sentence: whether every pool's three picks are the same on the last downloaded boards
    (``frame``: :func:`picks_frame`); ``brief``, in ten words or so for the answer."""
    same = frame["downloaded"].astype(str).str.startswith("same")
    day = fmt.day(downloaded_day)
    if brief:
        when = pd.Timestamp(downloaded_day)
        some = "agree" if same.all() else f"agree in {int(same.sum())} of {len(frame)} pools"
        return f"The last downloaded boards ({when.day} {when:%B}) {some}."
    if same.all():
        return (f"On the last downloaded boards, {day}, all {len(frame)} pools have the same leader, "
                f"cheapest pick within {BUDGET_POINTS} points and best open-weights model.")
    return (f"On the last downloaded boards, {day}, {int(same.sum())} of {len(frame)} pools have the same "
            f"three picks; {_and(frame.loc[~same, 'pool'].str.lower().tolist())} differ.")


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
    model is left to the chart, not the title."""
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
    if races:
        parts.append(f"{_and(races)} {'is an open race' if len(races) == 1 else 'are open races'}")
    return "; ".join(parts) if parts else "No pool has a leader"
