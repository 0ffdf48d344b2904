"""Minutes, relevés de décisions and actas: who attended the meeting a page records, from its
attendance lists ("Present:", "Présents :", "Asistentes:"), and who sent apologies (no ATTENDED,
their offices still read). Each rule on sentences written for the test."""

from __future__ import annotations

from tests.loaders.documents.helpers import facts_of, relations


def _attended(text: str, language: str) -> set[tuple]:
    return {(person, role) for person, _, role in relations(facts_of(text, language), "ATTENDED")}


def test_everyone_under_a_present_label_attends_and_those_excused_do_not() -> None:
    text = (
        "Steering Committee meeting, 4 June 2024, Tallinn\n\n"
        "Present:\n- Kadri Tamm (Chair, Tallinn)\n- Rui Alves (Vice-Chair, Braga)\n- Olga Petrova, Mayor of Narva\n\n"
        "In attendance:\n- Tim Hale, Secretary General, Baltic Towns Union\n\n"
        "Apologies:\n- Eva Lind (Uppsala)\n- Marco Rossi, Mayor of Parma\n"
    )
    facts = facts_of(text, "en")
    assert {(p, role) for p, _, role in relations(facts, "ATTENDED")} == {
        ("Kadri Tamm", "participant"), ("Rui Alves", "participant"), ("Olga Petrova", "participant"),
        ("Tim Hale", "participant"),
    }  # fmt: skip
    assert ("Marco Rossi", "Parma", "mayor") in relations(facts, "HOLDS_OFFICE")  # excused, still mayor


def test_french_present_and_excused_lists() -> None:
    text = (
        "Réunion du Conseil d'orientation, 3 mai 2024, Nantes\n\n"
        "Présents :\n- M. Yann Le Goff, président (Brest)\n- Mme Léa Morel, trésorière (Angers)\n\n"
        "Excusés :\n- M. Hugo Blanc, maire de Tours\n"
    )
    assert _attended(text, "fr") == {("Yann Le Goff", "participant"), ("Léa Morel", "participant")}
    inline = (
        "Séance du Comité directeur, 3 mai 2024, Nantes\n\n"
        "Assistent : Yann Le Goff, président ; Léa Morel, trésorière ; Paul Roche, maire de Brest.\n"
        "Absents excusés : Hugo Blanc, maire de Tours.\n"
    )
    assert _attended(inline, "fr") == {
        ("Yann Le Goff", "participant"), ("Léa Morel", "participant"), ("Paul Roche", "participant")
    }  # fmt: skip


def test_spanish_attendance_and_apologies() -> None:
    text = (
        "Acta de la reunión de la Junta Directiva\nCórdoba, 14 de junio de 2024\n\n"
        "Asistentes:\n- Sra. Lucía Prieto, alcaldesa de Jaén\n- Sr. Andrés Gil (Tesorero, Lorca)\n\n"
        "Excusan su asistencia:\n- Sr. Rafael Soto, alcalde de Cuenca\n"
    )
    facts = facts_of(text, "es")
    assert {(p, role) for p, _, role in relations(facts, "ATTENDED")} == {
        ("Lucía Prieto", "participant"), ("Andrés Gil", "participant")
    }  # fmt: skip
    assert ("Rafael Soto", "Cuenca", "mayor") in relations(facts, "HOLDS_OFFICE")
    inline = (
        "Acta de la reunión de la Junta Directiva\nCórdoba, 14 de junio de 2024\n\n"
        "Participan: Lucía Prieto, alcaldesa de Jaén; Andrés Gil, alcalde de Lorca.\n"
    )
    assert _attended(inline, "es") == {("Lucía Prieto", "participant"), ("Andrés Gil", "participant")}


def test_a_label_in_capitals_is_no_acronym_and_a_singular_cue_still_gives_one_entry() -> None:
    facts = facts_of(
        "Board meeting, 9 May 2024, Oslo\n\nPRESENT: Ms Ida Berg (Oslo); Mr Lars Dahl (Bergen)\n"
        "ALSO PRESENT: Ms Kari Nes, Director, Nordic Towns Network\nAPOLOGIES: Mr Per Holm (Bodø)\n",
        "en",
    )
    assert not {e.name for e in facts.entities.values() if e.kind == "Organisation"} & {"PRESENT", "APOLOGIES"}
    assert {p for p, _, _ in relations(facts, "ATTENDED")} == {"Ida Berg", "Lars Dahl", "Kari Nes"}
    speakers = _attended(
        "Forum on Housing, 9 May 2024, Oslo\n\nModerator:\n- Ida Berg\n- Lars Dahl, Mayor of Bergen\n", "en"
    )
    assert ("Ida Berg", "moderator") in speakers and ("Lars Dahl", "moderator") not in speakers  # "Moderator:" is one


