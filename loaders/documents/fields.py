"""Tables read by their header words: each row's cells by the class of their column
(lang/*.yaml ``field_labels``; the tables are found once, :mod:`tables`).

    | Collectivité | Pays | Signataire | Fonction |     Name / Office / Local government / Country
    | Ville de Dakar | Sénégal | Mme Awa Ba | Maire |   (one cell per line, or columns parted by spaces)

- a city (or local government) cell and a country cell: the city is IN_COUNTRY that country
  (the country also decides between namesakes);
- a person (or signatory) cell and an office cell: the person HOLDS_OFFICE the role the office
  gives (``offices``) in the body the office names, else in the row's city or organisation;
- a signatory cell: the person signed at the page's event (ATTENDED, participant);
- a table of the page's town's twins (a twinning word in a cell of the row, or in the lines
  just above the table): each row's city is TWINNED_WITH the town, kind from the row's words
  (``tie_cell_kinds``, ``twinning_cues``), since from its year cell.

The column says what a cell holds: a name in a person column needs no cue, a city still needs
the gazetteer.
"""

from __future__ import annotations

import bisect
import re

from munigraph.graph.resolution import people, places
from munigraph.loaders.documents import lexicon, records, roles
from munigraph.loaders.documents.bodies import page_owner
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import trim
from munigraph.loaders.documents.names import people_in, split_list
from munigraph.loaders.documents.prose import is_city, stated_country
from munigraph.loaders.documents.resolve import (
    CITY_GOVERNMENT,
    TOWN_NAME,
    add_affiliation,
    add_city,
    add_org,
    add_person,
    home_town,
    is_field,
)
from munigraph.loaders.documents.signatories import SIGNED_TEXT
from munigraph.loaders.documents.speech import title_town
from munigraph.loaders.documents.tables import Span, Table, label_class
from munigraph.loaders.documents.twins import TWIN_CUE

# Before a name: honorifics, or any short abbreviated title ("Lic.", "Ing.", "Arch.")
_HONORIFICS = re.compile(r"(?:(?i:" + lexicon.words_re("honorifics") + r")\.?\s+|[A-Z][a-z]{1,4}\.\s+)+")
# "Pour l'AIMF :", "For the City of Lyon:", "Por Mercociudades:": who signs for whom (``signature_labels``)
_SIGNED_FOR = re.compile(
    r"(?i:"
    + lexicon.words_re("signature_labels")
    + r")\s+(?:(?i:the|le|la|les|el|los|las)\s+|[lL]['’]\s*)?(?=[A-ZÀ-Þ])"
)
_PARTNERS = lexicon.word_class("partner_titles")
_TIE_KINDS = [
    (kind, re.compile(lexicon.alternation(list(words)), re.I))
    for kind, words in lexicon.table("tie_cell_kinds").items()
]
_TWIN_WORDS = re.compile(lexicon.words_re("twin_nouns"), re.I)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_NUMBERED = re.compile(r"\s\d+(?:e|er|st|nd|rd|th|º|°)?\s*$")
_ABOVE = 300  # characters above a table where a twinning word (and the kind of tie) is looked for
_TITLE = 160  # characters above a table where its title or its lead sentence stands
# "New members", "Villes membres": a title that says a table lists the page's organisation's members
_MEMBERS = re.compile(
    r"(?<![\w-])(?:" + lexicon.words_re("new_members_cues") + "|" + lexicon.words_re("member_nouns") + r")(?![\w-])",
    re.I,
)
_ROW_CLASSES = frozenset({"person", "signatory", "city", "organisation"})


