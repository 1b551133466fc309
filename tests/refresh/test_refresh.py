"""`videomarket refresh` against a real HTTP server on 127.0.0.1 (no mocking of the HTTP client).

Every test works on a small temporary data folder (VIDEOMARKET_DATA_DIR), checks the exit status,
the message and the bytes on disk, and checks that the fake API key appears nowhere: not in
stdout, stderr, or any file under the test's temporary folder.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from builders import write_three_models

from videomarket import cli, paths
from videomarket import refresh as refresh_command
from videomarket.data import _build as build
from videomarket.data import schemas
from videomarket.data._rawformats import RawFormatError, read_aa_api_v2
from videomarket.refresh import _client as aa_api
from videomarket.refresh import _store as refresh_store
from videomarket.refresh._store import canonical_id

KEY = "vmFAKEKEY-3f9c2a71d0e8"
POOLS = schemas.AA_POOLS
CLOCK = dt.datetime(2026, 11, 1, 12, 0, 0, tzinfo=dt.UTC)
GOOD = [("Model A", "X", 1290, 10), ("Model B", "Y", 1280, 9), ("Mochi 1", "Genmo", 1000, 0)]


# --- a scripted API server ------------------------------------------------------------------------


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0  # before anything is sent (a server that does not answer)
    trickle_s: float = 0.0  # after the headers, between single bytes of the body (a stalling server)
    hold: threading.Event | None = None  # answer only once the test sets it (at most 60 s)


class FakeApi:
    """Serves queued replies per path; the last reply of a path repeats. Records every request."""

    def __init__(self) -> None:
        self.routes: dict[str, list[Reply]] = {}
        self.seen: list[tuple[str, dict[str, str]]] = []
        self.stop = threading.Event()
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                api.seen.append((self.path, dict(self.headers)))
                queue = api.routes.get(self.path) or [Reply(404, b'{"error": "no such route"}')]
                reply = queue.pop(0) if len(queue) > 1 else queue[0]
                if reply.delay_s and api.stop.wait(reply.delay_s):
                    return
                if reply.hold is not None:
                    reply.hold.wait(60)
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    if not reply.trickle_s:
                        self.wfile.write(reply.body)
                    for byte in reply.body if reply.trickle_s else b"":
                        if api.stop.wait(reply.trickle_s):
                            return
                        self.wfile.write(bytes([byte]))
                except OSError:
                    pass  # the client gave up (timeout test)

            def log_message(self, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: object, client_address: object) -> None:
                pass

        self.server = Server(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}/api/v2"

    def serve(self, pool: str, *replies: Reply) -> None:
        self.routes[f"/api/v2/media/{pool}/models/free"] = list(replies)

    def serve_all(self, boards: dict[str, list[tuple[str, str, float, float]]] | None = None) -> None:
        for pool in POOLS:
            self.serve(pool, Reply(body=api_body((boards or {}).get(pool, GOOD))))

    def hits(self, pool: str) -> int:
        return sum(path == f"/api/v2/media/{pool}/models/free" for path, _ in self.seen)


def api_body(entries: list[tuple[str, str, float, float]], **extra: object) -> bytes:
    """A response shaped like the archived API copies (the API itself sends no fetched_at)."""
    data = [
        {
            "id": f"id-{name.lower().replace(' ', '-')}",
            "name": name,
            "slug": name.lower().replace(" ", "-").replace(".", "-"),
            "model_creator": {"id": f"c-{creator.lower()}", "name": creator},
            "elo": elo,
            "ci_95": half,
        }
        for name, creator, elo, half in entries
    ]
    return json.dumps({"tier": "free", "data": data, **extra}, indent=2).encode()


@pytest.fixture
def api() -> Iterator[FakeApi]:
    fake = FakeApi()
    thread = threading.Thread(target=fake.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield fake
    fake.stop.set()
    fake.server.shutdown()
    fake.server.server_close()


# --- a minimal data folder -------------------------------------------------------------------------

ORIEL_PREVIOUS = [("Model A", "X", 1300, 10), ("Model B", "Y", 1270, 9), ("Mochi 1", "Genmo", 1000, 0)]


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small data folder, built once per test process: copying it is much faster than building it."""
    return build_data_dir(tmp_path_factory.mktemp("refresh-template") / "data")


def make_data_dir(root: Path, template: Path) -> Path:
    """A fresh copy of the template data folder at ``root``."""
    shutil.copytree(template, root)
    return root


