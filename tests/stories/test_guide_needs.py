"""Report 04's plain picks per need, the dated prices and the priced choices, sentence by sentence."""
import pandas as pd

from videomarket import stories

PRICES = pd.DataFrame({"price_dating": ["a copy of about early August 2026 (x)",
                                        "a copy of about late September 2026 (y)"]})
T2V = pd.DataFrame({"model": ["w", "m7", "h"],
                    "model_name": ["Wan 3.0", "MiniMax H3 (768p)", "HappyHorse-1.1"],
                    "rank": [1, 2, 3], "elo": [1127.0, 1116.0, 1044.0],
                    "price_usd_per_min": [12.0, None, 9.9]})
I2V = pd.DataFrame({"model": ["g", "m"], "model_name": ["Gemini Omni Flash", "MiniMax H3"], "rank": [1, 2],
                    "elo": [1368.0, 1350.0], "price_usd_per_min": [6.0, 7.8]})
I2VA = pd.DataFrame({"model": ["x", "m", "g"],
                     "model_name": ["MiniMax H3 Max", "MiniMax H3", "Gemini Omni Flash"],
                     "rank": [1, 2, 3], "elo": [1195.0, 1181.0, 1178.0],
                     "price_usd_per_min": [None, 7.8, 6.0]})
LEADERS = pd.DataFrame({"category": ["text-to-video", "image-to-video", "text-to-video-audio",
                                     "image-to-video-audio"], "model": ["w", "g", "w", "x"],
                        "model_name": ["Wan 3.0", "Gemini Omni Flash", "Wan 3.0", "MiniMax H3 Max"],
                        "elo": [1127.0, 1368.0, 1156.0, 1195.0], "p_leader": [0.9, 0.64, 0.87, 0.984]})
TOPS = {"image-to-video": pd.DataFrame({"model": ["g", "m"],
                                        "model_name": ["Gemini Omni Flash", "MiniMax H3"],
                                        "rank": [1, 2], "p_leader": [0.64, 0.36]})}
PRICED = {"text-to-video": T2V, "image-to-video": I2V, "image-to-video-audio": I2VA}


T2VA = pd.DataFrame({"model": ["w", "u", "m7", "l"],
                     "model_name": ["Wan 3.0", "Utopai X", "MiniMax H3 (768p)", "LTX-2.3 Fast"],
                     "rank": [1, 2, 4, 5], "elo": [1156.0, 1148.0, 1138.0, 854.0],
                     "price_usd_per_min": [12.0, None, None, 2.4]})


def test_dated_picks_caption():
    assert stories.dated_picks_caption("2026-10-06", PRICES) == (
        "Picks on the boards of 6 October 2026; list prices as of about late September 2026 (check the "
        "provider's current price)")


I2VA_CI = I2VA.assign(ci_low=[1186.0, 1173.0, 1171.0], ci_high=[1204.0, 1189.0, 1185.0])
T2V_CI = T2V.assign(ci_low=[1115.0, 1104.0, 1032.0], ci_high=[1139.0, 1128.0, 1056.0])
I2V_CI = pd.DataFrame({"model": ["g", "b", "k"], "model_name": ["Gemini Omni Flash", "Bach", "Grok"],
                       "rank": [1, 2, 3], "elo": [1368.0, 1362.0, 1328.0], "ci_low": [1357.0, 1351.0, 1319.0],
                       "ci_high": [1379.0, 1373.0, 1337.0], "price_usd_per_min": [6.0, 7.2, 4.2]})
T2VA_CI = pd.DataFrame({"model": ["w", "l"], "model_name": ["Wan 3.0", "LTX-2.3 Fast"], "rank": [1, 2],
                        "elo": [1156.0, 854.0], "ci_low": [1147.0, 842.0], "ci_high": [1165.0, 866.0],
                        "price_usd_per_min": [12.0, 2.4]})
RACE = {"image-to-video": pd.DataFrame({"model": ["g", "b"], "model_name": ["Gemini Omni Flash", "Bach"],
                                        "rank": [1, 2], "p_leader": [0.64, 0.36]})}


