"""Read a CSV against a :class:`~videomarket.data.schemas.TableSpec`: parse, type and check it.

Every problem found is reported at once, each as ``<file>:<line>: column '<name>': <what>``, in one
:class:`~videomarket.data.schemas.DataValidationError`. Line numbers are physical lines of the file
(the header is line 1), so an editor jumps straight to the cell.

Example::

    >>> from pathlib import Path
    >>> from videomarket.data import read_table, schemas
    >>> _ = Path("/tmp/vm-sources.csv").write_text(
    ...     "source_id,url,title,title_en,publisher,published,accessed,licence,evidence,cites_url,note\\n"
    ...     "s1,https://example.com/a,A page,,Example,2026-01,2026-11-24,,C,,\\n")
    >>> read_table(Path("/tmp/vm-sources.csv"), schemas.SOURCES)["published"].tolist()
    ['2026-01']
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from videomarket.data._boardorder import BOARD_COLUMNS, board_order_problems
from videomarket.data.schemas import Column, DataValidationError, TableSpec

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PARTIAL_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_INT_RE = re.compile(r"^[+-]?\d+$")
_TRUE = {"true", "yes", "1"}
_FALSE = {"false", "no", "0"}


def read_table(path: Path, spec: TableSpec, *, today: dt.date | None = None) -> pd.DataFrame:
    """Read ``path`` as table ``spec``: typed columns in the spec's order, every problem reported at once."""
    return read_table_with_lines(path, spec, today=today)[0]


def read_table_with_lines(
    path: Path, spec: TableSpec, *, today: dt.date | None = None
) -> tuple[pd.DataFrame, np.ndarray]:
    """:func:`read_table` and the CSV line of each row (for checks across tables to point at a line).

    A file read before, byte for byte, as the same table on the same day is answered from memory (a
    copy): notebooks, reports and tests load the same tables many times, and parsing and checking the
    17,000-row history is the cost. Errors are never remembered: a broken file is read again.
    """
    path = Path(path)
    today = today or dt.date.today()
    key = _memory_key(path, spec, today)
    if key is not None and key in _READ:
        _READ.move_to_end(key)
        frame, lines = _READ[key]
        return frame.copy(), lines.copy()
    typed, lines = _read_and_check(path, spec, today)
    if key is not None:
        _READ[key] = (typed.copy(), lines.copy())
        while len(_READ) > _READ_KEPT:
            _READ.popitem(last=False)
    return typed, lines


_READ: OrderedDict[tuple[str, bytes, dt.date], tuple[pd.DataFrame, np.ndarray]] = OrderedDict()
_READ_KEPT = 32  # every shipped table and manifest, with room for a notebook's own files


def _memory_key(path: Path, spec: TableSpec, today: dt.date) -> tuple[str, bytes, dt.date] | None:
    """The table, the file's exact bytes (as a digest) and the day; None when the file cannot be read."""
    try:
        content = path.read_bytes()
    except OSError:
        return None  # a missing file or a folder: the reader says so in its own words
    return repr(spec), hashlib.blake2b(content, digest_size=20).digest(), today


def _read_and_check(path: Path, spec: TableSpec, today: dt.date) -> tuple[pd.DataFrame, np.ndarray]:
    cells, lines = _read_cells(path, spec)
    problems: list[str] = []
    typed, lines, key_ids = _parse(cells, spec, lines, path, problems)
    problems += _check_values(typed, spec, lines, path, today)
    if set(spec.names) >= BOARD_COLUMNS:
        problems += board_order_problems(typed, lines, path)
    problems += _duplicate_keys(key_ids, typed, spec, lines, path)
    if problems:
        raise DataValidationError(path, sorted(set(problems), key=_line_of))
    return typed, lines


def read_keys(path: Path, spec: TableSpec) -> set[str]:
    """The distinct values of the table's first key column, without checking the rest of the table."""
    cells, _ = _read_cells(Path(path), spec)
    column = cells[spec.key[0]].to_numpy(dtype=object)
    return {value.strip() for value in pd.unique(column) if isinstance(value, str) and value.strip()}


def _line_of(problem: str) -> tuple[int, str]:
    parts = problem.split(":")
    return (int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0, problem)


