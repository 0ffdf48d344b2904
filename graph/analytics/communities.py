"""Communities: Louvain partition of a projection, reported per community.

networkx's Louvain is pure Python: seconds on the real twinning datasets (48k ties), hours
on a million ties. Above :data:`COMPILED_ABOVE` ties the same algorithm runs in igraph's C
implementation (``community_multilevel``), from the optional ``scale`` extra: igraph is
GPL-licensed, so it is asked for, not imposed on an MIT install.
"""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

import networkx as nx
from munigraph.graph.analytics import node_row
from munigraph.graph.errors import QueryError

SEED = 42
# Ties above which networkx's Louvain is too slow to wait for (measured: 173 s for its
# first level alone on 100k cities and 1M random ties; 22 s for all of the real 48k).
COMPILED_ABOVE = 150_000


def communities(graph: nx.Graph, kind: str | None, resolution: float = 1.0, top: int = 10) -> list[dict[str, Any]]:
    """Louvain communities of ``graph``, largest first, counted in nodes of ``kind``.

    Parameters
    ----------
    graph : networkx.Graph
        A projection (see :func:`graph.analytics.project`).
    kind : str or None
        The node kind counted and listed (all kinds when None); communities with no
        node of that kind are left out.
    resolution : float
        Louvain resolution: above 1 gives more, smaller communities.
    top : int
        How many members to list per community, by degree (0 lists them all).

    Returns
    -------
    list of dict
        ``community`` (1 = largest), ``size``, ``members`` (``{id, name, kind,
        country}``, most connected first) and ``countries`` (the commonest, up to 5).
        The list is kept with a cached projection and shared by later calls: read it,
        do not change it.

    Examples
    --------
    >>> g = nx.barbell_graph(4, 0)
    >>> nx.set_node_attributes(g, {n: {"name": f"n{n}", "kind": "City"} for n in g})
    >>> [c["size"] for c in communities(g, "City")]
    [4, 4]
    """
    if graph.number_of_nodes() == 0:
        return []
    memo = graph.graph.setdefault("louvain", {})  # kept on a cached projection, per resolution
    if resolution not in memo:
        memo[resolution] = louvain(graph, resolution)
    reports = graph.graph.setdefault("communities", {})  # and the report made of it
    if (resolution, kind, top) not in reports:
        reports[resolution, kind, top] = _report(graph, memo[resolution], kind, top)
    return reports[resolution, kind, top]


def _report(graph: nx.Graph, parts: list[set[str]], kind: str | None, top: int) -> list[dict[str, Any]]:
    found = []
    for part in parts:
        members = [n for n in part if kind is None or graph.nodes[n].get("kind") == kind]
        if not members:
            continue
        members.sort(key=lambda n: (-graph.degree(n), str(graph.nodes[n].get("name")), str(n)))
        countries = Counter(graph.nodes[n].get("country") for n in members if graph.nodes[n].get("country"))
        found.append(
            {
                "size": len(members),
                "members": [node_row(graph, n) for n in (members[:top] if top else members)],
                "countries": [c for c, _ in sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))[:5]],
            }
        )
    found.sort(key=lambda c: (-c["size"], c["members"][0]["id"]))
    return [{"community": i, **c} for i, c in enumerate(found, 1)]


def louvain(graph: nx.Graph, resolution: float = 1.0, seed: int = SEED) -> list[set[str]]:
    """Louvain partition of ``graph``: networkx up to :data:`COMPILED_ABOVE` ties, igraph above.

    Parameters
    ----------
    graph : networkx.Graph
        Any undirected graph; edge weights are not used.
    resolution : float
        Above 1 gives more, smaller communities.
    seed : int
        Makes the partition the same from run to run.

    Returns
    -------
    list of set
        The communities, as sets of nodes.

    Raises
    ------
    graph.errors.QueryError
        The graph is above the threshold and igraph is not installed.

    Examples
    --------
    >>> sorted(map(sorted, louvain(nx.barbell_graph(3, 0))))
    [[0, 1, 2], [3, 4, 5]]
    """
    if graph.number_of_edges() <= COMPILED_ABOVE:
        return nx.community.louvain_communities(graph, resolution=resolution, seed=seed)
    try:
        import igraph
    except ImportError:
        raise QueryError(
            f"communities: {graph.number_of_edges():,} ties are too many for networkx's Louvain "
            "(hours); install the compiled one with pip install 'munigraph[scale]', "
            "or project fewer ties (ties=..., as_of=...)"
        ) from None
    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    compiled = igraph.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in graph.edges()])
    igraph.set_random_number_generator(random.Random(seed))
    try:
        clusters = compiled.community_multilevel(resolution=resolution)
    finally:
        igraph.set_random_number_generator(random)
    return [{nodes[i] for i in members} for members in clusters]
