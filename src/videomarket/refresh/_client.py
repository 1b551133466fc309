"""Fetch and check Artificial Analysis API v2 media leaderboards (the HTTP half of ``refresh``).

Endpoint, tier and auth header are those of the public scraper that produced the archived copies
this project already reads (``qunqin24/Oriel``, ``scripts/fetch-data.ts``)::

    GET https://artificialanalysis.ai/api/v2/media/<pool>/models/free
    x-api-key: <ARTIFICIAL_ANALYSIS_API_KEY>

The response is ``{"data": [{"id", "name", "slug", "model_creator": {"id", "name"}, "elo",
"ci_95"}, ...]}`` (the archive adds ``fetched_at``; the API itself does not send one).

Each request is bounded as a whole (``timeout_s``: connect, headers and every byte of the body) and
the command by a deadline (``deadline_s``) that covers every pool, attempt and wait. Requests never
follow redirects (the key header would travel with them), retry 429 after ``Retry-After`` (capped)
and 5xx, timeouts and refused connections with exponential backoff, a bounded number of times, and
say so on stderr: one line per attempt, one per retry with its wait. Every error is an
:class:`ApiError` whose message names the URL and the status; a rejected key is a
:class:`KeyRejectedError`; the key is never part of a URL, a message or an exception.

Example::

    >>> from videomarket.refresh import _client as aa_api
    >>> aa_api.endpoint_url("https://artificialanalysis.ai/api/v2", "text-to-video")
    'https://artificialanalysis.ai/api/v2/media/text-to-video/models/free'
    >>> aa_api.retry_after_seconds("7", aa_api.utc_now())
    7.0
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import math
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from videomarket.data.schemas import CI_MAX, CI_MIN, ELO_MAX, ELO_MIN
from videomarket.refresh._http import Answer, Deadline, TooSlow, bounded_get

DEFAULT_BASE_URL = "https://artificialanalysis.ai/api/v2"
KEY_ENV = "ARTIFICIAL_ANALYSIS_API_KEY"
KEY_HEADER = "x-api-key"

# Plausibility bounds for one record, shared with the table loaders (see videomarket.data.schemas):
# elo in (ELO_MIN, ELO_MAX); ``ci_95``, the half-width of the 95% interval (published: 0 for the anchor
# to ~30), in [CI_MIN, CI_MAX).
MAX_PROBLEMS_SHOWN = 20


class ApiError(ValueError):
    """A request failed or a response is unusable. The message names the URL, never the key."""


class MissingKeyError(ApiError):
    """The API key is not set (or cannot be sent as a header)."""


class KeyRejectedError(ApiError):
    """The API refused the key (HTTP 401 or 403): like a missing key, retrying cannot help."""


class DeadlineError(ApiError):
    """The command's deadline passed before this pool could be fetched."""


class UnreachableError(ApiError):
    """No connection to the server after every attempt: the other pools, same server, are not tried."""


@dataclass(frozen=True)
class RetryPolicy:
    """Time limits (seconds) and retry bounds."""

    timeout_s: float = 30.0  # one request as a whole: connect, headers and the last byte of the body
    deadline_s: float = 300.0  # the whole command: every pool, attempt and wait
    attempts: int = 4  # for 5xx, timeouts and connection errors
    rate_limit_attempts: int = 3  # for 429
    backoff_s: float = 2.0  # first wait; doubled after each failed attempt
    max_wait_s: float = 60.0  # longest Retry-After honoured; longer -> stop and say so


DEFAULT_POLICY = RetryPolicy()


@dataclass(frozen=True)
class Fetched:
    """One successful response, exactly as received."""

    pool: str
    url: str
    body: bytes
    fetched_at: dt.datetime  # UTC, taken when the response arrived
    content_type: str = ""  # the Content-Type header, to name an HTML page for what it is


def utc_now() -> dt.datetime:
    """The current time in UTC (tests replace this to pin the clock)."""
    return dt.datetime.now(dt.UTC)


