"""Where a pool's board was re-anchored and re-rated: board sizes and rating moves across the break.

:func:`scale_breaks` gives, for each pool whose rating scale changed
(:func:`videomarket.leaderboard.epoch_breaks`), the last board on the old scale and the first on the
new one: how many models each lists, how many are on both, and how far the ratings of those moved
(the smallest and largest move: a re-rating moves models by different amounts, so ranks and gaps
change too, not only the values). A report comparing ranks across such a break says they are only
indicative.

Example::

    >>> from videomarket import data, guide
    >>> guide.scale_breaks(data.load_rankings())[["category", "n_before", "n_after"]]  # doctest: +SKIP
"""

from __future__ import annotations

import pandas as pd

from videomarket.data.schemas import AA_POOLS
from videomarket.guide._boards import ARENA, usable_rows
from videomarket.leaderboard import daily_boards, epoch_breaks

BREAK_COLUMNS = ("category", "previous_date", "date", "n_before", "n_after", "n_both", "move_min", "move_max",
                 "anchor_before", "anchor_after")


def scale_breaks(
    rankings: pd.DataFrame,
    *,
    arena: str = ARENA,
    categories: tuple[str, ...] = AA_POOLS,
    epochs: pd.DataFrame | None = None,
    worst_grade: str = "C",
) -> pd.DataFrame:
    """One row per scale break of each pool (:data:`BREAK_COLUMNS`), in pool order then date.

    ``n_before`` / ``n_after``: models on the last board of the old scale and the first of the new;
    ``n_both``: on both; ``move_min`` / ``move_max``: the smallest and largest rating change of those
    (new minus old, points); ``anchor_*``: the model pinned at 1,000 on each scale, from ``epochs``
    (:func:`videomarket.data.load_scale_epochs`), NA without it.

    >>> rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30"] * 3 + ["2026-10-01"] * 2),
    ...     "arena": "A", "category": "c", "model": ["a", "b", "c", "a", "b"], "rank": [1, 2, 3, 1, 2],
    ...     "elo": [1300.0, 1250.0, 1000.0, 1100.0, 1000.0], "scale_epoch": ["e1"] * 3 + ["e2"] * 2,
    ...     "evidence": "A", "source_id": "s"})
    >>> scale_breaks(rows, arena="A", categories=("c",))[["n_before", "n_after", "move_min", "move_max"]]
    ... # doctest: +NORMALIZE_WHITESPACE
       n_before  n_after  move_min  move_max
    0         3        2    -250.0    -200.0
    """
    usable = usable_rows(rankings, worst_grade)
    anchors = {}
    if epochs is not None:
        known = epochs.dropna(subset=["anchor_model_name"])
        anchors = dict(zip(known["scale_epoch"].astype(str), known["anchor_model_name"].astype(str),
                           strict=True))
    records = []
    for category in categories:
        if not ((usable["arena"] == arena) & (usable["category"] == category)).any():
            continue
        boards = daily_boards(usable, arena, category)
        for b in epoch_breaks(usable, arena, category).itertuples():
            before = boards[boards["snapshot_date"] == b.previous_date]
            after = boards[boards["snapshot_date"] == b.date]
            both = before.merge(after, on="model", suffixes=("_old", "_new"))
            moves = (both["elo_new"] - both["elo_old"]).astype(float)
            records.append({
                "category": category, "previous_date": b.previous_date, "date": b.date,
                "n_before": len(before), "n_after": len(after), "n_both": len(both),
                "move_min": moves.min() if len(moves) else float("nan"),
                "move_max": moves.max() if len(moves) else float("nan"),
                "anchor_before": anchors.get(str(b.previous_epoch), pd.NA),
                "anchor_after": anchors.get(str(b.scale_epoch), pd.NA),
            })
    table = pd.DataFrame.from_records(records, columns=list(BREAK_COLUMNS))
    for column in ("n_before", "n_after", "n_both"):
        table[column] = table[column].astype("int64")
    for column in ("move_min", "move_max"):
        table[column] = table[column].astype(float)
    return table
