"""The research-note scaffolding: findings first, the data's age, glossary links, sources by title."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from videomarket import stories


def test_key_findings_need_three_to_five_items() -> None:
    text = stories.key_findings(["a.", "b.", "c.", "d."])
    assert text.startswith("**Key findings**") and text.count("\n- ") == 4
    for wrong in (["a.", "b."], ["x."] * 6, ["a.", " ", "b."]):
        with pytest.raises(ValueError, match="3 to 5 findings"):
            stories.key_findings(wrong)


def test_data_as_of_flags_data_older_than_a_month() -> None:
    fresh = stories.data_as_of("2026-11-20", "2026-12-06")
    assert fresh == "Data as of 20 November 2026 (16 days old when this note was built, 6 December 2026)."
    assert stories.data_as_of("2026-11-06", "2026-12-06").count("**") == 0  # exactly 30 days: not flagged
    stale = stories.data_as_of("2026-10-06", "2026-12-06", what_may_have_changed="The lead may have moved.")
    assert stale.endswith("6 December 2026). **These data are more than a month old.** The lead may have "
                          "moved.")
    assert "\n" not in stale  # one paragraph: the report frames it as a notice
    assert stale.count("61 days") == 1  # the age is said once
    one_day = stories.data_as_of("2026-12-05", "2026-12-06")
    assert one_day.endswith("(1 day old when this note was built, 6 December 2026).")
    both = stories.data_as_of("2026-10-10", "2026-12-06", what="the leaderboards",
                              also={"the market figures": "2026-05-28"})
    assert both.startswith("Data as of 10 October 2026 for the leaderboards (57 days old when this note was "
                           "built, 6 December 2026); 28 May 2026 for the market figures (192 days old).")
    with pytest.raises(ValueError, match="newer than the build"):
        stories.data_as_of("2026-12-07", "2026-12-06")


def test_data_as_of_can_say_when_the_sources_were_read() -> None:
    # figures dated May, sources published up to July: both dates, so they never seem to contradict
    line = stories.data_as_of("2026-05-28", "2026-06-10", sources_read="2026-07-31")
    assert line == ("Newest figure dated 28 May 2026 (13 days old when this note was built, 10 June 2026); "
                    "sources read up to 31 July 2026.")
    assert stories.data_as_of("2026-05-28", "2026-06-10", sources_read="2026-07").endswith(
        "sources read up to July 2026.")
    stale = stories.data_as_of("2026-05-28", "2026-12-06", sources_read="2026", what_may_have_changed="X.")
    assert stale == ("Newest figure dated 28 May 2026 (192 days old when this note was built, 6 "
                     "December 2026); sources read up to 2026. **These data are about six months old.** X.")
    assert "**These data are about three months old.**" in stories.data_as_of("2026-09-01", "2026-12-06")
    assert stories.data_as_of("2026-05-28", "2026-12-06", what="the newest vendor figure", age_notice=False,
                              also={"LMArena's newest board": "2026-09-21"}) == (
        "Data as of 28 May 2026 for the newest vendor figure (192 days old when this note was built, "
        "6 December 2026); 21 September 2026 for LMArena's newest board (76 days old).")


def test_arr_and_run_rate_are_defined_apart() -> None:
    arr, run_rate = stories.GLOSSARY["arr"], stories.GLOSSARY["run-rate"]
    assert arr[0] == "ARR" and "recurring" in arr[1] and "subscriptions" in arr[1]
    assert run_rate[0] == "Run-rate" and "recent period's revenue scaled to a year" in run_rate[1]
    assert "board" not in stories.GLOSSARY["grade"][1].replace("leaderboard", "")


def test_terms_link_to_glossary_anchors_that_exist() -> None:
    section = stories.glossary(["pool", "re-anchoring"])
    assert stories.term("pool") == "[pool](#glossary-pool)"
    assert '<a id="glossary-pool"></a>**Pool**' in section and 'id="glossary-re-anchoring"' in section
    assert "glossary-cagr" not in section
    with pytest.raises(ValueError, match="not in the glossary"):
        stories.term("spell")
    full = stories.glossary()
    assert all(f'id="glossary-{key}"' in full for key in stories.GLOSSARY)


def test_sources_are_listed_by_title_and_publisher_never_by_internal_id() -> None:
    sources = pd.DataFrame({
        "source_id": ["aa-oriel-20260723-i2v", "web-x", "web-y"],
        "url": ["https://github.com/q/O/blob/abc/data/i2v.json", "https://x.example/a", "https://y.example/b"],
        "title": ["qunqin24/Oriel data/i2v.json at 2f1bbc3", "AI video <market> report", "Launch news"],
        "publisher": ["Artificial Analysis (archived API copy)", "X Research", "X Research"],
        "published": ["2026-07-23", "2026-01", None],
        "evidence": ["A", "C", "B"],
    })
    text = stories.sources_section(["web-y", "web-x", "aa-oriel-20260723-i2v", "web-x"], sources)
    assert text.startswith("<details><summary>Sources (3)</summary>") and text.endswith("</details>")
    assert "aa-oriel-20260723-i2v" not in text.replace("i2v.json", "")  # the id never shows, the URL may
    assert "AI video &lt;market&gt; report</a>, 2026-01 (grade C)" in text
    assert text.index("AI video") < text.index("Launch news")  # one publisher's titles, alphabetical
    assert text.count("<strong>X Research</strong>") == 1
    assert "Launch news</a>, undated (grade B)" in text  # a page without a date says so
    lower = sources.assign(publisher=["artificial Analysis", "Zeta", "beta"])
    listed = stories.sources_section(["web-y", "web-x", "aa-oriel-20260723-i2v"], lower)
    order = [listed.index(f"<strong>{name}</strong>") for name in ("artificial Analysis", "beta", "Zeta")]
    assert order == sorted(order)  # publishers in case-insensitive order
    with pytest.raises(ValueError, match="not in the sources table"):
        stories.sources_section(["nope"], sources)


def test_files_archived_in_one_repository_collapse_to_one_line() -> None:
    sources = pd.DataFrame({
        "source_id": ["f1", "f2", "f3", "page"],
        "url": ["https://github.com/o/arch/blob/abc1234/d/1.json", "https://github.com/o/arch/blob/def5678/d/2.json",
                "https://github.com/p/other/blob/0123456/x.json", "https://github.com/o/arch"],
        "title": ["o/arch d/1.json at abc1234", "o/arch d/2.json at def5678", "p/other x.json",
                  "The archive"],
        "publisher": ["AA (archived)"] * 3 + ["Someone"],
        "published": ["2026-08-27", "2026-10-10", None, None],
        "evidence": ["A", "A", "A", "C"],
    })
    text = stories.sources_section(["f1", "f2", "f3", "page"], sources)
    assert text.startswith("<details><summary>Sources (1 page and 3 archived files from 2 repositories)"
                           "</summary>")
    # files that hold no dated board: each linked at its commit, named by its path and commit
    files = ('<a href="https://github.com/o/arch/blob/abc1234/d/1.json">d/1.json at abc1234</a>, '
             '<a href="https://github.com/o/arch/blob/def5678/d/2.json">d/2.json at def5678</a>')
    assert ('<li><a href="https://github.com/o/arch">o/arch</a>: 2 archived files, 2026-08-27 to 2026-10-10 '
            f"(grade A): {files}</li>") in text
    some = stories.sources_section(["f1", "f2", "f3", "page"], sources, rebuilt=["f1"])
    assert ("2026-08-27 to 2026-10-10 (grade A for 1 downloaded file; 1 rebuilt, not verified): "
            f"{files}</li>") in some
    assert ">p/other</a>: 1 archived file (grade A)</li>" in some
    every = stories.sources_section(["f1", "f2", "f3", "page"], sources, rebuilt=pd.Series(["f1", "f2"]))
    assert f"2026-08-27 to 2026-10-10 (rebuilt, not verified): {files}</li>" in every
    # a repository with one file links to that file at its commit, not to the repository's root
    assert ('<a href="https://github.com/p/other/blob/0123456/x.json">p/other</a>: 1 archived file '
            "(grade A)") in text
    assert text.count('">o/arch</a>') == 1  # one line for the repository, its files linked inside it
    assert '<a href="https://github.com/o/arch">The archive</a>, undated (grade C)' in text  # a page, no date


def test_a_source_can_say_what_the_note_takes_from_it() -> None:
    sources = pd.DataFrame({"source_id": ["page", "f1"],
                            "url": ["https://x.example/runway", "https://github.com/o/r/blob/abc1234/a.md"],
                            "title": ["Runway raises", "a.md"], "publisher": ["Lowdown", "o/r (GitHub)"],
                            "published": ["2026-06-03", None], "evidence": ["C", "C"]})
    uses = {"page": "OpenAI Sora app: revenue since launch", "f1": "a <forecast>"}
    text = stories.sources_section(["page", "f1"], sources, uses=uses)
    assert ('<a href="https://x.example/runway">Runway raises</a>, 2026-06-03 (grade C): used for OpenAI '
            "Sora app: revenue since launch</li>") in text
    assert "1 third-party file (grade C): used for a &lt;forecast&gt;</li>" in text
    assert "used for" not in stories.sources_section(["page"], sources)


def test_a_title_in_another_script_is_given_in_english() -> None:
    sources = pd.DataFrame({"source_id": ["zh"], "url": ["https://e.example/q1"],
                            "title": ["快手Q1:可灵AI狂奔 电商直播失速"],
                            "title_en": ["Kuaishou Q1: Kling AI races ahead"], "publisher": ["Ebrun"],
                            "published": ["2026-05-28"], "evidence": ["B"]})
    text = stories.sources_section(["zh"], sources)
    assert ">Kuaishou Q1: Kling AI races ahead (translated title)</a>, 2026-05-28 (grade B)" in text
    assert "快手" not in text


def test_sources_section_never_grades_a_rebuilt_file_even_when_not_told() -> None:
    from videomarket import data

    provenance = data.load_provenance()
    rebuilt = provenance.loc[data.rebuilt_from_text(provenance), "source_id"]
    sources = data.load_sources()
    ids = list(sources.loc[sources["source_id"].isin(rebuilt)
                           & sources["source_id"].str.startswith("aa-antoniovho"), "source_id"].head(2))
    ids += list(sources.loc[sources["source_id"].str.startswith("aa-maicarons"), "source_id"])
    # a file earlier editions labelled downloaded: copied from a search index's text, so rebuilt too
    ids += list(sources.loc[sources["source_id"].str.startswith("aa-oriel-20261006"), "source_id"].head(1))
    text = stories.sources_section(ids, sources)
    plain = _unlinked(text)
    assert ("boards of 27 August 2026 (2 pools: text to video with audio, image to video with audio); "
            "rebuilt, not verified</li>") in plain
    assert ("1 August 2026 (2 pools: text to video, image to video; downloaded, grade A), 25 September 2026 "
            "(2 pools: text to video, image to video; rebuilt, not verified)") in plain
    assert ("qunqin24/Oriel: 1 archived file, board of 6 October 2026 (1 pool: image to video); rebuilt, not "
            "verified") in plain
    assert "grade A for" not in text and "files rebuilt" not in text
    # no "0 pages and"
    assert text.startswith("<details><summary>Sources (11 archived files from 3 repositories)")


def _unlinked(text: str) -> str:
    """The text of a sources list with its links' addresses left out."""
    return re.sub(r'<a href="[^"]*">([^<]*)</a>', r"\1", text)


