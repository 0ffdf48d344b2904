# title: Shortest twinning chains between two cities
# audience: diplomats
# description: The shortest chains of twinning links from one city to another, one row
#   per chain, with the number of hops and the cities along it. On a large network,
#   all=false returns one shortest chain, far faster than listing every one.
# param: from entity(City) required — the first city
# param: to entity(City) required — the last city
# param: max_hops int = 6 — the longest chain considered
# param: all bool = true — every shortest chain (false: one of them)
# param: as_of date — only links in force on that date
# example: munigraph query twinning-path -p from=Utrecht -p to=Daejeon
"""Named query: searched in the database, or with a date by networkx (graph.analytics.paths)."""

from __future__ import annotations

from typing import Any

from munigraph.graph.analytics.paths import twinning_chains
from munigraph.graph.errors import QueryError


def run(store: Any, params: dict[str, Any]) -> list[dict[str, Any]]:
    if not 1 <= params["max_hops"] <= 12:
        raise QueryError("twinning-path: max_hops must be between 1 and 12")
    return twinning_chains(store, params["from"], params["to"], params["max_hops"], params["all"], params["as_of"])
