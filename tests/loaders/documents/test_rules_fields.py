"""Tables flattened to text, read by their header words (loaders.documents.tables, .fields): pipe
tables, columns parted by spaces or tabs, one cell per line; tables written for the test in English,
French and Spanish, with negatives (figures, votes, a country that is not the city's)."""

from __future__ import annotations

from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.context import Context
from munigraph.loaders.documents.tables import label_class

from tests.loaders.documents.helpers import entity_name, facts_of, relations


def stated(facts: DocumentFacts, rel_type: str) -> set[tuple[str, str]]:
    """(source, target) of the relations of a type the text states (not the gazetteer's)."""
    return {
        (entity_name(facts, r.source), entity_name(facts, r.target))
        for r in facts.relations.values()
        if r.type == rel_type and r.provenance[0].document
    }


def cells(text: str, language: str = "en") -> list[list[list[str]]]:
    """Each table of a text: its header, then its rows, as the cells' text."""
    context = Context.prepare(text, language)
    return [
        [[text[s:e] for s, e in table.header], *[[text[s:e] for s, e in row] for row in table.rows]]
        for table in context.tables
    ]


PIPE_EN = """MEMBERS OF THE STEERING GROUP

| Name | Position | City | Country |
|------|----------|------|---------|
| Ms. Laura BIANCHI | Mayor | City of Turin | Italy |
| Mr. Jonas Berg | Deputy Mayor | Malmö | Sweden |
"""

CELL_LINES_FR = """Composition de la commission

Nom
Fonction
Collectivité
Pays
Mme Claire Dubois
Maire
Ville de Rennes
France
M. Ousmane Sy
Maire adjoint
Commune de Thiès
Sénégal
"""

SPACED_ES = """Municipalidad de Rosario - Relaciones internacionales

Ciudades hermanas de Rosario

Ciudad        País          Desde
Bilbao        España        1998
Curitiba      Brasil        2001
"""


def test_the_three_flattenings_are_found_with_their_cells() -> None:
    assert cells(PIPE_EN) == [
        [["Name", "Position", "City", "Country"], ["Ms. Laura BIANCHI", "Mayor", "City of Turin", "Italy"],
         ["Mr. Jonas Berg", "Deputy Mayor", "Malmö", "Sweden"]],
    ]  # fmt: skip
    assert cells(CELL_LINES_FR, "fr")[0][:2] == [
        ["Nom", "Fonction", "Collectivité", "Pays"], ["Mme Claire Dubois", "Maire", "Ville de Rennes", "France"],
    ]  # fmt: skip
    assert cells(SPACED_ES, "es") == [
        [["Ciudad", "País", "Desde"], ["Bilbao", "España", "1998"], ["Curitiba", "Brasil", "2001"]],
    ]
    assert cells("Tallinn\tEstonia\nRiga\tLatvia\nVilnius\tLithuania\n")[0][0] == ["Tallinn", "Estonia"]


def test_lines_of_labels_whose_rows_do_not_fill_the_columns_are_no_table() -> None:
    assert cells("Name\nOffice\nCity\nAna Roe\nMayor\n\nMore text.\n") == []
    assert cells("Office\nThe office is open daily.\n") == []  # one label alone


def test_header_words_have_a_class_in_every_language() -> None:
    assert [label_class(w) for w in ("Local government", "Fonction", "País", "Signataire", "Desde", "Budget")] == [
        "city", "office", "country", "signatory", "year", None,
    ]  # fmt: skip


def test_a_row_names_a_person_s_office_in_its_city_and_the_city_s_country() -> None:
    english = facts_of(PIPE_EN, "en")
    assert relations(english, "HOLDS_OFFICE") == {
        ("Laura BIANCHI", "Turin", "mayor"),
        ("Jonas Berg", "Malmö", "deputy mayor"),
    }
    assert stated(english, "IN_COUNTRY") == {("Turin", "Italy"), ("Malmö", "Sweden")}
    french = facts_of(CELL_LINES_FR, "fr")
    assert relations(french, "HOLDS_OFFICE") == {
        ("Claire Dubois", "Rennes", "mayor"),
        ("Ousmane Sy", "Thiès", "deputy mayor"),
    }
    assert stated(french, "IN_COUNTRY") == {("Rennes", "France"), ("Thiès", "Senegal")}


