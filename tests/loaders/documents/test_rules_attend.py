"""Who attended which session (x-attend): the scope of a programme's lines. A session card's type line over
its title is one session; role headings alone on their line ("Moderator", "Speakers", "Chair", "With",
"Presented by") give their role to the names under them until the next heading, and are never read as a
part of the entry above; "Atelier A – title" under a parallel-sessions slot is a session of its own; a PDF
programme's label lines are not joined to the wrapped line above. Sentences written for the test."""

from __future__ import annotations

from tests.loaders.documents.helpers import events, facts_of, relations

_CARDS_EN = """Harbour Cities Forum 2026
Thursday, 14 May 2026

09:30 – 10:45
PLENARY
Ports as climate partners: what cities can do
Location: Hall A

Moderator
Grace Whitfield
Director, Coastal Cities Network

Speakers
Tobias Lindqvist
Mayor, City of Gothenburg
Maria Okonjo
Deputy Mayor, City of Mombasa

11:00 – 12:00
PARALLEL SESSION B
Housing dock workers near the waterfront
Location: Room 2

Chair
Henrik Dahl
Councillor, City of Aarhus

Panellists
Sofia Marques
Head of Housing, Lisbon City Council

12:15 – 13:00
CLOSING PLENARY
Adoption of the harbour charter

Presented by
Tobias Lindqvist
Mayor, City of Gothenburg

With
Ines Carvalho
Director, Harbour Cities Secretariat
"""

_CARDS_ES = """Encuentro de Ciudades del Agua 2026
Jueves, 10 de septiembre de 2026

10:00 – 11:15
SESIÓN PLENARIA
Agua y barrios: lo que piden los alcaldes
Lugar: Sala 1

Moderadora
Lucía Ferrán
Directora, Red de Ciudades del Agua

Ponentes
Marcos Ibarra
Alcalde, Municipalidad de Cusco
Elena Soto
Concejala, Ayuntamiento de Zaragoza

11:30 – 12:30
TALLER
Taller B – Cuencas compartidas y cooperación
Facilitadores
Pedro Almeida
Coordinador, Ciudad de Rosario
"""

_PDF_FR = """JOURNÉES DES VILLES LITTORALES
Lorient, 12 et 13 mars 2026
PROGRAMME PROVISOIRE

Organisées par l’Association des villes du littoral et la Ville de Lorient, avec le soutien
de la Région Bretagne et des partenaires de la coopération maritime européenne

JEUDI 12 MARS

10 h 00  TABLE RONDE 1 – Les quais de demain : vingt ans de projets partagés entre villes
portuaires françaises et espagnoles
Modération : Mme Hélène Caradec, journaliste
Intervenants :
- M. Yann Le Goff, Maire-adjoint de Lorient chargé des affaires maritimes
- Mme Pilar Etxeberria, Conseillère municipale, Ville de Saint-Sébastien

14 h 30  ATELIERS PARALLÈLES
Atelier A – Pêche artisanale, criées et circuits courts dans les villes portuaires
Animation : M. Erwan Kerlann, chargé de mission, Association des villes du littoral
Atelier B – Nautisme, jeunesse et accès à la mer pour les habitants des quartiers
Animation : Mme Soizic Tanguy, Ville de Brest
"""


def _attended(text: str, language: str) -> set[tuple[str, str, str]]:
    return {(person, event, role) for person, event, role in relations(facts_of(text, language), "ATTENDED")}


def test_a_session_card_is_named_by_its_title_under_its_type_and_its_role_headings_scope_the_names() -> None:
    found = _attended(_CARDS_EN, "en")
    plenary = "PLENARY Ports as climate partners: what cities can do"
    parallel = "PARALLEL SESSION B Housing dock workers near the waterfront"
    closing = "CLOSING PLENARY Adoption of the harbour charter"
    assert found == {
        ("Grace Whitfield", plenary, "moderator"),
        ("Tobias Lindqvist", plenary, "speaker"),  # "Speakers" under Grace's entry heads the next list
        ("Maria Okonjo", plenary, "speaker"),
        ("Henrik Dahl", parallel, "moderator"),  # "Chair" in a session's card: a role, no seat
        ("Sofia Marques", parallel, "speaker"),
        ("Tobias Lindqvist", closing, "presenter"),  # "Presented by" alone over the name
        ("Ines Carvalho", closing, "speaker"),  # "With" alone over the name
    }


def test_a_spanish_card_and_a_numbered_workshop_under_its_type_line() -> None:
    found = _attended(_CARDS_ES, "es")
    plenary = "SESIÓN PLENARIA Agua y barrios: lo que piden los alcaldes"
    assert found == {
        ("Lucía Ferrán", plenary, "moderator"),
        ("Marcos Ibarra", plenary, "speaker"),
        ("Elena Soto", plenary, "speaker"),
        ("Pedro Almeida", "Taller B – Cuencas compartidas y cooperación", "facilitator"),
    }