def build_data_dir(root: Path) -> Path:
    """Curated tables for three models, one open scale epoch per pool, one archived snapshot."""
    archive, curated = root / "raw" / "aa-oriel-test", root / "curated"
    archive.mkdir(parents=True)
    curated.mkdir()
    name = "2026-10-30T102000Z--media-text-to-video.json"
    payload = json.loads(api_body(ORIEL_PREVIOUS))
    (archive / name).write_text(json.dumps({"fetched_at": "2026-10-30T10:20:00Z", **payload}))
    commit = "b" * 40
    (archive / "provenance.csv").write_text(
        ",".join(schemas.RAW_PROVENANCE.names) + "\n"
        f"{name},aa-oriel-20261030-t2v,o/oriel,{commit},data/media-text-to-video.json,"
        f"https://github.com/o/oriel/blob/{commit}/data/media-text-to-video.json,2026-10-30T10:20:00Z,"
        f"2026-11-24,none stated,aa-api-media,text-to-video,{sha256_of(archive / name)},,\n"
    )
    write_three_models(curated, ["Model A,model-a,reviewed,,,,", "Model B,model-b,reviewed,,,,",
                                 "Mochi 1,mochi-1,reviewed,anchor,,,"])
    (curated / "scale_epochs.csv").write_text(
        ",".join(schemas.SCALE_EPOCHS.names)
        + "\n"
        + "".join(
            f"aa-{code}-1,Artificial Analysis,{pool},2025-01-01,,Mochi 1,1000,press,\n"
            for code, pool in zip(("t2v", "i2v", "t2va", "i2va"), POOLS, strict=True)
        )
    )
    (curated / "market_forecasts.csv").write_text(",".join(schemas.MARKET_FORECASTS.names) + "\n")
    (curated / "company_metrics.csv").write_text(",".join(schemas.COMPANY_METRICS.names) + "\n")
    (curated / "developers.csv").write_text(",".join(schemas.DEVELOPERS.names) + "\n")
    build.build_all(root)
    return root


@pytest.fixture
def data(tmp_path: Path, template: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_data_dir(tmp_path / "data", template)
    monkeypatch.setenv(paths.DATA_ENV, str(root))
    monkeypatch.setenv(aa_api.KEY_ENV, KEY)
    for proxy in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(proxy, raising=False)
    monkeypatch.setattr(aa_api, "utc_now", lambda: CLOCK)
    monkeypatch.setattr(
        aa_api,
        "DEFAULT_POLICY",
        aa_api.RetryPolicy(timeout_s=2, deadline_s=60, attempts=3, backoff_s=0.01, max_wait_s=60),
    )
    return root


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Waits the client asked for (recorded instead of slept)."""
    waits: list[float] = []
    monkeypatch.setattr(aa_api, "_sleep", waits.append)
    return waits


def disk(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def refresh(api: FakeApi, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the command in-process; return (status, stdout, stderr); assert the key stayed hidden.

    This calls ``refresh.main``, which ``videomarket refresh`` hands its arguments to; the two tests
    at the end go through ``cli.main`` and the installed console script.
    """
    status = refresh_command.main(["--api-url", api.base, *args])
    out, err = capsys.readouterr()
    assert KEY not in out and KEY not in err
    return status, out, err


def report_of(out: str, pool: str) -> str:
    """The report lines of one pool (from its ``<pool>:`` line to the next pool's)."""
    lines = out.splitlines()
    start = lines.index(f"{pool}:")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].rstrip(":") in POOLS), len(lines))
    return "\n".join(lines[start:end])


def assert_key_nowhere(root: Path) -> None:
    for name, payload in disk(root).items():
        assert KEY.encode() not in payload, f"key written to {name}"


def rows(path: Path) -> list[str]:
    return path.read_text().splitlines()


# --- good runs ---------------------------------------------------------------------------------------


