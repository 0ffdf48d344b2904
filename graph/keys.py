"""Key nodes: one per folded name, listing the ids of the nodes that carry it, behind a unique index.

A name lookup (:func:`munigraph.graph.lookup.resolve_entity`) folds the user's text and seeks
its key node, then each node it lists by id: indexed seeks on either engine, so a lookup costs
the same on a graph of a thousand nodes and one of a million, however many names share their
words. (The full-text indexes serve search, where words are all there is to go by.)

A key node is ``(:Key {key: 'la haye', ids: ['city:geonames:2747373'], owners: [...]})``: its
``owners`` hold, for each named node it lists, the node's id, name and country in one string
(:func:`owner`), what search shows of a hit, so that a search reads the key nodes its full-text
index returns and no node. It has no relationship, so nothing that walks the graph meets it,
and no ``id``: nothing that reads the model's kinds sees it. The store adds a node's id and
owner string to the key nodes of its keys (:data:`ADD`, beside every node write, with the name
and country the node holds after it); the merges made or undone by hand, which take keys away
from a node, say which (:func:`change`). A key node left with no id is deleted.

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

from munigraph.graph.cypher import key_node_text_of, key_text

LABEL = "Key"
# What the key node's full-text index reads (graph.fulltext): its key, bare and as typo keys
TEXT = "keys_text"

# What search shows of a node without reading it: the owners of a key node, one string per named
# node it lists (an anonymous one, KONECT's, has none), its id, name and country (graph.search)
SEP = "\x1f"
OWNERS = "owners"

# ``$rows``: ``{id, key, text, prefix, owners}`` each (:func:`rows`); the id joins the key node of
# its key, made with its text when new, and its owner string (none or one) replaces the node's
# earlier one; a key node that has both as they are is not written (a second load writes nothing).
ADD = (
    "UNWIND $rows AS r\n"
    f"MERGE (k:`{LABEL}` {{key: r.key}})\n"
    f"ON CREATE SET k.{TEXT} = r.text\n"
    f"WITH k, r WHERE k.ids IS NULL OR NOT r.id IN k.ids OR any(o IN r.owners WHERE NOT o IN coalesce(k.{OWNERS}, []))\n"
    "SET k.ids = CASE WHEN r.id IN coalesce(k.ids, []) THEN k.ids ELSE coalesce(k.ids, []) + r.id END,\n"
    f"    k.{OWNERS} = [o IN coalesce(k.{OWNERS}, []) WHERE NOT o STARTS WITH r.prefix] + r.owners"
)
# ``$rows``: ``{id, prefix, keys}`` each; the id and its owner string leave the key nodes of its
# keys, and one listing nobody goes.
REMOVE = (
    "UNWIND $rows AS r\n"
    "UNWIND r.keys AS key\n"
    f"MATCH (k:`{LABEL}` {{key: key}})\n"
    f"SET k.ids = [x IN k.ids WHERE x <> r.id], k.{OWNERS} = [o IN coalesce(k.{OWNERS}, []) WHERE NOT o STARTS WITH r.prefix]\n"
    "WITH k WHERE size(k.ids) = 0\n"
    "DELETE k"
)


def owner(node_id: str, name: str | None, country: str | None, anonymous: bool | None = None) -> str | None:
    """The owner string of a node (None for an anonymous one: search leaves it out).

    >>> owner("city:x", "Xi'an", "CN").split(SEP), owner("city:k", "1", None, True)
    (['city:x', "Xi'an", 'CN'], None)
    """
    if anonymous:
        return None
    return f"{node_id}{SEP}{name or ''}{SEP}{country or ''}"


def parse_owner(text: str) -> tuple[str, str, str | None]:
    """(id, name, country or None) of an owner string."""
    node_id, rest = text.split(SEP, 1)
    name, country = rest.rsplit(SEP, 1)
    return node_id, name, country or None


def rows(node_id: str, node_keys: Sequence[str], node_owner: str | None) -> list[dict[str, Any]]:
    """The rows of :data:`ADD` for a node's keys: each with its text (:func:`graph.cypher.key_node_text_of`)
    and the node's owner string (:func:`owner`)."""
    owners = [node_owner] if node_owner else []
    prefix = node_id + SEP
    return [
        {"id": node_id, "key": key, "text": key_node_text_of(key), "prefix": prefix, "owners": owners}
        for key in node_keys
    ]


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
# Every key, of the key nodes or of the nodes (a graph older than the key nodes), and the text of
# each key node set anew from its key (``$rows``: {key, text} each, :func:`texts`): graph.upgrade,
# a graph written before the key nodes' text held their words' heads.
ALL_KEYS = f"MATCH (k:`{LABEL}`) RETURN k.key AS key"
ALL_NODE_KEYS = "MATCH (n) WHERE n.keys IS NOT NULL UNWIND n.keys AS key RETURN DISTINCT key"
SET_TEXTS = f"UNWIND $rows AS r\nMATCH (k:`{LABEL}` {{key: r.key}})\nSET k.{TEXT} = r.text"