def test_a_table_of_the_page_s_twins_gives_the_tie_its_year_and_kind() -> None:
    spanish = facts_of(SPACED_ES, "es")
    assert {
        (entity_name(spanish, r.source), entity_name(spanish, r.target), r.props.get("kind"), r.props.get("since"))
        for r in spanish.relations.values()
        if r.type == "TWINNED_WITH"
    } == {("Bilbao", "Rosario", "sister_city", "1998"), ("Curitiba", "Rosario", "sister_city", "2001")}
    english = facts_of(
        "City of Leeds - International links\n\nOur partner cities\n\n"
        "City          Country       Since    Type\n"
        "Dortmund      Germany       1969     Twin city\n"
        "Durban        South Africa  2005     Partner city\n",
        "en",
    )
    assert {
        (entity_name(english, r.target) if entity_name(english, r.source) == "Leeds" else entity_name(english, r.source),
         r.props.get("kind"), r.props.get("since"))
        for r in english.relations.values() if r.type == "TWINNED_WITH"
    } == {("Dortmund", "twinning", "1969"), ("Durban", "partnership", "2005")}  # fmt: skip


def test_signatories_in_a_table_took_part_in_the_page_s_event() -> None:
    facts = facts_of(
        "Clean Air Summit 2024\n\nHeld in Lisbon on 3 May 2024.\n\n"
        "Signatory\tFunction\tMunicipality\nAnna Kowalczyk\tMayor\tGdańsk\nPedro Silva\tMayor\tBraga\n",
        "en",
    )
    attended = {
        (entity_name(facts, r.source), facts.entities[r.target].kind, r.props.get("role"))
        for r in facts.relations.values()
        if r.type == "ATTENDED"
    }
    assert attended == {("Anna Kowalczyk", "Event", "participant"), ("Pedro Silva", "Event", "participant")}
    assert relations(facts, "HOLDS_OFFICE") == {
        ("Anna Kowalczyk", "Gdańsk", "mayor"),
        ("Pedro Silva", "Braga", "mayor"),
    }


def test_a_table_of_figures_names_nobody_and_ties_no_town() -> None:
    facts = facts_of(
        "Ville de Nantes - Budget de la coopération\n\nVilles jumelles\n\n"
        "| Poste | Montant | Année |\n| Dakar | 12 000 | 2024 |\n| Cluj | 8 000 | 2024 |\n",
        "fr",
    )
    assert relations(facts, "TWINNED_WITH") == set()
    assert relations(facts, "HOLDS_OFFICE") == set()
    votes = facts_of("Candidatura      Votos\nRosario (Argentina)      71\nValparaíso (Chile)      41\n", "es")
    assert relations(votes, "TWINNED_WITH") == set() and relations(votes, "HOLDS_OFFICE") == set()


def test_a_country_cell_that_is_not_the_city_s_states_nothing() -> None:
    facts = facts_of("Forum hosts\n\n| City | Country |\n| Lyon | Japan |\n| Energy Cities | France |\n", "en")
    assert stated(facts, "IN_COUNTRY") == set()


def test_cities_of_a_table_with_no_twinning_word_are_no_twins() -> None:
    facts = facts_of(
        "City of Porto\n\nHost cities of the forum\n\n"
        "City        Country       Year\nAntwerp     Belgium       2019\nMalmö       Sweden        2022\n",
        "en",
    )
    assert relations(facts, "TWINNED_WITH") == set()
    assert stated(facts, "IN_COUNTRY") == {("Antwerp", "Belgium"), ("Malmö", "Sweden")}


def organised(facts: DocumentFacts) -> set[tuple[str, str | None]]:
    return {
        (entity_name(facts, r.target), r.props.get("role"))
        for r in facts.relations.values()
        if r.type == "ORGANISED_BY"
    }


def held_in(facts: DocumentFacts) -> set[str]:
    return {entity_name(facts, r.target) for r in facts.relations.values() if r.type == "HELD_IN"}


