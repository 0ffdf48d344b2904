"""Spanish forms of events, attendance and offices, each on sentences written for the test."""

from __future__ import annotations

from tests.loaders.documents.helpers import facts_of, names, relations


def test_a_page_titled_series_colon_session_is_that_session_with_its_speakers() -> None:
    facts = facts_of(
        "Semana de la movilidad\n"
        "Diálogos Urbanos de FLACMA: El transporte público frente a la crisis climática regional\n"
        "Algunas de las personas que intervendrán:\n"
        "- Marta Quiroga, alcaldesa de Cuenca\n"
        "- Luis Ferrer, director ejecutivo, ACCORD\n",
        "es",
    )
    session = "El transporte público frente a la crisis climática regional"
    assert relations(facts, "PART_OF") >= {(session, "Diálogos Urbanos de FLACMA", None)}
    assert ("Diálogos Urbanos de FLACMA", "UCLG Latin America", "organiser") in relations(facts, "ORGANISED_BY")
    assert {(p, e) for p, e, _ in relations(facts, "ATTENDED")} == {
        ("Marta Quiroga", session),
        ("Luis Ferrer", session),
    }


def test_a_colon_line_without_an_event_noun_names_no_session() -> None:
    facts = facts_of("Descripción: Partiendo de nuestros orígenes como movimiento municipal por la paz\n", "es")
    assert names(facts, "Event") == set()


def test_a_body_that_met_with_no_date_gives_the_pages_meeting_its_chair_and_those_present() -> None:
    facts = facts_of(
        "El comité organizador se ha reunido en Quito, con delegaciones de toda la región. "
        "La reunión ha estado presidida por la viceministra de Vivienda de Ecuador, Ana Torres. "
        "La reunión ha contado con la presencia del PNUD y la UCCI. "
        "También ha contado con la presencia de Pedro Gil, secretario general de Turismo de la Junta de Andalucía.\n",
        "es",
    )
    meeting = next(iter(names(facts, "Event")))
    assert "La reunión" in facts.entities[next(i for i, e in facts.entities.items() if e.name == meeting)].aliases
    assert {(e, o.split(" (")[0]) for e, o, _ in relations(facts, "ORGANISED_BY")} == {(meeting, "Comité organizador")}
    assert relations(facts, "HELD_IN") == {(meeting, "Quito", None)}
    assert relations(facts, "ATTENDED") == {
        ("Ana Torres", meeting, "moderator"),
        ("United Nations Development Programme", meeting, "participant"),
        ("Union of Ibero-American Capital Cities", meeting, "participant"),
        ("Pedro Gil", meeting, "participant"),
    }
    assert relations(facts, "HOLDS_OFFICE") == {("Pedro Gil", "Junta de Andalucía", "secretary general for tourism")}
    assert "Ana Torres" in names(facts, "Person") and "Vivienda de Ecuador" not in names(facts, "Person")


def test_organisations_listed_after_a_came_verb_attend_the_meeting() -> None:
    facts = facts_of(
        "La Junta Directiva se reunió en Lima. A la convocatoria han acudido redes invitadas como "
        "FLACMA, Mercociudades o la UCCI.\n",
        "es",
    )
    attended = {a for a, _, _ in relations(facts, "ATTENDED")}
    assert attended == {"UCLG Latin America", "Mercociudades", "Union of Ibero-American Capital Cities"}


def test_a_country_named_like_a_town_is_the_country_and_a_common_word_after_de_is_no_city() -> None:
    facts = facts_of(
        "El Foro Mundial de Desarrollo Local tendrá lugar en Cabo Verde, en octubre de 2027. "
        "Las Jornadas Municipales de Paz reunirán a alcaldes de la región.\n",
        "es",
    )
    assert names(facts, "City") == set()
    assert relations(facts, "HELD_IN") == set()


