"""Key nodes: one per folded name, listing the ids of the nodes that carry it, behind a unique index.

A name lookup (:func:`munigraph.graph.lookup.resolve_entity`) folds the user's text and seeks
its key node, then each node it lists by id: indexed seeks on either engine, so a lookup costs
the same on a graph of a thousand nodes and one of a million, however many names share their
words. (The full-text indexes serve search, where words are all there is to go by.)

A key node is ``(:Key {key: 'la haye', ids: ['city:geonames:2747373']})``. It has no
relationship, so nothing that walks the graph meets it, and no ``id``: nothing that reads the
model's kinds sees it. The store adds a node's id to the key nodes of the keys it writes
(:data:`ADD`, beside every node write); the merges made or undone by hand, which take keys
away from a node, say which (:func:`change`). A key node left with no id is deleted.

>>> print(lookup(["City"]))
MATCH (k:`Key` {key: $key})
UNWIND k.ids AS one
WITH one
MATCH (n:`City` {id: one})
RETURN n.id AS id, n.name AS name, 'City' AS kind, n.country AS country
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from munigraph.graph.cypher import key_text, key_text_of

LABEL = "Key"
# What the key node's full-text index reads (graph.fulltext): its key, bare and as typo keys
TEXT = "keys_text"

# ``$rows``: ``{id, key, text}`` each (:func:`rows`); the id joins the key node of its key, made
# with its text when new.
ADD = (
    "UNWIND $rows AS r\n"
    f"MERGE (k:`{LABEL}` {{key: r.key}})\n"
    f"ON CREATE SET k.{TEXT} = r.text\n"
    "WITH k, r WHERE k.ids IS NULL OR NOT r.id IN k.ids\n"
    "SET k.ids = coalesce(k.ids, []) + r.id"
)
# ``$rows``: ``{id, keys}`` each; the id leaves the key nodes of its keys, and one listing nobody goes.
REMOVE = (
    "UNWIND $rows AS r\n"
    "UNWIND r.keys AS key\n"
    f"MATCH (k:`{LABEL}` {{key: key}})\n"
    "SET k.ids = [x IN k.ids WHERE x <> r.id]\n"
    "WITH k WHERE size(k.ids) = 0\n"
    "DELETE k"
)


def rows(node_id: str, node_keys: Sequence[str]) -> list[dict[str, str]]:
    """The rows of :data:`ADD` for a node's keys: each with its text (:func:`graph.cypher.key_text_of`)."""
    return [{"id": node_id, "key": key, "text": key_text_of(key)} for key in node_keys]


def add_all(kind: str) -> str:
    """Every node of ``kind`` joins the key nodes of its keys (graph.upgrade: a graph older than them)."""
    return (
        f"MATCH (n:`{kind}`) WHERE n.keys IS NOT NULL\n"
        "UNWIND n.keys AS key\n"
        f"MERGE (k:`{LABEL}` {{key: key}})\n"
        f"ON CREATE SET k.{TEXT} = {key_text('key')}\n"
        "WITH k, n WHERE k.ids IS NULL OR NOT n.id IN k.ids\n"
        "SET k.ids = coalesce(k.ids, []) + n.id"
    )


# Key nodes written before they had their text (graph.upgrade)
SET_TEXT = f"MATCH (k:`{LABEL}`) WHERE k.{TEXT} IS NULL SET k.{TEXT} = {key_text('k.key')}"


def lookup(kinds: Sequence[str]) -> str:
    """The nodes of ``kinds`` whose keys include ``$key``: the key node, then each of its ids by kind.

    ``WITH one`` after the UNWIND: without it, ArcadeDB's MATCH that follows finds nothing.
    """
    return "\nUNION ALL\n".join(
        f"MATCH (k:`{LABEL}` {{key: $key}})\nUNWIND k.ids AS one\nWITH one\nMATCH (n:`{kind}` {{id: one}})\n"
        f"RETURN n.id AS id, n.name AS name, '{kind}' AS kind, n.country AS country"
        for kind in kinds
    )


def change(node_id: str, before: Sequence[str], after: Sequence[str]) -> list[tuple[str, dict[str, Any]]]:
    """Statements keeping the key nodes in step when a node's keys go from ``before`` to ``after``."""
    gone = [k for k in before if k not in after]
    statements: list[tuple[str, dict[str, Any]]] = []
    if gone:
        statements.append((REMOVE, {"rows": [{"id": node_id, "keys": gone}]}))
    if after:
        statements.append((ADD, {"rows": rows(node_id, after)}))
    return statements
