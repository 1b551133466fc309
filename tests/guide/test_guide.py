"""Model guide helpers on hand-made boards: the board of a date, leaders and their chances, subsets,
developers (parent companies), prices, the cheapest model near the top, recommendation checks. Their
reader text and tables are tested in tests/stories/test_guide_text.py."""

from __future__ import annotations

from statistics import NormalDist

import pandas as pd
import pytest

from videomarket import guide, leaderboard
from videomarket.guide import _claims as guide_claims
from videomarket.guide import _offer as guide_offer
from videomarket.guide import _value as guide_value
from videomarket.leaderboard import daily_boards

AA, T2V, I2V = "Artificial Analysis", "text-to-video", "image-to-video"


def rows(
    date: str, entries: list[tuple], source: str, evidence: str = "A", category: str = T2V
) -> list[dict]:
    """entries: (model, name, creator, rank, elo, interval half-width or None)."""
    return [
        {
            "snapshot_date": pd.Timestamp(date),
            "date_precision": "day",
            "arena": AA,
            "category": category,
            "model": m,
            "model_name": n,
            "creator": c,
            "rank": r,
            "elo": e,
            "ci_low": None if h is None else e - h,
            "ci_high": None if h is None else e + h,
            "scale_epoch": f"e-{category}",
            "evidence": evidence,
            "source_id": source,
        }
        for m, n, c, r, e, h in entries
    ]


RUNWAY = ("runway", "Runway Gen-4.5", "Runway")
VEO = ("veo-3", "Veo 3 (No Audio)", "Google")
KLING = ("kling", "Kling 2.5 Turbo", "Kuaishou")
WAN = ("wan", "Wan 3.0", "Alibaba")
OPEN = ("ltx", "LTX-2", "Lightricks")


@pytest.fixture
def rankings() -> pd.DataFrame:
    table = rows("2025-12-01", [(*RUNWAY, 1, 1247.0, None)], "press-a", "B")
    table += rows("2025-12-01", [(*RUNWAY, None, 1247.0, None), (*VEO, None, 1226.0, None)], "press-b", "C")
    table += rows(
        "2025-12-20",
        [(*RUNWAY, 1, 1243.0, None), (*VEO, 2, 1226.0, None), (*KLING, 3, 1225.0, None)],
        "githa4",
        "C",
    )
    table += rows("2026-04-15", [(*KLING, 1, 1300.0, None)], "rumour", "D")
    table += rows(
        "2026-10-06",
        [(*WAN, 1, 1127.0, 12), (*KLING, 2, 1116.0, 12), (*OPEN, 3, 939.0, 12), (*RUNWAY, 4, 921.0, 12)],
        "archive-t2v",
    )
    table += rows(
        "2026-10-06",
        [(*KLING, 1, 1368.0, 11), (*WAN, 2, 1362.0, 11), (*OPEN, 3, 1200.0, 10)],
        "archive-i2v",
        category=I2V,
    )
    return pd.DataFrame(table)


@pytest.fixture
def models() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "model": ["runway", "veo-3", "kling", "wan", "ltx", "sora-2-december"],
            "model_name": [
                "Runway Gen-4.5",
                "Veo 3",
                "Kling 2.5 Turbo",
                "Wan 3.0",
                "LTX-2",
                "Sora 2 (December)",
            ],
            "developer": ["Runway", "Google", "Kuaishou", "Alibaba", "Lightricks", "OpenAI"],
            "native_audio": [False, False, pd.NA, True, True, True],
            "open_weights": [False, False, pd.NA, False, True, False],
            "api_price_usd_per_min": [7.0, 12.0, 4.2, 12.0, 2.4, 6.0],
        }
    )


@pytest.fixture
def aliases() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "arena": [AA, AA, "LMArena"],
            "model_name": ["Veo 3 (No Audio)", "Kling 2.5 Turbo 1080p", "runway-gen-4.5"],
            "model": ["veo-3", "kling", "runway"],
        }
    )


