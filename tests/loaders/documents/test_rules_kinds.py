"""Kinds of constructions the rules read in all three languages (membership lists, offices under
headings, secondary twin lists, date ranges and day headings), each on sentences written for the
test, with negatives."""

from __future__ import annotations

from munigraph.loaders.documents.builder import DocumentFacts

from tests.loaders.documents.helpers import facts_of, pairs, twins

# --- MEMBER_OF -------------------------------------------------------------------------------


def test_a_list_under_a_new_members_line_makes_each_city_a_member_of_the_title_body() -> None:
    english = facts_of(
        "Metropolis welcomes new members\n\nThe Board met in Seoul on 3 March 2025. New members:\n"
        "- Curitiba (Brazil)\n- Kazan (Russia)\n- Lusaka (Zambia)\n",
        "en",
    )
    assert {m for m, _ in pairs(english, "MEMBER_OF")} == {"Curitiba", "Kazan", "Lusaka"}
    assert {o for _, o in pairs(english, "MEMBER_OF")} == {"Metropolis"}
    french = facts_of(
        "CGLU Afrique accueille de nouveaux membres\n\nNouveaux membres :\n- Bamako (Mali)\n- Cotonou (Bénin)\n- Niamey (Niger)\n",
        "fr",
    )
    assert pairs(french, "MEMBER_OF") == {(c, "UCLG Africa") for c in ("Bamako", "Cotonou", "Niamey")}


def test_a_list_of_new_members_takes_the_body_named_on_its_line_or_in_the_sentence_after() -> None:
    spanish = facts_of(
        "Nuevos miembros:\n- Quito (Ecuador)\n- Cuenca (Ecuador)\n- Valparaíso (Chile)\n"
        "Los nuevos miembros se incorporan a la Unión de Ciudades Capitales Iberoamericanas.\n",
        "es",
    )
    assert pairs(spanish, "MEMBER_OF") == {
        (c, "Union of Ibero-American Capital Cities") for c in ("Quito", "Cuenca", "Valparaíso")
    }
    assert "Tsagaan-Ovoo" not in {e.name for e in spanish.entities.values()}  # "Los" is an article
    english = facts_of(
        "UCLG Board welcomes new members\n\nThe following cities became members of UCLG in 2024: "
        "Kigali (Rwanda), Tunis (Tunisia) and Seville (Spain).\n",
        "en",
    )
    assert {m for m, _ in pairs(english, "MEMBER_OF")} == {"Kigali", "Tunis", "Sevilla"}


def test_people_listed_as_new_members_of_a_council_or_prose_after_the_cue_make_no_membership() -> None:
    english = facts_of(
        "UCLG Executive Bureau\n\nNew members of the Executive Bureau:\n- Jane Roe (Lyon)\n"
        "- Peter Marsh, Mayor of Bristol\n- Ana Lima (Brazil)\n",
        "en",
    )
    assert pairs(english, "MEMBER_OF") == set()
    french = facts_of(
        "Nouveaux membres du Bureau de CGLU :\n- Paul Martin, maire de Dijon\n- Fatou Diallo (Sénégal)\n", "fr"
    )
    assert pairs(french, "MEMBER_OF") == set()
    spanish = facts_of(
        "Mercociudades\n\nNuevos miembros de la Junta Directiva: Carlos Pérez (Rosario) y Marta Gómez (Montevideo).\n",
        "es",
    )
    assert pairs(spanish, "MEMBER_OF") == set()
    prose = facts_of(
        "Energy Cities news\n\nNew members: we now count 200 members across Europe. Read more below.\n", "en"
    )
    assert pairs(prose, "MEMBER_OF") == set()


