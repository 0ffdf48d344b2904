"""Places and people: offices before names, regional governments, qualified roles, countries
beside cities. Each rule on sentences written for the test, in the three languages."""

from __future__ import annotations

from munigraph.loaders.documents.builder import DocumentFacts

from tests.loaders.documents.helpers import facts_of


def relations(facts: DocumentFacts, rel_type: str) -> set[tuple]:
    """(source name, target name, role) of every relation of a type read from the text."""
    return {
        (facts.entities[r.source].name, facts.entities[r.target].name, r.props.get("role"))
        for r in facts.relations.values()
        if r.type == rel_type and any(p.document for p in r.provenance)
    }


def test_an_office_before_a_name_after_a_contracted_article_and_its_body_after_an_elided_one() -> None:
    french = facts_of("Le congrès a remercié le sortant, succédant au maire de Nantes, Jeanne Roux, hier soir.\n", "fr")
    assert relations(french, "HOLDS_OFFICE") == {("Jeanne Roux", "Nantes", "mayor")}
    spanish = facts_of("La carta fue firmada por el secretario general de la UCCI, Pablo Ortega, en marzo.\n", "es")
    assert relations(spanish, "HOLDS_OFFICE") == {
        ("Pablo Ortega", "Union of Ibero-American Capital Cities", "secretary general")
    }


def test_an_article_inside_a_compound_office_opens_no_office_phrase() -> None:
    facts = facts_of("Les allocutions du premier adjoint au maire de Rennes, M. Marc Blin, ont suivi.\n", "fr")
    assert relations(facts, "HOLDS_OFFICE") == {("Marc Blin", "Rennes", "first deputy mayor")}


def test_two_offices_joined_before_one_name_and_a_body_whose_name_holds_and() -> None:
    spanish = facts_of(
        "Habló con el presidente del FAMSI y presidente de la Diputación de Jaén, Luis Mora, antes de la sesión.\n",
        "es",
    )
    assert relations(spanish, "HOLDS_OFFICE") == {
        ("Luis Mora", "Andalusian Fund of Municipalities for International Solidarity", "president"),
        ("Luis Mora", "Diputación de Jaén", "president"),
    }
    french = facts_of(
        "Ont parlé le vice-président de l'Union des Villes et Communes du Bénin (UVCB), M. Paul Dossou, et d'autres.\n",
        "fr",
    )
    assert relations(french, "HOLDS_OFFICE") == {
        ("Paul Dossou", "Union des Villes et Communes du Bénin", "vice president")
    }


def test_a_regional_government_is_a_city_of_its_own_in_its_country() -> None:
    facts = facts_of(
        "Le bureau a élu Marta Gallo, présidente de la région Toscane, et Ana Ruiz, présidente du "
        "Conseil régional de Bretagne, lors de la séance.\n",
        "fr",
    )
    assert relations(facts, "HOLDS_OFFICE") == {
        ("Marta Gallo", "région Toscane", "president"),
        ("Ana Ruiz", "Conseil régional de Bretagne", "president"),
    }
    countries = {e.name: e.props.get("country") for e in facts.entities.values() if e.kind == "City"}
    assert countries == {"région Toscane": "IT", "Conseil régional de Bretagne": "FR"}
    spanish = facts_of("Asistió el gobernador de la provincia de Mendoza, Pedro Gil, a la apertura.\n", "es")
    assert relations(spanish, "HOLDS_OFFICE") == {("Pedro Gil", "provincia de Mendoza", "governor")}
    english = facts_of("Ann Lee, Governor of the Province of Alicante, said the plan was ready.\n", "en")
    assert relations(english, "HOLDS_OFFICE") == {("Ann Lee", "Province of Alicante", "governor")}


def test_a_governing_board_is_no_region() -> None:
    facts = facts_of(
        "Quedan aprobados por la Junta de Gobierno los cambios, dijo el presidente de la Junta de Gobierno, Juan Sanz.\n",
        "es",
    )
    assert not [e for e in facts.entities.values() if e.kind == "City"]


def test_rank_and_delegation_stay_in_the_role() -> None:
    english = facts_of("Olga Marr, First Vice-President of ICLEI, said the network had grown.\n", "en")
    assert relations(english, "HOLDS_OFFICE") == {
        ("Olga Marr", "ICLEI – Local Governments for Sustainability", "first vice president")
    }
    spanish = facts_of("Rosa Díaz, primera teniente de alcalde de Sevilla, inauguró la muestra.\n", "es")
    assert relations(spanish, "HOLDS_OFFICE") == {("Rosa Díaz", "Sevilla", "first deputy mayor")}


