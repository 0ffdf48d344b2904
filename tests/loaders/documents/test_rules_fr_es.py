"""French and Spanish forms read by the document rules, each on sentences written for the test."""

from __future__ import annotations

from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.extract import extract


def _facts(text: str, language: str) -> DocumentFacts:
    return extract(text, "doc:test", language)


def _name(facts: DocumentFacts, entity_id: str) -> str:
    return facts.entities[entity_id].name


def relations(facts: DocumentFacts, rel_type: str) -> set[tuple]:
    """(source name, target name, role) of every relation of a type."""
    return {
        (_name(facts, r.source), _name(facts, r.target), r.props.get("role"))
        for r in facts.relations.values()
        if r.type == rel_type
    }


def people(facts: DocumentFacts) -> set[str]:
    return {e.name for e in facts.entities.values() if e.kind == "Person"}


def test_spanish_honorifics_former_offices_and_party_after_a_dash() -> None:
    facts = _facts(
        "Cambios aprobados: Baja: D. Tomás Ferrer Gil, Ex Alcalde de Teruel (Aragón) - PSOE "
        "Alta: Dª. Marta Oliva Ruiz, Alcaldesa de Huesca - PP\n",
        "es",
    )
    assert people(facts) == {"Tomás Ferrer Gil", "Marta Oliva Ruiz"}
    assert relations(facts, "HOLDS_OFFICE") == {
        ("Tomás Ferrer Gil", "Teruel", "mayor"),
        ("Marta Oliva Ruiz", "Huesca", "mayor"),
    }
    assert relations(facts, "AFFILIATED_WITH") == {("Tomás Ferrer Gil", "PSOE", None), ("Marta Oliva Ruiz", "PP", None)}
