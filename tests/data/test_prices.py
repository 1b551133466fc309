"""Per-pool prices and per-prompt-category ratings from the archived AA model list."""

from __future__ import annotations

import pandas as pd
import pytest

from videomarket import data
from videomarket.data import _prices as aa_model_list

AA = "Artificial Analysis"


def aliases(*pairs: tuple[str, str]) -> pd.DataFrame:
    return pd.DataFrame({"arena": AA, "model_name": [n for n, _ in pairs], "model": [m for _, m in pairs]})


def raw_list(**columns: list[str]) -> pd.DataFrame:
    base = {
        "model": ["Veo 3.1", "Hailuo 2.3 Fast"],
        "price_per_min_t2v": ["12.0", ""],
        "price_per_min_i2v": ["12.0", "1.0"],
        "price_per_min_audio": ["24.0", ""],
    }
    return pd.DataFrame(base | columns)


def test_pool_prices_take_each_pools_column_and_skip_missing_prices() -> None:
    table = aa_model_list.pool_prices_from_list(
        raw_list(), aliases(("Veo 3.1", "veo-3-1"), ("Hailuo 2.3 Fast", "hailuo-2-3-fast")), "src"
    )
    prices = table.set_index(["model", "category"])["price_usd_per_min"].to_dict()
    assert prices == {
        ("veo-3-1", "text-to-video"): 12.0,
        ("veo-3-1", "image-to-video"): 12.0,
        ("veo-3-1", "text-to-video-audio"): 24.0,
        ("veo-3-1", "image-to-video-audio"): 24.0,
        ("hailuo-2-3-fast", "image-to-video"): 1.0,
    }
    assert set(table["price_source_id"]) == {"src"}


def test_pool_prices_refuse_unknown_names_shared_ids_and_text_prices() -> None:
    with pytest.raises(
        aa_model_list.ModelListError, match=r"no Artificial Analysis alias for \['Hailuo 2\.3 Fast'\]"
    ):
        aa_model_list.pool_prices_from_list(raw_list(), aliases(("Veo 3.1", "veo-3-1")), "src")
    with pytest.raises(aa_model_list.ModelListError, match="same model id"):
        aa_model_list.pool_prices_from_list(
            raw_list(), aliases(("Veo 3.1", "veo"), ("Hailuo 2.3 Fast", "veo")), "src"
        )
    with pytest.raises(aa_model_list.ModelListError, match="non-numeric value 'n/a'"):
        aa_model_list.pool_prices_from_list(
            raw_list(price_per_min_i2v=["n/a", "1"]),
            aliases(("Veo 3.1", "veo-3-1"), ("Hailuo 2.3 Fast", "hailuo-2-3-fast")),
            "src",
        )


def test_prompt_category_columns_are_checked() -> None:
    raw = pd.DataFrame({"model": ["A"], "elo_t2v": ["1200"], "elo_t2v_people": ["1250"], "elo_i2v": [""]})
    table = aa_model_list.prompt_elo_from_list(raw, aliases(("A", "a")), "src", "people")
    assert table[["model", "category", "elo_overall", "elo_prompt"]].values.tolist() == [
        ["a", "text-to-video", 1200.0, 1250.0]
    ]
    with pytest.raises(
        aa_model_list.ModelListError, match="no prompt category 'motion'; known: \\['people'\\]"
    ):
        aa_model_list.prompt_elo_from_list(raw, aliases(("A", "a")), "src", "motion")


def test_shipped_list_gives_the_catalogue_price_for_the_silent_pools() -> None:
    """The catalogue keeps AA's T2V price, else the I2V one, from the same archived lists."""
    prices = aa_model_list.load_pool_prices()
    wide = prices.pivot_table(index="model", columns="category", values="price_usd_per_min")
    silent = wide["text-to-video"].fillna(wide["image-to-video"]).dropna()
    catalogue = data.load_models().set_index("model")["api_price_usd_per_min"].dropna().astype(float)
    assert sorted(silent.index) == sorted(catalogue.index)
    assert (silent.reindex(catalogue.index) == catalogue).all()
    # the audio price can differ from the silent one: Veo 3.1 in the archived list
    veo = prices[prices["model"] == "veo-3-1"].set_index("category")["price_usd_per_min"]
    assert veo["text-to-video"] == 12.0 and veo["text-to-video-audio"] == 24.0


def test_shipped_prompt_category_table_is_labelled_undated() -> None:
    people = aa_model_list.load_prompt_category_elo("people")
    assert people["dating"].str.contains("undated").all()
    assert set(people["category"]) == {"text-to-video", "image-to-video"}
    assert set(people["source_id"]) == {"aa-avo-undated-d9489f1"}
    assert people["model"].is_unique is False  # one row per model and silent pool
    assert not people.duplicated(["model", "category"]).any()
