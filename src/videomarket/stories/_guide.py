"""Sentences and reader tables of the model guide ("which model for which need"), and the phrases the
other reports share.

Shared phrases:

* :func:`about`: a probability worded as approximate ("about 88%", "more than 99%");
* :func:`chance_text`: a probability for a table cell ("83%", "> 99.9%"), never a certainty;
* :func:`rating_text`: "1127 [1115–1139]" or "1243 (no interval)";
* :func:`pool_label` / :func:`pools_text`: pools in words.

The guide's research note: :func:`guide_answer`, :func:`guide_findings`, then one function per
section (leaders, quality against price, open weights and audio, developers, the December 2025
shortlist, people prompts), each with its table's frame and plain headers (``*_TABLE`` and
``*_FORMATS`` for :func:`videomarket.plots.table`). Every probability read from published intervals
is worded as approximate and says that it assumes independent ratings, with the value under
correlated ratings beside it. Picks near the top of a board use the cheapest model about as good as
the best, never "rating per dollar" (whose baseline is arbitrary).

Example::

    >>> chance_text(0.83), chance_text(0.99996), chance_text(0.004), chance_text(None)
    ('83%', '> 99.9%', '0.4%', 'n/a (no interval)')
    >>> rating_text(1127.0, 1115.0, 1139.0), rating_text(1243.0, None, None)
    ('1127 [1115–1139]', '1243 (no interval)')
    >>> about(0.8958), about(0.9996), about(0.004)
    ('about 90%', 'more than 99%', 'under 1%')
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from videomarket.arena import win_probability
from videomarket.guide import NEAR_TOP_POINTS, POOL_LABELS
from videomarket.stories import fmt

NEAR_TOP_LABEL = f"cheapest within {NEAR_TOP_POINTS} points of the best"
INDEPENDENCE = "assuming independent ratings"
LEADERS_TABLE = {
    "pool": "Pool",
    "model_name": "Leader",
    "creator": "Developer",
    "rating": "Rating [95% interval]",
    "p_leader": "P(truly #1), independent",
    "p_leader_correlated": "P(truly #1), correlated",
    "runner_up_name": "Runner-up",
    "margin": "Lead (points)",
}
LEADERS_FORMATS = {"margin": "rating"}
VALUE_TABLE = {
    "pool": "Pool",
    "priced": "Models with a price",
    "leader_name": "Leader",
    "leader_price": "Leader's price (per minute)",
    "near_name": f"Cheapest within {NEAR_TOP_POINTS} points of the best",
    "near_price": "Its price (per minute)",
    "near_gap": "Points below the best",
    "frontier": "Price–quality frontier, cheapest first (USD per minute)",
}
VALUE_FORMATS = {"leader_price": "usd", "near_price": "usd", "near_gap": "rating"}
VALUE_BUDGET_TABLE = {
    **{k: v for k, v in VALUE_TABLE.items() if k != "frontier"},
    "budget_name": "Best under the budget",
    "budget_price": "Price under the budget (per minute)",
    "budget_gap": "Points below the best (under the budget)",
    "frontier": VALUE_TABLE["frontier"],
}
VALUE_BUDGET_FORMATS = {**VALUE_FORMATS, "budget_price": "usd", "budget_gap": "rating"}
OPEN_TABLE = {
    "pool": "Pool",
    "model_name": "Best open-weights model",
    "developer": "Developer",
    "rank": "Rank on the board",
    "rating": "Rating [95% interval]",
    "gap_to_leader": "Points behind the leader",
    "n_unknown": "Models with no open-weights flag",
    "n_unknown_above": "Of them rated higher",
}
AUDIO_TABLE = {
    **OPEN_TABLE,
    "model_name": "Best model that also makes sound",
    "n_unknown": "Models with no audio flag",
}
FLAGGED_FORMATS = {"rank": "int", "gap_to_leader": "rating", "n_unknown": "int", "n_unknown_above": "int"}
OFFER_TABLE = {
    "developer": "Developer (parent company)",
    "n_models": "Models on the boards",
    "best_rank": "Best rank",
    **POOL_LABELS,
}
OFFER_FORMATS = {"n_models": "int", "best_rank": "int"}
SHORTLIST_TABLE = {
    "need": "Need",
    "claim": "December 2025 pick",
    "pool": "Pool",
    "then": "December 2025",
    "now": "Now",
}
PEOPLE_TABLE = {
    "model_name": "Model",
    "elo_prompt": "Rating on people prompts",
    "rank_prompt": "Rank on people prompts",
    "elo_overall": "Rating overall",
    "rank_overall": "Rank overall",
}
PEOPLE_FORMATS = {"elo_prompt": "rating", "rank_prompt": "int", "elo_overall": "rating",
                  "rank_overall": "int"}
SURE = 0.95  # a lead at least this likely to be real is called near-certain


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


# --- answer and key findings ----------------------------------------------------------------------


def guide_answer(leaders: pd.DataFrame, asked: object = None, newest: object = None) -> str:
    """The one-line answer: each pool's leader and how likely it is to be truly #1.

    ``leaders`` is :func:`videomarket.guide.pool_leaders`; ``asked`` the date asked for (None: the
    newest boards); ``newest`` the newest board in the data, named when the boards shown are older.
    """
    held = leaders.dropna(subset=["model"])
    if held.empty:
        return f"No pool has a board {_window(asked)}."
    day = held["snapshot_date"].max()
    parts = []
    for row in leaders.itertuples(index=False):
        pool = pool_label(row.category).lower()
        if pd.isna(row.model):
            parts.append(f"{pool}: no board")
        elif pd.isna(row.p_leader):
            parts.append(f"{pool}: **{row.model_name}**, with no interval to say how sure")
        else:
            parts.append(f"{pool}: **{row.model_name}**, {about(row.p_leader)}")
    when = f"the boards of {fmt.day(day)}"
    if asked is not None and newest is not None and pd.Timestamp(newest) > day:
        when += f" (the latest on or before the date asked; the data runs to {fmt.day(newest)})"
    return (f"Leaders on {when}, with how likely each is to be truly #1 ({INDEPENDENCE}): "
            + "; ".join(parts) + ".")


def guide_findings(
    leaders: pd.DataFrame,
    value: pd.DataFrame,
    category: str,
    open_best: pd.DataFrame,
    then: pd.DataFrame,
    now: pd.DataFrame,
) -> list[str]:
    """Four or five computed findings: the leaders and how sure; the cheapest model near the top of
    ``category`` (and, when :func:`videomarket.guide.value_summary` had a budget, the best under it);
    how close the best open-weights model comes; what became of the December 2025 shortlist.

    ``value`` is :func:`videomarket.guide.value_summary`, ``open_best``
    :func:`videomarket.guide.flagged_leaders` for open weights, ``then`` / ``now``
    :func:`videomarket.guide.recommendation_check` of the shortlist in December 2025 and now.
    """
    findings = [_leaders_finding(leaders)]
    mine = value[value["category"] == category]
    findings.append(_near_top_finding(mine.iloc[0]) if not mine.empty
                    else f"There is no {pool_label(category).lower()} board for that date.")
    if not mine.empty and pd.notna(mine.iloc[0]["budget"]):
        findings.append(_budget_finding(mine.iloc[0]))
    findings.append(_open_finding(open_best))
    findings.append(_shortlist_finding(then, now))
    return findings


def _leaders_finding(leaders: pd.DataFrame) -> str:
    rated = leaders.dropna(subset=["p_leader"]).sort_values("p_leader", ascending=False)
    if rated.empty:
        return "No board of that date publishes intervals, so how sure any lead is cannot be computed."
    sure = rated[_near_certain(rated["p_leader"])]
    named = "; ".join(f"{r.model_name} in {pool_label(r.category).lower()} ({about(r.p_leader)})"
                      for r in sure.itertuples())
    if len(sure) == len(rated):
        head = f"All {len(rated)} leads are near-certain ({INDEPENDENCE}): {named}."
    elif sure.empty:
        head = f"No lead is near-certain (95% or more, {INDEPENDENCE})."
    else:
        head = f"{len(sure)} of {len(rated)} leads {_is(len(sure))} near-certain ({INDEPENDENCE}): {named}."
    weakest = rated.iloc[-1]
    if _near_certain(rated["p_leader"]).iloc[-1]:
        return head
    return head + (
        f" The closest call is {pool_label(weakest['category']).lower()}: {weakest['model_name']} is "
        f"{fmt.points(float(weakest['margin']))} ahead of {weakest['runner_up_name']} and "
        f"{about(weakest['p_leader'])} likely to be truly #1 ({about(weakest['p_leader_correlated'])} if "
        "the ratings are correlated)."
    )


def _near_top_finding(row: pd.Series) -> str:
    pool = pool_label(row["category"]).lower()
    if pd.isna(row["near_model"]):
        return f"No model on the {pool} board has a listed price."
    if row["near_model"] == row["top_model"]:
        text = (f"In {pool}, the best priced model, {row['top_name']} ({_usd(row['top_price'])} a minute), "
                f"is also the cheapest within {NEAR_TOP_POINTS} points of the best: no cheaper model comes "
                "that close")
    else:
        text = (f"In {pool}, {row['near_name']} ({_usd(row['near_price'])} a minute) is {_near_words(row)} "
                f"the best priced model, {row['top_name']} ({_usd(row['top_price'])}){_by_interval(row)}: "
                "the cheapest model about as good")
    text += _next_step(row) + "."
    if row["leader_model"] != row["top_model"]:
        text += f" The board's leader, {row['leader_name']}, has no listed price."
    return text


def _next_step(row: pd.Series) -> str:
    """What saving more costs: the next cheaper model on the frontier, in rating points and votes."""
    if pd.isna(row.get("next_name", pd.NA)) or str(row.get("budget_name")) == str(row["next_name"]):
        return ""  # nothing cheaper on the frontier, or the budget pick says it
    return (f"; the next cheaper step on the frontier, {row['next_name']} ({_usd(row['next_price'])}), is "
            f"{fmt.points(float(row['next_gap']))} below the best")


def _budget_finding(row: pd.Series) -> str:
    pool, budget = pool_label(row["category"]).lower(), _usd(row["budget"])
    if pd.isna(row["budget_model"]):
        return f"No priced {pool} model costs {budget} a minute or less."
    if row["budget_model"] == row["top_model"]:
        return f"The best priced {pool} model, {row['top_name']}, is within the {budget} a minute budget."
    return (f"Within {budget} a minute, the best {pool} model is {row['budget_name']} "
            f"({_usd(row['budget_price'])}), {fmt.points(float(row['budget_gap']))} below "
            f"{row['top_name']}: {_preference(row['budget_gap'], row['top_name'])}.")


def _open_finding(open_best: pd.DataFrame) -> str:
    held = open_best.dropna(subset=["model"]).sort_values("gap_to_leader")
    if held.empty:
        return "No model on these boards has open weights in the catalogue."
    best = held.iloc[0]
    unknown = int(open_best["n_unknown_above"].fillna(0).sum())
    text = (f"The best open-weights model comes closest in {pool_label(best['category']).lower()}: "
            f"{best['model_name']} ({best['developer']}) at #{int(best['rank'])}, "
            f"{fmt.points(float(best['gap_to_leader']))} behind the leader")
    if unknown:
        text += (f"; across the pools, {fmt.count(unknown, 'model')} rated above the pool's best open model "
                 f"{_has(unknown)} no open-weights flag in the catalogue, so an open model may rank higher")
    return text + "."


def _shortlist_finding(then: pd.DataFrame, now: pd.DataFrame) -> str:
    held_then, checked_then = _holds(then)
    held_now, checked_now = _holds(now)
    text = (f"Of the December 2025 shortlist's four picks, {_held_words(held_then, checked_then, then)} on "
            f"the boards of that month, and {_held_words(held_now, checked_now, now, present=True)} now")
    example = _best_failure(now, held_now)
    return text + (f" ({example})" if example else "") + "; no board measures realistic human motion."


def _best_failure(checks: pd.DataFrame, held: list[str]) -> str:
    """The first failing leader claim's best place now, e.g. "Runway Gen-4.5 is #24 of 32 in ..."."""
    failing = checks[(checks["status"] == "not the pick") & ~checks["need"].isin(held)
                     & checks["best_name"].isna()].sort_values("claim_rank")
    if failing.empty:
        return ""
    row = failing.iloc[0]
    return (f"{row['claim_name']} is #{int(row['claim_rank'])} of {int(row['board_size'])} in "
            f"{pool_label(row['category']).lower()}")


