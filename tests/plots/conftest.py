"""Every public chart, drawn from the project's own tables the way the reports draw it (fixture
``real_charts``), for the checks every chart must pass (tests/plots/test_every_chart.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

ARENA = "Artificial Analysis"
T2V = "text-to-video"


def _makers() -> dict[str, Callable[[], Any]]:
    from videomarket import arena, data, guide, leaderboard, market, plots
    from videomarket.data._coverage import snapshot_coverage

    rankings = data.load_rankings()
    forecasts = data.load_forecasts()
    points = market.consensus_points(forecasts, "ai-video-generator", "C")
    priced = guide.priced_boards(rankings, data.load_models(), data.load_pool_prices())
    picks = {c: leaderboard.cheapest_near_top(b)["model"].iloc[0] for c, b in priced.items()}
    figures = market.vendor_figures(data.load_company_metrics(), "C")
    quoted = leaderboard.reported_ratings(rankings, ARENA, T2V, "2025-12-01")
    gaps = leaderboard.leader_gaps(rankings, ARENA, T2V)
    curve = arena.votes_needed_table(100, step=1)

    def intervals() -> Any:  # our refit of GenAI-Arena is slow; a board's top 8 has the same shape
        table = (
            leaderboard.daily_boards(rankings, ARENA, T2V)
            .dropna(subset=["ci_low"])
            .sort_values("snapshot_date")
        )
        latest = table[table["snapshot_date"] == table["snapshot_date"].max()].nsmallest(8, "rank")
        comparison = latest.rename(columns={"elo": "rating"})[["model", "rating", "ci_low", "ci_high"]]
        comparison["published"] = comparison["rating"] + 1.5
        comparison["difference"] = 1.5
        comparison["published_inside"] = True
        return plots.rating_intervals_chart(comparison, publisher="Artificial Analysis")

    return {
        "coverage_chart": lambda: plots.coverage_chart(snapshot_coverage(rankings)),
        "bump_chart": lambda: plots.bump_chart(leaderboard.rank_history(rankings, ARENA, T2V, top_n=10)),
        "rating_trajectories": lambda: plots.rating_trajectories(
            leaderboard.daily_boards(rankings, ARENA, T2V)
        ),
        "leader_timeline": lambda: plots.leader_timeline(
            leaderboard.leader_spells(rankings, ARENA, T2V),
            epoch_breaks=leaderboard.epoch_breaks(rankings, ARENA, T2V),
        ),
        "creator_share_chart": lambda: plots.creator_share_chart(
            leaderboard.creator_share(rankings, ARENA, T2V, top_n=10)
        ),
        "forecast_paths_chart": lambda: plots.forecast_paths_chart(
            market.forecast_paths(forecasts, None, "C").query("region == 'Global'"),
            highlight="ai-video-generator",
        ),
        "growth_fan_chart": lambda: plots.growth_fan_chart(  # two curves: the other fits take seconds
            points, market.consensus_fits(points, 2032, models=("exponential", "logistic"))
        ),
        "vendor_vs_market_chart": lambda: plots.vendor_vs_market_chart(
            market.vendor_vs_market(figures, points), market.calendar_figures(figures)
        ),
        "win_probability_curve": lambda: plots.win_probability_curve(arena.head_to_head(quoted), curve),
        "votes_needed_curve": lambda: plots.votes_needed_curve(curve, gaps, leaderboard.gap_summary(gaps)),
        "rating_intervals_chart": intervals,
        "leader_probability_timeline": lambda: plots.leader_probability_timeline(
            leaderboard.leader_probability_history(rankings, ARENA, T2V, draws=2_000)
        ),
        "quality_vs_price": lambda: plots.quality_vs_price(
            priced["image-to-video"], pick=picks["image-to-video"], pick_label="cheapest near the top"
        ),
        "quality_vs_price_grid": lambda: plots.quality_vs_price_grid(
            priced, pick=picks, pick_label="cheapest near the top"
        ),
        "leaders_with_intervals": lambda: plots.leaders_with_intervals(
            {c: guide.board_top(guide.board_on(rankings, None, category=c), 8) for c in guide.AA_POOLS}
        ),
    }


class _Charts:
    """Chart name -> the finished figure, drawn on first use (a test worker draws only what it checks)."""

    def __init__(self) -> None:
        self._makers: dict[str, Callable[[], Any]] | None = None
        self._drawn: dict[str, Any] = {}
        self._bundles: dict[str, tuple[dict, dict]] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._drawn:
            if self._makers is None:
                self._makers = _makers()
            figure = self._makers[name]()
            # shown as a notebook shows it (PNG and metadata), so laid out exactly as the report has it (the
            # layout is then frozen); the bundle is kept, so the checks need not render the PNG again
            self._bundles[name] = figure._repr_mimebundle_()
            figure.draw_without_rendering()  # text extents measured at the figure's own dpi
            self._drawn[name] = figure
        return self._drawn[name]

    def bundle(self, name: str) -> tuple[dict, dict]:
        """The chart's display bundle (data, metadata), as the notebook received it."""
        self[name]
        return self._bundles[name]


@pytest.fixture(scope="session")
def real_charts() -> _Charts:
    """Each public chart drawn once per session from the project's tables, on first use."""
    return _Charts()
