"""Who is truly #1: from votes (joint bootstrap, anchor-free) and from published intervals (independence
assumed, with a correlation to show what that assumption is worth)."""

from __future__ import annotations

import math
from statistics import NormalDist

import numpy as np
import pandas as pd
import pytest

from videomarket import arena

OPUS, GPT4 = "claude-3-opus-20240229", "gpt-4-0125-preview"
MIXTRAL, DOLLY = ("mixtral-8x7b-instruct-v0.1", 1114.0), ("dolly-v2-12b", 1000.0)


@pytest.fixture(scope="module")
def chatbot_counts() -> pd.DataFrame:
    return arena.load_chatbot_arena_counts()


def test_exact_ties_share_the_lead() -> None:
    tied = pd.DataFrame({"model": ["a", "b", "c"], "elo": [1250.0, 1250.0, 1200.0],
                         "ci_low": [1250.0, 1250.0, 1190.0], "ci_high": [1250.0, 1250.0, 1210.0]})
    table = arena.leader_probability(tied, draws=1_000)
    assert table["p_leader"].tolist() == [0.5, 0.5, 0.0]
    assert table["p_above_next"].iloc[0] == 0.5  # a tie, not a certainty either way


def test_correlation_narrows_the_difference_exactly_as_the_normal_formula_says() -> None:
    close = pd.DataFrame({"model": ["a", "b"], "elo": [1255.0, 1250.0],
                          "ci_low": [1245.0, 1238.0], "ci_high": [1265.0, 1262.0]})
    sd_a, sd_b = 10 / NormalDist().inv_cdf(0.975), 12 / NormalDist().inv_cdf(0.975)
    for rho in (-0.3, 0.0, 0.3, 0.6):
        spread = math.sqrt(sd_a**2 + sd_b**2 - 2 * rho * sd_a * sd_b)
        exact = NormalDist().cdf(5 / spread)
        table = arena.leader_probability(close, rho=rho, draws=200_000)
        assert table["p_above_next"].iloc[0] == pytest.approx(exact, abs=1e-12)
        assert table["p_leader"].iloc[0] == pytest.approx(exact, abs=0.005)  # two models: the same event
    with pytest.raises(arena.ArenaInputError, match="rho must be a correlation"):
        arena.leader_probability(close, rho=1.0)


def test_negative_correlation_of_three_matches_each_pair_and_has_a_floor() -> None:
    three = pd.DataFrame({"model": ["a", "b", "c"], "elo": [1260.0, 1250.0, 1100.0],
                          "ci_low": [1250.0, 1240.0, 1090.0], "ci_high": [1270.0, 1260.0, 1110.0]})
    sd = 10 / NormalDist().inv_cdf(0.975)
    exact = NormalDist().cdf(10 / math.sqrt(2 * sd**2 * 1.3))  # c never wins: a beats b
    table = arena.leader_probability(three, rho=-0.3, draws=200_000)
    assert table["p_leader"].iloc[0] == pytest.approx(exact, abs=0.005)
    assert table["p_leader"].iloc[0] < arena.leader_probability(three, draws=200_000)["p_leader"].iloc[0]
    with pytest.raises(arena.ArenaInputError, match=r"cannot all be correlated at -0\.6"):
        arena.leader_probability(three, rho=-0.6)


def test_empty_ratings_say_what_is_missing() -> None:
    empty = pd.DataFrame(columns=["model", "elo", "ci_low", "ci_high"])
    with pytest.raises(arena.ArenaInputError, match="empty"):
        arena.leader_probability(empty)


def test_p_first_from_votes_does_not_move_with_the_anchor(chatbot_counts: pd.DataFrame) -> None:
    tables = [arena.leader_probability_from_votes(chatbot_counts, rounds=100, anchor=anchor)
              for anchor in (None, MIXTRAL, DOLLY)]
    first = tables[0].set_index("model")
    for other in tables[1:]:
        other = other.set_index("model").loc[first.index]
        assert (first["p_leader"] - other["p_leader"]).abs().max() <= 0.02  # acceptance; exact here
        assert (first["rank_ub"] == other["rank_ub"]).all()
    assert first["p_leader"].sum() == pytest.approx(1.0)
    assert tables[1].set_index("model").loc[MIXTRAL[0], "rating"] == pytest.approx(1114.0)


