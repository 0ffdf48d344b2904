"""Offices, memberships and twin links in the forms the x-offices rows read (lang/*.yaml, block
"# x-offices"): a speaker's biography under their name, a copula before an office, a verb that
holds an office, "member of A and of B", "twin city of X", a pair joined by a dash. Sentences
written for the test, in English, French and Spanish, each form with a negative."""

from __future__ import annotations

from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.builder import DocumentFacts

from tests.loaders.documents.helpers import entity_name, facts_of, pairs, relations, twins


def test_a_biography_under_a_name_gives_its_pronoun_or_first_name_the_person_named_above() -> None:
    facts = facts_of(
        "Meet the panel\n\nGrace Mutua\nDeputy Governor, Nakuru County\n"
        "Grace has led the county's water programme since 2020. She chairs the Urban Water Working Group of ICLEI Africa.\n\n"
        "Tomas Berglund\nCity Councillor, Malmö\nHe has chaired the Eurocities Working Group on Waste since 2022.\n",
        "en",
    )
    offices = relations(facts, "HOLDS_OFFICE")
    assert ("Grace Mutua", "Urban Water Working Group (ICLEI)", "president") in offices
    assert ("Tomas Berglund", "Working Group on Waste (Eurocities)", "president") in offices
    assert ("Tomas Berglund", "Malmö", "city councillor") in offices  # "City Councillor": an office, its scope kept
    assert not any(person == "Grace Mutua" and body.startswith("Working Group on Waste") for person, body, _ in offices)


def test_a_pronoun_takes_no_person_across_a_blank_line_or_when_the_sentence_names_its_subject() -> None:
    facts = facts_of(
        "Panel\n\nGrace Mutua\nDeputy Governor, Nakuru County\n\n"
        "Programme notes follow.\n\nShe chairs the Eurocities Working Group on Waste.\n",
        "en",
    )
    assert not any(body.startswith("Working Group on Waste") for _, body, _ in relations(facts, "HOLDS_OFFICE"))


def test_a_verb_of_office_in_french_and_spanish_gives_the_role_and_a_copula_the_office() -> None:
    french = facts_of(
        "Portrait\n\nClaire Vasseur\nAdjointe au maire de Nantes, chargée des relations internationales\n"
        "Elle est aussi présidente de l'AFCCRE.\n",
        "fr",
    )
    assert ("Claire Vasseur", "AFCCRE", "president") in relations(french, "HOLDS_OFFICE")
    spanish = facts_of(
        "Noticias\n\nLucía Ferrer, concejala de Valencia, asistió al acto. Ella es también presidenta de la FEMP.\n",
        "es",
    )
    assert ("Lucía Ferrer", "Spanish Federation of Municipalities and Provinces", "president") in relations(
        spanish, "HOLDS_OFFICE"
    )


def _held(facts: DocumentFacts) -> set[tuple[str, bool | None]]:
    """(body, former) of every office the facts hold."""
    return {
        (entity_name(facts, r.target), r.props.get("former"))
        for r in facts.relations.values()
        if r.type == "HOLDS_OFFICE"
    }


def test_a_candidacy_after_a_copula_is_no_office_and_a_former_office_is_held_before() -> None:
    # the gold reads a former office as the office with former: true (x-offices2), a candidacy as none
    english = facts_of("News\n\nPeter Lang, Mayor of Graz, spoke. He is a former President of Eurocities.\n", "en")
    held = _held(english)
    assert held == {("Graz", None), ("Eurocities", True)}  # "He is a former President": held before, not now
    french = facts_of(
        "Portrait\n\nMarc Olivier, maire de Brest, a parlé. Il est l'ancien président de l'AFCCRE. "
        "Il est candidat à la présidence de Cités Unies France.\n",
        "fr",
    )
    held = _held(french)
    assert ("Brest", None) in held
    assert not any(body == "Cités Unies France" for body, _ in held)
    assert all(former for body, former in held if body != "Brest")


def test_a_chaired_event_is_no_office() -> None:
    facts = facts_of("Panel\n\nJane Roe\nMayor of Leeds\nShe chairs the Eurocities Forum 2025 in Leeds.\n", "en")
    assert {body for _, body, _ in relations(facts, "HOLDS_OFFICE")} == {"Leeds"}


