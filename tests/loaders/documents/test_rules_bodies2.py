"""Bodies and what binds them (x-bodies2): memberships stated in several forms, the signature block of a
signed text (two parties side by side), the place-and-date line that closes it, and the joint bodies two
parties set up with their co-chairs. Sentences written for the test, in English, French and Spanish,
with the forms that must not give the relation."""

from __future__ import annotations

from tests.loaders.documents.helpers import city_countries, entity_name, facts_of, names, pairs, people, relations


def member_since(text: str, language: str) -> set[tuple[str, str, str | None]]:
    facts = facts_of(text, language)
    return {
        (entity_name(facts, r.source), entity_name(facts, r.target), r.props.get("since"))
        for r in facts.relations.values()
        if r.type == "MEMBER_OF"
    }


def test_a_standing_membership_with_its_year_and_both_members_of_a_list() -> None:
    assert member_since("Bergen has been a member of Eurocities since 2008.\n", "en") == {
        ("Bergen", "Eurocities", "2008")
    }
    both = member_since("Utrecht and Leipzig are both members of Eurocities.\n", "en")
    assert {(city, body) for city, body, _ in both} == {("Utrecht", "Eurocities"), ("Leipzig", "Eurocities")}
    listed = member_since("Porto, Bilbao and Turin take part as member cities of MedCities.\n", "en")
    assert {city for city, _, _ in listed} == {"Porto", "Bilbao", "Turin"}


def test_membre_before_an_elided_body_and_two_members_in_french() -> None:
    assert member_since("Grenoble est membre d'Energy Cities depuis 2011.\n", "fr") == {
        ("Grenoble", "Energy Cities", "2011")
    }
    both = member_since("La Ville de Brest et la Ville de Rennes sont toutes deux membres de l'AIMF.\n", "fr")
    assert {city for city, _, _ in both} == {"Brest", "Rennes"}
    assert {city for city, _, _ in member_since("Sherbrooke rejoint officiellement l'AIMF.\n", "fr")} == {"Sherbrooke"}


def test_miembros_of_a_network_in_spanish() -> None:
    found = member_since("Rosario y Córdoba son miembros de Mercociudades desde 1995.\n", "es")
    assert found == {("Rosario", "Mercociudades", "1995"), ("Córdoba", "Mercociudades", "1995")}


def test_a_negated_membership_gives_none() -> None:
    assert not member_since("Lyon is not a member of Energy Cities.\n", "en")
    assert not member_since("Lyon n'est pas membre d'Energy Cities.\n", "fr")
    assert not member_since("Salta no es miembro de Mercociudades.\n", "es")


BLOCK_EN = (
    "JOINT STATEMENT\n\nThe two cities agreed to exchange staff.\n\n"
    "Signed at Recife on 14 May 2025, in two originals in Portuguese.\n\n"
    "For the City of Porto                      For the City of Recife\n"
    "Inês Carvalho                              Paulo Menezes\n"
    "Deputy Mayor                               Mayor\n"
)
BLOCK_FR = (
    "Lettre d'intention\n\nLes deux villes déclarent leur intention de coopérer.\n\n"
    "Fait à Namur, le 2 juin 2025, en deux exemplaires originaux.\n\n"
    "Pour la Ville de Namur,                   Pour la Ville de Kisangani,\n"
    "Le Bourgmestre,                           La Maire,\n"
    "Luc Delvaux                               Esther Bolamba\n"
)
BLOCK_ES = (
    "Carta de intención\n\nAmbas ciudades acuerdan cooperar.\n\n"
    "Hecho en Cuenca, a 3 de mayo de 2025.\n\n"
    "Por la Municipalidad de Cuenca            Por el Ayuntamiento de Sevilla\n"
    "Marta Ochoa, Alcaldesa                    Javier Ruiz, Teniente de alcalde\n"
)


def test_each_column_of_a_signature_block_holds_its_office_in_the_party_it_signs_for() -> None:
    english = facts_of(BLOCK_EN, "en")
    assert relations(english, "HOLDS_OFFICE") == {
        ("Inês Carvalho", "Porto", "deputy mayor"),
        ("Paulo Menezes", "Recife", "mayor"),
    }
    french = facts_of(BLOCK_FR, "fr")
    assert relations(french, "HOLDS_OFFICE") == {
        ("Luc Delvaux", "Namur", "mayor"),
        ("Esther Bolamba", "Kisangani", "mayor"),
    }
    spanish = facts_of(BLOCK_ES, "es")
    assert relations(spanish, "HOLDS_OFFICE") == {
        ("Marta Ochoa", "Cuenca", "mayor"),
        ("Javier Ruiz", "Sevilla", "deputy mayor"),
    }


