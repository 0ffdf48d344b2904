"""Cypher text generated from the model: the write statements and the schema DDL.

Writes MERGE on id, keep the first scalar value seen and union every list, so that a
fact loaded again gains provenance and aliases instead of being overwritten. The rule
is evaluated only where there is something to merge with (``ON MATCH``): a node or a
relationship the write creates takes the row's values as they are (``ON CREATE``), which
is what the rule gives against nothing, at the cost of a plain ``CREATE``.
"""

from __future__ import annotations

import re

from munigraph.graph.changes import LABEL
from munigraph.graph.schema import Model, Property


def _union(target: str, name: str) -> str:
    current = f"coalesce({target}.{name}, [])"
    return f"{target}.{name} = {current} + [x IN coalesce(r.{name}, []) WHERE NOT x IN {current}]"


def _merge_records(target: str) -> str:
    """Merge records are unioned like any list, and ``merged_at`` (the time of the record at the
    same position) gains the times of the new records only. It is set first, so it reads the
    records as they were before this write under either order of evaluation."""
    current = f"coalesce({target}.merges, [])"
    new = f"[i IN range(0, size(coalesce(r.merges, [])) - 1) WHERE NOT r.merges[i] IN {current} | r.merged_at[i]]"
    return f"{target}.merged_at = coalesce({target}.merged_at, []) + {new},\n    {_union(target, 'merges')}"


def _assign(target: str, prop: Property) -> str:
    if prop.name == "merges":
        return _merge_records(target)
    if prop.type == "list":
        return _union(target, prop.name)
    return f"{target}.{prop.name} = coalesce({target}.{prop.name}, r.{prop.name})"


def _on_create_and_match(target: str, specs: dict[str, Property], names: list[str]) -> str:
    """``ON CREATE SET`` each property to the row's value, ``ON MATCH SET`` it by the merge rule.

    The rows come folded (:func:`munigraph.graph.facts.merge_facts`, lists without repeats),
    so the row's value is what the rule makes of it against an absent property.
    """
    if not names:
        return ""
    created = ",\n    ".join(f"{target}.{name} = {_created(specs[name])}" for name in names)
    matched = ",\n    ".join(_assign(target, specs[name]) for name in names if name != "merged_at")
    return f"\nON CREATE SET {created}" + (f"\nON MATCH SET {matched}" if matched else "")


def _created(prop: Property) -> str:
    """A created node's or relationship's value: the row's; a list absent from the row is
    empty, as the rule makes it against nothing (a second load finds what the first wrote)."""
    return f"coalesce(r.{prop.name}, [])" if prop.type == "list" else f"r.{prop.name}"


def merge_nodes(model: Model, kind: str, props: set[str]) -> str:
    """``UNWIND $rows`` statement merging nodes of one kind on id; with ``keys``, it returns one row,
    ``nodes``: ``[id, name, country, anonymous, keys]`` of each node as it is after the merge, what
    its key nodes hold of it (graph.keys: a node met again keeps its first name)."""
    names = sorted(props - {"id"})
    statement = f"UNWIND $rows AS r\nMERGE (n:`{kind}` {{id: r.id}})" + _on_create_and_match(
        "n", model.node_properties(kind), names
    )
    if "keys" not in props:
        return statement
    return f"{statement}\n{set_keys_text('n')}\nRETURN collect([n.id, n.name, n.country, n.anonymous, n.keys]) AS nodes"


def set_keys_text(node: str) -> str:
    """``SET`` clause deriving ``keys_text`` from the node's (already merged) ``keys``: the
    :func:`key_text` of each key, in one text."""
    return f"SET {node}.keys_text = reduce(s = '', k IN coalesce({node}.keys, []) | s + {key_text('k')})"


