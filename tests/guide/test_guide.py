"""Model guide helpers on hand-made boards: the board of a date, leaders and their chances, subsets,
developers, prices, value summary, recommendation checks, reader tables."""

from __future__ import annotations

from statistics import NormalDist

import pandas as pd
import pytest

from videomarket import guide, stories
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


# --- board_on -----------------------------------------------------------------------------------------


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


# --- leaders and chances --------------------------------------------------------------------------------


def test_board_top_chances_sum_to_one_and_are_na_without_intervals(rankings):
    top = guide.board_top(guide.board_on(rankings, None, AA, T2V), 3)
    assert top["model"].tolist() == ["wan", "kling", "ltx"]
    assert top["p_leader"].sum() == pytest.approx(1.0)
    assert top["n_compared"].iloc[0] == 3
    old = guide.board_top(guide.board_on(rankings, "2025-12-31", AA, T2V), 5)
    assert old["p_leader"].isna().all() and old["n_compared"].iloc[0] == 0
    with pytest.raises(ValueError, match="top_n"):
        guide.board_top(old, 0)


def test_pool_leaders_gives_interval_chances_and_says_when_there_is_no_board(rankings):
    now = guide.pool_leaders(rankings, categories=(T2V, I2V)).set_index("category")
    wan = now.loc[T2V]
    assert (wan["model"], wan["runner_up"], wan["margin"]) == ("wan", "kling", 11.0)
    exact = NormalDist().cdf(11.0 / (2**0.5 * sd(12.0)))  # two equal 95% half-widths of 12 points
    assert wan["p_beats_runner_up"] == pytest.approx(exact, abs=0.01)
    assert 0.5 < wan["p_leader"] <= wan["p_beats_runner_up"] + 0.01
    then = guide.pool_leaders(rankings, "2025-12-31", categories=(T2V, I2V), not_before="2025-12-01")
    then = then.set_index("category")
    assert then.loc[T2V, "model"] == "runway" and pd.isna(then.loc[T2V, "p_leader"])
    assert "point estimate" in then.loc[T2V, "note"]
    assert (
        pd.isna(then.loc[I2V, "model"])
        and "no Artificial Analysis image-to-video board" in then.loc[I2V, "note"]
    )


# --- subsets and developers ------------------------------------------------------------------------------


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
        offer.loc["Kuaishou", T2V] == "Kling 2.5 Turbo (#2)"
        and offer.loc["Kuaishou", I2V] == "Kling 2.5 Turbo (#1)"
    )
    assert "KlingAI" not in offer.index  # the brand counts for its parent company
    assert offer.loc["Runway", I2V] == "" and offer.loc["Runway", "best_rank"] == 4
    assert offer.index[:2].tolist() == ["Alibaba", "Kuaishou"]  # best rank 1 first, then by name
    with pytest.raises(ValueError, match="repeats model id"):
        guide_offer.developer_offer(rankings, pd.concat([models, models.head(1)]))


# --- prices and value -------------------------------------------------------------------------------------


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


def test_value_summary_respects_the_budget_and_reports_an_empty_pool(rankings, models):
    priced = {T2V: guide_value.with_prices(guide.board_on(rankings, None, AA, T2V), models)}
    full = guide_value.value_summary(priced).iloc[0]
    assert full["top_model"] == "wan" and full["n_priced"] == 4
    assert (full["top_ci_low"], full["top_ci_high"]) == (1115.0, 1139.0)
    table = stories.value_table(guide_value.value_summary(priced))
    assert table.loc[0, "Best rated (price)"] == "Wan 3.0, 1127 [1115–1139] (USD 12/min)"
    # value above the lowest priced rating (921): ltx (939-921)/2.4=7.5, kling (1116-921)/4.2=46.4, wan 17.2
    assert full["value_model"] == "kling" and full["value_points_per_usd"] == pytest.approx(195 / 4.2)
    capped = guide_value.value_summary(priced, budget=3.0).iloc[0]
    assert capped["top_model"] == "ltx" and capped["n_over_budget"] == 3
    broke = guide_value.value_summary(priced, budget=1.0).iloc[0]
    assert pd.isna(broke["top_model"]) and "within the budget" in broke["note"]


# --- recommendation checks ---------------------------------------------------------------------------------

