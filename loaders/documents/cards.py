"""Cards: pages laid out as directories and card grids, found once when a document is prepared.

A card is a run of two to eight consecutive short lines between blank lines (a directory's entry,
a speaker's card), each line classified once by what it holds:

    CAMBODIA                               country   a country's name alone: the heading of the cards below
    Battambang                             text      (a city, a person, an office, a body: read by the rules)
    Joined: 2018 (pilot city)              field     "Label: value" (tables.find_fields)
    Chief Smart City Officer: Mr. Sok V.   field

A country line opening a card (or a card of its own) is the country heading of that card and of the
cards below it, up to the next country or another heading (a line alone between blank lines, or a
paragraph of prose). Furniture (share bars, "read more", pagination) is blanked in the view before
this runs, so it ends a card and holds no line of one. The rules that read cards are in card_rows.py.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from munigraph.graph.resolution import places
from munigraph.loaders.documents.markup import Line
from munigraph.loaders.documents.tables import Span

_SHORT = 140  # characters: a longer line is prose, no card's line
_MAX_LINES = 8  # lines: a longer run of short lines is a list, no card
_COUNTRY_WORDS = 4  # a country line is the country's name alone


@dataclass(frozen=True)
class Card:
    """The lines of one card (stripped spans), their kinds, and the country heading it stands under."""

    lines: tuple[Span, ...]
    kinds: tuple[str, ...]  # "country", "field" or "text", one a line
    country: tuple[str, Span] | None = None  # ISO2 and the span of the heading that names it

    def of_kind(self, kind: str) -> list[Span]:
        return [span for span, k in zip(self.lines, self.kinds, strict=True) if k == kind]


def find_cards(text: str, all_lines: Sequence[Line], fields: Sequence[tuple[Span, Span]]) -> tuple[Card, ...]:
    """The cards of a text and the country headings they stand under; one pass over the lines."""
    field_lines = sorted(label[0] for label, _ in fields)
    found: list[Card] = []
    country: tuple[str, Span] | None = None
    for block in _blocks(all_lines):
        spans = [_stripped(line) for line in block]
        kinds = [_kind(text, span, field_lines) for span in spans]
        if kinds[0] == "country":
            country = (places.resolve_country(text[spans[0][0] : spans[0][1]]) or "", spans[0])
            spans, kinds = spans[1:], kinds[1:]
        elif len(spans) > 1 and _capitals(text[spans[0][0] : spans[0][1]]):
            country = None  # "LAO PDR", "MEMBERS": a heading in capitals that names no country the gazetteer knows
            spans, kinds = spans[1:], kinds[1:]
        elif len(block) == 1 or any(len(line.text.strip()) > _SHORT for line in block):
            country = None  # a heading of another kind, or prose: the country's cards end
            continue
        if 1 <= len(spans) <= _MAX_LINES and all(span[1] - span[0] <= _SHORT for span in spans):
            found.append(Card(tuple(spans), tuple(kinds), country))
    return tuple(found)


def _blocks(all_lines: Sequence[Line]) -> list[list[Line]]:
    """Runs of consecutive lines that are not blank."""
    blocks: list[list[Line]] = [[]]
    for line in all_lines:
        if line.text.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _capitals(line: str) -> bool:
    return line.isupper() and len(line.split()) <= _COUNTRY_WORDS


def _stripped(line: Line) -> Span:
    lead = len(line.text) - len(line.text.lstrip())
    return line.start + lead, line.start + len(line.text.rstrip())


def _kind(text: str, span: Span, field_lines: list[int]) -> str:
    """What one line of a card holds: a field, a country's name alone, or other text."""
    at = bisect.bisect_left(field_lines, span[0])
    if at < len(field_lines) and field_lines[at] < span[1]:
        return "field"
    words = text[span[0] : span[1]].split()
    if 0 < len(words) <= _COUNTRY_WORDS and words[0][:1].isupper() and places.resolve_country(" ".join(words)):
        return "country"
    return "text"
