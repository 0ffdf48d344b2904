"""Constructions found by a second round of French probe documents (issue 10): each rule on
short sentences written for these tests, with forms that must not fire."""

from __future__ import annotations

from tests.loaders.documents.helpers import facts_of, relations


def _events(facts) -> dict[str, tuple]:
    return {e.name: (e.props.get("start"), e.props.get("end")) for e in facts.entities.values() if e.kind == "Event"}


def test_a_time_zone_note_and_a_format_after_the_date_name_no_event() -> None:
    facts = facts_of(
        "Webinaire : Les communes et la sécheresse\n\n"
        "Mardi 3 octobre 2023, 10h00 – 11h30 (heure de Paris, UTC+2), en ligne\n\n"
        "Intervenants :\n- Marc Olivier, maire de Tulle\n",
        "fr",
    )
    assert set(_events(facts)) == {"Webinaire : Les communes et la sécheresse"}
    assert ("Marc Olivier", "Webinaire : Les communes et la sécheresse", "speaker") in relations(facts, "ATTENDED")
    named = facts_of("Forum des communes\n\nMardi 3 octobre 2023, 10h00 – 11h30 : Atelier des maires ruraux\n", "fr")
    assert "Atelier des maires ruraux" in _events(named)  # a title after the date still names the event


def test_a_venue_after_the_date_places_the_title_above_it() -> None:
    facts = facts_of(
        "Fête des jumelages\nSamedi 9 septembre 2023 – Salle des fêtes, Annecy\n\nUn programme pour tous.\n", "fr"
    )
    assert _events(facts) == {"Fête des jumelages": ("2023-09-09", "2023-09-09")}
    hall = facts_of("Fête des jumelages\nSamedi 9 septembre 2023 – Salle des fêtes\n\nUn programme pour tous.\n", "fr")
    assert set(_events(hall)) == {"Fête des jumelages"}  # no "Salle des fêtes" event


def _cities(facts) -> set[str]:
    return {e.name for e in facts.entities.values() if e.kind == "City"}


def test_mayors_of_listed_cities_who_signed_stand_for_their_cities() -> None:
    unnamed = facts_of(
        "Actualités\n\nLes maires de Rennes, de Brest et de Vannes ont signé un appel pour la mer.\n", "fr"
    )
    assert _cities(unnamed) == {"Rennes", "Brest", "Vannes"}
    met = facts_of(
        "Actualités\n\nRéunis à Brest le 8 juin 2023, les maires de Rennes et de Vannes ont adopté un appel pour la mer.\n"
        "La rencontre était organisée par la ville de Brest.\n",
        "fr",
    )
    (event,) = [e for e in met.entities.values() if e.kind == "Event"]
    assert (event.props["start"], event.aliases) == ("2023-06-08", ["La rencontre"])
    assert relations(met, "HELD_IN") == {(event.name, "Brest", None)}
    assert {city for city, _, _ in relations(met, "ATTENDED")} == {"Rennes", "Vannes"}
    speech = facts_of("Actualités\n\nLes maires de Rennes et de Vannes ont écrit au ministre.\n", "fr")
    assert relations(speech, "ATTENDED") == set()  # writing is no cue of attendance


def test_a_gathering_needs_a_date_and_a_city_to_be_an_event() -> None:
    undated = facts_of("Actualités\n\nRéunis à Brest, les maires ont adopté un appel pour la mer.\n", "fr")
    assert not [e for e in undated.entities.values() if e.kind == "Event"]
    english = facts_of("News\n\nGathered in Accra on 4 May 2023, the mayors adopted a call for the oceans.\n", "en")
    assert {(e.name, e.props["start"]) for e in english.entities.values() if e.kind == "Event"} == {
        ("Meeting in Accra", "2023-05-04")
    }


def test_a_one_day_programme_is_the_event_of_its_title_not_its_first_slot() -> None:
    bare = facts_of(
        "Rencontre des villes jumelées\nVendredi 6 octobre 2023\n\n9h00 Accueil\n9h30 Mot d'ouverture\n"
        "Luc Morel, maire de Cluses\n",
        "fr",
    )
    assert _events(bare)["Rencontre des villes jumelées"] == ("2023-10-06", "2023-10-06")
    assert ("Mot d'ouverture", "Rencontre des villes jumelées", None) in relations(bare, "PART_OF")
    placed = facts_of(
        "Rencontre des villes jumelées\nVendredi 6 octobre 2023, Cluses\n\n9h30 Mot d'ouverture\nLuc Morel, maire de Cluses\n",
        "fr",
    )
    assert ("Rencontre des villes jumelées", "Cluses", None) in relations(placed, "HELD_IN")
    news = facts_of("Les brèves de la ville\nVendredi 6 octobre 2023\n\nLa piscine rouvre ses portes lundi.\n", "fr")
    assert _events(news) == {}  # a bare date under a line, no slots below: a news list


