"""Vendors' own figures set against the forecasts: how much of a year's forecast the vendors that disclose
leave for every other vendor, and how fast they grew next to the forecasts over the same months.

Both give conditions and tensions, never verdicts: a forecast that leaves little room for the other
vendors is not shown to be too low (its definition may leave products out), and vendors that grow
faster than a market may simply be gaining share.

Example:
    >>> import pandas as pd
    >>> comparison = pd.DataFrame({"year": [2026], "basis": ["annualized"], "market_usd_m": [900.0],
    ...     "market_low": [847.0], "market_high": [948.0], "calendar_low_usd_m": [650.0],
    ...     "floor_share_low": [0.69]})
    >>> figures = pd.DataFrame({"company": ["K", "R"], "metric": ["run_rate", "run_rate"],
    ...     "period": ["2026-05", "2025-06"], "period_end": pd.to_datetime(["2026-05-28", "2025-06-30"]),
    ...     "year": [2026, 2025], "basis": ["annualized"] * 2, "value_usd_m": [650.0, 90.0],
    ...     "evidence": ["C", "B"], "counted": [True, True]})
    >>> room = forecast_headroom(comparison, figures)
    >>> room.headroom_low, room.held_usd_m, room.left_low, room.left_high
    (197.0, 90.0, 107.0, 208.0)
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

from videomarket.market._forecasts import forecast_paths, value_at

HELD_COLUMNS = ["company", "metric", "period", "period_end", "value_usd_m", "evidence"]
AGAINST_COLUMNS = ["forecast_rate_low", "forecast_rate_high", "forecast_multiple_low",
                   "forecast_multiple_high", "n_forecasts", "forecast_paths"]


@dataclasses.dataclass(frozen=True)
class Headroom:
    """What a year's forecasts leave for the vendors not in the floor.

    ``floor_usd_m``: the vendors' floor that year (:func:`videomarket.market.vendor_vs_market`'s
    ``calendar_low_usd_m``); ``forecast_low`` / ``forecast_high``: the lowest and highest forecast for the
    year. ``held``: the vendors counted in earlier years but without a figure this year, each with its
    last run-rate or ARR (:data:`HELD_COLUMNS`): if its pace has not fallen since, that is at least what it
    earns in the year. The properties give the room the forecasts leave (``headroom_*``), the held
    run-rates' sum and the room left after them (``left_*``), all USD millions.
    """

    year: int
    basis: str
    floor_usd_m: float
    forecast_low: float
    forecast_high: float
    held: pd.DataFrame
    too_old: pd.DataFrame = dataclasses.field(default_factory=lambda: pd.DataFrame(columns=HELD_COLUMNS))

    @property
    def headroom_low(self) -> float:
        """The lowest forecast minus the floor: all other vendors together earn under this if it holds."""
        return self.forecast_low - self.floor_usd_m

    @property
    def headroom_high(self) -> float:
        """The highest forecast minus the floor."""
        return self.forecast_high - self.floor_usd_m

    @property
    def held_usd_m(self) -> float:
        """The held vendors' last run-rates and ARR, summed."""
        return float(self.held["value_usd_m"].sum())

    @property
    def left_low(self) -> float:
        """Room under the lowest forecast after the held vendors."""
        return self.headroom_low - self.held_usd_m

    @property
    def left_high(self) -> float:
        """Room under the highest forecast after the held vendors."""
        return self.headroom_high - self.held_usd_m


