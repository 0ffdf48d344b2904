"""Key nodes hold the id, name and country of the named nodes they list (graph.keys ``owners``):
search names its hits from them and reads no node, so they must say what the nodes say after
every load, merge, join and undo, and an older graph gets them at open."""

from __future__ import annotations

import pytest
from munigraph.graph.facts import Batch, Entity
from munigraph.graph.keys import LABEL, OWNERS, parse_owner
from munigraph.graph.search import Searcher
from munigraph.graph.store import Store


def owners(store: Store, key: str) -> list[tuple[str, str, str | None]]:
    """(id, name, country) of each owner of a key node, sorted ([] when there is no key node)."""
    rows = store.read(f"MATCH (k:`{LABEL}` {{key: $key}}) RETURN k.{OWNERS} AS owners", key=key)
    return sorted(parse_owner(text) for text in (rows[0]["owners"] or [])) if rows else []


@pytest.fixture
def towns(store: Store) -> Store:
    batch = Batch("owners-test")
    batch.add(Entity("City", "city:lyon", "Lyon", ["Lugdunum"], {"country": "FR"}))
    batch.add(Entity("City", "city:gent", "Gent", ["Gand"]))  # no country yet
    batch.add(Entity("City", "city:konect:7", "7", [], {"anonymous": True}))
    batch.add(Entity("Person", "person:ana-lyon", "Ana Lyon"))
    store.write(batch)
    return store


def test_each_key_node_holds_its_nodes_name_and_country(towns: Store) -> None:
    assert owners(towns, "lyon") == [("city:lyon", "Lyon", "FR")]
    assert owners(towns, "lugdunum") == [("city:lyon", "Lyon", "FR")]  # an alias: the node's name
    assert owners(towns, "gand") == [("city:gent", "Gent", None)]
    assert owners(towns, "7") == []  # anonymous: listed for lookup, never shown by search


def test_a_load_that_meets_a_node_again_keeps_its_first_name_and_adds_its_country(towns: Store) -> None:
    towns.write(Batch("again", [Entity("City", "city:gent", "Ghent", ["Gent"], {"country": "BE"})]))
    # the node keeps its first name; its country, absent till now, reaches every key node of it,
    # those of the earlier load too
    for key in ("gent", "gand", "ghent"):
        assert owners(towns, key) == [("city:gent", "Gent", "BE")]
    hit = Searcher().search(towns, "Gand")[0]
    assert (hit.id, hit.name, hit.country) == ("city:gent", "Gent", "BE")


def test_a_second_load_of_the_same_facts_leaves_one_owner_per_node(towns: Store) -> None:
    towns.write(Batch("twice", [Entity("City", "city:lyon", "Lyon", ["Lugdunum"], {"country": "FR"})]))
    assert owners(towns, "lyon") == [("city:lyon", "Lyon", "FR")]


def test_homonyms_share_a_key_node_each_with_its_own_owner(towns: Store) -> None:
    towns.write(Batch("homonym", [Entity("City", "city:lyon-us", "Lyon", [], {"country": "US"})]))
    assert owners(towns, "lyon") == [("city:lyon", "Lyon", "FR"), ("city:lyon-us", "Lyon", "US")]
    hits = Searcher().search(towns, "lyon", kinds=("City",))
    assert {(h.id, h.country) for h in hits} == {("city:lyon", "FR"), ("city:lyon-us", "US")}


def test_search_shows_no_anonymous_node(towns: Store) -> None:
    assert [h.id for h in Searcher().search(towns, "7")] == []


def test_owners_follow_a_form_split_out_a_join_and_its_undo(towns: Store) -> None:
    from munigraph.graph.resolution import merges

    split = merges.undo_merge(towns, "city:lyon", "Lugdunum")["new_node"]
    assert owners(towns, "lugdunum") == [(split, "Lugdunum", None)]
    assert owners(towns, "lyon") == [("city:lyon", "Lyon", "FR")]
    merges.join(towns, "city:lyon", split)
    assert owners(towns, "lugdunum") == [("city:lyon", "Lyon", "FR")]
    merges.undo_merge(towns, "city:lyon", split)
    assert owners(towns, "lugdunum") == [(split, "Lugdunum", None)]
    assert owners(towns, "lyon") == [("city:lyon", "Lyon", "FR")]


def test_a_graph_written_before_the_owners_is_upgraded_at_open(towns: Store) -> None:
    from munigraph.graph import changes, upgrade

    towns.run_write(f"MATCH (k:`{LABEL}`) REMOVE k.{OWNERS}")
    towns.run_write(f"MATCH {changes.NODE} SET m.format = 4")
    assert Searcher().search(towns, "Lyon") == []  # search names its hits from the owners alone
    upgrade.upgrade(towns)  # what Store.open does
    assert owners(towns, "lugdunum") == [("city:lyon", "Lyon", "FR")]
    assert owners(towns, "7") == []
    assert [(h.id, h.country) for h in Searcher().search(towns, "Lyon")][:1] == [("city:lyon", "FR")]
    assert towns.read(f"MATCH {changes.NODE} RETURN m.format AS f")[0]["f"] == changes.FORMAT
