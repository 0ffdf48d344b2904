"""Events of prose pages (x-events), each on sentences written for the test: a page's main event
is named by a line that names an event, never by its byline, press banner, diary week or a
deadline; the event a page's opening prose reports as held is its main event."""

from __future__ import annotations

from tests.loaders.documents.test_rules_events import events
from tests.loaders.documents.test_rules_fr_es import _facts, relations


def test_a_byline_dates_the_page_not_an_event() -> None:
    facts = _facts(
        "Notes from Utrecht: what we learnt at the Healthy Streets Summit\n"
        "By Marta Oliveira | 3 October 2024 | 4 min read\n\n"
        "I am just back from Utrecht, where the Healthy Streets Summit took place from 24 to 26 September 2024. "
        "Mayor Karl Jensen of Odense opened the first day.\n",
        "en",
    )
    assert events(facts) == {"Healthy Streets Summit": ("2024-09-24", "2024-09-26")}
    assert ("Karl Jensen", "Healthy Streets Summit", "speaker") in relations(facts, "ATTENDED")


def test_banners_diary_weeks_and_deadlines_name_no_event() -> None:
    french = _facts(
        "COMMUNIQUÉ DE PRESSE\nPour diffusion immédiate — mardi 4 mars 2025\n\n"
        "Grenoble et Sfax signent une convention de coopération\n\n"
        "La maire de Grenoble, Claire Aubert, a reçu une délégation de Sfax.\n",
        "fr",
    )
    assert not any("diffusion" in name.lower() for name in events(french))
    spanish = _facts(
        "AGENDA DEL ALCALDE\nSemana del lunes 12 de mayo de 2025\n\nPor Lucía Pardo | 10 de mayo de 2025\n"
        "El alcalde de Burgos, Tomás Ruiz, recibió a la delegación de Pau.\n",
        "es",
    )
    assert not any(start for start, _ in events(spanish).values())
    english = _facts(
        "FOR IMMEDIATE RELEASE — Monday 3 March 2025\n\nWeek commencing 10 March 2025\n\n"
        "Deadline for applications: 30 April 2025\n\nThe city of Leeds welcomes a delegation from Lille.\n",
        "en",
    )
    assert not any(start for start, _ in events(english).values())


def test_a_titled_event_over_its_date_stays_the_main_event() -> None:
    """Negative: a title line naming an event, then its date, is an event; a deadline below it is not."""
    facts = _facts(
        "Mayors Forum 2025\n14 May 2025, 10:00 CET\nDeadline for registration: 30 April 2025\n\n"
        "The Mayors Forum 2025 will bring together mayors of Europe.\n",
        "en",
    )
    assert events(facts) == {"Mayors Forum 2025": ("2025-05-14", "2025-05-14")}
    byline_in_a_name = _facts("Prize by Ana Ruiz Foundation\n14 May 2025, 10:00 CET\n\nThe ceremony opens.\n", "en")
    assert any(start == "2025-05-14" for start, _ in events(byline_in_a_name).values())