def _holds(checks: pd.DataFrame) -> tuple[list[str], list[str]]:
    """The needs whose pick leads (or is the pick) on at least one board, and the needs checked."""
    checked = checks[checks["status"].isin(["is the pick", "not the pick", "not on this board"])]
    needs = list(dict.fromkeys(checked["need"].astype(str)))
    held = [n for n in needs if (checked.loc[checked["need"] == n, "status"] == "is the pick").any()]
    return held, needs


def _held_words(held: list[str], checked: list[str], checks: pd.DataFrame, *, present: bool = False) -> str:
    verb = ("holds", "hold") if present else ("held", "held")
    if not checked:
        return "none could be checked"
    picks = checks.drop_duplicates("need").set_index("need")["claim"].astype(str)
    named = ", ".join(f"{need}: {picks[need]}" for need in held)
    if len(checked) == 1:
        one = f"the only one that could be checked ({checked[0]}: {picks[checked[0]]})"
        return f"{one} {verb[0]}" if held else f"{one} {'fails' if present else 'failed'}"
    if not held:
        return f"none of the {len(checked)} that can be checked {verb[0]}"
    return f"{len(held)} of the {len(checked)} that can be checked {verb[1]} ({named})"


# --- who leads each pool --------------------------------------------------------------------------


def leaders_frame(leaders: pd.DataFrame) -> pd.DataFrame:
    """:func:`videomarket.guide.pool_leaders` for :data:`LEADERS_TABLE`: pools with a board, in words."""
    held = leaders.dropna(subset=["model"])
    return pd.DataFrame({
        "pool": held["category"].map(pool_label),
        "model_name": held["model_name"],
        "creator": held["creator"],
        "rating": [rating_text(r.elo, r.ci_low, r.ci_high) for r in held.itertuples()],
        "p_leader": held["p_leader"].map(chance_text),
        "p_leader_correlated": held["p_leader_correlated"].map(chance_text),
        "runner_up_name": held["runner_up_name"],
        "margin": held["margin"],
    }).reset_index(drop=True)


