"""Leaderboard charts, tested for what they draw: lines, bars, labels, panels, markers, alt text."""

from __future__ import annotations

import matplotlib.dates as mdates
import pandas as pd
import pytest

from videomarket import leaderboard, plots
from videomarket.plots._leaderboard_bars import board_positions
from videomarket.plots._panels import HOLLOW_FACE

ARENA, POOL = "Artificial Analysis", "text-to-video"
EPOCH_1, EPOCH_2 = "aa-t2v-1", "aa-t2v-2"
BREAK = pd.Timestamp("2026-10-06")


def _rows(date: str, entries: list[tuple], source: str, evidence: str, epoch: str = EPOCH_1) -> list[dict]:
    """entries: (model, model_name, creator, rank, elo, ci half-width or None)."""
    out = []
    for model, name, creator, rank, elo, half in entries:
        out.append({
            "snapshot_date": pd.Timestamp(date), "date_precision": "day", "arena": ARENA, "category": POOL,
            "model": model, "model_name": name, "creator": creator, "rank": rank, "elo": elo,
            "ci_low": None if half is None else elo - half, "ci_high": None if half is None else elo + half,
            "scale_epoch": epoch, "evidence": evidence, "source_id": source,
        })
    return out


def demo_rankings() -> pd.DataFrame:
    """Hand-made, shaped on the AA text-to-video history in arena_history.md (values rounded/illustrative):
    press points (C/B) in Dec 2025 and Jan 2026, daily archive boards (A) in summer 2026, a
    re-anchoring on 2026-10-06."""
    runway = ("runway-gen-4-5", "Runway Gen-4.5", "Runway")
    veo = ("veo-3", "Veo 3", "Google")
    kling = ("kling-2-5-turbo", "Kling 2.5 Turbo", "Kuaishou")
    sora = ("sora-2-pro", "Sora 2 Pro", "OpenAI")
    grok = ("grok-imagine-video", "grok-imagine-video", "xAI")
    gemini = ("gemini-omni-flash", "Gemini Omni Flash", "Google")
    horse = ("happyhorse-1-0", "HappyHorse-1.0", "Alibaba-ATH")
    wan = ("wan-3-0", "Wan 3.0", "Alibaba")
    minimax = ("minimax-h3", "MiniMax H3 (768p)", "MiniMax")
    seed = ("seedance-2-5", "Dreamina Seedance 2.5", "ByteDance Seed")
    rows = _rows("2025-12-01", [(*runway, 1, 1247.0, None), (*veo, 2, 1226.0, None),
                                (*kling, 3, 1225.0, None), (*sora, 4, 1206.0, None)], "press-dec", "C")
    rows += _rows("2026-01-15", [(*grok, 1, 1248.0, None), (*runway, 2, 1240.0, None),
                                 (*veo, 3, 1226.0, None)], "blog-jan", "B")
    for day, shift in (("2026-07-31", 0), ("2026-08-01", 1), ("2026-08-02", -1), ("2026-08-03", 2)):
        rows += _rows(day, [(*gemini, 1, 1322.0 + shift, 7), (*horse, 2, 1286.0, 7), (*grok, 3, 1270.0, 7),
                            (*kling, 4, 1240.0, 7), (*runway, 5, 1212.0 - shift, 7), (*veo, 6, 1200.0, 7)],
                      f"archive-{day}", "A")
    rows += _rows("2026-09-29", [(*wan, 1, 1335.0, 7), (*gemini, 2, 1324.0, 7), (*horse, 3, 1285.0, 7),
                                 (*grok, 4, 1268.0, 7), (*runway, 5, 1213.0, 7)], "archive-2026-09-29", "A")
    for day, shift in (("2026-10-06", 0), ("2026-10-07", 3)):
        rows += _rows(day, [(*wan, 1, 1127.0 + shift, 12), (*minimax, 2, 1116.0, 12),
                            (*seed, 3, 1102.0, 12), (*gemini, 4, 1068.0, 12), (*horse, 5, 1037.0, 12)],
                      f"archive-{day}", "A", EPOCH_2)
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def rankings() -> pd.DataFrame:
    return demo_rankings()


def _lines(fig, prefix: str) -> list:
    return [line for ax in fig.axes for line in ax.get_lines() if (line.get_gid() or "").startswith(prefix)]


def _x_range(line) -> tuple[pd.Timestamp, pd.Timestamp]:
    x = pd.to_datetime(pd.Series(line.get_xdata()))
    return x.min(), x.max()


# --- bump chart -------------------------------------------------------------------------------------------

def test_bump_chart_draws_inverted_ranks_in_one_panel_per_epoch(rankings: pd.DataFrame) -> None:
    history = leaderboard.rank_history(rankings, ARENA, POOL, top_n=5)
    fig = plots.bump_chart(history)
    assert len(fig.axes) == 2  # two scale epochs, two panels
    ax = fig.axes[0]
    low, high = ax.get_ylim()
    assert low > high and high == 0.5 and low == 5.5  # rank 1 at the top
    assert [int(t) for t in ax.get_yticks()] == [1, 2, 3, 4, 5]
    assert "Rank" in ax.get_ylabel() and fig.axes[1].get_xlabel() == "Date of board"
    drawn = {line.get_gid().split(":", 1)[1] for line in _lines(fig, "points:")}
    assert drawn == set(history["model"])


