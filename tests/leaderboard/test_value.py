"""Quality against price: Pareto frontier and best value on hand-made tables."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from videomarket.leaderboard import best_value, pareto_frontier


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
