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


def test_needs_answer():
    assert stories.needs_answer(LEADERS, TOPS, PRICED) == (
        "Text to video: Wan 3.0 (USD 12.00 a minute); cheaper: HappyHorse-1.1 (USD 9.90). Image to video: "
        "open race, Gemini Omni Flash likeliest and cheapest (USD 6.00). With sound: Wan 3.0 from text; "
        "MiniMax H3 Max from an image (no list price).")
    # with the boards' day, the copies sentence follows in the same block (the answer cell shows one)
    assert stories.needs_answer(LEADERS, TOPS, PRICED, arena="Artificial Analysis", day="2026-10-06",
                                agree=False).endswith(
        "(no list price). Ratings from Artificial Analysis's boards of 6 October 2026; later copies, "
        "reconstructed from text and not yet checked, differ in places (see the picks table).")


def test_copies_sentence():
    assert stories.copies_sentence("Artificial Analysis", "2026-10-06", agree=True) == (
        "Ratings from Artificial Analysis's boards of 6 October 2026; later copies, reconstructed from text "
        "and not yet checked, give the same picks.")


def test_dated_picks_caption():
    assert stories.dated_picks_caption("2026-10-06", PRICES) == (
        "Picks on the boards of 6 October 2026; list prices as of about late September 2026 (check the "
        "provider's current price)")


def test_priced_value_finding():
    assert stories.priced_value_finding(PRICED, "text-to-video", PRICES) == (
        "Among models with a list price in silent text to video, HappyHorse-1.1 is 18% cheaper than Wan 3.0 "
        "(USD 9.90 a minute, as of about late September 2026) but 83 points lower.")


def test_unpriced_rival_text():
    assert stories.unpriced_rival_text(PRICED, "text-to-video") == (
        "MiniMax H3 (768p), #2 and 11 points behind Wan 3.0, has no list price under that name: the price "
        "list gives MiniMax H3 USD 7.80 a minute (as in image to video) but does not say whether that covers "
        "this listing, so it is left out of the cheaper alternative.")


def test_audio_image_finding():
    assert stories.audio_image_finding(LEADERS, PRICED) == (
        "With sound from an image, MiniMax H3 Max leads (98%) but has no list price; MiniMax H3 (USD 7.80, "
        "14 points behind) and Gemini Omni Flash (USD 6.00) are the priced choices.")


def test_race_finding_dated():
    assert stories.race_finding(LEADERS, TOPS, PRICED, as_of="about late September 2026") == (
        "Image to video (silent) is an open race: Gemini Omni Flash is only 64% likely truly #1 of 2 "
        "contenders.")