def test_needs_list():
    # r68 reader of 04: picks on rebuilt copies read as firm instructions ("use Wan 3.0"), the box was dense
    priced = {"text-to-video": T2V_CI, "image-to-video": I2V_CI, "text-to-video-audio": T2VA_CI,
              "image-to-video-audio": I2VA_CI}
    rebuilt = pd.DataFrame({"arena": "Artificial Analysis", "category": ["text-to-video", "image-to-video"],
                            "snapshot_date": pd.Timestamp("2026-10-06"), "rebuilt_only": True})
    # r77 reader of 04: one plain sentence per pool, "rebuilt, not verified" once at the top, a shortlist
    # to verify; the cheaper option "somewhat lower rated" with the gap said; "statistically
    # indistinguishable" for overlapping intervals; no unpriced rival in the box (it is in the table)
    assert stories.needs_list(LEADERS, RACE, priced, arena="Artificial Analysis", day="2026-10-06",
                              rebuilt=rebuilt, caveats=["One caveat.", "", "Another."]) == (
        "**[Rebuilt](#glossary-rebuilt-file), not verified:** the boards behind these picks are rebuilt "
        "copies, not yet checked against the original. Treat these picks as a shortlist to verify, not a "
        "recommendation.\n"
        "On Artificial Analysis's boards of 6 October 2026, with list prices per minute of video; a "
        "100-point gap means the better model wins about 64 of 100 "
        "[decisive votes](#glossary-decisive-vote).\n"
        # r85 reader of 04: one short line per pick (model, price, chance, cheaper option); the votes are
        # in the picks section; a cheaper option tied with the best priced model is never "lower rated"
        "- Silent clips from text: Wan 3.0, USD 12.00 a minute, [likely](#glossary-likely-lead) #1 (about "
        "90% chance); cheaper option: HappyHorse-1.1 (USD 9.90, 83 points lower).\n"
        "- Silent clips from an image: an open race; likeliest #1 Gemini Omni Flash, USD 6.00 a minute "
        "(about 64% chance), the cheapest of the 2 contenders; cheaper option: Grok (USD 4.20, 40 points "
        "lower).\n"
        "- Clips with sound from text: Wan 3.0, USD 12.00 a minute, [likely](#glossary-likely-lead) #1 "
        "(about 87% chance); no cheaper model with a list price within 100 points.\n"
        # r85 reader of 04: lead with what a buyer can pay for, the unpriced listing second
        "- Clips with sound from an image: MiniMax H3 (USD 7.80 a minute) or Gemini Omni Flash (USD 6.00), "
        "3 points apart, statistically indistinguishable; MiniMax H3 Max, with no list price, leads "
        "([near-certain](#glossary-near-certain) #1, about 98% chance).\n"
        "- Caveats: One caveat. Another.")
    # no blank line: the answer cell must show one paragraph
    assert "\n\n" not in stories.needs_list(LEADERS, RACE, priced, arena="A", day="2026-10-06",
                                             caveats=["x"])
    # a day with a downloaded board of any pool is not called rebuilt; the shortlist line stays
    mixed = rebuilt.assign(rebuilt_only=[True, False])
    assert stories.needs_list(LEADERS, RACE, priced, arena="Artificial Analysis", day="2026-10-06",
                              rebuilt=mixed).split("\n")[:2] == [
        "Treat these picks as a shortlist to verify, not a recommendation.",
        "On Artificial Analysis's boards of 6 October 2026, with list prices per minute of video; a "
        # r79 reader of 04: "decisive vote" linked to the glossary at its first use
        "100-point gap means the better model wins about 64 of 100 "
        "[decisive votes](#glossary-decisive-vote)."]
    # a leader without a list price and a cheaper option apart from the best priced model
    apart = I2VA_CI.assign(ci_low=[1186.0, 1186.0, 1171.0])
    assert stories.needs_list(LEADERS.iloc[3:], None, {"image-to-video-audio": apart}) == (
        "- Clips with sound from an image: MiniMax H3 (USD 7.80 a minute) or Gemini Omni Flash (USD 6.00), "
        "3 points apart, MiniMax H3 rated higher; MiniMax H3 Max, with no list price, leads "
        "([near-certain](#glossary-near-certain) #1, about 98% chance).")
    # r85 reader of 04: the silent text pick's digit-slip risk beside it, in reports 02/03's words
    assert stories.needs_list(LEADERS.iloc[:1], None, {"text-to-video": T2V_CI},
                              digit_low={"text-to-video": 0.408}).startswith(
        "- Silent clips from text: Wan 3.0, USD 12.00 a minute, [likely](#glossary-likely-lead) #1 (about "
        "90% chance; could be as low as about 41% if one digit of the rebuilt copy is wrong); cheaper "
        "option: ")
    # the head-to-head votes the answer leaves out, said in the picks section with the close call
    assert stories.cheaper_votes_text(priced) == (
        "In silent clips from text, Wan 3.0 would win about 62 of 100 decisive votes against HappyHorse-1.1, "
        "a noticeable gap. In silent clips from an image, Gemini Omni Flash would win about 56 of 100 "
        "decisive votes against Grok, a small gap.")