def _sleep(seconds: float) -> None:  # indirection so tests can record waits instead of sleeping
    time.sleep(seconds)


def _to_stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def endpoint_url(base_url: str, pool: str) -> str:
    """The free-tier leaderboard URL of ``pool`` under ``base_url``."""
    return f"{base_url.rstrip('/')}/media/{pool}/models/free"


def read_key(environ: Mapping[str, str]) -> str:
    """The API key from ``environ``; :class:`MissingKeyError` if unset or not sendable."""
    key = environ.get(KEY_ENV, "").strip()
    if not key:
        raise MissingKeyError(
            f"{KEY_ENV} is not set. Get an API key from Artificial Analysis "
            f"(https://artificialanalysis.ai) and run: export {KEY_ENV}=<your key>"
        )
    if not all(0x21 <= ord(c) <= 0x7E for c in key):
        raise MissingKeyError(
            f"{KEY_ENV} contains spaces, control or non-ASCII characters (value not shown); "
            "copy the key again"
        )
    return key


def redact(text: str, key: str) -> str:
    """``text`` with every occurrence of ``key`` replaced by ``***``."""
    return text.replace(key, "***") if key else text


def retry_after_seconds(value: str | None, now: dt.datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date); None if unusable."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # HTTP dates are GMT by definition
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - now).total_seconds())


def fetch_pool(
    session: Any,
    base_url: str,
    pool: str,
    key: str,
    policy: RetryPolicy = DEFAULT_POLICY,
    deadline: Deadline | None = None,
    log: Callable[[str], None] = _to_stderr,
) -> Fetched:
    """GET one pool's leaderboard with bounded retries, each attempt and retry logged with ``log``.

    Raises :class:`KeyRejectedError` for 401/403, :class:`DeadlineError` when ``deadline`` (default:
    ``policy.deadline_s`` from now) has passed, :class:`ApiError` for every other failure.
    """
    url = endpoint_url(base_url, pool)
    headers = {KEY_HEADER: key, "Accept": "application/json", "User-Agent": "videomarket-refresh"}
    deadline = deadline or Deadline.start(policy.deadline_s)
    retry = _Retries(pool, url, policy, deadline, log)
    while True:
        seconds = retry.time_for_next_attempt()
        try:
            answer = bounded_get(session, url, headers, seconds)
        except Exception as error:  # timeouts and connection failures: retried, bounded
            retry.after_failure(*_transport_problem(error, url, seconds))
            continue
        if answer.status == 200:
            return Fetched(pool, url, answer.body, utc_now(), answer.content_type)
        if answer.status == 429:
            retry.after_rate_limit(retry_after_seconds(answer.headers.get("Retry-After"), utc_now()))
            continue
        if answer.status >= 500:
            retry.after_failure(f"server error (HTTP {answer.status}) from {url}")
            continue
        error_class = KeyRejectedError if answer.status in (401, 403) else ApiError
        raise error_class(_client_error_message(answer, url, key))


