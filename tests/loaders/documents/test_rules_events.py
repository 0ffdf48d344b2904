"""Events in prose and in programmes, in English, French and Spanish, each on sentences written
for the test: meetings said to be held, their date, place and the event they are part of;
programme slots and session headings as sessions; date forms."""

from __future__ import annotations

import datetime as dt

from munigraph.loaders.documents import dates
from munigraph.loaders.documents.builder import DocumentFacts

from tests.loaders.documents.helpers import entity_name, events, facts_of, relations


def test_a_ranked_meeting_held_on_a_date_in_a_city_french() -> None:
    facts = facts_of(
        "Lyon : La 9e session du bureau exécutif de l'Association des maires du Rhône s'est tenue le "
        "3 mars 2019 à la mairie de Villeurbanne (France).\n\nLes travaux ont été présidés par M. Paul Durand, maire de Bron.\n",
        "fr",
    )
    name = "9e session du bureau exécutif de l'Association des maires du Rhône"
    assert events(facts)[name] == ("2019-03-03", "2019-03-03")
    assert relations(facts, "HELD_IN") == {(name, "Villeurbanne", None)}
    assert ("Paul Durand", name, "moderator") in relations(facts, "ATTENDED")


def test_a_general_assembly_took_place_on_a_day_without_year_hosted_by_bodies() -> None:
    facts = facts_of(
        "Annual Assembly 2019\n\nThe EuroTowns General Assembly took place on 12 June, in Porto, Portugal, "
        "hosted by the Porto City Council.\n",
        "en",
    )
    assert events(facts)["EuroTowns General Assembly"] == ("2019-06-12", "2019-06-12")
    assert ("EuroTowns General Assembly", "Porto", None) in relations(facts, "HELD_IN")


def test_a_meeting_on_the_occasion_of_a_larger_event_is_part_of_it() -> None:
    facts = facts_of(
        "The first board meeting took place in Montreal, Canada on the occasion of the Green Cities Congress 2019.\n",
        "en",
    )
    assert relations(facts, "PART_OF") == {("first board meeting", "Green Cities Congress 2019", None)}
    assert relations(facts, "HELD_IN") == {("first board meeting", "Montréal", None)}
    spanish = facts_of(
        "La II Asamblea de Alcaldes Costeros se celebró en Valparaíso, Chile, en el marco del Foro Pacífico 2018.\n",
        "es",
    )
    assert relations(spanish, "PART_OF") == {("II Asamblea de Alcaldes Costeros", "Foro Pacífico 2018", None)}


def test_an_announced_meeting_is_not_the_meeting_a_page_reports() -> None:
    facts = facts_of(
        "Según el comunicado de la red, el Foro Andino de Ciudades se celebrará en Quito con alcaldes de toda "
        "la región andina, del Caribe y de Centroamérica.\n",
        "es",
    )
    assert not [e for e in facts.entities.values() if e.kind == "Event" and e.props.get("start")]
    assert ("Foro Andino de Ciudades", "Quito", None) in relations(facts, "HELD_IN")


def test_the_slots_of_a_programme_over_several_days_are_sessions_of_it() -> None:
    facts = facts_of(
        "Rencontres des villes de la Loire\n\nDu jeudi 4 juin au samedi 6 juin 2026\n\n"
        "Jeudi 4 juin 2026\n\n9H00 : Accueil café\n\n10H00 : Discours d'ouverture\n\n"
        "Marie Leblanc, Maire de Tours\n\nVendredi 5 juin 2026\n\n"
        "Atelier 1 : Mobilités douces\nAnimation : Jean Petit\n\n"
        "Atelier 2 : Eau et climat\nAnimation : Lucie Martin\n",
        "fr",
    )
    main = "Rencontres des villes de la Loire"
    assert events(facts)[main] == ("2026-06-04", "2026-06-06")
    assert relations(facts, "PART_OF") == {
        ("Discours d'ouverture", main, None),
        ("Atelier 1 : Mobilités douces", main, None),
        ("Atelier 2 : Eau et climat", main, None),
    }  # "Accueil café" lists nobody: no session
    assert events(facts)["Discours d'ouverture"] == ("2026-06-04T10:00:00", "2026-06-04T10:00:00")
    assert {(p, e) for p, e, _ in relations(facts, "ATTENDED")} == {
        ("Marie Leblanc", "Discours d'ouverture"),
        ("Jean Petit", "Atelier 1 : Mobilités douces"),
        ("Lucie Martin", "Atelier 2 : Eau et climat"),
    }


