"""Tables for readers: one house style (great-tables, static HTML, no JavaScript) for every displayed table.

:func:`table` turns a DataFrame into a :class:`ReportTable`: plain-English headers (a snake_case header is
refused), every value formatted by a named kind (:data:`FORMATS`), "—" for anything missing, no index
column, at most ``max_rows`` rows on show and the rest behind a static ``<details>`` "Show the other N rows",
wide tables scrolling inside their box, and a "Download data (CSV)" link carrying every row as a
``data:`` URI. The object displays itself in JupyterLab and in the reports (``_repr_html_``); ``.data``
is the DataFrame it was given.

Example::

    >>> import pandas as pd
    >>> from videomarket import plots
    >>> frame = pd.DataFrame({"model": ["Veo 3", "Kling 2.5"], "elo": [1226.4, None],
    ...                       "share": [0.123, 0.5]})
    >>> shown = plots.table(frame, formats={"elo": "rating", "share": "pct"}, download="votes",
    ...                     columns={"model": "Model", "elo": "Rating (points)", "share": "Share of votes"})
    >>> shown.cells()
    [['Veo 3', '1226', '12%'], ['Kling 2.5', '—', '50%']]
    >>> "Download data (CSV)" in shown._repr_html_()
    True
"""

from __future__ import annotations

import hashlib
import html
import math
import re
import urllib.parse
from collections.abc import Callable, Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pandas as pd

from videomarket.plots._style import csv_float, percent_for_download, yes_no
from videomarket.stories import fmt

MISSING = "—"
MINUS = "−"  # U+2212: a real minus sign, as in print
DEFAULT_MAX_ROWS = 12
FOLD_AT_LEAST = 4  # fewer hidden rows than this are shown: a fold for one or two rows only hides them
_MISSING_TEXT = {"", "nan", "NaN", "NaT", "<NA>", "None", "none", "null", "n/a"}
_SNAKE = re.compile(r"_")


def _whole(value: float) -> str:
    # halves away from zero, as the prose does (Python's round() would print 28.5 as 28 but 9.5 as 10)
    whole = Decimal(repr(float(value))).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return str(int(whole)).replace("-", MINUS)


def _signed(value: float, decimals: int = 0) -> str:
    text = f"{abs(value):,.{decimals}f}"
    if float(text.replace(",", "")) == 0:
        return text
    return ("+" if value > 0 else MINUS) + text