def sd(half: float) -> float:
    return half / NormalDist().inv_cdf(0.975)


# --- board_on -------------------------------------------------------------------------------------


def test_board_on_takes_the_latest_day_in_the_window_with_daily_boards_source_choice(rankings):
    board = guide.board_on(rankings, "2025-12-10", AA, T2V)
    assert board["snapshot_date"].iloc[0] == pd.Timestamp("2025-12-01")
    # daily_boards prefers the source with a rank-1 row: the one-row B list, not the two-row C list
    expected = daily_boards(rankings, AA, T2V)
    expected = expected[expected["snapshot_date"] == pd.Timestamp("2025-12-01")]
    assert board["source_id"].unique().tolist() == expected["source_id"].unique().tolist() == ["press-a"]
    assert guide.board_on(rankings, None, AA, T2V)["source_id"].iloc[0] == "archive-t2v"


def test_board_on_window_and_grade_d_and_missing_pool(rankings):
    with pytest.raises(guide.NoBoardError, match=r"between 2025-12-01 and 2025-12-31.*run from 2026-10-06"):
        guide.board_on(rankings, "2025-12-31", AA, I2V, not_before="2025-12-01")
    # the grade-D rumour of 2026-04-15 is not a board unless asked for
    assert guide.board_on(rankings, "2026-05-01", AA, T2V)["snapshot_date"].iloc[0] == pd.Timestamp(
        "2025-12-20"
    )
    with_d = guide.board_on(rankings, "2026-05-01", AA, T2V, worst_grade="D")
    assert with_d["snapshot_date"].iloc[0] == pd.Timestamp("2026-04-15")
    with pytest.raises(guide.NoBoardError, match="no Artificial Analysis text-to-video-audio rows"):
        guide.board_on(rankings, None, AA, "text-to-video-audio")
    with pytest.raises(ValueError, match="date must be a date"):
        guide.board_on(rankings, "not a date", AA, T2V)
    with pytest.raises(ValueError, match="worst_grade"):
        guide.board_on(rankings, None, AA, T2V, worst_grade="E")


# --- leaders and chances --------------------------------------------------------------------------


def test_board_top_chances_cover_the_whole_board_and_are_na_without_intervals(rankings):
    board = guide.board_on(rankings, None, AA, T2V)
    top = guide.board_top(board, 2)
    assert top["model"].tolist() == ["wan", "kling"]
    # every row with an interval takes part, not only the rows returned: the two shown plus ltx and runway
    assert top["n_compared"].iloc[0] == 4
    everyone = guide.board_top(board, 4)
    assert everyone["p_leader"].sum() == pytest.approx(1.0)
    assert top["p_leader"].tolist() == everyone["p_leader"].head(2).tolist()
    # correlated ratings make the 11-point lead surer
    assert everyone["p_leader_correlated"].iloc[0] > everyone["p_leader"].iloc[0]
    assert everyone["p_leader_correlated"].sum() == pytest.approx(1.0)
    old = guide.board_top(guide.board_on(rankings, "2025-12-31", AA, T2V), 5)
    assert old["p_leader"].isna().all() and old["p_leader_correlated"].isna().all()
    assert old["n_compared"].iloc[0] == 0
    with pytest.raises(ValueError, match="top_n"):
        guide.board_top(old, 0)


def test_board_top_gives_notebook_03s_probability_for_the_same_board(rankings):
    board = guide.board_on(rankings, None, AA, T2V)
    history = leaderboard.leader_probability_history(rankings, AA, T2V)
    assert guide.board_top(board, 1)["p_leader"].iloc[0] == history["p_leader"].iloc[-1]
    assert guide.board_top(board, 1)["p_leader_correlated"].iloc[0] == history["p_leader_correlated"].iloc[-1]


def test_board_tops_skips_pools_without_a_board(rankings):
    tops = guide.board_tops(rankings, None, 2, categories=(T2V, I2V, "text-to-video-audio"))
    assert list(tops) == [T2V, I2V] and [len(t) for t in tops.values()] == [2, 2]


