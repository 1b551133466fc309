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

import re
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


_ID_LIKE = re.compile(r"^[a-z][a-z0-9.]*(-[a-z0-9.]+)+$")
_DATED = re.compile(r"^([A-Za-z]+)(\d[\d.]*)-(\d{6})$")
READABLE_ARENAS = ("Artificial Analysis",)  # LMArena lists every model by id: its reports name them there


def readable_name(name: object) -> object:
    """The name to show a reader for a board entry whose copy gives an id instead of a display name.

    Hyphens become spaces and words are capitalised; a space goes between a name and its version
    (the date code after it is kept). Display names, NA and anything else are returned unchanged,
    so it is idempotent.

    >>> readable_name("grok-imagine-video"), readable_name("Wan2.7-260612"), readable_name("HappyHorse-1.1")
    ('Grok Imagine Video', 'Wan 2.7-260612', 'HappyHorse-1.1')
    >>> readable_name("LTX-2.3 Fast"), readable_name("grok-imagine-video-1.5"), readable_name("Veo 3")
    ('LTX-2.3 Fast', 'Grok Imagine Video 1.5', 'Veo 3')
    """
    if not isinstance(name, str):
        return name
    if _ID_LIKE.match(name):
        return " ".join(word[:1].upper() + word[1:] for word in name.split("-"))
    if match := _DATED.match(name):
        return f"{match.group(1)} {match.group(2)}-{match.group(3)}"
    return name


def readable_names(rankings: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``rankings`` whose Artificial Analysis entries listed by id carry a readable name.

    Only ``model_name`` changes (the canonical ``model`` id and every value stay), so reports say
    "Grok Imagine Video" where an archived copy of the board printed ``grok-imagine-video``.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"arena": ["Artificial Analysis", "LMArena"],
    ...                   "model_name": ["grok-imagine-video", "veo-3"]})
    >>> readable_names(t)["model_name"].tolist()
    ['Grok Imagine Video', 'veo-3']
    """
    if "model_name" not in rankings.columns or "arena" not in rankings.columns:
        missing = [c for c in ("arena", "model_name") if c not in rankings.columns]
        raise ValueError(f"readable_names: rankings lack column(s) {', '.join(missing)}")
    named = rankings.copy()
    rows = named["arena"].astype(str).isin(READABLE_ARENAS)
    named.loc[rows, "model_name"] = named.loc[rows, "model_name"].map(readable_name)
    return named


def newest_names(rankings: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``rankings`` in which every model of an arena carries the name its newest board prints, so
    one model keeps one name across days (the last downloaded board of 6 October 2026 printed "MiniMax H3
    Max (based on MiniMax H3)", the newer copies "MiniMax H3 Max"). Only ``model_name`` changes.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"arena": ["A", "A", "B"], "model": ["m", "m", "m"],
    ...                   "snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-10", "2026-10-06"]),
    ...                   "model_name": ["M Max (based on M)", "M Max", "m-max"]})
    >>> newest_names(t)["model_name"].tolist()
    ['M Max', 'M Max', 'm-max']
    """
    named = rankings.copy()
    last = named.sort_values("snapshot_date").groupby(["arena", "model"], observed=True)["model_name"].last()
    keys = pd.MultiIndex.from_frame(named[["arena", "model"]])
    named["model_name"] = last.reindex(keys).to_numpy()
    return named
