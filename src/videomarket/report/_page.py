"""The reader's page around a notebook: its header facts, the conventions they come from, and the site.

A notebook tells the report builder what to put first through cell tags (see README, "Adding a
notebook"):

* notebook metadata ``{"videomarket": {"audience": "..."}}``: who the report is for;
* ``# Title`` in the first Markdown cell: the page title (taken out of the story, shown in the header);
* a code cell tagged ``answer`` displaying one Markdown paragraph: the one-line answer, shown under the
  title and on the index;
* a code cell tagged ``key-findings`` displaying one Markdown list: "Key findings", right after it;
* a code cell tagged ``data-as-of`` displaying one Markdown paragraph that states the data's date
  ("6 Oct 2026" or "2026-10-06"; the first date in it is the data date);
* ``## Appendix``: where method checks, fit tables and source lists start.

In the report without code those cells move to the header; the with-code variant keeps them where they
run. :func:`finish_page` then gives every heading a plain id, builds the table of contents from the h2
and h3 headings and marks the appendix. :func:`uncovered_text` finds characters no font of a reader's
machine may have (CJK, kana, Hangul, Indic, Thai scripts, emoji): they would print as boxes.

Example::

    >>> from videomarket.report._page import data_date, finish_page
    >>> data_date("Data as of 6 Oct 2026, 61 days before this build.")
    '2026-10-06'
    >>> page = finish_page('<nav class="vm-toc"><!--vm-toc--></nav><h2 id="A-%231">A #1<a class="anchor-link"'
    ...                    ' href="#A-%231">¶</a></h2>')
    >>> 'href="#a-1"' in page and 'id="a-1"' in page
    True
"""

from __future__ import annotations

import copy
import datetime as dt
import html
import json
import os
import re
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from videomarket import __version__
from videomarket.report._execute import Numbering, ReportBuildError, cell_source_of
from videomarket.report._index import STALE_DAYS, day_text, title_and_summary

ANSWER_TAG = "answer"
FINDINGS_TAG = "key-findings"
DATA_AS_OF_TAG = "data-as-of"
HEADER_TAGS = (ANSWER_TAG, FINDINGS_TAG, DATA_AS_OF_TAG)
APPENDIX = "appendix"
TOC_MARKER = "<!--vm-toc-->"
INDEX_PAGE = "index.html"
PROJECT = "videomarket, an open, reproducible market-analysis workbench for AI video generation"
AUTHOR = "videomarket contributors"
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                       "nov", "dec"), start=1)}
_MONTH = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\s+" + _MONTH + r",?\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2}),?\s+(\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_LIST_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d+[.)])\s+\S")
_HEADING = re.compile(r'<(h[1-6])(\s[^>]*)?\sid="([^"]*)"([^>]*)>(.*?)</\1>', re.DOTALL)
# Scripts a reader's machine may have no font for (a typical Linux box has DejaVu and Liberation only):
# they would print as boxes. Latin, Greek, Cyrillic, punctuation and common symbols are safe.
UNCOVERED = re.compile(
    "[\u0900-\u0dff\u0e00-\u0e7f\u1100-\u11ff\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ff"
    "\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f"
    "\uff00-\uffef\U0001f000-\U0001faff\U00020000-\U0003134f]+"
)


@dataclass(frozen=True)
class PageFacts:
    """What the header of a report and its index card say, read from the executed notebook."""

    title: str
    summary: str
    audience: str = ""
    answer: str = ""  # Markdown
    findings: str = ""  # Markdown list
    data_as_of_text: str = ""  # Markdown
    data_as_of: str = ""  # ISO date, "" when unknown


@dataclass(frozen=True)
class SiteLink:
    """A neighbouring report: its HTML file name and title."""

    name: str
    title: str


@dataclass(frozen=True)
class Neighbours:
    """The reports before and after one report, in notebook-file order."""

    previous: SiteLink | None = None
    next: SiteLink | None = None


