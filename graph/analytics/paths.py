"""Introductions: the shortest chains of ties between two entities, each hop in a sentence.

Without a date, the chains are found in the database (``allShortestPaths``: a
bidirectional search that stays fast on a million links, where pulling the whole graph
into networkx would not). With an ``as_of`` date they are found by networkx over the
projection of the ties in force then (ArcadeDB would test the date only on the shortest
paths it found and miss a longer chain of ties in force). This module ranks the chains by
the strength of their ties and explains them. A pair of hops
through a shared node reads as one sentence ("Tunis and Xi'an: their mayors co-chair the
same policy council").
"""

from __future__ import annotations

import itertools
from typing import Any

import networkx as nx
from munigraph.graph.analytics import AS_OF, project
from munigraph.graph.schema import load_model

# Ties an introduction may go through, and how much each costs: a twinning or an office
# is a direct acquaintance, a shared section of hundreds of members a weak one.
WEIGHTS = {
    "TWINNED_WITH": 1,
    "HOLDS_OFFICE": 1,
    "CO_CHAIRS": 1,
    "AFFILIATED_WITH": 1,
    "PARTNER_OF": 2,
    "ATTENDED": 2,
    "ORGANISED_BY": 2,
    "PART_OF": 2,
    "SECTION_OF": 3,
    "MEMBER_OF": 3,
}
# What two entities sharing a node through the same tie do together.
_TOGETHER = {
    "CO_CHAIRS": "co-chair {what}",
    "ATTENDED": "both attended {what}",
    "MEMBER_OF": "are both members of {what}",
    "AFFILIATED_WITH": "both work with {what}",
    "HOLDS_OFFICE": "both hold office in {what}",
    "PARTNER_OF": "are both partners of {what}",
    "ORGANISED_BY": "were both organised by {what}",
    "SECTION_OF": "are both sections of {what}",
    "PART_OF": "are both part of {what}",
    "TWINNED_WITH": "are both twinned with {what}",
}
# Between two hubs the shortest chains can number in the thousands: rank the first ones.
MAX_CHAINS = 500
ALL_CHAINS = MAX_CHAINS
_KIND_WORDS = {"Council": "council", "Event": "event", "Section": "section", "Organisation": "organisation"}


def find_chains(store: Any, source: str, target: str, max_hops: int, as_of: str | None) -> list[dict[str, Any]]:
    """The shortest chains of introduction ties from ``source`` to ``target`` (ids), explained.

    At most :data:`MAX_CHAINS` chains are read and ranked: lowest total tie weight first,
    then by the names along the chain.
    """
    if source == target:
        return []
    if as_of is None:
        rows = _db_chains(store, source, target, tuple(WEIGHTS), max_hops, ALL_CHAINS)
        chains = [explain(row["nodes"], row["ties"]) for row in rows]
    else:
        paths = dated_paths(store, source, target, tuple(WEIGHTS), max_hops, as_of)
        ties = _ties_between(store, {tuple(sorted(pair)) for path in paths for pair in itertools.pairwise(path)}, as_of)
        graph = project(store, tuple(WEIGHTS), as_of)
        chains = [
            explain(
                [{"id": n, **_named(graph, n)} for n in path],
                [ties[tuple(sorted(p))] for p in itertools.pairwise(path)],
            )
            for path in paths
        ]
    chains.sort(key=lambda c: (c["weight"], [n["name"] for n in c["path"]], [n["id"] for n in c["path"]]))
    return chains


