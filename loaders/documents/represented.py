"""Seats held by a city or a body and the person who represents it there, as council pages list them:

    Co-presidencies:
    City of Bremen (Germany), represented by Karin Vogel, Mayor
    Coprésidences : Ville de Nantes (France), représentée par Claire Dubois, maire ; Ville de Sfax ...
    Copresidencias: Ciudad de Bilbao (España), representada por Miren Etxeberria, alcaldesa

The cue (lang/*.yaml ``represented_by``) names the person right after it. An office written
after the name with nothing after it ("Mayor", "alcaldesa") is an office of the city or body the
item opens with (HOLDS_OFFICE); with no office the person is tied to it (AFFILIATED_WITH). The
seat's office is the one the label or heading above names (lang/*.yaml ``office_headings``):
the person holds it in the council the page speaks of (a co-presidency: CO_CHAIRS).
"""

from __future__ import annotations

import re

from munigraph.loaders.documents import lexicon, roles
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import trim
from munigraph.loaders.documents.membership import listed_member
from munigraph.loaders.documents.names import people_in
from munigraph.loaders.documents.resolve import add_org, add_person

_REPRESENTED_BY = re.compile(
    r"(?:[ \t]*,)?[ \t]*(?<![\w-])"  # not "[ \t]*,?[ \t]*": cubic over a long run of blanks (x-clean)
    + lexicon.words_re("represented_by")
    + r"[ \t]+(?:(?:"
    + lexicon.words_re("honorifics")
    + r")\.?[ \t]+)?",
    re.I,
)
# where an item of a list of seats starts: after a colon or a semicolon on its line, or a bullet
_ITEM_START = re.compile(r"[ \t*•–-]*")
_SEAT_KINDS = ("City", "Organisation", "Section")


def represented_seats(facts: DocumentFacts) -> None:
    """Offices and ties of the people named after "represented by" (see the module's doc)."""
    view = facts.view
    for cue in _REPRESENTED_BY.finditer(view):
        line = facts.context.line_at(cue.start())
        names = people_in(view, cue.end(), line.end)
        if not names or names[0][0] != cue.end():
            continue  # "represented by its mayor": no name right after the cue
        item_start = max(line.start, *(view.rfind(mark, line.start, cue.start()) + 1 for mark in ":;"))
        item_start = _ITEM_START.match(view, item_start).end()
        seat = listed_member(facts, (item_start, cue.start())) if cue.start() > item_start else None
        if seat is None or facts.entities[seat].kind not in _SEAT_KINDS:
            continue
        item_end = min(e for e in (view.find(";", names[0][1], line.end), line.end) if e >= 0)
        person = add_person(facts, names[0])
        _own_office(facts, person, seat, (item_start, item_end), names[0][1])
        role, council = _seat_office(facts, line.start, view[line.start : item_start])
        if role and council:
            facts.office(person, council, trim(view, item_start, names[0][1]), role)


def _own_office(facts: DocumentFacts, person: str, seat: str, item: tuple[int, int], name_end: int) -> None:
    """ "..., represented by Karin Vogel, Mayor": the office after the name is the seat's; none: a tie."""
    view = facts.view
    after = view[name_end : item[1]].strip(" \t,.;")
    office = roles.office(after) if after else None
    if office and not office[2].strip(" \t,.;"):
        facts.office(person, seat, trim(view, item[0], item[1]), office[0])
    elif not after:
        facts.relate("AFFILIATED_WITH", person, seat, trim(view, item[0], name_end))


_LABEL = re.compile(r"[ \t*#•-]*(?P<label>[^:\n]{3,60}?)[ \t*]*:")


def _seat_office(facts: DocumentFacts, line_start: int, before_item: str) -> tuple[str | None, str | None]:
    """The office of the seats listed (the label before a colon on the item's line, else the heading
    above the list) and the council it is held in (named on that label or heading, else the last
    council named before it)."""
    lines = facts.context.lines
    label = _LABEL.match(before_item)
    heading_end = line_start + len(before_item)
    role = roles.heading_role(label.group("label")) if label else None
    if label is None:
        index = facts.context.line_index(line_start)
        for above in reversed(lines[:index]):
            text = above.text.strip()
            if not text or _REPRESENTED_BY.search(text):
                continue  # a blank line or a sibling item of the same list
            role, heading_end = roles.heading_role(text), above.end
            break
    if not role:
        return None, None
    councils = [council for span, council in sorted(facts.bodies.items()) if span[0] < heading_end]
    if councils:
        return role, councils[-1]
    # no council read: the body the page names last before the list ("Comisión de Cultura", a known body)
    named = [span for span in sorted(facts.org_spans) if span[1] <= heading_end]
    body = add_org(facts, named[-1]) if named else None
    return role, (body if body and facts.entities[body].kind in ("Council", *_SEAT_KINDS[1:]) else None)
