"""Published ratings and intervals as probabilities: who is truly #1, rank bounds, gaps as votes.

Where only a published board exists (ratings with 95% intervals, no votes), these functions read each
true rating as normal around the published one with sd = half-width / 1.96, **independently** across
models: all a published table allows, and an assumption (ratings anchored to one model share that
anchor's error, so real differences are less uncertain than independence says). Where votes exist,
prefer the joint bootstrap (:func:`videomarket.arena.leader_probability_from_votes`).

* :func:`leader_probability`: P(truly #1) and P(above the next) per model.
* :func:`board_odds`: the rows of one board with an interval, with those probabilities and the rank
  upper bound of :func:`rank_upper_bounds`.
* :func:`head_to_head`, :func:`votes_needed_table`: what rating gaps mean as one-vote preference and
  as votes needed; :func:`compare_with_published`: refitted ratings next to a publisher's.

Example::

    >>> import pandas as pd
    >>> b = pd.DataFrame({"model": ["a", "b", "c"], "ci_low": [10, 5, 0], "ci_high": [20, 15, 4]})
    >>> rank_upper_bounds(b)[["rank_ub", "could_be_first"]].values.tolist()
    [[1, True], [1, True], [3, False]]
    >>> quoted = pd.DataFrame({"model": ["runway", "veo"], "elo": [1247.0, 1226.0]})
    >>> head_to_head(quoted)[["model", "gap", "p_preferred", "votes_needed"]].round(3).values.tolist()
    [['veo', 21.0, 0.53, 2152]]
    >>> votes_needed_table(max_gap=50, step=25)[["gap", "votes_needed"]].values.tolist()
    [[25.0, 1519.0], [50.0, 382.0]]
"""

from __future__ import annotations

import functools
from statistics import NormalDist

import numpy as np
import pandas as pd

from videomarket.arena._pairs import ArenaInputError
from videomarket.arena._ratings import Z_975, votes_needed, win_probability

DEFAULT_DRAWS = 20_000  # only a negative correlation is simulated: error of p_leader about 0.0035 at most


def leader_probability(
    ratings: pd.DataFrame, *, draws: int = 100_000, seed: int = 0, rho: float = 0.0
) -> pd.DataFrame:
    """Probability that each model is truly #1, from published ratings and 95% intervals.

    ``ratings`` has columns model, ``rating`` (or ``elo``), ci_low and ci_high. Each true rating
    is taken as normal around the published one with sd = interval half-width / 1.96 (the mean of
    the two half-widths when the interval is not symmetric). By default (``rho=0``) the models are
    **assumed independent**, which is all a published table allows; ratings anchored to one model
    share that anchor's error and are positively correlated, which makes differences less uncertain
    than this says. ``rho`` gives every pair of true ratings that correlation, to see how much a
    plausible one (e.g. 0.3) moves the result; a negative one (rivals' errors moving apart, which makes
    leads less sure) must be above -1 / (number of models - 1), the least a whole table can share.
    When votes exist, use
    :func:`videomarket.arena.leader_probability_from_votes` instead.

    Returns model, rating, sd, p_leader (the probability that the model is highest: computed exactly by
    numerical integration when ``rho >= 0``; for a negative ``rho``, the share of ``draws`` seeded
    simulations, models tied at the top sharing a draw) and p_above_next (exact normal probability that the
    model's true rating exceeds the next-ranked one's; for #1, that it beats #2), best first.

    Example::

        >>> table = pd.DataFrame({"model": ["a", "b"], "elo": [1250, 1250],
        ...                       "ci_low": [1250, 1250], "ci_high": [1250, 1250]})
        >>> leader_probability(table)["p_leader"].tolist()
        [0.5, 0.5]
        >>> close = pd.DataFrame({"model": ["a", "b"], "elo": [1255, 1250],
        ...                       "ci_low": [1245, 1240], "ci_high": [1265, 1260]})
        >>> [round(float(leader_probability(close, rho=r)["p_leader"].iloc[0]), 2) for r in (0, 0.3)]
        [0.76, 0.8]
        >>> round(float(leader_probability(close, rho=-0.3)["p_leader"].iloc[0]), 2)
        0.73
    """
    table = _published_ratings(ratings)
    if isinstance(draws, bool) or not isinstance(draws, int | np.integer) or draws < 1:
        raise ArenaInputError(f"draws must be a positive integer, got {draws!r}")
    if isinstance(rho, bool) or not isinstance(rho, int | float | np.floating) or not -1 < rho < 1:
        raise ArenaInputError(f"rho must be a correlation in (-1, 1), got {rho!r}")
    if rho < 0 and 1 + (len(table) - 1) * rho < 0:
        raise ArenaInputError(f"{len(table)} ratings cannot all be correlated at {rho!r}: the least is "
                              f"{-1 / (len(table) - 1):.3f}")
    mean, sd = table["rating"].to_numpy(), table["sd"].to_numpy()
    table["p_leader"] = _chances_of_first(mean, sd, draws, seed, rho)
    table["p_above_next"] = [*_p_above(mean[:-1] - mean[1:], sd[:-1], sd[1:], rho), np.nan]
    return table


