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

from videomarket.arena import win_probability
from videomarket.stories import fmt
from videomarket.stories._guide import about, pool_label

CONTENDERS_TABLE = {
    "model_name": "Model",
    "developer": "Developer",
    "elo": "Rating",
    "ci_low": "95% interval, low",
    "ci_high": "95% interval, high",
    "p_leader": "Chance of being truly #1 (independent ratings)",
    "rank_ub": "Best possible rank",
}
CONTENDERS_FORMATS = {"elo": "rating", "ci_low": "rating", "ci_high": "rating", "p_leader": "chance",
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
    "latest_leader": "Leader on the latest board",
    "latest_p_leader": "Its chance of being truly #1",
    "latest_could_be_first": "Models that could be #1",
    "distinct_boards": "Distinct boards with intervals",
    "share_sure": "Boards with a lead at least 95% sure",
    "median_margin": "Median lead (points)",
    "half_width": "Leader's interval (median)",
}
POOLS_FORMATS = {"latest_p_leader": "chance", "latest_could_be_first": "int", "distinct_boards": "int",
                 "share_sure": "pct", "median_margin": "rating"}
NEW_LEADERS_TABLE = {
    "leader_since": "First seen as #1",
    "days_unseen_before": "Days without a board before",
    "model_name": "New leader",
    "runner_up_name": "Runner-up on its first full board",
    "margin": "Lead (points)",
    "p_preferred": "Preferred in one vote",
    "votes_needed": "Votes needed to tell",
}
NEW_LEADERS_FORMATS = {"leader_since": "date", "days_unseen_before": "int", "margin": "rating",
                       "p_preferred": "pct1", "votes_needed": "count"}
GENAI_TABLE = {
    "model": "Model",
    "rating": "Refitted rating",
    "ci_low": "Bootstrap 95% low",
    "ci_high": "Bootstrap 95% high",
    "published": "Published rating",
    "difference": "Difference",
    "p_leader": "Chance of being truly #1, from the votes",
}
GENAI_FORMATS = {"rating": "num2", "ci_low": "num2", "ci_high": "num2", "published": "num2",
                 "difference": "num2", "p_leader": "chance"}
CORRELATION_SHOWN = 0.3  # the correlation the notes show beside the independent value (an illustration)


def chance_range(independent: float, correlated: float) -> str:
    """The chance of being #1 as read from published intervals (independent ratings), with the value
    under a correlation of 0.3 beside it as a labelled sensitivity, never as a measured range.

    >>> chance_range(0.874, 0.921)
    'about 87% (about 92% if the ratings were correlated at 0.3, an illustration)'
    >>> chance_range(0.9996, 0.9999), chance_range(0.5, 0.502)
    ('more than 99%', 'about 50%')
    """
    if about(independent) == about(correlated):
        return about(independent)
    return (f"{about(independent)} ({about(correlated)} if the ratings were correlated at "
            f"{CORRELATION_SHOWN}, an illustration)")


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
    """The leader's chance of being truly #1 over the boards with intervals (a
    leader_probability_history table); boards copied again unchanged are counted once."""
    distinct = history[~history["unchanged"]] if "unchanged" in history.columns else history
    sure = distinct[distinct["p_leader"] >= 0.95]
    weakest = distinct.loc[distinct["p_leader"].idxmin()]
    last = history.iloc[-1]
    repeats = len(history) - len(distinct)
    text = (
        f"The archives hold {fmt.count(len(history), 'daily copy', 'daily copies')} of the "
        f"{pool_label(category).lower()} board with intervals ({fmt.day(history['snapshot_date'].min())} to "
        f"{fmt.day(history['snapshot_date'].max())})"
        + (f"; {repeats} {'repeats' if repeats == 1 else 'repeat'} the day before unchanged, leaving "
           f"{fmt.count(len(distinct), 'distinct board')}" if repeats else "")
        + f". On {len(sure)} of them the leader was at least 95% likely to be truly #1. "
    )
    if weakest["snapshot_date"] != last["snapshot_date"]:
        text += (
            f"The least certain lead: {weakest['model_name']} on {fmt.day(weakest['snapshot_date'])}, "
            f"{fmt.points(weakest['margin'])} ahead of {weakest['runner_up_name']}, "
            f"{about(weakest['p_leader'])} likely to be first. "
        )
    text += (
        f"On the latest board ({fmt.day(last['snapshot_date'])}) **{last['model_name']}** is #1, "
        f"{fmt.points(last['margin'])} ahead of {last['runner_up_name']}; read as independent, the "
        f"published intervals give it a chance of being truly first of "
        f"{chance_range(last['p_leader'], last['p_leader_correlated'])}. "
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
            f"The arena moved the rating scale between {fmt.day(first['previous_date'])} and "
            f"{fmt.day(first['date'])}; the chart keeps the two scales apart. "
        )
    return text + (
        f"Days whose copies carry no intervals (press quotes, top-8 copies) give no chance and are left "
        f"out: {fmt.count(skipped, 'day')} of this pool."
    )


