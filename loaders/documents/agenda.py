"""Agenda lines: "**Name**, office, Body", "Name, City", "Name (à confirmer), Body (ACR)",
with the cue that introduces them ("Modération : X", "moderated by X", "moderado por X")."""

from __future__ import annotations

import re
from typing import NamedTuple

from munigraph.graph.resolution import orgs, places
from munigraph.graph.text import fold
from munigraph.loaders.documents import dates, lexicon, records, roles
from munigraph.loaders.documents.bodies import office_of_page
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.events import EVENT_HEADS, SLOT_BY, role_cue_after_title, slot_dash
from munigraph.loaders.documents.markup import Line, SpanIndex, trim
from munigraph.loaders.documents.names import PERSON, people_in
from munigraph.loaders.documents.resolve import (
    add_affiliation,
    add_org,
    add_person,
    is_big_city,
    is_field,
    looks_like_org,
    org_shaped,
)

_HONORIFIC = re.compile(r"(?:" + lexicon.words_re("honorifics") + r"\.?\s+)+", re.I)
MAX_LINE = 320
# "Avec Paul Roy, maire de X", "With Ana Roe": an agenda line opening with the people of its slot
_WITH = re.compile(r"(?i:" + lexicon.words_re("session_with") + r")(?:[ \t]*:)?[ \t]+(?=[A-ZÀ-Þ])")
_ORG_OR_EVENT = re.compile(
    r"\b(?:" + EVENT_HEADS + r"|Institut\w*|Foundation|Fondation|Fundaci[oó]n|Alliance|Network|Council|Conseil|"
    r"Committee|Commission|Association|Agency|Group|Groupe|Programme|Program|Platform|Union|Cities|Villes|Mayors|Maires)\b"
)  # longer lines are prose, not agenda entries
_LEAD = re.compile(r"^[\s>\-+•●·▪◦*#]*(?:\d+[.)]\s+)?")  # bullets: "· Sra. Ana Roe, ..." too
# The words that join a list's last item ("and", "et", "y", "ainsi que": lang/*.yaml "list_joints")
_AND = lexicon.words_re("list_joints")
# Where a line of people may split: ";", a comma (not one before a joining word), a joining word
# (perhaps with the "de"/"by"/"por" of a cue repeated: "moderated by A and by B")
_PART_JOINT = re.compile(rf";\s*|,(?!\s*{_AND}\s)\s*|\s+{_AND}\s+(?:de\s+|by\s+|por\s+)?")
_PART_JOINT_END = re.compile(rf"(?:;\s*|,\s*|\s+{_AND}\s+(?:de\s+|by\s+|por\s+)?)$")
_AND_ALONE = re.compile(lexicon.list_joint("", r"\s"))
# Cues of a minutes' attendance list: every entry below them is present (or excused), not only the first
_LIST_ROLES = ("participant", "absent")


def extract_agenda(
    facts: DocumentFacts, main_id: str | None, slots: list[tuple[Line, str, tuple | None, str | None]]
) -> None:
    """People (and bodies introduced by a cue) listed in the agenda: who they are, and that they attend.

    They attend the session event of the slot they are listed under when the slot made one
    (see :func:`events.time_slots`), else the main event.
    """
    view = facts.view
    slot_starts = {line.start: (title, span, session) for line, title, span, session in slots}
    slot_role = None
    attended = main_id  # the event the entries below attend
    timed = False  # under a slot opened by its time ("09:30 – 10:45"): a programme's card, no board's seats
    carried: str | None = None
    plural = False
    stacked = _stacked_entries(facts)
    consumed = {ln.start for _, rest in stacked.values() for ln in rest}
    owner, previous = None, None  # the body a list of stacked entries is introduced as ("our Board:")
    seats = False  # under a heading that names an office ("Presidencia", "Vocales"): a board, not a programme
    title_cue = None
    tail = 0  # where the last line that gave an entry (or a part of it) ends: short lines right under it are its parts
    for line in facts.context.lines:
        lead = line.start + len(_LEAD.match(line.text).group(0))
        if line.start in consumed:
            continue
        if line.stripped and line.start not in stacked:
            owner, previous = None, line
        if line.start in stacked:  # "Jane Roe / Mayor / Lyon, France", one part a line
            name, rest = stacked[line.start]
            if previous is not None:
                owner, previous = _list_owner(facts, previous), None
            person = add_person(facts, name)
            if owner:
                facts.office(person, owner, trim(view, name[0], name[1]), "member")
            segments = [seg for ln in rest for seg in _segments(view, ln.start, ln.end, facts.org_index())]
            _affiliations(facts, person, name[1], rest[-1].end, segments=segments)
            if carried or (attended and attended != main_id):  # listed under a cue or a slot
                # "(tbc)" after the name or at the end of its office's line (x-attend)
                status = "tentative" if roles.TENTATIVE.search(view, name[1], rest[-1].end) else "confirmed"
                _attend(facts, main_id, attended, (person, status, name[0]), carried or slot_role or "speaker",
                        trim(view, name[0], rest[-1].end))  # fmt: skip
            continue
        if (
            line.stripped
            and roles.heading_role(line.text)
            and not roles.CUE.match(view, lead)
            and not (
                timed and attended != main_id and _bare_label(view, lead, line.end)
            )  # "Chair" in a timed session's card (x-attend)
        ):
            seats = True  # "Presidencia", not "Co-chairs:" (a cue: the people below attend)
            continue
        if line.start in slot_starts:
            title, span, session = slot_starts[line.start]
            slot_role, carried, seats = roles.slot_role(title), None, False
            attended = session or main_id
            timed = bool(_CLOCK.match(line.text))
            if not span or not line.start <= span[0] < line.end:
                continue
            lead = span[0]  # "14:00 - 14:10 Welcome by UCLG": the title may name people
            title_cue = role_cue_after_title(view, span[0], line.end)  # "Visit of the port, presented by A"
        if not line.stripped or (len(line.stripped) > MAX_LINE and not _list_cue(view, lead)):
            continue  # a long line is prose, unless a minutes' "Présents :" opens it (x-attend3)
        label = _bare_label(view, lead, line.end)
        if label:  # "Moderator" / "Intervenants" alone on a line, no colon: a heading over its list
            carried, plural = (
                label.lastgroup,
                bool(re.search(r"[sS]\s*:?\s*$", label.group(0))),
            )  # "SPEAKERS" too (x-records)
            plural = plural or carried in _LIST_ROLES
            continue
        cue = _as_cue(
            title_cue or roles.CUE.match(view, lead) or _cue_near_start(view, lead, line.end)
        ) or _dashed_label(view, lead, line.end)
        title_cue = None
        by = None if cue or line.start not in slot_starts else _slot_by(view, lead, line.end)
        by = by or (None if cue else _WITH.match(view, lead, line.end))  # "Avec Paul Roy, maire de X" under a slot
        if cue and not view[cue.end : line.end].strip(" *:-"):
            # "Moderator:" alone gives its role to the next entry, "Speakers:" to the list below it
            carried, plural = cue.role, bool(re.search(r"s\s*:?\s*$", cue.text))
            plural = plural or carried in _LIST_ROLES  # "Present:", "Excusés :" head a list whatever their number
            continue
        if cue or line.stripped.startswith("#"):
            carried, seats = None, False
        role = cue.role if cue else (carried or slot_role or "speaker")
        body = cue.end if cue else by.end() if by else lead
        found = False
        tail = tail and view.count("\n", tail, line.start) == 1  # the line right under the entry's last line
        if tail and carried and _QUALIFIED_OFFICE.match(line.stripped):
            tail = line.end
            continue  # "Chief Librarian" under a listed name: its office, no one's name (x-records)
        for i, (part_start, part_end) in enumerate(_people_parts(facts, body, line.end)):
            entry = _entry(facts, part_start, part_end, cue is not None or carried is not None)
            if entry is None and i == 0 and cue is None:
                break  # a line that does not open with an entry is prose, whatever follows "et"
            if entry is not None:
                found = True
                quote_start = cue.start if cue and i == 0 else entry[2]
                if not seats:
                    part_role = _bracket_role(view, entry[2], part_end) or role  # "A (Chair), B": A chairs (x-attend3)
                    _attend(facts, main_id, attended, entry, part_role, trim(view, quote_start, part_end))
        if not found and plural and carried and tail and _short_part(line):
            tail = line.end
            continue  # "Chief Librarian" / "eThekwini Municipality" under a listed name: its entry goes on (x-records)
        tail = line.end if found else 0
        if not found or not plural:
            carried = None  # the list has ended


