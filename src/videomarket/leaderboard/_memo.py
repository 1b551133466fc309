"""Answer a leaderboard question again from memory when the rankings table is the same table.

Notebooks, reports and tests ask for the same pool's boards, leaders and odds many times over one
rankings table (every chart and sentence of a note starts from them). These functions depend only on
the table's content and their arguments, so a call is keyed by a fingerprint of that content (every
cell, the index, column names and types) and answered with a fresh copy of the first result: a
caller that edits what it gets back cannot change what the next caller sees, and a table whose
content differs by one cell is a different key.

Example::

    >>> import pandas as pd
    >>> calls = []
    >>> @remembered
    ... def size(table: pd.DataFrame, extra: int = 0) -> pd.DataFrame:
    ...     calls.append(1)
    ...     return pd.DataFrame({"n": [len(table) + extra]})
    >>> t = pd.DataFrame({"a": [1, 2]})
    >>> [int(size(t)["n"].iloc[0]), int(size(t.copy())["n"].iloc[0]), int(size(t, extra=1)["n"].iloc[0])]
    [2, 2, 3]
    >>> len(calls)  # the copy of the same table was answered from memory
    2
"""

from __future__ import annotations

import functools
import hashlib
import numbers
from collections import OrderedDict
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import pandas as pd

P = ParamSpec("P")
R = TypeVar("R")

KEPT = 64  # per function: a few tables (full, windowed, filtered) times every pool and setting


def fingerprint(table: object) -> str | None:
    """A digest of a DataFrame's content, index, column names and types; None when it cannot be
    computed (not a DataFrame, or cells that cannot be hashed), so the caller computes afresh."""
    if not isinstance(table, pd.DataFrame):
        return None
    try:
        cells = pd.util.hash_pandas_object(table, index=True).to_numpy().tobytes()
    except (TypeError, ValueError):
        return None
    digest = hashlib.sha256(cells)
    digest.update(repr([(str(c), str(t)) for c, t in table.dtypes.items()]).encode())
    digest.update(repr(table.index.names).encode())
    return digest.hexdigest()


def remembered(function: Callable[P, R]) -> Callable[P, R]:
    """Decorate a function whose first argument is a DataFrame and whose result is a DataFrame.

    Errors are never remembered: a call that raises raises again. Only plain arguments (text,
    numbers, None, dates and tuples of them) are remembered; any other (a list, a random generator
    whose state moves) skips the memory.
    """
    memory: OrderedDict[tuple, pd.DataFrame] = OrderedDict()

    @functools.wraps(function)
    def answer(*args: P.args, **kwargs: P.kwargs) -> R:
        rest = (*args[1:], *kwargs.values())
        content = fingerprint(args[0]) if args and all(map(_plain, rest)) else None
        if content is None:
            return function(*args, **kwargs)
        key = (content, args[1:], tuple(sorted(kwargs.items())))
        if key in memory:
            memory.move_to_end(key)
            return memory[key].copy()  # type: ignore[return-value]
        result = function(*args, **kwargs)
        if isinstance(result, pd.DataFrame):
            memory[key] = result.copy()
            if len(memory) > KEPT:
                memory.popitem(last=False)
        return result

    answer.forget = memory.clear  # type: ignore[attr-defined]
    return answer


def _plain(value: object) -> bool:
    if isinstance(value, tuple):
        return all(map(_plain, value))
    return value is None or isinstance(value, str | numbers.Number | pd.Timestamp)
