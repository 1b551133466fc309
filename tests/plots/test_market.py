"""Market charts, tested for what they draw: one line per forecast path on a log axis, grade-D styling,
the fitted band, vendor bars against the forecast, and titles / alt texts that state the finding."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from videomarket import market, plots
from videomarket.market import _vendors as market_vendors
from videomarket.stories import fmt


def _forecast(publisher, edition, definition, year, value, evidence="C", report="R", source="s"):
    return {
        "publisher": publisher,
        "report": report,
        "edition": edition,
        "definition": definition,
        "region": "Global",
        "year": year,
        "value_usd_m": value,
        "evidence": evidence,
        "source_id": source,
        "stated_cagr_pct": np.nan,
        "cagr_from": np.nan,
        "cagr_to": np.nan,
    }


@pytest.fixture(scope="module")
def forecasts() -> pd.DataFrame:
    gen = "ai-video-generator"
    return pd.DataFrame(
        [
            _forecast("FBI", "B", gen, 2025, 716.8, source="fb"),
            _forecast("FBI", "B", gen, 2032, 2562.9, source="fb"),
            _forecast("FBI", "C", gen, 2025, 716.8, source="fc"),
            _forecast("FBI", "C", gen, 2026, 847.0, source="fc"),
            _forecast("FBI", "C", gen, 2034, 3350.0, source="fc"),
            _forecast("GVR", "q", "ai-video-broad", 2024, 3860.0, report="G", source="gb"),
            _forecast("GVR", "q", "ai-video-broad", 2033, 42290.0, report="G", source="gb"),
            _forecast("Blog", "x", gen, 2024, 430.0, "D", report="B", source="bd"),
            _forecast("Blog", "x", gen, 2030, 2340.0, "D", report="B", source="bd"),
        ]
    )


def _lines(fig, prefix: str) -> list:
    return [line for ax in fig.axes for line in ax.get_lines() if (line.get_gid() or "").startswith(prefix)]


def _gids(fig) -> set[str]:
    return {artist.get_gid() for ax in fig.axes for artist in ax.get_children() if artist.get_gid()}


# --- forecast paths -----------------------------------------------------------------------------------------


def test_forecast_paths_chart_draws_one_line_per_edition_on_a_log_axis(forecasts: pd.DataFrame) -> None:
    paths = market.forecast_paths(forecasts)
    fig = plots.forecast_paths_chart(paths, highlight="ai-video-generator", horizon=2032)
    ax = fig.axes[0]
    assert ax.get_yscale() == "log"
    lines = {line.get_gid(): line for line in _lines(fig, "path:")}
    assert set(lines) == {"path:FBI ed. B", "path:FBI ed. C", "path:GVR"}
    assert list(lines["path:FBI ed. C"].get_xdata()) == [2025, 2026, 2034]
    assert list(lines["path:FBI ed. C"].get_ydata()) == [716.8, 847.0, 3350.0]
    # the highlighted definition is bold, the other one lighter
    assert lines["path:FBI ed. B"].get_linewidth() > lines["path:GVR"].get_linewidth()
    assert "horizon" in _gids(fig)
    legend = [text.get_text() for text in ax.get_legend().get_texts()]
    # plain headings and labels: no definition ids, no "ed."; the highlighted market first
    assert legend == ["AI video generators", "FBI, edition B", "FBI, edition C", "Broad AI video", "GVR"]
    assert ax.get_ylabel() == "Market size (USD, log scale)"
    # each forecast its own colour, so overlapping editions stay apart
    colours = [line.get_color() for line in lines.values()]
    assert len(set(colours)) == len(colours)


def test_forecast_paths_chart_names_forecasts_as_told_and_rings_a_shared_point(forecasts) -> None:
    paths = market.forecast_paths(forecasts)
    fig = plots.forecast_paths_chart(paths, highlight="ai-video-generator",
                                     labels={"GVR": "GVR (broad AI video)"}, title="Forecasts grow 19–20%")
    legend = [text.get_text() for text in fig.axes[0].get_legend().get_texts()]
    assert "GVR (broad AI video)" in legend and "FBI, edition B" in legend  # the rest keep their words
    assert fig.title_text == "Forecasts grow 19–20%"
    assert "Source id" not in fig.to_csv().splitlines()[0]  # the download names no internal ids
    ids = sorted(set(paths["source_id"]))
    named = plots.forecast_paths_chart(paths, highlight="ai-video-generator", sources=pd.DataFrame(
        {"source_id": ids, "publisher": [f"Publisher {i}" for i in range(len(ids))]}))
    assert named.data["found_in"].str.startswith("Publisher").all()
    # FBI's editions B and C both state 716.8 for 2025: the point drawn first gets a ring;
    # the subtitle says so
    ring = next(line for line in fig.axes[0].get_lines() if line.get_gid() == "shared:2025")
    assert list(ring.get_ydata()) == [716.8] and ring.get_markerfacecolor() == "none"
    assert "FBI's editions B and C share the 2025 point (ringed, edition B dashed)" in fig.subtitle_text
    # edition B, drawn under C, is dashed and on top so it stays visible; C's inner 2026 value is labelled
    lines = {line.get_gid(): line for line in _lines(fig, "path:")}
    assert lines["path:FBI ed. B"].get_linestyle() == "--" and lines["path:FBI ed. C"].get_linestyle() == "-"
    assert lines["path:FBI ed. B"].get_zorder() > lines["path:FBI ed. C"].get_zorder()
    stated = [t.get_text() for t in fig.axes[0].texts if t.get_gid() == "stated:2026"]
    assert stated == ["USD 847M stated for 2026"]
    # a labelled tick at or below the lowest value (USD 500M under 716.8)
    assert fig.axes[0].get_ylim()[0] <= 500
    assert "steady growth in between" in fig.subtitle_text
    assert fig.source_text == ("Source: analyst market-size reports, quoted second-hand; 3 sources, "
                               "listed under Sources; evidence grade C")
    # the download names markets and forecasts in the chart's words, not ids
    assert list(fig.data.columns[:2]) == ["market", "forecast"]
    assert set(fig.data["market"]) == {"AI video generators", "broad AI video"}
    named = set(fig.data["forecast"])
    assert "GVR (broad AI video)" in named and "FBI ed. B" not in named
    # the alt text names each market once, also when the label's brackets hold another note first
    noted = plots.forecast_paths_chart(paths, highlight="ai-video-generator",
                                       labels={"GVR": "GVR (publisher inferred; broad AI video)"})
    assert "GVR (publisher inferred) (broad AI video):" in noted.alt_text
    assert "(broad AI video) (broad AI video)" not in noted.alt_text
    assert fig.to_csv().startswith("Market,Forecast,Publisher,")


def test_grade_d_paths_are_absent_by_default_and_dotted_when_included(forecasts: pd.DataFrame) -> None:
    default = plots.forecast_paths_chart(market.forecast_paths(forecasts))
    assert "path:Blog" not in {line.get_gid() for line in _lines(default, "path:")}
    assert "unattributed and other weak forecasts left out" in default.subtitle_text
    fig = plots.forecast_paths_chart(market.forecast_paths(forecasts, min_evidence="D"))
    lines = {line.get_gid(): line for line in _lines(fig, "path:")}
    assert lines["path:Blog"].get_linestyle() == ":" and lines["path:Blog"].get_markerfacecolor() == "white"
    assert lines["path:FBI ed. C"].get_linestyle() == "-"
    assert "grade D" in fig.alt_text


def test_forecast_paths_chart_title_and_alt_state_the_spread(forecasts: pd.DataFrame) -> None:
    fig = plots.forecast_paths_chart(market.forecast_paths(forecasts), highlight="ai-video-generator")
    assert fig.title_text == (
        "Forecasts for AI video generators end at USD 2.56B to USD 3.35B (2032–2034); "
        "forecasts for other markets reach USD 42.3B"
    )
    assert "FBI, edition C (AI video generators): USD 717M in 2025 to USD 3.35B in 2034" in fig.alt_text
    texts = " ".join([fig.title_text, fig.subtitle_text, fig.alt_text])
    assert "ai-video" not in texts and "'" not in fig.title_text
    assert fig.source_text.startswith("Source:") and "3 sources" in fig.source_text


def test_forecast_paths_chart_refuses_an_empty_table(forecasts: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="forecast_paths"):
        plots.forecast_paths_chart(market.forecast_paths(forecasts).iloc[0:0])


# --- fan chart ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def logistic_points() -> pd.DataFrame:
    t = np.arange(10.0)
    values = 3000 / (1 + np.exp(-0.6 * (t - 5))) * (1 + 0.02 * np.cos(3 * t))
    return pd.DataFrame(
        {
            "year": 2024 + t,
            "value_usd_m": values,
            "n_values": [2] + [1] * 9,
            "low": values - np.array([50.0] + [0.0] * 9),
            "high": values,
            "source_ids": "a; b",
        }
    )


def test_growth_fan_chart_draws_band_line_points_and_other_fits(logistic_points: pd.DataFrame) -> None:
    fits = market.consensus_fits(logistic_points, 2036, models=("exponential", "logistic"))
    fig = plots.growth_fan_chart(logistic_points, fits)
    gids = _gids(fig)
    assert {"band:logistic", "fit:logistic", "fit:exponential", "points", "range", "horizon"} <= gids
    band = next(a for a in fig.axes[0].get_children() if a.get_gid() == "band:logistic")
    vertices = band.get_paths()[0].vertices
    assert vertices[:, 0].max() == pytest.approx(2036) and vertices[:, 0].min() == pytest.approx(2024)
    fit_line = next(line for line in _lines(fig, "fit:logistic"))
    assert fit_line.get_xdata()[-1] == pytest.approx(2036)
    row = fits.converged.set_index("model").loc["logistic"]
    assert fmt.usd_m(row["value"]) in fig.alt_text and "logistic" in fig.title_text
    assert "95% interval" in fig.alt_text


def test_growth_fan_chart_can_show_a_chosen_model_and_refuses_unfitted_ones(logistic_points) -> None:
    fits = market.consensus_fits(logistic_points, 2036, models=("exponential", "logistic", "richards"))
    fig = plots.growth_fan_chart(logistic_points, fits, model="exponential")
    assert "band:exponential" in _gids(fig) and "band:logistic" not in _gids(fig)
    with pytest.raises(ValueError, match="was not fitted"):
        plots.growth_fan_chart(logistic_points, fits, model="bass")


def test_growth_fan_chart_with_no_fit_shows_points_and_says_so() -> None:
    points = pd.DataFrame(
        {
            "year": [2024, 2033],
            "value_usd_m": [3860.0, 42290.0],
            "n_values": [1, 1],
            "low": [3860.0, 42290.0],
            "high": [3860.0, 42290.0],
            "source_ids": ["g", "g"],
        }
    )
    fits = market.consensus_fits(points, 2032, models=("exponential",))
    fig = plots.growth_fan_chart(points, fits)
    assert fig.title_text == "No growth curve could be fitted to 2 consensus points"
    assert "points" in _gids(fig) and not any(g.startswith("band:") for g in _gids(fig))
    assert "exponential not fitted: the exponential model has 2 parameters but only 2 points" in fig.alt_text


# --- vendors against the market -----------------------------------------------------------------------------


def test_vendor_vs_market_chart_draws_the_floor_its_labels_describe() -> None:
    figures = pd.DataFrame(
        {
            "company": ["Kling", "Kling", "Runway", "Synthesia", "HeyGen"],
            "year": [2025, 2025, 2025, 2025, 2023],
            "period": ["2025-Q1", "2025-Q2", "2025-06", "2025-04", "2023-11"],
            "basis": ["revenue", "revenue", "annualized", "annualized", "annualized"],
            "period_end": pd.to_datetime(["2025-03-31", "2025-06-30", "2025-06-30", "2025-04-30",
                                          "2023-11-30"]),
            "value_usd_m": [21.0, 35.0, 90.0, 100.0, 18.0],
            "counted": [True] * 5,
            "source_id": ["k", "k", "r", "s", "h"],
            "evidence": ["B"] * 5,
        }
    )
    points = pd.DataFrame({"year": [2025], "value_usd_m": [752.65], "low": [716.8], "high": [788.5],
                           "n_values": [3], "n_publishers": [2], "source_ids": ["fb; gv"]})
    comparison = market_vendors.vendor_vs_market(figures, points)
    converted = market.calendar_figures(figures)
    fig = plots.vendor_vs_market_chart(comparison, converted)
    ax = fig.axes[0]
    bars = {patch.get_gid(): patch for patch in ax.patches if patch.get_gid()}
    assert bars["bar:revenue:Kling:2025"].get_height() == pytest.approx(56.0)
    assert not any(gid.endswith(":2023") for gid in bars)  # no forecast for 2023: not drawn by default
    # the run-rate bars are the floor of the calendar-revenue range, stacked by company
    annual = comparison.set_index(["year", "basis"]).loc[(2025, "annualized")]
    runway, synthesia = bars["bar:annualized:Runway:2025"], bars["bar:annualized:Synthesia:2025"]
    assert runway.get_height() + synthesia.get_height() == pytest.approx(annual["calendar_low_usd_m"])
    assert synthesia.get_y() == pytest.approx(runway.get_height())
    assert synthesia.get_hatch() == "///" and not bars["bar:revenue:Kling:2025"].get_hatch()
    high = next(line for line in ax.lines if line.get_gid() == "range:annualized:2025")  # a marker
    assert list(high.get_ydata()) == pytest.approx([annual["calendar_high_usd_m"]])
    assert high.get_marker() == "D" and high.get_linestyle() == "None"
    assert bars["bar:revenue:Kling:2025"].get_linestyle() == "--"  # part of the year: outlined
    # each label says in words what its bar is: the floor over the highest and the lowest forecast, beside
    # the bar (right of the run-rate bar, left of the revenue bar), never on it
    labels = {t.get_text(): t for t in ax.texts if t.get_gid() == "share"}
    low, high = annual["calendar_low_usd_m"] / 788.5, annual["calendar_low_usd_m"] / 716.8
    expected = f"{fmt.pct(low, 0)}–{fmt.pct(high, 0)}\nof the\nforecasts"  # narrow: never over a bar
    assert expected in labels and "≥" not in " ".join(labels) and "at least" not in " ".join(labels)
    assert "7%–8%\nof the\nforecasts\n(Q1–Q2 only)" in labels  # revenue of part of the year says so
    assert labels[expected].xy[0] == pytest.approx(2025 + 0.36)  # the run-rate bar's right edge
    assert labels[expected].get_ha() == "left"
    forecasts = [c for c in ax.collections if c.get_gid() == "market:2025"]
    assert sorted(c.get_segments()[0][0][1] for c in forecasts) == pytest.approx([716.8, 788.5])
    texts = {text.get_text() for text in ax.texts}
    assert "forecasts: USD 717M–789M" in texts  # both ends to the same precision
    assert fig.title_text == (f"At their stated pace all of 2025, two vendors alone would earn "
                              f"{fmt.pct(low, 0)}–{fmt.pct(high, 0)} of the forecasts")
    assert ax.get_ylabel() == "Revenue or yearly pace (USD)"  # the ticks carry the unit: "USD 200M"
    assert "Runway USD 90M" in fig.alt_text and "90.0" not in fig.alt_text
    # solid bars are named in the subtitle: a one-colour swatch would stand for no bar (round 19)
    assert "Revenue reported (solid)" not in [h.get_label() for h in ax.get_legend().legend_handles]
    assert "(solid: revenue reported)" in fig.subtitle_text
    assert ax.get_legend().get_bbox_to_anchor().y0 < ax.get_window_extent().y0  # below the plot
    assert not [line for line in ax.get_lines() if str(line.get_gid()).startswith("reported:")]  # no diamonds
    assert "whisker: the value if each vendor's pace tripled a year" in fig.subtitle_text
    # the sources of the bars and of the forecasts drawn beside them
    assert fig.source_text.endswith("quoted second-hand; 5 sources, listed under Sources; evidence grade B")
    legend = " ".join(t.get_text() for t in ax.get_legend().get_texts())
    assert "consensus" not in legend and "consensus" not in fig.alt_text
    assert "Kling" in legend and "Run-rate or ARR, at its stated pace all year" in legend
    assert "If each vendor's pace tripled a year" in legend and "highest calendar" not in legend
    assert not any(word in legend for word in ("colour:", "hatched:", "whisker:", "plain:"))  # plain labels
    # vendors never take the forecast chart's colours: a colour means one thing across the two charts
    from videomarket.plots._style import SERIES_COLORS

    assert not {p.get_facecolor()[:3] for p in bars.values()} & {
        tuple(int(c[i:i + 2], 16) / 255 for i in (1, 3, 5)) for c in SERIES_COLORS[:6]}
    # a slot column splits one basis into two bars: Synthesia's run-rate stands on the left, alone
    placed = plots.vendor_vs_market_chart(
        pd.concat([comparison.assign(slot="right"), comparison[comparison["basis"] == "annualized"].assign(
            slot="left", calendar_low_usd_m=100.0, calendar_high_usd_m=100.0)], ignore_index=True),
        converted.assign(slot=["left" if c == "Synthesia" else "right" for c in converted["company"]]))
    moved = {p.get_gid(): p for p in placed.axes[0].patches if p.get_gid()}
    synthesia_x, runway_x = (moved[f"bar:annualized:{c}:2025"].get_x() for c in ("Synthesia", "Runway"))
    assert synthesia_x < 2025 <= runway_x
    # the download's money columns say their unit
    header = fig.to_csv().splitlines()[0]
    assert header.startswith("Row,Company,Year,Figures,Period,USD millions,Calendar revenue at the stated "
                             "pace all year (USD millions)")
    assert "Lowest forecast (USD millions)" in header and "usd m" not in header
    assert "Source id" not in header and ",2025 Q1," in fig.to_csv()  # no internal ids; plain quarters
    rows = {line.split(",")[0] for line in fig.to_csv().splitlines()[1:]}
    assert rows <= {"one vendor's figure", "sum of the vendors that year"}  # plain row words (r84 #5)
    named = plots.vendor_vs_market_chart(comparison, converted, sources=pd.DataFrame(
        {"source_id": ["k", "r", "s", "h"], "publisher": ["Ebrun", "36Kr", "Sifted", "Forbes"]}))
    assert "Read in" in named.to_csv().splitlines()[0] and ",Ebrun" in named.to_csv()
    shares = named.data.dropna(subset=["floor_share_low"])["floor_share_low"]
    assert (shares > 1).all()  # shares as 0-100, as the header's (%) says
    every = plots.vendor_vs_market_chart(comparison, converted, years_without_forecast=True)
    heygen = {p.get_gid(): p for p in every.axes[0].patches}["bar:annualized:HeyGen:2023"]
    assert heygen.get_height() < 18.0  # a November ARR: the calendar year earns less than the 18 reported


def test_vendor_vs_market_chart_refuses_an_empty_comparison() -> None:
    empty = pd.DataFrame(
        columns=["year", "basis", "vendor_total_usd_m", "calendar_low_usd_m", "calendar_high_usd_m",
                 "market_usd_m", "market_low", "market_high", "floor_share_low", "floor_share_high"]
    )
    with pytest.raises(ValueError, match="nothing to draw"):
        plots.vendor_vs_market_chart(empty, pd.DataFrame(columns=["company", "counted",
                                                                  "calendar_low_usd_m"]))
    with pytest.raises(ValueError, match="comparison lacks `calendar_low_usd_m`"):
        plots.vendor_vs_market_chart(empty.drop(columns="calendar_low_usd_m"), pd.DataFrame())


def test_editions_named_by_their_years_are_joined_under_one_publisher() -> None:
    from videomarket.plots import _market as market_plots

    names = ["FBI's 2025–2032 edition (the quote)", "FBI's 2025–2034 edition"]
    assert market_plots._joined_editions(names) == "FBI's 2025–2032 edition (the quote) and 2025–2034 edition"
    assert market_plots._edition_only(names[0]) == "the 2025–2032 edition (the quote)"
    assert market_plots._joined_editions(["FBI, edition B", "FBI, edition C"]) == "FBI's editions B and C"
    assert market_plots._edition_only("GVR") == "GVR"


def test_csv_names_an_archived_github_file_as_the_page_tables_do_then_as_sources_does() -> None:
    """Review r68 #12: a CSV user can match the page's 'GitHub page on e-commerce AI' to the Sources list."""
    from videomarket import data
    from videomarket.plots._market_vendors import source_names

    sources = data.load_sources()
    assert source_names("gh-kangise-a7-visual-content-zh", sources) == (
        "GitHub page on e-commerce AI (kangise/ecommerce-ai-roadmap, GitHub)")
    web = sources[~sources["url"].astype(str).str.contains("github.com")].iloc[0]
    assert source_names(web["source_id"], sources) == str(web["publisher"])
