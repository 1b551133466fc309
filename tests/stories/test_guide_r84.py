"""r84 reader of 04: the arenas' split tested gap by gap, the digit slip the boards leave possible, the
second MiniMax H3 listing said plainly, the close call, and the shorter notes, on the shipped data."""
import pandas as pd
import pytest

from videomarket import data, guide, leaderboard, stories


@pytest.fixture(scope="module")
def shipped():
    rankings = data.readable_names(data.load_rankings())
    named = data.newest_names(rankings)
    priced = guide.priced_boards(named, data.load_models(), data.load_pool_prices(), None)
    leaders = guide.pool_leaders(named, None)
    return {"rankings": rankings, "named": named, "priced": priced, "leaders": leaders,
            "tops": guide.board_tops(named, None, top_n=8), "day": leaders["snapshot_date"].max()}


def test_lmarena_ranks_wan_cannot_be_told_apart_from(shipped):
    lm = guide.board_tops(shipped["rankings"], arena="LMArena", categories=("text-to-video",),
                          top_n=12)["text-to-video"]
    aa = guide.board_on(shipped["rankings"], lm["snapshot_date"].max())
    # #8 MiniMax H3 (1460 ±9) and #9 Muse Video (1456 ±15) differ from Wan 3.0 (1476 ±13) at 5%: z about 1.98
    assert stories.indistinct_ranks(lm, "wan-3-0") == (3, 7)
    text = stories.arenas_text(lm, aa, shipped["rankings"])
    assert ("Wan 3.0 is listed #6 on LMArena, but it cannot be told apart from #3–#7: its rating gap to each "
            "is within 1.96 times the gap's standard error (each read from its 95% interval, the two errors "
            "assumed independent).") in text
    assert "overlaps" not in text
    # the table shows one row past the last rank it cannot be told apart from
    assert stories.lmarena_shown(lm, aa, shipped["rankings"]) == 8


def test_digit_caveat_tells_only_the_slip_the_boards_leave_possible(shipped):
    rankings, day = shipped["rankings"], shipped["day"]
    board = leaderboard.board_certainty(rankings, guide.ARENA, "text-to-video", day, draws=guide.DRAWS)
    history = leaderboard.leader_probability_history(rankings, guide.ARENA, "text-to-video",
                                                     draws=guide.DRAWS)
    earlier = leaderboard.board_certainty(rankings, guide.ARENA, "text-to-video",
                                          leaderboard.previous_distinct_day(history), draws=guide.DRAWS)
    own = rankings[rankings["arena"] == guide.ARENA]
    spread = data.same_day_differences(own, data.load_provenance()).max()
    possible = leaderboard.digit_slips_possible(board, earlier, spread)
    assert possible == (True, False)
    lower, higher = leaderboard.wrong_digit_odds(board, draws=guide.DRAWS)
    # report 02's words: the slip down only, the 99% slip ruled out
    assert stories.digit_caveat(board, lower, higher, possible=possible) == (
        "Wan 3.0's chance rests on a copy rebuilt from text: one mistyped tens digit in its rating could "
        "make its chance as low as about 41%, a slip the neighbouring boards cannot rule out "
        "([About the data]"
        "(00-about-the-data.html#a-wrong-digit-in-the-latest-1-s-rating)).")


def test_answer_says_the_second_listing_and_the_close_call(shipped):
    # r85 reader of 04: the close call and the votes moved out of the answer to the picks section
    assert ("In silent clips from text, Wan 3.0 would win about 62 of 100 decisive votes against "
            "HappyHorse-1.1, a noticeable gap; a close call, as Wan 2.7-260612 (USD 9.00) misses the "
            "100-point cut-off by only 1 point.") in stories.cheaper_votes_text(shipped["priced"])
    text = stories.needs_list(shipped["leaders"], shipped["tops"], shipped["priced"])
    # r85 reader of 04: what a buyer can pay for first, the unpriced second listing after
    assert ("- Clips with sound from an image: MiniMax H3 (USD 7.80 a minute) or Gemini Omni Flash "
            "(USD 6.00), 3 points apart, statistically indistinguishable; MiniMax H3 Max, an unpriced second "
            "listing of MiniMax H3, leads ([near-certain](#glossary-near-certain) #1, about 98% "
            "chance).") in text
    assert "somewhat lower rated" not in text
    # a leader with a list price and no listing it is based on reads as before
    assert "- Clips with sound from text: Wan 3.0, USD 12.00 a minute, " in text


def test_arenas_split_adds_the_close_second_on_artificial_analysis():
    lm = pd.DataFrame({"model": ["g", "w"], "rank": [1, 2], "elo": [1516.0, 1476.0],
                       "ci_low": [1501.0, 1463.0], "ci_high": [1531.0, 1489.0],
                       "snapshot_date": pd.Timestamp("2026-09-21")})
    aa = pd.DataFrame({"model": ["w", "g"], "model_name": ["Wan 3.0", "Gemini Omni Flash"], "rank": [1, 2],
                       "elo": [1336.0, 1330.0], "snapshot_date": pd.Timestamp("2026-09-20")})
    lead = pd.DataFrame({"category": ["text-to-video"], "model": ["w"], "model_name": ["Wan 3.0"]})
    # r85 reader of 04: one plain line; the test details and the close second are in the Appendix
    assert stories.arenas_split_finding(lm, lead, aa) == (
        "On LMArena, Wan 3.0 was #2 on 21 September 2026, while Artificial Analysis had it #1; the arenas "
        "disagree on #1, so test the top few on your own prompts.")


