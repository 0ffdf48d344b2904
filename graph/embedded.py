"""Embedded ArcadeDB: one engine process per database folder, started on demand, shared over Bolt.

:func:`attach` finds the engine of a folder (:mod:`munigraph.graph.engine`) or starts
it, and returns an :class:`Attachment`: the Bolt endpoint and the credentials, plus a
shared lock on the folder's ``clients.lock`` that tells the engine it is in use. The
engine is a process of its own (its own session, so a Ctrl-C in a terminal does not
reach it): it outlives the command that started it, serves every process using the
folder, and stops once nobody has used it for ``MUNIGRAPH_ENGINE_IDLE`` seconds, or on
``munigraph stop``.

The locks (``flock``: the kernel drops them when a process ends, however it ends):

- ``.startup.lock``, exclusive, while a client looks for the engine and starts one:
  two processes starting at once start one engine;
- ``engine.lock``, exclusive, held by the engine for its whole life: free means no
  engine runs;
- ``clients.lock``, shared, held by each attached process; the engine takes it
  exclusively when it stops for idleness, so a client arriving then waits for the
  stop to finish and starts a new engine.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from munigraph.graph.errors import StoreError

if TYPE_CHECKING:
    from munigraph.graph.settings import Settings

DATABASE = "munigraph"
ROOT_USER = "root"
CONSOLE_USER = "console"
CREDENTIALS_FILE = "credentials.json"
RUNTIME_FILE = "runtime.json"
ENGINE_LOCK = "engine.lock"
CLIENTS_LOCK = "clients.lock"
STARTUP_LOCK = ".startup.lock"
SOCKET_FILE = "engine.sock"
LOG_FILE = "log/engine.log"
START_TIMEOUT = 300.0  # seconds; a first start on a busy machine takes tens of them


@dataclass(frozen=True)
class Endpoint:
    """How to reach a running engine."""

    uri: str
    root_password: str
    console_password: str
    pid: int


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_private(path: Path, data: dict) -> None:
    """Write ``data`` as JSON readable by this user only, whole or not at all."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        json.dump(data, handle)
    os.replace(tmp, path)


def credentials(root: Path) -> dict[str, str]:
    """The engine's root and console passwords, generated on first use (mode 0600)."""
    path = root / CREDENTIALS_FILE
    if path.exists():
        return json.loads(path.read_text())
    creds = {ROOT_USER: secrets.token_urlsafe(24), CONSOLE_USER: secrets.token_urlsafe(24)}
    write_private(path, creds)
    return creds


def socket_path(root: Path) -> Path:
    """The engine's control socket: in the folder, or a private temporary one for long paths."""
    path = root / SOCKET_FILE
    if len(str(path).encode()) < 100:  # sun_path holds 108 bytes
        return path
    private = Path(tempfile.gettempdir()) / f"munigraph-{os.getuid()}"
    private.mkdir(mode=0o700, exist_ok=True)
    return private / f"{hashlib.sha1(str(root).encode()).hexdigest()[:20]}.sock"


def _open_lock(path: Path) -> IO[str]:
    return open(path, "a+")  # noqa: SIM115 - the caller keeps it open as long as the lock


def _engine_running(handle: IO[str]) -> bool:
    """Whether the engine holds its lock (probed with a shared lock, dropped at once)."""
    try:
        fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    fcntl.flock(handle, fcntl.LOCK_UN)
    return False


def _read_runtime(root: Path) -> dict[str, Any] | None:
    try:
        return json.loads((root / RUNTIME_FILE).read_text())
    except (OSError, ValueError):
        return None


class Attachment:
    """This process's use of a folder's engine: the endpoint, and the lock saying it is in use."""

    def __init__(self, root: Path, endpoint: Endpoint, clients: IO[str], engine: IO[str]) -> None:
        self.root, self.endpoint = root, endpoint
        self._clients, self._engine = clients, engine

    def engine_alive(self) -> bool:
        return not self._engine.closed and _engine_running(self._engine)

    def close(self) -> None:
        for handle in (self._clients, self._engine):
            handle.close()


