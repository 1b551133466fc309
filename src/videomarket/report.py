"""Execute notebooks and write HTML reports (minimal first version; see issue 6)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from videomarket import paths
from videomarket.files import atomic_write_text


def build_one(notebook: Path, timeout: int = 600) -> Path:
    """Execute ``notebook`` with the ``videomarket`` kernel and write its HTML report."""
    import nbformat
    from nbclient import NotebookClient
    from nbconvert import HTMLExporter

    nb = nbformat.read(notebook, as_version=4)
    NotebookClient(
        nb, timeout=timeout, kernel_name="videomarket", resources={"metadata": {"path": str(notebook.parent)}}
    ).execute()
    html, _ = HTMLExporter(exclude_input=True).from_notebook_node(nb)
    return atomic_write_text(paths.reports_dir() / f"{notebook.stem}.html", html)


def main(argv: Sequence[str]) -> int:
    """``videomarket report [NOTEBOOK ...]``."""
    notebooks = [Path(a) for a in argv] or sorted(paths.notebooks_dir().glob("*.ipynb"))
    for notebook in notebooks:
        print(f"wrote {build_one(notebook.resolve())}")
    return 0