def test_no_line_crosses_the_epoch_break(rankings: pd.DataFrame) -> None:
    figs = [
        plots.bump_chart(leaderboard.rank_history(rankings, ARENA, POOL, top_n=5)),
        plots.rating_trajectories(leaderboard.daily_boards(rankings, ARENA, POOL)),
    ]
    for fig in figs:
        lines = _lines(fig, "path:") + _lines(fig, "points:")
        assert lines
        for line in lines:
            first, last = _x_range(line)
            assert (last < BREAK) or (first >= BREAK), f"{line.get_gid()} spans {first} to {last}"


def test_secondary_evidence_has_hollow_markers_and_dotted_lines(rankings: pd.DataFrame) -> None:
    fig = plots.bump_chart(leaderboard.rank_history(rankings, ARENA, POOL, top_n=5))
    runway_points = [p for p in _lines(fig, "points:runway-gen-4-5") if p.get_label() == "_secondary"]
    assert len(runway_points) == 1 and runway_points[0].get_markerfacecolor() == HOLLOW_FACE
    assert len(runway_points[0].get_xdata()) == 2  # the Dec 2025 press value and the Jan 2026 blog value
    archived = [p for p in _lines(fig, "points:runway-gen-4-5") if p.get_label() == "_archived"]
    assert archived and archived[0].get_markerfacecolor() != HOLLOW_FACE
    # The press values (Dec 2025, Jan 2026) are more than 7 days from any other board: no line joins them.
    for line in _lines(fig, "path:runway-gen-4-5"):
        assert _x_range(line)[0] >= pd.Timestamp("2026-07-31")
    # Boards close together: solid between archived boards, dotted where a press value is involved.
    import matplotlib.pyplot as plt

    from videomarket.plots._panels import draw_path

    _, ax = plt.subplots()
    dates = pd.to_datetime(["2026-07-29", "2026-07-31", "2026-08-01"])
    draw_path(ax, dates, [2.0, 1.0, 1.0], ["C", "A", "A"], model="m", color="black", marker="o",
              max_gap_days=7)
    assert {line.get_linestyle() for line in ax.get_lines() if line.get_gid() == "path:m"} == {"-", ":"}
    plt.close(ax.figure)


def test_bump_chart_breaks_a_line_when_a_model_leaves_the_top_n(rankings: pd.DataFrame) -> None:
    # Veo 3 is in the top 3 in Dec 2025 and Jan 2026, then sixth (outside the top 5) in summer 2026.
    fig = plots.bump_chart(leaderboard.rank_history(rankings, ARENA, POOL, top_n=5))
    for line in _lines(fig, "path:veo-3"):
        assert _x_range(line)[1] <= pd.Timestamp("2026-01-15")


def test_bump_chart_labels_and_alt_text_name_the_leader(rankings: pd.DataFrame) -> None:
    fig = plots.bump_chart(leaderboard.rank_history(rankings, ARENA, POOL, top_n=5))
    labels = {t.get_text() for ax in fig.axes for t in ax.texts if t.get_gid() == "label"}
    assert {"Wan 3.0", "MiniMax H3 (768p)", "Runway Gen-4.5"} <= labels
    assert fig.title_text.startswith("Wan 3.0 is #1")
    assert "Wan 3.0 is #1 on the latest board (7 Oct 2026)" in fig.alt_text
    assert "1 Dec 2025 to 7 Oct 2026" in fig.alt_text and "in 2 panels, one per rating scale" in fig.alt_text
    assert "Lines break where no board was seen for more than 7 days (shaded)" in fig.alt_text
    assert fig.source_text.startswith("Source: Artificial Analysis, text to video (silent) leaderboard")


def test_highlighted_models_that_left_the_top_places_go_to_a_legend(rankings: pd.DataFrame) -> None:
    fig = plots.bump_chart(leaderboard.rank_history(rankings, ARENA, POOL, top_n=3))
    first_panel = fig.axes[0]
    legend = [t.get_text() for t in first_panel.get_legend().get_texts()]
    # each #1 once, outside the top 3 by 29 Sep; then the key to the shaded stretches without a board
    assert legend == ["grok-imagine-video (left the top 3)", "Runway Gen-4.5 (left the top 3)",
                      "no board for more than 7 days"]
    labels = [t.get_text() for t in first_panel.texts if t.get_gid() == "label"]
    # the panel's last board holds Wan, Gemini and HappyHorse; only the highlighted two are labelled
    assert sorted(labels) == ["Gemini Omni Flash", "Wan 3.0"]


# --- rating trajectories ----------------------------------------------------------------------------------

def test_rating_trajectories_draw_one_path_and_ribbon_per_model_and_epoch(rankings: pd.DataFrame) -> None:
    boards = leaderboard.daily_boards(rankings, ARENA, POOL)
    fig = plots.rating_trajectories(boards, models=["wan-3-0", "gemini-omni-flash"])
    left, right = fig.axes
    assert left.get_shared_y_axes().get_siblings(left) == [left]  # own scale per epoch
    # Ribbons break across more than 7 days without a board: on the old scale Gemini Omni Flash has one
    # over 31 Jul to 3 Aug and one over 29 Sep, Wan 3.0 one (29 Sep); on the new scale one each.
    for ax, ribbons_expected in ((left, 3), (right, 2)):
        assert {line.get_gid().split(":")[1] for line in ax.get_lines() if line.get_gid()} == {
            "wan-3-0", "gemini-omni-flash"}
        ribbons = [c for c in ax.collections if c.get_label() == "_interval"
                   and not (c.get_gid() or "").startswith("interval:")]
        assert len(ribbons) == ribbons_expected
    lone = [c.get_gid() for c in left.collections if (c.get_gid() or "").startswith("interval:")]
    assert sorted(lone) == ["interval:gemini-omni-flash", "interval:wan-3-0"]  # 29 Sep stands alone
    assert [p.get_label() for p in left.get_legend().get_patches()] == [
        "95% interval (a bar where a board stands alone)", "no board for more than 7 days"]
    assert "Wan 3.0" in fig.alt_text and "Gemini Omni Flash" in fig.alt_text
    assert fig.title_text.startswith("Wan 3.0 rates highest")
    with pytest.raises(ValueError, match="no rating"):
        plots.rating_trajectories(boards, models=["no-such-model"])


