"""Signatories of a text adopted at the page's meeting: "Ce « Pacte de Lyon », signé notamment par
Paris et Turin ainsi que par Porto", "the Declaration, signed by Kyiv, Lisbon and Oslo", "la
Declaración, firmada por Quito y Lima".

A pact or declaration is a document, not an entity; the cities and people who signed it took part
in the meeting that adopted it (the page's main event): ATTENDED, role participant. The signed
text is one of ``signed_texts``, the cue one of ``signed_by``; the signatories run to the end of
the sentence, split at commas and conjunctions.
"""

from __future__ import annotations

import re

from munigraph.graph.resolution import places
from munigraph.graph.text import fold
from munigraph.loaders.documents import lexicon, roles
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import guarded, trim
from munigraph.loaders.documents.names import people_in
from munigraph.loaders.documents.prose import is_city
from munigraph.loaders.documents.resolve import TOWN_NAME_PATTERN, add_city, add_person

SIGNED_TEXT = lexicon.word_class("signed_texts")
_SIGNED_BY = re.compile(r"(?<![\w-])" + lexicon.words_re("signed_by") + r"\s+", re.I)
# Between two signatories: a comma, "et", "ainsi que (par)", "and", "as well as (by)", "y"
_BETWEEN = re.compile(
    r"\s*,\s*|\s+(?:et|and|y|ainsi que|as well as|as|así como)(?:\s+(?:par|by|por))?\s+"
    r"|\s+(?:ainsi que|as well as|así como)\s+",
    re.I,
)
METROPOLIS = 1_000_000  # inhabitants: a city known by its name alone
_LEAD = re.compile(
    r"^(?:par|by|por|les villes de|la ville de|the cities of|the city of|las ciudades de|la ciudad de)\s+", re.I
)


def signatories(facts: DocumentFacts, main_id: str | None) -> None:
    """Cities and people named after "signé par" next to a pact or declaration attend the main event."""
    if not main_id:
        return
    view = facts.view
    for cue in _SIGNED_BY.finditer(view):
        sentence = facts.context.sentence_at(cue.start())
        if sentence is None or not SIGNED_TEXT.search(view, max(sentence[0], cue.start() - 120), cue.start()):
            continue
        position = cue.end()
        for item in [*_BETWEEN.finditer(view, cue.end(), sentence[1]), None]:
            end = item.start() if item else sentence[1]
            _signatory(facts, main_id, (position, end), (cue.start(), end))
            if item is None:
                break
            position = item.end()


def _signatory(facts: DocumentFacts, main_id: str, span: tuple[int, int], quote: tuple[int, int]) -> None:
    start, end = trim(facts.view, *span)
    text = facts.view[start:end].rstrip(" .;")
    lead = _LEAD.match(text)
    if lead:
        start, text = start + lead.end(), text[lead.end() :]
    if not text[:1].isupper():
        return
    person = next((i for i, e in facts.entities.items() if e.kind == "Person" and text in (e.name, *e.aliases)), None)
    party = person or (is_city(facts, text, strong=True) and _city(facts, (start, start + len(text)), text))
    if party:
        facts.relate("ATTENDED", party, main_id, trim(facts.view, *quote), role="participant", status="confirmed")


def _city(facts: DocumentFacts, span: tuple[int, int], text: str) -> str | None:
    """A signatory city: a metropolis of that name wherever it is (signatories come from afar: "Los
    Angeles" in a text about Mexico), else the reading the text's countries favour."""
    far = places.resolve_city(text, language=facts.language)
    metropolis = far is not None and far.population >= METROPOLIS
    return add_city(facts, span, text, context=(far.country,) if metropolis else True)


# "por Quillota firmaron A, director de Cultura; y B", "On behalf of Leeds, A, Deputy Mayor, signed": the
# people who signed for a city hold their office there (lang/*.yaml "signed_for" then "signing_verbs").
_SIGNED_FOR = guarded(
    re.compile(
        r"(?<![\w-])(?i:" + lexicon.words_re("signed_for") + r")\s+(?P<city>" + TOWN_NAME_PATTERN + r")"
        r"(?:\s*,?\s+(?P<after>(?i:" + lexicon.words_re("signing_verbs") + r")\b)|\s*,\s+(?=[A-ZÀ-Þ]))"
    )
)

_NEXT_SIDE = re.compile(
    r"(?<![\w-])(?i:"
    + lexicon.words_re("signed_for")
    + r")\s+[A-ZÀ-Þ][\w'’-]+\s*,?\s+(?i:"
    + lexicon.words_re("signing_verbs")
    + ")"
)


def signed_for_cities(facts: DocumentFacts) -> None:
    """People named after "por <City> firmaron" with an office and no place of their own hold it in that city."""
    view = facts.view
    for m in _SIGNED_FOR.finditer(view):
        sentence = facts.context.sentence_at(m.start())
        city = (
            sentence
            and is_city(facts, m.group("city"), strong=True)
            and add_city(facts, m.span("city"), m.group("city"))
        )
        if not city:
            continue
        if not m.group("after") and not re.search(lexicon.words_re("signing_verbs"), view[m.end() : sentence[1]], re.I):
            continue  # "On behalf of Leeds, A, Deputy Mayor, signed": the verb after the people
        following = _NEXT_SIDE.search(view, m.end(), sentence[1])  # "...; por Valdivia, B": the other side's
        end = following.start() if following else sentence[1]
        for s, e in people_in(view, m.end(), end):
            office = re.match(r"\s*,\s*(?:(?:the|el|la|le)\s+)?", view[e : sentence[1]], re.I)
            found = office and roles.office(view[e + office.end() : sentence[1]])
            if found and not _own_place(facts, found[2]):
                facts.office(add_person(facts, (s, e)), city, (m.start(), e + office.end() + len(found[1])), found[0])


def _own_place(facts: DocumentFacts, rest: str) -> bool:
    """ "de Cultura" is a portfolio; "de Lyon", "of UCLG" name a place or a body read in the text."""
    known = {fold(n) for e in facts.entities.values() if e.kind != "Person" for n in (e.name, *e.aliases)}
    targets = roles.office_targets(re.split(r"[;,(]", rest, maxsplit=1)[0])
    return any(fold(t) in known or is_city(facts, t, strong=True) for t in targets)
