"""The house style: palette, developer colours, figure finishing, deterministic PNG with alt text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from videomarket.plots import _style as style
from videomarket.plots._style import PALETTE, creator_color, creator_style, finish, new_figure

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _small_chart(alt: str = "Line chart of three points rising then falling.") -> object:
    fig, ax = new_figure(figsize=(5, 3))
    ax.plot([1, 2, 3], [1, 3, 2], color=creator_color("Runway"), marker="o")
    ax.set_xlabel("day")
    return finish(fig, title="Runway peaked on day 2", source="hand-made test data", alt=alt,
                  subtitle="three points")


def test_palette_is_matplotlibs_okabe_ito_sequence() -> None:
    from matplotlib import color_sequences
    from matplotlib.colors import to_hex

    assert [c.upper() for c in PALETTE] == [to_hex(c).upper() for c in color_sequences["okabe_ito"]]


def test_mimebundle_carries_png_and_alt_text() -> None:
    fig = _small_chart(alt="Runway's line rises to 3 then falls.")
    data, metadata = fig._repr_mimebundle_()
    assert set(data) == {"image/png"}
    assert data["image/png"].startswith(PNG_SIGNATURE)
    # shown at its physical size (5 in at 96 CSS px per inch); no data given, so no CSV
    assert metadata == {"image/png": {"alt": "Runway's line rises to 3 then falls.", "width": 480}}


def test_two_renders_give_identical_bytes_and_no_software_tag() -> None:
    first, second = _small_chart().to_png_bytes(), _small_chart().to_png_bytes()
    assert first == second
    fig = _small_chart()
    assert fig.to_png_bytes() == fig.to_png_bytes()
    assert b"Software" not in first and b"tIME" not in first


def test_png_has_fixed_dpi_size() -> None:
    import io

    from PIL import Image  # pillow is a matplotlib dependency

    image = Image.open(io.BytesIO(_small_chart().to_png_bytes()))
    assert image.size == (5 * style.DPI, 3 * style.DPI)


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("KlingAI", "Kuaishou"),
        ("SpaceXAI", "xAI"),
        ("  google  ", "Google"),
        ("BYTEDANCE SEED", "ByteDance"),
        ("Luma Labs", "Luma AI"),
        ("Alibaba-ATH", "Alibaba"),
        ("Vidu", "Shengshu"),
    ],
)
def test_creator_color_normalises_aliases(alias: str, canonical: str) -> None:
    assert creator_color(alias) == creator_color(canonical)
    assert creator_style(alias) == creator_style(canonical)


def test_creator_styles_are_stable_distinct_and_grey_for_others() -> None:
    main = ["Google", "OpenAI", "Runway", "Kuaishou", "MiniMax", "ByteDance", "Alibaba", "Lightricks",
            "Luma AI", "PixVerse", "Shengshu", "xAI", "Tencent", "Pika"]
    styles = [tuple(creator_style(name).values()) for name in main]
    assert len(set(styles)) == len(main), "each main developer needs its own colour/marker/line combination"
    assert all(creator_color(name) in PALETTE for name in main)
    assert creator_color("Google") == "#0072B2"  # fixed mapping, not order-dependent
    assert creator_color("Some New Lab") == style.OTHER_COLOR == creator_color("Another Lab")


@pytest.mark.parametrize("missing", ["title", "source", "alt"])
@pytest.mark.parametrize("value", ["", "   "])
def test_finish_rejects_empty_text(missing: str, value: str) -> None:
    fig, _ = new_figure()
    kwargs = {"title": "A finding", "source": "somewhere", "alt": "described"} | {missing: value}
    with pytest.raises(ValueError, match=missing):
        finish(fig, **kwargs)


def test_finish_places_title_above_and_source_below_the_axes() -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = _small_chart()
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    texts = {t.get_text(): t.get_window_extent(renderer) for t in fig.texts}
    axes_box = fig.axes[0].get_tightbbox(renderer)
    assert texts["Runway peaked on day 2"].y0 >= axes_box.y1
    source = texts["Source: hand-made test data"]
    assert source.y1 <= axes_box.y0
    assert fig.source_text == "Source: hand-made test data"


def test_new_figure_has_house_axes_and_is_not_registered_with_pyplot() -> None:
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    fig, axes = new_figure(2, 2, sharex=True)
    assert plt.get_fignums() == before
    assert axes.shape == (2, 2)
    assert type(fig).__name__ == "ReportFigure"
    assert not axes[0, 0].spines["top"].get_visible() and not axes[0, 0].spines["right"].get_visible()
    assert axes[0, 0].spines["left"].get_visible()
    with pytest.raises(ValueError, match="nrows"):
        new_figure(0, 1)


def test_importing_plots_stays_light(tmp_path: Path) -> None:
    code = (
        "import sys, videomarket.plots, videomarket.plots._style\n"
        "print(','.join(m for m in ('matplotlib', 'seaborn', 'scipy') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""


@pytest.mark.notebook
def test_notebook_cell_shows_the_figure_once_with_alt_text() -> None:
    # The real situation: inline backend active, which registers its own PNG printer for every Figure.
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(
        "%matplotlib inline\n"
        "import matplotlib.pyplot as plt\n"
        "from videomarket.plots._style import new_figure, finish\n"
        "fig, ax = new_figure(figsize=(4, 3))\n"
        "ax.plot([0, 1], [0, 1])\n"
        "finish(fig, title='Up', source='test', alt='A rising line.')"
    )]
    NotebookClient(nb, kernel_name="videomarket", timeout=120).execute()
    images = [o for o in nb.cells[0].outputs if "image/png" in o.get("data", {})]
    assert len(images) == 1
    assert images[0]["metadata"]["image/png"]["alt"] == "A rising line."
    # Our own PNG (house dpi, full figure), not the inline backend's cropped 100-dpi rendering.
    import base64
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(base64.b64decode(images[0]["data"]["image/png"])))
    assert image.size == (4 * style.DPI, 3 * style.DPI)


@pytest.mark.parametrize(("chance", "written"), [
    (1e-82, "0"),  # 1e-80 percent: once written with 80 decimal places
    (3.7e-11, "0.0000000037"),  # 3.7e-09 percent
    (3.7123e-11, "0.0000000037"),
    (0.87254, "87.25"),
])
def test_a_chance_downloads_with_two_figures_and_at_most_twelve_decimals(chance: float, written: str) -> None:
    from videomarket.plots._style import reader_csv

    pd = pytest.importorskip("pandas")
    cell = reader_csv(pd.DataFrame({"p_leader": [chance]})).splitlines()[1]
    assert cell == written
    assert len(cell.partition(".")[2]) <= style.CSV_DECIMALS
    assert "e" not in cell