def leaders_text(leaders: pd.DataFrame) -> str:
    """How sure each pool's lead is, in words, with the assumption behind the numbers."""
    held = leaders.dropna(subset=["model"]).sort_values("p_leader", ascending=False, na_position="last")
    missing = leaders[leaders["model"].isna()]
    sentences = []
    for row in held.itertuples():
        head = (f"**{row.model_name}** ({row.creator}) leads {pool_label(row.category).lower()} by "
                f"{fmt.points(float(row.margin))} over {row.runner_up_name}")
        if pd.isna(row.p_leader):
            sentences.append(head + ": no interval is published, so how sure it is cannot be computed.")
            continue
        sentences.append(head + f": {about(row.p_leader)} likely to be truly #1 "
                         f"({about(row.p_leader_correlated)} with correlated ratings).")
    text = " ".join(sentences)
    text += (" A lead under 95% is an open call: the runner-up, or another model near the top, may be "
             "the better one. Each probability reads the published 95% intervals as normal and, first, the "
             "ratings as independent; ratings anchored to one model move together, and with a correlation "
             "of 0.3 between them the leads look surer (the second value).")
    twice = [str(t) for t in held["listed_twice"].fillna("") if str(t)]
    if twice:
        text += (f" An entry listed twice on a board (the same rating and interval: {'; '.join(twice)}) "
                 "counts once.")
    if len(missing):
        text += f" There is no board for that date in {pools_text(missing['category'])}."
    return text


