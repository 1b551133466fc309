"""Value charts, tested for what they draw: points, the frontier they are given and its labels, the
caller's pick, budget, price axis scale, panels, legends, intervals and chances, titles and alt text."""

from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from videomarket import leaderboard, plots

POOL = "image-to-video"
FRONTIER = ["agnes", "hailuo", "grok", "gemini"]  # what leaderboard.pareto_frontier finds on this board


def priced_board() -> pd.DataFrame:
    """Hand-made: a dominated model (mid-dear), a tie in price, an unpriced #1, prices spanning 0.3-30;
    ``on_frontier`` as guide.with_prices marks it."""
    board = pd.DataFrame(
        [
            ("unpriced-top", "Unpriced Top", "Fal", 1400.0, None),
            ("gemini", "Gemini Omni Flash", "Google", 1368.0, 6.0),
            ("grok", "grok-imagine-video", "xAI", 1328.0, 4.2),
            ("mid-dear", "Mid Dear", "Kuaishou", 1300.0, 13.4),  # dominated by gemini and grok
            ("hailuo", "Hailuo 2.3 Fast", "MiniMax", 1257.0, 1.0),
            ("hailuo-twin", "Hailuo Twin", "MiniMax", 1240.0, 1.0),  # same price, lower rating: dominated
            ("agnes", "Agnes-Video-V2.0", "Sapiens AI", 1127.0, 0.3),
            ("veo-2", "Veo 2", "Google", 1100.0, 30.0),
        ],
        columns=["model", "model_name", "developer", "elo", "price_usd_per_min"],
    )
    board["ci_low"], board["ci_high"] = board["elo"] - 10, board["elo"] + 10
    board["category"] = POOL
    board["arena"] = "Artificial Analysis"
    board["snapshot_date"] = pd.Timestamp("2026-10-06")
    board["on_frontier"] = board.index.isin(leaderboard.pareto_frontier(board).index)
    return board


def gids(fig, prefix: str) -> list:
    found = []
    for ax in fig.axes:
        for artist in [*ax.get_lines(), *ax.collections, *ax.texts]:
            gid = artist.get_gid() or ""
            if gid.startswith(prefix) if prefix.endswith(":") else gid == prefix:
                found.append(artist)
    return found


def test_the_board_marks_the_frontier_the_chart_draws() -> None:
    assert sorted(priced_board().loc[priced_board()["on_frontier"], "model"]) == sorted(FRONTIER)


def test_quality_vs_price_draws_priced_points_the_given_frontier_and_the_pick() -> None:
    fig = plots.quality_vs_price(priced_board(), pick="hailuo", pick_label="cheapest within 20 points")
    points = {a.get_gid().split(":", 1)[1] for a in gids(fig, "point:")}
    assert points == {"gemini", "grok", "mid-dear", "hailuo", "hailuo-twin", "agnes", "veo-2"}  # not unpriced
    (stairs,) = gids(fig, "frontier")
    assert list(stairs.get_xdata()) == [0.3, 1.0, 4.2, 6.0]
    assert list(stairs.get_ydata()) == [1127, 1257, 1328, 1368]
    labels = {a.get_gid().split(":", 1)[1] for a in gids(fig, "frontier-label:")}
    assert labels == set(FRONTIER)
    (star,) = gids(fig, "pick")
    assert (star.get_xdata()[0], star.get_ydata()[0]) == (1.0, 1257.0)
    assert fig.axes[0].get_xscale() == "log"  # 30 / 0.3 = 100 > 8
    assert len(gids(fig, "interval:")) == 7
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "cheapest within 20 points" in legend and any("price–quality frontier" in t for t in legend)
    assert fig.data["pick"].sum() == 1 and fig.data.loc[fig.data["pick"], "model"].item() == "hailuo"


def test_the_chart_draws_the_frontier_it_is_given_and_computes_none() -> None:
    board = priced_board()
    board["on_frontier"] = board["model"].isin(["agnes", "veo-2"])  # not a real frontier: drawn as given
    fig = plots.quality_vs_price(board)
    (stairs,) = gids(fig, "frontier")
    assert list(stairs.get_xdata()) == [0.3, 30.0]
    assert not gids(fig, "pick")  # no pick given, none invented
    with pytest.raises(ValueError, match=r"on_frontier.*with_prices"):
        plots.quality_vs_price(board.drop(columns="on_frontier"))
    with pytest.raises(ValueError, match="pick 'unpriced-top' is not a priced"):
        plots.quality_vs_price(board, pick="unpriced-top")


def test_plots_import_no_frontier_or_value_computation() -> None:
    package = Path(plots.__file__).parent
    forbidden = {"pareto_frontier", "best_value", "cheapest_near_top", "best_under_budget"}
    for path in package.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom):
                names = {alias.name for alias in node.names}
                assert not names & forbidden, f"{path.name} imports {names & forbidden}"


