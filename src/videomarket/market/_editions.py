"""One growth rate from all the forecast editions of a market: a log-linear fit with one level per edition.

Analysts' editions disagree about the size of the market (each has its own base year and base value)
far more than about its growth. Pooling their values year by year mixes the two: a year stated by one
edition only takes that edition's level, the next year another's, and a curve through such medians
reads level differences as growth. Fitting ``log(value) = level[edition] + slope * year`` instead
keeps each edition's level apart and asks one question of all of them: what common annual rate do
their stated paths share? ``exp(slope) - 1`` is that rate.

What the interval means: the stated values were themselves computed from near-constant rates, so the
residuals measure how far the editions' rates differ from one common rate, not sampling error of the
market. It says how well one rate summarises the forecasts; it is not a forecast's uncertainty.

One publisher's editions are not independent forecasts (a later edition often keeps an earlier one's
base value), so counting each edition as a forecast understates the interval. With
``one_per_publisher=True`` only each publisher's latest edition is fitted (latest by publication date
where the data give one, else by base year, then horizon) and the earlier ones are listed in
``left_out`` with the reason.

Example::

    >>> import pandas as pd
    >>> rows = pd.DataFrame({"publisher": ["P", "P", "P", "Q", "Q"], "report": ["R"] * 3 + ["S"] * 2,
    ...     "edition": ["B", "B", "B", "x", "x"], "definition": ["text-to-video"] * 5,
    ...     "region": ["Global"] * 5,
    ...     "year": [2025, 2026, 2032, 2025, 2033],
    ...     "value_usd_m": [100.0, 120.0, 358.3, 150.0, 645.0],
    ...     "evidence": ["C"] * 5, "source_id": ["s1"] * 3 + ["s2"] * 2})
    >>> result = edition_growth(rows, "text-to-video")
    >>> round(result.rate, 2), result.n_editions, result.df_resid
    (0.2, 2, 2)
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd

from videomarket.market._forecasts import forecast_paths

EDITION_COLUMNS = (
    "path", "publisher", "edition", "first_year", "last_year", "n_values", "first_value_usd_m",
    "last_value_usd_m", "implied_rate", "stated_rate", "evidence", "source_ids", "note",
)
LEFT_OUT_COLUMNS = ("path", "publisher", "edition", "n_values", "evidence", "reason")


@dataclasses.dataclass(frozen=True)
class EditionGrowth:
    """The common annual growth rate of a market's forecast editions, with its interval.

    ``rate``, ``lower``, ``upper``: fractions a year (0.195 is 19.5 %), the interval at level
    ``1 - alpha`` from the t distribution with ``df_resid`` degrees of freedom; the interval assumes the
    editions' deviations from the common line are independent. ``editions``: one row per edition used
    (:data:`EDITION_COLUMNS`: path, publisher, edition, first and last year and stated value, the rate
    those two values imply and the rate the edition states, both fractions a year, its worst evidence
    grade and its sources). ``left_out``: the editions of the same market and region that the evidence
    threshold kept out, with the reason (:data:`LEFT_OUT_COLUMNS`). ``n_values``: stated values fitted.
    ``definition``, ``region``, ``min_evidence``: what was pooled. ``one_per_publisher``: whether only
    each publisher's latest edition was fitted.
    """

    rate: float
    lower: float
    upper: float
    alpha: float
    n_values: int
    n_editions: int
    df_resid: int
    definition: str
    region: str
    min_evidence: str
    editions: pd.DataFrame
    left_out: pd.DataFrame = dataclasses.field(default_factory=lambda: pd.DataFrame(columns=LEFT_OUT_COLUMNS))
    one_per_publisher: bool = False

    @property
    def n_publishers(self) -> int:
        """Publishers whose editions were fitted."""
        return int(self.editions["publisher"].nunique())

    def summary(self) -> pd.Series:
        """rate, lower, upper as one Series (what charts and tables take)."""
        return pd.Series({"rate": self.rate, "lower": self.lower, "upper": self.upper})


def edition_growth(
    forecasts: pd.DataFrame,
    definition: str = "ai-video-generator",
    min_evidence: str = "C",
    *,
    region: str = "Global",
    alpha: float = 0.05,
    one_per_publisher: bool = False,
) -> EditionGrowth:
    """The one annual rate that the forecast editions of ``definition`` share (rules in the module).

    Editions are :func:`videomarket.market.forecast_paths` of the definition and region, graded
    ``min_evidence`` or better; with ``one_per_publisher`` only each publisher's latest edition
    (:func:`latest_editions`). Raises ValueError when fewer than one residual degree of freedom is left
    (every edition would fit its own values exactly: no common rate can be estimated) or a value is not
    positive.
    """
    from scipy import stats
    from statsmodels.regression.linear_model import OLS  # not statsmodels.api: every model family, ~1 s

    if not 0 < alpha < 1:
        raise ValueError(f"edition_growth: alpha must lie strictly between 0 and 1, got {alpha!r}")
    every = forecast_paths(forecasts, definition, "D")
    every = every[every["region"].astype(str) == region]
    paths = forecast_paths(forecasts, definition, min_evidence)
    paths = paths[paths["region"].astype(str) == region]
    earlier = pd.DataFrame(columns=list(LEFT_OUT_COLUMNS))
    if one_per_publisher:
        kept = set(latest_editions(paths))
        earlier = _earlier(paths[~paths["path"].isin(kept)])
        paths = paths[paths["path"].isin(kept)]
    if (paths["value_usd_m"] <= 0).any():
        raise ValueError("edition_growth: market values must be positive to take logs")
    editions = sorted(paths["path"].unique())
    df_resid = len(paths) - len(editions) - 1
    if df_resid < 1:
        raise ValueError(
            f"edition_growth: {len(paths)} stated values of {definition!r} ({region}, evidence "
            f"{min_evidence} or better{', latest edition per publisher' if one_per_publisher else ''}) in "
            f"{len(editions)} editions leave no degree of freedom for a common "
            "rate: each edition needs a level of its own, and the rate needs values beyond them"
        )
    levels = pd.get_dummies(paths["path"]).reindex(columns=editions).astype(float)
    design = levels.assign(year=paths["year"].astype(float) - float(paths["year"].min()))
    fit = OLS(np.log(paths["value_usd_m"].to_numpy(dtype=float)), design.to_numpy()).fit()
    slope, se = float(fit.params[-1]), float(fit.bse[-1])
    q = float(stats.t.ppf(1 - alpha / 2, df_resid))
    return EditionGrowth(
        rate=float(np.expm1(slope)),
        lower=float(np.expm1(slope - q * se)),
        upper=float(np.expm1(slope + q * se)),
        alpha=alpha,
        n_values=len(paths),
        n_editions=len(editions),
        df_resid=int(df_resid),
        definition=definition,
        region=region,
        min_evidence=min_evidence,
        editions=_edition_table(paths),
        left_out=_joined(earlier, _left_out(every, set(paths["path"]) | set(earlier["path"]), min_evidence)),
        one_per_publisher=one_per_publisher,
    )


def latest_editions(paths: pd.DataFrame) -> list[str]:
    """Each publisher's latest edition among the :func:`videomarket.market.forecast_paths` rows: the
    latest publication date where the rows give one, else the latest base year (first stated year), then
    the latest horizon (last stated year). One path label per publisher, sorted.

    >>> import pandas as pd
    >>> rows = pd.DataFrame({"path": ["P ed. B", "P ed. B", "P ed. C", "P ed. C", "Q"],
    ...     "publisher": ["P", "P", "P", "P", "Q"], "year": [2025, 2032, 2025, 2034, 2025]})
    >>> latest_editions(rows)
    ['P ed. C', 'Q']
    """
    if paths.empty:
        return []
    published = (paths["published"].astype("string") if "published" in paths
                 else pd.Series(pd.NA, index=paths.index, dtype="string"))
    spans = paths.assign(_published=published.fillna("")).groupby("path", sort=True).agg(
        publisher=("publisher", "first"), published=("_published", "max"), first=("year", "min"),
        last=("year", "max"))
    ordered = spans.sort_values(["publisher", "published", "first", "last"], kind="stable")
    return sorted(ordered.groupby("publisher", sort=True).tail(1).index.astype(str))


def _joined(*frames: pd.DataFrame) -> pd.DataFrame:
    parts = [frame for frame in frames if len(frame)]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=list(LEFT_OUT_COLUMNS))


def _earlier(paths: pd.DataFrame) -> pd.DataFrame:
    rows = [
        {"path": path, "publisher": group["publisher"].iloc[0], "edition": group["edition"].iloc[0],
         "n_values": len(group), "evidence": group["path_evidence"].iloc[0],
         "reason": "an earlier edition of a publisher whose latest edition is fitted"}
        for path, group in paths.groupby("path", sort=True)
    ]
    return pd.DataFrame(rows, columns=list(LEFT_OUT_COLUMNS))


def _edition_table(paths: pd.DataFrame) -> pd.DataFrame:
    ordered = paths.sort_values(["path", "year"])
    grouped = ordered.groupby("path", sort=True)
    stated = (pd.to_numeric(ordered["stated_cagr_pct"], errors="coerce") / 100 if "stated_cagr_pct" in ordered
              else pd.Series(np.nan, index=ordered.index))
    table = pd.DataFrame({
        "publisher": grouped["publisher"].first(),
        "edition": grouped["edition"].first(),
        "first_year": grouped["year"].first(),
        "last_year": grouped["year"].last(),
        "n_values": grouped.size(),
        "first_value_usd_m": grouped["value_usd_m"].first(),
        "last_value_usd_m": grouped["value_usd_m"].last(),
        "stated_rate": stated.groupby(ordered["path"]).first(),
        "evidence": grouped["path_evidence"].first(),
        "source_ids": grouped["source_id"].agg(lambda ids: "; ".join(sorted(set(ids)))),
        "note": grouped["note"].first() if "note" in ordered else pd.NA,
    })
    span = table["last_year"] - table["first_year"]
    table["implied_rate"] = np.where(
        span > 0, (table["last_value_usd_m"] / table["first_value_usd_m"]) ** (1 / span.where(span > 0)) - 1,
        np.nan,
    )
    return table.rename_axis("path").reset_index()[list(EDITION_COLUMNS)]


def _left_out(every: pd.DataFrame, kept: set[str], min_evidence: str) -> pd.DataFrame:
    """The editions of the market and region that the evidence threshold left out, with the reason."""
    out = every[~every["path"].isin(kept)]
    rows = [
        {"path": path, "publisher": group["publisher"].iloc[0], "edition": group["edition"].iloc[0],
         "n_values": len(group), "evidence": group["path_evidence"].iloc[0],
         "reason": f"evidence grade {group['path_evidence'].iloc[0]}, below {min_evidence}"}
        for path, group in out.groupby("path", sort=True)
    ]
    return pd.DataFrame(rows, columns=list(LEFT_OUT_COLUMNS))
