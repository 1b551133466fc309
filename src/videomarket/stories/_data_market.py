"""The "about the data" note's market-forecast sources table: the forecasts one row each, with the page
each was read on, its grade, and whether its publisher is named by the page or only inferred."""

from __future__ import annotations

import pandas as pd

from videomarket.stories import fmt
from videomarket.stories._market import definition_label, read_in, usd_stated

#: Words in a forecast's data note saying its publisher was not named on the page but inferred.
_INFERRED = ("infer", "not named in-line", "names no publisher")


def _inferred(rows: pd.DataFrame) -> str:
    if str(rows["publisher"].iloc[0]).startswith("Unattributed"):
        return "no publisher named"
    notes = " ".join(rows["note"].dropna().astype(str)).lower() if "note" in rows else ""
    return "yes" if any(word in notes for word in _INFERRED) else "no"


def forecast_sources_table(forecasts: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """One row per market forecast (publisher, edition and market definition): publisher as credited, the
    market as named, its yearly values as stated, the stated yearly rate, grade(s), the page it was read on
    (listed in the Sources) and whether the publisher is only inferred.

    >>> f = pd.DataFrame({"publisher": ["House", "House", "Unattributed (blog)"], "edition": ["A", "A", "u"],
    ...     "report": ["Video market", "Video market", "AI video"], "definition": ["ai-video-generator"] * 3,
    ...     "year": [2024, 2032, 2030], "value_usd_m": [614.8, 2560.0, 2070.0],
    ...     "stated_cagr_pct": [19.5, 19.5, None], "evidence": ["D", "D", "D"],
    ...     "source_id": ["gh-x", "gh-x", "web-y"], "note": ["attribution is an inference", None, None]})
    >>> s = pd.DataFrame({"source_id": ["gh-x", "web-y"], "publisher": ["x (GitHub)", "Blog"],
    ...     "url": ["https://github.com/a/b/blob/c/d.md", "https://blog.example/p"]})
    >>> t = forecast_sources_table(f, s).drop(columns="definition")
    >>> t.to_dict("records")  # doctest: +NORMALIZE_WHITESPACE
    [{'publisher': 'House', 'report': 'Video market', 'values': '2024: USD 614.8M; 2032: USD 2.56B',
      'rate': '19.5% a year', 'grade': 'D', 'read_on': 'GitHub page',
      'inferred': 'yes'},
     {'publisher': 'Unattributed (blog)', 'report': 'AI video', 'values': '2030: USD 2.07B',
      'rate': 'not stated', 'grade': 'D', 'read_on': 'Blog',
      'inferred': 'no publisher named'}]
    """
    rows = []
    keys = ["publisher", "edition", "definition"]
    for _, group in forecasts.groupby(keys, sort=False, dropna=False):
        group = group.sort_values("year")
        rates = group["stated_cagr_pct"].dropna().unique()
        pages = list(dict.fromkeys(group["source_id"].astype(str)))
        rows.append({
            "publisher": str(group["publisher"].iloc[0]),
            "report": str(group["report"].iloc[0]),
            "definition": definition_label(group["definition"].iloc[0]),
            "values": "; ".join(f"{int(y)}: {usd_stated(v)}"
                                for y, v in zip(group["year"], group["value_usd_m"], strict=True)),
            "rate": ("; ".join(f"{fmt.number(float(r), 2).rstrip('0').rstrip('.')}% a year" for r in rates)
                     if len(rates) else "not stated"),
            "grade": "/".join(sorted(group["evidence"].astype(str).unique())),
            "read_on": "; ".join(read_in(p, sources) for p in pages),
            "inferred": _inferred(group),
        })
    return pd.DataFrame(rows)


def forecast_sources_title(table: pd.DataFrame) -> str:
    """The forecast-sources table's title, its finding: how many forecasts, how many name no publisher or
    only an inferred one.

    >>> t = pd.DataFrame({"inferred": ["yes", "no", "no publisher named"], "grade": ["C", "C", "D"]})
    >>> print(forecast_sources_title(t))  # doctest: +NORMALIZE_WHITESPACE
    Of the 3 market forecasts, 1 names no publisher and 1 is credited only by inference; none is above
    grade C
    """
    unnamed = int((table["inferred"] == "no publisher named").sum())
    inferred = int((table["inferred"] == "yes").sum())
    best = min(g for grades in table["grade"] for g in str(grades).split("/"))
    return (f"Of the {fmt.count(len(table), 'market forecast')}, {unnamed} "
            f"name{'s' if unnamed == 1 else ''} no publisher and {inferred} "
            f"{'is' if inferred == 1 else 'are'} credited only by inference; none is above grade {best}")


def coverage_table_title(table: pd.DataFrame) -> str:
    """The coverage table's title (``table``: :func:`download_coverage_table`), its finding.

    >>> coverage_table_title(pd.DataFrame({"downloaded": [33, 24], "archived": [48, 58], "span": [100, 100]}))
    "Downloaded boards cover 24% to 33% of each pool's days; counting reconstructed copies, 48% to 58%"
    """
    def span(col: str) -> str:
        share = table[col] / table["span"]
        return f"{fmt.pct(share.min(), 0)} to {fmt.pct(share.max(), 0)}"
    return (f"Downloaded boards cover {span('downloaded')} of each pool's days; counting reconstructed "
            f"copies, {span('archived')}")


def evidence_table_title(forecasts: pd.DataFrame, vendor: pd.DataFrame) -> str:
    """The evidence table's title: the market tables' best grades (``evidence`` of each).

    >>> evidence_table_title(pd.DataFrame({"evidence": ["C", "D"]}), pd.DataFrame({"evidence": ["B", "C"]}))
    'No market forecast value reaches grade B; 1 of 2 vendor figures does, none grade A'
    """
    f, v = forecasts["evidence"].astype(str), vendor["evidence"].astype(str)
    good_f = int(f.isin(["A", "B"]).sum())
    head = ("No market forecast value reaches grade B" if not good_f
            else f"{good_f} of {len(f)} market forecast values reach grade B")
    good_v, top_v = int(v.isin(["A", "B"]).sum()), int((v == "A").sum())
    return (f"{head}; {good_v} of {fmt.count(len(v), 'vendor figure')} {'does' if good_v == 1 else 'do'}, "
            + ("none grade A" if not top_v else f"{top_v} grade A"))


def gaps_table_title(table: pd.DataFrame, min_days: int) -> str:
    """The gaps table's title: how many stretches of ``min_days`` or more without a board of a pool
    (``table``: :func:`videomarket.data.coverage_gaps`, one row a stretch, before the table merges pools).

    >>> gaps_table_title(pd.DataFrame({"pool": ["a", "b"]}), 7)
    '2 stretches of 7 days or more without a board of a pool'
    """
    return (f"{fmt.count(len(table), 'stretch', 'stretches')} of {min_days} days or more without a board "
            "of a pool")


def changes_table_title(changes: pd.DataFrame) -> str:
    """The changes-of-#1 table's title: how many changes, and the longest stretch without a board around
    one (``gap_text``: 'about 39', '0').

    >>> changes_table_title(pd.DataFrame({"gap_text": ["about 39", "about 68", "0"]}))
    'Of 3 changes of #1, the least closely seen fell in about 68 days without a board'
    """
    gaps = changes["gap_text"].astype(str).str.extract(r"(\d+)")[0].astype(float)
    return (f"Of {len(changes)} changes of #1, the least closely seen fell in about {gaps.max():.0f} days "
            "without a board")


def rebuilt_bases_title(table: pd.DataFrame) -> str:
    """The rebuilt-share table's title: the range of the shares (``rebuilt`` of ``total``).

    >>> rebuilt_bases_title(pd.DataFrame({"rebuilt": [43, 32, 38], "total": [100, 100, 100]}))
    'Reconstructed copies make up 32% to 43% of the data, depending on what is counted'
    """
    share = table["rebuilt"] / table["total"]
    return (f"Reconstructed copies make up {fmt.pct(share.min(), 0)} to "
            f"{fmt.pct(share.max(), 0)} of the data, depending on what is counted")


def market_uses(forecasts: pd.DataFrame, vendor: pd.DataFrame) -> dict[str, str]:
    """What the note takes from each market page, for the Sources list: the forecasts it quotes (publisher
    as credited, years) and the companies whose vendor figures it gives.

    >>> f = pd.DataFrame({"publisher": ["House", "House", "Unattributed (blog)"], "year": [2024, 2032, 2030],
    ...                   "source_id": ["gh-x", "gh-x", "web-y"]})
    >>> v = pd.DataFrame({"company": ["Runway", "Pika"], "source_id": ["web-y", "web-z"]})
    >>> market_uses(f, v)  # doctest: +NORMALIZE_WHITESPACE
    {'gh-x': 'market forecast: House, 2024–2032',
     'web-y': 'market forecast: unattributed (blog), 2030; vendor figures: Runway',
     'web-z': 'vendor figures: Pika'}
    """
    uses: dict[str, list[str]] = {}
    for sid, rows in forecasts.groupby("source_id", sort=False):
        said = []
        for publisher, one in rows.groupby("publisher", sort=False):
            name = str(publisher)
            name = name[0].lower() + name[1:] if name.startswith("Unattributed") else name
            first, last = int(one["year"].min()), int(one["year"].max())
            said.append(f"{name}, {first}" + (f"–{last}" if last != first else ""))
        uses.setdefault(str(sid), []).append("market forecast: " + "; ".join(said))
    for sid, rows in vendor.groupby("source_id", sort=False):
        uses.setdefault(str(sid), []).append(
            "vendor figures: " + ", ".join(dict.fromkeys(rows["company"].astype(str))))
    return {sid: "; ".join(parts) for sid, parts in sorted(uses.items())}
