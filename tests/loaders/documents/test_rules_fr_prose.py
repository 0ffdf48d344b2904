"""French prose read by the document rules (news items, town magazines, association pages), each
on sentences written for the test: places and countries, meetings opened or attended, offices and
attendance stated in running text."""

from __future__ import annotations

from tests.loaders.documents.helpers import facts_of, relations


def test_a_country_stated_before_the_city_or_with_a_region_of_it_between() -> None:
    facts = facts_of(
        "Les deux maires ont signé la charte en Espagne, à Séville, le 3 mai 2016.\n"
        "Le congrès se tiendra à Cancun, au sud-est du Mexique, et à Lille (France).\n",
        "fr",
    )
    assert relations(facts, "IN_COUNTRY") == {
        ("Sevilla", "Spain", None),
        ("Cancún", "Mexico", None),
        ("Lille", "France", None),
    }


def test_a_country_whose_name_has_an_elided_article() -> None:
    facts = facts_of("La réunion du bureau s'est tenue le 4 mai 2017 à Yamoussoukro (Côte d'Ivoire).\n", "fr")
    assert ("Yamoussoukro", "Côte d'Ivoire", None) in relations(facts, "IN_COUNTRY")


def test_mexico_in_a_french_text_is_the_city_and_a_summit_that_opened_there_is_held_there() -> None:
    facts = facts_of(
        "Le Forum mondial des villes côtières s'est ouvert lundi à Mexico avec 300 maires. Il se termine "
        "vendredi, avant le congrès qui a choisi comme président le maire de Lima.\n",
        "fr",
    )
    assert relations(facts, "HELD_IN") == {("Forum mondial des villes côtières", "Mexico City", None)}


def test_the_office_of_a_person_after_a_venue_cue_is_no_venue() -> None:
    facts = facts_of(
        "La Conférence des villes durables s'est ouverte à l'invitation du maire de Porto, Rui Sá.\n", "fr"
    )
    assert relations(facts, "HELD_IN") == set()


def test_an_opening_ceremony_is_a_session_of_the_meeting_with_its_speakers_but_not_the_represented() -> None:
    facts = facts_of(
        "La 5e réunion du bureau de l'Association des villes du Sahel s'est tenue le 3 juin 2019 à Niamey.\n\n"
        "La cérémonie d'ouverture a été marquée par les allocutions du maire de Niamey, M. Oumarou Dan ; "
        "de la présidente de l'association, Mme Awa Koné, représentante du ministre, M. Ali Baba.\n",
        "fr",
    )
    meeting = "5e réunion du bureau de l'Association des villes du Sahel"
    assert relations(facts, "PART_OF") >= {("Cérémonie d'ouverture", meeting, None)}
    assert {(p, e, r) for p, e, r in relations(facts, "ATTENDED") if e == "Cérémonie d'ouverture"} == {
        ("Oumarou Dan", "Cérémonie d'ouverture", "speaker"),
        ("Awa Koné", "Cérémonie d'ouverture", "speaker"),
    }
    ceremony = next(e for e in facts.entities.values() if e.name == "Cérémonie d'ouverture")
    assert (ceremony.props["start"], ceremony.props["end"]) == ("2019-06-03", "2019-06-03")


def test_the_closing_ceremony_of_a_named_exhibition_and_who_took_part_in_it() -> None:
    facts = facts_of(
        "Le consul Marc Olivier prenait part samedi à la cérémonie de clôture de l'exposition « Les fleuves du "
        "monde », organisée par les deux villes.\n",
        "fr",
    )
    assert relations(facts, "PART_OF") == {("Cérémonie de clôture", "Les fleuves du monde", None)}
    assert relations(facts, "ATTENDED") == {("Marc Olivier", "Cérémonie de clôture", "participant")}


def test_an_english_closing_session_with_remarks() -> None:
    facts = facts_of(
        "The Regional Forum of Mayors took place on 4 May 2021 in Accra. The closing session featured remarks "
        "by Mayor Kofi Mensah and by Ama Owusu, representing the Minister, Mr Yaw Boateng.\n",
        "en",
    )
    assert {(p, r) for p, e, r in relations(facts, "ATTENDED") if e == "Closing session"} == {
        ("Kofi Mensah", "speaker"),
        ("Ama Owusu", "speaker"),
    }