def site_neighbours(notebooks: list[Path]) -> dict[str, Neighbours]:
    """Each notebook's previous and next report (notebook file-name order), titles read from the
    unexecuted notebooks (their first ``# `` heading)."""
    ordered = sorted(notebooks, key=lambda p: p.name)
    links = []
    for path in ordered:
        try:
            content = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            content = {}
        links.append(SiteLink(f"{path.stem}.html", title_and_summary(content, fallback=path.stem)[0]))
    return {
        path.stem: Neighbours(links[i - 1] if i > 0 else None, links[i + 1] if i + 1 < len(links) else None)
        for i, path in enumerate(ordered)
    }


def build_day() -> dt.date:
    """The build's date: ``SOURCE_DATE_EPOCH`` when set (reproducible builds), else today (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.datetime.now(dt.UTC).date()


def data_date(text: str) -> str:
    """The first date stated in ``text`` ("6 Oct 2026", "October 6, 2026" or "2026-10-06") as ISO, or ""."""
    found: list[tuple[int, str]] = []
    for match in _DAY_MONTH_YEAR.finditer(text):
        found.append((match.start(), _iso(match.group(3), _MONTHS[match.group(2).lower()], match.group(1))))
    for match in _MONTH_DAY_YEAR.finditer(text):
        found.append((match.start(), _iso(match.group(3), _MONTHS[match.group(1).lower()], match.group(2))))
    for match in _ISO.finditer(text):
        found.append((match.start(), _iso(match.group(1), int(match.group(2)), match.group(3))))
    valid = sorted((position, day) for position, day in found if day)
    return valid[0][1] if valid else ""


def _iso(year: str, month: int, day: str) -> str:
    try:
        return dt.date(int(year), month, int(day)).isoformat()
    except ValueError:
        return ""


def age_days(data_as_of: str, built: dt.date) -> int | None:
    """Whole days from the data's date to the build's, or None when the data date is unknown."""
    return (built - dt.date.fromisoformat(data_as_of)).days if data_as_of else None


def _tags(cell: Any) -> set[str]:
    return set(cell.get("metadata", {}).get("tags", []))


def _markdown_outputs(cell: Any) -> list[str]:
    return [
        cell_source_of(output["data"]["text/markdown"]).strip()
        for output in cell.get("outputs", [])
        if output.get("output_type") in ("display_data", "execute_result")
        and "text/markdown" in output.get("data", {})
    ]


def _tagged_markdown(nb: Any, tag: str, where: str, numbering: Numbering) -> str:
    cells = [(i, c) for i, c in enumerate(nb.cells) if c.cell_type == "code" and tag in _tags(c)]
    if not cells:
        return ""
    if len(cells) > 1:
        raise ReportBuildError(f"{where}: {len(cells)} cells are tagged `{tag}`; tag exactly one")
    index, cell = cells[0]
    outputs = _markdown_outputs(cell)
    others = [o for o in cell.get("outputs", []) if "text/markdown" not in o.get("data", {})]
    if others:  # the reader's report moves the cell's Markdown to the header and drops the cell
        kinds = sorted({o.get("name") or next(iter(o.get("data", {})), o.get("output_type")) for o in others})
        raise ReportBuildError(
            f"{where}, {numbering.describe(index)}: the cell tagged `{tag}` shows more than its Markdown "
            f"({', '.join(kinds)}), which the report would drop; move it to a cell of its own"
        )
    if len(outputs) != 1 or not outputs[0]:
        raise ReportBuildError(
            f"{where}, {numbering.describe(index)}: the cell tagged `{tag}` must display exactly one "
            f"Markdown output (display(Markdown(...))); it displays {len(outputs)}"
        )
    text = outputs[0]
    if tag == FINDINGS_TAG:
        lines = [line for line in text.splitlines() if line.strip()]
        items = [line for line in lines if _LIST_ITEM.match(line)]
        if not items:
            raise ReportBuildError(
                f"{where}, {numbering.describe(index)}: the cell tagged `{FINDINGS_TAG}` must display a "
                "Markdown list (one '- ' line per finding)"
            )
    elif "\n\n" in text.strip():
        raise ReportBuildError(
            f"{where}, {numbering.describe(index)}: the cell tagged `{tag}` must display one paragraph"
        )
    if tag == DATA_AS_OF_TAG and not data_date(text):
        raise ReportBuildError(
            f"{where}, {numbering.describe(index)}: the cell tagged `{DATA_AS_OF_TAG}` must state the data's "
            "date, e.g. 'Data as of 6 Oct 2026'"
        )
    return text


def page_facts(nb: Any, title: str, summary: str, where: str, numbering: Numbering) -> PageFacts:
    """The header facts of an executed notebook (tagged cells checked: a malformed one fails the build)."""
    own = nb.get("metadata", {}).get("videomarket") or {}
    as_of_text = _tagged_markdown(nb, DATA_AS_OF_TAG, where, numbering)
    return PageFacts(
        title=title,
        summary=summary,
        audience=" ".join(str(own.get("audience") or "").split()),
        answer=_tagged_markdown(nb, ANSWER_TAG, where, numbering),
        findings=_tagged_markdown(nb, FINDINGS_TAG, where, numbering),
        data_as_of_text=as_of_text,
        data_as_of=data_date(as_of_text) if as_of_text else "",
    )


def page_notebook(nb: Any, *, with_code: bool, stem: str) -> Any:
    """A copy of ``nb`` for one page: the ``# Title`` line out of the story (the header shows it), the
    header cells out of the reader's page (kept in place with the code), and download names for charts."""
    page = copy.deepcopy(nb)
    _strip_title(page)
    if not with_code:
        page.cells = [c for c in page.cells if not (c.cell_type == "code" and _tags(c) & set(HEADER_TAGS))]
    chart = 0
    for cell in page.cells:
        for output in cell.get("outputs", []):
            own = (output.get("metadata") or {}).get("videomarket")
            if "image/png" not in output.get("data", {}) or not isinstance(own, dict) or not own.get("csv"):
                continue
            chart += 1
            own["png_name"] = f"{stem}-chart-{chart}.png"
            own["csv_name"] = f"{stem}-chart-{chart}.csv"
            own["csv_href"] = csv_data_uri(str(own["csv"]))
    return page


