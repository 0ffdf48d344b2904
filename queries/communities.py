# title: Communities of the network
# audience: analysts
# description: Clusters of entities that are more tied to each other than to the rest
#   (Louvain, seeded so the answer is stable), computed with networkx on a projection of
#   the chosen ties (igraph's compiled Louvain above 150,000 ties, from the scale extra); one row per community with its size in entities of the kind, its
#   most connected members and its commonest countries.
# param: kind string = City — the kind counted and listed
# param: ties string — comma-separated relationship types to project, e.g. TWINNED_WITH
# param: resolution float = 1.0 — above 1: more, smaller communities
# param: members int = 10 — members listed per community (0: all)
# param: as_of date — only ties in force on that date
# param: dataset string — only the ties this dataset states (a dataset without names, KONECT, is left out unless named here)
# example: munigraph query communities -p kind=City -p ties=TWINNED_WITH
"""networkx-backed named query: see graph.analytics.communities."""

from __future__ import annotations

from typing import Any

from munigraph.graph.analytics import project, ties
from munigraph.graph.analytics.communities import communities
from munigraph.graph.errors import QueryError
from munigraph.graph.schema import load_model


def run(store: Any, params: dict[str, Any]) -> list[dict[str, Any]]:
    kinds = {k.lower(): k for k in load_model().nodes if k != "Document"}
    kind = kinds.get(params["kind"].strip().lower())
    if kind is None:
        raise QueryError(f"communities: kind must be one of {', '.join(kinds.values())}, got '{params['kind']}'")
    if params["resolution"] <= 0 or params["members"] < 0:
        raise QueryError("communities: resolution must be above 0 and members 0 or more")
    graph = project(store, ties(params["ties"]), params["as_of"], params["dataset"])
    return communities(graph, kind, params["resolution"], params["members"])
