"""Pairwise votes -> counts per pair of models: the input every arena fit works from.

Arena votes come either as one row per battle (``model_a``, ``model_b``, ``winner``) or already
counted (``model_a``, ``model_b``, ``wins_a``, ``wins_b``, ``ties``). Both are reduced here to one
record per unordered pair, so that the Bradley–Terry fit and its bootstrap cost the same whether a
pair met ten times or ten million times. A battle of a model against itself carries no information
about ratings and is dropped.

Example::

    >>> import pandas as pd
    >>> from videomarket.arena._pairs import pair_counts
    >>> votes = pd.DataFrame({"model_a": ["x", "y", "x"], "model_b": ["y", "x", "x"],
    ...                       "winner": ["model_a", "tie", "model_b"]})
    >>> pairs = pair_counts(votes)
    >>> pairs.models, pairs.wins_first.tolist(), pairs.ties.tolist()
    (('x', 'y'), [1.0], [1.0])
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

WINNERS = ("model_a", "model_b", "tie", "tie (bothbad)")
BATTLE_COLUMNS = ("model_a", "model_b", "winner")
COUNT_COLUMNS = ("model_a", "model_b", "wins_a", "wins_b", "ties")
TIE_RULES = ("half", "ignore")


class ArenaInputError(ValueError):
    """Votes that cannot be read: missing columns, unknown winners, negative counts."""


class DisconnectedComparisonError(ArenaInputError):
    """Models fall into groups that never met, so their ratings cannot be put on one scale."""

    def __init__(self, groups: list[list[str]]) -> None:
        self.groups = groups
        shown = "; ".join("[" + ", ".join(group[:6]) + (", ..." if len(group) > 6 else "") + "]"
                          for group in groups[:5])
        super().__init__(
            f"the comparison graph is not connected: {len(groups)} groups of models never met each "
            f"other ({shown}). Ratings of different groups are not comparable; fit each group "
            "separately (arena.comparison_groups lists them)."
        )


class NoFiniteRatingsError(ArenaInputError):
    """Some models never lost (or never won) against the rest: their MLE is at +/- infinity."""


@dataclass(frozen=True)
class PairCounts:
    """Votes summed per unordered pair; ``first < second`` index into ``models`` (sorted names)."""

    models: tuple[str, ...]
    first: np.ndarray
    second: np.ndarray
    wins_first: np.ndarray
    wins_second: np.ndarray
    ties: np.ndarray

    @property
    def n_models(self) -> int:
        return len(self.models)

    def scores(self, ties: str = "half") -> tuple[np.ndarray, np.ndarray]:
        """(score of first, battles) per pair: a tie is half a win each way, or is dropped."""
        check_tie_rule(ties)
        if ties == "half":
            return self.wins_first + 0.5 * self.ties, self.wins_first + self.wins_second + self.ties
        return self.wins_first.copy(), self.wins_first + self.wins_second

    def battles_per_model(self, ties: str = "half") -> np.ndarray:
        """Battles each model took part in (ties excluded when they are ignored)."""
        _, totals = self.scores(ties)
        per_model = np.bincount(self.first, weights=totals, minlength=self.n_models)
        return per_model + np.bincount(self.second, weights=totals, minlength=self.n_models)


def check_tie_rule(ties: str) -> None:
    """Raise unless ``ties`` is one of :data:`TIE_RULES`."""
    if ties not in TIE_RULES:
        raise ArenaInputError(f"ties={ties!r} is not supported; use one of {TIE_RULES}")


def pair_counts(votes: pd.DataFrame) -> PairCounts:
    """Sum per-battle rows or count rows into one record per unordered pair of different models.

    Raises :class:`ArenaInputError` naming the column and first offending row when the votes
    cannot be read, or when no battle between two different models is left.
    """
    if not isinstance(votes, pd.DataFrame):
        raise ArenaInputError(f"votes must be a pandas DataFrame, got {type(votes).__name__}")
    if set(BATTLE_COLUMNS) <= set(votes.columns):
        wins_a, wins_b, ties = _outcomes_from_winner(votes["winner"])
    elif set(COUNT_COLUMNS) <= set(votes.columns):
        wins_a, wins_b, ties = (_count_column(votes, name) for name in COUNT_COLUMNS[2:])
    else:
        raise ArenaInputError(
            f"votes need columns {BATTLE_COLUMNS} (one row per battle) or {COUNT_COLUMNS} (counts); "
            f"got {list(votes.columns)}"
        )
    for side in ("model_a", "model_b"):
        missing = votes[side].isna().to_numpy()
        if missing.any():
            raise ArenaInputError(f"column {side!r} is empty at row {votes.index[missing][0]!r}")
    return _aggregate(votes["model_a"].astype(str), votes["model_b"].astype(str), wins_a, wins_b, ties)


def _outcomes_from_winner(winner: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    unknown = ~winner.isin(WINNERS).to_numpy()
    if unknown.any():
        values = sorted({str(v) for v in winner[unknown]})[:5]
        first_row = winner.index[unknown][0]
        raise ArenaInputError(
            f"column 'winner' must be one of {WINNERS}; found {values} (first at row {first_row!r})"
        )
    wins_a = (winner == "model_a").to_numpy(dtype=float)
    wins_b = (winner == "model_b").to_numpy(dtype=float)
    return wins_a, wins_b, 1.0 - wins_a - wins_b


def _count_column(votes: pd.DataFrame, name: str) -> np.ndarray:
    values = pd.to_numeric(votes[name], errors="coerce").to_numpy(dtype=float)
    bad = ~np.isfinite(values) | (values < 0)
    if bad.any():
        row, value = votes.index[bad][0], votes[name][bad].iloc[0]
        raise ArenaInputError(f"column {name!r} must hold finite counts >= 0; row {row!r} has {value!r}")
    return values


def _aggregate(
    model_a: pd.Series, model_b: pd.Series, wins_a: np.ndarray, wins_b: np.ndarray, ties: np.ndarray
) -> PairCounts:
    codes, names = pd.factorize(pd.concat([model_a, model_b], ignore_index=True), sort=True)
    code_a, code_b = codes[: len(model_a)], codes[len(model_a) :]
    # A model against itself says nothing about ratings; rows with no votes say nothing either.
    keep = (code_a != code_b) & (wins_a + wins_b + ties > 0)
    if not keep.any():
        raise ArenaInputError("no battle between two different models with at least one vote")
    code_a, code_b, wins_a, wins_b, ties = code_a[keep], code_b[keep], wins_a[keep], wins_b[keep], ties[keep]
    first, second = np.minimum(code_a, code_b), np.maximum(code_a, code_b)
    flipped = code_a > code_b
    key = first.astype(np.int64) * len(names) + second
    pair_keys, pair_of_row = np.unique(key, return_inverse=True)

    def summed(values: np.ndarray) -> np.ndarray:
        return np.bincount(pair_of_row, weights=values, minlength=len(pair_keys))

    pair_first, pair_second = pair_keys // len(names), pair_keys % len(names)
    # Re-index so that only models with at least one informative battle are kept.
    present, compact = np.unique(np.concatenate([pair_first, pair_second]), return_inverse=True)
    return PairCounts(
        models=tuple(str(name) for name in names[present]),
        first=compact[: len(pair_keys)].astype(np.intp),
        second=compact[len(pair_keys) :].astype(np.intp),
        wins_first=summed(np.where(flipped, wins_b, wins_a)),
        wins_second=summed(np.where(flipped, wins_a, wins_b)),
        ties=summed(ties),
    )


def comparison_components(pairs: PairCounts, ties: str = "half") -> list[list[str]]:
    """Groups of models linked by at least one counted battle, largest first."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    _, totals = pairs.scores(ties)
    met = totals > 0
    graph = coo_matrix((np.ones(met.sum()), (pairs.first[met], pairs.second[met])),
                       shape=(pairs.n_models, pairs.n_models))
    _, labels = connected_components(graph, directed=False)
    groups = [[pairs.models[i] for i in np.flatnonzero(labels == label)] for label in np.unique(labels)]
    return sorted(groups, key=lambda group: (-len(group), group))


