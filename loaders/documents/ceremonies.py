"""Openings and closings named in prose: "La cérémonie d'ouverture a été ponctuée par les allocutions
du maire de X, M. A ; du président de Y, M. B", "prenait part à la cérémonie de clôture d'une
exposition dénommée « Z »", "the opening ceremony featured remarks by ...".

The ceremony (``ceremony_nouns``) is an event of its own, PART_OF the event its name is followed
by (an event noun and a quoted title: "d'une exposition « Z »") or else the page's meeting. The
people after a speech noun (``speech_nouns``) in its sentence speak at it, except the one a
representative stands for ("représentant du président, M. C": ``represented_cues``).
"""

from __future__ import annotations

import re

from munigraph.graph.text import clean, slug
from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.builder import DocumentFacts, make_event_id
from munigraph.loaders.documents.markup import guarded, trim
from munigraph.loaders.documents.names import people_in
from munigraph.loaders.documents.resolve import add_person

_CEREMONY = guarded(lexicon.word_class("ceremony_nouns"))
_SPEECH = lexicon.word_class("speech_nouns")
_REPRESENTED = re.compile(r"(?<![\w-])" + lexicon.words_re("represented_cues") + r"(?!\w)", re.I)
# "de clôture d'une exposition dénommée « Senghor ... »": the larger event, named by its quoted title
_OF_EVENT = re.compile(
    r"\s+(?:de la|de l['’]|du|des|de|d['’]une|d['’]un|of the|of an|of a|of|del|de la|de una|de un)\s*"
    r"(?P<noun>" + lexicon.words_re("event_nouns") + r"|exposition|exhibition|exposici[óo]n)\b"
    r"[^.;\n«\"“]{0,30}[«\"“]\s*(?P<title>[^»\"”\n]{3,100}?)\s*[»\"”]",
    re.I,
)


def ceremonies(facts: DocumentFacts, main_id: str | None) -> None:
    """Each ceremony named in prose, PART_OF its event, and the people who speak at it."""
    view = facts.view
    for m in _CEREMONY.finditer(view):
        parent = _parent(facts, m.end()) or main_id
        if parent is None:
            continue
        phrase = clean(m.group(0))
        # "The opening ceremony will be held on 22 October": a held meeting read it already
        ceremony_id = next(
            (i for i, (s, e) in facts.first_span.items() if s <= m.start() and m.end() <= e and facts.entities[i].kind == "Event"
             and i != parent),
            f"{parent}-{slug(phrase)}",
        )  # fmt: skip
        props = {"event_type": "session"}
        day = {k: facts.entities[parent].props.get(k) for k in ("start", "end")}
        if day["start"] and day["start"][:10] == (day["end"] or "")[:10]:  # the day of a one-day meeting
            props |= {"start": day["start"][:10], "end": day["start"][:10]}
        facts.entity("Event", ceremony_id, phrase[:1].upper() + phrase[1:], m.span(), [], props)
        sentence = facts.context.sentence_at(m.start()) or m.span()
        facts.relate("PART_OF", ceremony_id, parent, trim(view, m.start(), m.end()))
        _speakers(facts, ceremony_id, m.end(), sentence[1])


def _parent(facts: DocumentFacts, at: int) -> str | None:
    """The event named right after a ceremony's name by a noun and a quoted title, as an entity."""
    m = _OF_EVENT.match(facts.view, at)
    if not m:
        return None
    title = clean(m.group("title"))
    event_id = make_event_id(title, keep_article=True)
    facts.entity("Event", event_id, title, m.span("title"), [], {})
    return event_id


def _speakers(facts: DocumentFacts, ceremony_id: str, start: int, end: int) -> None:
    view = facts.view
    speech = _SPEECH.search(view, start, end)
    if not speech:
        return
    previous = speech.end()
    for s, e in people_in(view, speech.end(), end):
        represented = _REPRESENTED.search(view, previous, s)  # "représentant du président, M. X": X is absent
        previous = e
        if represented:
            continue
        person = add_person(facts, (s, e))
        facts.relate("ATTENDED", person, ceremony_id, trim(view, speech.start(), e), role="speaker", status="confirmed")
