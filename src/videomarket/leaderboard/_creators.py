"""Developers as parent companies: one name per company, whatever label a board or a host gives.

Boards label models with brands and sub-teams ("KlingAI" for Kuaishou, "Alibaba-ATH" for Alibaba's
HappyHorse team, "ByteDance Seed", "SpaceXAI" for xAI, "Vidu" for Shengshu) and with hosting platforms
("KlingAI/Fal.ai", or "Fal" for a model fal post-trained from MiniMax H3). Counting top places per
developer, or giving each developer one colour, needs one key per parent company (the relations are
those of ``data/developers.csv``, each with its source):

* a brand or sub-team counts for its parent (:data:`PARENTS`, :func:`sub_brands` lists them for notes);
* a hosting platform is never a model's developer: "X/Fal.ai" counts for X, and a model a platform
  only hosts or post-trains counts for the developer its name starts with ("MiniMax H3 Max (based on
  MiniMax H3)" -> MiniMax), see :func:`parent_developer`;
* other developers keep their own name (extra spaces stripped).

Example::

    >>> from videomarket.leaderboard import canonical_creator, creator_key, parent_developer
    >>> canonical_creator("KlingAI"), canonical_creator("Alibaba-ATH"), canonical_creator("  Sand.ai ")
    ('Kuaishou', 'Alibaba', 'Sand.ai')
    >>> canonical_creator("Google/Fal.ai"), parent_developer("Fal", "Minimax H3 Max (post-trained by fal)")
    ('Google', 'MiniMax')
    >>> creator_key("Google DeepMind") == creator_key("google")
    True
"""

from __future__ import annotations

import re

import pandas as pd

# key -> display name of the parent companies the reports follow closely.
MAIN_CREATORS: dict[str, str] = {
    "google": "Google",
    "openai": "OpenAI",
    "runway": "Runway",
    "kuaishou": "Kuaishou",
    "minimax": "MiniMax",
    "bytedance": "ByteDance",
    "alibaba": "Alibaba",
    "lightricks": "Lightricks",
    "luma ai": "Luma AI",
    "pixverse": "PixVerse",
    "shengshu": "Shengshu",
    "xai": "xAI",
    "tencent": "Tencent",
    "pika": "Pika",
}

# Brands, sub-teams and other spellings seen on boards and in the press -> parent key above
# (keys lower case, single-spaced). Sources: the notes of data/developers.csv.
PARENTS: dict[str, str] = {
    "klingai": "kuaishou",
    "kling ai": "kuaishou",
    "kling": "kuaishou",
    "kuaishou technology": "kuaishou",
    "alibaba-ath": "alibaba",
    "alibaba ath": "alibaba",
    "alibaba cloud": "alibaba",
    "happyhorse ai (alibaba ath-ai lab)": "alibaba",
    "happyhorse research team": "alibaba",
    "bytedance seed": "bytedance",
    "bytedance-seed": "bytedance",
    "seed": "bytedance",
    "dreamina": "bytedance",
    "spacexai": "xai",
    "spacex ai": "xai",
    "x.ai": "xai",
    "vidu": "shengshu",
    "shengshu technology": "shengshu",
    "google deepmind": "google",
    "deepmind": "google",
    "runwayml": "runway",
    "runway ml": "runway",
    "luma labs": "luma ai",
    "luma": "luma ai",
    "lumalabs": "luma ai",
    "hailuo": "minimax",
    "minimax (hailuo)": "minimax",
    "pika art": "pika",
    "pika labs": "pika",
    "tencent hunyuan": "tencent",
}

# Platforms that host (and sometimes post-train) other developers' models: never a model's developer.
HOSTING_PLATFORMS = ("fal", "fal.ai", "replicate")


