"""Run one notebook for a report: inject parameters, execute with nbclient, name the failing cell.

Execution happens *before* any tag removal (nbconvert's own ``--execute`` removes tagged cells first and
never runs them; see nbconvert #663). Cells are numbered from 1 over all cells of the notebook file, the
way they appear in JupyterLab; the injected parameters cell is not counted.

Example::

    >>> import nbformat
    >>> from videomarket.report._execute import inject_parameters
    >>> from videomarket.report._plan import Parameter
    >>> cell = nbformat.v4.new_code_cell("n = 1", metadata={"tags": ["parameters"]})
    >>> nb = nbformat.v4.new_notebook(cells=[cell])
    >>> inject_parameters(nb, (Parameter("n", "3", 3),))  # typed by plan_jobs from `-p n=3`
    1
    >>> nb.cells[1].source
    '# Parameters\\nn = 3\\n'
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from videomarket.report._plan import INJECTED_TAG, Parameter, cell_source, parameters_cell_index

KERNEL_NAME = "videomarket"
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_STYLER_TABLE = re.compile(r'<table id="T_([0-9a-f]+)"')
_WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
CellHook = Callable[[int, int], None]


class ReportBuildError(RuntimeError):
    """A notebook could not be turned into a report; the message names the notebook and the cell."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.details = details


@dataclass
class Numbering:
    """Maps positions in the executed notebook back to the cell numbers of the notebook file."""

    injected_at: int | None = None
    sources: list[str] = field(default_factory=list)

    def describe(self, index: int) -> str:
        """``cell 4 (`first line`)`` for the cell at ``index`` of the executed notebook."""
        first = next((line.strip() for line in self.sources[index].splitlines() if line.strip()), "")
        first = first if len(first) <= 80 else first[:77] + "..."
        if self.injected_at is not None and index == self.injected_at:
            return f"injected parameters cell (`{first}`)"
        shift = 1 if self.injected_at is not None and index > self.injected_at else 0
        return f"cell {index + 1 - shift} (`{first}`)"


def read_notebook(source: bytes) -> Any:
    """Parse notebook bytes; cells without an id get a stable one (never a random uuid)."""
    import nbformat

    nb = nbformat.reads(source.decode("utf-8"), as_version=4)
    if nb.get("nbformat_minor", 0) >= 5:
        for index, cell in enumerate(nb.cells):
            if not cell.get("id"):
                cell["id"] = f"cell-{index}"
    return nb


def inject_parameters(nb: Any, parameters: tuple[Parameter, ...]) -> int | None:
    """Insert a cell tagged ``injected-parameters`` right after the ``parameters`` cell (papermill's rule).

    Returns its index, or None when there is nothing to inject.
    """
    if not parameters:
        return None
    import nbformat

    anchor = parameters_cell_index(nb)
    position = 0 if anchor is None else anchor + 1
    lines = ["# Parameters", *(f"{p.name} = {p.value!r}" for p in parameters)]
    cell = nbformat.v4.new_code_cell("\n".join(lines) + "\n", metadata={"tags": [INJECTED_TAG]})
    if nb.get("nbformat_minor", 0) >= 5:
        cell["id"] = INJECTED_TAG
    else:
        cell.pop("id", None)
    nb.cells.insert(position, cell)
    return position


def execute_notebook(
    nb: Any,
    where: str,
    cwd: Path,
    timeout: int,
    numbering: Numbering,
    on_cell: CellHook | None = None,
    env: dict[str, str] | None = None,
) -> None:
    """Execute ``nb`` in place with the ``videomarket`` kernel; raise ReportBuildError naming the cell.

    ``env`` is the kernel's environment (default: this process's), always with ``PYTHONHASHSEED=0``.
    """
    from nbclient import NotebookClient

    code_cells = [i for i, cell in enumerate(nb.cells) if cell.cell_type == "code"]
    current = {"index": -1}

    def remember(cell: Any, cell_index: int) -> None:
        current["index"] = cell_index
        if on_cell is not None and cell_index in code_cells:
            on_cell(code_cells.index(cell_index) + 1, len(code_cells))

    with _socket_dir() as sockets:
        client = NotebookClient(
            nb,
            kernel_name=KERNEL_NAME,
            timeout=timeout,
            record_timing=False,  # timings would make two builds differ
            resources={"metadata": {"path": str(cwd)}},
            on_cell_execute=remember,
            config=_kernel_config(sockets),
        )
        # Hash randomisation would reorder set/dict-of-str outputs between builds.
        env = {**(os.environ if env is None else env), "PYTHONHASHSEED": "0"}
        _run(client, env, where, numbering, current, timeout)


