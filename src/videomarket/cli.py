"""Command line: ``videomarket data | validate | report | refresh``.

Each sub-command imports its module only when it runs, so ``videomarket --help`` is instant.

Example (shell)::

    videomarket --version            # videomarket 0.1.0
    videomarket data                 # rebuild data/*.csv from data/raw + data/curated
    videomarket validate             # check every table, list every problem
    videomarket report --jobs 2      # execute notebooks, write reports/*.html
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from videomarket import __version__


def _cmd_data(args: argparse.Namespace) -> int:
    from videomarket import data

    written = data.build_all()
    for path in written:
        print(f"wrote {path}")
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from videomarket import data

    data.validate_all()
    print("all tables valid")
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from videomarket import report

    return report.main(args.rest)


def _cmd_refresh(args: argparse.Namespace) -> int:
    from videomarket import refresh

    return refresh.main(args.rest)


#: Sub-commands that parse their own options (argparse.REMAINDER rejects an option in first place).
_FORWARDED: dict[str, Callable[[argparse.Namespace], int]] = {"report": _cmd_report, "refresh": _cmd_refresh}


#: name -> (one-line help, description shown by ``videomarket NAME --help``)
_LOCAL: dict[str, tuple[str, str]] = {
    "data": (
        "rebuild the tidy tables from data/raw and data/curated",
        "Rebuild data/*.csv (rankings, sources, models, ...) from the raw snapshots in data/raw and the "
        "hand-entered facts in data/curated, exactly as `make data` does. The new tables are validated "
        "together before any of them replaces the old ones; prints the files written.",
    ),
    "validate": (
        "validate every table and list every problem",
        "Load every table in data/ with its checks (types, allowed values, ranges, keys, references) "
        "and list every problem with file, line and column; exit status 1 when there is one.",
    ),
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="videomarket", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"videomarket {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, func in (("data", _cmd_data), ("validate", _cmd_validate)):
        text, description = _LOCAL[name]
        sub.add_parser(name, help=text, description=description).set_defaults(func=func)
    for name, func, text in (
        ("report", _cmd_report, "execute notebooks and write HTML reports (see `videomarket report -h`)"),
        ("refresh", _cmd_refresh, "fetch new leaderboard snapshots from the Artificial Analysis API"),
    ):
        cmd = sub.add_parser(name, help=text, add_help=False)
        cmd.add_argument("rest", nargs=argparse.REMAINDER)
        cmd.set_defaults(func=func)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``videomarket`` command; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in _FORWARDED:
        args = argparse.Namespace(command=argv[0], rest=argv[1:], func=_FORWARDED[argv[0]])
    else:
        args = _parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.func
    try:
        return handler(args)
    except ValueError as error:  # DataValidationError and friends: one clear message, no traceback
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
