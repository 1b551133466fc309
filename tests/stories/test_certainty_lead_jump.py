"""Report 03: why the latest leader's lead jumped at the re-rating, a yardstick for its votes, and the
wrong-digit finding with the downloaded board's check."""
import pandas as pd

from videomarket import stories


def _history() -> pd.DataFrame:
    return pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-24", "2026-09-30", "2026-10-01",
                                                          "2026-10-10"]),
                         "scale_epoch": ["a", "a", "b", "b"], "model": "wan", "model_name": "Wan 3.0",
                         "runner_up": ["gof", "gof", "mm", "mmax"],
                         "runner_up_name": ["Gemini Omni Flash", "Gemini Omni Flash", "MiniMax H3 (768p)",
                                            "MiniMax H3 Max"],
                         "margin": [6.0, 3.0, 11.0, 11.0], "board_size": [81, 81, 30, 32],
                         "p_leader": [0.76455, 0.64465, 0.8765, 0.87865]})


def _rows() -> pd.DataFrame:
    return pd.DataFrame({
        "snapshot_date": pd.to_datetime(["2026-10-01"] * 2 + ["2026-10-10"] * 4),
        "model": ["wan", "mm", "wan", "mmax", "mm", "gof11"],
        "model_name": ["Wan 3.0", "MiniMax H3 (768p)", "Wan 3.0", "MiniMax H3 Max", "MiniMax H3 (768p)",
                       "Gemini Omni Flash 1.1"],
        "elo": [1129.0, 1118.0, 1129.0, 1118.0, 1117.0, 1069.0],
        "appearances": [None, None, 4183.0, 5800.0, 4189.0, 4549.0]})


def _gaps() -> pd.DataFrame:
    return pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-24", "2026-10-10"]), "model": "wan",
                         "model_name": "Wan 3.0", "runner_up": ["gof", "mmax"],
                         "runner_up_name": ["Gemini Omni Flash", "MiniMax H3 Max"], "margin": [3.0, 11.0],
                         "votes_needed": [105276.0, 7834.0]})


def test_lead_jump_finding_compares_with_the_last_boards_before_the_re_rating() -> None:
    assert stories.lead_jump_finding(_history(), _rows()) == (
        "Wan 3.0 looks surer than on 24–30 September (64–76%), mainly because its closest rival then, Gemini "
        "Omni Flash, is not on the board under that name after the 1 October "
        "[re-rating](#glossary-re-rating).")
    stayed = pd.concat([_rows(), pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01"]),
                                               "model": ["gof"], "model_name": ["Gemini Omni Flash"]})])
    assert stories.lead_jump_finding(_history(), stayed) == ""


def _board() -> pd.DataFrame:
    return pd.DataFrame({"model_name": ["Wan 3.0", "MiniMax H3 Max"], "elo": [1129.0, 1118.0],
                         "ci_low": [1118.0, 1107.0], "ci_high": [1140.0, 1129.0]})


def test_likely_not_proven_finding_reads_the_lead_in_standard_errors() -> None:
    assert stories.likely_not_proven_finding(_gaps(), _board()) == (
        "Likely is not proven: Wan 3.0's 11-point lead on 10 October is about 1.4 standard errors by the "
        "published ±11-point intervals, short of the 1.96 a 95% test needs.")
    assert stories.likely_not_proven_finding(_gaps()) == (
        "Likely is not proven: telling Wan 3.0's 11-point lead from a tie would take a test of the two "
        "leaders about 7,800 [decisive votes](#glossary-decisive-vote).")
    assert stories.likely_not_proven_finding(_gaps().iloc[:0], _board()) == ""


def test_lead_in_errors_says_unequal_intervals() -> None:
    wide = _board().assign(ci_high=[1141.0, 1129.0], ci_low=[1117.0, 1107.0])
    assert round(stories.lead_in_errors(wide)["ratio"], 2) == 1.32
    assert stories.lead_in_errors(_board().iloc[:1]) is None
    assert "±12- and ±11-point intervals" in stories.likely_not_proven_finding(_gaps(), wide)