def show(value: object) -> str:
    """A cell value as a person would write it in the CSV."""
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return "(empty)"
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, (float, np.floating)):
        return f"{float(value):g}"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    return repr(str(value))


def where(path: Path, line: int, column: str) -> str:
    """The location prefix used in every message: ``file:line: column 'name'``."""
    return f"{Path(path).name}:{line}: column '{column}'"


def _read_cells(path: Path, spec: TableSpec) -> tuple[pd.DataFrame, np.ndarray]:
    if path.is_dir():
        raise DataValidationError(path, [_folder_problem(path, spec)])
    if not path.is_file():
        raise DataValidationError(path, [f"{path.name}: file not found"])
    raw = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
    if not raw or raw.isspace():  # isspace stops at the first other byte; strip would copy the file
        raise DataValidationError(
            path, [f"{path.name}:1: file is empty; expected a header: {','.join(spec.names)}"]
        )
    end = raw.find(b"\n")
    first = raw if end < 0 else raw[:end]
    header = next(csv.reader([_decoded(first, path).removesuffix("\r")]))
    problems = _header_problems(header, spec, path)
    if problems:
        raise DataValidationError(path, problems)
    fast = _plain_cells(raw, header)
    frame, lines = fast if fast is not None else _quoted_cells(_decoded(raw, path), header, path)
    return (frame[spec.names] if len(frame) else _empty(spec)), lines


