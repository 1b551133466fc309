"""`-p name=value` is typed by the notebook's parameters cell and checked before any kernel starts."""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest

from videomarket import paths, report
from videomarket.report import _build
from videomarket.report._execute import inject_parameters, read_notebook
from videomarket.report._params import read_parameter_specs
from videomarket.report._plan import (
    Parameter,
    output_name,
    parse_parameter,
    parse_parameters,
    typed_parameters,
)

LEADERBOARD = paths.notebooks_dir() / "02-leaderboard-movements.ipynb"
CELL = """\
flag = False  # a switch
top_n = 10  # places
alpha = 0.05  # level
label = "x"  # any text
start = "2025-12-01"  # first day
end = None  # last snapshot date (None: the latest)
budget = (
    None  # price cap, e.g. 5; None = no cap
)
note = None  # free text
pools = ["a", "b"]  # several
category = "text-to-video"  # the pool
size = 2 * 3  # an expression
"""


def notebook(source: str = CELL) -> dict:
    return {"cells": [{"cell_type": "code", "metadata": {"tags": ["parameters"]}, "source": source}]}


def typed(*specs: str, source: str = CELL) -> dict[str, Parameter]:
    return {p.name: p for p in typed_parameters(notebook(source), parse_parameters(list(specs)), "nb.ipynb")}


def rejected(spec: str) -> str:
    with pytest.raises(ValueError) as caught:
        typed(spec)
    return str(caught.value)


def run_report(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = report.main(list(args))
    return code, out.getvalue(), err.getvalue()


def test_parsing_keeps_the_text_until_the_notebook_types_it() -> None:
    assert parse_parameter("top=5") == Parameter("top", "5", "5")


@pytest.mark.parametrize("word", ["false", "FALSE", "False", "no", "No", "0"])
def test_bool_false_words(word: str) -> None:
    parameter = typed(f"flag={word}")["flag"]
    assert parameter.value is False and parameter.text == "False"


@pytest.mark.parametrize("word", ["true", "TRUE", "yes", "YES", "1"])
def test_bool_true_words(word: str) -> None:
    assert typed(f"flag={word}")["flag"].value is True


def test_numbers_dates_lists_and_text() -> None:
    values = typed(
        "top_n=12", "alpha=0.1", "label=a b", "start=2026-01-05", "pools=c, d", "category=image-to-video"
    )
    assert {name: p.value for name, p in values.items()} == {
        "top_n": 12,
        "alpha": 0.1,
        "label": "a b",
        "start": "2026-01-05",
        "pools": ["c", "d"],
        "category": "image-to-video",
    }
    assert typed("alpha=1")["alpha"].value == 1.0 and isinstance(typed("alpha=1")["alpha"].value, float)
    assert typed("label='quoted'")["label"].value == "quoted"
    assert typed("pools=['e']")["pools"].value == ["e"]


def test_none_defaults_take_their_type_from_the_comment() -> None:
    assert typed("end=None")["end"].value is None and typed("end=none")["end"].value is None
    assert typed("end=2026-03-01")["end"].value == "2026-03-01"
    assert typed("budget=5")["budget"].value == 5 and typed("budget=2.5")["budget"].value == 2.5
    assert typed("note=anything")["note"].value == "anything"
    assert "expected date or None" in rejected("end=banana")
    assert "expected number or None" in rejected("budget=cheap")


def test_a_default_that_is_not_a_literal_keeps_the_literal_rule() -> None:
    assert typed("size=7")["size"].value == 7 and typed("size=abc")["size"].value == "abc"


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("flag=banana", "expected bool (true/false, yes/no or 1/0, in any case), got 'banana'"),
        ("top_n=1.5", "expected int (a whole number), got '1.5'"),
        ("top_n=ten", "expected int"),
        ("alpha=nan", "expected float (a finite number), got 'nan'"),
        ("alpha=x", "expected float"),
        ("start=2026-02-30", "expected date (YYYY-MM-DD), got '2026-02-30'"),
        ("start=yesterday", "expected date"),
        ("category=t2v", "expected one of text-to-video, image-to-video, text-to-video-audio"),
        ("pools=[1, 2]", "expected list of str"),
    ],
)
def test_a_value_that_does_not_convert_names_parameter_value_and_type(spec: str, expected: str) -> None:
    message = rejected(spec)
    name = spec.split("=")[0]
    assert message.startswith(f"nb.ipynb: -p {spec}: ") and expected in message
    assert "the default is" in message and name in message