def _chances_of_first(mean: np.ndarray, sd: np.ndarray, draws: int, seed: object, rho: float) -> np.ndarray:
    """P(each true rating is the highest): by numerical integration when the correlation is not negative
    (exact to about 1e-6), else the share of ``draws`` seeded simulations.

    Simulating left a headline chance up to about 0.7 percentage points off the exact one (a reader's
    exact calculation found it); integration has no such error and is faster.
    """
    if rho >= 0 and len(mean) > 1 and bool(np.any(sd > 0)):
        key = (mean.astype(float).tobytes(), sd.astype(float).tobytes(), float(rho))
        return _remembered_integral(*key).copy()
    return _simulated_wins(mean, sd, draws, seed, rho) / draws


@functools.lru_cache(maxsize=4096)
def _remembered_integral(mean: bytes, sd: bytes, rho: float) -> np.ndarray:
    return _integrated_chances(np.frombuffer(mean), np.frombuffer(sd), rho)


_HERMITE_NODES = 48  # Gauss-Hermite nodes over the shared part of correlated errors


def _integrated_chances(mean: np.ndarray, sd: np.ndarray, rho: float) -> np.ndarray:
    """P(i highest) for X_j = mean_j + sd_j (sqrt(rho) z + sqrt(1 - rho) e_j), rho >= 0.

    Given the shared z the ratings are independent, so P(i highest | z) is the integral of
    f_i(x) * prod_{j != i} F_j(x) dx (Simpson's rule on a grid of a sixteenth of the smallest spread:
    error about 1e-7 for these smooth integrands, even where a fixed rating cuts them off); Gauss-Hermite
    weights average it over z (one node, z = 0, when independent). A zero-spread rating (an anchor) is a
    fixed value c: the others must lie above the highest such value, so their integrals start there, and
    it wins when all spread ratings lie below it (shared with any fixed rating equal to it, as a simulated
    tie is).

    Example::

        >>> [round(float(p), 4) for p in _integrated_chances(np.array([1.0, 0.0]), np.ones(2), 0.0)]
        [0.7602, 0.2398]
        >>> fixed_pair = _integrated_chances(np.zeros(3), np.array([1.0, 0, 0]), 0.0)
        >>> [round(float(p), 4) for p in fixed_pair]
        [0.5, 0.25, 0.25]
    """
    from scipy.integrate import simpson
    from scipy.special import log_ndtr

    nodes, weights = np.zeros(1), np.ones(1)
    if rho:
        nodes, weights = np.polynomial.hermite_e.hermegauss(_HERMITE_NODES)
        weights = weights / weights.sum()
    spread_rows = sd > 0
    fixed = mean[~spread_rows]
    floor = fixed.max() if len(fixed) else -np.inf
    tied_at_floor = (~spread_rows) & (mean == floor)
    spread = sd[spread_rows] * np.sqrt(1 - rho)
    chances = np.zeros(len(mean))
    for z, weight in zip(nodes, weights, strict=True):
        centre = mean[spread_rows] + sd[spread_rows] * np.sqrt(rho) * z
        if len(fixed):  # the fixed values win when every spread rating lies below the highest of them
            all_below = np.exp(log_ndtr((floor - centre) / spread).sum())
            chances[tied_at_floor] += weight * all_below / tied_at_floor.sum()
        low = max(np.max(centre - 9 * spread), floor)
        high = max(np.max(centre + 9 * spread), low)
        x = np.linspace(low, high, 2 * int(np.ceil((high - low) / (spread.min() / 8))) + 1)
        standard = (x[None, :] - centre[:, None]) / spread[:, None]
        log_below = log_ndtr(standard)
        density = np.exp(-0.5 * standard**2) / (np.sqrt(2 * np.pi) * spread[:, None])
        integrand = density * np.exp(log_below.sum(axis=0)[None, :] - log_below)
        chances[spread_rows] += weight * simpson(integrand, x=x, axis=1)
    return np.clip(chances, 0.0, 1.0)  # a certain lead integrates to 1 within 1e-7, either side


