"""Coverage summaries and their chart, on hand-made tables."""

from __future__ import annotations

import pandas as pd

from videomarket.data import _coverage as coverage
from videomarket.plots._coverage import coverage_chart


def rankings() -> pd.DataFrame:
    rows = [
        ("2025-12-01", "text-to-video", "runway", "B", "press", "day"),
        ("2025-12-01", "text-to-video", "veo", "C", "blog", "day"),
        ("2026-04-15", "image-to-video", "hh", "D", "promo", "month"),
        ("2026-08-01", "text-to-video", "runway", "A", "copy1", "day"),
        ("2026-08-01", "text-to-video", "veo", "A", "copy1", "day"),
        ("2026-08-01", "text-to-video", "veo", "B", "press2", "day"),
        ("2026-08-02", "image-to-video", "hh", "A", "copy2", "day"),
    ]
    frame = pd.DataFrame(
        rows, columns=["snapshot_date", "category", "model", "evidence", "source_id", "date_precision"]
    )
    return frame.assign(snapshot_date=pd.to_datetime(frame["snapshot_date"]), arena="Artificial Analysis")


def test_snapshot_coverage_marks_days_with_an_archived_copy() -> None:
    days = coverage.snapshot_coverage(rankings())
    by_day = days.set_index(["category", "snapshot_date"])
    assert by_day.loc[("text-to-video", pd.Timestamp("2026-08-01"))][
        ["models", "sources", "evidence"]
    ].tolist() == [2, 2, "A"]
    assert not by_day.loc[("text-to-video", pd.Timestamp("2025-12-01")), "archived"]
    assert by_day.loc[("text-to-video", pd.Timestamp("2025-12-01")), "evidence"] == "B"
    assert by_day.loc[("image-to-video", pd.Timestamp("2026-04-15")), "date_precision"] == "month"


def test_pool_coverage_counts_archived_and_secondary_days() -> None:
    pools = coverage.pool_coverage(rankings()).set_index("category")
    assert pools.loc["text-to-video", ["days", "archived_days", "secondary_days"]].tolist() == [2, 1, 1]
    assert pools.loc["image-to-video", "first_archived"] == pd.Timestamp("2026-08-02")


def test_archive_versions_counts_files_and_days() -> None:
    provenance = pd.DataFrame(
        {
            "folder": ["a", "a", "a", "b"],
            "file": ["1", "2", "3", "4"],
            "repository": ["o/a"] * 3 + ["o/b"],
            "snapshot_time": ["2026-08-01T01:00:00Z", "2026-08-01T02:00:00Z", "2026-08-03T00:00:00Z", pd.NA],
            "format": ["x"] * 4,
        }
    )
    table = coverage.archive_versions(provenance).set_index("folder")
    assert table.loc["a", ["files", "dated_days", "first", "last"]].tolist() == [
        3,
        2,
        "2026-08-01",
        "2026-08-03",
    ]
    assert table.loc["b", "dated_days"] == 0


def test_evidence_mix_counts_every_grade() -> None:
    mix = coverage.evidence_mix({"r": rankings()})
    assert mix.loc["r"].tolist() == [3, 2, 1, 1]


def test_coverage_chart_draws_archived_and_secondary_marks() -> None:
    days = coverage.snapshot_coverage(rankings())
    fig = coverage_chart(days)
    ax = fig.axes[0]
    offsets = [len(c.get_offsets()) for c in ax.collections]
    assert sum(offsets) == len(days)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["Text to video (silent)", "Image to video (silent)"]
    assert "2 pools" in fig.alt_text and "2 days have an archived copy" in fig.alt_text
    assert fig.texts, "a source line under the chart"


def test_pool_coverage_reports_the_longest_gap_between_known_days() -> None:
    pools = coverage.pool_coverage(rankings()).set_index("category")
    days_between = (pd.Timestamp("2026-08-01") - pd.Timestamp("2025-12-01")).days
    assert pools.loc["text-to-video", "longest_gap"] == days_between - 1
    assert pools.loc["image-to-video", "longest_gap"] == 108


def test_coverage_change_separates_what_new_archives_add() -> None:
    provenance = pd.DataFrame({"folder": ["new", "old"], "source_id": ["copy2", "copy1"]})
    change = coverage.coverage_change(rankings(), provenance, ["new"]).set_index("category")
    i2v = change.loc["image-to-video"]
    counts = ["days_before", "days_after", "added_days", "archived_days_before", "archived_days_after"]
    assert i2v[counts].tolist() == [1, 2, 1, 0, 1]
    assert pd.isna(i2v["first_archived_before"]) and i2v["first_archived_after"] == pd.Timestamp("2026-08-02")
    assert change.loc["text-to-video", "added_days"] == 0


def test_coverage_gaps_lists_long_stretches_without_a_board() -> None:
    gaps = coverage.coverage_gaps(rankings(), min_days=30)
    assert gaps[["category", "days"]].values.tolist() == [["image-to-video", 108], ["text-to-video", 242]]
    first = gaps.iloc[1]
    assert (first["from"], first["to"]) == (pd.Timestamp("2025-12-02"), pd.Timestamp("2026-07-31"))
    assert coverage.coverage_gaps(rankings(), min_days=30, archived_only=True).empty


def test_rebuilt_files_are_read_from_the_provenance_notes() -> None:
    provenance = pd.DataFrame({
        "folder": ["a", "a", "b"], "file": ["1", "2", "3"], "repository": ["o/a", "o/a", "o/b"],
        "snapshot_time": ["2026-08-01T01:00:00Z"] * 3, "format": ["x"] * 3,
        "note": ["33 models; obtained through the search index's read_file, not as git bytes",
                 "exact bytes of the file at this commit (git clone)", None],
    })
    # only a recorded git clone is an exact download; a note that says nothing is not one
    assert coverage.rebuilt_from_text(provenance).tolist() == [True, False, True]
    assert coverage.archive_versions(provenance).set_index("folder")["rebuilt"].to_dict() == {"a": 1, "b": 1}
    assert coverage.rebuilt_from_text(provenance.drop(columns="note")).all()


def test_shipped_provenance_has_118_exact_files_of_372_from_the_four_cloned_archives() -> None:
    from videomarket import data

    provenance = data.load_provenance()
    rebuilt = coverage.rebuilt_from_text(provenance)
    assert (int(rebuilt.sum()), len(provenance)) == (254, 372)
    assert int(coverage.archive_versions(provenance)["rebuilt"].sum()) == 254
    # data/README.md, "Archive versions": the repositories that could be cloned
    exact = provenance.loc[~rebuilt, "repository"].value_counts().to_dict()
    assert exact == {"oolong-tea-2026/artificial-analysis-leaderboards": 79,
                     "aabao325/arena-ai-leaderboards": 25, "luruishuang48-hue/my-paper-project": 12,
                     "Maicarons/artificial-analysis-leaderboards": 2}


def test_coverage_gaps_give_a_range_after_a_board_dated_only_to_its_month():
    ranks = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-04-15", "2026-06-25"]), "arena": "AA",
                          "category": "t2v", "model": "a", "evidence": ["C", "A"], "source_id": ["p", "s"],
                          "date_precision": ["month", "day"]})
    row = coverage.coverage_gaps(ranks).iloc[0]
    assert (row["days"], row["days_min"], row["days_max"]) == (70, 55, 84)
    assert bool(row["after_month_only"]) and not bool(row["before_month_only"])
    exact = coverage.coverage_gaps(ranks.assign(date_precision="day")).iloc[0]
    assert (exact["days"], exact["days_min"], exact["days_max"]) == (70, 70, 70)
