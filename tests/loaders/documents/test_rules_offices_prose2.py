"""Offices in prose in the wordings the x-offices2 rows read (lang/*.yaml, block "# x-offices2"): taking an
office ("assumed the presidency of X", "prend la présidence de X", "asume la presidencia de X"), a body's office
behind a possessive ("its President, A"), offices held before ("former", "ancienne", "exalcaldesa": former: true,
as the gold reads them), candidacies (none), and office words other pages use (undersecretary, intendant,
Oberbürgermeister). Sentences written for the test, in English, French and Spanish."""

from __future__ import annotations

from munigraph.loaders.documents.builder import DocumentFacts

from tests.loaders.documents.helpers import entity_name, facts_of, people


def _offices(facts: DocumentFacts) -> set[tuple[str, str, str, bool]]:
    """(person, body, role, held before) of every office the facts hold."""
    return {
        (entity_name(facts, r.source), entity_name(facts, r.target), r.props["role"], bool(r.props.get("former")))
        for r in facts.relations.values()
        if r.type == "HOLDS_OFFICE"
    }


def test_taking_an_office_by_its_abstract_noun_gives_the_office() -> None:
    english = facts_of("News\n\nJane Roe assumed the presidency of Eurocities in May.\n", "en")
    assert ("Jane Roe", "Eurocities", "president", False) in _offices(english)
    french = facts_of("Actualités\n\nLundi, Jeanne Roux prend la présidence de Cités Unies France.\n", "fr")
    assert ("Jeanne Roux", "Cités Unies France", "president", False) in _offices(french)
    spanish = facts_of("Noticias\n\nEl lunes, Ana Ruiz asume la presidencia de Mercociudades.\n", "es")
    assert ("Ana Ruiz", "Mercociudades", "president", False) in _offices(spanish)


def test_elected_to_an_office_named_by_its_abstract_noun_gives_the_office() -> None:
    french = facts_of("Actualités\n\nLundi, Jeanne Roux a été réélue à la présidence de Cités Unies France.\n", "fr")
    assert ("Jeanne Roux", "Cités Unies France", "president", False) in _offices(french)
    spanish = facts_of("Noticias\n\nEl lunes, Ana Ruiz fue elegida para la presidencia de Mercociudades.\n", "es")
    assert ("Ana Ruiz", "Mercociudades", "president", False) in _offices(spanish)


def test_a_candidacy_gives_no_office() -> None:
    french = facts_of("Actualités\n\nLundi, Jeanne Roux est candidate à la présidence de Cités Unies France.\n", "fr")
    assert not _offices(french)
    english = facts_of("News\n\nOn Monday, Jane Roe, a candidate for President of Eurocities, spoke in Leeds.\n", "en")
    assert not any(body == "Eurocities" for _, body, _, _ in _offices(english))


def test_a_possessive_office_is_the_office_of_the_body_named_before_it() -> None:
    english = facts_of("News\n\nThe statement of Eurocities was read by its Secretary General, Mr. John Roe.\n", "en")
    assert ("John Roe", "Eurocities", "secretary general", False) in _offices(english)
    french = facts_of(
        "Actualités\n\nCités Unies France était représentée par sa déléguée générale, Mme Jeanne Roux.\n", "fr"
    )
    assert ("Jeanne Roux", "Cités Unies France", "delegate general", False) in _offices(french)
    spanish = facts_of("Noticias\n\nLa FEMP estuvo representada por su secretaria general, Dña. Ana Ruiz.\n", "es")
    assert {(p, r) for p, _, r, _ in _offices(spanish)} == {("Ana Ruiz", "secretary general")}


def test_a_possessive_that_opens_its_sentence_looks_at_the_sentence_before() -> None:
    english = facts_of("News\n\nEurocities met in Leeds. Its President, Jane Roe, opened the meeting.\n", "en")
    assert ("Jane Roe", "Eurocities", "president", False) in _offices(english)
    spanish = facts_of(
        "Noticias\n\nMercociudades se reunió en Rosario. Su presidenta, Ana Ruiz, abrió la sesión.\n", "es"
    )
    assert ("Ana Ruiz", "Mercociudades", "president", False) in _offices(spanish)


def test_a_possessive_after_a_quote_takes_no_body_named_in_the_quote() -> None:
    quoted = facts_of(
        'News\n\nLeeds joined Eurocities. "We want to work with Eurocities," said its Mayor, Jane Roe.\n', "en"
    )
    assert not any(body == "Eurocities" for _, body, _, _ in _offices(quoted))


def test_a_possessive_with_no_body_before_it_gives_no_office() -> None:
    english = facts_of("News\n\nThe meeting took place in Leeds. Its President, Jane Roe, opened it.\n", "en")
    assert not _offices(english)
    ours = facts_of("News\n\nEurocities met in Leeds. Our President, Jane Roe, opened the meeting.\n", "en")
    assert not any(body == "Eurocities" for _, body, _, _ in _offices(ours))  # "our": the writer's body


