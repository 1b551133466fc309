"""Sentences and reader tables for the "leaderboard movements" report: who held #1, for how long, how sure.

Each function takes result tables of :mod:`videomarket.leaderboard` (runs at #1 from ``spell_odds``,
``lead_changes``, ``epoch_breaks``, ``rank_moves``, ``leader_drift``, ``board_leader_odds``,
``creator_places``) and returns Markdown or a table ready for :func:`videomarket.plots.table` with the
matching ``*_TABLE`` headers and ``*_FORMATS`` kinds. Reader text follows the house rules: pools in
words, developers as parent companies, no internal ids, a run at #1 is never a "spell", every
probability of being truly #1 is approximate ("about 88%") and says it assumes independent intervals,
with the value under correlated ratings beside it, and rating scales are named by the re-anchoring
that separates them. When the selection leaves a section without data, its function says so in one
sentence instead of failing.

Example::

    >>> import pandas as pd
    >>> breaks = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"]), "scale_epoch": ["e2"],
    ...                        "previous_epoch": ["e1"], "previous_date": pd.to_datetime(["2026-09-30"])})
    >>> scale_words("e1", breaks), scale_words("e2", breaks), scale_words("e1", breaks.iloc[0:0])
    ('before the October 2026 re-anchoring', 'after the October 2026 re-anchoring', 'one scale throughout')
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from videomarket.arena import votes_needed
from videomarket.guide import AA_POOLS
from videomarket.leaderboard import (
    daily_boards,
    daily_leader_odds,
    daily_leaders,
    parent_developer,
    spell_odds,
    sub_brands,
)
from videomarket.stories import fmt
from videomarket.stories._guide import chance_text, pool_label
from videomarket.stories._leaderboard import (
    change_sentence,
    december_board,
    independence,
    pool_paragraph,
    probability,
    when,
)

LAUNCH = pd.Timestamp("2025-12-01")  # the Runway Gen-4.5 launch board: December 2025 in every report
LAUNCH_POOL = ("Artificial Analysis", "text-to-video")
EVIDENCE_SHORT = {"A": "Archived copy", "B": "Press report", "C": "Secondary copy", "D": "Unverified quote"}
EVIDENCE_PLAIN = {"A": "archived copy", "B": "press report", "C": "secondary copy", "D": "unverified quote"}

RUNS_TABLE = {
    "model_name": "Model",
    "developer": "Developer",
    "start": "First board at #1",
    "end": "Last board at #1",
    "days": "Days",
    "n_snapshots": "Boards",
    "seen_in": "Best evidence",
    "boards_with_odds": "Boards with intervals",
    "lowest": "Lowest P(truly #1), independent",
    "last": "Last P(truly #1), independent",
    "last_correlated": "Last P(truly #1), correlated",
}
RUNS_FORMATS = {"start": "date", "end": "date", "days": "int", "n_snapshots": "int",
                "boards_with_odds": "int"}
POOL_LEADERS_TABLE = {
    "pool": "Pool",
    "runs": "Runs at #1",
    "models": "Models at #1",
    "leader": "Latest #1",
    "developer": "Developer",
    "since": "First board of its run",
    "last": "P(truly #1), independent",
    "last_correlated": "P(truly #1), correlated",
}
POOL_LEADERS_FORMATS = {"runs": "int", "models": "int", "since": "date"}
MOVES_TABLE = {
    "model_name": "Model",
    "developer": "Developer",
    "scale": "Rating scale",
    "first_date": "First board",
    "first_rank": "First rank",
    "last_date": "Last board",
    "last_rank": "Last rank",
    "rank_change": "Places gained",
    "best_rank": "Best rank",
    "elo_change": "Rating change (points)",
}
MOVES_FORMATS = {"first_date": "date", "last_date": "date", "first_rank": "int", "last_rank": "int",
                 "rank_change": "points", "best_rank": "int", "elo_change": "points"}
ODDS_TABLE = {
    "model_name": "Model",
    "developer": "Developer",
    "elo": "Rating",
    "ci_low": "95% interval, low",
    "ci_high": "95% interval, high",
    "first": "P(truly #1), independent",
    "first_correlated": "P(truly #1), correlated",
    "above_next": "P(above the next model)",
}
ODDS_FORMATS = {"elo": "rating", "ci_low": "rating", "ci_high": "rating"}
DRIFT_TABLE = {
    "model_name": "Model",
    "scale": "Rating scale",
    "first_date": "First archived board",
    "first_elo": "First rating",
    "first_rank": "First rank",
    "latest_date": "Last archived board",
    "latest_elo": "Last rating",
    "latest_rank": "Last rank",
    "change": "Change (points)",
    "overlap": "First and last intervals overlap",
}
DRIFT_FORMATS = {"first_date": "date", "latest_date": "date", "first_elo": "rating", "latest_elo": "rating",
                 "first_rank": "int", "latest_rank": "int", "change": "points"}
SHARES_TABLE = {
    "creator": "Developer",
    "boards": "Boards with a place",
    "mean_places": "Places per board (mean)",
    "max_places": "Most places on one board",
    "latest_places": "Places on the latest board",
}
SHARES_FORMATS = {"boards": "int", "mean_places": "num1", "max_places": "int", "latest_places": "int"}


# --- small wording helpers ------------------------------------------------------------------------------

def scale_words(epoch: object, breaks: pd.DataFrame) -> str:
    """A rating scale named by the re-anchorings around it (see the module example)."""
    if breaks is None or breaks.empty:
        return "one scale throughout"
    ordered = breaks.sort_values("date").reset_index(drop=True)
    names = [f"the {fmt.month(d)} re-anchoring" for d in ordered["date"]]
    if str(epoch) in set(ordered["previous_epoch"].astype(str)) - set(ordered["scale_epoch"].astype(str)):
        return f"before {names[0]}"
    position = ordered.index[ordered["scale_epoch"].astype(str) == str(epoch)]
    if not len(position):
        return "a scale outside the selection"
    i = int(position[0])
    return f"after {names[i]}" if i == len(names) - 1 else f"between {names[i]} and {names[i + 1][4:]}"


def _on_scale(epoch: object, breaks: pd.DataFrame, form: str = " on the scale {}") -> str:
    """``form`` filled with :func:`scale_words`, or nothing when the pool kept one scale."""
    return "" if breaks is None or breaks.empty else form.format(scale_words(epoch, breaks))


def _times(n: int) -> str:
    return {0: "never", 1: "once", 2: "twice"}.get(n, f"{n} times")


def scale_columns(columns: Mapping[str, str], breaks: pd.DataFrame) -> dict[str, str]:
    """A table's headers without its "Rating scale" column when the pool kept one scale (nothing to tell
    apart), for :data:`MOVES_TABLE` and :data:`DRIFT_TABLE`.

    >>> list(scale_columns({"model_name": "Model", "scale": "Rating scale"}, pd.DataFrame()))
    ['model_name']
    """
    keep = breaks is not None and not breaks.empty
    return {column: header for column, header in columns.items() if keep or column != "scale"}


def _chance(p: object) -> object:
    """A probability for a table cell (:func:`videomarket.stories.chance_text`), missing when unknown."""
    return pd.NA if p is None or pd.isna(p) else chance_text(float(p))


def _developer(row: pd.Series | object) -> str:
    creator = getattr(row, "creator", None) if not isinstance(row, pd.Series) else row.get("creator")
    name = getattr(row, "model_name", None) if not isinstance(row, pd.Series) else row.get("model_name")
    return parent_developer(creator, name) if isinstance(creator, str) and creator.strip() else "unknown"


def _with_developer(table: pd.DataFrame) -> pd.DataFrame:
    return table.assign(developer=[_developer(row) for row in table.itertuples(index=False)])


def _pool(arena: str, category: str) -> str:
    return f"{arena} {pool_label(category).lower()} pool"


def _listing(items: Sequence[str]) -> str:
    items = [str(i) for i in items]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _sure(p: object, correlated: object) -> str:
    """'about 88% likely to be truly #1 if the published intervals are independent (about 93% if ...)'."""
    return f"{probability(float(p))} likely to be truly #1 {independence(p, correlated)}"


# --- the answer and the key findings --------------------------------------------------------------------

def movements_answer(spells: pd.DataFrame, changes: pd.DataFrame, arena: str, category: str) -> str:
    """The report's one-line answer: the latest #1 and since when, how sure, how often #1 changed hands.

    ``spells``: :func:`videomarket.leaderboard.spell_odds` of the pool; ``changes``: its
    :func:`~videomarket.leaderboard.lead_changes`.
    """
    if spells.empty:
        return f"No board of the {_pool(arena, category)} in this selection shows a #1."
    run, first = spells.iloc[-1], spells.iloc[0]
    since = when(run["start"], run["start_precision"], after="since")
    latest = when(run["end"], run["end_precision"], after="")
    held = (f"and has been {since}" if int(run["n_snapshots"]) > 1
            else "the only board so far to show it at #1")
    text = (f"**{run['model_name']}** ({_developer(run)}) is #1 of the {_pool(arena, category)} on the "
            f"latest board ({latest}), {held}: ")
    if int(run["boards_with_odds"]):
        p, correlated = (probability(float(run[c])) for c in ("p_leader_last", "p_leader_last_correlated"))
        text += (f"{p} likely to be truly #1 if the published intervals are independent, {correlated} if "
                 "ratings move together (correlation 0.3).")
    else:
        text += "its boards publish no intervals, so how sure that lead is cannot be computed."
    start = when(first["start"], first["start_precision"], after="since")
    if changes.empty:
        return text + f" #1 has not changed hands {start}."
    return text + f" #1 changed hands {_times(len(changes))} {start}."


def movements_findings(
    spells_by_pool: Mapping[str, pd.DataFrame], arena: str, category: str, *, breaks: pd.DataFrame,
    epochs: pd.DataFrame, drift: pd.DataFrame | None = None, places: pd.DataFrame | None = None,
    boards: int = 0, top_n: int = 10, brands: Mapping[str, Sequence[str]] | None = None,
) -> list[str]:
    """Three to five computed findings: leads per pool, the longest run at #1, the biggest drift of a
    former leader, the developer with most top places, the re-anchoring (the last two of the chosen pool;
    drift and developers only when the selection has archived boards for them)."""
    findings = [pools_finding(spells_by_pool, arena), longest_run_finding(spells_by_pool)]
    spells = spells_by_pool[category]
    current = spells["model"].iloc[-1] if len(spells) else None
    if drift is not None and len(drift):
        former = drift[(drift["model"] != current) & (drift["n_snapshots"] > 1)]
        if len(former):
            findings.append(drift_finding(former, breaks, category))
    if places is not None and len(places):
        findings.append(developers_finding(places, boards, top_n, category, brands or {}))
    findings.append(reanchoring_finding(breaks, epochs, arena, category))
    return findings[:5]


def pools_finding(spells_by_pool: Mapping[str, pd.DataFrame], arena: str) -> str:
    """How many different models held #1 in each pool (and in how many runs), and which one is #1 now."""
    entries = [(c, s) for c, s in _in_pool_order(spells_by_pool) if len(s)]
    if not entries:
        return f"No board of the {arena} pools in this selection shows a #1."
    parts = []
    for i, (category, spells) in enumerate(entries):
        models, runs, pool = spells["model"].nunique(), len(spells), pool_label(category).lower()
        if i == 0:
            verb = "has" if models == 1 else "have"
            part = f"{fmt.count(models, 'model')} {verb} held #1 of the {arena} {pool} pool"
        else:
            part = f"{models} of {pool}"
        if runs > models:
            part += f", in {fmt.count(runs, 'run')}"
        parts.append(f"{part} (now {spells['model_name'].iloc[-1]})")
    first = min(s["start"].min() for _, s in entries)
    return f"Since {fmt.month(first)}, " + "; ".join(parts) + "."


