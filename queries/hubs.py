# title: Hubs of the network
# audience: analysts
# description: The most central entities of a kind, by degree (distinct neighbours),
#   betweenness (how many shortest chains go through them; estimated from 64 seeded
#   pivots past 2,000 nodes) or PageRank, computed with networkx on a projection of the
#   chosen ties (default: every tie but IN_COUNTRY and MENTIONED_IN).
# param: kind string = City — the kind ranked (City, Person, Organisation, Section, Council, Event)
# param: metric string = degree — degree, betweenness or pagerank
# param: ties string — comma-separated relationship types to project, e.g. TWINNED_WITH
# param: as_of date — only ties in force on that date
# param: dataset string — only the ties this dataset states (a dataset without names, KONECT, is left out unless named here)
# param: limit int = 10 — how many hubs
# example: munigraph query hubs -p kind=City -p metric=pagerank -p ties=TWINNED_WITH
"""networkx-backed named query: see graph.analytics.centrality."""

from __future__ import annotations

from typing import Any

from munigraph.graph.analytics import project, ties
from munigraph.graph.analytics.centrality import METRICS, hubs
from munigraph.graph.errors import QueryError
from munigraph.graph.schema import load_model


def run(store: Any, params: dict[str, Any]) -> list[dict[str, Any]]:
    kinds = {k.lower(): k for k in load_model().nodes if k != "Document"}
    kind = kinds.get(params["kind"].strip().lower())
    if kind is None:
        raise QueryError(f"hubs: kind must be one of {', '.join(kinds.values())}, got '{params['kind']}'")
    metric = params["metric"].strip().lower()
    if metric not in METRICS:
        raise QueryError(f"hubs: metric must be one of {', '.join(METRICS)}, got '{params['metric']}'")
    graph = project(store, ties(params["ties"]), params["as_of"], params["dataset"])
    return hubs(graph, kind, metric, top=params["offset"] + params["limit"] + 1)  # one page and one row more
