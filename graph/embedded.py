"""Embedded ArcadeDB: started in this process with its Bolt plugin on a free loopback port.

The database folder holds ArcadeDB's own files, the generated credentials (mode 0600)
and, while a server runs, a runtime file with its pid and port, so that a second
``munigraph`` process on the same folder attaches over Bolt instead of failing on the
database lock.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import json
import os
import secrets
import signal
import socket
import sys
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path

from munigraph.graph import console_guard
from munigraph.graph.errors import StoreError

DATABASE = "munigraph"
ROOT_USER = "root"
CONSOLE_USER = "console"
CREDENTIALS_FILE = "credentials.json"
RUNTIME_FILE = "runtime.json"


@dataclass(frozen=True)
class Endpoint:
    """How to reach a running embedded server."""

    uri: str
    root_password: str
    console_password: str
    owned: bool  # True when this process runs the server


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _port_open(port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        return True
    return False


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _write_private(path: Path, data: dict) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        json.dump(data, handle)
    os.chmod(path, 0o600)


def _credentials(root: Path) -> dict[str, str]:
    path = root / CREDENTIALS_FILE
    if path.exists():
        return json.loads(path.read_text())
    creds = {ROOT_USER: secrets.token_urlsafe(24), CONSOLE_USER: secrets.token_urlsafe(24)}
    _write_private(path, creds)
    return creds


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


class _Running:
    """The server this process owns, one per database folder."""

    servers: dict[Path, tuple[object, Endpoint]] = {}
    lock = threading.Lock()


def _start_jvm(root: Path, heap: str) -> None:
    import jpype
    from arcadedb_embedded.jvm import start_jvm

    if jpype.isJVMStarted():
        return
    log_dir = root / "log"
    log_dir.mkdir(parents=True, exist_ok=True)
    props = root / "logging.properties"
    props.write_text(
        "handlers = java.util.logging.FileHandler\n.level = WARNING\n"
        f"java.util.logging.FileHandler.pattern = {log_dir}/arcadedb.%g.log\n"
        "java.util.logging.FileHandler.limit = 5000000\njava.util.logging.FileHandler.count = 2\n"
        "java.util.logging.FileHandler.formatter = java.util.logging.SimpleFormatter\n"
    )
    # -Xrs leaves SIGTERM and SIGINT to Python, so shutdown runs our atexit hook.
    args = ["-Xrs", f"-Djava.util.logging.config.file={props}", f"-XX:ErrorFile={log_dir}/hs_err_pid%p.log"]
    saved = os.dup(2)  # the JVM prints an incubator-module warning on stderr: not for users
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 2)
            start_jvm(heap_size=heap, jvm_args=args)
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _schema_statements() -> list[str]:
    """ArcadeDB DDL (its SQL) for the model's types and unique ids."""
    from munigraph.graph.schema import load_model

    model = load_model()
    statements = []
    for kind in model.nodes:
        statements += [
            f"CREATE VERTEX TYPE `{kind}` IF NOT EXISTS",
            f"CREATE PROPERTY `{kind}`.id IF NOT EXISTS STRING",
            f"CREATE INDEX IF NOT EXISTS ON `{kind}` (id) UNIQUE",
        ]
    statements += [f"CREATE EDGE TYPE `{rel}` IF NOT EXISTS" for rel in model.relationships]
    return statements


def _start_server(root: Path, heap: str, console_rows: int, console_ms: int) -> tuple[Endpoint, object]:
    _start_jvm(root, heap)
    import arcadedb_embedded as arcadedb

    creds = _credentials(root)
    (root / "config").mkdir(parents=True, exist_ok=True)
    (root / "config" / "server-groups.json").write_text(json.dumps(_groups(console_ms)))
    bolt_port, http_port = _free_port(), _free_port()
    server = arcadedb.create_server(
        str(root),
        root_password=creds[ROOT_USER],
        config={
            "host": "127.0.0.1",
            "http_port": http_port,
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "bolt_port": bolt_port,
        },
    )
    server.start()
    console_guard.install(console_ms)
    try:
        database = server.create_database(DATABASE)
        for statement in _schema_statements():
            database.command("sql", statement)
        _ensure_console_user(server, creds[CONSOLE_USER])
    except BaseException:
        server.stop()  # a started server left running keeps the JVM, and so the process, alive
        raise
    endpoint = Endpoint(f"bolt://127.0.0.1:{bolt_port}", creds[ROOT_USER], creds[CONSOLE_USER], owned=True)
    _write_private(root / RUNTIME_FILE, {"pid": os.getpid(), "bolt_port": bolt_port})
    return endpoint, server


