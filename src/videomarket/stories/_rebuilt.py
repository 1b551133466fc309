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


def _formerly_downloaded(provenance: pd.DataFrame) -> pd.Series:
    """Which files earlier editions labelled downloaded although they are not a git clone: every file whose
    provenance note records no clone and does not say it was rebuilt from a search index's text."""
    from videomarket.data import cloned_from_git

    notes = provenance["note"].astype("string").fillna("") if "note" in provenance.columns else pd.Series(
        "", index=provenance.index, dtype="string")
    return ~cloned_from_git(provenance) & ~notes.str.contains("search index", regex=False)


def formerly_downloaded_until(rankings: pd.DataFrame, provenance: pd.DataFrame,
                              arena: str = "Artificial Analysis") -> pd.Timestamp | None:
    """The newest board date of ``arena`` that earlier editions labelled downloaded (grade A) from a file
    that is not an exact download: the board their headlines read; None without such files.

    >>> r = pd.DataFrame({"arena": "AA", "evidence": "A", "source_id": ["o1", "c1", "r1"],
    ...     "snapshot_date": pd.to_datetime(["2026-10-06", "2026-08-01", "2026-10-10"])})
    >>> p = pd.DataFrame({"source_id": ["o1", "c1", "r1"], "repository": ["qunqin24/Oriel", "o/c", "o/r"],
    ...     "note": ["87 models", "(git clone)", "search index"]})
    >>> formerly_downloaded_until(r, p, "AA")
    Timestamp('2026-10-06 00:00:00')
    """
    former = _formerly_downloaded(provenance)
    if not former.any():
        return None
    ids = set(provenance.loc[former, "source_id"].astype(str))
    mine = rankings[(rankings["arena"] == arena) & (rankings["evidence"].astype(str) == "A")]
    return pd.Timestamp(mine.loc[mine["source_id"].astype(str).isin(ids), "snapshot_date"].max())


def _chance_range(board: pd.DataFrame) -> str:
    """'83%–90%': the leader's chance of being #1 (``p_leader``) and, where a rival is listed twice, the
    other way of counting it (``p_leader_counting_twice`` or ``p_leader_as_one``, from
    :func:`videomarket.stories.with_counted_twice`), lower first; one value without such a column."""
    lead = board.iloc[0]
    values = [float(lead["p_leader"])]
    for col in ("p_leader_counting_twice", "p_leader_as_one"):
        if col in board.columns and pd.notna(lead[col]):
            values.append(float(lead[col]))
    low, high = fmt.pct(min(values), 0), fmt.pct(max(values), 0)
    return low if low == high else f"{low}–{high}"


