"""Records: registration sheets, calendar exports and forms (loaders.documents.records and the sheet
rows of loaders.documents.fields), on documents written for the test in English, French and Spanish."""

from __future__ import annotations

from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.records import record_class, role_of, status_of

from tests.loaders.documents.helpers import entity_name, events, facts_of, names, pairs, relations


def attended(facts: DocumentFacts) -> set[tuple[str, str, str, str]]:
    """(who, event, role, status) of every attendance."""
    return {
        (entity_name(facts, r.source), entity_name(facts, r.target), r.props.get("role"), r.props.get("status"))
        for r in facts.relations.values()
        if r.type == "ATTENDED"
    }


def test_labels_statuses_and_roles_are_read_in_each_language() -> None:
    assert [record_class(w) for w in ("Event", "Événement :", "Evento", "Début", "Inicio", "Status", "Statut", "Estado")] == [
        "event", "event", "event", "start", "start", "status", "status", "status",
    ]  # fmt: skip
    assert [record_class(w) for w in ("last_name", "Nom de famille", "Apellidos", "first name", "Prénom")] == [
        "surname", "surname", "surname", "given_name", "given_name",
    ]  # fmt: skip
    assert [status_of(w) for w in ("declined", "annulée", "rechazada", "pending", "en attente", "por confirmar")] == [
        "absent", "absent", "absent", "tentative", "tentative", "tentative",
    ]  # fmt: skip
    assert [status_of(w) for w in ("Accepted", "confirmée", "confirmado", "Porto")] == ["confirmed"] * 3 + [None]
    assert [role_of(w) for w in ("Speaker", "intervenante", "ponente", "moderadora", "Host", "Budget")] == [
        "speaker", "speaker", "speaker", "moderator", "host", None,
    ]  # fmt: skip


SHEET_EN = """Export: heat_forum_registrations.csv
Generated 02/03/2026 16:05 by the secretariat
Event: Urban Heat Forum | Porto, Portugal | 12 May 2026 | organiser: Eurocities

surname;given_name;position;city;country;role;status
MORAIS;Inês;Deputy Mayor;Porto;Portugal;speaker;confirmed
LINDQVIST;Erik;Mayor;Malmö;Sweden;participant;declined
OKAFOR;Chidi;Councillor;Lagos;Nigeria;moderator;pending
;;(two officials);Ghent;Belgium;participant;confirmed
"""


def test_a_registration_sheet_gives_each_row_attendance_with_its_role_and_status() -> None:
    facts = facts_of(SHEET_EN, "en")
    assert attended(facts) == {
        ("Inês Morais", "Urban Heat Forum", "speaker", "confirmed"),
        ("Chidi Okafor", "Urban Heat Forum", "moderator", "tentative"),  # pending
        ("Gent", "Urban Heat Forum", "participant", "confirmed"),  # a row with no one named: the city
    }  # the declined row attends nothing
    assert events(facts) == {"Urban Heat Forum": ("2026-05-12", "2026-05-12")}  # the export stamp dates nothing
    assert ("Urban Heat Forum", "Porto") in pairs(facts, "HELD_IN")
    assert ("Urban Heat Forum", "Eurocities", "organiser") in relations(facts, "ORGANISED_BY")
    assert {"Inês Morais", "Erik Lindqvist", "Chidi Okafor"} <= names(facts, "Person")


SHEET_FR = """Événement : Forum des villes durables | Nantes, France | 4 juin 2026

| Nom de famille | Prénom | Fonction | Ville | Pays | Rôle | Statut |
|---|---|---|---|---|---|---|
| LEROY | Camille | Maire | Angers | France | intervenante | confirmée |
| BAKARI | Moussa | Maire | Niamey | Niger | participant | annulé |
| FONTAINE | Hugo | Adjoint au maire | Rennes | France | animateur | inscrit |
"""


