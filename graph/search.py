"""Search by name or alias: accent- and case-insensitive (graph.text.fold), typo-tolerant (rapidfuzz).

The engines' full-text indexes (:mod:`graph.fulltext`) offer candidates, the best few by the
engine's own score: keys holding one of the words, a word it begins, or, when these find
nothing good, a word one slip away (sharing a typo key, :func:`munigraph.graph.cypher.typo_keys`).
A search of several kinds asks the index of the key nodes, which hold the id, name and country
of the nodes they list (``owners``, graph.keys), scores the keys and names the hits from their
owners: it reads no node (reading the ~100 the keys list, by id, cost the engine as much as its
full-text query at 100k names); a search of one kind asks the key nodes' index for its words and
the kind's own index for typos (:func:`_one_kind`).
Only candidates are compared and scored here, so a search costs the same on a small graph and
a large one.

Typo keys are asked only when the words' candidates hold nothing good (no exact, prefix or
contained match, no fuzzy one above :data:`GOOD`), and only for the words the index did not
have as typed: a typo key of a common word ("city", "san") is in as many keys as the word, and
asking it would cost the engine as much as the words' query again. When no word is in the
index at all, the key nodes' index is asked for every word's typo keys in the words' own
statement (:func:`munigraph.graph.fulltext.words_else_typos`); when some are, in a second one.
The explorer's search page and the suggestions for a name that matches nothing
(:func:`munigraph.graph.lookup.resolve_entity`) use it alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from munigraph.graph import fulltext
from munigraph.graph.keys import SEP, parse_owner
from munigraph.graph.text import fold
from rapidfuzz import fuzz, process

MAX_AGE = 60.0  # seconds whole-graph figures of the explorer are kept at most (webapp.db)
CUTOFF = 75.0
# A fuzzy hit closer than this among the words' candidates is the name meant, a slip away ("benhc
# city 12" for "bench city 12": 92): the typo keys would find it again, at a cost. WRatio gives
# 90 to a name that is a mere part of the text ("vir" in "vir unigula"): that one is not enough.
GOOD = 90.0
CANDIDATES = 100  # nodes of one kind, or key nodes, best full-text score first
# per kind when asking typo keys: the word meant shares the most of them (head and tail), so it
# ranks among the first; scoring more candidates would cost more than it finds
TYPO_CANDIDATES = 20
TYPO_KEYS = 50  # key nodes, of every kind, when asking typo keys


@dataclass(frozen=True)
class Hit:
    id: str
    name: str
    kind: str
    matched: str
    score: float
    how: str  # exact, prefix, contains or fuzzy
    country: str | None = None  # ISO2 of a city: two Bethlehems apart in the list

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
        if len(wanted) == 1:
            best = store.read_with(lambda view: _one_kind(view, folded, wanted[0], limit))
        else:
            best = store.read_with(lambda view: _of_kinds(view, folded, wanted, limit))
        hits = sorted(best.values(), key=lambda h: (_RANK[h.how], -h.score, len(h.name), h.name))
        return hits[:limit]


def _of_kind(store: Any, folded: str, kind: str, limit: int) -> dict[str, Hit]:
    """The hits of one kind, from its own full-text index: its best nodes, with their keys."""
    found = fulltext.best(store, fulltext.terms(folded), [kind], max(CANDIDATES, limit))
    best = _scored(folded, found, limit)
    if not _good(best.values()):  # the words found nothing good: allow typos
        slipped = _slipped(folded, [key for row in found for key in row["keys"] or []])
        typos = fulltext.terms(folded, typos=True, slipped=slipped)
        best = _scored(folded, fulltext.best(store, typos, [kind], TYPO_CANDIDATES), limit)
    return best


def _of_kinds(store: Any, folded: str, kinds: Sequence[str], limit: int) -> dict[str, Hit]:
    """The hits of several kinds, from the one index of the key nodes (graph.keys): the keys are
    scored here, and the hits named from the owners the key nodes hold (no node is read)."""
    wanted = set(kinds)
    found, by_typos = fulltext.best_keys_else_typos(store, folded, max(CANDIDATES, limit), TYPO_KEYS)
    keys = _of_wanted(store, found, wanted)
    matched = _matched(folded, [key for key, _ in keys], limit)
    asked = found
    if not _good_match(matched):  # allow typos
        if found:  # some words were found, not the name: typo keys of the others (by_typos is empty)
            slipped = _slipped(folded, [row["key"] for row in found])
            typos = fulltext.terms(folded, typos=True, slipped=slipped, heads=True)
            by_typos = fulltext.best_keys(store, typos, TYPO_KEYS)
        keys = _of_wanted(store, by_typos, wanted)
        matched = _matched(folded, [key for key, _ in keys], limit)
        asked = by_typos
    return _named(store, keys, matched, asked)


def _one_kind(store: Any, folded: str, kind: str, limit: int) -> dict[str, Hit]:
    """The hits of one kind. Its words are asked of the key nodes' index, whose heads of words make
    a name begun one term each (the kind's own index expands a prefix: at 100k cities the engine
    spent more on a name begun than search spent on anything else), then scored as for several
    kinds. A slip is asked of the kind's own index, as it always was (its typo candidates are the
    kind's only; the key nodes' are of every kind). The kind's own index answers all when the
    key nodes found, cut at the limit asked, hold no good match or too few of the kind's."""
    asked_for = max(CANDIDATES, limit)
    found = fulltext.best_keys(store, fulltext.terms(folded, heads=True), asked_for)
    keys = _of_wanted(store, found, {kind})
    matched = _matched(folded, [key for key, _ in keys], limit)
    cut = len(found) >= asked_for  # the engine found more keys than it returned, maybe of the kind
    if not _good_match(matched):
        if cut:  # a kind with few of the many keys of a common word: its own index, words and slips
            return _of_kind(store, folded, kind, limit)
        # as _of_kind: the typo keys of the words no key of the kind holds
        typos = fulltext.terms(folded, typos=True, slipped=_slipped(folded, [key for key, _ in keys]))
        return _scored(folded, fulltext.best(store, typos, [kind], TYPO_CANDIDATES), limit)
    hits = _named(store, keys, matched, found)
    return _of_kind(store, folded, kind, limit) if cut and len(hits) < limit else hits