class _Retries:
    """Counts attempts of one pool, logs them, and decides whether and how long to wait before the next."""

    def __init__(
        self, pool: str, url: str, policy: RetryPolicy, deadline: Deadline, log: Callable[[str], None]
    ) -> None:
        self.pool, self.url, self.policy, self.deadline, self.log = pool, url, policy, deadline, log
        self.attempt = self.failures = self.rate_limited = 0

    def time_for_next_attempt(self) -> float:
        """Seconds the next attempt may take (the timeout, cut to what is left of the deadline); logs it."""
        left = self.deadline.remaining()
        if left <= 0:
            raise DeadlineError(
                f"{self.url}: not requested: the {self.deadline.seconds:g} s deadline (--deadline) has passed"
            )
        self.attempt += 1
        seconds = min(self.policy.timeout_s, left)
        self.log(f"{self.pool}: GET {self.url} (attempt {self.attempt}, up to {seconds:.3g} s)")
        return seconds

    def after_failure(self, what: str, give_up_with: type[ApiError] = ApiError) -> None:
        """A timeout, refused connection or 5xx: wait with exponential backoff, or give up."""
        self.failures += 1
        if self.failures >= self.policy.attempts:
            raise give_up_with(f"{what}; gave up after {self.failures} attempts")
        self._wait(self.policy.backoff_s * 2 ** (self.failures - 1), what)

    def after_rate_limit(self, asked: float | None) -> None:
        """HTTP 429: wait as long as ``Retry-After`` asks (within limits), or give up."""
        self.rate_limited += 1
        what = f"rate limited (HTTP 429) by {self.url}"
        if asked is not None and asked > self.policy.max_wait_s:
            raise ApiError(
                f"{what}: the API asks to wait {asked:.0f} s (more than {self.policy.max_wait_s:g} s); "
                "try again later"
            )
        if self.rate_limited >= self.policy.rate_limit_attempts:
            raise ApiError(f"{what}; gave up after {self.rate_limited} attempts; try again later")
        self._wait(asked if asked is not None else self.policy.backoff_s * 2 ** (self.rate_limited - 1), what)

    def _wait(self, seconds: float, what: str) -> None:
        left = self.deadline.remaining()
        if seconds >= left:
            raise ApiError(
                f"{what}; not retried: the next attempt (in {seconds:g} s) would pass the "
                f"{self.deadline.seconds:g} s deadline (--deadline; {max(left, 0):.1f} s left)"
            )
        self.log(f"{self.pool}: {what}; retrying in {seconds:g} s")
        _sleep(seconds)


def _transport_problem(error: Exception, url: str, seconds: float) -> tuple[str, type[ApiError]]:
    """What went wrong below HTTP, in words, and the error to give up with; others are raised as they are."""
    import requests

    if isinstance(error, TooSlow | requests.Timeout):
        return f"timed out (no complete answer within {seconds:.3g} s) from {url}", ApiError
    if isinstance(error, requests.ConnectionError):
        return f"cannot connect to {url}: {_connection_reason(error)}", UnreachableError
    if isinstance(error, requests.RequestException):
        return f"the response from {url} broke off ({type(error).__name__})", ApiError
    raise error


def _connection_reason(error: Exception) -> str:
    # requests wraps urllib3 errors (via args[0] and .reason), which wrap the socket error.
    pending: list[Any] = [error]
    seen: set[int] = set()
    while pending:
        item = pending.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, ConnectionRefusedError):
            return "connection refused (is the URL right and the server up?)"
        pending += [item.__cause__, item.__context__, getattr(item, "reason", None), *item.args[:1]]
    return f"connection failed ({type(error).__name__})"


def _client_error_message(answer: Answer, url: str, key: str) -> str:
    status = answer.status
    detail = _body_excerpt(answer.body, key)
    if status in (401, 403):
        return f"key rejected (HTTP {status}) by {url}: check {KEY_ENV}{detail}"
    if 300 <= status < 400:
        return f"unexpected redirect (HTTP {status}) from {url}; not followed so the key stays private"
    if status == 404:
        return f"not found (HTTP 404): {url}; the endpoint may have moved (see --api-url){detail}"
    return f"request refused (HTTP {status}) by {url}{detail}"


def _body_excerpt(body: bytes, key: str) -> str:
    text = _first_characters(body, key, 200)
    return f" (server said: {text})" if text else ""


def _first_characters(body: bytes, key: str, limit: int) -> str:
    """The start of a body as one line of text, the key masked (a careless server may echo it)."""
    text = body[: limit * 4].decode("utf-8", errors="replace")
    return " ".join(redact(text, key).split())[:limit]


