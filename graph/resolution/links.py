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

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from munigraph.graph.resolution.places import CityMatch, _forms, gazetteer, resolve_city
from munigraph.graph.text import fold

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

    def add(self, name: str, country: str | None, other: str, other_country: str | None) -> None:
        self.targets[_key(name, country)].add((other, other_country))
        self.sources[_key(other, other_country)].add((name, country))

    def names_for_target(self, source: End) -> set[End]:
        """What the rows stated by another city's side call the cities ``source`` names."""
        key = _key(*source)
        return self.sources.get(key, set()) - self.targets.get(key, set())

    def names_for_source(self, target: End) -> set[End]:
        """What ``target``'s own rows call the cities that name it."""
        key = _key(*target)
        return self.targets.get(key, set()) - self.sources.get(key, set())


def resolve_links(
    rows: Sequence[Link], language: str | None = None, guess: bool = False
) -> list[tuple[CityMatch | None, CityMatch | None]]:
    """Each row's two cities, each resolved from its name and country and, when that leaves
    it ambiguous or settled by renown alone, from the names the partner's links stated the
    other way give it (:class:`LinkIndex`)."""
    index = LinkIndex()
    for row in rows:
        index.add(*row)
    found = []
    for name, country, other, other_country in rows:
        ends = (
            (name, country, index.names_for_source((other, other_country))),
            (other, other_country, index.names_for_target((name, country))),
        )
        found.append(
            tuple(
                settle(n, c, resolve_city(n, c or None, language=language, guess=guess), named, language)
                for n, c, named in ends
            )
        )
    return found


def _key(name: str, country: str | None) -> tuple[str, str]:
    return fold(name), fold(country or "")


def settle(
    name: str, country: str | None, alone: CityMatch | None, named: set[End], language: str | None = None
) -> CityMatch | None:
    """A name's entry given what it resolved to alone and the names the partner's links
    stated the other way give it: those settle it when alone it was ambiguous or chosen by
    renown alone."""
    if alone is not None and "standing" not in alone.rule:
        return alone
    return _named_by_partner(name, country, named, language) or alone


def _named_by_partner(name: str, country: str | None, named: set[End], language: str | None) -> CityMatch | None:
    """The entry bearing ``name`` that a longer form of it linked to the partner the other way,
    in the same country, resolves to on its own; None when there is none or several disagree."""
    if any(hint for _, hint in _forms(name)):
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
