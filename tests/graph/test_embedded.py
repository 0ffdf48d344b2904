"""Embedded ArcadeDB: one engine process per folder, shared, outliving its starter, stopped cleanly.

These tests run real processes: the command line, ``munigraph serve``, gunicorn, and the
engine itself, which they stop, kill and watch restart.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import stat
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from munigraph.graph import embedded
from munigraph.graph.facts import Batch, Entity
from munigraph.graph.store import Store

from tests.conftest import TWINNING, needs_shared

MUNIGRAPH = [sys.executable, "-m", "munigraph"]
SLOW = 600  # seconds: an engine starts in seconds, or in tens of them on a busy machine


def _env(**extra: str) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    environment.update(extra)
    return environment


def run_cli(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [*MUNIGRAPH, *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=SLOW, env=_env(**(env or {})))


def start_cli(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    command = [*MUNIGRAPH, *map(str, args)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(**(env or {})))


def runtime(db: Path) -> dict:
    return json.loads((db / embedded.RUNTIME_FILE).read_text())


def engine_running(db: Path) -> bool:
    with open(db / embedded.ENGINE_LOCK, "a+") as handle:
        return embedded._engine_running(handle)


def wait_for(condition, what: str, seconds: float = SLOW) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


def listening_ports(pid: int) -> set[int]:
    """TCP ports process ``pid`` listens on (from /proc: no tool needed)."""
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        with contextlib.suppress(OSError):
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=SLOW) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[Path]:
    """A folder with the demo loaded; its engine is stopped at the end."""
    db = tmp_path / "graph"
    result = run_cli("load", "--demo", "--db", db, env={"MUNIGRAPH_ENGINE_IDLE": "600"})
    assert result.returncode == 0, result.stderr
    yield db
    embedded.stop(db)


def test_engine_files_are_private_and_only_bolt_listens(session_store: Store) -> None:
    root = session_store.data_folder
    assert root is not None
    assert stat.S_IMODE((root / embedded.CREDENTIALS_FILE).stat().st_mode) == 0o600
    assert stat.S_IMODE((root / embedded.RUNTIME_FILE).stat().st_mode) == 0o600
    info = runtime(root)
    assert info["pid"] != os.getpid()  # the engine is a process of its own
    assert session_store.uri == f"bolt://127.0.0.1:{info['bolt_port']}"
    assert info["bolt_port"] != 7687  # never the fixed Bolt port
    # ArcadeDB's HTTP API and Studio are shut: Bolt is the one port the engine opens
    assert listening_ports(info["pid"]) == {info["bolt_port"]}


def test_second_process_attaches_to_the_running_store(store: Store) -> None:
    store.write(Batch("t", [Entity("City", "city:geonames:2747373", "The Hague", ["La Haye"])]))
    result = run_cli("cypher", "MATCH (c:City) RETURN c.name AS name", "--db", store.label, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [{"name": "The Hague"}]
    assert runtime(store.data_folder)["pid"] == store._attachment.endpoint.pid  # the same engine


def test_an_engine_started_by_code_with_another_schema_is_restarted_at_open(tmp_path: Path) -> None:
    """Its indexes are made when it starts: code whose model asks for more starts it again."""
    db = tmp_path / "db"
    with Store.open(str(db)) as first:
        first.write(Batch("t", [Entity("City", "city:x", "Xanten")]))
    older = {**runtime(db), "schema": "an older model"}
    embedded.write_private(db / embedded.RUNTIME_FILE, older)
    try:
        with Store.open(str(db)) as second:
            assert second._attachment.endpoint.pid != older["pid"]
            assert runtime(db)["schema"] != "an older model"
            assert second.read("MATCH (c:City) RETURN c.name AS name") == [{"name": "Xanten"}]
    finally:
        embedded.stop(db)


def test_two_stores_side_by_side(tmp_path: Path) -> None:
    first, second = Store.open(str(tmp_path / "a")), Store.open(str(tmp_path / "b"))
    try:
        assert first.uri != second.uri
        first.write(Batch("t", [Entity("City", "city:x", "X")]))
        assert (first.counts()["nodes"]["City"], second.counts()["nodes"]["City"]) == (1, 0)
    finally:
        for store in (first, second):
            store.close()
            embedded.stop(store.data_folder)


def test_engine_outlives_its_starter_then_stops_on_request_and_when_idle(demo_db: Path) -> None:
    started_by_load = runtime(demo_db)["pid"]
    assert engine_running(demo_db)  # the load has ended, its engine has not
    stats = run_cli("stats", "--db", demo_db, "--format", "json", env={"MUNIGRAPH_ENGINE_IDLE": "1"})
    assert stats.returncode == 0, stats.stderr
    cities = json.loads(stats.stdout)["nodes"]["City"]
    assert cities > 0 and runtime(demo_db)["pid"] == started_by_load  # a warm engine answered

    stopped = run_cli("stop", "--db", demo_db)
    assert stopped.returncode == 0 and f"process {started_by_load}" in stopped.stderr
    assert not engine_running(demo_db) and not (demo_db / embedded.RUNTIME_FILE).exists()
    assert "no engine runs" in run_cli("stop", "--db", demo_db).stderr

    # no lock left behind: the next command starts a new engine, which stops once unused
    again = run_cli("stats", "--db", demo_db, "--format", "json", env={"MUNIGRAPH_ENGINE_IDLE": "1"})
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["nodes"]["City"] == cities
    wait_for(lambda: not engine_running(demo_db), "the idle engine to stop", seconds=120)
    assert not (demo_db / embedded.RUNTIME_FILE).exists()
    assert "unused for 1 s" in (demo_db / embedded.LOG_FILE).read_text()


def test_sigterm_stops_the_engine_cleanly_and_the_folder_opens_again(demo_db: Path) -> None:
    pid = runtime(demo_db)["pid"]
    os.kill(pid, signal.SIGTERM)
    wait_for(lambda: not engine_running(demo_db), "the engine to stop")
    assert not (demo_db / embedded.RUNTIME_FILE).exists()
    result = run_cli("stats", "--db", demo_db, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["nodes"]["City"] > 0


def test_serve_keeps_answering_after_the_command_that_started_the_engine_exits(tmp_path: Path) -> None:
    db, port = tmp_path / "graph", free_port()
    load = start_cli("load", "--demo", "--db", db, env={"MUNIGRAPH_ENGINE_IDLE": "600"})
    serve = None
    try:
        wait_for(lambda: (db / embedded.RUNTIME_FILE).exists() or load.poll() is not None, "the engine")
        serve = start_cli("serve", "--db", db, "--port", str(port))
        _, load_err = load.communicate(timeout=SLOW)
        assert load.returncode == 0, load_err
        for path in ("/", "/search?q=Lyon&format=json", "/entity/org:uclg", "/queries"):
            status, body = _get_when_up(f"http://127.0.0.1:{port}{path}", serve)
            assert status == 200, (path, body[:300])
        assert json.loads(get(f"http://127.0.0.1:{port}/search?q=Lyon&format=json")[1])
    finally:
        load.kill()
        if serve:
            serve.terminate()
            serve.wait(timeout=60)
        embedded.stop(db)


def _get_when_up(url: str, process: subprocess.Popen[str]) -> tuple[int, str]:
    deadline = time.monotonic() + SLOW
    while True:
        try:
            return get(url)
        except OSError:
            assert process.poll() is None, process.communicate()[1]
            assert time.monotonic() < deadline
            time.sleep(0.3)


def _sample(source: Path, target: Path, country: str, rows: int) -> Path:
    lines = source.read_text(encoding="utf-8").splitlines()
    sep = "\t" if source.suffix == ".tsv" else ","
    picked = [line for line in lines[1:] if f"{sep}{country}{sep}" in line][:rows]
    target.write_text("\n".join([lines[0], *picked]) + "\n", encoding="utf-8")
    return target


def test_two_loads_started_together_both_end_with_full_counts(tmp_path: Path) -> None:
    needs_shared(TWINNING)
    # the pair of the report, French rows of each: many cities in common
    first = _sample(TWINNING / "wikipedia-2026" / "app_public_twin_cities.csv", tmp_path / "wp.csv", "France", 300)
    second = _sample(TWINNING / "wikidata-eu-2018" / "sistercities.tsv", tmp_path / "wd.tsv", "France", 300)
    db = tmp_path / "graph"
    try:
        assert run_cli("stats", "--db", db).returncode == 0  # the engine is up before both start
        loads = [start_cli("load", path, "--db", db, "--format", "json") for path in (first, second)]
        outcomes = [load.communicate(timeout=SLOW) for load in loads]
        for load, (out, err) in zip(loads, outcomes, strict=True):
            assert load.returncode == 0, err
            assert json.loads(out)[0]["relationships"] > 0
        together = json.loads(run_cli("stats", "--db", db, "--format", "json").stdout)

        assert run_cli("reset", "--yes", "--db", db).returncode == 0
        one_after_the_other = run_cli("load", first, second, "--db", db)
        assert one_after_the_other.returncode == 0, one_after_the_other.stderr
        assert json.loads(run_cli("stats", "--db", db, "--format", "json").stdout) == together
    finally:
        embedded.stop(db)


def test_a_load_waits_for_the_load_running_on_the_folder_and_says_so(store: Store, tmp_path: Path) -> None:
    curated = tmp_path / "one.yaml"
    curated.write_text("source: wait-test\nentities:\n  - {kind: City, id: 'city:wait-test', name: Waitville}\n")
    with store.exclusive("the load of big.csv"):
        waiting = start_cli("load", curated, "--db", store.label)
        assert waiting.stderr is not None
        line = waiting.stderr.readline()  # blocks until the load says it waits
        assert "waiting for the load of big.csv" in line and f"process {os.getpid()}" in line
        assert waiting.poll() is None
    _, err = waiting.communicate(timeout=SLOW)
    assert waiting.returncode == 0, err
    assert store.read("MATCH (c:City {id: 'city:wait-test'}) RETURN c.name AS n") == [{"n": "Waitville"}]


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError):
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    found.append(int(entry))
    return found


def test_gunicorn_workers_share_one_engine_that_survives_a_worker_and_comes_back_after_a_kill(
    demo_db: Path,
) -> None:
    pytest.importorskip("gunicorn")
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "--workers", "2", "--timeout", str(SLOW)]
    command += ["--bind", f"127.0.0.1:{port}", "munigraph.webapp.wsgi:app"]
    server = subprocess.Popen(
        command, env=_env(MUNIGRAPH_DB=str(demo_db)), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    url = f"http://127.0.0.1:{port}/search?q=Lyon&format=json"
    try:
        assert _get_when_up(url, server)[0] == 200
        engine = runtime(demo_db)["pid"]
        workers = _children(server.pid)
        assert len(workers) == 2 and engine not in workers  # the engine belongs to no worker

        os.kill(workers[0], signal.SIGKILL)
        assert all(get(url)[0] == 200 for _ in range(10))
        assert runtime(demo_db)["pid"] == engine  # the workers still share the one engine

        os.kill(engine, signal.SIGKILL)
        wait_for(lambda: not engine_running(demo_db), "the killed engine to be gone")
        statuses = [get(url)[0] for _ in range(10)]
        assert statuses == [200] * 10
        assert runtime(demo_db)["pid"] != engine  # started again by the first request after the kill
    finally:
        server.terminate()
        server.wait(timeout=60)
