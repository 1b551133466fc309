"""Bad input gets one clear error naming file, line and column; good input loads typed."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from videomarket import data, paths
from videomarket.data.schemas import DataValidationError

HEADER = (
    "snapshot_date,date_precision,arena,category,model,model_name,creator,rank,elo,ci_low,ci_high,"
    "appearances,scale_epoch,evidence,source_id"
)
GOOD_ROWS = [
    "2025-12-01,day,Artificial Analysis,text-to-video,runway-gen-4-5,Runway Gen-4.5,Runway,"
    "1,1247,,,,aa-t2v-1,B,press",
    "2026-09-14,day,Artificial Analysis,text-to-video,veo-3,Veo 3,Google,"
    "21,1210,1202,1218,,aa-t2v-1,A,archive",
]


@pytest.fixture()
def refs(tmp_path: Path) -> Path:
    """A data folder with the reference tables the rankings point at."""
    (tmp_path / "sources.csv").write_text(
        "source_id,url,title,title_en,publisher,published,accessed,licence,evidence,cites_url,note\n"
        "archive,https://github.com/o/r/blob/abc/f.json,f.json,,AA,2026-09-14,2026-11-24,none,A,,\n"
        "press,https://example.com/news,News,,Example,2025-12-01,2026-11-24,,B,,\n"
    )
    (tmp_path / "models.csv").write_text(
        "model,model_name,family,developer,country,released,native_audio,open_weights,max_clip_s,"
        "api_price_usd_per_min,price_date,source_id,price_source_id\n"
        "runway-gen-4-5,Runway Gen-4.5,Gen-4.5,Runway,USA,2025-12-01,false,false,10,,,press,\n"
        "veo-3,Veo 3,Veo,Google,USA,2025-05-20,true,false,8,24,2026-09-14,archive,archive\n"
    )
    (tmp_path / "scale_epochs.csv").write_text(
        "scale_epoch,arena,category,start,end,anchor_model_name,anchor_elo,source_id,note\n"
        "aa-t2v-1,Artificial Analysis,text-to-video,2025-01-01,2026-10-05,Mochi 1,1000,archive,\n"
    )
    return tmp_path


def write_rankings(folder: Path, rows: list[str], header: str = HEADER, name: str = "rankings.csv") -> Path:
    path = folder / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def load(path: Path, refs: Path) -> pd.DataFrame:
    return data.load_table("rankings", path, reference_dir=refs)


def problems_of(path: Path, refs: Path) -> list[str]:
    with pytest.raises(DataValidationError) as caught:
        load(path, refs)
    assert isinstance(caught.value, ValueError)
    return caught.value.problems


def test_good_table_loads_with_types(refs: Path) -> None:
    frame = load(write_rankings(refs, GOOD_ROWS), refs)
    assert frame["snapshot_date"].dtype == "datetime64[ns]"
    assert isinstance(frame["arena"].dtype, pd.CategoricalDtype)
    assert str(frame["rank"].dtype) == "Int64"
    assert str(frame["elo"].dtype) == "Float64"
    assert frame["ci_low"].isna().iloc[0] and frame["ci_low"].iloc[1] == 1202
    assert frame["appearances"].isna().all()


def test_empty_file(refs: Path) -> None:
    path = refs / "rankings.csv"
    path.write_text("")
    assert problems_of(path, refs) == [f"rankings.csv:1: file is empty; expected a header: {HEADER}"]


def test_missing_column(refs: Path) -> None:
    header = HEADER.replace(",ci_high", "")
    path = write_rankings(refs, [], header=header)
    assert "rankings.csv:1: column 'ci_high': missing from the header" in problems_of(path, refs)


def test_wrong_delimiter(refs: Path) -> None:
    path = write_rankings(refs, [r.replace(",", ";") for r in GOOD_ROWS], header=HEADER.replace(",", ";"))
    (problem,) = problems_of(path, refs)
    assert problem.startswith("rankings.csv:1:") and "';'" in problem and "comma-separated" in problem


def test_non_utf8_bytes(refs: Path) -> None:
    path = write_rankings(refs, GOOD_ROWS)
    latin1 = "Runway Gen-4.5 caf\xe9".encode("latin-1")
    path.write_bytes(path.read_bytes().replace(b"Runway Gen-4.5", latin1))
    (problem,) = problems_of(path, refs)
    assert problem.startswith("rankings.csv:2:") and "not valid UTF-8" in problem and "0xe9" in problem


def test_ragged_row_names_line(refs: Path) -> None:
    path = write_rankings(refs, [GOOD_ROWS[0], GOOD_ROWS[1] + ",extra"])
    (problem,) = problems_of(path, refs)
    assert problem.startswith("rankings.csv:3:") and "expected 15 fields, found 16" in problem


def test_duplicate_key(refs: Path) -> None:
    path = write_rankings(refs, [GOOD_ROWS[0], GOOD_ROWS[1], GOOD_ROWS[0]])
    problems = problems_of(path, refs)
    duplicate = "rankings.csv:4: column 'snapshot_date,arena"
    assert any(p.startswith(duplicate) and "duplicate key" in p for p in problems)
    assert any(p.startswith("rankings.csv:2:") for p in problems)


def test_ci_low_above_elo(refs: Path) -> None:
    path = write_rankings(refs, [GOOD_ROWS[0], GOOD_ROWS[1].replace(",1210,1202,", ",1210,1215,")])
    expected = "rankings.csv:3: column 'ci_low': ci_low > elo (ci_low=1215, elo=1210)"
    assert problems_of(path, refs) == [expected]


def test_negative_value(refs: Path) -> None:
    path = write_rankings(refs, [GOOD_ROWS[0].replace(",1247,", ",-1247,")])
    assert problems_of(path, refs) == ["rankings.csv:2: column 'elo': -1247 must be > 0"]


def test_unknown_model(refs: Path) -> None:
    path = write_rankings(refs, [GOOD_ROWS[0].replace("runway-gen-4-5,", "runway-gen-9,")])
    assert problems_of(path, refs) == ["rankings.csv:2: column 'model': 'runway-gen-9' is not in models.csv"]


def test_unknown_source(refs: Path) -> None:
    path = write_rankings(refs, [GOOD_ROWS[0], GOOD_ROWS[1].replace(",archive", ",blog")])
    assert problems_of(path, refs) == ["rankings.csv:3: column 'source_id': 'blog' is not in sources.csv"]


def test_date_in_the_future(refs: Path) -> None:
    path = write_rankings(refs, [GOOD_ROWS[0].replace("2025-12-01", "2099-01-01", 1)])
    (problem,) = problems_of(path, refs)
    assert problem.startswith("rankings.csv:2: column 'snapshot_date': 2099-01-01 is in the future")


def test_only_forecasts_and_guidance_may_end_in_the_future(refs: Path) -> None:
    path = refs / "company_metrics.csv"
    path.write_text(
        "company,metric,period,period_end,value_usd_m,original_currency,original_value,fx_rate,fx_date,"
        "evidence,source_id,note\n"
        "V,analyst_forecast,FY2099 (broker),2099-12-31,250,USD,250,,,B,press,\n"
        "V,revenue_guidance,FY2099,2099-12-31,200,USD,200,,,B,press,\n"
        "V,revenue,FY2099,2099-12-31,100,USD,100,,,B,press,\n"
    )
    with pytest.raises(DataValidationError) as caught:
        data.load_company_metrics(path, check_references=False)
    (problem,) = caught.value.problems
    assert problem.startswith("company_metrics.csv:4: column 'period_end': period_end in the future (after ")
    assert problem.endswith("allowed only where metric is analyst_forecast or revenue_guidance "
                            "(period_end=2099-12-31, metric='revenue')")


def test_table_with_quoted_cells_keeps_physical_line_numbers(refs: Path) -> None:
    quoted = GOOD_ROWS[1].replace(",Veo 3,", ',"Veo 3\n(two lines)",')
    path = write_rankings(refs, [GOOD_ROWS[0], quoted, GOOD_ROWS[0].replace("2025-12-01", "2025-13-01", 1)])
    assert problems_of(path, refs) == [
        "rankings.csv:5: column 'snapshot_date': '2025-13-01' is not a date YYYY-MM-DD"
    ]


def test_line_of_separators_only_is_not_a_record(refs: Path) -> None:
    frame = load(write_rankings(refs, [GOOD_ROWS[0], "," * 14, GOOD_ROWS[1]]), refs)
    assert len(frame) == 2


def test_every_problem_reported_at_once(refs: Path) -> None:
    bad = GOOD_ROWS[1].replace(",day,", ",weekly,").replace(",A,", ",E,").replace(",21,", ",x,")
    problems = problems_of(write_rankings(refs, [GOOD_ROWS[0], bad]), refs)
    columns = {re.search(r"column '([^']+)'", p).group(1) for p in problems}
    assert columns == {"date_precision", "evidence", "rank"}
    assert all(p.startswith("rankings.csv:3:") for p in problems)


def test_https_required_for_sources(refs: Path) -> None:
    path = refs / "other_sources.csv"
    path.write_text(
        "source_id,url,title,title_en,publisher,published,accessed,licence,evidence,cites_url,note\n"
        "plain,http://example.com/x,X,,Example,2025,2026-11-24,,C,,\n"
    )
    with pytest.raises(DataValidationError) as caught:
        data.load_sources(path)
    assert caught.value.problems == [
        "other_sources.csv:2: column 'url': 'http://example.com/x' is not an https:// URL"
    ]


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DataValidationError, match="file not found"):
        data.load_forecasts(tmp_path / "nope.csv")


def test_data_readme_documents_every_column_of_every_table() -> None:
    from videomarket.data import schemas

    readme = (paths.data_dir() / "README.md").read_text(encoding="utf-8")
    missing = [
        f"{spec.name}.{column}"
        for spec in schemas.TABLES.values()
        for column in spec.names
        if column not in readme
    ]
    assert not missing, f"data/README.md does not explain: {missing}"
    assert all(f"`{name}.csv`" in readme for name in schemas.TABLES)


# --- one board's ranks and ratings agree; ratings in the range refresh accepts -------------------------

BOARD = (
    "2026-09-14,day,Artificial Analysis,text-to-video,{model},{name},{creator},{rank},{elo},,,,aa-t2v-1,A,"
    "{source}"
)


def board_row(model: str, rank: int, elo: float, source: str = "archive") -> str:
    name, creator = {"veo-3": ("Veo 3", "Google"), "runway-gen-4-5": ("Runway Gen-4.5", "Runway")}[model]
    return BOARD.format(model=model, name=name, creator=creator, rank=rank, elo=elo, source=source)


def test_better_rank_rated_clearly_below_a_worse_rank_is_rejected(refs: Path) -> None:
    path = write_rankings(refs, [board_row("veo-3", 1, 1200), board_row("runway-gen-4-5", 2, 1250)])
    assert problems_of(path, refs) == [
        "rankings.csv:2: column 'elo': rank 1 is rated 1200, more than 1 point below rank 2 (1250, line 3) "
        "on the same board (2026-09-14, Artificial Analysis, text-to-video, source archive)"
    ]


def test_rank_order_tolerates_rounding_and_compares_only_within_one_source(refs: Path) -> None:
    within_a_point = [board_row("veo-3", 1, 1249.5), board_row("runway-gen-4-5", 2, 1250.5)]
    assert len(load(write_rankings(refs, within_a_point), refs)) == 2
    tied_rank = [board_row("veo-3", 1, 1200), board_row("runway-gen-4-5", 1, 1250)]
    assert len(load(write_rankings(refs, tied_rank), refs)) == 2
    two_sources = [board_row("veo-3", 1, 1200, "archive"), board_row("runway-gen-4-5", 2, 1250, "press")]
    assert len(load(write_rankings(refs, two_sources), refs)) == 2


def test_every_inverted_row_of_a_board_is_named(refs: Path) -> None:
    rows = [board_row("veo-3", 1, 1100), board_row("runway-gen-4-5", 3, 1300)]
    problems = problems_of(write_rankings(refs, rows), refs)
    assert problems == [
        "rankings.csv:2: column 'elo': rank 1 is rated 1100, more than 1 point below rank 3 (1300, line 3) "
        "on the same board (2026-09-14, Artificial Analysis, text-to-video, source archive)"
    ]


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("elo", "1000000000", "column 'elo': 1e+09 must be < 5000"),
        ("elo", "5000", "column 'elo': 5000 must be < 5000"),
        ("ci_high", "9999", "column 'ci_high': 9999 must be < 5500"),
    ],
)
def test_ratings_outside_the_range_refresh_accepts_are_rejected(
    refs: Path, column: str, value: str, expected: str
) -> None:
    cells = GOOD_ROWS[1].split(",")
    cells[HEADER.split(",").index(column)] = value
    problems = problems_of(write_rankings(refs, [",".join(cells)]), refs)
    assert any(p.startswith("rankings.csv:2: ") and expected in p for p in problems), problems


def test_loader_and_refresh_share_one_rating_range() -> None:
    from videomarket.data import schemas
    from videomarket.refresh import _client

    assert (schemas.ELO_MIN, schemas.ELO_MAX) == (0.0, 5000.0)
    assert _client.ELO_MIN is schemas.ELO_MIN and _client.ELO_MAX is schemas.ELO_MAX, "one constant, not two"
    assert _client.CI_MAX is schemas.CI_MAX
    elo = next(c for c in schemas.RANKINGS if c.name == "elo")
    assert (elo.minimum, elo.maximum) == (schemas.ELO_MIN, schemas.ELO_MAX)
    assert elo.exclusive_minimum and elo.exclusive_maximum


def test_a_folder_given_as_csv_path_is_named_as_a_folder(refs: Path, tmp_path: Path) -> None:
    write_rankings(refs, GOOD_ROWS)
    with pytest.raises(DataValidationError) as caught:
        data.load_rankings(refs)
    (problem,) = caught.value.problems
    assert "is a folder, not a CSV file" in problem and f"did you mean {refs / 'rankings.csv'}?" in problem
    assert "file not found" not in problem
    empty = tmp_path / "empty-folder"
    empty.mkdir()
    with pytest.raises(DataValidationError, match="is a folder, not a CSV file; pass the path of a"):
        data.load_forecasts(empty)


def test_shipped_tables_pass_the_new_checks() -> None:
    ranks = data.load_rankings()
    assert ranks["elo"].max() < 5000 and len(ranks) > 1000
    data.validate_all()


def test_unknown_table_name_lists_the_tables() -> None:
    with pytest.raises(ValueError, match="unknown table 'rank'; allowed: sources, rankings, market_"):
        data.load_table("rank")


def test_every_shipped_title_in_another_script_has_an_english_title() -> None:
    from videomarket import data
    from videomarket.data.schemas import LATIN_SCRIPT

    sources = data.load_sources()
    foreign = sources[~sources["title"].astype(str).str.match(LATIN_SCRIPT)]
    assert len(foreign) >= 5  # the Chinese press pages behind the Kuaishou and MiniMax figures
    assert foreign["title_en"].notna().all(), foreign.loc[foreign["title_en"].isna(), "source_id"].tolist()
    assert sources["publisher"].astype(str).str.match(LATIN_SCRIPT).all()
