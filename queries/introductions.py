# title: Who could introduce whom
# audience: diplomats
# description: The shortest chains of ties between two entities (twinning, offices,
#   co-chairing, affiliations, shared events, membership, partnership), one row per
#   chain, closest ties first: the hops, the entities along the way, one sentence per
#   hop and a summary ("Tunis and Xi'an: their mayors co-chair the same council (...)").
# param: from entity required — where to start: a city, person, organisation ...
# param: to entity required — whom to reach
# param: max_hops int = 4 — the longest chain considered
# param: as_of date — only ties in force on that date
# example: munigraph query introductions -p from=Tunis -p to="Xi'an"
"""Named query: chains found in the database, ranked and explained by graph.analytics.paths."""

from __future__ import annotations

from typing import Any

from munigraph.graph.analytics.paths import find_chains
from munigraph.graph.errors import QueryError


def run(store: Any, params: dict[str, Any]) -> list[dict[str, Any]]:
    if not 1 <= params["max_hops"] <= 8:
        raise QueryError("introductions: max_hops must be between 1 and 8")
    return find_chains(store, params["from"], params["to"], params["max_hops"], params["as_of"])