def test_the_signatories_of_a_pact_adopted_at_the_meeting_attend_it() -> None:
    facts = facts_of(
        "Le Forum des villes portuaires s'est tenu le 2 mars 2015 à Valparaiso (Chili). Ce « Pacte de "
        "Valparaiso », signé notamment par Lisbonne et Marseille ainsi que par Los Angeles, Durban et Gênes, "
        "sera présenté à l'ONU.\n",
        "fr",
    )
    forum = "Forum des villes portuaires"
    signed = {(who, country) for who, event, _ in relations(facts, "ATTENDED") if event == forum
              for country in [next(e.props["country"] for e in facts.entities.values() if e.name == who)]}  # fmt: skip
    assert signed == {("Lisbon", "PT"), ("Marseille", "FR"), ("Los Angeles", "US"), ("Durban", "ZA"), ("Genoa", "IT")}


def test_a_signature_with_no_pact_or_declaration_near_it_makes_no_attendance() -> None:
    facts = facts_of(
        "Le Forum des villes portuaires s'est tenu le 2 mars 2015 à Valparaiso (Chili). Le contrat, signé "
        "par Lisbonne et Marseille, porte sur le fret.\n",
        "fr",
    )
    assert relations(facts, "ATTENDED") == set()


def test_a_body_people_attended_is_the_pages_meeting_named_as_the_text_calls_it_later() -> None:
    facts = facts_of(
        "Jeanne Morel, maire de Vannes, a participé, les 4 et 5 mai derniers, au bureau exécutif de l'AIMF, à Dakar "
        "au Sénégal. La délégation, menée par Paul Girard, maire de Lorient, comprenait notamment Ana Ruiz, "
        "adjointe au maire de Brest, et Luc Petit, vice-président de Rennes Métropole.\n\n"
        "Au-delà de la réunion statutaire, les élus ont visité le port.\n\nPublié le 12 mai 2018\n",
        "fr",
    )
    meeting = next(e for e in facts.entities.values() if e.kind == "Event")
    assert meeting.name.startswith("Réunion statutaire : bureau exécutif")
    assert (meeting.props["start"], meeting.props["end"]) == ("2018-05-04", "2018-05-05")
    assert relations(facts, "HELD_IN") == {(meeting.name, "Dakar", None)}
    assert {(p, r) for p, e, r in relations(facts, "ATTENDED") if e == meeting.name} == {
        ("Jeanne Morel", "participant"),
        ("Paul Girard", "participant"),
        ("Ana Ruiz", "participant"),
        ("Luc Petit", "participant"),
    }
    assert {(p, b, r) for p, b, r in relations(facts, "HOLDS_OFFICE") if p == "Luc Petit"} == {
        ("Luc Petit", "Rennes", "vice president")
    }


def test_a_delegation_led_by_someone_attends_the_pages_meeting_english() -> None:
    facts = facts_of(
        "The Regional Forum of Mayors took place on 4 May 2021 in Accra. The Nigerian delegation, led by "
        "Mayor Ade Bello, included Ngozi Eze and Tunde Ojo.\n",
        "en",
    )
    assert {(p, r) for p, e, r in relations(facts, "ATTENDED")} == {
        ("Ade Bello", "participant"),
        ("Ngozi Eze", "participant"),
        ("Tunde Ojo", "participant"),
    }


def test_an_office_a_body_chose_someone_for_and_who_held_it_before() -> None:
    facts = facts_of(
        "Le congrès de l'Association internationale des maires francophones (AIMF), qui a choisi comme nouvelle "
        "présidente la maire de Montréal, Valérie Plante, pour succéder au maire de Paris, Jean Roux, a fermé.\n",
        "fr",
    )
    assert {(p, b, r) for p, b, r in relations(facts, "HOLDS_OFFICE") if r == "president"} == {
        ("Valérie Plante", "International Association of Francophone Mayors", "president"),
        ("Jean Roux", "International Association of Francophone Mayors", "president"),
    }


