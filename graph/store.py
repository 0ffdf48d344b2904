"""The one store: the official neo4j driver over Bolt, to embedded ArcadeDB or Neo4j 5.

>>> with Store.open("/tmp/demo-db") as store:          # doctest: +SKIP
...     store.write(batch)
...     store.read("MATCH (c:City) RETURN count(c) AS n")
[{'n': 1}]
"""

from __future__ import annotations

import contextlib
import contextvars
import fcntl
import logging
import os
import re
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import neo4j
from munigraph.graph import changes, console_guard, cypher, embedded, keys
from munigraph.graph.errors import QueryError, SchemaError, StoreError
from munigraph.graph.facts import Batch, Relation, lookup_keys, merge_facts, merge_time
from munigraph.graph.schema import Model, Property, load_model
from munigraph.graph.settings import Settings
from munigraph.graph.upgrade import upgrade
from neo4j import GraphDatabase
from neo4j.exceptions import ClientError, Neo4jError, ServiceUnavailable, SessionExpired

# The driver logs the server's notifications (a deprecation, a performance hint) on this
# logger. A library's logger gets a NullHandler: the records still reach whatever handlers
# the application set up (the command line's log file, gunicorn's error log) and are never
# printed raw on stderr by Python's last-resort handler.
NOTIFICATIONS = logging.getLogger("neo4j.notifications")
NOTIFICATIONS.addHandler(logging.NullHandler())

CHUNK = 5000

Progress = Callable[[int], None]


@dataclass
class WriteReport:
    """What one batch did to the graph."""

    source: str
    entities: int = 0
    created: int = 0
    relations: int = 0
    relations_created: int = 0

    @property
    def merged(self) -> int:
        return self.entities - self.created


@dataclass
class ConsoleResult:
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool
    seconds: float
    notes: list[str] = field(default_factory=list)


# A write clause, not a property (e.payload.start), a map key ({start: 1}) or an alias (AS start)
_WRITE_WORDS = re.compile(
    r"(?<![.$\w])(?<!\bAS )"
    r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|LOAD\s+CSV|GRANT|DENY|REVOKE|ALTER|RENAME|START|STOP)\b"
    r"(?!\s*:(?!:))",
    re.IGNORECASE,
)
_WRITE_PROCS = re.compile(
    r"\bCALL\s+(apoc\.(create|merge|refactor|periodic|atomic|nodes\.delete|load|import|export|cypher\.(run)?write|trigger)"
    r"|db\.(create|index\.fulltext\.create|clearQueryCaches)|dbms\.|gds\.[\w.]*\.(write|mutate))",
    re.IGNORECASE,
)
# Transaction and administration commands: they would show other users' queries and
# addresses, stop a running load, or read the server's settings and users.
_ADMIN_WORDS = re.compile(
    r"(?:^|[;{])\s*(?:USE\s+\S+\s+)?\b((?:SHOW|TERMINATE|KILL)\s+\w+)"  # commands start a statement
    r"|(?<![$\w])\b(dbms\s*\.\s*[\w.]*|db\s*\.\s*(?:listQueries|listTransactions|kill\w*))",
    re.IGNORECASE,
)
_STRINGS_AND_COMMENTS = re.compile(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)


def refuse_writes(query: str) -> None:
    """Say clearly why a console query is refused. The engine enforces it regardless."""
    code = _STRINGS_AND_COMMENTS.sub(" ", query)
    admin = _ADMIN_WORDS.search(code)
    if admin:
        word = re.sub(r"\s+", " ", admin.group(1) or admin.group(2)).rstrip(".")
        word = word if word.lower().startswith(("dbms", "db")) else word.upper()
        raise QueryError(
            f"the console answers questions about the graph: {word} is an administration command and is not allowed"
        )
    found = _WRITE_WORDS.search(code) or _WRITE_PROCS.search(code)
    if found:
        word = re.sub(r"\s+", " ", found.group(0)).upper()
        raise QueryError(f"the console is read-only: {word} is not allowed (use `munigraph load` to change the graph)")


