"""The whole graph out: networkx node-link JSON (the MODEL.md contract), GraphML, GEXF, CSV.

>>> graph = to_networkx(store)                        # doctest: +SKIP
>>> write_json(store, handle)                         # doctest: +SKIP

Every format reads the graph the same way: one query for the nodes and one for the
relationships, each record's values mapped to what the file needs as it arrives
(:meth:`Store.read_rows`), in one order (:func:`_read`). JSON and CSV are written from
those rows as they go, in the order networkx would give them; GraphML and GEXF go through
the one networkx graph their writers need, built from the rows directly.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from json.encoder import encode_basestring  # the C function json.dumps(ensure_ascii=False) uses
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from munigraph.graph.output import spreadsheet_safe
from munigraph.graph.store import Store

if TYPE_CHECKING:
    import networkx as nx

INTERNAL_NODE_PROPS = {"keys", "keys_text", "text"}  # lookup keys and document bodies stay in the store
INTERNAL_EDGE_PROPS = {"provenance", "sources"}
_LEFT_OUT_NODE = {*INTERNAL_NODE_PROPS, "id"}  # the id is the node's name in networkx, not an attribute

Attrs = dict[str, Any]
Edge = tuple[str, str, Attrs]  # source, target, attributes (the type under "type")


# One pass each over nodes and relationships; kinds and types in the model's order, then by id,
# so that an export of the same graph is the same file.
# The model's kinds by label, in one query: not the key nodes of name lookup (one per name, with
# their search text) nor the change counter's node, read to be left out.
def _nodes_query(kinds: list[str]) -> str:
    return "\nUNION ALL\n".join(f"MATCH (n:`{kind}`) RETURN '{kind}' AS kind, properties(n) AS p" for kind in kinds)


EDGES = "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS s, b.id AS t, properties(r) AS p"


def _node_attrs(kind: str, props: Attrs) -> tuple[str, Attrs]:
    """A node's id and its attributes as networkx holds them: no internal or empty property, its kind."""
    attrs = {k: v for k, v in props.items() if k not in _LEFT_OUT_NODE and v is not None}
    attrs["kind"] = kind
    attrs.setdefault("aliases", [])
    return props["id"], attrs


def _edge_attrs(rel_type: str, props: Attrs, parse: bool = True) -> Attrs:
    """A relationship's attributes: its type, its properties, its provenance records (parsed,
    or as the JSON text each is stored as when the writer only writes them out again)."""
    attrs = {"type": rel_type}
    attrs.update((k, v) for k, v in props.items() if k not in INTERNAL_EDGE_PROPS and v is not None)
    records = props.get("provenance") or []
    attrs["provenance"] = [json.loads(p) for p in records] if parse else list(records)
    return attrs


def _provenance_text(records: list[str]) -> str:
    """Stored provenance records as one JSON array, unparsed: each is the JSON text facts'
    encoder wrote (keys sorted, default separators), so the join is what ``json.dumps`` of
    the parsed records writes, without a parse and a dump per record (a fifth of a GraphML
    export at 1M links)."""
    return "[" + ", ".join(records) + "]"


def _read(store: Store, parse_provenance: bool = True) -> tuple[dict[str, Attrs], list[Edge]]:
    """The graph's nodes (id to attributes, in export order) and relationships (sorted by type
    in the model's order, source, target), read once each, each record reduced to its
    attributes as it arrives (provenance left as stored text unless ``parse_provenance``). A relationship's end with no node of a model kind is a node
    without attributes, added after the others in order of appearance, as networkx adds it."""
    kind_order = {kind: i for i, kind in enumerate(store.model.nodes)}
    type_order = {rel_type: i for i, rel_type in enumerate(store.model.relationships)}

    def node(kind: str, props: Attrs) -> tuple[int, str, str, Attrs]:
        return (kind_order[kind], props.get("id") or "", *_node_attrs(kind, props))

    def edge(rel_type: str, source: str, target: str, props: Attrs) -> tuple[int, str, str, Attrs] | None:
        if rel_type not in type_order:  # not the model's: the store's own bookkeeping
            return None
        return type_order[rel_type], source, target, _edge_attrs(rel_type, props, parse_provenance)

    node_rows = store.read_rows(_nodes_query(list(kind_order)), node)
    node_rows.sort(key=lambda r: r[:2])
    nodes: dict[str, Attrs] = {}
    for _, _, node_id, attrs in node_rows:
        if node_id in nodes:  # one id under two labels: networkx keeps one node, its attributes updated
            nodes[node_id].update(attrs)
        else:
            nodes[node_id] = attrs
    del node_rows
    edge_rows = [r for r in store.read_rows(EDGES, edge) if r is not None]
    edge_rows.sort(key=lambda r: r[:3])
    edges = []
    for _, source, target, attrs in edge_rows:
        for end in (source, target):
            if end not in nodes:
                nodes[end] = {}
        edges.append((source, target, attrs))
    return nodes, edges