def test_a_pdf_programme_keeps_its_label_lines_and_its_lettered_workshops_apart() -> None:
    found = _attended(_PDF_FR, "fr")
    round_table = (
        "TABLE RONDE 1 – Les quais de demain : vingt ans de projets partagés entre villes portuaires françaises "
        "et espagnoles"
    )
    assert found == {
        ("Hélène Caradec", round_table, "moderator"),
        ("Yann Le Goff", round_table, "speaker"),
        ("Pilar Etxeberria", round_table, "speaker"),
        (
            "Erwan Kerlann",
            "Atelier A – Pêche artisanale, criées et circuits courts dans les villes portuaires",
            "facilitator",
        ),
        (
            "Soizic Tanguy",
            "Atelier B – Nautisme, jeunesse et accès à la mer pour les habitants des quartiers",
            "facilitator",
        ),
    }


def test_a_board_page_heading_is_a_seat_not_a_role() -> None:
    board = facts_of(
        "Executive Board\n\nChair\nGrace Whitfield\nMayor, City of Gothenburg\n\nTreasurer\nHenrik Dahl\n"
        "Councillor, City of Aarhus\n",
        "en",
    )
    assert relations(board, "ATTENDED") == set()


_STAMPS_AND_TEASERS = {
    "en": "Harbour Council news\n\nGrace Whitfield, Mayor of Gothenburg, opened the Harbour Cities Forum in Gothenburg on "
    "14 May 2026.\n\nRelated news\nMayor opens the new ferry terminal (12 January 2026)\nPort budget approved for next "
    "year (3 December 2025)\n",
    "fr": "Actualités de la Ville\n\nMise en ligne le 2 juillet 2025 par le service communication\n\nLes maires réunis à "
    "Lorient ont adopté la Déclaration des villes littorales.\n\nÀ lire aussi\nBrest accueille les Tonnerres de la "
    "mer (12/06/2025)\n",
    "es": "Sala de prensa\n\nFecha de publicación: 12/06/2025 - 18:40\n\nEl alcalde de Rosario, Pablo Javkin, participó "
    "en el Foro de Ciudades del Agua, celebrado en Córdoba.\n\nNoticias relacionadas\nRosario inaugura un nuevo parque "
    "lineal (05/06/2025)\n",
}


def test_a_publication_stamp_and_related_headlines_are_no_events_and_nobody_attends_them() -> None:
    for language, text in _STAMPS_AND_TEASERS.items():
        facts = facts_of(text, language)
        named = " | ".join(events(facts))
        for word in (
            "ferry terminal",
            "Port budget",
            "Mise en ligne",
            "Tonnerres",
            "Fecha de publicación",
            "parque lineal",
        ):
            assert word not in named, (language, named)
    spanish = relations(facts_of(_STAMPS_AND_TEASERS["es"], "es"), "ATTENDED")
    assert {event for _, event, _ in spanish} == {"Foro de Ciudades del Agua"}


def test_a_recap_names_its_event_and_a_qualified_part_that_people_attend() -> None:
    english = facts_of(
        "The Coastal Mayors Convening took place in Bergen on 4 and 5 March 2026, organised by the North Sea Cities "
        "Network.\n\nAround thirty mayors took part. The opening panel was moderated by Ingrid Dahl, Director of the "
        "North Sea Cities Network.\n",
        "en",
    )
    assert "Coastal Mayors Convening" in events(english)
    assert relations(english, "ATTENDED") == {("Ingrid Dahl", "Opening panel", "moderator")}
    french = facts_of(
        "Le Rassemblement des maires du littoral s'est tenu à Brest les 4 et 5 mars 2026.\n\n"
        "La séance de clôture a été animée par Mme Soizic Tanguy, adjointe au maire de Brest.\n",
        "fr",
    )
    assert relations(french, "ATTENDED") == {("Soizic Tanguy", "Séance de clôture", "moderator")}
    spanish = facts_of("La Convención de Ramsar protege los humedales de Valdivia.\n", "es")
    assert events(spanish) == {}  # a treaty, no event


def test_an_opening_word_before_another_noun_names_no_part() -> None:
    facts = facts_of(
        "The Coastal Mayors Convening took place in Bergen on 4 and 5 March 2026.\n\n"
        "The library's opening hours were extended for the guests.\n",
        "en",
    )
    assert set(events(facts)) == {"Coastal Mayors Convening"}


def test_signatories_listed_under_a_qualified_heading_take_part() -> None:
    french = facts_of(
        "Déclaration de Lorient pour les villes littorales\n\nAdoptée au Forum des villes littorales, Lorient, "
        "le 4 mars 2026.\n\nPremiers signataires\n\nYann LE GOFF, Maire de Lorient (France)\n"
        "Pilar ETXEBERRIA, Conseillère municipale de Saint-Sébastien (Espagne)\n",
        "fr",
    )
    assert {role for _, _, role in relations(french, "ATTENDED")} == {"participant"}
    spanish = facts_of(
        "Declaración de Arica por el océano\n\nCumbre de Alcaldes del Pacífico, Arica, 4 de marzo de 2026.\n\n"
        "Firmantes en la cumbre:\n- Jorge Díaz Soto, alcalde de Arica\n- Ana María Rojas, alcaldesa de Iquique\n",
        "es",
    )
    assert {role for _, _, role in relations(spanish, "ATTENDED")} == {"participant"}
    english = facts_of(
        "Harbour Charter\n\nAdopted at the Harbour Cities Forum, Gothenburg, 14 May 2026.\n\nSpeakers\n\n"
        "Grace Whitfield\nDirector, Coastal Cities Network\n",
        "en",
    )
    assert {role for _, _, role in relations(english, "ATTENDED")} == {"speaker"}  # no signatories, no participant
