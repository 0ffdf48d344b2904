"""Declarative table mappings: YAML that says which columns make which entities and links.

In the spirit of followthemoney's mappings. A mapping names the file's format (delimiter,
header or column names, encoding, comment prefix), how to recognise the file (its exact
header, or a pattern its first data line matches), optional lookup files joined by key,
the entities each row makes and the relationships between them. The format is documented
with examples in docs/mappings.md; the shipped mappings live in loaders/mappings/.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from munigraph.graph.errors import LoadError
from munigraph.graph.text import clean, fold, slug

MAPPINGS_DIR = Path(__file__).with_name("mappings")
_TRANSFORMS = {
    "strip": lambda v: v.strip(),
    "clean": clean,
    "upper": lambda v: v.upper(),
    "lower": lambda v: v.lower(),
    "title": lambda v: v.title(),
    "fold": fold,
    "slug": slug,
}
_TYPES = {"string": str, "int": lambda v: int(float(v)), "float": float}


@dataclass
class Value:
    """How one value is read from a row: a column, a constant, a template or a lookup."""

    column: str | None = None
    constant: Any = None
    template: str | None = None
    lookup: str | None = None
    key: Value | None = None  # for a lookup: the value looked up
    default: Value | None = None  # used when this value is empty (a lookup that misses)
    type: str = "string"
    transforms: tuple[str, ...] = ()

    @classmethod
    def parse(cls, spec: Any, where: str) -> Value:
        if isinstance(spec, str):
            return cls(column=spec)
        if not isinstance(spec, dict):
            return cls(constant=spec)
        unknown = set(spec) - {"column", "constant", "template", "lookup", "key", "default", "type", "transforms"}
        if unknown:
            raise LoadError(f"{where}: unknown value field(s) {', '.join(sorted(unknown))}")
        transforms = tuple(spec.get("transforms", ()))
        for name in transforms:
            if name not in _TRANSFORMS:
                raise LoadError(f"{where}: unknown transform '{name}' (known: {', '.join(_TRANSFORMS)})")
        kind = spec.get("type", "string")
        if kind not in _TYPES:
            raise LoadError(f"{where}: unknown type '{kind}' (known: {', '.join(_TYPES)})")
        key = cls.parse(spec["key"], f"{where}.key") if "key" in spec else None
        if spec.get("lookup") and key is None:
            raise LoadError(f"{where}: a lookup needs a key")
        default = cls.parse(spec["default"], f"{where}.default") if "default" in spec else None
        return cls(
            column=spec.get("column"),
            constant=spec.get("constant"),
            template=spec.get("template"),
            lookup=spec.get("lookup"),
            key=key,
            default=default,
            type=kind,
            transforms=transforms,
        )

    def get(self, row: dict[str, str], lookups: dict[str, dict[str, str]]) -> Any:
        """The value for a row; None when empty. Raises ValueError on a bad number."""
        if self.constant is not None:
            raw: Any = self.constant
        elif self.template is not None:
            raw = self.template.format_map(row)  # a missing column is a KeyError: the row is rejected
        elif self.lookup is not None:
            raw = lookups[self.lookup].get(str(self.key.get(row, lookups)) if self.key else "")
        else:
            raw = row.get(self.column or "")
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return self.default.get(row, lookups) if self.default else None
        if isinstance(raw, str):
            for name in self.transforms:
                raw = _TRANSFORMS[name](raw)
            return _TYPES[self.type](raw.strip())
        return raw


@dataclass
class EntitySpec:
    """One entity a row makes. Cities go through the gazetteer unless ``resolve`` is false."""

    name: str
    kind: str
    label: Value
    id: Value | None = None
    country: Value | None = None
    lat: Value | None = None
    lon: Value | None = None
    population: Value | None = None  # the file's count of the city's people: tells namesakes apart
    properties: dict[str, Value] = field(default_factory=dict)
    resolve: bool = True
    unresolved_id: str | None = None  # template; default city:<country or xx>:<slug of name>
    required: bool = True


@dataclass
class RelationSpec:
    """A relationship between two of a row's entities.

    ``stated_by: source`` says the row is a statement by its source entity (a city's own
    list of twins); both directions stated make ``stated_by: both``. ``undirected`` says
    the file does not tell who states it.
    """

    type: str
    source: str
    target: str
    stated_by: str = "source"
    properties: dict[str, Value] = field(default_factory=dict)


@dataclass
class Lookup:
    file: str
    delimiter: str = "\t"
    header: bool = False
    key: int | str = 0
    value: int | str = 1
    encoding: str = "utf-8"


@dataclass
class Mapping:
    """A parsed mapping file."""

    name: str
    path: Path
    description: str = ""
    delimiter: str = ","
    header: bool = True
    columns: list[str] = field(default_factory=list)
    encoding: str = "utf-8"
    comment: str | None = None
    match_header: list[str] = field(default_factory=list)
    match_pattern: str | None = None
    language: str | None = None
    attribution: str = ""
    lookups: dict[str, Lookup] = field(default_factory=dict)
    entities: dict[str, EntitySpec] = field(default_factory=dict)
    relationships: list[RelationSpec] = field(default_factory=list)

    def matches(self, first_line: str) -> bool:
        """Whether a file whose first non-comment line is this belongs to this mapping."""
        if self.match_header:
            cells = [c.strip().strip('"') for c in first_line.rstrip("\r\n").split(self.delimiter)]
            return cells == self.match_header
        if self.match_pattern:
            return re.match(self.match_pattern, first_line.rstrip("\r\n")) is not None
        return False


# -- reading mapping files ---------------------------------------------------------------


def available() -> dict[str, Path]:
    """The shipped mappings by name."""
    return {p.stem: p for p in sorted(MAPPINGS_DIR.glob("*.yaml"))}


def load_mapping(name_or_path: str | Path) -> Mapping:
    """A mapping by shipped name ("wikipedia-2026") or by path to a YAML file."""
    path = Path(name_or_path)
    if not path.suffix:
        shipped = available()
        if str(name_or_path) not in shipped:
            raise LoadError(f"unknown mapping '{name_or_path}' (shipped: {', '.join(shipped)})")
        path = shipped[str(name_or_path)]
    if not path.is_file():
        raise LoadError(f"{path}: no such mapping file")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LoadError(f"{path}: not valid YAML ({exc})") from exc
    if not isinstance(raw, dict):
        raise LoadError(f"{path}: a mapping is a YAML object")
    return _parse(raw, path)


def _parse(raw: dict[str, Any], path: Path) -> Mapping:
    fmt = raw.get("format") or {}
    match = raw.get("match") or {}
    mapping = Mapping(
        name=raw.get("name") or path.stem,
        path=path,
        description=raw.get("description", ""),
        delimiter=_delimiter(fmt.get("delimiter", ",")),
        header=bool(fmt.get("header", True)),
        columns=[str(c) for c in fmt.get("columns", [])],
        encoding=fmt.get("encoding", "utf-8"),
        comment=fmt.get("comment"),
        match_header=[str(c) for c in match.get("header", [])],
        match_pattern=match.get("pattern"),
        language=raw.get("language"),
        attribution=raw.get("attribution", ""),
    )
    if not mapping.header and not mapping.columns:
        raise LoadError(f"{path}: format.columns is required when the file has no header")
    for name, spec in (raw.get("lookups") or {}).items():
        spec = dict(spec)
        if "delimiter" in spec:
            spec["delimiter"] = _delimiter(spec["delimiter"])
        try:
            mapping.lookups[name] = Lookup(**spec)
        except TypeError as exc:
            raise LoadError(f"{path}: lookups.{name}: {exc}") from exc
    for name, spec in (raw.get("entities") or {}).items():
        mapping.entities[name] = _entity(name, spec, f"{path}: entities.{name}")
    for i, spec in enumerate(raw.get("relationships") or []):
        where = f"{path}: relationships[{i}]"
        for end in ("source", "target"):
            if spec.get(end) not in mapping.entities:
                raise LoadError(f"{where}.{end}: '{spec.get(end)}' is not one of the entities")
        mapping.relationships.append(
            RelationSpec(
                type=spec["type"],
                source=spec["source"],
                target=spec["target"],
                stated_by=spec.get("stated_by", "source"),
                properties={k: Value.parse(v, f"{where}.{k}") for k, v in (spec.get("properties") or {}).items()},
            )
        )
    if not mapping.entities:
        raise LoadError(f"{path}: the mapping makes no entities")
    return mapping


def _entity(name: str, spec: dict[str, Any], where: str) -> EntitySpec:
    if "kind" not in spec or "name" not in spec:
        raise LoadError(f"{where}: 'kind' and 'name' are required")

    def opt(key: str) -> Value | None:
        return Value.parse(spec[key], f"{where}.{key}") if key in spec else None

    return EntitySpec(
        name=name,
        kind=spec["kind"],
        label=Value.parse(spec["name"], f"{where}.name"),
        id=opt("id"),
        country=opt("country"),
        lat=opt("lat"),
        lon=opt("lon"),
        population=opt("population"),
        properties={k: Value.parse(v, f"{where}.properties.{k}") for k, v in (spec.get("properties") or {}).items()},
        resolve=bool(spec.get("resolve", True)),
        unresolved_id=spec.get("unresolved_id"),
        required=bool(spec.get("required", True)),
    )


def _delimiter(value: str) -> str:
    return {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "whitespace": " "}.get(value, value)


# -- reading data files ------------------------------------------------------------------


def first_line(path: Path, comment: str | None = None, encoding: str = "utf-8") -> str:
    """The first line that is not blank and does not start with the ``comment`` prefix."""
    with path.open(encoding=encoding, errors="replace", newline="") as handle:
        for _number, line in _numbered(handle, comment):
            return line.lstrip("\ufeff")
    return ""


def read_rows(path: Path, mapping: Mapping) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row as a dict) for every data row; comment and blank lines skipped."""
    try:
        handle = path.open(encoding=mapping.encoding, newline="")
        with handle:
            lines = _numbered(handle, mapping.comment)
            if mapping.delimiter == " ":
                records = ((n, line.split()) for n, line in lines)
            else:
                records = _csv_records(lines, mapping.delimiter)
            columns = mapping.columns
            for number, cells in records:
                if not columns:
                    columns = [c.strip().lstrip("\ufeff") for c in cells]
                    continue
                yield number, dict(zip(columns, (c.strip() for c in cells), strict=False))
    except UnicodeDecodeError as exc:
        raise LoadError(f"{path}: not {mapping.encoding} text ({exc.reason}); set format.encoding") from exc