# --- quality against price ------------------------------------------------------------------------


def prices_text(prices: pd.DataFrame) -> str:
    """Where the prices come from and what they are not, in plain words (``data.load_pool_prices``)."""
    copies = sorted({copy_date(d) for d in prices["price_dating"].dropna()}, key=_month_order)
    dated = " and ".join(copies)
    many = len(copies) > 1
    return (
        "Prices are Artificial Analysis's list API prices per minute of generated video, for the pool's "
        f"own kind of video (silent or with audio, from text or from an image). They come from "
        f"{'copies' if many else 'a copy'} of its model list that carry no date; what they list dates "
        f"{'them' if many else 'it'} to {dated}. The same prices are used for every board date, so they "
        "are not what a model cost in December 2025 or on another date you choose, and they leave out "
        "subscriptions, resolution tiers and volume discounts."
    )


def value_source(prices: pd.DataFrame) -> str:
    """The source line under the quality-against-price chart, with the copies' dates in words."""
    copies = sorted({copy_date(d) for d in prices["price_dating"].dropna()}, key=_month_order)
    return ("Source: Artificial Analysis video arena (ratings) and Artificial Analysis's model list (list "
            f"API prices per minute; undated copies of {' and '.join(copies)})")


def value_text(value: pd.DataFrame, category: str) -> str:
    """The chosen pool's quality against price (a row of :func:`videomarket.guide.value_summary`)."""
    mine = value[value["category"] == category]
    if mine.empty:
        return f"There is no {pool_label(category).lower()} board for that date."
    row = mine.iloc[0]
    pool = pool_label(category).lower()
    text = (f"On the {pool} board of {fmt.day(row['snapshot_date'])}, {int(row['n_priced'])} of "
            f"{int(row['n_models'])} models have a listed price.")
    if pd.isna(row["near_model"]):
        return text
    if row["leader_model"] != row["top_model"]:
        text += f" The board's leader, {row['leader_name']}, has none."
    best = (f"{row['top_name']} ({rating_text(row['top_elo'], row['top_ci_low'], row['top_ci_high'])}, "
            f"{_usd(row['top_price'])} a minute)")
    if row["near_model"] == row["top_model"]:
        text += (f" The best priced model, {best}, is also the cheapest within {NEAR_TOP_POINTS} points of "
                 "the best: no cheaper model comes that close")
    else:
        text += (f" The best priced model is {best}; the cheapest about as good is **{row['near_name']}** "
                 f"({_usd(row['near_price'])}), {_near_words(row)} it{_by_interval(row)}")
    text += _next_step(row) + "."
    text += (f" The price–quality frontier (models that no other model beats on both rating and price) runs "
             f"through {fmt.count(int(row['n_frontier']), 'model')}: {row['frontier']}.")
    if pd.notna(row["budget"]):
        text += " " + _budget_finding(row)
        if int(row["n_over_budget"]):
            text += f" {fmt.count(int(row['n_over_budget']), 'priced model')} cost more than the budget."
    return text


