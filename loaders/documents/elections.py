"""Offices given by a body's choice, the office before the name: "l'association (CGLU), qui a choisi
comme nouveau président le maire de Turin, Piero Rossi, pour succéder au maire de Lyon, Jean Roux",
"the network elected as its president the Mayor of Oslo, Kari Lund, succeeding Ole Berg".

The person named after the office holds it in the body named right before the verb (else the
page's organisation); the person named after a succession cue (``succeeded_cues``) held it before.
"""

from __future__ import annotations

import re

from munigraph.loaders.documents import lexicon, roles
from munigraph.loaders.documents.bodies import page_owner
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import guarded, trim
from munigraph.loaders.documents.names import people_in
from munigraph.loaders.documents.resolve import add_org, add_person

_CHOSE = guarded(
    re.compile(
        r"(?<![\w-])"
        + lexicon.words_re("appointed_verbs")
        + r"\s+(?:comme|pour|au poste de|en tant que|as|como|à|to|para)\s+"
        r"(?:(?:le|la|son|sa|its|their|his|her|su)\s+)?",
        re.I,
    )
)
_SUCCEEDED = re.compile(r"(?<![\w-])" + lexicon.words_re("succeeded_cues") + r"\s*", re.I)


def elected(facts: DocumentFacts) -> None:
    """The person named after "a choisi comme président ..." holds the office in the body before it."""
    view = facts.view
    for m in _CHOSE.finditer(view):
        office = roles.office(view[m.end() : m.end() + 120])
        noun = None if office else roles.office_noun(view[m.end() : m.end() + 40])  # "a élu à sa présidence Mme A"
        office = office or (noun and (noun, "", ""))
        sentence = facts.context.sentence_at(m.start())
        if not office or sentence is None:
            continue
        body = _body_before(facts, sentence[0], m.start())
        if body is None:
            continue
        succeeded = _SUCCEEDED.search(view, m.end(), sentence[1])
        stop = succeeded.start() if succeeded else sentence[1]
        names = people_in(view, m.end(), stop)
        if names:
            person = add_person(facts, names[0])
            facts.office(person, body, trim(view, m.start(), names[0][1]), office[0])
        before = people_in(view, succeeded.end(), sentence[1]) if succeeded else []
        if before:
            person = add_person(facts, before[0])
            facts.office(person, body, trim(view, m.start(), before[0][1]), office[0])


def _body_before(facts: DocumentFacts, start: int, verb: int) -> str | None:
    """The body named last before the verb in its sentence ("CGLU (UCLG), qui a choisi"), else the page's."""
    spans = [(s, e) for s, e in facts.org_spans if start <= s and e <= verb]
    if not spans:
        return page_owner(facts)
    body = add_org(facts, max(spans, key=lambda span: span[1]))
    return body if facts.entities[body].kind in ("Organisation", "Section", "Council") else None
