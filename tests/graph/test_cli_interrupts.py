"""What a user sees when a load is stopped or fed bad files: one line each, the graph as it was."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from munigraph.graph import store as store_module
from munigraph.graph.store import Store
from munigraph.loaders import DEMO_DIR

from munigraph.cli import main

INTERRUPTED = "munigraph: interrupted; the graph is as it was before this command's last source\n"
CURATED = DEMO_DIR / "uclg.yaml"
TWINNING = DEMO_DIR / "twinning" / "wikipedia-2026-sample.csv"


def _export(store: Store, capsys: pytest.CaptureFixture[str], timeless: bool = True) -> dict:
    """The node-link export; ``timeless``: without the times merges were made (a rerun's are later)."""
    capsys.readouterr()
    assert main(["export", "--format", "json", "--db", store.label]) == 0
    data = json.loads(capsys.readouterr().out)
    for node in data["nodes"] if timeless else ():
        node.pop("merged_at", None)
    return data


def test_sigterm_in_the_middle_of_a_write_says_what_ctrl_c_says(
    store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["load", str(CURATED), "--db", store.label]) == 0
    before = _export(store, capsys)
    real_chunks, calls = store_module._chunks, []

    def chunks_then_sigterm(rows, *args):  # the third group of rows is written inside the open transaction
        calls.append(len(rows))
        if len(calls) == 3:
            os.kill(os.getpid(), signal.SIGTERM)
        yield from real_chunks(rows, *args)

    monkeypatch.setattr(store_module, "_chunks", chunks_then_sigterm)
    assert main(["load", str(TWINNING), "--db", store.label]) == 143
    assert len(calls) == 3
    assert capsys.readouterr().err == INTERRUPTED
    monkeypatch.setattr(store_module, "_chunks", real_chunks)
    assert _export(store, capsys) == before
    assert main(["load", str(TWINNING), "--db", store.label]) == 0
    rerun = _export(store, capsys)
    store.reset()  # the same commands, never interrupted
    assert main(["load", str(CURATED), "--db", store.label]) == 0
    assert main(["load", str(TWINNING), "--db", store.label]) == 0
    assert _export(store, capsys) == rerun


def test_loading_the_same_file_again_changes_nothing(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["load", str(TWINNING), "--db", store.label]) == 0
    once = _export(store, capsys, timeless=False)
    assert main(["load", str(TWINNING), "--db", store.label]) == 0
    assert _export(store, capsys, timeless=False) == once


def test_pdf_library_noise_goes_to_the_log_not_the_terminal(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfWriter

    writer, buffer = PdfWriter(), io.BytesIO()
    writer.add_blank_page(200, 200)
    writer.write(buffer)
    path = tmp_path / "truncated.pdf"
    path.write_bytes(buffer.getvalue().replace(b"%%EOF", b""))
    assert main(["load", str(path), "--db", store.label]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"munigraph: {path}: not a readable PDF") and err.count("\n") == 1
    assert "EOF marker not found" in (Path(store.label) / "log" / "munigraph.log").read_text(encoding="utf-8")
    assert store.counts()["nodes"]["Document"] == 0


def test_driver_notifications_go_to_the_log_not_the_terminal(
    store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from neo4j._sync.work import result as driver_result

    # ArcadeDB sends no notifications: one is logged where the driver logs Neo4j's.
    assert driver_result.notification_log is store_module.NOTIFICATIONS
    real_read = Store.read

    def read_after_a_notification(self: Store, query: str, **params: object) -> list[dict]:
        store_module.NOTIFICATIONS.warning("Received notification from DBMS server: CALL subquery without scope")
        return real_read(self, query, **params)

    monkeypatch.setattr(Store, "read", read_after_a_notification)
    assert main(["stats", "--db", store.label]) == 0
    assert "notification" not in capsys.readouterr().err
    assert "CALL subquery without scope" in (Path(store.label) / "log" / "munigraph.log").read_text(encoding="utf-8")


def test_a_program_using_the_store_prints_no_driver_notification() -> None:
    program = "from munigraph.graph.store import NOTIFICATIONS; NOTIFICATIONS.warning('deprecated')"
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert done.stderr == ""


def test_utf8_with_stray_bytes_loads_as_utf8_with_one_warning(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Programme.\n" * 8 + "Émilie Dupré, maire de Grenoble, a accueilli la délégation de Liège.\n" * 4
    data = text.encode("utf-8")
    cut = data.index(b"a accueilli")
    path = tmp_path / "compte-rendu.txt"
    path.write_bytes(data[:cut] + bytes(range(0xF8, 0x100)) + data[cut:])  # eight bytes no UTF-8 text has
    assert main(["load", str(path), "--db", store.label, "--format", "json"]) == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if "warning" in line]
    assert warnings == [f"munigraph: warning: {path}: line 9: 8 bytes that are not UTF-8 replaced by \ufffd"]
    stored = store.read("MATCH (d:Document) RETURN d.text AS text")[0]["text"]
    assert "Émilie Dupré" in stored and "Ã" not in stored and stored.count("\ufffd") == 8


@pytest.mark.parametrize("value", ["2022-13-45", "2022-02-30", "tomorrow"])
def test_impossible_dates_in_query_parameters_are_one_line(
    store: Store, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    assert main(["load", str(CURATED), "--db", store.label]) == 0
    capsys.readouterr()
    code = main(["query", "sister-cities", "-p", "city=Utrecht", "-p", f"as_of={value}", "--db", store.label])
    assert code == 1
    assert capsys.readouterr().err == f"munigraph: sister-cities: as_of must be a date YYYY-MM-DD, got '{value}'\n"