def table_rows(facts: DocumentFacts, main_id: str | None) -> None:
    """Relations each table row states by its columns (see the module's doc)."""
    for table in facts.context.tables:
        classes = [records.column_class(facts.text[s:e]) for s, e in table.header]
        if not _ROW_CLASSES & set(classes):
            continue  # a table of figures, of dates, of votes: no column says who or where
        town = _twinning_town(facts, table, classes)
        tie = (town, _kind_above(facts, table)) if town else None
        owner = None if town else _owner_above(facts, table, classes, _MEMBERS)
        partnered = None if town or owner else _owner_above(facts, table, classes, _PARTNERS, ("organisation",))
        seats = (
            _council_above(facts, table)
            if {"role", "office"} & set(classes) and not _attending(facts, table, classes)
            else None
        )
        for row in table.rows:
            cells = dict(_cells(classes, row))
            _read_row(facts, cells, (row[0][0], row[-1][1]), main_id, tie)
            if seats:
                _seat(facts, cells, seats)
            listed = (owner or partnered) and _place(facts, cells, None)
            if not listed or listed in (owner, partnered):
                continue
            if owner and facts.entities[listed].kind in ("City", "Organisation"):
                facts.relate("MEMBER_OF", listed, owner, (row[0][0], row[-1][1]))
            elif partnered and facts.entities[listed].kind == "Organisation":
                year = cells.get("year") and _YEAR.search(facts.view, *cells["year"])
                facts.relate("PARTNER_OF", partnered, listed, (row[0][0], row[-1][1]), since=year and year.group(1))


def _attending(facts: DocumentFacts, table: Table, classes: list[str | None]) -> bool:
    """A sheet of registrations: a status column, or role cells that are attendance roles ("speaker"),
    not seats in a council."""
    if "status" in classes:
        return True
    column = classes.index("role") if "role" in classes else None
    cells = [facts.view[row[column][0] : row[column][1]] for row in table.rows] if column is not None else []
    return any(records.role_of(c) for c in cells) and not any(
        roles.heading_role(c) for c in cells
    )  # "Co-chair": a seat


def _cells(classes: list[str | None], row: tuple[Span, ...]) -> list[tuple[str, Span]]:
    """Each class with its first non-empty cell of the row."""
    found: dict[str, Span] = {}
    for label, span in zip(classes, row, strict=False):
        if label and span[0] < span[1]:
            found.setdefault(label, span)
    return list(found.items())


def _twinning_town(facts: DocumentFacts, table: Table, classes: list[str | None]) -> str | None:
    """The page's town when the table lists its twins: a city column, and a twinning word in the
    table's kind column or in the lines just above it."""
    if "city" not in classes or "person" in classes or "signatory" in classes:
        return None
    above = facts.view[max(0, table.start - _ABOVE) : table.start]
    kind_column = "kind" in classes and any(_tie_kind(facts, row[classes.index("kind")]) for row in table.rows)
    if not (kind_column or TWIN_CUE.search(above) or _TWIN_WORDS.search(above)):
        return None
    return title_town(facts) or home_town(facts)


def _council_above(facts: DocumentFacts, table: Table) -> str | None:
    """The council a table of seats ("Role": Co-chair, Member) sits under: the last named above it,
    else the page's organisation."""
    above = [
        (span[0], i)
        for i, span in facts.first_span.items()
        if span[0] < table.start and facts.entities[i].kind == "Council"
    ]
    return max(above)[1] if above else page_owner(facts)


def _seat(facts: DocumentFacts, cells: dict[str, Span], council: str) -> None:
    """A row's role cell ("Co-chair", "Vocal", "Membre") is the person's seat in the council."""
    person_cell = cells.get("person") or cells.get("signatory")
    seat = cells.get("role")
    if seat is None and "office" in cells and not roles.office(facts.view[cells["office"][0] : cells["office"][1]]):
        seat = cells["office"]  # "Cargo: Presidencia", "Vocal": a seat, not an office of the row's city
    role = seat and roles.heading_role(facts.view[seat[0] : seat[1]])
    person = role and person_cell and _person(facts, person_cell)
    if person:
        facts.office(person, council, (min(seat[0], person_cell[0]), max(seat[1], person_cell[1])), role)


def _owner_above(
    facts: DocumentFacts,
    table: Table,
    classes: list[str | None],
    title: re.Pattern[str],
    columns: tuple[str, ...] = ("city", "organisation"),
) -> str | None:
    """The page's organisation when the table lists its members or partners: cities or bodies and
    no people, under a title that says so ("New members", "Villes membres", "Nuestros socios")."""
    if not set(columns) & set(classes) or {"person", "signatory"} & set(classes):
        return None
    if not title.search(facts.view, max(0, table.start - _TITLE), table.start):
        return None
    return page_owner(facts)


