"""Programmes of conferences, visits and webinars in English, French and Spanish, on programmes
written for the test: time columns in several forms ("09:30 · Title", "10 h 30 — Titre",
"9.30 h  Mesa 1 | Título", "09:00–10:30 Title"), numbered panels, role labels with a dash
("Moderator — Name"), day headings, a theme quoted beside the event's name, breaks, and
who attends which session. Negatives: breaks and titles with nobody are no people, partners are
no speakers, a time zone line or a dateline is nobody's entry."""

from __future__ import annotations

from munigraph.loaders.documents.builder import DocumentFacts

from tests.loaders.documents.helpers import facts_of, pairs, people, relations


def _attended(facts: DocumentFacts) -> dict[str, set[tuple[str, str]]]:
    """person or body name -> {(event name, role)}."""
    found: dict[str, set[tuple[str, str]]] = {}
    for who, event, role in relations(facts, "ATTENDED"):
        found.setdefault(who, set()).add((event, role))
    return found


def _main(facts: DocumentFacts, noun: str) -> str:
    return next(e.name for e in facts.entities.values() if e.kind == "Event" and noun in e.name and "-" not in e.name)


ENGLISH = """PROGRAMME
Summit of River Cities 2026 · "Water that connects"
Kraków, Poland — 15 to 17 April 2026

WEDNESDAY 15 APRIL

08:30 · Registration

09:30 · OPENING PLENARY
Welcome by Ms. Hanna Zielinska, Deputy Mayor of Kraków

10:30 · PANEL 1: Floodplains as parks
Panellists
• Councillor Bram Visser, Rotterdam
• Dr. Ines Moreau, Director of Water, Lyon Metropolis
Moderator — Tariq Aziz, Senior Fellow, Delta Institute

15:00 · Technical visit to the Wisła embankments

THURSDAY 16 APRIL

11:00 · CLOSING SESSION
Speakers: Hanna Zielinska; Mr. Paulo Reis, Mayor of Coimbra (tbc)

Partners
• Danube Cities Network
• River Basin Foundation
"""


def test_an_english_programme_with_dotted_time_columns_has_its_panels_as_sessions() -> None:
    facts = facts_of(ENGLISH, "en")
    main = _main(facts, "Summit of River Cities")
    assert main == "Summit of River Cities 2026"  # the name, not the quoted theme beside it
    attended = _attended(facts)
    panel = next(e for e, _ in attended["Bram Visser"])
    assert panel.startswith("PANEL 1: Floodplains as parks")
    assert (panel, "moderator") in attended["Tariq Aziz"]  # "Moderator — Name"
    assert (panel, "speaker") in attended["Ines Moreau"]
    assert (panel, main) in pairs(facts, "PART_OF")
    assert any(e.startswith("CLOSING SESSION") and r == "speaker" for e, r in attended["Paulo Reis"])
    # a titled slot nobody is listed under is still a part of a programme of several days; a break is not
    assert ("Technical visit to the Wisła embankments", main) in pairs(facts, "PART_OF")
    assert not any(a.startswith("Registration") for a, _ in pairs(facts, "PART_OF"))
    # partners listed after the programme are no speakers, the theme no session
    assert not {"Danube Cities Network", "River Basin Foundation"} & set(attended)
    assert not any("Water that connects" in a for a, _ in pairs(facts, "PART_OF"))


FRENCH = """Rencontres des villes jumelles 2025
Besançon, France – 23 et 24 septembre 2025

PROGRAMME

Mardi 23 septembre 2025
9 h 00 — Accueil des participants
9 h 30 — Séance d'ouverture
Mot de bienvenue par Mme Odile Perrin, maire de Besançon
11 h 00 — Table ronde 2 | Jeunesse et échanges scolaires
Modératrice — Julie Marchetti, journaliste
Intervenants : M. Lukas Sommer, adjoint au maire de Fribourg ; Mme Aïcha Traoré, conseillère municipale de Bamako
14 h 30 — Visite du quartier des Vaites, présentée par M. Hugo Lambert, urbaniste

Mercredi 24 septembre 2025
10 h 00 — Séance de clôture
Intervenants : Mme Odile Perrin ; M. René Castel, président de l'association des jumelages
"""


def test_a_french_programme_with_spaced_hours_and_dashes_reads_its_sessions_and_roles() -> None:
    facts = facts_of(FRENCH, "fr")
    attended = _attended(facts)
    table = next(e for e, r in attended["Lukas Sommer"])
    assert table.startswith("Table ronde 2 | Jeunesse")
    assert (table, "moderator") in attended["Julie Marchetti"]
    assert (table, "speaker") in attended["Aïcha Traoré"]
    # "..., présentée par X": the title ends before its cue, and X presents that visit only
    assert attended["Hugo Lambert"] == {("Visite du quartier des Vaites", "presenter")}
    assert any(e == "Séance d'ouverture" and r == "host" for e, r in attended["Odile Perrin"])
    assert not any(a.startswith("Accueil des participants") for a, _ in pairs(facts, "PART_OF"))


