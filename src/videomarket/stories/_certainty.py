"""Sentences for the "how sure is number one" report: gaps as votes, leads as probabilities.

Every probability computed from published intervals is worded as approximate ("about 90%") and says it
assumes independent ratings; beside it stands the value under a plausible correlation, and where votes
exist the joint bootstrap is used instead. A model's rank bound is stated the right way round: a model
can rank no better than one plus the number of models whose whole interval lies above its own.

Example::

    >>> about(0.8958), about(0.9996), about(0.004)
    ('about 90%', 'more than 99%', 'under 1%')
"""

from __future__ import annotations

import pandas as pd

from videomarket.stories import fmt
from videomarket.stories._guide import about, pool_label

CONTENDERS_TABLE = {
    "model_name": "Model",
    "creator": "Developer",
    "elo": "Rating",
    "ci_low": "95% interval, low",
    "ci_high": "95% interval, high",
    "p_leader": "P(truly #1), independent",
    "rank_ub": "Best possible rank",
}
CONTENDERS_FORMATS = {"elo": "rating", "ci_low": "rating", "ci_high": "rating", "p_leader": "pct",
                      "rank_ub": "int"}
RIVALS_TABLE = {
    "model_name": "Against",
    "elo": "Quoted rating",
    "gap": "Gap (points)",
    "p_preferred": "Leader preferred in one vote",
    "votes_needed": "Votes needed to tell",
}
RIVALS_FORMATS = {"elo": "rating", "gap": "rating", "p_preferred": "pct1", "votes_needed": "count"}
POOLS_TABLE = {
    "pool": "Pool",
    "boards": "Boards with intervals",
    "first": "From",
    "last": "To",
    "leaders": "Models at #1",
    "median_p_leader": "Median P(truly #1)",
    "share_sure": "Boards at least 95% sure",
    "median_could_be_first": "Median models that could be #1",
    "median_half_width": "Leader's interval (± points, median)",
}
POOLS_FORMATS = {"first": "date", "last": "date", "median_p_leader": "pct", "share_sure": "pct",
                 "median_could_be_first": "num1", "median_half_width": "num1", "boards": "int",
                 "leaders": "int"}
NEW_LEADERS_TABLE = {
    "snapshot_date": "First board as #1",
    "model_name": "New leader",
    "runner_up_name": "Runner-up",
    "margin": "Lead (points)",
    "p_preferred": "Preferred in one vote",
    "votes_needed": "Votes needed to tell",
}
NEW_LEADERS_FORMATS = {"snapshot_date": "date", "margin": "rating", "p_preferred": "pct1",
                       "votes_needed": "count"}
GENAI_TABLE = {
    "model": "Model",
    "rating": "Refitted rating",
    "ci_low": "Bootstrap 95% low",
    "ci_high": "Bootstrap 95% high",
    "published": "Published rating",
    "difference": "Difference",
    "p_leader": "P(truly #1), from the votes",
}
GENAI_FORMATS = {"rating": "num1", "ci_low": "num1", "ci_high": "num1", "published": "num1",
                 "difference": "num2", "p_leader": "pct"}


def vote_test_words(alpha: float, power: float) -> str:
    """The test behind "votes needed", in words."""
    return f"a two-sided test at the {fmt.pct(alpha, 0)} level with {fmt.pct(power, 0)} power"


def quoted_gap_text(rivals: pd.DataFrame, levels: str) -> str:
    """What the launch-day gaps mean (an :func:`videomarket.arena.head_to_head` table)."""
    leader = str(rivals["leader_name"].iloc[0])
    closest, farthest = rivals.iloc[0], rivals.iloc[-1]
    return (
        f"A gap of {fmt.points(closest['gap'])} between {leader} and {closest['model_name']} means that in a "
        f"head-to-head vote {leader} would be preferred **{fmt.pct(closest['p_preferred'])}** of the time: "
        f"close to a coin flip. Even the widest quoted gap, {fmt.points(farthest['gap'])} over "
        f"{farthest['model_name']}, is a {fmt.pct(farthest['p_preferred'])} preference. Telling the "
        f"{fmt.points(closest['gap'])} from a tie with {levels} takes about "
        f"**{fmt.count(int(closest['votes_needed']), 'decisive head-to-head vote')}** between those two "
        "models "
        "alone."
    )


