"""Tables flattened to text, found once when a document is prepared (:class:`context.Context`).

Sites flatten a table in three ways, all read here into the same :class:`Table` (cell spans in the text):

    | Name | Office | City |          a pipe table (a row of dashes under the header is skipped)
    City        Country     Since     columns parted by tabs or runs of two spaces or more
    Name / Office / City              one cell per line: the header cells on consecutive lines, each
                                      a field label (lang/*.yaml ``field_labels``), then the rows'
                                      cells a line each, in groups of the header's size

A header cell's class (person, office, city, country, year, ...) is the field label it is
(:func:`label_class`); the rules read a row by the classes of its columns (:mod:`fields`).
Every scan is one pass over the lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.markup import Line

Span = tuple[int, int]

_PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_RULE_ROW = re.compile(r"^[ \t|:+-]*$")  # "|---|:---:|": the line under a pipe table's header
# A spaced cell: words joined by single spaces; a tab or two spaces and more part two cells
_SPACED_CELL = re.compile(r"[^ \t\n]+(?: [^ \t\n]+)*")
_MAX_LABEL = 40  # characters: a header cell is short


@dataclass(frozen=True)
class Table:
    """A header row and the rows under it, each a tuple of cell spans (same count as the header)."""

    header: tuple[Span, ...]
    rows: tuple[tuple[Span, ...], ...]
    start: int  # where the header line starts
    end: int  # where the last row ends


@cache
def _label_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    classes = {**lexicon.table("field_labels"), "venue": lexicon.words("place_labels")}  # "Lieu", "Venue"
    return tuple((label, re.compile(lexicon.alternation(list(words)), re.I)) for label, words in classes.items())


@lru_cache(maxsize=4096)  # a document's lines are asked once each; header cells again
def label_class(text: str) -> str | None:
    """The class of a field label ("Local government" -> city, "Fonction" -> office), if it is one.

    >>> label_class("Country"), label_class("Pays:"), label_class("Budget")
    ('country', 'country', None)
    """
    text = text.strip(" \t*#:|.").strip()
    if not text or len(text) > _MAX_LABEL:
        return None
    return next((label for label, pattern in _label_patterns() if pattern.fullmatch(text)), None)


# "Label: value", "Label — value", "Label | value" on one line: a field (the label short, opening the line)
_FIELD_LINE = re.compile(r"^[ \t*#>•-]*(?P<label>[^\W\d][^:|\n]{0,39}?)[ \t*]*(?::|[ \t]—|[ \t]\|)[ \t*]*(?P<value>\S[^\n]*)$", re.M)


def find_fields(text: str, all_lines: Sequence[Line]) -> tuple[tuple[Span, Span], ...]:
    """The field lines of a text: (label span, value span), the label one of ``field_labels`` or
    anything else the rules may read as a label (an office: "Directora: Ana Ruiz"); a label of a
    known class alone on its line takes the next line as its value ("Venue" over "City Hall of X").

    >>> from munigraph.loaders.documents.markup import lines
    >>> t = "Host: City of Lyon\\nThe mayor said: no.\\n"
    >>> [(t[a:b], t[c:d]) for (a, b), (c, d) in find_fields(t, lines(t))]
    [('Host', 'City of Lyon'), ('The mayor said', 'no.')]
    """
    found = []
    for index, line in enumerate(all_lines):
        following = all_lines[index + 1] if index + 1 < len(all_lines) else None
        if following is not None and following.stripped and not _PIPE_ROW.match(following.text):
            alone = _alone_label(text, line)  # "Organisers" on its line, the value on the next
            if alone:
                found.append((alone, _stripped(following)))
                continue
        if _PIPE_ROW.match(line.text):
            pair = _pipe_cells(text, line)  # "| Venue | City Hall of Lyon |": a two-column table of fields
            if len(pair) == 2 and label_class(text[pair[0][0] : pair[0][1]]) and pair[1][0] < pair[1][1]:
                found.append(pair)
            continue
        if ":" not in line.text and "|" not in line.text and "—" not in text[line.start : line.end]:
            continue
        m = _FIELD_LINE.match(text, line.start, line.end)
        if m and not _PIPE_ROW.match(line.text):
            found.append((m.span("label"), (m.start("value"), line.start + len(line.text.rstrip()))))
    return tuple(found)


def _stripped(line: Line) -> Span:
    return line.end - len(line.text.lstrip()), line.start + len(line.text.rstrip())


def _alone_label(text: str, line: Line) -> Span | None:
    """A line that is only a field label of a known class ("Venue", "Organisateurs :")."""
    if not line.stripped or label_class(line.text) is None:
        return None
    start, end = _stripped(line)
    while end > start and text[end - 1] in ":*# \t":
        end -= 1
    while start < end and text[start] in "*# \t":
        start += 1
    return start, end


def find_tables(text: str, all_lines: Sequence[Line]) -> tuple[Table, ...]:
    """The tables of a text, in the order they stand (see the module's doc)."""
    found: list[Table] = []
    index = 0
    while index < len(all_lines):
        table, after = _pipe_table(text, all_lines, index)
        if table is None:
            table, after = _spaced_table(text, all_lines, index)
        if table is None:
            table, after = _cell_lines_table(all_lines, index)
        if table is not None:
            found.append(table)
            index = after
        else:
            index += 1
    return tuple(found)


def _pipe_cells(text: str, line: Line) -> tuple[Span, ...]:
    raw = text[line.start : line.end]
    bars = [i for i, c in enumerate(raw) if c == "|"]
    cells = []
    for left, right in zip(bars, bars[1:], strict=False):
        start, end = line.start + left + 1, line.start + right
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        cells.append((start, end))
    return tuple(cells)


def _pipe_table(text: str, all_lines: Sequence[Line], index: int) -> tuple[Table | None, int]:
    """Consecutive lines framed by bars; the first is the header."""
    rows: list[tuple[Span, ...]] = []
    at = index
    while at < len(all_lines) and _PIPE_ROW.match(all_lines[at].text):
        if not _RULE_ROW.match(all_lines[at].text):
            rows.append(_pipe_cells(text, all_lines[at]))
        at += 1
    width = len(rows[0]) if rows else 0
    body = tuple(row for row in rows[1:] if len(row) == width)
    if width < 2 or not body:
        return None, index
    return Table(rows[0], body, all_lines[index].start, all_lines[at - 1].end), at


def _spaced_cells(text: str, line: Line) -> tuple[Span, ...]:
    raw = text[line.start : line.end]
    return tuple((line.start + m.start(), line.start + m.end()) for m in _SPACED_CELL.finditer(raw))


def _spaced_table(text: str, all_lines: Sequence[Line], index: int) -> tuple[Table | None, int]:
    """A header of cells parted by wide spaces, then two rows or more with as many cells (one row
    is enough under a header of field labels)."""
    header = _spaced_cells(text, all_lines[index])
    if len(header) < 2 or _PIPE_ROW.match(all_lines[index].text):
        return None, index
    rows = []
    at = index + 1
    while at < len(all_lines):
        cells = _spaced_cells(text, all_lines[at])
        if len(cells) != len(header):
            break
        rows.append(cells)
        at += 1
    labelled = sum(1 for s, e in header if label_class(text[s:e])) >= 2
    if len(rows) < 2 and not (rows and labelled):
        return None, index
    return Table(header, tuple(rows), all_lines[index].start, all_lines[at - 1].end), at


def _cell_lines_table(all_lines: Sequence[Line], index: int) -> tuple[Table | None, int]:
    """Header cells a line each, all field labels, then the rows' cells a line each, their count a
    multiple of the header's. The cells follow each other (the table ends at a blank line), or
    each stands between blank lines, as some sites flatten (the table ends at a sentence or two
    blank lines)."""
    if not _label_line(all_lines, index) or _label_line(all_lines, index - 1) or _label_line(all_lines, index - 2):
        return None, index  # the header starts at its first label
    step = 1 if _label_line(all_lines, index + 1) else 2
    if step == 2 and all_lines[index + 1 : index + 2] and all_lines[index + 1].stripped:
        return None, index
    header_lines = []
    at = index
    while _label_line(all_lines, at) and (step == 1 or not all_lines[at - 1].stripped or at == index):
        header_lines.append(all_lines[at])
        at += step
    width = len(header_lines)
    if width < 2:
        return None, index
    cell_lines = []
    last = at  # the index of the last cell line
    while at < len(all_lines) and all_lines[at].stripped and not _prose(all_lines[at]):
        cell_lines.append(all_lines[at])
        last = at
        if step == 2 and (at + 1 >= len(all_lines) or all_lines[at + 1].stripped):
            at += 1
            break  # a loose table's cells each stand between blank lines
        at += step
    count = len(cell_lines)
    if count < width or count % width:
        return None, index
    cells = [_stripped(ln) for ln in cell_lines]
    header = tuple(_stripped(ln) for ln in header_lines)
    rows = tuple(tuple(cells[i : i + width]) for i in range(0, count, width))
    return Table(header, rows, header_lines[0].start, cell_lines[-1].end), last + 1


def _label_line(all_lines: Sequence[Line], index: int) -> bool:
    return 0 <= index < len(all_lines) and bool(all_lines[index].stripped) and label_class(all_lines[index].text) is not None


def _prose(line: Line) -> bool:
    """A sentence, not a cell: long, or ending with a full stop."""
    return len(line.stripped) > 100 or line.stripped.endswith(".")
