"""``videomarket refresh``: extend the leaderboard history from the Artificial Analysis API.

One run fetches the selected pools, checks every response completely, and only then stores each
response verbatim under ``data/raw/aa-api/`` (with a ``provenance.csv`` row), adds unknown board
names to the alias table as ``unreviewed``, and rebuilds the tidy tables with the same code as
``make data``. If anything fails, no file on disk has changed. See :mod:`videomarket.refresh._client` for
the HTTP side, :mod:`videomarket.refresh._store` for the storage rules and
:mod:`videomarket.refresh._lock` for the lock that keeps two refreshes apart.

Every pool is tried (within ``--deadline``) before deciding: when some fail, the command says which
were fetched and checked and prints the ``--category`` command that would store them, and writes
nothing.

Exit status: 0 done (or nothing new), 1 request, response or rebuild failed or another refresh is
running, 2 missing or rejected key, or bad arguments.

Example (shell)::

    export ARTIFICIAL_ANALYSIS_API_KEY=...
    videomarket refresh --dry-run                  # fetch and show what would change
    videomarket refresh --category text-to-video   # store one pool and rebuild

From Python (the same command; without a key it stops before any request)::

    >>> import os
    >>> from videomarket import refresh
    >>> os.environ.pop("ARTIFICIAL_ANALYSIS_API_KEY", None) and None
    >>> refresh.main(["--dry-run"])  # prints "error: ARTIFICIAL_ANALYSIS_API_KEY is not set ..." on stderr
    2
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import math
import os
import signal
import sys
import threading
import traceback
from collections.abc import Iterator, Sequence

import pandas as pd

from videomarket import paths
from videomarket.data import schemas
from videomarket.refresh import _client as aa_api
from videomarket.refresh._http import Deadline
from videomarket.refresh._lock import refresh_lock
from videomarket.refresh._store import ARENA, Plan, Snapshot, apply_plan, plan_refresh
from videomarket.refresh._summary import (
    compare_pool,
    epoch_of,
    format_change,
    previous_board,
    read_rankings,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def parser() -> argparse.ArgumentParser:
    """The ``videomarket refresh`` argument parser."""
    parse = argparse.ArgumentParser(
        prog="videomarket refresh",
        description="Fetch the Artificial Analysis video leaderboards (API key in "
        f"${aa_api.KEY_ENV}), store them under data/raw/aa-api/ and rebuild the tables.",
    )
    parse.add_argument(
        "--category",
        action="extend",
        nargs="+",
        choices=schemas.AA_POOLS,
        metavar="POOL",
        help=f"pool(s) to fetch (default: all four): {', '.join(schemas.AA_POOLS)}",
    )
    parse.add_argument(
        "--api-url",
        default=aa_api.DEFAULT_BASE_URL,
        metavar="URL",
        help=f"API base URL (default: {aa_api.DEFAULT_BASE_URL})",
    )
    parse.add_argument("--dry-run", action="store_true", help="fetch, check and show changes; write nothing")
    parse.add_argument(
        "--timeout",
        type=_seconds,
        default=None,
        metavar="SECONDS",
        help=f"longest wait for one request, from connecting to its last byte "
        f"(default: {aa_api.RetryPolicy.timeout_s:g})",
    )
    parse.add_argument(
        "--deadline",
        type=_seconds,
        default=None,
        metavar="SECONDS",
        help=f"longest run of all requests, retries and waits together (default: "
        f"{aa_api.RetryPolicy.deadline_s:g}); pools not fetched by then count as failed",
    )
    return parse


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, got {text!r}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``videomarket refresh``; return the exit status. The key never appears in any output."""
    args = parser().parse_args(argv)
    if not args.api_url.startswith(("https://", "http://")):
        print(f"error: --api-url must start with https:// or http:// (got {args.api_url!r})", file=sys.stderr)
        return EXIT_USAGE
    try:
        key = aa_api.read_key(os.environ)
    except aa_api.MissingKeyError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    limits = {"timeout_s": args.timeout, "deadline_s": args.deadline}
    policy = dataclasses.replace(aa_api.DEFAULT_POLICY, **{k: v for k, v in limits.items() if v is not None})
    pools = args.category or list(schemas.AA_POOLS)
    try:
        with _exit_on_sigterm(), refresh_lock(paths.data_dir()):
            return run(pools, args.api_url, dry_run=args.dry_run, key=key, policy=policy)
    except aa_api.KeyRejectedError as error:  # like a missing key: exit status 2, as documented
        print(f"error: {aa_api.redact(str(error), key)}", file=sys.stderr)
        return EXIT_USAGE
    except ValueError as error:  # LockedError, ApiError, RefreshError, DataValidationError: one message
        print(f"error: {aa_api.redact(str(error), key)}", file=sys.stderr)
        return EXIT_FAILED
    except Exception:  # a bug: show the traceback, but never the key
        print(aa_api.redact(traceback.format_exc(), key), file=sys.stderr)
        return EXIT_FAILED