def _slot_by(view: str, start: int, end: int) -> re.Match | None:
    """Who gives a slot, after its title: "... by Ana Roe", "... — Ana Roe, Mayor of X"."""
    return SLOT_BY.search(view, start, end) or slot_dash(view, start, end)


def _list_cue(view: str, lead: int) -> bool:
    """ "Présents : A, maire ; B, ...": a minutes' attendance (or excused) list opens the line, however long it runs."""
    cue = roles.CUE.match(view, lead)
    return bool(cue) and cue.lastgroup in _LIST_ROLES


# "(Chair)", "(modératrice)", "(preside)": a bracket right after a listed name that holds only an attendance role
_BRACKET = re.compile(r"[^(),;]*?\(([^()]{2,40})\)")


def _bracket_role(view: str, start: int, end: int) -> str | None:
    """The attendance role a listed person's bracket names ("Mayor Ana Roe (Chair)"), if it names one."""
    m = _BRACKET.match(view, start, end)
    return records.role_of(m.group(1)) if m else None


# "Yeom, Tae-Young": a name written surname first, alone on its line
_SURNAME_FIRST = re.compile(r"[A-ZÀ-Þ][\w'’-]+,[ \t]*[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)?")
_STACKED_LINE = 80  # characters: longer lines are prose


def _stacked_entries(facts: DocumentFacts) -> dict[int, tuple[tuple[int, int], list[Line]]]:
    """Entries written one part a line: a name alone on its line, then its office, then up to
    two more short lines (a body, "City, Country"). The office on the line after the name is
    the evidence; a name line with no office under it is a title. name line start -> (name span, lines)."""
    tables = [(t.start, t.end) for t in facts.context.tables]  # a table's cells are read by its columns (fields.py)
    written = [ln for ln in facts.context.lines if ln.stripped and not any(s <= ln.start < e for s, e in tables)]
    found: dict[int, tuple[tuple[int, int], list[Line]]] = {}
    i = 0
    while i < len(written):
        name = _lone_name(facts, written[i])
        rest: list[Line] = []
        j = i + 1
        while (
            name
            and j < len(written)
            and len(rest) < 3
            and _part_line(facts, written[j])
            and not (rest and _seat_heading(written[j]) and not _acronym(facts, written[j]))
            and not (rest and _heading_after_blank(facts, written[j - 1], written[j]))
            # "Speakers" under an entry's office heads the next list; "Coordinator" right under the name is its office (x-attend)
            and not (rest and _bare_label(facts.view, written[j].start, written[j].end))
            and not dates.TIME_RANGE.match(
                written[j].stripped
            )  # "10:30 – 11:45" under an entry: the next slot (x-attend)
        ):
            rest.append(written[j])
            j += 1
        if name and rest and _office_line(facts, rest[0]):
            found[written[i].start] = (name, rest)
            i = j
        else:
            i += 1
    return found


def _acronym(facts: DocumentFacts, line: Line) -> bool:
    """ "IFLA" under an office: a body's acronym (known, or spelt out in brackets on the page), no seat's heading."""
    text = line.stripped.strip("*#: ")
    return bool(orgs.lookup_known(text)) or f"({text})" in facts.view


