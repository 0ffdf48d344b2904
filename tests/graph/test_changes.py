"""The change counter and the counts the store keeps with it (graph.changes)."""

from __future__ import annotations

import fcntl

from munigraph.graph import changes
from munigraph.graph.facts import Batch, Entity
from munigraph.graph.resolution import merges
from munigraph.graph.store import Store

from tests.graph.test_store import twin_batch


def counted(store: Store) -> dict[str, dict[str, int]]:
    """Counts the slow way, as the store did before it kept them."""
    _, found = changes._count(store)
    return {
        "nodes": {k: found["nodes"].get(k, 0) for k in store.model.nodes},
        "relationships": {t: found["relationships"].get(t, 0) for t in store.model.relationships},
    }


def state(store: Store) -> dict:
    return store.read(changes.READ)[0]


def test_a_load_moves_the_stamp_and_keeps_exact_counts(any_store: Store) -> None:
    before = any_store.version()
    any_store.write(twin_batch())
    after = any_store.version()
    assert after != before
    assert state(any_store)["counted"] == state(any_store)["version"]  # carried forward, nothing counted
    assert any_store.counts() == counted(any_store)
    assert any_store.counts()["relationships"]["TWINNED_WITH"] == 1


def test_loading_again_moves_the_stamp_but_not_the_counts(any_store: Store) -> None:
    any_store.write(twin_batch())
    first, stamp = any_store.counts(), any_store.version()
    any_store.write(twin_batch("again.csv"))  # the same facts from another source: provenance grows
    assert any_store.version() != stamp
    assert any_store.counts() == first == counted(any_store)


def test_a_property_change_moves_the_stamp(any_store: Store) -> None:
    any_store.write(twin_batch())
    stamp = any_store.version()
    any_store.run_write("MATCH (c:City {id: 'city:geonames:2747373'}) SET c.population = 548320")
    assert any_store.version() != stamp
    assert state(any_store)["counted"] == state(any_store)["version"]  # nothing created or deleted


def test_a_join_leaves_the_counts_stale_and_the_next_reader_counts(any_store: Store) -> None:
    any_store.write(twin_batch())
    merges.join(any_store, "city:geonames:2747373", "city:geonames:2761369")
    assert state(any_store)["counted"] != state(any_store)["version"]
    assert any_store.counts() == counted(any_store)
    assert any_store.counts()["nodes"]["City"] == 1
    assert state(any_store)["counted"] == state(any_store)["version"]  # stored for the next reader


def test_reset_counts_zero_under_a_new_stamp(any_store: Store) -> None:
    any_store.write(twin_batch())
    stamp = any_store.version()
    any_store.reset()
    assert any_store.version() != stamp
    assert sum(any_store.counts()["nodes"].values()) == 0 == sum(counted(any_store)["nodes"].values())


def test_a_graph_without_the_counter_is_counted_and_its_next_write_makes_it(any_store: Store) -> None:
    """A graph loaded before the store kept counts: readers count (and never write); the next write makes the node."""
    any_store.write(twin_batch())
    any_store.run_write(f"MATCH (m:`{changes.LABEL}`) DELETE m", bump=False)
    stamp = any_store.version()
    assert any_store.counts() == counted(any_store)
    assert not any_store.read(changes.READ)
    any_store.write(Batch("more", [Entity("City", "city:geonames:2988507", "Paris", [], {"country": "FR"})]))
    assert any_store.read(changes.READ) and any_store.version() != stamp
    assert any_store.counts() == counted(any_store)


def test_a_reader_leaves_stale_counts_alone_while_a_load_writes(store: Store) -> None:
    store.write(twin_batch())
    merges.join(store, "city:geonames:2747373", "city:geonames:2761369")  # stale counts
    assert store.data_folder is not None
    with open(store.data_folder / "load.lock", "a+") as held:  # as a load in another process holds it
        fcntl.flock(held, fcntl.LOCK_EX)
        assert store.counts() == counted(store)
        assert state(store)["counted"] != state(store)["version"]  # not stored: the load's write wins
    assert store.counts() == counted(store)
    assert state(store)["counted"] == state(store)["version"]


def test_model_kinds_never_include_the_counter(any_store: Store) -> None:
    any_store.write(twin_batch())
    assert changes.LABEL not in any_store.model.nodes
    assert changes.LABEL not in any_store.counts()["nodes"]