@contextlib.contextmanager
def _exit_on_sigterm() -> Iterator[None]:
    """``kill PID`` ends the run through the normal clean-up (files put back, lock removed)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def run(
    pools: Sequence[str],
    api_url: str,
    *,
    dry_run: bool,
    key: str,
    policy: aa_api.RetryPolicy | None = None,
) -> int:
    """Fetch and check every pool, then store and rebuild (or, with ``dry_run``, only report).

    When a pool fails, nothing is written: the errors are printed with the pools that were fetched and
    the ``--category`` command that would store them; returns 1.
    """
    policy = policy or aa_api.DEFAULT_POLICY
    snapshots, failed = _fetch_all(list(dict.fromkeys(pools)), api_url, key, policy)
    if failed:
        _print_partial(snapshots, failed, api_url, dry_run, key)
        return EXIT_FAILED
    data_dir = paths.data_dir()
    plan = plan_refresh(data_dir, snapshots)
    _print_report(data_dir, plan, snapshots)
    if dry_run:
        _print_plan(plan, "would store", "would add")
        print("dry run: nothing written")
        return EXIT_OK
    if not plan.writes_anything:
        _print_plan(plan, "stored", "added")
        print("nothing new: every pool matches a snapshot already stored today; no file changed")
        return EXIT_OK
    from videomarket import data

    apply_plan(data_dir, plan, data.build_all)
    _print_plan(plan, "stored", "added")
    print(f"rebuilt the tables in {data_dir}")
    return EXIT_OK


def _fetch_all(
    pools: list[str], api_url: str, key: str, policy: aa_api.RetryPolicy
) -> tuple[list[Snapshot], dict[str, str]]:
    """Every pool fetched and checked within one deadline: the good snapshots and, per pool, the error.

    A rejected key stops at once (:class:`~videomarket.refresh._client.KeyRejectedError`), and so does a
    server that cannot be reached: no other pool would fare better.
    """
    import requests

    deadline = Deadline.start(policy.deadline_s)
    snapshots: list[Snapshot] = []
    failed: dict[str, str] = {}
    with requests.Session() as session:
        for position, pool in enumerate(pools):
            try:
                snapshots.append(_fetch_checked(session, api_url, pool, key, policy, deadline))
            except aa_api.KeyRejectedError:
                raise
            except aa_api.UnreachableError as error:  # the same server serves every pool
                failed[pool] = str(error)
                for rest in pools[position + 1 :]:
                    url = aa_api.endpoint_url(api_url, rest)
                    failed[rest] = f"{url}: not requested: the server is unreachable"
                break
            except aa_api.ApiError as error:
                failed[pool] = str(error)
    return snapshots, failed


def _fetch_checked(
    session: object, api_url: str, pool: str, key: str, policy: aa_api.RetryPolicy, deadline: Deadline
) -> Snapshot:
    fetched = aa_api.fetch_pool(session, api_url, pool, key, policy, deadline)
    records = aa_api.parse_leaderboard(fetched, key)
    print(f"fetched {pool}: {len(records)} models from {fetched.url}")
    return Snapshot(fetched=fetched, records=records)


def _print_partial(
    snapshots: list[Snapshot], failed: dict[str, str], api_url: str, dry_run: bool, key: str
) -> None:
    """Each failure, then which pools were good and the command that would store only those."""
    for message in failed.values():
        print(f"error: {aa_api.redact(message, key)}", file=sys.stderr)
    total = len(snapshots) + len(failed)
    summary = f"{len(failed)} of {total} pool(s) failed ({', '.join(failed)})"
    print(f"refresh stopped: {summary}; nothing was written", file=sys.stderr)
    if not snapshots:
        return
    good = [snapshot.pool for snapshot in snapshots]
    command = ["videomarket refresh", "--category", *good]
    if api_url != aa_api.DEFAULT_BASE_URL:
        command += ["--api-url", api_url]
    if dry_run:
        command.append("--dry-run")
    print(
        f"fetched and checked: {', '.join(good)}. To store only those, run:\n  {' '.join(command)}",
        file=sys.stderr,
    )


def _print_plan(plan: Plan, store_verb: str, add_verb: str) -> None:
    for snapshot in plan.store:
        print(f"{store_verb} data/raw/aa-api/{snapshot.file_name} (source {snapshot.source_id})")
    for snapshot, twin in plan.unchanged:
        print(f"unchanged {snapshot.pool}: same content as data/raw/aa-api/{twin}; not stored again")
    for row in plan.new_aliases:
        print(f"{add_verb} alias {row['model_name']!r} -> {row['model']} (unreviewed) to model_aliases.csv")
    for row in plan.new_models:
        print(f"{add_verb} model {row['model']} (developer {row['developer']!r}) to models.csv")


def _print_report(data_dir, plan: Plan, snapshots: list[Snapshot]) -> None:
    from videomarket.data import read_table

    rankings = read_rankings(data_dir)
    epochs = read_table(data_dir / "curated" / "scale_epochs.csv", schemas.SCALE_EPOCHS)
    added = {row["model_name"] for row in plan.new_aliases}
    stored = {id(s) for s in plan.store}
    for snapshot in snapshots:
        if id(snapshot) not in stored:
            continue
        day = pd.Timestamp(snapshot.day)
        board = pd.DataFrame(
            {
                "model": [plan.model_for(r["name"]) for r in snapshot.records],
                "model_name": [r["name"] for r in snapshot.records],
                "elo": [float(r["elo"]) for r in snapshot.records],
            }
        )
        previous = None if rankings is None else previous_board(rankings, snapshot.pool, day)
        old, label = previous if previous else (None, None)
        new_epoch = epoch_of(epochs, snapshot.pool, day)
        change = compare_pool(
            snapshot.pool,
            board,
            old,
            new_epoch,
            None if old is None else str(old["scale_epoch"].iloc[0]),
            label,
            [name for name in board["model_name"] if name in added],
        )
        print("\n".join(format_change(change)))
        if new_epoch is None:
            print(
                f"  warning: no single scale epoch covers {ARENA} / {snapshot.pool} on {snapshot.day} "
                "in scale_epochs.csv; the rebuild will fail until one does"
            )
