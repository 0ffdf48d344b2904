"""Fixtures of the graph tests."""

from __future__ import annotations

import os

import pytest
from munigraph.graph.store import Store

ENGINES = ["arcadedb", "neo4j"]


@pytest.fixture(params=ENGINES)
def any_store(request: pytest.FixtureRequest, store: Store) -> Store:
    """The embedded store, and a Neo4j server when NEO4J_URI says where one is."""
    if request.param == "arcadedb":
        return store
    if not os.environ.get("NEO4J_URI"):
        pytest.skip("NEO4J_URI is not set: no Neo4j server to run the contract on")
    neo = Store.open()
    neo.reset()
    request.addfinalizer(neo.close)
    return neo