def require_connected(pairs: PairCounts, ties: str = "half") -> None:
    """Raise :class:`DisconnectedComparisonError` unless all models are linked by battles."""
    groups = comparison_components(pairs, ties)
    if len(groups) > 1:
        raise DisconnectedComparisonError(groups)


def win_graph_is_strong(score_first: np.ndarray, score_second: np.ndarray, pairs: PairCounts) -> bool:
    """True when every split of the models has a win across it both ways (a finite MLE exists).

    Zermelo/Ford condition: the directed graph "i beat j at least once" is strongly connected.
    """
    from scipy.sparse.csgraph import connected_components

    return connected_components(_win_graph(score_first, score_second, pairs), connection="strong")[0] == 1


def require_finite_mle(score_first: np.ndarray, score_second: np.ndarray, pairs: PairCounts) -> None:
    """Raise :class:`NoFiniteRatingsError` naming the groups that never lost or never won."""
    from scipy.sparse.csgraph import connected_components

    graph = _win_graph(score_first, score_second, pairs).tocsr()
    count, labels = connected_components(graph, connection="strong")
    if count == 1:
        return
    rows, cols = graph.nonzero()
    across = labels[rows] != labels[cols]
    beaten = set(labels[cols[across]])  # components that lost at least once to an outsider
    winners = set(labels[rows[across]])  # components that beat an outsider at least once
    members = [[pairs.models[i] for i in np.flatnonzero(labels == c)] for c in range(count)]
    unbeaten = [group for c, group in enumerate(members) if c not in beaten]
    winless = [group for c, group in enumerate(members) if c not in winners]
    raise NoFiniteRatingsError(
        "no finite maximum-likelihood ratings: "
        f"never lost to any model outside their group: {unbeaten}; never beat any model outside their group: "
        f"{winless}. Their ratings would run off to +/- infinity; add votes, or pass l2 > 0 to shrink "
        "ratings towards init_rating."
    )


def _win_graph(score_first: np.ndarray, score_second: np.ndarray, pairs: PairCounts):
    """Sparse directed graph with an edge i -> j when i beat j at least once (ties count both ways)."""
    from scipy.sparse import coo_matrix

    rows = np.concatenate([pairs.first[score_first > 0], pairs.second[score_second > 0]])
    cols = np.concatenate([pairs.second[score_first > 0], pairs.first[score_second > 0]])
    return coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(pairs.n_models, pairs.n_models))