def test_rating_trajectories_default_models_are_the_leaders(rankings: pd.DataFrame) -> None:
    fig = plots.rating_trajectories(leaderboard.daily_boards(rankings, ARENA, POOL))
    drawn = {line.get_gid().split(":")[1] for line in _lines(fig, "points:")}
    assert drawn == {"runway-gen-4-5", "grok-imagine-video", "gemini-omni-flash", "wan-3-0"}


# --- leader timeline --------------------------------------------------------------------------------------

def test_leader_timeline_draws_one_bar_per_spell(rankings: pd.DataFrame) -> None:
    spells = leaderboard.leader_spells(rankings, ARENA, POOL)
    fig = plots.leader_timeline(spells, epoch_breaks=leaderboard.epoch_breaks(rankings, ARENA, POOL))
    ax = fig.axes[0]
    spell_bars = [p for p in ax.patches if (p.get_gid() or "").startswith("spell:")]
    assert len(spell_bars) == len(spells) == 4
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Runway Gen-4.5", "grok-imagine-video", "Gemini Omni Flash", "Wan 3.0"]
    hollow = [p.get_gid() for p in spell_bars if p.get_facecolor() == (1.0, 1.0, 1.0, 1.0)]
    assert hollow == ["spell:runway-gen-4-5", "spell:grok-imagine-video"]  # press/blog only
    assert all(p.get_hatch() for p in spell_bars if p.get_gid() in hollow)
    unobserved = [p for p in ax.patches if (p.get_gid() or "").startswith("unobserved:")]
    assert len(unobserved) == 3  # every spell but the ongoing one
    assert len([line for line in ax.get_lines() if line.get_gid() == "epoch-break"]) == 1
    labels = [t.get_text() for t in ax.texts if t.get_gid() == "label"]
    assert labels == ["1 board, 1 Dec 2025", "1 board, 15 Jan 2026", "4 boards over 4 days",
                      "3 boards over 9 days"]  # no "(contested)"
    spells_odds = leaderboard.spell_odds(rankings, ARENA, POOL)
    with_odds = plots.leader_timeline(spells_odds).axes[0]
    texts = [t.get_text() for t in with_odds.texts if t.get_gid() == "label"]
    # a label that fits on neither side of its bar goes on two lines instead of running off the axes
    assert texts[1] == "1 board,\n15 Jan 2026, no intervals"
    labels = [t.replace("\n", " ") for t in texts]
    lowest = spells_odds["p_leader_min"].iloc[-1]
    assert labels[:3] == ["1 board, 1 Dec 2025, no intervals", "1 board, 15 Jan 2026, no intervals",
                          "4 boards over 4 days, lowest chance >99%"]
    assert 0.5 < lowest < 0.995 and labels[-1] == f"3 boards over 9 days, lowest chance {lowest:.0%}"


def test_leader_timeline_text_states_current_leader(rankings: pd.DataFrame) -> None:
    fig = plots.leader_timeline(leaderboard.leader_spells(rankings, ARENA, POOL))
    assert fig.title_text == ("Wan 3.0 has been #1 since 29 Sep 2026 (a rival's interval overlaps its own, "
                              "or the top is shared); 4 models led since Dec 2025")
    assert "Current leader: Wan 3.0" in fig.alt_text and "4 runs at #1 by 4 models" in fig.alt_text
    assert "Longest observed run: Wan 3.0 (3 boards over 9 days)" in fig.alt_text
    assert "spell" not in fig.alt_text


def test_leader_timeline_title_carries_the_probability_of_the_lead(rankings: pd.DataFrame) -> None:
    spells = leaderboard.spell_odds(rankings, ARENA, POOL)
    fig = plots.leader_timeline(spells)
    p = spells["p_leader_last"].iloc[-1]
    assert 0.5 < p < 0.995
    assert fig.title_text.startswith(f"Wan 3.0 has been #1 since 29 Sep 2026 (about {p:.0%} likely truly #1 "
                                     "on its latest board, every listing counted as a model, if intervals "
                                     "are independent)")


def test_leader_timeline_colours_developers_as_parent_companies() -> None:
    # HappyHorse (labelled Alibaba-ATH) and Wan (Alibaba) are one developer: one colour, one legend entry;
    # fal's post-trained MiniMax H3 Max counts for MiniMax, not for the hosting platform.
    spells = pd.DataFrame({
        "model": ["horse", "wan", "h3max"], "model_name": ["HappyHorse-1.0", "Wan 3.0", "MiniMax H3 Max"],
        "creator": ["Alibaba-ATH", "Alibaba", "Fal"], "start": pd.to_datetime(["2026-04-08", "2026-09-03",
                                                                                "2026-10-01"]),
        "end": pd.to_datetime(["2026-06-25", "2026-09-30", "2026-10-10"]), "days": [79, 28, 10],
        "evidence": ["A", "A", "A"], "contested": [False, False, False],
    })
    fig = plots.leader_timeline(spells)
    ax = fig.axes[0]
    bars = {p.get_gid(): p.get_facecolor() for p in ax.patches if (p.get_gid() or "").startswith("spell:")}
    assert bars["spell:horse"] == bars["spell:wan"] != bars["spell:h3max"]
    from matplotlib.legend import Legend

    keys = {lg.get_title().get_text(): [t.get_text() for t in lg.get_texts()]
            for lg in ax.get_children() if isinstance(lg, Legend)}
    bars_key = "Bars (textures below)"  # colour is the developer's, so the bars' key explains textures only
    assert set(keys) == {bars_key, "Developer"} and ax.get_legend().get_title().get_text() == bars_key
    legend = keys["Developer"]
    assert "Alibaba" in legend and "MiniMax" in legend and "Alibaba-ATH" not in legend and "Fal" not in legend


