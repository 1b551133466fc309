"""``reports/index.html``: every report with its title, summary, key-chart thumbnail and dates.

Titles and summaries come from the notebook itself (first ``# `` heading; the first paragraph after it, or
notebook metadata ``videomarket.summary``). The data snapshot date comes from notebook metadata
``videomarket.snapshot_date`` when present, else from :func:`data_snapshot_date` over ``data/*.csv``.
The index is rendered only from the report cache, so it is identical until a report changes.

Example::

    >>> from videomarket.report._index import title_and_summary
    >>> nb = {"cells": [{"cell_type": "markdown", "source": "# Who leads\\n\\nKling, *mostly*."}]}
    >>> title_and_summary(nb, fallback="x")
    ('Who leads', 'Kling, mostly.')
"""

from __future__ import annotations

import csv
import html
import re
from collections.abc import Callable, Iterable
from itertools import groupby
from pathlib import Path
from typing import Any

from videomarket.report._cache import ReportEntry
from videomarket.report._plan import cell_source

SnapshotDate = Callable[[Path], str]
SNAPSHOT_COLUMNS = ("snapshot_date",)  # preferred: the day a leaderboard showed its values
FALLBACK_COLUMNS = ("retrieved", "accessed")  # else: the day a source was read
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_MAX_SUMMARY = 240


def _plain(markdown: str) -> str:
    """Markdown inline syntax to plain text (links keep their text), on one line."""
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"(\*\*|__|\*|`)", "", text)
    text = re.sub(r"(?<!\w)_(\S.*?\S|\S)_(?!\w)", r"\1", text)
    return " ".join(text.split())


def _markdown_blocks(nb: dict[str, Any]) -> list[str]:
    return [
        block.strip()
        for cell in nb.get("cells", [])
        if cell.get("cell_type") == "markdown"
        for block in re.split(r"\n\s*\n", cell_source(cell))
        if block.strip()
    ]


def _is_paragraph(block: str) -> bool:
    return not block.startswith(("#", "|", "```", "~~~", "<", "---", "$$", "![", "- ", "* ", "1. "))


def title_and_summary(nb: dict[str, Any], fallback: str) -> tuple[str, str]:
    """The first ``# `` heading and the first paragraph after it (metadata ``videomarket.summary`` wins).

    Without a ``# `` heading the title is ``fallback`` and the summary the first paragraph.
    """
    blocks = _markdown_blocks(nb)
    title, following = fallback, blocks
    for position, block in enumerate(blocks):
        first, _, rest = block.partition("\n")
        if first.startswith("# "):
            title = _plain(first[2:]) or fallback
            following = ([rest.strip()] if rest.strip() else []) + blocks[position + 1 :]
            break
    summary = next((_plain(block) for block in following if _is_paragraph(block)), "")
    override = (nb.get("metadata", {}).get("videomarket") or {}).get("summary")
    summary = _plain(str(override)) if override else summary
    if len(summary) > _MAX_SUMMARY:
        summary = summary[: _MAX_SUMMARY - 1].rsplit(" ", 1)[0] + "…"
    return title, summary


def data_snapshot_date(data_dir: Path) -> str:
    """Newest ``snapshot_date`` in ``data/*.csv`` (else newest ``retrieved``/``accessed``), or ``""``.

    Content-derived on purpose (file times change on checkout). Forecast or release dates are not used:
    they can lie in the future and say nothing about when the data was taken.
    """
    for columns in (SNAPSHOT_COLUMNS, FALLBACK_COLUMNS):
        newest = max(_column_dates(data_dir, columns), default="")
        if newest:
            return newest
    return ""


def _column_dates(data_dir: Path, columns: tuple[str, ...]) -> Iterable[str]:
    for path in sorted(data_dir.glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            wanted = [c for c in reader.fieldnames or [] if c in columns]
            if not wanted:
                continue
            for row in reader:
                for column in wanted:
                    value = (row.get(column) or "").strip()
                    if _ISO_DATE.match(value):
                        yield value[:10]


def notebook_snapshot_date(nb: dict[str, Any], default: str) -> str:
    """Notebook metadata ``videomarket.snapshot_date`` if set, else ``default`` (the data's date)."""
    own = (nb.get("metadata", {}).get("videomarket") or {}).get("snapshot_date")
    return str(own) if own else default


_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:60rem;
padding:0 1rem;color:#1a1a1a;background:#fff}
h1{font-size:1.6rem;margin-bottom:.2rem}
.lede{color:#555;margin-top:0}
.report{display:flex;gap:1.2rem;border-top:1px solid #ddd;padding:1.2rem 0}
.report img{width:240px;height:auto;border:1px solid #eee;flex:none}
.report .nothumb{width:240px;flex:none;color:#777;font-size:.85rem}
.report h2{font-size:1.2rem;margin:0 0 .3rem}
.report p{margin:.2rem 0}
.meta{color:#555;font-size:.85rem}
.variants{margin:.4rem 0 0;padding-left:1.2rem;font-size:.9rem}
.stale{color:#a40000;font-size:.85rem}
"""


def render_index(entries: list[ReportEntry]) -> str:
    """The whole index page (self-contained: inline CSS, thumbnails as data URIs, no scripts)."""

    def notebook_of(entry: ReportEntry) -> str:
        return entry.notebook_stem

    cards = [_card(list(group)) for _, group in groupby(sorted(entries, key=_sort_key), key=notebook_of)]
    body = "\n".join(cards) if cards else "<p>No reports yet: run <code>make reports</code>.</p>"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>videomarket reports</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        "<h1>videomarket reports</h1>\n"
        '<p class="lede">Each report is a notebook executed on the data snapshot shown; '
        "open a title to read it.</p>\n"
        f"{body}\n</body>\n</html>\n"
    )


def _sort_key(entry: ReportEntry) -> tuple[str, bool, list[list[str]], bool]:
    return (entry.notebook_stem, bool(entry.parameters), entry.parameters, entry.with_code)


def _variant_label(entry: ReportEntry) -> str:
    label = ", ".join(f"{name}={text}" for name, text in entry.parameters) or "default parameters"
    return label + (" (with code)" if entry.with_code else "")


def _dates(entry: ReportEntry) -> str:
    snapshot = entry.snapshot_date or "unknown"
    return f"data snapshot {html.escape(snapshot)} · built {html.escape(entry.built_at)}"


def _card(group: list[ReportEntry]) -> str:
    main = group[0]  # sorted: default parameters without code first
    e = html.escape
    if main.thumbnail:
        thumb = (
            f'<img src="{e(main.thumbnail)}" alt="{e(main.thumbnail_alt or "Key chart of " + main.title)}">'
        )
    else:
        thumb = '<div class="nothumb">(no chart)</div>'
    stale = "".join(
        f'<p class="stale">Last rebuild of {e(x.name)} failed ({e(x.last_error)}); '
        "showing the previous version.</p>"
        for x in group
        if x.last_error
    )
    variants = "\n".join(
        f'<li><a href="{e(x.name)}">{e(_variant_label(x))}</a>'
        + (f' <span class="meta">{_dates(x)}</span>' if _dates(x) != _dates(main) else "")
        + "</li>"
        for x in group
    )
    return (
        f'<section class="report" id="{e(main.notebook_stem)}">\n{thumb}\n<div>\n'
        f'<h2><a href="{e(main.name)}">{e(main.title)}</a></h2>\n'
        f'<p>{e(main.summary)}</p>\n<p class="meta">{_dates(main)}</p>\n{stale}'
        f'<ul class="variants">\n{variants}\n</ul>\n</div>\n</section>'
    )