def _simulated_wins(mean: np.ndarray, sd: np.ndarray, draws: int, seed: object, rho: float) -> np.ndarray:
    """Wins per model over ``draws`` seeded simulations; the same board asked again is answered from memory.

    Reports and tests ask for the same board's odds many times (archives copy a board daily), and the
    simulation is the cost: with an integer seed the answer depends only on these numbers.
    """
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer):
        return _simulate_wins(mean, sd, draws, seed, rho)
    key = (mean.astype(float).tobytes(), sd.astype(float).tobytes(), int(draws), int(seed), float(rho))
    return _remembered_wins(*key).copy()


@functools.lru_cache(maxsize=2048)
def _remembered_wins(mean: bytes, sd: bytes, draws: int, seed: int, rho: float) -> np.ndarray:
    return _simulate_wins(np.frombuffer(mean), np.frombuffer(sd), draws, seed, rho)


def _simulate_wins(mean: np.ndarray, sd: np.ndarray, draws: int, seed: object, rho: float) -> np.ndarray:
    wins = np.zeros(len(mean))
    # a tie at the top needs two fixed (zero-spread) ratings of equal value; otherwise it has
    # probability zero and each draw has one winner
    fixed = mean[sd == 0]
    count_wins = _argmax_wins if len(np.unique(fixed)) == len(fixed) else shared_wins
    chunks = _standard_draws(len(mean), draws, seed)
    seeded = not isinstance(seed, bool) and isinstance(seed, int | np.integer)  # a generator is never re-read
    extremes = (_draw_extremes(len(mean), int(draws), int(seed)) if seeded and rho >= 0
                else (None,) * len(chunks))
    for (shared, noise), bounds in zip(chunks, extremes, strict=True):
        if rho < 0:  # equal negative correlation: each draw's spread around its own mean shrinks less
            centre = noise.mean(axis=1, keepdims=True)
            sample = (np.sqrt(1 - rho) * (noise - centre) + np.sqrt(1 + (len(mean) - 1) * rho) * centre) * sd
            wins += count_wins(sample + mean)
            continue
        kept = _possible_winners(mean, sd, rho, bounds)
        noise = noise if kept is None else noise[:, kept]
        m, s = (mean, sd) if kept is None else (mean[kept], sd[kept])
        # the order of sqrt(rho) * shared + sqrt(1 - rho) * noise, then * sd + mean: the same bits
        sample = noise * np.sqrt(1 - rho) if rho else noise * s
        if rho:
            sample += np.sqrt(rho) * shared
            sample *= s
        sample += m
        if kept is None:
            wins += count_wins(sample)
        else:
            wins[kept] += count_wins(sample)
    return wins


