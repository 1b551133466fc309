"""What to build: notebooks, papermill-style parameters, output file names and content-hash keys.

Everything here is cheap (standard library only, notebooks read as JSON), so deciding that nothing needs
rebuilding never imports nbconvert or nbclient. ``-p`` values are typed by the notebook's ``parameters``
cell (see :mod:`videomarket.report._params`) before any kernel starts.

Example::

    >>> from videomarket.report._plan import parse_parameter, output_name, typed_parameters
    >>> cell = {"cell_type": "code", "metadata": {"tags": ["parameters"]},
    ...         "source": "category = 'text-to-video'\\nflag = False  # show grade D"}
    >>> typed = typed_parameters({"cells": [cell]}, (parse_parameter("flag=no"),), "x.ipynb")
    >>> typed[0].value, output_name("02-leaders", typed, with_code=False)
    (False, '02-leaders--flag=False.html')
"""

from __future__ import annotations

import ast
import hashlib
import json
import platform
import re
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from videomarket.report._params import (
    NOT_A_LITERAL,
    ParameterSpec,
    ParameterValueError,
    canonical_text,
    read_parameter_specs,
)

PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"
CODE_SUFFIX = "--code"
KEY_SCHEMA = "videomarket-report-2"  # bump when the meaning of a key changes
_UNSAFE = re.compile(r"[^A-Za-z0-9._=+-]")
_MAX_NAME = 150


@dataclass(frozen=True)
class Parameter:
    """One ``-p name=value`` override: ``text`` for file names and the index, ``value`` as injected.

    As parsed, both are the text typed; :func:`typed_parameters` converts ``value`` to the type of the
    notebook's default and spells ``text`` canonically (``False``, ``0.5``, ``2025-12-01``, ``a,b``).
    """

    name: str
    text: str
    value: object


@dataclass(frozen=True)
class ReportOutput:
    """One HTML file produced by a job: its file name, whether it shows code, and its cache key."""

    name: str
    with_code: bool
    key: str


@dataclass(frozen=True)
class ReportJob:
    """One execution of one notebook (with its parameters) and the HTML files exported from it."""

    notebook: Path
    display_path: str
    source: bytes = field(repr=False)
    parameters: tuple[Parameter, ...]
    outputs: tuple[ReportOutput, ...]

    @property
    def label(self) -> str:
        """Short name for progress lines: the main output file without ``.html``."""
        return self.outputs[0].name.removesuffix(".html")


def parse_parameter(spec: str) -> Parameter:
    """Split ``name=value``; the value stays text until :func:`typed_parameters` reads the notebook.

    >>> parse_parameter("top=5")
    Parameter(name='top', text='5', value='5')
    """
    name, sep, text = spec.partition("=")
    name = name.strip()
    if not sep or not name.isidentifier():
        raise ValueError(f"-p {spec!r}: expected name=value with a Python identifier as name")
    return Parameter(name=name, text=text, value=text)


def parse_parameters(specs: list[str]) -> tuple[Parameter, ...]:
    """Parse every ``-p`` and sort by name (so the file name does not depend on the order typed)."""
    parameters = [parse_parameter(spec) for spec in specs]
    names = [p.name for p in parameters]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ValueError(f"parameter given more than once: {', '.join(duplicates)}")
    return tuple(sorted(parameters, key=lambda p: p.name))


def _safe(text: str) -> str:
    return _UNSAFE.sub("_", text)


def output_name(stem: str, parameters: tuple[Parameter, ...], with_code: bool) -> str:
    """File name of a report: ``<stem>[--name=value ...][--code].html``, safe for any file system.

    Characters outside ``A-Za-z0-9._=+-`` become ``_``; when that (or truncation) makes two parameter sets
    look alike, a short hash of the exact values keeps their files apart.
    """
    parts = "".join(f"--{p.name}={_safe(p.text)}" for p in parameters)
    exact = "".join(f"--{p.name}={p.text}" for p in parameters)
    if parts != exact or len(parts) > _MAX_NAME:
        digest = hashlib.sha256(exact.encode("utf-8")).hexdigest()[:8]
        parts = f"{parts[:_MAX_NAME]}--{digest}"
    return f"{stem}{parts}{CODE_SUFFIX if with_code else ''}.html"


