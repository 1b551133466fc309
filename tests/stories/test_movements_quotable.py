"""Exact sentences of report 02's r74 wording: the quotable answer, the copies since the re-rating (no
independent check), the rule for two copies of one day, the like-for-like reading on its own, and the runs
table's median leads and publishers. Synthetic inputs only: real chances move with the computing method."""

from __future__ import annotations

import pandas as pd

from videomarket import data, leaderboard, stories

AA, T2V = "Artificial Analysis", "text-to-video"


def _board(**extra: object) -> pd.DataFrame:
    board = pd.DataFrame({"model": ["w", "m", "n"], "model_name": ["W", "M Max", "M (768p)"],
                          "creator": ["Alibaba", "Fal", "MiniMax"], "p_leader": [0.861, 0.08, 0.059],
                          "snapshot_date": pd.to_datetime(["2026-10-10"] * 3)})
    return board.assign(**extra)


def _digits() -> tuple[pd.DataFrame, pd.DataFrame]:
    return (pd.DataFrame({"model": ["w"], "p_leader": [0.3]}),
            pd.DataFrame({"model": ["w"], "p_leader": [0.97]}))


def test_quotable_answer_one_number_one_condition_one_caveat() -> None:
    board = _board(p_leader_as_one=[0.9, None, None], pair_name="M", pair_apart=2.0)
    text = stories.quotable_answer(board, AA, T2V)
    assert text == (
        "On 10 October 2026 **W** led Artificial Analysis's silent text-to-video arena and was about 86% "
        "likely to be the true #1 (90% if M's two [listings](#glossary-repeated-listing) are one model), "
        "assuming the rating errors are independent. That board is an unverified copy "
        "[rebuilt](#glossary-rebuilt-file) from text.")
    plain = text.replace("[listings](#glossary-repeated-listing)", "listings").replace(
        "[rebuilt](#glossary-rebuilt-file)", "rebuilt")
    assert len(plain.split(". That board")[0].split()) <= 40
    for banned in ("mistyped", "7–9 October", "In figures"):
        assert banned not in text


def test_quotable_answer_without_a_pair_names_one_chance() -> None:
    rebuilt = pd.DataFrame({"arena": AA, "category": T2V, "rebuilt_only": [False], "checked": [False],
                            "snapshot_date": pd.to_datetime(["2026-10-10"])})
    board = _board(p_leader=[0.62, 0.3, 0.08])
    text = stories.quotable_answer(board, AA, T2V, rebuilt=rebuilt)
    assert text == ("On 10 October 2026 **W** led Artificial Analysis's silent text-to-video arena and was "
                    "about 62% likely to be the true #1, assuming the rating errors are independent.")


def test_latest_detail_note_gives_earlier_boards_and_the_digit() -> None:
    history = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-05", "2026-10-07", "2026-10-09",
                                                             "2026-10-10"]),
                            "scale_epoch": "b", "p_leader": [0.93, 0.7, 0.75, 0.861],
                            "listed_twice": ["M Max = M (768p)", "", None, ""]})
    assert stories.latest_detail_note(_board(), *_digits(), history) == (
        "The boards of 7–9 October read lower, 70%–75%. One mistyped tens digit in W's rating on the 10 "
        "October copy could make its chance about 30% or 97% ([How sure is number "
        "one?](03-how-sure-is-number-one.html#how-robust-is-the-latest-chance)).")
    assert stories.latest_detail_note(None, *_digits(), history) == ""
    # with the board before and the same-day spread: only the reading the neighbours cannot rule out
    rated = _board(elo=[1129.0, 1118.0, 1117.0])
    before = pd.DataFrame({"model": ["w"], "elo": [1127.0]})
    assert stories.latest_detail_note(rated, *_digits(), history, before=before, spread=8.0) == (
        "The boards of 7–9 October read lower, 70%–75%. One mistyped tens digit in W's rating on the 10 "
        "October copy could make its chance as low as about 30%, a slip the neighbouring boards cannot rule "
        "out ([About the data](00-about-the-data.html#a-wrong-digit-in-the-latest-1-s-rating)).")
    # both readings within the spread: both chances, as before
    assert "about 30% or 97%" in stories.latest_detail_note(rated, *_digits(), history, before=before,
                                                            spread=12.0)


