"""The project's set-up promises: paths from anywhere, light imports, clean notebooks."""

from __future__ import annotations

import ast
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


def _notebook_logic_problems(path: Path) -> list[str]:
    """Definitions and inline prose in a notebook's code cells (the AST, not the text, so a lambda in an
    argument or an f-string on a continuation line is found too)."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    problems = []
    for index, cell in enumerate(notebook["cells"]):
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        for node in ast.walk(ast.parse(source)):
            where = f"{path.name} cell {index} line {getattr(node, 'lineno', '?')}"
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                problems.append(f"{where}: defines {type(node).__name__} (logic belongs in src/videomarket)")
            elif isinstance(node, ast.JoinedStr):
                problems.append(f"{where}: f-string (reader text comes from a tested stories function)")
            elif isinstance(node, ast.Call) and _called_name(node) in {"format", "print"}:
                problems.append(f"{where}: {_called_name(node)}() builds text inline")
            elif isinstance(node, ast.Call) and _called_name(node) == "Markdown" and not (
                node.args and isinstance(node.args[0], ast.Call) and _is_stories_call(node.args[0])
            ):
                problems.append(f"{where}: Markdown() of something other than one stories function")
    return problems


def _called_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _is_stories_call(call: ast.Call) -> bool:
    func = call.func
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "stories"


def test_notebooks_define_no_functions_and_build_no_paragraph(notebook_paths: list[Path]) -> None:
    problems = [p for path in notebook_paths for p in _notebook_logic_problems(path)]
    assert not problems, "\n".join(problems)


def test_the_notebook_check_finds_inline_prose_and_hidden_definitions(tmp_path: Path) -> None:
    cells = [
        "x = sorted(rows, key=lambda r: r[1])",
        "display(Markdown(f\"{n} models\"))",
        "display(Markdown(\"The leader is \" + name))",
        "display(Markdown(stories.key_findings(stories.data_findings(a, b))))",
        "title = \"{} leads\".format(name)",
        "class Helper:\n    pass",
    ]
    notebook = {"cells": [{"cell_type": "code", "metadata": {}, "source": c, "outputs": []} for c in cells]}
    path = tmp_path / "nb.ipynb"
    path.write_text(json.dumps(notebook))
    problems = _notebook_logic_problems(path)
    assert sorted({p.split(":")[0] for p in problems}) == [
        f"nb.ipynb cell {i} line 1" for i in (0, 1, 2, 4, 5)]
    text = "\n".join(problems)
    assert "Lambda" in text and "f-string" in text and "other than one stories" in text and "ClassDef" in text


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
