"""Pages laid out as cards (x-cards): a members' directory under country headings with join years and
focal points, speakers' cards, a signatories table flattened with tabs, a card of page furniture.
Pages written for the test."""

from __future__ import annotations

from munigraph.loaders.documents.context import Context

from tests.loaders.documents.helpers import city_countries, facts_of, pairs, people, relations


def _since(facts: object, rel_type: str = "MEMBER_OF") -> set[tuple[str, str, str | None]]:
    return {
        (facts.entities[r.source].name, facts.entities[r.target].name, r.props.get("since"))
        for r in facts.relations.values()
        if r.type == rel_type
    }


def test_a_directory_by_country_gives_members_their_countries_and_focal_points_in_three_languages() -> None:
    fr = facts_of(
        "Réseau des villes durables (RVD)\n\nNOS VILLES MEMBRES\n\n"
        "Le Réseau des villes durables rassemble des communes de toute l’Afrique de l’Ouest et du Maghreb.\n\n"
        "SÉNÉGAL\nThiès\nAdhésion : 2016\nPoint focal : Mme Awa Ndiaye, directrice de l’environnement\n\n"
        "Ziguinchor\nAdhésion : 2021\nPoint focal : M. Ousmane Faye\n\n"
        "TUNISIE\nSousse\nMembre depuis : 2019\nPoint focal : M. Karim Trabelsi, adjoint au maire\n",
        "fr",
    )
    assert _since(fr) == {
        ("Thiès", "Réseau des villes durables", "2016"),
        ("Ziguinchor", "Réseau des villes durables", "2021"),
        ("Sousse", "Réseau des villes durables", "2019"),
    }
    assert city_countries(fr) == {"Thiès": "SN", "Ziguinchor": "SN", "Sousse": "TN"}
    assert relations(fr, "HOLDS_OFFICE") == {
        ("Awa Ndiaye", "Thiès", "director"),
        ("Ousmane Faye", "Ziguinchor", "point focal"),
        ("Karim Trabelsi", "Sousse", "deputy mayor"),
    }
    es = facts_of(
        "Red de Ciudades Verdes (RCV)\n\nCIUDADES MIEMBRO DE LA RCV\n\n"
        "CHILE\nValdivia\nMiembro desde: 2017\nReferente: Ana Morales, directora de Cultura\n\n"
        "Temuco\nMiembro desde: 2022\n\nPERÚ\nArequipa\nMiembro desde: 2019\nPunto focal: Luis Quispe\n\n"
        "Esta página se actualiza cada mes con las nuevas ciudades de la Red de Ciudades Verdes.\n",
        "es",
    )
    assert _since(es) == {
        ("Valdivia", "Red de Ciudades Verdes", "2017"),
        ("Temuco", "Red de Ciudades Verdes", "2022"),
        ("Arequipa", "Red de Ciudades Verdes", "2019"),
    }
    assert city_countries(es) == {"Valdivia": "CL", "Temuco": "CL", "Arequipa": "PE"}
    assert pairs(es, "HOLDS_OFFICE") == {("Ana Morales", "Valdivia"), ("Luis Quispe", "Arequipa")}
    en = facts_of(
        "Network of Coastal Cities (NCC)\n\nOUR MEMBERS\n\n"
        "PORTUGAL\nPorto\nJoined: 2015\nFocal point: Ms. Rita Sousa, Head of International Relations\n\n"
        "NORWAY\nBergen\nMember since: 2020\n",
        "en",
    )
    assert _since(en) == {
        ("Porto", "Network of Coastal Cities", "2015"),
        ("Bergen", "Network of Coastal Cities", "2020"),
    }
    assert city_countries(en) == {"Porto": "PT", "Bergen": "NO"}
    assert relations(en, "HOLDS_OFFICE") == {("Rita Sousa", "Porto", "head of international relations")}


def test_a_heading_that_names_no_known_country_ends_the_country_above() -> None:
    """ "NORWAY" then "LAO PDR" (not in the gazetteer): Luang Prabang's card is not Norway's."""
    context = Context.prepare(
        "NORWAY\nBergen\nJoined: 2020\n\nLAO PDR\nLuang Prabang\nJoined: 2018\n\nOslo\nJoined: 2019\n", "en"
    )
    assert [(card.country or ("",))[0] for card in context.cards] == ["NO", "", ""]
    assert [card.kinds for card in context.cards] == [("text", "field")] * 3


