"""The engine process of one embedded database folder: ``python -m munigraph.graph.engine FOLDER``.

ArcadeDB runs here, in a process of its own, with its Bolt plugin on a free 127.0.0.1
port; every ``munigraph`` process using the folder (commands, the explorer, gunicorn
workers) is a client over Bolt (:mod:`munigraph.graph.embedded` starts this process on
demand and attaches to it). So the engine outlives whoever started it, and a command
run right after another finds it warm.

Files in the folder (see :mod:`munigraph.graph.embedded` for the locks' protocol):

- ``engine.lock``: held (``flock``, exclusive) for this process's whole life; the kernel
  releases it when the process ends, however it ends, so no lock is ever left behind;
- ``clients.lock``: each attached process holds it shared; once this process can take
  it exclusively, nobody uses the engine, and after ``--idle`` seconds of that it stops;
- ``runtime.json`` (mode 0600): pid, Bolt port and control socket, written once the
  engine answers, removed when it stops;
- ``engine.sock``: a Unix socket (mode 0600, same user only) for what Bolt cannot say:
  ``stop``, ``status`` and ``truncate`` (the engine's own TRUNCATE empties the graph in
  a moment where deleting through Cypher takes minutes);
- ``log/engine.log``: what the engine did, and why it stopped.

ArcadeDB's HTTP server (API and Studio) is shut as soon as the server has started: the
app speaks Bolt only, so no other port stays open.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import hashlib
import json
import logging
import os
import signal
import socket
import struct
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

from munigraph.graph import console_guard, embedded, keys
from munigraph.graph.settings import Settings

log = logging.getLogger("munigraph.engine")
POLL_SECONDS = 0.5


def _start_jvm(root: Path, heap: str) -> None:
    import jpype
    from arcadedb_embedded.jvm import start_jvm

    if jpype.isJVMStarted():
        return
    log_dir = root / "log"
    props = root / "logging.properties"
    props.write_text(
        "handlers = java.util.logging.FileHandler\n.level = WARNING\n"
        f"java.util.logging.FileHandler.pattern = {log_dir}/arcadedb.%g.log\n"
        "java.util.logging.FileHandler.limit = 5000000\njava.util.logging.FileHandler.count = 2\n"
        "java.util.logging.FileHandler.formatter = java.util.logging.SimpleFormatter\n"
    )
    # -Xrs leaves SIGTERM and SIGINT to Python, so a signal stops the server cleanly.
    args = ["-Xrs", f"-Djava.util.logging.config.file={props}", f"-XX:ErrorFile={log_dir}/hs_err_pid%p.log"]
    start_jvm(heap_size=heap, jvm_args=args)


def _groups(console_ms: int) -> dict:
    """ArcadeDB security groups: admin for loads, a read-only console group with limits."""
    all_access = ["createRecord", "readRecord", "updateRecord", "deleteRecord"]
    return {
        "databases": {
            "*": {
                "groups": {
                    "admin": {
                        "resultSetLimit": -1,
                        "readTimeout": -1,
                        "access": ["updateSecurity", "updateSchema", "updateDatabaseSettings"],
                        "types": {"*": {"access": all_access}},
                    },
                    "console": {
                        # -1: the engine's limit caps the records a query scans, not the rows it
                        # returns (a count over 36,118 cities said 1000); the console stops
                        # reading after its row limit instead (Store.console)
                        "resultSetLimit": -1,
                        "readTimeout": console_ms,
                        "access": [],
                        "types": {"*": {"access": ["readRecord"]}},
                    },
                    "*": {"resultSetLimit": -1, "readTimeout": -1, "access": [], "types": {"*": {"access": []}}},
                }
            }
        },
        "version": 2,
    }


def _schema_statements() -> list[str]:
    """ArcadeDB DDL (its SQL) for the model's types and unique ids."""
    from munigraph.graph.changes import LABEL
    from munigraph.graph.schema import load_model

    model = load_model()
    statements = []
    for kind in [*model.nodes, LABEL]:  # LABEL: the change counter's node
        statements += [
            f"CREATE VERTEX TYPE `{kind}` IF NOT EXISTS",
            f"CREATE PROPERTY `{kind}`.id IF NOT EXISTS STRING",
            f"CREATE INDEX IF NOT EXISTS ON `{kind}` (id) UNIQUE",
        ]
    for kind in model.nodes:  # the model's full-text indexes (their names: graph.cypher.fulltext_index)
        for prop in model.fulltext:
            statements += [
                f"CREATE PROPERTY `{kind}`.{prop} IF NOT EXISTS STRING",
                f"CREATE INDEX IF NOT EXISTS ON `{kind}` ({prop}) FULL_TEXT",
            ]
    statements += [  # name lookup's key nodes (graph.keys), one per folded name
        f"CREATE VERTEX TYPE `{keys.LABEL}` IF NOT EXISTS",
        f"CREATE PROPERTY `{keys.LABEL}`.key IF NOT EXISTS STRING",
        f"CREATE INDEX IF NOT EXISTS ON `{keys.LABEL}` (key) UNIQUE",
        f"CREATE PROPERTY `{keys.LABEL}`.{keys.TEXT} IF NOT EXISTS STRING",  # search's one index (graph.fulltext)
        f"CREATE INDEX IF NOT EXISTS ON `{keys.LABEL}` ({keys.TEXT}) FULL_TEXT",
    ]
    statements += [f"CREATE EDGE TYPE `{rel}` IF NOT EXISTS" for rel in model.relationships]
    return statements


