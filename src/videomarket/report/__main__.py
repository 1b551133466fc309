"""``python -m videomarket.report ...``: the same as ``videomarket report ...`` (the benchmark runs it so)."""

from __future__ import annotations

import sys

from videomarket.report._build import main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