def _kind_above(facts: DocumentFacts, table: Table) -> str:
    """The kind of tie the lines above a twinning table name ("Sister cities of X"), else twinning."""
    cue = TWIN_CUE.search(facts.view, max(0, table.start - _ABOVE), table.start)
    return cue.lastgroup if cue and cue.lastgroup else "twinning"


def _tie_kind(facts: DocumentFacts, span: Span) -> str | None:
    text = facts.view[span[0] : span[1]]
    cue = TWIN_CUE.search(text)
    if cue:
        return cue.lastgroup
    return next((kind for kind, pattern in _TIE_KINDS if pattern.search(text)), None)


def _read_row(
    facts: DocumentFacts, cells: dict[str, Span], row: Span, main_id: str | None, tie: tuple[str, str] | None
) -> None:
    """The relations of one row (``tie``: the page's town and the kind of tie when the table lists its twins)."""
    country = cells.get("country") and places.resolve_country(facts.surface(*cells["country"]))
    place = _place(facts, cells, country)
    if (
        place
        and country
        and facts.entities[place].kind == "City"
        and facts.entities[place].props.get("country") == country
    ):
        stated_country(facts, place, country, cells["country"], row)
    person_cell = cells.get("person") or cells.get("signatory")
    person = records.row_person(facts, cells) or (
        person_cell and "surname" not in cells and _person(facts, person_cell)
    )
    records.row_attendance(facts, cells, row, main_id, person or None, place)  # "speaker;confirmed" (x-records)
    if person:
        office = cells.get("office") and roles.office(facts.view[cells["office"][0] : cells["office"][1]])
        placed = "city" in cells or "organisation" in cells  # a row's own place unread: no other guessed
        own = "city" in cells and cells.get("organisation")  # "Ana Roe, Officer, UN-Habitat, Nairobi": the body
        own = own and _place(facts, {"organisation": own}, country)
        body = office and (own or place or (None if placed else _office_body(facts, cells["office"], office)))
        if office and body:
            facts.office(person, body, row, office[0])
        if "signatory" in cells and main_id:
            facts.relate("ATTENDED", person, main_id, row, role="participant", status="confirmed")
    if tie and place and place != tie[0] and facts.entities[place].kind == "City":
        town, kind = tie[0], (cells.get("kind") and _tie_kind(facts, cells["kind"])) or tie[1]
        year = cells.get("year") and _YEAR.search(facts.view, *cells["year"])
        facts.relate("TWINNED_WITH", *sorted((town, place)), row, kind=kind, since=year and year.group(1))


def _place(facts: DocumentFacts, cells: dict[str, Span], country: str | None) -> str | None:
    """The row's city (its government named or not) or organisation; the row's country decides namesakes."""
    span = cells.get("city") or cells.get("organisation")
    if span is None or _NUMBERED.search(facts.view, *span):
        return None  # "Commune of Lomé 1", "Yaoundé 5e": a numbered district, not the city its name starts with
    before, facts.entry_country = facts.entry_country, country
    try:
        found = add_affiliation(facts, span, prefer_city="city" in cells, strict=True)
        if found is None and "city" in cells:
            city = add_city(facts, span, min_score=0.7)
            found = (city, "City") if city else None
    finally:
        facts.entry_country = before
    return found[0] if found else None


def _person(facts: DocumentFacts, span: Span) -> str | None:
    """The person a name cell holds: the name a rule reads there, else the whole cell when it
    reads as a name once its honorific is taken off ("Cllr Ana ROE")."""
    names = people_in(facts.view, *span)
    if names:
        return add_person(facts, names[0])
    text = people.strip_titles(facts.surface(*span))
    if text and people.looks_like_name(text) and not places.resolve_country(text):
        return add_person(facts, span)
    return None