def history_text(history: pd.DataFrame, category: str, *, skipped: int, breaks: pd.DataFrame) -> str:
    """The leader's P(truly #1) over the boards with intervals (a leader_probability_history table)."""
    sure = history[history["p_leader"] >= 0.95]
    weakest = history.loc[history["p_leader"].idxmin()]
    last = history.iloc[-1]
    text = (
        f"Across {fmt.count(len(history), 'archived board')} of the {pool_label(category).lower()} pool "
        f"that publish intervals ({fmt.day(history['snapshot_date'].min())} to "
        f"{fmt.day(history['snapshot_date'].max())}), the leader was at least 95% likely to be truly #1 on "
        f"{fmt.count(len(sure), 'board')}. "
    )
    if weakest["snapshot_date"] != last["snapshot_date"]:
        text += (
            f"The least certain lead: {weakest['model_name']} on {fmt.day(weakest['snapshot_date'])}, "
            f"{fmt.points(weakest['margin'])} ahead of {weakest['runner_up_name']}, "
            f"{about(weakest['p_leader'])} likely to be first. "
        )
    text += (
        f"On the latest board ({fmt.day(last['snapshot_date'])}) **{last['model_name']}** is #1, "
        f"{fmt.points(last['margin'])} ahead of {last['runner_up_name']}: {about(last['p_leader'])} likely "
        "to "
        f"be truly first if the ratings are independent, {about(last['p_leader_correlated'])} if they are "
        "correlated as anchored ratings are (a correlation of 0.3). "
    )
    if isinstance(last.get("listed_twice"), str) and last["listed_twice"]:
        text += (
            f"That board lists one entry twice ({last['listed_twice']}: the same rating and interval); it "
            "is counted once here, and counting it twice would give "
            f"{about(last['p_leader_counting_twice'])}. "
        )
    if len(breaks):
        first = breaks.iloc[0]
        text += (
            f"The rating scale was re-anchored between {fmt.day(first['previous_date'])} and "
            f"{fmt.day(first['date'])}; the chart keeps the two scales apart. "
        )
    return text + (
        f"Boards without intervals (press quotes, top-8 copies) give no probability and are left out: "
        f"{fmt.count(skipped, 'day')} of this pool."
    )


def contenders_text(board: pd.DataFrame) -> str:
    """Which models the latest board cannot rule out as #1 (a board_certainty table)."""
    could = board[board["could_be_first"]]
    day = fmt.day(board["snapshot_date"].iloc[0])
    twice = board[board["also_listed_as"].fillna("") != ""]
    text = (
        f"On the board of {day}, {fmt.count(len(could), 'model')} of {len(board)} cannot be ruled out as #1: "
        f"no other model's whole interval lies above theirs. A model's rank can be no better than one plus "
        f"the number of models whose whole interval lies above its own; the table lists every model whose "
        f"best possible rank is first or second."
    )
    if len(twice):
        text += (
            f" {twice['model_name'].iloc[0]} is listed twice on that board (also as "
            f"{twice['also_listed_as'].iloc[0]}), with the same rating and interval: it counts once."
        )
    return text


def pools_text(pools: pd.DataFrame) -> str:
    """How sure the leads were in each pool, and why the pools are not compared directly."""
    loosest = pools.loc[pools["share_sure"].idxmin()]
    tightest = pools.loc[pools["share_sure"].idxmax()]
    return (
        f"The lead was at least 95% sure on {fmt.pct(tightest['share_sure'], 0)} of the "
        f"{pool_label(tightest['category']).lower()} boards but on {fmt.pct(loosest['share_sure'], 0)} of "
        "the "
        f"{pool_label(loosest['category']).lower()} boards, where the leader's interval was typically "
        f"±{loosest['median_half_width']:.0f} points. Read this contrast with care: each pool pins a "
        "different model at 1,000, and published intervals carry that anchor's own uncertainty, so how "
        "wide they are, and how sure a lead looks when they are read as independent, partly reflects the "
        "anchor rather than the lead."
    )


def evidence_scope(min_evidence: str) -> str:
    """Which boards a selection by weakest evidence grade keeps, in words.

    >>> evidence_scope("A"), evidence_scope("C")
    ('archived copies only', 'evidence grades A to C')
    """
    return "archived copies only" if min_evidence == "A" else f"evidence grades A to {min_evidence}"


def gaps_text(summary: pd.Series, new_leaders: pd.DataFrame, category: str, min_evidence: str,
              levels: str) -> str:
    """The typical #1–#2 gap and the votes it takes (a gap_summary), over boards of ``min_evidence`` or
    better."""
    scope = evidence_scope(min_evidence)
    text = (
        f"Over {fmt.count(int(summary['boards']), 'board')} of the {pool_label(category).lower()} pool "
        f"({scope}), the median lead of #1 over #2 is **{fmt.points(summary['median_margin'])}**: a "
        f"{fmt.pct(summary['p_preferred_median'])} head-to-head preference, which takes about "
        f"**{fmt.count(int(summary['votes_for_median']), 'vote')}** between the two to establish ({levels}). "
    )
    if len(new_leaders):
        text += (
            f"On the first board of each new leader ({fmt.count(len(new_leaders), 'change')}), the median "
            "lead "
            f"was {fmt.points(summary['median_margin_new'])}, needing about "
            f"{fmt.count(int(summary['votes_for_median_new']), 'vote')}. "
        )
    return text + (
        "So a new #1 announced on a typical lead is a claim that one model wins slightly more than half of "
        "the head-to-head votes between the two; whether the arena's votes separate them is what the "
        "intervals above say, not the ranking."
    )


