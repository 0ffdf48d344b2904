"""A speaker named only by a city's office: "Mayor Asnafi said ... Shiraz Mayor added", "el alcalde
Campos señaló ... el alcalde de Uruapan destacó".

A report often names its speaker once by title and surname and later by the office of a city with
no name. When the document titles exactly one person by that office, with no place of their own
for it, the unnamed office is that person's: HOLDS_OFFICE, quoted where the city's office speaks.
Only the speaking form counts ("Shiraz Mayor added"), so an office named in passing ("among them
the Mayor of Guangzhou") gives no one a city.
"""

from __future__ import annotations

import re

from munigraph.graph.resolution import people
from munigraph.graph.text import fold
from munigraph.loaders.documents import lexicon, roles
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.prose import is_city
from munigraph.loaders.documents.resolve import TOWN_NAME_PATTERN, add_city

_OFFICE = (
    r"(?P<office>"
    + lexicon.alternation([p for role, ps in roles.OFFICES.items() if role in roles.CITY_OFFICES for p in ps])
    + r")"
)
_SAID = (
    r"\s+(?:"
    + lexicon.words_re("speaking_adverbs")
    + r"\s+)?"
    + lexicon.classes_re("said_after", "speaking_verbs")
    + r"(?![\w-])"
)
_OF = r"\s+(?:of|de|del|du|d['’])\s*"


_PLACE = r"(?P<place>(?-i:" + TOWN_NAME_PATTERN + r"))"
_UNNAMED = re.compile(
    rf"(?<![\w-]){_PLACE}\s+{_OFFICE}{_SAID}"
    rf"|(?<![\w-])(?:the|el|la|le)\s+{_OFFICE.replace('office', 'office2')}{_OF}{_PLACE.replace('place', 'place2')},?{_SAID}",
    re.I,
)


def unnamed_city_speakers(facts: DocumentFacts) -> None:
    """The one person titled by a city office with no city gets the city whose office speaks unnamed."""
    view = facts.view
    for m in _UNNAMED.finditer(view):
        group = "place" if m.group("place") else "place2"
        place = m.group(group)
        office = roles.office(m.group("office") or m.group("office2"))
        holder = office and is_city(facts, place, strong=True) and _sole_holder(facts, office[0])
        city = holder and add_city(facts, m.span(group), place)
        if city:
            facts.office(holder, city, m.span(), office[0])


def _sole_holder(facts: DocumentFacts, role: str) -> str | None:
    """The one person titled by ``role`` ("Mayor Asnafi") who holds it in no city, else None."""
    placed = {r.source for r in facts.relations.values() if r.type == "HOLDS_OFFICE" and r.props.get("role") == role}
    titled = []
    for person_id, person in facts.entities.items():
        if person.kind != "Person" or person_id in placed:
            continue
        titles = [person.props.get("title") or "", *(a.split()[0] for a in (person.name, *person.aliases) if " " in a)]
        if any((found := roles.office(t)) and found[0] == role and not found[2].strip() for t in titles if t):
            titled.append(person_id)
    return titled[0] if len(titled) == 1 else None


def titled_surnames(facts: DocumentFacts) -> None:
    """ "Rapporteur : Mme Mercadier" read before "Mme Hélène Mercadier, adjointe" (a step's order, not the page's):
    a person named only by a title and one surname is the one person of the page whose full name ends with it, and
    their relations are that person's; when two people share the surname it stays apart, so no attendance passes
    from one to the other (x-attend3)."""
    full: dict[str, set[str]] = {}
    for entity_id, entity in facts.entities.items():
        if entity.kind == "Person" and not people.leading_title(entity.name) and " " in entity.name:
            full.setdefault(fold(entity.name.split()[-1]), set()).add(entity_id)
    for entity_id, entity in list(facts.entities.items()):
        title = people.leading_title(entity.name) if entity.kind == "Person" else 0
        surname = entity.name[title:].strip()
        holders = full.get(fold(surname), set()) if title and surname and " " not in surname else set()
        if len(holders) == 1:
            _merge_person(facts, entity_id, holders.pop())


def _merge_person(facts: DocumentFacts, short: str, person: str) -> None:
    """Move ``short``'s forms and relations to ``person`` and forget ``short``."""
    for form in facts.entities[short].aliases:
        if form not in facts.entities[person].aliases:
            facts.entities[person].aliases.append(form)
    facts.mentions[person] = facts.mentions.get(person, 0) + facts.mentions.get(short, 0)
    facts.forget(short)
    for key in [k for k in facts.relations if short in (k[1], k[2])]:
        relation = facts.relations.pop(key)
        source, target = (person if e == short else e for e in key[1:])
        if source == target:
            continue
        new_key = (key[0], source, target)
        kept = facts.relations.get(new_key)
        if kept is None:
            relation.source, relation.target = source, target
            facts.relations[new_key] = relation
            continue
        for name, value in relation.props.items():
            kept.props.setdefault(name, value)
        kept.provenance.extend(p for p in relation.provenance if p not in kept.provenance)
