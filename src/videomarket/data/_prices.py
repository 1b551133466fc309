"""Prices per pool and per-prompt-category ratings from Artificial Analysis's archived model list.

The model catalogue (``data.load_models()``) keeps one price per model: the silent text-to-video
price, else the image-to-video one. What a creator pays depends on the pool, though: AA lists a
separate image-to-video price and an audio price (Veo 3.1: USD 12/min silent, 24/min with audio).
This module reads the archived AA model list (``data/raw/aa-avo/``, see its README) for:

* **Pool prices** (:func:`load_pool_prices`): ``price_per_min_t2v`` for the silent text-to-video
  pool, ``price_per_min_i2v`` for silent image-to-video, ``price_per_min_audio`` for both audio
  pools (AA gives one audio price). The newer copy (``005d573``, ~late Sep 2026) is used, the older
  (``d9489f1``, ~early Aug 2026) only for models the newer one lacks, as the catalogue does.
* **Per-prompt-category ratings** (:func:`load_prompt_category_elo`): only the older copy
  ``d9489f1`` has them (``elo_t2v_people`` ...). It is an **undated cross-section, ~early August
  2026** (between 2026-07-31 and ~2026-08-11 by content), silent pools only, without intervals.

Names are mapped to canonical model ids through the Artificial Analysis rows of the alias table;
a name without an alias is refused (never silently dropped).

Example::

    >>> import pandas as pd
    >>> raw = pd.DataFrame({"model": ["Veo 3.1"], "price_per_min_t2v": ["12.0"],
    ...                     "price_per_min_i2v": ["12.0"], "price_per_min_audio": ["24.0"]})
    >>> aliases = pd.DataFrame({"arena": ["Artificial Analysis"], "model_name": ["Veo 3.1"],
    ...                         "model": ["veo-3-1"]})
    >>> pool_prices_from_list(raw, aliases, "s")["price_usd_per_min"].tolist()  # T2V, I2V, T2V+A, I2V+A
    [12.0, 12.0, 24.0, 24.0]
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from videomarket import paths
from videomarket.data._aliases import general_mapping
from videomarket.data._loaders import load_model_aliases

ARENA = "Artificial Analysis"
FOLDER = "aa-avo"
NEWER_LIST = "undated--005d573--aa_video_models.csv"  # ~late Sep 2026
OLDER_LIST = "undated--d9489f1--aa_video_models.csv"  # ~early Aug 2026; the only one with prompt categories
NEWER_LIST_DATING = "an undated copy of about late September 2026 (T2V ratings match a top 8 of 2026-09-29)"
OLDER_LIST_DATING = "an undated copy of about early August 2026 (2026-07-31 to ~2026-08-11 by its contents)"

#: Pool -> price column of the AA model list.
POOL_PRICE_COLUMNS: dict[str, str] = {
    "text-to-video": "price_per_min_t2v",
    "image-to-video": "price_per_min_i2v",
    "text-to-video-audio": "price_per_min_audio",
    "image-to-video-audio": "price_per_min_audio",
}
#: Silent pool -> prefix of its rating columns in the older list.
POOL_ELO_PREFIX: dict[str, str] = {"text-to-video": "elo_t2v", "image-to-video": "elo_i2v"}
PRICE_COLUMNS = ("model", "category", "price_usd_per_min", "price_source_id")
PROMPT_COLUMNS = (
    "model", "model_name", "category", "prompt_category", "elo_overall", "elo_prompt", "source_id",
)


class ModelListError(ValueError):
    """The archived model list cannot be read or mapped to model ids."""


def load_pool_prices(folder: Path | str | None = None, aliases: pd.DataFrame | None = None) -> pd.DataFrame:
    """Price per minute of video for each (model, pool), from the archived AA model list.

    Columns ``model``, ``category``, ``price_usd_per_min``, ``price_source_id``; only priced rows.
    ``price_dating`` says how the (undated) copy behind each price is dated.
    ``folder`` defaults to ``data/raw/aa-avo``; ``aliases`` to ``data.load_model_aliases()``.

    >>> prices = load_pool_prices()                                           # doctest: +SKIP
    >>> prices.query("model == 'veo-3-1'")["price_usd_per_min"].tolist()    # doctest: +SKIP
    [12.0, 12.0, 24.0, 24.0]
    """
    folder, aliases = _defaults(folder, aliases)
    sources = _source_ids(folder)
    newer = pool_prices_from_list(read_model_list(folder / NEWER_LIST), aliases, sources[NEWER_LIST])
    older = pool_prices_from_list(read_model_list(folder / OLDER_LIST), aliases, sources[OLDER_LIST])
    older = older[~older["model"].isin(set(newer["model"]))]  # a model the newer list has keeps its prices
    newer["price_dating"], older["price_dating"] = NEWER_LIST_DATING, OLDER_LIST_DATING
    return pd.concat([newer, older], ignore_index=True)


def load_prompt_category_elo(
    prompt_category: str = "people", folder: Path | str | None = None, aliases: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Silent-pool ratings overall and on one prompt category (e.g. ``"people"``), ~early Aug 2026.

    Columns ``model``, ``model_name``, ``category`` (text-to-video / image-to-video),
    ``prompt_category``, ``elo_overall``, ``elo_prompt``, ``source_id`` and ``dating`` (how the
    undated copy is dated). A prompt category is the *subject* of the prompts ("people": prompts
    showing people), not a quality such as motion realism.
    """
    folder, aliases = _defaults(folder, aliases)
    sources = _source_ids(folder)
    table = prompt_elo_from_list(read_model_list(folder / OLDER_LIST), aliases, sources[OLDER_LIST],
                                 prompt_category)
    return table.assign(dating=OLDER_LIST_DATING)