def contenders_table(board: pd.DataFrame) -> pd.DataFrame:
    """The models that could rank first or second, each credited to its parent developer (a hosting
    platform never)."""
    from videomarket.leaderboard import parent_developer

    shown = board[board["rank_ub"] <= 2]
    return shown.assign(developer=[parent_developer(c, m) for c, m in
                                   zip(shown["creator"], shown["model_name"], strict=True)])


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
    """Who leads each pool now and how sure, and why some pools' leads are surer than others'."""
    leaders = "; ".join(
        f"{pool_label(row.category).lower()}: {row.latest_leader}, "
        f"{chance_range(row.latest_p_leader, row.latest_p_leader_correlated)}"
        + (f" ({row.latest_could_be_first} models cannot be ruled "
           "out)" if row.latest_could_be_first > 1 else "")
        for row in pools.itertuples()
    )
    loosest = pools.loc[pools["share_sure"].idxmin()]
    tightest = pools.loc[pools["share_sure"].idxmax()]
    return (
        f"On the latest boards the leaders are {leaders}. Over the history, the lead was at least 95% sure "
        f"on {fmt.pct(tightest['share_sure'], 0)} of the distinct {pool_label(tightest['category']).lower()} "
        f"boards but on {fmt.pct(loosest['share_sure'], 0)} of the "
        f"{pool_label(loosest['category']).lower()} boards. The median lead there was "
        f"{fmt.points(tightest['median_margin'])} against {fmt.points(loosest['median_margin'])}, and the "
        f"leader's interval ±{tightest['median_half_width']:.0f} against "
        f"±{loosest['median_half_width']:.0f} points (medians). {_why_surer(pools)}"
    ).rstrip()


def evidence_scope(min_evidence: str) -> str:
    """Which boards a selection by weakest evidence grade keeps, in words.

    >>> evidence_scope("A"), evidence_scope("C")
    ('archived copies only', 'evidence grades A to C')
    """
    return "archived copies only" if min_evidence == "A" else f"evidence grades A to {min_evidence}"


def gaps_text(summary: pd.Series, gaps: pd.DataFrame, category: str, min_evidence: str, levels: str) -> str:
    """The #1–#2 gaps and the votes they take (a leader_gaps table and its gap_summary), over boards of
    ``min_evidence`` or better, with the leads of each run at #1 and the days no board saw before each
    change."""
    scope = evidence_scope(min_evidence)
    runs = _runs(gaps)
    spans = "; ".join(f"{row.model_name} {_span(row.low, row.high)}" for row in runs.itertuples())
    text = (
        f"Over {fmt.count(int(summary['boards']), 'board')} of the {pool_label(category).lower()} pool "
        f"({scope}), the lead of #1 over #2 ranged from {fmt.points(summary['min_margin'])} to "
        f"{fmt.points(summary['max_margin'])}, and it depends on who led: {spans}. The median, "
        f"{fmt.points(summary['median_margin'])}, is a {fmt.pct(summary['p_preferred_median'])} head-to-head "
        f"preference, which takes about **{fmt.count(int(summary['votes_for_median']), 'vote')}** between "
        f"the two to establish ({levels}). "
    )
    new = gaps[gaps["new_leader"]]
    if len(new):
        unseen = new["days_unseen_before"].dropna()
        text += (
            f"The #1 spot changed hands {fmt.count(len(new), 'time')} in these boards"
            + (f"; before {int((unseen > 0).sum())} of the changes no board was seen for "
               f"{int(unseen[unseen > 0].min())} to {int(unseen.max())} days, so the lead a new #1 took over "
               "with is not known: the table gives its lead on its first full board." if (unseen > 0).any()
               else ".")
            + " "
        )
    return text + (
        "A new #1 announced on a lead of a few points is a claim that one model wins slightly more than "
        "half of the head-to-head votes between the two; whether the arena's votes separate them is what "
        "the intervals above say, not the ranking."
    )


