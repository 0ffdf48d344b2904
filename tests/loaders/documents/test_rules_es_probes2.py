"""Spanish probes of a second round, written for the test: municipal offices of Latin America
(síndico, teniente alcalde), municipalities named with their tier, offices with no place on a
page about one town, membership approved by a body, and office headings of a board page."""

from __future__ import annotations

from tests.loaders.documents.test_rules_es import _kinds
from tests.loaders.documents.test_rules_fr_es import _facts, relations


def test_a_syndic_and_a_deputy_mayor_without_de_hold_their_office_in_the_town_named() -> None:
    for text, person, city, role in (
        ("La síndica municipal de Zapopan, Laura Ríos, firmó el convenio.\n", "Laura Ríos", "Zapopan", "syndic"),
        ("El síndico de Tegucigalpa, Mario Flores, presentó el informe.\n", "Mario Flores", "Tegucigalpa", "syndic"),
        ("El teniente alcalde de Arequipa, Hugo Salas, recibió a la delegación.\n", "Hugo Salas", "Arequipa", "deputy mayor"),
    ):  # fmt: skip
        facts = _facts(text, "es")
        assert (person, city, role) in relations(facts, "HOLDS_OFFICE"), (text, relations(facts, "HOLDS_OFFICE"))


def test_a_municipality_named_with_its_tier_is_the_town() -> None:
    for text, city in (
        ("La Municipalidad Provincial de Piura firmó el acuerdo con la red.\n", "Piura"),
        ("La Municipalidad Distrital de Miraflores organizó el foro.\n", "Miraflores"),
        ("La Alcaldía Mayor de Bogotá presentó su plan de movilidad.\n", "Bogotá"),
    ):
        facts = _facts(text, "es")
        assert city in _kinds(facts, "City"), (text, _kinds(facts, "City"))
    facts = _facts("La Municipalidad Provincial aprobó el presupuesto.\n", "es")
    assert not _kinds(facts, "City")


def test_jornadas_and_a_symposium_are_events() -> None:
    for text, event in (
        ("Las Jornadas de Movilidad Urbana se celebrarán en Valencia.\n", "Jornadas de Movilidad Urbana"),
        ("El Simposio Andino de Ciudades reunió a veinte alcaldes en Quito.\n", "Simposio Andino de Ciudades"),
    ):
        facts = _facts(text, "es")
        assert any(event in name for name in _kinds(facts, "Event")), (text, _kinds(facts, "Event"))