def _events(facts) -> set[str]:
    return {e.name for e in facts.entities.values() if e.kind == "Event"}


def test_a_webinar_dated_with_a_start_time_in_several_zones_is_named_from_its_title() -> None:
    facts = facts_of(
        "Webinar: Water Security in Coastal Towns\nTuesday 5 March 2024, 14:00 CET / 10:00 ART\n\n"
        "Moderator\n- Nora Quint, Director, Coastal Cities Alliance\n\nSpeakers\n- Abel Mora, Mayor of Cádiz\n"
        "- Lin Wei, Mayor of Xiamen\n",
        "en",
    )
    title = "Webinar: Water Security in Coastal Towns"
    assert _events(facts) == {title}
    assert relations(facts, "ATTENDED") == {
        ("Nora Quint", title, "moderator"), ("Abel Mora", title, "speaker"), ("Lin Wei", title, "speaker")
    }  # fmt: skip
    fr = facts_of(
        "Webinaire : Les communes et l'eau\nJeudi 4 avril 2024, 15h00 (heure de Paris) / 10h00 (Montréal)\n\n"
        "Modération\n- Inès Brun, directrice, Réseau des villes d'eau\n\nIntervenants\n- Marc Petit, maire de Sète\n",
        "fr",
    )
    assert relations(fr, "ATTENDED") == {
        ("Inès Brun", "Webinaire : Les communes et l'eau", "moderator"),
        ("Marc Petit", "Webinaire : Les communes et l'eau", "speaker"),
    }
    es = facts_of(
        "Seminario web: Ciudades y turismo\nMartes 7 de mayo de 2024 | 11:00 (CDMX) / 19:00 (CEST)\n\n"
        "Apertura: Rosa Vidal, alcaldesa de Cusco\nPanelistas:\n- Hugo Lara, alcalde de Arequipa\n",
        "es",
    )
    assert {(p, role) for p, _, role in relations(es, "ATTENDED")} == {
        ("Rosa Vidal", "speaker"),
        ("Hugo Lara", "speaker"),
    }


def test_a_bare_clock_after_a_date_stamps_a_page_and_names_no_event() -> None:
    facts = facts_of("NEWS AGENCY\nUpdated: Sunday, 19 November 2017 12:06\n\nThe mayor travels to Lima today.\n", "en")
    assert not _events(facts)


def test_a_town_named_by_its_government_attends_the_event_after_the_verb() -> None:
    facts = facts_of(
        "The City of Gdansk took part in the 5th Baltic Mobility Forum in Riga. The city of Turku has also "
        "participated in the Forum. The City of Lahti did not attend the Forum. Visitors of Tartu attended too.",
        "en",
    )
    attended = relations(facts, "ATTENDED")
    assert {(c, role) for c, _, role in attended} == {("Gdańsk", "participant"), ("Turku", "participant")}
    assert len({event for _, event, _ in attended}) == 1  # "the Forum" is the one named before
    fr = facts_of(
        "La Ville de Lorient a participé aux Assises de la mer à Brest. La ville de Vannes a également pris part "
        "aux Assises. La ville de Quimper n'a pas participé.",
        "fr",
    )
    assert {c for c, _, _ in relations(fr, "ATTENDED")} == {"Lorient", "Vannes"}
    es = facts_of(
        "La ciudad de Salta participó en la XII Cumbre de Ciudades del Norte, celebrada en Jujuy. También la "
        "ciudad de Tucumán participó en la cumbre. La ciudad de Catamarca no participó en la cumbre.",
        "es",
    )
    attended = relations(es, "ATTENDED")  # Tucumán's canonical name is San Miguel de Tucumán
    assert {(c.split()[-1], e) for c, e, _ in attended} == {
        ("Salta", "XII Cumbre de Ciudades del Norte"), ("Tucumán", "XII Cumbre de Ciudades del Norte")
    }  # fmt: skip


