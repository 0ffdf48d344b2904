"""Bodies of organisations named in prose (loaders.documents.bodies), each rule on sentences
written for the test, in English, French and Spanish."""

from __future__ import annotations

from munigraph.loaders.documents.builder import DocumentFacts

from tests.loaders.documents.helpers import entity_name, facts_of, relations


def councils(facts: DocumentFacts) -> set[str]:
    return {e.name for e in facts.entities.values() if e.kind == "Council"}


def part_of(facts: DocumentFacts) -> set[tuple[str, str]]:
    return {
        (entity_name(facts, r.source), entity_name(facts, r.target))
        for r in facts.relations.values()
        if r.type == "PART_OF" and facts.entities[r.source].kind == "Council"
    }


def test_a_body_named_with_its_owner_before_or_after_it_is_a_council_of_that_owner() -> None:
    english = facts_of(
        "The ICLEI Global Executive Committee met in Bonn. The Board of Directors of MedCities approved the budget.\n",
        "en",
    )
    assert part_of(english) == {
        ("Global Executive Committee (ICLEI)", "ICLEI – Local Governments for Sustainability"),
        ("Board of Directors (MedCities)", "MedCities"),
    }
    french = facts_of("Le comité directeur du CCRE s'est réuni à Gand en mars.\n", "fr")
    assert part_of(french) == {("Comité directeur (CEMR)", "Council of European Municipalities and Regions")}
    spanish = facts_of("Se reunió la Secretaría Ejecutiva de Mercociudades en Montevideo.\n", "es")
    assert part_of(spanish) == {("Secretaría Ejecutiva (Mercociudades)", "Mercociudades")}


def test_a_body_after_its_owner_and_a_dash_belongs_to_it() -> None:
    facts = facts_of(
        "Representación: Consejo de Municipios y Regiones de Europa (CMRE) - Comité Director: Luis Gil.\n", "es"
    )
    assert part_of(facts) == {("Comité Director (CEMR)", "Council of European Municipalities and Regions")}


def test_commissions_named_by_their_subject_and_statutory_bodies_are_the_page_organisations() -> None:
    facts = facts_of(
        "La FEMP renueva sus órganos. La FEMP nombró a los miembros de la Comisión de Medio Ambiente "
        "y de la Comisión de Deportes, y convocó la Junta de Gobierno.\n",
        "es",
    )
    owner = "Spanish Federation of Municipalities and Provinces"
    assert part_of(facts) == {
        ("Comisión de Medio Ambiente (FEMP)", owner),
        ("Comisión de Deportes (FEMP)", owner),
        ("Junta de Gobierno (FEMP)", owner),
    }


def test_governments_offices_and_event_names_are_no_councils() -> None:
    english = facts_of(
        "Jane Roe, Board Member, spoke. Barcelona City Council hosted the Executive Board 2024 in May.\n", "en"
    )
    assert councils(english) == set()
    spanish = facts_of("La Junta de Andalucía y el consejo municipal de Quito firmaron el acuerdo.\n", "es")
    assert councils(spanish) == set()
    french = facts_of("Le Conseil régional de Bretagne a reçu un bureau de la ville.\n", "fr")
    assert councils(french) == set()


def test_a_body_of_something_no_rule_knows_is_a_council_of_no_one() -> None:
    facts = facts_of("El comité organizador del Foro Andino de Turismo se reunió en Lima.\n", "es")
    assert councils(facts) == {"Comité organizador"}
    assert part_of(facts) == set()


def test_acronyms_named_twice_or_after_an_article_are_bodies_roman_numerals_and_headings_are_not() -> None:
    facts = facts_of(
        "ACTA DE LA REUNION DEL COMITE\n\n"
        "La ciudad se une a la AVCR en la XLVI reunión. La AVCR celebra su asamblea.\n",
        "es",
    )
    bodies = {e.name for e in facts.entities.values() if e.kind == "Organisation"}
    assert bodies == {"AVCR"}


