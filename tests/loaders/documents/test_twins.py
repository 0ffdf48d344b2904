"""Twinning stated in running text, in French, English and Spanish, on the real store."""

from __future__ import annotations

from pathlib import Path

from munigraph.graph.store import Store

from tests.conftest import load_text


def twins(store: Store) -> list[tuple]:
    rows = store.read(
        "MATCH (a:City)-[r:TWINNED_WITH]->(b:City) RETURN a.name AS a, b.name AS b, r.kind AS kind, r.since AS since"
    )
    return sorted((*sorted((r["a"], r["b"])), r["kind"], r["since"]) for r in rows)  # undirected


def test_twinning_sentences_in_three_languages(store: Store, tmp_path: Path) -> None:
    load_text(store, tmp_path, "jumelage.fr.md", "Les villes de Lyon et Beyrouth sont jumelées depuis 2010.\n")
    load_text(store, tmp_path, "sister.en.md", "Seattle has been a sister city of Kobe since 1957.\n")
    load_text(store, tmp_path, "hermanamiento.es.md", "El hermanamiento entre Quito y Lima se firmó en 1995.\n")
    load_text(
        store,
        tmp_path,
        "accord.fr.md",
        "Le maire de Dakar a signé un accord de coopération avec Bamako.\n",
    )
    assert twins(store) == [
        ("Bamako", "Dakar", "cooperation", None),
        ("Beirut", "Lyon", "twinning", "2010"),
        ("Kobe", "Seattle", "sister_city", "1957"),
        ("Lima", "Quito", "twinning", "1995"),
    ]


def test_a_list_of_cities_states_no_pair(store: Store, tmp_path: Path) -> None:
    load_text(
        store, tmp_path, "list.en.md", "Barcelona, Paris and Rome signed a cooperation agreement with partners.\n"
    )
    assert twins(store) == []


def test_no_twinning_cue_no_link(store: Store, tmp_path: Path) -> None:
    load_text(store, tmp_path, "visit.en.md", "The Mayor of Lyon visited Beirut in 2019 to discuss waste management.\n")
    assert twins(store) == []
