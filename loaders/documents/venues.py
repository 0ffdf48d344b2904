"""Venue lines of a programme: "À l'Hôtel de Ville de Dakar", "City Hall of Lyon", "Ayuntamiento de
Quito" alone on a line (``venue_nouns``, then the city), or a labelled one ("Lugar: Asunción", ``place_labels``).

The sessions listed after the line, up to the next day heading or venue line, are HELD_IN that
city; so is the page's main event when every venue line names the same city.
"""

from __future__ import annotations

import re

from munigraph.loaders.documents import dates, lexicon
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import Line, trim
from munigraph.loaders.documents.resolve import TOWN_NAME_PATTERN, add_city

_VENUE_LINE = re.compile(
    r"^[\s*#]*(?:(?i:à|a|at|en)\s+)?(?:(?i:l['’]|la|le|the|el)\s*)?(?i:" + lexicon.words_re("venue_nouns") + r")"
    r"[^\n,;:]{0,40}?\s+(?i:de|d['’]|of|del)\s*(?P<city>" + TOWN_NAME_PATTERN + r")[\s*.]*$"
)

# "Lugar: Asunción, Paraguay", "Venue: Ghent": the city alone after a place label (its country may follow)
_PLACE_LABEL = re.compile(
    r"^[\s*#]*(?i:" + lexicon.words_re("place_labels") + r")[ \t*]*:[ \t*]*"
    r"(?P<city>[A-ZÀ-Þ][\w'’-]+(?:[ -](?:de |del |de la )?[A-ZÀ-Þ][\w'’-]+){0,3})(?:[ \t]*,[ \t]*[A-ZÀ-Þ][\w'’ -]{2,30})?[\s*.]*$"
)


def venue_lines(facts: DocumentFacts, main_id: str | None) -> None:
    """Sessions after a venue line are held in its city; the main event too when all such lines agree."""
    view = facts.view
    all_lines = [ln for ln in facts.context.lines if ln.stripped]
    found: list[tuple[int, str, Line]] = []
    for i, line in enumerate(all_lines):
        m = _VENUE_LINE.match(line.text) or _PLACE_LABEL.match(line.text)
        city = m and add_city(facts, (line.start + m.start("city"), line.start + m.end("city")), min_score=0.7)
        if city:
            found.append((i, city, line))
    sessions = [
        (facts.first_span[i][0], i)
        for i, e in facts.entities.items()
        if e.kind == "Event" and e.props.get("event_type") == "session" and i in facts.first_span and i != main_id
    ]
    for i, city, line in found:
        end = next(
            (
                ln.start
                for ln in all_lines[i + 1 :]
                if _VENUE_LINE.match(ln.text) or _PLACE_LABEL.match(ln.text) or _day(ln)
            ),
            len(view),
        )
        for start, session in sessions:
            if line.end <= start < end:
                facts.relate("HELD_IN", session, city, trim(view, line.start, line.end))
    if main_id and found and len({city for _, city, _ in found}) == 1:
        facts.relate("HELD_IN", main_id, found[0][1], trim(view, found[0][2].start, found[0][2].end))


def _day(line: Line) -> bool:
    """A day heading: a line that is mostly a date."""
    found = dates.find_dates(line.text)
    return bool(found) and len(line.stripped) - (found[0].end - found[0].start) < 15
