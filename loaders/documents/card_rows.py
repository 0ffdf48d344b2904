"""Relations read from the cards of a directory page (cards.py: a card's lines, kinds and country heading).

    MALAYSIA                                              IN_COUNTRY: the card's city is in the heading's country
    Ipoh                                                  (the gazetteer must place a town of that name there)
    Joined: 2025                                          MEMBER_OF the page's organisation, since 2025
    Focal point: Mr. Lim Wei Jie, Director of Planning    HOLDS_OFFICE Ipoh: the office written after the name,
                                                          else the label's ("focal point")

A card's city is its first line of text when that line is a town's name alone: under a country
heading, a town of that country; with a "Joined:" field and no heading, a town the gazetteer knows
well. A card with no city gives no relation: a person's field alone ties them to no place.
"""

from __future__ import annotations

import re

from munigraph.graph.resolution import people, places
from munigraph.loaders.documents import lexicon, roles
from munigraph.loaders.documents.bodies import OWNER_KINDS, page_owner
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.cards import Card
from munigraph.loaders.documents.city_countries import names_a_person
from munigraph.loaders.documents.names import people_in
from munigraph.loaders.documents.prose import stated_country
from munigraph.loaders.documents.resolve import add_city, add_person
from munigraph.loaders.documents.tables import Span, label_class

_PERSON_LABEL = re.compile(r"(?<![\w-])" + lexicon.words_re("card_person_labels") + r"[ \t]*$", re.I)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_AFTER_NAME = re.compile(r"[ \t]*[,–—(][ \t]*")  # "Name, Director of Planning", "Name (Director)"
_TITLE_WORDS = 5  # a city's line is its name alone
_NAME_REACH = 12  # characters an honorific may take before the name at a value's start
_IN_COUNTRY = 0.9  # the gazetteer's score of a town of the heading's country named on a card
_LISTED = 0.8  # and of a town named on a member's card with no country heading (a list where cities stand)
_EXACT = 0.95  # its very name, when the name is shaped like a person's ("Luang Prabang", not "Jane Roe")


def directory_cards(facts: DocumentFacts) -> None:
    """IN_COUNTRY, MEMBER_OF and HOLDS_OFFICE read from each card (see the module's doc)."""
    fields = {label[0]: (label, value) for label, value in facts.context.fields}
    for card in facts.context.cards:
        own = [fields[s] for s, e in card.of_kind("field") for s in _field_start(fields, s, e)]
        joined = next((v for label, v in own if label_class(facts.view[label[0] : label[1]]) == "joined"), None)
        city, title = _city(facts, card, joined is not None)
        if city is None:
            continue
        if card.country:
            code, heading = card.country
            stated_country(facts, city, code, heading, (heading[0], title[1]))
        owner = page_owner(facts)
        year = joined and _YEAR.search(facts.view, *joined)
        if year and owner and facts.entities[owner].kind in OWNER_KINDS:
            facts.relate("MEMBER_OF", city, owner, (title[0], joined[1]), since=year.group(1))
        for label, value in own:
            _person(facts, city, label, value)


def _field_start(fields: dict[int, tuple[Span, Span]], start: int, end: int) -> list[int]:
    """The label's start of the field on the line ``start``-``end`` (a bullet may stand before it)."""
    return [s for s in range(start, min(end, start + 3)) if s in fields][:1]


def _city(facts: DocumentFacts, card: Card, joined: bool) -> tuple[str | None, Span]:
    """The card's city, from its first line of text: a town of its heading's country, else (a member's
    card) a town the gazetteer knows well."""
    texts = card.of_kind("text")
    if not texts or texts[0] != card.lines[0]:
        return None, (0, 0)
    start, end = texts[0]
    name = facts.view[start:end].strip()
    if len(name.split()) > _TITLE_WORDS or facts.org_index().covers(start, start + 1):
        return None, (0, 0)
    if _person_card(facts, card, name):
        return None, (0, 0)
    if card.country:
        code = card.country[0]
        match = places.resolve_city(name, language=facts.language, near_countries=(code,))
        if match is None or match.country != code or match.score < _IN_COUNTRY:
            return None, (0, 0)
        return add_city(facts, (start, end), name, context=(code,)), (start, end)
    if not joined:
        return None, (0, 0)
    # "Jane Roe / Joined: 2019" is a staff card: a name shaped like a person's is a town only by its very name
    score = _EXACT if people.looks_like_name(name) else _LISTED
    return add_city(facts, (start, end), name, min_score=score), (start, end)


def _person_card(facts: DocumentFacts, card: Card, name: str) -> bool:
    """A speaker's card ("Jane Roe" over "Mayor of Lyon"): its first line is a person read by a rule,
    or a name over an office."""
    if names_a_person(facts, name):
        return True
    following = card.lines[1] if len(card.lines) > 1 and card.kinds[1] == "text" else None
    return bool(following and people.looks_like_name(name) and roles.office(facts.view[following[0] : following[1]]))


def _person(facts: DocumentFacts, city: str, label: Span, value: Span) -> None:
    """ "Focal point: Mr. A, Director of Planning": A holds the office in the card's city."""
    view = facts.view
    written = view[label[0] : label[1]].strip()
    label_office = roles.office(written)
    if not _PERSON_LABEL.search(written) and not (label_office and not label_office[2].strip()):
        return
    names = people_in(view, value[0], value[1])
    if not names or names[0][0] - value[0] > _NAME_REACH:
        return
    start, end = names[0]
    after = _AFTER_NAME.match(view, end, value[1])
    office = after and roles.office(view[after.end() : value[1]])
    if office:
        role, quote_end = office[0], after.end() + len(office[1])
    else:
        role, quote_end = (label_office[0] if label_office else " ".join(written.lower().split())), end
    facts.office(add_person(facts, (start, end)), city, (label[0] if not office else start, quote_end), role)
