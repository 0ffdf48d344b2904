"""Entities already in the graph: a person or body met before under one of the same names
keeps its id, so the same thing in several documents is one node."""

from __future__ import annotations

import json

from munigraph.graph.facts import Entity, Judgements, lookup_keys
from munigraph.graph.resolution.events import match_events
from munigraph.graph.resolution.merges import read_judgements
from munigraph.graph.store import Store
from munigraph.graph.text import fold
from munigraph.loaders.documents.builder import DocumentFacts

RESOLVABLE = ("Person", "Organisation", "Council", "Event")


def resolve_against_graph(store: Store, facts: DocumentFacts) -> None:
    """Re-id entities whose names are keys of exactly one existing node of their kind."""
    renames: dict[str, str] = {}
    keys = {i: lookup_keys(e.surface_forms()) for i, e in facts.entities.items() if e.kind in RESOLVABLE}
    nodes = _nodes_named(store, facts, keys)
    for entity_id, entity in facts.entities.items():
        if entity.kind not in RESOLVABLE:
            continue
        wanted = set(keys[entity_id])
        ids = {i for i, node_keys in nodes[entity.kind] if i == entity_id or wanted.intersection(node_keys or ())}
        if entity_id in ids or len(ids) != 1:
            continue
        target = ids.pop()
        if target in facts.entities:
            continue
        record = {
            "rule": "graph:same-name",
            "score": 0.95,
            "form": entity.name,
            "document": facts.doc_id,
            "was": entity_id,
        }
        entity.props.setdefault("merges", []).append(json.dumps(record, ensure_ascii=False, sort_keys=True))
        renames[entity_id] = target
    judgements = read_judgements(store)
    for entity_id, entity in facts.entities.items():
        if entity_id not in renames and (judgements.negative or judgements.positive):
            judgements.apply(entity)  # a form split from a node by hand stays apart
            judged, entity.id = entity.id, entity_id
            if judged != entity_id and judged not in facts.entities:
                renames[entity_id] = judged
    pending = [e for i, e in facts.entities.items() if i not in renames]
    for old, new in match_events(store, pending, facts.doc_id).items():
        if new not in facts.entities and new not in renames.values():
            renames[old] = new
    for old, new in renames.items():
        entity = facts.entities.pop(old)
        entity.id = new
        facts.entities[new] = entity
        facts.first_span[new] = facts.first_span.pop(old)
        facts.mentions[new] = facts.mentions.pop(old, 0)
    if renames:
        relations = {}
        for relation in facts.relations.values():
            relation.source = renames.get(relation.source, relation.source)
            relation.target = renames.get(relation.target, relation.target)
            relations[(relation.type, relation.source, relation.target)] = relation
        facts.relations = relations
    _keep_split_forms_apart(facts, judgements)


def _nodes_named(
    store: Store, facts: DocumentFacts, keys: dict[str, list[str]]
) -> dict[str, list[tuple[str, list[str] | None]]]:
    """(id, keys) of the nodes of each resolvable kind having the id or one of the keys of one of
    the document's entities of that kind: one query per kind, not one per entity."""
    nodes: dict[str, list[tuple[str, list[str] | None]]] = {kind: [] for kind in RESOLVABLE}
    for kind in RESOLVABLE:
        ids = [i for i in keys if facts.entities[i].kind == kind]
        if not ids:
            continue
        rows = store.read(
            f"MATCH (n:`{kind}`) WHERE n.id IN $ids OR any(k IN n.keys WHERE k IN $keys) RETURN n.id AS id, n.keys AS keys",
            ids=ids,
            keys=sorted({k for i in ids for k in keys[i]}),
        )
        nodes[kind] = [(row["id"], row["keys"]) for row in rows]
    return nodes


def _keep_split_forms_apart(facts: DocumentFacts, judgements: Judgements) -> None:
    """Relations quoting a form a person split from a node go to the node it was split into."""
    for (node_id, form), split in judgements.negative.items():
        entity = facts.entities.get(node_id)
        if entity is None:
            continue
        moved = False
        for key, relation in list(facts.relations.items()):
            if node_id not in (relation.source, relation.target):
                continue
            if not any(f" {form} " in f" {fold(p.quote or '')} " for p in relation.provenance):
                continue
            del facts.relations[key]
            relation.source = split if relation.source == node_id else relation.source
            relation.target = split if relation.target == node_id else relation.target
            facts.relations[(relation.type, relation.source, relation.target)] = relation
            moved = True
        if moved and split not in facts.entities:
            written = next((a for a in entity.aliases if fold(a) == form), form)
            facts.entities[split] = Entity(entity.kind, split, written)
            facts.first_span[split] = facts.first_span[node_id]
            facts.unmentioned.add(split)
