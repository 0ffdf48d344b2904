"""The signature block that closes a signed text (a letter of intent, a joint communiqué, an agreement):
a line naming the party each signatory signs for, then the signatory's name and office on the lines
under it. Two parties often stand side by side, their columns flattened onto shared lines::

    For the City of Porto                 For the City of Recife
    Inês Carvalho                         Paulo Menezes
    Deputy Mayor                          Mayor

The person of each column holds the office written in it, in the city or body the column signs for
("Pour la Ville de Liège, / Le Bourgmestre, / Olivier Dethier": the mayor of Liège).

>>> from munigraph.loaders.documents.extract import extract
>>> facts = extract("For the City of Porto          For the City of Recife\\n"
...                 "Ana Costa                      Paulo Lima\\nDeputy Mayor                   Mayor\\n", "doc:s", "en")
>>> sorted((facts.entities[r.source].name, facts.entities[r.target].name, r.props["role"])
...        for r in facts.relations.values() if r.type == "HOLDS_OFFICE")
[('Ana Costa', 'Porto', 'deputy mayor'), ('Paulo Lima', 'Recife', 'mayor')]
"""

from __future__ import annotations

import re

from munigraph.loaders.documents import lexicon, roles
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.fields import _party as party  # a body or a city named as a party
from munigraph.loaders.documents.markup import Line, trim
from munigraph.loaders.documents.names import people_in
from munigraph.loaders.documents.resolve import add_person

# Columns flattened onto one line stand apart by a run of blanks (three or more) or a tab.
_COLUMN_GAP = re.compile(r"[ \t]{3,}|\t")
# "For the City of Porto", "Pour la Ville de Liège,", "Por el Ayuntamiento de Cuenca:": a party's cell
_FOR_PARTY = re.compile(
    r"(?i:" + lexicon.words_re("signature_labels") + r")[ \t]+(?=[A-ZÀ-Þa-zà-ÿ'’ ]{0,8}[A-ZÀ-Þ])", re.I
)
_ARTICLE = re.compile(r"(?:the|le|la|les|el|los|las|l['’])\s*", re.I)
_BLOCK_LINES = 4  # lines under the parties' line that a column holds (a name, an office, a date)


def signature_blocks(facts: DocumentFacts) -> None:
    """Each signatory of a block holds the office written in its column, in the party it signs for."""
    view = facts.view
    lines = facts.context.lines
    for index, line in enumerate(lines):
        cells = _cells(line)
        cues = [_FOR_PARTY.match(view, *cell) for cell in cells]
        if not cells or not all(cues) or not _closes_line(view, line, cells):
            continue
        columns = _columns(view, lines[index + 1 : index + 1 + _BLOCK_LINES], len(cells))
        for cue, cell, column in zip(cues, cells, columns, strict=True):
            target = party(facts, (cue.end(), cell[1]))
            if target is not None:
                _signatory(facts, target, cell, column)


def _cells(line: Line) -> list[tuple[int, int]]:
    """The spans of a line's columns, blanks trimmed."""
    found, at = [], line.start
    for gap in [*_COLUMN_GAP.finditer(line.text), None]:
        end = line.start + gap.start() if gap else line.end
        span = (at, end)
        if line.text[span[0] - line.start : end - line.start].strip():
            found.append(span)
        at = line.start + gap.end() if gap else line.end
    return found


def _closes_line(view: str, line: Line, cells: list[tuple[int, int]]) -> bool:
    """A party's cell is short and ends its column (no sentence runs on: "For the City, the plan ...")."""
    return all(e - s <= 80 and not re.search(r"[.;]\s*$", view[s:e]) for s, e in cells)


def _columns(view: str, below: tuple[Line, ...], count: int) -> list[list[tuple[int, int]]]:
    """The cells under each party, line by line, while the lines keep the parties' columns."""
    columns: list[list[tuple[int, int]]] = [[] for _ in range(count)]
    for line in below:
        if not line.stripped:
            if columns[0]:
                break
            continue
        cells = _cells(line)
        if len(cells) != count or any(_FOR_PARTY.match(view, *cell) for cell in cells):
            break
        for column, cell in zip(columns, cells, strict=True):
            column.append(cell)
    return columns


def _signatory(facts: DocumentFacts, target: str, party_cell: tuple[int, int], column: list[tuple[int, int]]) -> None:
    """The person named in a column and the office written beside the name or on a line of its own."""
    view = facts.view
    person, office = None, None
    for start, end in column:
        names = people_in(view, start, end)
        if names and person is None and names[0][0] - start <= 12:  # "M. Olivier Dethier", "Ana Costa, Mayor"
            person = names[0]
            start = names[0][1]
        s, e = trim(view, start, end)
        article = _ARTICLE.match(view, s, e)
        found = roles.office(view[article.end() if article else s : e].strip(" ,"))
        if found and office is None and not found[2].strip(" ,.:"):
            office = found
    if person and office:
        end = max(person[1], column[-1][1])
        facts.office(add_person(facts, person), target, (party_cell[0], end), office[0])