def test_a_programme_label_is_no_part_of_the_event_name() -> None:
    dated = facts_of(
        "Assises des jumelages\n\nProgramme du 4 juillet 2023\n\n9h30 – Séance d'ouverture\nAnne Morin, maire de Thonon\n",
        "fr",
    )
    assert _events(dated)["Assises des jumelages"] == ("2023-07-04", "2023-07-04")
    labelled = facts_of(
        "Programme – Fête de l'Europe\nSamedi 9 mai 2023 – Salle des fêtes, Thonon\n\n9h30 Accueil\n", "fr"
    )
    assert "Fête de l'Europe" in _events(labelled)
    spanish = facts_of("Encuentro de ciudades hermanas\n\nPrograma del 4 de julio de 2023\n\n9h30 Apertura\n", "es")
    assert _events(spanish)["Encuentro de ciudades hermanas"] == ("2023-07-04", "2023-07-04")


def test_who_gives_a_slot_after_its_title_and_a_line_opening_with_avec() -> None:
    facts = facts_of(
        "Fête des jumelages\nSamedi 9 septembre 2023 – Salle des fêtes, Annecy\n\n9h00 Accueil\n"
        "9h30 Ouverture officielle par Mme Anne Morin, maire d'Annecy\n"
        "10h30 Table ronde : jeunesse et échanges\nAvec Paul Roy, adjoint au maire d'Évian\n",
        "fr",
    )
    assert ("Fête des jumelages", "Annecy", None) in relations(facts, "HELD_IN")
    assert relations(facts, "ATTENDED") >= {
        ("Anne Morin", "Ouverture officielle", "host"),
        ("Paul Roy", "Table ronde : jeunesse et échanges", "speaker"),
    }
    assert ("Anne Morin", "Annecy", "mayor") in relations(facts, "HOLDS_OFFICE")
    english = facts_of("Youth Day\n12 May 2023, Leeds\n\n9:30 Official opening by Anne Roe, Mayor of Leeds\n", "en")
    assert ("Anne Roe", "Official opening", "speaker") in relations(english, "ATTENDED")
    lowercase = facts_of("Youth Day\n12 May 2023, Leeds\n\n9:30 Lunch offered by the city\n", "en")
    assert "Lunch offered" not in {e.name for e in lowercase.entities.values()}  # "by" before no name


def _members(facts) -> set[tuple]:
    return {(s, t) for s, t, _ in relations(facts, "MEMBER_OF")}


def test_a_list_of_new_members_after_an_admission_and_before_a_joined_verb() -> None:
    admitted = facts_of(
        "Communiqué\n\nLe bureau de l'Association des maires de France a approuvé l'adhésion de deux nouvelles "
        "collectivités : la commune de Quimper et la ville de Morlaix.\n",
        "fr",
    )
    assert _members(admitted) == {
        ("Quimper", "Association des maires de France"),
        ("Morlaix", "Association des maires de France"),
    }
    joined = facts_of(
        "Nouveaux membres : l'Association des maires du Niger (AMN) et la Ville de Niamey ont rejoint CGLU Afrique en 2022.\n",
        "fr",
    )
    assert _members(joined) == {("Association des maires du Niger", "UCLG Africa"), ("Niamey", "UCLG Africa")}
    prose = facts_of("Le maire de Niamey, qui préside l'AMN, a rejoint CGLU Afrique en 2022.\n", "fr")
    assert ("Association des maires du Niger", "UCLG Africa") not in _members(prose)  # a clause, not a list of names


def test_a_town_that_also_joined_the_network_the_page_speaks_for() -> None:
    facts = facts_of(
        "Réseau des villes cyclables\n\nLe Réseau des villes cyclables (RVC) compte 80 membres. La ville de Vannes a "
        "également rejoint le réseau en 2023. Le RVC publie un guide.\n",
        "fr",
    )
    assert _members(facts) == {("Vannes", "Réseau des villes cyclables")}
    none = facts_of("Actualités\n\nLa ville de Vannes a également rejoint le réseau de chaleur urbain.\n", "fr")
    assert _members(none) == set()  # no organisation the page speaks for


