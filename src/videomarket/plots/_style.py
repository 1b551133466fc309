"""The house look: colour-blind-safe palette, a stable style per developer, figure set-up and finishing.

Every chart in the project is built the same way::

    >>> from videomarket.plots import creator_color, finish, new_figure
    >>> fig, ax = new_figure(figsize=(6, 3))
    >>> _ = ax.plot([1, 2, 3], [3, 1, 2], color=creator_color("Kuaishou"))
    >>> fig = finish(fig, title="Kling moved up", source="Artificial Analysis", alt="A line chart ...")
    >>> fig.alt_text
    'A line chart ...'

Figures are :class:`ReportFigure` objects, created *without* pyplot: Jupyter does not auto-display them at
the end of a cell (no double images), and a cell that ends with one shows it once, through
``_repr_mimebundle_``, with the alt text in the output metadata (``{"image/png": {"alt": ...}}``), which
the report builder turns into ``<img alt>``. PNG output is deterministic: fixed dpi, bundled DejaVu font,
no "Software" key and no timestamp, colours quantised to a 256-colour palette (a third of the bytes).
A figure shows at its physical size (``width`` metadata, 96 CSS px per inch), so a text of N pt reads as
N pt on a page at least :data:`PAGE_WIDTH_IN` wide; a glyph the font lacks is an error, never a box.

Every chart carries the data it drew (``fig.data``, a DataFrame, given to :func:`finish`); shown in a
notebook, its CSV rides in the output metadata (``{"videomarket": {"csv": ...}}``), from which the report
builder makes the "Download data (CSV)" and "Download chart (PNG)" links.

Within one chart, distinct series get distinct colours: :func:`series_colors` gives each name its
developer's usual colour while that is free, else the next free colour of :data:`SERIES_COLORS`, and grey
beyond ``max_colored`` names.

Importing this module is light: matplotlib is imported inside the functions, and ``ReportFigure`` is
built on first use (module ``__getattr__``).
"""

from __future__ import annotations

import contextlib
import functools
import textwrap
from collections.abc import Iterator
from typing import Any

from videomarket.leaderboard import creator_key, parent_developer

# Okabe & Ito (2008) "Color Universal Design", in the order of matplotlib's ``okabe_ito`` sequence.
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}
PALETTE: tuple[str, ...] = tuple(OKABE_ITO.values())
OTHER_COLOR = "#999999"  # every developer without a fixed colour
MUTED_COLOR = "#BBBBBB"  # context lines behind highlighted ones
# Colours for the series of one chart, in the order they are handed out: Okabe-Ito (yellow last: faint on
# white), then Paul Tol's wine, indigo, olive and teal for charts with more than seven highlighted series.
SERIES_COLORS: tuple[str, ...] = (
    OKABE_ITO["blue"], OKABE_ITO["vermillion"], OKABE_ITO["bluish_green"], OKABE_ITO["reddish_purple"],
    OKABE_ITO["orange"], OKABE_ITO["sky_blue"], OKABE_ITO["black"], "#882255", "#332288", "#999933",
    "#44AA99", OKABE_ITO["yellow"],
)
MAX_HIGHLIGHTED = 8  # series with a colour and a label of their own in one panel; the rest are grey
# Pairs of palette colours readers confuse side by side (orange and vermillion bars, lines of one chart).
CONFUSABLE: tuple[frozenset[str], ...] = (frozenset({OKABE_ITO["orange"], OKABE_ITO["vermillion"]}),)

DPI = 150  # PNG resolution; fixed so two renders give identical bytes
DISPLAY_DPI = 96  # CSS pixels per inch: figures show at their physical size
PAGE_WIDTH_IN = 10.0  # the reports' text column (960 CSS px); wider figures are scaled down to it
MIN_TEXT_PT = 9.0  # smallest text size on the page, after any scaling to the page width
DEFAULT_FIGSIZE = (8.0, 4.5)  # inches
TITLE_SIZE = 13.0
SUBTITLE_SIZE = 10.0
SOURCE_SIZE = 9.0

