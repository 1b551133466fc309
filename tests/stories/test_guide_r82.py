"""r82 reader of 04: the key findings and chart source lines on the shipped data, in the glossary's words."""
import pytest

from videomarket import data, guide, stories


@pytest.fixture(scope="module")
def shipped():
    rankings = data.readable_names(data.load_rankings())
    named = data.newest_names(rankings)
    priced = guide.priced_boards(named, data.load_models(), data.load_pool_prices(), None)
    lm = guide.board_tops(rankings, arena="LMArena", categories=("text-to-video",), top_n=12)["text-to-video"]
    return {"rankings": rankings, "leaders": guide.pool_leaders(named, None), "priced": priced, "lm": lm,
            "lm_aa": guide.board_on(rankings, lm["snapshot_date"].max()),
            "tops": guide.board_tops(named, None, top_n=8, show_repeats=True),
            "rebuilt": data.rebuilt_boards(rankings, data.load_provenance())}


def test_leads_finding_uses_the_glossary_words(shipped):
    # 98% is near-certain (95% or more), not "likely"; 84%-87% are likely leads
    assert stories.leads_finding(shipped["leaders"]) == (
        "One of four pools has a [near-certain](#glossary-near-certain) leader (98% chance of being truly "
        "#1) and two have a [likely](#glossary-likely-lead) one (84%–87%); for silent clips from an image it "
        "is an [open race](#glossary-open-race) (62%).")


def test_arenas_finding_says_the_tie_and_the_mixed_board(shipped):
    assert stories.arenas_split_finding(shipped["lm"], shipped["leaders"], shipped["lm_aa"],
                                        rows=shipped["rankings"]) == (
        # r84 reader: a test of each gap, not overlapping intervals; #8 and #9 differ at 5%
        # r85 reader of 04: one plain line, the test told in the Appendix
        "On LMArena (which mixes silent and audio clips), Wan 3.0 was #6 on 21 September 2026 but "
        "statistically tied with #3–#7, while Artificial Analysis had it #1; the arenas disagree on #1, so "
        "test the top few on your own prompts.")


def test_unpriced_finding_reads_plainly(shipped):
    assert stories.unpriced_pools_finding(shipped["priced"]) == (
        # r84 reader: "other" makes plain that the best-priced model itself is not counted
        "For video from text, most models near the top have no public list price: of the other models rated "
        "within 100 points of the best-priced one, 8 of 11 silent and 8 of 9 with audio have none. For "
        "video from an image, most of them have one.")


def test_chart_sources_say_the_boards_are_rebuilt(shipped):
    assert stories.leaders_chart_source(shipped["tops"], shipped["rebuilt"]) == (
        "Source: Artificial Analysis video arena (ratings and their 95% intervals), all four pools' boards "
        "of 10 October 2026 (rebuilt from text, not verified); files listed under Sources.")
    board = shipped["priced"]["text-to-video"]
    assert stories.value_source(board, board, rebuilt=shipped["rebuilt"]).startswith(
        "Source: Artificial Analysis video arena (ratings; text to video (silent) board of 10 October 2026, "
        "rebuilt from text, not verified) and Artificial Analysis's model list")
    # without the rebuilt list, the line is unchanged
    assert stories.value_source(board, board).startswith(
        "Source: Artificial Analysis video arena (ratings) and")


def test_other_readings_pointer_names_the_pair_not_an_identical_one():
    import pandas as pd

    board = pd.DataFrame({"model_name": ["Wan 3.0"], "p_leader": [0.87], "p_leader_as_one": [0.92],
                          "pair_name": ["MiniMax H3"]})
    text = stories.other_readings_pointer(board)
    assert "identical" not in text
    assert text.startswith("Other readings of the silent text-to-video leader's chance (MiniMax H3's two "
                           "[listings](#glossary-repeated-listing) counted as one model, correlated rating "
                           "errors")
    assert stories.other_readings_pointer(board.assign(p_leader_as_one=None)).startswith(
        "Other readings of the silent text-to-video leader's chance (correlated rating errors, a mistyped "
        "digit")