def test_a_person_who_did_not_attend_is_no_participant() -> None:
    facts = facts_of(
        "The Urban Forum 2024 was held in Split on 3 June 2024. Ivo Kralj, Mayor of Zadar, did not attend the Forum.",
        "en",
    )
    assert not relations(facts, "ATTENDED")


def _held_in(facts) -> set[tuple]:
    return {(event, city) for event, city, _ in relations(facts, "HELD_IN")}


def test_the_meeting_a_record_is_about_is_named_from_its_title_without_the_record_label() -> None:
    en = facts_of(
        "Minutes of the Steering Group meeting\nHeld on 6 May 2024 in Leuven, Belgium\n\n"
        "Present:\n- Ann Maes (Leuven)\n- Bart Smet (Ghent)\n",
        "en",
    )
    assert _events(en) == {"Steering Group meeting"}
    assert _held_in(en) == {("Steering Group meeting", "Leuven")}
    assert {p for p, e, _ in relations(en, "ATTENDED") if e == "Steering Group meeting"} == {"Ann Maes", "Bart Smet"}
    fr = facts_of(
        "Réunion du Comité directeur – Namur, 6 mai 2024\n\nPrésents :\n- Anne Collet (Namur)\n\n"
        "La prochaine réunion aura lieu à Liège.\n",
        "fr",
    )
    assert ("Réunion du Comité directeur", "Namur") in _held_in(fr)
    assert ("Réunion du Comité directeur", "Liège") not in _held_in(fr)  # the next meeting is another
    es = facts_of(
        "Acta de la reunión de la Mesa Directiva\nRosario, 6 de mayo de 2024\n\nAsistentes:\n- Ana Ríos (Rosario)\n\n"
        "La próxima reunión tendrá lugar en Paraná.\n",
        "es",
    )
    assert "reunión de la Mesa Directiva" in _events(es)
    assert ("reunión de la Mesa Directiva", "Rosario") in _held_in(es)
    assert ("reunión de la Mesa Directiva", "Paraná") not in _held_in(es)


def test_a_held_line_without_a_place_or_time_still_names_no_event() -> None:
    facts = facts_of("Latest news\nHeld on 6 May 2024 in the spring\n\nThe city planted trees.\n", "en")
    assert not _events(facts)


def test_parallel_sessions_of_a_two_day_agenda_are_attended_by_their_speakers() -> None:
    es = facts_of(
        "Foro de Alcaldes del Caribe 2024\nSanto Domingo de Guzmán, 3 y 4 de octubre de 2024\n\n"
        "09:00 - 10:00 Sesión inaugural\nIntervención: Rita Peña, alcaldesa de Santiago de los Caballeros\n\n"
        "10:30 - 12:00 Mesa 1: Ciudades costeras\nModera: Luis Mora, periodista\nPonentes: Eva Díaz, alcaldesa de Ponce\n\n"
        "10:30 - 12:00 Mesa 2: Turismo sostenible\nModera: Iván Ruiz, consultor\n",
        "es",
    )
    attended = {(p, e, role) for p, e, role in relations(es, "ATTENDED")}
    assert ("Rita Peña", "Sesión inaugural", "speaker") in attended
    assert ("Luis Mora", "Mesa 1: Ciudades costeras", "moderator") in attended
    assert ("Eva Díaz", "Mesa 1: Ciudades costeras", "speaker") in attended
    assert {p for p, _, _ in attended} == {
        "Rita Peña",
        "Luis Mora",
        "Eva Díaz",
        "Iván Ruiz",
    }  # no dateline, no "Mesa 2"
    assert ("Mesa 1: Ciudades costeras", "Foro de Alcaldes del Caribe 2024", None) in relations(es, "PART_OF")
    fr = facts_of(
        "Journées des villes vertes 2024\nNantes, 5 et 6 juin 2024\n\n"
        "9h30 – 10h30 : Séance d'ouverture\nAllocution : Lise Morin, présidente de Villes vertes\n\n"
        "11h00 – 12h30 : Atelier A – Les arbres en ville\nAnimation : Paul Caron, journaliste\n",
        "fr",
    )
    attended = relations(fr, "ATTENDED")
    assert ("Lise Morin", "Séance d'ouverture", "speaker") in attended
    assert {p for p, _, _ in attended} == {"Lise Morin", "Paul Caron"}  # "Atelier A" is no one


def test_the_chair_or_a_session_label_is_no_person() -> None:
    facts = facts_of(
        "Board meeting, 9 May 2024, Oslo\n\nThe Chair welcomed the members. Session B opened late.\n", "en"
    )
    assert not {e.name for e in facts.entities.values() if e.kind == "Person"}


