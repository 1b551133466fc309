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


def leaders(**changes: object) -> pd.DataFrame:
    """guide.pool_leaders-shaped: two pools with a board, one without."""
    table = pd.DataFrame({
        "category": [T2V, I2V, T2VA],
        "snapshot_date": [DAY, DAY, pd.NaT],
        "model": ["wan", "gemini", pd.NA],
        "model_name": ["Wan 3.0", "Gemini Omni Flash", pd.NA],
        "creator": ["Alibaba", "Google", pd.NA],
        "elo": [1129.0, 1368.0, pd.NA], "ci_low": [1118.0, 1357.0, pd.NA], "ci_high": [1140.0, 1379.0, pd.NA],
        "runner_up_name": ["MiniMax H3 Max", "Bach 1.0 Pro", pd.NA],
        "margin": [11.0, 6.0, pd.NA],
        "p_leader": [0.9786, 0.6136, pd.NA], "p_leader_correlated": [0.9931, 0.676, pd.NA],
        "listed_twice": ["", "", ""],
    })
    for column, value in changes.items():
        table[column] = value
    return table


def value(**changes: object) -> pd.DataFrame:
    """guide.value_summary-shaped: the best is the cheapest near the top in T2V; not in I2VA."""
    table = pd.DataFrame({
        "category": [T2V, I2VA], "snapshot_date": [DAY, DAY], "n_models": [32, 36], "n_priced": [21, 30],
        "leader_model": ["wan", "h3max"], "leader_name": ["Wan 3.0", "MiniMax H3 Max"],
        "leader_price": [12.0, pd.NA],
        "top_model": ["wan", "h3"], "top_name": ["Wan 3.0", "MiniMax H3"], "top_elo": [1129.0, 1181.0],
        "top_ci_low": [1118.0, 1173.0], "top_ci_high": [1140.0, 1189.0], "top_price": [12.0, 7.8],
        "near_model": ["wan", "gemini"], "near_name": ["Wan 3.0", "Gemini Omni Flash"],
        "near_price": [12.0, 6.0], "near_gap": [0.0, 3.0], "near_by": ["rating", "rating"],
        "next_name": ["HappyHorse-1.1", "grok-imagine-video"], "next_price": [9.9, 4.2],
        "next_gap": [87.0, 109.0],
        "budget": [pd.NA, pd.NA], "budget_model": [pd.NA, pd.NA], "budget_name": [pd.NA, pd.NA],
        "budget_price": [pd.NA, pd.NA], "budget_gap": [pd.NA, pd.NA], "n_over_budget": [0, 0],
        "frontier": ["Veo 3.1 Lite (USD 3); Wan 3.0 (USD 12)", "grok-imagine-video (USD 4.2); "
                     "Gemini Omni Flash (USD 6); MiniMax H3 (USD 7.8)"],
        "n_frontier": [2, 3], "note": ["", ""],
    })
    for column, values in changes.items():
        table[column] = values
    return table


def open_best() -> pd.DataFrame:
    return pd.DataFrame({
        "category": [T2V, I2V], "model": ["ltx", "h3"], "model_name": ["LTX-2.5 Fast", "MiniMax H3"],
        "developer": ["Lightricks", "MiniMax"], "rank": [22, 4], "elo": [938.0, 1356.0],
        "ci_low": [927.0, 1345.0], "ci_high": [949.0, 1367.0], "gap_to_leader": [191.0, 12.0],
        "n_unknown": [10, 1], "n_unknown_above": [9, 0],
    })


def checks(rows: list[dict]) -> pd.DataFrame:
    """guide.recommendation_check-shaped rows (unspecified columns NA)."""
    columns = ["need", "claim", "checked_as", "category", "status", "snapshot_date", "claim_model",
               "claim_name", "claim_rank", "claim_elo", "claim_price", "claim_on_frontier", "board_size",
               "pick_name", "pick_price", "best_name", "best_elo", "gap", "p_pick_above_claim", "last_seen",
               "last_seen_rank", "note"]
    return pd.DataFrame([{c: r.get(c, pd.NA) for c in columns} for r in rows], columns=columns)


