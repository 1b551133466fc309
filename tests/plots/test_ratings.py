"""Rating-certainty charts, tested for what they draw: curves, points, error bars, epochs, alt text."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from videomarket import arena, leaderboard, plots

ARENA, POOL = "Artificial Analysis", "text-to-video"


def _gid(fig, prefix: str) -> list:
    return [line for ax in fig.axes for line in ax.get_lines() if (line.get_gid() or "").startswith(prefix)]


def _rows(date: str, entries: list[tuple], source: str, epoch: str) -> list[dict]:
    """entries: (model, creator, rank, elo, ci half-width)."""
    return [
        {
            "snapshot_date": pd.Timestamp(date),
            "arena": ARENA,
            "category": POOL,
            "model": model,
            "model_name": model.title(),
            "creator": creator,
            "rank": rank,
            "elo": elo,
            "ci_low": elo - half,
            "ci_high": elo + half,
            "scale_epoch": epoch,
            "evidence": "A",
            "source_id": source,
        }
        for model, creator, rank, elo, half in entries
    ]


@pytest.fixture(scope="module")
def history() -> pd.DataFrame:
    rows = []
    for day, lead in (("2026-08-01", 40.0), ("2026-08-05", 30.0), ("2026-08-09", 8.0)):
        rows += _rows(
            day,
            [
                ("gemini", "Google", 1, 1300.0, 10),
                ("minimax", "MiniMax", 2, 1300.0 - lead, 10),
                ("kling", "KlingAI", 3, 1200.0, 10),
            ],
            f"s-{day}",
            "e1",
        )
    for day in ("2026-10-04", "2026-10-06"):
        rows += _rows(
            day, [("wan", "Alibaba", 1, 1127.0, 12), ("minimax", "MiniMax", 2, 1116.0, 12)], f"s-{day}", "e2"
        )
    return leaderboard.leader_probability_history(pd.DataFrame(rows), ARENA, POOL, draws=20_000)


# --- win probability curve ---------------------------------------------------------------------------


def test_win_probability_curve_marks_each_rival_on_the_curve() -> None:
    quoted = pd.DataFrame(
        {
            "model": ["runway", "veo", "sora"],
            "model_name": ["Runway Gen-4.5", "Veo 3", "Sora 2"],
            "elo": [1247.0, 1226.0, 1206.0],
            "source_id": "press",
        }
    )
    rivals = arena.head_to_head(quoted)
    fig = plots.win_probability_curve(rivals, arena.votes_needed_table(100))
    (curve,) = _gid(fig, "curve")
    assert curve.get_ydata()[0] == pytest.approx(50, abs=0.2) and max(curve.get_ydata()) == pytest.approx(
        64.0, abs=0.1
    )
    (veo,) = _gid(fig, "rival:veo")
    assert veo.get_xdata()[0] == 21 and veo.get_ydata()[0] == pytest.approx(
        100 * arena.win_probability(1247, 1226)
    )
    assert len(_gid(fig, "rival:")) == 2
    assert fig.title_text.endswith("Runway Gen-4.5 would be preferred to Veo 3 in about 53% of votes")
    assert fig.subtitle_text is None  # no formula: the title says what the curve means
    assert "Runway Gen-4.5" in fig.alt_text and "Veo 3 21 points behind, 53.0%" in fig.alt_text
    assert "1 source" in fig.source_text and "press" not in fig.source_text  # no internal ids for readers
    assert set(fig.data["series"]) == {"curve", "rival"}  # what it drew, for the CSV download
    pooled = rivals.assign(arena=ARENA, category=POOL)
    named = plots.win_probability_curve(pooled, arena.votes_needed_table(100))
    assert named.source_text.startswith("Source: Artificial Analysis, text to video (silent) leaderboard")
    labels = [t.get_text() for t in fig.axes[0].texts if t.get_gid() == "label"]
    assert labels == ["vs Veo 3: 21 points, 53.0%", "vs Sora 2: 41 points, 55.9%"]
    fewer = plots.win_probability_curve(rivals, arena.votes_needed_table(100), max_labels=1)
    assert len(_gid(fewer, "rival:")) == 2  # every rival keeps its point
    assert [t.get_text() for t in fewer.axes[0].texts if t.get_gid() == "label"] == [
        "vs Veo 3: 21 points, 53.0%"
    ]


# --- P(#1) timeline ----------------------------------------------------------------------------------


def test_timeline_draws_one_line_per_epoch_and_never_joins_them(history: pd.DataFrame) -> None:
    fig = plots.leader_probability_timeline(history)
    lines = _gid(fig, "p_leader:")
    assert sorted(line.get_gid() for line in lines) == ["p_leader:e1", "p_leader:e2"]
    boundary = pd.Timestamp("2026-10-01")
    for line in lines + _gid(fig, "p_runner_up:"):
        x = pd.to_datetime(pd.Series(line.get_xdata()))
        assert (x.max() < boundary) or (x.min() > boundary), line.get_gid()
    e1 = next(line for line in lines if line.get_gid() == "p_leader:e1")
    assert np.allclose(e1.get_ydata(), 100 * history["p_leader"].iloc[:3])


def test_timeline_breaks_the_line_at_a_change_of_leader() -> None:
    rows = []
    for day, (first, second) in (
        ("2026-08-01", ("gemini", "minimax")),
        ("2026-08-05", ("gemini", "minimax")),
        ("2026-08-09", ("minimax", "gemini")),
    ):
        rows += _rows(day, [(first, "Lab", 1, 1300.0, 10), (second, "Lab", 2, 1280.0, 10)], f"s-{day}", "e1")
    history = leaderboard.leader_probability_history(pd.DataFrame(rows), ARENA, POOL, draws=2_000)
    fig = plots.leader_probability_timeline(history)
    lines = _gid(fig, "p_leader:e1")
    assert [len(line.get_xdata()) for line in lines] == [2, 1]


def _second_listing_history(twins: list[tuple[str, float]]) -> pd.DataFrame:
    """Daily boards of Wan (1120) and H3 (1110), each with a second H3 listing rated as given (equal to
    H3 on a day: identical numbers, so it counts once)."""
    rows = []
    for day, twin in twins:
        rows += _rows(day, [("wan", "Alibaba", 1, 1120.0, 11), ("h3", "MiniMax", 2, 1110.0, 11)],
                      f"s-{day}", "e1")
        rows += [{**rows[-1], "model": "h3-max-based-on-minimax-h3", "rank": 2, "elo": twin,
                  "ci_low": twin - 11, "ci_high": twin + 11,
                  "model_name": "H3 Max (based on H3)"}]
    return leaderboard.leader_probability_history(pd.DataFrame(rows), ARENA, POOL, draws=2_000)


def test_timeline_marks_the_days_an_entry_listed_twice_counts_once() -> None:
    history = _second_listing_history([("2026-10-01", 1108.0), ("2026-10-02", 1110.0),
                                       ("2026-10-03", 1108.0)])
    assert history["listed_twice"].fillna("").ne("").tolist() == [False, True, False]
    plain = plots.leader_probability_timeline(history)
    assert not _gid(plain, "counting_twice")
    fig = plots.leader_probability_timeline(history, mark_twice=True)
    (crosses,) = [line for line in _gid(fig, "counting_twice") if line.get_gid() == "counting_twice"]
    assert np.allclose(crosses.get_ydata(), 100 * history["p_leader_counting_twice"].iloc[[1]].astype(float))
    hatched = [p.get_hatch() for ax in fig.axes for p in ax.patches if p.get_gid() == "could_be_first"]
    assert hatched == [None, "////", None]
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "Hatched: a model listed twice counted once" in labels
    assert "an entry listed twice counts once (hatched bars)" in fig.alt_text


def test_timeline_marks_the_re_anchoring_between_the_two_scales(history: pd.DataFrame) -> None:
    fig = plots.leader_probability_timeline(history)
    rules = [line for ax in fig.axes for line in ax.get_lines() if line.get_gid() == "epoch-break"]
    assert len(rules) == 2  # one per panel
    where = pd.Timestamp(rules[0].get_xdata()[0])
    assert pd.Timestamp("2026-08-09") < where < pd.Timestamp("2026-10-04")


def test_timeline_bars_count_the_models_that_could_be_first(history: pd.DataFrame) -> None:
    fig = plots.leader_probability_timeline(history)
    bars = [p for ax in fig.axes for p in ax.patches if p.get_gid() == "could_be_first"]
    assert [round(b.get_height()) for b in bars] == history["n_could_be_first"].tolist()
    assert history["n_could_be_first"].tolist() == [1, 1, 2, 2, 2]


def test_timeline_title_and_alt_text_state_the_finding(history: pd.DataFrame) -> None:
    fig = plots.leader_probability_timeline(history)
    assert history["unchanged"].tolist() == [False, False, False, False, True]  # 6 Oct repeats 4 Oct
    below = int((history.loc[~history["unchanged"], "p_leader"] < 0.95).sum())
    assert below == 2
    assert fig.title_text == (f"The leader's chance of being truly #1 was under 95% on {below} of 4 distinct "
                              f"boards; Wan's is about {100 * history['p_leader'].iloc[-1]:.0f}% on the "
                              f"latest")
    assert "P(" not in fig.title_text
    assert "5 archived daily copies (4 distinct boards) on 2 rating scales, separated by a dashed rule" in (
        fig.alt_text)
    weakest = history.loc[history["p_leader"].idxmin()]
    assert f"lowest {100 * weakest['p_leader']:.1f}% for {weakest['model_name']}" in fig.alt_text


# --- intervals against published points ----------------------------------------------------------------


def _comparison() -> pd.DataFrame:
    ours = pd.DataFrame(
        {
            "model": ["a", "b", "c"],
            "rating": [1100.0, 1000.0, 900.0],
            "ci_low": [1080.0, 985.0, 870.0],
            "ci_high": [1120.0, 1015.0, 930.0],
        }
    )
    theirs = pd.DataFrame({"model": ["a", "b", "c"], "rating": [1100.5, 1016.0, 905.0]})
    return arena.compare_with_published(ours, theirs)


def test_interval_chart_draws_one_error_bar_and_one_published_point_per_model() -> None:
    fig = plots.rating_intervals_chart(_comparison(), publisher="Arena X")
    ax = fig.axes[0]
    (bars,) = ax.collections  # the horizontal error bars
    segments = bars.get_segments()
    assert len(segments) == 3
    assert sorted((s[0][0], s[1][0]) for s in segments) == [(870, 930), (985, 1015), (1080, 1120)]
    (published,) = _gid(fig, "published")
    assert list(published.get_xdata()) == [1100.5, 1016.0, 905.0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a", "b", "c"]  # best on top


def test_interval_chart_alt_text_gives_the_largest_difference() -> None:
    fig = plots.rating_intervals_chart(_comparison(), publisher="Arena X")
    assert "within 16.00 points" in fig.title_text  # b: 1000 against 1016, outside its 985-1015 interval
    assert "largest difference is 16.00 points; 2 of 3 published ratings fall inside" in fig.alt_text


# --- votes needed curve ---------------------------------------------------------------------------------


def test_votes_curve_is_log_scaled_and_marks_observed_gaps_and_their_median() -> None:
    gaps = pd.DataFrame(
        {
            "snapshot_date": pd.to_datetime(["2026-08-01", "2026-08-02", "2026-08-03", "2026-08-04"]),
            "margin": [9.0, 18.0, 21.0, 150.0],
            "source_id": "s",
            "arena": ARENA,
            "category": POOL,
        }
    )
    gaps["votes_needed"] = arena.votes_needed(gaps["margin"].to_numpy()).astype(float)
    gaps["new_leader"] = False
    curve = arena.votes_needed_table(100, step=0.5)
    summary = leaderboard.gap_summary(gaps)
    fig = plots.votes_needed_curve(curve, gaps, summary)
    ax = fig.axes[0]
    assert ax.get_yscale() == "log"
    (observed,) = _gid(fig, "observed")
    assert list(observed.get_xdata()) == [9.0, 18.0, 21.0]  # 150 is beyond the curve's range
    assert list(observed.get_ydata()) == [arena.votes_needed(g) for g in (9, 18, 21)]
    (median,) = _gid(fig, "median")
    assert median.get_xdata()[0] == 19.5 and median.get_ydata()[0] == arena.votes_needed(19.5)
    votes = f"{arena.votes_needed(19.5):,}"
    assert fig.title_text == ("The median lead of #1 over #2 on 4 boards, 20 points, takes about 2,500 "
                              "head-to-head votes to tell from a "
                              "tie")  # 19.5 shown rounded, the count approximate
    assert "their median" in fig.alt_text and votes in fig.alt_text
    assert "(3 of 4 boards, the rest off the curve)" in fig.alt_text
    # the curve's ends approximate, to two significant figures
    ends = [float(f"{v:.2g}") for v in curve["votes_needed"].iloc[[0, -1]]]
    assert f"falling from about {ends[0]:,.0f} at a gap of 0.5 points to about {ends[1]:,.0f} at 100" in (
        fig.alt_text)
    assert fig.subtitle_text == ("Enough votes to detect a real gap of that size 8 times in 10, with a 5% "
                                 "chance of a false alarm")
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["lead of #1 over #2 on a board (3)", "their median"]


def test_votes_curve_without_gaps_still_states_a_finding() -> None:
    fig = plots.votes_needed_curve(arena.votes_needed_table(100))
    assert fig.title_text == "A 10-point gap takes about 9,480 votes to tell from a tie"
    assert not _gid(fig, "observed")


def test_timeline_never_draws_a_line_across_days_without_boards() -> None:
    rows = []
    for day in ("2026-05-13", "2026-05-14", "2026-06-25"):
        board = [("happy", "Alibaba-ATH", 1, 1300.0 + int(day[-2:]), 10), ("other", "Lab", 2, 1280.0, 10)]
        rows += _rows(day, board, f"s-{day}", "e1")
    history = leaderboard.leader_probability_history(pd.DataFrame(rows), ARENA, POOL, draws=2_000)
    fig = plots.leader_probability_timeline(history)
    assert [len(line.get_xdata()) for line in _gid(fig, "p_leader:e1")] == [2, 1]  # 41 days unseen: no line


def test_timeline_colours_each_leader_and_names_its_developer() -> None:
    """Two leaders of one parent company (HappyHorse-1.0 and Wan 3.0, both Alibaba's) get two colours; the
    legend names the developer, the arena's own label said as such when it is not the parent's name."""
    rows = []
    for day, leader, creator in (("2026-05-13", "happyhorse", "Alibaba-ATH"),
                                 ("2026-05-14", "happyhorse", "Alibaba-ATH"),
                                 ("2026-09-03", "wan", "Alibaba"), ("2026-09-04", "wan", "Alibaba")):
        board = [(leader, creator, 1, 1300.0, 10), ("other", "Lab", 2, 1280.0, 10)]
        rows += _rows(day, board, f"s-{day}", "e1")
    history = leaderboard.leader_probability_history(pd.DataFrame(rows), ARENA, POOL, draws=2_000)
    fig = plots.leader_probability_timeline(history)
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert legend == ["Chance the leader is truly #1", "Chance it is above the runner-up",
                      "Happyhorse (Alibaba)", "Wan (Alibaba)",  # the developer, not the arena's team label
                      "Small: same as the board before"]
    colours = {line.get_color() for line in _gid(fig, "leader_points:")}
    assert len(colours) == 2


def test_timeline_labels_the_re_anchoring_once_and_prints_no_stray_year(history: pd.DataFrame) -> None:
    fig = plots.leader_probability_timeline(history)
    top, bottom = fig.axes
    assert [t.get_text() for t in top.texts if "re-" in t.get_text()] == ["re-rated",
                                                                          "← before the re-rating"]
    assert [t.get_text() for t in top.texts if t.get_gid() == "epoch-side-label"] == [
        "← before the re-rating", "after →"]  # both sides of the break named
    assert not [t for t in bottom.texts if "re-" in t.get_text()]  # it would run over the bars
    fig.canvas.draw()
    assert bottom.xaxis.get_offset_text().get_text() == ""
    labels = [label.get_text() for label in bottom.get_xticklabels() if label.get_text()]
    dates = history["snapshot_date"]
    months = (dates.max().year - dates.min().year) * 12 + dates.max().month - dates.min().month
    assert "2026" in labels[0] and not [label for label in labels[1:] if "2026" in label]  # year said once
    assert len(labels) >= months  # a tick for every month
    assert pd.Timestamp(bottom.get_xlim()[1], unit="D") > dates.max()  # the last board is inside the axis
    assert bottom.get_xlabel().startswith("Date of board")


def test_timeline_can_leave_out_the_runner_up_line(history: pd.DataFrame) -> None:
    fig = plots.leader_probability_timeline(history, runner_up=False)
    assert not _gid(fig, "p_runner_up:")
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "Chance it is above the runner-up" not in legend
    assert "above the runner-up" not in fig.alt_text


def test_votes_curve_by_leader_draws_one_range_per_leader_and_scale() -> None:
    gaps = pd.DataFrame({
        "snapshot_date": pd.to_datetime(["2026-04-10", "2026-04-11", "2026-07-23", "2026-09-03",
                                         "2026-10-01"]),
        "model": ["h", "h", "g", "w", "w"], "model_name": ["H", "H", "G", "W", "W"],
        "scale_epoch": ["e1", "e1", "e1", "e1", "e2"], "margin": [5.0, 115.0, 39.0, 3.0, 11.0],
        "source_id": "s", "arena": ARENA, "category": POOL, "unchanged": False,
    })
    gaps["votes_needed"] = arena.votes_needed(gaps["margin"].to_numpy()).astype(float)
    fig = plots.votes_needed_curve(arena.votes_needed_table(125), gaps, by_leader=True)
    drawn = [line.get_gid() for line in _gid(fig, "leader:")]
    assert drawn == ["leader:h", "leader:g", "leader:w", "leader:w"]
    assert [t.get_text() for t in fig.axes[1].get_yticklabels()] == ["H", "G", "W (before the re-rating)",
                                                                       "W (after the re-rating)"]
    assert fig.title_text == ("Telling a lead from a tie would take about 75 votes for H's largest lead and "
                              "about 105,000 votes for W's smallest, counting votes between the two models "
                              "alone")
    assert not _gid(fig, "median") and not _gid(fig, "observed")
    # the alt text says which of one leader's ranges is before the re-rating and which after
    assert fig.alt_text.endswith("a strip gives each leader's range of leads: H 5 to 115 points; G 39 to 39 "
                                 "points; W (before the re-rating) 3 to 3 points; W (after the re-rating) 11 "
                                 "to 11 points.")
    assert "CSV" not in fig.alt_text and "label" not in fig.data.columns


def test_timeline_csv_carries_the_correlated_reading_beside_the_independent(history: pd.DataFrame) -> None:
    fig = plots.leader_probability_timeline(history, runner_up=False)
    correlated = "chance of being truly #1 (%, errors correlated at +0.3, an illustration)"
    assert correlated in fig.data.columns
    assert "chance of being truly #1 (%, independent ratings)" in fig.data.columns
    assert len(fig.data) == len(history)


def test_timeline_marks_rebuilt_partly_rebuilt_and_repeated_copies_apart() -> None:
    """A rebuilt board is hollow, a partly rebuilt one half-filled, a copy identical to the board before
    small; the CSV says which in words, so the big markers count the distinct boards."""
    rows = []
    for day in ("2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"):
        shift = 5 if day >= "2026-10-06" else 0
        rows += _rows(day, [("wan", "Alibaba", 1, 1300.0 + shift + (day == "2026-10-07"), 10),
                            ("other", "Lab", 2, 1280.0, 10)], f"s-{day}", "e1")
    history = leaderboard.leader_probability_history(pd.DataFrame(rows), ARENA, POOL, draws=2_000)
    rebuilt = pd.DataFrame({"arena": ARENA, "category": POOL,
                            "snapshot_date": pd.to_datetime(["2026-10-04", "2026-10-06", "2026-10-07"]),
                            "rebuilt_only": [False, False, True], "checked": [True, False, False]})
    fig = plots.leader_probability_timeline(history, rebuilt=rebuilt)
    assert [len(line.get_xdata()) for line in _gid(fig, "partly_rebuilt_points:")] == [1]
    assert [len(line.get_xdata()) for line in _gid(fig, "rebuilt_points:")] == [1]
    assert [len(line.get_xdata()) for line in _gid(fig, "repeated_points:")] == [1]
    # downloaded boards are drawn over the rebuilt copies of neighbouring days, never hidden by them
    (hollow,) = _gid(fig, "rebuilt_points:")
    assert min(line.get_zorder() for line in _gid(fig, "leader_points:")) > hollow.get_zorder()
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert legend[-3:] == ["Hollow: rebuilt copy", "Half-filled: partly rebuilt",
                           "Small: same as the board before"]
    csv = fig.data.to_csv(index=False)
    assert "partly rebuilt,no" in csv and "downloaded,yes" in csv and "rebuilt,no" in csv


def test_timeline_alt_text_counts_distinct_boards_with_an_entry_listed_twice() -> None:
    # the 2 October board copied again unchanged on 3 October: two daily copies, one distinct board
    history = _second_listing_history([("2026-10-01", 1108.0), ("2026-10-02", 1110.0),
                                       ("2026-10-03", 1110.0), ("2026-10-04", 1108.0)])
    assert history["listed_twice"].fillna("").ne("").tolist() == [False, True, True, False]
    fig = plots.leader_probability_timeline(history, mark_twice=True)
    assert "On 1 distinct board (2 daily copies) an entry listed twice counts once" in fig.alt_text