def key_text(key: str) -> str:
    """Cypher expression: what the full-text indexes hold of the key (a string) named ``key``.

    The key, then the same key without spaces and apostrophes ("xi'an" also as "xi'an xian",
    "cote d ivoire" also as "cotedivoire"), so that the full-text index finds a name typed
    either way, then the typo keys of its words (:func:`typo_keys`); ``|`` keeps keys apart
    for the reader (the index drops it). A node's ``keys_text`` holds it for each of its keys,
    a key node's (:mod:`graph.keys`) for its own key.
    """
    bare = f"replace(replace({key}, \"'\", ''), ' ', '')"
    words = f"[x IN split(replace({key}, \"'\", ''), ' ') WHERE size(x) >= {SHORT_SPAN}]"
    span = f"CASE WHEN size(x) >= {SPAN} THEN {SPAN} ELSE {SHORT_SPAN} END"
    head, tail = "substring(x, 0, span)", "substring(x, size(x) - span, span)"
    less = "substring({p}, 0, i) + substring({p}, i + 1, span - 1 - i)"  # the span less its i-th letter
    typos = (
        f"reduce(t = '', x IN {words} | t + reduce(h = '', span IN [{span}] | "
        f"h + reduce(g = '', i IN range(0, span - 1) | "
        f"g + ' {HEAD_MARK}' + {less.format(p=head)} + ' {TAIL_MARK}' + {less.format(p=tail)})))"
    )
    return f"' | ' + {key} + ' ' + {bare} + {typos}"


def key_text_of(key: str) -> str:
    """What :func:`key_text` makes of ``key``, in Python: a load sends it with the key rather than
    have the engine build it (its string concatenations cost a load's heap and time).

    >>> key_text_of("xi'an rome")
    " | xi'an rome xianrome 0ian 1ian 0xan 1xan 0xin 1xin 0xia 1xia 0ome 1ome 0rme 1rme 0roe 1roe 0rom 1rom"
    """
    typos = []
    for word in (x for x in key.replace("'", "").split(" ") if len(x) >= SHORT_SPAN):
        span = SPAN if len(word) >= SPAN else SHORT_SPAN
        head, tail = word[:span], word[len(word) - span :]
        for i in range(span):
            typos += [f"{HEAD_MARK}{head[:i]}{head[i + 1 :]}", f"{TAIL_MARK}{tail[:i]}{tail[i + 1 :]}"]
    bare = key.replace("'", "").replace(" ", "")
    return f" | {key} {bare}" + "".join(f" {typo}" for typo in typos)


def key_node_text_of(key: str) -> str:
    """What a key node's full-text index reads of its key (graph.keys): :func:`key_text_of`, then
    the heads of its words (:func:`heads`).

    >>> key_node_text_of("rome")
    ' | rome rome 0ome 1ome 0rme 1rme 0roe 1roe 0rom 1rom 2rom 2rome'
    """
    return key_text_of(key) + "".join(f" {head}" for head in heads(key))


# A word's heads: its first three letters, four, and so on up to PREFIX_MAX (the whole word when
# shorter), each a term of its key node's text. A word begun ("utre", as a user types it) is then
# one term of the index: asked as a prefix (``utre*``) the engine would expand it to every word it
# begins and score each of those (ArcadeDB: a posting-list pass per word, for hundreds of words
# of three letters), at 100k names the most costly query search asks. Past PREFIX_MAX letters a
# prefix begins few words and is asked as one. Only words of plain letters and digits have heads
# (a word of other scripts is no one term for the engine's tokenizer); the key without its spaces
# (graph.fulltext's bare form: "sanjose") has its heads too, as its prefix query found it.
PREFIX_MARK = "2"
PREFIX_MIN, PREFIX_MAX = 3, 6
_PLAIN = re.compile(r"[a-z0-9]+")


