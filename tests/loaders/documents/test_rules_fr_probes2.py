"""Constructions found by a second round of French probe documents (issue 10): each rule on
short sentences written for these tests, with forms that must not fire."""

from __future__ import annotations

from tests.loaders.documents.test_rules_fr_es import _facts, relations


def _events(facts) -> dict[str, tuple]:
    return {e.name: (e.props.get("start"), e.props.get("end")) for e in facts.entities.values() if e.kind == "Event"}


def test_a_time_zone_note_and_a_format_after_the_date_name_no_event() -> None:
    facts = _facts(
        "Webinaire : Les communes et la sécheresse\n\n"
        "Mardi 3 octobre 2023, 10h00 – 11h30 (heure de Paris, UTC+2), en ligne\n\n"
        "Intervenants :\n- Marc Olivier, maire de Tulle\n",
        "fr",
    )
    assert set(_events(facts)) == {"Webinaire : Les communes et la sécheresse"}
    assert ("Marc Olivier", "Webinaire : Les communes et la sécheresse", "speaker") in relations(facts, "ATTENDED")
    named = _facts("Forum des communes\n\nMardi 3 octobre 2023, 10h00 – 11h30 : Atelier des maires ruraux\n", "fr")
    assert "Atelier des maires ruraux" in _events(named)  # a title after the date still names the event


def test_a_venue_after_the_date_places_the_title_above_it() -> None:
    facts = _facts(
        "Fête des jumelages\nSamedi 9 septembre 2023 – Salle des fêtes, Annecy\n\nUn programme pour tous.\n", "fr"
    )
    assert _events(facts) == {"Fête des jumelages": ("2023-09-09", "2023-09-09")}
    bare = _facts("Brèves de la semaine\nSamedi 9 septembre 2023 – Annecy\n\nLa piscine rouvre.\n", "fr")
    assert _events(bare) == {}  # a town alone after a bare date: a news list's dateline, no event


def _cities(facts) -> set[str]:
    return {e.name for e in facts.entities.values() if e.kind == "City"}


def test_mayors_of_listed_cities_who_signed_stand_for_their_cities() -> None:
    unnamed = _facts("Actualités\n\nLes maires de Rennes, de Brest et de Vannes ont signé un appel pour la mer.\n", "fr")
    assert _cities(unnamed) == {"Rennes", "Brest", "Vannes"}
    met = _facts(
        "Actualités\n\nRéunis à Brest le 8 juin 2023, les maires de Rennes et de Vannes ont adopté un appel pour la mer.\n"
        "La rencontre était organisée par la ville de Brest.\n",
        "fr",
    )
    (event,) = [e for e in met.entities.values() if e.kind == "Event"]
    assert (event.props["start"], event.aliases) == ("2023-06-08", ["La rencontre"])
    assert relations(met, "HELD_IN") == {(event.name, "Brest", None)}
    assert {city for city, _, _ in relations(met, "ATTENDED")} == {"Rennes", "Vannes"}
    speech = _facts("Actualités\n\nLes maires de Rennes et de Vannes ont écrit au ministre.\n", "fr")
    assert relations(speech, "ATTENDED") == set()  # writing is no cue of attendance


def test_a_gathering_needs_a_date_and_a_city_to_be_an_event() -> None:
    undated = _facts("Actualités\n\nRéunis à Brest, les maires ont adopté un appel pour la mer.\n", "fr")
    assert not [e for e in undated.entities.values() if e.kind == "Event"]
    english = _facts("News\n\nGathered in Accra on 4 May 2023, the mayors adopted a call for the oceans.\n", "en")
    assert {(e.name, e.props["start"]) for e in english.entities.values() if e.kind == "Event"} == {
        ("Meeting in Accra", "2023-05-04")
    }