# --- creator share ----------------------------------------------------------------------------------------

def test_creator_share_chart_stacks_one_bar_series_per_developer(rankings: pd.DataFrame) -> None:
    share = leaderboard.creator_share(rankings, ARENA, POOL, top_n=5)
    fig = plots.creator_share_chart(share, max_creators=20)  # capped at 8 coloured developers
    ax = fig.axes[0]
    series = {c.get_label(): c for c in ax.containers}
    developers = set(share["creator"])
    # parent companies: Alibaba-ATH (HappyHorse) counts for Alibaba, ByteDance Seed for ByteDance
    assert len(developers) == 8 and set(series) == developers
    pooled = plots.creator_share_chart(share, max_creators=5).axes[0]
    kept = {c.get_label() for c in pooled.containers}
    assert len(kept) == 6 and "Other developers" in kept and kept - {"Other developers"} < developers
    colours = [c.patches[0].get_facecolor()[:3] for c in series.values()]
    assert len(set(colours)) == len(colours)  # every developer its own colour
    boards = share["snapshot_date"].nunique()
    assert all(len(c.patches) == boards for c in series.values())
    # stacked heights on each board add up to the places the board shows (5, fewer on the press copies)
    tops = pd.DataFrame({k: [p.get_height() for p in c.patches] for k, c in series.items()}).sum(axis=1)
    known = share.drop_duplicates("snapshot_date").sort_values("snapshot_date")["top_places_known"]
    assert tops.tolist() == known.astype(float).tolist()
    widths = {round(p.get_width(), 6) for c in series.values() for p in c.patches}
    assert widths == {0.9}  # one equal-width bar per board, whatever the days between boards
    hatched = [p for p in series["Runway"].patches if p.get_hatch()]
    assert len(hatched) == 2  # the two secondary-source boards
    assert ax.get_ylim() == (0.0, 5.3) and ax.get_ylabel() == "Places among the top 5"
    assert "Latest board (7 Oct 2026)" in fig.alt_text and "Alibaba 2" in fig.alt_text  # Wan + HappyHorse
    assert "Google" in [t.get_text() for t in ax.get_legend().get_texts()]


def test_creator_share_pools_minor_developers(rankings: pd.DataFrame) -> None:
    share = leaderboard.creator_share(rankings, ARENA, POOL, top_n=5)
    # By parent company Alibaba (Wan and HappyHorse) holds the most top-5 places (10 over 9 boards).
    fig = plots.creator_share_chart(share, max_creators=1)
    names = [c.get_label() for c in fig.axes[0].containers]
    assert names == ["Alibaba", "Other developers"]
    assert "Other developers" not in fig.title_text
    assert fig.title_text == ("Alibaba held the most of the top 5 places on average: 1.1 per board over 9 "
                              "boards")
    heights = [p.get_height() for p in fig.axes[0].containers[1].patches]
    assert heights[-1] == 3  # everyone but Alibaba's two on the last board
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert legend[:2] == ["Alibaba", "Other developers (7)"]


# --- every chart ------------------------------------------------------------------------------------------

def test_every_chart_has_title_source_alt_and_renders_deterministically(rankings: pd.DataFrame) -> None:
    makers = [
        lambda: plots.bump_chart(leaderboard.rank_history(rankings, ARENA, POOL, top_n=5)),
        lambda: plots.rating_trajectories(leaderboard.daily_boards(rankings, ARENA, POOL)),
        lambda: plots.leader_timeline(leaderboard.leader_spells(rankings, ARENA, POOL)),
        lambda: plots.creator_share_chart(leaderboard.creator_share(rankings, ARENA, POOL, top_n=5)),
    ]
    for make in makers:
        fig = make()
        assert fig.title_text and fig.source_text.startswith("Source:") and len(fig.alt_text) > 80
        bundle, metadata = fig._repr_mimebundle_()
        assert metadata["image/png"]["alt"] == fig.alt_text
        assert bundle["image/png"] == make().to_png_bytes()  # a second drawing, the same bytes


def test_caller_text_overrides_and_bad_tables_are_refused(rankings: pd.DataFrame) -> None:
    history = leaderboard.rank_history(rankings, ARENA, POOL, top_n=5)
    fig = plots.bump_chart(history, title="My finding", source="My source", alt="My description")
    assert (fig.title_text, fig.source_text, fig.alt_text) == (
        "My finding", "Source: My source", "My description")
    with pytest.raises(ValueError, match="lacks column"):
        plots.bump_chart(history.drop(columns="scale_epoch"))
    with pytest.raises(ValueError, match="empty"):
        plots.leader_timeline(leaderboard.leader_spells(rankings, ARENA, POOL).iloc[0:0])


