"""Reader-facing tables and phrases for the model guide: the guide's DataFrames turned into text.

Every number goes through :mod:`videomarket.stories.fmt` or the two phrases here, so a notebook only selects
and displays:

* :func:`chance_text`: a probability as "83%", with "> 99.9%" / "< 0.1%" at the ends (a simulated
  share is never shown as a certainty) and a plain "no interval" when it cannot be computed;
* :func:`rating_text`: "1127 [1115–1139]" or "1243 (no interval)".

Example::

    >>> chance_text(0.83), chance_text(0.99996), chance_text(0.004), chance_text(None)
    ('83%', '> 99.9%', '0.4%', 'n/a (no interval)')
    >>> rating_text(1127.0, 1115.0, 1139.0), rating_text(1243.0, None, None)
    ('1127 [1115–1139]', '1243 (no interval)')
"""

from __future__ import annotations

import pandas as pd

from videomarket.guide import POOL_LABELS
from videomarket.stories import fmt


def chance_text(p: object) -> str:
    """A probability for prose and tables (see the module docstring)."""
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


def pool_label(category: object) -> str:
    """"Text to video (silent)" for "text-to-video" (unknown pools as given)."""
    return POOL_LABELS.get(str(category), str(category))


def pools_text(categories: object) -> str:
    """Pools for prose, lower case: "text to video (silent) and image to video with audio"."""
    names = [pool_label(c).lower() for c in categories]
    if not names:
        return "no pool"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def claim_summary(checks: pd.DataFrame) -> str:
    """One Markdown bullet per claim of :func:`videomarket.guide._claims.recommendation_check`: on how
    many of the boards checked it holds, pool by pool, or why it cannot be checked.
    """
    lines = []
    for (need, claim), group in checks.groupby(["need", "claim"], sort=False):
        checked = group[group["status"].isin(_CHECKED)]
        unchecked = group[~group["status"].isin(_CHECKED)]
        reasons = "; ".join(dict.fromkeys(_reason(row) for _, row in unchecked.iterrows()))
        if checked.empty:
            lines.append(f"- **{need}: {claim}**: cannot be checked ({reasons}).")
            continue
        held = int((checked["status"] == "is the pick").sum())
        details = "; ".join(f"{pool_label(row['category']).lower()}: {_short_verdict(row)}"
                            for _, row in checked.iterrows())
        tail = f"; not checked: {reasons}" if reasons else ""
        lines.append(f"- **{need}: {claim}**: holds on {held} of {fmt.count(len(checked), 'board')} "
                     f"checked ({details}){tail}.")
    return "\n".join(lines)


_CHECKED = ("is the pick", "not the pick", "not on this board")


def _short_verdict(row: pd.Series) -> str:
    value_pick = pd.notna(row["pick_price"])
    where = f"#{int(row['claim_rank'])} of {int(row['board_size'])}" if pd.notna(row["claim_rank"]) else ""
    if row["status"] == "not on this board":
        if pd.isna(row["last_seen"]):
            return "never listed"
        return f"not listed (last seen {fmt.day(row['last_seen'])} at #{int(row['last_seen_rank'])})"
    if row["status"] == "is the pick":
        return f"{where}, the most rating per dollar" if value_pick else f"leads, {where}"
    if value_pick:
        rank = "no price"
        if pd.notna(row["claim_value_rank"]):
            rank = f"value rank {int(row['claim_value_rank'])} of {int(row['n_priced'])}"
        return f"{where}, {rank}, best value {row['pick_name']}"
    behind = f"{where}, {fmt.points(float(row['gap']))} behind {row['pick_name']}"
    if pd.isna(row["p_pick_above_claim"]):
        return f"{behind} (no interval)"
    return f"{behind} ({chance_text(row['p_pick_above_claim'])} likely a real gap)"


def _reason(row: pd.Series) -> str:
    if row["status"] == "no board":
        return f"no {pool_label(row['category']).lower()} board for that date"
    if row["status"] == "no prices":
        return f"no prices for that date ({pool_label(row['category']).lower()})"
    if row["status"] == "unknown model":
        return "no model of that name on any board we hold"
    return "no board measures this need"


def leaders_table(leaders: pd.DataFrame) -> pd.DataFrame:
    """:func:`videomarket.guide.pool_leaders` as a reader's table, one row per pool."""
    rows = []
    for row in leaders.itertuples(index=False):
        if pd.isna(row.model):
            rows.append({"Pool": pool_label(row.category), "Board": "none", "Leader": "—", "Note": row.note})
            continue
        rows.append({
            "Pool": pool_label(row.category),
            "Board": f"{fmt.day(row.snapshot_date)} ({row.date_precision}, grade {row.evidence})",
            "Leader": f"{row.model_name} ({row.creator})",
            "Rating [95% interval]": rating_text(row.elo, row.ci_low, row.ci_high),
            "Runner-up": "—" if pd.isna(row.runner_up_name) else str(row.runner_up_name),
            "Margin": "—" if pd.isna(row.margin) else fmt.points(float(row.margin)),
            _top_label(row.n_compared): chance_text(row.p_leader),
            "P(beats runner-up)": chance_text(row.p_beats_runner_up),
            "Note": row.note,
        })
    return _tidy(pd.DataFrame(rows))


