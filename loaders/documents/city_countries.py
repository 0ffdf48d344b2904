"""Cities the text places in a country by a comma or a line's label (x-links).

- "Porto, Portugal", "Sacramento, in the United States", "Mayor of Rosario, Argentina": the
  name right before the country is a city of that country when the gazetteer has one so named there;
- "Curitiba City Hall (SMC), Brazil": a city already read in the segment before the country
  (its local government's name) is in that country;
- "Germany: Freiburg · Heidelberg · Potsdam": a line labelled by a country lists its cities.

Each gives the City (when the gazetteer places it in that very country) and IN_COUNTRY.
"""

from __future__ import annotations

import re

from munigraph.graph.resolution import people, places
from munigraph.graph.text import fold
from munigraph.loaders.documents import prose, region_chains
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.resolve import add_city

# ", Country" / ", in the Country" / ", en Country" / ", au Burkina Faso": where a country may follow a city
_BEFORE_COUNTRY = re.compile(r"[ \t]*,[ \t]*(?:(?:in|en|au|aux)[ \t]+(?:the[ \t]+)?)?(?=[A-ZÀ-Þ])")
# the country ends its segment: a line end, a full stop, a comma, a bracket, a dash
_COUNTRY_ENDS = re.compile(r"[ \t]*(?:$|[\n.,;:)|–—]|-[ \t])", re.M)
# the capitalised words that end a segment: the place name before the comma
# (two small words may stand between two of its words: "Santiago de los Caballeros", "Talavera de la Reina")
_TRAILING_NAME = re.compile(
    r"[A-ZÀ-Þ][\w'’.-]+(?:[ -](?:(?:de|del|di|da|do|la|las|los|el|le|les|of|sur|am|upon|op)[ -]){0,2}[A-ZÀ-Þ][\w'’.-]+){0,4}$"
)
_SEGMENT_START = re.compile(r"[,;:|—–\n(]")
_BRACKET_AT_END = re.compile(r"\s*\([^()\n]{1,20}\)\s*$")  # "City Hall (DBKL)": the acronym, not the segment
_SEGMENT_REACH = 80
_CONNECTORS = frozenset({"of", "de", "del", "du", "des", "da", "do", "the", "la", "le"})
_CLOSE, _EXACT = 0.8, 0.95  # the gazetteer's score of a name in the country: near, or its very name
# "Chile: Castro · Osorno", "- Germany: Freiburg, Heidelberg and Potsdam": the colon after a country's label
_COLON = re.compile(r"[^\S\n]*:")
_ITEM_SPLIT = re.compile(r"[ \t]*(?:[·•,;|/]|[ \t](?:and|et|y|e)[ \t])[ \t]*")
_ITEM_NAME = re.compile(
    r"[A-ZÀ-Þ][\w'’.-]+(?:[ -](?:(?:de|del|di|da|do|la|las|los|le|sur|am|upon|op)[ -]){0,2}[A-ZÀ-Þ][\w'’.-]+){0,4}"
)


def cities_before_countries(facts: DocumentFacts) -> None:
    """ "Porto, Portugal", "Sacramento, in the United States", "Curitiba City Hall, Brazil"."""
    view = facts.view
    for m in _BEFORE_COUNTRY.finditer(view):
        country = prose._country_at(view, m.end())  # a state's name too: it places the town ("Kansas City, Missouri")
        if not country or not _COUNTRY_ENDS.match(view, country[1]):
            continue
        code, end = country
        segment_end = m.start()
        bare = _BRACKET_AT_END.search(view, max(0, segment_end - _SEGMENT_REACH), segment_end)
        if bare and bare.end() == segment_end:
            segment_end = bare.start()
        start = max(0, segment_end - _SEGMENT_REACH)
        openers = [o.end() for o in _SEGMENT_START.finditer(view, start, segment_end)]
        segment_start = openers[-1] if openers else start  # after the last comma, bracket or line break
        city_id = (
            _city_in(facts, segment_start, segment_end, code)
            or _city_ending(facts, segment_start, segment_end, code)
            or _city_of_body(facts, segment_start, segment_end, code)
        )
        written = city_id and prose.written_country(view, m.end())  # "Kansas City, Missouri": a state, no country
        if written and written[0] == code:
            prose.stated_country(facts, city_id, code, (m.end(), written[1]), (segment_start, written[1]))


def _city_ending(facts: DocumentFacts, start: int, end: int, code: str) -> str | None:
    """The city of ``code`` whose name ends the segment ``start``-``end`` ("Mayor of Rosario")."""
    segment = facts.view[start:end]
    name = _TRAILING_NAME.search(segment)
    if not name:
        return None
    return city_of_country(facts, name.group(0), start + name.start(), code)


def _city_of_body(facts: DocumentFacts, start: int, end: int, code: str) -> str | None:
    """The city whose local government names the segment ("Curitiba City Hall", "Commune de Cotonou")."""
    segment = facts.view[start:end].strip()
    city = places.city_body(segment) if segment and len(segment.split()) <= 6 else None
    if not city:
        return None
    at = facts.view.find(city, start, end)
    return city_of_country(facts, city, at, code, in_body=True) if at >= 0 else None