SPANISH = """II FORO DE ALCALDÍAS DEL PACÍFICO
Guayaquil, Ecuador · 4 y 5 de noviembre de 2025
Horario de Guayaquil (GMT-5)

PROGRAMA

MARTES 4 DE NOVIEMBRE

8.30 h   Acreditación
9.30 h   Acto de apertura
         Inaugura: Ing. Marco Salazar, alcalde de Guayaquil
11.00 h  Mesa 1 | Puertos y ciudades
         Moderación a cargo de Lorena Paz, directora de la Red de Puertos
         Ponentes: Gustavo Ibarra, alcalde de Manta (Ecuador); Sofía Lindo, alcaldesa de Buenaventura (Colombia)
13.00 h  Almuerzo

MIÉRCOLES 5 DE NOVIEMBRE

10.00 h  Sesión de clausura
         Intervienen: Ing. Marco Salazar; Lic. Rosa Chávez
"""


def test_a_spanish_programme_with_dotted_hours_and_numbered_tables() -> None:
    facts = facts_of(SPANISH, "es")
    main = next(e.name for e in facts.entities.values() if e.kind == "Event" and "FORO" in e.name)
    assert main.startswith("II FORO DE ALCALDÍAS")  # the title above a "Place, Country · dates" line
    attended = _attended(facts)
    mesa = next(e for e, _ in attended["Lorena Paz"])
    assert mesa.startswith("Mesa 1 | Puertos y ciudades")
    assert (mesa, "moderator") in attended["Lorena Paz"]
    assert (mesa, "speaker") in attended["Sofía Lindo"]
    assert (mesa, main) in pairs(facts, "PART_OF")
    assert ("Acto de apertura", "speaker") in attended["Marco Salazar"]  # "Inaugura:" after an academic title
    assert any(e.startswith("Sesión de clausura") for e, _ in attended["Rosa Chávez"])
    # a time zone line and the dateline are nobody's entries; breaks are no sessions
    assert not {"Horario de Guayaquil", "Guayaquil"} & people(facts)
    assert not any(a in ("Acreditación", "Almuerzo") for a, _ in pairs(facts, "PART_OF"))


def test_the_people_of_a_one_day_webinar_attend_the_webinar_not_its_moments() -> None:
    facts = facts_of(
        "Webinar: Street trees and summer heat\n"
        "Tuesday 3 June 2025\n"
        "11:00 CEST / 06:00 EDT\n\n"
        "PROGRAMME\n\n"
        "11:00 Opening\n"
        "Ms. Karen Holt, Deputy Mayor of Aarhus\n\n"
        "11:15 Panel: shade as infrastructure\n"
        "· Mr. Diego Serra, Parks Director, Valencia\n"
        "· Dr. Noura Haddad, Researcher, American University of Beirut\n\n"
        "Moderation: Ms. Fiona Clark, Eurocities\n",
        "en",
    )
    attended = _attended(facts)
    webinar = next(e.name for e in facts.entities.values() if e.kind == "Event" and "Street trees" in e.name)
    for name in ("Diego Serra", "Noura Haddad", "Fiona Clark"):
        assert {e for e, _ in attended[name]} == {webinar}
    assert pairs(facts, "PART_OF") == set()


def test_a_list_of_session_titles_with_no_people_gives_no_attendance() -> None:
    facts = facts_of(
        "Annual Forum of Harbour Towns 2025\nGdańsk, Poland, 2–3 October 2025\n\n"
        "09:00 · Registration and coffee\n"
        "10:00 · Session 1: Ports and tourism\n"
        "11:30 · Session 2: Ferries and islands\n"
        "13:00 · Lunch\n",
        "en",
    )
    assert relations(facts, "ATTENDED") == set()
    assert people(facts) == set()
    parts = {a for a, _ in pairs(facts, "PART_OF")}
    assert "Session 1: Ports and tourism" in parts
    assert not any(p.startswith(("Registration", "Lunch")) for p in parts)


def test_a_quoted_title_alone_still_names_its_event() -> None:
    facts = facts_of('"Cities that care"\n12 March 2025, Lisbon\n\nModerator: Ana Reis\n', "en")
    assert any(e.name == "Cities that care" for e in facts.entities.values() if e.kind == "Event")


