import pandas as pd

from videomarket import stories


def _forecasts() -> pd.DataFrame:
    return pd.DataFrame({
        "publisher": ["House", "House", "Other", "Unattributed (blog)"],
        "edition": ["A", "A", "1", "unknown"], "report": ["Video market", "Video market", "Film", "AI video"],
        "definition": ["ai-video-generator", "ai-video-generator", "adjacent", "text-to-video"],
        "year": [2032, 2024, 2024, 2030], "value_usd_m": [2560.0, 614.8, 1800.0, 900.0],
        "stated_cagr_pct": [19.5, 19.5, None, 37.1], "evidence": ["D", "D", "C", "D"],
        "source_id": ["gh-x", "gh-x", "web-z", "web-y"],
        "note": ["FBI attribution is an inference", None, None, None]})


def _sources() -> pd.DataFrame:
    return pd.DataFrame({"source_id": ["gh-x", "web-y", "web-z"], "publisher": ["x (GitHub)", "Blog", "Sub"],
                         "url": ["https://github.com/a/b/blob/c/d.md", "https://blog.example/p",
                                 "https://sub.example/q"]})


def test_forecast_sources_table_and_title() -> None:
    table = stories.forecast_sources_table(_forecasts(), _sources())
    assert set(table.columns) == set(stories.FORECAST_SOURCES_TABLE)
    assert table[["publisher", "values", "rate", "grade", "read_on", "inferred"]].values.tolist() == [
        ["House", "2024: USD 614.8M; 2032: USD 2.56B", "19.5% a year (years not given)", "D", "x (GitHub)",
         "yes"],
        ["Other", "2024: USD 1.8B", "not stated", "C", "Sub", "no"],
        ["Unattributed (blog)", "2030: USD 900M", "37.1% a year (years not given)", "D", "Blog",
         "no publisher named"]]
    assert stories.forecast_sources_title(table) == (
        "Of the 3 market forecasts, 1 names no publisher and 1 is credited only by inference; none is above "
        "grade C")


def test_table_titles_state_the_finding() -> None:
    coverage = pd.DataFrame({"downloaded": [61, 26], "archived": [89, 62], "span": [184, 108]})
    assert stories.coverage_table_title(coverage) == (
        "Downloaded boards cover 24% to 33% of each pool's days; counting rebuilt copies, 48% to 57%")
    assert stories.evidence_table_title(pd.DataFrame({"evidence": ["C", "D", "D"]}),
                                        pd.DataFrame({"evidence": ["B", "B", "C"]})) == (
        "No market forecast value reaches grade B; 2 of 3 vendor figures do, none grade A")
    assert stories.gaps_table_title(pd.DataFrame({"pool": ["a"] * 12}), 7) == (
        "12 stretches of 7 days or more without a board of a pool")
    assert stories.changes_table_title(pd.DataFrame({"gap_text": ["about 39", "about 68", "27", "0"]})) == (
        "Of 4 changes of #1, the least closely seen fell in about 68 days without a board")
    assert stories.rebuilt_bases_title(pd.DataFrame({"rebuilt": [130, 72, 6670],
                                                     "total": [305, 227, 17500]})) == (
        "Rebuilt copies make up 32% to 43% of the data, depending on what is counted")


def test_market_uses_name_what_each_page_supports() -> None:
    vendor = pd.DataFrame({"company": ["Runway", "Runway", "Pika"], "source_id": ["web-y", "web-y", "web-q"]})
    assert stories.market_uses(_forecasts(), vendor) == {
        "gh-x": "market forecast: House, 2024–2032",
        "web-q": "vendor figures: Pika",
        "web-y": "market forecast: unattributed (blog), 2030; vendor figures: Runway",
        "web-z": "market forecast: Other, 2024",
    }


def test_market_uses_name_the_exchange_rate_page_on_the_shipped_data() -> None:
    from videomarket import data

    figures, sources = data.load_company_metrics(), data.load_sources()
    uses = stories.market_uses(data.load_forecasts(), figures, sources)
    assert uses["web-reportify-moonshot-fx-2025avg"] == "the CNY-to-USD exchange rate only (CNY 7.14 per USD)"
    assert "web-reportify-moonshot-fx-2025avg" not in stories.market_uses(data.load_forecasts(), figures)


def test_forecast_sources_table_gives_the_implied_growth() -> None:
    table = stories.forecast_sources_table(_forecasts(), _sources())
    assert table["implied"].tolist() == ["19.5% a year (2024–2032)", "one year only", "one year only"]


