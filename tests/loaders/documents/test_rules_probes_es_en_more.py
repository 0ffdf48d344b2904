"""More Spanish and English probes, written for the test: one meeting or fair named twice (a headline
and the body text) is one event; offices read from demonyms and from the page's one city."""

from __future__ import annotations

from tests.loaders.documents.helpers import facts_of, names, relations


def test_a_headline_naming_a_bodys_meeting_is_the_meeting_the_text_reports() -> None:
    for text, language in (
        ("Reunión del Consejo Directivo de la Red de Ciudades Costeras en Cartagena\n\n"
         "El Consejo Directivo de la Red de Ciudades Costeras se reunió el 12 de mayo en Cartagena (Colombia). "
         "La reunión fue presidida por la alcaldesa de Valparaíso, Jimena Rojas.\n", "es"),
        ("Annual Meeting of the Board of the Coastal Cities Network in Durban\n\n"
         "The Board of the Coastal Cities Network met on 12 May in Durban, South Africa. "
         "The meeting was chaired by the Mayor of Mombasa, Amina Yusuf.\n", "en"),
        ("Sesión del Comité Ejecutivo de la Unión de Municipios Andinos\n\n"
         "El Comité Ejecutivo de la Unión de Municipios Andinos se reunió el 3 de junio en Cuenca.\n", "es"),
    ):  # fmt: skip
        facts = facts_of(text, language)
        assert len(names(facts, "Event")) == 1, names(facts, "Event")


def test_a_meeting_of_another_body_stays_an_event_of_its_own() -> None:
    facts = facts_of(
        "El Consejo Directivo de la Red de Ciudades Costeras se reunió el 12 de mayo en Cartagena (Colombia). "
        "Los miembros prepararon la Reunión del Comité de Finanzas de la Red en Lima.\n",
        "es",
    )
    assert len(names(facts, "Event")) == 2, names(facts, "Event")


def test_a_fair_named_with_its_rank_and_scope_then_without_is_one_event() -> None:
    for text, language in (
        ("La alcaldesa viajará a la Feria del Libro de Monterrey. Allí inaugurará la 12ª Feria Internacional del "
         "Libro de Monterrey junto al alcalde.\n", "es"),
        ("The mayor will open the 15th International Book Fair of Dortmund. At the Book Fair of Dortmund she will "
         "meet publishers.\n", "en"),
    ):  # fmt: skip
        facts = facts_of(text, language)
        assert len(names(facts, "Event")) == 1, names(facts, "Event")


def test_a_world_forum_and_a_regional_forum_of_one_theme_stay_two_events() -> None:
    facts = facts_of(
        "El comité preparó el Foro Regional de Economía Social en Quito. Además, la red anunció que el "
        "V Foro Mundial de Economía Social tendrá lugar en Dakar y que el Foro de Economía Social recibirá "
        "a cien ciudades.\n",
        "es",
    )
    event_names = names(facts, "Event")
    assert any("Mundial" in n for n in event_names) and any("Mundial" not in n for n in event_names), event_names
    facts = facts_of(
        "The committee met ahead of the Youth Summit of Mayors. The Summit of Mayors gathered forty cities.\n", "en"
    )
    assert len(names(facts, "Event")) != 1 or relations(facts, "PART_OF") == set()


