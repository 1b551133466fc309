"""The package's walls: one subpackage per concern, a declared public surface, no import cycles.

Import-linter (``lint-imports``, run by ``make check`` and ``make test``) enforces the layers; these
tests cover what a layer contract cannot see: cycles through function-level imports, reaching into
another subpackage's private modules, ``__init__`` files that do more than re-export, and notebooks
that use names outside a public ``__all__``.
"""

from __future__ import annotations

import ast
import importlib
import json
from pathlib import Path

import pytest

import videomarket

PACKAGE_DIR = Path(videomarket.__file__).resolve().parent
SUBPACKAGES = (
    "data", "refresh", "arena", "growth", "leaderboard", "market", "guide", "stories", "plots", "report",
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _all_modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE_DIR.rglob("*.py"))}


MODULES = _all_modules()


def _imported_modules(path: Path) -> list[tuple[str, int]]:
    """Every ``videomarket`` module imported anywhere in ``path`` (function bodies included), with its line.

    ``from videomarket.x import name`` counts as an import of ``videomarket.x.name`` when that is a
    module, else of ``videomarket.x``.
    """
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names if a.name.startswith("videomarket")]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("videomarket"):
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                found.append((candidate if candidate in MODULES else node.module, node.lineno))
    return found


def _graph() -> dict[str, set[str]]:
    return {name: {m for m, _ in _imported_modules(path) if m != name} for name, path in MODULES.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles_anywhere() -> None:
    assert _cycles(_graph()) == []


def test_cycle_finder_finds_a_function_level_cycle(tmp_path: Path) -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
    source = tmp_path / "m.py"
    source.write_text("def f():\n    from videomarket.leaderboard import leader_spells\n")
    assert ("videomarket.leaderboard", 2) in _imported_modules(source)


def test_the_ten_subpackages_and_few_top_level_files() -> None:
    for name in SUBPACKAGES:
        assert (PACKAGE_DIR / name / "__init__.py").is_file(), name
    top_level = sorted(p.name for p in PACKAGE_DIR.glob("*.py"))
    assert len(top_level) <= 5, top_level


@pytest.mark.parametrize("package", SUBPACKAGES)
def test_init_only_re_exports_its_all(package: str) -> None:
    path = PACKAGE_DIR / package / "__init__.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    body = [n for n in tree.body if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]
    others = [
        n for n in body
        if not isinstance(n, ast.Import | ast.ImportFrom)
        and not (isinstance(n, ast.Assign) and [getattr(t, "id", "") for t in n.targets] == ["__all__"])
    ]
    assert not others, f"{path} does more than re-export (line {others[0].lineno})" if others else ""
    module = importlib.import_module(f"videomarket.{package}")
    missing = [name for name in module.__all__ if not hasattr(module, name)]
    assert not missing
    imported = {a.asname or a.name for n in body if isinstance(n, ast.ImportFrom) for a in n.names}
    assert imported <= set(module.__all__) | {"annotations"}, imported - set(module.__all__)


def test_public_modules_are_exported_and_the_rest_private() -> None:
    for name in MODULES:
        parts = name.split(".")
        if len(parts) < 3 or parts[-1].startswith("_"):
            continue
        package = importlib.import_module(".".join(parts[:-1]))
        assert parts[-1] in package.__all__, f"{name}: public name, not in {package.__name__}.__all__"


def test_no_module_reaches_into_another_subpackage_internals() -> None:
    offenders = []
    for name, path in MODULES.items():
        own = name.split(".")[1] if name.count(".") >= 1 else ""
        for target, line in _imported_modules(path):
            parts = target.split(".")
            if len(parts) >= 3 and parts[2].startswith("_") and parts[1] != own:
                offenders.append(f"{name}:{line} imports {target}")
    assert not offenders


def _notebook_code(path: Path) -> list[tuple[int, str]]:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    return [
        (i, "".join(c["source"]))
        for i, c in enumerate(notebook["cells"])
        if c["cell_type"] == "code"
    ]


def _notebook_problems(path: Path) -> list[str]:
    """Imports of videomarket names outside a subpackage's ``__all__``, and attributes likewise."""
    problems, bound = [], {}
    for index, source in _notebook_code(path):
        tree = ast.parse(source)
        for node in ast.walk(tree):
            where = f"{path.name} cell {index} line {getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Import) and any(a.name.startswith("videomarket") for a in node.names):
                problems.append(f"{where}: use `from videomarket import <subpackage>`")
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("videomarket"):
                if node.module == "videomarket":
                    for alias in node.names:
                        if alias.name not in SUBPACKAGES:
                            problems.append(f"{where}: videomarket.{alias.name} is not a subpackage")
                        bound[alias.asname or alias.name] = f"videomarket.{alias.name}"
                    continue
                package = node.module.split(".")
                if len(package) != 2 or package[1] not in SUBPACKAGES:
                    problems.append(f"{where}: {node.module} is not a subpackage")
                    continue
                public = importlib.import_module(node.module).__all__
                for alias in node.names:
                    if alias.name not in public:
                        problems.append(f"{where}: {node.module}.{alias.name} is not public")
                    if alias.name in ("fmt", "schemas"):
                        bound[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        for node in ast.walk(tree):
            is_attribute = isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
            if is_attribute and node.value.id in bound:
                module = importlib.import_module(bound[node.value.id])
                public = getattr(module, "__all__", None)
                if public is None:  # a public module such as stories.fmt: its public functions
                    public = [n for n in dir(module) if not n.startswith("_")]
                if node.attr not in public:
                    name = f"{bound[node.value.id]}.{node.attr}"
                    problems.append(f"{path.name} cell {index}: {name} is private")
    return problems


def test_notebooks_use_only_public_names(notebook_paths: list[Path]) -> None:
    problems = [p for path in notebook_paths for p in _notebook_problems(path)]
    assert not problems


def test_notebook_check_catches_private_names(tmp_path: Path) -> None:
    notebook = {"cells": [{"cell_type": "code", "metadata": {}, "source": [
        "from videomarket import data, leaderboard\n",
        "from videomarket.leaderboard import pool_rows\n",
        "import videomarket.arena\n",
        "leaderboard.leader_spells, leaderboard._spells, data.load_rankings\n",
    ]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    path = tmp_path / "bad.ipynb"
    path.write_text(json.dumps(notebook))
    problems = _notebook_problems(path)
    assert len(problems) == 3, problems
    assert any("pool_rows" in p for p in problems) and any("_spells" in p for p in problems)
