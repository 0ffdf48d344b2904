"""The model, read from model.yaml, and the checks every write goes through."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml
from munigraph.graph.errors import SchemaError

MODEL_PATH = Path(__file__).with_name("model.yaml")


@dataclass(frozen=True)
class Property:
    name: str
    type: str
    required: bool = False
    values: tuple[str, ...] = ()
    description: str = ""
    # personal data kept for identity only: never shown or exported to visitors
    private: bool = False
    # a list of node ids (the cities that state a twinning): a join of two nodes renames them
    node_ids: bool = False


@dataclass(frozen=True)
class NodeKind:
    name: str
    prefix: str
    description: str
    color: str
    shape: str
    properties: dict[str, Property]


@dataclass(frozen=True)
class RelType:
    name: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    description: str
    properties: dict[str, Property]
    symmetric: bool = False
    key: tuple[str, ...] = ()


@dataclass(frozen=True)
class Model:
    nodes: dict[str, NodeKind]
    relationships: dict[str, RelType]
    node_common: dict[str, Property] = field(default_factory=dict)
    rel_common: dict[str, Property] = field(default_factory=dict)
    fulltext: tuple[str, ...] = ()  # node properties with a full-text index, on every kind

    def kind_of_id(self, entity_id: str) -> str | None:
        """The kind an id belongs to, from its prefix (``city:...`` is a City)."""
        return self._kinds_by_prefix.get(entity_id.partition(":")[0])

    @cached_property
    def _kinds_by_prefix(self) -> dict[str, str]:  # asked four times per relationship written
        return {kind.prefix: kind.name for kind in reversed(self.nodes.values())}  # the first kind wins

    def node_properties(self, kind: str) -> dict[str, Property]:
        return {**self.node_common, **self.nodes[kind].properties}

    def rel_properties(self, rel_type: str) -> dict[str, Property]:
        return {**self.rel_common, **self.relationships[rel_type].properties}


def _props(raw: dict[str, Any] | None) -> dict[str, Property]:
    return {
        name: Property(
            name=name,
            type=spec.get("type", "string"),
            required=bool(spec.get("required", False)),
            values=tuple(spec.get("values", ())),
            description=spec.get("description", ""),
            private=bool(spec.get("private", False)),
            node_ids=bool(spec.get("node_ids", False)),
        )
        for name, spec in (raw or {}).items()
    }


@cache
def load_model(path: Path = MODEL_PATH) -> Model:
    """Read the model declaration (cached: it does not change while running)."""
    # libyaml's parser when PyYAML has it: every command reads the model, 4x faster
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    nodes = {
        name: NodeKind(
            name=name,
            prefix=spec["prefix"],
            description=spec.get("description", ""),
            color=spec.get("color", "#999999"),
            shape=spec.get("shape", "dot"),
            properties=_props(spec.get("properties")),
        )
        for name, spec in raw["nodes"].items()
    }
    rels = {
        name: RelType(
            name=name,
            sources=tuple(spec["from"]),
            targets=tuple(spec["to"]),
            description=spec.get("description", ""),
            properties=_props(spec.get("properties")),
            symmetric=bool(spec.get("symmetric", False)),
            key=tuple(spec.get("key", ())),
        )
        for name, spec in raw["relationships"].items()
    }
    return Model(
        nodes,
        rels,
        _props(raw["common_node_properties"]),
        _props(raw["common_relationship_properties"]),
        tuple(raw.get("fulltext", ())),
    )


def _type_ok(prop: Property, value: Any) -> bool:
    if value is None:
        return True
    match prop.type:
        case "string":
            return isinstance(value, str)
        case "int":
            return isinstance(value, int) and not isinstance(value, bool)
        case "float":
            return isinstance(value, (int, float)) and not isinstance(value, bool)
        case "bool":
            return isinstance(value, bool)
        case "list":
            return isinstance(value, list) and all(isinstance(v, str) for v in value)
        case "date":
            return isinstance(value, str) and _is_iso(value)
    return False


def _is_iso(value: str) -> bool:
    """ISO 8601: a date, a date and time, or a reduced precision ("2010", "2010-05": a text
    that says "since 2010" says no more). Strings of these compare in date order."""
    if re.fullmatch(r"\d{4}(?:-(?:0[1-9]|1[0-2]))?", value):
        return True
    try:
        (dt.datetime if "T" in value else dt.date).fromisoformat(value)
    except ValueError:
        return False
    return True


def check_properties(owner: str, specs: dict[str, Property], props: dict[str, Any], source: str) -> None:
    """Refuse unknown properties, wrong types and values outside a declared set."""
    for name, value in props.items():
        prop = specs.get(name)
        if prop is None:
            raise SchemaError(f"{source}: {owner} has no property '{name}' (known: {', '.join(sorted(specs))})")
        if not _type_ok(prop, value):
            raise SchemaError(f"{source}: {owner}.{name} must be {prop.type}, got {value!r}")
        if prop.values and value is not None and value not in prop.values:
            raise SchemaError(f"{source}: {owner}.{name} must be one of {', '.join(prop.values)}, got {value!r}")


def describe(model: Model | None = None) -> str:
    """The model as Markdown, for docs/model.md (``python -m munigraph.graph.schema > docs/model.md``)."""
    model = model or load_model()
    lines = ["# The munigraph model", "", "Generated from graph/model.yaml by `python -m munigraph.graph.schema`.", ""]
    lines += ["## Node kinds", "", "| kind | id prefix | what | properties |", "|---|---|---|---|"]
    for kind in model.nodes.values():
        props = ", ".join(f"{p.name} ({p.type})" for p in kind.properties.values()) or "-"
        lines.append(f"| {kind.name} | `{kind.prefix}:` | {kind.description} | {props} |")
    common = ", ".join(model.node_common)
    lines += ["", f"Every node also has: {common}.", "", "## Relationship types", ""]
    lines += ["| type | from | to | properties |", "|---|---|---|---|"]
    for rel in model.relationships.values():
        props = ", ".join(f"{p.name} ({p.type})" for p in rel.properties.values()) or "-"
        ends = f"{', '.join(rel.sources)} | {', '.join(rel.targets)}"
        lines.append(f"| {rel.name}{' (symmetric)' if rel.symmetric else ''} | {ends} | {props} |")
    lines += ["", f"Every relationship also has: {', '.join(model.rel_common)}.", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    print(describe(), end="")