def _office_body(facts: DocumentFacts, cell: Span, office: tuple[str, str, str]) -> str | None:
    """The body an office cell names after the office ("Policy Advisor, UCLG World Secretariat",
    "Maire de Dakar"), if any: read when the row names no city or body of its own."""
    rest = office[2]
    after = re.match(r"[\s,]*(?:(?:of|de|du|des|del|d['’])\s+(?:the\s+|la\s+|l['’])?)?", rest)
    start = cell[1] - len(rest) + (after.end() if after else 0)
    if cell[1] - start < 2:
        return None
    found = add_affiliation(facts, (start, cell[1]), after_office=True, strict=True)
    return found[0] if found else None


# Between the items of a field's value: commas, "and", "y", "et", "e"; a dash or a bracket ends what is read
_ITEM_STOP = re.compile(r"\s+[-—–]\s|\(|;")
_BLOCK = 400  # characters: an event named this far above a field line is the one the line describes
_HEADER = 600  # characters: field lines under a page's title describe the page's event
_VENUE_OF = re.compile(
    r"(?i:" + lexicon.words_re("venue_nouns") + r")[^,;:\n]{0,30}?\s+(?i:de|d['’]|of|del)\s*(?=[A-ZÀ-Þ])"
)


def field_lines(facts: DocumentFacts, main_id: str | None) -> None:
    """ "Organizan: UCCI e Intendencia de Montevideo", "Host: Lyon City Hall", "Lieu : Hôtel de Ville de
    Bordeaux": the event the line belongs to (the nearest named above it, else the page's) is
    ORGANISED_BY each body or city listed (a host label gives role host) or HELD_IN the city named.
    A field line far from any event (an office's "Sede: calle Mayor 83, Madrid") describes none."""
    events = sorted(
        (facts.first_span[i][0], i) for i, e in facts.entities.items() if e.kind == "Event" and i in facts.first_span
    )
    on_fields = [(label[0], value[1]) for label, value in facts.context.fields]
    events = [(at, i) for at, i in events if not any(s <= at < e for s, e in on_fields)]  # "Fecha: 16 de ..."
    for label, value in facts.context.fields:
        kind = label_class(facts.text[label[0] : label[1]])
        if kind is None:
            _office_line(facts, label, value)
            _signature_line(facts, label, value, main_id)
        if kind not in ("organiser", "host", "venue"):
            continue
        event = _event_above(events, label[0]) or (
            main_id if label[0] < _HEADER and _named_by(facts, main_id, label[0]) else None
        )
        if event is None or event not in facts.entities:
            continue
        stop = _ITEM_STOP.search(facts.view, value[0], value[1])
        end = stop.start() if stop else value[1]
        quote = (label[0], value[1])
        if kind == "venue":
            if records.cancelled(facts, event):
                continue  # a cancelled calendar entry is held nowhere (records.py)
            city = _venue_city(facts, value[0], end)
            if city and not any(r.type == "HELD_IN" and r.source == event for r in facts.relations.values()):
                facts.relate("HELD_IN", event, city, quote)
            continue
        found = [p for p in (_party(facts, span) for span in split_list(facts.view, value[0], end)) if p]
        role = "host" if kind == "host" else "co-organiser" if len(found) > 1 else "organiser"
        for party in found:
            facts.relate("ORGANISED_BY", event, party, quote, role=role)


def _named_by(facts: DocumentFacts, event: str | None, at: int) -> bool:
    """The page's event was named by the time a header's field line is read (a meeting first named
    far below, "agreed to hold its next meeting in X", is not the one the header describes)."""
    return event in facts.first_span and facts.first_span[event][0] < at + _BLOCK


def _event_above(events: list[tuple[int, str]], at: int) -> str | None:
    index = bisect.bisect_left(events, (at, "")) - 1  # named before the line, not on it
    return events[index][1] if index >= 0 and at - events[index][0] < _BLOCK else None