def head_query(word: str) -> str | None:
    """The head term to ask for ``word`` begun (:func:`heads`), or None when no key holds it as a
    head (too short, too long, or not plain letters and digits: ask a prefix).

    >>> head_query("utre"), head_query("xi'a"), head_query("ut"), head_query("utrech")
    ('2utre', '2xia', None, '2utrech')
    """
    bare = word.replace("'", "")
    if PREFIX_MIN <= len(bare) <= PREFIX_MAX and _PLAIN.fullmatch(bare):
        return f"{PREFIX_MARK}{bare}"
    return None


def heads(key: str) -> list[str]:
    """The head terms of a folded key: of each word and of the key without its spaces, once each.

    >>> heads("san jose")
    ['2san', '2jos', '2jose', '2sanj', '2sanjo', '2sanjos']
    >>> heads("xi'an"), heads("ab"), heads("北京 ab1")
    (['2xia', '2xian'], [], ['2ab1'])
    """
    bare = key.replace("'", "")
    words = [*bare.split(" "), bare.replace(" ", "")]
    found = [
        f"{PREFIX_MARK}{word[:size]}"
        for word in words
        if _PLAIN.fullmatch(word)
        for size in range(PREFIX_MIN, min(len(word), PREFIX_MAX) + 1)
    ]
    return list(dict.fromkeys(found))


# A word's typo keys: its first five letters less one of them, each in turn, and its last five
# likewise (a word of four letters: its four, keys of three letters). A word typed with one slip
# (a letter wrong, missing, extra, or two swapped) shares at least one head key with the word
# meant, wherever the slip is (past the fifth letter, all of them); the tail keys rank first,
# among the words that begin alike, the one that also ends alike. Keys of four letters are
# rare enough that asking for them costs the engine little more than asking for a word. The
# marks keep them apart from words, from each other and from a prefix query.
SPAN, SHORT_SPAN = 5, 4
HEAD_MARK, TAIL_MARK = "0", "1"


def _less_one(mark: str, part: str) -> list[str]:
    return [f"{mark}{part[:i]}{part[i + 1 :]}" for i in range(len(part))]


def typo_keys(word: str) -> list[str]:
    """The typo keys of a folded word, as :func:`set_keys_text` writes them beside its keys.

    >>> typo_keys("utrecht")
    ['0trec', '0urec', '0utec', '0utrc', '0utre', '1echt', '1rcht', '1reht', '1rect', '1rech']
    >>> typo_keys("rome")
    ['0ome', '0rme', '0roe', '0rom', '1ome', '1rme', '1roe', '1rom']
    """
    word = word.replace("'", "")
    if len(word) < SHORT_SPAN:
        return []
    span = SPAN if len(word) >= SPAN else SHORT_SPAN
    return list(dict.fromkeys(_less_one(HEAD_MARK, word[:span]) + _less_one(TAIL_MARK, word[-span:])))


def typo_query(word: str) -> list[str]:
    """The typo keys to ask for a typed word: the word meant, one slip away, has one of them.

    A typed word of four letters may be a word of five with one missing (whose keys include
    the four letters typed) as well as one of four with one wrong; a word of three letters,
    a word of four with one missing.

    >>> typo_query("rmoe")
    ['0moe', '0roe', '0rme', '0rmo', '1moe', '1roe', '1rme', '1rmo', '0rmoe', '1rmoe']
    """
    word = word.replace("'", "")
    if len(word) == SHORT_SPAN - 1:
        return [f"{HEAD_MARK}{word}", f"{TAIL_MARK}{word}"]
    keys = typo_keys(word)
    if len(word) == SHORT_SPAN:
        keys += [f"{HEAD_MARK}{word}", f"{TAIL_MARK}{word}"]
    return keys


def fulltext_index(engine: str, kind: str, prop: str) -> str:
    """The name of a kind's full-text index on ``prop``: ArcadeDB names its indexes itself."""
    return f"{kind}[{prop}]" if engine == "arcadedb" else f"munigraph_{kind}_{prop}"