def test_good_day_stores_each_response_verbatim_with_provenance_and_rebuilds(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    api.serve_all()
    curated_before = {k: v for k, v in disk(data).items() if k.startswith("curated")}
    status, out, err = refresh(api, capsys)
    assert status == 0, err
    store = data / "raw" / "aa-api"
    for pool in POOLS:
        assert (store / f"2026-11-01T120000Z--{pool}.json").read_bytes() == api_body(GOOD)
    provenance = rows(store / "provenance.csv")
    assert provenance[0] == ",".join(schemas.RAW_PROVENANCE.names)
    assert len(provenance) == 1 + 4
    first = next(line for line in provenance if "--text-to-video.json" in line)
    assert first.startswith("2026-11-01T120000Z--text-to-video.json,aa-api-20261101-120000-t2v,,,,")
    assert "https://artificialanalysis.ai/api/v2/media/text-to-video/models/free" in first
    assert f"fetched through {api.base}/media/text-to-video/models/free" in first
    assert ",2026-11-01T12:00:00Z,2026-11-01," in first and ",aa-api-v2,text-to-video," in first
    assert f",{hashlib.sha256(api_body(GOOD)).hexdigest()},," in first
    rankings = rows(data / "rankings.csv")
    assert (
        "2026-11-01,day,Artificial Analysis,text-to-video,model-a,Model A,X,1,1290,1280,1300,,aa-t2v-1,A,"
        "aa-api-20261101-120000-t2v" in rankings
    )
    assert sum("aa-api-2026" in line for line in rankings) == 4 * 3
    assert {k: v for k, v in disk(data).items() if k.startswith("curated")} == curated_before
    # every request carried the key in the header found in the public scraper, nowhere else
    assert len(api.seen) == 4
    assert all(headers.get("x-api-key") == KEY and KEY not in path for path, headers in api.seen)
    # report: the archived 2026-10-30 snapshot is the comparison point for text-to-video
    assert "leader unchanged: Model A (1290) (vs aa-oriel-20261030-t2v (2026-10-30))" in out
    assert "Model A: 1300 -> 1290 (-10)" in out and "Model B: 1270 -> 1280 (+10)" in out
    assert "leader: Model A (1290) (no previous snapshot to compare with)" in report_of(out, "image-to-video")
    assert_key_nowhere(data)


def test_same_day_twice_stores_nothing_and_changes_no_byte(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    api.serve_all()
    assert refresh(api, capsys)[0] == 0
    after_first = disk(data)
    monkeypatch.setattr(aa_api, "utc_now", lambda: CLOCK.replace(hour=15))
    status, out, _ = refresh(api, capsys)
    assert status == 0
    assert (
        "unchanged text-to-video: same content as data/raw/aa-api/2026-11-01T120000Z--text-to-video.json"
        in out
    )
    assert "nothing new" in out
    assert disk(data) == after_first
    assert_key_nowhere(data)


def test_same_day_with_new_values_is_stored_but_rankings_keep_one_row_per_model(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    api.serve_all()
    assert refresh(api, capsys)[0] == 0
    first_file = data / "raw" / "aa-api" / "2026-11-01T120000Z--text-to-video.json"
    first_bytes = first_file.read_bytes()
    later = [("Model A", "X", 1295, 10), ("Model B", "Y", 1281, 9), ("Mochi 1", "Genmo", 1000, 0)]
    api.serve_all({"text-to-video": later})
    monkeypatch.setattr(aa_api, "utc_now", lambda: CLOCK.replace(hour=18))
    status, out, _ = refresh(api, capsys)
    assert status == 0
    assert "stored data/raw/aa-api/2026-11-01T180000Z--text-to-video.json" in out
    assert "unchanged image-to-video" in out
    assert first_file.read_bytes() == first_bytes, "the raw store is append-only"
    assert len(rows(data / "raw" / "aa-api" / "provenance.csv")) == 1 + 5
    t2v_today = [
        r
        for r in rows(data / "rankings.csv")
        if r.startswith("2026-11-01,day,Artificial Analysis,text-to-video,")
    ]
    assert len(t2v_today) == 3
    assert all("aa-api-20261101-180000-t2v" in r for r in t2v_today)
    assert any(",Model A,X,1,1295," in r for r in t2v_today)


def test_new_model_gets_unreviewed_alias_and_minimal_catalogue_row(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    aliases, models = data / "curated" / "model_aliases.csv", data / "curated" / "models.csv"
    aliases_before, models_before = aliases.read_bytes(), models.read_bytes()
    api.serve_all({"text-to-video": [*GOOD, ("Zeta Video 1.5", "Zeta Labs", 1100, 12)]})
    status, out, err = refresh(api, capsys)
    assert status == 0, err
    assert aliases.read_bytes().startswith(aliases_before) and models.read_bytes().startswith(models_before)
    added_alias = aliases.read_text()[len(aliases_before.decode()) :].splitlines()
    assert len(added_alias) == 1
    assert added_alias[0].startswith("Artificial Analysis,Zeta Video 1.5,zeta-video-1-5,unreviewed,")
    added_model = models.read_text()[len(models_before.decode()) :].splitlines()
    assert added_model == ["zeta-video-1-5,Zeta Video 1.5,,Zeta Labs,,,,,,,,aa-api-20261101-120000-t2v,"]
    assert "new model (alias added as unreviewed): Zeta Video 1.5" in report_of(out, "text-to-video")
    assert "entered the board (1): Zeta Video 1.5" in report_of(out, "text-to-video")
    assert "added alias 'Zeta Video 1.5' -> zeta-video-1-5 (unreviewed)" in out
    assert any(
        ",zeta-video-1-5,Zeta Video 1.5,Zeta Labs,3,1100,1088,1112," in r for r in rows(data / "rankings.csv")
    )


def test_new_leader_is_reported_against_the_previous_snapshot(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    api.serve_all()
    assert refresh(api, capsys)[0] == 0
    api.serve_all(
        {
            "image-to-video": [
                ("Model A", "X", 1285, 10),
                ("Model B", "Y", 1310, 9),
                ("Mochi 1", "Genmo", 1000, 0),
            ]
        }
    )
    monkeypatch.setattr(aa_api, "utc_now", lambda: CLOCK + dt.timedelta(days=1))
    status, out, _ = refresh(api, capsys)
    assert status == 0
    i2v = report_of(out, "image-to-video")
    assert (
        "NEW LEADER: Model B (1310), previously Model A (1290) in aa-api-20261101-120000-i2v (2026-11-01)"
        in i2v
    )
    assert "Model B: 1280 -> 1310 (+30)" in i2v and "Model A: 1290 -> 1285 (-5)" in i2v
    assert "NEW LEADER" not in report_of(out, "text-to-video")


def test_movers_are_not_compared_across_a_scale_epoch_break(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    epochs = data / "curated" / "scale_epochs.csv"
    text = epochs.read_text().replace("text-to-video,2025-01-01,,", "text-to-video,2025-01-01,2026-10-31,")
    epochs.write_text(text + "aa-t2v-2,Artificial Analysis,text-to-video,2026-11-01,,Mochi 1,1000,press,\n")
    build.build_all(data)
    api.serve_all()
    status, out, err = refresh(api, capsys)
    assert status == 0, err
    t2v = report_of(out, "text-to-video")
    assert "scale epoch changed (aa-t2v-1 -> aa-t2v-2): ratings are not comparable, movers not shown" in t2v
    assert "->" not in t2v.split("movers not shown", 1)[1] and "biggest movers" not in t2v


def test_dry_run_shows_changes_and_writes_nothing(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = disk(data)
    api.serve_all({"text-to-video-audio": [*GOOD, ("Zeta Video 1.5", "Zeta Labs", 1400, 12)]})
    status, out, _ = refresh(api, capsys, "--dry-run")
    assert status == 0
    assert "would store data/raw/aa-api/2026-11-01T120000Z--text-to-video-audio.json" in out
    assert "would add alias 'Zeta Video 1.5' -> zeta-video-1-5 (unreviewed)" in out
    assert "would add model zeta-video-1-5 (developer 'Zeta Labs')" in out
    assert "dry run: nothing written" in out
    assert disk(data) == before


def test_category_option_fetches_only_the_named_pools(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    api.serve_all()
    status, _, _ = refresh(api, capsys, "--category", "image-to-video", "--category", "text-to-video-audio")
    assert status == 0
    assert sorted(p.name for p in (data / "raw" / "aa-api").glob("*.json")) == [
        "2026-11-01T120000Z--image-to-video.json",
        "2026-11-01T120000Z--text-to-video-audio.json",
    ]
    assert [api.hits(pool) for pool in POOLS] == [0, 1, 1, 0]


# --- malformed responses: non-zero exit, URL + record + field named, no byte changed -----------------


def _good_records() -> list[dict]:
    return json.loads(api_body(GOOD))["data"]


def _with(index: int, **changes: object) -> bytes:
    records = _good_records()
    for name, value in changes.items():
        if value is None:
            del records[index][name]
        else:
            records[index][name] = value
    return json.dumps({"tier": "free", "data": records}).encode()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"tier": "free", "data": [{"id": "a", ', "response is not valid UTF-8 JSON"),
        (b"<html>Bad gateway</html>", "response is not JSON but an HTML page (no Content-Type)"),
        (b"[]", "response is a JSON list, expected an object"),
        (json.dumps({"tier": "free", "data": []}).encode(), "field 'data' must be a non-empty list"),
        (_with(1, elo=-5), "data[1]: field 'elo': -5 is not a number in (0, 5000)"),
        (_with(2, elo="1200"), "data[2]: field 'elo': \"1200\" is not a number"),
        (_with(0, ci_95=600), "data[0]: field 'ci_95': 600 is not a number in [0, 500)"),
        (_with(1, model_creator=None), "data[1]: field 'model_creator.name': missing or empty"),
        (_with(2, name=""), "data[2]: field 'name': \"\" is not a non-empty string"),
        (_with(2, id="id-model-a"), "data[2]: field 'id': 'id-model-a' already used by data[0]"),
    ],
)
def test_malformed_response_changes_nothing_and_names_url_record_field(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str], body: bytes, expected: str
) -> None:
    before = disk(data)
    api.serve_all()
    api.serve("image-to-video-audio", Reply(body=body))  # the last pool: the three good ones must not be kept
    status, out, err = refresh(api, capsys)
    assert status == 1
    assert f"error: {api.base}/media/image-to-video-audio/models/free: " in err
    assert expected in err
    assert "stored" not in out
    assert disk(data) == before


# --- HTTP failures -------------------------------------------------------------------------------


@pytest.mark.parametrize("code", [401, 403])
def test_rejected_key_is_a_clear_error_and_never_echoed(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str], code: int
) -> None:
    before = disk(data)
    # a careless server echoes the key back: the message must still not show it
    api.serve("text-to-video", Reply(code, json.dumps({"error": f"invalid API key {KEY}"}).encode()))
    status, _, err = refresh(api, capsys)
    assert status == 2, "a rejected key exits 2, as the README says"
    assert f"error: key rejected (HTTP {code}) by {api.base}/media/text-to-video/models/free" in err
    assert "check ARTIFICIAL_ANALYSIS_API_KEY" in err and "invalid API key ***" in err
    assert api.hits("text-to-video") == 1, "a rejected key is not retried"
    assert sum(api.hits(pool) for pool in POOLS) == 1, "nor are the other pools tried with it"
    assert disk(data) == before


def test_429_waits_for_retry_after_seconds_then_succeeds(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str], sleeps: list[float]
) -> None:
    api.serve_all()
    api.serve("text-to-video", Reply(429, b"slow down", {"Retry-After": "7"}), Reply(body=api_body(GOOD)))
    status, _, err = refresh(api, capsys)
    assert status == 0, err
    assert sleeps == [7.0]
    assert api.hits("text-to-video") == 2
    assert (data / "raw" / "aa-api" / "2026-11-01T120000Z--text-to-video.json").read_bytes() == api_body(GOOD)


def test_429_with_http_date_retry_after(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str], sleeps: list[float]
) -> None:
    when = email.utils.format_datetime(CLOCK + dt.timedelta(seconds=12), usegmt=True)
    api.serve_all()
    api.serve("image-to-video", Reply(429, headers={"Retry-After": when}), Reply(body=api_body(GOOD)))
    assert refresh(api, capsys)[0] == 0
    assert sleeps == [12.0]


def test_429_with_too_long_retry_after_stops_without_writing(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str], sleeps: list[float]
) -> None:
    before = disk(data)
    api.serve_all()
    api.serve("text-to-video", Reply(429, headers={"Retry-After": "3600"}))
    status, _, err = refresh(api, capsys)
    assert status == 1
    assert "rate limited (HTTP 429) by" in err and "asks to wait 3600 s (more than 60 s)" in err
    assert sleeps == [] and disk(data) == before


def test_429_without_end_gives_up_after_bounded_attempts(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str], sleeps: list[float]
) -> None:
    before = disk(data)
    api.serve("text-to-video", Reply(429, headers={"Retry-After": "1"}))
    status, _, err = refresh(api, capsys)
    assert status == 1
    assert "rate limited (HTTP 429)" in err and "gave up after 3 attempts" in err
    assert api.hits("text-to-video") == 3 and sleeps == [1.0, 1.0]
    assert disk(data) == before


def test_500_is_retried_with_backoff_then_a_clear_error(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str], sleeps: list[float]
) -> None:
    before = disk(data)
    api.serve_all()
    api.serve("text-to-video-audio", Reply(500, b"internal error"))
    status, _, err = refresh(api, capsys)
    assert status == 1
    assert (
        f"error: server error (HTTP 500) from {api.base}/media/text-to-video-audio/models/free; "
        "gave up after 3 attempts" in err
    )
    assert api.hits("text-to-video-audio") == 3
    assert sleeps == [0.01, 0.02], "exponential backoff between attempts"
    assert disk(data) == before


def test_transient_503_then_200_succeeds(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str], sleeps: list[float]
) -> None:
    api.serve_all()
    api.serve("image-to-video", Reply(503), Reply(502), Reply(body=api_body(GOOD)))
    assert refresh(api, capsys)[0] == 0
    assert api.hits("image-to-video") == 3 and sleeps == [0.01, 0.02]