def transcribed_correction(rankings: pd.DataFrame, provenance: pd.DataFrame, *, link: bool = True,
                           arena: str = "Artificial Analysis", then: pd.DataFrame | None = None,
                           now: pd.DataFrame | None = None, fallback: pd.DataFrame | None = None,
                           pool: str = "text to video (silent)") -> str:
    """The correction report 00 states: how many archive files earlier editions labelled downloaded (grade
    A) although they are not an archive's exact bytes: every file that is not a git clone
    (:func:`videomarket.data.cloned_from_git`) and whose provenance note does not say it was rebuilt from a
    search index's text, the rule those editions used. With ``link``, the glossary entry is linked. With
    ``then`` and ``now`` (the boards of ``pool`` the headlines read before and now, leader first, each
    through :func:`videomarket.stories.with_counted_twice`), the leader's chance on each; with ``fallback``
    (board_certainty of the newest exact download of ``pool``), why the headlines do not read it: how
    much older it is and its #1 when that differs.

    >>> r = pd.DataFrame({"arena": "AA", "evidence": "A", "source_id": ["o1", "c1", "r1"],
    ...     "snapshot_date": pd.to_datetime(["2026-10-06", "2026-08-01", "2026-10-10"])})
    >>> p = pd.DataFrame({"source_id": ["o1", "c1", "r1"], "repository": ["qunqin24/Oriel", "o/c", "o/r"],
    ...     "note": ["87 models", "(git clone)", "search index"]})
    >>> print(transcribed_correction(r, p, link=False, arena="AA"))  # doctest: +NORMALIZE_WHITESPACE
    **Correction.** Earlier editions of these notes labelled 1 archive file "downloaded" (grade A). It is
    not an exact download; it is now marked rebuilt ([repository](#where-the-archived-copies-come-from)).
    No value changed, only this label. Separately, the leaderboard notes' headlines now read the newest
    board, 10 October 2026 (itself a rebuilt copy), instead of 6 October.
    >>> then = pd.DataFrame({"model_name": ["Wan 3.0"], "p_leader": [0.8958],
    ...     "p_leader_counting_twice": [0.83045], "snapshot_date": pd.Timestamp("2026-10-06")})
    >>> now = pd.DataFrame({"model_name": ["Wan 3.0"], "p_leader": [0.87865], "p_leader_as_one": [0.91715],
    ...     "snapshot_date": pd.Timestamp("2026-10-10")})
    >>> old = pd.DataFrame({"model_name": ["Gemini Omni Flash"], "p_leader": [0.988],
    ...     "snapshot_date": pd.Timestamp("2026-08-01")})
    >>> print(transcribed_correction(r, p, link=False, arena="AA", then=then, now=now, fallback=old
    ...       ).split("only this label. ", 1)[1])
    ... # doctest: +NORMALIZE_WHITESPACE
    Separately, the notes now read the newest board, 10 October 2026 (itself a rebuilt copy), instead of 6
    October, so the headline moved: Wan 3.0's [chance of being truly #1](#glossary-p-first) of text to video
    (silent) is 88%–92% there, against 83%–90% on 6 October. The newest exact download, 1 August 2026, is
    10 weeks older and has a different #1 (Gemini Omni Flash), so the headlines do not use it.

    The repositories are named by :func:`relabelled_archives_text`, in the archives section.
    """
    former = _formerly_downloaded(provenance)
    if not former.any():
        return ""
    last_labelled = formerly_downloaded_until(rankings, provenance, arena)
    mine = rankings[(rankings["arena"] == arena) & (rankings["evidence"].astype(str) == "A")]
    newest = pd.Timestamp(mine["snapshot_date"].max())
    from videomarket.data import cloned_from_git, copied_from_index_text

    clones = set(provenance.loc[cloned_from_git(provenance), "source_id"].astype(str))
    on_newest = mine.loc[mine["snapshot_date"] == newest, "source_id"].astype(str)
    itself = "" if on_newest.isin(clones).any() else " (itself a rebuilt copy)"
    n_repos = provenance.loc[former, "repository"].astype(str).nunique()
    n = int(former.sum())
    one = n == 1
    rebuilt = term("rebuilt-file", "rebuilt") if link else "rebuilt"
    unrecorded = int((former & ~copied_from_index_text(provenance)).sum())
    unknown = (f" or, for {unrecorded:,} of {'it' if one else 'them'}, of unrecorded origin"
               if unrecorded else "")
    which = "repository" if n_repos == 1 else "list of repositories"
    text = (f"**Correction.** Earlier editions of these notes labelled {fmt.count(n, 'archive file')} "
            "\"downloaded\" (grade A). "
            f"{'It is not' if one else 'None is'} an exact download; "
            f"{'it is' if one else 'all are'} now marked {rebuilt}{unknown} "
            f"([{which}](#where-the-archived-copies-come-from)). "
            f"No value changed, only {'this label' if one else 'these labels'}.")
    if then is not None and now is not None and not then.empty and not now.empty:
        leader = now["model_name"].iloc[0]
        before = pd.Timestamp(then["snapshot_date"].iloc[0])
        chance = f"[chance of being truly #1](#glossary-p-first) of {pool}"
        text += (f" Separately, the notes now read the newest board, {fmt.day(newest)}{itself}, instead of "
                 f"{before:%-d %B}, so the headline moved: ")
        if then["model_name"].iloc[0] == leader:
            text += (f"{leader}'s {chance} is {_chance_range(now)} there, against {_chance_range(then)} on "
                     f"{before:%-d %B}.")
        else:
            text += (f"{leader}'s {chance} is {_chance_range(now)} there; on {before:%-d %B}, "
                     f"{then['model_name'].iloc[0]}'s was {_chance_range(then)}.")
    else:
        text += (" Separately, the leaderboard notes' headlines now read the newest board, "
                 f"{fmt.day(newest)}{itself}, instead of {last_labelled:%-d %B}.")
    if fallback is not None and not fallback.empty:
        down = pd.Timestamp(fallback["snapshot_date"].iloc[0])
        weeks = round((newest - down).days / 7)
        other = fallback["model_name"].iloc[0]
        differs = (now is not None and not now.empty and other != now["model_name"].iloc[0])
        text += (f" The newest exact download, {fmt.day(down)}, is {weeks} weeks older"
                 + (f" and has a different #1 ({other}), so" if differs else ", so")
                 + " the headlines do not use it.")
    return text


def relabelled_archives_text(provenance: pd.DataFrame) -> str:
    """Which repositories hold the archive files earlier editions labelled downloaded although they are not
    exact downloads (the files :func:`transcribed_correction` counts), for the archives section; empty
    without such files.

    >>> p = pd.DataFrame({"source_id": ["o1", "o2", "c1"], "repository": ["qunqin24/Oriel", "a/b", "o/c"],
    ...     "note": ["87 models", "no method", "(git clone)"]})
    >>> print(relabelled_archives_text(p))
    The 2 files earlier editions labelled downloaded come from 2 repositories: a/b and qunqin24/Oriel.
    """
    former = _formerly_downloaded(provenance)
    if not former.any():
        return ""
    repos = sorted(provenance.loc[former, "repository"].astype(str).unique(), key=str.lower)
    names = repos[0] if len(repos) == 1 else ", ".join(repos[:-1]) + f" and {repos[-1]}"
    n = int(former.sum())
    return (f"The {fmt.count(n, 'file')} earlier editions labelled downloaded "
            f"{'comes' if n == 1 else 'come'} from {fmt.count(len(repos), 'repository', 'repositories')}: "
            f"{names}.")
