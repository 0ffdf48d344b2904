"""Hubs: the most central nodes of a projection, by degree, betweenness or PageRank."""

from __future__ import annotations

from typing import Any

import networkx as nx
from munigraph.graph.analytics import node_row
from munigraph.graph.errors import QueryError

METRICS = ("degree", "betweenness", "pagerank")
# Exact betweenness costs one BFS per node; past this size it is estimated from a
# seeded sample of pivots, so the answer is the same run after run.
EXACT_BETWEENNESS = 2000
PIVOTS = 64
SEED = 42


def scores(graph: nx.Graph, metric: str) -> dict[str, float]:
    """Centrality of every node of ``graph``.

    Parameters
    ----------
    graph : networkx.Graph
        A projection (see :func:`graph.analytics.project`).
    metric : {"degree", "betweenness", "pagerank"}
        ``degree`` is the number of distinct neighbours; ``betweenness`` is normalised
        and estimated from 64 seeded pivots on graphs of more than 2,000 nodes;
        ``pagerank`` uses damping 0.85.

    Examples
    --------
    >>> g = nx.path_graph(["a", "b", "c"])
    >>> scores(g, "degree")
    {'a': 1, 'b': 2, 'c': 1}
    >>> scores(g, "betweenness")["b"]
    1.0
    """
    if metric not in METRICS:
        raise QueryError(f"unknown metric '{metric}' (valid: {', '.join(METRICS)})")
    # kept on the graph: a cached projection (graph.analytics.project) answers again at once
    memo = graph.graph.setdefault("centrality", {})
    if metric not in memo:
        memo[metric] = _compute(graph, metric)
    return memo[metric]


def _compute(graph: nx.Graph, metric: str) -> dict[str, float]:
    if graph.number_of_nodes() == 0:
        return {}
    if metric == "degree":
        return dict(graph.degree())
    if metric == "betweenness":
        pivots = None if graph.number_of_nodes() <= EXACT_BETWEENNESS else PIVOTS
        return nx.betweenness_centrality(graph, k=pivots, seed=SEED, normalized=True)
    return nx.pagerank(graph, alpha=0.85)


def hubs(graph: nx.Graph, kind: str | None, metric: str, top: int | None = None) -> list[dict[str, Any]]:
    """Nodes of ``kind`` (all kinds when None) ranked by ``metric``, best first.

    Ties are broken by degree, then by name, so the order is stable. ``top`` keeps only
    the first rows (a page), sparing the rows of a hundred thousand cities.

    Examples
    --------
    >>> g = nx.star_graph(3)
    >>> nx.set_node_attributes(g, {n: {"name": f"n{n}", "kind": "City"} for n in g})
    >>> [r["name"] for r in hubs(g, "City", "degree", top=2)]
    ['n0', 'n1']
    """
    values = scores(graph, metric)
    ranked = _ranking(graph, values, metric, kind)
    return [
        {"rank": i, **node_row(graph, n), "score": _rounded(values[n]), "degree": graph.degree(n)}
        for i, n in enumerate(ranked[:top] if top is not None else ranked, 1)
    ]


def _ranking(graph: nx.Graph, values: dict[str, float], metric: str, kind: str | None) -> list[str]:
    """Every node of ``kind`` in rank order; kept on the graph, so a cached projection pages at once."""
    memo = graph.graph.setdefault("ranking", {})
    if (metric, kind) not in memo:
        degree = dict(graph.degree())
        names = {n: str(d.get("name")) for n, d in graph.nodes(data=True) if kind is None or d.get("kind") == kind}
        memo[metric, kind] = sorted(names, key=lambda n: (-values[n], -degree[n], names[n], str(n)))
    return memo[metric, kind]


def _rounded(value: float) -> float | int:
    return value if isinstance(value, int) else round(float(value), 6)
