"""Meetings of a body that people are said to attend, and delegations that go to a meeting.

"A, maire de X, a participé, les 12 et 13 mai, au comité directeur de l'AMF, à Lyon": on a page
that names no meeting of its own, the body's meeting is the page's event: ORGANISED_BY the body,
HELD_IN the city after it, dated by the clause (a day without a year takes the page's year), and
A attends it. Its name is the body's with the kind of meeting the text calls it later ("la réunion
statutaire": ``meeting_kinds``), else "Réunion : <body>".

"la délégation française, menée par B", "cette délégation comprenait notamment C, D et E": the
leader and members of a delegation attend the page's meeting (``delegation_member_cues``).
"""

from __future__ import annotations

import re

from munigraph.graph.text import clean
from munigraph.loaders.documents import dates, lexicon, meetings
from munigraph.loaders.documents.builder import DocumentFacts, make_event_id
from munigraph.loaders.documents.markup import guarded, trim
from munigraph.loaders.documents.names import people_in
from munigraph.loaders.documents.resolve import TOWN_NAME_PATTERN, add_city, add_person
from munigraph.loaders.documents.speech import named_later, offices_after

_ATTENDED = guarded(lexicon.word_class("attended_verbs"))
_TO_BODY = re.compile(r"[^.;\n]{0,60}?\b(?:au|à la|à l['’]|aux|in the|at the|en el|en la|al)\s*$", re.I)
_KIND = re.compile(
    r"(?<![\w-])(?:la|cette|the|this|its|la|esta)\s+(?:(?P<before>" + lexicon.words_re("meeting_kinds") + r")\s+)?"
    r"(?P<noun>" + lexicon.words_re("meeting_nouns") + r")(?:\s+(?P<after>" + lexicon.words_re("meeting_kinds") + r"))?"
    r"(?![\w-])",
    re.I,
)
_DELEGATION = re.compile(r"(?<![\w-])" + lexicon.words_re("delegation_member_cues") + r"\s*", re.I)
# "Nantes Métropole": a city's government, no person
_GOVERNMENT = re.compile(r"\s" + lexicon.words_re("city_government_suffixes") + r"$")
_VENUE = re.compile(r"\s*,?\s*(?:à|in|en)\s+(?P<city>" + TOWN_NAME_PATTERN + r")")


def attended_bodies(facts: DocumentFacts, main_id: str | None) -> str | None:
    """The meeting of a body the page says people attended, when the page has no meeting of its
    own; returns the page's meeting (``main_id`` or the new one)."""
    if main_id:
        return main_id
    view = facts.view
    for verb in _ATTENDED.finditer(view):
        sentence = facts.context.sentence_at(verb.start())
        body = sentence and next(
            ((s, e, c) for (s, e), c in sorted(facts.bodies.items()) if verb.end() <= s < sentence[1]), None
        )
        if not body or not _TO_BODY.fullmatch(view, verb.end(), body[0]):
            continue
        event_id = _meeting(facts, body, sentence)
        for s, e in people_in(view, sentence[0], verb.start()):
            person = add_person(facts, (s, e))
            facts.relate("ATTENDED", person, event_id, trim(view, *sentence), role="participant", status="confirmed")
        return event_id
    return None


def _meeting(facts: DocumentFacts, body: tuple[int, int, str], sentence: tuple[int, int]) -> str:
    view = facts.view
    start, end, council = body
    surface = facts.surface(start, end)
    kind = next((m for m in _KIND.finditer(view) if m.group("before") or m.group("after")), None)
    name = f"{clean(kind.group(0).split(maxsplit=1)[1]).capitalize()} : {surface}" if kind else f"Réunion : {surface}"
    props = {}
    year = meetings.page_year(facts)
    day = dates.find_dates(view[sentence[0] : start]) or (
        dates.find_partial_dates(view[sentence[0] : start], year) if year else []
    )
    if day:
        props = {"start": day[0].first.isoformat(), "end": day[0].last.isoformat()}
    event_id = make_event_id(name, str(day[0].first.year) if day else None, keep_article=True, repeat_day=True)
    facts.entity("Event", event_id, name, (start, end), [], props, surface_is_alias=False)
    facts.relate("ORGANISED_BY", event_id, council, (start, end), role="organiser")
    venue = _VENUE.match(view, _after_acronym(view, end))
    city = venue and add_city(facts, venue.span("city"), min_score=0.7)
    if city:
        facts.relate("HELD_IN", event_id, city, trim(view, start, venue.end()))
    return event_id


def _after_acronym(view: str, end: int) -> int:
    """ "le comité directeur du CCRE (Conseil des communes ...), à Maastricht": past the brackets."""
    m = re.match(r"\s*\([^()\n]{1,120}\)", view[end:])
    return end + m.end() if m else end


def delegations(facts: DocumentFacts, main_id: str | None) -> None:
    """The leader and members of a delegation attend the page's meeting as participants."""
    if not main_id:
        return
    view = facts.view
    for cue in _DELEGATION.finditer(view):
        sentence = facts.context.sentence_at(cue.start()) or (cue.start(), cue.end())
        if named_later(facts, main_id, sentence[1]):
            continue  # a delegation to another activity the report told of before the meeting
        names = [(s, e) for s, e in people_in(view, cue.end(), sentence[1]) if not _GOVERNMENT.search(view, s, e)]
        for i, (s, e) in enumerate(names):
            person = add_person(facts, (s, e))
            facts.relate(
                "ATTENDED", person, main_id, trim(view, cue.start(), e), role="participant", status="confirmed"
            )
            offices_after(facts, person, s, e, names[i + 1][0] if i + 1 < len(names) else sentence[1])


_VISIT_NOUN = re.compile(r"^(?:la |the |el )?" + lexicon.words_re("visit_nouns") + r"\b", re.I)
_VISIT = re.compile(
    r"(?<![\w-])(?i:" + lexicon.words_re("visit_cues") + r")(?:\s+(?:(?:à|a|in|en|to)\s+)?"
    r"(?P<city>" + TOWN_NAME_PATTERN + r"))?"
)
# "a été reçue à Vienne par le maire de Vienne, A": who receives the visitors hosts the visit
_RECEIVED_BY = re.compile(r"[^.;\n]{0,80}?\s" + lexicon.words_re("slot_by") + r"\s")


def visits(facts: DocumentFacts) -> None:
    """ "Le maire de X, A, est en visite à Y": on a page about a visit (an event named "Visite ..."),
    the visit is HELD_IN Y and the people named before the cue in the sentence take part in it."""
    visit = next((i for i, e in facts.entities.items() if e.kind == "Event" and _VISIT_NOUN.match(e.name)), None)
    if visit is None:
        return
    view = facts.view
    for m in _VISIT.finditer(view):
        sentence = facts.context.sentence_at(m.start()) or m.span()
        city = m.group("city") and add_city(facts, m.span("city"), min_score=0.7)
        if city:
            facts.relate("HELD_IN", visit, city, trim(view, m.start(), m.end()))
        for s, e in people_in(view, sentence[0], m.start()):
            person = add_person(facts, (s, e))
            facts.relate("ATTENDED", person, visit, trim(view, sentence[0], m.end()), role="participant",
                         status="confirmed")  # fmt: skip
        by = _RECEIVED_BY.match(view, m.end(), sentence[1])
        for s, e in people_in(view, by.end(), sentence[1]) if by else ():
            person = add_person(facts, (s, e))
            facts.relate("ATTENDED", person, visit, trim(view, m.start(), e), role="host", status="confirmed")