def _heading_after_blank(facts: DocumentFacts, above: Line, line: Line) -> bool:
    """ "ABOUT THE EVENT" after a blank line under a speakers grid: a section's heading, no part of the entry above (x-records)."""
    text = line.stripped.strip("*#: ")
    return facts.view.count("\n", above.end, line.start) > 1 and text.isupper() and len(text.split()) > 1


def _seat_heading(line: Line) -> bool:
    """ "COPRESIDENCIA", "SECRETARÍA", "Vice-Presidents": the next seat's heading, no part of the entry above."""
    text = line.stripped.strip("*#: ")
    return bool(roles.heading_role(text)) or (text.isupper() and len(text.split()) == 1 and len(text) > 3)


_COUNCIL_NAME = re.compile(
    r"(?:[A-ZÀ-Þ][\w'’-]*[ \t]+){0,4}(?i:"
    + lexicon.words_re("council_heads")
    + r")\b(?:[ \t]+(?:of|de|del|du)[ \t]+[A-ZÀ-Þ][\w'’-]*)?"
)


def _list_owner(facts: DocumentFacts, line: Line) -> str | None:
    """ "We introduce our Global Executive Committee:": the council whose members the entries below are."""
    text = line.text.rstrip()
    if not text.endswith(":"):
        return None
    for m in _COUNCIL_NAME.finditer(text):
        if m.group(0)[:1].isupper():
            span = trim(facts.view, line.start + m.start(), line.start + m.end())
            return add_org(facts, span)
    return None


def _line_span(facts: DocumentFacts, line: Line) -> tuple[int, int]:
    start, end = trim(facts.view, line.start + len(_LEAD.match(line.text).group(0)), line.end)
    return start, end


_COUNTRY_AFTER = re.compile(r"\s*[,(]\s*([^,()·•|—–\n]{3,40}?)\s*(?:[,)·•|—–\n]|$)")


def _city_then_country(facts: DocumentFacts, name: str, after: str) -> bool:
    """ "Santa Fe (Argentina) — ...", "Kuala Lumpur, Malaysia — 21 October": a city and its country
    opening a line, no person (a person's entry goes on with an office or a body, not a country)."""
    m = _COUNTRY_AFTER.match(after)
    if not m or not places.resolve_country(m.group(1)):
        return False
    city = places.resolve_city(name, language=facts.language)
    return city is not None and city.score >= 0.8


def _lone_name(facts: DocumentFacts, line: Line) -> tuple[int, int] | None:
    """The span of a line that is only a person's name ("Jane Roe", "Roe, Jane")."""
    s, e = _line_span(facts, line)
    tentative = roles.TENTATIVE.search(facts.view, s, e)
    if tentative and tentative.start() > s and not facts.view[tentative.end() : e].strip():
        s, e = trim(facts.view, s, tentative.start())  # "Mei Tanaka (to be confirmed)": the name (x-records)
    text = facts.view[s:e]
    if not text or len(text) > 60 or _is_body(text) or places.resolve_country(text) or roles.office(text):
        return None  # "Lead Councilor" is an office, however capitalised
    if facts.org_index().covers(s, e):
        return None  # "Executive Bureau" over its members: a council a rule read, no name
    surname_first = _SURNAME_FIRST.fullmatch(text)
    if surname_first and not places.resolve_country(text.split(",")[1]) and not places.resolve_city(text.split(",")[0]):
        return s, e
    honorific = _HONORIFIC.match(facts.view, s, e)  # "Mme Claire Martin", "Sr. Tomás Gil": the name after it
    if honorific and people_in(facts.view, honorific.end(), e) == [(honorific.end(), e)]:
        return honorific.end(), e
    if people_in(facts.view, s, e) != [(s, e)]:
        return None
    city = places.resolve_city(text, language=facts.language)
    return None if city and city.score >= 0.8 else (s, e)


_QUALIFIED_OFFICE = re.compile(
    r"(?i:" + lexicon.classes_re("office_qualifiers", "former_qualifiers") + r")[ \t]+[A-ZÀ-Þ][\w-]+$"
)


def _short_part(line: Line) -> bool:
    """A short line that is no sentence: an office or a body under a name in a grid."""
    return 0 < len(line.stripped) <= _STACKED_LINE and not line.stripped.endswith((".", ":", "?", "!"))


def _part_line(facts: DocumentFacts, line: Line) -> bool:
    """A short line that can be part of a stacked entry: no sentence, no other name."""
    text = line.stripped
    return len(text) <= _STACKED_LINE and not text.endswith((".", ":", "?", "!")) and _lone_name(facts, line) is None


def _office_line(facts: DocumentFacts, line: Line) -> bool:
    s, e = _line_span(facts, line)
    text = facts.view[s:e]
    return bool(roles.office(text) or body_office(text))


def _attend(
    facts: DocumentFacts, main_id: str | None, event_id: str | None, entry: tuple[str, str, int], role: str, span
) -> None:
    """``subject`` ATTENDED ``event_id`` (the main event or a slot's session); a body that
    hosts organises the main event."""
    subject, status, _ = entry
    if role == "absent":
        return  # "Apologies:": listed for their offices, they did not attend
    if role == "cochair":  # co-chairs of a council's meeting co-chair the council; they chair the meeting
        council = council_above(facts, span[0]) or main_council(facts)  # the council headed right above
        if council and facts.entities[subject].kind == "Person":
            facts.relate("CO_CHAIRS", subject, council, span)
        role = "moderator"
    if not event_id:
        return
    if facts.entities[subject].kind == "Person" or role != "host" or not main_id:
        facts.relate("ATTENDED", subject, event_id, span, role=role, status=status)
    else:  # a body that welcomes the participants hosts the event
        facts.relate("ORGANISED_BY", main_id, subject, span, role="host")


