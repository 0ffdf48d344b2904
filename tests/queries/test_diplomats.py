"""Diplomats' queries on the fixture network: twins, chains, introductions, suggestions."""

from __future__ import annotations

import pytest
from munigraph.graph.errors import QueryError
from munigraph.graph.facts import Batch, Entity, Provenance, Relation
from munigraph.graph.named import run
from munigraph.graph.store import Store

UTRECHT = {"id": "city:utrecht", "name": "Utrecht", "country": "NL"}
GRIGNY = {"id": "city:grigny", "name": "Grigny", "country": "FR"}
VIENNA = {"id": "city:vienna", "name": "Vienna", "country": "AT"}
TUNIS = {"id": "city:tunis", "name": "Tunis", "country": "TN"}
DAEJEON = {"id": "city:daejeon", "name": "Daejeon", "country": "KR"}
COUNCIL = "Policy Council on Opportunities for All, Culture and City Diplomacy"


def test_sister_cities_with_kind_dates_and_sources(net: Store) -> None:
    source = ["fixture-twinning"]
    assert run(net, "sister-cities", {"city": "TUNIS"}) == [
        {**DAEJEON, "kind": "sister_city", "since": None, "until": None, "stated_by": "both", "sources": source},
        {
            **GRIGNY,
            "kind": "cooperation",
            "since": "2005-01-01",
            "until": "2015-12-31",
            "stated_by": "one",
            "sources": source,
        },
        {**VIENNA, "kind": "twinning", "since": "2016-01-01", "until": None, "stated_by": "both", "sources": source},
    ]


def test_sister_cities_as_of_a_date_and_of_a_kind(net: Store) -> None:
    assert [r["id"] for r in run(net, "sister-cities", {"city": "Tunis", "as_of": "2010"})] == [
        "city:daejeon",
        "city:grigny",
    ]
    assert [r["id"] for r in run(net, "sister-cities", {"city": "Tunis", "as_of": "2016-01-01"})] == [
        "city:daejeon",
        "city:vienna",
    ]
    assert [r["id"] for r in run(net, "sister-cities", {"city": "Tunis", "kind": "twinning"})] == ["city:vienna"]


def test_a_homonym_needs_its_country(net: Store) -> None:
    with pytest.raises(QueryError, match=r"city: 'Paris' is ambiguous: city:paris \(Paris, FR\), city:paris-tx"):
        run(net, "sister-cities", {"city": "Paris"})
    assert [r["id"] for r in run(net, "sister-cities", {"city": "Paris, FR"})] == ["city:vienne", "city:xian"]


def test_twinning_path_lists_every_shortest_chain(net: Store) -> None:
    assert run(net, "twinning-path", {"from": "Utrecht", "to": "Daejeon"}) == [
        {"hops": 3, "cities": [UTRECHT, GRIGNY, TUNIS, DAEJEON]},
        {"hops": 3, "cities": [UTRECHT, VIENNA, TUNIS, DAEJEON]},
    ]


def test_twinning_path_as_of_and_max_hops(net: Store) -> None:
    assert run(net, "twinning-path", {"from": "Utrecht", "to": "Tunis", "as_of": "2010-06-01"}) == [
        {"hops": 2, "cities": [UTRECHT, GRIGNY, TUNIS]}
    ]
    assert run(net, "twinning-path", {"from": "Utrecht", "to": "Tunis", "as_of": "2020-06-01"}) == [
        {"hops": 2, "cities": [UTRECHT, VIENNA, TUNIS]}
    ]
    assert run(net, "twinning-path", {"from": "Utrecht", "to": "Tunis", "as_of": "1995-01-01"}) == []
    assert run(net, "twinning-path", {"from": "Utrecht", "to": "Daejeon", "max_hops": 2}) == []
    assert run(net, "twinning-path", {"from": "Utrecht", "to": "Xi'an"}) == []


def test_twinning_path_one_chain_only(net: Store) -> None:
    rows = run(net, "twinning-path", {"from": "Utrecht", "to": "Daejeon", "all": "false"})
    assert len(rows) == 1 and rows[0]["hops"] == 3
    assert rows[0]["cities"] in ([UTRECHT, GRIGNY, TUNIS, DAEJEON], [UTRECHT, VIENNA, TUNIS, DAEJEON])
    assert run(net, "twinning-path", {"from": "Utrecht", "to": "Tunis", "all": "no", "as_of": "2010-06-01"}) == [
        {"hops": 2, "cities": [UTRECHT, GRIGNY, TUNIS]}
    ]


