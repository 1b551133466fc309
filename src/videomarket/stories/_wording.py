"""The reader wording of every table the reports show, kept in one data file.

``tables.toml`` beside this module holds, per table, its headers (column -> header), its number
formats (column -> :func:`videomarket.plots.table` kind) and what a blank cell means. Wording is data:
an editor changes a header in one place, and the code that builds the tables does not repeat the
same dict shape sixty times. Each table is read by its name, as a fresh dict (so a caller may edit its
copy):

    >>> from videomarket.stories import _wording as wording
    >>> wording.GAPS_TABLE["pool"]
    'Pool'
    >>> "GAPS_FORMATS" in wording.NAMES
    True
"""

from __future__ import annotations

import tomllib
from importlib.resources import files

__all__ = ["NAMES"]


def _parse(text: str) -> dict[str, dict[str, str]]:
    """The tables of a ``tables.toml`` text; TypeError naming the table and key of a value that is not text.

    >>> _parse('[X_TABLE]\\nmodel = "Model"\\n')
    {'X_TABLE': {'model': 'Model'}}
    """
    try:
        tables = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:  # its message gives the line and column
        raise ValueError(f"stories/tables.toml: {error}") from None
    for name, table in tables.items():
        if not isinstance(table, dict):
            raise TypeError(f"stories/tables.toml: {name!r} is not a table")
        bad = [key for key, value in table.items() if not isinstance(value, str)]
        if bad:
            raise TypeError(f"stories/tables.toml [{name}]: {bad[0]!r} is not text")
    return tables


def _load() -> dict[str, dict[str, str]]:
    return _parse(files("videomarket.stories").joinpath("tables.toml").read_text(encoding="utf-8"))


_WORDING = _load()
#: Every table's name in ``tables.toml``.
NAMES: tuple[str, ...] = tuple(_WORDING)


def __getattr__(name: str) -> dict[str, str]:
    try:
        return dict(_WORDING[name])
    except KeyError:
        raise AttributeError(f"no table wording named {name!r} in stories/tables.toml") from None


def __dir__() -> list[str]:
    return sorted([*globals(), *_WORDING])
