"""``reports/index.html``: every report with its title, audience, one-line answer, data date and age,
key-chart thumbnail, and its variants named in words.

Titles come from the notebook itself (first ``# `` heading). The line under the title is the output of
the cell tagged ``answer`` (untruncated), else the first paragraph after the title (or notebook metadata
``videomarket.summary``), cut only between sentences. The data date is the one stated by the cell
tagged ``data-as-of``, else notebook metadata ``videomarket.snapshot_date``, else
:func:`data_snapshot_date` over ``data/*.csv``; its age is counted to the report's build day. Variants
are named from their parameters (:func:`variant_label`: "Image-to-video pool", not
"category=image-to-video"). The index is rendered only from the report cache, so it is identical until a
report changes.

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
from datetime import date
from itertools import groupby
from pathlib import Path
from typing import Any

from videomarket.report._cache import ReportEntry
from videomarket.report._plan import cell_source

SnapshotDate = Callable[[Path], str]
SNAPSHOT_COLUMNS = ("snapshot_date",)  # preferred: the day a leaderboard showed its values
FALLBACK_COLUMNS = ("retrieved", "accessed")  # else: the day a source was read
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_MAX_SUMMARY = 320
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'“(])")
STALE_DAYS = 30  # data older than this at the build gets a visible notice
THUMBNAIL_DISPLAY_WIDTH = 520  # CSS px on the index (the image has twice the pixels, for sharp screens)


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
    return title, whole_sentences(summary, _MAX_SUMMARY)


def whole_sentences(text: str, limit: int) -> str:
    """The first sentences of ``text`` that fit in ``limit`` characters (at least the first sentence,
    however long): never cut mid-sentence.

    >>> whole_sentences("One. Two is longer. Three.", 12)
    'One.'
    >>> whole_sentences("A single long sentence without an end", 5)
    'A single long sentence without an end'
    """
    if len(text) <= limit:
        return text
    sentences = _SENTENCE_END.split(text)
    kept = sentences[0]
    for sentence in sentences[1:]:
        if len(kept) + 1 + len(sentence) > limit:
            break
        kept += " " + sentence
    return kept


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
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem auto;
max-width:72rem;padding:0 1.25rem;color:#1a1a1a;background:#fff}
a{color:#0b5cad}
h1{font-size:1.9rem;margin-bottom:.2rem}
.lede{color:#555;margin-top:0;max-width:48rem}
.report{display:grid;grid-template-columns:minmax(0,1fr) 520px;gap:1.5rem;border-top:1px solid #ddd;
padding:1.4rem 0}
.report .thumb img{width:520px;max-width:100%;height:auto;border:1px solid #e6e6e6}
.report .nothumb{color:#777;font-size:.9rem}
.report h2{font-size:1.3rem;margin:0 0 .3rem;line-height:1.3}
.report p{margin:.35rem 0}
.audience{color:#555;font-size:.95rem}
.answer{font-size:1.05rem;font-weight:600}
.meta{color:#555;font-size:.9rem}
.asof.old{color:#6b3d00}
.variants{margin:.5rem 0 0;padding-left:1.2rem;font-size:.95rem}
.stale{color:#a40000;font-size:.9rem}
@media (max-width:900px){.report{grid-template-columns:1fr}}
"""

PARAMETER_WORDS: dict[str, Callable[[str], str]] = {
    "category": lambda v: f"{_pool_words(v)} pool",
    "quoted_category": lambda v: f"Quotes from the {_pool_words(v).lower()} pool",
    "arena": lambda v: f"{v} boards",
    "budget_usd_per_min": lambda v: "No budget cap" if v == "None" else f"Budget up to USD {v} per minute",
    "snapshot_date": lambda v: "Newest boards" if v == "None" else f"Boards of {_date_words(v)}",
    "quoted_date": lambda v: f"Quotes of {_date_words(v)}",
    "start": lambda v: f"From {_date_words(v)}",
    "end": lambda v: "To the latest board" if v == "None" else f"To {_date_words(v)}",
    "min_evidence": lambda v: f"Evidence grade {v} or better",
    "include_grade_d": lambda v: "With grade-D quotes" if v == "True" else "Without grade-D quotes",
    "top_n": lambda v: f"Top {v} places",
    "horizon": lambda v: f"Horizon {v}",
    "definition": lambda v: f"Market definition: {v.replace('-', ' ')}",
}
_POOLS = {
    "text-to-video": "Text-to-video",
    "image-to-video": "Image-to-video",
    "text-to-video-audio": "Text-to-video with audio",
    "image-to-video-audio": "Image-to-video with audio",
}