def test_forecast_rate_check_names_the_mismatches() -> None:
    f = pd.DataFrame({
        "publisher": ["Unattributed (WifiTalents)"] * 2 + ["Grand View Research"] * 4 + ["House"] * 2,
        "edition": ["u", "u", "a", "a", "b", "b", "A", "A"],
        "definition": ["g", "g", "g", "g", "v", "v", "g", "g"],
        "report": ["AI video generation market"] * 2
        + ["AI Video Generator Market (ai-video-generator-market-report)"] * 2
        + ["Artificial Intelligence (AI) Video Market (artificial-intelligence-ai-video-market-report)"] * 2
        + ["Video"] * 2,
        "year": [2023, 2028, 2025, 2033, 2024, 2033, 2024, 2032],
        "value_usd_m": [1500.0, 10000.0, 788.5, 3440.0, 3860.0, 42290.0, 614.8, 2560.0],
        "stated_cagr_pct": [28.5, 28.5, 20.3, 20.3, 32.2, 32.2, 19.5, 19.5],
        "cagr_from": [2024, 2024, None, None, None, None, None, None],
        "cagr_to": [2030, 2030, None, None, None, None, None, None]})
    assert stories.forecast_rate_check(f) == (
        "2 of the 4 stated growth rates that can be checked do not match the growth the forecast's own "
        "values imply (a gap "
        "of more than 1 percentage point): WifiTalents' forecast implies 46.1% a year (2023–2028), against "
        "28.5% "
        "stated for 2024–2030; Grand View Research's Artificial Intelligence (AI) Video Market forecast "
        "implies 30.5% a year (2024–2033), against 32.2% stated for years it does not give.")
    assert stories.forecast_rate_check(f.iloc[6:]) == (
        "Every stated growth rate matches the growth its forecast's own values imply to within 1 percentage "
        "point.")


def test_forecast_region_note_flags_a_mixed_region_series() -> None:
    f = pd.DataFrame({"publisher": ["Market.us"] * 3, "edition": "e", "definition": "film",
                      "report": "AI in Film Market", "region": ["North America", "Global", "Global"],
                      "year": [2023, 2024, 2033], "value_usd_m": [500.0, 1800.0, 14100.0]})
    assert stories.forecast_region_note(f) == (
        "Note: Market.us's AI in Film Market forecast jumps from USD 500M (2023) to USD 1.8B (2024), +260% "
        "in one year, because its 2023 value is for North America only and the others are global; the jump "
        "is not growth.")
    assert stories.forecast_region_note(f.assign(region="Global")) == ""


def test_forecast_table_gives_its_own_date_and_first_to_last_growth() -> None:
    forecasts = pd.DataFrame({"publisher": ["F"] * 3 + ["M"] * 3 + ["L"] * 2,
                              "edition": ["C"] * 3 + ["2025 edition (as quoted)"] * 3 + ["unknown"] * 2,
                              "published": [None] * 6 + ["2024"] * 2, "report": "r", "definition": "d",
                              "region": ["Global"] * 3 + ["North America"] + ["Global"] * 4,
                              "year": [2025, 2026, 2034, 2023, 2024, 2033, 2023, 2033],
                              "value_usd_m": [716.8, 847.0, 3350.0, 100.0, 700.0, 5000.0, 100.0, 1400.0],
                              "stated_cagr_pct": [18.8] * 3 + [25.7] * 3 + [30.0] * 2, "evidence": "C",
                              "source_id": "gh-x", "note": None})
    sources = pd.DataFrame({"source_id": ["gh-x"], "publisher": ["x/y (GitHub)"], "url": ["https://x"]})
    table = stories.forecast_sources_table(forecasts, sources)
    assert table[["dated", "implied", "read_on"]].values.tolist() == [
        ["—", "18.7% a year (2025–2034)", "x/y (GitHub)"],
        ["2025 edition (as quoted): a label, not a date", "24.4% a year (2024–2033)", "x/y (GitHub)"],
        ["2024", "30.2% a year (2023–2033)", "x/y (GitHub)"]]


def test_shipped_forecast_table_labels_agree_with_its_counts() -> None:
    from videomarket import data

    table = stories.forecast_sources_table(data.load_forecasts(), data.load_sources())
    rows = table.set_index("publisher")
    assert rows.loc["Unattributed (figures match MarkNtel Advisors)", "inferred"] == "no publisher named"
    assert rows.loc["Unattributed (LinkedIn newsletter)", "dated"] == "2024 (the quoting page's date)"
    assert rows.loc["Unattributed (LinkedIn newsletter)", "page_dated"] == "2024"
    assert (table["page_dated"] != "—").sum() == 6
    assert rows.loc["Unattributed (WifiTalents)", "rate"] == "28.5% a year (2024–2030)"
    assert stories.forecast_sources_title(table) == (
        "Of the 14 market forecasts, 7 name no publisher and 3 are credited only by inference; none is above "
        "grade C")