def test_rival_exit_text_counts_the_boards_and_names_the_later_entry() -> None:
    told = ("Wan 3.0 was already 64–76% likely truly #1 in its first two weeks at #1 (24–30 September), and "
            "64–76% on 24–30 September, when its closest rival, Gemini Omni Flash, was 3–6 points behind. "
            "That rival is not on the board re-rated on 1 October under that name: the re-rating cut the "
            "board from 81 models on 30 September to 30. A separate entry, Gemini Omni Flash 1.1, is #4 on "
            "10 October; the data cannot tell whether it is the same model renamed")
    assert stories.rival_exit_text(_history(), _rows()) == f"{told}."
    lm = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-09-21"] * 2),
                       "model_name": ["Gemini Omni Flash 1.1", "Gemini Omni Flash"]})
    assert stories.rival_exit_text(_history(), _rows(), lm) == (
        f"{told}, and LMArena's board of 21 September lists the two names side by side, so it may instead be "
        "a newer version.")
    assert stories.rival_exit_text(_history().assign(scale_epoch="a"), _rows()) == ""


def test_contenders_finding_gives_the_last_downloaded_leaders_chance() -> None:
    board = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-06"] * 3),
                          "model_name": ["Wan 3.0", "MiniMax H3 (768p)", "Dreamina Seedance 2.5"],
                          "elo": [1127.0, 1116.0, 1102.0], "p_leader": [0.8958, 0.103, 0.001],
                          "could_be_first": [True, True, False],
                          "also_listed_as": ["", "MiniMax H3 Max (based on MiniMax H3)", ""]})
    assert stories.contenders_finding(board, listings=True) == (
        "Only 2 of 3 models (3 of 4 listings) could be #1 on 6 October 2026: "
        "Wan 3.0 and MiniMax H3 (768p).")


def test_pools_title_dates_the_rebuilt_boards() -> None:
    pools = pd.DataFrame({"category": ["a", "b"], "last": pd.to_datetime(["2026-10-10"] * 2)})
    rebuilt = pd.DataFrame({"category": ["a", "b"], "snapshot_date": pd.to_datetime(["2026-10-10"] * 2),
                            "rebuilt_only": [True, True]})
    assert stories.pools_title(pools, rebuilt) == (
        "The two pools: each leader's chance on the latest boards, 10 October 2026 (rebuilt copies, not "
        "verified), as in the headline, and how sure their leaders were over all distinct boards")
    assert stories.pools_title(pools) == (
        "The two pools: each leader's chance on the latest boards, 10 October 2026, as in the headline, and "
        "how sure their leaders were over all distinct boards")
    # a day with a downloaded board of any pool is not called rebuilt
    assert "(rebuilt" not in stories.pools_title(pools, rebuilt.assign(rebuilt_only=[True, False]))


def test_contenders_title_and_source_name_the_last_downloaded_board() -> None:
    board = pd.DataFrame({"model_name": ["Wan 3.0", "MiniMax H3 (768p)"], "creator": ["Alibaba", "MiniMax"],
                          "rank_ub": [1, 1], "snapshot_date": pd.to_datetime(["2026-10-06"] * 2),
                          "also_listed_as": ["", "MiniMax H3 Max (based on MiniMax H3)"]})
    assert stories.contenders_title(board, listings=True) == (
        "Text to video (silent), 6 October 2026 (two identical listings "
        "counted as "
        "one)")
    assert stories.contenders_table(board)["model_name"].tolist() == [
        "Wan 3.0", "MiniMax H3 (768p), also listed as MiniMax H3 Max"]
    assert stories.contenders_source(board) == (
        "Source: Artificial Analysis video arena, text to video (silent) board of 6 October 2026, "
        "downloaded copy (file listed under Sources).")


def test_wrong_digit_finding_says_the_downloaded_check() -> None:
    board = pd.DataFrame({"model": ["wan", "mmax"], "model_name": ["Wan 3.0", "MiniMax H3 Max"],
                          "elo": [1129.0, 1118.0], "p_leader": [0.879, 0.07],
                          "snapshot_date": pd.Timestamp("2026-10-10")})
    lower, higher = (pd.DataFrame({"model": ["wan"], "p_leader": [p]}) for p in (0.4213, 0.9912))
    downloaded = pd.DataFrame({"model": ["wan"], "elo": [1127.0],
                               "snapshot_date": pd.Timestamp("2026-10-06")})
    assert stories.rating_error_text(board, lower, higher, step=10, downloaded=downloaded) == (
        "Wan 3.0's 10 October rating, 1129, comes from a rebuilt copy. A wrong tens digit (1119 or 1139) "
        "would make its chance about 42% or 99%. The board of 6 October gives it 1127, "
        "2 points away, close, though not enough to rule such a slip out ([About the "
        "data](00-about-the-data.html#a-wrong-digit-in-the-latest-1-s-rating)).")
    far = downloaded.assign(elo=1110.0)
    assert stories.rating_error_text(board, lower, higher, step=10, downloaded=far).startswith(
        "Wan 3.0's 10 October rating, 1129, comes from a rebuilt copy.")