def test_frontier_labels_do_not_overlap() -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    for fig in (plots.quality_vs_price(priced_board()),
                plots.quality_vs_price_grid({POOL: priced_board(), "text-to-video": priced_board()})):
        fig.freeze_layout()
        renderer = FigureCanvasAgg(fig).get_renderer()
        for ax in fig.axes:
            boxes = [a.get_window_extent(renderer) for a in ax.texts
                     if (a.get_gid() or "").startswith("frontier-label:")]
            for i, first in enumerate(boxes):
                for second in boxes[i + 1 :]:
                    assert not first.overlaps(second), "two frontier labels overlap"


def test_number_rest_names_every_point_by_a_keyed_number() -> None:
    board = priced_board()
    fig = plots.quality_vs_price(board, number_rest=True)
    named = {a.get_gid().split(":", 1)[1] for a in fig.axes[0].texts
             if (a.get_gid() or "").startswith(("frontier-label:", "number-label:"))}
    shown = set(board.dropna(subset=["price_usd_per_min", "elo"])["model"].astype(str))
    assert named == shown  # every priced point carries a name or a number
    numbers = [a for a in fig.axes[0].texts if (a.get_gid() or "").startswith("number-label:")]
    if numbers:
        assert "Numbered points: 1 " in fig.subtitle_text
    assert "Numbered points" not in plots.quality_vs_price(board).subtitle_text


def test_budget_shades_fades_and_retitles() -> None:
    fig = plots.quality_vs_price(priced_board(), budget=5.0)
    (rule,) = gids(fig, "budget")
    assert list(rule.get_xdata()) == [5.0, 5.0]
    alphas = {a.get_gid().split(":", 1)[1]: a.get_alpha() for a in gids(fig, "point:")}
    assert alphas["gemini"] < alphas["grok"]  # over the budget: faded
    assert fig.title_text.startswith("Within USD 5.00/min, grok-imagine-video rates highest")
    assert "Budget cap USD 5.00/min" in fig.alt_text


def test_titles_and_alt_text_come_from_the_data() -> None:
    fig = plots.quality_vs_price(priced_board(), pick="hailuo", pick_label="cheapest within 20 points")
    assert fig.title_text == (
        "Among priced models, Gemini Omni Flash rates highest (USD 6.00/min); "
        "cheapest within 20 points: Hailuo 2.3 Fast (USD 1.00/min)"
    )
    assert "including the board's top-rated Unpriced Top" in fig.subtitle_text
    assert "Price–quality frontier from cheapest: Agnes-Video-V2.0 (1127 at USD 0.30/min)" in fig.alt_text
    assert "Starred, cheapest within 20 points: Hailuo 2.3 Fast (1257 at USD 1.00/min)" in fig.alt_text
    assert "1 model without a list price" in fig.alt_text
    plain = plots.quality_vs_price(priced_board())
    assert plain.title_text == "Among priced models, Gemini Omni Flash rates highest (USD 6.00/min)"


def test_linear_price_axis_when_prices_are_close_and_errors_are_clear() -> None:
    board = priced_board()
    close = board[board["price_usd_per_min"].between(4, 14)]
    assert plots.quality_vs_price(close).axes[0].get_xscale() == "linear"
    with pytest.raises(ValueError, match="no row has both a rating and a price"):
        plots.quality_vs_price(board.assign(price_usd_per_min=np.nan))
    with pytest.raises(ValueError, match="budget"):
        plots.quality_vs_price(board, budget=-1)


def test_developers_get_distinct_colours_and_at_most_seven_are_coloured() -> None:
    rows = [(f"m{i}", f"Model {i}", f"Lab {i % 10}", 1000.0 + 10 * i, 1.0 + i) for i in range(30)]
    board = pd.DataFrame(rows, columns=["model", "model_name", "developer", "elo", "price_usd_per_min"])
    board["on_frontier"] = board.index.isin(leaderboard.pareto_frontier(board).index)
    fig = plots.quality_vs_price(board)
    colours = {}
    for point in gids(fig, "point:"):
        developer = board.set_index("model").loc[point.get_gid().split(":", 1)[1], "developer"]
        colours.setdefault(developer, set()).add(point.get_color())
    assert all(len(c) == 1 for c in colours.values())  # one colour per developer
    coloured = {d: c.pop() for d, c in colours.items() if c != {"#999999"}}
    assert len(coloured) == 7 and len(set(coloured.values())) == 7  # seven distinct, the rest grey
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "other developers" in legend and set(coloured) <= set(legend)


def test_grid_has_one_panel_per_pool_and_a_legend_under_the_panels() -> None:
    board = priced_board()
    other = board.assign(category="text-to-video")
    other["elo"] = other["elo"] - 300
    fig = plots.quality_vs_price_grid({POOL: board, "text-to-video": other, "x": board},
                                      pick={POOL: "hailuo", "text-to-video": "hailuo", "x": "agnes"},
                                      pick_label="cheapest near the top")
    visible = [ax for ax in fig.axes if ax.get_visible()]
    assert len(visible) == 3 and len(fig.axes) == 4  # 2x2 grid, the fourth hidden
    assert visible[0].get_title(loc="left").startswith("Image to video (silent), 6 Oct 2026")
    (legend,) = fig.legends
    texts = [t.get_text() for t in legend.get_texts()]
    assert {"Google", "MiniMax", "cheapest near the top"} <= set(texts)
    fig.freeze_layout()
    assert legend.get_window_extent().y1 <= min(ax.get_window_extent().y0 for ax in visible)
    assert fig.title_text == (
        "Cheapest near the top across the 3 pools: Hailuo 2.3 Fast (2 pools), Agnes-Video-V2.0")
    assert set(fig.data["category"]) == {POOL, "text-to-video", "x"}
    with pytest.raises(ValueError, match="pick given for pool"):
        plots.quality_vs_price_grid({POOL: board}, pick={"nowhere": "hailuo"})