def test_timeout_is_a_clear_error_naming_the_url(
    api: FakeApi,
    data: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    sleeps: list[float],
) -> None:
    before = disk(data)
    monkeypatch.setattr(aa_api, "DEFAULT_POLICY", aa_api.RetryPolicy(timeout_s=0.3, attempts=2, backoff_s=0))
    api.serve("text-to-video", Reply(body=api_body(GOOD), delay_s=30))
    status, _, err = refresh(api, capsys)
    assert status == 1
    assert (
        "error: timed out (no complete answer within 0.3 s) from "
        f"{api.base}/media/text-to-video/models/free; gave up after 2 attempts" in err
    )
    assert disk(data) == before


def test_connection_refused_is_a_clear_error(
    data: Path, capsys: pytest.CaptureFixture[str], sleeps: list[float]
) -> None:
    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    before = disk(data)
    base = f"http://127.0.0.1:{port}/api/v2"
    status = refresh_command.main(["--api-url", base])
    out, err = capsys.readouterr()
    assert status == 1
    assert f"error: cannot connect to {base}/media/text-to-video/models/free: connection refused" in err
    assert "gave up after 3 attempts" in err
    assert f"error: {base}/media/image-to-video/models/free: not requested: the server is unreachable" in err
    assert sleeps == [0.01, 0.02], "the other pools of the same server are not retried in vain"
    assert KEY not in out + err and disk(data) == before