THEN = checks([
    {"need": "quality", "claim": "Runway Gen-4.5", "category": T2V, "status": "is the pick",
     "snapshot_date": pd.Timestamp("2025-12-20"), "claim_name": "Runway Gen-4.5", "claim_rank": 1,
     "board_size": 20, "gap": 0.0},
    {"need": "quality", "claim": "Runway Gen-4.5", "category": I2V, "status": "no board"},
    {"need": "motion", "claim": "Veo 3", "status": "not measured"},
    {"need": "budget", "claim": "Pika 2.5 Turbo", "checked_as": "Pika 2.5", "category": T2V,
     "status": "no prices", "board_size": 20},
])
NOW = checks([
    {"need": "quality", "claim": "Runway Gen-4.5", "category": T2V, "status": "not the pick",
     "snapshot_date": DAY, "claim_name": "Runway Gen-4.5 (720p)", "claim_rank": 24, "board_size": 32,
     "pick_name": "Wan 3.0", "gap": 206.0, "p_pick_above_claim": 0.99999},
    {"need": "quality", "claim": "Runway Gen-4.5", "category": I2V, "status": "not on this board",
     "snapshot_date": DAY, "last_seen": pd.Timestamp("2026-09-30"), "last_seen_rank": 16, "board_size": 77},
    {"need": "motion", "claim": "Veo 3", "status": "not measured"},
    {"need": "budget", "claim": "Pika 2.5 Turbo", "checked_as": "Pika 2.5", "category": T2V,
     "status": "not the pick", "snapshot_date": DAY, "claim_name": "Pika 2.5", "claim_rank": 30,
     "claim_elo": 847.0, "claim_price": 12.8, "claim_on_frontier": False, "board_size": 32,
     "pick_name": "Wan 3.0", "pick_price": 12.0, "best_name": "Wan 3.0", "best_elo": 1129.0, "gap": 282.0},
])


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
    text = stories.prices_text(prices)
    assert "copies of its model list that carry no date; what they list dates them to about early August " \
           "2026 and about late September 2026." in text
    assert "not what a model cost in December 2025" in text and "T2V" not in text and "2026-09" not in text
    assert stories.value_source(prices).endswith("undated copies of about early August 2026 and about late "
                                                 "September 2026)")


# --- answer and findings --------------------------------------------------------------------------


def test_the_answer_names_each_leader_with_its_probability_and_the_assumption() -> None:
    assert stories.guide_answer(leaders()) == (
        "Leaders on the boards of 10 October 2026, with how likely each is to be truly #1 (assuming "
        "independent ratings): text to video (silent): **Wan 3.0**, about 98%; image to video (silent): "
        "**Gemini Omni Flash**, about 61%; text to video with audio: no board."
    )
    older = stories.guide_answer(leaders(), "2026-10-12", "2026-11-01")
    assert older.startswith("Leaders on the boards of 10 October 2026 (the latest on or before the date "
                            "asked; the data runs to 1 November 2026), with how likely")
    assert stories.guide_answer(leaders(), "2026-10-12", "2026-10-10").startswith(
        "Leaders on the boards of 10 October 2026, with")  # the newest boards: nothing to add
    quoted = stories.guide_answer(leaders(p_leader=pd.NA))
    assert "**Wan 3.0**, with no interval to say how sure" in quoted


