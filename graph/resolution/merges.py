"""The record of resolution merges: list them, undo one.

Every time resolution puts a surface form into a node (an acronym into an organisation, an
exonym into a city, "Jan Van Zanen" into ``person:jan-van-zanen``, an entity of a new
document into a node already in the graph) the node's ``merges`` list gains a JSON record::

    {"rule": "org:table-form", "score": 1.0, "form": "CGLU", "document": "doc:…"}

``list_merges`` shows them; ``undo_merge`` takes a form back out: the form leaves the node's
aliases and keys, a node of its own is created for it (``<id>~<slug of form>``), and the
relationships whose provenance quotes that form move to the new node.
"""

from __future__ import annotations

import json
from typing import Any

from munigraph.graph.errors import QueryError
from munigraph.graph.facts import lookup_keys
from munigraph.graph.store import Store
from munigraph.graph.text import fold, slug


def list_merges(store: Store, node_id: str | None = None) -> list[dict[str, Any]]:
    """Every merge record (of one node when ``node_id`` is given): node id, kind, name, rule, score, form, document."""
    query = "MATCH (n) WHERE n.merges IS NOT NULL" + (" AND n.id = $id" if node_id else "")
    query += " RETURN n.id AS id, labels(n)[0] AS kind, n.name AS name, n.merges AS merges ORDER BY id"
    rows = []
    for row in store.read(query, id=node_id):
        for raw in row["merges"] or []:
            record = json.loads(raw)
            rows.append({"id": row["id"], "kind": row["kind"], "name": row["name"], **record})
    return rows


def undo_merge(store: Store, node_id: str, form: str) -> dict[str, Any]:
    """Split ``form`` out of ``node_id`` into a node of its own; return what was done.

    Raises :class:`QueryError` when the node has no merge of that form.
    """
    found = store.read("MATCH (n) WHERE n.id = $id RETURN labels(n)[0] AS kind, properties(n) AS p", id=node_id)
    if not found:
        raise QueryError(f"no node with id '{node_id}'")
    kind, props = found[0]["kind"], found[0]["p"]
    records = [json.loads(m) for m in props.get("merges") or []]
    undone = [r for r in records if fold(r.get("form", "")) == fold(form)]
    if not undone:
        forms = sorted({r.get("form", "") for r in records})
        raise QueryError(f"{node_id} has no merge of '{form}' (merged forms: {', '.join(forms) or 'none'})")
    form = undone[0]["form"]  # as it was written
    new_id = f"{node_id}~{slug(form)}"
    kept_aliases = [a for a in props.get("aliases") or [] if fold(a) != fold(form)]
    kept_merges = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records if r not in undone]
    moved = 0
    statements = [
        (
            f"MATCH (n:`{kind}`) WHERE n.id = $id SET n.aliases = $aliases, n.keys = $keys, n.merges = $merges",
            {
                "id": node_id,
                "aliases": kept_aliases,
                "keys": lookup_keys([props["name"], *kept_aliases]),
                "merges": kept_merges,
            },
        ),
        (
            f"MERGE (m:`{kind}` {{id: $new}}) SET m.name = $form, m.aliases = [$form], m.keys = $keys, "
            "m.sources = $sources, m.undone_from = $id",
            {
                "new": new_id,
                "form": form,
                "keys": lookup_keys([form]),
                "sources": props.get("sources") or [],
                "id": node_id,
            },
        ),
    ]
    for rel_type in store.model.relationships:
        for direction in ("out", "in"):
            pattern = "(n)-[r:`{t}`]->(o)" if direction == "out" else "(o)-[r:`{t}`]->(n)"
            new_pattern = "(m)-[r2:`{t}`]->(o)" if direction == "out" else "(o)-[r2:`{t}`]->(m)"
            statements.append(
                (
                    f"MATCH {pattern.format(t=rel_type)} WHERE n.id = $id "
                    "AND any(p IN coalesce(r.provenance, []) WHERE toLower(p) CONTAINS toLower($quoted)) "
                    f"MATCH (m) WHERE m.id = $new CREATE {new_pattern.format(t=rel_type)} SET r2 = properties(r) "
                    "DELETE r RETURN count(r2) AS n",
                    {"id": node_id, "new": new_id, "quoted": form},
                )
            )
    moved = sum(_write(store, q, **p) for q, p in statements)
    return {
        "node": node_id,
        "form": form,
        "new_node": new_id,
        "relationships_moved": moved,
        "records_removed": len(undone),
    }


def _write(store: Store, query: str, **params: Any) -> int:
    """A write outside a batch: merges are bookkeeping on nodes already written."""
    rows = store.run_write(query, **params)
    return sum(int(r.get("n", 0)) for r in rows) if rows and "n" in rows[0] else 0