def test_published_interval_method_depends_on_the_anchor_where_the_joint_bootstrap_does_not(
    chatbot_counts: pd.DataFrame,
) -> None:
    # The review's example: P(Claude-3-Opus > GPT-4-0125) is 0.94 / 0.88 / 0.62 from independent
    # intervals depending on the anchor, but one value from the joint draws.
    independent, joint = [], []
    for anchor in (None, MIXTRAL, DOLLY):
        options = {} if anchor is None else {"anchor": anchor}
        draws = arena.bootstrap_draws(chatbot_counts, rounds=200, **options)[[OPUS, GPT4]]
        joint.append(float((draws[OPUS] > draws[GPT4]).mean()))
        low, high = draws.quantile(0.025), draws.quantile(0.975)  # each model's own 95% interval
        pair = pd.DataFrame({"model": [OPUS, GPT4], "rating": draws.median().to_numpy(),
                             "ci_low": low.to_numpy(), "ci_high": high.to_numpy()})
        independent.append(float(arena.leader_probability(pair).set_index("model").loc[OPUS, "p_leader"]))
    assert max(joint) - min(joint) == 0.0
    assert max(independent) - min(independent) > 0.25
    assert independent[2] < 0.7 < 0.95 < joint[0]


def test_joint_bootstrap_agrees_with_the_maximum_likelihood_covariance(chatbot_counts: pd.DataFrame) -> None:
    # An independent check: the observed-information covariance of the fit gives P(A > B) by the
    # normal approximation; the joint bootstrap must land close to it. Ties are left out here: as half
    # wins they vary less than the Bernoulli votes the information assumes, so only the bootstrap sees it.
    fit = arena.fit_bradley_terry(chatbot_counts, ties="ignore")
    ratings = fit.ratings.set_index("model")["rating"]
    cov = fit.covariance
    sd_diff = math.sqrt(cov.loc[OPUS, OPUS] + cov.loc[GPT4, GPT4] - 2 * cov.loc[OPUS, GPT4])
    expected = NormalDist().cdf((ratings[OPUS] - ratings[GPT4]) / sd_diff)
    draws = arena.bootstrap_draws(chatbot_counts, rounds=400, seed=3, ties="ignore")
    assert float((draws[OPUS] > draws[GPT4]).mean()) == pytest.approx(expected, abs=0.025)
    independent_sd = math.hypot(math.sqrt(cov.loc[OPUS, OPUS]), math.sqrt(cov.loc[GPT4, GPT4]))
    assert 0.5 < sd_diff / independent_sd < 1.0  # correlated: the difference is surer than independence says


def test_rank_bound_from_votes_counts_only_models_clearly_above() -> None:
    votes = pd.DataFrame({"model_a": ["x", "x", "y"], "model_b": ["y", "z", "z"],
                          "wins_a": [490, 850, 850], "wins_b": [490, 150, 150], "ties": [0, 0, 0]})
    table = arena.leader_probability_from_votes(votes, rounds=300, seed=1).set_index("model")
    assert table.loc["x", "rank_ub"] == 1 and table.loc["y", "rank_ub"] == 1  # x and y are not separated
    assert table.loc["z", "rank_ub"] == 3
    assert 0.3 < table.loc["x", "p_leader"] < 0.7 and table.loc["z", "p_leader"] == 0.0
    with pytest.raises(arena.ArenaInputError, match="alpha"):
        arena.leader_probability_from_votes(votes, alpha=1.5)
    assert np.isclose(table["p_leader"].sum(), 1.0)


def test_a_board_asked_again_gives_the_same_odds_and_callers_cannot_change_the_remembered_answer() -> None:
    board = pd.DataFrame({"model": ["a", "b", "c"], "elo": [1260.0, 1250.0, 1000.0],
                          "ci_low": [1250.0, 1238.0, 1000.0], "ci_high": [1270.0, 1262.0, 1000.0]})
    first = arena.leader_probability(board, draws=5_000, seed=3)
    first.loc[0, "p_leader"] = -1.0  # a caller editing its copy
    again = arena.leader_probability(board, draws=5_000, seed=3)
    assert again["p_leader"].between(0, 1).all() and again["p_leader"].sum() == pytest.approx(1.0)
    # a correlation is a different question, not a remembered answer; so is a seed where the answer is
    # simulated (a negative correlation)
    assert arena.leader_probability(board, rho=0.3)["p_leader"].iloc[0] != again["p_leader"].iloc[0]
    apart = [arena.leader_probability(board, draws=5_000, seed=seed, rho=-0.3)["p_leader"].iloc[0]
             for seed in (3, 4)]
    assert apart[0] != apart[1]
    # the exact normal answer for two rivals (c, a fixed anchor 260 points below, never wins)
    exact = NormalDist().cdf(10 / math.hypot(10 / 1.959964, 12 / 1.959964))
    assert again["p_leader"].iloc[0] == pytest.approx(exact, abs=1e-6) and again["p_leader"].iloc[2] == 0.0


