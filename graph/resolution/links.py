"""Cities resolved link by link: the other side of a twinning is evidence of which namesake is meant.

A table of links names each city once per link, often in several forms: "Springfield"
twinned with a Chinese city in one row, "Springfield, Illinois" in the row where that city
states the same link from its side. When a name alone is ambiguous (several places
bear it) or was settled only by renown, the rows that link the same partner from the other
side are read: a name there for the city that resolves on its own to an entry bearing the
ambiguous name settles it. Nothing but names and countries is used.

>>> rows = [("Springfield", "United States", "Harbin", "China"),
...         ("Harbin", "China", "Springfield, Illinois", "United States")]
>>> [(a.admin1, a.rule) for a, _ in resolve_links(rows)]
[('US.IL', 'partner'), ('CN.08', 'name')]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from munigraph.graph.resolution.places import (
    SAME_PLACE_KM,
    CityMatch,
    Gazetteer,
    country_candidates,
    gazetteer,
    haversine_km,
    is_country_name,
    name_forms,
    region_admin1,
    resolve_city,
)
from munigraph.graph.text import fold

REGION_VOTES = 3  # names a qualifier must follow, resolved alone, before it stands for a region
REGION_AGREEMENT = 0.8  # the share of them that must lie in that one region
# Twins are often neighbours (across a border: Heringsdorf and Świnoujście; or in one region): a
# namesake this close to the partner, when every other namesake is this many times farther, is meant.
NEIGHBOUR_KM = 50.0
NEIGHBOUR_LEAD = 5.0
End = tuple[str, str | None]  # a city's name and country string as the row gives them
Link = tuple[str, str | None, str, str | None]  # name, country, partner's name, partner's country


@dataclass
class LinkIndex:
    """The names a file links to each city, by direction: a row is a link stated by its first
    city (the page or item it comes from). A partner's own list names each of its twins once,
    so two names in one list are two places, while the list of the city named gives that
    city's own, perhaps longer, name."""

    targets: dict[tuple[str, str], set[End]] = field(default_factory=lambda: defaultdict(set))
    sources: dict[tuple[str, str], set[End]] = field(default_factory=lambda: defaultdict(set))
    regions: dict[tuple[str, str], tuple[str, str]] | None = None  # learnt on first use (:meth:`region_of`)

    def add(self, name: str, country: str | None, other: str, other_country: str | None) -> None:
        self.targets[_key(name, country)].add((other, other_country))
        self.sources[_key(other, other_country)].add((name, country))
        self.regions = None

    def region_of(self, name: str, country: str | None, language: str | None = None) -> tuple[str, str] | None:
        """The region the qualifier of ``name`` stands for ("Steinberg, Saxony"), when the file
        writes it after several names that resolve on their own and nearly all lie in one
        region: GeoNames numbers most countries' regions its own way, and the file's own names
        tell which number "Saxony" is."""
        hint = _hint(name)
        if hint is None:
            return None
        if self.regions is None:
            self.regions = self._learn_regions(language)
        return self.regions.get((fold(hint), fold(country or "")))

    def _learn_regions(self, language: str | None) -> dict[tuple[str, str], tuple[str, str]]:
        votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
        ends = {end for names in (*self.targets.values(), *self.sources.values()) for end in names}
        for name, country in ends:
            hint = _hint(name)
            if hint is None or _place_of_its_own(hint, country):
                continue
            base = next(form for form, qualifier in name_forms(name) if qualifier)
            match = resolve_city(base, country or None, language=language, guess=False)
            if match is not None and match.rule in ("name", "context") and match.admin1:
                votes[(fold(hint), fold(country or ""))][tuple(match.admin1.split(".", 1))] += 1
        learnt = {}
        for key, counted in votes.items():
            region, agreeing = counted.most_common(1)[0]
            if agreeing >= REGION_VOTES and agreeing >= REGION_AGREEMENT * sum(counted.values()):
                learnt[key] = region
        return learnt

    def names_for_target(self, source: End) -> set[End]:
        """What the rows stated by another city's side call the cities ``source`` names."""
        key = _key(*source)
        return self.sources.get(key, set()) - self.targets.get(key, set())

    def names_for_source(self, target: End) -> set[End]:
        """What ``target``'s own rows call the cities that name it."""
        key = _key(*target)
        return self.targets.get(key, set()) - self.sources.get(key, set())


def resolve_links(
    rows: Sequence[Link],
    language: str | None = None,
    guess: bool = False,
    populations: Sequence[tuple[int | None, int | None]] | None = None,
) -> list[tuple[CityMatch | None, CityMatch | None]]:
    """Each row's two cities, each resolved from its name, country (and the population the
    file gives it, in ``populations`` beside the rows) and, when that leaves it ambiguous or
    settled by renown alone, from the names the partner's links stated the other way give it
    (:class:`LinkIndex`)."""
    index = LinkIndex()
    for row in rows:
        index.add(*row)
    found = []
    for at, (name, country, other, other_country) in enumerate(rows):
        people = populations[at] if populations else (None, None)
        ends = (
            (name, country, people[0], index.names_for_source((other, other_country)), (other, other_country)),
            (other, other_country, people[1], index.names_for_target((name, country)), (name, country)),
        )
        first, second = (
            _resolve_end(index, n, c, p, named, language, guess, partner) for n, c, p, named, partner in ends
        )
        if first is not None and second is not None and first.geonames_id == second.geonames_id:
            # a link joins two places: namesakes twinned ("Trujillo" with "Trujillo"), the second end
            # is the next place of that name, as the table loader reads it
            second = resolve_city(
                other, other_country or None, language=language, guess=guess, exclude=(first.geonames_id,)
            )
        found.append((first, second))
    return found


