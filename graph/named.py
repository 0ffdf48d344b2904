"""The registry of named queries: files in ``queries/``, listed, validated and run alike.

A named query is ``queries/NAME.cypher`` (Neo4j 5 Cypher that also runs on embedded
ArcadeDB) or ``queries/NAME.py`` (a ``run(store, params)`` function, for questions where
Cypher is the wrong tool: graph analytics with networkx). Both start with the same
header, written as comments (``//`` in Cypher, ``#`` in Python)::

    // title: Sister cities
    // audience: diplomats
    // description: The cities twinned with a city, with the kind of link,
    //   its date and who states it.
    // param: city entity(City) required — the city: an id, a name or an alias
    // param: as_of date — only links in force on that date
    // param: max_hops int = 6 — the longest chain considered
    // example: munigraph query sister-cities -p city=Utrecht

``param: NAME TYPE [required | = DEFAULT] [— description]``; types are ``string``,
``int``, ``float``, ``bool``, ``date`` and ``entity(Kind, ...)`` (``entity`` alone: any
named kind). Every query also takes ``limit`` (default 100) and ``offset`` (default 0)
to page its rows; a header may declare ``limit`` to give it another default. An int
parameter may bound a variable-length pattern (``*..$max_hops``): Neo4j refuses
parameters there, so its validated value is written into the text.

>>> rows = run(store, "sister-cities", {"city": "Utrecht"})   # doctest: +SKIP
>>> rows[0]  # doctest: +SKIP
{'id': 'city:...', 'name': '...', 'country': '..', 'kind': 'twinning', ...}
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import shlex
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from munigraph.graph.errors import QueryError
from munigraph.graph.lookup import NAMED_KINDS, resolve_entity
from munigraph.graph.schema import load_model

QUERY_DIR = Path(__file__).resolve().parents[1] / "queries"
DEFAULT_LIMIT = 100
TYPES = ("string", "int", "float", "bool", "date", "entity")
AUDIENCES = ("staff", "diplomats", "analysts")
HEADER_KEYS = ("title", "description", "audience", "param", "example")
PAGING = ("limit", "offset")

_PARAM = re.compile(
    r"^(?P<name>[a-z_][a-z0-9_]*)\s+(?P<type>[a-z]+)(?:\((?P<kinds>[^)]*)\))?"
    r"(?:\s+(?P<required>required)|\s*=\s*(?P<default>\"[^\"]*\"|\S+))?"
    r"(?:\s+(?:—|--|-)\s+(?P<description>.*))?\s*$"
)
_VAR_LENGTH = re.compile(r"\*(\d*)\.\.\$([a-z_][a-z0-9_]*)")
_TRUE, _FALSE = {"true", "yes", "1", "on"}, {"false", "no", "0", "off"}


@dataclass(frozen=True)
class Param:
    """One typed parameter of a named query."""

    name: str
    type: str
    kinds: tuple[str, ...] = ()
    required: bool = False
    default: Any = None
    description: str = ""

    @property
    def label(self) -> str:
        """The type as written in headers: ``entity(City)``, ``int``."""
        if self.type != "entity":
            return self.type
        return "entity" if self.kinds == NAMED_KINDS else f"entity({', '.join(self.kinds)})"


@dataclass(frozen=True)
class NamedQuery:
    """A named query as its header describes it."""

    name: str
    title: str
    description: str
    audience: str
    params: tuple[Param, ...]
    example: str
    path: Path

    @property
    def backend(self) -> str:
        """``cypher`` or ``python``."""
        return "cypher" if self.path.suffix == ".cypher" else "python"

    def param(self, name: str) -> Param | None:
        return next((p for p in self.all_params() if p.name == name), None)

    def all_params(self) -> tuple[Param, ...]:
        """Declared parameters plus the paging ones every query takes."""
        declared = {p.name for p in self.params}
        paging = (
            Param("limit", "int", default=DEFAULT_LIMIT, description="rows per page"),
            Param("offset", "int", default=0, description="rows to skip"),
        )
        return self.params + tuple(p for p in paging if p.name not in declared)

    def example_params(self) -> dict[str, str]:
        """The ``-p key=value`` pairs of the example command."""
        words = shlex.split(self.example)
        return dict(w.split("=", 1) for prev, w in zip(["", *words], words, strict=False) if prev == "-p" and "=" in w)

    def signature(self) -> str:
        """One line listing the parameters, for messages and ``--list``."""
        parts = []
        for p in self.params:
            default = json.dumps(p.default) if isinstance(p.default, bool) else p.default
            mark = " (required)" if p.required else (f" = {default}" if default is not None else "")
            parts.append(f"{p.name}: {p.label}{mark}")
        return ", ".join(parts) or "no parameters"


@dataclass
class Page:
    """One page of a query's rows; ``more`` says whether rows follow it."""

    rows: list[dict[str, Any]]
    limit: int
    offset: int
    more: bool


