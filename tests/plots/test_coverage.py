"""The coverage chart names pools in words, in the tables' order, and its alt text counts days the way the
text does (a day archived in any pool is not a press-only day)."""

from __future__ import annotations

import pandas as pd

from videomarket import plots


def _days() -> pd.DataFrame:
    return pd.DataFrame({
        "arena": "Artificial Analysis",
        "category": ["image-to-video-audio", "text-to-video", "text-to-video", "image-to-video-audio"],
        "snapshot_date": pd.to_datetime(["2026-04-15", "2026-04-15", "2025-12-01", "2026-07-23"]),
        "archived": [False, True, False, True], "evidence": ["C", "A", "B", "A"], "models": [5, 50, 4, 40],
    })


def test_pools_are_named_in_words_in_the_tables_order() -> None:
    chart = plots.coverage_chart(_days())
    labels = [t.get_text() for t in chart.axes[0].get_yticklabels()]
    assert labels == ["Text to video (silent)", "Image to video with audio"]
    both = plots.coverage_chart(pd.concat([_days(), _days().assign(arena="LMArena")]))
    first = both.axes[0].get_yticklabels()[0].get_text()
    assert first == "Artificial Analysis: Text to video (silent)"


def test_alt_text_counts_a_day_archived_in_any_pool_as_archived() -> None:
    alt = plots.coverage_chart(_days()).alt_text
    assert "3 distinct days across 2 pools; 2 days have an archived copy of at least one pool" in alt
    assert "(coloured bars), 1 day only quoted values" in alt



def test_title_source_axis_and_alt_state_what_the_chart_shows() -> None:
    chart = plots.coverage_chart(_days())
    assert chart.title_text == ("Archived boards of at least one pool cover 2 of the 100 days from 15 April "
                                "to 23 July 2026; before that, 1 day with only quoted values")
    assert chart.source_text == ("Source: archived copies of the Artificial Analysis boards on GitHub and "
                                 "values "
                                 "quoted by press pages and GitHub files; listed under Sources")
    assert chart.axes[0].get_xlabel() == "Date of board"
    assert chart.alt_text.endswith("1 more hollow diamond marks quoted values of a pool without an archived "
                                   "copy on 15 April 2026, when other pools have one.")


def test_the_chart_marks_a_change_of_scale_with_a_line_and_says_so() -> None:
    chart = plots.coverage_chart(_days(), rescaled=pd.to_datetime(["2026-05-01", "2026-05-01"]))
    lines = [line for line in chart.axes[0].get_lines() if line.get_linestyle() == "--"]
    assert len(lines) == 2  # a plain date crosses every pool's row
    assert lines[0].get_label() == "re-anchoring and re-rating, 1 May 2026"
    assert chart.alt_text.endswith(
        "A dashed vertical line marks the re-anchoring and re-rating of 1 May 2026.")
    assert "Yes" in chart.to_csv() and "True" not in chart.to_csv()
    framed = pd.DataFrame({"category": ["text-to-video"], "date": pd.to_datetime(["2026-05-01"]),
                           "previous_date": pd.to_datetime(["2026-04-30"])})
    labels = [line.get_label() for line in plots.coverage_chart(_days(), rescaled=framed).axes[0].get_lines()
              if line.get_linestyle() == "--"]
    assert labels[0] == ("re-anchoring and re-rating\nbetween 30 April and 1 May 2026\n"
                         "(only on the pools it crosses)")