def test_a_name_spelled_out_before_its_acronym_in_any_order_of_letters() -> None:
    facts = facts_of("L'adhésion de la ville à l'association des villes riveraines du Rhin (AVRR) a été votée.\n", "fr")
    body = next(e for e in facts.entities.values() if e.kind == "Organisation")
    assert body.name == "association des villes riveraines du Rhin"
    assert "AVRR" in body.aliases


def offices(facts: DocumentFacts) -> set[tuple[str, str, str]]:
    return {
        (entity_name(facts, r.source), entity_name(facts, r.target), r.props.get("role"))
        for r in facts.relations.values()
        if r.type == "HOLDS_OFFICE" and facts.entities[r.target].kind == "Council"
    }


def test_a_roster_after_a_council_gives_each_person_the_office_its_label_names() -> None:
    spanish = facts_of(
        "La FEMP aprobó los nombramientos de la FEMP. Comisión de Deportes (Presidencia): Baja: D. Tomás Ferrer Gil, "
        "Alcalde de Teruel - PSOE Alta: Dª. Marta Oliva Ruiz, Alcaldesa de Huesca - PP "
        "Comité Ejecutivo Titular: D. Luis Gil Sanz, Alcalde de Soria Suplente: Dª. Ana Sanz Mora, Alcaldesa de Jaca\n",
        "es",
    )
    assert offices(spanish) == {
        ("Tomás Ferrer Gil", "Comisión de Deportes (FEMP)", "president"),
        ("Marta Oliva Ruiz", "Comisión de Deportes (FEMP)", "president"),
        ("Luis Gil Sanz", "Comité Ejecutivo (FEMP)", "member"),
        ("Ana Sanz Mora", "Comité Ejecutivo (FEMP)", "alternate member"),
    }
    english = facts_of(
        "MedCities elected its officers. The MedCities Executive Board: Vice-Chair: Jane Roe, Mayor of Split; "
        "Members: John Doe, Mayor of Sfax.\n",
        "en",
    )
    assert offices(english) == {
        ("Jane Roe", "Executive Board (MedCities)", "vice president"),
        ("John Doe", "Executive Board (MedCities)", "member"),
    }


def test_places_listed_on_a_council_are_members_of_its_organisation() -> None:
    facts = facts_of(
        "MedCities held its assembly. Six cities were elected to the new Board of Directors: Sfax, Split, "
        "Izmir and Marseille.\n",
        "en",
    )
    members = {entity_name(facts, r.source) for r in facts.relations.values() if r.type == "MEMBER_OF"}
    assert members == {"Sfax", "Split", "İzmir", "Marseille"}


def test_a_colon_after_a_council_with_no_office_or_place_is_no_roster() -> None:
    facts = facts_of("MedCities met twice. The Executive Board (Lyon): Speakers: Jane Roe, Mayor of Split.\n", "en")
    assert offices(facts) == set()


def memberships(facts: DocumentFacts) -> set[tuple[str, str]]:
    return {
        (entity_name(facts, r.source), entity_name(facts, r.target))
        for r in facts.relations.values()
        if r.type == "MEMBER_OF"
    }


def test_an_admission_or_a_member_noun_makes_a_city_or_a_body_a_member() -> None:
    english = facts_of(
        "MedCities met in Split. MedCities approved the admission of Sfax (Tunisia) as a member of the Association. "
        "The Split Foundation was also approved as a new Observer of the Association.\n",
        "en",
    )
    assert memberships(english) == {("Sfax", "MedCities"), ("Split Foundation", "MedCities")}
    french = facts_of(
        "L'adhésion de la Rochelle à l'Association internationale des maires francophones est votée.\n", "fr"
    )
    assert memberships(french) == {("La Rochelle", "International Association of Francophone Mayors")}
    spanish = facts_of("Cádiz, miembro de pleno derecho de la Unión de Ciudades Capitales Iberoamericanas.\n", "es")
    assert memberships(spanish) == {("Cadiz", "Union of Ibero-American Capital Cities")}