def test_a_founding_member_of_a_and_of_b_is_a_member_of_both() -> None:
    english = facts_of(
        "Notes\n\n1. Leeds is a member of Eurocities and of the Local Government Association (LGA).\n", "en"
    )
    assert pairs(english, "MEMBER_OF") == {("Leeds", "Eurocities"), ("Leeds", "Local Government Association")}
    french = facts_of(
        "Nouvelles\n\nLa ville de Nantes est membre fondateur de Cités Unies France et de l'AIMF.\n", "fr"
    )
    assert pairs(french, "MEMBER_OF") == {
        ("Nantes", "Cités Unies France"),
        ("Nantes", "International Association of Francophone Mayors"),
    }
    spanish = facts_of(
        "Noticias\n\nEl Ayuntamiento de Valencia es miembro fundador de Eurocities y de la FEMP.\n", "es"
    )
    assert pairs(spanish, "MEMBER_OF") == {
        ("Valencia", "Eurocities"),
        ("Valencia", "Spanish Federation of Municipalities and Provinces"),
    }


def test_not_a_member_is_no_membership() -> None:
    english = facts_of("News\n\nLeeds is not a member of the AIMF, but Lille is a member of the AIMF.\n", "en")
    assert pairs(english, "MEMBER_OF") == {("Lille", "International Association of Francophone Mayors")}
    spanish = facts_of("Noticias\n\nValencia no es miembro de la AIMF. Sevilla es miembro de la AIMF.\n", "es")
    assert pairs(spanish, "MEMBER_OF") == {("Sevilla", "International Association of Francophone Mayors")}
    french = facts_of("Nouvelles\n\nLille n'est pas membre de l'AIMF.\n", "fr")
    assert not pairs(french, "MEMBER_OF")


def test_a_twin_city_of_x_and_a_pair_joined_by_a_dash_are_twinned() -> None:
    english = facts_of(
        "Diary\n\n10.00  Visit to Bergen (twin city of Edinburgh since 1970), at the invitation of the Mayor of Bergen.\n",
        "en",
    )
    assert twins(english) == {frozenset({"Bergen", "Edinburgh"})}
    french = facts_of(
        "Agenda\n\nLe jumelage Lyon – Turin fête ses soixante ans. Visite à Bamako, ville jumelle d'Angers depuis 1974.\n",
        "fr",
    )
    assert twins(french) == {frozenset({"Lyon", "Turin"}), frozenset({"Bamako", "Angers"})}
    spanish = facts_of("Agenda\n\nVisita a Rosario, ciudad hermanada con Bilbao desde 2001.\n", "es")
    assert twins(spanish) == {frozenset({"Rosario", "Bilbao"})}


def test_two_cities_joined_by_a_dash_with_no_twinning_word_are_not_twinned() -> None:
    facts = facts_of(
        "Transport\n\nThe Lyon – Turin railway opens in 2032, and Nantes – Angers trains run hourly.\n", "en"
    )
    assert not twins(facts)


def test_an_added_class_key_extends_its_class() -> None:
    assert "lord provost" in lexicon.table("offices", "en")
    assert "city" in lexicon.words("office_qualifiers", "en")


def test_the_city_at_a_sentence_start_is_the_page_s_own_town() -> None:
    french = facts_of(
        "Ville de Dijon - International\n\nLa ville de Dijon soutient la coopération. "
        "La ville est membre de l'AIMF. Notre ville est jumelée avec Mayence.\n",
        "fr",
    )
    assert ("Dijon", "International Association of Francophone Mayors") in pairs(french, "MEMBER_OF")
    assert twins(french) == {frozenset({"Dijon", "Mainz"})}
    english = facts_of(
        "City of Leeds - International\n\nThe City of Leeds works abroad. The city is a member of Eurocities.\n", "en"
    )
    assert pairs(english, "MEMBER_OF") == {("Leeds", "Eurocities")}


def test_the_city_with_no_town_of_its_own_on_the_page_is_no_subject() -> None:
    facts = facts_of(
        "Network news\n\nThe City of Leeds and the City of York met. The city is a member of Eurocities.\n", "en"
    )
    assert not pairs(facts, "MEMBER_OF")


