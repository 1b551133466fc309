"""videomarket: a reproducible market-analysis workbench for AI video generation.

The package is split by concern; import the module you need::

    from videomarket import data, growth, arena, leaderboard, plots
    ranks = data.load_rankings()

Importing the package itself is cheap: heavy libraries (statsmodels, matplotlib, nbconvert)
are imported inside the functions that use them.
"""

from __future__ import annotations

__all__ = ["__version__"]
__version__ = "0.1.0"
