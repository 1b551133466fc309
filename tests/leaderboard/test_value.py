"""Quality against price: Pareto frontier and best value on hand-made tables."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from videomarket.leaderboard import best_under_budget, best_value, cheapest_near_top, pareto_frontier


def priced(rows: list[tuple[str, float | None, float | None]], **extra: object) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["model", "elo", "price_usd_per_min"])
    return frame.assign(**extra)


def test_dominated_model_is_left_off_the_frontier() -> None:
    t = priced([("cheap", 1150.0, 1.0), ("mid", 1200.0, 3.0), ("dominated", 1180.0, 4.0),
                ("top", 1250.0, 9.0)])
    frontier = pareto_frontier(t)
    assert frontier["model"].tolist() == ["cheap", "mid", "top"]


def test_ties_same_rating_dearer_is_dominated_same_price_lower_rating_is_dominated_duplicates_kept() -> None:
    t = priced([
        ("a", 1200.0, 2.0), ("a-dearer", 1200.0, 5.0),        # same rating, higher price -> dominated
        ("b", 1250.0, 6.0), ("b-worse", 1240.0, 6.0),         # same price, lower rating -> dominated
        ("c", 1300.0, 10.0), ("c-twin", 1300.0, 10.0),        # exact duplicates: neither beats the other
    ])
    assert pareto_frontier(t)["model"].tolist() == ["a", "b", "c", "c-twin"]


def test_missing_prices_and_ratings_are_left_out() -> None:
    t = priced([("a", 1200.0, 2.0), ("best-no-price", 1400.0, None), ("b", 1250.0, 6.0),
                ("unrated", None, 1.0)])
    frontier = pareto_frontier(t)
    assert frontier["model"].tolist() == ["a", "b"]
    assert set(best_value(t)["model"]) == {"a", "b"}


def test_custom_columns_and_bad_input() -> None:
    t = pd.DataFrame({"model": ["a", "b"], "score": [1.0, 2.0], "usd": [1.0, 1.0]})
    assert pareto_frontier(t, quality="score", cost="usd")["model"].tolist() == ["b"]
    with pytest.raises(ValueError, match="lacks column"):
        pareto_frontier(t)
    with pytest.raises(ValueError, match="negative"):
        pareto_frontier(t.assign(usd=[-1.0, 1.0]), quality="score", cost="usd")
    with pytest.raises(ValueError, match="numeric"):
        pareto_frontier(t.assign(usd=["cheap", "1"]), quality="score", cost="usd")


def test_ratings_from_several_epochs_are_refused() -> None:
    t = priced([("a", 1335.0, 2.0), ("b", 1127.0, 1.0)], scale_epoch=["aa-t2v-1", "aa-t2v-2"])
    with pytest.raises(ValueError, match="scale_epoch"):
        pareto_frontier(t)
    with pytest.raises(ValueError, match="scale_epoch"):
        best_value(t)


def test_best_value_ranks_points_above_baseline_per_dollar() -> None:
    t = priced([("a", 1250.0, 10.0), ("b", 1200.0, 2.0), ("c", 1150.0, 1.0), ("d", 1190.0, 4.0)])
    result = best_value(t)
    assert set(result["baseline"]) == {1150.0}
    # a and d tie at 10 points per USD/min: the higher-rated a comes first
    assert result[["model", "value"]].values.tolist() == [["b", 25.0], ["a", 10.0], ["d", 10.0], ["c", 0.0]]
    assert dict(zip(result["model"], result["on_frontier"], strict=True)) == {
        "a": True, "b": True, "c": True, "d": False}


def test_best_value_tie_break_prefers_higher_rating() -> None:
    t = priced([("low", 1160.0, 1.0), ("high", 1250.0, 10.0), ("base", 1150.0, 5.0)])
    assert best_value(t)["model"].tolist() == ["high", "low", "base"]  # both 10 points per USD/min


def test_best_value_budget_baseline_and_free_model() -> None:
    t = priced([("a", 1250.0, 10.0), ("b", 1200.0, 2.0), ("free", 1180.0, 0.0), ("floor", 1100.0, 0.0)])
    capped = best_value(t, budget=5.0, baseline=1100.0)
    assert capped["model"].tolist() == ["free", "b", "floor"]
    assert math.isinf(capped.iloc[0]["value"]) and capped.iloc[2]["value"] == 0.0
    assert capped.iloc[1]["value"] == 50.0
    assert "a" not in set(capped["model"]) and set(capped["baseline"]) == {1100.0}
    with pytest.raises(ValueError, match="budget"):
        best_value(t, budget=-1.0)
    with pytest.raises(ValueError, match="no row"):
        best_value(t.iloc[:1], budget=5.0)


def test_cheapest_near_top_by_rating_or_by_interval_and_never_far_down_the_board() -> None:
    t = pd.DataFrame({
        "model": ["top", "close", "overlaps", "free-far-down", "floor"],
        "elo": [1300.0, 1282.0, 1270.0, 1140.0, 1100.0],
        "ci_low": [1290.0, 1272.0, 1255.0, 1130.0, 1090.0],
        "ci_high": [1310.0, 1292.0, 1291.0, 1150.0, 1110.0],
        "price_usd_per_min": [12.0, 6.0, 2.0, 0.05, 1.0],
    })
    by_interval = cheapest_near_top(t)
    assert by_interval[["model", "near_by", "gap", "best_model"]].values.tolist() == [
        ["overlaps", "interval", 30.0, "top"]]
    no_intervals = cheapest_near_top(t.drop(columns=["ci_low", "ci_high"]))
    assert no_intervals[["model", "near_by"]].values.tolist() == [["close", "rating"]]
    assert cheapest_near_top(t, within=200)["model"].tolist() == ["free-far-down"]
    # best_value's ratio above the lowest priced rating would pick the near-free model far down
    assert best_value(t)["model"].iloc[0] == "free-far-down"
    assert cheapest_near_top(t.assign(price_usd_per_min=None)).empty
    with pytest.raises(ValueError, match="within"):
        cheapest_near_top(t, within=-1)


def test_best_under_budget_is_the_highest_rated_within_the_price() -> None:
    t = priced([("a", 1250.0, 10.0), ("b", 1200.0, 2.0), ("b-twin", 1200.0, 1.5), ("c", 1150.0, None)])
    assert best_under_budget(t, 5)["model"].tolist() == ["b-twin"]  # same rating: the cheaper
    assert best_under_budget(t, 10)["model"].tolist() == ["a"]
    assert best_under_budget(t, 1).empty
    with pytest.raises(ValueError, match="budget"):
        best_under_budget(t, -2)


def test_cheapest_near_top_on_the_shipped_board_stays_near_the_top() -> None:
    from videomarket import data, guide

    board = guide.with_prices(guide.board_on(data.load_rankings(), None, category="image-to-video"),
                              data.load_models(), data.load_pool_prices())
    pick = cheapest_near_top(board).iloc[0]
    ranked = board.dropna(subset=["elo"]).sort_values("elo", ascending=False).reset_index(drop=True)
    assert pick["gap"] <= 20 or pick["near_by"] == "interval"
    assert ranked.index[ranked["model"] == pick["model"]][0] < 15  # not a #62-of-76 pick
