"""What the document-rule tests read from extracted facts: one copy of each helper, shared by the
test_rules_* files (names of entities, relations as name tuples, events with their dates)."""

from __future__ import annotations

from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.extract import extract


def facts_of(text: str, language: str) -> DocumentFacts:
    """The facts extracted from ``text`` as one test document."""
    return extract(text, "doc:test", language)


def entity_name(facts: DocumentFacts, entity_id: str) -> str:
    return facts.entities[entity_id].name


def relations(facts: DocumentFacts, rel_type: str) -> set[tuple]:
    """(source name, target name, role) of every relation of a type."""
    return {
        (entity_name(facts, r.source), entity_name(facts, r.target), r.props.get("role"))
        for r in facts.relations.values()
        if r.type == rel_type
    }


def pairs(facts: DocumentFacts, rel_type: str) -> set[tuple[str, str]]:
    """(source name, target name) of every relation of a type."""
    return {(source, target) for source, target, _ in relations(facts, rel_type)}


def names(facts: DocumentFacts, kind: str) -> set[str]:
    """The names of the entities of a kind."""
    return {e.name for e in facts.entities.values() if e.kind == kind}


def people(facts: DocumentFacts) -> set[str]:
    return names(facts, "Person")


def city_countries(facts: DocumentFacts) -> dict[str, str | None]:
    """Each city's name -> its country code."""
    return {e.name: e.props.get("country") for e in facts.entities.values() if e.kind == "City"}


def twins(facts: DocumentFacts) -> set[frozenset[str]]:
    """The two towns' names of every twinning, unordered."""
    return {frozenset(pair) for pair in pairs(facts, "TWINNED_WITH")}


def events(facts: DocumentFacts) -> dict[str, tuple]:
    """Event name -> (start, end)."""
    return {e.name: (e.props.get("start"), e.props.get("end")) for e in facts.entities.values() if e.kind == "Event"}