def longest_run_finding(spells_by_pool: Mapping[str, pd.DataFrame]) -> str:
    """The longest run at #1 across the pools, with how sure its lead is."""
    runs = pd.concat([s.assign(category=c) for c, s in _in_pool_order(spells_by_pool) if len(s)],
                     ignore_index=True)
    run = runs.sort_values(["days", "start"], ascending=[False, True]).iloc[0]
    first, last = (when(run[e], run[f"{e}_precision"], after="") for e in ("start", "end"))
    span = (f"{fmt.count(int(run['days']), 'day')} ({first} to {last}, "
            f"{fmt.count(int(run['n_snapshots']), 'board')})")
    text = (f"The longest run at #1 is {run['model_name']}'s in {pool_label(run['category']).lower()}: {span}"
            + (", still running" if bool(run["ongoing"]) else ""))
    if int(run["boards_with_odds"]):
        sure = _sure(run["p_leader_last"], run["p_leader_last_correlated"])
        return text + f"; on its last board with intervals it is {sure}."
    return text + "; its boards publish no intervals, so how sure that lead was cannot be computed."


def drift_finding(drift: pd.DataFrame, breaks: pd.DataFrame, category: str) -> str:
    """The largest rating move of a former leader between its first and last archived board on one scale."""
    row = drift.loc[drift["change"].astype(float).abs().idxmax()]
    verb = "lost" if float(row["change"]) < 0 else "gained"
    scale = _on_scale(row["scale_epoch"], breaks)
    first = f"{float(row['first_elo']):.0f} (#{int(row['first_rank'])}, {fmt.day(row['first_date'])})"
    last = f"{float(row['latest_elo']):.0f} (#{int(row['latest_rank'])}, {fmt.day(row['latest_date'])})"
    return (f"Of the former leaders of {pool_label(category).lower()}, {row['model_name']} moved most: it "
            f"{verb} {fmt.points(abs(float(row['change'])))}{scale}, from {first} to {last}; "
            f"{_overlap_words(row['intervals_overlap'])}.")


