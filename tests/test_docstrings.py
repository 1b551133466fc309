"""The examples in every module's docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import videomarket

PACKAGES = ["data", "refresh", "arena", "growth", "leaderboard", "market", "guide", "stories", "plots",
            "report"]
MODULES = sorted(m.name for m in pkgutil.walk_packages(videomarket.__path__, "videomarket."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(
        module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"


def test_public_modules_show_an_example() -> None:
    public = [*PACKAGES, "data.schemas", "stories.fmt"]
    missing = [m for m in public if ">>>" not in (importlib.import_module(f"videomarket.{m}").__doc__ or "")]
    assert not missing, f"module docstrings without an example: {missing}"
