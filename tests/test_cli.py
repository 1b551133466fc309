"""The `videomarket` command itself: version, help texts, and the make targets that front it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib import metadata

import pytest

from videomarket import cli, paths


def test_version_flag_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"videomarket {metadata.version('videomarket')}"


def test_python_dash_m_shows_the_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "videomarket", "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and result.stdout.startswith("videomarket ")


@pytest.mark.parametrize(("command", "phrase"), [("data", "data/raw"), ("validate", "file, line and column")])
def test_local_commands_have_a_description(
    command: str, phrase: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        cli.main([command, "--help"])
    text = capsys.readouterr().out
    description = text.split("\n\n", 2)[1]  # usage, blank line, description
    assert phrase in description.replace("\n", " ")


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_help_is_plain_in_a_pipe_and_lists_validate() -> None:
    result = subprocess.run(
        ["make", "--no-print-directory", "help"],
        cwd=paths.project_root(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert "\x1b" not in result.stdout, "colour codes must not reach a pipe"
    assert any(line.split()[:1] == ["validate"] for line in result.stdout.splitlines())


def test_readme_documents_validate_and_version() -> None:
    readme = (paths.project_root() / "README.md").read_text(encoding="utf-8")
    assert "videomarket validate" in readme and "make validate" in readme
    assert "videomarket --version" in readme
