"""City offices named with the city as a modifier: "the Durban mayor, Thabo Nkosi", "Jane Roe, the
Leeds mayor", "el alcalde salmantino, Ana Roe", "Ana Roe, alcaldesa sevillana".

A capitalised place before the office must be a gazetteer city (strong match); an adjective after it
must be a demonym of a language's table (lang/demonyms/<code>.yaml: city -> adjective forms), a
short list of well-known cities, so a plain adjective ("el alcalde socialista") names no place.

A town named with its country's adjective ("the Argentine city of Rosario", "la ciudad chilena de
Valparaíso") is in that country (lang/*.yaml ``country_adjectives``, x-places2).
"""

from __future__ import annotations

import re
from functools import cache

import yaml
from munigraph.graph.text import fold
from munigraph.loaders.documents import lexicon, roles
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.city_countries import city_of_country
from munigraph.loaders.documents.markup import trim
from munigraph.loaders.documents.names import people_in
from munigraph.loaders.documents.prose import stated_country
from munigraph.loaders.documents.resolve import TOWN_NAME, TOWN_NAME_PATTERN, add_city, add_person

_HONORIFIC = r"(?:(?:" + lexicon.words_re("honorifics") + r")\.?\s+)?"
_ARTICLE = r"(?:the|el|la|le|l['’])"
# "the Durban mayor, NAME" / "el alcalde salmantino, NAME": the phrase between an article and the name
_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))"
    + _ARTICLE
    + r"\s+(?P<phrase>(?:(?!\b"
    + _ARTICLE
    + r"\s)[^,.;:()\n]){3,50}?)\s*,\s*"
    + _HONORIFIC
    + r"$",
    re.I,
)
# "NAME, the Leeds mayor," / "NAME, alcaldesa sevillana,": the phrase after the name, up to a comma or the end
_AFTER = re.compile(r"\s*,\s*(?:" + _ARTICLE + r"\s+)?(?P<phrase>[^,.;:()\n]{3,50}?)(?=\s*(?:[,.;:)\n]|$))", re.I)
_PLACE_THEN_OFFICE = re.compile(r"(?P<place>" + TOWN_NAME_PATTERN + r")\s+(?P<office>.+)")


_DEMONYM_DIR = lexicon.LANG_DIR / "demonyms"


@cache
def _demonyms() -> list[tuple[re.Pattern[str], str]]:
    """(the forms of a city's demonym, the city's name), every language's (lang/demonyms/<code>.yaml)."""
    found = []
    for path in sorted(_DEMONYM_DIR.glob("*.yaml")):
        table = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not isinstance(table, dict):
            raise ValueError(f"{path}: expected a mapping of city -> demonym forms")
        found += [
            (re.compile("(?:" + "|".join(forms) + ")", re.I), str(city)) for city, forms in table.items() if forms
        ]
    return found


def _city_office(facts: DocumentFacts, phrase: str, at: int) -> tuple[str, str] | None:
    """(role, city id) when ``phrase`` (written at ``at``) is a city office with its city as a
    modifier: "Durban mayor" (the city before) or "alcalde salmantino" (a demonym after)."""
    office = roles.office(phrase)
    if office and office[0] in roles.CITY_OFFICES:
        adjective = office[2].strip()
        city = _city_of(adjective)
        if city:
            start = at + phrase.rfind(adjective)
            found = add_city(facts, (start, start + len(adjective)), city, min_score=0.8)
            return (office[0], found) if found else None
        return None
    m = _PLACE_THEN_OFFICE.fullmatch(phrase)
    office = m and roles.office(m.group("office"))
    if not office or office[0] not in roles.CITY_OFFICES or office[2].strip():
        return None
    place = m.group("place")
    city = _city_of(place)  # "the Parisian mayor": the demonym before the office
    found = add_city(facts, (at, at + len(place)), city or None, min_score=0.8)
    return (office[0], found) if found else None


def _city_of(demonym: str) -> str | None:
    return next((name for pattern, name in _demonyms() if pattern.fullmatch(demonym)), None)


def modifier_offices(facts: DocumentFacts) -> None:
    """Each person named next to a city office whose city is a modifier holds that office there."""
    view = facts.view
    for s, e in people_in(view, 0, len(view)):
        before = _BEFORE.search(view, max(0, s - 70), s)
        after = _AFTER.match(view, e)
        for m, span in ((before, before and (before.start(), e)), (after, after and (s, after.end()))):
            if not m:
                continue
            found = _city_office(facts, m.group("phrase"), m.start("phrase"))
            if found:
                facts.office(add_person(facts, (s, e)), found[1], trim(view, *span), found[0])
                break


@cache
def _country_adjectives() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of a town named with its country's adjective, either order ("the Argentine city of
    Rosario", "la ville marocaine d'Agadir", "la ciudad chilena de Valparaíso"), and folded adjective -> ISO code
    (lang/*.yaml ``country_adjectives``, every language's, with ``town_nouns``)."""
    codes = {fold(form): code for code, forms in lexicon.table("country_adjectives").items() for form in forms}
    adjective = lexicon.alternation(
        [re.escape(f) for forms in lexicon.table("country_adjectives").values() for f in forms]
    )
    noun = lexicon.words_re("town_nouns")
    pattern = re.compile(
        rf"(?<![\w-])(?:(?P<before>{adjective})\s+{noun}|{noun}\s+(?P<after>{adjective}))"
        rf"\s+(?:of|de|del|d['’])\s*(?=[A-ZÀ-Þ])",
        re.I,
    )
    return pattern, codes


def towns_of_country_adjectives(facts: DocumentFacts) -> None:
    """ "the Argentine city of Rosario", "la ville marocaine d'Agadir": the town, when the gazetteer has
    one so named in that country, is in it (IN_COUNTRY, quoted from the adjective to the town)."""
    pattern, codes = _country_adjectives()
    view = facts.view
    for m in pattern.finditer(view):
        adjective = m.group("before") or m.group("after")
        code = codes.get(fold(adjective))
        name = TOWN_NAME.match(view, m.end())
        if not code or not name:
            continue
        city_id = city_of_country(facts, name.group(0), name.start(), code)
        if city_id:
            start = m.start("before") if m.group("before") else m.start("after")
            stated_country(facts, city_id, code, (start, start + len(adjective)), (m.start(), name.end()))
