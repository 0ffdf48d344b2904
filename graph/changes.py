"""The graph's change counter and its counts, kept by the store in one node.

Every write the store makes bumps ``version`` in the same transaction (a load, a merge
undone or joined, a correction, a reset), so "has the graph changed since?" is one
indexed read, on either engine and across processes: the analytics projection, the
explorer's search index and its home-page figures are kept while the stamp stays the same.

The node also keeps the number of nodes per kind and relationships per type, as of the
version ``counted``. A load adds what it created (the engine's own counters of each
statement), so after loads the counts are exact without counting anything; a change that
deletes (a merge undone or joined) leaves them stale, and the next reader counts once and
stores the result. ``epoch`` is drawn when the node is made, so a stamp is never reused by
another graph.

>>> stamp(store)                                      # doctest: +SKIP
'3f9c2e1a:17'
>>> counts(store)["relationships"]["TWINNED_WITH"]    # doctest: +SKIP
24374
"""

from __future__ import annotations

import json
import secrets
from collections import Counter
from typing import Any

import neo4j

# The node's label is not a kind of the model: the schema makes it (unique id) on both
# engines, and nothing that reads the model's kinds ever sees it.
LABEL = "Munigraph"
NODE = f"(m:`{LABEL}` {{id: 'state'}})"
READ = f"MATCH {NODE} RETURN m.epoch AS epoch, m.version AS version, m.counted AS counted, m.counts AS counts"
# Taken first in a writing transaction: it locks the node (Neo4j), so writers queue on it
# instead of losing each other's increments, and says whether the node is new.
# The data format a graph written now has (graph.upgrade brings older ones to it).
FORMAT = 6
BUMP = (
    f"MERGE {NODE}\n"
    "ON CREATE SET m.epoch = $epoch, m.version = 0, m.counted = -1, m.new = true, m.format = $format\n"
    "SET m.version = m.version + 1\n"
    "WITH m, coalesce(m.new, false) AS new\n"
    "REMOVE m.new\n"
    "RETURN m.version AS version, m.counted AS counted, m.counts AS counts, new"
)
SETTLE = f"MATCH {NODE} WHERE m.version = $version SET m.counted = $version, m.counts = $counts"
TOTAL = "MATCH (n) RETURN count(n) AS n"

Counts = dict[str, dict[str, int]]


class Change:
    """One writing transaction's change: what it created, per node kind and relationship type.

    :meth:`begin` runs first in the transaction, :meth:`commit` last; together they bump
    the version and carry the counts forward when they were exact before.
    """

    def __init__(self, tx: neo4j.ManagedTransaction) -> None:
        self.tx = tx
        self.nodes: Counter[str] = Counter()
        self.relationships: Counter[str] = Counter()
        self.exact = True  # False once something was deleted or changed uncounted
        self._before: Counts | None = None
        self._version = 0

    def begin(self) -> Change:
        row = self.tx.run(BUMP, epoch=secrets.token_hex(4), format=FORMAT).single()
        assert row is not None
        self._version = row["version"]
        if row["new"]:  # first change since the counter came: exact only on an empty graph
            empty = self.tx.run(TOTAL).single()["n"] <= 1  # 1: the state node itself, when counted
            self._before = _zero() if empty else None
        elif row["counted"] == self._version - 1 and row["counts"]:
            self._before = json.loads(row["counts"])
        return self

    def none_before(self, rel_type: str) -> bool:
        """Whether the graph held no relationship of ``rel_type`` when this change began, as its exact
        counts say (False when they are stale): a load's relationships of that type are all new."""
        return self._before is not None and self._before["relationships"].get(rel_type, 0) == 0

    def commit(self) -> None:
        if self._before is None or not self.exact:
            return  # stale: the next reader counts
        after = self._before
        for kind, created in self.nodes.items():
            after["nodes"][kind] = after["nodes"].get(kind, 0) + created
        for rel_type, created in self.relationships.items():
            after["relationships"][rel_type] = after["relationships"].get(rel_type, 0) + created
        self.tx.run(SETTLE, version=self._version, counts=json.dumps(after)).consume()

    def reset(self) -> None:
        """The graph was emptied in this transaction: the counts are zero."""
        self._before, self.exact = _zero(), True
        self.nodes.clear()
        self.relationships.clear()


def _zero() -> Counts:
    return {"nodes": {}, "relationships": {}}


def stamp(store: Any) -> str:
    """``epoch:version``: changes whenever the store changes the graph."""
    state = _state(store)
    if state is None:  # nothing written since the counter came: the number of nodes tells
        return f"none:{store.read(TOTAL)[0]['n']}"
    return f"{state['epoch']}:{state['version']}"


def counts(store: Any) -> Counts:
    """Nodes per kind and relationships per type, every kind and type of the model listed."""
    state = _state(store)
    if state and state["counted"] == state["version"] and state["counts"]:
        found = json.loads(state["counts"])
    else:
        version, found = _count(store)
        if version is not None:  # kept for the next reader, unless a load is writing
            store.when_idle(lambda: store.run_write(SETTLE, version=version, counts=json.dumps(found), bump=False))
    model = store.model
    return {
        "nodes": {k: found["nodes"].get(k, 0) for k in model.nodes},
        "relationships": {t: found["relationships"].get(t, 0) for t in model.relationships},
    }


def _state(store: Any) -> dict[str, Any] | None:
    """The counter's node; None before the first write made it (readers never write it)."""
    rows = store.read(READ)
    return rows[0] if rows else None


def _count(store: Any) -> tuple[int | None, Counts]:
    """The version and a count of everything, read in one transaction (the slow way, once)."""
    model = store.model
    queries = [READ] + [f"MATCH (n:`{k}`) RETURN count(n) AS n" for k in model.nodes]
    queries += [f"MATCH ()-[r:`{t}`]->() RETURN count(r) AS n" for t in model.relationships]
    state, *numbers = store.read_many(queries)
    names = [("nodes", k) for k in model.nodes] + [("relationships", t) for t in model.relationships]
    found = _zero()
    for (group, name), rows in zip(names, numbers, strict=True):
        found[group][name] = rows[0]["n"] if rows else 0  # ArcadeDB gives no row for an empty type
    return (state[0]["version"] if state else None), found
