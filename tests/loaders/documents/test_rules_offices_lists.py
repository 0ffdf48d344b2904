"""Offices, seats, memberships and lists on pages written for these tests (en/fr/es): list
joints read from one language key, seats held "represented by" a person, bureau lists, lists of
new members and of twins."""

from __future__ import annotations

import re

from munigraph.loaders.documents import lexicon

from tests.loaders.documents.helpers import city_countries, facts_of, names, people, relations


def test_list_joints_come_from_every_language_file_and_split_lists_in_each_language() -> None:
    for code in ("en", "fr", "es"):
        assert lexicon.words("list_joints", code), code
    joint = re.compile(lexicon.list_joint())
    assert joint.split("Tours, Poitiers et Angers") == ["Tours", "Poitiers", "Angers"]
    assert joint.split("Rosario, Montevideo y Valparaíso") == ["Rosario", "Montevideo", "Valparaíso"]
    assert joint.split("Leeds, York, and Hull as well as Bath") == ["Leeds", "York", "Hull", "Bath"]
    assert joint.split("Saint-Étienne") == ["Saint-Étienne"]  # no joint inside a name
    assert re.compile(lexicon.list_joint(",;")).split("Lyon; Porto") == ["Lyon", "Porto"]
    assert re.compile(lexicon.list_joint("")).split("Lyon, Porto y Turín") == ["Lyon, Porto", "Turín"]
    assert re.compile(lexicon.list_joint(space=r"\s")).split("Lyon and\nPorto") == ["Lyon", "Porto"]


def test_new_members_listed_with_each_language_s_joint_are_members() -> None:
    facts = facts_of("Cités Unies France\n\nNouveaux membres : Tours, Poitiers ainsi que Angers.\n", "fr")
    members = {m for m, _, _ in relations(facts, "MEMBER_OF")}
    assert {"Tours", "Poitiers", "Angers"} <= members


def test_seats_held_for_a_city_represented_by_a_person_under_a_co_presidency_heading() -> None:
    facts = facts_of(
        "Working Group on Coastal Towns\n\nCo-presidencies:\n"
        "City of Hamburg (Germany), represented by Greta Lind, Mayor\n"
        "City of Porto (Portugal), represented by Rui Matos, Municipal Councillor\n"
        "City of Tunis (Tunisia), represented by Samir Haddad\n",
        "en",
    )
    assert relations(facts, "CO_CHAIRS") == {
        ("Greta Lind", "Working Group on Coastal Towns", None),
        ("Rui Matos", "Working Group on Coastal Towns", None),
        ("Samir Haddad", "Working Group on Coastal Towns", None),
    }
    offices = relations(facts, "HOLDS_OFFICE")
    assert ("Greta Lind", "Hamburg", "mayor") in offices
    assert ("Rui Matos", "Porto", "municipal councillor") in offices
    assert ("Greta Lind", "Porto", "mayor") not in offices  # the office ends its line: not the next line's city
    assert ("Samir Haddad", "Tunis", None) in relations(facts, "AFFILIATED_WITH")  # no office: a tie


def test_seats_listed_after_a_label_on_one_line_in_french_and_spanish() -> None:
    fr = facts_of(
        "Commission des finances locales\n\nCoprésidences : Ville de Lille (France), représentée par "
        "Marc Petit, maire ; Ville de Dakar (Sénégal), représentée par Awa Ndiaye, conseillère municipale.\n",
        "fr",
    )
    assert {p for p, _, _ in relations(fr, "CO_CHAIRS")} == {"Marc Petit", "Awa Ndiaye"}
    assert {("Marc Petit", "Lille", "mayor"), ("Awa Ndiaye", "Dakar", "municipal councillor")} <= relations(
        fr, "HOLDS_OFFICE"
    )
    es = facts_of(
        "Comisión de Movilidad Urbana\n\nVicepresidencias:\n"
        "Ciudad de Rosario (Argentina), representada por Lucía Funes, intendenta\n",
        "es",
    )
    offices = relations(es, "HOLDS_OFFICE")
    assert ("Lucía Funes", "Comisión de Movilidad Urbana", "vice president") in offices
    assert ("Lucía Funes", "Rosario", "mayor") in offices