def test_findings_give_the_leads_the_near_top_pick_open_weights_and_the_shortlist() -> None:
    found = stories.guide_findings(leaders(), value(), T2V, open_best(), THEN, NOW)
    assert found == [
        "1 of 2 leads is near-certain (assuming independent ratings): Wan 3.0 in text to video (silent) "
        "(about 98%). The closest call is image to video (silent): Gemini Omni Flash is 6 points ahead of "
        "Bach 1.0 Pro and about 61% likely to be truly #1 (about 68% if the ratings are correlated).",
        "In text to video (silent), the best priced model, Wan 3.0 (USD 12 a minute), is also the cheapest "
        "within 20 points of the best: no cheaper model comes that close; the next cheaper step on the "
        "frontier, HappyHorse-1.1 (USD 9.9), is 87 points below the best.",
        "The best open-weights model comes closest in image to video (silent): MiniMax H3 (MiniMax) at #4, "
        "12 points behind the leader; across the pools, 9 models rated above the pool's best open model have "
        "no open-weights flag in the catalogue, so an open model may rank higher.",
        "Of the December 2025 shortlist's four picks, the only one that could be checked (quality: Runway "
        "Gen-4.5) held on the boards of that month, and none of the 2 that can be checked holds now (Runway "
        "Gen-4.5 (720p) is #24 of 32 in text to video (silent)); no board measures realistic human motion.",
    ]
    assert stories.key_findings(found).startswith("**Key findings**")


def test_a_pick_below_an_unpriced_leader_and_a_budget_make_five_findings() -> None:
    budget = value(budget=[5.0, 5.0], budget_model=["veo", "grok"],
                   budget_name=["Veo 3.1 Lite", "grok-imagine-video"], budget_price=[3.0, 4.2],
                   budget_gap=[174.0, 109.0])
    found = stories.guide_findings(leaders(), budget, I2VA, open_best(), THEN, NOW)
    assert len(found) == 5
    assert found[1] == (
        "In image to video with audio, Gemini Omni Flash (USD 6 a minute) is 3 points below the best priced "
        "model, MiniMax H3 (USD 7.8): the cheapest model about as good. The board's leader, MiniMax H3 Max, "
        "has no listed price."  # the next step is the budget pick: said once, in the next finding
    )
    assert found[2] == (
        "Within USD 5 a minute, the best image to video with audio model is grok-imagine-video (USD 4.2), "
        "109 points below MiniMax H3: MiniMax H3 would be preferred in about 65% of head-to-head votes "
        "between the two."
    )
    # 0.946 prints as "about 95%", so it is counted as near-certain, as the chart counts it
    close = leaders(p_leader=[0.946, 0.9786, pd.NA])
    sure = stories.guide_findings(close, value(), T2V, open_best(), THEN, NOW)
    assert sure[0].startswith("All 2 leads are near-certain (assuming independent ratings): Gemini Omni "
                              "Flash in image to video (silent) (about 98%); Wan 3.0")


def test_an_interval_reaching_the_best_is_said() -> None:
    row = value(near_gap=[0.0, 35.0], near_by=["rating", "interval"])
    text = stories.value_text(row, I2VA)
    assert ("the cheapest about as good is **Gemini Omni Flash** (USD 6), 35 points below it, its 95% "
            "interval reaching the best's;") in text


# --- sections -------------------------------------------------------------------------------------


def test_leaders_table_and_text_say_both_probabilities_and_leave_out_pools_without_a_board() -> None:
    frame = stories.leaders_frame(leaders())
    assert frame["pool"].tolist() == ["Text to video (silent)", "Image to video (silent)"]
    assert frame.loc[0, ["rating", "p_leader", "p_leader_correlated"]].tolist() == [
        "1129 [1118–1140]", "98%", "99.3%"]
    shown = plots.table(frame, columns=stories.LEADERS_TABLE, formats=stories.LEADERS_FORMATS)
    assert shown.cells()[1][-1] == "6"
    text = stories.leaders_text(leaders())
    assert text.startswith("**Wan 3.0** (Alibaba) leads text to video (silent) by 11 points over MiniMax H3 "
                           "Max: about 98% likely to be truly #1 (about 99% with correlated ratings). "
                           "**Gemini Omni Flash** (Google)")
    assert "reads the published 95% intervals as normal and, first, the ratings as independent" in text
    assert text.endswith("There is no board for that date in text to video with audio.")
    twice = stories.leaders_text(leaders(listed_twice=["H3 Max (based on H3) = H3", "", ""]))
    assert "(the same rating and interval: H3 Max (based on H3) = H3) counts once." in twice