def test_organiser_host_and_venue_lines_under_an_event_s_title() -> None:
    spanish = facts_of(
        "Seminario de ciudades cuidadoras 2025\n\nFecha: martes 16 de septiembre de 2025\n"
        "Lugar: Ayuntamiento de Bilbao y en línea\nOrganizan: UCCI y la Ciudad de Quito\n",
        "es",
    )
    assert organised(spanish) == {("Union of Ibero-American Capital Cities", "co-organiser"), ("Quito", "co-organiser")}
    assert held_in(spanish) == {"Bilbao"}
    french = facts_of(
        "Rencontres de la coopération 2026\n\nOrganisateur : Cités Unies France\n"
        "Lieu : Hôtel de Ville de Nantes — 3 et 4 mars 2026\n",
        "fr",
    )
    assert organised(french) == {("Cités Unies France", "organiser")}
    assert held_in(french) == {"Nantes"}
    english = facts_of("Forum on Coastal Cities 2025\n\nHost: City of Antwerp\nVenue: Town Hall of Antwerp\n", "en")
    assert organised(english) == {("Antwerp", "host")}
    assert held_in(english) == {"Antwerp"}


def test_a_field_line_far_from_any_event_describes_none() -> None:
    facts = facts_of(
        "Unión de Ciudades Capitales Iberoamericanas\n\nLa UCCI se rige por su Asamblea Plenaria.\n\n"
        + "La organización trabaja con sus ciudades miembro en proyectos de cooperación. " * 8
        + "\n\nSede: calle Mayor 83, Madrid.\n",
        "es",
    )
    assert held_in(facts) == set()
    page = facts_of("Contact us\n\nHost: City of Antwerp\nPhone: 000 000\n", "en")
    assert organised(page) == set()


def test_a_name_line_with_an_honorific_over_its_office_line_is_a_stacked_entry() -> None:
    spanish = facts_of(
        "Comité Ejecutivo 2024\n\nPRESIDENCIA\nSr. Tomás Aranda Gil\nAlcalde de Sevilla (España)\n\n"
        "SECRETARÍA\nSra. Lucía Prado\nIntendenta de Montevideo (Uruguay)\n",
        "es",
    )
    assert {(p, c, r) for p, c, r in relations(spanish, "HOLDS_OFFICE") if c in ("Sevilla", "Montevideo")} == {
        ("Tomás Aranda Gil", "Sevilla", "mayor"),
        ("Lucía Prado", "Montevideo", "mayor"),
    }
    assert not {b for _, b, _ in relations(spanish, "AFFILIATED_WITH")} & {"SECRETARÍA", "Secretaría"}
    french = facts_of(
        "Le Bureau\n\nMme Claire Martin\nMaire de Rennes\n\nM. Paul Ndiaye\nAdjoint au maire de Thiès\n", "fr"
    )
    assert relations(french, "HOLDS_OFFICE") >= {
        ("Claire Martin", "Rennes", "mayor"),
        ("Paul Ndiaye", "Thiès", "deputy mayor"),
    }
    title = facts_of("Mme Claire Martin\n\nLa ville a signé un accord.\n", "fr")
    assert relations(title, "HOLDS_OFFICE") == set()  # a name line with no office under it reads nothing


def test_a_table_s_cells_are_no_stacked_entries() -> None:
    facts = facts_of(
        "Members\n\nName\nOffice\nLocal government\nMs. Ana Duarte\nChair, Standing Committee on Water\nCity of Lima\n",
        "en",
    )
    assert {c for _, c, _ in relations(facts, "HOLDS_OFFICE")} == {"Lima"}


def test_an_office_label_over_a_name_alone_is_an_office_of_the_page_s_body_or_town() -> None:
    spanish = facts_of(
        "Municipalidad de Asunción\n\nLa Municipalidad de Asunción presenta su equipo.\n\n"
        "Dirección de Relaciones Internacionales\nDirectora: Lic. María José Benítez\nTeléfono: 000\n",
        "es",
    )
    assert relations(spanish, "HOLDS_OFFICE") == {("María José Benítez", "Asunción", "director")}
    english = facts_of("Eurocities\n\nEurocities is a network of cities.\n\nSecretary General: Benjamin Porter\n", "en")
    assert relations(english, "HOLDS_OFFICE") == {("Benjamin Porter", "Eurocities", "secretary general")}
    french = facts_of("Ville de Rennes\n\nLa ville de Rennes et ses partenaires.\n\nMaire : Mme Claire Martin\n", "fr")
    assert relations(french, "HOLDS_OFFICE") == {("Claire Martin", "Rennes", "mayor")}


