"""Board names to canonical model ids, through the alias table (``model_aliases.csv``).

An alias row maps a name shown on an arena's board to a model id. It may be limited to one pool
(``category``) and to snapshot days (``valid_from`` / ``valid_to``); where several rows apply, the most
specific wins (a pool counts more than a date bound). Every part of the package resolves names here,
so the build, the model list and ``videomarket refresh`` agree.

Example::

    >>> import pandas as pd
    >>> table = pd.DataFrame({"arena": ["AA", "AA"], "model_name": ["H3", "H3"], "model": ["h3", "h3-768p"],
    ...     "category": [None, "text-to-video"], "valid_from": pd.to_datetime([None, "2026-10-04"]),
    ...     "valid_to": pd.to_datetime([None, None])})
    >>> resolve(table, "AA", ["H3", "H3", "H3"], ["image-to-video", "text-to-video", "text-to-video"],
    ...         pd.to_datetime(["2026-10-05", "2026-09-29", "2026-10-05"]))
    ['h3', 'h3', 'h3-768p']
    >>> general_mapping(table, "AA")
    {'H3': 'h3'}
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd


class AliasError(ValueError):
    """A board name has no alias row, or no single most specific row applies."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


def resolve(
    aliases: pd.DataFrame,
    arena: str,
    names: Sequence[str],
    categories: Sequence[str | None] | None = None,
    dates: Sequence[object] | None = None,
) -> list[str]:
    """Canonical ids for ``names`` shown on ``arena`` boards (in pool ``categories`` on ``dates``).

    Without a pool or a date, only rows not limited to one apply. Raises :class:`AliasError` listing
    every name without an applicable row, or with two equally specific ones.
    """
    table = _with_specificity(aliases)
    on_arena = table[table["arena"] == arena]
    by_name = {name: rows for name, rows in on_arena.groupby("model_name", observed=True)}
    categories = categories if categories is not None else [None] * len(names)
    dates = dates if dates is not None else [None] * len(names)
    models, problems = [], set()
    for name, category, date in zip(names, categories, dates, strict=True):
        rows = by_name.get(name)
        if rows is None:
            problems.add(f"no alias row for board name {arena} / {name!r}")
            models.append("")
            continue
        best = _most_specific(rows, category, date)
        if len(best) != 1:
            where = f"{arena} / {name!r}" + (f" in {category}" if category else "") + _on(date)
            problems.add(f"{len(best)} equally specific alias rows apply to {where}: exactly one must")
            models.append("")
        else:
            models.append(str(best["model"].iloc[0]))
    if problems:
        raise AliasError(sorted(problems))
    return models


def general_mapping(aliases: pd.DataFrame, arena: str) -> dict[str, str]:
    """Name -> id for the rows of ``arena`` not limited to a pool or to dates."""
    table = _with_specificity(aliases)
    general = table[(table["arena"] == arena) & (table["specificity"] == 0)]
    return dict(zip(general["model_name"].astype(str), general["model"].astype(str), strict=True))


def _with_specificity(aliases: pd.DataFrame) -> pd.DataFrame:
    table = aliases.copy()
    for column in ("category", "valid_from", "valid_to"):
        if column not in table.columns:
            table[column] = pd.NA
    table["valid_from"] = pd.to_datetime(table["valid_from"])
    table["valid_to"] = pd.to_datetime(table["valid_to"])
    dated = table["valid_from"].notna() | table["valid_to"].notna()
    table["specificity"] = 2 * table["category"].notna().astype(int) + dated.astype(int)
    return table


def _most_specific(rows: pd.DataFrame, category: str | None, date: object) -> pd.DataFrame:
    in_pool = rows["category"].isna()
    if category:
        in_pool = in_pool | (rows["category"] == category)
    if date is None or pd.isna(date):
        in_time = rows["valid_from"].isna() & rows["valid_to"].isna()
    else:
        stamp = pd.Timestamp(date)
        in_time = (rows["valid_from"].isna() | (rows["valid_from"] <= stamp)) & (
            rows["valid_to"].isna() | (rows["valid_to"] >= stamp)
        )
    applies = rows[in_pool.fillna(False).astype(bool) & in_time]
    return applies[applies["specificity"] == applies["specificity"].max()]


def _on(date: object) -> str:
    return "" if date is None or pd.isna(date) else f" on {pd.Timestamp(date).date()}"