def _socket_dir() -> Any:
    if os.name != "posix":
        return contextlib.nullcontext(None)
    return tempfile.TemporaryDirectory(prefix="vm-kernel-")


def _kernel_config(sockets: str | None) -> Any:
    # Unix sockets instead of TCP ports: kernels started at the same moment by parallel workers cannot
    # race for the same port ("Address already in use"), and ipykernel does not warn about plain TCP.
    from traitlets.config import Config

    if sockets is None:
        return Config()
    return Config({"KernelManager": {"transport": "ipc", "ip": os.path.join(sockets, "kernel")}})


def _run(
    client: Any, env: dict[str, str], where: str, numbering: Numbering, current: dict, timeout: int
) -> None:
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    try:
        client.execute(env=env)
    except CellExecutionError as error:
        raise _cell_error(
            where, numbering, current["index"], f"{error.ename}: {error.evalue}", error
        ) from error
    except CellTimeoutError as error:
        summary = f"CellTimeoutError: the cell ran longer than {timeout} s (raise it with --timeout)"
        raise _cell_error(where, numbering, current["index"], summary, error) from error
    except DeadKernelError as error:
        summary = f"DeadKernelError: the kernel died ({error}); out of memory or a crash in native code?"
        raise _cell_error(where, numbering, current["index"], summary, error) from error
    except Exception as error:  # kernel start-up and other failures outside a cell
        if current["index"] >= 0:
            raise _cell_error(
                where, numbering, current["index"], f"{type(error).__name__}: {error}", error
            ) from error
        raise ReportBuildError(
            f"{where}: could not run the notebook with kernel {KERNEL_NAME!r}: {type(error).__name__}: "
            f"{error} (is the kernel installed? `make setup` installs it)"
        ) from error


def _cell_error(
    where: str, numbering: Numbering, index: int, summary: str, error: Exception
) -> ReportBuildError:
    cell = numbering.describe(index) if index >= 0 else "before the first cell"
    summary = _ANSI.sub("", summary).strip()
    return ReportBuildError(f"{where}, {cell}: {summary}", details=_ANSI.sub("", str(error)).strip())


def make_deterministic(nb: Any) -> None:
    """Drop run-dependent details before export: timings, widget state, random pandas Styler ids."""
    nb.metadata.pop("widgets", None)
    nb.metadata.pop("papermill", None)
    styler_count = 0
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("papermill", None)
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            # Widget views need a widget manager loaded from a CDN; their static fallback is shown instead.
            if _WIDGET_VIEW in data and len(data) > 1:
                del data[_WIDGET_VIEW]
            if "text/html" in data:
                data["text/html"], styler_count = _stable_styler_ids(
                    cell_source_of(data["text/html"]), styler_count
                )


def cell_source_of(value: Any) -> str:
    """Output data as one string (lists of lines are joined)."""
    return "".join(value) if isinstance(value, list) else str(value)


def _stable_styler_ids(html: str, count: int) -> tuple[str, int]:
    # pandas Styler ids are T_<random hex> unless set_uuid() was used; number them in order of appearance.
    for uid in dict.fromkeys(_STYLER_TABLE.findall(html)):
        count += 1
        html = re.sub(rf"T_{uid}(?![0-9a-f])", f"T_vm{count}", html)
    return html, count


def numbering_for(nb: Any, injected_at: int | None) -> Numbering:
    """The numbering of ``nb`` (after injection)."""
    return Numbering(injected_at=injected_at, sources=[cell_source(cell) for cell in nb.cells])