def test_a_member_noun_said_again_between_two_bodies_keeps_the_list() -> None:
    english = facts_of(
        "Notes\n\n3. The City of Leeds is a founding member of Energy Cities and a member of Eurocities.\n", "en"
    )
    assert pairs(english, "MEMBER_OF") == {("Leeds", "Energy Cities"), ("Leeds", "Eurocities")}
    french = facts_of(
        "Nouvelles\n\nLa ville de Nantes est membre de Cités Unies France et adhérente de l'AIMF.\n", "fr"
    )
    assert pairs(french, "MEMBER_OF") == {
        ("Nantes", "Cités Unies France"),
        ("Nantes", "International Association of Francophone Mayors"),
    }
    negative = facts_of("Notes\n\n4. Leeds is a member of ICLEI and Mayor Jane Roe chairs Eurocities.\n", "en")
    assert pairs(negative, "MEMBER_OF") == {("Leeds", "ICLEI – Local Governments for Sustainability")}


def test_a_body_of_which_a_city_is_a_member_has_that_member() -> None:
    english = facts_of(
        "News\n\nThe City of Montevideo hosted the meeting. Rosario joined Mercociudades, of which Montevideo is a founding member.\n",
        "en",
    )
    assert pairs(english, "MEMBER_OF") == {("Rosario", "Mercociudades"), ("Montevideo", "Mercociudades")}
    french = facts_of(
        "Nouvelles\n\nLa ville de Lille accueille la réunion. Nantes adhère à l'AIMF, dont Lille est membre depuis 1980.\n",
        "fr",
    )
    assert ("Lille", "International Association of Francophone Mayors") in pairs(french, "MEMBER_OF")
    negative = facts_of(
        "News\n\nThe City of Montevideo hosted the meeting. Rosario joined Mercociudades, of which Montevideo is not a member.\n",
        "en",
    )
    assert pairs(negative, "MEMBER_OF") == {("Rosario", "Mercociudades")}


def test_formal_links_with_a_list_of_cities_are_twinnings_with_their_years() -> None:
    facts = facts_of(
        "Notes\n\n1. Leeds has formal links with Dortmund (Germany, since 1969), Lille (France, since 1967) and Lyon.\n",
        "en",
    )
    ties = {
        frozenset((entity_name(facts, r.source), entity_name(facts, r.target))): r.props.get("since")
        for r in facts.relations.values()
        if r.type == "TWINNED_WITH"
    }
    assert ties == {
        frozenset({"Leeds", "Dortmund"}): "1969",
        frozenset({"Leeds", "Lille"}): "1967",
        frozenset({"Leeds", "Lyon"}): None,
    }


def test_elected_to_an_office_after_a_pronoun_holds_it_and_not_elected_does_not() -> None:
    english = facts_of(
        "Panel\n\nJane Roe\nMayor of Leeds\nIn 2024 she was elected President of Eurocities. "
        "She was not elected President of ICLEI.\n",
        "en",
    )
    assert {body for _, body, _ in relations(english, "HOLDS_OFFICE")} == {"Leeds", "Eurocities"}
    french = facts_of(
        "Portrait\n\nClaire Vasseur\nAdjointe au maire de Nantes\nEn 2023, elle a été élue présidente de l'AFCCRE.\n",
        "fr",
    )
    assert ("Claire Vasseur", "AFCCRE", "president") in relations(french, "HOLDS_OFFICE")
    spanish = facts_of("Perfil\n\nAna Gil\nAlcaldesa de Soria\nElla fue elegida presidenta de la FEMP en 2023.\n", "es")
    assert ("Ana Gil", "Spanish Federation of Municipalities and Provinces", "president") in relations(
        spanish, "HOLDS_OFFICE"
    )
    candidate = facts_of("Panel\n\nJane Roe\nMayor of Leeds\nShe is a candidate for President of ICLEI.\n", "en")
    assert {body for _, body, _ in relations(candidate, "HOLDS_OFFICE")} == {"Leeds"}


def test_a_town_office_in_a_city_is_held_there_and_a_staff_office_in_a_city_is_not() -> None:
    facts = facts_of(
        "Speakers\n\n- Marta Klein, a city councillor in Freiburg, opened the session.\n"
        "- Paul Okoro, a programme officer in Nairobi, presented.\n",
        "en",
    )
    assert {(person, body) for person, body, _ in relations(facts, "HOLDS_OFFICE")} == {("Marta Klein", "Freiburg")}
