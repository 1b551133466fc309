"""Open every report in headless Chromium from file:// with the network blocked.

Each page must load without a single network request, without console errors, and with every <img>
decoded (naturalWidth > 0). Runs on freshly built fixture reports and on the project's reports/*.html
when they exist. Skips (with the reason) only when Chromium or the playwright package is absent; CI
installs Chromium (.ci/run).
"""

from __future__ import annotations

import contextlib
import io
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from videomarket import paths, report

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


def assert_clean(check: PageCheck, name: str) -> None:
    assert check.blocked == [], f"{name} tried to load from the network: {check.blocked}"
    assert check.failed == [], f"{name} had failed requests: {check.failed}"
    assert check.console_errors == [], f"{name} logged console errors: {check.console_errors}"
    undecoded = [image["alt"] for image in check.images if not image["complete"] or image["width"] <= 0]
    assert undecoded == [], f"{name} has images that did not decode: {undecoded}"


def test_fixture_reports_open_offline(browser: object, fixture_reports: list[Path]) -> None:
    names = {path.name for path in fixture_reports}
    assert {"index.html", "01-good.html", "01-good--code.html", "02-second.html"} <= names
    for path in fixture_reports:
        check = open_report(browser, path)
        assert_clean(check, path.name)
        if path.name.startswith("01-good"):
            assert len(check.images) == 2 and all(image["alt"] for image in check.images)
            assert check.script_ran  # the JavaScript output ran without require.js from a CDN
        if path.name == "index.html":
            assert len(check.images) == 1  # the key-chart thumbnail


@pytest.mark.notebook
def test_project_reports_open_offline(browser: object, project_reports: tuple[object, Path, str]) -> None:
    """Every report of the project's notebooks (built for this session) and the index open offline."""
    _, folder, log = project_reports
    reports = sorted(folder.glob("*.html"))
    assert any(p.name == "index.html" for p in reports) and len(reports) >= 2, log
    for path in reports:
        check = open_report(browser, path)
        assert_clean(check, path.name)
        assert check.images and all(image["alt"] for image in check.images), (
            f"{path.name}: images need alt text"
        )