def test_each_board_is_listed_with_its_date_and_the_day_its_copy_was_saved() -> None:
    from videomarket import data

    sources = data.load_sources()
    text = stories.sources_section(["lmarena-antoniovho-20260925-0633-t2v",
                                    "lmarena-antoniovho-20260925-0633-i2v",
                                    "aa-antoniovho-20260827-1524-t2va"], sources)
    # LMArena's board carries its own date; the archive saved it days later, under a repository named for the
    # other arena: both facts are on the line
    assert ("(a repository that keeps copies from Artificial Analysis and LMArena): 2 archived files, "
            "boards of 21 September 2026 (2 pools: text to video, image to video, in a copy saved 25 "
            "September 2026); rebuilt, not verified</li>") in _unlinked(text)
    # each pool links to its own file at the commit read, so a figure can be traced to the bytes behind it
    assert ('<a href="https://github.com/antoniovho/artificial-analysis-leaderboards/blob/33cf3bf0eed31d821851'
            'f29ca7fc8617bf216db2/data/2026-09-25/arena/text-to-video.json">text to video</a>') in text
    assert ("1 archived file, board of 27 August 2026 (1 pool: text to video with audio); rebuilt, not "
            "verified</li>") in _unlinked(text)
    many = sources.loc[sources["source_id"].str.startswith("aa-antoniovho-20261"), "source_id"]
    listed = stories.sources_section(many, sources)
    # more dates than fit a line: the span, then every date one click away
    assert ("28 archived files, boards of 8 days, 1 October 2026 to 10 October 2026; rebuilt, not "
            "verified") in listed
    plain = _unlinked(listed)
    assert ("<details><summary>every board date</summary>1 October 2026 (4 pools: text to video, image to "
            "video, text to video with audio, image to video with audio); 2 October 2026 (4 pools: ") in plain
    assert "; 5 October 2026 (2 pools: text to video with audio, image to video with audio); " in plain