def _recast(
    nodes: dict[str, Attrs], edges: list[Edge], node: Callable[[str, Attrs], Attrs], edge: Callable[[Attrs], Attrs]
) -> None:
    """Each node's and relationship's attributes replaced by what a writer needs, in place:
    the graph is held in one form at a time."""
    for node_id, attrs in nodes.items():
        nodes[node_id] = node(node_id, attrs)
    for i, (source, target, attrs) in enumerate(edges):
        edges[i] = (source, target, edge(attrs))


def _adjacency_order(nodes: dict[str, Attrs], edges: list[Edge]) -> Iterator[tuple[str, str, int, Attrs]]:
    """The relationships as a networkx multigraph built in ``edges``' order lists them (its
    ``edges(keys=True, data=True)``): by source in node order, then by target in order of
    first appearance, each pair's relationships numbered from 0 (their key)."""
    by_source: dict[str, dict[str, list[Attrs]]] = {}
    for source, target, attrs in edges:
        by_source.setdefault(source, {}).setdefault(target, []).append(attrs)
    for source in nodes:
        for target, parallel in by_source.get(source, {}).items():
            for key, attrs in enumerate(parallel):
                yield source, target, key, attrs


def to_networkx(store: Store) -> nx.MultiDiGraph:
    """The whole graph as a networkx multigraph: node and edge attributes as in the store."""
    nodes, edges = _read(store)
    return _networkx(nodes, edges)


def _networkx(nodes: dict[str, Attrs], edges: list[Edge]) -> nx.MultiDiGraph:
    import networkx as nx  # here: JSON and CSV, written from the rows, need no networkx (a third of a second)

    graph = nx.MultiDiGraph()
    graph.add_nodes_from(nodes.items())
    graph.add_edges_from(edges)
    return graph


def node_link(store: Store) -> dict[str, Any]:
    """networkx node-link data, edges under ``edges``, as MODEL.md's export contract says."""
    import networkx as nx

    return nx.node_link_data(to_networkx(store), edges="edges")


def write_json(store: Store, out: Path | IO[str]) -> None:
    """:func:`node_link` as ``json.dumps(..., ensure_ascii=False, indent=1)`` writes it, the
    same text, written node by node and relationship by relationship: no whole document in
    memory, and not json's pure-Python encoder (json.dumps has no C path with an indent).
    A file is opened once the graph is read: a failed read leaves it as it was."""
    nodes, edges = _read(store)
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8") as handle:
            _write_node_link(nodes, edges, handle)
    else:
        _write_node_link(nodes, edges, out)


def _write_node_link(nodes: dict[str, Attrs], edges: list[Edge], handle: IO[str]) -> None:
    handle.write('{\n "directed": true,\n "multigraph": true,\n "graph": {},\n "nodes": [')
    separator = "\n  "
    for node_id, attrs in nodes.items():
        handle.write(separator + _json({**attrs, "id": node_id}, 2))
        separator = ",\n  "
    handle.write("\n ],\n" if nodes else "],\n")
    handle.write(' "edges": [')
    separator = "\n  "
    for source, target, key, attrs in _adjacency_order(nodes, edges):
        handle.write(separator + _json({**attrs, "source": source, "target": target, "key": key}, 2))
        separator = ",\n  "
    handle.write("\n ]\n}" if edges else "]\n}")


