"""data/datapackage.json: the tables as a Frictionless Data Package, checked with frictionless itself."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import frictionless  # the test extra

from videomarket import paths
from videomarket.data import _datapackage, schemas


def descriptor() -> dict:
    return json.loads((paths.data_dir() / _datapackage.FILE_NAME).read_text(encoding="utf-8"))


def test_every_table_is_a_resource_with_described_fields_sources_and_licence() -> None:
    package = descriptor()
    resources = {r["name"]: r for r in package["resources"]}
    assert set(resources) == set(schemas.TABLES)
    for name, spec in schemas.TABLES.items():
        resource = resources[name]
        fields = resource["schema"]["fields"]
        assert [f["name"] for f in fields] == spec.names
        assert all(f.get("description") for f in fields), f"{name}: a field without description"
        assert resource["licenses"] and resource["description"]
        assert resource["schema"]["primaryKey"] == list(spec.key)
        if name != "sources" and any(c in spec.names for c in ("source_id", "price_source_id")):
            assert all(s["path"].startswith("https://") for s in resource["sources"]), name
    units = {f["name"]: f.get("unit") for f in resources["rankings"]["schema"]["fields"]}
    assert units["elo"] == units["ci_low"] == "rating points"
    money = {f["name"]: f.get("unit") for f in resources["company_metrics"]["schema"]["fields"]}
    assert money["value_usd_m"] == "USD million"


def test_the_package_and_every_table_validate_with_frictionless() -> None:
    report = frictionless.Package(str(paths.data_dir() / _datapackage.FILE_NAME)).validate()
    problems = [f"{task.name}: {error.message}" for task in report.tasks for error in task.errors]
    assert report.valid, problems[:10]


def test_frictionless_command_line_validates_the_package() -> None:
    command = Path(sys.executable).with_name("frictionless")
    done = subprocess.run([str(command), "validate", str(paths.data_dir() / _datapackage.FILE_NAME)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout[-2000:]


def test_a_broken_table_fails_its_package_check(tmp_path: Path) -> None:
    copy = tmp_path / "data"
    copy.mkdir()
    for name in [*(f"{n}.csv" for n in schemas.TABLES), _datapackage.FILE_NAME]:
        shutil.copy(paths.data_dir() / name, copy / name)
    rankings = copy / "rankings.csv"
    lines = rankings.read_text(encoding="utf-8").splitlines(keepends=True)
    cells = lines[1].split(",")
    cells[4] = "no-such-model"
    lines[1] = ",".join(cells)
    rankings.write_text("".join(lines), encoding="utf-8")
    package = json.loads((copy / _datapackage.FILE_NAME).read_text(encoding="utf-8"))
    for resource in package["resources"]:  # keep the recorded size and hash out of this test's way
        resource.pop("hash"), resource.pop("bytes")
    (copy / _datapackage.FILE_NAME).write_text(json.dumps(package), encoding="utf-8")
    report = frictionless.Package(str(copy / _datapackage.FILE_NAME)).validate()
    errors = [(task.name, error.type) for task in report.tasks for error in task.errors]
    assert ("rankings", "foreign-key") in errors