def test_an_event_named_in_prose_keeps_its_rank_and_ends_before_a_pronoun() -> None:
    facts = facts_of(
        "Les maires ont rappelé le troisième Congrès mondial de la culture et le Sommet des villes d'Afrique il "
        "y a un an.\n",
        "fr",
    )
    names = {e.name for e in facts.entities.values() if e.kind == "Event"}
    assert names == {"troisième Congrès mondial de la culture", "Sommet des villes d'Afrique"}


def test_a_visit_named_by_its_visitors_is_held_where_they_are_visiting() -> None:
    facts = facts_of(
        "Visite officielle de la délégation allemande de Bayreuth\n\n"
        "Anne Keller, maire de Bayreuth, est en visite à Annecy avec une délégation de sa ville.\n",
        "fr",
    )
    visit = "Visite officielle de la délégation allemande de Bayreuth"
    assert relations(facts, "HELD_IN") == {(visit, "Annecy", None)}
    assert relations(facts, "ATTENDED") == {("Anne Keller", visit, "participant")}


def test_the_sessions_after_a_venue_line_of_a_programme_are_held_in_its_city() -> None:
    facts = facts_of(
        "Rencontres des villes du fleuve\n\nDu jeudi 3 avril au vendredi 4 avril 2025\n\n"
        "Jeudi 3 avril 2025\n\nÀ l'Hôtel de Ville de Bamako\n\n10H00 : Allocutions\n\nAmadou Traoré, Maire de Bamako\n\n"
        "Vendredi 4 avril 2025\n\nJardin botanique\n\n09H00 : Atelier 1 : Eau\n\nAnimation : Fanta Keita\n",
        "fr",
    )
    held = relations(facts, "HELD_IN")
    assert ("Allocutions", "Bamako", None) in held
    assert ("Rencontres des villes du fleuve", "Bamako", None) in held
    assert not any(event.startswith("Atelier") for event, _, _ in held)


def test_an_event_of_the_association_named_right_after_it_is_organised_by_it() -> None:
    facts = facts_of(
        "Le sommet s'est ouvert en marge du deuxième Forum mondial de l'association des villes Cités et "
        "Gouvernements Locaux Unis (CGLU), à Rabat.\n",
        "fr",
    )
    forum = next(e.name for e in facts.entities.values() if e.name.startswith("deuxième Forum mondial"))
    assert (forum, "United Cities and Local Governments", "organiser") in relations(facts, "ORGANISED_BY")


def test_the_year_a_tie_began_said_in_a_later_sentence_about_it() -> None:
    facts = facts_of(
        "Une exposition est le fruit de la coopération décentralisée entre la ville de Tulle et la commune de "
        "Aurillac. Le maire de Tulle a salué cette coopération, qui a démarré depuis 2009.\n",
        "fr",
    )
    ties = {(r.props.get("kind"), r.props.get("since")) for r in facts.relations.values() if r.type == "TWINNED_WITH"}
    assert ties == {("cooperation", "2009")}


def test_a_town_the_gazetteer_does_not_list_is_in_the_country_of_its_region() -> None:
    facts = facts_of(
        "La coopération entre la ville de Lille et la commune de Ndiaganiao date de 2012. L'accord, signé à "
        "Ndiaganiao, dans le département de Mbour, porte sur l'eau.\n",
        "fr",
    )
    town = next(e for e in facts.entities.values() if e.name == "Ndiaganiao")
    assert town.props["country"] == "SN"


def test_a_role_cue_after_a_long_label_in_a_programme_entry() -> None:
    facts = facts_of(
        "Samedi 25 octobre 2025\n\n08H00 - 18H00 stands\n\n  1. stand des livres - foire aux disques : "
        "Responsable : Moussa Diop\n  2. stand presse : Responsable : Awa Ba\n",
        "fr",
    )
    assert relations(facts, "ATTENDED") == {("Moussa Diop", "stands", "organiser"), ("Awa Ba", "stands", "organiser")}
