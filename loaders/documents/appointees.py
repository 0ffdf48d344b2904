"""People named as the subject of an appointment ("Jane Roe has been appointed Secretary General of X",
"Ana Ruiz fue elegida presidenta", "Paul Roy a été nommé délégué général"): an announcement's name
stands in prose with no title, bold or list around it, and English has no model that finds it.
The name right before a copula and an election participle (``copulas``, ``elected_participles``)
is a person; the general relation step (triggers.py) then reads the office after it.
"""

from __future__ import annotations

import re
from functools import cache

from munigraph.graph.resolution import orgs, places
from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import guarded
from munigraph.loaders.documents.names import people_in
from munigraph.loaders.documents.resolve import add_person, is_big_city

_NEAR = 60  # characters before the verb where the name stands


@cache
def _appointed() -> re.Pattern[str]:
    copula, participle = lexicon.words_re("copulas"), lexicon.words_re("elected_participles")
    return guarded(re.compile(rf"(?<![\w-])(?:(?:{copula})\s+)?(?:{participle})(?![\w-])", re.I))


def appointed_people(facts: DocumentFacts) -> None:
    """Add the person named right before "has been appointed", "fue elegida", "a été nommé"."""
    view = facts.view
    for m in _appointed().finditer(view):
        names = people_in(view, max(0, m.start() - _NEAR), m.start())
        if not names or view[names[-1][1] : m.start()].strip():
            continue  # the verb does not follow a name
        start, end = names[-1]
        sentence = facts.context.sentence_at(start)
        lead = view[sentence[0] : start].strip() if sentence else "?"
        if lead and not lead.endswith(("-", ":", ",")):
            continue  # "the Board of Lyon was elected": the name opens its sentence, a dateline or a clause
        name = view[start:end]
        if orgs.lookup_known(name) or places.resolve_country(name) or is_big_city(name, facts.language):
            continue
        if not facts.org_index().overlaps(start, end):
            add_person(facts, (start, end))
