"""Export beside the least an export can do: two plain reads and networkx, in the same run.

Run: ``python -m bench.export --db PATH [--runs 3]`` on a loaded graph: the realistic one
(``munigraph load --db PATH ../shared/corpus ../shared/data/twinning/wikipedia-2026/app_public_twin_cities.csv``,
about 17k nodes and 41k relationships) or the 100k cities / 1M links network that
``python -m bench.store --cities 100000 --links 1000000 --db PATH`` leaves behind (its
reference links, of a type of their own, are outside the model: neither side exports them).

For each format the command offers, times what ``munigraph export`` does (JSON: the file's
text, ``indent=1``; GraphML; GEXF 1.3) against a reference that reads every node's and every
relationship's properties in one query each over the same driver, builds a networkx
multigraph and hands it to networkx's writer (JSON: ``json.dumps`` of its node-link data,
no indent). The two take turns, each going first every other run, after an untimed warm-up of
each; prints the medians of wall time and of this process's CPU time (the engine's own work
is in its process) and their ratios. Figures are printed, never asserted. With an older
``graph.export`` (no ``write_json``) the JSON row times the command's ``json.dumps`` of
``node_link``, so that the same script measures before and after.
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
    edges = "MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL AND type(r) IN $types "
    types = list(store.model.relationships)
    for row in store.read(edges + "RETURN a.id AS s, b.id AS t, type(r) AS type, properties(r) AS p", types=types):
        graph.add_edge(row["s"], row["t"], type=row["type"], **props(row["p"]))
    return graph


def reference_json(store: Store) -> str:
    return json.dumps(nx.node_link_data(reference_graph(store), edges="edges"))


def reference_graphml(store: Store) -> None:
    nx.write_graphml(reference_graph(store, flat=True), io.BytesIO())


def reference_gexf(store: Store) -> None:
    graph = reference_graph(store, flat=True)
    for _, _, data in graph.edges(data=True):  # GEXF's own edge "type" is directed/undirected/mutual
        data["relationship"] = data.pop("type")
    nx.write_gexf(graph, io.BytesIO(), version="1.3")


def export_json(store: Store) -> None:
    if hasattr(export, "write_json"):
        export.write_json(store, io.StringIO())
    else:  # the export before write_json: what the command wrote
        io.StringIO().write(json.dumps(export.node_link(store), ensure_ascii=False, indent=1))


def timed(call: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    call()
    return time.perf_counter() - wall, time.process_time() - cpu


def side_by_side(
    ours: Callable[[], object], theirs: Callable[[], object], runs: int, reference_first: bool = False
) -> list[float]:
    """Median wall and CPU seconds of ours and of the reference, taking turns (the reference first
    in the first run with ``reference_first``: with no warm-up, whichever goes first reads cold)."""
    samples: dict[str, list[tuple[float, float]]] = {"ours": [], "theirs": []}
    calls = {"ours": ours, "theirs": theirs}
    for run in range(runs):
        for side in ("ours", "theirs") if (run + reference_first) % 2 == 0 else ("theirs", "ours"):
            samples[side].append(timed(calls[side]))
    return [statistics.median(s[i] for s in samples[side]) for side in ("ours", "theirs") for i in (0, 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a loaded database folder")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--formats", default="json,graphml,gexf", help="comma-separated")
    parser.add_argument(
        "--warmup",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="an untimed export of each first (--no-warmup at 1M links on a busy machine: then the reference "
        "goes first, the other one finding the engine's caches warm)",
    )
    args = parser.parse_args()
    cases = {
        "json": (lambda: export_json(store), lambda: reference_json(store)),
        "graphml": (lambda: export.write_graphml(store, io.BytesIO()), lambda: reference_graphml(store)),  # type: ignore[arg-type]
        "gexf": (lambda: export.write_gexf(store, io.BytesIO()), lambda: reference_gexf(store)),  # type: ignore[arg-type]
    }
    rows = []
    with Store.open(args.db) as store, store.shared_reads():
        counts = store.counts()
        print(
            f"graph: {sum(counts['nodes'].values()):,} nodes, {sum(counts['relationships'].values()):,} relationships"
        )
        if args.warmup:  # the engine's caches hold the graph for both
            reference_json(store)
            export_json(store)
        for fmt in args.formats.split(","):
            rows.append((f"export {fmt}", *side_by_side(*cases[fmt], args.runs, reference_first=not args.warmup)))
    print(f"{'what':<16} {'munigraph s':>15} {'two reads + networkx s':>24} {'ratio':>15}")
    print(f"{'':<16} {'wall':>7} {'cpu':>7} {'wall':>12} {'cpu':>11} {'wall':>7} {'cpu':>7}")
    for what, wall, cpu, ref_wall, ref_cpu in rows:
        print(
            f"{what:<16} {wall:>7.2f} {cpu:>7.2f} {ref_wall:>12.2f} {ref_cpu:>11.2f}"
            f" {wall / ref_wall:>6.2f}x {cpu / ref_cpu:>6.2f}x"
        )


if __name__ == "__main__":
    main()