def merge_relationships(model: Model, rel_type: str, source_kind: str, target_kind: str, props: set[str]) -> str:
    """``UNWIND $rows`` statement merging relationships between existing nodes; returns the count."""
    spec = model.relationships[rel_type]
    specs = model.rel_properties(rel_type)
    key = ", ".join(f"{name}: r.{name}" for name in spec.key)
    key_map = f" {{{key}}}" if key else ""
    set_clause = _on_create_and_match("t", specs, sorted(props - set(spec.key)))
    return (
        f"{_ends(source_kind, target_kind)}MERGE (a)-[t:`{rel_type}`{key_map}]->(b){set_clause}\nRETURN count(t) AS n"
    )


def _ends(source_kind: str, target_kind: str) -> str:
    return (
        f"UNWIND $rows AS r\nMATCH (a:`{source_kind}` {{id: r.source}})\nMATCH (b:`{target_kind}` {{id: r.target}})\n"
    )


def existing_relationships(model: Model, rel_type: str, source_kind: str, target_kind: str) -> str:
    """``UNWIND $rows`` statement returning the ``i`` of each row whose relationship exists (ends and key)."""
    spec = model.relationships[rel_type]
    key = ", ".join(f"{name}: r.{name}" for name in spec.key)
    key_map = f" {{{key}}}" if key else ""
    return (
        f"UNWIND $rows AS r\nMATCH (a:`{source_kind}` {{id: r.source}})-[t:`{rel_type}`{key_map}]->"
        f"(b:`{target_kind}` {{id: r.target}})\nRETURN r.i AS i"
    )


def create_relationships(model: Model, rel_type: str, source_kind: str, target_kind: str, props: set[str]) -> str:
    """``UNWIND $rows`` statement creating relationships between existing nodes with ``props`` as
    :func:`merge_relationships` creates them (a list absent from a row is empty); returns the count.

    The properties go in the CREATE: set after it, ArcadeDB writes each relationship twice, a
    third of the cost of the load. So a scalar is left out rather than given a null: a
    statement's rows all have the scalars it names (graph.store groups them).
    """
    specs = model.rel_properties(rel_type)
    values = ", ".join(f"{name}: {_created(specs[name])}" for name in sorted(props))
    return f"{_ends(source_kind, target_kind)}CREATE (a)-[t:`{rel_type}` {{{values}}}]->(b)\nRETURN count(t) AS n"


def missing_ids(kind: str) -> str:
    return f"UNWIND $ids AS id OPTIONAL MATCH (n:`{kind}` {{id: id}}) WITH id, n WHERE n IS NULL RETURN id"


def neo4j_constraints(model: Model) -> list[str]:
    """Neo4j 5 DDL: one uniqueness constraint on id per kind (and on the change counter's node),
    one on the key of name lookup's key nodes, the full-text indexes the model declares, and
    search's on the key nodes (:mod:`graph.fulltext`)."""
    from munigraph.graph.keys import LABEL as KEY, TEXT  # noqa: I001 - here: keys builds its statements from this module

    unique = [
        f"CREATE CONSTRAINT munigraph_{kind}_id IF NOT EXISTS FOR (n:`{kind}`) REQUIRE n.id IS UNIQUE"
        for kind in [*model.nodes, LABEL]
    ]
    unique.append(f"CREATE CONSTRAINT munigraph_{KEY}_key IF NOT EXISTS FOR (k:`{KEY}`) REQUIRE k.key IS UNIQUE")
    indexed = [(kind, prop) for kind in model.nodes for prop in model.fulltext] + [(KEY, TEXT)]
    return unique + [
        f"CREATE FULLTEXT INDEX {fulltext_index('neo4j', kind, prop)} IF NOT EXISTS FOR (n:`{kind}`) ON EACH [n.{prop}]"
        for kind, prop in indexed
    ]


# Neo4j empties a graph in batches, each its own transaction: one transaction for the whole
# graph outgrows a server's (or a cluster member's) transaction memory. It runs only as an
# auto-commit query, never inside a managed transaction.
DELETE_ALL_IN_BATCHES = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