HOUSE_RC: dict[str, Any] = {
    "font.family": "DejaVu Sans",  # ships with matplotlib: same glyphs on every machine
    "font.size": 10.5,
    "axes.titlesize": 11.5,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10.5,
    "xtick.labelsize": 9.5,
    "ytick.labelsize": 9.5,
    "legend.fontsize": 9.0,
    "legend.title_fontsize": 9.0,
    "legend.frameon": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.axisbelow": True,
    "grid.color": "#E0E0E0",
    "grid.linewidth": 0.6,
    "lines.linewidth": 1.8,
    "lines.markersize": 5.0,
    "figure.dpi": DPI,  # lay out at the dpi the PNG is saved with, so nothing shifts or clips
    "savefig.dpi": DPI,
    "svg.hashsalt": "videomarket",  # deterministic SVG ids if anyone saves SVG
    "figure.constrained_layout.use": False,  # we pass layout= explicitly
}

# One style per main developer: colour + marker + line style, so colour is never the only cue.
# Keys are those of videomarket.leaderboard._creators.MAIN_CREATORS (aliases resolved there).
_CREATOR_STYLES: dict[str, tuple[str, str, str]] = {
    "google": (OKABE_ITO["blue"], "o", "-"),
    "openai": (OKABE_ITO["black"], "o", "-"),
    "runway": (OKABE_ITO["vermillion"], "o", "-"),
    "kuaishou": (OKABE_ITO["bluish_green"], "o", "-"),
    "minimax": (OKABE_ITO["reddish_purple"], "o", "-"),
    "bytedance": (OKABE_ITO["sky_blue"], "o", "-"),
    "alibaba": (OKABE_ITO["orange"], "o", "-"),
    "lightricks": (OKABE_ITO["yellow"], "D", "-."),
    "luma ai": (OKABE_ITO["blue"], "s", "--"),
    "pixverse": (OKABE_ITO["vermillion"], "s", "--"),
    "shengshu": (OKABE_ITO["bluish_green"], "s", "--"),
    "xai": (OKABE_ITO["black"], "s", "--"),
    "tencent": (OKABE_ITO["reddish_purple"], "s", "--"),
    "pika": (OKABE_ITO["sky_blue"], "s", "--"),
}
_OTHER_STYLE = (OTHER_COLOR, "^", ":")

def normalise_creator(creator: str) -> str:
    """Lower-case key of a developer's parent company (``"KlingAI"`` gives ``"kuaishou"``)."""
    return creator_key(creator)


def creator_style(creator: str) -> dict[str, str]:
    """``{"color", "marker", "linestyle"}`` of a developer; grey, ``^``, dotted for the others."""
    color, marker, linestyle = _CREATOR_STYLES.get(normalise_creator(creator), _OTHER_STYLE)
    return {"color": color, "marker": marker, "linestyle": linestyle}


def creator_color(creator: str) -> str:
    """Stable hex colour of a developer (aliases normalised; unknown developers are grey).

    >>> creator_color("xAI") == creator_color("SpaceXAI")
    True
    """
    return creator_style(creator)["color"]


