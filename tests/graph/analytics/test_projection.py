"""Projections of the real store for networkx: what they hold and when they are read again."""

from __future__ import annotations

from munigraph.graph.analytics import project
from munigraph.graph.facts import Batch, Entity, Provenance, Relation
from munigraph.graph.store import Store


def _batch(links: list[tuple[str, str, tuple[str, dict]]], source: str = "projection-test") -> Batch:
    batch = Batch(source)
    for key, country in (("a", "FR"), ("b", "DE"), ("c", "IT")):
        batch.add(Entity("City", f"city:{key}", key.upper(), [], {"country": country}))
    batch.add(Entity("Section", "section:s", "S"))
    batch.relations = [
        Relation(rel_type, src, dst, props, [Provenance(dataset=source, row=i)])
        for i, (src, dst, (rel_type, props)) in enumerate(links, 1)
    ]
    return batch


def test_a_projection_holds_the_chosen_ties_in_force(store: Store) -> None:
    store.write(
        _batch(
            [
                ("city:a", "city:b", ("TWINNED_WITH", {"since": "2001-01-01"})),
                ("city:b", "city:c", ("TWINNED_WITH", {"until": "1999-12-31"})),
                ("city:a", "section:s", ("MEMBER_OF", {})),
            ]
        )
    )
    graph = project(store, ["TWINNED_WITH", "MEMBER_OF"])
    assert sorted(graph.nodes(data=True)) == [
        ("city:a", {"kind": "City", "name": "A", "country": "FR"}),
        ("city:b", {"kind": "City", "name": "B", "country": "DE"}),
        ("city:c", {"kind": "City", "name": "C", "country": "IT"}),
        ("section:s", {"kind": "Section", "name": "S", "country": None}),
    ]
    assert sorted((min(a, b), max(a, b), sorted(d["types"])) for a, b, d in graph.edges(data=True)) == [
        ("city:a", "city:b", ["TWINNED_WITH"]),
        ("city:a", "section:s", ["MEMBER_OF"]),
        ("city:b", "city:c", ["TWINNED_WITH"]),
    ]
    assert sorted(project(store, ["TWINNED_WITH"], as_of="2000-06-01").edges()) == []
    assert sorted(tuple(sorted(e)) for e in project(store, ["TWINNED_WITH"], as_of="1990-06-01").edges()) == [
        ("city:b", "city:c")
    ]


def test_a_projection_is_reused_until_the_graph_changes(store: Store) -> None:
    store.write(_batch([("city:a", "city:b", ("TWINNED_WITH", {}))]))
    first = project(store, ["TWINNED_WITH"])
    assert project(store, ["TWINNED_WITH"]) is first
    store.write(_batch([("city:b", "city:c", ("TWINNED_WITH", {}))], "second"))  # a link, no new node
    again = project(store, ["TWINNED_WITH"])
    assert again is not first and again.number_of_edges() == 2