def test_a_declaration_signed_by_mayors_and_cities_such_as_makes_them_attend_the_meeting_it_closed() -> None:
    facts = facts_of(
        "El II Encuentro de Alcaldes Andinos, organizado por la UCCI, finalizó este viernes con la firma de la "
        "Declaración de Quito. La declaración, que será presentada en la Cumbre de Alcaldes y de Gobernadores en "
        "Arequipa, Perú, fue firmada por 9 alcaldes, entre ellos el de Quito, Ana Paredes, y representantes de ciudades "
        "como Cusco, La Paz y Cochabamba.\n",
        "es",
    )
    meeting = "II Encuentro de Alcaldes Andinos"
    assert relations(facts, "ATTENDED") == {
        (who, meeting, "participant") for who in ("Ana Paredes", "Cusco", "La Paz", "Cochabamba")
    }
    assert relations(facts, "HOLDS_OFFICE") == {("Ana Paredes", "Quito", "mayor")}
    assert relations(facts, "HELD_IN") == {("Cumbre de Alcaldes", "Arequipa", None)}


def test_a_letter_signed_by_an_official_is_no_attendance() -> None:
    facts = facts_of(
        "La Asamblea General se celebró en Lima. En marzo la alcaldesa recibió el escrito formal, firmado por "
        "el secretario general de la UCCI, Pedro Ramos, con la convocatoria.\n",
        "es",
    )
    assert relations(facts, "ATTENDED") == set()


def test_a_portfolio_deputy_mayor_holds_office_in_the_city_of_the_sentence_and_an_owned_assembly_is_the_one_named() -> (
    None
):
    facts = facts_of(
        "Cusco entra en la red tras la aprobación de la XX Asamblea Plenaria de la organización, que se celebra "
        "en estos días en Lima, Perú.\n\n"
        "La alcaldesa de Cusco, Rosa Quispe y el teniente de alcalde de Turismo, Mario Huamán, participan como "
        "invitados en la Asamblea de la UCCI.\n",
        "es",
    )
    assembly = "XX Asamblea Plenaria de la organización"
    assert relations(facts, "HOLDS_OFFICE") == {
        ("Rosa Quispe", "Cusco", "mayor"),
        ("Mario Huamán", "Cusco", "deputy mayor for tourism"),
    }
    assert relations(facts, "ATTENDED") == {
        ("Rosa Quispe", assembly, "participant"),
        ("Mario Huamán", assembly, "participant"),
    }
    assert relations(facts, "ORGANISED_BY") == {(assembly, "Union of Ibero-American Capital Cities", "organiser")}
    assert len([e for e in facts.entities.values() if e.kind == "Event"]) == 1


def test_a_councillor_of_an_unknown_town_takes_no_other_citys_office() -> None:
    facts = facts_of(
        "El alcalde de Lyon, Jean Roux, y el concejal de Villeneuve-Sablons, Paul Roy, visitaron la feria.\n", "es"
    )
    assert ("Paul Roy", "Lyon", "councillor") not in relations(facts, "HOLDS_OFFICE")


def test_a_mayor_signing_memoranda_with_two_cities_ties_her_city_to_each() -> None:
    facts = facts_of(
        "La alcaldesa de Sevilla, Lucía Navas, viaja a Chile. Durante su visita, Navas firmará sendos memorandos de "
        "entendimiento con los alcaldes de Valparaíso y de Concepción.\n",
        "es",
    )
    ties = {(a, b, r.props.get("kind")) for r in facts.relations.values() if r.type == "TWINNED_WITH"
            for a, b in [sorted((facts.entities[r.source].name, facts.entities[r.target].name))]}  # fmt: skip
    assert ties == {("Concepción", "Sevilla", "cooperation"), ("Sevilla", "Valparaíso", "cooperation")}


def test_an_events_acronym_is_no_organisation_and_its_city_closes_its_name() -> None:
    facts = facts_of(
        "El alcalde inicia un viaje que se centrará en la 12ª Feria Internacional del Libro de Bogotá (FILB), "
        "la mayor cita del año.\n",
        "es",
    )
    assert names(facts, "Organisation") == set()
    # the rank stays in the name (as "troisième Congrès mondial" does)
    assert relations(facts, "HELD_IN") == {("12ª Feria Internacional del Libro de Bogotá", "Bogotá", None)}