def _runs(gaps: pd.DataFrame) -> pd.DataFrame:
    run = gaps["model"].ne(gaps["model"].shift()).cumsum()
    return (gaps.groupby(run).agg(model_name=("model_name", "first"), low=("margin", "min"),
                                  high=("margin", "max")).reset_index(drop=True))


def _span(low: float, high: float) -> str:
    return fmt.points(low) if fmt.points(low) == fmt.points(high) else (
        f"{fmt.points(low).split()[0]}–{fmt.points(high)}")


def genai_text(battles: pd.DataFrame, comparison: pd.DataFrame, odds: pd.DataFrame, rounds: int) -> str:
    """The refit of GenAI-Arena's published table from its raw votes (the method check)."""
    half = (comparison["ci_high"] - comparison["ci_low"]) / 2
    leader = odds.sort_values("p_leader", ascending=False).iloc[0]
    return (
        f"From {fmt.count(len(battles), 'anonymous vote')} among {fmt.count(len(comparison), 'model')} "
        f"(cast {fmt.day(battles['tstamp'].min())} to {fmt.day(battles['tstamp'].max())}), the refit lands "
        f"within **{refit_gap(comparison)}** of every published rating, and "
        f"{int(comparison['published_inside'].sum())} of {len(comparison)} published values sit inside our "
        f"bootstrap intervals ({fmt.count(rounds, 'resampling round')}), which reach ±{half.min():.0f} to "
        f"±{half.max():.0f} points around each rating. Because the votes are public, the chance of being #1 "
        "is computed jointly from the same resampling rounds, with no independence assumed: "
        f"{leader['model']} is {about(leader['p_leader'])} likely to be truly first. This shows that the "
        "method used here reproduces a published arena from its votes; the video arenas publish no votes, "
        "so the same check cannot be made on them."
    )


def refit_gap(comparison: pd.DataFrame) -> str:
    """The largest difference between the refit and the published ratings, in words ('0.06 points')."""
    return fmt.points(comparison["difference"].abs().max(), 2)


def certainty_answer(history: pd.DataFrame, board: pd.DataFrame, category: str) -> str:
    """The report's one-line answer: how sure leads were before the latest leader took over, and since."""
    distinct = history[~history["unchanged"]] if "unchanged" in history.columns else history
    latest = history.iloc[-1]
    run_start = _latest_run_start(history)
    before = distinct[distinct["snapshot_date"] < run_start]
    since = distinct[distinct["snapshot_date"] >= run_start]
    could = int(board["could_be_first"].sum())
    text = f"In the {pool_label(category).lower()} pool, "
    if len(before):
        text += (f"leads were at least 95% sure on {int((before['p_leader'] >= 0.95).sum())} of "
                 f"{len(before)} distinct boards before {fmt.day(run_start)}; ")
    text += (
        f"since {latest['model_name']} took over {'on ' + fmt.day(run_start) if len(before) else ''}".rstrip()
        + f", its chance of being truly #1 has ranged from {about(since['p_leader'].min())} to "
        f"{about(since['p_leader'].max()).removeprefix('about ')} (independent ratings), and on the latest "
        f"board ({fmt.day(latest['snapshot_date'])}) {fmt.count(could, 'model')} cannot be ruled out."
    )
    return text


def _latest_run_start(history: pd.DataFrame) -> pd.Timestamp:
    run = history["model"].ne(history["model"].shift()).cumsum()
    return history.loc[run == run.iloc[-1], "snapshot_date"].min()