def test_two_copies_of_one_pool_on_one_day_are_counted_as_files() -> None:
    from videomarket.stories._notes import _repository_item

    files = pd.DataFrame({"source_id": ["a", "b"], "url": ["u1", "u2"], "published": ["2026-09-01"] * 2,
                          "evidence": "A"})
    boards = pd.DataFrame({"source_id": ["a", "b"], "board_date": pd.to_datetime(["2026-09-01"] * 2),
                           "category": ["text-to-video"] * 2})
    line = _unlinked(_repository_item("o/r", files, boards=boards))
    assert "boards of 1 September 2026 (2 files: text to video, text to video)" in line


def test_a_board_file_holding_every_pool_is_linked_at_its_commit() -> None:
    # readers of 02 and 04 (r61) could not trace koiro-svg/yo-tutka: its whole-list file was only counted
    from videomarket.stories._notes import _repository_item

    url = "https://github.com/k/y/blob/6f3693be68e6936f1167c5efd80c3aab9007301c/data/ai-models.json"
    files = pd.DataFrame({"source_id": ["k1"], "url": [url], "published": ["2026-10-05"], "evidence": ["A"]})
    boards = pd.DataFrame({"source_id": ["k1"], "board_date": pd.to_datetime(["2026-10-05"]),
                           "category": ["multi"]})
    assert _repository_item("k/y", files, boards=boards) == (
        f'<li><a href="{url}">k/y</a>: 1 archived file, board of 5 October 2026 (1 file holding several '
        f'pools: <a href="{url}">data/ai-models.json at 6f3693b</a>); downloaded, grade A</li>')