def _chunks(rows: list[dict[str, Any]], size: int = CHUNK) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


T = TypeVar("T")


@dataclass(frozen=True)
class ReadView:
    """Reads in one session (:meth:`Store.read_with`): ``read`` as the store's, and what the store
    says of its engine and model."""

    session: neo4j.Session
    engine: str
    model: Model

    def read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """The rows as the driver gives them (``Record.data`` would walk every list again, element
        by element, to turn nodes into dicts: return properties, not nodes)."""
        return [dict(record.items()) for record in self.session.run(query, params)]


class SharedReads:
    """The one session that the reads of a unit of work share (a web request, a command's reads in
    a row): opened at the first read, closed by :meth:`close` (or at the end of a ``with`` block).

    Made by :meth:`Store.shared_reads`. While it is open, the store's reads in this thread (its
    context) run as auto-commit queries of this session: one round trip each, where a session
    and a transaction of their own cost three (opening, the query, the commit). Nested
    shares are the outer one's.
    """

    def __init__(self, store: Store, token: contextvars.Token | None) -> None:
        self._store = store
        self._token = token  # None: an outer share is open, this one only borrows it
        self._session: neo4j.Session | None = None
        self._generation = -1
        self.opened = 0  # sessions opened (one, unless the engine was restarted meanwhile)

    def session(self) -> neo4j.Session:
        if self._session is not None and self._generation != self._store._generation:
            self._drop()  # the engine was started again: that session's driver is closed
        if self._session is None:
            self._session = self._store._session(read=True)
            self._generation = self._store._generation
            self.opened += 1
        return self._session

    def _drop(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            with contextlib.suppress(Exception):  # a session of a stopped engine may fail to close
                session.close()

    def close(self) -> None:
        if self._token is None:
            return
        self._drop()
        token, self._token = self._token, None
        try:
            self._store._shared.reset(token)
        except ValueError:  # closed from another context than it was opened in
            self._store._shared.set(None)

    def __enter__(self) -> SharedReads:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Store:
    """A graph database reached over Bolt. Use :meth:`open` rather than the constructor."""

    def __init__(
        self,
        uri: str,
        auth: tuple[str, str],
        database: str | None,
        console_auth: tuple[str, str] | None = None,
        engine: str = "neo4j",
        label: str = "",
        settings: Settings | None = None,
        attachment: embedded.Attachment | None = None,
    ) -> None:
        self.uri = uri
        self.database = database
        self.engine = engine
        self.label = label or uri  # names the graph in messages
        self.settings = settings or Settings.from_env()
        self.model: Model = load_model()
        self.console_rows = self.settings.console_rows
        self.console_seconds = self.settings.console_seconds
        # Fewer console queries at once than the engine runs queries (ArcadeDB: 4): the
        # explorer's own queries always find a free slot. A slot is held until the engine
        # has really finished the query, not only until the console gave up waiting.
        self.console_slots = self.settings.console_slots
        self._console_gate = threading.BoundedSemaphore(self.console_slots)
        self._auth, self._console_auth = auth, console_auth
        self._attachment = attachment
        self._reconnecting = threading.Lock()
        self._generation = 0
        self._exclusive = False
        # One bookmark manager for every session of this store, explorer and console alike:
        # on a neo4j:// cluster a read then waits for the store's own last write (a document
        # load resolves names against what the previous document wrote).
        self._bookmarks = GraphDatabase.bookmark_manager()
        # The session the reads of this thread's unit of work share, if one is open (shared_reads)
        self._shared: contextvars.ContextVar[SharedReads | None] = contextvars.ContextVar(
            f"munigraph-shared-reads-{id(self)}", default=None
        )
        self._driver, self._console_driver = self._drivers()
        upgrade(self)

    @property
    def data_folder(self) -> Path | None:
        """The embedded database folder (rejected rows, the salt and logs go beside the graph); None on Neo4j."""
        return self._attachment.root if self._attachment else None

    def _drivers(self) -> tuple[neo4j.Driver, neo4j.Driver | None]:
        # On the embedded engine a lost connection means a stopped engine: reconnecting
        # (which starts it again) beats the driver's 30 s of retries against a dead port.
        options = {"max_transaction_retry_time": 5.0} if self._attachment else {}
        driver = GraphDatabase.driver(self.uri, auth=self._auth, **options)
        console = GraphDatabase.driver(self.uri, auth=self._console_auth, **options) if self._console_auth else None
        try:
            driver.verify_connectivity()
            if self.engine == "neo4j":
                self._ensure_neo4j_schema(driver)
        except (ServiceUnavailable, Neo4jError, OSError) as exc:
            for each in (driver, console):
                if each is not None:
                    each.close()
            if self._attachment:
                self._attachment.close()
            raise StoreError(f"cannot reach the graph database at {self.uri}: {exc}") from exc
        return driver, console

    def _session(self, driver: neo4j.Driver | None = None, *, read: bool = False) -> neo4j.Session:
        """A session on this store's database, sharing the store's bookmarks."""
        return (driver or self._driver).session(
            database=self.database,
            bookmark_manager=self._bookmarks,
            default_access_mode=neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS,
        )

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(cls, db_path: str | os.PathLike[str] | None = None, settings: Settings | None = None) -> Store:
        """Neo4j when ``settings.neo4j_uri`` is set, else the embedded engine of ``db_path`` (or ``settings.db``)."""
        settings = settings or Settings.from_env()
        if settings.neo4j_uri:
            auth = (settings.neo4j_user, settings.neo4j_password)
            console_auth = (settings.console_user, settings.console_password) if settings.console_user else None
            return cls(
                settings.neo4j_uri,
                auth,
                settings.neo4j_database,
                console_auth=console_auth,
                label=settings.neo4j_uri,
                settings=settings,
            )
        return cls.embedded(db_path or settings.db, settings)

    @classmethod
    def embedded(cls, path: str | os.PathLike[str], settings: Settings | None = None) -> Store:
        """The embedded engine of the folder ``path``: attached to, or started if none runs."""
        settings = settings or Settings.from_env()
        attachment = embedded.attach(settings, path)
        endpoint = attachment.endpoint
        return cls(
            endpoint.uri,
            (embedded.ROOT_USER, endpoint.root_password),
            embedded.DATABASE,
            console_auth=(embedded.CONSOLE_USER, endpoint.console_password),
            engine="arcadedb",
            label=str(path),
            settings=settings,
            attachment=attachment,
        )

    def close(self) -> None:
        shared = self._shared.get()
        if shared is not None:
            shared._drop()
        for driver in (self._driver, self._console_driver):
            if driver is not None:
                driver.close()
        if self._attachment:
            self._attachment.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _reconnect(self, generation: int) -> None:
        """Attach again (starting the engine if it was stopped or killed) and renew the drivers."""
        with self._reconnecting:
            if generation != self._generation:
                return  # another thread did it meanwhile
            old = self._attachment
            assert old is not None
            for driver in (self._driver, self._console_driver):
                if driver is not None:
                    driver.close()
            old.close()
            self._attachment = embedded.attach(self.settings, old.root)
            endpoint = self._attachment.endpoint
            self.uri = endpoint.uri
            self._auth = (embedded.ROOT_USER, endpoint.root_password)
            self._console_auth = (embedded.CONSOLE_USER, endpoint.console_password)
            self._driver, self._console_driver = self._drivers()
            self._generation += 1

    def _engine_call(self, work: Callable[[], Any]) -> Any:
        """Run ``work``; on the embedded engine, reconnect first if it is gone and retry once if it went."""
        generation = self._generation
        if self._attachment is None:
            return work()
        if not self._attachment.engine_alive():
            self._reconnect(generation)
            generation = self._generation
        try:
            return work()
        except (ServiceUnavailable, SessionExpired):
            if self._attachment.engine_alive() and generation == self._generation:
                raise
            self._reconnect(generation)
            return work()

    @contextlib.contextmanager
    def exclusive(self, what: str, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        """Hold the folder's write lock while ``what`` (e.g. "the load of x.csv") runs.

        Loads on one embedded folder queue here: ``on_wait`` gets one line saying which
        load is waited for. On Neo4j the server's own locks and unique constraints keep
        concurrent loads correct, so nothing is held.
        """
        folder = self.data_folder
        if folder is None or self._exclusive:  # a lock held twice by one process would wait for itself
            yield
            return
        with open(folder / "load.lock", "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "another process"
                if on_wait:
                    on_wait(f"waiting for {holder} to finish")
                fcntl.flock(handle, fcntl.LOCK_EX)
            handle.seek(0)
            handle.truncate()
            handle.write(f"{what} (process {os.getpid()}, since {time.strftime('%H:%M:%S')})")
            handle.flush()
            self._exclusive = True
            try:
                yield
            finally:
                self._exclusive = False
                handle.seek(0)
                handle.truncate()

    def when_idle(self, work: Callable[[], Any]) -> bool:
        """Run ``work`` (a small write of the store's own) unless a load is writing; whether it ran.

        On the embedded engine a write that meets a load's on the counter's node would fail
        one of them, so ``work`` holds the folder's load lock, taken only if free. On Neo4j the
        server's locks queue them, and ``work`` always runs.
        """
        folder = self.data_folder
        if folder is None or self._exclusive:
            work()
            return True
        with open(folder / "load.lock", "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            work()  # the lock goes with the file's closing
        return True

    def _ensure_neo4j_schema(self, driver: neo4j.Driver) -> None:
        with driver.session(database=self.database, bookmark_manager=self._bookmarks) as session:
            for statement in cypher.neo4j_constraints(self.model):
                session.run(statement).consume()
            session.run("CALL db.awaitIndexes(300)").consume()  # a new full-text index fills in the background

    # -- reading -------------------------------------------------------------------------

    def shared_reads(self) -> SharedReads:
        """Let the reads that follow, in this thread, share one session until the returned
        handle is closed (``with store.shared_reads(): ...``, or ``close()`` at the end of a web
        request). The session opens at the first read, so a unit of work that reads nothing
        opens none."""
        if self._shared.get() is not None:
            return SharedReads(self, None)
        handle = SharedReads(self, None)
        handle._token = self._shared.set(handle)
        return handle

    def read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """Run a trusted read query (a named query) and return its rows as dicts."""
        return self._read_result(query, params, neo4j.Result.data)

    def read_values(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """:meth:`read` for a query that returns values, lists and maps but no nodes,
        relationships or paths: its rows as the driver decodes them. (:meth:`read` has the
        driver turn any node in them into a dict, which walks every list and map of every row
        again, element by element: most of the time a page of a hub takes.)"""
        return self._read_result(query, params, lambda result: [dict(record.items()) for record in result])

    def read_rows(self, query: str, row: Callable[..., T], **params: Any) -> list[T]:
        """:meth:`read_values` for a long read (the whole graph): each record's values, in the
        query's column order, go to ``row`` as they arrive, and its results are the rows: no
        dict per record, and no second copy of the rows when ``row`` keeps only what it needs."""
        return self._read_result(query, params, lambda result: [row(*record) for record in result])

    def _read_result(self, query: str, params: dict[str, Any], rows: Callable[[neo4j.Result], list[T]]) -> list[T]:
        """One read query, in the request's shared session when one is open (auto-commit), else in a
        read transaction of its own, its result turned into rows by ``rows`` while the result is open."""
        shared = self._shared.get()

        def work() -> list[T]:
            if shared is not None:
                return rows(shared.session().run(query, params))
            with self._session(read=True) as session:
                return session.execute_read(lambda tx: rows(tx.run(query, params)))

        try:
            return self._engine_call(work)
        except Neo4jError as exc:
            raise QueryError(f"query failed: {exc.message or exc}") from exc

    def read_many(self, queries: list[str], **params: Any) -> list[list[dict[str, Any]]]:
        """Several trusted read queries in one transaction (one view of the graph); each one's rows."""

        shared = self._shared.get()

        def work() -> list[list[dict[str, Any]]]:
            if shared is not None:
                return shared.session().execute_read(lambda tx: [tx.run(query, params).data() for query in queries])
            with self._session(read=True) as session:
                return session.execute_read(lambda tx: [tx.run(query, params).data() for query in queries])

        try:
            return self._engine_call(work)
        except Neo4jError as exc:
            raise QueryError(f"query failed: {exc.message or exc}") from exc

    def read_with(self, work: Callable[[ReadView], T]) -> T:
        """Run ``work``, whose reads (through the view it is given) are auto-commit queries of one session.

        For a few small reads that follow each other (a search: its candidates, then their
        nodes): each costs one round trip to the engine, where a transaction of its own costs two
        (its commit is one more), and the engine's own round trips are what a search waits on.
        Unlike :meth:`read`, a read that fails is not tried again.
        """

        shared = self._shared.get()

        def run() -> T:
            if shared is not None:
                return work(ReadView(shared.session(), self.engine, self.model))
            with self._session(read=True) as session:
                return work(ReadView(session, self.engine, self.model))

        try:
            return self._engine_call(run)
        except Neo4jError as exc:
            raise QueryError(f"query failed: {exc.message or exc}") from exc

    def version(self) -> str:
        """A stamp that changes whenever the store changes the graph (:mod:`graph.changes`)."""
        return changes.stamp(self)

    def console(self, query: str, params: dict[str, Any] | None = None) -> ConsoleResult:
        """Run a user's query read-only, with the row and time limits of the console."""
        refuse_writes(query)
        limit, seconds = self.console_rows, self.console_seconds
        started = time.perf_counter()

        def work(tx: neo4j.Transaction) -> tuple[list[str], list[dict[str, Any]], bool]:
            if self.engine == "arcadedb":  # the engine then stops the query at the limit (console_guard)
                tx.run(f"RETURN {console_guard.ARM}() AS armed").consume()
            result = tx.run(query, params or {})
            rows = []
            for record in result:  # read one row past the limit, then stop: exact, and says whether more exist
                if len(rows) == limit:
                    return list(result.keys()), rows, True
                rows.append(record.data())
            return list(result.keys()), rows, False

        def run() -> tuple[list[str], list[dict[str, Any]], bool]:
            # an explicit transaction: a managed one would retry a query that timed out
            driver = self._console_driver or self._driver
            with (
                self._session(driver, read=True) as session,
                session.begin_transaction(timeout=seconds) as tx,
            ):
                return work(tx)

        if not self._console_gate.acquire(timeout=1):
            raise QueryError(_BUSY.format(n=self.console_slots))
        try:
            columns, rows, truncated = _with_deadline(
                lambda: self._engine_call(run), seconds, self._console_gate.release
            )
        except TimeoutError as exc:
            raise QueryError(_TOO_SLOW.format(seconds=seconds)) from exc
        except ClientError as exc:
            raise QueryError(_console_message(exc, seconds)) from exc
        except Neo4jError as exc:
            if time.perf_counter() - started >= seconds * 0.9:  # ArcadeDB names no cause for its deadline
                raise QueryError(_TOO_SLOW.format(seconds=seconds)) from exc
            raise QueryError(f"query failed: {exc.message or exc}") from exc
        except (ServiceUnavailable, SessionExpired) as exc:  # the engine closed a connection it stopped a query on
            raise QueryError(_TOO_SLOW.format(seconds=seconds)) from exc
        return ConsoleResult(columns, rows, truncated, time.perf_counter() - started)

    # -- writing -------------------------------------------------------------------------

    def write(self, batch: Batch, progress: Progress | None = None) -> WriteReport:
        """Write one source's facts in one transaction: all of it or nothing."""
        batch.validate(self.model)
        node_rows = self._node_rows(batch)
        rel_rows = self._relation_rows(batch)
        report = WriteReport(batch.source)

        def work(tx: neo4j.ManagedTransaction) -> None:
            report.created = report.relations_created = 0  # a retried transaction starts again
            change = changes.Change(tx).begin()
            key_rows: list[dict[str, Any]] = []
            for kind, rows in node_rows.items():
                statement = cypher.merge_nodes(self.model, kind, _columns(rows))
                for chunk in _chunks(rows):
                    result = tx.run(statement, rows=chunk)
                    # each node's keys, name and country as the graph now holds them: its key nodes'
                    for node_id, name, country, anonymous, node_keys in result.single(strict=True)["nodes"]:
                        key_rows += keys.rows(node_id, node_keys or [], keys.owner(node_id, name, country, anonymous))
                    created = result.consume().counters.nodes_created
                    report.created += created
                    change.nodes[kind] += created
                    if progress:
                        progress(len(chunk))
            # the keys of every kind's nodes in one statement, not one per kind: a statement's
            # round trip costs more than its rows (python -m bench.documents, corpus load)
            for chunk in _chunks(key_rows):
                tx.run(keys.ADD, rows=chunk).consume()
            for (rel_type, source_kind, target_kind), rows in rel_rows.items():
                merge = cypher.merge_relationships(self.model, rel_type, source_kind, target_kind, _columns(rows))
                # none of the type yet (a first load): nothing to look up, the batch's rows being one per relationship
                probe = not change.none_before(rel_type)
                for chunk in _chunks(rows):
                    kinds = (rel_type, source_kind, target_kind)
                    created, written = self._write_relationships(tx, merge, kinds, chunk, probe)
                    report.relations_created += created
                    change.relationships[rel_type] += created
                    if written < len(chunk):
                        self._raise_missing(tx, batch.source, rel_type, source_kind, target_kind, chunk)
                    if progress:
                        progress(len(chunk))
            change.commit()

        def transaction() -> None:
            with self._session() as session:
                session.execute_write(work)

        try:
            self._engine_call(transaction)  # a retry after a lost engine is safe: writes merge
        except Neo4jError as exc:
            raise StoreError(
                f"{batch.source}: the database refused the load ({exc.message or exc}); nothing was written"
            ) from exc
        report.entities = sum(len(r) for r in node_rows.values())
        report.relations = sum(len(r) for r in rel_rows.values())
        return report

    def _node_rows(self, batch: Batch) -> dict[str, list[dict[str, Any]]]:
        rows: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        for entity in batch.entities:
            forms = entity.surface_forms()
            row = {**entity.props, "id": entity.id, "name": forms[0], "aliases": forms}
            row["keys"] = lookup_keys(forms)
            row["sources"] = [batch.source]
            _fold_row(rows[entity.kind], entity.id, row)
        when = merge_time()
        for row in (row for by_id in rows.values() for row in by_id.values() if row.get("merges")):
            row["merged_at"] = [when] * len(row["merges"])  # one time per record, kept out of its identity
        return {kind: list(by_id.values()) for kind, by_id in rows.items()}

    def _relation_rows(self, batch: Batch) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
        rows: dict[tuple[str, str, str], dict[tuple, dict[str, Any]]] = defaultdict(dict)
        specs, kind_of = self.model.relationships, self.model.kind_of_id
        for rel in batch.relations:  # a load's hot loop: one pass, nothing looked up twice
            spec = specs[rel.type]
            source, target = rel.source, rel.target
            if spec.symmetric and target < source:  # stored once, in id order
                source, target = target, source
            identity: tuple = (source, target)
            if spec.key:
                identity += tuple(_key_values(batch.source, rel, spec.key))
            provenance = rel.provenance
            row = {
                **rel.props,
                "source": source,
                "target": target,
                "provenance": [p.to_json() for p in provenance],
                "sources": list(dict.fromkeys(p.source for p in provenance)) or [batch.source],
            }
            _fold_row(rows[rel.type, kind_of(source), kind_of(target)], identity, row)
        return {kinds: list(by_identity.values()) for kinds, by_identity in rows.items()}

    def _write_relationships(
        self,
        tx: neo4j.ManagedTransaction,
        merge: str,
        kinds: tuple[str, str, str],
        chunk: list[dict[str, Any]],
        probe: bool = True,
    ) -> tuple[int, int]:
        """Write a chunk of one type's relationships; (how many were created, how many written).

        The relationships not in the graph yet are created, properties and all, and only those
        that are go through the merge (``merge``), which costs ArcadeDB twice a CREATE; without
        ``probe`` (the graph has none of the type) all are created, unlooked for. No other
        write can create one of them between this check and this CREATE: every write
        transaction first bumps the change counter (:mod:`graph.changes`), whose node lock it
        holds to its commit on Neo4j, so writes there run one after the other (on the embedded
        engine the loads of a folder also queue on its lock, :meth:`exclusive`).
        """
        spec = self.model.relationships[kinds[0]]
        found: set[int] = set()
        if probe:
            asked = [{"i": i, "source": r["source"], "target": r["target"], **{k: r[k] for k in spec.key}}
                     for i, r in enumerate(chunk)]  # fmt: skip
            found = {row["i"] for row in tx.run(cypher.existing_relationships(self.model, *kinds), rows=asked).data()}
        new = [row for i, row in enumerate(chunk) if i not in found]
        old = [row for i, row in enumerate(chunk) if i in found]
        created = written = 0
        for columns, rows in _by_scalars(new, self.model.rel_properties(kinds[0])).items():
            result = tx.run(cypher.create_relationships(self.model, *kinds, columns), rows=rows)
            written += result.single()["n"]
            created += result.consume().counters.relationships_created
        if old:
            result = tx.run(merge, rows=old)
            written += result.single()["n"]
            created += result.consume().counters.relationships_created
        return created, written

    def _raise_missing(
        self,
        tx: neo4j.ManagedTransaction,
        source: str,
        rel_type: str,
        source_kind: str,
        target_kind: str,
        chunk: list[dict],
    ) -> None:
        for kind, end in ((source_kind, "source"), (target_kind, "target")):
            ids = list(dict.fromkeys(row[end] for row in chunk))
            missing = [r["id"] for r in tx.run(cypher.missing_ids(kind), ids=ids).data()]
            if missing:
                raise SchemaError(
                    f"{source}: {rel_type} refers to {kind} '{missing[0]}', which is neither in this source nor in the graph"
                    + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else "")
                )
        raise SchemaError(f"{source}: some {rel_type} relationships could not be written")

    def run_write(self, query: str, bump: bool = True, **params: Any) -> list[dict[str, Any]]:
        """One write statement in its own transaction, for bookkeeping outside a load (undoing a merge).

        ``bump=False`` is for the store's own bookkeeping, which changes nothing a reader sees.
        """
        if not bump:

            def work() -> list[dict[str, Any]]:
                with self._session() as session:
                    return session.execute_write(lambda tx: tx.run(query, params).data())

            try:
                return self._engine_call(work)
            except Neo4jError as exc:
                raise StoreError(f"the database refused the change: {exc.message or exc}") from exc
        return self.run_transaction([(query, params)])[0]

    def run_transaction(self, statements: list[tuple[str, dict[str, Any]]]) -> list[list[dict[str, Any]]]:
        """Several write statements in one transaction (all or nothing); each one's rows."""

        def work(tx: neo4j.ManagedTransaction) -> list[list[dict[str, Any]]]:
            change = changes.Change(tx).begin()
            answers = []
            for query, params in statements:
                result = tx.run(query, params)
                answers.append(result.data())
                counters = result.consume().counters
                if counters.nodes_created or counters.nodes_deleted:
                    change.exact = False  # of which kinds the counters do not say
                if counters.relationships_created or counters.relationships_deleted:
                    change.exact = False
            change.commit()
            return answers

        def transaction() -> list[list[dict[str, Any]]]:
            with self._session() as session:
                return session.execute_write(work)

        try:
            return self._engine_call(transaction)
        except Neo4jError as exc:
            raise StoreError(f"the database refused the change: {exc.message or exc}; nothing was changed") from exc

    # -- whole-graph operations ----------------------------------------------------------

    def counts(self) -> dict[str, dict[str, int]]:
        """Number of nodes per kind and relationships per type (kept by :mod:`graph.changes`)."""
        return changes.counts(self)

    def reset(self) -> None:
        """Delete every node and relationship (the schema stays)."""
        folder = self.data_folder
        if folder is None or not self._engine_call(lambda: embedded.truncate(folder)):
            # the engine's own TRUNCATE takes a moment, where deleting through Cypher takes minutes

            def delete() -> None:
                with self._session() as session:  # auto-commit: the batches are transactions of their own
                    session.run(cypher.DELETE_ALL_IN_BATCHES).consume()

            self._engine_call(delete)

        def work(tx: neo4j.ManagedTransaction) -> None:  # the counter, deleted with the rest on Neo4j, starts again
            change = changes.Change(tx).begin()
            change.reset()
            change.commit()

        def transaction() -> None:
            with self._session() as session:
                session.execute_write(work)

        self._engine_call(transaction)


def _fold_row(rows: dict[Any, dict[str, Any]], identity: Any, row: dict[str, Any]) -> None:
    """Add a row; the same fact twice in a batch unions its lists and keeps the first scalars."""
    previous = rows.get(identity)
    if previous is None:
        rows[identity] = row
        return
    merge_facts(previous, row)


def _key_values(source: str, rel: Relation, key: tuple[str, ...]) -> Iterator[Any]:
    """The values of a relationship's key properties (``held`` of an office), each required."""
    for name in key:
        value = rel.props.get(name)
        if value in (None, ""):
            raise SchemaError(f"{source}: {rel.type}.{name} is required ({rel.source} -> {rel.target})")
        yield value


def _by_scalars(rows: list[dict[str, Any]], specs: dict[str, Property]) -> dict[frozenset[str], list[dict[str, Any]]]:
    """Rows grouped by the scalar properties they give a value; each group's columns: those, and
    every list any row of the chunk has (a row without one gets it empty)."""
    lists = {name for name in _columns(rows) if specs[name].type == "list"}
    groups: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        scalars = frozenset(k for k, v in row.items() if v is not None and k not in lists)
        groups[scalars].append(row)
    return {frozenset(scalars - {"source", "target"}) | lists: group for scalars, group in groups.items()}


def _columns(rows: list[dict[str, Any]]) -> set[str]:
    return {key for row in rows for key in row if key not in ("source", "target")}


_BUSY = (
    "the console is busy: {n} queries are already running (the limit keeps the explorer answering); "
    "try again in a moment"
)
_TOO_SLOW = (
    "the query took longer than the console's {seconds:g} s limit; narrow it with LIMIT or a more selective MATCH"
)


def _with_deadline(func: Callable[[], Any], seconds: float, done: Callable[[], None]) -> Any:
    """Run ``func`` in a daemon thread and give up waiting after ``seconds``; ``done`` when it ends.

    Neo4j stops a timed-out transaction itself; the embedded engine's console guard
    (graph.console_guard) stops it there. The caller does not wait for either: the
    thread ends when the engine has stopped the query, and only then calls ``done``.
    """
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = func()
        except BaseException as exc:  # handed to the caller below
            outcome["error"] = exc
        finally:
            done()

    thread = threading.Thread(target=target, daemon=True, name="munigraph-console")
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise TimeoutError
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def _console_message(exc: ClientError, seconds: float) -> str:
    text = exc.message or str(exc)
    code = exc.code or ""
    if "Forbidden" in code or "not allowed" in text or "AccessMode" in code or "read access mode" in text.lower():
        return "the console is read-only: this query tries to change the graph"
    if "Timeout" in code or "timeout" in text.lower() or "terminated" in text.lower():
        return _TOO_SLOW.format(seconds=seconds)
    first = text.strip().splitlines()[0] if text.strip() else code
    return f"query error: {first}"
