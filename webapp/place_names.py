"""Country and city names in the interface language, from CLDR (Babel's locale data).

The graph names countries and cities as English speakers do, and keeps other forms as
aliases without saying which language each is in ("Wien", "Vienne", "Viena", "Bécs").
CLDR, which the interface already reads for dates and numbers, says which: the name of
every territory in every language, and the name of each time zone's exemplar city, the
large cities people look for. A city is matched to its exemplar by its English name and
its country, or, where the country is not at hand, by its English name and an alias that is
the exemplar's name in the language; so Vienna (Virginia) keeps its name.

>>> country_label("NL", "fr"), country_label("US", "es")
('Pays-Bas', 'Estados Unidos')
>>> city_label("Vienna", "AT", "es"), city_label("Mexico City", "MX", "fr")
('Viena', 'Mexico')
>>> city_label("Vienna", "US", "fr") is None, city_label("Vienna", None, "fr", ["Wien", "Vienne"])
(True, 'Vienne')
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from munigraph.graph.text import fold


@cache
def _locale(lang: str) -> Locale | None:
    try:
        return Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return None


def country_label(code: str | None, lang: str) -> str | None:
    """The name of the country with ISO code ``code`` in ``lang``; None when CLDR has none."""
    locale = _locale(lang)
    if not code or locale is None:
        return None
    return locale.territories.get(code.upper())


@cache
def _exemplar_zones() -> dict[str, dict[str, str]]:
    """Folded English city name -> {country code: the time zone that city exemplifies}."""
    english = Locale("en").time_zones
    zones: dict[str, dict[str, str]] = {}
    for code, zone_ids in get_global("territory_zones").items():
        for zone in zone_ids:
            city = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
            zones.setdefault(fold(city), {}).setdefault(code, zone)
    return zones


def city_label(name: str, country: str | None, lang: str, aliases: Iterable[str] = ()) -> str | None:
    """The name of the city ``name`` (in ``country``, or known by ``aliases``) in ``lang``,
    when CLDR names it."""
    locale = _locale(lang)
    if locale is None:
        return None
    zones = _exemplar_zones().get(fold(name), {})
    if country:
        zone = zones.get(country.upper())
        return (locale.time_zones.get(zone, {}).get("city") or None) if zone else None
    known = set(aliases)
    found = {locale.time_zones.get(zone, {}).get("city") for zone in zones.values()} & known
    return found.pop() if len(found) == 1 else None
