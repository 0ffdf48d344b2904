"""Search by name or alias: accent- and case-insensitive (graph.text.fold), typo-tolerant (rapidfuzz).

The index holds every node's folded keys in memory; it is rebuilt when the graph's change
counter moves (:meth:`graph.store.Store.version`) or after ``MAX_AGE`` seconds, so loads made while the explorer runs show up. The
explorer's search page and the suggestions for a name that matches nothing
(:func:`munigraph.graph.lookup.resolve_entity`) use it alike.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

from munigraph.graph.text import fold
from rapidfuzz import fuzz, process

MAX_AGE = 60.0
CUTOFF = 75.0


@dataclass(frozen=True)
class Hit:
    id: str
    name: str
    kind: str
    matched: str
    score: float
    how: str  # exact, prefix, contains or fuzzy

    def as_dict(self) -> dict[str, object]:
        return {**self.__dict__, "score": round(self.score, 1)}


@dataclass
class Index:
    nodes: list[tuple[str, str, str]] = field(default_factory=list)  # id, name, kind
    keys: list[str] = field(default_factory=list)
    owners: list[int] = field(default_factory=list)  # keys[i] belongs to nodes[owners[i]]
    stamp: str = ""
    built: float = 0.0


_RANK = {"exact": 0, "prefix": 1, "contains": 2, "fuzzy": 3}


class Searcher:
    """One per app; safe to share between request threads."""

    def __init__(self) -> None:
        self._index = Index()
        self._lock = threading.Lock()

    def index(self, store: Any) -> Index:
        stamp = store.version()
        current = self._index
        if current.stamp == stamp and time.monotonic() - current.built < MAX_AGE:
            return current
        with self._lock:
            if self._index.stamp != stamp or time.monotonic() - self._index.built >= MAX_AGE:
                self._index = _build(store, stamp)
            return self._index

    def search(self, store: Any, query: str, kind: str | None = None, limit: int = 50) -> list[Hit]:
        """Nodes whose name or an alias matches ``query``, best first."""
        folded = fold(query)
        if not folded:
            return []
        index = self.index(store)
        best: dict[int, Hit] = {}
        for position, key in enumerate(index.keys):
            how = _how(folded, key)
            if how:
                _keep(best, index, index.owners[position], key, 100.0, how)
        if len(folded) >= 3:
            found = process.extract(
                folded, index.keys, scorer=fuzz.WRatio, score_cutoff=CUTOFF, limit=max(limit * 4, 200)
            )
            for key, score, position in found:
                _keep(best, index, index.owners[position], key, float(score), "fuzzy")
        hits = [h for h in best.values() if kind in (None, "", h.kind)]
        hits.sort(key=lambda h: (_RANK[h.how], -h.score, len(h.name), h.name))
        return hits[:limit]


def _how(folded: str, key: str) -> str | None:
    if key == folded:
        return "exact"
    if key.startswith(folded):
        return "prefix"
    if len(folded) >= 3 and f" {folded}" in f" {key}":
        return "contains"
    return None


def _keep(best: dict[int, Hit], index: Index, owner: int, key: str, score: float, how: str) -> None:
    node_id, name, kind = index.nodes[owner]
    hit = Hit(node_id, name, kind, key, score, how)
    previous = best.get(owner)
    if previous is None or (_RANK[how], -score) < (_RANK[previous.how], -previous.score):
        best[owner] = hit


def _build(store: Any, stamp: str) -> Index:
    index = Index(stamp=stamp, built=time.monotonic())
    for kind in store.model.nodes:
        # nodes a dataset gives no name (KONECT) are not what a person searches for
        query = f"MATCH (n:`{kind}`) WHERE n.anonymous IS NULL RETURN n.id AS id, n.name AS name, n.keys AS keys"
        for row in store.read(query):
            owner = len(index.nodes)
            index.nodes.append((row["id"], row["name"] or row["id"], kind))
            for key in row["keys"] or [fold(row["name"] or "")]:
                index.keys.append(key)
                index.owners.append(owner)
    return index


_shared = Searcher()


def closest(store: Any, text: str, kinds: tuple[str, ...], limit: int = 5) -> list[Hit]:
    """The nodes of ``kinds`` whose names come closest to ``text``, as the search page ranks them."""
    return [h for h in _shared.search(store, text, limit=200) if h.kind in kinds][:limit]