def test_board_tops_can_leave_one_model_off_every_board(rankings):
    full = guide.board_tops(rankings, None, 2, categories=(T2V,))[T2V]
    leader = full["model"].iloc[0]
    without = guide.board_tops(rankings, None, 2, categories=(T2V,), drop=leader)[T2V]
    assert leader not in set(without["model"]) and without["model"].iloc[0] == full["model"].iloc[1]
    assert without["p_leader"].iloc[0] > full["p_leader"].iloc[1]  # its strongest rival is gone


def test_pool_leaders_gives_interval_chances_and_says_when_there_is_no_board(rankings):
    now = guide.pool_leaders(rankings, categories=(T2V, I2V)).set_index("category")
    wan = now.loc[T2V]
    assert (wan["model"], wan["runner_up"], wan["margin"]) == ("wan", "kling", 11.0)
    exact = NormalDist().cdf(11.0 / (2**0.5 * sd(12.0)))  # two equal 95% half-widths of 12 points
    assert wan["p_beats_runner_up"] == pytest.approx(exact, abs=0.01)
    assert 0.5 < wan["p_leader"] <= wan["p_beats_runner_up"] + 0.01
    assert wan["p_leader"] < wan["p_leader_correlated"] < 1 and wan["listed_twice"] == ""
    then = guide.pool_leaders(rankings, "2025-12-31", categories=(T2V, I2V), not_before="2025-12-01")
    then = then.set_index("category")
    assert then.loc[T2V, "model"] == "runway" and pd.isna(then.loc[T2V, "p_leader"])
    assert pd.isna(then.loc[T2V, "p_leader_correlated"])
    assert "point estimate" in then.loc[T2V, "note"]
    assert (
        pd.isna(then.loc[I2V, "model"])
        and "no Artificial Analysis image-to-video board" in then.loc[I2V, "note"]
    )


def test_pool_leaders_credits_the_parent_company_and_counts_a_double_listing_once():
    board = rows("2026-10-10", [
        ("h3max", "MiniMax H3 Max (based on MiniMax H3)", "Fal", 1, 1200.0, 8),
        ("h3", "MiniMax H3", "MiniMax", 1, 1200.0, 8),
        ("kling", "Kling 3.0", "KlingAI", 3, 1180.0, 8),
    ], "archive")
    leader = guide.pool_leaders(pd.DataFrame(board), categories=(T2V,)).iloc[0]
    # the "based on" row is the repeat: the base model leads, the repeat is not its own runner-up
    assert (leader["model"], leader["creator"], leader["runner_up"]) == ("h3", "MiniMax", "kling")
    assert leader["margin"] == 20.0 and leader["board_size"] == 2
    assert leader["listed_twice"] == "MiniMax H3 Max (based on MiniMax H3) = MiniMax H3"
    hosted = guide.pool_leaders(pd.DataFrame(board[:1] + board[2:]), categories=(T2V,)).iloc[0]
    assert (hosted["model_name"], hosted["creator"]) == ("MiniMax H3 Max (based on MiniMax H3)", "MiniMax")


# --- subsets and developers -----------------------------------------------------------------------


def test_flagged_leaders_counts_unknown_flags_rated_above(rankings, models):
    best = guide_offer.flagged_leaders(rankings, models, "open_weights", categories=(T2V,)).iloc[0]
    assert (best["model"], best["rank"], best["gap_to_leader"]) == ("ltx", 3, 1127.0 - 939.0)
    assert (best["n_flagged"], best["n_unknown"], best["n_unknown_above"]) == (
        1,
        1,
        1,
    )  # kling: unknown, higher
    assert pd.isna(best["p_best"])  # a single flagged row: nothing to compare
    with pytest.raises(ValueError, match="no column 'licence'"):
        guide_offer.flagged_leaders(rankings, models, "licence")


