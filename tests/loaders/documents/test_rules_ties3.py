"""Ties between cities in more forms (x-ties3): a tie named by the kind of city it makes ("as twin
cities", "friendship link"), a possessive owner ("Leeds's sister cities include ..."), a town whose name
opens with an article ("La Paz", "Le Havre"), a tie said in one part of a sentence cut by a semicolon,
and a list of twins with years under a sentence that counts them. Sentences written for the test."""

from __future__ import annotations

from munigraph.loaders.documents.builder import DocumentFacts

from tests.loaders.documents.helpers import facts_of


def ties(facts: DocumentFacts) -> dict[frozenset[str], tuple[str | None, str | None]]:
    """{the two cities' names: (kind, since)} of every TWINNED_WITH."""
    return {
        frozenset((facts.entities[r.source].name, facts.entities[r.target].name)): (
            r.props.get("kind"),
            r.props.get("since"),
        )
        for r in facts.relations.values()
        if r.type == "TWINNED_WITH"
    }


def test_a_tie_named_by_the_kind_of_city_it_makes_in_three_languages() -> None:
    en = facts_of("Lisbon and Rio de Janeiro celebrated thirty years as twin cities (since 1995).", "en")
    assert ties(en) == {frozenset(("Lisbon", "Rio de Janeiro")): ("twinning", "1995")}
    en = facts_of("Dundee and Nablus renewed their friendship link, first agreed in 1980.", "en")
    assert ties(en) == {frozenset(("Dundee", "Nablus")): ("friendship", "1980")}
    fr = facts_of("Grenoble et Sfax fêtent vingt ans comme villes jumelles.", "fr")
    assert ties(fr) == {frozenset(("Grenoble", "Sfax")): ("twinning", None)}
    fr = facts_of("Nancy et Karlsruhe ont renouvelé leur lien d’amitié, noué en 1955.", "fr")
    assert ties(fr) == {frozenset(("Nancy", "Karlsruhe")): ("friendship", "1955")}
    es = facts_of("Sevilla y Guadalajara renovaron sus lazos de amistad desde 2001.", "es")
    assert ties(es) == {frozenset(("Sevilla", "Guadalajara")): ("friendship", "2001")}


def test_a_label_of_twin_cities_pairs_its_items_with_the_town_not_with_each_other() -> None:
    facts = facts_of("Ciudad de Lyon\n\nTwin cities: Turin and Leipzig.\n", "en")
    assert frozenset(("Turin", "Leipzig")) not in ties(facts)


def test_a_possessive_owner_of_a_list_of_twins_in_english() -> None:
    facts = facts_of(
        "Glasgow's sister-city network also includes Havana (Cuba), Nuremberg (Germany) and Bethlehem.", "en"
    )
    assert set(ties(facts)) == {frozenset(("Glasgow", c)) for c in ("Havana", "Nuremberg", "Bethlehem")}


def test_a_possessive_owner_does_not_pair_the_two_cities_after_it() -> None:
    facts = facts_of(
        "Bonn's own partners include Oxford, with which it has been twinned since 1947, and Potsdam.", "en"
    )
    assert frozenset(("Oxford", "Potsdam")) not in ties(facts)


def test_a_town_whose_name_opens_with_an_article_in_three_languages() -> None:
    es = facts_of("Tras la cumbre, Quito y La Paz firmaron un convenio de cooperación.", "es")
    assert ties(es) == {frozenset(("Quito", "La Paz")): ("cooperation", None)}
    fr = facts_of("Le Havre et Southampton sont jumelées depuis 1973.", "fr")
    assert ties(fr) == {frozenset(("Le Havre", "Southampton")): ("twinning", "1973")}
    en = facts_of("The Hague and Warsaw have been twinned since 1991.", "en")
    assert ties(en) == {frozenset(("The Hague", "Warsaw")): ("twinning", "1991")}
    es = facts_of("El Pleno aprueba el hermanamiento de Cáceres con Cuzco.", "es")
    assert set(ties(es)) == {frozenset(("Cáceres", "Cusco"))}


def test_the_cities_of_the_cues_part_of_a_sentence_cut_by_a_semicolon_in_three_languages() -> None:
    es = facts_of(
        "Cusco y Cuenca firmaron un convenio de cooperación; Arequipa anunció su intención de sumarse en 2027.", "es"
    )
    assert ties(es) == {frozenset(("Cusco", "Cuenca")): ("cooperation", None)}
    en = facts_of("Leeds and Dortmund signed a cooperation agreement; Siegen may follow in 2027.", "en")
    assert ties(en) == {frozenset(("Leeds", "Dortmund")): ("cooperation", None)}
    fr = facts_of("Brest et Denver ont signé un accord de coopération ; Plymouth les rejoindra en 2027.", "fr")
    assert ties(fr) == {frozenset(("Brest", "Denver")): ("cooperation", None)}


