"""Graph analytics with networkx over projections of the store.

A projection is an undirected :class:`networkx.Graph` pulled from the store with one
read: the nodes at either end of the chosen relationship types (with ``name``, ``kind``
and ``country``) and one edge per linked pair (``types``: the relationship types that
link them). Documents and the IN_COUNTRY and MENTIONED_IN ties are left out by default:
a country or a document tying everything it contains would make every city a neighbour
of every other.

>>> graph = project(store, ["TWINNED_WITH"])                 # doctest: +SKIP
>>> graph.number_of_nodes(), graph.number_of_edges()
(30512, 48170)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import networkx as nx

from graph.errors import QueryError
from graph.schema import load_model

# Ties that say two entities work together; the default projection.
DEFAULT_TIES = (
    "TWINNED_WITH",
    "MEMBER_OF",
    "SECTION_OF",
    "PARTNER_OF",
    "CO_CHAIRS",
    "HOLDS_OFFICE",
    "AFFILIATED_WITH",
    "ATTENDED",
    "ORGANISED_BY",
    "HELD_IN",
    "PART_OF",
)
AS_OF = (
    "($as_of IS NULL OR ((r.since IS NULL OR left(r.since, 10) <= $as_of)"
    " AND (r.until IS NULL OR left(r.until, 10) >= $as_of)))"
)


def ties(text: str | None) -> tuple[str, ...]:
    """Relationship types from a comma-separated parameter; empty means :data:`DEFAULT_TIES`.

    >>> ties("twinned_with, member_of")
    ('TWINNED_WITH', 'MEMBER_OF')
    """
    if not text:
        return DEFAULT_TIES
    names = tuple(dict.fromkeys(t.strip().upper() for t in text.split(",") if t.strip()))
    known = load_model().relationships
    unknown = [t for t in names if t not in known]
    if unknown or not names:
        raise QueryError(f"unknown relationship type {', '.join(unknown)} (known: {', '.join(known)})")
    return names


def project(store: Any, types: Sequence[str] = DEFAULT_TIES, as_of: str | None = None) -> nx.Graph:
    """The undirected graph of ``types`` relationships in force on ``as_of``, in one read.

    Parameters
    ----------
    store : graph.store.Store
        The graph database.
    types : sequence of str
        Relationship types to project (validated against the model by :func:`ties`).
    as_of : str, optional
        ISO date; relationships whose since/until exclude it are left out.

    Returns
    -------
    networkx.Graph
        Nodes keyed by id with ``name``, ``kind`` and ``country``; edges with ``types``.
    """
    alternation = "|".join(f"`{t}`" for t in types)
    rows = store.read(
        f"MATCH (a)-[r:{alternation}]->(b) WHERE {AS_OF} "
        "RETURN a.id AS a, a.name AS an, labels(a)[0] AS ak, a.country AS ac, "
        "b.id AS b, b.name AS bn, labels(b)[0] AS bk, b.country AS bc, type(r) AS t",
        as_of=as_of,
    )
    graph = nx.Graph()
    for row in rows:
        graph.add_node(row["a"], name=row["an"], kind=row["ak"], country=row["ac"])
        graph.add_node(row["b"], name=row["bn"], kind=row["bk"], country=row["bc"])
        if row["a"] == row["b"]:
            continue
        if graph.has_edge(row["a"], row["b"]):
            graph.edges[row["a"], row["b"]]["types"].add(row["t"])
        else:
            graph.add_edge(row["a"], row["b"], types={row["t"]})
    return graph


def node_row(graph: nx.Graph, node: str) -> dict[str, Any]:
    """``{id, name, kind, country}`` of a projected node."""
    data = graph.nodes[node]
    return {"id": node, "name": data.get("name"), "kind": data.get("kind"), "country": data.get("country")}
