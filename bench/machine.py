"""What the benchmarks ran on: CPU, cores, memory, OS, Python, package versions, commit, load.

Read from /proc and /etc/os-release where they exist (Linux), otherwise from ``platform``; a field
that cannot be read says "unknown" rather than guessing.

Example::

    >>> import machine
    >>> info = machine.describe()
    >>> sorted(info)[:3]
    ['blas', 'commit', 'cores']
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("videomarket", "numpy", "pandas", "scipy", "statsmodels", "matplotlib", "nbconvert", "nbclient",
            "ipykernel", "jupyter_client")


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _field(text: str, name: str, sep: str = ":") -> str | None:
    for line in text.splitlines():
        key, found, value = line.partition(sep)
        if found and key.strip() == name:
            return value.strip().strip('"')
    return None


def _meminfo_gb(name: str) -> str:
    value = _field(_read("/proc/meminfo"), name)
    return f"{int(value.split()[0]) / 1024**2:.1f} GB" if value else "unknown"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _blas() -> str:
    try:
        import numpy as np

        blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
        return f"{blas['name']} {blas['version']}"
    except Exception:  # the config layout is not a stable API
        return "unknown"


def _commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False).stdout

    head = git("rev-parse", "--short", "HEAD").strip() or "unknown"
    dirty = git("status", "--porcelain", "--untracked-files=no").strip()
    return head + (" (working tree has uncommitted changes)" if dirty else "")


def describe() -> dict[str, str]:
    """The machine and software as a flat dict of display strings."""
    affinity = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cpu": _field(_read("/proc/cpuinfo"), "model name") or platform.processor() or "unknown",
        "cores": f"{os.cpu_count()} logical, {affinity} usable by this process",
        "ram": f"{_meminfo_gb('MemTotal')} total, {_meminfo_gb('MemAvailable')} available at start",
        "os": f"{_field(_read('/etc/os-release'), 'PRETTY_NAME', '=') or platform.system()}, "
              f"kernel {platform.release()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "packages": ", ".join(f"{p} {_version(p)}" for p in PACKAGES),
        "blas": _blas(),
        "commit": _commit(),
    }


def markdown(info: dict[str, str]) -> list[str]:
    """Bullet lines for results.md."""
    return [
        f"- CPU: {info['cpu']}; cores: {info['cores']}",
        f"- Memory: {info['ram']}",
        f"- OS: {info['os']}",
        f"- Python: {info['python']}; BLAS: {info['blas']}",
        f"- Packages: {info['packages']}",
        f"- Commit: {info['commit']}",
    ]


def load() -> str:
    """The 1/5/15-minute load averages, e.g. "1.02/2.10/2.50"."""
    try:
        return "/".join(f"{v:.2f}" for v in os.getloadavg())
    except OSError:
        return "unknown"


def now() -> str:
    """The current time in UTC, to the minute."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