def test_a_list_of_twins_with_years_under_a_sentence_that_counts_them_in_three_languages() -> None:
    en = facts_of(
        "City of Glasgow Council\n\nThe city has four twin and partner cities. By date of signature:\n"
        "  Nuremberg (Germany) .......... 1985\n  Havana (Cuba) .............. 2001\n"
        "  Bethlehem (Palestine) ........ 2015\n\nOther business followed.\n",
        "en",
    )
    assert ties(en) == {
        frozenset(("Glasgow", "Nuremberg")): ("twinning", "1985"),
        frozenset(("Glasgow", "Havana")): ("twinning", "2001"),
        frozenset(("Glasgow", "Bethlehem")): ("twinning", "2015"),
    }
    fr = facts_of(
        "Ville de Rennes\n\nRennes compte trois villes jumelles. Par ordre de signature :\n"
        "  Exeter (Royaume-Uni) — 1957\n  Erlangen (Allemagne) — 1964\n  Sendai (Japon) — 1967\n\nFin.\n",
        "fr",
    )
    assert set(ties(fr)) == {frozenset(("Rennes", c)) for c in ("Exeter", "Erlangen", "Sendai")}
    assert ties(fr)[frozenset(("Rennes", "Sendai"))] == ("twinning", "1967")
    es = facts_of(
        "Ayuntamiento de Cádiz\n\nLa ciudad tiene tres ciudades hermanas. Por orden de firma:\n"
        "  La Habana (Cuba) ........ 1985\n  Brest (Francia) ........ 1986\n  Tánger (Marruecos) ........ 1999\n\nFin.\n",
        "es",
    )
    assert ties(es)[frozenset(("Cadiz", "Brest"))] == ("sister_city", "1986")


def test_a_colon_under_a_sentence_with_no_tie_reads_no_list() -> None:
    facts = facts_of(
        "City of Glasgow Council\n\nThe council has four committees. In order of creation:\n"
        "  Nuremberg (Germany) .......... 1985\n  Havana (Cuba) .............. 2001\n\nOther business.\n",
        "en",
    )
    assert not ties(facts)


def members(facts: DocumentFacts) -> set[tuple[str, str]]:
    return {
        (facts.entities[r.source].name, facts.entities[r.target].name)
        for r in facts.relations.values()
        if r.type == "MEMBER_OF"
    }


def test_an_admission_of_towns_with_notes_and_government_words_in_three_languages() -> None:
    en = facts_of(
        "The UCLG Board approved the admission of Kisumu (Kenya), the City of Gqeberha (South Africa) and Mzuzu.", "en"
    )
    uclg = "United Cities and Local Governments"
    assert members(en) == {("Kisumu", uclg), ("Gqeberha", uclg), ("Mzuzu", uclg)}
    fr = facts_of(
        "Le Bureau de l'AIMF a validé l'adhésion de Bouaké (Côte d'Ivoire), de la commune de Kindia (Guinée) et de Tozeur.",
        "fr",
    )
    aimf = "International Association of Francophone Mayors"
    assert members(fr) == {("Bouaké", aimf), ("Kindia", aimf), ("Tozeur", aimf)}
    es = facts_of(
        "La Junta de Mercociudades aprobó la incorporación de Paysandú (Uruguay), del municipio de Pergamino (Argentina) y de Tarija.",
        "es",
    )
    assert members(es) == {("Paysandú", "Mercociudades"), ("Pergamino", "Mercociudades"), ("Tarija", "Mercociudades")}


def test_an_admission_still_to_be_considered_is_no_membership() -> None:
    en = facts_of("The UCLG Board will consider the admission of Kisumu (Kenya), the City of Gqeberha and Mzuzu.", "en")
    assert not members(en)


def test_the_admission_of_the_town_council_is_the_towns_in_spanish() -> None:
    es = facts_of(
        "Ayuntamiento de Jerez\n\nTERCERO.- Aprobar la adhesión del Ayuntamiento a la Federación Española de Municipios y Provincias.",
        "es",
    )
    assert members(es) == {("Jerez de la Frontera", "Spanish Federation of Municipalities and Provinces")}