def _strip_title(nb: Any) -> None:
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "markdown":
            continue
        lines = cell_source_of(cell.source).splitlines()
        for position, line in enumerate(lines):
            if line.startswith("# "):
                rest = "\n".join(lines[:position] + lines[position + 1 :]).strip()
                if rest:
                    cell.source = rest
                else:
                    del nb.cells[index]
                return
        return  # only the first Markdown cell holds the title


def csv_data_uri(csv_text: str) -> str:
    """A ``data:text/csv`` URI, percent-encoded UTF-8 (as :func:`videomarket.plots.table` writes them)."""
    return "data:text/csv;charset=utf-8," + urllib.parse.quote(csv_text, safe=",.-_~()*!'/:;@")


def page_context(facts: PageFacts, *, neighbours: Neighbours, built: dt.date,
                 with_code: bool, fallback_date: str = "") -> dict[str, Any]:
    """What the ``offline`` template needs besides the notebook (``resources["videomarket"]``).

    Without a ``data-as-of`` cell the header still dates the data, from ``fallback_date`` (ISO; the
    notebook's ``videomarket.snapshot_date`` metadata or the newest snapshot in ``data/``).
    """
    data_day = facts.data_as_of or (fallback_date[:10] if data_date(fallback_date) else "")
    age = age_days(data_day, built)
    as_of = facts.data_as_of_text
    if not as_of and data_day:
        when = "on the day of this build" if age == 0 else f"{age} days before this build"
        as_of = f"Data as of {day_text(data_day)}, {when}."
    stale = age is not None and age > STALE_DAYS
    # a title ending in "?" or "!" takes no full stop after it
    # the title, version and dates identify the note; a local file path means nothing to a reader
    stop = "" if facts.title.rstrip().endswith(("?", "!", ".")) else "."
    cite = (f"{AUTHOR} ({built.year}). {facts.title}{stop} {PROJECT}. "
            f"Research note, version {__version__}, built {day_text(built)}"
            + (f" from data as of {day_text(data_day)}" if data_day else "") + ".")
    return {
        "title": facts.title,
        "audience": facts.audience,
        "answer": facts.answer,
        "findings": _without_heading(facts.findings),
        "data_as_of": as_of,
        "stale": stale,
        "stale_note": (f"The data are {age} days older than this build: newer boards or figures may "
                       "tell a different story." if stale and not facts.data_as_of_text else ""),
        "index": INDEX_PAGE,
        "previous": neighbours.previous,
        "next": neighbours.next,
        "cite": cite,
        "with_code": with_code,
    }


