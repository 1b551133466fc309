"""One sentence for a leaderboard note's data box: which of its newest boards rest only on archive files
rebuilt from the text a search index of GitHub shows rather than downloaded (the full account is in
"About the data").

Example::

    >>> import pandas as pd
    >>> boards = pd.DataFrame({"arena": "AA", "category": "text-to-video",
    ...     "snapshot_date": pd.to_datetime(["2026-10-05", "2026-10-07", "2026-10-10"]),
    ...     "rebuilt_only": [False, True, True]})
    >>> print(rebuilt_note(boards, "AA"))  # doctest: +NORMALIZE_WHITESPACE
    The newest boards, 7 October 2026 to 10 October 2026, rest only on archive files that could not be
    downloaded and were [rebuilt](#glossary-rebuilt-file) from the text a search index of GitHub shows, not
    verified.
"""

from __future__ import annotations

import pandas as pd

from videomarket.stories import fmt
from videomarket.stories._notes import term

#: The note that tells how the data were gathered, as a link from the other notes.
ABOUT_THE_DATA = "[About the data](00-about-the-data.html)"


def joined(*sentences: str) -> str:
    """Sentences joined by one space, empty ones left out (for a notice built from several stories).

    >>> joined("The lead may have changed.", "", "The newest boards were rebuilt.")
    'The lead may have changed. The newest boards were rebuilt.'
    """
    return " ".join(s.strip() for s in sentences if s and s.strip())


def rebuilt_subject(boards: pd.DataFrame, arena: str, one: str, many: str) -> str:
    """The subject of a sentence on the newest rebuilt boards of ``arena`` (:func:`rebuilt_span`): ``one``
    for a single board day (``{newest}`` is its date), ``many`` for a stretch (``{first}``, ``{newest}``);
    '' when the newest board day has a downloaded copy.

    >>> boards = pd.DataFrame({"arena": "AA", "snapshot_date": pd.to_datetime(["2026-10-09", "2026-10-10"]),
    ...                        "rebuilt_only": [True, True]})
    >>> rebuilt_subject(boards, "AA", "The board of {newest} was", "The boards from {first} on were")
    'The boards from 9 October 2026 on were'
    """
    span = rebuilt_span(boards, arena)
    if span is None:
        return ""
    first, newest = span
    return (one if first == newest else many).format(first=fmt.day(first), newest=fmt.day(newest))


def rebuilt_span(boards: pd.DataFrame, arena: str) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The first and last of the newest board days of ``arena`` whose every copy was rebuilt from text
    (see :func:`rebuilt_note`); None when the newest board day has a downloaded copy."""
    mine = boards[boards["arena"].astype(str) == arena]
    if mine.empty:
        return None
    by_day = mine.groupby("snapshot_date")["rebuilt_only"].all().sort_index()
    if not bool(by_day.iloc[-1]):
        return None
    downloaded = by_day[~by_day]
    newest = by_day.index[-1]
    first = by_day[by_day.index > downloaded.index[-1]].index[0] if len(downloaded) else by_day.index[0]
    return pd.Timestamp(first), pd.Timestamp(newest)


def rebuilt_note(boards: pd.DataFrame, arena: str) -> str:
    """The stretch of the newest board days of ``arena`` whose every copy was rebuilt from text, as one
    sentence; empty when the newest board day has a downloaded copy.

    ``boards``: :func:`videomarket.data.rebuilt_boards` (one row per archived board day of a pool with
    ``rebuilt_only``). A day counts as rebuilt only when no pool's board of that day was downloaded.
    """
    when = rebuilt_subject(boards, arena, "The newest board, {newest}, rests",
                           "The newest boards, {first} to {newest}, rest")
    if not when:
        return ""
    # how they were checked is the glossary entry's, linked, never restated (one account of the checks)
    return (f"{when} only on archive files that could not be downloaded and were "
            "[rebuilt](#glossary-rebuilt-file) from the text a search index of GitHub shows, not verified.")


def transcribed_correction(rankings: pd.DataFrame, provenance: pd.DataFrame, *, link: bool = True,
                           arena: str = "Artificial Analysis") -> str:
    """The correction report 00 states: how many archive files earlier editions labelled downloaded (grade
    A) although they are not an archive's exact bytes: every file that is not a git clone
    (:func:`videomarket.data.cloned_from_git`) and whose provenance note does not say it was rebuilt from a
    search index's text, the rule those editions used. With ``link``, the glossary entry is linked.

    >>> r = pd.DataFrame({"arena": "AA", "evidence": "A", "source_id": ["o1", "c1", "r1"],
    ...     "snapshot_date": pd.to_datetime(["2026-10-06", "2026-08-01", "2026-10-10"])})
    >>> p = pd.DataFrame({"source_id": ["o1", "c1", "r1"], "repository": ["qunqin24/Oriel", "o/c", "o/r"],
    ...     "note": ["87 models", "(git clone)", "search index"]})
    >>> print(transcribed_correction(r, p, link=False, arena="AA"))  # doctest: +NORMALIZE_WHITESPACE
    **Correction.** Earlier editions of these notes labelled 1 archive file from 1 repository (qunqin24/Oriel)
    "downloaded" (grade A), with boards up to 6 October 2026. It is not an exact download: like the rebuilt
    files, it was copied from a search index's text, or came with no record of how it was obtained. It is
    now marked rebuilt. What changed in the results: the leaderboard notes now read their headline chances
    on the newest board, 10 October 2026 (itself a rebuilt copy), instead of the 6 October 2026 board.
    """
    from videomarket.data import cloned_from_git

    notes = provenance["note"].astype("string").fillna("") if "note" in provenance.columns else pd.Series(
        "", index=provenance.index, dtype="string")
    former = ~cloned_from_git(provenance) & ~notes.str.contains("search index", regex=False)
    if not former.any():
        return ""
    ids = set(provenance.loc[former, "source_id"].astype(str))
    mine = rankings[(rankings["arena"] == arena) & (rankings["evidence"].astype(str) == "A")]
    last_labelled = pd.Timestamp(mine.loc[mine["source_id"].astype(str).isin(ids), "snapshot_date"].max())
    newest = pd.Timestamp(mine["snapshot_date"].max())
    clones = set(provenance.loc[cloned_from_git(provenance), "source_id"].astype(str))
    on_newest = mine.loc[mine["snapshot_date"] == newest, "source_id"].astype(str)
    itself = "" if on_newest.isin(clones).any() else " (itself a rebuilt copy)"
    repos = sorted(provenance.loc[former, "repository"].astype(str).unique(), key=str.lower)
    names = repos[0] if len(repos) == 1 else ", ".join(repos[:-1]) + f" and {repos[-1]}"
    n = int(former.sum())
    one = n == 1
    rebuilt = term("rebuilt-file", "rebuilt") if link else "rebuilt"
    return (f"**Correction.** Earlier editions of these notes labelled {fmt.count(n, 'archive file')} from "
            f"{fmt.count(len(repos), 'repository', 'repositories')} ({names}) \"downloaded\" (grade A), "
            f"with boards up to {fmt.day(last_labelled)}. {'It is' if one else 'They are'} not "
            f"{'an exact download' if one else 'exact downloads'}: like the {rebuilt} files, "
            f"{'it was' if one else 'they were'} copied from a search index's text, or came with no record "
            f"of how {'it was' if one else 'they were'} obtained. {'It is' if one else 'They are'} now "
            "marked rebuilt. What changed in the results: the leaderboard notes now read their headline "
            "chances on the "
            f"newest board, {fmt.day(newest)}{itself}, instead of the {fmt.day(last_labelled)} "
            "board.")
