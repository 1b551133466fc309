"""Real pairwise votes and the publisher's leaderboard: GenAI-Arena's image battles of 2024-02-20.

No public vote file of a *video* arena exists; GenAI-Arena (TIGER-AI-Lab) published the raw votes
of its image arena in the same format, with the leaderboard it fitted from them. These loaders read
the verbatim copies in ``data/raw/genai-arena/`` (see its README and ``provenance.csv``), check
them, and return tidy tables that :mod:`videomarket.arena` takes as they are.

* ``task="generation"``: text-to-image, 6 models (raw names ``imagenhub_<Model>_generation``).
* ``task="editing"``: image editing, 7 models (raw names ``imagenhub_<Model>_edition``).

Model names are shortened to ``<Model>`` (e.g. ``PlayGroundV2``) in both loaders, so votes and
published ratings join on ``model``. The two tasks never meet, so they are never loaded together.

Example::

    >>> from videomarket import arena
    >>> battles = arena.load_genai_arena(task="generation", anonymous_only=True)  # doctest: +SKIP
    >>> battles.columns.tolist()                                                 # doctest: +SKIP
    ['model_a', 'model_b', 'winner', 'anony', 'judge', 'tstamp']
    >>> arena.load_publisher_leaderboard("generation")["model"].iloc[0]          # doctest: +SKIP
    'PlayGroundV2'
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from videomarket import paths

GENAI_FOLDER = "genai-arena"
VOTES_FILE = "2024-02-20T225054Z--clean_battle_20240220.json"
VOTES_SOURCE = "genai-arena-20240220-battles"
# The generation table was committed with the votes; the editing table is the publisher's own
# regeneration one commit later (the earlier one stopped its optimiser early: see the README).
LEADERBOARDS = {
    "generation": ("undated--e4e4637--leaderboard.csv", "genai-arena-20240220-leaderboard"),
    "editing": (
        "undated--a3221a7--image_editing_leaderboard.csv",
        "genai-arena-20240220-editing-leaderboard",
    ),
}
TASKS = {"generation": "generation", "editing": "edition"}  # our name -> suffix in the raw names
WINNERS = ("model_a", "model_b", "tie", "tie (bothbad)")
PREFIX = "imagenhub_"
RATING_COLUMNS = {True: "Arena Elo rating (anony)", False: "Arena Elo rating (full)"}
VOTE_COLUMNS = ("model_a", "model_b", "winner", "anony", "judge", "tstamp")


CHATBOT_FOLDER = "chatbot-arena"
CHATBOT_FILE = "undated--b9a8e16--chatbotarena_20240814.json"


class VoteDataError(ValueError):
    """A vote or leaderboard file that does not have the expected shape, with file and row."""


def load_chatbot_arena_counts(path: Path | str | None = None) -> pd.DataFrame:
    """LMSYS Chatbot Arena votes of 2023-04-24 to 2024-08-14 as pair counts (text chatbots, not video).

    1,670,250 anonymous battles between 129 models, one row per pair: model_a, model_b, wins_a,
    wins_b, ties (both kinds of tie). A real, large vote set to check rating code against; LMSYS
    anchored its published scale with ``anchor=("mixtral-8x7b-instruct-v0.1", 1114)``.

    Example::

        >>> counts = load_chatbot_arena_counts()                          # doctest: +SKIP
        >>> int(counts[["wins_a", "wins_b", "ties"]].to_numpy().sum())    # doctest: +SKIP
        1670250
    """
    file = Path(path) if path is not None else paths.raw_dir() / CHATBOT_FOLDER / CHATBOT_FILE
    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
        models, pairs, outcomes = raw["models"], raw["X"], raw["Y"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise VoteDataError(f"{file}: not a leaderbot pair-count file ({error})") from None
    if len(pairs) != len(outcomes):
        raise VoteDataError(f"{file}: {len(pairs)} pairs but {len(outcomes)} outcome rows")
    return pd.DataFrame({
        "model_a": [models[i] for i, _ in pairs],
        "model_b": [models[j] for _, j in pairs],
        "wins_a": [y[0] for y in outcomes],
        "wins_b": [y[1] for y in outcomes],
        "ties": [y[2] + y[3] for y in outcomes],
    })


def load_genai_arena(
    task: str = "generation", anonymous_only: bool = True, *, path: Path | str | None = None
) -> pd.DataFrame:
    """GenAI-Arena battles of one task: model_a, model_b, winner, anony, judge, tstamp (UTC).

    ``anonymous_only`` keeps the battles in which voters did not see the model names (the
    publisher's "(anony)" column). ``path`` reads another file of the same format. A ``source_id`` column
    names the file in data/sources.csv. Self-battles are kept as they are in the file
    (:func:`videomarket.arena.bradley_terry` ignores them).

    Example::

        >>> battles = load_genai_arena("generation", anonymous_only=False)  # doctest: +SKIP
        >>> len(battles)                                                     # doctest: +SKIP
        1978
    """
    suffix = _task_suffix(task)
    file = Path(path) if path is not None else paths.raw_dir() / GENAI_FOLDER / VOTES_FILE
    records = _read_records(file)
    frame = pd.DataFrame.from_records(records)
    missing = [c for c in VOTE_COLUMNS if c not in frame.columns]
    if missing:
        raise VoteDataError(f"{file}: vote records lack field(s) {missing}")
    _check_winners(frame, file)
    _check_anony(frame, file)
    in_task = frame["model_a"].str.endswith(f"_{suffix}") & frame["model_b"].str.endswith(f"_{suffix}")
    mixed = frame["model_a"].str.endswith(f"_{suffix}") != frame["model_b"].str.endswith(f"_{suffix}")
    if mixed.any():
        raise VoteDataError(
            f"{file}: record {int(mixed.idxmax())} pairs a {task} model with another task's model"
        )
    chosen = frame[in_task & (frame["anony"] if anonymous_only else True)].copy()
    if chosen.empty:
        raise VoteDataError(f"{file}: no {'anonymous ' if anonymous_only else ''}battles for task {task!r}")
    for side in ("model_a", "model_b"):
        chosen[side] = _short_name(chosen[side], suffix)
    chosen["tstamp"] = pd.to_datetime(chosen["tstamp"], unit="s", utc=True)
    chosen = chosen[list(VOTE_COLUMNS)].astype(
        {"model_a": "string", "model_b": "string", "winner": "string", "judge": "string", "anony": "bool"}
    )
    return chosen.reset_index(drop=True).assign(source_id=pd.Categorical([VOTES_SOURCE] * len(chosen)))


def load_publisher_leaderboard(
    task: str = "generation", anonymous_only: bool = True, *, path: Path | str | None = None
) -> pd.DataFrame:
    """The ratings GenAI-Arena published for 2024-02-20: model, rating, source_id (best first).

    ``anonymous_only`` picks the "(anony)" column (fitted on anonymous battles), else "(full)".
    For ``task="generation"`` the table committed with the votes; for ``"editing"`` the publisher's
    regenerated editing table.

    Example::

        >>> table = load_publisher_leaderboard("generation")  # doctest: +SKIP
        >>> len(table), table["rating"].round(1).iloc[0]       # doctest: +SKIP
        (6, 1151.1)
    """
    suffix = _task_suffix(task)
    name, source_id = LEADERBOARDS[task]
    file = Path(path) if path is not None else paths.raw_dir() / GENAI_FOLDER / name
    try:
        table = pd.read_csv(file)
    except (OSError, pd.errors.ParserError) as error:
        raise VoteDataError(f"{file}: cannot read the leaderboard CSV ({error})") from None
    column = RATING_COLUMNS[bool(anonymous_only)]
    missing = [c for c in ("key", column) if c not in table.columns]
    if missing:
        raise VoteDataError(f"{file}: leaderboard lacks column(s) {missing}")
    keys = table["key"].astype(str)
    if task == "generation":  # this table mixes both tasks; the editing one holds bare names
        table = table[keys.str.endswith(f"_{suffix}")]
        keys = _short_name(table["key"].astype(str), suffix)
    ratings = pd.to_numeric(table[column], errors="coerce")
    if ratings.isna().any():
        raise VoteDataError(
            f"{file}: column {column!r} is not numeric at line {int(ratings.isna().idxmax()) + 2}"
        )
    result = pd.DataFrame(
        {"model": keys.to_numpy(), "rating": ratings.to_numpy(float), "source_id": source_id}
    )
    if result["model"].duplicated().any():
        raise VoteDataError(
            f"{file}: a model appears twice: {sorted(result['model'][result['model'].duplicated()])}"
        )
    result = result.sort_values("rating", ascending=False, ignore_index=True)
    return result.astype({"model": "string", "source_id": "string"})


def _task_suffix(task: str) -> str:
    if task not in TASKS:
        raise VoteDataError(f"task must be one of {sorted(TASKS)}, got {task!r}")
    return TASKS[task]


def _read_records(file: Path) -> list[dict]:
    try:
        records = json.loads(file.read_text(encoding="utf-8"))
    except OSError as error:
        raise VoteDataError(f"{file}: cannot read the vote file ({error})") from None
    except json.JSONDecodeError as error:
        raise VoteDataError(f"{file}: not valid JSON ({error})") from None
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise VoteDataError(f"{file}: expected a JSON array of vote objects")
    return records


def _check_winners(frame: pd.DataFrame, file: Path) -> None:
    bad = ~frame["winner"].isin(WINNERS)
    if bad.any():
        row = int(bad.idxmax())
        raise VoteDataError(
            f"{file}: record {row} has winner {frame.loc[row, 'winner']!r}; expected one of {WINNERS}"
        )


def _check_anony(frame: pd.DataFrame, file: Path) -> None:
    bad = ~frame["anony"].map(lambda value: isinstance(value, bool))
    if bad.any():
        row = int(bad.idxmax())
        raise VoteDataError(
            f"{file}: record {row} has anony {frame.loc[row, 'anony']!r}; expected true or false"
        )


def _short_name(names: pd.Series, suffix: str) -> pd.Series:
    """``imagenhub_SDXL_generation`` -> ``SDXL``."""
    short = names.str.removeprefix(PREFIX).str.removesuffix(f"_{suffix}")
    return short.astype("string")
