"""People speaking and attending (x-speak), each on text written for the test: records of speech in speaker turns
("THE CHAIR (MS ...):", "DE LA SALLE (M. ..., Ville de ...) :", "La Sra. ... (Intendencia de ...):"), self-
introductions in the first person, offices in brackets after a name, sentence-opening verbs and pronouns that
are not part of a name, and absences (negatives)."""

from __future__ import annotations

from tests.loaders.documents.helpers import facts_of, people, relations


def _attended(facts) -> dict[str, tuple[str, str]]:
    """Person name -> (role, status) of every attendance."""
    return {
        facts.entities[r.source].name: (r.props.get("role"), r.props.get("status"))
        for r in facts.relations.values()
        if r.type == "ATTENDED" and facts.entities[r.source].kind == "Person"
    }


def _offices(facts) -> set[tuple[str, str, str]]:
    return relations(facts, "HOLDS_OFFICE")


_EN_RECORD = (
    "NORTHERN CITIES CONFERENCE 2025\nTromsø, 3 September 2025\n\n"
    "TRANSCRIPT\nSession 2 — Ports and Climate\n\n"
    "THE CHAIR (MS INGRID HOLM): Welcome, everyone. I am Ingrid Holm, Secretary General of Eurocities, and I will "
    "chair this session. Our first speaker comes from Scotland.\n\n"
    "COUNCILLOR BAIRD: Thank you, Chair. I'm Fiona Baird, Leader of Aberdeen City Council. Our harbour is our "
    "future.\n\n"
    "MAYOR KOSKINEN: Thank you. My name is Jari Koskinen, and I am the Mayor of Oulu. We share the same worries.\n\n"
    "FROM THE FLOOR (MR PAVEL NOVAK, BRNO CITY COUNCIL): A question for you both: who pays for the new quays?\n\n"
    "THE CHAIR: Thank you all. The session is closed.\n"
)


def test_an_english_record_of_speech_gives_each_speaker_the_role_of_the_label() -> None:
    facts = facts_of(_EN_RECORD, "en")
    attended = _attended(facts)
    assert attended["Ingrid Holm"] == ("moderator", "confirmed")
    assert attended["Fiona Baird"] == ("speaker", "confirmed")
    assert attended["Jari Koskinen"] == ("speaker", "confirmed")
    assert attended["Pavel Novak"][0] == "participant"
    offices = _offices(facts)
    assert ("Fiona Baird", "Aberdeen", "leader") in offices
    assert ("Jari Koskinen", "Oulu", "mayor") in offices
    assert ("Pavel Novak", "Brno") in {(s, t) for s, t, _ in relations(facts, "AFFILIATED_WITH")}
    # the self-introduction's "I'm" is no part of the name; the label's office and surname are no person
    assert not any(name.startswith(("I'm", "Councillor", "COUNCILLOR", "Mayor")) for name in people(facts))


def test_a_french_record_reads_the_chair_the_named_labels_and_the_floor() -> None:
    facts = facts_of(
        "RENCONTRES DES VILLES DU FLEUVE 2025\nOrléans, 12 mars 2025\n\n"
        "Atelier 3 — Financer l'eau potable\nCompte rendu intégral des débats\n\n"
        "LA PRÉSIDENTE (Mme Hélène Marchal) : Bonjour à toutes et à tous. Je suis Hélène Marchal, "
        "vice-présidente de Cités Unies France, et j'animerai cet atelier.\n\n"
        "M. DIOUF : Merci, madame la présidente. Je suis Amadou Diouf, maire de Ziguinchor. Notre commune manque "
        "de moyens.\n\n"
        "Mme Claire Lenoir (Ville de Poitiers) : Je vous remercie. Nous finançons depuis dix ans un projet.\n\n"
        "DE LA SALLE (M. Karim Benali, Ville d'Oran) : Une question pour vous : comment mesurez-vous les résultats ?\n",
        "fr",
    )
    attended = _attended(facts)
    assert attended["Hélène Marchal"][0] == "moderator"
    assert attended["Amadou Diouf"][0] == "speaker"
    assert attended["Claire Lenoir"][0] == "speaker"
    assert attended["Karim Benali"][0] == "participant"
    assert ("Amadou Diouf", "Ziguinchor", "mayor") in _offices(facts)
    assert ("Claire Lenoir", "Poitiers") in {(s, t) for s, t, _ in relations(facts, "AFFILIATED_WITH")}


