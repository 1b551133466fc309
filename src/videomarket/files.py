"""Safe file writes: write to a temporary file in the same folder, then rename.

A crash, a full disk or an exception half-way never leaves a half-written file behind, and a
reader never sees one: ``os.replace`` swaps the whole file in one step.

Example::

    >>> from pathlib import Path
    >>> from videomarket.files import atomic_write_text
    >>> p = atomic_write_text(Path("/tmp/vm-example.txt"), "hello\\n")
    >>> p.read_text()
    'hello\\n'
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write_bytes(path: Path, payload: bytes) -> Path:
    """Write ``payload`` to ``path`` atomically and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o644)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return path


def atomic_write_text(path: Path, text: str) -> Path:
    """Write UTF-8 text (Unix newlines) to ``path`` atomically."""
    return atomic_write_bytes(path, text.encode("utf-8"))


