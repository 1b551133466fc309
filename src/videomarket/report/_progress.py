"""Progress of a report build: one live line per notebook on a terminal, plain log lines otherwise.

Example::

    >>> import io
    >>> from videomarket.report._progress import Progress
    >>> out = io.StringIO()
    >>> progress = Progress(["00-about"], out, live=False)
    >>> progress.update("00-about", "up to date")
    >>> out.getvalue()
    '00-about: up to date\\n'
"""

from __future__ import annotations

import shutil
import time
from typing import TextIO

FINAL_STATES = ("built", "failed", "up to date")


class Progress:
    """Tracks ``state`` (waiting, running, built, failed, up to date) and elapsed time per notebook."""

    def __init__(self, names: list[str], stream: TextIO, live: bool | None = None) -> None:
        self.names = list(names)
        self.stream = stream
        self.live = stream.isatty() if live is None else live
        if live is None and len(self.names) >= shutil.get_terminal_size((100, 20)).lines:
            self.live = False  # lines scrolled off screen cannot be redrawn in place
        self.states = dict.fromkeys(self.names, "waiting")
        self.details = dict.fromkeys(self.names, "")
        self.started: dict[str, float] = {}
        self.finished: dict[str, float] = {}
        self._drawn = 0
        if self.live:
            self.refresh()

    def update(self, name: str, state: str, detail: str = "") -> None:
        """Record a new state; a plain log line is written only when the state itself changes."""
        changed = state != self.states.get(name)
        now = time.monotonic()
        if state == "running":
            self.started.setdefault(name, now)
        if state in FINAL_STATES:
            self.finished.setdefault(name, now)
        self.states[name], self.details[name] = state, detail
        if self.live:
            self.refresh()
        elif changed:
            self.stream.write(self._line(name) + "\n")
            self.stream.flush()

    def elapsed(self, name: str) -> float | None:
        """Seconds since ``name`` started running (frozen once it finished), or None."""
        if name not in self.started:
            return None
        return self.finished.get(name, time.monotonic()) - self.started[name]

    def _line(self, name: str) -> str:
        parts = [f"{name}: {self.states[name]}"]
        if self.details[name]:
            parts.append(self.details[name])
        elapsed = self.elapsed(name)
        if elapsed is not None:
            parts.append(f"{elapsed:.1f} s")
        return ", ".join(parts)

    def refresh(self) -> None:
        """Redraw every live line in place (no-op for plain output)."""
        if not self.live:
            return
        width = max(20, shutil.get_terminal_size((100, 20)).columns - 1)
        up = f"\x1b[{self._drawn}F" if self._drawn else ""
        lines = "".join(f"\x1b[2K{self._line(name)[:width]}\n" for name in self.names)
        self.stream.write(up + lines)
        self.stream.flush()
        self._drawn = len(self.names)