# --- readability on real-sized boards (label overlap, narrow panels, legends) ----------------------------

def _overlap(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def _laid_out(fig):
    """The figure as the report draws it (layout frozen by the PNG export), measured at its own dpi."""
    fig.to_png_bytes()
    fig.draw_without_rendering()  # extents cached by the 150-dpi export are padded; measure afresh
    return fig


def _label_boxes(fig) -> list:
    _laid_out(fig)
    return [(t.get_text(), t.get_window_extent())
            for ax in fig.axes for t in ax.texts if t.get_gid() == "label"]


def _tied_board() -> pd.DataFrame:
    """The AA text-to-video board of 6 Oct 2026 in miniature: two models share rank 2 at the same rating."""
    entries = [("wan-3-0", "Wan 3.0", "Alibaba", 1, 1127.0, 12),
               ("minimax-h3-768p", "MiniMax H3 (768p)", "MiniMax", 2, 1116.0, 12),
               ("minimax-h3-max", "MiniMax H3 Max (based on MiniMax H3)", "Fal", 2, 1116.0, 12),
               ("seedance-2-5", "Dreamina Seedance 2.5", "ByteDance Seed", 4, 1114.0, 12)]
    rows = _rows("2026-10-04", entries, "a-1004", "A") + _rows("2026-10-06", entries, "a-1006", "A")
    return pd.DataFrame(rows)


def _as_published(board: pd.DataFrame, top_n: int) -> pd.DataFrame:
    """The top of each board as published, a repeat at a shared rank included (rank_history counts such a
    repeat once): the chart must still draw shared ranks without clashing labels."""
    boards = leaderboard.daily_boards(board, ARENA, POOL)
    return boards[(boards["rank"] <= top_n).fillna(False)].reset_index(drop=True)


def test_labels_of_shared_ranks_and_close_ratings_do_not_overlap() -> None:
    board = _tied_board()
    bump = plots.bump_chart(_as_published(board, 4),
                            highlight=["wan-3-0", "minimax-h3-768p", "minimax-h3-max", "seedance-2-5"])
    trajectories = plots.rating_trajectories(leaderboard.daily_boards(board, ARENA, POOL),
                                             models=["wan-3-0", "minimax-h3-768p", "minimax-h3-max",
                                                     "seedance-2-5"])
    for fig in (bump, trajectories):
        boxes = _label_boxes(fig)
        assert len(boxes) == 4
        clashes = [(a, b) for i, (a, box_a) in enumerate(boxes) for b, box_b in boxes[i + 1:]
                   if _overlap(box_a, box_b)]
        assert not clashes, f"overlapping labels: {clashes}"


def test_spread_labels_keeps_labels_near_their_lines() -> None:
    bump = _laid_out(plots.bump_chart(leaderboard.rank_history(_tied_board(), ARENA, POOL, top_n=4)))
    ax = bump.axes[0]
    row_height = abs(ax.transData.transform((0, 1))[1] - ax.transData.transform((0, 2))[1])
    for text in (t for t in ax.texts if t.get_gid() == "label"):
        anchor = ax.transData.transform((0, text.xy[1]))[1]
        centre = (text.get_window_extent().y0 + text.get_window_extent().y1) / 2
        assert abs(centre - anchor) < row_height, text.get_text()  # moved apart, not away from its rank


def test_narrow_re_anchored_panel_keeps_its_title_inside_the_figure() -> None:
    long_epoch_1, long_epoch_2 = "aa-text-to-video-audio-1", "aa-text-to-video-audio-2"
    model = ("wan-3-0", "Wan 3.0", "Alibaba")
    rows = []
    for day in pd.date_range("2026-07-23", "2026-09-14", freq="7D"):
        rows += _rows(str(day.date()), [(*model, 1, 1240.0, 8)], f"a-{day.date()}", "A", long_epoch_1)
    for day in ("2026-10-04", "2026-10-06"):
        rows += _rows(day, [(*model, 1, 1156.0, 9)], f"a-{day}", "A", long_epoch_2)
    fig = _laid_out(plots.rating_trajectories(pd.DataFrame(rows), models=["wan-3-0"]))
    width = fig.bbox.width
    for ax in fig.axes:
        title = ax.title if ax.title.get_text() else ax._left_title
        box = title.get_window_extent()
        assert box.x0 >= 0 and box.x1 <= width, f"panel title {title.get_text()!r} leaves the figure"
    assert "After the" in fig.axes[1]._left_title.get_text()


def test_timeline_legend_sits_below_the_x_label_in_a_short_chart() -> None:
    spells = pd.DataFrame({
        "model": ["gemini-omni-flash", "wan-3-0"], "model_name": ["Gemini Omni Flash", "Wan 3.0"],
        "creator": ["Google", "Alibaba"], "start": pd.to_datetime(["2026-07-23", "2026-08-20"]),
        "end": pd.to_datetime(["2026-08-18", "2026-10-06"]), "days": [27, 48], "evidence": ["A", "A"],
        "contested": [True, True], "next_start": pd.to_datetime(["2026-08-20", None]),
    })
    fig = _laid_out(plots.leader_timeline(spells))
    ax = fig.axes[0]
    legend, label = ax.get_legend().get_window_extent(), ax.xaxis.label.get_window_extent()
    assert legend.y1 <= label.y0, "the legend covers the x-axis label"
    assert legend.y0 >= 0, "the legend falls off the figure"


def test_bump_chart_legend_of_departed_models_is_outside_the_plot_area(rankings: pd.DataFrame) -> None:
    fig = _laid_out(plots.bump_chart(leaderboard.rank_history(rankings, ARENA, POOL, top_n=3)))
    ax = fig.axes[0]
    assert ax.get_legend().get_window_extent().y1 <= ax.get_window_extent().y0


def test_highlighted_model_without_a_developer_colour_stands_out_from_context_lines() -> None:
    from videomarket.plots._style import MUTED_COLOR

    board = _tied_board()
    fig = plots.bump_chart(_as_published(board, 4),
                           highlight=["wan-3-0", "minimax-h3-max"])
    featured = _lines(fig, "points:minimax-h3-max")[0].get_color()
    context = _lines(fig, "points:seedance-2-5")[0].get_color()
    assert context == MUTED_COLOR and featured not in (MUTED_COLOR, "#999999")


def test_rating_axis_ticks_are_whole_points() -> None:
    # Wan 3.0 on the two re-anchored AA text-to-video-audio boards: 1156 +- 9 gave ticks at 1162.5 etc.
    rows = [row for day in ("2026-10-04", "2026-10-06")
            for row in _rows(day, [("wan-3-0", "Wan 3.0", "Alibaba", 1, 1156.0, 9)], f"a-{day}", "A")]
    fig = _laid_out(plots.rating_trajectories(pd.DataFrame(rows), models=["wan-3-0"]))
    ticks = fig.axes[0].get_yticks()
    assert len(ticks) >= 2 and all(float(t).is_integer() for t in ticks)


def test_re_anchoring_rule_falls_between_the_boards_not_through_a_bar(rankings: pd.DataFrame) -> None:
    import matplotlib.dates as mdates

    def rule_x(ax) -> float:
        (rule,) = [line for line in ax.get_lines() if line.get_gid() == "epoch-break"]
        x = rule.get_xdata()[0]
        return x if isinstance(x, float) else float(mdates.date2num(pd.Timestamp(x)))

    last_old, first_new = (float(mdates.date2num(d)) for d in (pd.Timestamp("2026-09-29"), BREAK))
    share = leaderboard.creator_share(rankings, ARENA, POOL, top_n=5)
    share_fig = plots.creator_share_chart(share)
    breaks = leaderboard.epoch_breaks(rankings, ARENA, POOL)
    spells = leaderboard.leader_spells(rankings, ARENA, POOL)
    timeline_fig = plots.leader_timeline(spells, epoch_breaks=breaks)
    assert last_old < rule_x(timeline_fig.axes[0]) < first_new
    # the share chart places boards one apart, in date order: the rule sits between 29 Sep and 6 Oct
    dates = pd.DatetimeIndex(sorted(share["snapshot_date"].unique()))
    positions = dict(zip(dates, board_positions(dates), strict=True))
    x = rule_x(share_fig.axes[0])
    assert positions[pd.Timestamp("2026-09-29")] < x < positions[BREAK]
    bars = [p for c in share_fig.axes[0].containers for p in c.patches]
    assert not [p for p in bars if p.get_x() < x < p.get_x() + p.get_width()]


def test_timeline_bar_labels_stay_inside_the_figure() -> None:
    # The AA text-to-video spells since Dec 2025: the last spell's "27 d (contested)" ran off the right edge.
    spells = pd.DataFrame({
        "model": ["runway", "grok", "horse", "gemini", "wan"],
        "model_name": ["Runway Gen-4.5", "grok-imagine-video", "HappyHorse-1.0", "Gemini Omni Flash",
                       "Wan 3.0"],
        "creator": ["Runway", "xAI", "Alibaba-ATH", "Google", "Alibaba"],
        "start": pd.to_datetime(["2025-12-01", "2026-01-29", "2026-04-08", "2026-07-23", "2026-09-10"]),
        "end": pd.to_datetime(["2025-12-20", "2026-01-29", "2026-04-15", "2026-09-02", "2026-10-06"]),
        "days": [20, 1, 8, 42, 27], "evidence": ["B", "C", "B", "A", "A"],
        "contested": [False, False, False, True, True],
        "next_start": pd.to_datetime(["2026-01-29", "2026-04-08", "2026-07-23", "2026-09-10", None]),
    })
    fig = _laid_out(plots.leader_timeline(spells))
    labels = [t for t in fig.axes[0].texts if t.get_gid() == "label"]
    assert len(labels) == 5
    for text in labels:  # 15 px clear of the edge: glyph widths at the export's 150 dpi differ slightly
        assert text.get_window_extent().x1 <= fig.bbox.width - 15, f"{text.get_text()!r} leaves the figure"


def test_share_legend_lists_the_secondary_hatch_only_when_drawn(rankings: pd.DataFrame) -> None:
    share = leaderboard.creator_share(rankings, ARENA, POOL, top_n=5)
    with_press = [t.get_text() for t in plots.creator_share_chart(share).axes[0].get_legend().get_texts()]
    archived = share[share["evidence"] == "A"]
    legend = plots.creator_share_chart(archived).axes[0].get_legend()
    archive_only = [t.get_text() for t in legend.get_texts()]
    assert "secondary source" in with_press and "secondary source" not in archive_only


def test_intervals_between_boards_without_them_stay_visible() -> None:
    # AA image-to-video, autumn 2026: archived copies with intervals alternate with top-8 copies without.
    rows = []
    for day, half in (("2026-09-12", 10), ("2026-09-14", 10), ("2026-09-29", None), ("2026-10-04", 11),
                      ("2026-10-05", None), ("2026-10-06", 11)):
        rows += _rows(day, [("gemini-omni-flash", "Gemini Omni Flash", "Google", 1, 1368.0, half)],
                      f"s-{day}", "A")
    fig = plots.rating_trajectories(pd.DataFrame(rows), models=["gemini-omni-flash"])
    ax = fig.axes[0]
    (bars,) = [c for c in ax.collections if c.get_gid() == "interval:gemini-omni-flash"]
    assert len(bars.get_segments()) == 2  # 4 and 6 October: each alone between boards without intervals


# --- rebuilt boards, one colour per model, plain CSVs ----------------------------------------------------

REBUILT = pd.DataFrame({"arena": ARENA, "category": POOL,
                        "snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-07", "2026-08-02"]),
                        "rebuilt_only": [True, True, False], "checked": [False, False, True]})


