"""``/entity/<id>``: properties, aliases and every tie read as a sentence with its provenance."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, request, url_for
from munigraph.graph.named import parse_date
from munigraph.webapp import labels, present, reading
from munigraph.webapp.db import get_db
from munigraph.webapp.i18n import t
from munigraph.webapp.render import respond
from werkzeug.exceptions import BadRequest

bp = Blueprint("entity", __name__)


def as_of_arg() -> str | None:
    """The ``as_of`` date asked for (a real day: ``2022-13-45`` is refused), or None."""
    value = request.args.get("as_of", "").strip()
    if not value:
        return None
    try:
        return parse_date(value)
    except ValueError:
        raise BadRequest(t("error.as_of", value=value)) from None


def doc_link(record: dict[str, Any]) -> str | None:
    """Where a provenance record points in its document (the quoted span highlighted)."""
    if not record.get("document"):
        return None
    start, end = record.get("start"), record.get("end")
    if isinstance(start, int) and isinstance(end, int):
        return url_for("documents.document", doc_id=record["document"], hl=f"{start}-{end}", _anchor=f"at-{start}")
    if record.get("quote"):  # the page finds the quote in the text
        return url_for("documents.document", doc_id=record["document"], quote=record["quote"], _anchor="asked")
    return url_for("documents.document", doc_id=record["document"])


def describe(store, tie: reading.Tie, me: dict[str, str], names: dict[str, str]) -> dict[str, Any]:
    a, b = (me, tie.other) if tie.outgoing else (tie.other, me)
    parts = reading.sentence(store.model, tie.type, a, b, tie.props, dated=False)  # dates follow as facts
    records = []
    for record in reading.provenance(tie.props.get("provenance")):
        if record.get("document"):
            record["document_name"] = names.get(record["document"], record["document"])
        if record.get("dataset"):
            record["dataset_name"] = present.source_name(record)
        record["link"] = doc_link(record)
        records.append(record)
    return {
        "type": tie.type,
        "direction": "out" if tie.outgoing else "in",
        "sentence": parts,
        "text": reading.plain(parts),
        "other": tie.other,
        "facts": tie.facts(),
        "shown_facts": present.facts(tie.props, names),
        "tentative": tie.props.get("status") == "tentative",
        "provenance": records,
        "sources": tie.props.get("sources") or [],
    }


def grouped(
    store,
    entity: dict[str, Any],
    all_ties: list[reading.Tie],
    cited: dict[str, str],
    as_of: str | None,
    per_type: int,
    only: str | None,
) -> list[dict]:
    """The ties in force on ``as_of`` by type, told as sentences; ``cited``: the names of the
    documents and cities they cite, read with them."""
    # with its aliases: labelling it needs no query of its own
    me = {"id": entity["id"], "name": entity["name"], "kind": entity["kind"], "aliases": entity["aliases"]}
    ties = [x for x in all_ties if reading.in_force(x.props, as_of)]
    known = {x.other["id"]: x.other_title or x.other["name"] for x in all_ties}  # the cited are mostly neighbours
    known[entity["id"]] = entity["name"]  # and the entity itself (the city stating a twinning)
    names = {**cited, **known}
    groups: dict[str, list[reading.Tie]] = {}
    for tie in sorted(ties, key=lambda x: (x.type, x.other["name"].casefold())):
        groups.setdefault(tie.type, []).append(tie)
    result = []
    for rel_type, members in groups.items():
        if only and rel_type != only:
            continue
        shown = members if per_type <= 0 or only else members[:per_type]
        result.append({"type": rel_type, "count": len(members), "ties": [describe(store, x, me, names) for x in shown]})
    return result


@bp.get("/entity/<path:entity_id>")
def entity(entity_id: str):
    store = get_db()
    props, all_ties, cited = reading.node_and_ties(store, entity_id)  # one query
    as_of = as_of_arg()
    only = request.args.get("type") or None
    props = present.public(store.model, props["kind"], props)
    name = props.get("name") or props["id"]
    aliases = [a for a in props.get("aliases") or [] if a != name]
    entity = {
        "id": props["id"],
        "kind": props["kind"],
        "name": name,
        "label": labels.label({"id": props["id"], "name": name, "aliases": aliases, "country": props.get("country")}),
        "aliases": aliases,
        "properties": {k: v for k, v in props.items() if k not in (*present.STORAGE, "id", "name", "aliases", "kind")},
    }
    groups = grouped(store, entity, all_ties, cited, as_of, current_app.config["ENTITY_PER_TYPE"], only)
    data = {"entity": entity, "as_of": as_of, "type": only, "relationships": groups}
    shown = present.properties(store.model, entity["kind"], props)
    return respond("entity.html", data, kinds=store.model.nodes, shown_properties=shown)
