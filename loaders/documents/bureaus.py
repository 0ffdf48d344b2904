"""The members of a bureau listed under its name, each with an office and nothing else:

    Executive Bureau                 Bureau exécutif               Junta directiva
    Mei Lin (Treasurer)              Jean Roux (trésorier)         Luis Pérez (tesorero)
    Arjun Mehta – Secretary General  Paul Girard – secrétaire      Carmen Ruiz, secretaria general

The heading is a council a rule read, alone on its line. An office with no "of X" after it is an
office of the bureau's organisation (the dev gold's convention: a bureau's treasurer is the
association's treasurer), or of the bureau itself for a plain member; an office that names what
it is of ("President of X") is read by the office rules of prose and agendas.
"""

from __future__ import annotations

import re

from munigraph.loaders.documents import roles
from munigraph.loaders.documents.bodies import OWNER_KINDS, page_owner
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import trim
from munigraph.loaders.documents.names import people_in
from munigraph.loaders.documents.resolve import add_person

# what follows a member's name on its line: "(Treasurer)", "– Secretary General", ", tesorero"
_OFFICE_AFTER = re.compile(r"[ \t]*(?:\((?P<bracket>[^()\n]{3,60})\)|[,–—-][ \t]*(?P<after>[^()\n,;]{3,60}?))[ \t.;]*$")
_BULLET = re.compile(r"[ \t*•–-]*")
_ENTRY_LINE = 100  # characters: a longer line is prose, and ends the list


def bureau_members(facts: DocumentFacts) -> None:
    """HOLDS_OFFICE for "Name (Office)" lines under a council's name (see the module's doc)."""
    view, lines = facts.view, facts.context.lines
    for span, council in sorted(facts.bodies.items()):
        line = facts.context.line_at(span[0])
        if line.text.strip(" \t*#:") != view[span[0] : span[1]].strip():
            continue  # the council is not alone on its line: no heading
        holder = _organisation_of(facts, council)
        seen_entry = False
        for below in lines[facts.context.line_index(span[0]) + 1 :]:
            text = below.text.strip()
            if not text:
                if seen_entry:
                    break  # a blank line after the list ends it
                continue
            if len(text) > _ENTRY_LINE or roles.heading_role(text):
                break  # prose, or the next office heading (read by the heading rules)
            seen_entry = True
            _member_line(facts, below.start, below.end, council, holder)


def _member_line(facts: DocumentFacts, start: int, end: int, council: str, holder: str | None) -> None:
    """One "Name (Office)" line: the person holds the office in the organisation (a member: in the council)."""
    view = facts.view
    lead = _BULLET.match(view, start, end).end()
    names = people_in(view, lead, end)
    if not names or names[0][0] != lead:
        return
    after = _OFFICE_AFTER.fullmatch(view, names[0][1], end)
    written = after and (after.group("bracket") or after.group("after"))
    role = written and roles.heading_role(written)
    if not role or role in roles.CITY_OFFICES:
        return  # "(Mayor)": whose town the line does not say
    body = council if role == "member" or holder is None else holder
    facts.office(add_person(facts, names[0]), body, trim(view, lead, end), role)


def _organisation_of(facts: DocumentFacts, council: str) -> str | None:
    """The organisation a council is PART_OF, else the page's own."""
    owner = next((r.target for r in facts.relations.values() if r.type == "PART_OF" and r.source == council), None)
    owner = owner or page_owner(facts)
    return owner if owner and facts.entities[owner].kind in OWNER_KINDS else None