def value_frame(value: pd.DataFrame) -> pd.DataFrame:
    """:func:`videomarket.guide.value_summary` for :data:`VALUE_TABLE` (or the budget layout)."""
    frame = value.assign(pool=value["category"].map(pool_label),
                         priced=[f"{int(p)} of {int(n)}" for p, n in zip(value["n_priced"], value["n_models"],
                                                                        strict=True)])
    return frame.reset_index(drop=True)


def value_layout(budget: float | None) -> tuple[dict[str, str], dict[str, str]]:
    """The value table's headers and formats, with the "best under the budget" columns given a budget."""
    if budget is None:
        return VALUE_TABLE, VALUE_FORMATS
    return VALUE_BUDGET_TABLE, VALUE_BUDGET_FORMATS


def _near_words(row: pd.Series) -> str:
    """"12 points below" or "level with" (then "the best priced model")."""
    gap = float(row["near_gap"])
    return f"{fmt.points(gap)} below" if gap else "level with"


def _by_interval(row: pd.Series) -> str:
    """Said when the pick is near the top only because its interval reaches the best's."""
    return ", its 95% interval reaching the best's" if row["near_by"] == "interval" else ""


# --- open weights and native audio ----------------------------------------------------------------


def flagged_frame(flagged: pd.DataFrame) -> pd.DataFrame:
    """:func:`videomarket.guide.flagged_leaders` for :data:`OPEN_TABLE` / :data:`AUDIO_TABLE`."""
    return flagged.assign(
        pool=flagged["category"].map(pool_label),
        rating=[rating_text(r.elo, r.ci_low, r.ci_high) if pd.notna(r.model) else pd.NA
                for r in flagged.itertuples()],
    ).reset_index(drop=True)