def _rebuilt_bands(fig) -> list:
    return [p for ax in fig.axes for p in ax.patches if p.get_gid() == "rebuilt"]


def test_rebuilt_boards_get_one_hatched_band_per_stretch_and_a_legend_key(rankings: pd.DataFrame) -> None:
    history = leaderboard.rank_history(rankings, ARENA, POOL, top_n=5)
    fig = plots.bump_chart(history, rebuilt=REBUILT)
    bands = _rebuilt_bands(fig)
    assert len(bands) == 1 and bands[0].get_hatch()  # 6 and 7 October: one stretch; 2 August only partly
    keys = [t.get_text() for ax in fig.axes if ax.get_legend() for t in ax.get_legend().get_texts()]
    assert "rebuilt copies only" in keys
    assert not _rebuilt_bands(plots.bump_chart(history))
    copies = dict(zip(fig.data["snapshot_date"], fig.data["evidence"], strict=False))
    assert copies[pd.Timestamp("2026-10-07")] == "rebuilt, not verified"  # no grade letter for a rebuilt copy
    assert copies[pd.Timestamp("2026-08-02")] == "partly rebuilt, not verified"
    assert copies[pd.Timestamp("2026-09-29")] == "A"
    assert "copy" not in fig.data.columns  # one column says how each row was seen
    assert not {"source_id", "scale_epoch", "model"} & set(fig.data.columns)  # no internal ids in the CSV
    timeline = plots.leader_timeline(leaderboard.leader_spells(rankings, ARENA, POOL), rebuilt=REBUILT)
    # the hatching covers only the rebuilt part of the run's own bar, not every row of the chart
    bands = _rebuilt_bands(timeline)
    assert len(bands) == 1 and bands[0].get_height() == pytest.approx(0.6)
    assert "cross-hatch: rebuilt copies only" in [
        t.get_text() for t in timeline.axes[0].get_legend().get_texts()]
    # the axis ends near the last board, not months after it
    last = mdates.date2num(leaderboard.leader_spells(rankings, ARENA, POOL)["end"].max())
    assert timeline.axes[0].get_xlim()[1] - last < 30
    assert not {"source_id", "model"} & set(timeline.data.columns)


