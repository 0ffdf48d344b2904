"""Graph analytics with networkx over projections of the store.

A projection is an undirected :class:`networkx.Graph` pulled from the store: the nodes at
either end of the chosen relationship types (with ``name``, ``kind`` and ``country``) and
one edge per linked pair (``types``: the relationship types that link them). Documents and the IN_COUNTRY and MENTIONED_IN ties are left out by default:
a country or a document tying everything it contains would make every city a neighbour
of every other.

>>> graph = project(store, ["TWINNED_WITH"])                 # doctest: +SKIP
>>> graph.number_of_nodes(), graph.number_of_edges()  # doctest: +SKIP
(30512, 48170)
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import networkx as nx
from munigraph.graph.errors import QueryError
from munigraph.graph.schema import load_model

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
CACHE_SECONDS = 600.0
_CACHE: dict[tuple, tuple[str, float, nx.Graph]] = {}
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


def project(
    store: Any, types: Sequence[str] = DEFAULT_TIES, as_of: str | None = None, dataset: str | None = None
) -> nx.Graph:
    """The undirected graph of ``types`` relationships in force on ``as_of``.

    Two reads: the linked pairs (ids only: the kind is the id's prefix), then the name
    and country of the nodes of each kind met. The graph is kept in this process and
    reused while the graph's change counter (:mod:`graph.changes`) stays the same, for at
    most :data:`CACHE_SECONDS` (a web explorer asks again and again).

    Parameters
    ----------
    store : graph.store.Store
        The graph database.
    types : sequence of str
        Relationship types to project (validated against the model by :func:`ties`).
    as_of : str, optional
        ISO date; relationships whose since/until exclude it are left out.
    dataset : str, optional
        Only relationships this dataset states; nodes their dataset gives no name
        (``anonymous``, KONECT) are projected only when their dataset is asked for.

    Returns
    -------
    networkx.Graph
        Nodes keyed by id with ``name``, ``kind`` and ``country``; edges with ``types``.

    Examples
    --------
    >>> graph = project(store, ["TWINNED_WITH"])              # doctest: +SKIP
    >>> graph.nodes["city:geonames:2745912"]  # doctest: +SKIP
    {'kind': 'City', 'name': 'Utrecht', 'country': 'NL'}
    """
    key = (store.uri, store.database, tuple(types), as_of, dataset)
    stamp = store.version()
    cached = _CACHE.get(key)
    if cached and cached[0] == stamp and time.monotonic() - cached[1] < CACHE_SECONDS:
        return cached[2]
    graph = _read(store, types, as_of, dataset)
    _CACHE.clear()  # one projection kept: they can be large
    _CACHE[key] = (stamp, time.monotonic(), graph)
    return graph


def clear_cache() -> None:
    """Forget the cached projection (benchmarks time the cold path with it)."""
    _CACHE.clear()


NAMED = "a.anonymous IS NULL AND b.anonymous IS NULL"  # nodes with a name of their own


def _read(store: Any, types: Sequence[str], as_of: str | None, dataset: str | None = None) -> nx.Graph:
    model = load_model()
    alternation = "|".join(f"`{t}`" for t in types)
    which = "$dataset IN r.sources" if dataset else NAMED
    rows = store.read(
        f"MATCH (a)-[r:{alternation}]->(b) WHERE {AS_OF} AND {which} RETURN a.id AS a, b.id AS b, type(r) AS t",
        as_of=as_of,
        dataset=dataset,
    )
    graph = nx.Graph()
    for row in rows:
        a, b = row["a"], row["b"]
        if a == b:
            continue
        if graph.has_edge(a, b):
            graph.edges[a, b]["types"].add(row["t"])
        else:
            graph.add_edge(a, b, types={row["t"]})
    for kind in sorted({model.kind_of_id(n) for n in graph}, key=str):
        for row in store.read(f"MATCH (n:`{kind}`) RETURN n.id AS id, n.name AS name, n.country AS country"):
            if row["id"] in graph:
                graph.add_node(row["id"], kind=kind, name=row["name"], country=row["country"])
    return graph


def node_row(graph: nx.Graph, node: str) -> dict[str, Any]:
    """``{id, name, kind, country}`` of a projected node."""
    data = graph.nodes[node]
    return {"id": node, "name": data.get("name"), "kind": data.get("kind"), "country": data.get("country")}