def _numbered(handle: Any, comment: str | None) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(handle, start=1):
        stripped = line.strip()
        if stripped and not (comment and stripped.startswith(comment)):
            yield number, line


def _csv_records(lines: Iterator[tuple[int, str]], delimiter: str) -> Iterator[tuple[int, list[str]]]:
    current = [0]

    def feed() -> Iterator[str]:
        for number, line in lines:
            current[0] = number
            yield line

    quoting = csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL  # Wikidata TSV has bare quotes
    for cells in csv.reader(feed(), delimiter=delimiter, quoting=quoting):
        yield current[0], cells


def read_lookup(data_path: Path, lookup: Lookup) -> dict[str, str]:
    """A key -> value table from a file beside the data file."""
    path = data_path.parent / lookup.file
    if not path.is_file():
        raise LoadError(f"{data_path}: the mapping joins '{lookup.file}', which is not beside it")
    table: dict[str, str] = {}
    with path.open(encoding=lookup.encoding, newline="") as handle:
        reader = csv.reader(handle, delimiter=lookup.delimiter, quoting=csv.QUOTE_NONE)
        header = next(reader) if lookup.header else None
        key = header.index(lookup.key) if header and isinstance(lookup.key, str) else int(lookup.key)
        value = header.index(lookup.value) if header and isinstance(lookup.value, str) else int(lookup.value)
        for cells in reader:
            if len(cells) > max(key, value):
                table.setdefault(cells[key].strip(), cells[value].strip())
    return table
