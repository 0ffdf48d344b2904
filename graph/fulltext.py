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
from functools import cache
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


# Search's one index: the key nodes (graph.keys), each a folded name and the ids that carry it,
# up to ``$limit``, best first (the engine ranks and cuts them). Asked for the words first, and for
# their typo keys only when the words find nothing good (graph.search): a typo key of a common word
# ("city", "san") is as common as the word, so asking typo keys costs the engine a pass over as
# many postings again for every typo key; the extra round trip costs much less.
# The statements that ask it also read, by id, the named nodes the keys list (:func:`_owners`):
# search scores the keys, then names the hits from them, with no second round trip.


Prefixed = tuple[tuple[str, str], ...]  # (kind, the prefix of its ids) each


def _owners(kinds: Prefixed, lists: str, when: str = "") -> str:
    """Subqueries reading the named nodes of ``kinds`` among the ids of ``lists`` (a list of id
    lists), each id sought by id in the kind its prefix tells (only if the variable ``when`` is
    true, when given): one column ``o<i>`` per kind, ``[id, name, country, kind]`` each. A
    subquery's ``collect`` makes its one row when it finds none."""
    scope, only = (f"{lists}, {when}", f"  WITH {lists} WHERE {when}\n") if when else (lists, "")
    return "".join(
        f"CALL ({scope}) {{\n{only}  UNWIND {lists} AS some UNWIND some AS one\n"
        f"  WITH one WHERE one STARTS WITH '{prefix}:'\n"  # WITH: else ArcadeDB's MATCH finds nothing
        f"  MATCH (n:`{kind}` {{id: one}}) WHERE n.anonymous IS NULL\n"
        f"  RETURN collect([n.id, n.name, n.country, '{kind}']) AS o{i}\n}}\n"
        for i, (kind, prefix) in enumerate(kinds)
    )


def _columns(kinds: Prefixed) -> str:
    return " + ".join(f"o{i}" for i in range(len(kinds))) or "[]"


def _asked(typos: bool) -> str:
    """The start of a statement (a function: no statement alone): the best key nodes for the words
    (``$lucene``), in two lists, their keys and their id lists; with ``typos``, then, only when the
    words find no key at all (every word slipped), the typo keys' (``$typos``) in two more lists,
    the engine running that subquery for no row otherwise."""
    words = (
        "CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $limit}) YIELD node\n"
        "WITH collect(node.key) AS keys, collect(node.ids) AS ids\n"
    )
    if not typos:
        return words
    return words + (
        "CALL (keys) {\n"
        "  WITH keys WHERE size(keys) = 0\n"
        "  CALL db.index.fulltext.queryNodes($index, $typos, {limit: $typo_limit}) YIELD node\n"
        "  RETURN collect(node.key) AS typo_keys, collect(node.ids) AS typo_ids\n"
        "}\n"
    )


@cache
def keys_with_owners(kinds: Prefixed) -> str:
    """The best key nodes for ``$lucene`` and the named nodes of ``kinds`` they list, in one statement.

    >>> print(keys_with_owners((("City", "city"),)))
    CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $limit}) YIELD node
    WITH collect(node.key) AS keys, collect(node.ids) AS ids
    CALL (ids) {
      UNWIND ids AS some UNWIND some AS one
      WITH one WHERE one STARTS WITH 'city:'
      MATCH (n:`City` {id: one}) WHERE n.anonymous IS NULL
      RETURN collect([n.id, n.name, n.country, 'City']) AS o0
    }
    RETURN keys, ids, o0 AS owners
    """
    return f"{_asked(typos=False)}{_owners(kinds, 'ids')}RETURN keys, ids, {_columns(kinds)} AS owners"


@cache
def words_else_typos(kinds: Prefixed) -> str:
    """:func:`keys_with_owners` for the words and, in the same round trip, only when they find no
    key at all, for the typo keys of every word.

    The nodes are read only when a key holds ``$folded`` as typed (it is the key, begins it, or
    is words of it, ``$spaced`` being ``$folded`` after a space, null when shorter than three
    letters), or when typo keys were asked: else the name was not typed as it is, search asks
    for the typo keys next (and reads their nodes then) or, when a key is close enough, for the
    nodes of the keys that match (:func:`owners`). ``named`` says whether they were read.
    """
    return (
        f"{_asked(typos=True)}WITH keys, ids, typo_keys, typo_ids, ids + typo_ids AS listed, size(keys) = 0 OR "
        "any(k IN keys WHERE k STARTS WITH $folded OR ($spaced IS NOT NULL AND (' ' + k) CONTAINS $spaced)) AS named\n"
        f"{_owners(kinds, 'listed', 'named')}"
        f"RETURN keys, ids, typo_keys, typo_ids, named, {_columns(kinds)} AS owners"
    )


