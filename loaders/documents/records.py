"""Records: text that is a calendar export, a registration sheet or a form rather than prose.

A record is read by its labels (lang/*.yaml ``record_labels``, beside ``field_labels``):

    Event: Water forum | Lyon, France | 3 May 2025 | organiser: X    one calendar entry: an Event, dated by its
    Start: Tuesday 6 May 2025, 10:00                                 start and end fields (or a date among the
    Status: provisional                                              ' | ' parts), its state from its status
    Participants: Jane Roe (Mayor of Lyon) — accepted ; Ben Poe — declined

- each participant attends the entry's event, status from the reply and the entry's state
  (``record_status``: a cancelled entry or a declined reply gives no attendance; a provisional
  entry or a pending reply gives a tentative one);
- a sheet's row (tables.py) with a status or an attendance role column: the row's person attends the
  page's event (role from ``record_roles``), the row's city or body when no person is named; a name
  split over a surname and a given-name column is one person.

The entries are found once per document from the context's field lines (:func:`event_records`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from munigraph.graph.resolution import people
from munigraph.loaders.documents import dates, lexicon
from munigraph.loaders.documents.builder import DocumentFacts, make_event_id
from munigraph.loaders.documents.context import Context
from munigraph.loaders.documents.markup import trim
from munigraph.loaders.documents.names import people_in, split_list
from munigraph.loaders.documents.resolve import add_person
from munigraph.loaders.documents.tables import Span, label_class

_MAX_LABEL = 40


@cache
def _record_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (label, re.compile(lexicon.alternation(list(words)), re.I))
        for label, words in lexicon.table("record_labels").items()
    )


def record_class(text: str) -> str | None:
    """The class of a record's label ("Début" -> start, "last_name" -> surname), if it is one.

    >>> record_class("Statut :"), record_class("first_name"), record_class("Budget")
    ('status', 'given_name', None)
    """
    text = text.replace("_", " ").strip(" \t*#:|.").strip()
    if not text or len(text) > _MAX_LABEL:
        return None
    return next((label for label, pattern in _record_patterns() if pattern.fullmatch(text)), None)


def column_class(text: str) -> str | None:
    """A column's class: a field label's (tables.py), else a record label's."""
    return label_class(text.replace("_", " ")) or record_class(text)


@cache
def _statuses() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (status, re.compile(r"(?<![\w-])" + lexicon.alternation(list(words)) + r"(?![\w-])", re.I))
        for status, words in lexicon.table("record_status").items()
    )


def status_of(text: str) -> str | None:
    """What a status cell or a reply says: absent, tentative or confirmed (the first class found, in that order).

    >>> status_of("annulé par l'organisateur"), status_of("pending"), status_of("— acceptée"), status_of("Lyon")
    ('absent', 'tentative', 'confirmed', None)
    """
    return next((status for status, pattern in _statuses() if pattern.search(text)), None)


@cache
def _roles() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple(
        (role, re.compile(lexicon.alternation(list(words)), re.I))
        for role, words in lexicon.table("record_roles").items()
    )


def role_of(text: str) -> str | None:
    """The attendance role a role cell names ("Speaker", "moderadora"), if it is one."""
    text = text.strip(" \t*.")
    return next((role for role, pattern in _roles() if pattern.fullmatch(text)), None)


@dataclass(frozen=True)
class EventRecord:
    """One calendar entry: the event field's value (its name, maybe ' | ' parts) and the fields under it."""

    value: Span
    fields: tuple[tuple[str, Span, Span], ...]  # (class, label span, value span), the event field first
    start: int
    end: int


_last: list[tuple[Context, tuple[EventRecord, ...]]] = []  # the one document being read
_cancelled: list[tuple[Context | None, str]] = []  # (document, event) of its cancelled entries


def cancelled(facts: DocumentFacts, event_id: str) -> bool:
    """Whether the event is a calendar entry of this document marked cancelled ("Status: cancelled")."""
    return any(context is facts.context and event == event_id for context, event in _cancelled)