def test_closest_unpriced_rival_cell():
    # r77 reader of 04: never name an unpriced rival when a priced model is closer
    priced = {"text-to-video": T2V_CI, "image-to-video-audio": I2VA_CI}
    assert stories.closest_unpriced_cell(priced, "text-to-video", "w") == (
        "MiniMax H3 (768p), 11 points behind")
    assert stories.closest_unpriced_cell(priced, "image-to-video-audio", "x") == (
        "—")


def test_the_answer_caveats():
    # r73 reader of 04: where to confirm the top before buying, said once at the top
    assert stories.live_board_advice("Artificial Analysis", 3) == (
        "Before buying, confirm the top 3 of your pool on Artificial Analysis's live video arena "
        "([artificialanalysis.ai](https://artificialanalysis.ai/)).")
    # without a board, no price is said
    assert stories.needs_list(LEADERS.iloc[:1], None, None) == (
        "- Silent clips from text: Wan 3.0, [likely](#glossary-likely-lead) #1 (about 90% chance).")
    rows = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
                         "model": ["g", "k", "w", "w"],
                         "snapshot_date": pd.to_datetime(["2026-09-30", "2026-09-30", "2026-09-30",
                                                          "2026-10-06"])})
    lead = pd.DataFrame({"category": ["image-to-video", "image-to-video-audio"], "model": ["g", "k"],
                         "model_name": ["Gemini Omni Flash", "Grok Imagine Video"]})
    assert stories.renamed_pick_note(rows, lead, None, "2026-10-06", short=True) == (
        "Gemini Omni Flash and Grok Imagine Video left the text-to-video boards under those names on "
        "6 October 2026: check they are still offered before buying.")
    assert stories.renamed_pick_note(rows, lead.iloc[:1], None, "2026-10-06", short=True) == (
        "Gemini Omni Flash left the text-to-video boards under that name on 6 October 2026: check it is "
        "still offered before buying.")
    # r73 reader of 04: the entries on the day's text-to-video boards named as a version are said as
    # possible replacements, once, next to the picks
    added = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
                          "model": ["g11", "k15", "k15l"], "snapshot_date": pd.Timestamp("2026-10-06")})
    names = {"g": "Gemini Omni Flash", "k": "Grok Imagine Video", "w": "Wan 3.0",
             "g11": "Gemini Omni Flash 1.1", "k15": "Grok Imagine Video 1.5",
             "k15l": "Grok Imagine Video 1.5 Lite"}
    heirs = pd.concat([rows, added], ignore_index=True)
    heirs["model_name"] = heirs["model"].map(names)
    assert stories.renamed_pick_note(heirs, lead, None, "2026-10-06", short=True) == (
        "Gemini Omni Flash and Grok Imagine Video left the text-to-video boards under those names on "
        "6 October 2026; they may have been replaced by Gemini Omni Flash 1.1 / Grok Imagine Video 1.5 "
        "(check before buying).")
    # prices may not be comparable across resolutions, with the listings rated at a stated one
    # r77 reader of 04: the criterion said as computed: a stated resolution, a price entry giving none;
    # an unpriced listing and a resolution in the model's own name do not count
    board = pd.DataFrame({"model_name": ["MiniMax H3 (768p)", "Runway Gen-4.5 (720p)",
                                         "Kling 3.0 1080p (Pro)"],
                          "price_usd_per_min": [None, 7.0, 13.44]})
    assert stories.resolution_finding({"t": board}) == (
        "Prices may not be comparable: 1 listing is rated at a stated resolution whose price entry gives "
        "none (Runway Gen-4.5 (720p)); compare at the resolution you need.")
    assert stories.resolution_finding({"t": board.iloc[::2]}) == ""