def test_a_pipe_sheet_in_french_reads_split_names_roles_and_cancellations() -> None:
    facts = facts_of(SHEET_FR, "fr")
    assert attended(facts) == {
        ("Camille Leroy", "Forum des villes durables", "speaker", "confirmed"),
        ("Hugo Fontaine", "Forum des villes durables", "facilitator", "confirmed"),
    }
    assert ("Camille Leroy", "Angers", "mayor") in relations(facts, "HOLDS_OFFICE")


CALENDAR_ES = """Calendario de la Alcaldía — exportado el 02/02/2026 a las 08:15

Evento: Reunión de la red de ciudades del agua
Inicio: martes 3 de marzo de 2026, 10:00
Fin: martes 3 de marzo de 2026, 13:00
Lugar: Ayuntamiento de Zaragoza
Organizador: Ayuntamiento de Zaragoza
Estado: confirmado
Participantes: Lucía Herrero — aceptada ; Pablo Ibarra — rechazada

Evento: [CANCELADO] Foro de alcaldes del Ebro
Inicio: lunes 20 de abril de 2026
Lugar: Logroño
Estado: cancelado
Participantes: Lucía Herrero — aceptada
"""


def test_a_calendar_export_gives_one_event_per_entry_and_no_attendance_when_cancelled_or_declined() -> None:
    facts = facts_of(CALENDAR_ES, "es")
    assert events(facts) == {
        "Reunión de la red de ciudades del agua": ("2026-03-03", "2026-03-03"),
        "Foro de alcaldes del Ebro": ("2026-04-20", "2026-04-20"),
    }
    assert attended(facts) == {("Lucía Herrero", "Reunión de la red de ciudades del agua", "participant", "confirmed")}
    held = pairs(facts, "HELD_IN")
    assert ("Reunión de la red de ciudades del agua", "Zaragoza") in held
    assert not any(event == "Foro de alcaldes del Ebro" for event, _ in held)  # cancelled: held nowhere


CALENDAR_EN = """Event: Mayors' breakfast on housing
Start: Monday 9 March 2026, 08:30
Location: Civic Hall, Leeds
Organizer: Leeds City Council, with Eurocities
Status: Provisional
Attendees: Sarah Whitmore (Leader of Leeds City Council) - accepted; Tom Baird - tentative

Événement : Visite d'une délégation de Dakar
Début : jeudi 12 mars 2026, 09:00
Lieu : Hôtel de Ville, Lyon
Statut : confirmé
Participants : Anne Morel — acceptée ; Paul Girard — refusé
"""


def test_a_provisional_entry_makes_every_acceptance_tentative_and_organisers_keep_their_order() -> None:
    facts = facts_of(CALENDAR_EN, "en")
    assert attended(facts) == {
        ("Sarah Whitmore", "Mayors' breakfast on housing", "participant", "tentative"),
        ("Tom Baird", "Mayors' breakfast on housing", "participant", "tentative"),
        ("Anne Morel", "Visite d'une délégation de Dakar", "participant", "confirmed"),
    }
    organisers = relations(facts, "ORGANISED_BY")
    assert ("Mayors' breakfast on housing", "Leeds", "organiser") in organisers
    assert ("Mayors' breakfast on housing", "Eurocities", "co-organiser") in organisers


def test_a_board_list_or_a_table_of_seats_is_no_attendance() -> None:
    board = facts_of(
        "Executive Board of Eurocities\n\nName;Position;City;Country\nAnna Berg;Mayor;Uppsala;Sweden\n"
        "Jonas Weber;Deputy Mayor;Leipzig;Germany\n",
        "en",
    )
    assert not attended(board)
    seats = facts_of(
        "Comisión de Cultura de Mercociudades\n\nNombre | Ciudad | Rol\n--- | --- | ---\n"
        "Marta Ruiz | Rosario | Copresidenta\nLuis Paz | Montevideo | Vocal\n",
        "es",
    )
    assert not attended(seats)
    newsletter = facts_of("Event: the network's summer school\nA week of courses for young officials.\n", "en")
    assert "the network's summer school" not in names(newsletter, "Event")  # no date: no calendar entry


