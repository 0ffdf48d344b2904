"""People and their offices (x-office): an office written with nothing it is of, a possessive office
with an honorific before the name, an office heading over card-grid entries. Sentences written for
the test, in English, French and Spanish, with negatives."""

from __future__ import annotations

from tests.loaders.documents.helpers import facts_of, relations


def offices(text: str, language: str) -> set[tuple]:
    return relations(facts_of(text, language), "HOLDS_OFFICE")


def test_an_office_with_nothing_it_is_of_is_the_office_of_the_page_organisation() -> None:
    english = offices(
        "Coastal Towns Network meets in Galway\n\n"
        "The Coastal Towns Network (CTN) held its annual meeting in Galway on 4 June 2025.\n\n"
        "The Treasurer, Mr Liam Byrne, presented the accounts.\n\n"
        "The Executive Secretary, Ms Aoife Kelly, closed the meeting.\n",
        "en",
    )
    assert ("Liam Byrne", "Coastal Towns Network", "treasurer") in english
    assert ("Aoife Kelly", "Coastal Towns Network", "executive secretary") in english
    french = offices(
        "L'Association des communes du Togo tient son assemblée générale à Kara\n\n"
        "L'Association des communes du Togo (ACT) a réuni ses membres à Kara le 12 mars 2025.\n\n"
        "Le trésorier général, M. Paul Agbodjan, a présenté les comptes de l'exercice.\n\n"
        "Mme Akossiwa Kpodar, secrétaire exécutive, a clos la séance.\n",
        "fr",
    )
    assert ("Paul Agbodjan", "Association des communes du Togo", "treasurer") in french
    assert ("Akossiwa Kpodar", "Association des communes du Togo", "executive secretary") in french
    spanish = offices(
        "La Red de Municipios del Sur se reúne en Tarija\n\n"
        "La Red de Municipios del Sur (RMS) celebró su asamblea en Tarija el 3 de abril de 2025.\n\n"
        "La tesorera, Sra. Carmen Quispe, presentó las cuentas.\n",
        "es",
    )
    assert ("Carmen Quispe", "Red de Municipios del Sur", "treasurer") in spanish


def test_an_unplaced_office_gives_no_office_without_an_organisation_or_when_it_is_no_body_office() -> None:
    town_page = offices(
        "Kara city council meets\n\nThe council of Kara met on 2 May 2025.\n\n"
        "The Treasurer, Mr Jean Abalo, presented the accounts.\n",
        "en",
    )
    assert not any(holder == "Jean Abalo" for holder, _, _ in town_page)  # no organisation the page speaks for
    staff = offices(
        "Coastal Towns Network meets in Galway\n\n"
        "The Coastal Towns Network (CTN) held its annual meeting in Galway on 4 June 2025.\n\n"
        "Ms Sinead Ryan, Director, presented the study.\n",
        "en",
    )
    assert not any(holder == "Sinead Ryan" for holder, _, _ in staff)  # a director of whom, the page does not say


def test_a_possessive_office_is_held_by_the_person_after_it_even_with_an_honorific() -> None:
    french = offices("La délégation s'est rendue à Kpalimé, où elle a été reçue par son maire, M. Yao Dogbé.\n", "fr")
    assert ("Yao Dogbé", "Kpalimé", "mayor") in french
    english = offices("The delegation travelled to Sligo, where it was received by its mayor, Ms Niamh Walsh.\n", "en")
    assert ("Niamh Walsh", "Sligo", "mayor") in english
    spanish = offices("La delegación viajó a Potosí, donde fue recibida por su alcalde, Sr. Jaime Mamani.\n", "es")
    assert ("Jaime Mamani", "Potosí", "mayor") in spanish
    other = offices("La délégation s'est rendue à Kpalimé, reçue par son maire et par M. Yao Dogbé.\n", "fr")
    assert not any(holder == "Yao Dogbé" for holder, _, _ in other)  # the mayor is unnamed; Dogbé is someone else


def test_a_bare_office_in_a_card_before_an_office_of_a_town_is_the_page_organisation_office() -> None:
    spanish = offices(
        "Junta Directiva de la Asociación de Municipios del Altiplano (AMA)\n\n"
        "La Asociación de Municipios del Altiplano (AMA) presenta su Junta Directiva.\n\n"
        "Pedro Huanca\nTesorero\nAlcalde de Puno, Perú\n",
        "es",
    )
    assert ("Pedro Huanca", "Asociación de Municipios del Altiplano", "treasurer") in spanish
    assert ("Pedro Huanca", "Puno", "mayor") in spanish
    english = offices(
        "Lake Cities Alliance\n\nThe Lake Cities Alliance (LCA) is governed by its Board.\n\n"
        "SECRETARIAT\nGrace Mwangi, Executive Director\n",
        "en",
    )
    assert ("Grace Mwangi", "Lake Cities Alliance", "executive director") in english
    of_another = offices(
        "Lake Cities Alliance\n\nThe Lake Cities Alliance (LCA) is governed by its Board.\n\n"
        "Peter Ouma\nPresident of the Kisumu Rowing Club\n",
        "en",
    )
    assert not any(body == "Lake Cities Alliance" for _, body, _ in of_another)  # the office is of another body


