"""The raw store: every file listed, described and checkable against its archive."""

from __future__ import annotations

import hashlib

import pytest

from videomarket import data, paths
from videomarket.data._rawformats import raw_bytes

LARGE = 200_000  # bytes: larger originals are stored gzip-compressed


@pytest.fixture(scope="module")
def provenance():
    return data.load_provenance()


def test_every_file_has_its_original_sha256(provenance) -> None:
    wrong = [
        f"{row.folder}/{row.file}"
        for row in provenance.itertuples(index=False)
        if hashlib.sha256(raw_bytes(paths.raw_dir() / row.folder / row.file)).hexdigest() != row.sha256
    ]
    assert not wrong, f"sha256 of the original bytes differs from provenance.csv: {wrong}"


def test_compressed_files_are_large_and_deterministic(provenance) -> None:
    for row in provenance.itertuples(index=False):
        path = paths.raw_dir() / row.folder / row.file
        head = path.read_bytes()[:10]
        if path.suffix == ".gz":
            assert head[:2] == b"\x1f\x8b" and head[4:8] == b"\0\0\0\0", f"{path}: gzip without mtime 0"
            assert head[3] & 0x08 == 0, f"{path}: gzip header stores a file name"
            assert len(raw_bytes(path)) > LARGE, f"{path}: small originals are stored as they are"
        else:
            assert path.stat().st_size <= LARGE or row.folder in {"genai-arena"}, (
                f"{path}: a large original should be stored gzip-compressed"
            )


def test_every_folder_has_a_readme_and_lists_every_file(provenance) -> None:
    for folder in sorted(p for p in paths.raw_dir().iterdir() if p.is_dir()):
        listed = set(provenance.loc[provenance["folder"] == folder.name, "file"])
        present = {p.name for p in folder.iterdir() if p.name not in {"README.md", "provenance.csv"}}
        assert (folder / "README.md").is_file(), f"{folder} has no README.md"
        assert present == listed, f"{folder}: files not in provenance.csv {sorted(present - listed)}"