def test_rerating_readings_note_gives_every_board_on_one_rule() -> None:
    history = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30", "2026-10-01", "2026-10-02",
                                                             "2026-10-04", "2026-10-05", "2026-10-10"]),
                            "scale_epoch": ["a"] + ["b"] * 5, "model_name": "W",
                            "p_leader": [0.6, 0.8786, 0.8884, 0.9331, 0.9331, 0.8725]})
    assert stories.rerating_readings_note(history, "2026-10-10") == (
        "Counting listings rated apart as two and identical ones once, W's chance of being truly #1 read 88% "
        "on 1 October, 89% on 2 October, 93% on 4–5 October and 87% on 10 October.")


def test_rerating_readings_note_reads_the_key_findings_rule_on_the_shipped_boards() -> None:
    """The appendix gives every day of 1–10 October on the key findings' rule (MiniMax H3's two listings
    as two rivals, 78%–88%), then the reading counting them once where they repeat each other's numbers."""
    rows = stories.first_names(leaderboard.window(data.readable_names(data.load_rankings()),
                                                  start="2025-12-01", grades=leaderboard.GRADES[:3]))
    history = leaderboard.leader_probability_history(rows, AA, T2V)
    assert stories.rerating_readings_note(history, "2026-10-10") == (
        "Counting MiniMax H3's two listings as two rivals on every board, as the key findings do, Wan 3.0's "
        "chance of being truly #1 read 88% on 1 October, 82% on 2 October, 87% on 3 October, 88% on 4–5 "
        "October, 83% on 6 October, 78% on 7 October, 81% on 8–9 October and 87% on 10 October. Where the "
        "two listings had identical numbers, counting them as one model reads 89% on 2 October, 93% on 4–5 "
        "October and 90% on 6 October.")


def test_downloaded_fallback_names_the_last_exact_copy() -> None:
    history = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-08-01", "2026-10-10"]),
                            "model_name": ["G", "W"]})
    assert stories.downloaded_fallback(history, pd.Timestamp("2026-08-01")) == (
        "For a #1 from an exactly downloaded copy, cite 1 August 2026 (G).")
    assert stories.downloaded_fallback(history, pd.Timestamp("2026-08-02")) == ""


def test_rival_not_on_the_board_under_its_name() -> None:
    history = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-30", "2026-10-01", "2026-10-10"]),
                            "scale_epoch": ["a", "b", "b"], "model": "w", "model_name": "W",
                            "runner_up": ["g", "m", "m"], "runner_up_name": ["G", "M", "M"],
                            "p_leader": [0.6, 0.9, 0.86], "arena": AA, "category": T2V})
    rows = pd.DataFrame({"arena": AA, "category": [T2V, "image-to-video"], "model": ["w", "g"],
                         "model_name": ["W", "G"], "rank": [1, 1],
                         "snapshot_date": pd.to_datetime(["2026-10-10"] * 2)})
    text = stories.after_rerating_note(history, rows, _board(), None, AA, T2V, rebuilt_chances=False)
    assert text == ("G, #2 before the re-rating, is not on this board under that name but still leads image "
                    "to video (silent).")


def test_earlier_copies_are_no_independent_check() -> None:
    history = pd.DataFrame({"snapshot_date": pd.date_range("2026-10-01", "2026-10-05"), "scale_epoch": "b",
                            "model": "w", "unchanged": [False, True, False, False, False]})
    rebuilt = pd.DataFrame({"arena": AA, "category": T2V, "rebuilt_only": True, "checked": False,
                            "snapshot_date": history["snapshot_date"]})
    board = _board().assign(snapshot_date=pd.Timestamp("2026-10-05"))
    text = stories.earlier_copies_note(history, board, rebuilt, AA, T2V)
    assert text == ("The 4 daily copies since the [re-rating](#glossary-re-rating), 1–4 October (3 distinct "
                    "boards), show the same leader, but all were rebuilt the same way, so they are not an "
                    "independent check.")


