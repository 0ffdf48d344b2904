"""Shared fixtures: one real embedded store per test session, emptied before each test.

Set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to run the same tests against Neo4j.
"""

from __future__ import annotations

import os
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
