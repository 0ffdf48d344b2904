"""Succession: the person named right after a succession cue held, before, the office its successor holds now
("Jane Roe, President of X, succeeds Ann Poe", "She replaces Cllr Ann Poe of Leeds" after "X elected Jane Roe as
its Treasurer", "Jeanne Roux, présidente de X, succède à Anne Poulain", "Ana Ruiz fue elegida presidenta de X en
sustitución de Marta Gil"): HOLDS_OFFICE with former: true, in the successor's body and role.

The successor's offices are those read in the cue's sentence before the cue, else in the sentence before it (a
pronoun opens the cue's: "He succeeds Ann Poe"); an office in the page's organisation wins, then the office of a
body read last (the mayor who succeeds another as president of a network takes the network's office); a town's passes only
from the cue's own sentence ("Jane Roe, Mayor of Lyon, succeeds Ann Poe"). The cues are data per language (lang/*.yaml
``succeeded_cues``, which elections.py reads too)."""

from __future__ import annotations

import re

from munigraph.graph.facts import Relation
from munigraph.graph.resolution.people import only_titles
from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.bodies import page_owner
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.names import people_in
from munigraph.loaders.documents.resolve import add_person

_CUE = re.compile(r"(?<![\w-])" + lexicon.words_re("succeeded_cues") + r"[ \t]+", re.I)


def predecessors(facts: DocumentFacts) -> None:
    """Each person named after a succession cue held the successor's office before."""
    view = facts.view
    for m in _CUE.finditer(view):
        sentence = facts.context.sentence_at(m.start())
        if sentence is None:
            continue
        name = next(iter(people_in(view, m.end(), min(sentence[1], m.end() + 60))), None)
        if name is None or not only_titles(view[m.end() : name[0]].strip()):
            continue
        predecessor = add_person(facts, name)
        for office in _successor_offices(facts, sentence, m.start(), predecessor):
            span = (min(office.provenance[0].start, m.start()), name[1])
            facts.relate("HOLDS_OFFICE", predecessor, office.target, span, role=office.props["role"], former=True)
            held = facts.relations.get(("HOLDS_OFFICE", predecessor, office.target))
            if held:  # read before as held (elections.py gives the predecessor the office): held before
                held.props["former"] = True


def _successor_offices(facts: DocumentFacts, sentence: tuple[int, int], cue: int, predecessor: str) -> list[Relation]:
    """The offices of the last person before the cue who holds one, in its sentence or the one before."""
    before = facts.context.sentence_at(max(0, sentence[0] - 2))
    for start in (sentence[0], before[0] if before and before[0] < sentence[0] else None):
        if start is None:
            continue
        found = [
            r
            for r in facts.relations.values()
            if r.type == "HOLDS_OFFICE" and r.source != predecessor and not r.props.get("former")
            and any(p.start is not None and start <= p.start and p.end <= cue for p in r.provenance)
        ]  # fmt: skip
        if found:
            successor = max(found, key=lambda r: r.provenance[0].start).source
            held = [r for r in found if r.source == successor]
            owner = page_owner(facts)
            bodies = [r for r in held if facts.entities[r.target].kind != "City"]
            last = [max(bodies, key=lambda r: max(p.end or 0 for p in r.provenance))] if bodies else []
            return [r for r in held if r.target == owner] or last or (held if start == sentence[0] else [])
    return []