def twinning_chains(
    store: Any, source: str, target: str, max_hops: int, every: bool, as_of: str | None
) -> list[dict[str, Any]]:
    """Shortest chains of twinning links between two cities: ``hops`` and ``cities``.

    Without a date the database searches (``allShortestPaths``, or ``shortestPath`` when
    ``every`` is false: one chain, far faster on a large network). With a date the search
    runs in networkx over the links in force then: ArcadeDB tests a path predicate only on
    the shortest paths it found, so a longer chain of links in force would be missed.

    Examples
    --------
    >>> twinning_chains(store, "city:a", "city:c", 6, True, None)     # doctest: +SKIP
    [{'hops': 2, 'cities': [{'id': 'city:a', 'name': 'A', 'country': 'FR'}, ...]}]
    """
    if source == target:
        return []
    if as_of is None:
        rows = _db_chains(store, source, target, ("TWINNED_WITH",), max_hops, ALL_CHAINS if every else 1)
        paths = [[n["id"] for n in row["nodes"]] for row in rows]
        names = {n["id"]: n for row in rows for n in row["nodes"]}
    else:
        paths = dated_paths(store, source, target, ("TWINNED_WITH",), max_hops, as_of, None if every else 1)
        graph = project(store, ("TWINNED_WITH",), as_of)
        names = {n: {"id": n, **_named(graph, n)} for path in paths for n in path}
    rows = [
        {"hops": len(path) - 1, "cities": [{k: names[n].get(k) for k in ("id", "name", "country")} for n in path]}
        for path in paths
    ]
    return sorted(rows, key=lambda r: [(c["name"] or "", c["id"]) for c in r["cities"]])


def dated_paths(
    store: Any,
    source: str,
    target: str,
    types: tuple[str, ...],
    max_hops: int,
    as_of: str,
    most: int | None = None,
) -> list[list[str]]:
    """Every shortest path (node ids) of at most ``max_hops`` over the ties in force on ``as_of``."""
    graph = project(store, types, as_of)
    if source not in graph or target not in graph:
        return []
    try:
        found = nx.all_shortest_paths(graph, source, target)
        paths = list(itertools.islice(found, most or MAX_CHAINS))
    except nx.NetworkXNoPath:
        return []
    return [p for p in paths if len(p) - 1 <= max_hops]


def _db_chains(
    store: Any, source: str, target: str, types: tuple[str, ...], max_hops: int, most: int
) -> list[dict[str, Any]]:
    model = load_model()
    kinds = [model.kind_of_id(source), model.kind_of_id(target)]
    search = "allShortestPaths" if most > 1 else "shortestPath"
    return store.read(
        f"MATCH (a:`{kinds[0]}` {{id: $source}}), (b:`{kinds[1]}` {{id: $target}}) "
        f"MATCH p = {search}((a)-[:{'|'.join(types)}*..{int(max_hops)}]-(b)) "
        "RETURN [n IN nodes(p) | {id: n.id, name: n.name, kind: labels(n)[0], country: n.country}] AS nodes, "
        "[r IN relationships(p) | {type: type(r), start: startNode(r).id, role: r.role, since: r.since, until: r.until}] AS ties "
        "LIMIT $most",
        most=most,
        source=source,
        target=target,
    )


def _ties_between(store: Any, pairs: set[tuple[str, str]], as_of: str) -> dict[tuple[str, str], dict[str, Any]]:
    """The strongest tie in force between each pair of ids, read per pair of kinds."""
    model = load_model()
    groups: dict[tuple[str, str], list[list[str]]] = {}
    for a, b in sorted(pairs):
        groups.setdefault((model.kind_of_id(a), model.kind_of_id(b)), []).append([a, b])
    ties: dict[tuple[str, str], dict[str, Any]] = {}
    for (kind_a, kind_b), group in groups.items():
        rows = store.read(
            f"UNWIND $pairs AS pair MATCH (x:`{kind_a}` {{id: pair[0]}})-[r:{'|'.join(WEIGHTS)}]-(y:`{kind_b}` {{id: pair[1]}}) "
            f"WHERE {AS_OF} RETURN pair[0] AS a, pair[1] AS b, type(r) AS type, startNode(r).id AS start, "
            "r.role AS role, r.since AS since, r.until AS until",
            pairs=group,
            as_of=as_of,
        )
        for row in sorted(rows, key=lambda r: (WEIGHTS[r["type"]], r["type"], r["role"] or "")):
            ties.setdefault((row["a"], row["b"]), row)
    return ties


def _named(graph: nx.Graph, node: str) -> dict[str, Any]:
    data = graph.nodes[node]
    return {"name": data.get("name"), "kind": data.get("kind"), "country": data.get("country")}


