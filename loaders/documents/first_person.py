"""Attendance in the first person (x-dates2): "I spoke at the Forum", "j'ai participé au Congrès", "intervine en la
Cumbre". The "I" of a blog post or a recap is its byline's person ("By Jane Roe | 3 May 2025"); the "I" of an
interview's answer is the person the answer opens with ("Nathalie Roux. — ...", then "N. R. — ..."), not the
interviewer. The event is the first one read after the verb in the sentence ("j'y interviendrai dans l'atelier
X": the workshop), else the one the sentence before names ("y", "there"). Word classes: lang/*.yaml
"first_person_verbs", "bylines"."""

from __future__ import annotations

import re
from functools import cache

from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import guarded
from munigraph.loaders.documents.names import people_in
from munigraph.loaders.documents.resolve import add_person

_BYLINE_REACH = 8  # non-empty lines from the top where a byline stands
_BYLINE = re.compile(r"[\s*_>|·]*(?i:" + lexicon.words_re("bylines") + r")[ \t]+(?P<name>[A-ZÀ-Þ][^\n|·,;]{2,50})")
_ANSWER = re.compile(r"[\s*_>]*(?P<who>[A-ZÀ-Þ][^\n—–:?]{0,50}?)\.?[ \t]*[—–-][ \t]")  # the view writes dashes "-"
_INITIALS = re.compile(r"(?:[A-ZÀ-Þ]\.[ \t]?-?){2,3}")


@cache  # one list per language
def _verbs(language: str) -> list[tuple[str, re.Pattern[str]]]:  # guarded: searched sentence by sentence
    """The page language's first-person verbs by role: the Spanish "participé" is a French third person."""
    return [
        (role, guarded(re.compile(r"(?<![\w-])(?:" + lexicon.alternation(verbs) + r")(?![\w-])", re.I)))
        for role, verbs in lexicon.table(
            "first_person_verbs", language if language in lexicon.languages() else None
        ).items()
        if verbs
    ]


def first_person_attendance(facts: DocumentFacts) -> None:
    """A sentence in the first person that says its author took part in (or spoke at) an event: the author
    attends it, with the role the verb gives."""
    view = facts.view
    author = _byline_author(facts)
    events = _event_forms(facts)
    if not events:
        return
    previous: str | None = None
    for start, end in facts.context.sentences:
        author = _answer_author(facts, start) or author
        found = None
        for role, pattern in _verbs(facts.language):
            verb = pattern.search(view, start, end)
            if verb and author:
                found = _event_in(view, events, verb.end(), end) or previous
                if found:
                    facts.relate("ATTENDED", author, found, (start, end), role=role, status="confirmed")
                break
        previous = _event_in(view, events, start, end) or (found if found else None)


def _byline_author(facts: DocumentFacts) -> str | None:
    """The person a byline near the top names ("By Jane Roe | 4 May 2025", "Par Anne Roux", "Por Ana Ruiz")."""
    for line in [ln for ln in facts.context.lines if ln.stripped][:_BYLINE_REACH]:
        m = _BYLINE.match(line.text)
        if m:
            known = _person_named(facts, m["name"])
            spans = [] if known else people_in(facts.view, line.start + m.start("name"), line.start + m.end("name"))
            if spans and spans[0][0] == line.start + m.start("name"):
                return add_person(facts, spans[0])  # a byline's name no other rule reads
            return known
    return None


def _answer_author(facts: DocumentFacts, start: int) -> str | None:
    """The person an interview's answer opens with ("Nathalie Roux. — Les gens !", "N. R. — Oui.")."""
    line = facts.context.line_at(start)
    if line.start != start and facts.view[line.start : start].strip():
        return None  # the sentence does not open its line
    m = _ANSWER.match(facts.view, start)
    if not m:
        return None
    who = m["who"].strip()
    if _INITIALS.fullmatch(who):
        letters = [c for c in who if c.isupper()]
        return next(
            (
                p
                for p, e in facts.entities.items()
                if e.kind == "Person" and not _INITIALS.fullmatch(e.name) and [w[0] for w in e.name.split()] == letters
            ),
            None,
        )
    return _person_named(facts, who)


def _person_named(facts: DocumentFacts, text: str) -> str | None:
    """The person whose name or alias opens ``text``."""
    return next(
        (p for p, e in facts.entities.items()
         if e.kind == "Person" and any(len(f) > 3 and text.startswith(f) for f in (e.name, *e.aliases))),
        None,
    )  # fmt: skip


def _event_forms(facts: DocumentFacts) -> list[tuple[str, str]]:
    """(folded form, event id) of every event's name and alias, longest first."""
    forms = {
        (form.casefold(), entity_id)
        for entity_id, entity in facts.entities.items()
        if entity.kind == "Event"
        for form in (entity.name, *entity.aliases)
        if len(form) > 3
    }
    return sorted(forms, key=lambda f: -len(f[0]))


def _event_in(view: str, events: list[tuple[str, str]], start: int, end: int) -> str | None:
    """The event named first between ``start`` and ``end``."""
    text = view[start:end].casefold()
    found = [(at, entity_id) for form, entity_id in events if (at := text.find(form)) >= 0]
    return min(found)[1] if found else None
