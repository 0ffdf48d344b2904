"""``/timeline/<id>``: an entity's events, offices and twinnings over time; ``/timeline``: the
network's twinnings by year. Each is a list by year plus, where twinnings are dated, a bar chart
drawn on the server as SVG (no script needed); the JSON twin carries the same items and counts.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from flask import Blueprint
from munigraph.graph.store import Store
from munigraph.webapp import labels, reading
from munigraph.webapp.db import get_db, while_unchanged
from munigraph.webapp.i18n import lookup
from munigraph.webapp.render import respond

bp = Blueprint("timeline", __name__)
NETWORK_EVENTS = 50  # the latest events the network's timeline lists

# Every dated fact an entity can have, as (relationship pattern, date expression, kind of item).
_ITEMS = (
    ("(n)-[r:ATTENDED]->(m:Event)", "m.start", "attended"),
    ("(m:Event)-[r:ORGANISED_BY]->(n)", "m.start", "organised"),
    ("(m:Event)-[r:HELD_IN]->(n)", "m.start", "hosted"),
    ("(m:Event)-[r:PART_OF]->(n)", "m.start", "session"),
    ("(n)-[r:HOLDS_OFFICE]->(m)", "r.since", "office"),
    ("(m)-[r:HOLDS_OFFICE]->(n)", "r.since", "office_here"),
    ("(n)-[r:CO_CHAIRS]->(m)", "r.since", "co_chair"),
    ("(m)-[r:CO_CHAIRS]->(n)", "r.since", "co_chair_here"),
    ("(n)-[r:MEMBER_OF]->(m)", "r.since", "member"),
    ("(m)-[r:MEMBER_OF]->(n)", "r.since", "member_here"),
    ("(n)-[r:PARTNER_OF]-(m)", "r.since", "partner"),
    ("(n)-[r:TWINNED_WITH]-(m)", "r.since", "twinned"),
)


def items(store: Store, node: dict[str, Any]) -> list[dict[str, Any]]:
    """The dated (and undated) facts of ``node``, each with its date, kind, other end and role."""
    found = []
    for pattern, when, what in _ITEMS:
        query = (
            f"MATCH (n:`{node['kind']}` {{id: $id}}) MATCH {pattern} "
            f"RETURN {when} AS date, r.until AS until, r.role AS role, m.id AS id, m.name AS name, labels(m)[0] AS kind"
        )
        for row in store.read(query, id=node["id"]):
            other = {"id": row["id"], "name": row["name"] or row["id"], "kind": row["kind"]}
            found.append(
                {
                    "date": str(row["date"]) if row["date"] else None,
                    "until": row["until"],
                    "what": what,
                    "role": row["role"],
                    "role_text": (lookup(f"role.{row['role']}") or row["role"]) if row["role"] else None,
                    "other": other,
                }
            )
    labels.prefetch(i["other"] for i in found)
    for item in found:
        item["other"]["label"] = labels.label(item["other"])
    found.sort(key=lambda i: (i["date"] is None, i["date"] or "", i["other"]["label"].casefold()))
    return found


def by_year(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    years: dict[str, list[dict[str, Any]]] = {}
    for item in found:
        if item["date"]:
            years.setdefault(item["date"][:4], []).append(item)
    return [{"year": y, "items": its} for y, its in years.items()]


def growth(years: Counter[str]) -> list[dict[str, Any]]:
    """New twinnings per year and the running total, every year from the first to the last."""
    if not years:
        return []
    first, last = int(min(years)), int(max(years))
    total, rows = 0, []
    for year in range(first, last + 1):
        total += years.get(str(year), 0)
        rows.append({"year": year, "count": years.get(str(year), 0), "total": total})
    return rows


@bp.get("/timeline/<path:entity_id>")
def entity(entity_id: str):
    store = get_db()
    props = reading.node(store, entity_id)
    node = {"id": props["id"], "name": props.get("name") or props["id"], "kind": props["kind"]}
    node["label"] = labels.label(node)
    found = items(store, node)
    twinnings = Counter(i["date"][:4] for i in found if i["what"] == "twinned" and i["date"])
    data = {
        "entity": node,
        "items": found,
        "years": by_year(found),
        "undated": sum(1 for i in found if not i["date"]),
        "twinnings_by_year": growth(twinnings),
    }
    return respond("timeline.html", data)


def network_years(store: Store) -> Counter[str]:
    """New twinnings per year over the whole network, kept while the graph keeps its size.

    Reading every twinning's date takes seconds on tens of thousands of links; the node
    count that tells whether anything was loaded takes milliseconds.
    """

    def count() -> Counter[str]:
        rows = store.read("MATCH ()-[r:TWINNED_WITH]->() WHERE r.since IS NOT NULL RETURN r.since AS since")
        return Counter(str(r["since"])[:4] for r in rows if str(r["since"])[:4].isdigit())

    return while_unchanged(store, "munigraph.twinning_years", count)


@bp.get("/timeline")
def network():
    store = get_db()
    years = network_years(store)
    events = reading.recent_events(store, NETWORK_EVENTS)
    labels.prefetch(events)
    found = [
        {
            "date": str(e["start"]),
            "what": "event",
            "role": None,
            "role_text": None,
            "until": None,
            "other": {"id": e["id"], "name": e["name"], "kind": "Event", "label": labels.label(e)},
        }
        for e in reversed(events)
    ]
    data = {"entity": None, "items": found, "years": by_year(found), "undated": 0, "twinnings_by_year": growth(years)}
    return respond("timeline.html", data)