# -- the registry ------------------------------------------------------------------------


def list_queries(directory: Path = QUERY_DIR) -> list[NamedQuery]:
    """Every named query, Cypher and Python, sorted by audience then name."""
    order = {a: i for i, a in enumerate(AUDIENCES)}
    return sorted(_registry(directory).values(), key=lambda q: (order[q.audience], q.name))


def get(name: str, directory: Path = QUERY_DIR) -> NamedQuery:
    """The named query ``name``; an unknown name is a :class:`QueryError` listing the known ones."""
    registry = _registry(directory)
    if name not in registry:
        raise QueryError(f"unknown query '{name}' (known: {', '.join(sorted(registry))})")
    return registry[name]


@cache
def _registry(directory: Path) -> dict[str, NamedQuery]:
    queries: dict[str, NamedQuery] = {}
    for path in sorted(directory.glob("*")):
        if path.suffix not in (".cypher", ".py") or path.name.startswith(("_", ".")):
            continue
        if path.stem in queries:
            raise QueryError(f"{path}: query '{path.stem}' is defined twice")
        queries[path.stem] = parse_header(path)
    return queries


def parse_header(path: Path) -> NamedQuery:
    """Read the header comment block of a query file (see the module docstring)."""
    marker = "//" if path.suffix == ".cypher" else "#"
    fields: dict[str, list[str]] = {k: [] for k in HEADER_KEYS}
    last = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        stripped = line.strip()
        if not stripped.startswith(marker):
            if stripped or last:
                break
            continue
        body = stripped[len(marker) :]
        key, sep, value = body.strip().partition(":")
        if sep and key in HEADER_KEYS and not body.startswith("   "):
            fields[key].append(value.strip())
            last = key
        elif last and body.startswith("   ") and body.strip():
            fields[last][-1] += " " + body.strip()  # a continuation line
        elif body.strip():
            raise QueryError(f"{path.name}:{number}: unknown header line (known keys: {', '.join(HEADER_KEYS)})")
    return _build(path, fields)


def _build(path: Path, fields: dict[str, list[str]]) -> NamedQuery:
    for key in ("title", "description", "audience", "example"):
        if len(fields[key]) != 1:
            raise QueryError(f"{path.name}: the header needs exactly one '{key}:' line")
    audience = fields["audience"][0]
    if audience not in AUDIENCES:
        raise QueryError(f"{path.name}: audience '{audience}' is not one of {', '.join(AUDIENCES)}")
    params = tuple(_parse_param(path, text) for text in fields["param"])
    names = [p.name for p in params]
    if len(set(names)) != len(names) or "offset" in names:
        raise QueryError(f"{path.name}: a parameter is declared twice or redeclares offset")
    return NamedQuery(
        name=path.stem,
        title=fields["title"][0],
        description=fields["description"][0],
        audience=audience,
        params=params,
        example=fields["example"][0],
        path=path,
    )


def _parse_param(path: Path, text: str) -> Param:
    match = _PARAM.match(text)
    if not match or match.group("type") not in TYPES:
        raise QueryError(
            f"{path.name}: bad parameter line 'param: {text}' "
            f"(write 'param: NAME TYPE [required | = DEFAULT] — description'; types: {', '.join(TYPES)})"
        )
    name, kind = match.group("name"), match.group("type")
    kinds: tuple[str, ...] = ()
    if kind == "entity":
        kinds = tuple(k.strip() for k in (match.group("kinds") or "").split(",") if k.strip()) or NAMED_KINDS
        unknown = [k for k in kinds if k not in load_model().nodes]
        if unknown:
            raise QueryError(f"{path.name}: parameter {name} names unknown kinds {', '.join(unknown)}")
    param = Param(name, kind, kinds, bool(match.group("required")), None, match.group("description") or "")
    raw = match.group("default")
    if raw is not None:
        raw = raw[1:-1] if raw.startswith('"') else raw
        default = raw if kind == "entity" else _coerce(param, raw, path.stem)
        param = Param(name, kind, kinds, False, default, param.description)
    return param


# -- validation ---------------------------------------------------------------------------


