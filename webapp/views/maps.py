"""``/map/<city>``: a city's twins and suggested partners on a world map; ``/map/path``: a twinning path.

The basemap is Natural Earth's country shapes (the world-atlas npm package, vendored under
static/vendor) drawn by Leaflet, also vendored: no tile server, nothing from the internet.
Every map has its JSON twin (``?format=json``) with the same cities and coordinates.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, request
from munigraph.graph.analytics.links import suggest
from munigraph.graph.store import Store
from munigraph.webapp import labels, reading
from munigraph.webapp.db import get_db
from munigraph.webapp.i18n import t
from munigraph.webapp.messages import say
from munigraph.webapp.render import respond
from werkzeug.exceptions import NotFound

bp = Blueprint("maps", __name__)

_TWINS = (
    "MATCH (c:City {id: $id}) MATCH (c)-[r:TWINNED_WITH]-(d:City) "
    "RETURN DISTINCT d.id AS id, d.name AS name, d.country AS country, d.lat AS lat, d.lon AS lon, "
    "r.kind AS kind, r.since AS since ORDER BY d.name"
)


def place(store: Store, city_id: str) -> dict[str, Any]:
    props = reading.node(store, city_id)
    if props["kind"] != "City":
        raise NotFound(t("map.not_city", id=city_id))
    return city(props)


def city(row: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """A city as the map draws it: id, label in the interface language, coordinates."""
    node = {"id": row["id"], "name": row.get("name") or row["id"], "kind": "City"}
    return {
        **node,
        "label": labels.label(node),
        "country": row.get("country"),
        "lat": row.get("lat"),
        "lon": row.get("lon"),
        **extra,
    }


def located(cities: list[dict[str, Any]]) -> int:
    return sum(1 for c in cities if c["lat"] is None or c["lon"] is None)


@bp.get("/map/<path:entity_id>")
def city_map(entity_id: str):
    store = get_db()
    centre = place(store, entity_id)
    rows = store.read(_TWINS, id=entity_id)
    limit = current_app.config.get("MAP_SUGGESTIONS", 10)
    suggested = suggest(store, entity_id, None, limit)
    labels.prefetch([*rows, *suggested])
    twins = [city(r, tie=r["kind"], since=r["since"]) for r in rows]
    suggestions = [
        city(
            s, score=s["score"], shared_twins=s["shared_twins"], distance_km=s["distance_km"], reasons=say(s["reasons"])
        )
        for s in suggested
    ]
    data = {
        "city": centre,
        "twins": twins,
        "suggestions": suggestions,
        "without_coordinates": located(twins) + located(suggestions),
    }
    return respond("map.html", data, mode="city")


@bp.get("/map")
def path_map():
    """A twinning path between two cities (ids or names), as the path page finds it."""
    from munigraph.webapp.views.network import resolve, shortest

    store = get_db()
    texts = {end: request.args.get(end, "").strip() for end in ("from", "to")}
    data: dict[str, Any] = {"from": texts["from"], "to": texts["to"], "cities": [], "problems": []}
    ends = {}
    for end, text in texts.items():
        if text:
            node, candidates, problem = resolve(store, text, ("City",))
            ends[end] = node
            if problem:
                data["problems"].append({"end": end, "message": problem, "candidates": candidates})
    if ends.get("from") and ends.get("to") and not data["problems"]:
        found = shortest(store, ends["from"], ends["to"], "twinning") if ends["from"] != ends["to"] else None
        if found:
            ids = [n["id"] for n in found["nodes"]]
            rows = store.read(
                "UNWIND $ids AS one MATCH (c:City {id: one}) RETURN c.id AS id, c.name AS name, "
                "c.country AS country, c.lat AS lat, c.lon AS lon",
                ids=ids,
            )
            by_id = {r["id"]: r for r in rows}
            labels.prefetch(rows)
            data["cities"] = [city(by_id[i]) for i in ids if i in by_id]
        else:
            data["none"] = t("path.none", hops=8)
    data["without_coordinates"] = located(data["cities"])
    return respond("map.html", data, mode="path")
