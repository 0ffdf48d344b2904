"""Cities that attend a meeting through the people who stand for them: "The meeting was attended
by the mayors or representatives of Bogota, Madrid and Rosario", "the programme featured the
mayors of Kyiv (Ukraine) and Seoul (Republic of Korea)", "avec la participation des maires de
Paris et de Dakar". Unnamed office-holders are represented by their city: each city listed after
a delegate word (``city_delegates``) ATTENDED the meeting, in the role the sentence's attendance
cue gives (``delegation_cues``). The meeting is the one the sentence names, else the page's.
"""

from __future__ import annotations

import re

from munigraph.graph.text import fold
from munigraph.loaders.documents import lexicon
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import trim
from munigraph.loaders.documents.names import people_in
from munigraph.loaders.documents.prose import event_mentions, is_city
from munigraph.loaders.documents.resolve import add_city

_CUES = [
    (role, re.compile(r"(?<![\w-])" + lexicon.alternation(cues) + r"(?![\w-])", re.I))
    for role, cues in lexicon.table("delegation_cues").items()
    if cues
]
_DELEGATES = lexicon.words_re("city_delegates")
_OF = r"(?:of|from|de|des|du|del|d['’])"
_HOLDERS = re.compile(
    rf"(?<![\w-]){_DELEGATES}(?:\s+(?:or|and|ou|et|o|y)\s+{_DELEGATES})?\s+{_OF}\s*(?:the\s+|la\s+|las\s+|los\s+)?",
    re.I,
)
# One item of the list: a capitalised name, its country in brackets after it
_ITEM = re.compile(
    r"(?:(?:de|of|d['’])\s*)?(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:[ -][A-ZÀ-Þ][\w'’.-]*){0,3})(?:\s*\([^()\n]{2,40}\))?"
)
# "une délégation de X, conduite par son maire, A": the delegation stands for its city, whoever leads it
_DELEGATION = re.compile(lexicon.words_re("delegation_nouns") + r"(?:s|es)?\b", re.I)
_SEPARATOR = re.compile(lexicon.list_joint(space=r"\s"))


_TWINS = re.compile(
    r"(?:(?:all|the|its|their|our|toutes|les|ses|leurs|todas|las|sus)\s+)*"
    + lexicon.words_re("twin_nouns")
    + r"(?![\w-])",
    re.I,
)


def cities_attending(facts: DocumentFacts, main_id: str | None) -> None:
    """Each city listed after a delegate word (or, after "representatives of all sister cities",
    each city the page says is twinned and is no hub of twins), in a sentence with an attendance cue."""
    view = facts.view
    mentions: list[tuple[str, int, int]] | None = None
    for sentence in facts.context.sentences:
        for holders in _HOLDERS.finditer(view, *sentence):
            cue = _cue_before(view, sentence[0], holders.start()) or _cue_before(view, holders.end(), sentence[1])
            if cue is None:
                continue
            twins = _TWINS.match(view, holders.end())
            cities = _twinned(facts, twins.end()) if twins else _listed_cities(facts, holders.end(), sentence[1])
            led = _DELEGATION.match(holders.group(0))  # a delegation's city attends, whoever leads it
            if not cities or (not led and _named_holder(view, holders, cities[0][1], sentence[1])):
                continue
            if mentions is None:
                mentions = event_mentions(facts)
            event_id = next((e for e, s, _ in mentions if sentence[0] <= s < sentence[1]), main_id)
            if event_id is None:
                return
            for city, end in cities:
                span = trim(view, holders.start(), end)
                facts.relate("ATTENDED", city, event_id, span, role=cue, status="confirmed")


def _cue_before(view: str, start: int, end: int) -> str | None:
    """The role of the last attendance cue in [start, end)."""
    found = [(m.start(), role) for role, pattern in _CUES for m in pattern.finditer(view, start, end)]
    return max(found)[1] if found else None


def _listed_cities(facts: DocumentFacts, start: int, end: int) -> list[tuple[str, int]]:
    """(city id, end of its item) for the items of the list at ``start``, up to the first item
    that is no city."""
    view, found, at = facts.view, [], start
    while at < end:
        item = _ITEM.match(view, at)
        if item is None or item.end() > end:
            break
        city = _known_city(facts, item.group("name")) or (
            is_city(facts, item.group("name"), True) and add_city(facts, item.span("name"))
        )
        if not city:
            break
        found.append((city, item.end()))
        separator = _SEPARATOR.match(view, item.end())
        if separator is None:
            break
        at = separator.end()
    return found


def _named_holder(view: str, holders: re.Match, at: int, end: int) -> bool:
    """ "the Mayor of Cádiz, Ana Roe, took part", "the participation of the Mayor of Kyiv is
    awaiting confirmation, Vitali Klitschko", "Ana Roe, Mayor of Cádiz": one office-holder who is
    named attends herself."""
    before = people_in(view, max(0, holders.start() - 80), holders.start())
    if before and not view[before[-1][1] : holders.start()].strip(" ,"):
        return True  # "Claudia López, alcaldesa de Bogotá"
    if holders.group(0).split()[0].lower().endswith("s"):
        names = people_in(view, at, min(end, at + 80))  # "the mayors of A and B, Ana Roe and ..."
        return bool(names) and not view[at : names[0][0]].strip(" ,")
    return bool(people_in(view, at, end))


def _twinned(facts: DocumentFacts, end: int) -> list[tuple[str, int]]:
    """The cities twinned in the text with exactly one other city (a hub twinned with several is
    the host that receives them), each with ``end`` for its quote."""
    partners: dict[str, set[str]] = {}
    for r in facts.relations.values():
        if r.type == "TWINNED_WITH" and r.provenance[0].quote:
            partners.setdefault(r.source, set()).add(r.target)
            partners.setdefault(r.target, set()).add(r.source)
    return [(city, end) for city, others in partners.items() if len(others) == 1]


def _known_city(facts: DocumentFacts, name: str) -> str | None:
    """A city a rule already read under this name ("Buenos Aires" read with its country)."""
    folded = fold(name)
    return next(
        (
            i
            for i, e in facts.entities.items()
            if e.kind == "City" and folded in {fold(f) for f in (e.name, *e.aliases)}
        ),
        None,
    )
