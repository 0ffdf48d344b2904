"""Cypher text generated from the model: the write statements and the schema DDL.

Writes MERGE on id, keep the first scalar value seen and union every list, so that a
fact loaded again gains provenance and aliases instead of being overwritten.
"""

from __future__ import annotations

from munigraph.graph.changes import LABEL
from munigraph.graph.schema import Model, Property


def _union(target: str, name: str) -> str:
    current = f"coalesce({target}.{name}, [])"
    if name == "merges":  # a merge record says when it was made: the same merge made again adds nothing
        timeless = f"[y IN {current} | {_timeless('y')}]"
        return f"{target}.{name} = {current} + [x IN coalesce(r.{name}, []) WHERE NOT {_timeless('x')} IN {timeless}]"
    return f"{target}.{name} = {current} + [x IN coalesce(r.{name}, []) WHERE NOT x IN {current}]"


def _timeless(record: str) -> str:
    """A merge record (sorted-key JSON, graph.facts.merge_record) less its ISO time of 25 characters."""
    parts = f"split({record}, '\"time\": \"')"
    return f"(head({parts}) + substring(last({parts}), 25))"


def _assign(target: str, prop: Property) -> str:
    if prop.type == "list":
        return _union(target, prop.name)
    return f"{target}.{prop.name} = coalesce({target}.{prop.name}, r.{prop.name})"


def merge_nodes(model: Model, kind: str, props: set[str]) -> str:
    """``UNWIND $rows`` statement merging nodes of one kind on id."""
    specs = model.node_properties(kind)
    sets = [_assign("n", specs[name]) for name in sorted(props) if name != "id"]
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
    """Neo4j 5 DDL: one uniqueness constraint on id per kind, and on the change counter's node."""
    return [
        f"CREATE CONSTRAINT munigraph_{kind}_id IF NOT EXISTS FOR (n:`{kind}`) REQUIRE n.id IS UNIQUE"
        for kind in [*model.nodes, LABEL]
    ]
