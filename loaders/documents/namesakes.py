"""Which of two namesakes a page means, when the text names no country for it: "la ville de
Brest" on a page whose other towns are Quimper and Lorient is Brest in France, not in Belarus.

The gazetteer alone takes the better-known namesake; the page's other cities are evidence
of the country it is about (a page about Senegalese towns keeps the Senegalese reading).
The page's language is no evidence: French is written in Dakar, Brussels and Montreal.
A city whose country the text names anywhere, or that is written with a qualifier, keeps
the reading it was given.
"""

from __future__ import annotations

from collections import Counter

from munigraph.graph.facts import Entity
from munigraph.graph.resolution import places
from munigraph.graph.text import fold
from munigraph.loaders.documents.builder import DocumentFacts
from munigraph.loaders.documents.resolve import add_city, namesakes_told_apart

MIN_SCORE = 0.85  # the namesake in the page's country must be a confident reading of the name
# a page's country does not outweigh a namesake in another league: Los Angeles on a page about
# Mexico is still the metropolis, not a Mexican village (Brest, France has 0.4 of Brest, Belarus)
MIN_POPULATION_SHARE = 0.03
MIN_TOWNS = 2  # other towns of the page in its country: one is a coincidence
METROPOLIS = 1_000_000  # inhabitants
CONTINENT_POPULATION_SHARE = 0.1  # a continent is weaker evidence than a country: a namesake of like league only


def _page_country(facts: DocumentFacts, city_id: str) -> str | None:
    """The country most of the page's other resolved towns lie in, when one clearly leads.

    A metropolis is named on pages about anywhere (Geneva and New York in one quote): it is no
    evidence of the page's country."""
    counts = Counter(
        e.props["country"]
        for i, e in facts.entities.items()
        if e.kind == "City" and i != city_id and e.props.get("resolved") and e.props.get("country")
        and (e.props.get("population") or 0) < METROPOLIS
    )  # fmt: skip
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_TOWNS or (len(ranked) == 2 and ranked[1][1] * 2 > ranked[0][1]):
        return None  # too few other towns, or no country leads by two to one
    return ranked[0][0]


def page_namesakes(facts: DocumentFacts) -> None:
    """Move each city read as a far namesake to its namesake in the page's country, else in the
    continent of the page's other towns (Valencia among Ghent and Freiburg is Valencia, Spain)."""
    told_apart = namesakes_told_apart(facts.view, facts.language)  # the page said which is which (x-where)
    for city_id, city in list(facts.entities.items()):
        country = city.props.get("country")
        if city.kind != "City" or not city.props.get("resolved") or country in facts.countries:
            continue
        if fold(city.name) in told_apart:
            continue
        prior = _page_country(facts, city_id)
        if prior is None or not _country_namesake(facts, city_id, city, prior):
            _continent_namesake(facts, city_id, city)  # none in the page's country: one in its continent


def _country_namesake(facts: DocumentFacts, city_id: str, city: Entity, prior: str) -> bool:
    """Move the city to its namesake in the page's country ``prior``, if it has one; whether it has
    (or is there already, or is written with a qualifier)."""
    if prior == city.props.get("country") or "(" in city.name:
        return True
    forms = [f for f in dict.fromkeys([city.name, *city.aliases]) if f and "(" not in f]
    match = next(
        (m for f in forms if (m := places.resolve_city(f, language=facts.language, near_countries=(prior,)))),
        None,
    )
    if match is None or match.country != prior or match.id == city_id or match.score < MIN_SCORE:
        return False
    if (match.population or 0) < MIN_POPULATION_SHARE * (city.props.get("population") or 0):
        return False
    _move(facts, city_id, match.id, forms[0], prior)
    return True


def _page_continent(facts: DocumentFacts, city_id: str) -> str | None:
    """The continent most of the page's other resolved towns lie in, when at least ``MIN_TOWNS``
    do and it leads every other continent by three to one."""
    counts = Counter(
        places.continent(e.props["country"])
        for i, e in facts.entities.items()
        if e.kind == "City" and i != city_id and e.props.get("resolved") and e.props.get("country")
    )  # fmt: skip
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_TOWNS or (len(ranked) == 2 and ranked[1][1] * 3 > ranked[0][1]):
        return None
    return ranked[0][0]


def _continent_namesake(facts: DocumentFacts, city_id: str, city: Entity) -> None:
    """A city of another continent than all the page's other towns, when a namesake of its
    league lies in theirs and no country is named for it: the namesake ("Valencia City Council"
    on a page about Ghent and Freiburg; "La Paz" among Montevideo and Rosario)."""
    country = city.props.get("country")
    continent = _page_continent(facts, city_id)
    if continent is None or continent == places.continent(country) or "(" in city.name:
        return
    countries = places.continent_countries(continent)
    forms = [f for f in dict.fromkeys([city.name, *city.aliases]) if f and "(" not in f]
    match = next(
        (m for f in forms if (m := places.resolve_city(f, language=facts.language, near_countries=countries))),
        None,
    )
    if match is None or match.country not in countries or match.id == city_id or match.score < MIN_SCORE:
        return
    if (match.population or 0) < CONTINENT_POPULATION_SHARE * (city.props.get("population") or 0):
        return  # a village of the page's continent does not outweigh a city of another
    _move(facts, city_id, match.id, forms[0], match.country)


def _move(facts: DocumentFacts, old: str, new: str, form: str, country: str) -> None:
    """Re-point every fact about ``old`` to the city ``new`` in ``country`` (added at the same span)."""
    span = facts.first_span[old]
    entity = facts.entities.pop(old)
    facts.first_span.pop(old, None)
    was_unmentioned = old in facts.unmentioned
    facts.unmentioned.discard(old)
    if add_city(facts, span, form, min_score=MIN_SCORE, context=(country,)) != new:
        facts.entities[old], facts.first_span[old] = entity, span  # read otherwise this time: leave it
        if was_unmentioned:
            facts.unmentioned.add(old)
        return
    moved = facts.entities[new]
    facts.mentions[new] = facts.mentions.get(new, 0) + facts.mentions.pop(old, 0)
    moved.aliases.extend(a for a in entity.aliases if a not in moved.aliases)
    for key, relation in list(facts.relations.items()):
        if old not in (relation.source, relation.target):
            continue
        del facts.relations[key]
        if relation.type == "IN_COUNTRY":
            continue  # add_city related the new city to its own country
        relation.source = new if relation.source == old else relation.source
        relation.target = new if relation.target == old else relation.target
        facts.relations.setdefault((relation.type, relation.source, relation.target), relation)
    _drop_unused_country(facts, f"country:{entity.props.get('country')}")


def _drop_unused_country(facts: DocumentFacts, country_id: str) -> None:
    """The far namesake's country, added only for it, goes with it."""
    if country_id not in facts.unmentioned:
        return  # the text names it
    if any(country_id in (r.source, r.target) for r in facts.relations.values()):
        return
    facts.forget(country_id)
