"""Open every report in headless Chromium from file:// with the network blocked.

Each page must load without a single network request, without console errors, and with every <img>
decoded (naturalWidth > 0); its table-of-contents links must land on a heading, its links to the index and
to the previous/next report on a file that exists; every "Download chart (PNG)" and "Download data (CSV)"
link must decode to a PNG or to a CSV that parses (with the expected columns for the fixtures); wide tables
scroll inside their box instead of widening the page; no text may need a font the page does not have
(CJK, emoji ... with no embedded font: it would print as boxes); in print, the navigation and the download
links are hidden, charts are not split, and Chromium's "Save as PDF" gives a PDF. Runs on freshly built
fixture reports and on the project's reports (built for the session). Skips (with the reason) only when
Chromium or the playwright package is absent; CI installs Chromium (.ci/run).
"""

from __future__ import annotations

import base64
import contextlib
import io
import shutil
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from videomarket import paths, report
from videomarket.report._page import UNCOVERED

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "notebooks"

pytestmark = pytest.mark.browser


@dataclass
class PageCheck:
    blocked: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    images: list[dict] = field(default_factory=list)
    script_ran: bool = False
    facts: dict = field(default_factory=dict)
    printed: dict = field(default_factory=dict)
    pdf: bytes = b""


# Everything the checks need, read in one pass of the page.
FACTS_JS = """() => {
  const q = (s) => Array.from(document.querySelectorAll(s));
  const toc = q('.vm-toc a').map(a => ({href: a.getAttribute('href'),
                                        found: !!document.getElementById(a.getAttribute('href').slice(1))}));
  const figures = q('.vm-figure').map(f => ({
    png: f.querySelectorAll('a.vm-download-image').length,
    csv: f.querySelectorAll('a.vm-download-csv').length}));
  // charts at their physical size (96 CSS px per inch), so their 9-pt text reads as 9 pt
  const sizes = q('.vm-figure img[width]').map(i => ({width: Number(i.getAttribute('width')),
                                                       shown: i.getBoundingClientRect().width}));
  const tables = q('.vm-table').map(t => {
    const box = t.querySelector('div[id^="vm-table-"]');
    return {csv: t.querySelectorAll('a.vm-download-csv').length,
            overflow: box ? getComputedStyle(box).overflowX : '',
            scrolls: box ? box.scrollWidth > box.clientWidth : false,
            fits: box ? box.getBoundingClientRect().right <= document.documentElement.clientWidth + 1 : true};
  });
  return {
    toc, figures, tables, sizes,
    site: q('.vm-site a').map(a => a.getAttribute('href')),
    links: q('.report a, .variants a').map(a => a.getAttribute('href')),
    downloads: q('a[download]').map(a => ({name: a.getAttribute('download'), href: a.getAttribute('href'),
                                            kind: a.className})),
    text: document.body.innerText,
    fonts: document.fonts.size,
    pageWidth: document.documentElement.scrollWidth,
    viewWidth: document.documentElement.clientWidth,
  };
}"""

PRINT_JS = """() => {
  const shown = (s) => Array.from(document.querySelectorAll(s))
    .filter(e => getComputedStyle(e).display !== 'none').length;
  const figures = Array.from(document.querySelectorAll('.vm-figure'));
  return {nav: shown('.vm-site'), downloads: shown('.vm-downloads'), summaries: shown('.vm-table summary'),
          split: figures.filter(f => getComputedStyle(f).breakInside !== 'avoid').length};
}"""


