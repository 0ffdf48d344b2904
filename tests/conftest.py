"""Shared fixtures: one real embedded store per test session, emptied before each test.

Set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to run the same tests against Neo4j.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from munigraph.graph import embedded
from munigraph.graph.store import Store

# Engines started by tests for folders of their own stop soon after their last user
# (the session's engine is in use until the end, when it is stopped).
os.environ.setdefault("MUNIGRAPH_ENGINE_IDLE", "3")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "uclg"
GOLD = SHARED / "gold"
TWINNING = SHARED / "data" / "twinning"


@pytest.fixture(scope="session")
def session_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("db")
    os.environ.setdefault("MUNIGRAPH_DB", str(path))
    store = Store.open(str(path))
    yield store
    store.close()
    if store.data_folder is not None:
        embedded.stop(store.data_folder)


@pytest.fixture
def store(session_store: Store) -> Store:
    """The session's store, empty."""
    session_store.reset()
    return session_store


def needs_shared(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared folder sits beside the clone)")


def load_text(store: Store, tmp_path: Path, name: str, text: str, **options: object) -> Path:
    """Write ``text`` to ``tmp_path/name`` (the suffix gives the type) and load it as a document."""
    from munigraph.loaders.documents import load_document

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    load_document(store, path, **options)
    return path


# -- every statement the project sends is linted by Neo4j's own linter at the end -----------
# tests/test_cypher_lint.py checks the statements that can be listed (named queries, generated
# writes, constants); the ones put together at run time are recorded here as they are sent.
# Console input (users' Cypher, hostile forms in tests) is not the project's and is left out.

SENT: dict[str, str] = {}


def _record(run):  # noqa: ANN001, ANN202 - wraps the driver's run methods
    def recording(self, query, *args, **kwargs):  # noqa: ANN001, ANN202
        text = getattr(query, "text", query)
        if isinstance(text, str) and not _from_console():
            SENT.setdefault(" ".join(text.split()), _caller())
        return run(self, query, *args, **kwargs)

    return recording


def _from_console() -> bool:
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_qualname.startswith("Store.console"):
            return True
        frame = frame.f_back
    return False


def _caller() -> str:
    frame = sys._getframe(3)
    while (
        frame is not None
        and "/munigraph/" not in frame.f_code.co_filename
        and "/graph/" not in frame.f_code.co_filename
    ):
        frame = frame.f_back
    return f"{Path(frame.f_code.co_filename).name}:{frame.f_lineno}" if frame is not None else "?"


def pytest_configure(config: pytest.Config) -> None:
    from neo4j._sync.work.session import Session
    from neo4j._sync.work.transaction import TransactionBase

    Session.run = _record(Session.run)
    TransactionBase.run = _record(TransactionBase.run)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # the test module as pytest collected it (its record of the statements it linted), else imported
    collected = sys.modules.get("test_cypher_lint")
    if collected is None or Path(collected.__file__).resolve() != ROOT / "tests" / "test_cypher_lint.py":
        collected = importlib.import_module("tests.test_cypher_lint")
    lint, linter_missing = collected.lint, collected.linter_missing
    if not SENT or linter_missing() is not None:
        return
    statements = {f"sent from {where} #{i}": text for i, (text, where) in enumerate(SENT.items())}
    problems = lint(statements)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"Neo4j's Cypher linter: {len(statements)} statements sent, {len(problems)} problems")
        for problem in problems:
            reporter.write_line(f"  {problem}", red=True)
    if problems:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
