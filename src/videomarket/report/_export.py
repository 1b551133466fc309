"""Turn an executed notebook into offline HTML: tag removal, real alt text, no network, stable ids.

The HTML uses the package's ``offline`` template (``templates/offline``: JupyterLab's output without the
CDN scripts, ``<img alt>`` from the output metadata, the page around it from
:mod:`videomarket.report._page`: header with the answer and key findings, contents, links to the index and
the neighbouring reports, chart downloads, "How to cite", ``report.css`` with the print stylesheet). Code
is hidden unless ``with_code``. A figure without alt text *fails the build* (it would otherwise get
nbconvert's "No description has been provided"), and so does any element that would load something from
a network.

Example::

    >>> from videomarket.report._export import external_resources
    >>> external_resources('<script src="https://cdn.example/x.js"></script><a href="https://ok.example">ok</a>')
    ['script src=https://cdn.example/x.js']
"""

from __future__ import annotations

import base64
import functools
import io
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from videomarket.report._execute import Numbering, ReportBuildError

TEMPLATE_NAME = "offline"
REMOVE_CELL_TAG = "remove-cell"
REMOVE_INPUT_TAG = "remove-input"
REMOVE_OUTPUT_TAG = "remove-output"
KEY_CHART_TAG = "key-chart"
NO_ALT_TEXT = "No description has been provided"
IMAGE_TYPES = ("image/png", "image/jpeg", "image/svg+xml")
THUMBNAIL_WIDTH = 1040  # pixels: shown 520 CSS px wide on the index, sharp on high-density screens
_REMOTE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
_CSS_REMOTE = re.compile(r"(?:url\(\s*['\"]?|@import\s+['\"])\s*((?:https?:)?//[^'\")\s]+)", re.IGNORECASE)
_LOADING_ATTRIBUTES = {"src", "href", "data", "poster", "srcset", "background", "action"}
_NAVIGATION_TAGS = {"a", "area"}  # links are followed only on click: citations to https sources are fine


def templates_dir() -> Path:
    """Folder of the package's nbconvert templates (shipped inside ``videomarket``)."""
    return Path(__file__).resolve().parent / "templates"


def check_alt_text(nb: Any, where: str, numbering: Numbering) -> None:
    """Raise ReportBuildError for a visible image output without alt text in its output metadata."""
    for index, cell in enumerate(nb.cells):
        tags = set(cell.get("metadata", {}).get("tags", []))
        if cell.cell_type != "code" or tags & {REMOVE_CELL_TAG, REMOVE_OUTPUT_TAG}:
            continue
        for output in cell.get("outputs", []):
            for mimetype in IMAGE_TYPES:
                if mimetype in output.get("data", {}) and not image_alt(output, mimetype):
                    raise ReportBuildError(
                        f"{where}, {numbering.describe(index)}: figure ({mimetype}) has no alt text; "
                        f'display it with metadata {{"{mimetype}": {{"alt": "..."}}}} '
                        "(videomarket.plots figures do this)"
                    )


def image_alt(output: Any, mimetype: str) -> str:
    """The alt text of an image output: ``metadata[mimetype]["alt"]``, else top-level ``metadata["alt"]``."""
    metadata = output.get("metadata", {}) or {}
    alt = (metadata.get(mimetype) or {}).get("alt") or metadata.get("alt") or ""
    return str(alt).strip()


def remove_tagged(nb: Any) -> None:
    """Apply ``remove-cell`` / ``remove-input`` / ``remove-output`` (after execution, never before)."""
    from nbconvert.preprocessors import TagRemovePreprocessor

    TagRemovePreprocessor(
        enabled=True,
        remove_cell_tags={REMOVE_CELL_TAG},
        remove_input_tags={REMOVE_INPUT_TAG},
        remove_all_outputs_tags={REMOVE_OUTPUT_TAG},
    ).preprocess(nb, {})