def test_lead_one_way_finding():
    # r75 reader of 04: 87% is the number (listings rated apart count as two); 92% only as a sensitivity
    board = pd.DataFrame({"model_name": ["Wan 3.0", "MiniMax H3 (768p)"], "p_leader": [0.87254, 0.07],
                          "snapshot_date": [pd.Timestamp("2026-10-10")] * 2,
                          "p_leader_as_one": [0.9209, None], "pair_name": "MiniMax H3", "pair_apart": 1.0})
    assert stories.lead_one_way_finding(board) == (
        "Wan 3.0 leads silent text to video: about 87% likely truly #1 on the newest board, 10 October 2026, "
        "if rating errors are independent. This counts MiniMax H3's two "
        "[listings](#glossary-repeated-listing), one \"based on\" the other and rated 1 point apart, as two "
        "rivals, as this note counts listings rated apart; counted as one model, the chance would be 92%.")
    # no pair on the board: one number, no reading
    assert stories.lead_one_way_finding(board.drop(columns="p_leader_as_one")) == (
        "Wan 3.0 leads silent text to video: about 87% likely truly #1 on the newest board, 10 October 2026, "
        "if rating errors are independent.")


def test_leader_range_cell():
    assert stories.leader_range_cell("Wan 3.0", 0.8958, 0.83045) == "Wan 3.0 (83%–90%)"
    assert stories.leader_range_cell("Wan 3.0", 0.87865, 0.93495) == "Wan 3.0 (88%–93%)"
    assert stories.leader_range_cell("Wan 3.0", 0.8958, 0.8961) == "Wan 3.0 (90%)"


def test_open_unknown_text():
    frame = pd.DataFrame({"category": ["text-to-video", "text-to-video-audio"], "model_name": ["LTX"] * 2,
                          "rank": [4, 2]})
    board = pd.DataFrame({"model_name": ["A", "B", "C", "LTX"], "elo": [1130.0, 1120, 1100, 900],
                          "ci_low": [1120.0, 1110, 1090, 890], "ci_high": [1140.0, 1130, 1110, 910],
                          "open_weights": [False, None, None, True]})
    assert stories.open_unknown_text(frame, {"text-to-video": board, "text-to-video-audio": board}) == (
        "Of the 3 models rated above LTX in text to video (silent), the catalogue flags 1 as closed and has "
        "no entry for 2, so a better open model may exist there.")


def test_value_frame_names_each_price_list():
    board = T2V.assign(price_dating=["an undated copy of about late September 2026 (x)", None,
                                     "an undated copy of about early August 2026 (y)"])
    value = pd.DataFrame({"category": ["text-to-video"], "n_priced": [2], "n_models": [3]})
    frame = stories.value_frame(value, {"text-to-video": board})
    assert frame["near_list"].tolist() == ["about early August 2026"]
    # r85 reader of 04: the price list's date said once, in the title
    assert stories.value_title("value", pd.DataFrame({"model": ["w"], "snapshot_date": [
        pd.Timestamp("2026-10-10")]}), frame) == ("Quality against price in every pool on the 10 October "
                                                   "2026 boards; list prices of about early August 2026")
    # r73 reader of 04: the model each is measured against; the top priced model is not its own alternative
    assert frame["near_ref"].tolist() == ["Wan 3.0"]
    alone = stories.value_frame(value, {"text-to-video": board.iloc[:1]})
    assert alone[["near_name", "near_ref"]].values.tolist() == [["none within 100 points", "Wan 3.0"]]
    assert alone["near_price"].isna().all() and alone["near_gap"].isna().all()
    # r79 reader of 04: the 12-column table trimmed; the header already names what it is measured against
    assert "near_ref" not in stories.value_layout(None)[0]


