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
