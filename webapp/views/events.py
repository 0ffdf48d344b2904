"""``/event/<id>``: sessions, attendees with role and status, organisers, place, documents; CSV."""

from __future__ import annotations

from typing import Any

from flask import Blueprint
from munigraph.graph.store import Store
from munigraph.graph.text import slug
from munigraph.webapp import labels, present, reading
from munigraph.webapp.db import get_db
from munigraph.webapp.i18n import t
from munigraph.webapp.render import csv_response, respond, wants
from werkzeug.exceptions import NotFound

bp = Blueprint("events", __name__)
# Every query below starts with MATCH (e:Event {id: ...}): anchored on the id index. Written
# as one pattern from an unlabelled end, ArcadeDB scans every node first (15x slower).

CSV_COLUMNS = ["event", "event_id", "name", "id", "kind", "role", "status", "sources"]
_ROLE_ORDER = ["host", "organiser", "facilitator", "moderator", "speaker", "presenter", "participant"]


def attendees(store: Store, event_ids: list[str], names: dict[str, str]) -> list[dict[str, Any]]:
    rows = store.read(
        "UNWIND $ids AS one MATCH (e:Event {id: one}) MATCH (e)<-[r:ATTENDED]-(x) "
        "RETURN e.id AS event_id, x.id AS id, x.name AS name, labels(x)[0] AS kind, "
        "r.role AS role, r.status AS status, r.sources AS sources, r.provenance AS provenance",
        ids=event_ids,
    )
    for row in rows:
        row["event"] = names.get(row["event_id"], row["event_id"])
        row["sources"] = row["sources"] or []
        row["provenance"] = reading.provenance(row["provenance"])
        row["tentative"] = row["status"] == "tentative"
    order = {e: i for i, e in enumerate(event_ids)}
    rank = {r: i for i, r in enumerate(_ROLE_ORDER)}
    rows.sort(key=lambda r: (order[r["event_id"]], rank.get(r["role"] or "", 99), (r["name"] or "").casefold()))
    return rows


def gather(store: Store, event_id: str) -> dict[str, Any]:
    props = reading.node(store, event_id)
    if props["kind"] != "Event":
        raise NotFound(t("error.not_event", id=event_id))
    one = {"id": event_id}
    sessions = store.read(
        "MATCH (e:Event {id: $id}) MATCH (e)<-[:PART_OF]-(s:Event) "
        "RETURN s.id AS id, s.name AS name, s.start AS start, s.end AS end ORDER BY s.start, s.name",
        **one,
    )
    series = store.read(
        "MATCH (e:Event {id: $id}) MATCH (e)-[:PART_OF]->(s:Event) RETURN s.id AS id, s.name AS name", **one
    )
    organisers = store.read(
        "MATCH (e:Event {id: $id}) MATCH (e)-[r:ORGANISED_BY]->(o) "
        "RETURN o.id AS id, o.name AS name, labels(o)[0] AS kind, r.role AS role ORDER BY o.name",
        **one,
    )
    places = store.read(
        "MATCH (e:Event {id: $id}) MATCH (e)-[:HELD_IN]->(c:City) RETURN c.id AS id, c.name AS name, c.country AS country",
        **one,
    )
    documents = store.read(
        "MATCH (e:Event {id: $id}) MATCH (e)-[:MENTIONED_IN]->(d:Document) "
        "RETURN d.id AS id, coalesce(d.title, d.name) AS name, d.path AS path, d.url AS url",
        **one,
    )
    ids = [event_id, *(s["id"] for s in sessions)]
    event_names = {event_id: props.get("name") or event_id, **{s["id"]: s["name"] for s in sessions}}
    event = {k: v for k, v in props.items() if k not in present.STORAGE}
    return {
        "event": event,
        "series": series,
        "sessions": sessions,
        "organisers": organisers,
        "places": places,
        "attendees": attendees(store, ids, event_names),
        "documents": documents,
    }


@bp.get("/event/<path:event_id>")
def event(event_id: str):
    store = get_db()
    data = gather(store, event_id)
    if wants("csv"):
        return csv_response(CSV_COLUMNS, data["attendees"], f"{slug(data['event']['name'] or event_id)}.csv")
    shown = present.properties(store.model, "Event", data["event"])
    labels.prefetch([data["event"], *data["series"], *data["sessions"], *data["organisers"], *data["places"]])
    labels.prefetch(data["attendees"])
    return respond("event.html", data, shown_properties=shown)