def test_value_text_frame_and_layout() -> None:
    text = stories.value_text(value(), T2V)
    assert text == (
        "On the text to video (silent) board of 10 October 2026, 21 of 32 models have a listed price. The "
        "best priced model, Wan 3.0 (1129 [1118–1140], USD 12 a minute), is also the cheapest within 20 "
        "points of the best: no cheaper model comes that close; the next cheaper step on the frontier, "
        "HappyHorse-1.1 (USD 9.9), is 87 points below the best. The price–quality frontier (models that no "
        "other model beats on both rating and price) runs through 2 models: Veo 3.1 Lite (USD 3); Wan 3.0 "
        "(USD 12)."
    )
    assert "The board's leader, MiniMax H3 Max, has none." in stories.value_text(value(), I2VA)
    assert stories.value_text(value(), I2V) == "There is no image to video (silent) board for that date."
    columns, formats = stories.value_layout(None)
    assert "budget_name" not in columns
    assert stories.value_layout(5.0)[0]["budget_name"] == "Best under the budget"
    shown = plots.table(stories.value_frame(value()), columns=columns, formats=formats)
    assert shown.cells()[1][:4] == ["Image to video with audio", "30 of 36", "MiniMax H3 Max", "—"]


def test_open_weights_and_audio_count_the_models_the_catalogue_does_not_flag() -> None:
    assert stories.open_weights_text(open_best()) == (
        "The best open-weights model comes closest to the top in image to video (silent): **MiniMax H3** "
        "(MiniMax) at #4, 12 points behind the leader. The gap is widest in text to video (silent): LTX-2.5 "
        "Fast at #22, 191 points behind. The catalogue gives no open-weights flag for 11 models on these "
        "boards (newer models are missing from it); 9 of them rate above the best open model, so one of "
        "those could still be open."
    )
    frame = stories.flagged_frame(open_best())
    assert plots.table(frame, columns=stories.OPEN_TABLE, formats=stories.FLAGGED_FORMATS).cells()[0] == [
        "Text to video (silent)", "LTX-2.5 Fast", "Lightricks", "22", "938 [927–949]", "191", "10", "9"]
    audio_leaders = leaders(category=[T2VA, I2V, T2V])
    silent = open_best().assign(rank=[1, 3], gap_to_leader=[0.0, 20.0], n_unknown=0, n_unknown_above=0)
    assert stories.audio_text(audio_leaders, silent) == (
        "Every model on the with-audio boards makes sound, so their leaders are the native-audio leaders: "
        "**Wan 3.0** for text to video with audio (about 98% likely to be truly #1). On the silent boards, "
        "the best model that can also make sound: LTX-2.5 Fast in text to video (silent) (the leader "
        "itself); MiniMax H3 in image to video (silent) (#3, 20 points behind the leader)."
    )


def test_developers_are_parents_with_their_brands_and_hosted_models_named() -> None:
    offer = pd.DataFrame({
        "developer": ["Kuaishou", "MiniMax", "Runway"], "n_models": [2, 1, 1], "best_rank": [1, 2, 9],
        T2V: ["Kling 3.0 (#1)", "MiniMax H3 Max (#2)", "Runway Gen-4.5 (#9)"],
        I2V: ["Kling 3.0 (#4)", pd.NA, pd.NA],
        "brands": ["KlingAI", "", ""], "hosted": ["", "MiniMax H3 Max (listed by Fal)", ""],
    })
    assert stories.offer_text(offer, top=2) == (
        "3 developers, counted by parent company, have at least one model on these boards; 1 has one on all "
        "2 (Kuaishou). Brands and sub-teams count for their parent: KlingAI for Kuaishou. A hosting platform "
        "is never credited with a model: MiniMax H3 Max (listed by Fal) for MiniMax, as it is built on that "
        "developer's model. The table shows the 2 with the best ranks: each one's best model on each board "
        "and its rank there."
    )
    frame = stories.offer_frame(offer, top=2)
    assert len(frame) == 2 and set(stories.OFFER_TABLE) <= set(frame.columns)
    cells = plots.table(frame, columns=stories.OFFER_TABLE, formats=stories.OFFER_FORMATS).cells()
    assert cells[1] == ["MiniMax", "1", "2", "MiniMax H3 Max (#2)", "—", "—", "—"]  # no board: "—"


