"""One refresh at a time: a lock file in the data folder, created atomically and removed on exit.

``data/.refresh.lock`` holds the process id, host and start time of the refresh that owns the folder;
it is created with ``O_EXCL`` (so of two refreshes started together exactly one gets it) and removed
when the refresh ends, whether it succeeded or failed, so ``data/`` is byte-identical after a failed
run. A second refresh finds the file and stops at once, naming the owner.

A lock left behind by a process that no longer runs (killed with ``kill -9``, a power cut) does not
block for ever: when the owner was on this host and its process id is gone, the next refresh removes
the stale lock, says so, and goes on. A lock from another host (a shared folder) cannot be checked;
the message then says to delete the file by hand once no refresh runs there.

Example::

    >>> import tempfile
    >>> from pathlib import Path
    >>> folder = Path(tempfile.mkdtemp())
    >>> with refresh_lock(folder) as lock:
    ...     lock.name, lock.exists()
    ('.refresh.lock', True)
    >>> (folder / LOCK_NAME).exists()
    False
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_NAME = ".refresh.lock"
#: A lock file that cannot be read (its owner died between creating and writing it) is stale after this.
UNREADABLE_GRACE_S = 60.0


class LockedError(ValueError):
    """Another refresh holds the data folder."""


@contextmanager
def refresh_lock(data_dir: Path, log: Callable[[str], None] | None = None) -> Iterator[Path]:
    """Hold ``data_dir/.refresh.lock`` for the duration of the block; :class:`LockedError` if taken."""
    path = Path(data_dir) / LOCK_NAME
    _acquire(path, log or _to_stderr)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)


def _acquire(path: Path, log: Callable[[str], None]) -> None:
    for _ in range(2):  # a second try after removing a stale lock
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            owner = _owner(path)
            if not _is_stale(owner, path):
                raise LockedError(_locked_message(path, owner)) from None
            log(f"removed a stale lock {path} ({_describe(owner)}, no longer running)")
            path.unlink(missing_ok=True)
            continue
        except FileNotFoundError:
            raise LockedError(f"cannot lock {path}: the data folder {path.parent} does not exist") from None
        except OSError as error:  # read-only or full file system: nothing could be written anyway
            raise LockedError(f"cannot create the lock {path}: {error.strerror}") from None
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(_me(), handle)
        return
    raise LockedError(_locked_message(path, _owner(path)))  # another refresh took it in between


def _me() -> dict[str, object]:
    started = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {"pid": os.getpid(), "host": socket.gethostname(), "started": started}


def _owner(path: Path) -> dict[str, object] | None:
    try:
        owner = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return owner if isinstance(owner, dict) else None


def _is_stale(owner: dict[str, object] | None, path: Path) -> bool:
    if owner is None:
        try:
            return time.time() - path.stat().st_mtime > UNREADABLE_GRACE_S
        except FileNotFoundError:
            return True  # removed meanwhile: try again
    pid = owner.get("pid")
    if owner.get("host") != socket.gethostname() or not isinstance(pid, int):
        return False  # cannot tell from here
    return not _process_exists(pid)


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return False
    return True


def _describe(owner: dict[str, object] | None) -> str:
    if owner is None:
        return "owner unknown"
    return f"process {owner.get('pid')} on {owner.get('host')}, started {owner.get('started')}"


def _locked_message(path: Path, owner: dict[str, object] | None) -> str:
    return (
        f"another refresh is running ({_describe(owner)}): it holds {path}. Wait for it to finish; "
        f"if no refresh is running (it was killed on another machine), delete {path} and run again"
    )


def _to_stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