def test_a_page_titled_as_one_meeting_of_a_larger_event() -> None:
    facts = facts_of(
        "2nd Session, Coastal Mayors Forum 2024\n\n09:00-10:00 Welcome and opening\n"
        "- Ana Lopes, Mayor, Faro, Portugal\n10:00-12:00 Panel 1: Rising seas\n- Tom Berg, Mayor, Bergen, Norway\n",
        "en",
    )
    assert relations(facts, "PART_OF") == {
        ("2nd Session", "Coastal Mayors Forum 2024", None),
        ("Welcome and opening", "2nd Session", None),
        ("Panel 1: Rising seas", "2nd Session", None),
    }


def test_date_forms_without_year_and_over_two_months() -> None:
    spans = dates.find_dates("del jueves 30 de abril al sábado 2 de mayo de 2026")
    assert [(d.first, d.last) for d in spans] == [(dt.date(2026, 4, 30), dt.date(2026, 5, 2))]
    partial = dates.find_partial_dates("met on March 3 and 4, then les 12 et 13 décembre", 2021)
    assert [(d.first, d.last) for d in partial] == [
        (dt.date(2021, 3, 3), dt.date(2021, 3, 4)),
        (dt.date(2021, 12, 12), dt.date(2021, 12, 13)),
    ]
    assert dates.find_partial_dates("le 3 mars 2019", 2021) == []


def test_the_participation_of_mayors_listed_with_their_cities_and_a_tentative_one() -> None:
    facts = facts_of(
        "Ghent, March 2, 2026 – Summit of Harbour Mayors in Ghent. The agenda includes the participation of "
        "mayors Ana Lopes (Faro), Tom Berg (Bergen), Piet Claes. The participation of the Mayor of Riga is "
        "awaiting confirmation Ilze Kalnina.\n",
        "en",
    )
    attended = {(p, status) for p, _, status in _attendance(facts)}
    assert {("Ana Lopes", "confirmed"), ("Tom Berg", "confirmed"), ("Piet Claes", "confirmed")} <= attended
    assert ("Ilze Kalnina", "tentative") in attended
    assert not relations(facts, "AFFILIATED_WITH")  # "mayors A (Faro)": an office, not a mere tie
    assert ("Ana Lopes", "Faro", "mayor") in relations(facts, "HOLDS_OFFICE")


def test_the_animation_of_a_workshop_is_facilitation() -> None:
    facts = facts_of(
        "Journée des quartiers\n\nSamedi 7 mars 2026\n\n10h00-12h00 Atelier jardins partagés\nAnimation : Paul Morel\n",
        "fr",
    )
    assert {(p, role) for p, _, role in relations(facts, "ATTENDED")} == {("Paul Morel", "facilitator")}


def _attendance(facts: DocumentFacts) -> set[tuple]:
    return {
        (entity_name(facts, r.source), entity_name(facts, r.target), r.props.get("status"))
        for r in facts.relations.values()
        if r.type == "ATTENDED"
    }


def test_a_body_that_opens_or_closes_an_event_name_organises_it() -> None:
    facts = facts_of(
        "The ICLEI World Congress 2027 will gather cities. Mayors prepared the 5th Forum of Mayors and the "
        "Semaine de la coopération de CGLU.\n",
        "en",
    )
    organised = {(e, facts.entities[r.target].id) for e, _, _ in relations(facts, "ORGANISED_BY")
                 for r in facts.relations.values() if r.type == "ORGANISED_BY"}  # fmt: skip
    assert organised == {("ICLEI World Congress 2027", "org:iclei")}  # "Forum of Mayors" names no body