def test_developer_offer_counts_brands_for_their_parent_and_shows_best_rank_per_pool(rankings, models):
    models = models.assign(developer=models["developer"].replace({"Kuaishou": "KlingAI"}))
    offer = guide_offer.developer_offer(rankings, models, categories=(T2V, I2V)).set_index("developer")
    assert (
        offer.loc["Kuaishou", T2V] == "Kling 2.5 Turbo (#2 of 4)"
        and offer.loc["Kuaishou", I2V] == "Kling 2.5 Turbo (#1 of 3)"
    )
    assert "KlingAI" not in offer.index  # the brand counts for its parent company
    assert pd.isna(offer.loc["Runway", I2V]) and offer.loc["Runway", "best_rank"] == 4
    assert offer.index[:2].tolist() == ["Alibaba", "Kuaishou"]  # best rank 1 first, then by name
    assert offer.loc["Kuaishou", "brands"] == "" and offer.loc["Alibaba", "hosted"] == ""
    with pytest.raises(ValueError, match="repeats model id"):
        guide_offer.developer_offer(rankings, pd.concat([models, models.head(1)]))


def test_developer_offer_names_brands_and_never_credits_a_hosting_platform():
    board = rows("2026-10-10", [
        ("kling", "Kling 3.0", "KlingAI", 1, 1200.0, 8),
        ("h3max", "MiniMax H3 Max (based on MiniMax H3)", "Fal", 2, 1190.0, 8),
        ("veo", "Veo 3", "Google/Fal.ai", 3, 1180.0, 8),
        ("sky", "SkyReels V4", "Skywork AI", 4, 1170.0, 8),
    ], "archive")
    catalogue = pd.DataFrame({"model": ["sky"], "model_name": ["SkyReels V4"], "developer": ["Skywork"]})
    offer = guide_offer.developer_offer(pd.DataFrame(board), catalogue, categories=(T2V,))
    offer = offer.set_index("developer")
    assert offer.index.tolist() == ["Kuaishou", "MiniMax", "Google", "Skywork AI"]  # the boards' spelling
    assert offer.loc["Kuaishou", "brands"] == "KlingAI" and offer.loc["Skywork AI", "brands"] == ""
    assert offer.loc["MiniMax", "hosted"] == "MiniMax H3 Max (based on MiniMax H3) (listed by Fal)"
    assert offer.loc["Google", "brands"] == "" and offer.loc["Google", "hosted"] == ""  # "X/Fal.ai" is X


def test_developer_offer_orders_by_pools_led_then_best_rank_and_shows_ties_as_ties():
    board = pd.DataFrame(rows("2026-10-10", [
        ("a", "Alpha", "Acme", 1, 1200.0, 8), ("b", "Beta", "Bolt", 2, 1190.0, 8),
        ("c", "Gamma", "Core", 3, 1180.0, 8)], "archive"))
    other = board.assign(category=I2V, model=["c", "d", "a"], model_name=["Gamma", "Delta", "Alpha"],
                         creator=["Core", "Dyn", "Acme"])
    empty = pd.DataFrame({"model": [], "developer": []})
    offer = guide_offer.developer_offer(pd.concat([board, other]), empty,
                                        categories=(T2V, I2V))
    # Acme and Core lead one pool each with best rank 1: tied; Bolt and Dyn both best at #2: tied
    assert offer[["order", "developer", "n_led"]].values.tolist() == [
        ["=1", "Acme", 1], ["=1", "Core", 1], ["=3", "Bolt", 0], ["=3", "Dyn", 0]]