def test_an_admission_of_several_cities_to_a_body_makes_each_a_member() -> None:
    french = facts_of(
        "Le Bureau exécutif a approuvé l'adhésion de Lomé, Ouagadougou et Abidjan à CGLU Afrique.\n", "fr"
    )
    assert pairs(french, "MEMBER_OF") == {(c, "UCLG Africa") for c in ("Lomé", "Ouagadougou", "Abidjan")}
    spanish = facts_of(
        "La Junta Directiva de Mercociudades aprobó el ingreso de Rosario y Montevideo a la red.\n", "es"
    )
    assert pairs(spanish, "MEMBER_OF") == {("Rosario", "Mercociudades"), ("Montevideo", "Mercociudades")}


def test_joining_a_body_named_after_its_common_noun_or_adhering_to_it() -> None:
    french = facts_of(
        "La ville de Rennes a rejoint le réseau Eurocities en 2018. Nantes adhère à Energy Cities depuis 2010.\n", "fr"
    )
    assert pairs(french, "MEMBER_OF") == {("Rennes", "Eurocities"), ("Nantes", "Energy Cities")}
    spanish = facts_of(
        "La ciudad de Medellín se incorpora a Metropolis. Bilbao es miembro de Eurocities desde 2009.\n", "es"
    )
    assert pairs(spanish, "MEMBER_OF") == {("Medellín", "Metropolis"), ("Bilbao", "Eurocities")}
    english = facts_of(
        "Lyon joined UCLG in 2019. Mayor Anna Berg visited Bonn last week and met members of the press.\n", "en"
    )
    assert pairs(english, "MEMBER_OF") == {("Lyon", "United Cities and Local Governments")}


# --- offices under headings and handovers ---------------------------------------------------


def offices(facts: DocumentFacts) -> set[tuple[str, str, str]]:
    """(person, body, role) of every HOLDS_OFFICE but a city's."""
    return {
        (facts.entities[r.source].name, facts.entities[r.target].name, r.props.get("role"))
        for r in facts.relations.values()
        if r.type == "HOLDS_OFFICE" and facts.entities[r.target].kind != "City"
    }


def test_an_office_heading_by_its_abstract_noun_gives_the_names_below_it_that_office() -> None:
    english = facts_of(
        "UCLG Africa Bureau\n\nPRESIDENCY\nFatimetou Abdel Malick, Mayor of Nouakchott\n\n"
        "VICE-PRESIDENCIES\n- Mohamed Sefiani (Chefchaouen)\n- Christine Mba (Libreville)\n\nTREASURER\nAhmed Ali, Mayor of Djibouti\n",
        "en",
    )
    assert offices(english) == {
        ("Fatimetou Abdel Malick", "UCLG Africa", "president"),
        ("Mohamed Sefiani", "UCLG Africa", "vice president"),
        ("Christine Mba", "UCLG Africa", "vice president"),
        ("Ahmed Ali", "UCLG Africa", "treasurer"),
    }
    french = facts_of(
        "Bureau de l'AIMF\n\nPRÉSIDENCE\nAnne Hidalgo, maire de Paris\n\nVICE-PRÉSIDENCES\n- Valérie Plante (Montréal)\n",
        "fr",
    )
    assert {(p, r) for p, _, r in offices(french)} == {
        ("Anne Hidalgo", "president"),
        ("Valérie Plante", "vice president"),
    }
    spanish = facts_of(
        "Mesa Directiva de Mercociudades\n\nPRESIDENCIA\nPablo Javkin, Intendente de Rosario\n\n"
        "VICEPRESIDENCIAS\n- Carolina Cosse (Montevideo)\n\nVOCALES\n- Jorge Macri (Buenos Aires)\n",
        "es",
    )
    assert offices(spanish) == {
        ("Pablo Javkin", "Mercociudades", "president"),
        ("Carolina Cosse", "Mercociudades", "vice president"),
        ("Jorge Macri", "Mesa Directiva (Mercociudades)", "member"),
    }


