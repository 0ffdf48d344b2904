"""Neighbourhoods and paths as pyvis networks, handed to vis-network in the browser as JSON.

pyvis builds the node and edge records (colour and shape per kind from model.yaml); the
page's own static script draws them, so no inline script is needed. A tooltip (``title``)
is HTML to vis-network, so every value in it is escaped here.
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import networkx as nx
from flask import Response, url_for
from markupsafe import Markup, escape
from munigraph.graph.store import Store
from munigraph.graph.text import slug
from munigraph.webapp import labels, reading
from munigraph.webapp.i18n import number, t
from pyvis.network import Network
from werkzeug.exceptions import NotFound

OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "layout": {"improvedLayout": False},  # improvedLayout is quadratic: far too slow past a few hundred nodes
    "edges": {"smooth": False, "color": {"inherit": "from"}, "font": {"size": 9, "align": "middle"}},
    # Labels carry a white halo and are drawn only once big enough on screen: a zoomed-out
    # picture shows symbols, zooming in (or hovering, for the tooltip) shows the names.
    "nodes": {
        "font": {
            "size": 13,
            "face": "system-ui, DejaVu Sans, Arial, sans-serif",
            "strokeWidth": 3,
            "strokeColor": "#ffffff",
        },
        "size": 14,
        "scaling": {"label": {"enabled": False, "drawThreshold": 7}},
    },
    "physics": {
        "solver": "barnesHut",
        "barnesHut": {"gravitationalConstant": -6000, "springLength": 110, "damping": 0.35, "avoidOverlap": 0.1},
        "minVelocity": 2,
        "stabilization": {"enabled": True, "iterations": 250, "updateInterval": 25, "fit": True},
    },
    "interaction": {"hover": True, "tooltipDelay": 120, "keyboard": {"enabled": True, "bindToWindow": False}},
}

LABEL_INSIDE = ("box", "ellipse", "circle", "database", "text")  # shapes that write their label on their colour

# Edge labels cost drawing time and clutter big pictures; the tooltip says the same.
EDGE_LABELS = 25
RING = 46  # pixels of circumference per node on a ring of the initial layout

# The neighbourhood of a node, ``depth`` levels in one query. Each level takes the ties of its
# frontier nodes (each tie with what a picture shows of it and of its other end), sorted by
# the other end's name, and keeps a slice of them per node ($skip..$end on the first level, the
# first $cap on the others); the next frontier is the other ends of the kept ties that no
# earlier level kept. The Python side then replays the levels (:func:`neighbourhood`), cutting
# at the picture's node limit, so the query only reads ahead of what it draws.
_ROOT = "MATCH (root:`{kind}` {{id: $id}}) "
_LEVEL = (
    "CALL ({imports}) {{ {frontier} "
    "MATCH (n)-[r]-(m) "
    "WITH n, r, m ORDER BY m.name, m.id "
    # the slice first: a hub's ties are counted, only the kept ones are made into maps
    "WITH n, collect([r, m]) AS pairs "
    "WITH n, size(pairs) AS degree, pairs[{start}..{end}] AS kept "
    "RETURN collect({{id: n.id, degree: degree, ties: [pair IN kept | {{eid: elementId(pair[0]), "
    "s: startNode(pair[0]).id, t: type(pair[0]), "
    # only what a picture shows: provenance lists would weigh more than the rest together
    "props: {{role: pair[0].role, status: pair[0].status, kind: pair[0].kind, since: pair[0].since, "
    "until: pair[0].until}}, id: pair[1].id, name: pair[1].name, aliases: coalesce(pair[1].aliases, []), "
    "country: pair[1].country, kind: labels(pair[1])[0]}}]}}) AS level{k}, "
    "collect([pair IN kept | pair[1]]) AS kept{k} }} "
)
# the other ends kept by the level before, less the nodes earlier levels had already
_NEXT = (
    "WITH reduce(seen = [root], some IN {earlier} | seen + some) AS seen, kept{before} AS kept "
    "UNWIND kept AS some UNWIND some AS n WITH DISTINCT n, seen WHERE NOT n IN seen"
)


def neighbourhood_query(kind: str, depth: int) -> str:
    """One query for the node ``$id`` of ``kind`` and ``depth`` levels of ties around it."""
    parts = [_ROOT.format(kind=kind)]
    for k in range(1, depth + 1):
        if k == 1:
            imports, frontier, start, end = "root", "UNWIND [root] AS n", "$skip", "$end"
        else:
            kept = [f"kept{j}" for j in range(1, k)]
            earlier = " + ".join(kept[:-1]) or "[]"
            imports = ", ".join(["root", *kept])
            frontier, start, end = _NEXT.format(earlier=earlier, before=k - 1), "0", "$cap"
        parts.append(_LEVEL.format(imports=imports, frontier=frontier, start=start, end=end, k=k))
    levels = ", ".join(f"level{k}" for k in range(1, depth + 1))
    parts.append(f"RETURN properties(root) AS p, [{levels}] AS levels")
    return "".join(parts)


@dataclass
class Drawing:
    """Nodes and edges gathered for one picture."""

    store: Store
    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add_node(
        self,
        node_id: str,
        name: str,
        kind: str,
        parent: str | None = None,
        aliases: list[str] | None = None,
        country: str | None = None,
    ) -> bool:
        if node_id in self.nodes:
            return False
        self.nodes[node_id] = {
            "id": node_id,
            "name": name or node_id,
            "kind": kind,
            "degree": None,
            "shown": 0,
            "parent": parent,
        }
        if aliases is not None:  # read with the node: its label needs no other query
            self.nodes[node_id]["aliases"] = list(aliases)
        if country:  # a city's country tells its name in the interface language (labels)
            self.nodes[node_id]["country"] = country
        return True

    def add_edge(self, eid: str, source: str, target: str, rel_type: str, props: dict[str, Any]) -> None:
        if eid not in self.edges:
            self.edges[eid] = {"id": eid, "from": source, "to": target, "type": rel_type, "props": props}

    def is_chain(self) -> bool:
        """Whether the picture is one line of nodes (a path): drawn left to right, in reading order."""
        parents = [n["parent"] for n in self.nodes.values()]
        return len(self.nodes) > 1 and parents.count(None) == 1 and len(set(parents)) == len(parents)

    def network(self) -> Network:
        """The pyvis network: styled by kind, escaped tooltips, links to open and expand."""
        model = self.store.model
        net = Network(directed=True)  # directed: pyvis skips its quadratic duplicate-edge scan
        chain = self.is_chain()
        labels.prefetch(n for n in self.nodes.values() if "aliases" not in n)
        kinds = {k: t(f"kind.{k}") for k in model.nodes}  # once, not per node
        positions = line(self.nodes) if chain else radial(self.nodes)
        # url_for per node costs more than the rest of the picture: build from the two bases
        entity_base = url_for("entity.entity", entity_id="x")[:-1]
        graph_base = url_for("network.graph", entity_id="x")[:-1]
        labelled = len(self.edges) <= EDGE_LABELS
        for node in self.nodes.values():
            spec = model.nodes[node["kind"]]
            hidden = node["degree"] - node["shown"] if node["degree"] is not None else 0
            name = labels.label(node)
            label = _short(name) + (f" (+{hidden})" if hidden > 0 else "")
            net.add_node(
                node["id"],
                label=label,
                title=_node_title({**node, "name": name}, kinds[node["kind"]]),
                color=spec.color,
                shape=spec.shape,
                **({"font": {"color": "#ffffff", "strokeWidth": 0}} if spec.shape in LABEL_INSIDE else {}),
                kind=node["kind"],
                kind_label=kinds[node["kind"]],
                name=name,
                parent=node["parent"],
                degree=node["degree"],
                hidden_ties=max(hidden, 0),
                url=entity_base + quote(node["id"], safe=":"),
                expand=graph_base + quote(node["id"], safe=":") + "?format=json&depth=1",
                x=positions[node["id"]][0],
                y=positions[node["id"]][1],
            )
        for edge in self.edges.values():
            spec = model.relationships[edge["type"]]
            a, b = self.nodes[edge["from"]], self.nodes[edge["to"]]
            text = reading.plain(reading.sentence(model, edge["type"], a, b, edge["props"]))
            net.add_edge(
                edge["from"],
                edge["to"],
                id=edge["id"],
                title=str(escape(text)),
                label=t(f"reltype.{edge['type']}") if labelled else None,
                arrows="" if spec.symmetric else "to",
                dashes=edge["props"].get("status") == "tentative",
                type=edge["type"],
            )
        net.options = options_for(len(self.nodes))
        if chain:  # laid out already: physics would only bend the line
            net.options["physics"]["enabled"] = False
        return net

    def as_networkx(self) -> nx.MultiDiGraph:
        """The picture as a networkx graph (for GEXF and GraphML downloads): names, kinds, types."""
        graph = nx.MultiDiGraph()
        for node in self.nodes.values():
            graph.add_node(node["id"], label=labels.label(node), kind=node["kind"])
        for edge in self.edges.values():
            attrs = {k: str(v) for k, v in edge["props"].items() if v not in (None, "", [])}
            # "relationship", not "type": GEXF's edge type is directed or undirected
            graph.add_edge(
                edge["from"], edge["to"], key=edge["id"], label=edge["type"], relationship=edge["type"], **attrs
            )
        return graph

    def as_json(self, **extra: Any) -> dict[str, Any]:
        net = self.network()
        return {**extra, "nodes": net.nodes, "edges": net.edges, "options": net.options, "legend": legend(self.store)}


def options_for(count: int) -> dict[str, Any]:
    """The drawing options; fewer physics iterations for big pictures, which start well laid out.

    Past 200 nodes the forces are also reckoned more coarsely (a larger Barnes-Hut ``theta``)
    and the browser is given control back less often, so that 500 nodes settle well within
    two seconds (``python bench/web.py --draw 500``).
    """
    options = copy.deepcopy(OPTIONS)
    options["physics"]["stabilization"]["iterations"] = 150 if count <= 200 else 60 if count <= 800 else 40
    if count > 200:
        options["physics"]["barnesHut"]["theta"] = 0.8
        options["physics"]["stabilization"]["updateInterval"] = 60
    return options


def line(nodes: dict[str, dict[str, Any]]) -> dict[str, tuple[int, int]]:
    """A chain's positions from left to right, the first node (the one with no parent) first."""
    after = {n["parent"]: node_id for node_id, n in nodes.items()}
    positions, here, step = {}, after.get(None), 0
    while here is not None and here not in positions:
        positions[here] = (step * 200, 0)
        here, step = after.get(here), step + 1
    return positions