def test_a_list_of_mayors_with_their_cities_goes_on_after_a_dash_and_initials() -> None:
    facts = facts_of(
        "The summit will host mayors Ana Roe (Lisbon), Rui Costa (Porto). – Carl P. Dunn (Oslo), Dora Lind (Bergen).\n",
        "en",
    )
    assert relations(facts, "HOLDS_OFFICE") == {
        ("Ana Roe", "Lisbon", "mayor"),
        ("Rui Costa", "Porto", "mayor"),
        ("Carl P. Dunn", "Oslo", "mayor"),
        ("Dora Lind", "Bergen", "mayor"),
    }


def test_an_office_of_a_place_right_before_a_name_with_no_comma() -> None:
    english = facts_of("It follows a proposal by the Mayor of Lisbon Ana Roe last spring.\n", "en")
    assert relations(english, "HOLDS_OFFICE") == {("Ana Roe", "Lisbon", "mayor")}
    french = facts_of("Hier, le maire de Lyon Paul Marec a signé la charte.\n", "fr")
    assert relations(french, "HOLDS_OFFICE") == {("Paul Marec", "Lyon", "mayor")}
    assert {e.name for e in french.entities.values() if e.kind == "Person"} == {"Paul Marec"}


def test_an_office_in_a_body_named_first_in_brackets_or_after_and() -> None:
    facts = facts_of(
        "Mayor Rita Solis of Iloilo (UCLG Treasurer) chaired the meeting. Omar Diallo, Mayor of Dakar "
        "(Senegal) and ICLEI Vice Chair, said the plan was ready.\n",
        "en",
    )
    assert relations(facts, "HOLDS_OFFICE") == {
        ("Rita Solis", "Iloilo", "mayor"),
        ("Rita Solis", "United Cities and Local Governments", "treasurer"),
        ("Omar Diallo", "Dakar", "mayor"),
        ("Omar Diallo", "ICLEI – Local Governments for Sustainability", "vice chair"),
    }


def test_the_country_a_text_puts_a_city_in() -> None:
    french = facts_of("Le comité s'est réuni à Utrecht aux Pays-Bas en décembre.\n", "fr")
    english = facts_of("The assembly admitted Palma de Mallorca (Spain) as a member.\n", "en")
    for facts, city in ((french, "Utrecht"), (english, "Palma")):
        assert relations(facts, "IN_COUNTRY") == {
            (city, facts.entities[f"country:{'NL' if city == 'Utrecht' else 'ES'}"].name, None)
        }


def test_countries_and_bodies_written_like_names_are_no_people() -> None:
    facts = facts_of(
        "The panel met. Mr. Ali Ba, Secretary General of the Association of Rural Development Councils in Chad, and the "
        "mayor of Banjul (The Gambia) spoke.\n",
        "en",
    )
    assert {e.name for e in facts.entities.values() if e.kind == "Person"} == {"Ali Ba"}
    assert relations(facts, "HOLDS_OFFICE") == {
        ("Ali Ba", "Association of Rural Development Councils", "secretary general")
    }


def test_a_town_the_gazetteer_does_not_list_where_only_a_town_can_stand() -> None:
    spanish = facts_of(
        "Baja: D. Luis Pardo Gil, Ex Alcalde de Villaquemada (Alicante) - PSOE, deja la comisión.\n", "es"
    )
    assert relations(spanish, "HOLDS_OFFICE") == {("Luis Pardo Gil", "Villaquemada", "mayor")}
    assert spanish.entities["city:es:villaquemada"].props["country"] == "ES"
    french = facts_of(
        "L'exposition est le fruit de la coopération décentralisée entre la ville de Tulle et la commune de "
        "Ndiobène Sakh. Le maire de Dakar était présent.\n",
        "fr",
    )
    assert {facts_name for _, facts_name, _ in relations(french, "TWINNED_WITH")} | {
        s for s, _, _ in relations(french, "TWINNED_WITH")
    } == {"Tulle", "Ndiobène Sakh"}


def test_a_mayor_of_a_word_that_names_no_town_makes_no_city() -> None:
    facts = facts_of("Ana Roe, Mayor of Culture (Lyon Festival), spoke. Le maire de Janvier Prochain a dit.\n", "en")
    assert not [e for e in facts.entities.values() if e.kind == "City" and not e.props.get("resolved", True)]


def test_memoranda_with_two_cities_tie_neither_to_the_other() -> None:
    facts = facts_of(
        "La alcaldesa firmará sendos memorandos de entendimiento con los responsables de la Ciudad de México "
        "y de Guadalajara. Tras ese acto, viajará.\n",
        "es",
    )
    assert relations(facts, "TWINNED_WITH") == set()


