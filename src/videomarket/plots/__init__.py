"""Charts and tables for the reports, all in one house style (see :mod:`videomarket.plots._style`).

Every chart function returns a :class:`~videomarket.plots._style.ReportFigure` (title stating the
finding, source line, alt text, ``.data``: the table it drew, offered as a CSV download in the reports)
and never calls ``plt.show()``; the last expression of a notebook cell shows it once. :func:`table`
shows a DataFrame as a reader's table (great-tables: plain headers, formatted numbers, "—" for missing,
"show all" for long tables, a CSV download). Importing this package is light: matplotlib and
great-tables are imported inside the functions.

Example::

    >>> from videomarket import plots
    >>> fig, ax = plots.new_figure()
    >>> fig = plots.finish(fig, title="Nothing yet", source="none", alt="An empty chart.")
    >>> fig.to_png_bytes()[:4]
    b'\\x89PNG'
"""

from __future__ import annotations

from videomarket.plots._coverage import coverage_chart
from videomarket.plots._leaderboard import bump_chart, model_colors, rating_trajectories
from videomarket.plots._leaderboard_bars import creator_share_chart, leader_timeline
from videomarket.plots._market import forecast_paths_chart, growth_fan_chart
from videomarket.plots._market_vendors import vendor_vs_market_chart
from videomarket.plots._ratings import rating_intervals_chart, votes_needed_curve, win_probability_curve
from videomarket.plots._ratings_timeline import leader_probability_timeline
from videomarket.plots._style import (
    PALETTE,
    creator_color,
    creator_style,
    finish,
    house_style,
    new_figure,
    normalise_creator,
    series_colors,
)
from videomarket.plots._table import ReportTable, table
from videomarket.plots._value import quality_vs_price, quality_vs_price_grid
from videomarket.plots._value_intervals import leaders_with_intervals

__all__ = [
    "PALETTE",
    "ReportTable",
    "bump_chart",
    "coverage_chart",
    "creator_color",
    "creator_share_chart",
    "creator_style",
    "finish",
    "forecast_paths_chart",
    "growth_fan_chart",
    "house_style",
    "leader_probability_timeline",
    "leader_timeline",
    "leaders_with_intervals",
    "model_colors",
    "new_figure",
    "normalise_creator",
    "quality_vs_price",
    "quality_vs_price_grid",
    "rating_intervals_chart",
    "rating_trajectories",
    "series_colors",
    "table",
    "vendor_vs_market_chart",
    "votes_needed_curve",
    "win_probability_curve",
]