def radial(nodes: dict[str, dict[str, Any]]) -> dict[str, tuple[int, int]]:
    """Initial positions: each node on the ring of its hop count, inside its parent's sector.

    Physics then only polishes the picture, so it settles in a few dozen iterations.
    """
    children: dict[str | None, list[str]] = {}
    for node_id, node in nodes.items():
        children.setdefault(node["parent"] if node["parent"] in nodes else None, []).append(node_id)
    size: dict[str, int] = {}

    def weigh(node_id: str) -> int:
        size[node_id] = 1 + sum(weigh(c) for c in children.get(node_id, []))
        return size[node_id]

    roots = children.get(None, [])
    for root in roots:
        weigh(root)
    rings: dict[int, int] = {}
    levels: dict[str, int] = {}
    stack = [(r, 0) for r in roots]
    while stack:
        node_id, level = stack.pop()
        levels[node_id] = level
        rings[level] = rings.get(level, 0) + 1
        stack.extend((c, level + 1) for c in children.get(node_id, []))
    radius = {0: 0.0}
    for level in range(1, max(rings, default=0) + 1):
        radius[level] = max(radius[level - 1] + 150.0, rings[level] * RING / (2 * math.pi))
    positions: dict[str, tuple[int, int]] = {}
    total = sum(size[r] for r in roots) or 1
    sectors = []
    start = 0.0
    for root in roots:
        share = 2 * math.pi * size[root] / total
        sectors.append((root, start, start + share))
        start += share
    while sectors:
        node_id, low, high = sectors.pop()
        angle, r = (low + high) / 2, radius[levels[node_id]]
        positions[node_id] = (round(r * math.cos(angle)), round(r * math.sin(angle)))
        kids = children.get(node_id, [])
        weight = sum(size[k] for k in kids) or 1
        for kid in kids:
            share = (high - low) * size[kid] / weight
            sectors.append((kid, low, low + share))
            low += share
    return positions