def test_model_colors_keep_one_colour_per_model_in_every_chart(rankings: pd.DataFrame) -> None:
    spells = leaderboard.leader_spells(rankings, ARENA, POOL)
    history = leaderboard.rank_history(rankings, ARENA, POOL, top_n=5)
    colors = plots.model_colors(rankings, spells["model"].tolist()[::-1], history)
    assert list(colors)[:4] == ["wan-3-0", "gemini-omni-flash", "grok-imagine-video", "runway-gen-4-5"]
    assert len(set(colors.values())) == len(colors)
    timeline = plots.leader_timeline(spells, colors=colors)
    bars = {p.get_gid(): p.get_edgecolor() for p in timeline.axes[0].patches
            if (p.get_gid() or "").startswith("spell:")}
    from matplotlib.colors import to_rgba
    assert bars["spell:wan-3-0"] == to_rgba(colors["wan-3-0"])
    bump = plots.bump_chart(history, colors=colors)
    wan = [line for ax in bump.axes for line in ax.get_lines() if line.get_gid() == "rank:wan-3-0"
           or (line.get_gid() or "").endswith("wan-3-0")]
    assert wan and all(to_rgba(line.get_color()) == to_rgba(colors["wan-3-0"]) for line in wan)
    drift = plots.rating_trajectories(leaderboard.daily_boards(rankings, ARENA, POOL),
                                      models=["wan-3-0", "gemini-omni-flash"], colors=colors)
    lines = [line for ax in drift.axes for line in ax.get_lines()
             if (line.get_gid() or "").endswith("wan-3-0")]
    assert lines and all(to_rgba(line.get_color()) == to_rgba(colors["wan-3-0"]) for line in lines)


def test_share_chart_csv_has_percentages_and_no_ids_and_ticks_carry_the_year(rankings: pd.DataFrame) -> None:
    share = leaderboard.creator_share(rankings[rankings["evidence"] == "A"], ARENA, POOL, 5)
    fig = plots.creator_share_chart(share[share["complete"]])
    assert "share_of_top_places_(%)" in fig.data.columns and "share" not in fig.data.columns
    assert fig.data["share_of_top_places_(%)"].max() <= 100 and fig.data["share_of_top_places_(%)"].max() > 1
    assert not {"source_id", "scale_epoch"} & set(fig.data.columns)
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert labels and all(label[-4:].isdigit() for label in labels)