def flagged_table(flagged: pd.DataFrame) -> pd.DataFrame:
    """:func:`videomarket.guide._offer.flagged_leaders` as a reader's table."""
    rows = []
    for row in flagged.itertuples(index=False):
        if pd.isna(row.model):
            rows.append({"Pool": pool_label(row.category), "Best with the flag": "—", "Note": row.note})
            continue
        unknown = (f"{fmt.count(int(row.n_unknown), 'model')} without the flag in the catalogue, "
                   f"{int(row.n_unknown_above)} of them rated higher") if row.n_unknown else ""
        rows.append({
            "Pool": pool_label(row.category),
            "Best with the flag": f"{row.model_name} ({row.developer})",
            "Rank on the board": f"#{int(row.rank)}",
            "Rating [95% interval]": rating_text(row.elo, row.ci_low, row.ci_high),
            "P(best of the flagged)": chance_text(row.p_best),
            "Behind the leader": fmt.points(float(row.gap_to_leader)),
            "Note": unknown,
        })
    return _tidy(pd.DataFrame(rows))


def value_table(summary: pd.DataFrame) -> pd.DataFrame:
    """:func:`videomarket.guide._value.value_summary` as a reader's table."""
    rows = []
    for row in summary.itertuples(index=False):
        base = {"Pool": pool_label(row.category), "Priced": f"{row.n_priced} of {row.n_models}"}
        if pd.isna(row.top_model):
            rows.append(base | {"Note": row.note})
            continue
        rows.append(base | {
            "Best rated (price)": (
                f"{row.top_name}, {rating_text(row.top_elo, row.top_ci_low, row.top_ci_high)} "
                f"(USD {row.top_price:g}/min)"
            ),
            "Most rating per dollar": (
                f"{row.value_name}, {row.value_elo:.0f} (USD {row.value_price:g}/min): "
                f"{row.value_points_per_usd:.0f} points above {row.baseline:.0f} per USD/min"
            ),
            "Pareto frontier (cheapest first)": row.frontier,
            "Note": _over_budget(row.n_over_budget),
        })
    return _tidy(pd.DataFrame(rows))


def claim_verdict(row: pd.Series) -> str:
    """One sentence saying what a :func:`videomarket.guide._claims.recommendation_check` row found."""
    status = row["status"]
    if status in ("unknown model", "not measured", "no board"):
        return _first_upper(str(row["note"]))
    where = f"#{int(row['claim_rank'])} of {int(row['board_size'])}" if pd.notna(row["claim_rank"]) else ""
    if status == "no prices":
        listed = f"listed at {where}; " if where else ""
        return _first_upper(f"{listed}{row['note']}, so value cannot be judged")
    if status == "not on this board":
        name = row["claim"] if pd.isna(row["claim_name"]) else row["claim_name"]
        leader = f"; leader now {row['pick_name']}" if pd.notna(row["pick_name"]) else ""
        return f"{name} is not on this board; {row['note']}{leader}"
    rating = rating_text(row["claim_elo"], row["claim_ci_low"], row["claim_ci_high"])
    if pd.notna(row["claim_value_rank"]) or pd.notna(row["pick_price"]):
        priced = pd.notna(row["claim_value_rank"])
        value_rank = (f"value rank {int(row['claim_value_rank'])} of {int(row['n_priced'])} priced" if priced
                      else "no price listed")
        return (f"{row['claim_name']} at {where}, {rating}, {value_rank}; most rating per dollar: "
                f"{row['pick_name']} ({row['pick_elo']:.0f} at USD {row['pick_price']:g}/min)")
    if status == "is the pick":
        return f"{row['claim_name']} leads, {rating}"
    chance = chance_text(row["p_pick_above_claim"])
    return (f"{row['claim_name']} at {where}, {rating}; leader {row['pick_name']} is "
            f"{fmt.points(float(row['gap']))} higher (P(leader truly above) {chance})")


def claims_table(checks: pd.DataFrame) -> pd.DataFrame:
    """:func:`videomarket.guide._claims.recommendation_check` as a reader's table with a verdict."""
    rows = [{
        "Need": row["need"], "Claim": row["claim"],
        "Pool": "—" if pd.isna(row["category"]) else pool_label(row["category"]),
        "Board": "—" if pd.isna(row["snapshot_date"]) else fmt.day(row["snapshot_date"]),
        "What the data says": claim_verdict(row),
    } for _, row in checks.iterrows()]
    return pd.DataFrame(rows)


def sources_markdown(source_ids: object, sources: pd.DataFrame) -> str:
    """A Markdown list of the sources behind ``source_ids`` (grouped by publisher, with links).

    >>> s = pd.DataFrame({"source_id": ["a", "b"], "url": ["https://x/a", "https://y/b"],
    ...                   "publisher": ["X", "Y"], "evidence": ["A", "C"]})
    >>> print(sources_markdown(["b", "a", "a"], s))
    - **X** (grade A): [a](https://x/a)
    - **Y** (grade C): [b](https://y/b)
    """
    wanted = {str(i) for i in pd.Series(list(source_ids)).dropna()}
    unknown = sorted(wanted - set(sources["source_id"].astype(str)))
    if unknown:
        raise ValueError(f"source ids not in the sources table: {unknown}")
    used = sources[sources["source_id"].astype(str).isin(wanted)]
    lines = []
    for publisher, group in used.groupby(used["publisher"].astype(str), sort=True):
        grades = ", ".join(sorted(set(group["evidence"].astype(str))))
        rows = group.sort_values("source_id").itertuples()
        links = ", ".join(f"[{row.source_id}]({row.url})" for row in rows)
        lines.append(f"- **{publisher}** (grade {grades}): {links}")
    return "\n".join(lines)


def _over_budget(count: object) -> str:
    return f"{int(count)} priced model(s) over the budget left out" if pd.notna(count) and count else ""


def _top_label(n_compared: object) -> str:
    return f"P(truly #1 of top {int(n_compared)})" if pd.notna(n_compared) and n_compared else "P(truly #1)"


def _tidy(table: pd.DataFrame) -> pd.DataFrame:
    return table.fillna("").reset_index(drop=True)


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]
