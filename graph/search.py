"""Search by name or alias: accent- and case-insensitive (graph.text.fold), typo-tolerant (rapidfuzz).

The engines' full-text indexes (:mod:`graph.fulltext`) offer candidates: nodes with a key
holding one of the words, a word it begins, or, when these find nothing, a word one slip away
(sharing a typo key, :func:`munigraph.graph.cypher.typo_keys`). Only their keys
are compared and scored here, so a search costs the same on a small graph and a large one.
The explorer's search page and the suggestions for a name that matches nothing
(:func:`munigraph.graph.lookup.resolve_entity`) use it alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from munigraph.graph import fulltext
from munigraph.graph.text import fold
from rapidfuzz import fuzz, process

MAX_AGE = 60.0  # seconds whole-graph figures of the explorer are kept at most (webapp.db)
CUTOFF = 75.0
CANDIDATES = 100  # per kind, best full-text score first
# per kind when asking typo keys: the word meant shares the most of them (head and tail), so it
# ranks among the first; scoring more candidates would cost more than it finds
TYPO_CANDIDATES = 20


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


_RANK = {"exact": 0, "prefix": 1, "contains": 2, "fuzzy": 3}


class Searcher:
    """One per app; safe to share between request threads (it holds nothing but the engine's indexes)."""

    def search(
        self, store: Any, query: str, kind: str | None = None, limit: int = 50, kinds: Sequence[str] = ()
    ) -> list[Hit]:
        """Nodes whose name or an alias matches ``query``, best first (of ``kind``, or of ``kinds``)."""
        folded = fold(query)
        if not folded:
            return []
        wanted = (kind,) if kind else tuple(kinds) or tuple(store.model.nodes)
        size = max(CANDIDATES, limit)
        best = _scored(folded, fulltext.best(store, folded, wanted, size), limit)
        if not any(h.how != "fuzzy" for h in best.values()):  # the words found nothing: allow typos
            typos = fulltext.best(store, folded, wanted, TYPO_CANDIDATES, typos=True)
            best = _scored(folded, typos, limit)
        hits = sorted(best.values(), key=lambda h: (_RANK[h.how], -h.score, len(h.name), h.name))
        return hits[:limit]


def _scored(folded: str, candidates: list[dict[str, Any]], limit: int) -> dict[str, Hit]:
    """The candidates matched exactly, as a prefix or as words (score 100), or fuzzily (WRatio)."""
    best: dict[str, Hit] = {}
    keys: list[str] = []
    owners: list[dict[str, Any]] = []
    for row in candidates:
        for key in row["keys"] or [fold(row["name"] or "")]:
            how = _how(folded, key)
            if how:
                _keep(best, row, key, 100.0, how)
            keys.append(key)
            owners.append(row)
    if len(folded) >= 3 and keys:
        found = process.extract(folded, keys, scorer=fuzz.WRatio, score_cutoff=CUTOFF, limit=max(limit * 4, 200))
        for key, score, position in found:
            _keep(best, owners[position], key, float(score), "fuzzy")
    return best


def _how(folded: str, key: str) -> str | None:
    if key == folded:
        return "exact"
    if key.startswith(folded):
        return "prefix"
    if len(folded) >= 3 and f" {folded}" in f" {key}":
        return "contains"
    return None


def _keep(best: dict[str, Hit], row: dict[str, Any], key: str, score: float, how: str) -> None:
    hit = Hit(row["id"], row["name"] or row["id"], row["kind"], key, score, how)
    previous = best.get(hit.id)
    if previous is None or (_RANK[how], -score) < (_RANK[previous.how], -previous.score):
        best[hit.id] = hit


_shared = Searcher()


def closest(store: Any, text: str, kinds: tuple[str, ...], limit: int = 5) -> list[Hit]:
    """The nodes of ``kinds`` whose names come closest to ``text``, as the search page ranks them."""
    return _shared.search(store, text, limit=limit, kinds=kinds)
