"""What the shipped leaderboard history holds (issue 14's acceptance, measured on data/*.csv)."""

from __future__ import annotations

import pandas as pd
import pytest

from videomarket import data, leaderboard, paths

AA = "Artificial Analysis"


@pytest.fixture(scope="module")
def ranks() -> pd.DataFrame:
    return data.load_rankings()


def days(ranks: pd.DataFrame, arena: str, category: str, grade: str | None = None) -> set[pd.Timestamp]:
    rows = ranks[(ranks["arena"] == arena) & (ranks["category"] == category)]
    if grade:
        rows = rows[rows["evidence"] == grade]
    return set(rows["snapshot_date"])


@pytest.mark.parametrize("category", ["text-to-video", "image-to-video"])
def test_silent_pools_have_ninety_days_sixty_archived(ranks: pd.DataFrame, category: str) -> None:
    assert len(days(ranks, AA, category)) >= 90
    assert len(days(ranks, AA, category, "A")) >= 60


@pytest.mark.parametrize("category", ["text-to-video-audio", "image-to-video-audio"])
def test_audio_pools_have_fifty_five_days(ranks: pd.DataFrame, category: str) -> None:
    assert len(days(ranks, AA, category)) >= 55


def test_history_reaches_2026_10_10(ranks: pd.DataFrame) -> None:
    assert ranks.loc[ranks["arena"] == AA, "snapshot_date"].max() >= pd.Timestamp("2026-10-10")


@pytest.mark.parametrize("category", ["text-to-video", "image-to-video"])
def test_no_gap_in_the_silent_pools_from_april_10_to_may_14(ranks: pd.DataFrame, category: str) -> None:
    wanted = set(pd.date_range("2026-04-10", "2026-05-14", freq="D"))
    assert wanted <= days(ranks, AA, category, "A")


@pytest.mark.parametrize("category", ["text-to-video", "image-to-video"])
def test_lmarena_has_ten_boards_with_intervals_and_votes(ranks: pd.DataFrame, category: str) -> None:
    rows = ranks[(ranks["arena"] == "LMArena") & (ranks["category"] == category)]
    full = rows[rows["ci_low"].notna() & rows["ci_high"].notna() & rows["appearances"].notna()]
    boards = full.groupby(["snapshot_date", "source_id"], observed=True).size()
    assert (boards >= 10).sum() >= 10  # boards of ten or more models, each row with interval and votes


def test_every_archived_board_has_its_epoch_anchor_at_1000(ranks: pd.DataFrame) -> None:
    """One epoch per row (the build), and the epoch's anchor at 1000 +- 0 on every full AA board."""
    epochs = data.load_scale_epochs()[["scale_epoch", "anchor_model_name"]]
    archived = ranks[(ranks["arena"] == AA) & (ranks["evidence"] == "A")].merge(epochs, on="scale_epoch")
    anchors = archived[
        (archived["model_name"] == archived["anchor_model_name"])
        & (archived["elo"] == 1000)
        & ((archived["ci_high"] - archived["ci_low"]).fillna(0) == 0)
    ]
    boards = archived.groupby(["snapshot_date", "category", "source_id"], observed=True).size()
    anchored = anchors.groupby(["snapshot_date", "category", "source_id"], observed=True).size()
    missing = [key for key in boards.index if key not in anchored.index and boards[key] > 8]
    assert not missing, f"boards without their epoch's anchor at 1000: {missing}"  # top-8 copies show none


def test_text_to_video_re_anchored_between_september_30_and_october_1(ranks: pd.DataFrame) -> None:
    for category in ("text-to-video", "text-to-video-audio"):
        breaks = leaderboard.epoch_breaks(ranks, AA, category)
        assert breaks[["previous_date", "date"]].iloc[-1].tolist() == [
            pd.Timestamp("2026-09-30"),
            pd.Timestamp("2026-10-01"),
        ]


def test_corrections_are_in_the_tables(ranks: pd.DataFrame) -> None:
    may12 = ranks[
        (ranks["arena"] == "LMArena")
        & (ranks["category"] == "image-to-video")
        & (ranks["snapshot_date"] == pd.Timestamp("2026-05-12"))
    ]
    assert not ((may12["model"] == "happyhorse-1-0") & (may12["rank"] == 1)).any()
    board = leaderboard.daily_boards(may12, "LMArena", "image-to-video").set_index("model")
    assert board.loc["happyhorse-1-0", "rank"] == 2
    assert (board.loc["dreamina-seedance-2-0-720p", ["rank", "elo"]].tolist()) == [1, 1462]
    atlas = ranks[ranks["source_id"] == "atlascloud-happy-horse-vs-seedance-2"]
    assert set(atlas["snapshot_date"]) == {pd.Timestamp("2026-04-10")}
    assert set(atlas["date_precision"].astype(str)) == {"approx"}
    secondary = pd.read_csv(paths.data_dir() / "curated" / "rankings_secondary.csv")
    kling = secondary[(secondary["model_name"] == "Kling 2.5") & (secondary["elo"] == 1225)]
    assert kling["note"].str.startswith("rests on one page").all() and len(kling) == 1


def test_every_row_cites_a_public_https_source() -> None:
    sources = data.load_sources().set_index("source_id")["url"]
    for name, table in {
        "rankings": data.load_rankings(),
        "company_metrics": data.load_company_metrics(),
        "market_forecasts": data.load_forecasts(),
    }.items():
        urls = table["source_id"].map(sources)
        assert urls.notna().all() and urls.str.startswith("https://").all(), name