def test_redirect_is_not_followed_so_the_key_header_stays_home(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    api.serve("text-to-video", Reply(302, headers={"Location": "http://elsewhere.invalid/steal"}))
    status, _, err = refresh(api, capsys)
    assert status == 1 and "unexpected redirect (HTTP 302)" in err
    assert api.hits("text-to-video") == 1


def test_missing_key_exits_2_before_any_request(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(aa_api.KEY_ENV)
    before = disk(data)
    status, _, err = refresh(api, capsys)
    assert status == 2
    assert "error: ARTIFICIAL_ANALYSIS_API_KEY is not set" in err
    assert api.seen == [] and disk(data) == before


def test_unsendable_key_exits_2_without_showing_it(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(aa_api.KEY_ENV, f"{KEY}\n{KEY}")
    status, _, err = refresh(api, capsys)  # refresh() asserts the key is absent from the output
    assert status == 2 and "(value not shown)" in err and api.seen == []


# --- the rebuild fails: every file put back -----------------------------------------------------------


def test_failed_rebuild_rolls_back_snapshot_provenance_aliases_and_models(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    epochs = data / "curated" / "scale_epochs.csv"
    # the image-to-video epoch ends before the fetch day: the build must refuse the new rows
    epochs.write_text(
        epochs.read_text().replace("image-to-video,2025-01-01,,", "image-to-video,2025-01-01,2026-10-31,")
    )
    build.build_all(data)
    before = disk(data)
    api.serve_all({"text-to-video": [*GOOD, ("Zeta Video 1.5", "Zeta Labs", 1100, 12)]})
    status, out, err = refresh(api, capsys)
    assert status == 1
    assert "rebuild failed, so nothing was kept" in err
    assert "0 scale epochs cover Artificial Analysis / image-to-video on 2026-11-01" in err
    assert "warning: no single scale epoch covers Artificial Analysis / image-to-video" in out
    assert disk(data) == before
    assert not (data / "raw" / "aa-api").exists()


# --- the real entry point -------------------------------------------------------------------------


def test_cli_main_reaches_refresh(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(aa_api.KEY_ENV)
    assert cli.main(["refresh"]) == 2
    assert "error: ARTIFICIAL_ANALYSIS_API_KEY is not set" in capsys.readouterr().err


def _console(args: list[str], root: Path, key: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower() and k != aa_api.KEY_ENV}
    env[paths.DATA_ENV] = str(root)
    if key is not None:
        env[aa_api.KEY_ENV] = key
    script = paths.project_root() / ".venv" / "bin" / "videomarket"
    return subprocess.run([str(script), *args], env=env, capture_output=True, text=True, timeout=300)


def test_console_script_end_to_end(api: FakeApi, tmp_path: Path, template: Path) -> None:
    root = make_data_dir(tmp_path / "cli-data", template)
    api.serve_all()
    done = _console(["refresh", "--category", "text-to-video", "--api-url", api.base], root, KEY)
    assert done.returncode == 0, done.stderr
    assert KEY not in done.stdout + done.stderr
    stored = list((root / "raw" / "aa-api").glob("*--text-to-video.json"))
    assert len(stored) == 1 and stored[0].read_bytes() == api_body(GOOD)
    assert f"stored data/raw/aa-api/{stored[0].name}" in done.stdout
    assert any(",aa-api-" in line for line in rows(root / "rankings.csv"))
    assert_key_nowhere(root)


def test_console_script_without_key_exits_2(tmp_path: Path, template: Path) -> None:
    root = make_data_dir(tmp_path / "cli-data", template)
    before = disk(root)
    missing = _console(["refresh"], root, None)
    assert missing.returncode == 2 and "ARTIFICIAL_ANALYSIS_API_KEY is not set" in missing.stderr
    assert disk(root) == before


# --- pieces -----------------------------------------------------------------------------------------


def test_retry_after_parses_seconds_and_http_dates() -> None:
    assert aa_api.retry_after_seconds("30", CLOCK) == 30.0
    assert aa_api.retry_after_seconds("Sun, 01 Nov 2026 12:00:45 GMT", CLOCK) == 45.0
    assert aa_api.retry_after_seconds("Sun, 01 Nov 2026 11:00:00 GMT", CLOCK) == 0.0
    assert aa_api.retry_after_seconds("soon", CLOCK) is None
    assert aa_api.retry_after_seconds(None, CLOCK) is None


def test_canonical_id_from_slug_then_name_then_id() -> None:
    assert canonical_id("Kling 3.0 1080p (Pro)", "kling-3-0-1080p-pro") == "kling-3-0-1080p-pro"
    assert canonical_id("Veo 3.1", "Veo_3.1 Fast!") == "veo-3.1-fast"
    assert canonical_id("Vidu Q3", "---") == "vidu-q3"
    assert canonical_id("可灵", "", "abc123") == "abc123"
    taken = frozenset({"seedance-2-0"})
    assert (
        canonical_id("Dreamina Seedance 2.0 720p", "seedance-2-0", "u1", taken)
        == "dreamina-seedance-2.0-720p"
    )


def test_new_name_whose_slug_is_taken_on_the_same_board_gets_its_own_id(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = _good_records()
    records.append({**records[0], "id": "id-a-1080", "name": "Model A 1080p", "elo": 1295})  # same slug
    api.serve_all()
    api.serve("text-to-video", Reply(body=json.dumps({"tier": "free", "data": records}).encode()))
    status, out, err = refresh(api, capsys)
    assert status == 0, err
    assert "added alias 'Model A 1080p' -> model-a-1080p (unreviewed)" in out
    assert any(",model-a-1080p,Model A 1080p,X,1,1295," in r for r in rows(data / "rankings.csv"))


def test_aa_api_v2_reader_takes_snapshot_time_from_provenance(tmp_path: Path) -> None:
    path = tmp_path / "snap.json"
    path.write_bytes(api_body(GOOD))
    prov = {"category": "image-to-video", "source_id": "s", "snapshot_time": "2026-11-01T23:59:59Z"}
    board = read_aa_api_v2(path, prov)
    assert board["snapshot_date"].astype(str).tolist() == ["2026-11-01"] * 3
    assert board["rank"].tolist() == [1, 2, 3]
    assert board[["ci_low", "ci_high"]].iloc[0].tolist() == [1280, 1300]
    with pytest.raises(RawFormatError, match="no snapshot_time"):
        read_aa_api_v2(path, {**prov, "snapshot_time": None})


def _fetched(body: bytes) -> aa_api.Fetched:
    return aa_api.Fetched(
        "text-to-video", "https://example.test/media/text-to-video/models/free", body, CLOCK
    )


def test_validation_accepts_integer_ids_and_lists_every_problem() -> None:
    records = _good_records()
    for number, record in enumerate(records):
        record["id"] = number + 1
    assert len(aa_api.parse_leaderboard(_fetched(json.dumps({"data": records}).encode()))) == 3
    records[0].update(id=True, elo=20, ci_95=25)
    records[2]["name"] = "Model A"
    with pytest.raises(aa_api.ApiError) as caught:
        aa_api.parse_leaderboard(_fetched(json.dumps({"data": records}).encode()))
    message = str(caught.value)
    assert message.startswith("https://example.test/media/text-to-video/models/free: 3 problem(s)")
    assert "data[0]: field 'id': true is not a non-empty string or an integer" in message
    assert "data[0]: field 'ci_95': 25 is larger than elo 20" in message
    assert "data[2]: field 'name': 'Model A' already used by data[0]" in message


def test_failed_write_puts_back_what_was_already_written(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = disk(data)
    api.serve_all({"text-to-video": [*GOOD, ("Zeta Video 1.5", "Zeta Labs", 1100, 12)]})
    real_write = refresh_store.atomic_write_bytes

    def fail_on_models(path: Path, payload: bytes) -> Path:
        if path.name == "models.csv" and payload != before["curated/models.csv"]:
            raise OSError(28, "No space left on device")
        return real_write(path, payload)

    monkeypatch.setattr(refresh_store, "atomic_write_bytes", fail_on_models)
    status, _, err = refresh(api, capsys)
    assert status == 1
    assert "writing failed, so nothing was kept" in err and "No space left on device" in err
    assert disk(data) == before


# --- bounded in time, said on stderr, partial failures, the lock -----------------------------------------


def test_each_attempt_and_each_retry_with_its_wait_is_a_line_on_stderr(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str], sleeps: list[float]
) -> None:
    api.serve_all()
    api.serve("image-to-video", Reply(503), Reply(body=api_body(GOOD)))
    status, _, err = refresh(api, capsys, "--category", "image-to-video")
    assert status == 0, err
    url = f"{api.base}/media/image-to-video/models/free"
    assert err.splitlines() == [
        f"image-to-video: GET {url} (attempt 1, up to 2 s)",
        f"image-to-video: server error (HTTP 503) from {url}; retrying in 0.01 s",
        f"image-to-video: GET {url} (attempt 2, up to 2 s)",
    ]


def test_html_login_page_with_status_200_is_named_with_its_first_characters_key_masked(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = disk(data)
    page = f"<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>key {KEY} expired</body></html>"
    api.serve_all()
    api.serve("text-to-video", Reply(200, page.encode(), {"Content-Type": "text/html; charset=utf-8"}))
    status, _, err = refresh(api, capsys)  # refresh() asserts the key is nowhere in the output
    assert status == 1
    kind = "text/html; charset=utf-8"
    assert f"response is not JSON but an HTML page ({kind}): a login, error or proxy page" in err
    assert "it starts: '<!DOCTYPE html> <html><head><title>Sign in</title>" in err
    assert "key *** expired" in err
    assert disk(data) == before


def test_some_pools_failing_names_the_good_ones_and_the_command_that_stores_them(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str], sleeps: list[float]
) -> None:
    before = disk(data)
    api.serve_all()
    api.serve("image-to-video", Reply(500, b"internal error"))
    status, out, err = refresh(api, capsys)
    assert status == 1
    assert f"error: server error (HTTP 500) from {api.base}/media/image-to-video/models/free" in err
    assert "refresh stopped: 1 of 4 pool(s) failed (image-to-video); nothing was written" in err
    good = "text-to-video text-to-video-audio image-to-video-audio"
    assert "fetched and checked: text-to-video, text-to-video-audio, image-to-video-audio" in err
    suggested = f"videomarket refresh --category {good} --api-url {api.base}"
    assert f"To store only those, run:\n  {suggested}\n" in err
    assert [api.hits(pool) for pool in POOLS] == [1, 3, 1, 1], "every pool was tried"
    assert "stored" not in out and disk(data) == before
    # the suggested command does what it says
    status, out, err = refresh(api, capsys, *suggested.split()[2:])
    assert status == 0, err
    assert sorted(p.name.split("--")[1] for p in (data / "raw" / "aa-api").glob("*.json")) == sorted(
        f"{pool}.json" for pool in good.split()
    )


@pytest.mark.parametrize("value", ["0", "-1", "abc", "nan", "inf"])
def test_timeout_and_deadline_must_be_positive_seconds(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    for option in ("--timeout", "--deadline"):
        with pytest.raises(SystemExit) as done:
            refresh_command.main(["--api-url", api.base, option, value])
        assert done.value.code == 2
        assert "expected a positive number of seconds" in capsys.readouterr().err
    assert api.seen == []


def test_unknown_category_lists_the_allowed_pools(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        refresh_command.main(["--category", "t2v"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 't2v' (choose from 'text-to-video', 'image-to-video', " in err


def test_a_trickling_server_cannot_hold_the_command_past_the_deadline(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One byte every 0.25 s never trips a 30 s read timeout; the deadline still ends the run."""
    before = disk(data)
    for pool in POOLS:
        api.serve(pool, Reply(body=api_body(GOOD), trickle_s=0.25))
    started = time.monotonic()
    status, _, err = refresh(api, capsys, "--timeout", "30", "--deadline", "1")
    elapsed = time.monotonic() - started
    assert status == 1 and elapsed < 3, f"took {elapsed:.1f} s"
    # the attempt may take what is left of the deadline: 1 s, or a hair less on a loaded machine
    assert re.search(r"timed out \(no complete answer within (1|0\.9\d*) s\)", err), err
    assert "not requested: the 1 s deadline (--deadline) has passed" in err
    assert disk(data) == before


def test_timeout_bounds_the_whole_response_not_each_read(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    api.serve("text-to-video", Reply(body=api_body(GOOD), trickle_s=0.1))
    started = time.monotonic()
    status, _, err = refresh(api, capsys, "--category", "text-to-video", "--timeout", "0.5")
    assert status == 1 and time.monotonic() - started < 4
    assert "timed out (no complete answer within 0.5 s)" in err and "gave up after 3 attempts" in err


def test_key_rejected_on_a_later_pool_exits_2_without_trying_the_rest(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = disk(data)
    api.serve_all()
    api.serve("image-to-video", Reply(401, b'{"error": "invalid key"}'))
    status, _, err = refresh(api, capsys)
    assert status == 2 and "key rejected (HTTP 401)" in err
    assert [api.hits(pool) for pool in POOLS] == [1, 1, 0, 0]
    assert disk(data) == before


def test_a_second_refresh_exits_at_once_while_the_lock_is_held(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lock = data / ".refresh.lock"
    lock.write_text(json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "started": "now"}))
    before = disk(data)
    api.serve_all()
    status, _, err = refresh(api, capsys)
    assert status == 1
    assert f"error: another refresh is running (process {os.getpid()} on {socket.gethostname()}" in err
    assert f"delete {lock} and run again" in err
    assert api.seen == [] and disk(data) == before


def test_a_stale_lock_of_a_dead_process_is_removed_and_the_refresh_goes_on(
    api: FakeApi, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dead = subprocess.Popen(["true"])  # a process id that no longer runs
    dead.wait()
    lock = data / ".refresh.lock"
    lock.write_text(json.dumps({"pid": dead.pid, "host": socket.gethostname(), "started": "earlier"}))
    api.serve_all()
    status, _, err = refresh(api, capsys, "--category", "text-to-video")
    assert status == 0, err
    assert f"removed a stale lock {lock} (process {dead.pid} on {socket.gethostname()}" in err
    assert not lock.exists(), "the refresh removes its own lock when done"


def test_a_server_that_never_answers_ends_within_the_deadline(
    api: FakeApi, tmp_path: Path, template: Path
) -> None:
    """The acceptance case, through the console script with the real retry policy.

    The time limit is checked against a baseline in the same test: the same command against a server
    that answers at once. Start-up (Python, pandas) takes seconds on a loaded machine; the deadline must
    bound what comes after it."""
    api.serve_all()
    started = time.monotonic()
    quick = _console(["refresh", "--api-url", api.base], make_data_dir(tmp_path / "quick", template), KEY)
    baseline = time.monotonic() - started
    assert quick.returncode == 0, quick.stderr
    root = make_data_dir(tmp_path / "cli-data", template)
    before = disk(root)
    for pool in POOLS:
        api.serve(pool, Reply(body=api_body(GOOD), delay_s=60))
    started = time.monotonic()
    # short limits keep the test loop fast; the policy is the same at any scale
    done = _console(["refresh", "--api-url", api.base, "--timeout", "0.5", "--deadline", "1.5"], root, KEY)
    elapsed = time.monotonic() - started
    # the deadline (1.5 s) plus one timeout's grace, beyond what the quick run took
    assert done.returncode == 1, done.stderr
    assert elapsed < baseline + 1.5 + 0.5 + 2.0, f"{elapsed:.1f} s against a baseline of {baseline:.1f} s"
    assert "timed out (no complete answer within 0.5 s)" in done.stderr
    assert "deadline" in done.stderr and "nothing was written" in done.stderr
    assert KEY not in done.stdout + done.stderr
    assert disk(root) == before


def _console_in_background(args: list[str], root: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update({paths.DATA_ENV: str(root), aa_api.KEY_ENV: KEY})
    script = paths.project_root() / ".venv" / "bin" / "videomarket"
    return subprocess.Popen(
        [str(script), *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _wait_for(path: Path, seconds: float = 30) -> None:
    stop = time.monotonic() + seconds
    while not path.exists():
        assert time.monotonic() < stop, f"{path} never appeared"
        time.sleep(0.05)


def test_two_refreshes_at_once_the_second_exits_at_once(api: FakeApi, tmp_path: Path, template: Path) -> None:
    root = make_data_dir(tmp_path / "cli-data", template)
    api.serve_all()
    release = threading.Event()  # the first refresh's answer waits for it, however slow the machine
    api.serve("text-to-video", Reply(body=api_body(GOOD), hold=release))
    first = _console_in_background(["refresh", "--api-url", api.base, "--category", "text-to-video"], root)
    _wait_for(root / ".refresh.lock")
    second = _console(["refresh", "--api-url", api.base, "--category", "image-to-video"], root, KEY)
    first_still_running = first.poll() is None
    release.set()
    assert second.returncode == 1 and first_still_running, "the second refresh waited for the first"
    assert "another refresh is running (process" in second.stderr
    _, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    assert api.hits("image-to-video") == 0 and not (root / ".refresh.lock").exists()


def test_kill_puts_every_file_back_and_removes_the_lock(api: FakeApi, tmp_path: Path, template: Path) -> None:
    root = make_data_dir(tmp_path / "cli-data", template)
    before = disk(root)
    for pool in POOLS:
        api.serve(pool, Reply(body=api_body(GOOD), delay_s=60))
    running = _console_in_background(["refresh", "--api-url", api.base], root)
    _wait_for(root / ".refresh.lock")
    running.send_signal(signal.SIGTERM)
    # generous under load (CI saw 30 s run out); the exit status proves the clean-up path handled the
    # signal, not a timed-out fetch (1) or the default action (-15)
    running.communicate(timeout=120)
    assert running.returncode == 128 + signal.SIGTERM
    assert disk(root) == before