def validate(store: Any, query: NamedQuery, params: Mapping[str, Any]) -> dict[str, Any]:
    """Check and convert ``params``; entity parameters become the id of the node they name.

    Raises :class:`QueryError` in one line naming what is valid: unknown parameters,
    missing required ones, values of the wrong type, names matching no node or several.
    """
    known = {p.name: p for p in query.all_params()}
    unknown = sorted(set(params) - set(known))
    if unknown:
        raise QueryError(
            f"{query.name}: unknown parameter{'s' if len(unknown) > 1 else ''} {', '.join(unknown)} "
            f"(valid: {', '.join(known)})"
        )
    missing = [p.name for p in query.params if p.required and params.get(p.name) in (None, "")]
    if missing:
        raise QueryError(f"{query.name}: missing required parameter {', '.join(missing)} ({query.signature()})")
    values: dict[str, Any] = {}
    # plain values first: a typo in a number is reported before any lookup in the graph
    for param in sorted(known.values(), key=lambda p: p.type == "entity"):
        raw = params.get(param.name)
        if raw is None or (raw == "" and param.type != "string"):
            raw = param.default
        if raw is None:
            values[param.name] = None
        elif param.type == "entity":
            values[param.name] = _entity(store, query, param, raw)
        else:
            values[param.name] = _coerce(param, raw, query.name)
    for name in PAGING:
        if values[name] < 0 or (name == "limit" and values[name] == 0):
            raise QueryError(f"{query.name}: {name} must be {'at least 1' if name == 'limit' else '0 or more'}")
    return values


def _entity(store: Any, query: NamedQuery, param: Param, raw: Any) -> str:
    if not isinstance(raw, str):
        raise QueryError(f"{query.name}: {param.name} must be an id or a name, got {raw!r}")
    try:
        return resolve_entity(store, raw, param.kinds)["id"]
    except QueryError as exc:
        raise QueryError(f"{query.name}: {param.name}: {exc}") from None


def _coerce(param: Param, raw: Any, owner: str) -> Any:
    """A parameter value of the declared type; strings from the command line are parsed."""
    try:
        return _COERCE[param.type](raw)
    except (TypeError, ValueError):
        raise QueryError(f"{owner}: {param.name} must be {_HINTS[param.type]}, got {raw!r}") from None


def _to_int(raw: Any) -> int:
    if isinstance(raw, bool) or (isinstance(raw, float) and not raw.is_integer()):
        raise ValueError(raw)
    return int(raw.strip()) if isinstance(raw, str) else int(raw)


def _to_float(raw: Any) -> float:
    if isinstance(raw, bool):
        raise ValueError(raw)
    return float(raw)


def _to_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise ValueError(raw)


def parse_date(raw: Any) -> str:
    """ISO date ``YYYY-MM-DD``; a bare year or year-month means its first day.

    Raises ValueError for anything else, a day that does not exist (``2022-13-45``) included.
    """
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat()
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if not isinstance(raw, str):
        raise ValueError(raw)
    text = raw.strip()
    text = {4: text + "-01-01", 7: text + "-01"}.get(len(text), text)
    return dt.date.fromisoformat(text[:10]).isoformat() if len(text) == 10 else _bad(raw)


def _to_string(raw: Any) -> str:
    if not isinstance(raw, str):
        raise ValueError(raw)
    return raw


def _bad(raw: Any) -> str:
    raise ValueError(raw)


_COERCE: dict[str, Callable[[Any], Any]] = {
    "string": _to_string,
    "int": _to_int,
    "float": _to_float,
    "bool": _to_bool,
    "date": parse_date,
}
_HINTS = {
    "string": "text",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "date": "a date YYYY-MM-DD",
}


# -- running ------------------------------------------------------------------------------


def run(
    store: Any, name: str, params: Mapping[str, Any], limit: int | None = None, offset: int = 0
) -> list[dict[str, Any]]:
    """Run a named query and return one page of JSON-ready rows.

    Parameters
    ----------
    store : graph.store.Store
        The graph.
    name : str
        A query name from :func:`list_queries`.
    params : mapping
        Parameter values, typed or as strings (``{"max_hops": "3"}``).
    limit, offset : int
        The page: ``limit`` rows after skipping ``offset``. ``limit=None`` takes the
        ``limit`` parameter, else the query's default (100 unless its header says).

    Examples
    --------
    >>> run(store, "co-chairs", {"council": "council:culture", "as_of": "2022-01-01"})  # doctest: +SKIP
    [{'id': 'person:...', 'name': '...', 'since': '2019-11-13', 'until': None, ...}]
    """
    return run_page(store, name, params, limit, offset).rows


def run_page(store: Any, name: str, params: Mapping[str, Any], limit: int | None = None, offset: int = 0) -> Page:
    """Like :func:`run`, and also says whether more rows follow the page."""
    query = get(name)
    merged = dict(params)
    if limit is not None:
        merged["limit"] = limit
    if offset:
        merged["offset"] = offset
    values = validate(store, query, merged)
    size, skip = values["limit"], values["offset"]
    if query.backend == "cypher":
        text = _inline_bounds(query, _cypher_text(query.path), values)
        rows = store.read(f"{text}\nSKIP $offset LIMIT $limit", **{**values, "limit": size + 1})
    else:
        rows = _python_run(query.path)(store, values)[skip : skip + size + 1]
    return Page([jsonable(r) for r in rows[:size]], size, skip, len(rows) > size)