def _ensure_console_user(server: object, password: str) -> None:
    import jpype

    security = server._java_server.getSecurity()  # the wheel exposes no user API of its own
    if security.existsUser(CONSOLE_USER):
        return
    json_object = jpype.JClass("com.arcadedb.serializer.json.JSONObject")
    json_array = jpype.JClass("com.arcadedb.serializer.json.JSONArray")
    user = (
        json_object()
        .put("name", CONSOLE_USER)
        .put("password", security.encodePassword(password))
        .put("databases", json_object().put("*", json_array().put("console")))
    )
    security.createUser(user)


def _attach(root: Path) -> Endpoint | None:
    """The endpoint of a server another live process runs on this folder, if any."""
    runtime = root / RUNTIME_FILE
    if not runtime.exists():
        return None
    try:
        info = json.loads(runtime.read_text())
    except (OSError, ValueError):
        return None
    if info.get("pid") == os.getpid() or not _pid_alive(int(info["pid"])) or not _port_open(int(info["bolt_port"])):
        runtime.unlink(missing_ok=True)  # left by a process that died
        return None
    creds = _credentials(root)
    return Endpoint(f"bolt://127.0.0.1:{info['bolt_port']}", creds[ROOT_USER], creds[CONSOLE_USER], owned=False)


def endpoint_for(
    path: str | os.PathLike[str], heap: str = "1g", console_rows: int = 1000, console_ms: int = 10000
) -> Endpoint:
    """Start (or attach to) the embedded server over the database folder ``path``."""
    root = Path(path).expanduser().resolve()
    with _Running.lock:
        if root in _Running.servers:
            return _Running.servers[root][1]
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create database folder {root}: {exc.strerror}") from exc
        with open(root / ".startup.lock", "w") as lock_file:
            fcntl.flock(lock_file, fcntl.LOCK_EX)  # two processes starting at once: one wins
            attached = _attach(root)
            if attached:
                return attached
            try:
                endpoint, server = _start_server(root, heap, console_rows, console_ms)
            except Exception as exc:  # the engine raises Java and wrapper errors alike
                raise StoreError(f"cannot start the embedded database in {root}: {exc}") from exc
        _Running.servers[root] = (server, endpoint)
        _install_shutdown()
        return endpoint


def truncate(path: str | os.PathLike[str], types: list[str]) -> bool:
    """Empty the given types in the server this process runs on ``path``; False if it runs elsewhere.

    Deleting node by node through Cypher takes minutes on a twinning dataset; the
    engine's own TRUNCATE takes a moment.
    """
    root = Path(path).expanduser().resolve()
    entry = _Running.servers.get(root)
    if entry is None:
        return False
    database = entry[0].get_database(DATABASE)
    for name in types:
        database.command("sql", f"TRUNCATE TYPE `{name}` UNSAFE")
    return True


def stop(path: str | os.PathLike[str]) -> None:
    """Stop the server this process runs on ``path`` and remove its runtime file."""
    root = Path(path).expanduser().resolve()
    with _Running.lock:
        entry = _Running.servers.pop(root, None)
    if entry is None:
        return
    server, _ = entry
    with contextlib.suppress(Exception):
        server.stop()
    (root / RUNTIME_FILE).unlink(missing_ok=True)


_before_stop: weakref.WeakSet = weakref.WeakSet()


def close_before_stop(client: object) -> None:
    """Have ``client.close()`` called before the servers stop at exit.

    A server cannot stop while Bolt connections to it are open: its connection threads
    keep the JVM, and so the process, alive.
    """
    _before_stop.add(client)


def stop_all() -> None:
    for client in list(_before_stop):
        with contextlib.suppress(Exception):
            client.close()
    for root in list(_Running.servers):
        stop(root)


_shutdown_installed = False


def _install_shutdown() -> None:
    global _shutdown_installed
    if _shutdown_installed:
        return
    _shutdown_installed = True
    atexit.register(stop_all)
    if threading.current_thread() is threading.main_thread():
        previous = signal.getsignal(signal.SIGTERM)

        def on_term(signum: int, frame: object) -> None:
            if callable(previous) and previous not in (signal.SIG_DFL, signal.SIG_IGN):
                previous(signum, frame)
            sys.exit(128 + signum)  # atexit then stops the server cleanly

        signal.signal(signal.SIGTERM, on_term)