@functools.cache
def _exporter_class() -> type:
    from nbconvert import HTMLExporter

    class OfflineHTMLExporter(HTMLExporter):  # type: ignore[misc]
        """HTMLExporter whose ``uuid4()`` (ids of JavaScript/widget outputs) counts instead of guessing."""

        _next_id = 0

        def _create_environment(self) -> Any:
            environment = super()._create_environment()
            environment.globals["uuid4"] = self._stable_id
            return environment

        def _stable_id(self) -> str:
            self._next_id += 1
            return f"vm-output-{self._next_id}"

        def from_notebook_node(self, nb: Any, resources: Any = None, **kw: Any) -> Any:
            self._next_id = 0
            return super().from_notebook_node(nb, resources, **kw)

    return OfflineHTMLExporter


def export_html(
    nb: Any, *, with_code: bool, title: str, cwd: Path, page: dict[str, Any] | None = None
) -> str:
    """HTML of an executed, tag-filtered notebook; code and prompts hidden unless ``with_code``.

    ``page``: the page around the notebook (:func:`videomarket.report._page.page_context`: header, links,
    citation); by default a bare header with the title.
    """
    if page is None:
        from videomarket.report._page import Neighbours, PageFacts, build_day, page_context

        page = page_context(PageFacts(title=title, summary=""), neighbours=Neighbours(),
                            built=build_day(), with_code=with_code)
    exporter = _exporter_class()(
        template_name=TEMPLATE_NAME,
        extra_template_basedirs=[str(templates_dir())],
        exclude_input=not with_code,
        exclude_input_prompt=not with_code,
        exclude_output_prompt=not with_code,
        embed_images=True,  # Markdown ![](file.png) becomes a data: URI, so the report is one file
    )
    nb.metadata["title"] = title
    resources = {"metadata": {"name": title, "path": str(cwd)}, "videomarket": page}
    html, _ = exporter.from_notebook_node(nb, resources=resources)
    return html if html.endswith("\n") else html + "\n"


def check_html(html: str, where: str) -> None:
    """Last guard before writing: no nbconvert placeholder alt text, nothing loaded from a network."""
    if NO_ALT_TEXT in html:
        raise ReportBuildError(f"{where}: an image in the HTML has no alt text (nbconvert's placeholder)")
    remote = external_resources(html)
    if remote:
        raise ReportBuildError(f"{where}: the report would load from the network: {', '.join(remote[:5])}")


class _ResourceFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"
        for name, value in attrs:
            if value is None:
                continue
            if name in _LOADING_ATTRIBUTES and tag not in _NAVIGATION_TAGS:
                candidates = value.split(",") if name == "srcset" else [value]
                self.found += [f"{tag} {name}={c.strip()}" for c in candidates if _REMOTE.match(c)]
            if name == "style":
                self.found += [f"{tag} style url {url}" for url in _CSS_REMOTE.findall(value)]

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.found += [f"style url {url}" for url in _CSS_REMOTE.findall(data)]


def external_resources(html: str) -> list[str]:
    """Everything in ``html`` that a browser would fetch from a network (``<a href>`` links excluded)."""
    finder = _ResourceFinder()
    finder.feed(html)
    finder.close()
    return finder.found


def key_chart(nb: Any) -> tuple[str, str, str] | None:
    """``(mimetype, base64, alt)`` of the index chart: the ``key-chart`` cell's image, else the first one."""
    cells = [cell for cell in nb.cells if cell.cell_type == "code"]
    tagged = [cell for cell in cells if KEY_CHART_TAG in cell.get("metadata", {}).get("tags", [])]
    for cell in tagged + cells:
        for output in cell.get("outputs", []):
            for mimetype in ("image/png", "image/jpeg"):
                if mimetype in output.get("data", {}):
                    data = output["data"][mimetype]
                    data = "".join(data) if isinstance(data, list) else data
                    return mimetype, data, image_alt(output, mimetype)
    return None


def thumbnail_data_uri(image_base64: str, width: int = THUMBNAIL_WIDTH) -> str:
    """A downscaled PNG of a base64 image, as a ``data:`` URI (no metadata, so identical bytes each time)."""
    from PIL import Image

    with Image.open(io.BytesIO(base64.b64decode(image_base64))) as image:
        image.load()
        if image.mode not in ("RGB", "RGBA", "L", "LA"):
            image = image.convert("RGBA")
        if image.width > width:
            height = max(1, round(image.height * width / image.width))
            image = image.resize((width, height), Image.Resampling.LANCZOS)
        image = image.convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE,
                                              dither=Image.Dither.NONE)  # a third of the bytes
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
