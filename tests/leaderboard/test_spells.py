"""Leaderboard analytics on small hand-made tables: spells, changes, ties, gaps, epochs, drift, shares."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from videomarket import data, leaderboard
from videomarket.leaderboard import (
    creator_share,
    daily_boards,
    daily_leaders,
    epoch_breaks,
    lead_changes,
    leader_spells,
    rank_history,
    rating_drift,
)

ARENA, POOL = "Artificial Analysis", "text-to-video"


def board(date: str, rows: list[tuple], *, source: str = "archive", evidence: str = "A", epoch: str = "e1",
          arena: str = ARENA, category: str = POOL, precision: str = "day") -> list[dict]:
    """rows: (model, rank, elo, ci_half_width or None[, creator[, model_name]])."""
    out = []
    for row in rows:
        model, rank, elo, half = row[:4]
        creator = row[4] if len(row) > 4 else "Lab " + model
        name = row[5] if len(row) > 5 else model.upper()
        out.append({
            "snapshot_date": pd.Timestamp(date), "date_precision": precision, "arena": arena,
            "category": category,
            "model": model, "model_name": name, "creator": creator, "rank": rank, "elo": elo,
            "ci_low": None if half is None or elo is None else elo - half,
            "ci_high": None if half is None or elo is None else elo + half,
            "appearances": None, "scale_epoch": epoch, "evidence": evidence, "source_id": source,
        })
    return out


def table(*boards: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame([row for b in boards for row in b])
    frame["rank"] = frame["rank"].astype("Int64")
    for column in ("elo", "ci_low", "ci_high"):
        frame[column] = frame[column].astype("Float64")
    return frame


def spells_of(t: pd.DataFrame) -> list[tuple[str, str, str]]:
    s = leader_spells(t, ARENA, POOL)
    return [(r.model, r.start.strftime("%m-%d"), r.end.strftime("%m-%d")) for r in s.itertuples()]


# --- lead changes -----------------------------------------------------------------------------------

def test_lead_change_detected_with_margin_on_the_new_board() -> None:
    t = table(
        board("2026-01-01", [("a", 1, 1250.0, 5), ("b", 2, 1230.0, 5), ("c", 3, 1200.0, 5)]),
        board("2026-01-02", [("a", 1, 1251.0, 5), ("b", 2, 1232.0, 5)]),
        board("2026-01-05", [("b", 1, 1260.0, 5), ("c", 2, 1245.0, 5), ("a", 3, 1240.0, 5)]),
    )
    changes = lead_changes(t, ARENA, POOL)
    assert len(changes) == 1
    change = changes.iloc[0]
    assert (change["date"], change["new_leader"], change["previous_leader"]) == (
        pd.Timestamp("2026-01-05"), "b", "a")
    assert change["margin"] == 15.0  # over c, the best other model that day
    assert change["margin_over_previous"] == 20.0
    assert change["previous_rank"] == 3
    assert change["previous_last_seen"] == pd.Timestamp("2026-01-02") and change["gap_days"] == 3
    assert not change["epoch_break"] and not change["contested"]


def test_no_change_when_the_leader_stays() -> None:
    t = table(board("2026-01-01", [("a", 1, 1250.0, None)]), board("2026-01-02", [("a", 1, 1240.0, None)]))
    assert lead_changes(t, ARENA, POOL).empty
    assert spells_of(t) == [("a", "01-01", "01-02")]


# --- gaps and boards without a leader ------------------------------------------------------------------

def test_gap_in_dates_does_not_break_a_spell() -> None:
    t = table(
        board("2026-01-01", [("a", 1, 1250.0, None), ("b", 2, 1200.0, None)]),
        board("2026-01-21", [("a", 1, 1255.0, None), ("b", 2, 1210.0, None)]),
    )
    spell = leader_spells(t, ARENA, POOL).iloc[0]
    assert (spell["days"], spell["n_snapshots"], spell["max_gap_days"]) == (21, 2, 20)
    assert spell["ongoing"] and pd.isna(spell["next_start"])


def test_board_without_rank_one_row_neither_breaks_nor_extends_a_spell() -> None:
    t = table(
        board("2026-01-01", [("a", 1, 1250.0, None), ("b", 2, 1240.0, None)]),
        board("2026-01-02", [("b", 3, 1240.0, None), ("c", 4, 1230.0, None)], source="partial-list"),
        board("2026-01-03", [("a", 1, 1251.0, None), ("b", 2, 1241.0, None)]),
        board("2026-01-04", [("c", 5, 1230.0, None)], source="partial-list"),
    )
    assert spells_of(t) == [("a", "01-01", "01-03")]
    assert list(daily_leaders(t, ARENA, POOL)["snapshot_date"].dt.day) == [1, 3]


# --- leaving and coming back ----------------------------------------------------------------------------

def test_model_that_leaves_and_returns_gets_a_new_spell() -> None:
    t = table(
        board("2026-01-01", [("a", 1, 1250.0, None), ("b", 2, 1240.0, None)]),
        board("2026-01-02", [("b", 1, 1252.0, None), ("a", 2, 1249.0, None)]),
        board("2026-01-04", [("a", 1, 1256.0, None), ("b", 2, 1250.0, None)]),
    )
    assert spells_of(t) == [("a", "01-01", "01-01"), ("b", "01-02", "01-02"), ("a", "01-04", "01-04")]
    spells = leader_spells(t, ARENA, POOL)
    assert list(spells["next_start"].dt.day.iloc[:2]) == [2, 4]
    assert list(spells["ongoing"]) == [False, False, True]
    assert list(lead_changes(t, ARENA, POOL)["new_leader"]) == ["b", "a"]


def test_renamed_variant_keeps_its_spell_and_shows_the_latest_name() -> None:
    t = table(
        board("2026-01-01", [("runway-gen-4-5", 1, 1247.0, None, "Runway", "David")]),
        board("2026-01-02", [("runway-gen-4-5", 1, 1245.0, None, "Runway", "Runway Gen-4.5")]),
    )
    spells = leader_spells(t, ARENA, POOL)
    assert len(spells) == 1 and spells.iloc[0]["model_name"] == "Runway Gen-4.5"


# --- ties at the top ------------------------------------------------------------------------------------

def test_overlapping_interval_marks_the_spell_contested_without_breaking_it() -> None:
    t = table(
        board("2026-01-01", [("a", 1, 1250.0, 5), ("b", 2, 1230.0, 5), ("c", 3, 1220.0, 5)]),
        board("2026-01-02", [("a", 1, 1246.0, 7), ("b", 2, 1236.0, 7), ("c", 3, 1220.0, 5)]),
        board("2026-01-03", [("a", 1, 1250.0, 5), ("b", 2, 1230.0, 5)]),
    )
    leaders = daily_leaders(t, ARENA, POOL)
    assert list(leaders["contested"]) == [False, True, False]
    assert leaders.iloc[1]["tied_with"] == "b" and leaders.iloc[1]["margin"] == 10.0
    spell = leader_spells(t, ARENA, POOL).iloc[0]
    assert spell["contested"] and spell["n_contested"] == 1 and spell["tied_with"] == "b"
    assert spell["n_snapshots"] == 3 and (spell["min_margin"], spell["max_margin"]) == (10.0, 20.0)


def test_equal_top_rating_keeps_yesterdays_leader_and_reports_the_tie() -> None:
    t = table(
        board("2026-01-01", [("b", 1, 1250.0, None), ("a", 2, 1240.0, None)]),
        # a board with both at rank 1 and the same rating: b (yesterday's #1) keeps the lead
        board("2026-01-02", [("a", 1, 1250.0, None), ("b", 1, 1250.0, None)]),
        board("2026-01-03", [("a", 1, 1250.0, None), ("b", 2, 1250.0, None)]),
    )
    leaders = daily_leaders(t, ARENA, POOL)
    assert list(leaders["model"]) == ["b", "b", "a"]
    assert list(leaders["tied_with"]) == ["", "a", "b"]
    assert leaders.iloc[1]["margin"] == 0.0
    assert spells_of(t) == [("b", "01-01", "01-02"), ("a", "01-03", "01-03")]


def test_shared_rank_one_without_history_goes_to_higher_rating_then_smallest_id() -> None:
    by_rating = table(board("2026-01-01", [("z", 1, 1260.0, None), ("a", 1, 1250.0, None)]))
    assert daily_leaders(by_rating, ARENA, POOL).iloc[0]["model"] == "z"
    level = table(board("2026-01-01", [("z", 1, None, None), ("a", 1, None, None)]))
    first = daily_leaders(level, ARENA, POOL).iloc[0]
    assert first["model"] == "a" and first["tied_with"] == "z" and first["contested"]


# --- rank-only rows ---------------------------------------------------------------------------------------

def test_rank_only_rows_establish_the_leader_but_give_no_margin() -> None:
    t = table(
        board("2025-04-15", [("veo-2", 1, None, None), ("kling-2-0", 2, None, None)], evidence="C",
              source="press", precision="month"),
        board("2025-05-01", [("kling-2-0", 1, 1200.0, None), ("veo-2", 2, 1190.0, None)]),
    )
    leaders = daily_leaders(t, ARENA, POOL)
    assert list(leaders["model"]) == ["veo-2", "kling-2-0"]
    assert pd.isna(leaders.iloc[0]["margin"]) and leaders.iloc[0]["runner_up"] == "kling-2-0"
    change = lead_changes(t, ARENA, POOL).iloc[0]
    assert change["margin"] == 10.0
    spell = leader_spells(t, ARENA, POOL).iloc[0]
    assert spell["start_precision"] == "month" and pd.isna(spell["min_margin"])


# --- sources and evidence --------------------------------------------------------------------------------

def test_one_source_per_day_prefers_rank_one_then_best_grade_then_fuller_board() -> None:
    t = table(
        board("2026-01-01", [("a", 1, 1250.0, None), ("b", 2, 1240.0, None)], source="archive"),
        board("2026-01-01", [("b", 1, 1247.0, None)], source="press", evidence="C"),
        board("2026-01-02", [("a", 1, 1250.0, None)], source="blog", evidence="B"),
        board("2026-01-02", [("b", 1, 1250.0, None), ("a", 2, 1240.0, None)], source="wiki", evidence="B"),
        board("2026-01-03", [("a", 3, 1250.0, None)], source="archive"),
        board("2026-01-03", [("b", 1, 1260.0, None)], source="press", evidence="D"),
    )
    boards = daily_boards(t, ARENA, POOL).drop_duplicates("snapshot_date")
    assert list(boards["source_id"]) == ["archive", "wiki", "press"]
    assert list(boards["n_sources"]) == [2, 2, 2]


def test_spell_carries_best_and_worst_evidence_grade() -> None:
    t = table(
        board("2025-12-01", [("a", 1, 1247.0, None)], source="press", evidence="C"),
        board("2025-12-05", [("a", 1, 1245.0, None)], source="archive"),
        board("2025-12-09", [("a", 1, 1244.0, None)], source="blog", evidence="D"),
    )
    spell = leader_spells(t, ARENA, POOL).iloc[0]
    assert (spell["evidence"], spell["evidence_min"]) == ("A", "D")


# --- scale epochs -----------------------------------------------------------------------------------------

def _re_anchored() -> pd.DataFrame:
    # Shaped on the 2026-10-06 re-anchoring of AA text-to-video (arena_history.md): Wan 3.0 1335 -> 1127.
    return table(
        board("2026-09-14", [("veo", 1, 1340.0, 7), ("wan-3-0", 2, 1335.0, 7)], epoch="aa-t2v-1"),
        board("2026-09-29", [("wan-3-0", 1, 1335.0, 7), ("veo", 2, 1300.0, 7)], epoch="aa-t2v-1"),
        board("2026-10-06", [("wan-3-0", 1, 1127.0, 12), ("minimax-h3", 2, 1116.0, 12)], epoch="aa-t2v-2"),
        board("2026-10-07", [("minimax-h3", 1, 1130.0, 12), ("wan-3-0", 2, 1126.0, 12)], epoch="aa-t2v-2"),
    )


def test_epoch_break_is_found_and_a_spell_may_cross_it() -> None:
    t = _re_anchored()
    breaks = epoch_breaks(t, ARENA, POOL)
    assert breaks[["date", "scale_epoch", "previous_epoch", "previous_date"]].values.tolist() == [
        [pd.Timestamp("2026-10-06"), "aa-t2v-2", "aa-t2v-1", pd.Timestamp("2026-09-29")]]
    spells = leader_spells(t, ARENA, POOL)
    wan = spells[spells["model"] == "wan-3-0"].iloc[0]
    assert wan["scale_epochs"] == "aa-t2v-1, aa-t2v-2" and wan["n_snapshots"] == 2
    assert set(spells["arena"]) == {ARENA} and set(spells["category"]) == {POOL}


def test_lead_change_across_an_epoch_break_is_flagged_and_margins_stay_within_the_board() -> None:
    t = table(
        board("2026-09-29", [("wan-3-0", 1, 1335.0, None), ("veo", 2, 1300.0, None)], epoch="aa-t2v-1"),
        board("2026-10-06", [("minimax-h3", 1, 1130.0, None), ("wan-3-0", 2, 1127.0, None)],
              epoch="aa-t2v-2"),
    )
    change = lead_changes(t, ARENA, POOL).iloc[0]
    assert change["epoch_break"] and change["scale_epoch"] == "aa-t2v-2"
    # 3 points on the new board, not 1130 - 1335 across the break
    assert change["margin"] == 3.0 and change["margin_over_previous"] == 3.0


def test_rating_drift_never_compares_across_epochs() -> None:
    drift = rating_drift("wan-3-0", _re_anchored())
    assert drift["scale_epoch"].tolist() == ["aa-t2v-1", "aa-t2v-2"]
    assert drift["change"].tolist() == [0.0, -1.0]
    assert drift["first_elo"].tolist() == [1335.0, 1127.0]


def test_board_mixing_epochs_is_refused() -> None:
    rows = board("2026-10-06", [("a", 1, 1000.0, None)], epoch="e1") + board(
        "2026-10-06", [("b", 2, 990.0, None)], epoch="e2")
    with pytest.raises(ValueError, match="mixes several scale_epoch"):
        daily_boards(table(rows), ARENA, POOL)


# --- rating drift -----------------------------------------------------------------------------------------

def test_rating_drift_reproduces_the_runway_gen_4_5_example() -> None:
    # arena_history.md: Runway Gen-4.5 1247 at launch (2025-12-01), 1212 on the 2026-09-02 archive.
    t = table(
        board("2025-12-01", [("runway-gen-4-5", 1, 1247.0, None, "Runway")], source="press", evidence="C"),
        board("2026-09-02", [("runway-gen-4-5", 15, 1212.0, 7, "Runway")], source="oriel"),
        board("2026-09-02", [("runway-gen-4-5", 14, 1210.0, None, "Runway")], source="blog", evidence="D"),
    )
    row = rating_drift("runway-gen-4-5", t, arena=ARENA, category=POOL).iloc[0]
    assert (row["first_elo"], row["latest_elo"], row["change"], row["days"]) == (1247.0, 1212.0, -35.0, 275)
    assert (row["first_rank"], row["latest_rank"], row["latest_evidence"]) == (1, 15, "A")
    assert (row["peak_elo"], row["n_snapshots"]) == (1247.0, 2)
    assert pd.isna(row["intervals_overlap"])


def test_rating_drift_errors_name_the_problem() -> None:
    t = table(board("2026-01-01", [("runway-gen-4-5", 1, 1247.0, None, "Runway", "Runway Gen-4.5"),
                                   ("veo-2", 2, None, None)]))
    with pytest.raises(ValueError, match="canonical id 'runway-gen-4-5'"):
        rating_drift("Runway Gen-4.5", t)
    with pytest.raises(ValueError, match="did you mean"):
        rating_drift("runway-gen-4.5", t)
    with pytest.raises(ValueError, match="only ranks"):
        rating_drift("veo-2", t)
    with pytest.raises(ValueError, match="no rows for arena"):
        rating_drift("veo-2", t, arena="LMArena")


# --- rank history and creator share -----------------------------------------------------------------------

def test_rank_history_keeps_top_n_rows_with_latest_names() -> None:
    t = table(
        board("2026-01-01", [("a", 1, 1250.0, None, "L", "Alpha"), ("b", 2, 1240.0, None),
                             ("c", 3, 1230.0, None), ("x", None, 1220.0, None)]),
        board("2026-01-02", [("c", 1, 1260.0, None), ("a", 2, 1250.0, None, "L", "Alpha v2"),
                             ("b", 3, 1200.0, None)]),
    )
    history = rank_history(t, ARENA, POOL, top_n=2)
    assert history[["model", "rank"]].values.tolist() == [["a", 1], ["b", 2], ["c", 1], ["a", 2]]
    assert set(history.loc[history["model"] == "a", "model_name"]) == {"Alpha v2"}
    assert {"snapshot_date", "model", "rank", "elo", "scale_epoch"} <= set(history.columns)
    for bad in (0, -1, 2.5, True):
        with pytest.raises(ValueError, match="top_n"):
            rank_history(t, ARENA, POOL, top_n=bad)


def test_creator_share_counts_parent_companies_and_flags_partial_boards() -> None:
    t = table(
        board("2026-01-01", [("k1", 1, 1250.0, None, "Kuaishou"), ("k2", 2, 1240.0, None, "KlingAI"),
                             ("g", 3, 1230.0, None, "Google"), ("x", 4, 1220.0, None, "SpaceXAI"),
                             ("z", 5, 1210.0, None, "Zeta")]),
        board("2026-01-02", [("g", 1, 1250.0, None, "Google"), ("k1", 2, 1240.0, None, "KlingAI")]),
    )
    share = creator_share(t, ARENA, POOL, top_n=4)
    first = share[share["snapshot_date"] == "2026-01-01"].set_index("creator")
    assert first.loc["Kuaishou", "places"] == 2 and first.loc["Kuaishou", "share"] == 0.5
    assert set(first.index) == {"Kuaishou", "Google", "xAI"} and first["complete"].all()
    labels = creator_share(t, ARENA, POOL, top_n=4, by="developer")
    assert set(labels.loc[labels["snapshot_date"] == "2026-01-01", "creator"]) == {
        "Kuaishou", "KlingAI", "Google", "SpaceXAI"}
    with pytest.raises(ValueError, match="by must be"):
        creator_share(t, ARENA, POOL, by="brand")
    assert share.groupby("snapshot_date")["share"].sum().tolist() == [1.0, 1.0]
    second = share[share["snapshot_date"] == "2026-01-02"]
    assert not second["complete"].any() and second["top_places_known"].tolist() == [2, 2]


def test_alibaba_ath_and_hosted_models_count_for_their_parent() -> None:
    # Review finding: HappyHorse (Alibaba-ATH) was kept apart from Wan (Alibaba), and fal's post-trained
    # MiniMax H3 Max was credited to fal, a hosting platform.
    t = table(board("2026-09-01", [
        ("wan", 1, 1300.0, None, "Alibaba"), ("horse", 2, 1290.0, None, "Alibaba-ATH"),
        ("h3max", 3, 1280.0, None, "Fal"), ("kling", 4, 1270.0, None, "KlingAI/Fal.ai"),
    ]))
    t.loc[t["model"] == "h3max", "model_name"] = "MiniMax H3 Max (based on MiniMax H3)"
    share = creator_share(t, ARENA, POOL, top_n=4).set_index("creator")
    assert share["places"].to_dict() == {"Alibaba": 2, "Kuaishou": 1, "MiniMax": 1}
    assert leaderboard.parent_developer("Fal", "Some Model") == "Fal (hosting platform)"
    brands = leaderboard.sub_brands(t["creator"])
    assert brands == {"Alibaba": ["Alibaba-ATH"], "Kuaishou": ["KlingAI/Fal.ai"]}


# --- input checks -------------------------------------------------------------------------------------------

def test_bad_input_raises_clear_errors() -> None:
    t = table(board("2026-01-01", [("a", 1, 1250.0, None)]))
    with pytest.raises(ValueError, match="pools present"):
        leader_spells(t, "LMArena", POOL)
    with pytest.raises(ValueError, match="lacks column"):
        leader_spells(t.drop(columns="scale_epoch"), ARENA, POOL)
    with pytest.raises(ValueError, match="evidence"):
        leader_spells(t.assign(evidence="E"), ARENA, POOL)
    with pytest.raises(ValueError, match="repeating"):
        leader_spells(pd.concat([t, t]), ARENA, POOL)


def test_works_on_categorical_typed_columns_like_the_loader_gives() -> None:
    t = table(board("2026-01-01", [("a", 1, 1250.0, None), ("b", 2, 1240.0, None)]))
    typed = t.astype({"arena": "category", "category": "category", "evidence": "category",
                      "date_precision": "category", "model": "string", "source_id": "string"})
    assert leader_spells(typed, ARENA, POOL)["model"].tolist() == ["a"]


def test_importing_leaderboard_stays_light(tmp_path: Path) -> None:
    code = (
        "import sys, videomarket.leaderboard\n"
        "print(','.join(m for m in ('matplotlib', 'seaborn', 'scipy', 'statsmodels') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == ""
    assert {"pareto_frontier", "best_value"} <= set(leaderboard.__all__)


# --- debut in context, and no metadata in attrs --------------------------------------------------

def test_debut_context_keeps_every_source_of_the_first_day_with_gaps_in_one_epoch() -> None:
    # The Runway Gen-4.5 launch as the press relayed it: each outlet quoted part of the same board.
    t = table(
        board("2025-12-01", [("runway", 1, 1247.0, None)], source="press-a", evidence="B"),
        board("2025-12-01", [("veo-3", None, 1226.0, None), ("sora-2-pro", None, 1206.0, None)],
              source="press-b", evidence="B"),
        board("2025-12-01", [("veo-3", 2, None, None)], source="press-c", evidence="B"),
        board("2026-09-14", [("runway", 17, 1213.0, 7)], source="archive"),
    )
    context = leaderboard.debut_context("runway", t, ARENA, POOL)
    assert set(context["snapshot_date"]) == {pd.Timestamp("2025-12-01")}
    assert context["model"].tolist() == ["runway", "veo-3", "veo-3", "sora-2-pro"]  # by rank, then rating
    rated = context.dropna(subset=["gap"]).set_index("model")
    assert rated["gap"].to_dict() == {"runway": 0.0, "veo-3": 21.0, "sora-2-pro": 41.0}
    assert rated.loc["veo-3", "p_model_wins"] == pytest.approx(0.5302, abs=1e-4)  # arena docstring example
    assert rated.loc["veo-3", "votes_to_tell"] == 2152
    assert pd.isna(rated.loc["runway", "votes_to_tell"])


def test_debut_context_never_compares_across_epochs_and_names_unknown_models() -> None:
    t = table(board("2026-10-04", [("wan", 1, 1128.0, 12)], epoch="e2", source="a"),
              board("2026-10-04", [("horse", 2, 1288.0, None)], epoch="e1", source="b", evidence="C"))
    context = leaderboard.debut_context("wan", t, ARENA, POOL).set_index("model")
    assert pd.isna(context.loc["horse", "gap"]) and pd.isna(context.loc["horse", "p_model_wins"])
    with pytest.raises(ValueError, match="'kling' has no rows"):
        leaderboard.debut_context("kling", t, ARENA, POOL)


def test_no_result_carries_metadata_in_attrs() -> None:
    # pandas documents DataFrame.attrs as experimental and deep-copies it on every step: metadata lives
    # in columns or return objects instead, and the loader leaves none behind.
    t = table(board("2026-08-01", [("a", 1, 1250.0, 5), ("b", 2, 1240.0, 5)]))
    assert daily_boards(t, ARENA, POOL).attrs == {}
    assert leader_spells(t, ARENA, POOL).attrs == {}
    assert data.load_rankings().attrs == {}


def test_creator_places_sums_developers_over_boards_with_zeros_for_absent_days() -> None:
    t = table(
        board("2026-08-01", [("veo", 1, 1250.0, 5, "Google"), ("kling", 2, 1240.0, 5, "Kuaishou"),
                             ("kling-o", 3, 1230.0, 5, "KlingAI")]),
        board("2026-08-02", [("veo", 1, 1250.0, 5, "Google"), ("veo-fast", 2, 1245.0, 5, "Google DeepMind"),
                             ("wan", 3, 1230.0, 5, "Alibaba")]),
    )
    places = leaderboard.creator_places(creator_share(t, ARENA, POOL, top_n=3)).set_index("creator")
    assert places.index.tolist() == ["Google", "Kuaishou", "Alibaba"]
    assert places.loc["Google"].tolist() == [2, 1.5, 2, 2]  # boards, mean_places, max_places, latest_places
    assert places.loc["Kuaishou"].tolist() == [1, 1.0, 2, 0]
    with pytest.raises(ValueError, match="lacks column"):
        leaderboard.creator_places(pd.DataFrame({"creator": ["x"]}))


def test_unknown_category_or_arena_lists_the_allowed_values() -> None:
    t = table(board("2026-01-01", [("a", 1, 1250.0, None), ("b", 2, 1240.0, None)]))
    with pytest.raises(ValueError) as caught:
        leader_spells(t, ARENA, "t2v")
    assert str(caught.value) == (
        "unknown category 't2v'; allowed: text-to-video, image-to-video, text-to-video-audio, "
        "image-to-video-audio"
    )
    with pytest.raises(ValueError, match="unknown arena 'AA'; allowed: Artificial Analysis, LMArena"):
        leaderboard.daily_boards(t, "AA", POOL)
    with pytest.raises(ValueError, match="unknown category 'video'; allowed: text-to-video"):
        leaderboard.rating_drift("a", t, category="video")


def test_an_entry_listed_twice_holds_one_place_and_the_board_stays_complete() -> None:
    # MiniMax H3 Max (based on MiniMax H3) repeats MiniMax H3's rating and interval on the October 2026
    # boards: MiniMax holds one place there, not two, and the board still reads as a full top 4.
    t = table(board("2026-10-04", [
        ("wan", 1, 1128.0, 12, "Alibaba", "Wan 3.0"), ("h3", 2, 1115.0, 12, "MiniMax", "MiniMax H3 (768p)"),
        ("h3max", 2, 1115.0, 12, "Fal", "MiniMax H3 Max (based on MiniMax H3)"),
        ("seed", 4, 1105.0, 12, "ByteDance Seed", "Seedance 2.5"),
    ]))
    share = creator_share(t, ARENA, POOL, top_n=4).set_index("creator")
    assert share["places"].to_dict() == {"Alibaba": 1, "ByteDance": 1, "MiniMax": 1}
    assert share["top_places_known"].tolist() == [3, 3, 3] and share["complete"].all()
    assert share["share"].sum() == pytest.approx(1.0)


def test_leader_drift_stacks_each_leader_with_a_rating_and_skips_the_rest() -> None:
    t = table(
        board("2025-12-01", [("runway", 1, 1247.0, None)], source="press", evidence="B"),
        board("2026-04-10", [("horse", 1, 1389.0, 12), ("runway", 9, 1223.0, 8)], source="a1"),
        board("2026-09-30", [("wan", 1, 1335.0, 9), ("horse", 4, 1286.0, 6), ("runway", 19, 1214.0, 6)],
              source="a2"),
    )
    drift = leaderboard.leader_drift(t, ARENA, POOL)
    assert drift["model"].tolist() == ["runway", "horse", "wan"]
    assert drift.set_index("model")["change"].to_dict() == {"runway": -33.0, "horse": -103.0, "wan": 0.0}
    archived = leaderboard.leader_drift(t[t["evidence"] == "A"], ARENA, POOL, models=["runway", "horse", "x"])
    assert archived["model"].tolist() == ["runway", "horse"]  # x has no rating: left out
    assert archived.set_index("model")["change"].to_dict() == {"runway": -9.0, "horse": -103.0}
    assert archived.set_index("model")["intervals_overlap"].to_dict() == {"runway": True, "horse": False}
    assert leaderboard.leader_drift(t, ARENA, POOL, models=["x"]).empty
