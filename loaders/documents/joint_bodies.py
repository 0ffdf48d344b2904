"""Bodies that two parties set up together, named by a common noun and what makes them a body of their
own: "a joint working group", "un comité mixte de pilotage", "una comisión mixta de seguimiento",
"the bilateral steering committee". They are Councils (MODEL.md): the people who co-chair or chair
them are read by the rules of councils (speech.co_chairs), which find them by their span.

>>> from munigraph.loaders.documents.extract import extract
>>> facts = extract("Un comité mixte de suivi, coprésidé par Anne Roy et par Paul Diallo, se réunit à Dakar.\\n",
...                 "doc:j", "fr")
>>> sorted(facts.entities[r.source].name for r in facts.relations.values() if r.type == "CO_CHAIRS")
['Anne Roy', 'Paul Diallo']
"""

from __future__ import annotations

import re

from munigraph.graph.text import slug
from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.builder import DocumentFacts

_JOINT = lexicon.words_re("joint_body_words")
# an article, then the body: qualifiers before or after its noun, one of them at least saying it is joint
_JOINT_BODY = re.compile(
    r"(?<![\w'’])(?:a|an|the|this|un|une|le|la|l['’]|ce|cette|una|un|el|la|esta|este)[ \t]+"
    rf"(?P<name>(?:{_JOINT}[ \t]+){{0,2}}{lexicon.words_re('council_nouns')}(?:[ \t]+{_JOINT}){{0,2}})(?![\w-])",
    re.I,
)
_HAS_JOINT = re.compile(rf"(?<![\w-]){_JOINT}(?![\w-])", re.I)


def joint_bodies(facts: DocumentFacts) -> None:
    """A Council for every joint body the text names that no rule read as a body before."""
    view = facts.view
    index = facts.org_index()
    for m in _JOINT_BODY.finditer(view):
        start, end = m.span("name")
        if not _HAS_JOINT.search(view, start, end) or index.overlaps(start, end):
            continue
        name = " ".join(view[start:end].split())
        council = f"council:{slug(name)}"
        facts.entity("Council", council, name, (start, end), [], {}, surface_is_alias=False)
        facts.org_spans.append((start, end))
        facts.bodies[(start, end)] = council