def _people_parts(facts: DocumentFacts, start: int, end: int) -> list[tuple[int, int]]:
    """One line may list several people: "A, Mayor of X; B (Y) and C, Org" -> three parts.

    A part starts after ";" or after "et"/"and"/"y" followed by a person's name; commas
    split only a list of bare names ("A, B, C et D"): elsewhere what follows a comma is an
    office or a body ("Présidente, Puerta de África").
    """
    view = facts.view
    names_only = _bare_names(facts, start, end)
    if names_only:
        return names_only
    cuts = [start]
    for m in _PART_JOINT.finditer(view[start:end]):
        at = start + m.end()
        if facts.org_index().strictly_around(at):
            continue  # "Ciudades y Gobiernos Locales Unidos" is one body
        if m.group(0).startswith(","):
            if _bare_name(facts, cuts[-1], start + m.start()) and _bare_name(facts, at, _comma_or(view, at, end)):
                cuts.append(at)  # "Intervenants : Ana Roe, Ben Diallo, ...": names only, one person each
            elif _named_office(facts, at, end):
                cuts.append(at)  # "A, président de X, Anne NDIAYE, maire de Y, et C": the next entry
            elif _bracketed_entries(facts, start + m.start(), at, end) or (
                view[: start + m.start()].rstrip().endswith(")") and _bare_name(facts, at, _comma_or(view, at, end))
            ):  # "A (Chair), B, C" too (x-attend3)
                cuts.append(at)  # "Panellists: Ana Roe (Lyon), Ben Diallo (Dakar)": one person each
            elif _honoured_name(view, at, end):
                cuts.append(at)  # "Mme A, présidente du Comité, M. B, représentant de X": an honorific opens an entry
            elif _titled_name(facts, at, end):
                cuts.append(at)  # "Mayor A (Chair), Deputy Mayor B": an office written before a name opens an entry
            continue
        names = people_in(view, at, min(end, at + 80))
        if (
            m.group(0).strip() == ";"
            or (names and names[0][0] == at and not _is_body(view[names[0][0] : names[0][1]]))
            or _honoured_name(view, at, end)
            or _titled_name(facts, at, end)  # "... and Councillor C" (x-attend3)
        ):
            cuts.append(at)
    bounds = [*cuts, end]
    parts = []
    for i, cut in enumerate(cuts):
        stop = bounds[i + 1]
        if i + 1 < len(cuts):  # back to the separator before the next part
            stop = start + _PART_JOINT_END.search(view[start : bounds[i + 1]]).start()
        parts.append((cut, stop))
    return parts


def _honoured_name(view: str, at: int, end: int) -> bool:
    """ "M. Hans Müller", "Sra. Ana Gil": an honorific, then a person's name, at ``at``."""
    honorific = _HONORIFIC.match(view, at, end)
    names = people_in(view, honorific.end(), min(end, honorific.end() + 80)) if honorific else []
    return bool(names) and names[0][0] == honorific.end()


def _titled_name(facts: DocumentFacts, at: int, end: int) -> bool:
    """ "Deputy Mayor Aisha Roe", "conseillère Ana Gil": an office of nothing named, then a person's name, at ``at``."""
    view = facts.view
    names = people_in(view, at, min(end, at + 80))
    if not names or names[0][0] <= at or _is_body(view[names[0][0] : names[0][1]]):
        return False
    before = _HONORIFIC.sub("", view[at : names[0][0]]).strip()
    office = roles.office(before) if before and len(before) <= 40 else None
    return bool(office) and not office[2].strip()


def _named_office(facts: DocumentFacts, at: int, end: int) -> bool:
    """A person's name at ``at`` followed by a comma and an office: an entry of its own."""
    view = facts.view
    names = people_in(view, at, min(end, at + 80))
    if not names or names[0][0] != at or _is_body(view[names[0][0] : names[0][1]]):
        return False
    after = re.match(r"\s*,\s*", view[names[0][1] : end])
    office_at = names[0][1] + after.end() if after else end
    return bool(after) and roles.office(view[office_at : _comma_or(view, office_at, end)]) is not None


def _bracketed_entries(facts: DocumentFacts, comma: int, at: int, end: int) -> bool:
    """ "Ana Roe (Lyon), Ben Diallo (Dakar)": a bracket closes the part before the comma, and a
    person's name with a bracket of its own opens the part after it."""
    view = facts.view
    if not view[:comma].rstrip().endswith(")"):
        return False
    names = people_in(view, at, min(end, at + 80))
    return (
        bool(names)
        and names[0][0] == at
        and not _is_body(view[at : names[0][1]])
        and bool(re.match(r"[ \t]*\(", view[names[0][1] : end]))
    )


def _comma_or(view: str, start: int, end: int) -> int:
    comma = view.find(",", start, end)
    return end if comma < 0 else comma


def _bare_name(facts: DocumentFacts, start: int, end: int) -> bool:
    """[start, end) holds a person's name and nothing else: no office, body or place."""
    start, end = trim(facts.view, start, end)
    if re.search(r"[a-zà-ÿ]\.$", facts.view[start:end]):
        end -= 1  # "Present: Ana Gil, Tom Reyes.": the list's full stop, no initial's (x-attend3)
    text = facts.view[start:end]
    if people_in(facts.view, start, end) != [(start, end)] or _is_body(text) or roles.office(text):
        return False
    return not (places.resolve_country(text) or is_big_city(text, facts.language))


def _bare_names(facts: DocumentFacts, start: int, end: int) -> list[tuple[int, int]] | None:
    """ "Intervenants : A, B, C et D": three or more parts, each only a person's name."""
    view = facts.view
    parts = [trim(view, s, e) for s, e in _comma_parts(view, start, end)]
    if len(parts) < 3:
        return None
    last = parts[-1]
    tail = _AND_ALONE.search(view[last[0] : last[1]])
    if tail:  # "C et D": the last two
        parts[-1:] = [(last[0], last[0] + tail.start()), (last[0] + tail.end(), last[1])]
    named = [p for p in parts if people_in(view, *p) == [p]]
    # a cut-off last part ("..., Marie Diouf, C") is no name and no reason to read the list otherwise
    return named if len(named) >= 3 and len(named) >= len(parts) - 1 else None