def test_attendees_go_to_the_recorded_meeting_not_to_a_dated_section_heading() -> None:
    fr = facts_of(
        "Procès-verbal de la réunion du Bureau de l'Association des communes du Jura\nDole, le 8 avril 2024\n\n"
        "Étaient présents : M. Luc Girod (Dole), président ; Mme Inès Vuillet (Lons), trésorière.\n"
        "Étaient excusés : M. Marc Rey (Morez).\n\nDécisions du Bureau, 8 avril 2024\nLe Bureau adopte le budget.\n",
        "fr",
    )
    attended = relations(fr, "ATTENDED")
    assert {p for p, _, _ in attended} == {"Luc Girod", "Inès Vuillet"}
    assert {e for _, e, _ in attended} == {"réunion du Bureau de l'Association des communes du Jura"}
    es = facts_of(
        "ACTA DE LA REUNIÓN DEL CONSEJO DE LA RED ANDINA\nFecha: 9 de abril de 2024\nLugar: Cuenca, Ecuador\n\n"
        "Participan en la reunión:\nPedro Palacios, alcalde de Cuenca\nLeonidas Iza, concejal de Latacunga\n\n"
        "Ausentes con aviso: Pabel Muñoz, alcalde de Quito.\n\nPunto 1. Informe de la presidencia, 9 de abril de 2024\n",
        "es",
    )
    attended = relations(es, "ATTENDED")
    assert {(p, role) for p, _, role in attended} == {
        ("Pedro Palacios", "participant"),
        ("Leonidas Iza", "participant"),
    }
    assert {e for _, e, _ in attended} == {"REUNIÓN DEL CONSEJO DE LA RED ANDINA"}
    assert ("REUNIÓN DEL CONSEJO DE LA RED ANDINA", "Cuenca") in _held_in(es)


def test_a_members_present_heading_lists_participants_and_an_office_in_brackets_is_no_cue() -> None:
    facts = facts_of(
        "Coastal Towns Network\nBureau meeting\n7 February 2024, Aveiro\n\nMembers present\n"
        "Rosa Lima (Coordinator, Coastal Towns Network)\nJoão Reis (Mayor, Aveiro)\n",
        "en",
    )
    assert {(p, role) for p, _, role in relations(facts, "ATTENDED")} == {
        ("Rosa Lima", "participant"), ("João Reis", "participant")
    }  # fmt: skip


def test_attendance_written_in_a_record_s_prose() -> None:
    en = facts_of(
        "Summary record of the Steering Committee meeting\nTartu, 4 June 2024\n\n"
        "The meeting was attended by Urmas Klaas (Tartu), Mihhail Kõlvart (Tallinn) and Ott Lumi (Pärnu). "
        "Also present were Ene Saar, Director of the Baltic Towns Union.\n"
        "Apologies were received from Lars Berg (Turku).\n",
        "en",
    )
    assert {(p, role) for p, _, role in relations(en, "ATTENDED")} == {
        ("Urmas Klaas", "participant"), ("Mihhail Kõlvart", "participant"), ("Ott Lumi", "participant"),
        ("Ene Saar", "participant"),
    }  # fmt: skip
    fr = facts_of(
        "Compte rendu de la réunion du Comité de jumelage\nAnnecy, 12 janvier 2024\n\n"
        "Étaient présents à la réunion Mme Léa Roux, présidente du Comité, M. Karl Weber, représentant de la "
        "ville de Bayreuth, et Mme Sara Conti, adjointe au maire de Vicence.\n",
        "fr",
    )
    assert {p for p, _, _ in relations(fr, "ATTENDED")} == {"Léa Roux", "Karl Weber", "Sara Conti"}


def test_an_attendance_label_is_no_office_heading() -> None:
    facts = facts_of(
        "Acta de la sesión de la Junta Directiva\nQuito, 18 de julio de 2024\n\nAsistentes:\n"
        "Sra. Ana ROJAS, Alcaldesa de Loja\nSr. Juan Pablo VERA (Tesorero, Manta)\n",
        "es",
    )
    assert not {(p, role) for p, _, role in relations(facts, "HOLDS_OFFICE") if role == "assistant"}
    assert {p for p, _, _ in relations(facts, "ATTENDED")} == {"Ana ROJAS", "Juan Pablo VERA"}