def test_sources_say_unrecorded_origin_and_link_a_folder_at_its_commit() -> None:
    from videomarket import data

    sources = data.load_sources()
    ids = sources.loc[sources["url"].astype(str).str.contains("/(?:my-paper-project|leaderbot)/", regex=True),
                      "source_id"]
    text = stories.sources_section(ids, sources)
    assert ("suquark/leaderbot</a>: 1 archived file (origin not recorded, not verified)") in text
    assert ('6 files in <a href="https://github.com/luruishuang48-hue/my-paper-project/tree/'
            'd654caefb3474d3e3ecafb50e1a8bee0e46c8a2f/new%20data%20set/raw/aa_api_v2">'
            'new data set/raw/aa_api_v2 at d654cae</a>') in text


def test_sources_total_splits_archived_and_third_party_files_as_their_lines_count_them() -> None:
    sources = pd.DataFrame({
        "source_id": ["f1", "f2", "q1", "page"],
        "url": ["https://github.com/o/arch/blob/abc1234/d/1.json", "https://github.com/o/arch/blob/def5678/d/2.json",
                "https://github.com/p/quotes/blob/0123456/x.md", "https://example.com/a"],
        "title": ["o/arch d/1.json", "o/arch d/2.json", "p/quotes x.md", "A page"],
        "publisher": ["AA (archived)", "AA (archived)", "p/quotes (GitHub)", "Someone"],
        "published": ["2026-08-27", "2026-10-10", "2026-01", "2026-02"],
        "evidence": ["A", "A", "C", "B"],
    })
    text = stories.sources_section(["f1", "f2", "q1", "page"], sources, rebuilt=[], boards=pd.DataFrame(
        columns=["source_id", "board_date", "category"]), unrecorded=[])
    assert text.startswith("<details><summary>Sources (1 page, 2 archived files and 1 third-party file from "
                           "2 repositories)</summary>")
    assert ": 2 archived files" in text and ": 1 third-party file" in text