def _comma_parts(view: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start] + [start + m.end() for m in re.finditer(r",", view[start:end])]
    return [(c, (cuts[i + 1] - 1) if i + 1 < len(cuts) else end) for i, c in enumerate(cuts)]


def council_above(facts: DocumentFacts, position: int) -> str | None:
    """The council named on the line right above the one at ``position`` ("POLICY COUNCIL 2 — ..." over
    "Co-chairs:", "Comisión de Cultura" over "Copresidida por ...")."""
    lines = facts.context.lines
    index = facts.context.line_index(position)
    above = next((ln for ln in reversed(lines[:index]) if ln.stripped), None)
    if above is None:
        return None
    for span in sorted(facts.org_spans):
        if above.start <= span[0] < above.end:
            body = add_org(facts, span)
            if facts.entities[body].kind == "Council":
                return body
    return None


def main_council(facts: DocumentFacts) -> str | None:
    """The council a document is about: the most mentioned one."""
    councils = [
        (n, -facts.first_span[i][0], i) for i, n in facts.mentions.items() if facts.entities[i].kind == "Council"
    ]
    return max(councils)[2] if councils else None


def _bare_label(view: str, start: int, end: int) -> re.Match | None:
    """A role cue written as a heading without its colon ("Speakers", "Modération", "**Ponentes**")."""
    label = view[start:end].strip(" \t*#_")
    if not label or len(label) > 40 or label.endswith(":"):
        return None
    m = roles.CUE.match(label + ":")
    if m and m.end() in (len(label), len(label) + 1):  # "Speakers", and "Presented by" over its name (x-attend)
        return m
    return _ROLE_LABEL.fullmatch(label.rstrip(" :"))  # "With" over a card's names (lang/*.yaml "role_labels")


# Words that give a role only as a heading alone on its line ("With", "Avec", "Con"): in prose they are no cue
_ROLE_LABEL = re.compile(
    "|".join(
        f"(?P<{role}>{lexicon.alternation(words)})" for role, words in lexicon.table("role_labels").items() if words
    )
    or "(?!)",
    re.I,
)


_CLOCK = re.compile(r"[\s*#>_-]*\d{1,2}[ \t]*[:hH.][ \t]*\d{2}")


class _Cue(NamedTuple):
    """A role cue on a line ("Moderator:", "Moderator —"): where it starts, where who it introduces
    starts, its role and its words."""

    start: int
    end: int
    role: str | None
    text: str


def _as_cue(m: re.Match | None) -> _Cue | None:
    return _Cue(m.start(), m.end(), m.lastgroup, m.group(0)) if m else None


_LABEL_DASH = re.compile(r"[ \t]+[—–-][ \t]+|[ \t]*[—–][ \t]*")


def _dashed_label(view: str, start: int, end: int) -> _Cue | None:
    """ "Moderator — Ana Roe", "Intervenants – A ; B": a role label, a dash, then who it introduces."""
    dash = _LABEL_DASH.search(view, start, min(end, start + 45))
    label = _bare_label(view, start, dash.start()) if dash and dash.end() < end else None
    return _Cue(start, dash.end(), label.lastgroup, view[start : dash.end()]) if label else None


def _cue_near_start(view: str, start: int, end: int) -> re.Match | None:
    m = roles.CUE.search(view, start, min(end, start + 60))
    before = view[start : m.start()] if m else ""
    labelled = before.rstrip().endswith(":")  # "espace librairie - foire aux livres : Responsable : X"
    if not m or re.search(r"[.;]", before) or (len(before.split()) > 3 and not labelled):
        return None  # a cue deep in a sentence belongs to prose rules
    if before.count("(") > before.count(")"):
        return None  # "Jordi Pascual (Coordinator, ...)": an office in brackets, no cue
    return m


# between a place and its date in a dateline: punctuation, and "a", "le", "on" before the date ("En Córdoba, a 21 de
# octubre de 2024", "Fait à Liège, le 14 mars"): a signed text's place and date, no one's entry (x-bodies2)
_DATELINE_GAP = re.compile(r"[\s,–—|·-]*(?:(?:a|le|el|on|the)\s+)?", re.I)


