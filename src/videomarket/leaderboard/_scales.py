"""What a change of rating scale did to a pool's board: a new anchor, a re-rated and resized board.

:func:`epoch_breaks` says where a pool's scale changed; :func:`scale_changes` measures the change on
the last board before it and the first after it: which model each scale pins at 1,000, how many models
each board lists, how far the ratings of the models on both moved. One common shift for every model
would be a plain re-anchoring (gaps unchanged); shifts that differ mean the arena also re-rated, so
ranks and gaps before and after are not comparable either.

Example::

    >>> import pandas as pd
    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30"] * 3 + ["2026-10-01"] * 2),
    ...     "arena": "A", "category": "text-to-video", "model": ["a", "b", "m", "a", "k"],
    ...     "rank": [1, 2, 3, 1, 2], "elo": [1300.0, 1250.0, 1000.0, 1100.0, 1000.0],
    ...     "ci_low": [1290.0, 1240.0, 1000.0, 1090.0, 1000.0],
    ...     "ci_high": [1310.0, 1260.0, 1000.0, 1110.0, 1000.0],
    ...     "scale_epoch": ["e1"] * 3 + ["e2"] * 2, "evidence": "A", "source_id": "s"})
    >>> change = scale_changes(rows, "A", "text-to-video").iloc[0]
    >>> int(change["models_before"]), int(change["models_after"]), float(change["shift_min"])
    (3, 2, -200.0)
    >>> change["anchor_after"]
    'k'
    >>> bool(change["common_shift"])  # a plain re-anchoring: the one model on both moved by 200
    True
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from videomarket.leaderboard._boards import daily_boards, epoch_breaks

SCALE_CHANGE_COLUMNS = (
    "arena", "category", "previous_date", "date", "previous_epoch", "scale_epoch", "anchor_before",
    "anchor_after", "models_before", "models_after", "latest_date", "models_latest", "models_on_both",
    "shift_min", "shift_max", "common_shift", "order_changed",
)
ANCHOR_RATING = 1000.0


def scale_changes(rankings: pd.DataFrame, arena: str, category: str | Iterable[str]) -> pd.DataFrame:
    """One row per change of a pool's rating scale (:func:`epoch_breaks`), measured on the boards; for
    several pools, their changes one after the other in the order given.

    Columns: ``previous_date`` and ``date`` (last board on the old scale, first on the new),
    ``previous_epoch``, ``scale_epoch``, ``anchor_before`` and ``anchor_after`` (display name of the
    model each board pins at 1,000 with a zero-width interval, or NA), ``models_before``,
    ``models_after`` (models each board lists), ``latest_date`` and ``models_latest`` (the newest
    board on the new scale), ``models_on_both`` (models on both boards), ``shift_min`` and
    ``shift_max`` (how far their ratings moved, new minus old, rating points; NA without a common
    model), ``common_shift`` (every common model moved by the same amount: a plain re-anchoring) and
    ``order_changed`` (the common models' order by rating differs), with ``arena`` and ``category`` on
    every row. Empty (same columns) when the scale never changed.
    """
    if not isinstance(category, str):
        parts = [part for c in category if len(part := scale_changes(rankings, arena, str(c)))]
        return pd.concat(parts, ignore_index=True) if parts else _empty()
    boards = daily_boards(rankings, arena, category)
    rows = []
    for change in epoch_breaks(rankings, arena, category).itertuples():
        before = boards[boards["snapshot_date"] == change.previous_date]
        after = boards[boards["snapshot_date"] == change.date]
        same_scale = boards[boards["scale_epoch"] == change.scale_epoch]
        latest_date = same_scale["snapshot_date"].max()
        both = before.merge(after, on="model", suffixes=("_before", "_after"))
        shift = (both["elo_after"] - both["elo_before"]).dropna().astype(float)
        rows.append({
            "arena": arena, "category": category, "previous_date": change.previous_date, "date": change.date,
            "previous_epoch": change.previous_epoch, "scale_epoch": change.scale_epoch,
            "anchor_before": _anchor(before), "anchor_after": _anchor(after),
            "models_before": len(before), "models_after": len(after), "latest_date": latest_date,
            "models_latest": int((same_scale["snapshot_date"] == latest_date).sum()),
            "models_on_both": len(both),
            "shift_min": shift.min() if len(shift) else pd.NA,
            "shift_max": shift.max() if len(shift) else pd.NA,
            "common_shift": bool(len(shift)) and shift.nunique() == 1,
            "order_changed": _order(both, "elo_before") != _order(both, "elo_after"),
        })
    return _typed(pd.DataFrame.from_records(rows, columns=list(SCALE_CHANGE_COLUMNS)))


def _empty() -> pd.DataFrame:
    return _typed(pd.DataFrame(columns=list(SCALE_CHANGE_COLUMNS)))


def _typed(table: pd.DataFrame) -> pd.DataFrame:
    return table.astype({"previous_date": "datetime64[ns]", "date": "datetime64[ns]",
                         "latest_date": "datetime64[ns]", "shift_min": "Float64", "shift_max": "Float64",
                         "models_before": "int64", "models_after": "int64", "models_latest": "int64",
                         "models_on_both": "int64", "common_shift": "bool",
                         "order_changed": "bool"})


def _order(both: pd.DataFrame, rating: str) -> list[str]:
    """The common models by rating, best first (ties by id, so equal boards compare equal)."""
    return both.sort_values([rating, "model"], ascending=[False, True])["model"].astype(str).tolist()


def _anchor(board: pd.DataFrame) -> object:
    """The one model pinned at 1,000 with a zero-width interval, or NA."""
    at_anchor = (board["elo"] == ANCHOR_RATING) & (board["ci_low"] == board["ci_high"])
    pinned = board[at_anchor.fillna(False).astype(bool)]
    return str(pinned["model_name"].iloc[0]) if len(pinned) == 1 else pd.NA