def developers_finding(places: pd.DataFrame, boards: int, top_n: int, category: str,
                       brands: Mapping[str, Sequence[str]]) -> str:
    """The developer (parent company) with the most top places per board on average."""
    best = places.iloc[0]
    merged = brands.get(str(best["creator"]), [])
    counted = f", counting {_listing(merged)} as {best['creator']}" if merged else ""
    over = fmt.count(boards, "complete archived board")
    return (f"{best['creator']} holds the most of the top {top_n} places of {pool_label(category).lower()}: "
            f"{best['mean_places']:.1f} per board on average over {over}, up to {int(best['max_places'])}"
            f"{counted}; an entry a board lists twice counts once.")


def reanchoring_finding(breaks: pd.DataFrame, epochs: pd.DataFrame, arena: str, category: str) -> str:
    """The re-anchoring of the chosen pool's scale in the selection, or that there was none."""
    if breaks.empty:
        return (f"The {pool_label(category).lower()} rating scale of {arena} was not re-anchored in this "
                "selection: its ratings compare from the first board to the last.")
    b = breaks.sort_values("date").iloc[-1]
    anchors = _anchors(epochs)
    before, after = anchors.get(str(b["previous_epoch"])), anchors.get(str(b["scale_epoch"]))
    pinned = (f" ({before} pinned at 1,000 before, {after} after)" if before and after else "")
    return (f"{arena} re-anchored the {pool_label(category).lower()} scale between "
            f"{fmt.day(b['previous_date'])} and {fmt.day(b['date'])}{pinned}: every rating moved at once, so "
            "ratings before and after are never compared.")