def test_the_re_rating_line_crosses_only_the_changed_pools_and_rebuilt_boards_are_marked_apart() -> None:
    rescales = pd.DataFrame({"date": pd.to_datetime(["2026-05-01"]), "category": ["text-to-video"]})
    rebuilt = pd.DataFrame({"arena": "Artificial Analysis", "category": ["text-to-video"],
                            "snapshot_date": pd.to_datetime(["2026-04-15"]), "rebuilt_only": [True]})
    chart = plots.coverage_chart(_days(), rescaled=rescales, rebuilt=rebuilt)
    lines = [line for line in chart.axes[0].get_lines() if line.get_linestyle() == "--"]
    assert len(lines) == 1 and list(lines[0].get_ydata()) == [-0.42, 0.42]  # row 0: text to video (silent)
    labels = [t.get_text() for t in chart.axes[0].get_legend().get_texts()]
    assert labels == ["day with a downloaded board (grade A)", "day with only a rebuilt board (not verified)",
                      "quoted values (grade B or C)",
                      "re-anchoring and re-rating, 1 May 2026\n(only on the pools it crosses)"]
    csv = chart.to_csv()
    assert "rebuilt, not verified" in csv
    assert "text to video (silent) marks their re-anchoring and re-rating of 1 May 2026" in chart.alt_text
    assert "1 archived board rests only on files rebuilt from a search index's text" in chart.alt_text


def test_a_board_with_downloaded_and_rebuilt_copies_is_marked_partly_rebuilt() -> None:
    rebuilt = pd.DataFrame({"arena": "Artificial Analysis", "category": ["text-to-video"],
                            "snapshot_date": pd.to_datetime(["2026-04-15"]), "rebuilt_only": [False],
                            "checked": [True]})
    chart = plots.coverage_chart(_days(), rebuilt=rebuilt)
    labels = [t.get_text() for t in chart.axes[0].get_legend().get_texts()]
    assert "partly rebuilt (downloaded and rebuilt copies)" in labels
    data = chart.data
    marked = data[data["partly_rebuilt"].astype(bool)]
    assert marked["snapshot_date"].tolist() == [pd.Timestamp("2026-04-15")]
    assert not data["rebuilt_from_text"].astype(bool).any()


def test_the_legend_sits_below_the_axis_and_the_re_rating_line_between_the_boards_behind_the_ticks() -> None:
    rescales = pd.DataFrame({"date": pd.to_datetime(["2026-05-01"]), "category": ["text-to-video"],
                             "previous_date": pd.to_datetime(["2026-04-30"])})
    chart = plots.coverage_chart(_days(), rescaled=rescales)
    ax = chart.axes[0]
    anchor = ax.get_legend().get_bbox_to_anchor().transformed(ax.transAxes.inverted())
    assert anchor.y0 < 0  # below the axis, not over the pools' rows
    line = next(line for line in ax.get_lines() if line.get_linestyle() == "--")
    assert pd.Timestamp(line.get_xdata()[0]) == pd.Timestamp("2026-04-30 12:00")
    assert line.get_zorder() < min(c.get_zorder() for c in ax.collections)


def test_month_only_values_name_their_month_in_the_legend() -> None:
    days = pd.DataFrame({"arena": "Artificial Analysis", "category": ["text-to-video"] * 2,
                         "snapshot_date": pd.to_datetime(["2026-04-10", "2026-04-15"]),
                         "archived": [True, False], "evidence": ["A", "C"], "models": [3, 1],
                         "date_precision": ["day", "month"]})
    chart = plots.coverage_chart(days)
    labels = [t.get_text() for t in chart.axes[0].get_legend().get_texts()]
    assert labels == ["day with a downloaded board (grade A)", "quoted, April (day unknown, drawn mid-month)"]


def test_coverage_chart_marks_the_last_board_safe_to_cite() -> None:
    chart = plots.coverage_chart(_days(), cite_until="2026-10-06")
    labels = [t.get_text() for t in chart.axes[0].get_legend().get_texts()]
    assert "last downloaded board (6 October 2026)" in labels


def test_last_downloaded_line_is_drawn_only_on_the_pools_whose_last_download_it_is() -> None:
    rebuilt = pd.DataFrame({"arena": "Artificial Analysis",
                            "category": ["text-to-video", "image-to-video-audio"],
                            "snapshot_date": pd.to_datetime(["2026-04-15", "2026-07-23"]),
                            "rebuilt_only": [False, True]})
    chart = plots.coverage_chart(_days(), rebuilt=rebuilt, cite_until="2026-04-15")
    labels = [t.get_text() for t in chart.axes[0].get_legend().get_texts()]
    assert "last downloaded board (15 April 2026)\n(only on the pools whose last it is)" in labels
