"""Entities already in the graph: a person or body met before under one of the same names
keeps its id, so the same thing in several documents is one node."""

from __future__ import annotations

import json
from typing import Any

from munigraph.graph.facts import Entity, Judgements, lookup_keys
from munigraph.graph.resolution.events import EVENTS, match_events
from munigraph.graph.resolution.merges import JUDGEMENTS, judgements_from
from munigraph.graph.store import Store
from munigraph.graph.text import fold
from munigraph.loaders.documents.builder import DocumentFacts

RESOLVABLE = ("Person", "Organisation", "Council", "Event")


def resolve_against_graph(store: Store, facts: DocumentFacts) -> None:
    """Re-id entities whose names are keys of exactly one existing node of their kind."""
    renames: dict[str, str] = {}
    keys = {i: lookup_keys(e.surface_forms()) for i, e in facts.entities.items() if e.kind in RESOLVABLE}
    nodes, judgements, event_rows = _read_graph(store, facts, keys)
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
    for entity_id, entity in facts.entities.items():
        if entity_id not in renames and (judgements.negative or judgements.positive):
            judgements.apply(entity)  # a form split from a node by hand stays apart
            judged, entity.id = entity.id, entity_id
            if judged != entity_id and judged not in facts.entities:
                renames[entity_id] = judged
    pending = [e for i, e in facts.entities.items() if i not in renames]
    for old, new in match_events(store, pending, facts.doc_id, event_rows).items():
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


def _read_graph(
    store: Store, facts: DocumentFacts, keys: dict[str, list[str]]
) -> tuple[dict[str, list[tuple[str, list[str] | None]]], Judgements, list[dict[str, Any]]]:
    """What resolution reads of the graph, in one transaction (a transaction's round trips cost
    more than these reads, python -m bench.documents): (id, keys) of the nodes of each resolvable
    kind having the id or one of the keys of one of the document's entities of that kind (one
    query per kind, not one per entity), the judgements in force, and the graph's events."""
    queries, params, kinds = [], {}, []
    for kind in RESOLVABLE:
        ids = [i for i in keys if facts.entities[i].kind == kind]
        if not ids:
            continue
        queries.append(
            f"MATCH (n:`{kind}`) WHERE n.id IN $ids_{kind} OR any(k IN n.keys WHERE k IN $keys_{kind}) "
            "RETURN n.id AS id, n.keys AS keys"
        )
        params[f"ids_{kind}"] = ids
        params[f"keys_{kind}"] = sorted({k for i in ids for k in keys[i]})
        kinds.append(kind)
    queries.append(JUDGEMENTS)
    with_events = any(e.kind == "Event" for e in facts.entities.values())
    if with_events:
        queries.append(EVENTS)
    found = store.read_many(queries, **params)
    event_rows = found.pop() if with_events else []
    judgement_rows = found.pop()
    nodes: dict[str, list[tuple[str, list[str] | None]]] = {kind: [] for kind in RESOLVABLE}
    for kind, rows in zip(kinds, found, strict=True):
        nodes[kind] = [(row["id"], row["keys"]) for row in rows]
    return nodes, judgements_from(judgement_rows), event_rows


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