def _decoded(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise DataValidationError(
            path,
            [f"{path.name}:{line}: not valid UTF-8 (byte {raw[error.start]:#04x}); save the file as UTF-8"],
        ) from None


def _plain_cells(raw: bytes, header: list[str]) -> tuple[pd.DataFrame, np.ndarray] | None:
    """The C parser's reading of a plain file: no quotes, no blank lines, every line one full record.

    Then record ``i`` is on line ``i + 2``. Counting bytes proves it cheaply: the C parser rejects any
    line with too many fields, so if the commas add up to a full count for every line, no line is
    short either. Returns None for any other file (or bytes that are not UTF-8); the exact reader
    below then handles it and names every bad line.
    """
    if b'"' in raw:
        return None
    lines_in_file = raw.count(b"\n") + (0 if raw.endswith(b"\n") else 1)
    try:
        frame = pd.read_csv(io.BytesIO(raw), dtype=object, na_filter=False, encoding="utf-8")
    except (pd.errors.ParserError, UnicodeDecodeError):
        return None
    full = lines_in_file == len(frame) + 1 and raw.count(b",") == lines_in_file * (len(header) - 1)
    if not full or list(frame.columns) != header:
        return None
    return frame, np.arange(2, len(frame) + 2)


def _quoted_cells(text: str, header: list[str], path: Path) -> tuple[pd.DataFrame, np.ndarray]:
    """Read any CSV record by record with its physical line (quoted fields may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    next(reader)
    rows: list[list[str]] = []
    lines: list[int] = []
    problems: list[str] = []
    start = reader.line_num + 1
    for record in reader:
        if record and any(cell.strip() for cell in record):
            if len(record) != len(header):
                problems.append(
                    f"{path.name}:{start}: expected {len(header)} fields, found {len(record)} "
                    "(unquoted comma or missing cell?)"
                )
            else:
                rows.append(record)
                lines.append(start)
        start = reader.line_num + 1
    if problems:
        raise DataValidationError(path, problems)
    frame = pd.DataFrame(rows, columns=header, dtype=object) if rows else pd.DataFrame(columns=header)
    return frame, np.asarray(lines, dtype=int)


def _folder_problem(path: Path, spec: TableSpec) -> str:
    inside = path / f"{spec.name}.csv"
    hint = f"; did you mean {inside}?" if inside.is_file() else f"; pass the path of a {spec.name} CSV file"
    return f"{path.name}: is a folder, not a CSV file{hint}"


def _empty(spec: TableSpec) -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series([], dtype=object) for name in spec.names})


def _header_problems(header: list[str], spec: TableSpec, path: Path) -> list[str]:
    expected = spec.names
    if len(header) == 1 and any(sep in header[0] for sep in (";", "\t", "|")):
        sep = next(s for s in (";", "\t", "|") if s in header[0])
        return [f"{path.name}:1: header is one column split by {sep!r}; this table must be comma-separated"]
    problems = [
        f"{path.name}:1: column '{name}': missing from the header" for name in expected if name not in header
    ]
    problems += [
        f"{path.name}:1: column '{name}': not part of table '{spec.name}'"
        for name in header
        if name not in expected
    ]
    duplicated = {name for name in header if header.count(name) > 1}
    problems += [f"{path.name}:1: column '{name}': appears more than once" for name in sorted(duplicated)]
    return problems


def _parse(
    cells: pd.DataFrame, spec: TableSpec, lines: np.ndarray, path: Path, problems: list[str]
) -> tuple[pd.DataFrame, np.ndarray, list[np.ndarray]]:
    """Typed columns, the lines of the records kept (a row whose every cell is blank is none) and, per
    key column, an integer per row that is equal exactly where the cleaned cells are."""
    # Parse each distinct cell once: dates, ids and names repeat, so a 200,000-row table has a few
    # thousand distinct values per column, and every check below runs on those.
    distinct = {}
    for column in spec.columns:
        codes, uniques = _distinct(cells[column.name])
        values = pd.Series([v.strip() if isinstance(v, str) else v for v in uniques], dtype=object)
        distinct[column.name] = (codes, values, (values.isna() | (values == "")).to_numpy(dtype=bool))
    blank = np.logical_and.reduce([empty[codes] for codes, _, empty in distinct.values()])
    if blank.any():  # a line of separators only, like ",,,"
        distinct = {name: (codes[~blank], values, empty) for name, (codes, values, empty) in distinct.items()}
        lines = lines[~blank]
    typed = {}
    for column in spec.columns:
        codes, values, empty = distinct[column.name]
        parsed, bad = _PARSERS[column.kind](values.where(~empty, None), column)
        if column.required:
            for i in np.flatnonzero(empty[codes]):
                problems.append(f"{where(path, lines[i], column.name)}: value required")
        for i in np.flatnonzero((bad & ~empty)[codes]):
            problems.append(
                f"{where(path, lines[i], column.name)}: {values.iloc[codes[i]]!r} is not "
                f"{_KIND_TEXT[column.kind]}"
            )
        typed[column.name] = parsed.take(codes).reset_index(drop=True)
    # Equal cleaned text (" a" and "a"; every empty cell) gets one id, for the duplicate-key check.
    key_ids = [pd.factorize(distinct[name][1].where(~distinct[name][2], ""))[0][distinct[name][0]]
               for name in spec.key]
    return pd.DataFrame(typed), lines, key_ids


def _duplicate_keys(
    key_ids: list[np.ndarray], frame: pd.DataFrame, spec: TableSpec, lines: np.ndarray, path: Path
) -> list[str]:
    """Every row whose key repeats another row's, found from the per-column ids in integer arithmetic."""
    combined = np.zeros(len(frame), dtype=np.int64)
    for ids in key_ids:  # renumber after each column, so the combined id never overflows
        combined = pd.factorize(combined * (int(ids.max(initial=0)) + 1) + ids)[0]
    repeated = np.bincount(combined, minlength=1)[combined] > 1 if len(frame) else np.zeros(0, dtype=bool)
    column = ",".join(spec.key)
    problems = []
    for row in np.flatnonzero(repeated):
        key = ", ".join(f"{k}={show(frame.iloc[row][k])}" for k in spec.key)
        problems.append(f"{where(path, lines[row], column)}: duplicate key ({key})")
    return problems


def _distinct(cells: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Codes and distinct values of a column of text cells (every cell is text: no missing code)."""
    return pd.factorize(cells.to_numpy(dtype=object))


def _parse_text(values: pd.Series, column: Column) -> tuple[pd.Series, np.ndarray]:
    return values.astype("string"), np.zeros(len(values), dtype=bool)


def _parse_url(values: pd.Series, column: Column) -> tuple[pd.Series, np.ndarray]:
    text = values.astype("string")
    bad = ~text.fillna("https://x").str.match(r"^https://[^\s/]+\.[^\s]+$").to_numpy(dtype=bool)
    return text, bad


def _parse_category(values: pd.Series, column: Column) -> tuple[pd.Series, np.ndarray]:
    allowed = list(column.allowed or ())
    bad = (values.notna() & ~values.isin(allowed)).to_numpy(dtype=bool)
    return pd.Series(pd.Categorical(values.where(~bad, None), categories=allowed)), bad


def _parse_date(values: pd.Series, column: Column) -> tuple[pd.Series, np.ndarray]:
    shaped = values.fillna("2000-01-01").str.match(_DATE_RE.pattern).to_numpy(dtype=bool)
    parsed = pd.to_datetime(values.where(shaped, None), format="%Y-%m-%d", errors="coerce")
    bad = ~shaped | (values.notna().to_numpy() & parsed.isna().to_numpy())
    return parsed.astype("datetime64[ns]"), bad


def _parse_partial_date(values: pd.Series, column: Column) -> tuple[pd.Series, np.ndarray]:
    text = values.astype("string")
    bad = np.array([v is not pd.NA and not _is_partial_date(str(v)) for v in text], dtype=bool)
    return text, bad


def _is_partial_date(value: str) -> bool:
    if not _PARTIAL_DATE_RE.match(value):
        return False
    year, month, day = [*value.split("-"), "01", "01"][:3]
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def _parse_int(values: pd.Series, column: Column) -> tuple[pd.Series, np.ndarray]:
    shaped = values.fillna("0").str.match(_INT_RE.pattern).to_numpy(dtype=bool)
    parsed = pd.to_numeric(values.where(shaped, None), errors="coerce").astype("Int64")
    return parsed, ~shaped


def _parse_float(values: pd.Series, column: Column) -> tuple[pd.Series, np.ndarray]:
    parsed = pd.to_numeric(values, errors="coerce").astype("Float64")
    finite = np.isfinite(parsed.fillna(0).to_numpy(dtype=float))
    bad = (values.notna().to_numpy() & parsed.isna().to_numpy()) | ~finite
    return parsed.where(finite, pd.NA), bad


def _parse_bool(values: pd.Series, column: Column) -> tuple[pd.Series, np.ndarray]:
    lowered = values.str.lower()
    parsed = pd.Series(pd.NA, index=values.index, dtype="boolean")
    parsed[lowered.isin(_TRUE)] = True
    parsed[lowered.isin(_FALSE)] = False
    bad = (values.notna() & parsed.isna()).to_numpy(dtype=bool)
    return parsed, bad


_PARSERS: dict[str, Callable[[pd.Series, Column], tuple[pd.Series, np.ndarray]]] = {
    "str": _parse_text,
    "id": _parse_text,
    "url": _parse_url,
    "category": _parse_category,
    "date": _parse_date,
    "partial_date": _parse_partial_date,
    "int": _parse_int,
    "float": _parse_float,
    "bool": _parse_bool,
}
_KIND_TEXT = {
    "str": "text",
    "id": "an id",
    "url": "an https:// URL",
    "category": "one of the allowed values",
    "date": "a date YYYY-MM-DD",
    "partial_date": "a date YYYY, YYYY-MM or YYYY-MM-DD",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
}


def _check_values(
    frame: pd.DataFrame, spec: TableSpec, lines: np.ndarray, path: Path, today: dt.date
) -> list[str]:
    """Value checks with pandera (ranges, allowed values, patterns, dates not in the future, checks
    across columns); keys are checked by :func:`_duplicate_keys`."""
    import pandera.pandas as pa
    from pandera.errors import SchemaErrors

    checks = {c.name: _column_checks(c, today) for c in spec.columns}
    schema = pa.DataFrameSchema(
        {  # columns without a check are left out: pandera would only scan them for missing values
            name: pa.Column(checks=column_checks, nullable=True, coerce=False)
            for name, column_checks in checks.items()
            if column_checks
        },
        checks=_row_checks(spec, today),
    )
    try:
        schema.validate(frame.reset_index(drop=True), lazy=True)
    except SchemaErrors as errors:
        return _describe_failures(errors.failure_cases, frame, spec, lines, path)
    return []


def _column_checks(column: Column, today: dt.date) -> list:
    import pandera.pandas as pa

    checks = []
    if column.allowed:
        checks.append(
            pa.Check.isin(list(column.allowed), error=f"must be one of {', '.join(column.allowed)}")
        )
    if column.minimum is not None:
        op = pa.Check.gt if column.exclusive_minimum else pa.Check.ge
        relation = ">" if column.exclusive_minimum else ">="
        checks.append(op(column.minimum, error=f"must be {relation} {column.minimum:g}"))
    if column.maximum is not None:
        op = pa.Check.lt if column.exclusive_maximum else pa.Check.le
        relation = "<" if column.exclusive_maximum else "<="
        checks.append(op(column.maximum, error=f"must be {relation} {column.maximum:g}"))
    if column.pattern:
        checks.append(pa.Check.str_matches(column.pattern, error=f"must match {column.pattern}"))
    if column.kind == "date" and "future_if" not in column.extra:  # else a row check (_row_checks)
        checks.append(pa.Check.le(pd.Timestamp(today), error=f"is in the future (after {today})"))
    if column.kind == "partial_date":
        checks.append(
            pa.Check(
                lambda s: s.str.slice(0, 10) <= today.isoformat(),
                element_wise=False,
                error=f"is in the future (after {today})",
            )
        )
    return checks


def _row_checks(spec: TableSpec, today: dt.date) -> list:
    import pandera.pandas as pa

    names = set(spec.names)
    checks = []
    for column in spec.columns:
        if "future_if" in column.extra:  # a future date only where another column allows it
            other, allowed = column.extra["future_if"]
            checks.append(pa.Check(
                lambda d, c=column.name, o=other, a=list(allowed): ~(
                    (d[c] > pd.Timestamp(today)) & ~d[o].astype(object).isin(a)
                ).fillna(False),
                error=f"{column.name} in the future (after {today}), allowed only where {other} is "
                + " or ".join(allowed),
            ))
    if {"ci_low", "elo"} <= names:
        checks.append(pa.Check(lambda d: ~(d["ci_low"] > d["elo"]).fillna(False), error="ci_low > elo"))
        checks.append(pa.Check(lambda d: ~(d["elo"] > d["ci_high"]).fillna(False), error="elo > ci_high"))
    if {"rank", "elo"} <= names:
        checks.append(
            pa.Check(lambda d: d["rank"].notna() | d["elo"].notna(), error="needs an elo or a rank")
        )
    if {"cagr_from", "cagr_to"} <= names:
        checks.append(
            pa.Check(
                lambda d: ~(d["cagr_from"] >= d["cagr_to"]).fillna(False),
                error="cagr_from must be before cagr_to",
            )
        )
    if {"valid_from", "valid_to"} <= names:
        inverted = "valid_from after valid_to"
        checks.append(pa.Check(lambda d: ~(d["valid_from"] > d["valid_to"]).fillna(False), error=inverted))
    if {"start", "end"} <= names:
        checks.append(pa.Check(lambda d: ~(d["start"] > d["end"]).fillna(False), error="start after end"))
    return checks


_ROW_CHECK_COLUMN = {
    "ci_low > elo": "ci_low",
    "elo > ci_high": "ci_high",
    "needs an elo or a rank": "elo",
    "cagr_from must be before cagr_to": "cagr_from",
    "start after end": "end",
    "valid_from after valid_to": "valid_to",
}


def _describe_failures(
    cases: pd.DataFrame, frame: pd.DataFrame, spec: TableSpec, lines: np.ndarray, path: Path
) -> list[str]:
    problems = []
    for case in cases.itertuples(index=False):
        index = case.index
        if index is None or (isinstance(index, float) and np.isnan(index)):
            continue
        row = int(index)
        check = str(case.check)
        if case.schema_context == "DataFrameSchema":  # a check across columns (_row_checks)
            column = _ROW_CHECK_COLUMN.get(check, check.split(" ", 1)[0])
            detail = f"{check} ({_row_values(frame, row, check)})"
        else:
            column = str(case.column)
            detail = f"{show(frame.iloc[row][column])} {check}"
        problems.append(f"{where(path, lines[row], column)}: {detail}")
    return problems


def _row_values(frame: pd.DataFrame, row: int, check: str) -> str:
    words = re.findall(r"[a-z_]+", check)  # the columns the message names, in its order
    names = [n for n in dict.fromkeys(words) if n in frame.columns]
    return ", ".join(f"{n}={show(frame.iloc[row][n])}" for n in names)