def test_a_title_the_word_lists_do_not_know_before_a_city_state_and_its_state() -> None:
    facts = facts_of(
        "Speakers:\n  • Lia Conti, Regent of the Republic, San Marino, San Marino\n  • Ivo Rossi, Mayor, Genoa, Italy\n",
        "en",
    )
    assert relations(facts, "HOLDS_OFFICE") == {
        ("Lia Conti", "San Marino", "regent of the republic"),
        ("Ivo Rossi", "Genoa", "mayor"),
    }
    assert {(s, t) for s, t, _ in relations(facts, "IN_COUNTRY")} == {("San Marino", "San Marino"), ("Genoa", "Italy")}


def test_a_big_city_named_like_a_state_is_the_city_and_no_context_for_others() -> None:
    facts = facts_of("« La paix ne se construit pas à Genève ou à New-York », a-t-il dit.\n", "fr")
    countries = {e.name: e.props.get("country") for e in facts.entities.values() if e.kind == "City"}
    assert countries == {"Geneva": "CH", "New York City": "US"}


def test_hyphenated_offices_a_government_right_after_an_office_and_a_new_office_holder() -> None:
    french = facts_of("Bureau\n- Anne KOFFI, Ministre-Gouverneur du District d'Abidjan\n", "fr")
    assert relations(french, "HOLDS_OFFICE") == {("Anne KOFFI", "District d'Abidjan", "minister and governor")}
    spanish = facts_of(
        "Alta: D. Luis Mora, Presidente Diputación Lugo - PP Consejo de Municipios y Regiones de Europa (CMRE).\n",
        "es",
    )
    assert relations(spanish, "HOLDS_OFFICE") == {("Luis Mora", "Diputación Lugo", "president")}
    assert {t for _, t, _ in relations(spanish, "AFFILIATED_WITH")} == {"PP"}
    elected = facts_of("La réunion a vu l'élection du nouveau président du CCRE, Ana Ruiz, maire de Vannes.\n", "fr")
    assert relations(elected, "HOLDS_OFFICE") == {
        ("Ana Ruiz", "Council of European Municipalities and Regions", "president"),
        ("Ana Ruiz", "Vannes", "mayor"),
    }
    mexican = facts_of("Se reunirá con el presidente municipal de Morelia, Raúl Soto, el jueves.\n", "es")
    assert relations(mexican, "HOLDS_OFFICE") == {("Raúl Soto", "Morelia", "mayor")}


def test_an_office_before_a_name_opened_by_an_indefinite_article_with_a_title_after_the_comma() -> None:
    facts = facts_of(
        "The bureau met online. A newly elected President of ICLEI, Mayor Ana Roe said the plan was ready.\n", "en"
    )
    assert relations(facts, "HOLDS_OFFICE") == {
        ("Ana Roe", "ICLEI – Local Governments for Sustainability", "president")
    }


def test_a_cued_line_of_bare_names_is_one_person_each() -> None:
    facts = facts_of(
        "# Journée des quartiers\n\n12 mai 2024, Dakar\n\nIntervenants : Awa Diallo, Moussa Sène, Fatou Kiné Ba, C\n"
        "Animation : Jeanne Roux, maire de Lyon\n",
        "fr",
    )
    people = {e.name for e in facts.entities.values() if e.kind == "Person"}
    assert people == {"Awa Diallo", "Moussa Sène", "Fatou Kiné Ba", "Jeanne Roux"}
    assert {s for s, _, role in relations(facts, "ATTENDED") if role == "speaker"} == {
        "Awa Diallo",
        "Moussa Sène",
        "Fatou Kiné Ba",
    }
    assert relations(facts, "AFFILIATED_WITH") == set()
    assert relations(facts, "HOLDS_OFFICE") == {("Jeanne Roux", "Lyon", "mayor")}


def test_places_and_titles_written_like_names_are_no_people_and_an_unnamed_holder_takes_no_office() -> None:
    facts = facts_of(
        "A dialogue followed with the director of the City Theater, Ana Roe and the director of the Teatro della "
        "Pergola. Sessions: “European Democratic Cities Confronting Populism”.\n",
        "en",
    )
    assert {e.name for e in facts.entities.values() if e.kind == "Person"} <= {"Ana Roe"}
    assert not [t for _, t, _ in relations(facts, "HOLDS_OFFICE") if "Pergola" in t]


def test_the_name_finder_skips_places_bodies_and_titles_written_like_names() -> None:
    from munigraph.loaders.documents.names import people_in

    text = "With the Teatro della Pergola, the City Theater, European Democratic Cities and Ana Roe."
    assert [text[s:e] for s, e in people_in(text, 0, len(text))] == ["Ana Roe"]