def test_a_session_named_by_its_quoted_title_and_who_spoke_in_it() -> None:
    facts = facts_of(
        "12-14 April 2026 | The Harbour Towns Annual Meeting (online) centred on the theme "
        "“Ports that care for people”. Mayor Ana Lopes of Faro said that ports matter.\n\n"
        "At the session on “Financing green ports for coastal towns”, Mr. Tom Berg, Mayor of Bergen, said "
        "that funds are short.\n",
        "en",
    )
    main = "Harbour Towns Annual Meeting"
    assert ("Financing green ports for coastal towns", main, None) in relations(facts, "PART_OF")
    assert not [e for e in facts.entities.values() if e.name == "Ports that care for people"]  # a theme
    attended = {(p, e) for p, e, _ in relations(facts, "ATTENDED")}
    assert ("Tom Berg", "Financing green ports for coastal towns") in attended
    assert ("Tom Berg", main) not in attended


def test_people_who_participated_in_a_named_event_attend_it() -> None:
    facts = facts_of(
        "La alcaldesa de Tarifa, Ana Gil Ruiz, participó en el Foro de Ciudades del Estrecho, que se celebra "
        "en Ceuta.\n",
        "es",
    )
    assert ("Ana Gil Ruiz", "Foro de Ciudades del Estrecho", "participant") in relations(facts, "ATTENDED")


def test_a_cue_before_a_list_of_bare_names_and_the_people_in_charge_of_a_space() -> None:
    facts = facts_of(
        "Fête des quartiers\n\nDu vendredi 5 juin au dimanche 7 juin 2026\n\nSamedi 6 juin 2026\n\n"
        "09H00 - 17H00 stands\n\n  1. stand livres : Responsable : Awa Diop\n\n"
        "12H00-13H00 Débat\n\nIntervenants : Paul Morel, Lucie Martin, Jean Petit et Rose Blanc\n",
        "fr",
    )
    attended = {(p, e, role) for p, e, role in relations(facts, "ATTENDED")}
    assert attended == {
        ("Awa Diop", "stands", "organiser"),
        ("Paul Morel", "Débat", "speaker"),
        ("Lucie Martin", "Débat", "speaker"),
        ("Jean Petit", "Débat", "speaker"),
        ("Rose Blanc", "Débat", "speaker"),
    }


def test_an_event_hosted_in_a_city_and_a_meeting_named_only_as_an_object() -> None:
    facts = facts_of(
        "Mayor Ana Lopes thanked Mayor Tom Berg for inviting her to the Harbour Towns Conference hosted in "
        "Bergen this year.\n",
        "en",
    )
    assert relations(facts, "HELD_IN") == {("Harbour Towns Conference", "Bergen", None)}
    assert not relations(facts, "ATTENDED")  # an invitation to it is no report of it


def test_a_body_named_again_by_its_head_noun_meets() -> None:
    """ "La Comisión se reunió en Cádiz": the page's one body of that noun meets; two committees: nobody."""
    facts = facts_of(
        "Comisión de Ciudades Costeras\n\n"
        "La Comisión de Ciudades Costeras de CGLU reúne a alcaldes del litoral.\n\n"
        "La Comisión se reunió en Cádiz el 4 de junio de 2024.\n",
        "es",
    )
    assert relations(facts, "HELD_IN") == {("Reunión: Comisión de Ciudades Costeras", "Cadiz", None)}
    two = facts_of(
        "The Committee on Culture of UCLG and the Committee on Finance of Metropolis work together.\n\n"
        "The Committee met in Lyon on 4 June 2024.\n",
        "en",
    )
    assert relations(two, "HELD_IN") == set()
