"""A small municipal network written through the real store, for the named-query tests.

Twinning: Utrecht-Grigny (1990), Grigny-Tunis (2005-2015), Utrecht-Vienna (2001),
Vienna-Tunis (2016), Tunis-Daejeon, Paris-Xi'an, Paris-Vienne. Tunis and Xi'an are not
twinned, but their mayors co-chair the culture council and attended Peace Talks.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from munigraph.graph.facts import Batch, Entity, Provenance, Relation
from munigraph.graph.store import Store

# The shared folder beside the clone, as in tests/conftest.py (whose module name this one takes here).
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS, GOLD, TWINNING = SHARED / "corpus" / "uclg", SHARED / "gold", SHARED / "data" / "twinning"
DATASET = "fixture-twinning"
DOCUMENT = "doc:fixture"

CITIES = [
    ("utrecht", "Utrecht", "NL", 52.0907, 5.1214, []),
    ("grigny", "Grigny", "FR", 48.6545, 2.3928, []),
    ("tunis", "Tunis", "TN", 36.8065, 10.1815, []),
    ("vienna", "Vienna", "AT", 48.2082, 16.3738, ["Vienne", "Wien"]),
    ("vienne", "Vienne", "FR", 45.5255, 4.8747, []),
    ("daejeon", "Daejeon", "KR", 36.3504, 127.3845, []),
    ("xian", "Xi'an", "CN", 34.3416, 108.9398, ["Xian"]),
    ("paris", "Paris", "FR", 48.8566, 2.3522, []),
    ("paris-tx", "Paris", "US", 33.6609, -95.5555, ["Paris, Texas"]),
    ("mexico-city", "Mexico City", "MX", 19.4326, -99.1332, ["Ciudad de México", "Mexico"]),
]
PEOPLE = [
    ("hans-sakkers", "Hans Sakkers"),
    ("elsa-toure", "Elsa Touré"),
    ("shams-asadi", "Shams Asadi"),
    ("bahram-ghazi", "Bahram Ghazi"),
    ("emilia-saiz", "Emilia Saiz"),
    ("mariana-flores", "Mariana Flores"),
    ("souad-abderrahim", "Souad Abderrahim"),
    ("wang-hao", "Wang Hao"),
    ("jan-van-zanen", "Jan van Zanen"),
]
TWIN_LINKS = [
    ("utrecht", "grigny", {"kind": "twinning", "since": "1990-05-01", "stated_by": "both"}),
    ("grigny", "tunis", {"kind": "cooperation", "since": "2005-01-01", "until": "2015-12-31", "stated_by": "one"}),
    ("utrecht", "vienna", {"kind": "friendship", "since": "2001-01-01", "stated_by": "one"}),
    ("vienna", "tunis", {"kind": "twinning", "since": "2016-01-01", "stated_by": "both"}),
    ("tunis", "daejeon", {"kind": "sister_city", "stated_by": "both"}),
    ("paris", "xian", {"kind": "partnership", "stated_by": "one"}),
    ("paris", "vienne", {"kind": "twinning", "stated_by": "one"}),
]
COUNCIL = "Policy Council on Opportunities for All, Culture and City Diplomacy"


def _rel(rel_type: str, source: str, target: str, row: int, **props: object) -> Relation:
    return Relation(rel_type, source, target, dict(props), [Provenance(dataset=DATASET, row=row)])


def network() -> Batch:
    """The fixture network as one batch."""
    batch = Batch(DATASET)
    for key, name, country, lat, lon, aliases in CITIES:
        batch.add(Entity("City", f"city:{key}", name, aliases, {"country": country, "lat": lat, "lon": lon}))
    for key, name in PEOPLE:
        batch.add(Entity("Person", f"person:{key}", name))
    batch.add(
        Entity("Organisation", "org:uclg", "United Cities and Local Governments", ["CGLU", "UCLG"], {"acronym": "UCLG"})
    )
    batch.add(
        Entity(
            "Organisation",
            "org:ohchr",
            "Office of the UN High Commissioner for Human Rights",
            ["HCDH", "OHCHR"],
            {"acronym": "OHCHR"},
        )
    )
    batch.add(Entity("Organisation", "org:rwi", "Raoul Wallenberg Institute", ["Institut Raoul Wallenberg"]))
    batch.add(Entity("Section", "section:cemr", "CEMR", ["Council of European Municipalities and Regions"]))
    batch.add(Entity("Section", "section:uclg-africa", "UCLG Africa", ["CGLU Afrique"]))
    batch.add(Entity("Council", "council:culture", COUNCIL, ["Policy Council on Opportunities for All"]))
    batch.add(
        Entity(
            "Event",
            "event:uclgmeets-2022",
            "#UCLGMEETS 2022",
            [],
            {"start": "2022-02-21", "end": "2022-02-25", "format": "online"},
        )
    )
    batch.add(
        Entity(
            "Event",
            "event:hr-session",
            "Advancing the global movement of human rights cities",
            ["Faire progresser le mouvement mondial des villes et territoires de droits humains"],
            {"start": "2022-02-23T11:30:00+01:00", "end": "2022-02-23T13:00:00+01:00", "format": "online"},
        )
    )
    batch.add(Entity("Event", "event:peace-talks", "Peace Talks", [], {"start": "2022-04-01", "format": "online"}))
    batch.add(Entity("Event", "event:congress-2022", "UCLG World Congress 2022", [], {"start": "2022-10-10"}))
    batch.add(Entity("Event", "event:undated", "Culture Summit follow-up"))
    rels = [_rel("TWINNED_WITH", f"city:{a}", f"city:{b}", i, **p) for i, (a, b, p) in enumerate(TWIN_LINKS, 1)]
    rels += [
        _rel("AFFILIATED_WITH", "person:hans-sakkers", "city:utrecht", 20),
        _rel("AFFILIATED_WITH", "person:elsa-toure", "city:grigny", 21),
        _rel("AFFILIATED_WITH", "person:shams-asadi", "city:vienna", 22),
        _rel("AFFILIATED_WITH", "person:bahram-ghazi", "org:ohchr", 23),
        _rel("AFFILIATED_WITH", "person:mariana-flores", "city:mexico-city", 24),
        _rel(
            "HOLDS_OFFICE",
            "person:emilia-saiz",
            "org:uclg",
            25,
            role="secretary general",
            since="2018-01-01",
            until="2023-06-30",
        ),
        _rel(
            "HOLDS_OFFICE",
            "person:souad-abderrahim",
            "city:tunis",
            26,
            role="mayor",
            since="2018-07-03",
            until="2023-03-09",
        ),
        _rel("HOLDS_OFFICE", "person:wang-hao", "city:xian", 27, role="mayor", since="2019-01-01"),
        _rel(
            "HOLDS_OFFICE",
            "person:jan-van-zanen",
            "city:utrecht",
            28,
            role="mayor",
            since="2014-09-01",
            until="2020-07-31",
        ),
        _rel("CO_CHAIRS", "person:souad-abderrahim", "council:culture", 29, since="2019-11-13", until="2023-03-09"),
        _rel("CO_CHAIRS", "person:wang-hao", "council:culture", 30, since="2019-11-13"),
        _rel("CO_CHAIRS", "person:jan-van-zanen", "council:culture", 31, since="2016-10-01", until="2019-11-12"),
        _rel("PART_OF", "council:culture", "org:uclg", 32),
        _rel("PARTNER_OF", "org:ohchr", "org:uclg", 33, since="2021-10-01"),
        _rel("PARTNER_OF", "org:rwi", "org:uclg", 34),
        _rel("SECTION_OF", "section:cemr", "org:uclg", 35),
        _rel("SECTION_OF", "section:uclg-africa", "org:uclg", 36),
        _rel("MEMBER_OF", "city:utrecht", "section:cemr", 37, since="1995-01-01"),
        _rel("MEMBER_OF", "city:vienna", "section:cemr", 38),
        _rel("MEMBER_OF", "city:paris", "section:cemr", 39, since="2000-01-01", until="2010-12-31"),
        _rel("MEMBER_OF", "city:tunis", "section:uclg-africa", 40),
        _rel("MEMBER_OF", "city:daejeon", "org:uclg", 41, since="2022-01-01"),
        _rel("PART_OF", "event:hr-session", "event:uclgmeets-2022", 42),
        _rel("ORGANISED_BY", "event:hr-session", "org:uclg", 43, role="organiser"),
        _rel("ORGANISED_BY", "event:congress-2022", "org:uclg", 44, role="organiser"),
        _rel("HELD_IN", "event:congress-2022", "city:daejeon", 45),
        _rel("ATTENDED", "person:hans-sakkers", "event:hr-session", 46, role="presenter", status="confirmed"),
        _rel("ATTENDED", "person:elsa-toure", "event:hr-session", 47, role="presenter", status="confirmed"),
        _rel("ATTENDED", "person:shams-asadi", "event:hr-session", 48, role="speaker", status="confirmed"),
        _rel("ATTENDED", "person:bahram-ghazi", "event:hr-session", 49, role="speaker", status="tentative"),
        _rel("ATTENDED", "person:emilia-saiz", "event:hr-session", 50, role="speaker", status="confirmed"),
        _rel("ATTENDED", "person:mariana-flores", "event:hr-session", 51, role="speaker", status="confirmed"),
        _rel("ATTENDED", "org:rwi", "event:uclgmeets-2022", 52, role="participant", status="confirmed"),
        _rel("ATTENDED", "person:emilia-saiz", "event:peace-talks", 53, role="speaker", status="confirmed"),
        _rel("ATTENDED", "person:souad-abderrahim", "event:peace-talks", 54, role="speaker", status="tentative"),
        _rel("ATTENDED", "person:wang-hao", "event:peace-talks", 55, role="moderator", status="confirmed"),
        _rel("ATTENDED", "city:daejeon", "event:congress-2022", 56, role="host", status="confirmed"),
    ]
    batch.relations = rels
    return batch


@pytest.fixture
def net(store: Store) -> Store:
    """The store holding the fixture network."""
    store.write(network())
    return store
