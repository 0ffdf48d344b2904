"""Resolution of people and organisations: one id whatever the surface form."""

from __future__ import annotations

import pytest
from munigraph.graph.resolution import orgs, people


@pytest.mark.parametrize(
    "form",
    ["Jan van Zanen", "Jan Van Zanen", "le Coprésident Jan Van Zanen", "M. Jan van Zanen", "JAN VAN ZANEN"],
)
def test_one_person_id_whatever_the_particles_case_and_titles(form: str) -> None:
    assert people.person_id(form) == "person:jan-van-zanen"


def test_a_surname_in_capitals_is_the_same_person() -> None:
    assert people.looks_like_name("Emilia SAIZ") and not people.looks_like_name("Conseil CGLU")
    assert people.person_id("Emilia SAIZ") == "person:emilia-saiz"
    assert people.display_name("Mme María José GARCÍA LÓPEZ") == "María José García López"


def test_accents_do_not_change_a_person_id() -> None:
    assert people.person_id("Elsa Touré") == people.person_id("Elsa Toure") == "person:elsa-toure"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Jan van Zanen", True), ("Jean-Pierre Elong Mbassi", True), ("CGLU", False), ("Mayors for Peace", False),
     ("La Haye", False), ("Puerta de África", True)],
)  # fmt: skip
def test_looks_like_name(text: str, expected: bool) -> None:
    assert people.looks_like_name(text) is expected


@pytest.mark.parametrize(
    ("form", "entity_id", "kind"),
    [
        ("CGLU", "org:uclg", "Organisation"),
        ("UCLG", "org:uclg", "Organisation"),
        ("Cités et Gouvernements Locaux Unis", "org:uclg", "Organisation"),
        ("Ciudades y Gobiernos Locales Unidos", "org:uclg", "Organisation"),
        ("HCDH", "org:ohchr", "Organisation"),
        ("OHCHR", "org:ohchr", "Organisation"),
        ("Haut-Commissariat des Nations Unies aux droits de l'homme (HCDH)", "org:ohchr", "Organisation"),
        ("CCRE", "section:cemr", "Section"),
        ("CEMR", "section:cemr", "Section"),
        ("CGLU-Afrique", "section:africa", "Section"),
        ("la section Afrique", "section:africa", "Section"),
        ("Raoul Wallenberg Institute", "org:rwi", "Organisation"),
        ("Institut Raoul Wallenberg", "org:rwi", "Organisation"),
        ("Commission de CGLU sur l'inclusion sociale, la démocratie participative et les droits humains",
         "council:uclg-cisdp", "Council"),
        ("Conseil politique sur les opportunités pour toutes et tous", "council:opportunities-for-all", "Council"),
    ],
)  # fmt: skip
def test_known_bodies_in_any_language(form: str, entity_id: str, kind: str) -> None:
    match = orgs.resolve_org(form)
    assert (match.id, match.kind) == (entity_id, kind)


def test_generic_rules_for_bodies_not_in_the_table() -> None:
    assert orgs.resolve_org("Fundación Ciudad Abierta").id == orgs.resolve_org("Ciudad Abierta Foundation").id
    assert orgs.resolve_org("Fundación Ciudad Abierta").id == "org:abierta-ciudad-foundation"
    match = orgs.resolve_org("Réseau des villes amies", acronym="RVA")
    assert (match.id, match.rule, match.acronym) == ("org:rva", "acronym", "RVA")
    assert orgs.resolve_org("Groupe de travail sur les migrations").kind == "Council"
    assert orgs.section_for_region("UCLG Africa").id == "section:africa"


@pytest.mark.parametrize(
    ("form", "country", "entity_id", "code"),
    [
        ("Ministerio de Relaciones Exteriores de Colombia", None, "org:exteriores-ministerio-relaciones-co", "CO"),
        ("Ministerio de Relaciones Exteriores", "CO", "org:exteriores-ministerio-relaciones-co", "CO"),
        ("Embassy of the Netherlands", None, "org:embassy-nl", "NL"),
        ("Ministère des Affaires étrangères", None, "org:affaires-etrangeres-ministere", None),
        ("Cities Alliance", "FR", "org:alliance-cities", None),  # not a national body: no country
    ],
)
def test_a_national_body_is_one_per_country(form: str, country: str | None, entity_id: str, code: str | None) -> None:
    match = orgs.resolve_org(form, country=country)
    assert (match.id, match.country) == (entity_id, code)