def event_records(context: Context) -> tuple[EventRecord, ...]:
    """The calendar entries of a text: an event field line and the field lines right under it (up
    to a blank line or the next event field), when one of them (or a ' | ' part) dates it."""
    if _last and _last[0][0] is context:
        return _last[0][1]
    text, found = context.text, []
    fields = context.fields
    for index, (label, value) in enumerate(fields):
        if record_class(text[label[0] : label[1]]) != "event":
            continue
        members = [("event", label, value)]
        line = context.line_index(label[0])
        for other_label, other_value in fields[index + 1 :]:
            at = context.line_index(other_label[0])
            if any(not context.lines[i].stripped for i in range(line + 1, at)):
                break  # a blank line ends the entry
            kind = column_class(text[other_label[0] : other_label[1]])
            if kind == "event":
                break
            members.append((kind or "", other_label, other_value))
            line = at
        dated = any(k in ("start", "end") for k, _, _ in members) or dates.find_dates(text[value[0] : value[1]])
        if dated:
            found.append(EventRecord(value, tuple(members), label[0], members[-1][2][1]))
    _last[:] = [(context, tuple(found))]
    return _last[0][1]


_PARTS = re.compile(r"[ \t]+\|[ \t]+")
# "[CANCELLED] Forum", "Forum (provisional)": a state written on the entry's name
_MARK_HEAD = re.compile(r"\s*[\[(](?P<mark>[^\])\n]{2,30})[\])]\s*")
_MARK_TAIL = re.compile(r"\s*[\[(](?P<mark>[^\])\n]{2,30})[\])]\s*$")
_PART_FIELD = re.compile(r"(?P<label>[^\W\d][^:\n]{0,39}?)[ \t]*:[ \t]*(?P<value>\S.*)")


def add_event_records(facts: DocumentFacts, main_id: str | None) -> str | None:
    """The events of the page's calendar entries (see the module's doc); returns the page's main event:
    the one entry's event when the page has one entry and no other main event, else ``main_id``. A main
    event read inside an entry (a quoted title, a date line) was the entry's, read wrongly: it goes."""
    _cancelled.clear()
    records = event_records(facts.context)
    if not records:
        return main_id
    added = [event for event in (_add_record(facts, record) for record in records) if event]
    at = main_id and facts.first_span.get(main_id, (-1, -1))[0]
    if main_id and main_id not in added and any(r.start <= at <= r.end for r in records):
        facts.forget(main_id)
        for key in [k for k, r in facts.relations.items() if main_id in (r.source, r.target)]:
            del facts.relations[key]
        main_id = None
    return added[0] if len(added) == 1 and main_id is None else main_id


def _add_record(facts: DocumentFacts, record: EventRecord) -> str | None:
    view = facts.view
    start, end = record.value
    parts = [m.start() for m in _PARTS.finditer(view, start, end)]
    name_end = parts[0] if parts else end
    state = None
    for mark in (_MARK_HEAD.match(view, start, name_end), _MARK_TAIL.search(view, start, name_end)):
        if mark and status_of(mark.group("mark")) and mark.end() - mark.start() < name_end - start:
            state = status_of(mark.group("mark"))
            start, name_end = (mark.end(), name_end) if mark.start() == start else (start, mark.start())
    start, name_end = trim(view, start, name_end)
    if name_end - start < 3 or not view[start].isupper():
        return None
    first = last = None
    for kind, _, value in record.fields:
        found = dates.find_dates(view[value[0] : value[1]]) if kind in ("start", "end", "event") else []
        if found and kind in ("start", "event") and first is None:
            first, last = found[0].first, found[0].last
        elif found and kind == "end":
            last = found[0].last
        if kind == "status":
            state = status_of(view[value[0] : value[1]]) or state
    if first is None:
        return None
    name = view[start:name_end].strip()
    props = {"start": dates.iso(first), "end": dates.iso(max(first, last or first))}
    event_id = make_event_id(name, first.isoformat())
    if state == "absent":
        _cancelled.append((facts.context, event_id))  # not held: no one attends, no place holds it (fields.py)
    facts.entity("Event", event_id, name, (start, name_end), [], props)
    bounds = [*parts, record.value[1]]
    labelled = [_part(view, at, stop) for at, stop in zip(bounds, bounds[1:], strict=False)]
    labelled += [(kind, value, (label[0], value[1])) for kind, label, value in record.fields[1:]]
    for kind, value, quote in labelled:
        if kind in ("organiser", "host"):
            _organisers(facts, event_id, kind, value, quote)
        elif kind in ("venue", "") and state != "absent" and not dates.find_dates(view[value[0] : value[1]]):
            _venue(facts, event_id, value, (record.value[0], quote[1]) if kind == "" else quote)
        elif kind == "participants" and state != "absent":
            _participants(facts, event_id, quote, value, state)
    return event_id


