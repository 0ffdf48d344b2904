"""One store per app, opened on first use, so that the app starts even when the store cannot;
one session per request (:func:`get_db`), opened at its first read and closed when it ends."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from flask import Flask, current_app, g
from munigraph.graph.errors import StoreError
from munigraph.graph.store import Store

_LOCK = threading.Lock()
_T = TypeVar("_T")
_KEY = "munigraph.store"


def get_store() -> Store:
    """The app's store; raises :class:`StoreError` (shown as a clear page) when unavailable."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    store = app.extensions.get(_KEY)
    if store is not None:
        return store
    with _LOCK:
        store = app.extensions.get(_KEY)
        if store is None:
            store = _open(app)
            app.extensions[_KEY] = store
    return store


def get_db() -> Store:
    """The app's store, its reads in this request sharing one session (flaskr's ``get_db``):
    the session opens at the request's first read and closes when the request ends
    (:func:`close_db`)."""
    store = get_store()
    if "munigraph_reads" not in g:
        g.munigraph_reads = store.shared_reads()
    return store


def close_db(_error: BaseException | None = None) -> None:
    reads = g.pop("munigraph_reads", None)
    if reads is not None:
        reads.close()


def init_app(app: Flask) -> None:
    app.teardown_appcontext(close_db)


def _open(app: Flask) -> Store:
    settings = app.config["MUNIGRAPH_SETTINGS"].replace(db=str(app.config["MUNIGRAPH_DB"]))
    embedded = not settings.neo4j_uri  # with a Neo4j server the folder plays no part
    if embedded and app.config.get("MUNIGRAPH_REQUIRE_DB") and not Path(settings.db).expanduser().exists():
        raise StoreError(f"there is no graph database at {settings.db}: load some data first with `munigraph load`")
    return Store.open(settings=settings)


def open_early(app: Flask) -> None:
    """Open the store now, so the embedded engine is up before the first visitor.

    A store that cannot open now is reported on each request (and retried) by
    :func:`get_store`.
    """
    with app.app_context(), contextlib.suppress(StoreError):
        get_store()


def while_unchanged(store: Store, key: str, compute: Callable[[], _T]) -> _T:
    """``compute()``, kept while the graph's change counter is unchanged (up to MAX_AGE seconds).

    Whole-graph figures (twinnings per year) take seconds on a big embedded graph, while
    the stamp that tells whether anything changed (:meth:`Store.version`) is one indexed read.
    """
    from munigraph.webapp.search import MAX_AGE

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    stamp = store.version()
    cached = app.extensions.get(key)
    if cached and cached[0] == stamp and time.monotonic() - cached[1] < MAX_AGE:
        return cached[2]
    fresh = compute()
    app.extensions[key] = (stamp, time.monotonic(), fresh)
    return fresh


def close_store(app: Flask) -> None:
    store = app.extensions.pop(_KEY, None)
    if store is not None:
        store.close()
