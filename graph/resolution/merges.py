"""Merges and judgements: what resolution joined, and what a person decided about it.

Every time a loader puts a surface form into a node (an exonym or an English source's name
into a gazetteer city, an acronym into an organisation, "Jan Van Zanen" into
``person:jan-van-zanen``, an entity of a new document into a node already in the graph) the
batch records it in the node's ``merges`` list (see :func:`munigraph.graph.facts.merge_record`)::

    {"rule": "gazetteer:alternate-name", "score": 0.9, "form": "Den Haag",
     "source": "wikidata-p190-2016"}

and the store writes when it was first made at the same position of ``merged_at``
(``"2026-12-01T22:00:00+00:00"``), so the same merge made again adds nothing.

A person's decisions are judgements, kept in the node's ``judgements`` list so that they
travel with the graph (an export to Neo4j carries them):

- :func:`undo_merge` records a *negative* judgement: the form is split out into a node of
  its own with the links whose provenance quotes it, in one transaction, and every later
  load sends that form to the split node instead (:class:`~munigraph.graph.facts.Judgements`);
- :func:`join` records a *positive* one: node B is joined into node A (its links, names and
  sources move), and every later load that says B means A.

:func:`read_judgements` gives the loaders the decisions in force.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from typing import Any

from munigraph.graph import keys
from munigraph.graph.cypher import set_keys_text
from munigraph.graph.errors import QueryError
from munigraph.graph.facts import Judgements, lookup_keys
from munigraph.graph.store import Store
from munigraph.graph.text import fold, slug

# The nodes holding judgements (:func:`judgements_from` reads its rows)
JUDGEMENTS = "MATCH (n) WHERE n.judgements IS NOT NULL RETURN n.id AS id, n.judgements AS judgements"


def read_judgements(store: Store) -> Judgements:
    """The judgements recorded in the graph, for a load to honour."""
    return judgements_from(store.read(JUDGEMENTS))


def judgements_from(rows: list[dict[str, Any]]) -> Judgements:
    """The judgements in the rows of :data:`JUDGEMENTS` (read in a transaction of the caller's)."""
    found = Judgements()
    for row in rows:
        for raw in row["judgements"] or []:  # in the order made: a later decision overrules
            record = json.loads(raw)
            if "unjoined" in record:  # a join undone: the two stay apart
                found.apart.add((row["id"], record["unjoined"]))
                if found.positive.get(record["unjoined"]) == row["id"]:
                    del found.positive[record["unjoined"]]
            elif record.get("judgement") == "negative":
                found.negative[(row["id"], fold(record["form"]))] = record["split"]
            elif record.get("judgement") == "positive":
                found.positive[record["joined"]] = row["id"]
                found.apart.discard((row["id"], record["joined"]))
    # a split node joined back by hand: the later, positive decision stands
    found.negative = {key: split for key, split in found.negative.items() if split not in found.positive}
    return found


def list_merges(store: Store, node_id: str | None = None) -> list[dict[str, Any]]:
    """Every merge and judgement (of one node when ``node_id`` is given), oldest first per node."""
    query = "MATCH (n) WHERE (n.merges IS NOT NULL OR n.judgements IS NOT NULL)"
    query += " AND n.id = $id" if node_id else ""
    query += " RETURN n.id AS id, labels(n)[0] AS kind, n.name AS name, n.merges AS merges, "
    query += "n.merged_at AS merged_at, n.judgements AS judgements ORDER BY id"
    rows = []
    for row in store.read(query, id=node_id):
        times = row["merged_at"] or []
        merges = [
            {"time": times[i] if i < len(times) else None, **json.loads(raw)}
            for i, raw in enumerate(row["merges"] or [])
        ]
        for record in [*merges, *(json.loads(raw) for raw in row["judgements"] or [])]:
            record.setdefault("judgement", "merge")
            rows.append({"id": row["id"], "kind": row["kind"], "name": row["name"], **record})
    return rows


def undo_merge(store: Store, node_id: str, form: str) -> dict[str, Any]:
    """Split ``form`` out of ``node_id`` into a node of its own, in one transaction.

    The form leaves the node's aliases, keys and merge records; a node ``<id>~<slug>`` takes
    it with the relationships whose provenance quotes it; a negative judgement on the node
    keeps the form out on every later load. Raises :class:`QueryError` when the node has no
    such form.
    """
    kind, props = _node(store, node_id)
    joined = _join_in_force(node_id, props, form)
    if joined is not None:
        return _unjoin(store, kind, props, joined)
    records = [json.loads(m) for m in props.get("merges") or []]
    times = props.get("merged_at") or []
    aliases = props.get("aliases") or []
    undone = [r for r in records if fold(r.get("form", "")) == fold(form)]
    if not undone and not any(fold(a) == fold(form) for a in aliases if fold(a) != fold(props["name"])):
        forms = sorted({r.get("form", "") for r in records} | set(aliases) - {props["name"]})
        raise QueryError(f"{node_id} has no merge of '{form}' (merged forms: {', '.join(forms) or 'none'})")
    form = undone[0]["form"] if undone else next(a for a in aliases if fold(a) == fold(form))
    new_id = f"{node_id}~{slug(form)}"
    kept_aliases = [a for a in aliases if fold(a) != fold(form)]
    record = judgement("negative", form=form, split=new_id)
    kept_keys, split_keys = lookup_keys([props["name"], *kept_aliases]), lookup_keys([form])
    statements = [
        (
            f"MATCH (n:`{kind}`) WHERE n.id = $id SET n.aliases = $aliases, n.keys = $keys, n.merges = $merges, "
            f"n.merged_at = $merged_at, n.judgements = coalesce(n.judgements, []) + [$judgement] {set_keys_text('n')}",
            {
                "id": node_id,
                "aliases": kept_aliases,
                "keys": kept_keys,
                "merges": [raw for raw, r in zip(props.get("merges") or [], records, strict=True) if r not in undone],
                "merged_at": [t for t, r in zip(times, records, strict=False) if r not in undone],
                "judgement": record,
            },
        ),
        (
            f"MERGE (m:`{kind}` {{id: $new}}) SET m.name = $form, m.aliases = [$form], m.keys = $keys, "
            f"m.sources = $sources {set_keys_text('m')}",
            {"new": new_id, "form": form, "keys": split_keys, "sources": props.get("sources") or []},
        ),
    ]
    statements += _move_relationships(store, [{"old": node_id, "new": new_id}], kind, quoting=form)
    statements += keys.change(node_id, props.get("keys") or [], kept_keys, _owner(props)) + keys.change(
        new_id, [], split_keys, keys.owner(new_id, form, None)
    )
    moved = _count(store.run_transaction(statements)[2:])  # the key nodes' statements count nothing
    return {
        "node": node_id,
        "form": form,
        "new_node": new_id,
        "relationships_moved": moved,
        "records_removed": len(undone),
        "judgement": "negative",
    }


def join(store: Store, keep: str, other: str) -> dict[str, Any]:
    """Join node ``other`` into node ``keep`` (same kind) in one transaction; a positive judgement."""
    if keep == other:
        raise QueryError("a node cannot be joined to itself")
    kind, props = _node(store, keep)
    other_kind, other_props = _node(store, other)
    if kind != other_kind:
        raise QueryError(f"{keep} is a {kind} and {other} a {other_kind}: only nodes of one kind can be joined")
    record = judgement("positive", joined=other, form=other_props["name"])
    moved = _count(store.run_transaction(join_statements(store, kind, [(props, other_props, record)]))[:-2])
    return {"node": keep, "joined": other, "relationships_moved": moved, "judgement": "positive"}


Join = tuple[dict[str, Any], dict[str, Any], str]  # the kept node's properties, the other's, the judgement


def join_statements(store: Store, kind: str, joins: Sequence[Join]) -> list[tuple[str, dict[str, Any]]]:
    """The statements joining, for each of ``joins``, the other node into the kept one (all of
    ``kind``, each kept node once): its links, names, sources, merges and judgements move, the
    judgement is added to the kept node's, and the other node is deleted. The key nodes'
    statements come first and the last two count nothing."""
    rows = []
    for props, other_props, record in joins:
        aliases = list(
            dict.fromkeys([*(props.get("aliases") or []), other_props["name"], *(other_props.get("aliases") or [])])
        )
        kept_keys = lookup_keys([props["name"], *aliases])
        rows.append(
            {
                "id": props["id"],
                "aliases": aliases,
                "keys": kept_keys,
                "sources": other_props.get("sources") or [],
                "merges": other_props.get("merges") or [],
                "merged_at": other_props.get("merged_at") or [],
                "judgements": [*(other_props.get("judgements") or []), _with_snapshot(record, props, other_props)],
            }
        )
    gone = [keys.removed(other["id"], other.get("keys") or []) for _, other, _ in joins]
    statements: list[tuple[str, dict[str, Any]]] = [(keys.REMOVE, {"rows": gone})]  # one statement for all
    owners = {props["id"]: _owner(props) for props, _, _ in joins}
    statements.append(
        (keys.ADD, {"rows": [k for row in rows for k in keys.rows(row["id"], row["keys"], owners[row["id"]])]})
    )
    pairs = [{"old": other["id"], "new": props["id"]} for props, other, _ in joins]
    statements += _move_relationships(store, pairs, kind)
    statements += [
        (
            f"UNWIND $rows AS row WITH row MATCH (n:`{kind}` {{id: row.id}}) "
            "SET n.aliases = row.aliases, n.keys = row.keys, "
            "n.sources = coalesce(n.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(n.sources, [])], "
            "n.merges = coalesce(n.merges, []) + row.merges, n.merged_at = coalesce(n.merged_at, []) + row.merged_at, "
            f"n.judgements = coalesce(n.judgements, []) + row.judgements {set_keys_text('n')}",
            {"rows": rows},
        ),
        (
            f"UNWIND $ids AS id WITH id MATCH (m:`{kind}` {{id: id}}) DETACH DELETE m",
            {"ids": [p["old"] for p in pairs]},
        ),
    ]
    return statements


def _owner(props: dict[str, Any]) -> str | None:
    """The owner string its key nodes hold of a node (graph.keys)."""
    return keys.owner(props["id"], props.get("name"), props.get("country"), props.get("anonymous"))


# What a join record keeps of the joined node, so that an undo can bring it back: all but
# what the store derives from the rest (its keys) and what stays with the kept node.
_NOT_KEPT = ("keys", "keys_text", "judgements")


def _with_snapshot(record: str, props: dict[str, Any], other_props: dict[str, Any]) -> str:
    """The join's judgement with the joined node as it was, and the names and sources the kept
    node gained from it (an undo takes them back)."""
    fields = json.loads(record)
    fields["node"] = {k: v for k, v in other_props.items() if k not in _NOT_KEPT}
    own = {*(props.get("aliases") or []), props["name"]}
    fields["added_aliases"] = [a for a in [other_props["name"], *(other_props.get("aliases") or [])] if a not in own]
    fields["added_sources"] = [s for s in other_props.get("sources") or [] if s not in (props.get("sources") or [])]
    return json.dumps(fields, ensure_ascii=False, sort_keys=True)


def _join_in_force(node_id: str, props: dict[str, Any], handle: str) -> dict[str, Any] | None:
    """The join into ``node_id`` that ``handle`` names (the joined node's id, or its name when
    one join in force has it), or None when no join has that handle."""
    joins: dict[str, dict[str, Any]] = {}
    for raw in props.get("judgements") or []:
        record = json.loads(raw)
        if record.get("judgement") == "positive":
            joins[record["joined"]] = record
        elif "unjoined" in record:
            joins.pop(record["unjoined"], None)
    if handle in joins:
        return joins[handle]
    named = [r for r in joins.values() if fold(r.get("form", "")) == fold(handle)]
    if len(named) > 1:
        ids = ", ".join(r["joined"] for r in named)
        raise QueryError(f"{node_id} joined several nodes named '{handle}': undo one by its id ({ids})")
    return named[0] if named else None


def _unjoin(store: Store, kind: str, props: dict[str, Any], record: dict[str, Any]) -> dict[str, Any]:
    """Undo the join ``record`` of node ``props`` in one transaction: the joined node comes back
    with its names, sources and merges, the ties its sources stated move back to it (a tie both
    stated is split by its provenance), and a judgement keeps the two apart on every later load."""
    other_id = record["joined"]
    other = {**(record.get("node") or {"name": record["form"], "aliases": [record["form"]]}), "id": other_id}
    taken = set(record.get("added_aliases") or [other["name"]])
    aliases = [a for a in props.get("aliases") or [] if a not in taken]
    kept_keys, other_keys = (
        lookup_keys([props["name"], *aliases]),
        lookup_keys([other["name"], *other.get("aliases", [])]),
    )
    merges, times, moved_merges = (
        props.get("merges") or [],
        props.get("merged_at") or [],
        list(other.get("merges") or []),
    )
    kept = []  # positions of the kept node's own merge records (the joined node's were appended)
    for i, raw in enumerate(merges):
        if raw in moved_merges:
            moved_merges.remove(raw)
        else:
            kept.append(i)
    statements = [
        (
            f"MATCH (n:`{kind}` {{id: $id}}) SET n.aliases = $aliases, n.keys = $keys, n.merges = $merges, "
            "n.merged_at = $merged_at, n.sources = [s IN coalesce(n.sources, []) WHERE NOT s IN $gone], "
            f"n.judgements = coalesce(n.judgements, []) + [$judgement] {set_keys_text('n')}",
            {
                "id": props["id"],
                "aliases": aliases,
                "keys": kept_keys,
                "merges": [merges[i] for i in kept],
                "merged_at": [times[i] for i in kept if i < len(times)],
                "gone": record.get("added_sources") or [],
                "judgement": judgement("negative", form=record["form"], unjoined=other_id),
            },
        ),
        (
            f"MERGE (m:`{kind}` {{id: $id}}) SET m += $props, m.keys = $keys {set_keys_text('m')}",
            {"id": other_id, "props": other, "keys": other_keys},
        ),
    ]
    statements += _split_relationships(store, kind, props["id"], other_id, other.get("sources"), record["form"])
    statements += keys.change(props["id"], props.get("keys") or [], kept_keys, _owner(props)) + keys.change(
        other_id, [], other_keys, _owner(other)
    )
    moved = _count(store.run_transaction(statements)[2:])
    return {
        "node": props["id"],
        "form": record["form"],
        "new_node": other_id,
        "relationships_moved": moved,
        "records_removed": len(other.get("merges") or []),
        "judgement": "negative",
    }


def _split_relationships(
    store: Store, kind: str, keep: str, other: str, sources: list[str] | None, form: str
) -> list[tuple[str, dict[str, Any]]]:
    """Statements giving back to node ``other`` the ties of ``keep`` its ``sources`` stated
    (provenance rows of those sources quoting ``form``; any source's, when the join record
    is older than its sources). A tie with other rows too is split: each keeps its own rows."""
    stated = "toLower(p) CONTAINS toLower($form)"
    if sources is not None:  # a row's source is written as its dataset or document (facts.Provenance)
        tokens = [json.dumps({k: s}, ensure_ascii=False)[1:-1] for s in sources for k in ("dataset", "document")]
        stated += " AND any(t IN $tokens WHERE p CONTAINS t)"
    else:
        tokens = []
    moved = f"[p IN coalesce(r.provenance, []) WHERE {stated}]"
    rest = f"[p IN coalesce(r.provenance, []) WHERE NOT ({stated})]"
    params = {"keep": keep, "other": other, "form": form, "tokens": tokens, "sources": sources or []}
    statements = []
    for rel_type, pattern, copies in _ties(store, kind, "$keep"):
        match = f"MATCH {pattern} WHERE o.id <> $other"
        for order, copy in copies:
            statements.append(
                (
                    f"{match} WITH r, o, {moved} AS moved WHERE size(moved) > 0 "
                    f"MATCH (m:`{kind}` {{id: $other}}) WITH r, o, m, moved "
                    f"WHERE {order} AND NOT (m)-[:`{rel_type}`]-(o) "
                    f"CREATE {copy} SET r2 = properties(r), "
                    "r2.provenance = moved, r2.sources = [s IN coalesce(r.sources, []) WHERE s IN $sources]"
                    f"{_renamings_back(store, rel_type)} RETURN count(r2) AS n",
                    params,
                )
            )
        # a tie only the joined node's sources stated goes; one others stated too keeps their rows
        statements.append(
            (
                f"{match} WITH r, {moved} AS moved, {rest} AS rest WHERE size(moved) > 0 AND size(rest) = 0 DELETE r",
                params,
            )
        )
        statements.append(
            (
                f"{match} WITH r, {moved} AS moved, {rest} AS rest WHERE size(moved) > 0 AND size(rest) > 0 "
                "SET r.provenance = rest, r.sources = "
                "[s IN coalesce(r.sources, []) WHERE NOT s IN $sources OR any(p IN rest WHERE p CONTAINS s)]",
                params,
            )
        )
    return statements


def _renamings_back(store: Store, rel_type: str) -> str:
    """``SET`` clauses giving the split copy ``r2``'s lists of node ids the joined node's id back."""
    props = store.model.rel_properties(rel_type)
    return "".join(
        f", r2.{n} = [x IN coalesce(r.{n}, []) | CASE WHEN x = $keep THEN $other ELSE x END]"
        for n, p in props.items()
        if p.type == "list" and p.node_ids
    )


def _node(store: Store, node_id: str) -> tuple[str, dict[str, Any]]:
    found = store.read("MATCH (n) WHERE n.id = $id RETURN labels(n)[0] AS kind, properties(n) AS p", id=node_id)
    if not found:
        raise QueryError(f"no node with id '{node_id}'")
    return found[0]["kind"], found[0]["p"]


def judgement(
    kind: str, rule: str = "user", score: float = 1.0, source: str = "munigraph merges", **fields: str
) -> str:
    """The JSON record of a judgement: ``kind`` is "positive" or "negative"; a person's by default."""
    when = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    record = {"judgement": kind, "rule": rule, "score": score, "source": source, "time": when, **fields}
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def _ties(store: Store, kind: str, node: str) -> Iterator[tuple[str, str, list[tuple[str, str]]]]:
    """For each relationship type and direction a node of ``kind`` may have: the type, the pattern
    of the ties ``r`` between the node whose id is ``node`` (a parameter) and ``o``, and, for a
    copy ``r2`` of such a tie from a node ``m`` to ``o``, each (condition, pattern) to CREATE it.

    The patterns start at the known node, found by label (ArcadeDB would start at an unbound
    ``(o)`` and scan). A symmetric tie is stored once, from the smaller id (graph.store): so is
    its copy."""
    label = f":`{kind}`"
    for rel_type, spec in store.model.relationships.items():
        out = f"(m)-[r2:`{rel_type}`]->(o)"
        back = f"(o)-[r2:`{rel_type}`]->(m)"
        for pattern, copy, ends in (
            (f"(n{label} {{id: {node}}})-[r:`{rel_type}`]->(o)", out, spec.sources),
            (f"(n{label} {{id: {node}}})<-[r:`{rel_type}`]-(o)", back, spec.targets),
        ):
            if kind in ends:
                yield (
                    rel_type,
                    pattern,
                    [("m.id < o.id", out), ("o.id < m.id", back)] if spec.symmetric else [("true", copy)],
                )


def _move_relationships(
    store: Store, pairs: Sequence[dict[str, str]], kind: str, quoting: str | None = None
) -> list[tuple[str, dict[str, Any]]]:
    """Statements moving the relationships of each pair's ``old`` node (those whose provenance
    quotes a form) to its ``new`` node.

    Only the relationships the model lets a node of ``kind`` have are moved, and the nodes are
    found by label (a seek in the kind's id index, not a scan).
    A tie ``new`` already has with the same node is not doubled (the join's DETACH DELETE
    drops the other's copy)."""
    condition = (
        " AND any(p IN coalesce(r.provenance, []) WHERE toLower(p) CONTAINS toLower($quoted))" if quoting else ""
    )
    label = f":`{kind}`"
    statements = []
    for rel_type, pattern, copies in _ties(store, kind, "pair.old"):
        if not store.model.relationships[rel_type].key:  # the tie the kept node already has gains the other's lists
            union = _union_lists(store, rel_type, pattern, label, condition)
            statements.append((union, {"pairs": list(pairs), "quoted": quoting}))
        for order, copy in copies:
            statements.append(
                (
                    f"UNWIND $pairs AS pair WITH pair MATCH {pattern} "
                    f"WHERE o.id <> pair.new{condition} "
                    f"MATCH (m{label} {{id: pair.new}}) WITH r, m, o, pair "
                    f"WHERE {order} AND NOT (m)-[:`{rel_type}`]-(o) "
                    f"CREATE {copy} "
                    f"SET r2 = properties(r){_renamings(store, rel_type)} "
                    "DELETE r RETURN count(r2) AS n",
                    {"pairs": list(pairs), "quoted": quoting},
                )
            )
    return statements


def _union_lists(store: Store, rel_type: str, pattern: str, label: str, condition: str) -> str:
    """The statement adding the list properties (provenance, sources, ...) of each tie of a pair's
    ``old`` node to the tie of the same type its ``new`` node already has with the same node."""
    props = store.model.rel_properties(rel_type)
    union = ", ".join(
        f"e.{name} = coalesce(e.{name}, []) + [x IN {_renamed(name, prop)} WHERE NOT x IN coalesce(e.{name}, [])]"
        for name, prop in props.items()
        if prop.type == "list"
    )
    return (  # counted apart from the ties moved (``_count`` reads ``n``)
        f"UNWIND $pairs AS pair WITH pair MATCH {pattern} WHERE o.id <> pair.new{condition} "
        f"MATCH (m{label} {{id: pair.new}})-[e:`{rel_type}`]-(o) SET {union} RETURN count(e) AS merged"
    )


def _renamed(name: str, prop: Any) -> str:
    """The tie ``r``'s list ``name``, with the pair's old node id as the new one where it holds ids."""
    if prop.node_ids:
        return f"[x IN coalesce(r.{name}, []) | CASE WHEN x = pair.old THEN pair.new ELSE x END]"
    return f"coalesce(r.{name}, [])"


def _renamings(store: Store, rel_type: str) -> str:
    """``SET`` clauses renaming the pair's old node id in the copy ``r2``'s lists of node ids."""
    props = store.model.rel_properties(rel_type)
    return "".join(f", r2.{n} = {_renamed(n, p)}" for n, p in props.items() if p.type == "list" and p.node_ids)


def _count(results: list[list[dict[str, Any]]]) -> int:
    return sum(int(rows[0].get("n", 0)) for rows in results if rows and "n" in rows[0])
