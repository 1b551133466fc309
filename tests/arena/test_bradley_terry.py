"""Arena statistics against published results.

- Bradley–Terry MLE and standard errors: Agresti's baseball data as fitted by R's BradleyTerry2.
- Real votes to a real leaderboard: GenAI-Arena's image battles and the publisher's table of 2024-02-20.
- Bootstrap intervals: coverage of known ratings on simulated tournaments.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from videomarket import arena
from videomarket.arena._fit import FitOptions, prepare
from videomarket.arena._newton import chord_batch, newton_batch

BT_DATA = Path(__file__).resolve().parents[1] / "reference" / "bt"
ANCHOR = "Baltimore"
ANONY = "Arena Elo rating (anony)"
FULL = "Arena Elo rating (full)"


# --- published Bradley–Terry estimates ---------------------------------------------------------


@pytest.fixture(scope="module")
def baseball() -> pd.DataFrame:
    games = pd.read_csv(BT_DATA / "baseball.csv")
    return pd.DataFrame({
        "model_a": games["home.team"], "model_b": games["away.team"],
        "wins_a": games["home.wins"], "wins_b": games["away.wins"], "ties": 0,
    })


@pytest.fixture(scope="module")
def baseball_expected() -> pd.DataFrame:
    return pd.read_csv(BT_DATA / "baseball_expected.csv").set_index("team")


def test_baseball_coefficients_match_bradleyterry2(baseball, baseball_expected) -> None:
    fit = arena.fit_bradley_terry(baseball)
    coefficients = fit.log_odds(ANCHOR).loc[baseball_expected.index]
    # printed to 4 decimals: a correct fit is within half a unit of the last digit
    assert np.abs(coefficients - baseball_expected["estimate"]).max() <= 0.00005 + 1e-9


def test_baseball_standard_errors_match_bradleyterry2(baseball, baseball_expected) -> None:
    fit = arena.fit_bradley_terry(baseball)
    errors = fit.log_odds_se(ANCHOR).loc[baseball_expected.index]
    assert np.abs(errors - baseball_expected["std_error"]).max() <= 0.00005 + 1e-9


@pytest.mark.parametrize(("scale", "base"), [(400, 10), (1, math.e), (173.7, 2)])
def test_ratings_convert_to_the_published_log_odds(baseball, baseball_expected, scale, base) -> None:
    ratings = arena.bradley_terry(baseball, scale=scale, base=base).set_index("model")["rating"]
    log_odds = ((ratings - ratings[ANCHOR]) * math.log(base) / scale).loc[baseball_expected.index]
    assert np.abs(log_odds - baseball_expected["estimate"]).max() <= 0.00005 + 1e-9


def test_rating_standard_errors_are_anchor_relative_when_anchored(baseball, baseball_expected) -> None:
    table = arena.bradley_terry(baseball, anchor=(ANCHOR, 1000)).set_index("model")
    per_log_odds = 400 / math.log(10)
    assert table.loc[ANCHOR, "se"] == pytest.approx(0, abs=1e-9)
    expected = baseball_expected["std_error"] * per_log_odds
    assert np.abs(table.loc[expected.index, "se"] - expected).max() <= 0.00005 * per_log_odds + 1e-6


# --- GenAI-Arena: raw votes to the publisher's leaderboard -------------------------------------


@pytest.fixture(scope="module")
def genai_raw(project_root: Path) -> Path:
    return project_root / "data" / "raw" / "genai-arena"


@pytest.fixture(scope="module")
def genai_votes(genai_raw: Path) -> pd.DataFrame:
    path = genai_raw / "2024-02-20T225054Z--clean_battle_20240220.json"
    return pd.DataFrame(json.loads(path.read_text(encoding="utf-8")))


def _task(votes: pd.DataFrame, task: str, anonymous_only: bool) -> pd.DataFrame:
    chosen = votes["model_a"].str.endswith(f"_{task}") & votes["model_b"].str.endswith(f"_{task}")
    if anonymous_only:
        chosen &= votes["anony"].astype(bool)
    return votes[chosen]


def _publisher_fit(votes: pd.DataFrame, **options: float) -> pd.Series:
    """The publisher's setting: scale 400, base 10, mean 1000, ties half, sklearn's default C=1."""
    options = {"l2": 0.5, **options}
    return arena.bradley_terry(votes, scale=400, base=10, init_rating=1000, ties="half", **options).set_index(
        "model")["rating"]


def _editing_table(genai_raw: Path) -> pd.DataFrame:
    table = pd.read_csv(genai_raw / "undated--a3221a7--image_editing_leaderboard.csv")
    return table.assign(key="imagenhub_" + table["key"] + "_edition").set_index("key")


def test_genai_generation_anonymous_reproduces_published_table(genai_votes, genai_raw) -> None:
    published = pd.read_csv(genai_raw / "undated--e4e4637--leaderboard.csv").set_index("key")
    ours = _publisher_fit(_task(genai_votes, "generation", anonymous_only=True))
    assert len(ours) == 6
    assert np.abs(ours - published.loc[ours.index, ANONY]).max() < 0.5


@pytest.mark.parametrize(("anonymous_only", "column"), [(True, ANONY), (False, FULL)])
def test_genai_editing_reproduces_published_table(genai_votes, genai_raw, anonymous_only, column) -> None:
    published = _editing_table(genai_raw)
    ours = _publisher_fit(_task(genai_votes, "edition", anonymous_only))
    assert len(ours) == 7
    assert np.abs(ours - published.loc[ours.index, column]).max() < 0.5


def test_genai_generation_all_battles_reproduces_published_gaps(genai_votes, genai_raw) -> None:
    # The publisher's optimiser stopped early and their code turned the SDXLTurbo self-battle into
    # a data row (see data/raw/genai-arena/README.md): the level of this column sits ~1.2 points
    # above the optimum, but every gap between models is reproduced.
    published = pd.read_csv(genai_raw / "undated--e4e4637--leaderboard.csv").set_index("key")
    ours = _publisher_fit(_task(genai_votes, "generation", anonymous_only=False))
    difference = ours - published.loc[ours.index, FULL]
    assert (difference - difference.mean()).abs().max() < 0.5
    assert abs(difference.mean()) < 1.5


def test_genai_reproduction_needs_the_publishers_penalty(genai_votes, genai_raw) -> None:
    # The 0.5-point agreement above discriminates: an unpenalised MLE misses the table by far more.
    published = _editing_table(genai_raw)
    ours = _publisher_fit(_task(genai_votes, "edition", anonymous_only=False), l2=0.0)
    assert np.abs(ours - published.loc[ours.index, FULL]).max() > 5


def test_genai_tasks_never_meet_so_a_joint_fit_is_refused(genai_votes) -> None:
    with pytest.raises(arena.DisconnectedComparisonError, match="not connected") as caught:
        arena.bradley_terry(genai_votes)
    assert sorted(len(group) for group in caught.value.groups) == [6, 7]
    assert sorted(len(g) for g in arena.comparison_groups(genai_votes)) == [6, 7]


# --- bootstrap coverage on simulated tournaments -----------------------------------------------

TRUE_RATINGS = np.array([880.0, 930, 970, 1000, 1010, 1040, 1070, 1100])


def _tournament(rng: np.random.Generator, truth: np.ndarray, battles_per_pair: int) -> pd.DataFrame:
    first, second = np.triu_indices(len(truth), 1)
    wins = rng.binomial(battles_per_pair, arena.win_probability(truth[first], truth[second]))
    return pd.DataFrame({
        "model_a": [f"m{i}" for i in first], "model_b": [f"m{j}" for j in second],
        "wins_a": wins, "wins_b": battles_per_pair - wins, "ties": 0,
    })


def test_bootstrap_intervals_cover_known_ratings_about_95_percent() -> None:
    truth = TRUE_RATINGS + (1000 - TRUE_RATINGS.mean())  # ratings are reported with mean 1000
    names = [f"m{i}" for i in range(len(truth))]
    rng = np.random.default_rng(20240220)
    covered, covered_if_half_as_wide = [], []
    for replicate in range(150):
        table = arena.bootstrap_ratings(_tournament(rng, truth, 40), rounds=300, seed=replicate)
        table = table.set_index("model").loc[names]
        low, high = table["ci_low"].to_numpy(), table["ci_high"].to_numpy()
        covered.append((low <= truth) & (truth <= high))
        middle, quarter = (low + high) / 2, (high - low) / 4
        covered_if_half_as_wide.append((middle - quarter <= truth) & (truth <= middle + quarter))
    coverage = np.mean(covered)  # 1,200 (model, replicate) cases
    assert 0.90 <= coverage <= 0.99, coverage
    assert not 0.90 <= np.mean(covered_if_half_as_wide) <= 0.99  # the band has power against a wrong width


# --- properties ---------------------------------------------------------------------------------


def test_anchor_pins_the_value_and_keeps_the_gaps(baseball) -> None:
    free = arena.bradley_terry(baseball).set_index("model")["rating"]
    pinned = arena.bradley_terry(baseball, anchor=("Boston", 1114)).set_index("model")["rating"]
    assert pinned["Boston"] == pytest.approx(1114, abs=1e-9)
    assert np.allclose(pinned - pinned["Boston"], free - free["Boston"], atol=1e-8)


@pytest.mark.parametrize("init_rating", [1000, 1500])
def test_mean_rating_is_init_rating(baseball, init_rating) -> None:
    ratings = arena.bradley_terry(baseball, init_rating=init_rating)["rating"]
    assert ratings.mean() == pytest.approx(init_rating)


def _as_counts(votes: pd.DataFrame) -> pd.DataFrame:
    outcome = votes["winner"]
    return pd.DataFrame({
        "model_a": votes["model_a"], "model_b": votes["model_b"],
        "wins_a": (outcome == "model_a").astype(int), "wins_b": (outcome == "model_b").astype(int),
        "ties": outcome.str.startswith("tie").astype(int),
    }).groupby(["model_a", "model_b"], as_index=False).sum()


def test_counts_and_battles_give_identical_ratings(genai_votes) -> None:
    battles = _task(genai_votes, "generation", anonymous_only=False)
    counts = _as_counts(battles)
    assert len(counts) < len(battles)
    by_battle = arena.bradley_terry(battles).set_index("model")
    by_count = arena.bradley_terry(counts).set_index("model").loc[by_battle.index]
    assert np.allclose(by_battle["rating"], by_count["rating"], atol=1e-9, rtol=0)
    assert (by_battle["battles"] == by_count["battles"]).all()


def test_self_battles_are_ignored(baseball) -> None:
    selfish = pd.DataFrame({"model_a": ["Boston", "Toronto"], "model_b": ["Boston", "Toronto"],
                            "wins_a": [50, 0], "wins_b": [0, 7], "ties": [3, 0]})
    plain = arena.bradley_terry(baseball)
    padded = arena.bradley_terry(pd.concat([baseball, selfish], ignore_index=True))
    pd.testing.assert_frame_equal(plain, padded)


def test_both_tie_kinds_count_half_and_ignore_drops_them() -> None:
    votes = pd.DataFrame({"model_a": ["a"] * 4 + ["b"] * 2, "model_b": ["b"] * 4 + ["c"] * 2,
                          "winner": ["model_a", "tie", "tie (bothbad)", "model_b", "model_a", "model_b"]})
    ratings = arena.bradley_terry(votes, scale=1, base=math.e).set_index("model")["rating"]
    assert ratings["a"] - ratings["b"] == pytest.approx(0, abs=1e-8)  # 2 of 4 points each way
    dropped = arena.bradley_terry(votes, ties="ignore").set_index("model")
    decisive = arena.bradley_terry(votes[~votes["winner"].str.startswith("tie")]).set_index("model")
    assert np.allclose(dropped["rating"], decisive.loc[dropped.index, "rating"], atol=1e-9)
    assert dropped.loc["a", "battles"] == 2


def test_disconnected_graph_raises() -> None:
    votes = pd.DataFrame({"model_a": ["a", "b", "c"], "model_b": ["b", "a", "d"], "wins_a": [3, 2, 1],
                          "wins_b": [1, 1, 1], "ties": [0, 0, 0]})
    with pytest.raises(arena.DisconnectedComparisonError, match=r"\[a, b\]; \[c, d\]"):
        arena.bradley_terry(votes)


def test_a_model_that_never_loses_has_no_finite_rating_unless_penalised() -> None:
    votes = pd.DataFrame({"model_a": ["a", "a", "b"], "model_b": ["b", "c", "c"], "wins_a": [5, 4, 3],
                          "wins_b": [0, 0, 2], "ties": [0, 0, 1]})
    with pytest.raises(arena.NoFiniteRatingsError, match=r"never lost .*\[\['a'\]\]"):
        arena.bradley_terry(votes)
    penalised = arena.bradley_terry(votes, l2=0.5)
    assert np.isfinite(penalised["rating"]).all() and penalised["model"].iloc[0] == "a"


@pytest.mark.parametrize(
    ("votes", "message"),
    [
        (pd.DataFrame({"model_a": ["a"], "model_b": ["b"], "winner": ["draw"]}), "'winner' must be one of"),
        (pd.DataFrame({"model_a": ["a"], "model_b": ["b"], "wins_a": [-1], "wins_b": [1], "ties": [0]}),
         "'wins_a' must hold finite counts"),
        (pd.DataFrame({"model_a": ["a"], "model_b": ["b"]}), "votes need columns"),
        (pd.DataFrame({"model_a": ["a"], "model_b": ["a"], "winner": ["tie"]}), "no battle between two"),
    ],
)
def test_bad_votes_raise_one_clear_error(votes, message) -> None:
    with pytest.raises(arena.ArenaInputError, match=message):
        arena.bradley_terry(votes)


def test_unknown_anchor_and_tie_rule_raise(baseball) -> None:
    with pytest.raises(arena.ArenaInputError, match="anchor model 'Chicago'"):
        arena.bradley_terry(baseball, anchor=("Chicago", 1000))
    with pytest.raises(arena.ArenaInputError, match="ties="):
        arena.bradley_terry(baseball, ties="third")


def test_batched_newton_from_a_cold_start_matches_the_scipy_fit(baseball) -> None:
    problem = prepare(baseball, FitOptions())
    theta, converged = newton_batch(problem.design, problem.score[None, :], problem.totals[None, :], 0.0,
                                    np.zeros((1, problem.pairs.n_models)))
    expected = arena.fit_bradley_terry(baseball).theta.loc[list(problem.pairs.models)].to_numpy()
    assert converged.all()
    assert np.allclose(theta[0] - theta[0].mean(), expected, atol=1e-9)


def test_fixed_hessian_steps_reach_the_same_bootstrap_fits_as_full_newton(genai_votes) -> None:
    battles = _task(genai_votes, "generation", anonymous_only=False)
    problem = prepare(battles, FitOptions())
    cells = np.concatenate([problem.pairs.wins_first, problem.pairs.wins_second, problem.pairs.ties])
    counts = np.random.default_rng(5).multinomial(int(cells.sum()), cells / cells.sum(), size=40)
    n_pairs = len(problem.pairs.first)
    wins, losses, ties = counts[:, :n_pairs], counts[:, n_pairs : 2 * n_pairs], counts[:, 2 * n_pairs :]
    score, totals = wins + 0.5 * ties, (wins + losses + ties).astype(float)
    theta_hat = arena.fit_bradley_terry(battles).theta.loc[list(problem.pairs.models)].to_numpy()
    start = np.tile(theta_hat, (40, 1))
    chord, chord_done = chord_batch(problem.design, score, totals, 0.0, start)
    newton, newton_done = newton_batch(problem.design, score, totals, 0.0, start)
    assert chord_done.all() and newton_done.all()
    assert np.allclose(chord - chord[:, :1], newton - newton[:, :1], atol=1e-9)
    assert np.abs(chord - start).max() > 0.01  # the rounds really moved away from the start


def test_win_probability() -> None:
    assert arena.win_probability(1247, 1226) == pytest.approx(0.530, abs=5e-4)
    assert arena.win_probability(1400, 1000) == pytest.approx(10 / 11)
    assert arena.win_probability(0.0, 1.0, scale=1, base=math.e) == pytest.approx(1 / (1 + math.e))
    both = arena.win_probability(np.array([1300.0, 1100.0]), 1200.0)
    assert both[0] + arena.win_probability(1200, 1300) == pytest.approx(1) and both[1] < 0.5


def test_votes_needed_matches_the_hand_derived_formula() -> None:
    # gap 21: p = 1 / (1 + 10 ** (-21 / 400)) = 0.5301847; z_0.975 = 1.959964, z_0.8 = 0.841621;
    # n = ((1.959964 * 0.5 + 0.841621 * sqrt(p * (1 - p))) / (p - 0.5)) ** 2 = 2151.2 -> 2152 votes.
    assert arena.votes_needed(21) == 2152
    p = 1 / (1 + 10 ** (-50 / 400))
    by_hand = math.ceil(((1.959964 * 0.5 + 0.841621 * math.sqrt(p * (1 - p))) / (p - 0.5)) ** 2)
    assert arena.votes_needed(50) == by_hand
    assert arena.votes_needed(-21) == 2152
    assert arena.votes_needed(0) == math.inf


def test_votes_needed_is_monotone() -> None:
    needed = arena.votes_needed(np.arange(1, 301))
    assert (np.diff(needed) <= 0).all() and needed[0] > needed[-1]
    assert arena.votes_needed(21, power=0.9) > arena.votes_needed(21) > arena.votes_needed(21, power=0.5)
    assert arena.votes_needed(21, alpha=0.01) > arena.votes_needed(21)
    with pytest.raises(arena.ArenaInputError, match="alpha and power"):
        arena.votes_needed(21, power=1.0)


def _published(ratings: list[float], half_widths: list[float], column: str = "elo") -> pd.DataFrame:
    return pd.DataFrame({
        "model": [f"m{i}" for i in range(len(ratings))], column: ratings,
        "ci_low": np.subtract(ratings, half_widths), "ci_high": np.add(ratings, half_widths),
    })


def test_leader_probability_of_identical_ratings_is_even() -> None:
    table = arena.leader_probability(_published([1250, 1250], [10, 10]))
    assert np.allclose(table["p_leader"], 0.5, atol=0.01)
    assert table["p_leader"].sum() == pytest.approx(1)
    assert table["p_above_next"].iloc[0] == pytest.approx(0.5)


def test_leader_probability_simulation_agrees_with_the_exact_two_model_answer() -> None:
    table = arena.leader_probability(_published([1247, 1226], [12, 9], column="rating"), draws=200_000)
    sd = np.array([12, 9]) / 1.959964
    exact = 0.5 * (1 + math.erf(21 / math.hypot(*sd) / math.sqrt(2)))
    assert table["p_above_next"].iloc[0] == pytest.approx(exact, abs=1e-6)
    assert table["p_leader"].iloc[0] == pytest.approx(exact, abs=0.005)
    assert list(table["model"]) == ["m0", "m1"] and math.isnan(table["p_above_next"].iloc[1])


def test_leader_probability_is_seeded_and_checks_its_input() -> None:
    published = _published([1260, 1255, 1250], [8, 8, 8])
    pd.testing.assert_frame_equal(arena.leader_probability(published, seed=3),
                                  arena.leader_probability(published, seed=3))
    with pytest.raises(arena.ArenaInputError, match="ci_low is above ci_high"):
        arena.leader_probability(published.assign(ci_low=published["ci_high"] + 1))
    with pytest.raises(arena.ArenaInputError, match="missing"):
        arena.leader_probability(published.drop(columns="ci_low"))


def test_bootstrap_is_reproducible_by_seed_and_ranks_follow_intervals() -> None:
    truth = np.array([900.0, 1000, 1000, 1100])
    votes = _tournament(np.random.default_rng(7), truth, 400)
    first = arena.bootstrap_ratings(votes, rounds=200, seed=11)
    pd.testing.assert_frame_equal(first, arena.bootstrap_ratings(votes, rounds=200, seed=11))
    assert not first.equals(arena.bootstrap_ratings(votes, rounds=200, seed=12))
    assert list(first["rank"]) == [1, 2, 3, 4]
    assert list(first["rank_ub"]) == [1, 2, 2, 4]  # m1 and m2 are indistinguishable
    assert ((first["ci_low"] < first["rating"]) & (first["rating"] < first["ci_high"])).all()


def test_bootstrap_draws_are_normalised_like_the_fit(baseball) -> None:
    draws = arena.bootstrap_draws(baseball, rounds=50, seed=0, anchor=("Boston", 1114))
    assert draws.shape == (50, 7)
    assert np.allclose(draws["Boston"], 1114)
    unanchored = arena.bootstrap_draws(baseball, rounds=50, seed=0)
    assert np.allclose(unanchored.mean(axis=1), 1000)


def test_bootstrap_with_too_few_votes_says_to_penalise() -> None:
    votes = pd.DataFrame({"model_a": ["a", "b", "c"], "model_b": ["b", "c", "a"], "wins_a": [1, 1, 1],
                          "wins_b": [1, 1, 1], "ties": [0, 0, 0]})
    with pytest.raises(arena.NoFiniteRatingsError, match="pass l2 > 0"):
        arena.bootstrap_ratings(votes, rounds=50)
    table = arena.bootstrap_ratings(votes, rounds=50, l2=0.5)
    assert np.isfinite(table[["ci_low", "ci_high"]].to_numpy()).all()


def test_import_stays_light(tmp_path: Path) -> None:
    heavy = ("scipy", "statsmodels", "matplotlib", "pandera")
    code = f"import sys, videomarket.arena\nprint(','.join(m for m in {heavy!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == ""


def test_one_options_object_checks_every_fit_the_same_way() -> None:
    votes = pd.DataFrame({"model_a": ["x", "y", "z"], "model_b": ["y", "z", "x"],
                          "wins_a": [30, 25, 10], "wins_b": [10, 15, 30], "ties": [5, 5, 5]})
    fits = (arena.bradley_terry, arena.fit_bradley_terry, arena.bootstrap_ratings, arena.bootstrap_draws)
    for call in fits:
        with pytest.raises(arena.ArenaInputError, match="unknown option 'tie'; the options are scale"):
            call(votes, tie="half")
        with pytest.raises(arena.ArenaInputError, match="base must be a number above 1"):
            call(votes, base=1)
    assert arena.FitOptions() == arena.FitOptions(scale=400, base=10, init_rating=1000, ties="half", l2=0.0)
    with pytest.raises(arena.ArenaInputError, match="init_rating must be a finite number"):
        arena.FitOptions(init_rating=float("nan"))
    fitted = arena.bradley_terry(votes, anchor=("z", 1000), l2=0.5)
    assert fitted.set_index("model").loc["z", "rating"] == pytest.approx(1000.0)
