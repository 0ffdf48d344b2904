"""Offices in the forms x-offices3 reads: behind a possessive owner ("Tampere's mayor Kalle Roe", "Jane Roe,
Lyon's mayor", "Eurocities' Secretary General, Jane Roe"), succession (the successor holds the office, the
predecessor held it before), and offices held for a time ("acting", "par intérim", "en funciones": held).
Sentences written for the test."""

from __future__ import annotations

import pytest
from munigraph.loaders.documents.builder import DocumentFacts

from tests.loaders.documents.helpers import entity_name, facts_of


def _offices(facts: DocumentFacts) -> set[tuple[str, str, str, bool]]:
    """(person, body, role, held before) of every office the facts hold."""
    return {
        (entity_name(facts, r.source), entity_name(facts, r.target), r.props["role"], bool(r.props.get("former")))
        for r in facts.relations.values()
        if r.type == "HOLDS_OFFICE"
    }


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        ("On Monday, Tampere's mayor Kalle Roe opened the forum.", ("Kalle Roe", "Tampere", "mayor", False)),
        ("Tallinn's Mayor, Mr. Peeter Roe, welcomed the guests.", ("Peeter Roe", "Tallinn", "mayor", False)),
        ("Jane Roe, Lyon's mayor, travelled to Porto by train.", ("Jane Roe", "Lyon", "mayor", False)),
        (
            "Vienna's deputy mayor for housing, Markus Roe, defended the model.",
            ("Markus Roe", "Vienna", "deputy mayor for housing", False),
        ),
        (
            "The statement was read by Eurocities' Secretary General, Jane Roe.",
            ("Jane Roe", "Eurocities", "secretary general", False),
        ),
    ],
)
def test_an_office_behind_a_possessive_owner_is_the_owners(sentence: str, office: tuple) -> None:
    assert office in _offices(facts_of(f"News\n\n{sentence}\n", "en"))


def test_a_possessive_that_names_no_place_or_body_gives_no_office() -> None:
    assert not _offices(facts_of("News\n\nMonday's President Jane Roe spoke first.\n", "en"))
    assert not _offices(facts_of("News\n\nThe city's mayor, Jane Roe, spoke first.\n", "en"))


def test_a_possessive_office_with_other_words_before_the_name_is_not_read() -> None:
    facts = facts_of("News\n\nLyon's mayor met the press and Jane Roe spoke later.\n", "en")
    assert not any(person == "Jane Roe" for person, _, _, _ in _offices(facts))


@pytest.mark.parametrize(
    ("language", "text", "successor", "predecessor"),
    [
        (
            "en",
            "The Board elected Jane Roe as Treasurer of Eurocities. She replaces Cllr Ann Poe of Leeds.",
            ("Jane Roe", "Eurocities", "treasurer", False),
            ("Ann Poe", "Eurocities", "treasurer", True),
        ),
        (
            "en",
            "Jane Roe, President of Eurocities, succeeds Ann Poe.",
            ("Jane Roe", "Eurocities", "president", False),
            ("Ann Poe", "Eurocities", "president", True),
        ),
        (
            "fr",
            "Jeanne Roux, présidente de Cités Unies France, succède à Anne Poulain.",
            ("Jeanne Roux", "Cités Unies France", "president", False),
            ("Anne Poulain", "Cités Unies France", "president", True),
        ),
        (
            "fr",
            "Jeanne Roux a été élue présidente de Cités Unies France en remplacement de Anne Poulain.",
            ("Jeanne Roux", "Cités Unies France", "president", False),
            ("Anne Poulain", "Cités Unies France", "president", True),
        ),
        (
            "es",
            "Ana Ruiz, presidenta de Mercociudades, sucede a Marta Gil.",
            ("Ana Ruiz", "Mercociudades", "president", False),
            ("Marta Gil", "Mercociudades", "president", True),
        ),
        (
            "es",
            "Ana Ruiz fue elegida presidenta de Mercociudades en sustitución de Marta Gil.",
            ("Ana Ruiz", "Mercociudades", "president", False),
            ("Marta Gil", "Mercociudades", "president", True),
        ),
    ],
)
def test_a_predecessor_held_the_successors_office_before(
    language: str, text: str, successor: tuple, predecessor: tuple
) -> None:
    offices = _offices(facts_of(f"News\n\n{text}\n", language))
    assert successor in offices and predecessor in offices


