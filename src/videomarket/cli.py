"""Command line: ``videomarket data | validate | report | refresh``.

Each sub-command imports its module only when it runs, so ``videomarket --help`` is instant.

Example (shell)::

    videomarket data                 # rebuild data/*.csv from data/raw + data/curated
    videomarket validate             # check every table, list every problem
    videomarket report --jobs 2      # execute notebooks, write reports/*.html
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence


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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="videomarket", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("data", help="rebuild the tidy tables from data/raw and data/curated").set_defaults(
        func=_cmd_data
    )
    sub.add_parser("validate", help="validate every table and list every problem").set_defaults(
        func=_cmd_validate
    )
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