def _percent(value: float, decimals: int) -> str:
    # halves up, as the prose (stories.fmt.pct) and a reader rounding a download do
    exact = Decimal(repr(float(value) * 100)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"{exact:,.{decimals}f}%"
    return MINUS + text[1:] if text.startswith("-") else text


def _chance(value: float) -> str:
    # a simulated or bootstrapped probability is never shown as a certainty
    if value >= 0.995:
        return ">99%"
    if value <= 0.005:
        return "<1%"
    return _percent(value, 0)


def _number(value: float) -> str:
    magnitude = abs(value)
    decimals = 0 if magnitude >= 100 else 1 if magnitude >= 10 else 2
    text = f"{value:,.{decimals}f}"
    return MINUS + text[1:] if text.startswith("-") else text


def _date(value: Any) -> str:
    stamp = pd.Timestamp(value)
    return f"{stamp.day} {stamp:%b %Y}"


def _usd(value: float) -> str:
    return f"USD {value:,.2f}"  # a price always with its cents: USD 6.00, USD 12.00, USD 9.90


def _stated(value: float) -> str:
    # a figure as its source gives it: separators, up to two decimals, no trailing zeros (716.8, 2,562.9, 847)
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return MINUS + text[1:] if text.startswith("-") else text


def _yes_no(value: Any) -> str:
    return "Yes" if bool(value) else "No"


# kind -> (formatter of one non-missing value, right-aligned?)
FORMATS: dict[str, tuple[Callable[[Any], str], bool]] = {
    "text": (str, False),
    "int": (lambda v: _whole(float(v)), True),  # whole number, no separators (years, ranks)
    "count": (lambda v: f"{int(_whole(float(v)).replace(MINUS, '-')):,}", True),  # 1,234
    "rating": (lambda v: _whole(float(v)), True),  # whole rating points: 1247
    "points": (lambda v: _signed(float(v)), True),  # signed difference: +12, −34
    "pct": (lambda v: _percent(float(v), 0), True),  # 0.123 -> 12%
    "pct1": (lambda v: _percent(float(v), 1), True),  # 0.123 -> 12.3%
    "chance": (lambda v: _chance(float(v)), True),  # a probability: 0.896 -> 90%, 0.9996 -> >99%, 0 -> <1%
    "pct_stated": (lambda v: _stated(float(v) * 100) + "%", True),  # a rate as stated: 0.2 -> 20%, 18.8%
    "usd_m": (lambda v: fmt.usd_m(float(v)), True),  # USD millions: USD 716.8M, USD 2.56B
    "usd": (lambda v: _usd(float(v)), True),  # plain dollars (prices), with cents: USD 0.30, USD 12.00
    "num": (lambda v: _number(float(v)), True),  # 1,247 / 12.3 / 0.99
    "num1": (lambda v: f"{float(v):,.1f}".replace("-", MINUS), True),
    "num2": (lambda v: f"{float(v):,.2f}".replace("-", MINUS), True),
    "stated": (lambda v: _stated(float(v)), True),  # a figure as stated: 716.8, 2,562.9, 847
    "date": (_date, False),  # 6 Oct 2026
    "yesno": (_yes_no, False),
}


# The house table style, in one place: great-tables options, and the CSS of the parts around the table.
HOUSE_OPTIONS: dict[str, Any] = {
    "table_font_names": ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial",
                         "sans-serif"],
    "table_font_size": "14px",
    "table_font_color": "#1a1a1a",
    "table_width": "auto",
    "table_layout": "auto",
    "table_margin_left": "0px",
    "table_margin_right": "auto",
    "heading_align": "left",
    "heading_title_font_size": "15px",
    "heading_title_font_weight": "bold",
    "column_labels_font_weight": "bold",
    "column_labels_font_size": "13px",
    "column_labels_border_top_color": "#333333",
    "column_labels_border_bottom_color": "#333333",
    "table_border_top_style": "none",
    "table_body_hlines_color": "#E6E6E6",
    "table_body_border_bottom_color": "#333333",
    "data_row_padding": "4px",
    "data_row_padding_horizontal": "8px",
    "column_labels_padding_horizontal": "8px",
    "row_striping_background_color": "#F6F7F9",
    "container_overflow_x": "auto",
    "container_padding_y": "4px",
}
HOUSE_CSS = (
    ".vm-table{max-width:100%;margin:0.6em 0 1.2em;font-family:system-ui,-apple-system,'Segoe UI',"
    "Roboto,Arial,sans-serif}"
    ".vm-table .gt_table{table-layout:auto}"
    ".vm-table .gt_col_heading,.vm-table .gt_row{white-space:normal;min-width:3em;max-width:28em}"
    ".vm-table .gt_right{font-variant-numeric:tabular-nums;text-align:right}"
    ".vm-table details{margin:0.2em 0 0}"
    ".vm-table summary{cursor:pointer;color:#0b5cad;font-size:13px;padding:2px 0}"
    ".vm-table .vm-table-source{color:#555;font-size:12.5px;margin:0.3em 0 0}"
    ".vm-table .vm-downloads{font-size:12.5px;margin:0.2em 0 0}"
    ".vm-table .vm-downloads a{color:#0b5cad}"
    "@media print{.vm-table .vm-downloads,.vm-table summary{display:none}"
    ".vm-table details::details-content{content-visibility:visible;display:block}"
    ".vm-table{overflow:visible;break-inside:auto}}"
)


class ReportTable:
    """A formatted table: ``_repr_html_()`` gives the static HTML, ``.data`` the DataFrame it shows."""

    def __init__(self, data: pd.DataFrame, html_text: str, headers: list[str], cells: list[list[str]],
                 csv_text: str, csv_name: str | None) -> None:
        self.data = data
        self.headers = headers
        self.csv_text = csv_text
        self.csv_name = csv_name
        self._html = html_text
        self._cells = cells

    def _repr_html_(self) -> str:
        return self._html

    @property
    def html(self) -> str:
        """The table's HTML (the same string Jupyter and the reports show)."""
        return self._html

    def cells(self) -> list[list[str]]:
        """Every row as the reader sees it (formatted text), shown and hidden rows alike."""
        return [list(row) for row in self._cells]

    def __repr__(self) -> str:
        shape = f"{len(self._cells)} rows x {len(self.headers)} columns"
        return f"<ReportTable {shape}: {', '.join(self.headers)}>"