def read_model_list(path: Path) -> pd.DataFrame:
    """The archived CSV as text cells (empty string = missing), checked for a ``model`` column."""
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError) as error:
        raise ModelListError(f"{path}: cannot read the AA model list ({error})") from None
    if "model" not in frame.columns:
        raise ModelListError(f"{path}: no `model` column")
    return frame


def pool_prices_from_list(raw: pd.DataFrame, aliases: pd.DataFrame, source_id: str) -> pd.DataFrame:
    """Long table of priced (model, pool) rows from one model list (see the module rules)."""
    _require(raw, ["model", *sorted(set(POOL_PRICE_COLUMNS.values()))], source_id)
    ids = _model_ids(raw, aliases, source_id)
    frames = []
    for category, column in POOL_PRICE_COLUMNS.items():
        price = _numbers(raw[column], column, source_id)
        frames.append(pd.DataFrame({"model": ids, "category": category, "price_usd_per_min": price,
                                    "price_source_id": source_id}))
    long = pd.concat(frames, ignore_index=True)
    if (long["price_usd_per_min"] < 0).any():
        raise ModelListError(f"{source_id}: negative price")
    return long.dropna(subset=["price_usd_per_min"]).reset_index(drop=True)[list(PRICE_COLUMNS)]


def prompt_elo_from_list(
    raw: pd.DataFrame, aliases: pd.DataFrame, source_id: str, prompt_category: str
) -> pd.DataFrame:
    """Rows with an overall and a prompt-category rating, per silent pool."""
    columns = [f"{prefix}_{prompt_category}" for prefix in POOL_ELO_PREFIX.values()]
    if not any(c in raw.columns for c in columns):
        known = sorted(c.removeprefix("elo_t2v_") for c in raw.columns if c.startswith("elo_t2v_"))
        raise ModelListError(f"{source_id}: no prompt category {prompt_category!r}; known: {known}")
    ids = _model_ids(raw, aliases, source_id)
    frames = []
    for category, prefix in POOL_ELO_PREFIX.items():
        column = f"{prefix}_{prompt_category}"
        if column not in raw.columns:
            continue
        _require(raw, [prefix], source_id)
        frames.append(pd.DataFrame({
            "model": ids, "model_name": raw["model"].to_numpy(), "category": category,
            "prompt_category": prompt_category, "elo_overall": _numbers(raw[prefix], prefix, source_id),
            "elo_prompt": _numbers(raw[column], column, source_id), "source_id": source_id,
        }))
    long = pd.concat(frames, ignore_index=True)
    rated = long["elo_overall"].notna() & long["elo_prompt"].notna()
    return long[rated].reset_index(drop=True)[list(PROMPT_COLUMNS)]


def _defaults(folder: Path | str | None, aliases: pd.DataFrame | None) -> tuple[Path, pd.DataFrame]:
    if aliases is None:
        aliases = load_model_aliases()
    return (Path(folder) if folder is not None else paths.raw_dir() / FOLDER), aliases


def _source_ids(folder: Path) -> dict[str, str]:
    provenance_path = folder / "provenance.csv"
    try:
        provenance = pd.read_csv(provenance_path, dtype=str, keep_default_na=False)
    except (OSError, pd.errors.ParserError) as error:
        raise ModelListError(f"{provenance_path}: cannot read ({error})") from None
    ids = dict(zip(provenance["file"], provenance["source_id"], strict=True))
    missing = [name for name in (NEWER_LIST, OLDER_LIST) if name not in ids]
    if missing:
        raise ModelListError(f"{provenance_path}: no row for {missing}")
    return ids


def _model_ids(raw: pd.DataFrame, aliases: pd.DataFrame, source_id: str) -> list[str]:
    _require(aliases, ["arena", "model_name", "model"], "alias table")
    lookup = general_mapping(aliases, ARENA)  # the list is undated and pool-agnostic
    names = raw["model"].astype(str).str.strip()
    unknown = sorted(set(names) - set(lookup))
    if unknown:
        raise ModelListError(f"{source_id}: no Artificial Analysis alias for {unknown}")
    ids = [lookup[n] for n in names]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise ModelListError(f"{source_id}: several rows map to the same model id {repeated}")
    return ids


def _numbers(column: pd.Series, name: str, source_id: str) -> pd.Series:
    text = column.astype(str).str.strip().replace("", None)
    values = pd.to_numeric(text, errors="coerce")
    bad = values.isna() & text.notna()
    if bad.any():
        raise ModelListError(f"{source_id}: column `{name}` has non-numeric value {text[bad].iloc[0]!r}")
    return values.astype(float).reset_index(drop=True)


def _require(frame: pd.DataFrame, columns: list[str], where: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ModelListError(f"{where}: column(s) {missing} missing")