def test_file_name_records_the_converted_value() -> None:
    spelled = [typed(f"flag={word}")["flag"] for word in ("false", "no", "0")]
    names = {output_name("02", (p,), with_code=False) for p in spelled}
    assert names == {"02--flag=False.html"}
    compact_date = typed("start=20260105")["start"]
    assert output_name("02", (compact_date,), with_code=False) == "02--start=2026-01-05.html"


def test_the_injected_cell_holds_the_python_value() -> None:
    source = LEADERBOARD.read_bytes()
    content = json.loads(source)
    parameters = typed_parameters(content, parse_parameters(["include_grade_d=false"]), "02")
    nb = read_notebook(source)
    position = inject_parameters(nb, parameters)
    assert "include_grade_d = False\n" in nb.cells[position].source
    assert "'false'" not in nb.cells[position].source


def test_bad_value_exits_2_before_any_kernel_starts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_kernel(*args: object, **kwargs: object) -> None:
        raise AssertionError("a kernel was started")

    monkeypatch.setattr(_build, "_run_jobs", no_kernel)
    reports = tmp_path / "reports"
    code, _, err = run_report("-p", "include_grade_d=banana", str(LEADERBOARD), "--reports-dir", str(reports))
    assert code == 2
    assert err.count("error:") == 1
    assert "-p include_grade_d=banana: expected bool" in err and "02-leaderboard-movements.ipynb" in err
    assert not reports.exists() or not any(reports.iterdir())


def test_list_params_shows_every_parameter_of_every_notebook() -> None:
    code, out, err = run_report("--list-params")
    assert code == 0, err
    for path in sorted(paths.notebooks_dir().glob("*.ipynb")):
        content = json.loads(path.read_text(encoding="utf-8"))
        cell = next(c for c in content["cells"] if "parameters" in c.get("metadata", {}).get("tags", []))
        specs = read_parameter_specs("".join(cell["source"]))
        assert specs, path.name
        block = out.split(path.name, 1)[1].split(".ipynb", 1)[0]
        for spec in specs:
            line = next(line for line in block.splitlines() if line.split()[:1] == [spec.name])
            assert spec.type_text in line and repr(spec.default) in line and spec.comment in line
    assert re.search(r"include_grade_d\s+bool\s+False\s+grade-D quotes", out)
    assert re.search(r"end\s+date or None\s+None\s+last board date", out)
    assert re.search(r"budget_usd_per_min\s+number or None\s+None", out)


def test_list_params_of_one_notebook_without_a_parameters_cell(tmp_path: Path) -> None:
    bare = tmp_path / "bare.ipynb"
    bare.write_text(json.dumps({"cells": [{"cell_type": "code", "metadata": {}, "source": "x = 1"}]}))
    code, out, _ = run_report("--list-params", str(bare))
    assert code == 0 and "no cell tagged `parameters`" in out


def test_a_folder_is_not_a_notebook(tmp_path: Path) -> None:
    code, _, err = run_report(str(tmp_path), "--reports-dir", str(tmp_path / "reports"))
    assert code == 2 and "is a folder, not a notebook" in err


def test_a_name_set_by_augmented_assignment_takes_the_literal_rule() -> None:
    source = "top = 1\ntop += 2  # bumped\n"
    assert typed("top=7", source=source)["top"].value == 7  # typed by the plain assignment
    assert typed("n=abc", source="n += 1\n")["n"].value == "abc"  # KeyError before the fallback
