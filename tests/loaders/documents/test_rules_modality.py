"""Modality (issue 10, x-modality): relations a page states as not (yet) true are no facts, attendance
marked to be confirmed is tentative, and the cue reaches its own clause only. Sentences written for these
tests, in the three languages, each beside an asserted one that keeps its relation."""

from __future__ import annotations

import pytest
from munigraph.loaders.documents.markup import sentences
from munigraph.loaders.documents.modality import Reading

from tests.loaders.documents.helpers import facts_of, relations, twins

_FORUM = {
    "en": "Harbour Cities Forum 2026\n14 May 2026, Gothenburg\n\n",
    "fr": "Forum des villes portuaires 2026\n14 mai 2026, Brest\n\n",
    "es": "Foro de Ciudades Portuarias 2026\n14 de mayo de 2026, Valparaíso\n\n",
}


def _attendance(body: str, language: str) -> dict[str, str]:
    """Who attends the page's forum -> the status of the attendance."""
    facts = facts_of(_FORUM[language] + body + "\n", language)
    found = {
        facts.entities[r.source].name: r.props.get("status", "")
        for r in facts.relations.values()
        if r.type == "ATTENDED"
    }
    assert {event for _, event, _ in relations(facts, "ATTENDED")} <= {_FORUM[language].split("\n")[0]}
    return found


def _clauses(text: str, language: str) -> list[tuple[str, str]]:
    reading = Reading.read(text, language, tuple(sentences(text)))
    return [(text[s:e], kind) for s, e, kind in reading.clauses]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Lyon did not attend, but Porto spoke.", "en", [("Lyon did not attend", "negated")]),
        ("Lyon n'a pas participé, mais Porto a parlé.", "fr", [("Lyon n'a pas participé", "negated")]),
        ("Lima no participó, pero Quito habló.", "es", [("Lima no participó", "negated")]),
        ("Turin plans to twin with Graz; Lyon spoke.", "en", [("Turin plans to twin with Graz", "intended")]),
        ("Turin souhaite se jumeler avec Graz.", "fr", [("Turin souhaite se jumeler avec Graz.", "intended")]),
        ("Cusco estudia hermanarse con Cuenca.", "es", [("Cusco estudia hermanarse con Cuenca.", "intended")]),
        ("Mayors are invited to attend the Forum.", "en", [("Mayors are invited to attend the Forum.", "invited")]),
        ("Les villes intéressées peuvent adhérer.", "fr", [("Les villes intéressées peuvent adhérer.", "invited")]),
        ("Las ciudades interesadas pueden sumarse.", "es", [("Las ciudades interesadas pueden sumarse.", "invited")]),
        ("Porto could host the next Forum.", "en", [("Porto could host the next Forum.", "conditional")]),
        ("Porto pourrait accueillir le Forum.", "fr", [("Porto pourrait accueillir le Forum.", "conditional")]),
        ("Will Lyon join the network?", "en", [("Will Lyon join the network?", "conditional")]),
        ("Ana Ruiz (por confirmar)", "es", [("Ana Ruiz (por confirmar)", "tentative")]),
    ],
)
def test_each_cue_gives_its_clause_a_modality(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert _clauses(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lyon took part not only in the Forum but in the Summit.", "en"),
        ("Lyon a participé non seulement au Forum.", "fr"),
        ("Pas moins de trente maires ont participé au Forum.", "fr"),
        ("La cumbre se celebró a invitación de la ciudad de Lima.", "es"),
        ("| Ville de N’Djamena | Tchad | M. Idriss Mahamat | Maire |", "fr"),
        ("The Forum met in May 2026 in Porto.", "en"),
    ],
)
def test_phrases_that_hold_a_cue_word_state_their_relation(text: str, language: str) -> None:
    assert _clauses(text, language) == []


def test_a_negated_twinning_asked_back_is_none_and_the_stated_one_stays() -> None:
    found = twins(facts_of("Lyon is twinned with Porto. Manchester is not twinned with Freetown, is it?", "en"))
    assert found == {frozenset({"Lyon", "Porto"})}