def _possible_winners(mean: np.ndarray, sd: np.ndarray, rho: float,
                      bounds: tuple[np.ndarray, np.ndarray, float, float] | None) -> np.ndarray | None:
    """The columns that can be highest in some draw of a chunk, or None to keep them all.

    A column whose highest draw lies below another column's lowest draw never wins a draw, so leaving it
    out changes no count: the bounds use the chunk's own extremes and the same operations, in the same
    order, as the draws (each monotone), and the kept columns' draws are computed exactly as before.
    """
    if bounds is None or len(mean) < 8:  # short boards: nothing worth saving
        return None
    top, bottom, shared_top, shared_bottom = bounds
    scale, lift = np.sqrt(1 - rho), np.sqrt(rho)
    high = ((top * scale + lift * shared_top) * sd + mean) if rho else top * sd + mean
    low = ((bottom * scale + lift * shared_bottom) * sd + mean) if rho else bottom * sd + mean
    kept = np.flatnonzero(high >= low.max())
    return kept if len(kept) < len(mean) else None


@functools.lru_cache(maxsize=8)
def _draw_extremes(n: int, draws: int, seed: int) -> tuple[tuple[np.ndarray, np.ndarray, float, float], ...]:
    """Per chunk of the seeded :func:`_standard_draws`: each column's highest and lowest draw, and the
    shared column's."""
    return tuple((noise.max(axis=0), noise.min(axis=0), float(shared.max()), float(shared.min()))
                 for shared, noise in _standard_draws(n, draws, seed))


def _standard_draws(n: int, draws: int, seed: object) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    """The seeded standard normal draws, in chunks that keep memory flat for long tables: per chunk one
    shared column (for correlated ratings) and one column per model.

    They depend only on the board's size, ``draws`` and ``seed``, so boards of one size reuse them.
    """
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer):
        return _draw_chunks(n, draws, seed)
    return _remembered_draws(n, int(draws), int(seed))


@functools.lru_cache(maxsize=4)  # about 13 MB each at 20,000 draws of 80 models
def _remembered_draws(n: int, draws: int, seed: int) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    chunks = _draw_chunks(n, draws, seed)
    for array in (a for chunk in chunks for a in chunk):
        array.flags.writeable = False  # shared by every caller: read only
    return chunks


def _draw_chunks(n: int, draws: int, seed: object) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    rng = np.random.default_rng(seed)  # type: ignore[arg-type]
    chunks = []
    for start in range(0, draws, 20_000):
        size = min(20_000, draws - start)
        shared = rng.standard_normal((size, 1))
        chunks.append((shared, rng.standard_normal((size, n))))
    return tuple(chunks)


def shared_wins(draws: np.ndarray) -> np.ndarray:
    """How many rows (draws) each column wins: a row's win is split among the columns tied at its top.

    Example::

        >>> shared_wins(np.array([[1.0, 1.0, 0.0], [0.0, 2.0, 1.0]])).tolist()
        [0.5, 1.5, 0.0]
    """
    top = draws == draws.max(axis=1, keepdims=True)
    return (top / top.sum(axis=1, keepdims=True)).sum(axis=0)


def _argmax_wins(draws: np.ndarray) -> np.ndarray:
    """:func:`shared_wins` for draws without ties: each row's single winner."""
    return np.bincount(draws.argmax(axis=1), minlength=draws.shape[1]).astype(float)


def _p_above(gap: np.ndarray, sd_a: np.ndarray, sd_b: np.ndarray, rho: float) -> list[float]:
    """P(a's true rating > b's) for each pair: normal difference; a zero spread decides by the gap alone."""
    spread = np.sqrt(np.clip(sd_a**2 + sd_b**2 - 2 * rho * sd_a * sd_b, 0, None))
    return [
        NormalDist().cdf(g / s) if s > 0 else (1.0 if g > 0 else 0.0 if g < 0 else 0.5)
        for g, s in zip(gap, spread, strict=True)
    ]