def table(
    frame: pd.DataFrame,
    *,
    columns: Mapping[str, str] | None = None,
    formats: Mapping[str, str] | None = None,
    title: str | None = None,
    source: str | None = None,
    max_rows: int = DEFAULT_MAX_ROWS,
    download: str | bool | None = None,
    missing: Mapping[str, str] | None = None,
) -> ReportTable:
    """A reader's table of ``frame`` in the house style (see the module docstring).

    ``columns`` maps column -> plain-English header (only those columns are shown, in that order;
    default: every column, whose names must then already be plain words). ``formats`` maps column ->
    a kind of :data:`FORMATS` (default: from the dtype: whole numbers "count", other numbers "num",
    dates "date", booleans "yesno", the rest "text"; a column named like a year gets "int").
    ``download``: the CSV file name without extension (default: from the title, else "table");
    ``False`` leaves the link out. ``missing`` maps column -> the words a missing value shows there
    ("not listed", "no model"; default "—"), so a dash never has to mean different things; the CSV
    leaves such a cell empty. Raises ValueError for a header with an underscore (or a non-text
    header), an unknown column or format kind, or ``max_rows`` below 1.
    """
    if not isinstance(frame, pd.DataFrame):
        raise ValueError(f"table: expected a DataFrame, got {type(frame).__name__}")
    if not isinstance(max_rows, int) or max_rows < 1:
        raise ValueError(f"table: max_rows must be a whole number >= 1, got {max_rows!r}")
    headers = _headers(frame, columns)
    kinds = _kinds(frame, headers, formats or {})
    shown = list(headers)
    words = dict(missing or {})
    unknown = [c for c in words if c not in headers]
    if unknown:
        raise ValueError(f"table: missing-value words given for column(s) {unknown} that are not shown")
    cells = [[_cell(value, kinds[column], words.get(column, MISSING))
              for column, value in zip(shown, row, strict=True)]
             for row in frame[shown].itertuples(index=False, name=None)]
    csv_text = _csv_text(frame[shown], headers, kinds)
    name = _file_stem(download, title)
    html_text = _render(
        [headers[c] for c in shown], [FORMATS[kinds[c]][1] for c in shown], cells, title=title,
        source=source, max_rows=max_rows, csv_text=csv_text, csv_name=name,
    )
    return ReportTable(frame.copy(), html_text, [headers[c] for c in shown], cells, csv_text, name)


def _headers(frame: pd.DataFrame, columns: Mapping[str, str] | None) -> dict[Any, str]:
    if columns is None:
        chosen: dict[Any, Any] = {column: column for column in frame.columns}
    else:
        if not isinstance(columns, Mapping):
            raise ValueError("table: `columns` must map column names to plain-English headers")
        missing = [c for c in columns if c not in frame.columns]
        if missing:
            raise ValueError(f"table: no column(s) {missing} in the frame (it has {list(frame.columns)})")
        chosen = dict(columns)
    for column, header in chosen.items():
        if not isinstance(header, str) or not header.strip() or _SNAKE.search(header):
            raise ValueError(
                f"table: column `{column}` has no plain-English header (it would show as {header!r}); "
                f"pass columns={{{column!r}: 'Plain words, with the unit'}}"
            )
    return {column: header.strip() for column, header in chosen.items()}


def _kinds(frame: pd.DataFrame, headers: dict[Any, str], formats: Mapping[str, str]) -> dict[Any, str]:
    unknown_columns = [c for c in formats if c not in headers]
    if unknown_columns:
        raise ValueError(f"table: formats given for column(s) {unknown_columns} that are not shown")
    unknown_kinds = sorted({k for k in formats.values() if k not in FORMATS})
    if unknown_kinds:
        raise ValueError(f"table: unknown format kind(s) {unknown_kinds}; known: {', '.join(FORMATS)}")
    return {column: formats.get(column) or _default_kind(frame[column], column) for column in headers}


def _default_kind(series: pd.Series, column: Any) -> str:
    if pd.api.types.is_bool_dtype(series):
        return "yesno"
    if pd.api.types.is_datetime64_any_dtype(series):
        return "date"
    if pd.api.types.is_numeric_dtype(series):
        if "year" in str(column).lower():
            return "int"
        return "count" if pd.api.types.is_integer_dtype(series) else "num"
    return "text"