def open_weights_text(open_best: pd.DataFrame) -> str:
    """How close the best open-weights model comes in each pool, and what the catalogue does not say."""
    held = open_best.dropna(subset=["model"]).sort_values("gap_to_leader")
    if held.empty:
        return "No model on these boards has open weights in the catalogue."
    best, worst = held.iloc[0], held.iloc[-1]
    text = ("The best open-weights model comes closest to the top in "
            f"{pool_label(best['category']).lower()}: "
            f"**{best['model_name']}** ({best['developer']}) at #{int(best['rank'])}, "
            f"{fmt.points(float(best['gap_to_leader']))} behind the leader.")
    if len(held) > 1:
        text += (f" The gap is widest in {pool_label(worst['category']).lower()}: {worst['model_name']} at "
                 f"#{int(worst['rank'])}, {fmt.points(float(worst['gap_to_leader']))} behind.")
    return text + _unknown_text(open_best, "open-weights", "open")


def audio_text(leaders: pd.DataFrame, audio_best: pd.DataFrame) -> str:
    """Native audio: the with-audio boards' leaders, and the best sound-making model on the silent boards."""
    with_audio = leaders[leaders["category"].astype(str).str.endswith("-audio")].dropna(subset=["model"])
    text = ""
    if len(with_audio):
        named = " and ".join(f"**{r.model_name}** for {pool_label(r.category).lower()} ({about(r.p_leader)} "
                             "likely to be truly #1)" for r in with_audio.itertuples())
        text = ("Every model on the with-audio boards makes sound, so their leaders are the native-audio "
                f"leaders: {named}.")
    silent = audio_best.dropna(subset=["model"])
    if len(silent):
        named = "; ".join(f"{r.model_name} in {pool_label(r.category).lower()} ({_behind(r)})"
                          for r in silent.itertuples())
        text += f" On the silent boards, the best model that can also make sound: {named}."
    return (text + _unknown_text(audio_best, "audio", "sound-making")).strip()


def _behind(row: object) -> str:
    if int(row.rank) == 1:
        return "the leader itself"
    return f"#{int(row.rank)}, {fmt.points(float(row.gap_to_leader))} behind the leader"


def _unknown_text(flagged: pd.DataFrame, flag: str, kind: str) -> str:
    unknown = int(flagged["n_unknown"].fillna(0).sum())
    above = int(flagged["n_unknown_above"].fillna(0).sum())
    if not unknown:
        return ""
    text = (f" The catalogue gives no {flag} flag for {fmt.count(unknown, 'model')} on these boards "
            "(newer models are missing from it)")
    if above:
        text += f"; {above} of them rate above the best {kind} model, so one of those could still be {kind}"
    return text + "."


# --- what each developer offers -------------------------------------------------------------------


def offer_frame(offer: pd.DataFrame, top: int = 15) -> pd.DataFrame:
    """The first ``top`` rows of :func:`videomarket.guide.developer_offer`, every pool a column (NA where
    the developer has no model there or the pool no board)."""
    frame = offer.head(top).copy()
    for pool in POOL_LABELS:
        if pool not in frame.columns:
            frame[pool] = pd.NA
        frame[pool] = frame[pool].where(frame[pool].notna() & (frame[pool].astype(str) != ""), pd.NA)
    return frame.reset_index(drop=True)


def offer_text(offer: pd.DataFrame, top: int = 15) -> str:
    """How many developers, which are on every board, which labels were counted for a parent."""
    pools = [p for p in POOL_LABELS if p in offer.columns]
    present = offer[pools].notna() & (offer[pools].astype(str) != "")
    everywhere = offer.loc[present.all(axis=1), "developer"].tolist()
    text = (f"{fmt.count(len(offer), 'developer')}, counted by parent company, have at least one model on "
            f"these boards; {len(everywhere)} {_has(len(everywhere))} one on all {len(pools)}"
            + (f" ({_and(everywhere)})" if everywhere else "") + ".")
    developers = offer["developer"].astype(str)
    brands = [f"{b} for {d}" for d, b in zip(developers, offer["brands"].fillna(""), strict=True) if b]
    hosted = [f"{h} for {d}" for d, h in zip(developers, offer["hosted"].fillna(""), strict=True) if h]
    if brands:
        text += f" Brands and sub-teams count for their parent: {_and(brands)}."
    if hosted:
        text += (f" A hosting platform is never credited with a model: {_and(hosted)}, as it is built on "
                 "that developer's model.")
    shown = min(top, len(offer))
    return text + (f" The table shows the {shown} with the best ranks: each one's best model on each board "
                   "and its rank there.")


