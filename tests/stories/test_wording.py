"""The table wording file: every table is text, every format a known kind, every table used somewhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from videomarket import stories
from videomarket.plots._table import FORMATS
from videomarket.stories import _wording as wording

ROOT = Path(__file__).resolve().parents[2]


def test_each_table_is_read_as_a_fresh_dict_so_a_caller_cannot_change_the_wording() -> None:
    first = wording.GAPS_TABLE
    first["pool"] = "changed"
    assert wording.GAPS_TABLE["pool"] == "Pool"
    assert stories.GAPS_TABLE == wording.GAPS_TABLE


def test_an_unknown_table_is_an_attribute_error_naming_the_file() -> None:
    with pytest.raises(AttributeError, match=r"NO_SUCH_TABLE.*stories/tables\.toml"):
        wording.NO_SUCH_TABLE  # noqa: B018
    with pytest.raises(ImportError):
        exec("from videomarket.stories._wording import NO_SUCH_TABLE", {})


def test_a_value_that_is_not_text_is_named_with_its_table_and_key() -> None:
    with pytest.raises(TypeError, match=r"\[X_FORMATS\]: 'rating' is not text"):
        wording._parse('[X_FORMATS]\nmodel = "text"\nrating = 1\n')
    with pytest.raises(TypeError, match="'X' is not a table"):
        wording._parse('X = "loose"\n')


def test_every_format_is_a_kind_the_table_helper_knows() -> None:
    for name in [n for n in wording.NAMES if n.endswith("_FORMATS")]:
        unknown = set(getattr(wording, name).values()) - set(FORMATS)
        assert not unknown, f"{name}: {sorted(unknown)}"


def test_headers_are_words_for_readers_not_column_names() -> None:
    for name in [n for n in wording.NAMES if n.endswith("_TABLE")]:
        for column, header in getattr(wording, name).items():
            assert header and not re.search(r"\b[a-z]+_[a-z_]+\b", header), f"{name}[{column}] = {header!r}"


def test_every_table_is_used_by_the_code_or_a_notebook() -> None:
    """Wording nobody reads would drift from the tables it once described."""
    package = ROOT / "src" / "videomarket"
    reexports = {package / "stories" / "__init__.py", package / "stories" / "_wording.py"}
    texts = [p.read_text() for p in package.rglob("*.py") if p not in reexports]
    texts += [p.read_text() for p in (ROOT / "notebooks").glob("*.ipynb")]
    corpus = "\n".join(texts)
    unused = [n for n in wording.NAMES if not re.search(rf"(?:wording|stories)\.{n}\b", corpus)]
    assert not unused


def test_a_broken_wording_file_is_named_with_the_line_of_the_fault() -> None:
    with pytest.raises(ValueError, match=r"stories/tables\.toml: .*line 2"):
        wording._parse('[X_TABLE]\nmodel = "Model\n')