def test_developer_offer_names_best_place_as_a_rank_not_a_share_of_board_size():
    big = pd.DataFrame(rows("2026-10-10", [
        (m, m.upper(), m.upper(), i + 1, 1300.0 - 10 * i, 8) for i, m in enumerate("abcdefgh")], "archive"))
    small = pd.DataFrame(rows("2026-10-10", [
        ("x", "X", "X", 1, 1200.0, 8), ("c", "C", "C", 2, 1190.0, 8)], "archive")).assign(category=I2V)
    empty = pd.DataFrame({"model": [], "developer": []})
    offer = guide_offer.developer_offer(pd.concat([big, small]), empty, categories=(T2V, I2V))
    offer = offer.set_index("developer")
    # C is #3 of 8 and #2 of 2: its best place is its best rank, #2 of 2, and it comes before B (#2 of 8,
    # same rank, name order) and D (#4 of 8); a share of board size would rank places the intervals
    # cannot tell apart
    assert offer.loc["C", "best_place"] == "#2 of 2"
    assert offer.index.tolist()[:5] == ["A", "X", "B", "C", "D"]
    assert offer.loc[["A", "X", "B", "C"], "order"].tolist() == ["=1", "=1", "=3", "=3"]


# --- prices and value -----------------------------------------------------------------------------


def test_with_prices_uses_the_pool_price_when_given_and_the_catalogue_price_otherwise(rankings, models):
    board = guide.board_on(rankings, None, AA, I2V)
    catalogue = guide_value.with_prices(board, models)
    assert catalogue.set_index("model")["price_usd_per_min"].to_dict() == {
        "kling": 4.2,
        "wan": 12.0,
        "ltx": 2.4,
    }
    assert catalogue["price_basis"].str.contains("catalogue").all()
    prices = pd.DataFrame(
        {
            "model": ["kling", "wan", "kling"],
            "category": [I2V, I2V, T2V],
            "price_usd_per_min": [5.0, 9.0, 4.2],
        }
    )
    pooled = guide_value.with_prices(board, models, prices).set_index("model")["price_usd_per_min"]
    assert pooled["kling"] == 5.0 and pooled["wan"] == 9.0 and pd.isna(pooled["ltx"])  # no I2V price for ltx
    with pytest.raises(ValueError, match="several image-to-video prices"):
        guide_value.with_prices(board, models, pd.concat([prices, prices.head(1)]))
    mixed = pd.concat([board, guide.board_on(rankings, None, AA, T2V)])
    with pytest.raises(ValueError, match="one pool"):
        guide_value.with_prices(mixed, models, prices)


def test_value_summary_picks_the_cheapest_near_the_top_and_the_best_under_a_budget(rankings, models):
    priced = {T2V: guide_value.with_prices(guide.board_on(rankings, None, AA, T2V), models)}
    # wan 1127 at 12, kling 1116 at 4.2 (11 below: near the top), ltx 939 at 2.4, runway 921 at 7
    full = guide_value.value_summary(priced).iloc[0]
    assert (full["leader_model"], full["top_model"], full["n_priced"]) == ("wan", "wan", 4)
    assert (full["top_ci_low"], full["top_ci_high"]) == (1115.0, 1139.0)
    assert (full["near_model"], full["near_gap"], full["near_by"]) == ("kling", 11.0, "rating")
    assert (full["next_name"], full["next_gap"]) == ("LTX-2", 188.0)  # the next cheaper frontier step
    assert full["frontier"] == "LTX-2 (USD 2.40); Kling 2.5 Turbo (USD 4.20); Wan 3.0 (USD 12.00)"
    assert full["n_frontier"] == 3 and pd.isna(full["budget"]) and pd.isna(full["budget_model"])
    capped = guide_value.value_summary(priced, budget=3.0).iloc[0]
    assert (capped["budget_model"], capped["budget_gap"], capped["n_over_budget"]) == ("ltx", 188.0, 3)
    assert capped["near_model"] == "kling"  # the near-top pick does not depend on the budget
    assert pd.isna(guide_value.value_summary(priced, budget=1.0).iloc[0]["budget_model"])
    # rating per dollar (above the lowest priced rating, 921) would pick kling too here, but is not a column
    assert not {"value_model", "baseline"} & set(full.index)
    unpriced = {T2V: priced[T2V].assign(price_usd_per_min=float("nan"))}
    empty = guide_value.value_summary(unpriced).iloc[0]
    assert pd.isna(empty["near_model"]) and empty["note"] == "no model on this board has a listed price"
    assert empty["leader_name"] == "Wan 3.0"
    with pytest.raises(ValueError, match="budget"):
        guide_value.value_summary(priced, budget=-1)