def _entry(facts: DocumentFacts, start: int, end: int, cued: bool) -> tuple[str, str, int] | None:
    """Parse "Name[ (tentative)], segment, segment..." from ``start``; return (subject id, status, start)."""
    view = facts.view
    while start < end and view[start] in " :-*\t":
        start += 1
    text = view[start:end]
    status = "tentative" if roles.TENTATIVE.search(text) else "confirmed"
    envoy = _ENVOY.match(view, start, end)
    if envoy:  # "A speaker from UN-Habitat (tbc)", "un representante de la AECID": the body attends
        body = _envoy_body(facts, envoy.end(), end)
        if body:
            return body, status, start
    apposed = _office_before_name(facts, start, end) if cued else None
    if apposed:  # "by the Mayor of Lyon, Ana Roe": the office first, then whose it is
        found = _entry(facts, apposed[1], end, cued)
        if found:
            _apposed_office(facts, found[0], apposed[0], (start, found[2]))
            return found[0], found[1], start
    names = people_in(view, start, min(end, start + 80))
    leading = None
    if names and _HONORIFIC.fullmatch(view[start : names[0][0]]):
        start = names[0][0]  # "Mr. John Smith, ...": the name starts after the honorific
    elif names and names[0][0] > start:
        office = roles.office(_HONORIFIC.sub("", view[start : names[0][0]]).strip())
        if office and not office[2].strip():  # "Mayor Ada Colau, Barcelona": the office comes first
            leading, start = (office[0], office[1]), names[0][0]
    if names and names[0][0] == start and not _is_body(view[names[0][0] : names[0][1]]):
        name_end = names[0][1]
        after = view[name_end:end]
        after_clean = roles.TENTATIVE.sub("", after, count=1).strip(" *")
        if after_clean and not after_clean.startswith((",", "(", "-", "–", ":")) and not cued:
            return None  # "Jean Dupont a dit..." is prose
        bold = facts.text[start - 2 : start] in ("**", "__") or facts.text[start - 1 : start] in ("*", "_")
        if not after_clean and not cued and not bold:
            return None  # a capitalised line alone ("Mayors Forum") is a title, not a person
        if _ORG_OR_EVENT.search(view[start:name_end]) or _city_then_country(facts, view[start:name_end], after):
            return None
        if after.lstrip(" *").startswith(":") and roles.heading_role(fold(view[start:name_end].split()[0])):
            return None  # "Vicepresidencia de Integración: Salto (Uruguay)": an office's label, no name
        day = next(iter(dates.find_dates(after)), None)
        if day and (_DATELINE_GAP.fullmatch(after[: day.start]) or _country(after[: day.start].strip(" ,–—-|·"))):
            return None  # "Cartagena de Indias, 12 de septiembre de 2024", "Lima, Perú · 3 de mayo": a place's dateline
        if _ZONE_ONLY.fullmatch(after_clean):
            return None  # "Horario de Lima (GMT-5)": the time zone of a programme, no one's entry
        sentence_end = re.search(r"\.\s+[A-ZÀ-Þ]", after)
        if sentence_end and not cued:
            return None
        if sentence_end:  # "The forum was opened by A, Mayor of Lyon. The closing...": the entry ends there
            end = name_end + sentence_end.start()
        person = add_person(facts, (start, name_end))
        if leading:
            facts.entities[person].props.setdefault("title", leading[1])
        _affiliations(facts, person, name_end, end, leading)
        return person, status, start
    if cued:
        s, e = trim(view, start, end)
        e = s + len(roles.TENTATIVE.sub("", view[s:e]).rstrip(" *.,"))
        if e > s and (orgs.is_acronym(facts.surface(s, e)) or orgs.lookup_known(facts.surface(s, e))):
            found = add_affiliation(facts, (s, e))
            if found and found[1] in ("Organisation", "Section", "Council", "City"):
                return found[0], status, start
    return None


_ZONE_ONLY = re.compile(r"[(\s]*(?:" + dates.TZ.pattern + r")[)\s.]*")


# "a speaker from", "un représentant de l'", "una representante de la" (lang/*.yaml "envoy_of")
_ENVOY = re.compile(r"(?i:" + lexicon.words_re("envoy_of") + r")\s*(?=[A-ZÀ-Þ])")


def _envoy_body(facts: DocumentFacts, start: int, end: int) -> str | None:
    """The body an unnamed envoy comes from: the rest of the entry without its brackets and status."""
    s, e = trim(facts.view, start, end)
    text = roles.TENTATIVE.sub("", facts.view[s:e]).rstrip(" *.,—–-")
    if len(text.split()) > 10 or re.search(r"[.;:!?]\s", text):
        return None  # "A representative of the Ministry thanked the mayors. ...": a sentence, no entry
    acronym = re.search(r"\s*\(([A-Z][\w&.-]{1,11})\)$", text)
    for stop in [s + acronym.start(), s + len(text)] if acronym else [s + len(text)]:
        found = add_affiliation(facts, trim(facts.view, s, stop), after_office=True)
        if found and found[1] in ("Organisation", "Section", "Council", "City"):
            return found[0]
    if acronym:  # "Organización Panamericana de la Salud (OPS)": a name its acronym follows is a body's
        return add_org(facts, trim(facts.view, s, s + acronym.start()))
    return None


_ARTICLE = re.compile(r"(?:the|la|le|el|l['’])\s*", re.I)


def _office_before_name(facts: DocumentFacts, start: int, end: int) -> tuple[tuple[int, int], int] | None:
    """ "the Mayor of Lyon, Ana Roe", "la alcaldesa de Quito, Sra. Ana Gil": an office with what it
    is of, a comma, then a person's name (perhaps after an honorific); (the office's span, the name's start)."""
    comma = facts.view.find(",", start, min(end, start + 90))
    if comma < 0:
        return None
    article = _ARTICLE.match(facts.view, start, comma)
    s = article.end() if article else start
    office = roles.office(facts.view[s:comma])
    if not office or not roles.office_targets(office[2]):
        return None
    at = comma + 1 + len(facts.view[comma + 1 : end]) - len(facts.view[comma + 1 : end].lstrip())
    honorific = _HONORIFIC.match(facts.view, at, end)
    name_at = honorific.end() if honorific else at
    names = people_in(facts.view, name_at, min(end, name_at + 80))
    return ((s, comma), at) if names and names[0][0] == name_at else None


def _apposed_office(facts: DocumentFacts, person: str, office_span: tuple[int, int], quote: tuple[int, int]) -> None:
    """HOLDS_OFFICE for an office written before its holder's name ("the Mayor of Lyon, Ana Roe")."""
    text = facts.view[slice(*office_span)]
    role, written, rest = roles.office(text)
    facts.entities[person].props.setdefault("title", written)
    for target in roles.office_targets(rest):
        at = office_span[0] + text.rfind(target)
        found = add_affiliation(facts, (at, at + len(target)), role in roles.CITY_OFFICES, strict=role in roles.STAFF)
        if found and (found[1] != "City" or role in roles.CITY_OFFICES):
            facts.office(person, found[0], trim(facts.view, *quote), role)
            return


def _is_body(text: str) -> bool:
    return bool(orgs.lookup_known(text))