@pytest.mark.parametrize("rho", [0.0, 0.3, 0.8])
def test_chances_of_being_first_match_the_closed_form_for_two_rivals(rho: float) -> None:
    """For two ratings, P(a is #1) = P(a - b > 0): normal with sd sqrt(sa^2 + sb^2 - 2 rho sa sb)."""
    board = pd.DataFrame({"model": ["a", "b"], "elo": [1129.0, 1118.0],
                          "ci_low": [1118.0, 1100.0], "ci_high": [1140.0, 1136.0]})
    sa, sb = 11 / 1.959964, 18 / 1.959964
    exact = NormalDist().cdf(11 / math.sqrt(sa**2 + sb**2 - 2 * rho * sa * sb))
    table = arena.leader_probability(board, rho=rho)
    assert table["p_leader"].iloc[0] == pytest.approx(exact, abs=1e-6)
    assert table["p_leader"].sum() == pytest.approx(1.0, abs=1e-6)


def test_chances_of_being_first_match_a_direct_quadrature_with_an_anchor() -> None:
    """Three rivals and a fixed anchor, against scipy's adaptive quadrature of the same integrals; the
    Monte Carlo the project used before agrees to within its own error."""
    from scipy import integrate
    from scipy.stats import norm

    mean, sd = np.array([1129.0, 1118.0, 1117.0, 1120.0]), np.array([5.6, 5.6, 7.0, 0.0])
    board = pd.DataFrame({"model": list("abcd"), "elo": mean, "ci_low": mean - 1.959964 * sd,
                          "ci_high": mean + 1.959964 * sd})
    chances = arena.leader_probability(board).set_index("model")["p_leader"]
    spread = sd[:3]

    def first(i: int) -> float:
        others = [j for j in range(3) if j != i]
        return integrate.quad(lambda x: norm.pdf(x, mean[i], spread[i])
                              * np.prod(norm.cdf(x, mean[others], spread[others])), 1120.0, 1200.0)[0]

    expected = [first(0), first(1), first(2), float(np.prod(norm.cdf(1120.0, mean[:3], spread)))]
    assert chances[list("abcd")].tolist() == pytest.approx(expected, abs=1e-6)
    simulated = arena.leader_probability(board, draws=200_000, rho=-1e-9).set_index("model")["p_leader"][
        list("abcd")]  # the simulation path
    assert simulated.tolist() == pytest.approx(chances[list("abcd")].tolist(), abs=0.005)


def test_single_winner_count_equals_the_tie_sharing_count_when_no_draw_ties() -> None:
    from videomarket.arena._published import _argmax_wins, shared_wins

    draws = np.random.default_rng(0).standard_normal((2_000, 7))
    assert _argmax_wins(draws).tolist() == shared_wins(draws).tolist()
    # two fixed ratings of equal value tie on every draw: the wins are shared, not given to the first
    tied = pd.DataFrame({"model": ["a", "b", "c"], "elo": [1300.0, 1300.0, 1200.0],
                         "ci_low": [1300.0, 1300.0, 1190.0], "ci_high": [1300.0, 1300.0, 1210.0]})
    assert arena.leader_probability(tied, draws=1_000)["p_leader"].tolist() == [0.5, 0.5, 0.0]


def test_remembered_draws_give_exactly_what_fresh_draws_give() -> None:
    """Boards of one size share the seeded draws; the answer is bit for bit a fresh simulation's."""
    first = pd.DataFrame({"model": ["a", "b", "c"], "elo": [1260.0, 1255.0, 1250.0],
                          "ci_low": [1250.0, 1240.0, 1230.0], "ci_high": [1270.0, 1270.0, 1270.0]})
    second = first.assign(elo=[1300.0, 1290.0, 1200.0])  # same size: the same draws, other ratings
    for board in (first, second, first):
        for rho in (0.0, 0.3):
            remembered = arena.leader_probability(board, draws=30_000, seed=7, rho=rho)  # two chunks
            fresh = arena.leader_probability(board, draws=30_000, seed=np.random.default_rng(7), rho=rho)
            assert remembered["p_leader"].tolist() == fresh["p_leader"].tolist()


def test_leaving_out_models_that_never_win_changes_no_count() -> None:
    """On a long board most models cannot be highest in any draw; the seeded simulation skips them. It
    must give bit for bit what the full simulation (unseeded generator, nothing skipped) gives, including
    for a low-rated model whose wide interval lets it win now and then."""
    ratings = [1300.0, 1296.0, 1290.0, *np.linspace(1150.0, 1000.0, 12)]
    board = pd.DataFrame({"model": [f"m{i:02d}" for i in range(15)], "elo": ratings,
                          "ci_low": [r - 10.0 for r in ratings], "ci_high": [r + 10.0 for r in ratings]})
    board.loc[14, ["ci_low", "ci_high"]] = [700.0, 1300.0]  # 1000 ± 300: can come out on top
    for rho in (0.0, 0.3):
        skipped = arena.leader_probability(board, draws=30_000, seed=3, rho=rho)  # two chunks
        full = arena.leader_probability(board, draws=30_000, seed=np.random.default_rng(3), rho=rho)
        assert skipped["p_leader"].tolist() == full["p_leader"].tolist()
        assert skipped.set_index("model").loc["m14", "p_leader"] > 0  # the wide one is kept and wins
