"""Staff queries on the fixture network: attendance, events, co-chairs, offices."""

from __future__ import annotations

from munigraph.graph.named import run
from munigraph.graph.store import Store

SESSION = "Advancing the global movement of human rights cities"
SESSION_START = "2022-02-23T11:30:00+01:00"


def _attendee(pid: str, name: str, role: str, status: str, org: str | None, city: str | None) -> dict:
    return {
        "id": pid,
        "name": name,
        "kind": "Person",
        "role": role,
        "status": status,
        "organisation": org,
        "city": city,
        "event_id": "event:hr-session",
        "event": SESSION,
        "start": SESSION_START,
    }


SESSION_ATTENDEES = [
    _attendee(
        "person:bahram-ghazi",
        "Bahram Ghazi",
        "speaker",
        "tentative",
        "Office of the UN High Commissioner for Human Rights",
        None,
    ),
    _attendee("person:elsa-toure", "Elsa Touré", "presenter", "confirmed", None, "Grigny"),
    _attendee("person:emilia-saiz", "Emilia Saiz", "speaker", "confirmed", "United Cities and Local Governments", None),
    _attendee("person:hans-sakkers", "Hans Sakkers", "presenter", "confirmed", None, "Utrecht"),
    _attendee("person:mariana-flores", "Mariana Flores", "speaker", "confirmed", None, "Mexico City"),
    _attendee("person:shams-asadi", "Shams Asadi", "speaker", "confirmed", None, "Vienna"),
]


def test_attendees_of_a_series_include_its_sessions(net: Store) -> None:
    rows = run(net, "attendees", {"event": "#uclgmeets 2022"})
    assert rows == [
        {
            "id": "org:rwi",
            "name": "Raoul Wallenberg Institute",
            "kind": "Organisation",
            "role": "participant",
            "status": "confirmed",
            "organisation": None,
            "city": None,
            "event_id": "event:uclgmeets-2022",
            "event": "#UCLGMEETS 2022",
            "start": "2022-02-21",
        },
        *SESSION_ATTENDEES,
    ]


def test_attendees_without_sessions_and_by_alias(net: Store) -> None:
    rows = run(net, "attendees", {"event": "#UCLGMEETS 2022", "include_sessions": "false"})
    assert [r["id"] for r in rows] == ["org:rwi"]
    alias = "faire progresser le mouvement mondial des villes et territoires de droits humains"
    assert run(net, "attendees", {"event": alias}) == SESSION_ATTENDEES


def test_events_of_a_person(net: Store) -> None:
    assert run(net, "events-of", {"entity": "Emilia Saiz"}) == [
        {
            "id": "event:hr-session",
            "name": SESSION,
            "start": SESSION_START,
            "end": "2022-02-23T13:00:00+01:00",
            "tie": "attended",
            "role": "speaker",
            "status": "confirmed",
            "via": None,
        },
        {
            "id": "event:peace-talks",
            "name": "Peace Talks",
            "start": "2022-04-01",
            "end": None,
            "tie": "attended",
            "role": "speaker",
            "status": "confirmed",
            "via": None,
        },
    ]


def test_events_of_an_organisation_and_of_a_city(net: Store) -> None:
    rows = run(net, "events-of", {"entity": "CGLU"})
    assert [(r["id"], r["tie"], r["role"], r["via"]) for r in rows] == [
        ("event:hr-session", "organised", "organiser", None),
        ("event:hr-session", "represented", "speaker", "Emilia Saiz"),
        ("event:peace-talks", "represented", "speaker", "Emilia Saiz"),
        ("event:congress-2022", "organised", "organiser", None),
    ]
    rows = run(net, "events-of", {"entity": "HCDH"})
    assert [(r["id"], r["tie"], r["status"], r["via"]) for r in rows] == [
        ("event:hr-session", "represented", "tentative", "Bahram Ghazi")
    ]
    rows = run(net, "events-of", {"entity": "daejeon"})
    assert [(r["id"], r["tie"], r["role"]) for r in rows] == [
        ("event:congress-2022", "attended", "host"),
        ("event:congress-2022", "held in", "host city"),
    ]


def test_co_attendance(net: Store) -> None:
    assert run(net, "co-attendance", {"a": "emilia saiz", "b": "Souad Abderrahim"}) == [
        {
            "id": "event:peace-talks",
            "name": "Peace Talks",
            "start": "2022-04-01",
            "end": None,
            "role_a": "speaker",
            "status_a": "confirmed",
            "role_b": "speaker",
            "status_b": "tentative",
        }
    ]
    assert run(net, "co-attendance", {"a": "Hans Sakkers", "b": "Wang Hao"}) == []


def test_co_chairs_with_and_without_a_date(net: Store) -> None:
    rows = run(net, "co-chairs", {"council": "Policy Council on Opportunities for All"})
    assert [(r["id"], r["since"], r["until"], r["offices"]) for r in rows] == [
        ("person:jan-van-zanen", "2016-10-01", "2019-11-12", ["mayor of Utrecht"]),
        ("person:souad-abderrahim", "2019-11-13", "2023-03-09", ["mayor of Tunis"]),
        ("person:wang-hao", "2019-11-13", None, ["mayor of Xi'an"]),
    ]
    assert [r["name"] for r in run(net, "co-chairs", {"council": "council:culture", "as_of": "2018-01-01"})] == [
        "Jan van Zanen"
    ]
    assert [r["name"] for r in run(net, "co-chairs", {"council": "council:culture", "as_of": "2024-01-01"})] == [
        "Wang Hao"
    ]


def test_offices_of_a_person(net: Store) -> None:
    assert run(net, "offices-of", {"person": "jan van zanen"}) == [
        {
            "id": "city:utrecht",
            "name": "Utrecht",
            "kind": "City",
            "role": "mayor",
            "tie": "office",
            "since": "2014-09-01",
            "until": "2020-07-31",
            "sources": ["fixture-twinning"],
        },
        {
            "id": "council:culture",
            "name": "Policy Council on Opportunities for All, Culture and City Diplomacy",
            "kind": "Council",
            "role": "co-chair",
            "tie": "office",
            "since": "2016-10-01",
            "until": "2019-11-12",
            "sources": ["fixture-twinning"],
        },
    ]
    assert [r["id"] for r in run(net, "offices-of", {"person": "jan van zanen", "as_of": "2020-01-01"})] == [
        "city:utrecht"
    ]
    assert [(r["id"], r["tie"], r["role"]) for r in run(net, "offices-of", {"person": "Hans Sakkers"})] == [
        ("city:utrecht", "affiliation", None)
    ]


def test_offices_count_for_attendees_and_events_only_while_held(net: Store) -> None:
    # Emilia Saiz is secretary general of UCLG from 2018-01-01 to 2023-06-30
    rows = run(net, "attendees", {"event": "event:hr-session", "as_of": "2024-01-01"})
    assert [r["organisation"] for r in rows if r["name"] == "Emilia Saiz"] == [None]
    rows = run(net, "attendees", {"event": "event:hr-session", "as_of": "2022-02-23"})
    assert [r["organisation"] for r in rows if r["name"] == "Emilia Saiz"] == ["United Cities and Local Governments"]
    rows = run(net, "events-of", {"entity": "CGLU", "as_of": "2024-01-01"})
    assert [(r["id"], r["tie"]) for r in rows] == [
        ("event:hr-session", "organised"),
        ("event:congress-2022", "organised"),
    ]