def test_value_summary_names_the_leader_even_when_it_has_no_price(rankings, models):
    board = guide.board_on(rankings, None, AA, T2V)
    priced = guide_value.with_prices(board, models.assign(
        api_price_usd_per_min=models["api_price_usd_per_min"].where(models["model"] != "wan")))
    row = guide_value.value_summary({T2V: priced}).iloc[0]
    assert (row["leader_name"], pd.isna(row["leader_price"]), row["top_model"]) == ("Wan 3.0", True, "kling")


def test_an_overlapping_interval_counts_as_near_the_top():
    board = pd.DataFrame({"model": ["top", "wide", "far"], "model_name": ["Top", "Wide", "Far"],
                          "elo": [1300.0, 1270.0, 1200.0], "ci_low": [1290.0, 1230.0, 1195.0],
                          "ci_high": [1310.0, 1295.0, 1205.0], "price_usd_per_min": [10.0, 2.0, 1.0],
                          "on_frontier": [True, True, True]})
    row = guide_value.value_summary({T2V: board}).iloc[0]
    assert (row["near_model"], row["near_gap"], row["near_by"]) == ("wide", 30.0, "interval")


# --- recommendation checks ------------------------------------------------------------------------

CLAIMS = pd.DataFrame(
    [
        ("quality", "Runway Gen-4.5", f"{T2V},{I2V}", "leader"),
        ("audio", "Sora 2", T2V, "leader"),
        ("human motion", "Veo 3", "", "leader"),
        ("budget", "Pika 2.5 Turbo", T2V, "near-top"),
        ("budget", "Kling 2.5 Turbo", T2V, "near-top"),
    ],
    columns=["need", "claim", "categories", "pick"],
)


def test_resolve_model_names_drops_a_trailing_qualifier_only(models, aliases):
    assert guide_claims.resolve_model_names("Veo 3", models, aliases) == ["veo-3"]
    assert guide_claims.resolve_model_names("Runway Gen-4.5", models, aliases) == [
        "runway"
    ]  # LMArena spelling
    assert guide_claims.resolve_model_names("Sora 2", models, aliases) == ["sora-2-december"]
    assert guide_claims.resolve_model_names("Sora 2 Pro", models, aliases) == []
    with pytest.raises(ValueError, match="non-empty"):
        guide_claims.resolve_model_names(" ", models, aliases)


def t2v_prices(models: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {"model": models["model"], "category": T2V, "price_usd_per_min": models["api_price_usd_per_min"]}
    )


def test_recommendation_check_now(rankings, models, aliases):
    checks = guide_claims.recommendation_check(rankings, models, aliases, CLAIMS, prices=t2v_prices(models))
    by = {(r.claim, r.category if pd.notna(r.category) else ""): r for r in checks.itertuples()}
    runway = by[("Runway Gen-4.5", T2V)]
    assert (runway.status, runway.claim_rank, runway.pick_model, runway.gap) == (
        "not the pick",
        4,
        "wan",
        206.0,
    )
    assert runway.p_pick_above_claim > 0.999
    assert by[("Runway Gen-4.5", I2V)].status == "not on this board"
    assert by[("Runway Gen-4.5", I2V)].note == "never listed on this pool's boards up to this date"
    assert by[("Sora 2", T2V)].status == "not on this board"
    assert by[("Veo 3", "")].status == "not measured"
    # an unknown name still gets a row per pool it was claimed for, so every table row names its pool
    assert by[("Pika 2.5 Turbo", T2V)].status == "unknown model"
    kling = by[("Kling 2.5 Turbo", T2V)]
    # kling is 11 points below wan and 7.8 USD a minute cheaper: the cheapest near the top
    assert (kling.status, kling.pick_model, kling.claim_price, kling.claim_on_frontier) == (
        "is the pick", "kling", 4.2, True)
    assert (kling.best_name, kling.n_priced, kling.gap) == ("Wan 3.0", 4, 0.0)
    assert pd.isna(kling.p_pick_above_claim)  # a price pick may be rated lower on purpose