def day_text(value: object) -> str:
    """``"6 Oct 2026"`` for a date or an ISO date string."""
    day = date.fromisoformat(value[:10]) if isinstance(value, str) else value
    return f"{day.day} {day:%b %Y}"  # type: ignore[union-attr]


def _pool_words(value: str) -> str:
    return _POOLS.get(value, value.replace("-", " ").capitalize())


def _date_words(value: str) -> str:
    return day_text(value[:10]) if _ISO_DATE.match(value) else value


def parameter_words(name: str, text: str) -> str:
    """A parameter value in words: ``("category", "image-to-video")`` -> ``"Image-to-video pool"``; names
    without a rule read ``"top n: 5"`` (underscores as spaces).

    >>> parameter_words("category", "image-to-video"), parameter_words("seed", "3")
    ('Image-to-video pool', 'seed: 3')
    """
    value = text.strip().strip("'\"")
    rule = PARAMETER_WORDS.get(name)
    return rule(value) if rule else f"{name.replace('_', ' ')}: {value}"


def variant_label(entry: ReportEntry) -> str:
    """How the index names one report file: its parameters in words, and whether it shows the code."""
    words = "; ".join(parameter_words(name, text) for name, text in entry.parameters)
    if entry.with_code:
        return f"{words}, with the code" if words else "The report with the code"
    return words or "The report"


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
        '<p class="lede">Research notes on the AI-video market: who leads the blind-preference arenas and '
        "how sure that lead is, how big the market is and how fast it grows, and which model suits which "
        "need. Each report is computed from the project's sourced data, as of the date shown.</p>\n"
        f"{body}\n</body>\n</html>\n"
    )


def _sort_key(entry: ReportEntry) -> tuple[str, bool, list[list[str]], bool]:
    return (entry.notebook_stem, bool(entry.parameters), entry.parameters, entry.with_code)


def _built_day(entry: ReportEntry) -> str:
    return entry.built_at[:10] if _ISO_DATE.match(entry.built_at) else ""


def _data_line(entry: ReportEntry) -> str:
    """"Data as of 6 Oct 2026, 61 days before this build" (or what is known of it)."""
    data_day = entry.data_as_of or (entry.snapshot_date[:10] if _ISO_DATE.match(entry.snapshot_date) else "")
    built = _built_day(entry)
    if not data_day:
        built_text = f" · built {day_text(built)}" if built else ""
        return f'<p class="meta asof">Data date unknown{built_text}</p>'
    if not built:
        return f'<p class="meta asof">Data as of {day_text(data_day)}</p>'
    age = (date.fromisoformat(built) - date.fromisoformat(data_day)).days
    when = "on the build day" if age == 0 else f"{age} day{'s' if abs(age) != 1 else ''} before this build"
    old = " old" if age > STALE_DAYS else ""
    return f'<p class="meta asof{old}">Data as of {day_text(data_day)}, {when} (built {day_text(built)})</p>'


def _card(group: list[ReportEntry]) -> str:
    main = group[0]  # sorted: default parameters without code first
    e = html.escape
    if main.thumbnail:
        alt = e(main.thumbnail_alt or "Key chart of " + main.title)
        thumb = (f'<a class="thumb" href="{e(main.name)}"><img src="{e(main.thumbnail)}" alt="{alt}" '
                 f'width="{THUMBNAIL_DISPLAY_WIDTH}"></a>')
    else:
        thumb = '<div class="nothumb">(no chart)</div>'
    stale = "".join(
        f'<p class="stale">Last rebuild of {e(x.name)} failed ({e(x.last_error)}); '
        "showing the previous version.</p>"
        for x in group
        if x.last_error
    )
    variants = [x for x in group if x is not main or x.with_code or x.parameters]
    listed = "\n".join(
        f'<li><a href="{e(x.name)}">{e(variant_label(x))}</a>'
        + (f" {_data_line(x).replace('<p class=', '<span class=').replace('</p>', '</span>')}"
           if _data_line(x) != _data_line(main) else "")
        + "</li>"
        for x in variants
    )
    audience = f'<p class="audience">For {e(main.audience)}</p>\n' if main.audience else ""
    lead = main.answer or main.summary
    return (
        f'<section class="report" id="{e(main.notebook_stem)}">\n<div>\n'
        f'<h2><a href="{e(main.name)}">{e(main.title)}</a></h2>\n{audience}'
        f'<p class="{"answer" if main.answer else "summary"}">{e(lead)}</p>\n{_data_line(main)}\n{stale}'
        + (f'<p class="meta">Other versions:</p>\n<ul class="variants">\n{listed}\n</ul>\n'
           if variants else "")
        + f"</div>\n{thumb}\n</section>"
    )