def is_missing(value: Any) -> bool:
    """True for None, NaN, NaT, pd.NA and the text a missing value turns into ("nan", "<NA>" ...)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str):
        return value.strip() in _MISSING_TEXT
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _cell(value: Any, kind: str, missing: str = MISSING) -> str:
    if is_missing(value):
        return missing
    formatter = FORMATS[kind][0]
    try:
        text = formatter(value)
    except (TypeError, ValueError, OverflowError) as error:
        raise ValueError(f"table: cannot format {value!r} as {kind!r}: {error}") from error
    return text if text.strip() else MISSING


def _file_stem(download: str | bool | None, title: str | None) -> str | None:
    if download is False:
        return None
    base = download if isinstance(download, str) and download.strip() else (title or "table")
    stem = re.sub(r"[^a-z0-9]+", "-", str(base).lower()).strip("-")[:60].strip("-")
    return stem or "table"


_PERCENT_KINDS = {"pct", "pct1", "chance"}


def _csv_text(frame: pd.DataFrame, headers: Mapping[str, str], kinds: Mapping[str, str]) -> str:
    """The CSV a reader downloads: shares and chances as percentages (one decimal, "(%)" in the header,
    as the page shows them), true/false as Yes/No, floats without noise."""
    out = yes_no(frame)
    names = dict(headers)
    for column in [c for c in out.columns if kinds[c] in _PERCENT_KINDS]:
        values = pd.to_numeric(out[column], errors="coerce")
        if values.notna().sum() == out[column].notna().sum():  # only numbers: text cells stay as given
            out[column] = percent_for_download(values)
            names[column] = names[column] if "%" in names[column] else f"{names[column]} (%)"
    for column in out.columns[out.dtypes.eq(object) | out.dtypes.map(pd.api.types.is_string_dtype)]:
        # the page's line-keeping characters (no-break space, word joiner) mean nothing in a spreadsheet
        out[column] = out[column].map(lambda v: v.replace("\u2060", "").replace("\u00a0", " ")
                                      if isinstance(v, str) else v)
    return out.rename(columns=names).to_csv(index=False, lineterminator="\n", float_format=csv_float)


def csv_data_uri(csv_text: str) -> str:
    """A ``data:text/csv`` URI (percent-encoded UTF-8, so ``urllib.parse.unquote`` gives the text back)."""
    return "data:text/csv;charset=utf-8," + urllib.parse.quote(csv_text, safe=",.-_~()*!'/:;@")


def _render(headers: list[str], right: list[bool], cells: list[list[str]], *, title: str | None,
            source: str | None, max_rows: int, csv_text: str, csv_name: str | None) -> str:
    key = hashlib.sha256(repr((title, headers, csv_text)).encode("utf-8")).hexdigest()[:10]
    table_id = f"vm-table-{key}"
    if len(cells) - max_rows < FOLD_AT_LEAST:
        max_rows = len(cells)
    first = _gt_html(headers, right, cells[:max_rows], table_id, title)
    body = first
    rest = cells[max_rows:]
    if rest:
        more = _gt_html(headers, right, rest, table_id, None)
        continuation = more[more.index("<table"): more.rindex("</table>") + len("</table>")]
        # Its header cells would repeat the first table's ids: keep every id unique on the page.
        continuation = continuation.replace(f'id="{table_id}-', f'id="{table_id}-more-')
        continuation = continuation.replace(f'headers="{table_id}-', f'headers="{table_id}-more-')
        details = (f'<details class="vm-more"><summary>Show the other {len(rest):,} rows</summary>\n'
                   f"{continuation}\n</details>\n")
        end = body.rindex("</table>") + len("</table>")
        body = body[:end] + "\n" + details + body[end:]
    parts = [f'<div class="vm-table" data-rows="{len(cells)}">', f"<style>{HOUSE_CSS}</style>", body]
    if source and source.strip():
        text = source.strip() if source.strip().lower().startswith("source") else f"Source: {source.strip()}"
        parts.append(f'<p class="vm-table-source">{html.escape(text)}</p>')
    if csv_name is not None:
        parts.append(
            f'<p class="vm-downloads"><a class="vm-download-csv" download="{html.escape(csv_name)}.csv" '
            f'href="{html.escape(csv_data_uri(csv_text))}">Download data (CSV)</a></p>'
        )
    parts.append("</div>")
    return "\n".join(parts) + "\n"


def _gt_html(headers: list[str], right: list[bool], cells: list[list[str]], table_id: str,
             title: str | None) -> str:
    from great_tables import GT

    # Column keys are positional: two headers may read alike, and the text must not be parsed as a name.
    keys = [f"c{i}" for i in range(len(headers))]
    frame = pd.DataFrame(cells, columns=keys, dtype=object) if cells else pd.DataFrame(columns=keys)
    gt = GT(frame, id=table_id).cols_label(**dict(zip(keys, headers, strict=True)))
    right_keys = [k for k, r in zip(keys, right, strict=True) if r]
    left_keys = [k for k, r in zip(keys, right, strict=True) if not r]
    if right_keys:
        gt = gt.cols_align("right", columns=right_keys)
    if left_keys:
        gt = gt.cols_align("left", columns=left_keys)
    if title:
        from great_tables import html as raw_html

        # Bold whatever the theme: great-tables marks the title cell gt_font_normal.
        gt = gt.tab_header(title=raw_html(f"<strong>{html.escape(title)}</strong>"))
    gt = gt.opt_row_striping().tab_options(**HOUSE_OPTIONS)
    return gt.as_raw_html()