def _short(name: str, width: int = 32) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"


def _node_title(node: dict[str, Any], kind_label: str) -> str:
    lines = [Markup("<b>{}</b>").format(node["name"]), escape(kind_label)]
    if node["degree"] is not None:
        lines.append(escape(t("graph.ties_count", n=number(node["degree"]))))
    return str(Markup("<br>").join(lines))


def legend(store: Store) -> list[dict[str, str]]:
    return [
        {"kind": k.name, "label": t(f"kind.{k.name}"), "color": k.color, "shape": k.shape, "description": k.description}
        for k in store.model.nodes.values()
    ]


def tie_types(store: Store) -> list[dict[str, str]]:
    """The relationship types, labelled, for the network's filters."""
    return [{"type": r, "label": t(f"reltype.{r}")} for r in store.model.relationships]


def expand(drawing: Drawing, frontier: list[str], rows: dict[str, dict], skip: int, max_nodes: int) -> list[str]:
    """Add the ties read for the frontier nodes (``rows`` by node id, from the ``skip``-th); return
    the new nodes. The frontier's order decides who is shown first."""
    fresh: list[str] = []
    for node_id in frontier:
        row = rows.get(node_id)
        if row is None:  # a node without ties
            continue
        node = drawing.nodes[node_id]
        node["degree"] = row["degree"]
        for tie in row["ties"]:
            if tie["id"] not in drawing.nodes and len(drawing.nodes) >= max_nodes:
                continue
            if drawing.add_node(
                tie["id"], tie["name"], tie["kind"], parent=node_id, aliases=tie["aliases"], country=tie["country"]
            ):
                fresh.append(tie["id"])
            target = tie["id"] if tie["s"] == node_id else node_id
            drawing.add_edge(tie["eid"], tie["s"], target, tie["t"], tie["props"])
            node["shown"] += 1
        node["shown"] += skip
    return fresh