def test_a_line_of_speakers_splits_at_every_language_s_joining_words() -> None:
    """The joints of a line of people are lang/*.yaml "list_joints": "ainsi que", "as well as", "e"."""
    french = facts_of(
        "Forum des maires du Jura 2025\nDole, France, 3 et 4 juin 2025\n\n10 h 00 — Séance d'ouverture\n"
        "Intervenants : M. Paul Girod, maire de Dole, ainsi que Mme Inès Vallet, adjointe au maire de Lons-le-Saunier\n",
        "fr",
    )
    assert {who for who, _, _ in relations(french, "ATTENDED")} == {"Paul Girod", "Inès Vallet"}
    assert ("Paul Girod", "Lons-le-Saunier", "deputy mayor") not in relations(french, "HOLDS_OFFICE")
    english = facts_of(
        "Lake Cities Forum 2025\nNakuru, Kenya, 3-4 June 2025\n\n10:00 · Opening session\n"
        "Speakers: Ms. Ruth Kamau, Mayor of Nakuru, as well as Mr. Tom Oduya, Deputy Mayor of Kisumu\n",
        "en",
    )
    assert {who for who, _, _ in relations(english, "ATTENDED")} == {"Ruth Kamau", "Tom Oduya"}


def test_a_programme_label_or_a_venue_before_the_dates_leaves_the_title_above_as_the_event() -> None:
    english = facts_of(
        "NORDIC HARBOUR CITIES CONFERENCE 2025\nProgramme — Bergen, Norway, 3–4 June 2025\n\n"
        "10:00 – 11:00  Opening session\n  • Ms. Liv Dahl, Mayor of Bergen\n",
        "en",
    )
    assert ("Opening session", "NORDIC HARBOUR CITIES CONFERENCE 2025") in pairs(english, "PART_OF")
    french = facts_of(
        "Assises de l'eau des villes du Sahel\nPROGRAMME PROVISOIRE\n\n"
        "Lieu : Palais des congrès de Niamey — 8 et 9 octobre 2025\n\n"
        "9 h 00 – 9 h 45 | Séance d'ouverture\n- M. Idrissa Moussa, maire de Niamey\n",
        "fr",
    )
    assert ("Séance d'ouverture", "Assises de l'eau des villes du Sahel") in pairs(french, "PART_OF")


def test_a_deadline_dated_below_a_forum_of_several_days_is_not_the_page_s_event() -> None:
    facts = facts_of(
        "ALPINE TOWNS DAYS 2025\nInnsbruck, Austria | 9–10 October 2025\n\n"
        "09:00–10:00  Opening plenary\n  Welcome: Mayor Georg Huber, City of Innsbruck\n\n"
        "Registration closes on 15 September 2025.\n",
        "en",
    )
    assert ("Opening plenary", "ALPINE TOWNS DAYS 2025") in pairs(facts, "PART_OF")
    assert ("Opening plenary", "host") in _attended(facts)["Georg Huber"]


def test_parallel_sessions_under_their_slot_are_sessions_and_their_people_attend_them() -> None:
    facts = facts_of(
        "Foro Andino de Municipios 2025\nCusco, Perú, 20 al 22 de agosto de 2025\n\n"
        "10:30–12:30 Sesiones paralelas\n"
        "Sala A | Turismo sostenible\n"
        "Moderadora: Elena Huamán\n"
        "Ponentes: Raúl Mendoza, alcalde de Arequipa; Gabriela Torres, concejala de La Paz\n"
        "Sala B | Agua y saneamiento\n"
        "Moderador — Martín Rojas, CAF\n",
        "es",
    )
    attended = _attended(facts)
    assert ("Sala A | Turismo sostenible", "moderator") in attended["Elena Huamán"]
    assert ("Sala A | Turismo sostenible", "speaker") in attended["Gabriela Torres"]
    assert ("Sala B | Agua y saneamiento", "moderator") in attended["Martín Rojas"]
    # a role label under a parallel session is no session of its own
    english = facts_of(
        "Harbour Days 2025\nAarhus, Denmark | 2–3 June 2025\n\n"
        "11:00–12:30 CEST  PARALLEL SESSIONS\n"
        "  B1 | Clean ferries\n"
        "       Speakers: Deputy Mayor Lars Holm (Aarhus); Mette Berg, Port of Oslo\n"
        "       Chair: Ida Lund, Baltic Ports Network\n",
        "en",
    )
    assert {a for a, _ in pairs(english, "PART_OF")} == {"B1 | Clean ferries"}
    assert ("B1 | Clean ferries", "moderator") in _attended(english)["Ida Lund"]


