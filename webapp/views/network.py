"""``/graph/<id>``: the neighbourhood drawn; ``/path``: twinning paths and introductions."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, request
from munigraph.graph.errors import QueryError
from munigraph.graph.lookup import NAMED_KINDS, resolve_entity
from munigraph.graph.store import Store
from munigraph.webapp import labels, reading
from munigraph.webapp.db import get_db
from munigraph.webapp.i18n import t
from munigraph.webapp.messages import localise
from munigraph.webapp.network import GRAPH_FILES, Drawing, download, legend, neighbourhood, tie_types
from munigraph.webapp.render import respond
from munigraph.webapp.views.main import searcher
from werkzeug.exceptions import BadRequest

bp = Blueprint("network", __name__)

PATH_HOPS = 8
# Introductions go through people, organisations and events; documents and countries tie
# everything to everything, so they would only produce meaningless short cuts.
NOT_INTRODUCTIONS = ("MENTIONED_IN", "IN_COUNTRY")


def int_arg(name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name, "")
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(t("error.int", name=name, low=low, high=high)) from None
    if not low <= value <= high:
        raise BadRequest(t("error.int", name=name, low=low, high=high))
    return value


@bp.get("/graph/<path:entity_id>")
def graph(entity_id: str):
    store = get_db()
    kind = reading.kind_of(store, entity_id)
    depth = int_arg("depth", 1, 1, 3)
    skip = int_arg("skip", 0, 0, 10**7)
    config = current_app.config
    root, drawing = neighbourhood(
        store, kind, entity_id, depth, config["GRAPH_HUB_CAP"], config["GRAPH_MAX_NODES"], skip
    )  # one query
    labels.remember(root)  # the page's title labels it: no query of its own
    fmt = request.args.get("format", "")
    if fmt in GRAPH_FILES:
        return download(drawing, fmt, root.get("name") or root["id"])
    data = drawing.as_json(root={"id": root["id"], "name": root.get("name"), "kind": root["kind"]}, depth=depth)
    data["cap"] = config["GRAPH_HUB_CAP"]
    return respond("graph.html", data, tie_types=tie_types(store))


def resolve(store: Store, text: str, kinds: tuple[str, ...]) -> tuple[dict[str, Any] | None, list[dict], str]:
    """An entity from its id or one of its names: (node, suggestions, problem)."""
    try:
        return resolve_entity(store, text, kinds), [], ""
    except QueryError as exc:
        hits = [h for h in searcher().search(store, text, limit=40) if h.kind in (kinds or NAMED_KINDS)][:8]
        return None, [{"id": h.id, "name": h.name, "kind": h.kind} for h in hits], localise(str(exc))


def shortest(store: Store, a: dict, b: dict, via: str) -> dict[str, Any] | None:
    if via == "twinning":
        types = "TWINNED_WITH"
    else:
        types = "|".join(r for r in store.model.relationships if r not in NOT_INTRODUCTIONS)
    query = (
        f"MATCH (a:`{a['kind']}` {{id: $a}}), (b:`{b['kind']}` {{id: $b}}) "
        f"MATCH p = shortestPath((a)-[:{types}*..{PATH_HOPS}]-(b)) "
        "RETURN [n IN nodes(p) | {id: n.id, name: n.name, kind: labels(n)[0]}] AS nodes, "
        "[r IN relationships(p) | {eid: elementId(r), s: startNode(r).id, t: type(r), props: properties(r)}] AS rels"
    )
    rows = store.read(query, a=a["id"], b=b["id"])
    return rows[0] if rows else None


def explain(store: Store, found: dict[str, Any]) -> tuple[Drawing, list[dict]]:
    drawing = Drawing(store)
    previous = None
    for node in found["nodes"]:
        drawing.add_node(node["id"], node["name"], node["kind"], parent=previous)
        previous = node["id"]
    hops = []
    for position, rel in enumerate(found["rels"]):
        here, there = found["nodes"][position]["id"], found["nodes"][position + 1]["id"]
        target = there if rel["s"] == here else here
        drawing.add_edge(rel["eid"], rel["s"], target, rel["t"], rel["props"])
        a, b = (here, there) if store.model.relationships[rel["t"]].symmetric else (rel["s"], target)
        parts = reading.sentence(
            store.model, rel["t"], _brief(drawing.nodes[a]), _brief(drawing.nodes[b]), rel["props"]
        )
        hops.append({"type": rel["t"], "sentence": parts, "text": reading.plain(parts)})
    return drawing, hops


def _brief(node: dict[str, Any]) -> dict[str, str]:
    return {k: node[k] for k in ("id", "name", "kind")}


@bp.get("/path")
def path():
    store = get_db()
    via = request.args.get("via", "twinning")
    if via not in ("twinning", "any"):
        raise BadRequest(t("error.via"))
    kinds = ("City",) if via == "twinning" else ()
    texts = {end: request.args.get(end, "").strip() for end in ("from", "to")}
    data: dict[str, Any] = {"from": texts["from"], "to": texts["to"], "via": via, "problems": [], "path": None}
    ends: dict[str, dict | None] = {}
    for end, text in texts.items():
        if not text:
            continue
        node, candidates, problem = resolve(store, text, kinds)
        ends[end] = node
        if problem:
            data["problems"].append({"end": end, "message": problem, "candidates": candidates})
    if ends.get("from") and ends.get("to") and not data["problems"]:
        data["ends"] = ends
        if ends["from"]["id"] == ends["to"]["id"]:
            raise QueryError(t("path.same"))
        found = shortest(store, ends["from"], ends["to"], via)
        if found:
            drawing, hops = explain(store, found)
            data["path"] = {"hops": hops, "length": len(hops), **drawing.as_json()}
        else:
            names = {end: node.get("name") or node["id"] for end, node in ends.items() if node}
            data["no_path"] = t(
                "path.none.between", hops=PATH_HOPS, via=t(f"path.via.{via}"), a=names["from"], b=names["to"]
            )
            data["no_path_hint"] = t("path.none.hint") if via == "twinning" else ""
    data["legend"] = legend(store)
    return respond("path.html", data, this_from=texts["from"], this_to=texts["to"])
