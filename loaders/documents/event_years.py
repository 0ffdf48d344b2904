"""Events known by a name and a year.

An event named by its year and nothing closer ("Sommet Africités 2018", "the Forum of Mayors
2022", "Congreso 2019") is dated by that year: ISO 8601 at year precision, start and end both
the year (``years_in_names``, run last, so a day read anywhere on the page wins).

An event noun written in lowercase before a capitalised name and a year ("la conférence
Africités 2022", "le sommet Climate Chance 2019", "the summit Smart City Expo 2021") names
that event: the capitalised words and the year (``common_noun_events``). Without the year the
capitalised words may be anything ("la conférence Habitat" is read by no rule here).
"""

from __future__ import annotations

import re

from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.builder import DocumentFacts, make_event_id

# the year closes the name, or comes before the place the name ends with ("... 2019 à Abidjan");
# a span ("2018-2019") or a plan's horizon inside a name is no date
_YEAR_AT_END = re.compile(
    r"(?<![\d/–-])\s((?:19|20)\d\d)(?:\s+" + lexicon.words_re("venue_cues") + r"\s+[A-ZÀ-Þ][\w'’ -]*)?\s*$"
)
_COMMON_NOUN = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(w[:1].lower() + w[1:] for w in lexicon.words("event_nouns")) + r")"
    r"[ \t]+(?P<name>(?:[A-ZÀ-Þ][\w'’&-]*[ \t]+){1,4}(?P<year>(?:19|20)\d\d))(?![\w-])"
)


def years_in_names(facts: DocumentFacts) -> None:
    """Give an undated event the year its name (or one of its names) ends with, when all agree."""
    for entity in facts.entities.values():
        if entity.kind != "Event" or entity.props.get("start"):
            continue
        years = {m.group(1) for form in (entity.name, *entity.aliases) if (m := _YEAR_AT_END.search(form))}
        if len(years) == 1:
            year = years.pop()
            entity.props.update(start=year, end=year)


def common_noun_events(facts: DocumentFacts) -> None:
    """ "la conférence Africités 2022": the event "Africités 2022", unless a rule read it already."""
    view = facts.view
    for m in _COMMON_NOUN.finditer(view):
        name = m.group("name")
        if facts.org_index().overlaps(*m.span("name")):
            continue  # "le forum CGLU Afrique 2022"? a body's name inside: not this rule's to split
        known = next((e for e in facts.entities.values() if e.kind == "Event" and name in (e.name, *e.aliases)), None)
        event_id = known.id if known else make_event_id(name, keep_article=True)
        facts.entity("Event", event_id, name, m.span("name"), [], {})