def test_a_session_cue_or_a_name_with_its_own_office_is_no_page_office() -> None:
    english = facts_of("Eurocities\n\nEurocities is a network of cities.\n\nChair: Benjamin Porter\n", "en")
    assert relations(english, "HOLDS_OFFICE") == set()
    french = facts_of("Ville de Rennes\n\nLa ville de Rennes.\n\nPrésident : Jean Dupont, maire de Lyon\n", "fr")
    assert relations(french, "HOLDS_OFFICE") == {("Jean Dupont", "Lyon", "mayor")}


def member_of(facts: DocumentFacts) -> set[tuple[str, str]]:
    return {
        (entity_name(facts, r.source), entity_name(facts, r.target))
        for r in facts.relations.values()
        if r.type == "MEMBER_OF"
    }


def test_a_table_of_cities_under_a_members_title_lists_members_of_the_page_s_organisation() -> None:
    english = facts_of(
        "Eurocities\n\nEurocities is a network of European cities.\n\nNew members\n\n"
        "| City | Country |\n| Lyon | France |\n| Porto | Portugal |\n",
        "en",
    )
    assert member_of(english) == {("Lyon", "Eurocities"), ("Porto", "Eurocities")}
    spanish = facts_of(
        "Mercociudades\n\nLa red Mercociudades reúne ciudades del continente.\n\nNuevos miembros\n\n"
        "Ciudad        País\nRosario       Argentina\nSalto         Uruguay\n",
        "es",
    )
    assert member_of(spanish) == {("Rosario", "Mercociudades"), ("Salto", "Mercociudades")}
    hosts = facts_of(
        "Eurocities\n\nEurocities is a network of European cities.\n\nPast forums\n\n"
        "| City | Country |\n| Lyon | France |\n| Porto | Portugal |\n",
        "en",
    )
    assert member_of(hosts) == set()


def test_a_label_alone_on_its_line_or_before_a_dash_or_a_bar() -> None:
    english = facts_of(
        "Forum on Coastal Cities 2025\n\nOrganisers\nEurocities and ICLEI\n\nVenue\nTown Hall of Antwerp\n", "en"
    )
    assert organised(english) == {
        ("Eurocities", "co-organiser"),
        ("ICLEI – Local Governments for Sustainability", "co-organiser"),
    }
    assert held_in(english) == {"Antwerp"}
    french = facts_of(
        "Rencontres de la coopération 2026\n\nLieu — Hôtel de Ville de Nantes\nHôte | Ville de Nantes\n", "fr"
    )
    assert held_in(french) == {"Nantes"}
    assert organised(french) == {("Nantes", "host")}


def attended(facts: DocumentFacts) -> set[tuple[str, str | None]]:
    return {
        (entity_name(facts, r.source), r.props.get("role")) for r in facts.relations.values() if r.type == "ATTENDED"
    }


def test_signature_lines_give_the_signer_s_office_and_presence_at_the_event_that_adopted_the_text() -> None:
    english = facts_of(
        "Declaration of Lyon\n\nAdopted on 3 May 2024 in Lyon at the close of the Forum of Cities.\n\n"
        "For the City of Leeds: Jane Roe\nFor Eurocities: Ms. Ana Duarte, Secretary General\n",
        "en",
    )
    assert relations(english, "HOLDS_OFFICE") == {("Ana Duarte", "Eurocities", "secretary general")}
    assert attended(english) >= {("Jane Roe", "participant"), ("Ana Duarte", "participant")}
    french = facts_of(
        "Déclaration de Dakar\n\nAdoptée le 3 mai 2024 à Dakar, à l'issue du Forum des maires.\n\n"
        "Pour l'AIMF : Mme Hélène Roy, secrétaire permanente adjointe\n",
        "fr",
    )
    assert relations(french, "HOLDS_OFFICE") == {
        ("Hélène Roy", "International Association of Francophone Mayors", "deputy permanent secretary")
    }
    spanish = facts_of(
        "Declaración de Quito\n\nAprobada el 3 de mayo de 2024 en Quito, al cierre del Foro de Alcaldes.\n\n"
        "Por Mercociudades: Sra. Ana Ruiz, secretaria ejecutiva\n",
        "es",
    )
    assert relations(spanish, "HOLDS_OFFICE") == {("Ana Ruiz", "Mercociudades", "executive secretary")}