def test_same_day_rule_says_which_copy_and_how_far_apart() -> None:
    index = pd.MultiIndex.from_tuples(
        [(AA, T2V, pd.Timestamp("2026-10-05"), "w"), (AA, T2V, pd.Timestamp("2026-10-05"), "m"),
         (AA, "text-to-video-audio", pd.Timestamp("2026-08-20"), "x")],
        names=["arena", "category", "snapshot_date", "model"])
    text = stories.same_day_rule(AA, T2V, pd.Series([0.0, 2.0, 6.0], index=index, name="diff"))
    assert text == ("**Two copies of one day.** When two archives copied the same day, this note reads the "
                    "copy that shows a #1, then the one with the better evidence grade, then the one with "
                    "more models. In this pool only 5 October 2026 has two, and they differ by up to 2 "
                    "points; across this arena's pools, two copies of one day differ by up to 6 points.")


def test_like_for_like_sentence_stands_alone() -> None:
    history = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06", "2026-10-08", "2026-10-10"]),
                            "model_name": "W", "runner_up_name": "M Max", "margin": [11.0, 9.0, 11.0],
                            "p_leader": [0.9, 0.8, 0.86],
                            "listed_twice": ["M Max = M (768p)", None, None],
                            "p_leader_counting_twice": [0.83, None, None]})
    board = _board(p_leader_as_one=[0.9, None, None], pair_name="M", pair_apart=1.0)
    rows = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-10"] * 2),
                         "model_name": ["M Max", "M (768p)"], "elo": [1118.0, 1117.0]})
    alone = stories.counted_as_two_text(history, board, rows, None, AA, T2V, like_for_like=True)
    assert alone == ("Like for like, with the two listings counted as two rivals on every board, it reads "
                     "83% on 6 October (when both listings had identical numbers), 80% on 8 October and 86% "
                     "on 10 October.")
    without = stories.counted_as_two_text(history, board, rows, None, AA, T2V, like_for_like=False)
    assert "Like for like" not in without
    assert stories.counted_as_two_text(history, board, rows, None, AA, T2V) == f"{without} {alone}"


def test_runs_table_gets_median_leads_and_publishers() -> None:
    gaps = pd.DataFrame({"model": ["h"] * 3 + ["g"] * 3,
                         "snapshot_date": pd.date_range("2026-04-10", periods=6),
                         "scale_epoch": "e1", "margin": [90.0, 100.0, 5.0, 20.0, 21.0, 19.0]})
    table = pd.DataFrame({"model": ["r", "h", "g"],
                          "start": pd.to_datetime(["2025-12-01", "2026-04-08", "2026-04-13"]),
                          "end": pd.to_datetime(["2025-12-20", "2026-04-12", "2026-04-15"])})
    assert stories.with_median_leads(table, gaps)["median_lead"].tolist() == ["—", "90", "20"]
    rows = pd.DataFrame({"model": ["r", "h", "h", "g"], "rank": 1, "source_id": ["p", "a", "b", "c"],
                         "snapshot_date": pd.to_datetime(["2025-12-01", "2026-04-10", "2026-04-11",
                                                          "2026-04-13"])})
    provenance = pd.DataFrame({"source_id": ["a", "b", "c"], "repository": ["o1/x", "o1/x", "o2/y"]})
    sources = pd.DataFrame({"source_id": ["p"], "publisher": ["Press"]})
    out = stories.with_run_sources(table, rows, sources, provenance)
    assert out["sources_text"].tolist() == ["Web page: Press", "GitHub archives (o1)",
                                            "GitHub archives (o2)"]


def test_safe_wording_ends_with_the_downloaded_fallback() -> None:
    board = pd.DataFrame({"model_name": ["W", "M"], "could_be_first": [True, False]})
    fallback = stories.downloaded_fallback(pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-08-01"]),
                                                         "model_name": ["G"]}), pd.Timestamp("2026-08-01"))
    assert stories.safe_wording(board, fallback=fallback) == (
        "**Safe wording.** \"W leads Artificial Analysis's silent text-to-video arena.\" Avoid: \"W is the "
        "best video model.\" For a #1 from an exactly downloaded copy, cite 1 August 2026 (G).")
    assert stories.safe_wording(board) == stories.safe_wording(board, fallback="")