def explain(nodes: list[dict[str, Any]], ties: list[dict[str, Any]]) -> dict[str, Any]:
    """A chain as a row: ``hops``, ``path``, one sentence per hop (``steps``) and a ``summary``.

    Examples
    --------
    >>> nodes = [{"id": "city:tunis", "name": "Tunis", "kind": "City"},
    ...          {"id": "person:a", "name": "A", "kind": "Person"},
    ...          {"id": "council:c", "name": "Culture", "kind": "Council"},
    ...          {"id": "person:b", "name": "B", "kind": "Person"},
    ...          {"id": "city:xian", "name": "Xi'an", "kind": "City"}]
    >>> ties = [{"type": "HOLDS_OFFICE", "start": "person:a", "role": "mayor"},
    ...         {"type": "CO_CHAIRS", "start": "person:a"},
    ...         {"type": "CO_CHAIRS", "start": "person:b"},
    ...         {"type": "HOLDS_OFFICE", "start": "person:b", "role": "mayor"}]
    >>> explain(nodes, ties)["summary"]
    "Tunis and Xi'an: their mayors co-chair the same council (Culture)."
    """
    steps = [_step(nodes[i], nodes[i + 1], tie) for i, tie in enumerate(ties)]
    return {
        "hops": len(ties),
        "path": [{"id": n["id"], "name": n["name"], "kind": n["kind"]} for n in nodes],
        "steps": steps,
        "summary": _summary(nodes, ties, steps),
        "weight": sum(WEIGHTS.get(t["type"], 3) for t in ties),
    }


def _step(left: dict[str, Any], right: dict[str, Any], tie: dict[str, Any]) -> str:
    """One hop, written from the relationship's own direction with the model's template."""
    start, end = (left, right) if tie["start"] == left["id"] else (right, left)
    template = load_model().relationships[tie["type"]].description
    if not tie.get("role"):
        template = template.replace(" as {role}", "").replace("{role} of", "tied to")
    text = template.format(a=start["name"], b=end["name"], role=tie.get("role") or "")
    return text[0].upper() + text[1:] + dating(tie.get("since"), tie.get("until")) + "."


def dating(since: str | None, until: str | None) -> str:
    """When a tie held, so that an ended one is never told as current.

    >>> dating("2015-05-01", "2021-12-31"), dating("2015-05-01", None), dating(None, "2021-12-31")
    (' (from 2015-05-01 to 2021-12-31)', ' (since 2015-05-01)', ' (until 2021-12-31)')
    """
    since, until = str(since or "")[:10], str(until or "")[:10]
    if since and until:
        return f" (from {since} to {until})"
    if until:
        return f" (until {until})"
    return f" (since {since})" if since else ""


def _shared(nodes: list[dict[str, Any]], ties: list[dict[str, Any]], i: int) -> str | None:
    """``nodes[i]`` and ``nodes[i + 2]`` tied the same way to ``nodes[i + 1]``: what they share."""
    first, second, middle = ties[i], ties[i + 1], nodes[i + 1]
    if first["type"] != second["type"] or first["start"] == middle["id"] or second["start"] == middle["id"]:
        return None
    word = _KIND_WORDS.get(middle["kind"])
    what = f"the same {word} ({middle['name']})" if first["type"] == "CO_CHAIRS" and word else middle["name"]
    return _TOGETHER[first["type"]].format(what=what)


def _summary(nodes: list[dict[str, Any]], ties: list[dict[str, Any]], steps: list[str]) -> str:
    a, b = nodes[0]["name"], nodes[-1]["name"]
    n = len(ties)
    if n == 2:
        shared = _shared(nodes, ties, 0)
        if shared:
            return f"{a} and {b} {shared}."
    if n == 4 and _offices_at_ends(nodes, ties):
        shared = _shared(nodes, ties, 1)
        if shared:
            roles = ties[0]["role"] if ties[0]["role"] == ties[-1]["role"] else "office holders"
            roles = roles if roles == "office holders" else f"{roles}s"
            return f"{a} and {b}: their {roles} {shared}."
    return " ".join(steps)


def _offices_at_ends(nodes: list[dict[str, Any]], ties: list[dict[str, Any]]) -> bool:
    """The chain starts and ends at a body through a person holding office in it."""
    first, last = ties[0], ties[-1]
    return (
        first["type"] == last["type"] == "HOLDS_OFFICE"
        and first["start"] == nodes[1]["id"]
        and last["start"] == nodes[-2]["id"]
    )
