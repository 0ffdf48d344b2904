"""The explorer over the real store, filled with a small graph written as graph.facts batches."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from munigraph.graph.facts import Batch, Entity, Provenance, Relation
from munigraph.graph.store import Store
from munigraph.webapp import create_app
from munigraph.webapp.db import close_store

EVIL = "<script>alert(1)</script>"
DOC_TEXT = (
    "Peace Talks, 1 April 2022. Moderator: Jan van Zanen, Mayor of The Hague. "
    "Speaker: Élsa Touré (à confirmer). Hosted by UCLG with the City of Utrecht."
)
HUB_MEMBERS = 12


def span(word: str) -> tuple[int, int]:
    start = DOC_TEXT.index(word)
    return start, start + len(word)


def _doc(word: str) -> Provenance:
    start, end = span(word)
    return Provenance(document="doc:peace", quote=word, start=start, end=end)


def sample_batch() -> Batch:
    """A small graph with every kind, dated ties, a tentative attendance, a hub and a hostile name."""
    b = Batch("webapp-fixture")
    cities = [
        ("city:utrecht", "Utrecht", [], "NL", (52.09, 5.12)),
        ("city:den-haag", "Den Haag", ["The Hague", "La Haye"], "NL", (52.08, 4.30)),
        ("city:bordeaux", "Bordeaux", [], "FR", (44.84, -0.58)),
        ("city:lyon", "Lyon", [], "FR", (45.76, 4.84)),
        ("city:saint-etienne", "Saint-Étienne", [], "FR", (45.43, 4.39)),
        ("city:evil", EVIL, [], "FR", None),  # no coordinates: listed beside the map, not drawn
    ]
    for cid, name, aliases, country, point in cities:
        where = {"lat": point[0], "lon": point[1]} if point else {}
        b.add(Entity("City", cid, name, aliases, {"country": country, **where}))
    b.add(Entity("Country", "country:NL", "Netherlands", ["Pays-Bas"]))
    b.add(Entity("Country", "country:FR", "France"))
    b.add(
        Entity("Organisation", "org:uclg", "United Cities and Local Governments", ["UCLG", "CGLU"], {"acronym": "UCLG"})
    )
    b.add(Entity("Section", "section:uclg-africa", "UCLG Africa"))
    b.add(Entity("Council", "council:peace", "Policy Council on Peace"))
    b.add(
        Entity(
            "Person",
            "person:jan-van-zanen",
            "Jan van Zanen",
            ["Jan Van Zanen"],
            {"title": "Mayor", "email_hash": "secret-hash"},
        )
    )
    b.add(Entity("Person", "person:elsa-toure", "Élsa Touré"))
    b.add(Entity("Event", "event:peace-talks", "Peace Talks", [], {"start": "2022-04-01", "format": "online"}))
    b.add(
        Entity(
            "Event", "event:peace-talks-s1", "Peace Talks: opening session", [], {"start": "2022-04-01T10:00:00+02:00"}
        )
    )
    b.add(
        Entity(
            "Document",
            "doc:peace",
            "Peace Talks agenda",
            [],
            {"title": "Peace Talks agenda", "text": DOC_TEXT, "language": "en"},
        )
    )
    for i in range(HUB_MEMBERS):
        b.add(Entity("City", f"city:member-{i:02d}", f"Member Town {i:02d}", [], {"country": "FR"}))
    ds = lambda row: [Provenance(dataset="twinning.csv", row=row)]  # noqa: E731
    rels = [
        Relation("TWINNED_WITH", "city:den-haag", "city:utrecht", {"kind": "twinning", "since": "1990-06-01"}, ds(2)),
        Relation(
            "TWINNED_WITH",
            "city:utrecht",
            "city:lyon",
            {"kind": "sister_city", "since": "2001-05-01", "until": "2010-12-31"},
            ds(3),
        ),
        Relation("TWINNED_WITH", "city:lyon", "city:saint-etienne", {"kind": "friendship"}, ds(4)),
        Relation("TWINNED_WITH", "city:evil", "city:lyon", {"kind": "twinning"}, ds(5)),
        Relation("IN_COUNTRY", "city:utrecht", "country:NL"),
        Relation("IN_COUNTRY", "city:den-haag", "country:NL"),
        Relation("SECTION_OF", "section:uclg-africa", "org:uclg"),
        Relation("PART_OF", "council:peace", "org:uclg"),
        Relation(
            "HOLDS_OFFICE", "person:jan-van-zanen", "city:den-haag", {"role": "mayor"}, [_doc("Mayor of The Hague")]
        ),
        Relation("CO_CHAIRS", "person:jan-van-zanen", "council:peace", {"since": "2019-11-13"}),
        Relation(
            "ATTENDED",
            "person:jan-van-zanen",
            "event:peace-talks-s1",
            {"role": "moderator", "status": "confirmed"},
            [_doc("Moderator: Jan van Zanen")],
        ),
        Relation(
            "ATTENDED",
            "person:elsa-toure",
            "event:peace-talks-s1",
            {"role": "speaker", "status": "tentative"},
            [_doc("Élsa Touré (à confirmer)")],
        ),
        Relation("ATTENDED", "city:evil", "event:peace-talks", {"role": "participant", "status": "confirmed"}),
        Relation("ORGANISED_BY", "event:peace-talks", "org:uclg", {"role": "host"}, [_doc("Hosted by UCLG")]),
        Relation("PART_OF", "event:peace-talks-s1", "event:peace-talks"),
        Relation("HELD_IN", "event:peace-talks", "city:utrecht"),
    ]
    for node_id, word in (
        ("person:jan-van-zanen", "Jan van Zanen"),
        ("person:elsa-toure", "Élsa Touré"),
        ("org:uclg", "UCLG"),
        ("city:utrecht", "Utrecht"),
        ("event:peace-talks", "Peace Talks"),
    ):
        start, end = span(word)
        rels.append(
            Relation("MENTIONED_IN", node_id, "doc:peace", {"quote": word, "start": start, "end": end}, [_doc(word)])
        )
    for i in range(HUB_MEMBERS):
        rels.append(Relation("MEMBER_OF", f"city:member-{i:02d}", "org:uclg", {}, ds(100 + i)))
    b.relations = rels
    return b


@pytest.fixture
def graph(store: Store) -> Store:
    """The store holding the sample graph."""
    store.write(sample_batch())
    return store


@pytest.fixture
def app(graph: Store) -> Iterator[Flask]:
    app = create_app({"TESTING": True, "MUNIGRAPH_DB": graph.label, "GRAPH_HUB_CAP": 5})
    yield app
    close_store(app)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()
