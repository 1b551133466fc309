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
    every name without an applicable row, or with two equally specific ones. One merge, not a filter
    per name: a history of a hundred thousand rows resolves in well under a second.
    """
    table = _with_specificity(aliases)
    table = table[table["arena"] == arena]
    count = len(names)
    query = pd.DataFrame({
        "model_name": pd.Series(list(names), dtype=object).astype(str),
        "query_category": pd.Series(
            list(categories) if categories is not None else [None] * count, dtype=object
        ),
        "query_date": pd.to_datetime(pd.Series(list(dates) if dates is not None else [None] * count,
                                               dtype=object)),
    })
    keys = query.drop_duplicates().reset_index(drop=True)
    keys["key"] = keys.index
    candidates = keys.merge(
        table[["model_name", "model", "category", "valid_from", "valid_to", "specificity"]].astype(
            {"model_name": str}
        ),
        on="model_name",
        how="inner",
    )
    in_pool = candidates["category"].isna() | (
        candidates["query_category"].notna()
        & (candidates["category"].astype(object) == candidates["query_category"])
    )
    undated = candidates["valid_from"].isna() & candidates["valid_to"].isna()
    in_time = (candidates["valid_from"].isna() | (candidates["valid_from"] <= candidates["query_date"])) & (
        candidates["valid_to"].isna() | (candidates["valid_to"] >= candidates["query_date"])
    )
    in_time = undated | (candidates["query_date"].notna() & in_time)
    applies = candidates[in_pool.fillna(False).astype(bool) & in_time.fillna(False).astype(bool)]
    top = applies[applies["specificity"] == applies.groupby("key")["specificity"].transform("max")]
    winners = top.groupby("key").agg(model=("model", "first"), n=("model", "size"))
    keys = keys.join(winners, on="key")
    known = set(table["model_name"].astype(str))
    problems = set()
    for row in keys[keys["n"].ne(1)].itertuples(index=False):
        if row.model_name not in known:
            problems.add(f"no alias row for board name {arena} / {row.model_name!r}")
            continue
        where = f"{arena} / {row.model_name!r}" + (f" in {row.query_category}" if row.query_category else "")
        n = 0 if pd.isna(row.n) else int(row.n)
        where += _on(row.query_date)
        problems.add(f"{n} equally specific alias rows apply to {where}: exactly one must")
    if problems:
        raise AliasError(sorted(problems))
    resolved = query.merge(keys[["model_name", "query_category", "query_date", "model"]], how="left",
                           on=["model_name", "query_category", "query_date"])
    return resolved["model"].astype(str).tolist()


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


def _on(date: object) -> str:
    return "" if date is None or pd.isna(date) else f" on {pd.Timestamp(date).date()}"