def series_colors(
    names: list[str] | tuple[str, ...],
    max_colored: int = MAX_HIGHLIGHTED,
    *,
    prefer: dict[str, str] | None = None,
    avoid_confusable: bool = False,
) -> dict[str, str]:
    """A distinct colour for each of the first ``max_colored`` names (in the order given), grey after.

    A name keeps its preferred colour (``prefer[name]``, else its developer's usual colour,
    :func:`creator_color`) while no earlier name has taken it; otherwise it gets the next unused colour
    of :data:`SERIES_COLORS`. Names are used as given (a parent company, a model), so two different
    names never share a colour within ``max_colored``. With ``avoid_confusable``, a colour readers
    confuse with one already handed out (:data:`CONFUSABLE`: orange beside vermillion) counts as taken.

    >>> pair = series_colors(["Alibaba", "Runway"], avoid_confusable=True)
    >>> pair["Alibaba"] == creator_color("Alibaba") and pair["Runway"] != creator_color("Runway")
    True

    >>> colors = series_colors(["Alibaba", "Google", "Alibaba-ATH"])
    >>> colors["Google"] == creator_color("Google") and len(set(colors.values())) == 3
    True
    """
    colors: dict[str, str] = {}
    used: set[str] = set()
    spare = iter(SERIES_COLORS)
    for name in dict.fromkeys(str(n) for n in names):
        if len(colors) >= max_colored:
            colors[name] = OTHER_COLOR
            continue
        preferred = (prefer or {}).get(name) or creator_color(name)
        look_alike = {c for pair in CONFUSABLE if pair & used for c in pair} if avoid_confusable else set()
        taken = used | look_alike
        # Yellow is faint on white (and marks a chart's pick): only handed out when nothing else is left.
        if preferred in (OTHER_COLOR, OKABE_ITO["yellow"]) or preferred in taken:
            preferred = next((c for c in spare if c not in taken), OTHER_COLOR)
        used.add(preferred)
        colors[name] = preferred
    return colors


@contextlib.contextmanager
def house_style() -> Iterator[None]:
    """Context in which the house rcParams apply (use it around drawing code)."""
    import matplotlib as mpl

    with mpl.rc_context(_house_rc()):
        yield


def _house_rc() -> dict[str, Any]:
    from cycler import cycler

    return {**HOUSE_RC, "axes.prop_cycle": cycler(color=list(PALETTE))}


def new_figure(nrows: int = 1, ncols: int = 1, **kwargs: Any) -> tuple[Any, Any]:
    """A :class:`ReportFigure` with ``nrows x ncols`` axes under the house style, as ``(fig, axes)``.

    Figure keywords (``figsize``, ``layout``) go to the figure, the rest (``sharex``, ``sharey``,
    ``width_ratios``, ``squeeze`` ...) to ``Figure.subplots``. Like ``plt.subplots``, a 1x1 grid gives a
    single Axes.
    """
    if nrows < 1 or ncols < 1:
        raise ValueError(f"new_figure: nrows and ncols must be >= 1, got {nrows}x{ncols}")
    figure_kw = {
        "figsize": kwargs.pop("figsize", DEFAULT_FIGSIZE),
        "layout": kwargs.pop("layout", "constrained"),
    }
    with house_style():
        fig = _report_figure_class()(**figure_kw)
        axes = fig.subplots(nrows, ncols, **kwargs)
        for ax in fig.axes:
            _apply_axes_style(ax)
    return fig, axes


def _apply_axes_style(ax: Any) -> None:
    # Set explicitly, not only via rcParams: ticks are created lazily at draw time, maybe outside our context.
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(True, color=HOUSE_RC["grid.color"], linewidth=HOUSE_RC["grid.linewidth"])
    ax.tick_params(labelsize=HOUSE_RC["xtick.labelsize"])


