"""People read by mistake (x-prec2): a "person" named with a word of a body, a place or an event ("hosted by Dijon
Métropole", "the network's General Assembly welcomed", "Firmaron la Declaración:") is no one. The rules that read
people from lists check these words and more (names.people_in); the others (hosts, speakers, signatories) do not, so the
check of the surest words (lang/*.yaml "not_person_words", the body head words; not "Hall", "Plaza", which are
also surnames) runs once more when every person is read, and drops the entity with its relations."""

from __future__ import annotations

import re

from munigraph.graph.resolution import orgs
from munigraph.graph.text import fold
from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.builder import DocumentFacts


def _body_word(word: str) -> bool:
    folded = fold(word)
    return folded in lexicon.folded_set("not_person_words") or re.sub(r"s$", "", folded) in orgs.HEAD_WORDS


def drop_people_named_as_bodies(facts: DocumentFacts) -> None:
    """Forget every Person whose name holds a word of a body, a place or an event, and its relations."""
    wrong = [
        entity_id
        for entity_id, entity in facts.entities.items()
        if entity.kind == "Person" and any(_body_word(w) for w in re.findall(r"[^\W\d_]+", entity.name))
    ]
    for entity_id in wrong:
        facts.forget(entity_id)
        for key in [k for k in facts.relations if entity_id in (k[1], k[2])]:
            del facts.relations[key]
