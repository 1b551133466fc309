"""Developer names as the boards and the press spell them, mapped to one name per developer.

Boards rename developers ("Kuaishou" -> "KlingAI", "xAI" -> "SpaceXAI"); counting top places by
developer, or giving each developer one colour, needs one key per developer. Developers outside the
table keep their own name (stripped of extra spaces).

Example::

    >>> from videomarket.leaderboard import canonical_creator, creator_key
    >>> canonical_creator("Kuaishou"), canonical_creator("xAI"), canonical_creator("  Sand.ai ")
    ('KlingAI', 'SpaceXAI', 'Sand.ai')
    >>> creator_key("Google DeepMind") == creator_key("google")
    True
"""

from __future__ import annotations

import re

import pandas as pd

# key -> display name, for the developers the reports follow closely.
MAIN_CREATORS: dict[str, str] = {
    "google": "Google",
    "openai": "OpenAI",
    "runway": "Runway",
    "klingai": "KlingAI",
    "minimax": "MiniMax",
    "bytedance seed": "ByteDance Seed",
    "alibaba": "Alibaba",
    "alibaba-ath": "Alibaba-ATH",
    "lightricks": "Lightricks",
    "luma labs": "Luma Labs",
    "pixverse": "PixVerse",
    "vidu": "Vidu",
    "spacexai": "SpaceXAI",
    "tencent": "Tencent",
    "pika": "Pika",
}

# Other spellings seen on boards and in the press -> key above (keys are lower case, single-spaced).
CREATOR_ALIASES: dict[str, str] = {
    "kuaishou": "klingai",
    "kuaishou technology": "klingai",
    "kling": "klingai",
    "kling ai": "klingai",
    "xai": "spacexai",
    "x.ai": "spacexai",
    "spacex ai": "spacexai",
    "google deepmind": "google",
    "deepmind": "google",
    "bytedance": "bytedance seed",
    "seed": "bytedance seed",
    "bytedance-seed": "bytedance seed",
    "runwayml": "runway",
    "runway ml": "runway",
    "luma": "luma labs",
    "luma ai": "luma labs",
    "lumalabs": "luma labs",
    "hailuo": "minimax",
    "minimax (hailuo)": "minimax",
    "shengshu": "vidu",
    "shengshu technology": "vidu",
    "pika labs": "pika",
    "tencent hunyuan": "tencent",
    "alibaba ath": "alibaba-ath",
    "alibaba cloud": "alibaba",
}


def creator_key(creator: object) -> str:
    """Lower-case key of a developer, aliases resolved: ``"Kuaishou"``, ``"KlingAI"`` give ``"klingai"``."""
    key = re.sub(r"\s+", " ", str(creator).strip().lower())
    return CREATOR_ALIASES.get(key, key)


def canonical_creator(creator: object) -> str:
    """One display name per developer (``"Kuaishou"`` -> ``"KlingAI"``); unknown names are kept, trimmed."""
    return MAIN_CREATORS.get(creator_key(creator), re.sub(r"\s+", " ", str(creator).strip()))


def is_main_creator(creator: object) -> bool:
    """True for the developers with their own colour in the charts."""
    return creator_key(creator) in MAIN_CREATORS


def creator_places(share: pd.DataFrame) -> pd.DataFrame:
    """Each developer's top places summed over the boards of a :func:`videomarket.leaderboard.creator_share`
    table: ``boards`` (boards where it holds a place), ``mean_places`` (per board, boards without a place
    counting zero), ``max_places``, ``latest_places`` (on the last board), most places first.

    >>> import pandas as pd
    >>> share = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-08-01", "2026-08-01", "2026-08-02"]),
    ...                       "creator": ["Google", "Kuaishou", "KlingAI"], "places": [2, 1, 3]})
    >>> creator_places(share)[["creator", "boards", "mean_places", "latest_places"]].values.tolist()
    [['KlingAI', 2, 2.0, 3], ['Google', 1, 1.0, 0]]
    """
    missing = [c for c in ("snapshot_date", "creator", "places") if c not in share.columns]
    if missing:
        raise ValueError(f"creator_places: share table lacks column(s) {missing}")
    if share.empty:
        raise ValueError("creator_places: the share table is empty")
    table = share.assign(creator=share["creator"].map(canonical_creator))
    wide = table.pivot_table(index="snapshot_date", columns="creator", values="places", aggfunc="sum",
                             fill_value=0)
    summary = pd.DataFrame({
        "boards": (wide > 0).sum(), "mean_places": wide.mean(), "max_places": wide.max(),
        "latest_places": wide.iloc[-1],
    }).rename_axis("creator").reset_index()
    summary = summary.astype({"boards": "int64", "max_places": "int64", "latest_places": "int64"})
    return summary.sort_values(["mean_places", "creator"], ascending=[False, True], ignore_index=True)
