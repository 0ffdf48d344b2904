"""The whole graph out: networkx node-link JSON (the MODEL.md contract), GraphML, GEXF, CSV.

>>> graph = to_networkx(store)                        # doctest: +SKIP
>>> json.dumps(node_link(store))                      # doctest: +SKIP
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import networkx as nx
from munigraph.graph.output import spreadsheet_safe
from munigraph.graph.store import Store

INTERNAL_NODE_PROPS = {"keys", "text"}  # lookup keys and document bodies stay in the store
INTERNAL_EDGE_PROPS = {"provenance", "sources"}


def _nodes(store: Store) -> list[dict[str, Any]]:
    nodes = []
    for kind in store.model.nodes:
        for row in store.read(f"MATCH (n:`{kind}`) RETURN properties(n) AS p ORDER BY n.id"):
            props = {k: v for k, v in row["p"].items() if k not in INTERNAL_NODE_PROPS and v is not None}
            props["kind"] = kind
            props.setdefault("aliases", [])
            nodes.append(props)
    return nodes


def _edges(store: Store) -> list[dict[str, Any]]:
    edges = []
    for rel_type in store.model.relationships:
        query = f"MATCH (a)-[r:`{rel_type}`]->(b) RETURN a.id AS s, b.id AS t, properties(r) AS p ORDER BY s, t"
        for row in store.read(query):
            props = {k: v for k, v in row["p"].items() if k not in INTERNAL_EDGE_PROPS and v is not None}
            props["provenance"] = [json.loads(p) for p in row["p"].get("provenance") or []]
            edges.append({"source": row["s"], "target": row["t"], "type": rel_type, **props})
    return edges


def to_networkx(store: Store) -> nx.MultiDiGraph:
    """The whole graph as a networkx multigraph: node and edge attributes as in the store."""
    graph = nx.MultiDiGraph()
    for node in _nodes(store):
        graph.add_node(node["id"], **{k: v for k, v in node.items() if k != "id"})
    for edge in _edges(store):
        graph.add_edge(
            edge["source"], edge["target"], **{k: v for k, v in edge.items() if k not in ("source", "target")}
        )
    return graph


def node_link(store: Store) -> dict[str, Any]:
    """networkx node-link data, edges under ``edges``, as MODEL.md's export contract says."""
    return nx.node_link_data(to_networkx(store), edges="edges")


def _flat(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GraphML and GEXF take scalars only: lists joined with '; ', provenance as JSON."""
    flat = nx.MultiDiGraph()

    def scalar(key: str, value: Any) -> Any:
        if key == "provenance":
            return json.dumps(value, ensure_ascii=False)
        if isinstance(value, list):
            return "; ".join(str(v) for v in value)
        return value

    for node, data in graph.nodes(data=True):
        flat.add_node(node, label=data.get("name", node), **{k: scalar(k, v) for k, v in data.items()})
    for source, target, data in graph.edges(data=True):
        flat.add_edge(source, target, label=data.get("type"), **{k: scalar(k, v) for k, v in data.items()})
    return flat


def write_graphml(store: Store, path: Path) -> None:
    nx.write_graphml(_flat(to_networkx(store)), path)


def write_gexf(store: Store, path: Path) -> None:
    nx.write_gexf(_flat(to_networkx(store)), path)


_ADMIN_TYPES = {
    "string": "string",
    "int": "long",
    "float": "double",
    "bool": "boolean",
    "date": "string",
    "list": "string[]",
}


def write_csv(store: Store, folder: Path) -> list[Path]:
    """One nodes file per kind and one relationships file per type, with neo4j-admin import headers."""
    folder.mkdir(parents=True, exist_ok=True)
    graph = to_networkx(store)
    written = []
    for kind in store.model.nodes:
        specs = {k: p for k, p in store.model.node_properties(kind).items() if k not in INTERNAL_NODE_PROPS}
        columns = [name for name in specs if name != "id"]
        header = ["id:ID", *(f"{c}:{_ADMIN_TYPES[specs[c].type]}" for c in columns), ":LABEL"]
        rows = [
            [node, *(_cell(data.get(c)) for c in columns), kind]
            for node, data in graph.nodes(data=True)
            if data.get("kind") == kind
        ]
        written.append(_write_rows(folder / f"nodes_{kind}.csv", header, rows))
    for rel_type in store.model.relationships:
        specs = store.model.rel_properties(rel_type)
        columns = [*store.model.relationships[rel_type].properties, "provenance"]
        header = [":START_ID", ":END_ID", *(f"{c}:{_ADMIN_TYPES[specs[c].type]}" for c in columns), ":TYPE"]
        rows = [
            [s, t, *(_cell(data.get(c), c) for c in columns), rel_type]
            for s, t, data in graph.edges(data=True)
            if data.get("type") == rel_type
        ]
        written.append(_write_rows(folder / f"relationships_{rel_type}.csv", header, rows))
    return written


def _cell(value: Any, column: str = "") -> str:
    if value is None:
        return ""
    if column == "provenance":
        return ";".join(json.dumps(p, ensure_ascii=False) for p in value)
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _write_rows(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows([[spreadsheet_safe(c) for c in row] for row in rows])
    return path