def test_an_office_written_before_its_holder_in_a_cued_line() -> None:
    english = facts_of(
        "Harbour Cities Forum 2026\nGdynia, Poland, 4–5 May 2026\n\n09:00 · Opening\n"
        "Opening words by the Mayor of Gdynia, Marta Nowicka, and by the Secretary General of Baltic Ports, "
        "Mr. Jens Olsen.\n",
        "en",
    )
    attended = _attended(english)
    assert ("Opening", "host") in attended["Marta Nowicka"] and "Jens Olsen" in attended
    assert ("Marta Nowicka", "Gdynia", "mayor") in relations(english, "HOLDS_OFFICE")
    spanish = facts_of(
        "Foro de Ciudades del Sur 2025\nSalta, Argentina · 2 y 3 de junio de 2025\n\n9.00 h   Acto de apertura\n"
        "         Palabras de bienvenida de la intendenta de Salta, Sra. Beatriz Ocampo.\n",
        "es",
    )
    assert ("Acto de apertura", "host") in _attended(spanish)["Beatriz Ocampo"]
    # an office with no holder after it is no one's entry
    lone = facts_of(
        "Harbour Cities Forum 2026\nGdynia, Poland, 4–5 May 2026\n\n09:00 · Opening\nWelcome by the Mayor of Gdynia.\n",
        "en",
    )
    assert relations(lone, "ATTENDED") == set()


def test_a_labelled_venue_or_a_labelled_dateline_places_the_programme_s_event() -> None:
    french = facts_of(
        "Assises de l'eau des villes du Sahel\nPROGRAMME PROVISOIRE\n\n"
        "Lieu : Palais des congrès de Niamey — 8 et 9 octobre 2025\n\n"
        "9 h 00 – 9 h 45 | Séance d'ouverture\n- M. Idrissa Moussa, maire de Niamey\n",
        "fr",
    )
    assert ("Assises de l'eau des villes du Sahel", "Niamey") in pairs(french, "HELD_IN")
    english = facts_of(
        "NORDIC HARBOUR CITIES CONFERENCE 2025\nProgramme — Bergen, Norway, 3–4 June 2025\n\n"
        "10:00 – 11:00  Opening session\n  • Alderman Liv Dahl, Bergen\n",
        "en",
    )
    assert ("NORDIC HARBOUR CITIES CONFERENCE 2025", "Bergen") in pairs(english, "HELD_IN")
    assert "Liv Dahl" in people(english)  # "Alderman" is a title before the name


def test_a_body_s_unnamed_envoy_in_a_programme_makes_the_body_attend() -> None:
    english = facts_of(
        "Harbour Forum 2026\nGdynia, Poland, 4–5 May 2026\n\n10:00 · Panel 2: Ports\nSpeakers:\n"
        "• Ms. Eva Lind, Mayor of Malmö\n• A representative of the European Investment Bank (tbc)\n",
        "en",
    )
    assert ("European Investment Bank", "Panel 2: Ports", "speaker") in relations(english, "ATTENDED")
    spanish = facts_of(
        "Foro de Ciudades del Sur 2025\nSalta, Argentina · 2 y 3 de junio de 2025\n\n11.00 h  Mesa 2 | Agua\n"
        "         Ponentes: Raúl Vega, intendente de Jujuy; un representante de la Organización Panamericana de la Salud (OPS)\n",
        "es",
    )
    assert any(w == "Organización Panamericana de la Salud" for w, _, _ in relations(spanish, "ATTENDED"))
    # an envoy in a sentence of prose is no programme entry
    prose = facts_of(
        "Harbour Forum 2026\nGdynia, Poland, 4–5 May 2026\n\n10:00 · Panel 2: Ports\n"
        "A representative of the Ministry of Infrastructure thanked the mayors. The ports were discussed.\n",
        "en",
    )
    assert relations(prose, "ATTENDED") == set()


def test_a_quoted_workshop_in_a_time_slot_is_a_session_not_the_page_s_event() -> None:
    facts = facts_of(
        "COMMUNIQUÉ\nLyon, le 3 mars 2025\n\nLa Ville de Lyon reçoit une délégation de Porto-Novo.\n\nPROGRAMME\n\n"
        "Mardi 18 mars\n09 h 30 — Atelier « Mobilités et espaces publics » animé par Mme Léa Garnier, urbaniste\n",
        "fr",
    )
    assert ("Atelier « Mobilités et espaces publics »", "moderator") in _attended(facts)["Léa Garnier"]
    assert not any(
        e.name == "Mobilités et espaces publics" for e in facts.entities.values() if e.kind == "Event"
    )  # the workshop's quoted title does not become the page's event
