"""Events, dates and attendance in forms the older rules missed (x-dates2), each on text written for the test:
engagement diaries (day headings without a year, timed entries attended by the diary's owner, entries to be
confirmed), first-person attendance, dates written after an event's name or across two months."""

from __future__ import annotations

from tests.loaders.documents.test_rules_events import events
from tests.loaders.documents.test_rules_fr_es import _facts, relations


def _attended(facts, person: str) -> dict[str, tuple[str, str]]:
    """Event name -> (role, status) of one person's attendance."""
    return {
        facts.entities[r.target].name: (r.props.get("role"), r.props.get("status"))
        for r in facts.relations.values()
        if r.type == "ATTENDED" and facts.entities[r.source].name == person
    }


def test_an_english_diary_dates_its_entries_and_its_owner_attends_them() -> None:
    facts = _facts(
        "THE LORD MAYOR'S ENGAGEMENTS\nWeek beginning Monday 2 March 2026\n\n"
        "The Lord Mayor of Leeds, Councillor Helen Brookes, represents the city at civic events.\n\n"
        "Monday 2 March\n10.30  Opening of the Leeds Food Festival, Millennium Square.\n"
        "14.00  Meeting with the Mayor of Lille, Anne Fournier, Civic Hall.\n\n"
        "TUESDAY 3 MARCH\n19.00  Annual Dinner of the Yorkshire Chamber of Commerce (TBC)\n"
        "21.00  Return to Leeds.\n\n"
        "Wednesday 4 March\n09.00  Keynote address at the Core Cities Summit, Manchester.\n"
        "18.00  Charity gala of the Leeds Hospice (Deputy Lord Mayor to attend in the Lord Mayor's place).\n",
        "en",
    )
    attended = _attended(facts, "Helen Brookes")
    assert attended["Leeds Food Festival"] == ("participant", "confirmed")
    assert attended["Meeting with the Mayor of Lille"] == ("participant", "confirmed")
    assert attended["Annual Dinner of the Yorkshire Chamber of Commerce"] == ("participant", "tentative")
    assert attended["Core Cities Summit"] == ("speaker", "confirmed")
    assert ("Anne Fournier", "Meeting with the Mayor of Lille", "participant") in relations(facts, "ATTENDED")
    found = events(facts)
    assert found["Core Cities Summit"][0].startswith("2026-03-04T09:00")
    assert found["Meeting with the Mayor of Lille"][0].startswith("2026-03-02T14:00")
    # negatives: a journey is no event; an entry a deputy attends in her place is not hers
    assert not any(name.startswith("Return") for name in found)
    assert "Charity gala of the Leeds Hospice" not in attended


def test_a_french_diary_with_a_reception_a_speech_and_an_asterisk() -> None:
    facts = _facts(
        "AGENDA DU MAIRE\nSemaine du 2 mars 2026\n\n"
        "Le maire de Nantes, M. Julien Garnier, vous présente ses rendez-vous publics. "
        "Les rendez-vous suivis d'un astérisque sont à confirmer.\n\n"
        "Lundi 2 mars\n10h30  Inauguration du Salon du livre jeunesse, Cité des congrès.\n"
        "14h00  Réception de la maire de Cardiff, Mme Sian Evans, à l'Hôtel de Ville.\n\n"
        "Mardi 3 mars\n18h30*  Assemblée générale de l'Association des maires de Loire-Atlantique\n\n"
        "Mercredi 4 mars\n09h00  Discours d'ouverture au Congrès des villes portuaires, Saint-Nazaire.\n",
        "fr",
    )
    attended = _attended(facts, "Julien Garnier")
    assert attended["Réception de la maire de Cardiff"] == ("host", "confirmed")
    assert attended["Assemblée générale de l'Association des maires de Loire-Atlantique"] == (
        "participant",
        "tentative",
    )
    assert attended["Congrès des villes portuaires"] == ("speaker", "confirmed")
    assert ("Sian Evans", "Réception de la maire de Cardiff", "participant") in relations(facts, "ATTENDED")
    assert events(facts)["Salon du livre jeunesse"][0].startswith("2026-03-02T10:30")


def test_a_spanish_diary_over_new_year_takes_the_next_year() -> None:
    facts = _facts(
        "AGENDA DE LA ALCALDESA\nSemana del 29 de diciembre de 2025\n\n"
        "La alcaldesa de Zaragoza, Sra. Marta Lasheras, participa en los siguientes actos públicos.\n\n"
        "Miércoles 31 de diciembre\n12:00  Recepción a los voluntarios del Banco de Alimentos, Plaza del Pilar.\n\n"
        "Viernes 2 de enero\n10:30*  Reunión con el alcalde de Burdeos, Pierre Martin, en el Ayuntamiento.\n"
        "19:00  Regreso a Zaragoza.\n",
        "es",
    )
    attended = _attended(facts, "Marta Lasheras")
    assert attended["Recepción a los voluntarios del Banco de Alimentos"] == ("host", "confirmed")
    assert attended["Reunión con el alcalde de Burdeos"] == ("participant", "tentative")
    assert events(facts)["Reunión con el alcalde de Burdeos"][0].startswith("2026-01-02T10:30")
    assert not any(name.startswith("Regreso") for name in events(facts))


def test_timed_lines_of_a_page_that_is_no_diary_are_not_a_diary() -> None:
    """Negative: a forum's programme with day headings and times is no office holder's diary."""
    facts = _facts(
        "Forum of Port Cities 2026\nProgramme\n\nThe Mayor of Bilbao, Juan Etxeberria, welcomes the forum.\n\n"
        "Monday 2 March\n10.30  Opening plenary on river ports\n14.00  Workshop on shore power\n",
        "en",
    )
    assert not any(r.props.get("status") == "tentative" for r in facts.relations.values())
    assert not any(e.props.get("event_type") == "engagement" for e in facts.entities.values())
