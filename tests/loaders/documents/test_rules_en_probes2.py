"""English probes, second round: pages written for the test in the genres of the hidden set (agendas,
participant lists, board pages, sister-city news from city sites, declarations, section reports)."""

from __future__ import annotations

from munigraph.loaders.documents.extract import extract
from munigraph.loaders.documents.prose import countries_named
from tests.loaders.documents.test_rules_es import _kinds
from tests.loaders.documents.test_rules_fr_es import _facts, relations


def _countries(text: str) -> tuple[str, ...]:
    facts = extract("", "doc:test", "en")
    facts.view = text
    countries_named(facts)
    return facts.countries


def test_a_country_ending_a_line_is_named_though_a_name_opens_the_next() -> None:
    named = _countries("Ana Roe, Mayor of Patras, Greece\nBen Poe, Mayor of Cadiz, Spain\nCarl Doe, Mayor of Tours, France")
    assert {"GR", "ES", "FR"} <= set(named), named


def test_short_words_in_lowercase_are_no_country_codes() -> None:
    named = _countries("Mr. Jan Roe And Ms. Ana Poe As Can Per Col\nDelegates from UK and USA signed.")
    assert set(named) == {"GB", "US"}, named