def test_two_signatories_side_by_side_are_two_people() -> None:
    french = facts_of(BLOCK_FR, "fr")
    assert {"Luc Delvaux", "Esther Bolamba"} <= people(french)
    assert not any("Delvaux" in name and "Bolamba" in name for name in people(french))


def test_the_place_and_date_line_of_a_signed_text_and_its_title_are_no_event() -> None:
    for text, language in ((BLOCK_EN, "en"), (BLOCK_FR, "fr"), (BLOCK_ES, "es")):
        facts = facts_of(text, language)
        assert not names(facts, "Event"), (language, names(facts, "Event"))
        assert not pairs(facts, "ATTENDED")


def test_a_language_is_no_town() -> None:
    assert "English" not in city_countries(facts_of(BLOCK_EN.replace("Portuguese", "English"), "en"))


def test_a_party_named_in_prose_is_no_signature_block() -> None:
    facts = facts_of(
        "For the City of Porto, the exchange of staff comes first. Paulo Menezes, Mayor of Recife.\n", "en"
    )
    assert ("Paulo Menezes", "Porto") not in pairs(facts, "HOLDS_OFFICE")


def test_a_joint_body_is_a_council_with_its_co_chairs() -> None:
    english = facts_of(
        "The two cities set up a joint working group, co-chaired by Ana Lopes and Rui Matos. It meets twice a year.\n",
        "en",
    )
    assert pairs(english, "CO_CHAIRS") == {("Ana Lopes", "joint working group"), ("Rui Matos", "joint working group")}
    french = facts_of(
        "Un comité mixte de suivi, coprésidé par Mme Odile Faure et par M. Ibrahim Sow, est créé.\n", "fr"
    )
    assert pairs(french, "CO_CHAIRS") == {
        ("Odile Faure", "comité mixte de suivi"),
        ("Ibrahim Sow", "comité mixte de suivi"),
    }
    spanish = facts_of("Se crea una comisión mixta de seguimiento, copresidida por Lucía Vera y por Tomás Gil.\n", "es")
    assert pairs(spanish, "CO_CHAIRS") == {
        ("Lucía Vera", "comisión mixta de seguimiento"),
        ("Tomás Gil", "comisión mixta de seguimiento"),
    }


def test_a_common_noun_body_without_a_joint_word_is_no_new_council() -> None:
    facts = facts_of("A committee will review the applications. The joint statement was published in May.\n", "en")
    assert not names(facts, "Council")


def test_a_body_working_with_others_is_their_partner() -> None:
    english = facts_of("Eurocities works in partnership with ICLEI and Energy Cities.\n", "en")
    assert {target for _, target in pairs(english, "PARTNER_OF")} == {
        "ICLEI – Local Governments for Sustainability",
        "Energy Cities",
    }
    french = facts_of("Cités Unies France travaille en alliance avec l'AIMF.\n", "fr")
    assert pairs(french, "PARTNER_OF") == {("Cités Unies France", "International Association of Francophone Mayors")}
    spanish = facts_of("Mercociudades trabaja junto a la UCCI.\n", "es")
    assert pairs(spanish, "PARTNER_OF") == {("Mercociudades", "Union of Ibero-American Capital Cities")}


def test_a_person_working_with_a_body_is_no_partner() -> None:
    facts = facts_of("El alcalde de Rosario, junto a la UCCI, inauguró el foro.\n", "es")
    assert not pairs(facts, "PARTNER_OF")


def test_a_former_office_in_one_word_is_read() -> None:
    spanish = facts_of("Asistió la exalcaldesa de Salta, Teresa Godoy, quien dejó el cargo en diciembre.\n", "es")
    assert relations(spanish, "HOLDS_OFFICE") == {("Teresa Godoy", "Salta", "mayor")}
    french = facts_of("L'ex-maire de Besançon, Paul Girard, a présidé la séance.\n", "fr")
    assert relations(french, "HOLDS_OFFICE") == {("Paul Girard", "Besançon", "mayor")}


def test_a_signed_texts_dateline_is_no_one() -> None:
    facts = facts_of(
        "CONVENIO\n\nEn Granada, a 4 de abril de 2025\n\nLa comisión mixta se reunirá por primera vez en Quito.\n", "es"
    )
    assert not any(name.startswith("En ") for name in people(facts))