def test_a_person_s_field_without_a_city_card_ties_no_one_to_a_place() -> None:
    """A focal point under a heading that is no city (a unit's name): no office of a town."""
    en = facts_of("NORWAY\nCoastal Erosion Unit\nFocal point: Ms. Kari Olsen\n", "en")
    assert not relations(en, "HOLDS_OFFICE")
    assert not relations(en, "MEMBER_OF")


def test_a_member_s_card_with_no_country_heading_names_a_town_and_a_staff_card_no_member() -> None:
    """ "Lisbon / Joined: 2015" is a member's card; "Jane Roe / Joined: 2019" is a person's, who joined the team."""
    en = facts_of(
        "Network of Coastal Cities (NCC)\n\nThe Network of Coastal Cities brings together towns facing the sea.\n\n"
        "Jane Roe\nJoined: 2019\n\nLisbon\nJoined: 2015\n",
        "en",
    )
    assert _since(en) == {("Lisbon", "Network of Coastal Cities", "2015")}


def test_speaker_cards_give_the_office_in_the_city_or_body_on_the_third_line() -> None:
    en = facts_of(
        "Speakers\n\nJane Roe\nDeputy Mayor\nCity of Leeds\n\nPaul Martin\nSecretary General\nEnergy Cities\n", "en"
    )
    assert relations(en, "HOLDS_OFFICE") == {
        ("Jane Roe", "Leeds", "deputy mayor"),
        ("Paul Martin", "Energy Cities", "secretary general"),
    }


def test_a_signatories_table_flattened_with_tabs_keeps_each_cell_apart_in_three_languages() -> None:
    """ "Coimbra<tab>Portugal" is two cells, not a person's name; each row holds its office in its city."""
    en = facts_of(
        "Signatories\n\nName\tTitle\tCity\tCountry\nAnne Müller\tMayor\tFreiburg\tGermany\n"
        "Pedro Alves\tMayor\tCoimbra\tPortugal\nSara Lindgren\tDeputy Mayor\tUppsala\tSweden\n",
        "en",
    )
    assert people(en) == {"Anne Müller", "Pedro Alves", "Sara Lindgren"}
    assert relations(en, "HOLDS_OFFICE") == {
        ("Anne Müller", "Freiburg", "mayor"),
        ("Pedro Alves", "Coimbra", "mayor"),
        ("Sara Lindgren", "Uppsala", "deputy mayor"),
    }
    assert city_countries(en) == {"Freiburg": "DE", "Coimbra": "PT", "Uppsala": "SE"}
    es = facts_of(
        "Firmantes\n\nNombre\tCargo\tCiudad\tPaís\nLaura Gómez\tAlcaldesa\tRosario\tArgentina\n"
        "Marcos Ruiz\tIntendente\tSalto\tUruguay\n",
        "es",
    )
    assert people(es) == {"Laura Gómez", "Marcos Ruiz"}
    assert pairs(es, "HOLDS_OFFICE") == {("Laura Gómez", "Rosario"), ("Marcos Ruiz", "Salto")}
    fr = facts_of(
        "Signataires\n\nNom\tFonction\tVille\tPays\nClaire Petit\tMaire\tNamur\tBelgique\nOmar Benali\tMaire\tSfax\tTunisie\n",
        "fr",
    )
    assert people(fr) == {"Claire Petit", "Omar Benali"}
    assert city_countries(fr) == {"Namur": "BE", "Sfax": "TN"}


def test_a_card_of_page_furniture_is_no_card_and_yields_nothing() -> None:
    text = "Network of Coastal Cities (NCC)\n\nPORTUGAL\nPorto\nJoined: 2015\n\nShare this page\nRead more →\n"
    context = Context.prepare(text, "en")
    assert len(context.cards) == 1  # the share bar and the "read more" link are blanked: no card of theirs
    en = facts_of(text, "en")
    assert {(r.type, en.entities[r.source].name) for r in en.relations.values()} == {
        ("MEMBER_OF", "Porto"),
        ("IN_COUNTRY", "Porto"),
    }