def attach(settings: Settings, path: str | os.PathLike[str] | None = None) -> Attachment:
    """Attach to the engine of the folder ``path`` (default ``settings.db``), starting it if needed."""
    root = Path(path or settings.db).expanduser().resolve()
    try:
        root.mkdir(parents=True, exist_ok=True)
        (root / "log").mkdir(exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create database folder {root}: {exc.strerror}") from exc
    with _open_lock(root / STARTUP_LOCK) as startup:
        fcntl.flock(startup, fcntl.LOCK_EX)
        clients = _open_lock(root / CLIENTS_LOCK)
        fcntl.flock(clients, fcntl.LOCK_SH)  # waits while an idle engine is stopping
        engine = _open_lock(root / ENGINE_LOCK)
        try:
            endpoint = _running_endpoint(root, engine)
            if endpoint is not None and not _schema_current(root):
                stop(root)  # started by older code: its indexes are made at start (ArcadeDB's SQL, not Bolt)
                endpoint = None
            endpoint = endpoint or _start(root, engine, settings)
        except BaseException:
            clients.close()
            engine.close()
            raise
    return Attachment(root, endpoint, clients, engine)


def _running_endpoint(root: Path, engine: IO[str]) -> Endpoint | None:
    deadline = time.monotonic() + START_TIMEOUT
    while _engine_running(engine):
        info = _read_runtime(root)
        if info and "bolt_port" in info:
            return _endpoint(root, info)
        if time.monotonic() > deadline:
            raise StoreError(f"the engine of {root} holds its lock but does not answer (see {root / LOG_FILE})")
        time.sleep(0.1)  # an engine on its way out (munigraph stop): a new one starts after it
    return None


def _schema_current(root: Path) -> bool:
    """Whether the running engine made the schema this code's model asks for."""
    from munigraph.graph.engine import schema_stamp  # the engine's module imports this one

    return (_read_runtime(root) or {}).get("schema") == schema_stamp()


def _endpoint(root: Path, info: dict[str, Any]) -> Endpoint:
    creds = credentials(root)
    return Endpoint(f"bolt://127.0.0.1:{info['bolt_port']}", creds[ROOT_USER], creds[CONSOLE_USER], int(info["pid"]))


def _start(root: Path, engine: IO[str], settings: Settings) -> Endpoint:
    (root / RUNTIME_FILE).unlink(missing_ok=True)  # left by an engine that was killed
    credentials(root)
    command = [
        sys.executable,
        "-m",
        "munigraph.graph.engine",
        str(root),
        f"--heap={settings.heap}",
        f"--console-rows={settings.console_rows}",
        f"--console-ms={int(settings.console_seconds * 1000)}",
        f"--idle={settings.engine_idle:g}",
    ]
    with open(root / LOG_FILE, "a") as log:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,  # not in the terminal's process group: Ctrl-C is for the command
            close_fds=True,  # no inherited lock: the engine must not count itself as a user
        )
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        info = _read_runtime(root)
        if info and "error" in info:
            (root / RUNTIME_FILE).unlink(missing_ok=True)
            raise StoreError(f"cannot start the embedded database in {root}: {info['error']} (see {root / LOG_FILE})")
        if info and "bolt_port" in info:
            return _endpoint(root, info)
        if process.poll() is not None:
            raise StoreError(f"the embedded database engine of {root} ended at start (see {root / LOG_FILE})")
        if time.monotonic() > deadline:
            process.terminate()
            raise StoreError(f"the embedded database engine of {root} did not start in {START_TIMEOUT:g} s")
        time.sleep(0.05)


def _request(root: Path, op: str, timeout: float = 600.0) -> dict[str, Any] | None:
    """Ask the folder's engine over its control socket; None when no engine answers."""
    info = _read_runtime(root)
    if not info or "socket" not in info:
        return None
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            sock.connect(info["socket"])
            sock.sendall((json.dumps({"op": op}) + "\n").encode())
            answer = json.loads(sock.makefile("r").readline() or "null")
    except (OSError, ValueError):
        return None
    if answer and not answer.get("ok"):
        raise StoreError(f"the embedded database engine of {root} refused {op}: {answer.get('error')}")
    return answer


def truncate(path: str | os.PathLike[str]) -> bool:
    """Empty every type of the model in the folder's engine; False when no engine answers."""
    return _request(Path(path).expanduser().resolve(), "truncate") is not None


def status(path: str | os.PathLike[str]) -> dict[str, Any] | None:
    """What the folder's engine says of itself (pid, port, in use), or None when none runs."""
    return _request(Path(path).expanduser().resolve(), "status", timeout=10)


def stop(path: str | os.PathLike[str], timeout: float = 120.0) -> int | None:
    """Stop the folder's engine and wait until it has ended; its pid, or None if none ran."""
    root = Path(path).expanduser().resolve()
    if not (root / ENGINE_LOCK).exists():
        return None
    answer = _request(root, "stop", timeout=10)
    with _open_lock(root / ENGINE_LOCK) as engine:
        if answer is None:
            info = _read_runtime(root)
            if not _engine_running(engine):
                return None
            if not info or "pid" not in info:
                raise StoreError(f"the engine of {root} does not answer (see {root / LOG_FILE})")
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(info["pid"]), 15)
            answer = info
        deadline = time.monotonic() + timeout
        while _engine_running(engine):
            if time.monotonic() > deadline:
                raise StoreError(f"the engine of {root} did not stop in {timeout:g} s")
            time.sleep(0.05)
    return int(answer["pid"])
