"""The readers of the archive formats, each on a real excerpt (``tests/data/fixtures``)."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from videomarket.data._rawformats import (
    RANKING_READERS,
    RawFormatError,
    read_aa_api_data,
    read_aa_api_v2,
    read_aa_leaderboards,
    read_aa_leaderboards_free,
    read_lmarena_board,
    read_lmarena_board_wrapped,
)

FIXTURES = Path(__file__).parent / "fixtures"


def prov(category: str, **extra: object) -> dict[str, object]:
    return {"category": category, "source_id": "s", **extra}


def rows(board: pd.DataFrame) -> list[tuple]:
    columns = ["model_name", "rank", "elo", "ci_low", "ci_high", "appearances"]
    return [tuple(None if pd.isna(v) else v for v in row) for row in board[columns].itertuples(index=False)]


def test_oolong_web_arena_keeps_published_rank_two_decimal_elo_interval_and_appearances() -> None:
    board = read_aa_leaderboards(FIXTURES / "aa-oolong-2026-04-10-text-to-video.json", prov("text-to-video"))
    assert rows(board) == [
        ("HappyHorse-1.0", 1, 1388.55, 1381.55, 1395.55, 12532),
        ("Dreamina Seedance 2.0 720p", 2, 1273.63, 1266.63, 1280.63, 8373),
        ("Veo 3.1 Preview", None, 1226.61, 1216.61, 1236.61, 4576),  # listed, no longer ranked
        ("Mochi 1", 61, 1000.0, 1000.0, 1000.0, 17987),
    ]
    assert board["creator"].iloc[0] == "Alibaba-ATH"
    assert board["snapshot_time"].iloc[0] == "2026-04-10T06:58:38Z"
    assert str(board["snapshot_date"].iloc[0].date()) == "2026-04-10"


def test_the_same_reader_opens_a_gzip_compressed_original(tmp_path: Path) -> None:
    original = (FIXTURES / "aa-oolong-2026-04-10-text-to-video.json").read_bytes()
    packed = tmp_path / "board.json.gz"
    packed.write_bytes(gzip.compress(original, mtime=0))
    plain = read_aa_leaderboards(FIXTURES / "aa-oolong-2026-04-10-text-to-video.json", prov("text-to-video"))
    pd.testing.assert_frame_equal(read_aa_leaderboards(packed, prov("text-to-video")), plain)
    packed.write_bytes(original[:100])
    with pytest.raises(RawFormatError, match=r"board\.json\.gz: not a readable gzip file"):
        read_aa_leaderboards(packed, prov("text-to-video"))


def test_maicarons_api_mapping_in_the_same_layout() -> None:
    path = FIXTURES / "aa-maicarons-2026-10-05-text-to-video.json"
    board = read_aa_leaderboards(path, prov("text-to-video"))
    assert rows(board) == [
        ("Wan 3.0", 1, 1128.0, 1116.0, 1140.0, 3660),
        ("MiniMax H3 (768p)", 2, 1115.0, 1103.0, 1127.0, 3570),
        ("Kling 3.0 1080p (Pro)", 14, 1000.0, 1000.0, 1000.0, 3524),
    ]


def test_antoniovho_free_api_rank_is_derived_not_the_list_position() -> None:
    path = FIXTURES / "aa-antoniovho-2026-10-10-text-to-video-audio.json"
    board = read_aa_leaderboards_free(path, prov("text-to-video-audio"))
    # the excerpt drops the models between 2 and the anchor, so the rank follows the ratings kept
    assert rows(board) == [
        ("Wan 3.0", 1, 1156.0, 1147.0, 1165.0, None),
        ("Utopai X", 2, 1149.0, 1139.0, 1159.0, None),
        ("Kling 3.0 1080p (Pro)", 3, 1000.0, 1000.0, 1000.0, None),
    ]
    assert json.loads(path.read_text())["models"][2]["rank"] == 16  # the collector's list position
    assert board["snapshot_time"].iloc[0] == "2026-10-10T11:08:45Z"


def test_luruishuang_data_endpoint_and_free_tier_take_the_time_from_provenance() -> None:
    when = prov("text-to-video", snapshot_time="2026-06-25T11:03:44Z", format="aa-api-data")
    board = read_aa_api_data(FIXTURES / "aa-luruishuang-data_media_text-to-video.json", when)
    assert rows(board) == [
        ("HappyHorse-1.0", 1, 1290.0, 1281.0, 1299.0, 5666),
        ("HappyHorse-1.1", 2, 1285.0, 1274.0, 1296.0, 2312),
        ("Mochi 1", 73, 1000.0, 1000.0, 1000.0, 18741),
    ]
    free = read_aa_api_v2(FIXTURES / "aa-luruishuang-media_text-to-video_models_free.json",
                          prov("text-to-video", snapshot_time="2026-06-25T11:02:28Z"))
    assert rows(free)[:2] == [("HappyHorse-1.0", 1, 1290.0, 1281.0, 1299.0, None),
                              ("HappyHorse-1.1", 2, 1285.0, 1274.0, 1296.0, None)]
    assert RANKING_READERS["aa-api-v2-archived"] is read_aa_api_v2
    with pytest.raises(RawFormatError, match=r"provenance has no snapshot_time .*aa-api-data"):
        read_aa_api_data(FIXTURES / "aa-luruishuang-data_media_text-to-video.json",
                         prov("text-to-video", format="aa-api-data"))


def test_lmarena_board_layout_a_is_dated_by_its_board_date() -> None:
    path = FIXTURES / "lmarena-aabao-2026-05-13-image-to-video.json"
    board = read_lmarena_board(path, prov("image-to-video", board_date=pd.Timestamp("2026-05-12")))
    assert rows(board) == [
        ("dreamina-seedance-2.0-720p", 1, 1462.0, 1449.0, 1475.0, 42574),
        ("happyhorse-1.0", 2, 1445.0, 1430.0, 1460.0, 14889),
        ("grok-imagine-video-720p", 3, 1423.0, 1417.0, 1429.0, 333111),
    ]
    assert set(board["arena"]) == {"LMArena"} and set(board["category"]) == {"image-to-video"}
    assert str(board["snapshot_date"].iloc[0].date()) == "2026-05-12"  # 'May 12, 2026', copied on 05-13


def test_lmarena_board_layout_b_reads_ci_low_and_ci_high_as_distances() -> None:
    path = FIXTURES / "lmarena-aabao-2026-08-17-text-to-video.json"
    board = read_lmarena_board(path, prov("text-to-video", board_date="2026-08-14"))
    assert rows(board)[0] == ("gemini-omni-flash", 1, 1512.0, 1501.0, 1523.0, 16916)


def test_lmarena_wrapper_is_unwrapped() -> None:
    path = FIXTURES / "lmarena-antoniovho-2026-09-25-text-to-video.json"
    board = read_lmarena_board_wrapped(path, prov("text-to-video", board_date="2026-09-21"))
    assert rows(board)[1] == ("gemini-omni-flash", 2, 1513.0, 1504.0, 1522.0, 26576)
    assert board["snapshot_time"].iloc[0] == "2026-09-25T06:33:27Z"  # LMArena page read, not the wrapper's


def test_lmarena_board_date_must_be_given_and_not_precede_last_updated() -> None:
    path = FIXTURES / "lmarena-aabao-2026-05-13-image-to-video.json"
    with pytest.raises(RawFormatError, match="provenance has no board_date"):
        read_lmarena_board(path, prov("image-to-video", board_date=pd.NaT, format="lmarena-board"))
    with pytest.raises(RawFormatError, match="'May 12, 2026' is after the provenance board_date 2026-05-11"):
        read_lmarena_board(path, prov("image-to-video", board_date="2026-05-11"))


def test_bad_record_is_named_by_file_list_and_field(tmp_path: Path) -> None:
    path = tmp_path / "board.json"
    shutil.copy(FIXTURES / "aa-oolong-2026-04-10-text-to-video.json", path)
    payload = json.loads(path.read_text())
    payload["models"][1]["ci95"] = "about 7"
    path.write_text(json.dumps(payload))
    with pytest.raises(RawFormatError, match=r"board\.json: models\[1\]: interval 'about 7'"):
        read_aa_leaderboards(path, prov("text-to-video"))
    del payload["models"][1]["ci95"]
    path.write_text(json.dumps(payload))
    with pytest.raises(RawFormatError, match=r"models\[1\]: field 'ci95' is missing"):
        read_aa_leaderboards(path, prov("text-to-video"))