def _published_ratings(ratings: pd.DataFrame) -> pd.DataFrame:
    if not isinstance(ratings, pd.DataFrame):
        raise ArenaInputError(f"ratings must be a pandas DataFrame, got {type(ratings).__name__}")
    value = "rating" if "rating" in ratings.columns else "elo"
    missing = [c for c in ("model", value, "ci_low", "ci_high") if c not in ratings.columns]
    if missing:
        raise ArenaInputError(f"ratings need model, rating (or elo), ci_low, ci_high; missing {missing}")
    if ratings.empty:
        raise ArenaInputError(
            "ratings is empty: P(truly #1) needs at least one model with elo (or rating), ci_low and "
            "ci_high; "
            "check the filter that selected the board"
        )
    if ratings["model"].nunique(dropna=False) < len(ratings):
        duplicated = ratings["model"].duplicated()
        raise ArenaInputError(f"duplicate models in ratings: {sorted(set(ratings['model'][duplicated]))}")
    numbers = {column: _as_floats(ratings[column]) for column in (value, "ci_low", "ci_high")}
    for column, values in numbers.items():
        if not np.isfinite(values).all():
            row = ratings.index[~np.isfinite(values)][0]
            raise ArenaInputError(f"column {column!r} must be numeric and finite (row {row!r})")
    reversed_rows = numbers["ci_low"] > numbers["ci_high"]
    if reversed_rows.any():
        raise ArenaInputError(f"ci_low is above ci_high at row {ratings.index[reversed_rows][0]!r}")
    models = ratings["model"].to_numpy()
    try:  # best first, equal ratings by model; a stable sort, as pandas' two-key sort
        order = sorted(range(len(models)), key=lambda i: (-numbers[value][i], models[i]))
    except TypeError:  # models that do not compare (mixed types): pandas' own ordering
        order = pd.DataFrame({"r": numbers[value], "m": models}).sort_values(
            ["r", "m"], ascending=[False, True]).index.tolist()
    return pd.DataFrame({
        "model": models[order],
        "rating": numbers[value][order],
        "sd": ((numbers["ci_high"] - numbers["ci_low"]) / (2 * Z_975))[order],
    })


def _as_floats(column: pd.Series) -> np.ndarray:
    """The column as floats, NaN where missing or not a number."""
    try:  # a numeric column converts as it is, without parsing each cell
        return column.to_numpy(dtype=float, na_value=np.nan)
    except (TypeError, ValueError):
        return pd.to_numeric(column, errors="coerce").to_numpy(float)


def rank_upper_bounds(board: pd.DataFrame) -> pd.DataFrame:
    """Add ``rank_ub`` (1 + models whose ci_low is above this model's ci_high) and ``could_be_first``.

    ``board`` needs ``ci_low`` and ``ci_high`` on every row (the LMArena convention). ``could_be_first``
    is ``rank_ub == 1``: no model's interval lies entirely above this one's, so the board cannot rule
    out that it is #1.

    Example::

        >>> b = pd.DataFrame({"model": ["a", "b", "c"], "ci_low": [10, 5, 0], "ci_high": [20, 15, 4]})
        >>> rank_upper_bounds(b)[["rank_ub", "could_be_first"]].values.tolist()
        [[1, True], [1, True], [3, False]]
    """
    low, high = (_interval_bound(board, column) for column in ("ci_low", "ci_high"))
    result = board.copy()
    result["rank_ub"] = 1 + (low[None, :] > high[:, None]).sum(axis=1)
    result["could_be_first"] = result["rank_ub"] == 1
    return result


def board_odds(
    board: pd.DataFrame,
    *,
    top_k: int | None = None,
    draws: int = DEFAULT_DRAWS,
    seed: int = 0,
    rho: float = 0.0,
) -> pd.DataFrame:
    """The rows of one board (one day, one source) that have a rating and an interval, with their odds.

    Keeps the board's columns and adds ``sd``, ``p_leader`` (probability of being truly #1 among
    these rows: exact, or from ``draws`` simulations seeded with ``seed`` for a negative ``rho``),
    ``p_above_next`` (exact normal probability of being above the next row), ``rank_ub`` and
    ``could_be_first``; best rated first.
    ``top_k`` keeps only the ``top_k`` highest-rated of these rows; ``rho`` is the correlation
    :func:`leader_probability` assumes (0: independent). Raises ValueError when fewer than two rows take
    part (a lead needs a rival).

    Example::

        >>> b = pd.DataFrame({"model": ["a", "b", "c"], "elo": [1300.0, 1290.0, 1250.0],
        ...                   "ci_low": [1290.0, 1280.0, None], "ci_high": [1310.0, 1300.0, None]})
        >>> board_odds(b)[["model", "rank_ub"]].values.tolist()
        [['a', 1], ['b', 1]]
    """
    compared = rows_with_intervals(board, top_k)
    if len(compared) < 2:
        raise ValueError(f"odds need two rows with a rating and an interval, the board has {len(compared)}")
    published = compared[["model", "elo", "ci_low", "ci_high"]]
    chances = leader_probability(published, draws=draws, seed=seed, rho=rho)
    # one row per model (leader_probability refuses duplicates): place each model's chances on its row
    position = {model: i for i, model in enumerate(chances["model"].tolist())}
    rows = [position[model] for model in compared["model"].tolist()]
    table = compared.reset_index(drop=True).assign(
        **{c: chances[c].to_numpy()[rows] for c in ("sd", "p_leader", "p_above_next")})
    return rank_upper_bounds(table.sort_values(["elo", "model"], ascending=[False, True], ignore_index=True))