def test_board_sizes_say_listings_added_alike_once():
    day1, day6 = pd.Timestamp("2026-10-01"), pd.Timestamp("2026-10-06")
    rows = pd.concat([pd.DataFrame({"arena": "Artificial Analysis", "category": pool,
                                    "snapshot_date": [day1, day6, day6, day6], "model": ["w", "w", "a", "b"],
                                    "model_name": ["Wan 3.0", "Wan 3.0", "A", "B"],
                                    "elo": [1127.0, 1127.0, 1100.0, 1090.0],
                                    "ci_low": [1115.0, 1115.0, 1088.0, 1078.0],
                                    "ci_high": [1139.0, 1139.0, 1112.0, 1102.0]})
                      for pool in ("text-to-video", "text-to-video-audio")])
    breaks = pd.DataFrame({"category": ["text-to-video", "text-to-video-audio"], "date": [day1, day1]})
    assert stories.board_sizes_note(rows, breaks, day6) == (
        "**Board sizes.** After the re-rating the boards grew: text to video (silent) from 1 listings on 1 "
        "October 2026 to 3 on 6 October 2026 and text to video with audio from 1 listings on 1 October 2026 "
        "to 3 on 6 October 2026; both added A and B, each rated on its own.")


def test_glossary_says_which_reading_the_headline_counts():
    entry = stories.GLOSSARY["repeated-listing"][1]
    assert ("The headline chances count an exact repeat once and listings rated apart as two rivals; where "
            "it matters, the other reading is given beside them or in the appendix.") in entry
    assert "as a range" not in entry


def test_audio_lead_start_short_only_names_the_previous_leader():
    days = pd.to_datetime(["2026-09-30", "2026-09-30", "2026-10-01", "2026-10-01"])
    rows = pd.DataFrame({"arena": "Artificial Analysis", "category": ["text-to-video-audio"] * 4,
                         "snapshot_date": days, "model": ["g", "w", "w", "x"],
                         "model_name": ["Gemini Omni Flash", "Wan 3.0", "Wan 3.0", "X"],
                         "rank": [1, 2, 1, 2], "elo": [1160.0, 1150.0, 1156.0, 1149.0]})
    # Gemini Omni Flash still leads an image pool: it left the with-audio board, not every board
    leaders = pd.DataFrame({"category": ["text-to-video-audio", "image-to-video"], "model": ["w", "g"],
                            "model_name": ["Wan 3.0", "Gemini Omni Flash"],
                            "snapshot_date": pd.to_datetime(["2026-10-01"] * 2)})
    assert stories.audio_lead_start_text(rows, leaders, rerated=[pd.Timestamp("2026-10-01")], short=True) == (
        "Wan 3.0's lead in text to video with audio coincided with the "
        "[re-rating](00-about-the-data.html#the-re-rating-of-1-october-2026) of 1 October 2026 and with the "
        "exit of the previous #1 there, Gemini Omni Flash.")
    assert stories.audio_lead_start_text(rows, leaders, short=True) == (
        "Wan 3.0's lead in text to video with audio began on 1 October 2026, with the exit of the previous "
        "#1 there, Gemini Omni Flash.")


def test_r85_picks_table_headers_and_digit_risk():
    # r85 reader of 04: the "—" column explained in its header; no "somewhat lower rated" for a tie
    assert stories.PICKS_TABLE["rival"] == "Unpriced runner-up, if rated above the cheaper option (— if none)"
    assert stories.PICKS_TABLE["value"] == "Cheaper option (list price, within 100 points)"
    # the leader's chance if one digit of the rebuilt copy is mistyped low, only when that slip is possible
    board = pd.DataFrame({"model": ["w", "m"], "model_name": ["Wan 3.0", "M"], "p_leader": [0.87, 0.1]})
    low, high = (pd.DataFrame({"model": ["w"], "p_leader": [p]}) for p in (0.408, 0.994))
    assert stories.digit_low(board, low, high, possible=(True, False)) == {"text-to-video": 0.408}
    assert stories.digit_low(board, low, high, possible=(False, True)) == {}


def test_every_evidence_grade_entry_defines_grade_b_the_same_way() -> None:
    """Reports 00 and 04 once defined grade B differently ("established press" against "a named page
    relaying the first-hand source"): every glossary's grade entry must give one definition."""
    import re

    grades = {key: text for key, (term, text) in stories.GLOSSARY.items() if term == "Evidence grade"}
    assert len(grades) >= 3
    b_rules = {re.search(r"B: (.*?); C:", text).group(1).split(" (")[0] for text in grades.values()}
    assert b_rules == {"a named page relaying the first-hand source, mostly established news, or several "
                       "independent quotes that agree"}
