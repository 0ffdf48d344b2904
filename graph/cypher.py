"""Cypher text generated from the model: the write statements and the schema DDL.

Writes MERGE on id, keep the first scalar value seen and union every list, so that a
fact loaded again gains provenance and aliases instead of being overwritten. The rule
is evaluated only where there is something to merge with (``ON MATCH``): a node or a
relationship the write creates takes the row's values as they are (``ON CREATE``), which
is what the rule gives against nothing, at the cost of a plain ``CREATE``.
"""

from __future__ import annotations

from munigraph.graph.changes import LABEL
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


def _on_create_and_match(target: str, specs: dict[str, Property], names: list[str]) -> str:
    """``ON CREATE SET`` each property to the row's value, ``ON MATCH SET`` it by the merge rule.

    The rows come folded (:func:`munigraph.graph.facts.merge_facts`, lists without repeats),
    so the row's value is what the rule makes of it against an absent property.
    """
    if not names:
        return ""
    created = ",\n    ".join(f"{target}.{name} = r.{name}" for name in names)
    matched = ",\n    ".join(_assign(target, specs[name]) for name in names if name != "merged_at")
    return f"\nON CREATE SET {created}" + (f"\nON MATCH SET {matched}" if matched else "")


def merge_nodes(model: Model, kind: str, props: set[str]) -> str:
    """``UNWIND $rows`` statement merging nodes of one kind on id."""
    names = sorted(props - {"id"})
    statement = f"UNWIND $rows AS r\nMERGE (n:`{kind}` {{id: r.id}})" + _on_create_and_match(
        "n", model.node_properties(kind), names
    )
    return statement + "\n" + set_keys_text("n") if "keys" in props else statement


def set_keys_text(node: str) -> str:
    """``SET`` clause deriving ``keys_text`` from the node's (already merged) ``keys``.

    Each key, then the same key without spaces and apostrophes ("xi'an" also as "xian",
    "cote d ivoire" as "cotedivoire"), so that the full-text index finds a name typed
    either way; ``|`` keeps keys apart for the reader (the index drops it).
    """
    bare = "replace(replace(k, \"'\", ''), ' ', '')"
    return f"SET {node}.keys_text = reduce(s = '', k IN coalesce({node}.keys, []) | s + ' | ' + k + ' ' + {bare})"


def fulltext_index(engine: str, kind: str, prop: str) -> str:
    """The name of a kind's full-text index on ``prop``: ArcadeDB names its indexes itself."""
    return f"{kind}[{prop}]" if engine == "arcadedb" else f"munigraph_{kind}_{prop}"


def merge_relationships(model: Model, rel_type: str, source_kind: str, target_kind: str, props: set[str]) -> str:
    """``UNWIND $rows`` statement merging relationships between existing nodes; returns the count."""
    spec = model.relationships[rel_type]
    specs = model.rel_properties(rel_type)
    key = ", ".join(f"{name}: r.{name}" for name in spec.key)
    key_map = f" {{{key}}}" if key else ""
    set_clause = _on_create_and_match("t", specs, sorted(props - set(spec.key)))
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
    """Neo4j 5 DDL: one uniqueness constraint on id per kind (and on the change counter's node),
    and the full-text indexes the model declares."""
    unique = [
        f"CREATE CONSTRAINT munigraph_{kind}_id IF NOT EXISTS FOR (n:`{kind}`) REQUIRE n.id IS UNIQUE"
        for kind in [*model.nodes, LABEL]
    ]
    return unique + [
        f"CREATE FULLTEXT INDEX {fulltext_index('neo4j', kind, prop)} IF NOT EXISTS FOR (n:`{kind}`) ON EACH [n.{prop}]"
        for kind in model.nodes
        for prop in model.fulltext
    ]


# Neo4j empties a graph in batches, each its own transaction: one transaction for the whole
# graph outgrows a server's (or a cluster member's) transaction memory. It runs only as an
# auto-commit query, never inside a managed transaction.
DELETE_ALL_IN_BATCHES = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
