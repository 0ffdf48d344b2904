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