def creator_key(creator: object) -> str:
    """Lower-case key of the parent company: ``"KlingAI"`` and ``"Kuaishou"`` both give ``"kuaishou"``."""
    key = re.sub(r"\s+", " ", str(creator).strip().lower())
    host = next((h for h in HOSTING_PLATFORMS if key.endswith(f"/{h}")), None)
    if host is not None:  # "KlingAI/Fal.ai": the developer is the part before the host
        key = key[: -len(host) - 1].strip()
    return PARENTS.get(key, key)


def canonical_creator(creator: object) -> str:
    """The parent company's display name (``"KlingAI"`` -> ``"Kuaishou"``); unknown names kept, trimmed."""
    key = creator_key(creator)
    if key in MAIN_CREATORS:
        return MAIN_CREATORS[key]
    text = re.sub(r"\s+", " ", str(creator).strip())
    return text.split("/")[0].strip() if "/" in text else text


def parent_developer(creator: object, model_name: object = None) -> str:
    """:func:`canonical_creator`, except that a hosting platform credits the model's own developer.

    A model labelled with a platform alone (``"Fal"``) counts for the main developer whose name starts
    the model's name ("MiniMax H3 Max (based on MiniMax H3)" -> MiniMax); if none does, the label is
    kept with a note of what it is ("fal (hosting platform)").
    """
    key = re.sub(r"\s+", " ", str(creator).strip().lower())
    if key not in HOSTING_PLATFORMS:
        return canonical_creator(creator)
    first = re.split(r"[\s(]", str(model_name or "").strip().lower(), maxsplit=1)[0]
    named = creator_key(first)
    return MAIN_CREATORS.get(named, f"{str(creator).strip()} (hosting platform)")


def is_main_creator(creator: object) -> bool:
    """True for the parent companies with their own colour in the charts."""
    return creator_key(creator) in MAIN_CREATORS


def sub_brands(labels: object) -> dict[str, list[str]]:
    """Parent -> the other labels among ``labels`` that count for it, for a note under a table or chart.

    >>> sub_brands(["KlingAI", "Alibaba-ATH", "Alibaba", "Google"])
    {'Alibaba': ['Alibaba-ATH'], 'Kuaishou': ['KlingAI']}
    """
    found: dict[str, set[str]] = {}
    for label in pd.Series(list(labels), dtype=object).dropna().astype(str).str.strip().unique():
        parent = canonical_creator(label)
        if label != parent:
            found.setdefault(parent, set()).add(label)
    return {parent: sorted(names) for parent, names in sorted(found.items())}


def creator_places(share: pd.DataFrame) -> pd.DataFrame:
    """Each developer's top places summed over the boards of a :func:`videomarket.leaderboard.creator_share`
    table: ``boards`` (boards where it holds a place), ``mean_places`` (per board, boards without a place
    counting zero), ``max_places``, ``latest_places`` (on the last board), most places first. The
    ``creator`` values are taken as given (a share table already names parents or board labels).

    >>> import pandas as pd
    >>> share = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-08-01", "2026-08-01", "2026-08-02"]),
    ...                       "creator": ["Google", "Kuaishou", "Kuaishou"], "places": [2, 1, 3]})
    >>> creator_places(share)[["creator", "boards", "mean_places", "latest_places"]].values.tolist()
    [['Kuaishou', 2, 2.0, 3], ['Google', 1, 1.0, 0]]
    """
    missing = [c for c in ("snapshot_date", "creator", "places") if c not in share.columns]
    if missing:
        raise ValueError(f"creator_places: share table lacks column(s) {missing}")
    if share.empty:
        raise ValueError("creator_places: the share table is empty")
    wide = share.pivot_table(index="snapshot_date", columns="creator", values="places", aggfunc="sum",
                             fill_value=0)
    summary = pd.DataFrame({
        "boards": (wide > 0).sum(), "mean_places": wide.mean(), "max_places": wide.max(),
        "latest_places": wide.iloc[-1],
    }).rename_axis("creator").reset_index()
    summary = summary.astype({"boards": "int64", "max_places": "int64", "latest_places": "int64"})
    return summary.sort_values(["mean_places", "creator"], ascending=[False, True], ignore_index=True)
