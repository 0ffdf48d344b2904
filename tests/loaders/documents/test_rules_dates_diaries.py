"""Events, dates and attendance in forms the older rules missed (x-dates2), each on text written for the test:
engagement diaries (day headings without a year, timed entries attended by the diary's owner, entries to be
confirmed), first-person attendance, dates written after an event's name or across two months."""

from __future__ import annotations

import datetime as dt

from munigraph.loaders.documents import dates

from tests.loaders.documents.helpers import events, relations
from tests.loaders.documents.helpers import facts_of as _facts


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


def test_the_byline_s_person_attends_what_the_post_says_i_spoke_at_or_attended() -> None:
    facts = _facts(
        "Blog · Cities\nWhat I learnt at the Urban Futures Conference\nBy Tom Ellis | 12 May 2026 | 5 min read\n\n"
        "Last month I spoke at the Urban Futures Conference in Vienna, a gathering of three hundred planners.\n\n"
        "Earlier this year I attended the Smart Ports Summit in Rotterdam, where the mood was different.\n",
        "en",
    )
    attended = _attended(facts, "Tom Ellis")
    assert attended["Urban Futures Conference"] == ("speaker", "confirmed")
    assert any(name.startswith("Smart Ports Summit") and role == "participant" for name, (role, _) in attended.items())


def test_a_spanish_recap_in_the_first_person() -> None:
    facts = _facts(
        "Blog de la red\nLo que aprendimos en la Cumbre de Ciudades Verdes\nPor Lucía Ferrer | 20 de mayo de 2026\n\n"
        "La semana pasada intervine en la Cumbre de Ciudades Verdes, celebrada en Valencia, con otros quince "
        "alcaldes. También asistí al Foro de Movilidad Urbana de Sevilla.\n",
        "es",
    )
    attended = _attended(facts, "Lucía Ferrer")
    assert attended["Cumbre de Ciudades Verdes"] == ("speaker", "confirmed")
    assert any(name.startswith("Foro de Movilidad Urbana") for name in attended)


def test_the_i_of_an_interview_is_the_interviewee_not_the_interviewer() -> None:
    facts = _facts(
        "ENTRETIEN | « Les villes parlent aux villes »\n\nPublié le 4 mars 2026 · Propos recueillis par Paul Morel\n\n"
        "Adjoint au maire de Nancy chargé de l'international, Marc Lefebvre revient sur les échanges de la ville.\n\n"
        "Quels sont vos prochains rendez-vous ?\n\n"
        "Marc Lefebvre. — En mai, j'ai participé au Forum des villes jumelles à Karlsruhe. Nous en sommes revenus "
        "convaincus.\n",
        "fr",
    )
    attended = relations(facts, "ATTENDED")
    assert any(
        person == "Marc Lefebvre" and event.startswith("Forum des villes jumelles") for person, event, _ in attended
    )
    assert not any(person == "Paul Morel" for person, _, _ in attended)


def test_no_first_person_verb_or_no_byline_gives_no_attendance() -> None:
    """Negatives: a post that only comes back from a city, and an "I" with no byline or answer to name it."""
    back_home = _facts(
        "Back from Dijon\nBy Claire Hensley | 14 May 2025\n\n"
        "I have just come home from Dijon, where the Energy Cities Annual Forum took place from 6 to 8 May 2025.\n",
        "en",
    )
    assert "Claire Hensley" not in {person for person, _, _ in relations(back_home, "ATTENDED")}
    third_person = _facts(
        "Actualités\nPar Anne Roux | 3 mars 2026\n\nLe maire de Lyon a participé au Forum des villes durables à Turin.\n",
        "fr",
    )  # the Spanish "participé" is no French first person
    assert "Anne Roux" not in {person for person, _, _ in relations(third_person, "ATTENDED")}
    unsigned = _facts("Notes\n\nI spoke at the Baltic Ports Forum in Gdansk on 3 June 2025.\n", "en")
    assert not relations(unsigned, "ATTENDED")


def test_ranges_with_the_month_first_and_across_two_months() -> None:
    def spans(text: str, partial_year: int | None = None) -> list[tuple[str, str]]:
        found = dates.find_partial_dates(text, partial_year) if partial_year else dates.find_dates(text)
        return [(d.first.isoformat(), d.last.isoformat()) for d in found]

    assert spans("The summit runs June 30 to July 2, 2025 in Denver.") == [("2025-06-30", "2025-07-02")]
    assert spans("Held September 29 – October 1, 2024.") == [("2024-09-29", "2024-10-01")]
    assert spans("Join us May 6-8, 2025 in Ghent.") == [("2025-05-06", "2025-05-08")]
    assert spans("from October 3 to 4, 2024") == [("2024-10-03", "2024-10-04")]
    assert spans("du 30 juin au 2 juillet", 2025) == [("2025-06-30", "2025-07-02")]
    assert spans("del 30 de junio al 2 de julio", 2025) == [("2025-06-30", "2025-07-02")]
    assert spans("from 30 June to 2 July", 2025) == [("2025-06-30", "2025-07-02")]
    # negatives: one day stays one day; a backward range is no range
    assert spans("on June 30, 2025") == [("2025-06-30", "2025-06-30")]
    assert spans("May 8-6, 2025") != [("2025-05-08", "2025-05-06")]


def test_an_event_held_on_a_day_without_a_year_takes_the_page_s_year() -> None:
    english = _facts(
        "Newsletter, March 2026\n\nThe Baltic Mayors Forum, held on 12 May in Tallinn, gathered forty mayors.\n", "en"
    )
    assert events(english)["Baltic Mayors Forum"] == ("2026-05-12", "2026-05-12")
    french = _facts(
        "Lettre d'information, mars 2026\n\nLe Forum des villes du Rhône, qui s'est tenu le 12 mai à Vienne, a réuni "
        "quarante maires.\n",
        "fr",
    )
    assert events(french)["Forum des villes du Rhône"] == ("2026-05-12", "2026-05-12")
    # negatives: the publication date and a day in another sentence date no event
    far = _facts(
        "Published on 3 March 2026\n\nThe Baltic Mayors Forum, held in Tallinn, gathered forty mayors. Registration "
        "for the next edition closes on 12 May.\n",
        "en",
    )
    assert events(far)["Baltic Mayors Forum"] == (None, None)


def test_a_programme_s_day_headings_without_a_year_date_its_sessions() -> None:
    facts = _facts(
        "Forum of Port Cities 2026\n9–11 June 2026, Bilbao\n\nProgramme\n\nWednesday 10 June\n"
        "10:00 – 11:30  Workshop on shore power\nModerator: Ines Berg, City of Hamburg\n\n"
        "Thursday 11 June\n09:30 – 11:00  Plenary on river ports\nSpeakers: Tomás Vidal, Mayor of Vigo\n",
        "en",
    )
    found = events(facts)
    assert found["Workshop on shore power"][0].startswith("2026-06-10")
    assert found["Plenary on river ports"][0].startswith("2026-06-11")


def test_a_day_heading_s_weekday_picks_its_year() -> None:
    """A programme published in one year for an event in the next: "Thursday 22 October" is 2026's."""
    assert dates.year_of_weekday("Thursday", dt.date(2025, 10, 22), 2025) == dt.date(2026, 10, 22)
    assert dates.year_of_weekday("jueves", dt.date(2025, 10, 23), 2025) == dt.date(2025, 10, 23)
    # negative: an unknown weekday leaves the day as it is
    assert dates.year_of_weekday("someday", dt.date(2025, 10, 22), 2025) == dt.date(2025, 10, 22)