def rows_with_intervals(board: pd.DataFrame, top_k: int | None = None) -> pd.DataFrame:
    """The board's rows with a rating and both interval ends, best rated first (only ``top_k`` if given)."""
    _check_top_k(top_k)
    try:  # called for every board of every pool: plain arrays and one Python sort, not pandas per board
        elo, low, high = (board[c].to_numpy(dtype=float, na_value=np.nan)
                          for c in ("elo", "ci_low", "ci_high"))
        models = board["model"].tolist()
        kept = np.flatnonzero(~(np.isnan(elo) | np.isnan(low) | np.isnan(high)))
        order = sorted(kept.tolist(), key=lambda i: (-elo[i], models[i]))  # stable, as pandas' two-key sort
    except (TypeError, ValueError):  # text in a number column, or a missing model: pandas' own rules
        rated = board[board[["elo", "ci_low", "ci_high"]].notna().all(axis=1)]
        rated = rated.sort_values(["elo", "model"], ascending=[False, True])
        return rated if top_k is None else rated.head(top_k)
    return board.iloc[order if top_k is None else order[:top_k]]


def _interval_bound(board: pd.DataFrame, column: str) -> np.ndarray:
    if column not in board.columns:
        raise ValueError(f"board lacks column {column!r}")
    values = pd.to_numeric(board[column], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    if np.isnan(values).any():
        raise ValueError("every row of the board needs ci_low and ci_high")
    return values


def _check_top_k(top_k: int | None) -> None:
    if top_k is None:
        return
    if isinstance(top_k, bool) or not isinstance(top_k, int) or top_k < 2:
        raise ValueError(f"top_k must be an integer of at least 2 (a lead needs a rival), got {top_k!r}")


def head_to_head(
    ratings: pd.DataFrame, *, leader: str | None = None, alpha: float = 0.05, power: float = 0.8
) -> pd.DataFrame:
    """What the leader's gap to each other model means: preference in one vote, votes to tell it.

    ``ratings`` has model and elo (or rating), optionally model_name. ``leader`` defaults to the
    highest rated. Returns one row per other model: model, model_name, elo, [evidence, source_id,
    snapshot_date, arena, category when given], gap (leader minus it), p_preferred
    (:func:`videomarket.arena.win_probability` of the leader) and votes_needed
    (:func:`videomarket.arena.votes_needed` at ``alpha`` and ``power``), smallest gap first, and on
    every row the leader (``leader``, ``leader_name``, ``leader_elo``, ``leader_source_id``) and the
    test's ``alpha`` and ``power``.
    """
    value = "elo" if "elo" in ratings.columns else "rating"
    missing = [c for c in ("model", value) if c not in ratings.columns]
    if missing:
        raise ValueError(f"head_to_head: ratings lack column(s) {missing}")
    table = ratings.dropna(subset=[value]).sort_values(value, ascending=False, ignore_index=True)
    if len(table) < 2:
        raise ValueError("head_to_head needs at least two rated models")
    names = table["model_name"] if "model_name" in table.columns else table["model"]
    carried = {c: table[c].astype(str) for c in ("evidence", "source_id", "arena", "category") if c in table}
    if "snapshot_date" in table:
        carried["snapshot_date"] = table["snapshot_date"]
    table = pd.DataFrame(
        {
            "model": table["model"].astype(str),
            "model_name": names.astype(str),
            "elo": table[value].astype(float),
            **carried,
        }
    )
    leader = leader if leader is not None else table["model"].iloc[0]
    if leader not in set(table["model"]):
        raise ValueError(f"head_to_head: leader {leader!r} is not among the rated models")
    top = table[table["model"] == leader].iloc[0]
    rivals = table[table["model"] != leader].copy()
    rivals["gap"] = top["elo"] - rivals["elo"]
    rivals["p_preferred"] = win_probability(top["elo"], rivals["elo"].to_numpy())
    rivals["votes_needed"] = votes_needed(rivals["gap"].to_numpy(), alpha=alpha, power=power)
    rivals["votes_needed"] = rivals["votes_needed"].astype("float64")
    if np.isfinite(rivals["votes_needed"]).all():
        rivals["votes_needed"] = rivals["votes_needed"].astype("int64")
    return rivals.sort_values(["gap", "model"], ignore_index=True).assign(
        leader=leader,
        leader_name=str(top["model_name"]),
        leader_elo=float(top["elo"]),
        leader_source_id=str(top.get("source_id", "")),
        alpha=alpha,
        power=power,
    )


def votes_needed_table(
    max_gap: float = 100, *, step: float = 1, alpha: float = 0.05, power: float = 0.8
) -> pd.DataFrame:
    """gap (``step`` .. ``max_gap`` rating points), p_preferred and votes_needed, for a curve.

    ``alpha`` and ``power`` are repeated on every row, so the table says what test it assumes.
    """
    if not (np.isfinite(max_gap) and np.isfinite(step)) or step <= 0 or max_gap < step:
        raise ValueError(f"need 0 < step <= max_gap, got step={step!r}, max_gap={max_gap!r}")
    gap = np.arange(step, max_gap + step / 2, step, dtype=float)
    return pd.DataFrame(
        {
            "gap": gap,
            "p_preferred": win_probability(gap, np.zeros_like(gap)),
            "votes_needed": np.asarray(votes_needed(gap, alpha=alpha, power=power), dtype=float),
            "alpha": alpha,
            "power": power,
        }
    )


def compare_with_published(ours: pd.DataFrame, published: pd.DataFrame) -> pd.DataFrame:
    """Our ratings with intervals next to a publisher's ratings for the same models.

    ``ours``: model, rating, ci_low, ci_high (e.g. :func:`videomarket.arena.bootstrap_ratings`,
    whose rank_ub and battles are kept when present); ``published``: model, rating. Returns model,
    rating, ci_low, ci_high, published, difference (ours minus theirs), published_inside (their
    value within our interval), [rank_ub, battles, and the publisher's ``source_id`` when given],
    best first. Raises ValueError when the two tables do not rate the same models.
    """
    for name, table, needed in (
        ("ours", ours, ("model", "rating", "ci_low", "ci_high")),
        ("published", published, ("model", "rating")),
    ):
        missing = [c for c in needed if c not in table.columns]
        if missing:
            raise ValueError(f"compare_with_published: `{name}` lacks column(s) {missing}")
    only_ours = sorted(set(ours["model"]) - set(published["model"]))
    only_theirs = sorted(set(published["model"]) - set(ours["model"]))
    if only_ours or only_theirs:
        raise ValueError(
            f"compare_with_published: models differ (only ours: {only_ours}; only published: {only_theirs})"
        )
    extra = [c for c in ("rank_ub", "battles") if c in ours.columns]
    carried = ["source_id"] if "source_id" in published.columns else []
    theirs = published[["model", "rating", *carried]].rename(columns={"rating": "published"})
    table = ours[["model", "rating", "ci_low", "ci_high", *extra]].merge(
        theirs, on="model", validate="one_to_one"
    )
    table["difference"] = table["rating"] - table["published"]
    table["published_inside"] = (table["published"] >= table["ci_low"]) & (
        table["published"] <= table["ci_high"]
    )
    columns = ["model", "rating", "ci_low", "ci_high", "published", "difference", "published_inside"]
    return table[[*columns, *extra, *carried]].sort_values("rating", ascending=False, ignore_index=True)
