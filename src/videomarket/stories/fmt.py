"""Number and date formatting for prose in notebooks and reports, so every notebook says it the same way.

The stories functions quote every computed number through these helpers; nothing is typed by hand.

Example::

    >>> from videomarket.stories import fmt
    >>> fmt.usd_m(716.8), fmt.usd_m(2562.9), fmt.pct(0.1996), fmt.points(21.0), fmt.day("2025-12-01")
    ('USD 717M', 'USD 2.56B', '20.0%', '21 points', '1 December 2025')
    >>> fmt.money_m(1200.0, "CNY"), fmt.usd_m(90.0), fmt.usd_m(716.8, 4)
    ('CNY 1.2B', 'USD 90M', 'USD 716.8M')
    >>> fmt.pct_points(1.7), fmt.number(19339), fmt.count(2152, "vote")
    ('1.7 percentage points', '19,339', '2,152 votes')
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

import pandas as pd


def usd_m(value_usd_m: float, digits: int = 3) -> str:
    """A value in USD millions as 'USD 717M' or 'USD 2.56B': ``digits`` significant digits, trailing
    zeros dropped ('USD 90M', not 'USD 90.0M'). See :func:`money_m`."""
    return money_m(value_usd_m, "USD", digits)


def money_m(value_m: float, currency: str, digits: int = 3) -> str:
    """A value in millions of ``currency`` with ``digits`` significant digits, trailing zeros dropped,
    in billions from 1,000 million: 'CNY 1.2B', 'GBP 8.6M', 'USD 3.46M', 'USD 1B'.

    >>> money_m(1200.0, "CNY"), money_m(8.6, "GBP"), money_m(3.46, "USD"), money_m(1000.0, "USD")
    ('CNY 1.2B', 'GBP 8.6M', 'USD 3.46M', 'USD 1B')
    >>> money_m(999.6, "USD"), money_m(788.5, "USD"), money_m(float("nan"), "USD")
    ('USD 1B', 'USD 789M', 'n/a')
    """
    if value_m is None or not math.isfinite(value_m):
        return "n/a"
    rounded = float(_significant(value_m, digits))
    if abs(rounded) >= 1000:
        return f"{currency} {_trimmed(_significant(rounded / 1000, digits))}B"
    return f"{currency} {_trimmed(_significant(rounded, digits))}M"


def _trimmed(text: str) -> str:
    """'90.0' -> '90', '2.50' -> '2.5', '716' -> '716'."""
    return text.rstrip("0").rstrip(".") if "." in text else text


def pct(fraction: float, decimals: int = 1) -> str:
    """A fraction as a percentage, halves rounded up as a reader rounds a downloaded figure (a chance of
    0.765 reads '77%', not the '76%' of round-half-even): 0.1996 -> '20.0%'.

    >>> pct(0.1996), pct(0.765, 0), pct(0.64465, 0), pct(-0.125, 0)
    ('20.0%', '77%', '64%', '-13%')
    """
    if fraction is None or not math.isfinite(fraction):
        return "n/a"
    step = Decimal(1).scaleb(-decimals)
    return f"{Decimal(repr(float(fraction) * 100)).quantize(step, rounding=ROUND_HALF_UP)}%"


def pct_points(points: float, decimals: int = 1) -> str:
    """A difference of percentages, in percentage points."""
    return f"{points:.{decimals}f} percentage points"


def points(value: float, decimals: int = 0) -> str:
    """Rating points, halves rounded away from zero (a median gap of 6.5 reads '7 points', not the
    '6' of Python's round-half-even): 21.0 -> '21 points'.

    >>> points(6.5), points(-2.5), points(1.0), points(3.14159, 2)
    ('7 points', '-3 points', '1 point', '3.14 points')
    """
    step = Decimal(1).scaleb(-decimals)
    text = str(Decimal(repr(float(value))).quantize(step, rounding=ROUND_HALF_UP))
    return f"{text} point" if text in {"1", "-1"} else f"{text} points"


def shift(low: float, high: float) -> str:
    """How a set of rating changes ran, from the lowest ``low`` to the highest ``high``, in whole points
    (halves away from zero, a real minus sign where the changes go both ways).

    >>> shift(-20.0, -20.0), shift(-314.0, -125.0)
    ('all fell by 20 points', 'fell by 125 to 314 points')
    >>> shift(3.0, 9.0), shift(-5.0, 7.4), shift(0.4, -0.2)
    ('rose by 3 to 9 points', 'moved by −5 to +7 points', 'all kept their rating')
    """
    a, b = (int(points(value).split()[0]) for value in (low, high))
    if a == b:
        return "all kept their rating" if a == 0 else f"all {'fell' if a < 0 else 'rose'} by {points(abs(a))}"
    if b <= 0:
        return f"fell by {abs(b)} to {points(abs(a))}"
    if a >= 0:
        return f"rose by {a} to {points(b)}"
    return f"moved by −{abs(a)} to +{b} points"


def day(value: object) -> str:
    """A date as '1 December 2025'."""
    stamp = pd.Timestamp(value)
    return f"{stamp.day} {stamp:%B %Y}"


def month(value: object) -> str:
    """A date as 'December 2025'."""
    return f"{pd.Timestamp(value):%B %Y}"


def number(n: float, decimals: int = 0) -> str:
    """A number with thousands separators: 19339 -> '19,339'."""
    return f"{n:,.{decimals}f}"


def count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 model', '3 models', '2,152 votes'."""
    return f"{number(n)} {noun if n == 1 else (plural or noun + 's')}"


def approx_count(n: float, noun: str, plural: str | None = None) -> str:
    """A count from an approximation (votes needed, simulated totals) to three significant figures, so it
    never reads more precise than it is: 2152 -> 'about 2,150 votes', 947453 -> 'about 947,000 votes'.

    >>> approx_count(2152, "vote"), approx_count(11700, "vote"), approx_count(75, "vote")
    ('about 2,150 votes', 'about 11,700 votes', 'about 75 votes')
    """
    value = float(n)
    if value >= 1000:
        magnitude = 10 ** (len(str(int(value))) - 3)
        value = float(Decimal(value / magnitude).quantize(Decimal(1), rounding=ROUND_HALF_UP)) * magnitude
    return f"about {count(int(value), noun, plural)}"


def _significant(value: float, digits: int) -> str:
    """``value`` to ``digits`` significant digits (at least its whole part), halves rounded away from
    zero: 788.5 -> '789', as a reader rounds, not Python's round-half-even '788'."""
    if value == 0:
        return "0"
    decimals = max(digits - 1 - math.floor(math.log10(abs(value))), 0)
    step = Decimal(1).scaleb(-decimals)
    return str(Decimal(repr(float(value))).quantize(step, rounding=ROUND_HALF_UP))


def possessive(name: object) -> str:
    """The possessive of a name: "Grand View Research's", "Fortune Business Insights'".

    >>> possessive("Grand View Research"), possessive("Fortune Business Insights")
    ("Grand View Research's", "Fortune Business Insights'")
    """
    text = str(name)
    return f"{text}'" if text.endswith("s") else f"{text}'s"


def capital(text: str) -> str:
    """The text with its first letter capitalised, the rest untouched (unlike ``str.capitalize``).

    >>> capital("the #1 of text to video"), capital("")
    ('The #1 of text to video', '')
    """
    return text[:1].upper() + text[1:]


def shared_words(first: object, second: object) -> str:
    """The words two names begin with, '' when none: the name a model's two listings share.

    >>> shared_words("MiniMax H3 Max", "MiniMax H3 (768p)"), shared_words("Veo 3", "Wan 3.0")
    ('MiniMax H3', '')
    """
    common = []
    for a, b in zip(str(first).split(), str(second).split(), strict=False):
        if a != b:
            break
        common.append(a)
    return " ".join(common)