def schema_stamp() -> str:
    """A digest of the DDL: an engine started by code whose model differs has another (see embedded.attach)."""
    return hashlib.sha1("\n".join(_schema_statements()).encode()).hexdigest()[:16]


def _ensure_console_user(server: Any, password: str) -> None:
    import jpype

    security = server._java_server.getSecurity()  # the wheel exposes no user API of its own
    if security.existsUser(embedded.CONSOLE_USER):
        return
    json_object = jpype.JClass("com.arcadedb.serializer.json.JSONObject")
    json_array = jpype.JClass("com.arcadedb.serializer.json.JSONArray")
    user = (
        json_object()
        .put("name", embedded.CONSOLE_USER)
        .put("password", security.encodePassword(password))
        .put("databases", json_object().put("*", json_array().put("console")))
    )
    security.createUser(user)


def start_server(root: Path, heap: str, console_rows: int, console_ms: int) -> tuple[Any, int]:
    """Start ArcadeDB over ``root`` with Bolt on a free loopback port; return it and the port."""
    _start_jvm(root, heap)
    import arcadedb_embedded as arcadedb

    creds = embedded.credentials(root)
    (root / "config").mkdir(parents=True, exist_ok=True)
    (root / "config" / "server-groups.json").write_text(json.dumps(_groups(console_ms)))
    bolt_port = embedded.free_port()
    server = arcadedb.create_server(
        str(root),
        root_password=creds[embedded.ROOT_USER],
        config={
            "host": "127.0.0.1",
            "mode": "production",  # no Studio pages, even for the moment the HTTP server is up
            "http_port": embedded.free_port(),
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "bolt_port": bolt_port,
        },
    )
    server.start()
    console_guard.install(console_ms)  # the console's time limit, enforced in the engine
    try:
        # The HTTP API cannot be left out of the start; nothing here uses it, so it closes.
        server._java_server.getHttpServer().stopService()
        database = server.create_database(embedded.DATABASE)
        for statement in _schema_statements():
            database.command("sql", statement)
        _ensure_console_user(server, creds[embedded.CONSOLE_USER])
    except BaseException:
        server.stop()  # a started server left running keeps the JVM, and so the process, alive
        raise
    return server, bolt_port