def parse_leaderboard(fetched: Fetched, key: str = "") -> list[dict[str, Any]]:
    """The validated records of a response; :class:`ApiError` listing every problem otherwise.

    Checks: UTF-8 JSON object with a non-empty ``data`` list; each record has an ``id`` (non-empty
    string or integer), a non-empty ``name``, ``slug`` and ``model_creator.name``; ``elo`` and
    ``ci_95`` are finite numbers with ``ELO_MIN < elo < ELO_MAX``, ``CI_MIN <= ci_95 < CI_MAX`` and
    ``ci_95 <= elo``; no ``id`` or ``name`` appears twice. A body that is not JSON is named for what
    it looks like (an HTML page: a login, error or proxy page) with its first characters, ``key``
    masked.
    """
    try:
        payload = json.loads(fetched.body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ApiError(_not_json_message(fetched, key, error)) from None
    if not isinstance(payload, dict):
        raise ApiError(f"{fetched.url}: response is a JSON {type(payload).__name__}, expected an object")
    records = payload.get("data")
    if not isinstance(records, list) or not records:
        raise ApiError(f"{fetched.url}: field 'data' must be a non-empty list")
    problems: list[str] = []
    for index, record in enumerate(records):
        problems += [f"data[{index}]: {p}" for p in _record_problems(record)]
    problems += _duplicate_problems(records)
    if problems:
        shown = "\n".join(f"  - {p}" for p in problems[:MAX_PROBLEMS_SHOWN])
        more = len(problems) - MAX_PROBLEMS_SHOWN
        tail = f"\n  ... and {more} more" if more > 0 else ""
        raise ApiError(f"{fetched.url}: {len(problems)} problem(s) in the response:\n{shown}{tail}")
    return records


def _not_json_message(fetched: Fetched, key: str, error: Exception) -> str:
    start = _first_characters(fetched.body, key, 120)
    shown = f"; it starts: {start!r}" if start else "; the body is empty"
    if "html" in fetched.content_type.lower() or fetched.body.lstrip()[:1] == b"<":
        kind = fetched.content_type or "no Content-Type"
        return (
            f"{fetched.url}: response is not JSON but an HTML page ({kind}): a login, error or proxy page, "
            f"not the leaderboard (check the key and --api-url){shown}"
        )
    return f"{fetched.url}: response is not valid UTF-8 JSON ({error}){shown}"


def _record_problems(record: Any) -> list[str]:
    if not isinstance(record, dict):
        return [f"is a {type(record).__name__}, expected an object"]
    problems = [
        f"field '{name}': {_show(record.get(name))} is not a non-empty string"
        for name in ("name", "slug")
        if not _is_text(record.get(name))
    ]
    if not _is_identifier(record.get("id")):
        problems.insert(0, f"field 'id': {_show(record.get('id'))} is not a non-empty string or an integer")
    creator = record.get("model_creator")
    if not isinstance(creator, dict) or not _is_text(creator.get("name")):
        problems.append(f"field 'model_creator.name': missing or empty (got {_show(creator)})")
    elo, half = record.get("elo"), record.get("ci_95")
    if not _is_number(elo) or not ELO_MIN < elo < ELO_MAX:
        problems.append(f"field 'elo': {_show(elo)} is not a number in ({ELO_MIN:g}, {ELO_MAX:g})")
    if not _is_number(half) or not CI_MIN <= half < CI_MAX:
        problems.append(f"field 'ci_95': {_show(half)} is not a number in [{CI_MIN:g}, {CI_MAX:g})")
    elif _is_number(elo) and half > elo:
        problems.append(f"field 'ci_95': {half!r} is larger than elo {elo!r} (negative lower bound)")
    return problems


def _duplicate_problems(records: list[Any]) -> list[str]:
    problems = []
    for field in ("id", "name"):
        first_seen: dict[Any, int] = {}
        for index, record in enumerate(records):
            value = record.get(field) if isinstance(record, dict) else None
            if not _is_identifier(value):
                continue
            if value in first_seen:
                problems.append(
                    f"data[{index}]: field '{field}': {value!r} already used by data[{first_seen[value]}]"
                )
            else:
                first_seen[value] = index
    return problems


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _is_identifier(value: Any) -> bool:
    # The archived copies carry string ids; an integer id would be just as usable.
    return _is_text(value) or (isinstance(value, int) and not isinstance(value, bool))


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if value is not None else "missing"
    return text if len(text) <= 60 else text[:57] + "..."