@cache
def _cypher_text(path: Path) -> str:
    return path.read_text(encoding="utf-8").rstrip().rstrip(";")


def _inline_bounds(query: NamedQuery, text: str, values: Mapping[str, Any]) -> str:
    """Write validated int parameters into variable-length bounds (``*..$max_hops``)."""

    def literal(match: re.Match[str]) -> str:
        param = query.param(match.group(2))
        if param is None or param.type != "int":
            raise QueryError(f"{query.name}: '{match.group(0)}' must name an int parameter")
        return f"*{match.group(1)}..{int(values[param.name])}"

    return _VAR_LENGTH.sub(literal, text)


@cache
def _python_run(path: Path) -> Callable[[Any, dict[str, Any]], list[dict[str, Any]]]:
    spec = importlib.util.spec_from_file_location(f"munigraph.queries.{path.stem.replace('-', '_')}", path)
    if spec is None or spec.loader is None:
        raise QueryError(f"{path.name}: cannot be loaded")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not callable(getattr(module, "run", None)):
        raise QueryError(f"{path.name}: defines no run(store, params) function")
    return module.run


def jsonable(value: Any, key: str = "") -> Any:
    """Rows as JSON: dates as ISO text, provenance records parsed, tuples as lists."""
    if isinstance(value, dict):
        return {k: jsonable(v, k) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v, key) for v in value]
    if key == "provenance" and isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    if hasattr(value, "iso_format"):  # neo4j.time types
        return value.iso_format()
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and value != value:  # NaN is not JSON
        return None
    return value


# -- documentation ------------------------------------------------------------------------

_DOC_HEAD = """# Named queries

<!-- generated by `python -m munigraph.graph.named > docs/queries.md`; tests/graph/test_named.py keeps it in step -->

Each question below is a file in `queries/`: `NAME.cypher` (Neo4j 5 Cypher that also runs on
embedded ArcadeDB) or `NAME.py` (networkx analytics, see `graph/analytics/`). Run one with
`munigraph query NAME -p key=value ...`, list them with `munigraph query --list`, or open
`/queries` in the explorer. Entity parameters take an id, a name or an alias, in any case and
with or without accents; a name shared by several nodes is refused with the candidates
(add the country: `-p city="Paris, FR"`). Every query also takes `limit` (default 100) and
`offset` to page its rows.

## Writing one

The file starts with a header of comments (`//` in Cypher, `#` in Python):

```
// title: Sister cities of a city
// audience: diplomats
// description: The cities twinned with a city, ...
//   (indented lines continue the one above)
// param: city entity(City) required — the city: an id, a name or an alias
// param: as_of date — only links in force on that date
// param: max_hops int = 6 — the longest chain considered
// example: munigraph query sister-cities -p city=Utrecht
```

`param: NAME TYPE [required | = DEFAULT] [— description]`, with TYPE one of `string`, `int`,
`float`, `bool`, `date` (ISO; `2020` means 2020-01-01) or `entity(Kind, ...)` (`entity`
alone: any kind). Every parameter reaches Cypher as `$NAME` (None when not given), entity
parameters as the node's id. An int parameter may bound a variable-length pattern
(`[:TWINNED_WITH*..$max_hops]`): Neo4j refuses parameters there, so the validated number is
written into the text. The registry appends `SKIP $offset LIMIT $limit`: end the query with
its `ORDER BY`. A Python query defines `run(store, params) -> list[dict]`.

Relationships with `since`/`until` honour `as_of` with
`($as_of IS NULL OR ((r.since IS NULL OR left(r.since, 10) <= $as_of) AND (r.until IS NULL OR left(r.until, 10) >= $as_of)))`.
"""


def markdown() -> str:
    """The catalogue of named queries as Markdown (``docs/queries.md``)."""
    parts = [_DOC_HEAD]
    for audience in AUDIENCES:
        parts.append(f"## For {audience}\n")
        for query in (q for q in list_queries() if q.audience == audience):
            parts.append(f"### `{query.name}`: {query.title}\n\n{query.description}\n")
            parts.append("| parameter | type | default | description |\n|---|---|---|---|")
            for p in query.params:
                default = "required" if p.required else ("" if p.default is None else json.dumps(p.default))
                parts.append(f"| `{p.name}` | {p.label} | {default} | {p.description} |")
            kind = "networkx" if query.backend == "python" else "Cypher"
            parts.append(f"\n{kind}, `queries/{query.path.name}`. Example:\n\n```\n{query.example}\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    print(markdown(), end="")