def test_a_page_titled_as_the_opening_of_a_summit_and_its_host_mayor() -> None:
    facts = facts_of(
        "Apertura oficial de la Cumbre de Mercociudades en Montevideo\n"
        "La ciudad fue sede ayer de la apertura del encuentro anual. La apertura fue presidida por la intendenta "
        "anfitriona, Carolina Cosse; y el ministro de Cultura, Pablo Ruiz.\n",
        "es",
    )
    assert relations(facts, "PART_OF") == {("Apertura oficial", "Cumbre de Mercociudades en Montevideo", None)}
    assert relations(facts, "HELD_IN") == {
        ("Apertura oficial", "Montevideo", None),
        ("Cumbre de Mercociudades en Montevideo", "Montevideo", None),
    }
    assert relations(facts, "ORGANISED_BY") == {("Cumbre de Mercociudades en Montevideo", "Mercociudades", "organiser")}
    assert ("Carolina Cosse", "Apertura oficial", "host") in relations(facts, "ATTENDED")
    assert ("Carolina Cosse", "Montevideo", "mayor") in relations(facts, "HOLDS_OFFICE")


def test_the_ratification_of_a_twinning_is_the_pages_event_and_its_signatories_attend() -> None:
    facts = facts_of(
        "El alcalde recibió a una delegación de Arequipa, con la que renovó sus lazos al firmar la ratificación de "
        "hermanamiento. El acta de ratificación fue firmada por Elena Suárez, jefa de Despacho de Alcaldía; y por "
        "Arequipa firmó Jorge Rojas, director de Cultura.\n",
        "es",
    )
    assert relations(facts, "ATTENDED") == {
        ("Elena Suárez", "Ratificación de hermanamiento", "participant"),
        ("Jorge Rojas", "Ratificación de hermanamiento", "participant"),
        ("Arequipa", "Ratificación de hermanamiento", "participant"),  # "recibió a una delegación de Arequipa"
    }
    assert "Despacho de Alcaldía" not in names(facts, "Person")


def test_a_body_that_organised_an_event_and_a_person_named_in_an_aside_of_the_chair() -> None:
    facts = facts_of(
        "El Comité Ejecutivo se ha reunido en Quito, donde el FAMSI ha organizado el Seminario 'Agua y Ciudades'. "
        "La reunión ha estado presidida por la ministra de Vivienda, Rosa Vera, que ha conversado con el presidente "
        "del FAMSI, Luis Gómez, antes de la sesión.\n",
        "es",
    )
    organisers = relations(facts, "ORGANISED_BY")
    famsi = "Andalusian Fund of Municipalities for International Solidarity"
    assert ("Seminario 'Agua y Ciudades'", famsi, "organiser") in organisers
    attended = {(p, r) for p, _, r in relations(facts, "ATTENDED")}
    assert attended == {("Rosa Vera", "moderator"), ("Luis Gómez", "participant")}


def test_memoranda_to_be_signed_date_the_tie_by_the_page() -> None:
    facts = facts_of(
        "SEVILLA, 12 Mar. 2019\n\nLa alcaldesa de Sevilla, Lucía Ortega, viaja a Chile. Ortega firmará sendos memorandos "
        "de entendimiento con Valparaíso y con Concepción.\n",
        "es",
    )
    assert {r.props.get("since") for r in facts.relations.values() if r.type == "TWINNED_WITH"} == {"2019"}


def test_a_ranked_meeting_of_a_council_named_in_prose_is_an_event_it_organises() -> None:
    facts = facts_of(
        "La solicitud se incorporará al orden del día de la XII reunión del Comité Ejecutivo, en mayo.\n", "es"
    )
    assert {(e, o.split(" (")[0]) for e, o, _ in relations(facts, "ORGANISED_BY")} == {
        ("XII reunión del Comité Ejecutivo", "Comité Ejecutivo")
    }


def test_the_one_who_received_a_delegation_hosts_and_its_city_takes_part() -> None:
    facts = facts_of(
        "El alcalde, Rubén Ortiz, recibió a una comitiva de Arequipa para firmar la renovación del hermanamiento.\n",
        "es",
    )
    assert relations(facts, "ATTENDED") == {
        ("Rubén Ortiz", "Renovación del hermanamiento", "host"),
        ("Arequipa", "Renovación del hermanamiento", "participant"),
    }