# --- the December 2025 shortlist ------------------------------------------------------------------


def shortlist_frame(then: pd.DataFrame, now: pd.DataFrame) -> pd.DataFrame:
    """One row per claim and pool: what the boards of December 2025 and now say (:data:`SHORTLIST_TABLE`).

    ``then`` and ``now`` are :func:`videomarket.guide.recommendation_check` of the same claims. A pool
    without a December board shows "—" in that column (say so once, with :func:`shortlist_text`).
    """
    keys = ["need", "claim", "category"]
    merged = now.merge(then, on=keys, how="left", suffixes=("", "_then"), sort=False)
    rows = []
    for _, row in merged.iterrows():
        old = pd.Series({c: row.get(f"{c}_then", row.get(c)) for c in now.columns})
        stand_in = row.get("checked_as")
        checked = f" ({stand_in} checked)" if isinstance(stand_in, str) and stand_in else ""
        rows.append({
            "need": _first_upper(str(row["need"])),
            "claim": str(row["claim"]) + checked,
            "pool": pool_label(row["category"]) if pd.notna(row["category"]) else pd.NA,
            "then": claim_verdict(old, then=True),
            "now": claim_verdict(row[list(now.columns)]),
        })
    return pd.DataFrame(rows, columns=list(SHORTLIST_TABLE))


def claim_verdict(row: pd.Series, *, then: bool = False) -> object:
    """What one :func:`videomarket.guide.recommendation_check` row found, in a few words (NA: no board).

    ``then``: a December 2025 row, whose ratings :func:`december_board` gives once; its verdicts say
    ranks, not ratings.
    """
    status = str(row["status"])
    if status == "no board":
        return pd.NA
    if status == "not measured":
        return "No board measures it (see the section on motion)"
    if status == "unknown model":
        return "No model of that name on any board we hold"
    where = f"#{int(row['claim_rank'])} of {int(row['board_size'])}" if pd.notna(row["claim_rank"]) else ""
    if status == "no prices":
        listed = f"{where}; " if where else f"not among the {int(row['board_size'])} listed; "
        return _first_upper(listed + "cannot be judged without prices from that time")
    if status == "not on this board":
        if pd.isna(row["last_seen"]):
            return "Never listed on this pool's boards"
        return f"Not listed (last listed {fmt.day(row['last_seen'])} at #{int(row['last_seen_rank'])})"
    near_top = pd.notna(row["best_name"])
    if near_top:
        return _near_top_verdict(row, where)
    if status == "is the pick":
        return f"Leads ({where})"
    gap = f"{where}, {fmt.points(float(row['gap']))} behind {row['pick_name']}"
    if then or pd.isna(row["p_pick_above_claim"]):
        return _first_upper(gap)
    return _first_upper(f"{gap} ({about(row['p_pick_above_claim'])} likely a real gap)")


def shortlist_text(then: pd.DataFrame, now: pd.DataFrame) -> str:
    """What the table compares: which pools had a board in December 2025, the stand-in model, "now"."""
    pools = [p for p in dict.fromkeys(then["category"].dropna().astype(str))]
    with_board = [p for p in pools if (then.loc[then["category"] == p, "status"] != "no board").any()]
    without = [p for p in pools if p not in with_board]
    text = ""
    if with_board:
        text = (f"In December 2025 only {pools_text(with_board)} had a board among the pools checked (the "
                "copy described above)")
        if without:
            text += (f"; {pools_text(without)} had none, so the claims about "
                     f"{'it' if len(without) == 1 else 'them'} are judged only now")
        text += "."
    stand_ins = now.dropna(subset=["checked_as"])
    stand_ins = stand_ins[stand_ins["checked_as"].astype(str) != ""].drop_duplicates(["claim"])
    for row in stand_ins.itertuples():
        text += (f" No board we hold lists a \"{row.claim}\": {row.checked_as}, the nearest model, is "
                 "checked in its place.")
    day = now["snapshot_date"].dropna()
    if len(day):
        text += f" \"Now\" means the boards of {fmt.day(day.max())}."
    near = now[now["best_name"].notna()]
    if len(near):
        text += (f" A budget pick is judged by whether it is the {NEAR_TOP_LABEL} priced model, not by "
                 "rating per dollar.")
    return text.strip()