def _chromium_or_skip() -> None:
    if not Path(CHROMIUM).is_file() and shutil.which("chromium") is None:
        pytest.skip(f"Chromium is not installed ({CHROMIUM}); `apt-get install chromium` (CI does this)")
    pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    _chromium_or_skip()
    from playwright.sync_api import sync_playwright

    executable = CHROMIUM if Path(CHROMIUM).is_file() else shutil.which("chromium")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def open_report(browser: object, path: Path) -> PageCheck:
    """Load ``path`` with every non-file request aborted; collect what went wrong."""
    check = PageCheck()
    context = browser.new_context()  # type: ignore[attr-defined]
    page = context.new_page()

    def route(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if url.startswith(("file:", "data:")):
            route.continue_()  # type: ignore[attr-defined]
        else:
            check.blocked.append(url)
            route.abort()  # type: ignore[attr-defined]

    context.route("**/*", route)
    page.on("requestfailed", lambda request: check.failed.append(request.url))
    page.on("console", lambda message: message.type == "error" and check.console_errors.append(message.text))
    page.on("pageerror", lambda error: check.console_errors.append(str(error)))
    page.goto(path.resolve().as_uri(), wait_until="load")
    page.wait_for_load_state("networkidle")
    check.images = page.evaluate(
        "Array.from(document.images).map(i => ({alt: i.alt, complete: i.complete, width: i.naturalWidth}))"
    )
    check.script_ran = page.evaluate("document.body.dataset.fixtureScript === 'ran'")
    check.facts = page.evaluate(FACTS_JS)
    page.emulate_media(media="print")
    check.printed = page.evaluate(PRINT_JS)
    check.pdf = page.pdf(format="A4") if path.name != "index.html" else b""
    context.close()
    return check


@pytest.fixture(scope="module")
def fixture_reports(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("browser")
    shutil.copytree(FIXTURES, root / "notebooks")
    (root / "data").mkdir()
    (root / "data" / "rankings.csv").write_text("snapshot_date,model\n2026-05-02,a\n")
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch, contextlib.redirect_stdout(out):
        patch.setenv(paths.DATA_ENV, str(root / "data"))
        code = report.main(
            [
                "--with-code",
                "--notebooks-dir",
                str(root / "notebooks"),
                "--reports-dir",
                str(root / "reports"),
            ]
        )
    assert code == 0, out.getvalue()
    return sorted((root / "reports").glob("*.html"))


def assert_clean(check: PageCheck, path: Path, *, fonts: bool = True) -> None:
    name = path.name
    assert check.blocked == [], f"{name} tried to load from the network: {check.blocked}"
    assert check.failed == [], f"{name} had failed requests: {check.failed}"
    assert check.console_errors == [], f"{name} logged console errors: {check.console_errors}"
    undecoded = [image["alt"] for image in check.images if not image["complete"] or image["width"] <= 0]
    assert undecoded == [], f"{name} has images that did not decode: {undecoded}"
    facts = check.facts
    missing = [link["href"] for link in facts["toc"] if not link["found"]]
    assert not missing, f"{name}: table-of-contents links without a target: {missing}"
    for href in facts["site"] + facts["links"]:
        assert (path.parent / href.split("#")[0]).is_file(), f"{name}: link to a missing page {href}"
    for link in facts["downloads"]:
        assert_download(link, name)
    assert facts["pageWidth"] <= facts["viewWidth"] + 1, f"{name}: the page scrolls sideways (a wide table?)"
    shrunk = [size for size in facts["sizes"] if size["shown"] < size["width"] - 1]
    assert not shrunk, f"{name}: charts shown smaller than their size, so their text below 9 pt: {shrunk}"
    for table in facts["tables"]:
        assert table["csv"] == 1, f"{name}: a table without its CSV download"
        assert table["overflow"] in ("auto", "scroll") and table["fits"], f"{name}: a table is cut off"
    tofu = UNCOVERED.findall(facts["text"])
    boxes = fonts and tofu and facts["fonts"] == 0
    assert not boxes, f"{name}: text no font here covers (boxes): {tofu[:5]}"
    if name != "index.html":
        assert check.printed["nav"] == 0 and check.printed["downloads"] == 0, f"{name}: print shows links"
        assert check.printed["split"] == 0, f"{name}: a chart may be split across printed pages"
        assert check.pdf.startswith(b"%PDF"), f"{name}: Save as PDF gave no PDF"


def decode(href: str) -> bytes:
    """The bytes of a ``data:`` URI (base64 or percent-encoded)."""
    assert href.startswith("data:"), href[:40]
    head, _, body = href.partition(",")
    return base64.b64decode(body) if head.endswith(";base64") else urllib.parse.unquote_to_bytes(body)


def assert_download(link: dict, name: str) -> object:
    import pandas as pd

    payload = decode(link["href"])
    if link["name"].endswith(".png"):
        assert payload.startswith(b"\x89PNG\r\n\x1a\n"), f"{name}: {link['name']} is not a PNG"
        return payload
    assert link["name"].endswith(".csv"), f"{name}: unexpected download {link['name']}"
    table = pd.read_csv(io.BytesIO(payload))
    assert len(table) > 0 and len(table.columns) >= 1, f"{name}: {link['name']} is empty"
    return table


def test_fixture_reports_open_offline(browser: object, fixture_reports: list[Path]) -> None:
    names = {path.name for path in fixture_reports}
    assert {"index.html", "01-good.html", "01-good--code.html", "02-second.html"} <= names
    for path in fixture_reports:
        check = open_report(browser, path)
        assert_clean(check, path)
        facts = check.facts
        if path.name.startswith("01-good"):
            assert len(check.images) == 3 and all(image["alt"] for image in check.images)
            assert check.script_ran  # the JavaScript output ran without require.js from a CDN
            assert [link["href"] for link in facts["toc"]] == [
                "#the-key-chart", "#a-readers-table", "#its-details", "#appendix", "#a-chart-with-its-data"]
            assert facts["site"] == ["index.html", "02-second.html"] * 2  # top and bottom
            downloads = {link["name"]: assert_download(link, path.name) for link in facts["downloads"]}
            assert list(downloads["01-good-chart-1.csv"].columns) == ["Model", "Rating", "Share"]
            table = downloads["fixture-models.csv"]
            assert list(table.columns) == ["Model", "Rating (points)", "Share of votes (%)"]
            assert len(table) == 15
            shares = table["Share of votes (%)"].dropna()
            assert shares.between(0, 100).all() and shares.max() > 1  # percentages, not fractions
            assert "01-good-chart-1.png" in downloads
            # the plots chart offers both; the raw matplotlib charts carry no data, so no links
            assert facts["figures"].count({"png": 1, "csv": 1}) == 1
            assert "Key findings" in facts["text"] and "FINDING-3" in facts["text"]
        if path.name == "02-second.html":
            assert facts["site"] == ["index.html", "01-good.html"] * 2
        if path.name == "index.html":
            assert len(check.images) == 1  # the key-chart thumbnail
            assert {"01-good.html", "01-good--code.html", "02-second.html"} <= set(facts["links"])


PROJECT_PAGES = [*(f"{p.stem}.html" for p in sorted(paths.notebooks_dir().glob("*.ipynb"))), "index.html"]
# Reader text the fonts of a plain machine lack, known in the notebooks as they stand; the notebook rewrite of
# issue 16 gives it in English. Strict: once fixed, this test fails until the entry is removed.
KNOWN_BOXES: dict[str, str] = {}  # report -> why it still shows text no font may cover


@pytest.fixture(scope="module")
def project_checks(browser: object, project_reports: tuple[object, Path, str]) -> dict[str, PageCheck]:
    _, folder, log = project_reports
    reports = {path.name: path for path in folder.glob("*.html")}
    assert "index.html" in reports and len(reports) >= 2, log
    return {name: open_report(browser, path) for name, path in sorted(reports.items())}


@pytest.mark.notebook
@pytest.mark.parametrize("name", PROJECT_PAGES)
def test_project_reports_open_offline(project_checks: dict[str, PageCheck], project_reports: tuple,
                                      name: str) -> None:
    """Every report of the project's notebooks (built for this session) and the index open offline, with
    working contents, site links and downloads, and a clean print."""
    check, path = project_checks[name], project_reports[1] / name
    facts = check.facts
    assert_clean(check, path, fonts=False)
    assert check.images and all(image["alt"] for image in check.images), f"{name}: images need alt text"
    if name != "index.html":
        # every chart of the project is a videomarket.plots chart: each offers its image and its data
        assert facts["figures"], f"{name}: no chart"
        assert all(f == {"png": 1, "csv": 1} for f in facts["figures"]), (
            f"{name}: a chart without its downloads: {facts['figures']}")
        assert facts["toc"] and facts["site"][0] == "index.html", f"{name}: no contents or index link"
    else:
        assert set(PROJECT_PAGES) - {"index.html"} <= set(facts["links"])


@pytest.mark.notebook
@pytest.mark.parametrize(
    "name",
    [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=KNOWN_BOXES[n])) if n in KNOWN_BOXES else n
     for n in PROJECT_PAGES],
)
def test_project_reports_show_no_text_without_a_font(project_checks: dict[str, PageCheck], name: str) -> None:
    """The reports embed no font, so reader text must stay in scripts every system font covers."""
    facts = project_checks[name].facts
    tofu = UNCOVERED.findall(facts["text"])
    assert not (tofu and facts["fonts"] == 0), f"{name}: text no font here covers (boxes): {tofu[:5]}"
