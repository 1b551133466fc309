"""Sentences and reader tables of the model guide: each lead with its probability and the independence
assumption, the cheapest model near the top instead of rating per dollar, parent companies, the December
2025 shortlist in one table, plain words for pools, prices and copies; and the same on the shipped data."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from videomarket import data, guide, leaderboard, plots, stories

T2V, I2V, T2VA, I2VA = "text-to-video", "image-to-video", "text-to-video-audio", "image-to-video-audio"
DAY = pd.Timestamp("2026-10-10")
#: rebuilt_boards rows: a downloaded 6 October board, then 7-10 October rebuilt from text only
REBUILT = pd.DataFrame({"arena": "Artificial Analysis", "category": T2V,
                        "snapshot_date": pd.date_range("2026-10-06", "2026-10-10"),
                        "rebuilt_only": [False, True, True, True, True]})


def leaders(**changes: object) -> pd.DataFrame:
    """guide.pool_leaders-shaped: two pools with a board (a runner-up built on another model and listed
    by a host; two runners-up tied), one without."""
    table = pd.DataFrame({
        "category": [T2V, I2V, T2VA],
        "snapshot_date": [DAY, DAY, pd.NaT],
        "board_size": [32, 77, pd.NA],
        "model": ["wan", "gemini", pd.NA],
        "model_name": ["Wan 3.0", "Gemini Omni Flash", pd.NA],
        "creator": ["Alibaba", "Google", pd.NA],
        "elo": [1129.0, 1368.0, pd.NA], "ci_low": [1118.0, 1357.0, pd.NA], "ci_high": [1140.0, 1379.0, pd.NA],
        "runner_up_name": ["MiniMax H3 Max", "Bach 1.0 Pro", pd.NA],
        "runner_up_names": ["MiniMax H3 Max", "Bach 1.0 Pro; Wan 3.0", pd.NA],
        "n_runner_ups": [1, 2, pd.NA],
        "margin": [11.0, 6.0, pd.NA],
        "p_leader": [0.9786, 0.6136, pd.NA], "p_leader_correlated": [0.9931, 0.676, pd.NA],
        "listed_twice": ["", "", ""],
        "built_on": [pd.NA, pd.NA, pd.NA], "hosted_by": [pd.NA, pd.NA, pd.NA],
        "runner_up_built_on": ["MiniMax H3", pd.NA, pd.NA], "runner_up_hosted_by": ["Fal", pd.NA, pd.NA],
    })
    for column, value in changes.items():
        table[column] = value
    return table


def tops() -> dict[str, pd.DataFrame]:
    """guide.board_tops-shaped: in I2V, Wan 3.0 (#3) shows a higher chance than Bach 1.0 Pro (#2)."""
    return {
        T2V: pd.DataFrame({"model": ["wan", "h3max"], "model_name": ["Wan 3.0", "MiniMax H3 Max"],
                           "rank": [1, 2], "elo": [1129.0, 1118.0], "p_leader": [0.9786, 0.0214]}),
        I2V: pd.DataFrame({"model": ["gemini", "bach", "wan"],
                           "model_name": ["Gemini Omni Flash", "Bach 1.0 Pro", "Wan 3.0"], "rank": [1, 2, 3],
                           "elo": [1368.0, 1362.0, 1362.0], "p_leader": [0.6136, 0.16, 0.19]}),
    }


def value(**changes: object) -> pd.DataFrame:
    """guide.value_summary-shaped: the best is the cheapest near the top in T2V; not in I2VA. Rivals that
    close without a price: 2 of 2 in T2V, 3 of 6 in I2VA."""
    table = pd.DataFrame({
        "category": [T2V, I2VA], "snapshot_date": [DAY, DAY], "n_models": [32, 36], "n_priced": [21, 30],
        "leader_model": ["wan", "h3max"], "leader_name": ["Wan 3.0", "MiniMax H3 Max"],
        "leader_elo": [1129.0, 1195.0], "leader_price": [12.0, pd.NA],
        "top_model": ["wan", "h3"], "top_name": ["Wan 3.0", "MiniMax H3"], "top_elo": [1129.0, 1181.0],
        "top_ci_low": [1118.0, 1173.0], "top_ci_high": [1140.0, 1189.0], "top_price": [12.0, 7.8],
        "near_model": ["wan", "gemini"], "near_name": ["Wan 3.0", "Gemini Omni Flash"],
        "near_elo": [1129.0, 1178.0], "near_price": [12.0, 6.0], "near_gap": [0.0, 3.0],
        "near_by": ["rating", "rating"],
        "next_name": ["HappyHorse-1.1", "grok-imagine-video"], "next_price": [9.9, 4.2],
        "next_gap": [87.0, 109.0],
        "n_close": [2, 6], "n_close_unpriced": [2, 3],
        "close_unpriced": ["MiniMax H3 Max; MiniMax H3 (768p)",
                           "MiniMax H3 Max; Vidu Q4 Preview; HiDream-O1-Video-1.0"],
        "budget": [pd.NA, pd.NA], "budget_model": [pd.NA, pd.NA], "budget_name": [pd.NA, pd.NA],
        "budget_elo": [pd.NA, pd.NA], "budget_price": [pd.NA, pd.NA], "budget_gap": [pd.NA, pd.NA],
        "n_over_budget": [0, 0],
        "frontier": ["Veo 3.1 Lite (USD 3.00); Wan 3.0 (USD 12.00)", "grok-imagine-video (USD 4.20); "
                     "Gemini Omni Flash (USD 6.00); MiniMax H3 (USD 7.80)"],
        "n_frontier": [2, 3], "note": ["", ""],
    })
    for column, values in changes.items():
        table[column] = values
    return table


def open_best() -> pd.DataFrame:
    """guide.flagged_leaders-shaped: two unflagged models above the open LTX-2.5 Fast in T2V, one of them a
    variant of the open MiniMax H3."""
    return pd.DataFrame({
        "category": [T2V, I2V], "snapshot_date": [DAY, DAY], "board_size": [32, 77], "model": ["ltx", "h3"],
        "model_name": ["LTX-2.5 Fast", "MiniMax H3"], "developer": ["Lightricks", "MiniMax"], "rank": [22, 4],
        "elo": [938.0, 1356.0], "ci_low": [927.0, 1345.0], "ci_high": [949.0, 1367.0], "p_best": [0.7, 1.0],
        "leader_name": ["Wan 3.0", "Gemini Omni Flash"], "gap_to_leader": [191.0, 12.0], "n_flagged": [4, 15],
        "n_unknown": [3, 1], "n_unknown_above": [2, 0],
        "unknown_models": ["h3max, seedance, boreal", "vimoo"],
        "unknown_above_models": ["h3max, seedance", ""], "variants": ["MiniMax H3 Max (#2)", ""],
        "variant_of": ["MiniMax H3", ""], "note": ["", ""],
    })


def checks(rows: list[dict]) -> pd.DataFrame:
    """guide.recommendation_check-shaped rows (unspecified columns NA)."""
    columns = ["need", "claim", "checked_as", "pick", "category", "status", "snapshot_date", "claim_model",
               "claim_name", "claim_rank", "claim_elo", "claim_price", "claim_on_frontier", "board_size",
               "board_complete", "pick_name", "pick_price", "best_name", "best_elo", "gap", "cheaper_name",
               "cheaper_price", "cheaper_elo", "p_pick_above_claim", "last_seen", "last_seen_rank",
               "last_seen_size", "note"]
    return pd.DataFrame([{c: r.get(c, pd.NA) for c in columns} for r in rows], columns=columns)


THEN = checks([
    {"need": "quality", "claim": "Runway Gen-4.5", "pick": "leader", "category": T2V, "status": "is the pick",
     "snapshot_date": pd.Timestamp("2025-12-20"), "claim_name": "Runway Gen-4.5", "claim_rank": 1,
     "board_size": 20, "board_complete": False, "gap": 0.0},
    {"need": "quality", "claim": "Runway Gen-4.5", "pick": "leader", "category": I2V, "status": "no board"},
    {"need": "motion", "claim": "Veo 3", "pick": "leader", "status": "not measured"},
    {"need": "budget", "claim": "Pika 2.5 Turbo", "checked_as": "Pika 2.5", "pick": "frontier",
     "category": T2V, "status": "no prices", "board_size": 20, "board_complete": False},
])
NOW = checks([
    {"need": "quality", "claim": "Runway Gen-4.5", "pick": "leader", "category": T2V,
     "status": "not the pick",
     "snapshot_date": DAY, "claim_name": "Runway Gen-4.5 (720p)", "claim_rank": 24, "board_size": 32,
     "board_complete": True, "pick_name": "Wan 3.0", "gap": 206.0, "p_pick_above_claim": 0.99999},
    {"need": "quality", "claim": "Runway Gen-4.5", "pick": "leader", "category": I2V,
     "status": "not on this board", "snapshot_date": DAY, "board_size": 77, "board_complete": True,
     "last_seen": pd.Timestamp("2026-09-30"), "last_seen_rank": 16, "last_seen_size": 77},
    {"need": "motion", "claim": "Veo 3", "pick": "leader", "status": "not measured"},
    {"need": "budget", "claim": "Pika 2.5 Turbo", "checked_as": "Pika 2.5", "pick": "frontier",
     "category": T2V, "status": "not the pick", "snapshot_date": DAY, "claim_name": "Pika 2.5",
     "claim_rank": 30,
     "claim_elo": 847.0, "claim_price": 12.8, "claim_on_frontier": False, "board_size": 32,
     "board_complete": True, "pick_name": "Wan 3.0", "pick_price": 12.0, "gap": 282.0,
     "cheaper_name": "LTX-2.3 Fast", "cheaper_price": 2.4, "cheaper_elo": 857.0},
])
BREAKS = pd.DataFrame({
    "category": [T2V], "previous_date": [pd.Timestamp("2026-09-30")], "date": [pd.Timestamp("2026-10-01")],
    "n_before": [81], "n_after": [30], "n_both": [21], "move_min": [-314.0], "move_max": [-125.0],
    "anchor_before": ["Mochi 1"], "anchor_after": ["Kling 3.0 1080p (Pro)"],
})


# --- shared phrases -------------------------------------------------------------------------------


def test_probabilities_never_print_a_certainty_and_ratings_say_when_they_lack_an_interval() -> None:
    assert stories.chance_text(0.9996) == "> 99.9%" and stories.chance_text(0.0004) == "< 0.1%"
    assert stories.chance_text(0.995) == "99.5%" and stories.chance_text(0.5) == "50%"
    assert stories.chance_text(pd.NA) == "n/a (no interval)"
    with pytest.raises(ValueError):
        stories.chance_text(1.5)
    assert [stories.about(p) for p in (0.8958, 0.9996, 0.004, None)] == [
        "about 90%", "more than 99%", "under 1%", "not computable"]
    assert stories.rating_text(1243.0, pd.NA, pd.NA) == "1243 (no interval)"
    assert stories.rating_text(1127.0, 1115.0, 1139.0) == "1127 [1115–1139]"


def test_copies_are_dated_in_words_and_prices_said_for_what_they_are() -> None:
    assert stories.copy_date("an undated copy of about late September 2026 (T2V ratings match a top 8 of "
                             "2026-09-29)") == "about late September 2026"
    with pytest.raises(ValueError, match="about <month> <year>"):
        stories.copy_date("a copy of 2026-09-29")
    prices = pd.DataFrame({"price_dating": [
        "an undated copy of about late September 2026 (T2V ratings match a top 8 of 2026-09-29)",
        "an undated copy of about early August 2026 (2026-07-31 to ~2026-08-11 by its contents)"]})
    assert stories.value_source(prices).endswith("undated copies of about early August 2026 and about late "
                                                 "September 2026). The anchor model, pinned at 1,000, has no "
                                                 "interval.")
    # the chart's board names its anchor: the model rated 1,000 with no spread
    anchor = pd.DataFrame({"model_name": ["Kling 3.0", "X"], "elo": [1000.0, 996.0],
                           "ci_low": [1000.0, 985.0], "ci_high": [1000.0, 1007.0]})
    assert stories.value_source(prices, anchor).endswith(
        "The anchor model, Kling 3.0, pinned at 1,000, has no interval.")


# --- answer and findings --------------------------------------------------------------------------


def test_findings_give_the_leads_the_near_top_pick_open_weights_and_the_shortlist() -> None:
    found = stories.guide_findings(leaders(), value(), T2V, open_best(), THEN, NOW, tops(),
                                   basis="The picks rest on X.")
    assert found == [
        "1 of 2 leads is near-certain (at least 95% likely, assuming independent ratings): Wan 3.0 in text "
        "to video (silent) (about 98%). The closest call, image to video (silent), is an open race: Gemini "
        "Omni Flash has about 61%.",
        "In text to video (silent), no priced model cheaper than Wan 3.0 (USD 12.00) comes within 20 points; "
        "MiniMax H3 Max and MiniMax H3 (768p) come as close but lack a list price. The next priced, "
        "HappyHorse-1.1 (USD 9.90), is 87 points lower.",
        # the note's pool has 2 unflagged models above its best open-weights one: the pick's caveat
        "In text to video (silent), the best model the catalogue marks as open-weights is LTX-2.5 Fast, #22 "
        "of 32, but 2 of the 21 models rated above it have no open-weights status in the catalogue.",
        # the budget row checks a stand-in (Pika 2.5 for Pika 2.5 Turbo): not a verdict on the pick
        "In December 2025, only Runway Gen-4.5 (quality) could be judged: it held, #1 of the 20 listed. Now "
        "it is #24 of 32 in text to video (silent); 2 other picks cannot be judged directly.",
        "The picks rest on X.",
    ]
    assert all(len(f.split()) <= 45 for f in found)
    assert stories.key_findings(found).startswith("**Key findings**")
    # without board tops, the closest call is said without calling it an open race
    plain = stories.guide_findings(leaders(), value(), T2V, open_best(), THEN, NOW)
    assert plain[0].endswith("The closest call is image to video (silent): Gemini Omni Flash, about 61%.")
    assert len(plain) == 4


def test_the_audio_finding_says_whether_the_silent_leaders_make_sound() -> None:
    silent = pd.DataFrame({"category": [T2V, I2V], "model": ["wan", "gem"], "board_size": [32, 77],
                           "model_name": ["Wan 3.0", "Gemini Omni Flash"], "rank": [1, 1]})
    four = pd.DataFrame({"category": [T2V, I2V, T2VA, I2VA], "model": ["wan", "gem", "wan", "h3max"],
                         "model_name": ["Wan 3.0", "Gemini Omni Flash", "Wan 3.0", "MiniMax H3 Max"],
                         "board_size": [32, 77, 29, 36]})
    board = {I2VA: pd.DataFrame({"model": ["h3max", "gem"], "rank": [1, 4]})}
    # only where the silent leader also leads with audio does wanting sound change no pick
    four = four.assign(snapshot_date=pd.Timestamp("2026-10-10"))
    assert stories.audio_finding(four, silent, board) == (
        "In text to video, wanting sound does not change the leader: Wan 3.0 leads both. In image to video "
        "it does: silent leader Gemini Omni Flash is #4 of 36 with audio, where MiniMax H3 Max leads.")
    assert stories.audio_finding(four.assign(p_leader=[0.88, 0.61, 0.84, 0.98]), silent) == (
        "In text to video, wanting sound does not change the leader: Wan 3.0 leads silent (about 88% likely "
        "truly #1) and with audio (about 84%). In image to video it does: silent leader Gemini Omni Flash is "
        "not on the with-audio board, where MiniMax H3 Max leads.")
    both = four.assign(model=["wan", "gem", "wan", "gem"])
    assert stories.audio_finding(both, silent) == (
        "In text to video, wanting sound does not change the leader: Wan 3.0 leads both. In image to video, "
        "wanting sound does not change the leader: Gemini Omni Flash leads both.")
    assert stories.audio_finding(four.iloc[1:], silent.iloc[1:], board) == (
        "In image to video, wanting sound changes the leader: silent leader Gemini Omni Flash is #4 of 36 "
        "with audio, where MiniMax H3 Max leads.")
    # no with-audio board to set a silent leader against: only that it makes sound
    assert stories.audio_finding(four.iloc[:2], silent.iloc[1:], board) == (
        "The silent leader also makes sound: Gemini Omni Flash in image to video (silent).")
    lower = silent.assign(rank=[1, 3])
    assert stories.audio_finding(leaders(), lower) == (
        "On the silent boards, the best models that make sound are Wan 3.0 at #1 of 32 in text to video "
        "(silent) and Gemini Omni Flash at #3 of 77 in image to video (silent).")
    found = stories.guide_findings(four, value(), T2V, open_best(), THEN, NOW, audio_best=silent)
    assert found[0].startswith("In text to video, wanting sound does not change the leader")
    assert len(found) == 4
    # shipped: Wan 3.0 leads both text-to-video boards; Gemini Omni Flash is #4 of 36 with audio
    rankings, models = data.load_rankings(), data.load_models()
    shipped = stories.audio_finding(
        guide.pool_leaders(rankings), guide.flagged_leaders(rankings, models, "native_audio",
                                                            categories=(T2V, I2V)),
        guide.board_tops(rankings, top_n=8), rankings)
    assert shipped == (
        "Wan 3.0 leads text to video, silent and with audio: about 87% and about 84% likely to be truly #1 "
        "(if rating errors are independent).")
    assert len(shipped.split()) <= 35


def test_the_audio_finding_gives_the_headline_chances_when_the_leader_left_both_boards() -> None:
    silent = pd.DataFrame({"category": [T2V, I2V], "model": ["wan", "gem"], "board_size": [32, 77],
                           "model_name": ["Wan 3.0", "Gemini Omni Flash"], "rank": [1, 1]})
    four = pd.DataFrame({"category": [T2V, I2V, T2VA, I2VA], "model": ["wan", "gem", "wan", "h3max"],
                         "model_name": ["Wan 3.0", "Gemini Omni Flash", "Wan 3.0", "MiniMax H3 Max"],
                         "board_size": [32, 77, 29, 36], "p_leader": [0.88, 0.61, 0.84, 0.98],
                         "snapshot_date": pd.Timestamp("2026-10-10")})
    old, new = pd.Timestamp("2026-09-30"), pd.Timestamp("2026-10-10")
    rows = [(old, T2V, "wan", "Wan 3.0", 1, 1100.0), (old, T2V, "gem", "Gemini Omni Flash", 2, 1097.0),
            (old, T2VA, "gem", "Gemini Omni Flash", 1, 1104.0), (old, T2VA, "wan", "Wan 3.0", 2, 1100.0),
            (new, T2V, "wan", "Wan 3.0", 1, 1129.0), (new, T2VA, "wan", "Wan 3.0", 1, 1156.0),
            (new, I2V, "gem", "Gemini Omni Flash", 1, 1368.0),
            (new, I2VA, "h3max", "MiniMax H3 Max", 1, 1195.0)]
    rankings = pd.DataFrame(rows, columns=["snapshot_date", "category", "model", "model_name", "rank", "elo"])
    rankings = rankings.assign(arena="Artificial Analysis")
    assert stories.audio_finding(four, silent, None, rankings) == (
        "Wan 3.0 leads text to video, silent and with audio: about 88% and about 84% likely to be truly #1 "
        "(if rating errors are independent).")  # who left and when is told in the body
    # with the last downloaded board: the silent chance on both boards, as every report gives it
    fetched = pd.DataFrame({"model": ["wan", "gem"], "p_leader": [0.9, 0.1],
                            "snapshot_date": pd.Timestamp("2026-10-06")})
    two = stories.audio_finding(four, silent, None, rankings, fetched)
    assert two == (
        "Wan 3.0 leads silent text to video: about 90% likely truly #1 on the newest board,"
        " 6 October, if rating errors are independent.")
    assert len(two.split()) <= 35
    # a board that listed one entry twice: the body says so, the finding keeps its words
    merged = stories.audio_finding(four, silent, None, rankings, fetched.assign(also_listed_as=["", "Wan X"]))
    assert merged == two
    assert stories.audio_finding(four, silent, None, rankings, fetched.iloc[1:]) == stories.audio_finding(
        four, silent, None, rankings)  # the leader not on the downloaded board: the rebuilt chances alone
    # gone from the with-audio board only: said of that board alone
    kept = pd.concat([rankings, rankings.iloc[[1]].assign(snapshot_date=new, rank=3)])
    assert stories.audio_finding(four, silent, None, kept) == (
        "In text to video, Wan 3.0 leads silent (about 88% likely truly #1) and with audio (about 84%), but "
        "with audio only since Gemini Omni Flash, #1 there by 4 points on 30 September 2026, left the board "
        "at the re-rating.")


def test_a_pick_below_an_unpriced_leader_and_a_budget_replaces_the_near_top_finding() -> None:
    budget = value(budget=[5.0, 5.0], budget_model=["veo", "grok"],
                   budget_name=["Veo 3.1 Lite", "grok-imagine-video"], budget_price=[3.0, 4.2],
                   budget_gap=[174.0, 109.0], budget_elo=[955.0, 1072.0])
    found = stories.guide_findings(leaders(), budget, I2VA, open_best(), THEN, NOW)
    assert len(found) == 4
    assert found[1] == (
        "Within USD 5.00 a minute, the best image to video with audio model is grok-imagine-video (USD "
        "4.20), 109 points below MiniMax H3: MiniMax H3 would win about 65 of 100 decisive votes between "
        "the two."
    )
    assert stories.guide_findings(leaders(), value(), I2VA, open_best(), THEN, NOW)[1] == (
        "In image to video with audio, Gemini Omni Flash at USD 6.00 a minute is 3 points below the "
        "highest-rated model with a list price, MiniMax H3 at USD 7.80: the cheapest model about as good. "
        "The board's leader, "
        "MiniMax H3 Max, has no price in the archived model list."
    )
    # 0.946 prints as "about 95%", so it is counted as near-certain, as the chart counts it
    close = leaders(p_leader=[0.946, 0.9786, pd.NA])
    sure = stories.guide_findings(close, value(), T2V, open_best(), THEN, NOW)
    assert sure[0] == ("All 2 leads are near-certain (at least 95% likely, assuming independent ratings): "
                       "Gemini Omni Flash in image to video (silent) (about 98%); Wan 3.0 in text to video "
                       "(silent) (about 95%).")


def test_an_interval_reaching_the_best_is_said() -> None:
    row = value(near_gap=[0.0, 35.0], near_by=["rating", "interval"])
    text = stories.guide_findings(leaders(), row, I2VA, open_best(), THEN, NOW)[1]
    assert ("Gemini Omni Flash at USD 6.00 a minute is 35 points below the highest-rated model with a list "
            "price, MiniMax H3 at "
            "USD 7.80, its 95% interval reaching the best's: the cheapest model about as good.") in text


def test_leaders_table_names_ties_and_bases() -> None:
    frame = stories.leaders_frame(leaders())
    assert frame["pool"].tolist() == ["Text to video (silent)", "Image to video (silent)"]
    # r85 reader of 04: an unexplained "(based on ...)" tag on a runner-up ("Utopai X (based on MiniMax
    # H3)") dropped; the leader keeps it, the text explains it
    assert frame["runner_up"].tolist() == ["MiniMax H3 Max", "Bach 1.0 Pro and Wan 3.0 (both =2)"]
    shown = plots.table(frame, columns=stories.LEADERS_TABLE, formats=stories.LEADERS_FORMATS)
    assert shown.cells()[0] == ["Text to video (silent)", "10 Oct 2026", "downloaded", "Wan 3.0", "Alibaba",
                                "1129\u00a0[1118\u2060–\u20601140]", "98%", "MiniMax H3 Max", "11"]
    # r85 reader of 04: one board day and no rebuilt board: no date or copy column, the day in the title
    columns, formats, title = stories.leaders_layout(leaders())
    assert ("board" not in columns and "copy" not in columns and "board" not in formats
            and title == "Each pool's leader on the 10 October 2026 boards")
    # the correlated readings, both signs, are in the text only: the table shows neither
    assert "p_leader_correlated" not in stories.LEADERS_TABLE
    assert frame["p_leader"].dtype == "Float64"  # numbers in the CSV, words only on screen


def test_value_text_frame_and_layout() -> None:
    assert stories.value_text(value(), T2V) == (
        "On the text to video (silent) board of 10 October 2026, 21 of 32 models have a list price, set per "
        "pool: a model's silent and with-audio prices can differ. The highest-rated model with a list "
        "price is Wan 3.0 (1129 [1118–1140], USD 12.00 a minute). The "
        "price–quality frontier runs "
        "through 2 "
        "models: Veo 3.1 Lite (USD 3.00); Wan 3.0 (USD 12.00)."
    )
    assert "The board's leader, MiniMax H3 Max, has none." in stories.value_text(value(), I2VA)
    assert stories.value_text(value(), I2V) == "There is no image to video (silent) board for that date."
    assert stories.value_text(value(), T2V, models=31).startswith(
        "On the text to video (silent) board of 10 October 2026, 21 of its 32 listings (31 models) have a "
        "list price, set per pool")
    columns, formats, missing = stories.value_layout(None)
    assert "budget_name" not in columns
    assert columns["near_gap"] == "Points below the highest-rated model with a list price"
    assert stories.value_layout(5.0)[0]["budget_name"] == "Best at or under the budget"
    shown = plots.table(stories.value_frame(value()), columns=columns, formats=formats, missing=missing)
    # r79 reader of 04: no "Measured against" column (the header names the reference)
    assert shown.cells()[1][:7] == ["Image to video with audio", "30 of 36", "MiniMax H3 Max",
                                    "no price listed", "Gemini Omni Flash", "USD 6.00", "3"]
    board = pd.DataFrame({"model": ["w", "h"], "model_name": ["Wan 3.0", "HappyHorse"], "rank": [1, 2],
                          "elo": [1129.0, 1042.0], "price_usd_per_min": [12.0, 9.9]})
    budget = stories.value_frame(value(), {I2VA: board})
    assert budget.loc[1, ["near_name", "near_price", "near_gap"]].tolist() == ["HappyHorse", 9.9, 87.0]
    # the pick's chance of being truly within the cut-off, a table cell; "no cheaper alternative" without one
    spread = board.assign(ci_low=board["elo"] - 11, ci_high=board["elo"] + 11)
    chance = plots.table(stories.value_frame(value(), {I2VA: spread}), columns=columns, formats=formats,
                         missing=missing).cells()
    assert [row[7] for row in chance] == ["no cheaper alternative", "95%"]
    assert columns["near_within"] == "Chance it is truly within 100 points (independent errors)"
    # r85 reader of 04: not "somewhat lower rated" (a 3-point gap is a statistical tie); the frontier apart
    assert stories.VALUE_BUDGET_PICK == {"near_name": (
        "Cheaper option (cheapest within 100 points of the highest-rated model with a list price)")}
    assert "frontier" not in columns and stories.VALUE_FRONTIER_TABLE == {
        "pool": "Pool", "frontier": "Price–quality frontier, cheapest first (USD per minute)",
        "cheapest": "Cheapest model with a list price"}


def test_open_weights_give_one_recommendation_per_pool_in_models() -> None:
    listing = open_best().assign(variants=["MiniMax H3 (768p) (#2); MiniMax H3 Max (#2)", ""],
                                 variant_of=["MiniMax H3", ""])
    lead = pd.DataFrame({"category": [T2V, I2V], "board_size": [31, 77]})
    picks = stories.open_picks(listing, lead)
    assert picks["pick"].tolist() == [
        "LTX-2.5 Fast (#22); MiniMax H3 is #2 but confirm its licence", "MiniMax H3 (#4)"]
    assert stories.open_picks_text(picks) == (
        "If you need weights you can run yourself, the best model known to be [open "
        "weights](#glossary-open-weights) is LTX-2.5 Fast, #22 in text to "
        "video (silent); and MiniMax H3, #4 in image to video (silent). The catalogue flags MiniMax H3 as "
        "open weights only in its image to video listings, not in the listings where it ranks higher, so "
        "check its licence before relying on it.")
    # r68 reader of 04: "#2" counted the variant MiniMax H3 Max; its own listing is #3 and both are said
    ranked = listing.assign(variants=["MiniMax H3 Max (#2); MiniMax H3 (768p) (#3)", ""])
    picks3 = stories.open_picks(ranked, lead)
    assert picks3["pick"].iloc[0] == (
        "LTX-2.5 Fast (#22); MiniMax H3 is #3 (#2 counting its variant MiniMax H3 Max) but confirm its "
        "licence")
    assert stories.open_picks_text(picks3) == (
        "If you need weights you can run yourself, the best model known to be [open "
        "weights](#glossary-open-weights) is LTX-2.5 Fast, #22 in text to "
        "video (silent); and MiniMax H3, #4 in image to video (silent). The catalogue flags MiniMax H3 as "
        "open weights only in its image to video listings, not in the listings where it ranks higher, so "
        "check its licence before relying on it.")
    # another developer's listing "based on" MiniMax H3 is a different model: not counted as its place
    based = listing.assign(variants=["Utopai X (based on MiniMax H3) (#2); MiniMax H3 (768p) (#4)", ""])
    assert (stories.open_picks(based, lead)["pick"].iloc[0]
            == "LTX-2.5 Fast (#22); MiniMax H3 is #4 but confirm its licence")
    # the same flagged model in two pools is named once, with both places (no "X (#21) and X (#21)")
    two = pd.DataFrame({"category": [T2V, "text-to-video-audio"], "model_name": ["LTX-2.5 Fast"] * 2,
                        "rank": [21, 21], "variants": ["", ""], "variant_of": ["", ""]})
    assert stories.open_picks_text(two) == (
        "If you need weights you can run yourself, the best model known to be [open "
        "weights](#glossary-open-weights) is LTX-2.5 Fast, #21 in text to "
        "video (silent) and #21 in text to video with audio.")
    # one model per row in the appendix table: the flagged model's own place, developer, rating and gap
    frame = stories.flagged_frame(picks)
    assert plots.table(frame, columns=stories.OPEN_PICK_TABLE, formats=stories.OPEN_PICK_FORMATS,
                       missing=stories.OPEN_PICK_MISSING).cells()[0] == [
        "Text to video (silent)", "LTX-2.5 Fast (#22)", "Lightricks", "938\u00a0[927\u2060–\u2060949]",
        "191"]


def test_the_shortlist_is_one_table_with_one_verdict_per_cell() -> None:
    frame = stories.shortlist_frame(THEN, NOW)
    assert list(frame.columns) == list(stories.SHORTLIST_TABLE)
    # "Runway Gen-4.5 (720p)" is Runway Gen-4.5 under the matching rule: a direct verdict
    assert frame.to_dict("records")[0] == {
        "need": "Quality", "claim": "Runway Gen-4.5", "pool": "Text to video (silent)",
        "then": "Holds (leads, #1 of the 20 listed)",
        "now": "Does not lead now: its 720p listing is #24 of 32; Wan 3.0 would win about 77 of 100 "
               "decisive votes against it"}
    assert pd.isna(frame.loc[1, "then"])  # no December board: "no board that month"
    assert stories.SHORTLIST_MISSING["then"] == "no archived board of this pool that month"
    assert frame.loc[1, "now"] == ("Not on the board now; #16 of 77 on 30 September 2026, the last board "
                                   "listing it, not leading")
    assert frame.loc[2, ["then", "now"]].tolist() == ["Cannot be judged (no board measures it)"] * 2
    # with the people-prompt ratings, the claim no board measures is judged now on that nearest proxy
    people = pd.DataFrame({"model_name": ["Kling", "Veo 3", "Sora"], "rank_prompt": [1, 2, 2],
                           "dating": "an undated copy of about early August 2026 (its newest model)"})
    proxied = stories.shortlist_frame(THEN, NOW, people=people)
    assert proxied.loc[2, ["then", "now"]].tolist() == [
        "Cannot be judged (no board measures it)",
        "Cannot be judged. Proxy from an early August 2026 copy, not this board: Veo 3 placed =2 of 3 on "
        "people prompts (no intervals)"]
    assert stories.shortlist_frame(THEN, NOW, people=people.assign(rank_prompt=[2, 1, 3])).loc[2, "now"] == (
        "Cannot be judged. Proxy from an early August 2026 copy, not this board: Veo 3 placed #1 of 3 on "
        "people prompts (no intervals)")
    assert stories.shortlist_frame(THEN, NOW, people=people.iloc[[0]]).loc[2, "now"] == (
        "Cannot be judged (no board measures it)")
    # a budget verdict names the cheapest model rated higher, not the pool's best for the money
    assert frame.loc[3].to_dict() == {
        "need": "Budget", "claim": "Pika 2.5 Turbo", "pool": "Text to video (silent)",
        "then": "Cannot be judged (not among the 20 listed; no prices from that time)",
        "now": "Does not hold (indirect: the named model is not listed; the nearest listed model, Pika 2.5, "
               "is #30 of 32 at USD 12.80; the cheapest model rated higher, LTX-2.3 Fast, rates 10 points "
               "higher for USD 2.40)"}


def test_claim_verdicts_hold_fail_or_cannot_be_judged() -> None:
    held = NOW.iloc[3].copy()
    held["status"], held["pick_name"], held["claim_on_frontier"], held["pick_price"] = (
        "is the pick", "Pika 2.5", True, 12.8)
    assert stories.claim_verdict(held) == (
        "Holds (indirect: the named model is not listed; the nearest listed model, Pika 2.5, is on the "
        "price–quality frontier; #30 of 32 at USD 12.80)")
    direct = held.copy()
    direct["checked_as"], direct["claim"] = pd.NA, "Pika 2.5"
    assert stories.claim_verdict(direct) == "Holds (on the price–quality frontier; #30 of 32 at USD 12.80)"
    fails = NOW.iloc[3].copy()
    fails["checked_as"], fails["cheaper_name"] = pd.NA, pd.NA  # no cheaper model rated higher
    assert stories.claim_verdict(fails) == (
        "Does not hold (#30 of 32 at USD 12.80; Wan 3.0 rates 282 points higher for USD 12.00)")
    assert stories.claim_verdict(NOW.iloc[0].copy(), then=True) == (
        "Did not lead (#24 of 32, 206 points behind Wan 3.0)")
    assert stories.claim_verdict(NOW.iloc[0].copy()) == (
        "Does not lead now: its 720p listing is #24 of 32; Wan 3.0 would win about 77 of 100 decisive "
        "votes against it")
    assert stories.claim_verdict(THEN.iloc[1]) is pd.NA
    unknown = checks([{"need": "budget", "claim": "X", "status": "unknown model"}]).iloc[0]
    assert stories.claim_verdict(unknown) == (
        "Cannot be judged (no model of that name on any board in the data)")


def test_people_prompts_say_what_they_cannot() -> None:
    t2v = pd.DataFrame({"model": ["g", "h", "veo"], "model_name": ["Gemini", "H3", "Veo 3"],
                        "elo_prompt": [1370.2, 1348.0, 1250.2], "rank_prompt": [1, 2, 3],
                        "elo_overall": [1322.0, 1305.0, 1211.0], "rank_overall": [1, 2, 3], "category": T2V,
                        "dating": "an undated copy of about early August 2026 (2026-07-31 to ~2026-08-11)"})
    i2v = t2v.iloc[:2]
    assert stories.people_text(t2v, i2v, ["veo"], "Veo 3") == (
        "In that copy, dated by its contents to about early August 2026, **Gemini** rates highest on people "
        "prompts of the silent text-to-video pool (1370); Veo 3 is #3 of 3 (rated 1250, and #3 on all "
        "prompts). From "
        "an image, Gemini rates highest; Veo 3 is not in that pool's list. With no intervals, ratings a few "
        "points apart cannot be told apart; nothing here speaks to December 2025, when Veo 3 was recommended."
    )
    tied = t2v.assign(rank_prompt=[1, 1, 3], elo_prompt=[1370.2, 1370.0, 1250.2])
    assert ("The copy lists 3 models in that pool, against 32 on the re-rated board of 10 October 2026: its "
            "ranks are places on the older, longer board. With no intervals, ratings a few points apart "
            "cannot be told apart;") in stories.people_text(tied, i2v, ["veo"], "Veo 3", 32, DAY)
    # the tie rule is stated once (glossary, section intro), not again here
    assert "round" not in stories.people_text(tied, i2v, ["veo"], "Veo 3", 32, DAY)
    # a rank shared with another model is written "=3", as the table writes it
    level = t2v.assign(rank_prompt=[1, 3, 3], rank_overall=[1, 3, 3])
    assert "Veo 3 is =3 of 3 (rated 1250, and =3 on all prompts)" in stories.people_text(
        level, i2v, ["veo"], "Veo 3")
    assert stories.people_caption(t2v) == ("Ratings on people prompts, text to video (silent) pool (undated "
                                           "copy of about early August 2026, without intervals)")
    assert stories.people_frame(t2v, ["veo"], top=1)["model"].tolist() == ["g", "veo"]


def test_method_notes_compute_the_rerating_and_say_the_budget_rule_only_with_a_budget() -> None:
    prices = pd.DataFrame({"price_dating": ["an undated copy of about late September 2026 (x)"]})
    people = pd.DataFrame({"category": [T2V] * 2, "dating": "an undated copy of about early August 2026 (y)"})
    notes = stories.guide_method_notes(BREAKS, prices, people)
    # the re-rating and the double entry are linked to reports 00 and 03, not told again
    assert ("Artificial Analysis [re-rated](00-about-the-data.html#the-re-rating-of-1-october-2026) text to "
            "video (silent) on 1 October 2026 and cut it (from 81 to 30 models), so ranks before and after "
            "are on different boards and a place such as \"#2 of 81\" is on the older, larger "
            "board.") in notes
    both = pd.concat([BREAKS, BREAKS.assign(category="text-to-video-audio", n_before=36, n_after=27)])
    assert ("[re-rated](00-about-the-data.html#the-re-rating-of-1-october-2026) text to video (silent) and "
            "text to video with audio on 1 October 2026 and cut them (from 81 to 30 models and from 36 to 27 "
            "models), so ranks") in stories.guide_method_notes(both, prices, people)
    # r77 reader of 04: the identical-listing rule in one short line (report 03 tells the story)
    assert any(n.startswith("- **Identical listings count as one model** in every chance of being #1 (")
               and n.endswith("[pair's story](03-how-sure-is-number-one.html#which-models-could-be-1-on-the-"
                              "latest-board)).") for n in notes.split("\n"))
    assert "- **Developers are parent companies**, as in [report 00](00-about-the-data.html)." in notes
    assert ("- **Prices** come from two undated copies of Artificial Analysis's model list, dated by what "
            "they list to about late September 2026. A model in the newer copy takes its price from it; the "
            "older copy fills only models the newer one lacks.") in notes
    assert "People-prompt" not in notes  # the people table's caption dates that copy
    assert "a tie on a rebuilt board may come from rounding" in notes
    assert "budget" not in notes and "seeded" not in notes and "81→30" not in notes
    assert "with the budget of USD 5.00 a minute, also the best model at or under it" in (
        stories.guide_method_notes(BREAKS, prices, people, 5.0))
    assert "report 03" in notes


def test_the_guide_glossary_defines_the_terms_it_uses() -> None:
    glossary = stories.glossary(stories.GUIDE_GLOSSARY)
    for term in ("Open weights", "Native audio", "List price", "Price–quality frontier", "Runner-up",
                 "Correlation", "Arena", "Anchor", "Head-to-head preference",
                 "Text to video, image to video; silent, with audio", "Resolution tag (720p, 768p, 1080p)"):
        assert term in glossary, term
    # one tie rule for every table, chart and sentence: equal at whole points, as shown
    assert "equal at whole points, as the tables show them, share a rank" in glossary
    # the headline range's reason links the repeated-listing entry (shared with 02 and 03, which says
    # "exactly the same rating"); the note's own entries keep the whole-points wording
    assert "**Repeated listing**" in glossary
    own = stories.glossary(tuple(k for k in stories.GUIDE_GLOSSARY if k != "repeated-listing"))
    assert "exactly" not in own and "filing" not in glossary.lower()
    # the likely lead is defined by its chance, not by the other two bands
    assert ("**Likely lead**: A lead whose chance of being truly #1 is 75% or more but under 95%") in glossary
    assert "runner-ups" not in glossary


def test_source_ids_read_board_price_and_quote_columns() -> None:
    boards = pd.DataFrame({"source_id": ["b", None], "price_source_id": ["p", "p"]})
    quotes = pd.DataFrame({"source_ids": ["q1, q2", None]})
    assert stories.guide_source_ids(boards, quotes) == ["b", "p", "q1", "q2"]


# --- on the shipped data --------------------------------------------------------------------------

_INTERNAL = re.compile(r"\b(?=[a-z0-9-]*\d)[a-z0-9]+(?:-[a-z0-9]+){2,}\b|_|-to-video")  # wan-3-0, pool ids


@pytest.fixture(scope="module")
def shipped() -> dict[str, object]:
    rankings, models = data.load_rankings(), data.load_models()
    aliases, prices = data.load_model_aliases(), data.load_pool_prices()
    shortlist = guide.december_shortlist()
    priced = guide.priced_boards(rankings, models, prices)
    return {
        "rankings": rankings, "prices": prices, "priced": priced, "leaders": guide.pool_leaders(rankings),
        "tops": guide.board_tops(rankings, None, top_n=8),
        "value": guide.value_summary(priced, budget=5.0),
        "open": guide.flagged_leaders(rankings, models, "open_weights"),
        "offer": guide.developer_offer(rankings, models),
        "breaks": guide.scale_breaks(rankings, epochs=data.load_scale_epochs()),
        "then": guide.recommendation_check(rankings, models, aliases, shortlist, "2025-12-31",
                                           not_before="2025-12-01"),
        "now": guide.recommendation_check(rankings, models, aliases, shortlist, prices=prices),
    }


def test_shipped_findings_read_in_plain_words(shipped: dict) -> None:
    findings = stories.guide_findings(shipped["leaders"], shipped["value"].assign(budget=pd.NA), T2V,
                                      shipped["open"], shipped["then"], shipped["now"], shipped["tops"],
                                      )
    assert 3 <= len(findings) <= 5
    assert all(len(f.split()) <= 45 for f in findings), findings
    texts = [*findings, stories.value_text(shipped["value"], T2V),
             stories.open_picks_text(stories.open_picks(shipped["open"], shipped["leaders"]))]
    for text in texts:
        assert not _INTERNAL.search(text.replace("silent text-to-video pool", "")), text
        assert "spell" not in text and "rating per dollar" not in text.replace("not by rating per dollar", "")
        assert "SpaceXAI" not in text.replace("SpaceXAI for xAI", "") and "P(" not in text
    newest = shipped["leaders"]["snapshot_date"].max()
    board = leaderboard.board_leader_odds(shipped["rankings"], guide.ARENA, T2V, newest)
    # the same probability as the note on how sure #1 is gives for the same board
    assert board["p_leader"].iloc[0] == shipped["leaders"].set_index("category").loc[T2V, "p_leader"]


def test_shipped_numbers_the_reader_checks(shipped: dict) -> None:
    leaders = shipped["leaders"].set_index("category")
    # the tie for second in image to video (silent) is named as a tie
    assert leaders.loc[I2V, "n_runner_ups"] == 2
    assert stories.runner_up_text(leaders.loc[I2V]).endswith("(both =2)")
    # the near-certain image-with-audio leader is a Fal-listed variant of its runner-up, with no price
    assert (leaders.loc[I2VA, "hosted_by"], leaders.loc[I2VA, "built_on"]) == ("Fal", "MiniMax H3")
    assert leaders.loc[I2VA, "runner_up_name"] == "MiniMax H3"
    value = shipped["value"].set_index("category")
    assert pd.isna(value.loc[I2VA, "leader_price"])
    # most of the models closest to the text-to-video leader have no price: computed, not hard-coded
    t2v = value.loc[T2V]
    assert 0 < t2v["n_close_unpriced"] <= t2v["n_close"]
    assert t2v["n_models"] - t2v["n_priced"] > 0
    # Utopai X stays Utopai Studios' (its own product built on MiniMax H3, not a host's listing)
    offer = shipped["offer"].set_index("developer")
    assert "Utopai X" in offer.loc["Utopai Studios", "derived"]
    # MiniMax H3 (768p) is a model id of its own, so the open-weights flag of MiniMax H3 is not its
    models = data.load_models().set_index("model")
    assert "minimax-h3-768p" not in models.index or pd.isna(models.loc["minimax-h3-768p", "open_weights"])
    assert "MiniMax H3 (768p)" in ";".join(shipped["open"]["variants"].dropna())
    # the October 2026 re-rating shortened the text-to-video board
    breaks = shipped["breaks"].set_index("category")
    assert breaks.loc[T2V, "n_before"] > breaks.loc[T2V, "n_after"] and breaks.loc[T2V, "move_max"] < 0


def test_shipped_shortlist_in_december_and_now(shipped: dict) -> None:
    frame = stories.shortlist_frame(shipped["then"], shipped["now"])
    quality = frame[(frame["need"] == "Quality") & (frame["pool"] == "Text to video (silent)")].iloc[0]
    assert quality["then"] == "Holds (leads, #1 of the 20 listed)"
    # one matching rule: Runway Gen-4.5 (720p) is Runway Gen-4.5 (the alias table's same model id), judged
    # directly; Pika 2.5 Turbo has no entry of its name and Pika 2.5 is another model, so it is not judged
    verdict = quality["now"]
    assert re.fullmatch(r"Does not lead now: its 720p listing is #\d+ of \d+; .+ would win about \d+ of 100 "
                        r"decisive votes against it",
                        verdict), verdict
    assert "indirect" not in " ".join(frame["now"].dropna())
    budget = frame[frame["need"] == "Budget"]
    assert set(budget["now"]) == {"Cannot be judged (no model of that name on any board in the data)"}
    assert budget["pool"].tolist() == ["Text to video (silent)", "Image to video (silent)"]
    # December 2025 had a silent text-to-video board only: the image-to-video row says "no board"
    assert budget["then"].tolist()[0] == (
        "Cannot be judged (only the top of that month's board and no prices survive)")
    assert pd.isna(budget["then"].tolist()[1])
    assert frame["then"].isna().sum() >= 3  # pools without a December board: "no board that month"
    assert len(frame) == len(shipped["now"])
    assert all(str(v).startswith(("Holds", "Does not hold", "Does not lead now", "Not on the board now",
                                  "Cannot be judged"))
               for v in pd.concat([frame["then"].dropna(), frame["now"].dropna()]))
    text = stories.december_board(shipped["rankings"])
    assert "**Runway Gen-4.5 #1 at 1247**" in text and "#1 at 1243" in text
    assert "report 02" in stories.december_brief(shipped["rankings"])
    # a GitHub repository's owner is a third party here, not a model developer
    assert "Press and third-party copies publish no intervals" in stories.december_brief(shipped["rankings"])


def test_shipped_developers_are_parent_companies(shipped: dict) -> None:
    offer = shipped["offer"].set_index("developer")
    assert {"Kuaishou", "Alibaba", "MiniMax", "xAI"} <= set(offer.index)
    assert not {"KlingAI", "Fal", "Alibaba-ATH", "SpaceXAI"} & set(offer.index)
    assert "KlingAI" in offer.loc["Kuaishou", "brands"]
    assert "MiniMax H3 Max" in offer.loc["MiniMax", "hosted"]
    leaders = shipped["leaders"].set_index("category")
    assert leaders.loc[I2VA, "creator"] == "MiniMax"  # fal's "MiniMax H3 Max" counts for MiniMax
    # the leaders table names the parent company only, as the other reports' tables do
    frame = stories.leaders_frame(shipped["leaders"]).set_index("pool")
    assert frame.loc["Image to video with audio", "creator"] == "MiniMax"
    assert not frame["creator"].str.contains("Fal").any()


def test_a_december_leader_is_said_with_its_lead_and_no_chance() -> None:
    december = pd.DataFrame({"model_name": ["Runway Gen-4.5", "Veo 3", "Kling 2.5"],
                             "elo": [1247.0, 1226.0, 1225.0],
                             "snapshot_date": pd.Timestamp("2025-12-01")})
    frame = stories.shortlist_frame(THEN, NOW, december)
    assert frame.loc[0, "then"] == ("Was #1 on 1 December 2025 (21 points over Veo 3 at 1226; no intervals, "
                                    "so how sure is unknown)")
    assert frame.loc[3, "then"] == "Cannot be judged (not among the 20 listed; no prices from that time)"


def test_a_leader_missing_from_another_pool_is_said_with_its_last_listing() -> None:
    day, before = pd.Timestamp("2026-10-10"), pd.Timestamp("2026-09-30")
    rankings = pd.DataFrame({
        "arena": "Artificial Analysis", "category": [I2V, T2V, T2V, T2V, T2V, T2V, T2V],
        "model": ["g", "g", "x", "w", "w", "x", "g11"],
        "model_name": ["Gemini", "Gemini", "X", "Wan", "Wan", "X", "Gemini 1.1"],
        "creator": ["Google", "Google", "Y", "Alibaba", "Alibaba", "Y", "Google"],
        "rank": [1, 2, 1, 3, 1, 2, 3], "elo": [1300.0, 1332, 1340, 1329, 1129, 1100, 1069],
        "snapshot_date": [day, before, before, before, day, day, day]})
    board = pd.DataFrame({"category": [I2V, T2V], "model": ["g", "w"], "model_name": ["Gemini", "Wan"],
                          "snapshot_date": [day, day]})
    assert stories.absent_leaders_text(rankings, board, BREAKS) == (
        "Gemini was #2 of 3 in text to video (silent) on 30 September 2026. It left that board under that "
        "name on 10 October 2026; a separate entry, Gemini 1.1, is #3 of 3 in text to video (silent) on "
        "10 October 2026 — the data cannot tell whether it is the same model renamed.")
    # the successor first listed on the day of the re-rating it left in; or listed before: no rename said
    assert stories.absent_leaders_text(rankings, board, BREAKS.assign(date=day)).startswith(
        "Gemini was #2 of 3 in text to video (silent) on 30 September 2026. It left that board under that "
        "name on 10 October 2026;")
    older = pd.concat([rankings, rankings.iloc[[6]].assign(snapshot_date=before)])
    assert stories.absent_leaders_text(older, board, BREAKS).startswith(
        "Gemini was #2 of 4 in text to video (silent) on 30 September 2026, and left that board in the 1 "
        "October 2026 re-rating; the data do not show why.")
    assert stories.absent_leaders_text(rankings, board).startswith(
        "Gemini was #2 of 3 in text to video (silent) on 30 September 2026. It left that board under that "
        "name on 10 October 2026; a separate entry, Gemini 1.1, is")
    assert stories.absent_leaders_text(rankings, board.iloc[:1]) == ""


def test_the_data_box_says_in_plain_words_that_the_boards_shown_were_rebuilt() -> None:
    rebuilt = pd.DataFrame({"arena": "AA", "category": T2V,
                            "snapshot_date": pd.to_datetime(["2026-10-01", "2026-10-07", "2026-10-08"]),
                            "rebuilt_only": [False, True, True]})
    shown = leaders(snapshot_date=[pd.Timestamp("2026-10-08")] * 3)
    both = rebuilt.assign(category=[T2V, T2V, T2V])
    marked = stories.leaders_frame(shown, both)
    assert marked["copy"].tolist()[0] == "rebuilt"
    assert marked["board"].tolist()[0] == pd.Timestamp("2026-10-08")
    assert stories.board_label(T2V, "2026-10-01", both) == "1 October 2026"
    assert stories.rebuilt_chart_note(shown.iloc[:1], both) == (
        "All boards of 8 October 2026: rebuilt, not verified")
    assert stories.rebuilt_chart_note(shown, rebuilt.assign(rebuilt_only=False)) is None
    assert stories.leaders_chart_note(shown.iloc[:1], both) == (
        "% = chance of being truly #1, independent errors. All boards of 8 October 2026: rebuilt, not "
        "verified")
    assert stories.leaders_chart_note(shown, rebuilt.assign(rebuilt_only=False)) == (
        "% = chance of being truly #1, independent errors")
    assert stories.leaders_chart_note(pd.DataFrame({"model": []}), repeated=True) == (
        '% = chance of being truly #1, independent errors; "counted once" = an identical listing of the '
        "model above")
    assert stories.rebuilt_chart_note(shown, both, category=T2V) == (
        "Board of 8 October 2026 (rebuilt, not verified)")
    assert stories.rebuilt_chart_note(shown, rebuilt.assign(rebuilt_only=False), category=T2V) == (
        "Board of 8 October 2026")


def test_a_pick_named_on_no_board_gets_its_closest_entry_as_indirect_evidence() -> None:
    board = pd.DataFrame({"model": ["w", "p", "l"], "model_name": ["Wan 3.0", "Pika 2.5", "LTX-2.3 Fast"],
                          "rank": [1, 2, 3], "elo": [1129.0, 847.0, 857.0],
                          "price_usd_per_min": [12.0, 12.8, 2.4], "on_frontier": [True, False, True]})
    row = pd.Series({"status": "unknown model", "claim": "Pika 2.5 Turbo", "pick": "frontier"})
    from videomarket.stories._guide_sections import _closest_verdict, closest_entry
    assert closest_entry("Pika 2.5 Turbo", board)["model_name"] == "Pika 2.5"
    assert closest_entry("Pika", board) is None  # never down to one word
    # r70 reader of 04: the claim is about the Turbo model, the board lists only the non-Turbo one
    assert _closest_verdict(row, board) == (
        "Cannot be judged: Pika 2.5 Turbo is not on the board; the non-Turbo Pika 2.5 is #2 of 3 at "
        "USD 12.80 a minute")
    cheaper = board.assign(price_usd_per_min=[12.0, 3.0, 2.4])
    assert _closest_verdict(row, cheaper) == (
        "Cannot be judged directly (no Pika 2.5 Turbo on the board; the closest entry, Pika 2.5, is #2 of 3 "
        "at "
        "USD 3.00 a minute, rated 847, off the price–quality frontier)")
    assert _closest_verdict(row.replace({"unknown model": "no prices"}), board) is None


def test_the_picks_table_has_a_row_per_pool() -> None:
    board = pd.DataFrame({"model": ["wan", "h", "v", "l", "x"],
                          "model_name": ["Wan 3.0", "HappyHorse-1.1", "Veo 3.1 Lite", "LTX-2.3 Fast", "X"],
                          "rank": [1, 2, 3, 4, 5], "elo": [1129.0, 1042.0, 955.0, 857.0, 800.0],
                          "price_usd_per_min": [12.0, 9.9, 3.0, 2.4, 5.0]})
    h3 = pd.DataFrame({"model": ["h3"], "model_name": ["MiniMax H3"], "rank": [4], "elo": [1356.0],
                       "price_usd_per_min": [7.8]})
    lead = pd.DataFrame({"category": [T2V, I2V], "model": ["wan", "gem"],
                         "model_name": ["Wan 3.0", "Gemini Omni Flash"], "p_leader": [0.88, 0.61],
                         "snapshot_date": pd.Timestamp("2026-10-10")})
    race = {I2V: pd.DataFrame({"model_name": ["Gemini Omni Flash", "Wan 3.0", "Bach"], "rank": [1, 2, 2],
                               "p_leader": [0.61, 0.19, 0.16]})}
    flagged = pd.DataFrame({"category": [T2V, I2V], "model": [None, "h3"], "model_name": [None, "MiniMax H3"],
                            "rank": [pd.NA, 4], "board_size": [32, 77]})
    priced = {T2V: board, I2V: h3}
    frame = stories.picks_frame(lead, race, priced, flagged)
    assert frame.to_dict("records") == [
        {"pool": "Text to video (silent)", "leader": "Wan 3.0 (88%)", "value": "HappyHorse-1.1",
         "value_price": "9.90", "saving": "USD 2.10 a minute (18%) against Wan 3.0",
         "value_ref": "Wan 3.0", "value_gap": "87 below Wan 3.0", "value_chance": "",
         "cheapest": "LTX-2.3 Fast, USD 2.40, 272 points below Wan 3.0",
         # r77 reader of 04: the closest unpriced rival moved from the box to the table
         "rival": "—", "open": "none on the board"},
        # r73 reader of 04: "none" when the top priced model is the cheapest within the cut-off, and the
        # model each is measured against
        {"pool": "Image to video (silent)",
         "leader": "Open race: Gemini Omni Flash (61%), Wan 3.0 (19%), Bach (16%)",
         "value": "none within 100 points", "value_price": "", "saving": "", "value_ref": "MiniMax H3",
         "value_gap": "",
         "value_chance": "n/a", "cheapest": "MiniMax H3, USD 7.80, 0 points below MiniMax H3",
         "rival": "—", "open": "MiniMax H3 (#4)"}]
    # with intervals and a dated price list: the price's copy and each candidate's chance of being truly
    # within the cut-off (independent normal errors), the cheaper frontier models from 1% up
    copy = "an undated copy of about late September 2026 (x)"
    spread = board.assign(ci_low=board["elo"] - 11, ci_high=board["elo"] + 11, price_dating=copy,
                          on_frontier=[True, True, True, True, False],
                          elo=[1129.0, 1042.0, 1028.0, 857.0, 800.0])
    cells = stories.picks_frame(lead, race, {T2V: spread, I2V: h3.assign(price_dating=copy)}, flagged)
    assert cells[["value", "value_price", "value_gap", "value_chance"]].values.tolist() == [
        ["HappyHorse-1.1", "9.90", "87 below Wan 3.0", "95%"],
        ["none within 100 points", "", "", "n/a"]]
    alone = spread[spread["model"].isin(["wan", "l"])]
    assert stories.picks_frame(lead.iloc[:1], race, {T2V: alone}, flagged).loc[0, "cheapest"] == (
        "LTX-2.3 Fast, USD 2.40, 272 points below Wan 3.0")
    assert set(stories.PICKS_TABLE) <= set(frame.columns)


def test_the_leaders_chart_title_names_the_main_leader_and_the_open_races() -> None:
    lead = pd.DataFrame({"category": [T2V, I2V, T2VA, I2VA], "model": ["wan", "gem", "wan", "max"],
                         "model_name": ["Wan 3.0", "Gemini Omni Flash", "Wan 3.0", "H3 Max"],
                         "p_leader": [0.88, 0.61, 0.84, 0.98]})
    race = {I2V: pd.DataFrame({"model_name": ["Gemini Omni Flash", "Wan 3.0"], "rank": [1, 2],
                               "p_leader": [0.61, 0.39]})}
    assert stories.leaders_chart_title(lead, race) == (
        "Wan 3.0 likely leads both text-to-video pools; H3 Max all but certainly leads image to video with "
        "audio; image to video (silent) is an open race")
    sure = lead.assign(p_leader=[0.97, 0.61, 0.96, 0.98])
    assert stories.leaders_chart_title(sure.iloc[[0, 2, 3]], {}) == (
        "Wan 3.0 leads both text-to-video pools; H3 Max all but certainly leads image to video with audio")
    assert stories.leaders_chart_title(lead.iloc[:0], {}) == "No pool has a leader"


def test_the_shortlist_now_links_the_rerating_and_names_what_is_missing() -> None:
    day = pd.Timestamp("2026-10-10")
    rankings = pd.DataFrame({
        "arena": "Artificial Analysis", "category": [T2V, T2V, T2V, I2V],
        "model_name": ["Wan 3.0", "Veo 3.1 Fast", "Veo 3.1", "Veo 3.2"], "creator": ["Alibaba", "Google",
                                                                                     "Google", "Google"],
        "rank": [1, 2, 3, 1], "snapshot_date": day})
    assert stories.shortlist_now_text(rankings, day, "OpenAI", "Veo 3") == (
        "Ranks now sit on a [re-rated](00-about-the-data.html#the-re-rating-of-1-october-2026) board, so "
        "they are not comparable with December's. OpenAI has no model on the 10 October 2026 boards. The "
        "nearest Google successor to Veo 3 in text to video (silent), Veo 3.1, is #3 of 3: not the same "
        "model.")
    assert stories.shortlist_now_text(rankings, day, "Google", "Kling 2") == (
        "Ranks now sit on a [re-rated](00-about-the-data.html#the-re-rating-of-1-october-2026) board, so "
        "they are not comparable with December's.")


def test_the_shortlist_finding_states_a_press_lead_with_its_grade() -> None:
    press = pd.DataFrame({"model_name": ["Runway Gen-4.5", "Veo 3", "Kling 2.5"],
                          "elo": [1247.0, 1226.0, 1225.0], "evidence": ["B", "B", "C"],
                          "snapshot_date": pd.Timestamp("2025-12-01")})
    found = stories.guide_findings(leaders(), value(), T2V, open_best(), THEN, NOW, tops(), press=press)
    assert found[3] == (
        "Runway Gen-4.5, #1 at 1247 on 1 December 2025, no longer leads: its 720p listing is #24 of 32 now. "
        "Veo 3 cannot be judged.")
    # two or more picks that cannot be judged are counted, not listed, so the finding stays one idea
    more = pd.concat([NOW, checks([{"need": "audio", "claim": "Sora 2", "pick": "leader",
                                    "status": "not measured"}])], ignore_index=True)
    found = stories.guide_findings(leaders(), value(), T2V, open_best(), THEN, more, tops(), press=press)
    assert found[3] == (
        "Runway Gen-4.5, #1 at 1247 on 1 December 2025, no longer leads: its 720p listing is #24 of 32 now. "
        "The other 2 picks cannot be judged now.")
    # with prices (the report's case): the quality pick alone, its nearest entry as indicative; the other
    # picks are said in the body
    found = stories.guide_findings(leaders(), value(), T2V, open_best(), THEN, NOW, tops(), press=press,
                                   priced={})
    assert found[3] == (
        "Runway Gen-4.5, December 2025's quality pick, no longer leads: its 720p listing is #24 of 32 on 10 "
        "October, and Wan 3.0 would win about 77 of 100 decisive votes against it.")
    # a press list led by another model: the December verdict falls back to the board copy
    other = press.assign(model_name=["Veo 3", "Runway Gen-4.5", "Kling 2.5"])
    assert stories.guide_findings(leaders(), value(), T2V, open_best(), THEN, NOW, tops(),
                                  press=other)[3].startswith("In December 2025, only Runway Gen-4.5")


def test_the_budget_pick_is_the_cheapest_priced_model_within_100_points_of_the_best_priced() -> None:
    board = pd.DataFrame({"model": ["w", "h", "l", "x"], "model_name": ["Wan 3.0", "HappyHorse", "LTX", "X"],
                          "rank": [1, 2, 3, 4], "elo": [1129.0, 1042.0, 938.0, 1130.0],
                          "price_usd_per_min": [12.0, 9.9, 2.4, None]})
    pick = stories.budget_pick({T2V: board}, T2V)
    assert (pick["name"], pick["price"], pick["gap"], pick["best_name"], pick["size"]) == (
        "HappyHorse", 9.9, 87.0, "Wan 3.0", 4)
    assert stories.budget_model({T2V: board}, T2V) == "h"
    assert stories.budget_model({}, T2V) is None
    assert stories.budget_chart_title({T2V: board}, T2V) == (
        "Text to video (silent): HappyHorse costs USD 2.10 a minute less than Wan 3.0, about 18% cheaper, "
        "87 points lower (Wan 3.0 would win about 62 of 100 decisive votes)")
    # LTX, 191 points below and cheaper than the pick, is the model the cut-off leaves out
    assert stories.budget_edge({T2V: board}, T2V) == (
        "LTX (USD 2.40 a minute) is 191 points below Wan 3.0, outside the 100-point cut-off.")
    near = board.assign(elo=[1129.0, 1042.0, 1027.0, 1130.0])
    # a model just outside the cut-off is named beside the pick: the pick hangs on the margin
    assert stories.budget_edge({T2V: near}, T2V) == (
        "LTX misses the 100-point cut-off by 2 points, so the pick is fragile: it is USD 7.50 a minute "
        "cheaper than HappyHorse and "
        "102 points below Wan 3.0.")
    # the finding then says the pick hangs on the cut-off, naming the model a wider one would pick
    assert stories.budget_finding({T2V: near}, T2V) == (
        "The text to video (silent) cheaper alternative depends on the 100-point cut-off: "
        "HappyHorse (USD 9.90 a "
        "minute, #2 of 4, 87 points below Wan 3.0) qualifies; LTX, USD 7.50 cheaper, misses by 2 points.")
    # with intervals, the finding gives the pick's chance of being truly inside the cut-off: 87 points
    # below with ±11 intervals (each sd 11/1.96, independent) is about 95% within 100
    spread = near.assign(ci_low=near["elo"] - 11, ci_high=near["elo"] + 11)
    assert stories.budget_finding({T2V: spread}, T2V) == (
        "Cheaper alternative within 100 points of Wan 3.0 in text to video (silent): HappyHorse, "
        "about 95% likely "
        "truly that close; the cheaper LTX misses the cut-off by 2 points.")
    # the price section gives each candidate's chance, what it assumes and the price list's copy
    dated = spread.assign(price_dating="an undated copy of about late September 2026 (x)")
    assert stories.budget_chances_text({T2V: dated}, T2V) == (
        "The cut-off is measured against a rating that has an interval, so it is itself uncertain: "
        "HappyHorse (USD 9.90 a minute, 87 points below) is about 95% and LTX (USD 2.40 a minute, 102 points "
        "below) about 40% likely to be truly within 100 points of Wan 3.0. This reads each published [95% "
        "interval](#glossary-interval) as a normal curve and the two ratings' errors as independent, as the "
        "chances of being #1 do. These prices come from the price list of about late September 2026.")
    assert stories.budget_chances_text({T2V: near}, T2V) == ""  # no intervals: no chance
    assert [round(c["p"], 3) for c in stories.budget_chances({T2V: dated}, T2V)] == [0.949, 0.401]
    alone = board[board["model"] != "h"]
    assert stories.budget_chart_title({T2V: alone}, T2V) == (
        "Text to video (silent): no priced model cheaper than Wan 3.0 (USD 12.00 a minute) comes within "
        "100 points of it")
    assert stories.budget_edge({T2V: board[board["model"] != "l"]}, T2V) == ""
    assert stories.budget_finding({T2V: board}, T2V) == (
        "HappyHorse, #2 of 4, is the cheapest priced text to video (silent) model within 100 points of the "
        "best priced model: USD 9.90 a minute against USD 12.00 for Wan 3.0.")
    # the two models' developer, from the creator column read as a parent company, when they share one
    made = board.assign(creator=["Alibaba", "Alibaba-ATH", "Lightricks", "X"])
    assert stories.budget_finding({T2V: made}, T2V) == (
        "HappyHorse, #2 of 4, is the cheapest priced text to video (silent) model within 100 points of the "
        "best priced model: USD 9.90 a minute against USD 12.00 for Wan 3.0, both Alibaba's.")
    other = board.assign(creator=["Alibaba", "Google", "Lightricks", "X"])
    assert stories.budget_finding({T2V: other}, T2V).endswith("against USD 12.00 for Wan 3.0.")
    assert stories.budget_finding({T2V: alone}, T2V) == (
        "In text to video (silent), no priced model cheaper than Wan 3.0 (USD 12.00 a minute) comes within "
        "100 points of it, so it is also the cheaper alternative.")
    assert stories.BUDGET_LABEL == ("cheaper alternative: cheapest within 100 points of the "
                                    "highest-rated priced model")


def test_every_table_title_says_its_boards_date() -> None:
    lead = pd.DataFrame({"category": [T2V, I2V], "model": ["wan", pd.NA], "model_name": ["Wan 3.0", pd.NA],
                         "snapshot_date": pd.to_datetime(["2026-10-10", "2026-10-09"])})
    assert stories.guide_table_title("leaders", lead) == "Each pool's leader on the 10 October 2026 boards"
    assert stories.guide_table_title("shortlist", lead) == (
        "The December 2025 shortlist checked on the December 2025 boards and on the 10 October 2026 boards")
    assert stories.guide_table_title("shortlist", lead.iloc[1:]) == (
        "The December 2025 shortlist checked on the December 2025 boards")


def test_the_data_box_is_short_and_the_rest_goes_to_the_appendix() -> None:
    box = stories.guide_data_as_of("2026-10-10", build="2026-12-06", rebuilt_words="rebuilt",
                                   what_may_have_changed="The #1 changed at least 3 times.")
    assert box == (
        "Data as of 10 October 2026 (57 days old when this note was built, 6 December "
        "2026). **These data are more than a month old.** The #1 changed at least 3 times. All picks rest "
        "on [rebuilt](#glossary-rebuilt-file) copies, not verified ([how they were checked]"
        "(00-about-the-data.html#how-strong-is-the-evidence)).")
    assert len(box.split()) <= 70
    assert stories.guide_data_as_of("2026-10-10", build="2026-12-06").endswith("6 December 2026). "
                                                                                "**These data are more than "
                                                                                "a month old.**")


def test_the_two_arenas_are_set_side_by_side() -> None:
    lm = pd.DataFrame({"snapshot_date": pd.Timestamp("2026-09-21"), "model": ["g11", "g", "sx", "wan"],
                       "model_name": ["gemini-omni-1.1-flash", "gemini-omni-flash", "grok-x", "wan3.0"],
                       "creator": ["Google", "Google", "SpaceXAI", "Alibaba"],
                       "rank": [1, 2, 3, 6], "elo": [1516.0, 1513.0, 1492.0, 1476.0],
                       "ci_low": [1501.0, 1504.0, 1474.0, 1466.0],
                       "ci_high": [1531.0, 1522.0, 1510.0, 1486.0],
                       "p_leader": [0.63, 0.36, 0.01, 0.0]})
    aa = pd.DataFrame({"snapshot_date": pd.Timestamp("2026-10-10"), "model": ["wan", "k", "gf11"],
                       "model_name": ["Wan 3.0", "K", "Gemini Omni Flash 1.1"], "rank": [1, 2, 3],
                       "elo": [1335.0, 1332.0, 1300.0], "arena": "Artificial Analysis", "category": T2V})
    names = aa
    same = {"g11": "gf11"}
    assert stories.arenas_text(lm, aa, names, same) == (
        # the chance is the shared finding's: not said again here
        "The two arenas order the leading models differently. LMArena's #1 on 21 September 2026, Gemini Omni "
        "Flash 1.1, is #3 of 3 on Artificial Analysis's silent text-to-video board of 10 "
        "October 2026, where Wan 3.0 is #1. Wan 3.0 is listed #6 on LMArena, but it cannot be told apart "
        "from #3: its rating gap to it is within 1.96 times the gap's standard error (each read from its 95% "
        "interval, the two errors assumed independent).")
    # each board marked when it is a rebuilt copy with no downloaded one
    marked = stories.arenas_text(lm, aa, names, same, rebuilt=REBUILT)
    assert ("on Artificial Analysis's silent text-to-video board of 10 October 2026 "
            "([rebuilt](#glossary-rebuilt-file), not verified), where") in marked
    lm_rebuilt = pd.DataFrame({"arena": ["LMArena"], "category": [T2V],
                               "snapshot_date": [pd.Timestamp("2026-09-21")], "rebuilt_only": [True]})
    assert stories.lmarena_title(lm.assign(arena="LMArena", category=T2V), 9, lm_rebuilt) == (
        "The top 9 of LMArena's text-to-video board of 21 September 2026 (rebuilt, not verified)")
    assert stories.lmarena_shown(lm, aa, names, same) == 6
    # down to one row past the last rank it cannot be told apart from
    assert stories.lmarena_shown(lm, aa, names, same, top_n=3) == 4
    assert stories.arenas_text(lm[:0], aa) == ""
    table = stories.lmarena_frame(lm, top_n=3, aa_rows=names, same=same)
    assert table["model_name"].tolist() == ["Gemini Omni Flash 1.1", "Gemini Omni Flash", "Grok X"]
    assert table["developer"].tolist() == ["Google", "Google", "xAI"]  # parent companies
    assert table.iloc[0].to_dict() == {"rank": 1,
                                       "model_name": "Gemini Omni Flash 1.1", "developer": "Google",
                                       "rating": "1516 [1501–1531]", "p_leader": 0.63}
    assert stories.lmarena_title(lm) == "The top 6 of LMArena's text-to-video board of 21 September 2026"
    assert len(stories.lmarena_frame(lm)) == 4  # the top 6, or fewer when the rows stop
    # ids whose words differ only in order are one model: no mapping needed (LMArena's
    # 'gemini-omni-1-1-flash' is Artificial Analysis's 'gemini-omni-flash-1-1'); a real mismatch stays apart
    reordered = lm.assign(model=["gemini-omni-1-1-flash", "g", "sx", "video-wan"])
    ordered = names.assign(model=["wan-video", "k", "gemini-omni-flash-1-1"])
    assert stories.lmarena_frame(reordered, top_n=1, aa_rows=ordered)["model_name"].tolist() == [
        "Gemini Omni Flash 1.1"]
    # the board's mix of silent and with-audio entries, and its date against the copy's archive date
    rows = pd.concat([lm.assign(arena="LMArena", category="text-to-video", source_id="s"),
                      lm.iloc[[2]].assign(model="veo-3-audio", rank=9, arena="LMArena",
                                          category="text-to-video", source_id="s")])
    src = pd.DataFrame({"source_id": ["s"], "published": [pd.Timestamp("2026-09-25")]})
    assert stories.arenas_text(rows, aa, pd.concat([names, rows]), same, sources=src).endswith(
        "the two errors assumed independent). That "
        "board is one list of silent and with-audio entries: 1 of its 5 entries is marked as a with-audio "
        "variant.")
    assert stories.lmarena_board_note(lm.assign(source_id="s"), None, None) == (
        "LMArena's board does not say whether its videos are silent or with audio.")


def test_the_open_finding_names_a_hosted_variant_above_the_best_marked_open_model() -> None:
    best = pd.DataFrame({"category": [I2VA, T2V], "model": ["h3", "ltx"], "model_name": ["MiniMax H3", "LTX"],
                         "rank": [2, 22], "board_size": [36, 32], "gap_to_leader": [14.0, 191.0]})
    tops_ = {I2VA: pd.DataFrame({"model": ["max-based-on-h3", "h3"], "rank": [1, 2],
                                 "model_name": ["MiniMax H3 Max", "MiniMax H3"]})}
    found = stories.guide_findings(leaders(), value(), T2V, best, THEN, NOW, tops_)
    assert found[2] == (
        "MiniMax H3 is the best model the catalogue marks as open-weights: #2 of 36 in image to video with "
        "audio, behind only its variant MiniMax H3 Max.")


def test_the_price_chart_labels_the_points_the_text_names_and_says_where_the_rest_are() -> None:
    now = pd.DataFrame({"category": [T2V, T2V, I2V], "claim": ["Runway Gen-4.5", "Pika 2.5 Turbo", "X"],
                        "claim_model": ["runway", None, "x"]})
    board = pd.DataFrame({"model": ["runway", "pika-2-5", "wan"],
                          "model_name": ["Runway Gen-4.5 (720p)", "Pika 2.5", "Wan 3.0"]})
    assert stories.value_chart_labels(now, {T2V: board}, T2V, ["p-video"]) == [
        "runway", "pika-2-5", "p-video"]
    assert stories.value_chart_labels(now, {T2V: board}, I2V) == ["x"]
    assert stories.value_chart_subtitle(leaders(), REBUILT, T2V) == (
        "Board of 10 October 2026 (rebuilt, not verified). Bars: 95% intervals. "
        "Unlabelled points: every model is named in the chart's data download")
    dated = pd.DataFrame({"price_dating": ["a copy of about late September 2026 (x)"]})
    assert stories.value_chart_subtitle(leaders(), None, T2V, dated) == (
        "Board of 10 October 2026. List prices as of about late September 2026. Bars: 95% intervals. "
        "Unlabelled points: every model is named in the chart's data download")
    # a chart that numbers every other point keys them itself: no pointer to the download
    assert stories.value_chart_subtitle(leaders(), None, T2V, dated, numbered=True) == (
        "Board of 10 October 2026. List prices as of about late September 2026. Bars: 95% intervals.")


def test_two_boards_chance_is_one_sentence_for_every_report() -> None:
    # reports 00, 02, 03 and 04 give the latest #1's chance on both boards in these words, from one helper
    from videomarket.stories._guide import two_boards_chance

    linked = two_boards_chance(0.8787, "2026-10-10", 0.8958, "2026-10-06", link_first=True, link_rebuilt=True)
    assert linked == (
        "about 90% likely [truly #1](#glossary-p-first) on the newest board, 6 October, "
        "and still #1 on the [rebuilt](#glossary-rebuilt-file) 10 October copy, if rating errors are "
        "independent")
    assert two_boards_chance(0.999, "2026-10-10", 0.004, "2026-10-06", other_leader="X") == (
        "more than 99% likely to be truly #1 on the rebuilt 10 October copy; X under 1% on the last "
        "downloaded board, 6 October (if rating errors are independent)")
    # equal once rounded: one figure, not "90–90%"
    assert two_boards_chance(0.9012, "2026-10-10", 0.8958, "2026-10-06").startswith("about 90% likely")


def test_the_open_weights_caveat_counts_the_unflagged_models_rated_above() -> None:
    from videomarket.stories._guide import unknown_above_words
    row = open_best().iloc[0]
    assert unknown_above_words(row) == (
        "2 of the 21 models rated above it have no open-weights status in the catalogue")
    assert unknown_above_words(row.copy().replace({22: 2})) == (
        "the model rated above it has no open-weights status in the catalogue")
    assert unknown_above_words(open_best().iloc[1]) == ""
    frame = stories.picks_frame(leaders(), tops(), None, open_best())
    # one recommendation: the best flagged model; listings of it rated higher: check the licence
    # r73 reader of 04: in the picks table the licence detail is left to the Open weights section
    assert frame["open"].tolist()[0] == "LTX-2.5 Fast (#22); see Open weights"
    listed = stories.picks_frame(leaders(), tops(), None, open_best().assign(
        variants=["MiniMax H3 (768p) (#2); MiniMax H3 Max (#2)", ""],
        variant_of=["MiniMax H3", ""]))
    assert listed["open"].tolist()[0] == "LTX-2.5 Fast (#22); see Open weights"
    known = stories.picks_frame(leaders(), tops(), None, open_best().assign(variants=["", ""]))
    assert known["open"].tolist()[0] == "LTX-2.5 Fast (#22)"


def audio_leaders() -> pd.DataFrame:
    """pool_leaders-shaped with-audio rows: a priced leader and a "based on" variant with no price."""
    return pd.DataFrame({"category": [T2VA, "image-to-video-audio"], "model": ["wan", "h3max-based-on-h3"],
                         "model_name": ["Wan 3.0", "MiniMax H3 Max"], "elo": [1156.0, 1195.0],
                         "p_leader": [0.83615, 0.977], "hosted_by": [pd.NA, "Fal"],
                         "built_on": [pd.NA, "MiniMax H3"]})


def audio_board() -> pd.DataFrame:
    return pd.DataFrame({"model": ["h3max-based-on-h3", "h3", "g"],
                         "model_name": ["MiniMax H3 Max", "MiniMax H3", "Gemini Omni Flash"],
                         "rank": [1, 2, 3], "elo": [1195.0, 1181.0, 1178.0],
                         "price_usd_per_min": [None, 7.8, 6.0]})


def test_the_audio_caveat_names_the_priced_alternative_to_an_unpriced_one() -> None:
    priced = {"image-to-video-audio": audio_board()}
    # every leader priced: no caveat
    board = audio_board().assign(price_usd_per_min=[9.0, 7.8, 6.0])
    assert stories.audio_caveat_text(audio_leaders(), priced) == (
        "The image to video with audio pick, MiniMax H3 Max, has no list price: Fal lists it as based on "
        "MiniMax H3, and the data do not say whether it is a hosted copy or a higher setting. Every model on "
        "the with-audio boards makes sound ([native audio](#glossary-native-audio)); the cheaper "
        "alternative there is "
        "Gemini Omni Flash (USD 6.00 a minute), 3 points below MiniMax H3, the top-rated model with a list "
        "price.")
    assert stories.audio_caveat_text(audio_leaders(), {"image-to-video-audio": board}) == ""


def test_the_findings_can_leave_the_shortlist_to_its_section() -> None:
    found = stories.guide_findings(leaders(), value(), T2V, open_best(), THEN, NOW, tops(), shortlist=False)
    assert len(found) == 3 and not any("December" in f for f in found)
    assert stories.shortlist_point(THEN, NOW) == stories.guide_findings(
        leaders(), value(), T2V, open_best(), THEN, NOW, tops())[3]


def test_the_data_box_gives_lmarenas_age_and_the_price_copies() -> None:
    prices = pd.DataFrame({"price_dating": ["an undated copy of about early August 2026 (x)",
                                            "an undated copy of about late September 2026 (y)"]})
    ages = stories.other_ages_text("2026-09-21", prices, build="2026-12-07")
    assert ages == ("Also used: LMArena's board of 21 September 2026 (77 days old); prices of about early "
                    "August 2026 and about late September 2026.")
    box = stories.guide_data_as_of("2026-10-10", build="2026-12-07", other_ages=ages)
    assert box.endswith(f"7 December 2026). **These data are more than a month old.** {ages}")


def test_report_04_findings_race_open_weights_and_the_with_audio_lead_start() -> None:
    # the with-audio lead began when the earlier #1 (leading another pool now) left that board
    days = pd.to_datetime(["2026-09-30", "2026-09-30", "2026-10-01", "2026-10-01"])
    rows = pd.DataFrame({"arena": "Artificial Analysis", "category": [T2VA] * 4, "snapshot_date": days,
                         "model": ["g", "w", "w", "x"], "model_name": ["Gemini Omni Flash", "Wan 3.0",
                                                                       "Wan 3.0", "X"],
                         "rank": [1, 2, 1, 2], "elo": [1160.0, 1150.0, 1156.0, 1149.0]})
    leaders = pd.DataFrame({"category": [T2VA, I2V], "model": ["w", "g"],
                            "model_name": ["Wan 3.0", "Gemini Omni Flash"],
                            "snapshot_date": pd.to_datetime(["2026-10-01"] * 2)})
    assert stories.audio_lead_start_text(rows, leaders) == (
        "Wan 3.0's lead in text to video with audio began on 1 October 2026, when Gemini Omni Flash, #1 of 2 "
        "there on 30 September 2026, left that board under that name.")
    assert stories.audio_lead_start_text(rows, leaders, rerated=[pd.Timestamp("2026-10-01")]) == (
        "Wan 3.0's lead in text to video with audio coincided with the "
        "[re-rating](00-about-the-data.html#the-re-rating-of-1-october-2026) of 1 October 2026, when Gemini "
        "Omni Flash, #1 of 2 there on 30 September 2026, left that board under that name.")
    # the leader was not #1 on the first board after: the lead began another way
    assert stories.audio_lead_start_text(rows.assign(rank=[1, 2, 2, 1]), leaders) == ""


def test_the_people_caption_and_the_data_box_say_the_old_scale_and_the_pool() -> None:
    ranks = pd.DataFrame({"category": [T2V], "dating": ["an undated copy of about early August 2026 (x)"]})
    breaks = pd.DataFrame({"category": [T2V], "date": pd.to_datetime(["2026-10-01"])})
    assert stories.people_caption(ranks, breaks) == (
        "Ratings on people prompts, text to video (silent) pool (undated copy of about early August 2026, "
        "without intervals; old rating scale, from before the re-rating of 1 October 2026: not comparable "
        "with the newest board's ratings)")
    assert stories.people_caption(ranks, breaks.assign(category=I2V)) == (
        "Ratings on people prompts, text to video (silent) pool (undated copy of about early August 2026, "
        "without intervals)")
    spells = pd.DataFrame({"model": ["a", "b"], "start": pd.to_datetime(["2025-12-01", "2026-09-03"]),
                           "evidence": ["B", "A"]})
    assert stories.change_warning(spells, T2V, pool=True) == (
        "The #1 in text to video (silent) changed at least once since December 2025, and may again.")


def test_pool_lines_say_what_the_value_pick_leaves_out() -> None:
    board = pd.DataFrame({"model": ["w", "m", "f", "h", "l", "p"],
                          "model_name": ["Wan 3.0", "MiniMax H3 Max", "FLUX 3", "HappyHorse-1.1",
                                         "LTX-2.3 Fast", "P-Video"],
                          "rank": [1, 2, 3, 4, 5, 6], "elo": [1127.0, 1116.0, 1090.0, 1044.0, 859.0, 850.0],
                          "price_usd_per_min": [12.0, None, None, 9.9, 2.4, 2.4]})
    priced = {T2V: board}
    assert stories.unpriced_above(priced, T2V) == (2, 3)
    assert stories.same_price_names(priced, T2V) == ["P-Video"]
    # the picks table's cheapest cell says the tie
    from videomarket.stories._guide_picks import _cheapest_cell
    assert _cheapest_cell(priced, T2V) == (
        "LTX-2.3 Fast, USD 2.40 (tied on price with P-Video, rated higher), 268 points below Wan 3.0")



def test_the_latest_chance_is_a_range_when_a_repeated_listing_changes_it() -> None:
    # readers of 02, 03 and 04 asked for the counted-as-two reading beside the 90%: one range, lower first
    from videomarket.stories._guide import chance_range_reason, two_boards_chance

    assert two_boards_chance(0.8787, "2026-10-10", 0.8958, "2026-10-06", counted_twice=0.8305,
                             still=False) == (
        "83%–90% likely truly #1 on the newest board, 6 October, if rating errors are "
        "independent")
    # a pair that changes nothing once rounded keeps the single figure
    assert two_boards_chance(0.88, "2026-10-10", 0.8958, "2026-10-06", counted_twice=0.8981,
                             still=False).startswith("about 90% likely")
    assert two_boards_chance(0.88, "2026-10-10", 0.8958, "2026-10-06", counted_twice=float("nan"),
                             still=False).startswith("about 90% likely")
    assert chance_range_reason("MiniMax H3", link=True) == (
        "The range depends on whether MiniMax H3, [listed twice](#glossary-repeated-listing) with identical "
        "numbers, counts as one rival or two.")
