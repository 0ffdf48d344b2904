"""Bring a graph written by an earlier munigraph up to date, once: the state node records its format.

Format 1: every node has ``keys_text``, which the full-text indexes read (:mod:`graph.fulltext`).
Format 2: ``keys_text`` also holds the typo keys of the node's words (typo-tolerant search).
Format 3: each key has its key node, which name lookup seeks (:mod:`graph.keys`).
Format 4: each key node holds its ``keys_text``, which search's one full-text index reads.
Format 5: each key node holds the id, name and country of the named nodes it lists (``owners``),
what search shows of its hits without reading them.
Format 6: each key node's ``keys_text`` also holds the heads of its words (graph.cypher.heads), so
that search asks for a word begun as one term.
"""

from __future__ import annotations

from typing import Any

from munigraph.graph import keys
from munigraph.graph.changes import FORMAT, NODE, TOTAL
from munigraph.graph.cypher import set_keys_text


def upgrade(store: Any) -> None:
    """Derive what an older graph lacks, in one transaction; reads only when there is nothing to do.

    A graph with no counter node is either empty (its first write makes the node, in the
    current format) or older than the counter. The upgrade waits for no load: when one is
    writing, the process that runs it has upgraded the graph when it opened it.
    """
    rows = store.read(f"MATCH {NODE} RETURN m.format AS format")
    before = (rows[0]["format"] or 0) if rows else 0
    if before >= FORMAT:
        return
    if not rows and store.read(TOTAL)[0]["n"] == 0:
        return
    store.when_idle(lambda: _upgrade(store, before))


def _upgrade(store: Any, before: int) -> None:
    statements: list[tuple[str, dict[str, Any]]] = []
    if before < 2:
        statements += [
            (f"MATCH (n:`{kind}`) WHERE n.keys IS NOT NULL {set_keys_text('n')}", {}) for kind in store.model.nodes
        ]
    if before < 3:
        statements += [(keys.add_all(kind), {}) for kind in store.model.nodes]
    statements.append((keys.SET_TEXT, {}))
    if before < 6:  # the key nodes' text anew, from Python (graph.cypher.key_node_text_of)
        found = store.read(keys.ALL_NODE_KEYS if before < 3 else keys.ALL_KEYS)
        statements += keys.texts([row["key"] for row in found])
    if before < 5:
        statements += [(keys.set_owners(kind), {"sep": keys.SEP}) for kind in store.model.nodes]
    statements.append((f"MATCH {NODE} SET m.format = $format", {"format": FORMAT}))
    store.run_transaction(statements)
