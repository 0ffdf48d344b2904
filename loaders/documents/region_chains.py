"""A region named between a town and its country (x-places2): "Rosario, Santa Fe, Argentina",
"Günzburg (Bavière, Allemagne)", "Osnabrück, ville de Basse-Saxe (Allemagne)", "Antigua Guatemala,
en el departamento de Sacatepéquez (Guatemala)", "Hamilton, Ontario (Canada)".

The region is one the gazetteer of subdivisions gives the country (ISO 3166-2 names in English,
French and Spanish, and graph/resolution/regions.yaml: :func:`places.region_index`): the name
before it is a town of that country, and the region's name is no town, though a town elsewhere
bears it (Santa Fe, Hesse). The text is read once (cached by its text), so that every step that
reads a town (:func:`resolve.add_city`) can leave the region's span alone.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from munigraph.graph.resolution import people, places
from munigraph.graph.text import fold
from munigraph.loaders.documents import lexicon

# a place's name: capitalised words, joined by a space, a hyphen or a particle ("Bergen op Zoom")
_NAME = (
    r"[A-ZÀ-Þ][\w'’.-]+(?:[ -](?:(?:de|del|di|da|do|la|las|los|el|le|les|of|sur|am|upon|op)[ -])?"
    r"[A-ZÀ-Þ][\w'’.-]+){0,4}"
)
_ARTICLE = r"(?:(?:el|la|le|les|the)[ \t]+|l['’])?"
_LEVEL = (
    r"(?:(?i:" + lexicon.words_re("region_levels") + r")[ \t]+"
    r"(?:(?:de[ \t]+la|de[ \t]+l['’]|del|de|du|des|of(?:[ \t]+the)?)[ \t]+|d['’])?)?"
)
# town, then "," or "(", a cue ("ville de", "en el departamento de"), the region, "," or "(", the country
_CHAIN = re.compile(
    rf"(?P<town>{_NAME})[ \t]*(?P<open>,|\()[ \t]*(?P<cue>(?:(?i:{lexicon.words_re('region_cues')})[ \t]+)?{_ARTICLE}{_LEVEL})"
    rf"(?P<region>{_NAME})[ \t]*[,(][ \t]*(?:the[ \t]+)?(?P<country>[A-ZÀ-Þ][\w'’-]*(?:[ \t][\w'’-]+){{0,4}})"
)
_TOWN_SCORE = 0.8  # the gazetteer's score of the town's name in the country: a near reading at least
_COUNTRY_ENDS = re.compile(r"[ \t]*(?:$|[\n.,;:)|–—]|-[ \t])", re.M)


class Chain(NamedTuple):
    """Where a town, its region and its country are named, and the country's ISO code."""

    town: tuple[int, int]
    region: tuple[int, int]
    country: tuple[int, int]
    code: str
    named: bool  # the region is named for itself (a bracket, a cue), not as a line of an address


@lru_cache(maxsize=2)  # one document's text: asked again by every town read while that document is read
def chains(view: str) -> tuple[Chain, ...]:
    """Every town–region–country chain the text names, in text order."""
    found = []
    at = 0
    while (m := _CHAIN.search(view, at)) is not None:
        chain = _chain(view, m)
        if chain is None:
            at = m.start("region")  # the region read here may be the next chain's town
            continue
        found.append(chain)
        at = chain.country[1]
    return tuple(found)


def _chain(view: str, m: re.Match[str]) -> Chain | None:
    country = _country(view, m.start("country"), m.group("country"))
    if country is None:
        return None
    code, end = country
    if m.group("open") == "(" and view[m.end("region") : m.start("country")].strip() == "(":
        return None  # "Lyon (Rhône (France))": no such writing; a bracket opened twice is something else
    if code not in places.region_index().get(fold(m.group("region")), ()) or not _town_of(m.group("town"), code):
        return None  # "Councillor for Urban Planning, Bologna, Italy": no town before the province's namesake
    named = m.group("open") == "(" or bool(m.group("cue").strip())  # "Des Moines, Iowa, USA": an address
    return Chain(m.span("town"), m.span("region"), (m.start("country"), end), code, named)


