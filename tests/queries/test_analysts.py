"""Analysts' queries on the fixture network: partners, members, profile, hubs, communities, timeline."""

from __future__ import annotations

import pytest
from munigraph.graph.errors import QueryError
from munigraph.graph.facts import Batch, Entity, Provenance, Relation
from munigraph.graph.named import run
from munigraph.graph.store import Store


def test_partners_of_the_world_organisation_by_default(net: Store) -> None:
    assert run(net, "partners", {}) == [
        {
            "id": "org:ohchr",
            "name": "Office of the UN High Commissioner for Human Rights",
            "kind": "Organisation",
            "acronym": "OHCHR",
            "since": "2021-10-01",
            "until": None,
            "sources": ["fixture-twinning"],
            "provenance": [{"dataset": "fixture-twinning", "row": 33}],
        },
        {
            "id": "org:rwi",
            "name": "Raoul Wallenberg Institute",
            "kind": "Organisation",
            "acronym": None,
            "since": None,
            "until": None,
            "sources": ["fixture-twinning"],
            "provenance": [{"dataset": "fixture-twinning", "row": 34}],
        },
    ]
    assert [r["id"] for r in run(net, "partners", {"organisation": "CGLU", "as_of": "2020-01-01"})] == ["org:rwi"]
    assert [r["id"] for r in run(net, "partners", {"organisation": "HCDH"})] == ["org:uclg"]


def test_members_of_an_organisation_and_a_section(net: Store) -> None:
    rows = run(net, "members", {"of": "UCLG"})
    assert [(r["id"], r["tie"], r["since"]) for r in rows] == [
        ("city:daejeon", "member", "2022-01-01"),
        ("council:culture", "part", None),
        ("section:cemr", "section", None),
        ("section:uclg-africa", "section", None),
    ]
    rows = run(net, "members", {"of": "Council of European Municipalities and Regions"})
    assert [(r["id"], r["country"]) for r in rows] == [
        ("city:paris", "FR"),
        ("city:utrecht", "NL"),
        ("city:vienna", "AT"),
    ]
    assert [r["id"] for r in run(net, "members", {"of": "CEMR", "as_of": "2015-01-01"})] == [
        "city:utrecht",
        "city:vienna",
    ]


def test_city_profile_in_one_row(net: Store) -> None:
    assert run(net, "city-profile", {"city": "utrecht"}) == [
        {
            "id": "city:utrecht",
            "name": "Utrecht",
            "aliases": ["Utrecht"],
            "country": "NL",
            "country_name": None,
            "lat": 52.0907,
            "lon": 5.1214,
            "population": None,
            "geonames_id": None,
            "wikidata_id": None,
            "twin_count": 2,
            "twins": [
                {
                    "id": "city:grigny",
                    "name": "Grigny",
                    "country": "FR",
                    "kind": "twinning",
                    "since": "1990-05-01",
                    "until": None,
                },
                {
                    "id": "city:vienna",
                    "name": "Vienna",
                    "country": "AT",
                    "kind": "friendship",
                    "since": "2001-01-01",
                    "until": None,
                },
            ],
            "memberships": [
                {"id": "section:cemr", "name": "CEMR", "kind": "Section", "since": "1995-01-01", "until": None}
            ],
            "officials": [
                {
                    "id": "person:jan-van-zanen",
                    "name": "Jan van Zanen",
                    "role": "mayor",
                    "since": "2014-09-01",
                    "until": "2020-07-31",
                }
            ],
            "people": [{"id": "person:hans-sakkers", "name": "Hans Sakkers"}],
            "events": [
                {
                    "id": "event:hr-session",
                    "name": "Advancing the global movement of human rights cities",
                    "start": "2022-02-23T11:30:00+01:00",
                }
            ],
            "documents": [],
            "sources": ["fixture-twinning"],
        }
    ]
    profile = run(net, "city-profile", {"city": "Utrecht", "as_of": "1999-01-01"})[0]
    assert (profile["twin_count"], profile["officials"]) == (1, [])


def test_hubs_by_degree_on_twinning(net: Store) -> None:
    rows = run(net, "hubs", {"ties": "twinned_with", "limit": "5"})
    assert [(r["rank"], r["id"], r["score"], r["degree"]) for r in rows] == [
        (1, "city:tunis", 3, 3),
        (2, "city:grigny", 2, 2),
        (3, "city:paris", 2, 2),
        (4, "city:utrecht", 2, 2),
        (5, "city:vienna", 2, 2),
    ]


