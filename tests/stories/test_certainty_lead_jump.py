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
                         "margin": [3.0, 3.0, 11.0, 11.0], "board_size": [81, 81, 30, 32]})


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


def test_lead_jump_finding_says_the_rival_is_gone_perhaps_renamed() -> None:
    assert stories.lead_jump_finding(_history(), _rows()) == (
        "Wan 3.0's closest rival before the 1 October [re-rating](#glossary-re-rating), Gemini Omni Flash, "
        "is not on the board after it; a Gemini Omni Flash 1.1 is #4 on 10 October, perhaps the same model "
        "renamed.")
    stayed = pd.concat([_rows(), pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-01"]),
                                               "model": ["gof"], "model_name": ["Gemini Omni Flash"]})])
    assert stories.lead_jump_finding(_history(), stayed) == ""


def test_likely_not_proven_finding_gives_the_votes_against_the_appearances() -> None:
    assert stories.likely_not_proven_finding(_gaps(), _rows()) == (
        "Likely is not proven: telling Wan 3.0's 11-point lead from a tie would take a test of the two "
        "leaders about 7,800 [decisive votes](#glossary-decisive-vote), more than either has had in total.")
    assert stories.likely_not_proven_finding(_gaps().iloc[:0], _rows()) == ""


def test_rival_exit_text_counts_the_boards_and_names_the_later_entry() -> None:
    assert stories.rival_exit_text(_history(), _rows()) == (
        "Wan 3.0 looks surer after 1 October mainly because its closest rival, Gemini Omni Flash, 3 points "
        "behind on 30 September, is not on the re-rated board under that name: the re-rating cut the board "
        "from 81 models to 30. A separate entry, Gemini Omni Flash 1.1, is #4 on 10 October; the data cannot "
        "tell whether it is the same model renamed.")
    assert stories.rival_exit_text(_history().assign(scale_epoch="a"), _rows()) == ""


def test_votes_yardstick_sets_the_votes_against_the_appearances() -> None:
    assert stories.votes_yardstick(_gaps(), _rows()) == (
        "For scale, on the board of 10 October 2026 Wan 3.0 had appeared in 4,183 votes and MiniMax H3 Max "
        "in 5,800, against any model (how many were between the two is not published): about 7,800 decisive "
        "votes between them alone is more than either has had in total.")
    assert stories.votes_yardstick(_gaps(), _rows().drop(columns="appearances")) == ""


def test_wrong_digit_finding_says_the_downloaded_check() -> None:
    board = pd.DataFrame({"model": ["wan", "mmax"], "model_name": ["Wan 3.0", "MiniMax H3 Max"],
                          "elo": [1129.0, 1118.0], "p_leader": [0.879, 0.07],
                          "snapshot_date": pd.Timestamp("2026-10-10")})
    lower, higher = (pd.DataFrame({"model": ["wan"], "p_leader": [p]}) for p in (0.4213, 0.9912))
    downloaded = pd.DataFrame({"model": ["wan"], "elo": [1127.0],
                               "snapshot_date": pd.Timestamp("2026-10-06")})
    assert stories.rating_error_text(board, lower, higher, step=10, downloaded=downloaded) == (
        "Wan 3.0's 10 October rating, 1129, comes from a rebuilt copy. A wrong tens digit (1119 or 1139) "
        "would make its chance about 42% or 99%. The downloaded board of 6 October gives it 1127, "
        "2 points away, which makes such a slip unlikely ([About the "
        "data](00-about-the-data.html#a-wrong-digit-in-the-latest-1-s-rating)).")
    far = downloaded.assign(elo=1110.0)
    assert stories.rating_error_text(board, lower, higher, step=10, downloaded=far).startswith(
        "Wan 3.0's 10 October rating, 1129, comes from a rebuilt copy.")