def test_the_shortlist_is_one_table_with_then_and_now_side_by_side() -> None:
    frame = stories.shortlist_frame(THEN, NOW)
    assert list(frame.columns) == list(stories.SHORTLIST_TABLE)
    assert frame.to_dict("records")[0] == {
        "need": "Quality", "claim": "Runway Gen-4.5", "pool": "Text to video (silent)",
        "then": "Leads (#1 of 20)",
        "now": "#24 of 32, 206 points behind Wan 3.0 (more than 99% likely a real gap)"}
    assert pd.isna(frame.loc[1, "then"])  # no December board: "—", said once in the text
    assert frame.loc[1, "now"] == "Not listed (last listed 30 September 2026 at #16)"
    assert frame.loc[2, ["then", "now"]].tolist() == ["No board measures it (see the section on motion)"] * 2
    assert frame.loc[3].to_dict() == {
        "need": "Budget", "claim": "Pika 2.5 Turbo (Pika 2.5 checked)", "pool": "Text to video (silent)",
        "then": "Not among the 20 listed; cannot be judged without prices from that time",
        "now": "#30 of 32 at USD 12.8, 282 points below the best; a better model costs no more. Cheapest "
               "within 20 points of the best: Wan 3.0 (USD 12)"}
    assert stories.shortlist_text(THEN, NOW) == (
        "In December 2025 only text to video (silent) had a board among the pools checked (the copy "
        "described above); image to video (silent) had none, so the claims about it are judged only now. No "
        "board we hold lists a \"Pika 2.5 Turbo\": Pika 2.5, the nearest model, is checked in its place. "
        "\"Now\" means the boards of 10 October 2026. A budget pick is judged by whether it is the cheapest "
        "within 20 points of the best priced model, not by rating per dollar."
    )
    plots.table(frame, columns=stories.SHORTLIST_TABLE)  # plain headers, missing as "—"


def test_a_claim_that_holds_and_december_verdicts_give_ranks_not_ratings() -> None:
    held = NOW.iloc[3].copy()
    held["status"], held["pick_name"] = "is the pick", "Pika 2.5"
    held["pick_price"] = 12.8
    verdict = stories.claim_verdict(held)
    assert verdict == "Cheapest within 20 points of the best (#30 of 32, USD 12.8 a minute)"
    behind = NOW.iloc[0].copy()
    assert stories.claim_verdict(behind, then=True) == "#24 of 32, 206 points behind Wan 3.0"
    assert stories.claim_verdict(THEN.iloc[1]) is pd.NA
    unknown = checks([{"need": "budget", "claim": "X", "status": "unknown model"}]).iloc[0]
    assert stories.claim_verdict(unknown) == "No model of that name on any board we hold"


