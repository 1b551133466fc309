"""What a change of rating scale did to a pool's board: a new anchor alone shifts every rating by one
amount; a re-rating also changes the list, the gaps and the order.

Example::

    >>> import pandas as pd
    >>> t = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30"] * 3 + ["2026-10-01"] * 2),
    ...     "arena": "A", "category": "text-to-video", "model": ["a", "b", "c", "a", "b"],
    ...     "rank": [1, 2, 3, 2, 1], "elo": [1300.0, 1290.0, 1200.0, 1050.0, 1100.0],
    ...     "scale_epoch": ["e1"] * 3 + ["e2"] * 2, "evidence": "A", "source_id": ["s"] * 3 + ["t"] * 2})
    >>> scale_changes(t, "A", "text-to-video")[["models_before", "models_after", "shift_min", "shift_max",
    ...                                        "order_changed"]].values.tolist()
    [[3, 2, -250.0, -190.0, True]]
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from videomarket.leaderboard._boards import daily_boards, epoch_breaks

SCALE_CHANGE_COLUMNS = (
    "arena", "category", "previous_date", "date", "previous_epoch", "scale_epoch", "models_before",
    "models_after", "shared", "shift_min", "shift_max", "order_changed",
)


def scale_changes(rankings: pd.DataFrame, arena: str, category: str | Iterable[str]) -> pd.DataFrame:
    """One row per change of rating scale in a pool (or in each of several pools, in the order given):
    the last board on the old scale against the first on the new one (the day's boards of
    :func:`videomarket.leaderboard.daily_boards`).

    Columns: ``previous_date`` and ``date`` (the two boards), ``previous_epoch``, ``scale_epoch``,
    ``models_before`` and ``models_after`` (models listed), ``shared`` (models rated on both),
    ``shift_min`` and ``shift_max`` (new minus old rating of the shared models: one common shift means a
    new anchor only, a spread means the arena re-rated too), ``order_changed`` (the shared models'
    order by rating differs), with ``arena`` and ``category`` on every row.
    """
    if not isinstance(category, str):
        parts = [scale_changes(rankings, arena, str(c)) for c in category]
        parts = [p for p in parts if len(p)]
        return (pd.concat(parts, ignore_index=True) if parts
                else pd.DataFrame(columns=list(SCALE_CHANGE_COLUMNS)))
    breaks = epoch_breaks(rankings, arena, category)
    if breaks.empty:
        return pd.DataFrame(columns=list(SCALE_CHANGE_COLUMNS))
    boards = daily_boards(rankings, arena, category)
    rows = []
    for b in breaks.itertuples():
        before = boards[boards["snapshot_date"] == b.previous_date]
        after = boards[boards["snapshot_date"] == b.date]
        both = before.merge(after, on="model", suffixes=("_before", "_after")).dropna(
            subset=["elo_before", "elo_after"])
        shift = both["elo_after"].astype(float) - both["elo_before"].astype(float)
        order_before = both.sort_values(["elo_before", "model"], ascending=[False, True])["model"].tolist()
        order_after = both.sort_values(["elo_after", "model"], ascending=[False, True])["model"].tolist()
        rows.append({
            "arena": arena, "category": category, "previous_date": b.previous_date, "date": b.date,
            "previous_epoch": b.previous_epoch, "scale_epoch": b.scale_epoch,
            "models_before": int(before["model"].nunique()), "models_after": int(after["model"].nunique()),
            "shared": len(both), "shift_min": float(shift.min()) if len(both) else float("nan"),
            "shift_max": float(shift.max()) if len(both) else float("nan"),
            "order_changed": bool(order_before != order_after),
        })
    return pd.DataFrame(rows, columns=list(SCALE_CHANGE_COLUMNS))