def _resolve_end(
    index: LinkIndex,
    name: str,
    country: str | None,
    population: int | None,
    named: set[End],
    language: str | None,
    guess: bool,
    partner: End | None = None,
) -> CityMatch | None:
    region = index.region_of(name, country, language)
    alone = resolve_city(name, country or None, language=language, guess=guess, region=region, population=population)
    return settle(name, country, alone, named, language, partner)


def _key(name: str, country: str | None) -> tuple[str, str]:
    return fold(name), fold(country or "")


@lru_cache(maxsize=4096)
def _place_of_its_own(hint: str, country: str | None) -> bool:
    """Whether the resolver reads the qualifier without the file's help: a country, a region
    whose GeoNames code is ISO's, or a city (whose point it gives)."""
    codes = country_candidates(country)
    return bool(is_country_name(hint) or region_admin1(hint, codes) or resolve_city(hint, codes or None) is not None)


def _hint(name: str) -> str | None:
    """The qualifier a name is written with ("Saxony" in "Steinberg, Saxony"), else None."""
    return next((qualifier for _, qualifier in name_forms(name) if qualifier), None)


def settle(
    name: str,
    country: str | None,
    alone: CityMatch | None,
    named: set[End],
    language: str | None = None,
    partner: End | None = None,
) -> CityMatch | None:
    """A name's entry given what it resolved to alone, the names the partner's links stated
    the other way give it, and where the partner lies: those settle it when alone it was
    ambiguous or chosen by renown alone."""
    if alone is not None and "standing" not in alone.rule:
        return alone
    return (
        _named_by_partner(name, country, named, language)
        or (_beside_partner(name, country, partner, language) if partner else None)
        or alone
    )


def _beside_partner(name: str, country: str | None, partner: End, language: str | None) -> CityMatch | None:
    """The namesake lying beside the partner: within ``NEIGHBOUR_KM`` of where the partner
    resolves on its own, every other place of that name (in the country) ``NEIGHBOUR_LEAD``
    times farther. Twinned towns are often neighbours, across a border or in one region; a
    partner settled only by renown, or not at all, tells nothing."""
    other = resolve_city(partner[0], partner[1] or None, language=language, guess=False)
    if other is None or "standing" in other.rule:
        return None
    gaz = gazetteer()
    codes = country_candidates(country)
    keys = dict.fromkeys(fold(form) for form, hint in name_forms(name) if hint is None)
    candidates = {
        i
        for key in keys
        for i in gaz.by_key.get(key, ())
        if (not codes or gaz.countries[i] in codes) and gaz.ids[i] != other.geonames_id
    }
    by_distance = sorted((haversine_km(other.lat, other.lon, gaz.lats[i], gaz.lons[i]), i) for i in candidates)
    if not by_distance or by_distance[0][0] > NEIGHBOUR_KM:
        return None
    nearest_km, nearest = by_distance[0]
    for km, i in by_distance[1:]:
        if _same_place(gaz, nearest, i):
            continue  # the town and its own quarter, or two entries of one place
        if km < NEIGHBOUR_LEAD * max(nearest_km, SAME_PLACE_KM / 5):
            return None  # another namesake nearly as near: the partner does not choose
        break
    own = [i for _, i in by_distance if _same_place(gaz, nearest, i) and gaz.primary[i] in keys]
    chosen = own[0] if own else nearest
    return gaz.match(chosen, 0.85, "neighbour")


def _same_place(gaz: Gazetteer, a: int, b: int) -> bool:
    return haversine_km(gaz.lats[a], gaz.lons[a], gaz.lats[b], gaz.lons[b]) <= SAME_PLACE_KM


def _named_by_partner(name: str, country: str | None, named: set[End], language: str | None) -> CityMatch | None:
    """The entry bearing ``name`` that a longer form of it linked to the partner the other way,
    in the same country, resolves to on its own; None when there is none or several disagree."""
    if any(hint for _, hint in name_forms(name)):
        return None  # the name bears its own qualifier: no longer form of it to find
    gaz = gazetteer()
    key = fold(name)
    bearers = {gaz.ids[i] for i in gaz.by_key.get(key, ())}
    answers: dict[int, CityMatch] = {}
    for other_name, other_country in named:
        if fold(other_country or "") != fold(country or "") or not fold(other_name).startswith(f"{key} "):
            continue  # only a longer form of the very name ("Springfield, Illinois") is the same place
        match = resolve_city(other_name, other_country or None, language=language, guess=False)
        if match is not None and "standing" not in match.rule and match.geonames_id in bearers:
            answers[match.geonames_id] = match
    if len(answers) != 1:
        return None
    match = next(iter(answers.values()))
    return replace(match, rule="partner", score=round(match.score * 0.95, 3))