def _party(facts: DocumentFacts, span: Span) -> str | None:
    """A body or a city (its government named) listed as an organiser or a host."""
    start, end = trim(facts.view, *span)
    article = re.match(r"(?:the|la|le|les|el|los|las|l['’])\s+", facts.view[start:end], re.I)
    start += article.end() if article else 0
    if end - start < 2 or not facts.view[start].isupper():
        return None
    known = not CITY_GOVERNMENT.search(facts.view, start, end) and facts.org_span_at(start)
    if known:  # a body read before, unless it is a city's government ("Porto City Council": Porto)
        return add_org(facts, known)
    found = add_affiliation(facts, (start, end), prefer_city=True, strict=True)
    return found[0] if found and found[1] in ("City", "Organisation", "Section", "Council") else None


def _venue_city(facts: DocumentFacts, start: int, end: int) -> str | None:
    """The city a venue names: its government ("Intendencia de Montevideo"), a building of it
    ("Hôtel de Ville de Bordeaux"), or a city alone among the items ("Eurocities office, Brussels")."""
    building = _VENUE_OF.search(facts.view, start, end)
    if building:
        name = TOWN_NAME.match(facts.view, building.end(), end)
        city = name and add_city(facts, name.span(), min_score=0.7)
        if city:
            return city
    for s, e in split_list(facts.view, start, end):
        s, e = trim(facts.view, s, e)
        if e - s < 2 or not facts.view[s].isupper():
            continue
        government = CITY_GOVERNMENT.search(facts.view, s, e)
        if government:
            found = add_affiliation(facts, (s, e), prefer_city=True, strict=True)
            if found and found[1] == "City":
                return found[0]
        text = facts.view[s:e]
        if is_city(facts, text, strong=True):
            city = add_city(facts, (s, e), text)
            if city:
                return city
    return None


def _office_line(facts: DocumentFacts, label: Span, value: Span) -> None:
    """ "Directora: Lic. Ana Ruiz", "Secretary General: Ben Poe": the person named alone after an
    office holds it in the page's organisation, else in the page's town. A session's cue
    ("Chair:", "Moderator:") is the programme's (agenda.py); an office the person holds already stays.
    Nested under a list entry naming a city or a body, the office is held there (:func:`nested_body`)."""
    text = facts.view[label[0] : label[1]]
    office = roles.office(text) or _label_verb(text)
    if not office:
        return
    nested = _nested_body(facts, label[0])
    if office[2].strip() and not (nested and _field_only(office[2])):  # "Secretaria de Ambiente" under a town
        return
    if roles.CUE.match(text + ":") and not nested:
        return
    names = people_in(facts.view, *value)
    if (
        not names
        or facts.view[value[0] : names[0][0]].strip()
        and not _HONORIFICS.fullmatch(facts.view[value[0] : names[0][0]])
    ):
        return
    after = facts.view[names[0][1] : value[1]].strip(" \t.,;")
    dashed = nested and roles.office_after_dash(after)
    of_body = nested and facts.entities[nested].kind != "City"  # "- Jury" over "  - Chair: Ana Ruiz, Mayor of X"
    if after and not dashed and not of_body:
        return  # more after the name ("Ana Ruiz, Mayor of X"): the entry's own office rules
    person = add_person(facts, names[0])
    if nested:  # "- Lyon" over "  - Mayor: Jane Roe": the office is the entry's above, not the page's
        facts.office(person, nested, (label[0], names[0][1]), office[0])
        _offices_nested_under(facts, person, label[0])
        owner = page_owner(facts)
        if owner and dashed:  # "Mayor: Jane Roe — Vice President": the page's body
            facts.office(person, owner, (label[0], value[1]), dashed)
        return
    if any(r.type in ("HOLDS_OFFICE", "CO_CHAIRS") and r.source == person for r in facts.relations.values()):
        return
    body = page_owner(facts) or title_town(facts) or home_town(facts)
    if body:
        facts.office(person, body, (label[0], value[1]), office[0])


def _label_verb(label: str) -> tuple[str, str, str] | None:
    """A label that says what the people after it do in a body ("Coordina:", "Preside:"): (role, label, '')."""
    for role, verbs in _LABEL_VERBS:
        if verbs.fullmatch(label.strip()):
            return role, label, ""
    return None


