"""Cypher text generated from the model: the write statements and the schema DDL.

Writes MERGE on id, keep the first scalar value seen and union every list, so that a
fact loaded again gains provenance and aliases instead of being overwritten.
"""

from __future__ import annotations

from munigraph.graph.schema import Model, Property


def _union(target: str, name: str) -> str:
    current = f"coalesce({target}.{name}, [])"
    return f"{target}.{name} = {current} + [x IN coalesce(r.{name}, []) WHERE NOT x IN {current}]"


def _merge_records(target: str) -> str:
    """Merge records are unioned like any list, and ``merged_at`` (the time of the record at the
    same position) gains the times of the new records only. It is set first, so it reads the
    records as they were before this write under either order of evaluation."""
    current = f"coalesce({target}.merges, [])"
    new = f"[i IN range(0, size(coalesce(r.merges, [])) - 1) WHERE NOT r.merges[i] IN {current} | r.merged_at[i]]"
    return f"{target}.merged_at = coalesce({target}.merged_at, []) + {new},\n    {_union(target, 'merges')}"


def _assign(target: str, prop: Property) -> str:
    if prop.name == "merges":
        return _merge_records(target)
    if prop.type == "list":
        return _union(target, prop.name)
    return f"{target}.{prop.name} = coalesce({target}.{prop.name}, r.{prop.name})"


def merge_nodes(model: Model, kind: str, props: set[str]) -> str:
    """``UNWIND $rows`` statement merging nodes of one kind on id."""
    specs = model.node_properties(kind)
    sets = [_assign("n", specs[name]) for name in sorted(props) if name not in ("id", "merged_at")]
    return f"UNWIND $rows AS r\nMERGE (n:`{kind}` {{id: r.id}})\nSET " + ",\n    ".join(sets)


def merge_relationships(model: Model, rel_type: str, source_kind: str, target_kind: str, props: set[str]) -> str:
    """``UNWIND $rows`` statement merging relationships between existing nodes; returns the count."""
    spec = model.relationships[rel_type]
    specs = model.rel_properties(rel_type)
    key = ", ".join(f"{name}: r.{name}" for name in spec.key)
    key_map = f" {{{key}}}" if key else ""
    sets = [_assign("t", specs[name]) for name in sorted(props) if name not in spec.key]
    set_clause = ("\nSET " + ",\n    ".join(sets)) if sets else ""
    return (
        "UNWIND $rows AS r\n"
        f"MATCH (a:`{source_kind}` {{id: r.source}})\n"
        f"MATCH (b:`{target_kind}` {{id: r.target}})\n"
        f"MERGE (a)-[t:`{rel_type}`{key_map}]->(b)"
        f"{set_clause}\nRETURN count(t) AS n"
    )


def missing_ids(kind: str) -> str:
    return f"UNWIND $ids AS id OPTIONAL MATCH (n:`{kind}` {{id: id}}) WITH id, n WHERE n IS NULL RETURN id"


def neo4j_constraints(model: Model) -> list[str]:
    """Neo4j 5 DDL: one uniqueness constraint on id per kind."""
    return [
        f"CREATE CONSTRAINT munigraph_{kind}_id IF NOT EXISTS FOR (n:`{kind}`) REQUIRE n.id IS UNIQUE"
        for kind in model.nodes
    ]


# Neo4j empties a graph in batches, each its own transaction: one transaction for the whole
# graph outgrows a server's (or a cluster member's) transaction memory. It runs only as an
# auto-commit query, never inside a managed transaction.
DELETE_ALL_IN_BATCHES = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
