"""Precision guards (issue 10): readings that must NOT come out, each beside a close sentence
whose true reading still must. Sentences written for these tests."""

from __future__ import annotations

from munigraph.graph.resolution import orgs
from munigraph.loaders.documents.extract import extract


def _rels(text: str, language: str, rel_type: str) -> set[tuple[str, str]]:
    facts = extract(text, "doc:test", language)
    return {(r.source, r.target) for r in facts.relations.values() if r.type == rel_type}


def _ids(text: str, language: str, kind: str) -> set[str]:
    return {e.id for e in extract(text, "doc:test", language).entities.values() if e.kind == kind}


# -- UCLG's committees are Councils (MODEL.md: committees, commissions of an organisation) ----


def test_uclg_committees_are_councils() -> None:
    assert orgs.resolve_org("UCLG Committee on Culture").kind == "Council"
    assert orgs.resolve_org("Committee on Social Inclusion, Participatory Democracy and Human Rights").id == (
        "council:uclg-cisdp"
    )


# -- a generic committee name is the known body only where the page says whose it is ------------


def test_generic_committee_of_another_network_is_not_uclgs() -> None:
    text = (
        "Red Andina de Ciudades: informe anual\n\n"
        "Mercociudades reúne a ciudades de América del Sur. Mercociudades celebró su asamblea.\n\n"
        "La Comisión de Cultura, coordinada por Montevideo, prepara un encuentro en mayo.\n"
    )
    councils = _ids(text, "es", "Council")
    assert "council:uclg-culture" not in councils
    assert "council:mercociudades-commission-cultura" in councils
    assert ("council:mercociudades-commission-cultura", "org:mercociudades") in _rels(text, "es", "PART_OF")


def test_generic_committee_is_uclgs_when_uclg_is_named_beside_it() -> None:
    fr = (
        "Cités et Gouvernements Locaux Unis a réuni à Lyon sa Commission Culture et CGLU a salué le travail accompli.\n"
    )
    assert "council:uclg-culture" in _ids(fr, "fr", "Council")
    en = "Eurocities news\n\nEurocities met in Porto. UCLG and its Culture Committee sent a message to the mayors.\n"
    assert "council:uclg-culture" in _ids(en, "en", "Council")


def test_generic_committee_without_any_owner_is_its_own_body() -> None:
    text = "The Culture Committee met on Tuesday to discuss the festival budget.\n"
    assert "council:uclg-culture" not in _ids(text, "en", "Council")


# -- co-chairs under a committee's heading co-chair that committee ------------------------------


def test_co_chairs_under_a_committee_heading_chair_that_committee() -> None:
    text = (
        "Red de Ciudades del Sur · Órganos\n\n"
        "COMITÉ DIRECTIVO 2024-2026\n\n"
        "La Red de Ciudades del Sur (RCS) presenta su Comité Directivo.\n\n"
        "PRESIDENCIA\nSra. Lucía Benítez\nAlcaldesa de Córdoba (Argentina)\n\n"
        "Grupo de Trabajo sobre Movilidad\n"
        "Copresidido por Sr. Tomás Aguirre, concejal de Movilidad de Rosario, y por Sra. Inés Vidal, "
        "directora de Transporte de Salta (Argentina).\n"
    )
    co_chairs = _rels(text, "es", "CO_CHAIRS")
    targets = {t for _, t in co_chairs}
    assert targets and all("movilidad" in t or "mobility" in t for t in targets), co_chairs


# -- an office's body does not run across a line break -----------------------------------------


def test_office_body_stops_at_the_line_break() -> None:
    text = (
        "Unión de Ciudades del Norte (UCN) · Órganos\n\n"
        "SECRETARÍA GENERAL\nSra. Marta Quiroga, secretaria general de la UCN\n\n"
        "Comisión de Cultura\nCoordinada por la ciudad de Salta.\n"
    )
    offices = _rels(text, "es", "HOLDS_OFFICE")
    marta = {t for s, t in offices if s == "person:marta-quiroga"}
    assert marta and all(t.startswith("org:") for t in marta), offices