def certainty_findings(
    rivals: pd.DataFrame, history: pd.DataFrame, board: pd.DataFrame, pools: pd.DataFrame,
    gaps: pd.DataFrame, category: str,
) -> list[str]:
    """Three to five computed findings for the top of the report."""
    closest, last = rivals.iloc[0], history.iloc[-1]
    could = board[board["could_be_first"]]
    new = gaps[gaps["new_leader"]]
    runs = _runs(gaps)
    widest = runs.loc[runs["high"].idxmax()]
    findings = [
        f"On the latest {pool_label(category).lower()} board ({fmt.day(last['snapshot_date'])}), "
        f"{last['model_name']}'s chance of being truly #1 is "
        f"{chance_range(last['p_leader'], last['p_leader_correlated'])}, reading the published intervals as "
        f"independent; {fmt.count(len(could), 'model')} cannot be ruled out as #1.",
    ]
    if len(new):
        changes = ", ".join(f"{row.model_name} ({fmt.month(row.leader_since)})" for row in new.itertuples())
        unseen = new["days_unseen_before"].dropna()
        findings.append(
            f"The #1 spot changed hands {fmt.count(len(new), 'time')}: {changes}"
            + (f"; {int((unseen > 0).sum())} of these changes happened while no board was seen for "
               f"{int(unseen[unseen > 0].min())} to {int(unseen.max())} days." if (unseen > 0).any() else ".")
        )
    latest_run = runs.iloc[-1]
    findings.append(
        f"Leads came in very different sizes: {_span(widest['low'], widest['high'])} while "
        f"{widest['model_name']} led, {_span(latest_run['low'], latest_run['high'])} since "
        f"{latest_run['model_name']} took over. A {latest_run['low']:.0f}-point lead means being preferred "
        f"in {fmt.pct(float(win_probability(latest_run['low'], 0.0)))} of head-to-head votes."
    )
    findings.append(pools_finding(pools, category))
    findings.append(
        f"December 2025's {closest['gap']:.0f}-point lead of {closest['leader_name']} over "
        f"{closest['model_name']} is a {fmt.pct(closest['p_preferred'])} head-to-head preference; telling it "
        f"from a tie takes about {fmt.count(int(closest['votes_needed']), 'decisive vote')} between the two."
    )
    return findings


def pools_finding(pools: pd.DataFrame, category: str) -> str:
    """The other pools' leaders in one sentence, and what makes their leads surer or not."""
    others = pools[pools["category"] != category]
    leaders = "; ".join(
        f"{pool_label(row.category).lower()} {row.latest_leader} "
        f"({chance_range(row.latest_p_leader, row.latest_p_leader_correlated)})"
        for row in others.itertuples()
    )
    return f"In the other pools: {leaders}. {_why_surer(pools)}"


def _why_surer(pools: pd.DataFrame) -> str:
    """Whether lead size or interval width goes with how sure a pool's leads were (computed, or nothing)."""
    if len(pools) < 3:
        return ""
    by_lead = pools[["median_margin", "share_sure"]].corr(method="spearman").iloc[0, 1]
    widths = pools["median_half_width"]
    similar = widths.max() <= 1.5 * widths.min()
    parts = []
    if by_lead >= 0.5:
        parts.append("pools with bigger leads had surer leaders")
    if similar:
        parts.append(f"the leader's interval is ±{widths.min():.0f} to ±{widths.max():.0f} points in every "
                     "pool")
    return (parts[0][0].upper() + "; ".join(parts)[1:] + ".") if parts else ""


def genai_table(comparison: pd.DataFrame, odds: pd.DataFrame) -> pd.DataFrame:
    """The refit beside the published table, with each model's P(truly #1) from the joint bootstrap."""
    return comparison.merge(odds[["model", "p_leader"]], on="model", how="left", validate="one_to_one")


def pools_table(pools: pd.DataFrame) -> pd.DataFrame:
    """The per-pool certainty summary with the pools named in words and the leader's interval as ±."""
    return pools.assign(pool=pools["category"].map(pool_label),
                        half_width=pools["median_half_width"].map(lambda h: f"±{h:.0f} points"))


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