def test_a_for_label_with_no_signed_text_is_no_presence() -> None:
    facts = facts_of(
        "Forum of Cities 2024\n\nThe forum met in Lyon on 3 May 2024.\n\nFor press enquiries: Jane Roe\n"
        "For Eurocities: Ms. Ana Duarte\n",
        "en",
    )
    assert attended(facts) == set()


def partners(facts: DocumentFacts) -> set[tuple[str, str, str | None]]:
    return {
        (entity_name(facts, r.source), entity_name(facts, r.target), r.props.get("since"))
        for r in facts.relations.values()
        if r.type == "PARTNER_OF"
    }


def test_a_table_of_bodies_under_a_partners_title_lists_partners_of_the_page_s_organisation() -> None:
    english = facts_of(
        "Eurocities\n\nEurocities is a network of European cities.\n\nOur partners\n\n"
        "| Organisation | Since |\n| ICLEI | 2015 |\n| Energy Cities | 2019 |\n",
        "en",
    )
    assert partners(english) == {
        ("Eurocities", "ICLEI – Local Governments for Sustainability", "2015"),
        ("Eurocities", "Energy Cities", "2019"),
    }
    french = facts_of(
        "Cités Unies France\n\nCités Unies France fédère les collectivités.\n\nNos partenaires\n\n"
        "Organisation       Depuis\nAIMF               2010\nPlatforma          2016\n",
        "fr",
    )
    assert {t for _, t, _ in partners(french)} == {"International Association of Francophone Mayors", "PLATFORMA"}
    untitled = facts_of(
        "Eurocities\n\nEurocities is a network of European cities.\n\nEvents of the year\n\n"
        "| Organisation | Since |\n| ICLEI | 2015 |\n",
        "en",
    )
    assert partners(untitled) == set()


def test_cells_each_between_blank_lines_and_a_two_column_table_of_fields() -> None:
    loose = (
        "Membres\n\nNom\n\nFonction\n\nCollectivité\n\nMme Ana Duarte\n\nMaire\n\nVille de Lima\n\n"
        "M. Pedro Salas\n\nMaire adjoint\n\nVille de Quito\n\nLe conseil s'est réuni en juin.\n"
    )
    assert cells(loose, "fr")[0][0] == ["Nom", "Fonction", "Collectivité"]
    assert relations(facts_of(loose, "fr"), "HOLDS_OFFICE") == {
        ("Ana Duarte", "Lima", "mayor"),
        ("Pedro Salas", "Quito", "deputy mayor"),
    }
    uneven = "Nom\n\nFonction\n\nMme Ana Duarte\n\nMaire\n\nM. Pedro Salas\n\nLe conseil s'est réuni.\n"
    assert cells(uneven, "fr") == []  # three cells under two columns: no table
    pairs = facts_of(
        "Forum on Coastal Cities 2025\n\n| Organiser | Eurocities |\n|---|---|\n| Venue | Town Hall of Antwerp |\n",
        "en",
    )
    assert organised(pairs) == {("Eurocities", "organiser")}
    assert held_in(pairs) == {"Antwerp"}


def test_a_role_column_gives_each_person_a_seat_in_the_council_above_the_table() -> None:
    english = facts_of(
        "UCLG Policy Council on Housing\n\nMembers of the Council for 2022-2026.\n\n"
        "| Role | Name | Office | City |\n|---|---|---|---|\n| Co-chair | Ana Duarte | Mayor | Lima |\n"
        "| Member | Pedro Salas | Councillor | Quito |\n",
        "en",
    )
    assert stated(english, "CO_CHAIRS") == {("Ana Duarte", "Policy Council on Housing (UCLG)")}
    assert relations(english, "HOLDS_OFFICE") == {
        ("Ana Duarte", "Lima", "mayor"),
        ("Pedro Salas", "Quito", "councillor"),
        ("Pedro Salas", "Policy Council on Housing (UCLG)", "member"),
    }
    spanish = facts_of(
        "Comité Ejecutivo de Mercociudades\n\nIntegrantes 2024-2025.\n\n"
        "Cargo          Nombre            Ciudad\nPresidencia    Ana Duarte        Rosario\nVocal          Pedro Salas       Quito\n",
        "es",
    )
    assert relations(spanish, "HOLDS_OFFICE") == {
        ("Ana Duarte", "Comité Ejecutivo (Mercociudades)", "president"),
        ("Pedro Salas", "Comité Ejecutivo (Mercociudades)", "member"),
    }