def test_an_office_heading_over_picture_cards_gives_each_holder_the_office() -> None:
    facts = offices(
        "Board of the Lake Cities Alliance (LCA)\n\nThe Lake Cities Alliance (LCA) is governed by its Board.\n\n"
        "PRESIDENT\n[Image: Portrait of Miriam Achieng]\nMiriam Achieng\nMayor, City of Kisumu, Kenya\n\n"
        "VICE PRESIDENTS\n[Image: Portrait of Samuel Mutua]\nSamuel Mutua\nMayor, City of Jinja, Uganda\n\n"
        "[Image: Portrait of Ruth Nabirye]\nRuth Nabirye\nMayor, City of Mbale, Uganda\n",
        "en",
    )
    assert ("Miriam Achieng", "Lake Cities Alliance", "president") in facts
    assert ("Samuel Mutua", "Lake Cities Alliance", "vice president") in facts
    assert ("Ruth Nabirye", "Lake Cities Alliance", "vice president") in facts
    assert ("Ruth Nabirye", "Mbale", "mayor") in facts
    french = offices(
        "Bureau de l'Association des maires du Sahel (AMS)\n\nL'Association des maires du Sahel (AMS) présente son bureau.\n\n"
        "TRÉSORIÈRE\n[photo]\nAminata Diallo\nMaire de Kayes, Mali\n",
        "fr",
    )
    assert ("Aminata Diallo", "Association des maires du Sahel", "treasurer") in french


def test_a_placeless_town_office_on_a_town_site_is_the_office_of_the_town_of_its_masthead() -> None:
    french = offices(
        "Aller au contenu\nVille de Brest\nDémarches   Agenda   Contact\n\n"
        "Jumelage : une délégation de Denver reçue à l'hôtel de ville\n\n"
        "Une délégation de la ville de Denver a été reçue jeudi. Notre maire, Mme Claire Le Bihan, a rappelé "
        "les liens qui unissent les deux villes.\n",
        "fr",
    )
    assert ("Claire Le Bihan", "Brest", "mayor") in french
    english = offices(
        "Skip to content\nBallarat City Council\nHome   News   Services\n\n"
        "Ballarat joins the Global Network of Creative Cities\n\n"
        "Mayor Jane Doherty said the membership was a recognition of years of work by local artists.\n",
        "en",
    )
    assert ("Jane Doherty", "Ballarat", "mayor") in english
    spanish = offices(
        "Saltar al contenido\nAyuntamiento de Gijón\nTrámites   Agenda\n\nGijón recibe a una delegación de Nantes\n\n"
        "Nuestra alcaldesa, Marta Suárez, recibió a la delegación francesa.\n",
        "es",
    )
    assert ("Marta Suárez", "Gijón", "mayor") in spanish
    news_site = offices(
        "Skip to content\nThe Coastal Courier\nHome   News\n\nMayors meet in Lyon\n\n"
        "Mayor Jane Doherty said the meeting was useful.\n",
        "en",
    )
    assert not any(holder == "Jane Doherty" for holder, _, _ in news_site)  # no town's site: whose mayor is unsaid


def test_an_accordion_heading_gives_its_office_to_every_card_under_it() -> None:
    facts = offices(
        "Lake Cities Alliance\nHome   About   Governance\n\nThe Lake Cities Alliance (LCA) is governed by its Board.\n\n"
        "[–] PRESIDENT\n[Image: Portrait of Miriam Achieng]\nMiriam Achieng\nMayor, City of Kisumu, Kenya\n"
        "Term: 2024–2028\nRead bio +\n\n"
        "[+] VICE PRESIDENTS\n[Image: Portrait of Samuel Mutua]\nSamuel Mutua\nMayor, City of Jinja, Uganda\nRead bio +\n"
        "[Image: Portrait of Ruth Nabirye]\nRuth Nabirye\nMayor, City of Mbale, Uganda\nRead bio +\n",
        "en",
    )
    assert ("Miriam Achieng", "Lake Cities Alliance", "president") in facts
    assert ("Samuel Mutua", "Lake Cities Alliance", "vice president") in facts
    assert ("Ruth Nabirye", "Lake Cities Alliance", "vice president") in facts
    assert not any(holder == "Miriam Achieng" and role == "vice president" for holder, _, role in facts)


def test_a_placeless_town_office_in_an_entry_is_the_office_of_the_town_that_opens_the_entry() -> None:
    french = offices(
        "Appel des maires pour des rivières propres\n\nLes signataires :\n\n"
        "Bamako (Mali) – M. Oumar Traoré, maire\nSherbrooke (Canada) – M. Luc Tremblay, maire\n",
        "fr",
    )
    assert ("Oumar Traoré", "Bamako", "mayor") in french
    assert ("Luc Tremblay", "Sherbrooke", "mayor") in french
    english = offices(
        "Signatories\n\nKisumu (Kenya) – Ms Joyce Atieno, Mayor\nGdansk (Poland) – Mr Piotr Nowak, Deputy Mayor\n", "en"
    )
    assert ("Joyce Atieno", "Kisumu", "mayor") in english
    assert ("Piotr Nowak", "Gdańsk", "deputy mayor") in english or ("Piotr Nowak", "Gdansk", "deputy mayor") in english
    spanish = offices(
        "Nueva mesa directiva de la red\n\nVicepresidencia de Cultura: Paysandú (Uruguay) — intendente Nicolás Olivera\n",
        "es",
    )
    assert ("Nicolás Olivera", "Paysandú", "mayor") in spanish
    prose = offices("Kisumu hosted the forum, and Ms Joyce Atieno, a mayor, spoke first.\n", "en")
    assert not any(holder == "Joyce Atieno" for holder, _, _ in prose)  # the town does not open her entry