def _near_top_verdict(row: pd.Series, where: str) -> str:
    if row["status"] == "is the pick":
        return f"{_first_upper(NEAR_TOP_LABEL)} ({where}, {_usd(row['pick_price'])} a minute)"
    price = f"at {_usd(row['claim_price'])}" if pd.notna(row["claim_price"]) else "no listed price"
    below = float(row["best_elo"]) - float(row["claim_elo"])
    frontier = ""
    if pd.notna(row.get("claim_on_frontier", pd.NA)):
        frontier = "; on the price–quality frontier" if bool(row["claim_on_frontier"]) else (
            "; a better model costs no more")
    return (f"{where} {price}, {fmt.points(below)} below the best{frontier}. {_first_upper(NEAR_TOP_LABEL)}: "
            f"{row['pick_name']} ({_usd(row['pick_price'])})")


# --- realistic human motion -----------------------------------------------------------------------


def people_frame(ranks: pd.DataFrame, models: Iterable[str], top: int = 5) -> pd.DataFrame:
    """The ``top`` models of :func:`videomarket.guide.prompt_category_ranks` and the given ``models``
    below them (e.g. the ids of Veo 3), for :data:`PEOPLE_TABLE`."""
    wanted = set(models)
    return pd.concat([ranks.head(top), ranks.iloc[top:][ranks.iloc[top:]["model"].isin(wanted)]],
                     ignore_index=True)


def people_text(t2v: pd.DataFrame, i2v: pd.DataFrame, models: Iterable[str], name: str) -> str:
    """What the per-prompt ratings on people prompts say about ``name`` (its ids ``models``), and what not."""
    wanted = set(models)
    dated = copy_date(t2v["dating"].iloc[0]) if "dating" in t2v.columns else "an undated copy"
    best = t2v.iloc[0]
    text = (f"In that copy, dated by its contents to {dated}, **{best['model_name']}** rates highest on "
            f"people prompts of the silent text-to-video pool ({best['elo_prompt']:.0f})")
    mine = t2v[t2v["model"].isin(wanted)]
    if len(mine):
        row = mine.iloc[0]
        text += (f"; {name} is #{int(row['rank_prompt'])} of {len(t2v)} ({row['elo_prompt']:.0f}; "
                 f"#{int(row['rank_overall'])} on all prompts)")
    else:
        text += f"; {name} is not in that list"
    text += f". From an image, {i2v.iloc[0]['model_name']} rates highest"
    theirs = i2v[i2v["model"].isin(wanted)]
    text += (f" and {name} is #{int(theirs.iloc[0]['rank_prompt'])} of {len(i2v)}" if len(theirs)
             else f"; {name} is not in that pool's list")
    return text + (". Without intervals, ranks a few points apart cannot be told apart, and nothing here "
                   f"speaks to December 2025, when {name} was recommended.")


# --- sources --------------------------------------------------------------------------------------


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


# --- small words ----------------------------------------------------------------------------------


def _near_certain(p: pd.Series) -> pd.Series:
    """At least 95% as printed (whole percents): 0.946 reads "about 95%" and counts."""
    return p.astype(float).round(2) >= SURE


def _usd(price: object) -> str:
    return f"USD {float(price):g}"


def _preference(gap: object, better: str) -> str:
    p = float(win_probability(float(gap), 0.0))
    return f"{better} would be preferred in about {fmt.pct(p, 0)} of head-to-head votes between the two"


def _is(n: int) -> str:
    return "is" if n == 1 else "are"


def _has(n: int) -> str:
    return "has" if n == 1 else "have"


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _window(asked: object) -> str:
    return "at all" if asked is None else f"on or before {fmt.day(asked)}"


def _month_order(text: str) -> tuple[int, int, int]:
    match = re.search(r"(early |mid-|late )?([A-Z][a-z]+) (\d{4})", text)
    if match is None:
        return (0, 0, 0)
    part = {"early ": 0, "mid-": 1, "late ": 2}.get(match.group(1) or "", 1)
    return (int(match.group(3)), pd.Timestamp(f"1 {match.group(2)} 2000").month, part)


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]
