"""The page around a report, without a kernel: notebook conventions (answer, key findings, data date),
headings and the table of contents, the site's previous/next links, the index's words and dates, and the
characters no reader's font may have."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import nbformat
import pytest

from videomarket.report._cache import ReportEntry
from videomarket.report._execute import Numbering, ReportBuildError
from videomarket.report._index import (
    parameter_words,
    render_index,
    title_and_summary,
    variant_label,
    whole_sentences,
)
from videomarket.report._page import (
    Neighbours,
    PageFacts,
    SiteLink,
    data_date,
    finish_page,
    page_context,
    page_facts,
    page_notebook,
    site_neighbours,
    uncovered_text,
)
from videomarket.report._plan import plan_jobs

PRINTED = nbformat.v4.new_output("stream", name="stdout", text="1")


def markdown_output(text: str) -> dict:
    return nbformat.v4.new_output("display_data", {"text/markdown": text, "text/plain": "<Markdown>"})


def notebook(*cells: tuple[str, list[str], list[dict]], audience: str | None = None) -> object:
    built = [nbformat.v4.new_markdown_cell("# The title\n\nThe first paragraph. A second sentence.")]
    for source, tags, outputs in cells:
        cell = nbformat.v4.new_code_cell(source, metadata={"tags": tags})
        cell.outputs = outputs
        built.append(cell)
    nb = nbformat.v4.new_notebook(cells=built)
    if audience:
        nb.metadata["videomarket"] = {"audience": audience}
    return nb


def facts_of(nb: object) -> PageFacts:
    numbering = Numbering(sources=["".join(c.source) for c in nb.cells])
    return page_facts(nb, "The title", "The first paragraph.", "x.ipynb", numbering)


CONVENTIONS = (
    ("answer()", ["answer"], [markdown_output("Wan 3.0 leads, **84%** likely truly #1.")]),
    ("findings()", ["key-findings"], [markdown_output("**Key findings**\n\n- one 12%\n- two\n- three")]),
    ("as_of()", ["data-as-of"], [markdown_output("Data as of 6 Oct 2026, 61 days before this build.")]),
)


def test_page_facts_read_the_tagged_cells_and_the_audience() -> None:
    facts = facts_of(notebook(*CONVENTIONS, audience="analysts and journalists"))
    assert facts.answer == "Wan 3.0 leads, **84%** likely truly #1."
    assert facts.findings.endswith("- one 12%\n- two\n- three")
    assert facts.data_as_of == "2026-10-06" and facts.audience == "analysts and journalists"
    bare = facts_of(notebook())
    assert (bare.answer, bare.findings, bare.data_as_of, bare.audience) == ("", "", "", "")


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ((("a()", ["answer"], []),),
         r"cell 2 \(`a\(\)`\): the cell tagged `answer` must display exactly one"),
        ((("a()", ["answer"], [markdown_output("x"), markdown_output("y")]),), "it displays 2"),
        ((("a()", ["answer"], [markdown_output("One.\n\nTwo.")]),), "must display one paragraph"),
        ((("f()", ["key-findings"], [markdown_output("Just prose.")]),), "must display a Markdown list"),
        ((("d()", ["data-as-of"], [markdown_output("Data as of last week.")]),),
         "must state the data's date"),
        ((("a()", ["answer"], [markdown_output("x")]), ("b()", ["answer"], [markdown_output("y")])),
         "2 cells are tagged `answer`"),
        ((("a()", ["answer"], [markdown_output("x"), PRINTED]),), r"shows more than its Markdown \(stdout\)"),
    ],
)
def test_a_malformed_convention_cell_fails_the_build_naming_the_cell(cells: tuple, message: str) -> None:
    with pytest.raises(ReportBuildError, match=message):
        facts_of(notebook(*cells))


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Data as of 6 Oct 2026, 61 days before this build.", "2026-10-06"),
        ("The boards end on 6 October 2026; built 2026-12-06.", "2026-10-06"),
        ("as of October 6, 2026", "2026-10-06"),
        ("newest board 2026-10-06", "2026-10-06"),
        ("31 Feb 2026 is no date, 1 Mar 2026 is", "2026-03-01"),
        ("no date here", ""),
    ],
)
def test_data_date_is_the_first_date_stated(text: str, iso: str) -> None:
    assert data_date(text) == iso


def test_page_notebook_moves_the_header_cells_and_names_the_downloads() -> None:
    chart = nbformat.v4.new_output(
        "display_data", {"image/png": "iVBORw0KGgo="},
        metadata={"image/png": {"alt": "A chart."}, "videomarket": {"csv": "a,b\n1,2\n"}},
    )
    nb = notebook(*CONVENTIONS, ("chart()", [], [chart]))
    plain = page_notebook(nb, with_code=False, stem="02-x")
    assert [c.source for c in plain.cells] == ["The first paragraph. A second sentence.", "chart()"]
    own = plain.cells[-1].outputs[0].metadata["videomarket"]
    assert (own["png_name"], own["csv_name"]) == ("02-x-chart-1.png", "02-x-chart-1.csv")
    assert own["csv_href"] == "data:text/csv;charset=utf-8,a,b%0A1,2%0A"
    with_code = page_notebook(nb, with_code=True, stem="02-x")
    assert len(with_code.cells) == 5  # the header cells stay where they run
    assert nb.cells[0].source.startswith("# The title")  # the executed notebook itself is untouched


def test_finish_page_gives_plain_unique_ids_and_a_nested_toc_with_the_appendix() -> None:
    page = (
        '<nav class="vm-toc"><!--vm-toc--></nav>'
        '<h2 class="vm-not-in-toc" id="key-findings">Key findings</h2>'
        '<h2 id="Who-held-%231">Who held <em>#1</em><a class="anchor-link" href="#Who-held-%231">¶</a></h2>'
        '<h3 id="Detail">Detail<a class="anchor-link" href="#Detail">¶</a></h3>'
        '<h2 id="Detail">Detail</h2>'
        '<p><a href="#Who-held-%231">see above</a></p>'
        '<h2 id="Appendix">Appendix</h2><h3 id="Sources">Sources</h3>'
    )
    done = finish_page(page)
    assert 'id="who-held-1"' in done and 'href="#who-held-1">see above' in done
    assert 'id="detail"' in done and 'id="detail-2"' in done  # the same words twice: two ids
    assert '<h2 id="appendix" class="vm-appendix">' in done
    toc = done[: done.index("</nav>")]
    assert toc.count("<li>") == 5 and "Key findings" not in toc
    nested = '<li><a href="#who-held-1">Who held #1</a><ol><li><a href="#detail">Detail</a></li></ol></li>'
    assert nested in toc
    assert '<li><a href="#appendix">Appendix</a><ol><li><a href="#sources">Sources</a></li></ol></li>' in toc


def test_page_context_dates_the_data_flags_stale_data_and_cites_the_report() -> None:
    facts = PageFacts(title="Who leads", summary="", data_as_of="2026-10-06",
                      data_as_of_text="Data as of 6 Oct 2026.")
    near = Neighbours(SiteLink("01-a.html", "Market"), SiteLink("03-c.html", "Certainty"))
    context = page_context(facts, neighbours=near, built=dt.date(2026, 12, 6),
                           with_code=False)
    assert context["stale"] and context["data_as_of"] == "Data as of 6 Oct 2026."
    assert context["previous"].title == "Market" and context["next"].name == "03-c.html"
    assert context["cite"] == (
        "videomarket contributors (2026). Who leads. videomarket, an open, reproducible market-analysis "
        "workbench for AI video generation. Research note, version 0.1.0, built 6 Dec 2026 from data as of "
        "6 Oct 2026."
    )
    asked = page_context(PageFacts(title='Does the "20% a year" hold up?', summary=""),
                         neighbours=near, built=dt.date(2026, 12, 6), with_code=False)
    assert 'Does the "20% a year" hold up? videomarket,' in asked["cite"]  # never "up?."
    fresh = page_context(PageFacts(title="t", summary=""), neighbours=Neighbours(),
                         built=dt.date(2026, 10, 20), with_code=False, fallback_date="2026-10-06")
    assert fresh["data_as_of"] == "Data as of 6 Oct 2026, 14 days before this build." and not fresh["stale"]
    old = page_context(PageFacts(title="t", summary=""), neighbours=Neighbours(),
                       built=dt.date(2026, 12, 6), with_code=False, fallback_date="2026-10-06")
    assert old["stale"] and "61 days older than this build" in old["stale_note"]


def test_site_neighbours_follow_file_names_and_read_the_titles(tmp_path: Path) -> None:
    for name, title in (("02-b", "Bee"), ("01-a", "Ay"), ("03-c", "Cee")):
        cell = {"cell_type": "markdown", "metadata": {}, "source": f"# {title}\n\nText."}
        (tmp_path / f"{name}.ipynb").write_text(json.dumps({"cells": [cell], "metadata": {}}))
    site = site_neighbours(sorted(tmp_path.glob("*.ipynb")))
    assert site["01-a"] == Neighbours(None, SiteLink("02-b.html", "Bee"))
    assert site["02-b"] == Neighbours(SiteLink("01-a.html", "Ay"), SiteLink("03-c.html", "Cee"))
    assert site["03-c"].next is None
    # a neighbour's new title is part of the page's key: the page is rebuilt with the new link text
    source = tmp_path / "02-b.ipynb"
    before = plan_jobs([source], (), False, "shared", site)[0].outputs[0].key
    (tmp_path / "03-c.ipynb").write_text(json.dumps(
        {"cells": [{"cell_type": "markdown", "metadata": {}, "source": "# New title"}], "metadata": {}}))
    after = plan_jobs([source], (), False, "shared", site_neighbours(sorted(tmp_path.glob("*.ipynb"))))
    assert after[0].outputs[0].key != before


@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("category", "image-to-video", "Image-to-video pool"),
        ("category", "text-to-video-audio", "Text-to-video with audio pool"),
        ("arena", "LMArena", "LMArena boards"),
        ("budget_usd_per_min", "5", "Budget up to USD 5 per minute"),
        ("snapshot_date", "2026-08-20", "Boards of 20 Aug 2026"),
        ("min_evidence", "A", "Evidence grade A or better"),
        ("rounds", "200", "rounds: 200"),
        ("some_knob", "'x'", "some knob: x"),
    ],
)
def test_parameters_are_named_in_words(name: str, text: str, words: str) -> None:
    assert parameter_words(name, text) == words


def entry(**changes: object) -> ReportEntry:
    fields = dict(name="02-x.html", notebook="/nb/02-x.ipynb", notebook_stem="02-x", parameters=[],
                  with_code=False, key="k", sha256="s", title="Who leads", summary="First paragraph.",
                  thumbnail="", thumbnail_alt="", snapshot_date="2026-10-06", built_at="2026-12-06 10:00 UTC")
    return ReportEntry(**(fields | changes))


def test_variant_labels_never_say_default_parameters() -> None:
    assert variant_label(entry()) == "The report"
    assert variant_label(entry(with_code=True)) == "The report with the code"
    both = entry(parameters=[["category", "image-to-video"], ["top_n", "5"]], with_code=True)
    assert variant_label(both) == "Image-to-video pool; Top 5 places, with the code"


def test_index_card_shows_audience_answer_untruncated_and_the_data_age() -> None:
    answer = "Wan 3.0 leads the text-to-video pool, " + "and a long sentence continues " * 20 + "to the end."
    page = render_index([
        entry(answer=answer, audience="analysts", data_as_of="2026-10-06"),
        entry(name="02-x--category=image-to-video.html", parameters=[["category", "image-to-video"]]),
    ])
    assert f'<p class="answer">{answer}</p>' in page and "…" not in page
    assert '<p class="audience">For analysts</p>' in page
    assert "Data as of 6 Oct 2026, 61 days before this build (built 6 Dec 2026)" in page
    assert '<a href="02-x--category=image-to-video.html">Image-to-video pool</a>' in page
    assert "default parameters" not in page
    without = render_index([entry(summary="First paragraph.")])
    assert '<p class="summary">First paragraph.</p>' in without


def test_summaries_are_cut_only_between_sentences() -> None:
    long = "First sentence is here. " + "Second sentence adds words. " * 20
    nb = {"cells": [{"cell_type": "markdown", "source": "# T\n\n" + long}]}
    _, summary = title_and_summary(nb, fallback="f")
    assert summary.endswith(".") and "…" not in summary and len(summary) <= 320
    assert whole_sentences("One very long first sentence " * 30, 50).startswith("One very long")
    assert whole_sentences("Rated 1,247 points. Next one.", 22) == "Rated 1,247 points."


def test_text_no_reader_font_may_have_is_found_in_what_the_page_shows() -> None:
    nb = notebook(("print('x')", [], [nbformat.v4.new_output("stream", name="stdout", text="年增长 20%\n")]))
    assert uncovered_text(nb, with_code=False) == [(1, "年增长")]
    nb = notebook(("# 注释 in code only", [], []))
    assert uncovered_text(nb, with_code=False) == []  # code is hidden in the reader's report
    assert uncovered_text(nb, with_code=True) == [(1, "注释")]
    latin = notebook(("x", [], [markdown_output("Ångström, naïve, ±3 points, 19.5% → 20%, “quotes”, α")]))
    assert uncovered_text(latin, with_code=False) == []


def test_source_date_epoch_pins_the_build_day(monkeypatch: pytest.MonkeyPatch) -> None:
    from videomarket.report._page import build_day

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796515200")  # 2026-12-06 00:00 UTC
    assert build_day() == dt.date(2026, 12, 6)
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert build_day() == dt.datetime.now(dt.UTC).date()
