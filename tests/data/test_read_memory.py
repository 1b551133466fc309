"""Tables read again are answered from memory only when the file is byte for byte the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from videomarket.data import DataValidationError, read_table, schemas
from videomarket.data import _tablecheck as tablecheck

HEADER = "source_id,url,title,title_en,publisher,published,accessed,licence,evidence,cites_url,note\n"
ROW = "s1,https://example.com/a,A page,,Example,2026-01,2026-11-24,,{grade},,\n"


def write(path: Path, grade: str) -> Path:
    path.write_text(HEADER + ROW.format(grade=grade))
    return path


def test_a_changed_file_is_read_again_even_with_the_same_size_at_once(tmp_path: Path) -> None:
    path = write(tmp_path / "sources.csv", "C")
    assert read_table(path, schemas.SOURCES)["evidence"].tolist() == ["C"]
    write(path, "B")  # same size, written within the same clock tick: only the bytes tell them apart
    assert read_table(path, schemas.SOURCES)["evidence"].tolist() == ["B"]


def test_what_a_caller_changes_in_its_copy_never_reaches_the_next_reader(tmp_path: Path) -> None:
    path = write(tmp_path / "sources.csv", "C")
    first = read_table(path, schemas.SOURCES)
    first.loc[0, "title"] = "changed by the caller"
    assert read_table(path, schemas.SOURCES).loc[0, "title"] == "A page"


def test_a_broken_file_is_reported_every_time_and_never_remembered(tmp_path: Path) -> None:
    path = write(tmp_path / "sources.csv", "Z")
    before = list(tablecheck._READ)
    for _ in range(2):
        with pytest.raises(DataValidationError, match=r"sources.csv:2: column 'evidence'"):
            read_table(path, schemas.SOURCES)
    assert list(tablecheck._READ) == before


def test_memory_stays_bounded(tmp_path: Path) -> None:
    for i in range(tablecheck._READ_KEPT + 5):
        read_table(write(tmp_path / f"s{i}.csv", "C").with_name(f"s{i}.csv"), schemas.SOURCES)
        (tmp_path / f"s{i}.csv").write_text(HEADER + ROW.format(grade="C").replace("A page", f"page {i}"))
        read_table(tmp_path / f"s{i}.csv", schemas.SOURCES)
    assert len(tablecheck._READ) == tablecheck._READ_KEPT
