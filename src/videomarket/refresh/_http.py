"""One HTTP GET whose whole exchange is bounded in time, and the deadline of a whole command.

``requests`` timeouts bound each socket operation, not the exchange: a server that sends one byte every
20 s never trips a 30 s read timeout and can hold a request forever. :func:`bounded_get` therefore runs
the request in a daemon thread and stops waiting when its time is up (connect, headers and every byte of
the body included); the abandoned connection is shut down so its thread ends too.

Example::

    >>> deadline = Deadline.start(300)
    >>> 299 < deadline.remaining() <= 300
    True
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class TooSlow(Exception):
    """The exchange did not complete within its time."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no complete answer within {seconds:g} s")
        self.seconds = seconds


@dataclass(frozen=True)
class Deadline:
    """A point in time (``time.monotonic``) after which nothing more is started or waited for."""

    seconds: float  # as given, for messages
    at: float

    @classmethod
    def start(cls, seconds: float) -> Deadline:
        """The deadline ``seconds`` from now."""
        return cls(seconds, time.monotonic() + seconds)

    def remaining(self) -> float:
        """Seconds left (negative once passed)."""
        return self.at - time.monotonic()


@dataclass(frozen=True)
class Answer:
    """A complete response: status, headers and the body exactly as received."""

    status: int
    body: bytes
    headers: Mapping[str, str] = field(default_factory=dict)

    @property
    def content_type(self) -> str:
        return str(self.headers.get("Content-Type", ""))


def bounded_get(session: Any, url: str, headers: Mapping[str, str], seconds: float) -> Answer:
    """GET ``url`` without redirects; :class:`TooSlow` unless the whole answer arrives within ``seconds``.

    Errors of ``requests`` (refused connection, socket timeout, broken stream) are raised as they are.
    """
    outcome: dict[str, Any] = {}
    finished = threading.Event()

    def exchange() -> None:
        try:
            response = session.get(
                url, headers=dict(headers), timeout=(seconds, seconds), allow_redirects=False, stream=True
            )
            outcome["response"] = response
            outcome["answer"] = Answer(response.status_code, response.content, dict(response.headers))
        except BaseException as error:  # handed to the waiting thread, which decides
            outcome["error"] = error
        finally:
            finished.set()

    threading.Thread(target=exchange, name=f"GET {url}", daemon=True).start()
    if not finished.wait(seconds):
        _shut_down(outcome.get("response"))
        raise TooSlow(seconds)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["answer"]


def _shut_down(response: Any) -> None:
    """Close the socket under a response still being read, so its thread stops instead of trickling on."""
    connection = getattr(getattr(response, "raw", None), "_connection", None)
    sock = getattr(connection, "sock", None)
    if sock is None:
        return  # still connecting or waiting for headers: the socket timeout ends that thread
    with contextlib.suppress(OSError):  # already closed by the other side: nothing to stop
        sock.shutdown(socket.SHUT_RDWR)
