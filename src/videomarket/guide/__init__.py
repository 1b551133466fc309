"""Which model for which need: each pool's board on a date, its leader and how sure, prices, offers.

* :func:`board_on` / :func:`pool_leaders`: the board of a date per Artificial Analysis pool and its
  leader with the chance that the lead is real (:data:`AA_POOLS`, :data:`POOL_LABELS`).
* :func:`priced_boards` / :func:`value_summary`: boards with API prices per minute, for quality
  against price; :func:`flagged_leaders` (open weights, native audio) and :func:`developer_offer`.
* :func:`recommendation_check`: whether a quoted shortlist (:func:`december_shortlist`) holds on the
  boards of a date; a budget pick holds when it is on or near the price–quality frontier.
* :func:`scale_breaks`: where a pool was re-anchored and re-rated (board sizes, rating moves);
  :func:`built_on` / :func:`hosted_by`: the model a row is built on, and the platform that lists it.

Example::

    >>> from videomarket import data, guide
    >>> leaders = guide.pool_leaders(data.load_rankings(), categories=("text-to-video",))
    >>> leaders["category"].tolist()
    ['text-to-video']
"""

from __future__ import annotations

from videomarket.guide._boards import (
    AA_POOLS,
    ARENA,
    DRAWS,
    POOL_LABELS,
    NoBoardError,
    board_on,
    board_top,
    board_tops,
    boards_by_pool,
    built_on,
    catalogue_facts,
    first_interval_board,
    hosted_by,
    model_names,
    pool_leaders,
    rows_on,
    same_rating_days,
    typical_half_width,
    usable_rows,
    with_catalogue,
)
from videomarket.guide._breaks import scale_breaks
from videomarket.guide._claims import (
    december_shortlist,
    prompt_category_ranks,
    recommendation_check,
    resolve_model_names,
)
from videomarket.guide._offer import developer_offer, flagged_leaders
from videomarket.guide._value import NEAR_TOP_POINTS, priced_boards, value_summary, with_prices

__all__ = [
    "AA_POOLS",
    "ARENA",
    "DRAWS",
    "NEAR_TOP_POINTS",
    "POOL_LABELS",
    "NoBoardError",
    "board_on",
    "board_top",
    "board_tops",
    "boards_by_pool",
    "built_on",
    "catalogue_facts",
    "december_shortlist",
    "developer_offer",
    "first_interval_board",
    "flagged_leaders",
    "hosted_by",
    "model_names",
    "pool_leaders",
    "priced_boards",
    "prompt_category_ranks",
    "recommendation_check",
    "resolve_model_names",
    "rows_on",
    "same_rating_days",
    "scale_breaks",
    "typical_half_width",
    "usable_rows",
    "value_summary",
    "with_catalogue",
    "with_prices",
]