def cell_source(cell: dict) -> str:
    """A cell's source as one string (nbformat stores either a string or a list of lines)."""
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def parameters_cell_index(notebook: dict) -> int | None:
    """Index of the first cell tagged ``parameters``, or None."""
    for index, cell in enumerate(notebook.get("cells", [])):
        if PARAMETERS_TAG in cell.get("metadata", {}).get("tags", []):
            return index
    return None


def defined_parameter_names(notebook: dict, where: str) -> set[str]:
    """Names assigned at top level of the ``parameters`` cell (empty set when there is none)."""
    index = parameters_cell_index(notebook)
    if index is None:
        return set()
    try:
        tree = ast.parse(cell_source(notebook["cells"][index]))
    except SyntaxError as error:
        raise ValueError(f"{where}: the parameters cell is not valid Python ({error.msg})") from error
    names: set[str] = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        for target in targets:
            for leaf in ast.walk(target) if target is not None else ():
                if isinstance(leaf, ast.Name):
                    names.add(leaf.id)
    return names


def parameter_specs(notebook: dict, where: str) -> list[ParameterSpec]:
    """Each variable of the ``parameters`` cell with its default, type and comment (empty without one)."""
    index = parameters_cell_index(notebook)
    if index is None:
        return []
    return read_parameter_specs(cell_source(notebook["cells"][index]), where)


def typed_parameters(notebook: dict, parameters: tuple[Parameter, ...], where: str) -> tuple[Parameter, ...]:
    """``parameters`` converted to the types of the notebook's defaults; ValueError naming a bad one."""
    check_parameters(notebook, parameters, where)
    specs = {spec.name: spec for spec in parameter_specs(notebook, where)}
    typed = []
    for parameter in parameters:
        # A name set some other way (``x += 1``, ``a.b = 1``) has no default to type by: the literal rule.
        spec = specs.get(parameter.name) or ParameterSpec(parameter.name, NOT_A_LITERAL, "literal")
        try:
            value = spec.convert(parameter.text)
        except ParameterValueError as error:
            raise ValueError(f"{where}: {error}") from None
        typed.append(Parameter(parameter.name, canonical_text(value), value))
    return tuple(typed)


def check_parameters(notebook: dict, parameters: tuple[Parameter, ...], where: str) -> None:
    """Raise ValueError when a ``-p`` name is not defined in the notebook's parameters cell."""
    if not parameters:
        return
    defined = defined_parameter_names(notebook, where)
    unknown = [p.name for p in parameters if p.name not in defined]
    if parameters_cell_index(notebook) is None:
        raise ValueError(f"{where}: no cell tagged `parameters`, so -p {', '.join(unknown)} cannot be set")
    if unknown:
        known = ", ".join(sorted(defined)) or "none"
        raise ValueError(
            f"{where}: parameter {', '.join(unknown)} is not defined in the parameters cell "
            f"(defined: {known})"
        )


def find_notebooks(arguments: list[str], notebooks_dir: Path) -> list[Path]:
    """The notebooks named on the command line (a path, or a name in ``notebooks_dir``), else all of them."""
    if not arguments:
        return sorted(p for p in notebooks_dir.glob("*.ipynb") if not p.name.startswith("."))
    found = []
    for argument in arguments:
        candidates = [Path(argument), notebooks_dir / argument, notebooks_dir / f"{argument}.ipynb"]
        match = next((c for c in candidates if c.is_file() and c.suffix == ".ipynb"), None)
        if match is None:
            raise ValueError(_not_a_notebook(argument, notebooks_dir))
        found.append(match.resolve())
    return list(dict.fromkeys(found))