def test_an_office_held_before_is_the_office_with_former() -> None:
    english = facts_of("News\n\nOn Monday, Jane Roe, the former Mayor of Porto, opened the meeting in Leeds.\n", "en")
    assert ("Jane Roe", "Porto", "mayor", True) in _offices(english)
    then = facts_of("News\n\nOn Monday, Jane Roe, then-mayor of Porto, signed the agreement with Leeds.\n", "en")
    assert ("Jane Roe", "Porto", "mayor", True) in _offices(then)
    french = facts_of(
        "Actualités\n\nLundi, Jeanne Roux, ancienne secrétaire générale de Cités Unies France, a parlé.\n", "fr"
    )
    assert ("Jeanne Roux", "Cités Unies France", "secretary general", True) in _offices(french)
    spanish = facts_of("Noticias\n\nEl lunes, Ana Ruiz, expresidenta de Mercociudades, habló en Rosario.\n", "es")
    assert ("Ana Ruiz", "Mercociudades", "president", True) in _offices(spanish)


def test_an_office_held_now_beside_a_former_one_is_not_former() -> None:
    english = facts_of(
        "News\n\nOn Monday, Jane Roe, Mayor of Leeds and former President of Eurocities, spoke in Porto.\n", "en"
    )
    held = _offices(english)
    assert ("Jane Roe", "Leeds", "mayor", False) in held
    assert ("Jane Roe", "Eurocities", "president", True) in held
    spanish = facts_of("Noticias\n\nEl lunes, Ana Ruiz, alcaldesa de Rosario, habló en Montevideo.\n", "es")
    assert ("Ana Ruiz", "Rosario", "mayor", False) in _offices(spanish)


def test_office_words_of_other_pages() -> None:
    french = facts_of("Actualités\n\nLundi, M. Paul Roux, Oberbürgermeister de Kehl, a parlé à Lyon.\n", "fr")
    assert ("Paul Roux", "Kehl", "mayor", False) in _offices(french)
    intendant = facts_of("Actualités\n\nLundi, Jeanne Roux, intendante de Canelones, a parlé à Lyon.\n", "fr")
    assert ("Jeanne Roux", "Canelones", "mayor", False) in _offices(intendant)
    spanish = facts_of("Noticias\n\nEl lunes, Ana Ruiz, subsecretaria de Ambiente de Rosario, habló.\n", "es")
    assert {(p, b, r.split()[0]) for p, b, r, _ in _offices(spanish)} == {("Ana Ruiz", "Rosario", "undersecretary")}
    english = facts_of(
        "News\n\nOn Monday, Jane Roe, Undersecretary for the Environment of Porto, spoke in Leeds.\n", "en"
    )
    assert {(p, b, r.split()[0]) for p, b, r, _ in _offices(english)} == {("Jane Roe", "Porto", "undersecretary")}


def test_an_honorific_stays_out_of_the_name() -> None:
    facts = facts_of("News\n\nOn Monday, Datuk Azman Roe, Mayor of Leeds, opened the meeting in Porto.\n", "en")
    assert "Azman Roe" in people(facts) and not any("Datuk" in name for name in people(facts))
    assert ("Azman Roe", "Leeds", "mayor", False) in _offices(facts)


def test_a_body_that_elects_someone_to_an_office_named_by_its_noun_gives_them_the_office() -> None:
    french = facts_of(
        "Actualités\n\nLundi, l'assemblée de Cités Unies France a élu à sa présidence Mme Jeanne Roux.\n", "fr"
    )
    assert ("Jeanne Roux", "Cités Unies France", "president", False) in _offices(french)
    spanish = facts_of("Noticias\n\nLa asamblea de Mercociudades eligió como presidente a D. Pablo Ruiz Gil.\n", "es")
    assert ("Pablo Ruiz Gil", "Mercociudades", "president", False) in _offices(spanish)
    english = facts_of("News\n\nOn Monday, the assembly of Eurocities elected to its presidency Jane Roe.\n", "en")
    assert ("Jane Roe", "Eurocities", "president", False) in _offices(english)


def test_a_body_then_its_office_then_a_name_gives_the_office() -> None:
    english = facts_of("News\n\nThe statement was signed by UCLG Secretary General Jane Roe in Porto.\n", "en")
    assert ("Jane Roe", "United Cities and Local Governments", "secretary general", False) in _offices(english)
    joined = facts_of("News\n\nThe statement was signed by Eurocities and Mayor Jane Roe of Porto.\n", "en")
    assert not any(body == "Eurocities" for _, body, _, _ in _offices(joined))  # "and" parts the body from the office