def test_hubs_betweenness_and_pagerank_on_all_ties(net: Store) -> None:
    between = run(net, "hubs", {"kind": "City", "metric": "betweenness", "limit": 2})
    # Paris is Vienne's only tie to the rest of the network
    assert [r["id"] for r in between] == ["city:paris", "city:utrecht"]
    ranked = run(net, "hubs", {"kind": "Organisation", "metric": "pagerank"})
    assert [r["id"] for r in ranked] == ["org:uclg", "org:ohchr", "org:rwi"]
    assert 0 < ranked[1]["score"] < ranked[0]["score"] < 1


def test_communities_split_two_groups(store: Store) -> None:
    batch = Batch("communities-test")
    groups = {"a": ["a1", "a2", "a3", "a4"], "b": ["b1", "b2", "b3", "b4"]}
    for group, keys in groups.items():
        for key in keys:
            batch.add(Entity("City", f"city:{key}", key.upper(), [], {"country": "FR" if group == "a" else "DE"}))
    pairs = [(x, y) for keys in groups.values() for i, x in enumerate(keys) for y in keys[i + 1 :]] + [("a1", "b1")]
    batch.relations = [
        Relation("TWINNED_WITH", f"city:{x}", f"city:{y}", {}, [Provenance(dataset="c", row=i)])
        for i, (x, y) in enumerate(pairs)
    ]
    store.write(batch)
    rows = run(store, "communities", {"ties": "TWINNED_WITH", "members": 2})
    assert rows == [
        {
            "community": 1,
            "size": 4,
            "countries": ["FR"],
            "members": [
                {"id": "city:a1", "name": "A1", "kind": "City", "country": "FR"},
                {"id": "city:a2", "name": "A2", "kind": "City", "country": "FR"},
            ],
        },
        {
            "community": 2,
            "size": 4,
            "countries": ["DE"],
            "members": [
                {"id": "city:b1", "name": "B1", "kind": "City", "country": "DE"},
                {"id": "city:b2", "name": "B2", "kind": "City", "country": "DE"},
            ],
        },
    ]


def test_timeline_in_date_order_undated_last(net: Store) -> None:
    rows = run(net, "timeline", {})
    assert [(r["id"], r["start"]) for r in rows] == [
        ("event:uclgmeets-2022", "2022-02-21"),
        ("event:hr-session", "2022-02-23T11:30:00+01:00"),
        ("event:peace-talks", "2022-04-01"),
        ("event:congress-2022", "2022-10-10"),
        ("event:undated", None),
    ]
    assert rows[3] == {
        "id": "event:congress-2022",
        "name": "UCLG World Congress 2022",
        "start": "2022-10-10",
        "end": None,
        "format": None,
        "held_in": ["Daejeon"],
        "organised_by": ["United Cities and Local Governments"],
        "part_of": [],
    }


def test_timeline_of_an_entity_and_between_dates(net: Store) -> None:
    assert [r["id"] for r in run(net, "timeline", {"entity": "Hans Sakkers"})] == [
        "event:uclgmeets-2022",
        "event:hr-session",
    ]
    assert [r["id"] for r in run(net, "timeline", {"from": "2022-02-24", "to": "2022-12-31"})] == [
        "event:uclgmeets-2022",
        "event:peace-talks",
        "event:congress-2022",
    ]
    assert [r["id"] for r in run(net, "timeline", {"entity": "Daejeon"})] == ["event:congress-2022"]


def test_kind_and_metric_in_any_case_and_their_errors(net: Store) -> None:
    rows = run(net, "hubs", {"kind": "person", "metric": "Degree", "limit": 1})
    assert [(r["id"], r["degree"]) for r in rows] == [("person:emilia-saiz", 3)]
    with pytest.raises(QueryError, match=r"^hubs: metric must be one of degree, betweenness, pagerank, got 'fame'$"):
        run(net, "hubs", {"metric": "fame"})
    with pytest.raises(QueryError, match=r"^hubs: kind must be one of City, Country, Section,"):
        run(net, "hubs", {"kind": "Town"})
    with pytest.raises(QueryError, match=r"^unknown relationship type LIKES \(known: TWINNED_WITH,"):
        run(net, "communities", {"ties": "likes"})
