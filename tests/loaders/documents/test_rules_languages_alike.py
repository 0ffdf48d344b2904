"""Forms one language read and the others did not: an event opening or beginning in a place is held there
("The Forum opened in Lisbon", "le Forum a débuté à Lyon", "el Foro se inauguró en Sevilla"; a time after the verb
or a subject that is no event gives no place), taking part is attending ("tomó parte en el Foro"), and becoming a
member is joining ("se convirtió en miembro de", "sont devenues membres de", "became a full member of")."""

from __future__ import annotations

import pytest

from tests.loaders.documents.helpers import facts_of, pairs, relations


@pytest.mark.parametrize(
    ("text", "language", "event", "city"),
    [
        ("Urban Futures Forum 2026\n\nThe Urban Futures Forum opened in Lisbon on 4 May 2026.\n", "en",
         "Urban Futures Forum", "Lisbon"),
        ("Urban Futures Forum 2026\n\nThe Urban Futures Forum kicked off in Porto on Monday.\n", "en",
         "Urban Futures Forum", "Porto"),
        ("Forum des villes 2026\n\nLe Forum des villes a débuté à Lyon le 4 mai 2026.\n", "fr", "Forum des villes", "Lyon"),
        ("Foro de Ciudades 2026\n\nEl Foro de Ciudades se inauguró en Sevilla el 4 de mayo de 2026.\n", "es",
         "Foro de Ciudades", "Sevilla"),
        ("Foro de Ciudades 2026\n\nEl Foro de Ciudades arrancó en Valencia el lunes.\n", "es", "Foro de Ciudades", "Valencia"),
    ],
)  # fmt: skip
def test_an_event_opening_in_a_place_is_held_there(text: str, language: str, event: str, city: str) -> None:
    assert (event, city) in pairs(facts_of(text, language), "HELD_IN")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Urban Futures Forum 2026\n\nThe Urban Futures Forum opened at 9:00 with a word of welcome.\n", "en"),
        ("The city's new office opened in Lisbon in 2020.\n", "en"),
        ("Forum des villes 2026\n\nLe Forum des villes a débuté à 9 h par un mot d'accueil.\n", "fr"),
        ("Foro de Ciudades 2026\n\nEl Foro de Ciudades se inauguró a las 9:00 con unas palabras de bienvenida.\n", "es"),
    ],
)  # fmt: skip
def test_an_opening_at_a_time_or_of_no_event_gives_no_place(text: str, language: str) -> None:
    assert pairs(facts_of(text, language), "HELD_IN") == set()


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Urban Forum 2026\n\nJane Roe, Mayor of Porto, took part in the Urban Forum.\n", "en", "Jane Roe"),
        ("Forum urbain 2026\n\nJeanne Roux, maire de Nantes, a pris part au Forum urbain.\n", "fr", "Jeanne Roux"),
        ("Foro Urbano 2026\n\nAna Ruiz, alcaldesa de Cádiz, tomó parte en el Foro Urbano.\n", "es", "Ana Ruiz"),
    ],
)  # fmt: skip
def test_taking_part_in_an_event_is_attending_it_in_every_language(text: str, language: str, person: str) -> None:
    attended = {(a[0], a[2]) for a in relations(facts_of(text, language), "ATTENDED")}
    assert (person, "participant") in attended


@pytest.mark.parametrize(
    ("text", "language", "cities"),
    [
        ("Porto became a full member of UCLG in 2019.\n", "en", {"Porto"}),
        ("Nantes et Lille sont devenues membres de CGLU en 2019.\n", "fr", {"Nantes", "Lille"}),
        ("Cádiz se convirtió en miembro de CGLU en 2019.\n", "es", {"Cadiz"}),
        ("Cádiz y Málaga pasaron a ser miembros de CGLU en 2019.\n", "es", {"Cadiz", "Málaga"}),
        ("Cádiz no se convirtió en miembro de CGLU.\n", "es", set()),
    ],
)  # fmt: skip
def test_becoming_a_member_is_joining_in_every_language(text: str, language: str, cities: set[str]) -> None:
    members = pairs(facts_of(text, language), "MEMBER_OF")
    assert members == {(city, "United Cities and Local Governments") for city in cities}
