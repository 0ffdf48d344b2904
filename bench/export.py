"""Export beside the least an export can do: two plain reads and networkx, in the same run.

Run: ``python -m bench.export --db PATH [--runs 3]`` on a loaded graph. Times
:func:`graph.export.node_link` (networkx node-link JSON, the MODEL.md contract) and GraphML,
against a reference that reads every node's and every relationship's properties in one
query each over the same driver and builds the same networkx multigraph and node-link
data (and GraphML); prints the medians and their ratio. The last row compares the reads
alone: one query per kind and per type, as the export read before, against the two. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import time
from collections.abc import Callable

import networkx as nx
from munigraph.graph import export
from munigraph.graph.store import Store


def reference_graph(store: Store, flat: bool = False) -> nx.MultiDiGraph:
    """Two plain reads into a networkx multigraph; ``flat``: lists as text, as GraphML needs."""

    def props(values: dict) -> dict:
        return {k: "; ".join(map(str, v)) if flat and isinstance(v, list) else v for k, v in values.items()}

    graph = nx.MultiDiGraph()
    # the graph's nodes have ids: the name lookup's key nodes and the change counter have none
    for row in store.read("MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id, properties(n) AS p"):
        graph.add_node(row["id"], **props(row["p"]))
    edges = "MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL "
    for row in store.read(edges + "RETURN a.id AS s, b.id AS t, type(r) AS type, properties(r) AS p"):
        graph.add_edge(row["s"], row["t"], type=row["type"], **props(row["p"]))
    return graph


def reference_json(store: Store) -> str:
    return json.dumps(nx.node_link_data(reference_graph(store), edges="edges"))


def reference_graphml(store: Store) -> None:
    nx.write_graphml(reference_graph(store, flat=True), io.BytesIO())


def per_kind(store: Store) -> None:
    """The reads of the export before: one query per node kind and one per relationship type."""
    for kind in store.model.nodes:
        store.read(f"MATCH (n:`{kind}`) RETURN properties(n) AS p ORDER BY n.id")
    for rel_type in store.model.relationships:
        store.read(f"MATCH (a)-[r:`{rel_type}`]->(b) RETURN a.id AS s, b.id AS t, properties(r) AS p ORDER BY s, t")


def median_s(call: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a loaded database folder")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with Store.open(args.db) as store:
        counts = store.counts()
        print(
            f"graph: {sum(counts['nodes'].values()):,} nodes, {sum(counts['relationships'].values()):,} relationships"
        )
        reference_json(store)  # warm-up: the engine's caches hold the graph for both
        rows = [
            (
                "export json (node_link)",
                median_s(lambda: json.dumps(export.node_link(store)), args.runs),
                median_s(lambda: reference_json(store), args.runs),
            ),
            (
                "export graphml",
                median_s(lambda: export.write_graphml(store, io.BytesIO()), args.runs),  # type: ignore[arg-type]
                median_s(lambda: reference_graphml(store), args.runs),
            ),
        ]
        before = median_s(lambda: per_kind(store), args.runs)
        two_reads = median_s(lambda: reference_graph(store), args.runs)
    print(f"{'what':<36} {'munigraph s':>11}   {'two reads + networkx s':>22} {'ratio':>7}")
    for what, ours, theirs in rows:
        print(f"{what:<36} {ours:>11.2f}   {theirs:>22.2f} {ours / theirs:>6.2f}x")
    print(f"{'reads, before: per kind and type':<36} {before:>11.2f}   {two_reads:>22.2f} {before / two_reads:>6.2f}x")


if __name__ == "__main__":
    main()
