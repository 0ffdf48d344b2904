"""Relations between people and bodies in forms the older rules missed (x-rel2), on pages written
for these tests: boards kept as nested lists (body > office > person), offices said by a verb label
("Coordina:"), an office after a dash, offices nested under the person's line."""

from __future__ import annotations

from tests.loaders.documents.helpers import facts_of as _facts
from tests.loaders.documents.helpers import relations

_BOARD = {
    "en": (
        "# Steering Committee\n\n**Coastal Towns Network (CTN)**\n\n## Chair\n\n"
        "- **Plymouth** (United Kingdom)\n  - Mayor: Jane Doyle\n    - Chair of the CTN since 2024\n"
        "- **Aberdeen** (United Kingdom)\n  - Councillor: Ewan Reid - Vice President\n\n"
        "## Working groups\n\n- Working Group on Ports\n  - Coordinates: Piet de Vries, councillor of Rotterdam\n"
    ),
    "fr": (
        "# Bureau exécutif\n\n**Réseau des villes côtières (RVC)**\n\n## Présidence\n\n"
        "- **Brest** (Finistère)\n  - Maire : Yann Le Gall\n    - Président du RVC depuis 2024\n"
        "- **Lorient**\n  - Maire : Anne Kervella — vice-présidente\n"
    ),
    "es": (
        "# Comité Ejecutivo 2026\n\n**Red de Ciudades por el Agua (RCA)**\n\n## Presidencia\n\n"
        "- **Logroño** (La Rioja)\n  - Alcalde: Pablo Herrera\n    - Presidente de la RCA desde marzo de 2026\n"
        "- **Burgos**\n  - Secretaria de Medio Ambiente: Lucía Campos — vicepresidenta segunda\n\n"
        "## Comisiones\n\n- Comisión de Riego\n  - Coordina: Marta Gil, concejala de Soria\n"
    ),
}


def test_an_office_nested_under_a_town_is_held_in_that_town_not_in_the_page_s_network() -> None:
    expected = {
        "en": {("Jane Doyle", "Plymouth", "mayor"), ("Ewan Reid", "Aberdeen", "councillor")},
        "fr": {("Yann Le Gall", "Brest", "mayor"), ("Anne Kervella", "Lorient", "mayor")},
        "es": {("Pablo Herrera", "Logroño", "mayor"), ("Lucía Campos", "Burgos", "secretary of environment")},
    }
    for language, text in _BOARD.items():
        held = relations(_facts(text, language), "HOLDS_OFFICE")
        assert expected[language] <= held, language
        assert not any(person == "Jane Doyle" and role == "mayor" and body != "Plymouth" for person, body, role in held)


def test_the_office_nested_under_a_person_s_line_and_the_office_after_a_dash_are_the_network_s() -> None:
    network = {"en": "Coastal Towns Network", "fr": "Réseau des villes côtières", "es": "Red de Ciudades por el Agua"}
    chair = {"en": "Jane Doyle", "fr": "Yann Le Gall", "es": "Pablo Herrera"}
    second = {"en": "Ewan Reid", "fr": "Anne Kervella", "es": "Lucía Campos"}
    for language, text in _BOARD.items():
        held = relations(_facts(text, language), "HOLDS_OFFICE")
        assert (chair[language], network[language], "president") in held, language
        assert (second[language], network[language], "vice president") in held, language


def test_a_verb_label_under_a_committee_gives_its_coordinator() -> None:
    held = relations(_facts(_BOARD["en"], "en"), "HOLDS_OFFICE")
    assert ("Piet de Vries", "Working Group on Ports (CTN)", "coordinator") in held
    held = relations(_facts(_BOARD["es"], "es"), "HOLDS_OFFICE")
    assert any(p == "Marta Gil" and "Comisión de Riego" in b and r == "coordinator" for p, b, r in held)


def test_a_flat_office_line_still_belongs_to_the_page_and_a_nested_plain_item_names_no_body() -> None:
    flat = _facts("**Lakeside Towns Association (LTA)**\n\nSecretary General: Omar Haddad\n", "en")
    assert ("Omar Haddad", "Lakeside Towns Association", "secretary general") in relations(flat, "HOLDS_OFFICE")
    # nested under a plain item that names no city or body: no office there, and no invented body
    nested = _facts("**Lakeside Towns Association (LTA)**\n\n- Budget items\n  - Treasurer: Omar Haddad\n", "en")
    assert not any(b == "Budget items" for _, b, _ in relations(nested, "HOLDS_OFFICE"))
    # a dash after the name that is no office gives nothing more
    other = _facts("**Lakeside Towns Association (LTA)**\n\n- **Galway**\n  - Mayor: Niamh Burke - on leave\n", "en")
    assert {b for p, b, _ in relations(other, "HOLDS_OFFICE") if p == "Niamh Burke"} <= {"Galway"}