#: Plain headers for the columns charts commonly carry (others: underscores become spaces).
PLAIN_COLUMNS = {
    "arena": "Arena", "category": "Pool", "snapshot_date": "Date of board", "model": "Model",
    "model_name": "Model", "creator": "Developer (parent company)",
    "creator_on_board": "Developer as the board labels it", "elo": "Rating", "ci_low": "95% interval low",
    "ci_high": "95% interval high", "rank": "Rank", "evidence": "Evidence grade",
    "source_id": "Source id (see the sources list)", "scale_epoch": "Rating scale id",
    "p_leader": "Chance of being #1 (independent ratings)",
    "p_beats_runner_up": "Chance of being above the runner-up",
    "n_could_be_first": "Models that could be #1", "margin": "Lead over #2 (points)",
    "value_usd_m": "USD millions", "year": "Year", "publisher": "Publisher", "archived": "Archived copy",
    "models": "Models on the board", "price_usd_per_min": "Price (USD per minute)",
    "company": "Company", "period": "Period",
    "vendor_total_usd_m": "Sum as reported (USD millions)",
    "calendar_low_usd_m": "Calendar revenue at the stated pace all year (USD millions)",
    "calendar_usd_m": "Calendar revenue if each pace doubled a year (USD millions)",
    "calendar_high_usd_m": "Calendar revenue if each pace tripled a year (USD millions)",
    "market_low": "Lowest forecast (USD millions)", "market_high": "Highest forecast (USD millions)",
    "floor_share_low": "At the stated pace, share of the highest forecast (%)",
    "floor_share_high": "At the stated pace, share of the lowest forecast (%)",
    "n_snapshots": "Boards", "n_distinct": "Distinct boards", "next_start": "First board of the next leader",
    "p_leader_min": "Lowest chance of being #1 (independent ratings)",
    "p_leader_last": "Chance of being #1 on the last board (independent ratings)",
}


def yes_no(frame: Any) -> Any:
    """``frame`` with its true/false columns written "Yes"/"No" (missing values stay empty), for readers'
    CSV downloads.

    >>> import pandas as pd
    >>> yes_no(pd.DataFrame({"archived": [True, False], "n": [1, 2]}))["archived"].tolist()
    ['Yes', 'No']
    """
    import pandas as pd

    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if pd.api.types.is_bool_dtype(values) or (
                values.dtype == object and len(values.dropna())
                and values.dropna().map(lambda v: isinstance(v, bool)).all()):
            out[column] = values.map({True: "Yes", False: "No"}).astype(object).where(values.notna(), None)
    return out


def reader_csv(frame: Any) -> str:
    """CSV text of ``frame`` for readers: plain headers (:data:`PLAIN_COLUMNS`, else the name with spaces),
    pool ids in words, true/false as Yes/No, floats to six significant digits (no ``114.91999999999985``,
    no scientific notation: :func:`csv_float`),
    chances (``p_*`` columns) as percentages by one rule (:func:`percent_for_download`),
    the model id left out where the model's name is given (a reader needs one name per row), and developers
    as parent companies (the board's label kept beside where it differs).

    >>> import pandas as pd
    >>> print(reader_csv(pd.DataFrame({"category": ["text-to-video"] * 3,
    ...     "margin": [114.91999999999985, 1, 2], "p_leader": [0.87865, 0.00015, 0.0]})))
    Pool,Lead over #2 (points),Chance of being #1 (independent ratings) (%)
    Text to video (silent),114.92,87.86
    Text to video (silent),1,0.02
    Text to video (silent),2,0
    <BLANKLINE>
    >>> print(reader_csv(pd.DataFrame({"model_name": ["HappyHorse-1.0", "Veo 3"],
    ...     "creator": ["Alibaba-ATH", "Google"]})))
    Model,Developer (parent company),Developer as the board labels it
    HappyHorse-1.0,Alibaba,Alibaba-ATH
    Veo 3,Google,Google
    <BLANKLINE>
    """
    import pandas as pd

    from videomarket.data.schemas import POOL_LABELS

    out = _parent_developers(yes_no(frame))
    if {"model", "model_name"} <= set(out.columns):
        out = out.drop(columns="model")
    chances = [c for c in out.columns if str(c).startswith("p_") and pd.api.types.is_float_dtype(out[c])]
    for column in chances:
        out[column] = percent_for_download(out[column])
    if "category" in out.columns:
        out["category"] = out["category"].map(lambda c: POOL_LABELS.get(str(c), c))
    out = out.rename(columns=lambda c: _reader_header(c, percent=c in chances))
    return out.to_csv(index=False, lineterminator="\n", float_format=csv_float)


