"""Facts as loaders produce them: entities, relationships and their provenance.

Every loader turns its input into one :class:`Batch` per source; the store writes a
batch in one transaction, so a source loads whole or not at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from munigraph.graph.errors import SchemaError
from munigraph.graph.schema import Model, check_properties, load_model
from munigraph.graph.text import clean, fold

_ENCODE = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # built once: json.dumps builds one per call


@dataclass(frozen=True)
class Provenance:
    """Where a fact was read: a document span or a dataset row."""

    document: str | None = None
    quote: str | None = None
    start: int | None = None
    end: int | None = None
    dataset: str | None = None
    row: int | str | None = None

    def to_json(self) -> str:
        return _ENCODE({k: v for k, v in self.__dict__.items() if v is not None})

    @property
    def source(self) -> str:
        return self.document or self.dataset or "unknown"


@dataclass
class Entity:
    """A node to merge by id. ``aliases`` keeps every surface form seen."""

    kind: str
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)

    def surface_forms(self) -> list[str]:
        forms = [clean(self.name), *(clean(a) for a in self.aliases)]
        return list(dict.fromkeys(f for f in forms if f))


@dataclass
class Relation:
    """A relationship between two entity ids, with its provenance."""

    type: str
    source: str
    target: str
    props: dict[str, Any] = field(default_factory=dict)
    provenance: list[Provenance] = field(default_factory=list)


@dataclass
class Batch:
    """Everything one source says. ``source`` names it in messages and provenance."""

    source: str
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def add(self, entity: Entity) -> Entity:
        """Add an entity, merging aliases and missing properties into one already here."""
        for existing in self.entities:
            if existing.id == entity.id:
                existing.aliases = list(dict.fromkeys([*existing.aliases, entity.name, *entity.aliases]))
                for key, value in entity.props.items():
                    existing.props.setdefault(key, value)
                return existing
        self.entities.append(entity)
        return entity

    def validate(self, model: Model | None = None) -> None:
        """Check every fact against the model; raise :class:`SchemaError` on the first breach."""
        model = model or load_model()
        for entity in self.entities:
            _check_entity(model, entity, self.source)
        for rel in self.relations:
            _check_relation(model, rel, self.source)


def _check_entity(model: Model, entity: Entity, source: str) -> None:
    if entity.kind not in model.nodes:
        raise SchemaError(f"{source}: unknown kind '{entity.kind}' (known: {', '.join(model.nodes)})")
    if not entity.id or not isinstance(entity.id, str):
        raise SchemaError(f"{source}: {entity.kind} '{entity.name}' has no id")
    if model.kind_of_id(entity.id) != entity.kind:
        prefix = model.nodes[entity.kind].prefix
        raise SchemaError(f"{source}: {entity.kind}.id '{entity.id}' must start with '{prefix}:'")
    if not entity.name or not isinstance(entity.name, str) or not entity.name.strip():
        raise SchemaError(f"{source}: {entity.kind} '{entity.id}' has no name")
    managed = {"id", "name", "aliases", "keys", "sources"}  # set by the store from the entity's fields
    specs = {k: v for k, v in model.node_properties(entity.kind).items() if k not in managed}
    check_properties(entity.kind, specs, entity.props, source)


def _check_relation(model: Model, rel: Relation, source: str) -> None:
    spec = model.relationships.get(rel.type)
    if spec is None:
        raise SchemaError(f"{source}: unknown relationship type '{rel.type}' (known: {', '.join(model.relationships)})")
    for end, allowed, node_id in (("from", spec.sources, rel.source), ("to", spec.targets, rel.target)):
        kind = model.kind_of_id(node_id or "")
        if kind not in allowed:
            raise SchemaError(
                f"{source}: {rel.type} cannot go {end} {kind or 'unknown kind'} '{node_id}' "
                f"(allowed: {', '.join(allowed)})"
            )
    if rel.source == rel.target and spec.symmetric:
        raise SchemaError(f"{source}: {rel.type} from '{rel.source}' to itself")
    check_properties(rel.type, spec.properties, rel.props, source)


def lookup_keys(forms: list[str]) -> list[str]:
    """The folded lookup keys of a node's names."""
    return list(dict.fromkeys(k for k in (fold(f) for f in forms) if k))
