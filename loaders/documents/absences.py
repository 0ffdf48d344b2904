"""Absences and stand-ins in prose (x-speak): "The Mayor of Leeds, Jane Roe, could not attend and sent her
apologies; she was represented by her adviser, John Poe, who read a message on her behalf", "Le maire de Lyon,
excusé, était représenté par son adjoint, Paul Roux", "Se excusó la alcaldesa de Lima, Ana Ruiz, que no pudo
viajar; fue representada por su asesor, Luis Paz".

The people of the clause an absence cue stands in (lang/*.yaml "absence_cues") did not attend: the attendance
other rules read from that sentence is dropped (their offices hold). The people named right after a "represented
by" cue in the same sentence attend the event the absent person was said to attend (else the page's event), as
participants, or as speakers when they read or delivered a message (lang/*.yaml "delivered_message")."""

from __future__ import annotations

import re
from functools import cache

from munigraph.graph.resolution import people
from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.names import people_in
from munigraph.loaders.documents.resolve import add_person

_POSSESSIVE_OFFICE = re.compile(
    r"[ \t]*(?:(?:his|her|their|son|sa|ses|su|sus)[ \t]+[^,;.\n]{2,60}?,[ \t]*)?"  # "his adviser, ", "su asesora, "
)


@cache
def _absence() -> re.Pattern[str]:
    return lexicon.word_class("absence_cues", joiners="'’")


@cache
def _represented() -> re.Pattern[str]:
    return lexicon.word_class("represented_by", joiners="'’")


@cache
def _message() -> re.Pattern[str]:
    return lexicon.word_class("delivered_message", joiners="'’")


def absences(facts: DocumentFacts, main_id: str | None) -> None:
    """Drop the attendance of people a sentence says were absent; their stand-ins attend (see the module's doc)."""
    view = facts.view
    for start, end in facts.context.sentences:
        cue = _absence().search(view, start, end)
        if not cue:
            continue
        stand_in = _represented().search(view, start, end)
        absent_end = stand_in.start() if stand_in else end
        absent = {_person_at(facts, s, e) for s, e in people_in(view, start, absent_end)} - {None}
        events = _drop_attendance(facts, absent, (start, end))
        event = events[0] if len(events) == 1 else main_id if not events else None
        if stand_in and event:
            _stand_ins(facts, stand_in, end, event)


def _person_at(facts: DocumentFacts, start: int, end: int) -> str | None:
    person = people.person_id(people.strip_titles(facts.surface(start, end)))
    entity = facts.entities.get(person)
    return person if entity is not None and entity.kind == "Person" else None


def _drop_attendance(facts: DocumentFacts, absent: set[str], sentence: tuple[int, int]) -> list[str]:
    """Drop the absent people's attendance read from this sentence only; the events it named."""
    events = []
    sentence = facts.in_text(sentence)  # provenance is in the text's offsets, sentences in the view's
    for key, relation in list(facts.relations.items()):
        if relation.type != "ATTENDED" or relation.source not in absent:
            continue
        inside = [p for p in relation.provenance if p.start is not None and sentence[0] <= p.start < sentence[1]]
        if inside and len(inside) == len(relation.provenance):
            del facts.relations[key]
            events.append(relation.target)
    return list(dict.fromkeys(events))


def _stand_ins(facts: DocumentFacts, cue: re.Match[str], end: int, event: str) -> None:
    """ "represented by her adviser, John Poe, who read a message": John Poe attends."""
    view = facts.view
    cue_end = cue.end()
    office = _POSSESSIVE_OFFICE.match(view, cue_end, end)
    at = office.end() if office else cue_end
    names = people_in(view, at, end)
    if not names or names[0][0] != at:
        return
    clause_end = min([i for i in (view.find(";", names[0][1], end),) if i >= 0] or [end])
    role = "speaker" if _message().search(view, names[0][1], clause_end) else "participant"
    person = add_person(facts, names[0])
    facts.relate("ATTENDED", person, event, (cue.start(), names[0][1]), role=role, status="confirmed")
