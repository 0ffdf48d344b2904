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
from munigraph.graph.cypher import fulltext_index, head_query, typo_query

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


# Search's one index: the key nodes (graph.keys), each a folded name, the ids that carry it and
# their owners (id, name and country of each named one), up to ``$limit``, best first (the engine
# ranks and cuts them). Asked for the words first, and for their typo keys only when the words find
# nothing good (graph.search): a typo key of a common word ("city", "san") is as common as the word,
# so asking typo keys costs the engine a pass over as many postings again for every typo key; the
# extra round trip costs much less. Search scores the keys and names the hits from their owners:
# it reads no node (reading the ~100 nodes the keys list, by id, cost more than the index's query).
def _keys_then(rest: str) -> str:
    """The key nodes' query collected, then ``rest`` (a statement's end: the part alone is no statement)."""
    return (
        "CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $limit}) YIELD node\n"
        f"WITH collect(node.key) AS keys, collect(node.ids) AS ids, collect(coalesce(node.{keys.OWNERS}, [])) AS owners\n"
        + rest
    )


# The best key nodes for ``$lucene``, with their ids and owners.
KEYS = _keys_then("RETURN keys, ids, owners")
# :data:`KEYS` for the words and, in the same round trip, only when they find no key at all (every
# word slipped), for the typo keys of every word (``$typos``): the engine runs that subquery for no
# row otherwise, and its ``collect`` makes its one row when it finds none.
WORDS_ELSE_TYPOS = _keys_then(
    "CALL (keys) {\n"
    "  WITH keys WHERE size(keys) = 0\n"
    "  CALL db.index.fulltext.queryNodes($index, $typos, {limit: $typo_limit}) YIELD node\n"
    "  RETURN collect(node.key) AS typo_keys, collect(node.ids) AS typo_ids,\n"
    f"    collect(coalesce(node.{keys.OWNERS}, [])) AS typo_owners\n"
    "}\n"
    "RETURN keys, ids, owners, typo_keys, typo_ids, typo_owners"
)


def escape(word: str) -> str:
    return _SPECIAL.sub(r"\\\1", word)


def phrase(folded: str) -> str:
    """A Lucene phrase query: the words of ``folded`` in a row."""
    return f'"{escape(folded)}"'


def terms(folded: str, typos: bool = False, slipped: Sequence[str] = (), heads: bool = False) -> str:
    """A Lucene query for search: each word exactly (boosted), the last also as a prefix; with ``typos``,
    also the typo keys of each word of 3 letters or more (:func:`munigraph.graph.cypher.typo_query`),
    or of the words ``slipped`` only (those the index did not have: the others were found as typed).
    With ``heads`` (the key nodes' index, whose text holds its words' heads), the last word as its
    head term where there is one (:func:`munigraph.graph.cypher.head_query`), not as a prefix.

    Typo keys are plain terms of the index, as cheap to ask as a word: a fuzzy term (``word~2``)
    would cost the engine a pass over its term dictionary (ArcadeDB: 10 to 20 times the query of
    a word). Search asks for them only when the words found nothing good.

    >>> terms("san jsoe", typos=True, slipped=["jsoe"])
    'san^4 OR jsoe^4 OR jsoe*^2 OR 0soe OR 0joe OR 0jse OR 0jso OR 1soe OR 1joe OR 1jse OR 1jso OR 0jsoe OR 1jsoe'
    >>> terms("san jo", heads=True), terms("utre", heads=True), terms("utrecht", heads=True)
    ('san^4 OR jo^4 OR jo*^2 OR 2sanjo^2', 'utre^4 OR 2utre^2', 'utrecht^4 OR utrecht*^2')
    """
    clauses = []
    words = list(dict.fromkeys(escape(w) for w in folded.split()))
    # The word being typed as a prefix (of each word it costs more than it finds); not when typos
    # are asked for one word: had it begun a key, search would not have asked for them.
    prefix = words[-1] if words and len(words[-1]) >= 2 and (not typos or len(words) > 1) else None
    for word in words:
        clauses.append(f"{word}^4")
        if word == prefix:
            head = head_query(word) if heads else None
            clauses.append(f"{head}^2" if head else f"{word}*^2")
    # Several words: also the head of the text without its spaces, which the keys that begin with
    # the text hold (their bare form's heads): these rank first among the many keys that hold a
    # common word ("san", "le"), as search ranks them, rather than wherever the engine's score
    # of that word puts them (it keeps the best CANDIDATES only).
    whole = head_query(folded.replace(" ", "")) if heads and len(words) > 1 else None
    if whole:
        clauses.append(f"{whole}^2")
    if typos:
        words_slipped = [w for w in folded.split() if w in slipped] if slipped else folded.split()
        clauses += dict.fromkeys(escape(key) for word in words_slipped for key in typo_query(word))
    return " OR ".join(clauses)


def indexes(store: Any, kinds: Sequence[str]) -> list[str]:
    """The full-text index names of ``kinds`` on this store's engine."""
    return [fulltext_index(store.engine, kind, PROPERTY) for kind in kinds]


def key_index(store: Any) -> str:
    """The name of the key nodes' full-text index on this store's engine."""
    return fulltext_index(store.engine, keys.LABEL, keys.TEXT)


def _rows(keys: list[str], ids: list[list[str]], owners: list[list[str]]) -> list[dict[str, Any]]:
    return [{"key": k, "ids": i, "owners": o} for k, i, o in zip(keys, ids, owners, strict=True)]


def best_keys_else_typos(
    store: Any, folded: str, limit: int, typo_limit: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The best key nodes for the words of ``folded`` (up to ``limit``), and, only when these are
    none, for the typo keys of its words (up to ``typo_limit``), best first: ``{key, ids, owners}``
    each (:data:`WORDS_ELSE_TYPOS`)."""
    words = terms(folded, heads=True)
    if not words:
        return [], []
    typos = terms(folded, typos=True, heads=True)
    params = {"lucene": words, "typos": typos, "limit": limit, "typo_limit": typo_limit}
    row = store.read(WORDS_ELSE_TYPOS, index=key_index(store), **params)[0]
    return _rows(row["keys"], row["ids"], row["owners"]), _rows(row["typo_keys"], row["typo_ids"], row["typo_owners"])


def best_keys(store: Any, lucene: str, limit: int) -> list[dict[str, Any]]:
    """The best key nodes (up to ``limit``) for the Lucene query ``lucene`` (:func:`terms`), best
    first: ``{key, ids, owners}`` each."""
    if not lucene:
        return []
    row = store.read(KEYS, index=key_index(store), lucene=lucene, limit=limit)[0]
    return _rows(row["keys"], row["ids"], row["owners"])


def bare(store: Any, key: str, kinds: Sequence[str]) -> list[dict[str, Any]]:
    """Nodes of ``kinds`` with a key that is ``key`` once stripped of apostrophes and spaces; the
    index narrows (that form is one word of keys_text), the keys decide. (An exact key is sought
    in its key node instead: :mod:`munigraph.graph.keys`.)"""
    return store.read(BARE, indexes=indexes(store, kinds), lucene=phrase(key), key=key)


def best(store: Any, lucene: str, kinds: Sequence[str], limit: int) -> list[dict[str, Any]]:
    """Up to ``limit`` candidates per kind for the Lucene query ``lucene`` (:func:`terms`), with their keys."""
    if not lucene:
        return []
    return store.read(BEST, indexes=indexes(store, kinds), lucene=lucene, limit=limit)