def test_a_co_presidency_heading_under_a_council_title_makes_its_names_co_chairs() -> None:
    spanish = facts_of(
        "Comisión de Inclusión Social de CGLU\n\nCOPRESIDENCIA\nAda Colau, Alcaldesa de Barcelona\nJuan Pérez, Alcalde de Quito\n",
        "es",
    )
    assert pairs(spanish, "CO_CHAIRS") == {
        ("Ada Colau", "Comisión de Inclusión Social (UCLG)"),
        ("Juan Pérez", "Comisión de Inclusión Social (UCLG)"),
    }


def test_lines_of_prose_under_an_office_heading_give_no_office() -> None:
    english = facts_of("UCLG news\n\nPresidency\nThe presidency rotates every year between the sections.\n", "en")
    assert offices(english) == set()
    french = facts_of(
        "CGLU Afrique\n\nMembres\nLe réseau compte 300 villes membres.\nParis et Lyon en font partie.\n", "fr"
    )
    assert offices(french) == set()


def test_handing_over_a_presidency_gives_it_to_the_person_after_to() -> None:
    english = facts_of(
        "At the end of the Congress in Bogotá, Mpho Parks Tau handed over the presidency of UCLG to Mohamed Boudra, "
        "Mayor of Al Hoceima.\n",
        "en",
    )
    assert ("Mohamed Boudra", "United Cities and Local Governments", "president") in offices(english)
    spanish = facts_of(
        "El alcalde de Rosario, Pablo Javkin, traspasó la Presidencia de Mercociudades a Carolina Cosse, intendenta de Montevideo.\n",
        "es",
    )
    assert ("Carolina Cosse", "Mercociudades", "president") in offices(spanish)
    french = facts_of(
        "Le maire de Lyon, Grégory Doucet, a passé la présidence de Eurocities à Dario Nardella, maire de Florence.\n",
        "fr",
    )
    assert ("Dario Nardella", "Eurocities", "president") in offices(french)
    # the outgoing holder named right before the handover held it too
    assert ("Mpho Parks Tau", "United Cities and Local Governments", "president") in offices(english)
    assert ("Pablo Javkin", "Mercociudades", "president") in offices(spanish)
    assert ("Grégory Doucet", "Eurocities", "president") in offices(french)
    passed = facts_of("The Mayor of Lyon passed the presidency test with ease.\n", "en")
    assert offices(passed) == set()


# --- secondary twin lists ---------------------------------------------------------------------


def test_a_city_also_twinned_with_a_list_and_partnered_in_the_next_sentence() -> None:
    english = facts_of(
        "Cincinnati and Liuzhou sign sister city agreement\n\nCincinnati is also twinned with Munich, Nancy and Kharkiv. "
        "The city also has partnership agreements with Gifu and Taipei.\n",
        "en",
    )
    assert twins(english) == {
        frozenset({"Cincinnati", c}) for c in ("Liuzhou", "Munich", "Nancy", "Kharkiv", "Gifu", "Taipei")
    }
    spanish = facts_of(
        "Quillota y Uruapan firman hermanamiento\n\nQuillota está hermanada, entre otras, con Mendoza y Tacna. "
        "Además mantiene acuerdos de cooperación con Rosario y Cusco.\n",
        "es",
    )
    assert twins(spanish) == {frozenset({"Quillota", c}) for c in ("Uruapan", "Mendoza", "Tacna", "Rosario", "Cusco")}
    french = facts_of("La ville de Rumilly est également jumelée avec Schwarzenbek et Cadiz.\n", "fr")
    assert twins(french) == {frozenset({"Rumilly", "Schwarzenbek"}), frozenset({"Rumilly", "Cadiz"})}


def test_cities_met_after_a_twinning_sentence_are_no_twins() -> None:
    english = facts_of("Lyon is twinned with Birmingham. The delegation then visited Munich and Milan.\n", "en")
    assert twins(english) == {frozenset({"Lyon", "Birmingham"})}
    french = facts_of(
        "Lyon est jumelée avec Birmingham. Le maire a ensuite rencontré ses homologues de Munich et de Milan.\n", "fr"
    )
    assert twins(french) == {frozenset({"Lyon", "Birmingham"})}