def _anchors(epochs: pd.DataFrame) -> dict[str, str]:
    known = epochs.dropna(subset=["anchor_model_name"])
    return dict(zip(known["scale_epoch"].astype(str), known["anchor_model_name"].astype(str), strict=True))


def _in_pool_order(spells_by_pool: Mapping[str, pd.DataFrame]) -> list[tuple[str, pd.DataFrame]]:
    order = {c: i for i, c in enumerate(AA_POOLS)}
    return sorted(spells_by_pool.items(), key=lambda item: (order.get(item[0], len(order)), item[0]))


def _overlap_words(overlap: object) -> str:
    if overlap is None or pd.isna(overlap):
        return "one of the two values has no interval, so whether the move exceeds the noise cannot be said"
    if bool(overlap):
        return "its first and last 95% intervals still overlap, so the move may be noise"
    return "its first and last 95% intervals no longer overlap"


# --- who held #1 ------------------------------------------------------------------------------------------

def runs_text(spells: pd.DataFrame, category: str) -> str:
    """The chosen pool's runs at #1 in one paragraph (:func:`videomarket.stories.pool_paragraph`)."""
    return pool_paragraph(spells, category)


def runs_table(spells: pd.DataFrame) -> pd.DataFrame:
    """The runs at #1 of a :func:`videomarket.leaderboard.spell_odds` table, for :data:`RUNS_TABLE`."""
    return _with_developer(spells).assign(
        seen_in=spells["evidence"].astype(str).map(EVIDENCE_SHORT),
        lowest=[_chance(p) for p in spells["p_leader_min"]],
        last=[_chance(p) for p in spells["p_leader_last"]],
        last_correlated=[_chance(p) for p in spells["p_leader_last_correlated"]],
    )