def neighbourhood(
    store: Store, kind: str, node_id: str, depth: int, cap: int, max_nodes: int, skip: int = 0
) -> tuple[dict[str, Any], Drawing]:
    """The node ``node_id`` (its properties plus ``kind``) and the ties around it up to ``depth``
    hops, each node showing at most ``cap`` ties: one query. 404 when there is no such node."""
    found = store.read_values(neighbourhood_query(kind, depth), id=node_id, skip=skip, end=skip + cap, cap=cap)
    if not found:
        raise NotFound(t("error.no_entity", id=node_id))
    root = {**found[0]["p"], "kind": kind}
    drawing = Drawing(store)
    name = root.get("name") or root["id"]
    drawing.add_node(root["id"], name, kind, aliases=root.get("aliases") or [], country=root.get("country"))
    frontier = [root["id"]]
    for level, rows in enumerate(found[0]["levels"]):
        frontier = expand(drawing, frontier, {row["id"]: row for row in rows}, skip if level == 0 else 0, max_nodes)
        if not frontier or len(drawing.nodes) >= max_nodes:
            break
    return root, drawing


GRAPH_FILES = {"gexf": "application/gexf+xml", "graphml": "application/graphml+xml"}


def download(drawing: Drawing, fmt: str, name: str) -> Response:
    """The picture as a GEXF or GraphML file (for Gephi, Cytoscape, yEd), named after its centre."""
    graph = drawing.as_networkx()
    lines = nx.generate_gexf(graph) if fmt == "gexf" else nx.generate_graphml(graph)
    response = Response("\n".join(lines), mimetype=GRAPH_FILES[fmt])
    response.headers["Content-Disposition"] = f'attachment; filename="{slug(name) or "network"}.{fmt}"'
    return response