def test_a_city_written_as_a_modifier_of_the_office_is_where_it_is_held() -> None:
    for text, language, person, city, role in (
        ("The Durban mayor, Thabo Nkosi, welcomed the delegations.\n", "en", "Thabo Nkosi", "Durban", "mayor"),
        ("Thabo Nkosi, the Durban mayor, welcomed the delegations.\n", "en", "Thabo Nkosi", "Durban", "mayor"),
        ("The talks opened with the Leeds deputy mayor, Sam Poe, and ended early.\n", "en", "Sam Poe", "Leeds", "deputy mayor"),
        ("The Parisian mayor, Anne Roe, spoke first.\n", "en", "Anne Roe", "Paris", "mayor"),
        ("El alcalde salmantino, Carlos Peña, visitó la feria.\n", "es", "Carlos Peña", "Salamanca", "mayor"),
        ("Ana Roe, alcaldesa sevillana, firmó el acuerdo.\n", "es", "Ana Roe", "Sevilla", "mayor"),
        ("La intendenta rosarina, Ana Paz, firmó el convenio con Montevideo.\n", "es", "Ana Paz", "Rosario", "mayor"),
    ):  # fmt: skip
        facts = facts_of(text, language)
        assert (person, city, role) in relations(facts, "HOLDS_OFFICE"), (text, relations(facts, "HOLDS_OFFICE"))
        assert city not in names(facts, "Organisation")


def test_a_plain_adjective_before_or_after_an_office_names_no_city() -> None:
    for text, language in (
        ("El alcalde socialista, Carlos Ruiz, habló de vivienda.\n", "es"),
        ("La alcaldesa saliente, Marta Gil, habló de vivienda.\n", "es"),
        ("The Socialist mayor, Anne Roe, spoke first.\n", "en"),
        ("The new mayor, Anne Roe, spoke first.\n", "en"),
    ):
        facts = facts_of(text, language)
        assert relations(facts, "HOLDS_OFFICE") == set(), text
        assert names(facts, "City") == set(), text


def test_a_memorandum_of_understanding_between_cities_is_a_cooperation_tie() -> None:
    facts = facts_of("Leeds and Dortmund signed a memorandum of understanding in 2019.\n", "en")
    assert {(a, b) for a, b, _ in relations(facts, "TWINNED_WITH")} == {("Leeds", "Dortmund")}
    facts = facts_of("The Mayor of Leeds signed memoranda of understanding with Dortmund and Lyon.\n", "en")
    assert {b for _, b, _ in relations(facts, "TWINNED_WITH")} == {"Dortmund", "Lyon"}
    facts = facts_of("The memorandum of understanding between the university and the chamber was renewed.\n", "en")
    assert relations(facts, "TWINNED_WITH") == set()


def test_an_event_name_ends_before_a_pronoun_or_a_time_word() -> None:
    facts = facts_of("Walker will attend the International Book Fair in Dortmund next month.\n", "en")
    assert names(facts, "Event") == {"International Book Fair in Dortmund"}
    assert relations(facts, "HELD_IN") == {("International Book Fair in Dortmund", "Dortmund", None)}
    facts = facts_of("The mayor opened the Festival of Lights where she met artists.\n", "en")
    assert names(facts, "Event") == {"Festival of Lights"}


def test_a_head_of_government_of_a_city_is_its_mayor() -> None:
    facts = facts_of("El jefe de Gobierno de la Ciudad de Buenos Aires, Jorge Macri, recibió a la delegación.\n", "es")
    assert ("Jorge Macri", "Buenos Aires", "mayor") in relations(facts, "HOLDS_OFFICE")
    facts = facts_of("Jorge Macri, jefa de Gobierno de Buenos Aires, habló.\n", "es")
    assert ("Jorge Macri", "Buenos Aires", "mayor") in relations(facts, "HOLDS_OFFICE")
    facts = facts_of("El jefe de Gobierno de España, Pedro Sánchez, habló.\n", "es")
    assert relations(facts, "HOLDS_OFFICE") == set()


def test_a_possessive_office_of_three_words_is_held_in_the_city_named_before() -> None:
    facts = facts_of("Una delegación de Quito, encabezada por su teniente de alcalde, Ana Roe, llegó ayer.\n", "es")
    assert relations(facts, "HOLDS_OFFICE") == {("Ana Roe", "Quito", "deputy mayor")}
    facts = facts_of("Una delegación de Quito, encabezada por su alcalde, Pabel Muñoz, llegó ayer.\n", "es")
    assert relations(facts, "HOLDS_OFFICE") == {("Pabel Muñoz", "Quito", "mayor")}
