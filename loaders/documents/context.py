"""The preparation of one document, done once before the rules run and read by all of them.

The text is flattened into a same-length view (:func:`markup.mask`), split into lines,
sentences, list entries, tables and cards (cards.py: a directory's runs of short lines under their
country heading); the rules (:mod:`loaders.documents.extract` runs them in a
declared order) read this context and add facts, they never change it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from munigraph.loaders.documents import furniture as page_furniture
from munigraph.loaders.documents.cards import Card, find_cards
from munigraph.loaders.documents.layout import LEAD_GLYPHS, mend
from munigraph.loaders.documents.markup import Line, lines, mask, sentences
from munigraph.loaders.documents.modality import Reading
from munigraph.loaders.documents.tables import Span, Table, find_fields, find_tables

# A list entry opens with a bullet or a number ("- Jane Roe, Mayor", "2. Lyon").
_BULLET = re.compile(rf"^[ \t]*(?:[-+*>•●✓–—{LEAD_GLYPHS}]|\d{{1,2}}[.)])[ \t]+(?=\S)")
_PARENT_REACH = 12  # entries looked at above one for the entry it is nested under


def _cells_apart(text: str, view: str, tables: tuple[Table, ...]) -> str:
    """The view with the tabs that part a table's cells kept (markup.mask makes every tab a blank): a
    name never runs over a tab into the next cell ("Olivares<tab>Mayor<tab>Montevideo<tab>Uruguay")."""
    tabs = [
        at
        for table in tables
        for row in (table.header, *table.rows)
        for (_, end), (start, _) in zip(row, row[1:], strict=False)
        for at in range(end, start)
        if text[at] == "\t"
    ]
    if not tabs:
        return view
    chars = list(view)
    for at in tabs:
        chars[at] = "\t"
    return "".join(chars)


@dataclass(frozen=True)
class Context:
    """Text, view, language and the spans of its lines, sentences, list entries and tables."""

    text: str
    view: str
    language: str
    lines: tuple[Line, ...]
    sentences: tuple[tuple[int, int], ...]
    entries: tuple[tuple[int, int], ...]  # list entries, the bullet left out
    tables: tuple[Table, ...]  # tables flattened to text: header and rows of cell spans (tables.py)
    fields: tuple[tuple[Span, Span], ...]  # "Label: value" lines: label and value spans (tables.py)
    _line_starts: list[int] = field(repr=False, compare=False)
    joined: dict[int, int] = field(default_factory=dict, repr=False, compare=False)  # layout.Layout.joined
    furniture: tuple[tuple[int, int, str], ...] = ()  # web-page leftovers: (start, end, kind) of lines (furniture.py)
    cards: tuple[Card, ...] = ()  # runs of short lines laid out as a directory's cards (cards.py)
    modality: Reading = Reading(())  # clauses stated as negated, planned, invited, conditional, tentative (modality.py)

    @classmethod
    def prepare(cls, text: str, language: str) -> Context:
        """Clean and split ``text`` once.

        >>> c = Context.prepare("Speakers:\\n- Jane Roe, Mayor of Lyon. She spoke.\\n", "en")
        >>> [c.view[s:e] for s, e in c.entries], len(c.sentences)
        (['Jane Roe, Mayor of Lyon. She spoke.'], 3)
        """
        masked = mask(text)
        leftovers = page_furniture.find(text, lines(masked))  # menus, share bars, footers ... by kind (furniture.py)
        masked = page_furniture.blank(masked, leftovers)  # what states nothing: no step reads it
        layout = mend(text, masked)  # wrapped lines, hyphens, page furniture, bullets (layout.py)
        all_lines = tuple(lines(layout.view))
        tables = find_tables(text, all_lines)
        view = _cells_apart(text, layout.view, tables)
        if view is not layout.view:
            all_lines = tuple(lines(view))
        all_sentences = tuple(sentences(view))
        entries = []
        for line in all_lines:
            bullet = _BULLET.match(text[line.start : line.end])
            if bullet and line.text.strip():
                entries.append((line.start + bullet.end(), len(line.text.rstrip()) + line.start))
        fields = find_fields(text, all_lines)
        return cls(
            text, view, language, all_lines, all_sentences, tuple(entries), tables,
            fields, [ln.start for ln in all_lines], layout.joined, leftovers, find_cards(view, all_lines, fields),
            Reading.read(view, language, all_sentences).under_leads(view, tuple(entries)),
        )  # fmt: skip

    def furniture_at(self, position: int) -> str | None:
        """The furniture kind of the line holding ``position`` (furniture.py), None in content."""
        index = bisect.bisect_right(self.furniture, (position, len(self.view) + 1, "")) - 1
        if index >= 0 and self.furniture[index][0] <= position <= self.furniture[index][1]:
            return self.furniture[index][2]
        return None

    def modality_at(self, start: int, end: int | None = None) -> str:
        """The modality of the clause holding ``start``..``end`` (a position alone: its clause), modality.py:
        "asserted", or "negated", "intended", "invited", "conditional", "tentative"."""
        return self.modality.of_span(start, start if end is None else end)

    def states_not(self, rel_type: str, start: int, end: int | None = None) -> bool:
        """Whether a relation of ``rel_type`` read at ``start``..``end`` is stated as not (yet) true there."""
        return self.modality.blocks(rel_type, start, start if end is None else end)

    def in_text(self, span: tuple[int, int]) -> tuple[int, int]:
        """``span`` of the view as a span of the text: one that ends on a word joined over a
        hyphen at a line end ends where that word ends in the text (layout.py)."""
        return (span[0], self.joined.get(span[1], span[1])) if self.joined else span

    def sentence_at(self, position: int) -> tuple[int, int] | None:
        """The sentence holding ``position``, if any."""
        index = bisect.bisect_right(self.sentences, (position, len(self.view) + 1)) - 1
        if index >= 0 and self.sentences[index][0] <= position < self.sentences[index][1]:
            return self.sentences[index]
        return None

    def line_at(self, position: int) -> Line:
        """The line holding ``position``."""
        return self.lines[self.line_index(position)]

    def line_index(self, position: int) -> int:
        """The index in :attr:`lines` of the line holding ``position``."""
        return max(0, bisect.bisect_right(self._line_starts, position) - 1)

    def entry_parent(self, entry: tuple[int, int]) -> tuple[int, int] | None:
        """The list entry ``entry`` is nested under: the nearest entry above it whose bullet stands
        further left, with only entries between ("- Lyon" over "  - Mayor: Jane Roe").

        >>> c = Context.prepare("- Lyon\\n  - Mayor: Jane Roe\\n    - Chair since 2020\\n", "en")
        >>> [c.view[slice(*c.entry_parent(e))] for e in c.entries[1:]]
        ['Lyon', 'Mayor: Jane Roe']
        """
        index = bisect.bisect_left(self.entries, entry)
        indent = self._indent(entry[0])
        for above in reversed(self.entries[max(0, index - _PARENT_REACH) : index]):
            if self.line_index(above[1]) + 1 < self.line_index(entry[0]) and not self._entries_between(above, entry):
                return None  # a line that is no entry ends the list
            if self._indent(above[0]) < indent:
                return above
            entry = above
        return None

    def _indent(self, entry_start: int) -> int:
        line = self.line_at(entry_start)
        return len(self.text[line.start : entry_start]) - len(self.text[line.start : entry_start].lstrip())

    def _entries_between(self, above: tuple[int, int], below: tuple[int, int]) -> bool:
        """Only blank lines stand between two entries."""
        return not self.view[above[1] : self.line_at(below[0]).start].strip()

    def entry_at(self, position: int) -> tuple[int, int] | None:
        """The list entry holding ``position``, if any."""
        index = bisect.bisect_right(self.entries, (position, len(self.view) + 1)) - 1
        if index >= 0 and self.entries[index][0] <= position < self.entries[index][1]:
            return self.entries[index]
        return None
