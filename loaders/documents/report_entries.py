"""Activity reports in dated entries (x-where): a report under month headings ("ENERO", "Mars 2025",
"April") whose entries open with their day and a dash ("22/01 —", "05/02 y 06/02 —", "le 12 —",
"3 March —"). The month comes from the entry ("dd/mm") or from the heading above it, the year from the
heading or the page; an event named in an entry that no rule dated takes the entry's days.
Word classes: lang/*.yaml "entry_day_words" (the word that may open a day-only entry: "le", "el")."""

from __future__ import annotations

import datetime as dt
import re

from munigraph.graph.text import fold
from munigraph.loaders.documents import dates, lexicon, meetings
from munigraph.loaders.documents.builder import DocumentFacts

_HEADING_MAX = 30  # characters of a month heading
_MIN_ENTRIES = 2  # dated entries that make a page a report in entries: one is any line
# "ENERO", "## Mars 2025", "**April 2025**": a month alone on its line, a year perhaps
_MONTH_HEADING = re.compile(
    r"[\s#*_>|-]*" + dates.MONTH.format("month") + r"(?:[ \t]+(?:de[ \t]+)?(?P<year>(?:19|20)\d\d))?[\s:*_.|-]*",
    re.I,
)
_DAY = r"(?P<{d}>[0-3]?\d)(?:er|º|°)?(?:[/.](?P<{m}>[01]?\d)(?![/.]?\d))?"
_JOINT = r"[ \t]*(?:-|–|/|y|et|and|al|au|to|a)[ \t]*"
# "22/01 —", "05/02 y 06/02 —", "le 12 —", "12-13 —": the entry's day(s) then a dash (a hyphen between spaces)
_ENTRY = re.compile(
    r"[ \t>*•·-]*(?:(?i:" + lexicon.words_re("entry_day_words") + r")[ \t]+)?"
    + _DAY.format(d="d1", m="m1") + r"(?:" + _JOINT + _DAY.format(d="d2", m="m2") + r")?"
    + r"[ \t]*(?:[—–]|-(?=[ \t]))[ \t]*(?=\S)"
)  # fmt: skip


def dated_entries(facts: DocumentFacts) -> None:
    """Date each undated event named in a report's entry with the entry's days."""
    entries = list(_entries(facts))
    if len(entries) < _MIN_ENTRIES:
        return
    for start, end, first, last in entries:
        for event_id, (at, _) in list(facts.first_span.items()):
            event = facts.entities.get(event_id)
            if event is None or event.kind != "Event" or not start <= at < end or event.props.get("start"):
                continue
            event.props.update(start=first.isoformat(), end=last.isoformat())


def _entries(facts: DocumentFacts):
    """(line start, line end, first day, last day) of each dated entry, in text order."""
    year = meetings.page_year(facts)
    month: int | None = None
    for line in facts.context.lines:
        heading = _MONTH_HEADING.fullmatch(line.text) if len(line.stripped) <= _HEADING_MAX else None
        if heading:
            month = dates.MONTHS.get(fold(heading["month"]).rstrip("."))
            year = int(heading["year"]) if heading["year"] else year
            continue
        entry = _ENTRY.match(line.text)
        if entry is None or year is None:
            continue
        first_month = int(entry["m1"]) if entry["m1"] else month
        if first_month is None or (entry["m1"] is None and entry["d2"] and entry["m2"]):
            continue  # a day with no month from the entry or a heading: no date
        first = _day(year, first_month, entry["d1"])
        last = _day(year, int(entry["m2"]) if entry["m2"] else first_month, entry["d2"]) if entry["d2"] else first
        if first and last and first <= last:
            yield line.start, line.end, first, last


def _day(year: int, month: int, day: str) -> dt.date | None:
    try:
        return dt.date(year, month, int(day))
    except ValueError:
        return None
