"""Alias resolution: scoped rows win where they apply; unknown or ambiguous names are named."""

from __future__ import annotations

import pandas as pd
import pytest

from videomarket.data._aliases import AliasError, general_mapping, resolve


def table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "arena": ["AA", "AA", "AA", "LM"],
            "model_name": ["H3", "H3", "Veo 3 (No Audio)", "veo-3"],
            "model": ["h3", "h3-768p", "veo-3", "veo-3"],
            "category": [None, "text-to-video", None, None],
            "valid_from": pd.to_datetime([None, "2026-10-04", None, None]),
            "valid_to": pd.to_datetime([None, None, None, None]),
        }
    )


def test_pool_and_date_scoped_row_applies_only_inside_its_scope() -> None:
    dates = pd.to_datetime(["2026-10-05", "2026-10-05", "2026-10-03"])
    assert resolve(
        table(), "AA", ["H3"] * 3, ["text-to-video", "image-to-video", "text-to-video"], dates
    ) == ["h3-768p", "h3", "h3"]
    assert resolve(table(), "AA", ["H3"]) == ["h3"]  # no pool, no date: only the general row


def test_arenas_are_separate_and_unknown_names_are_listed() -> None:
    with pytest.raises(AliasError) as caught:
        resolve(table(), "AA", ["veo-3", "Nope"])
    assert caught.value.problems == [
        "no alias row for board name AA / 'Nope'",
        "no alias row for board name AA / 'veo-3'",
    ]


def test_two_equally_specific_rows_are_an_error() -> None:
    clash = pd.concat([table(), table().iloc[[1]].assign(model="other")], ignore_index=True)
    with pytest.raises(AliasError, match="2 equally specific alias rows apply to AA / 'H3' in text-to-video"):
        resolve(clash, "AA", ["H3"], ["text-to-video"], pd.to_datetime(["2026-10-05"]))


def test_general_mapping_ignores_scoped_rows() -> None:
    assert general_mapping(table(), "AA") == {"H3": "h3", "Veo 3 (No Audio)": "veo-3"}


def test_readable_names_turn_only_id_like_artificial_analysis_names_into_words() -> None:
    from videomarket import data

    shipped = data.load_rankings()
    named = data.readable_names(shipped)
    changed = shipped["model_name"] != named["model_name"]
    # every value and every other column is untouched; LMArena keeps its ids (its reports name them)
    assert named.drop(columns="model_name").equals(shipped.drop(columns="model_name"))
    assert set(shipped.loc[changed, "arena"]) == {"Artificial Analysis"}
    pairs = dict(zip(shipped.loc[changed, "model_name"], named.loc[changed, "model_name"], strict=True))
    assert pairs["grok-imagine-video"] == "Grok Imagine Video"
    assert pairs["Wan2.7-260612"] == "Wan 2.7-260612"
    assert not any(name in pairs for name in ("Veo 3", "HappyHorse-1.1", "Runway Gen-4.5"))
    assert data.readable_names(named).equals(named)  # idempotent: a shown name is never rewritten


def test_readable_names_without_the_columns_it_needs_says_which() -> None:
    from videomarket import data

    with pytest.raises(ValueError, match=r"readable_names: rankings lack column\(s\) arena"):
        data.readable_names(pd.DataFrame({"model_name": ["x-y"]}))