class Control:
    """The engine's Unix socket: one JSON request per connection, one JSON answer."""

    def __init__(self, path: Path, server: Any, stopping: threading.Event, state: dict[str, Any]) -> None:
        self.path, self.server, self.stopping, self.state = path, server, stopping, state
        path.unlink(missing_ok=True)
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        previous = os.umask(0o177)  # the socket is born private: no window with looser rights
        try:
            self.sock.bind(str(path))
        finally:
            os.umask(previous)
        self.sock.listen(8)
        self.thread = threading.Thread(target=self._serve, name="munigraph-engine-control", daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return  # closed at shutdown
            with conn, contextlib.suppress(OSError, ValueError):
                self._answer(conn)

    def _answer(self, conn: socket.socket) -> None:
        uid = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")))[1]
        if uid != os.getuid():
            return
        conn.settimeout(10)
        request = json.loads(conn.makefile("r").readline() or "{}")
        try:
            answer = self._do(request.get("op"))
        except Exception as exc:  # the engine reports, the client words it for the user
            answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        conn.sendall((json.dumps(answer) + "\n").encode())

    def _do(self, op: str | None) -> dict[str, Any]:
        if op == "status":
            return {"ok": True, **self.state}
        if op == "stop":
            log.info("stopping: asked to (munigraph stop)")
            self.stopping.set()
            return {"ok": True, "pid": os.getpid()}
        if op == "truncate":
            from munigraph.graph.schema import load_model

            model = load_model()
            database = self.server.get_database(embedded.DATABASE)
            for name in [*model.relationships, *model.nodes, keys.LABEL]:
                database.command("sql", f"TRUNCATE TYPE `{name}` UNSAFE")
            return {"ok": True}
        return {"ok": False, "error": f"unknown request {op!r}"}

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()
        self.path.unlink(missing_ok=True)


def _try_lock(path: Path, mode: int) -> IO[str] | None:
    handle = open(path, "a+")  # noqa: SIM115 - held for the process's life
    try:
        fcntl.flock(handle, mode | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        return None
    return handle


class IdleWatch:
    """Whether anybody uses the engine, and since when nobody has."""

    def __init__(self, root: Path, idle_seconds: float) -> None:
        self.path = root / embedded.CLIENTS_LOCK
        self.idle_seconds = idle_seconds
        self.unused_since: float | None = None
        self.held: IO[str] | None = None

    def expired(self) -> bool:
        """True, holding the clients lock (so no one attaches meanwhile), once idle long enough."""
        handle = _try_lock(self.path, fcntl.LOCK_EX)
        if handle is None:
            self.unused_since = None
            return False
        now = time.monotonic()
        self.unused_since = self.unused_since if self.unused_since is not None else now
        if now - self.unused_since >= self.idle_seconds:
            self.held = handle
            return True
        handle.close()
        return False

    def in_use(self) -> bool:
        return self.unused_since is None


def serve(root: Path, heap: str, console_rows: int, console_ms: int, idle_seconds: float) -> int:
    """Run the engine of ``root`` until it is stopped or idle; the exit status of the process."""
    engine_lock = _try_lock(root / embedded.ENGINE_LOCK, fcntl.LOCK_EX)
    if engine_lock is None:
        log.info("another engine already runs on %s", root)
        return 0
    stopping = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, lambda *_: stopping.set())
    runtime = root / embedded.RUNTIME_FILE
    started = time.monotonic()
    try:
        server, bolt_port = start_server(root, heap, console_rows, console_ms)
    except Exception as exc:  # the engine raises Java and wrapper errors alike
        log.exception("cannot start")
        embedded.write_private(runtime, {"pid": os.getpid(), "error": str(exc) or type(exc).__name__})
        return 1
    socket_path = embedded.socket_path(root)
    state: dict[str, Any] = {
        "pid": os.getpid(),
        "bolt_port": bolt_port,
        "socket": str(socket_path),
        "schema": schema_stamp(),
    }
    control = Control(socket_path, server, stopping, state)
    embedded.write_private(runtime, state)
    log.info("engine %d ready on bolt port %d in %.1f s", os.getpid(), bolt_port, time.monotonic() - started)
    watch = IdleWatch(root, idle_seconds)
    while not stopping.wait(POLL_SECONDS):
        if watch.expired():
            log.info("stopping: unused for %g s", idle_seconds)
            break
        state["in_use"] = watch.in_use()
    runtime.unlink(missing_ok=True)  # first: nobody attaches to an engine on its way out
    control.close()
    with contextlib.suppress(Exception):
        server.stop()
    log.info("engine %d stopped", os.getpid())
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m munigraph.graph.engine", description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, help="the database folder")
    parser.add_argument("--heap", default=Settings.heap)
    parser.add_argument("--console-rows", type=int, default=1000)
    parser.add_argument("--console-ms", type=int, default=10000)
    parser.add_argument("--idle", type=float, default=600.0, help="seconds unused before stopping")
    args = parser.parse_args(argv)
    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    return serve(args.root.resolve(), args.heap, args.console_rows, args.console_ms, args.idle)


if __name__ == "__main__":
    status = main()
    logging.shutdown()
    # The server is stopped and its files closed; a Bolt thread still winding down must not
    # keep the process (and so its locks) alive.
    os._exit(status)
