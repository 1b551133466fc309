"""Where a pool's board was re-anchored and re-rated: board sizes and rating moves across the break.

:func:`scale_breaks` gives, for each pool whose rating scale changed
(:func:`videomarket.leaderboard.epoch_breaks`), the last board on the old scale and the first on the
new one: how many models each lists, how many are on both, and how far the ratings of those moved
(the smallest and largest move: a re-rating moves models by different amounts, so ranks and gaps
change too, not only the values), as :func:`videomarket.leaderboard.scale_changes` measures them.
A report comparing ranks across such a break says they are only indicative.

Example::

    >>> from videomarket import data, guide
    >>> guide.scale_breaks(data.load_rankings())[["category", "n_before", "n_after"]]  # doctest: +SKIP
"""

from __future__ import annotations

import pandas as pd

from videomarket.data.schemas import AA_POOLS
from videomarket.guide._boards import ARENA, usable_rows
from videomarket.leaderboard import scale_changes

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
        for c in scale_changes(usable, arena, category).itertuples():
            records.append({
                "category": category, "previous_date": c.previous_date, "date": c.date,
                "n_before": c.models_before, "n_after": c.models_after, "n_both": c.models_on_both,
                "move_min": float(c.shift_min) if pd.notna(c.shift_min) else float("nan"),
                "move_max": float(c.shift_max) if pd.notna(c.shift_max) else float("nan"),
                "anchor_before": anchors.get(str(c.previous_epoch), c.anchor_before),
                "anchor_after": anchors.get(str(c.scale_epoch), c.anchor_after),
            })
    table = pd.DataFrame.from_records(records, columns=list(BREAK_COLUMNS))
    for column in ("n_before", "n_after", "n_both"):
        table[column] = table[column].astype("int64")
    for column in ("move_min", "move_max"):
        table[column] = table[column].astype(float)
    return table