_COMMA_OR_BRACKET = re.compile(r"[,()]")


def _segments(view: str, start: int, end: int, bodies: SpanIndex) -> list[tuple[int, int]]:
    """Comma-separated parts, "et"/"and"/"y" splitting two offices ("membre de X et directeur de Y").

    Commas inside a known body's name (``bodies``: ``facts.org_index()``) do not split it.
    """
    parts, depth, cursor = [], 0, start
    for m in _COMMA_OR_BRACKET.finditer(view, start, end):
        i, char = m.start(), m.group()
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0 and not bodies.strictly_around(i):
            parts.append((cursor, i))
            cursor = i + 1
    parts.append((cursor, end))
    split = []
    for s, e in parts:
        cut = s
        for m in _AND_ALONE.finditer(view[s:e]):
            if roles.office(view[s + m.end() : e]) or body_office(view[s + m.end() : e]):
                split.append((cut, s + m.start()))
                cut = s + m.end()
        split.append((cut, e))
    result = []
    for s, e in split:
        s, e = trim(view, s, e)
        text = view[s:e]
        tentative = roles.TENTATIVE.search(text)
        if tentative:
            e = s + tentative.start()
            s, e = trim(view, s, e)
        inner = re.fullmatch(r"\(\s*(.*?)\s*\)", view[s:e])
        if inner:  # "Hans Sakkers (Utrecht)"
            s, e = s + inner.start(1), s + inner.end(1)
        country = re.search(r"\s*\(([^()]+)\)\s*$", view[s:e])
        if country and e > s + country.start() > s and _country(country.group(1)):
            result.append((s, s + country.start()))
            result.append((s + country.start(1), s + country.end(1)))  # "Vienne (Autriche)": the country apart
        elif e > s:
            result.append((s, e))
    return result


def _affiliations(
    facts: DocumentFacts,
    person: str,
    start: int,
    end: int,
    leading: tuple[str, str] | None = None,
    segments: list[tuple[int, int]] | None = None,
) -> None:
    """Offices and affiliations listed after a person's name (``segments``: already split)."""
    view = facts.view
    segments = _segments(view, start, end, facts.org_index()) if segments is None else segments
    # a country after the first part ("Mexico, Mexique"; "Vienne (Autriche)") is context, not an affiliation
    # an abbreviation ("USA", "UK") is a country only at the end of the entry, after other parts
    codes = {(s, e): _country(view[s:e], acronym=(s, e) == segments[-1]) for s, e in segments[1:]}
    for before, (s, e) in zip(segments, segments[1:], strict=False):  # "Mayor of Córdoba, Veracruz"
        codes[(s, e)] = codes[(s, e)] or _region_of_city(view[slice(*before)], view[s:e])
    countries = [seg for seg, code in codes.items() if code]
    if len(countries) >= 2 and fold(view[slice(*countries[-2])]) == fold(view[slice(*countries[-1])]):
        countries.pop(-2)  # "San Marino, San Marino": a city-state's city, then the state
    saved = facts.countries
    if countries:  # "Mariana Flores, Mexico, Mexique": the country settles the city
        facts.countries = tuple(dict.fromkeys([codes[seg] for seg in countries] + list(saved)))
        facts.entry_country = codes[countries[0]]  # and whose ministry it is
    try:
        kept = [seg for seg in segments if seg not in countries]
        _affiliation_segments(facts, person, start, kept, leading)
    finally:
        facts.countries, facts.entry_country = saved, None


_LAST_WORDS = re.compile(r"(?:[A-ZÀ-Þ][\w'’.-]*[ \t]+){0,2}[A-ZÀ-Þ][\w'’.-]*[ \t*]*$")


def _region_of_city(before: str, text: str) -> str | None:
    """The country of a province or state named right after a city of it ("Córdoba, Veracruz":
    Mexico's), so that the region settles the city and is no affiliation nor a country of its own."""
    text = text.strip(" *")
    code = places.resolve_region(text) if text[:1].isupper() and len(text) < 40 else None
    town = code and _LAST_WORDS.search(before)
    city = town and places.resolve_city(town.group(0).strip(" *"), code, guess=False)
    return code if city and city.country == code and city.score >= 0.8 else None


def _country(text: str, acronym: bool = False) -> str | None:
    """The ISO2 code when a segment is only a country name (not a body's acronym, unless
    ``acronym`` allows a country's abbreviation, or a city)."""
    text = text.strip(" *")
    if not text or (orgs.is_acronym(text) and not acronym) or orgs.lookup_known(text):
        return None
    code = places.resolve_country(text)
    if code and is_big_city(text, None) and fold(places.country_name(code)) != fold(text):
        return None  # "Lagos" is the city, not a misspelt "Laos"
    return code


# "the Municipal Council", "City Hall": a town's government named by its noun alone (lang/*.yaml
# "city_government_suffixes"); the town is the entry's next part.
_UNNAMED_CITY_GOVERNMENT = re.compile(
    r"(?:(?:the|le|la|el|l['’])\s*)?" + lexicon.words_re("city_government_suffixes"), re.I
)