@pytest.mark.parametrize(
    ("text", "language", "stated"),
    [
        ("Lyon is twinned with Porto. Turin is considering a twinning with Graz.", "en", {"Lyon", "Porto"}),
        ("Lyon et Porto sont jumelées. Turin envisage un jumelage avec Graz.", "fr", {"Lyon", "Porto"}),
        (
            "Lima y Quito son ciudades hermanas. Cusco y Cuenca firmaron una carta de intención para un hermanamiento.",
            "es",
            {"Lima", "Quito"},
        ),
    ],
)
def test_a_planned_twinning_is_no_twinning(text: str, language: str, stated: set[str]) -> None:
    assert twins(facts_of(text, language)) == {frozenset(stated)}


@pytest.mark.parametrize(
    ("body", "language", "stated"),
    [
        (
            "Jane Roe, Mayor of Lyon, participated in the Forum. Tom Poe, Mayor of Porto, is invited to participate "
            "in the Forum.",
            "en",
            "Jane Roe",
        ),
        (
            "Jeanne Roux, maire de Lyon, a participé au Forum. Paul Martin, maire de Nantes, est invité à participer "
            "au Forum.",
            "fr",
            "Jeanne Roux",
        ),
        (
            "Ana Ruiz, alcaldesa de Lima, participó en el Foro. Luis Gil, alcalde de Quito, está invitado a participar "
            "en el Foro.",
            "es",
            "Ana Ruiz",
        ),
    ],
)
def test_an_invitation_to_attend_is_no_attendance(body: str, language: str, stated: str) -> None:
    assert _attendance(body, language) == {stated: "confirmed"}


@pytest.mark.parametrize("body", ["Si Luis Gil participa en el Foro, hablará.", "¿Participó Luis Gil en el Foro?"])
def test_a_condition_or_a_question_is_no_attendance(body: str) -> None:
    assert _attendance("Ana Ruiz, alcaldesa de Lima, participó en el Foro. " + body, "es") == {"Ana Ruiz": "confirmed"}


def test_an_attendance_to_be_confirmed_in_prose_is_tentative_and_the_firm_one_beside_it_confirmed() -> None:
    english = "Tom Poe, Mayor of Porto, will attend the Harbour Cities Forum (to be confirmed)."
    assert _attendance(english, "en") == {"Tom Poe": "tentative"}
    spanish = (
        "Ana Ruiz, alcaldesa de Lima, participó en el Foro. Luis Gil, alcalde de Quito, participará en el Foro, "
        "por confirmar."
    )
    assert _attendance(spanish, "es") == {"Ana Ruiz": "confirmed", "Luis Gil": "tentative"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a denial inside a quotation is the quoted words': the one who says it is asserted
        ('"We will not wait", said Jane Roe.', "en", [('"We will not wait"', "negated")]),
        (
            "« Nous ne pouvons plus attendre », a dit Jeanne Roux.",
            "fr",
            [("« Nous ne pouvons plus attendre »", "negated")],
        ),
        # a question after a label or a lead: the label's speaker turn is asserted
        ("FROM THE FLOOR (MR TOM POE): How do you fund it?", "en", [(" How do you fund it?", "conditional")]),
        # a relative clause denies its own tie only
        ("Nantes adhère à l'AIMF, dont Lille n'est pas membre.", "fr", [(" Lille n'est pas membre.", "negated")]),
        ("Lima se unió a la red, de la que Quito no es miembro.", "es", [(" Quito no es miembro.", "negated")]),
        # an absent officer's stand-in attends
        (
            "The mayor could not attend and was represented by Tom Poe.",
            "en",
            [("The mayor could not attend and was", "negated")],
        ),
    ],
)
def test_a_cue_stops_at_quotations_labels_relative_clauses_and_stand_ins(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert _clauses(text, language) == expected
