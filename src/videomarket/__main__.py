"""``python -m videomarket``: the same as the ``videomarket`` command."""

from videomarket.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