def genai_text(battles: pd.DataFrame, comparison: pd.DataFrame, odds: pd.DataFrame, rounds: int) -> str:
    """The refit of GenAI-Arena's published table from its raw votes (the method check)."""
    half = (comparison["ci_high"] - comparison["ci_low"]) / 2
    leader = odds.sort_values("p_leader", ascending=False).iloc[0]
    return (
        f"From {fmt.count(len(battles), 'anonymous vote')} among {fmt.count(len(comparison), 'model')} "
        f"(cast {fmt.day(battles['tstamp'].min())} to {fmt.day(battles['tstamp'].max())}), the refit lands "
        f"within **{fmt.points(comparison['difference'].abs().max(), 2)}** of every published rating, and "
        f"{int(comparison['published_inside'].sum())} of {len(comparison)} published values sit inside our "
        f"bootstrap intervals ({fmt.count(rounds, 'round')}), which are ±{half.min():.0f} to "
        f"±{half.max():.0f} "
        "points wide. Because the votes are public, the chance of being #1 is computed jointly from the "
        "same "
        f"bootstrap rounds, with no independence assumed: {leader['model']} is {about(leader['p_leader'])} "
        "likely to be truly first."
    )


def certainty_answer(rivals: pd.DataFrame, history: pd.DataFrame, category: str) -> str:
    """The report's one-line answer."""
    last, closest = history.iloc[-1], rivals.iloc[0]
    return (
        f"Leads of a few points are open questions: December 2025's {closest['gap']:.0f}-point lead meant "
        f"a {fmt.pct(closest['p_preferred'], 0)} head-to-head preference, and the latest "
        f"{pool_label(category).lower()} leader, {last['model_name']}, is {about(last['p_leader'])} likely "
        "to "
        "be truly #1."
    )


def certainty_findings(
    rivals: pd.DataFrame, history: pd.DataFrame, board: pd.DataFrame, pools: pd.DataFrame,
    summary: pd.Series, genai: pd.DataFrame, category: str,
) -> list[str]:
    """Three to five computed findings for the top of the report."""
    closest, last = rivals.iloc[0], history.iloc[-1]
    could = board[board["could_be_first"]]
    tightest = pools.loc[pools["share_sure"].idxmax()]
    loosest = pools.loc[pools["share_sure"].idxmin()]
    return [
        f"December 2025's {closest['gap']:.0f}-point lead of {closest['leader_name']} over "
        f"{closest['model_name']} is a {fmt.pct(closest['p_preferred'])} head-to-head preference; telling it "
        f"from a tie takes about {fmt.count(int(closest['votes_needed']), 'vote')}.",
        f"On the latest {pool_label(category).lower()} board ({fmt.day(last['snapshot_date'])}), "
        f"{last['model_name']} is {about(last['p_leader'])} likely to be truly #1 if the published intervals "
        f"are independent, {about(last['p_leader_correlated'])} if the ratings are correlated; "
        f"{fmt.count(len(could), 'model')} cannot be ruled out as #1.",
        f"The median lead of #1 over #2 is {fmt.points(summary['median_margin'])}, a "
        f"{fmt.pct(summary['p_preferred_median'], 0)} preference needing about "
        f"{fmt.count(int(summary['votes_for_median']), 'vote')} to confirm.",
        f"Leads were at least 95% sure on {fmt.pct(tightest['share_sure'], 0)} of "
        f"{pool_label(tightest['category']).lower()} boards but {fmt.pct(loosest['share_sure'], 0)} of "
        f"{pool_label(loosest['category']).lower()} boards, a contrast the pools' different anchors may "
        "partly explain.",
        f"Refitting GenAI-Arena's image leaderboard from its raw votes reproduces it within "
        f"{fmt.points(genai['difference'].abs().max(), 1)}: the rating method is sound; what the arenas do "
        "not "
        "publish is enough to say how sure their leads are.",
    ]


def genai_table(comparison: pd.DataFrame, odds: pd.DataFrame) -> pd.DataFrame:
    """The refit beside the published table, with each model's P(truly #1) from the joint bootstrap."""
    return comparison.merge(odds[["model", "p_leader"]], on="model", how="left", validate="one_to_one")


def pools_table(pools: pd.DataFrame) -> pd.DataFrame:
    """The per-pool certainty summary with the pools named in words."""
    return pools.assign(pool=pools["category"].map(pool_label))


def genai_source(battles: pd.DataFrame) -> str:
    """The source line under the GenAI-Arena chart (publisher and dates, no internal ids)."""
    return (
        "Source: GenAI-Arena (TIGER-AI-Lab), anonymous text-to-image votes to "
        f"{fmt.day(battles['tstamp'].max())} and the leaderboard fitted from them"
    )


def source_ids(*tables: pd.DataFrame) -> list[str]:
    """Every ``source_id`` of the given tables (for a sources section)."""
    ids: set[str] = set()
    for table in tables:
        if "source_id" in table.columns:
            ids |= set(table["source_id"].dropna().astype(str))
        if "source_ids" in table.columns:
            ids |= {i.strip() for cell in table["source_ids"].dropna() for i in str(cell).split(",")}
    return sorted(ids)