def test_a_verdict_on_a_rebuilt_last_board_says_so():
    from videomarket.stories._guide_sections import _last_board_flag

    rebuilt = pd.DataFrame({"arena": ["Artificial Analysis"], "category": ["text-to-video-audio"],
                            "snapshot_date": [pd.Timestamp("2026-09-30")], "rebuilt_only": [True]})
    row = pd.Series({"status": "not on this board", "category": "text-to-video-audio",
                     "last_seen": pd.Timestamp("2026-09-30")})
    verdict = "Not on the board now; #16 of 36 on 30 September 2026, the last board listing it, not leading"
    assert _last_board_flag(verdict, row, rebuilt) == (
        "Not on the board now; #16 of 36 on 30 September 2026, the last board listing it, not leading "
        "(that board rebuilt, not verified)")
    assert _last_board_flag(verdict, row, rebuilt.assign(rebuilt_only=False)) == verdict
    assert _last_board_flag(verdict, pd.Series({**row, "status": "holds"}), rebuilt) == verdict


def test_the_price_claims_are_about_priced_models_only():
    # r65 reader of 04: "nothing cheaper comes within 100 points" while #2-#5 have no list price
    lead = pd.DataFrame({"category": ["text-to-video-audio"], "model": ["w"], "model_name": ["Wan 3.0"],
                         "p_leader": [0.87]})
    board = pd.DataFrame({"model": ["w", "u", "d", "s", "l"], "model_name": ["Wan 3.0", "Utopai X",
                          "Seedance", "SkyReels V4", "LTX"], "rank": [1, 2, 3, 4, 5],
                          "elo": [1156.0, 1148.0, 1142.0, 1075.0, 854.0],
                          "ci_low": [1147.0, 1138.0, 1133.0, 1066.0, 842.0],
                          "ci_high": [1165.0, 1158.0, 1151.0, 1084.0, 866.0],
                          "price_usd_per_min": [12.0, None, None, 21.0, 2.4]})
    # r77 reader of 04: the box says one sentence; the unpriced count is a key finding of its own
    assert stories.needs_list(lead, None, {"text-to-video-audio": board}) == (
        "- Clips with sound from text: Wan 3.0, USD 12.00 a minute, [likely](#glossary-likely-lead) #1 "
        "(about 87% chance); no cheaper model with a list price within 100 points.")


def test_the_fragile_pick_and_the_picks_intro():
    board = pd.DataFrame({"model": ["w", "h", "o"], "model_name": ["Wan 3.0", "HappyHorse-1.1",
                          "Wan 2.7-260612"], "rank": [1, 10, 12], "elo": [1127.0, 1044.0, 1026.0],
                          "price_usd_per_min": [12.0, 9.9, 9.0]})
    lead = pd.DataFrame({"category": ["text-to-video"], "model": ["w"], "model_name": ["Wan 3.0"],
                         "p_leader": [0.9]})
    assert stories.picks_intro(lead, None, {"text-to-video": board}) == (
        "A cheaper alternative is the cheapest model with a list price within 100 points of the top-rated "
        "one with a price, a tolerance this note chose: across 100 points the better model still wins about "
        "64 of 100 decisive votes.")