def test_a_succession_with_no_office_read_gives_the_predecessor_none() -> None:
    assert not _offices(facts_of("News\n\nThe new coach, Jane Roe, replaces Ann Poe next week.\n", "en"))


@pytest.mark.parametrize(
    ("language", "text", "office"),
    [
        ("en", "Jane Roe, acting Mayor of Lyon, spoke.", ("Jane Roe", "Lyon", "mayor", False)),
        ("en", "Jane Roe, Mayor ad interim of Lyon, spoke.", ("Jane Roe", "Lyon", "mayor", False)),
        ("fr", "Jeanne Roux, maire par intérim de Lyon, a parlé.", ("Jeanne Roux", "Lyon", "mayor", False)),
        ("es", "Ana Ruiz, alcaldesa en funciones de Rosario, habló.", ("Ana Ruiz", "Rosario", "mayor", False)),
        (
            "es",
            "Ana Ruiz, presidenta interina de Mercociudades, habló.",
            ("Ana Ruiz", "Mercociudades", "president", False),
        ),
    ],
)
def test_an_office_held_for_a_time_is_held(language: str, text: str, office: tuple) -> None:
    assert office in _offices(facts_of(f"News\n\n{text}\n", language))


@pytest.mark.parametrize(
    ("language", "text", "office"),
    [
        (
            "en",
            "The Executive Committee confirmed Tampere's mayor Jane Roe as vice-president of Eurocities.",
            ("Jane Roe", "Eurocities", "vice president", False),
        ),
        (
            "en",
            "The Board elected Cllr Jane Roe, Deputy Chair of the Lagos branch, as Eurocities Treasurer.",
            ("Jane Roe", "Eurocities", "treasurer", False),
        ),
        (
            "fr",
            "Le Bureau a confirmé Mme Jeanne Roux comme présidente de Cités Unies France.",
            ("Jeanne Roux", "Cités Unies France", "president", False),
        ),
        (
            "es",
            "La Asamblea ratificó a Ana Ruiz como presidenta de Mercociudades.",
            ("Ana Ruiz", "Mercociudades", "president", False),
        ),
    ],
)
def test_an_office_given_to_the_person_named_after_the_verb(language: str, text: str, office: tuple) -> None:
    assert office in _offices(facts_of(f"News\n\n{text}\n", language))


def test_the_predecessor_takes_the_office_given_last_not_the_successors_own() -> None:
    text = (
        "The Board elected Jane Roe, Deputy Chair of the Lagos branch, as Eurocities Treasurer. She replaces Ann Poe."
    )
    offices = {(p, b, r) for p, b, r, former in _offices(facts_of(f"News\n\n{text}\n", "en")) if former}
    assert offices == {("Ann Poe", "Eurocities", "treasurer")}


@pytest.mark.parametrize(
    ("language", "text", "office"),
    [
        (
            "en",
            "Speakers: Mr. Jan Roe, Alderman for Health, City of Utrecht",
            ("Jan Roe", "Utrecht", "alderman for health"),
        ),
        ("fr", "Animation : M. Karim Roux, journaliste, TV5Monde", ("Karim Roux", "TV5Monde", "journalist")),
        (
            "es",
            "Moderación: Hernán Roe, oficial de políticas, Secretaría Mundial de CGLU.",
            ("Hernán Roe", "Secretaría Mundial de CGLU", "officer"),
        ),
    ],
)
def test_offices_the_list_lacked(language: str, text: str, office: tuple) -> None:
    assert (*office, False) in _offices(facts_of(f"Programme\n\n{text}\n", language))