# --- dates: ranges, day headings, datelines ---------------------------------------------------


def event_days(facts: DocumentFacts) -> dict[str, tuple[str | None, str | None]]:
    """Each event's name -> its (start, end) days."""
    return {
        e.name: (str(e.props.get("start") or "")[:10] or None, str(e.props.get("end") or "")[:10] or None)
        for e in facts.entities.values()
        if e.kind == "Event"
    }


def test_a_numbered_day_heading_is_one_day_not_a_range() -> None:
    from munigraph.loaders.documents import dates

    (day,) = dates.find_dates("Day 1 – Tuesday 16 April 2024")
    assert (day.first.isoformat(), day.last.isoformat()) == ("2024-04-16", "2024-04-16")
    (both,) = dates.find_dates("du vendredi 24 au dimanche 26 octobre 2025")
    assert (both.first.day, both.last.day) == (24, 26)
    (plain,) = dates.find_dates("16–17 April 2024")
    assert (plain.first.day, plain.last.day) == (16, 17)


def test_sessions_under_day_headings_take_the_day_and_belong_to_the_titled_event() -> None:
    english = facts_of(
        "Local Leaders Forum — Programme\n\nDay 1 – Tuesday 16 April 2024\nOpening session\n- Jane Roe, Mayor of Bristol\n\n"
        "Day 2 – Wednesday 17 April 2024\nClosing plenary\n- Peter Marsh, Mayor of Leeds\n",
        "en",
    )
    assert event_days(english) == {
        "Local Leaders Forum": ("2024-04-16", "2024-04-17"),
        "Opening session": ("2024-04-16", "2024-04-16"),
        "Closing plenary": ("2024-04-17", "2024-04-17"),
    }
    assert pairs(english, "PART_OF") >= {
        ("Opening session", "Local Leaders Forum"),
        ("Closing plenary", "Local Leaders Forum"),
    }
    french = facts_of(
        "Forum des maires — Programme\n\nJeudi 6 juin 2024\nSéance d'ouverture\n- Anne Hidalgo, maire de Paris\n\n"
        "Vendredi 7 juin 2024\nSéance de clôture\n- Grégory Doucet, maire de Lyon\n",
        "fr",
    )
    assert event_days(french)["Forum des maires"] == ("2024-06-06", "2024-06-07")
    assert event_days(french)["Séance de clôture"] == ("2024-06-07", "2024-06-07")
    spanish = facts_of(
        "Foro de alcaldes — Programa\n\nMiércoles 29 de noviembre de 2023\nSesión de apertura\n- Pablo Javkin, Intendente de Rosario\n\n"
        "Jueves 30 de noviembre de 2023\nSesión de clausura\n- Carolina Cosse, Intendenta de Montevideo\n",
        "es",
    )
    assert event_days(spanish)["Foro de alcaldes"] == ("2023-11-29", "2023-11-30")
    assert ("Sesión de clausura", "Foro de alcaldes") in pairs(spanish, "PART_OF")


def test_a_dateline_does_not_date_the_event_the_story_announces() -> None:
    french = facts_of(
        "Paris, le 3 mars 2024 – Le Congrès de CGLU se tiendra à Daejeon du 10 au 13 octobre 2024.\n", "fr"
    )
    assert event_days(french) == {"Congrès de CGLU": ("2024-10-10", "2024-10-13")}
    english = facts_of("Madrid, 5 March 2024 – The Summit of Mayors will take place in Seville next year.\n", "en")
    assert all(days == (None, None) for days in event_days(english).values())
    london = facts_of(
        "London, 3 March 2024 — UCLG announced today that its Executive Bureau will meet in Bogotá in June.\n", "en"
    )
    assert "London" not in {e.name for e in london.entities.values()}
    spanish = facts_of(
        "Madrid, 5 de marzo de 2024 – La Cumbre de Alcaldes se celebró en Sevilla con 40 alcaldes.\n", "es"
    )
    assert event_days(spanish)["Cumbre de Alcaldes"][0] == "2024-03-05"  # a report: the dateline's day stands


