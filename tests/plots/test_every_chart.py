"""What every chart owes a reader, checked on each public chart drawn from the project's own tables
(fixture ``real_charts`` in conftest.py): the data it drew travels with it as CSV, text is at least 9 pt
at the report's page width, direct labels never overlap, at most 8 labelled series per panel, distinct
series never share a colour, and the P(beats runner-up) line is never hidden under the P(#1) line."""

from __future__ import annotations

import io
from typing import Any

import pandas as pd
import pytest

from videomarket import plots
from videomarket.plots._style import MAX_HIGHLIGHTED, MIN_TEXT_PT, PAGE_WIDTH_IN

CHARTS = [
    "coverage_chart", "bump_chart", "rating_trajectories", "leader_timeline", "creator_share_chart",
    "forecast_paths_chart", "growth_fan_chart", "vendor_vs_market_chart", "win_probability_curve",
    "votes_needed_curve", "rating_intervals_chart", "leader_probability_timeline", "quality_vs_price",
    "quality_vs_price_grid", "leaders_with_intervals",
]
HELPERS = {"PALETTE", "ReportTable", "creator_color", "creator_style", "finish", "house_style",
           "model_colors", "new_figure", "normalise_creator", "series_colors", "table"}


def test_every_public_chart_is_checked() -> None:
    assert set(plots.__all__) - HELPERS == set(CHARTS)


def _drawn(fig: Any) -> Any:
    return fig  # real_charts lays each figure out as the report shows it, once


@pytest.mark.parametrize("name", CHARTS)
def test_chart_meets_the_house_rules(real_charts: dict, name: str) -> None:
    """One test per chart (so a test worker draws only its own charts), every rule checked."""
    check_data_travels_as_csv(real_charts, name)
    check_text_is_at_least_9_pt(real_charts, name)
    check_no_text_is_cut_off(real_charts, name)
    check_direct_labels(real_charts, name)


def check_data_travels_as_csv(real_charts: dict, name: str) -> None:
    fig = real_charts[name]
    assert isinstance(fig.data, pd.DataFrame) and len(fig.data) > 0 and len(fig.data.columns) >= 2
    data, metadata = real_charts.bundle(name)
    assert data["image/png"].startswith(b"\x89PNG\r\n\x1a\n")
    csv_text = metadata["videomarket"]["csv"]
    back = pd.read_csv(io.StringIO(csv_text))
    named = {"model", "model_name"} <= set(fig.data.columns)  # then the id is left out, the name kept
    relabelled = "Developer as the board labels it" in back.columns  # a board's label kept beside its parent
    assert len(back.columns) == len(fig.data.columns) - named + relabelled and len(back) == len(fig.data)
    assert not [c for c in back.columns if "_" in c], "the download's headers are plain words"
    assert not named or "Model id" not in back.columns
    assert metadata["image/png"]["alt"] == fig.alt_text
    assert metadata["image/png"]["width"] == round(fig.get_size_inches()[0] * 96)


def check_text_is_at_least_9_pt(real_charts: dict, name: str) -> None:
    from matplotlib.text import Text

    fig = _drawn(real_charts[name])
    scale = min(1.0, PAGE_WIDTH_IN / float(fig.get_size_inches()[0]))
    small = sorted({
        (round(text.get_fontsize() * scale, 1), text.get_text()[:40])
        for text in fig.findobj(Text)
        if text.get_visible() and text.get_text().strip() and text.get_fontsize() * scale < MIN_TEXT_PT - 1e-9
        and (text.axes is None or text.axes.get_visible())
    })
    assert not small, f"{name}: text below {MIN_TEXT_PT:g} pt at a {PAGE_WIDTH_IN:g}-inch page: {small[:8]}"


def check_no_text_is_cut_off(real_charts: dict, name: str) -> None:
    from matplotlib.text import Text

    fig = _drawn(real_charts[name])
    width, height = fig.bbox.width, fig.bbox.height
    tick_labels = {id(t) for ax in fig.axes for axis in (ax.xaxis, ax.yaxis)
                   for t in [*axis.get_ticklabels(which="both"),
                             *axis.get_ticklabels(which="both", minor=True)]}
    drawn_ticks = [tick for ax in fig.axes if ax.get_visible() for axis in (ax.xaxis, ax.yaxis)
                   for tick in axis._update_ticks()]  # only the ticks inside the view are drawn
    texts = [t for t in fig.findobj(Text) if id(t) not in tick_labels]
    texts += [label for tick in drawn_ticks for label in (tick.label1, tick.label2) if label.get_visible()]
    outside = []
    for text in texts:
        hidden = text.axes is not None and not text.axes.get_visible()
        if not (text.get_visible() and text.get_text().strip()) or hidden:
            continue
        box = text.get_window_extent()
        if box.x0 < -1 or box.x1 > width + 1 or box.y0 < -1 or box.y1 > height + 1:
            outside.append(text.get_text()[:40])
    assert not outside, f"{name}: text runs off the figure: {outside}"