def test_each_name_with_its_office_in_a_list_of_those_present_is_an_entry() -> None:
    facts = facts_of(
        "Réunion du bureau, 3 mai 2022, Dakar\n\nÉtaient également présents : Paul Diouf, président de l'Union des "
        "associations d'élus locaux, Awa FALL, maire de Thiès (Sénégal), et Jean Sarr, maire de Mbour.\n",
        "fr",
    )
    assert {p for p, _, _ in relations(facts, "ATTENDED")} == {"Paul Diouf", "Awa FALL", "Jean Sarr"}
    assert ("Paul Diouf", "Thiès", "mayor") not in relations(facts, "HOLDS_OFFICE")
    assert ("Awa FALL", "Thiès", "mayor") in relations(facts, "HOLDS_OFFICE")
    body = facts_of(
        "Réunion du bureau, 3 mai 2022, Dakar\n\nÉtaient présents : Awa Fall, présidente, Union des élus, et Jean Sarr.\n",
        "fr",
    )
    assert {p for p, _, _ in relations(body, "ATTENDED")} == {"Awa Fall", "Jean Sarr"}  # a body after an office


def _ties(facts) -> set[tuple]:
    return {
        (*sorted((facts.entities[r.source].name, facts.entities[r.target].name)), r.props.get("kind"))
        for r in facts.relations.values()
        if r.type == "TWINNED_WITH"
    }


def test_each_listed_partner_takes_the_kind_of_the_cue_nearest_before_it() -> None:
    facts = facts_of(
        "Actualités\n\nAnnecy est jumelée avec Bayreuth depuis 1966 et a signé un pacte d'amitié avec Cluj-Napoca.\n",
        "fr",
    )
    assert _ties(facts) == {("Annecy", "Bayreuth", "twinning"), ("Annecy", "Cluj-Napoca", "friendship")}
    one_cue = facts_of("Actualités\n\nAnnecy est jumelée avec Bayreuth, Vicenza et Murten.\n", "fr")
    assert {kind for *_, kind in _ties(one_cue)} == {"twinning"}


def test_a_general_delegate_holds_an_office_in_the_network() -> None:
    facts = facts_of(
        "Actualités\n\n« Bienvenue », a déclaré Anne Morel, déléguée générale de Cités Unies France.\n", "fr"
    )
    assert ("Anne Morel", "Cités Unies France", "delegate general") in relations(facts, "HOLDS_OFFICE")


def test_a_city_that_hosted_a_named_event_holds_and_hosts_it() -> None:
    facts = facts_of(
        "Actualités\n\nLa ville de Nantes a accueilli le 4 mai 2023 le Forum des maires sur l'eau, organisé par Cités Unies France.\n",
        "fr",
    )
    assert relations(facts, "HELD_IN") == {("Forum des maires sur l'eau", "Nantes", None)}
    assert ("Forum des maires sur l'eau", "Nantes", "host") in relations(facts, "ORGANISED_BY")
    english = facts_of("News\n\nIn May 2023, Lisbon hosted the Urban Water Forum.\n", "en")
    assert ("Urban Water Forum", "Lisbon", None) in relations(english, "HELD_IN")
    person = facts_of("Actualités\n\nLe maire Paul Nantes a accueilli le Forum des maires sur l'eau.\n", "fr")
    assert relations(person, "HELD_IN") == set()  # a surname, not the town


def test_a_page_about_a_visit_makes_the_visit_with_its_visitor_and_its_host() -> None:
    facts = facts_of(
        "La maire de Gand en visite à Lille\n\nLa maire de Gand, Sofie Claes, a été reçue ce lundi à l'hôtel de ville "
        "par le maire de Lille, Paul Marchand.\n\nLa visite s'est achevée par un dîner.\n",
        "fr",
    )
    (visit,) = [e for e in facts.entities.values() if e.kind == "Event"]
    assert (visit.name, visit.aliases) == ("Visite à Lille", ["La visite"])
    assert relations(facts, "ATTENDED") == {
        ("Sofie Claes", "Visite à Lille", "participant"),
        ("Paul Marchand", "Visite à Lille", "host"),
    }
    assert relations(facts, "HELD_IN") == {("Visite à Lille", "Lille", None)}
    forum = facts_of(
        "Forum des maires, 4 mai 2023, Lille\n\nLa maire de Gand, Sofie Claes, a été reçue à Lille.\n", "fr"
    )
    assert {e.name for e in forum.entities.values() if e.kind == "Event"} == {"Forum des maires"}  # a named event wins