@cache
def owners_of(kinds: Prefixed) -> str:
    """The named nodes of ``kinds`` among ``$ids``, by id."""
    return f"WITH [$ids] AS listed\n{_owners(kinds, 'listed')}RETURN {_columns(kinds)} AS owners"


def escape(word: str) -> str:
    return _SPECIAL.sub(r"\\\1", word)


def phrase(folded: str) -> str:
    """A Lucene phrase query: the words of ``folded`` in a row."""
    return f'"{escape(folded)}"'


def terms(folded: str, typos: bool = False, slipped: Sequence[str] = ()) -> str:
    """A Lucene query for search: each word exactly (boosted), the last also as a prefix; with ``typos``,
    also the typo keys of each word of 3 letters or more (:func:`munigraph.graph.cypher.typo_query`),
    or of the words ``slipped`` only (those the index did not have: the others were found as typed).

    Typo keys are plain terms of the index, as cheap to ask as a word: a fuzzy term (``word~2``)
    would cost the engine a pass over its term dictionary (ArcadeDB: 10 to 20 times the query of
    a word). Search asks for them only when the words found nothing good.

    >>> terms("san jsoe", typos=True, slipped=["jsoe"])
    'san^4 OR jsoe^4 OR jsoe*^2 OR 0soe OR 0joe OR 0jse OR 0jso OR 1soe OR 1joe OR 1jse OR 1jso OR 0jsoe OR 1jsoe'
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
        words_slipped = [w for w in folded.split() if w in slipped] if slipped else folded.split()
        clauses += dict.fromkeys(escape(key) for word in words_slipped for key in typo_query(word))
    return " OR ".join(clauses)


def indexes(store: Any, kinds: Sequence[str]) -> list[str]:
    """The full-text index names of ``kinds`` on this store's engine."""
    return [fulltext_index(store.engine, kind, PROPERTY) for kind in kinds]


def key_index(store: Any) -> str:
    """The name of the key nodes' full-text index on this store's engine."""
    return fulltext_index(store.engine, keys.LABEL, keys.TEXT)


def _rows(keys: list[str], ids: list[list[str]]) -> list[dict[str, Any]]:
    return [{"key": k, "ids": i} for k, i in zip(keys, ids, strict=True)]


Owners = dict[str, dict[str, Any]]  # the named nodes the keys list, by id: {id, name, kind, country} each


def _prefixed(store: Any, kinds: Sequence[str]) -> Prefixed:
    return tuple((kind, store.model.nodes[kind].prefix) for kind in sorted(set(kinds)))


def _by_id(owners: list[list[Any]]) -> Owners:
    return {
        one: {"id": one, "name": name, "kind": kind, "country": country or None} for one, name, country, kind in owners
    }


def best_keys_else_typos(
    store: Any, folded: str, kinds: Sequence[str], limit: int, typo_limit: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], Owners | None]:
    """The best key nodes for the words of ``folded`` (up to ``limit``), and, only when these are
    none, for the typo keys of its words (up to ``typo_limit``), best first: ``{key, ids}`` each;
    and the named nodes of ``kinds`` that either lists (an anonymous or gone one is left out),
    None when no key holds ``folded`` as typed (:func:`words_else_typos`)."""
    words = terms(folded)
    if not words:
        return [], [], {}
    params = {"lucene": words, "typos": terms(folded, typos=True), "limit": limit, "typo_limit": typo_limit}
    spaced = f" {folded}" if len(folded) >= 3 else None
    statement = words_else_typos(_prefixed(store, kinds))
    row = store.read(statement, index=key_index(store), folded=folded, spaced=spaced, **params)[0]
    nodes = _by_id(row["owners"]) if row["named"] else None
    return _rows(row["keys"], row["ids"]), _rows(row["typo_keys"], row["typo_ids"]), nodes


def owners(store: Any, ids: Sequence[str], kinds: Sequence[str]) -> Owners:
    """The named nodes of ``kinds`` among ``ids``, by id."""
    if not ids:
        return {}
    return _by_id(store.read(owners_of(_prefixed(store, kinds)), ids=list(ids))[0]["owners"])


def best_keys(store: Any, lucene: str, kinds: Sequence[str], limit: int) -> tuple[list[dict[str, Any]], Owners]:
    """The best key nodes (up to ``limit``) for the Lucene query ``lucene`` (:func:`terms`), best
    first: ``{key, ids}`` each; and the named nodes of ``kinds`` they list."""
    if not lucene:
        return [], {}
    row = store.read(keys_with_owners(_prefixed(store, kinds)), index=key_index(store), lucene=lucene, limit=limit)[0]
    return _rows(row["keys"], row["ids"]), _by_id(row["owners"])


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