def _part(view: str, at: int, stop: int) -> tuple[str, Span, Span]:
    """A ' | ' part of an entry's line: (class, value, quote); a bare part ("Lyon, France") has class ''."""
    start, end = trim(view, at, stop)
    while start < end and view[start] in "| \t":
        start += 1
    labelled = _PART_FIELD.fullmatch(view, start, end)
    kind = labelled and column_class(labelled.group("label"))
    if labelled and kind:
        return kind, (labelled.start("value"), end), (start, end)
    return ("", (start, end), (start, end)) if not labelled else ("other", (start, end), (start, end))


# "X, with Y", "X, avec l'Y", "X con Y": who organises with the first organiser
_WITH = re.compile(
    r"[ \t]*,?[ \t]+(?:together with|jointly with|with|avec|con|junto con|en collaboration avec)[ \t]+", re.I
)
_ARTICLE = re.compile(r"(?:the|la|le|les|el|los|las)[ \t]+|l['’][ \t]*", re.I)


def _organisers(facts: DocumentFacts, event_id: str, kind: str, value: Span, quote: Span) -> None:
    """ "Organiser: X, with Y": X organises, Y co-organises; "Organisers: X and Y": both co-organise; "Host: Z" hosts."""
    from munigraph.loaders.documents.fields import party  # fields reads this module's classes

    view = facts.view
    joint = _WITH.search(view, value[0], value[1])
    groups = [(value[0], joint.start()), (joint.end(), value[1])] if joint else [value]
    found = []
    for group_index, (start, end) in enumerate(groups):
        for item in _items(view, start, end):
            article = _ARTICLE.match(view, *item)
            body = party(facts, (article.end() if article else item[0], item[1]))
            if body:
                found.append((body, group_index))
    for body, group_index in found:
        role = (
            "host"
            if kind == "host"
            else "co-organiser"
            if group_index or (len(found) > 1 and not joint)
            else "organiser"
        )
        facts.relate("ORGANISED_BY", event_id, body, quote, role=role)


def _items(view: str, start: int, end: int) -> list[Span]:
    """The items of a list, a comma inside brackets not parting two ("Partenariat (PFE), AFD")."""
    items, at, depth = [], start, 0
    for index in range(start, end):
        depth += {"(": 1, ")": -1}.get(view[index], 0)
        if view[index] in ",;" and depth == 0:
            items.append((at, index))
            at = index + 1
    items.append((at, end))
    out = []
    for item in items:
        out.extend(split_list(view, *item))
    return [trim(view, *item) for item in out]


def _venue(facts: DocumentFacts, event_id: str, value: Span, quote: Span) -> None:
    from munigraph.loaders.documents.fields import venue_city

    city = venue_city(facts, *value)
    if city:
        facts.relate("HELD_IN", event_id, city, quote)


# An invitee's reply after the name and its brackets: "— accepted", "- en attente", "(declined)"
_REPLY = re.compile(r"(?:\s[—–-]\s*|\s*\()(?P<reply>[^()—–\n]{2,40}?)\)?\s*$")


def _participants(facts: DocumentFacts, event_id: str, quote: Span, value: Span, state: str | None) -> None:
    """ "Participants: Jane Roe (Mayor of Lyon) — accepted ; Ben Poe — declined": each invitee who
    did not decline attends, tentatively when the reply or the entry is not firm."""
    view = facts.view
    at = value[0]
    for item_end in [*(m.start() for m in re.finditer(";", view[value[0] : value[1]])), value[1] - value[0]]:
        start, end = trim(view, at, value[0] + item_end)
        at = value[0] + item_end + 1
        names = people_in(view, start, end)
        before = view[start : names[0][0]] if names else ""
        if not names or before.strip() and people.leading_title(before.strip() + " ") != len(before.strip()) + 1:
            continue  # an item that does not open with the name (or an honorific before it)
        reply = _REPLY.search(view, names[0][1], end)
        answer = status_of(reply.group("reply")) if reply else None
        if answer == "absent":
            continue
        person = add_person(facts, names[0])
        status = "tentative" if "tentative" in (answer, state) else "confirmed"
        facts.relate("ATTENDED", person, event_id, (quote[0] if start == value[0] else start, end),
                     role="participant", status=status)  # fmt: skip