def test_recommendation_check_a_stand_in_name_and_a_failing_budget_claim(rankings, models, aliases):
    claims = pd.DataFrame([("budget", "Runway Gen-4.5 Turbo", "Runway Gen-4.5", T2V, "near-top")],
                          columns=["need", "claim", "checked_as", "categories", "pick"])
    checked = guide_claims.recommendation_check(rankings, models, aliases, claims, prices=t2v_prices(models))
    row = checked.iloc[0]
    assert (row["claim"], row["checked_as"], row["claim_model"]) == ("Runway Gen-4.5 Turbo", "Runway Gen-4.5",
                                                                       "runway")
    # runway (921 at 7) is dominated by kling (1116 at 4.2): not the pick and not on the frontier
    assert (row["status"], row["pick_model"], row["claim_price"], row["claim_on_frontier"]) == (
        "not the pick", "kling", 7.0, False)
    assert row["best_elo"] - row["claim_elo"] == 206.0


def test_the_december_shortlist_as_claims():
    shortlist = guide.december_shortlist()
    assert shortlist["claim"].tolist() == ["Runway Gen-4.5", "Sora 2", "Veo 3", "Pika 2.5 Turbo"]
    # one matching rule for every pick, no stand-in: Pika 2.5 is another model than Pika 2.5 Turbo
    assert shortlist.loc[3, ["checked_as", "pick"]].tolist() == ["", "frontier"]
    assert shortlist.loc[2, "categories"] == ""  # no board measures motion
    shortlist.loc[0, "claim"] = "changed"
    assert guide.december_shortlist().loc[0, "claim"] == "Runway Gen-4.5"  # a fresh copy each time


def test_recommendation_check_december_needs_prices_and_remembers_last_seen(rankings, models, aliases):
    then = guide_claims.recommendation_check(
        rankings, models, aliases, CLAIMS, "2025-12-31", not_before="2025-12-01"
    )
    by = {(r.claim, r.category if pd.notna(r.category) else ""): r for r in then.itertuples()}
    assert by[("Runway Gen-4.5", T2V)].status == "is the pick"
    assert pd.isna(by[("Runway Gen-4.5", T2V)].p_pick_above_claim)
    assert by[("Runway Gen-4.5", I2V)].status == "no board"
    assert by[("Kling 2.5 Turbo", T2V)].status == "no prices" and by[("Kling 2.5 Turbo", T2V)].claim_rank == 3
    assert by[("Kling 2.5 Turbo", T2V)].note == "no prices for that date"
    # Veo 3 listed on 20 Dec, gone from the October board: last seen is reported
    veo = guide_claims.recommendation_check(
        rankings, models, aliases, pd.DataFrame([("x", "Veo 3", T2V, "leader")], columns=CLAIMS.columns)
    )
    assert veo["status"].iloc[0] == "not on this board" and veo["last_seen"].iloc[0] == pd.Timestamp(
        "2025-12-20"
    )
    assert veo["last_seen_rank"].iloc[0] == 2
    with pytest.raises(ValueError, match="pick"):
        guide_claims.recommendation_check(rankings, models, aliases, CLAIMS.assign(pick="cheapest"))


def test_prompt_category_ranks_uses_competition_ranks():
    table = pd.DataFrame(
        {
            "model": ["a", "b", "c", "d"],
            "category": [T2V, T2V, T2V, I2V],
            "elo_overall": [1300.0, 1250.0, 1200.0, 1.0],
            "elo_prompt": [1290.0, 1310.0, 1290.0, 1.0],
        }
    )
    ranked = guide_claims.prompt_category_ranks(table, T2V)
    assert ranked[["model", "rank_prompt", "rank_overall"]].values.tolist() == [
        ["b", 1, 2],
        ["a", 2, 1],
        ["c", 2, 3],
    ]
    with pytest.raises(ValueError, match="no 'text-to-video-audio' rows"):
        guide_claims.prompt_category_ranks(table, "text-to-video-audio")


