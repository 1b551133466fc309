"""The build: raw readers, alias and epoch mapping, determinism, nothing half-written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from builders import write_three_models

from videomarket import paths
from videomarket.data import _build as build
from videomarket.data import schemas
from videomarket.data._rawformats import RawFormatError, read_aa_api_media, read_aa_web_table
from videomarket.data.schemas import DataValidationError

PROV = {"category": "text-to-video", "source_id": "snap-1"}
LICENCE = "none stated; values are Artificial Analysis leaderboard data"
UNCHECKED_SHA = "0" * 64  # the build does not hash raw files; tests/data/test_raw.py checks the shipped ones


def api_payload(fetched_at: str, entries: list[tuple[str, str, float, float]]) -> dict:
    return {
        "fetched_at": fetched_at,
        "tier": "free",
        "data": [
            {
                "id": f"id-{n}",
                "name": n,
                "slug": n.lower(),
                "model_creator": {"id": c, "name": c},
                "elo": e,
                "ci_95": h,
            }
            for n, c, e, h in entries
        ],
    }


def test_api_reader_derives_competition_rank_and_interval(tmp_path: Path) -> None:
    path = tmp_path / "snap.json"
    entries = [("A", "X", 1300, 10), ("B", "Y", 1250, 8), ("C", "Y", 1250, 9), ("D", "Z", 1000, 0)]
    path.write_text(json.dumps(api_payload("2026-08-24T02:02:12.5Z", entries)))
    board = read_aa_api_media(path, PROV)
    assert board["rank"].tolist() == [1, 2, 2, 4]
    assert board[["ci_low", "ci_high"]].iloc[1].tolist() == [1242, 1258]
    assert set(board["snapshot_date"].astype(str)) == {"2026-08-24"}
    assert set(board["evidence"]) == {"A"} and set(board["category"]) == {"text-to-video"}


def test_api_reader_names_file_record_and_field(tmp_path: Path) -> None:
    path = tmp_path / "snap.json"
    payload = api_payload("2026-08-24T02:02:12Z", [("A", "X", 1300, 10), ("B", "Y", 1250, 8)])
    del payload["data"][1]["elo"]
    path.write_text(json.dumps(payload))
    with pytest.raises(RawFormatError, match=r"snap\.json: data\[1\]: field 'elo' is missing"):
        read_aa_api_media(path, PROV)
    path.write_text("{not json")
    with pytest.raises(RawFormatError, match="not valid UTF-8 JSON"):
        read_aa_api_media(path, PROV)


def test_web_table_reader_keeps_printed_rank_interval_and_samples(tmp_path: Path) -> None:
    path = tmp_path / "table.json"
    models = [
        {"rank": 1, "name": "M1", "creator": "X", "elo": 1191, "ci": "-7/7", "samples": 14984},
        {"rank": 2, "name": "M2", "creator": "Y", "elo": 1184, "ci": "-9/8", "samples": 6468},
    ]
    path.write_text(json.dumps({"updatedAt": "2026-08-23T01:16:56.872Z", "models": models}))
    board = read_aa_web_table(path, {"category": "image-to-video-audio", "source_id": "t"})
    assert board["rank"].tolist() == [1, 2]
    assert board[["ci_low", "ci_high"]].iloc[1].tolist() == [1175, 1192]
    assert board["appearances"].tolist() == [14984, 6468]
    models[0]["ci"] = "about 7"
    path.write_text(json.dumps({"updatedAt": "2026-08-23T01:16:56Z", "models": models}))
    with pytest.raises(RawFormatError, match=r"models\[0\]: interval 'about 7'"):
        read_aa_web_table(path, {"category": "image-to-video-audio", "source_id": "t"})


def make_data_dir(root: Path) -> Path:
    """A tiny but complete data folder: one raw archive, curated tables."""
    raw, curated = root / "raw" / "aa-test", root / "curated"
    raw.mkdir(parents=True)
    curated.mkdir()
    for day, leader_elo in (("2026-08-01T10:00:00Z", 1300), ("2026-08-02T09:00:00Z", 1290)):
        name = f"{day[:10]}T000000Z--media-text-to-video.json"
        entries = [
            ("Model A", "X", leader_elo, 10),
            ("Model B (No Audio)", "Y", 1280, 9),
            ("Mochi 1", "Genmo", 1000, 0),
        ]
        (raw / name).write_text(json.dumps(api_payload(day, entries)))
    (raw / "provenance.csv").write_text(
        ",".join(schemas.RAW_PROVENANCE.names)
        + "\n"
        + "".join(
            f"{d}T000000Z--media-text-to-video.json,aa-test-{d},o/r,{'a' * 40},data/media-text-to-video.json,"
            f"https://github.com/o/r/blob/{'a' * 40}/data/media-text-to-video.json,{d}T10:00:00Z,2026-11-24,"
            f'"{LICENCE}",aa-api-media,text-to-video,{UNCHECKED_SHA},,\n'
            for d in ("2026-08-01", "2026-08-02")
        )
    )
    write_three_models(curated, ["Model A,model-a,reviewed,,,,",
                                 "Model B (No Audio),model-b,reviewed,silent variant,,,",
                                 "Model B,model-b,reviewed,,,,", "Mochi 1,mochi-1,reviewed,,,,"])
    (curated / "rankings_secondary.csv").write_text(
        ",".join(schemas.RANKINGS_SECONDARY.names)
        + "\n2025-12-01,day,Artificial Analysis,text-to-video,Model B,Y,1,1247,,,,B,press,launch\n"
    )
    (curated / "developers.csv").write_text("developer,country,source_id,note\nY,USA,press,\n")
    (curated / "scale_epochs.csv").write_text(
        ",".join(schemas.SCALE_EPOCHS.names) + "\n"
        "aa-t2v-1,Artificial Analysis,text-to-video,2025-01-01,,Mochi 1,1000,aa-test-2026-08-01,\n"
    )
    (curated / "market_forecasts.csv").write_text(
        ",".join(schemas.MARKET_FORECASTS.names) + "\n"
        "FBI,AI Video Generator Market,B,2025,ai-video-generator,Global,"
        "2025,716.8,estimate,20,2025,2032,B,press,\n"
    )
    (curated / "company_metrics.csv").write_text(
        ",".join(schemas.COMPANY_METRICS.names) + "\n"
        "Runway,arr,2025-06,2025-06-30,90,,,,,B,press,lower bound\n"
    )
    return root


def test_build_is_deterministic_and_maps_aliases_and_epochs(tmp_path: Path) -> None:
    root = make_data_dir(tmp_path / "data")
    first = {p.name: p.read_bytes() for p in build.build_all(root)}
    second = {p.name: p.read_bytes() for p in build.build_all(root)}
    assert first == second
    rankings = first["rankings.csv"].decode().splitlines()
    assert rankings[0] == ",".join(schemas.RANKINGS.names)
    assert len(rankings) == 1 + 7  # 2 archive days x 3 models + 1 press row
    assert (
        "2025-12-01,day,Artificial Analysis,text-to-video,model-b,Model B,Y,1,1247,,,,aa-t2v-1,B,press"
        in rankings
    )
    sources = first["sources.csv"].decode()
    assert "aa-test-2026-08-02,https://github.com/o/r/blob/" in sources
    assert "model-b,Model B,B,Y,USA," in first["models.csv"].decode()  # country from developers.csv
    assert not list(root.glob(".build-*")), "staging folder must be removed"


def test_failed_build_leaves_existing_tables_untouched(tmp_path: Path) -> None:
    root = make_data_dir(tmp_path / "data")
    before = {p.name: p.read_bytes() for p in build.build_all(root)}
    with (root / "curated" / "company_metrics.csv").open("a") as handle:
        handle.write("Runway,arr,2025-07,2025-07-31,-5,,,,,B,press,\n")
    with pytest.raises(DataValidationError, match=r"company_metrics\.csv:3: column 'value_usd_m'"):
        build.build_all(root)
    after = {name: (root / name).read_bytes() for name in before}
    assert after == before
    assert not list(root.glob(".build-*"))


def test_unknown_board_name_is_a_clear_error(tmp_path: Path) -> None:
    root = make_data_dir(tmp_path / "data")
    aliases = root / "curated" / "model_aliases.csv"
    aliases.write_text(aliases.read_text().replace("Artificial Analysis,Model A,model-a,reviewed,,,,\n", ""))
    with pytest.raises(
        DataValidationError, match="no alias row for board name Artificial Analysis / 'Model A'"
    ):
        build.build_tables(root)


def test_missing_raw_file_named_in_error(tmp_path: Path) -> None:
    root = make_data_dir(tmp_path / "data")
    next((root / "raw" / "aa-test").glob("2026-08-01*")).unlink()
    with pytest.raises(DataValidationError, match=r"provenance\.csv:2: column 'file'"):
        build.build_tables(root)


def test_shipped_tables_are_exactly_what_the_build_produces(tmp_path: Path) -> None:
    """`make data` on the shipped raw + curated data reproduces data/*.csv and datapackage.json byte
    for byte."""
    copy = tmp_path / "data"
    shutil.copytree(paths.data_dir(), copy, ignore=shutil.ignore_patterns(".build-*"))
    rebuilt = {p.name: p.read_bytes() for p in build.build_all(copy)}
    shipped = {name: (paths.data_dir() / name).read_bytes() for name in rebuilt}
    assert sorted(rebuilt) == sorted([*(f"{name}.csv" for name in build.OUTPUTS), "datapackage.json"])
    assert rebuilt == shipped


def test_koiro_reader_reads_both_silent_boards(tmp_path: Path) -> None:
    from videomarket.data._rawformats import read_aa_api_top

    items = [{"name": "A", "creator": "X", "score": 1335}, {"name": "B", "creator": "Y", "score": 1332}]
    payload = {
        "updated": "2026-09-29T10:41Z",
        "categories": {"video": {"items": items}, "kuvasta-video": {"items": items[::-1]}},
    }
    path = tmp_path / "k.json"
    path.write_text(json.dumps(payload))
    board = read_aa_api_top(path, {"category": "multi", "source_id": "k"})
    assert board.groupby("category")["rank"].apply(list).to_dict() == {
        "image-to-video": [2, 1],
        "text-to-video": [1, 2],
    }
    assert board["ci_low"].isna().all()
    del payload["categories"]["kuvasta-video"]
    path.write_text(json.dumps(payload))
    with pytest.raises(RawFormatError, match="kuvasta-video"):
        read_aa_api_top(path, {"category": "multi", "source_id": "k"})


def test_lmarena_reader_uses_board_name_and_arena(tmp_path: Path) -> None:
    from videomarket.data._rawformats import read_lmarena_scrape

    meta = {"leaderboard": "image-to-video", "fetched_at": "2026-09-05T08:15:39.1+00:00"}
    models = [{"rank": 1, "model": "m1", "vendor": "V", "score": 1445.0, "ci": None, "votes": 14889}]
    path = tmp_path / "l.json"
    path.write_text(json.dumps({"meta": meta, "models": models}))
    board = read_lmarena_scrape(path, {"category": "image-to-video", "source_id": "l"})
    row = board.iloc[0]
    assert (row["arena"], row["category"], row["rank"], row["elo"], row["appearances"]) == (
        "LMArena",
        "image-to-video",
        1,
        1445.0,
        14889,
    )


def test_models_take_facts_from_the_aa_model_list_they_cite(tmp_path: Path) -> None:
    root = make_data_dir(tmp_path / "data")
    folder = root / "raw" / "aa-list"
    folder.mkdir()
    (folder / "undated--abc--list.csv").write_text(
        "model,slug,provider,family,release_date,is_current,open_weights,elo_t2v,price_per_min_t2v,"
        "elo_i2v,price_per_min_i2v,audio\n"
        "Model A,model-a,X,Fam A,2026-04-07,True,False,1300,13.2,1290,12,True\n"
        "Mochi 1,mochi-1,Genmo,Mochi,2024-10-22,True,True,1000,,1000,0.9,False\n"
    )
    (folder / "provenance.csv").write_text(
        ",".join(schemas.RAW_PROVENANCE.names) + "\n"
        "undated--abc--list.csv,aa-list-abc,o/l,"
        + "b" * 40
        + ",list.csv,https://github.com/o/l/blob/"
        + "b" * 40
        + f'/list.csv,,2026-11-24,"{LICENCE}",aa-models-csv,multi,{UNCHECKED_SHA},,\n'
    )
    models = root / "curated" / "models.csv"
    models.write_text(
        models.read_text()
        .replace("model-a,Model A,A,X,,,,,,,,press,", "model-a,Model A,,X,,,,,,,,aa-list-abc,")
        .replace(
            "mochi-1,Mochi 1,Mochi,Genmo,USA,,,true,,,,press,",
            "mochi-1,Mochi 1,Mochi,Genmo,USA,,,,,,,aa-list-abc,",
        )
    )
    built = {p.name: p.read_text() for p in build.build_all(root)}["models.csv"].splitlines()
    assert "model-a,Model A,Fam A,X,,2026-04-07,true,false,,13.2,,aa-list-abc,aa-list-abc" in built
    # no text-to-video price: the image-to-video price is used; curated family 'Mochi' wins
    assert "mochi-1,Mochi 1,Mochi,Genmo,USA,2024-10-22,false,true,,0.9,,aa-list-abc,aa-list-abc" in built


def test_scoped_alias_rows_win_where_they_apply(tmp_path: Path) -> None:
    """A copy that reuses an old name for a new entry maps to the new entry only where it applies."""
    root = make_data_dir(tmp_path / "data")
    aliases = root / "curated" / "model_aliases.csv"
    scoped = "Artificial Analysis,Model A,model-c,reviewed,shortened,text-to-video,2026-08-02,\n"
    aliases.write_text(aliases.read_text() + scoped)
    models = root / "curated" / "models.csv"
    models.write_text(models.read_text() + "model-c,Model C,C,X,,,,,,,,press,\n")
    rankings = {p.name: p.read_text() for p in build.build_all(root)}["rankings.csv"].splitlines()
    by_day = {line[:10]: line for line in rankings if ",Model A," in line}
    assert ",model-a,Model A," in by_day["2026-08-01"]  # before the scoped row applies
    assert ",model-c,Model A," in by_day["2026-08-02"]  # the more specific row wins from its first day
    clash = "Artificial Analysis,Model A,mochi-1,reviewed,,text-to-video,,2026-09-01\n"
    aliases.write_text(aliases.read_text() + clash)
    with pytest.raises(DataValidationError, match="2 equally specific alias rows apply"):
        build.build_tables(root)


def test_a_raw_snapshot_is_read_again_when_its_bytes_change_and_errors_are_not_kept(tmp_path) -> None:
    """Builds reuse what a reader gave for the same bytes and provenance row; anything else is read anew."""
    _remembered_read = build._remembered_read
    calls: list[bytes] = []

    def reader(path, provenance):
        calls.append(path.read_bytes())
        if path.read_bytes() == b"broken":
            raise ValueError(f"{path}: broken")
        return pd.DataFrame({"value": [path.read_bytes().decode()], "source_id": [provenance["source_id"]]})

    path = tmp_path / "snapshot.json"
    path.write_bytes(b"one")
    first = _remembered_read(reader, path, {"source_id": "s"})
    first.loc[0, "value"] = "edited by the caller"
    assert _remembered_read(reader, path, {"source_id": "s"})["value"].tolist() == ["one"]  # a fresh copy
    assert len(calls) == 1
    assert _remembered_read(reader, path, {"source_id": "t"})["source_id"].tolist() == ["t"]  # other row
    path.write_bytes(b"two")  # same name, same size class: new bytes are read
    assert _remembered_read(reader, path, {"source_id": "s"})["value"].tolist() == ["two"]
    path.write_bytes(b"broken")
    for _ in range(2):  # an error is raised each time, never answered from memory
        with pytest.raises(ValueError, match="broken"):
            _remembered_read(reader, path, {"source_id": "s"})
    assert len(calls) == 5
