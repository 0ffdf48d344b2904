"""The one store: the official neo4j driver over Bolt, to embedded ArcadeDB or Neo4j 5.

>>> with Store.open("/tmp/demo-db") as store:          # doctest: +SKIP
...     store.write(batch)
...     store.read("MATCH (c:City) RETURN count(c) AS n")
[{'n': 1}]
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import neo4j
from munigraph.graph import console_guard, cypher, embedded
from munigraph.graph.errors import QueryError, SchemaError, StoreError
from munigraph.graph.facts import Batch, lookup_keys
from munigraph.graph.schema import Model, load_model
from neo4j import GraphDatabase
from neo4j.exceptions import ClientError, Neo4jError, ServiceUnavailable, SessionExpired

DEFAULT_DB = "./munigraph-data"
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
    ) -> None:
        self.uri = uri
        self.database = database
        self.engine = engine
        self.label = label or uri
        self.model: Model = load_model()
        self.console_rows = int(os.environ.get("MUNIGRAPH_CONSOLE_ROWS", "1000"))
        self.console_seconds = float(os.environ.get("MUNIGRAPH_CONSOLE_SECONDS", "10"))
        # Fewer console queries at once than the engine runs queries (ArcadeDB: 4): the
        # explorer's own queries always find a free slot. A slot is held until the engine
        # has really finished the query, not only until the console gave up waiting.
        self.console_slots = int(os.environ.get("MUNIGRAPH_CONSOLE_SLOTS", "2"))
        self._console_gate = threading.BoundedSemaphore(self.console_slots)
        self._driver = GraphDatabase.driver(uri, auth=auth)
        self._console_driver = GraphDatabase.driver(uri, auth=console_auth) if console_auth else None
        try:
            self._driver.verify_connectivity()
        except (ServiceUnavailable, Neo4jError, OSError) as exc:
            self.close()
            raise StoreError(f"cannot reach the graph database at {uri}: {exc}") from exc
        if engine == "neo4j":
            self._ensure_neo4j_schema()
        else:
            embedded.close_before_stop(self)

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(cls, db_path: str | None = None) -> Store:
        """Neo4j when ``NEO4J_URI`` is set, else embedded ArcadeDB over ``db_path``."""
        uri = os.environ.get("NEO4J_URI")
        if uri:
            auth = (os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""))
            console_user = os.environ.get("MUNIGRAPH_CONSOLE_USER")
            console_auth = (console_user, os.environ.get("MUNIGRAPH_CONSOLE_PASSWORD", "")) if console_user else None
            database = os.environ.get("NEO4J_DATABASE") or None
            return cls(uri, auth, database, console_auth=console_auth, engine="neo4j", label=uri)
        return cls.embedded(db_path or os.environ.get("MUNIGRAPH_DB") or DEFAULT_DB)

    @classmethod
    def embedded(cls, path: str) -> Store:
        """Embedded ArcadeDB over the folder ``path``: started here, or attached to if running."""
        endpoint = embedded.endpoint_for(
            path,
            heap=os.environ.get("MUNIGRAPH_HEAP", "1g"),
            console_rows=int(os.environ.get("MUNIGRAPH_CONSOLE_ROWS", "1000")),
            console_ms=int(float(os.environ.get("MUNIGRAPH_CONSOLE_SECONDS", "10")) * 1000),
        )
        return cls(
            endpoint.uri,
            (embedded.ROOT_USER, endpoint.root_password),
            embedded.DATABASE,
            console_auth=(embedded.CONSOLE_USER, endpoint.console_password),
            engine="arcadedb",
            label=str(path),
        )

    def close(self) -> None:
        for driver in (self._driver, self._console_driver):
            if driver is not None:
                driver.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _ensure_neo4j_schema(self) -> None:
        with self._driver.session(database=self.database) as session:
            for statement in cypher.neo4j_constraints(self.model):
                session.run(statement).consume()

    # -- reading -------------------------------------------------------------------------

    def read(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """Run a trusted read query (a named query) and return its rows as dicts."""
        try:
            with self._driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as session:
                return session.execute_read(lambda tx: tx.run(query, params).data())
        except Neo4jError as exc:
            raise QueryError(f"query failed: {exc.message or exc}") from exc

    def console(self, query: str, params: dict[str, Any] | None = None) -> ConsoleResult:
        """Run a user's query read-only, with the row and time limits of the console."""
        refuse_writes(query)
        limit, seconds = self.console_rows, self.console_seconds
        driver = self._console_driver or self._driver
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
            with (
                driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS) as session,
                session.begin_transaction(timeout=seconds) as tx,
            ):
                return work(tx)

        if not self._console_gate.acquire(timeout=1):
            raise QueryError(_BUSY.format(n=self.console_slots))
        try:
            columns, rows, truncated = _with_deadline(run, seconds, self._console_gate.release)
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
            for kind, rows in node_rows.items():
                statement = cypher.merge_nodes(self.model, kind, _columns(rows))
                for chunk in _chunks(rows):
                    report.created += tx.run(statement, rows=chunk).consume().counters.nodes_created
                    if progress:
                        progress(len(chunk))
            for (rel_type, source_kind, target_kind), rows in rel_rows.items():
                statement = cypher.merge_relationships(self.model, rel_type, source_kind, target_kind, _columns(rows))
                for chunk in _chunks(rows):
                    result = tx.run(statement, rows=chunk)
                    written = result.single()["n"]
                    report.relations_created += result.consume().counters.relationships_created
                    if written < len(chunk):
                        self._raise_missing(tx, batch.source, rel_type, source_kind, target_kind, chunk)
                    if progress:
                        progress(len(chunk))

        try:
            with self._driver.session(database=self.database) as session:
                session.execute_write(work)
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
        return {kind: list(by_id.values()) for kind, by_id in rows.items()}

    def _relation_rows(self, batch: Batch) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
        rows: dict[tuple[str, str, str], dict[tuple, dict[str, Any]]] = defaultdict(dict)
        for rel in batch.relations:
            spec = self.model.relationships[rel.type]
            source, target = rel.source, rel.target
            if spec.symmetric and target < source:  # stored once, in id order
                source, target = target, source
            for name in spec.key:
                if rel.props.get(name) in (None, ""):
                    raise SchemaError(f"{batch.source}: {rel.type}.{name} is required ({rel.source} -> {rel.target})")
            kinds = (rel.type, self.model.kind_of_id(source), self.model.kind_of_id(target))
            identity = (source, target, *(rel.props.get(name) for name in spec.key))
            row = {
                **rel.props,
                "source": source,
                "target": target,
                "provenance": [p.to_json() for p in rel.provenance],
                "sources": list(dict.fromkeys(p.source for p in rel.provenance)) or [batch.source],
            }
            _fold_row(rows[kinds], identity, row)
        return {kinds: list(by_identity.values()) for kinds, by_identity in rows.items()}

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

    def run_write(self, query: str, **params: Any) -> list[dict[str, Any]]:
        """One write statement in its own transaction, for bookkeeping outside a load (undoing a merge)."""
        try:
            with self._driver.session(database=self.database) as session:
                return session.execute_write(lambda tx: tx.run(query, params).data())
        except Neo4jError as exc:
            raise StoreError(f"the database refused the change: {exc.message or exc}") from exc

    # -- whole-graph operations ----------------------------------------------------------

    def counts(self) -> dict[str, dict[str, int]]:
        """Number of nodes per kind and relationships per type."""
        nodes = {k: self.read(f"MATCH (n:`{k}`) RETURN count(n) AS n")[0]["n"] for k in self.model.nodes}
        rels = {t: self.read(f"MATCH ()-[r:`{t}`]->() RETURN count(r) AS n")[0]["n"] for t in self.model.relationships}
        return {"nodes": nodes, "relationships": rels}

    def reset(self) -> None:
        """Delete every node and relationship (the schema stays)."""
        types = [*self.model.relationships, *self.model.nodes]
        if self.engine == "arcadedb" and embedded.truncate(self.label, types):
            return
        with self._driver.session(database=self.database) as session:
            for kind in self.model.nodes:
                session.run(f"MATCH (n:`{kind}`) DETACH DELETE n").consume()


def _fold_row(rows: dict[Any, dict[str, Any]], identity: Any, row: dict[str, Any]) -> None:
    """Add a row; the same fact twice in a batch unions its lists and keeps the first scalars."""
    previous = rows.get(identity)
    if previous is None:
        rows[identity] = row
        return
    for key, value in row.items():
        if isinstance(value, list):
            previous[key] = list(dict.fromkeys([*previous.get(key, []), *value]))
        else:
            previous.setdefault(key, value)


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