CSV_DECIMALS = 12
"""The most decimal places a number in a reader's CSV download has (:func:`csv_float`)."""


def csv_float(value: float) -> str:
    """One number as a reader's CSV writes it: six significant digits (no ``114.91999999999985``), never in
    scientific notation (a spreadsheet or a reader may not take ``4.2e-09`` as a number), a tiny value kept
    to two significant figures after its leading zeros, a chance kept off 0 and 100 when six digits would
    round it there (:func:`percent_for_download`), and never more than :data:`CSV_DECIMALS` decimal
    places: a value smaller than that writes as 0 (no chance downloads with 80 decimal places).

    >>> [csv_float(v) for v in (114.91999999999985, 4.2e-09, 3.7e-09, 3.7123e-09, 1e-05, 99.99999967)]
    ['114.92', '0.0000000042', '0.0000000037', '0.0000000037', '0.00001', '99.99999967']
    >>> [csv_float(v) for v in (1e-80, -1e-80, 4e-13, 1234567.0, 87.25, 3.0, 0.0)]
    ['0', '0', '0', '1234567', '87.25', '3', '0']
    """
    import numpy as np

    text = f"{value:.6g}"
    tiny = "e-" in text
    if tiny or "e" in text or (float(text) in (0.0, 100.0) and float(text) != value):
        kept = float(f"{value:.2g}") if tiny else float(f"{value:.10g}")
        kept = round(kept, CSV_DECIMALS)
        text = "0" if kept == 0 else np.format_float_positional(kept, trim="-")
    return text


def _parent_developers(frame: Any) -> Any:
    """A board's developer labels as the parent companies the notes name (Alibaba for "Alibaba-ATH", MiniMax
    for a model Fal lists as based on MiniMax H3), with the board's own label kept beside where it differs,
    so a download and the page name one developer alike."""
    if "creator" not in frame.columns:
        return frame
    names = frame["model_name"] if "model_name" in frame.columns else [None] * len(frame)
    parents = [c if not isinstance(c, str) else parent_developer(c, n)
               for c, n in zip(frame["creator"], names, strict=True)]
    out = frame.copy()
    labelled = out["creator"]
    out["creator"] = parents
    differs = [isinstance(a, str) and a.strip() != b for a, b in zip(labelled, parents, strict=True)]
    if any(differs):
        out.insert(out.columns.get_loc("creator") + 1, "creator_on_board", labelled)
    return out


def percent_for_download(chance: Any) -> Any:
    """Chances as percentages to two decimals, so a reader rounding one to whole percents gets the page's
    figure (64.465 downloads as 64.46, read 64%, where one decimal's 64.5 invited 65%); one that would
    read 0 or 100 without being so keeps two significant figures of its distance from 0 or 100 (a
    page's "<0.1%" must not download as an impossible 0); the CSV then writes at most twelve decimal
    places (:func:`csv_float`), so only a chance below 0.000000000001% shows there as 0.

    >>> import pandas as pd
    >>> percent_for_download(pd.Series([0.64465, 0.00004, 1.0, 4.2e-11, 1 - 3.3e-9])).tolist()
    [64.46, 0.004, 100.0, 4.2e-09, 99.99999967]
    """
    percent = chance * 100
    rounded = percent.round(2)
    edge = (((rounded == 0) | (rounded == 100)) & (percent != 0) & (percent != 100)).fillna(False)
    if not bool(edge.any()):
        return rounded

    def two_figures(value: float) -> float:
        gap = float(f"{min(value, 100 - value):.2g}")
        return gap if value < 50 else 100 - gap

    return rounded.mask(edge, percent[edge].map(two_figures))


def _reader_header(column: object, *, percent: bool) -> str:
    spaced = str(column).replace("_", " ")
    # the first letter raised, the rest kept: a header given in words keeps its capitals ("Q1", "USD")
    header = PLAIN_COLUMNS.get(str(column), spaced[:1].upper() + spaced[1:])
    return f"{header} (%)" if percent and "%" not in header else header