def _of_wanted(store: Any, rows: list[dict[str, Any]], wanted: set[str]) -> list[tuple[str, list[str]]]:
    """(key, ids of the ``wanted`` kinds) of the key nodes ``rows``, those holding one or more."""
    kind_of = store.model.kind_of_id
    pairs = [(row["key"], [i for i in row["ids"] or [] if kind_of(i) in wanted]) for row in rows]
    return [(key, ids) for key, ids in pairs if ids]


def _good_match(matched: dict[int, tuple[str, float, str]]) -> bool:
    return _good(Hit("", "", "", key, score, how) for key, score, how in matched.values())


def _named(
    store: Any,
    keys: list[tuple[str, list[str]]],
    matched: dict[int, tuple[str, float, str]],
    rows: list[dict[str, Any]],
) -> dict[str, Hit]:
    """The hits of the ``matched`` keys: each id by its best key, named from the owners of ``rows``."""
    kind_of = store.model.kind_of_id
    per_id: dict[str, tuple[str, float, str]] = {}
    for position, (key, score, how) in matched.items():
        for one in keys[position][1]:
            previous = per_id.get(one)
            if previous is None or (_RANK[how], -score) < (_RANK[previous[2]], -previous[1]):
                per_id[one] = (key, score, how)
    owners = {text.split(SEP, 1)[0]: text for row in rows for text in row["owners"] or []}
    hits = {}
    for one, (key, score, how) in per_id.items():
        if one in owners:  # else anonymous, or gone
            _, name, country = parse_owner(owners[one])
            hits[one] = Hit(one, name or one, kind_of(one), key, score, how, country)
    return hits


def _good(hits: Iterable[Hit]) -> bool:
    """Whether any hit matches as typed (exactly, as a prefix or as words) or fuzzily above :data:`GOOD`."""
    return any(h.how != "fuzzy" or h.score > GOOD for h in hits)


def _slipped(folded: str, keys: Sequence[str]) -> list[str]:
    """The words of ``folded`` that are no word of ``keys`` (the last: that begins none): those the
    index does not hold as typed, whose typo keys are worth asking.

    >>> _slipped("benhc city 12", ["bench city 12", "bench city 120"])
    ['benhc']
    >>> _slipped("xian", ["xi'an"]), _slipped("rmoe", ["rome"]), _slipped("n'daiganiao", ["n diaganiao"])
    ([], ['rmoe'], ["n'daiganiao"])
    """
    held = {word for key in keys for word in (*key.replace("'", "").split(), key.replace("'", "").replace(" ", ""))}
    words = folded.split()
    last = words[-1] if words else ""

    def found(word: str) -> bool:
        bare = word.replace("'", "")
        return bare in held or (word == last and any(one.startswith(bare) for one in held))

    return [word for word in words if not found(word)]


def _matched(folded: str, keys: list[str], limit: int) -> dict[int, tuple[str, float, str]]:
    """The keys (by position) matched exactly, as a prefix or as words (score 100), or fuzzily (WRatio)."""
    matched: dict[int, tuple[str, float, str]] = {}
    for position, key in enumerate(keys):
        how = _how(folded, key)
        if how:
            matched[position] = (key, 100.0, how)
    if len(folded) >= 3 and keys:
        found = process.extract(folded, keys, scorer=fuzz.WRatio, score_cutoff=CUTOFF, limit=max(limit * 4, 200))
        for key, score, position in found:
            matched.setdefault(position, (key, float(score), "fuzzy"))
    return matched


def _scored(folded: str, candidates: list[dict[str, Any]], limit: int) -> dict[str, Hit]:
    """The candidates matched exactly, as a prefix or as words (score 100), or fuzzily (WRatio)."""
    best: dict[str, Hit] = {}
    keys: list[str] = []
    owners: list[dict[str, Any]] = []
    for row in candidates:
        for key in row["keys"] or [fold(row["name"] or "")]:
            keys.append(key)
            owners.append(row)
    for position, (key, score, how) in _matched(folded, keys, limit).items():
        _keep(best, owners[position], key, score, how)
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
    hit = Hit(row["id"], row["name"] or row["id"], row["kind"], key, score, how, row.get("country"))
    previous = best.get(hit.id)
    if previous is None or (_RANK[how], -score) < (_RANK[previous.how], -previous.score):
        best[hit.id] = hit


_shared = Searcher()


def closest(store: Any, text: str, kinds: tuple[str, ...], limit: int = 5) -> list[Hit]:
    """The nodes of ``kinds`` whose names come closest to ``text``, as the search page ranks them."""
    return _shared.search(store, text, limit=limit, kinds=kinds)