def test_a_spanish_record_with_self_introductions() -> None:
    facts = facts_of(
        "FORO DE GOBIERNOS LOCALES 2025\nQuito, 12 de marzo de 2025\n\nMesa 2 - Vivienda asequible\n"
        "Versión estenográfica\n\n"
        "LA PRESIDENTA (Sra. Lucía Cabrera): Buenas tardes a todos. Soy Lucía Cabrera, secretaria general de la "
        "UCCI, y moderaré esta mesa.\n\n"
        "EL ALCALDE FERNÁNDEZ: Gracias, presidenta. Soy Andrés Fernández, alcalde de Cuenca. Nuestra ciudad "
        "construyó mil viviendas.\n\n"
        "La Sra. Paula Ortiz (Intendencia de Montevideo): Muchas gracias. Nosotros trabajamos con cooperativas.\n\n"
        "DESDE EL PÚBLICO (Sr. Jorge Salas, Municipalidad de Arequipa): Una pregunta para usted, alcalde.\n",
        "es",
    )
    attended = _attended(facts)
    assert attended["Lucía Cabrera"][0] == "moderator"
    assert attended["Andrés Fernández"][0] == "speaker"
    assert attended["Paula Ortiz"][0] == "speaker"
    assert attended["Jorge Salas"][0] == "participant"
    assert ("Andrés Fernández", "Cuenca", "mayor") in _offices(facts)
    assert not any(name.startswith("Soy") for name in people(facts))


def test_field_lines_in_capitals_and_a_single_turn_are_no_record() -> None:
    facts = facts_of(
        "WATER FORUM 2025\nGhent, 5 May 2025\n\n"
        "DATE: Monday 5 May 2025, from 9:00 to 17:00\nVENUE: Ghent City Hall, main council chamber\n"
        "CONTACT (MS ANNA PEETERS): write to the secretariat for any question you have.\n\n"
        "The forum gathers cities of the North Sea around drinking water.\n",
        "en",
    )
    assert "Anna Peeters" not in _attended(facts)


def test_an_office_in_brackets_after_a_name_is_held() -> None:
    en = facts_of(
        "Regional Dialogue on Coastal Cities\nLisbon, 4 June 2025\n\n"
        "The first panel was moderated by Tom Reilly (Director of Programmes at ICLEI).",
        "en",
    )
    assert ("Tom Reilly", "ICLEI") in {(s, t.split(" –")[0]) for s, t, _ in _offices(en)}
    assert not relations(en, "AFFILIATED_WITH")  # the bracket is an office, not a body of its own
    es = facts_of(
        "Encuentro regional de ciudades costeras\nValparaíso, 4 de junio de 2025\n\n"
        "La mesa fue moderada por Pablo Ruiz (director de programas de la Intendencia de Montevideo), quien "
        "presentó a los ponentes.",
        "es",
    )
    assert ("Pablo Ruiz", "moderator") in {(s, role) for s, _, role in relations(es, "ATTENDED")}
    assert any(s == "Pablo Ruiz" and t == "Montevideo" for s, t, _ in _offices(es))


def test_a_spanish_sentence_opening_verb_is_no_part_of_the_name() -> None:
    facts = facts_of(
        "Encuentro regional de ciudades costeras\nValparaíso, 4 de junio de 2025\n\n"
        "Intervino Marta Gil, concejala de Rosario. Destacó Julio Paz, alcalde de Salta, el papel de los municipios.",
        "es",
    )
    assert {"Marta Gil", "Julio Paz"} <= people(facts)
    assert not any(name.startswith(("Intervino", "Destacó")) for name in people(facts))


def test_an_absent_mayor_does_not_attend_and_the_stand_in_does() -> None:
    en = facts_of(
        "Regional Dialogue on Coastal Cities\nLisbon, 4 June 2025\n\n"
        "The first panel was moderated by Tom Reilly (Director of Programmes at ICLEI). "
        "The Mayor of Rotterdam, Pieter de Wit, could not attend and sent his apologies; he was represented by his "
        "adviser, Anouk Bakker, who read a message on his behalf.",
        "en",
    )
    attended = _attended(en)
    assert "Pieter de Wit" not in attended
    assert attended["Anouk Bakker"] == ("speaker", "confirmed")
    assert ("Pieter de Wit", "Rotterdam", "mayor") in _offices(en)  # the office holds
    assert attended["Tom Reilly"][0] == "moderator"  # another sentence's attendance stays


