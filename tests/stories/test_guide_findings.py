"""r79 reader of 04: four key findings a buyer can act on, the scope and interval caveats, a short note."""
import pandas as pd

from videomarket import stories


def _board(prices, elo=(1100.0, 1090.0, 1080.0, 1070.0)):
    return pd.DataFrame({"model": list("abcd"), "model_name": list("ABCD"), "rank": [1, 2, 3, 4],
                         "elo": list(elo), "price_usd_per_min": prices})


def test_leads_finding():
    lead = pd.DataFrame({"category": ["text-to-video", "image-to-video", "text-to-video-audio",
                                      "image-to-video-audio"], "model": ["w", "g", "w", "m"],
                         "p_leader": [0.8725, 0.6181, 0.8354, 0.9778]})
    assert stories.leads_finding(lead) == (
        "One of four pools has a [near-certain](#glossary-near-certain) leader (98% chance of being truly "
        "#1) "
        "and two have a [likely](#glossary-likely-lead) one (84%–87%); for silent clips from an image it is "
        "an [open race](#glossary-open-race) (62%).")
    # the glossary's words: 98% is near-certain, never "likely"; 94.6% prints as 95% and is near-certain too
    assert stories.leads_finding(lead.iloc[[0, 2]]) == (
        "Two of two pools have a [likely](#glossary-likely-lead) leader (84%–87% chance of being truly #1).")
    assert stories.leads_finding(lead.iloc[[0, 3]].assign(p_leader=[0.8725, 0.946])) == (
        "One of two pools has a [near-certain](#glossary-near-certain) leader (95% chance of being truly #1) "
        "and one has a [likely](#glossary-likely-lead) one (87%).")
    assert stories.leads_finding(lead.iloc[[1]]) == ""


def test_savings_finding():
    wan = pd.DataFrame({"model": ["w", "h"], "model_name": ["Wan 3.0", "H"], "rank": [1, 2],
                        "elo": [1129.0, 1042.0], "price_usd_per_min": [12.0, 9.9]})
    assert stories.savings_finding({"text-to-video": wan}) == (
        "The cheaper option saves 18% a minute; the pricier model would win 62 of 100 "
        "[decisive votes](#glossary-decisive-vote) against it.")
    assert stories.savings_finding({"text-to-video": wan.iloc[:1]}) == ""


def test_unpriced_pools_finding():
    priced = {"text-to-video": _board([None, 9.0, None, None]),
              "text-to-video-audio": _board([None, 9.0, None, None]),
              "image-to-video": _board([6.0, 5.0, None, 4.0]),
              "image-to-video-audio": _board([6.0, None, 5.0, 4.0])}
    # r82 reader of 04: said plainly, "all 3" when every one lacks a price
    assert stories.unpriced_pools_finding(priced) == (
        "For video from text, most models near the top have no public list price: of the other models rated "
        "within 100 points of the best-priced one, all 3 silent and all 3 with audio have none. For video "
        "from an image, most of them have one.")
    two = {**priced, "text-to-video": _board([None, 9.0, None, 8.0])}
    assert stories.unpriced_pools_finding(two).startswith(
        "For video from text, most models near the top have no public list price: of the other models rated "
        "within 100 points of the best-priced one, 2 of 3 silent and all 3 with audio have none.")
    # the image clause only when most image-pool top models are priced
    mixed = {**priced, "image-to-video": _board([6.0, None, None, 4.0])}
    assert stories.unpriced_pools_finding(mixed) == (
        "For video from text, most models near the top have no public list price: of the other models rated "
        "within 100 points of the best-priced one, all 3 silent and all 3 with audio have none.")
    assert stories.unpriced_pools_finding({**priced, "text-to-video": _board([9.0, 8.0, 7.0, None])}) == ""


def test_interval_caveat_and_scope():
    board = pd.DataFrame({"elo": [1129.0, 1118.0, 1000.0, 990.0, 980.0, 970.0],
                          "ci_high": [1140.0, 1129.0, 1011.0, 1001.0, 991.0, 990.0]})
    assert stories.interval_caveat(board) == (
        "Nearly all intervals are ±11 points, which may be a house convention, so read these chances as "
        "rough.")
    assert stories.interval_caveat(board, "text-to-video") == (
        "On the text to video (silent) board, nearly all intervals are ±11 points, which may be a house "
        "convention, so read its chances as rough.")
    assert stories.interval_caveat(board.assign(ci_high=board["elo"] + [11, 12, 13, 14, 15, 16])) == ""
    assert stories.GUIDE_SCOPE == (
        "This guide weighs arena preference and list price only, not clip length, resolution, speed or "
        "licence terms.")


def test_picks_table_note():
    board = _board([12.0, None, 9.9, 8.0], elo=(1129.0, 1100.0, 1090.0, 1042.0))
    assert stories.picks_table_note({"text-to-video": board}, ["text-to-video"]) == (
        "Note: each cheaper option is the cheapest model with a list price.")
    unpriced = _board([12.0, None, None, 9.9], elo=(1129.0, 1100.0, 1090.0, 1042.0))
    assert stories.picks_table_note({"text-to-video": unpriced, "image-to-video": unpriced},
                                    ["text-to-video", "image-to-video"]) == (
        "Note: each cheaper option is the cheapest model with a list price; in text to video (silent) and "
        "image to video (silent), most models rated above it have none, so an unpriced model may be cheaper.")
