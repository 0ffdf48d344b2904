"""Places one source left unresolved, joined to the namesake another source resolved, when the
twinning links say they are one place.

A table without countries or coordinates (wikidata-p190-2016 names "Bethlehem", nothing
more) cannot tell Bethlehem, Palestine from Bethlehem, Pennsylvania, so the city stays an
unresolved node of its own. Once a source that does give countries is in the graph, the
links tell: when the unresolved node and one resolved city *of the very same name* (in the
same country, when the node has one) are twinned with the same partners, and no other
namesake shares a partner with it, they are one place. The join is a positive judgement
with its rule, score (the partners shared) and the source that made it, listed by
``munigraph merges``, and every later load that names the unresolved node sends it to the
city.

Names must be equal, not merely alike: an alias the resolved city took from elsewhere
("Wieden", a district GeoNames lists among Vienna's names) is not evidence. Whichever of the
two sources loads first, the second load settles it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from munigraph.graph.resolution.merges import join_statements, judgement, read_judgements
from munigraph.graph.store import Store
from munigraph.graph.text import fold

RULE = "shared-partners"
ROUNDS = 5  # joins that make joins: a chain of links settles in a few rounds
# An unresolved city, each resolved city sharing one of its keys, and the twins they share.
# Key nodes make the namesakes two index seeks away; KONECT's nameless nodes have no keys.
CANDIDATES = """
MATCH (u:City) WHERE u.resolved = false AND u.keys IS NOT NULL
UNWIND u.keys AS k
MATCH (key:Key {key: k})
UNWIND key.ids AS cid
WITH u, cid WHERE cid <> u.id
MATCH (c:City {id: cid}) WHERE c.resolved = true AND (u.country IS NULL OR c.country = u.country)
  AND NOT (u)-[:TWINNED_WITH]-(c)
OPTIONAL MATCH (u)-[:TWINNED_WITH]-(p:City)-[:TWINNED_WITH]-(c)
WITH u, c, count(DISTINCT p) AS shared
RETURN properties(u) AS unresolved, properties(c) AS resolved, shared
"""


def shared_partner_joins(store: Store) -> list[tuple[dict[str, Any], dict[str, Any], int]]:
    """(unresolved node, resolved namesake, partners shared) for each join the links call for."""
    namesakes: dict[str, list[tuple[dict, dict, int]]] = defaultdict(list)
    apart = read_judgements(store).apart  # a join a person undid is not made again
    for row in store.read(CANDIDATES):
        unresolved, resolved = row["unresolved"], row["resolved"]
        if (resolved["id"], unresolved["id"]) in apart:
            continue
        if fold(unresolved["name"]) == fold(resolved["name"]):
            namesakes[unresolved["id"]].append((unresolved, resolved, row["shared"]))
    joins = []
    for candidates in namesakes.values():
        sharing = [c for c in candidates if c[2] > 0]
        if len(sharing) == 1:  # two namesakes sharing partners: the links do not tell
            joins.append(sharing[0])
    claims = Counter(resolved["id"] for _, resolved, _ in joins)
    # two unresolved nodes that would become one city are two places to their sources
    return sorted((j for j in joins if claims[j[1]["id"]] == 1), key=lambda j: j[0]["id"])


def settle_by_partners(store: Store, source: str) -> int:
    """Join every unresolved city to the namesake its links show it is; return how many were
    joined. ``source`` is the load that made the judgement.

    Each round is one transaction. A join can make the next one: Burlington, unresolved, shares
    no partner with Burlington, Vermont until its twin Bethlehem has joined Bethlehem,
    Palestine. So rounds run until one joins nothing (at most ``ROUNDS``)."""
    total = 0
    for _ in range(ROUNDS):
        joins = [
            (resolved, unresolved, _judgement(unresolved, shared, source))
            for unresolved, resolved, shared in shared_partner_joins(store)
        ]
        if not joins:
            break
        store.run_transaction(join_statements(store, "City", joins))
        total += len(joins)
    return total


def _judgement(unresolved: dict[str, Any], shared: int, source: str) -> str:
    return judgement(
        "positive", rule=RULE, score=float(shared), source=source, joined=unresolved["id"], form=unresolved["name"]
    )
