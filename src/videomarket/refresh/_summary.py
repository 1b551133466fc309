"""What a refresh brings, per pool: new models, a new leader, the biggest movers, entries and exits.

The comparison point of a pool is its previous complete snapshot in the built ``rankings.csv``:
rows of the same arena and pool with evidence A and day precision (archived or fetched
leaderboards, not press quotes), on the latest day up to the new snapshot's day; if several
sources cover that day, the one with the most rows. Ratings are compared only when both
snapshots are in the same scale epoch (``scale_epochs.csv``); across a re-anchoring only the
leader is compared, because the rating numbers no longer mean the same thing.

Example::

    >>> import pandas as pd
    >>> from videomarket.refresh._summary import compare_pool
    >>> new = pd.DataFrame({"model": ["b", "a"], "model_name": ["B", "A"], "elo": [1210.0, 1200.0]})
    >>> old = pd.DataFrame({"model": ["a", "b"], "model_name": ["A", "B"], "elo": [1205.0, 1190.0]})
    >>> compare_pool("text-to-video", new, old, "e1", "e1", "aa-x", []).leader_changed
    True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from videomarket.data import schemas

ARENA = "Artificial Analysis"
MOVERS_SHOWN = 5
NAMES_SHOWN = 10


@dataclass
class PoolChange:
    """The differences between a pool's new snapshot and its previous one."""

    pool: str
    leader: list[tuple[str, float]]
    previous_leader: list[tuple[str, float]] | None
    previous_label: str | None
    new_models: list[str] = field(default_factory=list)
    movers: list[tuple[str, float, float]] = field(default_factory=list)  # name, before, after
    entered: list[str] = field(default_factory=list)  # on this board, not on the previous one
    left: list[str] = field(default_factory=list)  # on the previous board, not on this one
    epoch_note: str | None = None

    @property
    def leader_changed(self) -> bool:
        if self.previous_leader is None:
            return False
        return {n for n, _ in self.leader} != {n for n, _ in self.previous_leader}


def previous_board(rankings: pd.DataFrame, pool: str, day: pd.Timestamp) -> tuple[pd.DataFrame, str] | None:
    """The comparison snapshot of ``pool`` on or before ``day`` and a label naming it; None if none."""
    rows = rankings[
        (rankings["arena"] == ARENA)
        & (rankings["category"] == pool)
        & (rankings["evidence"] == "A")
        & (rankings["date_precision"] == "day")
        & (rankings["snapshot_date"] <= day)
    ]
    if rows.empty:
        return None
    latest = rows[rows["snapshot_date"] == rows["snapshot_date"].max()]
    sizes = latest.groupby("source_id", observed=True).size().reset_index(name="n")
    source = sizes.sort_values(["n", "source_id"]).iloc[-1]["source_id"]
    board = latest[latest["source_id"] == source]
    return board, f"{source} ({board['snapshot_date'].iloc[0].date()})"


def compare_pool(
    pool: str,
    new: pd.DataFrame,
    old: pd.DataFrame | None,
    new_epoch: str | None,
    old_epoch: str | None,
    old_label: str | None,
    new_model_names: list[str],
) -> PoolChange:
    """Compare boards with columns ``model``, ``model_name``, ``elo`` (one row per model)."""
    change = PoolChange(
        pool=pool,
        leader=_leaders(new),
        previous_leader=None if old is None else _leaders(old),
        previous_label=old_label,
        new_models=sorted(new_model_names),
    )
    if old is None:
        return change
    change.entered = sorted(new.loc[~new["model"].isin(old["model"]), "model_name"].astype(str))
    change.left = sorted(old.loc[~old["model"].isin(new["model"]), "model_name"].astype(str))
    if new_epoch is None or new_epoch != old_epoch:
        change.epoch_note = (
            f"scale epoch changed ({old_epoch} -> {new_epoch}): ratings are not comparable, movers not shown"
        )
        return change
    both = new.merge(old[["model", "elo"]], on="model", suffixes=("", "_before"))
    both = both.assign(delta=both["elo"] - both["elo_before"])
    both = both[both["delta"] != 0]
    top = both.reindex(both["delta"].abs().sort_values(ascending=False, kind="mergesort").index)
    change.movers = [
        (row.model_name, float(row.elo_before), float(row.elo)) for row in top.head(MOVERS_SHOWN).itertuples()
    ]
    return change


def _leaders(board: pd.DataFrame) -> list[tuple[str, float]]:
    best = board["elo"].max()
    top = board[board["elo"] == best]
    return sorted((str(name), float(best)) for name in top["model_name"])


def epoch_of(epochs: pd.DataFrame, pool: str, day: pd.Timestamp) -> str | None:
    """The scale epoch covering ``pool`` on ``day``, or None unless exactly one does."""
    match = epochs[
        (epochs["arena"] == ARENA)
        & (epochs["category"] == pool)
        & (epochs["start"] <= day)
        & (epochs["end"].isna() | (epochs["end"] >= day))
    ]
    return str(match["scale_epoch"].iloc[0]) if len(match) == 1 else None


def read_rankings(data_dir: Path) -> pd.DataFrame | None:
    """The built rankings table, or None when it is missing or does not validate."""
    from videomarket.data import read_table

    path = data_dir / "rankings.csv"
    if not path.is_file():
        return None
    try:
        return read_table(path, schemas.RANKINGS)
    except ValueError:
        return None


def format_change(change: PoolChange) -> list[str]:
    """Human-readable lines for one pool."""
    lines = [f"{change.pool}:"]
    lines += [f"  new model (alias added as unreviewed): {name}" for name in change.new_models]
    leader = " = ".join(f"{name} ({elo:g})" for name, elo in change.leader)
    if change.previous_leader is None:
        lines.append(f"  leader: {leader} (no previous snapshot to compare with)")
        return lines
    before = " = ".join(f"{name} ({elo:g})" for name, elo in change.previous_leader)
    if change.leader_changed:
        lines.append(f"  NEW LEADER: {leader}, previously {before} in {change.previous_label}")
    else:
        lines.append(f"  leader unchanged: {leader} (vs {change.previous_label})")
    for label, names in (("entered the board", change.entered), ("left the board", change.left)):
        if names:
            shown = ", ".join(names[:NAMES_SHOWN]) + (" ..." if len(names) > NAMES_SHOWN else "")
            lines.append(f"  {label} ({len(names)}): {shown}")
    if change.epoch_note:
        lines.append(f"  {change.epoch_note}")
    elif change.movers:
        lines.append(f"  biggest movers vs {change.previous_label}:")
        lines += [f"    {n}: {old:g} -> {new:g} ({new - old:+g})" for n, old, new in change.movers]
    else:
        lines.append("  no rating changes")
    return lines
