"""Embedded ArcadeDB: free ports, private credentials, attach from a second process, clean shutdown."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

from munigraph.graph import embedded
from munigraph.graph.facts import Batch, Entity
from munigraph.graph.store import Store

MUNIGRAPH = [sys.executable, "-m", "munigraph"]


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    environment.update(env or {})
    return subprocess.run([*MUNIGRAPH, *args], capture_output=True, text=True, timeout=120, env=environment)


def test_credentials_are_private_and_port_is_free(session_store: Store) -> None:
    root = Path(session_store.label)
    creds = root / embedded.CREDENTIALS_FILE
    assert stat.S_IMODE(creds.stat().st_mode) == 0o600
    assert stat.S_IMODE((root / embedded.RUNTIME_FILE).stat().st_mode) == 0o600
    runtime = json.loads((root / embedded.RUNTIME_FILE).read_text())
    assert runtime["pid"] == os.getpid()
    assert session_store.uri == f"bolt://127.0.0.1:{runtime['bolt_port']}"
    assert runtime["bolt_port"] != 7687  # never the fixed Bolt port


def test_second_process_attaches_to_the_running_store(store: Store) -> None:
    store.write(Batch("t", [Entity("City", "city:geonames:2747373", "The Hague", ["La Haye"])]))
    result = run_cli("cypher", "MATCH (c:City) RETURN c.name AS name", "--db", store.label, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [{"name": "The Hague"}]


def test_two_stores_side_by_side(tmp_path: Path) -> None:
    first, second = Store.open(str(tmp_path / "a")), Store.open(str(tmp_path / "b"))
    try:
        assert first.uri != second.uri
        first.write(Batch("t", [Entity("City", "city:x", "X")]))
        assert (first.counts()["nodes"]["City"], second.counts()["nodes"]["City"]) == (1, 0)
    finally:
        for store in (first, second):
            store.close()
            embedded.stop(store.label)


def test_sigterm_shuts_down_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "served"
    code = (
        "import time, sys\n"
        "from graph.store import Store\n"
        f"s = Store.open({str(db)!r})\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    assert (db / embedded.RUNTIME_FILE).exists()
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 128 + signal.SIGTERM
    assert not (db / embedded.RUNTIME_FILE).exists()
    # no lock left behind: the folder opens again at once
    started = time.perf_counter()
    result = run_cli("stats", "--db", str(db), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["nodes"]["City"] == 0
    assert time.perf_counter() - started < 120