def test_notes_beside_the_picks():
    rows = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
                         "model": ["g", "w", "w"],
                         "snapshot_date": pd.to_datetime(["2026-09-30", "2026-09-30", "2026-10-06"])})
    lead = pd.DataFrame({"category": ["image-to-video"], "model": ["g"], "model_name": ["Gemini Omni Flash"]})
    assert stories.renamed_pick_note(rows, lead, None, "2026-10-06") == (
        "Gemini Omni Flash, a pick in image to video (silent), left the text-to-video boards under that name "
        "on 6 October 2026: confirm its current version and price with the provider.")
    assert stories.renamed_pick_note(rows, lead.assign(model="w"), None, "2026-10-06") == ""
    lead = pd.DataFrame({"category": ["text-to-video", "image-to-video"], "model": ["w", "g"],
                         "model_name": ["Wan 3.0", "G"], "p_leader": [0.8958, 0.64]})
    assert stories.range_chart_note(lead, {"text-to-video": 0.83045}, "MiniMax H3") == (
        "Wan 3.0 in text to video (silent): 90% with MiniMax H3's two listings counted as one model, 83% as "
        "two rivals")
    # the other reading above the chart's: the chart counts the two listings as rivals
    assert stories.range_chart_note(lead.assign(p_leader=[0.87865, 0.64]), {"text-to-video": 0.93495},
                                    "MiniMax H3") == (
        "Wan 3.0 in text to video (silent): 88% with MiniMax H3's two listings counted as two rivals, 93% as "
        "one model")
    assert stories.range_chart_note(lead, None, "MiniMax H3") == ""


def test_board_sizes_note():
    day1, day6 = pd.Timestamp("2026-10-01"), pd.Timestamp("2026-10-06")
    rows = pd.DataFrame({"arena": "Artificial Analysis", "category": "text-to-video",
                         "snapshot_date": [day1, day1, day6, day6, day6],
                         "model": ["w", "m7", "w", "m7", "max"],
                         "model_name": ["Wan 3.0", "MiniMax H3 (768p)", "Wan 3.0", "MiniMax H3 (768p)",
                                        "MiniMax H3 Max"],
                         "elo": [1127.0, 1116.0, 1127.0, 1116.0, 1116.0],
                         "ci_low": [1115.0, 1104.0, 1115.0, 1104.0, 1104.0],
                         "ci_high": [1139.0, 1128.0, 1139.0, 1128.0, 1128.0]})
    breaks = pd.DataFrame({"category": ["text-to-video"], "date": [day1]})
    assert stories.board_sizes_note(rows, breaks, day6) == (
        "**Board sizes.** After the re-rating the boards grew: text to video (silent) from 2 listings on "
        "1 October 2026 to 3 on 6 October 2026 (MiniMax H3 Max added, repeating MiniMax H3 (768p)'s rating "
        "and interval exactly, so counted as one model with it).")


def test_r75_prices_sources_and_renamed_picks():
    # r75 reader of 04: the price copies are as fragile as the boards, said beside their dates
    prices = pd.DataFrame({"price_source_id": ["aa-x-005d573"],
                           "price_dating": ["an undated copy of about late September 2026 (x)"]})
    provenance = pd.DataFrame({"source_id": ["aa-x-005d573"], "note": ["by content, late Sep 2026"]})
    unverified = stories.unverified_prices(prices, provenance)
    assert unverified == "from an undated third-party copy, not verified"
    assert stories.other_ages_text("2026-09-21", prices, build="2026-12-07", unverified=unverified) == (
        "Also used: LMArena's board of 21 September 2026 (77 days old); prices of about late September 2026, "
        "from an undated third-party copy, not verified.")
    assert stories.value_source(prices, unverified=True) == (
        "Source: Artificial Analysis video arena (ratings) and Artificial Analysis's model list (list API "
        "prices per minute; undated copies of about late September 2026; third-party copies, not verified). "
        "The anchor model, pinned at 1,000, has no interval.")
    # each price copy's use names its commit, so the Sources list pairs commit and date
    assert stories.catalogue_uses(prices, commits=True) == {
        "aa-x-005d573": "005d573: list prices (a copy of about late September 2026, dated by its contents)"}
    # r75 reader of 04: picks still listed in image to video stand
    rows = pd.DataFrame({"arena": "Artificial Analysis",
                         "category": ["text-to-video", "text-to-video", "image-to-video", "text-to-video"],
                         "model": ["g", "w", "g", "g11"], "model_name": ["Gemini Omni Flash", "Wan 3.0",
                                                                        "Gemini Omni Flash",
                                                                        "Gemini Omni Flash 1.1"],
                         "snapshot_date": pd.to_datetime(["2026-09-30", "2026-10-10", "2026-10-10",
                                                          "2026-10-10"])})
    lead = pd.DataFrame({"category": ["image-to-video"], "model": ["g"], "model_name": ["Gemini Omni Flash"]})
    assert stories.renamed_pick_note(rows, lead, None, "2026-10-10", short=True, images=True) == (
        "Gemini Omni Flash is still listed under that name in image to video on 10 October 2026, so that "
        "pick stands; it left the text-to-video boards on 10 October 2026 and may have been replaced there "
        "by Gemini Omni Flash 1.1.")