def test_who_heads_a_body_named_before_presided_by_chairs_no_meeting() -> None:
    facts = facts_of(
        "Forum des jumelages, 4 mai 2023, Lille\n\nLe comité de jumelage de Lille, présidé par Anne Morel, a "
        "préparé l'accueil. La séance plénière a été présidée par Paul Roy, maire de Lille.\n",
        "fr",
    )
    assert relations(facts, "ATTENDED") == {("Paul Roy", "Forum des jumelages", "moderator")}
    assert ("Anne Morel", "president") in {(p, role) for p, _, role in relations(facts, "HOLDS_OFFICE")}


def test_a_body_with_its_acronym_after_an_office_and_an_opening_cue() -> None:
    facts = facts_of(
        "Webinaire sur la sécheresse\n\nJeudi 8 juin 2023, 14h00 – 15h30\n\nOuverture : M. Paul Roy, président, "
        "Association des maires du Niger (AMN)\n\nIntervenants :\n• Mme Anne REY, directrice, Agence française "
        "de développement (AFD)\n",
        "fr",
    )
    assert relations(facts, "HOLDS_OFFICE") >= {
        ("Paul Roy", "Association des maires du Niger", "president"),
        ("Anne REY", "Agence française de développement", "director"),
    }
    assert relations(facts, "ATTENDED") == {
        ("Paul Roy", "Webinaire sur la sécheresse", "host"),
        ("Anne REY", "Webinaire sur la sécheresse", "speaker"),
    }
    bare = facts_of(
        "Webinaire sur la sécheresse\n\nJeudi 8 juin 2023, 14h00 – 15h30\n\nOuverture des inscriptions.\n", "fr"
    )
    assert relations(bare, "ATTENDED") == set()


def test_an_office_of_a_body_named_after_its_common_noun() -> None:
    facts = facts_of("Actualités\n\n« Merci », a déclaré Anne Roy, coordinatrice du réseau Eurocities.\n", "fr")
    assert ("Anne Roy", "Eurocities", "coordinator") in relations(facts, "HOLDS_OFFICE")
    whole = facts_of(
        "Actualités\n\n« Merci », a déclaré Anne Roy, présidente de l'Association des maires de France.\n", "fr"
    )
    assert ("Anne Roy", "Association des maires de France", "president") in relations(whole, "HOLDS_OFFICE")


def test_people_of_an_activity_told_before_the_report_names_its_event_do_not_attend_it() -> None:
    text = (
        "Rapport d'activités 2022\n\nLe réseau des élues locales a tenu son assemblée annuelle, présidée par "
        "Mme Awa Diop, maire de Thiès. Sa délégation à Paris était conduite par Paul Sarr, maire de Mbour.\n\n"
        "La ville de Dakar a accueilli le 3 mai 2022 le Forum des maires du Sahel, présidé par Jean Ba, maire de Dakar.\n"
    )
    facts = facts_of(text, "fr")
    assert relations(facts, "ATTENDED") == {("Jean Ba", "Forum des maires du Sahel", "moderator")}
    titled = facts_of(
        "Forum des maires du Sahel, 3 mai 2022, Dakar\n\nLa séance a été présidée par Mme Awa Diop, maire de Thiès.\n",
        "fr",
    )
    assert relations(titled, "ATTENDED") == {("Awa Diop", "Forum des maires du Sahel", "moderator")}


def test_towns_that_co_chair_a_committee_are_no_people() -> None:
    towns = facts_of(
        "Commission Culture de CGLU\n\nLa commission est co-présidée par la ville de Buenos Aires et la ville de Lisbonne.\n",
        "fr",
    )
    assert not [e for e in towns.entities.values() if e.kind == "Person"]
    assert relations(towns, "CO_CHAIRS") == set()
    people = facts_of(
        "Commission Culture de CGLU\n\nLa commission est co-présidée par Anne Roy, maire de Lyon, et Jorge Paz.\n", "fr"
    )
    assert {e.name for e in people.entities.values() if e.kind == "Person"} == {"Anne Roy", "Jorge Paz"}


def test_the_town_of_a_received_delegation_attends_whoever_leads_it() -> None:
    facts = facts_of(
        "La maire de Gand en visite à Lille\n\nUne délégation de Gand, conduite par sa maire, Sofie Claes, a été reçue "
        "à Lille par le maire de Lille, Paul Marchand.\n",
        "fr",
    )
    assert ("Gent", "Visite à Lille", "participant") in relations(facts, "ATTENDED")
    mayor = facts_of(
        "Forum des maires, 4 mai 2023, Lille\n\nLe maire de Gand, Paul Roy, a été reçu à Lille par la maire.\n", "fr"
    )
    assert "Gent" not in {s for s, _, _ in relations(mayor, "ATTENDED")}  # a named mayor attends himself