def test_chart_csv_ranks_share_a_place_for_equal_ratings() -> None:
    from videomarket.plots._leaderboard import tied_ranks

    table = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30"] * 3 + ["2026-10-01"]),
                          "elo": [1240.0, 1230.0, 1230.0, None], "rank": [8, 9, 10, 4]})
    assert tied_ranks(table)["rank"].tolist() == [8, 9, 9, 4]  # the board's ranks; no rating: kept


def test_a_run_label_says_about_the_days_when_a_date_is_approximate() -> None:
    from videomarket.plots._leaderboard_bars import run_label

    run = pd.Series({"start": pd.Timestamp("2025-12-01"), "end": pd.Timestamp("2025-12-20"), "days": 20,
                     "n_snapshots": 2, "p_leader_min": None, "start_precision": "day",
                     "end_precision": "approx"})
    assert run_label(run) == "2 boards over about 20 days, no intervals"  # as the tables say it
    assert run_label(run.replace("approx", "day")) == (
        "2 boards over 20 days, no intervals")


def test_timeline_data_grade_says_which_boards_were_rebuilt() -> None:
    from videomarket.plots._leaderboard_bars import _runs_marked

    runs = pd.DataFrame({"model": ["g", "w"], "start": pd.to_datetime(["2026-07-23", "2026-09-03"]),
                         "end": pd.to_datetime(["2026-09-02", "2026-10-10"]), "evidence": ["A", "A"],
                         "n_snapshots": [3, 2], "start_precision": "day", "end_precision": "day"})
    rebuilt = list(pd.to_datetime(["2026-07-23", "2026-08-10", "2026-09-03", "2026-10-10"]))
    marked = _runs_marked(runs, rebuilt)
    assert marked["evidence"].tolist() == ["A on 1 of 3 boards, the rest rebuilt", "rebuilt, not verified"]
    assert marked["boards_rebuilt,_not_verified"].tolist() == [2, 2]
    # a press-only run keeps its grade
    assert _runs_marked(runs.assign(evidence=["B", "A"]), [])["evidence"].tolist() == ["B", "A"]


def test_share_chart_marks_rebuilt_boards_above_the_bars_without_hatching() -> None:
    days = pd.to_datetime(["2026-10-06", "2026-10-07"])
    share = pd.DataFrame({"snapshot_date": list(days) * 2, "creator": ["A", "A", "B", "B"],
                          "places": [6, 6, 4, 4], "top_places_known": 10, "share": [0.6, 0.6, 0.4, 0.4],
                          "evidence": "A", "arena": "Artificial Analysis", "category": "text-to-video"})
    rebuilt = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
                            "snapshot_date": days, "rebuilt_only": [False, True], "checked": [False, False]})
    fig = plots.creator_share_chart(share, rebuilt=rebuilt)
    ax = fig.axes[0]
    assert not any(p.get_hatch() for p in ax.patches)  # the developers' colours stay plain
    marks = [p for p in ax.patches if p.get_gid() == "rebuilt-mark"]
    assert len(marks) == 1 and marks[0].get_y() > 10  # one mark, above the 10 places of the rebuilt board
    assert "Grey mark above a bar:\nboard rebuilt from text,\nnot verified" in [
        t.get_text() for t in ax.get_legend().get_texts()]
    assert ("A grey mark above a bar: the board was rebuilt from text, not verified (1 of the 2 boards)."
            in fig.alt_text)


def test_rebuilt_hatching_spans_rebuilt_boards_a_few_days_apart_until_a_downloaded_one() -> None:
    spells = pd.DataFrame({"model": ["g"], "model_name": ["G"], "creator": ["Google"], "arena": ARENA,
                           "category": POOL, "start": pd.to_datetime(["2026-08-01"]),
                           "end": pd.to_datetime(["2026-08-21"]), "evidence": ["A"], "days": [21],
                           "n_snapshots": [6]})
    boards = pd.to_datetime(["2026-08-01", "2026-08-05", "2026-08-09", "2026-08-13", "2026-08-17",
                             "2026-08-21"])
    rebuilt = pd.DataFrame({"arena": ARENA, "category": POOL, "snapshot_date": boards.delete(3),
                            "rebuilt_only": True, "checked": False})  # 13 August was downloaded
    bands = _rebuilt_bands(plots.leader_timeline(spells, rebuilt=rebuilt, boards=boards))
    # 1–9 August one stretch, then 17–21 August: the solid colour shows only the downloaded board's days
    assert [round(b.get_width()) for b in bands] == [9, 5]
    assert len(_rebuilt_bands(plots.leader_timeline(spells, rebuilt=rebuilt))) == 5  # without the boards


def test_an_archived_run_begun_on_a_press_page_starts_hollow_and_hatched() -> None:
    spells = pd.DataFrame({"model": ["h"], "model_name": ["H"], "creator": ["Alibaba"], "arena": ARENA,
                           "category": POOL, "start": pd.to_datetime(["2026-04-08"]),
                           "end": pd.to_datetime(["2026-06-25"]), "evidence": ["A"], "days": [79],
                           "n_snapshots": [3]})
    archived = pd.to_datetime(["2026-04-10", "2026-06-25"])
    fig = plots.leader_timeline(spells, archived=archived)
    (part,) = [p for p in fig.axes[0].patches if p.get_gid() == "secondary-start:h"]
    assert round(part.get_width()) == 2 and part.get_hatch()  # 8–9 April: the press page's days only
    first = plots.leader_timeline(spells, archived=archived.insert(0, pd.Timestamp("2026-04-08")))
    assert not [p for p in first.axes[0].patches if (p.get_gid() or "").startswith("secondary-start")]
