"""Louvain: networkx below the threshold, igraph's compiled one above, the same answer on clear structure."""

from __future__ import annotations

import sys

import networkx as nx
import pytest
from munigraph.graph.analytics import communities as module
from munigraph.graph.analytics.communities import louvain
from munigraph.graph.errors import QueryError


def cliques_in_a_ring(count: int = 4, size: int = 10) -> nx.Graph:
    """``count`` cliques of ``size`` nodes, each tied to the next by one edge."""
    graph = nx.ring_of_cliques(count, size)
    return nx.relabel_nodes(graph, {n: f"city:{n}" for n in graph})


def as_sorted(parts: list[set[str]]) -> list[list[str]]:
    return sorted(sorted(p) for p in parts)


def test_networkx_and_compiled_louvain_find_the_same_cliques(monkeypatch: pytest.MonkeyPatch) -> None:
    graph = cliques_in_a_ring()
    expected = [[f"city:{n}" for n in range(start, start + 10)] for start in (0, 10, 20, 30)]
    assert as_sorted(louvain(graph)) == sorted(expected)
    monkeypatch.setattr(module, "COMPILED_ABOVE", 0)
    assert as_sorted(louvain(graph)) == sorted(expected)


def test_compiled_louvain_is_seeded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "COMPILED_ABOVE", 0)
    graph = nx.gnm_random_graph(2000, 8000, seed=3)
    first = as_sorted(louvain(graph, seed=5))
    assert as_sorted(louvain(graph, seed=5)) == first
    assert 5 < len(first) < 2000  # a partition, neither one block nor singletons


def test_compiled_louvain_honours_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "COMPILED_ABOVE", 0)
    graph = nx.gnm_random_graph(2000, 8000, seed=3)
    assert len(louvain(graph, resolution=4.0)) > len(louvain(graph, resolution=0.5))


def test_without_igraph_a_large_network_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "COMPILED_ABOVE", 10)
    monkeypatch.setitem(sys.modules, "igraph", None)  # import igraph now raises ImportError
    with pytest.raises(QueryError, match=r"48 ties are too many .*munigraph\[scale\]"):
        louvain(cliques_in_a_ring(3, 6))
