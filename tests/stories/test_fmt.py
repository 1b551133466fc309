"""Number formatting shared by every report: money in three significant digits, no '.0M'."""

from __future__ import annotations

import pytest

from videomarket.stories import fmt


@pytest.mark.parametrize(
    ("value", "currency", "text"),
    [
        (716.8, "USD", "USD 717M"),
        (2562.9, "USD", "USD 2.56B"),
        (90.0, "USD", "USD 90M"),
        (100.0, "USD", "USD 100M"),
        (1.0, "USD", "USD 1M"),
        (3.46, "USD", "USD 3.46M"),
        (53.44, "USD", "USD 53.4M"),
        (788.5, "USD", "USD 789M"),
        (999.6, "USD", "USD 1B"),
        (42290.0, "USD", "USD 42.3B"),
        (1200.0, "CNY", "CNY 1.2B"),
        (650.0, "CNY", "CNY 650M"),
        (8.6, "GBP", "GBP 8.6M"),
    ],
)
def test_money_has_three_significant_digits_and_no_trailing_zeros(value: float, currency: str,
                                                                  text: str) -> None:
    assert fmt.money_m(value, currency) == text
    if currency == "USD":
        assert fmt.usd_m(value) == text


def test_usd_m_can_quote_a_figure_as_stated_and_says_n_a_for_no_number() -> None:
    assert fmt.usd_m(716.8, 4) == "USD 716.8M" and fmt.usd_m(2560.0, 4) == "USD 2.56B"
    assert fmt.usd_m(float("nan")) == "n/a" and fmt.money_m(None, "USD") == "n/a"
    assert fmt.usd_m(500.0, 2) == "USD 500M"  # axis ticks: never fewer digits than the whole part
