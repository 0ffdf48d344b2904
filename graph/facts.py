"""Facts as loaders produce them: entities, relationships and their provenance.

Every loader turns its input into one :class:`Batch` per source; the store writes a
batch in one transaction, so a source loads whole or not at all.
"""

from __future__ import annotations

import datetime as dt
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
    written: str | None = None  # the form the source wrote, when the name shown is another

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
class Judgements:
    """Decisions a person made about identity, read from the graph before a load.

    ``negative`` maps (node id, folded form) to the node the form was split into: that form
    never joins that node again. ``positive`` maps a node id joined into another to the node
    it joined: whatever a source says about it goes to the one node. ``apart`` holds the
    (node id, node id) pairs whose join was undone: no rule joins them again.
    """

    negative: dict[tuple[str, str], str] = field(default_factory=dict)
    positive: dict[str, str] = field(default_factory=dict)
    apart: set[tuple[str, str]] = field(default_factory=set)

    def apply(self, entity: Entity) -> Entity:
        """The entity as the judgements want it: re-id'd, or without a form judged not its own."""
        entity.id = self.positive.get(entity.id, entity.id)
        split = self.negative.get((entity.id, fold(entity.written or entity.name)))
        if split is not None:
            entity.id = split
            entity.props.pop("merges", None)
        if self.negative:
            entity.aliases = [a for a in entity.aliases if (entity.id, fold(a)) not in self.negative]
        return entity


def merge_record(rule: str, score: float, form: str, source: str, **extra: Any) -> str:
    """The JSON record of one merge: a surface form joined a node, by which rule, from which source.

    The record is the merge's identity, so the same merge made again (a reload) is the same
    record and adds nothing. When it was first made is not part of it: the store writes that
    time at the same position of the node's ``merged_at`` list (:func:`merge_time`).
    """
    return _ENCODE({"rule": rule, "score": round(float(score), 3), "form": form, "source": source, **extra})


def merge_time() -> str:
    """The time written beside the merge records of one write (ISO 8601, UTC, seconds)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def merge_facts(existing: dict[str, Any], new: dict[str, Any]) -> None:
    """The merge rule, declared once: the first scalar wins, lists gain the new items."""
    for key, value in new.items():
        if isinstance(value, list):
            existing[key] = list(dict.fromkeys([*(existing.get(key) or []), *value]))
        else:
            existing.setdefault(key, value)


@dataclass
class Batch:
    """Everything one source says. ``source`` names it in messages and provenance.

    :meth:`add` is the one place where facts about the same node meet (every loader adds
    through it); ``judgements`` read from the graph are applied there, so a form a person
    split from a node stays apart, and a node joined by hand stays joined.
    """

    source: str
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    judgements: Judgements = field(default_factory=Judgements)
    _index: dict[str, Entity] = field(default_factory=dict, repr=False)

    def add(self, entity: Entity, rule: str | None = None, score: float = 1.0) -> Entity:
        """Add an entity, merging aliases and missing properties into one already here.

        ``rule`` names the resolution that chose the entity's id for its forms (a gazetteer
        match, a known acronym): each form other than the node's name is then recorded as a
        merge with that rule and ``score``. Returns the entity kept, whose id relations use.
        """
        entity = self.judgements.apply(entity)
        if rule:
            records = [
                merge_record(rule, score, form, self.source)
                for form in entity.surface_forms()[1:]
                if fold(form) != fold(entity.name)
            ]
            if records:
                entity.props["merges"] = [*(entity.props.get("merges") or []), *records]
        if len(self._index) != len(self.entities):  # entities appended by hand
            self._index = {e.id: e for e in self.entities}
        existing = self._index.get(entity.id)
        if existing is None:
            self.entities.append(entity)
            self._index[entity.id] = entity
            return entity
        known = {fold(existing.name), *(fold(a) for a in existing.aliases)}
        forms = [entity.name, *entity.aliases]
        existing.aliases.extend(f for f in forms if f != existing.name and f not in existing.aliases)
        # a form this node already had was recorded when it first joined
        merges = [m for m in entity.props.get("merges") or [] if _form_of(m) not in known]
        merge_facts(existing.props, {k: v for k, v in entity.props.items() if k != "merges"})
        if merges:
            existing.props["merges"] = [*(existing.props.get("merges") or []), *merges]
        return existing

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
    managed = {"id", "name", "aliases", "keys", "keys_text", "sources"}  # set by the store from the entity's fields
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


def _form_of(record: str) -> str:
    return fold(json.loads(record).get("form", ""))


def lookup_keys(forms: list[str]) -> list[str]:
    """The folded lookup keys of a node's names."""
    return list(dict.fromkeys(k for k in (fold(f) for f in forms) if k))