def test_introductions_explain_each_chain(net: Store) -> None:
    rows = run(net, "introductions", {"from": "Tunis", "to": "Xi'an"})
    assert [r["summary"] for r in rows] == [
        f"Tunis and Xi'an: their mayors co-chair the same council ({COUNCIL}).",
        "Tunis and Xi'an: their mayors both attended Peace Talks.",
        "Tunis and Vienna are twinned (since 2016-01-01). Vienna is a member of CEMR. "
        "Paris is a member of CEMR (from 2000-01-01 to 2010-12-31). Paris and Xi'an are twinned.",
    ]
    first = rows[0]
    assert (first["hops"], first["weight"]) == (4, 4)
    assert [n["id"] for n in first["path"]] == [
        "city:tunis",
        "person:souad-abderrahim",
        "council:culture",
        "person:wang-hao",
        "city:xian",
    ]
    assert first["steps"] == [
        "Souad Abderrahim is mayor of Tunis (from 2018-07-03 to 2023-03-09).",  # an ended office says so
        f"Souad Abderrahim co-chairs {COUNCIL} (from 2019-11-13 to 2023-03-09).",
        f"Wang Hao co-chairs {COUNCIL} (since 2019-11-13).",
        "Wang Hao is mayor of Xi'an (since 2019-01-01).",
    ]


def test_introductions_as_of_a_date_and_between_people(net: Store) -> None:
    rows = run(net, "introductions", {"from": "Tunis", "to": "Xi'an", "as_of": "2021-01-01"})
    assert [r["weight"] for r in rows] == [4, 6]  # Paris left CEMR in 2010
    assert run(net, "introductions", {"from": "Tunis", "to": "Xi'an", "max_hops": 3}) == []
    rows = run(net, "introductions", {"from": "Hans Sakkers", "to": "Elsa Touré"})
    assert [(r["hops"], r["summary"]) for r in rows] == [
        (2, "Hans Sakkers and Elsa Touré both attended Advancing the global movement of human rights cities.")
    ]


def test_suggest_partners_scores_and_reasons(net: Store) -> None:
    assert run(net, "suggest-partners", {"city": "Utrecht"}) == [
        {
            "id": "city:tunis",
            "name": "Tunis",
            "country": "TN",
            "score": 2.087,
            "shared_twins": 2,
            "distance_km": 1745,
            "reasons": ["2 twins in common: Grigny, Vienna", "1,745 km apart"],
        },
        {
            "id": "city:mexico-city",
            "name": "Mexico City",
            "country": "MX",
            "score": 1.0,
            "shared_twins": 0,
            "distance_km": 9242,
            "reasons": ["both attended Advancing the global movement of human rights cities", "9,242 km apart"],
        },
        {
            "id": "city:paris",
            "name": "Paris",
            "country": "FR",
            "score": 0.832,
            "shared_twins": 0,
            "distance_km": 409,
            "reasons": ["both members of CEMR", "409 km apart"],
        },
    ]


def test_suggest_partners_as_of_drops_what_was_not_yet_there(net: Store) -> None:
    rows = run(net, "suggest-partners", {"city": "Utrecht", "as_of": "2012-01-01", "limit": 1})
    assert [(r["id"], r["shared_twins"], r["reasons"][0]) for r in rows] == [
        ("city:tunis", 1, "1 twin in common: Grigny")
    ]


def test_suggestions_with_a_limit_are_the_first_of_all(net: Store) -> None:
    from munigraph.graph.analytics.links import suggest

    everything = suggest(net, "city:utrecht")
    assert len(everything) == 3
    for limit in (1, 2, 3, 5):
        assert suggest(net, "city:utrecht", limit=limit) == everything[:limit]


def test_a_date_finds_a_longer_chain_of_links_then_in_force(store: Store) -> None:
    # A-B-C is shortest, but B-C ended in 2000; in 2010 the chain is A-D-E-C
    batch = Batch("dated-chains")
    for key in "abcde":
        batch.add(Entity("City", f"city:{key}", key.upper(), [], {"country": "FR"}))
    links = [("a", "b", {}), ("b", "c", {"until": "2000-01-01"}), ("a", "d", {}), ("d", "e", {}), ("e", "c", {})]
    batch.relations = [
        Relation("TWINNED_WITH", f"city:{x}", f"city:{y}", p, [Provenance(dataset="d", row=i)])
        for i, (x, y, p) in enumerate(links)
    ]
    store.write(batch)
    names = lambda rows: [[c["name"] for c in r["cities"]] for r in rows]  # noqa: E731
    assert names(run(store, "twinning-path", {"from": "A", "to": "C"})) == [["A", "B", "C"]]
    assert names(run(store, "twinning-path", {"from": "A", "to": "C", "all": "false"})) == [["A", "B", "C"]]
    assert names(run(store, "twinning-path", {"from": "A", "to": "C", "as_of": "2010"})) == [["A", "D", "E", "C"]]
    assert names(run(store, "twinning-path", {"from": "A", "to": "C", "as_of": "1999", "all": "no"})) == [
        ["A", "B", "C"]
    ]
    rows = run(store, "introductions", {"from": "A", "to": "C", "as_of": "2010"})
    assert [(r["hops"], r["steps"]) for r in rows] == [
        (3, ["A and D are twinned.", "D and E are twinned.", "C and E are twinned."])
    ]
