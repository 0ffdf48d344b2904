"""Every setting of munigraph, declared once: its environment variable, default and help.

The entry points (the command line, the WSGI module) build one :class:`Settings` with
:meth:`Settings.from_env` and hand it to the store and the app; nothing else reads the
environment. The README's configuration table is generated from these declarations
(:func:`markdown_table`) and a test keeps the two in step.

>>> settings = Settings.from_env({"MUNIGRAPH_CONSOLE_ROWS": "50"}, db="/tmp/g")
>>> (settings.db, settings.console_rows, settings.neo4j_uri)
('/tmp/g', 50, None)
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from munigraph.graph.errors import MunigraphError


def _setting(env: str, default: Any, help_text: str, parse: Callable[[str], Any] = str, secret: bool = False) -> Any:
    metadata = {"env": env, "help": help_text, "parse": parse, "secret": secret}
    return field(default=default, metadata=metadata)


def _seconds(text: str) -> float:
    value = float(text)
    if value < 0:
        raise ValueError("must not be negative")
    return value


def _heap(text: str) -> str:
    if not re.fullmatch(r"[1-9]\d*[kKmMgG]?", text.strip()):
        raise ValueError("write a size such as 512m or 2g")
    return text.strip()


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise ValueError("must be at least 1")
    return value


@dataclass(frozen=True)
class Settings:
    """What the store, the loaders and the explorer are configured with."""

    db: str = _setting(
        "MUNIGRAPH_DB",
        "./munigraph-data",
        "embedded database folder (also `--db PATH`); its engine is shared by every process using the folder",
    )
    heap: str = _setting(
        "MUNIGRAPH_HEAP", "2g", "JVM heap of the embedded engine (a load is one transaction, held in it)", _heap
    )
    engine_idle: float = _setting(
        "MUNIGRAPH_ENGINE_IDLE",
        600.0,
        "seconds the embedded engine stays up after the last process using it ends, so the next command "
        "answers at once; 0 stops it with its last user (`munigraph stop` stops it now)",
        _seconds,
    )
    console_rows: int = _setting("MUNIGRAPH_CONSOLE_ROWS", 1000, "row limit of the Cypher console", _positive_int)
    console_seconds: float = _setting(
        "MUNIGRAPH_CONSOLE_SECONDS",
        10.0,
        "time limit of the Cypher console: the engine stops a query past it",
        _seconds,
    )
    console_slots: int = _setting(
        "MUNIGRAPH_CONSOLE_SLOTS",
        2,
        "console queries run at once per process; more wait a second, then are refused, so the explorer's own "
        "queries always find one of the engine's slots (ArcadeDB runs 4 queries at once)",
        _positive_int,
    )
    console_user: str | None = _setting(
        "MUNIGRAPH_CONSOLE_USER",
        None,
        "Neo4j only: a read-only user the console runs as (Enterprise: `CREATE USER console SET PASSWORD '...' "
        "CHANGE NOT REQUIRED; GRANT ROLE reader TO console`; Community has no roles). Without it the console runs "
        "as `NEO4J_USER` in read access mode behind its refusal of writes and administration commands; the "
        "embedded engine always has its own read-only console user",
    )
    console_password: str = _setting(
        "MUNIGRAPH_CONSOLE_PASSWORD", "", "password of `MUNIGRAPH_CONSOLE_USER`", secret=True
    )
    neo4j_uri: str | None = _setting(
        "NEO4J_URI", None, "use this Neo4j 5 server (`bolt://host:7687`, or a cluster with `neo4j://`) instead"
    )
    neo4j_user: str = _setting("NEO4J_USER", "neo4j", "Neo4j user")
    neo4j_password: str = _setting("NEO4J_PASSWORD", "", "Neo4j password", secret=True)
    neo4j_database: str | None = _setting("NEO4J_DATABASE", None, "Neo4j database (default: the server's)")
    salt: str | None = _setting(
        "MUNIGRAPH_SALT",
        None,
        "secret that hashes attendees' e-mail addresses; required on Neo4j, generated in the database folder otherwise",
        secret=True,
    )
    cache: str = _setting(
        "MUNIGRAPH_CACHE", "~/.cache/munigraph", "folder of the gazetteer cache (rebuilt when missing)"
    )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Settings from ``environ`` (default: the process environment), then ``overrides``.

        An override of ``None`` (an option not given on the command line) keeps the value
        from the environment or the default.
        """
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for spec in fields(cls):
            raw = environ.get(spec.metadata["env"])
            if raw in (None, ""):
                continue
            try:
                values[spec.name] = spec.metadata["parse"](raw)
            except ValueError as exc:
                raise MunigraphError(f"{spec.metadata['env']}={raw!r} is not valid: {exc}") from exc
        values.update({name: value for name, value in overrides.items() if value is not None})
        return cls(**values)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


def markdown_table() -> str:
    """The README's configuration table."""
    lines = ["| variable | meaning | default |", "|---|---|---|"]
    for spec in fields(Settings):
        default = "unset" if spec.default is None or spec.default == "" else f"`{_plain(spec.default)}`"
        lines.append(f"| `{spec.metadata['env']}` | {spec.metadata['help']} | {default} |")
    return "\n".join(lines)


def _plain(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


if __name__ == "__main__":
    print(markdown_table())