def test_people_prompts_say_what_they_cannot() -> None:
    t2v = pd.DataFrame({"model": ["g", "h", "veo"], "model_name": ["Gemini", "H3", "Veo 3"],
                        "elo_prompt": [1370.2, 1348.0, 1250.2], "rank_prompt": [1, 2, 3],
                        "elo_overall": [1322.0, 1305.0, 1211.0], "rank_overall": [1, 2, 3],
                        "dating": "an undated copy of about early August 2026 (2026-07-31 to ~2026-08-11)"})
    i2v = t2v.iloc[:2]
    assert stories.people_text(t2v, i2v, ["veo"], "Veo 3") == (
        "In that copy, dated by its contents to about early August 2026, **Gemini** rates highest on people "
        "prompts of the silent text-to-video pool (1370); Veo 3 is #3 of 3 (1250; #3 on all prompts). From "
        "an image, Gemini rates highest; Veo 3 is not in that pool's list. Without intervals, ranks a few "
        "points apart cannot be told apart, and nothing here speaks to December 2025, when Veo 3 was "
        "recommended."
    )
    assert stories.people_frame(t2v, ["veo"], top=1)["model"].tolist() == ["g", "veo"]


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
        "rankings": rankings, "prices": prices, "leaders": guide.pool_leaders(rankings),
        "value": guide.value_summary(priced, budget=5.0),
        "open": guide.flagged_leaders(rankings, models, "open_weights"),
        "offer": guide.developer_offer(rankings, models),
        "then": guide.recommendation_check(rankings, models, aliases, shortlist, "2025-12-31",
                                           not_before="2025-12-01"),
        "now": guide.recommendation_check(rankings, models, aliases, shortlist, prices=prices),
    }


def test_shipped_answer_and_findings_read_in_plain_words(shipped: dict) -> None:
    answer = stories.guide_answer(shipped["leaders"])
    findings = stories.guide_findings(shipped["leaders"], shipped["value"], T2V, shipped["open"],
                                      shipped["then"], shipped["now"])
    assert 3 <= len(findings) <= 5
    texts = [answer, *findings, stories.leaders_text(shipped["leaders"]),
             stories.value_text(shipped["value"], T2V), stories.offer_text(shipped["offer"]),
             stories.prices_text(shipped["prices"]),
             stories.shortlist_text(shipped["then"], shipped["now"])]
    for text in texts:
        assert not _INTERNAL.search(text.replace("silent text-to-video pool", "")), text
        assert "spell" not in text and "rating per dollar" not in text.replace("not by rating per dollar", "")
    newest = shipped["leaders"]["snapshot_date"].max()
    board = leaderboard.board_leader_odds(shipped["rankings"], guide.ARENA, T2V, newest)
    # the same probability as the note on how sure #1 is gives for the same board
    assert board["p_leader"].iloc[0] == shipped["leaders"].set_index("category").loc[T2V, "p_leader"]
    assert f"**{board['model_name'].iloc[0]}**, {stories.about(board['p_leader'].iloc[0])};" in answer


def test_shipped_shortlist_in_december_and_now(shipped: dict) -> None:
    frame = stories.shortlist_frame(shipped["then"], shipped["now"])
    quality = frame[(frame["need"] == "Quality") & (frame["pool"] == "Text to video (silent)")].iloc[0]
    assert quality["then"] == "Leads (#1 of 20)" and quality["now"].startswith("#")
    assert frame["then"].isna().sum() >= 3  # pools without a December board: "—", not a row of their own
    assert len(frame) == len(shipped["now"])
    text = stories.december_board(shipped["rankings"])
    assert "**Runway Gen-4.5 #1 at 1247**" in text and "#1 at 1243" in text


def test_shipped_developers_are_parent_companies(shipped: dict) -> None:
    offer = shipped["offer"].set_index("developer")
    assert {"Kuaishou", "Alibaba", "MiniMax"} <= set(offer.index)
    assert not {"KlingAI", "Fal", "Alibaba-ATH"} & set(offer.index)
    assert "KlingAI" in offer.loc["Kuaishou", "brands"]
    assert "MiniMax H3 Max" in offer.loc["MiniMax", "hosted"]
    leaders = shipped["leaders"].set_index("category")
    assert leaders.loc[I2VA, "creator"] == "MiniMax"  # fal's "MiniMax H3 Max" counts for MiniMax