CLAIMS = pd.DataFrame(
    [
        ("quality", "Runway Gen-4.5", f"{T2V},{I2V}", "leader"),
        ("audio", "Sora 2", T2V, "leader"),
        ("human motion", "Veo 3", "", "leader"),
        ("budget", "Pika 2.5 Turbo", T2V, "value"),
        ("budget", "Kling 2.5 Turbo", T2V, "value"),
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
    assert by[("Pika 2.5 Turbo", "")].status == "unknown model"
    kling = by[("Kling 2.5 Turbo", T2V)]
    assert (kling.status, kling.pick_model, kling.claim_value_rank, kling.n_priced) == (
        "is the pick",
        "kling",
        1,
        4,
    )


def test_recommendation_check_december_needs_prices_and_remembers_last_seen(rankings, models, aliases):
    then = guide_claims.recommendation_check(
        rankings, models, aliases, CLAIMS, "2025-12-31", not_before="2025-12-01"
    )
    by = {(r.claim, r.category if pd.notna(r.category) else ""): r for r in then.itertuples()}
    assert by[("Runway Gen-4.5", T2V)].status == "is the pick"
    assert pd.isna(by[("Runway Gen-4.5", T2V)].p_pick_above_claim)
    assert by[("Runway Gen-4.5", I2V)].status == "no board"
    assert by[("Kling 2.5 Turbo", T2V)].status == "no prices" and by[("Kling 2.5 Turbo", T2V)].claim_rank == 3
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


# --- reader tables ----------------------------------------------------------------------------------------


def test_chance_and_rating_text_never_print_a_certainty():
    assert stories.chance_text(0.9996) == "> 99.9%" and stories.chance_text(0.0004) == "< 0.1%"
    assert stories.chance_text(0.995) == "99.5%" and stories.chance_text(0.5) == "50%"
    assert stories.chance_text(pd.NA) == "n/a (no interval)"
    with pytest.raises(ValueError):
        stories.chance_text(1.5)
    assert stories.rating_text(1243.0, pd.NA, pd.NA) == "1243 (no interval)"


def test_claims_table_verdicts_say_what_the_row_found(rankings, models, aliases):
    checks = guide_claims.recommendation_check(rankings, models, aliases, CLAIMS, prices=t2v_prices(models))
    table = stories.claims_table(checks)
    verdicts = dict(zip(table["Claim"] + "/" + table["Pool"], table["What the data says"], strict=True))
    assert verdicts["Runway Gen-4.5/Text to video (silent)"].startswith(
        "Runway Gen-4.5 at #4 of 4, 921 [909–933]"
    )
    assert "Wan 3.0 is 206 points higher" in verdicts["Runway Gen-4.5/Text to video (silent)"]
    assert verdicts["Veo 3/—"] == "No board measures this need"
    assert "value rank 1 of 4 priced" in verdicts["Kling 2.5 Turbo/Text to video (silent)"]
    leaders = stories.leaders_table(guide.pool_leaders(rankings, categories=(T2V,)))
    assert leaders.loc[0, "Rating [95% interval]"] == "1127 [1115–1139]" and "P(truly #1 of top 4)" in leaders


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


def test_sources_markdown_refuses_unknown_ids():
    table = pd.DataFrame({"source_id": ["a"], "url": ["https://x/a"], "publisher": ["X"], "evidence": ["A"]})
    assert stories.sources_markdown(["a"], table) == "- **X** (grade A): [a](https://x/a)"
    with pytest.raises(ValueError, match=r"\['b'\]"):
        stories.sources_markdown(["a", "b"], table)


def test_claim_summary_counts_boards_checked_and_gives_reasons(rankings, models, aliases):
    then = guide_claims.recommendation_check(
        rankings, models, aliases, CLAIMS, "2025-12-31", not_before="2025-12-01"
    )
    lines = stories.claim_summary(then).splitlines()
    assert lines[0] == (
        "- **quality: Runway Gen-4.5**: holds on 1 of 1 board checked (text to video (silent): "
        "leads, #1 of 3); not checked: no image to video (silent) board for that date."
    )
    assert lines[2] == "- **human motion: Veo 3**: cannot be checked (no board measures this need)."
    assert (
        lines[3]
        == "- **budget: Pika 2.5 Turbo**: cannot be checked (no model of that name on any board we hold)."
    )
    assert "no prices for that date" in lines[4]


def test_unknown_category_is_an_error_listing_the_allowed_values_not_a_note(rankings: pd.DataFrame) -> None:
    for call in (
        lambda: guide.pool_leaders(rankings, categories=(T2V, "t2v")),
        lambda: guide.board_on(rankings, None, AA, "t2v"),
        lambda: guide.priced_boards(rankings, pd.DataFrame({"model": []}), categories=("t2v",)),
    ):
        with pytest.raises(ValueError, match="unknown category 't2v'; allowed: text-to-video, image-to-"):
            call()
