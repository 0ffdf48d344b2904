"""Candidates from the engines' full-text indexes: the model declares them (``fulltext`` in model.yaml).

Each node kind has its own index on ``keys_text`` (the folded keys in one text, see
:func:`munigraph.graph.cypher.set_keys_text`), made by the engine with the schema: ArcadeDB
FULL_TEXT through its SQL, Neo4j ``CREATE FULLTEXT INDEX``. Both are Lucene underneath and
answer ``db.index.fulltext.queryNodes`` in the same query language, so name lookup and search
ask them for a few candidates and compare or score only those, however large the graph.
The key nodes of name lookup (:mod:`graph.keys`) have one more, on the same text of each key:
a search of several kinds asks it alone, where it would ask an index per kind.

>>> phrase("la haye")
'"la haye"'
>>> terms("saint eti")
'saint^4 OR eti^4 OR eti*^2'
>>> terms("utrceht", typos=True)  # no prefix: the words, asked beside or before, have it
'utrceht^4 OR 0trce OR 0urce OR 0utce OR 0utre OR 0utrc OR 1ceht OR 1reht OR 1rcht OR 1rcet OR 1rceh'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from munigraph.graph import keys
from munigraph.graph.cypher import fulltext_index, typo_query

PROPERTY = "keys_text"
# Lucene's query syntax: these characters are escaped in a user's words
_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')
_NODE = "node.id AS id, node.name AS name, labels(node)[0] AS kind"
# Nodes of the kinds whose indexes are listed (``$lucene`` in Lucene's syntax) with a key that is
# ``$key`` without its apostrophes and spaces: "Xian" for "Xi'an" (keys_text holds that form too)
BARE = (
    "UNWIND $indexes AS ix CALL db.index.fulltext.queryNodes(ix, $lucene) YIELD node\n"
    "WITH node WHERE any(k IN node.keys WHERE replace(replace(k, \"'\", ''), ' ', '') = $key)\n"
    f"RETURN {_NODE}, node.country AS country"
)
BEST = (  # the best-scoring candidates of each index, named nodes only (KONECT's are left out)
    "UNWIND $indexes AS ix CALL db.index.fulltext.queryNodes(ix, $lucene, {limit: $limit}) YIELD node, score\n"
    "WITH node, score WHERE node.anonymous IS NULL\n"
    f"RETURN {_NODE}, node.keys AS keys, node.country AS country, score"
)


# Search's one index: the key nodes (graph.keys), each a folded name and the ids that carry it.
# The words and the typo keys are asked at once, each part in one row (a row is a message of its
# own): one round trip to the engine, where asking typo keys only once the words found nothing
# took two. The engine's part of it is small beside a round trip.
_KEYS = (
    "CALL db.index.fulltext.queryNodes($index, ${lucene}, {{limit: ${limit}}}) YIELD node\n"
    "RETURN collect(node.key) AS keys, collect(node.ids) AS ids"
)
KEYS = _KEYS.format(lucene="words", limit="limit") + "\nUNION ALL\n" + _KEYS.format(lucene="typos", limit="typo_limit")


def _owners(kinds: Sequence[str]) -> str:
    """The named nodes among ``$ids0``, ``$ids1``...: the ids of each of ``kinds`` in turn, sought by
    id; a row per kind, its ids and names in two lists."""
    return "\nUNION ALL\n".join(
        f"UNWIND $ids{i} AS one\nMATCH (n:`{kind}` {{id: one}}) WHERE n.anonymous IS NULL\n"
        f"RETURN '{kind}' AS kind, collect(n.id) AS ids, collect(n.name) AS names, "
        "collect(coalesce(n.country, '')) AS countries"  # collect() would drop a missing one
        for i, kind in enumerate(kinds)
    )


def escape(word: str) -> str:
    return _SPECIAL.sub(r"\\\1", word)


def phrase(folded: str) -> str:
    """A Lucene phrase query: the words of ``folded`` in a row."""
    return f'"{escape(folded)}"'


def terms(folded: str, typos: bool = False) -> str:
    """A Lucene query for search: each word exactly (boosted), the last also as a prefix; with ``typos``,
    also the typo keys of each word of 3 letters or more (:func:`munigraph.graph.cypher.typo_query`).

    Typo keys are plain terms of the index, as cheap to ask as a word: a fuzzy term (``word~2``)
    would cost the engine a pass over its term dictionary (ArcadeDB: 10 to 20 times the query of
    a word). Search asks for them only when the words found nothing.
    """
    clauses = []
    words = list(dict.fromkeys(escape(w) for w in folded.split()))
    # The word being typed as a prefix (of each word it costs more than it finds); not when typos
    # are asked for one word: had it begun a key, search would not have asked for them.
    prefix = words[-1] if words and len(words[-1]) >= 2 and (not typos or len(words) > 1) else None
    for word in words:
        clauses.append(f"{word}^4")
        if word == prefix:
            clauses.append(f"{word}*^2")
    if typos:
        clauses += dict.fromkeys(escape(key) for word in folded.split() for key in typo_query(word))
    return " OR ".join(clauses)


def indexes(store: Any, kinds: Sequence[str]) -> list[str]:
    """The full-text index names of ``kinds`` on this store's engine."""
    return [fulltext_index(store.engine, kind, PROPERTY) for kind in kinds]


def key_index(store: Any) -> str:
    """The name of the key nodes' full-text index on this store's engine."""
    return fulltext_index(store.engine, keys.LABEL, keys.TEXT)


def best_keys(
    store: Any, folded: str, limit: int, typo_limit: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The best key nodes for a search of ``folded`` (up to ``limit``), and for its typo keys (up to
    ``typo_limit``), best first: ``{key, ids}`` each."""
    words = terms(folded)
    if not words:
        return [], []
    found = store.read(
        KEYS, index=key_index(store), words=words, typos=terms(folded, typos=True), limit=limit, typo_limit=typo_limit
    )
    by_words, by_typos = ([{"key": k, "ids": i} for k, i in zip(row["keys"], row["ids"], strict=True)] for row in found)
    return by_words, by_typos


def owners(store: Any, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The named nodes of ``ids`` by id: ``{id, name, kind, country}`` each (an anonymous or gone one is left out)."""
    by_kind: dict[str, list[str]] = {}
    for one in ids:
        kind = store.model.kind_of_id(one)
        if kind is not None:
            by_kind.setdefault(kind, []).append(one)
    if not by_kind:
        return {}
    kinds = sorted(by_kind)
    params = {f"ids{i}": by_kind[kind] for i, kind in enumerate(kinds)}
    return {
        one: {"id": one, "name": name, "kind": row["kind"], "country": country or None}
        for row in store.read(_owners(kinds), **params)
        for one, name, country in zip(row["ids"], row["names"], row["countries"], strict=True)
    }


def bare(store: Any, key: str, kinds: Sequence[str]) -> list[dict[str, Any]]:
    """Nodes of ``kinds`` with a key that is ``key`` once stripped of apostrophes and spaces; the
    index narrows (that form is one word of keys_text), the keys decide. (An exact key is sought
    in its key node instead: :mod:`munigraph.graph.keys`.)"""
    return store.read(BARE, indexes=indexes(store, kinds), lucene=phrase(key), key=key)


def best(store: Any, folded: str, kinds: Sequence[str], limit: int, typos: bool = False) -> list[dict[str, Any]]:
    """Up to ``limit`` candidates per kind for a search of ``folded``, with their keys."""
    query = terms(folded, typos)
    if not query:
        return []
    return store.read(BEST, indexes=indexes(store, kinds), lucene=query, limit=limit)
