"""The project's set-up promises: paths from anywhere, light imports, clean notebooks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from videomarket import paths

HEAVY = ("statsmodels", "matplotlib", "nbconvert", "nbclient", "seaborn", "scipy", "pandera")


def _run_python(code: str, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_data_dir_found_from_any_working_directory(tmp_path: Path, project_root: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != paths.DATA_ENV}
    printed = _run_python("from videomarket import paths; print(paths.data_dir())", cwd=tmp_path, env=env)
    assert Path(printed) == project_root / "data"
    assert (project_root / "src" / "videomarket" / "paths.py").is_file()


def test_data_dir_env_override(tmp_path: Path) -> None:
    env = {**os.environ, paths.DATA_ENV: str(tmp_path)}
    printed = _run_python("from videomarket import paths; print(paths.table_path('rankings'))", tmp_path, env)
    assert Path(printed) == tmp_path / "rankings.csv"


def test_import_does_not_load_heavy_libraries(tmp_path: Path) -> None:
    """Every module of the package imports without statsmodels, matplotlib, nbconvert & co."""
    code = (
        "import importlib, pkgutil, sys, videomarket\n"
        "names = [m.name for m in pkgutil.walk_packages(videomarket.__path__, 'videomarket.')]\n"
        "for name in names: importlib.import_module(name)\n"
        f"print(len(names), '|', ','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    count, loaded = _run_python(code, cwd=tmp_path).split("|")
    assert int(count) >= 8
    assert loaded.strip() == ""


def test_version_is_exposed() -> None:
    import videomarket

    assert videomarket.__version__.count(".") == 2


@pytest.mark.parametrize("field", ["outputs", "execution_count"])
def test_committed_notebooks_carry_no_outputs(notebook_paths: list[Path], field: str) -> None:
    assert notebook_paths, "expected at least one notebook in notebooks/"
    dirty = []
    for path in notebook_paths:
        notebook = json.loads(path.read_text(encoding="utf-8"))
        for index, cell in enumerate(notebook["cells"]):
            if cell["cell_type"] != "code":
                continue
            if (field == "outputs" and cell.get("outputs")) or (
                field == "execution_count" and cell.get("execution_count") is not None
            ):
                dirty.append(f"{path.name} cell {index}")
    assert not dirty, f"notebooks must be committed stripped ({field}): {dirty}"


def test_notebooks_define_no_functions_or_classes(notebook_paths: list[Path]) -> None:
    offenders = []
    for path in notebook_paths:
        notebook = json.loads(path.read_text(encoding="utf-8"))
        for index, cell in enumerate(notebook["cells"]):
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            if cell["cell_type"] == "code" and any(
                line.lstrip().startswith(("def ", "class ", "lambda ")) for line in source.splitlines()
            ):
                offenders.append(f"{path.name} cell {index}")
    assert not offenders, f"logic belongs in src/videomarket, not notebooks: {offenders}"


def test_notebooks_use_project_kernel_and_have_parameters_cell(notebook_paths: list[Path]) -> None:
    for path in notebook_paths:
        notebook = json.loads(path.read_text(encoding="utf-8"))
        assert notebook["metadata"]["kernelspec"]["name"] == "videomarket", path.name
        tags = [tag for cell in notebook["cells"] for tag in cell.get("metadata", {}).get("tags", [])]
        assert tags.count("parameters") == 1, f"{path.name} needs exactly one `parameters` cell"


def test_python_dash_m_runs_the_command(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "videomarket", "--help"]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=True)
    assert "usage: videomarket" in result.stdout and "report" in result.stdout and "refresh" in result.stdout