GRID_EN = """Water and the City
Side event · Register · Share

SPEAKERS

Ana Beltrán
Deputy Mayor for Water
City of Zaragoza

Samuel Otieno
Chief Engineer
Nairobi City County, Kenya

Mei Tanaka (to be confirmed)
Head of Policy
IWA

MODERATOR

Jonas Weber
Coordinator
Eurocities

ABOUT THE EVENT

Tuesday 3 March 2026, 10:00–11:30 (CET)
Room 2, Palacio de Congresos, Zaragoza, Spain

This side event is organised by Eurocities with the International Water Association (IWA).
"""

GRID_ES = """Ciudades que cuidan
Sesión paralela · Inscribirse · Compartir

PONENTES

Lucía Herrero
Concejala de Servicios Sociales
Ayuntamiento de Zaragoza

Pedro Quispe (por confirmar)
Jefe de Planificación
Municipalidad de Cusco, Perú

ACERCA DEL EVENTO

Jueves 5 de marzo de 2026, 10:00–11:30
Sala 1, Centro de Congresos, Zaragoza, España
"""


def test_a_speakers_grid_above_the_event_details_attends_the_event_the_page_title_names() -> None:
    english = facts_of(GRID_EN, "en")
    assert attended(english) == {
        ("Ana Beltrán", "Water and the City", "speaker", "confirmed"),
        ("Samuel Otieno", "Water and the City", "speaker", "confirmed"),
        ("Mei Tanaka", "Water and the City", "speaker", "tentative"),
        ("Jonas Weber", "Water and the City", "moderator", "confirmed"),
    }  # "Chief Engineer" is Otieno's office, "ABOUT THE EVENT" no one's body
    assert ("Mei Tanaka", "International Water Association", "head of policy") in relations(english, "HOLDS_OFFICE")
    assert "ABOUT THE EVENT" not in names(english, "Organisation") | names(english, "Event")
    spanish = facts_of(GRID_ES, "es")
    assert attended(spanish) == {
        ("Lucía Herrero", "Ciudades que cuidan", "speaker", "confirmed"),
        ("Pedro Quispe", "Ciudades que cuidan", "speaker", "tentative"),
    }
    assert events(spanish)["Ciudades que cuidan"][0].startswith("2026-03-05")


def test_a_heading_that_names_an_event_keeps_its_date() -> None:
    facts = facts_of(
        "PROGRAMME\n\nForum of Coastal Mayors\n\nThursday 7 May 2026, 09:00–17:00\nCity Hall, Porto\n", "en"
    )
    assert "Forum of Coastal Mayors" in events(facts)


def test_a_forms_block_gives_each_person_the_office_on_the_line_under_them_in_the_blocks_city() -> None:
    spanish = facts_of(
        "FORMULARIO DE ADHESIÓN\n\nNombre oficial: Municipalidad de Arequipa\nCiudad: Arequipa\nPaís: Perú\n"
        "Representante legal: Julia Ccama Torres\nCargo: Alcaldesa\nPersona de contacto: Raúl Benavides\n\n"
        "Motivación: compartir experiencias.\n",
        "es",
    )
    assert ("Julia Ccama Torres", "Arequipa", "mayor") in relations(spanish, "HOLDS_OFFICE")
    assert not any(p == "Raúl Benavides" for p, _, _ in relations(spanish, "HOLDS_OFFICE"))  # no office line under him
    english = facts_of(
        "MEMBERSHIP APPLICATION\n\nOfficial name: Kisumu City Council\nCity: Kisumu\nCountry: Kenya\n"
        "Contact person: Grace Achieng\nPosition: Director of Planning\n",
        "en",
    )
    assert ("Grace Achieng", "Kisumu", "director") in {
        (p, b, r.split()[0]) for p, b, r in relations(english, "HOLDS_OFFICE")
    }
    french = facts_of(
        "Fiche contact\n\nPersonne de contact : Paul Girard\nFonction : Chargé de mission\nTéléphone : 01 02 03 04\n"
        "Courriel : paul@example.org\n",
        "fr",
    )
    assert not relations(french, "HOLDS_OFFICE")  # no city or body in the block: the office is nowhere
