"""A town's own body named by a common noun: "le comité de jumelage, dirigé par A", "the twinning
committee", "el comité de hermanamiento de Quillota" (lang/*.yaml ``local_bodies``).

Every town has one, so the noun alone names no body across pages: the body is the town's,
the town named right after it ("de Quillota"), else the one town whose government the page
names; with neither, the body is this page's alone (its id carries the document's). Its span
is a body's span, so the rules that read bodies (``headed_by``, attendance lists) see it.
"""

from __future__ import annotations

import re

from munigraph.graph.text import clean, slug
from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import guarded
from munigraph.loaders.documents.resolve import TOWN_NAME_PATTERN, add_city, home_town

_BODY = guarded(lexicon.word_class("local_bodies"))
_OF_TOWN = re.compile(r"[ \t]+(?:de|d['’]|of|del)[ \t]*(?P<town>" + TOWN_NAME_PATTERN + r")")


def local_bodies(facts: DocumentFacts) -> None:
    """Each mention of a town's common-noun body, as that town's Organisation."""
    view = facts.view
    page_town: str | None = None
    for m in _BODY.finditer(view):
        if facts.org_index().overlaps(*m.span()):
            continue  # part of a body read already
        noun = clean(m.group(0))
        noun = noun[:1].upper() + noun[1:]
        own = _OF_TOWN.match(view, m.end())
        town = own and add_city(facts, own.span("town"), min_score=0.8)
        span = (m.start(), own.end()) if town else m.span()
        if not town:
            page_town = page_town or home_town(facts) or ""
            town = page_town or None
        name = f"{noun} ({facts.entities[town].name})" if town else noun
        body_id = f"org:{slug(noun)}-{slug(facts.entities[town].name) if town else slug(facts.doc_id)}"
        facts.entity("Organisation", body_id, name, span, [noun], {"kind": "association"})
        facts.org_spans.append(span)
        facts.bodies[span] = body_id