def _label_texts(ax: Any) -> list[Any]:
    return [t for t in ax.texts if t.get_visible() and ((t.get_gid() or "") == "label"
                                                        or (t.get_gid() or "").startswith("frontier-label:"))]


def check_direct_labels(real_charts: dict, name: str) -> None:
    """Direct labels never overlap; at most 8 labelled series per panel."""
    fig = _drawn(real_charts[name])
    for ax in fig.axes:
        labels = _label_texts(ax)
        if name in ("bump_chart", "rating_trajectories"):
            assert len(labels) <= MAX_HIGHLIGHTED, f"{name}: {len(labels)} labelled lines in one panel"
        boxes = [(t.get_text(), t.get_window_extent()) for t in labels]
        clashes = [(a, b) for i, (a, box_a) in enumerate(boxes) for b, box_b in boxes[i + 1:]
                   if box_a.x0 < box_b.x1 and box_b.x0 < box_a.x1
                   and box_a.y0 < box_b.y1 and box_b.y0 < box_a.y1]
        assert not clashes, f"{name}: overlapping labels {clashes[:3]}"


def test_bump_chart_colours_at_most_8_models_each_its_own_colour(real_charts: dict) -> None:
    from videomarket.plots._style import MUTED_COLOR

    fig = real_charts["bump_chart"]
    colours: dict[str, str] = {}
    for ax in fig.axes:
        for line in ax.get_lines():
            gid = line.get_gid() or ""
            if gid.startswith("points:") and line.get_color() != MUTED_COLOR:
                colours[gid.split(":", 1)[1]] = line.get_color()
    assert 2 <= len(colours) <= MAX_HIGHLIGHTED
    assert len(set(colours.values())) == len(colours), f"two highlighted models share a colour: {colours}"
    grey = {(line.get_gid() or "").split(":", 1)[1] for ax in fig.axes for line in ax.get_lines()
            if (line.get_gid() or "").startswith("points:") and line.get_color() == MUTED_COLOR}
    assert grey, "the real history has more models than can be highlighted: the rest are grey context"


@pytest.mark.parametrize("name", ["rating_trajectories", "creator_share_chart", "leader_timeline",
                                  "vendor_vs_market_chart"])
def test_distinct_series_get_distinct_colours(real_charts: dict, name: str) -> None:
    fig = real_charts[name]
    ax = fig.axes[0]
    if name == "rating_trajectories":
        by_series = {
            (line.get_gid() or "").split(":", 1)[1]: line.get_color()
            for a in fig.axes for line in a.get_lines() if (line.get_gid() or "").startswith("points:")
        }
    elif name == "creator_share_chart":
        by_series = {c.get_label(): c.patches[0].get_facecolor()[:3] for c in ax.containers
                     if c.get_label() != "Other developers"}
    elif name == "leader_timeline":  # the bars' key shows textures; colours are keyed in the other legend
        from matplotlib.legend import Legend

        keys = [lg for lg in ax.get_children() if isinstance(lg, Legend) and lg is not ax.get_legend()]
        by_series = {t.get_text(): h.get_facecolor()[:3] for lg in keys
                     for t, h in zip(lg.get_texts(), lg.legend_handles, strict=True)}
        assert len(by_series) >= 2  # colour encodes the model or developer, so a legend names them
    else:
        by_series = {}
        for patch in ax.patches:
            gid = patch.get_gid() or ""
            if gid.startswith("bar:"):
                by_series[gid.split(":")[2]] = patch.get_facecolor()[:3]
    assert len(set(map(str, by_series.values()))) == len(by_series), f"{name}: shared colours {by_series}"


def test_grid_of_value_charts_has_a_legend(real_charts: dict) -> None:
    fig = real_charts["quality_vs_price_grid"]
    assert len(fig.legends) == 1 and len(fig.legends[0].get_texts()) >= 4


def test_runner_up_line_is_drawn_above_the_leader_line_and_dashed(real_charts: dict) -> None:
    fig = real_charts["leader_probability_timeline"]
    leader = [line for line in fig.axes[0].get_lines() if (line.get_gid() or "").startswith("p_leader:")]
    runner = [line for line in fig.axes[0].get_lines() if (line.get_gid() or "").startswith("p_runner_up:")]
    assert leader and runner
    assert min(r.get_zorder() for r in runner) > max(line.get_zorder() for line in leader)
    assert all(r.get_linestyle() not in ("-", "solid") for r in runner)
    assert all(r.get_linewidth() < line.get_linewidth() for r in runner for line in leader)  # both show
    assert runner[0].get_color() != leader[0].get_color()