def city_of_country(facts: DocumentFacts, text: str, start: int, code: str, *, in_body: bool = False) -> str | None:
    """The city named by the last words of ``text`` (at ``start``) when the gazetteer has one
    so named in the country ``code``: not a person's name, not a body's, not the country itself."""
    words = text.split()
    while len(words) > 1 and (people.is_office_word(words[0]) or _leading_connector(words)):
        words = words[1:]  # "Alcalde de Santa Tecla": the office before the town
    named = " ".join(words)
    for size in range(len(words), 0, -1):
        name = " ".join(words[-size:])
        if size < len(words) and people.looks_like_name(named):
            return None  # "Jane Ode, Nigeria": a person's name, whatever town "Ode" is
        at = start + text.rfind(name)
        span = (at, at + len(name))
        if (not in_body and facts.org_index().covers(span[0], span[0] + 1)) or names_a_person(facts, name):
            return None
        if places.resolve_country(name):
            return None  # "Republic of Korea, Asia": no town
        match = places.resolve_city(name, language=facts.language, near_countries=(code,))
        exact = _EXACT if people.looks_like_name(name) else _CLOSE  # "Punta Arenas" is shaped like a name
        if match and match.country == code and match.score >= exact:
            return add_city(facts, span, name, context=(code,))
    return None


def _leading_connector(words: list[str]) -> bool:
    """A small word before the name, not the name's own first word: "of", "The Mayor of" go; the capitalised
    article of "Da Nang", "The Hague", "La Paz" stays."""
    if words[0].lower() not in _CONNECTORS:
        return False
    return words[0].islower() or people.is_office_word(words[1]) or words[1].lower() in _CONNECTORS


def names_a_person(facts: DocumentFacts, name: str) -> bool:
    folded = fold(name)
    return any(
        e.kind == "Person"
        and any(folded in fold(form).split() or folded == fold(form) for form in (e.name, *e.aliases))
        for e in facts.entities.values()
    )


def _city_in(facts: DocumentFacts, start: int, end: int, code: str) -> str | None:
    """The one city of ``code`` already read whose name stands in the segment ("Curitiba City Hall")."""
    segment = fold(facts.view[start:end])
    found = [
        city_id
        for city_id, city in facts.entities.items()
        if city.kind == "City" and city_id not in facts.unmentioned
        and any(re.search(rf"(?<!\w){re.escape(fold(form))}(?!\w)", segment) for form in (city.name, *city.aliases) if form)
    ]  # fmt: skip
    if len(found) != 1 or facts.entities[found[0]].props.get("country") != code:
        return None  # two cities in the segment: the country may be either's
    return found[0]


def country_labelled_lines(facts: DocumentFacts) -> None:
    """ "Chile: Castro · Osorno · La Serena": a field line labelled by a country lists cities of it (the
    context's field lines, tables.find_fields: the lines are not scanned again here)."""
    view = facts.view
    for (label_start, label_end), (value_start, value_end) in facts.context.fields:
        country = prose._country_at(view, label_start)
        if not country or view[country[1] : label_end].strip() or not _COLON.match(view, label_end):
            continue  # "Chile Castro: ...", "Germany — ...": the label is no country alone before a colon
        code, at = country[0], value_start
        for item in _ITEM_SPLIT.split(view[value_start:value_end]):
            offset = view.find(item, at, value_end) if item else -1
            if offset < 0:
                continue
            at = offset + len(item)
            name = _ITEM_NAME.fullmatch(item.strip().rstrip("."))
            if not name:
                break  # a sentence, not a list of names: read no further
            city_id = city_of_country(facts, name.group(0), offset, code)
            if city_id:
                prose.stated_country(
                    facts, city_id, code, (label_start, label_end), (label_start, offset + len(name.group(0)))
                )


def cities_in_regions(facts: DocumentFacts) -> None:
    """ "Rosario, Santa Fe, Argentina", "Günzburg (Bavière, Allemagne)": the town before a region of
    the country is a town of it (region_chains.py); the region is a place of its own (a City of the
    region level, as "la région Occitanie" is), with no IN_COUNTRY of its own: the text names none."""
    view = facts.view
    for chain in region_chains.chains(view):
        town = view[chain.town[0] : chain.town[1]]
        city_id = _city_of_body(facts, *chain.town, chain.code) or city_of_country(
            facts, town, chain.town[0], chain.code
        )
        if city_id:
            prose.stated_country(facts, city_id, chain.code, chain.country, (chain.town[0], chain.country[1]))
        if not chain.named:
            continue  # "Rosario, Santa Fe, Argentina": the province as a line of an address, no place of its own
        name = view[chain.region[0] : chain.region[1]]
        region_id = places.unresolved_city_id(name, chain.code)
        facts.entity("City", region_id, name, chain.region, [], {"country": chain.code, "level": "region"},
                     merge={"rule": "city:region-between-town-and-country", "score": 0.8})  # fmt: skip