def row_person(facts: DocumentFacts, cells: dict[str, Span]) -> str | None:
    """The person of a sheet's row whose name is split over a surname and a given-name column
    ("BEN SALEM;Mounir"): one person, the surname in title case ("Mounir Ben Salem")."""
    surname = cells.get("surname")
    given = cells.get("given_name") or cells.get("person")
    if surname is None or given is None:
        return None
    family = " ".join(
        w.title() if w.isupper() and len(w) > 1 else w for w in facts.view[surname[0] : surname[1]].split()
    )
    name = f"{facts.view[given[0] : given[1]].strip()} {family}".strip()
    if not people.looks_like_name(name):
        return None
    span = (min(surname[0], given[0]), max(surname[1], given[1]))
    person_id = people.person_id(name)
    facts.entity("Person", person_id, name, span, [name], surface_is_alias=False)
    return person_id


def row_attendance(
    facts: DocumentFacts, cells: dict[str, Span], row: Span, main_id: str | None, person: str | None, place: str | None
) -> None:
    """A sheet's row with a status or an attendance role: its person (else its city or body) attends the
    page's event, with the row's role, unless the status says the registration was cancelled."""
    if main_id is None or main_id not in facts.entities or cancelled(facts, main_id):
        return
    status = cells.get("status") and status_of(facts.view[cells["status"][0] : cells["status"][1]])
    role = cells.get("role") and role_of(facts.view[cells["role"][0] : cells["role"][1]])
    if not (status or role) or status == "absent":
        return
    named = any(k in cells for k in ("person", "signatory", "surname", "given_name"))
    who = person or (None if named else place)
    if who:
        facts.relate("ATTENDED", who, main_id, row, role=role or "participant", status=status or "confirmed")


def form_records(facts: DocumentFacts) -> None:
    """A form's block of field lines ("Ciudad: Sucre", "País: Bolivia", "Representante legal: Ana Ruiz",
    "Cargo: Alcaldesa") read as one sheet row: each person field with an office field on the line right
    under it holds that office in the block's city (else its body); the city is in the block's country."""
    from munigraph.loaders.documents.fields import read_row  # fields reads this module's classes

    text = facts.text
    for block in _blocks(facts.context):
        classes = [column_class(text[label[0] : label[1]]) for label, _ in block]
        shared = {
            c: value for c, (_, value) in zip(classes, block, strict=True) if c in ("city", "country", "organisation")
        }
        if "city" not in shared and "organisation" not in shared:
            continue
        if "city" in shared and "organisation" in shared:
            city, body = (text[s:e].strip().lower() for s, e in (shared["city"], shared["organisation"]))
            if city and city in body:
                del shared[
                    "organisation"
                ]  # "Gobierno Autónomo Municipal de Sucre" over "Ciudad: Sucre": the city's government
        for index, (kind, (label, value)) in enumerate(zip(classes, block, strict=True)):
            following = classes[index + 1] if index + 1 < len(block) else None
            if kind != "person" or following != "office":
                continue
            office_value = block[index + 1][1]
            row = (label[0], office_value[1])
            read_row(facts, {**shared, "person": value, "office": office_value}, row, None, None)


def _blocks(context: Context) -> list[list[tuple[Span, Span]]]:
    """Runs of field lines on consecutive lines (a blank or another line ends one), of four lines or more."""
    blocks: list[list[tuple[Span, Span]]] = []
    last = -2
    for label, value in context.fields:
        index = context.line_index(label[0])
        if index == last + 1 and blocks:
            blocks[-1].append((label, value))
        else:
            blocks.append([(label, value)])
        last = index
    return [block for block in blocks if len(block) >= 4]
