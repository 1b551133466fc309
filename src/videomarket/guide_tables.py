"""Reader-facing tables and phrases for the model guide: the guide's DataFrames turned into text.

Every number goes through :mod:`videomarket.fmt` or the two phrases here, so a notebook only selects
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

from videomarket import fmt
from videomarket.guide import POOL_LABELS


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
    """"Text to video, silent" for "text-to-video" (unknown pools as given)."""
    return POOL_LABELS.get(str(category), str(category))


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
    """:func:`videomarket.guide_offer.flagged_leaders` as a reader's table."""
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
    """:func:`videomarket.guide_value.value_summary` as a reader's table."""
    rows = []
    for row in summary.itertuples(index=False):
        base = {"Pool": pool_label(row.category), "Priced": f"{row.n_priced} of {row.n_models}"}
        if pd.isna(row.top_model):
            rows.append(base | {"Note": row.note})
            continue
        rows.append(base | {
            "Best rated (price)": f"{row.top_name}, {row.top_elo:.0f} (USD {row.top_price:g}/min)",
            "Most rating per dollar": (
                f"{row.value_name}, {row.value_elo:.0f} (USD {row.value_price:g}/min): "
                f"{row.value_points_per_usd:.0f} points above {row.baseline:.0f} per USD/min"
            ),
            "Pareto frontier (cheapest first)": row.frontier,
            "Note": _over_budget(row.n_over_budget),
        })
    return _tidy(pd.DataFrame(rows))


def claim_verdict(row: pd.Series) -> str:
    """One sentence saying what a :func:`videomarket.guide_claims.recommendation_check` row found."""
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
    """:func:`videomarket.guide_claims.recommendation_check` as a reader's table with a verdict."""
    rows = [{
        "Need": row["need"], "Claim": row["claim"],
        "Pool": "—" if pd.isna(row["category"]) else pool_label(row["category"]),
        "Board": "—" if pd.isna(row["snapshot_date"]) else fmt.day(row["snapshot_date"]),
        "What the data says": claim_verdict(row),
    } for _, row in checks.iterrows()]
    return pd.DataFrame(rows)


def _over_budget(count: object) -> str:
    return f"{int(count)} priced model(s) over the budget left out" if pd.notna(count) and count else ""


def _top_label(n_compared: object) -> str:
    return f"P(truly #1 of top {int(n_compared)})" if pd.notna(n_compared) and n_compared else "P(truly #1)"


def _tidy(table: pd.DataFrame) -> pd.DataFrame:
    return table.fillna("").reset_index(drop=True)


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]