def test_represented_by_no_name_or_no_seat_gives_nothing() -> None:
    facts = facts_of(
        "The city was represented by its mayor at the forum. The talks, represented by many as a success, ended.\n",
        "en",
    )
    assert not relations(facts, "HOLDS_OFFICE") and not relations(facts, "AFFILIATED_WITH")


def test_a_title_line_that_is_only_a_council_s_name_is_that_council() -> None:
    facts = facts_of("Comisión de ciudades costeras\n\nLa comisión se reunió en Vigo.\n", "es")
    assert "Comisión de ciudades costeras" in names(facts, "Council")
    for title in ("Board meeting of 12 May 2024\n\nText.\n", "Conseil de Paris\n\nTexte.\n"):
        facts = facts_of(title, "en")
        councils = names(facts, "Council")
        assert not {c for c in councils if "meeting" in c or "Paris" in c}, title  # a meeting; a government


def test_bureau_members_with_an_office_alone_hold_it_in_the_bureau_s_organisation() -> None:
    facts = facts_of(
        "Cités Unies France\n\nCités Unies France rassemble les collectivités.\n\nBureau exécutif\n"
        "Nadia Benali, vice-présidente de Cités Unies France\n"
        "Hugo Marchand (trésorier)\n"
        "Lise Carpentier – secrétaire générale\n"
        "Marc Aubry (maire)\n",
        "fr",
    )
    offices = relations(facts, "HOLDS_OFFICE")
    assert ("Hugo Marchand", "Cités Unies France", "treasurer") in offices
    assert ("Lise Carpentier", "Cités Unies France", "secretary general") in offices
    assert ("Nadia Benali", "Cités Unies France", "vice president") in offices
    assert not {o for o in offices if o[0] == "Marc Aubry"}  # a mayor of no named town
    assert "Bureau exécutif" not in people(facts)


def test_bureau_lines_in_english_and_spanish_and_a_line_of_prose_is_no_member() -> None:
    en = facts_of(
        "Executive Bureau\n\nTom Hale (Treasurer)\nRuth Obi – Deputy Secretary General\n\n"
        "Sam Ford (who left in May) spoke.\n",
        "en",
    )
    offices = {(p, role) for p, _, role in relations(en, "HOLDS_OFFICE")}
    assert {("Tom Hale", "treasurer"), ("Ruth Obi", "deputy secretary general")} <= offices
    assert not {o for o in offices if o[0] == "Sam Ford"}
    es = facts_of("Junta Directiva\nRaúl Vega, tesorero\nElena Gil (vocal)\n", "es")
    offices = {(p, role) for p, _, role in relations(es, "HOLDS_OFFICE")}
    assert {("Raúl Vega", "treasurer"), ("Elena Gil", "member")} <= offices


def test_a_section_said_to_be_a_section_of_the_world_organisation_is_its_section() -> None:
    en = facts_of("Report 2024\n\nUCLG Africa, the regional section of UCLG for the continent, met in Rabat.\n", "en")
    assert ("UCLG Africa", "United Cities and Local Governments", None) in relations(en, "SECTION_OF")
    fr = facts_of("Rapport 2024\n\nCGLU Afrique est la section africaine de CGLU depuis 2005.\n", "fr")
    assert relations(fr, "SECTION_OF") == {("UCLG Africa", "United Cities and Local Governments", None)}
    es = facts_of("Informe 2024\n\nFLACMA es una sección de CGLU.\n", "es")
    assert relations(es, "SECTION_OF")
    not_said = facts_of("Report 2024\n\nUCLG Africa and UCLG met in Rabat. The section of UCLG grew.\n", "en")
    assert not relations(not_said, "SECTION_OF")  # nothing in words: no SECTION_OF from what is known


def test_a_working_body_noun_after_an_indefinite_article_names_no_body() -> None:
    facts = facts_of("News\n\nThe forum is a working group of UCLG. Un groupe de travail de CGLU s'est réuni.\n", "en")
    assert not [e for e in facts.entities.values() if e.kind == "Council"]


