"""A temporary, empty embedded store: for evaluation and anything that must not touch the user's graph."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

from munigraph.graph import embedded
from munigraph.graph.store import Store


@contextmanager
def scratch_store() -> Iterator[Store]:
    """Yield a store over a new temporary folder; stop it and delete the folder afterwards.

    It is always embedded ArcadeDB, even when ``NEO4J_URI`` points at a server: a scratch
    graph must never mix with real data.
    """
    folder = tempfile.mkdtemp(prefix="munigraph-scratch-")
    store = Store.embedded(folder)
    try:
        yield store
    finally:
        store.close()
        embedded.stop(folder)
        shutil.rmtree(folder, ignore_errors=True)
