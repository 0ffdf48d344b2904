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

INTERNAL_NODE_PROPS = {"keys", "keys_text", "text"}  # lookup keys and document bodies stay in the store
INTERNAL_EDGE_PROPS = {"provenance", "sources"}


# One pass each over nodes and relationships; kinds and types in the model's order, then by id,
# so that an export of the same graph is the same file.
# The model's kinds by label, in one query: not the key nodes of name lookup (one per name, with
# their search text) nor the change counter's node, read to be left out.
def _nodes_query(kinds: list[str]) -> str:
    return "\nUNION ALL\n".join(f"MATCH (n:`{kind}`) RETURN '{kind}' AS kind, properties(n) AS p" for kind in kinds)


EDGES = "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS s, b.id AS t, properties(r) AS p"


def _nodes(store: Store) -> list[dict[str, Any]]:
    order = {kind: i for i, kind in enumerate(store.model.nodes)}
    rows = store.read(_nodes_query(list(order)))
    rows.sort(key=lambda r: (order[r["kind"]], r["p"].get("id") or ""))
    nodes = []
    for row in rows:
        props = {k: v for k, v in row["p"].items() if k not in INTERNAL_NODE_PROPS and v is not None}
        props["kind"] = row["kind"]
        props.setdefault("aliases", [])
        nodes.append(props)
    return nodes


def _edges(store: Store) -> list[dict[str, Any]]:
    order = {rel_type: i for i, rel_type in enumerate(store.model.relationships)}
    rows = [r for r in store.read(EDGES) if r["type"] in order]
    rows.sort(key=lambda r: (order[r["type"]], r["s"], r["t"]))
    edges = []
    for row in rows:
        props = {k: v for k, v in row["p"].items() if k not in INTERNAL_EDGE_PROPS and v is not None}
        props["provenance"] = [json.loads(p) for p in row["p"].get("provenance") or []]
        edges.append({"source": row["s"], "target": row["t"], "type": row["type"], **props})
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
    """Static GEXF 1.3, as Gephi and networkx read it.

    GEXF gives meaning to some attribute names: ``start``/``end``/``spells`` make the
    graph dynamic (an event's dates, a mention's character offsets would become time),
    and an edge's ``type`` must be directed/undirected/mutual. Those are renamed (see
    :data:`GEXF_NAMES`); the relationship type is the edge's label and its
    ``relationship`` attribute, the node kind its ``kind`` attribute. Values take the
    model's type (long, double, boolean); dates are ISO 8601 text, lists are joined.
    """
    nx.write_gexf(_gexf_graph(store), path, version="1.3")


# GEXF attribute names with a meaning of their own, and what they are written as.
GEXF_NAMES = {"start": "start_at", "end": "end_at", "spells": "spells_text", "type": "relationship"}
_GEXF_PY: dict[str, type] = {"int": int, "float": float, "bool": bool}


def _gexf_value(prop_type: str, value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    caster = _GEXF_PY.get(prop_type)
    if caster is not None:
        try:
            return caster(value)
        except (TypeError, ValueError):
            return str(value)
    return str(value)


def _gexf_attrs(specs: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    return {
        GEXF_NAMES.get(k, k): _gexf_value(specs[k].type if k in specs else "string", v)
        for k, v in data.items()
        if k != "provenance" and v not in (None, [])
    }


def _gexf_graph(store: Store) -> nx.MultiDiGraph:
    model = store.model
    graph = to_networkx(store)
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        attrs = _gexf_attrs(model.node_properties(data["kind"]), data)
        flat.add_node(node, **attrs, label=str(data.get("name", node)))
    for source, target, data in graph.edges(data=True):
        rel_type = data["type"]
        attrs = _gexf_attrs(model.rel_properties(rel_type), data)
        attrs["provenance"] = json.dumps(data.get("provenance") or [], ensure_ascii=False)
        attrs["symmetric"] = model.relationships[rel_type].symmetric
        flat.add_edge(source, target, **attrs, label=rel_type)
    return flat


_ADMIN_TYPES = {
    "string": "string",
    "int": "long",
    "float": "double",
    "bool": "boolean",
    "date": "date",
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
        nodes = [(node, data) for node, data in graph.nodes(data=True) if data.get("kind") == kind]
        header = ["id:ID", *(f"{c}:{_admin_type(specs[c].type, (d.get(c) for _, d in nodes))}" for c in columns)]
        header.append(":LABEL")
        rows = [[node, *(_cell(data.get(c)) for c in columns), kind] for node, data in nodes]
        written.append(_write_rows(folder / f"nodes_{kind}.csv", header, rows))
    for rel_type in store.model.relationships:
        specs = store.model.rel_properties(rel_type)
        columns = [*store.model.relationships[rel_type].properties, "provenance"]
        edges = [(s, t, data) for s, t, data in graph.edges(data=True) if data.get("type") == rel_type]
        types = [_admin_type(specs[c].type, (d.get(c) for _, _, d in edges)) for c in columns]
        header = [":START_ID", ":END_ID", *(f"{c}:{kind}" for c, kind in zip(columns, types, strict=True)), ":TYPE"]
        rows = [[s, t, *(_cell(data.get(c), c) for c in columns), rel_type] for s, t, data in edges]
        written.append(_write_rows(folder / f"relationships_{rel_type}.csv", header, rows))
    return written


def _admin_type(prop_type: str, values: Any) -> str:
    """The neo4j-admin import type of a column: a date column holding any time of day is ``datetime``."""
    if prop_type == "date" and any("T" in str(v) for v in values if v):
        return "datetime"
    return _ADMIN_TYPES[prop_type]


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