def pool_leaders_table(spells_by_pool: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per pool: runs at #1, models, the latest #1 and how sure, for :data:`POOL_LEADERS_TABLE`."""
    records = []
    for category, spells in _in_pool_order(spells_by_pool):
        if spells.empty:
            continue
        run = spells.iloc[-1]
        records.append({
            "pool": pool_label(category), "runs": len(spells), "models": spells["model"].nunique(),
            "leader": run["model_name"], "developer": _developer(run), "since": run["start"],
            "last": _chance(run["p_leader_last"]),
            "last_correlated": _chance(run["p_leader_last_correlated"]),
        })
    return pd.DataFrame.from_records(records, columns=list(POOL_LEADERS_TABLE))


def changes_text(changes: pd.DataFrame, spells: pd.DataFrame, odds: pd.DataFrame | None,
                 arena: str, category: str) -> str:
    """Each change of #1 once, as a bullet (:func:`videomarket.stories.change_sentence`), or why none."""
    if changes.empty:
        return (f"#1 of the {_pool(arena, category)} never changed hands in this selection: every board "
                "with a #1 shows the same model.")
    return "\n".join(f"- {change_sentence(change, spells, odds)}" for _, change in changes.iterrows())


# --- the December 2025 launch -----------------------------------------------------------------------------

def launch_leader(spells: pd.DataFrame) -> list[str]:
    """The model at #1 on the December 2025 launch board, if the chosen pool and window include it
    (a list of one id, else empty: ready for ``leader_drift(..., models=...)``)."""
    if spells.empty or (str(spells["arena"].iloc[0]), str(spells["category"].iloc[0])) != LAUNCH_POOL:
        return []
    first = spells.iloc[0]
    return [str(first["model"])] if pd.Timestamp(first["start"]) == LAUNCH else []


def launch_text(rankings: pd.DataFrame, launch_drift: pd.DataFrame, breaks: pd.DataFrame,
                spells: pd.DataFrame) -> str:
    """The December 2025 board (:func:`videomarket.stories.december_board`, the one account of it), then
    how the launch leader's rating moved afterwards, told once; or one sentence when the selection does
    not include that board (``launch_drift`` empty: see :func:`launch_leader`)."""
    arena, category = LAUNCH_POOL
    if launch_drift.empty:
        return (f"The December 2025 launch board belongs to the {_pool(arena, category)} from "
                f"{fmt.day(LAUNCH)}; this selection does not include it (the report with the default "
                "parameters tells it).")
    model = launch_drift["model"].iloc[0]
    name = str(spells.loc[spells["model"] == model, "model_name"].iloc[0])
    later = str(launch_drift["model_name"].iloc[-1])
    listed = f" (listed as {later} on the archived boards)" if later != name else ""
    lines = [f"- {_drift_clause(row, breaks)}" for _, row in launch_drift.iterrows()]
    return (december_board(rankings) + f"\n\nHow {name}'s rating moved afterwards{listed}, on each rating "
            "scale:\n\n" + "\n".join(lines))


def _drift_clause(row: pd.Series, breaks: pd.DataFrame) -> str:
    scale = scale_words(row["scale_epoch"], breaks)
    scale = "One scale throughout" if scale == "one scale throughout" else scale[0].upper() + scale[1:]
    first = (f"{float(row['first_elo']):.0f} on {fmt.day(row['first_date'])} "
             f"(#{int(row['first_rank'])}, {EVIDENCE_PLAIN[str(row['first_evidence'])]})")
    if int(row["n_snapshots"]) == 1:
        return f"{scale}: one board only, {first}."
    last = (f"{float(row['latest_elo']):.0f} on {fmt.day(row['latest_date'])} "
            f"(#{int(row['latest_rank'])}, {EVIDENCE_PLAIN[str(row['latest_evidence'])]})")
    change = float(row["change"])
    direction = "lower" if change < 0 else "higher"
    moved = "no change" if change == 0 else f"{fmt.points(abs(change))} {direction}"
    overlap = row["intervals_overlap"]
    if overlap is None or pd.isna(overlap):
        note = "the first value has no interval"
    else:
        note = "the 95% intervals no longer overlap"
        if bool(overlap):
            note = "within overlapping 95% intervals"
    return f"{scale}: from {first} to {last}, {moved}; {note}."


def drift_models(spells: pd.DataFrame, limit: int = 8) -> list[str]:
    """The leaders whose drift the drift section shows: every model that held #1, except the launch
    leader (told with the December 2025 board), the most recent ``limit`` (a chart draws at most 8)."""
    launch = set(launch_leader(spells))
    models = [m for m in dict.fromkeys(spells["model"].astype(str)) if m not in launch]
    return models[-limit:]


# --- day by day in the archive ----------------------------------------------------------------------------

def archive_text(pool_archive: pd.DataFrame, history: pd.DataFrame | None, top_n: int, arena: str,
                 category: str) -> str:
    """How many archived boards the pool has in the selection, and how many models reached the top N."""
    days = pool_archive["snapshot_date"].nunique()
    if days < 2 or history is None:
        held = "no archived board" if days == 0 else "a single archived board"
        return (f"The selection holds {held} of the {_pool(arena, category)}: day-by-day movements cannot be "
                "shown.")
    return (f"{fmt.count(days, 'archived board')} from {fmt.day(pool_archive['snapshot_date'].min())} to "
            f"{fmt.day(pool_archive['snapshot_date'].max())}; "
            f"{fmt.count(history['model'].nunique(), 'model')} reached the top {top_n} on at least one of "
            "them.")


def bump_title(history: pd.DataFrame, odds: pd.DataFrame | None, top_n: int) -> str:
    """The bump chart's title: the latest archived #1 with how sure, and how many models reached the top N."""
    latest = history[history["snapshot_date"] == history["snapshot_date"].max()].sort_values("rank").iloc[0]
    same = (odds is not None and len(odds) and odds["snapshot_date"].iloc[0] == latest["snapshot_date"]
            and odds["model"].iloc[0] == latest["model"])
    sure = (f"{probability(float(odds['p_leader'].iloc[0]))} likely truly #1 if intervals are independent"
            if same else "no intervals on that board to say how sure")
    return (f"{latest['model_name']} is #1 on the latest archived board ({sure}); "
            f"{history['model'].nunique()} models reached the top {top_n}")


def moves_text(moves: pd.DataFrame | None, top_n: int, breaks: pd.DataFrame) -> str:
    """The biggest climb and fall among models already on a scale's first archived board, and the newcomers
    still listed at the end."""
    if moves is None or moves.empty:
        return ""
    steady = moves[~moves["new_entry"]]
    up = steady[steady["rank_change"] > 0].head(1)
    down = steady[steady["rank_change"] < 0].sort_values("rank_change").head(1)
    parts = [f"{r.model_name} climbed furthest, #{r.first_rank} to #{r.last_rank}"
             f"{_on_scale(r.scale_epoch, breaks, ' ({})')}" for r in up.itertuples()]
    parts += [f"{r.model_name} fell furthest, #{r.first_rank} to #{r.last_rank}"
              f"{_on_scale(r.scale_epoch, breaks, ' ({})')}" for r in down.itertuples()]
    text = ("Of the models already on the first archived board of a scale, " + "; ".join(parts) + "."
            if parts else "No model already on the first archived board of a scale changed rank by its last.")
    new = moves[moves["new_entry"] & moves["listed_at_end"] & (moves["best_rank"] <= top_n)]
    new = new.sort_values(["best_rank", "first_date"])
    if len(new):
        named = [f"{r.model_name} (best #{r.best_rank}, first seen {fmt.day(r.first_date)})"
                 for r in new.head(3).itertuples()]
        more = f", among them {_listing(named)}" if len(new) > 3 else f": {_listing(named)}"
        text += (f" {fmt.count(len(new), 'model')} entered the top {top_n} after a scale's first archived "
                 f"board and {'were' if len(new) > 1 else 'was'} still listed on its last{more}.")
    return text + " Ranks from partial copies (top-8 lists) count where they exist."


def moves_table(moves: pd.DataFrame, breaks: pd.DataFrame) -> pd.DataFrame:
    """A :func:`videomarket.leaderboard.rank_moves` table for :data:`MOVES_TABLE`: developers as parent
    companies, scales in words."""
    scales = [_capital(scale_words(e, breaks)) for e in moves["scale_epoch"]]
    return _with_developer(moves).assign(scale=scales)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- how sure is the latest #1 ----------------------------------------------------------------------------

def odds_text(odds: pd.DataFrame | None, arena: str, category: str) -> str:
    """How sure the latest board with intervals is of its #1 (a
    :func:`videomarket.leaderboard.board_leader_odds` table), or why that cannot be computed."""
    if odds is None or odds.empty:
        return (f"No board of the {_pool(arena, category)} in this selection publishes rating intervals, so "
                "how sure the latest #1 is cannot be computed; only the rating gaps are known.")
    top, rival = odds.iloc[0], odds.iloc[1]
    could = odds[odds["could_be_first"]]
    text = (f"On the latest board with intervals ({fmt.day(top['snapshot_date'])}), **{top['model_name']}** "
            f"rates {float(top['elo']):.0f} (95% interval {float(top['ci_low']):.0f} to "
            f"{float(top['ci_high']):.0f}). It is {_sure(top['p_leader'], top['p_leader_correlated'])}, and "
            f"{probability(float(top['p_above_next']))} likely to rate above {rival['model_name']} "
            f"({float(rival['elo']):.0f}). ")
    if len(could) > 1:
        text += (f"{fmt.count(len(could), 'model')} cannot be ruled out as #1 (no other model's whole "
                 f"interval lies above theirs): {_listing(could['model_name'])}.")
    else:
        text += "No other model's interval reaches its own: no rival can be #1 on this board's intervals."
    twice = odds[odds["also_listed_as"].fillna("").astype(str) != ""]
    for row in twice.itertuples():
        text += (f" The board also lists {row.model_name} as {row.also_listed_as}, with the same rating and "
                 "interval: the entry counts once.")
    return text


def odds_table(odds: pd.DataFrame, rows: int = 6) -> pd.DataFrame:
    """The top ``rows`` of a :func:`videomarket.leaderboard.board_leader_odds` table, for
    :data:`ODDS_TABLE`."""
    top = _with_developer(odds.head(rows))
    return top.assign(first=[_chance(p) for p in top["p_leader"]],
                      first_correlated=[_chance(p) for p in top["p_leader_correlated"]],
                      above_next=[_chance(p) for p in top["p_above_next"]])


# --- rating drift of former leaders -----------------------------------------------------------------------

def drift_text(drift: pd.DataFrame | None, breaks: pd.DataFrame, launch: Sequence[str], spells: pd.DataFrame,
               arena: str, category: str) -> str:
    """What the leaders' ratings did on the archived boards (a :func:`videomarket.leaderboard.leader_drift`
    table of archived rows), with a pointer to the launch leader's drift told earlier."""
    told = ""
    if launch:
        name = spells.loc[spells["model"] == launch[0], "model_name"].iloc[-1]
        told = f" {name}'s drift is told with the December 2025 launch above."
    moved = drift[drift["n_snapshots"] > 1] if drift is not None else None
    if moved is None or moved.empty:
        return (f"No leader of the {_pool(arena, category)} has two archived boards on one scale in this "
                f"selection: no drift to show.{told}")
    row = moved.loc[moved["change"].astype(float).abs().idxmax()]
    overlapping = int(moved["intervals_overlap"].fillna(False).astype(bool).sum())
    verb = "lost" if float(row["change"]) < 0 else "gained"
    scale = _on_scale(row["scale_epoch"], breaks, " ({})")
    return (f"Between each leader's first and last archived board on one scale, {row['model_name']} moved "
            f"most: it {verb} {fmt.points(abs(float(row['change'])))}{scale}, "
            f"and {_overlap_words(row['intervals_overlap'])}. In {overlapping} of the "
            f"{fmt.count(len(moved), 'comparison')} below the two intervals overlap: such moves may be noise."
            + told)


def drift_title(drift: pd.DataFrame) -> str:
    """The drift chart's title: the largest move, each panel its own scale."""
    moved = drift[drift["n_snapshots"] > 1]
    if moved.empty:
        return "Leaders' ratings on the archived boards; each panel is its own scale"
    row = moved.loc[moved["change"].astype(float).abs().idxmax()]
    verb = "lost" if float(row["change"]) < 0 else "gained"
    return (f"{row['model_name']} {verb} {fmt.points(abs(float(row['change'])))} between its first and last "
            "archived board; each panel is its own scale")


def drift_table(drift: pd.DataFrame, breaks: pd.DataFrame) -> pd.DataFrame:
    """A :func:`videomarket.leaderboard.leader_drift` table for :data:`DRIFT_TABLE` (scales in words)."""
    overlap = ["No interval" if pd.isna(v) else "Yes" if bool(v) else "No"
               for v in drift["intervals_overlap"]]
    scales = [_capital(scale_words(e, breaks)) for e in drift["scale_epoch"]]
    return drift.assign(scale=scales, overlap=overlap)


# --- which developers hold the top places -----------------------------------------------------------------

def developers_text(places: pd.DataFrame | None, boards: int, top_n: int, arena: str, category: str) -> str:
    """Who holds the top places, per board, by parent company (a
    :func:`videomarket.leaderboard.creator_places` table of ``boards`` complete boards)."""
    if places is None or places.empty:
        return (f"No complete archived top-{top_n} board of the {_pool(arena, category)} in this selection: "
                "shares of the top places cannot be shown.")
    best = places.iloc[0]
    latest_most = places[places["latest_places"] == places["latest_places"].max()]
    holds = "holds" if len(latest_most) == 1 else "each hold"
    return (
        f"Over {fmt.count(boards, 'complete archived board')}, {fmt.count(len(places), 'developer')} held at "
        f"least one of the top {top_n} places. {best['creator']} held the most on average "
        f"({best['mean_places']:.1f} per board, up to {int(best['max_places'])}); on the latest board "
        f"{_listing(latest_most['creator'])} {holds} "
        f"{fmt.count(int(latest_most['latest_places'].iloc[0]), 'place')}, and the top {top_n} spread over "
        f"{fmt.count(int((places['latest_places'] > 0).sum()), 'developer')}. No developer held more than "
        f"{int(places['max_places'].max())} of the {top_n} on any of these boards."
    )


def merged_developers_text(history: pd.DataFrame | None) -> str:
    """Which board labels were merged into their parent company (:func:`videomarket.leaderboard.sub_brands`),
    and the models a hosting platform lists, credited to their developer."""
    if history is None or history.empty:
        return ""
    labels = history["creator"].dropna().astype(str).str.strip()
    brands = merged_brands(history)
    parts = [f"{_listing(names)} as {parent}" for parent, names in brands.items() if names]
    text = ("Developers are counted as parent companies: " + "; ".join(parts) + "." if parts
            else "Developers are counted as parent companies.")
    hosted = {(r.model_name, parent_developer(r.creator, r.model_name)) for r in history.itertuples()
              if parent_developer(r.creator, r.model_name) != parent_developer(r.creator)}
    relabelled = any("/" in n for names in sub_brands(labels).values() for n in names)
    if hosted or relabelled:
        text += (" A model a hosting platform lists (such as fal) counts for its own developer"
                 + (f": {_listing(sorted(f'{m} for {p}' for m, p in hosted))}." if hosted else "."))
    return text


def merged_brands(history: pd.DataFrame | None) -> dict[str, list[str]]:
    """Parent -> the brand labels merged into it (hosting-platform spellings left out), for the findings."""
    if history is None or history.empty:
        return {}
    found = sub_brands(history["creator"].dropna().astype(str).str.strip())
    kept = {parent: [n for n in names if "/" not in n and n.lower() != parent.lower()]
            for parent, names in found.items()}
    return {parent: names for parent, names in kept.items() if names}


# --- the other arena --------------------------------------------------------------------------------------

def other_arena(arena: str) -> str:
    """The arena not chosen: LMArena for Artificial Analysis and the other way round."""
    return "LMArena" if arena == "Artificial Analysis" else "Artificial Analysis"


def other_arena_heading(arena: str) -> str:
    """The section heading for the arena not chosen."""
    return f"## {other_arena(arena)}, on its own scale"


def other_arena_text(rows: pd.DataFrame, arena: str, category: str) -> str:
    """The other arena's #1 in the same pool, its margin, how sure (intervals) and how many votes the
    margin takes to tell from a tie; or one sentence when the other arena has no such pool in the
    selection."""
    other = other_arena(arena)
    present = set(rows.loc[rows["arena"].astype(str) == other, "category"].astype(str))
    if category not in present:
        return f"{other} has no {pool_label(category).lower()} pool in this selection."
    leaders = daily_leaders(rows, other, category)
    spells = spell_odds(rows, other, category)
    day = leaders.iloc[-1]
    names = daily_boards(rows, other, category).groupby("model")["model_name"].last()
    runs, models = fmt.count(len(spells), "run"), fmt.count(spells["model"].nunique(), "model")
    pool = pool_label(category).lower()
    text = (f"{other} runs its own vote and its own rating scale: its numbers never compare with those "
            f"above. Since {fmt.day(spells['start'].min())} its {pool} pool had {runs} at #1 by {models}. "
            f"On its latest board ({fmt.day(day['snapshot_date'])}) **{day['model_name']}** "
            f"({_developer(day)}) is #1")
    if pd.isna(day["margin"]):
        return text + ", with no rating margin given."
    margin, runner = float(day["margin"]), str(names.get(day["runner_up"], day["runner_up"]))
    text += f", {fmt.points(margin)} ahead of {runner}"
    odds = daily_leader_odds(rows, other, category)
    odds = odds[odds["snapshot_date"] == day["snapshot_date"]]
    if len(odds):
        text += f": {_sure(odds['p_leader'].iloc[0], odds['p_leader_correlated'].iloc[0])}."
    else:
        text += ". That board publishes no intervals, so how sure the lead is cannot be computed."
    if margin > 0:
        text += (f" Telling a gap of {fmt.points(margin)} from a tie takes about "
                 f"{fmt.count(int(votes_needed(margin)), 'decisive head-to-head vote')} between the two (a "
                 "two-sided test at the 5% level with 80% power).")
    else:
        text += " The two are level: no number of votes can tell a zero gap from a tie."
    return text


# --- appendix ---------------------------------------------------------------------------------------------

def listed_twice_text(daily_odds: pd.DataFrame, arena: str, category: str) -> str:
    """Method check: what counting an entry a board lists twice would have done to the leader's
    P(truly #1) (a :func:`videomarket.leaderboard.daily_leader_odds` table), or that no board did."""
    twice = daily_odds[daily_odds["listed_twice"].fillna("").astype(str) != ""]
    if twice.empty:
        return f"No board of the {_pool(arena, category)} in this selection lists an entry twice."
    pairs = sorted(set(twice["listed_twice"].astype(str)))
    named = "; ".join(p.replace(" = ", " repeats ") for p in pairs)
    worst = twice.loc[(twice["p_leader"] - twice["p_leader_counting_twice"].astype(float)).abs().idxmax()]
    return (f"{fmt.count(len(twice), 'board')} of the {_pool(arena, category)} "
            f"({fmt.day(twice['snapshot_date'].min())} to {fmt.day(twice['snapshot_date'].max())}) list one "
            f"entry twice, with the same rating and interval ({named}). Counted once, as everywhere in this "
            f"report, {worst['model_name']} is {probability(float(worst['p_leader']))} likely to be truly #1 "
            f"on the board of {fmt.day(worst['snapshot_date'])} if the published intervals are independent; "
            "counting both rows would give "
            f"{probability(float(worst['p_leader_counting_twice']))}, because the repeat adds a second rival "
            "with the same chance.")


def selection_text(rows: pd.DataFrame, coverage: pd.DataFrame, arena: str, category: str,
                   grades: Sequence[str]) -> str:
    """What the selection holds: dates, grades kept, and the chosen pool's boards by kind of copy."""
    pool = coverage[coverage["category"].astype(str) == category]
    text = (f"Selected: {arena}, boards from {fmt.day(rows['snapshot_date'].min())} to "
            f"{fmt.day(rows['snapshot_date'].max())}, evidence grades {', '.join(grades)}.")
    if pool.empty:
        return text + f" The selection holds no board of the {pool_label(category).lower()} pool."
    row = pool.iloc[0]
    archived = int(row["archived_days"])
    first = f" (from {fmt.day(row['first_archived'])})" if archived else ""
    secondary = int(row["secondary_days"])
    others = (f"plus {fmt.count(secondary, 'board')} from press or developer pages only" if secondary
              else "and none from press or developer pages only")
    return text + (f" The {pool_label(category).lower()} pool has {fmt.count(int(row['days']), 'board')} in "
                   f"that range, {archived} of them archived{first}, {others}.")


def reanchoring_text(breaks: pd.DataFrame, epochs: pd.DataFrame, arena: str, category: str) -> str:
    """The re-anchorings of the arena's scales: dates and pinned models in words, the chosen pool first."""
    own = epochs[epochs["arena"].astype(str) == arena]
    if own["anchor_model_name"].isna().all():
        text = f"{arena} does not say which model anchors its scale"
    else:
        text = f"{arena} pins one model of each pool at a rating of 1,000"
    if breaks.empty:
        return text + (f"; the {pool_label(category).lower()} scale was not re-anchored in this selection, "
                       "so its ratings compare from the first board to the last.")
    anchors = _anchors(epochs)
    lines = []
    for b in breaks.sort_values("date").itertuples():
        before, after = anchors.get(str(b.previous_epoch)), anchors.get(str(b.scale_epoch))
        pinned = f": {before} was pinned at 1,000 before, {after} after" if before and after else ""
        lines.append(f"the last board of the {pool_label(category).lower()} pool on the old scale is from "
                     f"{fmt.day(b.previous_date)}, the first on the new one from {fmt.day(b.date)}{pinned}")
    return (text + "; " + "; ".join(lines) + ". Every rating changed at once: values before and after are on "
            "different scales, drawn in separate panels and never joined or subtracted.")