# --- councils named in capitals as headings ---------------------------------------------------


def test_a_numbered_council_heading_is_a_council_co_chaired_by_the_names_below() -> None:
    english = facts_of(
        "UCLG Policy Councils\n\nPOLICY COUNCIL 2 — Opportunities for all, culture and city diplomacy\nCo-chairs:\n"
        "- Ada Colau, Mayor of Barcelona\n- Mohamed Boudra, Mayor of Al Hoceima\n",
        "en",
    )
    council = "Policy Council 2 – Opportunities for all, culture and city diplomacy (UCLG)"
    assert pairs(english, "CO_CHAIRS") == {("Ada Colau", council), ("Mohamed Boudra", council)}
    assert (council, "United Cities and Local Governments") in pairs(english, "PART_OF")
    assert offices(english) == set()  # co-chairs of the council, not co-presidents of UCLG
    french = facts_of(
        "Les Conseils politiques de CGLU\n\nCONSEIL POLITIQUE 3 : Gouvernance multiniveau\nCoprésidents :\n"
        "- Anne Hidalgo, maire de Paris\n- Mohamed Sefiani, maire de Chefchaouen\n",
        "fr",
    )
    assert {p for p, _ in pairs(french, "CO_CHAIRS")} == {"Anne Hidalgo", "Mohamed Sefiani"}
    spanish = facts_of(
        "Consejos Políticos de CGLU\n\nCONSEJO POLÍTICO 1 – Derecho a la ciudad\nCopresidencia:\n"
        "- Claudia López, Alcaldesa de Bogotá\n- Carolina Cosse, Intendenta de Montevideo\n",
        "es",
    )
    assert {c for _, c in pairs(spanish, "CO_CHAIRS")} == {"Consejo Político 1 – Derecho a la ciudad (UCLG)"}


def test_a_year_or_a_session_number_after_a_council_word_is_no_numbered_council() -> None:
    english = facts_of("UCLG\n\nCouncil 2024: the year in review\nSession 2 – Financing local action\n", "en")
    assert not [e for e in english.entities.values() if e.kind == "Council" and "2" in e.name]


def test_new_members_listed_by_their_government_or_as_bodies_and_admitted_by_the_subject() -> None:
    english = facts_of(
        "Welcome to our new members!\n\nICLEI is pleased to welcome the following new members:\n"
        "City of Cape Town, South Africa\nKazan, Russia\nAssociation of Finnish Municipalities (Finland)\n\nRead more.\n",
        "en",
    )
    assert {m for m, _ in pairs(english, "MEMBER_OF")} == {
        "Cape Town",
        "Kazan",
        "Association of Finnish Municipalities",
    }
    spanish = facts_of(
        "Mercociudades da la bienvenida a nuevas ciudades\n\nNuevas ciudades miembro:\n"
        "- Municipalidad de Rosario (Argentina)\n- Intendencia de Canelones (Uruguay)\n- Ciudad de Quilmes (Argentina)\n",
        "es",
    )
    assert pairs(spanish, "MEMBER_OF") == {(c, "Mercociudades") for c in ("Rosario", "Canelones", "Quilmes")}
    french = facts_of(
        "AIMF : de nouvelles villes rejoignent le réseau\n\nLors de son Bureau, l'AIMF a validé l'adhésion de Kindia, de Mopti et de Kaolack.\n",
        "fr",
    )
    assert {m for m, _ in pairs(french, "MEMBER_OF")} == {"Kindia", "Mopti", "Kaolack"}
    unnamed = facts_of(
        "At its meeting in Lisbon, the Board accepted the membership applications of Rosario, Bogotá and Durban.\n",
        "en",
    )
    assert pairs(unnamed, "MEMBER_OF") == set()  # no organisation named: none guessed