def _not_a_notebook(argument: str, notebooks_dir: Path) -> str:
    path = Path(argument)
    if path.is_dir():
        return (
            f"{argument} is a folder, not a notebook: name .ipynb files "
            f"(or none for every notebook in {notebooks_dir})"
        )
    if path.is_file():
        return f"{argument} is not a notebook (expected a .ipynb file)"
    return f"no such notebook: {argument} (looked in . and {notebooks_dir})"


def tool_versions() -> dict[str, str]:
    """Versions that change the HTML for the same notebook: Python and the Jupyter conversion stack."""
    versions = {"python": platform.python_version()}
    for package in ("nbconvert", "nbclient", "nbformat", "ipykernel", "jupyter_client"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = "absent"
    return versions


def tree_digest(root: Path) -> str:
    """SHA-256 over every file under ``root`` (relative path + bytes), skipping caches and hidden files."""
    digest = hashlib.sha256()
    if not root.is_dir():
        return digest.hexdigest()
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if not path.is_file() or _ignored(relative):
            continue
        digest.update(relative.as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _ignored(relative: Path) -> bool:
    return relative.suffix in {".pyc", ".pyo"} or any(
        part == "__pycache__" or part.startswith(".") for part in relative.parts
    )


def inputs_digest(package_dir: Path, data_dir: Path) -> str:
    """One hash of what every notebook may depend on: the package source, all of ``data/``, tool versions."""
    payload = {
        "schema": KEY_SCHEMA,
        "package": tree_digest(package_dir),
        "data": tree_digest(data_dir),
        "versions": tool_versions(),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode("utf-8")).hexdigest()


def output_key(
    shared: str, source: bytes, parameters: tuple[Parameter, ...], with_code: bool, site: object = None
) -> str:
    """Cache key of one HTML file: shared inputs + notebook bytes + parameter values + the code flag + the
    page's place on the site (``site``: its previous and next reports, whose titles it links to)."""
    payload = {
        "shared": shared,
        "notebook": hashlib.sha256(source).hexdigest(),
        "parameters": [[p.name, repr(p.value)] for p in parameters],
        "with_code": with_code,
        "site": repr(site),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode("utf-8")).hexdigest()


def display_path(path: Path) -> str:
    """``path`` relative to the working directory when it is below it, else absolute."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def notebook_json(source: bytes, where: str) -> dict:
    """The notebook's JSON; ValueError naming ``where`` when it is not a notebook."""
    try:
        content = json.loads(source)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        line = f" at line {error.lineno}" if isinstance(error, json.JSONDecodeError) else ""
        raise ValueError(f"{where}: not a notebook (invalid JSON{line})") from error
    if not isinstance(content, dict) or not isinstance(content.get("cells"), list):
        raise ValueError(f"{where}: not a notebook (no list of cells)")
    return content


def plan_jobs(
    notebooks: list[Path],
    parameters: tuple[Parameter, ...],
    with_code: bool,
    shared_digest: str,
    site: dict[str, object] | None = None,
) -> list[ReportJob]:
    """One job per notebook; raises ValueError (before anything runs) for unreadable notebooks or bad -p.

    Each notebook types the ``-p`` values by its own defaults, so one ``-p`` may give different values
    (or be rejected) in different notebooks.
    ``site``: notebook stem -> its neighbours on the site (part of each key: a renamed neighbour changes
    the page's links).
    """
    jobs = []
    for notebook in notebooks:
        where = display_path(notebook)
        source = notebook.read_bytes()
        content = notebook_json(source, where)
        typed = typed_parameters(content, parameters, where)
        outputs = tuple(
            ReportOutput(
                name=output_name(notebook.stem, typed, code),
                with_code=code,
                key=output_key(shared_digest, source, typed, code, (site or {}).get(notebook.stem)),
            )
            for code in ((False, True) if with_code else (False,))
        )
        jobs.append(ReportJob(notebook, where, source, typed, outputs))
    return jobs
