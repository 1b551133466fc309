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
                           arena: str = "Artificial Analysis", short: bool = False) -> str:
    """The correction every leaderboard note states: which archives' files the project could download
    (:func:`videomarket.data.cloned_from_git`) and the last board of ``arena`` among them; that every later
    board is a copy of a search index's text (:func:`videomarket.data.copied_from_index_text`), though the
    notes label the copies of some archives downloaded. With ``link``, "About the data" is linked; with
    ``short`` (the notes that rest on the boards, not the one about them), one sentence without the
    archives' names.

    >>> r = pd.DataFrame({"arena": "AA", "evidence": "A", "source_id": ["o1", "c1", "r1"],
    ...     "snapshot_date": pd.to_datetime(["2026-10-06", "2026-08-01", "2026-10-10"])})
    >>> p = pd.DataFrame({"source_id": ["o1", "c1", "r1"], "repository": ["qunqin24/Oriel", "o/c", "o/r"],
    ...     "note": ["87 models", "(git clone)", "search index"]})
    >>> print(transcribed_correction(r, p, link=False, arena="AA"))  # doctest: +NORMALIZE_WHITESPACE
    **Correction.** The project could download archive files themselves from only 1 archive (o/c); its
    last such copy of an AA board is of 1 August 2026. Every later board, including those of 6 October
    2026, is a copy of the values in the text a code-search index showed of the archive files, kept only if
    its length matched. These notes call such copies from qunqin24/Oriel "downloaded" and the others
    "rebuilt", but both were made the same way: read both as copies not yet checked against the files.
    >>> print(transcribed_correction(r, p, link=False, arena="AA", short=True))
    ... # doctest: +NORMALIZE_WHITESPACE
    **Correction.** The boards these notes label downloaded after 1 August 2026, including those of 6
    October 2026, were copied from the text a code-search index showed of the archive files, like the
    rebuilt ones, not downloaded as files: read both as copies not yet checked against the files.
    """
    from videomarket.data import cloned_from_git, copied_from_index_text, rebuilt_from_text

    ids = provenance["source_id"].astype(str)
    labelled = copied_from_index_text(provenance) & ~rebuilt_from_text(provenance)
    if not labelled.any():
        return ""
    cloned = cloned_from_git(provenance)
    mine = rankings[(rankings["arena"] == arena) & (rankings["evidence"].astype(str) == "A")]
    exact = mine[mine["source_id"].astype(str).isin(set(ids[cloned]))]
    last_exact = pd.Timestamp(exact["snapshot_date"].max())
    hidden = mine[mine["source_id"].astype(str).isin(set(ids[labelled]))]
    last_hidden = pd.Timestamp(hidden["snapshot_date"].max())

    def names(mask: pd.Series) -> str:
        repos = sorted(provenance.loc[mask, "repository"].astype(str).unique(), key=str.lower)
        return repos[0] if len(repos) == 1 else ", ".join(repos[:-1]) + f" and {repos[-1]}"

    n_clone = provenance.loc[cloned, "repository"].nunique()
    about = f" ({ABOUT_THE_DATA})" if link else ""
    if short:
        return (f"**Correction.** The boards these notes label downloaded after {fmt.day(last_exact)}, "
                f"including those of {fmt.day(last_hidden)}, were copied from the text a code-search index "
                "showed of the archive files, like the rebuilt ones, not downloaded as files: read both as "
                f"copies not yet checked against the files{about}.")
    article = "an" if arena[:1] in "AEIOU" else "a"
    return (f"**Correction.** The project could download archive files themselves from only "
            f"{fmt.count(n_clone, 'archive')} ({names(cloned)}); its last such copy of {article} {arena} "
            f"board is of {fmt.day(last_exact)}. Every later board, including those of "
            f"{fmt.day(last_hidden)}, is a copy of the values in the text a code-search index showed of the "
            f"archive files, kept only if its length matched{about}. These notes call such copies from "
            f"{names(labelled)} \"downloaded\" and the others \"rebuilt\", but both were made the same way: "
            "read both as copies not yet checked against the files.")