def _without_heading(findings: str) -> str:
    """The list alone: a "Key findings" heading or lead-in line before it goes (the template has its own)."""
    lines = findings.splitlines()
    first = next((i for i, line in enumerate(lines) if _LIST_ITEM.match(line)), 0)
    return "\n".join(lines[first:])


def _plain(fragment: str) -> str:
    text = re.sub(r'<a class="anchor-link"[^>]*>.*?</a>', "", fragment, flags=re.DOTALL)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"


def finish_page(page: str) -> str:
    """Plain unique heading ids, the table of contents (h2/h3) in place of the marker, the appendix marked."""
    seen: dict[str, int] = {}
    renamed: dict[str, str] = {}
    headings: list[tuple[str, str, str]] = []
    appendix = False

    def rename(match: re.Match) -> str:
        nonlocal appendix
        tag, before, old, after, inner = match.groups()
        text = _plain(inner)
        base = _slug(text)
        seen[base] = seen.get(base, 0) + 1
        new = base if seen[base] == 1 else f"{base}-{seen[base]}"
        renamed.setdefault(old, new)
        inner = inner.replace(f'href="#{old}"', f'href="#{new}"')
        classes = ""
        if tag == "h2" and text.lower().rstrip(":") == APPENDIX:
            appendix = True
            classes = ' class="vm-appendix"'
        if tag in ("h2", "h3") and "vm-not-in-toc" not in (before or "") + (after or ""):
            headings.append((tag, new, text))
        return f"<{tag}{before or ''} id=\"{new}\"{after}{classes}>{inner}</{tag}>"

    page = _HEADING.sub(rename, page)
    for old, new in renamed.items():
        if old != new:
            page = page.replace(f'href="#{old}"', f'href="#{new}"')
    return page.replace(TOC_MARKER, _toc(headings), 1)


def _toc(headings: list[tuple[str, str, str]]) -> str:
    if not headings:
        return ""
    groups: list[tuple[str, str, list[tuple[str, str]]]] = []
    for tag, anchor, text in headings:
        if tag == "h2" or not groups:
            groups.append((anchor, text, []))
        else:
            groups[-1][2].append((anchor, text))

    def link(anchor: str, text: str) -> str:
        return f'<a href="#{html.escape(anchor)}">{html.escape(text)}</a>'

    parts = ['<p class="vm-toc-title">Contents</p>', "<ol>"]
    for anchor, text, children in groups:
        inner = "".join(f"<li>{link(a, t)}</li>" for a, t in children)
        parts.append(f"<li>{link(anchor, text)}" + (f"<ol>{inner}</ol>" if inner else "") + "</li>")
    parts.append("</ol>")
    return "\n".join(parts)


def uncovered_text(nb: Any, *, with_code: bool) -> list[tuple[int, str]]:
    """``(cell index, characters)`` for text a reader's fonts may lack, in what the page shows."""
    found = []
    for index, cell in enumerate(nb.cells):
        texts = []
        if cell.cell_type == "markdown" or (with_code and cell.cell_type == "code"):
            texts.append(cell_source_of(cell.source))
        for output in cell.get("outputs", []):
            texts += [cell_source_of(v) for k, v in output.get("data", {}).items()
                      if k.startswith("text/") or k in ("application/json",)]
            if output.get("output_type") == "stream":
                texts.append(cell_source_of(output.get("text", "")))
        for text in texts:
            hits = UNCOVERED.findall(text)
            if hits:
                found.append((index, " ".join(dict.fromkeys(hits))))
                break
    return found
