"""Offices behind a possessive owner: "Tampere's mayor Kalle Roe", "Vienna's deputy mayor for housing, Markus
Roe, said", "Tallinn's Mayor, Mr. Peeter Roe", "Jane Roe, Lyon's mayor, said", "Eurocities' Secretary General,
Jane Roe": the office is the owner's (a city the gazetteer knows, or a body the page names there), held by the
person named right after it (a comma, titles or a portfolio between) or right before it (a comma between).

The possessive marks are data per language (lang/*.yaml ``possessive_marks``): English writes "'s"; French and
Spanish write "le maire de X", "la alcaldesa de X", which the rules of offices before names read."""

from __future__ import annotations

import re

from munigraph.graph.resolution import people
from munigraph.loaders.documents import lexicon, roles
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.markup import guarded
from munigraph.loaders.documents.names import people_in
from munigraph.loaders.documents.resolve import add_city, add_org, add_person

# The owner: up to four capitalised words, the possessive mark glued to the last, then the office's words.
_OWNER = guarded(
    re.compile(
        r"(?<![\w'’-])(?P<owner>[A-ZÀ-Þ][\w-]*(?:[ \t-]+[A-ZÀ-Þ][\w-]*){0,3})"
        + lexicon.words_re("possessive_marks")
        + r"[ \t]+(?=[\w-])"
    )
)
# A portfolio between the office and a comma ("deputy mayor for housing, A"): lang/*.yaml portfolio words.
_PORTFOLIO = re.compile(
    r"(?:for|of|in charge of)[ \t]+(?:the[ \t]+)?" + lexicon.words_re("portfolio_words") + r"(?:[ \t]+\w+){0,2}", re.I
)
_NAME_BEFORE = re.compile(r",[ \t]*$")


def possessive_offices(facts: DocumentFacts) -> None:
    """Each office written after a possessive owner, with the person named next to it."""
    view = facts.view
    for m in _OWNER.finditer(view):
        office = roles.office(view[m.end() : m.end() + 80])
        if not office:
            continue
        office_end = m.end() + len(office[1])
        holder = _holder_after(view, office_end) or _holder_before(view, m.start())
        owner = holder and _owner(facts, m.span("owner"), office[0])
        if owner:
            span = (min(m.start(), holder[0]), max(office_end, holder[1]))
            facts.office(add_person(facts, holder), owner, span, office[0])


def _holder_after(view: str, office_end: int) -> tuple[int, int] | None:
    """The name right after the office: nothing, a comma, titles or a portfolio between."""
    name = next(iter(people_in(view, office_end, min(len(view), office_end + 100))), None)
    if name is None:
        return None
    between = [part.strip() for part in view[office_end : name[0]].split(",")]
    if len(between) > 2 or "\n" in view[office_end : name[0]]:
        return None
    portfolio = between[0]
    titles = between[-1] if len(between) == 2 else ""
    if len(between) == 1 and people.only_titles(portfolio):
        portfolio, titles = "", portfolio
    if portfolio and not _PORTFOLIO.fullmatch(portfolio):
        return None
    return name if people.only_titles(titles) else None


def _holder_before(view: str, owner_start: int) -> tuple[int, int] | None:
    """ "Jane Roe, Lyon's mayor": the name that ends right before the owner, a comma between."""
    comma = _NAME_BEFORE.search(view, max(0, owner_start - 3), owner_start)
    if comma is None:
        return None
    line_start = view.rfind("\n", 0, owner_start) + 1
    names = people_in(view, max(line_start, owner_start - 60), comma.start())
    return names[-1] if names and names[-1][1] == comma.start() else None


def _owner(facts: DocumentFacts, span: tuple[int, int], role: str) -> str | None:
    """The city the owner names (a town office is only a city's), else the body the page reads there."""
    city = add_city(facts, span, min_score=0.8)
    if city or role in roles.CITY_OFFICES:
        return city
    named = next(((s, e) for s, e in facts.org_spans if s <= span[0] and span[1] <= e), None)
    if named is None:
        return None
    body = add_org(facts, named)
    return body if facts.entities[body].kind in ("Organisation", "Section", "Council") else None
