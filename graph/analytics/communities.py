"""Communities: Louvain partition of a projection, reported per community."""

from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

from graph.analytics import node_row

SEED = 42


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
        memo[resolution] = nx.community.louvain_communities(graph, resolution=resolution, seed=SEED)
    parts = memo[resolution]
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