def test_members_named_after_the_network_when_the_verb_has_no_subject_of_names() -> None:
    es = facts_of("Mercociudades\n\nEn 2022 se sumaron a la red Salta, Paysandú y Temuco.\n", "es")
    assert {m for m, _, _ in relations(es, "MEMBER_OF")} == {"Salta", "Paysandú", "Temuco"}
    en = facts_of("Mercociudades\n\nIn 2022 Salta and Temuco joined the network.\n", "en")
    assert {m for m, _, _ in relations(en, "MEMBER_OF")} == {"Salta", "Temuco"}
    prose = facts_of("Mercociudades\n\nEn 2022 se sumaron a la red nuevas ciudades del sur, como dijo Ana.\n", "es")
    assert not relations(prose, "MEMBER_OF")  # prose after the network: no list of names


def test_a_new_members_cue_then_are_or_sont_opens_the_list_like_a_colon() -> None:
    en = facts_of("Annual report\n\nThe new members of ICLEI are Nakuru, Kisumu and Eldoret.\n", "en")
    assert {m for m, _, _ in relations(en, "MEMBER_OF")} == {"Nakuru", "Kisumu", "Eldoret"}
    fr = facts_of("Rapport de Cités Unies France\n\nLes nouveaux membres sont Angers, Laval et Le Mans.\n", "fr")
    assert {m for m, _, _ in relations(fr, "MEMBER_OF")} == {"Angers", "Laval", "Le Mans"}
    prose = facts_of("Annual report of ICLEI\n\nThe new members are welcome to the meeting in Bonn.\n", "en")
    assert not relations(prose, "MEMBER_OF")


def test_a_state_or_province_after_a_city_settles_its_country_and_is_no_affiliation() -> None:
    facts = facts_of(
        "Participants\nJane Roe, Mayor of London, Ontario\nTom Lee, Mayor of Valencia, Carabobo\n"
        "Ana Paz, Mayor of Lyon, UCLG\n",
        "en",
    )
    countries = city_countries(facts)
    assert countries.get("London") == "CA" and countries.get("Valencia") == "VE"
    assert "Ontario" not in countries and not {p for p, _, _ in relations(facts, "AFFILIATED_WITH")} & {
        "Jane Roe", "Tom Lee"
    }  # fmt: skip
    assert ("Ana Paz", "Lyon", "mayor") in relations(facts, "HOLDS_OFFICE")  # a body after the city: no region


def test_a_region_in_apposition_after_an_office_s_city_is_no_person() -> None:
    facts = facts_of(
        "Noticias\n\nLa alcaldesa de Cuenca, Castilla-La Mancha, habló. El alcalde de Vigo, Abel Caballero, habló.\n",
        "es",
    )
    assert "Castilla-La Mancha" not in people(facts)
    assert ("Abel Caballero", "Vigo", "mayor") in relations(facts, "HOLDS_OFFICE")


def test_a_state_in_brackets_after_a_new_member_is_its_region_not_a_country() -> None:
    facts = facts_of("ICLEI\n\nNew members of ICLEI: London (Ontario), Tbilisi (Georgia) and Lyon (France).\n", "en")
    members = {m for m, _, _ in relations(facts, "MEMBER_OF")}
    assert {"London", "Tbilisi", "Lyon"} <= members
    countries = city_countries(facts)
    assert countries["London"] == "CA" and countries["Tbilisi"] == "GE" and countries["Lyon"] == "FR"


def test_a_labelled_list_of_twins_twins_each_with_the_town_named_or_the_title_s_town() -> None:
    en = facts_of(
        "Ravensburg – International relations\n\nTwin towns:\n- Coswig (Germany)\n- Rivoli (Italy)\n\n"
        "Ravensburg welcomes visitors.\n",
        "en",
    )
    assert {frozenset((a, b)) for a, b, _ in relations(en, "TWINNED_WITH")} == {
        frozenset(("Ravensburg", "Coswig")), frozenset(("Ravensburg", "Rivoli"))
    }  # fmt: skip
    fr = facts_of("Actualités\n\nVilles jumelles de Besançon : Bielefeld, Neuchâtel et Kuopio.\n", "fr")
    assert {frozenset((a, b)) for a, b, _ in relations(fr, "TWINNED_WITH")} == {
        frozenset(("Besançon", c)) for c in ("Bielefeld", "Neuchâtel", "Kuopio")
    }
    no_town = facts_of("News\n\nTwin towns: Coswig and Rivoli.\n", "en")
    assert not relations(no_town, "TWINNED_WITH")  # whose twins the page does not say
