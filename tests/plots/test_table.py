"""plots.table: plain headers, formatted values, "—" for missing, "show all" for long tables, CSV download."""

from __future__ import annotations

import io
import re
import urllib.parse
from html.parser import HTMLParser

import numpy as np
import pandas as pd
import pytest

from videomarket import plots
from videomarket.plots._style import reader_csv


class _Cells(HTMLParser):
    """Header and body cell texts of every <table>, the <summary> text, and each link's href."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[dict[str, list]] = []
        self.summaries: list[str] = []
        self.links: list[dict[str, str]] = []
        self._cell: list[str] | None = None
        self._kind = ""
        self._classes = ""
        self._in_summary = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if tag == "table":
            self.tables.append({"head": [], "rows": [], "classes": []})
        elif tag == "tr" and self.tables:
            self.tables[-1]["rows"].append([])
        elif tag in ("th", "td") and self.tables:
            self._cell, self._kind, self._classes = [], tag, attributes.get("class", "")
        elif tag == "summary":
            self._in_summary = True
            self.summaries.append("")
        elif tag == "a":
            self.links.append(attributes)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("th", "td") and self._cell is not None:
            text = "".join(self._cell).strip()
            table = self.tables[-1]
            if self._kind == "th" and "gt_col_heading" in self._classes:
                table["head"].append(text)
            elif self._kind == "td":
                table["rows"][-1].append(text)
                table["classes"].append(self._classes)
            self._cell = None
        elif tag == "summary":
            self._in_summary = False

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._in_summary:
            self.summaries[-1] += data


def parse(html: str) -> _Cells:
    parser = _Cells()
    parser.feed(html)
    for table in parser.tables:
        table["rows"] = [row for row in table["rows"] if row]
    return parser


def frame(n: int = 3) -> pd.DataFrame:
    return pd.DataFrame({
        "model": [f"Model {i}" for i in range(n)],
        "elo": np.linspace(1247.4, 1200.0, n),
        "implied_cagr_pct": np.linspace(0.123, 0.2, n),
    })


HEADERS = {"model": "Model", "elo": "Rating (points)", "implied_cagr_pct": "Growth a year"}


@pytest.mark.parametrize(
    ("kind", "value", "text"),
    [
        ("int", 2025, "2025"),
        ("int", -3.4, "−3"),
        ("count", 1670250, "1,670,250"),
        ("rating", 1247.4, "1247"),
        ("rating", 1226.6, "1227"),
        ("pct", 0.123, "12%"),
        ("pct", 0.995, "100%"),
        ("pct1", 0.123, "12.3%"),
        ("pct1", -0.05, "−5.0%"),
        ("usd_m", 716.8, "USD 717M"),  # three significant digits
        ("usd_m", 2562.9, "USD 2.56B"),
        ("usd_m", 90.0, "USD 90M"),  # never "USD 90.0M"
        ("usd_m", 788.5, "USD 789M"),  # halves rounded up, as a reader rounds
        ("usd_m", 3.46, "USD 3.46M"),
        ("usd", 0.3, "USD 0.30"),
        ("date", pd.Timestamp("2026-10-06"), "6 Oct 2026"),
        ("date", "2025-12-01", "1 Dec 2025"),
        ("text", "Veo 3", "Veo 3"),
        ("points", 12.0, "+12"),
        ("points", -34.2, "−34"),
        ("points", 0.2, "0"),
        ("num", 0.98635, "0.99"),
        ("num", 1.909091, "1.91"),
        ("num", 12.34, "12.3"),
        ("num", 19339.2, "19,339"),
        ("num1", 1.25, "1.2"),
        ("stated", 716.8, "716.8"),  # a figure as its source states it
        ("stated", 2562.9, "2,562.9"),
        ("stated", 847.0, "847"),  # never "847.0"
        ("stated", -3.5, "−3.5"),
        ("pct_stated", 0.2, "20%"),  # a rate as stated: never "20.0%"
        ("pct_stated", 0.188, "18.8%"),
        ("pct_stated", 0.3278, "32.78%"),
        ("yesno", True, "Yes"),
    ],
)
def test_each_format_kind(kind: str, value: object, text: str) -> None:
    data = pd.DataFrame({"x": [value]}, dtype=object)
    shown = plots.table(data, columns={"x": "Value"}, formats={"x": kind})
    assert shown.cells() == [[text]]
    assert parse(shown.html).tables[0]["rows"] == [[text]]


def test_missing_values_show_a_dash_and_never_nan() -> None:
    table = pd.DataFrame({
        "model": ["a", None, "nan", "<NA>"],
        "elo": [1200.0, np.nan, 1100.0, 1000.0],
        "day": pd.to_datetime(["2026-10-06", None, "2026-10-05", "2026-10-04"]),
        "n": pd.array([1, pd.NA, 3, 4], dtype="Int64"),
    })
    shown = plots.table(table, columns={"model": "Model", "elo": "Rating", "day": "Date", "n": "Boards"},
                        formats={"elo": "rating"})
    assert shown.cells() == [
        ["a", "1200", "6 Oct 2026", "1"],
        ["—", "—", "—", "—"],
        ["—", "1100", "5 Oct 2026", "3"],
        ["—", "1000", "4 Oct 2026", "4"],
    ]
    body = re.sub(r'href="[^"]*"', "", shown.html)  # the CSV link keeps empty cells empty
    for leaked in ("NaN", "nan<", ">nan", "&lt;NA&gt;", "NaT", "None"):
        assert leaked not in body, leaked


def test_only_the_mapped_columns_in_order_with_plain_headers_and_no_index() -> None:
    data = frame().set_index("model", drop=False)  # an index must never become a column
    shown = plots.table(data, columns={"elo": "Rating (points)", "model": "Model"}, formats={"elo": "rating"})
    (table,) = parse(shown.html).tables
    assert table["head"] == ["Rating (points)", "Model"]
    assert table["rows"][0] == ["1247", "Model 0"]
    assert all(len(row) == 2 for row in table["rows"])
    assert shown.headers == ["Rating (points)", "Model"]
    assert shown.data is not data and shown.data.equals(data)


def test_numbers_are_right_aligned_and_text_left() -> None:
    shown = plots.table(frame(1), columns=HEADERS, formats={"elo": "rating", "implied_cagr_pct": "pct"})
    classes = parse(shown.html).tables[0]["classes"]
    assert ["gt_left" in classes[0], "gt_right" in classes[1], "gt_right" in classes[2]] == [True, True, True]


@pytest.mark.parametrize("bad", [{"model": "Model", "elo": "elo_points"}, None])
def test_snake_case_headers_are_refused(bad: dict | None) -> None:
    with pytest.raises(ValueError, match=r"implied_cagr_pct|elo_points|`elo`"):
        plots.table(frame(), columns=bad)


def test_a_column_without_a_plain_header_is_named_in_the_error() -> None:
    with pytest.raises(ValueError, match="column `implied_cagr_pct` has no plain-English header"):
        plots.table(frame())  # no columns given: the raw names would show
    with pytest.raises(ValueError, match="column `0` has no plain-English header"):
        plots.table(pd.DataFrame([[1, 2]]))  # integer column names (an unnamed frame)
    with pytest.raises(ValueError, match=r"no column\(s\) \['nope'\]"):
        plots.table(frame(), columns={"nope": "Nope"})
    with pytest.raises(ValueError, match="unknown format kind"):
        plots.table(frame(), columns=HEADERS, formats={"elo": "percent"})
    with pytest.raises(ValueError, match="not shown"):
        plots.table(frame(), columns={"model": "Model"}, formats={"elo": "rating"})
    plain = plots.table(pd.DataFrame({"Model": ["a"], "Rating": [1.0]}))  # plain names need no mapping
    assert plain.headers == ["Model", "Rating"]


def test_long_tables_show_max_rows_and_the_rest_behind_a_static_details() -> None:
    shown = plots.table(frame(16), columns=HEADERS, formats={"elo": "rating"}, max_rows=12)
    parsed = parse(shown.html)
    first, rest = parsed.tables
    assert len(first["rows"]) == 12 and len(rest["rows"]) == 4
    assert first["head"] == rest["head"] == list(HEADERS.values())
    assert rest["rows"][0][0] == "Model 12"
    assert parsed.summaries == ["Show the other 4 rows"]
    assert shown.html.index("<details") > shown.html.index("Model 11") and "<script" not in shown.html
    ids = re.findall(r'\bid="([^"]+)"', shown.html)
    assert len(ids) == len(set(ids)), "an id appears twice on the page"
    short = plots.table(frame(12), columns=HEADERS, max_rows=12)
    assert "<details" not in short.html and len(parse(short.html).tables) == 1
    nearly = plots.table(frame(15), columns=HEADERS, max_rows=12)  # three rows are not worth folding
    assert "<details" not in nearly.html and len(parse(nearly.html).tables[0]["rows"]) == 15


def test_probabilities_are_never_shown_as_certainties() -> None:
    odds = pd.DataFrame({"Model": list("abcde"), "Chance": [0.9996, 0.896, 0.0951, 0.004, 0.0]})
    cells = plots.table(odds, formats={"Chance": "chance"}).cells()
    assert [row[1] for row in cells] == [">99%", "90%", "10%", "<1%", "<1%"]


def test_wide_tables_scroll_inside_their_box() -> None:
    wide = pd.DataFrame({f"Column number {i}": ["a long value for a wide table"] for i in range(20)})
    shown = plots.table(wide)
    assert re.search(r"overflow-x:\s*auto", shown.html)
    assert ".vm-table{max-width:100%" in shown.html


def test_csv_link_round_trips_every_row_with_the_plain_headers() -> None:
    data = frame(15)
    data.loc[3, "elo"] = np.nan
    shown = plots.table(data, columns=HEADERS, formats={"elo": "rating"}, download="growth by model",
                        title="Growth")
    (link,) = [a for a in parse(shown.html).links if a.get("download")]
    assert link["download"] == "growth-by-model.csv"
    prefix = "data:text/csv;charset=utf-8,"
    assert link["href"].startswith(prefix)
    back = pd.read_csv(io.StringIO(urllib.parse.unquote(link["href"][len(prefix):])))
    expected = data[list(HEADERS)].rename(columns=HEADERS)
    assert list(back.columns) == list(HEADERS.values()) and len(back) == 15  # every row, not just those shown
    pd.testing.assert_frame_equal(back, expected)
    assert "Download data (CSV)" in shown.html
    assert "Download data" not in plots.table(data, columns=HEADERS, download=False).html


def test_title_source_escaping_and_identical_html_for_identical_input() -> None:
    data = pd.DataFrame({"Model": ["<b>bold</b> & co"], "Rating": [1.0]})
    shown = plots.table(data, title="Who leads", source="Artificial Analysis")
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in shown.html and "<b>bold</b>" not in shown.html
    assert "Who leads" in shown.html and "Source: Artificial Analysis" in shown.html
    assert shown._repr_html_() == shown.html == plots.table(data, title="Who leads",
                                                           source="Artificial Analysis").html
    other = plots.table(data.assign(Rating=2.0), title="Who leads")
    assert re.search(r'id="(vm-table-\w+)"', other.html).group(1) != re.search(
        r'id="(vm-table-\w+)"', shown.html).group(1)
    with pytest.raises(ValueError, match="max_rows"):
        plots.table(data, max_rows=0)


def test_whole_numbers_round_halves_the_same_way_as_the_prose() -> None:
    leads = pd.DataFrame({"Pool": list("abcd"), "Median lead": [38.5, 28.5, 9.5, -2.5]})
    cells = plots.table(leads, formats={"Median lead": "rating"}).cells()
    assert [row[1] for row in cells] == ["39", "29", "10", "\u22123"]


def test_csv_gives_shares_and_chances_as_percentages_as_the_page_shows_them() -> None:
    frame = pd.DataFrame({"model": ["a", "b", "c"], "share": [0.1234, 0.5, None], "p": [0.999, 0.001, 0.5]})
    shown = plots.table(frame, columns={"model": "Model", "share": "Share of votes", "p": "Chance (%)"},
                        formats={"share": "pct", "p": "chance"})
    back = pd.read_csv(io.StringIO(shown.csv_text))
    assert list(back.columns) == ["Model", "Share of votes (%)", "Chance (%)"]
    shares = back["Share of votes (%)"]
    assert shares.tolist()[:2] == [12.34, 50.0] and shares.isna().iloc[2]
    assert back["Chance (%)"].tolist() == [99.9, 0.1, 50.0]


def test_a_chance_the_page_shows_as_under_0_1_percent_never_downloads_as_0_or_100() -> None:
    frame = pd.DataFrame({"model": ["a", "b", "c", "d"], "p": [0.99996, 0.00004, 0.0, 1.0]})
    shown = plots.table(frame, columns={"model": "Model", "p": "Chance"}, formats={"p": "chance"})
    back = pd.read_csv(io.StringIO(shown.csv_text))
    assert back["Chance (%)"].tolist() == [99.996, 0.004, 0.0, 100.0]  # only a true 0 or 1 reads 0 or 100
    chart_csv = reader_csv(pd.DataFrame({"model_name": ["a"], "p_leader": [0.00004]}))  # a chart's download
    assert chart_csv.splitlines()[1].endswith(",0.004")


def test_the_download_drops_the_characters_that_only_keep_a_cell_on_one_line() -> None:
    frame = pd.DataFrame({"model": ["a"], "rating": ["1129\u00a0[1118\u2060–\u20601140]"]})
    shown = plots.table(frame, columns={"model": "Model", "rating": "Rating [95% interval]"},
                        formats={"rating": "text"})
    assert shown.csv_text.splitlines()[1] == "a,1129 [1118–1140]"


def test_chart_download_headers_keep_the_capitals_a_caller_wrote() -> None:
    frame = pd.DataFrame({"Q1 pace all year (USD millions)": [514.0], "value_usd_m": [1.0], "odd_name": [2]})
    assert reader_csv(frame).splitlines()[0] == "Q1 pace all year (USD millions),USD millions,Odd name"
