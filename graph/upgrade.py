"""Bring a graph written by an earlier munigraph up to date, once: the state node records its format.

Format 1: every node has ``keys_text``, which the full-text indexes read (:mod:`graph.fulltext`).
"""

from __future__ import annotations

from typing import Any

from munigraph.graph.changes import NODE
from munigraph.graph.cypher import set_keys_text

FORMAT = 1


def upgrade(store: Any) -> None:
    """Derive what an older graph lacks, in one transaction; one read when there is nothing to do."""
    rows = store.read(f"MATCH {NODE} RETURN m.format AS format")
    if rows and (rows[0]["format"] or 0) >= FORMAT:
        return
    statements: list[tuple[str, dict[str, Any]]] = [
        (f"MATCH (n:`{kind}`) WHERE n.keys_text IS NULL AND n.keys IS NOT NULL {set_keys_text('n')}", {})
        for kind in store.model.nodes
    ]
    statements.append((f"MATCH {NODE} SET m.format = $format", {"format": FORMAT}))
    store.run_transaction(statements)