_LABEL_VERBS = [
    (role, re.compile(lexicon.alternation(vs), re.I)) for role, vs in lexicon.table("office_label_verbs").items()
]


_NESTED_NAME_END = re.compile(r"\s*(?:\(|[—–:]|\s-\s|,|$)")


def nested_body(facts: DocumentFacts, at: int) -> str | None:
    """The city or body named by the list entry that the entry at ``at`` is nested under ("- **Lyon**
    (France)" over "  - Mayor: Jane Roe"; "- Housing Committee" over "  - Chair: Ben Poe")."""
    entry = facts.context.entry_at(at)
    parent = entry and facts.context.entry_parent(entry)
    if not parent:
        return None
    start, end = trim(facts.view, *parent)
    stop = _NESTED_NAME_END.search(facts.view, start + 1, end)
    start, end = trim(facts.view, start, stop.start() if stop else end)
    if end - start < 2 or not facts.view[start].isupper():
        return None
    known = facts.org_span_at(start)
    if known and known[1] <= end + 8:  # a body read before ("Comisión de Riego (RCA)")
        return add_org(facts, known)
    found = add_affiliation(facts, (start, end), prefer_city=True, strict=True)
    return found[0] if found and found[1] in ("City", "Organisation", "Section", "Council") else None


_nested_body = nested_body


def _field_only(rest: str) -> bool:
    """What follows an office is a field of work, no body ("de Ambiente", "for Housing")."""
    targets = roles.office_targets(rest.strip(" .;"))
    return bool(targets) and all(is_field(t) or roles.known_field(t) == len(t) for t in targets)


def _offices_nested_under(facts: DocumentFacts, person: str, at: int) -> None:
    """ "  - Mayor: Jane Roe" over "    - Chair of the Network since 2024": the entries nested under a
    person's line that are an office of a body, with no one else named, are offices the person holds."""
    entry = facts.context.entry_at(at)
    if not entry:
        return
    index = facts.context.entries.index(entry)
    for child in facts.context.entries[index + 1 : index + 1 + _CHILDREN]:
        if facts.context.entry_parent(child) != entry:
            break
        text = facts.view[child[0] : child[1]]
        office = roles.office(text)
        if not office or people_in(facts.view, *child):
            continue
        for target in roles.office_targets(office[2]):
            body = facts.org_span_at(child[0] + text.find(target, len(office[1])))  # a body read before only
            if body:
                facts.office(person, add_org(facts, body), child, office[0])
                break


_CHILDREN = 4  # entries looked at under a person's line


def _signature_line(facts: DocumentFacts, label: Span, value: Span, main_id: str | None) -> None:
    """ "Pour l'AIMF : Mme Hélène Roy, secrétaire permanente", "For the City of Lyon: Jane Roe, Mayor":
    the person signing holds the office written after the name in the body or city signed for;
    under a signed text (a declaration, a pact), signing is taking part in the page's event."""
    cue = _SIGNED_FOR.match(facts.view, label[0], label[1])
    if not cue:
        return
    names = people_in(facts.view, *value)
    if not names or not _HONORIFICS.fullmatch(facts.view[value[0] : names[0][0]] or " ") and names[0][0] != value[0]:
        return
    party = _party(facts, (cue.end(), label[1]))
    if party is None:
        return
    person = add_person(facts, names[0])
    comma = re.match(r"\s*,\s*", facts.view[names[0][1] : value[1]])
    office = comma and roles.office(facts.view[names[0][1] + comma.end() : value[1]])
    if office and all(is_field(t) for t in roles.office_targets(office[2].strip(" .;"))):  # "directeur des programmes"
        facts.office(person, party, (label[0], value[1]), office[0])
    if main_id and SIGNED_TEXT.search(facts.view):
        facts.relate("ATTENDED", person, main_id, (label[0], names[0][1]), role="participant", status="confirmed")


party = _party  # read by records.py for an entry's "organiser: X" part
read_row = _read_row  # and for a form's block of field lines
venue_city = _venue_city
