"""Fetch and check Artificial Analysis API v2 media leaderboards (the HTTP half of ``refresh``).

Endpoint, tier and auth header are those of the public scraper that produced the archived copies
this project already reads (``qunqin24/Oriel``, ``scripts/fetch-data.ts``)::

    GET https://artificialanalysis.ai/api/v2/media/<pool>/models/free
    x-api-key: <ARTIFICIAL_ANALYSIS_API_KEY>

The response is ``{"data": [{"id", "name", "slug", "model_creator": {"id", "name"}, "elo",
"ci_95"}, ...]}`` (the archive adds ``fetched_at``; the API itself does not send one).

Requests use explicit timeouts, never follow redirects (the key header would travel with them),
retry 429 after ``Retry-After`` (capped) and 5xx, timeouts and refused connections with
exponential backoff, a bounded number of times. Every error is an :class:`ApiError` whose message
names the URL and the status; the key is never part of a URL, a message or an exception.

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
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from videomarket.data.schemas import CI_MAX, CI_MIN, ELO_MAX, ELO_MIN

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


@dataclass(frozen=True)
class RetryPolicy:
    """Timeouts (seconds) and retry bounds for one endpoint."""

    connect_timeout_s: float = 10.0
    read_timeout_s: float = 60.0
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


def utc_now() -> dt.datetime:
    """The current time in UTC (tests replace this to pin the clock)."""
    return dt.datetime.now(dt.UTC)


def _sleep(seconds: float) -> None:  # indirection so tests can record waits instead of sleeping
    time.sleep(seconds)


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
    session: Any, base_url: str, pool: str, key: str, policy: RetryPolicy = DEFAULT_POLICY
) -> Fetched:
    """GET one pool's leaderboard with bounded retries; :class:`ApiError` on failure."""
    import requests

    url = endpoint_url(base_url, pool)
    headers = {KEY_HEADER: key, "Accept": "application/json", "User-Agent": "videomarket-refresh"}
    failures = rate_limited = 0
    while True:
        try:
            response = session.get(
                url,
                headers=headers,
                timeout=(policy.connect_timeout_s, policy.read_timeout_s),
                allow_redirects=False,
            )
        except requests.Timeout:
            failures += 1
            _give_up_or_wait(
                failures, policy, f"timed out (no answer within {policy.read_timeout_s:g} s) from {url}"
            )
            continue
        except requests.ConnectionError as error:
            failures += 1
            _give_up_or_wait(failures, policy, f"cannot connect to {url}: {_connection_reason(error)}")
            continue
        status = response.status_code
        if status == 200:
            return Fetched(pool=pool, url=url, body=response.content, fetched_at=utc_now())
        if status == 429:
            rate_limited += 1
            _wait_for_rate_limit(response, rate_limited, url, policy)
            continue
        if status >= 500:
            failures += 1
            _give_up_or_wait(failures, policy, f"server error (HTTP {status}) from {url}")
            continue
        raise ApiError(_client_error_message(response, url, key))


def _give_up_or_wait(failures: int, policy: RetryPolicy, what: str) -> None:
    if failures >= policy.attempts:
        raise ApiError(f"{what}; gave up after {failures} attempts")
    _sleep(policy.backoff_s * 2 ** (failures - 1))


def _wait_for_rate_limit(response: Any, attempt: int, url: str, policy: RetryPolicy) -> None:
    header = response.headers.get("Retry-After")
    wait = retry_after_seconds(header, utc_now())
    if wait is not None and wait > policy.max_wait_s:
        raise ApiError(
            f"rate limited (HTTP 429) by {url}: the API asks to wait {wait:.0f} s "
            f"(more than {policy.max_wait_s:g} s); try again later"
        )
    if attempt >= policy.rate_limit_attempts:
        raise ApiError(f"rate limited (HTTP 429) by {url}; gave up after {attempt} attempts; try again later")
    _sleep(wait if wait is not None else policy.backoff_s * 2 ** (attempt - 1))


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


def _client_error_message(response: Any, url: str, key: str) -> str:
    status = response.status_code
    detail = _body_excerpt(response, key)
    if status in (401, 403):
        return f"key rejected (HTTP {status}) by {url}: check {KEY_ENV}{detail}"
    if 300 <= status < 400:
        return f"unexpected redirect (HTTP {status}) from {url}; not followed so the key stays private"
    if status == 404:
        return f"not found (HTTP 404): {url}; the endpoint may have moved (see --api-url){detail}"
    return f"request refused (HTTP {status}) by {url}{detail}"


def _body_excerpt(response: Any, key: str) -> str:
    text = response.content[:300].decode("utf-8", errors="replace")
    text = " ".join(redact(text, key).split())
    return f" (server said: {text[:200]})" if text else ""


def parse_leaderboard(fetched: Fetched) -> list[dict[str, Any]]:
    """The validated records of a response; :class:`ApiError` listing every problem otherwise.

    Checks: UTF-8 JSON object with a non-empty ``data`` list; each record has an ``id`` (non-empty
    string or integer), a non-empty ``name``, ``slug`` and ``model_creator.name``; ``elo`` and
    ``ci_95`` are finite numbers with ``ELO_MIN < elo < ELO_MAX``, ``CI_MIN <= ci_95 < CI_MAX`` and
    ``ci_95 <= elo``; no ``id`` or ``name`` appears twice.
    """
    try:
        payload = json.loads(fetched.body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ApiError(f"{fetched.url}: response is not valid UTF-8 JSON ({error})") from None
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
