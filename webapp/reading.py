"""Reading nodes and their ties for the pages: sentences, provenance, as-of filtering."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from munigraph.graph.schema import Model
from munigraph.graph.store import Store
from munigraph.webapp.i18n import lookup, t
from munigraph.webapp.labels import label
from werkzeug.exceptions import NotFound

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def kind_of(store: Store, node_id: str) -> str:
    kind = store.model.kind_of_id(node_id)
    if kind is None:
        raise NotFound(t("error.no_entity", id=node_id))
    return kind


def node(store: Store, node_id: str) -> dict[str, Any]:
    """A node's properties plus its ``kind``; 404 when there is no such node."""
    kind = kind_of(store, node_id)
    rows = store.read(f"MATCH (n:`{kind}` {{id: $id}}) RETURN properties(n) AS p", id=node_id)
    if not rows:
        raise NotFound(t("error.no_entity", id=node_id))
    return {**rows[0]["p"], "kind": kind}


def recent_events(store: Store, limit: int) -> list[dict[str, Any]]:
    """The ``limit`` latest dated events, latest first: id, name, aliases, kind and start."""
    return store.read(
        "MATCH (e:Event) WHERE e.start IS NOT NULL "
        "RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, 'Event' AS kind, e.start AS start "
        "ORDER BY e.start DESC LIMIT $limit",
        limit=limit,
    )


def provenance(raw: list[str] | None) -> list[dict[str, Any]]:
    """The provenance records of a relationship (stored as JSON strings)."""
    records = []
    for item in raw or []:
        try:
            record = json.loads(item) if isinstance(item, str) else dict(item)
        except (ValueError, TypeError):
            record = {"note": str(item)}
        records.append(record)
    return records


def sentence(
    model: Model, rel_type: str, a: dict[str, str], b: dict[str, str], props: dict[str, Any], dated: bool = True
) -> list[dict]:
    """The relationship read as a sentence, as parts: text, or a node link (``a``/``b``).

    ``dated`` adds when it held: "(since 1990-06-01)", "(from 2001-05-01 to 2010-12-31)",
    so that an ended tie is never told as current.

    The template comes from the interface language's catalogue, else (English) from
    model.yaml. A property the fact lacks drops the word before it ("as {role}").
    """
    template = t(f"rel.{rel_type}")
    if template == f"rel.{rel_type}":
        template = model.relationships[rel_type].description or "{a} " + rel_type + " {b}"
    for name in _PLACEHOLDER.findall(template):
        if name not in ("a", "b") and props.get(name) in (None, ""):
            template = re.sub(r"\s*[\w']+\s+\{" + name + r"\}", "", template)
    parts: list[dict[str, Any]] = []
    position = 0
    for match in _PLACEHOLDER.finditer(template):
        if match.start() > position:
            parts.append({"text": template[position : match.start()]})
        name = match.group(1)
        if name in ("a", "b"):
            parts.append({"node": a if name == "a" else b})
        else:  # a declared word (a role) in the interface language, else as stored
            value = str(props.get(name))
            parts.append({"text": lookup(f"{name}.{value}") or value})
        position = match.end()
    if position < len(template):
        parts.append({"text": template[position:]})
    if dated and dating(props):
        parts.append({"text": dating(props)})
    return parts


def dating(props: dict[str, Any]) -> str:
    """When a tie held, in the interface language; empty for an undated tie."""
    since, until = str(props.get("since") or "")[:10], str(props.get("until") or "")[:10]
    if since and until:
        return t("tie.from_to", since=since, until=until)
    if until:
        return t("tie.until", until=until)
    return t("tie.since", since=since) if since else ""


def plain(parts: list[dict]) -> str:
    """A sentence's parts as one line of text."""
    return "".join(p["text"] if "text" in p else label(p["node"]) for p in parts)


def in_force(props: dict[str, Any], as_of: str | None) -> bool:
    """Whether a fact dated by since/until holds on ``as_of`` (an ISO date); undated facts do."""
    if not as_of:
        return True
    since, until = str(props.get("since") or "")[:10], str(props.get("until") or "")[:10]
    return (not since or since <= as_of) and (not until or until >= as_of)


@dataclass
class Tie:
    type: str
    outgoing: bool
    other: dict[str, str]
    props: dict[str, Any]
    other_title: str | None = None  # a document's title, else the other end's name

    def facts(self) -> dict[str, Any]:
        return {k: v for k, v in self.props.items() if k not in ("provenance", "sources")}


# A node's ties, each other end with what a sentence shows of it (and its title, for a
# document cited among them), and the names of the nodes its ties cite: the documents of their
# provenance (``sources``) and the cities that state them (``stated_from``). ``{cited}`` looks
# the cited ids up by kind (:func:`cited_lookup`): one index lookup each.
_NODE_AND_TIES = (
    "MATCH (n:`{kind}` {{id: $id}}) "
    "OPTIONAL MATCH (n)-[r]-(m) "
    "WITH n, collect({{type: type(r), out: startNode(r).id = n.id, props: properties(r), id: m.id, name: m.name, "
    "kind: labels(m)[0], aliases: coalesce(m.aliases, []), country: m.country, title: coalesce(m.title, m.name)}}) AS ties "
    "CALL (ties) {{ UNWIND ties AS tie "
    "UNWIND coalesce(tie.props.sources, []) + coalesce(tie.props.stated_from, []) AS one "
    "RETURN collect(DISTINCT one) AS cited }} "
    "CALL (cited) {{ CALL (cited) {{ {cited} }} RETURN collect({{id: c.id, name: coalesce(c.title, c.name)}}) AS named }} "
    "RETURN properties(n) AS p, ties, named"
)
_CITED = "UNWIND [x IN cited WHERE x STARTS WITH '{prefix}:'] AS one MATCH (c:`{kind}` {{id: one}}) RETURN c"


def cited_lookup(model: Model) -> str:
    """The nodes whose ids are in ``cited``, each looked up under the kind its prefix names."""
    prefixes = {kind.prefix: model.kind_of_id(f"{kind.prefix}:") for kind in model.nodes.values()}
    return " UNION ALL ".join(_CITED.format(prefix=prefix, kind=kind) for prefix, kind in prefixes.items())


def ties(store: Store, node_id: str) -> list[Tie]:
    """Every relationship of a node, both directions."""
    return node_and_ties(store, node_id)[1]


def node_and_ties(store: Store, node_id: str) -> tuple[dict[str, Any], list[Tie], dict[str, str]]:
    """A node's properties (plus ``kind``), every relationship of it, both directions, and the
    names of the nodes they cite (documents, stating cities), by id: what its page shows, in
    one query. 404 when there is no such node. Each other end also brings its title or name."""
    kind = kind_of(store, node_id)
    query = _NODE_AND_TIES.format(kind=kind, cited=cited_lookup(store.model))
    rows = store.read_values(query, id=node_id)
    if not rows:
        raise NotFound(t("error.no_entity", id=node_id))
    found = []
    for row in rows[0]["ties"]:
        if row["type"] is None:  # OPTIONAL MATCH: a node without ties
            continue
        other = {"id": row["id"], "name": row["name"] or row["id"], "kind": row["kind"], "aliases": row["aliases"]}
        if row["country"]:  # a city's name in the interface language depends on it (labels)
            other["country"] = row["country"]
        tie = Tie(row["type"], row["out"], other, row["props"] or {})
        tie.other_title = row["title"]
        found.append(tie)
    cited = {c["id"]: c["name"] for c in rows[0]["named"]}
    return {**rows[0]["p"], "kind": kind}, found, cited