def texts(all_keys: Sequence[str], chunk: int = 5000) -> list[tuple[str, dict[str, Any]]]:
    """Statements of :data:`SET_TEXTS` giving the key nodes of ``all_keys`` their text, in chunks."""
    rows = [{"key": key, "text": key_node_text_of(key)} for key in all_keys]
    return [(SET_TEXTS, {"rows": rows[start : start + chunk]}) for start in range(0, len(rows), chunk)]


def set_owners(kind: str) -> str:
    """Every named node of ``kind`` gives the key nodes of its keys its owner string (:func:`owner`;
    ``$sep`` is :data:`SEP`): graph.upgrade, a graph older than them."""
    return (
        f"MATCH (n:`{kind}`) WHERE n.keys IS NOT NULL AND NOT coalesce(n.anonymous, false)\n"
        "WITH n, n.id + $sep AS prefix, n.id + $sep + coalesce(n.name, '') + $sep + coalesce(n.country, '') AS owner\n"
        "UNWIND n.keys AS key\n"
        f"MATCH (k:`{LABEL}` {{key: key}})\n"
        f"SET k.{OWNERS} = [o IN coalesce(k.{OWNERS}, []) WHERE NOT o STARTS WITH prefix] + [owner]"
    )


def lookup(kinds: Sequence[str]) -> str:
    """The nodes of ``kinds`` whose keys include ``$key``: the key node, then each of its ids by kind.

    ``WITH one`` after the UNWIND: without it, ArcadeDB's MATCH that follows finds nothing.
    """
    return "\nUNION ALL\n".join(
        f"MATCH (k:`{LABEL}` {{key: $key}})\nUNWIND k.ids AS one\nWITH one\nMATCH (n:`{kind}` {{id: one}})\n"
        f"RETURN n.id AS id, n.name AS name, '{kind}' AS kind, n.country AS country"
        for kind in kinds
    )


def change(
    node_id: str, before: Sequence[str], after: Sequence[str], node_owner: str | None
) -> list[tuple[str, dict[str, Any]]]:
    """Statements keeping the key nodes in step when a node's keys go from ``before`` to ``after``
    (its owner string, :func:`owner`, being ``node_owner`` then)."""
    gone = [k for k in before if k not in after]
    statements: list[tuple[str, dict[str, Any]]] = []
    if gone:
        statements.append((REMOVE, {"rows": [removed(node_id, gone)]}))
    if after:
        statements.append((ADD, {"rows": rows(node_id, after, node_owner)}))
    return statements


def removed(node_id: str, gone: Sequence[str]) -> dict[str, Any]:
    """The row of :data:`REMOVE` for a node leaving the key nodes of ``gone``."""
    return {"id": node_id, "prefix": node_id + SEP, "keys": list(gone)}