def _affiliation_segments(
    facts: DocumentFacts,
    person: str,
    start: int,
    segments: list[tuple[int, int]],
    pending: tuple[str, str] | None = None,
) -> None:
    view = facts.view
    bare = None  # the pending office, when written alone: with nothing after it in the entry, the page's body's
    bare_last = False
    for s, e in segments:
        text = view[s:e]
        if _ADDRESS.search(text):
            break  # "Square de Meeûs 1, Brussels": a signature's address, what follows is where it is (x-genres)
        head = body_office(text)
        if head:  # "UCLG Vice-President for Europe": the office in the body named first
            role, written = head[1][0], head[1][1]
            facts.entities[person].props.setdefault("title", written)
            body = trim(view, s, s + head[0])
            article = re.match(r"(?:the|el|la|le|l['’])\s+", view[body[0] : body[1]], re.I)
            body = (body[0] + article.end(), body[1]) if article else body  # "the Durban mayor": the city Durban
            found = add_affiliation(facts, body, role in roles.CITY_OFFICES)
            if found and (found[1] != "City" or role in roles.CITY_OFFICES):
                facts.office(person, found[0], trim(view, _name_start(view, start), e), role)
            continue
        office = roles.office(text)
        if office:
            role, written, rest = office
            facts.entities[person].props.setdefault("title", facts.surface(s, s + len(written)))
            if pending and pending == bare:  # "Ana Roe / Tesorera / Alcaldesa de Puno": the page's body's (x-office)
                office_of_page(facts, person, pending[0], trim(view, _name_start(view, start), s))
            pending = (role, written)  # until what the office is of is found
            bare = pending if not rest.strip(" ,.;") else None  # an office written alone ("Treasurer")
            bare_last = (s, e) == segments[-1]  # and nothing after it in the entry
            for target in roles.office_targets(rest):
                if is_field(target) or _UNNAMED_CITY_GOVERNMENT.fullmatch(target.strip()):
                    break  # "Director of Programmes, Cities Alliance", "President of the Municipal Council, Tangier": what it is of comes next
                if (
                    (s, e) != segments[-1]
                    and roles.GOVERNMENT_UNIT.fullmatch(target.strip(" *"))
                    and not orgs.lookup_known(target)
                ):
                    break  # "Head of the Resilience Office, Athens": a unit of the place named next (x-prec2)
                t_start = s + text.rfind(target)
                found = add_affiliation(
                    facts, (t_start, t_start + len(target)), role in roles.CITY_OFFICES, strict=role in roles.STAFF
                )
                if found:
                    facts.office(person, found[0], trim(view, _name_start(view, start), e), role)
                    pending = None
                    break
            continue
        if pending is None and _title_before_city(facts, text, segments, (s, e)):
            pending = (text.strip(" *").lower(), text.strip(" *"))  # "Captain of the Castle, San Marino"
            facts.entities[person].props.setdefault("title", pending[1])
            continue
        country = _country(text)
        if country and not places.resolve_city(text, language=facts.language):
            # "Ana Souza, Brésil": a country is no affiliation the model has; it is mentioned
            facts.entity("Country", f"country:{country}", places.country_name(country), (s, e), [], {})
            continue
        acronym = re.search(r"\(([A-Z][A-Z0-9&.-]{1,11})\)\s*$", text)
        prefer_city = pending is not None and pending[0] in roles.CITY_OFFICES
        # "Agence X (AFD)": the name without its acronym first, then as written
        readings = [trim(view, s, s + acronym.start()), (s, e)] if acronym else [(s, e)]
        for span in readings:
            found = add_affiliation(facts, span, prefer_city=prefer_city, after_office=pending is not None)
            if found:
                break
        if acronym and found and found[1] != "City":
            aliases = facts.entities[found[0]].aliases
            if acronym.group(1) not in aliases:
                aliases.append(acronym.group(1))
        if not found:
            continue
        span = trim(view, _name_start(view, start), e)
        if pending:
            facts.office(person, found[0], span, pending[0])
            pending = None
        elif found[1] in ("City", "Organisation"):
            facts.relate("AFFILIATED_WITH", person, found[0], span)
        else:
            facts.office(person, found[0], span, "member")
    if pending and pending == bare and bare_last:  # "Ana Roe, Executive Director": nothing it is of (x-office)
        office_of_page(facts, person, pending[0], trim(view, _name_start(view, start), segments[-1][1]))


_ADDRESS = re.compile(
    rf"@|\+\d|(?<![\w-])(?:{lexicon.words_re('street_words')})\.?\s.*\d|\d+\w?,?\s+(?:{lexicon.words_re('street_words')})(?![\w-])",
    re.I,
)


def _title_before_city(
    facts: DocumentFacts, text: str, segments: list[tuple[int, int]], segment: tuple[int, int]
) -> bool:
    """A part that names no office the word lists know, no body and no place, right before a
    city ("Tomaso Rossini, Captain of the Castle, San Marino, San Marino"): a title held there."""
    index = segments.index(segment)
    if index + 1 >= len(segments) or not text[:1].isupper() or len(text.split()) > 6:
        return False
    if org_shaped(text) or orgs.lookup_known(text) or places.resolve_country(text) or places.resolve_city(text):
        return False
    following = facts.view[slice(*segments[index + 1])].strip(" *")
    city = places.resolve_city(following, language=facts.language, context_countries=facts.countries)
    return city is not None and city.score >= 0.8 and not org_shaped(following)


def body_office(text: str) -> tuple[int, tuple[str, str, str]] | None:
    """ "UCLG Vice-President for Europe", "ICLEI Regional Director": a body's name or acronym
    (up to eight words) then an office; gives the length of the body's name and the office."""
    if roles.office(text):
        return None  # "Deputy Mayor of Bologna" opens with an office
    if orgs.lookup_known(text.strip(" *")):
        return None  # "Office of the UN High Commissioner for Human Rights": a known body's whole name
    words = list(re.finditer(r"\S+", text))
    for count in range(1, min(8, len(words) - 1) + 1):
        body = text[: words[count - 1].end()]
        if not looks_like_org(body) or (count == 1 and not orgs.is_acronym(body) and not orgs.lookup_known(body)):
            continue  # "Urban Specialist", "Climate Officer": one common word qualifies the office
        office = roles.office(text[words[count].start() :])
        if office:
            return len(body), office
    return None


def _name_start(view: str, name_end: int) -> int:
    """The start of the person name that ends at ``name_end``."""
    line_start = view.rfind("\n", 0, name_end) + 1
    best = line_start
    for m in PERSON.finditer(view, line_start, name_end + 1):
        if m.end() >= name_end - 1:
            best = m.start()
            break
    return best
