"""Relations between bodies, places and events (x-links): a city's country from a comma or a
country-labelled line, and organisers named after a date or place. Sentences written for the test."""

from __future__ import annotations

from munigraph.loaders.documents.builder import DocumentFacts

from tests.loaders.documents.helpers import facts_of, names, relations


def stated_countries(facts: DocumentFacts) -> set[tuple[str, str]]:
    """(city, country) of the IN_COUNTRY relations read in the text (not from the gazetteer)."""
    return {
        (facts.entities[r.source].name, facts.entities[r.target].name)
        for r in facts.relations.values()
        if r.type == "IN_COUNTRY" and r.provenance[0].quote
    }


def test_a_city_before_a_comma_and_its_country_in_three_languages() -> None:
    en = facts_of(
        "The mayor of Porto, in Portugal, met the board.\nMayor of Curitiba, Curitiba City Hall (SMC), Brazil\n", "en"
    )
    assert {("Porto", "Portugal"), ("Curitiba", "Brazil")} <= stated_countries(en)
    fr = facts_of(
        "Bureau\nMme Awa Ndiaye, maire de Thiès, Sénégal\nM. Karim Benali, Commune de Sousse, Tunisie\n", "fr"
    )
    assert {("Thiès", "Senegal"), ("Sousse", "Tunisia")} <= stated_countries(fr)
    es = facts_of(
        "Junta Directiva\nVicepresidente\nMartín Godoy\nAlcalde de Santa Tecla, El Salvador\n"
        "Tesorera\nLucía Ferreira\nAlcaldesa de Santiago de los Caballeros, República Dominicana\n",
        "es",
    )
    assert {("Santa Tecla", "El Salvador"), ("Santiago de los Caballeros", "Dominican Republic")} <= stated_countries(
        es
    )


def test_a_line_labelled_by_a_country_lists_its_cities() -> None:
    en = facts_of(
        "Cities that joined this year\nGermany: Freiburg · Heidelberg · Potsdam\nItaly: Bologna and Parma\n", "en"
    )
    assert {("Freiburg", "Germany"), ("Heidelberg", "Germany"), ("Potsdam", "Germany"), ("Bologna", "Italy"),
            ("Parma", "Italy")} <= stated_countries(en)  # fmt: skip
    fr = facts_of("Villes signataires\nMaroc\u00a0: Tanger · Essaouira\nBénin : Parakou et Djougou\n", "fr")
    assert {("Essaouira", "Morocco"), ("Parakou", "Benin"), ("Djougou", "Benin")} <= stated_countries(fr)
    es = facts_of("Ciudades adheridas\nChile: Temuco · Punta Arenas\nUruguay: Paysandú y Salto\n", "es")
    assert {
        ("Temuco", "Chile"),
        ("Punta Arenas", "Chile"),
        ("Paysandú", "Uruguay"),
        ("Salto", "Uruguay"),
    } <= stated_countries(es)


def test_a_person_or_a_sentence_before_a_country_gives_no_city() -> None:
    facts = facts_of(
        "Speakers\nJane Odeh, Nigeria\nAna Torres, Chile\nGermany: the federal government sent observers.\n", "en"
    )
    assert not {"Odeh", "Torres", "Ana Torres"} & names(facts, "City")
    assert not {city for city, _ in stated_countries(facts)} & {"Odeh", "Torres"}


def test_a_city_of_another_country_before_the_comma_is_not_placed_there() -> None:
    facts = facts_of("Delegates came from Lyon, Senegal and Mali.\n", "en")
    assert ("Lyon", "Senegal") not in stated_countries(facts)


def test_organisers_named_after_the_date_or_place_of_the_event() -> None:
    en = facts_of("The Coastal Cities Forum was organised on 12 and 13 May 2025 in Split by Eurocities.\n", "en")
    assert ("Coastal Cities Forum", "Eurocities", "organiser") in relations(en, "ORGANISED_BY")
    fr = facts_of(
        "Le Forum des villes côtières, organisé du 12 au 14 mai 2025 par Cités Unies France et la Ville de Dakar, a réuni 300 élus.\n",
        "fr",
    )
    assert ("Forum des villes côtières", "Cités Unies France") in {(s, t) for s, t, _ in relations(fr, "ORGANISED_BY")}
    es = facts_of(
        "El Foro de Ciudades Costeras, organizado el 12 de mayo de 2025 en Valparaíso por Mercociudades, reunió a alcaldes.\n",
        "es",
    )
    assert ("Foro de Ciudades Costeras", "Mercociudades", "organiser") in relations(es, "ORGANISED_BY")


def test_a_sentence_ended_between_the_participle_and_by_gives_no_organiser() -> None:
    facts = facts_of("The Coastal Cities Forum was organised in Split. A report was written by Eurocities.\n", "en")
    assert not {target for _, target, _ in relations(facts, "ORGANISED_BY")} & {"Eurocities"}


def test_a_heading_of_members_over_short_lines_gives_the_page_organisation_members() -> None:
    en = facts_of(
        "Council of European Municipalities and Regions\n\nAbout us\n\nMember associations\nVNG (Netherlands)\n"
        "FEMP (Spain)\n\nContact us\n",
        "en",
    )
    member_ids = {(r.source, r.target) for r in en.relations.values() if r.type == "MEMBER_OF"}
    assert {("org:vng", "section:cemr"), ("org:femp", "section:cemr")} <= member_ids
    fr = facts_of("Cités Unies France\n\nVilles membres\nVille de Lyon\nCommune de Rennes\n\nContact\n", "fr")
    assert {("Lyon", "Cités Unies France"), ("Rennes", "Cités Unies France")} <= {
        (s, t) for s, t, _ in relations(fr, "MEMBER_OF")
    }


def test_a_heading_of_members_over_people_gives_no_membership() -> None:
    facts = facts_of(
        "Executive Committee of Eurocities\n\nMembers\nAnna Berg, Mayor of Malmö\n"
        "Luis Pardo — Councillor, Bilbao City Council\nUtrecht\n\nContact\n",
        "en",
    )
    assert not relations(facts, "MEMBER_OF")


def test_a_heading_of_members_over_one_dotted_line() -> None:
    facts = facts_of(
        "Mercociudades\n\nQuiénes somos\n\nCiudades miembro\nRosario (Argentina) · Montevideo (Uruguay) · Asunción (Paraguay)\n"
        "\nContacto\n",
        "es",
    )
    assert {("Rosario", "Mercociudades"), ("Montevideo", "Mercociudades"), ("Asunción", "Mercociudades")} <= {
        (s, t) for s, t, _ in relations(facts, "MEMBER_OF")
    }


def test_two_towns_signing_a_cooperation_convention_are_tied() -> None:
    fr = facts_of("Ouagadougou et Grenoble signent une convention de coopération décentralisée pour trois ans.\n", "fr")
    assert ("Ouagadougou", "Grenoble", None) in {(s, t, None) for s, t, _ in relations(fr, "TWINNED_WITH")} | {
        (t, s, None) for s, t, _ in relations(fr, "TWINNED_WITH")
    }
    en = facts_of("Kumasi and Leipzig signed a decentralised cooperation convention on Monday.\n", "en")
    assert {frozenset(("Kumasi", "Leipzig"))} == {frozenset((s, t)) for s, t, _ in relations(en, "TWINNED_WITH")}


def test_bodies_signing_a_partnership_convention_are_no_twin_towns() -> None:
    facts = facts_of("Cités Unies France et l'AIMF signent une convention de partenariat à Paris.\n", "fr")
    assert not relations(facts, "TWINNED_WITH")
