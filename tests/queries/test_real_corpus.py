"""Named queries on the real UCLG corpus, loaded by the document loader; expectations come
from the gold annotations and the raw text, not from the loader's code."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import yaml
from munigraph.graph.named import list_queries, run
from munigraph.graph.store import Store
from munigraph.graph.text import fold

from tests.conftest import CORPUS, GOLD

COUNCIL = "Policy Council on Opportunities for All, Culture and City Diplomacy"


@pytest.fixture(scope="module")
def corpus(session_store: Store) -> Iterator[Store]:
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is not here (the shared folder sits beside the clone)")
    from munigraph.loaders.documents import load_document

    session_store.reset()
    for path in sorted(CORPUS.glob("*.txt")):
        load_document(session_store, path)
    yield session_store
    session_store.reset()


def _gold_attendance(name: str) -> set[tuple[str, str, str]]:
    """(folded attendee name, role, status) of every ATTENDED relation in a gold file."""
    gold = yaml.safe_load((GOLD / name).read_text(encoding="utf-8"))
    names = {e["id"]: e["name"] for e in gold["entities"]}
    return {
        (fold(names[s]), attrs.get("role"), attrs.get("status"))
        for s, predicate, _, attrs, _ in gold["relations"]
        if predicate == "ATTENDED" and s.startswith("person:")
    }


def test_attendees_of_the_human_rights_session_match_the_gold(corpus: Store) -> None:
    rows = run(
        corpus,
        "attendees",
        {"event": "Faire progresser le mouvement mondial des villes et territoires de droits humains"},
    )
    assert {(fold(r["name"]), r["role"], r["status"]) for r in rows} == _gold_attendance(
        "human-rights-cities-session-2022-02-23.gold.yaml"
    )
    by_name = {r["name"]: r for r in rows}
    # "Shams Asadi, Vienne", "Mariana Flores, Mexico", "Bahram Ghazi (à confirmer), ... (HCDH)"
    assert (by_name["Shams Asadi"]["city"], by_name["Mariana Flores"]["city"]) == ("Vienna", "Mexico City")
    assert by_name["Bahram Ghazi"]["organisation"] == "Office of the United Nations High Commissioner for Human Rights"


def test_co_chairs_of_the_policy_council_as_the_text_names_them(corpus: Store) -> None:
    # "Le Conseil politique est co-présidé par Souad Ben Abderrahime, maire de Tunis, Li Mingyuan,
    # maire de Xi'an et coprésident de CGLU, et Jan van Zanen, maire de La Haye, président de
    # l'Association des municipalités néerlandaises (VNG) et coprésident de CGLU"
    rows = run(corpus, "co-chairs", {"council": "policy council on opportunities for all, culture and city diplomacy"})
    assert [(r["name"], sorted(r["offices"])) for r in rows] == [
        (
            "Jan van Zanen",
            [
                "co-president of United Cities and Local Governments",
                "mayor of The Hague",
                "president of Association of Netherlands Municipalities",
            ],
        ),
        ("Li Mingyuan", ["co-president of United Cities and Local Governments", "mayor of Xi'an"]),
        ("Souad Ben Abderrahime", ["mayor of Tunis"]),
    ]


def test_introductions_tunis_xian_through_their_mayors(corpus: Store) -> None:
    rows = run(corpus, "introductions", {"from": "Tunis", "to": "Xi'an"})
    assert rows[0]["summary"] == f"Tunis and Xi'an: their mayors co-chair the same council ({COUNCIL})."
    assert [n["name"] for n in rows[0]["path"]] == [
        "Tunis",
        "Souad Ben Abderrahime",
        COUNCIL,
        "Li Mingyuan",
        "Xi'an",
    ]


def test_offices_of_jan_van_zanen(corpus: Store) -> None:
    rows = run(corpus, "offices-of", {"person": "JAN VAN ZANEN"})
    assert sorted((r["role"], r["name"]) for r in rows) == [
        ("co-chair", COUNCIL),
        ("co-president", "United Cities and Local Governments"),
        ("mayor", "The Hague"),
        ("president", "Association of Netherlands Municipalities"),
    ]


def test_peace_talks_attendance_matches_the_gold(corpus: Store) -> None:
    gold = _gold_attendance("peace-talks-2022-04-01.gold.yaml")
    rows = run(corpus, "attendees", {"event": "dialogues municipaux de CGLU pour la paix"})
    assert {(fold(r["name"]), r["role"], r["status"]) for r in rows if r["kind"] == "Person"} == gold


def test_every_example_runs_on_the_corpus(corpus: Store) -> None:
    empty = []
    for query in list_queries():
        if not run(corpus, query.name, query.example_params()):
            empty.append(query.name)
    # the corpus holds no twinning link: those examples need the twinning datasets
    assert empty == ["sister-cities", "twinning-path", "communities", "hubs"]