def finish(
    fig: Any,
    *,
    title: str,
    source: str,
    alt: str,
    subtitle: str | None = None,
    data: Any = None,
) -> Any:
    """Add the finding title, optional subtitle, a "Source: ..." line under the chart and the alt text.

    ``data``: the DataFrame the chart drew (``fig.data``; offered as a CSV download beside the chart).
    Raises ValueError if ``title``, ``source`` or ``alt`` is empty or ``data`` is not a DataFrame.
    Returns the same figure.
    """
    import pandas as pd

    for name, value in (("title", title), ("source", source), ("alt", alt)):
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"finish: `{name}` must be a non-empty string, got {value!r}")
    if data is not None and not isinstance(data, pd.DataFrame):
        raise ValueError(f"finish: `data` must be the DataFrame the chart drew, got {type(data).__name__}")
    width_in, height_in = fig.get_size_inches()
    title_lines = _wrap(title.strip(), width_in, TITLE_SIZE)
    subtitle_lines = _wrap(subtitle.strip(), width_in, SUBTITLE_SIZE) if subtitle and subtitle.strip() else []
    source_text = (
        source.strip() if source.strip().lower().startswith("source") else f"Source: {source.strip()}"
    )
    source_lines = _wrap(source_text, width_in, SOURCE_SIZE)

    top_in = 0.08 + _lines_height(title_lines, TITLE_SIZE) + _lines_height(subtitle_lines, SUBTITLE_SIZE)
    bottom_in = 0.06 + _lines_height(source_lines, SOURCE_SIZE)
    with house_style():
        y = 1 - 0.06 / height_in
        fig.text(
            0.012, y, "\n".join(title_lines), ha="left", va="top", fontsize=TITLE_SIZE, fontweight="bold"
        )
        if subtitle_lines:
            y -= _lines_height(title_lines, TITLE_SIZE) / height_in
            fig.text(
                0.012,
                y,
                "\n".join(subtitle_lines),
                ha="left",
                va="top",
                fontsize=SUBTITLE_SIZE,
                color="#444444",
            )
        fig.text(
            0.012,
            0.03 / height_in,
            "\n".join(source_lines),
            ha="left",
            va="bottom",
            fontsize=SOURCE_SIZE,
            color="#555555",
        )
    _reserve_margins(fig, bottom=bottom_in / height_in, top=1 - top_in / height_in)
    fig.margins = (bottom_in / height_in, 1 - top_in / height_in)
    fig.title_text = title.strip()
    fig.subtitle_text = subtitle.strip() if subtitle else None
    fig.source_text = source_text
    fig.alt_text = alt.strip()
    fig.data = pd.DataFrame() if data is None else data.reset_index(drop=True)
    return fig


def legend_under_panels(fig: Any, handles: list[Any], **kwargs: Any) -> Any:
    """A figure legend centred between the panels and the source line, on a finished figure.

    Matplotlib puts an "outside" figure legend at the figure's edge, over the source line; this one is
    measured, placed just above the source band, and the panels are laid out again above it.
    """
    bottom, top = getattr(fig, "margins", (0.0, 1.0))
    with house_style():
        legend = fig.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, bottom), **kwargs)
        fig.draw_without_rendering()
        height = legend.get_window_extent().height / fig.bbox.height
        _reserve_margins(fig, bottom=bottom + height + 0.01, top=top)
    return legend


def _reserve_margins(fig: Any, *, bottom: float, top: float) -> None:
    # Keep the axes clear of the title band at the top and the source band at the bottom.
    engine = fig.get_layout_engine()
    try:
        engine.set(rect=(0.0, bottom, 1.0, top - bottom))  # constrained and tight layout both take a rect
    except (AttributeError, NotImplementedError, TypeError):
        fig.subplots_adjust(bottom=max(bottom + 0.08, fig.subplotpars.bottom), top=min(top - 0.02, 0.95))