def test_leaders_with_intervals_shows_chances_and_hollow_points_without_intervals() -> None:
    top = pd.DataFrame(
        {
            "model": ["a", "b"],
            "model_name": ["A (based on a much longer base model)", "B"],
            "creator": ["Google", "Runway"],
            "rank": [1, 2],
            "elo": [1250.0, 1200.0],
            "ci_low": [1240.0, 1190.0],
            "ci_high": [1260.0, 1210.0],
            "p_leader": [0.99996, 0.00004],
        }
    )
    old = pd.DataFrame(
        {
            "model": ["c", "d"],
            "model_name": ["C", "D"],
            "creator": ["Runway", "Google"],
            "rank": [1, 2],
            "elo": [1243.0, 1226.0],
            "ci_low": [pd.NA, pd.NA],
            "ci_high": [pd.NA, pd.NA],
            "p_leader": [pd.NA, pd.NA],
        }
    )
    fig = plots.leaders_with_intervals({"text-to-video": top, "image-to-video": old})
    first, second = fig.axes[0], fig.axes[1]
    assert [t.get_text() for t in first.get_yticklabels()] == ["#1 A · > 99.9%", "#2 B · < 0.1%"]
    assert [t.get_text() for t in second.get_yticklabels()] == ["#1 C · no interval", "#2 D · no interval"]
    assert len([a for a in gids(fig, "interval:")]) == 2  # only the rows with intervals
    hollow = [a for a in gids(fig, "point:") if a.get_markerfacecolor() in ("white", (1.0, 1.0, 1.0, 1.0))]
    assert len(hollow) == 2
    assert fig.title_text.startswith("1 of 1 pool leads is near-certain")
    assert "Text to video (silent): A (based on a much longer base model) leads at 1250" in fig.alt_text


def test_leaders_with_intervals_download_gives_tied_models_the_same_rank() -> None:
    top = pd.DataFrame({"model": ["a", "b", "c"], "model_name": ["A", "B", "C"], "creator": ["G", "R", "W"],
                        "rank": [1, 2, 3], "elo": [1368.0, 1362.0, 1362.0],
                        "ci_low": [1357.0, 1351.0, 1349.0],
                        "ci_high": [1379.0, 1373.0, 1375.0], "p_leader": [0.61, 0.16, 0.19]})
    fig = plots.leaders_with_intervals({"image-to-video": top})
    assert fig.data["rank"].tolist() == [1, 2, 2]  # as the chart's "=2" labels say


def test_leaders_with_intervals_counts_near_certain_leads_as_its_labels_print_them() -> None:
    def top(p: float) -> pd.DataFrame:
        return pd.DataFrame({"model": ["a", "b"], "model_name": ["A", "B"], "rank": [1, 2],
                             "elo": [1250.0, 1230.0], "ci_low": [1240.0, 1220.0], "ci_high": [1260.0, 1240.0],
                             "p_leader": [p, 1 - p]})

    fig = plots.leaders_with_intervals({"text-to-video": top(0.946), "image-to-video": top(0.944)})
    # 0.946 prints as "P(#1) 95%" and counts; 0.944 prints as 94% and does not
    assert fig.axes[0].get_yticklabels()[0].get_text() == "#1 A · 95%"
    assert fig.title_text == "1 of 2 pool leads is near-certain (at least 95% likely to be truly #1)"
    assert "read as independent" in fig.subtitle_text and "rows shown" not in fig.subtitle_text


def test_tied_models_share_a_rank_in_the_value_download() -> None:
    board = priced_board()
    board["rank"] = range(1, len(board) + 1)
    board.loc[board["model"] == "hailuo-twin", "elo"] = 1257.0  # tied with Hailuo 2.3 Fast at #5
    fig = plots.quality_vs_price(board)
    ranks = fig.data.set_index("model")["rank"]
    assert (ranks["hailuo"], ranks["hailuo-twin"], ranks["agnes"]) == (5, 5, 7)


def test_unpriced_listings_that_repeat_a_rating_are_counted_once_as_models() -> None:
    board = priced_board()
    twin = board.iloc[[0]].assign(model="unpriced-twin", model_name="Unpriced Twin")
    other = board.iloc[[0]].assign(model="unpriced-low", model_name="Unpriced Low", elo=1050.0,
                                   ci_low=1040.0, ci_high=1060.0, on_frontier=False)
    fig = plots.quality_vs_price(pd.concat([board, twin, other], ignore_index=True))
    assert "Not shown: 3 listings (2 models) without a list price" in fig.alt_text