def _json(value: Any, depth: int) -> str:
    """``value`` as json.dumps(ensure_ascii=False, indent=1) writes it at ``depth``."""
    if isinstance(value, str):
        return encode_basestring(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = "\n" + " " * (depth + 1)
        items = (encode_basestring(k) + ": " + _json(v, depth + 1) for k, v in value.items())
        return "{" + inner + ("," + inner).join(items) + "\n" + " " * depth + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        inner = "\n" + " " * (depth + 1)
        return "[" + inner + ("," + inner).join(_json(v, depth + 1) for v in value) + "\n" + " " * depth + "]"
    if value is None or value is True or value is False:
        return _JSON_CONSTANTS[value]
    if type(value) is int:
        return int.__repr__(value)
    return json.dumps(value)  # floats (json's spelling of NaN and Infinity), or json's own error


_JSON_CONSTANTS = {None: "null", True: "true", False: "false"}


def _scalar(key: str, value: Any) -> Any:
    """GraphML takes scalars only: lists joined with '; ', provenance (stored text) as a JSON array."""
    if key == "provenance":
        return _provenance_text(value)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return value


def _graphml_node(node_id: str, attrs: Attrs) -> Attrs:
    return {"label": attrs.get("name", node_id), **{k: _scalar(k, v) for k, v in attrs.items()}}


def _graphml_edge(attrs: Attrs) -> Attrs:
    return {"label": attrs.get("type"), **{k: _scalar(k, v) for k, v in attrs.items()}}


def write_graphml(store: Store, path: Path | IO[bytes]) -> None:
    nodes, edges = _read(store, parse_provenance=False)
    _recast(nodes, edges, _graphml_node, _graphml_edge)
    graph = _networkx(nodes, edges)
    del nodes, edges
    import networkx as nx

    nx.write_graphml(graph, path)


def write_gexf(store: Store, path: Path | IO[bytes]) -> None:
    """Static GEXF 1.3, as Gephi and networkx read it.

    GEXF gives meaning to some attribute names: ``start``/``end``/``spells`` make the
    graph dynamic (an event's dates, a mention's character offsets would become time),
    and an edge's ``type`` must be directed/undirected/mutual. Those are renamed (see
    :data:`GEXF_NAMES`); the relationship type is the edge's label and its
    ``relationship`` attribute, the node kind its ``kind`` attribute. Values take the
    model's type (long, double, boolean); dates are ISO 8601 text, lists are joined.
    """
    import networkx as nx

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

    def node(node_id: str, data: Attrs) -> Attrs:
        return {**_gexf_attrs(model.node_properties(data["kind"]), data), "label": str(data.get("name", node_id))}

    def edge(data: Attrs) -> Attrs:
        rel_type = data["type"]
        attrs = _gexf_attrs(model.rel_properties(rel_type), data)
        attrs["provenance"] = _provenance_text(data.get("provenance") or [])
        attrs["symmetric"] = model.relationships[rel_type].symmetric
        attrs["label"] = rel_type
        return attrs

    nodes, edges = _read(store, parse_provenance=False)
    _recast(nodes, edges, node, edge)
    return _networkx(nodes, edges)


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
    nodes, edges = _read(store, parse_provenance=False)
    by_kind: dict[str, list[tuple[str, Attrs]]] = {kind: [] for kind in store.model.nodes}
    for node, data in nodes.items():
        if data.get("kind") in by_kind:
            by_kind[data["kind"]].append((node, data))
    by_type: dict[str, list[tuple[str, str, Attrs]]] = {rel_type: [] for rel_type in store.model.relationships}
    for source, target, _, data in _adjacency_order(nodes, edges):
        by_type[data["type"]].append((source, target, data))
    del nodes, edges
    written = []
    for kind, kind_nodes in by_kind.items():
        specs = {k: p for k, p in store.model.node_properties(kind).items() if k not in INTERNAL_NODE_PROPS}
        columns = [name for name in specs if name != "id"]
        header = ["id:ID", *(f"{c}:{_admin_type(specs[c].type, (d.get(c) for _, d in kind_nodes))}" for c in columns)]
        header.append(":LABEL")
        rows = ([node, *(_cell(data.get(c)) for c in columns), kind] for node, data in kind_nodes)
        written.append(_write_rows(folder / f"nodes_{kind}.csv", header, rows))
    for rel_type, type_edges in by_type.items():
        specs = store.model.rel_properties(rel_type)
        columns = [*store.model.relationships[rel_type].properties, "provenance"]
        types = [_admin_type(specs[c].type, (d.get(c) for _, _, d in type_edges)) for c in columns]
        header = [":START_ID", ":END_ID", *(f"{c}:{kind}" for c, kind in zip(columns, types, strict=True)), ":TYPE"]
        rows = ([s, t, *(_cell(data.get(c), c) for c in columns), rel_type] for s, t, data in type_edges)
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
        return ";".join(value)  # each record the JSON text it is stored as
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _write_rows(path: Path, header: list[str], rows: Iterable[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows([spreadsheet_safe(c) for c in row] for row in rows)
    return path
