"""Spanish and English probes: short documents written for the test in the genres the loader
reads (agendas, reports in prose, bureau pages, twinning and membership news, declarations),
each asserting the facts a reader would annotate by the gold conventions (../shared/gold/FORMAT.md)."""

from __future__ import annotations

from tests.loaders.documents.test_rules_fr_es import _facts, people, relations


def _kinds(facts, kind: str) -> set[str]:
    return {e.name for e in facts.entities.values() if e.kind == kind}


def test_a_list_of_office_comma_name_gives_each_office_to_the_name_after_it() -> None:
    facts = _facts(
        "The charter was signed by the Mayor of Medellin, Daniel Quintero, the Mayor of Nairobi, "
        "Johnson Sakaja, and the Mayor of Barcelona, Jaume Collboni.\n",
        "en",
    )
    assert relations(facts, "HOLDS_OFFICE") == {
        ("Daniel Quintero", "Medellín", "mayor"),
        ("Johnson Sakaja", "Nairobi", "mayor"),
        ("Jaume Collboni", "Barcelona", "mayor"),
    }
    facts = _facts(
        "La carta fue firmada por el alcalde de Medellín, Daniel Quintero, la alcaldesa de Rosario, Ana Paz, "
        "y el intendente de Salto, Luis Mora.\n",
        "es",
    )
    assert relations(facts, "HOLDS_OFFICE") == {
        ("Daniel Quintero", "Medellín", "mayor"),
        ("Ana Paz", "Rosario", "mayor"),
        ("Luis Mora", "Salto", "mayor"),
    }


def test_names_followed_by_their_own_offices_keep_them() -> None:
    facts = _facts("Jane Doe, Mayor of Leeds, and Tom Roe, Mayor of York, signed the pact.\n", "en")
    assert relations(facts, "HOLDS_OFFICE") == {("Jane Doe", "Leeds", "mayor"), ("Tom Roe", "York", "mayor")}