# --- other helpers --------------------------------------------------------------------------------


def test_first_interval_board_and_typical_half_width(rankings):
    board = guide.first_interval_board(rankings, "2025-12-20")
    assert board["snapshot_date"].iloc[0] == pd.Timestamp("2026-10-06")
    assert guide.typical_half_width(board) == 12.0
    assert pd.isna(guide.typical_half_width(guide.board_on(rankings, "2025-12-31")))
    with pytest.raises(guide.NoBoardError, match="in scale epoch other"):
        guide.first_interval_board(rankings, "2025-12-20", scale_epoch="other")


def test_priced_boards_skips_pools_without_a_board(rankings, models):
    boards = guide_value.priced_boards(rankings, models, date="2025-12-31", categories=(T2V, I2V))
    assert list(boards) == [T2V]
    assert boards[T2V]["price_usd_per_min"].tolist() == [7.0, 12.0, 4.2]


def test_unknown_category_is_an_error_listing_the_allowed_values_not_a_note(rankings: pd.DataFrame) -> None:
    for call in (
        lambda: guide.pool_leaders(rankings, categories=(T2V, "t2v")),
        lambda: guide.board_on(rankings, None, AA, "t2v"),
        lambda: guide.priced_boards(rankings, pd.DataFrame({"model": []}), categories=("t2v",)),
    ):
        with pytest.raises(ValueError, match="unknown category 't2v'; allowed: text-to-video, image-to-"):
            call()


def test_a_badge_glued_to_a_name_by_a_scraper_is_not_shown(rankings):
    glued = rankings.assign(model_name=rankings["model_name"].replace({"LTX-2": "LTX-2Open Weights"}))
    board = guide.board_on(glued, None, AA, T2V)
    assert "LTX-2" in board["model_name"].tolist() and not board["model_name"].str.contains("Open").any()
    assert guide.developer_offer(glued, pd.DataFrame({"model": [], "developer": []}), categories=(T2V,)).loc[
        lambda t: t["developer"] == "Lightricks", T2V].item() == "LTX-2 (#3 of 4)"


def test_pool_leaders_and_flagged_leaders_share_one_set_of_options(rankings: pd.DataFrame,
                                                                     models: pd.DataFrame) -> None:
    best = guide_offer.flagged_leaders(rankings, models, "open_weights", categories=(T2V,))
    assert best["category"].tolist() == [T2V]
    for call in (lambda: guide.pool_leaders(rankings, top_k=5),
                 lambda: guide_offer.flagged_leaders(rankings, models, "open_weights", top_k=5)):
        with pytest.raises(TypeError, match=r"\['top_k'\].*top_n"):
            call()


def test_board_top_can_show_an_identical_listing_as_its_own_row_counted_once() -> None:
    board = pd.DataFrame({"model": ["wan", "h3", "h3max", "s"], "rank": [1, 2, 2, 4],
                          "elo": [1128.0, 1115.0, 1115.0, 1105.0],
                          "ci_low": [1117.0, 1103.0, 1103.0, 1094.0],
                          "ci_high": [1139.0, 1127.0, 1127.0, 1116.0],
                          "model_name": ["Wan 3.0", "MiniMax H3 (768p)",
                                         "MiniMax H3 Max (based on MiniMax H3)", "S"]})
    assert guide.board_top(board, 4)["model"].tolist() == ["wan", "h3", "s"]
    shown = guide.board_top(board, 4, show_repeats=True)
    assert shown["model"].tolist() == ["wan", "h3", "h3max", "s"]
    assert shown["same_as"].tolist()[2] == "MiniMax H3 (768p)" and pd.isna(shown["same_as"].iloc[1])
    assert pd.isna(shown["p_leader"].iloc[2]) and shown["p_leader"].iloc[:2].notna().all()