# -- regions named in English, French or Spanish give their country ---------------------------


def test_regions_in_english_french_and_spanish() -> None:
    from munigraph.graph.resolution import places

    for name in ("North Rhine-Westphalia", "Lower Saxony", "Bavaria", "Basse-Saxe", "Renania del Norte-Westfalia",
                 "Thuringia", "Catalonia", "Lower Austria"):  # fmt: skip
        assert places.resolve_region(name) is not None, name
    assert places.resolve_region("Lower Saxony") == "DE" and places.resolve_region("Styria") == "AT"
    for city in ("Rome", "Vienna", "Munich"):  # a city is no region
        assert places.resolve_region(city) is None, city


# -- an event's short name is the page's one event whose full name opens with it ----------------


def _events(text: str, language: str) -> dict[str, str]:
    return {e.id: e.name for e in extract(text, "doc:test", language).entities.values() if e.kind == "Event"}


def test_short_event_name_merges_with_its_full_name() -> None:
    en = (
        "Network news, June 2024\n\nOn 2 June 2024 the Executive Board met online.\n\n"
        "The Summit of River Cities took place in Seville on 3 and 4 June 2024.\n\n"
        "The Summit adopted a declaration on floods.\n"
    )
    names = set(_events(en, "en").values())
    assert "Summit of River Cities" in names and not any(n.startswith("Summit ") and "River" not in n for n in names)
    fr = (
        "Retour sur juin 2024\n\nLe 3 juin 2024, le Bureau s'est réuni à Lille.\n\n"
        "Les Rencontres des villes du fleuve se sont tenues à Orléans les 5 et 6 juin 2024.\n\n"
        "Les Rencontres ont adopté une déclaration.\n"
    )
    assert "Rencontres" not in _events(fr, "fr").values()


def test_short_event_name_of_another_edition_stays_apart() -> None:
    es = (
        "Crónica de junio de 2024\n\nEl 3 de junio de 2024 se reunió el Consejo en Quito.\n\n"
        "El Foro de Ciudades Andinas se celebró en Cusco el 5 de junio de 2024.\n\n"
        "La próxima edición del Foro tendrá lugar en Sucre.\n"
    )
    facts = extract(es, "doc:test", "es")
    full = next(i for i, e in facts.entities.items() if e.kind == "Event" and e.name.startswith("Foro de Ciudades"))
    held = {r.target for r in facts.relations.values() if r.type == "HELD_IN" and r.source == full}
    assert all("sucre" not in facts.entities[c].name.lower() for c in held)


# -- a city and its country opening a line are no person ------------------------------------------


def test_city_and_country_line_is_no_person_but_a_named_delegate_is() -> None:
    es = (
        "Ciudades hermanas de Paysandú\n\n"
        "• Santa Fe (Argentina) — hermanamiento, 2001\n"
        "• Pelotas (Brasil) — hermanamiento, 2010\n\n"
        "Ponentes:\n- Valentina Ríos, alcaldesa de Salto (Uruguay)\n"
    )
    people = _ids(es, "es", "Person")
    assert "person:santa-fe" not in people
    assert "person:valentina-rios" in people
    en = "Speakers:\n- Santa Fe (Argentina)\n- Laura Diaz, Mayor of Mendoza (Argentina)\n"
    people = _ids(en, "en", "Person")
    assert "person:santa-fe" not in people and "person:laura-diaz" in people


def test_office_label_before_a_colon_is_no_person() -> None:
    es = (
        "Nueva conducción de la red\n\n"
        "- Secretaría Técnica: Asunción\n- Vicepresidencia de Cultura: Rosario (Argentina)\n"
        "- Tesorería: Ana Duarte, concejala de Asunción\n"
    )
    people = _ids(es, "es", "Person")
    assert people == {"person:ana-duarte"}, people
    en = "Network officers\n\n- Treasurer: Bergen\n- Secretary: Tom Hale, Councillor of Bergen\n"
    people = _ids(en, "en", "Person")
    assert "person:treasurer" not in people and "person:tom-hale" in people