def test_absences_in_french_and_spanish() -> None:
    fr = facts_of(
        "Séminaire régional sur les villes côtières\nDakar, 4 juin 2025\n\n"
        "Paul Mercier, adjoint au maire de Nantes, a pris la parole. "
        "Le maire de Saint-Louis, Omar Diallo, excusé, était représenté par son conseiller, Ibrahima Fall.",
        "fr",
    )
    attended = _attended(fr)
    assert "Omar Diallo" not in attended
    assert attended["Ibrahima Fall"][0] == "participant"
    assert attended["Paul Mercier"][0] == "speaker"
    es = facts_of(
        "Encuentro regional de ciudades costeras\nValparaíso, 4 de junio de 2025\n\n"
        "La alcaldesa de Lima, Rosa Paredes, no pudo asistir; fue representada por su asesor, Diego Vera, quien "
        "leyó un mensaje en su nombre. Participó también Marta Gil, concejala de Rosario.",
        "es",
    )
    attended = _attended(es)
    assert "Rosa Paredes" not in attended
    assert attended["Diego Vera"][0] == "speaker"
    assert ("Rosa Paredes", "Lima", "mayor") in _offices(es)


def test_a_mayor_who_attended_is_no_absence() -> None:
    facts = facts_of(
        "Regional Dialogue on Coastal Cities\nLisbon, 4 June 2025\n\n"
        "The Mayor of Rotterdam, Pieter de Wit, attended the dialogue and spoke about flood defences.",
        "en",
    )
    assert "Pieter de Wit" in _attended(facts)


def test_a_role_stated_after_the_name() -> None:
    en = facts_of(
        "Regional Dialogue on Coastal Cities\nLisbon, 4 June 2025\n\n"
        "The second panel was convened by Eurocities; its vice-president, Lena Berg (Mayor of Umeå), acted as moderator.",
        "en",
    )
    assert ("Lena Berg", "moderator") in {(s, role) for s, _, role in relations(en, "ATTENDED")}
    fr = facts_of(
        "Séminaire régional sur les villes côtières\nDakar, 4 juin 2025\n\n"
        "La table ronde réunissait quatre maires. Jeanne Morel, adjointe au maire de Brest, a assuré la modération.",
        "fr",
    )
    assert ("Jeanne Morel", "moderator") in {(s, role) for s, _, role in relations(fr, "ATTENDED")}
    es = facts_of(
        "Encuentro regional de ciudades costeras\nValparaíso, 4 de junio de 2025\n\n"
        "El panel fue coordinado por la UCCI, cuya secretaria, Elena Vidal (concejala de Bilbao), actuó como relatora.",
        "es",
    )
    assert ("Elena Vidal", "speaker") in {(s, role) for s, _, role in relations(es, "ATTENDED")}
    # negative: a role of someone unnamed names no one
    none = facts_of(
        "Regional Dialogue on Coastal Cities\nLisbon, 4 June 2025\n\nA young volunteer acted as moderator.", "en"
    )
    assert not relations(none, "ATTENDED")


def test_attendance_read_under_a_part_heading_is_the_parts() -> None:
    from munigraph.loaders.documents import turns

    facts = facts_of(
        "RELATORÍA\nJornada «Ciudades y energía»\nSevilla, 3 de abril de 2025\n\n"
        "La jornada fue organizada por la FEMP y reunió a cuarenta municipios de seis países de la región.\n\n"
        "Panel 2: Autoconsumo solar\n"
        "El segundo panel fue coordinado por el FAMSI, cuya presidenta, Lorena Gil (alcaldesa de Úbeda), actuó "
        "como moderadora del debate entre los municipios.\n",
        "es",
    )
    main = next(i for i, e in facts.entities.items() if e.kind == "Event" and e.name == "Ciudades y energía")
    assert ("Lorena Gil", "Úbeda", "mayor") in _offices(facts)  # the office in brackets after the name
    heading = facts.view.index("Panel 2")
    part = facts.entity("Event", "event:panel-2", "Panel 2: Autoconsumo solar", (heading, heading + 26)).id
    facts.relate("PART_OF", part, main, (heading, heading + 26))
    turns.attendance_under_headings(facts, main)
    attended = {(facts.entities[r.source].name, r.target) for r in facts.relations.values() if r.type == "ATTENDED"}
    assert ("Lorena Gil", part) in attended
    assert ("Lorena Gil", main) not in attended
    # a heading's common noun alone ("panel") names no part: the paragraph above stays the page event's
    assert not turns._part_named(facts, [part], facts.context.line_at(facts.view.index("La jornada")))