def test_r75_lmarena_mix_and_open_licence():
    lm = pd.DataFrame({"model": ["g1", "g", "w", "v-audio"], "model_name": ["g-1.1", "g", "wan", "v"],
                       "creator": ["Google", "Google", "Alibaba", "Google"], "rank": [1, 2, 6, 7],
                       "elo": [1516.0, 1513.0, 1476.0, 1470.0], "ci_low": [1501.0, 1504.0, 1463.0, 1460.0],
                       "ci_high": [1531.0, 1522.0, 1489.0, 1480.0], "arena": "LMArena",
                       "category": "text-to-video", "snapshot_date": pd.Timestamp("2026-09-21")})
    lead = pd.DataFrame({"category": ["text-to-video"], "model": ["w"], "model_name": ["Wan 3.0"]})
    aa = pd.DataFrame({"model": ["w", "g"], "model_name": ["Wan 3.0", "Gemini Omni Flash"],
                       "rank": [1, 2], "snapshot_date": pd.Timestamp("2026-09-20")})
    # r79 reader of 04: the arenas' split as a plain key finding a buyer can act on
    # r82 reader of 04: said as what LMArena's board is, with the ranks its interval ties it with
    assert stories.arenas_split_finding(lm.assign(rank=[1, 2, 3, 4], ci_low=[1501.0, 1480.0, 1463.0, 1460.0]),
                                        lead, aa) == (
        # r84 reader: each gap tested (1.96 standard errors), not overlapping intervals: #2 is 37 points up
        "On LMArena (which mixes silent and audio clips), Wan 3.0 was #3 on 21 September 2026 but "
        "statistically tied with #4, while Artificial Analysis had it #1; the arenas disagree on #1, so test "
        "the top few on your own prompts.")
    # no audio entry, no rank it cannot be told apart from: neither is said
    assert stories.arenas_split_finding(lm.iloc[:3].assign(rank=[1, 2, 3]), lead, aa) == (
        "On LMArena, Wan 3.0 was #3 on 21 September 2026, while Artificial Analysis had it #1; the arenas "
        "disagree on #1, so test the top few on your own prompts.")
    assert stories.arenas_split_finding(lm.assign(rank=[6, 2, 1, 7]), lead, aa) == ""
    # a model flagged open weights here but ranked higher unflagged elsewhere: licence unconfirmed
    best = pd.DataFrame({"category": ["text-to-video", "image-to-video"], "model": ["l", "h3"],
                         "model_name": ["LTX-2.5 Fast", "MiniMax H3"], "rank": [22, 4],
                         "board_size": [32, 77],
                         "variants": ["MiniMax H3 (768p) (#3)", ""], "variant_of": ["MiniMax H3", ""]})
    lead = pd.DataFrame({"category": ["text-to-video", "image-to-video"], "model": ["w", "g"],
                         "model_name": ["Wan 3.0", "Gemini Omni Flash"], "p_leader": [0.87, 0.62]})
    frame = stories.picks_frame(lead, None, None, best)
    assert frame["open"].tolist() == ["LTX-2.5 Fast (#22); see Open weights",
                                      "MiniMax H3 (#4) (licence unconfirmed)"]


def test_r75_the_cheapest_listed_model_moves_to_the_value_table():
    board = pd.DataFrame({"model": ["w", "l"], "model_name": ["Wan 3.0", "LTX-2.3 Fast"], "rank": [1, 2],
                          "elo": [1129.0, 857.0], "price_usd_per_min": [12.0, 2.4]})
    assert stories.cheapest_cells({"text-to-video": board}) == {
        "text-to-video": "LTX-2.3 Fast, USD 2.40, 272 points below Wan 3.0"}