def forecast_headroom(comparison: pd.DataFrame, figures: pd.DataFrame, year: int | None = None,
                      basis: str = "annualized", within_years: int | None = None) -> Headroom:
    """How much of ``year``'s forecasts the vendors' floor leaves for every other vendor.

    ``comparison``: :func:`videomarket.market.vendor_vs_market` (with forecasts for ``year``);
    ``figures``: :func:`videomarket.market.vendor_figures`. ``year`` defaults to the year whose floor is
    the largest share of its forecast. The held vendors are those with a counted run-rate or ARR in an
    earlier year and no counted figure in ``year``, each at its latest; with ``within_years``, a latest
    figure of a year more than that many years before ``year`` is not held but listed in ``too_old``.
    Raises ValueError when the year and basis have no forecast.
    """
    compared = comparison.dropna(subset=["market_usd_m"])
    if year is None:
        if compared.empty:
            raise ValueError("forecast_headroom: no year has both counted vendor figures and a forecast")
        year = int(compared.sort_values("floor_share_low").iloc[-1]["year"])
    chosen = compared[(compared["year"].astype(int) == int(year)) & (compared["basis"] == basis)]
    if chosen.empty:
        raise ValueError(f"forecast_headroom: no {basis} vendor figures with a forecast in {year}")
    row = chosen.iloc[0]
    counted = figures[figures["counted"].astype(bool)]
    present = set(counted.loc[counted["year"].astype(int) == int(year), "company"])
    earlier = counted[(counted["year"].astype(int) < int(year)) & (counted["basis"] == "annualized")
                      & ~counted["company"].isin(present)]
    held = (earlier.sort_values("period_end").groupby("company", sort=True).tail(1)
            .sort_values("period_end", ascending=False)[HELD_COLUMNS].reset_index(drop=True))
    old = pd.Series(False, index=held.index)
    if within_years is not None:
        old = pd.to_datetime(held["period_end"]).dt.year < int(year) - int(within_years)
    return Headroom(int(year), basis, float(row["calendar_low_usd_m"]), float(row["market_low"]),
                    float(row["market_high"]), held[~old].reset_index(drop=True),
                    held[old].reset_index(drop=True))


def growth_against_forecasts(
    rates: pd.DataFrame,
    forecasts: pd.DataFrame,
    definition: str,
    min_evidence: str = "C",
    *,
    region: str = "Global",
) -> pd.DataFrame:
    """Each vendor series of :func:`videomarket.market.vendor_growth` beside the growth the forecasts give
    over the same calendar years.

    For a series from a date in year y0 to a date in year y1, each forecast of ``definition`` that covers
    those years gives its own yearly rate between its (stated or implied,
    :func:`videomarket.market.value_at`) values of y0 and y1 (y0 and y0 + 1 when the series starts and
    ends in one year), and the multiple that rate gives over the series' own span. Added columns
    (:data:`AGAINST_COLUMNS`): the lowest and highest such rate and multiple, how many forecasts cover the
    years, and which. NaN and 0 where no forecast covers them: a forecast is never extrapolated.

    Example:
        >>> import pandas as pd
        >>> rates = pd.DataFrame({"company": ["K"], "first_end": pd.to_datetime(["2025-03-31"]),
        ...     "last_end": pd.to_datetime(["2026-03-31"]), "years": [1.0], "multiple": [4.3]})
        >>> rows = pd.DataFrame({"publisher": ["P", "P"], "report": ["R", "R"], "edition": ["C", "C"],
        ...     "definition": ["text-to-video"] * 2, "region": ["Global"] * 2, "year": [2025, 2026],
        ...     "value_usd_m": [100.0, 118.0], "evidence": ["C", "C"], "source_id": ["s", "s"]})
        >>> row = growth_against_forecasts(rates, rows, "text-to-video").iloc[0]
        >>> round(float(row["forecast_rate_low"]), 3), round(float(row["forecast_multiple_high"]), 3)
        (0.18, 1.18)
    """
    for column in ("first_end", "last_end", "years"):
        if column not in rates.columns:
            raise ValueError(f"growth_against_forecasts: rates lack `{column}` (use vendor_growth)")
    paths = forecast_paths(forecasts, definition, min_evidence)
    paths = paths[paths["region"].astype(str) == region]
    stated = {label: dict(zip(group["year"].astype(int), group["value_usd_m"].astype(float), strict=True))
              for label, group in paths.groupby("path", sort=True)}
    rows = []
    for start, end, span in zip(pd.to_datetime(rates["first_end"]), pd.to_datetime(rates["last_end"]),
                                rates["years"].astype(float), strict=True):
        first, last = start.year, end.year if end.year > start.year else start.year + 1
        found = {}
        for label, values in stated.items():
            low, high = value_at(values, first), value_at(values, last)
            if np.isfinite(low) and np.isfinite(high):
                found[label] = (high / low) ** (1 / (last - first)) - 1
        yearly = np.array(list(found.values()), dtype=float)
        rows.append({
            "forecast_rate_low": yearly.min() if len(yearly) else np.nan,
            "forecast_rate_high": yearly.max() if len(yearly) else np.nan,
            "forecast_multiple_low": (1 + yearly.min()) ** span if len(yearly) else np.nan,
            "forecast_multiple_high": (1 + yearly.max()) ** span if len(yearly) else np.nan,
            "n_forecasts": len(yearly),
            "forecast_paths": "; ".join(found),
        })
    return pd.concat([rates.reset_index(drop=True), pd.DataFrame(rows, columns=AGAINST_COLUMNS)], axis=1)