def _wrap(text: str, width_in: float, fontsize: float) -> list[str]:
    # DejaVu Sans averages about 0.6 em per character; wrap so a line fits the figure width.
    chars = max(20, int((width_in - 0.2) * 72 / (0.6 * fontsize)))
    return [line for para in text.splitlines() for line in (textwrap.wrap(para, chars) or [""])]


def _lines_height(lines: list[str], fontsize: float) -> float:
    return len(lines) * fontsize * 1.25 / 72  # inches, with line spacing


@functools.cache
def _report_figure_class() -> type:
    from matplotlib.figure import Figure

    class ReportFigure(Figure):
        """A matplotlib Figure that displays itself once in Jupyter, as a deterministic PNG with alt text."""

        alt_text: str = ""
        title_text: str = ""
        subtitle_text: str | None = None
        source_text: str = ""
        data: Any = None  # the DataFrame the chart drew (set by finish)

        def to_png_bytes(self) -> bytes:
            """The figure as PNG bytes: fixed dpi, a 256-colour palette, nothing that changes between runs.

            Raises ValueError when a text needs a glyph the font lacks (it would print as a box).
            """
            import io
            import warnings

            from PIL import Image

            buffer = io.BytesIO()
            with house_style(), warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                self.freeze_layout()
                self.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None}, facecolor="white")
            missing = sorted({str(w.message) for w in caught if "missing from font" in str(w.message)})
            if missing:
                raise ValueError(
                    f"chart {self.title_text!r}: {missing[0]} (it would print as a box); write the text in "
                    "characters the font has, e.g. the English name instead of the original script"
                )
            for warning in caught:  # anything else is not ours to swallow
                if "missing from font" not in str(warning.message):
                    warnings.warn_explicit(warning.message, warning.category, warning.filename,
                                           warning.lineno)
            buffer.seek(0)
            with Image.open(buffer) as image:
                palette = image.convert("RGB").quantize(
                    colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE
                )
            out = io.BytesIO()
            palette.save(out, format="PNG")
            return out.getvalue()

        def display_width(self) -> int:
            """Width in CSS pixels at which the chart shows: its physical size (96 px per inch)."""
            return round(float(self.get_size_inches()[0]) * DISPLAY_DPI)

        def to_csv(self) -> str:
            """The data the chart drew, as CSV text for readers (empty when the chart was given none):
            plain headers, pools in words, numbers without float noise (:func:`reader_csv`)."""
            if self.data is None or self.data.empty:
                return ""
            return reader_csv(self.data)

        def freeze_layout(self) -> None:
            """Run the layout engine once more and keep the result.

            Constrained layout is not idempotent (each draw starts from the previous positions), so
            without this a second render of the same figure could differ by a pixel.
            """
            if self.get_layout_engine() is not None and not getattr(self, "_layout_frozen", False):
                self.draw_without_rendering()
                self.set_layout_engine("none")
                self._layout_frozen = True

        def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> tuple[dict, dict]:
            metadata: dict[str, Any] = {"image/png": {"alt": self.alt_text, "width": self.display_width()}}
            csv_text = self.to_csv()
            if csv_text:
                metadata["videomarket"] = {"csv": csv_text}
            return {"image/png": self.to_png_bytes()}, metadata

        def _ipython_display_(self) -> None:
            # IPython's inline backend registers an image/png printer for every Figure, which would win over
            # _repr_mimebundle_ and drop our deterministic bytes; publishing the bundle ourselves avoids that.
            from IPython.display import display

            data, metadata = self._repr_mimebundle_()
            display(data, raw=True, metadata=metadata)

    ReportFigure.__module__ = __name__
    ReportFigure.__qualname__ = "ReportFigure"
    return ReportFigure


def __getattr__(name: str) -> Any:
    if name == "ReportFigure":
        return _report_figure_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
