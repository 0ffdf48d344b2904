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

import re

from munigraph.graph.resolution import people, places
from munigraph.loaders.documents import lexicon, roles
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.names import people_in
from munigraph.loaders.documents.prose import _stated_country
from munigraph.loaders.documents.resolve import add_affiliation, add_city, add_person, home_town
from munigraph.loaders.documents.speech import title_town
from munigraph.loaders.documents.tables import Span, Table, label_class
from munigraph.loaders.documents.twins import TWIN_CUE

_TIE_KINDS = [
    (kind, re.compile(lexicon.alternation(list(words)), re.I)) for kind, words in lexicon.table("tie_cell_kinds").items()
]
_TWIN_WORDS = re.compile(lexicon.words_re("twin_nouns"), re.I)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_ABOVE = 300  # characters above a table where its title or its lead sentence stands
_ROW_CLASSES = frozenset({"person", "signatory", "city", "organisation"})


def table_rows(facts: DocumentFacts, main_id: str | None) -> None:
    """Relations each table row states by its columns (see the module's doc)."""
    for table in facts.context.tables:
        classes = [label_class(facts.text[s:e]) for s, e in table.header]
        if not _ROW_CLASSES & set(classes):
            continue  # a table of figures, of dates, of votes: no column says who or where
        town = _twinning_town(facts, table, classes)
        for row in table.rows:
            _read_row(facts, dict(_cells(classes, row)), (row[0][0], row[-1][1]), main_id, town)


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


def _tie_kind(facts: DocumentFacts, span: Span) -> str | None:
    text = facts.view[span[0] : span[1]]
    cue = TWIN_CUE.search(text)
    if cue:
        return cue.lastgroup
    return next((kind for kind, pattern in _TIE_KINDS if pattern.search(text)), None)


def _read_row(facts: DocumentFacts, cells: dict[str, Span], row: Span, main_id: str | None, town: str | None) -> None:
    country = cells.get("country") and places.resolve_country(facts.surface(*cells["country"]))
    place = _place(facts, cells, country)
    if place and country and facts.entities[place].kind == "City" and facts.entities[place].props.get("country") == country:
        _stated_country(facts, place, country, cells["country"], row)
    person_cell = cells.get("person") or cells.get("signatory")
    person = person_cell and _person(facts, person_cell)
    if person:
        office = cells.get("office") and roles.office(facts.view[cells["office"][0] : cells["office"][1]])
        body = office and (_office_body(facts, cells["office"], office) or place)
        if office and body:
            facts.office(person, body, row, office[0])
        if "signatory" in cells and main_id:
            facts.relate("ATTENDED", person, main_id, row, role="participant", status="confirmed")
    if town and place and place != town and facts.entities[place].kind == "City":
        kind = (cells.get("kind") and _tie_kind(facts, cells["kind"])) or "twinning"
        year = cells.get("year") and _YEAR.search(facts.view, *cells["year"])
        facts.relate("TWINNED_WITH", *sorted((town, place)), row, kind=kind, since=year and year.group(1))


def _place(facts: DocumentFacts, cells: dict[str, Span], country: str | None) -> str | None:
    """The row's city (its government named or not) or organisation; the row's country decides namesakes."""
    span = cells.get("city") or cells.get("organisation")
    if span is None:
        return None
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
    "Maire de Dakar"), if any."""
    rest = office[2]
    after = re.match(r"[\s,]*(?:(?:of|de|du|des|del|d['’])\s+(?:the\s+|la\s+|l['’])?)?", rest)
    start = cell[1] - len(rest) + (after.end() if after else 0)
    if cell[1] - start < 2:
        return None
    found = add_affiliation(facts, (start, cell[1]), after_office=True, strict=True)
    return found[0] if found else None