def _town_of(text: str, code: str) -> bool:
    """Whether the last words of ``text`` name a town of the country ``code`` (or a town's government)."""
    words = text.split()
    for size in range(min(len(words), 4), 0, -1):
        name = " ".join(words[-size:])
        if size < len(words) and people.looks_like_name(text):
            return False  # "Mariana Flores, Mexico, Mexique": a person's name, whatever town "Flores" is
        town = places.city_body(name) or name
        match = places.resolve_city(town, near_countries=(code,))
        if match is not None and match.country == code and match.score >= _TOWN_SCORE:
            return True
    return False


def _country(view: str, start: int, text: str) -> tuple[str, int] | None:
    """(ISO code, end) of the country named exactly at ``start`` ("République démocratique du
    Congo", "Argentina"), its name ending its segment; None when none is."""
    words = text.split()
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        end = start + len(name)
        if places.is_country_name(name) and _COUNTRY_ENDS.match(view, end):
            return places.resolve_country(name), end
    return None


def region_spans(view: str) -> frozenset[tuple[int, int]]:
    """The spans of the regions named between a town and its country: no town's."""
    return frozenset(chain.region for chain in chains(view))


# a capitalised run that may name a region ("Castilla-La Mancha", "Provence-Alpes-Côte d'Azur", "Rio Grande do Sul")
_RUN = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]+(?:[ ](?:(?:de|del|do|da|du|des|la)[ ])?[A-ZÀ-Þ][\w'’-]+){0,3}")
_QUALIFIER_BEFORE = re.compile(r"\w[ \t]*\([ \t]*$")  # "Toledo (Ohio)": the region qualifies the name before it
_HOME_MENTIONS = 2  # mentions of one country's regions that make it the page's country
_HOME_LEAD = 2  # and by how much it must lead the country of the page's other regions


@lru_cache(maxsize=2)  # one document's text
def named_regions(view: str) -> tuple[tuple[str, str], ...]:
    """(ISO code, folded name) of each mention of a region of one country outside a qualifier: the
    regions a page is about ("Diario de Castilla-La Mancha", "la Junta de Andalucía")."""
    chained = {chain.region for chain in chains(view)}
    index = places.region_index()
    found = []
    for m in _RUN.finditer(view):
        if _QUALIFIER_BEFORE.search(view, max(0, m.start() - 40), m.start()):
            continue
        words = m.group(0).split(" ")
        for size in range(len(words), 0, -1):  # the longest ending the run: "Universidad de Castilla-La Mancha"
            name = " ".join(words[-size:])
            start = m.end() - len(name)
            codes = index.get(fold(name), ())
            if len(codes) == 1 and (start, m.end()) not in chained:
                found.append((codes[0], fold(name)))
                break
    return tuple(found)


_QUALIFIED = re.compile(r"(?P<town>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+){0,2})[ \t]*\((?P<hint>[^()\n,]{2,40})\)")


@lru_cache(maxsize=2)  # one document's text
def qualifiers(view: str) -> dict[str, frozenset[str]]:
    """Folded town name -> the regions written in a bracket after it ("Toledo (Ohio)"), as written."""
    found: dict[str, set[str]] = {}
    for m in _QUALIFIED.finditer(view):
        if fold(m.group("hint")) in places.region_index():
            found.setdefault(fold(m.group("town")), set()).add(m.group("hint").strip())
    return {town: frozenset(hints) for town, hints in found.items()}


@lru_cache(maxsize=256)
def home_country(view: str, name: str) -> str | None:
    """The country whose regions the page names most, clearly, leaving out the name being read (a town
    named like its province, "Toledo", is no evidence of itself): the country a bare namesake lies in."""
    folded = fold(name)
    other = {fold(hint) for hint in qualifiers(view).get(folded, ())}  # "Toledo (Ohio)": Ohio is the other Toledo's
    counts = Counter(code for code, region in named_regions(view) if region != folded and region not in other)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _HOME_MENTIONS:
        return None
    if len(ranked) == 2 and ranked[1][1] * _HOME_LEAD > ranked[0][1]:
        return None
    return ranked[0][0]
