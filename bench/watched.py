"""Run a benchmark child process with a deadline, watching its peak memory.

The child prints JSON lines on stdout; its last line is the result. A line ``{"event": "timing"}``
marks the moment its timed section starts, so that when the deadline stops it early the parent still
knows a lower bound on the timed section (stopped − marked). Peak memory is the child's ``VmHWM`` (peak
resident set) from ``/proc/<pid>/status``, polled twice a second, so it is known for a stopped child too
(Linux only; elsewhere None).

Example::

    >>> import sys
    >>> from watched import run_child
    >>> run_child([sys.executable, "-c", "print('{\\"answer\\": 42}')"]).result
    {'answer': 42}
"""

from __future__ import annotations

import json
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

TIMING_EVENT = {"event": "timing"}
POLL_S = 0.5


@dataclass
class Finished:
    """A child that ran to the end: its result and the peak resident memory the parent saw."""

    result: dict
    peak_mb: float | None


class ChildTimedOut(RuntimeError):
    """The deadline came first; ``timed_s`` is how long the timed section had run (None: not started)."""

    def __init__(self, waited_s: float, timed_s: float | None, peak_mb: float | None) -> None:
        started = "before its timed section began" if timed_s is None else \
            f"{timed_s:.0f} s into its timed section"
        super().__init__(f"stopped at the deadline after {waited_s:.0f} s, {started}")
        self.waited_s, self.timed_s, self.peak_mb = waited_s, timed_s, peak_mb


def _peak_mb(pid: int) -> float | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def run_child(command: list[str], deadline: float | None = None) -> Finished:
    """Run ``command`` until it exits or ``time.monotonic()`` passes ``deadline`` (then kill it).

    Raises :class:`ChildTimedOut` at the deadline and ``RuntimeError`` when the child fails.
    """
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    marks: list[float] = []
    errors: list[str] = []

    def read_stdout() -> None:
        for line in process.stdout:
            if line.strip() == json.dumps(TIMING_EVENT):
                marks.append(time.monotonic())
            elif line.strip():
                lines.append(line)

    readers = [threading.Thread(target=read_stdout, daemon=True),
               threading.Thread(target=lambda: errors.extend(process.stderr), daemon=True)]
    for reader in readers:
        reader.start()
    peak = None
    while process.poll() is None:
        peak = max(filter(None, [peak, _peak_mb(process.pid)]), default=None)
        if deadline is not None and time.monotonic() > deadline:
            process.kill()
            process.wait()
            now = time.monotonic()
            raise ChildTimedOut(now - started, now - marks[0] if marks else None, peak)
        time.sleep(POLL_S)
    for reader in readers:
        reader.join()
    if process.returncode < 0:
        raise RuntimeError(f"child killed by signal {-process.returncode}"
                           + (" (out of memory?)" if process.returncode == -9 else ""))
    if process.returncode != 0:
        raise RuntimeError(f"child failed (exit {process.returncode}):\n{''.join(errors)[-3000:]}")
    return Finished(json.loads(lines[-1]), peak)