def test_the_admission_of_the_town_names_no_member() -> None:
    facts = facts_of(
        "Le conseil a voté l'adhésion de la Ville à l'Association internationale des maires francophones.\n", "fr"
    )
    assert memberships(facts) == set()


def test_a_meeting_of_a_council_is_organised_by_it() -> None:
    facts = facts_of(
        "The Executive Committee of MedCities met in Split. The 3rd Summit of the Executive Committee of MedCities "
        "took place in Sfax.\n",
        "en",
    )
    organised = {
        (entity_name(facts, r.source), entity_name(facts, r.target))
        for r in facts.relations.values()
        if r.type == "ORGANISED_BY"
    }
    assert ("3rd Summit of the Executive Committee of MedCities", "Executive Committee (MedCities)") in organised


def test_a_council_named_again_without_its_owner_is_the_same_council() -> None:
    facts = facts_of(
        "Le comité directeur du CCRE s'est réuni. Organe principal du CCRE, le comité directeur approuve le budget.\n",
        "fr",
    )
    assert councils(facts) == {"Comité directeur (CEMR)"}


def test_a_known_body_then_an_office_after_a_name_is_an_office_in_that_body() -> None:
    facts = facts_of("Jane Roe, Mayor of Split and GPM Vice Chair, said cities matter.\n", "en")
    assert ("Jane Roe", "Global Parliament of Mayors", "vice chair") in {
        (entity_name(facts, r.source), entity_name(facts, r.target), r.props.get("role"))
        for r in facts.relations.values()
        if r.type == "HOLDS_OFFICE"
    }


def test_a_newly_elected_office_before_a_name_is_still_the_office() -> None:
    facts = facts_of("La réunion a élu le nouveau président du CCRE, Paolo Ricci, maire de Bari.\n", "fr")
    assert ("Paolo Ricci", "Council of European Municipalities and Regions", "president") in {
        (entity_name(facts, r.source), entity_name(facts, r.target), r.props.get("role"))
        for r in facts.relations.values()
        if r.type == "HOLDS_OFFICE"
    }


def test_a_person_appointed_to_an_office_holds_it_in_the_body_named_or_the_page_organisation() -> None:
    cases = [
        ("L'AMVF réunit les maires. La Présidence de l'AMVF a nommé M. Paul ROUX Secrétaire permanent.\n", "fr",
         ("Paul ROUX", "AMVF", "permanent secretary")),
        ("The MedCities Board appointed Jane Roe Treasurer of MedCities in May.\n", "en",
         ("Jane Roe", "MedCities", "treasurer")),
        ("La FEMP eligió a Luis Gil Sanz como presidente de la FEMP.\n", "es",
         ("Luis Gil Sanz", "Spanish Federation of Municipalities and Provinces", "president")),
    ]  # fmt: skip
    for text, language, expected in cases:
        facts = facts_of(text, language)
        found = {
            (entity_name(facts, r.source), entity_name(facts, r.target), r.props.get("role"))
            for r in facts.relations.values()
            if r.type == "HOLDS_OFFICE"
        }
        assert expected in found


def test_two_offices_joined_before_a_name_are_each_held() -> None:
    spanish = facts_of("Habló con el presidente del FAMSI y alcalde de Huelva, Luis Gil Sanz, antes.\n", "es")
    assert relations(spanish, "HOLDS_OFFICE") >= {
        ("Luis Gil Sanz", "Andalusian Fund of Municipalities for International Solidarity", "president"),
        ("Luis Gil Sanz", "Huelva", "mayor"),
    }


def test_an_acronym_after_an_office_and_a_body_names_the_body_not_the_office() -> None:
    facts = facts_of(
        "Les allocutions du vice-président de l'Union des Villes du Togo (UVT), M. Kofi Mensah, ont suivi.\n", "fr"
    )
    assert relations(facts, "HOLDS_OFFICE") == {("Kofi Mensah", "Union des Villes du Togo", "vice president")}
